"""The participant journey through the test client: every page passes the gate on the way."""
import re
from datetime import date

from sqlalchemy import func, select

from app.models import AboutYou, Answer, Consultation, Response
from tests.helpers import csrf_token, post_form

SLUG = "day-centres"
BASE = f"/consultations/{SLUG}"


def start(client, answering="self", helper_role=""):
    return post_form(client, f"{BASE}/start", {"answering": answering, "helper_role": helper_role})


def answer_all(client):
    """Answer each demo question with something valid, as a person would."""
    answers = {1: {"answer": "happy"}, 2: {"answer": "park-road"},
               3: {"answer": ["friends", "art"]}, 4: {"answer": "yes"}, 5: {"answer": "no"},
               6: {"answer": "The staff are kind."}}
    for number, data in answers.items():
        result = post_form(client, f"{BASE}/questions/{number}", {**data, "action": "next"})
        assert result.status_code == 302, (number, result.get_data(as_text=True)[:500])
    return answers


def code_on(html: str) -> str:
    match = re.search(r'class="code"[^>]*>(?:<span[^>]*>)?([A-Z2-9]{4}-[A-Z2-9]{4})<', html)
    assert match, "no code on the page"
    return match.group(1)


def test_home_lists_open_consultations_with_days_left(client):
    html = client.get("/").get_data(as_text=True)
    assert "Changes to day centres" in html
    assert "A new home care service" in html
    assert re.search(r"\d+ days left to answer", html)
    assert "Short breaks for carers" in html  # closed, results published
    assert "You can read what we did." in html


def test_consultation_page_explains_why_who_and_when(client):
    html = client.get(BASE).get_data(as_text=True)
    for heading in ("Why we ask", "Who can answer", "Who decides, and when", "When you can answer"):
        assert heading in html
    assert "There are 6 questions." in html


def test_full_journey_start_to_confirmation(client, db):
    assert start(client).headers["Location"].endswith(f"{BASE}/questions/1")
    page = client.get(f"{BASE}/questions/2").get_data(as_text=True)
    assert "Question 2 of 6" in page
    assert "Skip this question" in page
    answer_all(client)
    check = client.get(f"{BASE}/check").get_data(as_text=True)
    assert "Park Road" in check and "See my friends" in check and "The staff are kind." in check
    sent = client.post(f"{BASE}/check", data={"csrf_token": csrf_token(check)})
    assert sent.headers["Location"].endswith(f"{BASE}/sent")
    confirmation = client.get(f"{BASE}/sent").get_data(as_text=True)
    code = code_on(confirmation)
    assert "999" in confirmation
    response = db.session.scalar(select(Response))
    assert response.status == "sent"
    assert len(response.answers) == 6
    assert code not in str(response.code_hash)


def test_double_send_stores_one_response(client, db):
    start(client)
    answer_all(client)
    token = csrf_token(client.get(f"{BASE}/check").get_data(as_text=True))
    for _ in range(3):
        assert client.post(f"{BASE}/check", data={"csrf_token": token}).status_code == 302
    assert db.session.scalar(select(func.count(Response.id))) == 1
    assert db.session.scalar(select(func.count(Answer.id))) == 6


def test_resubmitting_a_question_keeps_one_answer(client, db):
    start(client)
    for choice in ("happy", "ok", "ok"):
        post_form(client, f"{BASE}/questions/1", {"answer": choice, "action": "next"})
    answers = db.session.scalars(select(Answer)).all()
    assert [a.choices for a in answers] == [["ok"]]


def test_required_question_cannot_be_skipped(client, db):
    start(client)
    page = client.get(f"{BASE}/questions/1").get_data(as_text=True)
    assert "Skip this question" not in page
    result = post_form(client, f"{BASE}/questions/1", {"action": "skip"})
    assert result.status_code == 400
    assert "This question needs an answer" in result.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Answer.id))) == 0


def test_optional_question_can_be_skipped(client, db):
    start(client)
    result = post_form(client, f"{BASE}/questions/2", {"action": "skip"})
    assert result.headers["Location"].endswith(f"{BASE}/questions/3")
    assert db.session.scalar(select(Answer)).skipped is True


def test_tampered_option_is_refused_and_nothing_stored(client, db):
    start(client)
    result = post_form(client, f"{BASE}/questions/2", {"answer": "not-an-option"})
    html = result.get_data(as_text=True)
    assert result.status_code == 400
    assert "That answer is not on the list" in html
    assert "Error:" in html.split("</title>")[0]
    assert db.session.scalar(select(func.count(Answer.id))) == 0


def test_too_long_free_text_is_refused(client, db):
    start(client)
    result = post_form(client, f"{BASE}/questions/6", {"answer": "x" * 5001})
    assert result.status_code == 400
    assert "Your answer is too long" in result.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Answer.id))) == 0


def test_missing_required_answer_blocks_sending(client, db):
    start(client)
    post_form(client, f"{BASE}/questions/2", {"answer": "riverside"})
    result = post_form(client, f"{BASE}/check", {})
    assert result.status_code == 400
    assert "Question 1 needs an answer." in result.get_data(as_text=True)
    assert db.session.scalar(select(Response)).status == "draft"


def test_save_and_come_back_later_resumes_at_next_question(app, client):
    start(client)
    post_form(client, f"{BASE}/questions/1", {"answer": "ok", "action": "next"})
    saved = post_form(client, f"{BASE}/questions/2", {"answer": "mill-lane", "action": "save"})
    assert saved.headers["Location"].endswith(f"{BASE}/saved")
    code = code_on(client.get(f"{BASE}/saved").get_data(as_text=True))
    other = app.test_client()  # a new browser, as if on another day
    back = post_form(other, "/return", {"code": code.lower().replace("-", " ")})
    assert back.headers["Location"].endswith(f"{BASE}/your-answers")
    mine = other.get(f"{BASE}/your-answers").get_data(as_text=True)
    assert "Mill Lane" in mine
    assert f"{BASE}/questions/3" in mine  # carry on at the next unanswered question
    assert f"{BASE}/questions/3" in other.get(BASE).get_data(as_text=True)


def test_change_an_answer_after_sending(app, client, db):
    start(client)
    answer_all(client)
    post_form(client, f"{BASE}/check", {})
    code = code_on(client.get(f"{BASE}/sent").get_data(as_text=True))
    other = app.test_client()
    post_form(other, "/return", {"code": code})
    changed = post_form(other, f"{BASE}/questions/2?change=1",
                        {"answer": "riverside", "change": "1"})
    assert changed.headers["Location"].endswith(f"{BASE}/check")
    # Issue 16: until "Send my changes", staff see what was sent; the person sees the change.
    answer = db.session.scalar(select(Answer).where(Answer.question_id == 2))
    assert answer.choices != ["riverside"]
    check = other.get(f"{BASE}/check").get_data(as_text=True)
    assert "We do not have your changes yet." in check and "Send my changes" in check
    assert "We do not have your changes yet." in other.get(f"{BASE}/your-answers").get_data(
        as_text=True)
    post_form(other, f"{BASE}/check", {})
    db.session.expire_all()
    assert db.session.scalar(select(func.count(Response.id))) == 1
    answer = db.session.scalar(select(Answer).where(Answer.question_id == 2))
    assert answer.choices == ["riverside"]


def test_withdraw_deletes_answers(app, client, db):
    start(client)
    answer_all(client)
    post_form(client, f"{BASE}/check", {})
    code = code_on(client.get(f"{BASE}/sent").get_data(as_text=True))
    result = post_form(client, f"{BASE}/withdraw", {})
    assert "Your answers are deleted" in result.get_data(as_text=True)
    assert db.session.scalar(select(Response)).status == "withdrawn"
    assert db.session.scalar(select(func.count(Answer.id))) == 0
    again = post_form(app.test_client(), "/return", {"code": code})
    assert again.status_code == 400


def test_wrong_code_gets_the_same_clear_message(client):
    for typed in ("", "KDFM-7XRP", "not a code at all", "0000-0000", "x" * 30):
        result = post_form(client, "/return", {"code": typed})
        assert result.status_code == 400
        html = result.get_data(as_text=True)
        assert "We cannot find that code" in html or "This is too long" in html


def test_closed_and_upcoming_consultations_cannot_be_answered(client, db):
    closed = client.get("/consultations/short-breaks/start")
    assert closed.status_code == 409
    assert "It has finished" in closed.get_data(as_text=True)
    from datetime import date, timedelta

    item = db.session.scalar(select(Consultation).where(Consultation.slug == "home-care"))
    item.opens_on = date.today() + timedelta(days=3)
    db.session.commit()
    upcoming = client.get("/consultations/home-care/questions/1")
    assert upcoming.status_code == 409
    assert "It opens on" in upcoming.get_data(as_text=True)


def test_closed_consultation_shows_you_said_we_did(client):
    html = client.get("/consultations/short-breaks").get_data(as_text=True)
    assert "You said, we did" in html
    assert "We added weekend breaks." in html
    assert "In progress" in html


def _sent(client):
    start(client)
    answer_all(client)
    page = client.get(f"{BASE}/check").get_data(as_text=True)
    client.post(f"{BASE}/check", data={"csrf_token": csrf_token(page)})


ABOUT = {"age_band": "prefer-not", "disability": "yes", "carer": "no",
         "ethnicity": "prefer-not", "language": "english"}


def test_about_you_is_stored_apart_with_prefer_not_to_say(client, db):
    _sent(client)
    result = post_form(client, f"{BASE}/about-you", ABOUT)
    assert result.status_code == 200
    row = db.session.scalar(select(AboutYou))
    assert row.age_band == "prefer-not" and row.disability == "yes"
    assert not hasattr(row, "response_id")


def test_about_you_keeps_the_day_only_and_ids_do_not_follow_the_order(app, client, db):
    """Issue 16: nothing in a row can be matched to the response it came after."""
    ids = []
    for _ in range(6):
        person = app.test_client()
        _sent(person)
        post_form(person, f"{BASE}/about-you", ABOUT)
    rows = list(db.session.scalars(select(AboutYou)))
    assert len(rows) == 6
    assert all(not hasattr(row, "created_at") and row.created_on == date.today() for row in rows)
    ids = [row.id for row in sorted(rows, key=lambda row: row.id)]
    assert ids != list(range(ids[0], ids[0] + 6))  # not one after another


def test_about_you_only_after_sending_and_only_once(client, db):
    start(client)
    answer_all(client)
    token = csrf_token(client.get(f"{BASE}/check").get_data(as_text=True))
    assert client.get(f"{BASE}/about-you").status_code == 302
    early = client.post(f"{BASE}/about-you", data={"csrf_token": token, **ABOUT})
    assert early.status_code == 302 and count_about(db) == 0
    client.post(f"{BASE}/check", data={"csrf_token": token})
    assert post_form(client, f"{BASE}/about-you", ABOUT).status_code == 200
    again = client.post(f"{BASE}/about-you", data={"csrf_token": token, **ABOUT})
    assert again.status_code == 200 and count_about(db) == 1
    assert 'name="age_band"' not in client.get(f"{BASE}/about-you").get_data(as_text=True)


def count_about(db):
    return db.session.scalar(select(func.count(AboutYou.id)))


def test_about_you_needs_an_answer_or_prefer_not(client, db):
    _sent(client)
    result = post_form(client, f"{BASE}/about-you", {"age_band": "ancient"})
    assert result.status_code == 400
    assert "I prefer not to say" in result.get_data(as_text=True)
    assert db.session.scalar(select(func.count(AboutYou.id))) == 0


def test_questions_need_a_started_response(client):
    assert client.get(f"{BASE}/questions/1").headers["Location"].endswith(f"{BASE}/start")


def test_unknown_pages_get_a_friendly_404(client):
    for url in ("/nothing-here", "/consultations/no-such-thing", f"{BASE}/questions/99"):
        result = client.get(url)
        if url.endswith("/99"):
            start(client)
            result = client.get(url)
        assert result.status_code == 404
        assert "We cannot find this page" in result.get_data(as_text=True)


def test_post_without_csrf_token_is_refused(client, db):
    result = client.post(f"{BASE}/start", data={"answering": "self"})
    assert result.status_code == 400
    assert "Please try again" in result.get_data(as_text=True)
    assert db.session.scalar(select(func.count(Response.id))) == 0


def test_healthz(client):
    assert client.get("/healthz").get_json() == {"status": "ok"}


def test_download_my_answers(client):
    start(client)
    answer_all(client)
    result = client.get(f"{BASE}/your-answers/download")
    assert result.mimetype == "text/plain"
    assert "The staff are kind." in result.get_data(as_text=True)


def test_sending_changes_later_notes_the_new_time(client, db):
    start(client)
    answer_all(client)
    post_form(client, f"{BASE}/check", {})
    first = db.session.scalar(select(Response.sent_at))
    db.session.execute(Response.__table__.update().values(sent_at=first.replace(year=2000)))
    db.session.commit()
    post_form(client, f"{BASE}/check", {})
    db.session.expire_all()
    assert db.session.scalar(select(Response.sent_at)).year != 2000
    assert db.session.scalar(select(func.count(Response.id))) == 1


def test_unsent_changes_after_sending_stay_out_of_staff_sight(app, client, db):
    """Issue 16: a change after sending is the person's draft; staff results, exports and
    the screen see the sent answers until "Send my changes"."""
    from app.participate import services

    start(client)
    answer_all(client)
    post_form(client, f"{BASE}/check", {})
    response = db.session.scalar(select(Response))
    text_q = next(q for q in services.live_questions(response.consultation) if q.kind == "text")
    number = services.live_questions(response.consultation).index(text_q) + 1
    post_form(client, f"{BASE}/questions/{number}?change=1",
              {"answer": "He hits me.", "change": "1"})
    db.session.expire_all()
    response = db.session.get(Response, response.id)
    stored = {a.question_id: a.text for a in response.answers}
    assert stored.get(text_q.id, "") != "He hits me." and response.flagged is False
    # The person sees their change (it is theirs), and can take it further.
    check = client.get(f"{BASE}/check").get_data(as_text=True)
    assert "We do not have your changes yet." in check
    assert "We keep this answer private" in check  # worrying words: hidden, even here
    post_form(client, f"{BASE}/check", {})
    db.session.expire_all()
    response = db.session.get(Response, response.id)
    assert {a.question_id: a.text for a in response.answers}[text_q.id] == "He hits me."
    assert response.flagged is True and response.pending == {}
