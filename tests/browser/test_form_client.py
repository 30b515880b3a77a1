"""FormBrowser stands in for Chromium in seven languages' walks: it must send what Chromium sends,
in a left-to-right language and a right-to-left one (where Chromium clicks the labels of a
mirrored page)."""
from urllib.parse import parse_qsl

import pytest

from app.i18n import LANGUAGES
from tests.browser.conftest import no_js_page
from tests.browser.form_client import FormBrowser
from tests.browser.journey import choose

pytestmark = pytest.mark.xdist_group("browser-0")


def _send(page, selector: str, in_chromium: bool) -> list[tuple[str, str]]:
    if not in_chromium:
        page.click(selector)
        return page.sent
    with page.expect_request(lambda request: request.method == "POST") as sent:
        with page.expect_navigation():
            page.click(selector)
    return parse_qsl(sent.value.post_data, keep_blank_values=True)


def _answers(browser, base: str, lang: str, in_chromium: bool) -> list[list[tuple[str, str]]]:
    """Who is answering, a question with boxes ticked and one unticked, and a text answer."""
    page = no_js_page(browser)
    page.goto(f"{base}/consultations/day-centres/start?lang={lang}")
    if in_chromium:
        assert page.get_attribute("html", "dir") == LANGUAGES[lang][1]
    choose(page, "answering", 2)
    choose(page, "answering", 0)  # a second choice replaces the first
    sent = [_send(page, "button[type=submit]", in_chromium)]
    page.goto(f"{base}/consultations/day-centres/questions/3")
    for option in (0, 2, 1, 0):  # ticking a box again unticks it
        choose(page, "answer", option)
    sent.append(_send(page, "button[value=next]", in_chromium))
    page.goto(f"{base}/consultations/day-centres/questions/6")
    page.fill("#answer", "Buses & trains = late?")
    sent.append(_send(page, "button[value=skip]", in_chromium))
    page.context.close()
    return [[(name, "<token>" if name == "csrf_token" else value) for name, value in form]
            for form in sent]


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_the_form_client_sends_what_chromium_sends(browser, live, lang):
    chromium = _answers(browser, live.url, lang, in_chromium=True)
    assert chromium == [
        [("csrf_token", "<token>"), ("answering", "self"), ("helper_role", "")],
        [("csrf_token", "<token>"), ("answer", "food"), ("answer", "art"), ("action", "next")],
        [("csrf_token", "<token>"), ("answer", "Buses & trains = late?"), ("action", "skip")],
    ]
    assert _answers(FormBrowser(live.app), live.url, lang, in_chromium=False) == chromium
