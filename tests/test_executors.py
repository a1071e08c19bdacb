"""Conversions run through an executor: in order, whichever executor runs them."""

from __future__ import annotations

import pytest

from build_tools.executors import executor_map


def square(n: int) -> int:
    return n * n


def test_processes_return_results_in_the_order_of_the_jobs():
    jobs = list(range(200))  # enough for a pool of processes
    assert list(executor_map(square, jobs, "process")) == list(executor_map(square, jobs, "serial")) == [
        n * n for n in jobs]


def test_an_unknown_executor_is_named_in_the_error():
    with pytest.raises(SystemExit, match='unknown executor "cluster"'):
        list(executor_map(square, list(range(100)), "cluster"))
