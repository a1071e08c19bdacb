"""The portal for every reader: axe-core finds nothing on its kinds of page, the search works from
the keyboard alone, and a letter prints as a letter (no header, menus or search).

axe-core 4.12 comes bundled in axe-playwright-python and runs in conftest.py's Chromium; its rules
cover WCAG 2.1 A and AA and its best practices.
"""

from __future__ import annotations

import pytest

LETTER = "van-ban/2024/ubnd-huyen-tuy-phuoc-612-ubnd-th/"
# One page of each kind the build writes, and the search dialog with results in it.
PAGES = ["", LETTER, "danh-sach/", "danh-sach/theo-nam/", "danh-sach/co-quan/uy-ban-nhan-dan-huyen-tuy-phuoc/",
         "bao-cao/", "gioi-thieu/", "?q=tang+truong+kinh+te"]


@pytest.fixture(scope="module")
def page(browser):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    yield page
    page.close()


def a_cited_page(portal) -> str:
    """The first page of a document cited but not in the archive."""
    first = min((portal / "site" / "dan-chieu").rglob("index.html"))
    return first.parent.relative_to(portal / "site").as_posix() + "/"


def violations(page) -> list[str]:
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:5]}" for v in found]


@pytest.mark.parametrize("path", [*PAGES, "cited"])
def test_axe_finds_nothing(page, server, portal, path):
    page.goto(server + (a_cited_page(portal) if path == "cited" else path))
    if "?q=" in path:
        page.locator(".archive-result__excerpt").first.wait_for(timeout=15000)
    assert violations(page) == []


def focused(page) -> str:
    return page.evaluate("""() => {
        const e = document.activeElement;
        return e.hasAttribute('data-archive-search-open') ? 'opener' : e.tagName.toLowerCase() + '.' + e.className;
    }""")


def tab_until(page, wanted, most: int = 40) -> str:
    """Press Tab until the focus lands on what `wanted` accepts; the focus it landed on."""
    for _ in range(most):
        page.keyboard.press("Tab")
        if wanted(now := focused(page)):
            return now
    raise AssertionError(f"Tab did not reach it in {most} presses; the focus is on {focused(page)}")


def test_search_from_the_keyboard_alone(page, server):
    """On a wide screen the field sits in the header: Tab reaches it and opens the dialog, then Tab
    reaches the filters and the results, and Enter follows one. "/" opens the dialog anywhere,
    Escape closes it."""
    page.goto(server)
    tab_until(page, lambda f: f.startswith("input.md-search__input"))
    assert page.is_checked("#__search")
    page.keyboard.type("tang truong kinh te")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    tab_until(page, lambda f: f.startswith("select"), most=5)
    link = tab_until(page, lambda f: f.startswith("a."), most=10)
    assert "md-search-result__link" in link
    page.keyboard.press("Enter")
    page.wait_for_url("**/van-ban/**")
    page.keyboard.press("/")
    assert page.is_checked("#__search") and focused(page).startswith("input.md-search__input")
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search") and not focused(page).startswith("input")


def test_on_a_narrow_screen_the_search_button_opens_and_escape_returns_to_it(browser, server):
    page = browser.new_page(viewport={"width": 400, "height": 800})
    page.goto(server)
    tab_until(page, lambda f: f == "opener")
    page.keyboard.press("Enter")
    assert page.is_checked("#__search") and focused(page).startswith("input.md-search__input")
    page.keyboard.type("kinh te")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    page.keyboard.press("Escape")
    assert not page.is_checked("#__search") and focused(page) == "opener"
    page.close()


def test_a_letter_prints_without_the_portals_furniture(page, server):
    page.goto(server + LETTER)
    page.emulate_media(media="print")
    try:
        for furniture in (".md-header", ".md-tabs", ".md-sidebar--primary", ".md-footer"):
            assert not page.locator(furniture).first.is_visible(), furniture
        for content in ("h1", ".letter-meta", ".letter-graph"):
            assert page.locator(content).first.is_visible(), content
    finally:
        page.emulate_media(media="screen")


def test_a_page_view_asks_for_nothing_the_site_lacks(browser, server):
    """No request of a letter page (its feeds' links included, which Material follows) meets a 404."""
    page = browser.new_page()
    failed: list[str] = []
    page.on("response", lambda response: failed.append(response.url) if response.status >= 400 else None)
    page.goto(server + LETTER)
    page.wait_for_load_state("networkidle")
    page.close()
    assert failed == []
