import click
from flask import Flask

from app.staff.purge import purge_expired_command
from app.staff_accounts import create_user, email_taken, password_problem


def init_app(app: Flask) -> None:
    app.cli.add_command(create_admin)

    app.cli.add_command(purge_expired_command)


@click.command("create-admin")
@click.option("--email", required=True)
@click.option("--password", prompt=True, hide_input=True, confirmation_prompt=True)
def create_admin(email: str, password: str) -> None:
    """Make an admin account (asks for the password when --password is left out)."""
    problem = password_problem(password)
    if problem:
        raise click.ClickException(f"Password refused: {problem}. Use 12 or more characters "
                                   "that are not a common password.")
    if email_taken(email):
        raise click.ClickException(f"There is already an account for {email.strip().lower()}. "
                                   "Use another email address, or change that account's role "
                                   "on the staff Users page.")
    create_user(email, password, "admin")
    click.echo(f"Admin account made for {email}.")
