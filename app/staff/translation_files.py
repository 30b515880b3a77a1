"""Content translations to and from PO files, for translators who work outside the app.

One PO file per consultation and language: each text's key is its context, the English its
msgid, the translation its msgstr. Any PO editor (Poedit, Weblate, Lokalize) can open it.
Importing takes only texts whose English is still the same, and marks them draft.
"""
from __future__ import annotations

import io

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po
from flask import abort, current_app, flash, redirect, url_for
from flask_babel import _
from flask_login import current_user

from app.extensions import db
from app.models import ContentTranslation
from app.staff.auth import audit, role_required
from app.staff.consultations import get_consultation
from app.staff.builder_forms import TranslationFileForm
from app.staff.routes import bp
from app.staff.translations import (
    TEXT_LIMIT, content_items, rows_for, target_languages,
)

PO_LIMIT = 1024 * 1024  # a consultation's texts are a few KB; this is plenty


def export_po(c, lang: str) -> bytes:
    items = content_items(c)
    rows = rows_for(items, lang)
    catalog = Catalog(locale=lang, project=c.title, charset="utf-8")
    for item in items:
        row = rows.get(item["key"])
        catalog.add(item["english"], row.text if row else "", context=item["key"],
                    auto_comments=[str(item["label"])])
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, omit_header=False)
    return buffer.getvalue()


def import_po(c, lang: str, data: bytes) -> tuple[int, int]:
    """(saved, skipped). Raises ValueError when the file is not a PO file for this text."""
    try:
        catalog = read_po(io.BytesIO(data), locale=lang, abort_invalid=True)
    except Exception as error:  # babel raises several kinds for a broken file
        raise ValueError("not a PO file") from error
    items = {item["key"]: item for item in content_items(c)}
    rows = rows_for(list(items.values()), lang)
    saved = skipped = 0
    for message in catalog:
        item = items.get(message.context or "")
        text = (message.string or "") if isinstance(message.string, str) else ""
        text = text.replace("\r\n", "\n").strip()
        if item is None or not text:
            continue
        if message.id != item["english"] or message.fuzzy or len(text) > TEXT_LIMIT:
            skipped += 1  # the English changed since the export, or the translator was unsure
            continue
        row = rows.get(item["key"])
        if row is None:
            row = ContentTranslation(entity=item["entity"], entity_id=item["id"],
                                     field=item["field"], lang=lang, text=text, status="draft")
            db.session.add(row)
            saved += 1
        elif row.text != text:
            row.text, row.status = text, "draft"
            saved += 1
    return saved, skipped


def _language_or_404(lang: str) -> None:
    if lang not in target_languages():
        abort(404)


@bp.route("/consultations/<int:consultation_id>/translations/<lang>/export/po")
@role_required("admin")
def translations_export(consultation_id: int, lang: str):
    c = get_consultation(consultation_id)
    _language_or_404(lang)
    audit(current_user, "translations-exported", "consultation", c.id, f"lang={lang}")
    db.session.commit()
    response = current_app.response_class(export_po(c, lang), mimetype="text/x-gettext-translation")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="{c.slug}-{lang}.po"')
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.route("/consultations/<int:consultation_id>/translations/<lang>/import", methods=["POST"])
@role_required("admin")
def translations_import(consultation_id: int, lang: str):
    c = get_consultation(consultation_id)
    _language_or_404(lang)
    back = redirect(url_for("staff.translations", consultation_id=c.id, lang=lang))
    form = TranslationFileForm()
    if not form.validate_on_submit():
        abort(400)
    upload = form.po_file.data
    data = upload.read(PO_LIMIT + 1) if upload else b""
    if not data:
        flash(_("Choose a PO file to upload."), "error")
        return back
    if len(data) > PO_LIMIT:
        flash(_("This file is too big. A PO file for 1 consultation is much smaller."), "error")
        return back
    try:
        saved, skipped = import_po(c, lang, data)
    except ValueError:
        db.session.rollback()
        flash(_("This is not a PO file we can read. Nothing was changed."), "error")
        return back
    audit(current_user, "translations-imported", "consultation", c.id,
          f"lang={lang} saved={saved} skipped={skipped}")
    db.session.commit()
    flash(_("%(saved)s texts saved as drafts. %(skipped)s texts skipped: their English has "
            "changed, or the translator marked them unsure.", saved=saved, skipped=skipped),
          "done")
    return back
