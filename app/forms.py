"""Shared form pieces. WTForms' own messages are not easy read, so we give our own."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import PasswordField
from wtforms.validators import StopValidation, ValidationError


def _strip(value):
    return value.strip() if isinstance(value, str) else value


class Form(FlaskForm):
    """The base of every form: text comes in without spaces at either end, once, here, so
    "   " counts as empty everywhere. Passwords are kept exactly as typed."""

    class Meta:
        def bind_field(self, form, unbound_field, options):
            if issubclass(unbound_field.field_class, PasswordField):
                return unbound_field.bind(form=form, **options)
            filters = [*unbound_field.kwargs.get("filters", ()), _strip]
            return unbound_field.bind(form=form, filters=filters, **options)


class ChoiceValidator:
    """Replaces WTForms' 'Not a valid choice' with an easy-read message."""

    field_flags = {"required": True}

    def __init__(self, message=None):
        self.message = message or _l("Please choose one.")

    def __call__(self, form, field):
        values = field.data if isinstance(field.data, list) else [field.data]
        allowed = {str(value) for value, *_ in field.choices}
        if not field.data or any(str(v) not in allowed for v in values):
            field.errors[:] = []
            raise StopValidation(self.message)


class MaxLength:
    def __init__(self, limit: int, message=None):
        self.limit = limit
        self.message = message

    def __call__(self, form, field):
        if field.data and len(field.data) > self.limit:
            raise ValidationError(self.message or _l(
                "This is too long. Please use %(limit)s letters or fewer.", limit=self.limit))


class Needed:
    """A field that must not be empty, with an easy-read message."""

    field_flags = {"required": True}

    def __init__(self, message):
        self.message = message

    def __call__(self, form, field):
        if not (field.data or "").strip():
            field.errors[:] = []
            raise StopValidation(self.message)
