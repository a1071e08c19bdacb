"""Browser search candidates of issue #9, side by side on the same generated corpus.

    python -m bench.search_candidates --count N [--work DIR]

1. pages: N letters from the synthetic generator (/work/main/bench/synth, run as a subprocess),
   built into docs/ by `python -m build_tools build` (skipped when DIR/docs/van-ban exists);
2. (a) Pagefind, one bundle per block of SHARD_PAGES pages (Pagefind's command line over HTML pages
   holding the page's text and metadata, marked as the portal marks them), searched together with
   `mergeIndex`;
   (b) SQLite FTS5 (Python's sqlite3): metadata in a plain table, the text as written and folded
   (build_tools.text.fold) in a contentless FTS5 table, read in the browser by sql.js-httpvfs from
   the npm registry (vendored into bench/.cache/npm/, outside git);
3. each served on loopback (http.server plus byte ranges) to headless Chromium, where bench.browser
   types a number, three words without diacritics and a common word into the same dialog.

Prints one Markdown table (the machine above it) and writes bench/results/candidates-N.json.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import tarfile
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from bench.browser import chromium, measure
from bench.common import (
    CACHE,
    RESULTS,
    ROOT,
    Page,
    disk_usage,
    machine,
    markdown_table,
    measured,
    pages,
    save_json,
    serve,
)
from build_tools.text import fold

SHARD_PAGES = 2000  # Pagefind stays near 1 GB of memory at this size
PAGE_SIZE = 4096  # SQLite page = sql.js-httpvfs request chunk
SYNTH = Path("/work/main")  # where `python -m bench.synth` lives (untracked there)
HTTPVFS = "sql.js-httpvfs@0.8.12"
HTTPVFS_FILES = ("index.js", "sqlite.worker.js", "sql-wasm.wasm")
CANDIDATES = Path(__file__).resolve().parent / "candidates"
EXTRAPOLATED_LETTERS = 100_000
ROLES = ("number", "three words without diacritics", "common word")  # the queries of chosen_queries(), in order


# --- the corpus and its pages -------------------------------------------------------------------

def built_pages(count: int, work: Path) -> Path:
    """docs/ of `count` generated letters, generated and built unless already there."""
    docs = work / "docs"
    if (docs / "van-ban").is_dir():
        return docs
    corpus = work / "corpus"
    subprocess.run([sys.executable, "-m", "bench.synth", "--count", str(count), "--seed", "7", "--out", str(corpus)],
                   cwd=SYNTH, check=True)
    (corpus / "truth.jsonl").rename(work / "truth.jsonl")  # not a letter
    shutil.copytree(ROOT / "docs", docs, dirs_exist_ok=True)
    subprocess.run([sys.executable, "-m", "build_tools", "build", "--corpus", str(corpus), "--docs", str(docs),
                    "--index", str(work / "search-index"), "--quiet"], cwd=ROOT, check=True)
    return docs


def chosen_queries(docs: Path) -> list[tuple[str, str | None]]:
    """(query, address of the page it should find first): a number, three words without diacritics, a common word.

    Picked from letters in the middle of the corpus, the same way at every size.
    """
    letters = [p for p in pages(docs) if p.kind == "letter" and p.number and p.subject]
    middle = letters[len(letters) // 2:]
    numbered = next(p for p in middle if "/" in p.number and "-" in p.number and p.number[0].isdigit())
    # Three words that only one page's subject holds: what a citizen remembers of the letter they look for.
    subjects = [f" {_words(p.subject)} " for p in pages(docs) if p.subject]
    worded = next(p for p in middle if sum(f" {_three(p.subject)} " in subject for subject in subjects) == 1)
    return [(numbered.number, numbered.url), (_three(worded.subject), worded.url), ("huyện", None)]


def _words(subject: str) -> str:
    return " ".join(re.findall(r"[^\W_]+", fold(subject)))


def _three(subject: str) -> str:
    return " ".join(_words(subject).split()[2:5])


# --- candidate (a): Pagefind per shard ----------------------------------------------------------

def _html(page: Page) -> str:
    """The page as Pagefind reads the portal's: metadata marked as build_tools/site/pages.py marks it."""
    def marked(value: str | None, attributes: str) -> str:
        return f"<p {attributes}>{html.escape(value)}</p>" if value else ""

    return "".join([
        '<!doctype html><html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(page.title)}</title></head><body><main data-pagefind-body>",
        f"<h1>{html.escape(page.title)}</h1>",
        marked(page.number, 'data-pagefind-meta="number" data-pagefind-weight="10"'),
        marked(page.type, 'data-pagefind-meta="type" data-pagefind-filter="type" data-pagefind-ignore'),
        marked(page.date, 'data-pagefind-meta="date" data-pagefind-ignore'),
        marked(page.issuer, 'data-pagefind-meta="issuer" data-pagefind-filter="issuer" data-pagefind-weight="3"'),
        marked(page.subject, 'data-pagefind-meta="subject" data-pagefind-weight="5"'),
        marked((page.date or "")[:4], 'data-pagefind-filter="year" data-pagefind-ignore'),
        f"<p>{html.escape(page.text)}</p></main></body></html>",
    ])


def _write_shard(folder: Path, out: Path) -> None:
    """Pagefind's command line on one folder of pages.

    Not the Python API: its service is terminated as soon as it answers "written", and on a busy
    machine that cut files at 64 KiB (wasm and index chunks of 2 shards out of 10 at 10,000 letters).
    """
    run = subprocess.run([sys.executable, "-m", "pagefind", "--site", str(folder), "--output-path", str(out),
                          "--force-language", "vi", "--quiet"], capture_output=True, text=True)
    if run.returncode != 0:  # its output is otherwise only a note that Vietnamese has no stemming
        raise RuntimeError(f"pagefind failed on {folder}:\n{run.stdout}{run.stderr}")


def _blocks(items: Iterable[Page], size: int) -> Iterator[list[Page]]:
    iterator = iter(items)
    while block := list(islice(iterator, size)):
        yield block


def build_pagefind(docs: Path, site: Path) -> dict:
    """One bundle per SHARD_PAGES pages under site/shards/sNNN/, from HTML pages written aside."""
    shutil.rmtree(site / "shards", ignore_errors=True)
    shards = []
    with measured() as figures:
        for number, block in enumerate(_blocks(pages(docs), SHARD_PAGES)):
            shards.append(f"shards/s{number:03}/")
            folder = site.with_name("html") / f"s{number:03}"
            shutil.rmtree(folder, ignore_errors=True)
            for page in block:
                target = folder / page.url.strip("/") / "index.html"
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(_html(page), encoding="utf-8")
            _write_shard(folder, site / shards[-1])
    size, files = disk_usage(site / "shards")
    _page(site, "pagefind", {"shards": shards})
    return {**figures, "bytes": size, "files": files, "shards": len(shards)}


# --- candidate (b): SQLite FTS5 over HTTP ranges ------------------------------------------------

def build_sqlite(docs: Path, site: Path) -> dict:
    """site/archive.sqlite3: `docs` (what a result shows) and `fts` (head, text, folded; contentless)."""
    database = site / "archive.sqlite3"
    database.unlink(missing_ok=True)
    with measured() as figures:
        connection = sqlite3.connect(database)
        connection.executescript(f"""
            PRAGMA page_size = {PAGE_SIZE};
            PRAGMA journal_mode = DELETE;
            CREATE TABLE docs (id INTEGER PRIMARY KEY, url TEXT, title TEXT, subject TEXT);
            CREATE VIRTUAL TABLE fts USING fts5(head, text, folded, content='',
                                                tokenize='unicode61 remove_diacritics 0');
        """)
        for rowid, page in enumerate(pages(docs), start=1):
            head = " ".join(filter(None, [page.number, page.subject, page.issuer, page.type]))
            connection.execute("INSERT INTO docs VALUES (?, ?, ?, ?)", (rowid, page.url, page.title, page.subject))
            connection.execute("INSERT INTO fts (rowid, head, text, folded) VALUES (?, ?, ?, ?)",
                               (rowid, f"{head} {fold(head)}", page.text, fold(page.text)))
        connection.execute("INSERT INTO fts (fts) VALUES ('optimize')")
        connection.commit()
        connection.execute("VACUUM")
        connection.close()
    size, files = disk_usage(database)
    _vendor_httpvfs(site / "vendor")
    _page(site, "sqlite", {"database": database.name, "pageSize": PAGE_SIZE},
          head='<script src="vendor/index.js"></script>')
    return {**figures, "bytes": size, "files": files}


def _vendor_httpvfs(vendor: Path) -> None:
    """The three files of sql.js-httpvfs the page loads, from `npm pack` (cached in bench/.cache/npm/)."""
    npm = CACHE / "npm"
    if not (npm / "package" / "dist" / "sql-wasm.wasm").exists():
        npm.mkdir(parents=True, exist_ok=True)
        tarball = subprocess.run(["npm", "pack", HTTPVFS], cwd=npm, check=True, capture_output=True, text=True)
        with tarfile.open(npm / tarball.stdout.split()[-1]) as archive:
            archive.extractall(npm, filter="data")
    vendor.mkdir(parents=True, exist_ok=True)
    for name in HTTPVFS_FILES:
        shutil.copy(npm / "package" / "dist" / name, vendor / name)


# --- the test pages -----------------------------------------------------------------------------

def _page(site: Path, engine: str, config: dict, head: str = "") -> None:
    """site/ENGINE.html: the dialog's elements, the engine's settings, the engine's script."""
    for script in ("dialog.js", f"{engine}.js"):
        shutil.copy(CANDIDATES / script, site / script)
    settings = json.dumps(config).replace("<", "\\u003c")
    (site / f"{engine}.html").write_text(f"""<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><title>{engine}</title>{head}</head>
<body><div class="md-search-result">
<input type="text" class="md-search__input" aria-label="Tìm văn bản" autocomplete="off">
<div class="md-search-result__meta">Gõ số ký hiệu hoặc nội dung cần tìm</div>
<ol class="md-search-result__list"></ol></div>
<script type="application/json" id="config">{settings}</script>
<script type="module" src="{engine}.js"></script>
</body></html>
""", encoding="utf-8")


# --- run and report -----------------------------------------------------------------------------

def run(count: int, work: Path) -> dict:
    docs = built_pages(count, work)
    site = work / "site"
    site.mkdir(parents=True, exist_ok=True)
    page_count = sum(1 for _ in pages(docs))
    queries = chosen_queries(docs)
    builds = {}
    for engine, build in (("pagefind", build_pagefind), ("sqlite", build_sqlite)):
        builds[engine] = build(docs, site)
        print(f"{engine}: built {builds[engine]}", file=sys.stderr)
    results = {}
    with serve(site) as url, chromium() as browser:
        for engine, build in builds.items():
            browsing = measure(browser, f"{url}{engine}.html", [q for q, _ in queries])
            for figures, (_, wanted) in zip(browsing["queries"], queries, strict=True):
                figures["rank"] = figures["shown"].index(wanted) + 1 if wanted in figures["shown"] else None
            results[engine] = {"build": build, "browser": browsing}
    return {"machine": machine(), "letters": count, "pages": page_count, "queries": queries, "engines": results}


def extrapolated(runs: list[dict], letters: int = EXTRAPOLATED_LETTERS) -> dict:
    """A straight line through the two largest runs, figure by figure: an estimate, not a measurement.

    Per page, Pagefind's shards add their entry and metadata files to every first query, so the
    line is its model; SQLite's B-tree lookups grow slower than that, so its line overestimates.
    """
    small, large = sorted(runs, key=lambda r: r["letters"])[-2:]

    def line(a: float, b: float) -> int:
        """Never below the larger run: a bigger corpus does not cost less (a fall between runs is noise)."""
        return round(max(b, a + (b - a) * (letters - small["letters"]) / (large["letters"] - small["letters"])))

    engines = {}
    for engine, big in large["engines"].items():
        little = small["engines"][engine]
        build = {key: line(little["build"][key], big["build"][key]) for key in ("seconds", "bytes", "files")}
        build["peak_mb"] = "—"  # not a line: Pagefind's peak is one shard's, SQLite's depends on its cache
        queries = [{"query": role, "bytes": line(a["bytes"], b["bytes"]),
                    "requests": line(a["requests"], b["requests"]), "after_last_byte_ms": "—", "rank": None}
                   for role, a, b in zip(ROLES, little["browser"]["queries"], big["browser"]["queries"], strict=True)]
        engines[engine] = {"build": build, "browser": {"queries": queries}}
    return {"letters": letters, "pages": line(small["pages"], large["pages"]), "engines": engines, "extrapolated": True}


def table(runs: list[dict]) -> str:
    header = ["engine", "letters (pages)", "build s", "peak MB", "index MB / files", "query", "KB", "requests",
              "last byte → results ms", "rank"]
    rows = []
    for result in runs:
        estimate = " **extrapolated**" if "extrapolated" in result else ""
        size = f"{result['letters']:,} ({result['pages']:,}){estimate}"
        for engine, figures in result["engines"].items():
            build = figures["build"]
            for i, q in enumerate(figures["browser"]["queries"]):
                facts = [engine, size, build["seconds"], build["peak_mb"],
                         f"{build['bytes'] / 2**20:.1f} / {build['files']}"] if i == 0 else [""] * 5
                rows.append([*facts, f"{'first' if i == 0 else 'later'}: `{q['query']}`", f"{q['bytes'] / 1024:.0f}",
                             q["requests"], q["after_last_byte_ms"], q["rank"] or "—"])
    return markdown_table(header, rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search_candidates", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, help="how many generated letters")
    parser.add_argument("--work", type=Path, help="corpus, pages and sites (default bench/.cache/candidates-N)")
    parser.add_argument("--report", action="store_true", help="only print the table of the runs already saved")
    args = parser.parse_args(argv)
    if not args.report:
        if not args.count:
            parser.error("give --count N (or --report)")
        result = run(args.count, args.work or CACHE / f"candidates-{args.count}")
        print(f"JSON: {save_json(f'candidates-{args.count}.json', result)}\n", file=sys.stderr)
    # Every size measured so far (bench/results/candidates-*.json), and the line through the two largest.
    runs = sorted((json.loads(p.read_text(encoding="utf-8")) for p in RESULTS.glob("candidates-*.json")),
                  key=lambda r: r["letters"])
    print(f"Machine: {runs[-1]['machine']}\n")
    print(table(runs + ([extrapolated(runs)] if len(runs) > 1 else [])))
    return 0


if __name__ == "__main__":
    sys.exit(main())
