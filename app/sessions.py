"""Flask's signed-cookie sessions, with less work on every request.

Savings measured on a participant page (see docs/architecture.md, "Caches"):
- the signing serializer is made once per secret key, not once per request;
- a cookie already checked by this process is not checked again: its data is kept (for
  the last VERIFIED_MAX cookies), and only its age is checked;
- a permanent session's cookie is signed again only when it has changed or is older than
  REFRESH_AFTER, not on every response. The session still slides: anyone who keeps using
  the service keeps it, and it ends at most REFRESH_AFTER sooner than before.
"""
from __future__ import annotations

import copy
import threading
import time
from collections import OrderedDict
from datetime import timedelta

from flask import Flask, Request, Response
from flask.sessions import SecureCookieSession, SecureCookieSessionInterface
from itsdangerous import BadSignature, URLSafeTimedSerializer

REFRESH_AFTER = timedelta(minutes=10)
VERIFIED_MAX = 4096
_lock = threading.Lock()


class TimedSession(SecureCookieSession):
    signed_at: float | None = None  # when the browser's cookie was signed (None: new)


class QuietSessionInterface(SecureCookieSessionInterface):
    session_class = TimedSession

    def _signing(self, app: Flask) -> tuple:
        """(keys, serializer, cookies already verified) for the app's current keys."""
        keys = (app.secret_key, tuple(app.config["SECRET_KEY_FALLBACKS"] or ()))
        made = app.extensions.get("session_signing")
        if made is None or made[0] != keys:
            made = (keys, super().get_signing_serializer(app), OrderedDict())
            app.extensions["session_signing"] = made
        return made

    def get_signing_serializer(self, app: Flask) -> URLSafeTimedSerializer | None:
        return self._signing(app)[1]

    def open_session(self, app: Flask, request: Request) -> TimedSession | None:
        _, serializer, verified = self._signing(app)
        if serializer is None:
            return None
        value = request.cookies.get(self.get_cookie_name(app))
        if not value:
            return self.session_class()
        max_age = int(app.permanent_session_lifetime.total_seconds())
        with _lock:
            known = verified.get(value)
        if known is None:
            try:
                data, signed = serializer.loads(value, max_age=max_age, return_timestamp=True)
            except BadSignature:
                return self.session_class()
            known = (data, signed.timestamp())
            with _lock:
                verified[value] = known
                while len(verified) > VERIFIED_MAX:
                    verified.popitem(last=False)
        elif not 0 <= time.time() - known[1] <= max_age:
            return self.session_class()  # as itsdangerous would: too old (or from the future)
        session = self.session_class(copy.deepcopy(known[0]))  # each request its own copy
        session.signed_at = known[1]
        return session

    def save_session(self, app: Flask, session: TimedSession, response: Response) -> None:
        if not session.modified and not (session and self.should_set_cookie(app, session)):
            # Nothing to send: only say the page depends on the cookie, as Flask would.
            if session.accessed:
                vary = response.headers.get("Vary")
                if vary is None:
                    response.headers["Vary"] = "Cookie"
                elif "cookie" not in vary.lower():
                    response.headers["Vary"] = f"{vary}, Cookie"
            return
        super().save_session(app, session, response)

    def should_set_cookie(self, app: Flask, session: TimedSession) -> bool:
        if session.modified:
            return True
        if not (session.permanent and app.config["SESSION_REFRESH_EACH_REQUEST"]):
            return False
        signed_at = getattr(session, "signed_at", None)
        return signed_at is None or time.time() - signed_at >= REFRESH_AFTER.total_seconds()


def init_app(app: Flask) -> None:
    app.session_interface = QuietSessionInterface()
