"""The one module-level app, for gunicorn and the flask command.

EASYREAD_CONFIG=production (set by gunicorn.conf.py, so `make serve`) uses ProductionConfig."""
import os

from app import create_app
from config import ProductionConfig

app = create_app(ProductionConfig if os.environ.get("EASYREAD_CONFIG") == "production" else None)
