"""What the dashboard shows. Each staff module adds its panel's data here."""
from sqlalchemy import select

from app.extensions import db
from app.models import Consultation


def context(user) -> dict:
    consultations = list(db.session.scalars(select(Consultation).order_by(
        Consultation.closes_on.desc())))
    return {"consultations": consultations, "panels": _panels(user)}


def _panels(user) -> list:
    """Hook for later modules (safeguarding queue first)."""
    panels = ["staff/review/_safeguarding_panel.html", "staff/review/_review_panel.html"]
    return panels
