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
