"""One letter through the stages: read → parse → correct → cite. A pure function of one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.cite import find_citations
from build_tools.model import Letter, ReadFailure
from build_tools.parse import parse_letter
from build_tools.readers import read_letter


def process_letter(path: Path, shown_as: str | None = None) -> Letter | ReadFailure:
    source = read_letter(path, shown_as)
    if isinstance(source, ReadFailure):
        return source
    return parse_letter(source)


def parse_file(path: Path) -> dict[str, Any] | str:
    """What `parse FILE --json` prints, or the reason the file cannot be read."""
    letter = process_letter(path)
    if isinstance(letter, ReadFailure):
        return letter.reason
    fields = letter.fields_json()
    fields["citations"] = [citation.to_json() for citation in find_citations(letter)]
    return fields
