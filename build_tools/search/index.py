"""The Whoosh index behind `python -m build_tools search`: written with the site, read by the CLI.

whoosh-reloaded 2.7.5 rather than whoosh 2.7.4: both index and search alike on Python 3.11, 3.12 and
3.13 here, but 2.7.4 (2016) has invalid escapes and "is" with literals that newer Pythons warn about
when compiling it (1 SyntaxWarning on 3.11, 8 on 3.13; whoosh-reloaded: 0 and 1).
"""

from __future__ import annotations

import json
import random
import re
import shutil
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from whoosh import fields, index, qparser, query

from build_tools.markup import plain_text
from build_tools.search.analysis import (
    accented,
    accented_analyzer,
    folded_analyzer,
    looks_like_number,
    number_key,
    number_prefixes,
)
from build_tools.store import LetterStore, code_digest
from build_tools.text import fold

# An accented match counts twice a folded one, so "tăng trưởng" ranks exact accents first.
ACCENTED_BOOST, FOLDED_BOOST = 2.0, 1.0
# A number query must put the letter with that number above the letters that cite it.
NUMBER_BOOST, NUMBER_PREFIX_BOOST = 50.0, 10.0
# Pages where the words stand together, as typed, rank above pages that merely hold them all.
PHRASE_BOOST = 3.0


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


def schema() -> fields.Schema:
    return fields.Schema(
        url=fields.ID(stored=True, unique=True),
        kind=fields.ID(stored=True),
        number=fields.STORED(),
        number_key=fields.ID(),
        number_prefixes=fields.KEYWORD(commas=False, lowercase=True),
        type=fields.STORED(),
        type_key=fields.ID(),
        date=fields.STORED(),
        year=fields.NUMERIC(),
        issuer=fields.STORED(),
        issuer_key=fields.ID(),
        subject=fields.STORED(),
        content=fields.STORED(),
        text=fields.TEXT(analyzer=accented_analyzer(), phrase=True, field_boost=ACCENTED_BOOST),
        text_folded=fields.TEXT(analyzer=folded_analyzer(), phrase=True, field_boost=FOLDED_BOOST),
    )


def _head(entry: SearchEntry) -> str:
    """The metadata a citizen remembers. A cited document is found by its number and type: what the
    citing letters say of it is theirs."""
    if entry.kind == "cited":
        return " ".join(filter(None, [entry.type, entry.number]))
    return "\n".join(h for h in (entry.number, entry.subject, entry.issuer, entry.signer, entry.place) if h)


def write_index(items: Iterable[IndexItem], index_dir: Path) -> int:
    """Bring the index up to date with `items`; returns the number of entries it holds.

    An index written by this code keeps its entries whose inputs did not change and only adds,
    replaces and deletes the others; otherwise it is written from scratch. Whoosh names segments
    with the global `random` generator: it is seeded for the write (and put back after), so the
    same corpus gives a byte-identical index from scratch.
    """
    state = random.getstate()
    random.seed("archive-search-index")
    try:
        return _write(items, index_dir)
    finally:
        random.setstate(state)


# What the index's entries were made from, and by which code: written beside Whoosh's files.
_MANIFEST = "entries.json"
_CODE = ("search", "text.py", "markup.py")  # a change to it writes the index from scratch


def _write(items: Iterable[IndexItem], index_dir: Path) -> int:
    previous = _previous_entries(index_dir)
    if previous is None:
        shutil.rmtree(index_dir, ignore_errors=True)
        index_dir.mkdir(parents=True)
        ix = index.create_in(str(index_dir), schema())
    else:
        ix = index.open_dir(str(index_dir))
        # Seeded as from scratch, the new segment would take the name of the first one, and overwrite it.
        random.seed(f"archive-search-index {ix.latest_generation()}")
    made_from: dict[str, str] = {}
    # limitmb is Whoosh's own count of its postings buffer, not of the Python objects that hold them:
    # 256 grew the writer to 1.6 GB at 100,000 letters; 32 keeps it near 300 MB.
    with ix.writer(limitmb=32, compound=False) as writer:  # a compound file records mtimes
        for item in items:  # in the build's stable order, one at a time: the texts are never all in memory
            made_from[item.url] = item.made_from
            if previous is None:
                writer.add_document(**_fields(item.entry()))
            elif previous.get(item.url) != item.made_from:
                writer.update_document(**_fields(item.entry()))
        for url in sorted(set(previous or ()) - set(made_from)):
            writer.delete_by_term("url", url)
    text = json.dumps({"code": code_digest(*_CODE), "entries": made_from}, sort_keys=True)
    (index_dir / _MANIFEST).write_text(text, encoding="utf-8")
    return len(made_from)


def _previous_entries(index_dir: Path) -> dict[str, str] | None:
    """The entries of an index this code wrote, or None when it must be written from scratch."""
    try:
        saved = json.loads((index_dir / _MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return saved["entries"] if saved.get("code") == code_digest(*_CODE) and index.exists_in(str(index_dir)) else None


def _fields(entry: SearchEntry) -> dict:
    head = _head(entry)
    content = "\n".join(filter(None, [head, entry.text]))
    return {
        "url": entry.url,
        "kind": entry.kind,
        "number": entry.number,
        "number_key": number_key(entry.number) if entry.number else None,
        "number_prefixes": " ".join(number_prefixes(number_key(entry.number))) if entry.number else None,
        "type": entry.type,
        "type_key": fold(entry.type) if entry.type else None,
        "date": entry.date,
        "year": int(entry.date[:4]) if entry.date else None,
        "issuer": entry.issuer,
        "issuer_key": fold(entry.issuer) if entry.issuer else None,
        "subject": entry.subject,
        "content": content,
        # Accents count in the metadata; the text is indexed folded only, which halves the cost of
        # indexing (Whoosh: ≈40 ms a letter with both forms of the text, 100,000 letters ≈ 1 hour).
        "text": head,
        "text_folded": content,
    }


# The phrase bonus is worked out for this many of the best pages only: over every page holding the
# words, it cost 80% of a three-word query (p95 2 s at 10,000 letters); over the best 50, the query
# set lost 3 first places among 1,000 generated letters; over 200, none (bench/RESULTS.md).
RERANKED = 200


def search(index_dir: Path, text: str, *, limit: int = 10, issuer: str | None = None, type: str | None = None,
           year: int | None = None) -> list[Hit]:
    ix = index.open_dir(str(index_dir))
    with ix.searcher() as searcher:
        filters = _filters(issuer, type, year)
        if looks_like_number(text):
            found = searcher.search(_number_query(text), limit=limit, filter=filters)
            bonus: dict[int, float] = {}
        else:
            found = searcher.search(_words(ix.schema, text), limit=max(limit, RERANKED), filter=filters)
            if found.is_empty():  # no page holds every word: pages holding most of them
                found = searcher.search(_words(ix.schema, text, qparser.OrGroup.factory(0.9)),
                                        limit=max(limit, RERANKED), filter=filters)
            bonus = _phrase_bonus(searcher, text, found)
        # iter(): sorted() asks a sized iterable its length, and Whoosh counts every matching page for it.
        ranked = sorted(iter(found), key=lambda hit: (-(hit.score + bonus.get(hit.docnum, 0.0)), hit["url"]))
        words = _query_words(text)
        return [_hit(hit, hit.score + bonus.get(hit.docnum, 0.0), words) for hit in ranked[:limit]]


def _words(schema: fields.Schema, text: str, group=qparser.AndGroup) -> query.Query:
    parser = qparser.MultifieldParser(["text", "text_folded"], schema, group=group)
    parser.remove_plugin_class(qparser.FieldsPlugin)  # "Lưu: VT" is text, not a field name
    parser.remove_plugin_class(qparser.WildcardPlugin)
    return parser.parse(accented(text))


def _number_query(text: str) -> query.Query:
    """The page with that number first, then pages whose number starts so ("1198" → 1198/UBND-TH), then
    pages citing it. One term each: an intersection of the number's parts ("20", "ubnd", "vp") walked
    the long lists of the common parts (p95 35 ms at 100,000 letters)."""
    key = number_key(text)
    return query.Or([query.Term("number_key", key, boost=NUMBER_BOOST),
                     query.Term("number_prefixes", key, boost=NUMBER_PREFIX_BOOST), query.Term("text_folded", key)])


def _phrase_bonus(searcher, text: str, found) -> dict[int, float]:
    """Score added to the best pages where the words stand together, as typed (unless quoted: then
    the parser already asked for the phrase): the words' scores there, times PHRASE_BOOST.

    Worked out here rather than by Whoosh's Phrase query: filtered to the best pages, that query
    still finds the phrase's spans in every page holding the words (0.5 s a query at 10,000 letters)."""
    if '"' in text or found.is_empty():
        return {}
    best = sorted(hit.docnum for hit in found)
    bonus: dict[int, float] = {}
    for field, words, boost in (("text", re.findall(r"[^\W_]+", accented(text)), PHRASE_BOOST * ACCENTED_BOOST),
                                ("text_folded", re.findall(r"[^\W_]+", fold(text)), PHRASE_BOOST)):
        for doc, score in _phrase_scores(searcher, field, words, best):
            bonus[doc] = bonus.get(doc, 0.0) + boost * score
    return bonus


def _phrase_scores(searcher, field: str, words: list[str], docs: list[int]) -> Iterator[tuple[int, float]]:
    """(page, the words' summed scores) for each of `docs` (ascending) where `words` follow each other."""
    matchers = [query.Term(field, word).matcher(searcher) for word in words]
    for doc in docs if words else []:
        if not all(_at(matcher, doc) for matcher in matchers):
            continue
        positions = [set(matcher.value_as("positions")) for matcher in matchers]
        if any(all(start + i in positions[i] for i in range(1, len(words))) for start in positions[0]):
            yield doc, sum(matcher.score() for matcher in matchers)


def _at(matcher, doc: int) -> bool:
    """Move `matcher` to `doc` (or past it); whether the term is in that page."""
    if matcher.is_active() and matcher.id() < doc:
        matcher.skip_to(doc)
    return matcher.is_active() and matcher.id() == doc


def _filters(issuer: str | None, type: str | None, year: int | None) -> query.Query | None:
    clauses = []
    if issuer:
        clauses.append(query.Wildcard("issuer_key", f"*{fold(issuer)}*"))
    if type:
        clauses.append(query.Term("type_key", fold(type)))
    if year:
        clauses.append(query.Term("year", year))
    return query.And(clauses) if clauses else None


def _hit(hit, score: float, words: list[str]) -> Hit:
    excerpt = _excerpt(hit["content"], words)
    return Hit(
        url=hit["url"],
        kind=hit["kind"],
        number=hit.get("number"),
        type=hit.get("type"),
        date=hit.get("date"),
        issuer=hit.get("issuer"),
        subject=hit.get("subject"),
        score=round(score, 3),
        excerpt=excerpt or (hit.get("subject") or ""),
    )


def _query_words(text: str) -> list[str]:
    """The folded words an excerpt marks: "Số 1198/UBND-TH" → ["1198/ubnd-th"], "Điện gió" → ["dien", "gio"]."""
    return [number_key(text)] if looks_like_number(text) else re.findall(r"[^\W_]+", fold(text))


def _excerpt(content: str, words: list[str], before: int = 60, length: int = 200) -> str:
    """About `length` characters of the text as written around the first of the query's words, each
    «marked». Found on the folded text, which has the same length, so the marks land on the
    wording as written (Whoosh's highlighter analysed every hit's whole text again: half of a query)."""
    if not words:
        return ""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
    folded = fold(content)
    first = pattern.search(folded)
    if first is None:
        return ""
    start = max(0, first.start() - before)
    end = min(len(content), start + length)
    spans = [m.span() for m in pattern.finditer(folded, start, end)]
    out, at = [], start
    for begin, finish in spans:
        out += [content[at:begin], "«", content[begin:finish], "»"]
        at = finish
    out.append(content[at:end])
    return ("…" if start else "") + " ".join("".join(out).split()) + ("…" if end < len(content) else "")
