"""The picture library: OpenMoji symbols (CC BY-SA 4.0), searchable by word, suggested per idea.

The word index and the demo's SVGs are committed in app/data/openmoji/ (made by
scripts/openmoji_library.py from the pinned npm package). Any other picture a member of staff
picks comes from node_modules/openmoji, installed by `npm ci` (make setup). No network at run time.
A picked symbol is stored as a Picture row, so it is served from our own origin like an upload.
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from app.models import Picture
from easyread import symbols

ROOT = Path(__file__).resolve().parent.parent
COMMITTED = Path(__file__).parent / "data" / "openmoji"
PACKAGE_SVG = ROOT / "node_modules" / "openmoji" / "color" / "svg"
SIZE = 72
_CODE = re.compile(r"^[0-9A-F]{2,6}(-[0-9A-F]{2,6}){0,9}$")


@lru_cache(maxsize=1)
def index() -> dict[str, list[str]]:
    return json.loads((COMMITTED / "index.json").read_text(encoding="utf-8"))


def name(code: str) -> str:
    entry = index().get(code)
    return entry[0] if entry else ""


def svg(code: str) -> bytes | None:
    """The picture's SVG, small; None when the code is unknown or the package is missing."""
    if not _CODE.match(code or "") or code not in index():
        return None
    committed = COMMITTED / "svg" / f"{code}.svg"
    if committed.exists():
        return committed.read_bytes()
    installed = PACKAGE_SVG / f"{code}.svg"
    if installed.exists():
        return symbols.minify_svg(installed.read_text(encoding="utf-8")).encode()
    return None


def available(code: str) -> bool:
    return (COMMITTED / "svg" / f"{code}.svg").exists() or (PACKAGE_SVG / f"{code}.svg").exists()


def search(query: str, limit: int = 12) -> list[dict]:
    codes = symbols.search(index(), query, limit * 2)
    return [_item(c) for c in codes if available(c)][:limit]


def suggest(text: str, limit: int = 4) -> list[dict]:
    codes = symbols.suggest(index(), text, limit * 2)
    return [_item(c) for c in codes if available(c)][:limit]


def _item(code: str) -> dict:
    return {"code": code, "name": name(code)}


def make_picture(code: str, alt: str = ""):
    """A new Picture row holding the symbol's SVG (not added to the session), or None."""
    data = svg(code)
    if data is None:
        return None
    return Picture(data=data, mime="image/svg+xml", alt=(alt or name(code).capitalize())[:300],
                   width=SIZE, height=SIZE)
