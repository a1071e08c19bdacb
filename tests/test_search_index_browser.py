"""The browser's search index as files: deterministic, decodable, the same when built through spilled runs."""

from __future__ import annotations

import json
from pathlib import Path

from build_tools.search import SearchEntry
from build_tools.search.browser import TOP_K, bucket_of, read_bucket, write_browser_index


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
