"""Latency of the command-line search (build_tools.search, whatever its engine) on a generated corpus.

    python -m bench.whoosh_search --index DIR --truth FILE
    python -m bench.whoosh_search --count N      # generates and builds into bench/.cache/candidates-N
    python -m bench.whoosh_search --index DIR --portal PROJECT   # the query set's recall only

200 number queries (numbers of the truth, in the forms citizens type them) and 200 three-word queries
(three words of a subject, without diacritics), each through build_tools.search.index.search as
`python -m build_tools search` calls it (the index opened per query), after a warm-up, in this one
process. Prints p50/p95/p99 per kind as a Markdown table and writes bench/results/whoosh-N.json.
With --portal (the project the index was built from), also recall@1 and recall@10 of
tests/queries.yaml, by the rules of tests/query_set.py, as `python -m bench.browser` measures the
browser's: the same set on the same archive through both engines.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from bench.common import CACHE, disk_usage, machine, markdown_table, query_set_recall, save_json
from build_tools.search import search
from build_tools.text import fold

QUERIES_PER_KIND = 200
WARM_UP = 20


def typed_forms(number: str, turn: int) -> str:
    """The number as a citizen types it, one form per turn: as printed, bare, "Số …", lower case, spaced."""
    head, _, rest = number.partition("/")
    forms = [number, head, f"Số {number}", number.lower(), f"số: {head} / {rest}" if rest else number]
    return forms[turn % len(forms)]


def three_words(subject: str, rng: random.Random) -> str | None:
    words = fold(subject).split()
    if len(words) < 3:
        return None
    start = rng.randrange(len(words) - 2)
    return " ".join(words[start:start + 3])


def chosen(truth: Path, per_kind: int = QUERIES_PER_KIND) -> dict[str, list[tuple[str, str | None]]]:
    """{"number": [(query, the number it should rank first or None for a bare number)], "three words": [...]}."""
    letters = [json.loads(line) for line in truth.read_text(encoding="utf-8").splitlines()]
    rng = random.Random(9)
    numbered = rng.sample([t for t in letters if t.get("number")], per_kind)
    numbers = [(typed_forms(t["number"], i), t["number"] if i % 5 != 1 else None) for i, t in enumerate(numbered)]
    subjects = [q for t in rng.sample([t for t in letters if t.get("subject")], per_kind * 2)
                if (q := three_words(t["subject"], rng))]
    return {"number": numbers, "three words": [(q, None) for q in subjects[:per_kind]]}


def percentile(values: list[float], share: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[round(share * 100) - 1]


def timed(index: Path, queries: list[tuple[str, str | None]]) -> dict:
    for query, _ in queries[:WARM_UP]:
        search(index, query)
    wall, cpu, first_right = [], [], 0
    for query, number in queries:
        started, started_cpu = time.perf_counter(), time.process_time()
        hits = search(index, query)
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
        first_right += bool(number and hits and hits[0].number == number)
    checked = sum(1 for _, number in queries if number)
    # CPU time as well as wall time: on a shared machine the wall time also counts other processes' turns.
    return {"queries": len(queries), **{f"p{p}_ms": round(percentile(wall, p / 100), 1) for p in (50, 95, 99)},
            "max_ms": round(max(wall), 1), **{f"cpu_p{p}_ms": round(percentile(cpu, p / 100), 1) for p in (50, 95)},
            "number_first": f"{first_right}/{checked}" if checked else "—"}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.whoosh_search", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--index", type=Path, help="the index written by `python -m build_tools build`")
    parser.add_argument("--truth", type=Path, help="truth.jsonl of the generated corpus the index was built from")
    parser.add_argument("--count", type=int, help="instead: generate and build N letters")
    parser.add_argument("--per-kind", type=int, default=QUERIES_PER_KIND,
                        help="queries of each kind (fewer for a large archive, where a query takes seconds)")
    parser.add_argument("--portal", type=Path, help="the project the index was built from: the query set's recall")
    args = parser.parse_args(argv)
    if args.count:
        from bench.search_candidates import built_pages

        work = CACHE / f"candidates-{args.count}"
        built_pages(args.count, work)
        args.index, args.truth = work / "search-index", work / "truth.jsonl"
    if not (args.index and (args.truth or args.portal)):
        parser.error("give --index with --truth or --portal (or both), or --count")
    print(f"Machine: {machine()}\n")
    if args.portal:
        recall = query_set_recall(args.portal, lambda q: [hit.url for hit in search(args.index, q, limit=10)])
        print(f"Query set: recall@1 {recall['recall_at_1']}/{recall['queries']}, "
              f"recall@10 {recall['recall_at_10']}/{recall['queries']}")
        if not args.truth:
            return 0
    letters = sum(1 for _ in args.truth.open(encoding="utf-8"))
    size, files = disk_usage(args.index)
    kinds = {kind: timed(args.index, queries) for kind, queries in chosen(args.truth, args.per_kind).items()}
    header = ["letters", "index MB / files", "queries", "p50 ms", "p95 ms", "p99 ms", "max ms", "CPU p50 / p95 ms",
              "number ranked first"]
    rows = [[f"{letters:,}", f"{size / 2**20:.0f} / {files}", f"{f['queries']} {kind}", f["p50_ms"], f["p95_ms"],
             f["p99_ms"], f["max_ms"], f"{f['cpu_p50_ms']} / {f['cpu_p95_ms']}", f["number_first"]]
            for kind, f in kinds.items()]
    print(markdown_table(header, rows))
    result = {"machine": machine(), "letters": letters, "index_bytes": size, "index_files": files, "kinds": kinds}
    if args.portal:
        result["recall"] = recall
    print(f"\nJSON: {save_json(f'whoosh-{letters}.json', result)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
