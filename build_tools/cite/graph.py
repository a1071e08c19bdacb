"""The citation graph of the whole archive: which document each citation points to.

A document's identity is its issuer + number + year. A cited document that is a letter of the
archive points to that letter's page; any other gets a page of its own. Where the issuer cannot be
known, mentions that agree on number and date within one locality are one document. Two letters
that give one document different dates keep both dates: the conflict is shown, never settled.

The graph lives in SQLite in the build's cache (letter, citation and document tables): the graph
stage writes it from the letters' summaries as they stream in, and the pages stage reads it a page
at a time. Held as Python objects, a 1,000,000-letter graph took 8.9 GB.
"""

from __future__ import annotations

import json
import pickle
import shutil
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import closing
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import groupby
from pathlib import Path, PurePosixPath

from build_tools.addresses import bounded, cited_page_path, document_slug, letter_page_path
from build_tools.cite.resolve import locality_of
from build_tools.dates import fullest_dates
from build_tools.model import RELATIONS, ProcessedLetter
from build_tools.numbers import canonical_number
from build_tools.text import fold

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ArchivedLetter:
    processed: ProcessedLetter  # without its text (store.summary): the whole letter is in the store
    page: PurePosixPath
    key: str  # the letter's key in the letter store
    duplicate_of: PurePosixPath | None = None  # an earlier letter with the same issuer, number, year


@dataclass(frozen=True, slots=True)
class Listed:
    """A letter as the lists, feeds, report and data files name it: read from the letter table's columns,
    its summary left unread (unpickling every letter's was most of a rebuild's pages stage)."""

    row: int  # in the letter table: its summary, when needed (`Graph.entry`)
    page: PurePosixPath
    key: str
    source: str
    type: str | None
    number: str | None
    number_suffix: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    year: int | None
    corrected: bool  # a clerk's sidecar set some of its fields
    duplicate_of: PurePosixPath | None


@dataclass(frozen=True, slots=True)
class Reported:
    """What the build report says of a letter: read from its row, its summary left unread (unpickling the
    538 letters with warnings of 10,010 took 1 s of a rebuild)."""

    page: PurePosixPath
    source: str
    warnings: tuple[tuple[str, str | None], ...]  # each warning's message and its place in the original, if known
    notes: tuple[str, ...]  # how the file was read
    repairs: tuple[str, ...]  # what its reader repaired, as said (str of each `Repair`)


@dataclass(frozen=True, slots=True)
class CitingMention:
    """One letter's mention of a document, as the cited document's page lists it."""

    letter: PurePosixPath
    date: str | None  # the date as that letter gives it
    in_footnote: bool
    # Where its sentence is kept (store.Sentences): the letter's key, the citation's and the mention's
    # index in it.
    letter_key: str
    citation: int
    mention: int
    relation: str = "references"  # what that letter does with the document there (model.RELATIONS)

    @property
    def sentence_at(self) -> tuple[str, int, int]:
        return self.letter_key, self.citation, self.mention


@dataclass(frozen=True, slots=True)
class Neighbour:
    """A page one step from another, and the strongest relation between them."""

    page: PurePosixPath
    relation: str
    outgoing: bool  # the page it neighbours cites it (else it cites that page)


@dataclass(frozen=True, slots=True)
class Difference:
    """What differs between two graphs (`Graph.changed_since`)."""

    letters: frozenset[PurePosixPath]  # the pages of the letters added, removed, converted again or moved
    pages: frozenset[PurePosixPath]  # those and the pages of the documents that changed
    # The years of those letters and of the letters citing a document that changed (its id may have),
    # and the years of the documents that changed: the data files by year that may differ.
    letter_years: frozenset[int | None]
    document_years: frozenset[int | None]


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    type: str | None
    number: str
    issuer: str | None
    issuer_texts: tuple[str, ...]
    year: int | None
    dates: tuple[str, ...]  # every date the archive gives it, first the archived letter's own
    subject: str | None
    page: PurePosixPath  # the archived letter's page, or its own page under dan-chieu/
    archived: bool
    mentions: Sequence[CitingMention]  # read from the graph when first asked for

    @property
    def date(self) -> str | None:
        return self.dates[0] if self.dates else None

    @property
    def dates_conflict(self) -> bool:
        return len(self.dates) > 1


_SCHEMA = """
CREATE TABLE letter (id INTEGER PRIMARY KEY, source TEXT, key TEXT, page TEXT, duplicate_of TEXT,
    id_who TEXT, id_number TEXT, id_year TEXT, type TEXT, number TEXT, date TEXT, subject TEXT, summary BLOB,
    own_page TEXT, stamp TEXT, problems TEXT, issuer TEXT, year INTEGER, number_suffix TEXT, format TEXT,
    warnings INTEGER, notes INTEGER, corrected INTEGER, reported TEXT);
CREATE TABLE citation (letter INTEGER, idx INTEGER, id_who TEXT, id_number TEXT, id_year TEXT, type TEXT,
    number TEXT, year INTEGER, date TEXT, dates_disagree TEXT, issuer_text TEXT, issuer TEXT, subject TEXT,
    mentions TEXT, strength INTEGER, PRIMARY KEY (letter, idx)) WITHOUT ROWID;
CREATE TABLE document (ord INTEGER PRIMARY KEY, id TEXT, id_who TEXT, id_number TEXT, id_year TEXT, type TEXT,
    number TEXT, issuer TEXT, issuer_texts TEXT, year INTEGER, dates TEXT, subject TEXT, page TEXT, archived INTEGER,
    mentions INTEGER, base TEXT, given TEXT);
CREATE TABLE neighbour (page TEXT, rank INTEGER, other TEXT, outgoing INTEGER, PRIMARY KEY (page, rank, other))
    WITHOUT ROWID;
CREATE TABLE neighbours (page TEXT PRIMARY KEY, count INTEGER) WITHOUT ROWID;
"""
_LETTER_COLUMNS = ("source, key, id_who, id_number, id_year, type, number, date, subject, summary, own_page, stamp, "
                   "problems, issuer, year, number_suffix, format, warnings, notes, corrected, reported")
_LETTER_VALUES = ", ".join("?" * (2 + _LETTER_COLUMNS.count(",")))  # the page, then each column
# Made once the tables are full: faster than keeping them up to date row by row (a copy of the last graph has them).
_LETTER_INDEXES = """
CREATE INDEX IF NOT EXISTS letter_page ON letter (page);
CREATE INDEX IF NOT EXISTS letter_source ON letter (source);
CREATE INDEX IF NOT EXISTS letter_identity ON letter (id_who, id_number, id_year);
CREATE INDEX IF NOT EXISTS letter_newest ON letter (coalesce(date, '') = '', coalesce(date, '') DESC, page, source);
"""
_INDEXES = """
CREATE INDEX IF NOT EXISTS citation_identity ON citation (id_who, id_number, id_year);
CREATE UNIQUE INDEX IF NOT EXISTS document_identity ON document (id_who, id_number, id_year);
CREATE INDEX IF NOT EXISTS document_page ON document (page);
CREATE UNIQUE INDEX IF NOT EXISTS document_id ON document (id);
"""
# Each page's neighbours (one step away in the graph) in the order the neighbourhood picture draws them,
# the strongest relation first, then by page: a picture reads the first few of a neighbour's list,
# and sorting a central decree's 58,000 citing letters for each picture took a second at 1,000,000.
# `strength` is the relation's rank in RELATIONS, doubled, plus one when the edge comes in: of two edges
# as strong between the same pages, the picture keeps what the page cites.
# {letters} and {documents} narrow the edges to some letters' and documents' pages (" AND l.page IN near").
_EDGES = """
SELECT l.page AS page, d.page AS other, 2 * c.strength AS strength
FROM letter l JOIN citation c ON c.letter = l.id
JOIN document d ON (d.id_who, d.id_number, d.id_year) = (c.id_who, c.id_number, c.id_year)
WHERE d.page != l.page AND NOT EXISTS (SELECT 1 FROM letter o WHERE o.page = l.page AND o.source > l.source){letters}
UNION ALL
SELECT d.page, l.page, 2 * c.strength + 1
FROM document d JOIN citation c ON (c.id_who, c.id_number, c.id_year) = (d.id_who, d.id_number, d.id_year)
JOIN letter l ON l.id = c.letter
WHERE l.page != d.page AND c.mentions != '[]' AND NOT EXISTS (SELECT 1 FROM document o WHERE o.page = d.page
    AND o.ord > d.ord){documents}"""
# {near}: the pages whose lists are made (" WHERE page IN near"); the others' stand as the last graph had them.
_NEIGHBOURS = """
CREATE TEMP TABLE edge AS {edges};
DELETE FROM neighbour{near};
INSERT INTO neighbour SELECT page, min(strength) / 2, other, min(strength) % 2 = 0 FROM edge GROUP BY page, other;
DELETE FROM neighbours{near};
INSERT INTO neighbours SELECT page, count(*) FROM neighbour{near} GROUP BY page;
DROP TABLE edge;
"""
_ALL_NEIGHBOURS = _NEIGHBOURS.format(edges=_EDGES.format(letters="", documents=""), near="")


class GraphWriter:
    """The graph stage: `add` each letter's summary as it comes, then `finish` gives the graph.

    Written aside and renamed when whole: a build cut short never leaves half a graph to read.
    """

    def __init__(self, path: Path):
        self.path = path
        self._partial = path.with_name(path.name + ".partial")
        self._added = path.with_name(path.name + ".added")  # the letters added, while the last graph is copied
        path.parent.mkdir(parents=True, exist_ok=True)
        self._partial.unlink(missing_ok=True)
        self._added.unlink(missing_ok=True)
        self._db = self._connect()
        self._db.executescript(_SCHEMA)
        self._last: Path | None = None  # the last build's graph, when letters were carried over from it

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self._partial)
        # A cache file written whole before it is used: no journal, no waiting for the disk.
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA cache_size=-131072;"
                         "PRAGMA temp_store=FILE;")
        return db

    def add(self, key: str, processed: ProcessedLetter, stamp: str = "") -> None:
        """Add a letter; `stamp` (its file's size and time, see `stamps`) lets the next build carry it over."""
        letter = processed.letter
        own = _identity(letter.issuer, letter.number, letter.year, "") if letter.number else (None, None, None)
        page = str(letter_page_path(letter))
        row = self._db.execute(
            f"INSERT INTO letter (page, {_LETTER_COLUMNS}) VALUES ({_LETTER_VALUES})",
            (page, letter.source, key, *own, letter.type, letter.number, letter.date, letter.subject,
             pickle.dumps(processed, protocol=pickle.HIGHEST_PROTOCOL), page, stamp,
             json.dumps(processed.problems, ensure_ascii=False) if processed.problems else None,
             letter.issuer, letter.year, letter.number_suffix, processed.format, len(letter.warnings),
             len(processed.notes) + len(processed.repairs), bool(letter.corrected), _reported(processed)))
        scope = _scope(processed)
        self._db.executemany("INSERT INTO citation VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            (row.lastrowid, index,
             *_identity(c.issuer, c.number, c.year, "" if c.issuer else scope), c.type, c.number, c.year, c.date,
             json.dumps(c.dates_disagree), c.issuer_text, c.issuer, c.subject,
             json.dumps([(m.date, m.in_footnote, m.relation) for m in c.mentions]), RELATIONS.index(c.relation))
            for index, c in enumerate(processed.citations)])

    def carry(self, last: Path, sources: list[str]) -> list[tuple[str, str, tuple[str, ...]]]:
        """Take from the graph at `last` (the last build's) the letters of the files at `sources`, unchanged
        since (`stamps`), without reading their summaries back from the store; gives each one's file name,
        key and the problems of its sidecar, as `add` was given them. The graph goes on as a copy of that
        file, its other letters removed and the letters added so far moved in (copying the carried letters'
        rows into a new file took 0.54 s at 10,010 letters); its documents and neighbours are made again
        in `finish`, as far as the letters that differ reach."""
        if not sources:
            return []
        self._last = last  # written by this code, as the carried letters' stamps say: `finish` reads it too
        self._db.commit()
        self._db.close()
        self._partial.replace(self._added)
        shutil.copyfile(last, self._partial)
        self._db = self._connect()
        self._db.execute("ATTACH ? AS added", (str(self._added),))
        self._db.execute("CREATE TEMP TABLE carried (source TEXT PRIMARY KEY) WITHOUT ROWID")
        self._db.executemany("INSERT INTO carried VALUES (?)", ((source,) for source in sources))
        self._db.executescript(_CARRIED)
        carried = [(source, key, tuple(json.loads(problems or "[]"))) for source, key, problems in self._db.execute(
            "SELECT source, key, problems FROM letter WHERE source IN carried")]
        self._db.commit()
        self._db.execute("DETACH added")
        self._db.execute("DROP TABLE carried")
        self._added.unlink()
        return carried

    def finish(self) -> Graph:
        self._place_letters()
        self._db.executescript(_LETTER_INDEXES)
        self._documents()
        self._db.executescript(_INDEXES)
        self._neighbours()
        self._db.commit()
        self._db.close()
        self._partial.replace(self.path)
        return Graph(self.path)

    def _place_letters(self) -> None:
        """Give every letter its page; a second letter on the same page is told apart by its file name."""
        taken: set[str] = set()
        moved = []
        for row_id, source, page in self._db.execute("SELECT id, source, page FROM letter ORDER BY source"):
            if page in taken:
                stem = PurePosixPath(page).stem
                name = f"{stem}--{document_slug(None, PurePosixPath(source).name).removeprefix('khong-ro-co-quan-')}"
                moved.append((str(PurePosixPath(page).with_name(f"{bounded(name)}.md")), page, row_id))
                taken.add(moved[-1][0])
            else:
                taken.add(page)
        self._db.executemany("UPDATE letter SET page = ?, duplicate_of = ? WHERE id = ?", moved)

    def _documents(self) -> None:
        """One document per identity cited, in the identities' order; its citations in their letters' page
        order. When letters were carried over from the last graph, only the identities that a letter added,
        removed or changed (or moved to another page) cites or is, in either graph, are made again from their
        citations; the others' rows are copied (making every document again took 1.6 s at 10,010 letters)."""
        self._db.executescript(_MADE)
        citations = "citation c"
        if self._last:
            self._db.execute("ATTACH ? AS last", (str(self._last),))
            self._db.executescript(_REMADE)
            self._db.execute(f"INSERT INTO made SELECT {_MADE_COLUMNS} FROM last.document d WHERE NOT EXISTS "
                             "(SELECT 1 FROM remade r WHERE (r.id_who, r.id_number, r.id_year) = "
                             "(d.id_who, d.id_number, d.id_year))")
            citations = "remade r JOIN citation c USING (id_who, id_number, id_year)"
        rows = self._db.execute(
            "SELECT c.id_who, c.id_number, c.id_year, c.type, c.number, c.year, c.date, c.dates_disagree, "
            f"c.issuer_text, c.issuer, c.subject, l.page, c.mentions, json_array_length(c.mentions) FROM {citations} "
            "JOIN letter l ON l.id = c.letter ORDER BY c.id_who, c.id_number, c.id_year, l.page, l.source, c.idx")
        documents = []
        for key, group in groupby(rows, key=lambda row: row[:3]):
            archived = self._db.execute(
                "SELECT page, type, number, date, subject FROM letter WHERE (id_who, id_number, id_year) = (?, ?, ?)"
                " AND duplicate_of IS NULL ORDER BY page DESC, source DESC LIMIT 1", key).fetchone()
            uses = list(group)
            cited = [_Cited(*row[3:-3]) for row in uses]
            mentioned = [row[-3:-1] for row in uses]
            documents.append(_document(key, cited, archived, mentioned, sum(row[-1] for row in uses)))
            if len(documents) >= 10_000:
                self._save(documents)
        self._save(documents)
        self._db.execute("DELETE FROM document")  # a copy of the last graph's: its documents are all in `made`
        self._db.execute(f"INSERT INTO document ({_MADE_COLUMNS}) SELECT {_MADE_COLUMNS} FROM made "
                         "ORDER BY id_who, id_number, id_year")
        self._db.executescript("DROP TABLE made; DROP TABLE IF EXISTS remade;")
        if self._last:
            self._db.commit()
            self._db.execute("DETACH last")
        self._name_documents()

    def _neighbours(self) -> None:
        """Each page's neighbour list (`_NEIGHBOURS`). When letters were carried over from the last graph, only
        the lists of the pages near a letter or document that differs from it are made again, the others
        copied (making every list took 0.46 s at 10,010 letters)."""
        if not self._last:
            self._db.executescript(_ALL_NEIGHBOURS)
            return
        self._db.execute("ATTACH ? AS last", (str(self._last),))
        self._db.executescript(_NEAR_NEIGHBOURS)
        self._db.commit()
        self._db.execute("DETACH last")

    def _save(self, documents: list[tuple]) -> None:
        values = ', '.join('?' * (1 + _MADE_COLUMNS.count(',')))
        self._db.executemany(f"INSERT INTO made ({_MADE_COLUMNS}) VALUES ({values})", documents)
        documents.clear()

    def _name_documents(self) -> None:
        """Each document's id, unique in the identities' order (a second "ubnd-tinh-x-12-2024" is "…-2"), and
        the page a document outside the archive has by it: a copied document keeps its id unless a document
        made again before it now takes it."""
        used: set[str] = set()
        renamed = []
        for ord_, base, doc_id, year, archived in self._db.execute(
                "SELECT ord, base, id, year, archived FROM document ORDER BY ord").fetchall():
            unique = _unique_id(base, used)
            if unique != doc_id:
                page = None if archived else str(cited_page_path(unique, year))
                renamed.append((unique, page, ord_))
        self._db.executemany("UPDATE document SET id = ?, page = coalesce(?, page) WHERE ord = ?", renamed)


# In a copy of the last graph (`GraphWriter.carry`): the letters not carried removed, the letters added (in
# `added`) moved in after the others, each letter on its own page again until `_place_letters`.
_CARRIED = f"""
DELETE FROM citation WHERE letter IN (SELECT id FROM letter WHERE source NOT IN carried);
DELETE FROM letter WHERE source NOT IN carried;
UPDATE letter SET page = own_page, duplicate_of = NULL WHERE page != own_page OR duplicate_of IS NOT NULL;
INSERT INTO letter (page, {_LETTER_COLUMNS}) SELECT page, {_LETTER_COLUMNS} FROM added.letter ORDER BY id;
INSERT INTO citation SELECT n.id, c.idx, c.id_who, c.id_number, c.id_year, c.type, c.number, c.year, c.date,
    c.dates_disagree, c.issuer_text, c.issuer, c.subject, c.mentions, c.strength
    FROM added.letter a JOIN letter n USING (source) JOIN added.citation c ON c.letter = a.id;
"""
# A document's columns but its place (ord): made from its citations, or copied from the last graph.
_MADE_COLUMNS = ("id, id_who, id_number, id_year, type, number, issuer, issuer_texts, year, dates, subject, page, "
                 "archived, mentions, base, given")
_MADE = f"CREATE TEMP TABLE made AS SELECT {_MADE_COLUMNS} FROM document WHERE 0;"


def _differing(name: str, rows: str, one: str, other: str) -> str:
    """A temporary table `name` of the rows (a query on `{0}`'s tables) that differ between the databases
    `one` and `other`, each once."""
    return (f"CREATE TEMP TABLE {name} AS SELECT * FROM ({rows.format(one)} EXCEPT {rows.format(other)}) "
            f"UNION ALL SELECT * FROM ({rows.format(other)} EXCEPT {rows.format(one)});")


# The identities to make again: those the letters that differ from the last graph's cite or are, in either.
_REMADE = _differing("changed", "SELECT source, key, page, duplicate_of, id_who, id_number, id_year FROM {0}.letter",
                     "main", "last") + """
CREATE TEMP TABLE remade (id_who TEXT, id_number TEXT, id_year TEXT, PRIMARY KEY (id_who, id_number, id_year))
    WITHOUT ROWID;
INSERT OR IGNORE INTO remade SELECT id_who, id_number, id_year FROM changed WHERE id_who IS NOT NULL;
""" + "".join(f"""INSERT OR IGNORE INTO remade SELECT c.id_who, c.id_number, c.id_year FROM changed x
    CROSS JOIN {graph}.letter l USING (source, key) JOIN {graph}.citation c ON c.letter = l.id;
""" for graph in ("main", "last")) + "DROP TABLE changed;"

# The pages whose lists may differ from the last graph's (`near`): those of the letters and documents that
# differ from it (added, removed, converted again, at another page), and every page an edge joins to one
# of them, in either graph. An edge changes only with its letter or its document's page.
_NEAR_CHANGED = (_differing("moved_letter", "SELECT source, key, page FROM {0}.letter", "main", "last")
                 + _differing("moved_document", "SELECT id_who, id_number, id_year, page FROM {0}.document", "main",
                              "last") + """
CREATE TEMP TABLE seed (page TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO seed SELECT page FROM moved_letter WHERE page IS NOT NULL
    UNION ALL SELECT page FROM moved_document WHERE page IS NOT NULL;
CREATE TEMP TABLE near (page TEXT PRIMARY KEY) WITHOUT ROWID;
INSERT OR IGNORE INTO near SELECT page FROM seed;
INSERT OR IGNORE INTO near SELECT other FROM last.neighbour WHERE page IN seed;
INSERT OR IGNORE INTO near SELECT page FROM last.neighbour WHERE other IN seed;
""" + "".join(f"INSERT OR IGNORE INTO near SELECT {end} FROM ({_EDGES.format(letters=letters, documents=documents)});\n"
              for end in ("page", "other") for letters, documents in ((" AND l.page IN seed", " AND d.page IN seed"),
                                                                       (" AND d.page IN seed", " AND l.page IN seed")))
    + "DROP TABLE moved_letter; DROP TABLE moved_document; DROP TABLE seed;\n")
_NEAR_NEIGHBOURS = _NEAR_CHANGED + _NEIGHBOURS.format(
    edges=_EDGES.format(letters=" AND l.page IN near", documents=" AND d.page IN near"), near=" WHERE page IN near",
) + "DROP TABLE near;"


@dataclass(frozen=True, slots=True)
class _Cited:
    """A citation as its document is made from it."""

    type: str | None
    number: str
    year: int | None
    date: str | None
    dates_disagree: str  # JSON
    issuer_text: str | None
    issuer: str | None
    subject: str | None


def build_graph(letters: Iterable[tuple[str, ProcessedLetter]], path: Path) -> Graph:
    """The graph of the letters, each given with its key in the letter store, written at `path`."""
    writer = GraphWriter(path)
    for key, processed in letters:
        writer.add(key, processed)
    return writer.finish()


def stamps(path: Path) -> dict[str, str]:
    """The stamp each letter of the graph at `path` was added with, by its file's name (as pages show
    it): none when there is no graph, or one written by other code."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
            return dict(db.execute("SELECT source, stamp FROM letter WHERE stamp != ''"))
    except sqlite3.Error:
        return {}


def _reported(processed: ProcessedLetter) -> str | None:
    """The letter's `Reported` parts as JSON; None when the report has nothing to say of it."""
    said = [[(w.message, None if w.origin is None else str(w.origin)) for w in processed.letter.warnings],
            processed.notes, [str(repair) for repair in processed.repairs]]
    return json.dumps(said, ensure_ascii=False) if any(said) else None


def _identity(issuer: str | None, number: str, year: int | None, scope: str) -> Key:
    """issuer + number + year; an unknown issuer is scoped to the citing letter's locality. The number without its
    hyphens: a copy that lost them ("1052/KBQTKSC", its codes no table knows) cites the letter numbered
    "1052/KBQT-KSC"."""
    who = fold(issuer) if issuer else f"?{scope}"
    return (who, canonical_number(number).replace("-", ""), str(year or ""))


def _scope(processed: ProcessedLetter) -> str:
    letter = processed.letter
    locality = locality_of(letter.issuer)
    return fold(locality.province or letter.issuer or letter.source)


def _document(key: Key, citations: list[_Cited], archived: tuple | None, mentioned: list[tuple[str, str]],
              mentions: int) -> tuple:
    """The document table's row of the identity `key` (`_MADE_COLUMNS`), cited by `citations` (`mentions`
    mentions in all; `mentioned`: each citation's letter page and mentions, as JSON), perhaps a letter of the
    archive (`archived`: its page, type, number, date and subject); its id, and its page outside the archive,
    are given once every document is made (`_name_documents`)."""
    first = citations[0]
    dates = [d for c in citations for d in (c.date, *json.loads(c.dates_disagree)) if d]
    page, type_, number, date, subject = archived or (None,) * 5
    if date:
        dates.insert(0, date)
    return (None, *key,
            type_ if archived else _most_specific_type(citations),
            number if archived else first.number,
            first.issuer,
            json.dumps(list(dict.fromkeys(c.issuer_text for c in citations if c.issuer_text)), ensure_ascii=False),
            first.year,
            json.dumps(fullest_dates(dates)),
            subject or next((c.subject for c in citations if c.subject), None),
            page,
            archived is not None,
            mentions,
            document_slug(first.issuer, first.number) + (f"-{key[2]}" if key[2] else ""),
            _given(mentioned) if len(set(dates)) > 1 else None)


def _given(mentioned: list[tuple[str, str]]) -> str:
    """For the report, of a document given two dates or more: each citing letter's page and a date it gives
    the document, each pair once, in the order of the mentions (JSON). Kept in its row, made again only with
    its citations: a query over every conflicting document's mentions took 1.9 s (profiled) of each rebuild."""
    given = dict.fromkeys((page, date) for page, mentions in mentioned
                          for date, *_ in json.loads(mentions) if date)
    return json.dumps(list(given), ensure_ascii=False)


def _most_specific_type(citations: list[_Cited]) -> str | None:
    return next((c.type for c in citations if c.type not in ("Văn bản", "Công văn")), citations[0].type)


def _unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


# --- reading ---------------------------------------------------------------------------------------

# Kept once read: a page's neighbourhood reads each letter and document several times, and a central
# decree is cited by thousands of letters. Bounded, so that memory does not grow with the archive:
# letters and documents by their number, mentions by their sum (≈ 0.5 KB each once read).
_CACHED, _CACHED_MENTIONS = 16384, 400_000
_DOCUMENT = ("SELECT id, type, number, issuer, issuer_texts, year, dates, subject, page, archived, mentions, "
             "id_who, id_number, id_year FROM document")


# The rows that differ between this graph (main) and the last build's (old), each kept once.
_CHANGED_LETTER = "SELECT source, key, page, duplicate_of, year FROM {0}.letter"
_CHANGED_DOCUMENT = ("SELECT id, id_who, id_number, id_year, type, number, issuer, issuer_texts, year, dates, subject, "
                     "page, archived FROM {0}.document")
_DIFFERENCE = (_differing("changed_letter", _CHANGED_LETTER, "main", "old")
               + _differing("changed_document", _CHANGED_DOCUMENT, "main", "old"))
# In either graph ({0}): the documents a changed letter cites, the years of the letters citing a changed document.
_CITED_BY_CHANGED = ("SELECT d.page FROM changed_letter x CROSS JOIN {0}.letter l USING (source, key) "
                     "JOIN {0}.citation c ON c.letter = l.id JOIN {0}.document d "
                     "ON (d.id_who, d.id_number, d.id_year) = (c.id_who, c.id_number, c.id_year)")
_CITING_CHANGED = ("SELECT DISTINCT l.year FROM changed_document x JOIN {0}.citation c "
                   "ON (c.id_who, c.id_number, c.id_year) = (x.id_who, x.id_number, x.id_year) "
                   "JOIN {0}.letter l ON l.id = c.letter")


class Graph:
    """The graph as the pages stage reads it: a letter or a document at a time, from the SQLite file."""

    def __init__(self, path: Path):
        self.path = path
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        self._letter = lru_cache(_CACHED)(self._letter_by_id)
        self._letter_id_at = lru_cache(_CACHED)(self._letter_id)
        self._by_id = lru_cache(_CACHED)(self._document_by_id)
        self._id_at = lru_cache(_CACHED)(self._document_id_at)
        self._targets = lru_cache(_CACHED)(self._targets_of_page)
        self.mentions_of = _MentionsCache(self._mentions_of, _CACHED_MENTIONS)

    @cached_property
    def letters(self) -> _Letters:
        """Every letter, in order of their pages."""
        return _Letters(self)

    @cached_property
    def documents(self) -> _Documents:
        return _Documents(self)

    def letter_at(self, page: PurePosixPath) -> ArchivedLetter:
        row_id = self._letter_id_at(page)
        if row_id is None:
            raise KeyError(page)
        return self._letter(row_id)

    def entry(self, listed: Listed) -> ArchivedLetter:
        """The letter `listed` names, with its summary."""
        return self._letter(listed.row)

    def is_letter(self, page: PurePosixPath) -> bool:
        return self._letter_id_at(page) is not None

    def _letter_id(self, page: PurePosixPath) -> int | None:
        """The letter at `page`; of two on one page (file names told apart too alike), the later file's."""
        row = self._db.execute("SELECT id FROM letter WHERE page = ? ORDER BY source DESC LIMIT 1",
                               (str(page),)).fetchone()
        return row and row[0]

    def _letter_by_id(self, row_id: int) -> ArchivedLetter:
        summary, page, key, duplicate_of = self._db.execute(
            "SELECT summary, page, key, duplicate_of FROM letter WHERE id = ?", (row_id,)).fetchone()
        return ArchivedLetter(pickle.loads(summary), PurePosixPath(page), key,
                              PurePosixPath(duplicate_of) if duplicate_of else None)

    def document_of(self, page: PurePosixPath) -> Document | None:
        """The document an archived letter is, when some letter cites it."""
        doc_id = self._id_at(page, True)
        return self._by_id(doc_id) if doc_id else None

    def document_at(self, page: PurePosixPath) -> Document | None:
        """The document whose page this is (a cited one's, or a cited letter's), if any letter cites it."""
        doc_id = self._id_at(page, False)
        return self._by_id(doc_id) if doc_id else None

    def targets_of(self, entry: ArchivedLetter | Listed) -> list[str]:
        """The document each of the letter's citations points to, in the letter's order."""
        return list(self._targets(entry.page))

    def references_of(self, page: PurePosixPath) -> tuple[str, ...]:
        """The documents a letter cites, each once, in the order it first cites them."""
        return tuple(dict.fromkeys(self._targets(page)))

    def cited_by_of(self, page: PurePosixPath) -> tuple[PurePosixPath, ...]:
        """The letters citing the archived letter at `page`, in order of their pages."""
        own = self.document_of(page)
        if own is None:
            return ()
        return tuple(PurePosixPath(citing) for (citing,) in self._db.execute(
            "SELECT DISTINCT l.page FROM citation c JOIN letter l ON l.id = c.letter "
            "WHERE (c.id_who, c.id_number, c.id_year) = (?, ?, ?) ORDER BY l.page", own.mentions.identity))

    def dates_given(self, document: Document) -> list[tuple[PurePosixPath, str]]:
        """Of a document given two dates or more (`Document.dates_conflict`): each citing letter's page and a
        date it gives the document, each pair once, in the order of the mentions (the report's dates that
        disagree); kept in its row by the graph stage (`_given`)."""
        (given,) = self._db.execute("SELECT given FROM document WHERE (id_who, id_number, id_year) = (?, ?, ?)",
                                    document.mentions.identity).fetchone()
        return [(PurePosixPath(page), date) for page, date in json.loads(given or "[]")]

    def neighbours_of(self, page: PurePosixPath, limit: int = -1) -> list[Neighbour]:
        """The pages one step from `page` (what it cites, what cites it), the strongest relation first,
        then by page; the first `limit` of them (-1: all)."""
        return [Neighbour(PurePosixPath(other), RELATIONS[rank], bool(outgoing)) for other, rank, outgoing in
                self._db.execute("SELECT other, rank, outgoing FROM neighbour WHERE page = ? ORDER BY rank, other "
                                 "LIMIT ?", (str(page), limit))]

    def neighbour_count(self, page: PurePosixPath) -> int:
        row = self._db.execute("SELECT count FROM neighbours WHERE page = ?", (str(page),)).fetchone()
        return row[0] if row else 0

    def changed_since(self, old: Graph) -> Difference:
        """What differs from `old` (the last build's graph): the letters added, removed, converted again or
        moved; the pages of those and of the documents whose fields or page changed, or cited by such a
        letter (their mentions changed); the years whose data files they are in. Taken in SQL, the old
        graph attached: comparing both graphs' rows in Python took 0.7 s at 10,000 letters."""
        db = self._db
        db.execute("ATTACH ? AS old", (f"file:{old.path}?mode=ro",))
        try:
            db.executescript(_DIFFERENCE)
            letters = db.execute("SELECT page FROM changed_letter").fetchall()
            pages = {page for both in ("main", "old") for (page,) in db.execute(_CITED_BY_CHANGED.format(both))}
            pages.update(page for (page,) in db.execute("SELECT page FROM changed_letter UNION "
                                                        "SELECT page FROM changed_document"))
            letter_years = {year for both in ("main", "old") for (year,) in db.execute(_CITING_CHANGED.format(both))}
            letter_years.update(year for (year,) in db.execute("SELECT year FROM changed_letter"))
            document_years = {year for (year,) in db.execute("SELECT year FROM changed_document")}
        finally:
            db.executescript("DROP TABLE IF EXISTS changed_letter; DROP TABLE IF EXISTS changed_document;")
            db.execute("DETACH old")
        return Difference(frozenset(PurePosixPath(page) for (page,) in letters),
                          frozenset(PurePosixPath(page) for page in pages), frozenset(letter_years),
                          frozenset(document_years))

    def _targets_of_page(self, page: PurePosixPath) -> tuple[str, ...]:
        return tuple(doc_id for (doc_id,) in self._db.execute(
            "SELECT d.id FROM letter l JOIN citation c ON c.letter = l.id JOIN document d "
            "ON (d.id_who, d.id_number, d.id_year) = (c.id_who, c.id_number, c.id_year) "
            "WHERE l.id = ? ORDER BY c.idx", (self._letter_id_at(page),)))

    def _document_id_at(self, page: PurePosixPath, archived: bool) -> str | None:
        row = self._db.execute(f"SELECT id FROM document WHERE page = ? {'AND archived' if archived else ''} "
                               "ORDER BY ord DESC LIMIT 1", (str(page),)).fetchone()
        return row and row[0]

    def _document_by_id(self, doc_id: str) -> Document | None:
        row = self._db.execute(f"{_DOCUMENT} WHERE id = ?", (doc_id,)).fetchone()
        return self._made(row) if row else None

    def _made(self, row: tuple) -> Document:
        doc_id, type_, number, issuer, texts, year, dates, subject, page, archived, mentions, *key = row
        return Document(doc_id, type_, number, issuer, tuple(json.loads(texts)), year, tuple(json.loads(dates)),
                        subject, PurePosixPath(page), bool(archived), _Mentions(self, tuple(key), mentions))

    def _mentions_of(self, identity: Key) -> tuple[CitingMention, ...]:
        """A document's mentions, in its citing letters' page order."""
        rows = self._db.execute(
            "SELECT l.page, l.key, c.idx, c.mentions FROM citation c JOIN letter l ON l.id = c.letter "
            "WHERE (c.id_who, c.id_number, c.id_year) = (?, ?, ?) ORDER BY l.page, l.source, c.idx", identity)
        return tuple(CitingMention(PurePosixPath(page), date, bool(in_footnote), key, index, position, relation)
                     for page, key, index, mentions in rows
                     for position, (date, in_footnote, relation) in enumerate(json.loads(mentions)))


_LISTED = ("SELECT id, page, key, source, type, number, number_suffix, date, issuer, subject, year, corrected, "
           "duplicate_of FROM letter")

_NEWEST = "coalesce(date, '') = '', coalesce(date, '') DESC, page, source"  # the order of the index letter_newest


def _listed(row: tuple) -> Listed:
    row_id, page, *fields, corrected, duplicate = row
    duplicate_of = PurePosixPath(duplicate) if duplicate else None
    return Listed(row_id, PurePosixPath(page), *fields, bool(corrected), duplicate_of)


def _of_years(years: Iterable[int | None]) -> tuple[str, tuple]:
    """The condition on a table's year column that keeps the rows of `years` (None: no known year), and its values."""
    years = set(years)
    known = tuple(year for year in years if year is not None)
    return f"year IN ({', '.join('?' * len(known))}) OR (? AND year IS NULL)", (*known, None in years)


def _json_list(pages: Iterable[PurePosixPath]) -> str:
    """Pages as one JSON parameter (`json_each`): a rebuild's pages may be more than SQL's parameters."""
    return json.dumps([str(page) for page in pages], ensure_ascii=False)


class _Letters:
    """The graph's letters in order of their pages, read as they are iterated."""

    def __init__(self, graph: Graph):
        self._graph = graph

    def __len__(self) -> int:
        return self._graph._db.execute("SELECT count(*) FROM letter").fetchone()[0]

    def __iter__(self) -> Iterator[ArchivedLetter]:
        ids = self._graph._db.execute("SELECT id FROM letter ORDER BY page, source")
        return (self._graph._letter(row_id) for (row_id,) in ids)

    def listed(self) -> Iterator[Listed]:
        """Each letter as lists name it, in the same order."""
        return map(_listed, self._graph._db.execute(f"{_LISTED} ORDER BY page, source"))

    def newest(self) -> Iterator[Listed]:
        """Each letter as lists name it, by date, newest first; undated letters last; ties by page. Sorted
        by an index (`letter_newest`): sorting 10,010 letters in Python, twice, took 0.5 s of a rebuild."""
        return map(_listed, self._graph._db.execute(f"{_LISTED} ORDER BY {_NEWEST}"))

    def listed_in(self, years: Iterable[int | None]) -> Iterator[Listed]:
        """The letters of `years` (None: of no known year), as lists name them, in order of their pages."""
        condition, values = _of_years(years)
        return map(_listed, self._graph._db.execute(f"{_LISTED} WHERE {condition} ORDER BY page, source", values))

    def years(self) -> set[int | None]:
        return {year for (year,) in self._graph._db.execute("SELECT DISTINCT year FROM letter")}

    def own_files(self) -> Iterator[tuple[str, bool]]:
        """Each letter's file name (as pages show it), and whether a clerk's sidecar corrected it."""
        return ((source, bool(corrected)) for source, corrected in self._graph._db.execute(
            "SELECT source, corrected FROM letter"))

    def listed_at(self, pages: Iterable[PurePosixPath]) -> Iterator[Listed]:
        """The letters at `pages`, as lists name them."""
        for page in pages:
            yield from map(_listed, self._graph._db.execute(f"{_LISTED} WHERE page = ?", (str(page),)))

    def duplicates(self) -> Iterator[Listed]:
        """The letters with the issuer, number and year of an earlier one, as lists name them, in the same order."""
        return map(_listed, self._graph._db.execute(f"{_LISTED} WHERE duplicate_of IS NOT NULL ORDER BY page, source"))

    def with_warnings(self) -> Iterator[Reported]:
        """The letters the parser warns about, in the same order."""
        return self._where("warnings > 0")

    def with_notes(self) -> Iterator[Reported]:
        """The letters with notes or repairs of their reading, in the same order."""
        return self._where("notes > 0")

    def _where(self, condition: str) -> Iterator[Reported]:
        for page, source, reported in self._graph._db.execute(
                f"SELECT page, source, reported FROM letter WHERE {condition} ORDER BY page, source"):
            warnings, notes, repairs = json.loads(reported)
            yield Reported(PurePosixPath(page), source, tuple(map(tuple, warnings)), tuple(notes), tuple(repairs))

    def formats(self) -> dict[str, int]:
        """How many letters each reader read ("text", "docx", "pdf", "ocr")."""
        return dict(self._graph._db.execute("SELECT format, count(*) FROM letter GROUP BY format"))

    def pages(self) -> Iterator[tuple[PurePosixPath, str]]:
        """Each letter's page and key in the store, in the same order, without reading its summary."""
        return ((PurePosixPath(page), key) for page, key in self.pages_written())

    def pages_written(self) -> Iterator[tuple[str, str]]:
        """The same, each page as written (a path's str): no path made where a string serves."""
        return self._graph._db.execute("SELECT page, key FROM letter ORDER BY page, source")

    def pages_at(self, pages: Iterable[PurePosixPath]) -> Iterator[tuple[PurePosixPath, str]]:
        """The letters' pages and keys among `pages`, in the same order as `pages()`."""
        return ((PurePosixPath(page), key) for page, key in self._graph._db.execute(
            "SELECT page, key FROM letter WHERE page IN (SELECT value FROM json_each(?)) ORDER BY page, source",
            (_json_list(pages),)))


class _Documents(Mapping[str, Document]):
    """Every cited document by its id, in the order of their identities."""

    def __init__(self, graph: Graph):
        self._graph = graph

    def __getitem__(self, doc_id: str) -> Document:
        found = self._graph._by_id(doc_id)
        if found is None:
            raise KeyError(doc_id)
        return found

    def __len__(self) -> int:
        return self._graph._db.execute("SELECT count(*) FROM document").fetchone()[0]

    def __iter__(self) -> Iterator[str]:
        return (doc_id for (doc_id,) in self._graph._db.execute("SELECT id FROM document ORDER BY ord"))

    def values(self) -> Iterator[Document]:  # type: ignore[override]  # read in one query, not by id
        return map(self._graph._made, self._graph._db.execute(f"{_DOCUMENT} ORDER BY ord"))

    def years(self) -> set[int | None]:
        return {year for (year,) in self._graph._db.execute("SELECT DISTINCT year FROM document")}

    def of_years(self, years: Iterable[int | None]) -> Iterator[Document]:
        """The documents of `years` (None: of no known year), in the same order."""
        condition, values = _of_years(years)
        return map(self._graph._made, self._graph._db.execute(f"{_DOCUMENT} WHERE {condition} ORDER BY ord", values))

    def with_conflicting_dates(self) -> Iterator[Document]:
        """The documents the archive gives two dates or more, in the same order."""
        return map(self._graph._made,
                   self._graph._db.execute(f"{_DOCUMENT} WHERE json_array_length(dates) > 1 ORDER BY ord"))

    def not_archived(self) -> Iterator[Document]:
        """The documents the archive does not hold, in the same order."""
        return map(self._graph._made, self._graph._db.execute(f"{_DOCUMENT} WHERE NOT archived ORDER BY ord"))

    def outside(self) -> Iterator[tuple[str, PurePosixPath, int]]:
        """The documents the archive does not hold, in the same order: each one's id, page and mention count."""
        return ((doc_id, PurePosixPath(page), mentions) for doc_id, page, mentions in self._graph._db.execute(
            "SELECT id, page, mentions FROM document WHERE NOT archived ORDER BY ord"))

    def outside_at(self, pages: Iterable[PurePosixPath]) -> Iterator[tuple[str, PurePosixPath, int]]:
        """The same, of the documents whose (first) page is among `pages`."""
        return ((doc_id, PurePosixPath(page), mentions) for doc_id, page, mentions in self._graph._db.execute(
            "SELECT id, page, mentions FROM document WHERE NOT archived AND page IN (SELECT value FROM json_each(?)) "
            "ORDER BY ord", (_json_list(pages),)))

    def mention_counts(self) -> Iterator[int]:
        """Each document the archive does not hold: its mention count, which says how many pages it has."""
        return (mentions for (mentions,) in self._graph._db.execute("SELECT mentions FROM document WHERE NOT archived"))

    def archived_count(self) -> int:
        """How many are letters of the archive."""
        return self._graph._db.execute("SELECT count(*) FROM document WHERE archived").fetchone()[0]


class _MentionsCache:
    """Documents' mentions once read, the least recently used dropped once more than `limit` mentions
    are held in all: most documents are cited a few times, a central decree by tens of thousands."""

    def __init__(self, read: Callable[[Key], tuple[CitingMention, ...]], limit: int):
        self._read, self._limit = read, limit
        self._held: OrderedDict[Key, tuple[CitingMention, ...]] = OrderedDict()
        self._count = 0

    def __call__(self, identity: Key) -> tuple[CitingMention, ...]:
        found = self._held.get(identity)
        if found is not None:
            self._held.move_to_end(identity)
            return found
        found = self._held[identity] = self._read(identity)
        self._count += len(found)
        while self._count > self._limit and len(self._held) > 1:
            self._count -= len(self._held.popitem(last=False)[1])
        return found


class _Mentions(Sequence[CitingMention]):
    """A document's mentions, read from the graph when used (and kept there while they are in use)."""

    def __init__(self, graph: Graph, identity: Key, count: int):
        self._graph, self.identity, self._count = graph, identity, count

    def __len__(self) -> int:  # counted when the graph was written: a document's pages are known unread
        return self._count

    def __getitem__(self, index):
        return self._graph.mentions_of(self.identity)[index]

    def __iter__(self) -> Iterator[CitingMention]:
        return iter(self._graph.mentions_of(self.identity))
