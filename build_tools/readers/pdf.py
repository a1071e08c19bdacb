"""Reader for PDF letters (.pdf): the text layer (lớp văn bản) laid out again as the letter's text.

A PDF knows where each glyph stands, not which glyphs make a line or a paragraph. This module
rebuilds them: words → rows (dòng) → the two columns of the header and of the closing (cơ quan ban
hành | quốc hiệu; nơi nhận | chữ ký), each column emitted whole, left then right; page numbers
(số trang) and running headers and footers dropped; the lines of a paragraph (đoạn) joined with a
space, paragraphs separated by a blank line; footnotes (chú thích) kept as "¹ text" blocks. OCR
(scan.py) gives words with boxes too, and is laid out by the same code. Pages without a text layer
(a scan saved as PDF) are read by OCR.

What makes a paragraph is read from the letter's own measure: the distance between a paragraph's
lines and, where paragraphs are set apart by spacing (as Word and LibreOffice set them), between
paragraphs; first-line indents; and whether a line's next word would have fitted (ragged or
justified). The columns are borderless tables whose cells flow on their own, so their rows
interleave: a column is the rows on one side of a gutter no word enters, over a page break too.
Paragraphs set wholly in bold are marked "**…**", as the Word reader marks them.

pypdfium2 (PDFium) reads the text layer: per-glyph boxes, baselines and font sizes, in a few
milliseconds a page, with no program to install.
"""

from __future__ import annotations

import ctypes
import hashlib
import itertools
import math
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

from build_tools import patterns as p
from build_tools.model import LineOrigins, Origin, Repair, SourceText, Start
from build_tools.readers import UnreadableLetter, register
from build_tools.readers.accents import restored_where_stripped
from build_tools.readers.repair import mended_words, repaired_text
from build_tools.text import is_upper_text, nfc

SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# A page number alone on the first or last row of a page: "2", "- 2 -", "Trang 2", "2/5".
_PAGE_NUMBER = re.compile(r"^[-–—\s]*(?:trang\s*)?\d{1,3}(?:\s*/\s*\d{1,3})?[-–—\s]*$", re.IGNORECASE)
# A document number cut at the end of a row: "3019/QĐ-" / "UBND", "1961/" / "QĐ-UBND", "1961/QĐ" / "-UBND".
_NUMBER_HEAD = re.compile(p.NUMBER_FIGURES + r"(?:/\d{4})?(?:[/-][^\W_]+)*[/-]?$")
# A bold face by its name: "TimesNewRomanPS-BoldMT", "Arial,Bold", "DejaVuSerif-Bold", "Roboto-Black".
_BOLD_FONT = re.compile(r"bold|black|heavy|demi", re.IGNORECASE)
_FORCE_BOLD = 1 << 18  # the font descriptor's ForceBold flag


@dataclass(frozen=True)
class Word:
    """A word on a page and its box; y grows downwards from the top of the page."""

    text: str
    x0: float
    x1: float
    baseline: float
    size: float  # font size (cỡ chữ): the font's in a text layer, an estimate from the boxes in OCR
    bold: bool = False  # set in a bold face (a text layer says; OCR does not)


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

    @cached_property
    def x1(self) -> float:
        return max(w.x1 for w in self.words)

    @property
    def page(self) -> int:
        return self.origin.page if self.origin else 0

    @cached_property
    def text(self) -> str:
        return _words_text(self, range(len(self.words)))

    @cached_property
    def gaps(self) -> list[float]:
        """The space before each word after the first."""
        return [self.words[i].x0 - self.words[i - 1].x1 for i in range(1, len(self.words))]

    @cached_property
    def segments(self) -> list[range]:
        """Runs of words with no wide gap between them: a row of a two-column header has two.

        A gap between columns is wider than an em and than the row's word spaces, which justified
        text stretches alike along the row.
        """
        gaps = self.gaps
        usual = statistics.median(gaps) if len(gaps) > 2 else 0.3 * self.size
        cuts = [i + 1 for i, gap in enumerate(gaps) if gap > max(1.2 * self.size, 3 * usual)]
        edges = [0, *cuts, len(self.words)]
        return [range(a, b) for a, b in zip(edges, edges[1:], strict=False)]

    @property
    def starts_note(self) -> bool:
        """A footnote's first row starts with its raised marker."""
        return 0 in self.superscripts

    def part(self, indexes: list[int]) -> Row:
        """The row cut down to some of its words (one column's share), its markers and origin kept."""
        return Row([self.words[i] for i in indexes],
                   frozenset(k for k, i in enumerate(indexes) if i in self.superscripts), self.origin)


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


# --- the measure -------------------------------------------------------------------------------------

@dataclass
class Measure:
    """The body's measure: its left and right edges, its commonest size, and for each size the usual
    distance between baselines inside a paragraph (pitch) and, where paragraphs are set apart by
    spacing, from a paragraph's last line to the next one's first (step)."""

    left: float
    right: float
    body_size: float
    pitches: dict[int, float] = field(default_factory=dict)  # rounded font size → pitch
    steps: dict[int, float] = field(default_factory=dict)  # rounded font size → step
    exact: bool = True  # sizes are the fonts' (a text layer), not estimates from OCR's boxes

    def alike(self, a: float, b: float) -> bool:
        """Whether two sizes are one: a point apart in 12 differ in a text layer, not in OCR (whose boxes
        read a word without ascenders, "trị", two points smaller than its line)."""
        return abs(a - b) <= (0.05 if self.exact else 0.2) * max(a, b)

    def pitch(self, size: float) -> float:
        return _nearest(self.pitches, size, self.near) or 1.2 * size

    def step(self, size: float) -> float | None:
        """The distance between paragraphs set apart by spacing; None when they are not."""
        return _nearest(self.steps, size, self.near)

    @property
    def near(self) -> float:
        """How far apart two sizes may be and share a pitch: OCR's boxes make a smaller font's rows of
        a cell ("V/v …" under the issuer) read 10.4 where the text's read 12."""
        return 0.1 if self.exact else 0.2

    def paragraph_distance(self, size: float) -> float:
        """The widest distance between two rows of running text that follow each other with no gap."""
        return self.step(size) or self.pitch(size)


def _nearest(table: dict[int, float], size: float, share: float) -> float | None:
    near = [key for key in table if abs(key - size) <= share * size]
    return table[min(near, key=lambda key: abs(key - size))] if near else None


def measure(pages: list[Page], exact: bool = True) -> Measure:
    """The letter's measure: the commonest left edge of its rows, the right edge its lines reach
    (justified text ends flush, ragged text short of it), its commonest size, the pitch and step of
    each size from the distances between rows one above the other."""
    rows = [row for page in pages for row in page.rows]
    if not rows:
        return Measure(0, 0, 0, exact=exact)
    sizes = Counter(round(row.size, 1) for row in rows for _ in row.words)
    body_size = sizes.most_common(1)[0][0]
    left = Counter(round(row.x0) for row in rows).most_common(1)[0][0]
    m = Measure(left, _right_edge(rows), body_size, exact=exact)
    for size, distances in _distances(pages).items():
        lines = [d for d in distances if d < 1.8 * size]
        if lines:
            m.pitches[size] = _lowest_cluster(lines, size)
            apart = [d for d in distances if m.pitches[size] + 0.25 * size < d <= m.pitches[size] + 2.5 * size]
            if len(apart) >= 2:
                m.steps[size] = _lowest_cluster(apart, size)
    return m


def _right_edge(rows: list[Row]) -> float:
    """The farthest a line of several words reaches, unless a single line overruns the others."""
    ends = sorted(row.x1 for row in rows if len(row.words) > 3) or [max(row.x1 for row in rows)]
    if len(ends) > 1 and ends[-1] - ends[-2] > statistics.median(row.size for row in rows):
        return ends[-2]
    return ends[-1]


def _distances(pages: list[Page]) -> dict[int, list[float]]:
    """Baseline distances between rows of one size that follow each other in one column (the
    narrower lies mostly within the other's extent: the two cells of a table, read row by row, do not)."""
    distances: dict[int, list[float]] = {}
    for page in pages:
        for above, row in zip(page.rows, page.rows[1:], strict=False):
            overlap = min(above.x1, row.x1) - max(above.x0, row.x0)
            narrower = min(above.x1 - above.x0, row.x1 - row.x0)
            if abs(row.size - above.size) < 0.1 * row.size and overlap > 0.5 * narrower:
                distances.setdefault(round(row.size), []).append(row.baseline - above.baseline)
    return distances


def _lowest_cluster(values: list[float], size: float) -> float:
    """The usual value of the lowest group of values: the lowest with company (a quarter of the
    values, or two, lie within a few percent of an em of it), stray smaller ones aside."""
    def near(anchor: float) -> list[float]:
        return [v for v in values if abs(v - anchor) <= 0.15 * size]

    company = min(max(2, len(values) // 4), max(len(near(v)) for v in values))
    anchor = min(v for v in values if len(near(v)) >= company)
    return statistics.median(near(anchor))


# --- footnotes ---------------------------------------------------------------------------------------

def split_notes(page: Page, m: Measure) -> None:
    """Move the footnotes at the foot of a page to page.notes: smaller type opening with a marker, or,
    in the body's type, the rows from the one set apart that opens with the page's first raised marker."""
    start = len(page.rows)
    while start > 0 and page.rows[start - 1].size < 0.9 * m.body_size:
        start -= 1
    while start < len(page.rows) and _note_marker(page.rows[start]) is None:
        start += 1
    if start == len(page.rows):
        start = _notes_in_body_type(page, m)
    page.notes, page.rows = page.rows[start:], page.rows[:start]


def _notes_in_body_type(page: Page, m: Measure) -> int:
    """Where footnotes set in the body's size start (a word processor's footnote style left at it):
    below the page's first raised marker, a row a gap below the text that opens with that number."""
    rows = page.rows
    first = next(((k, int(row.words[i].text)) for k, row in enumerate(rows) for i in sorted(row.superscripts)
                  if i > 0), None)
    if first is None:
        return len(rows)
    for k in range(first[0] + 1, len(rows)):
        gap = rows[k].baseline - rows[k - 1].baseline
        if _note_marker(rows[k]) == first[1] and gap > m.pitch(rows[k].size) + 0.15 * rows[k].size:
            return k
    return len(rows)


def _note_marker(row: Row) -> int | None:
    """The number of the footnote a row opens: its raised marker, or (from OCR) the digits it starts with."""
    if row.starts_note:
        return int(row.words[0].text)
    digits = re.match(r"(\d{1,2})\s", row.text)
    return int(digits[1]) if digits else None


# --- paragraphs -------------------------------------------------------------------------------------

# A row that opens an item of a list: "- ", "+ ", "• ", "1. ", "2) ", "a) ", "II. ".
_ITEM = re.compile(r"^(?:[-–+•]|\d{1,2}[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s", re.IGNORECASE)
# What stands before a tab in a list rather than in a column: "1.", "a)", "-", "II.", "Điều 3.".
_LABEL = re.compile(r"^(?:[-–+•*]|\(?[0-9a-zđ]{1,3}[.):]|[IVXL]+\.|Điều\s+\d+[.:]?)$", re.IGNORECASE)


def _centred(row: Row, m: Measure) -> bool:
    before, after = row.x0 - m.left, m.right - row.x1
    return before > 2 * row.size and after > 2 * row.size and abs(before - after) < 1.5 * row.size


def _opens_item(above: Row, row: Row) -> bool:
    """A row that surely opens a list item: its label set off by a tab (Word's numbering), or a label
    after a finished sentence. (A "-" after a line that runs on may be a hyphen: "kinh tế" / "- xã hội".)"""
    if not _ITEM.match(row.text):
        return False
    segments = row.segments
    tabbed = len(segments) > 1 and _LABEL.match(_words_text(row, segments[0]))
    return bool(tabbed) or above.text.endswith((".", ";", ":", "!", "?"))


def _new_after_break(above: Row, row: Row) -> bool:
    """Over a page break, a finished sentence and a capital (or a label) after it: a new paragraph.
    (The distance is lost there, and a full last line says nothing of where its paragraph ends.)"""
    starts = row.text[:1].isupper() or _ITEM.match(row.text)
    return row.page != above.page and bool(starts) and above.text.endswith((".", "!", "?", ":", ";"))


def _set_apart(above: Row, row: Row, m: Measure) -> bool:
    """The row stands farther below than a paragraph's lines do: space between paragraphs."""
    return row.page == above.page and row.baseline - above.baseline > m.pitch(above.size) + 0.15 * above.size


def _wrapped(room: float, row: Row) -> bool:
    """The row's first word would not have fitted in the `room` left on the line above: a line the
    writer broke (a line that ends before the room runs out ends its paragraph)."""
    first = row.words[0]
    return room <= first.x1 - first.x0 + 0.3 * row.size


def continues(above: Row, row: Row, m: Measure) -> bool:
    """Whether `row` goes on with the running-text paragraph whose last row is `above`.

    Where paragraphs are set apart by spacing, a row at a paragraph's line distance goes on with it
    unless it opens a list item; otherwise (or over a page break) by indentation and by whether its
    first word would have fitted on the row above. A labelled item after a finished sentence, or
    a capital after one over a page break, opens a paragraph whatever the room."""
    size = above.size
    if abs(row.size - size) > 0.1 * size or row.starts_note or _centred(row, m) or _centred(above, m):
        return False
    if _set_apart(above, row, m) or _opens_item(above, row) or _new_after_break(above, row):
        return False
    if p.NUMBER_LINE.match(above.text) and (p.SUBJECT_PREFIX.match(row.text) or p.SUBJECT_ABOUT.match(row.text)):
        return False  # "Số 215-CV/HU" / "V/v …", "Về tổ chức …": a header cell's lines at the left margin
    if row.x0 > above.x0 + 0.8 * size and row.x0 > m.left + 0.8 * size:
        return False  # the first line of a paragraph is indented
    if m.step(size) is not None and row.page == above.page and not _ITEM.match(row.text):
        return True
    return _wrapped(m.right - above.x1, row)


def join_rows(text: str, row: str) -> str:
    """Join the next row of a paragraph: a space, unless a number or a hyphenated word was cut."""
    if re.search(r"[^\W_][-/]$", text) or (row.startswith("-") and _NUMBER_HEAD.search(text)
                                           and re.match(r"-[^\W_]", row)):
        return text + row
    return f"{text} {row}"


def _joined(line: tuple[str, list[Start]], row: Row) -> tuple[str, list[Start]]:
    """A line with the next row of its paragraph joined, and where that row starts in it."""
    text = join_rows(line[0], row.text)
    return text, [*line[1], (len(text) - len(row.text), row.origin)]


def _paragraph_line(rows: list[Row]) -> tuple[str, list[Start]]:
    line = (rows[0].text, [(0, rows[0].origin)])
    for row in rows[1:]:
        line = _joined(line, row)
    return line


def _same_title(above: Row, row: Row, m: Measure) -> bool:
    """Two close centred rows of the same case: one title or subject ("THÔNG BÁO" stands alone), its
    lines a line apart or a paragraph apart (a Word title block sets each line as a paragraph). A
    centred title's long row nearly fills the line: set in bold with even margins, it is one too."""
    distance = row.baseline - above.baseline
    close = distance < max(1.8 * row.size, m.paragraph_distance(row.size) + 0.3 * row.size) and m.alike(
        row.size, above.size)
    lettered = re.search(r"[^\W\d_]", row.text)  # "2022 - 2025" ends a title in either case
    return (close and _title_row(above, m) and _title_row(row, m)
            and (not lettered or is_upper_text(above.text) == is_upper_text(row.text)))


def _title_row(row: Row, m: Measure) -> bool:
    even = abs((row.x0 - m.left) - (m.right - row.x1)) < 1.5 * row.size
    return _centred(row, m) or (even and all(w.bold for w in row.words))


# --- two columns: the header and the closing ------------------------------------------------------

LEFT, RIGHT = 0, 1


@dataclass
class Band:
    """Rows laid out in two columns: a borderless table (the header, the closing).

    Each cell flows on its own, so a row holds words of both columns or of one, and the rows of the
    two interleave; [lo, hi] is the gutter between them that no word enters. Each column is read
    whole, left then right, its lines joined into paragraphs as running text's are."""

    rows: list[Row]
    lo: float
    hi: float
    centres: tuple[float, float] | None = None  # the columns' centres on the first row, where cells are centred

    def grow(self, rows: list[Row], start: int, m: Measure) -> int:
        """Take the rows from rows[start] on that go on with the band (on a new page too: a table
        cut by the page break); how many were taken."""
        k = start
        while k < len(rows) and (gutter := self._keeps(rows, k, m)) is not None:
            self.rows.append(rows[k])
            self.lo, self.hi = gutter
            k += 1
        return k - start

    def _keeps(self, rows: list[Row], k: int, m: Measure) -> tuple[float, float] | None:
        """The gutter narrowed to rows[k] when that row belongs to the band, else None.

        A row of one column belongs to it when it follows that column's last row as a paragraph's
        lines or paragraphs do (or a whole number of paragraphs below: empty ones between), or when
        the other column goes on below it (a signature's blank lines beside the copies): a short row
        off that rhythm below both columns' ends is running text after the table."""
        row, above = rows[k], self.rows[-1]
        gutter = _narrow(self.lo, self.hi, row, self.centres)
        if gutter is None or row.page != above.page:
            return gutter
        if row.baseline - above.baseline > _band_gap(max(row.size, above.size), m):
            return None
        sides = _sides(row, *gutter)
        if len(sides) == 2:
            return gutter
        own = next((r for r in reversed(self.rows) if sides <= _sides(r, *gutter)), None)
        if own is None or own.page != row.page:
            return gutter
        # Measured in the column: a row may join words of both columns a few points apart.
        if _in_step(_baseline_in(row, sides, gutter) - _baseline_in(own, sides, gutter), row.size, m):
            return gutter
        return gutter if _other_side_follows(rows, k, {LEFT, RIGHT} - sides, gutter, m) else None

    def lines(self, m: Measure) -> Lines:
        """The left column's lines, a blank line, the right column's: each column read whole.

        A table ends with its longer cell, and the paragraph after it starts a paragraph's distance
        lower, as the cell's next paragraph would: below the right column's end, the left column's
        rows may be the letter's next part. From the first that opens one ("Kính gửi:", a title such
        as "THÔNG BÁO", a rule), they are read after the right column, where the letter has them.
        """
        split = (self.lo + self.hi) / 2
        parts: list[list[Row]] = [[], []]
        for row in self.rows:
            for side in (LEFT, RIGHT):
                indexes = [i for i, w in enumerate(row.words) if (w.x1 <= split) == (side == LEFT)]
                if indexes:
                    parts[side].append(row.part(indexes))
        # Each column's right bound: the gutter less a cell's margins; the right margin of the page.
        left = _column_paragraphs(parts[LEFT], max(self.lo, self.hi - 0.5 * m.body_size), m)
        right = _column_paragraphs(parts[RIGHT], max([m.right, *(r.x1 for r in parts[RIGHT])]), m)
        end = (right[-1][-1].page, right[-1][-1].baseline) if right else (0, 0.0)
        cut = next((i for i, para in enumerate(left) if (para[0].page, para[0].baseline) > end
                    and _opens_part(para[0].text)), len(left))
        left, tail = left[:cut], left[cut:]
        out: Lines = []
        for column in (left, right, tail):
            if column:
                out += [*_column_text(column, m), _BLANK]
        return out[:-1]


def band_at(rows: list[Row], start: int, m: Measure) -> Band | None:
    """The two-column band opening at rows[start]: a row with a gap between columns, then the rows
    below that keep clear of that gap (at the foot of a page, the next page may hold them); None
    when there is none."""
    gutter = _gutter(rows[start]) or _halves(rows[start], m)
    if gutter is None:
        return None
    first = rows[start]
    left = [w for w in first.words if w.x1 <= gutter[0]]
    right = [w for w in first.words if w.x0 >= gutter[1]]
    centres = ((left[0].x0 + left[-1].x1) / 2, (right[0].x0 + right[-1].x1) / 2)
    band = Band([first], *gutter, centres)
    return band if band.grow(rows, start + 1, m) or start == len(rows) - 1 else None


def _gutter(row: Row) -> tuple[float, float] | None:
    """The gap between a two-column row's columns: its widest break between segments, unless what
    stands before it is a list's label set off by a tab ("1.", "a)", "-")."""
    segments = row.segments
    if len(segments) < 2:
        return None
    _, cut = max((row.words[s.start].x0 - row.words[s.start - 1].x1, s.start) for s in segments[1:])
    left = row.words[:cut]
    lo = max(w.x1 for w in left)
    if lo - left[0].x0 < 3 * row.size or _LABEL.match(_words_text(row, range(cut))):
        return None
    return lo, row.words[cut].x0


def _halves(row: Row, m: Measure) -> tuple[float, float] | None:
    """The gap of a row of two centred cells of equal width (a web page's table) that is narrower than a
    column's gap: the words on each side of it are centred on their half of the line ("ĐẢNG BỘ TỈNH BẮC
    GIANG  ĐẢNG CỘNG SẢN VIỆT NAM"), and it is wider than the row's word spaces."""
    widest = _widest_gap(row)
    if widest is None:
        return None
    width, left, right = widest
    middle = (m.left + m.right) / 2
    centres = ((row.words[0].x0 + left) / 2, (right + row.words[-1].x1) / 2)
    halves = ((m.left + middle) / 2, (middle + m.right) / 2)
    centred = all(abs(a - b) < 0.6 * row.size for a, b in zip(centres, halves, strict=True))
    return (left, right) if centred and width >= 0.5 * row.size and _stands_out(row, width) else None


def _narrow(lo: float, hi: float, row: Row, centres: tuple[float, float] | None = None) -> tuple[float, float] | None:
    """The gutter [lo, hi] left once the row's words keep clear of it: they fall left and right of
    the row's widest break inside it. None when no break leaves half an em open (a row across).

    Centred cells' lines may reach into the gutter the rows above left open ("V/v hướng dẫn xây dựng
    dự toán   Cà Mau, ngày 21 tháng 7 năm", a browser's table): a break that touches the gutter and
    stands out of the row's word spaces as only a column's edge does is the gutter then."""
    reach = [float("-inf"), *itertools.accumulate((w.x1 for w in row.words), max)]
    starts = [w.x0 for w in row.words] + [float("inf")]
    width, cut = max((min(hi, starts[c]) - max(lo, reach[c]), c) for c in range(len(row.words) + 1))
    one_side = cut in (0, len(row.words))  # a cell's row may reach nearer the other, empty, cell
    whole = width >= hi - lo and _stands_out(row, starts[cut] - reach[cut])  # all of a gutter a centred row narrowed
    if width >= (0.0 if one_side else 0.6) * row.size or whole:
        return max(lo, reach[cut]), min(hi, starts[cut])
    return _shifted(lo, hi, row, centres)


def _stands_out(row: Row, gap: float) -> bool:
    """A gap wider than the row's word spaces, as only a column's edge is in a row of two cells."""
    return gap >= (1.4 * statistics.median(row.gaps) if len(row.gaps) >= 2 else 2 * row.size)  # "thuốc      2017"


def _widest_gap(row: Row) -> tuple[float, float, float] | None:
    """The row's widest gap (width, left edge, right edge); None in a row of three words or fewer."""
    if len(row.gaps) < 3:
        return None
    width, cut = max((gap, k) for k, gap in enumerate(row.gaps, 1))
    return width, row.words[cut - 1].x1, row.words[cut].x0


def _shifted(lo: float, hi: float, row: Row, centres: tuple[float, float] | None) -> tuple[float, float] | None:
    """The row's widest break, as far as it lies within half an em of [lo, hi], as the gutter where it is
    half an em wide and 2.5 times the row's usual word space (justified running text stretches all alike), or
    1.4 times it with the words on each side centred on their column's centre, as the rows above were."""
    widest = _widest_gap(row)
    if widest is None:
        return None
    width, left, right = widest
    usual = statistics.median(row.gaps)
    inside = (max(left, lo), min(right, hi))  # the gutter the rows above left, as far as this row keeps it
    reach = inside if inside[0] < inside[1] else (max(left, lo - 0.5 * row.size), min(right, hi + 0.5 * row.size))
    if reach[0] >= reach[1]:
        return None
    if width >= max(0.6 * row.size, 2.5 * usual):
        return reach
    sides = ((row.words[0].x0 + left) / 2, (right + row.words[-1].x1) / 2)
    centred = centres is not None and all(abs(a - b) < 0.4 * row.size for a, b in zip(sides, centres, strict=True))
    return reach if centred and _stands_out(row, width) else None


def _sides(row: Row, lo: float, hi: float) -> set[int]:
    split = (lo + hi) / 2
    return {LEFT if w.x1 <= split else RIGHT for w in row.words}


def _baseline_in(row: Row, sides: set[int], gutter: tuple[float, float]) -> float:
    """The baseline of a row's words in the given column."""
    split = (gutter[0] + gutter[1]) / 2
    return statistics.median(w.baseline for w in row.words if (LEFT if w.x1 <= split else RIGHT) in sides)


def _band_gap(size: float, m: Measure) -> float:
    """The widest gap between a band's rows: three empty paragraphs, or four ems."""
    return max(4 * size, 3 * m.paragraph_distance(size) + 0.3 * size)


def _opens_part(text: str) -> bool:
    """A line that opens what follows a table: "Kính gửi: …", a title ("QUYẾT ĐỊNH"), a rule ("_____"
    over notes set after the signature)."""
    return bool(p.RECIPIENTS_HEAD.match(text) or p.RULE_LINE.match(text)
                or (p.TITLE_LINE.match(text) and is_upper_text(text)))


def _in_step(distance: float, size: float, m: Measure) -> bool:
    """Whether a row stands below the one above it in its column as a cell's rows do: a paragraph's
    distance or less, or a whole number of them (empty paragraphs between), or of lines (a cell's
    lines broken by Shift+Enter, an empty one or a mark such as "*" between)."""
    unit = m.paragraph_distance(size)
    return (distance <= unit + 0.3 * size or _multiple(distance, unit, 0.15 * size)
            or _multiple(distance, m.pitch(size), 0.15 * size))


def _other_side_follows(rows: list[Row], k: int, other: set[int], gutter: tuple[float, float],
                        m: Measure) -> bool:
    """Whether a row below rows[k], before the band must end, holds words of the `other` column."""
    above = rows[k]
    for row in rows[k + 1:]:
        narrowed = _narrow(*gutter, row)
        if narrowed is None or row.baseline - above.baseline > _band_gap(max(row.size, above.size), m):
            return False
        if other & _sides(row, *narrowed):
            return True
        gutter, above = narrowed, row
    return False


def _column_paragraphs(parts: list[Row], right: float, m: Measure) -> list[list[Row]]:
    """A column's rows gathered into paragraphs (a wrapped motto, a "Nơi nhận" item on two lines)."""
    spaced = _column_spaced(parts, m)
    width = _column_width(parts, right)
    paragraphs: list[list[Row]] = []
    for row in parts:
        if paragraphs and _goes_on_in_column(paragraphs[-1], row, width, m, spaced):
            paragraphs[-1].append(row)
        else:
            paragraphs.append([row])
    return paragraphs


def _column_width(parts: list[Row], right: float) -> float:
    """The width a column's lines are set in, from its right bound: to its left edge when its lines
    start flush, twice the distance to their centre when they are centred (the widest line does not
    fill the cell)."""
    if not parts:
        return 0.0
    starts = [row.x0 for row in parts]
    centres = [(row.x0 + row.x1) / 2 for row in parts]
    size = statistics.median(row.size for row in parts)
    if max(starts) - min(starts) > size and max(centres) - min(centres) < max(starts) - min(starts):
        return 2 * (right - statistics.median(centres))
    return right - min(starts)


def _column_spaced(parts: list[Row], m: Measure) -> bool:
    """Whether the column sets its paragraphs apart by the letter's paragraph spacing (one cell may
    have it where another has none): two of its rows stand a whole number of paragraph steps apart
    (empty paragraphs between), a distance no whole number of lines makes."""
    for above, row in zip(parts, parts[1:], strict=False):
        step, pitch = m.step(row.size), m.pitch(row.size)
        if not step or row.page != above.page or abs(row.size - above.size) >= 0.1 * row.size:
            continue
        distance, near = row.baseline - above.baseline, 0.2 * row.size
        if _multiple(distance, step, near) and not _multiple(distance, pitch, near):
            return True
    return False


def _multiple(distance: float, unit: float, near: float) -> bool:
    """Whether the distance is one to three units, give or take `near`."""
    return any(abs(distance - k * unit) <= near for k in (1, 2, 3))


def _goes_on_in_column(paragraph: list[Row], row: Row, width: float, m: Measure, spaced: bool) -> bool:
    """Like `continues`, within a column's width. A cell's lines change size from one paragraph to the
    next (the motto, then "Độc lập - Tự do - Hạnh phúc" a point larger), not inside one. Over a page
    break, where the distance says nothing, the text must say the paragraph goes on: a list item
    (a "Nơi nhận" entry) until its ";", or a sentence going on in lower case."""
    above = paragraph[-1]
    size = above.size
    if not m.alike(row.size, size) or row.starts_note or _set_apart(above, row, m):
        return False
    if _opens_item(above, row) or _opens_header_line(above.text, row.text):
        return False
    if row.page == above.page:
        if spaced and not _ITEM.match(row.text):
            return True
    else:  # over a page break: an item goes on until its ";", a sentence in lower case
        return not (_ITEM.match(row.text) or above.text.endswith((".", ";", ":"))) and (
            row.text[:1].islower() or bool(_ITEM.match(paragraph[0].text)))
    return _wrapped(width - (above.x1 - above.x0), row)


def _opens_header_line(above: str, text: str) -> bool:
    """A header or signature cell's row that is a line of its own, though the words above left no room
    for its first (a narrow cell, lines broken by the writer): the number, the place and date, the motto,
    an organ under another in capitals ("UBND HUYỆN DIÊN KHÁNH" / "UBND XÃ DIÊN LẠC"; "… VÀ MÔI" /
    "TRƯỜNG" goes on), the signer's title under the authority, "(Đã ký)"."""
    if p.HEADER_LINE_OPENING.match(text):
        return True  # "Bình Định, ngày 24 tháng 7" / "năm 2020": the date goes on, its place opens a line
    if p.MOTTO_END.search(above) or p.SIGNED_MARK.match(text):
        return True
    if p.AUTHORITY_LINE.match(above) and is_upper_text(text):
        return True  # "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the signer's title under the authority
    return (is_upper_text(above) and is_upper_text(text) and len(text.split()) > 1
            and bool(p.ORGAN_START.match(text)) and not re.search(r"(?:\bVÀ|[-,])$", above))


def _column_text(paragraphs: list[list[Row]], m: Measure) -> Lines:
    """A column's paragraphs one a line, a blank line where a gap is wider than the column's usual
    distance between paragraphs (the space left for a signature, an empty paragraph)."""
    distances = [b[0].baseline - a[-1].baseline for a, b in zip(paragraphs, paragraphs[1:], strict=False)
                 if b[0].page == a[-1].page]
    usual = min(distances, default=float("inf"))
    out: Lines = []
    for k, paragraph in enumerate(paragraphs):
        above, row = (paragraphs[k - 1][-1], paragraph[0]) if k else (None, None)
        if above and row.page == above.page:
            limit = min(usual, m.paragraph_distance(row.size)) + 0.4 * row.size
            if row.baseline - above.baseline > limit:
                out.append(_BLANK)
        out.append(_paragraph_line(paragraph))
    return out


# --- the letter's text -------------------------------------------------------------------------------

class Composer:
    """Collects the text: paragraphs, two-column bands as lines, footnotes after the paragraph in
    progress at the foot of their page (so a sentence cut by the page break is joined again)."""

    def __init__(self, m: Measure):
        self.m = m
        self.blocks: list[Lines | Band] = []
        self.paragraph: Lines | None = None
        self.paragraph_rows: list[Row] = []
        self.last: Row | None = None
        self.pending_notes: Lines = []
        self.last_marker = 0  # footnotes are numbered on through the letter

    def row(self, row: Row) -> None:
        if self.paragraph is not None and self.last and continues(self.last, row, self.m):
            self.paragraph[-1] = _joined(self.paragraph[-1], row)
        elif (self.paragraph is not None and self.last and self.last.page == row.page
              and _same_title(self.last, row, self.m)):
            self.paragraph.append((row.text, [(0, row.origin)]))  # a centred title keeps its lines
        else:
            self.flush()
            self.paragraph = [(row.text, [(0, row.origin)])]
        self.paragraph_rows.append(row)
        self.last = row

    def band(self, band: Band) -> None:
        self.flush()
        self.blocks.append(band)

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
            bold = all(w.bold for row in self.paragraph_rows for w in row.words)
            self.blocks.append([_emphasised(line) for line in self.paragraph] if bold else self.paragraph)
        self.blocks += [[note] for note in self.pending_notes]
        self.paragraph, self.paragraph_rows, self.last, self.pending_notes = None, [], None, []

    def text(self) -> tuple[str, LineOrigins]:
        """The blocks separated by blank lines, and the origin of each line."""
        self.flush()
        lines: Lines = []
        for block in self.blocks:
            lines += [_BLANK] * bool(lines) + (block.lines(self.m) if isinstance(block, Band) else block)
        lines.append(_BLANK)  # the text ends with a line break
        return "\n".join(text for text, _ in lines), LineOrigins.of_lines(starts for _, starts in lines)


def _emphasised(line: tuple[str, list[Start]]) -> tuple[str, list[Start]]:
    """A paragraph set in bold as the Word reader writes one, "**…**": a Word title block sets each of
    its lines as a paragraph, and bold is what tells the parser they go on with one another."""
    text, starts = line
    return f"**{text}**", [starts[0], *((column + 2, origin) for column, origin in starts[1:])]


def lay_out(pages: list[Page], exact: bool = True) -> tuple[str, LineOrigins]:
    """The text of a letter from the rows of its pages (text layer or OCR alike), and where each of its
    lines stands: the page, and the line on it counted without page numbers and running headers.
    `exact`: the words' sizes are their fonts' (a text layer), not OCR's estimates."""
    drop_furniture(pages)
    for page in pages:
        for number, row in enumerate(page.rows, 1):
            row.origin = Origin(page=page.number, line=number)
    m = measure(pages, exact)
    for page in pages:
        split_notes(page, m)
    composer = Composer(m)
    open_band: Band | None = None  # a band that reached the foot of the previous page
    for page in pages:
        i = open_band.grow(page.rows, 0, m) if open_band else 0
        open_band = open_band if i and i == len(page.rows) else None
        while i < len(page.rows):
            band = band_at(page.rows, i, m)
            if band:
                composer.band(band)
                i += len(band.rows)
                open_band = band if i == len(page.rows) else None
            else:
                composer.row(page.rows[i])
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
    bold: bool


def _glyph(textpage: pdfium.PdfTextPage, i: int, height: float) -> Glyph | None:
    """A drawn glyph; None for a space, or a space or line break that PDFium inferred.

    Its size is the font's (as set, times the text's scale), not its box's height, which swings with
    the letter ("n" against "Ủ") in fonts whose boxes PDFium takes from each glyph's outline. Its left
    edge is where the pen starts, unless the ink starts later: a "J" reaching back under the space
    before it would otherwise glue "Cư Jút" into one word.
    """
    char = chr(pdfium_c.FPDFText_GetUnicode(textpage, i))
    if char == "\x02":
        char = "-"  # PDFium's mark for a hyphen at the end of a line
    if pdfium_c.FPDFText_IsGenerated(textpage, i) or char.isspace() or not char.isprintable():
        return None
    left, bottom, right, top = textpage.get_charbox(i, loose=True)
    x, y = ctypes.c_double(), ctypes.c_double()
    pdfium_c.FPDFText_GetCharOrigin(textpage, i, x, y)
    matrix = pdfium_c.FS_MATRIX()
    scale = math.hypot(matrix.c, matrix.d) if pdfium_c.FPDFText_GetMatrix(textpage, i, matrix) else 1.0
    size = pdfium_c.FPDFText_GetFontSize(textpage, i) * scale
    return Glyph(char, max(left, x.value), right, height - y.value, size if size > 0 else top - bottom,
                 _bold(textpage, i))


def _bold(textpage: pdfium.PdfTextPage, i: int) -> bool:
    """Whether a glyph's font is a bold face: by its weight, its ForceBold flag or its name (PDFs made
    from Word often give a bold face the regular weight)."""
    if pdfium_c.FPDFText_GetFontWeight(textpage, i) >= 600:
        return True
    name, flags = ctypes.create_string_buffer(128), ctypes.c_int()
    pdfium_c.FPDFText_GetFontInfo(textpage, i, name, len(name), flags)
    return bool(flags.value & _FORCE_BOLD) or bool(_BOLD_FONT.search(name.value.decode("latin-1")))


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
                statistics.median(g.baseline for g in glyphs), statistics.median(g.size for g in glyphs),
                all(g.bold for g in glyphs))


def _scanned(page: pdfium.PdfPage, words: list[Word]) -> bool:
    """A page whose letter is an image: next to no text layer, and an image over half the page or more.
    A last page holding only the signer's name (and perhaps a stamp's small image) is text."""
    if sum(len(w.text) for w in words) >= 20:
        return False
    area = page.get_width() * page.get_height()
    for image in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE]):
        left, bottom, right, top = image.get_bounds()
        if (right - left) * (top - bottom) >= 0.5 * area:
            return True
    return False


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
            if _scanned(page, words):
                words = scan.ocr_pdf_page(page, digest + f" page {index}".encode())
                scanned += 1
            pages.append(Page(rows_of(words) if words else [], page.get_height(), index + 1))
            page.close()  # each PDFium object closed here, none left for the garbage collector to finalize
    finally:
        document.close()
    text, origins = lay_out(pages, exact=not scanned)
    restored: tuple[Repair, ...] = ()
    if scanned:
        text, origins, restored = scan.repaired_ocr(text, origins)
    else:
        text, origins, restored = mended_words(text, origins)
        text, stripped = restored_where_stripped(text, origins)
        restored += stripped
    text, origins, repairs = repaired_text(text, origins)
    repairs = restored + repairs
    if not any(c.isalpha() for c in text):
        raise UnreadableLetter("no text in the PDF: no text layer, and OCR found none")
    if scanned:
        form = "ocr" if scanned == len(pages) else "pdf"
        return SourceText(str(path), text, "ocr", form, (scan.OCR_NOTE,), origins, repairs)
    return SourceText(str(path), text, "pdf-text", "pdf", (), origins, repairs)
