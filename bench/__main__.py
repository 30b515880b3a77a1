"""`python -m bench` (make bench): every benchmark, printed as one table and saved to
bench/results.md. Figures are ratios against a baseline measured in the same run on the same
machine wherever that makes sense; absolute numbers depend on the machine.

PostgreSQL rows run when BENCH_DATABASE_URL or TEST_DATABASE_URL names a PostgreSQL server
(`make bench` starts a throwaway one with scripts/pg-throwaway.sh when the binaries exist).
"""
from __future__ import annotations

import os
import platform
import sys
import tempfile
import time
import traceback
from datetime import datetime, timezone
from pathlib import Path

# The other benches build their app from TestConfig, which reads TEST_DATABASE_URL: keep them
# on in-memory SQLite, and keep the PostgreSQL server for the rows that name it.
PG_URL = os.environ.pop("BENCH_DATABASE_URL", "") or os.environ.pop("TEST_DATABASE_URL", "")
ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RESULTS = ROOT / "bench" / "results.md"
Row = tuple[str, str, str, str]  # section, measure, value, note


def _section(name: str, fn, rows: list[Row], convert) -> None:
    started = time.perf_counter()
    print(f"… {name}", file=sys.stderr, flush=True)
    try:
        result = fn()
    except Exception as error:  # noqa: BLE001 - one broken bench must not hide the others
        traceback.print_exc()
        rows.append((name, "error", type(error).__name__, str(error)[:120].replace("|", "/")))
        return
    rows.extend(convert(result))
    print(f"  {name}: {time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)


def _flat(section: str, result: dict, notes: dict | None = None) -> list[Row]:
    notes = notes or {}
    return [(section, key, str(value), notes.get(key, "")) for key, value in result.items()
            if not isinstance(value, (list, dict))]


def main() -> int:
    from bench import live, load, pages

    rows: list[Row] = []
    _section("page weight", pages.run, rows, lambda r: _flat("page weight", r, {
        "largest_gzip_bytes": "HTML + CSS, gzip -6; budget 14 KB",
        "gzip_to_uncompressed_ratio": "all pages, compressed / uncompressed",
        "pictures_question_max_gzip_bytes": "pictures on a question page, gzip; goal <= 20 KB",
    }))

    with tempfile.TemporaryDirectory(prefix="bench-") as tmp:
        workdir = Path(tmp)
        with live.scratch_database("sqlite") as url:
            plan = live.prepare(url, workdir)["questions"]
            _section("throughput", lambda: load.throughput(workdir, (url, plan)), rows,
                     lambda r: _flat("throughput (2 workers, wrk)", r, {
                         "home_rps_ratio": "vs hello app; goal >= 0.4",
                         "question_rps_ratio": "not yet answered (shared page); goal >= 0.4",
                         "answer_post_rps_ratio": "vs hello app (writes to SQLite)",
                         "question_answered_rps_ratio": "answered: the person's own page",
                         "home_p99_ratio": "p99 latency vs hello app",
                     }))
            _section("cold start", lambda: load.cold_start(url, workdir), rows,
                     lambda r: _flat("cold start (process start to first page)", r, {
                         "ratio": "vs hello app"}))

    _section("integrity sqlite", lambda: load.integrity("sqlite"), rows,
             lambda r: _flat("integrity under load: SQLite", r))
    if PG_URL.startswith("postgresql"):
        _section("integrity postgresql", lambda: load.integrity("postgresql", PG_URL), rows,
                 lambda r: _flat("integrity under load: PostgreSQL", r))
    else:
        rows.append(("integrity under load: PostgreSQL", "skipped", "-",
                     "no PostgreSQL server: set BENCH_DATABASE_URL, or install postgresql"))

    for module, title in (("staff_bench", "staff pages at 10,000 responses"),
                          ("readability_bench", "readability check vs textstat"),
                          ("speech_bench", "read aloud")):
        if not (ROOT / "bench" / f"{module}.py").exists():
            rows.append((title, "skipped", "-", f"bench/{module}.py not present"))
            continue

        def call(name=module):
            import importlib

            return importlib.import_module(f"bench.{name}").run()

        _section(title, call, rows, lambda r, t=title: _flat(t, r))

    table = _table(rows)
    header = (f"# Benchmarks\n\nMade by `make bench` on "
              f"{datetime.now(timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}, "
              f"{os.cpu_count()} CPUs (nproc), {platform.system()} {platform.machine()}, "
              f"Python {platform.python_version()}.\n"
              "Compare ratios across machines, not absolute times. Throughput uses gunicorn "
              "with 2 sync workers and wrk on loopback, sharing the same CPUs.\n\n")
    RESULTS.write_text(header + table + "\n")
    print(header + table)
    print(f"\nSaved to {RESULTS.relative_to(ROOT)}")
    return 0


def _table(rows: list[Row]) -> str:
    lines = ["| section | measure | value | note |", "|---|---|---|---|"]
    last = None
    for section, measure, value, note in rows:
        lines.append(f"| {section if section != last else ''} | {measure} | {value} | {note} |")
        last = section
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
