"""Quick reads: one held connection per worker thread, never inside a transaction."""
from __future__ import annotations

import pytest

from app import create_app, quick_reads
from app.extensions import db
from config import TestConfig


@pytest.fixture
def file_app(tmp_path):
    """An app on a SQLite file (the in-memory test database has one connection only)."""
    settings = {name: getattr(TestConfig, name) for name in dir(TestConfig) if name.isupper()}
    app = create_app({**settings, "SQLALCHEMY_DATABASE_URI":
                      f"sqlite:///{tmp_path / 'quick.sqlite'}"})
    with app.app_context():
        db.create_all()
        yield app
        db.session.remove()
        db.engine.dispose()


def _version() -> int:
    return quick_reads.fetch_one("SELECT number FROM content_version WHERE id = ?", 1)[0]


def test_reads_share_one_connection_and_see_each_commit(file_app):
    assert db.engine.url.database.endswith("quick.sqlite")
    first = _version()
    held = quick_reads._connection(db.engine)
    with db.engine.begin() as conn:  # someone else's write, committed
        conn.exec_driver_sql("UPDATE content_version SET number = number + 1 WHERE id = 1")
    assert _version() == first + 1
    assert quick_reads._connection(db.engine) is held


def test_a_connection_closed_underneath_is_replaced_once(file_app):
    _version()
    broken = quick_reads._connection(db.engine)
    broken.dbapi_connection.close()  # as when a database server drops a connection
    assert _version() >= 0
    assert quick_reads._connection(db.engine) is not broken


def test_a_connection_made_before_a_fork_is_not_used_after_it(file_app, monkeypatch):
    _version()
    before = quick_reads._connection(db.engine)
    monkeypatch.setattr(quick_reads.os, "getpid", lambda: -1)
    assert quick_reads._connection(db.engine) is not before


def test_other_errors_are_not_hidden(file_app):
    with pytest.raises(Exception, match="no such table|does not exist"):
        quick_reads.fetch_one("SELECT 1 FROM no_such_table")


def test_on_postgresql_the_connection_is_out_of_the_pool_and_never_in_a_transaction(app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only (make test runs this in its PostgreSQL pass)")
    with app.test_request_context("/"):
        quick_reads.fetch_one("SELECT number FROM content_version WHERE id = ?", 1)
        held = quick_reads._connection(db.engine)
        assert held.dbapi_connection.autocommit is True
        from psycopg.pq import TransactionStatus

        assert held.dbapi_connection.info.transaction_status == TransactionStatus.IDLE
        pooled = db.engine.pool.checkedout()
        db.session.execute(db.text("SELECT 1"))
        db.session.commit()
        assert db.engine.pool.checkedout() == pooled  # the session never got ours


def test_on_postgresql_a_connection_the_server_ends_is_replaced(app):
    if db.engine.dialect.name != "postgresql":
        pytest.skip("PostgreSQL only (make test runs this in its PostgreSQL pass)")
    with app.test_request_context("/"):
        first = quick_reads.fetch_one("SELECT number FROM content_version WHERE id = ?", 1)
        held = quick_reads._connection(db.engine)
        backend = held.dbapi_connection.info.backend_pid
        with db.engine.begin() as conn:
            conn.exec_driver_sql(f"SELECT pg_terminate_backend({int(backend)})")
        again = quick_reads.fetch_one("SELECT number FROM content_version WHERE id = ?", 1)
        assert again == first
        assert quick_reads._connection(db.engine) is not held
