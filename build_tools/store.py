"""The letter store: each letter's conversion kept on disk, keyed by what it was made from.

A letter is converted again only when its file, its sidecar or the converting code changes. The build
keeps only a summary of each letter in memory (no text) and loads the whole letter again when it
writes that letter's page or indexes it: an archive of 100,000 letters is never held in memory.
"""

from __future__ import annotations

import hashlib
import pickle
from dataclasses import replace
from pathlib import Path

from build_tools.corrections import sidecar_of
from build_tools.model import ProcessedLetter

DEFAULT_STORE = Path(".cache/letters")
_PACKAGE = Path(__file__).resolve().parent
# The code a conversion depends on; the site and search stages can change without converting again.
_CONVERSION_CODE = ("readers", "parse", "cite", "model.py", "text.py", "patterns.py", "corrections.py",
                    "pipeline.py", "markup.py", "addresses.py")


def conversion_version() -> str:
    """A digest of the converting code: a change to the parser makes every letter convert again."""
    return code_digest(*_CONVERSION_CODE)


def code_digest(*names: str) -> str:
    """A digest of modules and packages of build_tools/, by their names ("parse", "text.py")."""
    digest = hashlib.sha256()
    for name in names:
        target = _PACKAGE / name
        for path in sorted(target.rglob("*.py")) if target.is_dir() else [target]:
            digest.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def letter_key(path: Path, shown_as: str, version: str) -> str:
    """What a conversion is made from: the file's bytes, its sidecar's, its name and the code."""
    digest = hashlib.sha256(f"{version}\0{shown_as}\0".encode())
    digest.update(path.read_bytes())
    sidecar = sidecar_of(path)
    if sidecar.exists():
        digest.update(b"\0sidecar\0" + sidecar.read_bytes())
    return digest.hexdigest()


def summary(processed: ProcessedLetter) -> ProcessedLetter:
    """The letter without its text: what the citation graph and the list pages need."""
    return replace(processed, letter=replace(processed.letter, body=""))


class LetterStore:
    """Pickled ProcessedLetter per key, in a folder of the build's cache (written by the workers)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def load(self, key: str) -> ProcessedLetter | None:
        try:
            return pickle.loads(self._path(key).read_bytes())
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
            return None  # absent, or written by another version of the code: convert again

    def save(self, key: str, processed: ProcessedLetter) -> None:
        path = self._path(key)
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(".partial")
        partial.write_bytes(pickle.dumps(processed, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)  # a worker killed half-way never leaves half a letter behind
