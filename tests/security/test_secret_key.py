"""ASVS V6 / V14: the key that signs sessions is never a known one.

With the old public default ("dev-only-change-me") anyone could sign an admin session. Now:
no SECRET_KEY means a random key kept in instance/secret_key (so `make run` works on a fresh
clone); a known or short key stops the app from starting outside debug and testing."""
from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from bench.live import ROOT, VENV_BIN, free_port

PRINT_KEY = "from wsgi import app; print('KEY', len(app.secret_key), app.config['SESSION_COOKIE_SECURE'])"


def _env(tmp_path: Path, **extra) -> dict:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("FLASK_", "SECRET_KEY", "EASYREAD_", "TEST_DATABASE"))}
    env.update(INSTANCE_PATH=str(tmp_path), DATABASE_URL=f"sqlite:///{tmp_path / 'k.sqlite'}",
               SPEECH_ENABLED="0", READABILITY_WARM="0", PYTHONDONTWRITEBYTECODE="1", **extra)
    return env


def _python(tmp_path, code=PRINT_KEY, **extra):
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=_env(tmp_path, **extra),
                          capture_output=True, text=True, timeout=120)


def test_no_key_set_makes_a_random_private_one_and_keeps_it(tmp_path):
    first = _python(tmp_path)
    assert first.returncode == 0, first.stderr[-2000:]
    assert "KEY 64" in first.stdout
    key_file = tmp_path / "secret_key"
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key = key_file.read_text().strip()
    assert len(key) >= 32 and key != "dev-only-change-me"
    again = _python(tmp_path, "from wsgi import app; print('SAME', app.secret_key == "
                    f"{key!r})")
    assert "SAME True" in again.stdout  # sessions survive a restart


@pytest.mark.parametrize("key", ["dev-only-change-me", "short-key-of-31-characters-xxxx"])
@pytest.mark.parametrize("config", ["", "production"])
def test_a_known_or_short_key_refuses_to_start(tmp_path, key, config):
    result = _python(tmp_path, SECRET_KEY=key, EASYREAD_CONFIG=config)
    assert result.returncode == 1
    assert "Refusing to start: SECRET_KEY" in result.stderr
    assert "Traceback" not in result.stderr
    assert "KEY" not in result.stdout


def test_debug_mode_still_accepts_a_short_key(tmp_path):
    result = _python(tmp_path, SECRET_KEY="dev", FLASK_DEBUG="1")
    assert result.returncode == 0, result.stderr[-2000:]
    assert "KEY 3" in result.stdout


def test_make_serve_config_is_production(tmp_path):
    result = _python(tmp_path, SECRET_KEY="x" * 40, EASYREAD_CONFIG="production")
    assert "KEY 40 True" in result.stdout  # ProductionConfig: secure cookies


def test_gunicorn_refuses_a_weak_key_once_in_the_master(tmp_path):
    result = subprocess.run(
        [str(VENV_BIN / "gunicorn"), "-c", "gunicorn.conf.py", "--bind",
         f"127.0.0.1:{free_port()}", "--workers", "1", "wsgi:app"],
        cwd=ROOT, env=_env(tmp_path, SECRET_KEY="dev-only-change-me"), capture_output=True,
        text=True, timeout=60)
    assert result.returncode != 0
    assert "Refusing to start: SECRET_KEY is the old public default" in result.stderr
    assert "Traceback" not in result.stderr and "Booting worker" not in result.stderr


def test_tests_keep_their_fixed_key(app):
    assert app.secret_key == "test" and app.testing
