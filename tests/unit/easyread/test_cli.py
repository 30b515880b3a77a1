from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]


def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "easyread", *args], cwd=ROOT, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_json_from_stdin() -> None:
    out = run("check", "-", "--json", stdin="We shall commence the meeting prior to lunch.")
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert data["level"] == "easy" and data["words"] == 8
    rules = {f["rule"] for f in data["findings"]}
    assert {"shall", "simpler-word"} <= rules


def test_human_report_from_file(tmp_path: Path) -> None:
    p = tmp_path / "t.txt"
    p.write_text("We want to know what you think. Call us.", encoding="utf-8")
    out = run("check", str(p), "--level", "plain")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("Verdict: Easy read")
    assert "Reading age:" in out.stdout


def test_language_without_scores() -> None:
    out = run("check", "-", "--lang", "cy", "--json", stdin="Dyma ni.")
    data = json.loads(out.stdout)
    assert data["scores_available"] is False and data["lang"] == "cy"


def test_missing_file_and_bad_level() -> None:
    out = run("check", "/nonexistent/file.txt")
    assert out.returncode == 2 and "cannot read" in out.stderr
    assert run("check", "-", "--level", "hard", stdin="x").returncode == 2
