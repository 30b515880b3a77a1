"""The readability checker: /readability (page) and /api/readability (JSON)."""
from __future__ import annotations

import io
import re
import zipfile

import docx
import pytest

from app.staff_accounts import create_user
from tests.helpers import csrf_token, post_form

HARD = ("We will undertake an assessment of your needs. The care plan is written by the "
        "social worker, which is then sent to you; it shall be reviewed in twelve months. "
        "Ask your GP.")
EASY = "We want to hear from you. Tell us what you think. You can write or call us."


def check_page(client, **data):
    fields = {"text": "", "level": "easy", "language": "en", **data}
    return post_form(client, "/readability", fields, content_type="multipart/form-data")


def main_text(response) -> str:
    body = response.get_data(as_text=True)
    return body[body.index("<main"):body.index("</main>")]


# --- the page ------------------------------------------------------------------------------------

def test_page_renders_the_form(client):
    response = client.get("/readability")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    assert "<h1>Check how easy a text is to read</h1>" in html
    assert 'enctype="multipart/form-data"' in html and 'name="csrf_token"' in html
    for code in ("en", "cy", "pl", "ro", "ur", "pa", "bn", "ar"):
        assert f'<option value="{code}"' in html
    assert "<script" not in html


def test_hard_text_verdict_first_then_scores_and_findings(client):
    html = main_text(check_page(client, text=HARD))
    assert "Verdict: Hard to read" in html
    assert "Many people will struggle with it" in html
    # Verdict, then scores, then findings, then the draft.
    order = [html.index(s) for s in ("Verdict:", 'id="scores-title"', 'id="findings-title"',
                                     'id="draft-title"')]
    assert order == sorted(order)
    assert "Reading age:" in html and "Flesch reading ease" in html
    assert "It needs 30 sentences or more" in html and "(not reliable)" in html


def test_findings_are_highlighted_numbered_and_explained_in_words(client):
    html = main_text(check_page(client, text=HARD))
    assert re.search(r'<mark>is written</mark><sup class="ref"><a href="#finding-(\d+)">', html)
    number = re.search(r'<mark>is written</mark><sup class="ref"><a href="#finding-(\d+)">',
                       html).group(1)
    item = re.search(rf'<li id="finding-{number}" value="{number}">(.*?)</li>', html, re.S).group(1)
    assert "Passive voice: say who does it" in item
    assert re.search(r"Long sentence</strong> \(the whole sentence\)\. It has 2\d words\. "
                     r"Aim for 15 or fewer\.", html)
    assert "<strong>“Shall”: use “will” or “must”</strong>" in html and "Try: “will”." in html
    assert "<strong>Number written as a word: use digits</strong>" in html
    # Rule ids are never shown raw.
    assert "passive-voice" not in html and "long-sentence" not in html


def test_worst_sentence_comes_first(client):
    html = main_text(check_page(client, text=HARD))
    worst = html.index("The <mark>care plan</mark>")
    milder = html.index("We will <mark>undertake")
    assert worst < milder
    assert html.index("Part 2: sentence") < html.index("Part 1: sentence")


def test_jargon_links_to_the_glossary(client):
    html = main_text(check_page(client, text=HARD))
    assert '<a href="/glossary/gp">See “GP” in the word list</a>' in html
    assert re.search(r'<a href="/glossary/[a-z-]+">See “care plan” in the word list</a>', html)
    # The glossary page the link goes to exists.
    assert client.get("/glossary/gp").status_code == 200


def test_acronym_jargon_is_case_sensitive_on_the_page(client):
    html = main_text(check_page(client, text="Turn on the GPS in the car. It shows the way."))
    assert "/glossary/gp" not in html


def test_draft_view_one_sentence_a_line_with_safe_changes(client):
    text = "We will undertake a review. It takes twelve weeks.\n\n- Call us\n- Write to us\n"
    html = main_text(check_page(client, text=text))
    draft = re.search(r'<textarea class="input draft" id="draft"[^>]*readonly[^>]*>(.*?)</textarea>',
                      html, re.S).group(1)
    assert draft.splitlines() == ["We will do a review.", "It takes 12 weeks.", "",
                                  "- Call us", "- Write to us"]
    assert '<label for="draft">' in html


def test_easy_text_passes(client):
    html = main_text(check_page(client, text=EASY))
    assert "Verdict: Easy read" in html and "We found no problems." in html


def test_plain_level_and_other_language(client):
    html = main_text(check_page(client, text="Zmieniamy ośrodki dziennego pobytu. Powiedz nam, "
                                             "co myślisz. Odpowiedzi przeczytamy wszystkie.",
                                language="pl", level="plain"))
    assert "Verdict: Easy read" in html  # not "hard" on an English-calibrated reading age
    assert "rough guide only in this language" in html
    assert "work in English only" in html
    assert 'class="checked-text" lang="pl" dir="ltr"' in html or 'id="draft"' in html
    assert re.search(r'<textarea class="input draft" id="draft"[^>]*lang="pl"', html)


def test_language_without_formulas_says_so(client):
    html = main_text(check_page(client, text="یہ ایک مختصر جملہ ہے۔", language="ur"))
    assert "Scores are not available for this language." in html


def test_empty_text_asks_for_text(client):
    response = check_page(client, text="   ")
    html = response.get_data(as_text=True)
    assert "Paste some text to check. Or upload a file." in html
    assert "<title>Error:" in html and "Verdict:" not in html


def test_too_long_text_is_refused_with_a_clear_message(client):
    response = check_page(client, text="word " * 10_001)
    html = response.get_data(as_text=True)
    assert "The text is too long. Check 50,000 characters or fewer at a time." in html
    assert "Verdict:" not in html


def test_bad_level_and_language_are_refused(client):
    html = check_page(client, text=EASY, level="hardest", language="xx").get_data(as_text=True)
    assert "Choose easy read or plain English." in html
    assert "Choose a language from the list." in html
    assert "Verdict:" not in html


def test_form_needs_a_csrf_token(client):
    response = client.post("/readability", data={"text": EASY, "level": "easy", "language": "en"})
    assert response.status_code == 400


def _docx_bytes(*paragraphs: str, bullets: tuple[str, ...] = ()) -> bytes:
    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    for text in bullets:
        document.add_paragraph(text, style="List Bullet")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def upload(client, data: bytes, name: str, **extra):
    return check_page(client, upload=(io.BytesIO(data), name), **extra)


def test_upload_docx(client):
    data = _docx_bytes("The care plan is written by the social worker.", bullets=("Call us",))
    html = main_text(upload(client, data, "plan.docx"))
    assert "Result: plan.docx" in html
    assert "<mark>is written</mark>" in html
    assert "- Call us" in html  # the bullet is kept in the draft
    # The text read from the file is put in the box, to change and check again.
    assert re.search(r'<textarea class="input" id="text"[^>]*>[^<]*The care plan is written', html)


def test_upload_txt_and_md(client):
    html = main_text(upload(client, "We want to know what you think.\n".encode(), "notes.txt"))
    assert "Result: notes.txt" in html and "Verdict: Easy read" in html
    html = main_text(upload(client, "# Title\n\nIt shall be done.\n".encode("utf-8"), "a.md"))
    assert "“Shall”" in html


def test_upload_replaces_pasted_text(client):
    html = main_text(upload(client, b"Tell us what you think.", "a.txt", text=HARD))
    assert "Verdict: Easy read" in html


def test_fake_docx_not_a_zip_is_refused(client):
    response = upload(client, b"this is not a word file at all", "report.docx")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "We could not read this Word file." in html and "Verdict:" not in html


def test_zip_bomb_docx_is_refused(client):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<x/>")
        zf.writestr("word/document.xml", b"\0" * (60 * 1024 * 1024))
    data = out.getvalue()
    assert len(data) < 1024 * 1024  # small on the wire, huge when opened
    html = upload(client, data, "bomb.docx").get_data(as_text=True)
    assert "We could not open this Word file safely. Paste the text instead." in html
    assert "Verdict:" not in html


def test_wrong_file_type_and_too_big_file_are_refused(client):
    html = upload(client, b"%PDF-1.4", "form.pdf").get_data(as_text=True)
    assert "Upload a .docx, .txt or .md file. Or paste the text." in html
    html = upload(client, b"a" * (1024 * 1024 + 1), "big.txt").get_data(as_text=True)
    assert "The file is too big. Upload a file of 1 MB or less." in html
    html = upload(client, b"\x00\x01\x02binary", "x.txt").get_data(as_text=True)
    assert "This file does not hold text we can read." in html
    html = upload(client, b"  \n", "empty.txt").get_data(as_text=True)
    assert "The file has no text in it." in html


def test_staff_only_mode_redirects_anonymous_and_lets_staff_in(app, client):
    app.config["READABILITY_STAFF_ONLY"] = True
    response = client.get("/readability")
    assert response.status_code == 302 and "/staff/login" in response.headers["Location"]
    api = client.post("/api/readability", json={"text": EASY})
    assert api.status_code == 401 and api.get_json()["error"] == "login-needed"
    create_user("viewer@example.org", "a long viewer password 42", "viewer")
    login = client.get("/staff/login")
    client.post("/staff/login", data={"csrf_token": csrf_token(login.get_data(as_text=True)),
                                      "email": "viewer@example.org",
                                      "password": "a long viewer password 42"})
    assert client.get("/readability").status_code == 200
    assert client.post("/api/readability", json={"text": EASY}).status_code == 200


def test_open_to_everyone_by_default(app, client):
    assert app.config["READABILITY_STAFF_ONLY"] is False
    assert client.get("/readability").status_code == 200


# --- the JSON endpoint ---------------------------------------------------------------------------

def test_api_returns_the_report(client):
    response = client.post("/api/readability", json={"text": HARD, "level": "easy", "lang": "en"})
    assert response.status_code == 200 and response.mimetype == "application/json"
    data = response.get_json()
    for key in ("words", "sentences", "scores", "reading_age", "verdict", "reasons", "findings"):
        assert key in data
    assert data["verdict"] == "hard" and data["words"] > 20
    assert data["grade"] == "hard" and 16 <= data["score"] <= 22
    finding = data["findings"][0]
    assert set(finding) >= {"rule", "start", "end", "text", "suggestion"}
    assert HARD[finding["start"]:finding["end"]] == finding["text"]
    rules = {f["rule"] for f in data["findings"]}
    assert {"passive-voice", "long-sentence", "jargon"} <= rules


def test_api_matches_easyread_to_dict(client):
    import easyread

    from app.glossary.services import glossary_terms

    data = client.post("/api/readability", json={"text": EASY}).get_json()
    assert data == easyread.check(EASY, "easy", "en", glossary_terms()).to_dict()


def test_api_is_csrf_exempt_and_changes_nothing(client, db):
    from app.models import AuditEvent, Response

    before = (db.session.query(Response).count(), db.session.query(AuditEvent).count())
    # No CSRF token at all: still works.
    response = client.post("/api/readability", json={"text": EASY, "level": "plain", "lang": "pl"})
    assert response.status_code == 200 and response.get_json()["level"] == "plain"
    assert response.get_json()["lang"] == "pl"
    assert (db.session.query(Response).count(), db.session.query(AuditEvent).count()) == before


@pytest.mark.parametrize("body, code", [
    (b"not json", "bad-json"),
    (b"[1, 2]", "bad-json"),
    (b'{"level": "easy"}', "missing-text"),
    (b'{"text": 42}', "missing-text"),
    (b'{"text": "  "}', "missing-text"),
    (b'{"text": "Hello there.", "level": "hardest"}', "bad-level"),
    (b'{"text": "Hello there.", "lang": "xx"}', "bad-lang"),
])
def test_api_bad_requests_are_400_json(client, body, code):
    response = client.post("/api/readability", data=body, content_type="application/json")
    assert response.status_code == 400 and response.mimetype == "application/json"
    data = response.get_json()
    assert data["error"] == code and data["message"]


def test_api_too_long_text_is_413_json(client):
    response = client.post("/api/readability", json={"text": "a" * 50_001})
    assert response.status_code == 413 and response.get_json()["error"] == "text-too-long"
    response = client.post("/api/readability", data=b'{"text": "' + b"a" * 600_000 + b'"}',
                           content_type="application/json")
    assert response.status_code == 413 and response.get_json()["error"] == "too-large"
    assert client.post("/api/readability", json={"text": "a. " * 16_000}).status_code == 200


def test_api_get_is_405_json(client):
    response = client.get("/api/readability")
    assert response.status_code == 405 and response.get_json()["error"] == "method-not-allowed"


def test_api_rate_limit_returns_429(app, client):
    app.config["READABILITY_API_LIMIT"] = "3 per minute"
    for _ in range(3):
        assert client.post("/api/readability", json={"text": "Hi there."}).status_code == 200
    response = client.post("/api/readability", json={"text": "Hi there."})
    assert response.status_code == 429
    assert response.get_json()["error"] == "rate-limited"


def test_api_default_rate_limit_is_30_per_minute(client):
    codes = [client.post("/api/readability", json={"text": "Hi."}).status_code for _ in range(31)]
    assert codes[:30] == [200] * 30 and codes[30] == 429


# --- issue 15: score beside the verdict, Word download ----------------------------------------

def test_score_is_shown_beside_the_verdict_and_hard_is_not_green(client):
    html = main_text(check_page(client, text=HARD))
    m = re.search(r'<div class="panel verdict verdict-(\w[\w-]*)">.*?Easy-read score: (\d+) out of 100',
                  html, re.S)
    assert m and m.group(1) == "hard" and int(m.group(2)) < 40
    easy = main_text(check_page(client, text=EASY))
    m = re.search(r"verdict-(\w[\w-]*)\">.*?Easy-read score: (\d+) out of 100", easy, re.S)
    assert m.group(1) == "easy-read" and int(m.group(2)) >= 70
    css = client.get("/static/app.css").get_data(as_text=True)
    assert ".verdict-hard{border-color:var(--error)}" in css


def test_page_shows_the_grade_and_every_hard_grade_is_red(client):
    fairly = "We shall ask you what you think. You can tell us at the day centre."
    legal = ("Notwithstanding the aforementioned considerations, the commissioning organisation "
             "will endeavour to facilitate comprehensive personalisation of reablement provision, "
             "subject to the availability of appropriate resources, which are determined by the "
             "local authority in accordance with national legislation.")
    seen = {}
    for text in (EASY, fairly, HARD, legal):
        html = main_text(check_page(client, text=text))
        m = re.search(r'<div class="panel verdict verdict-([\w-]+)">.*?'
                      r'<span class="grade grade-([\w-]+)">Grade (\d) of 6: ([^<]+)</span>', html, re.S)
        assert m, html[:2000]
        seen[text] = m.groups()
        assert "Grade 1 is easy read and grade 2 is plain English." in html
    assert seen[EASY] == ("easy-read", "easy-read", "1", "Easy read")
    assert seen[fairly] == ("hard", "fairly-hard", "3", "Fairly hard")
    assert seen[HARD] == ("hard", "hard", "4", "Hard")
    assert seen[legal] == ("hard", "extremely-hard", "6", "Extremely hard")
    css = client.get("/static/app.css").get_data(as_text=True)
    assert "grade-" not in css  # the colour comes from the verdict: a hard grade is never green


def test_draft_hint_says_long_sentences_split_at_safe_joins_and_they_do(client):
    text = ("We will visit you at home next week, and we will talk about the help that you need "
            "with shopping. The council reviews every plan and every payment with the people who "
            "get support from the day centre.")
    html = main_text(check_page(client, text=text))
    assert "We split a sentence of more than 15 words only at a safe join" in html
    draft = re.search(r'<textarea[^>]*id="draft"[^>]*>(.*?)</textarea>', html, re.S).group(1)
    lines = draft.strip().splitlines()
    assert lines[:2] == ["We will visit you at home next week.",
                         "We will talk about the help that you need with shopping."]
    # No safe join: the long sentence stays whole, as the hint says.
    assert lines[2].startswith("The council reviews every plan") and lines[2].endswith("centre.")
    body = "\n".join(p.text for p in docx.Document(io.BytesIO(
        check_page(client, text=text, download="docx").data)).paragraphs)
    assert "We split a sentence of more than 15 words only at a safe join" in body
    assert body.index("only at a safe join") > body.index("Easy-read draft")


def test_short_item_with_no_problems_is_easy_read(client):
    html = main_text(check_page(client, text="The leaders of the council will decide in February."))
    assert "Verdict: Easy read" in html and "We found no problems." in html


def test_result_downloads_as_word_with_highlights_and_comments(client):
    response = check_page(client, text=HARD, download="docx")
    assert response.status_code == 200
    assert response.mimetype.endswith("wordprocessingml.document")
    assert "attachment" in response.headers["Content-Disposition"]
    document = docx.Document(io.BytesIO(response.data))
    body = "\n".join(p.text for p in document.paragraphs)
    assert "Verdict: Hard to read" in body and "Easy-read score:" in body
    assert "Grade 4 of 6: Hard" in body and "Grades 3 to 6 are hard to read" in body
    # Worst sentence first: the long sentence with "shall" before "Ask your GP."
    assert body.index("which is then sent to you") < body.index("Ask your GP")
    highlighted = [r.text for p in document.paragraphs for r in p.runs if r.font.highlight_color]
    assert "is written" in highlighted
    comments = [c.text for c in document.comments]
    assert any("Passive voice" in c for c in comments)
    assert "Easy-read draft" in body
