"""/listen/<kind>/<key>.mp3: the audio of one thing the app shows, in one language and speed.

The address names a source, never text, so the app can only say what it already shows.
Language and speed come from the address (the Listen control puts them there) or else from
the person's language and display settings.
"""
from __future__ import annotations

import hashlib
import io

from flask import Blueprint, abort, current_app, g, render_template, request, send_file
from flask.globals import request_ctx
from flask_babel import gettext

from app.extensions import limiter
from app.i18n import current_lang
from app.speech import current_speed, get_engine, note_failure, sources

bp = Blueprint("speech", __name__)


def _limit() -> str:
    return current_app.config.get("SPEECH_RATE_LIMIT", "60 per minute")


def _made_or_failed(response) -> bool:
    """Only requests that started a synthesis count against the limit (cache hits are free)."""
    return bool(g.get("speech_synthesised"))


@bp.route("/listen/<kind>/<key>.mp3")
@limiter.limit(_limit, deduct_when=_made_or_failed)
def clip(kind: str, key: str):
    lang = current_lang()
    # The language in the address picks the voice; it must not also set the language cookie
    # (this response may be kept by shared caches).
    g.pop("lang_asked", None)
    # Nor refresh the session cookie: no Set-Cookie on audio that shared caches may keep.
    # (Flask saves the session after every after_request hook, so swap in a null session.)
    request_ctx._session = current_app.session_interface.make_null_session(current_app)
    speed = current_speed()
    engine = get_engine()
    if engine is None or engine.voice_for(lang) is None or kind not in sources.KINDS:
        abort(404)
    source = sources.find(kind, key, lang)
    if source is None:
        abort(404)
    part_arg = request.args.get("part", "0")
    if not part_arg.isdigit() or int(part_arg) >= len(source.parts):
        abort(404)
    part = source.parts[int(part_arg)]
    if any(engine.voice_for(segment.lang) is None for segment in part.segments):
        abort(404)
    rate = engine.rate_for(speed)
    g.speech_synthesised = not all(
        engine.cached_path(seg.text, engine.voice_for(seg.lang), rate).exists()
        for seg in part.segments)
    paths = [engine.get_or_make(seg.text, seg.lang, speed) for seg in part.segments]
    if None in paths:
        note_failure()
        return render_template(
            "errors/error.html", title=gettext("You cannot listen to this just now"),
            message=gettext("Please read the page instead. Or try again later.")), 503, {
                "Retry-After": "300"}
    max_age = int(current_app.config.get("SPEECH_CLIP_MAX_AGE", 86400))
    if len(paths) == 1:
        response = send_file(paths[0], mimetype="audio/mpeg", etag=paths[0].stem,
                             download_name="listen.mp3", conditional=True, max_age=max_age)
    else:
        # Each voice's clip is made and kept on its own; MP3 frames play on when joined.
        data = b"".join(path.read_bytes() for path in paths)
        etag = hashlib.sha256("|".join(path.stem for path in paths).encode()).hexdigest()[:32]
        response = send_file(io.BytesIO(data), mimetype="audio/mpeg", etag=etag,
                             download_name="listen.mp3", conditional=True, max_age=max_age)
    if "lang" not in request.args or "speed" not in request.args:
        # The clip depends on cookies: keep it out of shared caches.
        response.cache_control.public = False
        response.cache_control.private = True
        response.vary.update(("Cookie", "Accept-Language"))
    return response
