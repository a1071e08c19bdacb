"""Run a command and measure it: wall seconds and the peak memory of its whole process tree.

The peak is the largest sum, over the command's process and all its descendants (pool workers,
subprocesses), of their proportional set sizes (PSS, /proc/<pid>/smaps_rollup: a page shared by
n processes counts 1/n in each, so the sum is the memory the tree holds; resident set sizes would
count a forked child's shared copy of its parent twice), sampled every `interval` seconds. A peak
shorter than the interval can be missed.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

_PAGE = os.sysconf("SC_PAGE_SIZE")


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss: int  # bytes
    output: str  # standard output and standard error, interleaved
    returncode: int


def run(command: list[str], cwd: Path | None = None, env: dict[str, str] | None = None,
        interval: float = 0.2) -> Measured:
    """Run `command` to its end, sampling the tree's memory while it runs."""
    with tempfile.TemporaryFile("w+", encoding="utf-8") as log:
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, env=env, stdout=log, stderr=subprocess.STDOUT, text=True)
        peak = 0
        while process.poll() is None:
            peak = max(peak, tree_rss(process.pid))
            time.sleep(interval)
        seconds = time.perf_counter() - started
        log.seek(0)
        return Measured(seconds, peak, log.read(), process.returncode)


def tree_rss(root: int) -> int:
    """The summed PSS (else RSS) in bytes of `root` and its descendants, as /proc shows them now."""
    parents, rss = _processes()
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent and pid not in tree]
        tree.update(children)
        frontier += children
    return sum(rss.get(pid, 0) for pid in tree)


def _processes() -> tuple[dict[int, int], dict[int, int]]:
    """Every process's parent and RSS in bytes; processes that end while being read are skipped."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            statm = Path(entry.path, "statm").read_text()
        except OSError:
            continue
        # The command name (2nd field) is in parentheses and may hold spaces: split after the last ")".
        fields = stat[stat.rindex(")") + 2 :].split()
        pid = int(entry.name)
        parents[pid] = int(fields[1])
        rss[pid] = _pss(entry.path) or int(statm.split()[1]) * _PAGE
    return parents, rss


def _pss(proc: str) -> int | None:
    """The process's PSS in bytes, or None where the kernel does not give it."""
    try:
        for line in Path(proc, "smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None
