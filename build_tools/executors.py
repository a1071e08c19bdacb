"""Where conversions run: `executor_map(function, jobs, spec)` maps a pure function over jobs, in order.

- "process" (default): a pool of processes on this machine, one per core (a few jobs run in-process:
  below _PARALLEL_FROM a pool costs more than it saves);
- "serial": in this process (profiling, debugging);
- "dask://HOST:PORT": a Dask cluster, through its `concurrent.futures` executor (install `distributed`
  on every machine; the corpus and the build's cache folder must be on storage they all share).
A conversion is a pure function of one letter file and the shared tables, so any executor that
implements `concurrent.futures.Executor.map` can run it; no job system of our own.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from contextlib import contextmanager
from functools import partial
from typing import TypeVar

DEFAULT_EXECUTOR = "process"
_PARALLEL_FROM = 64
Job = TypeVar("Job")
Result = TypeVar("Result")


def executor_map(function: Callable[[Job], Result], jobs: list[Job], spec: str = DEFAULT_EXECUTOR
                 ) -> Iterator[Result]:
    """`function` over `jobs`, results in the order of the jobs."""
    if spec == "serial" or (spec == "process" and len(jobs) < _PARALLEL_FROM):
        yield from map(function, jobs)
        return
    with _executor(spec) as executor:
        # Letters go to a process 32 at a time: one at a time, the pickling costs more than a small letter.
        if spec == "process":
            yield from executor.map(function, jobs, chunksize=_BATCH)
            return
        # Dask's executor ignores chunksize: a task per letter cost 74% more CPU than the pool at 10,000
        # letters (bench/RESULTS.md). Batches as the pool's, smaller for a small corpus so that every
        # worker gets some.
        size = max(1, min(_BATCH, len(jobs) // _PARALLEL_FROM))
        batches = [jobs[start : start + size] for start in range(0, len(jobs), size)]
        for results in executor.map(partial(_each, function), batches):
            yield from results


_BATCH = 32


def _each(function: Callable[[Job], Result], jobs: list[Job]) -> list[Result]:
    return [function(job) for job in jobs]


@contextmanager
def _executor(spec: str) -> Iterator[Executor]:
    if spec == "process":
        with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
            yield pool
        return
    if spec.startswith("dask://"):
        try:
            from distributed import Client
        except ImportError as error:
            raise SystemExit(f"the executor {spec} needs Dask's `distributed` package: pip install distributed"
                             ) from error
        # The client is closed with the map: left open, it tries to reconnect to a cluster that has gone.
        with Client(spec.removeprefix("dask://")) as client, client.get_executor() as executor:
            yield executor
        return
    raise SystemExit(f'unknown executor "{spec}": use "process", "serial" or "dask://HOST:PORT"')
