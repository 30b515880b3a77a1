"""Screening in every language the app offers (issue 16): the team's phrases per language
and category are caught, ordinary feedback is not, and typing without accents, apostrophes
or with repeated letters is still heard."""
from __future__ import annotations

import pytest

from easyread.safeguarding import (
    CATEGORIES, SCREENED_LANGUAGES, categories, fold, is_screened, languages_for, screen,
)
from tests.unit.easyread.safeguarding_phrases import BENIGN, PHRASES, detection_rates

CASES = [(lang, category, phrase) for lang, by_category in PHRASES.items()
         for category, phrases in by_category.items() for phrase in phrases]


def test_every_language_and_category_has_phrases() -> None:
    assert set(PHRASES) == set(SCREENED_LANGUAGES)
    for lang, by_category in PHRASES.items():
        assert set(by_category) == set(CATEGORIES), lang
        assert all(len(phrases) >= 2 for phrases in by_category.values()), lang


@pytest.mark.parametrize(("lang", "category", "phrase"), CASES)
def test_phrase_is_caught_in_its_category(lang: str, category: str, phrase: str) -> None:
    assert category in categories(phrase, lang), screen(phrase, lang)


@pytest.mark.parametrize(("lang", "text"), [(lang, text) for lang, texts in BENIGN.items()
                                            for text in texts])
def test_ordinary_feedback_is_not_flagged(lang: str, text: str) -> None:
    assert screen(text, lang) == []


def test_rates_are_all_caught() -> None:
    for lang, (caught, total, false_alarms) in detection_rates().items():
        assert (caught, false_alarms) == (total, 0), lang


@pytest.mark.parametrize(("typed", "lang", "category"), [
    ("zabic sie", "pl", "suicide"),                 # no Polish letters
    ("ZABIĆ SIĘ", "pl", "suicide"),                  # capitals
    ("ma bate", "ro", "physical-abuse"),            # no Romanian letters
    ("i dont want to live", "en", "suicide"),       # no apostrophe
    ("he hiiiiits me", "en", "physical-abuse"),     # a letter held down
    ("انا اريد ان اموت", "ar", "suicide"),            # alef without hamza
    ("أنا أُرِيدُ أَنْ أَمُوتَ", "ar", "suicide"),       # with short vowels
    ("میں مرنا چاہتا ہوں", "ur", "suicide"),
    ("مىں مرنا چاهتا هوں", "ur", "suicide"),          # Arabic letters for Urdu ones
    ("ਉਹ ਮੈਨੂੰ ਕੁਟਦਾ ਹੈ", "pa", "physical-abuse"),      # adhak left out
])
def test_spelling_variants_are_still_heard(typed: str, lang: str, category: str) -> None:
    assert category in categories(typed, lang)


def test_a_language_is_screened_whatever_page_it_was_typed_on() -> None:
    # A Polish speaker on the English page, an Urdu speaker on the Punjabi page.
    assert "physical-abuse" in categories("syn mnie bije", "pl")
    assert "suicide" in categories("میں مرنا چاہتا ہوں", "pa")
    assert languages_for("میں", "en") == ["en", "ur", "ar"]
    assert languages_for("he hits me", "en") == ["en", "cy", "pl", "ro"]


def test_spans_point_into_the_text_as_typed() -> None:
    text = "Dzień dobry. Mój opiekun mnie BIJE."
    [concern] = screen(text, "pl")
    assert text[concern.start:concern.end] == concern.text and "BIJE" in concern.text
    folded, where = fold("Zaaaaa")
    assert folded == "za" and where == [0, 1]


@pytest.mark.parametrize(("text", "lang", "screened"), [
    ("He hits me", "en", True),
    ("syn mnie bije", "pl", True),
    ("میں ٹھیک ہوں", "ur", True),
    ("1234 !!", "en", True),
    ("Он меня бьёт", "en", False),        # Russian: no patterns for it
    ("他打我", "en", False),               # Chinese
    ("Aniga waan xanuunsanahay", "so", False),  # a page language without screening
])
def test_text_without_screening_is_said_so(text: str, lang: str, screened: bool) -> None:
    assert is_screened(text, lang) is screened


def test_ordinary_feedback_in_any_language_is_not_flagged_by_another_languages_patterns():
    # Every language's patterns run on Latin text: none may fire on another's calm words.
    for lang, texts in BENIGN.items():
        for text in texts:
            for page in SCREENED_LANGUAGES:
                assert screen(text, page) == [], (lang, page, text)
