"""Whatever lands in corpus/, the build finishes and publishes only what it should (Hypothesis).

The inputs are what a careless or hostile clerk leaves in the archive folder: random bytes, the sample
letters mutated (bytes flipped, lines cut, doubled and reordered, encodings mixed within a file, NUL and
control characters, bidi marks, a 1 MB line, UTF-16 with lone surrogates), truncated .docx and .pdf
files, under random names. The invariants: the build exits 0; every file is published or named in the
report with a reason; every written path component fits a file system and every address is short;
nothing is written outside docs/ and the build's cache.

`ARCHIVE_FUZZ=N` runs N times as many examples (the suite runs a few hundred); each failure found
becomes a plain regression test in test_bad_input.py.
"""

from __future__ import annotations

import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.dev_formats import encode_legacy
from build_tools import patterns as p
from build_tools.addresses import letter_page_path, page_url
from build_tools.build import build
from build_tools.model import ReadFailure
from build_tools.pipeline import process_letter
from build_tools.site import GENERATED
from conftest import CORPUS, ROOT

SCALE = int(os.environ.get("ARCHIVE_FUZZ", "1"))
SAMPLE_TEXTS = [path.read_text(encoding="utf-8") for path in sorted(CORPUS.glob("*.txt"))]
EXTENSIONS = (".txt", ".md", ".docx", ".pdf", ".doc", ".png", ".jpg", ".TXT", ".xyz", "")
MAX_ADDRESS = 100


# --- inputs -------------------------------------------------------------------------------------------

@st.composite
def mutated_text(draw) -> str:
    """A sample letter with its lines cut, doubled, swapped, or laced with controls, bidi marks, a huge line."""
    lines = draw(st.sampled_from(SAMPLE_TEXTS)).split("\n")
    for _ in range(draw(st.integers(0, 5))):
        i = draw(st.integers(0, len(lines) - 1))
        # A 1 MB line costs a second or two to make and read: one edit in twenty.
        edit = draw(st.sampled_from(("cut", "double", "swap", "control", "bidi", "drop") * 3 + ("huge", "cut")))
        if edit == "cut":
            lines[i] = lines[i][: draw(st.integers(0, len(lines[i])))]
        elif edit == "double":
            lines.insert(i, lines[i])
        elif edit == "swap":
            j = draw(st.integers(0, len(lines) - 1))
            lines[i], lines[j] = lines[j], lines[i]
        elif edit == "control":
            lines[i] += draw(st.text(st.characters(codec="utf-8", categories=("Cc", "Cf", "Zl", "Zp")), max_size=8))
        elif edit == "bidi":
            lines[i] = "\u202e" + lines[i] + "\u2066\u200f"
        elif edit == "huge":
            lines[i] = (lines[i] + " ") * (1_000_000 // (len(lines[i]) + 1) + 1)
        else:
            del lines[i]
        if not lines:
            lines = [""]
    return "\n".join(lines)


@st.composite
def mutated_bytes(draw) -> bytes:
    """A mutated sample encoded as a clerk's editor might, encodings mixed line by line, bytes flipped."""
    text = draw(mutated_text())
    encoding = draw(st.sampled_from(("utf-8", "utf-8-sig", "utf-16", "surrogates", "cp1258", "tcvn3", "vni", "mixed")))
    if encoding == "surrogates":
        data = (text[:200] + "\ud800" + text[200:]).encode("utf-16", "surrogatepass")
    elif encoding in ("tcvn3", "vni"):
        data = encode_legacy(text, encoding)
    elif encoding == "mixed":
        data = b"\n".join(encode_legacy(line, "vni") if n % 3 == 1 else line.encode() for n, line in
                          enumerate(text.split("\n")))
    else:
        data = text.encode(encoding, "replace")
    flips = draw(st.lists(st.tuples(st.integers(0, max(0, len(data) - 1)), st.integers(0, 255)), max_size=6))
    array = bytearray(data)
    for at, value in flips:
        if array:
            array[at] = value
    return bytes(array)


def file_contents(office_files: dict[str, bytes]) -> st.SearchStrategy[bytes]:
    truncated = st.sampled_from(sorted(office_files.values())).flatmap(
        lambda data: st.integers(0, len(data)).map(lambda n: data[:n]))
    return st.one_of(st.binary(max_size=20_000), mutated_bytes(), truncated)


# A file name a clerk could give: any characters a file system takes, up to 200 of them; not hidden,
# not a sidecar.
names = st.tuples(
    st.text(st.characters(codec="utf-8", exclude_characters="/\x00", exclude_categories=("Cs",)), min_size=1,
            max_size=40).map(lambda s: s.replace("..", "._")) | st.just("x" * 196) | st.just("a b ..c"),
    st.sampled_from(EXTENSIONS),
).map(lambda parts: (parts[0].lstrip(".") or "t") + parts[1]).filter(
    lambda name: len(name.encode()) <= 255 and not name.endswith(".meta.yaml"))


@pytest.fixture(scope="module")
def office_files(tmp_path_factory) -> dict[str, bytes]:
    """A .docx and a .pdf of the first sample, whole, for the fuzz to cut short."""
    from test_readers_pdf_scan import write_letter_pdf
    from test_readers_word import write_letter_docx

    folder = tmp_path_factory.mktemp("office")
    sample = sorted(CORPUS.glob("*.txt"))[0]
    docx = write_letter_docx(sample, folder / "letter.docx")
    write_letter_pdf(sample, folder / "letter.pdf")
    return {"docx": docx.read_bytes(), "pdf": (folder / "letter.pdf").read_bytes()}


# --- one file: read, parse, cite, its page --------------------------------------------------------------

def test_any_file_is_a_letter_with_a_short_address_or_a_reason(office_files, tmp_path_factory):
    folder = tmp_path_factory.mktemp("one")

    @settings(max_examples=200 * SCALE, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(name=names, data=file_contents(office_files))
    def one_file(name: str, data: bytes) -> None:
        path = folder / name
        path.write_bytes(data)
        try:
            processed = process_letter(path, f"corpus/{name}")
        finally:
            path.unlink()
        if isinstance(processed, ReadFailure):
            assert processed.reason and processed.path == f"corpus/{name}"
            return
        page = letter_page_path(processed.letter)
        assert len(page_url(page)) <= MAX_ADDRESS and all(len(part.encode()) <= 255 for part in page.parts)

    one_file()


def test_a_header_line_of_a_million_spaces_is_cut_in_one_pass():
    """Found by the test above (a VNI letter whose header held a line of a million spaces): a rule's spaces were looked
    for from each space of the run, and the parse never ended."""
    line = "ỦY BAN NHÂN DÂN" + " " * 1_000_000 + "x"
    assert p.HEADER_CELL_BREAK.split(line) == [line]


# --- a whole corpus: the build ----------------------------------------------------------------------------

def _project(folder: Path) -> Path:
    shutil.copy(ROOT / "mkdocs.yml", folder)
    shutil.copytree(ROOT / "docs", folder / "docs", ignore=shutil.ignore_patterns(*GENERATED))
    (folder / "corpus").mkdir()
    return folder


def test_any_corpus_builds_and_names_every_file_it_did_not_publish(office_files, tmp_path_factory, capsys):
    project = _project(tmp_path_factory.mktemp("fuzz-build"))
    corpus, docs = project / "corpus", project / "docs"
    outside_before = sorted(p.name for p in project.parent.iterdir())

    @settings(max_examples=12 * SCALE, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(files=st.dictionaries(names, file_contents(office_files), min_size=1, max_size=4))
    def corpus_builds(files: dict[str, bytes]) -> None:
        shutil.rmtree(corpus)
        corpus.mkdir()
        shutil.copy(CORPUS / "000_61fe12f9455a1679.txt", corpus)  # one good letter: the build has something
        for name, data in files.items():
            (corpus / name).write_bytes(data)
        assert build(corpus, docs, quiet=True, index_dir=project / ".cache" / "search-index", executor="serial") == 0
        _every_file_published_or_reported(corpus, docs)
        _paths_are_short(docs)
        assert sorted(p.name for p in project.iterdir()) == [".cache", "corpus", "docs", "mkdocs.yml"]
        assert sorted(p.name for p in project.parent.iterdir()) == outside_before

    corpus_builds()
    capsys.readouterr()


def _every_file_published_or_reported(corpus: Path, docs: Path) -> None:
    published = set(json.loads((docs / "du-lieu" / "tep-goc.json").read_text(encoding="utf-8")))
    rejected = (docs / "bao-cao.md").read_text(encoding="utf-8").split("## Tệp không đăng được")[1].split("\n## ")[0]
    for path in corpus.iterdir():
        shown = f"corpus/{path.name}"
        if shown not in published:
            assert report_name(shown) in rejected, f"{shown!r} is neither published nor reported"


def report_name(shown: str) -> str:
    """How the report names a file (build_tools.site.lists.code)."""
    from build_tools.site.lists import code

    return code(shown)


def _paths_are_short(docs: Path) -> None:
    for path in docs.rglob("*"):
        relative = PurePosixPath(path.relative_to(docs).as_posix())
        assert all(len(part.encode()) <= 255 for part in relative.parts), relative
        if path.suffix == ".md" and relative.parts[0] in GENERATED:
            assert len(page_url(relative)) <= MAX_ADDRESS, relative



# --- killed at any moment ------------------------------------------------------------------------------------

def test_a_build_and_site_step_killed_at_any_moment_leave_a_whole_site(tmp_path, capsys):
    """`make build` (the build, then the site step) killed at random moments, again and again, while the
    corpus grows and shrinks: the published site is whole after every kill (every page complete, every
    link between pages landing), and once a run finishes it is the site a fresh project builds."""
    from test_incremental import digests

    from build_tools.site.publish import publish
    from conftest import TEST_LETTERS, broken_links, new_project

    samples = sorted(CORPUS.glob("*.txt"))
    extra = sorted(TEST_LETTERS.glob("*.txt"))
    project = new_project(tmp_path / "killed", samples)
    command = (f"{sys.executable} -m build_tools build --quiet --corpus corpus --docs docs --index .cache/search-index"
               f" && {sys.executable} -m build_tools site")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}  # the project's build_tools, run in the test's project
    started = time.perf_counter()
    subprocess.run(command, shell=True, cwd=project, env=env, check=True, capture_output=True)
    whole_run = time.perf_counter() - started
    chance = random.Random(int(os.environ.get("ARCHIVE_FUZZ_SEED", "17")))
    for kill in range(3 * SCALE):
        for letter in extra:  # every run has pages to add or to take away
            if kill % 2 == 0:
                shutil.copy(letter, project / "corpus")
            else:
                (project / "corpus" / letter.name).unlink()
        run = subprocess.Popen(command, shell=True, cwd=project, env=env, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(chance.uniform(0, whole_run))
        os.killpg(run.pid, signal.SIGKILL)
        run.wait()
        site = project / "site"
        assert (site / "index.html").is_file(), f"kill {kill}: no site"
        unfinished = [p for p in site.rglob("*.html") if not p.read_text(encoding="utf-8").rstrip().endswith("</html>")]
        assert not unfinished, f"kill {kill}: pages cut short {unfinished[:3]}"
        assert not broken_links(site), f"kill {kill}: {broken_links(site)[:5]}"
    subprocess.run(command, shell=True, cwd=project, env=env, check=True, capture_output=True)
    fresh = new_project(tmp_path / "fresh", sorted((project / "corpus").glob("*.txt")))
    assert build(fresh / "corpus", fresh / "docs", quiet=True, index_dir=fresh / ".cache" / "search-index") == 0
    publish(fresh, fresh / "site", fresh / "corpus")
    capsys.readouterr()
    assert digests(project / "site") == digests(fresh / "site")
