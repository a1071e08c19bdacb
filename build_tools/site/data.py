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
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import cached_property, partial
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


def data_files(graph: Graph, store: LetterStore, entries: DataEntries,
               changed: ChangedYears | None = None) -> Iterator[DataFile]:
    """Every data file; those of the years `changed` leaves out are kept without reading their letters or
    documents (None: every file's inputs are worked out). A letter's part of its year's files is taken
    from `entries` when it was made from what it is made from now."""
    files = {"letters": [], "documents": [], "citations": [], "csv": []}
    for year, years in _by_name(graph.letters.years()).items():
        kept = changed is not None and not years & changed.letters
        letters = _Year(graph, store, entries, years)
        made_from = "" if kept else letters.made_from
        names = _file("van-ban", year), _file("trich-dan", year), f"van-ban/{year}.csv"
        for kind, name in zip(("letters", "citations", "csv"), names, strict=True):
            files[kind].append(name)
        yield DataFile(DATA_DIR / names[0], lambda y=letters: _json_list(e.letter for e in y.entries()), made_from,
                       kept)
        yield DataFile(DATA_DIR / names[1], lambda y=letters: _json_list(e.edges for e in y.entries() if e.edges),
                       made_from, kept)
        yield DataFile(DATA_DIR / names[2], lambda y=letters: _csv_chunks(e.row for e in y.entries()), made_from,
                       kept)
    for year, years in _by_name(graph.documents.years()).items():
        kept = changed is not None and not years & changed.documents
        documents = partial(_documents_in, graph, years)
        name = _file("dan-chieu", year)
        files["documents"].append(name)
        made_from = "" if kept else "".join(repr(_document(d)) + "\n" for d in documents())
        yield DataFile(DATA_DIR / name, lambda d=documents: _json_list(_item(_document(x)) for x in d()), made_from,
                       kept)
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


@dataclass(frozen=True)
class Entry:
    """A letter's part of its year's three files, as written there."""

    letter: str  # its item of van-ban/<year>.json
    edges: str  # its citations' items of trich-dan/<year>.json, "" when it cites nothing
    row: str  # its row of van-ban/<year>.csv


class DataEntries:
    """Each letter's `Entry`, kept between builds by its page with what it was made from (its page, its key,
    the document each citation points to): a year's files written again are then mostly a concatenation
    (reading 927 letters from the store and dumping them by the pure-Python indenting JSON encoder took
    1.5 s of a one-letter rebuild at 10,010 letters). The file is named by the code that writes the entries."""

    def __init__(self, path: Path):
        path.parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(path)
        # A cache: a row is used only when its made_from is the letter's now, so losing the last rows
        # to a crash costs their making again, never a wrong file.
        self._db.executescript("PRAGMA synchronous=OFF; CREATE TABLE IF NOT EXISTS entry (page TEXT PRIMARY KEY, "
                               "made_from TEXT, letter TEXT, edges TEXT, row TEXT) WITHOUT ROWID;")

    def get(self, page: PurePosixPath, made_from: str, make: Callable[[], Entry]) -> Entry:
        """The letter's entry, made (and kept) when the one kept was made from something else."""
        row = self._db.execute("SELECT made_from, letter, edges, row FROM entry WHERE page = ?",
                               (str(page),)).fetchone()
        if row and row[0] == made_from:
            return Entry(*row[1:])
        entry = make()
        self._db.execute("INSERT OR REPLACE INTO entry VALUES (?, ?, ?, ?, ?)",
                         (str(page), made_from, entry.letter, entry.edges, entry.row))
        return entry

    def close(self, graph: Graph) -> None:
        """Save what was made, and drop the entries of pages the graph no longer has."""
        self._db.execute("ATTACH ? AS graph", (f"file:{graph.path}?mode=ro",))
        self._db.execute("DELETE FROM entry WHERE page NOT IN (SELECT page FROM graph.letter)")
        self._db.commit()
        self._db.close()


class _Year:
    """The letters of one year's data files, read when first needed (a kept year's never are)."""

    def __init__(self, graph: Graph, store: LetterStore, entries: DataEntries, years: set[int | None]):
        self._graph, self._store, self._entries, self._years = graph, store, entries, years

    @cached_property
    def _letters(self) -> list[tuple[Listed, str]]:
        """Each letter of the year, in page order, with what its part of the files is made from."""
        return [(e, f"{e.page}\0{e.key}\0{','.join(self._graph.targets_of(e))}\n")
                for e in self._graph.letters.listed_in(self._years)]

    @property
    def made_from(self) -> str:
        return "".join(line for _, line in self._letters)

    def entries(self) -> Iterator[Entry]:
        for listed, line in self._letters:
            yield self._entries.get(listed.page, line, partial(_entry, listed, self._graph, self._store))


def _entry(listed: Listed, graph: Graph, store: LetterStore) -> Entry:
    edges = ",\n".join(map(_item, _edges(listed, graph)))
    return Entry(_item(_letter(listed, graph, store)), edges, _csv_row(listed, graph))


def _by_name(years: Iterable[int | None]) -> dict[str, set[int | None]]:
    """The years by the name of their files ("2024"; "chua-ro-nam" when it is not known), in the names' order."""
    grouped = defaultdict(set)
    for year in years:
        grouped[str(year) if year else _UNKNOWN_YEAR].add(year)
    return dict(sorted(grouped.items()))


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


def _edges(entry: Listed, graph: Graph) -> Iterator[dict]:
    """The letter's citations, mention by mention."""
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


def _csv_chunks(rows: Iterator[str]) -> Iterator[str]:
    yield "\ufeff" + _csv_line(CSV_FIELDS)
    yield from rows


def _csv_row(entry: Listed, graph: Graph) -> str:
    letter = graph.entry(entry).processed.letter
    return _csv_line([page_url(entry.page) if name == "url" else _cell(getattr(letter, name)) for name in CSV_FIELDS])


def _csv_line(cells: Iterable[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(cells)
    return out.getvalue()


def _cell(value: str | None) -> str:
    """A value a spreadsheet shows as written: one starting "=", "+" or "@" would be read as a formula
    (CSV injection), so it takes a leading apostrophe, which spreadsheets hide."""
    return f"'{value}" if value and value[0] in "=+@\t\r" else value or ""


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _item(value) -> str:
    """A value as an item of a JSON list `_dump` writes (indented one more step)."""
    return " " + _dump(value).rstrip("\n").replace("\n", "\n ")


def _json_list(items: Iterable[str]) -> Iterator[str]:
    """A JSON list as `_dump` writes it, chunk by chunk, from its items (`_item`)."""
    empty = True
    for item in items:
        yield ("[\n" if empty else ",\n") + item
        empty = False
    yield "[]\n" if empty else "\n]\n"
