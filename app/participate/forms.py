"""Forms for the journey. Messages are easy read and say what to do next."""
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import StopValidation

from app.content import translated
from app.forms import ChoiceValidator, Form, MaxLength
from app.participate.services import TEXT_LIMIT


class WhoForm(Form):
    answering = RadioField(_l("Who is answering?"), choices=[
        ("self", _l("Me, on my own")),
        ("helped", _l("Me, with someone helping me")),
        ("proxy", _l("I am answering for someone else")),
    ], validators=[ChoiceValidator(_l("Please choose who is answering."))])
    helper_role = StringField(_l("Who is helping you?"), validators=[MaxLength(100)])

    def validate_helper_role(self, field):
        if self.answering.data == "helped" and not (field.data or "").strip():
            raise StopValidation(_l("Please tell us who is helping you. For example, a friend."))


class ReturnForm(Form):
    code = StringField(_l("Your code"), validators=[MaxLength(20)])


class SendForm(Form):
    """Only the CSRF token: sending twice stores one response."""


class WithdrawForm(Form):
    pass


class AnswerValidator:
    """Checks one answer against the question: required, length, and only offered options."""

    def __init__(self, question, allowed: list[str]):
        self.question = question
        self.allowed = allowed

    def __call__(self, form, field):
        data = field.data
        if self.question.kind == "text":
            if len(data or "") > TEXT_LIMIT:
                raise StopValidation(_l(
                    "Your answer is too long. Please use %(limit)s letters or fewer.",
                    limit=f"{TEXT_LIMIT:,}"))
            if self.question.required and not (data or "").strip():
                raise StopValidation(_l("This question needs an answer. Please write your answer."))
            return
        values = data if isinstance(data, list) else ([data] if data else [])
        if any(value not in self.allowed for value in values):
            raise StopValidation(_l("That answer is not on the list. Please choose again."))
        if self.question.required and not values:
            raise StopValidation(_l("This question needs an answer. Please choose an answer."))


class MultiField(SelectMultipleField):
    def pre_validate(self, form):  # our AnswerValidator gives the easy-read message
        pass


class OneField(RadioField):
    def pre_validate(self, form):
        pass


def question_form(question, choices: list[tuple[str, str]], *, for_someone: bool, **kwargs):
    """A form class built for one question: its field type follows the question's kind."""
    allowed = [value for value, _ in choices]
    validators = [AnswerValidator(question, allowed)]
    label = translated(question, "text")  # the page's <h1>: in the page's language

    class QuestionForm(Form):
        pass

    if question.kind == "text":
        field = TextAreaField(label, validators=validators)
    elif question.kind == "many":
        field = MultiField(label, choices=choices, validators=validators)
    else:
        field = OneField(label, choices=choices, validators=validators)
    QuestionForm.answer = field
    if for_someone:
        QuestionForm.source = OneField(_l("Where does this answer come from?"), choices=[
            ("told", _l("This is what they told me")),
            ("think", _l("This is what I think they would say")),
        ], validators=[ChoiceValidator(_l("Please say where this answer comes from."))])
    return QuestionForm(**kwargs)


PREFER_NOT = ("prefer-not", _l("I prefer not to say"))


def _about(label, options):
    # "I prefer not to say" first: a browser that ticks the first choice gives away nothing.
    return RadioField(label, choices=[PREFER_NOT, *options], validators=[
        ChoiceValidator(_l("Please choose an answer. Or choose “I prefer not to say”."))])


class AboutYouForm(Form):
    age_band = _about(_l("How old are you?"), [
        ("under-25", _l("Under 25")), ("25-44", _l("25 to 44")), ("45-64", _l("45 to 64")),
        ("65-79", _l("65 to 79")), ("80-plus", _l("80 or older"))])
    disability = _about(_l("Do you have a disability or long-term illness?"), [
        ("yes", _l("Yes")), ("no", _l("No"))])
    carer = _about(_l("Do you look after someone for free?"), [
        ("yes", _l("Yes")), ("no", _l("No"))])
    ethnicity = _about(_l("What is your ethnic group?"), [
        ("asian", _l("Asian or Asian British")), ("black", _l("Black or Black British")),
        ("mixed", _l("Mixed or more than one group")), ("white", _l("White")),
        ("other", _l("Another group"))])
    language = _about(_l("What language do you like to use?"), [
        ("english", _l("English")), ("welsh", _l("Welsh")), ("other", _l("Another language"))])


class ContactMeForm(Form):
    """After a worrying answer: how and when it is safe for the council to get in touch."""

    how = RadioField(_l("How can we contact you safely?"), choices=[
        ("phone", _l("Phone call")), ("text", _l("Text message")),
        ("email", _l("Email")), ("letter", _l("Letter")),
    ], validators=[ChoiceValidator(_l("Please choose how we can contact you."))])
    detail = StringField(_l("Your phone number, email or address"),
                         validators=[MaxLength(200)])
    name = StringField(_l("Your name (you do not have to tell us)"), validators=[MaxLength(120)])
    safe_times = TextAreaField(_l("When is it safe to contact you?"), validators=[MaxLength(500)])

    def validate_detail(self, field):
        if not (field.data or "").strip():
            raise StopValidation(_l("Please tell us your phone number, email or address."))
