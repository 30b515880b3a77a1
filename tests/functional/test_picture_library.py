"""The picture library (issue 14): staff find OpenMoji pictures by word, see a few suggested
for each idea, question and answer, and pick one; participants see it from our own origin."""
import re

from sqlalchemy import select

from app.models import InfoBlock, Option, Question
from tests.functional.test_staff_builder import admin, make_draft  # noqa: F401 (fixture)
from tests.helpers import post_form


def _library_names(html: str) -> list[str]:
    part = html.split('id="picture-library"', 1)
    if len(part) < 2:
        return []
    part = part[1].split("</fieldset>", 1)[0]
    return re.findall(r'<label for="library-\d+" class="with-pic"><img[^>]*>([^<]*)</label>',
                      part)


def test_an_idea_gets_pictures_suggested_from_its_words(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new",
                       {"text": "A bus takes you to the centre.", "picture_alt": ""})
    assert result.status_code == 302
    html = admin.get(result.headers["Location"]).get_data(as_text=True)
    names = _library_names(html)
    assert 1 <= len(names) <= 4
    assert "Suggested: bus" in names


def test_staff_search_the_library_by_word(admin, db):
    c = make_draft(admin, db)
    html = admin.get(f"/staff/consultations/{c.id}/blocks/new?picture_search=house"
                     ).get_data(as_text=True)
    names = _library_names(html)
    assert "house" in names and "bus" not in names
    nothing = admin.get(f"/staff/consultations/{c.id}/blocks/new?picture_search=zzqx"
                        ).get_data(as_text=True)
    assert _library_names(nothing) == []
    assert "No library pictures match" in nothing


def test_a_picked_library_picture_is_stored_and_served_from_our_origin(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new",
                       {"text": "A house.", "picture_alt": "", "library": "1F3E0"})
    assert result.status_code == 302
    block = db.session.scalar(select(InfoBlock).where(InfoBlock.consultation_id == c.id))
    pic = block.picture
    assert pic.mime == "image/svg+xml" and pic.alt == "House"
    assert pic.data.startswith(b"<svg") and b"<script" not in pic.data
    served = admin.get(f"/pictures/{pic.id}")
    assert served.data == pic.data and served.mimetype == "image/svg+xml"
    assert "default-src 'none'" in served.headers["Content-Security-Policy"]


def test_an_unknown_library_code_is_refused(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new",
                       {"text": "A house.", "picture_alt": "", "library": "../../etc/passwd"})
    assert result.status_code == 400
    assert "could not find that library picture" in result.get_data(as_text=True)
    assert db.session.scalar(select(InfoBlock).where(InfoBlock.consultation_id == c.id)) is None


def test_library_previews_are_for_staff_only(admin, app):
    assert admin.get("/staff/picture-library/1F3E0.svg").data.startswith(b"<svg")
    assert admin.get("/staff/picture-library/NOPE.svg").status_code == 404
    stranger = app.test_client()
    assert stranger.get("/staff/picture-library/1F3E0.svg").status_code in (302, 401, 403, 404)


def test_every_demo_idea_question_and_option_has_a_picture(db):
    for model in (InfoBlock, Question, Option):
        rows = db.session.scalars(select(model)).all()
        assert rows and all(row.picture is not None for row in rows), model.__name__
