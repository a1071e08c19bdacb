"""Readers for Word letters (văn bản Word): .docx (Word 2007 and later) and .doc (Word 97–2003).

Both give the text in the layout the parser reads in the .txt samples: paragraphs (đoạn) separated
by blank lines, "- " items of a list on consecutive lines, table cells (ô) one after another, left
then right (the header's cơ quan ban hành | quốc hiệu, the closing's nơi nhận | chữ ký), bold and
italics as ** and *, and each footnote (chú thích) as a "¹ text" block after the paragraph that
cites it: a footnote after the signature would fall outside the body the parser reads.

.docx: python-docx opens the package (parts found through their relationships, XML parsed without
entities); the text is walked here, because no library gives it as written: python-docx has no
footnotes and no automatic numbers, docx2python 3.7 writes "1)" for a Word list shown as "1." and
numbers footnotes by their XML ids, Mammoth 1.13 turns lists into HTML lists, dropping "a)".
.doc: antiword (Debian package antiword, with its UTF-8 map for Vietnamese), which keeps
footnote markers and table cells; catdoc drops the markers and runs the cells of a row together.
"""

from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess
import zipfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from xml.etree import ElementTree

import docx
from docx.document import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml import parse_xml
from docx.parts.document import DocumentPart
from lxml import etree

from build_tools.model import LineOrigins, Origin, SourceText, Start
from build_tools.readers import UnreadableLetter, encodings, register
from build_tools.readers.plain import MAX_TEXT_BYTES
from build_tools.text import nfc

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC = "{http://schemas.openxmlformats.org/markup-compatibility/2006}"
# Footnote markers are written as private-use digits until the text is final: "¹²³" are Latin-1
# characters, which a pre-Unicode font's conversion (TCVN3 "¹" is "ạ") would turn into letters.
_MARKER_DIGITS = "".join(chr(0xE000 + d) for d in range(10))
_TO_MARKER = str.maketrans("0123456789", _MARKER_DIGITS)
_SUPERSCRIPT = str.maketrans(_MARKER_DIGITS, "⁰¹²³⁴⁵⁶⁷⁸⁹")
_ZIP, _OLE = b"PK\x03\x04", bytes.fromhex("d0cf11e0a1b11ae1")
# The stream an encrypted .docx keeps its key data in (MS-OFFCRYPTO): its name, as the OLE2 directory spells it.
_ENCRYPTION_INFO = "EncryptionInfo".encode("utf-16-le")
# A few MB of text unpack from a package many times larger only when it is a trap (a "zip bomb").
MAX_XML_BYTES = 100 * 1024 * 1024
_DASH_ITEM = re.compile(r"^[-–+•]\s")


def _signature(path: Path) -> str:
    """What the file is by its first bytes: "zip" (.docx), "ole" (.doc or an encrypted .docx), "rtf", "other"."""
    with path.open("rb") as file:
        head = file.read(8)
    if not head:
        raise UnreadableLetter("empty file")
    if head.startswith(_ZIP):
        return "zip"
    if head == _OLE:
        return "ole"
    return "rtf" if head.startswith(b"{\\rtf") else "other"


def _finish(path: Path, laid_out: tuple[str, LineOrigins], encoding: str, form: str,
            notes: tuple[str, ...] = ()) -> SourceText:
    """Checks common to both formats, then the pre-Unicode fonts (.VnTime is TCVN3) converted (line by line,
    so the origins still hold)."""
    text, origins = laid_out
    if len(text.encode("utf-8")) > MAX_TEXT_BYTES:
        raise UnreadableLetter(f"more than {MAX_TEXT_BYTES // 1024 // 1024} MB of text is not one letter: "
                               "split it into its letters")
    if not any(c.isalpha() for c in text):
        raise UnreadableLetter("no text in the document (a scan pasted into Word? OCR reads only PDFs and images)")
    legacy = encodings.legacy_encoding(text)
    if legacy:
        text, encoding = encodings.from_legacy(text, legacy), legacy
        notes += (f"đã chuyển sang Unicode từ bảng mã {encodings.NAMES[legacy]}",)
    return SourceText(str(path), nfc(text.translate(_SUPERSCRIPT)), encoding, form, notes, origins)


def _renamed(source: SourceText, real: str, suffix: str) -> SourceText:
    note = f"tệp {real} mang đuôi {suffix}"
    return dataclasses.replace(source, notes=(note, *source.notes))


@dataclass
class _Blocks:
    """The letter's text as blocks, each with its origin; footnotes wait until the block that cites them
    is done, and take its origin."""

    blocks: list[tuple[str, Origin | None]] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)
    notes: int = 0
    last_origin: Origin | None = None

    def note(self, text: str) -> str:
        """The marker of the next footnote (numbered on through the letter, as Word prints them)."""
        self.notes += 1
        marker = str(self.notes).translate(_TO_MARKER)
        if text.strip():
            self.pending.append(f"{marker} {' '.join(text.split())}")
        return marker

    def add(self, block: str, origin: Origin | None) -> None:
        lines = [line.strip() for line in block.strip().split("\n")]
        if any(lines):
            self.blocks.append(("\n".join(lines), origin))
            self.last_origin = origin

    def end_block(self) -> None:
        self.blocks += [(note, self.last_origin) for note in self.pending]
        self.pending = []

    def text(self) -> tuple[str, LineOrigins]:
        """The blocks, a blank line between them (none between items of a "- " list); each line's origin."""
        self.end_block()
        parts: list[str] = []
        origins: list[list[Start]] = []
        for i, (block, origin) in enumerate(self.blocks):
            if i:
                list_run = _DASH_ITEM.match(block) and _DASH_ITEM.match(self.blocks[i - 1][0])
                parts.append("\n" if list_run else "\n\n")
                origins += [] if list_run else [[(0, None)]]
            parts.append(block)
            origins += [[(0, origin)]] * (block.count("\n") + 1)
        return "".join(parts) + "\n", LineOrigins.of_lines([*origins, [(0, None)]])


# --- .docx ---------------------------------------------------------------------------------------------

@register(".docx")
def read_docx(path: Path) -> SourceText:
    kind = _signature(path)
    if kind == "ole":
        return _renamed(read_doc(path), "Word 97–2003 (.doc)", ".docx")
    if kind == "rtf":
        raise UnreadableLetter("an RTF file named .docx: open it in Word and save it as .docx")
    if kind != "zip":
        raise UnreadableLetter("not a Word file: a .docx is a ZIP package and this file is not one")
    document = _open_docx(path)
    try:
        laid_out = _DocxText(document).text()
    except Exception as error:  # XML against the schema (ilvl="x") must not stop the build: the file is reported
        raise UnreadableLetter(f"damaged Word document: {type(error).__name__}: {error}") from error
    encoding = (document.element.getroottree().docinfo.encoding or "utf-8").lower()
    return _finish(path, laid_out, encoding, "docx")


def _open_docx(path: Path) -> WordDocument:
    try:
        with zipfile.ZipFile(path) as package:
            names = package.namelist()
            xml_bytes = sum(i.file_size for i in package.infolist() if i.filename.endswith((".xml", ".rels")))
            mimetype = package.read("mimetype")[:80].decode("ascii", "replace") if "mimetype" in names else None
    except zipfile.BadZipFile as error:
        raise UnreadableLetter(f"damaged .docx: not a readable ZIP package ({error})") from error
    if mimetype:
        raise UnreadableLetter(f"an OpenDocument file ({mimetype}) named .docx, not a Word file")
    if "[Content_Types].xml" not in names:
        shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
        raise UnreadableLetter(f"a ZIP file that is not a Word document (it holds {shown or 'nothing'})")
    if xml_bytes > MAX_XML_BYTES:
        raise UnreadableLetter(f"its XML unpacks to {xml_bytes // 1024 // 1024} MB: not a letter")
    try:
        return docx.Document(str(path))
    except ValueError as error:  # another Office package: "content type is '…spreadsheetml…'"
        raise UnreadableLetter(f"not a Word document: {error}") from error
    except (KeyError, PackageNotFoundError, etree.XMLSyntaxError) as error:
        raise UnreadableLetter(f"damaged Word document: {error}") from error


class _DocxText:
    """Walks the document's XML in reading order: paragraphs, tables cell by cell, text boxes; and counts
    them as a person finds them again: non-empty paragraphs outside tables, tables, cells in a table."""

    def __init__(self, document: WordDocument):
        part = document.part
        self.out = _Blocks()
        self.numbering = _Numbering(part)
        self.notes = _notes(part)
        self.boxes: list[etree._Element] = []  # text boxes (khung văn bản) anchored in the paragraph being read
        self.body = document.element.body
        self.paragraphs = self.tables = 0
        self.cell: Origin | None = None  # the table cell being read

    def text(self) -> tuple[str, LineOrigins]:
        for child in self.body:  # footnotes cited in a table follow the whole table
            for block, origin in self.blocks([child]):
                self.out.add(block, origin)
            self.out.end_block()
        return self.out.text()

    def blocks(self, elements: Iterable[etree._Element]) -> Iterator[tuple[str, Origin | None]]:
        for child in elements:
            if child.tag == W + "p":
                text = self.paragraph(child)
                yield text, self.cell or self.counted(text)
                yield from self.box_blocks()
            elif child.tag == W + "tbl":
                yield from self.table(child)
            elif child.tag in (W + "sdt", W + "sdtContent", W + "customXml"):
                yield from self.blocks(child)

    def counted(self, paragraph: str) -> Origin | None:
        """The origin of a paragraph outside tables: its number among the non-empty ones."""
        if not paragraph:
            return None
        self.paragraphs += 1
        return Origin(paragraph=self.paragraphs)

    def table(self, table: etree._Element) -> Iterator[tuple[str, Origin | None]]:
        """Cell after cell, row by row: the left cell's lines, then the right cell's, as a person reads.
        A table inside a cell is part of that cell."""
        outer = self.cell
        self.tables += outer is None
        cells = 0
        for row in table.iterchildren(W + "tr"):
            for cell in row.iterchildren(W + "tc"):
                cells += 1
                merge = cell.find(f"{W}tcPr/{W}vMerge")
                if merge is not None and merge.get(W + "val", "continue") == "continue":
                    continue  # the lower part of a cell merged down: empty, its text is in the top part
                self.cell = outer or Origin(table=self.tables, cell=cells)
                yield "\n".join(text for text, _ in self.blocks(cell)), self.cell
        self.cell = outer

    def box_blocks(self) -> Iterator[tuple[str, Origin | None]]:
        boxes, self.boxes = self.boxes, []
        for box in boxes:
            yield from self.blocks(box)

    def paragraph(self, paragraph: etree._Element) -> str:
        text = _emphasised(list(self.segments(paragraph))).strip()
        label = self.numbering.label(paragraph)
        if not text or label is None:
            return text
        return f"- {text}" if label == "-" else f"{label} {text}"

    def segments(self, element: etree._Element) -> Iterator[tuple[str, bool, bool]]:
        """(text, bold, italic) of the runs as Word shows them: deleted and moved-away text left out."""
        for child in element:
            if child.tag == W + "r":
                yield from self.run(child)
            elif child.tag not in _NOT_SHOWN:
                yield from self.segments(child)  # hyperlinks, insertions, fields, content controls…

    def run(self, run: etree._Element) -> Iterator[tuple[str, bool, bool]]:
        if _switch(run, "vanish"):  # hidden text (chữ ẩn): not on the page, not printed
            return
        bold, italic = _switch(run, "b"), _switch(run, "i")
        for child in run:
            tag = child.tag
            if tag == W + "t":
                yield child.text or "", bold, italic
            elif tag in _RUN_CHARACTERS:
                yield _RUN_CHARACTERS[tag], bold, italic
            elif tag == W + "br" and child.get(W + "type") not in ("page", "column"):
                yield "\n", bold, italic
            elif tag in (W + "footnoteReference", W + "endnoteReference"):
                yield self.note(tag, child.get(W + "id")), False, False
            elif tag in (W + "drawing", W + "pict", MC + "AlternateContent"):
                self.boxes += _text_boxes(child)

    def note(self, tag: str, note_id: str | None) -> str:
        note = self.notes.get((tag, note_id))
        if note is None:
            return ""
        text = " ".join(self.paragraph(p) for p in note.iter(W + "p"))
        return self.out.note(text)


# What Word does not show of a paragraph: deleted and moved-away text, its properties. (A field's code,
# w:instrText, is no w:t: only the field's result is read.)
_NOT_SHOWN = {W + "del", W + "moveFrom", W + "pPr"}
_RUN_CHARACTERS = {W + "tab": "\t", W + "cr": "\n", W + "noBreakHyphen": "-", W + "softHyphen": ""}


def _switch(run: etree._Element, name: str) -> bool:
    """A run's own on/off property (w:b, w:i, w:vanish); "0", "false" and "none" turn it off."""
    element = run.find(f"{W}rPr/{W}{name}")
    return element is not None and element.get(W + "val", "true") not in ("0", "false", "none")


def _text_boxes(element: etree._Element) -> list[etree._Element]:
    """The text boxes in a drawing; of an mc:AlternateContent only its first choice, the fallback repeats it."""
    if element.tag == MC + "AlternateContent":
        element = next(iter(element), element)
    return list(element.iter(W + "txbxContent"))


def _notes(part: DocumentPart) -> dict[tuple[str, str | None], etree._Element]:
    """Footnotes and endnotes by (reference tag, id); the separators Word keeps among them are skipped."""
    found = {}
    for rel in part.rels.values():
        kind = {RT.FOOTNOTES: "footnote", RT.ENDNOTES: "endnote"}.get(rel.reltype)
        if kind is None or rel.is_external:
            continue
        for note in parse_xml(rel.target_part.blob).iterchildren(W + kind):
            if note.get(W + "type") in (None, "normal"):
                found[(W + kind + "Reference", note.get(W + "id"))] = note
    return found


def _emphasised(segments: list[tuple[str, bool, bool]]) -> str:
    """The runs' text with ** and * around bold and italic words (never inside a word, never across lines)."""
    merged: list[list] = []
    for text, bold, italic in segments:
        if merged and merged[-1][1:] == [bold, italic]:
            merged[-1][0] += text
        elif text:
            merged.append([text, bold, italic])
    out = []
    for i, (text, bold, italic) in enumerate(merged):
        mark = "*" * (2 * bold + italic)
        before = merged[i - 1][0][-1:] if i else ""
        after = merged[i + 1][0][:1] if i + 1 < len(merged) else ""
        inside_word = before.isalnum() and text[:1].isalnum() or after.isalnum() and text[-1:].isalnum()
        out.append(text if not mark or inside_word else "\n".join(_mark(line, mark) for line in text.split("\n")))
    return "".join(out)


def _mark(line: str, mark: str) -> str:
    core = line.strip()
    if not core:
        return line
    start = line.index(core)
    return f"{line[:start]}{mark}{core}{mark}{line[start + len(core):]}"


class _Numbering:
    """Word's automatic numbers (đánh số tự động) as printed: "1.", "a)", "II.", "1.2."; "-" for bullets.

    Numbers count per list definition (abstractNum), as in Word: two lists sharing one go on counting
    unless the second restarts (startOverride); a level restarts below a higher one.
    """

    def __init__(self, part: DocumentPart):
        self.levels: dict[str, dict[int, etree._Element]] = {}
        self.lists: dict[str, tuple[str, _Override]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.seen: set[str] = set()
        self.styles = _style_numbers(part)
        try:
            root = part.numbering_part.element
        except NotImplementedError:  # no numbering part: nothing is numbered
            return
        for abstract in root.iterchildren(W + "abstractNum"):
            self.levels[abstract.get(W + "abstractNumId")] = _levels(abstract.iterchildren(W + "lvl"))
        for num in root.iterchildren(W + "num"):
            abstract_id = num.find(W + "abstractNumId")
            if abstract_id is not None:
                self.lists[num.get(W + "numId")] = (abstract_id.get(W + "val"), _overrides(num))

    def label(self, paragraph: etree._Element) -> str | None:
        num_id, level = self._list_of(paragraph)
        if num_id not in self.lists:
            return None
        abstract_id, override = self.lists[num_id]
        levels = {**self.levels.get(abstract_id, {}), **override.levels}
        counters = self.counters.setdefault(abstract_id, {})
        if num_id not in self.seen:
            self.seen.add(num_id)
            counters.update({ilvl: start - 1 for ilvl, start in override.starts.items()})
        counters[level] = counters.get(level, _start(levels.get(level)) - 1) + 1
        for deeper in [ilvl for ilvl in counters if ilvl > level]:
            del counters[deeper]
        lvl = levels.get(level)
        if _value(lvl, "numFmt", "decimal") == "bullet":
            return "-"
        text = _value(lvl, "lvlText", f"%{level + 1}.")
        return re.sub(r"%([1-9])", lambda m: self._number(levels, counters, int(m[1]) - 1), text).strip() or None

    def _number(self, levels: dict[int, etree._Element], counters: dict[int, int], ilvl: int) -> str:
        value = counters.get(ilvl, _start(levels.get(ilvl)))
        return format_number(value, _value(levels.get(ilvl), "numFmt", "decimal"))

    def _list_of(self, paragraph: etree._Element) -> tuple[str | None, int]:
        """(numId, level) of a paragraph: its own w:numPr, else its style's (List Number, List Bullet…)."""
        style = paragraph.find(f"{W}pPr/{W}pStyle")
        num_id, level = self.styles.get(style.get(W + "val") if style is not None else None, (None, None))
        direct = paragraph.find(f"{W}pPr/{W}numPr")
        if direct is not None:
            num_id = _value(direct, "numId", num_id)
            level = _value(direct, "ilvl", level)
        return num_id, int(level or 0)


def _value(element: etree._Element | None, child: str, default: str | None) -> str | None:
    found = element.find(W + child) if element is not None else None
    return found.get(W + "val", default) if found is not None else default


def _start(level: etree._Element | None) -> int:
    return int(_value(level, "start", "1") or 1)


def _levels(lvls: Iterator[etree._Element]) -> dict[int, etree._Element]:
    return {int(lvl.get(W + "ilvl", "0")): lvl for lvl in lvls}


@dataclass
class _Override:
    """A list's own changes to the definition it shares, by level: a new start, or a whole new level."""

    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, etree._Element] = field(default_factory=dict)


def _overrides(num: etree._Element) -> _Override:
    found = _Override()
    for override in num.iterchildren(W + "lvlOverride"):
        ilvl = int(override.get(W + "ilvl", "0"))
        start, lvl = override.find(W + "startOverride"), override.find(W + "lvl")
        if start is not None:
            found.starts[ilvl] = int(start.get(W + "val", "1"))
        if lvl is not None:
            found.levels[ilvl] = lvl
    return found


def _style_numbers(part: DocumentPart) -> dict[str | None, tuple[str | None, str | None]]:
    """(numId, level) each paragraph style numbers with, through its basedOn chain; None is the default style."""
    own, based_on, default = {}, {}, None
    for style in part.styles.element.iterchildren(W + "style"):
        style_id = style.get(W + "styleId")
        num = style.find(f"{W}pPr/{W}numPr")
        if num is not None:
            own[style_id] = (_value(num, "numId", None), _value(num, "ilvl", None))
        based_on[style_id] = _value(style, "basedOn", None)
        if style.get(W + "type") == "paragraph" and style.get(W + "default") in ("1", "true"):
            default = style_id
    resolved = {}
    for style_id in based_on:
        chain, seen = style_id, set()
        while chain is not None and chain not in own and chain not in seen:
            seen.add(chain)
            chain = based_on.get(chain)
        if chain in own:
            resolved[style_id] = own[chain]
    resolved[None] = resolved.get(default, (None, None))
    return resolved


def format_number(value: int, number_format: str) -> str:
    """A list number in a Word number format: 3 → "3", "c", "C", "iii", "III", "03"."""
    if number_format in ("lowerLetter", "upperLetter"):
        letters = chr(ord("a") + (value - 1) % 26) * ((value - 1) // 26 + 1)  # Word: … z, aa, bb
        return letters.upper() if number_format == "upperLetter" else letters
    if number_format in ("lowerRoman", "upperRoman"):
        roman = _roman(value)
        return roman if number_format == "upperRoman" else roman.lower()
    if number_format == "decimalZero":
        return f"{value:02d}"
    return "" if number_format == "none" else str(value)


def _roman(value: int) -> str:
    out = ""
    for number, letters in ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
                            (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")):
        count, value = divmod(value, number)
        out += letters * count
    return out


# --- .doc ----------------------------------------------------------------------------------------------

ANTIWORD_INSTALL = "apt-get install antiword"
LOST_NUMBERS_NOTE = "số thứ tự tự động của danh sách (1., a)…) không đọc được từ tệp .doc"
# Characters XML 1.0 forbids, which a Word 97 file can hold (field marks, drawing anchors).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


@register(".doc")
def read_doc(path: Path) -> SourceText:
    kind = _signature(path)
    if kind == "zip":
        return _renamed(read_docx(path), "Word 2007+ (.docx)", ".doc")
    if kind == "rtf":
        raise UnreadableLetter("an RTF file named .doc: open it in Word and save it as .docx")
    if kind != "ole":
        raise UnreadableLetter("not a Word 97–2003 file (it does not start with the OLE2 signature)")
    if _ENCRYPTION_INFO in path.read_bytes():  # a .docx with a password is kept in an OLE2 file
        raise UnreadableLetter("encrypted Word file: it opens only with a password")
    docbook = _antiword(path, "-x", "db")
    notes = _antiword_notes(_antiword(path, "-w", "0")) if "<footnote>" in docbook else []
    out = _Blocks()
    lost_numbers = _DocBook(out, notes).read(docbook)
    return _finish(path, out.text(), "word-97", "doc", (LOST_NUMBERS_NOTE,) if lost_numbers else ())


def _antiword(path: Path, *options: str) -> str:
    """antiword's output in UTF-8; an absolute path, so that a name starting with "-" is no option."""
    if shutil.which("antiword") is None:
        raise UnreadableLetter(f"antiword is not installed ({ANTIWORD_INSTALL})")
    try:
        result = subprocess.run(["antiword", "-m", "UTF-8.txt", *options, str(path.resolve())],
                                capture_output=True, timeout=120)
    except subprocess.TimeoutExpired as error:
        raise UnreadableLetter("antiword took more than two minutes: a damaged file?") from error
    # Its first line says why ("This OLE file does not contain a Word document"); the rest is its own state.
    message = result.stderr.decode("utf-8", "replace").replace(str(path.resolve()), path.name).strip()
    if result.returncode != 0 or (message and not result.stdout.strip()):
        reason = message.splitlines()[0] if message else f"exit status {result.returncode}"
        raise UnreadableLetter(f"antiword cannot read it: {reason}")
    return result.stdout.decode("utf-8", "replace")


def _antiword_notes(plain: str) -> list[str]:
    """The footnotes' text, which antiword's DocBook leaves empty: its text output lists them at the
    end, after a rule, as "[1] text"."""
    rules = list(re.finditer(r"^-{20,}$", plain, re.MULTILINE))
    notes: list[str] = []
    for line in plain[rules[-1].end() if rules else len(plain):].split("\n"):
        start = re.match(r"\[(\d+)\]\s*(.*)", line)
        if start:
            notes.append(start.group(2))
        elif notes and line.strip():
            notes[-1] += " " + line.strip()
    return notes


@dataclass
class _DocBook:
    """antiword's DocBook as blocks: paragraphs, table cells (entry), list items, footnote markers; counted
    as in a .docx (non-empty paragraphs outside tables; tables, and cells in a table)."""

    out: _Blocks
    note_texts: list[str]
    lost_numbers: bool = False
    paragraphs: int = 0
    tables: int = 0

    def read(self, xml: str) -> bool:
        """Fill `out`; True when a numbered list lost its numbers (antiword keeps only that it was one)."""
        try:
            root = ElementTree.fromstring(_NOT_XML.sub("", xml))
        except ElementTree.ParseError as error:
            raise UnreadableLetter(f"antiword's output is not readable XML: {error}") from error
        for chapter in root.iter("chapter"):
            self.children(chapter, "")
        return self.lost_numbers

    def children(self, element: ElementTree.Element, prefix: str) -> None:
        for child in element:
            if child.tag in ("para", "title"):
                self.para(child, prefix)
            elif child.tag == "informaltable":
                self.tables += 1
                for cell, entry in enumerate(child.iter("entry"), 1):
                    self.out.add(self.inline(entry), Origin(table=self.tables, cell=cell))
                self.out.end_block()
            elif child.tag in ("orderedlist", "itemizedlist"):
                self.lost_numbers |= child.tag == "orderedlist"
                self.children(child, "- " if child.tag == "itemizedlist" else "")
            elif child.tag != "bookinfo":
                self.children(child, prefix)

    def para(self, para: ElementTree.Element, prefix: str) -> None:
        if para.find("informaltable") is not None:  # antiword wraps a table in a paragraph
            self.children(para, prefix)
            return
        text = self.inline(para).strip()
        if text:
            self.paragraphs += 1
            self.out.add(prefix + text, Origin(paragraph=self.paragraphs))
        self.out.end_block()

    def inline(self, element: ElementTree.Element) -> str:
        parts = [element.text or ""]
        for child in element:
            if child.tag == "footnote":
                index = self.out.notes
                parts.append(self.out.note(self.note_texts[index] if index < len(self.note_texts) else ""))
            elif child.tag == "emphasis":
                mark = "**" if child.get("role") == "bold" else "*"
                parts.append("\n".join(_mark(line, mark) for line in self.inline(child).split("\n")))
            else:
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)
