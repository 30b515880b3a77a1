"""Number rules: numbers as words, percentages, big exact numbers, dates."""

from __future__ import annotations

import re
from collections.abc import Iterator

from .findings import Finding

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000, "billion": 1_000_000_000}
_NW = "|".join(sorted(list(_UNITS) + list(_SCALES), key=len, reverse=True))
NUMBER_WORDS_RE = re.compile(
    rf"\b(?:(?:a|an)\s+(?=(?:hundred|thousand|million|billion)\b))?(?:{_NW})"
    rf"(?:(?:[\s-]+|\s+and\s+)(?:{_NW}))*\b",
    re.IGNORECASE,
)


def words_to_number(text: str) -> int | None:
    total = current = 0
    seen = False
    for tok in re.split(r"[\s-]+", text.lower()):
        if tok in ("and", ""):
            continue
        if tok in ("a", "an"):
            current = max(current, 1)
            continue
        if tok in _UNITS:
            current += _UNITS[tok]
            seen = True
        elif tok in _SCALES:
            scale = _SCALES[tok]
            current = max(current, 1) * scale
            if scale >= 1000:
                total += current
                current = 0
            seen = True
        else:
            return None
    return total + current if seen else None


def number_as_word(text: str) -> Iterator[Finding]:
    for m in NUMBER_WORDS_RE.finditer(text):
        word = m.group()
        if word.lower() in ("one", "zero"):
            continue  # "one" usually means "a" ("one day", "one of us")
        value = words_to_number(word)
        if value is None:
            continue
        yield Finding("number-as-word", m.start(), m.end(), word, f"{value:,}" if value >= 10000 else str(value))


PERCENT_RE = re.compile(
    r"(?<![\w.])(\d+(?:\.\d+)?)\s?(?:%|per\s?cent\b|percent\b)"
    r"|\b(" + _NW + r")(?:[\s-](" + _NW + r"))?\s+per\s?cent\b",
    re.IGNORECASE,
)
FRACTION_RE = re.compile(r"(?<![\d/])\b(\d{1,2})/(\d{1,3})\b(?!/\d)")
_SIMPLE = {50: "1 in 2", 25: "1 in 4", 75: "3 in 4", 20: "1 in 5", 10: "1 in 10",
           33: "1 in 3", 34: "1 in 3", 66: "2 in 3", 67: "2 in 3", 100: "all"}


def percent_words(p: float) -> str:
    r = round(p)
    if r in _SIMPLE:
        return _SIMPLE[r]
    if p < 5:
        return "fewer than 1 in 20"
    if p >= 95:
        return "almost all"
    return f"about {round(p / 10)} in 10"


def percentage(text: str) -> Iterator[Finding]:
    for m in PERCENT_RE.finditer(text):
        if m.group(1):
            value = float(m.group(1))
        else:
            value = float(words_to_number(" ".join(g for g in m.groups()[1:] if g)) or 0)
        yield Finding("percentage", m.start(), m.end(), m.group(), percent_words(value))
    for m in FRACTION_RE.finditer(text):
        num, den = int(m.group(1)), int(m.group(2))
        if den == 0 or num >= den:
            continue
        sugg = "half" if num * 2 == den else f"{num} in {den}"
        yield Finding("percentage", m.start(), m.end(), m.group(), sugg)


BIG_RE = re.compile(r"(?<![\w.,£$€])([£$€]?)((?:\d{1,3}(?:,\d{3})+|[1-9]\d{4,})(?:\.\d+)?)(?![\w,]|\.\d)")


def round_down(value: float) -> int:
    digits = len(str(int(value)))
    unit = 10 ** max(digits - 2, 0)
    return int(value // unit * unit)


def big_number(text: str) -> Iterator[Finding]:
    for m in BIG_RE.finditer(text):
        raw = m.group(2).replace(",", "")
        value = float(raw)
        if value < 1000:
            continue
        rounded = round_down(value)
        if rounded == value:
            continue
        yield Finding("big-number", m.start(), m.end(), m.group(), f"over {m.group(1)}{rounded:,}")


MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august",
          "september", "october", "november", "december"]
_MONTH_RE = "|".join(m.capitalize() for m in MONTHS)
_DAY_RE = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
NUMERIC_DATE_RE = re.compile(r"(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d/.-]|\.\d)")
ISO_DATE_RE = re.compile(r"(?<![\d-])(\d{4})-(\d{2})-(\d{2})(?![\d-])")
ORDINAL_RE = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)(\s+(?:of\s+)?)({_MONTH_RE})\b")
US_DATE_RE = re.compile(rf"\b({_MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?:,?\s+(\d{{4}}))?")
_TIME = r"\d{1,2}(?:[:.]\d{2})?\s?(?:am|pm)|\d{1,2}:\d{2}"
RANGE_RE = re.compile(
    rf"\b(?:(?:{_DAY_RE})\s?[-–—]\s?(?:{_DAY_RE})"
    rf"|(?:{_MONTH_RE})\s?[-–—]\s?(?:{_MONTH_RE})"
    rf"|(?:{_TIME})\s?[-–—]\s?(?:{_TIME})"
    rf"|\d{{1,2}}\s?[-–—]\s?\d{{1,2}}(?=\s+(?:{_MONTH_RE})\b)"
    rf"|(?:19|20)\d\d\s?[-–—]\s?(?:(?:19|20)?\d\d)(?![\d-]))",
    re.IGNORECASE,
)


def _date_text(day: int, month: int, year: int | None) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    out = f"{day} {MONTHS[month - 1].capitalize()}"
    return f"{out} {year}" if year else out


def date_format(text: str) -> Iterator[Finding]:
    for m in NUMERIC_DATE_RE.finditer(text):
        year = int(m.group(4))
        if year < 100:
            year += 2000
        sugg = _date_text(int(m.group(1)), int(m.group(3)), year)
        if sugg:
            yield Finding("date-format", m.start(), m.end(), m.group(), sugg)
    for m in ISO_DATE_RE.finditer(text):
        sugg = _date_text(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if sugg:
            yield Finding("date-format", m.start(), m.end(), m.group(), sugg)
    for m in ORDINAL_RE.finditer(text):
        yield Finding("date-format", m.start(), m.end(), m.group(), f"{int(m.group(1))} {m.group(3)}")
    for m in US_DATE_RE.finditer(text):
        day = int(m.group(2))
        if day > 31:
            continue
        month = MONTHS.index(m.group(1).lower()) + 1
        if m.group(1) == "May" and not m.group(3):
            continue  # "May 5" is rare; "may 2" is usually the verb
        sugg = _date_text(day, month, int(m.group(3)) if m.group(3) else None)
        if sugg:
            yield Finding("date-format", m.start(), m.end(), m.group(), sugg)
    for m in RANGE_RE.finditer(text):
        parts = re.split(r"\s?[-–—]\s?", m.group(), maxsplit=1)
        if len(parts) == 2:
            yield Finding("date-format", m.start(), m.end(), m.group(), f"{parts[0]} to {parts[1]}")
