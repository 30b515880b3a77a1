"""Real servers on loopback and a participant that talks HTTP to them.

Shared by the benchmarks (bench/load.py) and the scale tests (tests/scale/). Everything here
listens on 127.0.0.1 only, and every loop and wait is bounded in time.
"""
from __future__ import annotations

import contextlib
import http.client
import os
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode, urlsplit

ROOT = Path(__file__).resolve().parents[1]
VENV_BIN = Path(sys.executable).parent
SLUG = "day-centres"
SECRET = "scale-test-shared-secret-of-40-characters"  # 32+: see config.py


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# --- databases -------------------------------------------------------------------------------

@contextlib.contextmanager
def scratch_database(kind: str, base_url: str | None = None):
    """A fresh empty database: a SQLite file, or a new database on a PostgreSQL server
    (base_url: any URL on that server). Yields its SQLAlchemy URL; removes it afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory(prefix="easyread-scale-") as tmp:
            yield f"sqlite:///{Path(tmp) / 'scale.sqlite'}"
        return
    import sqlalchemy as sa

    assert base_url, "PostgreSQL needs a server URL (TEST_DATABASE_URL)"
    name = f"scale_{uuid.uuid4().hex[:10]}"
    admin = sa.create_engine(base_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    url = sa.engine.make_url(base_url).set(database=name)
    try:
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        admin.dispose()


def prepare(url: str, instance: Path) -> dict:
    """Migrate (flask db upgrade) and load the demo data, as `make setup` does.
    Returns the answer plan for the day-centres consultation: [(question kind, form data)]."""
    code = (
        "import json, sys\n"
        "from flask_migrate import upgrade\n"
        "from app import create_app, demo\n"
        "from app.participate import services\n"
        "app = create_app()\n"
        "with app.app_context():\n"
        "    upgrade()\n"
        "    demo.load()\n"
        f"    c = services.get_published({SLUG!r})\n"
        "    plan = []\n"
        "    for q in services.live_questions(c):\n"
        "        values = services.option_values(q)\n"
        "        answer = (values[0] if q.kind in ('one', 'feelings', 'yesno') else\n"
        "                  values[:2] if q.kind == 'many' else 'TEXT')\n"
        "        plan.append([q.kind, answer])\n"
        "    print('PLAN=' + json.dumps(plan))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=server_env(url, instance),
                         capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(f"prepare failed:\n{out.stderr[-3000:]}")
    import json

    line = next(line for line in out.stdout.splitlines() if line.startswith("PLAN="))
    return {"questions": json.loads(line[5:])}


def server_env(url: str, instance: Path) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FLASK_", "WEB_CONCURRENCY", "TEST_DATABASE"))}
    env.update(DATABASE_URL=url, INSTANCE_PATH=str(instance), SECRET_KEY=SECRET,
               SPEECH_ENABLED="0", LOAD_DEMO_DATA="0", PYTHONDONTWRITEBYTECODE="1",
               FLASK_APP="wsgi.py", CODE_LOOKUP_LIMIT="10000 per minute")
    return env


# --- servers ---------------------------------------------------------------------------------

@dataclass
class Server:
    port: int
    process: subprocess.Popen
    log: Path
    started: float = 0.0
    ready_after: float = 0.0

    @property
    def host(self) -> tuple[str, int]:
        return ("127.0.0.1", self.port)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait(timeout=10)


def start_gunicorn(app: str, env: dict, workers: int = 2, port: int | None = None,
                   log: Path | None = None, ready_path: str = "/healthz",
                   timeout: float = 120) -> Server:
    """gunicorn with sync workers on 127.0.0.1; returns once ready_path answers 200."""
    port = port or free_port()
    log = log or Path(tempfile.mkstemp(prefix="gunicorn-", suffix=".log")[1])
    started = time.perf_counter()
    process = subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "--workers", str(workers), "--worker-class", "sync",
         "--bind", f"127.0.0.1:{port}", "--timeout", "60", "--graceful-timeout", "10",
         "--error-logfile", str(log), app],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    server = Server(port, process, log, started)
    deadline = started + timeout
    while time.perf_counter() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"gunicorn exited: {log.read_text()[-3000:]}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", ready_path)
            status = conn.getresponse().status
            conn.close()
            if status == 200:
                server.ready_after = time.perf_counter() - started
                return server
        except OSError:
            pass
        time.sleep(0.05)
    server.stop()
    raise RuntimeError(f"gunicorn did not answer within {timeout} s: {log.read_text()[-3000:]}")


@contextlib.contextmanager
def servers(count: int, url: str, instance: Path, workers: int = 2):
    """count app servers (separate gunicorn masters) on one database."""
    env = server_env(url, instance)
    started: list[Server] = []
    try:
        for n in range(count):
            started.append(start_gunicorn("wsgi:app", env, workers=workers,
                                          log=instance / f"server-{n}.log"))
        yield started
    finally:
        for server in started:
            server.stop()


# --- a participant over HTTP -----------------------------------------------------------------

TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass
class Participant:
    """One browser: its own cookie jar (the signed session), talking to one or more servers."""

    hosts: list[tuple[str, int]]
    cookies: dict = field(default_factory=dict)
    token: str = ""
    lock: threading.Lock = field(default_factory=threading.Lock)
    statuses: list = field(default_factory=list)

    def request(self, method: str, path: str, data: dict | None = None,
                host: int = 0) -> tuple[int, dict, str]:
        conn = http.client.HTTPConnection(*self.hosts[host % len(self.hosts)], timeout=60)
        headers = {"Accept-Language": "en"}
        with self.lock:
            if self.cookies:
                headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if data is not None:
            body = urlencode(data, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            with self.lock:
                for name, value in response.getheaders():
                    if name.lower() == "set-cookie":
                        key, _, rest = value.partition("=")
                        self.cookies[key.strip()] = rest.split(";", 1)[0]
            self.statuses.append(response.status)
            return response.status, dict(response.getheaders()), text
        finally:
            conn.close()

    def get_token(self, path: str, host: int = 0) -> str:
        status, _, html = self.request("GET", path, host=host)
        match = TOKEN.search(html)
        if status != 200 or not match:
            raise AssertionError(f"GET {path}: {status}, no form token")
        self.token = match.group(1)
        return self.token

    def post(self, path: str, data: dict, host: int = 0) -> tuple[int, str]:
        status, headers, _ = self.request("POST", path, {"csrf_token": self.token, **data},
                                          host=host)
        location = headers.get("Location", "")
        return status, urlsplit(location).path


def answer_data(plan: list, marker: str) -> list[dict]:
    """Form data for each question, with `marker` as the free-text answer."""
    forms = []
    for kind, answer in plan:
        forms.append({"answer": marker if kind == "text" else answer, "action": "next"})
    return forms


def run_journey(p: Participant, plan: list, marker: str, *, hosts: list[int] | None = None,
                double_send: bool = False) -> bool:
    """Start, answer every question, send. hosts: which server each step goes to (cycled).
    double_send: press Send twice at once (two requests in flight with the same cookie).
    Returns True when the final send answered with a redirect to the sent page."""
    base = f"/consultations/{SLUG}"
    steps = hosts or [0]
    step = iter(range(10_000))

    def host() -> int:
        return steps[next(step) % len(steps)]

    p.get_token(f"{base}/start", host=host())
    status, where = p.post(f"{base}/start", {"answering": "self"}, host=host())
    assert status == 302 and where.endswith("/questions/1"), (status, where)
    for number, data in enumerate(answer_data(plan, marker), start=1):
        status, where = p.post(f"{base}/questions/{number}", data, host=host())
        assert status == 302, (number, status)
    if not double_send:
        status, where = p.post(f"{base}/check", {}, host=host())
        return status == 302 and where.endswith("/sent")
    results: list = [None, None]
    first, second = host(), host()

    def send(i: int, h: int) -> None:
        results[i] = p.post(f"{base}/check", {}, host=h)

    threads = [threading.Thread(target=send, args=(0, first)),
               threading.Thread(target=send, args=(1, second))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return any(r and r[0] == 302 and r[1].endswith("/sent") for r in results)


def stored_counts(url: str, markers: list[str], questions: int) -> dict:
    """What the database holds: sent responses, and how many sent responses carry each marker."""
    import sqlalchemy as sa

    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            sent = conn.execute(sa.text(
                "SELECT COUNT(*) FROM response WHERE status = 'sent'")).scalar()
            rows = conn.execute(sa.text(
                "SELECT a.text, COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id "
                "WHERE r.status = 'sent' AND a.text LIKE 'Load check %' GROUP BY a.text")).all()
            short = conn.execute(sa.text(
                "SELECT COUNT(*) FROM response r WHERE r.status = 'sent' AND "
                "(SELECT COUNT(*) FROM answer a WHERE a.response_id = r.id) <> :n"),
                {"n": questions}).scalar()
            answers_per = conn.execute(sa.text(
                "SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id "
                "WHERE r.status = 'sent'")).scalar()
    finally:
        engine.dispose()
    seen = dict(rows)
    return {
        "sent": sent,
        "answers": answers_per,
        "missing": [m for m in markers if seen.get(m, 0) == 0],
        "duplicated": [m for m in markers if seen.get(m, 0) > 1],
        "unexpected": [m for m in seen if m not in set(markers)],
        "incomplete": short,
    }


def marker(n: int) -> str:
    return f"Load check {n:05d}: the staff are kind."


def run_load(hosts: list[tuple[str, int]], plan: list, journeys: int, concurrency: int,
             double_every: int = 10, time_limit: float = 600,
             spread: bool = False) -> dict:
    """`journeys` participants, `concurrency` at a time; every `double_every`-th presses Send
    twice at once. spread: each participant's requests go round all hosts in turn.
    Returns counts and the markers of every journey that was sent."""
    from concurrent.futures import ThreadPoolExecutor

    deadline = time.perf_counter() + time_limit
    failures: list[str] = []
    sent: list[str] = []
    statuses: dict[int, int] = {}
    lock = threading.Lock()

    def one(n: int) -> None:
        if time.perf_counter() > deadline:
            return
        p = Participant(hosts=hosts)
        order = list(range(len(hosts))) if spread else [n % len(hosts)]
        try:
            ok = run_journey(p, plan, marker(n), hosts=order,
                             double_send=double_every > 0 and n % double_every == 0)
        except Exception as error:  # noqa: BLE001 - counted and reported, never hidden
            ok = False
            with lock:
                failures.append(f"{n}: {error!r}"[:300])
        with lock:
            for status in p.statuses:
                statuses[status] = statuses.get(status, 0) + 1
            if ok:
                sent.append(marker(n))
            elif not failures or not failures[-1].startswith(f"{n}:"):
                failures.append(f"{n}: send not confirmed")

    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        list(pool.map(one, range(journeys)))
    return {"seconds": time.perf_counter() - started, "sent": sent, "failures": failures,
            "statuses": statuses, "doubles": len(range(0, journeys, double_every))
            if double_every else 0}
