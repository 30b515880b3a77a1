"""Rendered participant pages, kept for the next visitor who would get exactly the same page.

Rendering a page (translated text, glossary links, pictures, Listen controls) costs far
more than serving it. Many visitors get identical bytes: the home page, or a question
they have not answered yet. render_shared() keeps such a page in this process and serves
it again while everything it depends on is the same:

- the address (path and query), the language and the display settings;
- the content version (app/content_version.py), read from the database on each request,
  so a staff edit made on any server shows on every server at once;
- what the app hands init_app() in ``depends_on`` (today's date, whether read aloud is on);
- the caller's own ``key`` (e.g. "for someone else").

Only pages with no personal details may use it. The one personal thing such a page holds
is its form's CSRF token: the stored copy has a marker in its place and each visitor gets
their own token. Pages with answers, errors or codes are always rendered afresh.
"""
from __future__ import annotations

import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable

from flask import Flask, current_app, g, render_template, request

from app import content_version, csrf_tokens, display
from app.i18n import current_lang

MAX_PAGES = 512
_MARKER = "csrf-" + secrets.token_hex(16)  # never in any content: it is new in each process
_lock = threading.Lock()


def _pages() -> OrderedDict[tuple, str]:
    """This app's pages (each app has its own: tests make one per test, on a new database)."""
    return current_app.extensions.setdefault("page_cache", OrderedDict())


def init_app(app: Flask, depends_on: Iterable[Callable[[], object]] = ()) -> None:
    """``depends_on``: more things a shared page depends on, each read on every request
    (today's date, whether read aloud is on). One that gives None means "do not share
    pages just now"."""
    app.extensions["page_cache_depends_on"] = tuple(depends_on)


def _full_key(template: str, key: tuple) -> tuple | None:
    """Everything the page depends on, or None when it must not be shared just now."""
    if not current_app.config.get("PAGE_CACHE", True):
        return None
    parts = tuple(part() for part in current_app.extensions.get("page_cache_depends_on", ()))
    if None in parts:
        return None
    return (template, request.full_path, current_lang(), display.current(),
            content_version.current(), parts, key)


def _for_this_visitor(page: str) -> str:
    return page.replace(_MARKER, csrf_tokens.token()) if _MARKER in page else page


def _lookup(full_key: tuple | None) -> str | None:
    if full_key is None:
        return None
    pages = _pages()
    with _lock:
        page = pages.get(full_key)
        if page is not None:
            pages.move_to_end(full_key)
    return page


def shared_page(template: str, key: tuple) -> str | None:
    """The page render_shared() would give, if it is already rendered; else None."""
    page = _lookup(_full_key(template, key))
    return None if page is None else _for_this_visitor(page)


def render_shared(template: str, key: tuple, context: Callable[[], dict]) -> str:
    """render_template(template, **context()), reused for every visitor with the same key.

    ``context`` is called only when the page has to be rendered.
    """
    full_key = _full_key(template, key)
    page = _lookup(full_key)
    if page is None:
        csrf_tokens.reuse_signed()  # the form shows the token this visitor had before
        page = render_template(template, **context())
        if full_key is None:
            return page
        token = g.get(current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))
        if token:  # the page has a form: keep a marker, never this visitor's token
            csrf_tokens.keep(token)
            page = page.replace(token, _MARKER)
        pages = _pages()
        with _lock:
            pages[full_key] = page
            while len(pages) > MAX_PAGES:
                pages.popitem(last=False)
    return _for_this_visitor(page)


def clear() -> None:
    with _lock:
        _pages().clear()
