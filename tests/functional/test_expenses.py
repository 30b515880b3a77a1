"""Issue 19: expenses and payment for time (reciprocity), and a carer who signs someone up
to the get-involved register with the person's permission."""
from __future__ import annotations

import csv
import io
import re
from datetime import date, timedelta

from sqlalchemy import func, select

from app.models import AuditEvent, ExpenseClaim, Involvement
from tests.factories import login, make_staff
from tests.helpers import csrf_token, post_form

DEMO_CODE = "J2YN-HERE"  # Asha, the first demo person on the register
DAY = (date.today() - timedelta(days=3)).strftime("%d/%m/%Y")
CLAIM = {"activity": "Planning group, 3 March", "group": "planning", "day": DAY,
         "bus": "4.50", "train": "", "taxi": "£12", "car_miles": "10", "support": "30",
         "hours": "2.5", "receipt": "yes"}


def _count(db, model=ExpenseClaim) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _open(client, code=DEMO_CODE):
    assert post_form(client, "/get-involved/yours", {"code": code}).status_code == 302


def _staff(client, role="staff"):
    make_staff(f"{role}@example.org", role)
    login(client, f"{role}@example.org")


def test_a_person_claims_and_sees_the_claim_waiting(client, db):
    assert client.get("/get-involved/expenses").headers["Location"].endswith("/get-involved/yours")
    _open(client)
    yours = client.get("/get-involved/yours").get_data(as_text=True)
    assert 'href="/get-involved/expenses"' in yours
    form = client.get("/get-involved/expenses/new").get_data(as_text=True)
    assert "Claim money back" in form and "£15.00" in form and "£0.45" in form
    sent = post_form(client, "/get-involved/expenses/new", CLAIM)
    assert sent.status_code == 302
    claim = db.session.scalar(select(ExpenseClaim).where(ExpenseClaim.activity == CLAIM["activity"]))
    # 4.50 bus + 12 taxi + 10 miles at 45p + 30 support + 2.5 hours at £15 = 88.50
    assert (claim.bus_pence, claim.taxi_pence, claim.mileage_pence, claim.support_pence,
            claim.minutes, claim.time_pence) == (450, 1200, 450, 3000, 150, 3750)
    assert claim.total_pence == 8850 and claim.receipt and claim.status == "waiting"
    assert claim.person.name == "Asha"
    page = client.get(sent.headers["Location"]).get_data(as_text=True)
    assert CLAIM["activity"] in page and "£88.50" in page
    assert "We have not looked at it yet." in page
    assert "We paid you." in page  # the demo's paid claim


def test_bad_amounts_are_explained_and_change_nothing(client, db):
    _open(client)
    before = _count(db)
    future = (date.today() + timedelta(days=3)).strftime("%d/%m/%Y")
    bad = post_form(client, "/get-involved/expenses/new", CLAIM | {
        "bus": "-3", "train": "abc", "taxi": "1.234", "car_miles": "9999", "hours": "1.25",
        "day": future})
    html = bad.get_data(as_text=True)
    assert bad.status_code == 400
    for message in ("The number cannot be less than 0.", "Please write a number. For example, 4.50",
                    "Please write 2 numbers after the dot.", "This number is too big.",
                    "Please write whole hours or half hours.", "This day is in the future."):
        assert message in html, message
    assert "There is a problem" in html
    empty = post_form(client, "/get-involved/expenses/new", {"activity": "", "group": "x",
                                                             "day": "31/02/2026"})
    html = empty.get_data(as_text=True)
    assert empty.status_code == 400
    for message in ("Please tell us the meeting or activity.", "Please choose a group.",
                    "Please write the day.", "Please write at least 1 amount."):
        assert message in html, message
    assert _count(db) == before


def test_nobody_sees_another_persons_claims(app, client, db):
    _open(client)
    post_form(client, "/get-involved/expenses/new", CLAIM)
    other = app.test_client()
    post_form(other, "/get-involved", {"name": "Sam", "best_time": "any", "contact_how": "text",
                                       "contact_detail": "07700 900333", "language": "en",
                                       "consent": "yes"})
    page = other.get("/get-involved/expenses").get_data(as_text=True)
    assert "You have no claims yet." in page
    assert CLAIM["activity"] not in page and "Planning group meeting" not in page
    stranger = app.test_client()
    assert stranger.get("/get-involved/expenses").status_code == 302
    assert stranger.get("/get-involved/expenses/new").status_code == 302


def test_expenses_are_for_staff_only_and_need_a_csrf_token(app, client, db):
    assert client.get("/staff/involve/expenses").status_code == 302  # to the login page
    assert client.get("/staff/involve/expenses.csv").status_code == 302
    _staff(client, "viewer")
    assert client.get("/staff/involve/expenses").status_code == 403
    assert client.get("/staff/involve/expenses.csv").status_code == 403
    waiting = db.session.scalar(select(ExpenseClaim).where(ExpenseClaim.status == "waiting"))
    assert client.post(f"/staff/involve/expenses/{waiting.id}",
                       data={"action": "approve"}).status_code in (400, 403)
    staff = app.test_client()
    _staff(staff)
    no_token = staff.post(f"/staff/involve/expenses/{waiting.id}", data={"action": "approve"})
    assert no_token.status_code == 400
    db.session.refresh(waiting)
    assert waiting.status == "waiting"


def test_staff_approve_decline_and_mark_paid(client, db):
    _open(client)
    post_form(client, "/get-involved/expenses/new", CLAIM)
    post_form(client, "/get-involved/expenses/new", CLAIM | {"activity": "Coffee morning"})
    first, second = db.session.scalars(select(ExpenseClaim).where(
        ExpenseClaim.activity.in_([CLAIM["activity"], "Coffee morning"])).order_by(ExpenseClaim.id))
    _staff(client)
    queue = client.get("/staff/involve/expenses").get_data(as_text=True)
    assert "Coffee morning" in queue and "£88.50" in queue and "Expenses and payments" in queue
    token = csrf_token(queue)

    def act(claim, action, reason=""):
        return client.post(f"/staff/involve/expenses/{claim.id}",
                           data={"csrf_token": token, "action": action, "reason": reason})

    act(second, "decline")  # no reason: nothing changes
    db.session.refresh(second)
    assert second.status == "waiting"
    act(first, "paid")  # not approved yet: nothing changes
    db.session.refresh(first)
    assert first.status == "waiting"
    act(first, "approve")
    act(second, "decline", "This was not a council meeting.")
    act(first, "paid")
    db.session.refresh(first)
    db.session.refresh(second)
    assert first.status == "paid" and first.paid_at and first.decided_by_id
    assert second.status == "declined" and second.reason == "This was not a council meeting."
    assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action == "expense-approve")) == 1
    _open(client)  # logging in as staff started a fresh session: the person opens theirs again
    page = client.get("/get-involved/expenses").get_data(as_text=True)
    assert "No. We will not pay this." in page and "This was not a council meeting." in page


def test_csv_export_has_approved_claims_and_is_formula_safe(client, db):
    _open(client)
    post_form(client, "/get-involved/expenses/new", CLAIM | {"activity": "=HYPERLINK(\"x\")"})
    claim = db.session.scalar(select(ExpenseClaim).where(ExpenseClaim.activity.startswith("=")))
    asha = claim.person
    asha.name = "+Asha"
    db.session.commit()
    _staff(client)
    token = csrf_token(client.get("/staff/involve/expenses").get_data(as_text=True))
    before = client.get("/staff/involve/expenses.csv").get_data(as_text=True)
    assert "HYPERLINK" not in before  # only approved claims go to finance
    client.post(f"/staff/involve/expenses/{claim.id}",
                data={"csrf_token": token, "action": "approve"})
    response = client.get("/staff/involve/expenses.csv")
    assert response.mimetype == "text/csv"
    rows = list(csv.reader(io.StringIO(response.get_data(as_text=True).lstrip("\ufeff"))))
    assert rows[0][:3] == ["Claim", "Name", "Activity"] and len(rows) == 2
    row = dict(zip(rows[0], rows[1]))
    assert row["Name"] == "'+Asha" and row["Activity"] == "'=HYPERLINK(\"x\")"
    assert row["Total"] == "88.50" and row["Hours"] == "2.5" and row["Mileage"] == "4.50"
    assert row["Receipt"] == "Yes" and row["Status"] == "Approved"


def test_totals_per_person_and_group_each_month(client, db):
    _open(client)
    post_form(client, "/get-involved/expenses/new", CLAIM)
    claim = db.session.scalar(select(ExpenseClaim).where(ExpenseClaim.activity == CLAIM["activity"]))
    _staff(client)
    page = client.get("/staff/involve/expenses").get_data(as_text=True)
    month = (date.today() - timedelta(days=20)).strftime("%Y-%m")
    # Only the demo's paid claim counts so far: £64.60 for Asha and the planning group.
    people = page.split("Totals per person each month")[1].split("Totals per group")[0]
    assert month in people and "Asha" in people and "£64.60" in people
    token = csrf_token(page)
    client.post(f"/staff/involve/expenses/{claim.id}",
                data={"csrf_token": token, "action": "approve"})
    page = client.get("/staff/involve/expenses").get_data(as_text=True)
    groups = page.split("Totals per group each month")[1]
    this_month = claim.activity_on.strftime("%Y-%m")
    if this_month == month:
        assert "£153.10" in groups  # 64.60 + 88.50, both the planning group
    else:
        assert "£88.50" in groups and "£64.60" in groups
    assert "A group that plans our work with us" in groups


# --- a carer signs someone up ---------------------------------------------------------------

JOIN = {"for_someone": "yes", "name": "Jo", "topics": ["home"], "best_time": "morning",
        "contact_how": "phone", "contact_detail": "07700 900555", "language": "en",
        "consent": "yes"}
GIVEN = {"carer_name": "Pat", "relationship": "Her brother", "how": "present",
         "given_by": "Jo", "given_on": DAY}


def test_a_carer_signs_someone_up_with_permission(client, db):
    before = _count(db, Involvement)
    page = client.get("/get-involved").get_data(as_text=True)
    assert "Do you fill this in for someone else?" in page and "Yes. I fill this in for someone else." in page
    held = post_form(client, "/get-involved", JOIN)
    assert held.headers["Location"].endswith("/get-involved/for-someone")
    assert _count(db, Involvement) == before  # nothing yet
    form = client.get("/get-involved/for-someone").get_data(as_text=True)
    assert "We save nothing without their yes." in form
    assert "The person is here with me now" in form and "Who are you to the person?" in form
    done = post_form(client, "/get-involved/for-someone", GIVEN)
    assert done.headers["Location"].endswith("/get-involved/yours")
    jo = db.session.scalar(select(Involvement).where(Involvement.name == "Jo"))
    assert (jo.carer_name, jo.carer_relationship, jo.permission_by, jo.permission_how) == (
        "Pat", "Her brother", "Jo", "present")
    assert jo.permission_on == date.today() - timedelta(days=3)
    assert "07700 900555" in client.get("/get-involved/yours").get_data(as_text=True)
    _staff(client)
    staff = client.get("/staff/involve/register").get_data(as_text=True)
    row = staff.split(">Jo<")[1].split("</tr>")[0]
    assert "Signed up by a carer, with permission:" in row and "Pat" in row
    asha = staff.split(">Asha<")[1].split("</tr>")[0]
    assert "Signed up by a carer" not in asha


def test_without_permission_nothing_is_stored_and_the_page_says_why(client, db):
    before = _count(db, Involvement)
    assert client.get("/get-involved/for-someone").status_code == 302  # nothing held
    post_form(client, "/get-involved", JOIN)
    said_no = post_form(client, "/get-involved/for-someone", GIVEN | {"how": "not-yet"})
    html = said_no.get_data(as_text=True)
    assert said_no.status_code == 400
    assert "We need the person’s yes first. Then we save their details." in html
    empty = post_form(client, "/get-involved/for-someone", {})
    html = empty.get_data(as_text=True)
    assert empty.status_code == 400
    for message in ("Please choose how the person agreed.", "Please write who said yes.",
                    "Please write your name."):
        assert message in html
    assert _count(db, Involvement) == before
    assert db.session.scalar(select(Involvement).where(Involvement.name == "Jo")) is None


def test_the_demo_has_two_claims_and_a_carer_made_entry(db):
    statuses = sorted(db.session.scalars(select(ExpenseClaim.status)))
    assert statuses == ["paid", "waiting"]
    made = db.session.scalars(select(Involvement).where(Involvement.carer_name.is_not(None))).all()
    assert len(made) == 1 and made[0].permission_how == "present"
