"""Answering for someone else (carers), and /permission codes made by the person."""
from flask import Flask

from app.carers import routes, services


def init_app(app: Flask) -> None:
    # Every journey page that reads or changes a carer's response checks the basis again.
    app.before_request(routes.guard_journey)
    app.jinja_env.globals.update(
        basis_label=services.basis_label,
        given_under_withdrawn=services.given_under_withdrawn)
