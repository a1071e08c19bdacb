"""Shared fixtures: where the sample letters, their truth and the letters written for the tests live."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
TEST_LETTERS = Path(__file__).resolve().parent / "letters"
# ../shared/ beside the project (CI clones it there); the truth is also read from it by check_seeds.py.
TRUTH_FILE = ROOT.parent / "shared" / "truth" / "seeds.yaml"


@pytest.fixture(scope="session")
def truth() -> dict:
    if not TRUTH_FILE.exists():
        pytest.fail(f"{TRUTH_FILE} is missing: the tests hold the parser to it")
    return yaml.safe_load(TRUTH_FILE.read_text(encoding="utf-8"))
