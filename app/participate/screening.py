"""Safeguarding screening of free-text answers as they arrive."""
from __future__ import annotations

from app.extensions import db
from app.models import Response, SafeguardingFlag


def screen_response(response: Response) -> None:
    try:
        from easyread.safeguarding import screen
    except ImportError:  # pragma: no cover - the library always ships it
        return
    categories: set[str] = set()
    for answer in response.answers:
        texts = [answer.text]
        for text in texts:
            if text:
                categories.update(concern.category for concern in screen(text))
    if response.proxy is not None and response.proxy.carer_views:
        categories.update(c.category for c in screen(response.proxy.carer_views))
    if not categories:
        return
    response.flagged = True
    if response.safeguarding is None:
        db.session.add(SafeguardingFlag(response=response, categories=sorted(categories)))
    else:
        response.safeguarding.categories = sorted(set(response.safeguarding.categories) | categories)
