"""A first easy-read draft: one sentence a line, lists kept, safe suggestions applied.

Only changes that cannot alter the meaning are applied automatically: simpler
words with a single alternative, numbers written as digits, Latin abbreviations
spelled out and contractions expanded. Everything else is left for a person."""

from __future__ import annotations

from .findings import Finding
from .lexicon import safe_to_apply
from .report import Report
from .splitting import split

AUTO_RULES = frozenset({"simpler-word", "number-as-word", "abbreviation", "date-format"})


def _replacements(report: Report) -> list[Finding]:
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted(report.findings, key=lambda f: (f.start, -(f.end - f.start))):
        if f.rule not in AUTO_RULES or not safe_to_apply(f.suggestion):
            continue
        if f.start < last_end:
            continue  # overlapping: keep the first, longest
        chosen.append(f)
        last_end = f.end
    return chosen


def _apply(text: str, start: int, end: int, fixes: list[Finding]) -> str:
    out: list[str] = []
    pos = start
    for f in fixes:
        if f.start < start or f.end > end:
            continue
        out.append(text[pos : f.start])
        sugg = f.suggestion or ""
        if f.text.endswith(".") and f.end == end:
            sugg += "."  # the abbreviation's full stop also ended the sentence
        out.append(sugg)
        pos = f.end
    out.append(text[pos:end])
    result = " ".join("".join(out).split())
    return result[:1].upper() + result[1:] if result else result


def easy_read_draft(text: str, report: Report) -> str:
    """Rewrite `text` (the text `report` was made from) as a draft."""
    doc = split(text)
    fixes = _replacements(report)
    lines: list[str] = []
    prev_para = -1
    for unit in doc.units:
        if unit.paragraph != prev_para and lines:
            lines.append("")
        prev_para = unit.paragraph
        body = _apply(text, unit.start, unit.end, fixes)
        if unit.kind == "heading":
            lines.append("# " + body)
        elif unit.kind in ("bullet", "numbered"):
            lines.append("- " + body if unit.kind == "bullet" else body)
        else:
            lines.append(body)
    # Numbered items keep their number from the original line.
    return _renumber(doc, lines).rstrip() + "\n"


def _renumber(doc: object, lines: list[str]) -> str:
    out: list[str] = []
    n = 0
    units = iter(doc.units)  # type: ignore[attr-defined]
    for line in lines:
        if line == "":
            out.append(line)
            n = 0
            continue
        unit = next(units)
        if unit.kind == "numbered":
            n += 1
            out.append(f"{n}. {line}")
        else:
            out.append(line)
    return "\n".join(out)
