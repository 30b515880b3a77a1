from __future__ import annotations

import pytest

import easyread
from easyread import scores
from easyread.splitting import split

PLAIN = (
    "We want to know what you think about our plans. "
    "The council will look at the personalisation of care services next year. "
    "Please tell us by filling in the form below."
)


def test_scores_equal_textstat_when_counts_agree() -> None:
    doc = split(PLAIN)
    ours = scores.compute(doc, "en")
    ts = scores.stats_for("en")
    text = scores.formula_text(doc)
    assert ts.sentence_count(text) == len(doc.sentences) == 3
    assert ours["flesch_reading_ease"].value == pytest.approx(ts.flesch_reading_ease(text))
    assert ours["flesch_kincaid_grade"].value == pytest.approx(ts.flesch_kincaid_grade(text))
    assert ours["smog"].value == pytest.approx(ts.smog_index(text))
    assert ours["gunning_fog"].value == pytest.approx(ts.gunning_fog(text))
    assert ours["dale_chall"].value == pytest.approx(ts.dale_chall_readability_score(text))


def test_short_sentences_count_although_textstat_drops_them() -> None:
    doc = split("Call us. We can help you with your shopping and cooking.")
    text = scores.formula_text(doc)
    assert scores.stats_for("en").sentence_count(text) == 1  # textstat's own counter
    fk = scores.compute(doc, "en")["flesch_kincaid_grade"]
    words = 2 + 9
    # words per sentence uses our 2 sentences, not textstat's 1
    assert fk.value < 0.39 * words + 11.8 * 2 - 15.59


def test_decimals_and_abbreviations_do_not_split_sentences_for_textstat() -> None:
    doc = split("Dr. Smith said lunch costs £12.50 each day.")
    text = scores.formula_text(doc)
    assert scores.stats_for("en").sentence_count(text) == 1


def test_smog_unreliable_under_30_sentences_and_reliable_after() -> None:
    short = scores.compute(split(PLAIN), "en")["smog"]
    assert not short.reliable and "too-few-sentences" in short.notes
    long_text = " ".join(["We want to know what you think about the plans."] * 30)
    assert scores.compute(split(long_text), "en")["smog"].reliable


def test_negative_grade_is_clamped_and_flagged() -> None:
    report = easyread.check("I am Sam. I can see a cat. The cat is big.")
    fk = report.scores["flesch_kincaid_grade"]
    assert fk.value == 0 and not fk.reliable and "clamped-negative" in fk.notes
    assert report.reading_age is not None and report.reading_age.value == 5
    assert report.to_dict()["reading_age"]["reliable"] is False


@pytest.mark.parametrize("lang", ["cy", "ur", "pa", "ar", "bn"])
def test_no_scores_for_languages_without_formulas(lang: str) -> None:
    report = easyread.check("Un. Dau. Tri pedwar pump chwech saith wyth naw deg un dau tri pedwar pump chwech saith wyth naw deg.", lang=lang)
    d = report.to_dict()
    assert d["scores_available"] is False and d["scores"] == {} and d["reading_age"] is None
    assert "scores-not-available" in d["notes"]
    # language-neutral rules still run
    assert any(f["rule"] == "long-sentence" for f in d["findings"])


def test_other_supported_language_scores_marked_english_calibrated() -> None:
    report = easyread.check("Wir wollen wissen, was Sie denken. Rufen Sie uns an.", lang="de")
    assert report.scores_available
    assert report.scores["flesch_reading_ease"].reliable
    assert not report.scores["flesch_kincaid_grade"].reliable
    assert "dale_chall" not in report.scores


def test_one_instance_per_language() -> None:
    assert scores.stats_for("en") is scores.stats_for("en_GB")
    assert scores.stats_for("de") is not scores.stats_for("en")
