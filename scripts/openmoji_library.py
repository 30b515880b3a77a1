"""Builds the picture library files from the installed OpenMoji npm package (make pictures).

Writes, from node_modules/openmoji (the exact version is pinned in package.json):
- app/data/openmoji/index.json: every OpenMoji but skin-tone variants and brand logos, as
  hexcode -> [annotation, tags]; staff search and suggestions use it.
- app/data/openmoji/svg/<hexcode>.svg: the demo's pictures (app/data/demo_pictures.json), made
  smaller (no comments, empty groups, ids or spaces between tags).
Both are committed, so `make run` shows the demo's pictures with nothing installed. Other
pictures come from node_modules/openmoji/color/svg when staff pick them (npm ci in make setup).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from easyread.symbols import minify_svg as minify  # noqa: E402

PACKAGE = ROOT / "node_modules" / "openmoji"
OUT = ROOT / "app" / "data" / "openmoji"


def demo_hexcodes() -> set[str]:
    data = json.loads((ROOT / "app" / "data" / "demo_pictures.json").read_text(encoding="utf-8"))
    codes: set[str] = set()
    for slug, spec in data.items():
        if slug.startswith("_"):
            continue
        codes.update(spec.get("blocks", []))
        for q in spec.get("questions", []):
            codes.update(filter(None, [q.get("picture")] + q.get("options", [])))
    return codes


def main() -> int:
    if not (PACKAGE / "data" / "openmoji.json").exists():
        print("OpenMoji is not installed: run `npm ci` first.", file=sys.stderr)
        return 1
    entries = json.loads((PACKAGE / "data" / "openmoji.json").read_text(encoding="utf-8"))
    index = {}
    for e in entries:
        if e.get("skintone") or e["group"] == "component" or e["subgroups"] == "brand":
            continue
        tags = ", ".join(t for t in (e.get("tags", ""), e.get("openmoji_tags", "")) if t)
        index[e["hexcode"]] = [e["annotation"], tags]
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "index.json").write_text(
        json.dumps(index, ensure_ascii=False, separators=(",", ":"), sort_keys=True) + "\n",
        encoding="utf-8")
    svg_dir = OUT / "svg"
    svg_dir.mkdir(exist_ok=True)
    for old in svg_dir.glob("*.svg"):
        old.unlink()
    for code in sorted(demo_hexcodes()):
        if code not in index:
            print(f"Not in OpenMoji: {code}", file=sys.stderr)
            return 1
        source = (PACKAGE / "color" / "svg" / f"{code}.svg").read_text(encoding="utf-8")
        (svg_dir / f"{code}.svg").write_text(minify(source), encoding="utf-8")
    print(f"{len(index)} pictures in the index, {len(demo_hexcodes())} demo pictures copied.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
