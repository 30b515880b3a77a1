"""Read aloud: /listen audio, the synthesis worker process and the disk cache.

engine.py (stdlib only) makes and caches MP3 clips; worker.py runs in its own process.
sources.py says what each address reads (only text the app shows), routes.py serves the
clips, cli.py has `flask speech status` and `flask speech warm`.

Pages never wait for synthesis: a page only works out the addresses of its clips. A clip
is made when someone asks for it (or ahead of time, when a consultation is published).
"""
from __future__ import annotations

import hashlib
import logging
import queue
import threading
import time
from collections.abc import Iterable

from flask import Flask, current_app, g, has_request_context, request, url_for
from flask_babel import gettext
from markupsafe import Markup, escape

from app import display
from app.i18n import current_lang
from app.speech import sources
from app.speech.engine import SpeechEngine

log = logging.getLogger(__name__)

SPEEDS = ("normal", "slower")
# After a synthesis fails, show Listen only for clips already made, for this long.
FAILURE_PAUSE = 300


def init_app(app: Flask) -> None:
    app.config.setdefault("SPEECH_ENABLED", True)
    app.config.setdefault("SPEECH_TIMEOUT", 30)
    app.config.setdefault("SPEECH_RATE_LIMIT", "60 per minute")
    app.config.setdefault("SPEECH_CLIP_MAX_AGE", 86400)
    app.extensions["speech"] = SpeechEngine(app.config["SPEECH_CACHE_DIR"],
                                            timeout=float(app.config["SPEECH_TIMEOUT"]))
    app.extensions["speech_failed_until"] = 0.0
    app.jinja_env.globals.update(listen=listen, listen_page=listen_page,
                                 reading_aloud=lambda: bool(g.get("_speech_rendering")))


# --- the engine, if read aloud can work at all ----------------------------------------------

def get_engine(app: Flask | None = None) -> SpeechEngine | None:
    """The app's engine, or None when read aloud is turned off or espeak-ng is missing."""
    app = app or current_app
    if not app.config.get("SPEECH_ENABLED", True):
        return None
    engine = app.extensions.get("speech")
    if engine is None or not engine.available():
        return None
    return engine


def page_state() -> str | None:
    """What a shared page (app/page_cache.py) depends on: "on", "off", or None just after a
    synthesis failed (the page then offers only clips already made, which changes)."""
    if get_engine() is None:
        return "off"
    return None if failing() else "on"


def note_failure(app: Flask | None = None) -> None:
    app = app or current_app
    app.extensions["speech_failed_until"] = time.monotonic() + FAILURE_PAUSE


def failing(app: Flask | None = None) -> bool:
    app = app or current_app
    return time.monotonic() < app.extensions.get("speech_failed_until", 0.0)


def current_speed() -> str:
    asked = request.args.get("speed", "")
    return asked if asked in SPEEDS else display.current().speed


def clip_version(engine: SpeechEngine, text: str, lang: str, speed: str) -> str:
    voice = engine.voice_for(lang) or ""
    return engine.cache_key(text, voice, engine.rate_for(speed))[:12]


def part_version(engine: SpeechEngine, part, speed: str) -> str:
    """Changes whenever any of the player's clips would change."""
    versions = [clip_version(engine, seg.text, seg.lang, speed) for seg in part.segments]
    return versions[0] if len(versions) == 1 else hashlib.sha256(
        "".join(versions).encode()).hexdigest()[:12]


# --- template globals -----------------------------------------------------------------------

def _no_voice_notice() -> Markup:
    """Once per page: this language has no voice, so there is nothing to listen to."""
    if g.get("_speech_notice"):
        return Markup("")
    g._speech_notice = True
    return Markup('<p class="note">{}</p>').format(
        gettext("You cannot listen to pages in this language yet."))


def _next_id() -> str:
    g._listen_ids = g.get("_listen_ids", 0) + 1
    return f"listen-{g._listen_ids}"


def _labels(kind: str, name: str) -> tuple[Markup, str]:
    """(visible caption, words for 'part N of M' captions) for one kind of source."""
    if kind in ("page", "consultation"):
        return Markup(escape(gettext("Listen to this page"))), "page"
    if kind == "question":
        return Markup(escape(gettext("Listen to the question"))), "question"
    hidden = Markup('<span class="visually-hidden">: {}</span>').format(name) if name else ""
    return Markup("{}{}").format(gettext("Listen"), hidden), "other"


def render_control(kind: str, key: str) -> Markup:
    if g.get("_speech_rendering"):
        return Markup("")
    engine = get_engine()
    if engine is None:
        return Markup("")

    lang = current_lang()
    if engine.voice_for(lang) is None:
        return _no_voice_notice()
    try:
        source = sources.find(kind, str(key), lang)
    except Exception:  # never break a page because of audio
        log.warning("speech: cannot work out the text of %s/%s", kind, key, exc_info=True)
        return Markup("")
    if source is None:
        return Markup("")
    speed = current_speed()
    parts = [p for p in source.parts
             if all(engine.voice_for(seg.lang) for seg in p.segments)]
    if not parts:
        return Markup("")
    if failing():
        # Synthesis failed a moment ago: offer only clips that are already made.
        rate = engine.rate_for(speed)
        if not all(engine.cached_path(seg.text, engine.voice_for(seg.lang), rate).exists()
                   for p in parts for seg in p.segments):
            return Markup("")
    caption, family = _labels(kind, source.name)
    total = len(source.parts)
    html = ['<div class="listen">']
    for index, part in enumerate(source.parts):
        if part not in parts:
            continue
        args = {"kind": kind, "key": key, "lang": lang, "speed": speed,
                "v": part_version(engine, part, speed)}
        if index:
            args["part"] = index
        url = url_for("speech.clip", **args)
        ident = _next_id()
        if total == 1:
            label = caption
        elif family == "page":
            label = escape(gettext("Listen to this page, part %(num)s of %(total)s",
                                   num=index + 1, total=total))
        elif family == "question":
            label = escape(gettext("Listen to the question, part %(num)s of %(total)s",
                                   num=index + 1, total=total))
        else:
            label = escape(gettext("Listen, part %(num)s of %(total)s", num=index + 1,
                                   total=total))
        other_lang = Markup(' lang="{}"').format(part.lang) if part.lang != lang else ""
        html.append(Markup(
            '<p id="{id}">{label}</p>'
            '<audio controls preload="none" src="{url}" aria-labelledby="{id}"{other}>'
            '<a href="{url}" type="audio/mpeg">{label}</a></audio>'
        ).format(id=ident, label=label, url=url, other=other_lang))
    if len(html) > 2:
        # Later parts wait behind a "more" so the page's own words come first.
        summary = escape(gettext("More parts to listen to"))
        html[2:] = [Markup('<details class="more-parts"><summary>{}</summary>').format(summary),
                    *html[2:], Markup("</details>")]
    html.append("</div>")
    return Markup("".join(str(piece) for piece in html))


def listen(kind, key) -> Markup:
    """A Listen control for one source (question, option, glossary ...), or nothing."""
    return render_control(str(kind), str(key))


def listen_page(name: str | None = None) -> Markup:
    """A Listen control for the page's main text; or, once, "no voice in this language".

    ``name`` is for a page that a view shows in place of its usual one (see
    sources.OTHER_TEMPLATES); without it the page is found from the address."""
    if g.get("_speech_rendering"):
        return Markup("")

    if name:
        found = sources.page_for_template(name, request.view_args)
    else:
        found = sources.page_for_request(request.endpoint, request.view_args)
    if found is None:
        engine = get_engine()

        if engine is not None and engine.voice_for(current_lang()) is None:
            return _no_voice_notice()
        return Markup("")
    return render_control(*found)


# --- making clips ahead of time -------------------------------------------------------------

Job = tuple[str, str, str]  # (speech text, lang, speed)
_queue: queue.Queue[tuple[SpeechEngine, Job]] = queue.Queue()
_worker_lock = threading.Lock()
_worker: threading.Thread | None = None


def jobs_for(keys: Iterable[tuple[str, str]], langs: Iterable[str],
             speeds: Iterable[str] = ("normal",)) -> list[Job]:
    """The clips for some sources in some languages. Needs a request context."""
    engine = current_app.extensions.get("speech")
    jobs: list[Job] = []
    seen: set[Job] = set()
    for lang in langs:
        if engine is not None and engine.voice_for(lang) is None:
            continue
        for kind, key in keys:
            source = sources.find(kind, key, lang)
            if source is None:
                continue
            for segment in (seg for part in source.parts for seg in part.segments):
                for speed in speeds:
                    job = (segment.text, segment.lang, speed)
                    if job not in seen:
                        seen.add(job)
                        jobs.append(job)
    return jobs


def make_clips(engine: SpeechEngine, jobs: Iterable[Job]) -> tuple[int, int]:
    """Make each clip that is not in the cache yet. Returns (ready, failed)."""
    ready = failed = 0
    for text, lang, speed in jobs:
        if engine.get_or_make(text, lang, speed) is None:
            failed += 1
        else:
            ready += 1
    return ready, failed


def _run_queue() -> None:
    while True:
        engine, job = _queue.get()
        try:
            make_clips(engine, [job])
        finally:
            _queue.task_done()


def _start_worker() -> None:
    global _worker
    with _worker_lock:
        if _worker is None or not _worker.is_alive():
            _worker = threading.Thread(target=_run_queue, name="speech-warm", daemon=True)
            _worker.start()


def warm_consultation(consultation, *, speeds: Iterable[str] = ("normal",),
                      background: bool = True) -> int:
    """Make the audio for a consultation ahead of time (the staff area calls this on publish).

    Works out the texts now (quick: database reads and text rules) and makes the clips in a
    background thread, each in its own worker process, so publishing never waits. Returns
    the number of clips queued (or made, with ``background=False``); 0 when read aloud is off.
    """
    try:
        engine = get_engine()
        if engine is None:
            return 0

        keys = sources.consultation_sources(consultation) + [("page", "home")]
        langs = sources.content_languages(consultation)
        if has_request_context():
            saved = g.get("english_parts")
            try:
                jobs = jobs_for(keys, langs, speeds)
            finally:
                g.english_parts = saved
        else:  # a script or the CLI: make a request to work in
            with current_app.test_request_context("/"):
                jobs = jobs_for(keys, langs, speeds)
        if not background:
            make_clips(engine, jobs)
            return len(jobs)
        for job in jobs:
            _queue.put((engine, job))
        _start_worker()
        return len(jobs)
    except Exception:  # publishing must never fail because of audio
        log.warning("speech: could not prepare audio for a consultation", exc_info=True)
        return 0
