"""Fixtures shared by every test. Every HTML page the test client gets goes through the gate."""
from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from app import create_app
from app.extensions import db as _db
from app.extensions import limiter
from config import TestConfig
from tests.gate import check_page


class GatedClient(FlaskClient):
    """A test client that runs the page gate on every HTML response."""

    def open(self, *args, **kwargs):
        # A fresh app context per request, as in production: `g` (and the CSRF token cached
        # on it) must not leak between two browsers in one test.
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and not 300 <= response.status_code < 400:
            path = args[0] if args and isinstance(args[0], str) else kwargs.get("path", "")
            check_page(response.get_data(as_text=True), path=str(path),
                       allow_script="/staff/" in str(path))
        return response


@pytest.fixture
def app(tmp_path):
    app = create_app(TestConfig)
    app.config.update(INSTANCE_PATH=str(tmp_path))
    app.test_client_class = GatedClient
    with app.app_context():
        limiter.reset()  # memory storage lives in the process: start each test clean
        _db.create_all()
        from app import demo

        demo.load()
        yield app
        _db.session.remove()
        _db.drop_all()


@pytest.fixture
def client(app):
    return app.test_client()


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    return _db
