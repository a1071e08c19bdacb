"""The citation graph stage at N letters, up to a national 1,000,000, without parsing N texts (issue 19).

    python -m bench.graph_scale --count 10000 --count 100000 [--templates 2000] [--seed 1] [--max-gb 20]
    python -m bench.graph_scale --count 10000 --objects     # also: what the graph's memory is made of

Templates: `--templates` synthetic letters (bench.synth, one seed: one province's archive and two
neighbours) converted once with the build's own conversion (build_tools.pipeline.process_letter) and
kept as their summaries (store.summary) in bench/.cache/graph-scale/. N letters are then made as
replicas of that archive, one replica after another, each as the archive of other provinces:

- every province name the templates hold (in issuers, places, subjects, citations) is renamed to
  the replica's provinces (the main one and its two neighbours, each of the same level: tỉnh or
  thành phố), and each letter gets a file name of its own (`corpus/<replica>-<file>`) and a key;
- every letter's number, and the number of every citation whose document is not central, gets the
  replica's digits after its first run of digits ("1198/UBND-TH" → "1198042/UBND-TH" in replica 42),
  so a citation of another letter of the archive points to the same replica's copy of that letter,
  and a local document nobody archived is one document of that replica;
- citations of central bodies (Chính phủ, the ministries, Quốc hội, the party's central bodies:
  laws, decrees, circulars) are left as they are: every replica cites the same documents, so a few
  are cited by a large share of all letters, as in a national collection.

So the distribution of citations per letter, mentions per citation and the share of citations of
archived letters are the templates'. Each clone goes through pickle and back, then
store.compact_summary, as a summary reaches the build's process from a worker: the build holds
exactly such objects (its strings its own, the repeated ones interned).

Each N runs in a process of its own (the figures are that process's): the summaries are made one by
one into the list the build would hold, then build_graph(letters, keys) is called as the build calls
it. Memory is the process's resident set (/proc/self/statm, sampled every 0.2 s; PSS at the
checkpoints), measured after a garbage collection: baseline (interpreter, code, templates), held by
the summaries, held by the graph once built (its transient peak above the summaries beside it), and
the graph's lookups the pages stage fills (Graph._archived, _by_page, _documents_by_page). A run
stops itself (exit status 3, its figures so far printed) when the process passes `--max-gb` or the
machine's available memory falls under 1.5 GB; pass a smaller N and extrapolate then.

--objects (best at 10,000: tracemalloc makes the run several times slower) traces build_graph's
allocations still alive when it returns, grouped by the line of graph.py that made them.

Prints the machine and a Markdown table; writes bench/results/graph-N.json for each N.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import linecache
import multiprocessing
import os
import pickle
import re
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

from bench.common import machine, markdown_table, save_json
from bench.measure import _pss

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache" / "graph-scale"
_PAGE = os.sysconf("SC_PAGE_SIZE")
_MB = 2**20
_DIGITS = re.compile(r"\d+")
_TOO_BIG = 3  # the exit status of a run that stopped at its memory limit


# --- memory ---------------------------------------------------------------------------------------

def rss() -> int:
    """This process's resident set in bytes (cheap enough to sample)."""
    return int(Path("/proc/self/statm").read_text().split()[1]) * _PAGE


def pss() -> int:
    return _pss("/proc/self") or rss()


def available() -> int:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith("MemAvailable:"):
            return int(line.split()[1]) * 1024
    return 1 << 62


class Sampler:
    """The peak RSS since the last `reset`, sampled every `interval` seconds; stops the process (exit
    status 3) past `limit` bytes or when the machine has less than 1.5 GB available."""

    def __init__(self, limit: int, report, interval: float = 0.2):
        self.limit, self.report, self.interval = limit, report, interval
        self.peak = 0
        self.overall = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def reset(self) -> None:
        self.peak = rss()

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            now = rss()
            self.peak, self.overall = max(self.peak, now), max(self.overall, now)
            if now > self.limit or available() < 1.5e9:
                why = f"{now / _MB:.0f} MB resident" if now > self.limit else "the machine's memory is nearly used up"
                self.report(stopped=f"stopped at {why}", peak_rss=self.overall)
                os._exit(_TOO_BIG)

    def __enter__(self) -> Sampler:
        self.reset()
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def settled_rss() -> int:
    gc.collect()
    return rss()


# --- templates: a small archive converted once ---------------------------------------------------

def templates(count: int, seed: int) -> dict:
    """{"summaries": of `count` synthetic letters, "provinces": the names of the provinces their world
    was drawn from (the main one first), "levels": every province's level (tỉnh, thành phố)}: converted
    now, or read back. Read back, nothing of the synthetic world is imported: the measured process
    imports the administrative units' dataset first in build_graph, as the build's process does."""
    from build_tools.store import conversion_version

    path = CACHE / f"templates-{count}-{seed}-{conversion_version()[:12]}.pickle"
    if path.exists():
        return pickle.loads(path.read_bytes())
    from bench.synth import generate
    from bench.synth.data import load_data
    from bench.synth.world import World

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="graph-scale-") as folder:
        generate(count, seed, Path(folder), jobs=2)
        files = sorted(p for p in Path(folder).iterdir() if p.suffix == ".txt")
        with multiprocessing.get_context("spawn").Pool(2) as pool:
            summaries = [s for s in pool.map(_convert, files, chunksize=16) if s is not None]
    made = {"summaries": summaries, "provinces": [province.name for province, _ in World(load_data(), seed).provinces],
            "levels": {province.name: province.level for province in load_data().provinces}}
    CACHE.mkdir(parents=True, exist_ok=True)
    path.write_bytes(pickle.dumps(made, protocol=pickle.HIGHEST_PROTOCOL))
    print(f"templates: {len(summaries)} letters converted in {time.perf_counter() - started:.0f} s → {path}",
          file=sys.stderr)
    return made


def _convert(path: Path):
    from build_tools.model import ReadFailure
    from build_tools.pipeline import process_letter
    from build_tools.store import summary

    processed = process_letter(path, f"corpus/{path.name}")
    return None if isinstance(processed, ReadFailure) else summary(processed)


# --- replicas ------------------------------------------------------------------------------------

def central_issuers() -> frozenset[str]:
    from build_tools import patterns as p

    return frozenset(p.ISSUER_BY_CODE.values()) | frozenset(p.CENTRAL_ALIASES.values())


class Replicas:
    """Letters `index` = 0, 1, … N-1: template index % T in replica index // T (see the module's text)."""

    def __init__(self, summaries: list, provinces: list[str], levels: dict[str, str], count: int):
        self.summaries = summaries
        self.count = count
        self.replicas = -(-count // len(summaries))
        self.width = len(str(self.replicas - 1))
        self.template_provinces = provinces
        # Targets of the same level, the templates' own first: replica 0 keeps their names.
        self.targets = [[name] + sorted(n for n, level in levels.items() if level == levels[name] and n != name)
                        for name in provinces]
        self._names = re.compile("|".join(map(re.escape, sorted(provinces, key=len, reverse=True))))
        self.central = central_issuers()

    def provinces_of(self, replica: int) -> dict[str, str]:
        """The replica's name for each template province: distinct within a replica."""
        chosen: dict[str, str] = {}
        for offset, (name, targets) in enumerate(zip(self.template_provinces, self.targets, strict=True)):
            step = 0
            while (target := targets[(replica + offset + step) % len(targets)]) in chosen.values():
                step += 1
            chosen[name] = target
        return chosen

    def letters(self):
        """(source, key, ProcessedLetter as the build holds it) for each of the N letters, one at a time."""
        from build_tools.store import compact_summary

        made = 0
        for replica in range(self.replicas):
            names = self.provinces_of(replica)
            suffix = f"{replica:0{self.width}d}"

            def rename(text, names=names):
                return self._names.sub(lambda m: names[m.group()], text) if text else text

            def tag(number, suffix=suffix):
                if not number:
                    return number
                tagged, found = _DIGITS.subn(lambda m: m.group() + suffix, number, count=1)
                return tagged if found else number + suffix

            for template in self.summaries:
                if made == self.count:
                    return
                clone = self._clone(template, replica, rename, tag)
                held = compact_summary(pickle.loads(pickle.dumps(clone, protocol=pickle.HIGHEST_PROTOCOL)))
                source = held.letter.source
                yield source, hashlib.sha256(source.encode()).hexdigest(), held
                made += 1

    def _clone(self, template, replica: int, rename, tag):
        letter = template.letter
        name = letter.source.rsplit("/", 1)[-1]
        letter = dataclasses.replace(
            letter, source=f"corpus/{replica:0{self.width}d}-{name}", number=tag(letter.number),
            issuer=rename(letter.issuer), parent_issuer=rename(letter.parent_issuer), place=rename(letter.place),
            subject=rename(letter.subject), recipients=tuple(map(rename, letter.recipients)),
            cc=tuple(map(rename, letter.cc)))
        citations = tuple(
            c if c.issuer in self.central else dataclasses.replace(
                c, number=tag(c.number), issuer=rename(c.issuer), issuer_text=rename(c.issuer_text),
                subject=rename(c.subject))
            for c in template.citations)
        return dataclasses.replace(template, letter=letter, citations=citations)


# --- one N in this process ------------------------------------------------------------------------

def stored(folder: Path):
    """(source, key, summary as the build holds it) of every letter in a letter store (a built project's
    .cache/letters): real conversions, to compare the replicas with."""
    from build_tools.store import compact_summary

    sources = set()
    for path in sorted(folder.glob("*/*.summary")):
        held = compact_summary(pickle.loads(path.read_bytes())[0])
        if held.letter.source not in sources:  # a store may keep an older conversion of a file
            sources.add(held.letter.source)
            yield held.letter.source, path.stem, held


def measure(count: int, template_count: int, seed: int, limit: int, objects: bool, sqlite: bool = False,
            store: Path | None = None) -> dict:
    from build_tools.cite.graph import build_graph
    from build_tools.gazetteer import gazetteer

    if store:
        made_by = stored(store)
        figures: dict = {"count": count, "store": str(store)}
    else:
        made = templates(template_count, seed)
        replicas = Replicas(made["summaries"], made["provinces"], made["levels"], count)
        made_by = replicas.letters()
        figures = {"count": count, "templates": len(replicas.summaries), "replicas": replicas.replicas,
                   "seed": seed, "template_provinces": replicas.template_provinces}
    figures["tracemalloc"] = objects

    def report(**more) -> None:
        figures.update(more)
        print(json.dumps(figures, ensure_ascii=False), flush=True)

    base = settled_rss()
    figures.update(rss_baseline=base, pss_baseline=pss())
    with Sampler(limit, report) as sampler:
        started = time.perf_counter()
        letters, keys = [], {}
        step = max(1, count // 10) if count else 2000
        for made, (source, key, held) in enumerate(made_by, start=1):
            letters.append(held)
            keys[source] = key
            if made % step == 0:
                print(f"  {made:,} summaries, {(rss() - base) / _MB:,.0f} MB, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        figures.update(count=len(letters), seconds_summaries=round(time.perf_counter() - started, 1))
        held_summaries = settled_rss()
        figures.update(rss_summaries=held_summaries - base, pss_with_summaries=pss(),
                       peak_rss_summaries=sampler.peak)
        # The build's process has not read the administrative units before the graph (its workers did).
        figures["units_loaded_before_graph"] = gazetteer.cache_info().currsize > 0
        if objects:
            import tracemalloc

            tracemalloc.start(12)
        sampler.reset()
        started = time.perf_counter()
        graph = build_graph(letters, keys)
        figures["seconds_graph"] = round(time.perf_counter() - started, 1)
        if objects:
            snapshot = tracemalloc.take_snapshot()
        graph_peak = sampler.peak
        held_graph = settled_rss()
        figures.update(rss_graph=held_graph - held_summaries, pss_with_graph=pss(),
                       rss_graph_peak=max(graph_peak, held_graph) - held_summaries)
        started = time.perf_counter()
        _ = graph._archived, graph._by_page, graph._documents_by_page  # what the pages stage fills
        figures["seconds_lookups"] = round(time.perf_counter() - started, 1)
        if objects:
            figures["objects"] = _allocations(tracemalloc.take_snapshot(), snapshot)
            tracemalloc.stop()
        figures.update(rss_lookups=settled_rss() - held_graph, pss_end=pss())
        figures["peak_rss"] = max(sampler.overall, rss())
    figures["shape"] = _shape(letters, graph)
    if sqlite:
        figures["sqlite"] = _sqlite_probe(graph)
    return figures


def _shape(letters, graph) -> dict:
    """What the graph holds, counted."""
    citations = [len(p.citations) for p in letters]
    mentions = [len(c.mentions) for p in letters for c in p.citations]
    per_document = sorted((len(d.mentions), d.id) for d in graph.documents.values())
    archived = sum(1 for d in graph.documents.values() if d.archived)
    to_archived = sum(len(d.mentions) for d in graph.documents.values() if d.archived)
    letters_citing: Counter = Counter()
    for refs in graph.references.values():
        letters_citing.update(refs)
    top = letters_citing.most_common(5)
    return {
        "letters": len(letters),
        "citations": sum(citations),
        "citations_per_letter": round(sum(citations) / len(letters), 2),
        "letters_citing_nothing": citations.count(0),
        "mentions": sum(mentions),
        "mentions_per_citation": round(sum(mentions) / max(1, len(mentions)), 3),
        "documents": len(graph.documents),
        "documents_archived": archived,
        "documents_cited_once": sum(1 for n, _ in per_document if n == 1),
        "mentions_of_archived": to_archived,
        "targets": len(graph.targets),
        "references": sum(len(r) for r in graph.references.values()),
        "cited_by": sum(len(c) for c in graph.cited_by.values()),
        "most_cited": [{"id": doc, "letters": n} for doc, n in top],
        "largest_mentions": per_document[-1][0] if per_document else 0,
    }


def _allocations(after, during) -> dict:
    """build_graph's allocations alive at its end (`during`), then the lookups' (`after` less `during`),
    by the innermost line of build_tools/cite/graph.py in their traceback."""
    def by_line(snapshot) -> tuple[Counter, Counter]:
        sizes: Counter = Counter()
        counts: Counter = Counter()
        for stat in snapshot.statistics("traceback"):  # identical tracebacks first: far fewer than blocks
            frames = list(reversed(stat.traceback))  # the innermost first
            frame = next((f for f in frames if f.filename.endswith("cite/graph.py")), frames[0])
            inner = f"{Path(frames[0].filename).name}:{frames[0].lineno}"
            line = linecache.getline(frame.filename, frame.lineno).strip()[:90]
            where = f"{Path(frame.filename).name}:{frame.lineno} {line} [{inner}]"
            sizes[where] += stat.size
            counts[where] += stat.count
        return sizes, counts

    sizes, counts = by_line(during)
    total_sizes, total_counts = by_line(after)
    return {
        "build_graph": [{"line": k, "bytes": v, "blocks": counts[k]} for k, v in sizes.most_common(25)],
        "build_graph_bytes": sum(sizes.values()),
        "with_lookups": [{"line": k, "bytes": v - sizes.get(k, 0), "blocks": total_counts[k] - counts.get(k, 0)}
                         for k, v in total_sizes.most_common(30) if v - sizes.get(k, 0) > 0][:10],
        "with_lookups_bytes": sum(total_sizes.values()) - sum(sizes.values()),
    }


# --- the graph as SQLite tables: what the design needs (not the build's code) -------------------------

_SCHEMA = """
CREATE TABLE letters(id INTEGER PRIMARY KEY, key TEXT NOT NULL, source TEXT NOT NULL, page TEXT NOT NULL,
                     duplicate_of INTEGER);
CREATE TABLE documents(id INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE, slug TEXT NOT NULL UNIQUE, type TEXT,
                       number TEXT NOT NULL, issuer TEXT, year INTEGER, dates TEXT, subject TEXT, page TEXT NOT NULL,
                       letter INTEGER);
CREATE TABLE citations(letter INTEGER NOT NULL, citation INTEGER NOT NULL, document INTEGER NOT NULL,
                       PRIMARY KEY (letter, citation)) WITHOUT ROWID;
CREATE INDEX citations_of_document ON citations(document, letter);
CREATE TABLE mentions(letter INTEGER NOT NULL, citation INTEGER NOT NULL, mention INTEGER NOT NULL, date TEXT,
                      in_footnote INTEGER NOT NULL, relation INTEGER NOT NULL,
                      PRIMARY KEY (letter, citation, mention)) WITHOUT ROWID;
"""


def _sqlite_probe(graph) -> dict:
    """The graph written into the tables of the proposed design (a temporary file), to count their rows
    and bytes, and time the queries a page would make: the measure of the design, not its code."""
    import random
    import sqlite3

    from build_tools.cite.graph import _identity, _scope
    from build_tools.model import RELATIONS

    relation = {name: index for index, name in enumerate(RELATIONS)}
    with tempfile.TemporaryDirectory(prefix="graph-scale-") as folder:
        path = Path(folder, "graph.sqlite")
        db = sqlite3.connect(path)
        db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        started = time.perf_counter()
        letter_id = {entry.page: n for n, entry in enumerate(graph.letters)}
        db.executemany("INSERT INTO letters VALUES (?, ?, ?, ?, ?)", (
            (n, e.key, e.processed.letter.source, str(e.page), letter_id.get(e.duplicate_of))
            for n, e in enumerate(graph.letters)))
        document_id = {}
        rows = []
        for n, document in enumerate(graph.documents.values()):
            document_id[document.id] = n
            first = graph.letter_at(document.mentions[0].letter)
            identity = "|".join(_identity(document.issuer, document.number, document.year, _scope(first)))
            rows.append((n, identity, document.id,
                         document.type, document.number, document.issuer, document.year, "|".join(document.dates),
                         document.subject, str(document.page), letter_id[document.page] if document.archived else None))
        db.executemany("INSERT INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
        del rows
        db.executemany("INSERT INTO citations VALUES (?, ?, ?)", (
            (letter_id[page], index, document_id[doc]) for (page, index), doc in graph.targets.items()))
        db.executemany("INSERT INTO mentions VALUES (?, ?, ?, ?, ?, ?)", (
            (letter_id[m.letter], m.citation, m.mention, m.date, m.in_footnote, relation[m.relation])
            for d in graph.documents.values() for m in d.mentions))
        db.commit()
        seconds_write = time.perf_counter() - started
        db.execute("VACUUM")
        tables = {name: {"bytes": size} for name, size in
                  db.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")}
        for name in ("letters", "documents", "citations", "mentions"):
            tables[name]["rows"] = db.execute(f"SELECT COUNT(*) FROM {name}").fetchone()[0]
        # A cited document's page: its mentions, letter by letter; a letter's: where its citations point.
        sample = random.Random(1).sample(range(len(document_id)), min(1000, len(document_id)))
        largest = max(graph.documents.values(), key=lambda d: len(d.mentions)).id
        page_query = ("SELECT l.page, m.date, m.in_footnote, m.relation FROM citations c "
                      "JOIN mentions m ON m.letter = c.letter AND m.citation = c.citation "
                      "JOIN letters l ON l.id = c.letter WHERE c.document = ? ORDER BY l.page, m.citation, m.mention")
        started = time.perf_counter()
        for n in sample:
            db.execute(page_query, (n,)).fetchall()
        per_document = (time.perf_counter() - started) / len(sample)
        started = time.perf_counter()
        largest_rows = len(db.execute(page_query, (document_id[largest],)).fetchall())
        largest_seconds = time.perf_counter() - started
        db.close()
        return {"file_bytes": path.stat().st_size, "tables": tables, "seconds_write": round(seconds_write, 1),
                "ms_document_page_query": round(per_document * 1000, 3),
                "largest_document": {"id": largest, "rows": largest_rows, "ms": round(largest_seconds * 1000, 1)}}


# --- the command ----------------------------------------------------------------------------------

def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _run_one(count: int, args) -> dict:
    command = [sys.executable, "-m", "bench.graph_scale", "--one", str(count), "--templates", str(args.templates),
               "--seed", str(args.seed), "--max-gb", str(args.max_gb)]
    command += [f"--{flag}" for flag in ("objects", "sqlite") if getattr(args, flag)]
    command += ["--store", str(args.store.resolve())] if args.store else []
    started = time.perf_counter()
    done = subprocess.run(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    figures = json.loads(lines[-1]) if lines else {"count": count}
    figures.update(returncode=done.returncode, seconds_run=round(time.perf_counter() - started, 1),
                   commit=_commit(), machine=machine(), load_after=os.getloadavg()[0])
    if done.returncode == _TOO_BIG:
        figures.setdefault("stopped", "stopped at its memory limit")
    elif done.returncode:
        figures["stopped"] = f"failed (exit status {done.returncode})"
    return figures


def _row(f: dict) -> list[str]:
    def mb(name):
        return f"{f[name] / _MB:,.0f}" if name in f else "–"

    def per_letter(name):
        return f"{f[name] / f['count']:,.0f}" if name in f else "–"

    share = f"{f['rss_graph_peak'] / f['peak_rss']:.0%}" if "rss_graph_peak" in f else "–"
    shape = f.get("shape", {})
    return [f"{f['count']:,}" + (" (stopped)" if f.get("stopped") else ""), str(f.get("seconds_graph", "–")),
            mb("peak_rss"), mb("rss_summaries"), mb("rss_graph"), mb("rss_graph_peak"), share, mb("rss_lookups"),
            per_letter("rss_summaries"), per_letter("rss_graph"),
            f"{shape['documents']:,} ({shape['documents_archived']:,})" if shape else "–",
            f"{shape['mentions']:,}" if shape else "–", str(f.get("seconds_summaries", "–"))]


HEADER = ["N", "build_graph s", "peak RSS MB", "summaries MB", "graph held MB", "graph peak MB",
          "graph's share of peak", "lookups MB", "summaries B/letter", "graph B/letter", "documents (archived)",
          "mentions", "making summaries s"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.graph_scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, action="append", help="letters (repeat for several N)")
    parser.add_argument("--templates", type=int, default=2000, help="synthetic letters converted as templates")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-gb", type=float, default=20.0, help="stop a run whose process passes this")
    parser.add_argument("--objects", action="store_true", help="trace build_graph's allocations (tracemalloc)")
    parser.add_argument("--sqlite", action="store_true",
                        help="after measuring, write the graph into the proposed SQLite tables: rows, bytes, queries")
    parser.add_argument("--store", type=Path,
                        help="instead of replicas: the summaries of a built project's letter store (.cache/letters)")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the measuring process
    args = parser.parse_args(argv)
    if args.one is not None:
        figures = measure(args.one, args.templates, args.seed, int(args.max_gb * 1e9), args.objects, args.sqlite,
                          args.store)
        print(json.dumps(figures, ensure_ascii=False), flush=True)
        return 0
    if not args.store:
        templates(args.templates, args.seed)  # converted once, before any measured process
    print(machine())
    results = []
    for count in [0] if args.store else args.count or [10_000]:
        figures = _run_one(count, args)
        name = f"graph-{'store-' if args.store else ''}{figures['count']}" + ("-objects" if args.objects else "")
        save_json(f"{name}.json", figures)
        results.append(figures)
        print(f"{count:,}: {figures.get('stopped', 'done')} in {figures['seconds_run']} s", file=sys.stderr)
    print(markdown_table(HEADER, [_row(f) for f in results]))
    for f in results:
        for item in f.get("objects", {}).get("build_graph", [])[:12]:
            print(f"  {item['bytes'] / f['count']:8.0f} B/letter {item['blocks'] / f['count']:6.2f} blocks/letter"
                  f"  {item['line']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
