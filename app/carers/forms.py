"""Forms for answering for someone else and for permission codes. Messages are easy read."""
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, StringField, TextAreaField

from app.forms import ChoiceValidator, Form, MaxLength, Needed
from app.participate.services import TEXT_LIMIT


class DetailsForm(Form):
    carer_name = StringField(_l("Your name"), validators=[
        Needed(_l("Please write your name.")), MaxLength(120)])
    carer_contact = StringField(_l("How can we contact you? (you do not have to say)"),
                                validators=[MaxLength(200)])
    relationship = StringField(_l("Who are you to the person?"), validators=[
        Needed(_l("Please say who you are to the person. For example, their mum.")),
        MaxLength(100)])
    person_name = StringField(_l("The person’s name"), validators=[
        Needed(_l("Please write their first name. Or just the first letter.")),
        MaxLength(120)])


class BasisForm(Form):
    basis = RadioField(_l("How did the person agree?"), choices=[
        ("present", _l("The person is here with me now")),
        ("permission", _l("The person gave me a permission code")),
        ("legal", _l("I have lasting power of attorney, or I am their deputy")),
        ("best_interests", _l("The person cannot decide this, even with help")),
    ], validators=[ChoiceValidator(_l("Please choose how the person agreed."))])


class AskForm(Form):
    """Only the CSRF token: the person presses Yes or No."""


class CodeForm(Form):
    code = StringField(_l("The permission code"), validators=[MaxLength(20)])


class LegalForm(Form):
    kind = RadioField(_l("Which one do you have?"), choices=[
        ("lpa", _l("Lasting power of attorney for health and welfare")),
        ("deputy", _l("I am a deputy. The Court of Protection chose me.")),
    ], validators=[ChoiceValidator(_l("Please choose which one you have."))])
    reference = StringField(_l("The reference number"), validators=[
        Needed(_l("Please write the reference number.")), MaxLength(100)])


def _long(label, message):
    return TextAreaField(label, validators=[Needed(message), MaxLength(TEXT_LIMIT)])


class BestInterestsForm(Form):
    steps_taken = _long(_l("What did you do to help the person decide?"),
                        _l("Please say what you did to help them decide."))
    why_cannot_decide = _long(_l("Why do you think they cannot decide this?"),
                              _l("Please say why you think they cannot decide."))
    wishes = _long(_l("What do you know about their wishes and feelings?"),
                   _l("Please say what you know about their wishes and feelings."))


class ViewsForm(Form):
    carer_views = TextAreaField(_l("Your own views as a carer"),
                                validators=[MaxLength(TEXT_LIMIT)])


class PermissionForm(Form):
    person_name = StringField(_l("Your name"), validators=[
        Needed(_l("Please write your name. Your first name is enough.")), MaxLength(120)])
    carer_name = StringField(_l("Who can answer for you?"), validators=[
        Needed(_l("Please write the name of the person who can answer for you.")),
        MaxLength(120)])
    consultation = RadioField(_l("Which questions can they answer?"), validators=[
        ChoiceValidator(_l("Please choose which questions they can answer."))])
    # Nothing ticked: the person chooses. The shortest, safest time comes first.
    months = RadioField(_l("How long for?"), choices=[
        ("1", _l("1 month")), ("3", _l("3 months")), ("6", _l("6 months")),
        ("12", _l("1 year")),
    ], validators=[ChoiceValidator(_l("Please choose how long for."))])


class ManageForm(Form):
    code = StringField(_l("Your private code"), validators=[MaxLength(20)])


class StopForm(Form):
    """Only the CSRF token: the button pressed says what to do."""
