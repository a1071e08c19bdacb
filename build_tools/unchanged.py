"""A rebuild with nothing to do: known from the files' sizes and times, before any letter is read.

The build's output depends on the corpus (letters, sidecars, links), the code under build_tools/ and
mkdocs.yml. After each build their digest is kept in .cache/ with the build's report; a build that
finds the same digest, and its output as that build left it, prints that report again and stops.
Anything else (a letter touched, even to the same bytes; a sidecar; a generated page removed) makes a
full rebuild, which reads each file's content and converts only what changed (store.py).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path

_CODE = Path(__file__).resolve().parent
_FILE = "build-stamp.json"


@dataclass(frozen=True)
class Stamp:
    """What a finished build was made from, what it left, and what it said."""

    inputs: str  # inputs_digest() when the build started
    outputs: str  # outputs_digest() when it ended
    report: str  # the lines the build printed: letters published, files rejected …
    files: int  # pages and data files under docs/
    letters: int
    reported: int  # files rejected and letters with correction problems (strict mode fails on them)

    def exit_status(self, strict: bool) -> int:
        if not self.letters:
            return 1
        return 1 if strict and self.reported else 0


def inputs_digest(corpus: Path, config: Path) -> str:
    """Every entry under `corpus` (name, size, modification time), the code and the config."""
    digest = hashlib.sha256()
    for line in _entries(corpus, corpus):
        digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
    for path in sorted(p for p in _CODE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(_CODE).as_posix().encode() + b"\0" + path.read_bytes())
    digest.update(config.read_bytes() if config.is_file() else b"no config")
    return digest.hexdigest()


def outputs_digest(outputs: list[Path]) -> str:
    """The count of files in each output: a generated page or an index removed by hand is noticed."""
    return hashlib.sha256("".join(f"{path}: {_count(path)}\n" for path in outputs).encode()).hexdigest()


def _entries(folder: Path, corpus: Path):
    """"name size mtime" of each file, link and folder, hidden ones included (a sidecar may be added)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield f"{folder}: {error}"
        return
    for entry in entries:
        name = Path(entry.path).relative_to(corpus).as_posix()
        try:
            state = entry.stat()  # followed: a link's target changing is a change
            yield f"{name}\0{entry.is_symlink()}\0{state.st_size}\0{state.st_mtime_ns}"
        except OSError:
            yield f"{name}\0broken link"
            continue
        if entry.is_dir(follow_symlinks=False):
            yield from _entries(Path(entry.path), corpus)


def _count(output: Path) -> int:
    if output.is_file():
        return 1
    return sum(len(files) for _, _, files in os.walk(output)) if output.is_dir() else -1


def load(cache: Path) -> Stamp | None:
    try:
        return Stamp(**json.loads((cache / _FILE).read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError):
        return None


def save(cache: Path, stamp: Stamp) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f"{_FILE}.partial"
    partial.write_text(json.dumps(asdict(stamp), ensure_ascii=False), encoding="utf-8")
    partial.replace(cache / _FILE)


def forget(cache: Path) -> None:
    """Before a build changes its output: a build killed half way must not leave an old stamp behind."""
    (cache / _FILE).unlink(missing_ok=True)
