from __future__ import annotations

import pytest

import easyread
from easyread.findings import Finding


def found(text: str, rule: str, level: str = "easy", **kw: object) -> list[Finding]:
    report = easyread.check(text, level=level, **kw)  # type: ignore[arg-type]
    for f in report.findings:
        assert text[f.start : f.end] == f.text, f  # every span points into the text
    return [f for f in report.findings if f.rule == rule]


def pairs(text: str, rule: str, **kw: object) -> list[tuple[str, str | None]]:
    return [(f.text, f.suggestion) for f in found(text, rule, **kw)]


LONG = "We want to hear from everyone who uses the day centre in the town about what they think of it."


def test_long_sentence_levels() -> None:
    [f] = found(LONG, "long-sentence", "easy")
    assert f.detail == {"words": 20, "limit": 15}
    assert found(LONG, "long-sentence", "plain") == []


def test_one_idea() -> None:
    text = "We will visit you at home, and we will bring the forms with us."
    assert found(text, "one-idea")
    assert not found("We will visit you at home with the forms.", "one-idea")


def test_long_paragraph() -> None:
    text = "We met. We talked. We ate. We went home.\n\nWe slept."
    [f] = found(text, "long-paragraph")
    assert f.text == "We met. We talked. We ate. We went home." and f.detail["sentences"] == 4


def test_hard_word_uses_dictionary_everyday_list_and_care_corrections() -> None:
    text = "The personalisation of reablement is important for everyone. Telecare helps carers."
    words = [f.text for f in found(text, "hard-word")]
    assert "personalisation" in words and "reablement" in words
    assert "important" not in words and "everyone" not in words
    assert "Telecare" in words  # three syllables by the correction list
    assert "carers" not in words  # two syllables, not three


def test_hard_word_skips_names_mid_sentence() -> None:
    assert found("We went to Manchester today.", "hard-word") == []


def test_simpler_word_and_inflection() -> None:
    got = pairs("In order to commence, we commenced the work prior to lunch.", "simpler-word")
    assert ("In order to", "To") in got
    assert ("commence", "start") in got
    assert ("commenced", "started") in got
    assert ("prior to", "before") in got


def test_hidden_verb_any_tense() -> None:
    got = pairs("We made a decision. They will carry out an assessment.", "hidden-verb")
    assert got == [("made a decision", "decide"), ("carry out an assessment", "assess")]


def test_passive_voice_rule() -> None:
    assert [f.text for f in found("The letter was sent. I am tired.", "passive-voice")] == ["was sent"]


def test_numbers_as_words_not_one() -> None:
    got = pairs("One day three people and twenty-one cats came.", "number-as-word")
    assert got == [("three", "3"), ("twenty-one", "21")]


def test_percentage_and_big_number() -> None:
    assert pairs("About 50% said yes and 25 per cent said no.", "percentage") == [
        ("50%", "1 in 2"),
        ("25 per cent", "1 in 4"),
    ]
    assert pairs("It cost £12,437 and 12,000 people came.", "big-number") == [("£12,437", "over £12,000")]


def test_abbreviation_latin_acronym_and_contractions_by_level() -> None:
    text = "Bring things, e.g. a coat. The NHS and the NHS again. We don't know."
    easy = pairs(text, "abbreviation")
    assert ("e.g.", "for example") in easy and ("NHS", None) in easy
    assert sum(1 for t, _ in easy if t == "NHS") == 1  # first use only
    assert ("don't", "do not") in easy
    assert ("don't", "do not") not in pairs(text, "abbreviation", level="plain")


def test_all_caps_but_not_acronyms() -> None:
    assert [f.text for f in found("PLEASE NOTE the CQC visit. It is URGENT.", "all-caps")] == ["PLEASE NOTE", "URGENT"]


def test_complex_punctuation() -> None:
    got = [f.text for f in found("Bring food; drink (if you like) & a coat and/or hat. See www.example.org/a/b", "complex-punctuation")]
    assert got == [";", "(if you like)", "&", "/"]


def test_metaphor_shall_date() -> None:
    assert pairs("It is a piece of cake.", "metaphor") == [("a piece of cake", "easy")]
    assert pairs("You shall pay.", "shall") == [("shall", "will")]
    got = pairs("Come on 6/8/2026 or 2026-08-07, Monday-Friday, 9am-5pm.", "date-format")
    assert ("6/8/2026", "6 August 2026") in got and ("2026-08-07", "7 August 2026") in got
    assert ("Monday-Friday", "Monday to Friday") in got and ("9am-5pm", "9am to 5pm") in got


def test_address_reader_advisory() -> None:
    text = " ".join(["The centre opens at nine and the staff make lunch for the people there."] * 8)
    assert found(text, "address-reader")
    assert not found(text + " Tell us what you think.", "address-reader")


def test_jargon_rule_with_glossary_terms() -> None:
    [f] = found("Ask for a needs assessment.", "jargon", glossary_terms=[("needs-assessment", ["needs assessment"])])
    assert f.detail == {"slug": "needs-assessment"} and f.text == "needs assessment"


def test_english_word_rules_skipped_for_other_languages() -> None:
    report = easyread.check("Nous voulons commence la réunion; merci.", lang="fr")
    rules = {f.rule for f in report.findings}
    assert "simpler-word" not in rules and "complex-punctuation" in rules


def test_bad_level() -> None:
    with pytest.raises(ValueError):
        easyread.check("Hello.", level="medium")


def test_spans_with_windows_line_endings() -> None:
    text = "# Title\r\n\r\nThe letter was sent.\r\nWe shall commence soon.\r\n"
    report = easyread.check(text)
    assert report.findings
    for f in report.findings:
        assert text[f.start : f.end] == f.text
