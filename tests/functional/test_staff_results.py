"""Results per question, 'about you' in aggregate only, exports, and purging expired data."""
from __future__ import annotations

import csv
import io
import re
from datetime import timedelta

from sqlalchemy import func, select, update

from app.models import (
    AboutYou, Answer, AuditEvent, Consultation, Note, ProxyDetails, Response, ResponseTag,
    SafeguardingFlag, Tag,
)
from app.models._types import utcnow
from tests.factories import login, make_sent_responses, make_staff, post_from
from tests.helpers import post_form


def flat(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r">\s+<", "><", html))


def results_html(client, c) -> str:
    result = client.get(f"/staff/consultations/{c.id}/results")
    assert result.status_code == 200
    return flat(result.get_data(as_text=True))


def test_counts_percentages_and_split_by_who_answered(client, db, consultation, staff):
    ids = make_sent_responses(consultation, 6)  # self, helped, proxy, self, helped, proxy
    # Not counted: a permission found not valid, a withdrawn response, a draft.
    excluded = make_sent_responses(consultation, 1, answering=("proxy",))[0]
    db.session.get(Response, excluded).excluded = True
    db.session.commit()
    make_sent_responses(consultation, 1, status="withdrawn")
    make_sent_responses(consultation, 1, status="draft")
    html = results_html(client, consultation)
    assert "6 responses counted." in html
    # Feelings: response i chose FEELINGS[i % 5]: very happy = responses 0 (self), 5 (proxy).
    assert ('<th scope="row">Very happy</th><td>2</td><td>33%</td><td>1</td><td>0</td>'
            '<td>1</td>') in html
    # 'many': friends chosen by responses 0, 4, 5 -> 3 of 6 = 50%.
    assert '<th scope="row">See my friends</th><td>3</td><td>50%</td>' in html or \
        re.search(r'<th scope="row">[^<]*</th><td>3</td><td>50%</td>', html)
    assert "add up to more than 100" in html
    assert ids  # counted responses exist


def test_charts_are_inline_svg_with_a_table_and_no_style(client, db, consultation, staff):
    make_sent_responses(consultation, 4)
    html = results_html(client, consultation)
    charts = re.findall(r"<svg class=\"chart\"[^>]*>", html)
    assert len(charts) == 5  # 5 choice questions in the demo consultation
    for tag in charts:
        assert 'aria-hidden="true"' in tag
    assert "style=" not in html and "<script" not in html
    assert html.count("<svg class=\"chart\"") <= html.count("<table")
    assert re.search(r'<rect x="\d+" y="\d+" width="[\d.]+" height="\d+" fill="#1d70b8"/>', html)


def test_free_text_grouped_by_tag(client, db, consultation, staff):
    ids = make_sent_responses(consultation, 6)
    tag = Tag(name="transport")
    db.session.add(tag)
    for rid in ids[:2]:
        db.session.get(Response, rid).tags = [tag]
    db.session.commit()
    html = results_html(client, consultation)
    assert "<h4>transport (2)</h4>" in html
    assert "<h4>No tag (4)</h4>" in html
    assert f"Answer number {ids[0]}" in html


def test_about_you_hides_small_groups(client, db, consultation, staff):
    for band, n in (("25-44", 7), ("45-64", 6), ("under-25", 2)):
        for _ in range(n):
            db.session.add(AboutYou(consultation_id=consultation.id, age_band=band,
                                    disability="yes"))
    db.session.commit()
    html = results_html(client, consultation)
    assert '<th scope="row">25 to 44</th><td>7</td>' in html
    assert '<th scope="row">Under 25</th><td colspan="2">fewer than 5</td>' in html
    # With one group hidden, the next smallest is hidden too, so 2 cannot be worked out.
    assert '<th scope="row">45 to 64</th><td colspan="2">hidden' in html
    assert '<th scope="row">Yes</th><td>15</td>' in html


def test_about_you_shows_nothing_under_5_people(client, db, consultation, staff):
    for _ in range(3):
        db.session.add(AboutYou(consultation_id=consultation.id, age_band="25-44"))
    db.session.commit()
    html = results_html(client, consultation)
    assert "Fewer than 5 people answered these questions" in html
    assert "25 to 44" not in html


# --- exports --------------------------------------------------------------------------------

def _export(client, c, fmt, personal=False):
    data = {"format": fmt}
    if personal:
        data["personal"] = "y"
    return post_form(client, f"/staff/consultations/{c.id}/export", data)


def test_csv_export_with_and_without_personal_details(client, db, consultation, staff):
    ids = make_sent_responses(consultation, 3, text="=HYPERLINK(\"http://x\")")
    plain = _export(client, consultation, "csv")
    assert plain.status_code == 200 and plain.mimetype == "text/csv"
    assert "no-personal-details" in plain.headers["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(plain.get_data(as_text=True).lstrip("\ufeff"))))
    assert len(rows) == 4
    assert "Carer name" not in rows[0]
    assert f"Carer {ids[2]}" not in plain.get_data(as_text=True)
    text_cells = [cell for cell in rows[1] if "HYPERLINK" in cell]
    assert text_cells == ["'=HYPERLINK(\"http://x\")"]
    personal = _export(client, consultation, "csv", personal=True)
    body = personal.get_data(as_text=True)
    assert "Carer name" in body and f"Carer {ids[2]}" in body and f"Person {ids[2]}" in body
    actions = list(db.session.scalars(select(AuditEvent.action).where(
        AuditEvent.action.like("export%")).order_by(AuditEvent.id)))
    assert actions == ["export", "export-personal"]


def test_xlsx_export_keeps_formulas_as_text(client, db, consultation, staff):
    from openpyxl import load_workbook

    make_sent_responses(consultation, 2, text="+SUM(A1:A2)")
    result = _export(client, consultation, "xlsx", personal=True)
    assert result.status_code == 200
    book = load_workbook(io.BytesIO(result.get_data()))
    sheet = book.active
    values = [cell for row in sheet.iter_rows() for cell in row if cell.value and
              "SUM" in str(cell.value)]
    assert values and all(c.data_type == "s" and c.value.startswith("'+") for c in values)
    assert sheet.max_row == 3


def test_viewer_cannot_export(client, db, consultation):
    make_staff("v@example.org", "viewer")
    login(client, "v@example.org")
    result = post_from(client, "/staff/", f"/staff/consultations/{consultation.id}/export",
                       {"format": "csv"})
    assert result.status_code == 403
    assert db.session.scalar(select(func.count()).select_from(AuditEvent).where(
        AuditEvent.action.like("export%"))) == 0


# --- purge ----------------------------------------------------------------------------------

def test_purge_expired_removes_old_responses_and_reports(app, runner, db):
    old = db.session.scalar(select(Consultation).where(Consultation.slug == "short-breaks"))
    current = db.session.scalar(select(Consultation).where(Consultation.slug == "day-centres"))
    old_ids = make_sent_responses(old, 3)
    tag = Tag(name="keep me")
    db.session.add(tag)
    db.session.get(Response, old_ids[0]).tags = [tag]
    db.session.add(Note(response_id=old_ids[0], text="note"))
    db.session.add(SafeguardingFlag(response_id=old_ids[1], categories=["danger"]))
    for _ in range(4):
        db.session.add(AboutYou(consultation_id=old.id, age_band="25-44"))
    db.session.add(AboutYou(consultation_id=current.id, age_band="25-44"))
    db.session.commit()
    current_ids = make_sent_responses(current, 2)
    stale = make_sent_responses(current, 1, status="draft")[0]
    fresh = make_sent_responses(current, 1, status="draft")[0]
    db.session.execute(update(Response).where(Response.id == stale).values(
        updated_at=utcnow() - timedelta(days=200)))
    db.session.commit()

    app.config.update(RETENTION_MONTHS=1, DRAFT_RETENTION_DAYS=90)
    result = runner.invoke(args=["purge-expired"])
    assert result.exit_code == 0, result.output
    assert "responses: 4" in result.output  # 3 old + 1 stale draft
    assert "proxy details: 1" in result.output
    assert "about you: 4" in result.output
    assert "tag links: 1" in result.output and "notes: 1" in result.output
    assert "safeguarding flags: 1" in result.output
    db.session.expire_all()
    remaining = set(db.session.scalars(select(Response.id)))
    assert remaining == {*current_ids, fresh}
    assert db.session.scalar(select(func.count()).select_from(Answer).where(
        Answer.response_id.in_(old_ids))) == 0
    assert db.session.scalar(select(func.count()).select_from(ProxyDetails).where(
        ProxyDetails.response_id.in_(old_ids))) == 0
    assert db.session.scalar(select(func.count()).select_from(ResponseTag)) == 0
    assert db.session.scalar(select(func.count()).select_from(AboutYou)) == 1
    assert db.session.get(Tag, tag.id) is not None  # the tag itself stays for reuse


def test_purge_removes_permissions_long_stopped_unless_a_kept_response_needs_them(app, runner, db):
    from datetime import date

    from app.models import Permission

    today = date.today()
    current = db.session.scalar(select(Consultation).where(Consultation.slug == "day-centres"))

    def permission(name, expires_on, withdrawn_at=None):
        made = Permission(person_name=name, carer_name="Sam", expires_on=expires_on,
                          withdrawn_at=withdrawn_at, share_code_hash=f"s-{name}".ljust(64, "0"),
                          private_code_hash=f"p-{name}".ljust(64, "0"))
        db.session.add(made)
        db.session.commit()
        return made.id

    ran_out = permission("Ran", today - timedelta(days=90))
    withdrawn = permission("Withdrew", today + timedelta(days=300),
                           withdrawn_at=utcnow() - timedelta(days=90))
    recent = permission("Recent", today - timedelta(days=5))
    usable = permission("Usable", today + timedelta(days=30))
    relied_on = permission("Relied", today - timedelta(days=90))
    kept_response = make_sent_responses(current, 1, answering=("proxy",))[0]
    db.session.get(Response, kept_response).proxy.permission_id = relied_on
    db.session.commit()

    app.config.update(RETENTION_MONTHS=1)
    result = runner.invoke(args=["purge-expired"])
    assert result.exit_code == 0, result.output
    assert "permissions: 2" in result.output
    db.session.expire_all()
    left = set(db.session.scalars(select(Permission.id)))
    assert left == {recent, usable, relied_on}
    assert ran_out not in left and withdrawn not in left


def test_purge_keeps_everything_within_retention(app, runner, db):
    old = db.session.scalar(select(Consultation).where(Consultation.slug == "short-breaks"))
    make_sent_responses(old, 2)
    result = runner.invoke(args=["purge-expired"])  # default 24 months: closed 60 days ago
    assert result.exit_code == 0
    assert "responses: 0" in result.output
    assert db.session.scalar(select(func.count()).select_from(Response)) == 2
