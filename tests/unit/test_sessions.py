"""Session cookies: checked once per process, signed again only when needed (app/sessions.py)."""
from __future__ import annotations

import time
from types import SimpleNamespace

from app import sessions
from tests.helpers import post_form

BASE = "/consultations/day-centres"


def _session_cookie_set(response) -> bool:
    return any(h.startswith("session=") for h in response.headers.getlist("Set-Cookie"))


def _later(monkeypatch, seconds: float) -> None:
    now = time.time() + seconds
    monkeypatch.setattr(sessions, "time", SimpleNamespace(time=lambda: now))


def test_cookie_is_not_signed_again_on_every_page(client):
    started = post_form(client, f"{BASE}/start", {"answering": "self"})
    assert _session_cookie_set(started)  # a change: the cookie is sent
    client.get(f"{BASE}/questions/1")  # (Flask-Login notes once that no one is logged in)
    for _ in range(3):
        page = client.get(f"{BASE}/questions/1")
        assert page.status_code == 200 and not _session_cookie_set(page)


def test_cookie_is_signed_again_once_it_is_older_than_the_refresh_time(client, monkeypatch):
    post_form(client, f"{BASE}/start", {"answering": "self"})
    client.get(f"{BASE}/questions/1")
    assert not _session_cookie_set(client.get(f"{BASE}/questions/1"))
    _later(monkeypatch, sessions.REFRESH_AFTER.total_seconds() + 1)
    page = client.get(f"{BASE}/questions/1")
    assert page.status_code == 200 and _session_cookie_set(page)


def test_a_cookie_checked_before_still_ends_when_the_session_lifetime_ends(app, client,
                                                                           monkeypatch):
    post_form(client, f"{BASE}/start", {"answering": "self"})
    client.get(f"{BASE}/questions/1")
    assert client.get(f"{BASE}/questions/1").status_code == 200  # checked and remembered
    _later(monkeypatch, app.permanent_session_lifetime.total_seconds() + 1)
    assert client.get(f"{BASE}/questions/1").status_code == 302  # no longer this response


def test_a_changed_cookie_is_refused_even_after_the_real_one_was_checked(client):
    post_form(client, f"{BASE}/start", {"answering": "self"})
    assert client.get(f"{BASE}/questions/1").status_code == 200
    real = client.get_cookie("session").value
    forged = real[:-2] + ("AA" if not real.endswith("AA") else "BB")
    client.set_cookie("session", forged)
    assert client.get(f"{BASE}/questions/1").status_code == 302
    client.set_cookie("session", real)
    assert client.get(f"{BASE}/questions/1").status_code == 200


def test_a_page_that_read_the_session_says_it_varies_by_cookie(client):
    post_form(client, f"{BASE}/start", {"answering": "self"})
    client.get(f"{BASE}/questions/1")
    page = client.get(f"{BASE}/questions/1")
    assert not _session_cookie_set(page)
    vary = [part.strip().lower() for part in page.headers.get("Vary", "").split(",")]
    assert vary.count("cookie") == 1
    assert "accept-encoding" in vary  # what compression adds is kept
