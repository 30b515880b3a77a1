"""One number that goes up whenever staff content changes, so caches know when to let go.

Content is what participants read: consultations and everything in them, translations of
it, and the glossary. Any flush that adds, changes or deletes such a row also adds one to
content_version.number, in the same transaction. Caches of rendered content (the glossary
matcher, shared pages, consultation outlines) key on that number, which every app process
reads once per request: an edit through any server shows on all of them at once, and no
in-process state decides what a person sees.
"""
from __future__ import annotations

from flask import g, has_app_context
from sqlalchemy import event, update
from sqlalchemy.orm import Session

from app import quick_reads
from app.extensions import db
from app.models import ContentVersion

_READ = "SELECT number FROM content_version WHERE id = 1"
_CONTENT_TABLES = {"consultation", "info_block", "question", "option", "picture",
                   "promised_change", "content_translation", "glossary_term"}


def current() -> int:
    """The content version for this request (read once, then remembered on `g`)."""
    number = g.get("_content_version")
    if number is None:
        if g.get("_content_changed_here"):
            # This request changed content and may not have committed: read through its own
            # transaction, so a cache never files the new content under the old number.
            number = db.session.connection().exec_driver_sql(_READ).scalar()
        else:
            # Runs on every participant request: the quick path costs a fraction of the ORM's.
            row = quick_reads.fetch_one(_READ)
            number = row[0] if row else None
        number = g._content_version = number or 0
    return number


def _touches_content(session: Session) -> bool:
    for obj in (*session.new, *session.deleted):
        if getattr(obj, "__tablename__", None) in _CONTENT_TABLES:
            return True
    return any(getattr(obj, "__tablename__", None) in _CONTENT_TABLES
               and session.is_modified(obj, include_collections=False)
               for obj in session.dirty)


def _bump_after_flush(session: Session, flush_context) -> None:
    if _touches_content(session):
        session.connection().execute(update(ContentVersion).where(ContentVersion.id == 1)
                                     .values(number=ContentVersion.number + 1))
        if has_app_context():
            g.pop("_content_version", None)
            g._content_changed_here = True


def init_app(app) -> None:
    quick_reads.init_app(app)
    if not event.contains(Session, "after_flush", _bump_after_flush):
        event.listen(Session, "after_flush", _bump_after_flush)
