"""Command line: python -m easyread check PATH [--level easy|plain] [--lang en] [--json]."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from .documents import DocumentError, read_text

_LABELS = {
    "easy-read": "Easy read",
    "plain": "Plain English",
    "hard": "Hard to read",
}
_GRADE_LABELS = {
    "easy-read": "easy read", "plain": "plain English", "fairly-hard": "fairly hard",
    "hard": "hard", "very-hard": "very hard", "extremely-hard": "extremely hard",
}


def _read(path: str) -> str:
    if path == "-":
        data = sys.stdin.buffer.read()
        return read_text(data, "stdin.txt")
    return read_text(path, path)


def _human(report_dict: dict, out: "object") -> None:
    w = out.write  # type: ignore[attr-defined]
    w(f"Verdict: {_LABELS.get(report_dict['verdict'], report_dict['verdict'])}\n")
    if "grade" in report_dict:
        from .report import GRADES, grade_rank

        g = report_dict["grade"]
        w(f"Grade: {grade_rank(g)} of {len(GRADES)}, {_GRADE_LABELS.get(g, g)}  "
          f"Easy-read score: {report_dict['score']} out of 100\n")
    w(f"Words: {report_dict['words']}  Sentences: {report_dict['sentences']}  "
      f"Level: {report_dict['level']}  Language: {report_dict['lang']}\n")
    if report_dict["scores_available"]:
        age = report_dict["reading_age"]
        if age:
            flag = "" if age["reliable"] else " (rough guide)"
            w(f"Reading age: {age['value']:.1f}{flag}\n")
        for name, s in report_dict["scores"].items():
            flag = "" if s["reliable"] else "  (not reliable: " + ", ".join(s["notes"]) + ")"
            w(f"  {name}: {s['value']:.1f}{flag}\n")
    else:
        w("Scores: not available for this language\n")
    if report_dict["reasons"]:
        w("Reasons:\n")
        for r in report_dict["reasons"]:
            extra = ", ".join(f"{k}={v}" for k, v in r.items() if k != "code")
            w(f"  - {r['code']} ({extra})\n")
    if report_dict["findings"]:
        w(f"Findings ({len(report_dict['findings'])}):\n")
        for f in report_dict["findings"]:
            text = f["text"].replace("\n", " ")
            if len(text) > 60:
                text = text[:57] + "..."
            sugg = f" -> {f['suggestion']}" if f["suggestion"] else ""
            w(f"  {f['start']}-{f['end']} {f['rule']}: {text!r}{sugg}\n")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m easyread", description="Check how easy a text is to read.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_check = sub.add_parser("check", help="check a .txt, .md or .docx file ('-' reads stdin)")
    p_check.add_argument("path")
    p_check.add_argument("--level", choices=["easy", "plain"], default="easy")
    p_check.add_argument("--lang", default="en")
    p_check.add_argument("--json", action="store_true", help="print one JSON object")
    args = parser.parse_args(argv)

    from . import check, warm

    try:
        text = _read(args.path)
    except (OSError, DocumentError) as exc:
        print(f"error: cannot read {args.path}: {exc}", file=sys.stderr)
        return 2
    warm((args.lang,))
    report = check(text, level=args.level, lang=args.lang).to_dict()
    if args.json:
        json.dump(report, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _human(report, sys.stdout)
    return 0
