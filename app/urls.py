from urllib.parse import urlsplit


def safe_next(target: str | None) -> str | None:
    """Only local paths: never send people to another site after a form."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not target.startswith("/") or target.startswith("//"):
        return None
    if "\\" in target or any(ord(ch) < 0x20 or ord(ch) == 0x7f for ch in target):
        return None  # control characters (a newline) cannot go in a Location header
    return target
