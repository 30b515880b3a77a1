"""Real-browser checks of every participant page, in every language and display mode.

Runs in order: the walks capture the pages (in Chromium with JavaScript off in English,
through FormBrowser in the other languages); then axe-core in Chromium, the 320 px reflow
check, the Nu HTML Checker and the page-weight budget run over every captured page.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

import html5lib

import pytest

from app.i18n import LANGUAGES
from tests.browser.conftest import (
    CHROMIUM_WALK_LANGUAGES, DISPLAY_MODES, HALVES, ROOT, PageAuditor, compressed_size,
    modes_for, nu_errors,
)
from tests.browser.form_client import FormBrowser
from tests.browser.journey import run_journey
from tests.browser.more_pages import (
    run_carers, run_glossary_and_readability, run_involve, run_meetings, run_staff,
)

BUDGET = 14 * 1024
REPORT = ROOT / "tests/.artifacts/browser-report.json"  # one file per half: -1, -2

def _given_the_address(walk):
    """A walk that takes the server's address, called with the live server."""
    return lambda browser, live, captures, lang: walk(browser, live.url, captures, lang)


# The walks through the pages, each in every language. Each keeps every page it sees.
WALKS = {
    "journey": _given_the_address(run_journey),
    "carers": _given_the_address(run_carers),
    "glossary": _given_the_address(run_glossary_and_readability),
    "involve": _given_the_address(run_involve),
    "meetings": _given_the_address(run_meetings),
    "staff": run_staff,  # takes the live server itself: it reads the app's URL map
}


class Walks:
    """Each walk in each language runs once, in whichever test asks for it first. The checks of
    a half (axe, 320 px, Nu, 14 KB...) ask for every walk of their half first, so they never
    check a half-walked half, whatever order pytest-xdist runs the tests in."""

    def __init__(self, browser, live, captures):
        self.browser, self.live, self.captures = browser, live, captures
        self.form_browser = FormBrowser(live.app)
        self.facts: dict = {}

    def facts_of(self, walk: str, lang: str):
        if (walk, lang) not in self.facts:
            driver = self.browser if lang in CHROMIUM_WALK_LANGUAGES else self.form_browser
            self.facts[(walk, lang)] = WALKS[walk](driver, self.live, self.captures, lang)
        return self.facts[(walk, lang)]

    def pages_of_half(self, half: int):
        """Every page of the half's walks, each once."""
        for lang in HALVES[half]:
            for walk in WALKS:
                self.facts_of(walk, lang)
        seen, pages = set(), []
        for capture in self.captures.pages:
            if capture.name.split(":", 1)[0] in HALVES[half] and capture.html not in seen:
                seen.add(capture.html)
                pages.append(capture)
        return pages


@pytest.fixture(scope="session")
def walks(browser, live, captures):
    return Walks(browser, live, captures)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_journey_works_with_javascript_off(walks, lang):
    facts = walks.facts_of("journey", lang)
    assert facts["sent_url"].endswith("/consultations/day-centres/sent")
    assert facts["code"] in facts["your_answers"] or "answer" in facts["your_answers"]
    assert "Not bold" in facts["after_change"] and "<b>Not bold</b>" not in facts["after_change"]
    assert facts["resumed_url"].endswith("/consultations/home-care/questions/2")
    assert 'class="contrast-high"' in facts["settings_saved"]
    assert "0300 123 4567" in facts["help"] and "999" in facts["help"]
    assert 'href="/consultations/day-centres/check"' in facts["help_asked"]
    assert facts["after_clear_url"].endswith("/consultations/day-centres/start")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_carer_pages_work_with_javascript_off(walks, lang):
    facts = walks.facts_of("carers", lang)
    assert "Sam" in facts["yours"]
    assert facts["after_code"].endswith("/consultations/day-centres/questions/1")


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_glossary_and_readability_pages_open(walks, lang):
    walks.facts_of("glossary", lang)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_helpful_and_feedback_pages_work_with_javascript_off(walks, lang):
    facts = walks.facts_of("involve", lang)
    assert 'href="/glossary/respite"' in facts["thanks"] and 'href="/feedback"' in facts["thanks"]
    assert "The bus was late." in facts["waiting"]
    assert "We told the staff." in facts["answered"]
    assert "07700 900333" in facts["yours"] and "(BSL)" in facts["yours"]
    assert "07700 900333" not in facts["deleted"]
    assert "07700 900111" in facts["demo_person"]
    assert "£34.50" in facts["claims"] and "£64.60" in facts["claims"]  # and the demo claim
    assert "07700 900555" not in facts["no_permission"] and "07700 900555" in facts["signed_up"]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_meeting_invitation_and_notes_work_with_javascript_off(walks, lang):
    facts = walks.facts_of("meetings", lang)
    assert f'<html lang="{lang}"' in facts["invite"]
    assert "meet.example.org" in facts["invite"] and "TN1 2AB" in facts["invite"]
    assert "field-error" in facts["error"] and "field-error" not in facts["answered"]
    assert 'class="panel"' in facts["answered"]
    assert 'name="reply"' not in facts["past"]
    assert "The form is too long." in facts["notes"]


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_every_staff_page_opens(walks, lang):
    assert walks.facts_of("staff", lang) >= 25


REFLOW_MODES = {mode: DISPLAY_MODES[mode] for mode in ("standard", "larger", "all-at-once")}


@dataclass
class HalfAudit:
    axe_problems: list[str]
    axe_pages: int
    axe_audits: int
    every_mode_pages: dict[str, int]  # language -> pages audited in every display mode
    pages_by_language: dict[str, int]
    too_wide: list[str]
    reflow_pages: int


@pytest.fixture(scope="session")
def audits(audit_browser, live_server, walks):
    """Each half's pages shown once in the browser and checked for both tests below: axe in
    the display modes modes_for() gives, then the width at 320 px in three modes."""
    done: dict[int, HalfAudit] = {}

    def audit(half: int) -> HalfAudit:
        if half not in done:
            done[half] = _audit_half(audit_browser, live_server, walks.pages_of_half(half))
        return done[half]
    return audit


def _audit_half(browser, origin: str, pages) -> HalfAudit:
    auditor = PageAuditor(browser, origin)
    result = HalfAudit([], 0, 0, {}, {}, [], 0)
    try:
        for capture in pages:
            auditor.show(capture.html)
            modes = modes_for(capture.name)
            lang = capture.name.split(":", 1)[0]
            result.pages_by_language[lang] = result.pages_by_language.get(lang, 0) + 1
            if len(modes) == len(DISPLAY_MODES):
                result.every_mode_pages[lang] = result.every_mode_pages.get(lang, 0) + 1
            for mode, violations in auditor.axe(modes).items():
                result.axe_audits += 1
                result.axe_problems += [f"{capture.name} [{mode}]: {v['id']} {v['help']} "
                                        f"{v['nodes']}" for v in violations]
            result.axe_pages += 1
            if capture.participant:
                result.reflow_pages += 1
                result.too_wide += [f"{capture.name} [{mode}]: {extra}px too wide"
                                    for mode, extra in auditor.overflow(REFLOW_MODES).items()
                                    if extra > 0]
    finally:
        auditor.close()
    return result


@pytest.mark.parametrize("half", [0, 1])
def test_axe_finds_nothing_on_any_page_in_any_display_mode(audits, half):
    result = audits(half)
    assert result.axe_pages, "the journeys captured no pages"
    _report(half, axe_pages=result.axe_pages, axe_audits=result.axe_audits,
            axe_every_mode_pages=result.every_mode_pages,
            axe_pages_by_language=result.pages_by_language)
    assert not result.axe_problems, "\n".join(result.axe_problems)


@pytest.mark.parametrize("half", [0, 1])
def test_every_page_reflows_at_320_px(audits, half):
    result = audits(half)
    assert result.reflow_pages, "the journeys captured no pages"
    _report(half, reflow_pages=result.reflow_pages)
    assert not result.too_wide, "\n".join(result.too_wide)


@pytest.mark.parametrize("half", [0, 1])
def test_nu_html_checker_finds_no_errors(walks, tmp_path, half):
    pages = walks.pages_of_half(half)
    assert pages, "the journeys captured no pages"
    errors = nu_errors(pages, tmp_path)
    _report(half, html_checked_pages=len(pages))
    assert not errors, "\n".join(errors[:50])


@pytest.mark.parametrize("half", [0, 1])
def test_participant_pages_fit_in_14_kb_compressed(walks, half):
    css = (ROOT / "app/static/app.css").read_bytes()
    sizes = {c.name: compressed_size(c.html, css)
             for c in walks.pages_of_half(half) if c.participant}
    largest = max(sizes, key=sizes.get)
    _report(half, largest_page=largest, largest_compressed_bytes=sizes[largest])
    over = {name: size for name, size in sizes.items() if size > BUDGET}
    assert not over, f"over {BUDGET} bytes: {over}"


@pytest.mark.parametrize("half", [0, 1])
def test_no_participant_page_has_a_script(walks, half):
    pages = [c for c in walks.pages_of_half(half) if c.participant]
    assert pages, "the journeys captured no pages"
    with_script = [c.name for c in pages if "<script" in c.html]
    assert not with_script


def _report(half: int, **figures) -> None:
    """Figures per half (the halves may run at once, each writing its own file)."""
    report = REPORT.with_name(f"browser-report-{half + 1}.json")
    report.parent.mkdir(parents=True, exist_ok=True)
    current = json.loads(report.read_text()) if report.exists() else {}
    current.update(figures, languages=list(HALVES[half]))
    report.write_text(json.dumps(current, indent=2))


# --- content in people's languages (issue 17) --------------------------------------------------

LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z'’]*(?:[ ,]+[A-Za-z][A-Za-z'’]*){3,}")
OTHER_SCRIPT_LANGS = {code for code in LANGUAGES if code in {"ur", "ar", "pa", "bn"}}


def _text_with_language(html: str):
    """(text, the language and direction it is marked as) for every text run of the body."""
    root = html5lib.parse(html, namespaceHTMLElements=False)
    out = []

    def walk(node, lang, direction):
        lang = node.get("lang", lang)
        direction = node.get("dir", direction)
        if node.tag in ("script", "style", "head"):
            return
        if node.text:
            out.append((node.text, lang, direction))
        for child in node:
            walk(child, lang, direction)
            if child.tail:
                out.append((child.tail, lang, direction))

    walk(root, "", "ltr")
    return out


@pytest.mark.parametrize("half", [h for h in (0, 1) if OTHER_SCRIPT_LANGS & set(HALVES[h])])
def test_no_untagged_english_on_pages_in_other_scripts(walks, half):
    """On an Urdu, Arabic or Punjabi page, a run of English words is inside lang="en".

    Text a person typed (their answers, marked dir="auto") may be in any language."""
    untagged = []
    for capture in walks.pages_of_half(half):
        page_lang = re.search(r'<html lang="([a-z]+)"', capture.html).group(1)
        if not capture.participant or page_lang not in OTHER_SCRIPT_LANGS:
            continue
        for text, lang, direction in _text_with_language(capture.html):
            for run in LATIN_RUN.findall(text):
                if lang != "en" and direction != "auto":
                    untagged.append(f"{capture.name}: {run!r} marked {lang}")
    assert not untagged, "\n".join(untagged[:40])


@pytest.mark.parametrize("half", [h for h in (0, 1)
                                  if any(LANGUAGES[lang][1] == "rtl" for lang in HALVES[h])])
def test_phone_numbers_and_codes_read_left_to_right_on_right_to_left_pages(walks, half):
    phone = "0300 123 4567"  # SAFEGUARDING_PHONE's default, shown after sending
    code = re.compile(r"\b[A-Z2-9]{4}-[A-Z2-9]{4}\b")
    seen, wrong = 0, []
    for capture in walks.pages_of_half(half):
        if 'dir="rtl"' not in capture.html[:200] or not capture.participant:
            continue
        for text, _lang, direction in _text_with_language(capture.html):
            if phone in text or code.search(text):
                seen += 1
                if direction != "ltr":
                    wrong.append(f"{capture.name}: {text.strip()[:60]!r} is {direction}")
    assert seen, "no phone number or code seen on a right-to-left page"
    assert not wrong, "\n".join(wrong)
