"""ASVS V2.2 / V3.3: staff logins and sessions.

- Logging out ends the session everywhere, also for a copy of the cookie taken before.
- A staff session ends after STAFF_IDLE_MINUTES without a request.
- Wrong passwords sent all at once are each counted: the lockout holds (it used to be a
  read-modify-write, so tries at the same moment counted as one).

The lockout test runs real threads against one app on a database file (SQLite) or on the
PostgreSQL server of the PostgreSQL pass.
"""
from __future__ import annotations

import os
import threading
import time

import pytest
from sqlalchemy import func, select

from app import create_app
from bench.live import scratch_database
from app.extensions import db as _db
from app.models import AuditEvent, StaffUser
from app.staff.auth import MAX_FAILURES, SEEN
from app.staff_accounts import create_user
from config import TestConfig
from tests.conftest import GatedClient
from tests.helpers import csrf_token, post_form

PASSWORD = "a long test password 1"


def _logged_in(app, email="copy@example.org"):
    client = app.test_client()
    result = post_form(client, "/staff/login", {"email": email, "password": PASSWORD})
    assert result.status_code == 302 and result.headers["Location"] == "/staff/"
    return client


def _session_cookie(client) -> str:
    cookie = client.get_cookie("session")
    assert cookie is not None
    return cookie.value


def test_logout_ends_a_copied_session_too(app, db):
    create_user("copy@example.org", PASSWORD, "admin")
    mine = _logged_in(app)
    thief = app.test_client()
    thief.set_cookie("session", _session_cookie(mine))
    assert thief.get("/staff/").status_code == 200  # a copied cookie works while logged in
    token = csrf_token(mine.get("/staff/").get_data(as_text=True))
    assert mine.post("/staff/logout", data={"csrf_token": token}).status_code == 302
    after = thief.get("/staff/")
    assert after.status_code == 302 and "/staff/login" in after.headers["Location"]
    assert thief.get("/staff/users").status_code == 302
    # Logging in again works, with a new session.
    assert _logged_in(app).get("/staff/").status_code == 200


def test_an_idle_staff_session_ends(app, db):
    create_user("copy@example.org", PASSWORD, "staff")
    assert app.config["STAFF_IDLE_MINUTES"] == 30
    client = _logged_in(app)
    assert client.get("/staff/").status_code == 200
    with client.session_transaction() as session:
        session[SEEN] = int(time.time()) - 29 * 60  # 29 minutes without a request
    assert client.get("/staff/").status_code == 200  # still in, and the clock restarts
    with client.session_transaction() as session:
        assert int(time.time()) - session[SEEN] < 5
        session[SEEN] = int(time.time()) - 31 * 60
    gone = client.get("/staff/")
    assert gone.status_code == 302 and "/staff/login" in gone.headers["Location"]


def test_idle_minutes_come_from_the_config(app, db):
    app.config["STAFF_IDLE_MINUTES"] = 5
    create_user("copy@example.org", PASSWORD, "staff")
    client = _logged_in(app)
    with client.session_transaction() as session:
        session[SEEN] = int(time.time()) - 6 * 60
    assert client.get("/staff/").status_code == 302


# --- concurrent wrong passwords ---------------------------------------------------------------

@pytest.fixture
def shared_app(tmp_path):
    """One app whose database several threads really share (not the one-connection
    in-memory SQLite of the other tests): a SQLite file, or a new database on the
    PostgreSQL server in the PostgreSQL pass."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    kind = "postgresql" if url.startswith("postgresql") else "sqlite"
    base = {name: getattr(TestConfig, name) for name in dir(TestConfig) if name.isupper()}
    with scratch_database(kind, url or None) as scratch:
        app = create_app({**base, "SQLALCHEMY_DATABASE_URI": scratch})
        app.test_client_class = GatedClient  # a fresh app context (and `g`) per request
        with app.app_context():
            _db.create_all()
            yield app
            _db.session.remove()
            _db.engine.dispose()


def test_wrong_passwords_sent_at_once_all_count(shared_app):
    app = shared_app
    create_user("target@example.org", PASSWORD, "admin")
    tries = 12
    clients, tokens = [], []
    for _ in range(tries):
        client = app.test_client()
        tokens.append(csrf_token(client.get("/staff/login").get_data(as_text=True)))
        clients.append(client)
    barrier = threading.Barrier(tries)
    statuses: list[int] = []

    def guess(client, token, n):
        barrier.wait(timeout=30)
        result = client.post("/staff/login", data={
            "csrf_token": token, "email": "target@example.org", "password": f"wrong guess {n}"})
        statuses.append(result.status_code)
        assert "is not right" in result.get_data(as_text=True)  # refused by the password

    threads = [threading.Thread(target=guess, args=(c, t, n))
               for n, (c, t) in enumerate(zip(clients, tokens))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert sorted(statuses) == [400] * tries, statuses
    with app.app_context():
        _db.session.expire_all()
        user = _db.session.scalar(select(StaffUser))
        assert user.locked_until is not None, (f"{tries} tries at once did not lock",
                                               user.failed_logins)
        assert _db.session.scalar(select(func.count(AuditEvent.id)).where(
            AuditEvent.action == "account-locked")) == 1
    # Locked: even the right password is refused now.
    right = post_form(app.test_client(), "/staff/login",
                      {"email": "target@example.org", "password": PASSWORD})
    assert right.status_code == 400


def test_at_most_five_passwords_are_checked_per_lockout(shared_app, monkeypatch):
    from app.staff import auth

    checked: list[str] = []
    real = auth.check_password_hash

    def counting(stored, password):
        if stored != auth._DUMMY_HASH:  # noqa: SLF001
            checked.append(password)
        return real(stored, password)

    monkeypatch.setattr(auth, "check_password_hash", counting)
    app = shared_app
    create_user("five@example.org", PASSWORD, "staff")
    client = app.test_client()
    token = csrf_token(client.get("/staff/login").get_data(as_text=True))
    for n in range(MAX_FAILURES + 3):
        client.post("/staff/login", data={"csrf_token": token, "email": "five@example.org",
                                          "password": f"wrong guess {n}"})
    assert len(checked) == MAX_FAILURES
