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

from dataclasses import dataclass, field, fields
from typing import Any


@dataclass(frozen=True)
class SourceText:
    """A letter file read into NFC text (stage: read)."""

    path: str  # the file, as given on the command line or relative to the corpus
    text: str
    encoding: str  # what the bytes were decoded from: "utf-8", "utf-16", "TCVN3", …
    format: str  # the reader that read it: "text", "docx", "pdf", "ocr"
    notes: tuple[str, ...] = ()  # what the page and the report should say of the reading ("converted from VNI")


@dataclass(frozen=True)
class ReadFailure:
    """A file no reader could turn into text, with the reason (listed in the build report)."""

    path: str
    reason: str


@dataclass(frozen=True)
class Footnote:
    marker: str  # "1" for "¹"
    text: str


@dataclass(frozen=True)
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
    warnings: tuple[str, ...]
    body: str = field(repr=False)  # the letter's text as Markdown, footnotes as [^n]
    corrected: tuple[str, ...] = ()  # fields set by a clerk's sidecar file

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    def fields_json(self) -> dict[str, Any]:
        """The public fields as plain JSON values (what `parse --json` prints)."""
        out: dict[str, Any] = {}
        for f in fields(self):
            if f.name == "body":
                continue
            value = getattr(self, f.name)
            if f.name == "footnotes":
                value = {note.marker: note.text for note in value}
            elif isinstance(value, tuple):
                value = list(value)
            out[f.name] = value
        return out


@dataclass(frozen=True)
class Mention:
    """One place a letter cites a document (stage: cite)."""

    start: int  # span in the letter's Markdown body
    end: int
    text: str  # the wording as written ("Quyết định số 12689/QĐ-UBND")
    in_footnote: bool
    date: str | None  # the date as this mention gives it
    sentence: str  # the sentence around it, for the cited document's page


@dataclass(frozen=True)
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
            "dates_disagree": list(self.dates_disagree),
        }


@dataclass(frozen=True)
class ProcessedLetter:
    """A letter through read, parse, correct and cite: what the site and the indexes are built from."""

    letter: Letter
    citations: tuple[Citation, ...]
    encoding: str
    format: str
    problems: tuple[str, ...] = ()  # problems in the clerk's sidecar file
    notes: tuple[str, ...] = ()  # how the file was read: "đã chuyển sang Unicode từ bảng mã TCVN3"
