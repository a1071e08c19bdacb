"""Shared fixtures: where the sample letters, their truth and the letters written for the tests live."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
import yaml

from bench.browser import CHROMIUM, CHROMIUM_ARGS
from build_tools.search.browser import read_bucket

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEST_LETTERS = Path(__file__).resolve().parent / "letters"
# What a careful reader extracts from the sample letters: the facts of ../shared/truth/seeds.yaml, kept
# in tests/ so that a clone alone runs the suite. ../shared/ (beside the project where it was made)
# holds the original and the outside check, check_seeds.py.
TRUTH_FILE = Path(__file__).resolve().parent / "seeds_truth.yaml"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def truth() -> dict:
    return yaml.safe_load(TRUTH_FILE.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def portal(tmp_path_factory) -> Path:
    """The portal of the shipped corpus and the letters written for the tests, built as `make build`
    does (pages and the browser's search index, then `mkdocs build --strict` and the originals) in a
    copy of the project."""
    from build_tools.build import build
    from build_tools.site.publish import publish

    project = new_project(tmp_path_factory.mktemp("portal") / "project",
                          sorted(CORPUS.glob("*.txt")) + sorted(TEST_LETTERS.glob("*.txt")))
    corpus = project / "corpus"
    assert build(corpus, project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    publish(project, project / "site", corpus)
    return project


@pytest.fixture(scope="session")
def server(portal) -> Iterator[str]:
    """The address of the portal's site, served on loopback by a thread of this process."""
    from bench.common import serve

    with serve(portal / "site") as url:
        yield url


# Debian's Chromium (which .ci/run installs), driven by Playwright: no browser download (bench.browser).


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `apt-get install chromium` (.ci/run does it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


def new_project(folder: Path, letters: list[Path]) -> Path:
    """A copy of the project (configuration, overrides, hand-written pages) with `letters` as its corpus."""
    import shutil

    from build_tools.site import GENERATED

    folder.mkdir()
    shutil.copy(ROOT / "mkdocs.yml", folder)
    shutil.copytree(ROOT / "overrides", folder / "overrides")
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    (folder / "corpus").mkdir()
    for letter in letters:
        shutil.copy(letter, folder / "corpus")
    return folder


def found_by_term(folder: Path) -> dict[str, tuple[int, frozenset[str]]]:
    """Every term of an index → its document frequency and the addresses of its documents."""
    records = [record for block in sorted((folder / "d").iterdir(), key=lambda p: int(p.stem))
               for record in json.loads(block.read_text(encoding="utf-8"))]
    found = {}
    for bucket in (folder / "b").iterdir():
        for term, (df, kept) in read_bucket(bucket.read_bytes()).items():
            found[term] = (df, frozenset(records[doc][0] for doc, _ in kept))
    return found


def broken_links(site: Path) -> list[str]:
    """Every link or source between files of the site that lands on no file: "page → href"."""
    return [f"{page.relative_to(site)} → {href}" for page in sorted(site.rglob("*.html"))
            for href in links_landing_nowhere(site, page, page.read_text(encoding="utf-8"))]


def links_landing_nowhere(site: Path, page: Path, html: str) -> list[str]:
    """The links or sources of `html`, served as `page` of the site, that land on no file of the site."""
    import re
    from urllib.parse import unquote, urljoin, urlsplit

    base = "http://site/" + page.relative_to(site).as_posix()
    missing = []
    for href in re.findall(r'(?:href|src)="([^"]*)"', html):
        target = urlsplit(urljoin(base, href))
        if target.netloc != "site" or not target.path:
            continue  # another host, or a link within the page
        path = site / unquote(target.path).lstrip("/")
        if not (path.is_file() or (path / "index.html").is_file()):
            missing.append(href)
    return missing
