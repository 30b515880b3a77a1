"""Translation catalogs: current, complete, faithful to their source, and compilable."""
from __future__ import annotations

import gettext
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel import Locale
from babel.messages.catalog import Catalog
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

from app.i18n import LANGUAGES

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "translations"
PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]|%[sd]|\{\w*\}")
TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]


def _catalog(lang: str):
    path = TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po"
    assert path.exists(), f"no catalog for {lang}: run `pybabel init -l {lang}` (see README)"
    with path.open("rb") as handle:
        return read_po(handle, locale=lang)


def _template():
    with (TRANSLATIONS / "messages.pot").open("rb") as handle:
        return read_po(handle)


def _ids(catalog) -> set:
    return {message.id if isinstance(message.id, str) else tuple(message.id)
            for message in catalog if message.id}


def test_template_is_current_with_the_code(tmp_path):
    fresh = tmp_path / "fresh.pot"
    subprocess.run([sys.executable, "-m", "babel.messages.frontend", "extract",
                    "-F", str(ROOT / "babel.cfg"), "-k", "_l", "-o", str(fresh),
                    "--no-location", "--omit-header", str(ROOT)],
                   check=True, cwd=ROOT, capture_output=True)
    with fresh.open("rb") as handle:
        extracted = _ids(read_po(handle))
    committed = _ids(_template())
    assert extracted - committed == set(), "new strings not in messages.pot: run `make i18n-update`"
    assert committed - extracted == set(), "messages.pot has strings the code no longer uses"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_catalog_has_every_template_string(lang):
    assert _ids(_catalog(lang)) >= _ids(_template()), f"{lang} is missing strings"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_no_empty_or_fuzzy_entries(lang):
    catalog = _catalog(lang)
    problems = []
    for message in catalog:
        if not message.id:
            continue
        if message.fuzzy:
            problems.append(f"fuzzy: {message.id!r}")
        strings = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if not all(s and s.strip() for s in strings):
            problems.append(f"empty: {message.id!r}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_plurals_have_every_form_of_the_language(lang):
    """Welsh and Arabic have six plural forms in CLDR; Babel's own default gives Welsh five."""
    catalog = _catalog(lang)
    cldr_forms = len(Locale.parse(lang).plural_form.tags)
    if cldr_forms == 6:
        assert catalog.num_plurals == 6
    assert catalog.num_plurals >= Catalog(locale=lang).num_plurals
    for message in catalog:
        if message.id and message.pluralizable:
            assert len(message.string) == catalog.num_plurals, message.id


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_placeholders_and_html_match_the_source(lang):
    problems = []
    for message in _catalog(lang):
        if not message.id:
            continue
        sources = list(message.id) if message.pluralizable else [message.id]
        targets = list(message.string) if message.pluralizable else [message.string]
        want_names = set(PLACEHOLDER.findall(" ".join(sources)))
        want_tags = sorted(TAG.findall(sources[0]))
        for index, target in enumerate(targets):
            names = set(PLACEHOLDER.findall(target))
            last_form = index == len(targets) - 1
            if message.pluralizable and not last_form:
                ok = names <= want_names  # "one" / "two" forms may leave out the number
            else:
                ok = names == want_names
            if not ok:
                problems.append(f"placeholders differ: {sources[0]!r} -> {target!r}")
            if sorted(TAG.findall(target)) != want_tags:
                problems.append(f"HTML differs: {sources[0]!r} -> {target!r}")
    assert not problems, "\n".join(problems[:20])


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_catalog_compiles(lang):
    catalog = _catalog(lang)
    errors = [(message.id, error) for message, errs in catalog.check() for error in errs]
    assert not errors, errors[:10]
    compiled = io.BytesIO()
    write_mo(compiled, catalog)
    compiled.seek(0)
    # Load it as the app does at run time: a broken Plural-Forms header fails only here.
    runtime = gettext.GNUTranslations(compiled)
    plural = next(m for m in catalog if m.id and m.pluralizable)
    forms = {runtime.ngettext(plural.id[0], plural.id[1], n) for n in range(0, 120)}
    assert len(forms) == len({s for s in plural.string}), "some plural forms are never used"


def test_every_language_has_a_catalog_and_a_name_in_itself():
    for code, (name, direction) in LANGUAGES.items():
        assert name and direction in {"ltr", "rtl"}
        if code != "en":
            assert (TRANSLATIONS / code / "LC_MESSAGES" / "messages.po").exists(), code
    assert LANGUAGES["ur"][1] == LANGUAGES["ar"][1] == "rtl"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_translations_are_marked_as_drafts_until_reviewed(lang):
    """Our own translations are drafts: the catalog header says who reviewed it, if anyone."""
    text = (TRANSLATIONS / lang / "LC_MESSAGES" / "messages.po").read_text("utf-8")
    assert re.search(r"^# Review-Status: (draft|reviewed by .+)$", text, re.M), \
        f"{lang}: add a '# Review-Status: draft' header comment (see README, 'Translations')"
