"""Split text into paragraphs and units (sentences, headings, list items).

textstat's own sentence counter drops short sentences, splits on decimals and
abbreviations and runs bullet lists together, so we split ourselves. Every unit
and word keeps its character span in the original text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

# Combining marks used by Arabic-script and Indic languages (so Urdu, Punjabi and
# Bengali words are not cut at every vowel sign).
_MARKS = "\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0900-\u0dff"
_LETTER = rf"(?:[^\W\d_]|[{_MARKS}])"
WORD_RE = re.compile(
    r"[A-Za-z](?:\.[A-Za-z])+\.?"  # e.g. i.e. U.K.
    r"|[£$€]?\d+(?:[.,:]\d+)*(?:%|[a-zA-Z]+)?"  # numbers, money, 9am, 50%
    rf"|{_LETTER}(?:{_LETTER}|\d|['’\-](?={_LETTER}))*"
)

TERMINATORS = ".!?\u06d4\u061f\u0964"
_TOKEN_BEFORE_RE = re.compile(r"([\w.]+)$")
_END_RE = re.compile(r"[.!?\u06d4\u061f\u0964]+[\"'”’)\]]*(?=\s|$)")
_MD_HEADING_RE = re.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$")
_BULLET_RE = re.compile(r"^[ \t]*([-*•–·▪●◦])[ \t]+(?=\S)")
_NUMBERED_RE = re.compile(r"^[ \t]*(\d{1,3}[.)]|[a-z][)])[ \t]+(?=\S)")
_TRAILING_PUNCT = tuple(TERMINATORS + ":;,")

# Lower-case abbreviations (without their final full stop) that never end a sentence.
ABBREVIATIONS = frozenset(
    """dr mr mrs ms mx prof rev cllr st e.g eg i.e ie approx tel fig vs
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
    dept ref incl ext ave rd min max ltd co""".split()
)

HEADING_MAX_WORDS = 10


class Word(NamedTuple):
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Unit:
    """A sentence, heading or list item with its span in the original text."""

    start: int
    end: int
    text: str
    kind: str  # "sentence" | "heading" | "bullet" | "numbered"
    paragraph: int
    words: tuple[Word, ...]

    @property
    def is_heading(self) -> bool:
        return self.kind == "heading"


@dataclass(slots=True)
class Paragraph:
    start: int
    end: int
    kind: str  # "prose" | "list" | "heading"
    units: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Document:
    text: str
    units: list[Unit]
    paragraphs: list[Paragraph]

    @property
    def sentences(self) -> list[Unit]:
        """Units that count as sentences (everything but headings)."""
        return [u for u in self.units if u.kind != "heading"]

    @property
    def word_count(self) -> int:
        return sum(len(u.words) for u in self.units)


_new_word = tuple.__new__


def _words(text: str, start: int, end: int) -> tuple[Word, ...]:
    # Built with tuple.__new__: this runs for every word of every check.
    return tuple([_new_word(Word, (m.start(), m.end(), m.group())) for m in WORD_RE.finditer(text, start, end)])


def _is_boundary(text: str, m: re.Match[str], chunk_start: int) -> bool:
    """Does the terminator match `m` end a sentence?"""
    end = m.end()
    nxt = re.match(r"\s*(\S?)", text[end : end + 40])
    following = nxt.group(1) if nxt else ""
    mark = m.group()
    if mark[0] == "." and len(mark.rstrip("\"'”’)]")) == 1:
        # Token before the full stop, e.g. "Dr" or "e.g" or "12".
        # Only the last few characters: searching the whole chunk for "$" made texts with
        # many non-ending full stops ("a. a. a. ...") quadratic (seconds for 50,000 chars).
        before = text[max(chunk_start, m.start() - 64) : m.start()]
        tok_m = _TOKEN_BEFORE_RE.search(before)
        token = tok_m.group(1).lower() if tok_m else ""
        if token == "no":
            return not following.isdigit()
        if token in ABBREVIATIONS:
            return False
        if len(token) == 1 and token.isalpha() and before[-1:].isupper():
            return False  # an initial: "J. Smith"
    if following and following.islower():
        return False
    return True


def _split_chunk(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cur = start
    for m in _END_RE.finditer(text, start, end):
        if _is_boundary(text, m, cur):
            spans.append((cur, m.end()))
            cur = m.end()
            while cur < end and text[cur].isspace():
                cur += 1
    if cur < end and text[cur:end].strip():
        spans.append((cur, end))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def _lines(text: str) -> list[tuple[int, int]]:
    out = []
    pos = 0
    for line in text.splitlines(keepends=True):
        stripped = line.rstrip("\r\n")
        out.append((pos, pos + len(stripped)))
        pos += len(line)
    return out


def split(text: str) -> Document:
    """Split `text` into a Document of units and paragraphs."""
    units: list[Unit] = []
    paragraphs: list[Paragraph] = []
    lines = _lines(text)

    # Items are (kind, start, end) chunks, each later split into sentences.
    # Paragraph boundaries: blank lines, headings, and a switch between prose and list.
    pending: list[tuple[str, int, int]] = []

    def flush_para(kind: str, items: list[tuple[str, int, int]]) -> None:
        if not items:
            return
        para = Paragraph(items[0][1], items[-1][2], kind)
        pidx = len(paragraphs)
        for ikind, s, e in items:
            spans = [(s, e)] if ikind == "heading" else _split_chunk(text, s, e)
            for us, ue in spans:
                words = _words(text, us, ue)
                if not words:
                    continue
                para.units.append(len(units))
                units.append(Unit(us, ue, text[us:ue], ikind, pidx, words))
        if para.units:
            paragraphs.append(para)

    cur_kind = ""
    i = 0
    n = len(lines)
    while i < n:
        ls, le = lines[i]
        line = text[ls:le]
        if not line.strip():
            flush_para(cur_kind, pending)
            pending, cur_kind = [], ""
            i += 1
            continue
        md = _MD_HEADING_RE.match(line)
        if md:
            flush_para(cur_kind, pending)
            pending, cur_kind = [], ""
            hs, he = ls + md.start(2), ls + md.end(2)
            if hs < he:
                flush_para("heading", [("heading", hs, he)])
            i += 1
            continue
        lm = _BULLET_RE.match(line) or _NUMBERED_RE.match(line)
        if lm:
            kind = "numbered" if _NUMBERED_RE.match(line) and not _BULLET_RE.match(line) else "bullet"
            if cur_kind != "list":
                flush_para(cur_kind, pending)
                pending, cur_kind = [], "list"
            s, e = ls + lm.end(), le
            i += 1
            # Indented lines that are not list items continue the item.
            while i < n:
                ns, ne = lines[i]
                nline = text[ns:ne]
                if (
                    nline.strip()
                    and nline[:1] in " \t"
                    and not (_BULLET_RE.match(nline) or _NUMBERED_RE.match(nline))
                ):
                    e = ne
                    i += 1
                else:
                    break
            pending.append((kind, s, e))
            continue
        # Prose: join lines while a line does not end a sentence and the next
        # line carries on in lower case.
        if cur_kind == "list":
            flush_para(cur_kind, pending)
            pending, cur_kind = [], ""
        s, e = ls, le
        joined_any = False
        i += 1
        while i < n:
            ns, ne = lines[i]
            nline = text[ns:ne]
            stripped_prev = text[s:e].rstrip()
            if (
                nline.strip()
                and not stripped_prev.endswith(tuple(TERMINATORS))
                and nline.lstrip()[:1].islower()
                and not (_BULLET_RE.match(nline) or _NUMBERED_RE.match(nline) or _MD_HEADING_RE.match(nline))
            ):
                e = ne
                joined_any = True
                i += 1
            else:
                break
        chunk = text[s:e]
        if (
            not joined_any
            and not pending
            and not chunk.rstrip().endswith(_TRAILING_PUNCT)
            and len(WORD_RE.findall(chunk)) <= HEADING_MAX_WORDS
            and _next_nonblank_exists(text, lines, i)
        ):
            lead = len(chunk) - len(chunk.lstrip())
            flush_para(cur_kind, pending)
            pending, cur_kind = [], ""
            flush_para("heading", [("heading", s + lead, s + len(chunk.rstrip()))])
            continue
        # A single line break starts a new paragraph (wrapped lines were joined above).
        flush_para(cur_kind, pending)
        pending = []
        cur_kind = "prose"
        pending.append(("sentence", s, e))
    flush_para(cur_kind, pending)
    return Document(text, units, paragraphs)


def _next_nonblank_exists(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    return any(text[s:e].strip() for s, e in lines[i:])
