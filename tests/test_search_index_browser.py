"""The browser's search index as files: deterministic, decodable, the same when built through spilled runs."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

from build_tools.search import IndexItem, SearchEntry
from build_tools.search.browser import (
    TOP_K,
    bucket_of,
    read_bucket,
    update_browser_index,
    write_browser_index,
)
from conftest import found_by_term


def letter(n: int, text: str, subject: str = "Về việc tăng trưởng kinh tế") -> SearchEntry:
    return SearchEntry(f"van-ban/2024/l{n}/", "letter", f"{n}/UBND-TH", "Công văn", f"2024-05-0{n % 9 + 1}",
                       "Ủy ban nhân dân tỉnh Sóc Trăng", subject, "Lâm Hoàng Nghiệp", "Sóc Trăng", text)


ENTRIES = [
    letter(1, "Điện gió và tăng trưởng kinh tế. Thực hiện Công văn số 2/UBND-TH."),
    letter(2, "Khai thác thủy sản ven bờ; đường trục Đông Tây.", subject="Về việc khai thác thủy sản"),
    SearchEntry("dan-chieu/2023/x/", "cited", "977-QĐ/TU", "Quyết định", "2023-01-05", "Tỉnh ủy Sóc Trăng",
                None, None, None, ""),
    *(letter(n, f"Văn bản {n} về kinh tế.") for n in range(3, 40)),
]


def files(folder: Path) -> dict[str, bytes]:
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*"))
            if path.is_file()}


def postings(folder: Path, term: str) -> tuple[int, list[tuple[int, int]]]:
    bits = json.loads((folder / "meta.json").read_text(encoding="utf-8"))["bits"]
    width = max(1, -(-bits // 4))
    bucket = read_bucket((folder / "b" / f"{bucket_of(term, bits):0{width}x}.bin").read_bytes())
    return bucket.get(term, (0, []))


def test_same_entries_give_identical_bytes(tmp_path):
    assert write_browser_index(iter(ENTRIES), tmp_path / "a") == len(ENTRIES)
    write_browser_index(iter(ENTRIES), tmp_path / "b")
    assert files(tmp_path / "a") == files(tmp_path / "b")


def test_spilled_runs_merge_into_the_same_index(tmp_path):
    write_browser_index(iter(ENTRIES), tmp_path / "whole")
    write_browser_index(iter(ENTRIES), tmp_path / "spilled", spill_postings=7)
    assert files(tmp_path / "whole") == files(tmp_path / "spilled")
    assert not list(tmp_path.glob(".spill-*")), "the runs are removed"


def test_a_bucket_decodes_to_the_postings_written(tmp_path):
    out = tmp_path / "index"
    write_browser_index(iter(ENTRIES), out)
    df, found = postings(out, "dien gio")  # a pair of words, folded: "điện gió"
    assert df == 1 and [doc for doc, _ in found] == [0]
    df, found = postings(out, "kinh")
    assert df == len(ENTRIES) - 2 and [doc for doc, _ in found] == [0, *range(3, len(ENTRIES))]
    assert postings(out, "no such term") == (0, [])


def test_postings_with_gaps_of_one_byte_and_more_are_written_as_the_format_says(tmp_path):
    """A term's postings: varint gaps between doc ids, each followed by its impact byte; runs of one-byte
    gaps are written and read in C, a longer gap (128 and more) as a varint between them."""
    from build_tools.search.browser import _term_record

    def varint(value: int) -> bytes:
        out = bytearray()
        while value >= 0x80:
            out.append(value & 0x7F | 0x80)
            value >>= 7
        return bytes(out + bytes([value]))

    for docs in ([0, 1, 5, 127], [3, 131, 132, 20_000, 20_001, 20_129], [200], [0, 70_000]):
        found = [(doc, 1 + doc % 255) for doc in docs]
        written = _term_record("kinh te", 9, found)
        gaps = [b - a for a, b in zip([0, *docs], docs, strict=False)]
        expected = varint(7) + b"kinh te" + varint(9) + varint(len(docs)) + b"".join(
            varint(gap) + bytes([impact]) for gap, (_, impact) in zip(gaps, found, strict=True))
        assert written == expected
        assert read_bucket(written + _term_record("x", 1, [(300, 2)])) == {"kinh te": (9, found), "x": (1, [(300, 2)])}

def test_the_number_field_outweighs_a_citation(tmp_path):
    out = tmp_path / "index"
    write_browser_index(iter(ENTRIES), out)
    impacts = dict(postings(out, "2/ubnd-th")[1])
    assert impacts[1] > impacts[0] > 0  # document 1 is 2/UBND-TH; document 0 cites it
    assert [doc for doc, _ in postings(out, "977-qd/tu")[1]] == [2]
    assert [doc for doc, _ in postings(out, "qd")[1]] == [2]


def test_records_and_filters(tmp_path):
    out = tmp_path / "index"
    write_browser_index(iter(ENTRIES), out)
    first = json.loads((out / "d" / "0.json").read_text(encoding="utf-8"))
    assert first[0] == ["van-ban/2024/l1/", "letter", "1/UBND-TH", "Công văn", "02/05/2024",
                        "Ủy ban nhân dân tỉnh Sóc Trăng", "Về việc tăng trưởng kinh tế"]
    assert len(list((out / "d").iterdir())) == -(-len(ENTRIES) // 8)
    filters = json.loads((out / "filters.json").read_text(encoding="utf-8"))
    assert filters["year"] == ["2023", "2024"]
    assert [doc for doc, _ in postings(out, "year:2023")[1]] == [2]


def test_a_common_term_keeps_its_best_postings(tmp_path):
    count = TOP_K + 5
    many = [letter(n, "kinh tế " * (1 + n % 3)) for n in range(count)]
    out = tmp_path / "index"
    write_browser_index(iter(many), out, spill_postings=3000)
    df, kept = postings(out, "kinh")
    assert df == count and len(kept) == TOP_K
    assert [doc for doc, _ in kept] == sorted(doc for doc, _ in kept)
    assert len(postings(out, "year:2024")[1]) == count  # filter terms are never cut


def items_of(entries: list[SearchEntry]) -> list[IndexItem]:
    return [IndexItem(entry.url, str(hash(entry)), cited=entry) for entry in entries]


def test_an_update_in_place_finds_what_a_whole_write_finds(tmp_path, monkeypatch):
    monkeypatch.setattr("build_tools.search.browser.TARGET_BUCKET", 64)  # many buckets of a small index
    out, cache = tmp_path / "index", tmp_path / "cache"
    assert update_browser_index(items_of(ENTRIES), out, cache) == "written whole"
    assert update_browser_index(items_of(ENTRIES), out, cache) == "unchanged"
    before = files(out)
    changed = [replace(ENTRIES[1], text="Hải đăng và thủy sản."), *ENTRIES[2:5], *ENTRIES[6:],
               letter(90, "Ngọn hải đăng mới.", subject="Về việc xây hải đăng")]
    assert update_browser_index(items_of([ENTRIES[0], *changed]), out, cache) == "3 entries updated"
    after = files(out)
    rewritten = {name for name in after if before.get(name) != after[name]}
    assert 0 < len([name for name in rewritten if name.startswith("b/")]) < len([n for n in after if n[:2] == "b/"])
    write_browser_index(iter([ENTRIES[0], *changed]), tmp_path / "whole")
    assert found_by_term(out) == found_by_term(tmp_path / "whole")
    assert postings(out, "hai dang")[0] == 2
    assert json.loads((out / "meta.json").read_text(encoding="utf-8"))["docs"] == len(ENTRIES) + 1  # one id empty


def test_an_update_of_cut_lists_keeps_what_a_whole_write_keeps(tmp_path, monkeypatch):
    """Lists cut to their best postings: a letter entering one, a letter leaving one (a place another
    must fill), a list growing past the cut. Every text is ten words: the mean length, and so every
    other letter's impact, stays what the whole write had."""
    monkeypatch.setattr("build_tools.search.browser.TOP_K", 4)
    monkeypatch.setattr("build_tools.search.browser.UPDATE_SHARE", 0.5)  # two changes in nine: in place

    def counted(n: int, kinh: int, hai: int, dang: int) -> SearchEntry:
        words = ["kinh"] * kinh + ["hải"] * hai + ["đăng"] * dang
        return letter(n, " ".join(words + [f"x{n}"] * (10 - len(words))), subject="Công văn")

    first = [counted(n, kinh=n, hai=n if n <= 6 else 0, dang=1 if n <= 4 else 0) for n in range(1, 9)]
    out, cache = tmp_path / "index", tmp_path / "cache"
    update_browser_index(items_of(first), out, cache)
    assert [len(postings(out, term)[1]) for term in ("kinh", "hai", "dang")] == [4, 4, 4]
    # 9 enters the cut list of "kinh" and makes "đăng" five; 6, the best of "hải", leaves it.
    now = [*first[:5], counted(6, kinh=6, hai=0, dang=0), *first[6:], counted(9, kinh=9, hai=0, dang=1)]
    assert update_browser_index(items_of(now), out, cache) == "2 entries updated"
    write_browser_index(iter(now), tmp_path / "whole")
    assert found_by_term(out) == found_by_term(tmp_path / "whole")
    assert postings(out, "dang")[0] == 5 and len(postings(out, "dang")[1]) == 4


def test_an_update_cut_short_leaves_a_whole_write_to_the_next(tmp_path, monkeypatch):
    out, cache = tmp_path / "index", tmp_path / "cache"
    update_browser_index(items_of(ENTRIES), out, cache)
    monkeypatch.setattr("build_tools.search.browser._write_lists", lambda *_: 1 / 0)
    changed = items_of([replace(ENTRIES[0], text="Hải đăng."), *ENTRIES[1:]])
    try:
        update_browser_index(changed, out, cache)
    except ZeroDivisionError:
        pass
    monkeypatch.undo()
    assert update_browser_index(changed, out, cache) == "written whole"


def test_many_changes_write_the_index_whole(tmp_path):
    out, cache = tmp_path / "index", tmp_path / "cache"
    update_browser_index(items_of(ENTRIES), out, cache)
    changed = [replace(entry, text=entry.text + " Hải đăng.") for entry in ENTRIES]
    assert update_browser_index(items_of(changed), out, cache) == "written whole"


def test_an_update_keeps_the_filters_to_the_values_in_use(tmp_path):
    out, cache = tmp_path / "index", tmp_path / "cache"
    update_browser_index(items_of(ENTRIES), out, cache)
    left = [entry for entry in ENTRIES if entry.kind != "cited"]  # the only 2023 document goes
    assert update_browser_index(items_of(left), out, cache) == "1 entries updated"
    write_browser_index(iter(left), tmp_path / "whole")
    filters = json.loads((out / "filters.json").read_text(encoding="utf-8"))
    assert filters == json.loads((tmp_path / "whole" / "filters.json").read_text(encoding="utf-8"))
    assert filters["year"] == ["2024"]
    assert json.loads((out / "d" / "0.json").read_text(encoding="utf-8"))[2] is None  # its id left empty


def test_updates_in_a_row_copy_the_untouched_terms_by_the_sizes_the_cache_keeps(tmp_path, monkeypatch):
    """An update copies a rewritten bucket's untouched terms as published, cut by the sizes the cache keeps
    beside each term's postings: after three updates in a row, each published bucket holds the cached
    bucket's terms in its order, each record where those sizes say, and the index finds what a whole write
    finds."""
    from build_tools.search.browser import _cached_records

    monkeypatch.setattr("build_tools.search.browser.TARGET_BUCKET", 64)
    monkeypatch.setattr("build_tools.search.browser.UPDATE_SHARE", 0.5)
    out, cache = tmp_path / "index", tmp_path / "cache"
    now = list(ENTRIES)
    update_browser_index(items_of(now), out, cache)
    for n, text in ((1, "Hải đăng và kinh tế."), (5, "Đường trục Đông Tây và hải đăng."), (41, "Ngọn hải đăng.")):
        now = [entry for entry in now if entry.url != letter(n, "").url] + [letter(n, text)]
        assert update_browser_index(items_of(now), out, cache) == "1 entries updated"
    for bucket in sorted((cache / "b").iterdir()):
        published, at = (out / "b" / bucket.name).read_bytes(), 0
        for term, _, size in _cached_records(bucket.read_bytes()):
            assert list(read_bucket(published[at:at + size])) == [term]
            at += size
        assert at == len(published)
    write_browser_index(iter(now), tmp_path / "whole")
    assert found_by_term(out) == found_by_term(tmp_path / "whole")
