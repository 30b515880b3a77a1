"""The staff area: /staff/... Everything here needs a login; roles decide the rest.

Its blueprint (app/staff/routes.py, with the routes of the modules app/__init__.py imports)
is registered in app/__init__.py; init_app() does the rest of the area's setup.
"""
from datetime import date

from flask import Flask

from app.staff import auth, cli
from app.staff.menu import staff_menu


def init_app(app: Flask) -> None:
    auth.init_app(app)
    cli.init_app(app)
    app.jinja_env.globals.update(staff_menu=staff_menu, today=date.today)
