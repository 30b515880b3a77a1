"""Building consultations: details, easy-read blocks, questions, options, publishing, preview.

Admins build and publish; staff and viewers can look. Once anyone has sent a response, the
questions keep their meaning: only wording fixes are allowed, and each one is audited.
"""
from __future__ import annotations

import json
import logging
import re
from datetime import date, timedelta

from flask import Response as HttpResponse
from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import func, select

from app import picture_library
from app.extensions import db
from app.models import (
    Answer, Consultation, InfoBlock, Option, Picture, Question, Response,
)
from app.models._types import utcnow
from app.staff import readability_view
from app.staff.auth import audit, role_required
from app.staff.builder_forms import (
    KIND_LABELS, BlockForm, ButtonForm, ConsultationForm, OptionForm, PublishForm, QuestionForm,
    parse_day,
)
from app.staff.pictures import PictureError, prepare, read_upload
from app.staff.routes import bp

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
LOCKED_MESSAGE = _l("People have already sent answers, so you can only fix the wording. "
                    "You cannot add, remove or change the meaning of questions or answers.")


STATE_WORDS = {"draft": _l("Draft"), "upcoming": _l("Published, not open yet"),
               "open": _l("Open"), "closed": _l("Closed")}


@bp.app_template_global("state_words")
def state_words(state: str) -> str:
    return str(STATE_WORDS.get(state, state))


# --- services ------------------------------------------------------------------------------

def today() -> date:
    from app.participate.services import today as participant_today

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
        from app import speech
    except ImportError:
        return
    warm = getattr(speech, "warm_consultation", None)
    if warm is None:
        return
    try:
        warm(c)
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


@bp.app_template_global("picture_library_for")
def picture_library_for(text: str) -> dict:
    """Library pictures for the picture fields: a few suggested from the item's words, and
    those found by the word in ?picture_search= (the search form under the edit form)."""
    query = (request.args.get("picture_search") or "").strip()[:100]
    suggested = picture_library.suggest(text or "", limit=4)
    shown = {item["code"] for item in suggested}
    found = [item for item in picture_library.search(query, limit=12)
             if item["code"] not in shown] if query else []
    return {"suggested": suggested, "found": found, "query": query}


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


def next_position(items) -> int:
    return max((item.position for item in items), default=-1) + 1


def is_admin() -> bool:
    return getattr(current_user, "role", "") == "admin"


def check_button_form() -> None:
    """A bare button form (CSRF token only) must be valid, or the request is refused."""
    if not ButtonForm().validate_on_submit():
        abort(400)


def _page(template: str, status: int = 200, **context):
    return render_template(f"staff/builder/{template}", **context), status


def _refuse_locked(c: Consultation):
    flash(str(LOCKED_MESSAGE), "error")
    return redirect(url_for("staff.consultation", consultation_id=c.id))


def _short_warning(opens: date, closes: date) -> None:
    if (closes - opens).days < SHORT_WEEKS * 7:
        flash(_("It is open for fewer than 4 weeks. People, and those who support them, "
                "often need 6 weeks or more to take part."), "warning")


# --- list, create, view, edit ----------------------------------------------------------

@bp.route("/picture-library/<code>.svg")
@role_required("viewer")
def library_picture(code: str):
    """A library picture for staff to look at before they choose it. The version is pinned."""
    data = picture_library.svg(code) or abort(404)
    result = HttpResponse(data, mimetype="image/svg+xml")
    result.headers["Cache-Control"] = "private, max-age=31536000, immutable"
    result.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return result


@bp.route("/consultations")
@role_required("viewer")
def consultations():
    items = list(db.session.scalars(select(Consultation).order_by(
        Consultation.opens_on.desc(), Consultation.id.desc())))
    counts = dict(db.session.execute(select(Response.consultation_id, func.count(Response.id))
                                     .where(Response.status == "sent")
                                     .group_by(Response.consultation_id)).all())
    return render_template("staff/builder/list.html", items=items, counts=counts,
                           today=today(), can_edit=is_admin())


@bp.route("/consultations/new", methods=["GET", "POST"])
@role_required("admin")
def consultation_new():
    form = ConsultationForm()
    if request.method == "GET":
        form.opens_on.data = today().isoformat()
        form.closes_on.data = (today() + timedelta(weeks=DEFAULT_WEEKS)).isoformat()
    if form.validate_on_submit():
        c = Consultation(slug=unique_slug(form.title.data.strip()))
        _fill(c, form, locked=False)
        db.session.add(c)
        db.session.flush()
        audit(current_user, "consultation-created", "consultation", c.id)
        db.session.commit()
        flash(_("Consultation saved. It is a draft: people cannot see it yet."), "done")
        _short_warning(c.opens_on, c.closes_on)
        return redirect(url_for("staff.consultation_edit", consultation_id=c.id))
    return _page("edit.html", 400 if form.errors else 200, form=form, c=None, checks={})


def _fill(c: Consultation, form: ConsultationForm, locked: bool) -> None:
    for name in ("title", "summary", "purpose", "audience", "decision"):
        set_text(c, name, (form[name].data or "").strip(), locked)
    c.opens_on = parse_day(form.opens_on.data)
    c.closes_on = parse_day(form.closes_on.data)


@bp.route("/consultations/<int:consultation_id>")
@role_required("viewer")
def consultation(consultation_id: int):
    from app.staff.translations import language_summary

    c = get_consultation(consultation_id)
    return render_template(
        "staff/builder/consultation.html", c=c, today=today(), state=c.state(today()),
        sent=sent_count(c), locked=has_responses(c), checks=checked_fields(c),
        lang_summary=language_summary(c), can_edit=is_admin(), kinds=KIND_LABELS,
        questions=live_questions(c), button=ButtonForm())


@bp.route("/consultations/<int:consultation_id>/edit", methods=["GET", "POST"])
@role_required("admin")
def consultation_edit(consultation_id: int):
    c = get_consultation(consultation_id)
    form = ConsultationForm(obj=None if request.method == "POST" else c)
    if request.method == "GET":
        form.opens_on.data = c.opens_on.isoformat()
        form.closes_on.data = c.closes_on.isoformat()
    if form.validate_on_submit():
        _fill(c, form, locked=has_responses(c))
        if c.published_at is None:
            c.slug = unique_slug(c.title, c.id)
        db.session.commit()
        flash(_("Saved. The readability check for each part is below."), "done")
        _short_warning(c.opens_on, c.closes_on)
        return redirect(url_for("staff.consultation_edit", consultation_id=c.id))
    terms = readability_view.glossary_terms()
    checks = {name: readability_view.check_view(getattr(c, name), terms=terms)
              for name in ("title", "summary", "purpose", "audience", "decision")}
    return _page("edit.html", 400 if form.errors else 200, form=form, c=c, checks=checks)


# --- blocks ----------------------------------------------------------------------------

@bp.route("/consultations/<int:consultation_id>/blocks/new", methods=["GET", "POST"])
@role_required("admin")
def block_new(consultation_id: int):
    return _block_form(get_consultation(consultation_id), None)


@bp.route("/consultations/<int:consultation_id>/blocks/<int:block_id>", methods=["GET", "POST"])
@role_required("admin")
def block_edit(consultation_id: int, block_id: int):
    c = get_consultation(consultation_id)
    return _block_form(c, get_child(InfoBlock, c, block_id))


def _block_form(c: Consultation, block: InfoBlock | None):
    form = BlockForm(obj=block if request.method == "GET" else None)
    if request.method == "GET" and block is not None and block.picture is not None:
        form.picture_alt.data = block.picture.alt
    if form.validate_on_submit():
        ok, picture = apply_picture(form, block.picture if block else None)
        if ok:
            if block is None:
                block = InfoBlock(consultation=c, position=next_position(c.blocks), text="")
                db.session.add(block)
            set_text(block, "text", form.text.data.strip(), has_responses(c))
            block.picture = picture
            db.session.commit()
            flash(_("Saved. The readability check is below."), "done")
            return redirect(url_for("staff.block_edit", consultation_id=c.id, block_id=block.id))
    check = readability_view.check_view(block.text, terms=readability_view.glossary_terms()) \
        if block is not None else None
    return _page("block.html", 400 if form.errors else 200, form=form, c=c, block=block,
                 check=check)


@bp.route("/consultations/<int:consultation_id>/blocks/<int:block_id>/move", methods=["POST"])
@role_required("admin")
def block_move(consultation_id: int, block_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    move(c.blocks, get_child(InfoBlock, c, block_id), request.form.get("direction", ""))
    db.session.commit()
    return redirect(url_for("staff.consultation", consultation_id=c.id) + "#ideas")


@bp.route("/consultations/<int:consultation_id>/blocks/<int:block_id>/remove", methods=["POST"])
@role_required("admin")
def block_remove(consultation_id: int, block_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    block = get_child(InfoBlock, c, block_id)
    c.blocks.remove(block)
    renumber(c.blocks)
    db.session.commit()
    flash(_("Idea removed."), "done")
    return redirect(url_for("staff.consultation", consultation_id=c.id) + "#ideas")


# --- questions -------------------------------------------------------------------------

@bp.route("/consultations/<int:consultation_id>/questions/new", methods=["GET", "POST"])
@role_required("admin")
def question_new(consultation_id: int):
    c = get_consultation(consultation_id)
    if has_responses(c):
        return _refuse_locked(c)
    return _question_form(c, None)


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>",
          methods=["GET", "POST"])
@role_required("admin")
def question_edit(consultation_id: int, question_id: int):
    c = get_consultation(consultation_id)
    return _question_form(c, get_child(Question, c, question_id))


def _question_form(c: Consultation, q: Question | None):
    locked = q is not None and has_responses(c)
    form = QuestionForm(obj=q if request.method == "GET" else None)
    if request.method == "GET" and q is not None and q.picture is not None:
        form.picture_alt.data = q.picture.alt
    if locked and request.method == "POST":
        asked_kind = request.form.get("kind")
        form.kind.data = asked_kind or q.kind
    if form.validate_on_submit():
        ok = True
        if locked:
            if form.kind.data != q.kind:
                form.kind.errors.append(str(LOCKED_MESSAGE))
                ok = False
            if "required" in request.form and form.required.data != q.required:
                form.required.errors.append(str(LOCKED_MESSAGE))
                ok = False
        if ok:
            ok, picture = apply_picture(form, q.picture if q else None)
        if ok:
            if q is None:
                q = Question(consultation=c, position=next_position(c.questions),
                             kind=form.kind.data, text="")
                db.session.add(q)
            if not locked:
                q.kind = form.kind.data
                q.required = bool(form.required.data)
            set_text(q, "text", form.text.data.strip(), locked)
            set_text(q, "help", (form.help.data or "").strip(), locked)
            q.picture = picture
            db.session.commit()
            flash(_("Saved. The readability check is below."), "done")
            return redirect(url_for("staff.question_edit", consultation_id=c.id,
                                    question_id=q.id))
    checks = {}
    if q is not None:
        terms = readability_view.glossary_terms()
        checks = {"text": readability_view.check_view(q.text, terms=terms),
                  "help": readability_view.check_view(q.help, terms=terms)}
        checks["options"] = {o.id: (readability_view.check_view(o.label, terms=terms),
                                    readability_view.check_view(o.help, terms=terms))
                             for o in q.options}
    return _page("question.html", 400 if form.errors else 200, form=form, c=c, q=q,
                 locked=locked, checks=checks, kinds=KIND_LABELS, button=ButtonForm(),
                 choice_kinds=CHOICE_KINDS)


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/move",
          methods=["POST"])
@role_required("admin")
def question_move(consultation_id: int, question_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    q = get_child(Question, c, question_id)
    move(live_questions(c), q, request.form.get("direction", ""))
    db.session.commit()
    return redirect(url_for("staff.consultation", consultation_id=c.id) + "#questions")


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/remove",
          methods=["POST"])
@role_required("admin")
def question_remove(consultation_id: int, question_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    q = get_child(Question, c, question_id)
    if has_responses(c):
        return _refuse_locked(c)
    answered = db.session.scalar(select(func.count(Answer.id)).where(Answer.question_id == q.id))
    if answered:
        q.removed = True  # draft answers point at it; people will not see it any more
    else:
        c.questions.remove(q)
    renumber(live_questions(c))
    db.session.commit()
    flash(_("Question removed."), "done")
    return redirect(url_for("staff.consultation", consultation_id=c.id) + "#questions")


# --- options ---------------------------------------------------------------------------

def _get_option(q: Question, option_id: int) -> Option:
    option = db.session.get(Option, option_id)
    if option is None or option.question_id != q.id:
        abort(404)
    return option


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/options/new",
          methods=["GET", "POST"])
@role_required("admin")
def option_new(consultation_id: int, question_id: int):
    c = get_consultation(consultation_id)
    q = get_child(Question, c, question_id)
    if has_responses(c):
        return _refuse_locked(c)
    return _option_form(c, q, None)


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/options/"
          "<int:option_id>", methods=["GET", "POST"])
@role_required("admin")
def option_edit(consultation_id: int, question_id: int, option_id: int):
    c = get_consultation(consultation_id)
    q = get_child(Question, c, question_id)
    return _option_form(c, q, _get_option(q, option_id))


def _option_form(c: Consultation, q: Question, option: Option | None):
    locked = option is not None and has_responses(c)
    form = OptionForm(obj=option if request.method == "GET" else None)
    if request.method == "GET" and option is not None and option.picture is not None:
        form.picture_alt.data = option.picture.alt
    if form.validate_on_submit():
        ok = True
        value = (form.value.data or "").strip()
        if locked and value and value != option.value:
            form.value.errors.append(str(LOCKED_MESSAGE))
            ok = False
        elif value and not re.fullmatch(r"[a-z0-9-]+", value):
            form.value.errors.append(_("Use only small letters, digits and dashes."))
            ok = False
        elif value and value in {o.value for o in q.options if option is None or o.id != option.id}:
            form.value.errors.append(_("Another answer already has this short name."))
            ok = False
        if ok:
            ok, picture = apply_picture(form, option.picture if option else None)
        if ok:
            if option is None:
                option = Option(question=q, position=next_position(q.options), label="",
                                value=value or unique_value(q, form.label.data))
                db.session.add(option)
            elif not locked and value:
                option.value = value
            set_text(option, "label", form.label.data.strip(), locked)
            set_text(option, "help", (form.help.data or "").strip(), locked)
            option.picture = picture
            db.session.commit()
            flash(_("Saved. The readability check is below."), "done")
            return redirect(url_for("staff.question_edit", consultation_id=c.id,
                                    question_id=q.id) + "#answers")
    return _page("option.html", 400 if form.errors else 200, form=form, c=c, q=q,
                 option=option, locked=locked)


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/options/"
          "<int:option_id>/move", methods=["POST"])
@role_required("admin")
def option_move(consultation_id: int, question_id: int, option_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    q = get_child(Question, c, question_id)
    move(q.options, _get_option(q, option_id), request.form.get("direction", ""))
    db.session.commit()
    return redirect(url_for("staff.question_edit", consultation_id=c.id,
                            question_id=q.id) + "#answers")


@bp.route("/consultations/<int:consultation_id>/questions/<int:question_id>/options/"
          "<int:option_id>/remove", methods=["POST"])
@role_required("admin")
def option_remove(consultation_id: int, question_id: int, option_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    q = get_child(Question, c, question_id)
    option = _get_option(q, option_id)
    if has_responses(c):
        return _refuse_locked(c)
    q.options.remove(option)
    renumber(q.options)
    db.session.commit()
    flash(_("Answer removed."), "done")
    return redirect(url_for("staff.question_edit", consultation_id=c.id,
                            question_id=q.id) + "#answers")


# --- publishing ------------------------------------------------------------------------

@bp.route("/consultations/<int:consultation_id>/publish", methods=["GET", "POST"])
@role_required("admin")
def publish(consultation_id: int):
    c = get_consultation(consultation_id)
    if c.published_at is not None:
        flash(_("This consultation is already published."), "done")
        return redirect(url_for("staff.consultation", consultation_id=c.id))
    from app.staff.translations import incomplete_languages

    form = PublishForm()
    hard = hard_fields(c)
    problems = publish_problems(c)
    incomplete = incomplete_languages(c)
    if form.validate_on_submit() and not problems:
        reason = (form.reason.data or "").strip()
        if hard and not reason:
            form.reason.errors.append(_("Some text is rated hard to read. Make it easier, "
                                        "or write why it is right to publish it as it is."))
        else:
            c.published_at = utcnow()
            audit(current_user, "consultation-published", "consultation", c.id)
            if hard:
                c.hard_text_reason = reason
                detail = json.dumps({"fields": [field["label"] for field in hard],
                                     "reason": reason}, ensure_ascii=False)
                audit(current_user, "publish-with-hard-text", "consultation", c.id, detail)
            db.session.commit()
            warm_speech(c)
            flash(_("Published. People can see it from the opening date."), "done")
            return redirect(url_for("staff.consultation", consultation_id=c.id))
    status = 400 if (form.errors or (request.method == "POST" and problems)) else 200
    return _page("publish.html", status, form=form, c=c, hard=hard, problems=problems,
                 incomplete=incomplete)


@bp.route("/consultations/<int:consultation_id>/unpublish", methods=["POST"])
@role_required("admin")
def unpublish(consultation_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    if any_responses(c):
        flash(_("People have started answering, so it cannot be unpublished."), "error")
    elif c.published_at is not None:
        c.published_at = None
        audit(current_user, "consultation-unpublished", "consultation", c.id)
        db.session.commit()
        flash(_("Unpublished. People cannot see it now."), "done")
    return redirect(url_for("staff.consultation", consultation_id=c.id))


# --- preview ---------------------------------------------------------------------------

class PreviewConsultation:
    """A consultation seen as if it were published, for the preview."""

    def __init__(self, consultation: Consultation):
        self._c = consultation

    def __getattr__(self, name):
        return getattr(self._c, name)

    def state(self, day: date) -> str:
        if day < self._c.opens_on:
            return "upcoming"
        if day > self._c.closes_on:
            return "closed"
        return "open"


def _preview_links(html: str, c: Consultation) -> str:
    """Point the participant links at the preview, so nothing in it reaches the real journey."""
    base = url_for("staff.preview", consultation_id=c.id)
    prefix = re.escape(url_for("participate.consultation", slug=c.slug))
    pattern = re.compile('href="' + prefix + r'(/start|/questions/\d+|/[a-z-]+)?(\?[^"]*)?"')

    def replace(match) -> str:
        rest = match.group(1) or ""
        if rest.startswith("/questions/"):
            return f'href="{base}{rest}"'
        if rest == "/start":
            return f'href="{base}/questions/1"'
        return f'href="{base}"'

    return pattern.sub(replace, html)


@bp.route("/consultations/<int:consultation_id>/preview")
@role_required("viewer")
def preview(consultation_id: int):
    c = get_consultation(consultation_id)
    html = render_template("staff/builder/preview.html", c=PreviewConsultation(c),
                           real=c, today=today(), response=None, next_number=None,
                           questions=live_questions(c))
    return _preview_links(html, c)


@bp.route("/consultations/<int:consultation_id>/preview/questions/<int:number>",
          methods=["GET", "POST"])
@role_required("viewer")
def preview_question(consultation_id: int, number: int):
    """A question as people see it. Continuing moves on; nothing is saved."""
    from app.participate.forms import question_form
    from app.participate.labels import choices_for

    c = get_consultation(consultation_id)
    questions = live_questions(c)
    if not 1 <= number <= len(questions):
        abort(404)
    if request.method == "POST":
        check_button_form()
        if number < len(questions):
            return redirect(url_for("staff.preview_question", consultation_id=c.id,
                                    number=number + 1))
        flash(_("That was the last question. Nothing was saved."), "done")
        return redirect(url_for("staff.preview", consultation_id=c.id))
    q = questions[number - 1]
    form = question_form(q, choices_for(q), for_someone=False)
    html = render_template("staff/builder/preview_question.html", c=PreviewConsultation(c),
                           real=c, q=q, form=form, number=number, total=len(questions),
                           changing=False, for_someone=False)
    return _preview_links(html, c)


def _add_menu() -> None:
    from app.staff import MENU

    if not any(entry[0] == "staff.consultations" for entry in MENU):
        MENU.insert(0, ("staff.consultations", _l("Consultations"), "viewer"))


_add_menu()
