"""The data passed between the stages, as small frozen dataclasses.

Glossary (the Vietnamese terms of Nghị định 30/2020/NĐ-CP):
- letter — văn bản: any document in the archive (công văn, quyết định, thông báo, kế hoạch …)
- type — loại văn bản; number — số ký hiệu ("1198/UBND-TH"); date — ngày ban hành
- place — địa danh; issuer — cơ quan ban hành; parent_issuer — cơ quan chủ quản
- subject — trích yếu ("V/v …"); recipients — kính gửi; cc — nơi nhận
- signing_authority — thẩm quyền ký (TM., KT., Q., TL., TUQ.); signer_title — chức vụ; signer — họ tên
- citation — văn bản dẫn chiếu: a document a letter cites; mention — one place it is cited
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a line of a letter's text stands in the original file, as a person finds it there.

    Each part is counted from 1; 0 means the format has no such part. A PDF or a scan gives the page
    and the line on it (page numbers and running headers not counted); a .docx the paragraph (đoạn:
    the document's non-empty paragraphs outside tables) or the table and its cell (ô, left to right,
    row after row); a .doc the paragraph; a text file the line.
    """

    page: int = 0
    line: int = 0
    paragraph: int = 0
    table: int = 0
    cell: int = 0

    def __str__(self) -> str:
        """In Vietnamese, for people: "trang 2, dòng 14", "đoạn 12", "bảng 1, ô 2", "dòng 40"."""
        parts = (("trang", self.page), ("bảng", self.table), ("ô", self.cell), ("đoạn", self.paragraph),
                 ("dòng", self.line))
        return ", ".join(f"{name} {value}" for name, value in parts if value)


# Where the text from a column of a line on comes from: (column, origin). A line read from one place has
# one start, (0, origin); a paragraph a PDF reader joined from several rows has one for each row.
Start = tuple[int, Origin | None]
# A run: (line index, column, origin).
Run = tuple[int, int, Origin | None]


@dataclass(frozen=True, slots=True)
class LineOrigins:
    """Where each line of a text (and each part of a line joined from several rows) comes from.

    Kept as runs, since 100,000 letters are read and most are text files, whose lines are one run. A
    run starts at a line index and column; the lines after it, up to the next run, count on from its
    origin's line (lines of a text file, rows of a PDF page) or, when the origin has no line, share it
    (the lines of one Word paragraph).
    """

    runs: tuple[Run, ...] = ()

    @classmethod
    def of_lines(cls, lines: Iterable[Sequence[Start]]) -> LineOrigins:
        """The runs for the starts of each line ([(0, None)] for a line from nowhere: a blank between blocks)."""
        runs: list[Run] = []
        for index, starts in enumerate(lines):
            for column, origin in starts:
                if not runs or origin != _in_run(runs[-1], index):
                    runs.append((index, column, origin))
        return cls(tuple(runs))

    def of(self, index: int, column: int = 0) -> Origin | None:
        """The origin of the text at a line (0-based index) and column; None when the reader gave none."""
        run = bisect.bisect_right(self.runs, (index, column), key=lambda r: (r[0], r[1])) - 1
        return _in_run(self.runs[run], index) if run >= 0 else None

    def shifted(self, index: int, after: int, by: int) -> LineOrigins:
        """The runs once the text of a line past a column grew (or shrank) by some characters."""
        return LineOrigins(tuple((i, c + by if i == index and c > after else c, o) for i, c, o in self.runs))


def _in_run(run: Run, index: int) -> Origin | None:
    start, _, origin = run
    if origin is None or not origin.line or index == start:
        return origin
    return dataclasses.replace(origin, line=origin.line + index - start)


@dataclass(frozen=True, slots=True)
class Repair:
    """A document number or a word a reader repaired (repair.py: a lost hyphen, an OCR slip, a syllable a
    copy split), and where."""

    written: str  # "1961/QĐUBND", as the file gives it
    repaired: str  # "1961/QĐ-UBND"
    origin: Origin | None

    def __str__(self) -> str:
        place = f" ({self.origin})" if self.origin else ""
        # a number ("1961/QĐUBND"), or a word, a date or years a copy damaged ("20l9", "20162020")
        what = "số ký hiệu " if "/" in self.written and any(c.isupper() for c in self.written) else ""
        return f"đã sửa {what}“{self.written}” thành “{self.repaired}”{place}"


@dataclass(frozen=True, slots=True)
class SourceText:
    """A letter file read into NFC text (stage: read)."""

    path: str  # the file, as given on the command line or relative to the corpus
    text: str
    encoding: str  # what the bytes were decoded from: "utf-8", "utf-16", "TCVN3", …
    format: str  # the reader that read it: "text", "html", "docx", "pdf", "ocr"
    notes: tuple[str, ...] = ()  # what the page and the report should say of the reading ("converted from VNI")
    origins: LineOrigins = LineOrigins()  # where each line of `text` stands in the file
    repairs: tuple[Repair, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file no reader could turn into text, with the reason (listed in the build report)."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ParseWarning:
    """Something the parser could not read as it should, and the line of the original it is about."""

    message: str  # the parser's words, which `parse --json` prints: "date has a blank day (draft?)"
    origin: Origin | None = None


@dataclass(frozen=True, slots=True)
class Footnote:
    marker: str  # "1" for "¹"
    text: str


@dataclass(frozen=True, slots=True)
class FieldSource:
    """Where a field was read: a line of the letter's header or closing and the columns on it ("Số ký
    hiệu" at header line 6, columns 4–16), or the line of the clerk's sidecar that set it."""

    field: str  # "number", "date", "issuer" …
    part: str  # "header", "closing" or "sidecar"
    line: int  # in that part, from 0 (the sidecar's from 1, as an editor counts)
    start: int = 0
    end: int = 0
    where: str = ""  # its place in the original file, for a PDF or a scan: "trang 1, dòng 3"


# What the page shows of a letter but `parse --json` does not print.
_NOT_PRINTED = ("body", "header", "closing", "sources", "lost_hyphens")


@dataclass(frozen=True, slots=True)
class Letter:
    """What the parser extracts from one letter (stage: parse). Field names are the public ones."""

    source: str
    type: str | None
    number: str | None
    number_suffix: str | None
    date: str | None  # ISO "2024-04-26", or "2023-08" when the day is blank
    place: str | None
    issuer: str | None
    parent_issuer: str | None
    subject: str | None
    recipients: tuple[str, ...]
    cc: tuple[str, ...]
    signing_authority: str | None
    signer_title: str | None
    signer: str | None
    footnotes: tuple[Footnote, ...]
    warnings: tuple[ParseWarning, ...]
    body: str = field(repr=False)  # the letter's text as Markdown, footnotes as [^n]
    corrected: tuple[str, ...] = ()  # fields set by a clerk's sidecar file
    # The header's and the closing's lines as written (emphasis marks removed), which the page shows
    # around the text, and where each field was read in them (or in the sidecar, for a corrected one).
    header: tuple[str, ...] = field(default=(), repr=False)
    closing: tuple[str, ...] = field(default=(), repr=False)
    sources: tuple[FieldSource, ...] = field(default=(), repr=False)
    # The copy lost its numbers' hyphens ("1961/QĐUBND"), judged once on the whole text: the header and
    # the citations cut codes run together only then.
    lost_hyphens: bool = field(default=False, repr=False)

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def fields_json(self) -> dict[str, Any]:
        """The public fields as plain JSON values (what `parse --json` prints)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name in _NOT_PRINTED:
                continue
            value = getattr(self, f.name)
            if f.name == "footnotes":
                value = {note.marker: note.text for note in value}
            elif f.name == "warnings":  # the messages, and their places beside them in the same order
                out["warnings"] = [w.message for w in value]
                out["warning_places"] = [str(w.origin) if w.origin else None for w in value]
                continue
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


# What a letter does with a document it cites (cite/relations.py reads it), strongest first: a document a
# letter both mentions and replaces is one it replaces.
RELATIONS = ("replaces", "repeals", "amends", "basis", "proposal", "implements", "attached", "references")


@dataclass(frozen=True, slots=True)
class Mention:
    """One place a letter cites a document (stage: cite)."""

    start: int  # span in the letter's Markdown body (in its subject when `in_subject`)
    end: int
    text: str  # the wording as written ("Quyết định số 12689/QĐ-UBND")
    in_footnote: bool
    date: str | None  # the date as this mention gives it
    sentence: str  # the sentence around it, for the cited document's page
    in_subject: bool = False  # cited in the subject (trích yếu): "V/v triển khai Công văn số 100/UBND-VP"
    relation: str = "references"  # cite.relations: "basis" (căn cứ), "implements" (thực hiện), "replaces" …


@dataclass(frozen=True, slots=True)
class Citation:
    """A document a letter cites, with every mention of it in that letter."""

    type: str | None
    number: str
    date: str | None
    issuer_text: str | None  # as written: "UBND tỉnh"
    issuer: str | None  # as resolved: "Ủy ban nhân dân tỉnh Bình Định"
    subject: str | None
    mentions: tuple[Mention, ...]
    dates_disagree: tuple[str, ...] = ()  # other dates given in the same letter

    @property
    def relation(self) -> str:
        """The strongest relation its mentions make ("replaces" over "references")."""
        return min((m.relation for m in self.mentions), key=RELATIONS.index, default="references")

    @property
    def year(self) -> int | None:
        if self.date:
            return int(self.date[:4])
        parts = self.number.split("/")
        if len(parts) > 2 and parts[1].isdigit() and len(parts[1]) == 4:
            return int(parts[1])
        return None

    def to_json(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "number": self.number,
            "date": self.date,
            "issuer_text": self.issuer_text,
            "issuer": self.issuer,
            "subject": self.subject,
            "count": len(self.mentions),
            "spans": [[m.start, m.end] for m in self.mentions],
            "in_footnote": [m.in_footnote for m in self.mentions],
            "in_subject": [m.in_subject for m in self.mentions],
            "relation": self.relation,
            "relations": [m.relation for m in self.mentions],
            "dates_disagree": list(self.dates_disagree),
        }


@dataclass(frozen=True, slots=True)
class ProcessedLetter:
    """A letter through read, parse, correct and cite: what the site and the indexes are built from."""

    letter: Letter
    citations: tuple[Citation, ...]
    encoding: str
    format: str
    problems: tuple[str, ...] = ()  # problems in the clerk's sidecar file
    notes: tuple[str, ...] = ()  # how the file was read: "đã chuyển sang Unicode từ bảng mã TCVN3"
    repairs: tuple[Repair, ...] = ()  # document numbers the reader repaired
