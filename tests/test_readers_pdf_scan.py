"""Letters as PDFs and as scans read as the same letters (issue #8, "Letters as they really arrive").

Every PDF and image here is made at test time (no committed binaries): from the sample letters in
corpus/, a text-layer PDF laid out like a real letter (two-column header, footnotes at the foot of
the page, page numbers, a page break inside a sentence, copies beside the signature), and PNG pages
rendered from it for OCR; from two development letters (tests/dev_letters/), the .docx an office
writes and the PDF LibreOffice makes of it (bench/dev_formats.py), and that PDF scanned; and pages
drawn point by point, and Tesseract output written by hand, for single rules of the layout.
"""

from __future__ import annotations

import re
import time
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from build_tools import patterns as p
from build_tools.model import LineOrigins, Origin, ProcessedLetter, ReadFailure
from build_tools.pipeline import process_letter
from build_tools.readers import read_letter, repair
from build_tools.readers.repair import mended_words, repaired_text
from build_tools.text import is_syllable
from conftest import CORPUS
from sample_layout import FIELDS, SAMPLES, SUPERSCRIPTS, letter_layout, plain

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")  # Debian fonts-dejavu-core
REGULAR, BOLD = "DejaVuSerif", "DejaVuSerif-Bold"

# --- a letter laid out on A4 as Nghị định 30/2020/NĐ-CP draws it ------------------------------------
PAGE_W, PAGE_H = A4
LEFT, RIGHT, TOP, BOTTOM = 30 * mm, PAGE_W - 15 * mm, PAGE_H - 20 * mm, 20 * mm
WIDTH = RIGHT - LEFT
SPLIT = LEFT + WIDTH * 0.40  # the header's left column (issuer, number) ends here; the right one starts
BODY_SIZE, NOTE_SIZE, CC_SIZE = 13.0, 10.0, 11.0


@dataclass
class Run:
    text: str
    superscript: bool = False


def _runs(word: str) -> list[Run]:
    """A word cut where footnote markers are drawn raised and small, as a word processor does."""
    parts = re.findall(f"[{p.SUPERSCRIPT_DIGITS}]+|[^{p.SUPERSCRIPT_DIGITS}]+", word)
    return [Run(part, part[0] in SUPERSCRIPTS) for part in parts]


def _run_text(run: Run) -> str:
    return "".join(SUPERSCRIPTS[c] for c in run.text) if run.superscript else run.text


def _width(word: str, font: str, size: float) -> float:
    return sum(pdfmetrics.stringWidth(_run_text(run), font, size * (0.65 if run.superscript else 1))
               for run in _runs(word))


def wrap(text: str, width: float, font: str, size: float, indent: float = 0) -> list[list[str]]:
    """Words of each line, filling `width` (the first line indented)."""
    lines: list[list[str]] = [[]]
    used = indent
    space = pdfmetrics.stringWidth(" ", font, size)
    for word in text.split():
        w = _width(word, font, size)
        if lines[-1] and used + space + w > width:
            lines.append([])
            used = 0
        used += (space if lines[-1] else 0) + w
        lines[-1].append(word)
    return lines


class Writer:
    """Draws a letter page by page: lines at a running y, footnotes reserved at the foot of the page."""

    def __init__(self, path: Path, notes: dict[str, str]):
        self.canvas = Canvas(str(path), pagesize=A4, pageCompression=1)
        self.notes = notes
        self.page = 1
        # Lines drawn on this page, the page number not counted, as the reader counts them (but a row of
        # the two-column header or closing is drawn, and counted here, once per column).
        self.rows = 0
        self.y = TOP
        self.page_notes: list[str] = []
        self.last_word = ""
        self.cuts: list[tuple[str, str]] = []  # (last word, next word) of page breaks inside a sentence
        self.marker_rows: dict[str, tuple[int, int]] = {}  # footnote marker → (page, line) it is drawn on

    def draw_words(self, words: list[str], x: float, y: float, font: str, size: float, gap: float) -> None:
        for word in words:
            for run in _runs(word):
                run_size = size * (0.65 if run.superscript else 1)
                rise = size * 0.35 if run.superscript else 0
                self.canvas.setFont(font, run_size)
                self.canvas.drawString(x, y + rise, _run_text(run))
                x += pdfmetrics.stringWidth(_run_text(run), font, run_size)
            x += gap

    def notes_height(self, markers: list[str]) -> float:
        if not markers:
            return 0
        lines = sum(len(wrap(f"{m} {self.notes[m]}", WIDTH, REGULAR, NOTE_SIZE)) for m in markers)
        return 10 + lines * NOTE_SIZE * 1.2

    def line(self, words: list[str], font: str = REGULAR, size: float = BODY_SIZE, x: float = LEFT,
             width: float = WIDTH, align: str = "left", pitch: float = 1.3, continued: bool = False) -> None:
        """One line of text (`continued`: not a paragraph's first); a new page first when it and its
        footnotes do not fit."""
        # A marker whose footnote is missing is drawn all the same: the reader must say where it stands.
        drawn = [m for word in words for run in _runs(word) if run.superscript for m in [_run_text(run)]]
        markers = [m for m in drawn if m in self.notes]
        needed = size * pitch + self.notes_height(self.page_notes + markers)
        if self.y - needed < BOTTOM:
            if continued and not re.search(r"[.:;!?…]$", self.last_word):
                self.cuts.append((self.last_word, words[0]))
            self.new_page()
        self.last_word = words[-1] if words else self.last_word
        self.page_notes += markers
        self.rows += 1
        self.marker_rows |= {marker: (self.page, self.rows) for marker in drawn}
        self.y -= size * pitch
        natural = sum(_width(w, font, size) for w in words)
        space = pdfmetrics.stringWidth(" ", font, size)
        gap = space
        if align == "justify" and len(words) > 1:
            gap = (width - natural) / (len(words) - 1)
        elif align == "center":
            x += (width - natural - space * (len(words) - 1)) / 2
        self.draw_words(words, x, self.y, font, size, gap)

    def paragraph(self, text: str, font: str = REGULAR, size: float = BODY_SIZE, indent: float = 10 * mm) -> None:
        lines = wrap(text, WIDTH, font, size, indent)
        for i, words in enumerate(lines):
            last = i == len(lines) - 1
            self.line(words, font, size, LEFT + (indent if i == 0 else 0), WIDTH - (indent if i == 0 else 0),
                      "left" if last else "justify", continued=i > 0)
        self.y -= 4

    def new_page(self) -> None:
        self.footnotes()
        self.canvas.showPage()
        self.page += 1
        self.rows = 0
        self.canvas.setFont(REGULAR, 11)
        self.canvas.drawCentredString(PAGE_W / 2, PAGE_H - 12 * mm, str(self.page))  # page numbers from page 2
        self.y = TOP

    def footnotes(self) -> None:
        if not self.page_notes:
            return
        y = BOTTOM + self.notes_height(self.page_notes) - 4
        self.canvas.line(LEFT, y, LEFT + 50 * mm, y)
        y -= 6
        for marker in self.page_notes:
            for i, words in enumerate(wrap(f"{marker} {self.notes[marker]}", WIDTH, REGULAR, NOTE_SIZE)):
                y -= NOTE_SIZE * 1.2
                if i == 0:
                    words = ["".join(p.SUPERSCRIPT_DIGITS[int(d)] for d in marker)] + words[1:]
                self.draw_words(words, LEFT, y, REGULAR, NOTE_SIZE, pdfmetrics.stringWidth(" ", REGULAR, NOTE_SIZE))
        self.page_notes = []

    def columns(self, left: list[tuple[str, str, float]], right: list[tuple[str, str, float]],
                split: float = SPLIT, left_x: float = LEFT - 10 * mm, left_align: str = "center") -> None:
        """Two columns side by side, lines given as (text, font, size); the right one centred."""
        top = bottom = self.y
        for column, x0, x1, align in ((left, left_x, split, left_align), (right, split, RIGHT, "center")):
            self.y = top
            for text, font, size in column:
                if text:
                    for words in wrap(text, x1 - x0, font, size):
                        self.line(words, font, size, x0, x1 - x0, align, 1.25)
                else:
                    self.y -= size * 1.25
            bottom = min(bottom, self.y)
        self.y = bottom

    def save(self) -> None:
        self.footnotes()
        self.canvas.save()


def _register_fonts() -> None:
    if not (FONT_DIR / f"{REGULAR}.ttf").exists():
        pytest.fail(f"{FONT_DIR} has no DejaVu Serif: the test PDFs need it (apt-get install fonts-dejavu-core)")
    for name in (REGULAR, BOLD):
        if name not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(TTFont(name, str(FONT_DIR / f"{name}.ttf")))


def write_letter_pdf(sample: Path, path: Path, without_notes: tuple[str, ...] = ()) -> Writer:
    """The sample letter as a text-layer PDF; the writer tells where it cut sentences and drew markers."""
    _register_fonts()
    layout = letter_layout(sample, without_notes)
    writer = Writer(path, {marker: plain(note) for marker, note in layout.notes.items()})
    left = [(line, BOLD, 12) for line in layout.issuer]
    for line in layout.number:
        left += [("", REGULAR, 6), (line, REGULAR, 13)]
    left += [(line, REGULAR, 12) for line in layout.subject]
    right = [(line, BOLD, 11 if i == 0 else 12) for i, line in enumerate(layout.motto)]
    for line in layout.place_date:
        right += [("", REGULAR, 6), (line, REGULAR, 13)]
    if left or right:
        writer.columns(left, right)
    for i, line in enumerate(layout.title):
        writer.y -= 10 if i == 0 else 0
        for words in wrap(line, WIDTH - 30 * mm, BOLD, 14 if i == 0 else 13):
            writer.line(words, BOLD, 14 if i == 0 else 13, LEFT + 15 * mm, WIDTH - 30 * mm, "center")
    writer.y -= 14
    for i, line in enumerate(layout.recipients):
        x = LEFT + (25 if i == 0 else 45) * mm
        for words in wrap(line, RIGHT - x, REGULAR, BODY_SIZE):
            writer.line(words, REGULAR, BODY_SIZE, x, RIGHT - x)
    writer.y -= 10
    for paragraph in layout.paragraphs:
        writer.paragraph(plain(paragraph))
    signed = [line for line in layout.signature if line]  # the space left for the signature is drawn here
    needed = max(len(layout.cc) * CC_SIZE * 1.25, (len(signed) + 4) * 13 * 1.3) + 20
    if writer.y - needed < BOTTOM:
        writer.new_page()
    writer.y -= 10
    signature = [(line, BOLD, 13) for line in signed[:-1]] + [("", REGULAR, 13)] * 4
    signature += [(line, BOLD, 13) for line in signed[-1:]]
    writer.columns([(line, REGULAR, CC_SIZE) for line in layout.cc], signature, LEFT + WIDTH * 0.45, LEFT, "left")
    writer.save()
    return writer


def render_png(pdf: Path, out: Path, page: int = 0, dpi: int = 300) -> Path:
    """A page of the PDF as a greyscale scan would come from the office's scanner."""
    document = pdfium.PdfDocument(pdf)
    image = document[page].render(scale=dpi / 72, grayscale=True).to_pil()
    image.save(out, dpi=(dpi, dpi))
    document.close()
    return out


def page_text(pdf: Path, page: int = 0) -> str:
    """What the text layer of one page holds, white space removed: to know which citations a page shows."""
    document = pdfium.PdfDocument(pdf)
    text = document[page].get_textpage().get_text_range()
    document.close()
    return "".join(text.split())


def citations(processed) -> list[tuple[str, str | None]]:
    return [(c.number, c.date) for c in processed.citations]


# --- PDFs with a text layer ---------------------------------------------------------------------------

@pytest.fixture(scope="module")
def pdfs(tmp_path_factory) -> dict[str, tuple[Path, list[tuple[str, str]]]]:
    """Each sample letter as a PDF: name → (path, page breaks inside a sentence)."""
    folder = tmp_path_factory.mktemp("pdf")
    return {s.name: (folder / f"{s.stem}.pdf", write_letter_pdf(s, folder / f"{s.stem}.pdf").cuts) for s in SAMPLES}


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda s: s.name[:3])
def test_pdf_letter_parses_as_its_text(pdfs, sample: Path):
    as_text = process_letter(sample)
    as_pdf = process_letter(pdfs[sample.name][0])
    assert not isinstance(as_pdf, ReadFailure), as_pdf
    assert (as_pdf.encoding, as_pdf.format, as_pdf.notes) == ("pdf-text", "pdf", ())
    for name in FIELDS:
        assert getattr(as_pdf.letter, name) == getattr(as_text.letter, name), name
    assert citations(as_pdf) == citations(as_text)
    assert as_pdf.letter.footnotes == as_text.letter.footnotes
    document = pdfium.PdfDocument(pdfs[sample.name][0])
    pages = len(document)
    document.close()
    assert pages > 1


def test_sentences_cut_by_a_page_break_are_joined_and_page_numbers_dropped(pdfs):
    cuts = [(name, cut) for name, (_, letter_cuts) in pdfs.items() for cut in letter_cuts]
    assert cuts, "the samples should give at least one page break inside a sentence"
    for name, (before, after) in cuts:
        text = read_letter(pdfs[name][0]).text
        assert f"{before} {after}" in text, (name, before, after)
        assert not re.search(r"^\s*\d{1,2}\s*$", text, re.MULTILINE), "a page number was left in the text"


def test_two_column_header_reads_left_column_then_right(pdfs):
    text = read_letter(pdfs["000_61fe12f9455a1679.txt"][0]).text
    assert text.startswith("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\n\nSố: 1198 /UBND-TH\nV/v tập trung chỉ đạo")
    assert text.index("được giao\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc") > 0
    assert "\n¹ Tốc độ tăng trưởng kinh tế GRDP quý I năm 2024" in text  # the footnote, as a block of its own


def test_numbers_cut_at_a_line_end_or_without_their_hyphen_come_back_whole(tmp_path):
    """Word breaks a line after the hyphen of "QĐ-UBND"; some PDFs lose the hyphen glyph altogether."""
    _register_fonts()
    rows = ["Thực hiện Quyết định số 1961/QĐ-", "UBND ngày 12/8/2019 của Ủy ban nhân dân tỉnh, Nghị định số",
            "61/2018/NĐCP ngày 23/4/2018 của Chính phủ, Công văn số 1198/", "UBND-TH ngày 26/4/2024 và Quyết định",
            "số 3019/QĐ", "-UBND ngày 30/11/2023 về kế hoạch giai đoạn 20112020 phòng chống Covid-",
            "19 trên địa bàn tỉnh."]
    width = max(sum(_width(w, REGULAR, BODY_SIZE) for w in row.split()) for row in rows) + 40
    path = tmp_path / "numbers.pdf"
    writer = Writer(path, {})
    for i, row in enumerate(rows):
        writer.line(row.split(), width=width, align="left" if i == len(rows) - 1 else "justify")
    writer.save()
    text = read_letter(path).text
    assert text == ("Thực hiện Quyết định số 1961/QĐ-UBND ngày 12/8/2019 của Ủy ban nhân dân tỉnh, Nghị định số "
                    "61/2018/NĐ-CP ngày 23/4/2018 của Chính phủ, Công văn số 1198/UBND-TH ngày 26/4/2024 và Quyết "
                    "định số 3019/QĐ-UBND ngày 30/11/2023 về kế hoạch giai đoạn 2011-2020 phòng chống Covid-19 "
                    "trên địa bàn tỉnh.\n")  # the years the copy ran together apart again, as the copy lost hyphens
    processed = process_letter(path)
    assert {"1961/QĐ-UBND", "61/2018/NĐ-CP", "1198/UBND-TH", "3019/QĐ-UBND"} <= {c.number for c in processed.citations}
    # Each repair's note names the row it was made on.
    assert sorted(str(repair) for repair in processed.repairs) == [
        "đã sửa số ký hiệu “61/2018/NĐCP” thành “61/2018/NĐ-CP” (trang 1, dòng 3)",
        "đã sửa “20112020” thành “2011-2020” (trang 1, dòng 6)"]


@pytest.mark.parametrize(("written", "repaired"), [
    ("Quyết định số 1961/QĐUBND ngày", "Quyết định số 1961/QĐ-UBND ngày"),
    ("Nghị định 61/2018/NĐCP", "Nghị định 61/2018/NĐ-CP"),
    ("Công văn số 539/TTgQHĐP, số 1198/UBNDTH", "Công văn số 539/TTg-QHĐP, số 1198/UBND-TH"),
    ("Nghị quyết số 01/NÑQ-CP và 113/NÑQ-HĐND", "Nghị quyết số 01/NQ-CP và 113/NQ-HĐND"),
    ("số 12689/QĐĐ-UBND, số 15/QÐ-UBND", "số 12689/QĐ-UBND, số 15/QĐ-UBND"),
    ("Tờ trình số 214/TIr-SKHĐT", "Tờ trình số 214/TTr-SKHĐT"),  # OCR's "I" for a "T"
    ("Công văn số 412/LĐĐLĐ-CSPL", "Công văn số 412/LĐLĐ-CSPL"),  # a labour federation's code, a letter doubled
    # OCR's "I" in a legislature's term: a "1" misread, or one it set there.
    ("Luật số 45/2013/QHI3, Pháp lệnh số 16/2005/PL-UBTVQHI11",
     "Luật số 45/2013/QH13, Pháp lệnh số 16/2005/PL-UBTVQH11"),
    ("Quy định số 08-QĐĐi/TW", "Quy định số 08-QĐi/TW"),  # the party's quy định, a letter doubled
    # A joint programme's parties, the last a code no table knows ("PNN": a district office); a council's committee
    # before its council's code ("BKTNS-HĐND"); the Farmers' Union's centre as its code is written ("HNDTW").
    ("Chương trình số 02/CTPHHNDPNN, số 58/BKTNSHĐND, số 45-HD/HNDTW, Quyết định số 1961/QĐUBND",
     "Chương trình số 02/CTPH-HND-PNN, số 58/BKTNS-HĐND, số 45-HD/HNDTW, Quyết định số 1961/QĐ-UBND"),
    # Two letters doubled are no OCR's slip: the Chi cục Đê điều's "CCĐĐ", a Chi cục's "CCBVMT" (no veterans' CCB).
    ("Tờ trình số 37/TTrCCĐĐ, Báo cáo số 214/BCCCBVMT, Quyết định số 1961/QĐUBND",
     "Tờ trình số 37/TTr-CCĐĐ, Báo cáo số 214/BC-CCBVMT, Quyết định số 1961/QĐ-UBND"),
    # An issuer glued to a unit of one letter twice is no doubled letter: the Tổng cục Thuế's "TCT-KK", not "TCTK".
    ("Quyết định số 1961/QĐUBND, Công văn số 3415/TCTKK", "Quyết định số 1961/QĐ-UBND, Công văn số 3415/TCT-KK"),
    # A type glued to an issuer is no doubled letter: "TTTTCP" is TT-TTCP (Thanh tra Chính phủ), not "TTCP".
    ("Thông tư số 04/2021/TTTTCP ngày 01/10/2021", "Thông tư số 04/2021/TT-TTCP ngày 01/10/2021"),
    # After a type's hyphen comes an issuer, never a type again: "TTPTQĐ" is not "TT-PTQĐ".
    ("Thông báo số 38/TB-TTPTQĐ, Quyết định số 1961/QĐUBND", "Thông báo số 38/TB-TTPTQĐ, Quyết định số 1961/QĐ-UBND"),
    # Not numbers, or numbers already right: as written.
    ("giai đoạn 20112020, năm 2022-2023, ngày 27/12/2023, xếp hạng 62/63", None),
    ("Công văn 285/CCTTHC, Tờ trình số 126/SKHĐT, 142/2024/QH15, 977-QĐ/TU, 01/Ctr-UBND, Covid-19", None),
    # A police office's code before its unit's: one issuer, its hyphen already there.
    ("Công văn số 312/VPCQCSĐT-TH", None),
])
def test_number_repair_touches_only_document_numbers(written, repaired):
    text, _, repairs = repaired_text(written, LineOrigins(((0, 0, Origin(line=1)),)))
    assert text == (repaired or written)
    assert bool(repairs) == bool(repaired)


# --- what cannot be read ---------------------------------------------------------------------------

def test_truncated_encrypted_and_non_pdfs_are_reported_with_the_reason(pdfs, tmp_path):
    whole = pdfs["000_61fe12f9455a1679.txt"][0].read_bytes()
    (tmp_path / "truncated.pdf").write_bytes(whole[: len(whole) // 2])
    (tmp_path / "not really.pdf").write_bytes(b"<html>404 Not Found</html>")
    canvas = Canvas(str(tmp_path / "encrypted.pdf"), encrypt="mật khẩu")
    canvas.drawString(100, 700, "Confidential")
    canvas.save()
    for name, reason in (("truncated.pdf", "truncated PDF"), ("encrypted.pdf", "encrypted PDF"),
                         ("not really.pdf", "not a PDF")):
        failure = read_letter(tmp_path / name, shown_as=name)
        assert isinstance(failure, ReadFailure) and failure.path == name
        assert failure.reason.startswith(reason), failure.reason


# --- scans ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def tesseract() -> None:
    """The OCR tests need Tesseract with its Vietnamese data: CI installs them; a bare machine fails here."""
    from build_tools.readers import scan

    scan.tesseract_version.cache_clear()
    try:
        scan.tesseract_version()
    except Exception as error:  # noqa: BLE001 - the reason is the message
        pytest.fail(f"OCR tests need Tesseract: {error}. .ci/run installs tesseract-ocr and tesseract-ocr-vie.")


SCANNED = ("000_61fe12f9455a1679.txt", "001_3e13e6be34528b82.txt", "002_3e31ca47caa3ef79.txt")


@pytest.fixture(scope="module")
def scans(pdfs, tesseract, tmp_path_factory) -> dict[str, tuple[Path, ProcessedLetter | ReadFailure, float]]:
    """First pages of three letters as 300-dpi PNG scans, read by OCR two at a time (two cores)."""
    from concurrent.futures import ThreadPoolExecutor

    folder = tmp_path_factory.mktemp("scans")
    # PDFium is not thread-safe: render every page first, then OCR (a process each) in parallel.
    pngs = {name: render_png(pdfs[name][0], folder / f"{name[:3]}.png") for name in SCANNED}

    def timed(name: str):
        start = time.monotonic()
        return process_letter(pngs[name]), time.monotonic() - start

    with ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(pngs, pool.map(timed, pngs), strict=True))
    return {name: (pngs[name], *results[name]) for name in SCANNED}


@pytest.mark.parametrize("name", SCANNED, ids=lambda n: n[:3])
def test_scanned_first_page_gives_number_date_issuer_and_citations(pdfs, scans, name):
    as_text = process_letter(CORPUS / name)
    _, as_scan, seconds = scans[name]
    assert not isinstance(as_scan, ReadFailure), as_scan
    assert (as_scan.encoding, as_scan.format) == ("ocr", "ocr")
    assert as_scan.notes == ("văn bản được nhận dạng tự động (OCR)",)
    for field_name in ("number", "date", "issuer"):
        assert getattr(as_scan.letter, field_name) == getattr(as_text.letter, field_name), field_name
    on_page = page_text(pdfs[name][0])
    expected = {c for c in citations(as_text) if c[0] in on_page}
    found = expected & set(citations(as_scan))
    assert expected and len(found) >= 0.9 * len(expected), (expected - found, seconds)


def test_pdf_without_text_layer_is_read_by_ocr(pdfs, scans, tmp_path):
    """A scan saved as PDF (an image on each page, no text) reads like the image."""
    from reportlab.lib.utils import ImageReader

    name = "004_3a47b4691aacc022.txt"
    png = render_png(pdfs[name][0], tmp_path / "004.png")
    canvas = Canvas(str(tmp_path / "scanned.pdf"), pagesize=A4)
    canvas.drawImage(ImageReader(str(png)), 0, 0, PAGE_W, PAGE_H)
    canvas.save()
    as_scan = process_letter(tmp_path / "scanned.pdf")
    as_text = process_letter(CORPUS / name)
    assert not isinstance(as_scan, ReadFailure), as_scan
    assert (as_scan.encoding, as_scan.format) == ("ocr", "ocr")
    assert as_scan.notes == ("văn bản được nhận dạng tự động (OCR)",)
    for field_name in ("number", "date", "issuer", "type", "subject"):
        assert getattr(as_scan.letter, field_name) == getattr(as_text.letter, field_name), field_name


def test_ocr_is_cached_by_content(scans, monkeypatch):
    from build_tools.readers import scan

    png, first, _ = scans[SCANNED[0]]

    def no_second_ocr(*_args):
        raise AssertionError("the scan was read by Tesseract again")

    monkeypatch.setattr(scan, "_run_tesseract", no_second_ocr)
    again = read_letter(png)
    assert not isinstance(again, ReadFailure), again
    assert process_letter(png).letter == first.letter


def test_blank_or_broken_scans_and_missing_tesseract_are_reported(tesseract, tmp_path, monkeypatch):
    from PIL import Image

    from build_tools.readers import scan

    Image.new("L", (1240, 1754), 255).save(tmp_path / "blank.png", dpi=(150, 150))
    (tmp_path / "cut.tiff").write_bytes(b"II*\x00")
    (tmp_path / "page.jpg").write_text("/etc/passwd\n")  # Tesseract would take it for a list of images
    for name, reason in (("blank.png", "OCR found no text on the scan"), ("cut.tiff", "not a readable image"),
                         ("page.jpg", "not a PNG, JPEG or TIFF image")):
        failure = read_letter(tmp_path / name)
        assert isinstance(failure, ReadFailure) and failure.reason.startswith(reason), failure

    monkeypatch.setattr(scan.shutil, "which", lambda _name: None)
    scan.tesseract_version.cache_clear()
    try:
        failure = read_letter(tmp_path / "blank.png")
    finally:
        scan.tesseract_version.cache_clear()
    assert isinstance(failure, ReadFailure)
    assert failure.reason == "Tesseract is not installed (apt-get install tesseract-ocr tesseract-ocr-vie)"


def test_scanned_notice_without_header_gives_type_and_subject(pdfs, tesseract, tmp_path):
    """The fifth sample (003) has no number, date or issuer to read: its title and subject must come back."""
    name = "003_6f0508abd3d91ba8.txt"
    as_scan = process_letter(render_png(pdfs[name][0], tmp_path / "003.png"))
    as_text = process_letter(CORPUS / name)
    assert not isinstance(as_scan, ReadFailure), as_scan
    assert (as_scan.letter.type, as_scan.letter.subject) == (as_text.letter.type, as_text.letter.subject)
    assert (as_scan.letter.number, as_scan.letter.date, as_scan.letter.issuer) == (None, None, None)


# --- where the text came from ----------------------------------------------------------------------------

def test_a_marker_without_its_footnote_names_its_page_and_line(tmp_path):
    """The marker stands inside a paragraph the reader joined from several rows: its own row is named.
    (The last footnote is the one left out: the reader takes a footnote numbered out of turn for the rest
    of the one before.)"""
    writer = write_letter_pdf(SAMPLES[3], tmp_path / "notice.pdf", without_notes=("8",))
    page, line = writer.marker_rows["8"]
    assert page > 1, "the marker should stand below a page number, which is not counted"
    warnings = [w for w in process_letter(tmp_path / "notice.pdf").letter.warnings if w.message.startswith("foot")]
    assert [(w.message, str(w.origin)) for w in warnings] == [
        ("footnotes: marker ⁸ has no footnote text", f"trang {page}, dòng {line}")]
    source = read_letter(tmp_path / "notice.pdf")
    paragraph = next(i for i, text in enumerate(source.text.split("\n")) if "⁸" in text)
    assert source.origins.of(paragraph).line < line  # the paragraph starts rows above the marker


# --- PDFs as offices make them: Word files converted by LibreOffice ------------------------------------

DEV_LETTERS = Path(__file__).resolve().parent / "dev_letters"
# The closing runs over a page break (a "Nơi nhận" entry cut by it); a footnote in the body's type at
# the foot of the page, a date wrapped in its cell, a title block of bold paragraphs.
OFFICE_LETTERS = ("s_bariavungtau_2021_vpubnd_tb", "s_binhduong_2024_stc_tt")
OFFICE_FIELDS = (*FIELDS, "place", "parent_issuer", "recipients", "cc", "signer_title", "signing_authority")
# A công văn (number, then "V/v …" in the left cell) and a commune's plan (its district's line above);
# a party công văn whose header cell starts at the margin ("Số 215-CV/HU" / "V/v …" a line apart); a
# signer's title wrapped in its cell ("PHÓ CHỈ HUY TRƯỞNG - THAM" / "MƯU TRƯỞNG"); two letters whose last
# page holds only the signer's name or the last copy ("- Lưu: VT, KT."): text, not a scan to read by OCR.
BROKEN_CELLS = ("m_camau_2008_stc_cv", "c_khanhhoa_2015_ubndxa_kh", "s_daknong_2013_hu_cv", "m_baclieu_2015_bchqs_kh",
                "s_binhphuoc_2016_ubndtx_cv", "s_bariavungtau_2021_vpubnd_tb")


# Scanned: a party công văn whose header cell runs below the motto's, its "V/v …" in a smaller font that
# OCR reads two points smaller still; a report whose centred title sets each line a paragraph apart.
SCANNED_LETTERS = ("m_bentre_2019_hu_cv", "n_namdinh_2008_ubndh_bc")


@pytest.fixture(scope="module")
def office(tmp_path_factory) -> dict[str, tuple]:
    """Two development letters as their office's .docx (header and closing in borderless two-column
    tables) and as LibreOffice converts it to PDF: name → (letter, .docx, .pdf). LibreOffice sets
    paragraphs apart by spacing, leaves the right edge ragged, and lets each cell flow on its own, so
    the rows of a table's two columns interleave."""
    import shutil

    from bench.dev_formats import libreoffice_pdfs, load_letters, write_docx

    if not (shutil.which("soffice") or shutil.which("libreoffice")):
        pytest.fail("LibreOffice converts the office letters to PDF: "
                    "apt-get install --no-install-recommends libreoffice-writer-nogui")
    folder = tmp_path_factory.mktemp("office")
    letters = {letter.name: letter for letter in load_letters(DEV_LETTERS)}
    kinds = ([(name, "") for name in OFFICE_LETTERS + SCANNED_LETTERS]
             + [(name, "-br") for name in BROKEN_CELLS])
    made = [write_docx(letters[name], folder / f"{name}{suffix}.docx", line_breaks=bool(suffix))
            for name, suffix in kinds]
    libreoffice_pdfs(made, folder)
    return {f"{name}{suffix}": (letters[name], folder / f"{name}{suffix}.docx", folder / f"{name}{suffix}.pdf")
            for name, suffix in kinds}


@pytest.mark.parametrize("name", OFFICE_LETTERS, ids=lambda name: name.split("_")[1])
def test_office_pdf_parses_as_its_docx(office, name):
    _, docx_path, pdf_path = office[name]
    as_docx, as_pdf = process_letter(docx_path), process_letter(pdf_path)
    assert not isinstance(as_pdf, ReadFailure), as_pdf
    assert (as_pdf.encoding, as_pdf.format) == ("pdf-text", "pdf")
    for name_of_field in OFFICE_FIELDS:
        assert getattr(as_pdf.letter, name_of_field) == getattr(as_docx.letter, name_of_field), name_of_field
    assert citations(as_pdf) == citations(as_docx)
    assert as_pdf.letter.footnotes == as_docx.letter.footnotes


@pytest.mark.parametrize("name", BROKEN_CELLS, ids=lambda name: name.split("_")[1])
def test_office_pdf_of_cells_broken_by_shift_enter_gives_the_letters_fields(office, name):
    """Header and closing cells typed as one paragraph each, their lines broken by Shift+Enter: in the
    PDF a cell's lines stand a line apart, as a wrapped paragraph's do; each is still a line of its own."""
    letter, _, pdf_path = office[f"{name}-br"]
    as_pdf = process_letter(pdf_path)
    assert not isinstance(as_pdf, ReadFailure), as_pdf
    assert as_pdf.encoding == "pdf-text"
    for name_of_field in OFFICE_FIELDS:
        value = getattr(as_pdf.letter, name_of_field)
        assert (list(value) if isinstance(value, tuple) else value) == letter.truth[name_of_field], name_of_field


def _following(lines: list[str], first: str, count: int) -> list[str]:
    """`count` lines of the text from the one that reads `first`, blank ones left out."""
    start = lines.index(first)
    return [line for line in lines[start:] if line][:count]


@pytest.mark.parametrize("name", OFFICE_LETTERS, ids=lambda name: name.split("_")[1])
def test_office_pdf_reads_each_cell_whole_and_each_paragraph_as_one_line(office, name):
    """Each column of the header and the closing whole and in order (the motto LibreOffice wrapped in
    its cell on one line, the signature not mixed into the copies), and each paragraph of running text
    one line however the ragged right edge broke it."""
    letter, _, pdf_path = office[name]
    lines = [line.strip("*") for line in read_letter(pdf_path).text.split("\n")]  # bold paragraphs: **…**
    blocks = letter.blocks
    for column in ("header_left", "header_right", "closing_left", "closing_right"):
        written = [line for line in blocks[column] if line]
        assert _following(lines, written[0], len(written)) == written, column
    for paragraph in re.split(r"\n\s*\n", blocks["body"].strip()):
        assert " ".join(paragraph.split()) in lines
    for note in blocks.get("footnotes", []):
        assert note in lines


def test_office_pdf_scanned_gives_number_date_type_and_signer(office, tesseract, tmp_path):
    """The same PDF printed and scanned (grey, askew, specks of noise): the header's lines interleave
    a few points apart, and Tesseract reads specks as marks ("„", "-") between them."""
    from bench.dev_formats import scanned_pdf

    _, docx_path, pdf_path = office["s_bariavungtau_2021_vpubnd_tb"]
    as_scan = process_letter(scanned_pdf(pdf_path, tmp_path / pdf_path.name))
    as_docx = process_letter(docx_path)
    assert not isinstance(as_scan, ReadFailure), as_scan
    assert (as_scan.encoding, as_scan.format) == ("ocr", "ocr")
    for name_of_field in ("number", "date", "type", "signer"):
        assert getattr(as_scan.letter, name_of_field) == getattr(as_docx.letter, name_of_field), name_of_field


@pytest.mark.parametrize("name", SCANNED_LETTERS, ids=lambda name: name.split("_")[1])
def test_a_scanned_letters_subject_is_read_whole(office, tesseract, tmp_path, name):
    from bench.dev_formats import scanned_pdf

    letter, _, pdf_path = office[name]
    as_scan = process_letter(scanned_pdf(pdf_path, tmp_path / pdf_path.name))
    assert not isinstance(as_scan, ReadFailure), as_scan
    for name_of_field in ("number", "date", "type", "issuer", "subject"):
        assert getattr(as_scan.letter, name_of_field) == letter.truth[name_of_field], name_of_field


# --- layouts drawn point by point ------------------------------------------------------------------------

def draw(path: Path, rows: list[tuple[float, float, str]], size: float = 11) -> Path:
    """A page with each (x, baseline from the top, text) drawn in DejaVu Serif."""
    _register_fonts()
    canvas = Canvas(str(path), pagesize=(612, 792))
    canvas.setFont(REGULAR, size)
    for x, baseline, text in rows:
        canvas.drawString(x, 792 - baseline, text)
    canvas.save()
    return path


def test_header_table_runs_on_into_kinh_gui_after_its_longer_column(tmp_path):
    """A header table whose left column runs on below the right one's end, set like the running text
    after it (paragraphs 10 points apart): a "Kính gửi:" a paragraph's distance below the last cell
    paragraph is read after the right column, where the letter has it; the cell's paragraphs above it
    stay in the left column, joined where they wrapped."""
    header = [(90, 82.4, "ỦY BAN NHÂN DÂN"), (306, 82.4, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA"), (306, 97.2, "VIỆT NAM"),
              (90, 107.2, "TỈNH PHÚ THỌ"), (306, 122.0, "Độc lập - Tự do - Hạnh phúc"),
              (90, 131.8, "Số: 6318/UBND-KGVX"), (306, 146.6, "Phú Thọ, ngày 18 tháng 11 năm 2025"),
              (90, 156.5, "V/v bảo đảm điều kiện dạy và học"), (90, 171.2, "tại các xã, phường"),
              (90, 195.9, "sau sắp xếp đơn vị hành chính"), (90, 220.6, "Kính gửi:"),
              (90, 245.3, "- Sở Giáo dục và Đào tạo;")]
    body = ["Thực hiện Nghị quyết số 202/2025/QH15 ngày 12/6/2025 của Quốc hội về",
            "việc sắp xếp đơn vị hành chính cấp tỉnh, Ủy ban nhân dân tỉnh yêu cầu các",
            "cơ quan, đơn vị bảo đảm điều kiện dạy và học tại các xã, phường."]
    rows = header + [(90, 270.0 + 14.7 * i, line) for i, line in enumerate(body)]
    rows += [(90, 328.8 + 14.7 * i, line) for i, line in enumerate(body)]  # a second paragraph, 10 pt apart
    text = read_letter(draw(tmp_path / "header.pdf", rows)).text
    assert text.startswith(
        "ỦY BAN NHÂN DÂN\nTỈNH PHÚ THỌ\nSố: 6318/UBND-KGVX\n"
        "V/v bảo đảm điều kiện dạy và học tại các xã, phường\nsau sắp xếp đơn vị hành chính\n\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Thọ, ngày 18 tháng 11 năm 2025\n\n"
        "Kính gửi:\n- Sở Giáo dục và Đào tạo;\n\nThực hiện Nghị quyết số 202/2025/QH15"), text
    assert f"\n\n{' '.join(body)}\n\n{' '.join(body)}\n" in text


# --- OCR: what Tesseract's boxes say ------------------------------------------------------------------------

def _tsv(words: list[tuple[str, int, int, int, int, float, int]]) -> str:
    """Tesseract's TSV for (text, left, top, width, height, confidence, line) words on one page, each
    line a paragraph of its own."""
    head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    rows = [head, "1\t1\t0\t0\t0\t0\t0\t0\t2550\t3300\t-1\t"]
    for line in sorted({w[6] for w in words}):
        mine = [w for w in words if w[6] == line]
        left, top = min(w[1] for w in mine), min(w[2] for w in mine)
        right, bottom = max(w[1] + w[3] for w in mine), max(w[2] + w[4] for w in mine)
        rows.append(f"4\t1\t{line}\t1\t1\t0\t{left}\t{top}\t{right - left}\t{bottom - top}\t-1\t")
        rows += [f"5\t1\t{line}\t1\t1\t{k}\t{x}\t{y}\t{w}\t{h}\t{conf}\t{text}"
                 for k, (text, x, y, w, h, conf, _) in enumerate(mine, 1)]
    return "\n".join(rows) + "\n"


def test_ocr_drops_specks_keeps_dashes_and_levels_a_skewed_page():
    """Specks read as marks ("„" before "SỐ:", a square "-" alone, a tall "—" in a blank day) are
    dropped, a dash's long flat stroke kept; a page scanned askew (one pixel in a hundred) comes out
    level, the two columns of one header row on one baseline; capitals that are all accented, whose
    boxes say little, take the page's size."""
    from build_tools.readers import scan

    rise, cap = 0.01, 40  # the skew (pixels down per pixel right); the capitals' height: a 57-pixel em

    def word(text: str, x: int, width: int, line: int, base: int, height: int = cap, conf: float = 95, lift=0):
        bottom = round(base + rise * x) - lift
        return text, x, bottom - height, width, height, conf, line

    words = [word("SỐ:", 400, 70, 1, 600), word("412", 480, 90, 1, 600), word("„", 360, 19, 2, 570, 11, 0.0),
             word("-", 1000, 9, 3, 560, 6, 7.0), word("CÀ", 1300, 75, 4, 600), word("MAU", 1390, 110, 4, 600),
             word("-", 1510, 15, 4, 600, 6, 92.0, lift=14), word("HÀ", 1540, 75, 4, 600),
             word("TĨNH", 1630, 130, 4, 600), word("THÁNG", 400, 160, 5, 900), word("—", 575, 31, 5, 905, 59, 25.0),
             word("05", 620, 60, 5, 900), word("NĂM", 700, 110, 5, 900), word("2020", 825, 120, 5, 900),
             word("ĐÀ", 1300, 75, 6, 900),
             word("NẴNG", 1390, 155, 6, 900)]
    [(read, height)] = scan.tsv_pages(scan.tsv_rows(_tsv(words)), scale=1.0)
    assert height == 3300
    assert [w.text for w in read] == ["SỐ:", "412", "CÀ", "MAU", "-", "HÀ", "TĨNH", "THÁNG", "05", "NĂM", "2020",
                                      "ĐÀ", "NẴNG"]
    baselines = {w.text: w.baseline for w in read}
    # Twelve pixels apart as scanned; header rows interleave forty apart.
    assert abs(baselines["SỐ:"] - baselines["TĨNH"]) < 2 and abs(baselines["THÁNG"] - baselines["NẴNG"]) < 2
    assert abs(baselines["-"] - baselines["MAU"]) < 1  # a dash stands above the baseline its words sit on
    assert [round(w.size) for w in read] == [57] * len(read)


@pytest.mark.parametrize(("read", "restored"), [
    # Bold capitals of a header as Tesseract's Vietnamese model gives them (dev letters' scans).
    ("UY BAN NHAN DÂN\nHUYFN QUYNH LƯU", "ỦY BAN NHÂN DÂN\nHUYỆN QUỲNH LƯU"),
    ("ỦY BAN NHAN DAN\nTÍNH THUA THIEN HUE", "ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ"),
    ("BỘ CHỈ HUY QUÂN SỰ TỈNH BẠC LIEU", "BỘ CHỈ HUY QUÂN SỰ TỈNH BẠC LIÊU"),
    ("TỈNH ỦY TAY NINH", "TỈNH ỦY TÂY NINH"),
    ("BAO CAO", "BÁO CÁO"),
    ("KT. Bộ Trường\nPhó Bí thư Thường trục", "KT. Bộ Trưởng\nPhó Bí thư Thường trực"),
    ("Quynh Lưu, ngày 08 tháng 7 năm 2011", "Quỳnh Lưu, ngày 08 tháng 7 năm 2011"),
    ("VĂN PHÒNG UBND TỈNH\n-\nBA RỊA - VUNG TÀU", "VĂN PHÒNG UBND TỈNH\n-\nBÀ RỊA - VŨNG TÀU"),  # under its kind
    ("SƠ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG", "SỞ NÔNG NGHIỆP VÀ MÔI\nTRƯỜNG"),  # cut by a narrow column
    ("BỆNH VIỆN ĐA KHOA KHU VỤC NGÃ NĂM", "BỆNH VIỆN ĐA KHOA KHU VỰC NGÃ NĂM"),
    ("PHONG GIÁO DỤC VÀ ĐÀO TẠO LỤC NAM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO LỤC NAM"),
    ("Tổ chức đại hội đảng bộ, chỉ bộ cơ sở", "Tổ chức đại hội đảng bộ, chi bộ cơ sở"),  # OCR's tone on "chi"
    # Left alone: running text whose folded words are a place's ("tỉnh Vĩnh …"), a person named as a
    # place is ("Lê Văn Hùng", "vụ Đông Xuân"), a word alone ("tính"), OCR's slips of other lengths.
    ("tình hình thực hiện", "tình hình thực hiện"),
    ("Lê Văn Hùng\nvụ Đông Xuân 2025", "Lê Văn Hùng\nvụ Đông Xuân 2025"),
    ("cách tính lương", "cách tính lương"),
    ("THOÔNG BAO", "THOÔNG BAO"),
    ("UBND thị xã Phú Mỹ", "UBND thị xã Phú Mỹ"),  # one letter from "thị xã Phủ Lý", but "Mỹ" is a syllable
    ("SO NONG NGHIEP tăng", "SO NONG NGHIEP tăng"),  # a phrase's first words inside a line
    ("Đội Quản lý trật tự đô thị", "Đội Quản lý trật tự đô thị"),  # "Tự do" folded, but "đ", "ô" are letters
    ("BAN TUYỂN GIÁO TỈNH ỦY", "BAN TUYÊN GIÁO TỈNH ỦY"),  # a tone OCR added is taken away
    # A long phrase takes away a letter's mark OCR added; a narrow cell's second line ends a long phrase.
    ("Sở Văn hóa tỉnh Bà Rịa - Vững Tàu", "Sở Văn hóa tỉnh Bà Rịa - Vũng Tàu"),
    ("TRƯƠNG CAO ĐĂNG Y TẾ BÌNH DƯƠNG", "TRƯỜNG CAO ĐẲNG Y TẾ BÌNH DƯƠNG"),
    ("SỞ NÔNG NGHIỆP\nVÀ PHÁT TRIEN NONG THON", "SỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN"),
    ("nông dân và phat trien nong thon", "nông dân và phat trien nong thon"),  # a phrase's last words inside a line
    # A field of seven words whose comma stays in the phrase.
    ("Sở Văn hóa, The thao và Du lịch tỉnh Bắc Kạn", "Sở Văn hóa, Thể thao và Du lịch tỉnh Bắc Kạn"),
    # A name's apostrophe between its words; a unit's own kind tells two names one fold apart ("huyện Phù Mỹ", Bình
    # Định's; Phú Mỹ was a thị xã).
    ("HỘI CỰU CHIẾN BINH HUYỆN ĐÁK R'LAP", "HỘI CỰU CHIẾN BINH HUYỆN ĐẮK R'LẤP"),
    ("Ủy ban nhân dân huyện Phu Mỹ", "Ủy ban nhân dân huyện Phù Mỹ"),
    ("HUYỆN ỦY MÙ CANG CHAI", "HUYỆN ỦY MÙ CANG CHẢI"),  # as the district writes it (the dataset: "Mù Căng Chải")
    # A district's health centre and radio station, a steering board's purpose (wave IU–JB's scans).
    ("TRUNG TAM Y TẾ HUYỆN CAO LÃNH", "TRUNG TÂM Y TẾ HUYỆN CAO LÃNH"),
    ("ĐAI TRUYEN THANH - TRUYÊN HINH", "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH"),
    ("BAN CHỈ ĐẠO PHÒNG, CHONG DỊCH COVID-19", "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19"),
])
def test_ocr_accents_put_back_on_the_phrases_of_headers(read, restored):
    from build_tools.model import LineOrigins
    from build_tools.readers.accents import restored_accents

    text, repairs = restored_accents(read, LineOrigins())
    assert text == restored
    assert len(text) == len(read) and len(repairs) == sum(a != b for a, b in zip(
        read.split(), restored.split(), strict=True))


def test_a_text_copy_of_a_scan_whose_headers_capitals_ocr_read_without_tones(tmp_path):
    """A scan's OCR given as text, the issuer's column without tones, the motto's partly ("UY BAN NHAN DAN CỘNG HOA XA
    HỘI …" / "TINH QUANG NGAI …"): the header's phrases get their marks back on the words written without a tone;
    a tone written stays ("UỶ BAN" is as the letter writes it), a name's letters too ("VÂN PHONG" is no "VĂN PHÒNG"),
    and the text below the header is as read."""
    from build_tools.pipeline import process_letter
    from build_tools.readers import read_letter

    path = tmp_path / "scan.txt"
    path.write_text("UY BAN NHAN DAN CỘNG HOA XA HỘI CHU NGHĨA VIỆT NAM\nTINH QUANG NGAI Độc lập - Tự do - Hạnh phúc\n"
                    "Số: 5127/UBND-KTN Quảng Ngãi, ngày 15 tháng 10 năm 2019\nV/v ứng phó mưa lũ\n\nKính gửi: Các sở."
                    "\n\nUBND tinh yêu cầu thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                    "Trần Phước Hiền\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert letter.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert "UBND tinh yêu cầu" in letter.body
    clean = tmp_path / "clean.txt"
    clean.write_text(path.read_text(encoding="utf-8").replace("UY BAN NHAN DAN CỘNG HOA XA HỘI CHU", "UỶ BAN NHÂN"
                     " DÂN CỘNG HÒA XÃ HỘI CHỦ").replace("TINH QUANG NGAI", "TỈNH QUẢNG NGÃI"), encoding="utf-8")
    assert process_letter(clean).letter.issuer == "Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert not read_letter(clean).repairs
    zone = tmp_path / "zone.txt"
    zone.write_text(clean.read_text(encoding="utf-8").replace("TỈNH QUẢNG NGÃI", "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG"),
                    encoding="utf-8")
    assert not read_letter(zone).repairs


def test_ocr_slips_on_a_closings_words_are_mended_and_recorded():
    from build_tools.model import LineOrigins
    from build_tools.readers.accents import mended_slips

    read = "Nơi nhận:\n- UBND tỉnh (b/©);\n- Sở Tài chính (b/C);\n- Lưu: VF, KT.\nvề việc VF và (b/©"
    text, _, repairs = mended_slips(read, LineOrigins())
    assert text == "Nơi nhận:\n- UBND tỉnh (b/c);\n- Sở Tài chính (b/c);\n- Lưu: VT, KT.\nvề việc VF và (b/©"
    assert [(r.written, r.repaired) for r in repairs] == [("©", "c"), ("C", "c"), ("VF", "VT")]
    # A name's line whose family name OCR gave another tone; not a line of running text.
    assert mended_slips("- Thường trực Tỉnh ủy (bí/c);", LineOrigins())[0] == "- Thường trực Tỉnh ủy (b/c);"
    assert mended_slips("- TT HĐND (b/©C);\n- UBND tỉnh (hb/C);\n- Cục Thú y (b/€);\n- UBTVQH (h/C);",
                        LineOrigins())[0] == "- TT HĐND (b/c);\n- UBND tỉnh (b/c);\n- Cục Thú y (b/c);\n- UBTVQH (b/c);"
    read = "PHÓ CHỦ TỊCH\nĐỉnh Văn Toàn\nNguyên Thị Bích Hạnh\nĐỉnh núi cao\nông Nguyên Văn A"
    assert mended_slips(read, LineOrigins())[0] == (
        "PHÓ CHỦ TỊCH\nĐinh Văn Toàn\nNguyễn Thị Bích Hạnh\nĐỉnh núi cao\nông Nguyên Văn A")


def test_tone_marks_a_sharing_sites_pdf_text_strung_at_the_lines_ends_go_back_where_the_letter_says():
    """An old font's toned vowels as a letter and a mark: the site kept the letters and strung the marks after
    each line, in order. "hoạt động" and "toàn" written intact elsewhere, "dịp" ending in p (never level), put
    them back; "hè"/"năm" decided by "hè" written intact; a line the letter says nothing of is left as written."""
    text = ("V/v tổ chức các hoat đông hè và bảo đảm ̣ ̣\nan toan cho học sinh trong dip he năm 2019 ̀ ̣ ̀\n"
            "Các trường tổ chức hoạt động hè an toàn, lành mạnh.\nnhanh tinh hình ̀\n")
    origins = LineOrigins(((0, 0, Origin(line=1)),))
    mended, _, repairs = mended_words(text, origins)
    assert mended.splitlines()[:2] == ["V/v tổ chức các hoạt động hè và bảo đảm",
                                       "an toàn cho học sinh trong dịp hè năm 2019"]
    assert mended.splitlines()[3] == "nhanh tinh hình ̀"  # "nhành" or "tình": the letter does not say
    assert {repair.written for repair in repairs} >= {"hoat", "đông", "toan", "dip", "he"}


def test_letters_a_fake_bold_gave_twice_are_given_once_where_the_copy_shows_it():
    """A PDF's fake bold draws each run twice; its text gives each letter or group twice ("KKẾẾ HOHOẠẠCHCH",
    "nnăămm 20222022"). Runs of such words are given once; a clean letter's "11 người", "Hà Hà" stay."""
    text = ("TRUNGTRUNG TTÂÂMM KIKIỂỂMM SOSOÁÁTT BBỆỆNHNH TTẬẬTT ĐĐộộcc llậậpp -- TTựự dodo\nKKẾẾ HOHOẠẠCHCH\n"
            "PhPhòòngng chchốốngng ddịịchch nnăămm 20222022\nCó 11 người tham gia tại xã Hà Hà.\n")
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended.splitlines() == ["TRUNG TÂM KIỂM SOÁT BỆNH TẬT Độc lập - Tự do", "KẾ HOẠCH",
                                   "Phòng chống dịch năm 2022", "Có 11 người tham gia tại xã Hà Hà."]
    clean = "Có 11 người, 22 hộ.\nKẾ HOẠCH\n"
    assert mended_words(clean, LineOrigins(((0, 0, Origin(line=1)),)))[0] == clean


# Pieces a copy's damage is made of, and what stands around them: the census of a text's tokens must see a sign
# wherever a detector or a glue pattern finds damage (else the damage is skipped unseen).
_DAMAGE = ("ngày27/7/2017", "NGÀY27", "Quyết định137/QĐ-TTg", "quận3", "PHƯỜNG3", "củaUBND", "xãYên Đĩnh",
           "trưởngBộ Giáo", "tịchỦy ban", "vàTKCN", "3927/BTC-NSNNngày", "9871/BCT-CNĐPV/v ", "xã,thành", "phốvề ",
           "dựngtại ", "phốvà ", "phốban hành", "vềviệc", "TRƯỜNGMN", "SỞNN VÀ PTNT", "KKẾẾ", "HOHOẠẠCHCH", "ĐĐộộcc",
           "c ủa", "Th ủ", "Ủ y ban", "nh ận", "qu ận", "gi ải", "XàHỘI", "Xà HỘI", "XÀHỘI", "20l9", "0l/2020", "5/l2",
           " l386/", "1O", "tháng Ol năm", "Cơng", "PHỊNG", "HỊA", "ƯBND", "HUYệN", "CộNG", "HOà", "dântỉnh", "BộNông",
           "ĐỐCTrần", "Hạnh phúcHậu Lộc", "LưuVP")
_AROUND = (" ", "\n", "  ", ", ", "(", ")", "/", "-", ":", "|", "l", "O", "1", "2", "a", "ư", "B", "à", "À", "X",
           "Xã", "Đ", "v", "c", "y", "ban", "ngày", "tháng", "năm", "hành", "việc", "TT", "UBND", "NN")


@given(st.lists(st.sampled_from(_DAMAGE + _AROUND), max_size=24))
@settings(max_examples=400, deadline=None)
def test_the_census_of_a_texts_tokens_sees_every_damage_a_detector_finds(pieces):
    text = "".join(pieces)
    signs, glued = repair._census(text)
    for kind, patterns in repair._GLUE_BY_JUNCTION.items():
        assert kind in signs or not any(pattern.search(text) for pattern in patterns), (kind, text)
    for kind, detector in (("doubled", repair._doubled_glyphs), ("split", repair._split_syllables),
                           ("tilde", repair._lost_tildes), ("digit slip", repair._digit_slips),
                           ("font slip", repair._font_slips), ("capitals font", repair._capitals_font_slips)):
        assert kind in signs or not detector(text), (kind, text)
    assert "abbreviation" in signs or not repair._abbreviation_glued(text, frozenset({"abbreviation"})), text
    assert {word for word in repair._WORD.findall(text) if repair._glued_at(word)} == glued, text


def test_the_motto_run_into_the_place_and_date_is_parted_even_once():
    """A web copy's "Độc lập - Tự do - Hạnh phúcHậu Lộc, ngày 08 tháng 5 năm 2017": the place is Hậu Lộc; the filed
    copy's "- LưuVP." is "Lưu VP"."""
    text = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúcHậu Lộc, ngày 08 tháng 5 năm 2017\n"
            "- LưuVP.\n")
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended.splitlines()[1:] == ["Độc lập - Tự do - Hạnh phúc Hậu Lộc, ngày 08 tháng 5 năm 2017", "- Lưu VP."]


def test_a_glued_word_two_cuts_could_part_is_cut_where_letters_pair_their_words():
    """"BANHÀNH" is "BA NHÀNH" or "BAN HÀNH", "thựchiện" "thự chiện" or "thực hiện": the pair letters are made of
    decides (a web copy that lost its spaces throughout)."""
    text = "QUYẾT ĐỊNH\nVỀ VIỆC BANHÀNH KẾ HOẠCH\nTổ chức thựchiện Quyết định này, Ủyban nhân dântỉnh giao.\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended.splitlines()[1:] == ["VỀ VIỆC BAN HÀNH KẾ HOẠCH",
                                       "Tổ chức thực hiện Quyết định này, Ủy ban nhân dân tỉnh giao."]


def test_a_glued_word_is_cut_where_both_halves_are_syllables_the_language_has():
    """"cuộchọp" is no "cuộ chọp" (an open "uô" ends no syllable) nor "cuộch ọp" ("ch" closes only a, ê, i, y);
    "YÊNỦY" no "YÊ NỦY"; a stop closes a syllable of the sắc or nặng tone only ("hờp" is none); no rhyme sets "o"
    and "y" side by side ("SởY tế" is "Sở Y tế")."""
    assert not any(map(is_syllable, ("cuộ", "yê", "mươ", "cuộch", "hờp", "tồt", "sởy", "xii")))
    assert all(map(is_syllable, ("cuộc", "yên", "khuynh", "bệnh", "thích", "hợp", "tốt", "được", "rượu", "giỏi",
                                 "khuya", "xoong", "ea", "niê")))  # "Ea Kar", "H'Hen Niê": the Highlands' names
    text = "Tại cuộchọp, Tỉnh ủy PHÚ YÊNỦY BAN KIỂM TRA đượchướng dẫn SởY tế.\nCó 11 người tham gia.\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended.splitlines()[0] == "Tại cuộc họp, Tỉnh ủy PHÚ YÊN ỦY BAN KIỂM TRA được hướng dẫn Sở Y tế."


def test_a_numbers_code_run_into_the_next_word_is_parted_even_once():
    """"Thông tư số 39/2016/TT-NHNNngày 30/12/2016": the copy's one glued word; the citation keeps its number."""
    text = "Căn cứ Thông tư số 39/2016/TT-NHNNngày 30/12/2016 của Ngân hàng Nhà nước;\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == text.replace("NHNNngày", "NHNN ngày")


def test_a_foreign_word_written_thrice_is_no_damage():
    """"Dengue" three times and one glued word: the copy shows no words run together throughout (the kinds of words
    count, not how often one is written), so nothing is cut."""
    text = "Sốt xuất huyết Dengue; ca Dengue; muỗi truyền Dengue; trường hợptử vong.\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == text


def test_a_word_run_into_about_is_parted_even_once():
    """"… của UBND Thành phốvề việc giao chỉ tiêu": the copy's one glued word, its issuer read to "Thành phố"."""
    text = "Quyết định số 6811/QĐ-UBND ngày 20/12/2022 của UBND Thành phốvề việc giao chỉ tiêu; về việc khác.\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == text.replace("phốvề", "phố về")
    text = "Công văn số 612-CV/HU ngày 29/8/2016 của Ban Thường vụ Huyện ủyvề chủ động ứng phó mùa mưa bão.\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == text.replace("ủyvề", "ủy về")


def test_a_vntimeh_copys_small_letters_in_the_header_and_signature_are_capitals_again():
    """A copy converted from a ".VnTimeH" font gives its capitals as small letters; told by the motto in small letters,
    the header's lines down to it (not a subject going on in small letters) and the signature's are capitals again."""
    text = ("uỷ ban nhân dân\nhuyện bình xuyên\nSố: 846/UBND-TNMT\nV/v đẩy nhanh tiến độ\ndự án cụm công nghiệp\n"
            "cộng hoà xã hội chủ nghĩa việt nam\nĐộc lập - Tự do - Hạnh phúc\nỦy ban đề nghị./.\nNơi nhận:\n- Như"
            " trên;\n- Lưu: VT.\nkt. chủ tịch\nphó chủ tịch\nLê Đình Thắng\n")
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == (
        "UỶ BAN NHÂN DÂN\nHUYỆN BÌNH XUYÊN\nSố: 846/UBND-TNMT\nV/v đẩy nhanh tiến độ\ndự án cụm công nghiệp\n"
        "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nỦy ban đề nghị./.\nNơi nhận:\n- Như"
        " trên;\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Đình Thắng\n")
    assert mended_words(text.replace("cộng hoà", "CỘNG HOÀ"), LineOrigins(((0, 0, Origin(line=1)),)))[0].startswith(
        "uỷ ban nhân dân")  # the motto in capitals: the copy kept them, small letters are as written


def test_a_fonts_slips_in_the_motto_are_mended_where_the_copy_shows_them_throughout():
    """"CỘNG HỊA" (no word is "hịa") with "PHỊNG" and "Cơng văn" in the same copy: the font's; "địa bàn" is a word."""
    text = "CỘNG HỊA XÃ HỘI\nPHỊNG GIÁO DỤC\nCơng văn trên địa bàn.\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == (
        "CỘNG HÒA XÃ HỘI\nPHÒNG GIÁO DỤC\nCông văn trên địa bàn.\n")


def test_a_comma_run_into_a_word_is_parted_even_once_but_a_clerks_codes_are_as_written():
    """"các huyện, thị xã,thành phố" is "thị xã, thành phố"; "Ủy ban nhân dân quận3" is "quận 3"; "Lưu: VT,KT" and
    "1,5 tỷ" are as written."""
    text = "- Ủy ban nhân dân các huyện, thị xã,thành phố;\n- Lưu: VT,KT.\nKinh phí 1,5 tỷ đồng của quận3.\n"
    assert mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))[0] == text.replace("xã,", "xã, ").replace(
        "quận3", "quận 3")


def test_an_abbreviation_run_into_a_word_is_cut_but_an_acronym_of_short_letters_is_kept():
    """"TRƯỜNGMN" is "TRƯỜNG MN"; "ATTP" (an toàn thực phẩm) is no "AT" + "TP" (thành phố)."""
    text = "TRƯỜNGMN AN MỸ\n- Ban Chỉ đạo liên ngành ATTP tỉnh;\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended.splitlines() == ["TRƯỜNG MN AN MỸ", "- Ban Chỉ đạo liên ngành ATTP tỉnh;"]


def test_a_scans_split_uy_and_a_year_read_with_letters_are_mended_even_once():
    """"ĐẢNG Ủ Y KHỐI" (no word "ủ" stands before a "y") is "ĐẢNG ỦY KHỐI"; "năm học 2OO9-2010" is "2009-2010"; a word
    of letters alone ("ÔNG", "Ol") and a number as written stay."""
    text = "ĐẢNG Ủ Y KHỐI DOANH NGHIỆP\nnăm học 2OO9-2010 và 2O15; ÔNG Ol; số 1234.\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended == "ĐẢNG ỦY KHỐI DOANH NGHIỆP\nnăm học 2009-2010 và 2015; ÔNG Ol; số 1234.\n"


def test_a_year_run_into_the_word_after_it_is_parted_even_once():
    """"năm 2021theo chuẩn nghèo" is "năm 2021 theo"; a number with its unit ("20kg") and a code ("2021HS") stay."""
    text = "hộ cận nghèo năm 2021theo chuẩn nghèo; cấp 20kg gạo; số 2021HS.\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended == "hộ cận nghèo năm 2021 theo chuẩn nghèo; cấp 20kg gạo; số 2021HS.\n"


def test_a_split_no_two_words_make_and_an_assemblys_term_set_apart():
    """"Căn cứ Qu yết định số …" (no word is "qu") is "Quyết định"; "63/2014/QH 13" is "63/2014/QH13"; "qua ấp" and
    "QH 2" stay."""
    text = "Căn cứ Qu yết định số 08/2008/QĐ-UBND; Luật số 63/2014/QH 13; đi qua ấp; nhóm QH 2.\n"
    mended, _, _ = mended_words(text, LineOrigins(((0, 0, Origin(line=1)),)))
    assert mended == "Căn cứ Quyết định số 08/2008/QĐ-UBND; Luật số 63/2014/QH13; đi qua ấp; nhóm QH 2.\n"
