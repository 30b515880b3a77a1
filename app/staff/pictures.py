"""Uploaded pictures: checked by their content (not their name), re-encoded, made small.

Only PNG and JPEG are accepted. Re-encoding drops every chunk and tag that is not the pixels
(EXIF, GPS, comments, embedded scripts), and pictures are scaled down to DISPLAY_MAX pixels.
"""
from __future__ import annotations

import io
from dataclasses import dataclass

from PIL import Image, ImageOps, UnidentifiedImageError

MAX_BYTES = 2 * 1024 * 1024
MAX_SIDE = 4000
DISPLAY_MAX = 800
FORMATS = {"PNG": "image/png", "JPEG": "image/jpeg"}


class PictureError(ValueError):
    """code: 'empty', 'too-big', 'not-picture', 'wrong-type' or 'too-many-pixels'."""

    def __init__(self, code: str):
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Prepared:
    data: bytes
    mime: str
    width: int
    height: int


def prepare(data: bytes) -> Prepared:
    """Check and re-encode an upload. Raises PictureError."""
    if not data:
        raise PictureError("empty")
    if len(data) > MAX_BYTES:
        raise PictureError("too-big")
    try:
        with Image.open(io.BytesIO(data)) as probe:
            kind = probe.format
            width, height = probe.size
            if kind not in FORMATS:
                raise PictureError("wrong-type")
            # Checked from the header, before any pixels are decoded (decompression bombs).
            if width > MAX_SIDE or height > MAX_SIDE or width < 1 or height < 1:
                raise PictureError("too-many-pixels")
            probe.verify()
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            image = ImageOps.exif_transpose(image)
    except PictureError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError,
            Image.DecompressionBombError):
        raise PictureError("not-picture") from None
    return _encode(image, kind)


def _encode(image: Image.Image, kind: str) -> Prepared:
    if kind == "JPEG":
        image = image.convert("RGB")
    elif image.mode not in ("RGB", "RGBA", "L", "LA"):
        image = image.convert("RGBA")
    image.thumbnail((DISPLAY_MAX, DISPLAY_MAX), Image.Resampling.LANCZOS)
    # A fresh image holds only the pixels: no EXIF, ICC, text chunks or anything else.
    clean = Image.new(image.mode, image.size)
    clean.paste(image)
    buffer = io.BytesIO()
    if kind == "JPEG":
        clean.save(buffer, "JPEG", quality=85, optimize=True)
    else:
        clean.save(buffer, "PNG", optimize=True)
    return Prepared(buffer.getvalue(), FORMATS[kind], clean.width, clean.height)


def read_upload(storage) -> bytes | None:
    """The bytes of an uploaded file (werkzeug FileStorage), None when nothing was chosen.

    Reads at most MAX_BYTES + 1 so a huge upload is refused without holding all of it.
    """
    if storage is None or not getattr(storage, "filename", ""):
        return None
    return storage.stream.read(MAX_BYTES + 1)
