"""The readability checker on the web: the /readability page and the /api/readability endpoint.

easyread does the checking; app/staff/readability_view.py words rule ids, verdicts and
scores; services.py builds the page's highlighted text and reads uploads.
"""
from __future__ import annotations

import logging

from flask import Flask
from flask_babel import lazy_gettext as _l

log = logging.getLogger(__name__)


def register(app: Flask) -> None:
    from app.extensions import csrf
    from app.readability import routes, services

    app.config.setdefault("READABILITY_STAFF_ONLY", False)
    app.config.setdefault("READABILITY_API_LIMIT", "30 per minute")
    app.config.setdefault("READABILITY_PAGE_LIMIT", "30 per minute")
    app.config.setdefault("READABILITY_WARM", True)
    app.register_blueprint(routes.bp)
    app.register_blueprint(routes.api_bp)
    csrf.exempt(routes.api)  # JSON for other programs: no form, changes nothing
    _add_to_staff_menu()
    if app.config["READABILITY_WARM"]:
        # Once at start-up, not in a request: the dictionary and formulas for every
        # language of the app that has them.
        import easyread

        try:
            easyread.warm(services.formula_languages())
        except Exception:  # never stop the app starting; check() warms itself lazily
            log.warning("readability: could not warm easyread", exc_info=True)


def _add_to_staff_menu() -> None:
    try:
        from app.staff import MENU
    except ImportError:  # pragma: no cover - the staff area is optional
        return
    entry = ("readability.page", _l("Check readability"), "viewer")
    if not any(e[0] == entry[0] for e in MENU):
        MENU.append(entry)
