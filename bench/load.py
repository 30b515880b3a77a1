"""Load benchmarks against gunicorn (2 sync workers) on loopback.

- throughput(): wrk on the home page, a question page and the answer-submit POST, each as a
  ratio to a trivial Flask app (bench/hello.py) served the same way in the same run.
- integrity(): 50 participants at once send 2,000 complete responses, some pressing Send
  twice at once; every sent response must be stored exactly once.
- cold_start(): from process start to the first page served.
"""
from __future__ import annotations

import re
import shutil
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

from bench import live

DURATION = 8  # seconds of wrk per target
CONNECTIONS = 16


def _wrk(port: int, path: str, cookie: str = "", lua: Path | None = None,
         duration: int = DURATION) -> dict:
    cmd = ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}s", "--latency", "--timeout", "10s"]
    if cookie:
        cmd += ["-H", f"Cookie: {cookie}"]
    if lua:
        cmd += ["-s", str(lua)]
    cmd.append(f"http://127.0.0.1:{port}{path}")
    out = subprocess.run(cmd, capture_output=True, text=True, timeout=DURATION + 60).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p99 = re.search(r"99%\s+([\d.]+)(us|ms|s)\b", out)
    scale = {"us": 0.001, "ms": 1.0, "s": 1000.0}[p99.group(2)]
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*timeout (\d+)", out)
    return {"rps": rps, "p99_ms": float(p99.group(1)) * scale,
            "bad": int(bad.group(1)) if bad else 0,
            "timeouts": int(errors.group(1)) if errors else 0}


def _participant_cookie(server: live.Server, plan: list) -> tuple[str, str]:
    """A browser that has started answering: its cookie and form token."""
    p = live.Participant(hosts=[server.host])
    base = f"/consultations/{live.SLUG}"
    p.get_token(f"{base}/start")
    p.post(f"{base}/start", {"answering": "self"})
    p.get_token(f"{base}/questions/1")
    cookie = "; ".join(f"{k}={v}" for k, v in p.cookies.items())
    return cookie, p.token


def throughput(workdir: Path, plan_db: tuple[str, list]) -> dict:
    if shutil.which("wrk") is None:
        return {"skipped": "wrk not installed (apt-get install wrk)"}
    url, plan = plan_db
    results: dict = {}
    hello = live.start_gunicorn("bench.hello:app", live.server_env(url, workdir), workers=2,
                                log=workdir / "hello.log")
    try:
        _wrk(hello.port, "/", duration=2)  # warm up
        base = _wrk(hello.port, "/")
    finally:
        hello.stop()
    results["hello_rps"] = base["rps"]
    results["hello_p99_ms"] = base["p99_ms"]
    with live.servers(1, url, workdir) as (server,):
        cookie, token = _participant_cookie(server, plan)
        kind, answer = plan[0]
        body = f"csrf_token={token}&answer={answer if kind != 'text' else 'Kind'}&action=next"
        lua = workdir / "post.lua"
        lua.write_text(
            'wrk.method = "POST"\n'
            f'wrk.body = "{body}"\n'
            'wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"\n')
        question = f"/consultations/{live.SLUG}/questions/1"
        targets = {
            "home": ("/", "", None),
            # Not answered yet: the same page for everyone (app/page_cache.py).
            "question": (question, cookie, None),
            "answer_post": (question, cookie, lua),
            # Answered by the POSTs above: this person's own page, rendered afresh.
            "question_answered": (question, cookie, None),
        }
        for name, (path, c, script) in targets.items():
            _wrk(server.port, path, c, script, duration=2)  # warm up
            got = _wrk(server.port, path, c, script)
            results[f"{name}_rps"] = got["rps"]
            results[f"{name}_p99_ms"] = got["p99_ms"]
            results[f"{name}_rps_ratio"] = round(got["rps"] / base["rps"], 3)
            results[f"{name}_p99_ratio"] = round(got["p99_ms"] / max(base["p99_ms"], 0.001), 1)
            results[f"{name}_bad_responses"] = got["bad"] + got["timeouts"]
    results["goal_read_ratio"] = 0.4  # home and question (the pages most people read)
    # Judged on the figures themselves, not on the rounded ratios shown.
    results["read_pages_meet_goal"] = min(results["home_rps"],
                                          results["question_rps"]) / base["rps"] >= 0.4
    return results


def integrity(kind: str, base_url: str | None = None, journeys: int = 2000,
              concurrency: int = 50, time_limit: float = 200) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench-integrity-") as tmp, \
            live.scratch_database(kind, base_url) as url:
        workdir = Path(tmp)
        plan = live.prepare(url, workdir)["questions"]
        with live.servers(1, url, workdir) as (server,):
            result = live.run_load([server.host], plan, journeys=journeys,
                                   concurrency=concurrency, double_every=10,
                                   time_limit=time_limit)
        counts = live.stored_counts(url, result["sent"], len(plan))
    sent = len(result["sent"])
    return {
        "participants_at_once": concurrency,
        "responses_tried": journeys,
        "responses_sent": sent,
        "not_started_in_time": journeys - sent - len(result["failures"]),
        "double_sends": result["doubles"],
        "stored": counts["sent"],
        "lost": len(counts["missing"]),
        "duplicated": len(counts["duplicated"]),
        "incomplete": counts["incomplete"],
        "server_errors": result["statuses"].get(500, 0),
        "seconds": round(result["seconds"], 1),
        "requests_per_s": round(sum(result["statuses"].values()) / result["seconds"], 1),
        "exactly_once": (counts["sent"] == sent and not counts["missing"]
                         and not counts["duplicated"] and not counts["unexpected"]
                         and counts["incomplete"] == 0),
        "failures": result["failures"][:3],
    }


def cold_start(url: str, workdir: Path, runs: int = 2) -> dict:
    """Seconds from starting gunicorn (1 worker) to GET / answering 200, against the same for
    the hello app. Median of a few runs; the process is new each time."""
    env = live.server_env(url, workdir)
    app_times, hello_times = [], []
    for _ in range(runs):
        for app, times in (("wsgi:app", app_times), ("bench.hello:app", hello_times)):
            started = time.perf_counter()
            server = live.start_gunicorn(app, env, workers=1, ready_path="/",
                                         log=workdir / "cold.log")
            times.append(time.perf_counter() - started)
            server.stop()
    app_s, hello_s = statistics.median(app_times), statistics.median(hello_times)
    return {"app_s": round(app_s, 2), "hello_s": round(hello_s, 2),
            "ratio": round(app_s / hello_s, 1)}
