"""Issue 14 in a real browser: Listen players at 320 px, focus in forced colours, and the
error summary taking focus without script.

Read aloud is off in the shared live server (no espeak-ng in tests), so this module serves
its own copy of the app with read aloud on and a fake worker that returns a short MP3.
"""
from __future__ import annotations

import logging
import sys
import threading

import pytest
from werkzeug.serving import make_server

from app import create_app
from app.extensions import db, limiter
from app.speech.engine import SpeechEngine
from config import TestConfig
from tests.browser.conftest import ROOT

ARTIFACTS = ROOT / "tests/.artifacts"
LIBC = ("libc.so.6", "libc.dylib")
SLUG = "day-centres"


@pytest.fixture(scope="module")
def speaking_server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("aloud")
    fake = folder / "fake_worker.py"
    fake.write_text("import sys\nsys.stdin.read()\nsys.stdout.buffer.write(b'')\n")
    app = create_app(TestConfig)
    app.config.update(SQLALCHEMY_DATABASE_URI=f"sqlite:///{folder / 'aloud.sqlite'}",
                      CODE_LOOKUP_LIMIT="1000 per minute", SPEECH_ENABLED=True,
                      SPEECH_CACHE_DIR=str(folder / "cache"))
    app.extensions["speech"] = SpeechEngine(folder / "cache", command=[sys.executable, str(fake)],
                                            library_names=LIBC)
    with app.app_context():
        limiter.reset()
        db.create_all()
        from app import demo

        demo.load()
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def _open_all_parts_and_measure(page) -> dict:
    return page.evaluate("""() => {
      document.querySelectorAll('details').forEach(d => d.open = true);
      const players = [...document.querySelectorAll('audio')];
      return {overflow: document.documentElement.scrollWidth - window.innerWidth,
              players: players.length,
              widest: Math.max(0, ...players.map(a => a.getBoundingClientRect().right)),
              autoplay: players.filter(a => a.autoplay || a.preload !== 'none').length,
              inHint: players.filter(a => a.closest('.hint')).length};
    }""")


def test_no_page_scrolls_sideways_at_320_px_with_players(browser, speaking_server):
    base = speaking_server
    context = browser.new_context(viewport={"width": 320, "height": 700})
    page = context.new_page()
    measured = {}

    def measure(name: str) -> None:
        measured[name] = _open_all_parts_and_measure(page)

    for name, path in (("home", "/"), ("consultation", f"/consultations/{SLUG}"),
                       ("accessibility", "/accessibility"), ("privacy", "/privacy"),
                       ("settings", "/settings"), ("return", "/return"),
                       ("permission", "/permission"), ("who", f"/consultations/{SLUG}/start")):
        page.goto(base + path)
        measure(name)
    page.check("input[name=answering][value=self]")
    with page.expect_navigation():
        page.click("form button[type=submit]:not(.secondary)")
    for number in range(1, 7):
        page.goto(f"{base}/consultations/{SLUG}/questions/{number}")
        measure(f"question {number}")
    for name in ("check", "saved"):
        page.goto(f"{base}/consultations/{SLUG}/{name}")
        measure(name)
    page.set_viewport_size({"width": 320, "height": 700})
    page.screenshot(path=str(ARTIFACTS / "read-aloud-320px-saved.png"), full_page=True)
    context.close()
    assert measured and all(m["players"] >= 1 for m in measured.values()), measured
    wide = {name: m for name, m in measured.items() if m["overflow"] > 0 or m["widest"] > 320}
    assert wide == {}, wide
    assert all(m["autoplay"] == 0 and m["inHint"] == 0 for m in measured.values()), measured


def test_focused_link_shows_an_outline_in_forced_colours(browser, live_server):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(forced_colors="active", viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server}/accessibility")
    assert page.evaluate("matchMedia('(forced-colors: active)').matches")
    page.keyboard.press("Tab")  # the "Skip to main text" link
    page.keyboard.press("Tab")  # the site name link
    focused = page.evaluate("""() => {
      const el = document.activeElement, style = getComputedStyle(el);
      return {tag: el.tagName, visible: el.matches(':focus-visible'),
              style: style.outlineStyle, width: parseFloat(style.outlineWidth)};
    }""")
    page.screenshot(path=str(ARTIFACTS / "forced-colours-focused-link.png"))
    footer_link = page.locator("footer a[href='/accessibility']")
    footer_link.focus()
    page.keyboard.press("Shift+Tab")
    page.keyboard.press("Tab")
    footer = page.evaluate("""() => {
      const style = getComputedStyle(document.activeElement);
      return {href: document.activeElement.getAttribute('href'), style: style.outlineStyle,
              width: parseFloat(style.outlineWidth)};
    }""")
    page.screenshot(path=str(ARTIFACTS / "forced-colours-focused-footer-link.png"))
    context.close()
    assert focused["tag"] == "A" and focused["visible"], focused
    assert focused["style"] != "none" and focused["width"] >= 2, focused
    assert footer["href"] == "/accessibility"
    assert footer["style"] != "none" and footer["width"] >= 2, footer


@pytest.mark.parametrize("path", ["/return", f"/consultations/{SLUG}/start", "/permission"])
def test_error_summary_has_focus_after_a_bad_submit_without_script(browser, live_server, path):
    context = browser.new_context(java_script_enabled=False)  # as many participants' phones
    page = context.new_page()
    page.goto(live_server + path)
    with page.expect_navigation():
        page.click("main form button[type=submit]:not(.secondary)")
    page.wait_for_function("document.activeElement && document.activeElement.id === 'error-summary'",
                           timeout=3000)
    active = page.evaluate("document.activeElement.id")
    page.keyboard.press("Tab")
    next_focus = page.evaluate("document.activeElement.getAttribute('href')")
    context.close()
    assert active == "error-summary"
    # The next Tab goes to the first problem's link inside the summary.
    assert next_focus and next_focus.startswith("#")
