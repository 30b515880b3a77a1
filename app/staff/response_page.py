"""One sent response as staff see it: the queries that load it and the page that shows it,
with its forms. Shared by the review (review.py) and the safeguarding queue (safeguarding.py).
"""
from __future__ import annotations

from flask import abort, render_template
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from wtforms import BooleanField, RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import InputRequired

from app.carers.labels import BASIS_LABELS_FOR_STAFF, CHECK_LABELS
from app.forms import Form, MaxLength
from app.extensions import db
from app.i18n import LANGUAGES
from app.models import Note, ProxyDetails, Question, Response, SafeguardingFlag, Tag
from app.staff.auth import RANK

ANSWERING_LABELS = {"self": _l("On their own"), "helped": _l("With help"),
                    "proxy": _l("Someone answered for them")}
CATEGORY_LABELS = {
    "physical-abuse": _l("Physical abuse"), "sexual-abuse": _l("Sexual abuse"),
    "financial-abuse": _l("Financial abuse"), "emotional-abuse": _l("Emotional abuse"),
    "neglect": _l("Neglect"), "self-harm": _l("Self-harm"), "suicide": _l("Suicide"),
    "danger": _l("Danger"),
}
CONTACT_LABELS = {"phone": _l("Phone call"), "text": _l("Text message"), "email": _l("Email"),
                  "letter": _l("Letter")}


class TagsForm(Form):
    tags = SelectMultipleField(_l("Tags"), coerce=int, validate_choice=False)
    new_tags = StringField(_l("New tags"), validators=[MaxLength(600)])


class NoteForm(Form):
    note = TextAreaField(_l("Add a private note"), validators=[
        InputRequired(_l("Write the note first.")), MaxLength(5000)])


class ReviewedForm(Form):
    reviewed = BooleanField(_l("This response has been reviewed"))


class CheckForm(Form):
    check_status = RadioField(_l("Permission check"), choices=[
        (key, label) for key, label in CHECK_LABELS.items() if key != "unchecked"],
                              validators=[InputRequired(_l("Choose a check result."))])


class ActionForm(Form):
    action = TextAreaField(_l("What was done"), validators=[
        InputRequired(_l("Say what was done, for example who was told and when.")),
        MaxLength(5000)])


def sent_response(response_id: int) -> Response:
    response = db.session.scalar(select(Response).where(Response.id == response_id).options(
        selectinload(Response.answers), selectinload(Response.tags),
        selectinload(Response.notes).selectinload(Note.author),
        selectinload(Response.proxy).selectinload(ProxyDetails.permission),
        selectinload(Response.safeguarding).selectinload(SafeguardingFlag.seen_by),
        selectinload(Response.contact_request)))
    # Drafts stay private, unless the person asked the council to contact them.
    if response is None or (response.status != "sent" and response.contact_request is None):
        abort(404)
    return response


def render_response(response: Response, status: int = 200, **forms):
    consultation = response.consultation
    questions = list(db.session.scalars(select(Question).where(
        Question.consultation_id == consultation.id).order_by(Question.position)
        .options(selectinload(Question.options))))
    answers = {answer.question_id: answer for answer in response.answers}
    all_tags = list(db.session.scalars(select(Tag).order_by(Tag.name)))
    tags_form = forms.get("tags_form") or TagsForm(formdata=None,
                                                   tags=[t.id for t in response.tags])
    tags_form.tags.choices = [(t.id, t.name) for t in all_tags]
    page_forms = {
        "tags_form": tags_form,
        "note_form": forms.get("note_form") or NoteForm(formdata=None),
        "reviewed_form": ReviewedForm(formdata=None, reviewed=response.reviewed),
        "check_form": forms.get("check_form") or CheckForm(
            formdata=None, check_status=response.proxy.check_status if response.proxy else None),
        "action_form": forms.get("action_form") or ActionForm(formdata=None),
    }
    errors = {}
    for form in page_forms.values():
        errors.update(form.errors)
    language = LANGUAGES.get(response.lang, (response.lang, "ltr"))[0]
    return render_template(
        "staff/review/response.html", r=response, c=consultation, questions=questions,
        answers=answers, language=language, answering_labels=ANSWERING_LABELS,
        basis_labels=BASIS_LABELS_FOR_STAFF, check_labels=CHECK_LABELS, category_labels=CATEGORY_LABELS,
        contact_labels=CONTACT_LABELS, errors=errors, failed=[f for f in page_forms.values() if f.errors],
        can_change=can_change(), **page_forms), status


def can_change() -> bool:
    return RANK.get(getattr(current_user, "role", ""), 0) >= RANK["staff"]
