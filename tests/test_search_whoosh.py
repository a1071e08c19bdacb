"""Search from the command line and Python: the query set of tests/queries.yaml through the command
line's index (build_tools/search/index.py and query.py; Whoosh until issue 19, hence the file's name)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from build_tools.search import IndexItem, SearchEntry, search, write_index
from build_tools.search import query as query_module
from build_tools.search.analysis import (
    _spans,
    accented_tokens,
    index_tokens,
    looks_like_number,
    number_key,
    number_prefixes,
    search_fold,
)
from build_tools.search.index import database
from build_tools.text import fold
from conftest import CORPUS, ROOT
from query_set import QUERIES, check, page_names, recall


@pytest.fixture(scope="module")
def index_dir(portal) -> Path:
    return portal / ".cache" / "search-index"


@pytest.fixture(scope="module")
def outcomes(index_dir, portal) -> dict[str, list[str]]:
    names = page_names(portal)
    return {q["id"]: [names[h.url] for h in search(index_dir, q["query"], limit=10)] for q in QUERIES}


@pytest.mark.parametrize("query", QUERIES, ids=[q["id"] for q in QUERIES])
def test_query(outcomes, query):
    check(outcomes[query["id"]], query)


def test_recall(outcomes, capsys):
    with capsys.disabled():
        print(recall("Command line", outcomes))


def test_old_and_new_tone_placement_are_one_token():
    assert accented_tokens("văn hoá uỷ ban khoẻ") == accented_tokens("Văn hóa ủy ban khỏe")
    assert accented_tokens("quý gì") == ["quý", "gì"]  # "qu", "gi": not old-style


def test_the_fast_fold_is_fold():
    texts = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
    rng = random.Random(19)
    alphabet = "aăâbdđeêioôơuưyáàảãạếềểễệốồổỗộứừửữựĐÐðÁ09 /-_.,“”–…\xa0«»°üßİøΩひ한\u0301\u2000"
    texts += ["".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(5000)]
    for text in texts:
        assert search_fold(text) == fold(text), repr(text)
        folded = fold(text)
        assert Counter(index_tokens(folded)) == Counter(token for token, *_ in _spans(folded)), repr(folded)


def test_folded_tokens_read_d_for_dj_and_numbers_are_whole_tokens_and_parts():
    assert sorted(index_tokens(search_fold("Điện gió 12689/QĐ-UBND"))) == sorted(
        ["dien", "gio", "12689/qd-ubnd", "12689", "qd", "ubnd"])
    assert accented_tokens("số 1198/UBND-TH") == ["số", "1198/ubnd-th", "1198", "ubnd", "th"]
    assert accented_tokens("977-QĐ/TU")[0] == "977-qđ/tu"
    assert number_key("Số: 1198 / UBND-TH") == "1198/ubnd-th"
    assert number_key("12689/QĐ-UBND") == number_key("12689/QD-UBND")
    assert looks_like_number("1198") and looks_like_number("số 142/2024/QH15")
    assert not looks_like_number("kinh tế - xã hội")


def test_a_number_is_found_by_its_leading_parts(index_dir):
    assert number_prefixes("1198/ubnd-th") == ["1198", "1198/ubnd", "1198/ubnd-th"]
    assert number_prefixes("142/2024/qh15") == ["142", "142/2024", "142/2024/qh15"]
    for typed in ("1198/UBND", "số 1198/ubnd", "1198"):
        assert search(index_dir, typed)[0].number == "1198/UBND-TH", typed


@pytest.mark.parametrize("typed", ["1198/UBND-TH", "1198", "Số 1198/UBND-TH", "1198/ubnd-th", "số: 1198 / UBND-TH",
                                   "SỐ 1198/UBND-TH"])
def test_a_number_in_every_form_a_citizen_types_it(index_dir, typed):
    assert search(index_dir, typed)[0].number == "1198/UBND-TH"


def test_a_cited_number_typed_without_its_d_finds_the_cited_page(index_dir):
    for typed in ("12689/QĐ-UBND", "12689/QD-UBND", "12689/qd-ubnd"):
        first = search(index_dir, typed)[0]
        assert (first.kind, first.number) == ("cited", "12689/QĐ-UBND"), typed


def test_accented_query_ranks_exact_accents_first(index_dir):
    # "cụ thể hoá" is written so (old style) in letter 001; other letters write "hóa" elsewhere.
    assert search(index_dir, "cụ thể hoá")[0].url.startswith("van-ban/2024/ubnd-huyen-tuy-phuoc")


def test_folded_and_accented_queries_find_the_same_letter(index_dir):
    for accented_query, folded_query in (("tăng trưởng kinh tế", "tang truong kinh te"),
                                         ("Đoàn Giám sát", "doan giam sat"), ("điện gió", "dien gio")):
        assert search(index_dir, accented_query)[0].url == search(index_dir, folded_query)[0].url


def test_filters(index_dir):
    hits = search(index_dir, "kinh tế", issuer="soc trang")
    assert hits and all("Sóc Trăng" in h.issuer for h in hits)
    assert {h.type for h in search(index_dir, "kinh tế", type="thong bao")} == {"Thông báo"}
    assert {h.date[:4] for h in search(index_dir, "kinh tế", year=2023)} == {"2023"}
    assert search(index_dir, "kinh tế", year=1900) == []
    numbered = search(index_dir, "1198", issuer="Sóc Trăng", year=2024)
    assert numbered and numbered[0].number == "1198/UBND-TH"


def test_a_query_without_words_finds_nothing(index_dir):
    assert search(index_dir, "") == search(index_dir, " - ") == search(index_dir, "!!!") == []


def test_query_syntax_of_other_engines_is_text(index_dir):
    for text in ('kinh AND tế OR "', "NOT (xã*", "text:kinh", "'; DROP TABLE docs; --", '"""'):
        search(index_dir, text)  # no error
    assert search(index_dir, "kinh tế NOT")  # "NOT" is a word like the others, found nowhere: pages with most words


def test_a_quoted_phrase_must_stand_as_typed(index_dir):
    phrase = search(index_dir, '"không để ai bị bỏ lại phía sau"')
    assert phrase and all("«" in hit.excerpt for hit in phrase)
    assert search(index_dir, '"sau phía lại bỏ bị ai để không"') == []


def test_excerpt_is_highlighted_in_the_text_as_written(index_dir):
    hit = search(index_dir, "dien gio")[0]
    assert "«điện» «gió»" in hit.excerpt


def test_the_threshold_algorithm_finds_what_scoring_every_page_finds(index_dir, monkeypatch):
    queries = [q["query"] for q in QUERIES] + ["uy ban nhan dan", "kinh te xa hoi", "tinh soc trang"]
    monkeypatch.setattr(query_module, "EXHAUSTIVE", 10**9)
    every_page = [search(index_dir, q) for q in queries]
    monkeypatch.setattr(query_module, "EXHAUSTIVE", 0)
    assert [search(index_dir, q) for q in queries] == every_page


def _entry(url: str, text: str, number: str | None = None, year: int = 2024, issuer: str = "UBND tỉnh Sóc Trăng"):
    return SearchEntry(url, "letter", number, "Công văn", f"{year}-01-02", issuer, f"Về {text[:20]}", None, None, text)


def _items(entries: list[SearchEntry], version: str = "1") -> list[IndexItem]:
    return [IndexItem(entry.url, f"{entry.url} {version}", cited=entry) for entry in entries]


def _rows(index_dir: Path) -> dict[str, tuple]:
    import sqlite3

    with sqlite3.connect(database(index_dir)) as connection:
        return {row[1]: row for row in connection.execute("SELECT * FROM docs JOIN texts USING (id)")}


@pytest.mark.parametrize("compact", [False, True], ids=["plain lists", "impact order and by page id"])
def test_an_update_replaces_only_the_changed_entries_and_finds_what_a_whole_write_finds(tmp_path, monkeypatch,
                                                                                       compact):
    if compact:
        from build_tools.search import index as index_module

        monkeypatch.setattr(index_module, "RANKED_MIN", 5)
        monkeypatch.setattr(index_module, "DENSE_SHARE", 0.3)
    words = "kinh tế xã hội tàu cá điện gió nông thôn đường trục phát triển ven biển".split()
    rng = random.Random(7)
    entries = [_entry(f"van-ban/2024/l{n:03d}/", " ".join(rng.choice(words) for _ in range(60)), f"{n}/UBND-VP")
               for n in range(40)]
    index = tmp_path / "index"
    assert write_index(_items(entries), index) == 40
    before = _rows(index)
    changed = _entry("van-ban/2024/l005/", "hải đăng hải đăng " * 5, "5/UBND-VP")
    added = _entry("van-ban/2024/l999/", "khu bảo tồn biển", "999/UBND-VP")
    now = [changed if e.url == changed.url else e for e in entries if e.url != "van-ban/2024/l007/"] + [added]
    items = [IndexItem(i.url, i.made_from + (" 2" if i.url in (changed.url, added.url) else ""), cited=i.cited)
             for i in _items(now)]
    assert write_index(items, index) == 40
    after = _rows(index)
    assert {url for url in before.keys() | after.keys() if before.get(url) != after.get(url)} == {
        changed.url, added.url, "van-ban/2024/l007/"}
    assert after[changed.url][0] == before[changed.url][0]  # it keeps its id
    assert search(index, "hai dang")[0].url == changed.url
    assert search(index, "999/UBND-VP")[0].url == added.url
    assert all(hit.url != "van-ban/2024/l007/" for hit in search(index, "7/UBND-VP"))
    whole = tmp_path / "whole"
    write_index(items, whole)
    for text in ("kinh te", "tàu cá ven biển", "hải đăng", "5/UBND-VP", "UBND-VP", "nông thôn điện gió"):
        assert [h.url for h in search(index, text, limit=40)] == [h.url for h in search(whole, text, limit=40)]


def test_lists_in_impact_order_and_by_page_id_find_what_plain_lists_find(tmp_path, monkeypatch):
    """At 100,000 letters common words keep their lists in impact order and by page id: forced here
    on a few pages, the results are those of the plain lists, by the threshold algorithm or not."""
    from build_tools.search import index as index_module

    words = "kinh tế xã hội tàu cá điện gió nông thôn đường trục phát triển ven biển ủy ban".split()
    rng = random.Random(3)
    entries = [_entry(f"van-ban/2024/d{n:03d}/", " ".join(rng.choice(words) for _ in range(rng.randrange(5, 80))),
                      f"{n}/UBND-VP", issuer=rng.choice(["UBND tỉnh Sóc Trăng", "Sở Nông nghiệp"])) for n in range(120)]
    plain, compact = tmp_path / "plain", tmp_path / "compact"
    write_index(_items(entries), plain)
    monkeypatch.setattr(index_module, "RANKED_MIN", 5)
    monkeypatch.setattr(index_module, "DENSE_SHARE", 0.3)
    write_index(_items(entries), compact)
    queries = ["kinh te", "tàu cá ven biển", "uy ban nong thon", "điện gió đường trục", '"xa hoi tau"', "1/UBND-VP"]
    expected = {q: search(plain, q, limit=20) for q in queries}
    for exhaustive in (0, 10**9):
        monkeypatch.setattr(query_module, "EXHAUSTIVE", exhaustive)
        for q in queries:
            assert search(compact, q, limit=20) == expected[q], (q, exhaustive)
        assert search(compact, "kinh te", issuer="nong nghiep") == search(plain, "kinh te", issuer="nong nghiep")


def test_nothing_changed_leaves_the_file_alone_and_a_whole_write_is_byte_identical(tmp_path):
    entries = [_entry(f"van-ban/2023/l{n}/", f"kế hoạch số {n} về điện gió", f"{n}/KH-UBND", 2023) for n in range(30)]
    first, second = tmp_path / "a", tmp_path / "b"
    write_index(_items(entries), first)
    write_index(_items(entries), second)
    assert database(first).read_bytes() == database(second).read_bytes()
    stamp = database(first).stat().st_mtime_ns
    write_index(_items(entries), first)
    assert database(first).stat().st_mtime_ns == stamp


def test_a_letter_with_markup_in_its_text_stays_text(tmp_path):
    text = 'Kính gửi: <script>alert("x")</script> **đậm** [liên kết](http://x) {: .lop } | ô | `mã` &amp; hết.'
    index = tmp_path / "index"
    write_index(_items([_entry("van-ban/2024/markup/", text, "1/CV")]), index)
    hit = search(index, "script alert")[0]
    assert '<«script»>«alert»("x")</«script»>' in hit.excerpt and "**«đậm»**" in search(index, "dam")[0].excerpt
    assert "&«amp»;" in search(index, "amp")[0].excerpt  # as written, not unescaped
    run = run_cli("lien ket", "--json", "--index", str(index))
    excerpt = json.loads(run.stdout)[0]["excerpt"]
    assert '<script>alert("x")</script>' in excerpt and "[«liên» «kết»](http://x)" in excerpt


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "build_tools", "search", *args], capture_output=True, text=True,
                          cwd=ROOT)


def test_command_line_puts_letter_000_first_for_1198(index_dir):
    run = run_cli("1198", "--index", str(index_dir))
    assert run.returncode == 0, run.stderr
    first = run.stdout.split("\n 2. ")[0]
    assert "1. 1198/UBND-TH · 26/04/2024 · Ủy ban nhân dân tỉnh Sóc Trăng" in first


def test_command_line_json_and_filters(index_dir):
    run = run_cli("tang truong", "--json", "--limit", "3", "--year", "2024", "--index", str(index_dir))
    hits = json.loads(run.stdout)
    assert 0 < len(hits) <= 3 and all(h["date"].startswith("2024") for h in hits)
    assert {"url", "number", "date", "issuer", "subject", "excerpt"} <= set(hits[0])


def test_command_line_marks_the_words_in_its_excerpts(index_dir):
    run = run_cli("dien gio", "--index", str(index_dir))
    assert "«điện» «gió»" in run.stdout


def test_command_line_without_an_index_says_what_to_do(tmp_path):
    run = run_cli("1198", "--index", str(tmp_path / "none"))
    assert run.returncode == 2
    assert "python -m build_tools build" in run.stderr


def test_an_update_changes_long_lists_in_place_to_the_bytes_they_are_made_again_with(tmp_path, monkeypatch):
    """An update takes a changed page out of a long list and puts it in by bisection, in impact order and by
    page id or in page order, without decoding the list: the terms' rows are those of the same update made
    by decoding every list and storing it again, the forms of lists crossing RANKED_MIN or DENSE_SHARE too."""
    from build_tools.search import index as index_module

    monkeypatch.setattr(index_module, "RANKED_MIN", 5)
    monkeypatch.setattr(index_module, "DENSE_SHARE", 0.3)
    words = "kinh tế xã hội tàu cá điện gió nông thôn đường trục phát triển ven biển hải đăng".split()
    rng = random.Random(11)

    def text() -> str:  # the first words common (in every page), the last rare (in a few)
        return " ".join(rng.choices(words, weights=range(len(words), 0, -1), k=rng.randrange(3, 40)))

    entries = [_entry(f"van-ban/2024/l{n:03d}/", text(), f"{n}/UBND-VP") for n in range(80)]
    now = [_entry(e.url, text(), e.number) if n in (3, 40, 77) else e for n, e in enumerate(entries) if n != 12]
    now += [_entry("van-ban/2024/l900/", text(), "900/UBND-VP"), _entry("van-ban/2024/l901/", "hải đăng", None)]
    items = [IndexItem(i.url, i.made_from + (" 2" if i.cited not in entries else ""), cited=i.cited)
             for i in _items(now)]
    spliced = []
    splice = index_module._spliced
    monkeypatch.setattr(index_module, "_spliced", lambda *args: spliced.append(splice(*args)) or spliced[-1])
    in_place, made_again = tmp_path / "in-place", tmp_path / "made-again"
    for index in (in_place, made_again):
        write_index(_items(entries), index)
    write_index(items, in_place)
    monkeypatch.setattr(index_module, "_spliced", lambda *_: None)
    write_index(items, made_again)

    def terms(index: Path) -> list[tuple]:
        import sqlite3

        with sqlite3.connect(database(index)) as connection:
            return connection.execute("SELECT * FROM terms ORDER BY term").fetchall()

    assert terms(in_place) == terms(made_again)
    forms = {(row[1] is None, row[5] is None) for row in terms(in_place)}
    assert {(False, True), (True, False)} <= forms  # lists in page order and by page id among those updated
    assert sum(lists is not None for lists in spliced) >= 5 and None in spliced
    for query in ("kinh te", "hải đăng", "ven biển", "900/UBND-VP"):
        assert search(in_place, query, limit=80) == search(made_again, query, limit=80)
