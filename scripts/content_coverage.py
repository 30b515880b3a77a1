"""How much of the demo content and glossary each language's file has (issue 17).

The English files (app/data/demo.json, glossary.json) are the source; each language's file in
app/data/translations/ must mirror them field by field, so a Polish reader sees Polish.
Run: .venv/bin/python scripts/content_coverage.py   (prints a table; exit 1 while any is missing)
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from app.i18n import LANGUAGES  # noqa: E402  (after the path: run as a script)

DATA = ROOT / "app" / "data"
TRANSLATED = [code for code in LANGUAGES if code != "en"]
CONSULTATION_FIELDS = ("title", "summary", "purpose", "audience", "decision", "you_said", "we_did")
GLOSSARY_FIELDS = ("term", "definition", "explanation", "alternatives")


def _english():
    demo = json.loads((DATA / "demo.json").read_text(encoding="utf-8"))
    glossary = json.loads((DATA / "glossary.json").read_text(encoding="utf-8"))
    return demo["consultations"], glossary["terms"]


def _language(lang: str) -> dict:
    path = DATA / "translations" / f"{lang}.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def _filled(value) -> bool:
    if isinstance(value, list):
        return any(str(v).strip() for v in value)
    return bool(str(value or "").strip())


def missing_consultation_fields(lang: str) -> list[str]:
    """Paths like 'day-centres.questions[2].options[1].label' with English but no translation."""
    consultations, _ = _english()
    texts = _language(lang).get("consultations", {})
    missing = []
    for spec in consultations:
        t = texts.get(spec["slug"], {})
        where = spec["slug"]
        missing += [f"{where}.{f}" for f in CONSULTATION_FIELDS
                    if _filled(spec.get(f)) and not _filled(t.get(f))]
        for name, items, fields in (("blocks", spec["blocks"], ("text",)),
                                    ("changes", spec.get("changes", []), ("text",))):
            theirs = t.get(name, [])
            for i, item in enumerate(items):
                mine = theirs[i] if i < len(theirs) else {}
                missing += [f"{where}.{name}[{i}].{f}" for f in fields
                            if _filled(item.get(f)) and not _filled(mine.get(f))]
        theirs = t.get("questions", [])
        for i, q in enumerate(spec["questions"]):
            mine = theirs[i] if i < len(theirs) else {}
            missing += [f"{where}.questions[{i}].{f}" for f in ("text", "help")
                        if _filled(q.get(f)) and not _filled(mine.get(f))]
            their_options = mine.get("options", [])
            for j, o in enumerate(q.get("options", [])):
                mo = their_options[j] if j < len(their_options) else {}
                missing += [f"{where}.questions[{i}].options[{j}].{f}" for f in ("label", "help")
                            if _filled(o.get(f)) and not _filled(mo.get(f))]
    return missing


def missing_glossary_fields(lang: str) -> list[str]:
    _, terms = _english()
    theirs = _language(lang).get("glossary", {})
    missing = []
    for term in terms:
        mine = theirs.get(term["slug"], {})
        missing += [f"{term['slug']}.{f}" for f in GLOSSARY_FIELDS
                    if _filled(term.get(f)) and not _filled(mine.get(f))]
    return missing


def coverage_table() -> list[tuple[str, int, int, int, int]]:
    """(lang, content done, content total, glossary done, glossary total) for the closing note."""
    consultations, terms = _english()
    content_total = len(missing_consultation_fields("__none__"))
    glossary_total = len(missing_glossary_fields("__none__"))
    return [(lang, content_total - len(missing_consultation_fields(lang)), content_total,
             glossary_total - len(missing_glossary_fields(lang)), glossary_total)
            for lang in TRANSLATED]


if __name__ == "__main__":
    print("| language | demo content | glossary fields |")
    print("|---|---|---|")
    for lang, c_done, c_total, g_done, g_total in coverage_table():
        print(f"| {lang} | {c_done}/{c_total} ({100 * c_done // c_total}%) "
              f"| {g_done}/{g_total} ({100 * g_done // g_total}%) |")
    sys.exit(0 if all(c == ct and g == gt for _, c, ct, g, gt in coverage_table()) else 1)
