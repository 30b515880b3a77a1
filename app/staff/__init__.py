"""The staff area: /staff/... Everything here needs a login; roles decide the rest."""
from flask import Flask


def register(app: Flask) -> None:
    from app.staff import auth, cli
    from app.staff.routes import bp
    # Response review half: these modules add their routes to `bp` when imported.
    from app.staff import exports, results, review, safeguarding, users  # noqa: F401
    # Consultation builder half: building, publishing, preview, translations, outcomes.
    from app.staff import builder, outcomes, translation_files, translations  # noqa: F401

    auth.init_app(app)
    cli.init_app(app)
    app.register_blueprint(bp)
    app.jinja_env.globals.update(staff_menu=staff_menu, today=_today)


# Menu entries other staff modules append to: (endpoint, label).
MENU: list = []


def staff_menu():
    from flask_login import current_user

    from app.staff.auth import RANK

    return [(endpoint, label) for endpoint, label, role in MENU
            if RANK.get(getattr(current_user, "role", ""), 0) >= RANK[role]]


def _today():
    from datetime import date

    return date.today()
