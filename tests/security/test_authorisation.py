"""ASVS V4: every URL against every kind of visitor, each getting exactly what it may.

Staff pages must declare their lowest role with @role_required; the table is built from the
URL map, so a new page without one fails here rather than going out unprotected.
"""
from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from app.models import Consultation, GlossaryTerm, Response
from app.staff.auth import RANK
from app.staff_accounts import create_user
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import post_form

PUBLIC_STAFF = {"staff.login", "staff.logout"}
VISITORS = ["anonymous", "participant", "viewer", "staff", "admin"]


def _login(app, role):
    client = app.test_client()
    if role in RANK:
        create_user(f"{role}@example.org", "a long test password 1", role)
        result = post_form(client, "/staff/login", {"email": f"{role}@example.org",
                                                      "password": "a long test password 1"})
        assert result.status_code == 302
    elif role == "participant":
        start(client)
        answer_all(client)
        post_form(client, f"{BASE}/check", {})
    return client


def _values(app) -> dict:
    from app.extensions import db

    consultation = db.session.scalar(select(Consultation).where(Consultation.slug == "day-centres"))
    response = db.session.scalar(select(Response))
    term = db.session.scalar(select(GlossaryTerm))
    return {"id": consultation.id, "consultation_id": consultation.id,
            "response_id": response.id if response else 1, "slug": "day-centres",
            "term_id": term.id if term else 1, "user_id": 1, "number": 1}


def _url(rule, values) -> str | None:
    def fill(match):
        name = match.group(2)
        return str(values.get(name, 1))
    return re.sub(r"<(?:([a-z]+):)?(\w+)>", fill, rule.rule)


def _staff_get_rules(app):
    for rule in app.url_map.iter_rules():
        if rule.rule.startswith("/staff") and "GET" in rule.methods \
                and rule.endpoint not in PUBLIC_STAFF:
            yield rule


def test_every_staff_page_declares_its_lowest_role(app):
    undeclared = [rule.rule for rule in app.url_map.iter_rules()
                  if rule.rule.startswith("/staff") and rule.endpoint not in PUBLIC_STAFF
                  and not getattr(app.view_functions[rule.endpoint], "min_role", None)]
    assert not undeclared, f"staff URLs without @role_required: {undeclared}"


def test_staff_pages_against_every_visitor(app):
    clients = {visitor: _login(app, visitor) for visitor in VISITORS}
    values = _values(app)
    table = []
    for rule in _staff_get_rules(app):
        min_role = app.view_functions[rule.endpoint].min_role
        url = _url(rule, values)
        for visitor, client in clients.items():
            status = client.get(url).status_code
            if visitor in RANK and RANK[visitor] >= RANK[min_role]:
                ok = status in {200, 302, 404}  # 404: no such row for a made-up id
            elif visitor in RANK:
                ok = status == 403
            else:
                ok = status == 302  # to the login page
            table.append((rule.rule, visitor, status, ok))
    wrong = [row for row in table if not row[3]]
    assert len(table) >= 20 and not wrong, wrong


def test_staff_state_changes_need_the_right_role(app):
    """POSTs without the role are refused before anything is read from the form."""
    clients = {visitor: _login(app, visitor) for visitor in ("anonymous", "viewer")}
    values = _values(app)
    for rule in app.url_map.iter_rules():
        if not rule.rule.startswith("/staff") or "POST" not in rule.methods \
                or rule.endpoint in PUBLIC_STAFF:
            continue
        min_role = app.view_functions[rule.endpoint].min_role
        url = _url(rule, values)
        for visitor, client in clients.items():
            token_page = client.get("/return").get_data(as_text=True)
            token = re.search(r'name="csrf_token" value="([^"]+)"', token_page).group(1)
            status = client.post(url, data={"csrf_token": token}).status_code
            if visitor == "anonymous":
                assert status == 302, (url, visitor, status)
            elif RANK["viewer"] < RANK[min_role]:
                assert status == 403, (url, visitor, status)


def test_participants_see_only_their_own_answers(app):
    mine = _login(app, "participant")
    other = app.test_client()
    assert "The staff are kind." in mine.get(f"{BASE}/your-answers").get_data(as_text=True)
    page = other.get(f"{BASE}/your-answers")
    assert page.status_code == 302 and page.headers["Location"].endswith("/return")
    assert other.get(f"{BASE}/your-answers/download").status_code == 302
    staff_page = other.get("/staff/")
    assert staff_page.status_code == 302 and "/staff/login" in staff_page.headers["Location"]


@pytest.mark.parametrize("visitor", ["participant", "viewer"])
def test_no_visitor_but_admin_can_manage_accounts(app, visitor):
    client = _login(app, visitor)
    expected = 302 if visitor == "participant" else 403
    assert client.get("/staff/users").status_code == expected


def test_carer_with_a_permission_code_gets_only_what_it_may(app):
    from tests.functional.test_carers import answer_first, make_permission, send, use_code

    person = app.test_client()
    share, private, _ = make_permission(person)
    carer = app.test_client()
    use_code(carer, share)
    answer_first(carer, text="happy")
    assert send(carer).status_code == 302
    # The carer sees the answers they gave, in their own session...
    assert carer.get(f"{BASE}/check").status_code == 200
    # ...but not the person's private page, nor any staff page.
    assert carer.get("/permission/yours").status_code in {302, 403}
    assert post_form(carer, "/permission/manage", {"code": share}).status_code == 400
    assert carer.get("/staff/").status_code == 302
    # Only the private code opens the person's page.
    assert post_form(person, "/permission/manage", {"code": private}).status_code == 302
