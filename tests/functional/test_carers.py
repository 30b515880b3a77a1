"""Answering for someone else, only with that person's permission (issue 5).

Every page goes through the page gate on the way (the client fixture)."""
import re
import time
from datetime import date, timedelta

import pytest
from sqlalchemy import func, select

from app.carers import services as carers
from app.models import (
    Answer, AuditEvent, Consultation, Permission, ProxyDetails, Response, StaffUser,
)
from app.models._types import utcnow
from tests.helpers import csrf_token, post_form

SLUG = "day-centres"
BASE = f"/consultations/{SLUG}"
OTHER = "home-care"
CARER = {"carer_name": "Sam Jones", "carer_contact": "07700 900123",
         "relationship": "Brother", "person_name": "Alex"}


def count(db, model):
    return db.session.scalar(select(func.count(model.id)))


def give_details(client, slug=SLUG, **changes):
    return post_form(client, f"/consultations/{slug}/for-someone", {**CARER, **changes})


def choose_basis(client, basis, slug=SLUG):
    return post_form(client, f"/consultations/{slug}/for-someone/how", {"basis": basis})


def person_says_yes(client, slug=SLUG):
    give_details(client, slug)
    choose_basis(client, "present", slug)
    return post_form(client, f"/consultations/{slug}/for-someone/ask", {"agree": "yes"})


def make_permission(client, consultation="all", months="6", person="Alex", carer="Sam"):
    made = post_form(client, "/permission", {"person_name": person, "carer_name": carer,
                                             "consultation": consultation, "months": months})
    assert made.status_code == 302, made.get_data(as_text=True)[:800]
    page = client.get(made.headers["Location"]).get_data(as_text=True)
    share, private = re.findall(r'class="code"[^>]*><span aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<', page)
    return share, private, page


def use_code(client, code, slug=SLUG):
    give_details(client, slug)
    choose_basis(client, "permission", slug)
    return post_form(client, f"/consultations/{slug}/for-someone/code", {"code": code})


def answer_first(client, source="told", slug=SLUG, text="happy"):
    return post_form(client, f"/consultations/{slug}/questions/1",
                     {"answer": text, "source": source, "action": "next"})


def send(client, slug=SLUG):
    return post_form(client, f"/consultations/{slug}/check", {})


def consultation_id(db, slug):
    return db.session.scalar(select(Consultation.id).where(Consultation.slug == slug))


# --- who is answering -----------------------------------------------------------------

def test_choosing_someone_else_goes_to_the_carer_details(client):
    result = post_form(client, f"{BASE}/start", {"answering": "proxy"})
    assert result.headers["Location"].endswith(f"{BASE}/for-someone")
    page = client.get(f"{BASE}/for-someone").get_data(as_text=True)
    assert "Your name" in page and "The person’s name" in page


def test_carer_details_are_needed_and_contact_is_optional(client, db):
    result = give_details(client, carer_name=" ", relationship="", person_name="")
    html = result.get_data(as_text=True)
    assert result.status_code == 400
    assert "Please write your name." in html
    assert "Please write their first name. Or just the first letter." in html
    assert "Error:" in html.split("</title>")[0]
    ok = give_details(client, carer_contact="")
    assert ok.headers["Location"].endswith(f"{BASE}/for-someone/how")
    assert count(db, Response) == 0  # details wait in the session until a basis is complete


# --- rule: no answers without one of the four bases completed -------------------------

def test_cannot_answer_or_send_without_a_completed_basis(client, db):
    give_details(client)
    choose_basis(client, "permission")
    token = csrf_token(client.get(f"{BASE}/for-someone/code").get_data(as_text=True))
    # No basis finished yet: the journey pages have no response to write to.
    result = client.post(f"{BASE}/questions/1", data={"csrf_token": token, "answer": "happy",
                                                     "source": "told"})
    assert result.headers["Location"].endswith(f"{BASE}/start")
    sent = client.post(f"{BASE}/check", data={"csrf_token": token})
    assert sent.headers["Location"].endswith(f"{BASE}/start")
    assert count(db, Response) == 0 and count(db, Answer) == 0


def test_a_proxy_response_without_a_basis_is_refused(app, client, db):
    """Even a response marked 'proxy' with no completed basis cannot take or send answers."""
    with app.test_request_context():
        c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
        response = Response(consultation=c, code_hash="x" * 64, answering="proxy")
        db.session.add(response)
        db.session.flush()
        db.session.add(ProxyDetails(response_id=response.id, carer_name="Sam",
                                    relationship_to_person="Brother", person_name="A",
                                    basis="best_interests"))  # basis chosen, nothing recorded
        db.session.commit()
        ids = (c.id, response.id)
    with client.session_transaction() as session:
        session["responses"] = {str(ids[0]): [ids[1], "ABCD-EFGH"]}
        session["journey_seen"] = int(time.time())  # a browser in use, not left idle
    shown = client.get(f"{BASE}/questions/1")
    assert shown.status_code == 403
    assert "You need to tell us how the person agreed first." in shown.get_data(as_text=True)
    token = csrf_token(client.get("/permission").get_data(as_text=True))
    refused = client.post(f"{BASE}/questions/1",
                          data={"csrf_token": token, "answer": "happy", "source": "told"})
    assert refused.status_code == 403
    sent = client.post(f"{BASE}/check", data={"csrf_token": token})
    assert sent.status_code == 403
    assert count(db, Answer) == 0
    assert db.session.get(Response, ids[1]).status == "draft"


def test_basis_must_be_chosen(client, db):
    give_details(client)
    result = choose_basis(client, "")
    assert result.status_code == 400
    assert "Please choose how the person agreed." in result.get_data(as_text=True)
    tampered = choose_basis(client, "because-i-said-so")
    assert tampered.status_code == 400
    assert count(db, Response) == 0


def test_basis_pages_need_the_carer_details_first(client, db):
    for page in ("how", "ask", "code", "legal", "best-interests"):
        result = client.get(f"{BASE}/for-someone/{page}")
        assert result.headers["Location"].endswith(f"{BASE}/for-someone"), page
    assert count(db, Response) == 0


# --- basis: the person is here now ------------------------------------------------------

def test_person_present_sees_easy_read_question_with_yes_and_no(client):
    give_details(client, carer_name="Sam <b>Jones</b>")
    choose_basis(client, "present")
    html = client.get(f"{BASE}/for-someone/ask").get_data(as_text=True)
    assert "wants to answer these questions for you. Is that OK?" in html
    assert "Sam &lt;b&gt;Jones&lt;/b&gt;" in html and "<b>Jones" not in html
    assert 'value="yes"' in html and 'value="no"' in html
    assert "You can say no. That is OK." in html


def test_person_says_yes_and_the_carer_answers_with_sources(client, db):
    result = person_says_yes(client)
    assert result.headers["Location"].endswith(f"{BASE}/questions/1")
    page = client.get(f"{BASE}/questions/1").get_data(as_text=True)
    assert "This is what they told me" in page and "This is what I think they would say" in page
    missing_source = post_form(client, f"{BASE}/questions/1", {"answer": "happy"})
    assert missing_source.status_code == 400
    assert answer_first(client, source="think").status_code == 302
    response = db.session.scalar(select(Response))
    assert response.answering == "proxy"
    assert response.proxy.basis == "present" and response.proxy.agreed_at is not None
    assert response.proxy.carer_name == "Sam Jones"
    assert response.proxy.relationship_to_person == "Brother"
    assert response.proxy.person_name == "Alex"
    assert response.answers[0].source == "think"
    check = client.get(f"{BASE}/check").get_data(as_text=True)
    assert "Answering for Alex" in check
    assert send(client).headers["Location"].endswith(f"{BASE}/sent")
    db.session.expire_all()
    assert db.session.get(Response, response.id).status == "sent"


def test_person_says_no_stores_nothing_and_forgets_the_details(client, db):
    give_details(client)
    choose_basis(client, "present")
    result = post_form(client, f"{BASE}/for-someone/ask", {"agree": "no"})
    html = result.get_data(as_text=True)
    assert result.status_code == 200
    assert "That is OK" in html and "We have not kept anything." in html
    assert count(db, Response) == 0 and count(db, ProxyDetails) == 0
    with client.session_transaction() as session:
        assert "carer" not in session
    # Nothing held any more: the Yes page cannot be reached without new details.
    assert client.get(f"{BASE}/for-someone/ask").headers["Location"].endswith(
        f"{BASE}/for-someone")


def test_double_yes_creates_one_response(client, db):
    give_details(client)
    choose_basis(client, "present")
    token = csrf_token(client.get(f"{BASE}/for-someone/ask").get_data(as_text=True))
    for _ in range(3):
        result = client.post(f"{BASE}/for-someone/ask",
                             data={"csrf_token": token, "agree": "yes"})
        assert result.headers["Location"].endswith(f"{BASE}/questions/1")
    assert count(db, Response) == 1 and count(db, ProxyDetails) == 1


# --- basis: lasting power of attorney or deputy ------------------------------------------

def test_lpa_needs_a_reference_and_is_marked_for_staff_to_check(client, db):
    give_details(client)
    choose_basis(client, "legal")
    refused = post_form(client, f"{BASE}/for-someone/legal", {"kind": "lpa", "reference": ""})
    assert refused.status_code == 400
    assert "Please write the reference number." in refused.get_data(as_text=True)
    assert count(db, Response) == 0
    ok = post_form(client, f"{BASE}/for-someone/legal",
                   {"kind": "deputy", "reference": "COP 1234567"})
    assert ok.headers["Location"].endswith(f"{BASE}/questions/1")
    proxy = db.session.scalar(select(ProxyDetails))
    assert proxy.basis == "deputy" and proxy.legal_reference == "COP 1234567"
    assert proxy.needs_checking is True


# --- basis: best interests ----------------------------------------------------------------

def test_best_interests_needs_all_three_parts_and_is_marked_for_review(client, db):
    give_details(client)
    choose_basis(client, "best_interests")
    url = f"{BASE}/for-someone/best-interests"
    refused = post_form(client, url, {"steps_taken": "Used pictures", "why_cannot_decide": "",
                                      "wishes": ""})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 400
    assert "Please say why you think they cannot decide." in html
    assert "Please say what you know about their wishes and feelings." in html
    assert count(db, Response) == 0
    ok = post_form(client, url, {"steps_taken": "Used pictures, asked twice.",
                                 "why_cannot_decide": "Cannot weigh up choices.",
                                 "wishes": "Loves the art group."})
    assert ok.headers["Location"].endswith(f"{BASE}/questions/1")
    proxy = db.session.scalar(select(ProxyDetails))
    assert proxy.basis == "best_interests"
    assert proxy.wishes == "Loves the art group." and proxy.needs_checking
    assert carers.needs_checking() == []  # only sent responses are queued for staff
    answer_first(client)
    send(client)
    assert [r.id for r in carers.needs_checking()] == [proxy.response_id]


# --- the carer's own views ---------------------------------------------------------------

def test_carer_views_are_kept_apart_from_the_answers(client, db):
    person_says_yes(client)
    answer_first(client)
    check = client.get(f"{BASE}/check").get_data(as_text=True)
    assert f"{BASE}/for-someone/your-views" in check
    result = post_form(client, f"{BASE}/for-someone/your-views",
                       {"carer_views": "Transport is the hard part for us."})
    assert result.headers["Location"].endswith(f"{BASE}/check")
    proxy = db.session.scalar(select(ProxyDetails))
    assert proxy.carer_views == "Transport is the hard part for us."
    assert all("Transport" not in a.text for a in db.session.scalars(select(Answer)))
    assert "Transport is the hard part for us." in client.get(f"{BASE}/check").get_data(
        as_text=True)


def test_own_views_page_is_only_for_carers(client):
    post_form(client, f"{BASE}/start", {"answering": "self"})
    assert client.get(f"{BASE}/for-someone/your-views").headers["Location"].endswith(
        f"{BASE}/start")


# --- permission codes, made by the person ------------------------------------------------

def test_permission_page_makes_two_codes_shown_once_stored_as_hashes(client, db):
    page = client.get("/permission").get_data(as_text=True)
    assert "Let someone answer for me" in page
    assert "Changes to day centres" in page and "Short breaks for carers" not in page  # closed
    # Issue 14 changed this page on purpose: it used to tick 6 months. Nothing is ticked now,
    # and the narrowest, shortest choice comes first (text browsers tick the first one).
    radios = re.findall(r'<input type="radio"[^>]*>', page)
    assert radios and not any(" checked" in radio for radio in radios)
    months = re.findall(r'name="months" value="(\d+)"', page)
    assert months[0] == "1"
    consultations = re.findall(r'name="consultation" value="([^"]+)"', page)
    assert consultations[0] != "all" and consultations[-1] == "all"
    share, private, shown = make_permission(client)
    assert share != private
    assert "Code 1: give this code to Sam" in shown
    assert "Code 2: your private code. Keep it safe." in shown
    permission = db.session.scalar(select(Permission))
    assert permission.share_code_hash != permission.private_code_hash
    stored = " ".join(str(v) for v in vars(permission).values())
    assert share.replace("-", "") not in stored and private.replace("-", "") not in stored
    assert permission.expires_on == carers.add_months(date.today(), 6)
    assert permission.consultation_id is None
    # Shown once: the codes are not kept, so the page cannot show them again.
    again = client.get("/permission/your-codes")
    assert again.status_code == 302 and share not in again.get_data(as_text=True)


def test_permission_form_needs_names_and_a_choice(client, db):
    result = post_form(client, "/permission", {"person_name": "", "carer_name": "",
                                               "consultation": "999", "months": "60"})
    html = result.get_data(as_text=True)
    assert result.status_code == 400
    assert "Please write your name." in html
    assert "Please choose which questions they can answer." in html
    assert "Please choose how long for." in html
    assert count(db, Permission) == 0


def test_carer_answers_with_a_permission_code(app, client, db):
    person = app.test_client()
    share, _, _ = make_permission(person, consultation=str(consultation_id(db, SLUG)))
    result = use_code(client, share.lower().replace("-", " "))
    assert result.headers["Location"].endswith(f"{BASE}/questions/1")
    proxy = db.session.scalar(select(ProxyDetails))
    assert proxy.basis == "permission" and proxy.permission_id is not None
    assert proxy.agreed_at is not None
    answer_first(client)
    assert send(client).headers["Location"].endswith(f"{BASE}/sent")


@pytest.mark.parametrize("problem, message", [
    ("expired", "This code has ended. Ask Alex to make a new code."),
    ("withdrawn", "Alex has stopped this permission. You cannot use this code."),
    ("wrong-consultation", "This code is for different questions."),
    ("mistyped", "We cannot find that code. Please check it and try again."),
    ("not-ours", "We cannot find that code. Please check it and try again."),
    # A real code with a wrong name gets the wrong code's answer (issue 18): no probing.
    ("wrong-person", "We cannot find that code. Please check it and try again."),
])
def test_unusable_permission_codes_are_refused_with_a_clear_message(
        app, client, db, problem, message):
    person = app.test_client()
    for_slug = OTHER if problem == "wrong-consultation" else SLUG
    share, _, _ = make_permission(person, consultation=str(consultation_id(db, for_slug)),
                                  person="Jamie" if problem == "wrong-person" else "Alex")
    permission = db.session.scalar(select(Permission))
    if problem == "expired":
        permission.expires_on = date.today() - timedelta(days=1)
    if problem == "withdrawn":
        permission.withdrawn_at = utcnow()
    db.session.commit()
    typed = {"mistyped": share[:-1] + ("A" if share[-1] != "A" else "B"),
             "not-ours": "hello"}.get(problem, share)
    result = use_code(client, typed)
    html = result.get_data(as_text=True)
    assert result.status_code == 400
    assert message in html
    assert "Error:" in html.split("</title>")[0]
    assert count(db, Response) == 0 and count(db, ProxyDetails) == 0


def test_repeated_wrong_permission_codes_are_rate_limited(app, client, db):
    app.config["CODE_LOOKUP_LIMIT"] = "3 per minute"
    give_details(client)
    choose_basis(client, "permission")
    token = csrf_token(client.get(f"{BASE}/for-someone/code").get_data(as_text=True))
    statuses = [client.post(f"{BASE}/for-someone/code",
                            data={"csrf_token": token, "code": f"AAAA-AAA{n}"}).status_code
                for n in range(2, 7)]
    assert statuses[:3] == [400, 400, 400]
    assert statuses[3:] == [429, 429]
    assert "You tried many times." in client.post(
        f"{BASE}/for-someone/code", data={"csrf_token": token, "code": "x"}).get_data(
        as_text=True)


def test_repeated_wrong_private_codes_are_rate_limited(app, client):
    app.config["CODE_LOOKUP_LIMIT"] = "2 per minute"
    token = csrf_token(client.get("/permission/manage").get_data(as_text=True))
    statuses = [client.post("/permission/manage",
                            data={"csrf_token": token, "code": "BBBB-BBBB"}).status_code
                for _ in range(4)]
    assert statuses == [400, 400, 429, 429]


# --- rule: a permission code never reveals the person's answers ---------------------------

def test_share_code_never_reveals_the_answers_only_the_private_code_does(app, client, db):
    person = app.test_client()
    share, private, _ = make_permission(person)
    use_code(client, share)
    answer_first(client, text="happy")
    post_form(client, f"{BASE}/questions/6",
              {"answer": "Alex likes the minibus driver.", "source": "told"})
    send(client)
    stranger = app.test_client()
    # The share code opens nothing: not the private page, not the return page...
    refused = post_form(stranger, "/permission/manage", {"code": share})
    assert refused.status_code == 400
    assert "minibus" not in refused.get_data(as_text=True)
    returned = post_form(stranger, "/return", {"code": share})
    assert returned.status_code == 400
    # ...and using it again for the same questions does not show the answers given.
    again = use_code(stranger, share)
    assert again.status_code == 400
    assert "Someone already answered these questions with this code." in again.get_data(
        as_text=True)
    assert "minibus" not in again.get_data(as_text=True)
    assert stranger.get(f"{BASE}/your-answers").status_code == 302
    assert count(db, Response) == 1  # and the person is not counted twice
    # The private code shows them.
    opened = post_form(person, "/permission/manage", {"code": private})
    assert opened.headers["Location"].endswith("/permission/yours")
    mine = person.get("/permission/yours").get_data(as_text=True)
    assert "Alex likes the minibus driver." in mine
    assert "Sam sent these answers." in mine


def test_share_code_for_all_consultations_works_for_each(app, client, db):
    person = app.test_client()
    share, _, _ = make_permission(person, consultation="all")
    assert use_code(client, share, SLUG).status_code == 302
    assert use_code(client, share, OTHER).status_code == 302
    assert count(db, Response) == 2


# --- withdrawing permission ---------------------------------------------------------------

def test_withdrawal_takes_effect_for_the_next_request(app, client, db):
    person = app.test_client()
    share, private, _ = make_permission(person)
    use_code(client, share)
    assert answer_first(client).status_code == 302
    token = csrf_token(client.get(f"{BASE}/questions/2").get_data(as_text=True))
    post_form(person, "/permission/manage", {"code": private})
    post_form(person, "/permission/yours", {"action": "stop"})
    # The carer's very next question, with a form loaded before the withdrawal, is refused.
    refused = client.post(f"{BASE}/questions/2",
                          data={"csrf_token": token, "answer": "riverside", "source": "told"})
    html = refused.get_data(as_text=True)
    assert refused.status_code == 403
    assert "Alex has stopped the permission." in html
    assert count(db, Answer) == 1
    sent = client.post(f"{BASE}/check", data={"csrf_token": token})
    assert sent.status_code == 403
    assert db.session.scalar(select(Response)).status == "draft"
    assert client.get(f"{BASE}/your-answers").status_code == 403
    assert client.get(f"{BASE}/for-someone/your-views").status_code == 403


def test_expiry_also_stops_the_next_request(app, client, db):
    person = app.test_client()
    share, _, _ = make_permission(person)
    use_code(client, share)
    token = csrf_token(client.get(f"{BASE}/questions/1").get_data(as_text=True))
    permission = db.session.scalar(select(Permission))
    permission.expires_on = date.today() - timedelta(days=1)
    db.session.commit()
    refused = client.post(f"{BASE}/questions/1",
                          data={"csrf_token": token, "answer": "happy", "source": "told"})
    assert refused.status_code == 403
    assert "The permission from Alex has ended." in refused.get_data(as_text=True)
    assert count(db, Answer) == 0


def test_answers_stay_marked_after_withdrawal_until_the_person_removes_them(app, client, db):
    person = app.test_client()
    share, private, _ = make_permission(person)
    use_code(client, share)
    answer_first(client)
    send(client)
    post_form(person, "/permission/manage", {"code": private})
    post_form(person, "/permission/yours", {"action": "stop"})
    response = db.session.scalar(select(Response))
    assert response.status == "sent" and len(response.answers) == 1
    assert carers.given_under_withdrawn(response) is True
    assert carers.counted_responses(response.consultation) == [response]
    page = person.get("/permission/yours").get_data(as_text=True)
    assert "You stopped it on" in page
    assert "Given under a permission you later stopped." in page
    post_form(person, "/permission/yours", {"action": "remove"})
    db.session.expire_all()
    response = db.session.get(Response, response.id)
    assert response.status == "withdrawn"
    assert count(db, Answer) == 0
    assert carers.counted_responses(response.consultation) == []
    assert "Nothing yet." in person.get("/permission/yours").get_data(as_text=True)


def test_stop_and_remove_together(app, client, db):
    person = app.test_client()
    share, private, _ = make_permission(person)
    use_code(client, share)
    answer_first(client)
    send(client)
    post_form(person, "/permission/manage", {"code": private})
    post_form(person, "/permission/yours", {"action": "stop-remove"})
    db.session.expire_all()
    assert db.session.scalar(select(Permission)).withdrawn_at is not None
    assert db.session.scalar(select(Response)).status == "withdrawn"
    assert count(db, Answer) == 0


def test_private_pages_need_the_private_code(client):
    assert client.get("/permission/yours").headers["Location"].endswith("/permission/manage")
    wrong = post_form(client, "/permission/manage", {"code": "nonsense"})
    assert wrong.status_code == 400
    assert "We cannot find that code. Please check it and try again." in wrong.get_data(
        as_text=True)


# --- rule: results count a response answered for someone once ------------------------------

def test_results_count_a_carer_response_once_and_apart_from_the_persons_own(app, client, db):
    own = app.test_client()
    post_form(own, f"{BASE}/start", {"answering": "self"})
    post_form(own, f"{BASE}/questions/1", {"answer": "ok", "action": "next"})
    send(own)
    person_says_yes(client)
    answer_first(client)
    token = csrf_token(client.get(f"{BASE}/check").get_data(as_text=True))
    for _ in range(3):  # a double (triple) send still makes one response
        assert client.post(f"{BASE}/check", data={"csrf_token": token}).status_code == 302
    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    counted = carers.counted_responses(c)
    assert len(counted) == 2
    assert sorted(r.answering for r in counted) == ["proxy", "self"]
    assert count(db, Response) == 2 and count(db, ProxyDetails) == 1


# --- what staff can call --------------------------------------------------------------------

def test_staff_marking_a_permission_invalid_leaves_it_out_and_is_audited(client, db):
    give_details(client)
    choose_basis(client, "legal")
    post_form(client, f"{BASE}/for-someone/legal", {"kind": "lpa", "reference": "LPA-77"})
    answer_first(client)
    send(client)
    staff = StaffUser(email="checker@example.org", password_hash="x", role="staff")
    db.session.add(staff)
    db.session.commit()
    response = db.session.scalar(select(Response))
    carers.set_permission_check(response, "invalid", staff)
    assert response.excluded is True and response.proxy.check_status == "invalid"
    assert response.proxy.checked_by_id == staff.id and not response.proxy.needs_checking
    assert carers.counted_responses(response.consultation) == []
    event = db.session.scalar(select(AuditEvent))
    assert (event.action, event.target_id, event.staff_id) == (
        "permission-check", response.id, staff.id)
    carers.set_permission_check(response, "checked", staff)
    assert response.excluded is False
    assert count(db, AuditEvent) == 2
    with pytest.raises(ValueError):
        carers.set_permission_check(response, "fine", staff)


def test_labels_for_staff(app):
    with app.test_request_context():
        assert carers.basis_label("lpa") == "Lasting power of attorney for health and welfare"
        assert carers.basis_label("best_interests").startswith("Best interests")
        assert carers.check_label("invalid").startswith("Not valid")
        assert carers.source_label("think") == "This is what I think they would say"
        assert carers.state_label("withdrawn") == "Stopped"


# --- small rules ------------------------------------------------------------------------------

@pytest.mark.parametrize("given, expected, agree", [
    ("Alex", "alex", True), ("A", "Alex Smith", True), ("Alex Smith", "Alex", True),
    ("A.", "alex", True), ("Jamie", "Alex", False), ("B", "Alex", False), ("", "Alex", False),
])
def test_names_agree(given, expected, agree):
    assert carers.names_agree(given, expected) is agree


def test_add_months_keeps_to_real_days():
    assert carers.add_months(date(2025, 8, 31), 6) == date(2026, 2, 28)
    assert carers.add_months(date(2025, 1, 15), 12) == date(2026, 1, 15)


def test_the_persons_download_includes_the_carers_details_and_withdrawal_removes_them(
        client, db):
    """Issue 16: what a carer said for the person is the person's too: they can keep it,
    and when the answers are taken back, the carer's details and views go with them."""
    person_says_yes(client)
    answer_first(client)
    post_form(client, f"{BASE}/for-someone/your-views",
              {"carer_views": "Transport is the hard part for us."})
    send(client)
    download = client.get(f"{BASE}/your-answers/download").get_data(as_text=True)
    assert "Answering for Alex" in download and "Sam Jones" in download
    assert "Transport is the hard part for us." in download
    page = client.get(f"{BASE}/withdraw").get_data(as_text=True)
    client.post(f"{BASE}/withdraw", data={"csrf_token": csrf_token(page)})
    db.session.expire_all()
    assert db.session.scalar(select(Response)).status == "withdrawn"
    assert count(db, ProxyDetails) == 0 and count(db, Answer) == 0
