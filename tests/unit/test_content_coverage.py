"""Issue 17: every language has all of the demo content and the glossary, field by field
(scripts/content_coverage.py prints the same as a table). Romanian and Bengali are checked
too: their files are complete, ready for their line in LANGUAGES."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from app.i18n import LANGUAGES

_SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "content_coverage.py"
_spec = importlib.util.spec_from_file_location("content_coverage", _SCRIPT)
coverage = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(coverage)

EVERY_LANGUAGE = sorted({code for code in LANGUAGES if code != "en"} | {"ro", "bn"})


def test_the_check_counts_everything_for_a_language_with_nothing():
    assert len(coverage.missing_consultation_fields("xx")) == 82
    assert len(coverage.missing_glossary_fields("xx")) == 918


@pytest.mark.parametrize("lang", EVERY_LANGUAGE)
def test_demo_content_is_all_translated(lang):
    assert coverage.missing_consultation_fields(lang) == []


@pytest.mark.parametrize("lang", EVERY_LANGUAGE)
def test_every_glossary_field_is_translated(lang):
    assert coverage.missing_glossary_fields(lang) == []
