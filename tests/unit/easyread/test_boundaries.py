"""easyread must stay free of the web stack."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
FORBIDDEN = {"flask", "flask_babel", "wtforms", "sqlalchemy", "flask_wtf", "flask_sqlalchemy"}


def test_no_forbidden_imports_in_source() -> None:
    for path in (ROOT / "easyread").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            for name in names:
                assert name.split(".")[0] not in FORBIDDEN, f"{path}: imports {name}"


def test_no_forbidden_modules_loaded_at_run_time() -> None:
    script = (
        "import sys, easyread; easyread.warm(); easyread.check('We shall meet. Call us.');"
        "import easyread.safeguarding, easyread.draft, easyread.documents, easyread.cli;"
        f"bad = {sorted(FORBIDDEN)!r};"
        "print([m for m in sys.modules if m.split('.')[0] in bad])"
    )
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
