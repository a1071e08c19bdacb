"""`python -m build_tools build`: the corpus through every stage, with progress and a summary.

read → parse → cite run per letter (a pure function, so letters are processed in parallel);
the citation graph, the pages and the search index are built from all of them.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from build_tools.cite.graph import build_graph
from build_tools.corrections import SIDECAR_SUFFIX
from build_tools.model import ProcessedLetter, ReadFailure
from build_tools.pipeline import process_letter
from build_tools.search import write_index
from build_tools.search.browser import write_browser_index
from build_tools.site import search_entries, site_pages, write_pages

DEFAULT_INDEX = Path(".cache/search-index")
# Below this many files a pool of processes costs more than it saves.
_PARALLEL_FROM = 64


def corpus_files(corpus: Path) -> list[Path]:
    """Every letter file under the corpus, in a stable order; sidecars and hidden files are not letters."""
    files = []
    for path in corpus.rglob("*"):
        relative = path.relative_to(corpus)
        if path.is_file() and not path.name.endswith(SIDECAR_SUFFIX) and not any(
            part.startswith(".") for part in relative.parts
        ):
            files.append(path)
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def _process(args: tuple[Path, str]) -> ProcessedLetter | ReadFailure:
    path, shown_as = args
    return process_letter(path, shown_as)


def process_corpus(corpus: Path, quiet: bool = False) -> Iterator[ProcessedLetter | ReadFailure]:
    files = corpus_files(corpus)
    # A letter is named by the corpus folder's name and its path inside it ("corpus/000_….txt"),
    # so the pages do not depend on where the corpus lies on this machine.
    jobs = [(path, f"{corpus.resolve().name}/{path.relative_to(corpus).as_posix()}") for path in files]
    progress = _Progress(len(jobs), quiet)
    if len(jobs) < _PARALLEL_FROM:
        results = map(_process, jobs)
        yield from progress.track(results, jobs)
        return
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        yield from progress.track(pool.map(_process, jobs, chunksize=32), jobs)


class _Progress:
    """A progress line on standard error: counts and the current file."""

    def __init__(self, total: int, quiet: bool):
        self.total, self.quiet = total, quiet
        self.tty = sys.stderr.isatty()

    def track(self, results, jobs) -> Iterator:
        step = max(1, self.total // 20)
        for done, (result, (_, name)) in enumerate(zip(results, jobs, strict=True), start=1):
            if not self.quiet and (self.tty or done % step == 0 or done == self.total):
                end = "\r" if self.tty and done < self.total else "\n"
                filled = done * 20 // self.total
                bar = "#" * filled + "-" * (20 - filled)
                print(f"[{bar}] {done:>{len(str(self.total))}}/{self.total} {name}"[:120].ljust(60), end=end,
                      file=sys.stderr, flush=True)
            yield result


def build(corpus: Path, docs: Path, strict: bool = False, quiet: bool = False,
          index_dir: Path = DEFAULT_INDEX) -> int:
    if not corpus.is_dir():
        print(f"error: the corpus folder {corpus} does not exist", file=sys.stderr)
        return 1
    letters: list[ProcessedLetter] = []
    failures: list[ReadFailure] = []
    for result in process_corpus(corpus, quiet):
        (failures if isinstance(result, ReadFailure) else letters).append(result)
    problems = {p.letter.source: list(p.problems) for p in letters if p.problems}
    graph = build_graph(letters)
    written = write_pages(docs, site_pages(graph, failures, problems))
    indexed = write_index(search_entries(graph), index_dir)
    write_browser_index(search_entries(graph), docs / "tim-kiem")
    _summary(letters, failures, problems, graph, written)
    print(f"search index: {indexed} pages in {index_dir}")
    if not letters:
        print("error: no letter could be published", file=sys.stderr)
        return 1
    return 1 if strict and (failures or problems) else 0


def _summary(letters, failures, problems, graph, written) -> None:
    formats = Counter(p.format for p in letters)
    warned = sum(1 for p in letters if p.letter.warnings)
    conflicts = sum(1 for d in graph.documents.values() if d.dates_conflict)
    by_format = ", ".join(f"{n} {f}" for f, n in sorted(formats.items())) or "none"
    readings = Counter(note for p in letters for note in p.notes)
    print(f"letters published: {len(letters)} ({by_format})")
    for note, count in sorted(readings.items()):
        print(f"  {count} {note}")
    print(f"letters with warnings: {warned}")
    archived = sum(1 for d in graph.documents.values() if d.archived)
    print(f"cited documents: {len(graph.documents)} ({archived} in the archive, {conflicts} with dates that disagree)")
    print(f"files rejected: {len(failures)}")
    for failure in failures:
        print(f"  {failure.path}: {failure.reason}")
    for _, lines in sorted(problems.items()):
        for line in lines:
            print(f"  correction problem: {line}")
    print(f"pages and data files written: {written}")
