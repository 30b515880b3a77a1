"""/staff/involve/groups and /staff/involve/meetings (issue 19): groups, their meetings,
inviting people from the get-involved register, the notes afterwards, and attendance.
Everything here shows names and needs, so it needs the "staff" role."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user
from wtforms import TextAreaField

from app.extensions import db
from app.forms import Form, MaxLength
from app.i18n import LANGUAGES
from app.involve import meetings_services as services
from app.involve.forms import GROUP_LABELS, NEED_LABELS, TOPIC_LABELS
from app.involve.meetings_forms import (
    ACCESS_LABELS, ATTENDANCE_LABELS, GROUP_KIND_LABELS, STAFF_MODE_LABELS, GroupForm,
    MeetingForm, NotesForm,
)
from app.involve.staff import bp
from app.models import Meeting, MeetingGroup
from app.staff.auth import audit, role_required


def _labels() -> dict:
    return {"kinds": GROUP_KIND_LABELS, "modes": STAFF_MODE_LABELS, "access": ACCESS_LABELS,
            "attendance": ATTENDANCE_LABELS, "needs": NEED_LABELS, "topics": TOPIC_LABELS,
            "register_groups": GROUP_LABELS, "languages": LANGUAGES}


@bp.route("/groups")
@role_required("staff")
def groups():
    return render_template("staff/involve/meeting_groups.html", groups=services.groups(),
                           **_labels())


@bp.route("/groups/new", methods=["GET", "POST"])
@bp.route("/groups/<int:group_id>/edit", methods=["GET", "POST"])
@role_required("staff")
def group_edit(group_id: int | None = None):
    group = db.get_or_404(MeetingGroup, group_id) if group_id else None
    form = GroupForm(obj=group)
    if form.validate_on_submit():
        group = services.save_group(group, form.data)
        audit(current_user, "group-save", "meeting_group", group.id)
        db.session.commit()
        flash(_("Saved."))
        return redirect(url_for(".group", group_id=group.id))
    return render_template("staff/involve/meeting_edit.html", form=form, group=group,
                           title=_("Change the group") if group else _("Make a new group"),
                           back=url_for(".group", group_id=group.id) if group
                           else url_for(".groups")), (400 if form.errors else 200)


@bp.route("/groups/<int:group_id>")
@role_required("staff")
def group(group_id: int):
    group = db.get_or_404(MeetingGroup, group_id)
    return render_template("staff/involve/meeting_group.html", group=group,
                           counts=services.counts, is_over=services.is_over, **_labels())


def _meeting_data(form: MeetingForm) -> dict:
    starts_at, ends_at = form.times()
    return {**{name: form[name].data for name in services.MEETING_TEXT},
            "starts_at": starts_at, "ends_at": ends_at, "mode": form.mode.data,
            "access": form.access.data}


@bp.route("/groups/<int:group_id>/meetings/new", methods=["GET", "POST"])
@bp.route("/meetings/<int:meeting_id>/edit", methods=["GET", "POST"])
@role_required("staff")
def meeting_edit(group_id: int | None = None, meeting_id: int | None = None):
    meeting = db.get_or_404(Meeting, meeting_id) if meeting_id else None
    group = meeting.group if meeting else db.get_or_404(MeetingGroup, group_id)
    data = None
    if meeting is not None and request.method == "GET":
        data = {name: getattr(meeting, name) for name in services.MEETING_TEXT} | {
            "mode": meeting.mode, "access": meeting.access,
            "day": meeting.starts_at.date().isoformat(),
            "start": meeting.starts_at.strftime("%H:%M"),
            "end": meeting.ends_at.strftime("%H:%M")}
    form = MeetingForm(data=data)
    if form.validate_on_submit():
        meeting = services.save_meeting(meeting or Meeting(group=group), _meeting_data(form))
        audit(current_user, "meeting-save", "meeting", meeting.id)
        db.session.commit()
        flash(_("Saved."))
        return redirect(url_for(".meeting", meeting_id=meeting.id))
    back = url_for(".meeting", meeting_id=meeting.id) if meeting else url_for(
        ".group", group_id=group.id)
    return render_template("staff/involve/meeting_edit.html", form=form, group=group,
                           title=_("Change the meeting") if meeting else _("Make a new meeting"),
                           back=back), (400 if form.errors else 200)


@bp.route("/meetings/<int:meeting_id>")
@role_required("staff")
def meeting(meeting_id: int):
    meeting = db.get_or_404(Meeting, meeting_id)
    audit(current_user, "meeting-view", "meeting", meeting.id)
    db.session.commit()
    return render_template("staff/involve/meeting.html", m=meeting,
                           counts=services.counts(meeting), unmet=services.unmet_needs,
                           form=Form(), **_labels())


@bp.route("/meetings/<int:meeting_id>/invite", methods=["GET", "POST"])
@role_required("staff")
def meeting_invite(meeting_id: int):
    meeting = db.get_or_404(Meeting, meeting_id)
    args = request.values
    topic = args.get("topic", "") if args.get("topic", "") in TOPIC_LABELS else ""
    reg_group = args.get("group", "") if args.get("group", "") in GROUP_LABELS else ""
    need = args.get("need", "") if args.get("need", "") in NEED_LABELS else ""
    people = services.candidates(topic, reg_group, need)
    invited = {i.involvement_id for i in meeting.invitations}
    form = Form()
    error = ""
    if request.method == "POST":
        if not form.validate():
            abort(400)
        ticked = set(request.form.getlist("person"))
        chosen = [p for p in people if str(p.id) in ticked and p.id not in invited]
        if chosen:
            made = services.invite(meeting, chosen, current_user)
            audit(current_user, "meeting-invite", "meeting", meeting.id, f"invited={len(made)}")
            db.session.commit()
            return render_template("staff/involve/meeting_invited.html", m=meeting, made=made,
                                   **_labels())
        error = _("Tick at least 1 person who is not invited yet.")
    audit(current_user, "register-view", "involvement", None,
          f"meeting={meeting.id} topic={topic} group={reg_group} need={need}")
    db.session.commit()
    return render_template("staff/involve/meeting_invite.html", m=meeting, people=people,
                           invited=invited, topic=topic, reg_group=reg_group, need=need,
                           form=form, error=error, unmet=services.unmet_needs,
                           **_labels()), (400 if error else 200)


@bp.route("/meetings/<int:meeting_id>/notes", methods=["GET", "POST"])
@role_required("staff")
def meeting_notes(meeting_id: int):
    meeting = db.get_or_404(Meeting, meeting_id)
    form = NotesForm(data={"notes": meeting.notes} if request.method == "GET" else None)
    if form.validate_on_submit():
        services.save_notes(meeting, form.notes.data)
        audit(current_user, "meeting-notes", "meeting", meeting.id)
        db.session.commit()
        flash(_("Saved. People can read the notes from their invitation."))
        return redirect(url_for(".meeting", meeting_id=meeting.id))
    return render_template("staff/involve/meeting_edit.html", form=form, group=meeting.group,
                           title=_("Notes from the meeting"),
                           back=url_for(".meeting", meeting_id=meeting.id)), (
        400 if form.errors else 200)


def _translation_form(meeting: Meeting, lang: str):
    """A box for each translated field, labelled as on the meeting form."""
    labels = {name: MeetingForm.__dict__[name].args[0] for name in services.TRANSLATED
              if name in MeetingForm.__dict__}
    labels["notes"] = NotesForm.notes.args[0]

    class TranslationForm(Form):
        pass

    for name in services.TRANSLATED:
        setattr(TranslationForm, name, TextAreaField(labels[name], validators=[
            MaxLength(10000)]))
    return TranslationForm(data=services.translations(meeting, lang)
                           if request.method == "GET" else None)


@bp.route("/meetings/<int:meeting_id>/translations/<lang>", methods=["GET", "POST"])
@role_required("staff")
def meeting_translate(meeting_id: int, lang: str):
    meeting = db.get_or_404(Meeting, meeting_id)
    if lang not in LANGUAGES or lang == "en":
        abort(404)
    form = _translation_form(meeting, lang)
    if form.validate_on_submit():
        services.save_translations(meeting, lang, form.data)
        audit(current_user, "meeting-translate", "meeting", meeting.id, lang)
        db.session.commit()
        flash(_("Saved."))
        return redirect(url_for(".meeting_translate", meeting_id=meeting.id, lang=lang))
    return render_template("staff/involve/meeting_translate.html", m=meeting, form=form,
                           language=LANGUAGES[lang][0], this_lang=lang,
                           english={name: getattr(meeting, name) for name in
                                    services.TRANSLATED}, **_labels()), (
        400 if form.errors else 200)


@bp.route("/meetings/<int:meeting_id>/attendance", methods=["POST"])
@role_required("staff")
def meeting_attendance(meeting_id: int):
    meeting = db.get_or_404(Meeting, meeting_id)
    if not Form().validate():
        abort(400)
    marks = {}
    for invitation in meeting.invitations:
        value = request.form.get(f"attendance-{invitation.id}", invitation.attendance)
        if value not in ("", *ATTENDANCE_LABELS):
            abort(400)  # the page offers only these: nothing is saved
        marks[invitation.id] = value
    services.save_attendance(meeting, marks)
    audit(current_user, "meeting-attendance", "meeting", meeting.id)
    db.session.commit()
    flash(_("Saved."))
    return redirect(url_for(".meeting", meeting_id=meeting.id))
