"""The Easy Read Participation web app."""
from inspect import iscoroutinefunction

from flask import Flask

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

    from app import (assets, cli, content, content_version, database, display, errors, helpers,
                     i18n, security, sessions)
    from app.extensions import compress, csrf, db, init_limiter, migrate

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
    from app.main.routes import bp as main_bp
    from app.participate.routes import bp as participate_bp

    app.register_blueprint(main_bp)
    app.register_blueprint(participate_bp)
    for optional in ("carers", "glossary", "involve", "readability", "speech", "staff"):
        module = _optional_blueprint(optional)
        if module is not None and hasattr(module, "register"):
            module.register(app)


def _optional_blueprint(name: str):
    """Areas register themselves through a register(app) function in their package."""
    import importlib

    try:
        return importlib.import_module(f"app.{name}")
    except ModuleNotFoundError as error:
        if error.name != f"app.{name}":
            raise
        return None
