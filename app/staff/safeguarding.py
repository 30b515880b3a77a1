"""The safeguarding queue: responses whose free text the screen flagged, who saw them, what
was done. Screening itself runs as answers arrive (app/participate/screening.py, on every
send, so changes after sending are screened too)."""
from __future__ import annotations

from flask import abort, flash, redirect, render_template, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.forms import Form
from app.models import ContactRequest, Response, SafeguardingFlag
from app.models._types import utcnow
from app.participate.screening import unscreened
from app.staff.auth import audit, role_required
from app.staff.response_page import (
    CATEGORY_LABELS, ActionForm, render_response, sent_response,
)
from app.staff.routes import bp

STATUS_LABELS = {"new": _l("New: nobody has seen it"), "seen": _l("Seen, no action recorded"),
                 "actioned": _l("Action recorded")}


# In the queue: sent responses, and unsent ones whose person asked to be contacted.
IN_QUEUE = or_(Response.status == "sent",
               Response.id.in_(select(ContactRequest.response_id)))


def open_flags(limit: int | None = None) -> list[SafeguardingFlag]:
    """Flags on sent responses, new ones first, then seen, then actioned; oldest first."""
    order = case((SafeguardingFlag.status == "new", 0), (SafeguardingFlag.status == "seen", 1),
                 else_=2)
    query = (select(SafeguardingFlag).join(Response).where(IN_QUEUE)
             .options(selectinload(SafeguardingFlag.seen_by),
                      selectinload(SafeguardingFlag.response).selectinload(
                          Response.consultation))
             .order_by(order, SafeguardingFlag.created_at, SafeguardingFlag.id))
    if limit is not None:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def waiting_count() -> int:
    return db.session.scalar(select(func.count()).select_from(SafeguardingFlag).join(Response)
                             .where(IN_QUEUE, SafeguardingFlag.status != "actioned")) or 0


bp.add_app_template_global(unscreened, "unscreened")


@bp.app_template_global()
def safeguarding_panel() -> dict:
    return {"flags": open_flags(limit=10), "waiting": waiting_count()}


@bp.route("/safeguarding")
@role_required("viewer")
def safeguarding():
    return render_template("staff/review/safeguarding.html", flags=open_flags(),
                           category_labels=CATEGORY_LABELS, status_labels=STATUS_LABELS)


def _flag(response_id: int) -> SafeguardingFlag:
    flag = db.session.scalar(select(SafeguardingFlag).join(Response).where(
        SafeguardingFlag.response_id == response_id, IN_QUEUE))
    if flag is None:
        abort(404)
    return flag


def mark_seen(flag: SafeguardingFlag, user) -> None:
    if flag.seen_by_id is None:
        flag.seen_by_id = user.id
        flag.seen_at = utcnow()
    if flag.status == "new":
        flag.status = "seen"
    audit(user, "safeguarding-seen", "response", flag.response_id)


def record_action(flag: SafeguardingFlag, user, text: str) -> None:
    if flag.seen_by_id is None:
        mark_seen(flag, user)
    stamp = utcnow().strftime("%Y-%m-%d %H:%M")
    entry = f"{stamp} {user.email}: {text.strip()}"
    flag.action = f"{flag.action}\n{entry}".strip() if flag.action else entry
    flag.status = "actioned"
    audit(user, "safeguarding-action", "response", flag.response_id)


@bp.route("/responses/<int:response_id>/safeguarding/seen", methods=["POST"])
@role_required("staff")
def safeguarding_seen(response_id: int):
    flag = _flag(response_id)
    if not Form().validate():
        abort(400)
    mark_seen(flag, current_user)
    db.session.commit()
    flash(_("Marked as seen by you."))
    return redirect(url_for("staff.response", response_id=response_id) + "#safeguarding-section")


@bp.route("/responses/<int:response_id>/safeguarding/action", methods=["POST"])
@role_required("staff")
def safeguarding_action(response_id: int):
    flag = _flag(response_id)
    form = ActionForm()
    if not form.validate() or not form.action.data.strip():
        if not form.action.errors:
            form.action.errors = [_("Say what was done, for example who was told and when.")]
        return render_response(sent_response(response_id), 400, action_form=form)
    record_action(flag, current_user, form.action.data)
    db.session.commit()
    flash(_("Action recorded."))
    return redirect(url_for("staff.response", response_id=response_id) + "#safeguarding-section")
