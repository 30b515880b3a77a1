"""Co-production beyond consultations (issue 19): "Was this helpful?" on information pages,
and comments, complaints and compliments about a service, with a staff queue."""
from flask import Flask

from app.involve import services


def init_app(app: Flask) -> None:
    app.jinja_env.globals.update(helpful_key=services.helpful_key,
                                 flagged_feedback=services.flagged_feedback,
                                 how_long=services.how_long)
