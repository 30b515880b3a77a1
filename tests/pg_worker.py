"""The PostgreSQL pass under pytest-xdist: each worker wipes and refills its database for
every test, so each worker gets a database of its own on the throwaway server."""
from __future__ import annotations

import os


def use_own_database() -> None:
    """Point TEST_DATABASE_URL at "<database>_<worker>", made if missing. Must run before
    `config` is imported (TestConfig reads the variable once)."""
    url = os.environ.get("TEST_DATABASE_URL", "")
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if not (worker and url.startswith("postgresql")):
        return
    import psycopg
    from sqlalchemy.engine import make_url

    base = make_url(url)
    name = f"{base.database}_{worker}"
    plain = base.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(plain, autocommit=True) as conn:
        if conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() is None:
            conn.execute(f'CREATE DATABASE "{name}"')
    os.environ["TEST_DATABASE_URL"] = base.set(database=name).render_as_string(hide_password=False)
