from __future__ import annotations

from easyread import lexicon
from easyread.syllables import syllables
from easyread.wordlists import everyday_words, hidden_verbs, idioms, parse_pairs, parse_words, simpler_words


def test_simpler_words_list_size_and_no_duplicates() -> None:
    rows = parse_pairs(simpler_words.DATA)
    phrases = [r[0] for r in rows]
    assert len(set(phrases)) >= 300
    assert len(phrases) == len(set(phrases))


def test_other_lists() -> None:
    assert len(parse_pairs(hidden_verbs.DATA)) >= 100
    assert len(parse_pairs(idioms.DATA)) >= 100
    assert "everyone" in lexicon.everyday()
    assert len(set(parse_words(everyday_words.DATA))) >= 200


def test_care_syllable_corrections() -> None:
    assert syllables("personalisation") == 6
    assert syllables("reablement") == 4
    assert syllables("telecare") == 3
    assert syllables("carers") == 2
    assert syllables("organisation") == 5  # British spelling


def test_suggestions_are_simpler_than_the_phrase() -> None:
    # an alternative should not be longer in syllables than the word it replaces
    for phrase, alt, _ in parse_pairs(simpler_words.DATA):
        if " " in phrase or not alt:
            continue
        assert sum(syllables(w) for w in alt.split()) <= syllables(phrase) + 2, (phrase, alt)
