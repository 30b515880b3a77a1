"""Template helpers shared by every area: dates, counts, faces, links."""
from __future__ import annotations

from urllib.parse import urlencode

from babel import Locale
from babel.dates import format_date as babel_format_date
from flask import Flask, g, request
from flask_babel import format_date, gettext, ngettext
from flask_babel import lazy_gettext as _l
from markupsafe import Markup

from app.i18n import current_lang
from app.participate.labels import answer_labels
from app.textclean import finalize

CHANGE_STATUS = {"planned": _l("Planned"), "in-progress": _l("In progress"), "done": _l("Done")}

# Simple faces for the feelings scale: the mouth curve goes from a big smile to a big frown.
_MOUTHS = {
    "very-happy": "M12 22q8 9 16 0", "happy": "M13 23q7 5 14 0", "ok": "M13 25h14",
    "unhappy": "M13 27q7-5 14 0", "very-unhappy": "M12 29q8-9 16 0",
}


def face(value: str) -> Markup:
    mouth = _MOUTHS.get(value)
    if mouth is None:
        return Markup("")
    return Markup(
        '<svg class="face" viewBox="0 0 40 40" width="40" height="40" aria-hidden="true" '
        'focusable="false"><circle cx="20" cy="20" r="18"/><circle class="eye" cx="14" cy="15" '
        f'r="2.5"/><circle class="eye" cx="26" cy="15" r="2.5"/><path d="{mouth}"/></svg>')


def days_left(days: int) -> str:
    if days <= 1:
        return gettext("Today is the last day to answer.")
    return ngettext("%(num)s day left to answer.", "%(num)s days left to answer.", days)


# English here is British English: "22 November 2026", not "November 22, 2026".
_DATE_LOCALES = {"en": Locale.parse("en_GB")}


def format_day(day) -> str:
    """A date as people write it in the page's language: en-GB "22 November 2026"."""
    locale = _DATE_LOCALES.get(current_lang())
    return format_date(day, format="long") if locale is None else babel_format_date(
        day, format="long", locale=locale)


def ltr(value) -> Markup:
    """A phone number, code or other left-to-right run, kept whole on a right-to-left page."""
    return Markup('<bdi dir="ltr">%s</bdi>') % value


def lang_url(code: str) -> str:
    args = {k: v for k, v in request.args.items() if k != "lang"}
    args["lang"] = code
    return f"{request.path}?{urlencode(args)}"


def init_app(app: Flask) -> None:
    app.jinja_env.finalize = finalize

    app.jinja_env.globals.update(
        face=face, days_left=days_left, format_day=format_day, ltr=ltr, lang_url=lang_url,
        answer_labels=answer_labels,
        change_status=lambda status: CHANGE_STATUS.get(status, status),
        english_notice=lambda: g.get("english_parts", False),
        # The speech area replaces these with real "Listen" controls when it can speak.
        listen_page=lambda name=None: Markup(""),
        reading_aloud=lambda: False,
        listen=lambda kind, key: Markup(""),
    )
