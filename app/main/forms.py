from flask_babel import lazy_gettext as _l
from wtforms import RadioField

from app.forms import ChoiceValidator, Form


class DisplayForm(Form):
    size = RadioField(_l("Text size"), choices=[
        ("standard", _l("Standard")), ("large", _l("Large")), ("larger", _l("Larger"))],
        validators=[ChoiceValidator()])
    contrast = RadioField(_l("Colours"), choices=[
        ("standard", _l("Standard")), ("high", _l("High contrast")), ("dark", _l("Dark"))],
        validators=[ChoiceValidator()])
    spacing = RadioField(_l("Space between lines"), choices=[
        ("standard", _l("Standard")), ("wide", _l("Extra space"))],
        validators=[ChoiceValidator()])
    speed = RadioField(_l("Listening speed"), choices=[
        ("normal", _l("Normal")), ("slower", _l("Slower"))], validators=[ChoiceValidator()])
    pictures = RadioField(_l("Pictures"), choices=[
        ("show", _l("Show pictures")),
        ("hide", _l("Do not show pictures. Pages load faster."))], validators=[ChoiceValidator()])
