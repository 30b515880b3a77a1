"""Read-aloud clips: a disk cache of MP3s made by a separate worker process.

Stdlib only (the Flask glue lives elsewhere). Every synthesis runs ``worker.py`` in its
own process with a timeout, because pyttsx3/espeak-ng is one-engine-per-process, not
thread-safe and can hang; a crash, hang or full disk gives ``None`` (no "Listen"),
never an exception in the request.

The cache directory can be shared by several web processes: clips are written to a
temporary file in the same directory and renamed into place (readers never see half a
file), and a ``<key>.lock`` file made with O_EXCL stops two processes making the same
clip at once (if the maker dies, the lock goes stale after ``timeout`` and is taken over).
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from .mp3info import NotMp3, mp3_info

log = logging.getLogger(__name__)

WORKER_PATH = Path(__file__).with_name("worker.py")
LIBRARY_NAMES = ("libespeak-ng.so.1", "/usr/local/lib/libespeak-ng.so.1", "libespeak-ng.1.dylib")

# espeak-ng voice per site language. "en", never "en-gb" (that name fails in espeak-ng).
# No voice for Somali (so), Pashto (ps) or Tigrinya (ti): those pages have no "Listen".
VOICES = {"en": "en", "cy": "cy", "pl": "pl", "ur": "ur", "pa": "pa", "ar": "ar", "bn": "bn", "ro": "ro"}
# Words per minute. espeak-ng's default (175) is too quick for easy read.
RATES = {"normal": 150, "slower": 115}
# Bump when the worker's output changes (bit rate, pauses ...) so old clips are not served.
CACHE_FORMAT = 1
MAX_MP3_KBPS = 32


def espeak_load_errors(names: Sequence[str] = LIBRARY_NAMES) -> list[str]:
    """Why libespeak-ng cannot be loaded under any of ``names``; empty when it can."""
    errors = []
    for name in names:
        try:
            ctypes.CDLL(name)
            return []
        except OSError as exc:
            errors.append(str(exc))
    return errors or ["no library names to try"]


class SpeechEngine:
    def __init__(
        self,
        cache_dir: Path,
        timeout: float = 30,
        python: str = sys.executable,
        *,
        command: Sequence[str] | None = None,
        library_names: Sequence[str] = LIBRARY_NAMES,
        max_chars: int = 20_000,
    ) -> None:
        self.cache_dir = Path(cache_dir)
        self.timeout = float(timeout)
        self.python = python
        # The worker command, injectable so tests can simulate crashes and hangs. It gets
        # the JSON job on stdin and must print the MP3 on stdout.
        self.command = list(command) if command else [python, str(WORKER_PATH)]
        self.library_names = tuple(library_names)
        self.max_chars = max_chars
        self.worker_runs = 0  # syntheses started by this instance
        self._available: bool | None = None
        self._available_lock = threading.Lock()
        self._logged: set[str] = set()

    # -- logging ---------------------------------------------------------------------------
    def _log_once(self, kind: str, message: str, *args: object, exc_info: bool = False) -> None:
        """Warn the first time each kind of failure happens; later ones go to debug."""
        level = logging.DEBUG if kind in self._logged else logging.WARNING
        self._logged.add(kind)
        log.log(level, "speech: " + message, *args, exc_info=exc_info)

    # -- configuration ---------------------------------------------------------------------
    def available(self) -> bool:
        """True when espeak-ng can be loaded (checked once, failure logged once)."""
        with self._available_lock:
            if self._available is None:
                self._available = self._check_available()
            return self._available

    def _check_available(self) -> bool:
        errors = espeak_load_errors(self.library_names)
        if errors:
            self._log_once(
                "unavailable", "Listen is off: libespeak-ng cannot be loaded (%s)", "; ".join(errors)
            )
            return False
        if self.python == sys.executable and self.command[1:] == [str(WORKER_PATH)]:
            missing = [m for m in ("pyttsx3", "lameenc") if importlib.util.find_spec(m) is None]
            if missing:
                self._log_once("unavailable", "Listen is off: Python packages missing: %s", ", ".join(missing))
                return False
        return True

    @staticmethod
    def voice_for(lang: str | None) -> str | None:
        if not lang:
            return None
        return VOICES.get(lang.strip().lower().replace("_", "-").split("-")[0])

    @staticmethod
    def rate_for(speed: str | None) -> int:
        """Words per minute for a display setting; anything unknown reads at normal speed."""
        return RATES.get((speed or "normal").strip().lower(), RATES["normal"])

    @staticmethod
    def cache_key(text: str, voice: str, rate: int) -> str:
        payload = json.dumps([CACHE_FORMAT, voice, int(rate), text], ensure_ascii=False)
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()

    def cached_path(self, text: str, voice: str, rate: int) -> Path:
        return self.cache_dir / f"{self.cache_key(text, voice, rate)}.mp3"

    # -- the one public action ---------------------------------------------------------------
    def get_or_make(self, text: str, lang: str, speed: str = "normal") -> Path | None:
        """Path of an MP3 reading ``text`` aloud, or None if there is no voice or it failed."""
        try:
            return self._get_or_make(text, lang, speed)
        except Exception:  # never break the page because of audio
            self._log_once("unexpected", "unexpected failure making a clip", exc_info=True)
            return None

    def _get_or_make(self, text: str, lang: str, speed: str) -> Path | None:
        voice = self.voice_for(lang)
        text = (text or "").strip()
        if voice is None or not text:
            return None
        if len(text) > self.max_chars:
            self._log_once("too-long", "text of %d characters is over the limit of %d", len(text), self.max_chars)
            return None
        rate = self.rate_for(speed)
        path = self.cached_path(text, voice, rate)
        if _is_clip(path):
            return path
        if not self.available():
            return None
        try:
            self.cache_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            self._log_once("cache-dir", "cannot make cache directory %s: %s", self.cache_dir, exc)
            return None

        lock = path.with_suffix(".lock")
        deadline = time.monotonic() + self.timeout + 5
        while not self._acquire(lock):
            # Another process or thread is making this clip: wait for it.
            if _is_clip(path):
                return path
            if time.monotonic() > deadline:
                self._log_once("lock", "gave up waiting for %s", lock.name)
                return None
            time.sleep(0.02)
        try:
            if _is_clip(path):  # made while we were getting the lock
                return path
            data = self._synthesise(text, voice, rate)
            if data is None or not self._store(path, data):
                return None
            return path
        finally:
            _unlink(lock)

    # -- pieces ------------------------------------------------------------------------------
    def _acquire(self, lock: Path) -> bool:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            try:
                stale = time.time() - lock.stat().st_mtime > self.timeout + 10
            except FileNotFoundError:
                return False  # just released; try again
            if stale:  # its maker died without cleaning up
                _unlink(lock)
            return False
        except OSError as exc:
            # Cannot lock (read-only or full disk): make the clip anyway, rename keeps it safe.
            self._log_once("lock-write", "cannot create lock file %s: %s", lock, exc)
            return True
        with os.fdopen(fd, "w") as fh:
            fh.write(str(os.getpid()))
        return True

    def _synthesise(self, text: str, voice: str, rate: int) -> bytes | None:
        job = json.dumps({"text": text, "voice": voice, "rate": rate}).encode("utf-8")
        self.worker_runs += 1
        started = time.monotonic()
        try:
            proc = subprocess.Popen(
                self.command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                start_new_session=True,  # so a hung worker and anything it started can be killed
            )
        except OSError as exc:
            self._log_once("start", "cannot start speech worker %s: %s", self.command[0], exc)
            return None
        try:
            out, err = proc.communicate(job, timeout=self.timeout)
        except subprocess.TimeoutExpired:
            _kill_group(proc)
            self._log_once("timeout", "speech worker took longer than %.0f s and was stopped", self.timeout)
            return None
        except BaseException:
            _kill_group(proc)
            raise
        if proc.returncode != 0:
            lines = err.decode("utf-8", "replace").strip().splitlines()
            self._log_once(
                "worker-failed",
                "speech worker failed (exit %s): %s",
                proc.returncode,
                lines[-1] if lines else "no message",
            )
            return None
        try:
            info = mp3_info(out)
        except NotMp3:
            self._log_once("bad-output", "speech worker output is not an MP3 (%d bytes)", len(out))
            return None
        if info.channels != 1 or info.max_bitrate_kbps > MAX_MP3_KBPS:
            self._log_once(
                "bad-output",
                "speech worker MP3 is %d channel(s) at %d kbit/s",
                info.channels,
                info.max_bitrate_kbps,
            )
            return None
        log.debug("speech: %.1f s of audio in %.2f s", info.duration, time.monotonic() - started)
        return out

    def _store(self, path: Path, data: bytes) -> bool:
        tmp: str | None = None
        try:
            fd, tmp = tempfile.mkstemp(dir=self.cache_dir, prefix=f".{path.stem[:16]}.", suffix=".part")
            with os.fdopen(fd, "wb") as fh:
                self._write(fh, data)
                fh.flush()
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o644)
            os.replace(tmp, path)
            return True
        except OSError as exc:
            if tmp is not None:
                _unlink(Path(tmp))
            why = "disk full" if exc.errno in (errno.ENOSPC, errno.EDQUOT) else exc.strerror or str(exc)
            self._log_once("write", "cannot save clip in %s: %s", self.cache_dir, why)
            return False

    def _write(self, fh: BinaryIO, data: bytes) -> None:
        fh.write(data)  # separate so tests can make it fail like a full disk


def _is_clip(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _unlink(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass
    except OSError as exc:
        log.debug("speech: cannot remove %s: %s", path, exc)


def _kill_group(proc: subprocess.Popen[bytes]) -> None:
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        proc.kill()
    try:
        proc.communicate(timeout=5)
    except subprocess.TimeoutExpired:  # pragma: no cover - a pipe held open elsewhere
        pass
