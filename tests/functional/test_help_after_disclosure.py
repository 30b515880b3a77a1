"""Issue 16: after an answer that may show harm, the person is offered help now and a safe
way to be contacted; the request is kept apart and only staff who can act see it."""
from __future__ import annotations

from sqlalchemy import func, select

from app.models import ContactRequest, Response
from tests.factories import login, make_staff
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import csrf_token, post_form


def _text_question_number(consultation) -> int:
    live = [q for q in consultation.questions if not q.removed]
    return next(n for n, q in enumerate(live, start=1) if q.kind == "text")


def test_a_worrying_answer_leads_to_help_in_the_persons_language(client, db, consultation):
    start(client)
    number = _text_question_number(consultation)
    result = post_form(client, f"{BASE}/questions/{number}",
                       {"answer": "My carer hits me.", "action": "next"})
    assert result.status_code == 302 and "/help?after=" in result.headers["Location"]
    page = client.get(result.headers["Location"]).get_data(as_text=True)
    assert "Call 999 if someone is in danger now." in page
    assert "0300 123 4567" in page and "Carry on without this" in page
    # The same in Polish: the page is Polish, and so is the offer.
    client.get("/?lang=pl")
    result = post_form(client, f"{BASE}/questions/{number}",
                       {"answer": "Mój opiekun mnie bije.", "action": "next"})
    assert "/help?after=" in result.headers["Location"]
    polish = client.get(result.headers["Location"]).get_data(as_text=True)
    assert 'lang="pl"' in polish and "999" in polish and "Carry on without this" not in polish


def test_a_calm_answer_goes_straight_on(client, db, consultation):
    start(client)
    number = _text_question_number(consultation)
    result = post_form(client, f"{BASE}/questions/{number}",
                       {"answer": "I like the art classes.", "action": "next"})
    assert "/help" not in result.headers["Location"]


def test_contact_me_is_stored_apart_and_shown_only_to_staff_who_act(app, client, db, consultation):
    start(client)
    number = _text_question_number(consultation)
    help_url = post_form(client, f"{BASE}/questions/{number}",
                         {"answer": "I am scared of my son.", "action": "next"}
                         ).headers["Location"]
    # A bad form changes nothing and says what to do.
    bad = post_form(client, help_url, {"how": "pigeon", "detail": ""})
    assert bad.status_code == 400
    assert "Please choose how we can contact you." in bad.get_data(as_text=True)
    assert db.session.scalar(select(func.count()).select_from(ContactRequest)) == 0
    done = post_form(client, help_url, {"how": "phone", "detail": "07700 900123",
                                        "name": "Sam", "safe_times": "Weekdays after 2pm"})
    assert done.status_code == 200 and "We will contact you" in done.get_data(as_text=True)
    stored = db.session.scalar(select(ContactRequest))
    assert (stored.how, stored.detail, stored.name) == ("phone", "07700 900123", "Sam")
    response = db.session.get(Response, stored.response_id)
    assert response.status == "draft" and response.flagged is True
    # Not in the answers: staff exports and the person's own pages never show it.
    assert all("07700" not in (a.text or "") for a in response.answers)

    viewer = app.test_client()
    make_staff("viewer@example.org", "viewer")
    login(viewer, "viewer@example.org")
    seen_by_viewer = viewer.get(f"/staff/responses/{response.id}").get_data(as_text=True)
    assert "07700 900123" not in seen_by_viewer
    worker = app.test_client()
    make_staff("worker@example.org", "staff")
    login(worker, "worker@example.org")
    queue = worker.get("/staff/safeguarding").get_data(as_text=True)
    assert f"/staff/responses/{response.id}" in queue  # unsent, but the person asked
    page = worker.get(f"/staff/responses/{response.id}").get_data(as_text=True)
    assert "The person asked us to contact them" in page and "07700 900123" in page
    assert "Weekdays after 2pm" in page


def test_a_worrying_answer_is_not_shown_back_by_code_unless_the_person_chose(app, client, db,
                                                                             consultation):
    from tests.functional.test_journey import code_on

    start(client)
    answer_all(client)
    number = _text_question_number(consultation)
    help_url = post_form(client, f"{BASE}/questions/{number}",
                         {"answer": "My son takes my pension.", "action": "next"}
                         ).headers["Location"]
    assert "/help" in help_url
    page = client.get(f"{BASE}/check").get_data(as_text=True)
    client.post(f"{BASE}/check", data={"csrf_token": csrf_token(page)})
    code = code_on(client.get(f"{BASE}/sent").get_data(as_text=True))

    # Someone else with the code (the son, perhaps) cannot read it back anywhere.
    other = app.test_client()
    post_form(other, "/return", {"code": code})
    mine = other.get(f"{BASE}/your-answers").get_data(as_text=True)
    assert "takes my pension" not in mine and "We keep this answer private" in mine
    download = other.get(f"{BASE}/your-answers/download").get_data(as_text=True)
    assert "takes my pension" not in download
    edit = other.get(f"{BASE}/questions/{number}?change=1").get_data(as_text=True)
    assert "takes my pension" not in edit and "You told us something private" in edit
    # Adding to it keeps what was said before; staff see both.
    post_form(other, f"{BASE}/questions/{number}?change=1",
              {"answer": "The bus is late too.", "action": "next", "change": "1"})
    post_form(other, f"{BASE}/check", {})  # "Send my changes"
    db.session.expire_all()
    response = db.session.scalar(select(Response))
    [answer] = [a for a in response.answers if a.text]
    assert "takes my pension" in answer.text and "The bus is late too." in answer.text

    # The person may choose to keep it visible.
    shown = post_form(client, help_url, {"action": "show"})
    assert "Anyone with your code can now read this answer." in shown.get_data(as_text=True)
    assert "takes my pension" in other.get(f"{BASE}/your-answers").get_data(as_text=True)
