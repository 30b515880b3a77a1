"""Each language's alphabetical order (issue 17: glossary A to Z by the language's collation)."""
from easyread.collation import alphabet, initial, sort_key


def ordered(words, lang):
    return sorted(words, key=lambda w: sort_key(w, lang))


def test_polish_letters_with_marks_are_letters_of_their_own():
    assert ordered(["zupa", "łóżko", "lato", "ćma", "ciasto", "żaba", "źródło"], "pl") == [
        "ciasto", "ćma", "lato", "łóżko", "zupa", "źródło", "żaba"]
    assert initial("łóżko", "pl") == "Ł" and initial("Ćma", "pl") == "Ć"


def test_welsh_digraphs_are_single_letters():
    assert ordered(["llety", "lolipop", "chwarae", "cyngor", "ddoe", "dydd"], "cy") == [
        "cyngor", "chwarae", "dydd", "ddoe", "lolipop", "llety"]
    assert initial("llety", "cy") == "Ll" and initial("Dda", "cy") == "Dd"
    assert "Ch" in alphabet("cy") and "K" not in alphabet("cy")


def test_welsh_accents_are_not_letters():
    assert ordered(["tŷ", "tua", "tad"], "cy") == ["tad", "tua", "tŷ"]


def test_urdu_letters_follow_the_urdu_alphabet_not_unicode_order():
    # ٹ (U+0679) comes straight after ت in Urdu, though Unicode puts it far later.
    assert ordered(["ثمر", "ٹوپی", "تاج", "بکری"], "ur") == ["بکری", "تاج", "ٹوپی", "ثمر"]
    assert ordered(["ڈاک", "ذرا", "دن"], "ur") == ["دن", "ڈاک", "ذرا"]
    # Arabic-keyboard forms of the same letter file together.
    assert initial("كتاب", "ur") == initial("کتاب", "ur")


def test_arabic_order_and_headings():
    assert ordered(["يد", "باب", "أمل", "ثوب"], "ar") == ["أمل", "باب", "ثوب", "يد"]
    assert alphabet("ar")[0] == "ا"


def test_english_ignores_accents_case_and_spaces():
    assert ordered(["Zoe", "apple", "Éclair", "day centre", "daycare"], "en") == [
        "apple", "daycare", "day centre", "Éclair", "Zoe"]


def test_words_outside_the_alphabet_come_after_and_have_a_heading():
    assert ordered(["ਸੇਵਾ", "care"], "pl") == ["care", "ਸੇਵਾ"]
    assert initial("ਸੇਵਾ", "pa") == "ਸ"
    assert initial("  ", "en") == "#"
