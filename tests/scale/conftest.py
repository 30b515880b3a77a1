"""Scale tests: real gunicorn processes on loopback against one database.

Each test gets a fresh database of the kind this run is about: a SQLite file normally, or a
new database on the PostgreSQL server in TEST_DATABASE_URL (the PostgreSQL pass,
`make test-postgres`)."""
from __future__ import annotations

import os
import shutil

import pytest
import sqlalchemy as sa

from bench import live

PG_URL = os.environ.get("TEST_DATABASE_URL", "")
BACKEND = "postgresql" if PG_URL.startswith("postgresql") else "sqlite"


@pytest.fixture
def backend() -> str:
    return BACKEND


@pytest.fixture(scope="session")
def prepared(tmp_path_factory):
    """A database migrated and holding the demo data, made once per worker (`live.prepare`,
    about 6 s), and its answer plan. Each test gets its own copy of it."""
    instance = tmp_path_factory.mktemp("prepared")
    with live.scratch_database(BACKEND, PG_URL or None) as url:
        plan = live.prepare(url, instance)  # in its own process: no connection stays open
        yield url, plan["questions"]


@pytest.fixture
def database(tmp_path, prepared):
    """(url, instance dir, answer plan) for a migrated database holding the demo data."""
    template, plan = prepared
    with live.scratch_database(BACKEND, PG_URL or None) as url:
        _copy_database(template, url)
        yield url, tmp_path, plan


def _copy_database(template: str, url: str) -> None:
    if BACKEND == "sqlite":
        shutil.copyfile(sa.engine.make_url(template).database, sa.engine.make_url(url).database)
        return
    admin = sa.create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    name, source = sa.engine.make_url(url).database, sa.engine.make_url(template).database
    with admin.connect() as conn:  # the new database is empty and nobody is connected yet
        conn.exec_driver_sql(f'DROP DATABASE "{name}"')
        conn.exec_driver_sql(f'CREATE DATABASE "{name}" TEMPLATE "{source}"')
    admin.dispose()
