"""Phrase matching helpers: one compiled trie regex for many phrases, and simple
English inflection used by the word lists and the jargon matcher."""

from __future__ import annotations

import re
from collections.abc import Iterable

# Never match inside a word; a hyphenated compound counts as one word.
WORD_BEFORE = r"(?<![\w\-'’])"
WORD_AFTER = r"(?![\w]|[\-'’]\w)"


def _trie_pattern(node: dict[str, dict], depth: int = 0) -> str:
    end = "" in node
    alts = []
    for ch in sorted(k for k in node if k != ""):
        piece = r"\s+" if ch == " " else (r"['’]" if ch in "'’" else re.escape(ch))
        alts.append(piece + _trie_pattern(node[ch], depth + 1))
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    if end:
        # Greedy optional: prefer the longer phrase, fall back to the shorter one.
        return "(?:" + body + ")?" if len(alts) > 1 or len(alts[0]) > 1 else body + "?"
    return body


def phrases_pattern(phrases: Iterable[str]) -> str:
    """A regex (no flags) matching any of `phrases` (lower case), longest first,
    as whole words. Runs of spaces in a phrase match any whitespace."""
    trie: dict[str, dict] = {}
    count = 0
    for phrase in phrases:
        p = normalise(phrase)
        if not p:
            continue
        node = trie
        for ch in p.replace("’", "'"):
            node = node.setdefault(ch, {})
        node[""] = {}
        count += 1
    if not count:
        return r"(?!x)x"
    return WORD_BEFORE + "(?:" + _trie_pattern(trie) + ")" + WORD_AFTER


_SPACE_RE = re.compile(r"\s+")


def normalise(text: str) -> str:
    return _SPACE_RE.sub(" ", text.strip().lower()).replace("’", "'")


_VOWELS = "aeiou"
IRREGULAR: dict[str, tuple[str, str]] = {
    # base: (past tense, past participle)
    "be": ("was", "been"), "buy": ("bought", "bought"), "build": ("built", "built"),
    "choose": ("chose", "chosen"), "come": ("came", "come"), "cut": ("cut", "cut"),
    "do": ("did", "done"), "find": ("found", "found"), "get": ("got", "got"),
    "give": ("gave", "given"), "go": ("went", "gone"), "have": ("had", "had"),
    "hold": ("held", "held"), "keep": ("kept", "kept"), "let": ("let", "let"),
    "make": ("made", "made"), "meet": ("met", "met"), "pay": ("paid", "paid"),
    "put": ("put", "put"), "say": ("said", "said"), "see": ("saw", "seen"),
    "send": ("sent", "sent"), "set": ("set", "set"), "show": ("showed", "shown"),
    "speak": ("spoke", "spoken"), "spend": ("spent", "spent"), "take": ("took", "taken"),
    "tell": ("told", "told"), "think": ("thought", "thought"), "undertake": ("undertook", "undertaken"),
    "understand": ("understood", "understood"), "write": ("wrote", "written"),
    "grow": ("grew", "grown"), "leave": ("left", "left"), "stand": ("stood", "stood"),
    "bring": ("brought", "brought"), "seek": ("sought", "sought"), "draw": ("drew", "drawn"),
}
_DOUBLE = {"stop", "plan", "ban", "permit", "submit", "omit", "refer", "transfer", "commit",
           "admit", "regret", "occur", "prefer", "defer", "remit", "get", "put", "cut", "set",
           "let", "run", "sit", "shut", "fit", "hit", "control", "equip"}


def inflect(verb: str, form: str) -> str:
    """Inflect an English verb: form is "", "s", "ed", "en" or "ing"."""
    if not form:
        return verb
    if verb in ("be",):
        return {"s": "is", "ed": "was", "en": "been", "ing": "being"}[form]
    if form == "s":
        if verb == "have":
            return "has"
        if verb == "do":
            return "does"
        if verb == "go":
            return "goes"
        if verb.endswith(("s", "x", "z", "ch", "sh")):
            return verb + "es"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
            return verb[:-1] + "ies"
        return verb + "s"
    if form in ("ed", "en"):
        if verb in IRREGULAR:
            return IRREGULAR[verb][0 if form == "ed" else 1]
        if verb.endswith("e"):
            return verb + "d"
        if verb.endswith("y") and len(verb) > 1 and verb[-2] not in _VOWELS:
            return verb[:-1] + "ied"
        if verb in _DOUBLE:
            return verb + verb[-1] + "ed"
        return verb + "ed"
    if form == "ing":
        if verb in ("be", "see", "agree", "free", "flee"):
            return verb + "ing"
        if verb.endswith("ie"):
            return verb[:-2] + "ying"
        if verb.endswith("e") and not verb.endswith("ee"):
            return verb[:-1] + "ing"
        if verb in _DOUBLE:
            return verb + verb[-1] + "ing"
        return verb + "ing"
    raise ValueError(form)


def inflect_phrase_head(phrase: str, form: str) -> str:
    head, _, rest = phrase.partition(" ")
    out = inflect(head, form)
    return out + (" " + rest if rest else "")


def verb_forms(phrase: str) -> dict[str, str]:
    """{inflected phrase: form} for a phrase whose first word is a verb."""
    forms: dict[str, str] = {}
    for form in ("", "s", "ed", "en", "ing"):
        forms.setdefault(inflect_phrase_head(phrase, form), form)
    return forms


def match_case(template: str, suggestion: str) -> str:
    """Give `suggestion` a capital first letter when `template` has one."""
    if template[:1].isupper() and suggestion:
        return suggestion[0].upper() + suggestion[1:]
    return suggestion
