"""Labels and forms for groups and meetings (issue 19). Labels people read on their
invitation are easy read; staff forms are plain English."""
from __future__ import annotations

from datetime import datetime, time

from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import StopValidation, ValidationError

from app.forms import ChoiceValidator, Form, MaxLength, Needed
from app.involve.forms import MultiField
from app.staff.builder_forms import DayValidator, parse_day

GROUP_KIND_LABELS = {
    "steering": _l("Steering group"),
    "task": _l("Task-and-finish group"),
    "board": _l("Partnership board"),
}
# What a person reads: how they can take part.
MODE_LABELS = {
    "in-person": _l("You come to the meeting place."),
    "online": _l("You join on a computer or phone."),
    "both": _l("You can come to the meeting place or join online."),
}
# What the venue has (and what is booked). The keys shared with the register's needs
# (app.involve.forms.NEED_LABELS) say which need each one meets.
ACCESS_LABELS = {
    "step-free": _l("No steps into the room"),
    "hearing-loop": _l("A hearing loop"),
    "toilet": _l("A toilet for disabled people"),
    "quiet-room": _l("A quiet room"),
    "parking": _l("Parking near the door"),
    "bsl": _l("A British Sign Language (BSL) interpreter"),
    "easy-read": _l("Easy read papers"),
    "large-print": _l("Large print"),
    "audio": _l("Papers you can listen to"),
    "support-worker": _l("Your support worker can come too"),
}
REPLY_LABELS = {"yes": _l("I can come"), "no": _l("I cannot come")}
ATTENDANCE_LABELS = {"came": _l("Came"), "apologies": _l("Sent apologies"),
                     "absent": _l("Did not come")}
# Staff words for a meeting's way of meeting.
STAFF_MODE_LABELS = {"in-person": _l("In person"), "online": _l("Online"),
                     "both": _l("In person and online")}


def parse_time(text: str) -> time | None:
    try:
        return time.fromisoformat((text or "").strip())
    except ValueError:
        return None


class TimeValidator:
    def __call__(self, form, field):
        if parse_time(field.data) is None:
            raise StopValidation(_l("Enter a time, for example 14:30."))


class GroupForm(Form):
    name = StringField(_l("Name of the group"), validators=[
        Needed(_l("Enter the name of the group.")), MaxLength(120)])
    kind = SelectField(_l("Kind of group"), choices=list(GROUP_KIND_LABELS.items()),
                       validators=[ChoiceValidator(_l("Choose the kind of group."))])
    about = TextAreaField(_l("What the group does"), validators=[MaxLength(5000)])


class MeetingForm(Form):
    title = StringField(_l("Title"), validators=[
        Needed(_l("Enter a title.")), MaxLength(200)])
    day = StringField(_l("Date"), validators=[MaxLength(20), DayValidator()])
    start = StringField(_l("Start time"), validators=[MaxLength(5), TimeValidator()])
    end = StringField(_l("End time"), validators=[MaxLength(5), TimeValidator()])
    mode = RadioField(_l("How people take part"), choices=list(STAFF_MODE_LABELS.items()),
                      validators=[ChoiceValidator(_l("Choose how people take part."))])
    venue_name = StringField(_l("Venue name"), validators=[MaxLength(200)])
    venue_address = TextAreaField(_l("Venue address"), validators=[MaxLength(1000)])
    getting_there = TextAreaField(_l("How to get there"), validators=[MaxLength(2000)])
    access = MultiField(_l("What the venue has"), choices=list(ACCESS_LABELS.items()))
    joining = TextAreaField(_l("How to join online"), validators=[MaxLength(2000)])
    about = TextAreaField(_l("What it is about"), validators=[
        Needed(_l("Say what the meeting is about.")), MaxLength(5000)])

    def validate_end(self, field):
        start, end = parse_time(self.start.data), parse_time(field.data)
        if start and end and end <= start:
            raise ValidationError(_l("The meeting must end after it starts."))

    def validate_venue_name(self, field):
        if self.mode.data in ("in-person", "both") and not (field.data or "").strip():
            raise ValidationError(_l("Enter the venue, or choose online."))

    def validate_joining(self, field):
        if self.mode.data in ("online", "both") and not (field.data or "").strip():
            raise ValidationError(_l("Say how to join online."))

    def times(self) -> tuple[datetime, datetime]:
        day = parse_day(self.day.data)
        return (datetime.combine(day, parse_time(self.start.data)),
                datetime.combine(day, parse_time(self.end.data)))


class NotesForm(Form):
    notes = TextAreaField(_l("Notes in easy read"), validators=[
        Needed(_l("Write the notes.")), MaxLength(10000)])


class ReplyForm(Form):
    """The person's answer on their invitation."""
    reply = RadioField(_l("Can you come?"), choices=list(REPLY_LABELS.items()),
                       validators=[ChoiceValidator(_l("Please choose if you can come."))])

