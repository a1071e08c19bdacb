"""Stage 2, parse: extract a letter's metadata and its text as Markdown (header → body → closing)."""

from __future__ import annotations

from build_tools import patterns as p
from build_tools.model import Letter, ParseWarning, SourceText
from build_tools.parse.body import build_body
from build_tools.parse.closing import find_closing_start, parse_closing
from build_tools.parse.header import parse_header
from build_tools.parse.layout import Line, split_lines, unflatten


def parse_letter(source: SourceText) -> Letter:
    text, starts = unflatten(source.text)
    lines = split_lines(text)
    header = parse_header(lines)
    notes = _notes_after_signature(lines, find_closing_start(lines, header.body_start))
    closing = parse_closing(lines, header.body_start, notes)
    # What follows the signature and is not the closing's (notes, footnotes set there) belongs to the
    # text, after a paragraph break: nothing of a letter is dropped.
    rest = [line for line in lines[closing.start : notes] if line.index not in closing.used and not line.blank]
    after = [Line(notes, "", "", ""), *lines[notes:]] if notes < len(lines) else []
    unread = [Line(closing.start, "", "", ""), *rest] if rest else []
    body = build_body(lines[header.body_start : closing.start] + unread + after)
    return Letter(
        source=source.path,
        type=header.type,
        number=header.number,
        number_suffix=header.number_suffix,
        date=header.date,
        place=header.place,
        issuer=header.issuer,
        parent_issuer=header.parent_issuer,
        subject=header.subject,
        recipients=tuple(header.recipients),
        cc=tuple(closing.cc),
        signing_authority=closing.signing_authority,
        signer_title=closing.signer_title,
        signer=closing.signer,
        footnotes=body.footnotes,
        warnings=tuple(ParseWarning(message, None if place is None else _origin(source, starts, place))
                       for message, place in header.warnings + closing.warnings + list(body.warnings)),
        body=body.markdown,
    )


def _origin(source: SourceText, starts: list[tuple[int, int]], place: tuple[int, int]):
    """Where a place of the parsed text (a line, a column) stands in the file."""
    line, column = starts[place[0]]
    return source.origins.of(line, column + place[1])


def _notes_after_signature(lines: list[Line], closing_start: int) -> int:
    """Where footnotes set after the signature (under a rule line, "¹ Nghị định số …") begin; the end
    of the letter when there are none."""
    return next((line.index for line in lines[closing_start:] if p.FOOTNOTE_TEXT.match(line.clean)), len(lines))
