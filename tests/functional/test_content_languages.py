"""Content in people's languages (issue 17): English in place of a missing translation is
tagged as English, left-to-right runs stay whole on right-to-left pages, dates read as people
write them."""
import re
from datetime import date

from flask_babel import refresh
from sqlalchemy import delete, select

from app.extensions import db as _db
from app.helpers import format_day
from app.models import Consultation, ContentTranslation
from tests.functional.test_journey import BASE, answer_all, start
from tests.helpers import csrf_token

SLUG = "day-centres"


def _drop_translations(lang: str) -> None:
    """As if staff had not translated the day-centres consultation into `lang` yet."""
    c = _db.session.scalar(select(Consultation).where(Consultation.slug == SLUG))
    _db.session.execute(delete(ContentTranslation).where(
        ContentTranslation.entity == "consultation", ContentTranslation.entity_id == c.id,
        ContentTranslation.lang == lang))
    _db.session.commit()
    return c


def test_english_in_place_of_a_translation_is_tagged_english(app, client):
    c = _drop_translations("pl")
    html = client.get(f"/consultations/{SLUG}?lang=pl").get_data(as_text=True)
    assert f'<h1><span lang="en" dir="ltr">{c.title}</span></h1>' in html
    # No tags in the tab's title: only the words.
    title = re.search(r"<title>(.*?)</title>", html, re.S).group(1)
    assert "<" not in title and c.title in title
    # Staff text in English is one English block, so a screen reader switches voice once.
    assert re.search(r'<dd><div lang="en" dir="ltr">.*?' + re.escape("Some are old"),
                     html, re.S)


def test_the_english_parts_notice_comes_before_start(app, client):
    _drop_translations("pl")
    html = client.get(f"/consultations/{SLUG}?lang=pl").get_data(as_text=True)
    notice = html.index("Niektóre części tej strony są po angielsku")
    assert notice < html.index('class="button"')
    assert html.count("Niektóre części tej strony są po angielsku") == 1


def test_translated_text_is_not_tagged_english(app, client):
    html = client.get(f"/consultations/{SLUG}?lang=ur").get_data(as_text=True)
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert 'lang="en"' not in h1 and h1.strip()


def test_a_definition_in_the_page_language_inside_english_text_says_its_language(app, client):
    _drop_translations("pl")
    html = client.get(f"/consultations/{SLUG}?lang=pl").get_data(as_text=True)
    # "carers" sits in English text; its Polish definition is marked Polish.
    pl_definitions = re.findall(r'<span class="def"><span lang="pl" dir="ltr">', html)
    assert pl_definitions, "a Polish definition inside English text must carry lang=pl"
    # The hidden words that say what the button does are in Polish too.
    assert "(what this means)" not in html


def test_phone_number_and_code_stay_left_to_right_on_an_urdu_page(app, client):
    client.get("/?lang=ur")
    start(client)
    answer_all(client)
    check = client.get(f"{BASE}/check").get_data(as_text=True)
    client.post(f"{BASE}/check", data={"csrf_token": csrf_token(check)})
    html = client.get(f"{BASE}/sent").get_data(as_text=True)
    assert '<html lang="ur" dir="rtl"' in html
    phone = app.config["SAFEGUARDING_PHONE"]
    assert f'<bdi dir="ltr">{phone}</bdi>' in html
    assert re.search(r'<p class="code" lang="en" dir="ltr">', html)


def test_dates_in_each_language_order(app):
    day = date(2026, 11, 22)
    expected = {"en": "22 November 2026", "cy": "22 Tachwedd 2026", "pl": "22 listopada 2026"}
    for lang, text in expected.items():
        with app.test_request_context(f"/?lang={lang}"):
            refresh()  # the test's app context outlives each request: forget the last locale
            assert format_day(day) == text


def test_english_names_inside_urdu_text_are_tagged_english(app, client):
    html = client.get("/glossary/blue-badge?lang=ur").get_data(as_text=True)
    assert '<h1><span lang="en" dir="ltr">Blue Badge</span></h1>' in html
    assert "<title>Blue Badge" in html  # the tab's title stays plain text
    page = client.get("/glossary/?lang=ur").get_data(as_text=True)
    assert '<span lang="en" dir="ltr">Department for Work and Pensions</span>' in page


def test_latin_script_pages_are_not_tagged_word_by_word(app, client):
    html = client.get("/glossary/consultation?lang=pl").get_data(as_text=True)
    h1 = re.search(r"<h1>(.*?)</h1>", html, re.S).group(1)
    assert "<span" not in h1


def test_what_a_person_types_keeps_its_own_direction(app, client):
    start(client)
    html = client.get(f"{BASE}/questions/6").get_data(as_text=True)
    assert re.search(r'<textarea class="input" [^>]*dir="auto"', html)
