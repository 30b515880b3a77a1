"""The app's use of easyread.safeguarding.screen, and the small pure helpers of the review half."""
from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import select

from app.models import Consultation, ProxyDetails, Response
from app.participate.screening import screen_response
from app.staff.charts import bar_chart
from app.staff.exports import safe_cell
from app.staff.purge import months_before
from app.staff.results import suppress
from app.staff.review import clean_tag_names
from tests.factories import make_sent_responses


def _response(db, text, answering=("self",)):
    consultation = db.session.scalar(select(Consultation).where(
        Consultation.slug == "day-centres"))
    (rid,) = make_sent_responses(consultation, 1, answering=answering, text=text)
    return db.session.get(Response, rid)


@pytest.mark.parametrize("text, category", [
    ("They take my money and I never see it.", "financial-abuse"),
    ("He hits me when I get home.", "physical-abuse"),
    ("I want to die.", "suicide"),
])
def test_worrying_text_is_flagged(db, text, category):
    response = _response(db, text)
    screen_response(response)
    db.session.commit()
    assert response.flagged is True
    assert category in response.safeguarding.categories


@pytest.mark.parametrize("text", ["I'd kill for a cup of tea.", "The bus is a hit with everyone.",
                                  "I need money for the bus."])
def test_everyday_text_is_not_flagged(db, text):
    response = _response(db, text)
    screen_response(response)
    assert response.flagged is False and response.safeguarding is None


def test_carer_views_are_screened_too(db):
    response = _response(db, "All fine.", answering=("proxy",))
    proxy = db.session.scalar(select(ProxyDetails).where(
        ProxyDetails.response_id == response.id))
    proxy.carer_views = "I am scared of her son."
    screen_response(response)
    assert response.flagged is True and "emotional-abuse" in response.safeguarding.categories


def test_screening_again_adds_categories_and_keeps_one_flag(db):
    response = _response(db, "They take my money.")
    screen_response(response)
    db.session.commit()
    response.answers[-1].text = "He hits me."
    for answer in response.answers:
        if answer.text:
            answer.text = "He hits me."
    screen_response(response)
    db.session.commit()
    assert response.safeguarding.categories == ["financial-abuse", "physical-abuse"]


def test_clean_tag_names():
    assert clean_tag_names("  Bus ,bus;  Day   Centre,, ") == (["bus", "day centre"], [])
    names, too_long = clean_tag_names("ok, " + "x" * 61)
    assert names == ["ok"] and too_long == ["x" * 61]
    assert clean_tag_names("x" * 60) == (["x" * 60], [])


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+44 1234", "'+44 1234"), ("-5", "'-5"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), ("fine", "fine"), (5, 5), ("", "")])
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


def test_suppress_hides_small_groups_and_one_more():
    assert suppress({"a": 10, "b": 7, "c": 2}) == {"b", "c"}
    assert suppress({"a": 10, "b": 3, "c": 2}) == {"b", "c"}
    assert suppress({"a": 10, "b": 7}) == set()
    assert suppress({"a": 10, "b": 0}) == set()


def test_months_before():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 24) == date(2024, 1, 15)
    assert months_before(date(2024, 5, 31), 3) == date(2024, 2, 29)


def test_bar_chart_is_plain_svg():
    svg = str(bar_chart([("Yes <b>", 3, 75.0), ("No", 1, 25.0)]))
    assert svg.startswith("<svg") and 'aria-hidden="true"' in svg
    assert "style" not in svg and "<script" not in svg
    assert "Yes &lt;b&gt;" in svg and "3 (75%)" in svg
    assert 'width="240.0"' in svg  # 75% of the 320 wide bar
    assert str(bar_chart([])) == ""
