"""The glossary data file: enough terms, well formed, every definition easy read."""
import json
from pathlib import Path

import pytest

import easyread

DATA = json.loads((Path(__file__).resolve().parents[2] / "app/data/glossary.json").read_text("utf-8"))
TERMS = DATA["terms"]
REQUIRED = ["advocacy", "assessment", "best interests", "care and support plan",
            "carer's assessment", "commissioning", "co-production", "direct payment",
            "deprivation of liberty safeguards", "eligibility", "financial assessment",
            "lasting power of attorney", "personal budget", "reablement", "respite",
            "safeguarding", "self-funder", "supported living", "telecare", "wellbeing"]


def test_at_least_150_terms_including_the_core_ones():
    assert len(TERMS) >= 150
    names = {t["term"].lower() for t in TERMS} | {f.lower() for t in TERMS for f in t["forms"]}
    missing = [name for name in REQUIRED if name.lower() not in names]
    assert not missing


def test_slugs_unique_related_exist_and_fields_present():
    slugs = [t["slug"] for t in TERMS]
    assert len(slugs) == len(set(slugs))
    for term in TERMS:
        assert term["definition"] and term["category"] and term["alternatives"]
        assert set(term["related"]) <= set(slugs), term["slug"]


@pytest.mark.parametrize("term", TERMS, ids=[t["slug"] for t in TERMS])
def test_every_definition_passes_the_easy_level(term):
    report = easyread.check(term["definition"], level="easy", lang="en")
    assert report.verdict == "easy-read", (term["slug"], report.to_dict()["reasons"])
    bad = [f.rule for f in report.findings if f.rule in {"long-sentence", "passive-voice"}]
    assert not bad, (term["slug"], bad)


def test_everyday_words_link_only_as_phrases_and_still_have_a_phrase():
    # "We will review the plan" is not a care review: these words link only as phrases.
    phrase_only = {t["slug"]: t for t in TERMS if t.get("link_alone") is False}
    assert {"review", "budget", "savings", "capacity"} <= set(phrase_only)
    for slug, term in phrase_only.items():
        assert any(len(form.split()) > 1 for form in [term["term"], *term["forms"]]), slug
