"""The graded verdict and the 0-100 easy-read score (issue 15)."""
from __future__ import annotations

import pytest

import easyread
from easyread.report import BANDS

SHORT_ITEMS = ["Never", "Sometimes", "The leaders of the council will decide in February."]


@pytest.mark.parametrize("item", SHORT_ITEMS)
@pytest.mark.parametrize("level", ["easy", "plain"])
def test_short_items_are_easy_read_not_hard(item: str, level: str) -> None:
    r = easyread.check(item, level=level)
    assert r.verdict == "easy-read", r.reasons
    assert r.score >= 70


def test_short_item_still_judged_on_its_words() -> None:
    r = easyread.check("Commissioners' prioritisation methodology: consultation.")
    assert r.verdict != "easy-read"
    assert any(x["code"] == "hard-words" for x in r.reasons)


@pytest.mark.parametrize("level", ["easy", "plain"])
def test_shall_blocks_easy_read_and_plain(level: str) -> None:
    r = easyread.check("You shall tell us what you think.", level=level)
    assert r.verdict == "hard"
    assert any(x["code"] == "shall" for x in r.reasons)
    assert r.score < 40


def test_one_long_sentence_does_not_make_a_long_text_hard() -> None:
    easy_part = "\n".join(["We will tell you what we found. You can call us.",
                           "Tell us what you think. We read every answer."] * 3)
    long_one = ("We will visit you at home next week to talk about the help that you need "
                "with shopping and with cooking and with cleaning too.")
    r = easyread.check(easy_part + "\n\n" + long_one)
    assert r.verdict == "easy-read", r.reasons
    # ... but a text made of long sentences is hard.
    r2 = easyread.check((long_one + " ") * 3)
    assert r2.verdict == "hard"


def test_score_goes_up_as_a_text_is_rewritten() -> None:
    hard = ("Notwithstanding the aforementioned considerations, the commissioning organisation "
            "will endeavour to facilitate comprehensive personalisation of reablement provision, "
            "subject to the availability of appropriate resources, which are determined by the "
            "local authority in accordance with national legislation.")
    middle = ("The council will try to make support fit each person. This depends on the money "
              "it has. The council decides how to spend it, following the law of the country.")
    easy = ("The council wants your support to fit you. It depends on money.\n"
            "The council decides how to spend the money. It follows the law.")
    s = [easyread.check(t).score for t in (hard, middle, easy)]
    assert s[0] < s[1] < s[2], s
    assert easyread.check(easy).verdict == "easy-read"


@pytest.mark.parametrize("text", [
    "Never", "You shall tell us.",
    "We will visit you at home next week to talk about the help that you need with shopping. Call us.",
    "The multidisciplinary safeguarding partnership commissioned comprehensive evaluations. " * 5,
])
def test_score_always_sits_in_its_verdicts_band(text: str) -> None:
    r = easyread.check(text)
    lo, hi = BANDS[r.verdict]
    assert lo <= r.score <= hi
    assert r.to_dict()["score"] == r.score


def test_a_single_line_break_starts_a_new_paragraph() -> None:
    lines = "We want to know what you think. Tell us about the day centre.\n" * 4
    r = easyread.check(lines)
    assert not any(f.rule == "long-paragraph" for f in r.findings)
    one_block = lines.replace("\n", " ")
    assert any(f.rule == "long-paragraph" for f in easyread.check(one_block).findings)


# --- the graded verdict: hard texts told apart -----------------------------------------------

HARD_FAMILY = ("fairly-hard", "hard", "very-hard", "extremely-hard")
REWRITES = [
    # The same message, from legal prose to plain English, one rewrite at a time.
    ("Notwithstanding the aforementioned considerations, the commissioning organisation will "
     "endeavour to facilitate comprehensive personalisation of reablement provision, subject to "
     "the availability of appropriate resources, which are determined by the local authority in "
     "accordance with national legislation and the statutory guidance that is issued by the "
     "department, and reviewed annually by the relevant committees."),
    ("The council wants the help you get to fit your life, but that depends on the money it has "
     "this year from the government in London. The council decides how it spends the money, "
     "and it must follow the law for the whole country."),
    ("The council will try to make the help that each person gets fit their own life. This "
     "depends on the money that the government gives the council each year. The council decides "
     "how the money is spent, and it follows the national law and the guidance for councils."),
    ("The council wants your help to fit your life. That depends on the money the government "
     "gives it each year. The council decides how it spends the money, and it must follow the "
     "law for the whole country."),
]


def test_grade_sits_inside_the_verdict_and_the_score_inside_the_grade() -> None:
    from easyread.report import GRADE_BANDS

    texts = SHORT_ITEMS + ["You shall tell us what you think."] + REWRITES
    for text in texts:
        r = easyread.check(text)
        if r.verdict == "hard":
            assert r.grade in HARD_FAMILY, (text, r.grade)
        else:
            assert r.grade == r.verdict
        lo, hi = GRADE_BANDS[r.grade]
        assert lo <= r.score <= hi, (text, r.grade, r.score)
        assert r.to_dict()["grade"] == r.grade


def test_rewriting_a_hard_text_moves_it_up_the_grades() -> None:
    from easyread.report import grade_rank

    reports = [easyread.check(t) for t in REWRITES]
    ranks = [grade_rank(r.grade) for r in reports]
    assert ranks[0] > ranks[1] > ranks[2] > ranks[3], ranks
    assert reports[0].grade == "extremely-hard" and reports[3].grade == "plain"
    assert all(r.verdict == "hard" for r in reports[:3])  # all three miss plain English


@pytest.mark.parametrize("level", ["easy", "plain"])
def test_shall_is_never_graded_easy_read_or_plain(level: str) -> None:
    r = easyread.check("We shall ask you what you think. You can tell us at the day centre.",
                       level=level)
    assert r.verdict == "hard" and r.grade in HARD_FAMILY


def test_grading_does_not_loosen_easy_read_or_plain() -> None:
    # Every text the three-step verdict called hard gets a hard grade: none moves up to
    # plain or easy read, whatever its score.
    from easyread.report import grade

    for score in range(0, 40):
        assert grade("hard", score) in HARD_FAMILY
    assert grade("plain", 40) == "plain" and grade("easy-read", 70) == "easy-read"
