"""The command-line search (`python -m build_tools search`) on a generated archive: latency in process
and as a new process, the query set's recall, and the index write (issue 19).

    python -m bench.cli_search --count N [--per-kind 200] [--no-build]

The project (bench/.cache/cli-N/): the shipped letters, the letters written for the tests and N
generated letters (seed 1, as tests/test_scale.py), built by `python -m build_tools build` unless
already built (its output is kept in build.log: the index write's `timing:` line is read from it).
Then, in this one process and after a warm-up, number and three-word queries as bench/whoosh_search.py
picks them (the index opened per query, as the command line does), the query set's recall@1/@10
(tests/queries.yaml, by the rules of tests/query_set.py), and the whole command in new processes.
Writes bench/results/search-N.json: the keys of whoosh-N.json, plus the index write's seconds, the
pages stage's seconds of the same build, and the command's wall times.

The engine is whatever `build_tools.search.search` is in the code this runs with: to measure another
commit, run this file from a copy of that commit (`git archive COMMIT | tar -x -C DIR`), with --out.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from bench.common import CACHE, ROOT, disk_usage, machine, markdown_table, query_set_recall, save_json
from bench.whoosh_search import chosen, percentile

TESTS = ROOT / "tests"
WARM_UP = 20
CLI_RUNS = 30  # new processes, after 3 not counted (the page cache)
_TIMING = re.compile(r"^timing: (\S+) ([0-9.]+)", re.MULTILINE)


def project(count: int, work: Path) -> Path:
    """The project of `count` generated letters beside the shipped and test letters, built once."""
    from bench.synth import TRUTH_FILE, generate

    corpus = work / "corpus"
    if not (work / "truth.jsonl").exists():
        shutil.rmtree(work, ignore_errors=True)
        generated = work / "generated"
        generate(count, seed=1, out=generated)
        corpus.mkdir(parents=True)
        for letter in [*(ROOT / "corpus").glob("*.txt"), *(TESTS / "letters").glob("*.txt")]:
            shutil.copy(letter, corpus / letter.name)
        for letter in sorted(generated.glob("*.txt")):
            letter.rename(corpus / f"synth-{letter.name}")
        (generated / TRUTH_FILE).rename(work / "truth.jsonl")
        shutil.rmtree(generated)
        shutil.copytree(ROOT / "docs", work / "docs", ignore=shutil.ignore_patterns(
            "van-ban", "dan-chieu", "danh-sach", "_generated", "du-lieu", "nguon-tin", "tim-kiem", "bao-cao.md"))
    return work


def build(work: Path) -> dict[str, float]:
    """`python -m build_tools build` on the project; its `timing:` lines, also kept in build.log."""
    command = [sys.executable, "-m", "build_tools", "build", "--corpus", str(work / "corpus"), "--docs",
               str(work / "docs"), "--index", str(work / ".cache" / "search-index"), "--quiet"]
    started = time.perf_counter()
    run = subprocess.run(command, cwd=Path.cwd(), capture_output=True, text=True)
    (work / "build.log").write_text(run.stdout + run.stderr, encoding="utf-8")
    if run.returncode:
        sys.exit(f"build failed: see {work / 'build.log'}")
    print(f"build: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return timings(work)


def timings(work: Path) -> dict[str, float]:
    log = work / "build.log"
    return {name: float(s) for name, s in _TIMING.findall(log.read_text(encoding="utf-8"))} if log.exists() else {}


def timed(search: Callable[[str], list], queries: list[tuple[str, str | None]]) -> dict:
    """Wall and CPU percentiles of `queries` (bench/whoosh_search.py's figures)."""
    for query, _ in queries[:WARM_UP]:
        search(query)
    wall, cpu, first_right = [], [], 0
    for query, number in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        hits = search(query)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        first_right += bool(number and hits and hits[0].number == number)
    checked = sum(1 for _, number in queries if number)
    return {"queries": len(queries), **{f"p{p}_ms": round(percentile(wall, p / 100), 1) for p in (50, 95, 99)},
            "max_ms": round(max(wall), 1), **{f"cpu_p{p}_ms": round(percentile(cpu, p / 100), 1) for p in (50, 95)},
            "number_first": f"{first_right}/{checked}" if checked else "—"}


def command_line(index: Path, queries: list[str], runs: int = CLI_RUNS, bytecode: bool = True) -> dict:
    """The whole `python -m build_tools search QUERY --index …` in a new process, as a citizen runs it:
    wall time, and the CPU time (user + system) of the process, which other work on the machine
    does not stretch. `bytecode`: Python keeps its compiled modules (__pycache__), as an installed
    Python does; without it (PYTHONDONTWRITEBYTECODE=1, as in the sandbox of these runs) every
    module is compiled again at each start."""
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "" if bytecode else "1"}

    def once(query: str) -> tuple[float, float]:
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "build_tools", "search", query, "--index", str(index)],
                       cwd=Path.cwd(), capture_output=True, check=True, env=env)
        wall = (time.perf_counter() - started) * 1000
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        return wall, (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) * 1000

    for query in queries[:3]:
        once(query)
    times = [once(queries[i % len(queries)]) for i in range(runs)]
    wall, cpu = [w for w, _ in times], [c for _, c in times]
    return {"runs": runs, "bytecode": bytecode, "p50_ms": round(statistics.median(wall), 1),
            "p95_ms": round(percentile(wall, 0.95), 1), "max_ms": round(max(wall), 1),
            "cpu_p50_ms": round(statistics.median(cpu), 1), "cpu_p95_ms": round(percentile(cpu, 0.95), 1)}


def index_files(work: Path) -> Path:
    return work / ".cache" / "search-index"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.cli_search", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True, help="generated letters")
    parser.add_argument("--per-kind", type=int, default=200, help="queries of each kind")
    parser.add_argument("--work", type=Path, help="the project folder (default bench/.cache/cli-N)")
    parser.add_argument("--build", action="store_true", help="build again even when built")
    parser.add_argument("--out", default=None, help="the results file's name under bench/results/")
    args = parser.parse_args(argv)
    from build_tools.search import search

    work = project(args.count, args.work or CACHE / f"cli-{args.count}")
    stages = build(work) if args.build or not (work / "build.log").exists() else timings(work)
    index = index_files(work)
    print(f"Machine: {machine()}\n")
    recall = query_set_recall(work, lambda q: [hit.url for hit in search(index, q, limit=10)])
    print(f"Query set: recall@1 {recall['recall_at_1']}/{recall['queries']}, "
          f"recall@10 {recall['recall_at_10']}/{recall['queries']}")
    picked = chosen(work / "truth.jsonl", args.per_kind)
    kinds = {kind: timed(lambda q: search(index, q), queries) for kind, queries in picked.items()}
    cli_queries = [q for kind in picked.values() for q, _ in kind[:10]]
    cli = command_line(index, cli_queries)
    cli_compiling = command_line(index, cli_queries, bytecode=False)
    size, files = disk_usage(index)
    letters = sum(1 for _ in (work / "truth.jsonl").open(encoding="utf-8"))
    write = next((stages[name] for name in ("search-index", "whoosh") if name in stages), None)
    header = ["letters", "index MB / files", "write s (pages s)", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms",
              "CPU p50 / p95 ms", "number ranked first"]
    rows = [[f"{letters:,}", f"{size / 2**20:.0f} / {files}", f"{write} ({stages.get('pages')})",
             f"{f['queries']} {kind}", f["p50_ms"], f["p95_ms"], f["p99_ms"], f["max_ms"],
             f"{f['cpu_p50_ms']} / {f['cpu_p95_ms']}", f["number_first"]] for kind, f in kinds.items()]
    print(markdown_table(header, rows))
    for figures in (cli, cli_compiling):
        print(f"\nwhole command, new process{'' if figures['bytecode'] else ', modules compiled at each start'}: "
              f"median {figures['p50_ms']} ms, p95 {figures['p95_ms']} ms, CPU median {figures['cpu_p50_ms']} ms "
              f"({figures['runs']} runs)")
    result = {"machine": machine(), "letters": letters, "index_bytes": size, "index_files": files, "kinds": kinds,
              "recall": recall, "index_write_seconds": write, "pages_seconds": stages.get("pages"),
              "build_timings": stages, "command_line": cli,
              "command_line_compiling": cli_compiling}
    print(f"\nJSON: {save_json(args.out or f'search-{letters}.json', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
