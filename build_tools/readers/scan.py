"""Reader for scanned letters (bản quét): images, and PDF pages without a text layer, read by OCR.

Tesseract (Debian's tesseract-ocr with tesseract-ocr-vie) recognises the words and their boxes (its
TSV output); pdf.py lays them out as it does a PDF's text layer (two-column header, paragraphs), and
repair.py fixes the slips OCR makes inside document numbers ("01/NÑQ-CP" → "01/NQ-CP"). The boxes
are made fit for that layout here: specks Tesseract read as marks left out, a font size estimated
from what each word's letters reach, the scanner's skew turned away and each line on one baseline.

OCR takes seconds a page, so results are cached under .cache/ocr/ by the file's SHA-256 and the
Tesseract version: a rebuild does not read the same scan again.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import shutil
import statistics
import subprocess
import tempfile
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import pypdfium2 as pdfium

from build_tools.model import SourceText
from build_tools.readers import UnreadableLetter, register
from build_tools.readers.pdf import Page, Word, lay_out, rows_of
from build_tools.readers.repair import repaired_text
from build_tools.text import nfc

OCR_NOTE = "văn bản được nhận dạng tự động (OCR)"
CACHE_DIR = Path(__file__).resolve().parents[2] / ".cache" / "ocr"
DPI = 300  # what Tesseract is trained for; PDF pages without text are rendered at it
# Tesseract's own threads contend on two cores: one thread read a page in 3 s where the default took 8 s.
_ENV = {**os.environ, "OMP_THREAD_LIMIT": "1"}
_INSTALL = "apt-get install tesseract-ocr tesseract-ocr-vie"
_IMAGE_SIGNATURES = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"II*\x00", b"MM\x00*")
# An OCR line box holds accents above and descenders below: the font size is about this part of it.
_SIZE_OF_LINE = 0.85
# How far letters reach above the baseline and below it, in ems, in the serif faces letters are set in
# (Times, DejaVu Serif): capitals, digits and ascenders; x-height letters; descenders; a dot below.
_CAP, _ASCENDER, _X_HEIGHT, _DESCENDER, _DOT_BELOW = 0.70, 0.72, 0.48, 0.22, 0.18
_TALL_MARKS = set("/()[]|")  # reach from below the baseline to the capitals' height
_MARKS_ABOVE = {"\u0300", "\u0301", "\u0302", "\u0303", "\u0306", "\u0309"}  # grave … breve, hook
_SURE = 80  # Tesseract's confidence (0-100) in a word it read well


@functools.cache
def tesseract_version() -> str:
    """The version line of the installed Tesseract; UnreadableLetter when it, or its Vietnamese, is missing."""
    if shutil.which("tesseract") is None:
        raise UnreadableLetter(f"Tesseract is not installed ({_INSTALL})")
    languages = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, env=_ENV).stdout
    if "vie" not in languages.split():
        raise UnreadableLetter("Tesseract has no Vietnamese language data (apt-get install tesseract-ocr-vie)")
    result = subprocess.run(["tesseract", "--version"], capture_output=True, text=True, env=_ENV)
    return (result.stdout or result.stderr).splitlines()[0]


def _run_tesseract(image: Path, dpi: int | None) -> str:
    command = ["tesseract", str(image), "stdout", "-l", "vie", "--psm", "3", *(["--dpi", str(dpi)] if dpi else [])]
    result = subprocess.run([*command, "tsv"], capture_output=True, text=True, errors="replace", env=_ENV)
    if result.returncode != 0 or not result.stdout.startswith("level"):
        # Leptonica says why first: "Error in findFileFormatStream: truncated file".
        errors = [line.split(": ", 1)[-1] for line in result.stderr.splitlines() if line.startswith("Error in")]
        reason = errors[0] if errors else result.stderr.strip() or f"Tesseract exited with {result.returncode}"
        raise UnreadableLetter(f"not a readable image ({reason})")
    return result.stdout


def ocr_tsv(key: bytes, image: Callable[[Path], Path], dpi: int | None = None) -> str:
    """Tesseract's TSV (words and boxes) for an image, from the cache when the same bytes were read.

    `key` names the image's content; `image(folder)` gives the image's file, made in `folder` if need be.
    """
    options = f"{tesseract_version()} vie psm3 dpi{dpi}".encode()
    cached = CACHE_DIR / f"{hashlib.sha256(key + options).hexdigest()}.tsv"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        tsv = _run_tesseract(image(Path(folder)), dpi)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_text(tsv, encoding="utf-8")
    partial.replace(cached)  # whole or absent: a build stopped mid-write leaves no half entry
    return tsv


def tsv_pages(tsv: str, scale: float = 1.0) -> list[tuple[list[Word], float]]:
    """(words, page height) of each page in Tesseract's TSV, coordinates divided by `scale`: specks
    left out, each word's size and baseline estimated, the page's skew turned away."""
    rows = list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))
    pages = {r["page_num"]: ([], int(r["height"]) / scale) for r in rows if r["level"] == "1"}
    for page, words in _read_words(rows).items():
        pages[page][0].extend(Word(nfc(w.text), w.x0 / scale, w.x1 / scale, w.baseline / scale, w.size / scale)
                              for w in _levelled(words))
    return [pages[number] for number in sorted(pages, key=int)]


def _read_words(rows: list[dict]) -> dict[str, list[_Read]]:
    """The words of each page, specks left out, with their sizes and baselines."""
    sizes = _paragraph_sizes(rows)
    line_heights: dict[str, list[int]] = {}
    for r in rows:
        if r["level"] == "4":
            line_heights.setdefault(r["page_num"], []).append(int(r["height"]))
    typical = {page: statistics.median(heights) for page, heights in line_heights.items()}
    # The words of each line that hold a letter or digit: a dash with none beside it is a speck.
    texts: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for r in rows:
        if r["level"] == "5" and any(c.isalnum() for c in r["text"] or ""):
            texts.setdefault(_line_key(r), []).append((int(r["left"]), int(r["left"]) + int(r["width"])))
    read: dict[str, list[_Read]] = {}
    for r in rows:
        text = (r.get("text") or "").strip()
        if r["level"] != "5" or not text or float(r["conf"]) < 0:
            continue
        line_height = typical.get(r["page_num"])
        if line_height is not None and _speck(r, text, line_height, _beside(r, texts, 2 * line_height)):
            continue
        left, top, width, height = (int(r[k]) for k in ("left", "top", "width", "height"))
        size = sizes.get(_paragraph_key(r), height * _SIZE_OF_LINE)
        # The baseline: the box's bottom, less the descent of "g", "p", "ạ", or below a dash, which
        # stands a quarter em above it (guessed from the size).
        baseline = top + height - (0.2 * size if _descends(text) else 0) + (0.25 * size if _dash(text) else 0)
        read.setdefault(r["page_num"], []).append(_Read(_line_key(r), text, left, left + width, baseline, size))
    return read


@dataclass(frozen=True)
class _Read:
    """A word as Tesseract read it, in the image's pixels."""

    line: tuple[str, ...]  # Tesseract's line: page, block, paragraph, line
    text: str
    x0: float
    x1: float
    baseline: float
    size: float


def _levelled(words: list[_Read]) -> list[_Read]:
    """The words with the page's skew turned away and the words of each line on one baseline.

    A scanner sets a page a little askew (half a degree lifts a line's end two points above its
    start) and a baseline guessed from one word's box is a point or two out: in a two-column header,
    whose columns' lines interleave seven points apart, either puts a word in the other column's row.
    """
    slope = _skew(words)
    turned = [replace(w, x0=w.x0 + slope * w.baseline, x1=w.x1 + slope * w.baseline,
                      baseline=w.baseline - slope * (w.x0 + w.x1) / 2) for w in words]
    lines: dict[tuple[str, ...], list[_Read]] = {}
    for word in turned:
        lines.setdefault(word.line, []).append(word)
    base = {key: statistics.median(w.baseline for w in line) for key, line in lines.items()}
    return [replace(w, baseline=base[w.line]) if abs(w.baseline - base[w.line]) <= 0.3 * w.size else w
            for w in turned]


def _skew(words: list[_Read]) -> float:
    """The page's skew, as the rise of a baseline per unit of width: the median slope of Tesseract's
    lines of four words or more (each fitted by least squares), none when they give none."""
    lines: dict[tuple[str, ...], list[_Read]] = {}
    for word in words:
        lines.setdefault(word.line, []).append(word)
    slopes = []
    for line in lines.values():
        if len(line) < 4:
            continue
        xs = [(w.x0 + w.x1) / 2 for w in line]
        mean_x, mean_y = statistics.fmean(xs), statistics.fmean(w.baseline for w in line)
        spread = sum((x - mean_x) ** 2 for x in xs)
        if spread > 0:
            slopes.append(sum((x - mean_x) * (w.baseline - mean_y) for x, w in zip(xs, line, strict=True)) / spread)
    slope = statistics.median(slopes) if slopes else 0.0
    return slope if abs(slope) < 0.05 else 0.0  # beyond three degrees, a misreading, not a scanner


def _paragraph_sizes(rows: list[dict]) -> dict[tuple[str, ...], float]:
    """The font size (in pixels) of each of Tesseract's paragraphs: the median of what its words say.
    A box's height is the reach of its letters ("ngày" reaches below the baseline, "NAM" only to the
    capitals' height), so each word's height is divided by its letters' reach; a line's own height
    swings with its accents ("Ủ", "Ộ") and descenders. A paragraph whose words say nothing (capitals
    all accented: "ĐÀ NẴNG") takes its page's usual size, or its lines' height on a page of such."""
    ems: dict[tuple[str, ...], list[float]] = {}
    heights: dict[tuple[str, ...], list[int]] = {}
    for r in rows:
        if r["level"] == "4":
            heights.setdefault(_paragraph_key(r), []).append(int(r["height"]))
        elif r["level"] == "5" and float(r["conf"]) >= 50 and (reach := _reach((r["text"] or "").strip())):
            ems.setdefault(_paragraph_key(r), []).append(int(r["height"]) / reach)
    on_page: dict[str, list[float]] = {}
    for key, values in ems.items():
        on_page.setdefault(key[0], []).extend(values)
    usual = {page: statistics.median(values) for page, values in on_page.items()}
    return {key: statistics.median(ems[key]) if key in ems
            else usual.get(key[0], statistics.median(line) * _SIZE_OF_LINE) for key, line in heights.items()}


def _reach(text: str) -> float | None:
    """How far a word's letters reach, top to bottom, in ems; None when they say little (one letter,
    marks alone) or when an accent stands above one: Tesseract leaves an accent over a capital out of
    the word's box as often as in."""
    letters = unicodedata.normalize("NFD", text)
    if len(text) < 2 or any(c in _MARKS_ABOVE for c in letters):
        return None
    top = max((_top(c) for c in letters), default=0.0)
    below = [_DESCENDER] * any(c in "gpqyjQ" or c in _TALL_MARKS for c in letters)
    below += [_DOT_BELOW] * ("\u0323" in letters or any(c in ",;" for c in letters))
    return top + max(below, default=0.0) if top else None


def _top(char: str) -> float:
    if char.isupper() or char.isdigit() or char in _TALL_MARKS:
        return _CAP
    if char in "bdđhklfit":
        return _ASCENDER
    return _X_HEIGHT if char.isalpha() else 0.0


def _beside(row: dict, texts: dict[tuple[str, ...], list[tuple[int, int]]], reach: float) -> bool:
    """Whether a word of its line with a letter or digit stands within `reach` of the word."""
    left, right = int(row["left"]), int(row["left"]) + int(row["width"])
    return any(x0 - reach <= right and left <= x1 + reach for x0, x1 in texts.get(_line_key(row), []))


def _speck(row: dict, text: str, typical: float, beside_text: bool = True) -> bool:
    """A "word" Tesseract made of a scan's specks: a "dash" without a dash's long, flat stroke (a
    blank left for the day read as "—"), or a short one with no word beside it (a list's dash has
    its item, "Độc lập - Tự do" its words; a rule typed as dashes is long), or a box far shorter
    than the page's lines of text ("„", "`", "š" between two header lines): below a quarter of a
    line no letter is that small, whatever Tesseract's confidence; up to two fifths, one it doubts
    (marks with no letter or digit sooner). Left in, a speck would open the line it joins ("„ Số:
    412/…", no longer a number line)."""
    height, width = int(row["height"]), int(row["width"])
    if _dash(text):  # a dash's stroke is at least twice as long as it is thick
        return not (height < 0.15 * typical and 2 * height <= width and (beside_text or width > typical))
    if height >= 0.4 * typical:
        return False
    sure = _SURE + 10 * (not any(c.isalnum() for c in text))
    return height < 0.25 * typical or float(row["conf"]) < sure


def _line_key(row: dict) -> tuple[str, ...]:
    return tuple(row[k] for k in ("page_num", "block_num", "par_num", "line_num"))


def _paragraph_key(row: dict) -> tuple[str, ...]:
    return tuple(row[k] for k in ("page_num", "block_num", "par_num"))


def _dash(text: str) -> bool:
    return text.strip("-–—") == ""


def _descends(text: str) -> bool:
    """Whether a word reaches below the baseline: "g", "p", "q", "y", a dot below ("ạ", "Ộ"), a comma
    (not "G" or "Y": capitals stand on it)."""
    return any(c in "gpqyj,;" for c in text) or "\u0323" in unicodedata.normalize("NFD", text)


def ocr_pdf_page(page: pdfium.PdfPage, key: bytes) -> list[Word]:
    """OCR of a PDF page without a text layer, in PDF points like the text layer's words."""
    scale = DPI / 72

    def render(folder: Path) -> Path:
        image = folder / "page.pgm"
        image.write_bytes(_render_pgm(page, scale))
        return image

    pages = tsv_pages(ocr_tsv(key, render, DPI), scale)
    return pages[0][0] if pages else []


def _render_pgm(page: pdfium.PdfPage, scale: float) -> bytes:
    """The page as a greyscale PGM image, which Tesseract reads without any imaging library."""
    bitmap = page.render(scale=scale, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    rows = b"".join(pixels[y * stride : y * stride + width] for y in range(height))
    return f"P5\n{width} {height}\n255\n".encode() + rows


@register(".png", ".jpg", ".jpeg", ".tif", ".tiff")
def read_scan(path: Path) -> SourceText:
    data = path.read_bytes()
    if not data.startswith(_IMAGE_SIGNATURES):
        # Checked here: Tesseract reads any other file as a list of image paths to open.
        raise UnreadableLetter("not a PNG, JPEG or TIFF image" if data else "empty file")
    pages = tsv_pages(ocr_tsv(hashlib.sha256(data).digest(), lambda _folder: path))
    if sum(len(w.text) for words, _ in pages for w in words) < 20:
        raise UnreadableLetter("OCR found no text on the scan (a blank page, or not a letter)")
    # Pixels stand in for points: the layout measures everything in units of the text's own size.
    text, origins = lay_out([Page(rows_of(words), height, number) for number, (words, height) in enumerate(pages, 1)
                             if words], exact=False)
    text, origins, repairs = repaired_text(text, origins)
    return SourceText(str(path), text, "ocr", "ocr", (OCR_NOTE,), origins, repairs)
