"""Amounts people type for expenses: pounds and pence, miles and hours.

Pure Python: returns whole numbers (pence, miles, minutes) or a rule id saying what is wrong
("not-a-number", "negative", "too-many-pence", "too-much", "not-half-hours"). The app turns
rule ids into words."""
from __future__ import annotations

import re

_POUNDS = re.compile(r"^(\d{1,7})(?:\.(\d{1,2}))?$")
_WHOLE = re.compile(r"^\d{1,7}$")
_HOURS = re.compile(r"^(\d{1,3})(?:\.(\d{1,2}))?$")


def _clean(text: str) -> str:
    return (text or "").strip().replace(",", "").replace(" ", "").lstrip("£")


def parse_pounds(text: str, most_pence: int) -> tuple[int | None, str | None]:
    """"12.50", "£3", "0.5" -> pence. Empty is 0. (pence, None) or (None, rule id)."""
    value = _clean(text)
    if not value:
        return 0, None
    if value.startswith("-"):
        return None, "negative"
    match = _POUNDS.match(value)
    if match is None:
        if re.match(r"^\d+\.\d{3,}$", value):
            return None, "too-many-pence"
        return None, "not-a-number"
    pounds, pence = match.groups()
    total = int(pounds) * 100 + int((pence or "0").ljust(2, "0"))
    if total > most_pence:
        return None, "too-much"
    return total, None


def parse_whole(text: str, most: int) -> tuple[int | None, str | None]:
    """Whole miles: "12" -> 12. Empty is 0."""
    value = _clean(text)
    if not value:
        return 0, None
    if value.startswith("-"):
        return None, "negative"
    if not _WHOLE.match(value):
        return None, "not-a-number"
    if int(value) > most:
        return None, "too-much"
    return int(value), None


def parse_hours(text: str, most_hours: int) -> tuple[int | None, str | None]:
    """Hours in halves: "2", "1.5", "1.50" -> minutes. Empty is 0."""
    value = _clean(text)
    if not value:
        return 0, None
    if value.startswith("-"):
        return None, "negative"
    match = _HOURS.match(value)
    if match is None:
        return None, "not-a-number"
    minutes = int(match.group(1)) * 60 + round(int((match.group(2) or "0").ljust(2, "0")) * 0.6)
    if minutes % 30:
        return None, "not-half-hours"
    if minutes > most_hours * 60:
        return None, "too-much"
    return minutes, None


def pounds(pence: int) -> str:
    """1250 -> "12.50" (the app adds the £ sign)."""
    return f"{pence // 100}.{pence % 100:02d}"
