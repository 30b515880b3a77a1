"""Safeguarding screening: find words and phrases that may be signs of harm, in every
language the app offers.

A screen, not a judgement: it errs on flagging and a person always reviews what it finds.
Negation does not clear a match ("he doesn't hit me any more" still flags): a person who
says it at all may need someone to ask.

Each language has its own module (en.py, pl.py ...) with PATTERNS: category -> regular
expressions, written by the team for that language. Patterns are matched on a *folded*
copy of the text, so people who type without accents, apostrophes or in a hurry are still
heard:
- lower case; accents and marks removed from Latin letters ("zabić się" -> "zabic sie",
  "ł" -> "l", "ș" -> "s", "ŵ" -> "w"); curly apostrophes made straight; an apostrophe is
  optional in every pattern ("dont" matches "don't");
- a letter typed 3 or more times counts once ("hiiiits" -> "hits");
- Arabic-script letters that people type in more than one way are made one (Arabic and
  Urdu yeh, kaf and heh; hamza seats on alef), and short-vowel marks and tatweel dropped;
- zero-width joiners dropped (Bengali, Gurmukhi).
Folding keeps a map back to the original, so spans point into the text as written.

Which patterns run: English always (people mix English in), the response's language, and
every language whose script appears in the text (a Polish speaker may answer on the English
page: Latin letters run the English, Welsh, Polish and Romanian patterns). A text in a script no module covers
(Cyrillic, Chinese ...) or a response language without a module is *not screened*: staff
are told, rather than shown a false "nothing found".
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import import_module

CATEGORIES = (
    "physical-abuse", "sexual-abuse", "financial-abuse", "emotional-abuse",
    "neglect", "self-harm", "suicide", "danger",
)

SCREENED_LANGUAGES = ("en", "cy", "pl", "ur", "pa", "ar", "ro", "bn")

# Letters of each script we screen, and the languages written in it.
_SCRIPTS = {
    "latin": (re.compile(r"[A-Za-z\u00C0-\u024F]"), ("en", "cy", "pl", "ro")),
    "arabic": (re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]"), ("ur", "ar")),
    "gurmukhi": (re.compile(r"[\u0A00-\u0A7F]"), ("pa",)),
    "bengali": (re.compile(r"[\u0980-\u09FF]"), ("bn",)),
}
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ANY_LETTER = re.compile(r"[^\W\d_]")

_ARABIC_SAME = str.maketrans({
    "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "ہ": "ه", "ە": "ه", "ة": "ه", "ۃ": "ه",
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ؤ": "و", "ۓ": "ے",
})
# Marks people often leave out or type another way: Arabic short vowels and tatweel, the
# Gurmukhi nukta and adhak, the Bengali nukta and chandrabindu, joiners, soft hyphens.
_DROP = re.compile(r"[\u064B-\u065F\u0670\u0640\u0A3C\u0A71\u09BC\u0981\u200C\u200D\u00AD]")
_INDIC_SAME = str.maketrans({"\u0A70": "\u0A02", "\u09DC": "\u09A1", "\u09DD": "\u09A2",
                             "\u09DF": "\u09AF", "\u0A5B": "\u0A1C", "\u0A36": "\u0A38",
                             "\u0A59": "\u0A16", "\u0A5A": "\u0A17", "\u0A5E": "\u0A2B",
                             "\u0A33": "\u0A32"})
_LATIN_EXTRA = {"ł": "l", "ø": "o", "đ": "d", "ß": "s", "æ": "a", "œ": "o"}


@dataclass(frozen=True, slots=True)
class Concern:
    category: str
    start: int
    end: int
    text: str


def fold(text: str) -> tuple[str, list[int]]:
    """The text as patterns see it, and for each folded character its index in `text`."""
    text = unicodedata.normalize("NFC", text)
    chars: list[str] = []
    where: list[int] = []
    run = 0  # how many times the last letter has been typed in a row
    for index, ch in enumerate(text):
        if _DROP.match(ch):
            continue
        low = ch.lower()
        if low in _LATIN_EXTRA:
            low = _LATIN_EXTRA[low]
        elif "\u00C0" <= low <= "\u024F":
            low = unicodedata.normalize("NFD", low)[0]
        elif low in "’‘`´":
            low = "'"
        low = low.translate(_ARABIC_SAME).translate(_INDIC_SAME)
        if chars and low.isalpha() and chars[-1] == low:
            run += 1
            if run >= 3:  # "hiiits": a letter typed 3 or more times counts once
                if run == 3:
                    chars.pop()
                    where.pop()
                continue
        else:
            run = 1
        chars.append(low)
        where.append(index)
    return "".join(chars), where


def _prepare(pattern: str) -> str:
    # Apostrophes are optional everywhere: people type "dont" and "im". Upper-case escapes
    # are spelled out, as folding lower-cases the pattern.
    pattern = pattern.replace("['’]", "'?").replace(r"\S", r"[^\s]").replace(r"\W", r"[^\w]")
    assert r"\D" not in pattern and r"\B" not in pattern, pattern
    return pattern


@lru_cache(maxsize=None)
def _compiled(lang: str) -> list[tuple[str, re.Pattern[str]]]:
    patterns = import_module(f"{__name__}.{lang}").PATTERNS
    # Patterns are written as people spell; folded here the way the text will be.
    return [(cat, re.compile("|".join(f"(?:{fold(_prepare(p))[0]})" for p in pats)))
            for cat, pats in patterns.items() if pats]


def languages_for(text: str, lang: str = "en") -> list[str]:
    """The languages whose patterns run on `text` written on a page in `lang`."""
    chosen = ["en"]
    if lang in SCREENED_LANGUAGES and lang not in chosen:
        chosen.append(lang)
    for rx, langs in _SCRIPTS.values():
        if rx.search(text):
            chosen.extend(code for code in langs if code not in chosen)
    return chosen


def is_screened(text: str, lang: str = "en") -> bool:
    """False when the text (or the language it was written in) has no screening: staff
    must read it themselves. Digits and punctuation alone need no screening."""
    if not _ANY_LETTER.search(text):
        return True
    if lang not in SCREENED_LANGUAGES and _LATIN.search(text) and lang != "":
        return False
    rest = text
    for rx, _langs in _SCRIPTS.values():
        rest = rx.sub("", rest)
    return not _ANY_LETTER.search(rest)


def screen(text: str, lang: str = "en") -> list[Concern]:
    """Concerns found in `text`, in order of position. Empty list if none. (Spans are
    into the text in Unicode NFC form, which is how browsers send what people type.)"""
    text = unicodedata.normalize("NFC", text)
    folded, where = fold(text)
    out: list[Concern] = []
    seen: set[tuple[str, int, int]] = set()
    for code in languages_for(text, lang):
        for cat, rx in _compiled(code):
            for m in rx.finditer(folded):
                if m.end() == m.start():
                    continue
                start, end = where[m.start()], where[m.end() - 1] + 1
                if (cat, start, end) not in seen:
                    seen.add((cat, start, end))
                    out.append(Concern(cat, start, end, text[start:end]))
    out.sort(key=lambda c: (c.start, c.end, c.category))
    return out


def categories(text: str, lang: str = "en") -> list[str]:
    """Distinct categories found, in CATEGORIES order."""
    found = {c.category for c in screen(text, lang)}
    return [c for c in CATEGORIES if c in found]
