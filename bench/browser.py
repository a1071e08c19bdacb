"""Search in headless Chromium as a user does it: open the search dialog, type, wait for the results.

    python -m bench.browser URL [--portal DIR] [--query Q …] [--save NAME.json]

drives the portal's own dialog (Material's header search: `#__search` toggles it, `.md-search__input`
takes the query, results are `li.md-search-result__item` in `.md-search-result__list`, and
`.md-search-result__meta` says "Đang tìm…" while searching). The candidate pages of
bench/search_candidates.py keep the same elements, so all engines are measured the same way.

For each query: bytes (response bodies, as Playwright reports them, ranges included) and requests
from opening the dialog (first query) or from typing (later ones) to the results, and the time from
the last response's last byte to the results list changing. With --portal (the project folder the
site was built from), also recall@1 and recall@10 of tests/queries.yaml through the dialog.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.common import machine, markdown_table, query_set_recall, save_json

CHROMIUM = Path("/usr/bin/chromium")
# Chromium's own connections are refused on a closed network; these flags keep it quiet.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-sync",
                 "--disable-background-networking", "--disable-component-update"]

# Resolves with the time (ms since the epoch) the results change: the list, or a final status line.
_WATCH = """() => {
  const root = document.querySelector(".md-search-result");
  const list = root.querySelector(".md-search-result__list");
  const status = root.querySelector(".md-search-result__meta");
  const before = status.textContent;
  window.__benchResults = new Promise((resolve) => {
    setTimeout(() => resolve(NaN), 60000); // no results within a minute: NaN, not a hang
    const observer = new MutationObserver((records) => {
      const text = status.textContent;
      if (records.some((r) => r.target === list) || (text !== before && text !== "Đang tìm…")) {
        observer.disconnect();
        resolve(performance.timeOrigin + performance.now());
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}"""
_SHOWN = """() => [...document.querySelectorAll(".md-search-result__list .md-search-result__item a")]
  .map((a) => new URL(a.href).pathname)"""


@dataclass(frozen=True)
class QueryFigures:
    query: str
    bytes: int
    requests: int
    after_last_byte_ms: float  # from the last byte received to the results shown
    shown: list[str]  # addresses of the results, best first


@contextlib.contextmanager
def chromium() -> Iterator[object]:
    """Debian's Chromium driven by Playwright: never a downloaded browser."""
    from playwright.sync_api import sync_playwright

    if not CHROMIUM.exists():
        raise SystemExit(f"{CHROMIUM} is missing: `apt-get install chromium`")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


class Network:
    """The requests a page's context finishes (workers' included), taken in turns."""

    def __init__(self, context) -> None:
        self._finished: list = []
        context.on("requestfinished", lambda request: self._finished.append(request))

    def take(self, until_ms: float | None = None) -> tuple[int, int, float]:
        """(body bytes, requests, epoch ms of the last byte) of the requests finished since the last take.

        With `until_ms`, requests whose last byte came after it are left out (a later prefetch is not
        what the results waited for).
        """
        finished, self._finished[:] = list(self._finished), []
        total, count, last = 0, 0, 0.0
        for request in finished:
            timing = request.timing
            end = timing["startTime"] + max(timing["responseEnd"], 0)
            if until_ms is not None and end > until_ms:
                continue
            total += _body_size(request)
            count += 1
            last = max(last, end)
        return total, count, last


def _body_size(request) -> int:
    """Bytes of the response body; a worker's own script reports 0, so its Content-Length stands in.

    Not for HEAD (SQLite over HTTP asks the database's length): its Content-Length came with no body.
    """
    size = request.sizes()["responseBodySize"]
    if size <= 0 and request.method == "GET" and (response := request.response()) is not None:
        size = int(response.all_headers().get("content-length", 0))
    return max(size, 0)


def open_page(browser, url: str):
    """A fresh context (empty cache) on `url`; returns (page, network, page-load figures)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    network = Network(context)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="networkidle")
    loaded, requests, _ = network.take()
    page.errors = errors  # read by the caller: a script error makes the figures worthless
    return page, network, {"bytes": loaded, "requests": requests}


def ask(page, network: Network, query: str, *, open_dialog: bool = False) -> QueryFigures:
    """Type `query` into the dialog (opened first with "/" if asked) and wait for the results."""
    page.evaluate(_WATCH)
    if open_dialog and page.locator("#__search").count():
        page.keyboard.press("/")
    page.fill(".md-search__input", query)
    shown_at = page.evaluate("window.__benchResults")  # the promise _WATCH made
    page.wait_for_timeout(100)  # lets the last requestfinished events reach us
    total, requests, last = network.take(until_ms=shown_at + 1)
    return QueryFigures(query, total, requests, round(shown_at - last, 1), page.evaluate(_SHOWN))


def measure(browser, url: str, queries: list[str]) -> dict:
    """Page load, the first query (from opening the dialog) and each later query, in one fresh page."""
    page, network, load = open_page(browser, url)
    figures = [ask(page, network, query, open_dialog=i == 0) for i, query in enumerate(queries)]
    errors = page.errors
    page.context.close()
    if errors:
        raise RuntimeError(f"{url}: {errors}")
    return {"page_load": load, "queries": [asdict(f) for f in figures]}


def dialog_recall(browser, url: str, portal: Path) -> dict:
    """Recall@1 and @10 of tests/queries.yaml typed into the dialog, in one page (opened by the first)."""
    page, network, _ = open_page(browser, url)
    asked = 0

    def ranked(query: str) -> list[str]:
        nonlocal asked
        asked += 1
        return [address.strip("/") + "/" for address in ask(page, network, query, open_dialog=asked == 1).shown]

    try:
        return query_set_recall(portal, ranked)
    finally:
        page.context.close()


def table(rows: list[tuple[str, dict]]) -> str:
    """One line per (engine, measure() result): page load, first query, later queries."""
    header = ["engine", "page load KB/req", "query", "KB", "requests", "last byte → results ms", "results"]
    lines = []
    for engine, result in rows:
        load = result["page_load"]
        loaded = f"{load['bytes'] / 1024:.0f} / {load['requests']}"
        for i, q in enumerate(result["queries"]):
            turn = "first" if i == 0 else "later"
            lines.append([engine if i == 0 else "", loaded if i == 0 else "", f"{turn}: `{q['query']}`",
                          f"{q['bytes'] / 1024:.1f}",
                          q["requests"], q["after_last_byte_ms"], len(q["shown"])])
    return markdown_table(header, lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.browser", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("url", help="the served site's home page, e.g. http://127.0.0.1:8000/")
    parser.add_argument("--query", action="append", help="a query (repeat); the first one opens the dialog")
    parser.add_argument("--portal", type=Path, help="the project the site was built from: adds the query set's recall")
    parser.add_argument("--save", default="browser.json", help="the file under bench/results/ to write")
    args = parser.parse_args(argv)
    queries = args.query or ["1198/UBND-TH", "tang truong kinh te", "huyện"]
    with chromium() as browser:
        result = measure(browser, args.url, queries)
        if args.portal:
            result["recall"] = dialog_recall(browser, args.url, args.portal)
    print(f"Machine: {machine()}\n")
    print(table([("portal", result)]))
    if args.portal:
        r = result["recall"]
        print(f"\nQuery set: recall@1 {r['recall_at_1']}/{r['queries']}, recall@10 {r['recall_at_10']}/{r['queries']}")
    print(f"\nJSON: {save_json(args.save, {'machine': machine(), 'url': args.url, **result})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
