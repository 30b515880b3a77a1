"""Word lists for UK public services and social care, written for this project.

Kept as Python modules so they ship with the package without package-data settings.
Each text list uses one entry a line: ``phrase | alternative`` (``#`` starts a comment).
"""

from __future__ import annotations


def parse_pairs(data: str) -> list[tuple[str, str, str]]:
    """Parse ``phrase | alternative [| tags]`` lines into (phrase, alternative, tags)."""
    rows: list[tuple[str, str, str]] = []
    for raw in data.splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        parts = [p.strip() for p in line.split("|")]
        phrase = parts[0].lower()
        alt = parts[1] if len(parts) > 1 else ""
        tags = parts[2] if len(parts) > 2 else ""
        rows.append((phrase, alt, tags))
    return rows


def parse_words(data: str) -> list[str]:
    words: list[str] = []
    for raw in data.splitlines():
        line = raw.split("#", 1)[0].strip()
        if line:
            words.extend(w.lower() for w in line.split())
    return words
