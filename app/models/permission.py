from datetime import date, datetime

from sqlalchemy import Date, DateTime, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow


class Permission(db.Model):
    """A person's permission for a named carer to answer for them.

    The share code goes to the carer; the private code stays with the person and is the only
    way to see what was answered and to withdraw.
    """

    id: Mapped[int] = mapped_column(primary_key=True)
    person_name: Mapped[str] = mapped_column(String(120))
    carer_name: Mapped[str] = mapped_column(String(120))
    consultation_id: Mapped[int | None] = mapped_column(ForeignKey("consultation.id"))
    expires_on: Mapped[date] = mapped_column(Date)
    share_code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    private_code_hash: Mapped[str] = mapped_column(String(64), unique=True)
    withdrawn_at: Mapped[datetime | None] = mapped_column(DateTime)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    consultation = relationship("Consultation")
