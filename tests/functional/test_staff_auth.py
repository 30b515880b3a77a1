"""Staff accounts: login lockout, one error for every failure, session expiry, create-admin,
admin user management, and a table of every review-half URL against every role."""
from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from app.models import AuditEvent, Consultation, StaffUser
from tests.factories import login, make_sent_responses, make_staff, post_from
from tests.helpers import csrf_token, post_form

PASSWORD = "correct horse battery staple"


def _error_text(html: str) -> str:
    start = html.index('class="error-message"')
    return html[start:html.index("</p>", start)]


def test_lockout_after_five_failures(client, db):
    user = make_staff("lock@example.org", "staff")
    for _ in range(5):
        assert login(client, "lock@example.org", "wrong password here").status_code == 400
    db.session.refresh(user)
    assert user.locked_until is not None
    # The right password is refused while locked.
    assert login(client, "lock@example.org").status_code == 400
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "account-locked", AuditEvent.target_id == user.id)) is not None


def test_four_failures_do_not_lock(client, db):
    make_staff("four@example.org", "staff")
    for _ in range(4):
        login(client, "four@example.org", "wrong password here")
    assert login(client, "four@example.org").status_code == 302


def test_same_message_for_unknown_email_and_wrong_password(client, db):
    make_staff("known@example.org", "staff")
    wrong_password = login(client, "known@example.org", "not the password at all")
    unknown_email = login(client, "nobody@example.org", "not the password at all")
    assert wrong_password.status_code == unknown_email.status_code == 400
    assert _error_text(wrong_password.get_data(as_text=True)) == \
        _error_text(unknown_email.get_data(as_text=True))


def test_session_expiry_is_configured(app, client, db):
    lifetime = app.config["PERMANENT_SESSION_LIFETIME"]
    assert timedelta(0) < lifetime <= timedelta(hours=12)
    make_staff("s@example.org", "staff")
    result = login(client, "s@example.org")
    assert result.status_code == 302
    cookie = result.headers.get("Set-Cookie", "")
    assert "Expires=" in cookie  # a permanent session: it ends after the lifetime


def test_create_admin_cli_with_password(runner, db):
    result = runner.invoke(args=["create-admin", "--email", "Boss@Example.org",
                                 "--password", PASSWORD])
    assert result.exit_code == 0, result.output
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "boss@example.org"))
    assert user is not None and user.role == "admin"


def test_create_admin_cli_prompts_for_password(runner, db):
    result = runner.invoke(args=["create-admin", "--email", "ask@example.org"],
                           input=f"{PASSWORD}\n{PASSWORD}\n")
    assert result.exit_code == 0, result.output
    assert db.session.scalar(select(StaffUser).where(StaffUser.email == "ask@example.org"))


@pytest.mark.parametrize("password, reason", [("short1!", "too-short"),
                                              ("password1234", "too-common")])
def test_create_admin_cli_refuses_weak_password(runner, db, password, reason):
    result = runner.invoke(args=["create-admin", "--email", "weak@example.org",
                                 "--password", password])
    assert result.exit_code != 0
    assert reason in result.output
    assert db.session.scalar(select(StaffUser).where(StaffUser.email == "weak@example.org")) \
        is None


# --- admin pages for accounts ---------------------------------------------------------------

@pytest.fixture
def admin(client, db):
    user = make_staff("admin@example.org", "admin")
    assert login(client, "admin@example.org").status_code == 302
    return user


def test_admin_adds_a_user_who_can_log_in(app, client, db, admin):
    result = post_form(client, "/staff/users", {"email": "New@Example.org", "role": "viewer",
                                                "password": "a long enough phrase"})
    assert result.status_code == 302
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == "new@example.org"))
    assert user.role == "viewer"
    assert db.session.scalar(select(AuditEvent).where(AuditEvent.action == "add-user",
                                                      AuditEvent.target_id == user.id))
    other = app.test_client()
    assert login(other, "new@example.org", "a long enough phrase").status_code == 302


@pytest.mark.parametrize("password, message", [
    ("short", "12 characters or more"), ("password1234", "too common")])
def test_admin_cannot_set_a_weak_password(client, db, admin, password, message):
    result = post_form(client, "/staff/users", {"email": "weak@example.org", "role": "staff",
                                                "password": password})
    assert result.status_code == 400
    html = result.get_data(as_text=True)
    assert message in html and "Error:" in html
    assert db.session.scalar(select(StaffUser).where(StaffUser.email == "weak@example.org")) \
        is None


def test_admin_cannot_add_the_same_email_twice(client, db, admin):
    make_staff("twice@example.org", "staff")
    result = post_form(client, "/staff/users", {"email": "twice@example.org", "role": "staff",
                                                "password": "a long enough phrase"})
    assert result.status_code == 400
    assert "already an account" in result.get_data(as_text=True)


def test_admin_changes_role_and_deactivates(app, client, db, admin):
    user = make_staff("worker@example.org", "viewer")
    url = f"/staff/users/{user.id}"
    assert post_form(client, url, {"new_role": "staff"}).status_code == 302
    db.session.refresh(user)
    assert user.role == "staff"
    assert post_from(client, url, f"{url}/active").status_code == 302
    db.session.refresh(user)
    assert user.active is False
    assert login(app.test_client(), "worker@example.org").status_code == 400
    actions = set(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.target_id == user.id)))
    assert {"change-role", "deactivate-user"} <= actions


def test_the_only_admin_cannot_be_demoted_or_deactivated(client, db, admin):
    url = f"/staff/users/{admin.id}"
    result = post_form(client, url, {"new_role": "viewer"})
    assert result.status_code == 400
    assert "only admin" in result.get_data(as_text=True)
    post_from(client, url, f"{url}/active")
    db.session.refresh(admin)
    assert admin.role == "admin" and admin.active


# --- every URL against every role ---------------------------------------------------------

# (method, url template, lowest role allowed). {c}: a consultation, {r}: a response, {u}: a user
URLS = [
    ("GET", "/staff/review", "viewer"),
    ("GET", "/staff/consultations/{c}/responses", "viewer"),
    ("GET", "/staff/responses/{r}", "viewer"),
    ("GET", "/staff/consultations/{c}/results", "viewer"),
    ("GET", "/staff/safeguarding", "viewer"),
    ("POST", "/staff/responses/{r}/tags", "staff"),
    ("POST", "/staff/responses/{r}/notes", "staff"),
    ("POST", "/staff/responses/{r}/reviewed", "staff"),
    ("POST", "/staff/responses/{r}/permission", "staff"),
    ("POST", "/staff/responses/{r}/safeguarding/seen", "staff"),
    ("POST", "/staff/responses/{r}/safeguarding/action", "staff"),
    ("GET", "/staff/consultations/{c}/export", "staff"),
    ("POST", "/staff/consultations/{c}/export", "staff"),
    ("GET", "/staff/users", "admin"),
    ("POST", "/staff/users", "admin"),
    ("GET", "/staff/users/{u}", "admin"),
    ("POST", "/staff/users/{u}", "admin"),
    ("POST", "/staff/users/{u}/active", "admin"),
]
RANK = {"viewer": 1, "staff": 2, "admin": 3}


@pytest.fixture
def targets(db):
    consultation = db.session.scalar(select(Consultation).where(
        Consultation.slug == "day-centres"))
    response_id = make_sent_responses(consultation, 3)[2]  # a proxy response
    other = make_staff("target@example.org", "viewer")
    return {"c": consultation.id, "r": response_id, "u": other.id}


def _token(client, url="/staff/login") -> str:
    return csrf_token(client.get(url).get_data(as_text=True))


def test_anonymous_users_are_sent_to_login_everywhere(client, targets):
    token = _token(client)
    for method, template, _role in URLS:
        url = template.format(**targets)
        if method == "GET":
            result = client.get(url)
        else:
            result = client.post(url, data={"csrf_token": token})
        assert result.status_code == 302, (method, url, result.status_code)
        assert "/staff/login" in result.headers["Location"], (method, url)


@pytest.mark.parametrize("role", ["viewer", "staff"])
def test_roles_below_the_lowest_allowed_get_403(client, db, targets, role):
    make_staff(f"{role}@example.org", role)
    assert login(client, f"{role}@example.org").status_code == 302
    token = _token(client, "/staff/")
    refused = 0
    for method, template, lowest in URLS:
        url = template.format(**targets)
        result = (client.get(url) if method == "GET"
                  else client.post(url, data={"csrf_token": token}))
        if RANK[role] < RANK[lowest]:
            assert result.status_code == 403, (role, method, url, result.status_code)
            refused += 1
        else:
            assert result.status_code != 403, (role, method, url)
    assert refused > 0


def test_admin_reaches_every_url(client, db, targets):
    make_staff("top@example.org", "admin")
    login(client, "top@example.org")
    for method, template, _lowest in URLS:
        if method == "GET":
            url = template.format(**targets)
            assert client.get(url).status_code == 200, url
