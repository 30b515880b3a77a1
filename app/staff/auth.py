"""Staff login: scrypt password hashes, lockout after repeated failures, expiring sessions."""
from __future__ import annotations

from datetime import timedelta
from functools import wraps

from flask import Flask, abort, session
from flask_login import current_user, login_required
from sqlalchemy import select
from werkzeug.security import check_password_hash

from app.extensions import db, login_manager
from app.models import AuditEvent, StaffUser
from app.models._types import utcnow

MAX_FAILURES = 5
LOCKOUT = timedelta(minutes=15)
# Compared against when the email is unknown, so a wrong email costs the same as a wrong
# password and the answer does not reveal which accounts exist.
_DUMMY_HASH = "scrypt:32768:8:1$3hB7mX0l2k4Jq9Zr$" + "0" * 128

RANK = {"viewer": 1, "staff": 2, "admin": 3}


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "staff.login"
    login_manager.login_message = ""
    login_manager.session_protection = "strong"


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    user = db.session.get(StaffUser, int(user_id)) if user_id.isdigit() else None
    return user if user is not None and user.active else None


def authenticate(email: str, password: str) -> StaffUser | None:
    """The user when the password is right and the account is not locked; else None."""
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None or not user.active:
        check_password_hash(_DUMMY_HASH, password)
        return None
    now = utcnow()
    if user.locked_until is not None and user.locked_until > now:
        check_password_hash(_DUMMY_HASH, password)
        return None
    if not check_password_hash(user.password_hash, password):
        user.failed_logins += 1
        if user.failed_logins >= MAX_FAILURES:
            user.locked_until = now + LOCKOUT
            user.failed_logins = 0
            audit(user, "account-locked", "staff_user", user.id)
        db.session.commit()
        return None
    user.failed_logins = 0
    user.locked_until = None
    db.session.commit()
    return user


def role_required(role: str):
    """Allow this role and any higher one (viewer < staff < admin)."""
    def decorator(view):
        @wraps(view)
        @login_required
        def wrapped(*args, **kwargs):
            if RANK.get(current_user.role, 0) < RANK[role]:
                abort(403)
            session.permanent = True
            return view(*args, **kwargs)
        wrapped.min_role = role  # read by the authorisation table test
        return wrapped
    return decorator


def audit(user: StaffUser | None, action: str, target_type: str = "",
          target_id: int | None = None, detail: str = "") -> None:
    """Record who did what. Callers commit. Never put codes or answers in `detail`."""
    db.session.add(AuditEvent(staff_id=user.id if user is not None else None, action=action,
                              target_type=target_type, target_id=target_id, detail=detail))
