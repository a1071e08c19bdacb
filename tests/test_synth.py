"""The synthetic corpus of bench/synth: deterministic from its seed, with a truth the parser agrees with."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.measure_parser import norm
from bench.synth import TRUTH_FILE, generate
from build_tools.build import corpus_files
from build_tools.pipeline import parse_file

COUNT = 60
MAIN_FIELDS = ("type", "number", "date", "place", "issuer", "subject", "signer")
SHARE_RIGHT = 0.95


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("synth")
    generate(COUNT, seed=7, out=folder, jobs=1)
    return folder


def _contents(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in sorted(folder.iterdir())}


def _truth(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / TRUTH_FILE).read_text(encoding="utf-8").splitlines()]


def test_the_same_seed_writes_the_same_bytes(corpus, tmp_path):
    # Two processes write the second copy: the order letters finish in must not change a byte.
    generate(COUNT, seed=7, out=tmp_path, jobs=2)
    assert _contents(tmp_path) == _contents(corpus)


def test_another_seed_writes_other_letters(corpus, tmp_path):
    generate(COUNT, seed=8, out=tmp_path, jobs=1)
    assert (tmp_path / TRUTH_FILE).read_bytes() != (corpus / TRUTH_FILE).read_bytes()


def test_the_truth_has_one_line_per_letter_and_is_no_letter_of_the_corpus(corpus):
    letters = corpus_files(corpus)
    assert len(letters) == COUNT
    assert sorted(t["file"] for t in _truth(corpus)) == [p.name for p in letters]


def test_letters_parse_to_their_truth(corpus):
    misses: dict[str, list[str]] = {name: [] for name in MAIN_FIELDS}
    for truth in _truth(corpus):
        got = parse_file(corpus / truth["file"])
        assert not isinstance(got, str), f"{truth['file']}: {got}"
        for name in MAIN_FIELDS:
            if norm(truth[name]) != norm(got.get(name)):
                misses[name].append(f"{truth['file']}: expected {truth[name]!r}, got {got.get(name)!r}")
    for name, missed in misses.items():
        if missed:
            print(f"{name}: {len(missed)} of {COUNT} missed\n  " + "\n  ".join(missed))
    worst = max(misses, key=lambda name: len(misses[name]))
    assert 1 - len(misses[worst]) / COUNT >= SHARE_RIGHT, f"{worst}: {misses[worst]}"
