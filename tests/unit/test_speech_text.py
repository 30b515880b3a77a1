import re

import pytest

from easyread.speech import speech_text, split_for_speech


def words(text: str) -> list[str]:
    return text.split()


# -- markdown -----------------------------------------------------------------------------


def test_heading_marks_go_and_heading_ends_with_a_pause():
    assert speech_text("## Your care at home\nWe want to hear from you.") == (
        "Your care at home.\n\nWe want to hear from you."
    )


def test_bullets_go_and_each_item_is_its_own_sentence():
    out = speech_text("What we do:\n* we visit you\n- we help you wash\n+ we cook your meals")
    assert out == "What we do:\nwe visit you.\nwe help you wash.\nwe cook your meals."
    assert "*" not in out and "-" not in out and "+" not in out


def test_emphasis_code_quotes_and_rules_are_removed():
    out = speech_text("> This is **very** _important_ and `simple`.\n\n---\n\nEnd.")
    assert out == "This is very important and simple.\n\nEnd."


def test_links_keep_their_words_and_urls_read_as_site_names():
    assert speech_text("Read the [easy read guide](https://example.org/guide.pdf).") == (
        "Read the easy read guide."
    )
    assert speech_text("Go to https://www.nhs.uk/conditions/care/ for help.") == "Go to nhs.uk for help."


def test_hard_wrapped_sentence_is_joined_not_broken():
    assert speech_text("We need your answers by\nthe end of June.") == "We need your answers by the end of June."


def test_numbered_list_keeps_its_numbers():
    assert speech_text("1. Read the page\n2. Answer the questions") == (
        "1. Read the page.\n2. Answer the questions."
    )


# -- phrases that need a screen -----------------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("Click here to read the easy read guide.", "Read the easy read guide."),
        ("To find out more, click here.", "To find out more."),
        ("To find out more, select this link.", "To find out more."),
        ("You can tap here to see the pictures.", "You can see the pictures."),
        ("Please click on the link below to answer.", "Answer."),
        ("Read our guide (opens in a new tab).", "Read our guide."),
        ("We are here to help.", "We are here to help."),  # "here" alone stays
    ],
)
def test_click_here_phrases_are_removed(given, expected):
    assert speech_text(given) == expected


# -- English words for symbols and numbers ------------------------------------------------


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("It costs £12.50 a week.", "It costs 12 pounds 50 a week."),
        ("It costs £1 a day.", "It costs 1 pound a day."),
        ("A stamp is £0.85.", "A stamp is 85 pence."),
        ("We spent £1,200 on it.", "We spent 1200 pounds on it."),
        ("The council has £2.5m.", "The council has 2.5 million pounds."),
        ("50% of people said yes.", "50 percent of people said yes."),
        ("Prices went up 2.5 %.", "Prices went up 2.5 percent."),
        ("The meeting is on 6/8/2026.", "The meeting is on 6 August 2026."),
        ("The meeting is on 2026-08-06.", "The meeting is on 6 August 2026."),
        ("Send it by 31/12/26.", "Send it by 31 December 2026."),
        ("Bring something, e.g. a photo.", "Bring something, for example a photo."),
        ("Bring something, eg. a photo.", "Bring something, for example a photo."),
        ("Your GP, i.e. your doctor.", "Your GP, that is your doctor."),
        ("Food & drink.", "Food and drink."),
        ("A&E is busy.", "A and E is busy."),
        ("Tell us yes/no.", "Tell us yes or no."),
        ("Your carer / helper can come.", "Your carer or helper can come."),
    ],
)
def test_english_reads_symbols_as_words(given, expected):
    assert speech_text(given, "en") == expected


def test_impossible_dates_are_left_alone():
    assert speech_text("Not a date: 31/2/2026.") == "Not a date: 31/2/2026."
    assert speech_text("Also 2026-13-01.") == "Also 2026-13-01."


def test_numbers_that_are_not_dates_are_left_alone():
    assert speech_text("We are open 24/7.") == "We are open 24/7."


@pytest.mark.parametrize("lang", ["cy", "pl", "ur", "ar"])
def test_other_languages_keep_digits_and_symbols_for_espeak(lang):
    out = speech_text("**£12.50** 50% 6/8/2026 2026-08-06 a/b & e.g.", lang)
    assert out == "£12.50 50% 6/8/2026 2026-08-06 a/b & e.g."


def test_other_languages_still_lose_markdown_and_click_here():
    out = speech_text("# Gofal\n* [Cliciwch](https://x.cymru) yma\nClick here to read more.", "cy")
    assert out == "Gofal.\n\nCliciwch yma.\nRead more."


def test_regional_english_codes_count_as_english():
    assert speech_text("£3", "en-GB") == "3 pounds."
    assert speech_text("£3", "en_GB") == "3 pounds."


def test_sentence_and_paragraph_breaks_are_kept():
    out = speech_text("First idea. Second idea!\n\nNew paragraph? Yes.")
    assert out == "First idea. Second idea!\n\nNew paragraph? Yes."


def test_empty_and_markup_only_text():
    assert speech_text("") == ""
    assert speech_text("\n\n---\n* \n") == ""


# -- splitting ----------------------------------------------------------------------------

LONG = (
    "We want to know what you think about care at home. "
    "Care at home means people who come to your home to help you. "
    "They might help you get up, wash, dress or eat. "
    "\n\n"
    "We will use what you tell us to make care better. "
    "We will not share your name with anyone. "
    "You can stop at any time and come back later. "
    "\n\n"
    "It takes about 10 minutes. There are 8 questions. "
    "Some questions have pictures to help you. "
    "You can ask someone to help you answer."
)


def test_split_keeps_every_word_in_order():
    parts = split_for_speech(LONG, max_words=25)
    assert words(" ".join(parts)) == words(LONG)


def test_split_respects_the_word_limit_and_sentence_ends():
    parts = split_for_speech(LONG, max_words=25)
    assert len(parts) >= 4
    for part in parts:
        assert len(words(part)) <= 25
        assert part.rstrip()[-1] in ".!?"  # every part ends at a sentence end


def test_first_part_is_short_so_it_plays_quickly():
    parts = split_for_speech(LONG, max_words=60)
    assert len(words(parts[0])) <= 20
    assert parts[0] == "We want to know what you think about care at home."
    assert max(len(words(p)) for p in parts[1:]) > len(words(parts[0]))


def test_paragraph_break_is_kept_inside_a_joined_part():
    assert split_for_speech("One. Two.\n\nThree. Four.", max_words=60) == ["One. Two.\n\nThree. Four."]
    # once the short first part is out, later paragraphs join up to the limit
    parts = split_for_speech("A b c d e f. G.\n\nH i. J k.\n\nL.", max_words=9)
    assert parts == ["A b c d e f.", "G.\n\nH i. J k.\n\nL."]


def test_a_very_long_sentence_is_cut_at_a_comma_or_the_limit():
    sentence = ", ".join(f"item {i}" for i in range(40)) + "."
    parts = split_for_speech(sentence, max_words=20)
    assert len(parts) > 1
    assert all(len(words(p)) <= 20 for p in parts)
    assert words(" ".join(parts)) == words(sentence)


def test_list_numbers_stay_with_their_item():
    parts = split_for_speech(speech_text("1. Read the page\n2. Answer the questions"), max_words=6)
    assert not any(re.fullmatch(r"\d+\.", p) for p in parts)
    assert words(" ".join(parts)) == ["1.", "Read", "the", "page.", "2.", "Answer", "the", "questions."]


def test_split_empty_and_bad_limit():
    assert split_for_speech("") == []
    assert split_for_speech("   \n\n  ") == []
    with pytest.raises(ValueError):
        split_for_speech("Hello.", max_words=0)
