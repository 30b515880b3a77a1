"""The Easy Read Participation web app."""
from flask import Flask

from config import INSTANCE_DIR, Config


def create_app(config: type[Config] | dict | None = None) -> Flask:
    app = Flask(__name__, instance_path=str(INSTANCE_DIR), instance_relative_config=False)
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
    for optional in ("carers", "glossary", "readability", "speech", "staff"):
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
