"""Security headers on every response; ids in URLs that fit the database."""
from flask import Flask, request
from werkzeug.routing import IntegerConverter

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


def init_app(app: Flask) -> None:
    # Before any blueprint adds its routes: rules pick their converter when added.
    app.url_map.converters["int"] = BoundedInt

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
