"""Display settings (text size, contrast, spacing, speech speed, pictures), kept in a cookie
and applied as classes on <html>. No JavaScript."""
from __future__ import annotations

from dataclasses import dataclass

from flask import Flask, g, request

COOKIE = "display"
CHOICES = {
    "size": ("standard", "large", "larger"),
    "contrast": ("standard", "high", "dark"),
    "spacing": ("standard", "wide"),
    "speed": ("normal", "slower"),
    "pictures": ("show", "hide"),  # pictures on unless a person turns them off
}


@dataclass(frozen=True)
class Display:
    size: str = "standard"
    contrast: str = "standard"
    spacing: str = "standard"
    speed: str = "normal"
    pictures: str = "show"

    @property
    def html_class(self) -> str:
        names = []
        if self.size != "standard":
            names.append(f"text-{self.size}")
        if self.contrast != "standard":
            names.append(f"contrast-{self.contrast}")
        if self.spacing != "standard":
            names.append("spacing-wide")
        return " ".join(names)

    @property
    def show_pictures(self) -> bool:
        return self.pictures == "show"

    def to_cookie(self) -> str:
        return ".".join(getattr(self, name) for name in CHOICES)


def parse(value: str | None) -> Display:
    parts = (value or "").split(".")
    if len(parts) != len(CHOICES):
        return Display()
    chosen = {}
    for (name, allowed), part in zip(CHOICES.items(), parts):
        chosen[name] = part if part in allowed else allowed[0]
    return Display(**chosen)


def current() -> Display:
    if "display" not in g:
        g.display = parse(request.cookies.get(COOKIE))
    return g.display


def init_app(app: Flask) -> None:
    app.context_processor(lambda: {"display": current()})
