"""Stage 4, write: Markdown pages and data files under docs/, written aside and swapped in whole."""

from __future__ import annotations

import shutil
from collections.abc import Iterable, Iterator
from pathlib import Path, PurePosixPath

from build_tools.addresses import CITED_DIR, LETTERS_DIR, page_url
from build_tools.cite.graph import Graph
from build_tools.markup import plain_text
from build_tools.model import ReadFailure
from build_tools.search import SearchEntry
from build_tools.site.data import DATA_DIR, data_files
from build_tools.site.lists import LISTS_DIR, NEWEST, REPORT, list_pages, report_page
from build_tools.site.pages import cited_document_page, letter_page

# Everything the build writes under docs/; the rest of docs/ is written by hand and never touched.
GENERATED = (LETTERS_DIR, CITED_DIR, str(LISTS_DIR), str(NEWEST.parent), str(DATA_DIR), str(REPORT), "tim-kiem")


def site_pages(graph: Graph, failures: list[ReadFailure], problems: dict[str, list[str]]
               ) -> Iterator[tuple[PurePosixPath, str]]:
    for entry in graph.letters:
        yield entry.page, letter_page(entry, graph)
    for document in graph.documents.values():
        if not document.archived:
            yield document.page, cited_document_page(document, graph)
    yield from list_pages(graph)
    yield REPORT, report_page(graph, failures, problems)
    yield from data_files(graph)


def search_entries(graph: Graph) -> Iterator[SearchEntry]:
    """What the command-line search indexes: every letter's text and metadata, every cited document."""
    for entry in graph.letters:
        letter = entry.processed.letter
        yield SearchEntry(page_url(entry.page), "letter", letter.number, letter.type, letter.date, letter.issuer,
                          letter.subject, letter.signer, letter.place, plain_text(letter.body))
    for document in graph.documents.values():
        if not document.archived:  # found by its number: what citing letters say of it is not its text
            yield SearchEntry(page_url(document.page), "cited", document.number, document.type, document.date,
                              document.issuer, document.subject, None, None, "")


def write_pages(docs: Path, pages: Iterable[tuple[PurePosixPath, str]]) -> int:
    """Write every page into a staging folder, then swap the generated parts of docs/ at once.

    A build that stops half-way leaves the previous pages whole.
    """
    staging = docs.with_name(docs.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    count = 0
    for path, content in pages:
        target = staging / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(content, encoding="utf-8", newline="\n")
        count += 1
    docs.mkdir(parents=True, exist_ok=True)
    old = docs.with_name(docs.name + ".previous")
    shutil.rmtree(old, ignore_errors=True)
    old.mkdir()
    for name in GENERATED:
        if (docs / name).exists():
            (docs / name).rename(old / name)
        if (staging / name).exists():
            (staging / name).rename(docs / name)
    shutil.rmtree(old)
    shutil.rmtree(staging)
    return count
