"""The build of N synthetic letters measured against its references from the same run (issue #9).

    python -m bench.build --count 1000 [--seed 1] [--work DIR] [--keep] [--resume] [--executor SPEC]

Generates the corpus (kept under the work folder by count and seed, so a rerun skips it), copies the
project as tests/conftest.py's `portal` fixture does, then measures each step as wall seconds and
peak memory of its process tree (bench/measure.py):

1. floor: read and NFC-normalise every letter (bench/floor.py, on every core);
2. `build_tools build`: conversion, pages, both search indexes;
3. `build_tools site`: MkDocs --strict in shards, originals; the full build is 2 + 3;
4. one new letter added, then 2 + 3 again; and 2 + 3 once more with nothing changed;
5. a bare `mkdocs build` of the same pages (one process, the project's config), last: at 100,000
   letters it is the longest step, and only a reference.

Each step's figures are saved as it ends (work/steps-N-SEED.json) beside the kept project, so a run cut
short (100,000 letters take hours) goes on with --resume from the first step not measured.

The build steps convert with `--executor` (default "process"; "serial", "dask://HOST:PORT", or
"dask-local": a Dask LocalCluster of 2 worker processes started by the bench, whose whole process
tree, build and cluster, is then also measured). Any executor but "process" keeps its own project,
steps and results (bench/results/build-N-dask.json for both Dask ones). Each step also records its
CPU seconds (user + system) of the step's process tree and of the local cluster's workers: on a
machine shared with other work, steadier than wall seconds.

Prints the machine and one Markdown table (figure, value, reference, ratio, target, met), and
writes the same as JSON to bench/results/build-N.json. `timing: <stage> <seconds>` lines the
build prints are shown as sub-rows.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from contextlib import contextmanager, nullcontext
from dataclasses import asdict, dataclass
from pathlib import Path

from bench.measure import Measured, run, tree_rss
from bench.synth import TRUTH_FILE, generate

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
_TIMING = re.compile(r"^timing: (\S+) ([0-9.]+)", re.MULTILINE)
_GB = 1e9


@dataclass(frozen=True)
class Step:
    seconds: float
    peak_rss: int
    timings: dict[str, float]  # the step's own `timing:` lines, by stage
    commit: str = ""  # the code measured (a resumed run may measure its steps with different code)
    # With "dask-local": the peak of the bench's whole process tree while the step ran, the build's
    # and the cluster's (scheduler and nannies in the bench process, the worker processes); else 0.
    with_cluster_rss: int = 0
    # User + system CPU seconds of the step's process tree and of the local cluster's workers (not the
    # scheduler, in the bench process); 0: not measured.
    cpu_seconds: float = 0.0


@dataclass(frozen=True)
class Row:
    figure: str
    value: str
    reference: str = ""
    ratio: str = ""
    target: str = ""
    met: bool | None = None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.build", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000, help="letters in the corpus")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "bench-build",
                        help="where the corpus is kept and the project copied")
    parser.add_argument("--keep", action="store_true", help="keep the project copy (pages, site, indexes)")
    parser.add_argument("--resume", action="store_true",
                        help="go on with the kept project from the first step not measured (implies --keep)")
    parser.add_argument("--executor", default="process",
                        help='where the build steps convert letters: "process" (default), "serial", '
                             '"dask://HOST:PORT", or "dask-local" (a LocalCluster of 2 workers started here)')
    args = parser.parse_args(argv)
    suffix = _suffix(args.executor)
    corpus = cached_corpus(args.work, args.count, args.seed)
    project = args.work / f"project-{args.count}-{args.seed}{suffix}"
    saved = args.work / f"steps-{args.count}-{args.seed}{suffix}.json"
    if not (args.resume and saved.exists() and project.is_dir()):
        saved.unlink(missing_ok=True)
        copy_project(project, corpus)
    try:
        with local_cluster() if args.executor == "dask-local" else nullcontext() as cluster:
            executor = cluster.spec if cluster else args.executor
            steps = measure_steps(project, args.work, args.count, args.seed, saved, executor, cluster)
    finally:
        if not (args.keep or args.resume):
            shutil.rmtree(project, ignore_errors=True)
    rows = table(steps)
    report = {"count": args.count, "seed": args.seed, "executor": args.executor, "machine": machine(),
              "steps": {name: asdict(step) for name, step in steps.items()}, "rows": [asdict(r) for r in rows]}
    print_report(report, rows)
    RESULTS.mkdir(exist_ok=True)
    path = RESULTS / f"build-{args.count}{suffix}.json"
    path.write_text(json.dumps(report, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten: {path.relative_to(ROOT)}" + (f"; project kept in {project}" if args.keep else ""))
    return 0


def _suffix(executor: str) -> str:
    """What names the project, the steps and the results of a run: the process pool's keep their names."""
    if executor == "process":
        return ""
    return "-dask" if executor.startswith("dask") else f"-{executor}"


# --- the Dask cluster ------------------------------------------------------------------------------
class Cluster:
    """A Dask LocalCluster's address for `--executor`, the CPU its workers have used, and the peak memory
    of this whole process tree (build and cluster) sampled while a step runs."""

    def __init__(self, address: str, workers: list[int]):
        self.spec = f"dask://{address}"
        self.workers = workers  # their process ids

    def cpu_seconds(self) -> float:
        import psutil  # a dependency of distributed

        return sum(sum(psutil.Process(pid).cpu_times()[:2]) for pid in self.workers)

    @contextmanager
    def sampling(self) -> Iterator[list[int]]:
        """Yields a one-item list that holds the peak (bytes) once the block is left."""
        peak, stop = [0], threading.Event()

        def sample() -> None:  # each sample reads every process's smaps_rollup (≈ 0.1 s of CPU): once a second
            while not stop.is_set():
                peak[0] = max(peak[0], tree_rss(os.getpid()))
                stop.wait(1.0)

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        try:
            yield peak
        finally:
            stop.set()
            sampler.join()


@contextmanager
def local_cluster(workers: int = 2) -> Iterator[Cluster]:
    """A LocalCluster of `workers` processes of one thread on loopback, without a dashboard; the worker
    processes import build_tools from this repository as the build does (they are this process's
    children, with its path)."""
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                      dashboard_address=None, silence_logs=logging.ERROR) as cluster, Client(cluster) as client:
        print(f"dask-local: {workers} workers, scheduler {cluster.scheduler_address}", file=sys.stderr)
        yield Cluster(cluster.scheduler_address, list(client.run(os.getpid).values()))


# --- the corpus and the project ------------------------------------------------------------------
def cached_corpus(work: Path, count: int, seed: int) -> Path:
    """The corpus of `count` letters from `seed`, generated once: written aside, then renamed."""
    corpus = work / f"corpus-{count}-{seed}"
    if (corpus / TRUTH_FILE).exists():
        return corpus
    partial = corpus.with_name(corpus.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    made = generate(count, seed, partial)
    partial.rename(corpus)
    print(f"corpus: {count} letters generated in {made.seconds:.1f} s into {corpus}", file=sys.stderr)
    return corpus


def copy_project(project: Path, corpus: Path) -> Path:
    """mkdocs.yml, overrides/ and the hand-written docs/ of the repository, and the corpus (linked:
    the build only reads it, and the added letter is a new file)."""
    from build_tools.site import GENERATED

    shutil.rmtree(project, ignore_errors=True)
    project.mkdir(parents=True)
    shutil.copy(ROOT / "mkdocs.yml", project)
    shutil.copytree(ROOT / "overrides", project / "overrides")
    shutil.copytree(ROOT / "docs", project / "docs", ignore=shutil.ignore_patterns(*GENERATED, "pagefind"))
    shutil.copytree(corpus, project / "corpus", copy_function=_link_or_copy)
    return project


def _link_or_copy(source: str, target: str) -> None:
    try:
        os.link(source, target)
    except OSError:  # another file system
        shutil.copy2(source, target)


def add_letter(corpus: Path, work: Path, count: int, seed: int) -> str:
    """One new letter in the corpus: generated from another seed until its number is not one the
    corpus already uses nor its file one added before (by a run whose later steps were measured again),
    and named after the corpus's last letter."""
    used = {json.loads(line)["number"] for line in (corpus / TRUTH_FILE).read_text(encoding="utf-8").splitlines()}
    for other in range(seed + 1, seed + 100):
        extra = work / f"extra-{other}"
        shutil.rmtree(extra, ignore_errors=True)
        generate(1, other, extra, jobs=1)
        truth = json.loads((extra / TRUTH_FILE).read_text(encoding="utf-8"))
        name = f"{count:06d}_{truth['file'].split('_', 1)[1]}"
        if truth["number"] and truth["number"] not in used and not (corpus / name).exists():
            shutil.copyfile(extra / truth["file"], corpus / name)
            shutil.rmtree(extra)
            return name
        shutil.rmtree(extra)
    raise RuntimeError("no seed gave a letter with a new number")


# --- measuring -----------------------------------------------------------------------------------
def measure_steps(project: Path, work: Path, count: int, seed: int, saved: Path, executor: str = "process",
                  cluster: Cluster | None = None) -> dict[str, Step]:
    """The steps in order; those already in `saved` (from a run cut short) are not measured again."""
    corpus = project / "corpus"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    python = sys.executable
    build = [python, "-m", "build_tools", "build", "--corpus", str(corpus), "--docs", str(project / "docs"),
             "--index", str(project / ".cache" / "search-index"), "--quiet", "--executor", executor]
    site = [python, "-m", "build_tools", "site", "--site", str(project / "site"), "--corpus", str(corpus)]
    bare_site = work / "bare-site"
    bare = [python, "-m", "mkdocs", "build", "--quiet", "--site-dir", str(bare_site)]

    state = json.loads(saved.read_text(encoding="utf-8")) if saved.exists() else {"steps": {}}
    steps = {name: Step(**value) for name, value in state["steps"].items()}

    def step(key: str, name: str, command: list[str]) -> None:
        if key in steps:
            print(f"measured before: {name}", file=sys.stderr)
            return
        print(f"measuring: {name} …", file=sys.stderr, flush=True)
        cpu = _cpu_seconds(cluster)
        with cluster.sampling() if cluster else nullcontext([0]) as with_cluster:
            measured = run(command, cwd=project, env=env)
        steps[key] = _step(name, measured, with_cluster[0], _cpu_seconds(cluster) - cpu)
        state["steps"][key] = asdict(steps[key])
        saved.write_text(json.dumps(state, indent=2), encoding="utf-8")

    step("floor", "floor", [python, "-m", "bench.floor", str(corpus)])
    step("build", "build", build)
    step("site", "site", site)
    if "added" not in state:
        state["added"] = add_letter(corpus, work, count, seed)
        print(f"added: {state['added']}", file=sys.stderr)
    step("build_added", "build, one letter added", build)
    step("site_added", "site, one added", site)
    step("build_same", "build, nothing changed", build)
    step("site_same", "site, nothing changed", site)
    # Last, on the pages of the corpus with the added letter (one page in 100,000 more): the reference
    # that takes longest is measured once the build's own figures are safe.
    step("bare", "bare mkdocs build", bare)
    shutil.rmtree(bare_site, ignore_errors=True)
    return steps


def _cpu_seconds(cluster: Cluster | None) -> float:
    """User + system CPU of every child process ended so far (a step's tree, once it has ended: each
    process's count includes the children it waited for) and of the local cluster's workers."""
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return children.ru_utime + children.ru_stime + (cluster.cpu_seconds() if cluster else 0)


def _step(name: str, measured: Measured, with_cluster_rss: int = 0, cpu_seconds: float = 0.0) -> Step:
    if measured.returncode != 0:
        raise SystemExit(f"{name} failed (exit {measured.returncode}):\n{measured.output[-3000:]}")
    timings = {stage: float(seconds) for stage, seconds in _TIMING.findall(measured.output)}
    return Step(measured.seconds, measured.peak_rss, timings, _commit(), with_cluster_rss, cpu_seconds)


def _commit() -> str:
    head = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                           capture_output=True, text=True).stdout.strip()
    return head.stdout.strip() + ("-dirty" if dirty else "")


# --- the table -----------------------------------------------------------------------------------
def table(steps: dict[str, Step]) -> list[Row]:
    floor, build, bare, site = steps["floor"], steps["build"], steps["bare"], steps["site"]
    full = build.seconds + site.seconds
    convert = build.timings.get("convert")
    rows = [Row("floor: read + NFC-normalise every letter", _value(floor))]
    if convert is None:  # no stage timings: the whole step stands for the conversion
        rows.append(_ratio_row("build: conversion + pages + both search indexes", _value(build), build.seconds,
                               floor.seconds, "floor", 3, "conversion ≤ 3× floor (no convert timing: whole step)"))
    else:
        rows.append(Row("build: conversion + pages + both search indexes", _value(build)))
    rows += _stage_rows(build, floor.seconds)
    rows.append(Row("bare `mkdocs build` of the same pages", _value(bare)))
    rows.append(_ratio_row("site: pages → HTML in shards, originals", _value(site), site.seconds, bare.seconds,
                           "bare MkDocs", 1, "≤ 1× bare MkDocs"))
    rows += _stage_rows(site, None)
    cpu = f" ({build.cpu_seconds + site.cpu_seconds:.1f} s CPU)" if build.cpu_seconds else ""
    rows.append(_ratio_row("full build: build + site", f"{full:.1f} s{cpu}", full, bare.seconds, "bare MkDocs", 2,
                           "≤ 2× bare MkDocs"))
    peak = max(build.peak_rss, site.peak_rss)
    rows.append(Row("peak memory of the full build (process tree)", f"{peak / _GB:.2f} GB", target="< 2 GB",
                    met=peak < 2 * _GB))
    if build.with_cluster_rss:
        with_cluster = max(build.with_cluster_rss, site.peak_rss)
        rows.append(Row("peak memory with the local Dask cluster (scheduler, workers)",
                        f"{with_cluster / _GB:.2f} GB"))
    rows.append(_share_row("one letter added: build + site again", steps["build_added"], steps["site_added"], full,
                           0.03, "< 3% of the full build"))
    rows.append(_share_row("nothing changed: build + site again", steps["build_same"], steps["site_same"], full,
                           0.01, "≤ 1% of the full build"))
    return rows


def _value(step: Step) -> str:
    cpu = f" ({step.cpu_seconds:.1f} s CPU)" if step.cpu_seconds else ""
    return f"{step.seconds:.1f} s{cpu}, {step.peak_rss / _GB:.2f} GB"


def _ratio_row(figure: str, value: str, seconds: float, reference: float, name: str, limit: float,
               target: str) -> Row:
    ratio = seconds / reference
    return Row(figure, value, f"{name} {reference:.1f} s", f"{ratio:.2f}×", target, ratio <= limit)


def _stage_rows(step: Step, floor: float | None) -> list[Row]:
    rows = []
    for stage, seconds in step.timings.items():
        if stage == "convert" and floor is not None:
            rows.append(_ratio_row("  · convert", f"{seconds:.1f} s", seconds, floor, "floor", 3, "≤ 3× floor"))
        else:
            rows.append(Row(f"  · {stage}", f"{seconds:.1f} s"))
    return rows


def _share_row(figure: str, build: Step, site: Step, full: float, limit: float, target: str) -> Row:
    """A rebuild's share of the full build, against issue 19's limit (a share, met at or under it)."""
    seconds = build.seconds + site.seconds
    share = seconds / full
    return Row(figure, f"{seconds:.1f} s", f"full build {full:.1f} s", f"{100 * share:.2f}%", target, share <= limit)


# --- the machine and the report ------------------------------------------------------------------
def machine() -> dict[str, str]:
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor() or "unknown")
    memory = next(int(line.split()[1]) * 1024 for line in Path("/proc/meminfo").read_text().splitlines()
                  if line.startswith("MemTotal:"))
    return {"cpu": cpu, "cores": str(os.cpu_count()), "memory": f"{memory / _GB:.1f} GB",
            "python": platform.python_version(), "os": platform.platform()}


def print_report(report: dict, rows: list[Row]) -> None:
    m = report["machine"]
    print(f"\n{report['count']:,} letters (seed {report['seed']}, executor {report['executor']}) on {m['cpu']}, "
          f"{m['cores']} cores, {m['memory']} RAM; Python {m['python']}; {m['os']}\n")
    print("| figure | value | reference | ratio | target | met |")
    print("|---|---:|---|---:|---|---|")
    for r in rows:
        met = "" if r.met is None else "met" if r.met else "**missed**"
        print(f"| {r.figure} | {r.value} | {r.reference} | {r.ratio} | {r.target} | {met} |")


if __name__ == "__main__":
    sys.exit(main())
