"""Shared pages: rendered once, served again only while nothing they show has changed."""
from __future__ import annotations

from sqlalchemy import select, text

from app.extensions import db
from app.models import Consultation
from tests.helpers import csrf_token, post_form

SLUG = "day-centres"
BASE = f"/consultations/{SLUG}"


def _start(client, answering="self"):
    assert post_form(client, f"{BASE}/start", {"answering": answering}).status_code == 302


def test_home_page_is_shared_and_a_staff_edit_shows_at_once(app, client):
    first = client.get("/").get_data(as_text=True)
    assert len(app.extensions["page_cache"]) == 1
    assert client.get("/").get_data(as_text=True) == first
    consultation = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    consultation.title = "Day centres: a new plan"
    db.session.commit()
    assert "Day centres: a new plan" in client.get("/").get_data(as_text=True)


def test_a_change_made_by_another_server_shows_at_once(app, client):
    # Another app server writes through its own connection: the content row and the
    # version number, as its flush would. This process has no other way to know.
    assert "Changes to day centres" in client.get("/").get_data(as_text=True)
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE consultation SET title = 'Day centres: new times' "
                          "WHERE slug = :slug"), {"slug": SLUG})
        conn.execute(text("UPDATE content_version SET number = number + 1"))
    db.session.expire_all()
    assert "Day centres: new times" in client.get("/").get_data(as_text=True)


def test_language_and_display_settings_get_their_own_pages(client):
    english = client.get("/").get_data(as_text=True)
    welsh = client.get("/?lang=cy").get_data(as_text=True)
    assert 'lang="cy"' in welsh and welsh != english
    client.set_cookie("display", "large.high.standard.normal.hide")
    large = client.get("/?lang=en").get_data(as_text=True)
    assert "text-large contrast-high" in large and "text-large" not in english


def test_each_person_gets_their_own_form_token_on_a_shared_question(app):
    anna, ben = app.test_client(), app.test_client()
    _start(anna)
    _start(ben)
    page_a = anna.get(f"{BASE}/questions/4").get_data(as_text=True)
    page_b = ben.get(f"{BASE}/questions/4").get_data(as_text=True)
    token_a, token_b = csrf_token(page_a), csrf_token(page_b)
    assert token_a != token_b
    assert page_a.replace(token_a, "") == page_b.replace(token_b, "")  # the rest is shared
    assert "csrf-" not in page_a.replace(token_a, "")  # no marker left behind
    # Each token works for its owner only.
    sent = ben.post(f"{BASE}/questions/4", data={"csrf_token": token_b, "answer": "yes",
                                                 "action": "next"})
    assert sent.status_code == 302
    wrong = anna.post(f"{BASE}/questions/4", data={"csrf_token": token_b, "answer": "no",
                                                   "action": "next"})
    assert wrong.status_code == 400


def test_a_question_already_answered_shows_that_persons_answer(app, client):
    _start(client)
    assert post_form(client, f"{BASE}/questions/4", {"answer": "yes", "action": "next"}
                     ).status_code == 302
    mine = client.get(f"{BASE}/questions/4").get_data(as_text=True)
    other = app.test_client()
    _start(other)
    theirs = other.get(f"{BASE}/questions/4").get_data(as_text=True)
    assert mine.count("checked") == 1 and "checked" not in theirs


def test_someone_answering_for_another_person_gets_the_carer_version(app, client):
    from tests.functional.test_carers import person_says_yes

    own = app.test_client()
    _start(own)
    assert "This is what they told me" not in own.get(f"{BASE}/questions/4").get_data(
        as_text=True)
    assert person_says_yes(client).status_code == 302
    carer = client.get(f"{BASE}/questions/4").get_data(as_text=True)
    assert "This is what they told me" in carer


def test_a_wording_fix_to_a_question_shows_at_once(client):
    _start(client)
    before = client.get(f"{BASE}/questions/4").get_data(as_text=True)
    consultation = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    question = [q for q in consultation.questions if not q.removed][3]
    assert question.text in before
    question.text = "Would you like more trips out?"
    db.session.commit()
    assert "Would you like more trips out?" in client.get(f"{BASE}/questions/4").get_data(
        as_text=True)


# --- the quick way to a shared question (app/participate/outline.py) -----------------------

def _orm_statements(app):
    """Count the statements that go through SQLAlchemy (quick reads go round it)."""
    from sqlalchemy import event

    seen = []
    event.listen(db.engine, "before_cursor_execute", lambda *a, **k: seen.append(a[2]))
    return seen


def test_a_shared_question_is_sent_without_loading_anything_through_the_orm(app, client):
    _start(client)
    first = client.get(f"{BASE}/questions/3").get_data(as_text=True)
    statements = _orm_statements(app)
    again = client.get(f"{BASE}/questions/3")
    assert again.status_code == 200 and again.get_data(as_text=True) == first
    assert statements == []


def test_a_withdrawn_response_does_not_get_the_shared_question(app, client):
    _start(client)
    assert client.get(f"{BASE}/questions/3").status_code == 200  # now shared
    assert post_form(client, f"{BASE}/withdraw", {}).status_code == 200
    assert client.get(f"{BASE}/questions/3").status_code == 302  # back to the start


def test_a_closed_consultation_does_not_get_the_shared_question(app, client):
    from datetime import date, timedelta

    _start(client)
    assert client.get(f"{BASE}/questions/3").status_code == 200
    consultation = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    consultation.closes_on = date.today() - timedelta(days=1)
    db.session.commit()
    assert client.get(f"{BASE}/questions/3").status_code == 409


def test_a_removed_question_renumbers_the_shared_questions_at_once(app, client):
    _start(client)
    consultation = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    live = [q for q in consultation.questions if not q.removed]
    fourth, fifth = live[3].text, live[4].text
    assert fourth in client.get(f"{BASE}/questions/4").get_data(as_text=True)
    live[3].removed = True
    db.session.commit()
    now = client.get(f"{BASE}/questions/4").get_data(as_text=True)
    assert fifth in now and fourth not in now
    assert client.get(f"{BASE}/questions/{len(live)}").status_code == 404


def test_a_carer_is_stopped_on_a_shared_question_once_permission_ends(app, client):
    from datetime import date, timedelta

    from app.models import Permission
    from tests.functional.test_carers import make_permission, use_code

    person = app.test_client()
    share, _, _ = make_permission(person)
    use_code(client, share)
    assert client.get(f"{BASE}/questions/3").status_code == 200  # now shared
    assert client.get(f"{BASE}/questions/3").status_code == 200
    permission = db.session.scalar(select(Permission))
    permission.expires_on = date.today() - timedelta(days=1)
    db.session.commit()
    refused = client.get(f"{BASE}/questions/3")
    assert refused.status_code == 403
    assert "The permission from Alex has ended." in refused.get_data(as_text=True)


def test_the_answer_just_given_is_never_hidden_by_a_shared_page(app, client):
    _start(client)
    client.get(f"{BASE}/questions/4")  # shared, not answered
    assert post_form(client, f"{BASE}/questions/4", {"answer": "no", "action": "next"}
                     ).status_code == 302
    page = client.get(f"{BASE}/questions/4").get_data(as_text=True)
    assert page.count("checked") == 1 and 'value="no" checked' in page
