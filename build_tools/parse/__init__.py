"""Stage 2, parse: extract a letter's metadata and its text as Markdown (header → body → closing)."""

from __future__ import annotations

from build_tools.model import Letter, ParseWarning, SourceText
from build_tools.parse.body import build_body
from build_tools.parse.closing import parse_closing
from build_tools.parse.header import parse_header
from build_tools.parse.layout import split_lines


def parse_letter(source: SourceText) -> Letter:
    lines = split_lines(source.text)
    header = parse_header(lines)
    closing = parse_closing(lines, header.body_start)
    body = build_body(lines[header.body_start : closing.start])
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
        warnings=tuple(ParseWarning(message, None if place is None else source.origins.of(*place))
                       for message, place in header.warnings + closing.warnings + list(body.warnings)),
        body=body.markdown,
    )
