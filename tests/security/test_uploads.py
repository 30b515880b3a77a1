"""ASVS V12: a small Word file cannot cost the server seconds of work.

A .docx is a zip of XML. A 60 KB file can hold 4 MB of XML in tens of thousands of
paragraphs; reading it all (as python-docx does) took about 25 s of CPU. Reading is a stream
now, and stops at the text limit."""
from __future__ import annotations

import io
import time
import zipfile

import docx
import pytest

from easyread.documents import DocumentError, read_text
from tests.helpers import post_form


def _docx_with_body(body_xml: str, doctype: str = "") -> bytes:
    """A real .docx (python-docx's template) whose body starts with body_xml."""
    made = io.BytesIO()
    docx.Document().save(made)
    source = zipfile.ZipFile(io.BytesIO(made.getvalue()))
    xml = source.read("word/document.xml").decode()
    xml = xml.replace("<w:body>", "<w:body>" + body_xml, 1)
    if doctype:
        xml = xml.replace("?>", "?>" + doctype, 1)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as packed:
        for info in source.infolist():
            packed.writestr(info.filename, xml if info.filename == "word/document.xml"
                            else source.read(info.filename))
    return out.getvalue()


def heavy_docx(paragraphs: int = 50_000) -> bytes:
    body = "".join('<w:p><w:pPr><w:pStyle w:val="ListBullet"/></w:pPr>'
                   f"<w:r><w:t>Hi there {i % 10}</w:t></w:r></w:p>" for i in range(paragraphs))
    return _docx_with_body(body)


def test_a_small_docx_full_of_xml_is_refused_quickly(client):
    data = heavy_docx()
    assert len(data) < 100 * 1024  # small on the wire: about 60 KB holding 4 MB of XML
    started = time.process_time()
    response = post_form(client, "/readability", {
        "text": "", "level": "easy", "language": "en",
        "upload": (io.BytesIO(data), "big.docx")}, content_type="multipart/form-data")
    spent = time.process_time() - started
    assert response.status_code == 200
    assert "The text in the file is too long." in response.get_data(as_text=True)
    assert spent < 3.0, f"{spent:.1f} s of CPU for one upload"


def test_reading_stops_at_the_character_limit():
    started = time.process_time()
    with pytest.raises(DocumentError) as error:
        read_text(heavy_docx(), "big.docx", max_chars=1000)
    assert error.value.code == "too-long"
    assert time.process_time() - started < 1.5


def test_many_empty_paragraphs_are_bounded_too():
    started = time.process_time()
    with pytest.raises(DocumentError) as error:
        read_text(_docx_with_body("<w:p/>" * 60_000), "empty.docx")
    assert error.value.code == "too-long"
    assert time.process_time() - started < 1.5


def test_entities_in_the_xml_are_not_expanded():
    laughs = ('<!DOCTYPE w:document [<!ENTITY a "hahahahahahahahahahaha">'
              '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;">'
              '<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')
    data = _docx_with_body("<w:p><w:r><w:t>Start &d; end</w:t></w:r></w:p>", laughs)
    try:
        text = read_text(data, "laughs.docx")
    except DocumentError as error:
        assert error.code == "bad-docx"
    else:
        assert "hahahaha" not in text
