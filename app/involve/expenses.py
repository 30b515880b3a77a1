"""Expenses and payment for time (issue 19, reciprocity): a person on the get-involved
register claims travel, support worker costs and their time, and sees each claim's status.

The person is the register entry this browser holds by code (as /get-involved/yours)."""
from __future__ import annotations

import re
from datetime import date, timedelta

from flask import current_app, redirect, render_template, url_for
from flask_babel import lazy_gettext as _l
from wtforms import RadioField, StringField

from easyread.money import parse_hours, parse_pounds, parse_whole
from app.extensions import db
from app.forms import ChoiceValidator, Form, MaxLength, Needed
from app.involve import services
from app.involve.forms import GROUP_LABELS, MultiField
from app.involve.routes import bp
from app.models import ExpenseClaim

MOST_PENCE = 50_000  # £500 on one line of one claim
MOST_MILES = 500
MOST_HOURS = 12
CLAIM_GROUPS = {**GROUP_LABELS, "other": _l("Something else")}
MONEY_FIELDS = ("bus", "train", "taxi", "support")
STATUS_LABELS = {
    "waiting": _l("We have not looked at it yet."),
    "approved": _l("Yes. We will pay you soon."),
    "paid": _l("We paid you."),
    "declined": _l("No. We will not pay this."),
}
PROBLEMS = {
    "not-a-number": _l("Please write a number. For example, 4.50"),
    "negative": _l("The number cannot be less than 0."),
    "too-many-pence": _l("Please write 2 numbers after the dot. For example, 4.50"),
    "too-much": _l("This number is too big. Please check it."),
    "not-half-hours": _l("Please write whole hours or half hours. For example, 1.5"),
}
_DAY = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_day(text: str) -> date | None:
    """"28/11/2026" or "2026-11-28" -> a date, or None."""
    text = (text or "").strip()
    try:
        if match := _ISO.match(text):
            return date(*map(int, match.groups()))
        if match := _DAY.match(text):
            day, month, year = map(int, match.groups())
            return date(year, month, day)
    except ValueError:
        return None
    return None


def check_past_day(field, too_old):
    """The day typed in the field, or None with an error: a day in the last year, not ahead."""
    day = parse_day(field.data)
    if day is None:
        field.errors.append(_l("Please write the day. For example, 28/11/2026"))
    elif day > date.today():
        field.errors.append(_l("This day is in the future. Please check it."))
    elif day < date.today() - timedelta(days=366):
        field.errors.append(too_old)
    return day


class ClaimForm(Form):
    activity = StringField(_l("What meeting or activity was it?"), validators=[
        Needed(_l("Please tell us the meeting or activity.")), MaxLength(200)])
    group = RadioField(_l("Which group was it?"), choices=list(CLAIM_GROUPS.items()),
                       validators=[ChoiceValidator(_l("Please choose a group."))])
    day = StringField(_l("What day was it?"), validators=[
        Needed(_l("Please write the day. For example, 28/11/2026")), MaxLength(20)])
    bus = StringField(_l("Bus fares in pounds"), validators=[MaxLength(20)])
    train = StringField(_l("Train fares in pounds"), validators=[MaxLength(20)])
    taxi = StringField(_l("Taxi fares in pounds"), validators=[MaxLength(20)])
    car_miles = StringField(_l("Miles you drove in a car"), validators=[MaxLength(20)])
    support = StringField(_l("Support worker costs in pounds"), validators=[MaxLength(20)])
    hours = StringField(_l("Hours of your time"), validators=[MaxLength(20)])
    receipt = MultiField(_l("Receipts"), choices=[
        ("yes", _l("I have receipts. I can show them to you."))])

    def validate_day(self, field):
        day = check_past_day(field, _l("This day is more than 1 year ago. Please call us."))
        self.parsed = {**getattr(self, "parsed", {}), "day": day}

    def validate(self, extra_validators=None) -> bool:
        ok = super().validate(extra_validators)
        amounts = {}
        for name in MONEY_FIELDS:
            amounts[name], problem = parse_pounds(self[name].data, MOST_PENCE)
            if problem:
                self[name].errors.append(PROBLEMS[problem])
        amounts["car_miles"], problem = parse_whole(self.car_miles.data, MOST_MILES)
        if problem:
            self.car_miles.errors.append(PROBLEMS[problem])
        amounts["minutes"], problem = parse_hours(self.hours.data, MOST_HOURS)
        if problem:
            self.hours.errors.append(PROBLEMS[problem])
        if None not in amounts.values() and not any(amounts.values()):
            self.bus.errors.append(_l("Please write at least 1 amount."))
        self.amounts = amounts
        return ok and not any(self[name].errors for name in (*MONEY_FIELDS, "car_miles", "hours"))


def make_claim(person, form: ClaimForm) -> ExpenseClaim:
    """Store a claim; the council's rates today are copied in, so later changes do not alter it."""
    config = current_app.config
    a = form.amounts
    claim = ExpenseClaim(
        person=person, activity=form.activity.data.strip(), group=form.group.data,
        activity_on=form.parsed["day"], bus_pence=a["bus"], train_pence=a["train"],
        taxi_pence=a["taxi"], car_miles=a["car_miles"],
        mileage_pence=a["car_miles"] * config["INVOLVEMENT_MILE_RATE_PENCE"],
        support_pence=a["support"], minutes=a["minutes"],
        time_pence=a["minutes"] * config["INVOLVEMENT_HOURLY_RATE_PENCE"] // 60,
        receipt=form.receipt.data == ["yes"], status="waiting", reason="")
    claim.total_pence = (claim.bus_pence + claim.train_pence + claim.taxi_pence
                         + claim.mileage_pence + claim.support_pence + claim.time_pence)
    db.session.add(claim)
    db.session.commit()
    return claim


def rates() -> dict:
    config = current_app.config
    return {"hour": config["INVOLVEMENT_HOURLY_RATE_PENCE"],
            "mile": config["INVOLVEMENT_MILE_RATE_PENCE"]}


@bp.route("/get-involved/expenses")
def expenses():
    person, _code = services.held_entry()
    if person is None:
        return redirect(url_for(".register_yours"))
    return render_template("involve/expense_list.html", claims=list(reversed(person.claims)),
                           statuses=STATUS_LABELS, groups=CLAIM_GROUPS)


@bp.route("/get-involved/expenses/new", methods=["GET", "POST"])
def expense_claim():
    person, _code = services.held_entry()
    if person is None:
        return redirect(url_for(".register_yours"))
    form = ClaimForm()
    if form.validate_on_submit():
        make_claim(person, form)
        return redirect(url_for(".expenses"))
    return render_template("involve/expense_claim.html", form=form, rates=rates()), (
        400 if form.errors or any(f.errors for f in form) else 200)
