"""Short codes people can read aloud: no 0/O or 1/I, grouped as XXXX-XXXX.

32 symbols x 8 characters = 40 bits from the secrets module. Only a hash is stored.
"""
import base64
import hashlib
import secrets
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken

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


# --- the code a browser holds, sealed ------------------------------------------------------
# The session cookie is signed, not secret: anyone with the device can decode it. So the code
# a browser holds (to show it again on the "saved" and "sent" pages) is encrypted with a key
# made from the app's secret key.

@lru_cache(maxsize=4)
def _sealer(secret_key: str) -> Fernet:
    digest = hashlib.sha256(b"held-code:" + secret_key.encode()).digest()
    return Fernet(base64.urlsafe_b64encode(digest))


def seal(code: str, secret_key: str) -> str:
    return _sealer(secret_key).encrypt(code.encode()).decode()


def unseal(sealed: str, secret_key: str) -> str | None:
    """The code, or None when it was sealed with another key (or was never sealed)."""
    try:
        return _sealer(secret_key).decrypt(sealed.encode()).decode()
    except (InvalidToken, ValueError, TypeError):
        return None
