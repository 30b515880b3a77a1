"""Read aloud on every participant and carer page of the demo (issue 14).

The walk goes through every page a participant or a carer can reach, as they would, with
read aloud on (a fake worker, so no espeak-ng is needed). Each page must offer a Listen
control whose first clip really plays, in few, sensible parts.
"""
from __future__ import annotations

import html
import re
import sys

import pytest

from app.speech import sources
from app.speech.engine import SpeechEngine
from tests.functional.test_speech_web import LIBC, fake_command, jobs_file  # noqa: F401
from tests.functional.test_journey import answer_all
from tests.helpers import csrf_token, post_form

SLUG = "day-centres"
BASE = f"/consultations/{SLUG}"
CLOSED = "short-breaks"
CARER = {"carer_name": "Sam Jones", "carer_contact": "07700 900123",
         "relationship": "Brother", "person_name": "Alex"}


@pytest.fixture
def speaking(app, tmp_path, fake_command):  # noqa: F811
    engine = SpeechEngine(tmp_path / "cache", command=fake_command, library_names=LIBC)
    app.config.update(SPEECH_ENABLED=True, SPEECH_CACHE_DIR=str(engine.cache_dir))
    app.extensions["speech"] = engine
    app.extensions["speech_failed_until"] = 0.0
    return engine


def _text(response) -> str:
    return response.get_data(as_text=True)


def _follow(client, response) -> str:
    assert response.status_code in (302, 303), _text(response)[:500]
    return _text(client.get(response.headers["Location"]))


def participant_pages(client) -> dict[str, str]:
    """Every page on a participant's way through the demo, as served."""
    pages = {"home": _text(client.get("/")), "consultation": _text(client.get(BASE)),
             "settings": _text(client.get("/settings")), "privacy": _text(client.get("/privacy")),
             "accessibility": _text(client.get("/accessibility")),
             "return": _text(client.get("/return")), "who": _text(client.get(f"{BASE}/start"))}
    pages["not open"] = _text(client.get(f"/consultations/{CLOSED}/start"))
    pages["question 1"] = _follow(client, post_form(client, f"{BASE}/start",
                                                    {"answering": "self", "helper_role": ""}))
    pages["help"] = _text(client.get(f"{BASE}/help?after=1"))
    pages["help asked"] = _text(post_form(client, f"{BASE}/help?after=1",
                                          {"how": "letter", "detail": "1 High Street"}))
    pages["saved"] = _text(client.get(f"{BASE}/saved"))
    pages["check with a problem"] = _text(post_form(client, f"{BASE}/check", {}))
    answer_all(client)
    pages["check"] = _text(client.get(f"{BASE}/check"))
    pages["sent"] = _follow(client, post_form(client, f"{BASE}/check", {}))
    pages["your answers"] = _text(client.get(f"{BASE}/your-answers"))
    pages["about you"] = _text(client.get(f"{BASE}/about-you"))
    about = {name: "prefer-not" for name in
             ("age_band", "disability", "carer", "ethnicity", "language")}
    pages["about you done"] = _text(post_form(client, f"{BASE}/about-you", about))
    pages["withdraw"] = _text(client.get(f"{BASE}/withdraw"))
    pages["withdrawn"] = _text(post_form(client, f"{BASE}/withdraw", {}))
    pages.update(other_pages(client))
    token = csrf_token(pages["return"])
    pages["finished"] = _text(client.post("/finish", data={"csrf_token": token, "then": "done"}))
    return pages


def other_pages(client) -> dict[str, str]:
    """The word list's own pages, error pages, credits, comments and get involved."""
    pages = {"word list": _text(client.get("/glossary")),
             "word search": _text(client.get("/glossary?q=respite")),
             "word not found": _text(client.get("/glossary/no-such-word")),
             "page not found": _text(client.get("/no-such-page")),
             "credits": _text(client.get("/credits")),
             "feedback": _text(client.get("/feedback")),
             "reply code": _text(client.get("/feedback/reply")),
             "get involved": _text(client.get("/get-involved")),
             "register code": _text(client.get("/get-involved/yours"))}
    pages["reply"] = _text(post_form(client, "/feedback/reply", {"code": "REPL-Y2ME"}))
    pages.update(meeting_pages(client))
    post_form(client, "/get-involved/yours", {"code": "J2YN-HERE"})  # Asha, in the demo
    pages["expenses"] = _text(client.get("/get-involved/expenses"))
    pages["expense claim"] = _text(client.get("/get-involved/expenses/new"))
    post_form(client, "/get-involved", {"for_someone": "yes", "name": "Jo", "best_time": "any",
                                        "contact_how": "phone", "contact_detail": "07700 900555",
                                        "language": "en", "consent": "yes"})
    pages["register for someone"] = _text(client.get("/get-involved/for-someone"))
    token = csrf_token(_text(client.get("/privacy")))
    pages["helpful thanks"] = _follow(client, client.post("/helpful", data={
        "csrf_token": token, "page": "page:privacy", "answer": "no"}))
    return pages


def meeting_pages(client) -> dict[str, str]:
    """An invitation to a meeting (with its answer missing) and the notes of a past one."""
    from app.demo_meetings import DEMO_INVITE_CODE, DEMO_NOTES_CODE

    invite = f"/meetings/{DEMO_INVITE_CODE}?lang=en"
    return {"invitation": _text(client.get(invite)),
            "invitation, no answer": _text(post_form(client, invite, {})),
            "past invitation": _text(client.get(f"/meetings/{DEMO_NOTES_CODE}?lang=en")),
            "meeting notes": _text(client.get(f"/meetings/{DEMO_NOTES_CODE}/notes?lang=en"))}


def carer_pages(client) -> dict[str, str]:
    """Every page on a carer's way, and the person's own permission pages."""
    pages = {"permission": _text(client.get("/permission"))}
    made = post_form(client, "/permission", {"person_name": "Alex", "carer_name": "Sam",
                                             "consultation": "all", "months": "6"})
    pages["permission made"] = _follow(client, made)
    private = re.findall(r'class="code"[^>]*><span aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<',
                         pages["permission made"])[1]
    pages["manage"] = _text(client.get("/permission/manage"))
    pages["yours"] = _follow(client, post_form(client, "/permission/manage", {"code": private}))
    post_form(client, f"{BASE}/start", {"answering": "proxy"})
    pages["details"] = _text(client.get(f"{BASE}/for-someone"))
    post_form(client, f"{BASE}/for-someone", CARER)
    pages["basis"] = _text(client.get(f"{BASE}/for-someone/how"))
    post_form(client, f"{BASE}/for-someone/how", {"basis": "permission"})
    pages["code"] = _text(client.get(f"{BASE}/for-someone/code"))
    post_form(client, f"{BASE}/for-someone/how", {"basis": "legal"})
    pages["legal"] = _text(client.get(f"{BASE}/for-someone/legal"))
    post_form(client, f"{BASE}/for-someone/how", {"basis": "best_interests"})
    pages["best interests"] = _text(client.get(f"{BASE}/for-someone/best-interests"))
    post_form(client, f"{BASE}/for-someone/how", {"basis": "present"})
    pages["ask"] = _text(client.get(f"{BASE}/for-someone/ask"))
    pages["declined"] = _text(post_form(client, f"{BASE}/for-someone/ask", {"agree": "no"}))
    post_form(client, f"{BASE}/start", {"answering": "proxy"})
    post_form(client, f"{BASE}/for-someone", CARER)
    post_form(client, f"{BASE}/for-someone/how", {"basis": "present"})
    post_form(client, f"{BASE}/for-someone/ask", {"agree": "yes"})
    pages["views"] = _text(client.get(f"{BASE}/for-someone/your-views"))
    # The person stops the permission; the carer's next page says so.
    share = re.findall(r'class="code"[^>]*><span aria-hidden="true">([A-Z2-9]{4}-[A-Z2-9]{4})<',
                       pages["permission made"])[0]
    post_form(client, f"{BASE}/start", {"answering": "proxy"})
    post_form(client, f"{BASE}/for-someone", CARER)
    post_form(client, f"{BASE}/for-someone/how", {"basis": "permission"})
    post_form(client, f"{BASE}/for-someone/code", {"code": share})
    post_form(client, "/permission/manage", {"code": private})
    post_form(client, "/permission/yours", {"action": "stop"})
    pages["stopped"] = _text(client.get(f"{BASE}/questions/1"))
    assert "You cannot answer for this person now" in pages["stopped"]
    return pages


def clips(page: str) -> list[str]:
    return [html.unescape(u) for u in re.findall(r'<audio [^>]*src="(/listen/[^"]+)"', page)]


def all_pages(client) -> dict[str, str]:
    pages = participant_pages(client)
    pages.update(carer_pages(client))
    return pages


def test_every_participant_and_carer_page_has_a_listen_control_that_plays(client, speaking):
    pages = all_pages(client)
    assert len(pages) >= 33
    without = [name for name, page in pages.items() if not clips(page)]
    assert without == [], f"pages with no Listen control: {without}"
    for name, page in pages.items():
        first = clips(page)[0]
        audio = client.get(first)
        assert audio.status_code == 200 and audio.mimetype == "audio/mpeg", (name, first)
    # The right page is read: its own heading is in its clip, not another page's.
    assert "That is OK" in _clip_text(client, pages["declined"])
    assert "About you" in _clip_text(client, pages["about you"])
    assert "How old are you?" in _clip_text(client, pages["about you"])  # form labels too
    assert "We cannot find this page" in _clip_text(client, pages["page not found"])
    assert "This list tells you what some words mean." in _clip_text(client, pages["word list"])
    # A reply read back by code: its page is read, never the message or the answer.
    assert "Our answer" in _clip_text(client, pages["reply"])
    assert "We told the staff" in pages["reply"]
    assert "We told the staff" not in _clip_text(client, pages["reply"])
    # A meeting is read from its own key: what, when, where; never the joining details.
    meeting = _clip_text(client, pages["invitation"])
    assert "Buses to day centres" in meeting and "Oak Day Centre" in meeting
    assert "meet.example.org" not in meeting and "meet.example.org" in pages["invitation"]
    assert "The form is too long." in _clip_text(client, pages["meeting notes"])
    # Claims: the page and its form are read, never what the person typed about a claim.
    assert "Your claims" in _clip_text(client, pages["expenses"])
    assert "Planning group meeting" in pages["expenses"]
    assert "Planning group meeting" not in _clip_text(client, pages["expenses"])
    assert "Bus fares in pounds" in _clip_text(client, pages["expense claim"])
    assert "We save nothing without their yes." in _clip_text(client, pages["register for someone"])


def page_source(key: str, kind: str = "page"):
    from flask import current_app

    with current_app.test_request_context("/"):
        return sources.find(kind, key, "en")


def _clip_text(client, page: str) -> str:
    texts = []
    for url in clips(page):
        match = re.match(r"/listen/(\w+)/([^/?]+)\.mp3", url)
        kind, key = match.groups()
        if kind in ("page", "meeting"):
            texts.append(" ".join(p.text for p in page_source(key, kind).parts))
    return " ".join(texts)


def test_clips_never_say_names_codes_or_answers(client, speaking):
    pages = carer_pages(client)
    for name in ("ask", "code", "legal", "basis", "permission made", "yours"):
        text = _clip_text(client, pages[name])
        assert text, name
        assert "Alex" not in text and "Sam" not in text, name
        assert not re.search(r"[A-Z2-9]{4}-[A-Z2-9]{4}", text.replace("KDFM-7XRP", "")), name


def test_pages_are_read_in_few_parts_cut_only_between_sentences(client, speaking):
    pages = all_pages(client)
    for name, page in pages.items():
        urls = [u for u in clips(page) if u.startswith("/listen/page/")]
        if not urls:
            continue
        key = re.match(r"/listen/page/([^/?]+)\.mp3", urls[0]).group(1)
        source = page_source(key)
        words = sum(len(p.text.split()) for p in source.parts)
        # A page of up to about 150 words is one or two clips.
        if words <= 150:
            assert len(source.parts) <= 2, (name, words, len(source.parts))
        for part in source.parts:
            assert part.text.rstrip()[-1] in ".?!:", (name, part.text[-60:])


def test_listen_controls_are_not_inside_hints(client, speaking):
    pages = all_pages(client)
    for name, page in pages.items():
        for hint in re.findall(r'<div class="hint" id="[^"]+">(.*?)</div>', page, re.S):
            assert "<audio" not in hint, name
    # The question page still has its Listen control, outside the hint.
    assert "Listen to the question" in pages["question 1"]


# --- radio groups and error summaries (issue 14) ---------------------------------------------

def test_radio_groups_open_with_nothing_ticked_and_the_harmless_choice_first(client):
    pages = all_pages(client)
    pages.pop("settings")  # shows the settings in use, which is the point of that page
    for name, page in pages.items():
        if "field-error" in page:
            continue  # a page sent back with an error keeps what the person chose
        radios = re.findall(r'<input type="radio"[^>]*>', page)
        assert not any(" checked" in radio for radio in radios), name
    # About you: "I prefer not to say" first in every group, so a text browser that ticks
    # the first choice gives nothing away.
    about = pages["about you"]
    for group in ("age_band", "disability", "carer", "ethnicity", "language"):
        values = re.findall(rf'name="{group}" value="([^"]+)"', about)
        assert values[0] == "prefer-not", group
    permission = pages["permission"]
    assert re.findall(r'name="months" value="(\d+)"', permission)[0] == "1"
    assert re.findall(r'name="consultation" value="([^"]+)"', permission)[-1] == "all"


def test_error_summary_takes_focus_without_script(client):
    for url, data in (("/return", {"code": ""}), (f"{BASE}/start", {})):
        page = _text(post_form(client, url, data))
        summary = re.search(r'<div class="error-summary"[^>]*>', page).group(0)
        assert 'tabindex="-1"' in summary and "autofocus" in summary
        assert page.count("autofocus") == 1


# --- the accessibility statement (issue 14) -------------------------------------------------

def test_accessibility_statement_is_linked_from_every_footer_and_has_every_part(client):
    from app.i18n import LANGUAGES

    pages = all_pages(client)
    for name, page in pages.items():
        footer = page.split('<footer', 1)[1]
        assert 'href="/accessibility"' in footer, name
    page = _text(client.get("/accessibility"))
    for part in ("Accessibility statement", "What you can do on this website",
                 "What does not work well yet", "translations are drafts",
                 "Tell us about a problem", "access@example.org",
                 "Equality and Human Rights Commission", "Equality Advisory and Support Service",
                 "https://www.equalityadvisoryservice.com/", "Technical information",
                 "Web Content Accessibility Guidelines 2.2", "How we tested this website",
                 "axe-core", "320 pixels", "every language", "We wrote this on 4 December 2026"):
        assert part in page, part
    for code in LANGUAGES:
        other = client.get(f"/accessibility?lang={code}")
        assert other.status_code == 200
        if code != "en":
            assert "Tell us about a problem" not in _text(other), code


def test_clip_counts_per_page_are_reported(client, speaking):
    """Writes tests/.artifacts/listen-clips.txt: Listen clips (players) per demo page, and
    how many of them are the page's own text (the rest are per question, option or word)."""
    from pathlib import Path

    pages = all_pages(client)
    lines = [f"{'page':<22} clips  page-clips  page-words"]
    for name, page in pages.items():
        urls = clips(page)
        own = [u for u in urls if u.startswith(("/listen/page/", "/listen/consultation/"))]
        words = 0
        if own:
            kind, key = re.match(r"/listen/(\w+)/([^/?]+)\.mp3", own[0]).groups()
            from flask import current_app

            with current_app.test_request_context("/"):
                source = sources.find(kind, key, "en")
            words = sum(len(p.text.split()) for p in source.parts)
        lines.append(f"{name:<22} {len(urls):>5}  {len(own):>10}  {words:>10}")
        assert 1 <= len(urls) <= 12, (name, len(urls))
    out = Path(__file__).resolve().parents[1] / ".artifacts" / "listen-clips.txt"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
