from __future__ import annotations

from easyread.splitting import split

TEXT = """# Your care

We want to know what you think. Call us.
Dr. Smith said it costs £12.50 a week, e.g. for lunch. Mr. Jones said yes.

What we will do
- Ask you
- Listen to you
* Write it down
• Tell you what we did

1. Fill in the form.
2) Send it back
This text is wrapped on
two lines. No. 10 is the house.
"""


def units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in split(text).units]


def test_units_and_kinds() -> None:
    assert units(TEXT) == [
        ("heading", "Your care"),
        ("sentence", "We want to know what you think."),
        ("sentence", "Call us."),
        ("sentence", "Dr. Smith said it costs £12.50 a week, e.g. for lunch."),
        ("sentence", "Mr. Jones said yes."),
        ("heading", "What we will do"),
        ("bullet", "Ask you"),
        ("bullet", "Listen to you"),
        ("bullet", "Write it down"),
        ("bullet", "Tell you what we did"),
        ("numbered", "Fill in the form."),
        ("numbered", "Send it back"),
        ("sentence", "This text is wrapped on\ntwo lines."),
        ("sentence", "No. 10 is the house."),
    ]


def test_spans_point_into_original() -> None:
    doc = split(TEXT)
    for u in doc.units:
        assert TEXT[u.start : u.end] == u.text
        for w in u.words:
            assert TEXT[w.start : w.end] == w.text


def test_sentences_exclude_headings_and_count_words() -> None:
    doc = split(TEXT)
    assert len(doc.sentences) == 12
    price = [u for u in doc.units if "£12.50" in u.text][0]
    assert "£12.50" in [w.text for w in price.words]
    assert "e.g." in [w.text for w in price.words]


def test_paragraphs() -> None:
    doc = split(TEXT)
    kinds = [p.kind for p in doc.paragraphs]
    # A single line break starts a new paragraph (issue 15); a wrapped line does not.
    assert kinds == ["heading", "prose", "prose", "heading", "list", "list", "prose"]
    assert len(doc.paragraphs[1].units) == 2 and len(doc.paragraphs[2].units) == 2
    assert len(doc.paragraphs[-1].units) == 2


def test_etc_ends_sentence_before_capital_and_not_before_lower_case() -> None:
    assert [t for _, t in units("Tea, coffee etc. Then lunch.")] == ["Tea, coffee etc.", "Then lunch."]
    assert len(units("Tea, coffee etc. and lunch.")) == 1


def test_question_and_exclamation_and_urdu_full_stop() -> None:
    assert len(units("Are you well? Yes! Good.")) == 3
    assert len(units("یہ پہلا جملہ ہے۔ یہ دوسرا ہے۔")) == 2


def test_final_line_without_full_stop_is_a_sentence_not_a_heading() -> None:
    assert units("Call us.\nPhone 0300 123 4567") == [
        ("sentence", "Call us."),
        ("sentence", "Phone 0300 123 4567"),
    ]


def test_empty() -> None:
    doc = split("   \n\n")
    assert doc.units == [] and doc.word_count == 0


def test_many_full_stops_that_do_not_end_sentences_stay_fast() -> None:
    """50,000 characters of "a. a. a." was quadratic (13 s); the web checker accepts that much."""
    import time

    from easyread.splitting import split

    for text in ("a. " * 16_000, "e.g. this " * 5_000):
        t0 = time.perf_counter()
        doc = split(text)
        assert time.perf_counter() - t0 < 1.5
        assert len(doc.sentences) == 1
