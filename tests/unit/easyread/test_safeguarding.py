from __future__ import annotations

import pytest

from easyread.safeguarding import CATEGORIES, categories, screen


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("he hits me", "physical-abuse"),
        ("My son hit me last week", "physical-abuse"),
        ("I was pushed by a carer", "physical-abuse"),
        ("I want to end my life", "suicide"),
        ("Sometimes I want to kill myself", "suicide"),
        ("I would be better off dead", "suicide"),
        ("I have been cutting myself", "self-harm"),
        ("they take my money", "financial-abuse"),
        ("She keeps my bank card and won't let me have my money", "financial-abuse"),
        ("nobody has fed me for two days", "neglect"),
        ("I was left alone all day with no food", "neglect"),
        ("They forgot my tablets again", "neglect"),
        ("I am scared of my carer", "emotional-abuse"),
        ("He shouts at me and calls me stupid", "emotional-abuse"),
        ("He touched me down there", "sexual-abuse"),
        ("I don't feel safe at home", "danger"),
        ("I fell and couldn't get up", "danger"),
    ],
)
def test_catches(text: str, category: str) -> None:
    assert category in categories(text), screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "the day centre is a hit with everyone",
        "I'd kill for a cup of tea",  # hyperbole: "kill" needs a person as object
        "I take my tablets",
        "money for the bus",
        "I feel safe here",
        "The staff help me wash and dress",
        "I hurt my knee playing football",
        "I spend my money on bingo",
        "The lunch was lovely and the trip was fun",
    ],
)
def test_does_not_catch_ordinary_feedback(text: str) -> None:
    assert screen(text) == []


def test_negation_errs_on_flagging() -> None:
    assert "physical-abuse" in categories("He doesn't hit me any more")
    assert "emotional-abuse" in categories("I am not scared of my carer")


def test_spans_and_categories_known() -> None:
    text = "Hello. They take my money."
    [c] = screen(text)
    assert text[c.start : c.end] == c.text and c.category in CATEGORIES
