"""Demo data for expenses (issue 19): two claims by the first register person (one waiting,
one paid) and one register entry a carer made with the person's permission."""
from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from app import codes
from app.extensions import db
from app.models import ExpenseClaim, Involvement
from app.models._types import utcnow


def load_expenses(register_code: str) -> None:
    asha = db.session.scalar(select(Involvement).where(
        Involvement.code_hash == codes.code_hash(register_code)))
    today = date.today()
    db.session.add_all([
        ExpenseClaim(person=asha, activity="Planning group meeting", group="planning",
                     activity_on=today - timedelta(days=20), bus_pence=460, support_pence=3000,
                     minutes=120, time_pence=3000, total_pence=6460, receipt=True,
                     status="paid", reason="", decided_at=utcnow(), paid_at=utcnow()),
        ExpenseClaim(person=asha, activity="Day centres workshop", group="project",
                     activity_on=today - timedelta(days=2), taxi_pence=1250, car_miles=0,
                     minutes=90, time_pence=2250, total_pence=3500, receipt=False,
                     status="waiting", reason=""),
        Involvement(code_hash=codes.code_hash(codes.new_code()), name="Rosa", topics=["home"],
                    groups=["board"], needs=["easy-read", "support-worker"], best_time="morning",
                    contact_how="phone", contact_detail="07700 900444", language="en",
                    consent=True, carer_name="Maria", carer_relationship="Daughter",
                    permission_by="Rosa", permission_how="present",
                    permission_on=today - timedelta(days=5)),
    ])
    db.session.commit()
