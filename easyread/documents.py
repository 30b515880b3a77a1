"""Read text from .txt, .md and .docx uploads safely.

A .docx is a zip: check entry count and total uncompressed size (and refuse
encrypted or oddly compressed entries) before reading it. Its XML is read as a
stream (lxml iterparse, no DTD, no entities, no network), one paragraph at a time,
and reading stops at a character limit, a paragraph limit and an XML size limit:
a small file holding megabytes of XML costs milliseconds, not seconds."""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_ZIP_ENTRIES = 500
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_RATIO = 200  # uncompressed / compressed per entry
MAX_DOCUMENT_XML_BYTES = 10 * 1024 * 1024  # word/document.xml, unpacked
MAX_STYLES_XML_BYTES = 2 * 1024 * 1024
MAX_PARAGRAPHS = 20_000
MAX_CHARS = 200_000  # characters of text read from a .docx unless the caller asks for fewer
TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text"}


class DocumentError(ValueError):
    """Raised with a machine code: unsupported-type, too-large, bad-docx, zip-bomb, not-text,
    too-long (more text or paragraphs than the limit)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def read_text(path_or_bytes: str | os.PathLike[str] | bytes, name: str,
              max_chars: int | None = None) -> str:
    """The text of a file. A .docx stops being read once it holds more than max_chars
    characters (default MAX_CHARS) and raises DocumentError("too-long")."""
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
        return _docx_text(data, MAX_CHARS if max_chars is None else max_chars)
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


W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_BREAKS = {W + "tab": "\t", W + "ptab": "\t", W + "br": "\n", W + "cr": "\n",
           W + "noBreakHyphen": "-"}


def _iterparse(stream, tags: tuple[str, ...]):
    from lxml import etree  # python-docx's own dependency

    return etree.iterparse(stream, events=("end",), tag=tags, resolve_entities=False,
                           load_dtd=False, no_network=True, huge_tree=False, remove_pis=True,
                           remove_comments=True)


def _style_names(zf: zipfile.ZipFile) -> dict[str, str]:
    """styleId -> lower-case style name ("Heading1" -> "heading 1"), from word/styles.xml."""
    try:
        info = zf.getinfo("word/styles.xml")
    except KeyError:
        return {}
    if info.file_size > MAX_STYLES_XML_BYTES:
        return {}
    names: dict[str, str] = {}
    with zf.open(info) as stream:
        for _, style in _iterparse(stream, (W + "style",)):
            name = style.find(W + "name")
            style_id = style.get(W + "styleId")
            if style_id and name is not None and name.get(W + "val"):
                names[style_id] = name.get(W + "val", "").lower()
            style.clear()
    return names


def _paragraph_text(paragraph) -> str:
    parts: list[str] = []
    for node in paragraph.iter(W + "t", *_BREAKS):
        parts.append(node.text or "" if node.tag == W + "t" else _BREAKS[node.tag])
    return "".join(parts)


def _paragraph_line(paragraph, styles: dict[str, str]) -> list[str]:
    text = _paragraph_text(paragraph).strip()
    if not text:
        return [""]
    style_node = paragraph.find(f"{W}pPr/{W}pStyle")
    style_id = style_node.get(W + "val", "") if style_node is not None else ""
    style = styles.get(style_id, style_id.lower())
    if style.startswith("heading") or style == "title":
        return ["", "# " + text, ""]
    if style.startswith("list number"):
        return ["1. " + text]
    if style.startswith("list"):
        return ["- " + text]
    return [text, ""]


def _docx_text(data: bytes, max_chars: int = MAX_CHARS) -> str:
    check_zip(data)
    zf = zipfile.ZipFile(io.BytesIO(data))
    info = zf.getinfo("word/document.xml")
    if info.file_size > MAX_DOCUMENT_XML_BYTES:
        raise DocumentError("too-large")
    lines: list[str] = []
    cells: list[str] = []  # table cells come after the body text, as before
    chars = paragraphs = 0
    try:
        styles = _style_names(zf)
        with zf.open(info) as stream:
            for _, element in _iterparse(stream, (W + "p", W + "tc")):
                parent = element.getparent()
                if element.tag == W + "tc":
                    text = "\n".join(_paragraph_text(p) for p in element.iter(W + "p")).strip()
                    if text:
                        cells += [text, ""]
                        chars += len(text)
                elif parent is not None and parent.tag == W + "body":
                    paragraphs += 1
                    added = _paragraph_line(element, styles)
                    lines += added
                    chars += sum(len(line) for line in added)
                else:
                    continue  # a paragraph in a cell or a text box: read with its container
                if chars > max_chars or paragraphs > MAX_PARAGRAPHS:
                    raise DocumentError("too-long")
                # Forget what has been read: memory stays at one paragraph or cell.
                element.clear()
                while element.getprevious() is not None and parent is not None \
                        and parent.tag == W + "body":
                    del parent[0]
    except DocumentError:
        raise
    except Exception as exc:  # broken XML, bad zip entry: one answer
        raise DocumentError("bad-docx") from exc
    finally:
        zf.close()
    out = "\n".join(lines + cells)
    while "\n\n\n" in out:
        out = out.replace("\n\n\n", "\n\n")
    return out.strip() + "\n"
