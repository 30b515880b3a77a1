"""ASVS V5 / V8 / V13: odd requests get a clean 4xx, never a 500; private things stay private.

- ids too big for the database, newlines in ?next=, JSON nested thousands deep;
- pictures of draft consultations are not public (ids are sequential);
- a person's own answers, downloaded, are never cached;
- the carers' code page answers a real code with wrong names as it answers a wrong code;
- `flask create-admin` with an email already in use says so in one line.
"""
from __future__ import annotations

import io
import re
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import event, select

from app.models import Consultation, InfoBlock, Picture
from app.staff_accounts import create_user
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import csrf_token, post_form

PASSWORD = "a long test password 1"
HUGE = "9" * 20


def _staff(app, role="admin"):
    client = app.test_client()
    create_user(f"{role}@example.org", PASSWORD, role)
    result = post_form(client, "/staff/login", {"email": f"{role}@example.org",
                                                "password": PASSWORD})
    assert result.status_code == 302
    return client


# --- ids too big for the database -------------------------------------------------------------

def test_twenty_digit_ids_are_not_found_everywhere(app):
    anonymous, admin = app.test_client(), _staff(app)
    urls = [re.sub(r"<int:\w+>", HUGE, rule.rule) for rule in app.url_map.iter_rules()
            if "GET" in rule.methods and "<int:" in rule.rule
            and not re.search(r"<(?!int:)", rule.rule)]  # every argument an int
    assert "/pictures/" + HUGE in urls and len(urls) >= 3, urls
    for url in urls:
        for client in (anonymous, admin):
            status = client.get(url).status_code
            assert status in {302, 404}, (url, status)
    assert anonymous.get("/pictures/" + HUGE).status_code == 404
    assert admin.get(f"/staff/responses/{HUGE}").status_code == 404


# --- newlines in ?next= -----------------------------------------------------------------------

@pytest.mark.parametrize("target", ["/staff/\r\nSet-Cookie: stolen=1", "/staff/\nX: y",
                                    "/staff/\x7f"])
def test_a_newline_in_next_after_login_is_ignored(app, client, target):
    create_user("next@example.org", PASSWORD, "staff")
    url = "/staff/login?next=" + target.replace("\r", "%0D").replace("\n", "%0A").replace(
        "\x7f", "%7F").replace(" ", "%20")
    result = post_form(client, url, {"email": "next@example.org", "password": PASSWORD})
    assert result.status_code == 302
    assert result.headers["Location"] == "/staff/"
    assert not any("stolen" in c for c in result.headers.getlist("Set-Cookie"))


def test_a_newline_in_next_on_the_settings_page_is_ignored(client):
    result = post_form(client, "/settings", {
        "size": "large", "contrast": "standard", "spacing": "standard", "speed": "normal",
        "pictures": "show", "next": "/privacy\r\nSet-Cookie: stolen=1"})
    assert result.status_code == 302
    assert result.headers["Location"] == "/settings?saved=1"
    assert not any("stolen" in c for c in result.headers.getlist("Set-Cookie"))


# --- deep JSON --------------------------------------------------------------------------------

@pytest.mark.parametrize("body", ["[" * 100_000 + "]" * 100_000,
                                  '{"text": ' + "[" * 5000 + "]" * 5000 + "}",
                                  '{"text": "x", "level": ' + '{"a":' * 5000 + "1" + "}" * 5001])
def test_deeply_nested_json_is_a_clean_400(client, body):
    response = client.post("/api/readability", data=body, content_type="application/json")
    assert response.status_code == 400
    assert response.is_json and response.get_json()["error"] == "bad-json"


# --- pictures of drafts -----------------------------------------------------------------------

def _png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (4, 4), "red").save(buffer, "PNG")
    return buffer.getvalue()


def _picture_on(db, slug: str, published: bool) -> int:
    item = db.session.scalar(select(Consultation).where(Consultation.slug == slug))
    if item is None:
        item = Consultation(slug=slug, title="A plan not yet public", summary="Secret",
                            opens_on=date.today(), closes_on=date.today() + timedelta(days=30),
                            published_at=None)
        db.session.add(item)
    assert (item.published_at is not None) == published
    picture = Picture(data=_png(), mime="image/png", alt="A plan", width=4, height=4)
    item.blocks.append(InfoBlock(text="An idea.", picture=picture, position=99))
    db.session.commit()
    return picture.id


def test_pictures_of_drafts_are_not_public(app, db):
    draft = _picture_on(db, "closing-the-library", published=False)
    public = _picture_on(db, "day-centres", published=True)
    anonymous = app.test_client()
    assert anonymous.get(f"/pictures/{draft}").status_code == 404
    shown = anonymous.get(f"/pictures/{public}")
    assert shown.status_code == 200 and shown.mimetype == "image/png"
    assert "public" in shown.headers["Cache-Control"]
    # Staff building the draft still see it, and it is kept out of shared caches.
    staff = _staff(app, "viewer")
    seen = staff.get(f"/pictures/{draft}")
    assert seen.status_code == 200 and seen.data.startswith(b"\x89PNG")
    assert "no-store" in seen.headers["Cache-Control"]
    # Publishing the consultation makes its pictures public.
    db.session.get(InfoBlock, db.session.scalar(select(InfoBlock.id).where(
        InfoBlock.picture_id == draft))).consultation.published_at = date.today()
    db.session.commit()
    assert anonymous.get(f"/pictures/{draft}").status_code == 200


# --- the download of a person's answers -------------------------------------------------------

def test_downloaded_answers_are_never_cached(client):
    start(client)
    answer_all(client)
    download = client.get(f"{BASE}/your-answers/download")
    assert download.status_code == 200 and download.mimetype == "text/plain"
    assert "no-store" in download.headers["Cache-Control"]


# --- the carers' permission code page ---------------------------------------------------------

def _statements(db):
    seen: list[str] = []

    def count(conn, cursor, statement, *args):
        seen.append(statement.split()[0])

    return seen, count


def test_a_real_code_with_wrong_names_looks_like_a_wrong_code(app, db):
    from tests.functional.test_carers import choose_basis, give_details, make_permission

    share, _, _ = make_permission(app.test_client(), person="Jamie", carer="Robin")
    answers = {}
    for case, typed in (("real code, wrong names", share), ("wrong code", "ABCD-EFGH")):
        carer = app.test_client()
        give_details(carer)  # the carer says Sam for Alex: not the names on the code
        choose_basis(carer, "permission")
        url = f"{BASE}/for-someone/code"
        token = csrf_token(carer.get(url).get_data(as_text=True))
        seen, count = _statements(db)
        event.listen(db.engine, "before_cursor_execute", count)
        try:
            result = carer.post(url, data={"csrf_token": token, "code": typed})
        finally:
            event.remove(db.engine, "before_cursor_execute", count)
        # The form token is signed with the time in seconds: under load a page may get a
        # fresher signature of the same token, so every token value is masked.
        html = re.sub(r'name="csrf_token" value="[^"]+"', 'name="csrf_token" value="TOKEN"',
                      result.get_data(as_text=True)).replace(typed, "TYPED")
        answers[case] = (result.status_code, html[html.index("<main"):html.index("</main>")],
                         sorted(seen))
    real, wrong = answers["real code, wrong names"], answers["wrong code"]
    assert real[0] == wrong[0] == 400
    assert "We cannot find that code." in real[1]
    assert real[1] == wrong[1]  # the same page, word for word
    assert real[2] == wrong[2]  # and the same database work


# --- flask create-admin -----------------------------------------------------------------------

def test_create_admin_with_an_email_in_use_says_so_in_one_line(runner, db):
    create_user("boss@example.org", PASSWORD, "staff")
    result = runner.invoke(args=["create-admin", "--email", "Boss@Example.org",
                                 "--password", "another long password 2"])
    assert result.exit_code == 1
    assert "already an account for boss@example.org" in result.output
    assert "Traceback" not in result.output and result.exception.__class__ is SystemExit
    assert len(result.output.strip().splitlines()) == 1
