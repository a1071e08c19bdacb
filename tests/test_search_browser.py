"""Search in the browser: the query set of tests/queries.yaml through Pagefind, in headless Chromium.

Chromium is Debian's (/usr/bin/chromium, which .ci/run installs), driven by Playwright; no browser
download. The built site is served on loopback by a thread of this process.
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from conftest import ROOT
from query_set import QUERIES, check, page_names, recall

CHROMIUM = Path("/usr/bin/chromium")
# Chromium's own connections are refused on a closed network; these flags keep it quiet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="module")
def server(portal):
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(portal / "site"))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    httpd.RequestHandlerClass.log_message = lambda *args: None
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (.ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def page(browser, server):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(server)
    yield page
    assert not errors, errors


def ranked(page, query: str) -> list[str]:
    return page.evaluate(
        """async (q) => {
             const results = await window.archiveSearch.search(q);
             return Promise.all(results.slice(0, 10).map(async (r) => (await r.data()).url));
           }""",
        query,
    )


@pytest.fixture(scope="module")
def outcomes(page, portal) -> dict[str, list[str]]:
    names = page_names(portal)
    return {q["id"]: [names.get(url.lstrip("/"), url) for url in ranked(page, q["query"])] for q in QUERIES}


def test_query_set_has_at_least_forty_queries():
    assert len(QUERIES) >= 40
    assert len({q["id"] for q in QUERIES}) == len(QUERIES)


@pytest.mark.parametrize("query", QUERIES, ids=[q["id"] for q in QUERIES])
def test_query(outcomes, query):
    check(outcomes[query["id"]], query)


def test_recall(outcomes, capsys):
    """Recall@1 and recall@10 of the query set (printed; each query is asserted on its own above)."""
    with capsys.disabled():
        print(recall("Pagefind", outcomes))


def test_search_dialog_shows_number_date_and_issuer(page, server, tmp_path):
    page.goto(server + "?q=tang+truong+kinh+te")
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15000)
    text = first.inner_text()
    assert "2724/UBND-TH" in text and "26/08/2024" in text and "Ủy ban nhân dân tỉnh Sóc Trăng" in text
    shot = ROOT / ".cache" / "search-tang-truong-kinh-te.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot))


def test_filters_narrow_the_results(page, server):
    page.goto(server)
    found = page.evaluate(
        """async () => {
             const pf = await window.archiveSearch.load();
             const found = await pf.search("kinh tế", { filters: { issuer: "Ủy ban nhân dân huyện Tuy Phước" } });
             const data = await Promise.all(found.results.map((r) => r.data()));
             return data.map((d) => [d.url, d.meta.issuer]);
           }"""
    )
    assert ["/van-ban/2024/ubnd-huyen-tuy-phuoc-612-ubnd-th/", "Ủy ban nhân dân huyện Tuy Phước"] in found
    assert {issuer for _, issuer in found} == {"Ủy ban nhân dân huyện Tuy Phước"}
