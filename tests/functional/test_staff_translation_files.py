"""Staff translation workflow (issue 17): PO files for outside translators, and a warning
before publishing when a language the council offers is not complete."""
from __future__ import annotations

import io

from babel.messages.pofile import read_po, write_po
from sqlalchemy import delete, select

from app.models import ContentTranslation
from tests.functional.test_staff_builder import _ready, admin, by_slug  # noqa: F401
from tests.helpers import csrf_token


def _export(admin, c, lang):
    result = admin.get(f"/staff/consultations/{c.id}/translations/{lang}/export/po")
    assert result.status_code == 200
    assert "attachment" in result.headers["Content-Disposition"]
    assert result.headers["Cache-Control"] == "no-store"
    return read_po(io.BytesIO(result.data))


def _upload(admin, c, lang, data: bytes, name="back.po"):
    url = f"/staff/consultations/{c.id}/translations/{lang}"
    token = csrf_token(admin.get(url).get_data(as_text=True))
    return admin.post(f"{url}/import", data={"csrf_token": token,
                                             "po_file": (io.BytesIO(data), name)},
                      content_type="multipart/form-data", follow_redirects=True)


def test_export_holds_every_text_with_its_english_and_translation(admin, db):
    c = by_slug(db, "day-centres")
    catalog = _export(admin, c, "ur")
    messages = {m.context: m for m in catalog if m.context}
    title = messages[f"consultation-{c.id}-title"]
    assert title.id == c.title
    ur_title = db.session.scalar(select(ContentTranslation.text).where(
        ContentTranslation.entity == "consultation", ContentTranslation.entity_id == c.id,
        ContentTranslation.field == "title", ContentTranslation.lang == "ur"))
    assert title.string == ur_title
    assert f"question-{c.questions[0].id}-text" in messages


def test_import_saves_translations_as_drafts_and_skips_stale_english(admin, db):
    c = by_slug(db, "day-centres")
    db.session.execute(delete(ContentTranslation).where(ContentTranslation.lang == "pl"))
    db.session.commit()
    catalog = _export(admin, c, "pl")
    for message in catalog:
        if message.context == f"consultation-{c.id}-title":
            message.string = "Zmiany w centrach dziennych"
        elif message.context == f"consultation-{c.id}-summary":
            message.string = "Stare podsumowanie."
            message.id = "An older English summary."  # the English changed since the export
    buffer = io.BytesIO()
    write_po(buffer, catalog)
    page = _upload(admin, c, "pl", buffer.getvalue()).get_data(as_text=True)
    assert "1 texts saved as drafts. 1 texts skipped" in page
    rows = db.session.scalars(select(ContentTranslation).where(
        ContentTranslation.lang == "pl", ContentTranslation.entity == "consultation")).all()
    assert [(r.field, r.text, r.status) for r in rows] == [
        ("title", "Zmiany w centrach dziennych", "draft")]
    shown = admin.get(f"/consultations/{c.slug}?lang=pl").get_data(as_text=True)
    assert "<h1>Zmiany w centrach dziennych</h1>" in shown


def test_a_file_that_is_not_po_changes_nothing(admin, db):
    c = by_slug(db, "day-centres")
    before = db.session.query(ContentTranslation).count()
    page = _upload(admin, c, "cy", b"\x00\x01 this is not a po file \xff").get_data(as_text=True)
    assert "This is not a PO file we can read. Nothing was changed." in page
    assert db.session.query(ContentTranslation).count() == before
    page = _upload(admin, c, "cy", b"").get_data(as_text=True)
    assert "Choose a PO file to upload." in page


def test_publishing_warns_when_an_offered_language_is_incomplete(admin, db):
    c = _ready(admin, db)
    page = admin.get(f"/staff/consultations/{c.id}/publish").get_data(as_text=True)
    assert "Some languages are not complete" in page
    assert "Polski" in page and "Cymraeg" in page
    admin.application.config["OFFERED_LANGUAGES"] = "cy"
    page = admin.get(f"/staff/consultations/{c.id}/publish").get_data(as_text=True)
    assert "Cymraeg" in page.split("Some languages are not complete")[1]
    assert "Polski</a>:" not in page


def test_no_warning_when_every_offered_language_is_complete(admin, db):
    c = by_slug(db, "day-centres")
    c.published_at = None
    db.session.commit()
    from app.staff.translations import content_items

    with admin.application.test_request_context():
        items = content_items(c)
    db.session.execute(delete(ContentTranslation).where(ContentTranslation.lang == "cy"))
    for item in items:
        db.session.add(ContentTranslation(entity=item["entity"], entity_id=item["id"],
                                            field=item["field"], lang="cy", text="Testun"))
    db.session.commit()
    admin.application.config["OFFERED_LANGUAGES"] = "cy"
    page = admin.get(f"/staff/consultations/{c.id}/publish").get_data(as_text=True)
    assert "Some languages are not complete" not in page
