"""Votes and feedback: the logic behind the thin views in routes.py and staff.py."""
from __future__ import annotations

import re
from datetime import timedelta

from flask import current_app, session, url_for
from flask_babel import gettext as _
from sqlalchemy import case, func, select

from app import codes
from app.extensions import db
from app.models import Consultation, Feedback, GlossaryTerm, HelpfulVote, Involvement
from app.models._types import utcnow
from app.participate.screening import concerns_in

# --- "Was this helpful?" ----------------------------------------------------------------------

# Information pages that ask "Was this helpful?": page key -> where it lives.
HELPFUL_KINDS = ("consultation", "glossary", "page")
STATIC_PAGES = {"privacy": "main.privacy"}
_KEY = re.compile(r"^(consultation|glossary|page):([a-z0-9-]{1,80})$")


def helpful_key(kind: str, slug: str) -> str:
    return f"{kind}:{slug}"


def page_url(key: str) -> str | None:
    """The address of the page a key names, or None when no such page is shown."""
    match = _KEY.match(key or "")
    if match is None:
        return None
    kind, slug = match.groups()
    if kind == "page":
        endpoint = STATIC_PAGES.get(slug)
        return url_for(endpoint) if endpoint else None
    if kind == "consultation":
        found = db.session.scalar(select(Consultation.id).where(
            Consultation.slug == slug, Consultation.published_at.is_not(None)))
        return url_for("participate.consultation", slug=slug) if found else None
    found = db.session.scalar(select(GlossaryTerm.id).where(
        GlossaryTerm.slug == slug, GlossaryTerm.retired.is_(False)))
    return url_for("glossary.term", slug=slug) if found else None


def record_vote(key: str, helpful: bool, lang: str) -> None:
    db.session.add(HelpfulVote(page=key, helpful=helpful, lang=lang))
    db.session.commit()


def vote_counts() -> list[dict]:
    """Per page: yes, no and all votes; the least helpful pages first."""
    yes = func.sum(case((HelpfulVote.helpful.is_(True), 1), else_=0))
    rows = db.session.execute(select(HelpfulVote.page, yes, func.count())
                              .group_by(HelpfulVote.page)).all()
    counts = [{"page": page, "yes": int(y or 0), "no": total - int(y or 0), "total": total}
              for page, y, total in rows]
    return sorted(counts, key=lambda c: (c["yes"] / c["total"], -c["total"], c["page"]))


# --- comments, complaints and compliments -----------------------------------------------------

SESSION_KEY = "feedback_code"


def make_feedback(kind: str, service: str, feeling: str, text: str, lang: str) -> Feedback:
    """Store the feedback, screened for signs of harm; the browser keeps its code, sealed."""
    code = codes.new_code()
    categories = sorted(concerns_in(text, lang) | concerns_in(service, lang))
    item = Feedback(code_hash=codes.code_hash(code), kind=kind, service=service.strip(),
                    feeling=feeling, text=text.strip(), lang=lang, flagged=bool(categories),
                    categories=categories)
    db.session.add(item)
    db.session.commit()
    session[SESSION_KEY] = [item.id, codes.seal(code, current_app.secret_key)]
    return item


def held_feedback() -> tuple[Feedback, str] | tuple[None, None]:
    """The feedback this browser just sent, and its code."""
    return _held(SESSION_KEY, Feedback)


def _held(key: str, model):
    """(row, code) kept sealed in this browser's session under ``key``, or (None, None)."""
    held = session.get(key)
    if not held:
        return None, None
    code = codes.unseal(held[1], current_app.secret_key)
    item = db.session.get(model, held[0]) if code else None
    if item is None or item.code_hash != codes.code_hash(code):
        session.pop(key, None)
        return None, None
    return item, codes.pretty(code)


def find_by_code(typed: str) -> Feedback | None:
    if codes.normalise(typed) is None:
        return None
    return db.session.scalar(select(Feedback).where(Feedback.code_hash == codes.code_hash(typed)))


def queue() -> list[Feedback]:
    """Flagged first, then waiting for a reply (oldest first), then replied (newest first)."""
    items = list(db.session.scalars(select(Feedback)))
    waiting = sorted((f for f in items if f.replied_at is None), key=lambda f: (
        not f.flagged, f.created_at, f.id))
    done = sorted((f for f in items if f.replied_at is not None),
                  key=lambda f: (f.replied_at, f.id), reverse=True)
    return waiting + done


def average_response_time() -> timedelta | None:
    times = [f.response_time for f in db.session.scalars(
        select(Feedback).where(Feedback.replied_at.is_not(None)))]
    return sum(times, timedelta()) / len(times) if times else None


def waiting_for(item: Feedback) -> timedelta:
    return (item.replied_at or utcnow()) - item.created_at


def save_reply(item: Feedback, text: str, user) -> None:
    item.reply = text.strip()
    if item.replied_at is None:  # the first reply stops the clock
        item.replied_at = utcnow()
    item.replied_by_id = user.id


def flagged_feedback() -> list[Feedback]:
    return list(db.session.scalars(select(Feedback).where(Feedback.flagged.is_(True))
                                   .order_by(Feedback.created_at, Feedback.id)))


def how_long(delta: timedelta | None) -> str:
    """A duration for staff: "3 d 4 h", "5 h 10 min", "12 min"."""
    if delta is None:
        return ""
    minutes = int(delta.total_seconds() // 60)
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return _("%(days)s d %(hours)s h", days=days, hours=hours)
    if hours:
        return _("%(hours)s h %(minutes)s min", hours=hours, minutes=mins)
    return _("%(minutes)s min", minutes=mins)


# --- the get-involved register ------------------------------------------------------------

REGISTER_KEY = "register"  # [id, sealed code] of the entry this browser may see and change
REGISTER_FIELDS = ("name", "topics", "groups", "needs", "best_time", "contact_how",
                   "contact_detail", "language")


def _hold_entry(item, code: str) -> None:
    session[REGISTER_KEY] = [item.id, codes.seal(code, current_app.secret_key)]


def join_register(data: dict) -> "Involvement":
    code = codes.new_code()
    item = Involvement(code_hash=codes.code_hash(code), consent=True,
                       **{name: data[name] for name in REGISTER_FIELDS})
    db.session.add(item)
    db.session.commit()
    _hold_entry(item, code)
    return item


def held_entry():
    """(entry, code) this browser may see, or (None, None)."""
    return _held(REGISTER_KEY, Involvement)


def open_entry(typed: str):
    """Let this browser see the entry with this code; the entry, or None."""
    if codes.normalise(typed) is None:
        return None
    item = db.session.scalar(select(Involvement).where(
        Involvement.code_hash == codes.code_hash(typed)))
    if item is not None:
        _hold_entry(item, typed)
    return item


def change_entry(item, data: dict) -> None:
    for name in REGISTER_FIELDS:
        setattr(item, name, data[name])
    item.consent = True
    db.session.commit()


def delete_entry(item) -> None:
    db.session.delete(item)
    db.session.commit()
    session.pop(REGISTER_KEY, None)


def register_entries(topic: str = "", need: str = "") -> list:
    """People who agreed to be contacted, with this topic and this need (either may be empty)."""
    people = db.session.scalars(select(Involvement).where(Involvement.consent.is_(True))
                                .order_by(Involvement.name, Involvement.id))
    return [p for p in people if (not topic or topic in p.topics) and (not need or need in p.needs)]


# A carer's sign-up waits in the session until they record the person's permission.
CARER_HELD_KEY = "register_for_someone"


def hold_for_carer(data: dict) -> None:
    session[CARER_HELD_KEY] = data
