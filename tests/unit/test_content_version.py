"""The content version: raised by every change to what participants read, and only then."""
from __future__ import annotations

from sqlalchemy import select

from app import content_version
from app.extensions import db
from app.models import Consultation, ContentTranslation, GlossaryTerm, Question, Response
from tests.factories import set_translation


def _number() -> int:
    from app.models import ContentVersion

    db.session.expire_all()
    return db.session.scalar(select(ContentVersion.number))


def _consultation() -> Consultation:
    return db.session.scalar(select(Consultation).where(Consultation.published_at.is_not(None)))


def test_editing_adding_and_removing_content_each_raise_it(app):
    before = _number()
    _consultation().title = "A new title"
    db.session.commit()
    assert _number() == before + 1

    c = _consultation()
    set_translation(db, "consultation", c.id, "title", "pl", "Nowy tytuł")
    db.session.commit()
    assert _number() == before + 2

    term = db.session.scalar(select(GlossaryTerm))
    db.session.delete(term)
    db.session.commit()
    assert _number() == before + 3


def test_answers_and_unchanged_content_leave_it_alone(app):
    before = _number()
    c = _consultation()
    c.title = c.title  # set to the same value: nothing changed
    q = db.session.scalar(select(Question).where(Question.consultation_id == c.id))
    db.session.add(Response(consultation=c, code_hash="x" * 64, answering="self", lang="en"))
    db.session.commit()
    assert q is not None and _number() == before


def test_a_request_reads_it_once_and_sees_its_own_change(app):
    with app.test_request_context("/"):
        first = content_version.current()
        assert content_version.current() == first
        _consultation().summary = "Changed in this request."
        db.session.commit()
        assert content_version.current() == first + 1


def test_a_request_that_changed_content_reads_its_own_new_number(app):
    """Before the commit, another connection still sees the old number: a cache filled in
    this request must be filed under the new one (it may hold the new content)."""
    with app.app_context(), app.test_request_context("/"):
        before = content_version.current()
        _consultation().title = "Not committed yet"
        db.session.flush()
        assert content_version.current() == before + 1
        db.session.rollback()


def test_quick_read_sees_a_change_committed_elsewhere(app):
    with app.app_context(), app.test_request_context("/"):  # each its own request
        before = content_version.current()
    with db.engine.begin() as conn:  # another server's transaction
        conn.exec_driver_sql("UPDATE content_version SET number = number + 5 WHERE id = 1")
    with app.app_context(), app.test_request_context("/"):
        assert content_version.current() == before + 5
