"""Participant forms for feedback. Every label and message is easy read."""
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import StopValidation

from app.forms import ChoiceValidator, Form, MaxLength, Needed
from app.i18n import LANGUAGES
from app.participate.labels import FEELING_LABELS

KIND_LABELS = {
    "comment": _l("Tell us something"),
    "complaint": _l("Tell us something is wrong"),
    "compliment": _l("Say thank you"),
}


class FeedbackForm(Form):
    kind = RadioField(_l("What do you want to do?"), choices=list(KIND_LABELS.items()),
                      validators=[ChoiceValidator(_l("Please choose what you want to do."))])
    service = StringField(_l("Which service is it about?"), validators=[
        Needed(_l("Please tell us the service.")), MaxLength(200)])
    feeling = RadioField(_l("How do you feel about it?"), choices=list(FEELING_LABELS.items()),
                         validators=[ChoiceValidator(_l("Please choose how you feel."))])
    text = TextAreaField(_l("Tell us more"), validators=[
        Needed(_l("Please tell us more.")), MaxLength(5000)])


class FeedbackCodeForm(Form):
    code = StringField(_l("Your code"), validators=[MaxLength(20)])


# --- the get-involved register ------------------------------------------------------------

TOPIC_LABELS = {
    "day": _l("Places to go in the day"),
    "home": _l("Help at home"),
    "travel": _l("Getting out and about"),
    "money": _l("Money and paying for care"),
}
GROUP_LABELS = {
    "planning": _l("A group that plans our work with us"),
    "project": _l("A short group for 1 project"),
    "board": _l("A group that meets every 3 months"),
}
NEED_LABELS = {
    "easy-read": _l("Easy read papers"),
    "large-print": _l("Large print"),
    "audio": _l("Papers I can listen to"),
    "bsl": _l("A British Sign Language (BSL) interpreter"),
    "hearing-loop": _l("A hearing loop"),
    "step-free": _l("No steps into the room"),
    "support-worker": _l("My support worker with me"),
}
TIME_LABELS = {"morning": _l("Morning"), "afternoon": _l("Afternoon"),
               "evening": _l("Evening"), "any": _l("Any time")}
CONTACT_LABELS = {"email": _l("Email"), "phone": _l("Phone call"), "text": _l("Text message"),
                  "letter": _l("Letter")}


class MultiField(SelectMultipleField):
    """Checkboxes: any number, including none; only our own values."""

    def pre_validate(self, form):
        if any(value not in dict(self.choices) for value in self.data or []):
            raise StopValidation(_l("Please choose one."))


class RegisterForm(Form):
    for_someone = MultiField(_l("Do you fill this in for someone else?"), choices=[
        ("yes", _l("Yes. I fill this in for someone else."))])
    name = StringField(_l("Your name"), validators=[
        Needed(_l("Please tell us your name.")), MaxLength(120)])
    topics = MultiField(_l("What do you want to help with?"), choices=list(TOPIC_LABELS.items()))
    groups = MultiField(_l("Which groups do you want to join?"), choices=list(GROUP_LABELS.items()))
    needs = MultiField(_l("What do you need to take part?"), choices=list(NEED_LABELS.items()))
    best_time = RadioField(_l("What is the best time of day for you?"),
                           choices=list(TIME_LABELS.items()),
                           validators=[ChoiceValidator(_l("Please choose a time of day."))])
    contact_how = RadioField(_l("How should we contact you?"), choices=list(CONTACT_LABELS.items()),
                             validators=[ChoiceValidator(_l("Please choose how we contact you."))])
    contact_detail = StringField(_l("Your email, phone number or address"), validators=[
        Needed(_l("Please tell us how to reach you.")), MaxLength(200)])
    language = RadioField(_l("Which language do you want us to use?"),
                          validators=[ChoiceValidator(_l("Please choose a language."))])
    consent = MultiField(_l("Can we contact you?"),
                    choices=[("yes", _l("Yes, you can contact me about groups and meetings."))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.language.choices = [(code, name) for code, (name, _dir) in LANGUAGES.items()]

    def validate_consent(self, field):
        if field.data != ["yes"]:
            raise StopValidation(_l("Please tick the box. Then we can contact you."))
