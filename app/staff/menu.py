"""The staff menu: one list, in the order staff see it. No area adds to it at import time.

Each entry is (endpoint, label, lowest role that sees it).
"""
from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_login import current_user

from app.staff.auth import RANK

MENU: tuple[tuple[str, object, str], ...] = (
    ("staff.consultations", _l("Consultations"), "viewer"),
    ("staff_glossary.index", _l("Glossary"), "admin"),
    ("involve_staff.feedback_queue", _l("Comments and complaints"), "viewer"),
    ("involve_staff.helpful", _l("Was this helpful?"), "viewer"),
    ("involve_staff.register", _l("Get-involved register"), "staff"),
    ("involve_staff.groups", _l("Groups and meetings"), "staff"),
    ("involve_staff.expenses", _l("Expenses and payments"), "staff"),
    ("readability.page", _l("Check readability"), "viewer"),
    ("staff.safeguarding", _l("Safeguarding"), "viewer"),
    ("staff.review_index", _l("Responses and results"), "viewer"),
    ("staff.users", _l("Staff accounts"), "admin"),
)


def staff_menu() -> list[tuple[str, object]]:
    """The entries the logged-in user's role may see."""
    rank = RANK.get(getattr(current_user, "role", ""), 0)
    return [(endpoint, label) for endpoint, label, role in MENU if rank >= RANK[role]]
