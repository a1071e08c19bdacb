"""Search from the command line and Python: the query set of tests/queries.yaml through Whoosh."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from build_tools.search import search
from build_tools.search.analysis import (
    accented_analyzer,
    folded_analyzer,
    looks_like_number,
    number_key,
    number_prefixes,
)
from conftest import ROOT
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
        print(recall("Whoosh", outcomes))


def tokens(analyzer, text: str) -> list[str]:
    return [t.text for t in analyzer(text)]


def test_old_and_new_tone_placement_are_one_token():
    accented = accented_analyzer()
    assert tokens(accented, "văn hoá uỷ ban khoẻ") == tokens(accented, "Văn hóa ủy ban khỏe")
    assert tokens(accented, "quý gì") == ["quý", "gì"]  # "qu", "gi": not old-style


def test_folded_form_reads_d_for_dj_and_keeps_offsets():
    folded = folded_analyzer()
    assert tokens(folded, "Điện gió 12689/QĐ-UBND") == ["dien", "gio", "12689/qd-ubnd", "12689", "qd", "ubnd"]
    text = "Nhà máy điện gió"
    for token in folded(text, chars=True):
        assert len(text[token.startchar : token.endchar]) == len(token.text)


def test_numbers_are_whole_tokens_and_parts():
    assert tokens(accented_analyzer(), "số 1198/UBND-TH") == ["số", "1198/ubnd-th", "1198", "ubnd", "th"]
    assert tokens(accented_analyzer(), "977-QĐ/TU")[0] == "977-qđ/tu"
    assert number_key("Số: 1198 / UBND-TH") == "1198/ubnd-th"
    assert number_key("12689/QĐ-UBND") == number_key("12689/QD-UBND")
    assert looks_like_number("1198") and looks_like_number("số 142/2024/QH15")
    assert not looks_like_number("kinh tế - xã hội")


def test_a_number_is_found_by_its_leading_parts(index_dir):
    assert number_prefixes("1198/ubnd-th") == ["1198", "1198/ubnd", "1198/ubnd-th"]
    assert number_prefixes("142/2024/qh15") == ["142", "142/2024", "142/2024/qh15"]
    for typed in ("1198/UBND", "số 1198/ubnd", "1198"):
        assert search(index_dir, typed)[0].number == "1198/UBND-TH", typed


def test_accented_query_ranks_exact_accents_first(index_dir):
    # "cụ thể hoá" is written so (old style) in letter 001; other letters write "hóa" elsewhere.
    assert search(index_dir, "cụ thể hoá")[0].url.startswith("van-ban/2024/ubnd-huyen-tuy-phuoc")


def test_filters(index_dir):
    hits = search(index_dir, "kinh tế", issuer="soc trang")
    assert hits and all("Sóc Trăng" in h.issuer for h in hits)
    assert {h.type for h in search(index_dir, "kinh tế", type="thong bao")} == {"Thông báo"}
    assert {h.date[:4] for h in search(index_dir, "kinh tế", year=2023)} == {"2023"}


def test_a_query_without_words_finds_nothing(index_dir):
    assert search(index_dir, "") == search(index_dir, " - ") == search(index_dir, "!!!") == []


def test_excerpt_is_highlighted_in_the_text_as_written(index_dir):
    hit = search(index_dir, "dien gio")[0]
    assert "«điện» «gió»" in hit.excerpt


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


def test_command_line_without_an_index_says_what_to_do(tmp_path):
    run = run_cli("1198", "--index", str(tmp_path / "none"))
    assert run.returncode == 2
    assert "python -m build_tools build" in run.stderr
