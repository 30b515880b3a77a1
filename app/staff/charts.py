"""Bar charts as inline SVG, made on the server: no script, no style attributes.

The chart is decoration for sighted readers (aria-hidden); the data table beside it is the
accessible version and says the same numbers.
"""
from __future__ import annotations

from markupsafe import Markup, escape

BAR_HEIGHT = 22
GAP = 8
LABEL_WIDTH = 180
BAR_WIDTH = 320
VALUE_WIDTH = 90


def _short(label: str, limit: int = 26) -> str:
    return label if len(label) <= limit else label[: limit - 1] + "…"


def bar_chart(rows: list[tuple[str, int, float]]) -> Markup:
    """rows: (label, count, percent 0-100). Bars are scaled to 100% of the width."""
    if not rows:
        return Markup("")
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    width = LABEL_WIDTH + BAR_WIDTH + VALUE_WIDTH
    parts = [f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} '
             f'{height}" width="{width}" height="{height}" aria-hidden="true" focusable="false">']
    for index, (label, count, percent) in enumerate(rows):
        y = GAP + index * (BAR_HEIGHT + GAP)
        text_y = y + BAR_HEIGHT - 6
        bar = max(0.0, min(100.0, percent)) * BAR_WIDTH / 100
        parts.append(
            f'<text x="{LABEL_WIDTH - 8}" y="{text_y}" text-anchor="end" font-size="14" '
            f'fill="currentColor">{escape(_short(str(label)))}</text>'  # SVG text: no HTML tags
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{BAR_WIDTH}" height="{BAR_HEIGHT}" '
            f'fill="none" stroke="currentColor" stroke-width="1"/>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{bar:.1f}" height="{BAR_HEIGHT}" '
            f'fill="#1d70b8"/>'
            f'<text x="{LABEL_WIDTH + BAR_WIDTH + 8}" y="{text_y}" font-size="14" '
            f'fill="currentColor">{count} ({percent:.0f}%)</text>')
    parts.append("</svg>")
    return Markup("".join(parts))
