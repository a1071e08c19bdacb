"""Command line: python -m bench.synth --count N --seed S --out DIR [--jobs J]."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench.synth import TRUTH_FILE, generate


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synth", description=__doc__)
    parser.add_argument("--count", type=int, default=1000, help="how many letters")
    parser.add_argument("--seed", type=int, default=1, help="the same seed writes the same bytes")
    parser.add_argument("--out", type=Path, required=True, help="the folder to write letters and truth into")
    parser.add_argument("--jobs", type=int, default=None, help="processes writing letters (default: all cores)")
    args = parser.parse_args(argv)
    summary = generate(args.count, args.seed, args.out, args.jobs)
    megabytes = summary.bytes / 1e6
    print(f"{summary.letters} letters, {megabytes:.1f} MB in {summary.seconds:.1f} s "
          f"({summary.letters / summary.seconds:.0f} letters/s, {megabytes / summary.seconds:.1f} MB/s); "
          f"truth in {args.out / TRUTH_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
