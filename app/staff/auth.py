"""Staff login: scrypt password hashes, lockout after repeated failures, expiring sessions.

- Each try is counted in one SQL statement before the password is checked, so tries sent at
  the same moment all count, and at most MAX_FAILURES passwords are checked per lockout.
- A staff session carries the account's session generation; logging out raises it, which
  ends every copy of the session cookie. A session also ends after STAFF_IDLE_MINUTES
  without a request.
"""
from __future__ import annotations

import time
from datetime import timedelta
from functools import wraps

from flask import Flask, abort, current_app, session
from flask_login import current_user, login_required
from sqlalchemy import or_, select, update
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
GENERATION = "staff_generation"  # session keys
SEEN = "staff_seen"
SEEN_EVERY = 60  # seconds: how often the last-seen time is written back to the cookie


def init_app(app: Flask) -> None:
    login_manager.init_app(app)
    login_manager.login_view = "staff.login"
    login_manager.login_message = ""
    login_manager.session_protection = "strong"
    app.config.setdefault("STAFF_IDLE_MINUTES", 30)


@login_manager.user_loader
def load_user(user_id: str) -> StaffUser | None:
    user = db.session.get(StaffUser, int(user_id)) if user_id.isdigit() else None
    if user is None or not user.active:
        return None
    if session.get(GENERATION) != user.session_generation:
        return None  # logged out since this cookie was made (a copy, or an old one)
    now = int(time.time())
    seen = session.get(SEEN)
    idle = int(current_app.config["STAFF_IDLE_MINUTES"]) * 60
    if not isinstance(seen, int) or not 0 <= now - seen <= idle:
        return None
    if now - seen >= SEEN_EVERY:
        session[SEEN] = now
    return user


def start_session(user: StaffUser) -> None:
    """After login_user(): tie the session to the account's current generation."""
    session[GENERATION] = user.session_generation
    session[SEEN] = int(time.time())


def end_sessions(user: StaffUser) -> None:
    """Log the account out everywhere: every session made before now stops working."""
    db.session.execute(update(StaffUser).where(StaffUser.id == user.id)
                       .values(session_generation=StaffUser.session_generation + 1)
                       .execution_options(synchronize_session=False))
    db.session.commit()


def authenticate(email: str, password: str) -> StaffUser | None:
    """The user when the password is right and the account is not locked; else None."""
    user = db.session.scalar(select(StaffUser).where(StaffUser.email == email.strip().lower()))
    if user is None or not user.active:
        check_password_hash(_DUMMY_HASH, password)
        return None
    now = utcnow()
    # Count the try first, in one statement (no read-modify-write): None when locked.
    tries = db.session.execute(
        update(StaffUser)
        .where(StaffUser.id == user.id,
               or_(StaffUser.locked_until.is_(None), StaffUser.locked_until <= now))
        .values(failed_logins=StaffUser.failed_logins + 1)
        .returning(StaffUser.failed_logins)
        .execution_options(synchronize_session=False)).scalar()
    db.session.commit()
    if tries is None or tries > MAX_FAILURES:
        check_password_hash(_DUMMY_HASH, password)  # the same cost as a real check
        if tries is not None:
            _lock(user, now)
        return None
    if not check_password_hash(user.password_hash, password):
        if tries >= MAX_FAILURES:
            _lock(user, now)
        return None
    db.session.execute(update(StaffUser).where(StaffUser.id == user.id)
                       .values(failed_logins=0, locked_until=None)
                       .execution_options(synchronize_session=False))
    db.session.commit()
    db.session.refresh(user)
    return user


def _lock(user: StaffUser, now) -> None:
    locked = db.session.execute(
        update(StaffUser)
        .where(StaffUser.id == user.id,
               or_(StaffUser.locked_until.is_(None), StaffUser.locked_until <= now))
        .values(locked_until=now + LOCKOUT, failed_logins=0)
        .execution_options(synchronize_session=False))
    if locked.rowcount:  # the first of several tries at the limit records it
        audit(user, "account-locked", "staff_user", user.id)
    db.session.commit()


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
