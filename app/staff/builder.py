"""Building consultations: the views for details, easy-read blocks, questions, options and
publishing. The rules are in consultations.py; the preview is in preview.py.

Admins build and publish; staff and viewers can look. Once anyone has sent a response, the
questions keep their meaning: only wording fixes are allowed, and each one is audited.
"""
from __future__ import annotations

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
from app.models import Answer, Consultation, InfoBlock, Option, Question, Response
from app.staff import consultations as service
from app.staff import readability_view
from app.staff.auth import audit, role_required
from app.staff.builder_forms import (
    KIND_LABELS, BlockForm, ButtonForm, ConsultationForm, OptionForm, PublishForm, QuestionForm,
    check_button_form, parse_day,
)
from app.staff.consultations import (
    CHOICE_KINDS, DEFAULT_WEEKS, SHORT_WEEKS, apply_picture, checked_fields, get_child,
    get_consultation, has_responses, hard_fields, is_admin, live_questions, move, next_position, publish_problems,
    remove, renumber, sent_count, set_text, today, unique_slug, unique_value,
)
from app.staff.routes import bp
from app.staff.translations import incomplete_languages, language_summary

LOCKED_MESSAGE = _l("People have already sent answers, so you can only fix the wording. "
                    "You cannot add, remove or change the meaning of questions or answers.")


STATE_WORDS = {"draft": _l("Draft"), "upcoming": _l("Published, not open yet"),
               "open": _l("Open"), "closed": _l("Closed")}


@bp.app_template_global("state_words")
def state_words(state: str) -> str:
    return str(STATE_WORDS.get(state, state))


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
    remove(c.blocks, get_child(InfoBlock, c, block_id))
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
    remove(q.options, option)
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
            service.publish(c, reason, hard)
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
    was_published = c.published_at is not None
    if not service.unpublish(c):
        flash(_("People have started answering, so it cannot be unpublished."), "error")
    elif was_published:
        flash(_("Unpublished. People cannot see it now."), "done")
    return redirect(url_for("staff.consultation", consultation_id=c.id))
