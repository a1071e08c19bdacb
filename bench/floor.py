"""The floor of conversion: read every letter of a corpus and NFC-normalise it, on every core.

    python -m bench.floor CORPUS

No conversion can be faster than reading its input and normalising it once, so bench/build.py
measures the conversion against this (issue #9: within 3x the floor at 10,000 letters). It lists
the files itself rather than import build_tools (whose import alone takes a second): the synthetic
corpus is one flat folder of letters and its hidden truth file.
"""

from __future__ import annotations

import argparse
import os
import sys
import unicodedata
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path


def _read(path: Path) -> int:
    text = unicodedata.normalize("NFC", path.read_bytes().decode("utf-8-sig", errors="replace"))
    return len(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.floor", description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    args = parser.parse_args(argv)
    files = sorted(p for p in args.corpus.iterdir() if p.is_file() and not p.name.startswith("."))
    # The pool and chunk size of build_tools.build.process_corpus, so the two compare like for like.
    with ProcessPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        characters = sum(pool.map(_read, files, chunksize=32))
    print(f"{len(files)} letters read and normalised, {characters} characters")
    return 0


if __name__ == "__main__":
    sys.exit(main())
