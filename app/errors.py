"""Friendly, easy-read error pages. Nothing here ever shows a stack trace."""
import logging

from flask import Flask, render_template
from flask_babel import _, lazy_gettext as _l
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError

from app.extensions import db

log = logging.getLogger(__name__)

# The error pages a person can meet while the app works, each with a Listen control
# (app/speech/sources.py reads them by key). 500 and 503 pages stay as plain as possible.
ERRORS = {
    "not-found": (_l("We cannot find this page"),
                  _l("The address may be wrong. Or the page may have moved.")),
    "form-expired": (_l("Please try again"),
                     _l("This form was open too long. Or it came from another site. "
                        "Go back and send it again.")),
    "bad-request": (_l("Please try again"),
                    _l("Something in the form was not right. Go back and try again.")),
    "too-big": (_l("The file is too big"), _l("Please choose a smaller file.")),
    "too-many": (_l("Please wait"),
                 _l("You tried many times. Please wait 10 minutes. Then try again.")),
}


def init_app(app: Flask) -> None:
    def page(status: int, title: str, message: str, key: str = ""):
        return render_template("errors/error.html", title=title, message=message,
                               error_key=key), status

    def known(status: int, key: str):
        title, message = ERRORS[key]
        return page(status, str(title), str(message), key)

    @app.errorhandler(404)
    def not_found(error):
        return known(404, "not-found")

    @app.errorhandler(405)
    def wrong_method(error):
        return known(405, "not-found")

    @app.errorhandler(CSRFError)
    def form_expired(error):
        return known(400, "form-expired")

    @app.errorhandler(400)
    def bad_request(error):
        return known(400, "bad-request")

    @app.errorhandler(413)
    def too_big(error):
        return known(413, "too-big")

    @app.errorhandler(429)
    def too_many(error):
        return known(429, "too-many")

    @app.errorhandler(OperationalError)
    def database_busy(error):
        log.warning("database unavailable: %s", type(error.orig).__name__)
        db.session.rollback()
        return page(503, _("Please try again soon"),
                    _("We could not save or load this just now. You did not lose anything. "
                      "Please wait a minute. Then try again."))

    @app.errorhandler(500)
    def server_error(error):
        db.session.rollback()
        return page(500, _("Something went wrong"),
                    _("This is our fault. Please try again later."))
