"""The conversion stage of N letters through each executor, side by side (issue 19).

    python -m bench.executors --count 10000 [--seed 1] [--executor process --executor dask-local]

The executor changes only where `build.convert` runs, so this measures that stage alone, as the
build runs it (`build.convert_corpus`), each executor into an empty letter store of its own: wall
seconds, CPU seconds of this process tree (with "dask-local": the LocalCluster's two worker
processes are its children), letters a second, and whether the summaries are the same as the first
executor's, letter by letter. The corpus is bench.build's (bench/.cache/corpus-N-SEED, generated once).

Prints a Markdown table; writes bench/results/executors-N.json.
"""

from __future__ import annotations

import argparse
import pickle
import resource
import shutil
import sys
import time
from contextlib import nullcontext
from pathlib import Path

from bench.build import cached_corpus, local_cluster
from bench.common import CACHE, machine, markdown_table, save_json
from build_tools.build import Converted, convert_corpus


def _cpu_seconds() -> float:
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def converted(corpus: Path, store: Path, executor: str) -> tuple[dict, list[bytes]]:
    """The figures of one conversion of `corpus` into an empty `store`, and each result pickled."""
    shutil.rmtree(store, ignore_errors=True)
    with local_cluster() if executor == "dask-local" else nullcontext() as cluster:
        spec = cluster.spec if cluster else executor
        started, started_cpu = time.perf_counter(), _cpu_seconds()
        results = list(convert_corpus(corpus, store, quiet=True, executor=spec))
        wall = time.perf_counter() - started
        # The workers' CPU is counted once they have exited and been waited for: after the cluster closes.
    cpu = _cpu_seconds() - started_cpu
    letters = sum(isinstance(r, Converted) for r in results)
    figures = {"executor": executor, "letters": letters, "failures": len(results) - letters,
               "wall_s": round(wall, 1), "cpu_s": round(cpu, 1), "letters_per_s": round(letters / wall, 1),
               "cpu_ms_per_letter": round(cpu / max(letters, 1) * 1000, 1)}
    return figures, [pickle.dumps(r.letter if isinstance(r, Converted) else r) for r in results]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.executors", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--executor", action="append", help='"process", "serial", "dask-local" or "dask://HOST:PORT"')
    args = parser.parse_args(argv)
    corpus = cached_corpus(CACHE, args.count, args.seed)
    runs, first = [], None
    for executor in args.executor or ["process", "dask-local"]:
        figures, results = converted(corpus, CACHE / f"executors-store-{args.count}", executor)
        first = first or results
        figures["same_summaries_as_first"] = results == first
        runs.append(figures)
        print(f"{executor}: {figures}", file=sys.stderr)
    shutil.rmtree(CACHE / f"executors-store-{args.count}", ignore_errors=True)
    print(machine())
    print(markdown_table(list(runs[0]), [list(run.values()) for run in runs]))
    print(f"\nJSON: {save_json(f'executors-{args.count}.json', {'machine': machine(), 'runs': runs})}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
