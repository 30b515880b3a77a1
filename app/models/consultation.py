from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow

QUESTION_KINDS = ("text", "one", "many", "feelings", "yesno")
# Fixed options for the built-in question kinds; labels are translated in the app.
FEELINGS = ("very-happy", "happy", "ok", "unhappy", "very-unhappy")
YES_NO = ("yes", "no", "not-sure")


class Picture(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)
    mime: Mapped[str] = mapped_column(String(20))
    alt: Mapped[str] = mapped_column(String(300))
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


def state_on(today: date, published: bool, opens_on: date, closes_on: date) -> str:
    """The rule behind Consultation.state, also used by the participant outlines."""
    if not published:
        return "draft"
    if today < opens_on:
        return "upcoming"
    if today > closes_on:
        return "closed"
    return "open"


class Consultation(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True, index=True)
    title: Mapped[str] = mapped_column(String(200))
    summary: Mapped[str] = mapped_column(String(300))
    purpose: Mapped[str] = mapped_column(Text, default="")
    audience: Mapped[str] = mapped_column(Text, default="")
    decision: Mapped[str] = mapped_column(Text, default="")
    opens_on: Mapped[date] = mapped_column(Date)
    closes_on: Mapped[date] = mapped_column(Date)
    published_at: Mapped[datetime | None] = mapped_column(DateTime)
    hard_text_reason: Mapped[str] = mapped_column(Text, default="")
    you_said: Mapped[str] = mapped_column(Text, default="")
    we_did: Mapped[str] = mapped_column(Text, default="")
    results_published_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)

    blocks: Mapped[list[InfoBlock]] = relationship(
        back_populates="consultation", order_by="InfoBlock.position", cascade="all, delete-orphan"
    )
    questions: Mapped[list[Question]] = relationship(
        back_populates="consultation", order_by="Question.position", cascade="all, delete-orphan"
    )
    changes: Mapped[list[PromisedChange]] = relationship(
        back_populates="consultation", order_by="PromisedChange.position",
        cascade="all, delete-orphan",
    )

    def state(self, today: date) -> str:
        """'draft', 'upcoming', 'open' or 'closed' on a given day (closes at the end of closes_on)."""
        return state_on(today, self.published_at is not None, self.opens_on, self.closes_on)

    def days_left(self, today: date) -> int:
        return max(0, (self.closes_on - today).days + 1)


class InfoBlock(db.Model):
    """One easy-read idea on the consultation page, with an optional picture beside it."""

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    picture_id: Mapped[int | None] = mapped_column(ForeignKey("picture.id"))

    consultation: Mapped[Consultation] = relationship(back_populates="blocks")
    picture: Mapped[Picture | None] = relationship()


class Question(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    kind: Mapped[str] = mapped_column(String(10))
    text: Mapped[str] = mapped_column(String(500))
    help: Mapped[str] = mapped_column(Text, default="")
    required: Mapped[bool] = mapped_column(Boolean, default=False)
    picture_id: Mapped[int | None] = mapped_column(ForeignKey("picture.id"))
    removed: Mapped[bool] = mapped_column(Boolean, default=False)

    consultation: Mapped[Consultation] = relationship(back_populates="questions")
    options: Mapped[list[Option]] = relationship(
        back_populates="question", order_by="Option.position", cascade="all, delete-orphan"
    )
    picture: Mapped[Picture | None] = relationship()


class Option(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(ForeignKey("question.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(300))
    help: Mapped[str] = mapped_column(Text, default="")
    picture_id: Mapped[int | None] = mapped_column(ForeignKey("picture.id"))

    question: Mapped[Question] = relationship(back_populates="options")
    picture: Mapped[Picture | None] = relationship()


class PromisedChange(db.Model):
    """A change staff promised in "you said, we did", with its progress."""

    id: Mapped[int] = mapped_column(primary_key=True)
    consultation_id: Mapped[int] = mapped_column(ForeignKey("consultation.id"), index=True)
    position: Mapped[int] = mapped_column(Integer, default=0)
    text: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(12), default="planned")  # planned|in-progress|done

    consultation: Mapped[Consultation] = relationship(back_populates="changes")
