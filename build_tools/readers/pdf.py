"""Reader for PDF letters (.pdf): the text layer (lớp văn bản) laid out again as the letter's text.

A PDF knows where each glyph stands, not which glyphs make a line or a paragraph. This module
rebuilds them: words → rows (dòng) → the two columns of the header and of the closing (cơ quan ban
hành | quốc hiệu; nơi nhận | chữ ký), each column emitted whole, left then right; page numbers
(số trang) and running headers and footers dropped; the lines of a paragraph (đoạn) joined with a
space, paragraphs separated by a blank line; footnotes (chú thích) kept as "¹ text" blocks. OCR
(scan.py) gives words with boxes too, and is laid out by the same code. Pages without a text layer
(a scan saved as PDF) are read by OCR.

pypdfium2 (PDFium) reads the text layer: per-glyph boxes, baselines and font sizes, in a few
milliseconds a page, with no program to install.
"""

from __future__ import annotations

import ctypes
import hashlib
import re
import statistics
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import NamedTuple

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from build_tools.model import LineOrigins, Origin, SourceText, Start
from build_tools.readers import UnreadableLetter, register
from build_tools.readers.repair import repaired_text
from build_tools.text import is_upper_text, nfc

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A page number alone on the first or last row of a page: "2", "- 2 -", "Trang 2", "2/5".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.IGNORECASE)
# A document number cut at the end of a row: "3019/QĐ-" / "UBND", "1961/" / "QĐ-UBND", "1961/QĐ" / "-UBND".
_NUMBER_HEAD = re.compile(r"\d{1,6}[a-zđ]?(?:/\d{4})?(?:[/-][^\W_]+)*[/-]?$")


@dataclass(frozen=True)
class Word:
    """A word on a page and its box; y grows downwards from the top of the page."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float  # font size (cỡ chữ): the glyphs' box height, or the OCR line's


@dataclass
class Row:
    """The words on one baseline, left to right."""

    words: list[Word]
    superscripts: frozenset[int]  # indexes of footnote markers (raised, small digits)
    origin: Origin | None = None  # its page and line there, once the page furniture is dropped

    @cached_property
    def size(self) -> float:
        return statistics.median(w.size for i, w in enumerate(self.words) if i not in self.superscripts)

    @cached_property
    def baseline(self) -> float:
        return statistics.median(w.baseline for i, w in enumerate(self.words) if i not in self.superscripts)

    @property
    def x0(self) -> float:
        return self.words[0].x0

    @property
    def x1(self) -> float:
        return self.words[-1].x1

    @cached_property
    def text(self) -> str:
        return _words_text(self, range(len(self.words)))

    @cached_property
    def segments(self) -> list[range]:
        """Runs of words with no wide gap between them: a row of a two-column header has two.

        A gap between columns is wider than an em and than the row's word spaces, which justified
        text stretches alike along the row.
        """
        gaps = [self.words[i].x0 - self.words[i - 1].x1 for i in range(1, len(self.words))]
        usual = statistics.median(gaps) if len(gaps) > 2 else 0.3 * self.size
        cuts = [i + 1 for i, gap in enumerate(gaps) if gap > max(1.2 * self.size, 3 * usual)]
        edges = [0, *cuts, len(self.words)]
        return [range(a, b) for a, b in zip(edges, edges[1:], strict=False)]

    @property
    def starts_note(self) -> bool:
        """A footnote's first row starts with its raised marker."""
        return 0 in self.superscripts


def _words_text(row: Row, indexes: Iterable[int]) -> str:
    out = ""
    previous = None
    for i in indexes:
        word = row.words[i]
        text = word.text.translate(SUPERSCRIPT) if i in row.superscripts else word.text
        if previous is not None and word.x0 - previous.x1 > 0.12 * row.size:
            out += " "
        out += text
        previous = word
    return out


# Lines of the text, each with where its rows start in it (a paragraph's rows make one line).
Lines = list[tuple[str, list[Start]]]
_BLANK: tuple[str, list[Start]] = ("", [(0, None)])


@dataclass
class Page:
    """The rows of one page, top to bottom."""

    rows: list[Row]
    height: float
    number: int  # the page's number in the file, from 1
    notes: list[Row] = field(default_factory=list)  # the footnotes at its foot


def rows_of(words: list[Word]) -> list[Row]:
    """Group words into rows by baseline (a raised marker stays in its row); each row left to right."""
    groups: list[list[Word]] = []
    for word in sorted(words, key=lambda w: w.baseline):
        group = groups[-1] if groups else []
        reach = 0.5 * max([word.size, *(w.size for w in group)])
        if group and abs(word.baseline - statistics.median(w.baseline for w in group)) <= reach:
            group.append(word)
        else:
            groups.append([word])
    ordered = [sorted(group, key=lambda w: w.x0) for group in groups]
    return [Row(group, _superscripts(group)) for group in ordered]


def _superscripts(words: list[Word]) -> frozenset[int]:
    """Digits smaller than the row's type and raised above its baseline: footnote markers ("ra¹.")."""
    size = sorted(w.size for w in words)[len(words) // 2]
    base = statistics.median(w.baseline for w in words if w.size >= 0.8 * size)
    return frozenset(i for i, w in enumerate(words)
                     if w.text.isdigit() and w.size < 0.8 * size and w.baseline < base - 0.15 * size)


# --- page furniture ---------------------------------------------------------------------------------

def drop_furniture(pages: list[Page]) -> None:
    """Remove page numbers and the running headers and footers repeated on the first or last row."""
    edges = Counter(_furniture_key(row) for page in pages for row in _edge_rows(page))
    repeated = {key for key, count in edges.items() if count >= 2 and count * 2 >= len(pages)}
    for page in pages:
        for row in _edge_rows(page):
            if _PAGE_NUMBER.match(row.text) or _furniture_key(row) in repeated:
                page.rows.remove(row)


def _edge_rows(page: Page) -> list[Row]:
    """The first and last rows, when they stand in the page's top or bottom eighth (its margins)."""
    if not page.rows:
        return []
    edges = {id(row): row for row in (page.rows[0], page.rows[-1])}
    return [row for row in edges.values() if row.baseline < page.height / 8 or row.baseline > page.height * 7 / 8]


def _furniture_key(row: Row) -> str:
    return re.sub(r"\d+", "#", row.text.lower())


def split_notes(page: Page, body_size: float) -> None:
    """Move the footnotes at the foot of a page (smaller type, starting with a marker) to page.notes."""
    start = len(page.rows)
    while start > 0 and page.rows[start - 1].size < 0.9 * body_size:
        start -= 1
    while start < len(page.rows) and _note_marker(page.rows[start]) is None:
        start += 1
    page.notes, page.rows = page.rows[start:], page.rows[:start]


def _note_marker(row: Row) -> int | None:
    """The number of the footnote a row opens: its raised marker, or (from OCR) the digits it starts with."""
    if row.starts_note:
        return int(row.words[0].text)
    digits = re.match(r"(\d{1,2})\s", row.text)
    return int(digits[1]) if digits else None


# --- two columns: the header and the closing ------------------------------------------------------

@dataclass
class Band:
    """Rows laid out in two columns; `split` is an x between them that no word crosses."""

    rows: list[Row]
    split: float

    def lines(self) -> Lines:
        """The left column's lines, a blank line, the right column's: each column read whole.
        Each line with its row's origin: the two halves of a row share its line number."""
        out: Lines = []
        for side in ("left", "right"):
            previous = None
            for row in self.rows:
                indexes = [i for i in range(len(row.words)) if (row.words[i].x1 <= self.split) == (side == "left")]
                if not indexes:
                    continue
                if previous is not None and row.baseline - previous.baseline > 1.8 * row.size:
                    out.append(_BLANK)  # a gap inside the column: "Số: …" below the issuer's rule
                out.append((_words_text(row, indexes), [(0, row.origin)]))
                previous = row
            out.append(_BLANK)
        return out[:-1]


def band_at(rows: list[Row], start: int) -> Band | None:
    """The two-column band opening at rows[start]: a row with a wide gap, then the rows below that
    keep to one side of that gap (closely set, or themselves two-column); None when there is none."""
    segments = rows[start].segments
    if len(segments) < 2:
        return None
    gaps = [(rows[start].words[s.start].x0 - rows[start].words[s.start - 1].x1, s.start) for s in segments[1:]]
    cut = max(gaps)[1]
    lo, hi = rows[start].words[cut - 1].x1, rows[start].words[cut].x0
    end = start + 1
    while end < len(rows):
        row, above = rows[end], rows[end - 1]
        two_columns = len(row.segments) > 1
        if row.baseline - above.baseline > (4.0 if two_columns else 1.8) * max(row.size, above.size):
            break
        narrowed = _narrow(lo, hi, row)
        if narrowed is None:
            break
        lo, hi = narrowed
        end += 1
    return Band(rows[start:end], (lo + hi) / 2) if end - start >= 2 else None


def _narrow(lo: float, hi: float, row: Row) -> tuple[float, float] | None:
    """The gap [lo, hi] left once the row's segments keep clear of it; None if a segment spans it."""
    for segment in row.segments:
        x0, x1 = row.words[segment.start].x0, row.words[segment.stop - 1].x1
        if x1 <= lo or x0 >= hi:
            continue
        if x0 <= lo and x1 >= hi:
            return None
        if x0 <= lo or (x0 > lo and x1 < hi and x0 - lo < hi - x1):
            lo = x1  # the segment belongs to the left column
        else:
            hi = x0
    return (lo, hi) if hi - lo >= 0.5 * row.size else None


# --- paragraphs -------------------------------------------------------------------------------------

@dataclass
class Measure:
    """The body's measure: its left and right edges and the usual distance between baselines."""

    left: float
    right: float
    pitches: dict[int, float]  # rounded font size → usual baseline distance inside a paragraph
    body_size: float

    def pitch(self, size: float) -> float:
        near = [key for key in self.pitches if abs(key - size) <= 0.1 * size]
        return self.pitches[min(near, key=lambda key: abs(key - size))] if near else 1.2 * size


def measure(pages: list[Page]) -> Measure:
    """The letter's measure: the commonest left and right edges of its rows (justified text ends
    flush), its commonest size, the usual baseline distance for each size."""
    rows = [row for page in pages for row in page.rows]
    if not rows:
        return Measure(0, 0, {}, 0)
    sizes = Counter(round(row.size, 1) for row in rows for _ in row.words)
    body_size = sizes.most_common(1)[0][0]
    left = Counter(round(row.x0) for row in rows).most_common(1)[0][0]
    right = Counter(round(row.x1) for row in rows if len(row.words) > 3).most_common(1)
    distances: dict[int, list[float]] = {}
    for page in pages:
        for above, row in zip(page.rows, page.rows[1:], strict=False):
            pitch = row.baseline - above.baseline
            if abs(row.size - above.size) < 0.1 * row.size and 0 < pitch < 1.8 * row.size:
                distances.setdefault(round(row.size), []).append(pitch)
    pitches = {size: statistics.median(values) for size, values in distances.items()}
    return Measure(left, right[0][0] if right else max(row.x1 for row in rows), pitches, body_size)


def _centred(row: Row, m: Measure) -> bool:
    before, after = row.x0 - m.left, m.right - row.x1
    return before > 2 * row.size and after > 2 * row.size and abs(before - after) < 1.5 * row.size


def continues(above: Row, row: Row, m: Measure, same_page: bool = True) -> bool:
    """Whether `row` goes on with the paragraph whose last row is `above`."""
    size = above.size
    if abs(row.size - size) > 0.1 * size or row.starts_note or _centred(row, m) or _centred(above, m):
        return False
    if same_page and row.baseline - above.baseline > m.pitch(size) + 0.15 * size:
        return False  # space between paragraphs
    if row.x0 > above.x0 + 0.8 * size and row.x0 > m.left + 0.8 * size:
        return False  # the first line of a paragraph is indented
    # The row's first word would have fitted on the row above: that one ended its paragraph.
    return m.right - above.x1 <= (row.words[0].x1 - row.words[0].x0) + 0.3 * size


def join_rows(text: str, row: str) -> str:
    """Join the next row of a paragraph: a space, unless a number or a hyphenated word was cut."""
    if re.search(r"[^\W_][-/]$", text) or (row.startswith("-") and _NUMBER_HEAD.search(text)
                                           and re.match(r"-[^\W_]", row)):
        return text + row
    return f"{text} {row}"


class Composer:
    """Collects the text: paragraphs, two-column bands as lines, footnotes after the paragraph in
    progress at the foot of their page (so a sentence cut by the page break is joined again)."""

    def __init__(self, m: Measure):
        self.m = m
        self.blocks: list[Lines] = []
        self.paragraph: Lines | None = None
        self.last: Row | None = None
        self.pending_notes: Lines = []
        self.last_marker = 0  # footnotes are numbered on through the letter

    def row(self, row: Row, same_page: bool) -> None:
        if self.paragraph is not None and self.last and continues(self.last, row, self.m, same_page):
            self.paragraph[-1] = _joined(self.paragraph[-1], row)
        elif self.paragraph is not None and self.last and same_page and _same_title(self.last, row, self.m):
            self.paragraph.append((row.text, [(0, row.origin)]))  # a centred title keeps its lines
        else:
            self.flush()
            self.paragraph = [(row.text, [(0, row.origin)])]
        self.last = row

    def band(self, band: Band) -> None:
        self.flush()
        self.blocks.append(band.lines())

    def notes(self, rows: list[Row]) -> None:
        """A page's footnotes: a new one at each marker numbered on from the last (or atop the page)."""
        for k, row in enumerate(rows):
            marker = _note_marker(row)
            if k == 0 or (marker is not None and marker == self.last_marker + 1):
                self.last_marker = marker or self.last_marker + 1
                # OCR reads a raised marker as a plain digit: at the foot of the page it is still one.
                digits = re.match(r"\d+", row.text)
                text = digits[0].translate(SUPERSCRIPT) + row.text[digits.end():] if digits else row.text
                self.pending_notes.append((text, [(0, row.origin)]))
            else:
                self.pending_notes[-1] = _joined(self.pending_notes[-1], row)

    def flush(self) -> None:
        if self.paragraph is not None:
            self.blocks.append(self.paragraph)
        self.blocks += [[note] for note in self.pending_notes]
        self.paragraph, self.last, self.pending_notes = None, None, []

    def text(self) -> tuple[str, LineOrigins]:
        """The blocks separated by blank lines, and the origin of each line."""
        self.flush()
        lines: Lines = []
        for block in self.blocks:
            lines += [_BLANK] * bool(lines) + block
        lines.append(_BLANK)  # the text ends with a line break
        return "\n".join(text for text, _ in lines), LineOrigins.of_lines(starts for _, starts in lines)


def _joined(line: tuple[str, list[Start]], row: Row) -> tuple[str, list[Start]]:
    """A line with the next row of its paragraph joined, and where that row starts in it."""
    text = join_rows(line[0], row.text)
    return text, [*line[1], (len(text) - len(row.text), row.origin)]


def _same_title(above: Row, row: Row, m: Measure) -> bool:
    """Two close centred rows of the same case: one title or subject ("THÔNG BÁO" stands alone)."""
    close = row.baseline - above.baseline < 1.8 * row.size
    return close and _centred(above, m) and _centred(row, m) and is_upper_text(above.text) == is_upper_text(row.text)


def lay_out(pages: list[Page]) -> tuple[str, LineOrigins]:
    """The text of a letter from the rows of its pages (text layer or OCR alike), and where each of its
    lines stands: the page, and the line on it counted without page numbers and running headers."""
    drop_furniture(pages)
    for page in pages:
        for number, row in enumerate(page.rows, 1):
            row.origin = Origin(page=page.number, line=number)
    m = measure(pages)
    for page in pages:
        split_notes(page, m.body_size)
    composer = Composer(m)
    for page in pages:
        i = 0
        while i < len(page.rows):
            band = band_at(page.rows, i)
            if band:
                composer.band(band)
                i += len(band.rows)
            else:
                composer.row(page.rows[i], same_page=i > 0)
                i += 1
        composer.notes(page.notes)
    return composer.text()


# --- the text layer ---------------------------------------------------------------------------------

class Glyph(NamedTuple):
    char: str
    x0: float
    x1: float
    baseline: float
    size: float


def _glyph(textpage: pdfium.PdfTextPage, i: int, height: float) -> Glyph | None:
    """A drawn glyph; None for a space, or a space or line break that PDFium inferred."""
    char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
    if char == "\x02":
        char = "-"  # PDFium's mark for a hyphen at the end of a line
    if pdfium_c.FPDFText_IsGenerated(textpage, i) or char.isspace() or not char.isprintable():
        return None
    left, bottom, right, top = textpage.get_charbox(i, loose=True)
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
    return Glyph(char, left, right, height - y.value, top - bottom)


def page_words(page: pdfium.PdfPage) -> list[Word]:
    """The words of a page's text layer: glyphs up to a space, a jump, or a change of size or baseline."""
    height = page.get_height()
    textpage = page.get_textpage()
    words: list[Word] = []
    chars: list[Glyph] = []
    for i in range(textpage.count_chars()):
        glyph = _glyph(textpage, i, height)
        if chars and (glyph is None or _breaks(chars[-1], glyph)):
            words.append(_word(chars))
            chars = []
        if glyph is not None:
            chars.append(glyph)
    if chars:
        words.append(_word(chars))
    textpage.close()
    return words


def _breaks(previous: Glyph, glyph: Glyph) -> bool:
    """A new word: PDFium inferred no space, but the glyph jumps, or changes size or baseline (a marker)."""
    big = max(previous.size, glyph.size)
    return (abs(glyph.size - previous.size) > 0.2 * big or abs(glyph.baseline - previous.baseline) > 0.15 * big
            or not previous.x1 - 0.5 * big <= glyph.x0 <= previous.x1 + 0.3 * big)


def _word(glyphs: list[Glyph]) -> Word:
    # NFC here, word by word: the columns of the rows in the joined text are then those of the final text.
    return Word(nfc("".join(g.char for g in glyphs)), glyphs[0].x0, max(g.x1 for g in glyphs),
                statistics.median(g.baseline for g in glyphs), statistics.median(g.size for g in glyphs))


def _open(data: bytes) -> pdfium.PdfDocument:
    if not data.startswith(b"%PDF-"):
        raise UnreadableLetter("not a PDF (it does not start with %PDF-)")
    if b"%%EOF" not in data[-2048:]:
        raise UnreadableLetter("truncated PDF: the file ends before its end-of-file marker (%%EOF)")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as error:
        if error.err_code == pdfium_c.FPDF_ERR_PASSWORD:
            raise UnreadableLetter("encrypted PDF: it opens only with a password") from error
        raise UnreadableLetter(f"damaged PDF: {error}") from error


@register(".pdf")
def read_pdf(path: Path) -> SourceText:
    from build_tools.readers import scan  # scan.py imports this module's layout

    data = path.read_bytes()
    document = _open(data)
    digest = hashlib.sha256(data).digest()
    pages: list[Page] = []
    scanned = 0
    try:
        for index, page in enumerate(document):
            words = page_words(page)
            if sum(len(w.text) for w in words) < 20:  # no text layer: a scanned page
                words = scan.ocr_pdf_page(page, digest + f" page {index}".encode())
                scanned += 1
            pages.append(Page(rows_of(words) if words else [], page.get_height(), index + 1))
    finally:
        document.close()
    text, origins = lay_out(pages)
    text, origins, repairs = repaired_text(text, origins)
    if not any(c.isalpha() for c in text):
        raise UnreadableLetter("no text in the PDF: no text layer, and OCR found none")
    if scanned:
        form = "ocr" if scanned == len(pages) else "pdf"
        return SourceText(str(path), text, "ocr", form, (scan.OCR_NOTE,), origins, repairs)
    return SourceText(str(path), text, "pdf-text", "pdf", (), origins, repairs)
