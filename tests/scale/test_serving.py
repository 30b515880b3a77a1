"""Production serving: compressed pages, static files cached for a year under a content hash."""
import gzip
import re

from flask.testing import FlaskClient


ONE_YEAR = 31536000


def _plain_client(app):
    """A client without the page gate: these tests look at CSS and compressed bytes.
    The shared `app` fixture gives the same database set-up on SQLite and PostgreSQL."""
    return app, FlaskClient(app)


def test_html_is_gzip_compressed_when_the_browser_asks(app):
    app, client = _plain_client(app)
    plain = client.get("/", headers={"Accept-Encoding": "identity"})
    squeezed = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert plain.status_code == squeezed.status_code == 200
    assert "Content-Encoding" not in plain.headers
    assert squeezed.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in squeezed.headers.get("Vary", "")
    body = gzip.decompress(squeezed.get_data())
    assert len(squeezed.get_data()) < len(body) / 2
    assert b"Changes to day centres" in body


def test_static_files_carry_a_content_hash_and_are_cached_for_a_year(app):
    app, client = _plain_client(app)
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
