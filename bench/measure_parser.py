"""The parser measured on the synthetic corpus: how many fields it gets right against the generator's truth.

    python -m bench.measure_parser [--count 1000] [--seed 1] [--jobs 2] [--keep DIR] [--examples 2]

Generates the letters in a temporary folder (or DIR), parses each with the project's parser
(`build_tools.pipeline.parse_file`, what `python -m build_tools parse FILE --json` prints), and prints
per field how many letters agree with the truth, then the citations found, missing and extra, then
the most common disagreements with a file and the lines involved. Values compare as
../shared/tools/check_seeds.py compares them: NFC, spaces squashed, trailing "." and ";" dropped,
case folded.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.synth import TRUTH_FILE, generate

FIELDS = ("type", "number", "number_suffix", "date", "place", "issuer", "parent_issuer", "subject", "recipients",
          "cc", "signer", "signer_title", "signing_authority")


def norm(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [norm(v) for v in value]
    text = unicodedata.normalize("NFC", str(value)).strip().rstrip(".;").strip()
    return " ".join(text.split()).casefold()


def canonical_number(number: str) -> str:
    """Numbers compare without spaces or case, the look-alike "Ð" read as "Đ"."""
    return "".join(number.split()).upper().replace("\u00d0", "\u0110")


@dataclass
class Disagreement:
    key: tuple[str, ...]  # what is counted: (field, kind of issuer or citation form, how it differs)
    file: str
    expected: Any
    got: Any


@dataclass
class Report:
    letters: int = 0
    failures: list[str] = field(default_factory=list)  # letters the parser could not read
    right: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)
    citations: Counter = field(default_factory=Counter)
    disagreements: list[Disagreement] = field(default_factory=list)

    def add(self, other: Report) -> None:
        self.letters += other.letters
        self.failures += other.failures
        self.right.update(other.right)
        self.compared.update(other.compared)
        self.citations.update(other.citations)
        self.disagreements += other.disagreements


def compare(truth: dict[str, Any], got: dict[str, Any]) -> Report:
    """One letter's fields and citations against its truth."""
    report = Report(letters=1)
    kind = truth["variant"]["kind"]
    for name in FIELDS:
        report.compared[name] += 1
        if norm(truth.get(name)) == norm(got.get(name)):
            report.right[name] += 1
        else:
            how = "not found" if got.get(name) in (None, []) else "other value"
            report.disagreements.append(Disagreement((name, kind, how), truth["file"], truth.get(name), got.get(name)))
    _compare_citations(report, truth, got)
    return report


def _compare_citations(report: Report, truth: dict[str, Any], got: dict[str, Any]) -> None:
    found = {canonical_number(c["number"]): c for c in got.get("citations", [])}
    wanted = {canonical_number(c["number"]): c for c in truth["citations"]}
    counts = report.citations
    for number, want in wanted.items():
        counts["in truth"] += 1
        have = found.get(number)
        if have is None:
            counts["missing"] += 1
            report.disagreements.append(Disagreement(("citation missing", want["form"], want["type"]), truth["file"],
                                                     want["number"], None))
            continue
        counts["found"] += 1
        for name in ("date", "type", "issuer"):
            if norm(want.get(name)) == norm(have.get(name)):
                counts[f"right {name}"] += 1
            else:
                key = (f"citation {name}", want["form"] if name == "date" else want.get("issuer_text") or "(no của)")
                report.disagreements.append(Disagreement(key, truth["file"], f"{want['number']}: {want.get(name)}",
                                                         have.get(name)))
        if want.get("date_true"):  # a date given wrong on purpose: the parser reads what is written
            counts["deliberately wrong dates"] += 1
    for number in found.keys() - wanted.keys():
        counts["extra"] += 1
        report.disagreements.append(Disagreement(("citation extra",), truth["file"], None, found[number]["number"]))


def _measure_one(job: tuple[str, str]) -> Report:
    from build_tools.pipeline import parse_file

    folder, line = job
    truth = json.loads(line)
    got = parse_file(Path(folder) / truth["file"])
    if isinstance(got, str):
        report = Report(letters=1, failures=[f"{truth['file']}: {got}"])
        return report
    return compare(truth, got)


def measure(folder: Path, jobs: int) -> Report:
    """Parse every letter of the folder (in `jobs` processes) and compare it with the truth."""
    lines = (folder / TRUTH_FILE).read_text(encoding="utf-8").splitlines()
    total = Report()
    work = [(str(folder), line) for line in lines]
    if jobs == 1:
        for report in map(_measure_one, work):
            total.add(report)
        return total
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        for report in pool.imap(_measure_one, work, chunksize=8):
            total.add(report)
    return total


def print_report(report: Report, folder: Path, examples: int) -> None:
    print("| field | right | wrong | share right |")
    print("|---|---:|---:|---:|")
    for name in FIELDS:
        right, compared = report.right[name], report.compared[name]
        print(f"| {name} | {right} | {compared - right} | {_share(right, compared)} |")
    right, compared = sum(report.right.values()), sum(report.compared.values())
    print(f"| **all fields** | {right} | {compared - right} | {_share(right, compared)} |")
    c = report.citations
    print("\n| citations | count | share |")
    print("|---|---:|---:|")
    print(f"| in the truth | {c['in truth']} | |")
    for name in ("found", "missing"):
        print(f"| {name} | {c[name]} | {_share(c[name], c['in truth'])} |")
    print(f"| extra (found, not in the truth) | {c['extra']} | |")
    for name in ("date", "type", "issuer"):
        print(f"| found, with the right {name} | {c['right ' + name]} | {_share(c['right ' + name], c['found'])} |")
    print(f"| found, written with a wrong date on purpose | {c['deliberately wrong dates']} | |")
    if report.failures:
        print(f"\n{len(report.failures)} letters could not be parsed: " + "; ".join(report.failures[:3]))
    _print_disagreements(report, folder, examples)


def _print_disagreements(report: Report, folder: Path, examples: int) -> None:
    groups: dict[tuple[str, ...], list[Disagreement]] = {}
    for d in report.disagreements:
        groups.setdefault(d.key, []).append(d)
    print("\nMost common disagreements (count, what, examples with the lines involved):")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1]))[:15]:
        print(f"\n- {len(items)} × {' / '.join(key)}")
        for d in items[:examples]:
            print(f"  {d.file}: expected {d.expected!r}, got {d.got!r}")
            for line in _lines_involved(folder / d.file, d.expected, d.got):
                print(f"      | {line}")


def _lines_involved(path: Path, expected: Any, got: Any) -> list[str]:
    """Up to two lines of the letter holding the expected value (or what the parser took instead)."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    for value in (expected, got):
        if isinstance(value, list):
            value = value[0] if value else None
        if not value:
            continue
        probe = str(value).split(": ", 1)[-1][:30].casefold()
        hits = [line.strip()[:140] for line in lines if probe and probe in line.casefold()]
        if hits:
            return hits[:2]
    return []


def _share(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "–"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.measure_parser", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it (default: a temporary folder)")
    parser.add_argument("--examples", type=int, default=2, help="examples shown per kind of disagreement")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="synth-") as temporary:
        folder = args.keep or Path(temporary)
        made = generate(args.count, args.seed, folder, args.jobs)
        started = time.perf_counter()
        report = measure(folder, args.jobs)
        print(f"Parser against truth: {report.letters} letters (seed {args.seed}), generated in {made.seconds:.1f} s, "
              f"parsed in {time.perf_counter() - started:.1f} s with {args.jobs} processes\n")
        print_report(report, folder, args.examples)
    return 0


if __name__ == "__main__":
    sys.exit(main())
