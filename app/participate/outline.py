"""The shape of each published consultation, kept in memory for one content version.

A question page that is already rendered and shared (app/page_cache.py) needs only a few
facts before it can be sent: is the consultation published and open, how many questions
it has, which question is number n, and where this person is. Loading ORM objects for that
costs several times more than sending the page. So each process keeps a small outline of
each consultation, made with two plain queries and thrown away as soon as the content
version changes: an edit on any server is seen by every server on its next request.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date

from flask import current_app, g

from app import content_version, quick_reads
from app.models.consultation import state_on
from app.participate.services import held_entry

_lock = threading.Lock()


@dataclass(frozen=True)
class Outline:
    id: int
    opens_on: date
    closes_on: date
    question_ids: tuple[int, ...]  # the live questions, in order

    def state(self, today: date) -> str:
        return state_on(today, True, self.opens_on, self.closes_on)  # outlines: published only


@dataclass(frozen=True)
class HeldResponse:
    """This browser's response to one consultation, as the quick read found it."""
    id: int
    status: str
    answering: str
    answered: frozenset[int]  # ids of the questions it has an answer for


def published(slug: str) -> Outline | None:
    """The outline of a published consultation, or None when there is no such thing."""
    asked = g.setdefault("_outlines", {})  # the carers' guard asks before the view does
    if slug not in asked:
        asked[slug] = _published(slug)
    return asked[slug]


def _published(slug: str) -> Outline | None:
    version = content_version.current()
    store = current_app.extensions.setdefault("outlines", {"version": None, "items": {}})
    with _lock:
        if store["version"] != version:
            store["version"], store["items"] = version, {}
        if slug in store["items"]:
            return store["items"][slug]
    found = _load(slug)
    with _lock:
        if store["version"] == version:
            store["items"][slug] = found
    return found


def _load(slug: str) -> Outline | None:
    row = quick_reads.fetch_one(
        "SELECT id, opens_on, closes_on FROM consultation "
        "WHERE slug = ? AND published_at IS NOT NULL", slug)
    if row is None:
        return None
    questions = quick_reads.fetch_all(
        "SELECT id FROM question WHERE consultation_id = ? AND removed = ? "
        "ORDER BY position", row[0], False)
    return Outline(id=row[0], opens_on=_date(row[1]), closes_on=_date(row[2]),
                   question_ids=tuple(q[0] for q in questions))


def _date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def held_response(outline: Outline) -> HeldResponse | None:
    """This browser's response to the consultation, unless it is missing or withdrawn.
    (The full lookup, services.current_response, also tidies the session: it is used
    whenever this one finds nothing.)"""
    held = held_entry(outline.id)
    if not held:
        return None
    memo = g.setdefault("_held_responses", {})
    if held[0] not in memo:
        memo[held[0]] = quick_reads.fetch_all(
            "SELECT r.consultation_id, r.status, r.answering, a.question_id, r.pending "
            "FROM response r "
            "LEFT JOIN answer a ON a.response_id = r.id WHERE r.id = ?", held[0])
    rows = memo[held[0]]
    if not rows or rows[0][0] != outline.id or rows[0][1] == "withdrawn":
        return None
    if rows[0][4] not in (None, "", "{}", {}):
        return None  # changes waiting to be sent: the full way shows them
    return HeldResponse(id=held[0], status=rows[0][1], answering=rows[0][2],
                        answered=frozenset(row[3] for row in rows if row[3] is not None))
