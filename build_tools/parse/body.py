"""The letter's text as faithful Markdown, with footnotes moved to Markdown footnotes.

A page break cuts a sentence, and the footnotes of that page stand between its two halves:

    … phát triển kinh tế - xã hội 06 tháng
    ¹ Phó Chủ tịch UBND tỉnh …
    đầu năm:

The halves are joined again ("… 06 tháng đầu năm:") and "¹" becomes "[^1]". The wording is never
changed: only characters that would otherwise be read as markup are escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools import patterns as p
from build_tools.markup import escape_markdown
from build_tools.model import Footnote
from build_tools.parse.layout import Line

_SUPERSCRIPT_VALUE = str.maketrans(p.SUPERSCRIPT_DIGITS, "0123456789")
# A paragraph that ends a sentence (or a heading, a list intro) is not cut by a page break.
_ENDS_SENTENCE = re.compile(r"[.:;!?…]\W*$")
# A paragraph that starts a point of its own: "a) …", "(ii) …", "- …", "1. …".
_STARTS_POINT = re.compile(r"^\W*(?:[a-zđ]\)|\(?[ivx]+\)|[-–+•]\s|\d+[.)])")
# Markdown block syntax at the start of a line that a letter means literally: "1. " (an ordered
# list would be renumbered), "# ", "> ", "---".
_BLOCK_START = re.compile(r"^(\s*)(\d+)([.)])(\s)|^(\s*)([#>])|^(\s*)([-*_=]{3,}\s*)$")


@dataclass(frozen=True)
class Body:
    markdown: str
    footnotes: tuple[Footnote, ...]
    notes_start: int  # offset in `markdown` where the footnote definitions begin
    warnings: tuple[str, ...]


def build_body(lines: list[Line]) -> Body:
    paragraphs, notes = _split_footnotes(_paragraphs(lines))
    paragraphs = _rejoin_page_breaks(paragraphs)
    markers = {note.marker for note in notes}
    warnings = []
    body_parts = []
    for paragraph in paragraphs:
        text, unknown = _link_markers(_escape_block(paragraph), markers)
        warnings += [f"footnotes: marker {m} has no footnote text" for m in unknown]
        body_parts.append(text)
    markdown = "\n\n".join(body_parts)
    notes_start = len(markdown)
    if notes:
        definitions = [
            f"[^{n.marker}]: {_link_markers(escape_markdown(n.text, keep_emphasis=True), markers)[0]}" for n in notes
        ]
        markdown += "\n\n" + "\n\n".join(definitions)
        notes_start += 2
    return Body(markdown + "\n", tuple(notes), notes_start, tuple(warnings))


def _paragraphs(lines: list[Line]) -> list[list[str]]:
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line.raw.strip():
            paragraphs[-1].append(line.raw.rstrip())
        elif paragraphs[-1]:
            paragraphs.append([])
    return [para for para in paragraphs if para]


def _split_footnotes(paragraphs: list[list[str]]) -> tuple[list[list[str]], list[Footnote]]:
    body, notes = [], []
    for para in paragraphs:
        first = p.FOOTNOTE_TEXT.match(para[0])
        if not first:
            body.append(para)
            continue
        for line in para:
            start = p.FOOTNOTE_TEXT.match(line)
            if start:
                notes.append([start.group("marker").translate(_SUPERSCRIPT_VALUE), start.group("text")])
            else:
                notes[-1][1] += " " + line.strip()
    return body, [Footnote(marker, text.strip()) for marker, text in notes]


def _rejoin_page_breaks(paragraphs: list[list[str]]) -> list[list[str]]:
    """Join a paragraph cut by a page break: it ends mid-sentence and the next starts in lower case."""
    joined: list[list[str]] = []
    for para in paragraphs:
        if joined and _cut_between(joined[-1][-1], para[0]):
            joined[-1][-1] = joined[-1][-1].rstrip() + " " + para[0].lstrip()
            joined[-1].extend(para[1:])
        else:
            joined.append(list(para))
    return joined


def _cut_between(before: str, after: str) -> bool:
    if _ENDS_SENTENCE.search(before.rstrip("*_ ")) or _STARTS_POINT.match(after):
        return False
    first_letter = next((c for c in after if c.isalpha()), "")
    return first_letter.islower()


def _escape_block(lines: list[str]) -> str:
    escaped = []
    for line in lines:
        line = escape_markdown(line, keep_emphasis=True)
        line = _BLOCK_START.sub(_escape_block_start, line)
        escaped.append(line)
    return "\n".join(escaped)


def _escape_block_start(match: re.Match) -> str:
    if match.group(2):  # "1. Nêu cao …" stays "1." instead of becoming a renumbered list
        return f"{match.group(1)}{match.group(2)}\\{match.group(3)}{match.group(4)}"
    if match.group(6):
        return f"{match.group(5)}\\{match.group(6)}"
    return f"{match.group(7)}\\{match.group(8)}"


def _link_markers(text: str, markers: set[str]) -> tuple[str, list[str]]:
    unknown: list[str] = []

    def replace(match: re.Match) -> str:
        marker = match.group(0).translate(_SUPERSCRIPT_VALUE)
        if marker in markers:
            return f"[^{marker}]"
        unknown.append(match.group(0))
        return match.group(0)

    return p.FOOTNOTE_MARKER.sub(replace, text), unknown
