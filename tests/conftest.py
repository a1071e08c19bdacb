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
    does (pages, `mkdocs build --strict`, the browser's search bundle) in a copy of the project."""
    import os
    import shutil
    import subprocess
    import sys

    from build_tools.build import build
    from build_tools.site import GENERATED
    from build_tools.site.pagefind import write_bundle

    project = tmp_path_factory.mktemp("portal")
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns(*GENERATED, "pagefind"))
    corpus = project / "corpus"
    corpus.mkdir()
    for letter in sorted(CORPUS.glob("*.txt")) + sorted(TEST_LETTERS.glob("*.txt")):
        shutil.copy(letter, corpus)
    assert build(corpus, project / "docs", quiet=True, index_dir=project / ".cache" / "search-index") == 0
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict"], cwd=project, capture_output=True,
                         text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert run.returncode == 0, run.stderr[-3000:]
    write_bundle(project / "site", project / "docs")
    return project
