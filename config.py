"""Settings, read from the environment. Defaults are safe for a laptop demo."""
import os
import secrets
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent
INSTANCE_DIR = Path(os.environ.get("INSTANCE_PATH", BASE_DIR / "instance"))


def _bool(name: str, default: bool = False) -> bool:
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


# --- the secret key --------------------------------------------------------------------------
# It signs sessions: anyone who knows it can make themselves an admin session. It comes from
# SECRET_KEY in the environment, or else from instance/secret_key, made at random on first use.
OLD_DEFAULT_KEY = "dev-only-change-me"  # the key this app shipped with: public, never usable
MIN_SECRET_KEY_LENGTH = 32


def instance_secret_key(instance_dir: Path) -> str:
    """The key in instance_dir/secret_key; a new random one (file mode 0600) if none yet."""
    path = instance_dir / "secret_key"
    if path.exists():
        key = path.read_text().strip()
        if key:
            return key
    instance_dir.mkdir(parents=True, exist_ok=True)
    made = path.with_name(f".secret_key.{os.getpid()}")
    fd = os.open(made, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as handle:
        handle.write(secrets.token_urlsafe(48) + "\n")
    try:
        os.link(made, path)  # atomic: two workers starting at once end up with one key
    except FileExistsError:
        pass
    finally:
        made.unlink()
    return path.read_text().strip()


def secret_key_problem(key: str | None) -> str | None:
    """Why a key must not be used outside debug and testing, or None."""
    if not key:
        return "SECRET_KEY is empty."
    if key == OLD_DEFAULT_KEY:
        return "SECRET_KEY is the old public default ('dev-only-change-me')."
    if len(key) < MIN_SECRET_KEY_LENGTH:
        return f"SECRET_KEY has {len(key)} characters; use {MIN_SECRET_KEY_LENGTH} or more."
    return None


def refuse_message(problem: str) -> str:
    return (f"Refusing to start: {problem} Anyone who knows the key can forge a staff login. "
            "Unset SECRET_KEY to use a random key kept in instance/secret_key, or set it to "
            "the output of: python3 -c 'import secrets; print(secrets.token_urlsafe(48))'")


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or None  # None: instance/secret_key (see above)
    SQLALCHEMY_DATABASE_URI = os.environ.get(
        "DATABASE_URL", f"sqlite:///{INSTANCE_DIR / 'easyread.sqlite'}"
    )
    # A server database can drop idle connections: test each one as it leaves the pool.
    # An embedded SQLite file cannot, and the test would cost a query on every request.
    # hide_parameters: a database error never puts what people typed into the error log.
    SQLALCHEMY_ENGINE_OPTIONS: dict = (
        {"hide_parameters": True} if SQLALCHEMY_DATABASE_URI.startswith("sqlite")
        else {"pool_pre_ping": True, "hide_parameters": True})

    # Languages: one catalog in translations/ and one line in app/i18n.py LANGUAGES.
    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Europe/London"
    BABEL_TRANSLATION_DIRECTORIES = str(BASE_DIR / "translations")

    # Proxies in front of the app that we trust to set X-Forwarded-For and -Proto (nginx: 1).
    # 0 believes no such header: without a proxy anyone could write one.
    PROXY_FIX_HOPS = int(os.environ.get("PROXY_FIX_HOPS", "0"))
    STAFF_IDLE_MINUTES = int(os.environ.get("STAFF_IDLE_MINUTES", "30"))
    # Shared tablets: a browser left alone this long forgets the response it was on (the
    # person comes back with their code).
    PARTICIPANT_IDLE_MINUTES = int(os.environ.get("PARTICIPANT_IDLE_MINUTES", "20"))

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = _bool("HTTPS", False)
    REMEMBER_COOKIE_HTTPONLY = True
    REMEMBER_COOKIE_SAMESITE = "Lax"
    REMEMBER_COOKIE_SECURE = SESSION_COOKIE_SECURE
    PERMANENT_SESSION_LIFETIME = timedelta(hours=int(os.environ.get("SESSION_HOURS", "8")))
    WTF_CSRF_TIME_LIMIT = None  # tied to the session instead, so slow readers never lose a form
    MAX_CONTENT_LENGTH = int(os.environ.get("MAX_UPLOAD_BYTES", 5 * 1024 * 1024))

    COMPRESS_MIMETYPES = ["text/html", "text/css", "text/plain", "application/json",
                          "image/svg+xml", "text/csv"]
    COMPRESS_ALGORITHM = ["br", "gzip"]
    # Static files are sent as streams: without these, CSS goes out uncompressed to browsers
    # that only offer gzip, and without conditional-request (304) handling.
    COMPRESS_ALGORITHM_STREAMING = ["br", "gzip"]
    COMPRESS_STREAMING_ENDPOINT_CONDITIONAL = ["static", "hashed_static"]
    COMPRESS_MIN_SIZE = 500
    # memory:// counts per process; with several workers or servers use redis://host:6379/0
    # (every process then shares one count).
    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    RATELIMIT_HEADERS_ENABLED = True
    CODE_LOOKUP_LIMIT = os.environ.get("CODE_LOOKUP_LIMIT", "10 per 10 minutes")
    # Expenses and payment for time on the get-involved register (issue 19), in pence.
    INVOLVEMENT_HOURLY_RATE_PENCE = int(os.environ.get("INVOLVEMENT_HOURLY_RATE_PENCE", "1500"))
    INVOLVEMENT_MILE_RATE_PENCE = int(os.environ.get("INVOLVEMENT_MILE_RATE_PENCE", "45"))

    SPEECH_CACHE_DIR = os.environ.get("SPEECH_CACHE_DIR", str(INSTANCE_DIR / "speech-cache"))
    SPEECH_ENABLED = _bool("SPEECH_ENABLED", True)

    READABILITY_STAFF_ONLY = _bool("READABILITY_STAFF_ONLY", False)
    SAFEGUARDING_PHONE = os.environ.get("SAFEGUARDING_PHONE", "0300 123 4567")
    # Safeguarding alerts by email (app/alerts.py): a link only, never what the person wrote.
    # No MAIL_SERVER or no SAFEGUARDING_ALERT_TO: no emails (the staff queue still shows all).
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "")
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "25"))
    MAIL_USE_TLS = _bool("MAIL_USE_TLS", False)
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME", "")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD", "")
    MAIL_FROM = os.environ.get("MAIL_FROM", "no-reply@example.org")
    SAFEGUARDING_ALERT_TO = os.environ.get("SAFEGUARDING_ALERT_TO", "")
    COUNCIL_NAME = os.environ.get("COUNCIL_NAME", "Demo Council")
    # Where people report an accessibility problem (the accessibility statement).
    ACCESSIBILITY_EMAIL = os.environ.get("ACCESSIBILITY_EMAIL", "access@example.org")
    ACCESSIBILITY_PHONE = os.environ.get("ACCESSIBILITY_PHONE", "0300 123 4568")
    RETENTION_MONTHS = int(os.environ.get("RETENTION_MONTHS", "24"))
    DRAFT_RETENTION_DAYS = int(os.environ.get("DRAFT_RETENTION_DAYS", "90"))
    LOAD_DEMO_DATA = _bool("LOAD_DEMO_DATA", True)
    # Languages the council offers people, e.g. "cy,pl,ur": publishing warns when one of them
    # is missing texts. Empty means every language the app has.
    OFFERED_LANGUAGES = os.environ.get("OFFERED_LANGUAGES", "")


class TestConfig(Config):
    TESTING = True
    SECRET_KEY = "test"
    SQLALCHEMY_DATABASE_URI = os.environ.get("TEST_DATABASE_URL", "sqlite://")
    RATELIMIT_ENABLED = True
    SPEECH_ENABLED = False


class ProductionConfig(Config):
    SESSION_COOKIE_SECURE = _bool("HTTPS", True)
