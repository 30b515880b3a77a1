"""Co-production beyond consultations (issue 19): "Was this helpful?" votes, and comments,
complaints and compliments about a service."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import JSON, Boolean, Date, DateTime, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow

FEEDBACK_KINDS = ("comment", "complaint", "compliment")


class HelpfulVote(db.Model):
    """One press of "Yes" or "No" under an information page. Nothing about the person."""

    id: Mapped[int] = mapped_column(primary_key=True)
    page: Mapped[str] = mapped_column(String(120), index=True)  # e.g. "glossary:respite"
    helpful: Mapped[bool] = mapped_column(Boolean)
    lang: Mapped[str] = mapped_column(String(10), default="en")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class Feedback(db.Model):
    """A comment, complaint or compliment about a service. The person keeps a code to read
    the reply; only its hash is stored."""

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    kind: Mapped[str] = mapped_column(String(12))  # comment | complaint | compliment
    service: Mapped[str] = mapped_column(String(200))
    feeling: Mapped[str] = mapped_column(String(20))  # the feelings scale value
    text: Mapped[str] = mapped_column(Text)
    lang: Mapped[str] = mapped_column(String(10), default="en")
    # Safeguarding screen: the kinds of harm the text may show.
    flagged: Mapped[bool] = mapped_column(Boolean, default=False, index=True)
    categories: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reply: Mapped[str] = mapped_column(Text, default="")
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    replied_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))

    replied_by = relationship("StaffUser")

    @property
    def response_time(self):
        """How long the reply took (a timedelta), or None before a reply."""
        return self.replied_at - self.created_at if self.replied_at else None


class Involvement(db.Model):
    """A person on the get-involved register: what they want to join, what they need to take
    part, and how to reach them. They see, change or delete it with their code."""

    id: Mapped[int] = mapped_column(primary_key=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(120))
    topics: Mapped[list] = mapped_column(JSON, default=list)
    groups: Mapped[list] = mapped_column(JSON, default=list)
    needs: Mapped[list] = mapped_column(JSON, default=list)
    best_time: Mapped[str] = mapped_column(String(20), default="any")
    contact_how: Mapped[str] = mapped_column(String(10))
    contact_detail: Mapped[str] = mapped_column(String(200))
    language: Mapped[str] = mapped_column(String(10), default="en")
    consent: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    # Made by a carer for the person: who said yes, how (a carers basis key) and when.
    carer_name: Mapped[str | None] = mapped_column(String(120))
    carer_relationship: Mapped[str | None] = mapped_column(String(100))
    permission_by: Mapped[str | None] = mapped_column(String(120))
    permission_how: Mapped[str | None] = mapped_column(String(20))
    permission_on: Mapped[date | None] = mapped_column(Date)
