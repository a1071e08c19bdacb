"""The search indexes' writers, each run in a process of its own while the build writes the pages.

Apart from build.py so that a writer's new interpreter imports the search code alone, not the whole build
(importing build.py took 0.5 s of each writer's start, on the path of a one-letter rebuild).
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from build_tools.search import IndexItem, write_index
from build_tools.search.browser import update_browser_index

Result = TypeVar("Result")


def write_search_index(items: list[IndexItem], index_dir: Path) -> tuple[int, float]:
    started = time.perf_counter()
    return write_index(items, index_dir), time.perf_counter() - started


def write_browser_index(items: list[IndexItem], out: Path, cache: Path) -> tuple[str, float]:
    started = time.perf_counter()
    return update_browser_index(items, out, cache), time.perf_counter() - started


def in_background(function: Callable[..., Result], *args) -> Callable[[], Result]:
    """Run `function(*args)` in a new process; the returned callable waits for its result.

    A new process, not a fork: a forked child touching the parent's objects copies their pages (two
    index writers forked from the 100,000-letter graph held 1.4 GB more); the arguments are small.
    """
    context = multiprocessing.get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    process = context.Process(target=_send_result, args=(sender, function, args, os.getpid()))
    # Started from a thread: handing the arguments over waits for the new interpreter to read them.
    starting = threading.Thread(target=process.start)
    starting.start()

    def wait() -> Result:
        starting.join()
        sender.close()
        try:
            ok, value = receiver.recv()
        except EOFError:
            ok, value = False, f"the process was killed (exit status {process.exitcode})"
        process.join()
        if not ok:
            raise RuntimeError(f"{function.__name__} failed: {value}")
        return value

    return wait


def _send_result(sender, function, args, build_pid: int) -> None:
    threading.Thread(target=_exit_with, args=(build_pid,), daemon=True).start()
    try:
        sender.send((True, function(*args)))
    except Exception as error:  # reported by the parent, with the stage's name
        sender.send((False, f"{type(error).__name__}: {error}"))


def _exit_with(build_pid: int) -> None:
    """A killed build takes its index writers with it: none goes on writing into `docs/` (the browser index)
    after the build that started it is gone (its parent is then another process)."""
    while os.getppid() == build_pid:
        time.sleep(0.05)
    os._exit(1)
