"""Small reads on the busiest pages, straight through the database driver.

A participant page often needs only a number or two from the database: the content version
(app/content_version.py) and where this person is in their answers. Through the ORM each
such read costs far more than the query itself (measured with py-spy: a session, a
transaction, result objects). Here a request borrows one pooled connection for these reads,
runs plain SQL on the driver's cursor and gives the connection back when the request ends.

Each read sees what was committed before it ran, on SQLite and PostgreSQL alike. Write
queries with ``?`` for parameters; they are turned into the driver's own style.
"""
from __future__ import annotations

from flask import Flask, g

from app.extensions import db

_KEY = "_quick_connection"


def fetch_one(sql: str, *params) -> tuple | None:
    rows = _run(sql, params, many=False)
    return rows[0] if rows else None


def fetch_all(sql: str, *params) -> list[tuple]:
    return _run(sql, params, many=True)


def _run(sql: str, params: tuple, many: bool) -> list[tuple]:
    connection = g.get(_KEY)
    if connection is None:
        connection = db.engine.raw_connection()
        setattr(g, _KEY, connection)
    if db.engine.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    cursor = connection.cursor()
    try:
        cursor.execute(sql, params)
        if many:
            return list(cursor.fetchall())
        row = cursor.fetchone()
        return [row] if row is not None else []
    finally:
        cursor.close()


def _give_back(_error=None) -> None:
    connection = g.pop(_KEY, None)
    if connection is not None:
        connection.close()  # back to the pool, which ends any transaction the driver began


def init_app(app: Flask) -> None:
    app.teardown_appcontext(_give_back)
