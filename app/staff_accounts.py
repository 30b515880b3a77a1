"""Staff accounts: creation and password rules, shared by the CLI and the staff area."""
from __future__ import annotations

from pathlib import Path

from sqlalchemy import select
from werkzeug.security import generate_password_hash

from app.extensions import db
from app.models import StaffUser

MIN_PASSWORD_LENGTH = 12
_COMMON = Path(__file__).parent / "data" / "common-passwords.txt"


def password_problem(password: str) -> str | None:
    """A reason code when a password is not good enough, else None."""
    if len(password) < MIN_PASSWORD_LENGTH:
        return "too-short"
    if password.lower() in _common_passwords():
        return "too-common"
    return None


def _common_passwords() -> set[str]:
    if not _COMMON.exists():
        return set()
    return {line.strip().lower() for line in _COMMON.read_text().splitlines() if line.strip()}


def email_taken(email: str) -> bool:
    return db.session.scalar(select(StaffUser.id).where(
        StaffUser.email == email.strip().lower())) is not None


def create_user(email: str, password: str, role: str) -> StaffUser:
    user = StaffUser(email=email.strip().lower(), role=role,
                     password_hash=generate_password_hash(password, method="scrypt"))
    db.session.add(user)
    db.session.commit()
    return user
