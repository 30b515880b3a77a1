"""ASVS V11 / V14: slow clients cannot take the site down.

gunicorn's sync workers serve one connection each: a few clients that send their requests a
byte at a time hold every worker, and everyone else waits. In production nginx sits in front
(deploy/nginx.conf) and reads each request whole before gunicorn sees it. This test runs
deploy/easyread-proxy.conf in a real nginx on loopback in front of gunicorn with 2 sync
workers, opens slow connections, and times a normal request; then shows the same slow
clients against gunicorn alone, where the normal request is stuck.
"""
from __future__ import annotations

import contextlib
import http.client
import os
import shutil
import socket
import subprocess
import threading
import time
from pathlib import Path

import pytest

from bench import live

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PROXY_CONF = live.ROOT / "deploy" / "easyread-proxy.conf"
SLOW_CLIENTS = 6
WAIT = 3.0  # seconds a normal request may take while the slow clients trickle


@contextlib.contextmanager
def nginx_in_front_of(upstream_port: int, directory: Path):
    if not Path(NGINX).exists():
        pytest.skip("nginx is not installed (Debian package nginx; "
                    "scripts/system-deps.sh test installs it)")
    port = live.free_port()
    for name in ("body", "proxy", "fastcgi", "uwsgi", "scgi", "logs"):
        (directory / name).mkdir(exist_ok=True)
    user = "user root root;" if os.geteuid() == 0 else ""  # workers may read our temp dirs
    conf = directory / "nginx.conf"
    conf.write_text(f"""
daemon off;
worker_processes 1;
{user}
pid {directory}/nginx.pid;
error_log {directory}/logs/error.log warn;
events {{ worker_connections 256; }}
http {{
    access_log off;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    upstream easyread {{ server 127.0.0.1:{upstream_port}; keepalive 4; }}
    server {{
        listen 127.0.0.1:{port};
        location / {{
            include {PROXY_CONF};
            proxy_pass http://easyread;
        }}
    }}
}}
""")
    process = subprocess.Popen([NGINX, "-p", str(directory), "-c", str(conf),
                                "-e", str(directory / "logs" / "error.log")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    log = (directory / "logs" / "error.log")
                    raise RuntimeError(f"nginx did not start: "
                                       f"{log.read_text() if log.exists() else ''}")
                time.sleep(0.05)
        yield port
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextlib.contextmanager
def slow_clients(port: int, count: int, stop: threading.Event):
    """count connections that send a request a byte every 0.2 s: half trickle their headers,
    half send headers and then trickle a body."""
    sockets = []

    def trickle(index: int):
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=5)
        except OSError:
            return
        sockets.append(sock)
        if index % 2:
            head = (b"POST /return HTTP/1.1\r\nHost: localhost\r\n"
                    b"Content-Type: application/x-www-form-urlencoded\r\n"
                    b"Content-Length: 100000\r\n\r\n")
            sock.sendall(head)
            drip = b"code=" + b"A" * 100000
        else:
            drip = b"GET /healthz HTTP/1.1\r\nHost: localhost\r\nX-Slow: " + b"z" * 100000
        for byte in drip:
            if stop.is_set():
                break
            try:
                sock.send(bytes([byte]))
            except OSError:
                break
            stop.wait(0.2)

    threads = [threading.Thread(target=trickle, args=(i,), daemon=True) for i in range(count)]
    for thread in threads:
        thread.start()
    time.sleep(1.0)  # let every slow client connect and start dripping
    try:
        yield
    finally:
        stop.set()
        for sock in sockets:
            with contextlib.suppress(OSError):
                sock.close()
        for thread in threads:
            thread.join(timeout=5)


def normal_request_seconds(port: int, timeout: float) -> float | None:
    """Seconds for GET /healthz, or None when no answer came within timeout."""
    started = time.monotonic()
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
        conn.request("GET", "/healthz")
        response = conn.getresponse()
        response.read()
        conn.close()
    except (OSError, http.client.HTTPException):
        return None
    return time.monotonic() - started if response.status == 200 else None


@pytest.fixture
def gunicorn_two_workers(tmp_path):
    env = live.server_env(f"sqlite:///{tmp_path / 'slow.sqlite'}", tmp_path)
    env.update(PROXY_FIX_HOPS="1")
    server = live.start_gunicorn("wsgi:app", env, workers=2, log=tmp_path / "gunicorn.log")
    try:
        yield server
    finally:
        server.stop()


def test_a_normal_request_is_served_while_slow_clients_trickle_through_nginx(
        gunicorn_two_workers, tmp_path):
    with nginx_in_front_of(gunicorn_two_workers.port, tmp_path) as port:
        assert normal_request_seconds(port, 5) is not None  # the proxy works
        stop = threading.Event()
        with slow_clients(port, SLOW_CLIENTS, stop):
            times = [normal_request_seconds(port, WAIT) for _ in range(5)]
    assert all(t is not None and t < 1.0 for t in times), times


def test_without_the_proxy_slow_clients_hold_every_worker(gunicorn_two_workers):
    """The problem the proxy solves, shown: a normal request to gunicorn alone gets no
    answer while the slow clients trickle."""
    port = gunicorn_two_workers.port
    assert normal_request_seconds(port, 5) is not None
    stop = threading.Event()
    with slow_clients(port, SLOW_CLIENTS, stop):
        stuck = normal_request_seconds(port, WAIT)
    assert stuck is None


def test_the_shipped_nginx_site_is_valid(tmp_path):
    """deploy/nginx.conf as nginx reads it (`nginx -t`), with a throwaway certificate and the
    proxy file at this checkout's path."""
    if not Path(NGINX).exists():
        pytest.skip("nginx is not installed (Debian package nginx)")
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl is not installed")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run([openssl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
                    "-subj", "/CN=consult.example.org", "-keyout", str(key), "-out", str(cert)],
                   check=True, capture_output=True, timeout=60)
    site = (live.ROOT / "deploy" / "nginx.conf").read_text()
    assert "include /etc/nginx/easyread-proxy.conf;" in site
    site = (site.replace("/etc/nginx/easyread-proxy.conf", str(PROXY_CONF))
                .replace("/etc/ssl/certs/consult.example.org.pem", str(cert))
                .replace("/etc/ssl/private/consult.example.org.key", str(key)))
    for directive in ("client_header_timeout 10s;", "client_body_timeout 10s;",
                      "client_max_body_size 6m;"):
        assert directive in site
    (tmp_path / "site.conf").write_text(site)
    (tmp_path / "logs").mkdir()
    wrapper = tmp_path / "nginx.conf"
    wrapper.write_text(f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/logs/error.log;\n"
                       f"events {{}}\nhttp {{ include {tmp_path}/site.conf; }}\n")
    result = subprocess.run([NGINX, "-t", "-p", str(tmp_path), "-c", str(wrapper),
                             "-e", str(tmp_path / "logs" / "error.log")],
                            capture_output=True, text=True, timeout=30)
    assert result.returncode == 0, result.stderr
    assert "syntax is ok" in result.stderr
