"""ASVS V11 / V14: rate limits count per real person, also behind a proxy.

Behind nginx every request comes from the proxy's address: without ProxyFix, everyone shared
one allowance (and one person could lock out everyone). PROXY_FIX_HOPS trusts that many
proxies' X-Forwarded-For; 0 (the default) trusts none, so the header cannot be forged."""
from __future__ import annotations

import pytest

from app import create_app
from app.extensions import limiter
from config import TestConfig
from tests.conftest import GatedClient
from tests.helpers import post_form


@pytest.fixture
def make_app():
    made = []

    def build(hops: int):
        settings = {name: getattr(TestConfig, name) for name in dir(TestConfig) if name.isupper()}
        # Its own in-memory database, on the PostgreSQL pass too: only addresses matter here.
        app = create_app({**settings, "SQLALCHEMY_DATABASE_URI": "sqlite://", "PROXY_FIX_HOPS": hops,
                          "CODE_LOOKUP_LIMIT": "3 per 10 minutes"})
        app.test_client_class = GatedClient
        with app.app_context():
            from app import demo
            from app.extensions import db

            db.create_all()
            demo.load()
        limiter.reset()
        made.append(app)
        return app

    yield build
    for app in made:
        with app.app_context():
            from app.extensions import db

            db.engine.dispose()


def _tries(app, forwarded_for: str, n: int = 4) -> list[int]:
    client = app.test_client()
    headers = {"X-Forwarded-For": forwarded_for}
    return [post_form(client, "/return", {"code": "ABCD-EFGH"}, headers=headers).status_code
            for _ in range(n)]


def test_behind_one_proxy_each_person_has_their_own_allowance(make_app):
    app = make_app(1)
    assert _tries(app, "203.0.113.1") == [400, 400, 400, 429]
    # Another person, through the same proxy (same REMOTE_ADDR), is not held up.
    assert _tries(app, "203.0.113.2") == [400, 400, 400, 429]
    # A forged extra entry before the real one changes nothing: only the proxy's is believed.
    assert _tries(app, "198.51.100.9, 203.0.113.1", 1) == [429]


def test_without_a_trusted_proxy_the_header_is_ignored(make_app):
    app = make_app(0)
    assert _tries(app, "203.0.113.1") == [400, 400, 400, 429]
    assert _tries(app, "203.0.113.2", 1) == [429]  # a made-up address gets no fresh allowance


def test_the_real_client_address_and_scheme_reach_the_app(make_app):
    app = make_app(1)
    seen = {}

    @app.get("/_test_address")
    def _address():
        from flask import request

        seen.update(addr=request.remote_addr, secure=request.is_secure)
        return "ok", 200, {"Content-Type": "text/plain"}

    client = app.test_client()
    client.get("/_test_address", headers={"X-Forwarded-For": "203.0.113.7",
                                          "X-Forwarded-Proto": "https"})
    assert seen == {"addr": "203.0.113.7", "secure": True}
    page = client.get("/", headers={"X-Forwarded-For": "203.0.113.7",
                                    "X-Forwarded-Proto": "https"})
    assert "max-age=31536000" in page.headers["Strict-Transport-Security"]  # https seen
