"""Remove characters that HTML forbids (control characters, noncharacters) from text we show.

People can paste anything; the page must still be valid HTML for screen readers and browsers.
"""
import re

from markupsafe import Markup

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    "\U0001fffe\U0001ffff\U0002fffe\U0002ffff\U0003fffe\U0003ffff\U0010fffe\U0010ffff]")


def clean(text: str) -> str:
    return _FORBIDDEN.sub("", text)


def finalize(value):
    """Jinja finalize hook: every {{ value }} on every page passes through here."""
    if isinstance(value, Markup):
        return Markup(clean(str(value)))
    if isinstance(value, str):
        # Keep a str subclass (content.EnglishText knows how to tag its language).
        return clean(value) if type(value) is str else type(value)(clean(value))
    return value
