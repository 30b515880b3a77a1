"""Issue 19, groups and meetings: staff make groups and meetings, invite people from the
get-involved register by topic, group and need (with needs the venue does not meet
flagged), each invitation opens with its own link code, the person answers "I can come" or
"I cannot come" in their language, reads the notes afterwards, and staff record who came."""
from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import func, select

from app.demo_meetings import DEMO_INVITE_CODE, DEMO_NOTES_CODE
from app.models import Invitation, Involvement, Meeting, MeetingGroup
from tests.factories import login, make_staff
from tests.helpers import csrf_token, post_form

LINK = re.compile(r'/meetings/([A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4})<')
NEXT_WEEK = (date.today() + timedelta(days=7)).isoformat()
MEETING = {"title": "Day centre lunches", "day": NEXT_WEEK, "start": "10:00", "end": "12:00",
           "mode": "in-person", "venue_name": "Town Hall", "venue_address": "1 Main Street",
           "getting_there": "Take bus 4.", "access": ["step-free", "toilet"], "joining": "",
           "about": "We talk about lunch at day centres."}


def _text(response) -> str:
    return response.get_data(as_text=True)


def _words(page: str) -> str:
    return " ".join(re.sub(r"<[^>]+>", "", page).split())


def _count(db, model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def _future(db) -> Meeting:
    return db.session.scalar(select(Meeting).where(Meeting.title == "Buses to day centres"))


def _person(db, name: str) -> Involvement:
    return db.session.scalar(select(Involvement).where(Involvement.name == name))


def _as_staff(client):
    make_staff("staff@example.org", "staff")
    assert login(client, "staff@example.org").status_code == 302


def test_the_demo_group_shows_its_meetings_and_who_came(client, db):
    _as_staff(client)
    groups = _text(client.get("/staff/involve/groups"))
    assert "Getting Out Board" in groups and "Partnership board" in groups
    assert 'href="/staff/involve/groups"' in groups  # in the staff menu
    group = db.session.scalar(select(MeetingGroup))
    page = _text(client.get(f"/staff/involve/groups/{group.id}"))
    assert "Taxi cards" in page and "Buses to day centres" in page
    assert '<td id="total-came">3</td>' in page and '<td id="total-apologies">1</td>' in page
    assert '<td id="total-absent">0</td>' in page


def test_staff_make_a_group_and_a_meeting_and_bad_input_changes_nothing(client, db):
    _as_staff(client)
    groups, meetings = _count(db, MeetingGroup), _count(db, Meeting)
    empty = post_form(client, "/staff/involve/groups/new", {"name": " ", "kind": "board"})
    assert empty.status_code == 400 and "Enter the name of the group." in _text(empty)
    odd = post_form(client, "/staff/involve/groups/new", {"name": "X", "kind": "club"})
    assert odd.status_code == 400 and "Choose the kind of group." in _text(odd)
    assert _count(db, MeetingGroup) == groups
    made = post_form(client, "/staff/involve/groups/new",
                     {"name": "Home care steering group", "kind": "steering", "about": ""})
    assert made.status_code == 302
    group = db.session.scalar(select(MeetingGroup).where(
        MeetingGroup.name == "Home care steering group"))
    assert group.kind == "steering"
    url = f"/staff/involve/groups/{group.id}/meetings/new"
    for change, message in (({"end": "09:00"}, "The meeting must end after it starts."),
                            ({"day": "next Tuesday"}, "Enter a real date as year-month-day"),
                            ({"start": "25:00"}, "Enter a time, for example 14:30."),
                            ({"venue_name": ""}, "Enter the venue, or choose online."),
                            ({"mode": "online"}, "Say how to join online."),
                            ({"about": ""}, "Say what the meeting is about."),
                            ({"access": ["lift"]}, "Please choose one.")):
        bad = post_form(client, url, {**MEETING, **change})
        assert bad.status_code == 400 and message in _text(bad), change
        assert "Error:" in _text(bad).split("</title>")[0]
    assert _count(db, Meeting) == meetings
    saved = post_form(client, url, MEETING)
    assert saved.status_code == 302
    meeting = db.session.scalar(select(Meeting).where(Meeting.title == "Day centre lunches"))
    assert meeting.group_id == group.id and meeting.access == ["step-free", "toilet"]
    assert meeting.starts_at.hour == 10 and meeting.ends_at.hour == 12
    assert len(meeting.listen_key) == 16
    page = _text(client.get(f"/staff/involve/meetings/{meeting.id}"))
    assert "Town Hall" in page and "Nobody is invited yet." in page
    # Change it: the form opens with what is saved.
    edit = _text(client.get(f"/staff/involve/meetings/{meeting.id}/edit"))
    assert 'value="Day centre lunches"' in edit and 'value="10:00"' in edit
    post_form(client, f"/staff/involve/meetings/{meeting.id}/edit",
              {**MEETING, "mode": "online", "joining": "Call 0300 123 0000."})
    db.session.refresh(meeting)
    assert meeting.mode == "online" and meeting.venue_name == "" and meeting.access == []


def test_invite_finds_people_by_topic_group_and_need_and_flags_needs_not_met(client, db):
    _as_staff(client)
    meeting = _future(db)
    url = f"/staff/involve/meetings/{meeting.id}/invite"
    bsl = _text(client.get(f"{url}?need=bsl"))
    assert "Dev" in bsl and "Asha" not in bsl and "Marta" not in bsl
    # Dev needs a BSL interpreter: none is booked for this meeting. Step-free is there.
    row = bsl.split('scope="row" dir="auto">Dev</th>')[1].split("</tr>")[0]
    assert "Not met:" in row and "(BSL)" in row.split("Not met:")[1]
    assert "No steps" not in row.split("Not met:")[1]
    home = _text(client.get(f"{url}?topic=home"))
    assert "Gareth" in home and "Dev" not in home
    board = _text(client.get(f"{url}?group=board"))
    assert "Gareth" in board and "Marta" not in board
    # Somebody who did not agree to be contacted is never listed.
    gareth = _person(db, "Gareth")
    gareth.consent = False
    db.session.commit()
    assert "Gareth" not in _text(client.get(url))
    gareth.consent = True
    db.session.commit()
    # Already invited people have no box to tick.
    everyone = _text(client.get(url))
    assert f'value="{_person(db, "Asha").id}"' not in everyone
    assert f'name="person" value="{gareth.id}"' in everyone
    # Nobody ticked: an error, nothing made.
    before = _count(db, Invitation)
    none = post_form(client, url, {})
    assert none.status_code == 400 and "Tick at least 1 person" in _text(none)
    no_token = client.post(url, data={"person": str(gareth.id)})
    assert no_token.status_code == 400 and _count(db, Invitation) == before
    made = post_form(client, url, {"person": [str(gareth.id), str(_person(db, "Asha").id)]})
    page = _text(made)
    assert made.status_code == 200 and "Gareth" in page and "gareth@example.org" in page
    codes = LINK.findall(page)
    assert len(codes) == 1  # Asha was invited already
    assert _count(db, Invitation) == before + 1
    stored = db.session.scalar(select(Invitation).where(Invitation.involvement_id == gareth.id,
                                                        Invitation.meeting_id == meeting.id))
    assert codes[0] not in stored.code_hash and len(stored.code_hash) == 64
    # Gareth's link opens his invitation in Welsh, his register language.
    opened = client.get(f"/meetings/{codes[0]}")
    assert opened.status_code == 302 and opened.headers["Location"].endswith("?lang=cy")
    welsh = client.get(opened.headers["Location"])
    assert welsh.status_code == 200 and '<html lang="cy"' in _text(welsh)


def test_the_invitation_opens_only_with_its_own_code(client, db):
    for wrong in ("MEET-ZZ26-DEMA-KEYZ", "MEET-ZZ26", "nothing", DEMO_INVITE_CODE[:-1] + "!"):
        assert client.get(f"/meetings/{wrong}?lang=en").status_code == 404, wrong
    assert client.get(f"/meetings/{DEMO_INVITE_CODE.lower()}?lang=en").status_code == 200
    page = _text(client.get(f"/meetings/{DEMO_INVITE_CODE}?lang=en"))
    for part in ("We invite you to a meeting", "Buses to day centres", "Getting Out Board",
                 "From 10:30 to 12:30.", "Oak Day Centre", "TN1 2AB",
                 "The number 7 bus stops outside.", "No steps into the room",
                 "A quiet room", "https://meet.example.org/getting-out", "I can come",
                 "I cannot come"):
        assert part in _words(page), part
    assert "Asha" not in page  # no name on a page a link opens


def test_wrong_codes_are_limited(app, client):
    app.config["CODE_LOOKUP_LIMIT"] = "3 per minute"
    for _ in range(3):
        assert client.get("/meetings/AAAA-BBBB-CCCC-DDDD?lang=en").status_code == 404
    assert client.get("/meetings/AAAA-BBBB-CCCC-DDDE?lang=en").status_code == 429


def test_the_person_answers_and_staff_see_it(app, client, db):
    url = f"/meetings/{DEMO_INVITE_CODE}?lang=en"
    asha = db.session.scalar(select(Invitation).join(Meeting).where(
        Meeting.title == "Buses to day centres", Invitation.involvement_id == _person(
            db, "Asha").id))
    assert asha.reply == ""
    nothing = post_form(client, url, {})
    assert nothing.status_code == 400 and "Please choose if you can come." in _text(nothing)
    odd = post_form(client, url, {"reply": "maybe"})
    assert odd.status_code == 400
    assert client.post(url, data={"reply": "yes"}).status_code == 400  # no CSRF token
    db.session.refresh(asha)
    assert asha.reply == "" and asha.replied_at is None
    sent = post_form(client, url, {"reply": "yes"})
    assert sent.status_code == 302
    page = _text(client.get(sent.headers["Location"]))
    assert "We have your answer:" in page and "<strong>I can come</strong>" in page
    db.session.refresh(asha)
    assert asha.reply == "yes" and asha.replied_at is not None
    staff = app.test_client()
    _as_staff(staff)
    meeting = _text(staff.get(f"/staff/involve/meetings/{asha.meeting_id}"))
    row = meeting.split('scope="row" dir="auto">Asha</th>')[1].split("</tr>")[0]
    assert "Coming" in row and "Not coming" not in row
    assert "Coming: 2. Not coming: 1. No answer yet: 0." in meeting
    post_form(client, url, {"reply": "no"})  # a change of mind is kept
    db.session.refresh(asha)
    assert asha.reply == "no"


def test_after_the_meeting_the_person_reads_the_notes(app, client, db):
    page = _text(client.get(f"/meetings/{DEMO_NOTES_CODE}?lang=en"))
    assert "This meeting has finished." in page and 'name="reply"' not in page
    notes_url = f"/meetings/{DEMO_NOTES_CODE}/notes?lang=en"
    assert f'href="/meetings/{DEMO_NOTES_CODE}/notes?lang=en"' in page
    notes = _text(client.get(notes_url))
    assert "Notes from the meeting" in notes and "<li>The form is too long.</li>" in notes
    # Too late to answer: a reply changes nothing.
    past = db.session.scalar(select(Meeting).where(Meeting.title == "Taxi cards"))
    token = csrf_token(_text(client.get(f"/meetings/{DEMO_INVITE_CODE}?lang=en")))
    client.post(f"/meetings/{DEMO_NOTES_CODE}?lang=en", data={"csrf_token": token, "reply": "no"})
    assert {i.reply for i in past.invitations if i.person.name == "Asha"} == {"yes"}
    # Before the notes are written, the page says so; staff write them; then they show.
    future_notes = _text(client.get(f"/meetings/{DEMO_INVITE_CODE}/notes?lang=en"))
    assert "We have not written the notes yet." in future_notes
    assert client.get("/meetings/AAAA-BBBB-CCCC-DDDD/notes?lang=en").status_code == 404
    staff = app.test_client()
    _as_staff(staff)
    meeting = _future(db)
    url = f"/staff/involve/meetings/{meeting.id}/notes"
    empty = post_form(staff, url, {"notes": "  "})
    assert empty.status_code == 400 and "Write the notes." in _text(empty)
    db.session.refresh(meeting)
    assert meeting.notes == "" and meeting.notes_at is None
    assert post_form(staff, url, {"notes": "We chose new bus times.\n\n- 9:30\n- 10:30"}
                     ).status_code == 302
    written = _text(client.get(f"/meetings/{DEMO_INVITE_CODE}/notes?lang=en"))
    assert "We chose new bus times." in written and "<li>9:30</li>" in written


def test_staff_record_who_came_and_the_group_counts_change(client, db):
    _as_staff(client)
    meeting = _future(db)
    marks = {f"attendance-{i.id}": "came" for i in meeting.invitations}
    first = meeting.invitations[0]
    token = csrf_token(_text(client.get(f"/staff/involve/meetings/{meeting.id}")))
    marks["csrf_token"] = token
    bad = client.post(f"/staff/involve/meetings/{meeting.id}/attendance",
                      data={**marks, f"attendance-{first.id}": "late"})
    assert bad.status_code == 400
    db.session.refresh(meeting)
    assert {i.attendance for i in meeting.invitations} == {""}
    assert client.post(f"/staff/involve/meetings/{meeting.id}/attendance",
                       data={**marks, "csrf_token": ""}).status_code == 400
    marks[f"attendance-{first.id}"] = "apologies"
    assert client.post(f"/staff/involve/meetings/{meeting.id}/attendance",
                       data=marks).status_code == 302
    group = _text(client.get(f"/staff/involve/groups/{meeting.group_id}"))
    assert '<td id="total-came">5</td>' in group  # 3 at the past meeting, 2 now
    assert '<td id="total-apologies">2</td>' in group


def test_groups_and_meetings_are_for_staff_only(app, client, db):
    meeting = _future(db)
    urls = ["/staff/involve/groups", "/staff/involve/groups/new",
            f"/staff/involve/groups/{meeting.group_id}",
            f"/staff/involve/meetings/{meeting.id}", f"/staff/involve/meetings/{meeting.id}/edit",
            f"/staff/involve/meetings/{meeting.id}/invite",
            f"/staff/involve/meetings/{meeting.id}/notes"]
    for url in urls:
        response = client.get(url)
        assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    make_staff("viewer@example.org", "viewer")
    login(client, "viewer@example.org")
    for url in urls:
        assert client.get(url).status_code == 403, url
    assert "/staff/involve/groups" not in _text(client.get("/staff/"))


def test_deleting_a_register_entry_deletes_its_invitations(app, client, db):
    from app.involve import services

    asha = _person(db, "Asha")
    assert _count(db, Invitation) == 7
    with app.test_request_context("/"):
        services.delete_entry(asha)
    assert _count(db, Invitation) == 5
    assert client.get(f"/meetings/{DEMO_INVITE_CODE}?lang=en").status_code == 404


def test_the_invitation_is_read_aloud_without_names_codes_or_joining_details(app, db):
    from app.speech import sources

    future = _future(db).listen_key
    past = db.session.scalar(select(Meeting.listen_key).where(Meeting.title == "Taxi cards"))
    with app.test_request_context("/"):
        for lang, title in (("en", "Buses to day centres"), ("pl", "Autobusy do ośrodków")):
            source = sources.find("meeting", f"invite-{future}", lang)
            text = " ".join(p.text for p in source.parts)
            assert title in text and "Oak Day Centre" in text, lang
            # Each piece is read by the voice of the language it is in.
            said = {seg.lang for p in source.parts for seg in p.segments if title in seg.text}
            assert said == {lang}
            assert "Asha" not in text and "meet.example.org" not in text and "4821" not in text
            assert DEMO_INVITE_CODE not in text
        english = " ".join(p.text for p in sources.find("meeting", f"invite-{future}", "en").parts)
        assert "No steps into the room." in english and "I cannot come." in english
        # Only a meeting's own key opens its clips.
        assert sources.find("meeting", "invite-0000000000000000", "en") is None
        assert sources.find("meeting", f"other-{future}", "en") is None
        assert sources.find("meeting", str(_future(db).id), "en") is None
        notes = sources.find("meeting", f"notes-{past}", "en")
        assert "The form is too long." in " ".join(p.text for p in notes.parts)


def test_staff_translate_a_meeting_and_the_person_reads_it_in_their_language(app, client, db):
    from app.demo_meetings import FUTURE_TRANSLATED

    marta = db.session.scalar(select(Invitation).join(Meeting).where(
        Meeting.title == "Buses to day centres", Invitation.involvement_id == _person(
            db, "Marta").id))
    meeting = marta.meeting
    _as_staff(client)
    url = f"/staff/involve/meetings/{meeting.id}/translations/pl"
    page = _text(client.get(url))
    assert FUTURE_TRANSLATED["pl"][0] in page  # the demo's Polish title, ready to change
    assert client.get(f"/staff/involve/meetings/{meeting.id}/translations/xx").status_code == 404
    assert client.get(f"/staff/involve/meetings/{meeting.id}/translations/en").status_code == 404
    long = post_form(client, url, {"title": "x" * 10001})
    assert long.status_code == 400
    assert client.post(url, data={"title": "Nowy tytuł"}).status_code == 400  # no CSRF token
    assert "Nowy tytuł" not in _text(client.get(url))
    saved = post_form(client, url, {"title": "Autobusy: nowy plan",
                                    "getting_there": "Autobus numer 7 zatrzymuje się obok."})
    assert saved.status_code == 302
    # The person's page, in Polish with no ?lang: their words, in Polish; the rest in English,
    # marked as English.
    reader = app.test_client()
    polish = _text(reader.get(f"/meetings/{_marta_code(app, marta)}?lang=pl"))
    assert "Autobusy: nowy plan" in polish and "Autobus numer 7 zatrzymuje się obok." in polish
    assert '<div lang="en" dir="ltr"><p>We want to make the buses better.</p>' in polish
    english = _text(reader.get(f"/meetings/{_marta_code(app, marta)}?lang=en"))
    assert "Buses to day centres" in english and "Autobusy" not in english


def _marta_code(app, invitation) -> str:
    """Give Marta's invitation a known code (only its hash is stored)."""
    from app.extensions import db
    from app.involve.meetings_services import link_hash

    code = "MART-AZZ2-6PLK-EYSS"
    invitation.code_hash = link_hash(code)
    db.session.commit()
    return code
