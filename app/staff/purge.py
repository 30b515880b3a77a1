"""Data protection: delete what we no longer need to keep.

- Responses of consultations that closed more than RETENTION_MONTHS ago, with their answers,
  notes, tag links, safeguarding flags and proxy details; and those consultations' 'about
  you' rows.
- Drafts nobody has touched for DRAFT_RETENTION_DAYS (abandoned: they were never sent).
- Permissions (they hold the person's and the carer's names) that ran out or were withdrawn
  more than RETENTION_MONTHS ago, once no kept response relies on them. A permission that
  a kept response was given under stays: it is the record of that person's agreement.

Deletes run as set-based SQL (no per-row loop). The audit log keeps only ids, and keeps them.
"""
from __future__ import annotations

from datetime import date, datetime, time, timedelta

import click
from flask import current_app
from sqlalchemy import delete, or_, select

from app.extensions import db
from app.models import (
    AboutYou, Answer, Consultation, Note, Permission, ProxyDetails, Response, ResponseTag,
    SafeguardingFlag,
)
from app.models._types import utcnow
from app.staff.auth import audit


def months_before(day: date, months: int) -> date:
    year, month = divmod(day.year * 12 + (day.month - 1) - months, 12)
    month += 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover


def purge_expired(today: date | None = None, retention_months: int | None = None,
                  draft_days: int | None = None) -> dict[str, int]:
    """Delete expired data; returns how many rows of each kind went."""
    today = today or date.today()
    config = current_app.config
    retention_months = config["RETENTION_MONTHS"] if retention_months is None else retention_months
    draft_days = config["DRAFT_RETENTION_DAYS"] if draft_days is None else draft_days
    cutoff = months_before(today, retention_months)
    draft_cutoff = utcnow() - timedelta(days=draft_days)

    expired = select(Consultation.id).where(Consultation.closes_on < cutoff)
    doomed = select(Response.id).where(or_(
        Response.consultation_id.in_(expired),
        (Response.status == "draft") & (Response.updated_at < draft_cutoff)))
    ids = list(db.session.scalars(doomed))
    counts = {"consultations": len(list(db.session.scalars(expired)))}
    removed = {"answers": 0, "notes": 0, "tag_links": 0, "safeguarding_flags": 0,
               "proxy_details": 0, "responses": 0}
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        for key, model, column in (
                ("answers", Answer, Answer.response_id),
                ("notes", Note, Note.response_id),
                ("tag_links", ResponseTag, ResponseTag.response_id),
                ("safeguarding_flags", SafeguardingFlag, SafeguardingFlag.response_id),
                ("proxy_details", ProxyDetails, ProxyDetails.response_id),
                ("responses", Response, Response.id)):
            result = db.session.execute(delete(model).where(column.in_(chunk)),
                                        execution_options={"synchronize_session": False})
            removed[key] += result.rowcount or 0
    about = db.session.execute(delete(AboutYou).where(AboutYou.consultation_id.in_(expired)),
                               execution_options={"synchronize_session": False})
    removed["about_you"] = about.rowcount or 0
    removed["permissions"] = _purge_permissions(cutoff)

    audit(None, "purge-expired", "", None,
          " ".join(f"{key}={value}" for key, value in removed.items()))
    db.session.commit()
    db.session.expire_all()
    return {**counts, **removed}


def _purge_permissions(cutoff: date) -> int:
    stopped_before_cutoff = or_(
        Permission.expires_on < cutoff,
        Permission.withdrawn_at < datetime.combine(cutoff, time.min))
    still_relied_on = select(ProxyDetails.permission_id).where(
        ProxyDetails.permission_id.is_not(None))
    result = db.session.execute(
        delete(Permission).where(stopped_before_cutoff, Permission.id.not_in(still_relied_on)),
        execution_options={"synchronize_session": False})
    return result.rowcount or 0


@click.command("purge-expired")
def purge_expired_command() -> None:
    """Delete responses past the retention period, and abandoned drafts."""
    counts = purge_expired()
    click.echo(f"Retention: {current_app.config['RETENTION_MONTHS']} months after closing; "
               f"drafts {current_app.config['DRAFT_RETENTION_DAYS']} days.")
    for key, value in counts.items():
        click.echo(f"{key.replace('_', ' ')}: {value}")
