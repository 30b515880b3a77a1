"""Rule fixes from issue 15: names, acronyms, passive forms, glossary sense."""
from __future__ import annotations

import pytest

import easyread
from easyread.passive import find_passives


def rules_for(text: str, **kw) -> list[tuple[str, str]]:
    return [(f.rule, f.text) for f in easyread.check(text, **kw).findings]


@pytest.mark.parametrize("text", [
    "National Institute for Health and Care Excellence said so.",
    "The National Institute said so.",
    "Ask the Carers Support Service for help.",
])
def test_names_are_not_simpler_word_or_hard_word_hits(text: str) -> None:
    found = rules_for(text)
    assert not [f for f in found if f[0] in ("simpler-word", "hard-word")], found


def test_the_same_words_outside_a_name_are_still_flagged() -> None:
    assert ("simpler-word", "institute") in rules_for("We will institute a new plan.")
    assert ("simpler-word", "Commence") in rules_for("Commence the meeting now.")


@pytest.mark.parametrize("text", ["People with AIDS and HIV can ask PALS.", "SEND support is here.",
                                  "During COVID we closed the centre."])
def test_known_acronyms_are_not_shouting(text: str) -> None:
    assert not [f for f in rules_for(text) if f[0] == "all-caps"]


def test_shouting_is_still_flagged_and_keeps_acronyms_in_its_suggestion() -> None:
    [f] = [f for f in easyread.check("THE NHS IS GOOD.").findings if f.rule == "all-caps"]
    assert f.suggestion == "The NHS is good"


@pytest.mark.parametrize("text, participle", [
    ("The tools are used every day.", "used"),
    ("Dogs will be allowed in the room.", "allowed"),
    ("A form will be required.", "required"),
    ("They are used to make tea.", "used"),
    ("You are not allowed to smoke here.", "allowed"),
])
def test_passive_forms_that_were_missed(text: str, participle: str) -> None:
    assert [p for *_, p in find_passives(text)] == [participle]


@pytest.mark.parametrize("text", ["We are used to it.", "I got used to waiting.", "I am tired."])
def test_habits_and_states_are_still_not_passive(text: str) -> None:
    assert list(find_passives(text)) == []


GLOSSARY = [("capital", ["capital"])]


@pytest.mark.parametrize("text", ["Use capital letters for names.", "London is the capital city.",
                                  "Cardiff is the capital of Wales."])
def test_capital_in_its_everyday_sense_is_not_jargon(text: str) -> None:
    assert not [f for f in rules_for(text, glossary_terms=GLOSSARY) if f[0] == "jargon"]


@pytest.mark.parametrize("text", ["You may need to pay from your capital.",
                                  "The capital limit is £23,250.", "Your capital is counted."])
def test_capital_in_its_care_sense_is_jargon(text: str) -> None:
    assert ("jargon", "capital") in rules_for(text, glossary_terms=GLOSSARY)
