"""The index behind `python -m build_tools search`: written with the site, read by the command line.

One SQLite file (`search.sqlite` in the index folder; Python's own sqlite3, no extension): the
entries and their texts, and for every term its postings twice, as the query (query.py) reads them:

- in page order (`docs`, one uint32 a posting, and `impacts`, one byte a posting, side by side): to
  look up in one step whether a page holds the term, and with what weight;
- in impact order (`ranked`, `ranked_impacts`), for terms in RANKED_MIN pages or more: so that a
  query over common words reads the best pages of each word first and stops as soon as no page it
  has not read can still come in (query.py).

A posting's impact is the term's BM25 weight in the page without the idf (which the query applies,
from the term's page count): tf·(k1+1)/(tf + k1·(1−b+b·length/mean length)), × IMPACT_SCALE, one
byte. Terms (analysis.py): the folded words of the page's metadata and text, its document numbers
whole and in parts; "^" + an accented word of its metadata (exact accents weigh twice: ACCENTED_BOOST);
"=" + its own number's key and "<" + each leading part of it (a number query).

Written in a process of its own while the pages are written: postings are gathered per term in
memory, spilled as sorted runs every SPILL_POSTINGS postings and merged term by term, so the texts and
postings of an archive are never all in memory. The texts are tokenised by two ASCII patterns in C
(analysis.index_tokens), not by a Python tokenizer per word: why it takes minutes, not the hour the
Whoosh index took at 100,000 letters (bench/RESULTS.md).

A later build replaces only the entries whose inputs changed (`made_from`), in one transaction: their
postings are taken out of and put into the lists of their terms (a long list in place, by bisection,
not decoded and stored again), weighed with the mean lengths of the last whole write, so no other page's
impact changes. The index is written whole again when the code
changed or when the entries changed since the last whole write reach UPDATE_SHARE. Written whole from
the same entries, the file is the same, byte for byte.
"""

from __future__ import annotations

import heapq
import os
import pickle
import shutil
import sqlite3
import sys
import tempfile
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import groupby
from pathlib import Path

from build_tools.markup import plain_text
from build_tools.search.analysis import accented_tokens, index_tokens, number_key, number_prefixes, search_fold
from build_tools.text import fold

DATABASE = "search.sqlite"
FORMAT = "1"
K1, B = 1.2, 0.75
ACCENTED_BOOST = 2  # an accented word of the metadata counts twice: "tăng trưởng" ranks exact accents first
IMPACT_SCALE = 100  # an impact byte is the weight × 100: at most (k1 + 1) × 100 = 220
RANKED_MIN = 1000  # pages a term must be in for its impact order to be kept; shorter lists are sorted when read
DENSE_SHARE = 1 / 8  # a term in this share of the pages keeps its impacts by page id: 1 byte a page, ≤ 8 a posting
SPILL_POSTINGS = 4_000_000  # postings held before a sorted run is spilled to disk (≈ 100 MB with their terms)
UPDATE_SHARE = 0.2  # entries changed since the last whole write, as a share of all: beyond, write it whole
_CODE = ("search", "text.py", "markup.py")  # a change to it writes the index whole
ACCENTED, EXACT_NUMBER, NUMBER_PREFIX = "^", "=", "<"  # term prefixes: accented metadata word, number key, its start


@dataclass(frozen=True)
class SearchEntry:
    """One page the search finds: a letter, or a cited document the archive does not hold."""

    url: str
    kind: str  # "letter" or "cited"
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    signer: str | None
    place: str | None
    text: str  # the letter's text as written, for searching and for excerpts


@dataclass(frozen=True)
class IndexItem:
    """A search entry as the build hands it to an index: small, so the index can run in a process of
    its own; a letter's entry is read from the letter store only when the index needs it."""

    url: str
    made_from: str  # a digest of what the entry is made from
    store: Path | None = None  # a letter: the letter store, and its key in it
    key: str | None = None
    cited: SearchEntry | None = None  # a cited document: its entry as it is

    def entry(self) -> SearchEntry:
        if self.cited is not None:
            return self.cited
        from build_tools.store import LetterStore  # not imported by the command line: a third of its start

        letter = LetterStore(self.store).whole(self.key, self.url).letter
        return SearchEntry(self.url, "letter", letter.number, letter.type, letter.date, letter.issuer,
                           letter.subject, letter.signer, letter.place, plain_text(letter.body))


@dataclass(frozen=True)
class Hit:
    url: str
    kind: str
    number: str | None
    type: str | None
    date: str | None
    issuer: str | None
    subject: str | None
    score: float
    excerpt: str


def head_of(entry: SearchEntry) -> str:
    """The metadata a citizen remembers. A cited document is found by its number and type: what the
    citing letters say of it is theirs."""
    if entry.kind == "cited":
        return " ".join(filter(None, [entry.type, entry.number]))
    return "\n".join(h for h in (entry.number, entry.subject, entry.issuer, entry.signer, entry.place) if h)


def content_of(entry: SearchEntry) -> str:
    """What is searched and shown in excerpts: the metadata, then the text as written."""
    return "\n".join(filter(None, [head_of(entry), entry.text]))


def database(index_dir: Path) -> Path:
    return index_dir / DATABASE


_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE docs (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, made_from TEXT NOT NULL, kind TEXT NOT NULL,
                   number TEXT, type TEXT, date TEXT, issuer TEXT, subject TEXT,
                   year INTEGER, type_key TEXT, issuer_key TEXT, length INTEGER NOT NULL, head_length INTEGER NOT NULL);
CREATE TABLE texts (id INTEGER PRIMARY KEY, head TEXT NOT NULL, content BLOB NOT NULL, folded BLOB NOT NULL);
CREATE TABLE terms (term TEXT PRIMARY KEY, docs BLOB, impacts BLOB, ranked BLOB, ranked_impacts BLOB, dense BLOB);
"""
_INDEXES = ("CREATE INDEX docs_year ON docs(year)", "CREATE INDEX docs_type ON docs(type_key)")


def write_index(items: Iterable[IndexItem], index_dir: Path) -> int:
    """Bring the index in `index_dir` up to date with `items`; returns the number of entries it holds."""
    items = list(items)
    path = database(index_dir)
    previous = _open_previous(path)
    if previous is not None:
        try:
            updated = _update(previous, items)
        finally:
            previous.close()
        if updated:
            return len(items)
    shutil.rmtree(index_dir, ignore_errors=True)  # and what an earlier engine left there
    index_dir.mkdir(parents=True)
    _write_whole(items, path)
    return len(items)


def _code() -> str:
    from build_tools.store import code_digest

    return code_digest(*_CODE)


def _open_previous(path: Path) -> sqlite3.Connection | None:
    """The index this code wrote last, or None when it must be written whole."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(path, isolation_level=None)
        meta = dict(connection.execute("SELECT key, value FROM meta"))
    except sqlite3.Error:
        return None
    if meta.get("format") != FORMAT or meta.get("code") != _code():
        connection.close()
        return None
    return connection


# --- one entry → its row, its text and its terms ---

@dataclass
class _Analysed:
    row: tuple  # the docs row without id
    head: str
    content: bytes  # zlib
    folded: bytes  # zlib: the content folded, the same length (phrases and excerpts are found in it)
    terms: Counter  # folded words and numbers → count in the content
    head_terms: Counter  # accented words and numbers of the metadata → count
    numbers: list[str]  # "=key", "<prefix"…


def _analysed(item: IndexItem, entry: SearchEntry) -> _Analysed:
    head, content = head_of(entry), content_of(entry)
    folded = search_fold(content)
    terms = Counter(index_tokens(folded))
    head_terms = Counter(accented_tokens(head))
    numbers = []
    if entry.number:
        key = number_key(entry.number)
        numbers = [EXACT_NUMBER + key] + [NUMBER_PREFIX + prefix for prefix in number_prefixes(key)]
    row = (entry.url, item.made_from, entry.kind, entry.number, entry.type, entry.date, entry.issuer, entry.subject,
           int(entry.date[:4]) if entry.date else None, fold(entry.type) if entry.type else None,
           fold(entry.issuer) if entry.issuer else None, sum(terms.values()), sum(head_terms.values()))
    return _Analysed(row, head, _compressed(content), _compressed(folded), terms, head_terms, numbers)


def _compressed(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8"), 1)  # level 6: 13% smaller, twice the time


def _lengths(analysed: _Analysed) -> tuple[int, int]:
    return analysed.row[-2], analysed.row[-1]


def _postings_of(analysed: _Analysed) -> list[tuple[str, int]]:
    """(term, count) of an entry: its folded words and numbers, its accented metadata words (counted
    twice, as Whoosh weighed its accented field), its number's terms."""
    return [*analysed.terms.items(), *((ACCENTED + term, count * ACCENTED_BOOST)
                                       for term, count in analysed.head_terms.items()),
            *((term, 1) for term in analysed.numbers)]


# --- the whole write ---

def _write_whole(items: list[IndexItem], path: Path) -> None:
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    connection = sqlite3.connect(partial, isolation_level=None)
    try:
        connection.execute("PRAGMA journal_mode = OFF")
        connection.execute("PRAGMA synchronous = OFF")
        connection.executescript(_SCHEMA)
        connection.execute("BEGIN")
        lengths, head_lengths = array("I", [0]), array("I", [0])  # by doc id, from 1
        with tempfile.TemporaryDirectory(dir=path.parent, prefix=".spill-") as spill:
            runs = _Runs(Path(spill))
            docs, texts = [], []
            for doc, item in enumerate(items, start=1):
                analysed = _analysed(item, item.entry())
                length, head_length = _lengths(analysed)
                lengths.append(length)
                head_lengths.append(head_length)
                runs.add(doc, _postings_of(analysed))
                docs.append((doc, *analysed.row))
                texts.append((doc, analysed.head, analysed.content, analysed.folded))
                if len(docs) == 1000:
                    _insert_docs(connection, docs, texts)
                    docs, texts = [], []
            _insert_docs(connection, docs, texts)
            weights = _Weights(lengths, head_lengths, _mean(lengths), _mean(head_lengths))
            rows = []
            for term, doc_ids, counts in runs.merged():
                rows.append((term, *_lists(doc_ids, weights.impacts(term, doc_ids, counts), len(items))))
                if len(rows) == 5000:
                    connection.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?)", rows)
                    rows = []
            connection.executemany("INSERT INTO terms VALUES (?, ?, ?, ?, ?, ?)", rows)
        for statement in _INDEXES:
            connection.execute(statement)
        _save_meta(connection, {"format": FORMAT, "code": _code(), "average": repr(weights.average),
                                "head_average": repr(weights.head_average), "drift": "0",
                                "docs": str(len(items))})
        connection.execute("COMMIT")
    finally:
        connection.close()
    os.replace(partial, path)


def _insert_docs(connection: sqlite3.Connection, docs: list[tuple], texts: list[tuple]) -> None:
    connection.executemany(f"INSERT INTO docs VALUES ({', '.join('?' * 14)})", docs)
    connection.executemany("INSERT INTO texts VALUES (?, ?, ?, ?)", texts)


def _save_meta(connection: sqlite3.Connection, values: dict[str, str]) -> None:
    connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", sorted(values.items()))


def _mean(lengths: array) -> float:
    """The mean length BM25 compares with, over every entry (doc ids from 1)."""
    return max(sum(lengths) / max(len(lengths) - 1, 1), 1.0)


@dataclass
class _Weights:
    """BM25's length normalisers, by doc id, for the content and for the metadata."""

    lengths: array
    head_lengths: array
    average: float
    head_average: float

    def __post_init__(self) -> None:
        self._norms = [_norms(self.lengths, self.average), _norms(self.head_lengths, self.head_average)]
        self._once = [self._impacts_of_one(norms) for norms in self._norms]

    @staticmethod
    def _impacts_of_one(norms: list[float]) -> bytearray:
        """The impact of a term found once, by doc id: most postings."""
        return bytearray(max(1, min(255, int(IMPACT_SCALE * (K1 + 1) / (1 + norm) + 0.5))) for norm in norms)

    def set_length(self, doc: int, length: int, head_length: int) -> None:
        for lengths, norms, value, average in ((self.lengths, self._norms[0], length, self.average),
                                               (self.head_lengths, self._norms[1], head_length, self.head_average)):
            while len(lengths) <= doc:
                lengths.append(0)
                norms.append(K1)
            lengths[doc] = value
            norms[doc] = K1 * (1 - B + B * value / average)
        self._once = [self._impacts_of_one(norms) for norms in self._norms]

    def impacts(self, term: str, docs: array, counts: array) -> bytes:
        kind = 1 if term[0] == ACCENTED else 2 if term[0] in (EXACT_NUMBER, NUMBER_PREFIX) else 0
        if kind == 2:
            return bytes([IMPACT_SCALE]) * len(docs)
        norms, once, top = self._norms[kind], self._once[kind], IMPACT_SCALE * (K1 + 1)
        return bytes([once[doc] if tf == 1 else max(1, min(255, int(top * tf / (tf + norms[doc]) + 0.5)))
                      for doc, tf in zip(docs, counts, strict=True)])  # never 0: a dense list's 0 is "absent"


def _norms(lengths: array, average: float) -> list[float]:
    return [K1 * (1 - B + B * length / average) for length in lengths]


def _lists(docs: array, impacts: bytes, count: int) -> tuple[bytes | None, bytes | None, bytes | None,
                                                             bytes | None, bytes | None]:
    """A term's postings as stored: (docs, impacts) in page order; (ranked, ranked_impacts) in impact
    order, highest first, then page order, for a term in RANKED_MIN pages or more; and for a term in
    DENSE_SHARE of the `count` pages or more, `dense` (its impact at each page id, 0 where it is not:
    a lookup is an index, not a bisection) instead of the page order."""
    if len(docs) < RANKED_MIN:
        return _bytes(docs), impacts, None, None, None
    order = sorted(range(len(docs)), key=impacts.__getitem__, reverse=True)  # stable: page order within an impact
    ranked = _bytes(array("I", map(docs.__getitem__, order))), bytes(map(impacts.__getitem__, order))
    if len(docs) < DENSE_SHARE * count:
        return _bytes(docs), impacts, *ranked, None
    dense = bytearray(docs[-1] + 1)
    for doc, impact in zip(docs, impacts, strict=True):
        dense[doc] = impact
    return None, None, *ranked, bytes(dense)


def sparse(row: tuple) -> tuple[array, bytes]:
    """(docs, impacts) in page order from a stored (docs, impacts, ranked, ranked_impacts, dense)."""
    if row[0] is not None:
        return load_ids(row[0]), row[1]
    pairs = sorted(zip(load_ids(row[2]), row[3], strict=True))
    return array("I", (doc for doc, _ in pairs)), bytes(impact for _, impact in pairs)


def _bytes(docs: array) -> bytes:
    """Page ids as stored: uint32 little-endian."""
    if sys.byteorder == "big":
        docs = array("I", docs)
        docs.byteswap()
    return docs.tobytes()


def load_ids(data: bytes) -> array:
    ids = array("I")
    ids.frombytes(data)
    if sys.byteorder == "big":
        ids.byteswap()
    return ids


class _Runs:
    """Postings gathered per term, spilled into sorted runs on disk, merged back term by term in page order."""

    def __init__(self, folder: Path):
        self.folder, self.runs = folder, []
        self.batch: dict[str, tuple[array, array]] = {}
        self.held = 0

    def add(self, doc: int, postings: list[tuple[str, int]]) -> None:
        """A page's (term, count) pairs; pages come in id order. (The loop is this method's, not the
        caller's: a call per posting was a fifth of the write.)"""
        batch = self.batch
        get = batch.get
        for term, count in postings:
            lists = get(term)
            if lists is None:
                lists = batch[term] = (array("I"), array("H"))
            lists[0].append(doc)
            lists[1].append(count if count < 0xFFFF else 0xFFFF)
        self.held += len(postings)
        if self.held >= SPILL_POSTINGS:
            self._spill()

    def _spill(self) -> None:
        path = self.folder / f"run-{len(self.runs):04d}.bin"
        with path.open("wb") as stream:
            records = [(term, docs.tobytes(), counts.tobytes()) for term, (docs, counts) in sorted(self.batch.items())]
            for start in range(0, len(records), 2000):
                pickle.dump(records[start:start + 2000], stream, protocol=pickle.HIGHEST_PROTOCOL)
        self.runs.append(path)
        self.batch, self.held = {}, 0

    def merged(self) -> Iterator[tuple[str, array, array]]:
        if not self.runs:
            for term, (docs, counts) in sorted(self.batch.items()):
                yield term, docs, counts
            self.batch = {}
            return
        if self.batch:
            self._spill()
        streams = [_records(path) for path in self.runs]
        for term, group in groupby(heapq.merge(*streams, key=lambda record: record[0]), key=lambda record: record[0]):
            docs, counts = array("I"), array("H")
            for _, doc_bytes, count_bytes in group:  # runs in page order: heapq.merge keeps their order on a tie
                docs.frombytes(doc_bytes)
                counts.frombytes(count_bytes)
            yield term, docs, counts


def _records(path: Path) -> Iterator[tuple[str, bytes, bytes]]:
    with path.open("rb") as stream:
        while True:
            try:
                yield from pickle.load(stream)
            except EOFError:
                return


# --- the update in place ---

def _update(connection: sqlite3.Connection, items: list[IndexItem]) -> bool:
    """Replace the entries whose inputs changed, add the new ones, remove the gone ones; False when
    the index must be written whole instead."""
    meta = dict(connection.execute("SELECT key, value FROM meta"))
    known = {url: (doc, made_from) for doc, url, made_from in connection.execute("SELECT id, url, made_from FROM docs")}
    wanted = {item.url for item in items}
    changed = [item for item in items if known.get(item.url, (None, None))[1] != item.made_from]
    gone = sorted(url for url in known if url not in wanted)
    if not changed and not gone:
        return True
    drift = int(meta["drift"]) + len(changed) + len(gone)
    if drift > UPDATE_SHARE * len(items):
        return False
    lengths, head_lengths = array("I", [0]), array("I", [0])
    weights = _Weights(lengths, head_lengths, float(meta["average"]), float(meta["head_average"]))
    next_id = (connection.execute("SELECT max(id) FROM docs").fetchone()[0] or 0) + 1
    taken_out: dict[str, set[int]] = {}
    put_in: dict[str, dict[int, int]] = {}
    connection.execute("BEGIN")
    try:
        for url in gone:
            doc = known[url][0]
            _take_out(connection, doc, taken_out)
        for item in changed:
            if item.url in known:
                doc = known[item.url][0]
                _take_out(connection, doc, taken_out)
            else:
                doc, next_id = next_id, next_id + 1
            analysed = _analysed(item, item.entry())
            weights.set_length(doc, *_lengths(analysed))
            for term, count in _postings_of(analysed):
                put_in.setdefault(term, {})[doc] = count
            connection.execute(f"INSERT INTO docs VALUES ({', '.join('?' * 14)})", (doc, *analysed.row))
            connection.execute("INSERT INTO texts VALUES (?, ?, ?, ?)",
                               (doc, analysed.head, analysed.content, analysed.folded))
        for term in sorted(taken_out.keys() | put_in.keys()):
            _update_term(connection, term, taken_out.get(term, set()), put_in.get(term, {}), weights, len(items))
        _save_meta(connection, {"drift": str(drift), "docs": str(len(items))})
        connection.execute("COMMIT")
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    return True


def _take_out(connection: sqlite3.Connection, doc: int, taken_out: dict[str, set[int]]) -> None:
    """Remove an entry's rows, and note the terms it had (from its text as kept, by the same analysis)."""
    row = connection.execute("SELECT url, made_from, kind, number, type, date, issuer, subject FROM docs WHERE id = ?",
                             (doc,)).fetchone()
    head, folded = connection.execute("SELECT head, folded FROM texts WHERE id = ?", (doc,)).fetchone()
    terms = set(index_tokens(zlib.decompress(folded).decode("utf-8")))
    terms.update(ACCENTED + term for term in accented_tokens(head))
    if row[3]:
        key = number_key(row[3])
        terms.update([EXACT_NUMBER + key] + [NUMBER_PREFIX + prefix for prefix in number_prefixes(key)])
    for term in terms:
        taken_out.setdefault(term, set()).add(doc)
    connection.execute("DELETE FROM docs WHERE id = ?", (doc,))
    connection.execute("DELETE FROM texts WHERE id = ?", (doc,))


def _update_term(connection: sqlite3.Connection, term: str, out: set[int], new: dict[int, int],
                 weights: _Weights, count: int) -> None:
    found = connection.execute("SELECT docs, impacts, ranked, ranked_impacts, dense FROM terms WHERE term = ?",
                               (term,)).fetchone()
    weighed: dict[int, int] = {}
    if new:
        docs = array("I", sorted(new))
        weighed = dict(zip(docs, weights.impacts(term, docs, array("H", (min(new[d], 0xFFFF) for d in docs))),
                           strict=True))
    lists = _spliced(found, out, weighed, count) if found is not None else None
    if lists is None:
        postings = {}
        if found is not None:
            postings = {doc: impact for doc, impact in zip(*sparse(found), strict=True) if doc not in out}
        postings.update(weighed)
        if not postings:
            connection.execute("DELETE FROM terms WHERE term = ?", (term,))
            return
        docs = array("I", sorted(postings))
        lists = _lists(docs, bytes(postings[doc] for doc in docs), count)
    connection.execute("INSERT OR REPLACE INTO terms VALUES (?, ?, ?, ?, ?, ?)", (term, *lists))


def _spliced(found: tuple, out: set[int], new: dict[int, int], count: int) -> tuple | None:
    """A long list as stored (`_lists`), the postings of `out` taken out and those of `new` put in, each found by
    bisection and moved in C (decoding, sorting and encoding a common word's 10,010 postings again, for each of a
    letter's 312 terms, was most of an update); the same bytes as `_lists` of the postings so changed. None for a
    short list (made again whole at little cost) or one whose form (`_lists`) the change alters."""
    docs, impacts, ranked, ranked_impacts, dense = found
    if ranked is None:
        return None
    lists = _Stored(load_ids(ranked), bytearray(ranked_impacts),
                    None if dense is None else bytearray(dense),
                    None if docs is None else (load_ids(docs), bytearray(impacts)))
    for doc in sorted(out | new.keys()):
        lists.take_out(doc)
        if doc in new:
            lists.put_in(doc, new[doc])
    if len(lists.ranked) < RANKED_MIN or (len(lists.ranked) < DENSE_SHARE * count) != (lists.dense is None):
        return None
    by_page = (None, None) if lists.by_page is None else (_bytes(lists.by_page[0]), bytes(lists.by_page[1]))
    dense_bytes = None if lists.dense is None else bytes(lists.dense.rstrip(b"\0"))  # up to its last page id
    return *by_page, _bytes(lists.ranked), bytes(lists.ranked_impacts), dense_bytes


@dataclass
class _Stored:
    """A long list's postings as `_lists` stores them, changed a posting at a time: in impact order (highest
    first, then page order), and by page id (`dense`) or in page order (`by_page`: ids and impacts)."""

    ranked: array
    ranked_impacts: bytearray
    dense: bytearray | None
    by_page: tuple[array, bytearray] | None

    def impact_of(self, doc: int) -> int:
        """The page's impact, 0 when the term is not in it."""
        if self.dense is not None:
            return self.dense[doc] if doc < len(self.dense) else 0
        ids, impacts = self.by_page
        at = bisect_left(ids, doc)
        return impacts[at] if at < len(ids) and ids[at] == doc else 0

    def take_out(self, doc: int) -> None:
        impact = self.impact_of(doc)
        if not impact:
            return
        at = self._ranked_at(doc, impact)
        del self.ranked[at], self.ranked_impacts[at]
        if self.dense is not None:
            self.dense[doc] = 0
        else:
            at = bisect_left(self.by_page[0], doc)
            del self.by_page[0][at], self.by_page[1][at]

    def put_in(self, doc: int, impact: int) -> None:
        at = self._ranked_at(doc, impact)
        self.ranked.insert(at, doc)
        self.ranked_impacts.insert(at, impact)
        if self.dense is not None:
            self.dense.extend(bytes(max(0, doc + 1 - len(self.dense))))
            self.dense[doc] = impact
        else:
            at = bisect_left(self.by_page[0], doc)
            self.by_page[0].insert(at, doc)
            self.by_page[1].insert(at, impact)

    def _ranked_at(self, doc: int, impact: int) -> int:
        """Where the posting is, or goes, in impact order."""
        return bisect_left(range(len(self.ranked)), (-impact, doc),
                           key=lambda at: (-self.ranked_impacts[at], self.ranked[at]))
