"""Search in the browser: the query set of tests/queries.yaml through the archive's own index, in headless Chromium.

Chromium and the server of the built site are conftest.py's `browser` and `server`.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.common import serve
from conftest import ROOT
from query_set import QUERIES, check, page_names, recall


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
        print(recall("Browser", outcomes))


def test_search_dialog_shows_number_date_and_issuer(page, server, tmp_path):
    page.goto(server + "?q=tang+truong+kinh+te")
    first = page.locator(".md-search-result__item").first
    first.wait_for(timeout=15000)
    text = first.inner_text()
    assert "2724/UBND-TH" in text and "26/08/2024" in text and "Ủy ban nhân dân tỉnh Sóc Trăng" in text
    shot = ROOT / ".cache" / "search-tang-truong-kinh-te.png"
    shot.parent.mkdir(exist_ok=True)
    page.screenshot(path=str(shot))


def test_results_show_an_excerpt_with_the_words_found_marked_as_written(page, server):
    """Matched folded ("tang truong"), shown as written ("tăng trưởng"), marked."""
    page.goto(server + "?q=tang+truong+kinh+te")
    excerpt = page.locator(".archive-result__excerpt").first
    excerpt.wait_for(timeout=15000)
    marked = [text.lower() for text in excerpt.locator("mark").all_inner_texts()]
    assert "tăng" in marked and "trưởng" in marked
    assert "tăng trưởng" in excerpt.inner_text().lower()


def test_filters_narrow_the_results(page, server):
    page.goto(server)
    found = page.evaluate(
        """async () => {
             const found = await window.archiveSearch.search("kinh tế", { issuer: "Ủy ban nhân dân huyện Tuy Phước" });
             const data = await Promise.all(found.map((r) => r.data()));
             return data.map((d) => [d.url, d.issuer]);
           }"""
    )
    assert ["van-ban/2024/ubnd-huyen-tuy-phuoc-612-ubnd-th/", "Ủy ban nhân dân huyện Tuy Phước"] in found
    assert {issuer for _, issuer in found} == {"Ủy ban nhân dân huyện Tuy Phước"}


def test_filter_values_are_fetched_when_the_filters_are_reached_for(page, server):
    page.goto(server + "?q=kinh+te")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    options = page.locator("select[data-filter=issuer] option")
    assert options.count() == 1
    page.hover("select[data-filter=issuer]")
    page.wait_for_function("document.querySelectorAll('select[data-filter=issuer] option').length > 1")
    assert "Ủy ban nhân dân huyện Tuy Phước" in options.all_inner_texts()


def test_a_query_downloads_only_meta_buckets_and_records(browser, server):
    """First the page and its assets; then a query fetches meta.json, its terms' buckets, its results' records
    and the start of their texts (for the excerpts)."""
    page = browser.new_page()
    page.goto(server)
    page.wait_for_load_state("networkidle")
    fetched: list[str] = []
    page.on("request", lambda request: fetched.append(request.url.removeprefix(server)))
    page.goto(server + "?q=tang+truong+kinh+te")
    page.locator(".md-search-result__item").first.wait_for(timeout=15000)
    page.wait_for_load_state("networkidle")
    searched = [url for url in fetched if url.startswith("tim-kiem/")]
    assert searched[0] == "tim-kiem/meta.json"
    buckets = [url for url in searched if url.startswith("tim-kiem/b/")]
    records = [url for url in searched if url.startswith("tim-kiem/d/")]
    # four words and three pairs: at most seven buckets, each fetched once
    assert 1 <= len(buckets) <= 7 and len(set(buckets)) == len(buckets)
    texts = [url for url in searched if url.startswith("tim-kiem/t/")]
    assert records and len(set(records)) == len(records)
    assert 1 <= len(texts) <= 10 and len(set(texts)) == len(texts)
    assert len(searched) == 1 + len(buckets) + len(records) + len(texts)
    page.close()


@contextlib.contextmanager
def search_page(entries: list, site: Path) -> Iterator[str]:
    """The smallest page the browser search runs in, over an index of `entries`, served: its address."""
    from build_tools.search.browser import write_browser_index

    write_browser_index(entries, site / "tim-kiem")
    script = ROOT / "docs" / "assets" / "javascripts" / "archive-search.js"
    (site / "index.html").write_text(
        (Path(__file__).parent / "search_page.html").read_text(encoding="utf-8"), encoding="utf-8")
    (site / "archive-search.js").write_text(script.read_text(encoding="utf-8"), encoding="utf-8")
    with serve(site) as url:
        yield url


def test_a_subject_with_markup_is_shown_as_text(browser, tmp_path):
    """A letter's `<script>` reaches the results as text: the page builds them from text nodes."""
    from build_tools.search import SearchEntry

    evil = "<script>window.pwned = 1</script><img src=x onerror='window.pwned = 2'>"
    entry = SearchEntry("van-ban/x/", "letter", "1/UBND", "Công văn", "2024-01-02", "UBND <b>tỉnh</b>",
                        f"Về việc {evil}", None, None, f"Nội dung {evil}")
    with search_page([entry], tmp_path / "site") as url:
        page = browser.new_page()
        page.goto(url + "?q=viec+script")
        subject = page.locator(".archive-result__subject").first
        subject.wait_for(timeout=15000)
        facts = page.locator(".archive-result__facts").inner_text()
        assert "<script>" in subject.inner_text() and "UBND <b>tỉnh</b>" in facts
        assert page.locator(".md-search-result__list :is(script, img, b)").count() == 0
        assert page.evaluate("window.pwned") is None
        page.close()


def test_a_rare_pair_ranks_first_though_its_words_lists_were_cut(browser, tmp_path):
    """A signer's name in a long letter, its words common elsewhere: the word lists keep their best
    pages only and leave that letter out, but the pair of words finds it, first."""
    from build_tools.search import SearchEntry
    from build_tools.search.browser import TOP_K

    def entry(n: int, text: str) -> SearchEntry:
        return SearchEntry(f"van-ban/l{n}/", "letter", f"{n}/UBND", "Công văn", "2024-01-02", "UBND tỉnh",
                           "Về việc thi đua", None, None, text)

    others = [entry(n, "Lâm nghiệp, hoàng hôn. " * 3) for n in range(TOP_K + 20)]
    named = entry(TOP_K + 20, "Báo cáo công tác quý. " * 200 + "Người ký: Lâm Hoàng.")
    with search_page([*others, named], tmp_path / "site") as url:
        page = browser.new_page()
        page.goto(url)
        first = page.evaluate("""async () => {
            const [first] = await window.archiveSearch.search("lâm hoàng");
            return { url: (await first.data()).url, words: [...first.words].sort() };
        }""")
        page.close()
    # Counted as holding both words (the pair says so), though neither word's list names it.
    assert first == {"url": f"van-ban/l{TOP_K + 20}/", "words": ["hoang", "lam"]}
