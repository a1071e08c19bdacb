"""Watch a process that is already running: its tree's peak memory until it ends.

    python -m bench.watch PID [--interval 1] [--log FILE]

For a long build started by hand (100,000 letters): prints the peak of the summed PSS of the
process and its descendants, and logs each new peak with the time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time

from bench.measure import tree_rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.watch", description=__doc__)
    parser.add_argument("pid", type=int)
    parser.add_argument("--interval", type=float, default=1.0)
    args = parser.parse_args(argv)
    peak, started = 0, time.time()
    while os.path.exists(f"/proc/{args.pid}"):
        now = tree_rss(args.pid)
        if now > peak:
            peak = now
            print(f"{time.time() - started:8.0f} s  peak {peak / 1e9:.2f} GB", flush=True)
        time.sleep(args.interval)
    print(f"ended after {time.time() - started:.0f} s; peak {peak / 1e9:.2f} GB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
