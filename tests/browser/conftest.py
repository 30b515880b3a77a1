"""Real Chromium (Debian's) through Playwright, against the app served on loopback.

The journey runs with JavaScript OFF, as many participants' phones will. Each page is captured
exactly as served; the captured pages are then replayed at their own address in a JavaScript-on
page so that axe-core can audit them in every display mode, and the Nu HTML Checker validates
them all in one run.
"""
from __future__ import annotations

import gzip
import logging
import json
import re
import shutil
import subprocess
import threading
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from werkzeug.serving import make_server

from app import create_app
from app.extensions import db, limiter
from app.i18n import LANGUAGES
from config import TestConfig
from tests.browser.form_client import FormBrowser

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules/axe-core/axe.min.js"
VNU = ROOT / "node_modules/vnu-jar/build/dist/vnu.jar"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--no-first-run", "--disable-quic",
]
# For the browser that only audits: compositing on the page's own thread. Nothing there is
# clicked, scrolled or animated, and the second thread cost about a sixth of an audit's CPU
# (measured). Not for the walks: Playwright's clicks wait for animation frames, which then
# never come.
AUDIT_ARGS = ["--disable-threaded-compositing", "--disable-threaded-animation"]
AUDIT_VIEWPORT = {"width": 1024, "height": 800}  # axe audits at this size; reflow at 320 px wide
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]
DISPLAY_MODES = {
    "standard": "", "large": "text-large", "larger": "text-larger", "high": "contrast-high",
    "dark": "contrast-dark", "spacing": "spacing-wide", "all-at-once": "text-larger contrast-dark spacing-wide",
}


# The languages in two halves. Under pytest-xdist (`make test` runs two workers) each half is
# one group on one worker: its journeys capture pages into that worker's session, then the
# same worker audits them. Without xdist the halves simply run one after the other.
HALVES = (tuple(LANGUAGES)[:len(LANGUAGES) // 2], tuple(LANGUAGES)[len(LANGUAGES) // 2:])


def half_of(lang: str) -> int:
    return 0 if lang in HALVES[0] else 1


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "tests/browser/" in item.nodeid]
    missing = [str(p) for p in (Path(CHROMIUM), AXE) if not p.exists()]
    if browser_items and missing and not config.getoption("-k"):
        raise pytest.UsageError(f"browser tests need {missing}: run them through `make test`")
    for item in browser_items:
        params = getattr(item, "callspec", None) and item.callspec.params or {}
        if "half" in params:
            item.add_marker(pytest.mark.xdist_group(f"browser-{params['half']}"))
        elif "lang" in params:
            item.add_marker(pytest.mark.xdist_group(f"browser-{half_of(params['lang'])}"))


@dataclass
class Capture:
    """One page as the server sent it."""
    name: str
    url: str
    html: str
    participant: bool = True


@dataclass
class Captures:
    pages: list[Capture] = field(default_factory=list)

    def add(self, name: str, url: str, html: str, participant: bool = True) -> None:
        self.pages.append(Capture(name, url, html, participant))


@dataclass
class Live:
    url: str
    app: object


@pytest.fixture(scope="session")
def live_server(live):
    return live.url


@pytest.fixture(scope="session")
def live(tmp_path_factory):
    folder = tmp_path_factory.mktemp("live")
    app = create_app(TestConfig)
    app.config.update(SQLALCHEMY_DATABASE_URI=f"sqlite:///{folder / 'live.sqlite'}",
                      CODE_LOOKUP_LIMIT="1000 per minute")
    with app.app_context():
        limiter.reset()
        db.create_all()
        from app import demo
        from app.staff_accounts import create_user

        demo.load()
        for role in ("admin", "staff", "viewer"):
            create_user(f"{role}@example.org", "a long test password 1", role)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)  # one line per request is noise
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Live(f"http://127.0.0.1:{server.server_port}", app)
    server.shutdown()


@pytest.fixture(scope="session")
def playwright():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as running:
        yield running


@pytest.fixture(scope="session")
def browser(playwright):
    chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def audit_browser(playwright):
    """A second Chromium for PageAuditor, which only shows pages and runs scripts in them."""
    chromium = playwright.chromium.launch(executable_path=CHROMIUM,
                                          args=CHROMIUM_ARGS + AUDIT_ARGS)
    yield chromium
    chromium.close()


@pytest.fixture(scope="session")
def captures():
    return Captures()


def no_js_page(browser, width=390):
    if isinstance(browser, FormBrowser):
        return browser.new_page()
    context = browser.new_context(java_script_enabled=False,
                                  viewport={"width": width, "height": 800})
    return context.new_page()


def capture_current(page, captures: Captures, name: str, participant: bool = True) -> str:
    """Fetch the current address's HTML as served (not the live DOM) and keep it."""
    html = page.content()
    captures.add(name, page.url, html, participant)
    return html


def with_display_class(html: str, classes: str) -> str:
    """Swap the display classes on <html>, exactly as the server writes them."""
    html = re.sub(r'(<html [^>]*?) class="[^"]*"', r"\1", html, count=1)
    if classes:
        html = re.sub(r"<html ", f'<html class="{classes}" ', html, count=1)
    return html


# axe fetches and parses every stylesheet again before each run ("cssom" preload) for the
# one rule that reads them, css-orientation-lock, which is experimental and so never runs
# here; "media" is kept for no-autoplay-audio. (About a fifth of a standard audit.)
# Every display mode of a page is audited in one call: each call is a round trip through
# Playwright's driver and the browser process.
AXE_RUN = """async (modes) => {
  const found = {};
  for (const [mode, runOnly, classes] of modes) {
    document.documentElement.className = classes;
    const result = await axe.run(document, {runOnly: runOnly, resultTypes: ['violations'],
                                            preload: {assets: ['media']}});
    found[mode] = result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                                             nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}));
  }
  return found;
}"""
# The display modes only swap classes on <html>, which change colours, sizes and spacing. In the
# standard mode every rule runs; in the other modes the rules whose outcome can change with
# styles (contrast, links told apart from text, target size, scrolling regions, text spacing).
STYLE_RULES = ["color-contrast", "link-in-text-block", "target-size",
               "scrollable-region-focusable", "avoid-inline-spacing"]


# Display modes change colours, sizes and spacing, not words: every mode is audited in one
# left-to-right and one right-to-left language, and the standard mode in every language.
EVERY_MODE_LANGUAGES = ("en", "ur")
# The walks click through the pages in real Chromium, JavaScript off, in English; in the
# others they send the same links and forms through FormBrowser (lxml and Flask's test client,
# about a tenth of the cost) and keep every page for the same checks. test_form_client.py
# proves, in Chromium in English and in Urdu (right to left), that it sends what Chromium sends.
CHROMIUM_WALK_LANGUAGES = ("en",)


def modes_for(capture_name: str) -> dict[str, str]:
    lang = capture_name.split(":", 1)[0]
    if lang in EVERY_MODE_LANGUAGES or ":" not in capture_name:
        return DISPLAY_MODES
    return {"standard": DISPLAY_MODES["standard"]}


class PageAuditor:
    """Shows captured pages one after another in one JavaScript-on browser page, and audits them.

    Each page's HTML is written into a document at the live server's address, so its CSS and
    pictures load from the server as they would for a visitor, and axe-core, loaded once,
    stays loaded. (Navigating to each page and loading axe again took about 0.6 s a page.)
    """

    def __init__(self, browser, origin: str):
        self.context = browser.new_context(viewport=AUDIT_VIEWPORT,
                                           bypass_csp=True)  # to load axe-core
        self.page = self.context.new_page()
        self.page.goto(f"{origin}/static/app.css")  # any address of the server will do

    def show(self, html: str) -> None:
        self.page.set_content(with_display_class(html, ""))
        axe_loaded, rules = self.page.evaluate(
            """() => [typeof axe !== 'undefined',
                      [...document.styleSheets].reduce((n, s) => n + s.cssRules.length, 0)]""")
        if not axe_loaded:
            self.page.add_script_tag(path=str(AXE))
        assert rules > 100, "the page's CSS did not load, so nothing it shows can be trusted"

    def axe(self, modes: dict[str, str]) -> dict[str, list[dict]]:
        """The page just shown, audited in each display mode by setting the classes on <html>
        that the server would write for that mode."""
        every_rule = {"type": "tag", "values": AXE_TAGS}
        style_rules = {"type": "rule", "values": STYLE_RULES}
        return self.page.evaluate(AXE_RUN, [
            [mode, every_rule if mode == "standard" else style_rules, classes]
            for mode, classes in modes.items()])

    def overflow(self, modes: dict[str, str], width: int = 320) -> dict[str, int]:
        """How many CSS px the page just shown is wider than a `width` screen, in each mode
        (0 = it reflows)."""
        self.page.set_viewport_size({"width": width, "height": 800})
        try:
            return self.page.evaluate(
                """modes => Object.fromEntries(modes.map(([mode, classes]) => {
                     document.documentElement.className = classes;
                     return [mode, document.documentElement.scrollWidth - window.innerWidth];
                   }))""", list(modes.items()))
        finally:
            self.page.set_viewport_size(AUDIT_VIEWPORT)

    def close(self) -> None:
        self.context.close()


def nu_errors(pages: list[Capture], folder: Path) -> list[str]:
    """Validate every captured page in one JVM start. Returns readable error lines."""
    if not VNU.exists() or not shutil.which("java"):
        pytest.fail("the Nu HTML Checker (npm vnu-jar) and java are needed: run `make test`")
    files = {}
    for number, capture in enumerate(pages):
        path = folder / f"{number:03d}-{re.sub(r'[^a-z0-9]+', '-', capture.name.lower())}.html"
        path.write_text(capture.html, encoding="utf-8")
        files[path.resolve().as_uri()] = capture
    # Java's quick compiler only (a few hundred short documents never repay the slow one;
    # it needs a deeper stack), and no guessing of each page's language: that only warns,
    # and warnings are not asked for. About a third of the time.
    result = subprocess.run(["java", "-Xss8m", "-XX:TieredStopAtLevel=1", "-jar", str(VNU),
                             "--errors-only", "--no-langdetect", "--format", "json",
                             *[str(folder / Path(u).name) for u in files]],
                            capture_output=True, text=True, timeout=600)
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    lines = []
    for message in messages:
        name = Path(message.get("url", "")).name
        lines.append(f"{name}:{message.get('lastLine')}: {message.get('message')}")
    return lines


def compressed_size(html: str, css: bytes) -> int:
    return len(gzip.compress(html.encode("utf-8"), 9)) + len(gzip.compress(css, 9))
