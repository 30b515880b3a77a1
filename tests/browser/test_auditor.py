"""The checkers must find problems when they are there, in every way they are asked to look."""
import base64
import io
import wave

import pytest

from tests.browser.conftest import AXE_TAGS, DISPLAY_MODES, Capture, PageAuditor, nu_errors

pytestmark = pytest.mark.xdist_group("browser-0")


def _silent_wav(seconds: int) -> str:
    """A data: address of a silent clip that plays by itself for longer than 3 seconds
    (no-autoplay-audio, the one rule run that needs media loaded first, marks it "to
    review" rather than a violation)."""
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as clip:
        clip.setnchannels(1)
        clip.setsampwidth(1)
        clip.setframerate(8000)
        clip.writeframes(b"\x80" * 8000 * seconds)
    return "data:audio/wav;base64," + base64.b64encode(buffer.getvalue()).decode()


def _broken_page() -> str:
    return f"""<!doctype html>
<html lang="en" dir="ltr"><head><meta charset="utf-8"><title>Broken</title>
<link rel="stylesheet" href="/static/app.css"></head>
<body><main>
<h1>Broken</h1>
<p style="color: #777; background: #888">Grey on grey in every display mode.</p>
<form><input type="text" name="unlabelled"></form>
<img src="/static/app.css">
<audio autoplay src="{_silent_wav(5)}"></audio>
</main></body></html>"""


def test_the_auditor_reports_the_problems_of_a_broken_page(audit_browser, live_server):
    auditor = PageAuditor(audit_browser, live_server)
    try:
        auditor.show(_broken_page())
        found = {mode: {v["id"] for v in violations}
                 for mode, violations in auditor.axe(DISPLAY_MODES).items()}
        # What axe finds with its default preload (every stylesheet fetched again): the
        # auditor's lighter preload (AXE_RUN) must find the same.
        default = auditor.page.evaluate(
            """async tags => {
                 document.documentElement.className = '';  // the standard mode
                 const result = await axe.run(document, {runOnly: {type: 'tag', values: tags},
                                                         resultTypes: ['violations']});
                 return result.violations.map(v => v.id);
               }""", AXE_TAGS)
    finally:
        auditor.close()
    assert {"label", "image-alt", "color-contrast"} <= found["standard"]
    assert found["standard"] == set(default)
    for mode in DISPLAY_MODES:
        assert "color-contrast" in found[mode], mode
        if mode != "standard":
            assert "label" not in found[mode], "the other modes run only the style rules"


def test_the_auditor_measures_how_much_too_wide_a_page_is_at_320_px(audit_browser, live_server):
    auditor = PageAuditor(audit_browser, live_server)
    try:
        auditor.show(_broken_page())
        fits = auditor.overflow(DISPLAY_MODES)
        auditor.show(_broken_page().replace("<h1>Broken</h1>",
                                            '<h1>Broken</h1><div style="width: 600px">Wide</div>'))
        too_wide = auditor.overflow(DISPLAY_MODES)
    finally:
        auditor.close()
    assert fits == {mode: 0 for mode in DISPLAY_MODES}
    assert all(extra >= 600 - 320 for extra in too_wide.values()), too_wide


def test_the_nu_checker_reports_the_errors_of_a_broken_page(tmp_path):
    good = Capture("good", "/", "<!doctype html><html lang=en><title>Good</title><p>Fine.</p>")
    broken = Capture("broken", "/", _broken_page().replace("<h1>Broken</h1>", "<p><div>A div "
                                                           "inside a paragraph</p></div>"))
    errors = nu_errors([good, broken], tmp_path)
    assert errors and all(line.startswith("001-broken.html:") for line in errors), errors
    assert any("“p”" in line for line in errors), errors
