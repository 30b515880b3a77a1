"""Languages, the choice of language for each request, and translated content.

To add a language: add one line to LANGUAGES and one catalog in translations/ (see README).
"""
from __future__ import annotations

from flask import Flask, g, request
from flask_babel import get_locale

from app.extensions import babel

# code: (name in the language itself, text direction, espeak-ng voice or None)
LANGUAGES: dict[str, tuple[str, str]] = {
    "en": ("English", "ltr"),
    "cy": ("Cymraeg", "ltr"),
    "pl": ("Polski", "ltr"),
    "ur": ("اردو", "rtl"),
    "pa": ("ਪੰਜਾਬੀ", "ltr"),
    "ar": ("العربية", "rtl"),
}
LANG_COOKIE = "lang"
ONE_YEAR = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    babel.init_app(app, locale_selector=select_locale)
    app.after_request(_remember_choice)
    app.context_processor(lambda: {"languages": LANGUAGES, "lang": current_lang(),
                                   "text_dir": text_dir()})


def select_locale() -> str:
    asked = request.args.get("lang", "")
    if asked in LANGUAGES:
        g.lang_asked = asked
        return asked
    remembered = request.cookies.get(LANG_COOKIE, "")
    if remembered in LANGUAGES:
        return remembered
    return request.accept_languages.best_match(list(LANGUAGES)) or "en"


def current_lang() -> str:
    return str(get_locale() or "en")


def text_dir() -> str:
    return LANGUAGES.get(current_lang(), ("", "ltr"))[1]


def _remember_choice(response):
    asked = g.get("lang_asked")
    if asked and request.cookies.get(LANG_COOKIE) != asked:
        response.set_cookie(LANG_COOKIE, asked, max_age=ONE_YEAR, samesite="Lax",
                            httponly=True, secure=request.is_secure)
    return response
