"""Small reads on the busiest pages, straight through the database driver.

A participant page often needs only a number or two from the database: the content version
(app/content_version.py) and where this person is in their answers. Through the ORM each
such read costs far more than the query itself (measured with py-spy: a session, a
transaction, result objects, a pool checkout). So each worker thread keeps one connection
for these reads alone and runs plain SQL on the driver's cursor.

Every read sees what was committed before it ran: the connection never holds a transaction
open (SQLite starts none for a SELECT; on PostgreSQL the connection is taken out of the
pool and set to autocommit, so it can never be handed to the ORM like that). A connection
the server dropped is replaced once; a connection made before a fork is not used after it.

Write queries with ``?`` for parameters; they are turned into the driver's own style.
"""
from __future__ import annotations

import os
import threading

from flask import current_app, has_app_context
from sqlalchemy import event

from app.extensions import db


def fetch_one(sql: str, *params) -> tuple | None:
    rows = _run(sql, params, many=False)
    return rows[0] if rows else None


def fetch_all(sql: str, *params) -> list[tuple]:
    return _run(sql, params, many=True)


def _run(sql: str, params: tuple, many: bool) -> list[tuple]:
    engine = db.engine
    if engine.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    for attempt in range(2):
        connection = _connection(engine)
        cursor = None
        try:
            cursor = connection.cursor()
            cursor.execute(sql, params)
            rows = list(cursor.fetchall()) if many else [cursor.fetchone()]
            cursor.close()
            return [row for row in rows if row is not None]
        except engine.dialect.loaded_dbapi.Error as error:
            if attempt or not engine.dialect.is_disconnect(error, connection, cursor):
                raise
            _forget(engine, broken=True)  # the server dropped it: one more try, on a new one
    raise AssertionError("unreachable")


def _held() -> threading.local:
    return current_app.extensions["quick_reads"]


def _connection(engine):
    held = _held()
    mine = getattr(held, "connection", None)
    if mine is not None and mine[0] is engine and mine[1] == os.getpid():
        return mine[2]
    connection = engine.raw_connection()
    if engine.dialect.name != "sqlite":
        connection.detach()  # never back to the pool: it is in autocommit now
        connection.dbapi_connection.autocommit = True
    held.connection = (engine, os.getpid(), connection)
    if not event.contains(engine, "engine_disposed", _on_dispose):
        event.listen(engine, "engine_disposed", _on_dispose)
    return connection


def _forget(engine, broken: bool = False) -> None:
    held = _held()
    mine = getattr(held, "connection", None)
    held.connection = None
    if mine is None or mine[0] is not engine or mine[1] != os.getpid():
        return
    try:
        if broken:
            mine[2].invalidate()  # closed for good, never back to a pool
        elif engine.dialect.name != "sqlite":
            mine[2].close()  # (a SQLite one simply goes back to its pool)
    except Exception:  # noqa: BLE001 - it is going anyway
        pass


def _on_dispose(engine) -> None:
    """The engine let go of its connections (tests do this after each one): so do we."""
    if has_app_context() and "quick_reads" in current_app.extensions:
        _forget(engine)


def init_app(app) -> None:
    app.extensions["quick_reads"] = threading.local()  # each thread its own connection
