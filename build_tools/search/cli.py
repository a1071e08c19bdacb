"""`python -m build_tools search "QUERY" [--json] [--limit N] [--issuer …] [--type …] [--year …]`."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from pathlib import Path

from build_tools.search.index import Hit
from build_tools.search.query import index_exists, search


def run_search(args: argparse.Namespace) -> int:
    index_dir = Path(args.index)
    if not index_exists(index_dir):
        print(f"error: no search index in {index_dir}; run `python -m build_tools build` first", file=sys.stderr)
        return 2
    hits = search(index_dir, args.query, limit=args.limit, issuer=args.issuer, type=args.type, year=args.year)
    if args.json:
        print(json.dumps([asdict(hit) for hit in hits], ensure_ascii=False, indent=2))
    else:
        print(f"{len(hits)} kết quả cho «{args.query}»" if hits else f"Không tìm thấy văn bản nào cho «{args.query}»")
        for rank, hit in enumerate(hits, start=1):
            print(_describe(rank, hit))
    return 0


def _describe(rank: int, hit: Hit) -> str:
    date = "/".join(reversed(hit.date.split("-"))) if hit.date else "không rõ ngày"
    facts = " · ".join([hit.number or "(chưa có số)", date, hit.issuer or "không rõ cơ quan", hit.type or "—"])
    lines = [f"{rank:>2}. {facts}"]
    if hit.subject:
        lines.append(f"    {hit.subject}")
    lines.append(f"    /{hit.url}")
    if hit.excerpt and hit.excerpt != hit.subject:
        lines.append(f"    … {hit.excerpt} …")
    return "\n".join(lines)
