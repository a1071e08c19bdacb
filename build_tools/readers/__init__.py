"""Stage 1, read: turn a letter file into NFC text. One reader per format, registered by extension.

Adding a format is one new module in this package that calls `register` (Pelican's readers are the
model): every module here is imported when the package is.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Callable
from pathlib import Path

from build_tools.model import ReadFailure, SourceText
from build_tools.readers.repair import ETH_AS_DD, plain_spaces

Reader = Callable[[Path], SourceText]
_READERS: dict[str, Reader] = {}


class UnreadableLetter(Exception):
    """Raised by a reader with the reason a file cannot be read; the build reports it."""


def register(*extensions: str) -> Callable[[Reader], Reader]:
    def wrap(reader: Reader) -> Reader:
        for extension in extensions:
            _READERS[extension.lower()] = reader
        return reader

    return wrap


def supported_extensions() -> tuple[str, ...]:
    return tuple(sorted(_READERS))


def read_letter(path: Path, shown_as: str | None = None) -> SourceText | ReadFailure:
    """Read one file; every failure comes back as a ReadFailure naming the file and the reason."""
    name = shown_as or str(path)
    reader = _READERS.get(path.suffix.lower())
    if reader is None:
        reason = f"no reader for '{path.suffix or 'no extension'}' files"
        missing = "; ".join(f"the {m} reader could not load: {why}" for m, why in sorted(_UNAVAILABLE.items()))
        return ReadFailure(name, f"{reason} ({missing})" if missing else reason)
    try:
        source = reader(path)
    except UnreadableLetter as error:
        return ReadFailure(name, str(error))
    except OSError as error:
        return ReadFailure(name, f"cannot open: {error.strerror or error}")
    return dataclasses.replace(_eth_read_as_dd(_plain_spaces(source)), path=name)


def _eth_read_as_dd(source: SourceText) -> SourceText:
    """The Icelandic eth "Ð" a font or a converter wrote for the Vietnamese "Đ" (one look, another letter: "Ðồng
    Nai", "QÐ-UBND"), read as "Đ" throughout, the letter's length kept, and said in the letter's notes."""
    if "\u00d0" not in source.text and "\u00f0" not in source.text:
        return source
    return dataclasses.replace(source, text=source.text.translate(ETH_AS_DD),
                               notes=(*source.notes, "đã đọc chữ Ð (eth) là Đ"))


def _plain_spaces(source: SourceText) -> SourceText:
    text, origins = plain_spaces(source.text, source.origins)
    return dataclasses.replace(source, text=text, origins=origins) if text != source.text else source


_UNAVAILABLE: dict[str, str] = {}  # reader module → why it could not be loaded


def _register_all() -> None:
    """Import every reader module of this package: each registers its extensions when imported.

    A reader whose library is missing does not stop the others: its files are reported with the reason.
    """
    for module in pkgutil.iter_modules(__path__):
        try:
            importlib.import_module(f"{__name__}.{module.name}")
        except ImportError as error:
            _UNAVAILABLE[module.name] = str(error)


_register_all()
