"""Glossary term matching, shared by the checker (`jargon` rule) and the app's
glossary auto-linking. One compiled regex for all terms and their inflections."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from .matching import normalise, phrases_pattern


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


class JargonMatcher:
    """Find glossary terms in text.

    `terms` is an iterable of (slug, [forms...]). Matching is case-insensitive,
    whole words only (never inside a word or a hyphenated compound), accepts
    plurals and simple inflections, and prefers the longest form at a position.
    """

    def __init__(self, terms: Iterable[tuple[str, Sequence[str]]]) -> None:
        self._lookup: dict[str, str] = {}
        for slug, forms in terms:
            for form in forms:
                for v in variants(form):
                    # An exact form beats a generated inflection of another term.
                    if v == normalise(form) or v not in self._lookup:
                        self._lookup[v] = slug
        self._regex = re.compile(phrases_pattern(self._lookup), re.IGNORECASE)
        self.slugs = frozenset(self._lookup.values())

    def __bool__(self) -> bool:
        return bool(self._lookup)

    def find(
        self,
        text: str,
        exclude: Iterable[tuple[int, int]] = (),
        first_only: bool = False,
    ) -> list[JargonMatch]:
        """All matches, in order. Matches overlapping an `exclude` range (start,
        end) are skipped (for example existing links or headings). With
        `first_only`, only the first match of each slug is returned."""
        if not self._lookup:
            return []
        ranges = _merge(exclude)
        starts = [r[0] for r in ranges]
        seen: set[str] = set()
        out: list[JargonMatch] = []
        for m in self._regex.finditer(text):
            s, e = m.span()
            if ranges:
                # Ranges are merged and disjoint: only the last one starting
                # before this match ends can overlap it.
                i = bisect.bisect_right(starts, e - 1) - 1
                if i >= 0 and ranges[i][1] > s:
                    continue
            slug = self._lookup.get(normalise(m.group()))
            if slug is None:
                continue
            if first_only:
                if slug in seen:
                    continue
                seen.add(slug)
            out.append(JargonMatch(slug, s, e, m.group()))
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
