"""Held-out leveled texts (issue 15): the same article at three levels, written by others.

Uses 40 held-out articles of the OneStopEnglish corpus (CC BY-SA 4.0), kept in
tests/data/leveled/ with their source and licence. EASYREAD_LEVELED_DIR may point at the
whole corpus's Texts-SeparatedByReadingLevel folder instead (see bench/leveled.py)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bench import leveled

HERE = Path(__file__).resolve().parents[2] / "data" / "leveled"
ROOT = os.environ.get("EASYREAD_LEVELED_DIR") or str(HERE)


@pytest.fixture(scope="module")
def result() -> dict:
    articles = leveled.load(ROOT)
    # The held-out half (odd positions; the even half was used while setting the score's
    # weights). 40 of them keep the test quick; bench/leveled.py reports both halves. The
    # copy in tests/data holds only those 40.
    names = leveled.held_out(articles)[:40] if ROOT != str(HERE) else sorted(articles)
    assert len(names) == 40
    return leveled.evaluate({n: articles[n] for n in names})


def test_verdict_orders_most_pairs_correctly(result: dict) -> None:
    assert result["pairs"] >= 100
    assert result["ordered_by_verdict_then_score"] / result["pairs"] > 0.85, result


def test_the_graded_verdict_alone_orders_most_pairs(result: dict) -> None:
    # The old three-step verdict called 119 of these 120 texts "hard" and ordered 2 pairs.
    # The graded verdict, with no help from the score, must order more than 2 in 3.
    assert result["ordered_by_verdict_alone_strict"] > 80, result
    assert result["ordered_by_verdict_alone_strict"] > 10 * result["ordered_by_level_alone"]


def test_grades_rise_with_the_level(result: dict) -> None:
    # Mean grade (1 easy read .. 6 extremely hard) per level: elementary < intermediate < advanced.
    from easyread.report import grade_rank

    mean = {lv: sum(grade_rank(g) * k for g, k in gs.items()) / sum(gs.values())
            for lv, gs in result["grades"].items()}
    assert mean["ele"] < mean["int"] < mean["adv"], mean
    assert mean["adv"] - mean["ele"] >= 1.0, mean


def test_the_advanced_text_is_never_given_an_easier_verdict(result: dict) -> None:
    assert result["reversed_verdicts"] == 0, result
    assert result["reversed_levels"] == 0, result
    assert result["verdicts"]["ele"]["hard"] <= result["verdicts"]["adv"]["hard"]
