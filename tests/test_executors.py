"""Conversions run through an executor: in order, whichever executor runs them."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path

import pytest

from build_tools.build import build
from build_tools.executors import executor_map
from conftest import CORPUS, new_project


def square(n: int) -> int:
    return n * n


def tree_digest(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_processes_return_results_in_the_order_of_the_jobs():
    jobs = list(range(200))  # enough for a pool of processes
    assert list(executor_map(square, jobs, "process")) == list(executor_map(square, jobs, "serial")) == [
        n * n for n in jobs]


def test_an_unknown_executor_is_named_in_the_error():
    with pytest.raises(SystemExit, match='unknown executor "cluster"'):
        list(executor_map(square, list(range(100)), "cluster"))


def test_a_dask_cluster_converts_the_letters_and_builds_the_same_pages(tmp_path, monkeypatch):
    """The shipped corpus built through a Dask LocalCluster (two worker processes, loopback only) gives
    docs/ byte for byte as the default executor does; every conversion ran on a worker, none was read
    from the letter store (each project's .cache/ starts empty)."""
    import distributed
    from distributed import Client, LocalCluster, get_task_stream

    opened: list[Client] = []  # the clients the build opens (executors.py imports Client when it runs)

    class RecordedClient(Client):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            opened.append(self)

    monkeypatch.setattr(distributed, "Client", RecordedClient)

    letters = sorted(CORPUS.glob("*.txt"))
    by_default, by_dask = (new_project(tmp_path / name, letters) for name in ("default", "dask"))
    assert not (by_default / ".cache").exists() and not (by_dask / ".cache").exists()

    def built(project, **executor) -> int:
        return build(project / "corpus", project / "docs", quiet=True, index_dir=project / ".cache" / "search-index",
                     **executor)

    with (LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None,
                       silence_logs=logging.ERROR) as cluster,
          Client(cluster) as client):
        with get_task_stream(client) as stream:
            assert built(by_dask, executor=f"dask://{cluster.scheduler_address}") == 0
        workers = client.run(os.getpid)  # address → process id of each worker
    # The build's own client of the cluster, closed by the build: left open, it would try to reconnect
    # to the cluster closed above and print the refused connections.
    assert len(opened) == 1 and opened[0].status == "closed"
    conversions = [task for task in stream.data if task["key"].startswith("_each-")]  # letters in batches
    assert len(conversions) == len(letters)  # fewer letters than 2 × 64: one a batch
    assert {task["worker"] for task in conversions} <= set(workers)
    assert os.getpid() not in workers.values()
    # The workers wrote one whole letter per file into the store the build reads (it was empty).
    assert len(list((by_dask / ".cache" / "letters").rglob("*.pickle"))) == len(letters)

    assert built(by_default) == 0
    assert tree_digest(by_dask / "docs") == tree_digest(by_default / "docs")
