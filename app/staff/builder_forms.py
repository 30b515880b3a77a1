"""Forms for building consultations. Staff text: plain English, says what to do."""
from __future__ import annotations

from datetime import date

from flask import abort
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import BooleanField, RadioField, StringField, TextAreaField
from wtforms.validators import InputRequired, Optional, StopValidation, ValidationError

from app.forms import ChoiceValidator, Form, MaxLength

KIND_LABELS = {
    "text": _l("Write an answer"),
    "one": _l("Choose one answer"),
    "many": _l("Choose one or more answers"),
    "feelings": _l("How do you feel (5 faces)"),
    "yesno": _l("Yes, no or not sure"),
}
CHANGE_LABELS = {"planned": _l("Planned"), "in-progress": _l("In progress"), "done": _l("Done")}
TEXT_LIMIT = 5000


def parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat((text or "").strip())
    except ValueError:
        return None


class DayValidator:
    def __call__(self, form, field):
        if not (field.data or "").strip():
            raise StopValidation(_l("Enter a date, for example 2030-03-31."))
        if parse_day(field.data) is None:
            raise StopValidation(_l("Enter a real date as year-month-day, for example 2030-03-31."))


class ConsultationForm(Form):
    title = StringField(_l("Title"), validators=[
        InputRequired(_l("Enter a title.")), MaxLength(200)])
    summary = StringField(_l("Summary in one easy-read sentence"), validators=[
        InputRequired(_l("Enter a one-line summary.")), MaxLength(300)])
    purpose = TextAreaField(_l("Why we ask"), validators=[MaxLength(TEXT_LIMIT)])
    audience = TextAreaField(_l("Who it is for"), validators=[MaxLength(TEXT_LIMIT)])
    decision = TextAreaField(_l("Who decides, and when"), validators=[MaxLength(TEXT_LIMIT)])
    opens_on = StringField(_l("Opening date"), validators=[MaxLength(20), DayValidator()])
    closes_on = StringField(_l("Closing date"), validators=[MaxLength(20), DayValidator()])

    def validate_closes_on(self, field):
        opens, closes = parse_day(self.opens_on.data), parse_day(field.data)
        if opens and closes and closes < opens:
            raise ValidationError(_l("The closing date must be on or after the opening date."))


class PictureFields(Form):
    picture = FileField(_l("Picture (PNG or JPEG, up to 2 MB)"))
    picture_alt = StringField(_l("Describe the picture for people who cannot see it"),
                              validators=[MaxLength(300)])
    remove_picture = BooleanField(_l("Remove the picture"))


class BlockForm(PictureFields):
    text = TextAreaField(_l("One easy-read idea"), validators=[
        InputRequired(_l("Enter the text of this idea.")), MaxLength(TEXT_LIMIT)])


class QuestionForm(PictureFields):
    kind = RadioField(_l("Type of question"), choices=list(KIND_LABELS.items()),
                      validators=[ChoiceValidator(_l("Choose a type of question."))])
    text = StringField(_l("Question"), validators=[
        InputRequired(_l("Enter the question.")), MaxLength(500)])
    help = TextAreaField(_l("Easy-read explanation (optional)"),
                         validators=[MaxLength(TEXT_LIMIT)])
    required = BooleanField(_l("People must answer this question"))


class OptionForm(PictureFields):
    label = StringField(_l("Answer people can choose"), validators=[
        InputRequired(_l("Enter the answer text.")), MaxLength(300)])
    help = TextAreaField(_l("Easy-read explanation (optional)"),
                         validators=[MaxLength(TEXT_LIMIT)])
    value = StringField(_l("Short name for results (optional)"), validators=[
        Optional(), MaxLength(40)])


class PublishForm(Form):
    reason = TextAreaField(_l("Why it is right to publish text the check rates as hard"),
                           validators=[MaxLength(2000)])


class ButtonForm(Form):
    """Only the CSRF token: move, remove and unpublish buttons."""


class TranslationFileForm(Form):
    po_file = FileField(_l("PO file from a translator"))


class OutcomeForm(Form):
    you_said = TextAreaField(_l("You said"), validators=[MaxLength(TEXT_LIMIT)])
    we_did = TextAreaField(_l("We did"), validators=[MaxLength(TEXT_LIMIT)])


class ChangeForm(Form):
    text = TextAreaField(_l("What we promised to change"), validators=[
        InputRequired(_l("Enter the change you promised.")), MaxLength(TEXT_LIMIT)])
    status = RadioField(_l("Progress"), choices=list(CHANGE_LABELS.items()), default="planned",
                        validators=[ChoiceValidator(_l("Choose the progress."))])


def check_button_form() -> None:
    """A bare button form (CSRF token only) must be valid, or the request is refused."""
    if not ButtonForm().validate_on_submit():
        abort(400)
