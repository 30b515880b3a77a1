"""Safeguarding screening of free-text answers as they arrive, in the language the person
chose (and any other language whose letters appear: easyread.safeguarding)."""
from __future__ import annotations

from easyread.safeguarding import is_screened, screen

from app.extensions import db
from app.models import Response, SafeguardingFlag


def _texts(response: Response) -> list[str]:
    texts = [answer.text for answer in response.answers if answer.text]
    if response.proxy is not None and response.proxy.carer_views:
        texts.append(response.proxy.carer_views)
    return texts


def concerns_in(text: str, lang: str) -> set[str]:
    return {concern.category for concern in screen(text, lang)}


def screen_response(response: Response) -> bool:
    """Flag the response when its free text may show harm. True when the flag is new, or
    names a kind of harm it did not name before (staff are alerted again)."""
    categories: set[str] = set()
    for text in _texts(response):
        categories |= concerns_in(text, response.lang)
    if not categories:
        return False
    response.flagged = True
    if response.safeguarding is None:
        db.session.add(SafeguardingFlag(response=response, categories=sorted(categories)))
        return True
    before = set(response.safeguarding.categories)
    response.safeguarding.categories = sorted(before | categories)
    return not categories <= before


def unscreened(text: str, lang: str) -> bool:
    """True when no screen covers this text: staff must read it for signs of harm."""
    return bool(text) and not is_screened(text, lang)
