"""The search index of the browser: static files split by term, read by assets/javascripts/archive-search.js.

A query downloads the small meta file, the bucket files of its terms and the records of the results it
shows, however many letters the archive holds:

- meta.json: format version, bucket bits, document count, average body length, record field names.
- b/<hex>.bin: the terms whose CRC-32 starts with <hex> (the bucket number, its top `bits` bits). Each
  term: varint UTF-8 length, the term, varint document frequency, varint posting count, then per
  posting a varint doc-id delta and one impact byte. Zero-byte files for empty buckets (no 404s).
- d/<n>.json: the records of documents 8n…8n+7: url, kind, number, type, date, issuer, subject.
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
"""

from __future__ import annotations

import hashlib
import json
import math
import shutil
import struct
import tempfile
import zlib
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from build_tools.search.analysis import folded_tokens, number_key, number_parts
from build_tools.search.index import IndexItem, SearchEntry
from build_tools.site.markdown import vn_date
from build_tools.store import code_digest

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
SPILL_POSTINGS = 3_000_000  # ~21 MB of postings and their terms held before a spill
PARTITION_BITS = 8  # postings spilled into 256 files by CRC: each is gathered alone, a few MB at a time
PARTITIONS = 1 << PARTITION_BITS
FILTERS = ("issuer", "type", "year")
RECORD_FIELDS = ("url", "kind", "number", "type", "date", "issuer", "subject")


def update_browser_index(items: list[IndexItem], out: Path) -> None:
    """Write the index of `items` into `out` unless it was made from the same entries by the same code:
    it is not updated entry by entry (each posting's impact depends on every document)."""
    inputs = [code_digest(*_CODE), *(item.made_from for item in items)]
    made_from = hashlib.sha256("\n".join(inputs).encode()).hexdigest()
    mark = out / _MADE_FROM
    if not (mark.exists() and mark.read_text(encoding="utf-8") == made_from):
        write_browser_index((item.entry() for item in items), out)
        mark.write_text(made_from, encoding="utf-8")


_MADE_FROM = ".made-from"  # in the index (hidden: not published): the digest of what it was made from
_CODE = ("search", "text.py", "markup.py", "site/markdown.py")


def write_browser_index(entries: Iterable[SearchEntry], out: Path, *, spill_postings: int = SPILL_POSTINGS) -> int:
    """Write the index of `entries` into `out` (replaced whole); returns the number of documents indexed."""
    staging = out.with_name(out.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "d").mkdir(parents=True)
    (staging / "b").mkdir()
    with tempfile.TemporaryDirectory(dir=out.parent, prefix=".spill-") as spill:
        spilled = _spill_postings(entries, staging / "d", Path(spill), spill_postings)
        terms, sizes = Path(spill) / "terms.bin", [0] * (1 << MAX_BITS)
        norms = [K1 * (1 - B + B * length / spilled.average) for length in spilled.lengths]
        with terms.open("wb") as stream:
            for partition in range(PARTITIONS):
                _write_partition(stream, _partition_path(Path(spill), partition), norms, sizes)
        bits = _bucket_bits(sum(sizes))
        _split_buckets(terms, staging / "b", bits)
    _write_json(staging / "filters.json", {name: sorted(values) for name, values in spilled.filters.items()})
    _write_json(staging / "meta.json", {"version": VERSION, "bits": bits, "docs": len(spilled.lengths),
                                        "block": BLOCK, "average": round(spilled.average, 3), "step": IMPACT_STEP,
                                        "fields": RECORD_FIELDS})
    shutil.rmtree(out, ignore_errors=True)
    staging.rename(out)
    return len(spilled.lengths)


# --- documents → postings spilled by partition ---
# A posting: doc id (4 bytes), count in the body (2), field bonus (1). The lengths of the bodies stay in
# memory (4 bytes a document) for the BM25 weights, computed once the mean length is known.
_POSTING = struct.Struct("<IHB")


@dataclass(frozen=True)
class _Spilled:
    lengths: array  # body length (tokens) by doc id
    average: float  # the mean length of the texts BM25 compares with: cited documents have none
    filters: dict[str, set[str]]


def _spill_postings(entries: Iterable[SearchEntry], records: Path, spill: Path, spill_postings: int) -> _Spilled:
    """Postings grouped by term in memory, spilled every `spill_postings` into PARTITIONS files by CRC.

    Documents come in id order, so a term's postings read back in spill order are sorted by doc id."""
    batch: dict[str, bytearray] = {}
    held = 0
    block: list[list] = []
    filters: dict[str, set[str]] = {name: set() for name in FILTERS}
    lengths = array("I")
    for doc, entry in enumerate(entries):
        body = folded_tokens(entry.text)
        lengths.append(len(body))
        for term, posting in _postings(doc, entry, body, filters):
            batch.setdefault(term, bytearray()).extend(posting)
            held += 1
        block.append(_record(entry))
        if len(block) == BLOCK:
            _write_json(records / f"{doc // BLOCK}.json", block)
            block = []
        if held >= spill_postings:
            _spill(batch, spill)
            batch, held = {}, 0
    if block:
        _write_json(records / f"{(len(lengths) - 1) // BLOCK}.json", block)
    _spill(batch, spill)
    bodies = sum(1 for length in lengths if length)
    return _Spilled(lengths, sum(lengths) / max(bodies, 1), filters)


def _record(entry: SearchEntry) -> list:
    return [entry.url, entry.kind, entry.number, entry.type, vn_date(entry.date) if entry.date else None,
            entry.issuer, entry.subject]


def _postings(doc: int, entry: SearchEntry, body: list[str],
              filters: dict[str, set[str]]) -> Iterator[tuple[str, bytes]]:
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
    for term in _filter_terms(entry, filters):
        bonus[term] += 0  # a filter term selects, it does not rank
    pack = _POSTING.pack
    for term in tf.keys() | bonus.keys():
        count, extra = tf[term], bonus[term]
        yield term, pack(doc, count if count <= 0xFFFF else 0xFFFF, extra if extra <= 0xFF else 0xFF)


def _terms(tokens: list[str]) -> list[str]:
    """Words, numbers whole and in parts, and pairs of neighbouring tokens ("tang truong")."""
    parts = [part for token in tokens if "/" in token or "-" in token for part in number_parts(token)]
    return tokens + parts + [f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)]


def _filter_terms(entry: SearchEntry, filters: dict[str, set[str]]) -> Iterator[str]:
    """"issuer:uy ban nhan dan…", "type:cong van", "year:2024"; each value is remembered for filters.json.

    The browser makes the term from the value shown the same way: name, colon, folded words.
    """
    values = {"issuer": entry.issuer, "type": entry.type, "year": entry.date[:4] if entry.date else None}
    for name, value in values.items():
        if value:
            filters[name].add(value)
            yield f"{name}:{' '.join(folded_tokens(value))}"


def _spill(batch: dict[str, bytearray], spill: Path) -> None:
    """Append each term of the batch to its partition: varint term length, term, varint bytes, postings."""
    parts: list[list[bytes]] = [[] for _ in range(PARTITIONS)]
    for term, postings in batch.items():
        name = term.encode()
        parts[zlib.crc32(name) >> (32 - PARTITION_BITS)].append(
            _varint(len(name)) + name + _varint(len(postings)) + postings)
    for partition, records in enumerate(parts):
        with _partition_path(spill, partition).open("ab") as stream:
            stream.writelines(records)


def _partition_path(spill: Path, partition: int) -> Path:
    return spill / f"part-{partition:03d}.bin"


# --- partitions → one stream of terms, in CRC order ---

def _write_partition(stream: BinaryIO, path: Path, norms: list[float], sizes: list[int]) -> None:
    """Gather the partition's terms, weigh their postings and append them in (CRC, term) order, each
    framed by its CRC and length for the split into buckets."""
    if not path.exists():
        return
    data, at, gathered = path.read_bytes(), 0, {}
    while at < len(data):
        size, at = _read_varint(data, at)
        name, at = data[at:at + size], at + size
        size, at = _read_varint(data, at)
        gathered.setdefault(name, []).append(data[at:at + size])
        at += size
    for crc, name in sorted((zlib.crc32(name), name) for name in gathered):
        term = name.decode()
        rows = _POSTING.iter_unpack(b"".join(gathered[name]))
        postings = [(doc, _impact(tf, norms[doc], bonus)) for doc, tf, bonus in rows]
        df = len(postings)
        if ":" not in term and df > TOP_K:  # filter terms are never cut: they select, not rank
            postings = sorted(sorted(postings, key=lambda p: (-p[1], p[0]))[:TOP_K])
        record = _term_record(term, df, postings)
        stream.write(crc.to_bytes(4, "big") + len(record).to_bytes(4, "big") + record)
        sizes[crc >> (32 - MAX_BITS)] += len(record)


def _impact(tf: int, norm: float, bonus: int) -> int:
    body = tf * (K1 + 1) / (tf + norm) if tf else 0.0
    return min(255, max(1, round((body + bonus) * IMPACT_STEP)))


def _term_record(term: str, df: int, postings: list[tuple[int, int]]) -> bytes:
    name = term.encode()
    out = bytearray(_varint(len(name)) + name + _varint(df) + _varint(len(postings)))
    previous = 0
    for doc, impact in postings:
        delta = doc - previous
        if delta < 0x80:  # most gaps: one byte
            out += bytes((delta, impact))
        else:
            out += _varint(delta)
            out.append(impact)
        previous = doc
    return bytes(out)


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


def _split_buckets(terms: Path, folder: Path, bits: int) -> None:
    """Cut the CRC-ordered stream of terms into 2**bits files: each bucket is a run of the stream."""
    width = max(1, math.ceil(bits / 4))
    buckets = iter(range(1 << bits))
    current = next(buckets)
    out = (folder / f"{current:0{width}x}.bin").open("wb")
    try:
        for crc, record in _framed(terms):
            bucket = crc >> (32 - bits) if bits else 0
            while current < bucket:
                out.close()
                current = next(buckets)
                out = (folder / f"{current:0{width}x}.bin").open("wb")
            out.write(record)
        for current in buckets:
            out.close()
            out = (folder / f"{current:0{width}x}.bin").open("wb")
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
        postings, doc = [], 0
        for _ in range(n):
            delta, at = _read_varint(data, at)
            doc += delta
            postings.append((doc, data[at]))
            at += 1
        terms[term] = (df, postings)
    return terms


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

