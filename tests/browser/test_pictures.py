"""Pictures on by default (issue 14), in a real browser with JavaScript off: every demo
consultation, question and answer shows its picture, and a tap on a face or a picture chooses."""
from __future__ import annotations

import pytest

from tests.browser.conftest import no_js_page

OPEN = ("day-centres", "home-care")
CLOSED = ("short-breaks",)


def _pictures_load(page, selector: str) -> int:
    """How many pictures match, after checking each one is served as a picture by us."""
    images = page.locator(selector)
    for i in range(images.count()):
        src = images.nth(i).get_attribute("src")
        assert src.startswith("/pictures/"), src  # our own origin, no network at run time
        response = page.request.get("/".join(page.url.split("/", 3)[:3]) + src)
        assert response.ok and response.headers["content-type"].startswith("image/"), src
        assert images.nth(i).get_attribute("alt") == ""  # the words beside it say the same
        assert images.nth(i).get_attribute("loading") == "lazy"
    return images.count()


@pytest.mark.parametrize("slug", OPEN + CLOSED)
def test_every_idea_has_its_picture_by_default(browser, live_server, slug):
    page = no_js_page(browser)
    page.goto(f"{live_server}/consultations/{slug}")
    ideas = page.locator(".idea").count()
    assert ideas >= 1
    assert _pictures_load(page, ".idea img.pic") == ideas
    page.context.close()


@pytest.mark.parametrize("slug", OPEN)
def test_every_question_and_answer_has_its_picture_and_a_tap_chooses(browser, live_server, slug):
    page = no_js_page(browser)
    page.goto(f"{live_server}/consultations/{slug}/start")
    page.click("label[for=answering-0]")
    with page.expect_navigation():
        page.click("button[type=submit]")
    questions = 0
    while "/questions/" in page.url:
        questions += 1
        assert _pictures_load(page, "h1 img.pic") == 1, page.url  # the question's picture
        options = page.locator(".choice input")
        faces = page.locator(".faces label svg.face")
        pictured = page.locator(".choice label img.pic")
        if faces.count():
            assert faces.count() == options.count() == 5
            faces.nth(0).click()  # a tap on the face itself chooses it
            assert options.nth(0).is_checked()
            assert not options.nth(1).is_checked()
        elif pictured.count():
            assert _pictures_load(page, ".choice label img.pic") == options.count()
            pictured.nth(1).click()  # a tap on the answer's picture chooses that answer
            assert options.nth(1).is_checked()
        elif options.count():
            page.locator(".choice label").nth(0).click()
            assert options.nth(0).is_checked()
        else:
            page.fill("textarea", "Nothing more.")
        with page.expect_navigation():
            page.click("button[value=next]")
    assert questions == 6
    assert page.url.endswith(f"/consultations/{slug}/check")
    page.context.close()


def test_faces_grow_with_text_size(browser, live_server):
    page = no_js_page(browser)
    page.goto(f"{live_server}/consultations/day-centres/start")
    page.click("label[for=answering-0]")
    with page.expect_navigation():
        page.click("button[type=submit]")
    standard = page.locator(".faces svg.face").first.bounding_box()["width"]
    page.context.add_cookies([{"name": "display", "value": "larger.standard.standard.normal.show",
                               "url": live_server}])
    page.reload()
    larger = page.locator(".faces svg.face").first.bounding_box()["width"]
    assert larger > standard * 1.2
    page.context.close()


def test_people_can_hide_pictures(browser, live_server):
    page = no_js_page(browser)
    page.context.add_cookies([{"name": "display", "value": "standard.standard.standard.normal.hide",
                               "url": live_server}])
    page.goto(f"{live_server}/consultations/day-centres")
    assert page.locator("img.pic").count() == 0
    assert page.locator(".idea").count() == 4
    page.context.close()


def test_every_open_consultation_card_has_a_picture(browser, live_server):
    page = no_js_page(browser)
    page.goto(f"{live_server}/")
    cards = page.locator(".cards").first.locator(".card").count()
    assert cards == len(OPEN)
    assert _pictures_load(page, ".cards >> nth=0 >> .card h3 img.pic") == cards
    page.context.close()
