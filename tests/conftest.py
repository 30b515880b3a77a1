"""Fixtures shared by every test. Every HTML page the test client gets goes through the gate."""
from __future__ import annotations

import copy
import functools
import sqlite3

from tests import pg_worker

pg_worker.use_own_database()  # before config is imported: TestConfig reads the URL once

import pytest  # noqa: E402
from flask import url_for  # noqa: E402
from flask.testing import FlaskClient  # noqa: E402

from app import create_app, demo  # noqa: E402
from app.extensions import db as _db  # noqa: E402
from app.extensions import limiter  # noqa: E402
from config import TestConfig  # noqa: E402
from tests.gate import check_page  # noqa: E402
from tests.helpers import csrf_token  # noqa: E402


def pytest_collection_modifyitems(config, items):
    """In the PostgreSQL pass, run the tests that use a database: the others (most unit tests
    of easyread/, the page gate's own tests...) do the same work on any database and have
    just run in the SQLite pass."""
    if not TestConfig.SQLALCHEMY_DATABASE_URI.startswith("postgresql"):
        return
    keep = [item for item in items if _uses_a_database(item)]
    if len(keep) < len(items):
        config.hook.pytest_deselected(items=[item for item in items if item not in keep])
        items[:] = keep


_DATABASE_WORDS = ("create_app(", "scratch_database", "TEST_DATABASE_URL")


def _uses_a_database(item) -> bool:
    if item.get_closest_marker("sqlite_whatever_the_pass"):
        return False
    if "app" in getattr(item, "fixturenames", ()) or "tests/scale/" in item.nodeid:
        return True
    return _module_makes_its_own_app(item.path)


@functools.cache
def _module_makes_its_own_app(path) -> bool:
    source = path.read_text(encoding="utf-8") if path.suffix == ".py" else ""
    return any(word in source for word in _DATABASE_WORDS)


class GatedClient(FlaskClient):
    """A test client that runs the page gate on every HTML response."""

    def open(self, *args, **kwargs):
        # A fresh app context per request, as in production: `g` (and the CSRF token cached
        # on it) must not leak between two browsers in one test.
        with self.application.app_context():
            response = super().open(*args, **kwargs)
        if response.mimetype == "text/html" and not 300 <= response.status_code < 400:
            path = args[0] if args and isinstance(args[0], str) else kwargs.get("path", "")
            check_page(response.get_data(as_text=True), path=str(path),
                       allow_script="/staff/" in str(path))
        return response


@pytest.fixture(scope="session")
def _one_app():
    """One app per test process, made once: making one took about a tenth of a second, for
    each of ~1,800 tests. The `app` fixture puts it back as it was made before each test."""
    app = create_app(TestConfig)
    app.test_client_class = GatedClient
    return app, copy.deepcopy(dict(app.config)), dict(app.extensions)


@pytest.fixture
def app(_one_app, tmp_path):
    app, config, extensions = _one_app
    # Settings a test changed, and what the app keeps between requests (shared pages,
    # outlines, glossary matchers, signed cookies and tokens...), go back to how they were
    # made: those kept are made again on first use.
    app.config.clear()
    app.config.update(copy.deepcopy(config), INSTANCE_PATH=str(tmp_path))
    app.extensions.clear()
    app.extensions.update(extensions)
    with app.app_context():
        limiter.reset()  # memory storage lives in the process: start each test clean
        postgres = _db.engine.dialect.name == "postgresql"
        if postgres:
            _postgres_fresh_demo()
        else:
            _sqlite_fresh_demo()
        yield app
        _db.session.remove()
        if not postgres and _sqlite_on_a_file():
            _db.drop_all()
        _db.engine.dispose()  # each test starts on new connections (an in-memory one is new)


# --- SQLite (the default: an in-memory database per test) ---
# The demo is built once per process into a template database; each test's empty in-memory
# database is then filled by SQLite's own page copy (backup API) in about a millisecond,
# instead of create_all() and demo.load() (about 0.4 s) for every one of ~1,400 tests.
_SQLITE_TEMPLATE: sqlite3.Connection | None = None


def _sqlite_on_a_file() -> bool:
    return _db.engine.url.database not in (None, "", ":memory:")


def _sqlite_fresh_demo() -> None:
    global _SQLITE_TEMPLATE
    if _sqlite_on_a_file():
        _db.create_all()  # TEST_DATABASE_URL names a file: build it the slow way
        demo.load()
        return
    connection = _db.engine.raw_connection()  # the one StaticPool connection the app uses
    try:
        if _SQLITE_TEMPLATE is None:
            _db.create_all()
            demo.load()
            _db.session.remove()
            _SQLITE_TEMPLATE = sqlite3.connect(":memory:", check_same_thread=False)
            connection.driver_connection.backup(_SQLITE_TEMPLATE)
        else:
            _SQLITE_TEMPLATE.backup(connection.driver_connection)
    finally:
        connection.close()


# --- PostgreSQL (TEST_DATABASE_URL=postgresql+psycopg://...; see scripts/pg-throwaway.sh) ---
# The schema is made once per worker and the demo data loaded once. Each test then puts back
# only the tables the last test changed (most change a few small ones; putting back all 8,900
# demo rows took about a second a test). A table has changed when its row count or its newest
# row version (the largest xmin: every insert and update writes a newer one) differs from the
# fingerprint taken when it was last put back, whichever connection or process wrote to it.
# A table is put back with every table that refers to it. TEST_DATABASE_URL must name a
# database the tests may wipe: the first test drops everything in its public schema.
_PG_SNAPSHOT: dict | None = None      # table -> the demo's rows
_PG_FINGERPRINT: dict | None = None   # table name -> (row count, newest xmin)


def _postgres_fresh_demo() -> None:
    global _PG_SNAPSHOT, _PG_FINGERPRINT
    from sqlalchemy import select, text

    tables = _db.metadata.sorted_tables
    if _PG_SNAPSHOT is None:
        with _db.engine.begin() as conn:
            conn.execute(text("DROP SCHEMA public CASCADE"))
            conn.execute(text("CREATE SCHEMA public"))
        _db.create_all()
        demo.load()
        with _db.engine.connect() as conn:
            _PG_SNAPSHOT = {t: [dict(row._mapping) for row in conn.execute(select(t))]
                            for t in tables}
            _PG_FINGERPRINT = _pg_fingerprint(conn, tables)
        return
    quote = _db.engine.dialect.identifier_preparer.format_table
    with _db.engine.begin() as conn:
        now = _pg_fingerprint(conn, tables)
        changed = _with_tables_referring_to(
            {t for t in tables if now[t.name] != _PG_FINGERPRINT[t.name]}, tables)
        if changed:
            # DELETE beats TRUNCATE on tables this small (TRUNCATE makes new files).
            conn.exec_driver_sql("; ".join(f"DELETE FROM {quote(t)}"
                                           for t in reversed(tables) if t in changed))
            for table in tables:
                if table in changed and _PG_SNAPSHOT[table]:
                    conn.execute(table.insert(), _PG_SNAPSHOT[table])
            now = _pg_fingerprint(conn, tables)
        # Every sequence, every time: a rolled-back insert moves one on without changing rows.
        conn.exec_driver_sql(_pg_restart_sequences(tables))
    _PG_FINGERPRINT = now


def _pg_fingerprint(conn, tables) -> dict:
    """Each table's row count and newest row version, in one query."""
    query = " UNION ALL ".join(
        f"SELECT '{t.name}', count(*), coalesce(max(xmin::text::bigint), 0) FROM \"{t.name}\""
        for t in tables)
    return {name: (count, newest) for name, count, newest in conn.exec_driver_sql(query)}


def _with_tables_referring_to(changed: set, tables) -> set:
    """The changed tables and every table whose foreign keys lead to one of them: a parent's
    rows cannot be deleted and put back while a child's rows still point at them."""
    changed = set(changed)
    grew = True
    while grew:
        grew = False
        for table in tables:
            if table not in changed and any(fk.column.table in changed
                                            for fk in table.foreign_keys):
                changed.add(table)
                grew = True
    return changed


@pytest.fixture
def client(app):
    return app.test_client()


class ClientRequest:
    """Requests by endpoint name, each checking its status, so a test says which page it means
    rather than spelling out its address: `client_request.get("glossary.word", slug="respite")`.
    """

    def __init__(self, client):
        self.client = client

    def url_for(self, endpoint: str, **values) -> str:
        with self.client.application.test_request_context():
            return url_for(endpoint, **values)

    def get(self, endpoint: str, _expected_status: int = 200, **values) -> str:
        """The page's HTML, after checking its status."""
        response = self.client.get(self.url_for(endpoint, **values))
        assert response.status_code == _expected_status, (endpoint, values, response.status_code)
        return response.get_data(as_text=True)

    def post(self, endpoint: str, _data: dict | None = None, _expected_status: int = 302,
             **values):
        """POST the form on the endpoint's own page, with that page's token, as a browser would."""
        url = self.url_for(endpoint, **values)
        token = csrf_token(self.client.get(url).get_data(as_text=True))
        response = self.client.post(url, data={"csrf_token": token, **(_data or {})})
        assert response.status_code == _expected_status, (endpoint, values, response.status_code)
        return response


@pytest.fixture
def client_request(client):
    return ClientRequest(client)


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db(app):
    return _db


def _pg_restart_sequences(tables) -> str:
    """One SELECT that moves each id sequence past the rows just copied in."""
    parts = []
    for table in tables:
        pk = list(table.primary_key.columns)
        if len(pk) == 1 and table.autoincrement_column is not None:
            name, col = table.name, pk[0].name
            parts.append(f"setval(pg_get_serial_sequence('\"{name}\"', '{col}'), "
                         f"(SELECT COALESCE(MAX(\"{col}\"), 0) + 1 FROM \"{name}\"), false)")
    return "SELECT " + ", ".join(parts)
