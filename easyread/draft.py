"""A first easy-read draft: one sentence a line, lists kept, safe suggestions applied.

Only changes that cannot alter the meaning and that keep the sentence grammatical are
applied automatically: simpler words with a single alternative, numbers written as
digits, Latin abbreviations spelled out and contractions expanded. "a"/"an" is made to
agree with a replaced word; a replacement that could break the verb form ("provided" ->
"gave" after "are") or the word class ("eligibility" -> "who can get it") is left as a
suggestion in the report instead. Long sentences are split only at safe joins: a
semicolon, or ", and" / ", but" / ", so" before a pronoun that starts a new clause.
Everything else is left for a person."""

from __future__ import annotations

import re

from .findings import Finding
from .lexicon import safe_to_apply
from .report import Report
from .splitting import split

AUTO_RULES = frozenset({"simpler-word", "number-as-word", "abbreviation", "date-format"})
LONG_SENTENCE_WORDS = 15
# Simple past forms that are not past participles: "are provided" must not become "are gave".
PAST_NOT_PARTICIPLE = frozenset(
    "gave got took went wrote saw began chose drove ate fell flew forgot grew knew rode rose "
    "sang spoke stole swore threw woke wore did showed broke hid bit shook drew".split()
)
# Words that turn a one-word suggestion into a clause: not a drop-in for a noun.
_CLAUSE_WORDS = frozenset("who what when where how it they you we".split())
_VOWEL_SOUND_RE = re.compile(r"^(?:[aeio]|u(?!ni|se|su|ti|re|ro|ra|kr)|hour|honest|heir|[0-9]*8|11|18)",
                             re.IGNORECASE)
_ARTICLE_BEFORE_RE = re.compile(r"(?<![\w'’])(a|an|A|An)(\s+)$")
_SAFE_JOIN_RE = re.compile(
    r"\s*;\s+(?=[a-z])|,\s+(?:and\s+|so\s+)?(?=(?:we|you|they|I|he|she|it|this)\s)"
    r"|,\s+(?=but\s+(?:we|you|they|I|he|she|it|this)\s)"
)


def grammatical_swap(f: Finding) -> bool:
    """True when the finding's suggestion can replace its text without breaking the
    sentence's grammar (verb form and word class)."""
    sugg = (f.suggestion or "").strip()
    orig = f.text.strip()
    if f.rule != "simpler-word":
        return True
    words = sugg.lower().split()
    if not words:
        return False
    if orig.lower().endswith("ed") and words[-1] in PAST_NOT_PARTICIPLE:
        return False
    if " " not in orig and len(words) > 1 and _CLAUSE_WORDS.intersection(words):
        return False
    return True


def article_for(word: str) -> str:
    return "an" if _VOWEL_SOUND_RE.match(word) else "a"


def _replacements(report: Report) -> list[Finding]:
    chosen: list[Finding] = []
    last_end = -1
    for f in sorted(report.findings, key=lambda f: (f.start, -(f.end - f.start))):
        if f.rule not in AUTO_RULES or not safe_to_apply(f.suggestion) or not grammatical_swap(f):
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
        # "an individual" -> "a person": the article agrees with the new word.
        joined = "".join(out)
        am = _ARTICLE_BEFORE_RE.search(joined[-6:])
        if am and sugg:
            want = article_for(sugg)
            art = am.group(1)
            new_art = want.capitalize() if art[0].isupper() else want
            if new_art != art:
                out = [joined[: len(joined) - len(am.group(0))] + new_art + am.group(2)]
        if f.text.endswith(".") and f.end == end:
            sugg += "."  # the abbreviation's full stop also ended the sentence
        out.append(sugg)
        pos = f.end
    out.append(text[pos:end])
    result = " ".join("".join(out).split())
    return result[:1].upper() + result[1:] if result else result


def split_long(sentence: str) -> list[str]:
    """Split a sentence longer than LONG_SENTENCE_WORDS at safe joins only; each part
    keeps at least 4 words, gets a capital letter and a full stop."""
    if len(sentence.split()) <= LONG_SENTENCE_WORDS:
        return [sentence]
    parts: list[str] = []
    pos = 0
    for m in _SAFE_JOIN_RE.finditer(sentence):
        left = sentence[pos : m.start()].strip()
        right = sentence[m.end() :].strip()
        if len(left.split()) < 4 or len(right.split()) < 4:
            continue
        parts.append(left)
        pos = m.end()
    parts.append(sentence[pos:].strip())
    out = []
    for i, p in enumerate(parts):
        p = p[:1].upper() + p[1:]
        if i < len(parts) - 1 and not p.endswith((".", "!", "?")):
            p += "."
        out.append(p)
    return out


def easy_read_draft(text: str, report: Report) -> str:
    """Rewrite `text` (the text `report` was made from) as a draft."""
    doc = split(text)
    fixes = _replacements(report)
    lines: list[str] = []
    prev_para = -1
    n = 0
    for unit in doc.units:
        if unit.paragraph != prev_para and lines:
            lines.append("")
            n = 0
        prev_para = unit.paragraph
        body = _apply(text, unit.start, unit.end, fixes)
        if unit.kind == "heading":
            lines.append("# " + body)
        elif unit.kind == "bullet":
            lines.append("- " + body)
        elif unit.kind == "numbered":
            n += 1  # numbered items keep their place in the list
            lines.append(f"{n}. {body}")
        else:
            lines.extend(split_long(body))
    return "\n".join(lines).rstrip() + "\n"
