"""Stage 4, write: Markdown pages and data files under docs/, written aside and moved in (swap.py)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import partial
from pathlib import Path, PurePosixPath

from build_tools.addresses import CITED_DIR, FEEDS_DIR, LETTERS_DIR, page_url
from build_tools.cite.graph import ArchivedLetter, Document, Graph
from build_tools.model import ReadFailure
from build_tools.search import IndexItem, SearchEntry
from build_tools.site.data import DATA_DIR, ChangedYears, DataEntries, data_files
from build_tools.site.feeds import feeds
from build_tools.site.graph_svg import pictures_showing
from build_tools.site.lists import LISTS_DIR, NEWEST, REPORT, groups_of, list_pages, report_page
from build_tools.site.markdown import page_count, page_paths
from build_tools.site.pages import cited_document_page, letter_page
from build_tools.site.swap import commit, finish_swap, generated_files, staging_of
from build_tools.store import LetterStore, Sentences, code_digest, load_json

# Everything the build writes under docs/; the rest of docs/ is written by hand and never touched.
BROWSER_INDEX = "tim-kiem"  # the browser's search index (search/browser.py): written aside and swapped by itself
_PAGES = (LETTERS_DIR, CITED_DIR, str(LISTS_DIR), str(NEWEST.parent), str(DATA_DIR), str(REPORT), str(FEEDS_DIR))
GENERATED = (*_PAGES, BROWSER_INDEX)


@dataclass(frozen=True)
class Page:
    """A file the build writes under docs/, rendered only when what it is made from changed."""

    path: PurePosixPath
    render: Callable[[], str | Iterator[str]]  # the text, or its chunks for a file too large to hold
    # A digest of what the page is made from, when that is cheaper to know than the page itself;
    # otherwise the page is rendered and its own digest compared.
    inputs: str | None = None
    kept: bool = False  # made from what the last build's was made from, as the graph's difference says


@dataclass(frozen=True)
class Changes:
    """What may differ from the pages the last build wrote, from the difference between the graphs."""

    pages: set[PurePosixPath]  # the letters' and cited documents' pages whose inputs may differ
    groups: set[tuple[str, str]]  # the lists by group showing a letter added, removed or changed (lists.groups_of)
    years: ChangedYears  # the data files' years that may differ
    # The last build's letters' and cited documents' pages that stand as they are (not of `pages` in either
    # graph), with what each was made from: not listed again, nor matched against the manifest.
    standing: dict[str, str]


@dataclass(frozen=True)
class Published:
    """The generated files docs/ holds, and what the last build's manifest says each was made from."""

    files: set[str]
    made_from: dict[str, str]  # of the files docs/ holds only: one removed by hand is written again


def published(docs: Path, manifest: Path) -> Published:
    """docs/ as the last build left it, the journal of one killed while moving its pages in replayed first."""
    finish_swap(docs)
    files = generated_files(docs, _PAGES)
    return Published(files, {path: made for path, made in load_json(manifest).items() if path in files})


def site_pages(graph: Graph, failures: list[ReadFailure], problems: dict[str, list[str]], store: LetterStore,
               sentences: Sentences, cache: Path, site_url: str = "http://localhost/",
               changes: Changes | None = None) -> Iterator[Page]:
    """Every file the build writes under docs/ but the letters' and cited documents' pages that `changes`
    (`changed_pages`) leaves standing, which are not even listed (listing and matching the 14,004 pages
    of 10,010 letters took 1.3 s profiled); the lists by group it leaves out are kept without working out
    their inputs. None: every page's inputs are worked out. `cache` keeps the letters' parts of the data
    files between builds."""
    letters = graph.letters.pages() if changes is None else graph.letters.pages_at(changes.pages)
    for page, _ in letters:
        yield Page(page, partial(_whole_letter_page, page, graph, store), _letter_inputs(graph.letter_at(page), graph))
    documents = graph.documents.outside() if changes is None else graph.documents.outside_at(changes.pages)
    for doc_id, first, mentions in documents:
        document = graph.documents[doc_id]
        for number, page in enumerate(page_paths(first, mentions), start=1):
            render = partial(_cited_page, doc_id, graph, sentences, number)
            yield Page(page, render, _cited_inputs(document, graph, number))
    newest = list(graph.letters.newest())  # for the lists and the feeds
    for listed in list_pages(newest, changes and changes.groups):
        inputs = listed.made_from and _digest(code_digest(*_PAGE_CODE) + listed.made_from)
        yield Page(listed.path, listed.render, inputs, listed.kept)
    yield Page(REPORT, partial(report_page, graph, failures, problems))
    entries = _data_entries(cache)
    for data in data_files(graph, store, entries, changes and changes.years):
        inputs = None if data.kept else _digest(code_digest(*_PAGE_CODE) + data.made_from)
        yield Page(data.path, data.chunks, inputs, kept=data.kept)
    for path, content in feeds(newest, site_url):
        # Made whole anyway: its digest is the one the manifest keeps, so an unchanged feed is not written.
        yield Page(path, partial(str, content), _digest(content))
    entries.close(graph)  # every data file has been written or kept by now


def _data_entries(cache: Path) -> DataEntries:
    """The letters' parts of the data files, named by the code that writes them: other code's are removed."""
    path = cache / _DATA_ENTRIES.replace("*", code_digest(*_PAGE_CODE)[:16])
    for other in cache.glob(_DATA_ENTRIES):
        if other != path:
            other.unlink()
    return DataEntries(path)


_DATA_ENTRIES = "data-entries-*.sqlite"


def changed_pages(graph: Graph, cache: Path, last: Published) -> Changes | None:
    """The pages whose inputs may differ from the last build's: from the difference between the graphs,
    not from every page's skeleton. None when the last build left no graph for this page-writing code
    (`keep_graph`), or docs/ or the manifest lacks a page that would stand: then every page's inputs are
    worked out."""
    kept_graph = _last_graph(cache)
    if not kept_graph.exists():
        return None
    old = Graph(kept_graph)
    difference = graph.changed_since(old)
    pages = pictures_showing(set(difference.pages), (old, graph))
    standing = _standing(pages, old, graph, last)
    if standing is None:
        return None
    groups = groups_of(letter for both in (old, graph) for letter in both.letters.listed_at(difference.letters))
    years = ChangedYears(difference.letter_years, difference.document_years)
    return Changes(pages, groups, years, standing)


def _standing(pages: set[PurePosixPath], old: Graph, graph: Graph, last: Published) -> dict[str, str] | None:
    """The letters' and cited documents' page files of the last build but those of `pages` in either graph
    (written again or no longer), with what each was made from. None unless every page of `graph` outside
    `pages` is among them, as the counts say (a file removed by hand, a manifest lost)."""
    redone_old, redone = set(_page_files(old, pages)), set(_page_files(graph, pages))
    own = (f"{LETTERS_DIR}/", f"{CITED_DIR}/")
    standing = {path: made for path, made in last.made_from.items()
                if path.startswith(own) and path not in redone and path not in redone_old}
    made = len(graph.letters) + sum(map(page_count, graph.documents.mention_counts()))
    return standing if len(standing) == made - len(redone) else None


def _page_files(graph: Graph, pages: set[PurePosixPath]) -> Iterator[str]:
    """The files of the letters' and cited documents' pages at `pages` in `graph`: every page of a document."""
    for page, _ in graph.letters.pages_at(pages):
        yield str(page)
    for _, first, mentions in graph.documents.outside_at(pages):
        yield from map(str, page_paths(first, mentions))


def keep_graph(graph: Graph, cache: Path) -> None:
    """Keep the graph the pages in docs/ were just written from, for the next build's `changed_pages`
    (a hard link: the next graph is written aside and renamed over graph.path)."""
    for path in cache.glob(_KEPT_GRAPHS):
        path.unlink()
    os.link(graph.path, _last_graph(cache))


_KEPT_GRAPHS = "graph-of-pages-*.sqlite"


def _last_graph(cache: Path) -> Path:
    """Named by the code that writes the pages and reads the graph: a change to it works out every
    page's inputs again."""
    return cache / _KEPT_GRAPHS.replace("*", code_digest(*_PAGE_CODE, "cite/graph.py")[:16])


def _whole_letter_page(page: PurePosixPath, graph: Graph, store: LetterStore) -> str:
    """The letter's page from the whole letter, text included, read back from the store."""
    entry = graph.letter_at(page)
    whole = store.whole(entry.key, entry.processed.letter.source)
    return letter_page(replace(entry, processed=whole), graph)


def _cited_page(doc_id: str, graph: Graph, sentences: Sentences, number: int) -> str:
    return cited_document_page(graph.documents[doc_id], graph, sentences, number)


def _letter_inputs(entry: ArchivedLetter, graph: Graph) -> str:
    """A letter's page is made from the letter (its key in the store) and its neighbours in the graph;
    the page rendered from the letter's summary without its own parts holds every neighbour it shows."""
    return _digest(code_digest(*_PAGE_CODE) + entry.key + letter_page(entry, graph, own_parts=False))


def _cited_inputs(document: Document, graph: Graph, number: int) -> str:
    """A cited document's page is made from the graph and the sentences it quotes: its skeleton names
    each sentence instead of quoting it."""
    return _digest(code_digest(*_PAGE_CODE) + cited_document_page(document, graph, _SENTENCE_KEYS, number))


# The code that writes a letter's page from the letter: a change to it renders every page again.
_PAGE_CODE = ("site", "markup.py", "addresses.py", "dates.py")


class _SentenceKeys:
    """Stands in for `Sentences` in the skeleton of a cited document's page: a sentence is named by
    its letter's key and place in it, which fix its wording (the store is keyed by content)."""

    def get(self, key: str, citation: int, mention: int) -> str:
        return f"{key}:{citation}:{mention}"


_SENTENCE_KEYS = _SentenceKeys()


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()


def search_items(graph: Graph, store: LetterStore) -> list[IndexItem]:
    """What the search indexes, with what each entry is made from: every letter, every cited document."""
    items = []
    for page, key in graph.letters.pages_written():
        url = page_url(page)
        items.append(IndexItem(url, _digest(url + key), store=store.folder, key=key))
    for document in graph.documents.not_archived():  # an archived one is its letter's page
        # found by its number: what citing letters say of it is not its text
        cited = SearchEntry(page_url(document.page), "cited", document.number, document.type, document.date,
                            document.issuer, document.subject, None, None, "")
        items.append(IndexItem(cited.url, _digest(repr(cited)), cited=cited))
    return items


def write_pages(docs: Path, pages: Iterable[Page], manifest: Path, last: Published | None = None,
                standing: dict[str, str] | None = None) -> tuple[int, int]:
    """Write the pages whose inputs changed into a staging folder, then move them into docs/ beside the
    kept ones and remove the generated files no longer made (swap.py: a build that stops half-way
    leaves the previous pages whole, or its journal to finish).

    A page made from the same inputs as in the last build is not rendered again, nor is its file in
    docs/ touched (`manifest` keeps what each page was made from); one rendered to the same bytes is
    not moved in either; those `standing` (`Changes`) are not among `pages`, and stand as they are.
    `last`: docs/ as `published` finds it before the build. Returns the pages written and the pages kept.
    """
    last = last or published(docs, manifest)
    staging = staging_of(docs)
    made_from, written, kept = dict(standing or {}), 0, len(standing or {})
    staged: set[str] = set()
    folders: set[Path] = set()  # made in staging: a system call a page less
    for page in pages:
        path = str(page.path)
        known = last.made_from.get(path)
        if known and (page.kept or page.inputs == known):
            made_from[path] = known
            kept += 1
        else:
            target = staging / page.path
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            digest = _write(target, page.render())
            made_from[path] = page.inputs or digest
            same = known == made_from[path]
            kept, written = kept + same, written + (not same)
            if not same:
                staged.add(path)
                continue
        if path in staged:
            # Two issuers whose names make one slug share a list page, the later one's standing: the
            # earlier one's file is not moved in over it.
            (staging / page.path).unlink()
            staged.discard(path)
    commit(docs, last.files - made_from.keys())
    manifest.parent.mkdir(parents=True, exist_ok=True)
    manifest.write_text(json.dumps(made_from, sort_keys=True), encoding="utf-8")
    return written, kept


def _write(target: Path, content: str | Iterator[str]) -> str:
    """Write the text (or its chunks) and return its digest."""
    digest = hashlib.sha256()
    with target.open("w", encoding="utf-8", newline="\n") as out:
        for chunk in [content] if isinstance(content, str) else content:
            out.write(chunk)
            digest.update(chunk.encode())
    return digest.hexdigest()
