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
