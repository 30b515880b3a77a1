"""Glossary auto-linking: the first use of a word on a page opens its meaning in place."""
from __future__ import annotations

import html5lib
import pytest
from flask import g

from app.content import render_text
from app.extensions import db
from app.glossary import linker
from app.glossary.linker import PageLinker
from app.models import ContentTranslation, GlossaryTerm
from tests.factories import drop_translations, set_translation

NS = "{http://www.w3.org/1999/xhtml}"

TERMS = [
    ("care", "care", [], "Help with everyday things."),
    ("care-plan", "care plan", ["support plan"], "A written plan of the help you get."),
    ("assessment", "assessment", ["needs assessment"], "A talk to find out what help you need."),
    ("advocate", "advocate", ["advocacy"], "Someone who helps you say what you want."),
]


@pytest.fixture
def terms(app):
    db.session.query(GlossaryTerm).delete()
    for slug, term, forms, definition in TERMS:
        db.session.add(GlossaryTerm(slug=slug, term=term, forms=forms, definition=definition))
    db.session.commit()
    linker.invalidate()
    return {t.slug: t for t in db.session.query(GlossaryTerm)}


@pytest.fixture
def page(app, terms):
    """One participant page: a request context with a fresh linker on g."""
    with app.test_request_context("/consultations/x"):
        g.glossary_linker = PageLinker()
        yield g.glossary_linker


def parse(fragment: str):
    return html5lib.HTMLParser(strict=True, namespaceHTMLElements=True).parse(
        f"<!doctype html><html lang=en><title>x</title><body>{fragment}</body></html>")


def summaries(fragment: str) -> list[str]:
    return ["".join(s.itertext()) for s in parse(fragment).iter(f"{NS}summary")]


def test_first_use_on_the_page_only(page):
    html = page.link("Your care plan is yours. Ask about your care plan.")
    assert html.count("<details") == 1
    assert html.endswith("Ask about your care plan.")
    # A second piece of text on the same page does not link it again...
    assert "<details" not in page.link("We check the care plan every year.")
    # ...but a word not yet used on the page is linked.
    assert "<details" in page.link("You can have an advocate.")
    assert page.linked == ["care-plan", "advocate"]


def test_each_word_once_in_one_text(page):
    html = page.link("An advocate and advocacy help. Another advocate.")
    assert html.count("<details") == 1


def test_plural_and_other_forms_link(page):
    html = page.link("We make care plans. You can get a needs assessment.")
    assert html.count("<details") == 2
    assert summaries(html)[0].startswith("care plans")
    assert summaries(html)[1].startswith("needs assessment")
    assert 'href="/glossary/care-plan"' in html
    assert 'href="/glossary/assessment"' in html


def test_longest_form_wins(page):
    html = page.link("Read your care plan.")
    assert 'href="/glossary/care-plan"' in html
    assert 'href="/glossary/care"' not in html


def test_never_inside_a_word(page):
    html = page.link("Be careful. It is uncared for. Self-care matters. Carers help.")
    assert "<details" not in html


def test_never_inside_web_or_email_addresses(page):
    html = page.link("See www.care.example.org/care-plan or email care@example.org today.")
    assert "<details" not in html
    html = page.link("Then ask for care.")
    assert html.count("<details") == 1


def test_text_is_escaped(page):
    html = page.link("<script>alert(1)</script> & care <b>")
    assert "<script>" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html
    assert "<details" in html


def test_markup_is_accessible_and_valid(page):
    html = str(render_text("Your care plan.\nMore text.\n\n- an advocate\n- more\n\nNo words here."))
    root = parse(html)  # strict: any parse error raises
    body = root.find(f"{NS}body")
    # The paragraph holding a <details> is a <div class="p">; plain paragraphs stay <p>.
    assert body[0].tag == f"{NS}div" and body[0].get("class") == "p"
    assert body[-1].tag == f"{NS}p"
    for p in root.iter(f"{NS}p"):
        assert p.find(f".//{NS}details") is None
    for a in root.iter(f"{NS}a"):
        assert a.find(f".//{NS}a") is None
    details = list(root.iter(f"{NS}details"))
    assert len(details) == 2
    summary = details[0][0]
    assert summary.tag == f"{NS}summary"  # summary first: announced as a button
    hidden = summary.find(f"{NS}span")
    assert hidden.get("class") == "visually-hidden" and "what this means" in hidden.text
    assert "A written plan of the help you get." in "".join(details[0].itertext())
    assert details[0].find(f".//{NS}a").get("href") == "/glossary/care-plan"


def test_retired_word_no_longer_links(app, terms):
    terms["advocate"].retired = True
    db.session.commit()
    with app.test_request_context("/"):
        # No invalidate(): the content version notices the change (other workers do too).
        assert "<details" not in PageLinker().link("You can have an advocate.")


def test_new_word_links_without_restart(app, terms):
    with app.test_request_context("/"):
        assert "<details" not in PageLinker().link("A direct payment is money.")
    db.session.add(GlossaryTerm(slug="direct-payment", term="direct payment", forms=[],
                                definition="Money to buy your own support."))
    db.session.commit()
    with app.test_request_context("/"):
        assert 'href="/glossary/direct-payment"' in PageLinker().link("A direct payment is money.")


def test_other_language_uses_translated_words_and_meanings(app, terms):
    set_translation(db, "glossary_term", terms["advocate"].id, "term", "cy", "eiriolwr")
    set_translation(db, "glossary_term", terms["advocate"].id, "definition", "cy",
                    "Rhywun sy'n eich helpu.", "reviewed")
    drop_translations(db, "glossary_term", terms["care-plan"].id, "cy")  # no Welsh yet
    db.session.commit()
    with app.test_request_context("/?lang=cy"):
        page = PageLinker()
        html = page.link("Gallwch gael eiriolwr. Your care plan.")
        assert "Rhywun sy&#39;n eich helpu." in html
        # English shown because the Welsh meaning is missing: marked as English, and said.
        assert '<span lang="en" dir="ltr">A written plan' in html
        assert g.get("english_parts") is True


def test_no_linker_outside_participant_pages(client):
    from app.glossary.linker import _SKIP_PREFIXES

    assert "/staff" in _SKIP_PREFIXES and "/glossary" in _SKIP_PREFIXES


def test_word_that_links_only_as_a_phrase(app, terms):
    terms["assessment"].link_alone = False
    db.session.commit()
    with app.test_request_context("/"):
        assert "<details" not in PageLinker().link("We will make an assessment of the costs.")
        linked = PageLinker().link("Ask for a needs assessment.")
        assert 'href="/glossary/assessment"' in linked and "needs assessment" in linked
