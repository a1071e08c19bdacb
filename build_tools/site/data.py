"""Machine-readable data beside the pages: every letter, every document, every citation edge.

The edges are split by the year of the citing letter (du-lieu/trich-dan/2024.json): at 100,000 letters
they are 5 million, ≈ 450 MB in one file; dan-chieu.json lists the documents and names the edge files.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from itertools import chain
from pathlib import PurePosixPath

from build_tools.addresses import page_url
from build_tools.cite.graph import Document, Graph

DATA_DIR = PurePosixPath("du-lieu")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _letter(entry, graph: Graph) -> dict:
    fields = entry.processed.letter.fields_json()
    fields["url"] = page_url(entry.page)
    fields["references"] = list(graph.references.get(entry.page, ()))
    return fields


def _list_chunks(items: Iterator, depth: int = 0) -> Iterator[str]:
    """A JSON list at `depth`, item by item, as `_dump` writes a list there: never all in memory."""
    pad = " " * depth
    empty = True
    for item in items:
        yield ("[\n" if empty else ",\n") + pad + " " + _dump(item).rstrip("\n").replace("\n", "\n " + pad)
        empty = False
    yield "[]" if empty else "\n" + pad + "]"


def data_files(graph: Graph) -> Iterator[tuple[PurePosixPath, Iterator[str]]]:
    """The data files, each as chunks of text: never a whole file in memory."""
    yield DATA_DIR / "van-ban.json", chain(_list_chunks(_letter(entry, graph) for entry in graph.letters), "\n")
    documents = sorted(graph.documents.values(), key=lambda d: d.id)
    year_of = {entry.page: _year_name(entry.processed.letter.year) for entry in graph.letters}
    years = sorted(set(year_of.values()))
    yield DATA_DIR / "dan-chieu.json", _documents(documents, years)
    for year in years:
        edges = ({"from": page_url(m.letter), "to": d.id, "date_as_cited": m.date, "in_footnote": m.in_footnote}
                 for d in documents for m in d.mentions if year_of[m.letter] == year)
        yield _edges_file(year), chain(_list_chunks(edges), "\n")


def _year_name(year: int | None) -> str:
    return str(year) if year else "chua-ro-nam"


def _edges_file(year: str) -> PurePosixPath:
    return DATA_DIR / "trich-dan" / f"{year}.json"


def _documents(documents: list[Document], years: list[str]) -> Iterator[str]:
    """{"citation_files": [...], "documents": [...]}, the keys in order as `_dump` sorts them."""
    files = [str(_edges_file(year).relative_to(DATA_DIR)) for year in years]
    yield '{\n "citation_files": ' + _dump(files).rstrip("\n").replace("\n", "\n ")
    yield ',\n "documents": '
    yield from _list_chunks(({"id": d.id, "type": d.type, "number": d.number, "issuer": d.issuer,
                              "issuer_as_written": list(d.issuer_texts), "year": d.year, "dates": list(d.dates),
                              "dates_conflict": d.dates_conflict, "subject": d.subject, "archived": d.archived,
                              "url": page_url(d.page)} for d in documents), depth=1)
    yield "\n}\n"
