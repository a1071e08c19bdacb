"""The citation graph stage at N letters, up to a national 1,000,000, without parsing N texts (issue 19).

    python -m bench.graph_scale --count 10000 --count 100000 [--templates 2000] [--seed 1] [--max-gb 20]
    python -m bench.graph_scale --count 1000000 --max-gb 4 --pages 1000
    python -m bench.graph_scale --count 1000000 --reuse    # the reading again, of the graph written before

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

Each N runs in a process of its own (the figures are that process's), as the build runs the graph
and pages stages: the summaries are made one at a time and each given to the graph stage
(cite.graph.GraphWriter, which writes them into its SQLite file in bench/.cache/graph-scale/ and
holds none), which then places the pages and makes the documents (`finish`); then the pages stage's
reading of the graph: the skeleton of `--pages` letter pages and as many cited documents' pages drawn
at random (build_tools.site.pages with the neighbourhood picture, what a page's inputs are made
from), and every letter once in page order, as the lists and data files read them. Memory is the
process's resident set (/proc/self/statm, sampled every 0.2 s): its peak during the graph stage,
during the reading, and overall (interpreter, code and templates included). A run stops itself (exit
status 3, its figures so far printed) when the process passes `--max-gb` or the machine's available
memory falls under 1.5 GB.

Prints the machine and a Markdown table; writes bench/results/graph-N.json for each N.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
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
from pathlib import Path, PurePosixPath

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


def measure(count: int, template_count: int, seed: int, limit: int, pages: int, store: Path | None = None,
            reuse: bool = False) -> dict:
    from build_tools.cite.graph import Graph, GraphWriter
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

    def report(**more) -> None:
        figures.update(more)
        print(json.dumps(figures, ensure_ascii=False), flush=True)

    base = settled_rss()
    figures.update(rss_baseline=base, pss_baseline=pss())
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"graph-{count}.sqlite"
    with Sampler(limit, report) as sampler:
        if reuse:  # only the pages stage's reading, of the graph an earlier run wrote
            graph = Graph(path)
            figures.update(count=len(graph.letters), reused=str(path))
            figures["pages"] = _read_pages(graph, pages)
            figures.update(peak_rss_pages=sampler.peak, peak_rss=max(sampler.overall, rss()))
            return figures
        started = time.perf_counter()
        writer = GraphWriter(path)
        shape: Counter = Counter()
        step = max(1, count // 10) if count else 2000
        adding = 0.0  # the graph stage's own share: making the replicas is the bench's
        for made, (_, key, held) in enumerate(made_by, start=1):
            before = time.perf_counter()
            writer.add(key, held)
            adding += time.perf_counter() - before
            shape.update(letters=1, citations=len(held.citations),
                         mentions=sum(len(c.mentions) for c in held.citations))
            if made % step == 0:
                print(f"  {made:,} summaries added, {(rss() - base) / _MB:,.0f} MB, "
                      f"{time.perf_counter() - started:.0f} s", file=sys.stderr, flush=True)
        # The build's process has not read the administrative units before the graph (its workers did).
        figures["units_loaded_before_graph"] = gazetteer.cache_info().currsize > 0
        figures.update(count=shape["letters"], seconds_add=round(adding, 1),
                       seconds_summaries_and_add=round(time.perf_counter() - started, 1))
        started = time.perf_counter()
        graph = writer.finish()
        figures.update(seconds_finish=round(time.perf_counter() - started, 1), peak_rss_graph=sampler.peak,
                       rss_after_graph=settled_rss(), file_bytes=path.stat().st_size)
        figures["seconds_graph"] = round(figures["seconds_add"] + figures["seconds_finish"], 1)
        report(progress="graph written")
        sampler.reset()
        figures["pages"] = _read_pages(graph, pages)
        figures.update(peak_rss_pages=sampler.peak, rss_end=settled_rss())
        figures["peak_rss"] = max(sampler.overall, rss())
    figures["shape"] = dict(shape) | _shape(graph)
    return figures


def _read_pages(graph, count: int) -> dict:
    """What the pages stage reads of the graph: the skeleton of `count` letter pages and of `count` cited
    documents' pages drawn at random (neighbourhood pictures included), a page at a time as the pages
    stage renders them; then every letter once in page order, as the lists and data files read them."""
    import random

    from build_tools.site import _SENTENCE_KEYS
    from build_tools.site.pages import cited_document_page, letter_page

    def sample(table: str, column: str, where: str) -> list[str]:
        rows = [row for (row,) in graph._db.execute(f"SELECT rowid FROM {table} WHERE {where}")]
        return [graph._db.execute(f"SELECT {column} FROM {table} WHERE rowid = ?", (n,)).fetchone()[0]
                for n in random.Random(1).sample(rows, min(count, len(rows)))]

    letters, documents = sample("letter", "page", "1"), sample("document", "id", "NOT archived")
    started = time.perf_counter()
    letter_bytes = sum(len(letter_page(graph.letter_at(PurePosixPath(page)), graph, own_parts=False))
                       for page in letters)
    letter_seconds = time.perf_counter() - started
    started = time.perf_counter()
    cited_bytes = sum(len(cited_document_page(graph.documents[doc_id], graph, _SENTENCE_KEYS)) for doc_id in documents)
    cited_seconds = time.perf_counter() - started
    started = time.perf_counter()
    streamed = sum(1 for _ in graph.letters)
    return {"letter_pages": len(letters), "ms_letter_page": round(letter_seconds * 1000 / max(1, len(letters)), 2),
            "letter_page_bytes": letter_bytes, "cited_pages": len(documents),
            "ms_cited_page": round(cited_seconds * 1000 / max(1, len(documents)), 2), "cited_page_bytes": cited_bytes,
            "letters_streamed": streamed, "seconds_all_letters": round(time.perf_counter() - started, 1)}


def _shape(graph) -> dict:
    """What the graph's tables hold, counted."""
    documents, archived = graph._db.execute("SELECT count(*), sum(archived) FROM document").fetchone()
    top = graph._db.execute("SELECT d.id, count(DISTINCT c.letter) FROM document d JOIN citation c "
                            "ON (c.id_who, c.id_number, c.id_year) = (d.id_who, d.id_number, d.id_year) "
                            "GROUP BY d.ord ORDER BY 2 DESC LIMIT 5").fetchall()
    return {"documents": documents, "documents_archived": archived or 0,
            "most_cited": [{"id": doc, "letters": n} for doc, n in top]}


# --- the command ----------------------------------------------------------------------------------

def _commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return ""


def _run_one(count: int, args) -> dict:
    command = [sys.executable, "-m", "bench.graph_scale", "--one", str(count), "--templates", str(args.templates),
               "--seed", str(args.seed), "--max-gb", str(args.max_gb), "--pages", str(args.pages)]
    command += ["--store", str(args.store.resolve())] if args.store else []
    command += ["--reuse"] if args.reuse else []
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

    shape, pages = f.get("shape", {}), f.get("pages", {})
    return [f"{f['count']:,}" + (" (stopped)" if f.get("stopped") else ""), str(f.get("seconds_graph", "–")),
            mb("peak_rss_graph"), mb("peak_rss_pages"), mb("peak_rss"), mb("file_bytes"),
            str(pages.get("ms_letter_page", "–")), str(pages.get("ms_cited_page", "–")),
            str(pages.get("seconds_all_letters", "–")),
            f"{shape['documents']:,} ({shape['documents_archived']:,})" if shape else "–",
            f"{shape['mentions']:,}" if shape else "–"]


HEADER = ["N", "graph stage s", "graph stage peak MB", "page reads peak MB", "peak RSS MB", "graph file MB",
          "letter page ms", "cited page ms", "every letter s", "documents (archived)", "mentions"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.graph_scale", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, action="append", help="letters (repeat for several N)")
    parser.add_argument("--templates", type=int, default=2000, help="synthetic letters converted as templates")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--max-gb", type=float, default=20.0, help="stop a run whose process passes this")
    parser.add_argument("--pages", type=int, default=1000, help="letter pages and cited pages read, each")
    parser.add_argument("--store", type=Path,
                        help="instead of replicas: the summaries of a built project's letter store (.cache/letters)")
    parser.add_argument("--reuse", action="store_true",
                        help="measure only the reading, of the graph an earlier run at the same N wrote")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # the measuring process
    args = parser.parse_args(argv)
    if args.one is not None:
        figures = measure(args.one, args.templates, args.seed, int(args.max_gb * 1e9), args.pages, args.store,
                          args.reuse)
        print(json.dumps(figures, ensure_ascii=False), flush=True)
        return 0
    if not args.store:
        templates(args.templates, args.seed)  # converted once, before any measured process
    print(machine())
    results = []
    for count in [0] if args.store else args.count or [10_000]:
        figures = _run_one(count, args)
        name = f"graph-{'store-' if args.store else ''}{figures['count']}{'-read' if args.reuse else ''}"
        save_json(f"{name}.json", figures)
        results.append(figures)
        print(f"{count:,}: {figures.get('stopped', 'done')} in {figures['seconds_run']} s", file=sys.stderr)
    print(markdown_table(HEADER, [_row(f) for f in results]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
