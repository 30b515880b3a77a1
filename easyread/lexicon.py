"""Compiled word lists: simpler words, hidden verbs, idioms, everyday words.

Each list becomes one trie regex, built once on first use and cached."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .matching import inflect_phrase_head, normalise, phrases_pattern, verb_forms
from .wordlists import everyday_words, hidden_verbs, idioms, parse_pairs, parse_words, simpler_words


@dataclass(frozen=True, slots=True)
class PhraseList:
    regex: re.Pattern[str]
    lookup: dict[str, tuple[str, str]]  # matched variant -> (base phrase, suggestion)

    def suggestion(self, matched: str) -> tuple[str, str] | None:
        return self.lookup.get(normalise(matched))


def _is_safe(alt: str) -> bool:
    return bool(alt) and " or " not in alt and "/" not in alt


@lru_cache(maxsize=1)
def simpler() -> PhraseList:
    lookup: dict[str, tuple[str, str]] = {}
    for phrase, alt, tags in parse_pairs(simpler_words.DATA):
        if "v" in tags.split(","):
            alt_is_verb = alt and " or " not in alt
            for variant, form in verb_forms(phrase).items():
                sugg = inflect_phrase_head(alt, form) if alt_is_verb else alt
                lookup.setdefault(variant, (phrase, sugg))
        else:
            lookup.setdefault(normalise(phrase), (phrase, alt))
    return PhraseList(re.compile(phrases_pattern(lookup), re.IGNORECASE), lookup)


_ARTICLES = ("a", "an", "the")


@lru_cache(maxsize=1)
def hidden() -> PhraseList:
    lookup: dict[str, tuple[str, str]] = {}
    for phrase, verb, _tags in parse_pairs(hidden_verbs.DATA):
        words = phrase.split()
        bases = [phrase]
        if len(words) > 1 and words[1] in _ARTICLES:
            bases = [" ".join([words[0], art, *words[2:]]) for art in _ARTICLES]
        for base in bases:
            if base.startswith("be "):
                forms = {base.replace("be ", aux + " ", 1): "" for aux in
                         ("be", "am", "is", "are", "was", "were", "been", "being")}
            else:
                forms = verb_forms(base)
            for variant in forms:
                lookup.setdefault(variant, (phrase, verb))
    return PhraseList(re.compile(phrases_pattern(lookup), re.IGNORECASE), lookup)


@lru_cache(maxsize=1)
def idiom_list() -> PhraseList:
    lookup: dict[str, tuple[str, str]] = {}
    for phrase, meaning, _tags in parse_pairs(idioms.DATA):
        lookup.setdefault(normalise(phrase), (phrase, meaning))
    return PhraseList(re.compile(phrases_pattern(lookup), re.IGNORECASE), lookup)


@lru_cache(maxsize=1)
def everyday() -> frozenset[str]:
    return frozenset(parse_words(everyday_words.DATA))


@lru_cache(maxsize=1)
def single_word_alternatives() -> dict[str, str]:
    """Single-word entries of the simpler-words list, for hard-word suggestions."""
    return {k: v[1] for k, v in simpler().lookup.items() if " " not in k and _is_safe(v[1])}


def safe_to_apply(suggestion: str | None) -> bool:
    return suggestion is not None and _is_safe(suggestion)


def warm() -> None:
    simpler()
    hidden()
    idiom_list()
    everyday()
    single_word_alternatives()
