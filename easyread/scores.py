"""Readability formulas from textstat, fed our own clean sentence units.

Words, syllables, polysyllables and Dale–Chall difficult words come from
textstat's counters (with the offline dictionary). The sentence count is ours:
textstat's counter drops sentences of two words or fewer ("Call us."), so the
published formulas are applied with our count. When every sentence has three
words or more the results equal textstat's own functions exactly (tested).
"""

from __future__ import annotations

import math
import re
import threading
from dataclasses import dataclass

from .splitting import Document, TERMINATORS
from .syllables import load_cmudict, patch_textstat

# Languages with formula constants in textstat (and a pyphen dictionary).
FORMULA_LANGS: dict[str, str] = {
    "en": "en_GB",
    "de": "de_DE",
    "es": "es",
    "fr": "fr",
    "it": "it_IT",
    "nl": "nl_NL",
    "pl": "pl_PL",
    "ru": "ru_RU",
    "hu": "hu_HU",
}
# Flesch reading ease has language-specific constants for these (textstat LANG_CONFIGS).
_FRE_LANGS = {"en", "de", "es", "fr", "it", "nl", "ru", "hu"}
SMOG_MIN_SENTENCES = 30
SCORE_NAMES = ("flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "dale_chall")

_instances: dict[str, object] = {}
_lock = threading.Lock()
_STRIP_RE = re.compile("[" + re.escape(TERMINATORS) + "]")


@dataclass(frozen=True, slots=True)
class Score:
    name: str
    value: float
    reliable: bool
    notes: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"value": round(self.value, 2), "reliable": self.reliable, "notes": list(self.notes)}


def lang_root(lang: str) -> str:
    return lang.replace("-", "_").split("_")[0].lower()


def scores_available(lang: str) -> bool:
    return lang_root(lang) in FORMULA_LANGS


def stats_for(lang: str) -> object:
    """One textstatistics instance per language (set_lang is per-object state)."""
    root = lang_root(lang)
    inst = _instances.get(root)
    if inst is None:
        with _lock:
            inst = _instances.get(root)
            if inst is None:
                patch_textstat()
                from textstat.textstat import textstatistics

                inst = textstatistics()
                inst.set_lang(FORMULA_LANGS[root])
                if root != "en":
                    # textstat warns (once, then caches) that only English has an
                    # easy-word list; we mark those scores unreliable instead.
                    import warnings

                    from textstat.backend.utils import get_lang_easy_words

                    with warnings.catch_warnings():
                        warnings.simplefilter("ignore")
                        get_lang_easy_words(FORMULA_LANGS[root])
                _instances[root] = inst
    return inst


def warm(langs: tuple[str, ...] = ("en",)) -> None:
    """Load the dictionary and textstat instances once, without network."""
    patch_textstat()
    load_cmudict()
    for lang in langs:
        if scores_available(lang):
            ts = stats_for(lang)
            ts.flesch_kincaid_grade("We want to know what you think about it.")  # type: ignore[attr-defined]


def formula_text(doc: Document) -> str:
    """Sentences (not headings) joined with ". ", inner full stops removed, so
    textstat's own counter sees exactly our units."""
    parts = []
    for unit in doc.sentences:
        cleaned = _STRIP_RE.sub("", unit.text).replace("\n", " ").strip()
        if cleaned:
            parts.append(cleaned)
    return ". ".join(parts) + "." if parts else ""


def compute(doc: Document, lang: str) -> dict[str, Score]:
    """All five scores for a document, or {} when the language has no formulas."""
    root = lang_root(lang)
    if root not in FORMULA_LANGS:
        return {}
    text = formula_text(doc)
    sentences = sum(1 for u in doc.sentences if _STRIP_RE.sub("", u.text).strip())
    if not text or sentences == 0:
        return {}
    stats_for(root)  # patches textstat to the offline dictionary before any count
    from textstat.backend import counts
    from textstat.backend.utils import get_lang_cfg

    tslang = FORMULA_LANGS[root]
    words = counts.count_words(text)
    if words == 0:
        return {}
    syll = counts.count_syllables(text, tslang)
    poly = counts.count_polysyllable_words(text, tslang)
    wps = words / sentences
    spw = syll / words
    english = root == "en"
    out: dict[str, Score] = {}

    def add(name: str, value: float, reliable: bool, notes: list[str], clamp: bool) -> None:
        if clamp and value < 0:
            notes = notes + ["clamped-negative"]
            value = 0.0
            reliable = False
        out[name] = Score(name, value, reliable, tuple(notes))

    lang_note = [] if english else ["calibrated-for-english"]
    fre = (
        get_lang_cfg(tslang, "fre_base")
        - get_lang_cfg(tslang, "fre_sentence_length") * wps
        - get_lang_cfg(tslang, "fre_syll_per_word") * spw
    )
    fre_notes = [] if root in _FRE_LANGS else ["no-constants-for-language"]
    add("flesch_reading_ease", fre, not fre_notes, fre_notes, clamp=False)
    fk = 0.39 * wps + 11.8 * spw - 15.59
    add("flesch_kincaid_grade", fk, english, list(lang_note), clamp=True)
    smog = 1.043 * math.sqrt(30 * poly / sentences) + 3.1291
    smog_notes = list(lang_note)
    if sentences < SMOG_MIN_SENTENCES:
        smog_notes.append("too-few-sentences")
    add("smog", smog, not smog_notes, smog_notes, clamp=True)
    threshold = int(get_lang_cfg(tslang, "syllable_threshold"))
    diff_fog = counts.count_difficult_words(text, tslang, threshold)
    fog = 0.4 * (wps + 100 * diff_fog / words)
    add("gunning_fog", fog, english, list(lang_note), clamp=True)
    if english:
        hard = counts.count_difficult_words(text, tslang, 0)
        pdw = 100 * hard / words
        dc = 0.1579 * pdw + 0.0496 * wps + (3.6365 if pdw > 5 else 0.0)
        add("dale_chall", dc, True, [], clamp=True)
    return out


def reading_age(scores: dict[str, Score]) -> Score | None:
    fk = scores.get("flesch_kincaid_grade")
    if fk is None:
        return None
    return Score("reading_age", fk.value + 5, fk.reliable, fk.notes)
