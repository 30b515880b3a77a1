"""Results per question: counts and percentages, the split by who answered, free text by tag,
and the 'about you' answers in aggregate only (groups under 5 people hidden).

Counted: the one rule, app.models.response.counted_in_results.
Everything is aggregate SQL (GROUP BY); no loop runs over individual responses.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field

from flask import render_template
from flask_babel import _
from flask_babel import lazy_gettext as _l
from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import selectinload

from app.extensions import db
from app.models import (
    AboutYou, Answer, Consultation, Question, Response, ResponseTag, Tag,
)
from app.models.response import ANSWERING, counted_in_results
from app.participate.forms import AboutYouForm
from app.participate.labels import choices_for
from app.staff.auth import role_required
from app.staff.charts import bar_chart
from app.staff.response_page import ANSWERING_LABELS
from app.staff.review import get_or_404
from app.staff.routes import bp

SMALL_GROUP = 5
EXAMPLES_PER_TAG = 5


@dataclass
class QuestionResult:
    question: Question
    number: int
    answered: int = 0
    by_answering: dict[str, int] = field(default_factory=dict)
    # value -> total; value -> {answering: count}
    counts: dict[str, int] = field(default_factory=dict)
    split: dict[str, dict[str, int]] = field(default_factory=dict)
    rows: list = field(default_factory=list)  # (value, label, count, percent)
    tags: list = field(default_factory=list)  # (tag id, name (None: untagged), count, examples)
    chart: object = None


def percent(part: int, whole: int) -> float:
    return 100.0 * part / whole if whole else 0.0


def question_results(consultation: Consultation) -> tuple[list[QuestionResult], dict[str, int]]:
    where = counted_in_results(consultation.id)
    totals = {answering: 0 for answering in ANSWERING}
    for answering, count in db.session.execute(
            select(Response.answering, func.count()).where(where).group_by(Response.answering)):
        totals[answering] = totals.get(answering, 0) + count

    questions = [q for q in consultation.questions if not q.removed]
    results = {q.id: QuestionResult(question=q, number=n)
               for n, q in enumerate(questions, start=1)}

    # One query: each distinct set of choices per question and group, with how many chose it.
    choices_text = cast(Answer.choices, String)
    grouped = db.session.execute(
        select(Answer.question_id, Response.answering, choices_text, func.count())
        .join(Response, Answer.response_id == Response.id)
        .where(where, Answer.skipped.is_(False))
        .group_by(Answer.question_id, Response.answering, choices_text))
    for question_id, answering, raw, count in grouped:
        result = results.get(question_id)
        if result is None:
            continue
        result.answered += count
        result.by_answering[answering] = result.by_answering.get(answering, 0) + count
        if result.question.kind == "text":
            continue
        try:
            values = json.loads(raw) if isinstance(raw, str) else list(raw or [])
        except ValueError:
            values = []
        for value in set(values):
            result.counts[value] = result.counts.get(value, 0) + count
            split = result.split.setdefault(value, {})
            split[answering] = split.get(answering, 0) + count

    for result in results.values():
        if result.question.kind == "text":
            continue
        known = choices_for(result.question)
        known_values = {value for value, _label in known}
        extra = [(value, value) for value in result.counts if value not in known_values]
        result.rows = [(value, label, result.counts.get(value, 0),
                        percent(result.counts.get(value, 0), result.answered))
                       for value, label in [*known, *extra]]
        result.chart = bar_chart([(label, count, pct) for _v, label, count, pct in result.rows])

    _text_by_tag(consultation, where, results)
    return list(results.values()), totals


def _text_by_tag(consultation: Consultation, where, results: dict[int, QuestionResult]) -> None:
    text_ids = [qid for qid, r in results.items() if r.question.kind == "text"]
    if not text_ids:
        return
    base = (select(Answer.question_id, Tag.id.label("tag_id"), Tag.name, Answer.text,
                   Answer.response_id)
            .join(Response, Answer.response_id == Response.id)
            .outerjoin(ResponseTag, ResponseTag.response_id == Response.id)
            .outerjoin(Tag, Tag.id == ResponseTag.tag_id)
            .where(where, Answer.question_id.in_(text_ids), Answer.skipped.is_(False),
                   Answer.text != ""))
    counts = db.session.execute(
        select(Answer.question_id, Tag.id, Tag.name, func.count())
        .join(Response, Answer.response_id == Response.id)
        .outerjoin(ResponseTag, ResponseTag.response_id == Response.id)
        .outerjoin(Tag, Tag.id == ResponseTag.tag_id)
        .where(where, Answer.question_id.in_(text_ids), Answer.skipped.is_(False),
               Answer.text != "")
        .group_by(Answer.question_id, Tag.id, Tag.name))
    groups: dict[tuple[int, int | None], dict] = {}
    for question_id, tag_id, name, count in counts:
        groups[(question_id, tag_id)] = {"name": name, "count": count, "examples": []}
    ranked = base.add_columns(func.row_number().over(
        partition_by=(Answer.question_id, Tag.id), order_by=Answer.id.desc()).label("rank")
    ).subquery()
    examples = db.session.execute(
        select(ranked.c.question_id, ranked.c.tag_id, ranked.c.text, ranked.c.response_id)
        .where(ranked.c.rank <= EXAMPLES_PER_TAG)
        .order_by(ranked.c.question_id, ranked.c.tag_id, ranked.c.response_id.desc()))
    for question_id, tag_id, text, response_id in examples:
        group = groups.get((question_id, tag_id))
        if group is not None:
            group["examples"].append((response_id, text))
    for (question_id, tag_id), group in sorted(
            groups.items(), key=lambda item: (item[0][1] is None, -item[1]["count"],
                                              item[1]["name"] or "")):
        results[question_id].tags.append((tag_id, group["name"], group["count"],
                                          group["examples"]))


# --- about you --------------------------------------------------------------------------

ABOUT_FIELDS = ("age_band", "disability", "carer", "ethnicity", "language")


@dataclass
class AboutRow:
    label: str
    count: int | None  # None = hidden
    percent: float | None
    small: bool = False  # hidden because under 5; else hidden so it cannot be worked out


def _about_spec():
    spec = {}
    for name in ABOUT_FIELDS:
        unbound = getattr(AboutYouForm, name)
        spec[name] = (unbound.args[0], list(unbound.kwargs.get("choices", [])))
    return spec


def suppress(counts: dict[str, int], small: int = SMALL_GROUP) -> set[str]:
    """Groups to hide: those under `small`, and when exactly one is hidden, the next smallest
    too, so that no hidden number can be worked out from the others."""
    hidden = {key for key, count in counts.items() if 0 < count < small}
    if len(hidden) == 1:
        rest = sorted((count, key) for key, count in counts.items()
                      if key not in hidden and count > 0)
        if rest:
            hidden.add(rest[0][1])
    return hidden


def about_you(consultation_id: int) -> tuple[int | None, list]:
    total = db.session.scalar(select(func.count()).select_from(AboutYou).where(
        AboutYou.consultation_id == consultation_id)) or 0
    if total < SMALL_GROUP:
        return None, []
    sections = []
    for name, (label, choices) in _about_spec().items():
        column = getattr(AboutYou, name)
        counts = {value or "": count for value, count in db.session.execute(
            select(column, func.count()).where(AboutYou.consultation_id == consultation_id)
            .group_by(column))}
        hidden = suppress(counts)
        labels = dict(choices)
        rows = []
        for value in [*labels, *[v for v in counts if v not in labels]]:
            if value not in counts:
                continue
            shown = value not in hidden
            rows.append(AboutRow(label=str(labels.get(value, value or _("No answer"))),
                                 count=counts[value] if shown else None,
                                 percent=percent(counts[value], total) if shown else None,
                                 small=counts[value] < SMALL_GROUP))
        sections.append((label, rows))
    return total, sections


@bp.route("/consultations/<int:consultation_id>/results")
@role_required("viewer")
def results(consultation_id: int):
    consultation = db.session.scalar(select(Consultation).where(
        Consultation.id == consultation_id).options(
        selectinload(Consultation.questions).selectinload(Question.options)))
    if consultation is None:
        get_or_404(Consultation, consultation_id)
    questions, totals = question_results(consultation)
    about_total, about = about_you(consultation.id)
    return render_template(
        "staff/results/results.html", c=consultation, results=questions, totals=totals,
        total=sum(totals.values()), answering_labels=ANSWERING_LABELS,
        about_total=about_total, about=about, small=SMALL_GROUP,
        tag_label=_l("No tag"))
