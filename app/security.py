"""Security headers on every response; ids in URLs that fit the database."""
from pathlib import Path

from flask import Flask, Request, abort, request
from werkzeug.datastructures import ImmutableMultiDict, MultiDict
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from config import instance_secret_key, refuse_message, secret_key_problem

# Ids are 32-bit integers on PostgreSQL; SQLite refuses anything past 64 bits with an
# OverflowError. A longer number in a URL is a page that cannot exist: 404, not 500.
MAX_ID = 2**31 - 1


class BoundedInt(IntegerConverter):
    """<int:...> in every route: at most MAX_ID, so a 20-digit id is simply not found."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_ID, signed=False):  # noqa: A002
        super().__init__(map, fixed_digits=fixed_digits, min=min, max=max, signed=signed)

CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; media-src 'self'; "
    "form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)


def _no_nul(value):
    return value.replace("\x00", "") if isinstance(value, str) else value


class NulFreeMultiDict(ImmutableMultiDict):
    """Form fields and query arguments without NUL characters. PostgreSQL cannot store NUL
    in text (it would be a 500), and no one means to type one: drop it as it arrives."""

    def __init__(self, mapping=None):
        if mapping is None:
            super().__init__()
            return
        if isinstance(mapping, MultiDict):
            items = mapping.items(multi=True)
        elif isinstance(mapping, dict):
            items = [(key, value) for key, values in mapping.items()
                     for value in (values if isinstance(values, (list, tuple)) else [values])]
        else:
            items = mapping
        super().__init__([(_no_nul(key), _no_nul(value)) for key, value in items])


class CleanRequest(Request):
    parameter_storage_class = NulFreeMultiDict


def check_secret_key(app: Flask) -> None:
    """Fill in the key from instance/secret_key when none is set; refuse a weak key
    outside debug and testing (SystemExit: one clear line, no traceback)."""
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = instance_secret_key(Path(app.instance_path))
    problem = secret_key_problem(app.config["SECRET_KEY"])
    if problem and not (app.debug or app.testing):
        raise SystemExit(refuse_message(problem))


def init_app(app: Flask) -> None:
    check_secret_key(app)
    # Before any blueprint adds its routes: rules pick their converter when added.
    app.url_map.converters["int"] = BoundedInt
    app.request_class = CleanRequest
    hops = int(app.config.get("PROXY_FIX_HOPS") or 0)
    if hops > 0:
        # The client's own address (for rate limits) and scheme, as the trusted proxies saw
        # them; only the last `hops` entries of each header are believed.
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=hops, x_proto=hops)

    @app.before_request
    def refuse_nul_in_path():
        # /consultations/%00 would reach a database lookup; PostgreSQL refuses NUL (a 500).
        if "\x00" in request.path:
            abort(404)

    @app.after_request
    def add_headers(response):
        headers = response.headers
        headers.setdefault("Content-Security-Policy", CSP)
        headers["X-Content-Type-Options"] = "nosniff"
        headers["Referrer-Policy"] = "same-origin"
        headers["X-Frame-Options"] = "DENY"
        if request.is_secure or app.config.get("SESSION_COOKIE_SECURE"):
            headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
        if response.mimetype == "text/html":
            # Pages can hold personal answers: never keep them in shared caches.
            headers.setdefault("Cache-Control", "no-store")
        return response
