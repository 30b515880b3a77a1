"""The readability result as a Word file: verdict and score, then each sentence with its
problems highlighted and a comment on each, worst sentences first, then the draft.

Takes the dict from services.result_view(), whose words are already translated."""
from __future__ import annotations

import io

from docx import Document
from docx.enum.text import WD_COLOR_INDEX
from flask_babel import _

DOCX_MIMETYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _finding_words(item) -> str:
    words = str(item.words)
    if item.text and not item.whole_sentence:
        words += f": “{item.text}”"
    if item.suggestion:
        words += " " + _("Try: “%(suggestion)s”.", suggestion=item.suggestion)
    return words


def build(result: dict, file_name: str | None = None) -> bytes:
    doc = Document()
    doc.core_properties.title = str(_("Check how easy a text is to read"))
    doc.add_heading(_("Result") + (f": {file_name}" if file_name else ""), level=1)
    p = doc.add_paragraph()
    p.add_run(_("Verdict: %(verdict)s", verdict=result["verdict_words"])).bold = True
    doc.add_paragraph(str(result["grade_words"]))
    doc.add_paragraph(_("Easy-read score: %(score)s out of 100", score=result["score"]))
    doc.add_paragraph(str(result["verdict_meaning"]) + " " + str(result["grade_scale"]))
    if result["reasons"]:
        doc.add_paragraph(_("Why:"))
        for reason in result["reasons"]:
            doc.add_paragraph(str(reason), style="List Bullet")

    doc.add_heading(_("Problems, worst sentences first"), level=2)
    if not result["blocks"] and not result["about_text"]:
        doc.add_paragraph(_("We found no problems."))
    by_number = {}
    for block in result["blocks"]:
        for item in block.items:
            by_number[item.number] = item
    for block in result["blocks"]:
        para = doc.add_paragraph()
        for seg in block.segments:
            run = para.add_run(seg.text)
            if seg.marked:
                run.font.highlight_color = WD_COLOR_INDEX.YELLOW
                notes = [_finding_words(by_number[n]) for n in seg.refs if n in by_number]
                if notes:
                    doc.add_comment(run, text="\n".join(notes), author="easyread")
        for item in block.items:
            doc.add_paragraph(f"{item.number}. " + _finding_words(item), style="List Bullet")
    if result["about_text"]:
        doc.add_heading(_("About the whole text"), level=3)
        for item in result["about_text"]:
            doc.add_paragraph(f"{item.number}. " + _finding_words(item), style="List Bullet")

    doc.add_heading(_("Easy-read draft"), level=2)
    doc.add_paragraph(_("We split a sentence of more than 15 words only at a safe join: a "
                        "semicolon, or a comma before a new part that starts with a word like "
                        "“we”, “they” or “it” (also after “and”, “but” or “so”). Other long "
                        "sentences stay as they are."))
    for line in result["draft"].splitlines():
        doc.add_paragraph(line)
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()
