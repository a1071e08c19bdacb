"""`python -m build_tools build`: the corpus through every stage, with progress and a summary.

Conversion (read → parse → cite) is a pure function of one letter file, run by an executor (processes
on this machine by default) and kept in the letter store; the citation graph is built from summaries
of the letters (no text), then the pages and the search indexes are written one letter at a time.
"""

from __future__ import annotations

import os
import re
import resource
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from build_tools import unchanged
from build_tools.background import in_background, write_browser_index, write_search_index
from build_tools.cite.graph import Graph, GraphWriter, stamps
from build_tools.corrections import SIDECAR_SUFFIX
from build_tools.executors import DEFAULT_EXECUTOR, executor_map
from build_tools.model import ProcessedLetter, ReadFailure
from build_tools.pipeline import process_letter
from build_tools.site import (
    BROWSER_INDEX,
    GENERATED,
    changed_pages,
    keep_graph,
    published,
    search_items,
    site_pages,
    write_pages,
)
from build_tools.store import (
    LetterStore,
    SentenceRows,
    Sentences,
    code_digest,
    compact_summary,
    conversion_version,
    letter_key,
)

DEFAULT_INDEX = Path(".cache/search-index")


def corpus_files(corpus: Path) -> list[Path]:
    """Every letter file under the corpus, in a stable order; sidecars and hidden files are not letters."""
    return [Path(found.path) for found in _listing(corpus)[0]]


@dataclass(frozen=True, slots=True)
class _Found:
    """A letter file as the listing finds it."""

    path: str
    shown_as: str  # "corpus/000_….txt": how pages and the report name it, the same on every machine
    times: str  # its and its sidecar's size and modification time; "" when unreadable (its conversion says why)


def _listing(corpus: Path) -> tuple[list[_Found], list[ReadFailure]]:
    """The letter files under the corpus, and the entries refused with the reason: a symbolic link to a
    folder or to a file outside the corpus is never read (the archive publishes only its own files),
    nor is anything that is not a regular file (a broken link, a pipe). One `scandir` a folder and one
    `stat` a file and a sidecar, no path made: a path's calls for each of 10,010 letters took 1.1 s."""
    root = corpus.resolve()
    found: list[_Found] = []
    refused: list[ReadFailure] = []
    _list_folder(str(corpus), f"{root.name}/", root, found, refused)
    return sorted(found, key=lambda f: f.shown_as), sorted(refused, key=lambda f: f.path)


def _list_folder(folder: str, shown: str, root: Path, found: list[_Found], refused: list[ReadFailure]) -> None:
    try:
        entries = {entry.name: entry for entry in os.scandir(folder)}
    except OSError:  # passed over, as os.walk does
        return
    for name, entry in entries.items():
        shown_as = shown + name
        if name.startswith("."):
            continue
        if _is_dir(entry):
            if entry.is_symlink():
                refused.append(ReadFailure(shown_as, "a symbolic link to a folder: not followed"))
            else:
                _list_folder(entry.path, shown_as + "/", root, found, refused)
        elif name.endswith(SIDECAR_SUFFIX):
            continue
        elif entry.is_symlink() and not Path(entry.path).resolve().is_relative_to(root):
            refused.append(ReadFailure(shown_as, "a symbolic link to a file outside the corpus folder: not read"))
        elif not _is_file(entry):
            refused.append(ReadFailure(shown_as, "not a regular file (a broken link, a pipe)"))
        else:
            found.append(_Found(entry.path, shown_as, _times(entry, entries.get(name + SIDECAR_SUFFIX))))


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # a link's target, as os.walk sees it
    except OSError:
        return False


def _is_file(entry: os.DirEntry) -> bool:
    try:
        return entry.is_file()
    except OSError:
        return False


def _times(entry: os.DirEntry, sidecar: os.DirEntry | None) -> str:
    """The file's and its sidecar's "size:modification time" (a link's target's)."""
    try:
        stats = [entry.stat()]
    except OSError:
        return ""
    try:
        stats += [sidecar.stat()] if sidecar is not None else []
    except OSError:  # a broken link: no sidecar
        pass
    return "/".join(f"{s.st_size}:{s.st_mtime_ns}" for s in stats)


@dataclass(frozen=True)
class ConversionJob:
    """One letter file to convert: everything the worker needs, nothing it must share."""

    path: Path
    shown_as: str  # "corpus/000_….txt": the name pages show, the same on every machine
    store: Path
    version: str
    stamp: str = ""  # its size and time and the code's (`convert_corpus`), kept in the graph for the next build


@dataclass(frozen=True)
class Converted:
    key: str  # where the whole letter lies in the store
    letter: ProcessedLetter  # its summary, without the text
    sentences: SentenceRows | None  # around its citations, for the cited documents' pages; None: in the store
    stamp: str = ""  # its job's


@dataclass(frozen=True)
class Unchanged:
    """A letter file whose stamp is the one the last build's graph keeps: its rows there are carried over."""

    shown_as: str


def convert(job: ConversionJob) -> Converted | ReadFailure:
    """Convert one letter, or take its conversion from the store when nothing it depends on changed."""
    store = LetterStore(job.store)
    try:
        key = letter_key(job.path, job.shown_as, job.version)
    except OSError as error:
        return ReadFailure(job.shown_as, f"the file cannot be read: {error.strerror or error}")
    found = store.load_summary(key)
    if found is not None:
        return Converted(key, found[0], None, job.stamp)  # its sentences were kept when it was converted
    processed = process_letter(job.path, job.shown_as)
    if isinstance(processed, ReadFailure):
        return processed  # not stored: a missing tool (Tesseract) may be installed before the next build
    return Converted(key, *store.save(key, processed), job.stamp)


def convert_corpus(corpus: Path, store: Path, quiet: bool = False, executor: str = DEFAULT_EXECUTOR,
                   last: dict[str, str] | None = None) -> Iterator[Converted | ReadFailure | Unchanged]:
    """Each letter file converted (or its conversion taken from the store), or, when its stamp is the one
    `last` keeps for it (`cite.graph.stamps`), Unchanged: nothing is read but its size and time."""
    files, refused = _listing(corpus)
    yield from refused
    version = conversion_version()
    # A file with the stamp the last build kept (its and its sidecar's size and time, the code that converts
    # it and writes it into the graph) gives the same rows.
    code = version[:16] + code_digest(*_GRAPH_CODE)[:16]
    jobs = []
    for found in files:
        stamp = f"{code}:{found.times}" if found.times else ""  # unreadable: the conversion reports it
        if stamp and (last or {}).get(found.shown_as) == stamp:
            yield Unchanged(found.shown_as)
        else:
            jobs.append(ConversionJob(Path(found.path), found.shown_as, store, version, stamp))
    progress = _Progress(len(jobs), quiet)
    yield from progress.track(executor_map(convert, jobs, executor), jobs)


# What a letter's rows in the graph are made by, besides the conversion: the summary as the build holds it
# and the graph's writer.
_GRAPH_CODE = ("store.py", "cite/graph.py")


class _Progress:
    """A progress line on standard error: counts and the current file."""

    def __init__(self, total: int, quiet: bool):
        self.total, self.quiet = total, quiet
        self.tty = sys.stderr.isatty()

    def track(self, results, jobs: list[ConversionJob]) -> Iterator:
        step = max(1, self.total // 20)
        for done, (result, job) in enumerate(zip(results, jobs, strict=True), start=1):
            if not self.quiet and (self.tty or done % step == 0 or done == self.total):
                end = "\r" if self.tty and done < self.total else "\n"
                filled = done * 20 // self.total
                bar = "#" * filled + "-" * (20 - filled)
                print(f"[{bar}] {done:>{len(str(self.total))}}/{self.total} {job.shown_as}"[:120].ljust(60), end=end,
                      file=sys.stderr, flush=True)
            yield result


class _Timings:
    """Seconds per stage, printed as `timing: <stage> <seconds>` lines (the benchmarks read them), and
    the build process's peak memory after each stage as `memory: <stage> <MB>`."""

    def __init__(self):
        self.seconds: dict[str, float] = {}
        self.peak_mb: dict[str, float] = {}

    @contextmanager
    def stage(self, name: str):
        started = time.perf_counter()
        yield
        self.seconds[name] = time.perf_counter() - started
        self.peak_mb[name] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    def print(self) -> None:
        for name, seconds in self.seconds.items():
            print(f"timing: {name.replace(' ', '-')} {seconds:.2f}")
        for name, megabytes in self.peak_mb.items():
            print(f"memory: {name.replace(' ', '-')} {megabytes:.0f}")


def build(corpus: Path, docs: Path, strict: bool = False, quiet: bool = False,
          index_dir: Path = DEFAULT_INDEX, executor: str = DEFAULT_EXECUTOR) -> int:
    """Convert `corpus` into pages under `docs` and the search index in `index_dir` (its folder also keeps
    the letter store). Returns the exit status: 1 when nothing could be published, or in strict mode
    when any file was reported."""
    if not corpus.is_dir():
        print(f"error: the corpus folder {corpus} does not exist", file=sys.stderr)
        return 1
    timings = _Timings()
    cache = index_dir.parent
    with timings.stage("unchanged check"):
        outputs = [docs / name for name in GENERATED] + [index_dir]
        inputs = unchanged.inputs_digest([corpus], [docs.parent / "mkdocs.yml"])
        last = unchanged.last_run(cache, "build", inputs, outputs)
    if last:
        print(f"{last['report']}pages and data files: {last['files']} (0 written, {last['files']} unchanged)\n"
              "nothing changed since the last build (files by size and time, code, mkdocs.yml): "
              "its pages and search indexes stand")
        timings.print()
        return _exit_status(last["letters"], last["reported"], strict)
    unchanged.forget(cache, "build")
    store = LetterStore(index_dir.parent / "letters")
    sentences = Sentences(index_dir.parent / "sentences.sqlite")
    last_graph = cache / "graph.sqlite"  # the last build's, until this one's is finished
    last = stamps(last_graph)
    writer = GraphWriter(last_graph)  # fed as the letters come: never all held
    failures: list[ReadFailure] = []
    problems: dict[str, list[str]] = {}
    unchanged_files: list[str] = []
    with timings.stage("convert"), sentences.updating(lambda key: store.load_summary(key)[1]) as keep_sentences:
        for result in convert_corpus(corpus, store.folder, quiet, executor, last):
            if isinstance(result, ReadFailure):
                failures.append(result)
            elif isinstance(result, Unchanged):
                unchanged_files.append(result.shown_as)
            else:
                letter = compact_summary(result.letter)
                _note_problems(problems, letter.letter.source, letter.problems)
                writer.add(result.key, letter, result.stamp)
                keep_sentences(result.key, result.sentences)
        for source, key, letter_problems in writer.carry(last_graph, unchanged_files):
            _note_problems(problems, source, letter_problems)
            keep_sentences(key, None)
    with timings.stage("graph"):
        graph = writer.finish()
    with timings.stage("pages and indexes"):
        # Both indexes in processes of their own, while the pages are written here.
        items = search_items(graph, store)
        search_index = in_background(write_search_index, items, index_dir)
        browser = in_background(write_browser_index, items, docs / BROWSER_INDEX, index_dir.parent / "browser-index")
        del items
        with timings.stage("pages"):
            manifest = cache / "pages-manifest.json"
            last_pages = published(docs, manifest)
            changes = changed_pages(graph, cache, last_pages)
            pages = site_pages(graph, failures, problems, store, sentences, cache, _site_url(docs), changes)
            written = write_pages(docs, pages, manifest, last_pages, changes and changes.standing)
            keep_graph(graph, cache)
        indexed, timings.seconds["search index"] = search_index()
        browser_done, timings.seconds["browser index"] = browser()
    report = _summary(graph, failures, problems)
    print(f"{report}pages and data files: {sum(written)} ({written[0]} written, {written[1]} unchanged)")
    print(f"search index: {indexed} pages in {index_dir}; browser index: {browser_done}")
    timings.print()
    said = {"report": report, "files": sum(written), "letters": len(graph.letters),
            "reported": len(failures) + len(problems)}
    unchanged.remember(cache, "build", inputs, outputs, said)
    if not said["letters"]:
        print("error: no letter could be published", file=sys.stderr)
    return _exit_status(said["letters"], said["reported"], strict)


def _note_problems(problems: dict[str, list[str]], source: str, found: tuple[str, ...]) -> None:
    """The problems of a letter's sidecar, which the report lists."""
    if found:
        problems[source] = list(found)


def _exit_status(letters: int, reported: int, strict: bool) -> int:
    """1 when nothing could be published, or in strict mode when any file was reported."""
    return 1 if not letters or strict and reported else 0


def _site_url(docs: Path) -> str:
    """The portal's address (mkdocs.yml's site_url, beside docs/), which feeds need absolute."""
    config = docs.parent / "mkdocs.yml"
    text = config.read_text(encoding="utf-8") if config.exists() else ""
    found = re.search(r"^site_url:\s*(\S+)", text, re.MULTILINE)
    return found.group(1).strip("'\"") if found else "http://localhost/"


def _summary(graph: Graph, failures: list[ReadFailure], problems: dict[str, list[str]]) -> str:
    """The build's report: what was published and what was not, with the reasons."""
    report = []
    formats, readings = graph.letters.formats(), Counter()
    for entry in graph.letters.with_notes():
        readings.update(entry.notes)
    warned = sum(1 for _ in graph.letters.with_warnings())
    conflicts = sum(1 for _ in graph.documents.with_conflicting_dates())
    by_format = ", ".join(f"{n} {f}" for f, n in sorted(formats.items())) or "none"
    report.append(f"letters published: {sum(formats.values())} ({by_format})")
    for note, count in sorted(readings.items()):
        report.append(f"  {count} {note}")
    report.append(f"letters with warnings: {warned}")
    archived = graph.documents.archived_count()
    report.append(f"cited documents: {len(graph.documents)} "
                  f"({archived} in the archive, {conflicts} with dates that disagree)")
    report.append(f"files rejected: {len(failures)}")
    for failure in failures:
        report.append(f"  {failure.path}: {failure.reason}")
    for _, lines in sorted(problems.items()):
        for line in lines:
            report.append(f"  correction problem: {line}")
    return "".join(f"{line}\n" for line in report)
