"""Groups and meetings (issue 19): steering groups, task-and-finish groups and partnership
boards; their meetings with venue access; invitations to people on the get-involved
register, each with its own link code (only the hash is stored), their replies and who came."""
from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, DateTime, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow

GROUP_KINDS = ("steering", "task", "board")
MEETING_MODES = ("in-person", "online", "both")
REPLIES = ("yes", "no")
ATTENDANCE = ("came", "apologies", "absent")


class MeetingGroup(db.Model):
    __tablename__ = "meeting_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))  # steering | task | board
    about: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    meetings = relationship("Meeting", back_populates="group", order_by="Meeting.starts_at",
                            cascade="all, delete-orphan")


class Meeting(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    group_id: Mapped[int] = mapped_column(ForeignKey("meeting_group.id"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    starts_at: Mapped[datetime] = mapped_column(DateTime)  # local time, as people read it
    ends_at: Mapped[datetime] = mapped_column(DateTime)
    mode: Mapped[str] = mapped_column(String(12))  # in-person | online | both
    venue_name: Mapped[str] = mapped_column(String(200), default="")
    venue_address: Mapped[str] = mapped_column(Text, default="")
    getting_there: Mapped[str] = mapped_column(Text, default="")
    access: Mapped[list] = mapped_column(JSON, default=list)  # keys of what the venue has
    joining: Mapped[str] = mapped_column(Text, default="")  # online joining details
    about: Mapped[str] = mapped_column(Text, default="")  # easy read
    notes: Mapped[str] = mapped_column(Text, default="")  # easy-read notes afterwards
    notes_at: Mapped[datetime | None] = mapped_column(DateTime)
    # Names the meeting's read-aloud clips; random so that nobody can list meetings by
    # trying numbers (only people holding an invitation see it).
    listen_key: Mapped[str] = mapped_column(String(32), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    group = relationship("MeetingGroup", back_populates="meetings")
    invitations = relationship("Invitation", back_populates="meeting",
                               cascade="all, delete-orphan", order_by="Invitation.id")


class Invitation(db.Model):
    """One person on the register invited to one meeting. Deleting the register entry
    deletes its invitations too (the backref's cascade)."""

    __table_args__ = (UniqueConstraint("meeting_id", "involvement_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(ForeignKey("meeting.id"), index=True)
    involvement_id: Mapped[int] = mapped_column(ForeignKey("involvement.id"), index=True)
    code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    reply: Mapped[str] = mapped_column(String(10), default="")  # "" | yes | no
    replied_at: Mapped[datetime | None] = mapped_column(DateTime)
    attendance: Mapped[str] = mapped_column(String(12), default="")  # "" | came | apologies | absent
    invited_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    invited_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))

    meeting = relationship("Meeting", back_populates="invitations")
    person = relationship("Involvement", backref=backref(
        "invitations", cascade="all, delete-orphan"))
