"""Read text from .txt, .md and .docx uploads safely.

A .docx is a zip: check entry count and total uncompressed size (and refuse
encrypted or oddly compressed entries) before python-docx parses it."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ZIP_ENTRIES = 500
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed per entry
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


class DocumentError(ValueError):
    """Raised with a machine code: unsupported-type, too-large, bad-docx, zip-bomb, not-text."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def read_text(path_or_bytes: str | os.PathLike[str] | bytes, name: str) -> str:
    suffix = Path(name).suffix.lower()
    if isinstance(path_or_bytes, (bytes, bytearray)):
        data = bytes(path_or_bytes)
    else:
        p = Path(path_or_bytes)
        if p.stat().st_size > MAX_FILE_BYTES:
            raise DocumentError("too-large")
        data = p.read_bytes()
    if len(data) > MAX_FILE_BYTES:
        raise DocumentError("too-large")
    if suffix == ".docx":
        return _docx_text(data)
    if suffix in TEXT_SUFFIXES or not suffix:
        return _decode(data)
    raise DocumentError("unsupported-type")


def _decode(data: bytes) -> str:
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DocumentError("not-text")
    for enc in ("utf-8-sig", "utf-16"):
        try:
            if enc == "utf-16" and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
                continue
            return data.decode(enc).replace("\r\n", "\n")
        except UnicodeDecodeError:
            continue
    return data.decode("cp1252", errors="replace").replace("\r\n", "\n")


def check_zip(data: bytes) -> None:
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as exc:
        raise DocumentError("bad-docx") from exc
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ZIP_ENTRIES:
            raise DocumentError("zip-bomb")
        total = 0
        for info in infos:
            if info.flag_bits & 0x1:
                raise DocumentError("bad-docx")  # encrypted
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise DocumentError("bad-docx")
            total += info.file_size
            if total > MAX_UNCOMPRESSED_BYTES:
                raise DocumentError("zip-bomb")
            if info.compress_size and info.file_size / info.compress_size > MAX_RATIO and info.file_size > 1024 * 1024:
                raise DocumentError("zip-bomb")
        names = {i.filename for i in infos}
        if "word/document.xml" not in names:
            raise DocumentError("bad-docx")


def _docx_text(data: bytes) -> str:
    check_zip(data)
    try:
        import docx  # python-docx
    except ImportError as exc:  # pragma: no cover
        raise DocumentError("unsupported-type") from exc
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises several types for broken files
        raise DocumentError("bad-docx") from exc
    lines: list[str] = []
    for para in document.paragraphs:
        text = para.text.strip()
        style = (para.style.name if para.style is not None else "") or ""
        if not text:
            lines.append("")
            continue
        if style.startswith("Heading") or style == "Title":
            lines += ["", "# " + text, ""]
        elif style.startswith("List Number"):
            lines.append("1. " + text)
        elif style.startswith("List"):
            lines.append("- " + text)
        else:
            lines += [text, ""]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.text.strip():
                    lines += [cell.text.strip(), ""]
    out = "\n".join(lines)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip() + "\n"
