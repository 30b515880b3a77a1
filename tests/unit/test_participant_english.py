"""Everything a participant reads in English must be easy read.

Runs the demo consultations (app/data/demo.json) and every message in the participant
templates and forms through easyread at the easy level, and fails on a long sentence,
glossary jargon or the passive voice, unless the allow-list below says why it is needed.

Messages are found with babel's extraction API (the same as `make extract`), so a new
string in a participant template or form is checked without changing this test.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_file

import easyread

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "app" / "templates"
# Participant template folders (any that exist), and single participant templates.
TEMPLATE_DIRS = ("participate", "main", "errors", "carers", "glossary", "involve")
TEMPLATE_FILES = ("base.html",)
# Staff pages that live in a participant folder.
STAFF_TEMPLATE = re.compile(r"(^|/)staff_[^/]*$")
PYTHON_FILES = ("app/participate/forms.py", "app/main/forms.py", "app/carers/forms.py",
                "app/involve/forms.py",
                "app/errors.py", "app/forms.py")
KEYWORDS = {**DEFAULT_KEYWORDS, "_l": None, "lazy_gettext": None, "lazy_ngettext": (1, 2)}
JINJA = "jinja2.ext:babel_extract"
FAIL_RULES = ("long-sentence", "jargon", "passive-voice")
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]")
TAG = re.compile(r"<[^>]+>")

# (rule, glossary slug for jargon or the words found for other rules) ->
#     (where it may appear: path or "demo:<slug>" prefixes, why it is needed)
ALLOWED: dict[tuple[str, str], tuple[tuple[str, ...], str]] = {
    ("jargon", "you-said-we-did"): (
        ("app/templates/participate/consultation.html",
         "app/templates/participate/your_answers.html"),
        "The heading of the results section. It is the name councils use for results, so "
        "people can find it again; the glossary explains it."),
    ("jargon", "abuse"): (
        ("app/templates/participate/sent.html", "app/templates/participate/help.html",
         "app/templates/involve/feedback_sent.html"),
        "The safeguarding line. People must recognise the word they would use to report "
        "abuse; it sits next to the everyday word 'harm'."),
    ("passive-voice", "are deleted"): (
        ("app/templates/participate/withdrawn.html",),
        "Page title saying the state of the answers after withdrawing. "
        "tests/functional/test_journey.py checks this exact title; suggested rewording "
        "'We deleted your answers' needs that test changed by the journey area."),
    # The carers journey: reported to the carers area, who are editing these templates.
    ("jargon", "carer"): (
        ("app/templates/carers/", "app/carers/forms.py", "demo:day-centres",
         "demo:short-breaks"),
        "The word carers use for themselves and the name of the journey for answering for "
        "someone else. The short breaks consultation is for carers. The glossary explains it."),
    ("jargon", "best-interests"): (
        ("app/templates/carers/",),
        "A legal test under the Mental Capacity Act. A carer answering for someone must "
        "recognise the exact words; the page explains them."),
    ("jargon", "lasting-power-of-attorney"): (
        ("app/templates/carers/", "app/carers/forms.py"),
        "The name of the legal document. The carer must pick the one they hold, so the page "
        "must use its real name."),
    ("jargon", "deputy"): (
        ("app/templates/carers/", "app/carers/forms.py"),
        "The legal role appointed by the Court of Protection: the carer must recognise it."),
    ("jargon", "court-of-protection"): (
        ("app/carers/forms.py",),
        "The name of the court that appoints deputies: needed to tell the legal roles apart."),
    ("jargon", "office-of-the-public-guardian"): (
        ("app/templates/carers/",),
        "The name of the office that holds the register, so carers can find it."),
    ("jargon", "support-worker"): (
        ("app/templates/carers/", "app/involve/forms.py"),
        "Reported to the carers area (they are editing these templates): could be 'a worker "
        "who supports you', as on the 'Who is answering?' page. On the get-involved register "
        "it is an access need: people bring their own support worker and call them that."),
    # The get-involved register (issue 19): people ask for these exact things by name.
    ("jargon", "easy-read"): (
        ("app/involve/forms.py",),
        "An access need on the get-involved register: people ask for 'easy read' by name."),
    ("jargon", "british-sign-language"): (
        ("app/involve/forms.py",),
        "An access need: a Deaf person asks for a British Sign Language interpreter by name."),
    ("jargon", "interpreter"): (
        ("app/involve/forms.py",),
        "An access need: the person who signs at the meeting is called an interpreter."),
    ("jargon", "hearing-loop"): (
        ("app/involve/forms.py",),
        "An access need: people who use hearing aids ask for a hearing loop by name."),
    # The demo consultations: the subject of each consultation is named in its own words.
    ("jargon", "day-centre"): (
        ("demo:day-centres",),
        "The subject of the consultation: the places themselves are called day centres."),
    ("jargon", "domiciliary-care"): (
        ("demo:home-care",),
        "'home care' is the plain name the glossary gives for domiciliary care, and the "
        "subject of the consultation."),
    ("jargon", "respite"): (
        ("demo:short-breaks",),
        "'short break' is the plain name the glossary gives for respite, and the subject of "
        "the consultation."),
    ("jargon", "care-worker"): (
        ("demo:home-care",),
        "The question asks about the person who visits; 'care worker' is what people who "
        "get home care call them."),
    ("jargon", "human-rights-act"): (
        ("app/templates/main/accessibility.html",),
        "The accessibility statement must name the Equality and Human Rights Commission, "
        "which enforces the accessibility regulations (UK public-sector statement format)."),
}


@dataclass(frozen=True)
class Text:
    where: str  # file:line or demo:<slug>.<field>
    text: str


def _glossary_terms() -> list[tuple[str, list[str]]]:
    data = json.loads((ROOT / "app" / "data" / "glossary.json").read_text(encoding="utf-8"))
    return [(t["slug"], [t["term"], *t.get("forms", [])]) for t in data["terms"]]


def _template_files() -> list[Path]:
    files: list[Path] = []
    for folder in TEMPLATE_DIRS:
        base = TEMPLATES / folder
        if base.is_dir():
            files += sorted(p for p in base.rglob("*") if p.suffix in (".html", ".txt"))
    files += [TEMPLATES / name for name in TEMPLATE_FILES]
    return [p for p in files if not STAFF_TEMPLATE.search(p.relative_to(ROOT).as_posix())]


def _messages(path: Path, method: str, **kwargs) -> list[Text]:
    out: list[Text] = []
    rel = path.relative_to(ROOT).as_posix()
    for lineno, message, _comments, _context in extract_from_file(method, str(path), **kwargs):
        for single in (message if isinstance(message, tuple) else (message,)):
            if single:
                out.append(Text(f"{rel}:{lineno}", single))
    return out


def message_texts() -> list[Text]:
    texts: list[Text] = []
    for path in _template_files():
        # silent=false: a template the extractor cannot parse fails the test, never hides.
        texts += _messages(path, JINJA, options={"silent": "false"})
    for name in PYTHON_FILES:
        path = ROOT / name
        if path.exists():
            texts += _messages(path, "python", keywords=KEYWORDS)
    return texts


DEMO_FIELDS = ("title", "summary", "purpose", "audience", "decision", "you_said", "we_did")


def demo_texts() -> list[Text]:
    data = json.loads((ROOT / "app" / "data" / "demo.json").read_text(encoding="utf-8"))
    texts: list[Text] = []
    for c in data["consultations"]:
        where = f"demo:{c['slug']}"

        def add(field: str, value: str | None) -> None:
            if value:
                texts.append(Text(f"{where}.{field}", value))

        for name in DEMO_FIELDS:
            add(name, c.get(name))
        for i, block in enumerate(c.get("blocks", [])):
            add(f"blocks[{i}]", block.get("text"))
        for i, q in enumerate(c.get("questions", [])):
            add(f"questions[{i}].text", q.get("text"))
            add(f"questions[{i}].help", q.get("help"))
            for j, option in enumerate(q.get("options", [])):
                add(f"questions[{i}].options[{j}].label", option.get("label"))
                add(f"questions[{i}].options[{j}].help", option.get("help"))
        for i, change in enumerate(c.get("changes", [])):
            add(f"changes[{i}]", change.get("text"))
    return texts


def _plain(message: str) -> str:
    """The words a reader sees: placeholders as a number, no HTML tags."""
    return " ".join(TAG.sub(" ", PLACEHOLDER.sub("10", message)).split())


def _key(finding) -> tuple[str, str]:
    if finding.rule == "jargon":
        return ("jargon", finding.detail.get("slug", ""))
    return (finding.rule, " ".join(finding.text.lower().split()))


def problems(texts: list[Text]) -> tuple[list[str], set[tuple[str, str]]]:
    """(problems not allowed, allow-list keys used)."""
    matcher = easyread.JargonMatcher(_glossary_terms())
    found: list[str] = []
    used: set[tuple[str, str]] = set()
    for item in texts:
        report = easyread.check(_plain(item.text), level="easy", lang="en", glossary_terms=matcher)
        for finding in report.findings:
            if finding.rule not in FAIL_RULES:
                continue
            key = _key(finding)
            places, _why = ALLOWED.get(key, ((), ""))
            if any(item.where.startswith(place) for place in places):
                used.add(key)
                continue
            found.append(f"{item.where}: {finding.rule}: {finding.text!r} in {item.text!r}")
    return found, used


@pytest.fixture(scope="module")
def all_texts() -> list[Text]:
    return message_texts() + demo_texts()


def test_extraction_finds_participant_messages():
    texts = message_texts()
    messages = {t.text for t in texts}
    # From templates, from forms (lazy _l), from errors.py, and plural forms.
    assert "Who is answering?" in messages
    assert "Skip to main text" in messages
    assert "We cannot find this page" in messages
    assert len(texts) > 200
    assert not any("staff_" in t.where for t in texts)


def test_demo_texts_cover_every_part_of_a_consultation():
    wheres = {t.where.split(".", 1)[1].split("[")[0] for t in demo_texts()}
    assert {"title", "summary", "purpose", "audience", "decision", "blocks", "questions",
            "you_said", "we_did", "changes"} <= wheres


def test_participant_english_is_easy_read(all_texts):
    found, _used = problems(all_texts)
    assert not found, ("Participant English that is not easy read (rewrite it, or add it to "
                       "ALLOWED with the reason):\n" + "\n".join(found))


def test_every_allow_list_entry_is_explained_and_still_needed(all_texts):
    _found, used = problems(all_texts)
    for key, (places, why) in ALLOWED.items():
        assert places and len(why) > 20, f"{key}: say where and why"
    unused = sorted(set(ALLOWED) - used)
    assert not unused, f"No longer needed, remove from ALLOWED: {unused}"


def test_the_check_catches_problems():
    """The test itself can fail: a passive, a long sentence and jargon are all found."""
    bad = [Text("app/templates/participate/x.html:1", "Your form is checked by %(name)s."),
           Text("demo:x.title", "Tell us about your care plan and your needs assessment "
                                "and how the council helps you every day at home now."),
           Text("demo:day-centres.title", "We shall ask the safeguarding team.")]
    found, _used = problems(bad)
    rules = [line.split(": ")[1] for line in found]
    assert rules.count("passive-voice") == 1 and "long-sentence" in rules
    assert rules.count("jargon") >= 2
