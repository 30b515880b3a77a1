"""The glossary: word list, one word, search, "did you mean", auto-linking, staff editing."""
from __future__ import annotations

import html5lib
import pytest

from app.extensions import db as _db
from app.glossary import linker
from app.glossary.staff import readability
from app.models import Consultation, ContentTranslation, GlossaryTerm, Question
from app.staff import readability_view
from app.staff_accounts import create_user
from tests.factories import drop_translations, set_translation
from tests.helpers import post_form

NS = "{http://www.w3.org/1999/xhtml}"
TERMS = [
    dict(slug="care", term="care", forms=[], definition="Help with everyday things.",
         category="care-and-support"),
    dict(slug="care-plan", term="care plan", forms=["support plan"],
         definition="A written plan of the help you get.", explanation="It says who helps.",
         alternatives=["your plan"], related=["assessment", "gone"], category="care-and-support"),
    dict(slug="assessment", term="assessment", forms=["needs assessment"],
         definition="A talk to find out what help you need.", category="care-and-support"),
    dict(slug="advocate", term="advocate", forms=["advocacy"],
         definition="Someone who helps you say what you want.", category="people-and-roles"),
    dict(slug="direct-payment", term="direct payment", forms=[],
         definition="Money from the council to buy your own support.", category="money"),
]
PASSWORD = "a long admin password 42"


@pytest.fixture
def glossary(app):
    _db.session.query(GlossaryTerm).delete()
    for spec in TERMS:
        _db.session.add(GlossaryTerm(**spec))
    _db.session.commit()
    linker.invalidate()
    return {t.slug: t for t in _db.session.query(GlossaryTerm)}


def parse(body: str):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(body)


def main_text(body: str) -> str:
    return " ".join("".join(parse(body).find(f".//{NS}main").itertext()).split())


# --- pages ----------------------------------------------------------------------------


def test_word_list_a_to_z_links_only_letters_with_words(client_request, glossary):
    body = client_request.get("glossary.index")
    root = parse(body)
    letters = root.find(f".//{NS}ul[@class='letters']")
    linked = ["".join(a.itertext()) for a in letters.iter(f"{NS}a")]
    assert linked == ["A", "C", "D"]
    shown = ["".join(li.itertext()).split()[0] for li in letters]
    assert len(shown) == 26 and "Z" in shown
    assert 'href="/glossary/care-plan"' in body
    assert "5 words" in body


def test_word_list_filters_by_group(client_request, glossary):
    body = client_request.get("glossary.index", category="money")
    assert 'href="/glossary/direct-payment"' in body
    assert 'href="/glossary/care-plan"' not in body
    assert 'aria-current="page">Money<' in body
    # An unknown group shows everything instead of failing.
    body = client_request.get("glossary.index", category="<nope>")
    assert 'href="/glossary/care-plan"' in body and "&lt;nope&gt;" not in body


def test_word_page_shows_meaning_alternatives_related_and_group(client_request, glossary):
    body = client_request.get("glossary.term", slug="care-plan")
    assert "<h1>care plan</h1>" in body
    assert "A written plan of the help you get." in body
    assert "It says who helps." in body
    assert "You could say instead" in body and "<li>your plan</li>" in body
    assert 'href="/glossary/assessment"' in body
    assert "/glossary/gone" not in body  # related slugs that do not exist are left out
    assert 'href="/glossary/?category=care-and-support"' in body
    # The word list itself never links words inside itself.
    assert "<details" not in body


def test_word_page_in_welsh_shows_translation_and_its_status(client_request, glossary):
    term = glossary["advocate"]
    set_translation(_db, "glossary_term", term.id, "term", "cy", "eiriolwr", "reviewed")
    set_translation(_db, "glossary_term", term.id, "definition", "cy",
                    "Rhywun sy'n eich helpu chi.", "reviewed")
    _db.session.commit()
    body = client_request.get("glossary.term", slug="advocate", lang="cy")
    assert "eiriolwr" in body and "Rhywun sy&#39;n eich helpu chi." in body
    assert "Someone who speaks this language checked this." in main_text(body) or \
        'class="caption"' in body
    # care-plan has no Welsh: English is shown, and the page says so.
    drop_translations(_db, "glossary_term", glossary["care-plan"].id, "cy")
    _db.session.commit()
    body = client_request.get("glossary.term", slug="care-plan", lang="cy")
    assert "A written plan of the help you get." in body
    assert 'class="note"' in body


def test_draft_translation_is_called_a_draft(client_request, glossary):
    term = glossary["advocate"]
    set_translation(_db, "glossary_term", term.id, "definition", "pl", "Ktoś, kto pomaga.")
    _db.session.commit()
    body = client_request.get("glossary.term", slug="advocate", lang="pl")
    assert "Ktoś, kto pomaga." in body
    assert 'class="caption"' in body


def test_unknown_word_is_404_with_suggestions(client_request, glossary):
    body = client_request.get("glossary.term", _expected_status=404, slug="care-plna")
    assert "Did you mean" in body
    assert 'href="/glossary/care-plan"' in body


def test_retired_word_page_is_gone(client_request, glossary):
    client_request.get("glossary.term", slug="advocate")
    glossary["advocate"].retired = True
    _db.session.commit()
    client_request.get("glossary.term", _expected_status=404, slug="advocate")


# --- search ---------------------------------------------------------------------------


def search(client, q: str) -> str:
    page = client.get("/glossary/", query_string={"q": q})
    assert page.status_code == 200
    return page.get_data(as_text=True)


def found(body: str) -> list[str]:
    dl = parse(body).find(f".//{NS}dl[@class='results-list']")
    if dl is None:
        return []
    return [a.get("href").rsplit("/", 1)[1] for a in dl.iter(f"{NS}a")
            if a.get("href", "").startswith("/glossary/") and "?" not in a.get("href")]


def test_search_finds_by_any_form(client, glossary):
    assert found(search(client, "support plan"))[0] == "care-plan"
    assert found(search(client, "Advocacy"))[0] == "advocate"
    assert found(search(client, "care plans"))[0] == "care-plan"  # plural


def test_search_finds_by_words_in_the_meaning(client, glossary):
    assert found(search(client, "council")) == ["direct-payment"]


def test_search_tolerates_small_typos(client, glossary):
    assert found(search(client, "asessment"))[0] == "assessment"
    assert found(search(client, "advocat"))[0] == "advocate"


def test_search_with_nothing_found_says_so(client, glossary):
    body = search(client, "xylophone")
    assert found(body) == []
    assert "We did not find any words." in body


def test_search_query_is_escaped_and_cut(client, glossary):
    body = search(client, "<script>alert(1)</script>")
    assert "<script>alert" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    body = search(client, "care " + "x" * 300)
    assert "x" * 95 in main_text(body) and "x" * 96 not in main_text(body)
    assert "Your search was too long." in body


# --- auto-linking in consultations ------------------------------------------------------


@pytest.fixture
def consultation(glossary):
    c = _db.session.query(Consultation).filter_by(slug="day-centres").one()
    c.purpose = "We want to know about your care plan. Be careful with your care plan."
    c.audience = "Anyone with care plans or an advocate."
    c.blocks[0].text = ("Your advocate can help.\n\n- Get a needs assessment\n- More care\n\n"
                        "Visit www.care.example.org for help.")
    q = c.questions[0]
    q.text = "How do you feel about your care plan and your advocate?"
    q.help = "Think about your advocate and your direct payment."
    _db.session.commit()
    return c


def details(body: str) -> list:
    return list(parse(body).iter(f"{NS}details"))


def assert_valid_nesting(body: str) -> None:
    root = parse(body)  # strict parse: html5lib raises on <details> inside <p>
    for a in root.iter(f"{NS}a"):
        assert a.find(f".//{NS}a") is None, "nested links"
    for tag in ("h1", "h2", "h3", "legend", "label", "p", "summary"):
        for element in root.iter(f"{NS}{tag}"):
            assert element.find(f".//{NS}details") is None, f"glossary link inside <{tag}>"


def test_consultation_links_first_use_of_each_word_only(client, consultation):
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    assert_valid_nesting(body)
    found_slugs = [d.find(f".//{NS}a").get("href") for d in details(body)]
    assert found_slugs == ["/glossary/care-plan", "/glossary/advocate", "/glossary/assessment",
                           "/glossary/care"]
    first = details(body)[0]
    assert "".join(first[0].itertext()).startswith("care plan")
    assert "A written plan of the help you get." in "".join(first.itertext())
    # "careful" is not "care", and the web address is left alone.
    assert "Be careful with your care plan." in body
    assert "Visit www.care.example.org for help." in body


def test_plural_is_linked_when_it_is_the_first_use(client, consultation):
    consultation.purpose = "We ask about care plans."
    _db.session.commit()
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    summary = "".join(details(body)[0][0].itertext())
    assert summary.startswith("care plans")


def test_question_heading_is_never_linked(client, consultation):
    post_form(client, "/consultations/day-centres/start", {"answering": "self"})
    page = client.get("/consultations/day-centres/questions/1")
    assert page.status_code == 200
    body = page.get_data(as_text=True)
    assert_valid_nesting(body)
    h1 = parse(body).find(f".//{NS}h1")
    assert "".join(h1.itertext()) == "How do you feel about your care plan and your advocate?"
    # The help under the heading links the words instead.
    hrefs = [d.find(f".//{NS}a").get("href") for d in details(body)]
    assert hrefs == ["/glossary/advocate", "/glossary/direct-payment"]


def test_retired_word_no_longer_links(client, consultation, glossary):
    glossary["advocate"].retired = True
    _db.session.commit()
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    assert "/glossary/advocate" not in body
    assert "/glossary/care-plan" in body


def test_footer_links_to_the_word_list(client, glossary):
    assert 'href="/glossary/"' in client.get("/").get_data(as_text=True)


# --- staff editing ----------------------------------------------------------------------


def log_in(client, role="admin"):
    create_user(f"{role}@example.org", PASSWORD, role)
    result = post_form(client, "/staff/login", {"email": f"{role}@example.org",
                                                "password": PASSWORD})
    assert result.status_code == 302


def test_staff_glossary_needs_an_admin(client, glossary):
    page = client.get("/staff/glossary/")
    assert page.status_code == 302 and "/staff/login" in page.headers["Location"]
    assert client.get(f"/staff/glossary/{glossary['care'].id}").status_code == 302
    log_in(client, "staff")
    page = client.get("/staff/glossary/")
    assert page.status_code == 403 and "Only admins" in page.get_data(as_text=True)


def test_admin_adds_a_word_and_it_links_at_once(client, consultation):
    log_in(client)
    assert "care plan" in client.get("/staff/glossary/").get_data(as_text=True)
    result = post_form(client, "/staff/glossary/new", {
        "term": "day centre", "slug": "", "forms": "day service", "action": "save",
        "definition": "A place you go in the day. You can meet people there.",
        "explanation": "", "alternatives": "", "related": "care-plan",
        "category": "care-and-support"})
    assert result.status_code == 302
    term = _db.session.query(GlossaryTerm).filter_by(slug="day-centre").one()
    assert term.forms == ["day service"] and term.related == ["care-plan"]
    edit = client.get(result.headers["Location"]).get_data(as_text=True)
    assert "Saved." in edit and "Readability of the meaning" in edit
    consultation.audience = "People who use a day centre."
    _db.session.commit()
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    assert 'href="/glossary/day-centre"' in body


def test_admin_add_refuses_bad_input(client, glossary):
    log_in(client)
    result = post_form(client, "/staff/glossary/new", {
        "term": "", "definition": "", "related": "no-such-word", "category": "nope",
        "action": "save"})
    assert result.status_code == 400
    body = result.get_data(as_text=True)
    assert "Enter the word." in body and "no-such-word" in body
    result = post_form(client, "/staff/glossary/new", {
        "term": "care", "definition": "Help.", "category": "health", "action": "save"})
    assert result.status_code == 400
    assert "already uses this web address name" in result.get_data(as_text=True)
    assert _db.session.query(GlossaryTerm).count() == len(TERMS)


def test_check_the_wording_shows_findings_without_saving(client, glossary):
    log_in(client)
    url = f"/staff/glossary/{glossary['care'].id}"
    hard = ("The local authority shall undertake a comprehensive assessment of eligibility "
            "for services which are commissioned in accordance with statutory guidance.")
    result = post_form(client, url, {"term": "care", "definition": hard, "category": "health",
                                     "action": "check"})
    assert result.status_code == 200
    body = result.get_data(as_text=True)
    assert "Hard to read" in body or "not easy read" in body
    assert "Long sentence" in body
    _db.session.refresh(glossary["care"])
    assert glossary["care"].definition == "Help with everyday things."



def test_the_wording_check_uses_the_staff_readability_words(app, glossary):
    """The glossary editor words verdicts and findings as the builder does (one home:
    app/staff/readability_view.py), and leaves no finding as a bare rule id."""
    hard = ("The local authority shall undertake a comprehensive assessment of eligibility "
            "for services which are commissioned in accordance with statutory guidance.")
    with app.test_request_context():
        check = readability(hard)
        words = {str(label) for label in readability_view.RULE_WORDS.values()}
        assert check["verdict_text"] == readability_view.verdict_words(check["verdict"])
        assert check["findings"] and all(f["rule"] in words for f in check["findings"])

def test_admin_edits_a_word(client, glossary):
    log_in(client)
    url = f"/staff/glossary/{glossary['care'].id}"
    result = post_form(client, url, {"term": "care", "forms": "caring", "action": "save",
                                     "definition": "Help with washing and eating.",
                                     "category": "health"})
    assert result.status_code == 302
    _db.session.refresh(glossary["care"])
    assert glossary["care"].definition == "Help with washing and eating."
    assert glossary["care"].category == "health" and glossary["care"].slug == "care"
    assert "Help with washing and eating." in client.get("/glossary/care").get_data(as_text=True)


def test_admin_stops_an_everyday_word_linking_on_its_own(client, consultation, glossary):
    # "care" in "More care" links; a care plan is still linked as a phrase.
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    assert 'href="/glossary/care"' in body
    log_in(client)
    url = f"/staff/glossary/{glossary['care'].id}"
    assert 'value="yes" checked' in client.get(url).get_data(as_text=True)
    result = post_form(client, url, {"term": "care", "forms": "care work", "action": "save",
                                     "definition": "Help with everyday things.",
                                     "category": "care-and-support", "link_alone": "no"})
    assert result.status_code == 302
    _db.session.refresh(glossary["care"])
    assert glossary["care"].link_alone is False
    assert 'value="no" checked' in client.get(url).get_data(as_text=True)
    body = client.get("/consultations/day-centres").get_data(as_text=True)
    assert 'href="/glossary/care"' not in body
    assert 'href="/glossary/care-plan"' in body
    consultation.blocks[0].text = "We pay for care work."
    _db.session.commit()
    assert 'href="/glossary/care"' in client.get("/consultations/day-centres").get_data(
        as_text=True)


def test_link_alone_must_be_yes_or_no(client, glossary):
    log_in(client)
    result = post_form(client, f"/staff/glossary/{glossary['care'].id}", {
        "term": "care", "action": "save", "definition": "Help with everyday things.",
        "category": "care-and-support", "link_alone": "maybe"})
    assert result.status_code == 400
    assert "Choose yes or no." in result.get_data(as_text=True)


def test_admin_retires_and_brings_back_a_word(client, consultation, glossary):
    log_in(client)
    term_id = glossary["advocate"].id
    page = client.get(f"/staff/glossary/{term_id}")
    from tests.helpers import csrf_token

    token = csrf_token(page.get_data(as_text=True))
    result = client.post(f"/staff/glossary/{term_id}/retire",
                         data={"csrf_token": token, "action": "retire"})
    assert result.status_code == 302
    _db.session.refresh(glossary["advocate"])
    assert glossary["advocate"].retired
    assert client.get("/glossary/advocate").status_code == 404
    assert "/glossary/advocate" not in client.get("/consultations/day-centres").get_data(as_text=True)
    result = client.post(f"/staff/glossary/{term_id}/retire",
                         data={"csrf_token": token, "action": "restore"})
    _db.session.refresh(glossary["advocate"])
    assert not glossary["advocate"].retired
    assert "/glossary/advocate" in client.get("/consultations/day-centres").get_data(as_text=True)


def test_glossary_terms_gives_slugs_and_forms(app, glossary):
    from app.glossary.services import glossary_terms

    pairs = dict(glossary_terms())
    assert pairs["care-plan"] == ["care plan", "support plan"]
    glossary["care"].retired = True
    _db.session.commit()
    assert "care" not in dict(glossary_terms())


def test_glossary_addresses_from_the_issue_answer_directly(client):
    for url in ("/glossary", "/glossary?q=respite", "/glossary/"):
        assert client.get(url).status_code == 200, url
