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
from build_tools.parse.layout import Line, Warned

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
    warnings: tuple[Warned, ...]


def build_body(lines: list[Line]) -> Body:
    paragraphs, notes = _split_footnotes(_paragraphs(lines))
    markers = {note.marker for note in notes}
    warnings = _unknown_markers(paragraphs, markers)
    joined = _rejoin_page_breaks([[_text(line) for line in paragraph] for paragraph in paragraphs])
    markdown = "\n\n".join(_link_markers(_escape_block(paragraph), markers)[0] for paragraph in joined)
    notes_start = len(markdown)
    if notes:
        definitions = [
            f"[^{n.marker}]: {_link_markers(escape_markdown(n.text, keep_emphasis=True), markers)[0]}" for n in notes
        ]
        markdown += "\n\n" + "\n\n".join(definitions)
        notes_start += 2
    return Body(markdown + "\n", tuple(notes), notes_start, tuple(warnings))


def _text(line: Line) -> str:
    return line.raw.rstrip()


def _paragraphs(lines: list[Line]) -> list[list[Line]]:
    paragraphs: list[list[Line]] = [[]]
    for line in lines:
        if line.raw.strip():
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return [para for para in paragraphs if para]


def _split_footnotes(paragraphs: list[list[Line]]) -> tuple[list[list[Line]], list[Footnote]]:
    """The footnotes' paragraphs out of the body; a note's line a blank line parted from it (a browser's print)
    goes on with it, unless the text above the note waits for its own line (a page break's footnotes between)."""
    body, notes, after_note = [], [], False
    for para in paragraphs:
        if len(para) > 1 and p.RULE_LINE.match(_text(para[0])) and p.FOOTNOTE_TEXT.match(_text(para[1])):
            body.append(para[:1])  # the rule line over the notes, no blank line between (an attached text's notes)
            para = para[1:]
        first = p.FOOTNOTE_TEXT.match(_text(para[0]))
        text_waits = bool(body) and _cut_between(_text(body[-1][-1]), _text(para[0]))
        after_note = bool(first) or after_note and not text_waits and _cut_between(notes[-1][1], _text(para[0]))
        if not after_note:
            body.append(para)
            continue
        for line in para:
            start = p.FOOTNOTE_TEXT.match(_text(line))
            if start:
                notes.append([start.group("marker").translate(_SUPERSCRIPT_VALUE), start.group("text")])
            else:
                notes[-1][1] += " " + line.raw.strip()
    return body, [Footnote(marker, text.strip()) for marker, text in notes]


def _unknown_markers(paragraphs: list[list[Line]], markers: set[str]) -> tuple[Warned, ...]:
    """A warning for each footnote marker of the text that no footnote answers, at the marker."""
    return tuple((f"footnotes: marker {m[0]} has no footnote text", (line.index, m.start()))
                 for paragraph in paragraphs for line in paragraph for m in p.FOOTNOTE_MARKER.finditer(line.raw)
                 if m[0].translate(_SUPERSCRIPT_VALUE) not in markers)


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
