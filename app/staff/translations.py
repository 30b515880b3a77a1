"""Translations of a consultation's content, one language at a time, with a review status.

A missing row means a missing translation: people see the English, and are told so.
"""
from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, url_for
from flask_babel import _
from flask_babel import lazy_gettext as _l
from flask_login import current_user
from sqlalchemy import select

from app.extensions import db
from app.i18n import LANGUAGES
from app.models import ContentTranslation
from app.staff.auth import audit, role_required
from app.staff.consultations import get_consultation, is_admin, live_questions
from app.staff.builder_forms import ButtonForm, TranslationFileForm
from app.staff.routes import bp

STATUSES = {"draft": _l("Draft"), "reviewed": _l("Reviewed by a native speaker")}
TEXT_LIMIT = 5000
LONG_FIELDS = {"purpose", "audience", "decision", "you_said", "we_did", "help"}


def target_languages() -> dict:
    return {code: name for code, (name, _direction) in LANGUAGES.items() if code != "en"}


def content_items(c) -> list[dict]:
    """Every translatable text of a consultation, in page order, with its English."""
    items: list[dict] = []
    seen_pictures: set[int] = set()

    def add(obj, field, label):
        english = getattr(obj, field) or ""
        if english.strip():
            items.append({"key": f"{obj.__tablename__}-{obj.id}-{field}", "obj": obj,
                          "entity": obj.__tablename__, "id": obj.id, "field": field,
                          "label": label, "english": english,
                          "long": field in LONG_FIELDS or len(english) > 120})

    def picture(pic, label):
        if pic is not None and pic.id not in seen_pictures:
            seen_pictures.add(pic.id)
            add(pic, "alt", label)

    add(c, "title", _("Title"))
    add(c, "summary", _("Summary"))
    add(c, "purpose", _("Why we ask"))
    add(c, "audience", _("Who it is for"))
    add(c, "decision", _("Who decides, and when"))
    for number, block in enumerate(c.blocks, start=1):
        add(block, "text", _("Idea %(number)s", number=number))
        picture(block.picture, _("Idea %(number)s: picture description", number=number))
    for number, q in enumerate(live_questions(c), start=1):
        add(q, "text", _("Question %(number)s", number=number))
        add(q, "help", _("Question %(number)s: explanation", number=number))
        picture(q.picture, _("Question %(number)s: picture description", number=number))
        for o_number, option in enumerate(q.options if q.kind in ("one", "many") else [],
                                          start=1):
            add(option, "label", _("Question %(number)s, answer %(option)s",
                                   number=number, option=o_number))
            add(option, "help", _("Question %(number)s, answer %(option)s: explanation",
                                  number=number, option=o_number))
            picture(option.picture, _("Question %(number)s, answer %(option)s: picture "
                                      "description", number=number, option=o_number))
    add(c, "you_said", _("You said"))
    add(c, "we_did", _("We did"))
    for number, change in enumerate(c.changes, start=1):
        add(change, "text", _("Promised change %(number)s", number=number))
    return items


def rows_for(items: list[dict], lang: str) -> dict[str, ContentTranslation]:
    entities = {item["entity"] for item in items}
    if not entities:
        return {}
    rows = db.session.scalars(select(ContentTranslation).where(
        ContentTranslation.lang == lang, ContentTranslation.entity.in_(entities)))
    by_key = {f"{row.entity}-{row.entity_id}-{row.field}": row for row in rows}
    wanted = {item["key"] for item in items}
    return {key: row for key, row in by_key.items() if key in wanted}


def status_of(row: ContentTranslation | None) -> str:
    if row is None or not row.text.strip():
        return "missing"
    return row.status if row.status in STATUSES else "draft"


def language_summary(c) -> list[dict]:
    """Per language: how many texts are missing, draft, and reviewed."""
    items = content_items(c)
    out = []
    for code, name in target_languages().items():
        rows = rows_for(items, code)
        counts = {"missing": 0, "draft": 0, "reviewed": 0}
        for item in items:
            counts[status_of(rows.get(item["key"]))] += 1
        out.append({"code": code, "name": name, "total": len(items), **counts})
    return out


def offered_languages() -> list[str]:
    """The languages the council offers (OFFERED_LANGUAGES, e.g. "cy,pl"); all by default."""
    wanted = current_app.config.get("OFFERED_LANGUAGES") or ""
    codes = [c.strip() for c in wanted.split(",") if c.strip()] or list(target_languages())
    return [c for c in codes if c in target_languages()]


def incomplete_languages(c) -> list[dict]:
    """Offered languages with texts still missing: a warning before publishing."""
    offered = set(offered_languages())
    return [row for row in language_summary(c) if row["code"] in offered and row["missing"]]


@bp.route("/consultations/<int:consultation_id>/translations/<lang>", methods=["GET", "POST"])
@role_required("admin")
def translations(consultation_id: int, lang: str):
    c = get_consultation(consultation_id)
    languages = target_languages()
    if lang not in languages:
        abort(404)
    items = content_items(c)
    rows = rows_for(items, lang)
    form = ButtonForm()
    errors: dict[str, str] = {}
    if form.validate_on_submit():
        changes = {}
        for item in items:
            if f"text-{item['key']}" not in request.form:
                continue  # not on the page that was sent (added since): leave it as it is
            text = (request.form.get(f"text-{item['key']}") or "").replace("\r\n", "\n").strip()
            status = request.form.get(f"status-{item['key']}", "draft")
            if status not in STATUSES:
                status = "draft"
            if len(text) > TEXT_LIMIT:
                errors[item["key"]] = _("This is too long. Use %(limit)s letters or fewer.",
                                        limit=TEXT_LIMIT)
            changes[item["key"]] = (item, text, status)
        if not errors:
            saved = 0
            for key, (item, text, status) in changes.items():
                row = rows.get(key)
                if not text:
                    if row is not None:
                        db.session.delete(row)
                    continue
                if row is None:
                    row = ContentTranslation(entity=item["entity"], entity_id=item["id"],
                                             field=item["field"], lang=lang, text=text)
                    db.session.add(row)
                if row.text != text or row.status != status:
                    saved += 1
                row.text, row.status = text, status
            audit(current_user, "translations-saved", "consultation", c.id,
                  f"lang={lang} changed={saved}")
            db.session.commit()
            flash(_("Translations saved."), "done")
            return redirect(url_for("staff.translations", consultation_id=c.id, lang=lang))
    values = {}
    for item in items:
        row = rows.get(item["key"])
        if request.method == "POST":
            values[item["key"]] = (request.form.get(f"text-{item['key']}", ""),
                                   request.form.get(f"status-{item['key']}", "draft"))
        else:
            values[item["key"]] = (row.text if row else "", row.status if row else "draft")
    direction = LANGUAGES[lang][1]
    return render_template(
        "staff/builder/translations.html", c=c, lang_code=lang, lang_name=languages[lang],
        direction=direction, items=items, values=values, errors=errors, statuses=STATUSES,
        state={item["key"]: status_of(rows.get(item["key"])) for item in items},
        can_edit=is_admin(), form=form, file_form=TranslationFileForm()), (400 if errors else 200)
