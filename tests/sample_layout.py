"""The sample letters cut into the parts a printed or Word letter places differently.

The Word and PDF tests write each sample in corpus/ again as its office would (header in two columns,
footnotes at the foot, the signature beside the copies); this is what they both start from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from build_tools import patterns as p
from build_tools.parse.closing import find_closing_start
from build_tools.parse.header import parse_header
from build_tools.parse.layout import split_lines
from build_tools.text import fold, is_upper_text
from conftest import CORPUS

SAMPLES = sorted(CORPUS.glob("*.txt"))
FIELDS = ("number", "date", "issuer", "type", "subject", "signer")
SUPERSCRIPTS = dict(zip(p.SUPERSCRIPT_DIGITS, "0123456789", strict=True))
# A paragraph that starts a point of its own: "a) …", "(ii) …", "- …", "1. …".
STARTS_POINT = re.compile(r"^\W*(?:[a-zđ]\)|\(?[ivx]+\)|[-–+•]\s|\d+[.)])")


@dataclass
class Layout:
    issuer: list[str] = field(default_factory=list)
    motto: list[str] = field(default_factory=list)
    number: list[str] = field(default_factory=list)
    subject: list[str] = field(default_factory=list)  # "V/v …" under the number
    place_date: list[str] = field(default_factory=list)
    title: list[str] = field(default_factory=list)  # "THÔNG BÁO" and the subject under it
    recipients: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)  # with their ** and * and footnote markers
    notes: dict[str, str] = field(default_factory=dict)  # marker digits → footnote text
    cc: list[str] = field(default_factory=list)
    signature: list[str] = field(default_factory=list)  # with the blank lines left for the signature


def plain(line: str) -> str:
    """A line without its Markdown emphasis and hard breaks: the writer formats the part itself."""
    return re.sub(r"[*_]+", "", line).rstrip(" \\").strip()


def letter_layout(sample: Path, without_notes: tuple[str, ...] = ()) -> Layout:
    """The sample's parts; the footnotes `without_notes` names are left out, their markers kept in the text."""
    lines = split_lines(sample.read_text(encoding="utf-8"))
    body_start = parse_header(lines, lost_hyphens=False).body_start
    closing_start = find_closing_start(lines, body_start)
    layout = Layout()
    _header_parts(layout, [plain(line.raw) for line in lines[:body_start]])
    _body_parts(layout, [line.raw.strip() for line in lines[body_start:closing_start]])
    for line in (plain(line.raw) for line in lines[closing_start:]):
        continues_cc = line and layout.cc and not layout.cc[-1].endswith(";") and line[:1].islower()
        if p.CC_HEAD.match(line) or p.LIST_ITEM.match(line) or continues_cc:
            layout.cc.append(line)
        elif line or layout.signature:
            layout.signature.append(line)
    for marker in without_notes:
        del layout.notes[marker]
    return layout


def _header_parts(layout: Layout, lines: list[str]) -> None:
    part = None
    for line in lines:
        if not line:
            part = None if part in ("subject", "title") else part
        elif p.RECIPIENTS_HEAD.match(line) or part == "recipients":
            part = "recipients"
            layout.recipients.append(line)
        elif p.MOTTO_FOLDED.search(fold(line)):
            layout.motto.append(line)
        elif re.match(r"Số\s*:", line):
            layout.number.append(line)
        elif p.PLACE_DATE.match(line):
            layout.place_date.append(line)
        elif p.SUBJECT_PREFIX.match(line) or part == "subject":
            part = "subject"
            layout.subject.append(line)
        elif p.TITLE_LINE.match(line) and is_upper_text(line) or part == "title" or layout.title:
            part = "title"  # the title, and the subject under it: "Kết luận của Chủ tịch …"
            layout.title.append(line)
        else:
            layout.issuer.append(line)


def _body_parts(layout: Layout, lines: list[str]) -> None:
    """Paragraphs as the author typed them: footnotes taken out, halves cut by a page break joined."""
    paragraphs: list[str] = []
    for block in "\n".join(lines).split("\n\n"):
        block_lines = [line for line in block.split("\n") if line]
        if not block_lines:
            continue
        if block_lines[0][0] in SUPERSCRIPTS:
            marker, note = " ".join(block_lines).split(" ", 1)
            layout.notes["".join(SUPERSCRIPTS[c] for c in marker)] = note
            continue
        for i, line in enumerate(block_lines):
            joins = paragraphs and not p.LIST_ITEM.match(line) and (i > 0 or _cut(paragraphs[-1], line))
            if joins:
                paragraphs[-1] += " " + line
            else:
                paragraphs.append(line)
    layout.paragraphs = paragraphs


def _cut(before: str, after: str) -> bool:
    """A paragraph cut by a page break: it ends mid-sentence and the next part, no point of its own
    ("a) …", "(ii) …"), starts in lower case."""
    return not STARTS_POINT.match(after) and not re.search(r"[.:;!?…]\W*$", before) and after.lstrip("*_")[:1].islower()
