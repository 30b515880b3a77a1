"""The readability checker's rules for the web: limits, uploads, and the page's result data.

Nothing here renders HTML. The words for rule ids, verdicts and scores live in
app/staff/readability_view.py (shared with the staff builder).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from pathlib import Path

from flask import current_app, url_for

import easyread
from easyread.documents import DocumentError, read_text
from easyread.draft import easy_read_draft
from easyread.scores import scores_available

from app.i18n import LANGUAGES
from app.staff import readability_view as words
from easyread.splitting import split

TEXT_LIMIT = 50_000  # characters of text, pasted or read from a file
FILE_LIMIT = 1024 * 1024  # bytes of an uploaded file
API_BODY_LIMIT = 512 * 1024  # bytes of JSON (50,000 characters, some escaped)
UPLOAD_SUFFIXES = (".docx", ".txt", ".md")
LEVELS = easyread.LEVELS

# How much each kind of finding makes a sentence harder: the worst sentences come first.
RULE_WEIGHT = {
    "long-sentence": 4, "one-idea": 3, "passive-voice": 3, "jargon": 3, "hidden-verb": 2,
    "hard-word": 2, "metaphor": 2, "complex-punctuation": 2, "abbreviation": 2,
}
# Findings about the whole sentence: listed with it, not highlighted inside it.
SENTENCE_RULES = frozenset({"long-sentence", "one-idea"})


class UploadError(ValueError):
    """An upload we cannot use. `code` is easyread's DocumentError code or one of ours:
    empty, too-long."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def formula_languages() -> list[str]:
    """The app's languages that have readability formulas (to warm at start-up)."""
    return [code for code in LANGUAGES if scores_available(code)]


def glossary_terms():
    return words.glossary_terms()


def check(text: str, level: str, lang: str) -> easyread.Report:
    return easyread.check(text, level=level, lang=lang, glossary_terms=glossary_terms())


def read_upload(storage) -> tuple[str, str]:
    """(text, file name) from an uploaded file. Raises UploadError."""
    name = Path(storage.filename or "").name
    if Path(name).suffix.lower() not in UPLOAD_SUFFIXES:
        raise UploadError("unsupported-type")
    data = storage.stream.read(FILE_LIMIT + 1)
    if len(data) > FILE_LIMIT:
        raise UploadError("too-large")
    try:
        text = read_text(data, name, max_chars=TEXT_LIMIT)
    except DocumentError as error:
        raise UploadError(error.code) from error
    except Exception as error:  # a broken file must never crash the page
        current_app.logger.warning("readability: cannot read upload: %s", type(error).__name__)
        raise UploadError("bad-docx") from error
    if not text.strip():
        raise UploadError("empty")
    if len(text) > TEXT_LIMIT:
        raise UploadError("too-long")
    return text, name


# --- the result page ---------------------------------------------------------------------------

@dataclass
class Item:
    """One numbered finding with its explanation."""
    number: int
    rule: str
    words: str
    text: str
    suggestion: str
    detail: dict
    glossary_url: str | None = None
    whole_sentence: bool = False


@dataclass
class Segment:
    text: str
    marked: bool
    refs: list[int] = field(default_factory=list)


@dataclass
class Block:
    """A sentence, heading or list item with its findings."""
    position: int
    kind: str
    segments: list[Segment]
    items: list[Item]
    weight: int = 0


def _glossary_url(slug: str | None) -> str | None:
    if not slug or "glossary.term" not in current_app.view_functions:
        return None
    return url_for("glossary.term", slug=slug)


def _item(finding, number: int, whole_sentence: bool = False) -> Item:
    detail = dict(finding.detail or {})
    return Item(number=number, rule=finding.rule, words=words.rule_words(finding.rule),
                text=finding.text, suggestion=finding.suggestion or "", detail=detail,
                glossary_url=_glossary_url(detail.get("slug")) if finding.rule == "jargon" else None,
                whole_sentence=whole_sentence)


def _segments(text: str, start: int, end: int, inline: list[tuple[object, int]]) -> list[Segment]:
    """The unit's text cut where findings start and end; covered pieces are marked, and
    each finding's number follows the piece where it ends."""
    points = {start, end}
    for f, _n in inline:
        points.update((f.start, f.end))
    cuts = sorted(p for p in points if start <= p <= end)
    out: list[Segment] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [(f, n) for f, n in inline if f.start <= a and f.end >= b]
        refs = [n for f, n in covering if f.end == b]
        if out and covering and out[-1].marked and not out[-1].refs:
            out[-1].text += text[a:b]  # one highlight for touching findings
            out[-1].refs = refs
        else:
            out.append(Segment(text[a:b], bool(covering), refs))
    return out


def result_view(text: str, report: easyread.Report) -> dict:
    """Everything the result page shows, in the order it shows it."""
    doc = split(text)
    units = doc.units
    starts = [u.start for u in units]

    def unit_of(f) -> int | None:
        if f.end <= f.start:
            return None
        i = bisect.bisect_right(starts, f.start) - 1
        if i >= 0 and units[i].start <= f.start and f.end <= units[i].end:
            return i
        return None

    per_unit: dict[int, list] = {}
    whole_text: list = []
    for f in report.findings:
        i = unit_of(f)
        if i is None:
            whole_text.append(f)
        else:
            per_unit.setdefault(i, []).append(f)

    def weight(i: int) -> int:
        return sum(RULE_WEIGHT.get(f.rule, 1) for f in per_unit.get(i, []))

    order = sorted(per_unit, key=lambda i: (-weight(i), -len(units[i].words), i))
    number = 0
    blocks: list[Block] = []
    for i in order:
        u = units[i]
        found = sorted(per_unit[i], key=lambda f: (f.rule not in SENTENCE_RULES, f.start, f.end))
        items: list[Item] = []
        inline: list[tuple[object, int]] = []
        for f in found:
            number += 1
            whole = f.rule in SENTENCE_RULES or (f.start <= u.start and f.end >= u.end)
            items.append(_item(f, number, whole_sentence=whole))
            if not whole:
                inline.append((f, number))
        blocks.append(Block(position=i + 1, kind=u.kind, weight=weight(i),
                            segments=_segments(text, u.start, u.end, inline), items=items))
    about_text: list[Item] = []
    for f in whole_text:
        number += 1
        about_text.append(_item(f, number))
    clean = [units[i].text for i in range(len(units)) if i not in per_unit]

    scores = []
    if report.reading_age is not None:
        scores.append(_score("reading_age", report.reading_age))
    for name, score in report.scores.items():
        scores.append(_score(name, score))
    return {
        "verdict": report.verdict,
        "verdict_words": words.verdict_words(report.verdict),
        "verdict_meaning": words.verdict_meaning(report.verdict),
        "grade": report.grade,
        "grade_words": words.grade_words(report.grade),
        "grade_scale": words.grade_scale(),
        "score": report.score,
        "reasons": [words.reason_words(r) for r in report.reasons],
        "words": report.words,
        "sentences": report.sentences,
        "level": report.level,
        "lang": report.lang,
        "scores_available": report.scores_available,
        "scores": scores,
        "notes": [words.report_note_words(n) for n in report.notes],
        "count": len(report.findings),
        "blocks": blocks,
        "about_text": about_text,
        "clean": clean,
        "draft": easy_read_draft(text, report),
    }


def _score(name: str, score) -> dict:
    label, meaning = words.score_words(name)
    return {"name": name, "label": label, "meaning": meaning, "value": round(score.value, 1),
            "reliable": score.reliable,
            "notes": [words.score_note_words(n) for n in score.notes]}
