"""Consultation services for the staff builder: finding a consultation and its parts,
the lock once people have sent answers, the checks before publishing, and the one way to
move, remove and renumber blocks, questions and answers. The views are in builder.py.
"""
from __future__ import annotations

import json
import logging
import re
from datetime import date

from flask import abort, request, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select

from app import picture_library, speech
from app.extensions import db
from app.models import Consultation, Picture, Question, Response
from app.models._types import utcnow
from app.participate.services import today as participant_today
from app.staff import readability_view
from app.staff.auth import audit
from app.staff.pictures import PictureError, prepare, read_upload

log = logging.getLogger(__name__)

DEFAULT_WEEKS = 6
SHORT_WEEKS = 4
CHOICE_KINDS = ("one", "many")
PICTURE_ERRORS = {
    "empty": _l("The file is empty. Choose a PNG or JPEG picture."),
    "too-big": _l("The picture is bigger than 2 MB. Choose a smaller picture."),
    "not-picture": _l("The file is not a picture we can read. Choose a PNG or JPEG picture."),
    "wrong-type": _l("Only PNG and JPEG pictures can be used. Choose a PNG or JPEG picture."),
    "too-many-pixels": _l("The picture is more than 4000 pixels wide or tall. "
                          "Choose a smaller picture."),
}


def today() -> date:
    return participant_today()


def get_consultation(consultation_id: int) -> Consultation:
    return db.session.get(Consultation, consultation_id) or abort(404)


def get_child(model, c: Consultation, child_id: int):
    """A block, question or promised change of this consultation, or 404: ids in addresses
    are never trusted to belong to the consultation the address names."""
    child = db.session.get(model, child_id)
    if child is None or child.consultation_id != c.id or getattr(child, "removed", False):
        abort(404)
    return child


def sent_count(consultation: Consultation) -> int:
    return db.session.scalar(select(func.count(Response.id)).where(
        Response.consultation_id == consultation.id, Response.status == "sent")) or 0


def has_responses(consultation: Consultation) -> bool:
    """True once anyone has sent a response: the questions' meaning is then fixed."""
    return sent_count(consultation) > 0


def any_responses(consultation: Consultation) -> bool:
    return db.session.scalar(select(func.count(Response.id)).where(
        Response.consultation_id == consultation.id, Response.status != "withdrawn")) > 0


def slugify(text: str, limit: int = 70) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:limit].strip("-")
    return slug or "consultation"


def unique_slug(title: str, consultation_id: int | None = None) -> str:
    base = slugify(title)
    slug, number = base, 2
    while True:
        taken = db.session.scalar(select(Consultation.id).where(Consultation.slug == slug))
        if taken is None or taken == consultation_id:
            return slug
        slug, number = f"{base}-{number}", number + 1


def unique_value(question: Question, label: str, option_id: int | None = None) -> str:
    base = slugify(label, 36)
    taken = {o.value for o in question.options if o.id != option_id}
    value, number = base, 2
    while value in taken:
        value, number = f"{base}-{number}", number + 1
    return value


def live_questions(consultation: Consultation) -> list[Question]:
    return [q for q in consultation.questions if not q.removed]


def easy_read_fields(c: Consultation) -> list[dict]:
    """Every easy-read text of a consultation, with a staff label and where to edit it."""
    edit = url_for("staff.consultation_edit", consultation_id=c.id)
    fields = [
        {"label": _("Summary"), "text": c.summary, "url": edit},
        {"label": _("Why we ask"), "text": c.purpose, "url": edit},
        {"label": _("Who it is for"), "text": c.audience, "url": edit},
        {"label": _("Who decides, and when"), "text": c.decision, "url": edit},
    ]
    for number, block in enumerate(c.blocks, start=1):
        fields.append({"label": _("Idea %(number)s", number=number), "text": block.text,
                       "url": url_for("staff.block_edit", consultation_id=c.id,
                                      block_id=block.id)})
    for number, q in enumerate(live_questions(c), start=1):
        url = url_for("staff.question_edit", consultation_id=c.id, question_id=q.id)
        fields.append({"label": _("Question %(number)s", number=number), "text": q.text,
                       "url": url})
        fields.append({"label": _("Question %(number)s: explanation", number=number),
                       "text": q.help, "url": url})
        for o_number, option in enumerate(q.options if q.kind in CHOICE_KINDS else [], start=1):
            o_url = url_for("staff.option_edit", consultation_id=c.id, question_id=q.id,
                            option_id=option.id)
            fields.append({"label": _("Question %(number)s, answer %(option)s",
                                      number=number, option=o_number),
                           "text": option.label, "url": o_url})
            fields.append({"label": _("Question %(number)s, answer %(option)s: explanation",
                                      number=number, option=o_number),
                           "text": option.help, "url": o_url})
    return [field for field in fields if (field["text"] or "").strip()]


def checked_fields(c: Consultation) -> list[dict]:
    terms = readability_view.glossary_terms()
    out = []
    for field in easy_read_fields(c):
        out.append({**field, "check": readability_view.check_view(field["text"], terms=terms)})
    return out


def hard_fields(c: Consultation) -> list[dict]:
    return [field for field in checked_fields(c) if field["check"]["verdict"] == "hard"]


def publish_problems(c: Consultation) -> list[str]:
    """Things that must be fixed before publishing (not overridable)."""
    problems = []
    questions = live_questions(c)
    if not questions:
        problems.append(_("Add at least 1 question."))
    for number, q in enumerate(questions, start=1):
        if q.kind in CHOICE_KINDS and len(q.options) < 2:
            problems.append(_("Question %(number)s needs at least 2 answers to choose from.",
                              number=number))
    return problems


def warm_speech(c: Consultation) -> None:
    """Ask the speech area to make audio ahead of time, when it can. Never blocks publishing."""
    try:
        speech.warm_consultation(c)
    except Exception:  # audio is a nicety; publishing must not fail because of it
        log.exception("could not warm speech for consultation %s", c.id)


def record_wording(obj, field: str, old: str, new: str) -> None:
    """Audit a wording fix made after responses arrived."""
    if (old or "") == (new or ""):
        return
    detail = json.dumps({"entity": obj.__tablename__, "id": obj.id, "field": field,
                         "old": old or "", "new": new or ""}, ensure_ascii=False)
    audit(current_user, "wording-fix", obj.__tablename__, obj.id, detail)


def set_text(obj, field: str, new: str, locked: bool) -> None:
    old = getattr(obj, field) or ""
    if locked and obj.id is not None:
        record_wording(obj, field, old, new)
    setattr(obj, field, new)


def apply_picture(form, current: Picture | None) -> tuple[bool, Picture | None]:
    """Use the form's picture fields. Returns (ok, picture to link). Adds errors to the form."""
    alt = (form.picture_alt.data or "").strip()
    if form.remove_picture.data:
        return True, None
    raw = read_upload(form.picture.data)
    code = (request.form.get("library") or "").strip()
    if raw is None and code:
        # The description typed for the picture before belongs to that one, not the new one.
        own_alt = alt if current is None or alt != current.alt else ""
        picture = picture_library.make_picture(code, own_alt)
        if picture is None:
            form.picture.errors.append(_("We could not find that library picture. "
                                         "Choose another."))
            return False, current
        db.session.add(picture)
        return True, picture
    if raw is None:
        if current is not None:
            if not alt:
                form.picture_alt.errors.append(_("Describe the picture. People who cannot "
                                                 "see it hear or read this instead."))
                return False, current
            current.alt = alt
        return True, current
    try:
        prepared = prepare(raw)
    except PictureError as error:
        form.picture.errors.append(str(PICTURE_ERRORS[error.code]))
        return False, current
    if not alt:
        form.picture_alt.errors.append(_("Describe the picture. People who cannot see it "
                                         "hear or read this instead."))
        return False, current
    picture = Picture(data=prepared.data, mime=prepared.mime, alt=alt, width=prepared.width,
                      height=prepared.height)
    db.session.add(picture)
    return True, picture


def renumber(items) -> None:
    """Number items 0..n-1 in their order, after one moved or went."""
    for position, each in enumerate(items):
        each.position = position


def move(items: list, item, direction: str) -> None:
    """Move one item up or down a list ordered by position, then number them 0..n-1."""
    items = list(items)
    index = items.index(item)
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
    renumber(items)


def remove(items: list, item) -> None:
    """Take one item out of a list ordered by position, then number the rest 0..n-1."""
    items.remove(item)
    renumber(items)


def next_position(items) -> int:
    return max((item.position for item in items), default=-1) + 1


def is_admin() -> bool:
    return getattr(current_user, "role", "") == "admin"


def publish(c: Consultation, reason: str, hard: list[dict]) -> None:
    """Publish now. Text rated hard is published only with a reason, which is recorded."""
    c.published_at = utcnow()
    audit(current_user, "consultation-published", "consultation", c.id)
    if hard:
        c.hard_text_reason = reason
        detail = json.dumps({"fields": [field["label"] for field in hard],
                             "reason": reason}, ensure_ascii=False)
        audit(current_user, "publish-with-hard-text", "consultation", c.id, detail)
    db.session.commit()
    warm_speech(c)


def unpublish(c: Consultation) -> bool:
    """Take a consultation back to draft, unless people have started answering."""
    if any_responses(c):
        return False
    if c.published_at is not None:
        c.published_at = None
        audit(current_user, "consultation-unpublished", "consultation", c.id)
        db.session.commit()
    return True
