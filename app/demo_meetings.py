"""Demo groups and meetings (issue 19): one partnership board with a past meeting (notes
and who came) and a future meeting with invitations, for people on the demo register."""
from __future__ import annotations

import secrets
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from app.extensions import db
from app.involve.meetings_services import link_hash, new_link_code
from app.models import ContentTranslation, Invitation, Involvement, Meeting, MeetingGroup

# Link codes of the first demo person's invitations (Asha, English), so a demo and the tests
# can open them. Real link codes are random; only their hashes are stored.
DEMO_INVITE_CODE = "MEET-ZZ26-DEMA-KEYS"  # the future meeting, no answer yet
DEMO_NOTES_CODE = "PAST-ZZ26-DEMA-KEYS"  # the past meeting, with notes

PLACE = {"venue_name": "Oak Day Centre", "venue_address": "12 High Street\nTownley\nTN1 2AB",
         "getting_there": "The number 7 bus stops outside.\n\nThere are 4 parking spaces "
                          "at the front."}


# The future meeting's title and what it is about, in each language (drafts, like all
# translations here): the invitation shows them in the person's language.
FUTURE_TRANSLATED = {
    "cy": ("Bysiau i ganolfannau dydd",
           "Rydyn ni eisiau gwneud y bysiau yn well.\n\nByddwn ni'n siarad am:\n\n"
           "- amserau bysiau\n- help i fynd ar y bws\n- sut i ddweud wrthym am broblem"),
    "pl": ("Autobusy do ośrodków dziennych",
           "Chcemy, żeby autobusy były lepsze.\n\nPorozmawiamy o:\n\n"
           "- godzinach autobusów\n- pomocy przy wsiadaniu do autobusu\n"
           "- tym, jak powiedzieć nam o problemie"),
    "ro": ("Autobuze spre centrele de zi",
           "Vrem să facem autobuzele mai bune.\n\nVom vorbi despre:\n\n"
           "- orele autobuzelor\n- ajutor ca să urci în autobuz\n"
           "- cum ne spui despre o problemă"),
    "ur": ("ڈے سینٹر جانے والی بسیں",
           "ہم بسوں کو بہتر بنانا چاہتے ہیں۔\n\nہم ان باتوں پر بات کریں گے:\n\n"
           "- بسوں کے اوقات\n- بس پر چڑھنے میں مدد\n- ہمیں کسی مسئلے کے بارے میں کیسے بتائیں"),
    "pa": ("ਡੇ ਸੈਂਟਰਾਂ ਨੂੰ ਜਾਣ ਵਾਲੀਆਂ ਬੱਸਾਂ",
           "ਅਸੀਂ ਬੱਸਾਂ ਨੂੰ ਬਿਹਤਰ ਬਣਾਉਣਾ ਚਾਹੁੰਦੇ ਹਾਂ।\n\nਅਸੀਂ ਇਹਨਾਂ ਬਾਰੇ ਗੱਲ ਕਰਾਂਗੇ:\n\n"
           "- ਬੱਸਾਂ ਦੇ ਸਮੇਂ\n- ਬੱਸ ਤੇ ਚੜ੍ਹਨ ਵਿੱਚ ਮਦਦ\n- ਸਾਨੂੰ ਕਿਸੇ ਸਮੱਸਿਆ ਬਾਰੇ ਕਿਵੇਂ ਦੱਸਣਾ ਹੈ"),
    "bn": ("ডে সেন্টারে যাওয়ার বাস",
           "আমরা বাসগুলো আরও ভালো করতে চাই।\n\nআমরা এগুলো নিয়ে কথা বলব:\n\n"
           "- বাসের সময়\n- বাসে উঠতে সাহায্য\n- কোনো সমস্যার কথা আমাদের কীভাবে জানাবেন"),
    "ar": ("الحافلات إلى مراكز الرعاية النهارية",
           "نريد أن نجعل الحافلات أفضل.\n\nسنتحدث عن:\n\n"
           "- مواعيد الحافلات\n- المساعدة في الصعود إلى الحافلة\n- كيف تخبرنا عن مشكلة"),
}


def load() -> None:
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
    db.session.flush()
    db.session.add_all(ContentTranslation(entity="meeting", entity_id=future.id, field=field,
                                          lang=lang, text=text)
                       for lang, texts in FUTURE_TRANSLATED.items()
                       for field, text in zip(("title", "about"), texts))
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
