"""The Easy Read Participation web app."""
from inspect import iscoroutinefunction

from flask import Flask

from app.extensions import compress, csrf, db, init_limiter, migrate
from config import INSTANCE_DIR, Config


class App(Flask):
    """Flask, asking once per function whether it is async (there are none here), not on
    every call: Flask asks for each view and hook on every request, about a dozen times."""

    KNOWN_MAX = 1000  # views and hooks are a few dozen; one-off functions are not kept

    def ensure_sync(self, func):
        known = self.__dict__.setdefault("_sync_functions", {})
        made = known.get(func)
        if made is None:
            made = self.async_to_sync(func) if iscoroutinefunction(func) else func
            if len(known) < self.KNOWN_MAX:
                known[func] = made
        return made


def create_app(config: type[Config] | dict | None = None) -> Flask:
    app = App(__name__, instance_path=str(INSTANCE_DIR), instance_relative_config=False)
    app.config.from_object(Config)
    if isinstance(config, dict):
        app.config.update(config)
    elif config is not None:
        app.config.from_object(config)
    INSTANCE_DIR.mkdir(parents=True, exist_ok=True)

    # why: these import app.extensions and app.models from this package (see _register_blueprints)
    from app import (assets, cli, content, content_version, database, display, errors, helpers,
                     i18n, security, sessions)

    db.init_app(app)
    migrate.init_app(app, db, directory=str(app.root_path + "/../migrations"))
    csrf.init_app(app)
    init_limiter(app)
    sessions.init_app(app)
    compress.init_app(app)
    database.init_app(app)
    content_version.init_app(app)
    i18n.init_app(app)
    display.init_app(app)
    content.init_app(app)
    helpers.init_app(app)
    assets.init_app(app)
    security.init_app(app)
    errors.init_app(app)
    cli.init_app(app)
    _register_blueprints(app)
    return app


def _register_blueprints(app: Flask) -> None:
    """Every area's blueprint, in one list, then each area's own setup.

    Imported here, not at the top: each area imports app.extensions and app.models, which
    live in this package, so importing them while this module loads would be a loop."""
    from app import carers, glossary, involve, page_cache, readability, speech, staff
    from app.carers import routes as carers_routes
    from app.glossary import routes as glossary_routes
    from app.glossary import staff as glossary_staff
    from app.involve import routes as involve_routes
    # These add their routes to the two involve blueprints.
    from app.involve import (carer_signup, expenses, expenses_staff,  # noqa: F401
                             meetings, meetings_staff)
    from app.involve import staff as involve_staff
    from app.main import routes as main_routes
    from app.participate import routes as participate_routes
    from app.participate.services import today
    from app.readability import routes as readability_routes
    from app.speech import cli as speech_cli
    from app.speech import routes as speech_routes
    # The staff blueprint lives in app/staff/routes.py; these modules add their routes to it.
    from app.staff import (builder, exports, outcomes, preview, results,  # noqa: F401
                           review, safeguarding, translation_files, translations, users)
    from app.staff import routes as staff_routes

    for blueprint in (main_routes.bp, participate_routes.bp, carers_routes.bp,
                      glossary_routes.bp, glossary_staff.bp, involve_routes.bp,
                      involve_staff.bp, readability_routes.bp, readability_routes.api_bp,
                      speech_routes.bp, staff_routes.bp):
        app.register_blueprint(blueprint)
    csrf.exempt(readability_routes.api)  # JSON for other programs: no form, changes nothing
    app.cli.add_command(speech_cli.speech)
    for area in (carers, glossary, involve, readability, speech, staff):
        area.init_app(app)
    # Shared pages change with the date (open or closed, days left) and with read aloud.
    page_cache.init_app(app, depends_on=(today, speech.page_state))
