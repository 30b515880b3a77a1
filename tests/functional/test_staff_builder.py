"""Building consultations: roles, create and edit, pictures, publishing gate, preview,
the no-meaning-change rule, translations and "You said, we did"."""
from __future__ import annotations

import io
import json
from datetime import date, timedelta

import pytest
from PIL import Image
from sqlalchemy import delete, select

from app.models import (
    AuditEvent, Consultation, ContentTranslation, InfoBlock, Option, Picture, PromisedChange,
    Question, Response,
)
from app.staff_accounts import create_user
from tests.helpers import csrf_token, post_form

PASSWORD = "a long and unusual passphrase"
HARD = ("The implementation of the commissioning framework shall be undertaken by the local "
        "authority in accordance with statutory obligations, notwithstanding the considerable "
        "budgetary constraints experienced throughout the preceding financial year.")


def login(client, role: str) -> None:
    from app.extensions import db
    from app.models import StaffUser

    email = f"{role}@example.org"
    if db.session.scalar(select(StaffUser).where(StaffUser.email == email)) is None:
        create_user(email, PASSWORD, role)
    result = post_form(client, "/staff/login", {"email": email, "password": PASSWORD})
    assert result.status_code == 302, result.get_data(as_text=True)[:300]


@pytest.fixture
def admin(client):
    login(client, "admin")
    return client


def by_slug(db, slug: str) -> Consultation:
    return db.session.scalar(select(Consultation).where(Consultation.slug == slug))


def png_bytes(size=(40, 30), exif: bool = False, fmt: str = "PNG") -> bytes:
    image = Image.new("RGB", size, "red")
    buffer = io.BytesIO()
    kwargs = {}
    if exif:
        data = Image.Exif()
        data[0x010E] = "secret description"  # ImageDescription
        data[0x013B] = "Secret Artist"  # Artist
        kwargs["exif"] = data.tobytes()
    image.save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def details(**changes) -> dict:
    today = date.today()
    data = {"title": "Better buses", "summary": "We want to make buses better.",
            "purpose": "We want to know what you think about buses.",
            "audience": "You can answer if you use our buses.", "decision": "The council decides in May.",
            "opens_on": today.isoformat(), "closes_on": (today + timedelta(weeks=6)).isoformat()}
    data.update(changes)
    return data


def make_draft(client, db, **changes) -> Consultation:
    result = post_form(client, "/staff/consultations/new", details(**changes))
    assert result.status_code == 302, result.get_data(as_text=True)[:2000]
    return db.session.scalar(select(Consultation).order_by(Consultation.id.desc()))


def add_question(client, c, **data):
    fields = {"kind": "yesno", "text": "Do you like the bus?", "help": "", **data}
    url = f"/staff/consultations/{c.id}/questions/new"
    return post_form(client, url, fields)


def post_to(client, url: str, data: dict):
    """POST to a button-only URL with the token from the staff dashboard."""
    token = csrf_token(client.get("/staff/").get_data(as_text=True))
    return client.post(url, data={"csrf_token": token, **data})


def send_a_response(db, c: Consultation) -> None:
    db.session.add(Response(consultation_id=c.id, code_hash="x" * 64, status="sent"))
    db.session.commit()


# --- authorisation: every URL against every role ------------------------------------------

VIEW = [
    ("GET", "/staff/consultations"),
    ("GET", "/staff/consultations/{c}"),
    ("GET", "/staff/consultations/{c}/preview"),
    ("GET", "/staff/consultations/{c}/preview/questions/1"),
    ("POST", "/staff/consultations/{c}/preview/questions/1"),
]
ADMIN = [
    ("GET", "/staff/consultations/new"),
    ("POST", "/staff/consultations/new"),
    ("GET", "/staff/consultations/{c}/edit"),
    ("POST", "/staff/consultations/{c}/edit"),
    ("GET", "/staff/consultations/{c}/blocks/new"),
    ("POST", "/staff/consultations/{c}/blocks/new"),
    ("GET", "/staff/consultations/{c}/blocks/{b}"),
    ("POST", "/staff/consultations/{c}/blocks/{b}"),
    ("POST", "/staff/consultations/{c}/blocks/{b}/move"),
    ("POST", "/staff/consultations/{c}/blocks/{b}/remove"),
    ("GET", "/staff/consultations/{c}/questions/new"),
    ("POST", "/staff/consultations/{c}/questions/new"),
    ("GET", "/staff/consultations/{c}/questions/{q}"),
    ("POST", "/staff/consultations/{c}/questions/{q}"),
    ("POST", "/staff/consultations/{c}/questions/{q}/move"),
    ("POST", "/staff/consultations/{c}/questions/{q}/remove"),
    ("GET", "/staff/consultations/{c}/questions/{q}/options/new"),
    ("POST", "/staff/consultations/{c}/questions/{q}/options/new"),
    ("GET", "/staff/consultations/{c}/questions/{q}/options/{o}"),
    ("POST", "/staff/consultations/{c}/questions/{q}/options/{o}"),
    ("POST", "/staff/consultations/{c}/questions/{q}/options/{o}/move"),
    ("POST", "/staff/consultations/{c}/questions/{q}/options/{o}/remove"),
    ("GET", "/staff/consultations/{c}/publish"),
    ("POST", "/staff/consultations/{c}/publish"),
    ("POST", "/staff/consultations/{c}/unpublish"),
    ("GET", "/staff/consultations/{c}/translations/cy"),
    ("POST", "/staff/consultations/{c}/translations/cy"),
    ("GET", "/staff/consultations/{c}/outcome"),
    ("POST", "/staff/consultations/{c}/outcome"),
    ("POST", "/staff/consultations/{c}/outcome/publish"),
    ("GET", "/staff/consultations/{c}/changes/new"),
    ("POST", "/staff/consultations/{c}/changes/new"),
    ("GET", "/staff/consultations/{c}/changes/{ch}"),
    ("POST", "/staff/consultations/{c}/changes/{ch}"),
    ("POST", "/staff/consultations/{c}/changes/{ch}/remove"),
]
ROLES = ["anonymous", "viewer", "staff", "admin"]


def _ids(db) -> dict:
    c = by_slug(db, "short-breaks")
    q = next(q for q in c.questions if q.kind == "one")
    return {"c": c.id, "b": c.blocks[0].id, "q": q.id, "o": q.options[0].id,
            "ch": c.changes[0].id}


# Requests that remove or publish something go last, leaves before their parents, so that
# one app can take every URL in turn and each still finds the rows it names.
_LAST = ("/options/{o}/remove", "/questions/{q}/remove", "/blocks/{b}/remove",
         "/changes/{ch}/remove", "/outcome/publish", "/unpublish", "/publish")


def _in_safe_order(requests):
    def rank(request):
        ends = [i for i, tail in enumerate(_LAST) if request[1].endswith(tail)]
        return ends[0] + 1 if ends else 0
    return sorted(requests, key=rank)


@pytest.mark.parametrize("role", ROLES)
def test_every_url_needs_the_right_role(client, db, role):
    """Every builder URL, GET and POST, as this role: refused, or served, as it should be."""
    ids = _ids(db)
    admin_only = {(m, u.format(**ids)) for m, u in ADMIN}
    if role != "anonymous":
        login(client, role)
    token_page = client.get("/staff/" if role != "anonymous" else "/staff/login")
    token = csrf_token(token_page.get_data(as_text=True))
    wrong = []
    for method, url in _in_safe_order(VIEW + ADMIN):
        url = url.format(**ids)
        needed = "admin" if (method, url) in admin_only else "viewer"
        result = client.get(url) if method == "GET" else client.post(url, data={"csrf_token": token})
        where = result.headers.get("Location", "")
        if role == "anonymous":
            ok = result.status_code == 302 and "/staff/login" in where
        elif needed == "admin" and role != "admin":
            ok = result.status_code == 403
        else:
            ok = result.status_code in (200, 302, 400) and "/staff/login" not in where
        if not ok:
            wrong.append((method, url, result.status_code, where))
    assert not wrong, wrong


def test_menu_links_to_consultations_list(admin, db):
    page = admin.get("/staff/").get_data(as_text=True)
    assert 'href="/staff/consultations"' in page
    listing = admin.get("/staff/consultations").get_data(as_text=True)
    for c in db.session.scalars(select(Consultation)):
        assert c.title in listing
    assert "Closed" in listing and "Open" in listing


def test_consultation_page_links_to_responses_and_results(admin, db):
    c = by_slug(db, "day-centres")
    page = admin.get(f"/staff/consultations/{c.id}").get_data(as_text=True)
    if "staff.responses" in admin.application.view_functions:
        assert f"/staff/consultations/{c.id}/responses" in page
    if "staff.results" in admin.application.view_functions:
        assert f"/staff/consultations/{c.id}/results" in page
    assert "Preview as people see it" in page


def test_viewer_sees_no_edit_links(client, db):
    login(client, "viewer")
    c = by_slug(db, "day-centres")
    page = client.get(f"/staff/consultations/{c.id}").get_data(as_text=True)
    assert f"/staff/consultations/{c.id}/edit" not in page
    assert "Preview as people see it" in page


# --- create and edit ------------------------------------------------------------------------

def test_new_form_defaults_to_six_weeks(admin):
    page = admin.get("/staff/consultations/new").get_data(as_text=True)
    assert date.today().isoformat() in page
    assert (date.today() + timedelta(weeks=6)).isoformat() in page


def test_create_makes_a_draft_with_a_unique_slug(admin, db):
    first = make_draft(admin, db)
    second = make_draft(admin, db)
    assert first.slug == "better-buses"
    assert second.slug == "better-buses-2"
    assert first.published_at is None
    assert first.closes_on == date.today() + timedelta(weeks=6)
    assert db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "consultation-created")) is not None
    # A draft is not on the participant side.
    assert admin.get(f"/consultations/{first.slug}").status_code == 404


def test_edit_shows_readability_findings_after_saving(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/edit", details(purpose=HARD))
    assert result.status_code == 302
    page = admin.get(result.headers["Location"]).get_data(as_text=True)
    assert "Hard to read" in page
    assert "Hard word" in page and "commissioning" in page
    assert "There is a simpler word" in page and "framework" in page and ">plan<" in page
    assert "“Shall”: use “will” or “must”" in page
    db.session.refresh(c)
    assert c.purpose == HARD


@pytest.mark.parametrize("changes,message", [
    ({"title": ""}, "Enter a title."),
    ({"closes_on": (date.today() - timedelta(days=1)).isoformat()},
     "The closing date must be on or after the opening date."),
    ({"opens_on": "31/12/2030"}, "Enter a real date"),
    ({"summary": ""}, "Enter a one-line summary."),
])
def test_validation_errors_change_nothing(admin, db, changes, message):
    before = db.session.scalar(select(Consultation.id).order_by(Consultation.id.desc()))
    result = post_form(admin, "/staff/consultations/new", details(**changes))
    assert result.status_code == 400
    page = result.get_data(as_text=True)
    assert message in page
    assert "<title>Error:" in page
    assert db.session.scalar(select(Consultation.id).order_by(Consultation.id.desc())) == before


def test_short_consultation_is_a_warning_not_an_error(admin, db):
    closes = (date.today() + timedelta(weeks=2)).isoformat()
    result = post_form(admin, "/staff/consultations/new", details(closes_on=closes))
    assert result.status_code == 302
    page = admin.get(result.headers["Location"]).get_data(as_text=True)
    assert "fewer than 4 weeks" in page


def test_blocks_questions_options_and_ordering(admin, db):
    c = make_draft(admin, db)
    for text in ("First idea.", "Second idea."):
        assert post_form(admin, f"/staff/consultations/{c.id}/blocks/new",
                         {"text": text}).status_code == 302
    db.session.refresh(c)
    assert [b.text for b in c.blocks] == ["First idea.", "Second idea."]
    second = c.blocks[1]
    post_to(admin, f"/staff/consultations/{c.id}/blocks/{second.id}/move",
              {"direction": "up"})
    db.session.expire_all()
    assert [b.text for b in by_slug(db, c.slug).blocks] == ["Second idea.", "First idea."]

    for kind in ("text", "one", "many", "feelings", "yesno"):
        result = add_question(admin, c, kind=kind, text=f"A {kind} question?",
                              required="y" if kind == "text" else "")
        assert result.status_code == 302, kind
    db.session.expire_all()
    c = by_slug(db, c.slug)
    assert [q.kind for q in c.questions] == ["text", "one", "many", "feelings", "yesno"]
    assert c.questions[0].required and not c.questions[1].required
    one = c.questions[1]
    for label in ("Park Road", "Hill Street"):
        result = post_form(admin, f"/staff/consultations/{c.id}/questions/{one.id}/options/new",
                           {"label": label, "help": ""})
        assert result.status_code == 302
    db.session.expire_all()
    one = db.session.get(Question, one.id)
    assert [o.value for o in one.options] == ["park-road", "hill-street"]
    post_to(admin, f"/staff/consultations/{c.id}/questions/{one.id}/move", {"direction": "up"})
    db.session.expire_all()
    assert by_slug(db, c.slug).questions[0].id == one.id


def test_question_with_wrong_kind_is_refused(admin, db):
    c = make_draft(admin, db)
    result = add_question(admin, c, kind="essay")
    assert result.status_code == 400
    assert "Choose a type of question." in result.get_data(as_text=True)
    assert db.session.scalar(select(Question).where(Question.consultation_id == c.id)) is None


# --- pictures -------------------------------------------------------------------------------

def test_text_file_named_png_is_refused(admin, db):
    c = make_draft(admin, db)
    count = db.session.query(Picture).count()
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new", {
        "text": "An idea.", "picture_alt": "A bus",
        "picture": (io.BytesIO(b"<script>alert(1)</script> not a picture"), "bus.png")})
    assert result.status_code == 400
    assert "not a picture we can read" in result.get_data(as_text=True)
    assert db.session.query(Picture).count() == count
    assert db.session.scalar(select(InfoBlock).where(InfoBlock.consultation_id == c.id)) is None


def test_oversized_picture_is_refused(admin, db):
    c = make_draft(admin, db)
    big = png_bytes(size=(4100, 10))
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new", {
        "text": "An idea.", "picture_alt": "A bus", "picture": (io.BytesIO(big), "bus.png")})
    assert result.status_code == 400
    assert "more than 4000 pixels" in result.get_data(as_text=True)
    heavy = b"\x89PNG\r\n\x1a\n" + b"0" * (2 * 1024 * 1024 + 10)
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new", {
        "text": "An idea.", "picture_alt": "A bus", "picture": (io.BytesIO(heavy), "bus.png")})
    assert result.status_code == 400
    assert "bigger than 2 MB" in result.get_data(as_text=True)


def test_picture_needs_alt_text(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new", {
        "text": "An idea.", "picture_alt": "", "picture": (io.BytesIO(png_bytes()), "bus.png")})
    assert result.status_code == 400
    assert "Describe the picture" in result.get_data(as_text=True)


def test_valid_picture_is_re_encoded_without_exif(admin, db):
    c = make_draft(admin, db)
    raw = png_bytes(size=(1600, 1200), exif=True, fmt="JPEG")
    assert b"Secret Artist" in raw
    result = post_form(admin, f"/staff/consultations/{c.id}/blocks/new", {
        "text": "An idea.", "picture_alt": "A red square",
        "picture": (io.BytesIO(raw), "photo.png")})  # the name is wrong; the content decides
    assert result.status_code == 302
    block = db.session.scalar(select(InfoBlock).where(InfoBlock.consultation_id == c.id))
    pic = block.picture
    assert pic.mime == "image/jpeg" and pic.alt == "A red square"
    assert (pic.width, pic.height) == (800, 600)
    assert b"Secret Artist" not in pic.data
    with Image.open(io.BytesIO(pic.data)) as image:
        assert not image.getexif()
    assert admin.get(f"/pictures/{pic.id}").data == pic.data


# --- publishing ----------------------------------------------------------------------------

def _ready(admin, db, **changes) -> Consultation:
    c = make_draft(admin, db, **changes)
    assert add_question(admin, c).status_code == 302
    return c


def test_publish_needs_questions(admin, db):
    c = make_draft(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {})
    assert result.status_code == 400
    assert "Add at least 1 question." in result.get_data(as_text=True)
    db.session.refresh(c)
    assert c.published_at is None


def test_easy_text_publishes_without_a_reason(admin, db, monkeypatch):
    import app.speech as speech

    warmed = []
    monkeypatch.setattr(speech, "warm_consultation", warmed.append, raising=False)
    c = _ready(admin, db)
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {})
    assert result.status_code == 302
    db.session.refresh(c)
    assert c.published_at is not None and c.hard_text_reason == ""
    assert [w.id for w in warmed] == [c.id]
    assert admin.get(f"/consultations/{c.slug}").status_code == 200


def test_hard_text_without_reason_is_refused(admin, db):
    c = _ready(admin, db, purpose=HARD)
    page = admin.get(f"/staff/consultations/{c.id}/publish").get_data(as_text=True)
    assert "Why we ask" in page and "Hard to read" in page
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {"reason": "  "})
    assert result.status_code == 400
    assert "write why it is right to publish" in result.get_data(as_text=True)
    db.session.refresh(c)
    assert c.published_at is None


def test_hard_text_with_reason_is_published_and_recorded(admin, db):
    c = _ready(admin, db, purpose=HARD)
    reason = "Legal wording agreed with the self-advocacy group."
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {"reason": reason})
    assert result.status_code == 302
    db.session.refresh(c)
    assert c.published_at is not None
    assert c.hard_text_reason == reason
    event = db.session.scalar(select(AuditEvent).where(
        AuditEvent.action == "publish-with-hard-text"))
    assert event.target_id == c.id
    assert reason in event.detail and "Why we ask" in json.loads(event.detail)["fields"]


def test_publish_check_shows_the_grade_and_a_fairly_hard_text_still_needs_a_reason(admin, db):
    # Only "shall" is wrong: the finer grade is the mildest hard one, but publishing is
    # blocked exactly as before the verdict was graded.
    c = _ready(admin, db, purpose="We shall ask you what you think. You can tell us at the day centre.")
    page = admin.get(f"/staff/consultations/{c.id}/publish").get_data(as_text=True)
    assert "Hard to read" in page and "(Grade 3 of 6: Fairly hard)" in page
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {})
    assert result.status_code == 400
    db.session.refresh(c)
    assert c.published_at is None
    # The legal wording is graded far harder, on the same page.
    c2 = _ready(admin, db, purpose=HARD)
    page = admin.get(f"/staff/consultations/{c2.id}/publish").get_data(as_text=True)
    assert "(Grade 6 of 6: Extremely hard)" in page


def test_hard_option_label_is_gated_too(admin, db):
    c = make_draft(admin, db)
    add_question(admin, c, kind="one")
    q = by_slug(db, c.slug).questions[0]
    for label in ("Yes", HARD):
        post_form(admin, f"/staff/consultations/{c.id}/questions/{q.id}/options/new",
                  {"label": HARD[:290] if label == HARD else label})
    result = post_form(admin, f"/staff/consultations/{c.id}/publish", {})
    assert result.status_code == 400
    assert "Question 1, answer 2" in result.get_data(as_text=True)


def test_unpublish_only_while_no_responses(admin, db):
    c = by_slug(db, "home-care")
    post_to(admin, f"/staff/consultations/{c.id}/unpublish", {})
    db.session.refresh(c)
    assert c.published_at is None
    c.published_at = date.today()
    db.session.commit()
    send_a_response(db, c)
    result = post_to(admin, f"/staff/consultations/{c.id}/unpublish", {})
    assert "cannot be unpublished" in admin.get(result.headers["Location"]).get_data(as_text=True)
    db.session.refresh(c)
    assert c.published_at is not None


# --- preview -------------------------------------------------------------------------------

def test_preview_shows_a_draft_as_participants_see_it(client, db):
    login(client, "admin")
    c = _ready(client, db)
    post_form(client, f"/staff/consultations/{c.id}/blocks/new", {"text": "Buses are late."})
    client.post("/staff/logout", data={"csrf_token": csrf_token(
        client.get("/staff/").get_data(as_text=True))})
    login(client, "viewer")
    page = client.get(f"/staff/consultations/{c.id}/preview").get_data(as_text=True)
    assert "Preview" in page
    assert "Better buses" in page and "Why we ask" in page and "Buses are late." in page
    assert "There is 1 question." in page
    assert f'href="/staff/consultations/{c.id}/preview/questions/1"' in page
    assert f'href="/consultations/{c.slug}/start"' not in page
    question = client.get(f"/staff/consultations/{c.id}/preview/questions/1")
    assert "Do you like the bus?" in question.get_data(as_text=True)
    sent = post_form(client, f"/staff/consultations/{c.id}/preview/questions/1",
                     {"answer": "yes", "action": "next"})
    assert sent.status_code == 302
    assert db.session.query(Response).count() == 0


# --- no change of meaning once people have answered ----------------------------------------

def test_after_responses_only_wording_fixes(admin, db):
    c = by_slug(db, "day-centres")
    q = next(q for q in c.questions if q.kind == "one")
    option = q.options[0]
    send_a_response(db, c)
    url = f"/staff/consultations/{c.id}/questions/{q.id}"

    result = post_form(admin, url, {"kind": "many", "text": q.text})
    assert result.status_code == 400
    assert "only fix the wording" in result.get_data(as_text=True)
    result = post_form(admin, url, {"text": q.text, "required": "y"} if not q.required
                       else {"text": q.text})
    db.session.refresh(q)
    assert q.kind == "one"

    result = post_to(admin, f"{url}/remove", {})
    assert "only fix the wording" in admin.get(result.headers["Location"]).get_data(as_text=True)
    db.session.refresh(q)
    assert not q.removed and db.session.get(Question, q.id) is not None

    result = post_form(admin, f"{url}/options/{option.id}", {"label": option.label,
                                                            "value": "something-else"})
    assert result.status_code == 400
    db.session.refresh(option)
    assert option.value != "something-else"
    result = post_to(admin, f"{url}/options/{option.id}/remove", {})
    db.session.expire_all()
    assert db.session.get(Option, option.id) is not None
    assert post_to(admin, f"/staff/consultations/{c.id}/questions/new",
                     {"kind": "text", "text": "New?"}).status_code == 302
    assert len(by_slug(db, "day-centres").questions) == 6

    old_text = q.text
    # As the edit form sends it: the demo question has a picture, so its description too.
    result = post_form(admin, url, {"text": "Which day centre do you like best?", "help": q.help,
                                    "picture_alt": q.picture.alt if q.picture else ""})
    assert result.status_code == 302
    db.session.refresh(q)
    assert q.text == "Which day centre do you like best?" and q.kind == "one"
    event = db.session.scalar(select(AuditEvent).where(AuditEvent.action == "wording-fix"))
    detail = json.loads(event.detail)
    assert detail["old"] == old_text and detail["new"] == "Which day centre do you like best?"
    assert detail["entity"] == "question" and detail["field"] == "text"

    result = post_form(admin, f"{url}/options/{option.id}", {
        "label": "Park Road centre", "help": option.help,
        "picture_alt": option.picture.alt if option.picture else ""})
    assert result.status_code == 302
    db.session.refresh(option)
    assert option.label == "Park Road centre"
    events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "wording-fix"))
    assert any(json.loads(e.detail)["new"] == "Park Road centre" for e in events)


def test_before_responses_questions_can_be_removed(admin, db):
    c = by_slug(db, "home-care")
    q_id = c.questions[0].id
    post_to(admin, f"/staff/consultations/{c.id}/questions/{q_id}/remove", {})
    db.session.expire_all()
    assert db.session.get(Question, q_id) is None
    assert len(by_slug(db, "home-care").questions) == 5


# --- translations ---------------------------------------------------------------------------

def test_translations_save_with_status_and_show_to_participants(admin, db):
    c = by_slug(db, "day-centres")
    db.session.execute(delete(ContentTranslation).where(ContentTranslation.lang == "cy"))
    db.session.commit()
    url = f"/staff/consultations/{c.id}/translations/cy"
    page = admin.get(url).get_data(as_text=True)
    assert c.summary in page and c.questions[0].text in page
    summary_page = admin.get(f"/staff/consultations/{c.id}").get_data(as_text=True)
    assert "Cymraeg" in summary_page

    q = c.questions[0]
    result = post_form(admin, url, {
        f"text-consultation-{c.id}-title": "Newid canolfannau dydd",
        f"status-consultation-{c.id}-title": "reviewed",
        f"text-consultation-{c.id}-summary": "Crynodeb yn Gymraeg.",
        f"status-consultation-{c.id}-summary": "draft",
        f"text-question-{q.id}-text": "Sut wyt ti'n teimlo?",
    })
    assert result.status_code == 302
    rows = {(r.entity, r.field): r for r in db.session.scalars(select(ContentTranslation).where(
        ContentTranslation.lang == "cy", ContentTranslation.entity_id.in_([c.id, q.id])))}
    assert rows[("consultation", "title")].status == "reviewed"
    assert rows[("consultation", "summary")].status == "draft"
    assert rows[("question", "text")].text == "Sut wyt ti'n teimlo?"

    from app.staff.translations import content_items, language_summary

    with admin.application.test_request_context():
        total = len(content_items(c))
        cy = {row["code"]: row for row in language_summary(c)}["cy"]
    assert (cy["missing"], cy["draft"], cy["reviewed"]) == (total - 3, 2, 1)
    overview = admin.get(f"/staff/consultations/{c.id}").get_data(as_text=True)
    row = overview.split('lang="cy">Cymraeg</a></td>')[1].split("</tr>")[0]
    assert row == f"<td>{total - 3}</td><td>2</td><td>1</td>"

    participant = admin.get(f"/consultations/{c.slug}?lang=cy").get_data(as_text=True)
    assert "Newid canolfannau dydd" in participant
    assert "Crynodeb yn Gymraeg." in participant
    from flask_babel import force_locale, gettext

    with admin.application.test_request_context(), force_locale("cy"):
        notice = gettext("Some parts of this page are in English. "
                         "We do not have them in your language yet.")
    assert notice in participant and "Some parts of this page" not in participant

    # A box left out of the form changes nothing; emptying a box makes it missing again.
    post_form(admin, url, {f"text-consultation-{c.id}-title": ""})
    assert db.session.scalar(select(ContentTranslation).where(
        ContentTranslation.entity == "question", ContentTranslation.entity_id == q.id,
        ContentTranslation.lang == "cy")).text == "Sut wyt ti'n teimlo?"
    assert db.session.scalar(select(ContentTranslation).where(
        ContentTranslation.entity == "consultation", ContentTranslation.field == "title",
        ContentTranslation.lang == "cy", ContentTranslation.entity_id == c.id)) is None


def test_translation_summary_counts(admin, db):
    from app.staff.translations import content_items, language_summary

    c = by_slug(db, "day-centres")
    with admin.application.test_request_context():
        total = len(content_items(c))
        summary = {row["code"]: row for row in language_summary(c)}
    pl = summary["pl"]
    assert pl["missing"] + pl["draft"] + pl["reviewed"] == total > 20
    assert set(summary) == {"cy", "pl", "ro", "ur", "pa", "bn", "ar"}


def test_unknown_language_is_not_found(admin, db):
    c = by_slug(db, "day-centres")
    assert admin.get(f"/staff/consultations/{c.id}/translations/en").status_code == 404
    assert admin.get(f"/staff/consultations/{c.id}/translations/xx").status_code == 404


# --- you said, we did ----------------------------------------------------------------------

def test_you_said_we_did_published_and_seen_by_participants(admin, db):
    c = by_slug(db, "short-breaks")
    c.results_published_at = None
    db.session.commit()
    assert "We did" not in admin.get(f"/consultations/{c.slug}").get_data(as_text=True)

    result = post_form(admin, f"/staff/consultations/{c.id}/outcome", {
        "you_said": "You told us the buses are late.", "we_did": "We will pay for 50 more breaks."})
    assert result.status_code == 302
    page = admin.get(result.headers["Location"]).get_data(as_text=True)
    assert "Readability check" in page and "Easy read" in page

    result = post_to(admin, f"/staff/consultations/{c.id}/outcome/publish",
                       {"action": "publish"})
    db.session.refresh(c)
    assert c.results_published_at is not None
    participant = admin.get(f"/consultations/{c.slug}").get_data(as_text=True)
    assert "You told us the buses are late." in participant
    assert "We will pay for 50 more breaks." in participant


def test_results_cannot_be_published_before_closing(admin, db):
    c = by_slug(db, "day-centres")
    post_form(admin, f"/staff/consultations/{c.id}/outcome",
              {"you_said": "Things.", "we_did": "Things."})
    result = post_to(admin, f"/staff/consultations/{c.id}/outcome/publish",
                       {"action": "publish"})
    assert "after the consultation closes" in admin.get(
        result.headers["Location"]).get_data(as_text=True)
    db.session.refresh(c)
    assert c.results_published_at is None


def test_promised_changes_progress(admin, db):
    c = by_slug(db, "short-breaks")
    result = post_form(admin, f"/staff/consultations/{c.id}/changes/new",
                       {"text": "More breaks at weekends.", "status": "planned"})
    assert result.status_code == 302
    change = db.session.scalar(select(PromisedChange).where(
        PromisedChange.text == "More breaks at weekends."))
    assert change.status == "planned"
    post_form(admin, f"/staff/consultations/{c.id}/changes/{change.id}",
              {"text": change.text, "status": "in-progress"})
    db.session.refresh(change)
    assert change.status == "in-progress"
    bad = post_form(admin, f"/staff/consultations/{c.id}/changes/{change.id}",
                    {"text": change.text, "status": "finished"})
    assert bad.status_code == 400
    db.session.refresh(change)
    assert change.status == "in-progress"
    participant = admin.get(f"/consultations/{c.slug}").get_data(as_text=True)
    assert "More breaks at weekends." in participant and "In progress" in participant


def test_outcome_translation_shows_to_returning_participant(admin, db):
    c = by_slug(db, "short-breaks")
    url = f"/staff/consultations/{c.id}/translations/pl"
    assert f"text-consultation-{c.id}-we_did" in admin.get(url).get_data(as_text=True)
    post_form(admin, url, {f"text-consultation-{c.id}-we_did": "Zrobiliśmy to.",
                           f"status-consultation-{c.id}-we_did": "reviewed"})
    page = admin.get(f"/consultations/{c.slug}?lang=pl").get_data(as_text=True)
    assert "Zrobiliśmy to." in page


# --- readability words ---------------------------------------------------------------------

def test_every_rule_id_has_plain_words(app):
    from easyread.rules import RULE_IDS

    from app.staff.readability_view import RULE_WORDS, check_view

    assert set(RULE_IDS) <= set(RULE_WORDS)
    with app.test_request_context():
        view = check_view(HARD)
        assert view["verdict"] == "hard" and view["verdict_words"] == "Hard to read"
        assert {"rule": "shall", "words": "“Shall”: use “will” or “must”", "text": "shall",
                "suggestion": "will"} in view["findings"]
        assert any("longer than 25 words" in reason for reason in view["reasons"])
        assert check_view("   ") is None
