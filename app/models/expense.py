"""Expenses and payment for time (issue 19, reciprocity): a claim by a person on the
get-involved register. Money is whole pence; rates are copied in at claim time."""
from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, backref, mapped_column, relationship

from app.extensions import db
from app.models._types import utcnow

CLAIM_STATUSES = ("waiting", "approved", "paid", "declined")


class ExpenseClaim(db.Model):
    id: Mapped[int] = mapped_column(primary_key=True)
    involvement_id: Mapped[int] = mapped_column(ForeignKey("involvement.id"), index=True)
    activity: Mapped[str] = mapped_column(String(200))
    group: Mapped[str] = mapped_column(String(20))  # a register group key, or "other"
    activity_on: Mapped[date] = mapped_column(Date)
    bus_pence: Mapped[int] = mapped_column(Integer, default=0)
    train_pence: Mapped[int] = mapped_column(Integer, default=0)
    taxi_pence: Mapped[int] = mapped_column(Integer, default=0)
    car_miles: Mapped[int] = mapped_column(Integer, default=0)
    mileage_pence: Mapped[int] = mapped_column(Integer, default=0)
    support_pence: Mapped[int] = mapped_column(Integer, default=0)
    minutes: Mapped[int] = mapped_column(Integer, default=0)
    time_pence: Mapped[int] = mapped_column(Integer, default=0)
    total_pence: Mapped[int] = mapped_column(Integer, default=0)
    receipt: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="waiting", index=True)
    reason: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    decided_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff_user.id"))
    paid_at: Mapped[datetime | None] = mapped_column(DateTime)

    person = relationship("Involvement", backref=backref(
        "claims", cascade="all, delete-orphan", order_by="ExpenseClaim.id"))
    decided_by = relationship("StaffUser")
