"""Export a consultation's sent responses as CSV or XLSX, with or without personal details.

Staff role and up may export; every export is recorded in the audit log, with whether it
held personal details. Cells that a spreadsheet would run as a formula are escaped.
"""
from __future__ import annotations

import csv
import io
import re

from flask import Response as HttpResponse
from flask import render_template
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from sqlalchemy import select
from sqlalchemy.orm import selectinload
from wtforms import BooleanField, RadioField
from wtforms.validators import InputRequired

from app.extensions import db
from app.forms import Form
from app.models import Consultation, Question, Response
from app.participate.labels import answer_labels
from app.staff.auth import audit, role_required
from app.staff.review import get_or_404
from app.staff.routes import bp

BATCH = 1000
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


class ExportForm(Form):
    format = RadioField(_l("File type"), choices=[
        ("csv", _l("CSV (comma-separated values)")), ("xlsx", _l("Excel workbook (XLSX)"))],
        default="csv", validators=[InputRequired(_l("Choose a file type."))])
    personal = BooleanField(_l("Include personal details (names and contact details of "
                               "people who answered for someone)"))


def safe_cell(value):
    """Text that begins like a formula gets a leading apostrophe, so it stays text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def header(questions: list[Question], personal: bool) -> list[str]:
    columns = [_("Response"), _("Sent"), _("Language"), _("Who answered"), _("Helper role"),
               _("Basis"), _("Permission check"), _("Left out of results"), _("Reviewed"),
               _("Safeguarding flag"), _("Tags")]
    if personal:
        columns += [_("Carer name"), _("Carer contact"), _("Relationship"), _("Person name"),
                    _("Legal reference"), _("Steps taken"), _("Why they cannot decide"),
                    _("Their wishes"), _("Carer's own views")]
    columns += [_("Q%(number)s: %(text)s", number=n, text=q.text)
                for n, q in enumerate(questions, start=1)]
    return columns


def _answer_cell(question: Question, answer) -> str:
    if answer is None:
        return ""
    if answer.skipped:
        return _("(skipped)")
    return "; ".join(str(label) for label in answer_labels(question, answer))


def rows(consultation: Consultation, questions: list[Question], personal: bool):
    """Rows in batches of BATCH responses: a constant number of queries per batch."""
    last = 0
    while True:
        batch = list(db.session.scalars(
            select(Response).where(Response.consultation_id == consultation.id,
                                   Response.status == "sent", Response.id > last)
            .order_by(Response.id).limit(BATCH)
            .options(selectinload(Response.answers), selectinload(Response.proxy),
                     selectinload(Response.tags))))
        if not batch:
            return
        for response in batch:
            proxy = response.proxy
            answers = {a.question_id: a for a in response.answers}
            row = [response.id, response.sent_at.isoformat(" ", "minutes")
                   if response.sent_at else "", response.lang, response.answering,
                   response.helper_role, proxy.basis if proxy else "",
                   proxy.check_status if proxy else "", "yes" if response.excluded else "no",
                   "yes" if response.reviewed else "no", "yes" if response.flagged else "no",
                   ", ".join(t.name for t in response.tags)]
            if personal:
                row += ([proxy.carer_name, proxy.carer_contact, proxy.relationship_to_person,
                         proxy.person_name, proxy.legal_reference, proxy.steps_taken,
                         proxy.why_cannot_decide, proxy.wishes, proxy.carer_views]
                        if proxy else [""] * 9)
            row += [_answer_cell(q, answers.get(q.id)) for q in questions]
            yield [safe_cell(cell) for cell in row]
        last = batch[-1].id


def to_csv(head: list[str], body) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow([safe_cell(h) for h in head])
    writer.writerows(body)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: Excel reads it as UTF-8


def to_xlsx(head: list[str], body) -> bytes:
    book = Workbook(write_only=True)
    sheet = book.create_sheet(_("Responses")[:31])

    def text_cells(values):
        cells = []
        for value in values:
            cell = WriteOnlyCell(sheet, value=_xlsx_clean(value))
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula, whatever it starts with
            cells.append(cell)
        return cells

    sheet.append(text_cells([safe_cell(h) for h in head]))
    for row in body:
        sheet.append(text_cells(row))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _xlsx_clean(value):
    return _ILLEGAL.sub("", value) if isinstance(value, str) else value


def _filename(consultation: Consultation, personal: bool, ext: str) -> str:
    kind = "with-personal-details" if personal else "no-personal-details"
    return f"{consultation.slug}-responses-{kind}.{ext}"


@bp.route("/consultations/<int:consultation_id>/export", methods=["GET", "POST"])
@role_required("staff")
def export(consultation_id: int):
    consultation = get_or_404(Consultation, consultation_id)
    form = ExportForm()
    if not form.validate_on_submit():
        status = 400 if form.errors else 200
        return render_template("staff/results/export.html", c=consultation, form=form), status
    personal = bool(form.personal.data)
    questions = [q for q in consultation.questions if not q.removed]
    head = header(questions, personal)
    body = rows(consultation, questions, personal)
    if form.format.data == "xlsx":
        data = to_xlsx(head, body)
        mime = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    else:
        data = to_csv(head, body)
        mime = "text/csv; charset=utf-8"
    audit(current_user, "export-personal" if personal else "export", "consultation",
          consultation.id, f"format={form.format.data} personal={'yes' if personal else 'no'}")
    db.session.commit()
    filename = _filename(consultation, personal, form.format.data)
    return HttpResponse(data, mimetype=mime.split(";")[0], headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
        "Cache-Control": "no-store"})
