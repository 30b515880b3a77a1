import ast
import errno
import importlib.util
import json
import logging
import math
import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from array import array
from pathlib import Path

import pytest

from app.speech.engine import WORKER_PATH, SpeechEngine, espeak_load_errors
from app.speech.mp3info import NotMp3, mp3_info

LOGGER = "app.speech.engine"
ROOT = Path(__file__).resolve().parents[2]


def _espeak_loadable() -> bool:
    return not espeak_load_errors()


def _sox_reads_mp3() -> bool:
    if not shutil.which("sox"):
        return False
    help_text = subprocess.run(["sox", "-h"], capture_output=True, text=True).stdout
    return bool(re.search(r"AUDIO FILE FORMATS:.*\bmp3\b", help_text))


HAVE_ESPEAK = _espeak_loadable()
HAVE_SYNTH_PACKAGES = all(importlib.util.find_spec(m) for m in ("pyttsx3", "lameenc"))
needs_espeak = pytest.mark.skipif(
    not (HAVE_ESPEAK and HAVE_SYNTH_PACKAGES),
    reason="real synthesis needs libespeak-ng1 + espeak-ng-data (apt) and pyttsx3 + lameenc (pip)",
)
# Any loadable library, so the failure tests run even where espeak-ng is missing.
LIBC = ("libc.so.6", "libc.dylib")


def _tone_mp3(seconds: float = 1.0) -> bytes:
    lameenc = pytest.importorskip("lameenc")
    samples = array("h", (int(8000 * math.sin(2 * math.pi * 220 * i / 22050)) for i in range(int(22050 * seconds))))
    enc = lameenc.Encoder()
    enc.set_bit_rate(32)
    enc.set_in_sample_rate(22050)
    enc.set_out_sample_rate(22050)
    enc.set_channels(1)
    return bytes(enc.encode(samples.tobytes())) + bytes(enc.flush())


def _script(tmp_path: Path, name: str, body: str) -> list[str]:
    path = tmp_path / name
    path.write_text(textwrap.dedent(body))
    return [sys.executable, str(path)]


@pytest.fixture
def counter(tmp_path):
    return tmp_path / "runs.txt"


def runs(counter: Path) -> int:
    return len(counter.read_text().splitlines()) if counter.exists() else 0


@pytest.fixture
def fake_worker(tmp_path, counter):
    """A worker that counts its runs, checks the job and prints a ready-made MP3."""
    mp3 = tmp_path / "tone.mp3"
    mp3.write_bytes(_tone_mp3())
    return _script(
        tmp_path,
        "fake_worker.py",
        f"""
        import json, pathlib, sys, time
        job = json.load(sys.stdin)
        assert set(job) == {{"text", "voice", "rate"}}, job
        with open({str(counter)!r}, "a") as fh:
            fh.write(json.dumps(job) + "\\n")
        delay = pathlib.Path({str(tmp_path / "delay")!r})
        time.sleep(float(delay.read_text()) if delay.exists() else 0)
        sys.stdout.buffer.write(open({str(mp3)!r}, "rb").read())
        """,
    )


def cache_files(cache: Path) -> list[str]:
    return sorted(p.name for p in cache.iterdir()) if cache.exists() else []


def warnings_from_engine(caplog) -> list[logging.LogRecord]:
    return [r for r in caplog.records if r.name == LOGGER and r.levelno >= logging.WARNING]


# -- configuration ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "voice"),
    [("en", "en"), ("en-GB", "en"), ("en_gb", "en"), ("cy", "cy"), ("pl", "pl"), ("ur", "ur"),
     ("pa", "pa"), ("ar", "ar"), ("bn", "bn"), ("ro", "ro"),
     ("so", None), ("ps", None), ("ti", None), ("fr", None), ("", None), (None, None)],
)
def test_voice_for(lang, voice):
    assert SpeechEngine.voice_for(lang) == voice


def test_rate_for_slower_is_slower_and_unknown_is_normal():
    assert SpeechEngine.rate_for("slower") < SpeechEngine.rate_for("normal")
    assert SpeechEngine.rate_for("warp") == SpeechEngine.rate_for("normal")
    assert SpeechEngine.rate_for(None) == SpeechEngine.rate_for("normal")


def test_cache_key_is_sha256_and_depends_on_every_input(tmp_path):
    key = SpeechEngine.cache_key("Hello.", "en", 150)
    assert re.fullmatch(r"[0-9a-f]{64}", key)
    assert key == SpeechEngine.cache_key("Hello.", "en", 150)
    others = {SpeechEngine.cache_key("Hello!", "en", 150), SpeechEngine.cache_key("Hello.", "cy", 150),
              SpeechEngine.cache_key("Hello.", "en", 115)}
    assert key not in others and len(others) == 3
    engine = SpeechEngine(tmp_path)
    assert engine.cached_path("Hello.", "en", 150) == tmp_path / f"{key}.mp3"


def test_language_without_voice_runs_nothing(tmp_path, fake_worker, counter):
    engine = SpeechEngine(tmp_path / "cache", command=fake_worker, library_names=LIBC)
    assert engine.get_or_make("Hello.", "so", "normal") is None
    assert engine.get_or_make("   ", "en", "normal") is None
    assert runs(counter) == 0


def test_missing_espeak_turns_listen_off_and_logs_once(tmp_path, fake_worker, counter, caplog):
    engine = SpeechEngine(tmp_path / "cache", command=fake_worker, library_names=("libno-such-espeak.so.9",))
    caplog.set_level(logging.DEBUG, LOGGER)
    assert engine.available() is False
    assert engine.available() is False
    assert engine.get_or_make("Hello.", "en", "normal") is None
    assert runs(counter) == 0
    warnings = warnings_from_engine(caplog)
    assert len(warnings) == 1 and "libespeak-ng" in warnings[0].getMessage()


# -- caching with a stand-in worker (no espeak needed) ------------------------------------


def test_second_request_is_served_from_cache(tmp_path, fake_worker, counter):
    cache = tmp_path / "cache"
    engine = SpeechEngine(cache, command=fake_worker, library_names=LIBC)
    first = engine.get_or_make("Hello there.", "en", "normal")
    assert first is not None and first.read_bytes() == (tmp_path / "tone.mp3").read_bytes()
    assert json.loads(counter.read_text()) == {"text": "Hello there.", "voice": "en", "rate": 150}
    second = SpeechEngine(cache, command=fake_worker, library_names=LIBC).get_or_make("Hello there.", "en", "normal")
    assert second == first
    assert runs(counter) == 1
    engine.get_or_make("Hello there.", "en", "slower")  # another speed is another clip
    assert runs(counter) == 2
    assert cache_files(cache) == sorted(p.name for p in cache.glob("*.mp3"))  # no temp or lock files


def test_two_processes_making_the_same_clip_make_it_once(tmp_path, fake_worker, counter):
    (tmp_path / "delay").write_text("0.5")  # both start while the first is still working
    cache = tmp_path / "cache"
    code = textwrap.dedent(f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from pathlib import Path
        from app.speech.engine import SpeechEngine
        e = SpeechEngine(Path({str(cache)!r}), command={fake_worker!r}, library_names={LIBC!r})
        print(e.get_or_make("Same words.", "en", "normal"))
    """)
    procs = [subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outs = [p.communicate(timeout=30)[0].strip() for p in procs]
    assert all(p.returncode == 0 for p in procs)
    assert len(set(outs)) == 1 and outs[0].endswith(".mp3")
    assert runs(counter) == 1
    assert Path(outs[0]).read_bytes() == (tmp_path / "tone.mp3").read_bytes()
    assert cache_files(cache) == [Path(outs[0]).name]


def test_stale_lock_from_a_dead_process_is_taken_over(tmp_path, fake_worker, counter):
    cache = tmp_path / "cache"
    cache.mkdir()
    engine = SpeechEngine(cache, timeout=1, command=fake_worker, library_names=LIBC)
    lock = engine.cached_path("Hello.", "en", 150).with_suffix(".lock")
    lock.write_text("99999")
    old = time.time() - 60
    os.utime(lock, (old, old))
    assert engine.get_or_make("Hello.", "en", "normal") is not None
    assert runs(counter) == 1 and not lock.exists()


# -- failures: None, one warning, nothing left behind -------------------------------------


def _assert_failed_cleanly(engine, cache, caplog, kind_words):
    caplog.set_level(logging.DEBUG, LOGGER)
    assert engine.get_or_make("Hello there.", "en", "normal") is None
    assert engine.get_or_make("Hello there.", "en", "normal") is None  # second failure: no new warning
    warnings = warnings_from_engine(caplog)
    assert len(warnings) == 1, [r.getMessage() for r in warnings]
    assert kind_words in warnings[0].getMessage()
    assert engine.worker_runs == 2
    leftovers = [n for n in cache_files(cache) if not n.endswith(".mp3")]
    assert leftovers == []
    assert not cache.exists() or not list(cache.glob("*.mp3"))


def test_worker_that_exits_1(tmp_path, caplog):
    marker = tmp_path / "ran"
    cmd = _script(tmp_path, "crash.py", f"""
        import sys
        open({str(marker)!r}, "a").write("x")
        print("boom: no voice", file=sys.stderr)
        sys.exit(1)
    """)
    engine = SpeechEngine(tmp_path / "cache", command=cmd, library_names=LIBC)
    _assert_failed_cleanly(engine, tmp_path / "cache", caplog, "exit 1")
    assert marker.read_text() == "xx"  # the worker really ran, twice
    assert "boom: no voice" in warnings_from_engine(caplog)[0].getMessage()


def test_worker_killed_by_a_signal(tmp_path, caplog):
    cmd = _script(tmp_path, "segv.py", "import os, signal\nos.kill(os.getpid(), signal.SIGSEGV)\n")
    engine = SpeechEngine(tmp_path / "cache", command=cmd, library_names=LIBC)
    _assert_failed_cleanly(engine, tmp_path / "cache", caplog, "exit -11")


def test_worker_that_hangs_is_stopped_at_the_timeout(tmp_path, caplog):
    pids = tmp_path / "pids"
    cmd = _script(tmp_path, "hang.py", f"""
        import os, time
        open({str(pids)!r}, "a").write(f"{{os.getpid()}}\\n")
        time.sleep(120)
    """)
    engine = SpeechEngine(tmp_path / "cache", timeout=1, command=cmd, library_names=LIBC)
    started = time.monotonic()
    _assert_failed_cleanly(engine, tmp_path / "cache", caplog, "longer than")
    assert time.monotonic() - started < 10
    for pid in map(int, pids.read_text().split()):
        with pytest.raises(ProcessLookupError):
            os.kill(pid, 0)  # killed and reaped, not left running


def test_worker_output_that_is_not_mp3_is_refused(tmp_path, caplog):
    cmd = _script(tmp_path, "chatty.py", "print('Audio saved to /tmp/x.wav')\n")
    engine = SpeechEngine(tmp_path / "cache", command=cmd, library_names=LIBC)
    _assert_failed_cleanly(engine, tmp_path / "cache", caplog, "not an MP3")


def test_missing_worker_program(tmp_path, caplog):
    engine = SpeechEngine(tmp_path / "cache", command=[str(tmp_path / "no-such-python")], library_names=LIBC)
    _assert_failed_cleanly(engine, tmp_path / "cache", caplog, "cannot start")


def test_disk_full_while_saving(tmp_path, fake_worker, caplog):
    cache = tmp_path / "cache"
    engine = SpeechEngine(cache, command=fake_worker, library_names=LIBC)
    seen_temp_files = []

    def full_disk(fh, data):
        fh.write(data[:100])  # part of the clip reaches the temp file first
        fh.flush()
        seen_temp_files.extend(p.name for p in cache.iterdir() if p.suffix == ".part")
        raise OSError(errno.ENOSPC, "No space left on device")

    engine._write = full_disk
    _assert_failed_cleanly(engine, cache, caplog, "disk full")
    assert len(seen_temp_files) == 2  # a temp file existed each time, and was removed
    assert cache_files(cache) == []


def test_unexpected_error_never_reaches_the_caller(tmp_path, fake_worker, caplog):
    engine = SpeechEngine(tmp_path / "cache", command=fake_worker, library_names=LIBC)

    def broken(*args):
        raise RuntimeError("bug")

    engine._synthesise = broken
    caplog.set_level(logging.DEBUG, LOGGER)
    assert engine.get_or_make("Hello.", "en", "normal") is None
    assert len(warnings_from_engine(caplog)) == 1
    assert cache_files(tmp_path / "cache") == []  # the lock was released


# -- the worker itself ----------------------------------------------------------------------


def test_worker_imports_neither_flask_nor_the_app():
    tree = ast.parse(WORKER_PATH.read_text())
    imported = {a.name.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    imported |= {n.module.split(".")[0] for n in ast.walk(tree) if isinstance(n, ast.ImportFrom) and n.module}
    assert not imported & {"flask", "app", "sqlalchemy", "easyread", "flask_babel"}


def _load_worker():
    spec = importlib.util.spec_from_file_location("speech_worker", WORKER_PATH)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_worker_cuts_long_text_into_paragraph_sized_parts():
    worker = _load_worker()
    text = "First paragraph.\n\n" + " ".join(["This sentence has exactly seven words in it."] * 30)
    parts = worker.paragraphs(text, max_words=50)
    assert parts[0] == "First paragraph."
    assert all(len(p.split()) <= 50 for p in parts)
    assert " ".join(parts).split() == text.split()


def _run_worker(job: dict, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(WORKER_PATH)], input=json.dumps(job).encode(),
                          capture_output=True, timeout=timeout)


def test_worker_rejects_a_bad_job():
    for job in ({"voice": "en", "rate": 150}, {"text": "Hi", "voice": "en; rm", "rate": 150},
                {"text": "Hi", "voice": "en", "rate": 9999}):
        result = _run_worker(job)
        assert result.returncode != 0 and result.stdout == b""
        assert b"speech worker:" in result.stderr


@needs_espeak
def test_worker_fails_loudly_on_a_bad_voice():
    result = _run_worker({"text": "Hello there.", "voice": "en-gb", "rate": 150})
    assert result.returncode != 0
    assert result.stdout == b""
    assert b"en-gb" in result.stderr


@needs_espeak
def test_worker_stdout_holds_only_the_mp3_and_output_path_works(tmp_path):
    result = _run_worker({"text": "Hello there.\n\nSecond part.", "voice": "en", "rate": 150})
    assert result.returncode == 0, result.stderr
    assert b"Audio saved" not in result.stdout and b"Audio saved" in result.stderr
    assert mp3_info(result.stdout).junk_bytes == 0
    out = tmp_path / "clip.mp3"
    result = _run_worker({"text": "Hello there.", "voice": "en", "rate": 150, "output": str(out)})
    assert result.returncode == 0 and result.stdout == b""
    assert mp3_info(out.read_bytes()).frames > 10


@needs_espeak
def test_many_parts_on_a_busy_machine_all_finish():
    # espeak-ng works on its own thread; a part started while it was still busy was
    # cancelled by pyttsx3 ("part 1 did not finish"), about one job in six when the CPUs
    # were busy, as they are in CI. Many multi-part workers at once make that contention.
    from concurrent.futures import ThreadPoolExecutor

    job = {"text": "Do you go to a day centre?\n\nYes, most weeks.\n\nNo.\n\nI am not sure.",
           "voice": "en", "rate": 150}
    with ThreadPoolExecutor(max_workers=3 * (os.cpu_count() or 2)) as pool:
        results = list(pool.map(lambda _: _run_worker(job), range(36)))
    failed = [r.stderr.decode(errors="replace").strip().splitlines()[-1:] for r in results if r.returncode]
    assert failed == []


# -- real synthesis -------------------------------------------------------------------------

SAMPLES = {
    "en": "We want to know what you think about the care you get at home. Your answers help us make care better.",
    "cy": "Rydyn ni eisiau gwybod beth rydych chi'n ei feddwl am y gofal rydych chi'n ei gael gartref.",
    "ur": "ہم جاننا چاہتے ہیں کہ آپ گھر پر ملنے والی دیکھ بھال کے بارے میں کیا سوچتے ہیں۔",
}


def test_mp3_reader_tells_sound_from_silence():
    lameenc = pytest.importorskip("lameenc")
    enc = lameenc.Encoder()
    enc.set_bit_rate(32)
    enc.set_in_sample_rate(22050)
    enc.set_out_sample_rate(22050)
    enc.set_channels(1)
    silence = mp3_info(bytes(enc.encode(b"\0\0" * 22050 * 2)) + bytes(enc.flush()))
    tone = mp3_info(_tone_mp3(2.0))
    assert silence.sound_fraction < 0.05 < 0.5 < tone.sound_fraction
    assert 1.9 < silence.duration < 2.2 and 1.9 < tone.duration < 2.2
    with pytest.raises(NotMp3):
        mp3_info(b"Audio saved to x.wav\n" * 10)


@needs_espeak
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_real_clip_is_sound_of_a_plausible_length(tmp_path, lang):
    engine = SpeechEngine(tmp_path / "cache")
    path = engine.get_or_make(SAMPLES[lang], lang, "normal")
    assert path is not None, f"no clip for {lang}"
    info = mp3_info(path.read_bytes())
    n_words = len(SAMPLES[lang].split())
    assert 0.2 * n_words <= info.duration <= 1.0 * n_words, (info.duration, n_words)
    assert info.channels == 1
    assert info.max_bitrate_kbps <= 32
    assert path.stat().st_size * 8 / info.duration <= 33_000  # bits per second, whole file
    assert info.sound_fraction > 0.4, info  # speech, not silence
    assert info.junk_bytes == 0


@needs_espeak
@pytest.mark.skipif(not _sox_reads_mp3(), reason="sox cannot decode MP3 here (apt-get install libsox-fmt-mp3)")
@pytest.mark.parametrize("lang", sorted(SAMPLES))
def test_real_clip_decodes_to_sound_with_sox(tmp_path, lang):
    path = SpeechEngine(tmp_path / "cache").get_or_make(SAMPLES[lang], lang, "normal")
    assert path is not None
    duration = float(subprocess.run(["sox", "--i", "-D", str(path)], capture_output=True, text=True).stdout)
    assert abs(duration - mp3_info(path.read_bytes()).duration) < 0.1
    stat = subprocess.run(["sox", str(path), "-n", "stat"], capture_output=True, text=True).stderr
    rms = float(re.search(r"RMS\s+amplitude:\s+([0-9.]+)", stat).group(1))
    assert rms > 0.01, stat


@needs_espeak
def test_slower_speed_makes_a_longer_clip(tmp_path):
    engine = SpeechEngine(tmp_path / "cache")
    normal = mp3_info(engine.get_or_make(SAMPLES["en"], "en", "normal").read_bytes()).duration
    slower = mp3_info(engine.get_or_make(SAMPLES["en"], "en", "slower").read_bytes()).duration
    assert slower > normal * 1.15


@needs_espeak
def test_real_second_request_does_not_synthesise_again(tmp_path, counter):
    wrapper = [sys.executable, "-c",
               f"import runpy, sys; open({str(counter)!r}, 'a').write('run\\n'); "
               f"sys.argv = [{str(WORKER_PATH)!r}]; runpy.run_path(sys.argv[0], run_name='__main__')"]
    cache = tmp_path / "cache"
    first = SpeechEngine(cache, command=wrapper).get_or_make(SAMPLES["en"], "en", "normal")
    again = SpeechEngine(cache, command=wrapper).get_or_make(SAMPLES["en"], "en", "normal")
    assert first is not None and again == first
    assert runs(counter) == 1
    assert mp3_info(first.read_bytes()).sound_fraction > 0.4
