"""Auto-linking: the first use of a glossary word on a page opens its meaning in place.

app.content.render_text() calls this page's linker (page_linker()) for each line of staff text.
That returns HTML where the first use on the page of each glossary word is

    <details class="term"><summary>care plans<span class="visually-hidden"> (what this
    means)</span></summary><span class="def">A written plan ... <a href="/glossary/care-plan">
    More about care plan</a></span></details>

<details> works without JavaScript and screen readers announce the <summary> as a button
that opens and closes. <details> is flow content, so render_text() puts a line holding one
in <div class="p"> instead of <p>. Words are matched whole (never inside another word, a web
address or an email address), plurals and simple verb endings too, longest form first.

One JargonMatcher per language per process, rebuilt when the content version changes
(app/content_version.py), so staff edits show at once in every worker.
"""
from __future__ import annotations

import functools
import re
import threading

from flask import current_app, g, request, url_for
from flask_babel import gettext
from markupsafe import escape
from sqlalchemy import select

from easyread.jargon import JargonMatcher

from app import content_version
from app.content import EnglishText, escape_text, translated
from app.extensions import db
from app.i18n import LANGUAGES, current_lang
from app.models import ContentTranslation, GlossaryTerm

# Web addresses and email addresses are links in all but name: never link words inside them.
_LINKISH_RE = re.compile(
    r"(?:https?://|www\.)[^\s<>\"]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w-]+(?:\.[\w-]+)*\.(?:uk|com|org|net|gov|nhs)(?:/[^\s<>\"]*)?",
    re.IGNORECASE)
_SKIP_PREFIXES = ("/staff", "/glossary", "/static", "/api", "/listen", "/readability")

_lock = threading.Lock()


def _matchers() -> dict[str, tuple[int, JargonMatcher]]:
    """This app's matchers by language (each app has its own: tests make one per database)."""
    return current_app.extensions.setdefault("glossary_matchers", {})


def _split_forms(text: str) -> list[str]:
    return [f.strip() for f in re.split(r"[\n,;]", text or "") if f.strip()]


def all_forms(term: GlossaryTerm) -> list[str]:
    """The term itself and every other form of it, without repeats."""
    out: list[str] = []
    for form in [term.term, *(term.forms or [])]:
        form = (form or "").strip()
        if form and form.casefold() not in {f.casefold() for f in out}:
            out.append(form)
    return out


def _build(lang: str) -> JargonMatcher:
    terms = list(db.session.scalars(select(GlossaryTerm).where(GlossaryTerm.retired.is_(False))))
    forms = {t.id: all_forms(t) for t in terms}
    if lang != "en":
        # Text not yet translated shows in English, so English forms still count.
        rows = db.session.scalars(select(ContentTranslation).where(
            ContentTranslation.entity == "glossary_term", ContentTranslation.lang == lang,
            ContentTranslation.field.in_(("term", "forms"))))
        for row in rows:
            if row.entity_id in forms:
                forms[row.entity_id] += _split_forms(row.text)
    return _matcher_of(tuple((t.slug, tuple(linkable(t, forms[t.id]))) for t in terms))


@functools.lru_cache(maxsize=32)
def _matcher_of(terms: tuple[tuple[str, tuple[str, ...]], ...]) -> JargonMatcher:
    """One matcher per distinct list of words: building one takes a good part of a second,
    and a new content version, or another app in the same process (each test makes one),
    often has the very same words."""
    return JargonMatcher(terms)


def linkable(term, forms: list[str]) -> list[str]:
    """The forms that link: all of them, or for an everyday word only its longer phrases."""
    if term.link_alone:
        return forms
    return [form for form in forms if len(form.split()) > 1]


def matcher_for(lang: str) -> JargonMatcher:
    version = content_version.current()
    matchers = _matchers()
    cached = matchers.get(lang)
    if cached is not None and cached[0] == version:
        return cached[1]
    with _lock:
        cached = matchers.get(lang)
        if cached is None or cached[0] != version:
            cached = (version, _build(lang))
            matchers[lang] = cached
    return cached[1]


def english_matcher() -> JargonMatcher:
    return matcher_for("en")


def invalidate() -> None:
    """Forget every matcher. Other workers notice the new content version."""
    with _lock:
        _matchers().clear()


class PageLinker:
    """Links glossary words in the staff text of one page. Lives on `g` for one request."""

    def __init__(self) -> None:
        self._lang: str | None = None
        self._matcher: JargonMatcher | None = None
        self.seen: set[str] = set()
        self.linked: list[str] = []  # slugs in the order they were linked
        self._terms: dict[str, object] = {}

    @property
    def lang(self) -> str:
        if self._lang is None:  # most requests link nothing: ask for the language only then
            self._lang = current_lang()
        return self._lang

    @property
    def matcher(self) -> JargonMatcher:
        if self._matcher is None:
            self._matcher = matcher_for(self.lang)
        return self._matcher

    def __call__(self, text: str, text_lang: str | None = None) -> str:
        return self.link(text, text_lang)

    def link(self, text: str, text_lang: str | None = None) -> str:
        """Plain text in, safe HTML out. `text_lang`: the text's language, when not the page's."""
        text = text or ""
        text_lang = text_lang or self.lang
        matcher = self.matcher if text.strip() else None
        if not matcher:
            return escape_text(text, text_lang)
        exclude = [m.span() for m in _LINKISH_RE.finditer(text)]
        matches = [m for m in matcher.find(text, exclude=exclude, first_only=True)
                   if m.slug not in self.seen]
        self._load([m.slug for m in matches])
        out, position = [], 0
        for match in matches:
            term = self._terms.get(match.slug)
            if term is None:
                continue
            out.append(escape_text(text[position:match.start], text_lang))
            out.append(self._render(match.text, term))
            position = match.end
            self.seen.add(match.slug)
            self.linked.append(match.slug)
        out.append(escape_text(text[position:], text_lang))
        return "".join(out)

    def _load(self, slugs: list[str]) -> None:
        missing = [s for s in slugs if s not in self._terms]
        if missing:
            for term in db.session.scalars(select(GlossaryTerm).where(
                    GlossaryTerm.slug.in_(missing), GlossaryTerm.retired.is_(False))):
                self._terms[term.slug] = term

    def _render(self, words: str, term) -> str:
        definition = translated(term, "definition")  # English in its place tags itself
        # A definition in the page's language may sit inside English staff text: say its language.
        own = self.lang != "en" and not isinstance(definition, EnglishText)
        lang_attr = f' lang="{self.lang}" dir="{LANGUAGES[self.lang][1]}"' if own else ""
        href = url_for("glossary.term", slug=term.slug)
        more = gettext("More about %(word)s", word=translated(term, "term"))
        # Outside the f-string: the message extractor cannot see into one.
        meaning = gettext("what this means")
        return (f'<details class="term"><summary>{escape(words)}'
                f'<span class="visually-hidden"> ({escape(meaning)})</span>'
                f'</summary><span class="def"><span{lang_attr}>{escape(definition)}</span> '
                f'<a href="{escape(href)}">{escape(more)}</a></span></details>')


def page_linker() -> PageLinker | None:
    """This page's linker, made when the page first shows staff text (never on pages
    served ready-made, which is most of them)."""
    linker = g.get("glossary_linker")
    if linker is None and not request.path.startswith(_SKIP_PREFIXES):
        linker = g.glossary_linker = PageLinker()
    return linker


def install(app) -> None:
    app.extensions["page_linker"] = page_linker
