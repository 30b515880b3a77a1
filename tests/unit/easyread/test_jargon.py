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


ACRONYMS = [
    ("gp", ["GP", "GP surgery"]),
    ("pip", ["Personal Independence Payment", "PIP"]),
    ("occupational-therapist", ["occupational therapist", "OT", "OTs"]),
    ("gdpr", ["UK GDPR", "GDPR"]),
    ("nhs", ["NHS"]),
    ("chc", ["NHS continuing healthcare", "CHC"]),
    ("dols", ["DoLS"]),
]


def acronym_hits(text: str) -> list[tuple[str, str]]:
    return [(m.slug, m.text) for m in JargonMatcher(ACRONYMS).find(text)]


def test_acronyms_never_match_other_words_in_capitals_or_lower_case() -> None:
    # "GP" is not in "GPS" (satnav); "PIP" is not in "piping" or "Pips"; "OT" is not "ot".
    assert acronym_hits("Use the GPS. The piping is hot. Pips and pip. gp, ot, Ot.") == []


def test_acronyms_take_a_plural_or_possessive_s_only() -> None:
    assert acronym_hits("GPs, GP's, the GP, PIPs, OTs") == [
        ("gp", "GPs"), ("gp", "GP's"), ("gp", "GP"), ("pip", "PIPs"),
        ("occupational-therapist", "OTs")]
    # No other endings: "GPed", "PIPing" are not the acronym.
    assert acronym_hits("GPed PIPing GPss") == []


def test_acronym_and_longer_forms_together() -> None:
    assert acronym_hits("Ask your GP surgery or gp surgery. NHS continuing healthcare, "
                        "nhs continuing healthcare and UK GDPR.") == [
        ("gp", "GP surgery"), ("gp", "gp surgery"), ("chc", "NHS continuing healthcare"),
        ("chc", "nhs continuing healthcare"), ("gdpr", "UK GDPR")]


def test_mixed_case_short_forms_keep_the_old_matching() -> None:
    assert acronym_hits("DoLS and dols") == [("dols", "DoLS"), ("dols", "dols")]


def test_acronyms_respect_exclude_and_first_only() -> None:
    m = JargonMatcher(ACRONYMS)
    text = "GP and GP and NHS"
    assert [x.start for x in m.find(text, exclude=[(0, 2)])] == [7, 14]
    assert [x.text for x in m.find(text, first_only=True)] == ["GP", "NHS"]


def test_jargon_rule_uses_acronym_matching() -> None:
    import easyread

    report = easyread.check("Turn on the GPS. Ask your GP.", glossary_terms=ACRONYMS)
    assert [(f.text, f.detail["slug"]) for f in report.findings if f.rule == "jargon"] == [("GP", "gp")]
