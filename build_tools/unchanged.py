"""A step with nothing to do, known from files' sizes and times before anything is read.

A step's output depends on folders (the corpus: letters, sidecars, links; for the site step, docs/
and overrides/ too), a few files (mkdocs.yml) and the code under build_tools/. After each run the
step keeps their digest in .cache/, with the file counts of what it left and what it said; a run that
finds both the same says it again and stops. Anything else (a letter touched, even to the same bytes;
a sidecar added; a generated page removed by hand) makes a real run, which reads contents and redoes
only what changed (the letter store, the pages manifest, the site manifest).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

_CODE = Path(__file__).resolve().parent


def inputs_digest(folders: list[Path], files: list[Path]) -> str:
    """Every entry under `folders` (name, size, modification time), `files`' bytes and the code."""
    digest = hashlib.sha256()
    for folder in folders:
        digest.update(f"{folder}\n".encode("utf-8", "surrogateescape"))
        for line in _entries(folder, folder):
            digest.update(line.encode("utf-8", "surrogateescape") + b"\n")
    for path in files:
        digest.update(path.read_bytes() if path.is_file() else b"missing")
    for path in sorted(p for p in _CODE.rglob("*") if p.is_file() and "__pycache__" not in p.parts):
        digest.update(path.relative_to(_CODE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def outputs_digest(outputs: list[Path]) -> str:
    """The count of files in each output: a generated page or an index removed by hand is noticed."""
    return hashlib.sha256("".join(f"{path}: {_count(path)}\n" for path in outputs).encode()).hexdigest()


def _entries(folder: Path, top: Path):
    """"name size mtime" of each file, link and folder, hidden ones included (a sidecar may be added)."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as error:
        yield f"{folder}: {error.strerror}"
        return
    # A name under `top` cut from the entry's path as a string: a path made for each of 10,010 letters took 0.1 s.
    start = len(os.path.join(top, ""))
    for entry in entries:
        name = entry.path[start:].replace(os.sep, "/")
        try:
            state = entry.stat()  # followed: a link's target changing is a change
        except OSError:
            yield f"{name}\0broken link"
            continue
        yield f"{name}\0{entry.is_symlink()}\0{state.st_size}\0{state.st_mtime_ns}"
        if entry.is_dir(follow_symlinks=False):
            yield from _entries(Path(entry.path), top)


def _count(output: Path) -> int:
    if output.is_file():
        return 1
    return sum(len(files) for _, _, files in os.walk(output)) if output.is_dir() else -1


def last_run(cache: Path, step: str, inputs: str, outputs: list[Path]) -> dict | None:
    """What the last run of `step` said, when it was made from `inputs` and left `outputs` as they are."""
    try:
        kept = json.loads((cache / f"{step}-stamp.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    same = kept.get("inputs") == inputs and kept.get("outputs") == outputs_digest(outputs)
    return kept.get("said") if same else None


def remember(cache: Path, step: str, inputs: str, outputs: list[Path], said: dict) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    partial = cache / f"{step}-stamp.json.partial"
    kept = {"inputs": inputs, "outputs": outputs_digest(outputs), "said": said}
    partial.write_text(json.dumps(kept, ensure_ascii=False), encoding="utf-8")
    partial.replace(cache / f"{step}-stamp.json")


def forget(cache: Path, step: str) -> None:
    """Before a run changes its output: a run killed half way must not leave an old stamp behind."""
    (cache / f"{step}-stamp.json").unlink(missing_ok=True)
