"""The parser against what a careful reader extracts from the five sample letters (tests/seeds_truth.yaml,
the facts of ../shared/truth/seeds.yaml)."""

from __future__ import annotations

import json
import subprocess
import sys
import unicodedata

import pytest
import yaml

from build_tools.numbers import canonical_number
from build_tools.pipeline import parse_file
from conftest import CORPUS, ROOT, SHARED, TRUTH_FILE

SAMPLES = sorted(p.name for p in CORPUS.glob("*.txt"))
FIELDS = ("type", "number", "number_suffix", "date", "place", "issuer", "subject", "recipients",
          "signer", "signer_title", "signing_authority")


def _norm(value):
    """As check_seeds.py compares: NFC, trailing ".;" and spacing ignored."""
    if isinstance(value, list):
        return [_norm(v) for v in value]
    if value is None:
        return None
    return " ".join(unicodedata.normalize("NFC", str(value)).strip().rstrip(".;").split())


@pytest.fixture(scope="module")
def parsed() -> dict[str, dict]:
    return {name: parse_file(CORPUS / name) for name in SAMPLES}


def test_every_truth_letter_is_in_the_corpus(truth):
    assert sorted(truth) == SAMPLES


def _stated_fields():
    """(letter, field) for every field the truth states; not every letter states every field."""
    stated = yaml.safe_load(TRUTH_FILE.read_text(encoding="utf-8"))
    return [(name, field) for name in sorted(stated) for field in FIELDS if field in stated[name]]


@pytest.mark.parametrize(("name", "field"), _stated_fields())
def test_field_matches_truth(truth, parsed, name, field):
    assert _norm(parsed[name][field]) == _norm(truth[name][field])


@pytest.mark.parametrize("name", SAMPLES)
def test_citations_match_truth(truth, parsed, name):
    def key(c):
        return canonical_number(c["number"]), str(c["date"]) if c.get("date") else None

    want = {key(c): c for c in truth[name]["citations"]}
    got = {key(c): c for c in parsed[name]["citations"]}
    assert sorted(got, key=str) == sorted(want, key=str)
    for k, c in want.items():
        assert got[k]["type"] == c["type"], k
        assert got[k]["issuer"] == c.get("issuer"), k
        if "issuer_text" in c:
            assert got[k]["issuer_text"] == c["issuer_text"], k


def test_draft_warns_of_blank_number_and_day(parsed):
    warnings = parsed["004_3a47b4691aacc022.txt"]["warnings"]
    assert "number is blank (draft?)" in warnings
    assert "date has a blank day (draft?)" in warnings


def test_headerless_notice_is_flagged_not_guessed(parsed):
    notice = parsed["003_6f0508abd3d91ba8.txt"]
    assert notice["issuer"] is None and notice["number"] is None and notice["date"] is None
    assert {"issuer not found in the header", "number not found in the header"} <= set(notice["warnings"])


def test_footnotes_are_kept_by_marker(parsed):
    notes = parsed["003_6f0508abd3d91ba8.txt"]["footnotes"]
    assert sorted(notes, key=int) == [str(n) for n in range(1, 9)]
    assert notes["7"].startswith("Nghị quyết số 63/NQ-CP ngày 29/6/2021")


def test_command_line_prints_one_json_object():
    run = subprocess.run([sys.executable, "-m", "build_tools", "parse", str(CORPUS / SAMPLES[0]), "--json"],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    fields = json.loads(run.stdout)
    assert fields["number"] == "1198/UBND-TH"
    assert {"citations", "footnotes", "warnings", "cc", "parent_issuer"} <= set(fields)


needs_shared = pytest.mark.skipif(not (SHARED / "truth" / "seeds.yaml").exists(),
                                  reason=f"{SHARED} is not beside the project (a clone alone): the outside check "
                                         "and the shared truth are not here; tests/seeds_truth.yaml holds its facts")


@needs_shared
def test_the_kept_truth_is_the_shared_truth(truth):
    assert truth == yaml.safe_load((SHARED / "truth" / "seeds.yaml").read_text(encoding="utf-8"))


@needs_shared
def test_check_seeds_tool_agrees():
    """The outside check (../shared/tools/check_seeds.py) finds no field in disagreement."""
    tool = SHARED / "tools" / "check_seeds.py"
    run = subprocess.run([sys.executable, str(tool), "--citations"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stdout[-2000:]
