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


@pytest.fixture(scope="session")
def portal(tmp_path_factory) -> Path:
    """The portal of the shipped corpus and the letters written for the tests, built as `make build`
    does (pages and the browser's search index, then `mkdocs build --strict` and the originals) in a
    copy of the project."""
    import shutil

    from build_tools.build import build
    from build_tools.site import GENERATED
    from build_tools.site.publish import publish

    project = tmp_path_factory.mktemp("portal")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    corpus = project / "corpus"
    corpus.mkdir()
    for letter in sorted(CORPUS.glob("*.txt")) + sorted(TEST_LETTERS.glob("*.txt")):
        shutil.copy(letter, corpus)
    assert build(corpus, project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    publish(project, project / "site", corpus)
    return project
