from __future__ import annotations

import time

from easyread.jargon import JargonMatch, JargonMatcher

TERMS = [
    ("care-home", ["care home"]),
    ("care", ["care"]),
    ("carer", ["carer"]),
    ("needs-assessment", ["needs assessment"]),
    ("assessment", ["assessment"]),
    ("direct-payment", ["direct payment"]),
    ("advocacy", ["advocacy", "advocate"]),
]


def slugs(text: str, **kw: object) -> list[tuple[str, str]]:
    return [(m.slug, m.text) for m in JargonMatcher(TERMS).find(text, **kw)]  # type: ignore[arg-type]


def test_longest_match_and_case() -> None:
    assert slugs("Care Homes and a NEEDS ASSESSMENT") == [("care-home", "Care Homes"), ("needs-assessment", "NEEDS ASSESSMENT")]


def test_inflections() -> None:
    got = slugs("carers, carer's, direct payments, advocacies, advocated, caring")
    assert got == [("carer", "carers"), ("carer", "carer's"), ("direct-payment", "direct payments"),
                   ("advocacy", "advocacies"), ("advocacy", "advocated"), ("care", "caring")]


def test_never_splits_words() -> None:
    assert slugs("careful scarecrow self-care assessments2") == []


def test_exclude_ranges_and_first_only() -> None:
    text = "care and care and care"
    m = JargonMatcher(TERMS)
    assert [x.start for x in m.find(text, exclude=[(0, 4), (9, 11)])] == [18]
    assert len(m.find(text, first_only=True)) == 1


def test_returns_tuples() -> None:
    [m] = JargonMatcher(TERMS).find("a carer")
    assert isinstance(m, JargonMatch) and tuple(m) == ("carer", 2, 7, "carer")


def test_whitespace_between_words() -> None:
    assert slugs("care\nhome") == [("care-home", "care\nhome")]


def test_fast_with_many_terms() -> None:
    terms = [(f"term-{i}", [f"word{i} thing", f"other{i}"]) for i in range(2000)] + TERMS
    m = JargonMatcher(terms)
    text = "We visited the care home and the carer did a needs assessment. " * 1500
    t0 = time.perf_counter()
    hits = m.find(text)
    assert len(hits) == 4500
    assert time.perf_counter() - t0 < 1.0
