"""ASVS V7 / V11: faults give a clear message, leave nothing half-saved, and the app goes on."""
import sqlalchemy.exc
from sqlalchemy import func, select

from app.extensions import db
from app.models import Answer, Response
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import csrf_token, post_form


def _locked(*args, **kwargs):
    raise sqlalchemy.exc.OperationalError("COMMIT", {}, Exception("database is locked"))


def test_database_locked_while_sending(app, client, monkeypatch):
    start(client)
    answer_all(client)
    token = csrf_token(client.get(f"{BASE}/check").get_data(as_text=True))
    monkeypatch.setattr(db.session, "commit", _locked)
    failed = client.post(f"{BASE}/check", data={"csrf_token": token})
    assert failed.status_code == 503
    assert "You did not lose anything" in failed.get_data(as_text=True)
    monkeypatch.undo()
    with app.app_context():
        assert db.session.scalar(select(Response.status)) == "draft"  # not half-sent
    assert client.get("/").status_code == 200  # the app keeps serving
    sent = client.post(f"{BASE}/check", data={"csrf_token": token})
    assert sent.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(Response.status)) == "sent"


def test_database_gone_while_answering_stores_nothing(app, client, monkeypatch):
    start(client)
    monkeypatch.setattr(db.session, "commit", _locked)
    failed = post_form(client, f"{BASE}/questions/2", {"answer": "riverside"})
    assert failed.status_code == 503
    monkeypatch.undo()
    with app.app_context():
        assert db.session.scalar(select(func.count(Answer.id))) == 0
    assert post_form(client, f"{BASE}/questions/2", {"answer": "riverside"}).status_code == 302


def test_healthz_reports_a_missing_database(app, client, monkeypatch):
    monkeypatch.setattr(db.session, "execute", _locked)
    assert client.get("/healthz").status_code == 503
