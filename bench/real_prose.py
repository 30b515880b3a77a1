"""Real prose for the readability bench: text nobody on this project wrote, openly
licensed and on the machine with no network.

Sources, in order:
1. EASYREAD_PROSE_DIR: every .txt file under it (for example the OneStopEnglish corpus,
   CC BY-SA 4.0, if a copy is on the machine; see leveled.py).
2. Always there: the Python documentation shipped with Python (pydoc_data.topics, PSF
   licence) and the descriptions of the installed packages (their METADATA files, each
   under its package's open-source licence).
Nothing is repeated: each document is a different stretch of text."""
from __future__ import annotations

import os
import re
import sysconfig
from pathlib import Path

_RST_NOISE = re.compile(r"^\s*(?:\.\. |:[a-z]+:|[=\-~^*#]{3,}\s*$|>>> |\$ |\||[A-Z][\w-]+: )")


def _prose_lines(text: str) -> list[str]:
    """Paragraph text only: drop markup, code and header lines."""
    out = []
    for line in text.splitlines():
        if line.startswith(("    ", "\t")) or _RST_NOISE.match(line):
            continue
        out.append(line.rstrip())
    return out


def python_docs() -> list[tuple[str, str]]:
    import pydoc_data.topics as topics

    return [(f"pydoc:{name}", "\n".join(_prose_lines(body))) for name, body in sorted(topics.topics.items())]


def package_descriptions() -> list[tuple[str, str]]:
    site = Path(sysconfig.get_paths()["purelib"])
    out = []
    for meta in sorted(site.glob("*.dist-info/METADATA")):
        text = meta.read_text(encoding="utf-8", errors="replace")
        _headers, _sep, body = text.partition("\n\n")
        if body.strip():
            out.append((f"pkg:{meta.parent.name}", "\n".join(_prose_lines(body))))
    return out


def directory(path: str) -> list[tuple[str, str]]:
    return [(str(p), p.read_text(encoding="utf-8-sig", errors="replace"))
            for p in sorted(Path(path).rglob("*.txt"))]


def sources() -> list[tuple[str, str]]:
    extra = os.environ.get("EASYREAD_PROSE_DIR")
    found = directory(extra) if extra and Path(extra).is_dir() else []
    return found + python_docs() + package_descriptions()


def documents(words_per_doc: int = 10_000) -> list[str]:
    """The real prose cut into documents of about `words_per_doc` words, at text boundaries."""
    docs: list[str] = []
    cur: list[str] = []
    n = 0
    for _name, text in sources():
        if not text.strip():
            continue
        cur.append(text)
        n += len(text.split())
        if n >= words_per_doc:
            docs.append("\n\n".join(cur))
            cur, n = [], 0
    if cur:
        docs.append("\n\n".join(cur))
    return docs
