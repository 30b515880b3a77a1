"""Short codes people can read aloud: no 0/O or 1/I, grouped as XXXX-XXXX.

32 symbols x 8 characters = 40 bits from the secrets module. Only a hash is stored.
"""
import hashlib
import secrets

ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ"  # 32 symbols: no 0, 1, I or O
LENGTH = 8
_VALID = set(ALPHABET)


def new_code() -> str:
    raw = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    return f"{raw[:4]}-{raw[4:]}"


def normalise(typed: str) -> str | None:
    """The code as stored, or None when it cannot be one of ours."""
    cleaned = "".join(ch for ch in (typed or "").upper() if ch.isalnum())
    if len(cleaned) != LENGTH or not set(cleaned) <= _VALID:
        return None
    return cleaned


def code_hash(code: str) -> str:
    norm = normalise(code) or ""
    return hashlib.sha256(norm.encode()).hexdigest()


def pretty(code: str) -> str:
    norm = normalise(code) or code
    return f"{norm[:4]}-{norm[4:]}"
