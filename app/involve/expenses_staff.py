"""/staff/involve/expenses: the queue of claims (approve, decline with a reason, mark paid),
a CSV of approved claims for finance, and totals per person and per group each month."""
from __future__ import annotations

from collections import defaultdict

from flask import Response as HttpResponse
from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select
from sqlalchemy.orm import selectinload

from easyread.money import pounds
from app.extensions import db
from app.forms import Form
from app.involve.expenses import CLAIM_GROUPS
from app.involve.staff import bp
from app.models import ExpenseClaim
from app.models._types import utcnow
from app.staff.auth import audit, role_required
from app.staff.exports import safe_cell, to_csv

STAFF_STATUS = {"waiting": _l("Waiting"), "approved": _l("Approved"), "paid": _l("Paid"),
                "declined": _l("Not approved")}
# action -> (the status it needs, the status it gives)
MOVES = {"approve": ("waiting", "approved"), "decline": ("waiting", "declined"),
         "paid": ("approved", "paid")}
COUNTED = ("approved", "paid")  # what the council owes or has paid


def all_claims() -> list[ExpenseClaim]:
    """Waiting first (oldest first), then approved, then paid and declined (newest first)."""
    claims = list(db.session.scalars(select(ExpenseClaim).options(
        selectinload(ExpenseClaim.person))))
    order = {"waiting": 0, "approved": 1, "paid": 2, "declined": 2}
    return sorted(claims, key=lambda c: (order.get(c.status, 3),
                                         c.id if c.status == "waiting" else -c.id))


def decide(claim: ExpenseClaim, action: str, reason: str, user) -> bool:
    """Move the claim on; False when the action does not fit its status (nothing changes)."""
    needs, gives = MOVES[action]
    if claim.status != needs or (action == "decline" and not reason):
        return False
    claim.status = gives
    if action == "paid":
        claim.paid_at = utcnow()
    else:
        claim.decided_at, claim.decided_by_id = utcnow(), user.id
        claim.reason = reason if action == "decline" else ""
    return True


def totals(claims: list[ExpenseClaim]) -> tuple[list, list]:
    """Approved and paid pence per (month, person) and per (month, group), newest month first."""
    people: dict = defaultdict(int)
    groups: dict = defaultdict(int)
    for c in claims:
        if c.status in COUNTED:
            month = c.activity_on.strftime("%Y-%m")
            people[(month, c.person.name, c.involvement_id)] += c.total_pence
            groups[(month, c.group)] += c.total_pence

    def ordered(table):
        return sorted(table.items(), key=lambda kv: (-int(kv[0][0].replace("-", "")), kv[0][1:]))
    return ordered(people), ordered(groups)


@bp.route("/expenses")
@role_required("staff")
def expenses():
    claims = all_claims()
    people, groups = totals(claims)
    audit(current_user, "expenses-view", "expense_claim")
    db.session.commit()
    return render_template("staff/involve/expenses.html", claims=claims, people=people,
                           group_totals=groups, statuses=STAFF_STATUS, groups=CLAIM_GROUPS,
                           form=Form())


@bp.route("/expenses/<int:claim_id>", methods=["POST"])
@role_required("staff")
def expense_decide(claim_id: int):
    claim = db.get_or_404(ExpenseClaim, claim_id)
    action = request.form.get("action", "")
    reason = request.form.get("reason", "").strip()[:1000]
    if not Form().validate() or action not in MOVES:
        return redirect(url_for(".expenses")), 400  # nothing changes
    if decide(claim, action, reason, current_user):
        audit(current_user, f"expense-{action}", "expense_claim", claim.id)
        db.session.commit()
        flash(_("Claim %(id)s: %(status)s.", id=claim.id, status=STAFF_STATUS[claim.status]))
    else:
        flash(_("Claim %(id)s did not change. To say no, write a reason.", id=claim.id))
    return redirect(url_for(".expenses"))


def csv_rows(claims: list[ExpenseClaim]):
    for c in claims:
        yield [safe_cell(v) for v in (
            c.id, c.person.name, c.activity, str(CLAIM_GROUPS.get(c.group, c.group)),
            c.activity_on.isoformat(), pounds(c.bus_pence), pounds(c.train_pence),
            pounds(c.taxi_pence), c.car_miles, pounds(c.mileage_pence), pounds(c.support_pence),
            f"{c.minutes / 60:g}", pounds(c.time_pence), pounds(c.total_pence),
            _("Yes") if c.receipt else _("No"), str(STAFF_STATUS[c.status]))]


@bp.route("/expenses.csv")
@role_required("staff")
def expenses_csv():
    claims = [c for c in all_claims() if c.status == "approved"]
    head = [_("Claim"), _("Name"), _("Activity"), _("Group"), _("Date"), _("Bus"), _("Train"),
            _("Taxi"), _("Car miles"), _("Mileage"), _("Support worker"), _("Hours"),
            _("Time"), _("Total"), _("Receipt"), _("Status")]
    audit(current_user, "expenses-export", "expense_claim", None, f"rows={len(claims)}")
    db.session.commit()
    return HttpResponse(to_csv(head, csv_rows(claims)), mimetype="text/csv", headers={
        "Content-Disposition": "attachment; filename=approved-claims.csv"})
