"""Uploaded pictures are checked by content, limited in size, re-encoded and made small."""
import io

import pytest
from PIL import Image

from app.staff.pictures import DISPLAY_MAX, MAX_BYTES, PictureError, prepare


def encode(size=(20, 10), fmt="PNG", mode="RGB", **kwargs) -> bytes:
    buffer = io.BytesIO()
    Image.new(mode, size, "blue").save(buffer, fmt, **kwargs)
    return buffer.getvalue()


def exif_bytes() -> bytes:
    exif = Image.Exif()
    exif[0x013B] = "Secret Artist"
    exif[0x8825] = {2: (51, 30, 0)}  # GPS latitude
    return exif.tobytes()


@pytest.mark.parametrize("data,code", [
    (b"", "empty"),
    (b"<svg onload=alert(1)></svg>", "not-picture"),
    (b"\x89PNG\r\n\x1a\n" + b"broken", "not-picture"),
    (b"0" * (MAX_BYTES + 1), "too-big"),
])
def test_refuses_what_is_not_a_small_picture(data, code):
    with pytest.raises(PictureError) as error:
        prepare(data)
    assert error.value.code == code


def test_refuses_other_formats_even_when_real_pictures():
    with pytest.raises(PictureError) as error:
        prepare(encode(fmt="GIF"))
    assert error.value.code == "wrong-type"


def test_refuses_too_many_pixels_before_decoding():
    with pytest.raises(PictureError) as error:
        prepare(encode(size=(10, 4001)))
    assert error.value.code == "too-many-pixels"


def test_png_is_re_encoded_and_metadata_dropped():
    from PIL import PngImagePlugin

    info = PngImagePlugin.PngInfo()
    info.add_text("Comment", "<script>alert(1)</script>")
    raw = encode(pnginfo=info, exif=exif_bytes())
    assert b"<script>" in raw and b"Secret Artist" in raw
    result = prepare(raw)
    assert result.mime == "image/png" and (result.width, result.height) == (20, 10)
    assert b"<script>" not in result.data and b"Secret Artist" not in result.data
    with Image.open(io.BytesIO(result.data)) as image:
        assert image.format == "PNG"
        assert not image.getexif()
        assert "Comment" not in image.info


def test_jpeg_keeps_its_type_and_loses_exif():
    raw = encode(size=(30, 30), fmt="JPEG", exif=exif_bytes())
    result = prepare(raw)
    assert result.mime == "image/jpeg"
    assert b"Secret Artist" not in result.data
    with Image.open(io.BytesIO(result.data)) as image:
        assert not image.getexif()


def test_big_pictures_are_made_small_keeping_shape():
    result = prepare(encode(size=(2000, 1000)))
    assert (result.width, result.height) == (DISPLAY_MAX, DISPLAY_MAX // 2)


def test_exif_rotation_is_applied_before_stripping():
    exif = Image.Exif()
    exif[0x0112] = 6  # rotate 90 degrees
    result = prepare(encode(size=(40, 20), fmt="JPEG", exif=exif.tobytes()))
    assert (result.width, result.height) == (20, 40)


def test_transparent_and_palette_pngs_survive():
    assert prepare(encode(mode="RGBA")).mime == "image/png"
    assert prepare(encode(mode="P")).width == 20
