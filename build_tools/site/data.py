"""Machine-readable data beside the pages, by year: the letters, the documents they cite, the citations.

du-lieu/index.json names the files: van-ban/<year>.json (the archive's letters, by their year),
dan-chieu/<year>.json (every cited document, by its year) and trich-dan/<year>.json (every citation
edge, by the citing letter's year), van-ban/<year>.csv (the letters' main fields for spreadsheets), and a
JSON Schema of each under schema/; tep-goc.json lists the letters' own files the site publishes under goc/
(the site step copies those and nothing else). One file of each held 100,000 letters' data in 162 MB, 72 MB and
450 MB, all written again when one letter changed; by year, a letter changes its year's files.
"""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path, PurePosixPath

from build_tools.addresses import page_url
from build_tools.cite.graph import Document, Graph, Listed
from build_tools.corrections import SIDECAR_SUFFIX
from build_tools.store import LetterStore

DATA_DIR = PurePosixPath("du-lieu")
INDEX = DATA_DIR / "index.json"
ORIGINALS = DATA_DIR / "tep-goc.json"
SCHEMAS = Path(__file__).with_name("schemas")  # JSON Schemas of the data files, published under du-lieu/schema/
_UNKNOWN_YEAR = "chua-ro-nam"


@dataclass(frozen=True)
class DataFile:
    path: PurePosixPath
    chunks: Callable[[], Iterator[str]]  # the file's text, chunk by chunk: never a whole file in memory
    made_from: str  # what the file is made from, as text: the file is written again only when it changes
    kept: bool = False  # its year holds nothing that changed since the last build: made_from is not worked out


@dataclass(frozen=True)
class ChangedYears:
    """The years whose files may differ from the last build's (`Graph.changed_since`); None is no known year."""

    letters: frozenset[int | None]  # letters added, removed or changed, or citing a document that changed
    documents: frozenset[int | None]  # documents that changed


def data_files(graph: Graph, store: LetterStore, changed: ChangedYears | None = None) -> Iterator[DataFile]:
    """Every data file; those of the years `changed` leaves out are kept without reading their letters or
    documents (None: every file's inputs are worked out)."""
    files = {"letters": [], "documents": [], "citations": [], "csv": []}
    for year, years in _by_name(graph.letters.years()).items():
        kept = changed is not None and not years & changed.letters
        entries = partial(_listed_in, graph, years)
        # A letter's part of its year's files: its page, its key (which fixes its fields and mentions)
        # and the document each of its citations points to.
        made_from = "" if kept else "".join(f"{e.page}\0{e.key}\0{','.join(graph.targets_of(e))}\n"
                                            for e in entries())
        letters, citations, table = _file("van-ban", year), _file("trich-dan", year), f"van-ban/{year}.csv"
        files["letters"].append(letters)
        files["citations"].append(citations)
        files["csv"].append(table)
        letter_items = _list_chunks(lambda e=entries: (_letter(x, graph, store) for x in e()))
        yield DataFile(DATA_DIR / letters, letter_items, made_from, kept)
        yield DataFile(DATA_DIR / citations, _list_chunks(lambda e=entries: _edges(e(), graph)), made_from, kept)
        yield DataFile(DATA_DIR / table, lambda e=entries: _csv_chunks(e(), graph), made_from, kept)
    for year, years in _by_name(graph.documents.years()).items():
        kept = changed is not None and not years & changed.documents
        documents = partial(_documents_in, graph, years)
        name = _file("dan-chieu", year)
        files["documents"].append(name)
        made_from = "" if kept else "".join(repr(_document(d)) + "\n" for d in documents())
        yield DataFile(DATA_DIR / name, _list_chunks(lambda d=documents: map(_document, d())), made_from, kept)
    # Each letter's own file, and the sidecar of a letter a clerk corrected (its page links the line).
    originals = _dump(sorted(path for source, corrected in graph.letters.own_files()
                             for path in ([source, source + SIDECAR_SUFFIX] if corrected else [source])))
    yield DataFile(ORIGINALS, lambda: iter([originals]), originals)
    files["originals"] = [ORIGINALS.name]
    index = _dump({kind: sorted(names) for kind, names in files.items()})
    yield DataFile(INDEX, lambda: iter([index]), index)
    for schema in sorted(SCHEMAS.glob("*.schema.json")):
        text = schema.read_text(encoding="utf-8")
        yield DataFile(DATA_DIR / "schema" / schema.name, lambda t=text: iter([t]), text)


def _by_name(years: Iterable[int | None]) -> dict[str, set[int | None]]:
    """The years by the name of their files ("2024"; "chua-ro-nam" when it is not known), in the names' order."""
    grouped = defaultdict(set)
    for year in years:
        grouped[str(year) if year else _UNKNOWN_YEAR].add(year)
    return dict(sorted(grouped.items()))


def _listed_in(graph: Graph, years: set[int | None]) -> list[Listed]:
    return list(graph.letters.listed_in(years))


def _documents_in(graph: Graph, years: set[int | None]) -> list[Document]:
    return sorted(graph.documents.of_years(years), key=lambda d: d.id)


def _file(kind: str, year: str) -> str:
    return f"{kind}/{year}.json"


def _letter(entry: Listed, graph: Graph, store: LetterStore) -> dict:
    """The letter's fields as `parse --json` prints them; its summary in the graph has not all of them."""
    fields = store.summary_of(entry.key, entry.source).letter.fields_json()
    fields["url"] = page_url(entry.page)
    fields["references"] = list(graph.references_of(entry.page))
    return fields


def _edges(entries: list[Listed], graph: Graph) -> Iterator[dict]:
    """The citations of `entries`, letter by letter, mention by mention."""
    for entry in entries:
        url = page_url(entry.page)
        for to, citation in zip(graph.targets_of(entry), graph.entry(entry).processed.citations, strict=True):
            for mention in citation.mentions:
                yield {"from": url, "to": to, "date_as_cited": mention.date, "in_footnote": mention.in_footnote,
                       "relation": mention.relation}


def _document(d: Document) -> dict:
    return {"id": d.id, "type": d.type, "number": d.number, "issuer": d.issuer,
            "issuer_as_written": list(d.issuer_texts), "year": d.year, "dates": list(d.dates),
            "dates_conflict": d.dates_conflict, "subject": d.subject, "archived": d.archived, "url": page_url(d.page)}


# The letters' main fields, a row each, for spreadsheets: the CSV export (UTF-8 with a byte-order mark,
# which spreadsheet programs need to read Vietnamese).
CSV_FIELDS = ("url", "number", "type", "date", "place", "issuer", "parent_issuer", "subject", "signing_authority",
              "signer_title", "signer", "source")


def _csv_chunks(entries: list[Listed], graph: Graph) -> Iterator[str]:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_FIELDS)
    yield "\ufeff" + out.getvalue()
    for entry in entries:
        out.seek(0)
        out.truncate()
        letter = graph.entry(entry).processed.letter
        writer.writerow([page_url(entry.page) if name == "url" else _cell(getattr(letter, name))
                         for name in CSV_FIELDS])
        yield out.getvalue()


def _cell(value: str | None) -> str:
    """A value a spreadsheet shows as written: one starting "=", "+" or "@" would be read as a formula
    (CSV injection), so it takes a leading apostrophe, which spreadsheets hide."""
    return f"'{value}" if value and value[0] in "=+@\t\r" else value or ""


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _list_chunks(items: Callable[[], Iterator]) -> Callable[[], Iterator[str]]:
    """A JSON list as `_dump` writes it, item by item, from the items `items()` gives when asked."""

    def chunks() -> Iterator[str]:
        empty = True
        for item in items():
            yield ("[\n" if empty else ",\n") + " " + _dump(item).rstrip("\n").replace("\n", "\n ")
            empty = False
        yield "[]\n" if empty else "\n]\n"

    return chunks

