"""Issue 16: the safeguarding team gets an email through a real SMTP server (aiosmtpd, on
this machine) when an answer may show harm. The email holds a link, never the answers."""
from __future__ import annotations

import socket
import time

import pytest
from aiosmtpd.controller import Controller

from tests.functional.test_help_after_disclosure import _text_question_number
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import csrf_token, post_form


class Inbox:
    def __init__(self):
        self.messages: list[tuple[str, list[str], str]] = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos),
                              envelope.content.decode("utf-8", "replace")))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture
def inbox(app):
    handler = Inbox()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port,
                      SAFEGUARDING_ALERT_TO="safe@council.example, duty@council.example",
                      MAIL_FROM="noreply@council.example")
    yield handler
    controller.stop()


def _wait_for(inbox: Inbox, count: int) -> None:
    deadline = time.monotonic() + 5
    while len(inbox.messages) < count and time.monotonic() < deadline:
        time.sleep(0.02)


def _send_with(client, consultation, text):
    start(client)
    answer_all(client)
    number = _text_question_number(consultation)
    post_form(client, f"{BASE}/questions/{number}", {"answer": text, "action": "next"})
    page = client.get(f"{BASE}/check").get_data(as_text=True)
    client.post(f"{BASE}/check", data={"csrf_token": csrf_token(page)})


def test_a_flagged_response_emails_a_link_and_no_answers(client, db, consultation, inbox):
    _send_with(client, consultation, "My carer takes my pension and hits me.")
    _wait_for(inbox, 1)
    assert len(inbox.messages) == 1
    sender, to, body = inbox.messages[0]
    assert sender == "noreply@council.example"
    assert to == ["safe@council.example", "duty@council.example"]
    assert "/staff/responses/" in body and "needs checking" in body
    for private in ("pension", "hits", "carer", "Physical", "financial"):
        assert private not in body


def test_a_calm_response_sends_nothing(client, db, consultation, inbox):
    _send_with(client, consultation, "I like the art classes.")
    time.sleep(0.2)
    assert inbox.messages == []


def test_asking_to_be_contacted_alerts_even_before_sending(client, db, consultation, inbox):
    start(client)
    number = _text_question_number(consultation)
    help_url = post_form(client, f"{BASE}/questions/{number}",
                         {"answer": "I am scared of my son.", "action": "next"}
                         ).headers["Location"]
    post_form(client, help_url, {"how": "phone", "detail": "07700 900123"})
    _wait_for(inbox, 1)
    [(_, _, body)] = inbox.messages
    assert "asks to be contacted" in body and "07700" not in body and "scared" not in body


def test_no_mail_server_still_stores_the_response(app, client, db, consultation):
    """A mail server that is down loses nothing: the response is sent and in the queue."""
    from sqlalchemy import select

    from app.models import Response

    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=_free_port(),
                      SAFEGUARDING_ALERT_TO="safe@council.example")
    _send_with(client, consultation, "He hits me.")
    response = db.session.scalar(select(Response).where(Response.status == "sent"))
    assert response is not None and response.flagged is True
    assert "Thank you. We got your answers" in client.get(f"{BASE}/sent").get_data(as_text=True)
