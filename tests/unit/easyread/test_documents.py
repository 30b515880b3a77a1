from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
import pytest

from easyread import documents
from easyread.documents import DocumentError, read_text


def make_docx() -> bytes:
    d = docx.Document()
    d.add_heading("Have your say", level=1)
    d.add_paragraph("We want to know what you think.")
    d.add_paragraph("Bring a coat", style="List Bullet")
    buf = io.BytesIO()
    d.save(buf)
    return buf.getvalue()


def test_docx_text_with_headings_and_lists() -> None:
    text = read_text(make_docx(), "consultation.docx")
    assert "# Have your say" in text
    assert "We want to know what you think." in text
    assert "- Bring a coat" in text


def test_txt_and_md_from_path(tmp_path: Path) -> None:
    p = tmp_path / "a.md"
    p.write_text("# Hi\n\nCall us.\r\n", encoding="utf-8")
    assert read_text(p, p.name) == "# Hi\n\nCall us.\n"


def test_unsupported_type() -> None:
    with pytest.raises(DocumentError) as exc:
        read_text(b"%PDF", "a.pdf")
    assert exc.value.code == "unsupported-type"


def test_zip_bomb_total_size(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "MAX_UNCOMPRESSED_BYTES", 1000)
    with pytest.raises(DocumentError) as exc:
        read_text(make_docx(), "a.docx")
    assert exc.value.code == "zip-bomb"


def test_zip_bomb_entry_count() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("word/document.xml", "<x/>")
        for i in range(documents.MAX_ZIP_ENTRIES + 1):
            zf.writestr(f"f{i}", "")
    with pytest.raises(DocumentError) as exc:
        read_text(buf.getvalue(), "a.docx")
    assert exc.value.code == "zip-bomb"


def test_highly_compressed_entry_refused() -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    assert len(buf.getvalue()) < 1024 * 1024
    with pytest.raises(DocumentError) as exc:
        read_text(buf.getvalue(), "a.docx")
    assert exc.value.code == "zip-bomb"


def test_not_a_zip() -> None:
    with pytest.raises(DocumentError) as exc:
        read_text(b"hello", "a.docx")
    assert exc.value.code == "bad-docx"
