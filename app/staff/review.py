"""Reviewing responses: the list per consultation (filters, paging) and one response's page.

Only sent responses are listed: drafts are not responses yet, withdrawn ones are gone.
Every view of a response with personal details (someone answered for a person) is audited.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import String, and_, cast, exists, func, select
from sqlalchemy.orm import selectinload

from app.carers.services import set_permission_check
from app.extensions import db
from app.models import (
    Answer, Consultation, Note, ProxyDetails, Response, ResponseTag, Tag,
)
from app.participate.labels import choices_for
from app.staff.auth import audit, role_required
from app.staff.response_page import (
    ANSWERING_LABELS, CheckForm, NoteForm, ReviewedForm, TagsForm, render_response,
    sent_response,
)
from app.staff.routes import bp

PAGE_SIZE = 50
TAG_LIMIT = 60

FLAG_FILTERS = {"safeguarding": _l("Safeguarding concern"), "best_interests": _l("Best interests"),
                "needs_checking": _l("Permission needs checking"),
                "excluded": _l("Left out (permission not valid)")}


def get_or_404(model, ident: int):
    item = db.session.get(model, ident)
    if item is None:
        abort(404)
    return item


@bp.errorhandler(403)
def forbidden(error):
    return render_template("staff/review/forbidden.html"), 403


# --- the list ---------------------------------------------------------------------------

@dataclass
class Filters:
    question: int | None = None
    value: str = ""
    answering: str = ""
    flags: tuple[str, ...] = ()
    tag: int | None = None
    reviewed: str = ""

    @classmethod
    def from_args(cls, args) -> Filters:
        def number(name):
            raw = args.get(name, "")
            return int(raw) if raw.isdigit() else None

        answer = args.get("answer", "")
        question, value = None, ""
        if ":" in answer:
            raw_q, value = answer.split(":", 1)
            question = int(raw_q) if raw_q.isdigit() else None
            value = value[:40] if question else ""
        return cls(
            question=question, value=value,
            answering=args.get("answering", "") if args.get("answering") in ANSWERING_LABELS
            else "",
            flags=tuple(f for f in args.getlist("flag") if f in FLAG_FILTERS),
            tag=number("tag"),
            reviewed=args.get("reviewed", "") if args.get("reviewed") in {"yes", "no"} else "",
        )

    def args(self) -> dict:
        out: dict = {}
        if self.question and self.value:
            out["answer"] = f"{self.question}:{self.value}"
        if self.answering:
            out["answering"] = self.answering
        if self.flags:
            out["flag"] = list(self.flags)
        if self.tag:
            out["tag"] = self.tag
        if self.reviewed:
            out["reviewed"] = self.reviewed
        return out


def _like_json_value(value: str) -> str:
    escaped = value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f'%"{escaped}"%'


def filtered(consultation_id: int, filters: Filters):
    """The WHERE clauses for a consultation's sent responses under these filters."""
    clauses = [Response.consultation_id == consultation_id, Response.status == "sent"]
    if filters.question and filters.value:
        clauses.append(exists().where(
            Answer.response_id == Response.id, Answer.question_id == filters.question,
            Answer.skipped.is_(False),
            cast(Answer.choices, String).like(_like_json_value(filters.value), escape="\\")))
    if filters.answering:
        clauses.append(Response.answering == filters.answering)
    for flag in filters.flags:
        if flag == "safeguarding":
            clauses.append(Response.flagged.is_(True))
        elif flag == "excluded":
            clauses.append(Response.excluded.is_(True))
        elif flag == "best_interests":
            clauses.append(exists().where(ProxyDetails.response_id == Response.id,
                                          ProxyDetails.basis == "best_interests"))
        elif flag == "needs_checking":
            clauses.append(exists().where(
                ProxyDetails.response_id == Response.id,
                ProxyDetails.basis.in_(("lpa", "deputy", "best_interests")),
                ProxyDetails.check_status == "unchecked"))
    if filters.tag:
        clauses.append(exists().where(ResponseTag.response_id == Response.id,
                                      ResponseTag.tag_id == filters.tag))
    if filters.reviewed:
        clauses.append(Response.reviewed.is_(filters.reviewed == "yes"))
    return and_(*clauses)


def responserender_response(consultation_id: int, filters: Filters, *, before: int | None = None,
                  after: int | None = None, size: int = PAGE_SIZE):
    """One page, newest first, by keyset on id (the (consultation, status) index holds the
    id order). Returns (rows, total, next_before, prev_after)."""
    where = filtered(consultation_id, filters)
    query = select(Response).where(where).options(
        selectinload(Response.tags), selectinload(Response.proxy),
        selectinload(Response.safeguarding))
    if after is not None:
        rows = list(db.session.scalars(query.where(Response.id > after)
                                       .order_by(Response.id.asc()).limit(size + 1)))
        more_newer = len(rows) > size
        rows = list(reversed(rows[:size]))
        more_older = bool(rows)
    else:
        if before is not None:
            query = query.where(Response.id < before)
        rows = list(db.session.scalars(query.order_by(Response.id.desc()).limit(size + 1)))
        more_older = len(rows) > size
        rows = rows[:size]
        more_newer = before is not None
    total = db.session.scalar(select(func.count()).select_from(Response).where(where))
    next_before = rows[-1].id if rows and more_older else None
    prev_after = rows[0].id if rows and more_newer else None
    return rows, total, next_before, prev_after


def filter_choices(consultation: Consultation) -> dict:
    """What the filter form offers: answers to choice questions, and the tags in use."""
    answers = []
    for number, question in enumerate(consultation.questions, start=1):
        if question.kind == "text" or question.removed:
            continue
        for value, label in choices_for(question):
            answers.append((f"{question.id}:{value}", _("Question %(number)s: %(label)s",
                                                          number=number, label=label)))
    tags = list(db.session.scalars(select(Tag).order_by(Tag.name)))
    return {"answers": answers, "tags": tags}


@bp.route("/review")
@role_required("viewer")
def review_index():
    counts = dict(db.session.execute(
        select(Response.consultation_id, func.count()).where(Response.status == "sent")
        .group_by(Response.consultation_id)).all())
    consultations = list(db.session.scalars(select(Consultation).order_by(
        Consultation.closes_on.desc())))
    return render_template("staff/review/index.html", consultations=consultations, counts=counts)


def _int_arg(name: str) -> int | None:
    raw = request.args.get(name, "")
    return int(raw) if raw.isdigit() else None


@bp.route("/consultations/<int:consultation_id>/responses")
@role_required("viewer")
def responses(consultation_id: int):
    consultation = get_or_404(Consultation, consultation_id)
    filters = Filters.from_args(request.args)
    rows, total, next_before, prev_after = responserender_response(
        consultation.id, filters, before=_int_arg("before"), after=_int_arg("after"))
    return render_template(
        "staff/review/list.html", c=consultation, rows=rows, total=total, filters=filters,
        next_before=next_before, prev_after=prev_after, options=filter_choices(consultation),
        answering_labels=ANSWERING_LABELS, flag_labels=FLAG_FILTERS)


# --- one response -----------------------------------------------------------------------

def clean_tag_names(raw: str) -> tuple[list[str], list[str]]:
    """Names typed as "a, b; c": trimmed, lowercased, unique. Returns (names, too_long)."""
    names, too_long = [], []
    for part in raw.replace(";", ",").split(","):
        name = " ".join(part.split()).lower()
        if not name:
            continue
        if len(name) > TAG_LIMIT:
            too_long.append(name)
        elif name not in names:
            names.append(name)
    return names, too_long


def set_tags(response: Response, tag_ids: list[int], new_names: list[str]) -> None:
    tags = list(db.session.scalars(select(Tag).where(Tag.id.in_(tag_ids)))) if tag_ids else []
    for name in new_names:
        tag = db.session.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            tag = Tag(name=name)
            db.session.add(tag)
        if tag not in tags:
            tags.append(tag)
    response.tags = tags


@bp.route("/responses/<int:response_id>")
@role_required("viewer")
def response(response_id: int):
    item = sent_response(response_id)
    if item.proxy is not None:
        audit(current_user, "view-personal-details", "response", item.id)
        db.session.commit()
    return render_response(item)


def _back(item: Response, anchor: str = ""):
    return redirect(url_for("staff.response", response_id=item.id) + anchor)


@bp.route("/responses/<int:response_id>/tags", methods=["POST"])
@role_required("staff")
def response_tags(response_id: int):
    item = sent_response(response_id)
    form = TagsForm()
    valid = form.validate()
    names, too_long = clean_tag_names(form.new_tags.data or "")
    if too_long:
        form.new_tags.errors = [_("Tags can be %(limit)s characters at most. Make this one "
                                  "shorter: %(tag)s", limit=TAG_LIMIT, tag=too_long[0])]
    if not valid or too_long:
        return render_response(item, 400, tags_form=form)
    set_tags(item, [t for t in (form.tags.data or []) if isinstance(t, int)], names)
    audit(current_user, "tag-response", "response", item.id)
    db.session.commit()
    flash(_("Tags saved."))
    return _back(item, "#tags-section")


@bp.route("/responses/<int:response_id>/notes", methods=["POST"])
@role_required("staff")
def response_note(response_id: int):
    item = sent_response(response_id)
    form = NoteForm()
    if not form.validate() or not form.note.data.strip():
        if not form.note.errors:
            form.note.errors = [_("Write the note first.")]
        return render_response(item, 400, note_form=form)
    db.session.add(Note(response_id=item.id, author_id=current_user.id,
                        text=form.note.data.strip()))
    db.session.commit()
    flash(_("Note added."))
    return _back(item, "#notes-section")


@bp.route("/responses/<int:response_id>/reviewed", methods=["POST"])
@role_required("staff")
def response_reviewed(response_id: int):
    item = sent_response(response_id)
    form = ReviewedForm()
    if not form.validate():
        abort(400)
    item.reviewed = bool(form.reviewed.data)
    audit(current_user, "mark-reviewed" if item.reviewed else "mark-not-reviewed",
          "response", item.id)
    db.session.commit()
    flash(_("Review status saved."))
    return _back(item)


@bp.route("/responses/<int:response_id>/permission", methods=["POST"])
@role_required("staff")
def response_permission(response_id: int):
    item = sent_response(response_id)
    if item.proxy is None:
        abort(404)
    form = CheckForm()
    if not form.validate():
        return render_response(item, 400, check_form=form)
    set_permission_check(item, form.check_status.data, current_user)
    flash(_("Permission check saved."))
    return _back(item, "#permission-section")
