"""The readability checker on the web: the /readability page and the /api/readability endpoint.

easyread does the checking; app/staff/readability_view.py words rule ids, verdicts and
scores; services.py builds the page's highlighted text and reads uploads.
"""
from __future__ import annotations

import logging

import easyread
from flask import Flask

from app.readability import services

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    app.config.setdefault("READABILITY_STAFF_ONLY", False)
    app.config.setdefault("READABILITY_API_LIMIT", "30 per minute")
    app.config.setdefault("READABILITY_PAGE_LIMIT", "30 per minute")
    app.config.setdefault("READABILITY_WARM", True)
    if app.config["READABILITY_WARM"]:
        # Once at start-up, not in a request: the dictionary and formulas for every
        # language of the app that has them.
        try:
            easyread.warm(services.formula_languages())
        except Exception:  # never stop the app starting; check() warms itself lazily
            log.warning("readability: could not warm easyread", exc_info=True)
