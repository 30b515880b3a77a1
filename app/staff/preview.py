"""The staff preview of a consultation: its pages as people will see them, before it opens.

Nothing in the preview saves an answer, and its links stay inside the preview.
"""
from __future__ import annotations

import re
from datetime import date

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import _

from app.models import Consultation
from app.models.consultation import state_on
from app.participate.forms import question_form
from app.participate.labels import choices_for
from app.staff.auth import role_required
from app.staff.consultations import get_consultation, live_questions, today
from app.staff.builder_forms import check_button_form
from app.staff.routes import bp


class PreviewConsultation:
    """A consultation seen as if it were published, for the preview."""

    def __init__(self, consultation: Consultation):
        self._c = consultation

    def __getattr__(self, name):
        return getattr(self._c, name)

    def state(self, day: date) -> str:
        return state_on(day, True, self._c.opens_on, self._c.closes_on)  # as if published


def _preview_links(html: str, c: Consultation) -> str:
    """Point the participant links at the preview, so nothing in it reaches the real journey."""
    base = url_for("staff.preview", consultation_id=c.id)
    prefix = re.escape(url_for("participate.consultation", slug=c.slug))
    pattern = re.compile('href="' + prefix + r'(/start|/questions/\d+|/[a-z-]+)?(\?[^"]*)?"')

    def replace(match) -> str:
        rest = match.group(1) or ""
        if rest.startswith("/questions/"):
            return f'href="{base}{rest}"'
        if rest == "/start":
            return f'href="{base}/questions/1"'
        return f'href="{base}"'

    return pattern.sub(replace, html)


@bp.route("/consultations/<int:consultation_id>/preview")
@role_required("viewer")
def preview(consultation_id: int):
    c = get_consultation(consultation_id)
    html = render_template("staff/builder/preview.html", c=PreviewConsultation(c),
                           real=c, today=today(), response=None, next_number=None,
                           questions=live_questions(c))
    return _preview_links(html, c)


@bp.route("/consultations/<int:consultation_id>/preview/questions/<int:number>",
          methods=["GET", "POST"])
@role_required("viewer")
def preview_question(consultation_id: int, number: int):
    """A question as people see it. Continuing moves on; nothing is saved."""
    c = get_consultation(consultation_id)
    questions = live_questions(c)
    if not 1 <= number <= len(questions):
        abort(404)
    if request.method == "POST":
        check_button_form()
        if number < len(questions):
            return redirect(url_for("staff.preview_question", consultation_id=c.id,
                                    number=number + 1))
        flash(_("That was the last question. Nothing was saved."), "done")
        return redirect(url_for("staff.preview", consultation_id=c.id))
    q = questions[number - 1]
    form = question_form(q, choices_for(q), for_someone=False)
    html = render_template("staff/builder/preview_question.html", c=PreviewConsultation(c),
                           real=c, q=q, form=form, number=number, total=len(questions),
                           changing=False, for_someone=False)
    return _preview_links(html, c)
