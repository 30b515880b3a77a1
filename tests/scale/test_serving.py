"""Production serving: compressed pages, static files cached for a year under a content hash."""
import gzip
import re

from flask.testing import FlaskClient

from app import create_app
from app.extensions import db
from config import TestConfig

ONE_YEAR = 31536000


def _plain_client(tmp_path):
    app = create_app(TestConfig)
    app.config.update(INSTANCE_PATH=str(tmp_path))
    with app.app_context():
        db.create_all()
        from app import demo

        demo.load()
    return app, FlaskClient(app)


def test_html_is_gzip_compressed_when_the_browser_asks(tmp_path):
    app, client = _plain_client(tmp_path)
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    squeezed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert plain.status_code == squeezed.status_code == 200
    assert "Content-Encoding" not in plain.headers
    assert squeezed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in squeezed.headers.get("Vary", "")
    body = gzip.decompress(squeezed.get_data())
    assert len(squeezed.get_data()) < len(body) / 2
    assert b"Changes to day centres" in body
    with app.app_context():
        db.drop_all()


def test_static_files_carry_a_content_hash_and_are_cached_for_a_year(tmp_path):
    app, client = _plain_client(tmp_path)
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'href="(/assets/([0-9a-f]{10})/app\.css)"', html)
    assert match, "the page links its CSS under /assets/<hash>/"
    css = client.get(match.group(1), headers={"Accept-Encoding": "gzip"})
    assert css.status_code == 200
    cache = css.headers["Cache-Control"]
    assert f"max-age={ONE_YEAR}" in cache and "immutable" in cache
    assert css.headers["Content-Encoding"] == "gzip"
    # A stale hash is refused rather than served with a year's caching.
    stale = client.get(match.group(1).replace(match.group(2), "0000000000"))
    assert stale.status_code == 404
    with app.app_context():
        db.drop_all()
