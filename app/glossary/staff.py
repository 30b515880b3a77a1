"""/staff/glossary: list, add, change and retire glossary words (admins only).

Saving never needs JavaScript: "Check the wording" runs the readability checker on the
meaning as typed and shows the result; the edit page always shows the check of what is saved.
"""
from __future__ import annotations

import re

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select
from wtforms import RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired, ValidationError

from app.extensions import db
from app.forms import ChoiceValidator, Form, MaxLength
from app.glossary import linker, services
from app.models import GlossaryTerm
from app.staff import readability_view
from app.staff.auth import audit, role_required

bp = Blueprint("staff_glossary", __name__, url_prefix="/staff/glossary")

_SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class TermForm(Form):
    term = StringField(_l("Word"), validators=[InputRequired(_l("Enter the word.")),
                                               MaxLength(120)])
    slug = StringField(_l("Web address name (leave empty to make one from the word)"),
                       validators=[MaxLength(80)])
    forms = TextAreaField(_l("Other ways to write it, one a line"), validators=[MaxLength(2000)])
    definition = TextAreaField(_l("What it means (easy read)"), validators=[
        InputRequired(_l("Enter what the word means.")), MaxLength(600)])
    explanation = TextAreaField(_l("More about it"), validators=[MaxLength(4000)])
    alternatives = TextAreaField(_l("Words you could say instead, one a line"),
                                 validators=[MaxLength(1000)])
    related = TextAreaField(_l("Related words: their web address names, one a line"),
                            validators=[MaxLength(2000)])
    category = RadioField(_l("Group"), validators=[ChoiceValidator(_l("Choose a group."))])
    link_alone = RadioField(
        _l("Link the word on its own?"),
        choices=[("yes", _l("Yes")), ("no", _l("No, only forms of 2 or more words"))],
        default="yes", validators=[ChoiceValidator(_l("Choose yes or no."))])

    def __init__(self, *args, editing: GlossaryTerm | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.editing = editing
        self.category.choices = [(k, str(v)) for k, v in services.CATEGORIES.items()]
        if editing is not None and editing.category and editing.category not in services.CATEGORIES:
            self.category.choices.append((editing.category, services.category_label(editing.category)))

    def validate_slug(self, field):
        if self.editing is not None:
            return
        slug = (field.data or "").strip().lower() or services.make_slug(self.term.data or "")
        if not slug or not _SLUG_RE.match(slug):
            raise ValidationError(_l("Use small letters, numbers and dashes only."))
        if db.session.scalar(select(GlossaryTerm.id).where(GlossaryTerm.slug == slug)):
            raise ValidationError(_l("Another word already uses this web address name."))
        field.data = slug

    def validate_related(self, field):
        wanted = services.lines(field.data)
        known = set(db.session.scalars(select(GlossaryTerm.slug).where(
            GlossaryTerm.slug.in_(wanted)))) if wanted else set()
        unknown = [s for s in wanted if s not in known]
        if unknown:
            raise ValidationError(_l("These are not in the glossary: %(slugs)s",
                                     slugs=", ".join(unknown)))

    def cleaned(self) -> dict:
        return {
            "slug": (self.slug.data or "").strip(),
            "term": " ".join(self.term.data.split()),
            "forms": services.lines(self.forms.data),
            "definition": self.definition.data.strip(),
            "explanation": (self.explanation.data or "").strip(),
            "alternatives": services.lines(self.alternatives.data),
            "related": services.lines(self.related.data),
            "category": self.category.data,
            "link_alone": self.link_alone.data != "no",
        }

    def fill(self, term: GlossaryTerm) -> None:
        self.term.data = term.term
        self.slug.data = term.slug
        self.forms.data = "\n".join(term.forms or [])
        self.definition.data = term.definition
        self.explanation.data = term.explanation
        self.alternatives.data = "\n".join(term.alternatives or [])
        self.related.data = "\n".join(term.related or [])
        self.category.data = term.category
        self.link_alone.data = "yes" if term.link_alone else "no"


class ConfirmForm(Form):
    """Only a CSRF token: for buttons that change something."""


def readability(text: str) -> dict | None:
    """The checker's verdict and findings for a definition, worded for staff."""
    if not (text or "").strip():
        return None
    report = readability_view.check(text, level="easy", terms=linker.english_matcher())
    return {
        "verdict": report.verdict,
        "verdict_text": readability_view.verdict_words(report.verdict),
        "words": report.words,
        "findings": [{"rule": readability_view.rule_words(f.rule), "text": f.text,
                      "suggestion": f.suggestion} for f in report.findings],
    }


@bp.errorhandler(403)
def forbidden(error):
    return render_template("errors/error.html", title=_("You cannot use this page"),
                           message=_("Only admins can change the glossary. "
                                     "Ask an admin if you need a change.")), 403


@bp.route("/")
@role_required("admin")
def index():
    terms = list(db.session.scalars(select(GlossaryTerm).order_by(
        GlossaryTerm.retired, GlossaryTerm.term)))
    return render_template("glossary/staff_list.html", terms=terms,
                           category_label=services.category_label)


@bp.route("/new", methods=["GET", "POST"])
@role_required("admin")
def add():
    form = TermForm()
    check = None
    if request.method == "POST" and request.form.get("action") == "check":
        check = readability(form.definition.data or "")
    elif form.validate_on_submit():
        term = services.save_term(None, form.cleaned())
        audit(current_user, "glossary-add", "glossary_term", term.id, term.slug)
        db.session.commit()
        return redirect(url_for(".edit", term_id=term.id, saved=1))
    status = 400 if form.errors else 200
    return render_template("glossary/staff_edit.html", form=form, term=None, check=check,
                           retire_form=None), status


@bp.route("/<int:term_id>", methods=["GET", "POST"])
@role_required("admin")
def edit(term_id: int):
    term = db.session.get(GlossaryTerm, term_id) or abort(404)
    form = TermForm(editing=term)
    if request.method == "GET":
        form.fill(term)
        check = readability(term.definition)
    elif request.form.get("action") == "check":
        form.slug.data = term.slug
        check = readability(form.definition.data or "")
    elif form.validate_on_submit():
        data = form.cleaned()
        data["slug"] = term.slug
        services.save_term(term, data)
        audit(current_user, "glossary-edit", "glossary_term", term.id, term.slug)
        db.session.commit()
        return redirect(url_for(".edit", term_id=term.id, saved=1))
    else:
        form.slug.data = term.slug
        check = None
    status = 400 if form.errors else 200
    return render_template("glossary/staff_edit.html", form=form, term=term, check=check,
                           saved=request.args.get("saved") == "1" and request.method == "GET",
                           retire_form=ConfirmForm()), status


@bp.route("/<int:term_id>/retire", methods=["POST"])
@role_required("admin")
def retire(term_id: int):
    term = db.session.get(GlossaryTerm, term_id) or abort(404)
    if ConfirmForm().validate_on_submit():
        term.retired = request.form.get("action") != "restore"
        audit(current_user, "glossary-retire" if term.retired else "glossary-restore",
              "glossary_term", term.id, term.slug)
        db.session.commit()
    return redirect(url_for(".edit", term_id=term.id))
