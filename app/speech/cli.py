"""flask speech status | flask speech warm: is read aloud on, and make audio ahead of time."""
from __future__ import annotations

import click
from flask import current_app
from flask.cli import AppGroup
from sqlalchemy import select

from app.extensions import db
from app.i18n import LANGUAGES
from app.models import Consultation, GlossaryTerm
from app.speech import get_engine, jobs_for, make_clips, sources

speech = AppGroup("speech", help="Read aloud: check it works, make audio ahead of time.")

HOW_TO_ENABLE = (
    "  To turn it on, install espeak-ng and restart the app:\n"
    "    sudo apt-get install libespeak-ng1 espeak-ng-data\n"
    "  (macOS: brew install espeak-ng). The Python packages pyttsx3 and lameenc\n"
    "  come from requirements.txt."
)


@speech.command("status")
def status() -> None:
    """Say whether read aloud works, and how to turn it on if not."""
    config = current_app.config
    engine = current_app.extensions.get("speech")
    if not config.get("SPEECH_ENABLED", True):
        click.echo("Read aloud (Listen) is turned off: SPEECH_ENABLED is false.")
        return
    if engine is None or not engine.available():
        click.echo("Read aloud (Listen) is off: espeak-ng is not installed. "
                   "Pages work without it.")
        click.echo(HOW_TO_ENABLE)
        return
    click.echo(f"Read aloud (Listen) is on. Audio is kept in {engine.cache_dir}")


@speech.command("warm")
@click.option("--slug", help="Only this consultation (default: every published one).")
@click.option("--speed", "speeds", type=click.Choice(["normal", "slower"]), multiple=True,
              help="Speed to make (repeat for both). Default: normal.")
def warm(slug: str | None, speeds: tuple[str, ...]) -> None:
    """Make the audio for published consultations now, so Listen starts at once."""
    engine = get_engine()
    if engine is None:
        click.echo("Read aloud is off, so there is nothing to make. "
                   "Run `flask speech status` to see why.")
        raise SystemExit(1)
    speeds = speeds or ("normal",)
    query = select(Consultation).where(Consultation.published_at.is_not(None))
    if slug:
        query = query.where(Consultation.slug == slug)
    consultations = list(db.session.scalars(query.order_by(Consultation.id)))
    if slug and not consultations:
        click.echo(f"No published consultation with the slug {slug!r}.")
        raise SystemExit(1)
    ready = failed = 0
    with current_app.test_request_context("/"):
        for consultation in consultations:
            jobs = jobs_for(sources.consultation_sources(consultation),
                            sources.content_languages(consultation), speeds)
            made = make_clips(engine, jobs)
            click.echo(f"{consultation.slug}: {made[0]} clips ready, {made[1]} failed")
            ready, failed = ready + made[0], failed + made[1]
        if not slug:
            keys = [("page", key) for key in sources.PAGES]
            terms = db.session.scalars(select(GlossaryTerm.slug).where(
                GlossaryTerm.retired.is_(False)))
            keys += [("glossary", term) for term in terms]
            made = make_clips(engine, jobs_for(keys, list(LANGUAGES), speeds))
            click.echo(f"pages and word list: {made[0]} clips ready, {made[1]} failed")
            ready, failed = ready + made[0], failed + made[1]
    click.echo(f"Done: {ready} clips ready, {failed} failed.")
    if failed:
        raise SystemExit(1)
