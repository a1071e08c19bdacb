"""What every search benchmark shares: the machine, peak memory, the built pages, a static server, tables.

Figures from these scripts are measurements of one run on one machine: they are printed and kept
under bench/results/, never asserted by tests.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import json
import os
import platform
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import yaml

from bench.measure import tree_rss

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "bench" / "results"
CACHE = ROOT / "bench" / ".cache"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml: 20,000 front matters in seconds


def machine() -> str:
    """One line naming the machine, printed above every table."""
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    memory = int(Path("/proc/meminfo").read_text().split()[1]) / 1024 / 1024
    return f"{platform.node()} · {cpu} · {os.cpu_count()} cores · {memory:.0f} GB · Python {platform.python_version()}"


def markdown_table(header: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def query_set_recall(portal: Path, ranked: Callable[[str], list[str]]) -> dict:
    """Recall@1 and @10 of tests/queries.yaml by the rules of tests/query_set.py, on the archive built in
    the project `portal`; `ranked` gives a query's page addresses ("van-ban/2024/x/"), best first."""
    sys.path.insert(0, str(ROOT / "tests"))
    from query_set import QUERIES, page_names, recall_counts

    names = page_names(portal)
    outcomes = {q["id"]: [names.get(address, address) for address in ranked(q["query"])] for q in QUERIES}
    at1, at10 = recall_counts(outcomes)
    return {"queries": len(QUERIES), "recall_at_1": at1, "recall_at_10": at10, "outcomes": outcomes}


def save_json(name: str, data: object) -> Path:
    RESULTS.mkdir(parents=True, exist_ok=True)
    path = RESULTS / name
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


# --- memory -------------------------------------------------------------------------------------

class PeakMemory:
    """Samples the memory of this process's tree (bench.measure.tree_rss; the Pagefind service is a
    child) every 50 ms."""

    def __init__(self) -> None:
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, tree_rss(os.getpid()))
            self._stop.wait(0.05)

    def __enter__(self) -> PeakMemory:
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


@contextlib.contextmanager
def measured() -> Iterator[dict]:
    """{"seconds", "peak_mb"} of the block, filled in when it ends."""
    figures: dict = {}
    started = time.perf_counter()
    with PeakMemory() as memory:
        yield figures
    figures.update(seconds=round(time.perf_counter() - started, 1), peak_mb=round(memory.peak / 2**20))


def disk_usage(path: Path) -> tuple[int, int]:
    """(bytes, files) of a file or a folder."""
    files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()]
    return sum(f.stat().st_size for f in files), len(files)


# --- the built pages ----------------------------------------------------------------------------

@dataclass(frozen=True)
class Page:
    """A letter page or a cited-document page of docs/, as the search indexes see it."""

    url: str  # "/van-ban/2015/…/"
    kind: str
    title: str
    number: str | None
    date: str | None
    issuer: str | None
    type: str | None
    subject: str | None
    source: str | None  # the letter's file name
    text: str  # the page body without Markdown markup


_MARKUP = [(re.compile(r"\[\^[^\]]*\]:?"), ""), (re.compile(r"\[([^\]]*)\]\([^)]*\)"), r"\1"),
           (re.compile(r"[*_#>|`]+"), " "), (re.compile(r"\{[^}]*\}"), " ")]


def _plain(markdown: str) -> str:
    for pattern, replacement in _MARKUP:
        markdown = pattern.sub(replacement, markdown)
    return " ".join(markdown.split())


def pages(docs: Path) -> Iterator[Page]:
    """Every searchable page under docs/, in address order, read one at a time."""
    for markdown in sorted([*(docs / "van-ban").rglob("*.md"), *(docs / "dan-chieu").rglob("*.md")]):
        _, front, body = markdown.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.load(front, Loader=_LOADER)
        url = "/" + markdown.relative_to(docs).with_suffix("").as_posix() + "/"
        cited = meta["kind"] != "letter"
        yield Page(url=url, kind=meta["kind"], title=str(meta.get("title") or url), number=meta.get("number"),
                   date=str(meta["date"]) if meta.get("date") else None, issuer=meta.get("issuer"),
                   type=meta.get("type"), subject=meta.get("subject"),
                   source=None if cited else Path(meta["source"]).name,
                   text=" ".join(filter(None, [meta.get("type"), meta.get("number")])) if cited else _plain(body))


# --- serving and the browser --------------------------------------------------------------------

class RangeHandler(http.server.SimpleHTTPRequestHandler):
    """http.server's static files, plus single byte ranges (`Range: bytes=a-b`), which SQLite over HTTP needs."""

    def log_message(self, *args) -> None:
        pass

    def send_head(self):
        match = re.fullmatch(r"bytes=(\d+)-(\d*)", self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if not match or not path.is_file():
            return super().send_head()
        size = path.stat().st_size
        start, end = int(match[1]), min(int(match[2] or size - 1), size - 1)
        handle = path.open("rb")
        handle.seek(start)
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{size}")
        self.send_header("Content-Length", str(end - start + 1))
        self.send_header("Accept-Ranges", "bytes")
        self.end_headers()
        return _Slice(handle, end - start + 1)


class _Slice:
    """The part of a file a range asks for, read by copyfile() like a whole file."""

    def __init__(self, handle, length: int) -> None:
        self.handle, self.left = handle, length

    def read(self, size: int = -1) -> bytes:
        chunk = self.handle.read(self.left if size < 0 else min(size, self.left))
        self.left -= len(chunk)
        return chunk

    def close(self) -> None:
        self.handle.close()


@contextlib.contextmanager
def serve(directory: Path) -> Iterator[str]:
    """A static server for `directory` on loopback, in a thread of this process; yields its URL."""
    handler = functools.partial(RangeHandler, directory=str(directory))
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}/"
    finally:
        httpd.shutdown()
        httpd.server_close()
