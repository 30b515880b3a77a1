"""Glossary term matching, shared by the checker (`jargon` rule) and the app's
glossary auto-linking. One compiled regex for all terms and their inflections."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .matching import WORD_AFTER, WORD_BEFORE, normalise, phrases_pattern


class JargonMatch(NamedTuple):
    slug: str
    start: int
    end: int
    text: str


def _last_word_variants(word: str) -> set[str]:
    out = {word, word + "s", word + "'s", word + "s'"}
    if word.endswith(("s", "x", "z", "ch", "sh")):
        out.add(word + "es")
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        out.update({word[:-1] + "ies", word[:-1] + "ied"})
    if word.endswith("e") and not word.endswith("ee"):
        out.update({word[:-1] + "ing", word + "d"})
    else:
        out.update({word + "ing", word + "ed"})
    return out


def variants(form: str) -> set[str]:
    """A form plus plural, possessive and simple verb endings on its last word."""
    form = normalise(form)
    if not form:
        return set()
    head, _, last = form.rpartition(" ")
    if not last[-1:].isalpha():
        return {form}
    prefix = head + " " if head else ""
    return {prefix + v for v in _last_word_variants(last)}


def acronym_base(form: str) -> str | None:
    """The capital letters of an acronym form ("GP", "GPs", "UK GDPR", "D2A"), else None.

    An acronym is written in capitals (digits and "&" allowed) with at least two
    letters; a trailing lower-case "s" (a plural, "GPs") is dropped."""
    form = " ".join(form.split())
    if form.endswith("s") and not form.endswith(" s"):
        form = form[:-1]
    letters = [c for c in form if c.isalpha()]
    if len(letters) < 2 or form != form.upper() or not all(c.isupper() for c in letters):
        return None
    return form


def _acronym_pattern(acronyms: Iterable[str]) -> str:
    alts = sorted(set(acronyms), key=lambda a: (-len(a), a))
    body = "|".join(r"\s+".join(re.escape(w) for w in a.split()) for a in alts)
    return WORD_BEFORE + "(?P<acronym>" + body + ")(?:s|['’]s)?" + WORD_AFTER


# Glossary words that also have an everyday sense: a match is skipped when the words
# around it show the other sense ("capital letters", "the capital of Wales"). Keys are
# the matched word in lower case; values are (words after, words before) patterns.
OTHER_SENSES: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None]] = {
    "capital": (
        re.compile(r"\s*(?:letters?|city|cities|punishment|investment|gains?|expenditure|"
                   r"spending|projects?|of\b|['’]s\b)", re.IGNORECASE),
        re.compile(r"(?:\bblock|\bnation['’]s|\bcountry['’]s)\s*$", re.IGNORECASE),
    ),
    "assessment": (re.compile(r"\s*(?:of\s+(?:the\s+)?(?:risk|market|impact))", re.IGNORECASE), None),
    "review": (None, re.compile(r"\b(?:book|film|product|customer)\s*$", re.IGNORECASE)),
}


def other_sense(text: str, start: int, end: int) -> bool:
    """True when the word at text[start:end] is used in an everyday, not a care, sense."""
    rules = OTHER_SENSES.get(text[start:end].lower())
    if rules is None:
        return False
    after, before = rules
    if after is not None and after.match(text, end, min(len(text), end + 40)):
        return True
    if before is not None and before.search(text[max(0, start - 30) : start]):
        return True
    return False


class JargonMatcher:
    """Find glossary terms in text.

    `terms` is an iterable of (slug, [forms...]). Matching is whole words only
    (never inside a word or a hyphenated compound) and prefers the longest form
    at a position. Ordinary forms match case-insensitively and accept plurals and
    simple inflections. Acronym forms in capitals ("GP", "PIP") match only in
    capitals, with an optional plural or possessive "s" ("GPs", "GP's"), so "GP"
    never matches "GPS" or "gp", and "PIP" never matches "piping".
    """

    def __init__(self, terms: Iterable[tuple[str, Sequence[str]]]) -> None:
        self._lookup: dict[str, str] = {}
        self._acronyms: dict[str, str] = {}
        for slug, forms in terms:
            for form in forms:
                base = acronym_base(form)
                if base is not None:
                    self._acronyms.setdefault(base, slug)
                    continue
                for v in variants(form):
                    # An exact form beats a generated inflection of another term.
                    if v == normalise(form) or v not in self._lookup:
                        self._lookup[v] = slug
        self._regex = re.compile(phrases_pattern(self._lookup), re.IGNORECASE) if self._lookup else None
        self._acronym_regex = re.compile(_acronym_pattern(self._acronyms)) if self._acronyms else None
        self.slugs = frozenset(self._lookup.values()) | frozenset(self._acronyms.values())

    def __bool__(self) -> bool:
        return bool(self._lookup or self._acronyms)

    def _candidates(self, text: str) -> list[tuple[int, int, str, str]]:
        """(start, end, slug, text) for every match, both kinds, longest first at a position,
        never overlapping."""
        found: list[tuple[int, int, str, str]] = []
        if self._regex is not None:
            for m in self._regex.finditer(text):
                slug = self._lookup.get(normalise(m.group()))
                if slug is not None and not other_sense(text, m.start(), m.end()):
                    found.append((m.start(), m.end(), slug, m.group()))
        if self._acronym_regex is not None:
            for m in self._acronym_regex.finditer(text):
                slug = self._acronyms.get(" ".join(m.group("acronym").split()))
                if slug is not None:
                    found.append((m.start(), m.end(), slug, m.group()))
            found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
            kept: list[tuple[int, int, str, str]] = []
            for f in found:
                if kept and f[0] < kept[-1][1]:
                    continue
                kept.append(f)
            found = kept
        return found

    def find(
        self,
        text: str,
        exclude: Iterable[tuple[int, int]] = (),
        first_only: bool = False,
    ) -> list[JargonMatch]:
        """All matches, in order. Matches overlapping an `exclude` range (start,
        end) are skipped (for example existing links or headings). With
        `first_only`, only the first match of each slug is returned."""
        if not self:
            return []
        ranges = _merge(exclude)
        starts = [r[0] for r in ranges]
        seen: set[str] = set()
        out: list[JargonMatch] = []
        for s, e, slug, matched in self._candidates(text):
            if ranges:
                # Ranges are merged and disjoint: only the last one starting
                # before this match ends can overlap it.
                i = bisect.bisect_right(starts, e - 1) - 1
                if i >= 0 and ranges[i][1] > s:
                    continue
            if first_only:
                if slug in seen:
                    continue
                seen.add(slug)
            out.append(JargonMatch(slug, s, e, matched))
        return out


def _merge(ranges: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for s, e in sorted(ranges):
        if e <= s:
            continue
        if merged and s <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], e))
        else:
            merged.append((s, e))
    return merged
