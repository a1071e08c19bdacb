"""One letter through the stages: read → parse → correct → cite. A pure function of one file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from build_tools.cite import find_citations
from build_tools.corrections import apply_corrections, sidecar_of
from build_tools.model import ProcessedLetter, ReadFailure
from build_tools.parse import parse_letter
from build_tools.readers import read_letter


def process_letter(path: Path, shown_as: str | None = None) -> ProcessedLetter | ReadFailure:
    """Read, parse, apply the clerk's corrections and find the citations of one letter file."""
    source = read_letter(path, shown_as)
    if isinstance(source, ReadFailure):
        return source
    try:
        letter = parse_letter(source)
    except Exception as error:  # a parser bug must not stop the build: the letter is reported
        return ReadFailure(source.path, f"the parser failed: {type(error).__name__}: {error}")
    letter, problems = apply_corrections(letter, sidecar_of(path))
    return ProcessedLetter(letter, find_citations(letter), source.encoding, source.format, tuple(problems),
                           source.notes, source.repairs)


def parse_file(path: Path) -> dict[str, Any] | str:
    """What `parse FILE --json` prints, or the reason the file cannot be read."""
    processed = process_letter(path)
    return processed.reason if isinstance(processed, ReadFailure) else letter_json(processed)


def letter_json(processed: ProcessedLetter) -> dict[str, Any]:
    """A letter's fields, citations, the clerk's correction problems and the reader's repairs, as JSON."""
    fields = processed.letter.fields_json()
    fields["citations"] = [citation.to_json() for citation in processed.citations]
    if processed.problems:
        fields["correction_problems"] = list(processed.problems)
    if processed.repairs:
        fields["repairs"] = [str(repair) for repair in processed.repairs]
    return fields
