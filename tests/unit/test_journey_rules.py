"""@journey_step's rules (app/participate/steps.py) answer the same for the ORM objects of
the full way and the quick outline of the shared question page."""
from datetime import date, datetime, timedelta

from app.models import Consultation, Response
from app.participate.outline import HeldResponse, Outline
from app.participate.steps import refused_state, sends_on


def _both(opens_on: date, closes_on: date):
    full = Consultation(opens_on=opens_on, closes_on=closes_on, published_at=datetime(2026, 1, 1))
    quick = Outline(id=1, opens_on=opens_on, closes_on=closes_on, question_ids=(1, 2))
    return full, quick


def test_open_closed_and_upcoming_are_judged_alike():
    today = date.today()
    cases = {None: (today - timedelta(days=1), today + timedelta(days=1)),
             "closed": (today - timedelta(days=9), today - timedelta(days=1)),
             "upcoming": (today + timedelta(days=1), today + timedelta(days=9))}
    for expected, (opens_on, closes_on) in cases.items():
        full, quick = _both(opens_on, closes_on)
        assert refused_state(full) == refused_state(quick) == expected


def test_a_person_without_a_sent_response_is_sent_on_alike():
    assert sends_on(None) and sends_on(None, sent_only=True)
    for status, sent_on in (("draft", True), ("sent", False)):
        full = Response(status=status, answering="self")
        quick = HeldResponse(id=1, status=status, answering="self", answered=frozenset())
        assert sends_on(full, sent_only=True) == sends_on(quick, sent_only=True) == sent_on
        assert not sends_on(full) and not sends_on(quick)
