"""Shared form pieces. WTForms' own messages are not easy read, so we give our own."""
from flask_babel import lazy_gettext as _l
from wtforms.validators import StopValidation, ValidationError


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
