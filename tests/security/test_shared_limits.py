"""ASVS V11: rate limits hold across every process, with Redis as the shared count.

With memory:// each gunicorn worker counts on its own, so 2 servers of 2 workers allow 4
times the limit. RATELIMIT_STORAGE_URI=redis://... shares one count; this needs the `redis`
package (it was missing: the app could not start with a redis:// URI). The test starts its
own Debian redis-server on a free loopback port, with nothing written to disk."""
from __future__ import annotations

import contextlib
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from bench import live

REDIS_SERVER = shutil.which("redis-server") or "/usr/bin/redis-server"
LIMIT = 4


@contextlib.contextmanager
def redis_server(directory: Path):
    if not Path(REDIS_SERVER).exists():
        pytest.skip("redis-server is not installed (Debian package redis-server; "
                    "scripts/system-deps.sh test installs it)")
    import redis

    port = live.free_port()
    process = subprocess.Popen(
        [REDIS_SERVER, "--port", str(port), "--bind", "127.0.0.1", "--save", "",
         "--appendonly", "no", "--dir", str(directory), "--protected-mode", "yes"],
        stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        client = redis.Redis(host="127.0.0.1", port=port, socket_timeout=2)
        deadline = time.monotonic() + 20
        while True:
            try:
                if client.ping():
                    break
            except redis.exceptions.ConnectionError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", client
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.mark.sqlite_whatever_the_pass  # the count is in Redis: the PostgreSQL pass skips it
def test_code_look_ups_are_limited_across_two_servers_sharing_redis(tmp_path):
    with redis_server(tmp_path) as (uri, client), \
            live.scratch_database("sqlite") as url:
        live.prepare(url, tmp_path)
        env = live.server_env(url, tmp_path)
        env.update(RATELIMIT_STORAGE_URI=uri, CODE_LOOKUP_LIMIT=f"{LIMIT} per 10 minutes")
        servers = []
        try:
            for n in range(2):
                servers.append(live.start_gunicorn("wsgi:app", env, workers=2,
                                                   log=tmp_path / f"server-{n}.log"))
            person = live.Participant(hosts=[s.host for s in servers])
            person.get_token("/return")
            statuses = [person.post("/return", {"code": "ABCD-EFGH"}, host=n % 2)[0]
                        for n in range(LIMIT + 4)]
            assert statuses == [400] * LIMIT + [429] * 4, statuses
            assert any(b"LIMITER" in key for key in client.keys("*"))  # counted in Redis
        finally:
            for server in servers:
                server.stop()
