"""A browser with JavaScript off, in a few lines: lxml reads each page's links and forms, and
Flask's test client sends them as a browser would (the filled fields, the ticked boxes and
chosen options, the button pressed), keeping cookies and following redirects.

The walks run in real Chromium in English. In the other languages they run through this,
about ten times cheaper, and keep every page the same way for the same checks (axe in
Chromium in every display mode or the standard one, the 320 px width, the Nu checker, 14 KB,
scripts). tests/browser/test_form_client.py checks that it sends what Chromium sends, in a
left-to-right and a right-to-left language.
"""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass
from urllib.parse import urlencode, urljoin

import lxml.html
from werkzeug.datastructures import MultiDict


@dataclass
class Served:
    """What a page.goto() gives back: the status and headers of the page served."""
    status: int
    headers: object


@dataclass
class Document:
    url: str
    html: str
    tree: object


class FormBrowser:
    """Stands in for Playwright's browser: each page is a new visitor with its own cookies."""

    def __init__(self, app):
        self.app = app

    def new_page(self) -> FormPage:
        return FormPage(self.app.test_client())


class FormPage:
    """The part of Playwright's Page the walks use: goto, click, fill, go_back, url."""

    def __init__(self, client):
        self.client = client
        self.history: list[Document] = []
        self.sent: list[tuple[str, str]] = []  # the last form data set sent
        self.context = self  # page.context.close() closes the visitor, as in Playwright

    def close(self) -> None:
        self.history.clear()

    @property
    def url(self) -> str:
        return self.history[-1].url

    @property
    def served_html(self) -> str:
        return self.history[-1].html

    def expect_navigation(self):
        return nullcontext()  # every click that leaves the page has finished when it returns

    def goto(self, url: str) -> Served:
        return self._open("GET", url)

    def go_back(self) -> None:
        self.history.pop()

    def fill(self, selector: str, text: str) -> None:
        field = self._one(selector)
        assert field.tag in ("input", "textarea"), f"{selector} is not a text field"
        field.value = text

    def click(self, selector: str) -> None:
        element = self._one(selector)
        if element.tag == "label":
            element = self._labelled_by(element)
        if element.tag == "a":
            self._open("GET", urljoin(self.url, element.get("href")))
        elif element.tag == "input" and element.get("type") == "radio":
            form = self._form_of(element)
            for other in form.xpath(".//input[@type='radio'][@name=$name]",
                                    name=element.get("name")):
                other.checked = False
            element.checked = True
        elif element.tag == "input" and element.get("type") == "checkbox":
            element.checked = not element.checked
        elif element.tag == "button" and element.get("type", "submit") == "submit" \
                or element.tag == "input" and element.get("type") == "submit":
            self._submit(element)
        else:
            raise AssertionError(f"clicking {selector} ({element.tag}) does nothing here")

    def _one(self, selector: str):
        found = self.history[-1].tree.cssselect(selector)
        assert found, f"nothing on {self.url} matches {selector}"
        return found[0]

    def _labelled_by(self, label):
        if label.get("for"):
            return self._one(f"#{label.get('for')}")
        return label.cssselect("input, select, textarea")[0]

    @staticmethod
    def _form_of(element):
        form = next(element.iterancestors("form"), None)
        assert form is not None, "the control is not in a form"
        return form

    def _submit(self, button) -> None:
        """The form data set a browser sends: the successful controls, then the button."""
        form = self._form_of(button)
        data = form.form_values()
        if button.get("name"):
            data.append((button.get("name"), button.get("value", "")))
        self.sent = data
        action = urljoin(self.url, form.get("action") or self.url)
        if (form.get("method") or "get").lower() == "get":
            self._open("GET", f"{action.split('?')[0]}?{urlencode(data)}")
        else:
            self._open("POST", action, data=MultiDict(data),
                       content_type=form.get("enctype") or "application/x-www-form-urlencoded")

    def _open(self, method: str, url: str, **request) -> Served:
        response = self.client.open(url, method=method, follow_redirects=True, **request)
        html = response.get_data(as_text=True)
        tree = lxml.html.document_fromstring(html) if html.strip() else None
        self.history.append(Document(response.request.url, html, tree))
        return Served(response.status_code, response.headers)
