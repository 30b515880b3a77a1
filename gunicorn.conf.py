"""gunicorn settings for `make serve`: workers from the CPU count, loopback by default.

Serve behind a buffering proxy (deploy/nginx.conf): sync workers handle one request each, so
a client that sends slowly would hold a worker. The proxy reads whole requests first."""
import multiprocessing
import os

os.environ.setdefault("EASYREAD_CONFIG", "production")  # wsgi.py: ProductionConfig

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 20
accesslog = None  # access logs would hold codes in query strings; the app logs what it needs
errorlog = "-"
preload_app = False  # each worker warms its own readability dictionary


def on_starting(server):
    """Refuse a weak secret key once, in the master, before any worker starts."""
    from config import INSTANCE_DIR, instance_secret_key, refuse_message, secret_key_problem

    problem = secret_key_problem(os.environ.get("SECRET_KEY") or instance_secret_key(INSTANCE_DIR))
    if problem:
        raise SystemExit(refuse_message(problem))
