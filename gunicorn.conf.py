"""gunicorn settings for `make serve`: workers from the CPU count, loopback by default."""
import multiprocessing
import os

bind = os.environ.get("BIND", "127.0.0.1:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
worker_class = "sync"
timeout = 30
graceful_timeout = 20
accesslog = None  # access logs would hold codes in query strings; the app logs what it needs
errorlog = "-"
preload_app = False  # each worker warms its own readability dictionary
