"""Closing the loop: "You said, we did", its publication, and the changes we promised."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import _
from flask_login import current_user

from app.extensions import db
from app.models import PromisedChange
from app.models._types import utcnow
from app.staff import readability_view
from app.staff.auth import audit, role_required
from app.staff.builder_forms import (
    CHANGE_LABELS, ButtonForm, ChangeForm, OutcomeForm, check_button_form,
)
from app.staff.consultations import get_child, get_consultation, next_position, remove, today
from app.staff.routes import bp


@bp.route("/consultations/<int:consultation_id>/outcome", methods=["GET", "POST"])
@role_required("admin")
def outcome(consultation_id: int):
    c = get_consultation(consultation_id)
    form = OutcomeForm(obj=c if request.method == "GET" else None)
    if form.validate_on_submit():
        c.you_said = (form.you_said.data or "").strip()
        c.we_did = (form.we_did.data or "").strip()
        if c.results_published_at is not None and not c.we_did:
            c.results_published_at = None
        audit(current_user, "outcome-saved", "consultation", c.id)
        db.session.commit()
        flash(_("Saved. The readability check for each part is below."), "done")
        return redirect(url_for("staff.outcome", consultation_id=c.id))
    terms = readability_view.glossary_terms()
    checks = {"you_said": readability_view.check_view(c.you_said, terms=terms),
              "we_did": readability_view.check_view(c.we_did, terms=terms)}
    change_checks = {ch.id: readability_view.check_view(ch.text, terms=terms) for ch in c.changes}
    return render_template(
        "staff/builder/outcome.html", c=c, form=form, checks=checks, change_checks=change_checks,
        state=c.state(today()), button=ButtonForm(), change_labels=CHANGE_LABELS,
    ), (400 if form.errors else 200)


@bp.route("/consultations/<int:consultation_id>/outcome/publish", methods=["POST"])
@role_required("admin")
def outcome_publish(consultation_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    if request.form.get("action") == "unpublish":
        c.results_published_at = None
        audit(current_user, "results-unpublished", "consultation", c.id)
        flash(_("“You said, we did” is hidden from people again."), "done")
    elif c.state(today()) != "closed":
        flash(_("You can publish “You said, we did” after the consultation closes."), "error")
    elif not c.we_did.strip():
        flash(_("Write what we did before you publish."), "error")
    else:
        c.results_published_at = utcnow()
        audit(current_user, "results-published", "consultation", c.id)
        flash(_("Published. People see it on the consultation page, and first when they "
                "come back with their code."), "done")
    db.session.commit()
    return redirect(url_for("staff.outcome", consultation_id=c.id))


@bp.route("/consultations/<int:consultation_id>/changes/new", methods=["GET", "POST"])
@role_required("admin")
def change_new(consultation_id: int):
    return _change_form(get_consultation(consultation_id), None)


@bp.route("/consultations/<int:consultation_id>/changes/<int:change_id>",
          methods=["GET", "POST"])
@role_required("admin")
def change_edit(consultation_id: int, change_id: int):
    c = get_consultation(consultation_id)
    return _change_form(c, get_child(PromisedChange, c, change_id))


def _change_form(c, change: PromisedChange | None):
    form = ChangeForm(obj=change if request.method == "GET" else None)
    if form.validate_on_submit():
        if change is None:
            change = PromisedChange(consultation=c, position=next_position(c.changes), text="")
            db.session.add(change)
        change.text = form.text.data.strip()
        change.status = form.status.data
        audit(current_user, "promised-change-saved", "consultation", c.id,
              f"status={change.status}")
        db.session.commit()
        flash(_("Saved."), "done")
        return redirect(url_for("staff.outcome", consultation_id=c.id) + "#changes")
    return render_template("staff/builder/change.html", c=c, change=change, form=form), (
        400 if form.errors else 200)


@bp.route("/consultations/<int:consultation_id>/changes/<int:change_id>/remove",
          methods=["POST"])
@role_required("admin")
def change_remove(consultation_id: int, change_id: int):
    c = get_consultation(consultation_id)
    check_button_form()
    change = get_child(PromisedChange, c, change_id)
    remove(c.changes, change)
    db.session.commit()
    flash(_("Promised change removed."), "done")
    return redirect(url_for("staff.outcome", consultation_id=c.id) + "#changes")
