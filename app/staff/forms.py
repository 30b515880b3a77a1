from flask_babel import lazy_gettext as _l
from wtforms import PasswordField, StringField
from wtforms.validators import InputRequired

from app.forms import Form, MaxLength


class LoginForm(Form):
    email = StringField(_l("Email address"), validators=[
        InputRequired(_l("Enter your email address.")), MaxLength(254)])
    password = PasswordField(_l("Password"), validators=[
        InputRequired(_l("Enter your password.")), MaxLength(200)])
