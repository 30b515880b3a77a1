"""Demo data for a fresh install: three consultations, pictures, the glossary, a demo login."""
from __future__ import annotations

import json
from datetime import date, timedelta, timedelta as later
from functools import lru_cache
from pathlib import Path

from sqlalchemy import insert

from app import codes, demo_meetings, picture_library
from app.demo_expenses import load_expenses
from app.extensions import db
from app.models import (
    Consultation, ContentTranslation, Feedback, GlossaryTerm, HelpfulVote, InfoBlock, Involvement,
    Option, Picture, PromisedChange, Question,
)
from app.models._types import utcnow

DATA = Path(__file__).parent / "data"
PICTURE_ALT = {
    "building": "A day centre building",
    "tick": "A green tick",
    "bus": "A minibus",
    "home": "A house",
    "people": "Two people talking",
}
# The OpenMoji picture of each named demo picture (its description is translated).
PICTURE_CODE = {"building": "1F3E2", "tick": "2705", "bus": "1F690", "home": "1F3E0",
                "people": "1F9D1-200D-1F91D-200D-1F9D1"}


def load() -> None:
    data = json.loads((DATA / "demo.json").read_text(encoding="utf-8"))
    pictures = _Pictures()
    today = date.today()
    translations = content_translations()
    rows: list[dict] = []
    for spec in data["consultations"]:
        rows += _add_consultation(spec, today, pictures, translations)
    _insert_translations(rows)
    db.session.commit()
    load_glossary()
    load_involve()
    demo_meetings.load()  # groups and meetings (issue 19)
    load_expenses(DEMO_REGISTER_CODE)


def _insert_translations(rows: list[dict]) -> None:
    """Thousands of rows in one statement: one ORM object each took seconds per load."""
    unique = {(r["entity"], r["entity_id"], r["field"], r["lang"]): r for r in rows}
    if unique:
        db.session.execute(insert(ContentTranslation), list(unique.values()))


def content_translations() -> dict[str, dict]:
    """Each language's file in app/data/translations/: {lang: {"consultations", "glossary"}}.

    One file a language, so translators of different languages never edit the same file.
    """
    files = sorted((DATA / "translations").glob("*.json"))
    return {f.stem: _read_json(f, f.stat().st_mtime_ns) for f in files}


@lru_cache(maxsize=32)
def _read_json(path: Path, mtime_ns: int) -> dict:
    """Parsed once per process per version of the file (tests load the demo many times)."""
    return json.loads(path.read_text(encoding="utf-8"))


class _Pictures:
    """One Picture row per OpenMoji symbol, shared by every idea, question and option using it."""

    def __init__(self):
        self.chosen = json.loads((DATA / "demo_pictures.json").read_text(encoding="utf-8"))
        self.rows: dict[str, Picture] = {}
        for name, code in PICTURE_CODE.items():
            self.get(code, PICTURE_ALT[name])

    def get(self, code: str | None, alt: str = "") -> Picture | None:
        if not code:
            return None
        if code not in self.rows:
            picture = picture_library.make_picture(code, alt)
            if picture is None:
                return None
            db.session.add(picture)
            self.rows[code] = picture
        return self.rows[code]


def _add_consultation(spec: dict, today: date, pictures: _Pictures,
                      translations: dict[str, dict]) -> list[dict]:
    """Adds the consultation; returns its translation rows to insert."""
    closed = spec["closes_in_days"] < 0
    c = Consultation(
        slug=spec["slug"], title=spec["title"], summary=spec["summary"],
        purpose=spec["purpose"], audience=spec["audience"], decision=spec["decision"],
        opens_on=today + timedelta(days=spec["opens_in_days"]),
        closes_on=today + timedelta(days=spec["closes_in_days"]),
        published_at=utcnow(), you_said=spec.get("you_said", ""), we_did=spec.get("we_did", ""),
        results_published_at=utcnow() if closed and spec.get("we_did") else None,
    )
    chosen = pictures.chosen.get(spec["slug"], {})
    block_codes = chosen.get("blocks", [])
    question_codes = chosen.get("questions", [])
    for position, block in enumerate(spec["blocks"]):
        code = block_codes[position] if position < len(block_codes) else None
        c.blocks.append(InfoBlock(position=position, text=block["text"],
                                  picture=pictures.get(code)))
    for position, q in enumerate(spec["questions"]):
        codes = question_codes[position] if position < len(question_codes) else {}
        question = Question(position=position, kind=q["kind"], text=q["text"],
                            help=q.get("help", ""), required=q.get("required", False),
                            picture=pictures.get(codes.get("picture")))
        option_codes = codes.get("options", [])
        for o_position, o in enumerate(q.get("options", [])):
            code = option_codes[o_position] if o_position < len(option_codes) else None
            question.options.append(Option(position=o_position, value=o["value"],
                                           label=o["label"], help=o.get("help", ""),
                                           picture=pictures.get(code)))
        c.questions.append(question)
    for position, change in enumerate(spec.get("changes", [])):
        c.changes.append(PromisedChange(position=position, text=change["text"],
                                        status=change["status"]))
    db.session.add(c)
    db.session.flush()
    rows: list[dict] = []
    for lang, data in translations.items():
        texts = data.get("consultations", {}).get(spec["slug"])
        if texts:
            rows += _translation_rows(c, lang, texts)
    return rows


def _translation_rows(c: Consultation, lang: str, texts: dict) -> list[dict]:
    """texts mirrors the English spec: top-level fields, blocks, questions and their options."""
    rows: list[dict] = []
    seen: set[tuple] = set()

    def put(obj, field, text):
        key = (obj.__tablename__, obj.id, field)
        if text and key not in seen:  # a picture shared by two blocks has one description
            seen.add(key)
            rows.append(dict(entity=key[0], entity_id=obj.id, field=field, lang=lang,
                             text=text, status="draft", updated_at=utcnow()))

    for field in ("title", "summary", "purpose", "audience", "decision", "you_said", "we_did"):
        put(c, field, texts.get(field, ""))
    for block, t in zip(c.blocks, texts.get("blocks", [])):
        put(block, "text", t.get("text", ""))
    for question, t in zip(c.questions, texts.get("questions", [])):
        put(question, "text", t.get("text", ""))
        put(question, "help", t.get("help", ""))
        for option, ot in zip(question.options, t.get("options", [])):
            put(option, "label", ot.get("label", ""))
            put(option, "help", ot.get("help", ""))
    for change, t in zip(c.changes, texts.get("changes", [])):
        put(change, "text", t.get("text", ""))
    for name, alt in texts.get("picture_alt", {}).items():
        picture = db.session.query(Picture).filter_by(alt=PICTURE_ALT.get(name, "")).first()
        if picture is not None:
            put(picture, "alt", alt)
    return rows


def load_glossary() -> None:
    """Load the glossary data file into an empty glossary table (first run only)."""
    path = DATA / "glossary.json"
    if not path.exists():
        return

    if db.session.query(GlossaryTerm.id).first() is not None:
        return
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["terms"]:
        db.session.add(GlossaryTerm(
            slug=item["slug"], term=item["term"], forms=item.get("forms", []),
            definition=item["definition"], explanation=item.get("explanation", ""),
            alternatives=item.get("alternatives", []), related=item.get("related", []),
            category=item.get("category", ""), link_alone=item.get("link_alone", True)))
    db.session.flush()
    ids = dict(db.session.query(GlossaryTerm.slug, GlossaryTerm.id))
    rows = []
    for lang, data in content_translations().items():
        for slug, fields in data.get("glossary", {}).items():
            for field, text in fields.items() if slug in ids else ():
                if isinstance(text, list):  # forms and alternatives: one a line
                    text = "\n".join(text)
                if text.strip():
                    rows.append(dict(entity="glossary_term", entity_id=ids[slug], field=field,
                                     lang=lang, text=text, status="draft", updated_at=utcnow()))
    _insert_translations(rows)
    db.session.commit()


# The code of the demo compliment, so a demo can show a reply read back by code.
DEMO_FEEDBACK_CODE = "REPL-Y2ME"
# The code of the first demo person on the get-involved register.
DEMO_REGISTER_CODE = "J2YN-HERE"


def load_involve() -> None:
    """Issue 19: "Was this helpful?" votes, and messages about services (one answered)."""
    now = utcnow()
    db.session.add_all([
        Feedback(code_hash=codes.code_hash(DEMO_FEEDBACK_CODE), kind="compliment",
                 service="Oak Day Centre", feeling="very-happy",
                 text="The staff are kind. I like the art group.", lang="en",
                 categories=[], created_at=now - later(days=3),
                 reply="Thank you. We told the staff. They were very happy.",
                 replied_at=now - later(days=2, hours=20)),
        Feedback(code_hash=codes.code_hash(codes.new_code()), kind="complaint",
                 service="Home care", feeling="unhappy",
                 text="My care worker comes late. Then I miss my lunch.", lang="en",
                 categories=[], created_at=now - later(hours=5)),
    ])
    votes = [("consultation:day-centres", True)] * 3 + [("consultation:day-centres", False)] \
        + [("glossary:respite", True)] * 2 + [("page:privacy", False)]
    db.session.add_all(HelpfulVote(page=page, helpful=helpful) for page, helpful in votes)
    people = [
        ("Asha", ["day", "travel"], ["planning"], ["easy-read", "support-worker"], "morning",
         "phone", "07700 900111", "en"),
        ("Gareth", ["home"], ["board"], ["large-print", "hearing-loop"], "afternoon",
         "email", "gareth@example.org", "cy"),
        ("Marta", ["day", "money"], ["project"], ["audio", "step-free"], "any",
         "text", "07700 900222", "pl"),
        ("Dev", ["travel"], ["planning", "project"], ["bsl", "step-free"], "evening",
         "email", "dev@example.org", "en"),
    ]
    db.session.add_all(Involvement(
        code_hash=codes.code_hash(DEMO_REGISTER_CODE if i == 0 else codes.new_code()),
        name=name, topics=topics, groups=groups, needs=needs, best_time=time,
        contact_how=how, contact_detail=detail, language=lang, consent=True)
        for i, (name, topics, groups, needs, time, how, detail, lang) in enumerate(people))
    db.session.commit()
