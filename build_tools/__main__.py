"""Command line: `python -m build_tools parse FILE --json | build | search QUERY`."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path


def _parse(args: argparse.Namespace) -> int:
    from build_tools.pipeline import parse_file

    result = parse_file(Path(args.file))
    if isinstance(result, str):
        print(f"{args.file}: {result}", file=sys.stderr)
        return 1
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        for key, value in result.items():
            print(f"{key}: {value}")
    return 0


def _build(args: argparse.Namespace) -> int:
    from build_tools.build import build

    return build(Path(args.corpus), Path(args.docs), strict=args.strict, quiet=args.quiet, index_dir=Path(args.index),
                 executor=args.executor)


def _site(args: argparse.Namespace) -> int:
    from build_tools.site.publish import publish

    try:
        pages = publish(Path("."), Path(args.site), Path(args.corpus))
    except RuntimeError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print(f"site: {args.site}/ written; browser search over {pages} documents; originals in {args.site}/goc/")
    return 0


def _search(args: argparse.Namespace) -> int:
    from build_tools.search.cli import run_search

    return run_search(args)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m build_tools", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)

    parse = commands.add_parser("parse", help="print the metadata of one letter")
    parse.add_argument("file")
    parse.add_argument("--json", action="store_true", help="one JSON object")
    parse.set_defaults(run=_parse)

    build = commands.add_parser("build", help="convert corpus/ into pages under docs/")
    build.add_argument("--corpus", default="corpus")
    build.add_argument("--docs", default="docs")
    build.add_argument("--strict", action="store_true", help="exit 1 when any letter is reported")
    build.add_argument("--quiet", action="store_true", help="no progress line")
    build.add_argument("--index", default=".cache/search-index",
                       help="where to write the Whoosh index (its folder also keeps the letter store)")
    build.add_argument("--executor", default="process",
                       help='where letters are converted: "process" (all cores), "serial", or "dask://HOST:PORT"')
    build.set_defaults(run=_build)

    site = commands.add_parser("site", help="render docs/ into the HTML site, with browser search and originals")
    site.add_argument("--site", default="site", help="the folder of the published site")
    site.add_argument("--corpus", default="corpus", help="where the letters' own files are copied from")
    site.set_defaults(run=_site)

    search = commands.add_parser("search", help="search the built index")
    search.add_argument("query")
    search.add_argument("--json", action="store_true")
    search.add_argument("--limit", type=int, default=10)
    search.add_argument("--issuer")
    search.add_argument("--type")
    search.add_argument("--year", type=int)
    search.add_argument("--index", default=".cache/search-index", help="the Whoosh index folder")
    search.set_defaults(run=_search)

    args = parser.parse_args(argv)
    return args.run(args)


if __name__ == "__main__":
    sys.exit(main())
