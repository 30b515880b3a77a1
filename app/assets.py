"""Static files with a content hash in their address, cached for a year."""
import hashlib
from pathlib import Path

from flask import Flask, abort, send_from_directory, url_for

ONE_YEAR = 365 * 24 * 3600


def init_app(app: Flask) -> None:
    static_dir = Path(app.static_folder)
    hashes: dict[str, str] = {}

    def content_hash(filename: str) -> str:
        if filename not in hashes or app.debug:
            path = static_dir / filename
            hashes[filename] = hashlib.sha256(path.read_bytes()).hexdigest()[:10]
        return hashes[filename]

    def asset_url(filename: str) -> str:
        return url_for("hashed_static", digest=content_hash(filename), filename=filename)

    @app.route("/assets/<digest>/<path:filename>")
    def hashed_static(digest: str, filename: str):
        if not (static_dir / filename).is_file() or digest != content_hash(filename):
            abort(404)
        response = send_from_directory(static_dir, filename, max_age=ONE_YEAR)
        response.headers["Cache-Control"] = f"public, max-age={ONE_YEAR}, immutable"
        return response

    app.jinja_env.globals["asset_url"] = asset_url
