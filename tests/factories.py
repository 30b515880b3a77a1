"""Quick test data: many sent responses by bulk insert, staff users, logging in."""
from __future__ import annotations

import hashlib
from datetime import timedelta

from sqlalchemy import func, insert, select

from app.extensions import db
from app.models import Answer, Consultation, ProxyDetails, Response
from app.models._types import utcnow
from app.models.consultation import FEELINGS, YES_NO

ANSWERINGS = ("self", "helped", "proxy")


def choice_for(question, i: int) -> list[str]:
    if question.kind == "feelings":
        return [FEELINGS[i % len(FEELINGS)]]
    if question.kind == "yesno":
        return [YES_NO[i % len(YES_NO)]]
    values = [option.value for option in question.options]
    if question.kind == "one":
        return [values[i % len(values)]]
    return sorted({values[i % len(values)], values[(i + 1) % len(values)]})  # many


def make_sent_responses(consultation: Consultation, n: int, *, answering=ANSWERINGS,
                        text: str = "Answer number {i}", proxy_basis: str = "permission",
                        status: str = "sent") -> list[int]:
    """n responses with one answer to every live question, in a few bulk INSERTs.

    `answering` cycles over the responses; proxy responses get ProxyDetails with
    `proxy_basis`. Returns the new response ids, oldest first.
    """
    start = (db.session.scalar(select(func.max(Response.id))) or 0) + 1
    now = utcnow()
    questions = [q for q in consultation.questions if not q.removed]
    responses, answers, proxies = [], [], []
    for offset in range(n):
        rid = start + offset
        who = answering[offset % len(answering)]
        responses.append({
            "id": rid, "consultation_id": consultation.id, "status": status,
            "code_hash": hashlib.sha256(f"factory-{rid}".encode()).hexdigest(),
            "lang": "en", "answering": who, "helper_role": "support worker" if who == "helped"
            else "", "reviewed": False, "excluded": False, "flagged": False,
            "created_at": now - timedelta(minutes=n - offset), "updated_at": now,
            "sent_at": now - timedelta(minutes=n - offset) if status == "sent" else None})
        for question in questions:
            answers.append({
                "response_id": rid, "question_id": question.id, "skipped": False,
                "text": text.format(i=rid) if question.kind == "text" else "",
                "choices": [] if question.kind == "text" else choice_for(question, offset),
                "source": "told" if who == "proxy" else "", "updated_at": now})
        if who == "proxy":
            proxies.append({
                "response_id": rid, "carer_name": f"Carer {rid}", "carer_contact": "",
                "relationship_to_person": "sister", "person_name": f"Person {rid}",
                "basis": proxy_basis, "check_status": "unchecked"})
    db.session.execute(insert(Response), responses)
    if answers:
        db.session.execute(insert(Answer), answers)
    if proxies:
        db.session.execute(insert(ProxyDetails), proxies)
    db.session.commit()
    return [row["id"] for row in responses]


def make_staff(email: str, role: str, password: str = "correct horse battery staple"):
    from app.staff_accounts import create_user

    return create_user(email, password, role)


def login(client, email: str, password: str = "correct horse battery staple"):
    from tests.helpers import post_form

    return post_form(client, "/staff/login", {"email": email, "password": password})


class QueryCounter:
    """Counts SQL statements run while active: `with QueryCounter(db.engine) as q: ...`."""

    def __init__(self, engine):
        self.engine = engine
        self.count = 0
        self.statements: list[str] = []

    def _hook(self, conn, cursor, statement, parameters, context, executemany):
        self.count += 1
        self.statements.append(statement)

    def __enter__(self):
        from sqlalchemy import event

        event.listen(self.engine, "before_cursor_execute", self._hook)
        return self

    def __exit__(self, *exc):
        from sqlalchemy import event

        event.remove(self.engine, "before_cursor_execute", self._hook)
        return False


def post_from(client, page: str, url: str, data: dict | None = None, **kwargs):
    """POST to `url` with the CSRF token from `page` (for POST-only action URLs)."""
    from tests.helpers import csrf_token

    token = csrf_token(client.get(page).get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **(data or {})}, **kwargs)


def set_translation(db, entity: str, entity_id: int, field: str, lang: str, text: str,
                    status: str = "draft") -> None:
    """Put one translation in place, replacing the demo data's own if it has one."""
    from sqlalchemy import delete

    from app.models import ContentTranslation

    db.session.execute(delete(ContentTranslation).where(
        ContentTranslation.entity == entity, ContentTranslation.entity_id == entity_id,
        ContentTranslation.field == field, ContentTranslation.lang == lang))
    db.session.add(ContentTranslation(entity=entity, entity_id=entity_id, field=field,
                                      lang=lang, text=text, status=status))


def drop_translations(db, entity: str, entity_id: int, lang: str) -> None:
    """Take away one item's translations in a language: what a reader sees while the
    translation is not written yet (the demo data has every language complete)."""
    from sqlalchemy import delete

    from app.models import ContentTranslation

    db.session.execute(delete(ContentTranslation).where(
        ContentTranslation.entity == entity, ContentTranslation.entity_id == entity_id,
        ContentTranslation.lang == lang))
