"""Demo groups and meetings (issue 19): one partnership board with a past meeting (notes
and who came) and a future meeting with invitations, for people on the demo register."""
from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.extensions import db

# Link codes of the first demo person's invitations (Asha, English), so a demo and the tests
# can open them. Real link codes are random; only their hashes are stored.
DEMO_INVITE_CODE = "MEET-ZZ26-DEMA-KEYS"  # the future meeting, no answer yet
DEMO_NOTES_CODE = "PAST-ZZ26-DEMA-KEYS"  # the past meeting, with notes

PLACE = {"venue_name": "Oak Day Centre", "venue_address": "12 High Street\nTownley\nTN1 2AB",
         "getting_there": "The number 7 bus stops outside.\n\nThere are 4 parking spaces "
                          "at the front."}


def load() -> None:
    from app.involve.meetings_services import link_hash, new_link_code
    from app.models import Invitation, Involvement, Meeting, MeetingGroup

    people = {p.name: p for p in db.session.scalars(select(Involvement))}
    today = date.today()
    group = MeetingGroup(name="Getting Out Board", kind="board",
                         about="We talk about buses, taxis and getting around. "
                               "We meet every 3 months.")
    past_day, next_day = today - timedelta(days=14), today + timedelta(days=21)
    past = Meeting(
        group=group, title="Taxi cards", mode="in-person", listen_key=secrets.token_hex(8),
        starts_at=datetime.combine(past_day, time(10, 30)),
        ends_at=datetime.combine(past_day, time(12, 0)),
        access=["step-free", "hearing-loop", "toilet", "easy-read", "support-worker"],
        about="We talk about taxi cards. Who can get one? How do they work?",
        notes="3 people came.\n\nWhat we talked about:\n\n- Taxi cards are hard to get.\n"
              "- The form is too long.\n\nWhat we will do:\n\n- We will make an easy read "
              "form.\n- We will tell you about it in 2 months.",
        notes_at=datetime.combine(past_day + timedelta(days=2), time(9, 0)), **PLACE)
    future = Meeting(
        group=group, title="Buses to day centres", mode="both", listen_key=secrets.token_hex(8),
        starts_at=datetime.combine(next_day, time(10, 30)),
        ends_at=datetime.combine(next_day, time(12, 30)),
        access=["step-free", "hearing-loop", "toilet", "quiet-room", "parking", "easy-read",
                "large-print", "support-worker"],
        about="We want to make the buses better.\n\nWe will talk about:\n\n- bus times\n"
              "- help to get on the bus\n- how to tell us about a problem",
        joining="Join on a computer or phone: https://meet.example.org/getting-out\n\n"
                "Or call 0300 123 0000. Then say the number 4821.", **PLACE)
    db.session.add(group)
    # (person, code, reply, came) for each meeting
    rows = [(past, "Asha", DEMO_NOTES_CODE, "yes", "came"),
            (past, "Gareth", None, "yes", "came"),
            (past, "Marta", None, "yes", "came"),
            (past, "Dev", None, "no", "apologies"),
            (future, "Asha", DEMO_INVITE_CODE, "", ""),
            (future, "Marta", None, "yes", ""),
            (future, "Dev", None, "no", "")]
    for meeting, name, code, reply, came in rows:
        if name not in people:
            continue
        db.session.add(Invitation(meeting=meeting, person=people[name],
                                  code_hash=link_hash(code or new_link_code()), reply=reply,
                                  replied_at=meeting.starts_at - timedelta(days=3) if reply
                                  else None, attendance=came))
    db.session.commit()
