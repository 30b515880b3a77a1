"""Benchmark: the full easyread.check() against textstat's five formulas alone, on the
same text in the same run. Reports the ratio (goal: under 3x).

`run()` (what `make bench` calls) uses real prose (bench/real_prose.py: Python's documentation, installed
packages' descriptions and EASYREAD_PROSE_DIR if set), cut into ~10,000-word documents;
nothing is repeated. `run_generated()` keeps the generated document for comparison.
Run: python bench/readability_bench.py"""

from __future__ import annotations

import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import easyread  # noqa: E402
from easyread import scores  # noqa: E402

_SENTENCES = [
    "We want to know what you think about the new day centre.",
    "In order to commence the assessment, the social worker will visit you at home.",
    "Your care plan is reviewed every year by a member of staff.",
    "Please call us on 0300 123 4567 if you need help.",
    "Prior to the meeting, we shall send you a letter with three questions.",
    "About 50% of people said the bus was late, e.g. on Mondays.",
    "The council spent £12,437 on new chairs and tables.",
    "Dr. Smith said it costs £12.50 a week for lunch.",
    "Personalisation and reablement help people stay at home.",
    "Call us.",
    "You can bring a friend, a carer or a family member.",
    "The meeting is on 6/8/2026 from 10am-12pm at the library.",
    "We will make a decision about the plan in the near future.",
]
_BULLETS = ["- Ask you", "- Listen to you", "- Tell you what we did"]


def _vocabulary() -> list[str]:
    """A few thousand distinct real words, so per-word caches behave as with real text."""
    import re

    from easyread.wordlists import everyday_words, hidden_verbs, idioms, simpler_words

    words: set[str] = set()
    for mod in (everyday_words, hidden_verbs, idioms, simpler_words):
        words.update(re.findall(r"[a-z]{2,}", mod.DATA.lower()))
    return sorted(words)


def _made_up_sentence(rng: random.Random, vocab: list[str]) -> str:
    n = rng.randint(4, 18)
    words = [rng.choice(vocab) for _ in range(n)]
    return " ".join(words).capitalize() + "."


def make_document(words: int = 10_000, seed: int = 1) -> str:
    """Headings, paragraphs of 2-4 sentences (half realistic, half made of random
    real words) and bullet lists."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    parts: list[str] = []
    count = 0
    n = 0
    while count < words:
        n += 1
        if n % 12 == 0:
            parts.append(f"# Part {n // 12}\n")
        para = " ".join(
            rng.choice(_SENTENCES) if rng.random() < 0.5 else _made_up_sentence(rng, vocab)
            for _ in range(rng.randint(2, 4))
        )
        parts.append(para + "\n")
        if n % 7 == 0:
            parts.append("\n".join(_BULLETS) + "\n")
        count += len(para.split())
    return "\n".join(parts)


def _clear_textstat_caches() -> None:
    """textstat caches results per text; clear them so each timing does real work."""
    import textstat.backend as backend

    for pkg in ("counts", "metrics", "selections", "transformations", "validations"):
        mod = getattr(backend, pkg)
        for name in dir(mod):
            fn = getattr(mod, name)
            if hasattr(fn, "cache_clear"):
                fn.cache_clear()


def _textstat_five(text: str) -> None:
    ts = scores.stats_for("en")
    ts.flesch_reading_ease(text)  # type: ignore[attr-defined]
    ts.flesch_kincaid_grade(text)  # type: ignore[attr-defined]
    ts.smog_index(text)  # type: ignore[attr-defined]
    ts.gunning_fog(text)  # type: ignore[attr-defined]
    ts.dale_chall_readability_score(text)  # type: ignore[attr-defined]


def _time(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        _clear_textstat_caches()
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def run_generated(words: int = 10_000, repeat: int = 5) -> dict[str, float | int]:
    easyread.warm()
    text = make_document(words)
    report = easyread.check(text)  # first call builds any remaining lazy state
    check_s = _time(lambda: easyread.check(text), repeat)
    textstat_s = _time(lambda: _textstat_five(text), repeat)
    return {
        "words": report.words,
        "sentences": report.sentences,
        "findings": len(report.findings),
        "check_ms": round(check_s * 1000, 1),
        "textstat_ms": round(textstat_s * 1000, 1),
        "ratio": round(check_s / textstat_s, 2),
        "goal_ratio": 3.0,
    }


def run(words_per_doc: int = 10_000, repeat: int = 3) -> dict[str, float | int]:
    """Total time over every real-prose document, check() vs textstat's five formulas."""
    try:
        from bench.real_prose import documents
    except ImportError:  # run as a script
        from real_prose import documents  # type: ignore[no-redef]

    easyread.warm()
    docs = documents(words_per_doc)
    total_words = 0
    findings = 0
    check_total = 0.0
    textstat_total = 0.0
    for text in docs:
        report = easyread.check(text)
        total_words += report.words
        findings += len(report.findings)
        check_total += _time(lambda: easyread.check(text), repeat)
        textstat_total += _time(lambda: _textstat_five(text), repeat)
    return {
        "source": "real prose",
        "documents": len(docs),
        "words": total_words,
        "findings": findings,
        "check_ms": round(check_total * 1000, 1),
        "textstat_ms": round(textstat_total * 1000, 1),
        "ratio": round(check_total / textstat_total, 2),
        "goal_ratio": 3.0,
    }


if __name__ == "__main__":
    print(json.dumps(run(), indent=2))
