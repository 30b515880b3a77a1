"""easyread: readability checks for easy read and plain English.

Pure Python: never imports flask, flask_babel, wtforms or sqlalchemy. Returns
rule ids, codes and numbers; the app turns them into (translated) words.

    import easyread
    easyread.warm()                      # once at start-up: loads the dictionary
    report = easyread.check(text, level="easy", lang="en")
    report.to_dict()
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Iterable, Sequence

from .findings import Finding
from .jargon import JargonMatch, JargonMatcher
from .report import Report

__all__ = ["check", "warm", "is_warm", "Report", "Finding", "JargonMatcher", "JargonMatch", "LEVELS"]

LEVELS = ("easy", "plain")
_matcher_cache: dict[tuple, JargonMatcher] = {}
_warmed: set[str] = set()  # language roots warm() has prepared in this process
_warm_lock = threading.Lock()


def warm(langs: Sequence[str] = ("en",)) -> None:
    """Load pronunciation data, textstat instances and word lists. Never uses
    the network. Call once at start-up; check() warms lazily otherwise."""
    from . import lexicon, scores

    with _warm_lock:
        scores.warm(tuple(langs))
        lexicon.warm()
        _warmed.update(scores.lang_root(lang) for lang in langs)


def is_warm(lang: str = "en") -> bool:
    from .scores import lang_root

    return lang_root(lang) in _warmed


def _matcher(glossary_terms: Iterable[tuple[str, Sequence[str]]] | JargonMatcher | None) -> JargonMatcher | None:
    if glossary_terms is None:
        return None
    if isinstance(glossary_terms, JargonMatcher):
        return glossary_terms
    terms = tuple((slug, tuple(forms)) for slug, forms in glossary_terms)
    m = _matcher_cache.get(terms)
    if m is None:
        if len(_matcher_cache) > 8:
            _matcher_cache.clear()
        m = _matcher_cache[terms] = JargonMatcher(terms)
    return m


def check(
    text: str,
    level: str = "easy",
    lang: str = "en",
    glossary_terms: Iterable[tuple[str, Sequence[str]]] | JargonMatcher | None = None,
) -> Report:
    """Check `text` and return a Report (scores, verdict, reasons, findings).

    `glossary_terms`: (slug, [forms]) pairs, or a prepared JargonMatcher (faster
    when the same glossary is used for many checks)."""
    from . import rules, scores, splitting
    from .report import easy_read_score, score_in_band, verdict

    if level not in rules.LEVELS:
        raise ValueError(f"unknown level: {level!r}")
    lvl = rules.LEVELS[level]
    root = scores.lang_root(lang)
    if root not in _warmed:
        warm((root,))  # once per language per process, when start-up did not do it
    doc = splitting.split(text)
    available = scores.scores_available(root)
    sc = scores.compute(doc, root) if available else {}
    age = scores.reading_age(sc)
    findings = rules.run_all(doc, lvl, english=root == "en", matcher=_matcher(glossary_terms))
    sentence_lengths = [len(u.words) for u in doc.sentences]
    v, reasons = verdict(words=doc.word_count, sentence_lengths=sentence_lengths, scores=sc,
                         reading_age=age, findings=findings)
    raw = easy_read_score(words=doc.word_count, sentence_lengths=sentence_lengths,
                          reading_age=age.value if age is not None and age.reliable else None,
                          rule_counts=Counter(f.rule for f in findings))
    notes = [] if available else ["scores-not-available"]
    if root != "en":
        notes.append("english-word-rules-skipped")
    return Report(lang=root, level=level, words=doc.word_count, sentences=len(sentence_lengths),
                  scores=sc, reading_age=age, verdict=v, reasons=reasons, findings=findings,
                  scores_available=available, notes=notes,
                  score=score_in_band(v, raw))
