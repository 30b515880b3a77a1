"""Issue 19: "Was this helpful?" on information pages, and comments, complaints and
compliments with a reference code, a safeguarding screen, a staff reply and response times."""
from __future__ import annotations

import re
from datetime import timedelta

from sqlalchemy import func, select

from app.models import Feedback, HelpfulVote
from tests.factories import login, make_staff
from tests.helpers import csrf_token, post_form

CODE = re.compile(r'aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<')


def _vote(client, page_url, key, answer):
    token = csrf_token(client.get(page_url).get_data(as_text=True))
    return client.post("/helpful", data={"csrf_token": token, "page": key, "answer": answer})


def _count(db, model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_the_demo_has_votes_and_an_answered_compliment(client, db):
    from app.demo import DEMO_FEEDBACK_CODE

    assert _count(db, HelpfulVote) > 0 and _count(db, Feedback) == 2
    page = post_form(client, "/feedback/reply", {"code": DEMO_FEEDBACK_CODE}).get_data(as_text=True)
    assert "The staff are kind." in page and "We told the staff." in page


def _clear(db) -> None:
    """Start from no votes and no messages (the demo has some)."""
    db.session.query(HelpfulVote).delete()
    db.session.query(Feedback).delete()
    db.session.commit()


def test_information_pages_ask_was_this_helpful_and_staff_see_the_counts(client, db):
    _clear(db)
    for url, key in (("/consultations/day-centres", "consultation:day-centres"),
                     ("/glossary/respite", "glossary:respite"), ("/privacy", "page:privacy")):
        page = client.get(url).get_data(as_text=True)
        assert "Did this page help you?" in page and f'value="{key}"' in page
    yes = _vote(client, "/glossary/respite", "glossary:respite", "yes")
    assert yes.status_code == 302
    thanks = client.get(yes.headers["Location"]).get_data(as_text=True)
    assert "Thank you for telling us" in thanks and 'href="/glossary/respite"' in thanks
    assert "Tell us what you think" not in thanks.split("<footer")[0]
    no = _vote(client, "/glossary/respite", "glossary:respite", "no")
    sorry = client.get(no.headers["Location"]).get_data(as_text=True)
    assert 'href="/feedback"' in sorry.split("<footer")[0]
    _vote(client, "/privacy", "page:privacy", "yes")
    assert db.session.scalar(select(func.count()).select_from(HelpfulVote)) == 3

    make_staff("viewer@example.org", "viewer")
    login(client, "viewer@example.org")
    counts = client.get("/staff/involve/helpful").get_data(as_text=True)
    row = re.search(r"glossary:respite</th><td>(\d+)</td><td>(\d+)</td><td>(\d+)</td>", counts)
    assert row and row.groups() == ("1", "1", "2")
    assert re.search(r"page:privacy</th><td>1</td><td>0</td><td>1</td>", counts)


def test_a_vote_needs_the_token_a_known_page_and_yes_or_no(client, db):
    _clear(db)
    client.get("/privacy")
    assert client.post("/helpful", data={"page": "page:privacy", "answer": "yes"}).status_code == 400
    assert _vote(client, "/privacy", "page:elsewhere", "yes").status_code == 400
    assert _vote(client, "/privacy", "glossary:no-such-word", "yes").status_code == 400
    assert _vote(client, "/privacy", "page:privacy", "maybe").status_code == 400
    assert db.session.scalar(select(func.count()).select_from(HelpfulVote)) == 0


def _send_feedback(client, **fields):
    data = {"kind": "complaint", "service": "Oak Day Centre", "feeling": "unhappy",
            "text": "The bus was late 3 times."} | fields
    result = post_form(client, "/feedback", data)
    assert result.status_code == 302, result.get_data(as_text=True)
    page = client.get(result.headers["Location"]).get_data(as_text=True)
    return page, CODE.search(page).group(1)


def test_feedback_form_says_what_is_missing(client, db):
    _clear(db)
    page = client.get("/feedback").get_data(as_text=True)
    assert "Tell us what you think about a service" in page and "Very unhappy" in page
    bad = post_form(client, "/feedback", {"kind": "", "service": " ", "feeling": "", "text": ""})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400 and "There is a problem" in html
    for message in ("Please choose what you want to do.", "Please tell us the service.",
                    "Please choose how you feel.", "Please tell us more."):
        assert message in html
    assert db.session.scalar(select(func.count()).select_from(Feedback)) == 0


def test_a_complaint_gets_a_code_a_reply_in_the_persons_language_and_a_response_time(
        app, client, db):
    _clear(db)
    client.get("/?lang=pl")
    page, code = _send_feedback(client, text="Autobus spóźnia się.")
    assert 'lang="pl"' in page and "Get help now" not in page
    stored = db.session.scalar(select(Feedback))
    assert (stored.kind, stored.lang, stored.flagged) == ("complaint", "pl", False)
    assert code.replace("-", "") not in stored.code_hash  # only a hash is kept

    # Before a reply: the person sees their message and "not yet".
    client.get("/?lang=en")
    waiting = post_form(client, "/feedback/reply", {"code": code}).get_data(as_text=True)
    assert "Autobus spóźnia się." in waiting and "We have not answered yet." in waiting

    staff_client = app.test_client()
    make_staff("staff@example.org", "staff")
    login(staff_client, "staff@example.org")
    queue = staff_client.get("/staff/involve/feedback").get_data(as_text=True)
    assert "1 message is waiting for a reply." in queue and "Oak Day Centre" in queue
    detail = staff_client.get(f"/staff/involve/feedback/{stored.id}").get_data(as_text=True)
    assert "Write it in Polski if you can" in detail
    empty = post_form(staff_client, f"/staff/involve/feedback/{stored.id}", {"reply": "  "})
    assert empty.status_code == 400 and "Write the reply." in empty.get_data(as_text=True)
    stored.created_at -= timedelta(hours=26)  # sent yesterday
    db.session.commit()
    saved = post_form(staff_client, f"/staff/involve/feedback/{stored.id}",
                      {"reply": "Przepraszamy. Naprawimy to."})
    assert saved.status_code == 302
    db.session.refresh(stored)
    assert stored.replied_at is not None and stored.response_time >= timedelta(hours=26)
    queue = staff_client.get("/staff/involve/feedback").get_data(as_text=True)
    assert "0 messages are waiting for a reply." in queue
    assert "Average time to reply: 1 d 2 h." in queue

    answered = post_form(client, "/feedback/reply", {"code": code.lower()}).get_data(as_text=True)
    assert "Przepraszamy. Naprawimy to." in answered
    assert '<div class="panel answer" lang="pl"' in answered
    wrong = post_form(client, "/feedback/reply", {"code": "ZZZZ-ZZZZ"})
    assert wrong.status_code == 400 and "Przepraszamy" not in wrong.get_data(as_text=True)


def test_worrying_feedback_is_flagged_to_staff_and_offers_help(app, client, db):
    _clear(db)
    page, _code = _send_feedback(client, text="My carer hits me.")
    assert "Get help now" in page and "999" in page
    stored = db.session.scalar(select(Feedback))
    assert stored.flagged and "physical-abuse" in stored.categories
    _send_feedback(client, kind="compliment", feeling="very-happy", text="Staff are kind.")

    make_staff("viewer@example.org", "viewer")
    login(client, "viewer@example.org")
    queue = client.get("/staff/involve/feedback").get_data(as_text=True)
    assert queue.index(f"Message {stored.id}<") < queue.index(f"Message {stored.id + 1}<")
    assert "Physical abuse" in queue
    safeguarding = client.get("/staff/safeguarding").get_data(as_text=True)
    assert f'/staff/involve/feedback/{stored.id}"' in safeguarding
    # A viewer can read but not reply.
    detail = client.get(f"/staff/involve/feedback/{stored.id}").get_data(as_text=True)
    assert "Save reply" not in detail


def test_feedback_sent_page_needs_the_browser_that_sent_it(client, db):
    assert client.get("/feedback/sent").headers["Location"].endswith("/feedback")


# --- the get-involved register ------------------------------------------------------------

from app.models import Involvement  # noqa: E402

JOIN = {"name": "Sam", "topics": ["day", "travel"], "groups": ["planning"],
        "needs": ["easy-read", "bsl", "support-worker"], "best_time": "morning",
        "contact_how": "text", "contact_detail": "07700 900333", "language": "pl",
        "consent": "yes"}


def test_joining_needs_a_name_a_way_to_reach_you_and_a_yes(client, db):
    before = _count(db, Involvement)
    page = client.get("/get-involved").get_data(as_text=True)
    assert "Get involved" in page and "A hearing loop" in page and "Morning" in page
    bad = post_form(client, "/get-involved", {"topics": ["nonsense"]})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400
    for message in ("Please tell us your name.", "Please choose a time of day.",
                    "Please choose how we contact you.", "Please tell us how to reach you.",
                    "Please tick the box. Then we can contact you.", "Please choose one."):
        assert message in html
    assert _count(db, Involvement) == before


def test_a_person_joins_sees_changes_and_deletes_what_is_held_by_code(app, client, db):
    joined = post_form(client, "/get-involved", JOIN)
    assert joined.status_code == 302
    page = client.get(joined.headers["Location"]).get_data(as_text=True)
    code = CODE.search(page).group(1)
    assert "What we hold about you" in page and "07700 900333" in page
    assert "A British Sign Language (BSL) interpreter" in page and "Polski" in page
    stored = db.session.scalar(select(Involvement).where(Involvement.name == "Sam"))
    assert stored.needs == ["easy-read", "bsl", "support-worker"] and stored.consent

    # Another browser needs the code; a wrong code shows nothing.
    other = app.test_client()
    assert "07700 900333" not in other.get("/get-involved/yours").get_data(as_text=True)
    wrong = post_form(other, "/get-involved/yours", {"code": "ZZZZ-ZZZZ"})
    assert wrong.status_code == 400 and "07700 900333" not in wrong.get_data(as_text=True)
    opened = post_form(other, "/get-involved/yours", {"code": code})
    assert "07700 900333" in other.get(opened.headers["Location"]).get_data(as_text=True)

    change = other.get("/get-involved/change").get_data(as_text=True)
    assert 'value="07700 900333"' in change and 'value="bsl" checked' in change
    changed = post_form(other, "/get-involved/change", JOIN | {"needs": ["hearing-loop"],
                                                              "best_time": "evening"})
    assert changed.status_code == 302
    db.session.refresh(stored)
    assert stored.needs == ["hearing-loop"] and stored.best_time == "evening"

    token = csrf_token(other.get("/get-involved/yours").get_data(as_text=True))
    gone = other.post("/get-involved/delete", data={"csrf_token": token})
    assert "We deleted what we held about you" in gone.get_data(as_text=True)
    assert db.session.scalar(select(Involvement).where(Involvement.name == "Sam")) is None
    again = post_form(client, "/get-involved/yours", {"code": code})
    assert again.status_code == 400


def test_staff_find_people_to_invite_by_topic_and_need(client, db):
    post_form(client, "/get-involved", JOIN)
    make_staff("staff@example.org", "staff")
    login(client, "staff@example.org")
    everyone = client.get("/staff/involve/register").get_data(as_text=True)
    assert "Sam" in everyone and "Asha" in everyone  # Asha is in the demo
    bsl = client.get("/staff/involve/register?need=bsl&topic=travel").get_data(as_text=True)
    assert "Sam" in bsl and "Dev" in bsl and "Asha" not in bsl and "Gareth" not in bsl


def test_viewers_cannot_see_the_register(client, db):
    make_staff("viewer@example.org", "viewer")
    login(client, "viewer@example.org")
    assert client.get("/staff/involve/register").status_code == 403


def test_the_feelings_scale_shows_a_face_inside_each_choice(client):
    page = client.get("/feedback").get_data(as_text=True)
    labels = re.findall(r'<label[^>]*for="feeling-\d"[^>]*>(.*?)</label>', page, re.S)
    assert len(labels) == 5
    assert all('<svg class="face"' in label for label in labels)  # tap the face to choose
