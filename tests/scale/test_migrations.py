"""`flask db upgrade` builds exactly the schema the models describe (SQLite, and PostgreSQL in
the PostgreSQL pass): Alembic's compare_metadata finds no difference."""
import subprocess
import sys

from bench import live

COMPARE = """
import json
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from flask_migrate import upgrade
from app import create_app
from app.extensions import db
app = create_app()
with app.app_context():
    upgrade()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True})
        diffs = compare_metadata(context, db.metadata)
        tables = sorted(n for n in db.inspect(conn).get_table_names() if n != "alembic_version")
    print("DIFFS=" + json.dumps([repr(d) for d in diffs]))
    print("TABLES=" + json.dumps(tables))
    print("MODELS=" + json.dumps(sorted(db.metadata.tables)))
"""


def test_migrations_build_the_same_schema_as_the_models(tmp_path, backend):
    with live.scratch_database(backend, live_url()) as url:
        out = subprocess.run([sys.executable, "-c", COMPARE], cwd=live.ROOT,
                             env=live.server_env(url, tmp_path), capture_output=True,
                             text=True, timeout=300)
    assert out.returncode == 0, out.stderr[-3000:]
    values = {line.split("=", 1)[0]: line.split("=", 1)[1]
              for line in out.stdout.splitlines() if "=" in line}
    assert values["DIFFS"] == "[]", f"{backend}: migrations differ from models: {values['DIFFS']}"
    assert values["TABLES"] == values["MODELS"]
    assert len(values["MODELS"]) > 100  # the JSON list of every table name, not an empty one


def live_url():
    from tests.scale.conftest import PG_URL

    return PG_URL or None
