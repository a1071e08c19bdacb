"""The letter store: each letter's conversion kept on disk, keyed by what it was made from.

A letter is converted again only when its file, its sidecar or the converting code changes. The build
keeps only a summary of each letter in memory (no text) and loads the whole letter again when it
writes that letter's page or indexes it: an archive of 100,000 letters is never held in memory.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
import sys
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path

from build_tools.corrections import sidecar_of
from build_tools.model import ProcessedLetter

_PACKAGE = Path(__file__).resolve().parent
# The code a conversion depends on; the site and search stages can change without converting again.
_CONVERSION_CODE = ("readers", "parse", "cite/__init__.py", "cite/find.py", "cite/resolve.py", "gazetteer.py",
                    "cite/relations.py", "model.py", "text.py", "patterns.py", "bodies.yaml", "numbers.py",
                    "corrections.py", "pipeline.py", "markup.py", "addresses.py", "dates.py")


def conversion_version() -> str:
    """A digest of the converting code: a change to the parser makes every letter convert again."""
    return code_digest(*_CONVERSION_CODE)


@cache  # the code does not change while the build runs
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
    """The letter without its text, nor the wording and sentence of each mention: what the citation
    graph and the list pages need (the sentences are kept in `Sentences`)."""
    citations = tuple(replace(c, mentions=tuple(replace(m, text="", sentence="") for m in c.mentions))
                      for c in processed.citations)
    letter = replace(processed.letter, body="", header=(), closing=(), sources=())
    return replace(processed, letter=letter, citations=citations)


def compact_summary(processed: ProcessedLetter) -> ProcessedLetter:
    """The summary as the build holds it for the whole run: its repeated values (issuers, types,
    places, dates) as one string each across the archive (sys.intern: thousands of letters name the
    same committee), no mention spans (the letter's key fixes them; its page is written from the
    whole letter). Two integers a mention were 95 MB at 100,000 letters. Nor its footnotes,
    recipients and cc, which only its own page and its data file show, both read from the store:
    2.5 KB a letter, 0.25 GB at 100,000 letters.

    In place, on a summary just unpickled that nothing else holds: dataclasses.replace on every
    mention cost 0.4 ms a letter in the build's main process, 40 s at 100,000 letters."""
    _intern(processed.letter, _REPEATED_FIELDS)
    for name in _OWN_PAGE_FIELDS:
        _set(processed.letter, name, ())
    for citation in processed.citations:
        _intern(citation, ("type", "issuer", "issuer_text", "date"))
        for mention in citation.mentions:
            _intern(mention, ("date", "relation"))
            _set(mention, "start", 0)
            _set(mention, "end", 0)
    return processed


def _intern(value: object, names: tuple[str, ...]) -> None:
    for name in names:
        text = getattr(value, name)
        if text:
            _set(value, name, sys.intern(text))


def _set(value: object, name: str, to: object) -> None:
    object.__setattr__(value, name, to)  # a frozen dataclass, set as its __init__ does


_OWN_PAGE_FIELDS = ("footnotes", "recipients", "cc")
_REPEATED_FIELDS = ("type", "date", "place", "issuer", "parent_issuer", "signing_authority", "signer_title", "signer")


SentenceRows = tuple[tuple[int, int, str], ...]  # (citation index, mention index, sentence)


def sentences_of(processed: ProcessedLetter) -> SentenceRows:
    """(citation index, mention index, sentence) of every mention in the letter."""
    return tuple((c, m, mention.sentence) for c, citation in enumerate(processed.citations)
                 for m, mention in enumerate(citation.mentions))


class Sentences:
    """The sentence around each mention of a cited document, for the cited documents' pages, in an
    SQLite file of the build's cache: held in memory, they were most of a 100,000-letter graph."""

    def __init__(self, path: Path):
        self.path = path
        self._reader: sqlite3.Connection | None = None

    @contextmanager
    def updating(self, stored: Callable[[str], SentenceRows]) -> Iterator[Callable[[str, SentenceRows | None], None]]:
        """Yields `add(letter key, sentences_of(letter) or None)` for every letter of the build: a
        letter's rows are written once (None: the letter came from the store, whose `stored(key)` gives
        them if this file lacks them); the rows of letters no longer added are dropped at the end."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(sqlite3.connect(self.path)) as db, db:
            db.execute("CREATE TABLE IF NOT EXISTS sentence (letter TEXT, citation INT, mention INT, text TEXT, "
                       "PRIMARY KEY (letter, citation, mention)) WITHOUT ROWID")
            db.execute("CREATE TABLE IF NOT EXISTS kept (letter TEXT PRIMARY KEY) WITHOUT ROWID")
            kept = {key for (key,) in db.execute("SELECT letter FROM kept")}
            added = set()

            def add(key: str, rows: SentenceRows | None) -> None:
                added.add(key)
                if key not in kept:
                    db.executemany("INSERT OR IGNORE INTO sentence VALUES (?, ?, ?, ?)",
                                   [(key, c, m, text) for c, m, text in (stored(key) if rows is None else rows)])
                    db.execute("INSERT INTO kept VALUES (?)", (key,))
                    kept.add(key)

            yield add
            gone = [(key,) for key in kept - added]
            db.executemany("DELETE FROM sentence WHERE letter = ?", gone)
            db.executemany("DELETE FROM kept WHERE letter = ?", gone)

    def get(self, key: str, citation: int, mention: int) -> str:
        if self._reader is None:  # opened on first use: a connection must not cross a fork
            self._reader = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
        row = self._reader.execute("SELECT text FROM sentence WHERE letter = ? AND citation = ? AND mention = ?",
                                   (key, citation, mention)).fetchone()
        return row[0] if row else ""


class LetterStore:
    """Per key, the pickled ProcessedLetter and, beside it, its summary and sentences: what a build
    reads of a letter it converted before (written by the workers)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def _path(self, key: str, kind: str = "pickle") -> Path:
        return self.folder / key[:2] / f"{key}.{kind}"

    def load(self, key: str) -> ProcessedLetter | None:
        return load_pickle(self._path(key))

    def load_summary(self, key: str) -> tuple[ProcessedLetter, SentenceRows] | None:
        """`summary` and `sentences_of` the letter under `key`, if the whole letter is there too."""
        if not self._path(key).exists():
            return None
        return load_pickle(self._path(key, "summary"))

    def whole(self, key: str, name: str) -> ProcessedLetter:
        """The letter the build converted under `key` (`name` says which, if it is missing)."""
        return self._found(self.load(key), name)

    def summary_of(self, key: str, name: str) -> ProcessedLetter:
        """The summary of the letter the build converted under `key`, with every field of the letter."""
        found = self.load_summary(key)
        return self._found(found and found[0], name)

    def _found(self, processed: ProcessedLetter | None, name: str) -> ProcessedLetter:
        if processed is None:
            raise RuntimeError(f"{name}: its conversion is missing from {self.folder}; run the build again")
        return processed

    def save(self, key: str, processed: ProcessedLetter) -> tuple[ProcessedLetter, SentenceRows]:
        """Keep the letter; returns its summary and sentences, as `load_summary` will. The whole letter
        is written last: a summary without its letter is never read."""
        found = summary(processed), sentences_of(processed)
        save_pickle(self._path(key, "summary"), found)
        save_pickle(self._path(key), processed)
        return found


def load_pickle(path: Path):
    """What `save_pickle` kept at `path`; None when it is absent or was written by other code."""
    try:
        return pickle.loads(path.read_bytes())
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, TypeError):
        return None


def load_json(path: Path) -> dict:
    """What a build saved as JSON at `path`; nothing when it is missing or was cut short."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def save_pickle(path: Path, value) -> None:
    """Written aside, then renamed: a process killed half-way never leaves half a file behind."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_bytes(pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
    partial.replace(path)
