"""flask commands: seed, create-admin, purge-expired."""
from pathlib import Path
import secrets

import click
from flask import Flask, current_app
from sqlalchemy import select

from app import demo
from app.extensions import db
from app.models import Consultation
from app.staff_accounts import create_user


DEMO_LOGIN_FILE = "demo-login.txt"
DEMO_EMAIL = "admin@example.org"


def init_app(app: Flask) -> None:
    app.cli.add_command(seed)
    app.cli.add_command(demo_password)


@click.command("seed")
def seed() -> None:
    """Load the glossary and the demo data into an empty database."""
    if db.session.scalar(select(Consultation.id).limit(1)) is not None:
        click.echo("Database already has data: demo data not loaded.")
        return
    if not current_app.config["LOAD_DEMO_DATA"]:
        return
    demo.load()
    _make_demo_admin()
    click.echo("Demo data loaded.")


def _make_demo_admin() -> None:
    """A random password for the demo admin, kept in instance/ (never in the repo)."""
    password = secrets.token_urlsafe(12)
    create_user(DEMO_EMAIL, password, "admin")
    Path(current_app.instance_path, DEMO_LOGIN_FILE).write_text(password + "\n")


@click.command("demo-password")
def demo_password() -> None:
    """Print the demo admin password made by `flask seed`."""
    path = Path(current_app.instance_path, DEMO_LOGIN_FILE)
    click.echo(path.read_text().strip() if path.exists() else "(no demo login)")
