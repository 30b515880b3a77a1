"""Passive voice: a form of "be" or "get", optional adverbs or "not", then a past
participle. Describing a state ("I am tired", "we are based in Leeds") is not a
passive unless a "by" agent follows."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .wordlists.passive_words import (
    GAP_WORDS,
    IRREGULAR_PARTICIPLES,
    NOT_PARTICIPLES,
    PRONOUN_STATE_WORDS,
    STATE_WORDS,
)

_BE = (
    r"am|is|are|was|were|be|been|being|isn['’]t|aren['’]t|wasn['’]t|weren['’]t"
    r"|(?:i)['’]m|(?:you|we|they|who)['’]re|(?:it|he|she|that|there|who|what)['’]s"
)
_GET = r"get|gets|got|gotten|getting"
_GAP = r"(?:\s+(?:[a-z]+ly|" + "|".join(sorted(GAP_WORDS, key=len, reverse=True)) + r"))*"
PASSIVE_RE = re.compile(
    r"\b(?P<aux>" + _BE + "|" + _GET + r")\b"
    + r"(?P<gap>" + _GAP + r")"
    + r"\s+(?P<part>[a-z]+(?:-[a-z]+)?)\b",
    re.IGNORECASE,
)
_PRONOUN_BEFORE_RE = re.compile(r"\b(i|you|we|they|he|she|it)\s*$", re.IGNORECASE)
_PRONOUN_CONTRACTION_RE = re.compile(r"^(i|you|we|they|he|she|it)['’]", re.IGNORECASE)
_BY_AGENT_RE = re.compile(
    r"^(?:\s+(?:up|out|off|down|back|in)\b)?(?:\s+[a-z]+ly\b)?\s+by\s+(?!(?:the\s+end|then|now|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|"
    r"\d|noon|midnight|next|the\s+time)\b)",
    re.IGNORECASE,
)
# "used to" + a noun phrase or "-ing" is a habit ("we are used to it", "used to waiting");
# "used to" + a verb is a passive ("they are used to make tea").
_USED_TO_STATE_RE = re.compile(
    r"\s+to\s+(?:it|this|that|them|him|her|me|us|you|the|a|an|my|your|our|their|his|its|"
    r"being|having|[a-z]+ing)\b", re.IGNORECASE)
_GET_WORDS = frozenset(_GET.split("|"))


def is_participle(word: str) -> bool:
    w = word.lower()
    if w in NOT_PARTICIPLES:
        return False
    if w in IRREGULAR_PARTICIPLES:
        return True
    return len(w) > 3 and w.endswith("ed")


def find_passives(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, participle) for each passive in text[start:end]."""
    end = len(text) if end is None else end
    for m in PASSIVE_RE.finditer(text, start, end):
        part = m.group("part")
        if not is_participle(part):
            continue
        low = part.lower()
        aux = m.group("aux").lower()
        after = text[m.end() : min(end, m.end() + 60)]
        has_agent = bool(_BY_AGENT_RE.match(after))
        if not has_agent:
            if low in STATE_WORDS:
                continue
            if low in PRONOUN_STATE_WORDS:
                before = text[max(start, m.start() - 12) : m.start()]
                if _PRONOUN_BEFORE_RE.search(before) or _PRONOUN_CONTRACTION_RE.match(aux):
                    continue
            # "being" or "been" straight after "be" as a gap word is fine, but the aux
            # "been"/"being" followed by an adjective-like state is already handled.
        if low == "used" and (aux in _GET_WORDS or _USED_TO_STATE_RE.match(after)):
            continue  # "get used to", "I am used to it": a habit, not a passive
        yield m.start(), m.end(), part
