"""The readability checker's form: paste text or upload a file, choose level and language."""
from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField
from wtforms import RadioField, SelectField, TextAreaField

from app.forms import ChoiceValidator, Form, MaxLength
from app.i18n import LANGUAGES
from app.readability.services import TEXT_LIMIT

LEVEL_CHOICES = [
    ("easy", _l("Easy read")),
    ("plain", _l("Plain English")),
]


class CheckForm(Form):
    text = TextAreaField(_l("Text to check"), validators=[MaxLength(TEXT_LIMIT, _l(
        "The text is too long. Check %(limit)s characters or fewer at a time.",
        limit=f"{TEXT_LIMIT:,}"))])
    upload = FileField(_l("Or upload a file"))
    level = RadioField(_l("Check it for"), choices=LEVEL_CHOICES, default="easy",
                       validators=[ChoiceValidator(_l("Choose easy read or plain English."))])
    language = SelectField(_l("Language of the text"), default="en",
                           choices=[(code, name) for code, (name, _dir) in LANGUAGES.items()],
                           validators=[ChoiceValidator(_l("Choose a language from the list."))])

    def has_upload(self) -> bool:
        data = self.upload.data
        return bool(data is not None and getattr(data, "filename", ""))
