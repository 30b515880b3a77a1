"""Held-out leveled texts (issue 15): the same article at three levels, written by others.

Uses the OneStopEnglish corpus (CC BY-SA 4.0), which is not in this repository: set
EASYREAD_LEVELED_DIR to its Texts-SeparatedByReadingLevel folder to run it (see
bench/leveled.py). Skipped otherwise."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import leveled

ROOT = os.environ.get("EASYREAD_LEVELED_DIR", "")
pytestmark = pytest.mark.skipif(not ROOT or not Path(ROOT).is_dir(),
                                reason="EASYREAD_LEVELED_DIR not set: leveled corpus not on this machine")


@pytest.fixture(scope="module")
def result() -> dict:
    articles = leveled.load(ROOT)
    # The held-out half (odd positions; the even half was used while setting the score's
    # weights). 40 of them keep the test quick; bench/leveled.py reports both halves.
    names = leveled.held_out(articles)[:40]
    return leveled.evaluate({n: articles[n] for n in names})


def test_verdict_orders_most_pairs_correctly(result: dict) -> None:
    assert result["pairs"] >= 100
    assert result["ordered_by_verdict_then_score"] / result["pairs"] > 0.85, result


def test_the_advanced_text_is_never_given_an_easier_verdict(result: dict) -> None:
    assert result["reversed_verdicts"] == 0, result
    assert result["verdicts"]["ele"]["hard"] <= result["verdicts"]["adv"]["hard"]
