"""ASVS V5: whatever people type is stored as typed (less NUL characters, which no one
means to type and PostgreSQL cannot store) and always shown escaped.

These run on PostgreSQL too (`make test-postgres`)."""
from markupsafe import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.textclean import clean
from tests.helpers import post_form

BASE = "/consultations/day-centres"
HOSTILE = st.one_of(
    st.sampled_from([
        "<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "{{ 7*7 }}",
        "{% raw %}", "javascript:alert(1)", "</textarea><b>x</b>", "\u202eevil", "' OR 1=1 --",
        "%(name)s", "<svg/onload=alert(1)>", "&lt;script&gt;", "before\x00after", "\x00",
        "I feel\x00 <b>bad</b>",
    ]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200),
)


def _escaped_in(page: str, typed: str) -> bool:
    """Shown as typed, escaped, less the characters HTML forbids (app.textclean)."""
    shown = clean(typed).strip()
    return str(escape(shown)) in page


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(typed=HOSTILE)
def test_free_text_and_helper_role_are_escaped_everywhere(app, typed):
    client = app.test_client()  # every page passes the page gate: no stray tags survive
    role = typed[:100] if typed[:100].replace("\x00", "").strip() else "a friend"  # a blank
    # role is refused; NUL characters are dropped as they arrive
    started = post_form(client, f"{BASE}/start", {"answering": "helped", "helper_role": role})
    assert started.status_code == 302
    post_form(client, f"{BASE}/questions/6", {"answer": typed, "action": "next"})
    for url in (f"{BASE}/check", f"{BASE}/your-answers"):
        page = client.get(url).get_data(as_text=True)
        if clean(typed).strip():
            assert _escaped_in(page, typed), url
        for raw in ("<script>alert", "<img src=x", "<svg/onload", "</textarea><b>"):
            assert raw not in page  # as text, escaped, never as a tag
    download = client.get(f"{BASE}/your-answers/download")
    assert download.mimetype == "text/plain"


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(typed=HOSTILE)
def test_code_box_never_reflects_unescaped(app, typed):
    client = app.test_client()
    page = post_form(client, "/return", {"code": typed}).get_data(as_text=True)
    assert "<script>alert" not in page and "<svg/onload" not in page


SECRET = "Mrs Example took my money"


def test_a_nul_character_in_an_answer_is_dropped_not_a_500(app, client, caplog):
    """On PostgreSQL a NUL in text was a 500, with the answer in the error log."""
    from sqlalchemy import select

    from app.extensions import db
    from app.models import Answer

    started = post_form(client, f"{BASE}/start", {"answering": "self"})
    assert started.status_code == 302
    saved = post_form(client, f"{BASE}/questions/6",
                      {"answer": f"{SECRET}\x00 and\x00 more", "action": "next"})
    assert saved.status_code == 302
    with app.app_context():
        stored = db.session.scalar(select(Answer.text).where(Answer.text != ""))
    assert stored == f"{SECRET} and more"
    assert client.get(f"{BASE}/check?x=\x00").status_code == 200
    logged = "\n".join(record.getMessage() for record in caplog.records)
    assert SECRET not in logged


def test_database_errors_never_carry_what_people_typed(app):
    import pytest
    from sqlalchemy import text
    from sqlalchemy.exc import DBAPIError

    from app.extensions import db

    with app.app_context():
        with pytest.raises(DBAPIError) as error:
            db.session.execute(text("SELECT no_such_column FROM response WHERE code_hash = :x"),
                               {"x": SECRET})
        db.session.rollback()
    assert "no_such_column" in str(error.value)
    assert SECRET not in str(error.value)


def test_a_nul_character_in_an_address_is_not_found(client):
    for url in ("/consultations/%00", "/consultations/day%00centres/start", "/glossary/%00",
                "/consultations/day-centres?lang=%00"):
        assert client.get(url).status_code in {200, 404}, url
    assert client.get("/consultations/%00").status_code == 404
