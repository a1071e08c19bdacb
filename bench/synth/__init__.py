"""A realistic synthetic corpus of Vietnamese government letters (issue #9), deterministic from a seed.

    python -m bench.synth --count 1000 --seed 1 --out /tmp/corpus

writes NNNNNN_<hex>.txt letters shaped like the samples in corpus/ (Nghị định 30/2020/NĐ-CP) and,
beside them, .truth.jsonl: one JSON object per letter with what it says (type, number, date, place,
issuer, subject, recipients, signer, citations …). The truth is a hidden file so that a build of the
folder as a corpus neither reads nor publishes it (build_tools.build.corpus_files skips hidden files).
Letters are planned in date order (bench/synth/plan.py: who writes, what number, which earlier
letters it cites), then written one by one (render.py), on every core, each a pure function of the
seed and its plan: the corpus is never held in memory.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import time
from dataclasses import dataclass
from pathlib import Path

from bench.synth.data import load_data
from bench.synth.plan import Plan, Planner
from bench.synth.render import render
from bench.synth.world import World

TRUTH_FILE = ".truth.jsonl"
_worker: dict[str, object] = {}  # the world and output folder of a worker process


@dataclass(frozen=True)
class Summary:
    letters: int
    bytes: int
    seconds: float


def generate(count: int, seed: int, out: Path, jobs: int | None = None) -> Summary:
    """Write `count` letters and their truth into `out`; `jobs` processes write the texts (default: all cores)."""
    started = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    jobs = jobs or os.cpu_count() or 1
    world = World(load_data(), seed)
    plans = Planner(world, count, seed).plans()
    total = 0
    with (out / TRUTH_FILE).open("w", encoding="utf-8") as truth:
        for line, size in _written(plans, world, out, seed, jobs):
            truth.write(line + "\n")
            total += size
    return Summary(count, total, time.perf_counter() - started)


def _written(plans, world: World, out: Path, seed: int, jobs: int):
    """(truth line, bytes) of each letter, in order; written by a pool when there is more than one job."""
    if jobs == 1:
        _worker.update(world=world, out=out)
        yield from map(_write, plans)
        return
    # fork keeps the loaded data; the workers build the same world from the seed either way.
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(seed, out)) as pool:
        yield from pool.imap(_write, plans, chunksize=16)


def _init_worker(seed: int, out: Path) -> None:
    _worker.update(world=World(load_data(), seed), out=out)


def _write(plan: Plan) -> tuple[str, int]:
    text, truth = render(_worker["world"], plan)
    data = text.encode("utf-8")
    (_worker["out"] / plan.file).write_bytes(data)
    return json.dumps(truth, ensure_ascii=False), len(data)
