"""Searching the command line's index (index.py): numbers, words, quoted phrases, filters, excerpts.

The ranking is the one the Whoosh index had (bench/RESULTS.md): each word's BM25 weight in the folded
text, plus the accented words of the metadata counted twice, every word required (when no page holds
them all: pages holding most of them, with Whoosh's coordination bonus), and a bonus for pages where
the words stand together as typed (PHRASE_BOOST times the words' scores there), among the RERANKED
best pages by score. A number query puts the page with that number first, then pages whose number
starts so, then the pages citing it.

What is new is how the best pages are found: not by scoring every page that holds the words (60,000
of 100,000 letters for three common words: 3 s with Whoosh), but by the threshold algorithm over
postings in impact order (Fagin, Lotem and Naor, 2001). The best pages of each word are read first;
each page read is scored whole by looking it up in the other words' lists (page order, bisection);
its text is read for the bonus only while its score with the largest bonus could still enter the
results; and the reading stops once no page not yet read could (the words' weights at the current
depth, with the largest bonus while such a page could still be among the RERANKED best). The
results are those of scoring every page; only pages tied at a last place may differ. A rare word
(or a narrow filter) is simply read whole: EXHAUSTIVE.
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
import sqlite3
import zlib
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path

from build_tools.search.analysis import _TOKEN, accented, looks_like_number, number_key, search_fold
from build_tools.search.index import (
    ACCENTED,
    ACCENTED_BOOST,
    EXACT_NUMBER,
    IMPACT_SCALE,
    NUMBER_PREFIX,
    Hit,
    database,
    load_ids,
)
from build_tools.text import fold

# A number query must put the letter with that number above the letters that cite it.
NUMBER_BOOST, NUMBER_PREFIX_BOOST = 50.0, 10.0
# Pages where the words stand together, as typed, rank above pages that merely hold them all.
PHRASE_BOOST = 3.0
# The phrase bonus is for this many of the best pages by score only, as with Whoosh (over the best 50,
# its query set lost 3 first places among 1,000 generated letters; over 200, none).
RERANKED = 200
# A required word in at most this many pages (or a filter leaving at most this many): every page of
# it is scored, no threshold algorithm.
EXHAUSTIVE = 3000
# The coordination bonus of Whoosh's OrGroup.factory(0.9), for pages holding only some of the words.
COORDINATION = 0.9


def index_exists(index_dir: Path) -> bool:
    return database(index_dir).is_file()


def search(index_dir: Path, text: str, *, limit: int = 10, issuer: str | None = None, type: str | None = None,
           year: int | None = None) -> list[Hit]:
    connection = sqlite3.connect(f"file:{database(index_dir)}?mode=ro", uri=True)
    try:
        index = _Index(connection)
        allowed = index.filtered(issuer, type, year)
        if allowed is not None and not allowed:
            return []
        if looks_like_number(text):
            key = number_key(text)
            ranked, words = _number(index, key, limit, allowed), [key]
        else:
            ranked, words = _words(index, text, limit, allowed), re.findall(r"[^\W_]+", search_fold(text))
        return [index.hit(doc, score, words) for score, doc in ranked]
    finally:
        connection.close()


@dataclass(eq=False)
class _List:
    """A term's postings: looked up by page (in page order, or by page id when dense), and in impact
    order to read the best first."""

    docs: object  # array of page ids, ascending; None when dense
    impacts: bytes | None
    dense: bytes | None  # the impact at each page id
    ranked: object  # the ids by impact, highest first
    ranked_impacts: bytes
    weight: float  # idf × boost / IMPACT_SCALE: a posting's score is weight × impact
    size: int  # the highest page id + 1: the length of a dense list
    accented: bool = False

    def __len__(self) -> int:
        return len(self.ranked)

    def pages(self) -> Iterable[int]:
        return self.ranked if self.docs is None else self.docs

    def impacts_of(self, pages: list[int]) -> Sequence[int]:
        """The impact of each page here, 0 where the term is not."""
        if self.dense is not None:
            return itemgetter(*pages)(self.dense) if len(pages) > 1 else (self.dense[pages[0]],)
        docs, impacts, size, found = self.docs, self.impacts, len(self.docs), []
        for doc in pages:
            at = bisect_left(docs, doc)
            found.append(impacts[at] if at < size and docs[at] == doc else 0)
        return found

    def densify(self) -> None:
        """Impacts by page id, for a list that will be looked up many times."""
        if self.dense is None:
            dense = bytearray(self.size)
            for doc, impact in zip(self.docs, self.impacts, strict=True):
                dense[doc] = impact
            self.dense = dense

    def score(self, doc: int) -> float | None:
        if self.dense is not None:
            impact = self.dense[doc] if doc < len(self.dense) else 0
            return self.weight * impact if impact else None
        at = bisect_left(self.docs, doc)
        if at < len(self.docs) and self.docs[at] == doc:
            return self.weight * self.impacts[at]
        return None

    def bound(self, depth: int) -> float:
        """The highest score a page not among the first `depth` of the impact order can have here."""
        return self.weight * self.ranked_impacts[depth] if depth < len(self.ranked_impacts) else 0.0


@dataclass
class _Index:
    connection: sqlite3.Connection
    count: int = field(init=False)  # entries
    size: int = field(init=False)  # the highest page id + 1

    def __post_init__(self) -> None:
        self.count = int(self.connection.execute("SELECT value FROM meta WHERE key = 'docs'").fetchone()[0])
        self.size = (self.connection.execute("SELECT max(id) FROM docs").fetchone()[0] or 0) + 1

    def idf(self, df: int) -> float:
        """Whoosh's: log(N / (df + 1)) + 1."""
        return math.log(self.count / (df + 1)) + 1

    def postings(self, term: str, boost: float = 1.0, accented: bool = False) -> _List | None:
        row = self.connection.execute("SELECT docs, impacts, ranked, ranked_impacts, dense FROM terms WHERE term = ?",
                                      (term,)).fetchone()
        if row is None:
            return None
        docs, impacts = (load_ids(row[0]), row[1]) if row[0] is not None else (None, None)
        if row[2] is None:  # a short list: put in impact order here
            order = sorted(range(len(docs)), key=impacts.__getitem__, reverse=True)
            ranked, ranked_impacts = [docs[i] for i in order], bytes(impacts[i] for i in order)
        else:
            ranked, ranked_impacts = load_ids(row[2]), row[3]
        weight = self.idf(len(ranked)) * boost / IMPACT_SCALE
        dense = row[4]
        if dense is not None and len(dense) < self.size:
            dense += bytes(self.size - len(dense))  # pages added after the term's last page: not there
        return _List(docs, impacts, dense, ranked, ranked_impacts, weight, self.size, accented)

    def filtered(self, issuer: str | None, type: str | None, year: int | None) -> set[int] | None:
        """The pages the filters leave, or None without filters."""
        clauses, values = [], []
        if issuer:
            clauses.append("instr(issuer_key, ?) > 0")
            values.append(fold(issuer))
        if type:
            clauses.append("type_key = ?")
            values.append(fold(type))
        if year:
            clauses.append("year = ?")
            values.append(year)
        if not clauses:
            return None
        return {doc for doc, in self.connection.execute(f"SELECT id FROM docs WHERE {' AND '.join(clauses)}", values)}

    def head_and_folded(self, doc: int) -> tuple[str, str]:
        head, folded = self.connection.execute("SELECT head, folded FROM texts WHERE id = ?", (doc,)).fetchone()
        return head, zlib.decompress(folded).decode("utf-8")

    def folded(self, doc: int) -> str:
        """The page's content folded (the same length as written)."""
        folded = self.connection.execute("SELECT folded FROM texts WHERE id = ?", (doc,)).fetchone()[0]
        return zlib.decompress(folded).decode("utf-8")

    def hit(self, doc: int, score: float, words: list[str]) -> Hit:
        url, kind, number, type_, date, issuer, subject = self.connection.execute(
            "SELECT url, kind, number, type, date, issuer, subject FROM docs WHERE id = ?", (doc,)).fetchone()
        content, folded = self.connection.execute("SELECT content, folded FROM texts WHERE id = ?", (doc,)).fetchone()
        excerpt = _excerpt(zlib.decompress(content).decode("utf-8"), zlib.decompress(folded).decode("utf-8"), words)
        return Hit(url=url, kind=kind, number=number, type=type_, date=date, issuer=issuer, subject=subject,
                   score=round(score, 3), excerpt=excerpt or subject or "")

    def url(self, doc: int) -> str:
        return self.connection.execute("SELECT url FROM docs WHERE id = ?", (doc,)).fetchone()[0]


# --- numbers ---

def _number(index: _Index, key: str, limit: int, allowed: set[int] | None) -> list[tuple[float, int]]:
    """The page with that number first, then pages whose number starts so ("1198" → 1198/UBND-TH), then
    pages citing it (the number's term in their text): each a lookup, whatever the archive's size."""
    exact, prefix = index.postings(EXACT_NUMBER + key, NUMBER_BOOST), index.postings(NUMBER_PREFIX + key,
                                                                                      NUMBER_PREFIX_BOOST)
    text = index.postings(key)
    lists = [found for found in (exact, prefix, text) if found is not None]
    candidates = {doc for found in (exact, prefix) if found is not None for doc in found.pages()}
    if text is not None:  # the best pages by the text alone: as many as the results show
        candidates.update(_first_allowed(text.ranked, allowed, limit))
    scores = []
    for doc in candidates:
        if allowed is None or doc in allowed:
            scores.append((sum(found.score(doc) or 0.0 for found in lists), doc))
    return _ordered(index, scores, limit)


def _first_allowed(docs: Iterable[int], allowed: set[int] | None, count: int) -> list[int]:
    found = []
    for doc in docs:
        if allowed is None or doc in allowed:
            found.append(doc)
            if len(found) == count:
                break
    return found


# --- words ---

def _words(index: _Index, text: str, limit: int, allowed: set[int] | None) -> list[tuple[float, int]]:
    folded_text, accented_text = search_fold(text), accented(text)
    folded_words, accented_words = _TOKEN.findall(folded_text), _TOKEN.findall(accented_text)
    if not folded_words:
        return []
    required = [index.postings(word) for word in dict.fromkeys(folded_words)]
    optional = []
    if len(accented_words) == len(folded_words):
        optional = [found for word in dict.fromkeys(accented_words)
                    if (found := index.postings(ACCENTED + word, accented=True)) is not None]
    quoted = [words for phrase in re.findall(r'"([^"]*)"', folded_text) if (words := re.findall(r"[^\W_]+", phrase))]
    if quoted:  # the pages must hold each phrase as typed, and get no bonus for it
        check = _Quoted(index, quoted)
    else:
        check = _PhraseBonus(index, re.findall(r"[^\W_]+", folded_text), re.findall(r"[^\W_]+", accented_text))
        if len(optional) < len(set(accented_words)):
            check.accented_boost = 0.0  # a word is in no page's metadata: none holds the accented phrase
    if all(found is not None for found in required):
        ranked = _ranked(required, optional, limit, allowed, check)
        if ranked:
            return _ordered(index, ranked, limit)
    # No page holds every word: pages holding most of them.
    present = [found for found in required if found is not None] + optional
    if not present:
        return []
    return _ordered(index, _ranked([], present, limit, allowed, check, len(required) + len(optional)), limit)


class _PhraseBonus:
    """Score added to pages where the words stand together, as typed: the words' scores there, times
    PHRASE_BOOST (twice that in the accented metadata)."""

    folded_boost, accented_boost = PHRASE_BOOST, PHRASE_BOOST * ACCENTED_BOOST  # the most a page can gain

    def __init__(self, index: _Index, folded_words: list[str], accented_words: list[str]):
        self.index, self.single = index, len(folded_words) == 1
        self.folded = _Adjacent(folded_words)
        self.accented = _Adjacent(accented_words) if len(accented_words) == len(folded_words) else None

    def __call__(self, doc: int, folded: float, accented_part: float) -> float | None:
        if self.single:  # one word always stands as typed
            return self.folded_boost * folded + (self.accented_boost * accented_part if self.accented else 0.0)
        head, content = self.index.head_and_folded(doc)
        bonus = self.folded_boost * folded if folded and self.folded.found(content) else 0.0
        if accented_part and self.accented is not None and self.accented.found(accented(head)):
            bonus += self.accented_boost * accented_part
        return bonus


class _Quoted:
    """Pages must hold each quoted phrase; no bonus (the query asked for the phrase)."""

    folded_boost = accented_boost = 0.0

    def __init__(self, index: _Index, phrases: list[list[str]]):
        self.index, self.phrases = index, [_Adjacent(words) for words in phrases]

    def __call__(self, doc: int, folded: float, accented_part: float) -> float | None:
        content = self.index.head_and_folded(doc)[1]
        return 0.0 if all(phrase.found(content) for phrase in self.phrases) else None


def _ranked(required: list[_List], optional: list[_List], limit: int, allowed: set[int] | None,
            check: _PhraseBonus | _Quoted, coordination: int = 0) -> list[tuple[float, int]]:
    """The pages that can be among the `limit` best, with their final scores (see the module's docstring).

    A page's score comes from the lists, its phrase bonus (or whether it holds a quoted phrase) only
    from its text. So a page also has a potential: its score with the largest bonus it could get, for
    a page among the RERANKED best by score (the others get no bonus, as with Whoosh). Texts are read
    in the order of the potentials, and only while a potential can still reach the `limit`-th final
    score found; the lists are read until no page not yet read could."""
    required = sorted(required, key=len)  # the rarest word first
    lists = required + optional
    needed = len(required)
    weights = [found.weight for found in lists]
    folded_at = [at for at, found in enumerate(lists) if not found.accented]
    accented_at = [at for at, found in enumerate(lists) if found.accented]
    capped = isinstance(check, _PhraseBonus)  # a bonus for the RERANKED best; a quoted phrase is asked of all
    pending: list[tuple[float, int, float, float, float]] = []  # (-potential, doc, score, folded, accented)
    best: list[float] = []  # the RERANKED best scores so far: a min-heap
    final: list[tuple[float, int]] = []
    shown: list[float] = []  # the `limit` best final scores so far: a min-heap

    def reranked_floor() -> float:
        """No page scoring below this is among the RERANKED best (the floor only rises as pages are read)."""
        return best[0] if capped and len(best) >= RERANKED else -math.inf

    def consider(docs: list[int]) -> None:
        """Score pages, a batch at a time: each list's impacts for the batch gathered at once (by page id
        in C for a dense list), then summed page by page."""
        if not docs:
            return
        columns = [found.impacts_of(docs) for found in lists]
        none = itertools.repeat(0.0, len(docs))
        present = _each(all, columns[:needed], len(docs), True)
        folded_scores = _each(sum, [[weights[at] * impact for impact in columns[at]] for at in folded_at], len(docs),
                              0.0)
        accented_scores = _each(sum, [[weights[at] * impact for impact in columns[at]] for at in accented_at],
                                len(docs), 0.0)
        folded_whole = _each(all, [columns[at] for at in folded_at], len(docs), False)
        accented_whole = _each(all, [columns[at] for at in accented_at], len(docs), False)
        matched = map(_nonzero, zip(*columns, strict=True)) if coordination else none
        floor = reranked_floor()
        for doc, ok, folded, accented_part, all_folded, all_accented, count in zip(
                docs, present, folded_scores, accented_scores, folded_whole, accented_whole, matched, strict=True):
            if not ok:
                continue
            total = folded + accented_part
            if coordination:
                total = _coordinated(total, count, coordination)
            if len(best) < RERANKED:
                heapq.heappush(best, total)
                if len(best) == RERANKED:
                    floor = reranked_floor()
            elif total > best[0]:
                heapq.heapreplace(best, total)
                floor = reranked_floor()
            potential = total
            if total >= floor:
                # The words stand together only in a page holding them all (accented: in its metadata).
                if all_folded:
                    potential += check.folded_boost * folded
                if all_accented:
                    potential += check.accented_boost * accented_part
            if len(shown) < limit or potential >= shown[0]:  # else it cannot be shown
                heapq.heappush(pending, (-potential, doc, total, folded, accented_part))

    def settle(bound: float) -> None:
        """Take the pages whose potential is at least `bound` (which no page not yet read can exceed)."""
        while pending and -pending[0][0] >= bound:
            negative, doc, total, folded, accented_part = heapq.heappop(pending)
            if len(shown) >= limit and -negative < shown[0]:
                pending.clear()  # nor can any page after it
                return
            if -negative > total and total < reranked_floor():  # no longer among the RERANKED best
                heapq.heappush(pending, (-total, doc, total, folded, accented_part))
                continue
            bonus = check(doc, folded, accented_part) if -negative > total or not capped else 0.0
            if bonus is None:
                continue
            final.append((total + bonus, doc))
            if len(shown) < limit:
                heapq.heappush(shown, total + bonus)
            elif total + bonus > shown[0]:
                heapq.heapreplace(shown, total + bonus)

    rarest = required[0] if required else None
    if rarest is not None and len(rarest) <= EXHAUSTIVE or allowed is not None and len(allowed) <= EXHAUSTIVE:
        pages = rarest.pages() if rarest is not None and (allowed is None or len(rarest) <= len(allowed)) \
            else sorted(allowed)
        consider([doc for doc in pages if allowed is None or doc in allowed])
    else:
        for found in lists:
            found.densify()  # every page of the batches is looked up in every list
        seen: set[int] = set()
        depth, step = 0, 64
        while True:
            batch = [doc for doc in dict.fromkeys(itertools.chain.from_iterable(
                found.ranked[depth:depth + step] for found in lists)) if doc not in seen]
            seen.update(batch)
            consider(batch if allowed is None else [doc for doc in batch if doc in allowed])
            depth += step
            if required and depth >= len(rarest) or all(depth >= len(found) for found in lists):
                break  # every page that can match has been read
            folded_bound = sum(found.bound(depth) for found in lists if not found.accented)
            accented_bound = sum(found.bound(depth) for found in lists if found.accented)
            bound = folded_bound + accented_bound
            if coordination:
                bound = _coordinated(bound, len(lists), coordination)
            if bound >= reranked_floor():  # a page not yet read could still be among the RERANKED best
                # and get a bonus, if it can still be in every list of its kind (a list read whole: not)
                if all(depth < len(found) for found in lists if not found.accented):
                    bound += check.folded_boost * folded_bound
                if all(depth < len(found) for found in lists if found.accented):
                    bound += check.accented_boost * accented_bound
            settle(bound)
            if len(shown) >= limit and shown[0] > bound:
                break
            step = min(max(64, depth // 2), 4096)
    settle(-math.inf)
    return final


def _each(function, columns: list[Sequence], length: int, empty) -> Iterable:
    """`function` of each row of the columns (`empty` for each of `length` rows when there is none)."""
    return map(function, zip(*columns, strict=True)) if columns else itertools.repeat(empty, length)


def _nonzero(impacts: tuple[int, ...]) -> int:
    return len(impacts) - impacts.count(0)


def _coordinated(score: float, matched: int, terms: int) -> float:
    """Whoosh's CoordMatcher (the "SQR" of V-Twin): pages matching more of the terms rank higher."""
    if terms <= 1:
        return score
    return (score + (matched - 1) / (terms - COORDINATION) ** 2) * ((terms - 1) / terms)


class _Adjacent:
    """The words one after the other, anything but a word between them: "kinh te xa hoi" finds "kinh tế - xã hội".

    The pattern starts with the first word, so that the regular expression engine looks for it as a
    string; that no word goes on before it is checked after (a look-behind first made each search
    try every position: 0.8 ms a letter)."""

    def __init__(self, words: list[str]):
        self.pattern = re.compile(r"[\W_]+".join(map(re.escape, words)) + r"(?![^\W_])")

    def found(self, text: str) -> bool:
        at = 0
        while (match := self.pattern.search(text, at)) is not None:
            start = match.start()
            if start == 0 or not _WORD_CHAR.match(text, start - 1):
                return True
            at = start + 1
        return False


_WORD_CHAR = re.compile(r"[^\W_]")


def _ordered(index: _Index, scores: list[tuple[float, int]], limit: int) -> list[tuple[float, int]]:
    """Best first; pages with the same score in the order of their addresses."""
    scores.sort(key=lambda pair: -pair[0])
    if len(scores) > limit:  # the ties at the last place decide which pages are shown
        last = scores[limit - 1][0]
        scores = [pair for pair in scores if pair[0] >= last]
    return sorted(scores, key=lambda pair: (-pair[0], index.url(pair[1])))[:limit]


def _excerpt(content: str, folded: str, words: list[str], before: int = 60, length: int = 200) -> str:
    """About `length` characters of the text as written around the first of the query's words, each
    «marked». Found on the folded text, which has the same length, so the marks land on the
    wording as written."""
    if not words or len(folded) != len(content):
        return ""
    pattern = re.compile(r"(?<![^\W_])(?:" + "|".join(map(re.escape, words)) + r")(?![^\W_])")
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
