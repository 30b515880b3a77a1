"""Signed CSRF tokens are signed once per session (app/csrf_tokens.py), and still valid."""
import time
from types import SimpleNamespace

from flask import session
from flask_wtf.csrf import validate_csrf

from app import csrf_tokens


def _in_a_request(app, raw: str) -> str:
    with app.app_context(), app.test_request_context("/"):
        session["csrf_token"] = raw
        return csrf_tokens.token()


def test_one_session_gets_the_same_valid_token_on_each_page(app, monkeypatch):
    import itsdangerous.timed

    first = _in_a_request(app, "a" * 40)
    later = time.time() + 100  # a fresh signature now would carry a new time
    monkeypatch.setattr(itsdangerous.timed, "time", SimpleNamespace(time=lambda: later))
    again = _in_a_request(app, "a" * 40)
    assert first == again
    with app.app_context(), app.test_request_context("/"):
        session["csrf_token"] = "a" * 40
        validate_csrf(first)  # raises if not valid


def test_another_session_gets_its_own_token(app):
    assert _in_a_request(app, "a" * 40) != _in_a_request(app, "b" * 40)


def test_tokens_with_a_time_limit_are_signed_afresh(app):
    app.config["WTF_CSRF_TIME_LIMIT"] = 3600
    _in_a_request(app, "c" * 40)
    assert app.extensions.get("signed_csrf_tokens", {}) == {}
