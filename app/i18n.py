"""Languages, the choice of language for each request, and translated content.

To add a language: add one line to LANGUAGES and one catalog in translations/ (see README).
"""
from __future__ import annotations

from functools import lru_cache

from babel import Locale
from flask import Flask, g, request
from flask_babel import get_locale
from werkzeug.datastructures import LanguageAccept
from werkzeug.http import parse_accept_header

from app.extensions import babel

# code: (name in the language itself, text direction)
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "ltr"),
    "cy": ("Cymraeg", "ltr"),
    "pl": ("Polski", "ltr"),
    "ro": ("Română", "ltr"),
    "ur": ("اردو", "rtl"),
    "pa": ("ਪੰਜਾਬੀ", "ltr"),
    "bn": ("বাংলা", "ltr"),
    "ar": ("العربية", "rtl"),
}
LANG_COOKIE = "lang"
ONE_YEAR = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale)
    app.after_request(_remember_choice)
    app.context_processor(lambda: {"languages": LANGUAGES, "lang": current_lang(),
                                   "text_dir": text_dir()})


# Parsed once: Flask-Babel would parse the code again on every request, which looks for
# the locale's data file on disk each time.
_LOCALES = {code: Locale.parse(code) for code in LANGUAGES}
_CODES = {id(locale): code for code, locale in _LOCALES.items()}  # str(Locale) is slow too


def select_locale() -> Locale:
    asked = request.args.get("lang", "") if b"lang=" in request.query_string else ""
    if asked in LANGUAGES:
        g.lang_asked = asked
        return _LOCALES[asked]
    remembered = request.cookies.get(LANG_COOKIE, "")
    if remembered in LANGUAGES:
        return _LOCALES[remembered]
    return _LOCALES[_browser_choice(request.headers.get("Accept-Language", ""))]


@lru_cache(maxsize=256)
def _browser_choice(accept_language: str) -> str:
    """The browser's most wanted language we have, by its main part ("en-GB" is "en").

    Kept per header: browsers send few distinct values."""
    for value, _quality in parse_accept_header(accept_language, LanguageAccept):
        main = value.replace("_", "-").split("-")[0].lower()
        if main in LANGUAGES:
            return main
    return "en"


def current_lang() -> str:
    locale = get_locale()
    return _CODES.get(id(locale)) or str(locale or "en")


def text_dir() -> str:
    return LANGUAGES.get(current_lang(), ("", "ltr"))[1]


def _remember_choice(response):
    asked = g.get("lang_asked")
    if asked and request.cookies.get(LANG_COOKIE) != asked:
        response.set_cookie(LANG_COOKIE, asked, max_age=ONE_YEAR, samesite="Lax",
                            httponly=True, secure=request.is_secure)
    return response
