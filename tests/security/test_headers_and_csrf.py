"""ASVS V14 / V3 / V4: security headers on every response, cookies, and CSRF on every
state-changing route of the whole URL map."""
import re

import pytest

from app.extensions import csrf

PAGES = ["/", "/consultations/day-centres", "/settings", "/return", "/privacy", "/nope",
         "/staff/login", "/healthz"]


@pytest.mark.parametrize("url", PAGES)
def test_headers_on_every_response(client, url):
    response = client.get(url)
    csp = response.headers["Content-Security-Policy"]
    assert "script-src" not in csp and "default-src 'none'" in csp  # so no script at all
    assert "'unsafe-inline'" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert "Strict-Transport-Security" not in response.headers  # plain HTTP here


def test_hsts_and_secure_cookies_over_https(app):
    app.config.update(SESSION_COOKIE_SECURE=True)
    client = app.test_client()
    response = client.get("/consultations/day-centres/start", base_url="https://localhost")
    assert "max-age=31536000" in response.headers["Strict-Transport-Security"]
    for cookie in response.headers.getlist("Set-Cookie"):
        if "Max-Age=0" in cookie:
            continue  # a cookie being deleted carries nothing
        assert "Secure" in cookie and "HttpOnly" in cookie and "SameSite=Lax" in cookie, cookie
    assert any(c.startswith("session=") for c in response.headers.getlist("Set-Cookie"))


def test_session_cookie_is_httponly_and_samesite(client):
    response = client.get("/consultations/day-centres/start")
    session = [c for c in response.headers.getlist("Set-Cookie") if c.startswith("session=")]
    assert session and "HttpOnly" in session[0] and "SameSite=Lax" in session[0]
    assert "Secure" not in session[0]  # plain HTTP in tests


def _fill(rule) -> str:
    """A concrete URL for a rule, with plausible values for its arguments."""
    values = {"slug": "day-centres", "number": "1", "term": "respite", "kind": "question",
              "key": "1", "filename": "app.css", "digest": "x"}

    def one(match):
        name = match.group(2)
        if match.group(1) and "int" in match.group(1):
            return "1"
        return values.get(name, "1")

    return re.sub(r"<(?:([a-z]+):)?(\w+)>", one, rule.rule)


def test_no_state_change_without_a_csrf_token(app):
    """Walks the whole URL map: every POST, PUT, PATCH or DELETE route refuses a request
    without a valid token, except the JSON readability endpoint, which changes nothing."""
    exempt_ok = {"/api/readability"}
    client = app.test_client()
    checked = []
    for rule in app.url_map.iter_rules():
        methods = rule.methods & {"POST", "PUT", "PATCH", "DELETE"}
        if not methods:
            continue
        view = app.view_functions[rule.endpoint]
        exempt = f"{view.__module__}.{view.__name__}" in csrf._exempt_views
        if exempt:
            assert rule.rule in exempt_ok, f"{rule.rule} is CSRF-exempt"
            continue
        for method in methods:
            response = client.open(_fill(rule), method=method, data={"x": "1"})
            assert response.status_code in {400, 404}, (rule.rule, method, response.status_code)
            if response.status_code == 400:
                assert b"Please try again" in response.data
            checked.append((rule.rule, method))
    assert len(checked) >= 8, checked
