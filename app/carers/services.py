"""Answering for someone else: the carer's details, the four bases, and permission codes.

The rules live here; the routes stay thin. Nothing about the carer is stored until a basis is
complete: until then the details wait in the signed session cookie.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

from flask import session
from flask_babel import lazy_gettext as _l
from sqlalchemy import select

from app import codes
from app.carers.labels import BASIS_LABELS, CHECK_LABELS
from app.extensions import db
from app.models import AuditEvent, Consultation, Permission, ProxyDetails, Response
from app.models._types import utcnow
from app.models.response import counted_in_results
from app.participate import services as journey

SESSION_KEY = "carer"
MANAGE_KEY = "permission_manage"
MADE_KEY = "permission_made"
DURATIONS = (1, 3, 6, 12)  # months
DEFAULT_MONTHS = 6
CHECK_STATUSES = ("checked", "invalid")

SOURCE_LABELS = {
    "told": _l("This is what they told me"),
    "think": _l("This is what I think they would say"),
}
STATE_LABELS = {
    "active": _l("In use"),
    "expired": _l("Ended"),
    "withdrawn": _l("Stopped"),
}


def basis_label(basis: str) -> str:
    return str(BASIS_LABELS.get(basis, basis))


def check_label(status: str) -> str:
    return str(CHECK_LABELS.get(status, status))


def source_label(source: str) -> str:
    return str(SOURCE_LABELS.get(source, source))


def state_label(state: str) -> str:
    return str(STATE_LABELS.get(state, state))


# --- the carer's details, held in the session until a basis is complete ---------------

def hold_details(consultation: Consultation, details: dict) -> None:
    session[SESSION_KEY] = {"consultation_id": consultation.id, **details}


def held_details(consultation: Consultation) -> dict | None:
    held = session.get(SESSION_KEY)
    if not held or held.get("consultation_id") != consultation.id:
        return None
    return held


def drop_details() -> None:
    session.pop(SESSION_KEY, None)


def begin(consultation: Consultation, held: dict, basis: str, lang: str, *,
          permission: Permission | None = None, legal_reference: str = "",
          steps_taken: str = "", why_cannot_decide: str = "", wishes: str = "") -> Response:
    """Create the response once a basis is complete. Clears the held details, so a second
    submit of the same form finds nothing held and cannot make a second response."""
    proxy = ProxyDetails(
        carer_name=held["carer_name"], carer_contact=held.get("carer_contact", ""),
        relationship_to_person=held["relationship"], person_name=held["person_name"],
        basis=basis, permission_id=permission.id if permission else None,
        legal_reference=legal_reference, steps_taken=steps_taken,
        why_cannot_decide=why_cannot_decide, wishes=wishes,
        agreed_at=(permission.created_at if permission else utcnow())
        if basis in ("present", "permission") else None,
    )
    if not basis_complete(proxy, consultation):
        raise ValueError("basis not complete")
    response = journey.start_response(consultation, "proxy", "", lang)
    response.proxy = proxy
    db.session.commit()
    drop_details()
    return response


def basis_complete(proxy: ProxyDetails | None, consultation: Consultation) -> bool:
    """One of the four bases, with everything it needs. A permission must still be usable."""
    if proxy is None:
        return False
    if proxy.basis == "present":
        return proxy.agreed_at is not None
    if proxy.basis == "permission":
        permission = proxy.permission or (
            db.session.get(Permission, proxy.permission_id) if proxy.permission_id else None)
        return permission is not None and permission_problem(permission, consultation) is None
    if proxy.basis in ("lpa", "deputy"):
        return bool(proxy.legal_reference.strip())
    if proxy.basis == "best_interests":
        return all(part.strip() for part in
                   (proxy.steps_taken, proxy.why_cannot_decide, proxy.wishes))
    return False


def refusal_for(response: Response) -> str | None:
    """Why this carer may not go on with this response now, or None. Checked on every
    request, so a withdrawn permission stops the very next one."""
    if response.answering != "proxy":
        return None
    proxy = response.proxy
    if proxy is None or proxy.basis not in BASIS_LABELS:
        return "no-basis"
    if proxy.basis == "permission":
        permission = proxy.permission
        if permission is None:
            return "no-basis"
        return permission_problem(permission, response.consultation)
    if not basis_complete(proxy, response.consultation):
        return "no-basis"
    return None


# --- names ---------------------------------------------------------------------------

def _clean(name: str) -> list[str]:
    return re.sub(r"[^\w\s]", " ", (name or "").casefold()).split()


def names_agree(given: str, expected: str) -> bool:
    """Loose on purpose: "Jo", "J" and "Jo Smith" all agree. The carer may give only an
    initial, so a first letter or a first name is enough."""
    a, b = _clean(given), _clean(expected)
    if not a or not b:
        return False
    if a == b or a[0] == b[0]:
        return True
    short, long_ = (a, b) if len(a[0]) <= len(b[0]) else (b, a)
    return len(short[0]) == 1 and long_[0].startswith(short[0])


# --- permission codes ----------------------------------------------------------------

def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def permission_state(permission: Permission, today: date | None = None) -> str:
    if permission.withdrawn_at is not None:
        return "withdrawn"
    if (today or journey.today()) > permission.expires_on:
        return "expired"
    return "active"


def permission_problem(permission: Permission, consultation: Consultation) -> str | None:
    """None when the carer may answer this consultation under this permission."""
    state = permission_state(permission)
    if state != "active":
        return state
    if permission.consultation_id is not None and permission.consultation_id != consultation.id:
        return "wrong-consultation"
    return None


def make_permission(person_name: str, carer_name: str, consultation: Consultation | None,
                    months: int) -> tuple[Permission, str, str]:
    """A new permission and its two codes. Only hashes are stored."""
    share, private = codes.new_code(), codes.new_code()
    while private == share:  # 40 bits each: practically never, but never the same
        private = codes.new_code()
    permission = Permission(
        person_name=person_name, carer_name=carer_name,
        consultation_id=consultation.id if consultation else None,
        expires_on=add_months(journey.today(), months),
        share_code_hash=codes.code_hash(share), private_code_hash=codes.code_hash(private))
    db.session.add(permission)
    db.session.commit()
    return permission, share, private


def find_by_share_code(typed: str) -> Permission | None:
    if codes.normalise(typed) is None:
        return None
    return db.session.scalar(select(Permission).where(
        Permission.share_code_hash == codes.code_hash(typed)))


def find_by_private_code(typed: str) -> Permission | None:
    if codes.normalise(typed) is None:
        return None
    return db.session.scalar(select(Permission).where(
        Permission.private_code_hash == codes.code_hash(typed)))


def check_share_code(typed: str, consultation: Consultation, held: dict
                     ) -> tuple[Permission | None, str | None]:
    """The permission and None, or None and why not: not-found, withdrawn, expired,
    wrong-consultation, already-answered.

    A real code with names that do not match is "not-found", the same answer as a wrong
    code, and it is checked first: only someone who knows the code and both names learns
    anything about the code (its state, its consultation)."""
    permission = find_by_share_code(typed)
    if permission is None or not (names_agree(held["person_name"], permission.person_name)
                                  and names_agree(held["carer_name"], permission.carer_name)):
        return None, "not-found"
    problem = permission_problem(permission, consultation)
    if problem:
        return None, problem
    if live_responses(permission, consultation):
        # One person, one response: a second one would count the person twice.
        return None, "already-answered"
    return permission, None


def live_responses(permission: Permission, consultation: Consultation | None = None
                   ) -> list[Response]:
    query = (select(Response).join(ProxyDetails, ProxyDetails.response_id == Response.id)
             .where(ProxyDetails.permission_id == permission.id, Response.status != "withdrawn")
             .order_by(Response.created_at))
    if consultation is not None:
        query = query.where(Response.consultation_id == consultation.id)
    return list(db.session.scalars(query))


def given_under_withdrawn(response: Response) -> bool:
    """Answers stay after a withdrawal, marked: the permission was stopped later."""
    proxy = response.proxy
    return bool(proxy and proxy.permission and proxy.permission.withdrawn_at is not None)


def withdraw_permission(permission: Permission, remove_answers: bool) -> None:
    if permission.withdrawn_at is None:
        permission.withdrawn_at = utcnow()
    db.session.commit()
    if remove_answers:
        remove_permission_answers(permission)


def remove_permission_answers(permission: Permission) -> int:
    removed = 0
    for response in live_responses(permission):
        journey.withdraw(response)
        removed += 1
    return removed


def remember_manage(permission: Permission) -> None:
    session[MANAGE_KEY] = permission.id


def managed_permission() -> Permission | None:
    held = session.get(MANAGE_KEY)
    return db.session.get(Permission, held) if held else None


# --- the carer's own views -----------------------------------------------------------

def save_carer_views(response: Response, text: str) -> None:
    response.proxy.carer_views = text.strip()
    response.updated_at = utcnow()
    db.session.commit()


# --- for the staff area ---------------------------------------------------------------

def set_permission_check(response: Response, status: str, staff_user) -> None:
    """Staff record their check of a carer's basis. 'invalid' leaves it out of the results."""
    if status not in CHECK_STATUSES:
        raise ValueError(f"unknown check status {status!r}")
    proxy = response.proxy
    if proxy is None:
        raise ValueError("this response was not answered for someone else")
    before = proxy.check_status
    proxy.check_status = status
    proxy.checked_by_id = getattr(staff_user, "id", None)
    proxy.checked_at = utcnow()
    response.excluded = status == "invalid"
    db.session.add(AuditEvent(staff_id=getattr(staff_user, "id", None),
                              action="permission-check", target_type="response",
                              target_id=response.id,
                              detail=f"{before} -> {status} (basis {proxy.basis})"))
    db.session.commit()


def counted_responses(consultation: Consultation) -> list[Response]:
    """The responses the results count: sent and not left out. A response answered for
    someone is one row, so it counts once, apart from any the person sent themselves."""
    return list(db.session.scalars(select(Response).where(
        counted_in_results(consultation.id)).order_by(Response.id)))


def needs_checking(consultation: Consultation | None = None) -> list[Response]:
    """Responses answered for someone that staff should check: LPA, deputy, best interests."""
    query = (select(Response).join(ProxyDetails, ProxyDetails.response_id == Response.id)
             .where(ProxyDetails.basis.in_(("lpa", "deputy", "best_interests")),
                    ProxyDetails.check_status == "unchecked", Response.status == "sent"))
    if consultation is not None:
        query = query.where(Response.consultation_id == consultation.id)
    return list(db.session.scalars(query.order_by(Response.sent_at)))
