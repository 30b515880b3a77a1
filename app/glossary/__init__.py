"""The glossary ("word list"): /glossary pages, auto-linking of glossary words in
consultation text, and staff editing at /staff/glossary."""
from flask import Flask

from app.glossary import linker


def init_app(app: Flask) -> None:
    linker.install(app)
