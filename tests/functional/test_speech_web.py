"""Read aloud on the web: Listen controls on pages and the /listen audio addresses.

Most tests use the real engine with a fake worker command (a tiny script that records each
job and prints a prepared MP3), so caching and the route are tested without espeak-ng.
"""
from __future__ import annotations

import html
import importlib.util
import json
import math
import re
import sys
import textwrap
from array import array
from pathlib import Path

import pytest
from sqlalchemy import select

from app.models import Consultation, GlossaryTerm, Option, Question
from app.speech import sources
from app.speech.engine import SpeechEngine, espeak_load_errors
from app.speech.mp3info import mp3_info
from tests.factories import drop_translations
from tests.helpers import post_form

SLUG = "day-centres"
BASE = f"/consultations/{SLUG}"
LIBC = ("libc.so.6", "libc.dylib")  # any loadable library: "espeak-ng is present"


def _tone_mp3() -> bytes:
    lameenc = pytest.importorskip("lameenc")
    samples = array("h", (int(8000 * math.sin(2 * math.pi * 220 * i / 22050)) for i in range(11025)))
    enc = lameenc.Encoder()
    enc.set_bit_rate(32)
    enc.set_in_sample_rate(22050)
    enc.set_out_sample_rate(22050)
    enc.set_channels(1)
    return bytes(enc.encode(samples.tobytes())) + bytes(enc.flush())


@pytest.fixture
def jobs_file(tmp_path) -> Path:
    return tmp_path / "jobs.jsonl"


def jobs(jobs_file: Path) -> list[dict]:
    if not jobs_file.exists():
        return []
    return [json.loads(line) for line in jobs_file.read_text().splitlines()]


@pytest.fixture
def fake_command(tmp_path, jobs_file) -> list[str]:
    mp3 = tmp_path / "tone.mp3"
    mp3.write_bytes(_tone_mp3())
    script = tmp_path / "fake_worker.py"
    script.write_text(textwrap.dedent(f"""
        import sys
        job = sys.stdin.read()
        with open({str(jobs_file)!r}, "a") as fh:
            fh.write(job.replace("\\n", " ") + "\\n")
        sys.stdout.buffer.write(open({str(mp3)!r}, "rb").read())
    """))
    return [sys.executable, str(script)]


def use_engine(app, engine: SpeechEngine) -> SpeechEngine:
    app.config.update(SPEECH_ENABLED=True, SPEECH_CACHE_DIR=str(engine.cache_dir))
    app.extensions["speech"] = engine
    app.extensions["speech_failed_until"] = 0.0
    return engine


@pytest.fixture
def speaking(app, tmp_path, fake_command) -> SpeechEngine:
    """Read aloud on, with a fake worker that always works."""
    return use_engine(app, SpeechEngine(tmp_path / "cache", command=fake_command,
                                        library_names=LIBC))


def start(client):
    return post_form(client, f"{BASE}/start", {"answering": "self", "helper_role": ""})


def listen_urls(page: str) -> list[str]:
    return [html.unescape(u) for u in re.findall(r'<audio [^>]*src="([^"]+)"', page)]


def question(db, number: int) -> Question:
    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    return [q for q in c.questions if not q.removed][number - 1]


# --- off, missing or failing: pages work exactly as before --------------------------------

def test_speech_off_in_test_config_shows_no_listen_control(client):
    for url in ("/", BASE, "/privacy"):
        page = client.get(url)
        assert page.status_code == 200
        assert 'class="listen"' not in page.get_data(as_text=True)
        assert "<audio" not in page.get_data(as_text=True)


def test_espeak_missing_pages_work_without_listen(app, client, tmp_path, caplog):
    use_engine(app, SpeechEngine(tmp_path / "cache", library_names=("libnot-there.so.9",)))
    with caplog.at_level("WARNING", logger="app.speech.engine"):
        for url in ("/", BASE, "/privacy", BASE):
            page = client.get(url)
            assert page.status_code == 200
            assert "<audio" not in page.get_data(as_text=True)
    warnings = [r for r in caplog.records if "cannot be loaded" in r.getMessage()]
    assert len(warnings) == 1  # logged once, not on every page
    assert client.get(f"/listen/consultation/{SLUG}.mp3?lang=en&speed=normal").status_code == 404


def test_failing_worker_leaves_pages_working_and_hides_listen(app, client, tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("import sys\nsys.exit(3)\n")
    use_engine(app, SpeechEngine(tmp_path / "cache", command=[sys.executable, str(broken)],
                                 library_names=LIBC))
    page = client.get(BASE).get_data(as_text=True)
    url = listen_urls(page)[0]
    audio = client.get(url)
    assert audio.status_code == 503
    assert "You cannot listen to this just now" in audio.get_data(as_text=True)
    # After a failure the page still works, now without the Listen control.
    again = client.get(BASE)
    assert again.status_code == 200
    assert "<audio" not in again.get_data(as_text=True)
    assert "Changes to day centres" in again.get_data(as_text=True)


# --- the controls ---------------------------------------------------------------------------

def test_question_page_has_listen_controls_that_download_nothing_until_asked(
        app, client, db, speaking, jobs_file):
    start(client)
    page = client.get(f"{BASE}/questions/3").get_data(as_text=True)
    q = question(db, 3)
    urls = listen_urls(page)
    assert any(u.startswith(f"/listen/question/{q.id}.mp3?") for u in urls)
    with_help = [o for o in q.options if o.help]
    assert with_help
    for option in with_help:
        assert any(u.startswith(f"/listen/option/{option.id}.mp3?") for u in urls)
    assert "Listen to the question" in page
    assert all('preload="none"' in tag for tag in re.findall(r"<audio [^>]*>", page))
    # A text link inside each player for browsers without audio support.
    assert page.count("<audio ") == len(re.findall(r'<a href="/listen/[^"]+" type="audio/mpeg"', page))
    assert jobs(jobs_file) == []  # showing the page made no audio


def test_listen_link_carries_language_and_speed(app, client, speaking):
    url = listen_urls(client.get(BASE).get_data(as_text=True))[0]
    assert "lang=en" in url and "speed=normal" in url
    post_form(client, "/settings", {"size": "standard", "contrast": "standard",
                                    "spacing": "standard", "speed": "slower", "pictures": "hide"})
    url = listen_urls(client.get(f"{BASE}?lang=pl").get_data(as_text=True))[0]
    assert "lang=pl" in url and "speed=slower" in url


def test_home_and_privacy_pages_have_listen_control(client, speaking):
    for url in ("/", "/privacy"):
        assert any(u.startswith("/listen/page/") for u in listen_urls(client.get(url).get_data(as_text=True)))


def test_language_without_voice_shows_no_listen_and_says_so_once(app, client, db, speaking,
                                                                 monkeypatch):
    monkeypatch.setattr(SpeechEngine, "voice_for",
                        staticmethod(lambda lang: None if (lang or "").startswith("cy") else "en"))
    page = client.get(f"{BASE}?lang=cy").get_data(as_text=True)
    assert "<audio" not in page
    from flask_babel import force_locale, gettext

    with app.test_request_context(), force_locale("cy"):
        notice = gettext("You cannot listen to pages in this language yet.")
    assert page.count(notice) == 1
    start(client)
    page = client.get(f"{BASE}/questions/3?lang=cy").get_data(as_text=True)
    assert "<audio" not in page
    assert page.count(notice) == 1
    english = client.get(f"{BASE}?lang=en").get_data(as_text=True)
    assert "<audio" in english and "You cannot listen" not in english


def test_long_page_is_split_into_parts_with_small_first_part(app, client, speaking):
    page = client.get(BASE).get_data(as_text=True)
    urls = listen_urls(page)
    assert len(urls) > 1
    assert "Listen to this page, part 1 of" in page
    assert "part=1" in urls[1]
    # Only the first part shows at once; the rest wait behind one "more".
    first, rest = page.split('<details class="more-parts">', 1)
    assert first.count("<audio ") == 1 and rest.split("</details>")[0].count("<audio ") >= 1
    with app.test_request_context("/"):
        source = sources.find("consultation", SLUG, "en")
    assert len(source.parts[0].text.split()) <= 30


# --- the audio addresses --------------------------------------------------------------------

def test_listen_url_serves_mp3_and_second_request_uses_the_cache(app, client, db, speaking, jobs_file):
    start(client)
    q = question(db, 1)
    page = client.get(f"{BASE}/questions/1").get_data(as_text=True)
    url = next(u for u in listen_urls(page) if u.startswith(f"/listen/question/{q.id}.mp3"))
    first = client.get(url)
    assert first.status_code == 200
    assert first.mimetype == "audio/mpeg"
    assert mp3_info(first.data).channels == 1
    assert "public" in first.headers["Cache-Control"] and "max-age=" in first.headers["Cache-Control"]
    assert first.headers.get("ETag")
    assert "Set-Cookie" not in first.headers  # shared caches may keep it
    made = jobs(jobs_file)
    assert len(made) == 1
    # What was read is the question, its help and its choices, made for listening.
    assert made[0]["text"].startswith("How do you feel about your day centre now?")
    assert "Very happy." in made[0]["text"]
    assert made[0]["voice"] == "en"

    second = client.get(url)
    assert second.status_code == 200 and second.data == first.data
    assert client.get(url, headers={"If-None-Match": first.headers["ETag"]}).status_code == 304
    head = client.head(url)
    assert head.status_code == 200 and head.data == b""
    assert int(head.headers["Content-Length"]) == len(first.data)
    assert len(jobs(jobs_file)) == 1  # the worker ran once


def test_slower_speed_is_a_different_clip(client, db, speaking, jobs_file):
    q = question(db, 1)
    client.get(f"/listen/question/{q.id}.mp3?lang=en&speed=normal")
    client.get(f"/listen/question/{q.id}.mp3?lang=en&speed=slower")
    rates = [job["rate"] for job in jobs(jobs_file)]
    assert len(rates) == 2 and rates[0] > rates[1]


def test_welsh_text_uses_welsh_voice_and_english_fallback_the_english_voice(
        client, db, speaking, jobs_file):
    # Home care has no Welsh yet: give its third question Welsh words, leave its options English.
    c = db.session.scalar(select(Consultation).where(Consultation.slug == "home-care"))
    q = [q for q in c.questions if q.kind == "one"][0]
    for option in q.options:  # the options are not in Welsh yet
        drop_translations(db, "option", option.id, "cy")
    set_translation(db, q, "text", "cy", "Beth sydd bwysicaf i chi?")
    set_translation(db, q, "help", "cy", "Dewiswch 1 ateb.")
    # One player reads the Welsh words and then the English options (issue 17).
    url = f"/listen/question/{q.id}.mp3?lang=cy&speed=normal"
    audio = client.get(url)
    assert audio.status_code == 200
    assert client.get(url + "&part=1").status_code == 404
    made = jobs(jobs_file)
    assert [job["voice"] for job in made] == ["cy", "en"]
    clips = [speaking.cached_path(job["text"], job["voice"], job["rate"]).read_bytes()
             for job in made]
    assert audio.data == b"".join(clips)
    assert made[0]["voice"] == "cy" and made[0]["text"].startswith("Beth sydd")
    # What has no Welsh yet is shown in English, so the English voice reads it.
    english = [job for job in made if "The same worker each time" in job["text"]]
    assert english and all(job["voice"] == "en" for job in english)


def set_translation(db, obj, field, lang, text):
    from app.models import ContentTranslation

    row = db.session.scalar(select(ContentTranslation).filter_by(
        entity=obj.__tablename__, entity_id=obj.id, field=field, lang=lang))
    if row is None:
        db.session.add(ContentTranslation(entity=obj.__tablename__, entity_id=obj.id,
                                          field=field, lang=lang, text=text))
    else:
        row.text = text
    db.session.commit()


@pytest.mark.parametrize("url", [
    "/listen/question/999999.mp3",
    "/listen/option/999999.mp3",
    "/listen/question/abc.mp3",
    "/listen/consultation/no-such-thing.mp3",
    "/listen/glossary/no-such-word.mp3",
    "/listen/page/staff.mp3",
    "/listen/text/hello.mp3",
    "/listen/anything.mp3",
    f"/listen/consultation/{SLUG}.mp3?part=99",
    f"/listen/consultation/{SLUG}.mp3?part=-1",
])
def test_unknown_kind_key_or_part_is_404(client, speaking, jobs_file, url):
    assert client.get(url).status_code == 404
    assert jobs(jobs_file) == []


def test_text_cannot_be_passed_in_the_address(client, db, speaking, jobs_file):
    q = question(db, 1)
    plain = client.get(f"/listen/question/{q.id}.mp3?lang=en&speed=normal")
    sneaky = client.get(f"/listen/question/{q.id}.mp3?lang=en&speed=normal&text=Say+something+rude")
    assert sneaky.status_code == 200 and sneaky.data == plain.data
    assert all("rude" not in job["text"] for job in jobs(jobs_file))
    assert len(jobs(jobs_file)) == 1
    assert client.get("/listen?text=hello").status_code == 404
    assert client.get("/listen/text.mp3?text=hello").status_code == 404


def test_drafts_removed_questions_and_retired_words_cannot_be_heard(app, client, db, speaking):
    draft = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    q = question(db, 1)
    term = db.session.scalar(select(GlossaryTerm).limit(1))
    assert client.get(f"/listen/glossary/{term.slug}.mp3").status_code == 200
    term.retired = True
    q.removed = True
    db.session.commit()
    assert client.get(f"/listen/glossary/{term.slug}.mp3").status_code == 404
    assert client.get(f"/listen/question/{q.id}.mp3").status_code == 404
    draft.published_at = None
    db.session.commit()
    assert client.get(f"/listen/consultation/{SLUG}.mp3").status_code == 404
    option = db.session.scalar(select(Option).limit(1))
    assert client.get(f"/listen/option/{option.id}.mp3").status_code in (200, 404)


def test_misses_are_rate_limited_but_cache_hits_are_not(app, client, db, speaking):
    app.config["SPEECH_RATE_LIMIT"] = "2 per minute"
    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    ids = [q.id for q in c.questions if not q.removed]
    assert client.get(f"/listen/question/{ids[0]}.mp3").status_code == 200
    assert client.get(f"/listen/question/{ids[1]}.mp3").status_code == 200
    assert client.get(f"/listen/question/{ids[2]}.mp3").status_code == 429


# --- speech text ----------------------------------------------------------------------------

def test_source_text_is_made_for_listening(app, db, speaking):
    with app.test_request_context("/"):
        page = sources.find("page", "home", "en")
        text = " ".join(p.text for p in page.parts)
        consultation = sources.find("consultation", SLUG, "en")
    assert "Have your say about care." in text
    assert "Listen" not in text  # the controls are not read out
    assert "Skip to main text" not in text and "Display settings" not in text
    spoken = " ".join(p.text for p in consultation.parts)
    assert "Why we ask." in spoken
    assert not re.search(r"\d{4}-\d{2}-\d{2}", spoken)  # dates read as words


def test_main_text_reads_links_and_pictures_by_name():
    page = ('<html><body><nav>Menu</nav><main><h1>Title</h1><p>Read <a href="/x">the rules</a>.'
            '<img src="/p.png" alt="A minibus"></p><div class="listen"><p>Listen</p>'
            '<audio src="/a.mp3"><a href="/a.mp3">Listen</a></audio></div>'
            '<form><button>Send</button></form><ul><li>One</li><li>Two</li></ul></main>'
            '<footer>Privacy</footer></body></html>')
    assert sources.main_text(page) == "Title\n\nRead the rules. A minibus\n\nOne\n\nTwo"


# --- publishing and the CLI -----------------------------------------------------------------

def test_warm_consultation_makes_audio_ahead_of_time(app, client, db, speaking, jobs_file):
    from app.speech import warm_consultation

    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    with app.test_request_context("/"):
        made = warm_consultation(c, background=False)
    assert made > 0 and len(jobs(jobs_file)) == made
    page = client.get(BASE).get_data(as_text=True)
    for url in listen_urls(page):
        assert client.get(url).status_code == 200
    assert len(jobs(jobs_file)) == made  # every clip on the page was ready


def test_warm_consultation_does_nothing_when_speech_is_off(app, db):
    from app.speech import warm_consultation

    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    assert warm_consultation(c, background=False) == 0


def test_cli_status_says_how_to_enable(app, runner, tmp_path):
    use_engine(app, SpeechEngine(tmp_path / "cache", library_names=("libnot-there.so.9",)))
    result = runner.invoke(args=["speech", "status"])
    assert result.exit_code == 0
    assert "sudo apt-get install libespeak-ng1 espeak-ng-data" in result.output


def test_cli_status_when_working(runner, speaking):
    result = runner.invoke(args=["speech", "status"])
    assert "is on" in result.output and str(speaking.cache_dir) in result.output


def test_cli_warm_one_consultation(runner, speaking, jobs_file):
    result = runner.invoke(args=["speech", "warm", "--slug", SLUG, "--speed", "normal",
                                 "--speed", "slower"])
    assert result.exit_code == 0, result.output
    assert "0 failed" in result.output
    rates = {job["rate"] for job in jobs(jobs_file)}
    assert len(rates) == 2
    assert runner.invoke(args=["speech", "warm", "--slug", "nope"]).exit_code == 1


# --- real synthesis -------------------------------------------------------------------------

def _espeak_loadable() -> bool:
    return not espeak_load_errors()


@pytest.mark.skipif(
    not (_espeak_loadable() and all(importlib.util.find_spec(m) for m in ("pyttsx3", "lameenc"))),
    reason="real synthesis needs libespeak-ng1 + espeak-ng-data and pyttsx3 + lameenc")
def test_real_english_synthesis_through_the_route(app, client, db, tmp_path):
    use_engine(app, SpeechEngine(tmp_path / "cache"))
    q = question(db, 1)
    audio = client.get(f"/listen/question/{q.id}.mp3?lang=en&speed=normal")
    assert audio.status_code == 200 and audio.mimetype == "audio/mpeg"
    info = mp3_info(audio.data)
    assert info.channels == 1 and info.max_bitrate_kbps <= 32
    assert info.duration > 2 and info.sound_fraction > 0.3


def test_warm_consultation_in_the_background_does_not_block(app, db, speaking, jobs_file):
    from app import speech

    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    with app.test_request_context("/"):
        queued = speech.warm_consultation(c)  # returns at once; a thread makes the clips
    assert queued > 0
    speech._queue.join()
    assert len(jobs(jobs_file)) == queued


def test_english_parts_of_a_polish_page_share_players_with_the_polish(app, client, db):
    """Not a clip for every heading: Polish headings and the English under them, one player."""
    from sqlalchemy import delete

    from app.models import ContentTranslation

    c = db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    db.session.execute(delete(ContentTranslation).where(
        ContentTranslation.entity == "consultation", ContentTranslation.entity_id == c.id,
        ContentTranslation.lang == "pl"))
    db.session.commit()
    with app.test_request_context("/"):
        source = sources.find("consultation", SLUG, "pl")
    assert 1 <= len(source.parts) <= 4
    assert all(len(part.text.split()) >= 8 for part in source.parts[:-1])
    langs = {segment.lang for part in source.parts for segment in part.segments}
    assert langs == {"pl", "en"}
    # Each player's segments alternate language: same-language neighbours are one clip.
    for part in source.parts:
        assert all(a.lang != b.lang for a, b in zip(part.segments, part.segments[1:]))
