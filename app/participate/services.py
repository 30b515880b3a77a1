"""The participant journey's rules: which consultation is open, answering, sending."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import date

from flask import abort, current_app, g, session
from flask_login import current_user
from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError

from app import alerts, codes
from app.extensions import db
from app.models import (
    AboutYou, Answer, Consultation, ContactRequest, InfoBlock, Option, Question, Response,
)
from app.models._types import utcnow
from app.models.consultation import FEELINGS, YES_NO
from app.participate import screening

TEXT_LIMIT = 5000


def today() -> date:
    return date.today()


def published_consultations() -> list[Consultation]:
    query = select(Consultation).where(Consultation.published_at.is_not(None))
    return list(db.session.scalars(query.order_by(Consultation.closes_on)))


def find_published(slug: str) -> Consultation | None:
    # Remembered for the request: the carers' guard and the view both ask for it.
    found = g.setdefault("_published", {})
    if slug not in found:
        found[slug] = db.session.scalar(select(Consultation).where(Consultation.slug == slug))
    consultation = found[slug]
    return consultation if consultation is not None and consultation.published_at else None


def get_published(slug: str) -> Consultation:
    consultation = find_published(slug)
    if consultation is None:
        abort(404)
    return consultation


def live_questions(consultation: Consultation) -> list[Question]:
    return [q for q in consultation.questions if not q.removed]


def option_values(question: Question) -> list[str]:
    if question.kind == "feelings":
        return list(FEELINGS)
    if question.kind == "yesno":
        return list(YES_NO)
    return [option.value for option in question.options]


# --- this browser's responses, held in the signed session cookie -------------------------

# Shared devices: what a browser holds is forgotten after PARTICIPANT_IDLE_MINUTES without a
# page, and at once with "Finish and clear". The code is sealed (app.codes.seal).
SEEN = "journey_seen"
SEEN_EVERY = 60  # seconds: how often the "last seen" stamp (and so the cookie) is renewed


def _remember(response: Response, code: str) -> None:
    held = dict(session.get("responses", {}))
    held[str(response.consultation_id)] = [response.id,
                                           codes.seal(code, current_app.secret_key)]
    session["responses"] = held
    session[SEEN] = int(time.time())
    session.permanent = True


def forget(consultation: Consultation) -> None:
    held = dict(session.get("responses", {}))
    held.pop(str(consultation.id), None)
    session["responses"] = held


def forget_everything() -> None:
    """This device forgets the person: their responses, language and display choices."""
    session.clear()


def _held() -> dict:
    held = session.get("responses")
    if not held:
        return {}
    now = int(time.time())
    seen = session.get(SEEN)
    idle = int(current_app.config["PARTICIPANT_IDLE_MINUTES"]) * 60
    if not isinstance(seen, int) or not 0 <= now - seen <= idle:
        session.pop("responses", None)  # left alone too long: the next person starts afresh
        session.pop(SEEN, None)
        return {}
    if now - seen >= SEEN_EVERY:
        session[SEEN] = now
    return held


def held_entry(consultation_id: int) -> list | None:
    """[response id, sealed code] this browser holds for a consultation, or None."""
    return _held().get(str(consultation_id))


def current_response(consultation: Consultation) -> Response | None:
    held = held_entry(consultation.id)
    if not held:
        return None
    # Held on g for the request: the session's identity map keeps objects only while
    # something refers to them, and the carers' guard asks before the view does.
    loaded = g.setdefault("_responses", {})
    if held[0] not in loaded:
        loaded[held[0]] = db.session.get(Response, held[0])
    response = loaded[held[0]]
    if response is None or response.consultation_id != consultation.id:
        forget(consultation)
        return None
    if response.status == "withdrawn":
        return None
    return response


def current_code(consultation: Consultation) -> str | None:
    held = held_entry(consultation.id)
    return codes.unseal(held[1], current_app.secret_key) if held else None


def start_response(consultation: Consultation, answering: str, helper_role: str,
                   lang: str) -> Response:
    """A new draft response with a fresh code. Codes are unique by construction of 40 bits,
    and the unique index on the hash is the final guard."""
    code = codes.new_code()
    response = Response(consultation=consultation, code_hash=codes.code_hash(code),
                        answering=answering, helper_role=helper_role, lang=lang)
    db.session.add(response)
    db.session.commit()
    _remember(response, code)
    return response


def find_by_code(typed: str) -> Response | None:
    if codes.normalise(typed) is None:
        return None
    response = db.session.scalar(select(Response).where(
        Response.code_hash == codes.code_hash(typed)))
    if response is None or response.status == "withdrawn":
        return None
    return response


def resume(response: Response, typed_code: str) -> None:
    _remember(response, codes.pretty(typed_code))


# --- answers ----------------------------------------------------------------------------

@dataclass(frozen=True)
class PendingAnswer:
    """A change made after sending, shown to the person as their answer until sent."""
    question_id: int
    text: str = ""
    choices: list = field(default_factory=list)
    skipped: bool = False
    source: str = ""


def answers_by_question(response: Response) -> dict[int, Answer | PendingAnswer]:
    """The person's answers as they see them: the sent ones, with their unsent changes."""
    answers: dict = {answer.question_id: answer for answer in response.answers}
    for question_id, change in (response.pending or {}).items():
        answers[int(question_id)] = PendingAnswer(int(question_id), **change)
    return answers


def has_unsent_changes(response: Response) -> bool:
    return response.status == "sent" and bool(response.pending)


def save_answer(response: Response, question: Question, *, text: str = "",
                choices: list[str] | None = None, skipped: bool = False,
                source: str = "") -> None:
    """Insert or update the one answer to this question: a resubmitted form stores one.

    After sending, a change waits in `response.pending` until "Send my changes": staff
    keep seeing what was sent.

    Two requests racing to insert the same answer meet the unique key; the loser retries
    as an update, so the person never sees an error for pressing the button twice.
    """
    change = {"text": "" if skipped else text, "choices": [] if skipped else list(choices or []),
              "skipped": skipped, "source": source}
    if response.status == "sent":
        response.pending = {**(response.pending or {}), str(question.id): change}
        db.session.commit()
        return
    _store_answer(response, question.id, change)


def _store_answer(response: Response, question_id: int, change: dict) -> None:
    for attempt in range(2):
        answer = db.session.scalar(select(Answer).where(
            Answer.response_id == response.id, Answer.question_id == question_id))
        if answer is None:
            answer = Answer(response_id=response.id, question_id=question_id)
            db.session.add(answer)
        answer.text = change["text"]
        answer.choices = change["choices"]
        answer.skipped = change["skipped"]
        answer.source = change["source"]
        response.updated_at = utcnow()
        try:
            db.session.commit()
            return
        except IntegrityError:
            db.session.rollback()
            if attempt:
                raise


def hidden_answers(response: Response) -> set[int]:
    """Question ids whose answer is kept out of sight on the person's own pages: text that
    may tell of harm, unless the person chose to keep it visible. Whoever holds the code
    (perhaps the carer it is about) cannot read it back; staff still see it."""
    return {answer.question_id for answer in answers_by_question(response).values()
            if is_private(response, answer)}


def is_private(response: Response, answer: Answer | PendingAnswer | None) -> bool:
    """Whether this one answer is kept out of sight (see hidden_answers)."""
    return (answer is not None and not response.show_flagged and bool(answer.text)
            and bool(screening.concerns_in(answer.text, response.lang)))


def show_private_answers(response: Response) -> None:
    """The person chose: their worrying answer may be shown to anyone with the code."""
    response.show_flagged = True
    db.session.commit()


def next_unanswered(response: Response, questions: list[Question]) -> int | None:
    """The number (from 1) of the first question with no answer, or None when all have one."""
    done = answers_by_question(response)
    for number, question in enumerate(questions, start=1):
        if question.id not in done:
            return number
    return None


def missing_required(response: Response, questions: list[Question]) -> list[int]:
    done = answers_by_question(response)
    return [n for n, q in enumerate(questions, start=1)
            if q.required and (q.id not in done or done[q.id].skipped)]


def send(response: Response) -> bool:
    """Mark as sent. Returns False when it was already sent: a double submit stores one.

    The change from draft to sent is one conditional UPDATE, so of two sends racing each
    other exactly one is first, on SQLite and PostgreSQL alike.
    """
    if response.pending:  # "Send my changes": the waiting changes become the answers
        for question_id, change in dict(response.pending).items():
            _store_answer(response, int(question_id), change)
        response.pending = {}
        db.session.commit()
    now = utcnow()
    changed = db.session.execute(
        update(Response).where(Response.id == response.id, Response.status == "draft")
        .values(status="sent", sent_at=now, updated_at=now))
    first_time = changed.rowcount == 1
    db.session.refresh(response)
    if not first_time:
        response.sent_at = now  # sending changes later: note when
    newly_flagged = screening.screen_response(response)
    try:
        db.session.commit()
    except IntegrityError:  # a racing send screened the same answers first (and alerts)
        db.session.rollback()
        newly_flagged = False
    if newly_flagged:
        alerts.safeguarding_alert(response.id)
    return first_time


def withdraw(response: Response) -> None:
    """The person takes back their answers: the answers go, and so do the carer's details
    and own views when a carer answered for them. (The bare row stays as "withdrawn", so
    the code cannot be used again.)"""
    response.status = "withdrawn"
    response.pending = {}
    for answer in list(response.answers):
        db.session.delete(answer)
    if response.proxy is not None:
        db.session.delete(response.proxy)
    db.session.commit()


CONTACT_FIELDS = ("how", "detail", "name", "safe_times")


def save_contact_request(response: Response, wanted: dict[str, str]) -> None:
    """Store (or replace) the person's request to be contacted, and make sure the response
    is in the safeguarding queue, sent or not: the person asked us to act."""
    request_row = response.contact_request or ContactRequest(response=response)
    for name, value in wanted.items():
        setattr(request_row, name, value)
    db.session.add(request_row)
    screening.screen_response(response)
    db.session.commit()
    alerts.safeguarding_alert(response.id, asked_to_be_contacted=True)


ABOUT_FIELDS = ("age_band", "disability", "carer", "ethnicity", "language")


def save_about_you(response: Response, answers: dict[str, str]) -> bool:
    """Store the answers apart from the response, once per sent response. False when this
    response already gave them (a second go, or a double submit, stores nothing).

    Marking the response first, with one conditional UPDATE, makes "once" hold even for two
    submits at the same moment."""
    taken = db.session.execute(
        update(Response).where(Response.id == response.id, Response.status == "sent",
                               Response.about_you_given.is_(False))
        .values(about_you_given=True).execution_options(synchronize_session=False))
    if taken.rowcount != 1:
        db.session.rollback()
        return False
    for _attempt in range(5):  # a random id may, very rarely, be taken already
        try:
            with db.session.begin_nested():
                db.session.add(AboutYou(consultation_id=response.consultation_id, **answers))
            break
        except IntegrityError:
            continue
    db.session.commit()
    db.session.refresh(response)
    return True


def picture_is_public(picture_id: int) -> bool:
    """Whether a picture is on a published consultation (a block, a question or an option).
    Pictures of drafts stay private: ids are sequential, so they could be guessed."""
    published = Consultation.published_at.is_not(None)
    used = [
        select(InfoBlock.id).join(Consultation).where(InfoBlock.picture_id == picture_id,
                                                      published),
        select(Question.id).join(Consultation).where(Question.picture_id == picture_id,
                                                     published),
        select(Option.id).join(Question).join(Consultation).where(
            Option.picture_id == picture_id, published),
    ]
    return any(db.session.scalar(query.limit(1)) is not None for query in used)


def staff_may_see_drafts() -> bool:
    """Logged-in staff (any role) see draft pictures in the builder and the preview."""
    return bool(getattr(current_user, "is_authenticated", False))
