"""The parser measured against a truth: the development letters, or the synthetic corpus.

    python -m bench.measure_parser --dir tests/dev_letters [--formats text,docx,pdf,scan,tcvn3,vni,cp1258]
    python -m bench.measure_parser [--count 1000] [--seed 1] [--jobs 2] [--keep DIR] [--examples 2]

With --dir, the letters written from real published forms (tests/dev_letters/, bench/dev_formats.py
makes each format) are parsed in each format and compared with their truth: the six fields the archive
is judged on (number, date, issuer, type, subject, signer), the others, citations found (recall and
precision), and each found citation's issuer and date; then CPU time per letter and the most common
disagreements. This is the measure of accuracy. The synthetic letters (the default) were written by
the same hands as the parser: they measure speed and scale, not accuracy.

Generates the letters in a temporary folder (or DIR), parses each with the project's parser
(`build_tools.pipeline.parse_file`, what `python -m build_tools parse FILE --json` prints), and prints
per field how many letters agree with the truth, then the citations found, missing and extra, then
the most common disagreements with a file and the lines involved. Values compare as
../shared/tools/check_seeds.py compares them: NFC, spaces squashed, trailing "." and ";" dropped,
case folded.
"""

from __future__ import annotations

import argparse
import html
import json
import multiprocessing
import os
import re
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.dev_formats import FORMATS, DevLetter, load_letters, text_form, truth_of_form, write_formats
from bench.synth import TRUTH_FILE, generate
from build_tools.model import Letter, ReadFailure
from build_tools.text import fold, new_style_tones

FIELDS = ("type", "number", "number_suffix", "date", "place", "issuer", "parent_issuer", "subject", "recipients",
          "cc", "signer", "signer_title", "signing_authority")


def norm(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, list):
        return [norm(v) for v in value]
    text = unicodedata.normalize("NFC", str(value)).strip().rstrip(".;").strip().translate(_STRAIGHT_QUOTES)
    # "Uỷ ban" as written and "Ủy ban" in the truth are one word: tone placement is not a field error; nor are
    # curly quotes, which the pre-Unicode encodings cannot write ("“Dân vận khéo”" is "\"Dân vận khéo\"" in TCVN3); nor
    # a range of years' spacing, which a copy that ran it together ("20222025") no longer shows ("2022 - 2025").
    text = _YEAR_RANGE.sub(r"\1-\2", text)
    return new_style_tones(" ".join(text.split())).casefold()


_YEAR_RANGE = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\b")


_STRAIGHT_QUOTES = str.maketrans({"“": '"', "”": '"', "‘": "'", "’": "'"})


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
        self.not_shown += other.not_shown


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


# --- the development letters, in every format ---------------------------------------------------------------

JUDGED = ("number", "date", "issuer", "type", "subject", "signer")
OTHERS = ("number_suffix", "place", "parent_issuer", "recipients", "cc", "signer_title", "signing_authority")
# An issuer the letter leaves unknown may come out generic (../shared/tools/check_seeds.py accepts them too).
_GENERIC_ISSUERS = {"ủy ban nhân dân tỉnh", "ubnd tỉnh", "tỉnh ủy"}


@dataclass
class FormatReport:
    letters: int = 0
    cpu_seconds: float = 0.0
    failures: list[str] = field(default_factory=list)
    right: Counter = field(default_factory=Counter)
    compared: Counter = field(default_factory=Counter)
    citations: Counter = field(default_factory=Counter)
    disagreements: list[Disagreement] = field(default_factory=list)
    not_shown: list[str] = field(default_factory=list)  # "letter: a piece of its text its page leaves out"

    def add(self, other: FormatReport) -> None:
        self.letters += other.letters
        self.cpu_seconds += other.cpu_seconds
        self.failures += other.failures
        self.right.update(other.right)
        self.compared.update(other.compared)
        self.citations.update(other.citations)
        self.disagreements += other.disagreements


def compare_dev(name: str, truth: dict[str, Any], got: dict[str, Any]) -> FormatReport:
    """One development letter's fields and citations against its truth."""
    report = FormatReport(letters=1)
    for key in JUDGED + OTHERS:
        if key not in truth:
            continue
        want, have = truth[key], got.get(key)
        if key == "number":
            same = canonical_number(want or "") == canonical_number(have or "")
        else:
            same = norm(want) == norm(have)
        report.compared[key] += 1
        report.right[key] += same
        if not same:
            report.disagreements.append(Disagreement((key,), name, want, have))
    found = {canonical_number(c["number"]): c for c in got.get("citations", [])}
    wanted = {canonical_number(c["number"]): c for c in truth.get("citations") or []}
    counts = report.citations
    counts["in truth"] += len(wanted)
    counts["found"] += len(found)
    for number, want in wanted.items():
        have = found.get(number)
        if have is None:
            report.disagreements.append(Disagreement(("citation missing",), name, want["number"], None))
            continue
        counts["right"] += 1
        issuer_right = norm(have.get("issuer")) == norm(want.get("issuer")) or (
            want.get("issuer") is None and norm(have.get("issuer")) in _GENERIC_ISSUERS)
        counts["right issuer"] += issuer_right
        if not issuer_right:
            report.disagreements.append(Disagreement(("cited issuer",), name, f"{want['number']}: {want.get('issuer')}",
                                                     have.get("issuer")))
        if want.get("date"):
            counts["with a date"] += 1
            counts["right date"] += have.get("date") == want["date"]
            if have.get("date") != want["date"]:
                report.disagreements.append(Disagreement(("cited date",), name, f"{want['number']}: {want['date']}",
                                                         have.get("date")))
    for number in found.keys() - wanted.keys():
        report.disagreements.append(Disagreement(("citation extra",), name, None, found[number]["number"]))
    return report


def measure_dev_one(job: tuple[str, str, dict[str, Any], str | None]) -> FormatReport:
    """One letter file parsed and compared with its truth; with the text it was made from, the pieces of that
    text its page does not show."""
    from build_tools.pipeline import letter_json, process_letter

    path, name, truth, written = job
    started = time.process_time()
    processed = process_letter(Path(path))
    got = processed.reason if isinstance(processed, ReadFailure) else letter_json(processed)
    cpu = time.process_time() - started
    if isinstance(got, str):
        return FormatReport(letters=1, cpu_seconds=cpu, failures=[f"{name}: {got}"])
    report = compare_dev(name, truth, got)
    report.cpu_seconds = cpu
    report.not_shown = [f"{name}: {piece}" for piece in not_shown(written, processed.letter)] if written else []
    return report


def dev_job(letter: DevLetter, path: Path, form: str) -> tuple[str, str, dict[str, Any], str | None]:
    """What `measure_dev_one` needs of a letter in a form: a letter office-written as blocks (no copy) is also
    checked for text its page leaves out (not its scan: a word OCR misread is no word left out)."""
    written = None if letter.copy or form == "scan" else text_form(letter)
    return str(path), letter.name, truth_of_form(letter, form), written


def not_shown(written: str, letter: Letter) -> list[str]:
    """The lines of a letter with a word its page does not show in its header, text, closing or footnotes. Words
    compare folded, as letters alone (a list's number, a footnote's marker and an escaped "&" are written otherwise
    on the page) and as a count: a PDF may read cells side by side in another order, not leave one out."""
    missing = Counter(_words(written)) - Counter(_words("\n".join(
        [*letter.header, letter.body, *letter.closing, *(note.text for note in letter.footnotes)])))
    return [line.strip() for line in written.splitlines() if missing.keys() & set(_words(line))]


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z]+", fold(html.unescape(text)).lower())


def measure_dev(folder: Path, formats: tuple[str, ...], work: Path, jobs: int) -> dict[str, FormatReport]:
    """Each development letter in each format, parsed and compared with its truth: a report per format."""
    from build_tools.pipeline import parse_file

    letters = load_letters(folder)
    made = write_formats(letters, work, formats)
    # Tables and the gazetteer load once per process, before the pool forks: CPU time is a letter's own.
    parse_file(next(made[formats[0]].iterdir()))
    reports = {}
    for name in formats:
        files = {path.stem: path for path in made[name].iterdir() if path.is_file()}
        todo = [dev_job(letter, files[letter.name], name) for letter in letters if letter.name in files]
        report = FormatReport()
        with multiprocessing.get_context("fork").Pool(jobs) as pool:
            for one in pool.imap(measure_dev_one, todo, chunksize=1):
                report.add(one)
        reports[name] = report
    return reports


def print_dev_reports(reports: dict[str, FormatReport], examples: int, shown: str) -> None:
    print("| format | letters | fields | " + " | ".join(JUDGED) + " | citations found | precision "
          "| cited issuer | cited date | CPU ms a letter |")
    print("|---|---:|---:|" + "---:|" * len(JUDGED) + "---:|---:|---:|---:|---:|")
    for name, r in reports.items():
        c = r.citations
        judged_right = sum(r.right[k] for k in JUDGED)
        judged = sum(r.compared[k] for k in JUDGED)
        cells = [_share(r.right[k], r.compared[k]) for k in JUDGED]
        print(f"| {name} | {r.letters} | {_share(judged_right, judged)} | " + " | ".join(cells)
              + f" | {_share(c['right'], c['in truth'])} | {_share(c['right'], c['found'])}"
              f" | {_share(c['right issuer'], c['right'])} | {_share(c['right date'], c['with a date'])}"
              f" | {1000 * r.cpu_seconds / max(r.letters, 1):.1f} |")
    for name, r in reports.items():
        others = ", ".join(f"{k} {_share(r.right[k], r.compared[k])}" for k in OTHERS if r.compared[k])
        unread = f"; {len(r.failures)} not read: {'; '.join(r.failures[:3])}" if r.failures else ""
        left_out = f"; text left off the page: {'; '.join(r.not_shown[:3])}" if r.not_shown else ""
        print(f"\n{name}: {others}{unread}{left_out}")
    report = reports.get(shown) or next(iter(reports.values()))
    groups: dict[tuple[str, ...], list[Disagreement]] = {}
    for d in report.disagreements:
        groups.setdefault(d.key, []).append(d)
    print(f"\nDisagreements in the {shown} form (count, what, examples):")
    for key, items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        print(f"\n- {len(items)} × {' / '.join(key)}")
        for d in items[:examples]:
            print(f"  {d.file}: expected {d.expected!r}, got {d.got!r}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.measure_parser", description=__doc__.split("\n")[0])
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--keep", type=Path, help="write the corpus here and keep it (default: a temporary folder)")
    parser.add_argument("--examples", type=int, default=2, help="examples shown per kind of disagreement")
    parser.add_argument("--dir", type=Path, help="measure the letters of this folder (tests/dev_letters) instead")
    parser.add_argument("--formats", default="text", help=f"with --dir: comma-separated, of {','.join(FORMATS)}")
    parser.add_argument("--show", default="text", help="with --dir: the format whose disagreements are listed")
    args = parser.parse_args(argv)
    if args.dir:
        formats = tuple(args.formats.split(","))
        with tempfile.TemporaryDirectory(prefix="dev-formats-") as temporary:
            work = args.keep or Path(temporary)
            reports = measure_dev(args.dir, formats, work, args.jobs)
        print_dev_reports(reports, args.examples, args.show)
        return 0
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
