from __future__ import annotations

import easyread

EASY = """# Have your say

We want to know what you think.
Tell us about the day centre.
You can ask a friend to help you.

- Fill in the form
- Send it back to us
"""

HARD = (
    "Notwithstanding the aforementioned considerations, the commissioning organisation shall "
    "endeavour to facilitate comprehensive personalisation of reablement provision, subject to "
    "the availability of appropriate resources and the prioritisation of statutory obligations, "
    "which are determined by the local authority in accordance with national legislation."
)


def test_easy_text_is_easy_read() -> None:
    r = easyread.check(EASY)
    assert r.verdict == "easy-read" and r.reasons == []


def test_hard_text_is_hard_with_reasons() -> None:
    r = easyread.check(HARD)
    assert r.verdict == "hard"
    codes = {x["code"] for x in r.reasons}
    assert {"very-long-sentences", "reading-age", "shall"} <= codes
    for reason in r.reasons:
        assert reason["blocks"] in ("plain", "easy-read")


def test_plain_when_only_easy_read_limits_fail() -> None:
    text = "We will visit you at home next week to talk about the help that you need with shopping. Call us."
    r = easyread.check(text)
    assert r.verdict == "plain"
    assert {"code": "long-sentences", "count": 1, "limit": 15, "blocks": "easy-read"} in r.reasons


def test_to_dict_shape() -> None:
    d = easyread.check(HARD, level="plain").to_dict()
    for key in ("words", "sentences", "scores", "reading_age", "verdict", "reasons", "findings",
                "lang", "level", "scores_available"):
        assert key in d
    assert d["level"] == "plain" and d["lang"] == "en" and d["sentences"] == 1
    assert set(d["scores"]) == {"flesch_reading_ease", "flesch_kincaid_grade", "smog", "gunning_fog", "dale_chall"}
    assert set(d["scores"]["smog"]) >= {"value", "reliable"}
    f = d["findings"][0]
    assert set(f) >= {"rule", "start", "end", "text", "suggestion"}


SIMPLE_POLISH = ("Zmieniamy ośrodki dziennego pobytu. Powiedz nam, co myślisz. "
                 "Odpowiedzi przeczytamy wszystkie.")


def test_simple_polish_text_is_not_hard_on_an_unreliable_reading_age() -> None:
    r = easyread.check(SIMPLE_POLISH, level="easy", lang="pl")
    # The English-calibrated formula gives a high reading age for Polish words ...
    assert r.reading_age is not None and not r.reading_age.reliable
    assert r.reading_age.value > 12
    # ... but it does not decide the verdict: short sentences, no other problems.
    assert r.verdict == "easy-read"
    codes = [x["code"] for x in r.reasons]
    assert "reading-age" not in codes
    [note] = [x for x in r.reasons if x["code"] == "reading-age-not-used"]
    assert note["blocks"] is None and "calibrated-for-english" in note["why"]


def test_non_english_verdict_still_uses_language_neutral_rules() -> None:
    long_polish = " ".join(["słowo"] * 30) + "."
    r = easyread.check(long_polish, level="easy", lang="pl")
    assert r.verdict == "hard"
    codes = {x["code"] for x in r.reasons}
    assert {"very-long-sentences", "long-sentences"} <= codes and "reading-age" not in codes


def test_english_reading_age_still_counts() -> None:
    # Long enough (40 words or more) for the reading age to decide.
    text = ("The multidisciplinary safeguarding partnership commissioned comprehensive "
            "evaluations. Consequently, organisational accountability improved considerably. ") * 4
    r = easyread.check(text, level="easy", lang="en")
    assert r.reading_age is not None and r.reading_age.reliable
    assert any(x["code"] == "reading-age" for x in r.reasons)
    assert not any(x["code"] == "reading-age-not-used" for x in r.reasons)
