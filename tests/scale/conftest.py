"""Scale tests: real gunicorn processes on loopback against one database.

Each test gets a fresh database of the kind this run is about: a SQLite file normally, or a
new database on the PostgreSQL server in TEST_DATABASE_URL (the PostgreSQL pass,
`make test-postgres`)."""
from __future__ import annotations

import os

import pytest

from bench import live

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKEND = "postgresql" if PG_URL.startswith("postgresql") else "sqlite"


@pytest.fixture
def backend() -> str:
    return BACKEND


@pytest.fixture
def database(tmp_path):
    """(url, instance dir, answer plan) for a migrated database holding the demo data."""
    with live.scratch_database(BACKEND, PG_URL or None) as url:
        plan = live.prepare(url, tmp_path)
        yield url, tmp_path, plan["questions"]
