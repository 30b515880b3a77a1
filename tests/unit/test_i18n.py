"""Choosing the language for a request (app/i18n.py)."""
import pytest

from app.i18n import _browser_choice


@pytest.mark.parametrize("header, expected", [
    ("", "en"),
    ("cy", "cy"),
    ("cy-GB,cy;q=0.9,en;q=0.5", "cy"),
    # English first: English, though Welsh comes next (a matcher wanting exact tags first
    # would pick Welsh here, as "en-GB" is not "en").
    ("en-GB,cy;q=0.8", "en"),
    ("pl-PL", "pl"),
    ("fr-FR,ar;q=0.7,en;q=0.3", "ar"),  # the best one we have
    ("ur_PK", "ur"),
    ("fr,de", "en"),
    ("*", "en"),
])
def test_browser_language_is_matched_by_its_main_part(header, expected):
    assert _browser_choice(header) == expected


def test_browser_language_sets_the_page_language(client):
    page = client.get("/", headers={"Accept-Language": "pa-IN,en;q=0.5"})
    assert '<html lang="pa"' in page.get_data(as_text=True)
