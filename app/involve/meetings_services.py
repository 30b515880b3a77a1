"""Groups and meetings (issue 19): the logic behind meetings.py and meetings_staff.py.

An invitation's link code is longer than the 8-character codes people type elsewhere: it
travels in a link (or a letter), so 16 symbols (80 bits) cost nothing and it cannot be
guessed. Only its hash is stored; staff see the link once, when they invite.
"""
from __future__ import annotations

from datetime import datetime
import hashlib
import secrets
from collections import Counter

from sqlalchemy import select

from app import codes
from app.extensions import db
from app.involve.forms import NEED_LABELS
from app.models import ContentTranslation, Invitation, Involvement, Meeting, MeetingGroup
from app.models._types import utcnow

LINK_LENGTH = 16
# Needs that only a meeting place can meet: they do not matter when people join online.
PLACE_NEEDS = {"step-free", "hearing-loop"}


# --- link codes ------------------------------------------------------------------------------

def new_link_code() -> str:
    raw = "".join(secrets.choice(codes.ALPHABET) for _ in range(LINK_LENGTH))
    return "-".join(raw[i:i + 4] for i in range(0, LINK_LENGTH, 4))


def _normal(code: str) -> str | None:
    cleaned = "".join(ch for ch in (code or "").upper() if ch.isalnum())
    if len(cleaned) != LINK_LENGTH or not set(cleaned) <= set(codes.ALPHABET):
        return None
    return cleaned


def link_hash(code: str) -> str | None:
    norm = _normal(code)
    return hashlib.sha256(b"invite:" + norm.encode()).hexdigest() if norm else None


def find_invitation(code: str) -> Invitation | None:
    digest = link_hash(code)
    if digest is None:
        return None
    return db.session.scalar(select(Invitation).where(Invitation.code_hash == digest))


# --- groups and meetings ---------------------------------------------------------------------

def groups() -> list[MeetingGroup]:
    return list(db.session.scalars(select(MeetingGroup).order_by(MeetingGroup.name,
                                                                 MeetingGroup.id)))


def save_group(group: MeetingGroup | None, data: dict) -> MeetingGroup:
    group = group or MeetingGroup()
    group.name, group.kind = data["name"].strip(), data["kind"]
    group.about = (data["about"] or "").strip()
    db.session.add(group)
    db.session.commit()
    return group


MEETING_TEXT = ("title", "venue_name", "venue_address", "getting_there", "joining", "about")


def save_meeting(meeting: Meeting, data: dict) -> Meeting:
    for name in MEETING_TEXT:
        setattr(meeting, name, (data[name] or "").strip())
    meeting.starts_at, meeting.ends_at = data["starts_at"], data["ends_at"]
    meeting.mode, meeting.access = data["mode"], list(data["access"] or [])
    if meeting.mode == "online":  # no meeting place: nothing to say about one
        meeting.venue_name = meeting.venue_address = meeting.getting_there = ""
        meeting.access = [a for a in meeting.access if a not in PLACE_NEEDS | {
            "toilet", "quiet-room", "parking"}]
    if meeting.mode == "in-person":
        meeting.joining = ""
    if not meeting.listen_key:
        meeting.listen_key = secrets.token_hex(8)
    db.session.add(meeting)
    db.session.commit()
    return meeting


def save_notes(meeting: Meeting, notes: str) -> None:
    meeting.notes = notes.strip()
    meeting.notes_at = utcnow()
    db.session.commit()


def is_over(meeting: Meeting) -> bool:
    return meeting.ends_at < datetime.now()  # meeting times are local times


# Fields staff may give in each language; the pages and read aloud use them (app.content).
TRANSLATED = ("title", "about", "venue_name", "getting_there", "joining", "notes")


def translations(meeting: Meeting, lang: str) -> dict[str, str]:
    rows = db.session.scalars(select(ContentTranslation).where(
        ContentTranslation.entity == Meeting.__tablename__,
        ContentTranslation.entity_id == meeting.id, ContentTranslation.lang == lang))
    return {row.field: row.text for row in rows}


def save_translations(meeting: Meeting, lang: str, texts: dict[str, str]) -> None:
    """An empty box removes that field's translation, so the English shows (and says so)."""
    rows = {row.field: row for row in db.session.scalars(select(ContentTranslation).where(
        ContentTranslation.entity == Meeting.__tablename__,
        ContentTranslation.entity_id == meeting.id, ContentTranslation.lang == lang))}
    for field in TRANSLATED:
        text = (texts.get(field) or "").strip()
        row = rows.get(field)
        if not text:
            if row is not None:
                db.session.delete(row)
        elif row is None:
            db.session.add(ContentTranslation(entity=Meeting.__tablename__, entity_id=meeting.id,
                                              field=field, lang=lang, text=text))
        else:
            row.text = text
    db.session.commit()


# --- invitations ------------------------------------------------------------------------------

def unmet_needs(needs: list[str], meeting: Meeting) -> list[str]:
    """The person's needs this meeting does not meet, as need keys (the venue's access keys
    share them). Needs about the meeting place do not count when it is online only."""
    return [need for need in needs if need in NEED_LABELS and need not in meeting.access
            and not (meeting.mode == "online" and need in PLACE_NEEDS)]


def candidates(topic: str = "", group: str = "", need: str = "") -> list[Involvement]:
    """People who agreed to be contacted, with this topic, group and need (any may be empty)."""
    people = db.session.scalars(select(Involvement).where(Involvement.consent.is_(True))
                                .order_by(Involvement.name, Involvement.id))
    return [p for p in people if (not topic or topic in p.topics)
            and (not group or group in p.groups) and (not need or need in p.needs)]


def invite(meeting: Meeting, people: list[Involvement], user) -> list[tuple[Involvement, str]]:
    """Invite each person not invited yet. Returns (person, link code) for the new ones:
    the only time anyone sees the codes."""
    already = {i.involvement_id for i in meeting.invitations}
    made = []
    for person in people:
        if person.id in already or not person.consent:
            continue
        code = new_link_code()
        db.session.add(Invitation(meeting=meeting, person=person, code_hash=link_hash(code),
                                  invited_by_id=getattr(user, "id", None)))
        made.append((person, code))
    db.session.commit()
    return made


def save_reply(invitation: Invitation, reply: str) -> None:
    invitation.reply = reply
    invitation.replied_at = utcnow()
    db.session.commit()


def save_attendance(meeting: Meeting, marks: dict[int, str]) -> None:
    """marks: invitation id -> came | apologies | absent | "" (not recorded)."""
    for invitation in meeting.invitations:
        if invitation.id in marks:
            invitation.attendance = marks[invitation.id]
    db.session.commit()


def counts(meeting: Meeting) -> dict[str, int]:
    """Replies and attendance: yes, no, waiting, came, apologies, absent."""
    replies = Counter(i.reply or "waiting" for i in meeting.invitations)
    marks = Counter(i.attendance for i in meeting.invitations if i.attendance)
    return {"yes": replies["yes"], "no": replies["no"], "waiting": replies["waiting"],
            "came": marks["came"], "apologies": marks["apologies"], "absent": marks["absent"],
            "invited": len(meeting.invitations)}
