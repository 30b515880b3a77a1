"""Participant forms for feedback. Every label and message is easy read."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import RadioField, StringField, TextAreaField
from wtforms.validators import StopValidation

from app.forms import ChoiceValidator, MaxLength
from app.participate.labels import FEELING_LABELS

KIND_LABELS = {
    "comment": _l("Tell us something"),
    "complaint": _l("Tell us something is wrong"),
    "compliment": _l("Say thank you"),
}


class Needed:
    def __init__(self, message):
        self.message = message

    def __call__(self, form, field):
        if not (field.data or "").strip():
            field.errors[:] = []
            raise StopValidation(self.message)


class FeedbackForm(FlaskForm):
    kind = RadioField(_l("What do you want to do?"), choices=list(KIND_LABELS.items()),
                      validators=[ChoiceValidator(_l("Please choose what you want to do."))])
    service = StringField(_l("Which service is it about?"), validators=[
        Needed(_l("Please tell us the service.")), MaxLength(200)])
    feeling = RadioField(_l("How do you feel about it?"), choices=list(FEELING_LABELS.items()),
                         validators=[ChoiceValidator(_l("Please choose how you feel."))])
    text = TextAreaField(_l("Tell us more"), validators=[
        Needed(_l("Please tell us more.")), MaxLength(5000)])


class FeedbackCodeForm(FlaskForm):
    code = StringField(_l("Your code"), validators=[MaxLength(20)])
