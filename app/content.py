"""Content written by staff: its translation into the current language, and its rendering.

translated() returns the text in the current language when staff have given it, and
otherwise the English as `EnglishText`, noting on the request that part of the page is in English.
EnglishText renders itself inside `lang="en" dir="ltr"`, so screen readers use an English voice
and, on a right-to-left page, its punctuation and numbers stay where they belong.
"""
from __future__ import annotations

import re

from flask import current_app, g
from markupsafe import Markup, escape
from sqlalchemy import select

from app.extensions import db
from app.i18n import current_lang
from app.models import ContentTranslation


class EnglishText(str):
    """English shown in place of a missing translation. Use `|plain` in attributes and <title>."""

    def __html__(self) -> str:
        return f'<span lang="en" dir="ltr">{escape(str(self))}</span>'


# Languages written in the Latin alphabet. On a page in another script, English words inside
# translated text (a name such as "Blue Badge", a short form such as "GP") are tagged English,
# so they are read by an English voice and kept left to right.
LATIN_SCRIPT = {"en", "cy", "pl", "ro"}
_LATIN_RUN = re.compile(r"[A-Za-z][A-Za-z0-9'’.&-]*(?:[ ,/]+[A-Za-z0-9][A-Za-z0-9'’.&-]*)*")


def escape_text(text: str, lang: str) -> str:
    """Escaped text; on a page in a non-Latin script, English runs inside it tagged English."""
    if lang in LATIN_SCRIPT or not _LATIN_RUN.search(text):
        return str(escape(text))
    out, position = [], 0
    for run in _LATIN_RUN.finditer(text):
        out.append(str(escape(text[position:run.start()])))
        out.append(f'<span lang="en" dir="ltr">{escape(run.group())}</span>')
        position = run.end()
    out.append(str(escape(text[position:])))
    return "".join(out)


class TranslatedText(str):
    """A translation into a language of another script: may hold English names."""

    def __html__(self) -> str:
        return escape_text(str(self), current_lang())


def plain(text):
    """English text without its language tag: for attributes and <title>, where no tags go."""
    return str(text) if isinstance(text, (EnglishText, TranslatedText)) else text


def _rows(entity: str, lang: str) -> dict[tuple[int, str], object]:
    cache = g.setdefault("_translations", {})
    key = (entity, lang)
    if key not in cache:
        rows = db.session.scalars(select(ContentTranslation).where(
            ContentTranslation.entity == entity, ContentTranslation.lang == lang))
        cache[key] = {(row.entity_id, row.field): row for row in rows}
    return cache[key]


def translation_row(obj, field: str, lang: str | None = None):
    lang = lang or current_lang()
    return _rows(obj.__tablename__, lang).get((obj.id, field))


def translated(obj, field: str) -> str:
    english = getattr(obj, field) or ""
    lang = current_lang()
    if lang == "en" or not english:
        return english
    row = translation_row(obj, field, lang)
    if row is not None and row.text.strip():
        return row.text if lang in LATIN_SCRIPT else TranslatedText(row.text)
    g.english_parts = True
    return EnglishText(english)


def render_text(text: str) -> Markup:
    """Plain staff text to safe HTML: blank lines make paragraphs, '- ' lines make lists.

    Glossary terms are linked by app.glossary when that area is installed.
    """
    text_lang = "en" if isinstance(text, EnglishText) else current_lang()
    blocks = [block.strip() for block in (text or "").replace("\r\n", "\n").split("\n\n")]
    html = []
    for block in filter(None, blocks):
        lines = [line.strip() for line in block.split("\n") if line.strip()]
        if all(line.startswith(("- ", "* ", "• ")) for line in lines):
            items = "".join(f"<li>{_inline(line[2:], text_lang)}</li>" for line in lines)
            html.append(f"<ul>{items}</ul>")
        else:
            inner = "<br>".join(_inline(line, text_lang) for line in lines)
            # A glossary word opens in place with <details>, which cannot sit inside <p>.
            if "<details" in inner:
                html.append(f'<div class="p">{inner}</div>')
            else:
                html.append(f"<p>{inner}</p>")
    if isinstance(text, EnglishText):
        return Markup(f'<div lang="en" dir="ltr">{"".join(html)}</div>')
    return Markup("".join(html))


def _inline(text: str, text_lang: str) -> str:
    make = current_app.extensions.get("page_linker")
    linker = make() if make is not None else None
    if linker is not None:
        return linker(text, text_lang)
    return escape_text(text, text_lang)


def init_app(app) -> None:
    app.jinja_env.globals["t"] = translated
    app.jinja_env.filters["content"] = render_text
    app.jinja_env.filters["plain"] = plain
