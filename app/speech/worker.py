"""Speech synthesis worker: one job per process.

Run as ``python worker.py`` (never imported by the app: it must start fast and must not
pull in Flask). Reads a JSON job on stdin::

    {"text": "...", "voice": "en", "rate": 150, "output": "/optional/path.mp3"}

and writes an MP3 (mono, 32 kbit/s) to ``output`` or, without it, to stdout. Exit status
is 0 only when real audio was written; anything else (bad job, espeak-ng missing, unknown
voice, no sound) exits non-zero with one line on stderr.

pyttsx3 2.99 pitfalls handled here (see docs/shared tooling guide):
- it prints "Audio saved to ..." on stdout: fd 1 is pointed at stderr before pyttsx3 is
  imported and the MP3 goes to a private copy of the real stdout;
- ``runAndWait()`` can return before the WAV is written: wait for ``finished-utterance``;
- the engine is weakly referenced inside pyttsx3: keep a strong reference until done;
- a bad voice name is only reported through the ``error`` event: connect it, and also
  check that the voice espeak-ng ended up with is the one asked for;
- long texts are quadratic: synthesise paragraph by paragraph and join the PCM;
- espeak-ng works on its own thread; when a part starts while that thread is still busy
  (applying settings, or ending the last part), pyttsx3 cancels the part. Under load this
  failed one job in six: apply settings at once and wait until espeak-ng is idle before
  every part.
"""

from __future__ import annotations

import array
import json
import os
import re
import sys
import tempfile
import time
import wave

SAMPLE_RATE = 22050
BIT_RATE_KBPS = 32
MAX_PART_WORDS = 80
PAUSE_SECONDS = 0.25  # between paragraphs, on top of espeak's own end-of-sentence pause
UTTERANCE_WAIT = 20.0  # seconds to wait for ``finished-utterance`` after runAndWait

EXIT_BAD_JOB = 2
EXIT_NO_ENGINE = 3
EXIT_SYNTH = 4
EXIT_NO_SOUND = 5
EXIT_ENCODE = 6


class WorkerError(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def read_job(raw: str) -> dict:
    try:
        job = json.loads(raw)
    except ValueError as exc:
        raise WorkerError(EXIT_BAD_JOB, f"job is not JSON: {exc}") from None
    if not isinstance(job, dict):
        raise WorkerError(EXIT_BAD_JOB, "job must be a JSON object")
    text = job.get("text")
    if not isinstance(text, str) or not text.strip():
        raise WorkerError(EXIT_BAD_JOB, "job has no text")
    voice = job.get("voice")
    if not isinstance(voice, str) or not re.fullmatch(r"[a-z]{2,3}(?:-[a-z0-9]+)*", voice):
        raise WorkerError(EXIT_BAD_JOB, f"bad voice: {voice!r}")
    rate = job.get("rate", 150)
    if not isinstance(rate, int) or isinstance(rate, bool) or not 60 <= rate <= 400:
        raise WorkerError(EXIT_BAD_JOB, f"bad rate: {rate!r}")
    output = job.get("output")
    if output is not None and not isinstance(output, str):
        raise WorkerError(EXIT_BAD_JOB, "output must be a path")
    return {"text": text, "voice": voice, "rate": rate, "output": output}


def paragraphs(text: str, max_words: int = MAX_PART_WORDS) -> list[str]:
    """Blank-line paragraphs, long ones cut at sentence ends (pyttsx3 is quadratic)."""
    out: list[str] = []
    for para in re.split(r"\n\s*\n", text):
        para = " ".join(para.split())
        if not para:
            continue
        current: list[str] = []
        count = 0
        for sentence in re.split(r"(?<=[.!?])\s+", para):
            n = len(sentence.split())
            if current and count + n > max_words:
                out.append(" ".join(current))
                current, count = [], 0
            current.append(sentence)
            count += n
        if current:
            out.append(" ".join(current))
    return out


def wait_until_idle(espeak, limit: float = UTTERANCE_WAIT) -> None:
    """Block until espeak-ng's own thread has nothing running.

    pyttsx3 cancels (``completed=False``) any utterance it starts while espeak-ng is still
    busy, whether with start-up work or with the end of the last part's callback.
    """
    deadline = time.monotonic() + limit
    while espeak.IsPlaying():
        if time.monotonic() > deadline:
            raise WorkerError(EXIT_SYNTH, "espeak-ng stayed busy")
        time.sleep(0.002)


def synthesise(parts: list[str], voice: str, rate: int) -> bytes:
    """Return 16-bit mono PCM at SAMPLE_RATE for all parts, joined with short pauses."""
    try:  # why: the speech engine is optional; without it the worker exits with a clear code
        import pyttsx3
    except ImportError as exc:
        raise WorkerError(EXIT_NO_ENGINE, f"pyttsx3 not installed: {exc}") from None
    try:
        from pyttsx3.drivers import _espeak

        engine = pyttsx3.init("espeak")  # this strong reference lives until we return
    except (OSError, RuntimeError, ImportError) as exc:
        raise WorkerError(EXIT_NO_ENGINE, f"espeak-ng not usable: {exc}") from None

    errors: list[str] = []
    finished: list[bool] = []
    engine.connect("error", lambda name=None, exception=None, **_: errors.append(repr(exception)))
    engine.connect("finished-utterance", lambda name=None, completed=True, **_: finished.append(completed))
    # pyttsx3 holds setProperty calls until its first run loop, and there espeak-ng applies
    # rate and volume on its own thread just as the loop checks whether espeak-ng is busy:
    # it then cancels our first part and, through a flag it never clears, the next one.
    # Let the queue run now, so the settings are applied (and waited for) before any part.
    engine.proxy.setBusy(False)
    engine.setProperty("voice", voice)
    engine.setProperty("rate", rate)
    engine.setProperty("volume", 1.0)

    pause = b"\x00\x00" * int(SAMPLE_RATE * PAUSE_SECONDS)
    pcm: list[bytes] = []
    with tempfile.TemporaryDirectory(prefix="speech-") as tmp:
        for index, part in enumerate(parts):
            path = os.path.join(tmp, f"{index}.wav")
            wait_until_idle(_espeak)
            finished.clear()
            engine.save_to_file(part, path)
            engine.runAndWait()
            deadline = time.monotonic() + UTTERANCE_WAIT
            while not finished and not errors and time.monotonic() < deadline:
                time.sleep(0.005)
            if errors:
                raise WorkerError(EXIT_SYNTH, "espeak-ng error: " + "; ".join(errors))
            if not finished or not finished[-1]:
                raise WorkerError(EXIT_SYNTH, f"part {index} did not finish")
            if index == 0:
                actual = (engine.getProperty("voice") or "").split("/")[-1]
                if actual != voice:
                    raise WorkerError(EXIT_SYNTH, f"asked for voice {voice!r}, espeak-ng used {actual!r}")
            try:
                with wave.open(path, "rb") as wav:
                    if (wav.getnchannels(), wav.getsampwidth(), wav.getframerate()) != (1, 2, SAMPLE_RATE):
                        raise WorkerError(EXIT_SYNTH, f"unexpected WAV format in part {index}")
                    frames = wav.readframes(wav.getnframes())
            except (OSError, EOFError, wave.Error) as exc:
                raise WorkerError(EXIT_SYNTH, f"part {index} not written: {exc}") from None
            if pcm:
                pcm.append(pause)
            pcm.append(frames)
    del engine
    return b"".join(pcm)


def has_sound(pcm: bytes, threshold: int = 200) -> bool:
    """True when some sample is louder than ``threshold`` (of 32767)."""
    samples = array.array("h")
    samples.frombytes(pcm[: len(pcm) - len(pcm) % 2])
    if sys.byteorder == "big":
        samples.byteswap()
    return any(abs(s) > threshold for s in samples[:: max(1, len(samples) // 20000)])


def encode_mp3(pcm: bytes) -> bytes:
    try:  # why: the MP3 encoder is optional; without it the worker exits with a clear code
        import lameenc
    except ImportError as exc:
        raise WorkerError(EXIT_ENCODE, f"lameenc not installed: {exc}") from None
    encoder = lameenc.Encoder()
    encoder.set_bit_rate(BIT_RATE_KBPS)
    encoder.set_in_sample_rate(SAMPLE_RATE)
    encoder.set_out_sample_rate(SAMPLE_RATE)
    encoder.set_channels(1)
    encoder.set_quality(2)
    data = bytes(encoder.encode(pcm)) + bytes(encoder.flush())
    if not data:
        raise WorkerError(EXIT_ENCODE, "encoder produced nothing")
    return data


def write_output(data: bytes, output: str | None, stdout_fd: int) -> None:
    if output:
        with open(output, "wb") as fh:
            fh.write(data)
        return
    view = memoryview(data)
    while view:
        written = os.write(stdout_fd, view)
        view = view[written:]


def main() -> int:
    # Keep the real stdout for the MP3; everything printed from here on goes to stderr.
    stdout_fd = os.dup(1)
    os.dup2(2, 1)
    try:
        job = read_job(sys.stdin.read())
        pcm = synthesise(paragraphs(job["text"]), job["voice"], job["rate"])
        if not pcm or not has_sound(pcm):
            raise WorkerError(EXIT_NO_SOUND, "synthesis produced silence")
        write_output(encode_mp3(pcm), job["output"], stdout_fd)
    except WorkerError as exc:
        print(f"speech worker: {exc}", file=sys.stderr)
        return exc.code
    except OSError as exc:
        print(f"speech worker: cannot write output: {exc}", file=sys.stderr)
        return EXIT_ENCODE
    finally:
        sys.stdout.flush()
        os.close(stdout_fd)
    return 0


if __name__ == "__main__":
    sys.exit(main())
