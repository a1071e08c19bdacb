"""The search index of the browser: static files split by term, read by assets/javascripts/archive-search.js.

A query downloads the small meta file, the bucket files of its terms and the records of the results it
shows, however many letters the archive holds:

- meta.json: format version, bucket bits, document count, average body length, record field names.
- b/<hex>.bin: the terms whose CRC-32 starts with <hex> (the bucket number, its top `bits` bits). Each
  term: varint UTF-8 length, the term, varint document frequency, varint posting count, then per
  posting a varint doc-id delta and one impact byte. Zero-byte files for empty buckets (no 404s).
- d/<n>.json: the records of documents 8n…8n+7: url, kind, number, type, date, issuer, subject.
- t/<id>.txt: the start of each document's text as written (EXCERPT_CHARS), fetched for the results a
  query shows only, to show an excerpt around the words found, marked.
- filters.json: the values of the issuer/type/year filters, read when the filters are reached for.

Terms are folded (no diacritics, "đ" as "d"): words, document numbers whole and in parts, pairs of
neighbouring words (a phrase ranks first) and filter terms ("year:2024"). A posting's impact is the
BM25 weight of the term in the body plus fixed bonuses for the fields that hold it (a number query
puts the letter with that number above those citing it), one byte; the idf is applied in the browser
from the document frequency. Common terms keep only their TOP_K best postings, so no term costs more
than a few KB to fetch.

The build streams: postings are grouped by term in memory and spilled, every few million, into 256
partition files by CRC; each partition is then gathered and weighed alone, in CRC order, so the
terms come out in bucket order without a sort of all the postings.

A later build updates the index in place when few entries changed: the build's cache keeps every
bucket's postings before they are weighed and cut (the cache's b/, each term with the size of its
published record), and what each document id stands for (state.pickle). A changed entry keeps its id, a
new one takes the next, a removed one leaves its id empty; only the buckets of the terms they had or have
and their record files are rewritten (the other terms' published records copied as they are), weighed
with the mean length of the last whole write, so the other documents' impacts stand: a term's published
list takes the changed documents' postings in or out, and is weighed again from the cache only when a
document leaves a cut list (weighing every posting of a letter's common words took 220 s at 100,000).
The bytes then depend on the order the changes came in, the results do not; the index is written
whole again when the code changed or when the entries changed since the last whole write reach
UPDATE_SHARE.
"""

from __future__ import annotations

import json
import math
import re
import shutil
import struct
import tempfile
import zlib
from array import array
from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import accumulate
from operator import itemgetter, neg, sub
from pathlib import Path
from typing import BinaryIO

from build_tools.dates import vn_date
from build_tools.search.analysis import folded_tokens, number_key, number_parts
from build_tools.search.index import IndexItem, SearchEntry
from build_tools.store import code_digest, load_pickle, save_pickle

VERSION = 1
# Bonuses (in units of one body occurrence) for a term found in a field: what a citizen remembers of
# a letter weighs more than a word of its text.
NUMBER_BONUS, NUMBER_PART_BONUS = 12, 8
FIELD_BONUS = {"subject": 3, "issuer": 2, "type": 2, "signer": 2, "place": 2}
# A cited document is found by its number and type: what the citing letters say of it is theirs.
CITED_FIELDS = ("type",)
K1, B = 1.2, 0.75
IMPACT_STEP = 8  # an impact byte is the weight × 8: steps of 1/8 up to ~32
TOP_K = 1000
BLOCK = 8  # documents per record file: ten results fetch at most ten small files
TARGET_BUCKET = 4096  # bytes: the bucket count is the power of two that brings the mean near this
MAX_BITS = 16
# Postings held before a spill: each distinct term costs a str and a bytearray besides its postings,
# so 3,000,000 held the writer at 0.53 GB at 100,000 letters (the build's peak was 2.35 GB).
SPILL_POSTINGS = 1_000_000
PARTITION_BITS = 8  # postings spilled into 256 files by CRC: each is gathered alone, a few MB at a time
PARTITIONS = 1 << PARTITION_BITS
FILTERS = ("issuer", "type", "year")
RECORD_FIELDS = ("url", "kind", "number", "type", "date", "issuer", "subject")
EXCERPT_CHARS = 6000  # a letter's text kept for excerpts: a result's excerpt costs one small file
UPDATE_SHARE = 0.2  # entries changed since the last whole write, as a share of all: beyond, write it whole
_CODE = ("search", "text.py", "markup.py", "dates.py")


def update_browser_index(items: list[IndexItem], out: Path, cache: Path) -> str:
    """Bring the index in `out` to `items`: nothing to do, an update in place, or a whole write (see the
    module's docstring). `cache` is the build's folder for it (not published). Says which it was."""
    code = code_digest(*_CODE)
    state = load_pickle(_state_path(cache))
    if state is not None and state.code == code and (out / "meta.json").exists():
        changes = _changes(state, items)
        if not changes:
            return "unchanged"
        if state.drift + len(changes) <= UPDATE_SHARE * len(items):
            try:
                _update(state, changes, out, cache)
                return f"{len(changes)} entries updated"
            except LookupError:  # an earlier entry is gone from the letter store: write it whole
                pass
    _state_path(cache).unlink(missing_ok=True)
    layout = _write_whole((item.entry() for item in items), out, cache, SPILL_POSTINGS)
    save_pickle(_state_path(cache), _State(code, layout, list(items), 0))
    return "written whole"


def write_browser_index(entries: Iterable[SearchEntry], out: Path, *, spill_postings: int = SPILL_POSTINGS) -> int:
    """Write the index of `entries` into `out` (replaced whole); returns the number of documents indexed."""
    return len(_write_whole(entries, out, None, spill_postings).lengths)


@dataclass(frozen=True)
class _Layout:
    """What a whole write decided and read: the bucket bits, BM25's mean length, the body length of
    each document id, and how many documents hold each value of each filter (an update changes the
    last two in place and keeps the first two)."""

    bits: int
    average: float
    lengths: array
    filters: dict[str, Counter]


def _write_whole(entries: Iterable[SearchEntry], out: Path, cache: Path | None, spill_postings: int) -> _Layout:
    # Written aside, in the build's own folder when there is one: a build killed while it writes leaves nothing
    # of it in the published folder (docs/), only the index it had.
    aside = cache if cache is not None else out.parent
    staging = aside / (out.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "d").mkdir(parents=True)
    (staging / "b").mkdir()
    with tempfile.TemporaryDirectory(dir=aside, prefix=".spill-") as spill:
        lengths, filters = _spill_postings(entries, staging / "d", Path(spill), spill_postings)
        average = _mean_length(lengths)
        norms = _norms(lengths, average)
        weighed, whole, sizes = Path(spill) / "weighed.bin", Path(spill) / "whole.bin", [0] * (1 << MAX_BITS)
        with weighed.open("wb") as weighed_stream, whole.open("wb") as whole_stream:
            for partition in range(PARTITIONS):
                for crc, term, packed in _gathered(_partition_path(Path(spill), partition)):
                    record = _weighed_record(term, packed, norms)
                    _frame(weighed_stream, crc, record)
                    sizes[crc >> (32 - MAX_BITS)] += len(record)
                    if cache is not None:
                        _frame(whole_stream, crc, _cached_record(term, packed, len(record)))
        bits = _bucket_bits(sum(sizes))
        _split_buckets(weighed, staging / "b", bits)
        if cache is not None:
            shutil.rmtree(cache / "b", ignore_errors=True)
            (cache / "b").mkdir(parents=True)
            _split_buckets(whole, cache / "b", bits)
    layout = _Layout(bits, average, lengths, filters)
    _write_lists(staging, layout)
    shutil.rmtree(out, ignore_errors=True)
    shutil.move(staging, out)  # a rename, or a copy where the build's folder is on another disk
    return layout


def _mean_length(lengths: array) -> float:
    """The mean length of the texts BM25 compares with: cited documents have none."""
    bodies = sum(1 for length in lengths if length)
    return sum(lengths) / max(bodies, 1)


def _norms(lengths: array, average: float) -> list[float]:
    """BM25's length normaliser of each document."""
    return [K1 * (1 - B + B * length / average) for length in lengths]


def _write_lists(folder: Path, layout: _Layout) -> None:
    """filters.json (the values of the filters in use) and meta.json."""
    _write_json(folder / "filters.json", {name: sorted(value for value, count in layout.filters[name].items() if count)
                                          for name in FILTERS})
    _write_json(folder / "meta.json", {"version": VERSION, "bits": layout.bits, "docs": len(layout.lengths),
                                       "block": BLOCK, "average": round(layout.average, 3), "step": IMPACT_STEP,
                                       "fields": RECORD_FIELDS})


# --- documents → postings spilled by partition ---
# A posting: doc id (4 bytes), count in the body (2), field bonus (1). The lengths of the bodies stay in
# memory (4 bytes a document) for the BM25 weights, computed once the mean length is known.
_POSTING = struct.Struct("<IHB")
_DOC = struct.Struct("<I")


def _spill_postings(entries: Iterable[SearchEntry], records: Path, spill: Path, spill_postings: int
                    ) -> tuple[array, dict[str, Counter]]:
    """Postings grouped by term in memory, spilled every `spill_postings` into PARTITIONS files by CRC;
    the records written by blocks into `records`. Returns the body lengths and the filters' counts.

    Documents come in id order, so a term's postings read back in spill order are sorted by doc id."""
    batch: dict[str, bytearray] = {}
    held = 0
    lengths, block, filters = array("I"), [], {name: Counter() for name in FILTERS}
    for doc, entry in enumerate(entries):
        body = folded_tokens(entry.text)
        lengths.append(len(body))
        block.append(_record(entry))
        _write_excerpt_text(records.parent, doc, entry)
        _count_filters(filters, block[-1], 1)
        if len(block) == BLOCK:
            _write_json(records / f"{doc // BLOCK}.json", block)
            block = []
        for term, posting in _postings(doc, entry, body):
            batch.setdefault(term, bytearray()).extend(posting)
            held += 1
        if held >= spill_postings:
            _spill(batch, spill)
            batch, held = {}, 0
    if block:
        _write_json(records / f"{(len(lengths) - 1) // BLOCK}.json", block)
    _spill(batch, spill)
    return lengths, filters


def _write_excerpt_text(out: Path, doc: int, entry: SearchEntry | None) -> None:
    """The start of a document's text, for its excerpts (t/<id>.txt); none for an emptied id."""
    path = out / "t" / f"{doc}.txt"
    if entry is None:
        path.unlink(missing_ok=True)
        return
    path.parent.mkdir(exist_ok=True)
    path.write_text(entry.text[:EXCERPT_CHARS], encoding="utf-8", newline="\n")


def _record(entry: SearchEntry) -> list:
    return [entry.url, entry.kind, entry.number, entry.type, vn_date(entry.date) if entry.date else None,
            entry.issuer, entry.subject]


def _filter_values(record: list) -> tuple[str | None, str | None, str | None]:
    """issuer, type and year of a record (its date is "26/04/2024", "04/2024" or "2024")."""
    return record[5], record[3], record[4][-4:] if record[4] else None


def _count_filters(filters: dict[str, Counter], record: list, step: int) -> None:
    for name, value in zip(FILTERS, _filter_values(record), strict=True):
        if value:
            filters[name][value] += step


def _postings(doc: int, entry: SearchEntry, body: list[str]) -> Iterator[tuple[str, bytes]]:
    tf = Counter(_terms(body))
    bonus: Counter[str] = Counter()
    for field, weight in FIELD_BONUS.items():
        if entry.kind == "cited" and field not in CITED_FIELDS:
            continue
        for term in set(_terms(folded_tokens(getattr(entry, field) or ""))):
            bonus[term] += weight
    for token in folded_tokens(number_key(entry.number or "")):
        bonus[token] += NUMBER_BONUS
        for part in set(number_parts(token)):
            bonus[part] += NUMBER_PART_BONUS
    for term in _filter_terms(entry):
        bonus[term] += 0  # a filter term selects, it does not rank
    pack = _POSTING.pack
    for term in tf.keys() | bonus.keys():
        count, extra = tf[term], bonus[term]
        yield term, pack(doc, count if count <= 0xFFFF else 0xFFFF, extra if extra <= 0xFF else 0xFF)


def _terms(tokens: list[str]) -> list[str]:
    """Words, numbers whole and in parts, and pairs of neighbouring tokens ("tang truong")."""
    parts = [part for token in tokens if "/" in token or "-" in token for part in number_parts(token)]
    return tokens + parts + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def _filter_terms(entry: SearchEntry) -> Iterator[str]:
    """"issuer:uy ban nhan dan…", "type:cong van", "year:2024".

    The browser makes the term from the value shown in filters.json the same way: name, colon, folded words.
    """
    for name, value in zip(FILTERS, _filter_values(_record(entry)), strict=True):
        if value:
            yield f"{name}:{' '.join(folded_tokens(value))}"


def _spill(batch: dict[str, bytearray], spill: Path) -> None:
    """Append each term of the batch to its partition file."""
    parts: list[list[bytes]] = [[] for _ in range(PARTITIONS)]
    for term, postings in batch.items():
        parts[zlib.crc32(term.encode()) >> (32 - PARTITION_BITS)].append(_whole_record(term, postings))
    for partition, records in enumerate(parts):
        if records:
            with _partition_path(spill, partition).open("ab") as stream:
                stream.writelines(records)


def _partition_path(spill: Path, partition: int) -> Path:
    return spill / f"part-{partition:03d}.bin"


def _whole_record(term: str, packed: bytes) -> bytes:
    """A term and its postings as packed, none weighed nor cut: varint length, term, varint bytes, postings."""
    name = term.encode()
    return _varint(len(name)) + name + _varint(len(packed)) + packed


def _whole_records(data: bytes) -> Iterator[tuple[bytes, bytes]]:
    at = 0
    while at < len(data):
        name, packed, at = _whole_record_at(data, at)
        yield name, packed


def _whole_record_at(data: bytes, at: int) -> tuple[bytes, bytes, int]:
    """The term and postings of the whole record at `at`, and where the next one starts."""
    size, at = _read_varint(data, at)
    name, at = data[at:at + size], at + size
    size, at = _read_varint(data, at)
    return name, data[at:at + size], at + size


def _cached_record(term: str, packed: bytes, published: int) -> bytes:
    """A term of a bucket as the cache keeps it: the size of its published record (which the published bucket
    holds in the same order), then its whole record. An update then copies the published records of the terms
    it does not touch by their sizes: decoding every posting of the buckets it rewrites took most of it."""
    return _varint(published) + _whole_record(term, packed)


def _cached_records(data: bytes) -> Iterator[tuple[str, bytes, int]]:
    """A cached bucket's terms, in its order: each one's postings and the size of its published record."""
    at = 0
    while at < len(data):
        published, at = _read_varint(data, at)
        name, packed, at = _whole_record_at(data, at)
        yield name.decode(), packed, published


# --- partitions → weighed terms, in CRC order ---

def _gathered(path: Path) -> Iterator[tuple[int, str, bytes]]:
    """The partition's terms in (CRC, term) order, each with all its postings packed in doc order."""
    if not path.exists():
        return
    gathered: dict[bytes, list[bytes]] = {}
    for name, packed in _whole_records(path.read_bytes()):
        gathered.setdefault(name, []).append(packed)
    for crc, name in sorted((zlib.crc32(name), name) for name in gathered):
        yield crc, name.decode(), b"".join(gathered[name])


def _weighed_record(term: str, packed: bytes, norms: list[float]) -> bytes:
    """The term as the browser reads it: postings weighed, common terms cut to their TOP_K best."""
    postings = [(doc, _impact(tf, norms[doc], bonus)) for doc, tf, bonus in _POSTING.iter_unpack(packed)]
    return _cut_record(term, len(postings), postings)


def _cut_record(term: str, df: int, postings: list[tuple[int, int]]) -> bytes:
    """The term's record, a common term's postings cut to their TOP_K best."""
    if ":" not in term and len(postings) > TOP_K:  # filter terms are never cut: they select, not rank
        postings = [(doc, -rank) for rank, doc in sorted(_ranks(postings))[:TOP_K]]
    return _term_record(term, df, sorted(postings))


def _frame(stream: BinaryIO, crc: int, record: bytes) -> None:
    """Frame a record by its CRC and length, for the split into buckets."""
    stream.write(crc.to_bytes(4, "big") + len(record).to_bytes(4, "big") + record)


def _impact(tf: int, norm: float, bonus: int) -> int:
    body = tf * (K1 + 1) / (tf + norm) if tf else 0.0
    return min(255, max(1, round((body + bonus) * IMPACT_STEP)))


def _term_record(term: str, df: int, postings: list[tuple[int, int]]) -> bytes:
    name = term.encode()
    out = bytearray(_varint(len(name)) + name + _varint(df) + _varint(len(postings)))
    docs, impacts = _columns(postings)
    gaps = list(map(sub, docs, [0, *docs]))
    start = 0
    # Runs of one-byte gaps (most of a list) interleaved with their impacts in C; a longer gap as a varint.
    for at in [*(at for at, gap in enumerate(gaps) if gap >= 0x80), len(gaps)]:
        run = bytearray(2 * (at - start))
        run[0::2], run[1::2] = gaps[start:at], impacts[start:at]
        out += run
        if at < len(gaps):
            out += _varint(gaps[at])
            out.append(impacts[at])
        start = at + 1
    return bytes(out)


def _columns(postings: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """The postings' doc ids and impacts, apart."""
    return list(map(itemgetter(0), postings)), list(map(itemgetter(1), postings))


def _varint(value: int) -> bytes:
    out = bytearray()
    while value >= 0x80:
        out.append(value & 0x7F | 0x80)
        value >>= 7
    out.append(value)
    return bytes(out)


# --- terms → bucket files ---

def _bucket_bits(total: int) -> int:
    return min(MAX_BITS, max(0, math.ceil(math.log2(max(total, 1) / TARGET_BUCKET))))


def _bucket_name(bucket: int, bits: int) -> str:
    """"1a2b.bin": the bucket number in as many hex digits as `bits` needs."""
    return f"{bucket:0{max(1, math.ceil(bits / 4))}x}.bin"


def _split_buckets(terms: Path, folder: Path, bits: int) -> None:
    """Cut the CRC-ordered stream of terms into 2**bits files: each bucket is a run of the stream."""
    buckets = iter(range(1 << bits))
    current = next(buckets)
    out = (folder / _bucket_name(current, bits)).open("wb")
    try:
        for crc, record in _framed(terms):
            bucket = crc >> (32 - bits) if bits else 0
            while current < bucket:
                out.close()
                current = next(buckets)
                out = (folder / _bucket_name(current, bits)).open("wb")
            out.write(record)
        for current in buckets:
            out.close()
            out = (folder / _bucket_name(current, bits)).open("wb")
    finally:
        out.close()


def _framed(terms: Path) -> Iterator[tuple[int, bytes]]:
    with terms.open("rb") as stream:
        while head := stream.read(8):
            yield int.from_bytes(head[:4], "big"), stream.read(int.from_bytes(head[4:], "big"))


def read_bucket(data: bytes) -> dict[str, tuple[int, list[tuple[int, int]]]]:
    """A bucket file decoded: term → (document frequency, [(doc id, impact)]); what the browser reads."""
    terms, at = {}, 0
    while at < len(data):
        size, at = _read_varint(data, at)
        term, at = data[at:at + size].decode(), at + size
        df, at = _read_varint(data, at)
        n, at = _read_varint(data, at)
        postings, at = _read_postings(data, at, n)
        terms[term] = (df, postings)
    return terms


def _read_postings(data: bytes, at: int, n: int) -> tuple[list[tuple[int, int]], int]:
    """The `n` postings at `at`, and where they end: runs of one-byte gaps (most of a list) decoded in C, up to
    the next longer gap, found by a search in C too."""
    postings: list[tuple[int, int]] = []
    doc = 0
    while len(postings) < n:
        gaps = data[at:at + 2 * (n - len(postings)):2]
        longer = _LONGER_GAP.search(gaps)
        run = longer.start() if longer else len(gaps)
        docs = list(accumulate(gaps[:run], initial=doc))[1:]
        postings += zip(docs, data[at + 1:at + 2 * run:2], strict=True)
        at += 2 * run
        doc = docs[-1] if docs else doc
        if len(postings) < n:
            delta, at = _read_varint(data, at)
            doc += delta
            postings.append((doc, data[at]))
            at += 1
    return postings, at


_LONGER_GAP = re.compile(rb"[\x80-\xff]")  # a gap's byte that says more bytes follow


def _read_varint(data: bytes, at: int) -> tuple[int, int]:
    value = shift = 0
    while True:
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << shift
        shift += 7
        if byte < 0x80:
            return value, at


def bucket_of(term: str, bits: int) -> int:
    """The bucket a term lives in: the top `bits` bits of the CRC-32 of its UTF-8 bytes."""
    return zlib.crc32(term.encode()) >> (32 - bits) if bits else 0


def _write_json(path: Path, value) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8", newline="\n")



# --- the update in place ---

@dataclass
class _State:
    """What the last write left in the cache for the next update."""

    code: str
    layout: _Layout  # its mean length is the last whole write's: an update does not weigh every posting again
    items: list[IndexItem | None]  # by doc id; None: removed since the last whole write
    drift: int  # entries changed, added or removed since the last whole write


def _state_path(cache: Path) -> Path:
    return cache / "state.pickle"


_Change = tuple[int, IndexItem | None, IndexItem | None]  # doc id, the entry before, the entry now


def _changes(state: _State, items: list[IndexItem]) -> list[_Change]:
    """The entries changed (same id), added (the next ids, in the items' order) and removed."""
    ids = {item.url: doc for doc, item in enumerate(state.items) if item is not None}
    changes, next_id = [], len(state.items)
    for item in items:
        doc = ids.pop(item.url, None)
        if doc is None:
            changes.append((next_id, None, item))
            next_id += 1
        elif state.items[doc].made_from != item.made_from:
            changes.append((doc, state.items[doc], item))
    changes += [(doc, state.items[doc], None) for doc in ids.values()]
    return sorted(changes, key=lambda change: change[0])


def _update(state: _State, changes: list[_Change], out: Path, cache: Path) -> None:
    """Rewrite the buckets of the terms the changed entries had or have, and their record files.

    The state is removed first and saved last: an update cut short leaves a whole write to the next build."""
    before: set[str] = set()
    fresh: dict[str, list[tuple[int, int, int]]] = {}
    records: dict[int, list | None] = {}
    for doc, was, now in changes:
        if was is not None:  # LookupError when the store lost it: the caller writes the index whole
            entry = _entry(was)
            before.update(term for term, _ in _postings(doc, entry, folded_tokens(entry.text)))
            _count_filters(state.layout.filters, _record(entry), -1)
        records[doc] = _set_document(state, doc, now, fresh, out)
    _state_path(cache).unlink()
    changed = {doc for doc, _, _ in changes}
    by_bucket: dict[int, set[str]] = {}
    layout = state.layout
    for term in before | fresh.keys():
        by_bucket.setdefault(bucket_of(term, layout.bits), set()).add(term)
    norms = _norms(layout.lengths, layout.average)
    for bucket, terms in sorted(by_bucket.items()):
        name = _bucket_name(bucket, layout.bits)
        kept = _updated_bucket((cache / "b" / name).read_bytes(), (out / "b" / name).read_bytes(), terms, changed,
                               fresh)
        weighed = [_reweighed(term, packed, _published_term(record), changed, fresh.get(term, ()), norms)
                   if term in terms else record for _, term, packed, record in kept]
        (cache / "b" / name).write_bytes(b"".join(_cached_record(term, packed, len(record))
                                                  for (_, term, packed, _), record in zip(kept, weighed, strict=True)))
        (out / "b" / name).write_bytes(b"".join(weighed))
    _rewrite_blocks(out / "d", records)
    _write_lists(out, layout)
    state.drift += len(changes)
    save_pickle(_state_path(cache), state)


def _entry(item: IndexItem) -> SearchEntry:
    try:
        return item.entry()
    except RuntimeError as error:  # LetterStore.whole: the conversion is no longer in the store
        raise LookupError(str(error)) from error


def _set_document(state: _State, doc: int, now: IndexItem | None, fresh: dict[str, list], out: Path) -> list | None:
    """Put the entry now under `doc` into the state, its postings into `fresh` and its text for excerpts
    into `out`; returns its record."""
    lengths = state.layout.lengths
    if doc == len(state.items):
        state.items.append(None)
        lengths.append(0)
    state.items[doc], lengths[doc] = now, 0
    entry = now.entry() if now is not None else None
    _write_excerpt_text(out, doc, entry)
    if entry is None:
        return None
    body = folded_tokens(entry.text)
    lengths[doc] = len(body)
    for term, posting in _postings(doc, entry, body):
        fresh.setdefault(term, []).append(_POSTING.unpack(posting))
    record = _record(entry)
    _count_filters(state.layout.filters, record, 1)
    return record


def _rewrite_blocks(folder: Path, records: dict[int, list | None]) -> None:
    """Put the changed records into their block files (an empty id holds null)."""
    for start in sorted({doc - doc % BLOCK for doc in records}):
        path = folder / f"{start // BLOCK}.json"
        block = json.loads(path.read_text(encoding="utf-8")) if path.exists() else []
        for doc in range(start, start + BLOCK):
            if doc in records:
                block += [None] * (doc - start + 1 - len(block))
                block[doc - start] = records[doc]
        _write_json(path, block)


def _updated_bucket(cached: bytes, published: bytes, terms: set[str], changed: set[int],
                    fresh: dict[str, list]) -> list[tuple[int, str, bytes, bytes | None]]:
    """The bucket's terms in (CRC, term) order, with the postings of the changed documents replaced, each with
    its record as published (None for a new term), cut from the published bucket by the sizes the cache keeps."""
    kept, at = {}, 0
    for term, packed, size in _cached_records(cached):
        record, at = published[at:at + size], at + size
        if term in terms:
            packed = _spliced(packed, changed, sorted(fresh.get(term, ())))
        if packed:
            kept[term] = packed, record
    for term in terms - kept.keys():  # new terms
        if term in fresh:
            kept[term] = b"".join(_POSTING.pack(*row) for row in sorted(fresh[term])), None
    return sorted((zlib.crc32(term.encode()), term, packed, record) for term, (packed, record) in kept.items())


def _published_term(record: bytes | None) -> tuple[int, list[tuple[int, int]]] | None:
    """A term's document frequency and postings, decoded from its published record alone."""
    return next(iter(read_bucket(record).values())) if record is not None else None


def _spliced(packed: bytes, changed: set[int], rows: list[tuple[int, int, int]]) -> bytes:
    """Postings packed in doc order, the changed documents' replaced by `rows`: found by bisection, as a
    common term holds 100,000 postings and a changed letter a few."""
    count = len(packed) // _POSTING.size

    def doc_at(index: int) -> int:
        return _DOC.unpack_from(packed, index * _POSTING.size)[0]

    pieces, at = [], 0
    for doc in sorted(changed | {row[0] for row in rows}):
        index = bisect_left(range(count), doc, key=doc_at)
        start = index * _POSTING.size
        pieces.append(packed[at:start])
        at = start + _POSTING.size if index < count and doc_at(index) == doc else start
        pieces += [_POSTING.pack(*row) for row in rows if row[0] == doc]
    pieces.append(packed[at:])
    return b"".join(pieces)


def _reweighed(term: str, packed: bytes, published: tuple[int, list[tuple[int, int]]] | None, changed: set[int],
               rows: Iterable[tuple[int, int, int]], norms: list[float]) -> bytes:
    """The term's weighed record after an update, from the one published: the other documents' impacts
    do not change between whole writes, so only the changed documents' postings are weighed, unless
    the list was cut and a changed document leaves a place another document outside it must fill."""
    if published is None:
        return _weighed_record(term, packed, norms)
    df, postings = published
    df_now = len(packed) // _POSTING.size
    others = [posting for posting in postings if posting[0] not in changed]
    new = [(doc, _impact(tf, norms[doc], bonus)) for doc, tf, bonus in rows]
    if len(postings) == df:  # not cut: every posting is there
        return _cut_record(term, df_now, others + new)
    last = max(_ranks(postings))  # every document outside the list ranks after it
    candidates = others + [posting for posting in new if _rank(posting) <= last]
    if len(candidates) < TOP_K:
        return _weighed_record(term, packed, norms)
    return _cut_record(term, df_now, candidates)


def _rank(posting: tuple[int, int]) -> tuple[int, int]:
    """The order a cut list keeps its postings in: the highest impact first, then the lowest doc id."""
    doc, impact = posting
    return -impact, doc


def _ranks(postings: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each posting's `_rank`, made in C: a Python call a posting was a third of an update of common words."""
    docs, impacts = _columns(postings)
    return list(zip(map(neg, impacts), docs, strict=True))
