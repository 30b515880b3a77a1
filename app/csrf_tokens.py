"""Signed CSRF tokens, signed once per session rather than on every page.

Flask-WTF signs the session's token afresh for each request that shows a form. Here tokens
have no time limit (WTF_CSRF_TIME_LIMIT is None), so a token signed earlier for the same
session's token is exactly as good: each process keeps the last MAX_TOKENS it signed.
Shared pages (app/page_cache.py) put the visitor's token in with token().
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from flask import current_app, g, session
from flask_wtf.csrf import generate_csrf

MAX_TOKENS = 4096
_lock = threading.Lock()


def token() -> str:
    """What generate_csrf() gives, without signing again a token signed before."""
    signed = reuse_signed()
    if signed is None:
        signed = generate_csrf()
        keep(signed)
    return signed


def reuse_signed() -> str | None:
    """This session's token as signed for an earlier page, made this request's token."""
    field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
    if field in g:
        return g.get(field)
    key = _key()
    if key is None:
        return None
    with _lock:
        signed = _kept().get(key)
    if signed is not None:
        setattr(g, field, signed)  # what generate_csrf() gives for the rest of the request
    return signed


def keep(signed: str) -> None:
    key = _key()
    if key is None:
        return
    kept = _kept()
    with _lock:
        kept[key] = signed
        while len(kept) > MAX_TOKENS:
            kept.popitem(last=False)


def _key() -> tuple | None:
    config = current_app.config
    raw = session.get(config.get("WTF_CSRF_FIELD_NAME", "csrf_token"))
    if raw is None or config.get("WTF_CSRF_TIME_LIMIT") is not None:
        return None
    return (config.get("WTF_CSRF_SECRET_KEY") or current_app.secret_key, raw)


def _kept() -> OrderedDict:
    return current_app.extensions.setdefault("signed_csrf_tokens", OrderedDict())
