"""Issue 16: tablets and computers that people share. The next person never carries on in
the previous person's response: "Finish and clear", "This is not me: start again", a short
idle time, and a session cookie that holds no code anyone could read."""
from __future__ import annotations

import json
import time

import pytest

from tests.functional.test_journey import BASE, answer_all, code_on, start
from tests.helpers import csrf_token, post_form

JOURNEY_PAGES = [f"{BASE}/start", f"{BASE}/questions/1", f"{BASE}/check", f"{BASE}/saved",
                 f"{BASE}/your-answers"]


def _cookie_data(app, client) -> dict:
    cookie = client.get_cookie(app.config.get("SESSION_COOKIE_NAME", "session"))
    serializer = app.session_interface.get_signing_serializer(app)
    return serializer.loads(cookie.value)


def test_every_journey_page_offers_finish_and_start_again(client):
    start(client)
    for url in JOURNEY_PAGES:
        page = client.get(url).get_data(as_text=True)
        assert "Finish and clear" in page and "This is not me: start again" in page, url
    home = client.get("/").get_data(as_text=True)
    assert "Finish and clear" not in home  # not a journey page: nothing to clear


@pytest.mark.parametrize("then", ["done", "start-again"])
def test_the_next_person_starts_afresh(client, db, then):
    start(client)
    answer_all(client)
    page = client.get(f"{BASE}/check").get_data(as_text=True)
    result = client.post("/finish", data={"csrf_token": csrf_token(page), "then": then})
    if then == "done":
        assert result.status_code == 200
        assert "This device has forgotten you" in result.get_data(as_text=True)
    else:
        assert result.status_code == 302 and result.headers["Location"] == "/"
    # The next person on the same tablet:
    assert client.get(f"{BASE}/check").headers["Location"].endswith(f"{BASE}/start")
    assert client.get(f"{BASE}/your-answers").status_code == 302
    assert client.get(f"{BASE}/questions/2").status_code == 302


def test_finish_needs_the_form_token(client):
    start(client)
    assert client.post("/finish", data={"then": "done"}).status_code == 400
    assert client.get(f"{BASE}/questions/1").status_code == 200  # nothing was cleared


def test_a_device_left_alone_forgets_the_response(app, client, monkeypatch):
    start(client)
    assert client.get(f"{BASE}/questions/1").status_code == 200
    idle = app.config["PARTICIPANT_IDLE_MINUTES"] * 60
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + idle - 30)
    assert client.get(f"{BASE}/questions/1").status_code == 200  # still in use
    monkeypatch.setattr(time, "time", lambda: now + 2 * idle)
    assert client.get(f"{BASE}/questions/1").headers["Location"].endswith(f"{BASE}/start")


def test_the_cookie_holds_no_code_in_clear_text(app, client):
    start(client)
    saved = post_form(client, f"{BASE}/questions/1", {"answer": "happy", "action": "save"})
    code = code_on(client.get(saved.headers["Location"]).get_data(as_text=True))
    data = _cookie_data(app, client)
    assert data["responses"]  # the browser does hold the response
    raw = json.dumps(data)
    assert code not in raw and code.replace("-", "") not in raw
    # ... yet the person still sees their code on the pages that show it.
    assert code in client.get(f"{BASE}/saved").get_data(as_text=True)
