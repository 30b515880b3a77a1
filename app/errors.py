"""Friendly, easy-read error pages. Nothing here ever shows a stack trace."""
import logging

from flask import Flask, render_template
from flask_babel import _
from flask_wtf.csrf import CSRFError
from sqlalchemy.exc import OperationalError

from app.extensions import db

log = logging.getLogger(__name__)


def init_app(app: Flask) -> None:
    def page(status: int, title: str, message: str):
        return render_template("errors/error.html", title=title, message=message), status

    @app.errorhandler(404)
    def not_found(error):
        return page(404, _("We cannot find this page"),
                    _("The address may be wrong. Or the page may have moved."))

    @app.errorhandler(405)
    def wrong_method(error):
        return page(405, _("We cannot find this page"),
                    _("The address may be wrong. Or the page may have moved."))

    @app.errorhandler(CSRFError)
    def form_expired(error):
        return page(400, _("Please try again"),
                    _("This form was open too long. Or it came from another site. "
                      "Go back and send it again."))

    @app.errorhandler(400)
    def bad_request(error):
        return page(400, _("Please try again"),
                    _("Something in the form was not right. Go back and try again."))

    @app.errorhandler(413)
    def too_big(error):
        return page(413, _("The file is too big"), _("Please choose a smaller file."))

    @app.errorhandler(429)
    def too_many(error):
        return page(429, _("Please wait"),
                    _("You tried many times. Please wait 10 minutes. Then try again."))

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
