"""A carer signs someone up to the get-involved register, with the person's permission.

The register form's answers wait in the session until the carer records who said yes, how and
when; without a yes nothing is stored. The words and rules come from app/carers."""
from __future__ import annotations

from flask import redirect, render_template, session, url_for
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, StringField

from app.carers.forms import BasisForm, DetailsForm
from app.extensions import db
from app.forms import ChoiceValidator, Form, MaxLength, Needed
from app.involve import services
from app.involve.expenses import check_past_day, parse_day
from app.involve.routes import bp

HELD_KEY = services.CARER_HELD_KEY
# The ways a person can say yes to joining: there now, or a legal power (app/carers' labels).
ALLOWED = ("present", "legal")
NO = "not-yet"


def _how_choices():
    ways = dict(BasisForm.basis.kwargs["choices"])
    return [(key, ways[key]) for key in ALLOWED] + [(NO, _l("The person has not said yes"))]


class CarerSignUpForm(Form):
    carer_name = DetailsForm.carer_name
    relationship = DetailsForm.relationship
    how = RadioField(BasisForm.basis.args[0], choices=_how_choices(), validators=[
        ChoiceValidator(_l("Please choose how the person agreed."))])
    given_by = StringField(_l("Who said yes?"), validators=[
        Needed(_l("Please write who said yes.")), MaxLength(120)])
    given_on = StringField(_l("What day did they say yes?"), validators=[
        Needed(_l("Please write the day. For example, 28/11/2026")), MaxLength(20)])

    def validate_how(self, field):
        if field.data == NO:
            field.errors.append(_l("We need the person’s yes first. Then we save their details."))

    def validate_given_on(self, field):
        check_past_day(field, _l("This day is more than 1 year ago. Please ask again."))


def sign_up(data: dict, form: CarerSignUpForm):
    """Store the entry, marked as made by a carer with the person's permission."""
    item = services.join_register(data)
    item.carer_name = form.carer_name.data.strip()
    item.carer_relationship = form.relationship.data.strip()
    item.permission_by = form.given_by.data.strip()
    item.permission_how = form.how.data
    item.permission_on = parse_day(form.given_on.data)
    db.session.commit()
    session.pop(HELD_KEY, None)
    return item


@bp.route("/get-involved/for-someone", methods=["GET", "POST"])
def register_carer():
    data = session.get(HELD_KEY)
    if not data:
        return redirect(url_for(".register"))
    form = CarerSignUpForm()
    if form.validate_on_submit():
        sign_up(data, form)
        return redirect(url_for(".register_yours"))
    return render_template("involve/register_carer.html", form=form, name=data["name"]), (
        400 if form.errors else 200)
