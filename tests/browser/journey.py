"""Drives the participant journey in Chromium with JavaScript off, capturing every page."""
from __future__ import annotations

import re

from tests.browser.conftest import Captures
from tests.browser.form_client import FormPage

CODE = re.compile(r"\b([A-Z2-9]{4}-[A-Z2-9]{4})\b")


class Recorder:
    """Keeps the last main-document response of a page, as the server sent it."""

    def __init__(self, page, captures: Captures, lang: str):
        self.page, self.captures, self.lang = page, captures, lang
        self.last = None
        if not isinstance(page, FormPage):  # a FormPage keeps what it was served itself
            page.on("response", self._on_response)

    def _on_response(self, response):
        if response.request.resource_type == "document" and response.frame == self.page.main_frame:
            self.last = response

    def keep(self, name: str, participant: bool = True) -> str:
        if isinstance(self.page, FormPage):
            html = self.page.served_html
        else:
            assert self.last is not None, f"{name}: no page loaded"
            html = self.last.text()
        self.captures.add(f"{self.lang}: {name}", self.page.url, html, participant)
        return html

    def goto(self, url: str, name: str, participant: bool = True) -> str:
        self.page.goto(url)
        return self.keep(name, participant)

    def submit(self, selector: str, name: str, participant: bool = True) -> str:
        with self.page.expect_navigation():
            self.page.click(selector)
        return self.keep(name, participant)


def choose(page, field: str, index: int) -> None:
    page.click(f"label[for={field}-{index}]")


def run_journey(browser, base: str, captures: Captures, lang: str) -> dict:
    """The whole journey in one language. Returns facts for the test to assert."""
    from tests.browser.conftest import no_js_page

    facts: dict = {}
    page = no_js_page(browser)
    rec = Recorder(page, captures, lang)
    rec.goto(f"{base}/?lang={lang}", "home")
    rec.goto(f"{base}/consultations/day-centres", "consultation page")
    rec.submit("a.button[href$='/start']", "who is answering")
    rec.submit("button[type=submit]", "who is answering, error")
    choose(page, "answering", 0)
    rec.submit("button[type=submit]", "question 1")
    rec.submit("button[value=next]", "question 1, error")
    choose(page, "answer", 1)
    rec.submit("button[value=next]", "question 2")
    choose(page, "answer", 1)
    rec.submit("button[value=next]", "question 3")
    choose(page, "answer", 0)
    choose(page, "answer", 2)
    rec.submit("button[value=next]", "question 4")
    rec.submit("button[value=skip]", "question 5")
    choose(page, "answer", 0)
    rec.submit("button[value=next]", "question 6")
    page.fill("#answer", "The staff are kind. <b>Not bold</b>")
    rec.submit("button[value=next]", "check your answers")
    sent = rec.submit("form button[type=submit]", "sent")
    facts["code"] = CODE.search(sent).group(1)
    facts["sent_url"] = page.url
    rec.submit("a[href$='/about-you']", "about you")
    for name in ("age_band", "disability", "carer", "ethnicity", "language"):
        page.click(f"input[name={name}][value=prefer-not]")
    rec.submit("form button[type=submit]", "about you, sent")

    # Come back on another device: see, change, send again.
    other = no_js_page(browser, width=320)
    back = Recorder(other, captures, lang)
    back.goto(f"{base}/return?lang={lang}", "come back with your code")
    other.fill("#code", "WRNG-CODE")
    back.submit("form button[type=submit]", "come back, wrong code")
    other.fill("#code", facts["code"].lower())
    facts["your_answers"] = back.submit("form button[type=submit]", "your answers")
    back.submit("a[href*='/questions/2?change=1']", "change question 2")
    choose(other, "answer", 3)
    facts["after_change"] = back.submit("button[value=next]", "check after change")
    back.submit("form button[type=submit]", "sent again")

    # Save and come back later, then carry on where you stopped.
    saver = no_js_page(browser)
    save = Recorder(saver, captures, lang)
    save.goto(f"{base}/consultations/home-care/start?lang={lang}", "home care, who")
    choose(saver, "answering", 0)
    save.submit("button[type=submit]", "home care, question 1")
    choose(saver, "answer", 0)
    saved = save.submit("button[value=save]", "saved")
    facts["saved_code"] = CODE.search(saved).group(1)
    later = no_js_page(browser)
    resume = Recorder(later, captures, lang)
    resume.goto(f"{base}/return?lang={lang}", "come back to carry on")
    later.fill("#code", facts["saved_code"])
    resume.submit("form button[type=submit]", "your answers, not sent")
    resume.submit("a.button", "carry on")
    facts["resumed_url"] = later.url
    resume.goto(f"{base}/consultations/home-care/your-answers", "your answers again")
    resume.submit("a[href$='/withdraw']", "take back your answers")
    facts["withdrawn"] = resume.submit("form button[type=submit]", "answers deleted")

    # A worrying answer: help now, and a safe way to ask to be contacted (issue 16).
    worried = no_js_page(browser, width=320)
    worry = Recorder(worried, captures, lang)
    worry.goto(f"{base}/consultations/day-centres/start?lang={lang}", "worried, who")
    choose(worried, "answering", 0)
    worry.submit("button[type=submit]", "worried, question 1")
    worry.goto(f"{base}/consultations/day-centres/questions/6", "worried, question 6")
    worried.fill("#answer", "My carer hits me.")
    facts["help"] = worry.submit("button[value=next]", "help after a worrying answer")
    worry.submit("form:not(.shared-device) button[type=submit]", "help, error")
    choose(worried, "how", 0)
    worried.fill("#detail", "07700 900123")
    facts["help_asked"] = worry.submit("form:not(.shared-device) button[type=submit]",
                                       "help, we will contact you")
    # On a shared tablet: the person finishes, and the device forgets them.
    facts["finished"] = worry.submit("form.shared-device button[value=done]",
                                     "finished, device cleared")
    worry.goto(f"{base}/consultations/day-centres/check", "after clearing, check page")
    facts["after_clear_url"] = worried.url
    worried.context.close()

    # Pages around the journey.
    rec.goto(f"{base}/settings", "display settings")
    page.click("input[name=contrast][value=high]")
    facts["settings_saved"] = rec.submit("form button[type=submit]", "display settings, saved")
    rec.goto(f"{base}/privacy", "privacy")
    rec.goto(f"{base}/consultations/short-breaks", "closed, you said we did")
    rec.goto(f"{base}/consultations/short-breaks/start", "closed, cannot answer")
    rec.goto(f"{base}/no-such-page", "page not found")
    for context_page in (page, other, saver, later):
        context_page.context.close()
    return facts
