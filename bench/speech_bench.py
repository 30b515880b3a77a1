"""Read-aloud bench: synthesis speed, clip size, cached serving time.

    python bench/speech_bench.py

``run()`` returns a dict; speeds are ratios (audio seconds per wall second), so they
compare across machines better than raw times.
"""

from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from app.speech.engine import SpeechEngine  # noqa: E402
from app.speech.mp3info import mp3_info  # noqa: E402
from easyread.speech import speech_text  # noqa: E402

TEXT = """
# Care at home: tell us what you think

We want to know what you think about care at home. Care at home means people who come
to your home to help you. They might help you get up, wash, get dressed or eat.

We will use what you tell us to make care better. We will not share your name with anyone.
You can stop at any time and come back later.

It takes about 10 minutes. There are 8 questions. Some questions have pictures to help you.
You can ask someone you trust to help you answer, e.g. a friend, a carer or a support worker.

Care at home costs £12.50 an hour. About 50% of people pay some of the cost themselves.
The council will decide what to do on 6/8/2026. We will write to you to tell you what we
decided & why. If you want to talk to someone, phone us. We are happy to help you.
"""


def run(repeats: int = 5, cached_reads: int = 200) -> dict:
    text = speech_text(TEXT, "en")
    with tempfile.TemporaryDirectory(prefix="speech-bench-") as tmp:
        engine = SpeechEngine(Path(tmp))
        result: dict = {"words": len(text.split()), "available": engine.available()}
        if not result["available"]:
            return result
        ratios, walls, sizes, durations = [], [], [], []
        path = None
        for i in range(repeats):
            variant = f"{text}\n\nVersion {i + 1}."  # a new clip each time, never a cache hit
            started = time.perf_counter()
            path = engine.get_or_make(variant, "en", "normal")
            wall = time.perf_counter() - started
            if path is None:
                result["error"] = "synthesis failed (see log)"
                return result
            data = path.read_bytes()
            info = mp3_info(data)
            ratios.append(info.duration / wall)
            walls.append(wall)
            sizes.append(len(data))
            durations.append(info.duration)
        # Cached serving: the lookup plus reading the bytes, as the /listen view would.
        times = []
        for _ in range(cached_reads):
            started = time.perf_counter()
            hit = engine.get_or_make(variant, "en", "normal")
            hit.read_bytes()
            times.append(time.perf_counter() - started)
        assert engine.worker_runs == repeats, "cached reads must not synthesise"
        info = mp3_info(path.read_bytes())
        result.update(
            audio_seconds=round(statistics.median(durations), 2),
            synth_wall_seconds=round(statistics.median(walls), 3),
            synth_x_realtime=round(statistics.median(ratios), 1),
            audio_bytes_per_minute=round(statistics.median(s / d * 60 for s, d in zip(sizes, durations))),
            mp3_kbps=info.max_bitrate_kbps,
            cached_serve_ms=round(statistics.median(times) * 1000, 3),
            cached_serve_p95_ms=round(sorted(times)[int(len(times) * 0.95) - 1] * 1000, 3),
        )
        return result


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
