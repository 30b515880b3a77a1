"""The baseline: a trivial Flask app, served the same way as the real one (bench/load.py)."""
from flask import Flask

app = Flask(__name__)


@app.route("/")
def hello():
    return "Hello, world!"


@app.route("/healthz")
def healthz():
    return {"status": "ok"}
