from __future__ import annotations

import secrets
from datetime import date, datetime

from sqlalchemy import and_
from sqlalchemy import false as sa_false
from sqlalchemy import (
    JSON, Boolean, Date, DateTime, ForeignKey, Index, String, Text, UniqueConstraint, text,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow

ANSWERING = ("self", "helped", "proxy")
BASES = ("present", "permission", "lpa", "deputy", "best_interests")


class Response(db.Model):
    __table_args__ = (Index("ix_response_consultation_status", "consultation_id", "status"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"))
    # sha256 of the normalised reference code; the code itself is never stored.
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")  # draft|sent|withdrawn
    lang: Mapped[str] = mapped_column(String(10), default="en")
    answering: Mapped[str] = mapped_column(String(10), default="self")
    helper_role: Mapped[str] = mapped_column(String(100), default="")
    reviewed: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    excluded: Mapped[bool] = mapped_column(Boolean, default=False)  # permission found not valid
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    # A worrying answer is hidden from anyone who comes back with the code (maybe the person
    # it is about) unless the person chose to keep it visible.
    show_flagged: Mapped[bool] = mapped_column(Boolean, default=False,
                                               server_default=sa_false())
    # Changes made after sending, kept apart until the person presses "Send my changes":
    # {question id: {"text", "choices", "skipped", "source"}}. Staff see the sent answers.
    pending: Mapped[dict] = mapped_column(JSON, default=dict, server_default=text("'{}'"))
    # "About you" is taken once per sent response; the answers are stored apart (AboutYou).
    about_you_given: Mapped[bool] = mapped_column(Boolean, default=False,
                                                  server_default=sa_false())
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime)

    consultation = relationship("Consultation")
    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan"
    )
    proxy: Mapped[ProxyDetails | None] = relationship(
        back_populates="response", cascade="all, delete-orphan", uselist=False
    )
    notes: Mapped[list[Note]] = relationship(
        back_populates="response", cascade="all, delete-orphan", order_by="Note.created_at"
    )
    tags: Mapped[list[Tag]] = relationship(secondary="response_tag", order_by="Tag.name")
    safeguarding: Mapped[SafeguardingFlag | None] = relationship(
        back_populates="response", cascade="all, delete-orphan", uselist=False
    )
    contact_request: Mapped[ContactRequest | None] = relationship(
        back_populates="response", cascade="all, delete-orphan", uselist=False
    )


def counted_in_results(consultation_id: int):
    """The one rule for the responses a consultation's results count, as a SQL condition:
    sent, and not left out for a permission found not valid. Answers kept after a permission
    was withdrawn still count (the person chose to keep them); a withdrawn response has
    status 'withdrawn'. A response answered for someone is one row, so it counts once."""
    return and_(Response.consultation_id == consultation_id, Response.status == "sent",
                Response.excluded.is_(False))


class Answer(db.Model):
    __table_args__ = (UniqueConstraint("response_id", "question_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), index=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    choices: Mapped[list] = mapped_column(JSON, default=list)
    skipped: Mapped[bool] = mapped_column(Boolean, default=False)
    source: Mapped[str] = mapped_column(String(10), default="")  # carers: told|think
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    response: Mapped[Response] = relationship(back_populates="answers")
    question = relationship("Question")


class ProxyDetails(db.Model):
    """Who answered for the person, and on what basis (Mental Capacity Act 2005)."""

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), unique=True)
    carer_name: Mapped[str] = mapped_column(String(120))
    carer_contact: Mapped[str] = mapped_column(String(200), default="")
    relationship_to_person: Mapped[str] = mapped_column(String(100))
    person_name: Mapped[str] = mapped_column(String(120))
    basis: Mapped[str] = mapped_column(String(20), default="")
    permission_id: Mapped[int | None] = mapped_column(ForeignKey("permission.id"))
    legal_reference: Mapped[str] = mapped_column(String(100), default="")
    steps_taken: Mapped[str] = mapped_column(Text, default="")
    why_cannot_decide: Mapped[str] = mapped_column(Text, default="")
    wishes: Mapped[str] = mapped_column(Text, default="")
    carer_views: Mapped[str] = mapped_column(Text, default="")
    agreed_at: Mapped[datetime | None] = mapped_column(DateTime)
    check_status: Mapped[str] = mapped_column(String(12), default="unchecked")
    checked_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    checked_at: Mapped[datetime | None] = mapped_column(DateTime)

    response: Mapped[Response] = relationship(back_populates="proxy")
    permission = relationship("Permission")

    @property
    def needs_checking(self) -> bool:
        return self.basis in {"lpa", "deputy", "best_interests"} and self.check_status == "unchecked"


class Tag(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(60), unique=True)


class ResponseTag(db.Model):
    __tablename__ = "response_tag"
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), primary_key=True)
    tag_id: Mapped[int] = mapped_column(ForeignKey("tag.id"), primary_key=True, index=True)


class Note(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="notes")
    author = relationship("StaffUser")


class SafeguardingFlag(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), unique=True)
    categories: Mapped[list] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(12), default="new")  # new|seen|actioned
    seen_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    seen_at: Mapped[datetime | None] = mapped_column(DateTime)
    action: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="safeguarding")
    seen_by = relationship("StaffUser")


class ContactRequest(db.Model):
    """A person's wish to be contacted after telling us something worrying (issue 16).

    Kept apart from the answers and shown only to staff who can act (not viewers), on the
    safeguarding pages: it says how and when it is safe to reach the person."""

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id"), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    how: Mapped[str] = mapped_column(String(10))  # phone|text|email|letter
    detail: Mapped[str] = mapped_column(String(200))
    safe_times: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    response: Mapped[Response] = relationship(back_populates="contact_request")


def _random_id() -> int:
    return secrets.randbelow(2**31 - 2) + 1


class AboutYou(db.Model):
    """Equality monitoring answers. Deliberately not linked to a response: no response id,
    a random row id (not one after another, which would follow the order answers were
    sent) and the day only, not the time."""

    id: Mapped[int] = mapped_column(primary_key=True, default=_random_id)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    age_band: Mapped[str] = mapped_column(String(20), default="")
    disability: Mapped[str] = mapped_column(String(20), default="")
    carer: Mapped[str] = mapped_column(String(20), default="")
    ethnicity: Mapped[str] = mapped_column(String(30), default="")
    language: Mapped[str] = mapped_column(String(20), default="")
    created_on: Mapped[date] = mapped_column(Date, default=date.today)
