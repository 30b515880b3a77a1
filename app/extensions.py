"""Extensions, created unbound and attached in create_app()."""
from flask_babel import Babel
from flask_compress import Compress
from flask_limiter import Limiter
from flask_limiter.util import get_remote_address
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from sqlalchemy.orm import DeclarativeBase


class Base(DeclarativeBase):
    pass


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
login_manager = LoginManager()
limiter = Limiter(key_func=get_remote_address, default_limits=[])
compress = Compress()


def init_limiter(app) -> None:
    """Rate limits here are all on views (@limiter.limit), and each such view checks its own
    limits when it runs. The limiter's before-request check looks only for app-wide limits,
    which we do not set, yet costs a tenth of a small page's time: so leave it out."""
    limiter.init_app(app)
    manager = limiter.limit_manager
    if manager._default_limits or manager._application_limits:  # noqa: SLF001
        return  # app-wide limits need the before-request check after all
    checks = app.before_request_funcs.get(None, [])
    if limiter._check_request_limit in checks:  # noqa: SLF001
        checks.remove(limiter._check_request_limit)  # noqa: SLF001
