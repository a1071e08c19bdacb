"""Reader for scanned letters (bản quét): images, and PDF pages without a text layer, read by OCR.

Tesseract (Debian's tesseract-ocr with tesseract-ocr-vie) recognises the words and their boxes (its
TSV output); pdf.py lays them out as it does a PDF's text layer (two-column header, paragraphs), and
repair.py fixes the slips OCR makes inside document numbers ("01/NÑQ-CP" → "01/NQ-CP"), accents.py
puts back the marks OCR lost on the phrases of a header ("UY BAN NHAN DÂN" → "ỦY BAN NHÂN DÂN"). The boxes
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

from build_tools.model import LineOrigins, Repair, SourceText
from build_tools.readers import UnreadableLetter, register
from build_tools.readers.accents import mended_slips, restored_accents
from build_tools.readers.pdf import Page, Word, lay_out, rows_of
from build_tools.readers.repair import mended_words, repaired_text
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


def _run_tesseract(image: Path, dpi: int | None, psm: str) -> str:
    command = ["tesseract", str(image), "stdout", "-l", "vie", "--psm", psm, *(["--dpi", str(dpi)] if dpi else [])]
    result = subprocess.run([*command, "tsv"], capture_output=True, text=True, errors="replace", env=_ENV)
    if result.returncode != 0 or not result.stdout.startswith("level"):
        # Leptonica says why first: "Error in findFileFormatStream: truncated file".
        errors = [line.split(": ", 1)[-1] for line in result.stderr.splitlines() if line.startswith("Error in")]
        reason = errors[0] if errors else result.stderr.strip() or f"Tesseract exited with {result.returncode}"
        raise UnreadableLetter(f"not a readable image ({reason})")
    return result.stdout


def ocr_rows(key: bytes, image: Callable[[Path], Path], dpi: int | None = None) -> list[dict]:
    """Tesseract's words and boxes for an image: the lines of running text as it reads a page laid out
    (page segmentation 3), the rest — header, closing, tables — as it reads sparse text (11).

    Read as one page, a two-column header's columns share Tesseract's lines, which costs words ("Số:
    512/TB-VP") and the capitals' accents; read as sparse text, running text loses a little (hyphens,
    "giài" for "giải"). Our own layout orders the words either way.
    """
    laid_out, sparse = (tsv_rows(ocr_tsv(key, image, dpi, psm)) for psm in ("3", "11"))
    running = _running_lines(laid_out)
    kept = [r for r in laid_out if r["level"] == "1" or _line_key(r) in running]
    spans = {(r["page_num"], int(r["top"]), int(r["top"]) + int(r["height"])) for r in kept if r["level"] == "4"}
    others = [r for r in laid_out if r["level"] == "5" and (r.get("text") or "").strip()]
    for r in sparse:
        if r["level"] in ("4", "5") and not any(page == r["page_num"] and top <= _middle(r) <= bottom
                                                for page, top, bottom in spans):
            other = next((o for o in others if _same_word(o, r)), None) if r["level"] == "5" else None
            if other is not None and float(other["conf"]) > float(r["conf"]):
                r = {**r, "text": other["text"], "conf": other["conf"]}  # the surer reading of one word
            if other is not None and _dash(r["text"]) and _dash(other["text"]):
                r = {**r, **{k: other[k] for k in ("left", "top", "width", "height")}}  # read alone, "-" stands tall
            kept.append({**r, "block_num": f"s{r['block_num']}"})
    return kept


def _same_word(a: dict, b: dict) -> bool:
    """Whether two readings' boxes are one word's: they overlap by most of the smaller."""
    if a["page_num"] != b["page_num"]:
        return False
    ax, ay, aw, ah = (int(a[k]) for k in ("left", "top", "width", "height"))
    bx, by, bw, bh = (int(b[k]) for k in ("left", "top", "width", "height"))
    overlap = max(0, min(ax + aw, bx + bw) - max(ax, bx)) * max(0, min(ay + ah, by + bh) - max(ay, by))
    return overlap >= 0.7 * min(aw * ah, bw * bh)


def tsv_rows(tsv: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(tsv), delimiter="\t", quoting=csv.QUOTE_NONE))


def _middle(row: dict) -> float:
    return int(row["top"]) + int(row["height"]) / 2


def _running_lines(rows: list[dict]) -> set[tuple[str, ...]]:
    """Tesseract's lines of running text: at least half the text's width, with no gap between words
    wider than three times their usual space (a two-column row has one)."""
    words: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    for r in rows:
        if r["level"] == "5" and (r.get("text") or "").strip():
            words.setdefault(_line_key(r), []).append((int(r["left"]), int(r["left"]) + int(r["width"])))
    if not words:
        return set()
    width = max(x1 for line in words.values() for _, x1 in line) - min(x0 for line in words.values() for x0, _ in line)
    running = set()
    for key, line in words.items():
        line.sort()
        gaps = [b[0] - a[1] for a, b in zip(line, line[1:], strict=False)]
        usual = statistics.median(gaps) if gaps else 0
        if line[-1][1] - line[0][0] >= 0.5 * width and all(gap <= max(3 * usual, 1) for gap in gaps):
            running.add(key)
    return running


def ocr_tsv(key: bytes, image: Callable[[Path], Path], dpi: int | None = None, psm: str = "3") -> str:
    """Tesseract's TSV (words and boxes) for an image, from the cache when the same bytes were read.

    `key` names the image's content; `image(folder)` gives the image's file, made in `folder` if need be.
    """
    options = f"{tesseract_version()} vie psm{psm} dpi{dpi}".encode()
    cached = CACHE_DIR / f"{hashlib.sha256(key + options).hexdigest()}.tsv"
    if cached.exists():
        return cached.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as folder:
        tsv = _run_tesseract(image(Path(folder)), dpi, psm)
    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    partial = cached.with_suffix(f".{os.getpid()}.part")
    partial.write_text(tsv, encoding="utf-8")
    partial.replace(cached)  # whole or absent: a build stopped mid-write leaves no half entry
    return tsv


def tsv_pages(rows: list[dict], scale: float = 1.0) -> list[tuple[list[Word], float]]:
    """(words, page height) of each page in Tesseract's TSV rows, coordinates divided by `scale`: specks
    left out, each word's size and baseline estimated, the page's skew turned away."""
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
    # The words of each page that hold a letter or digit: a dash with none beside it is a speck.
    texts: dict[str, list[tuple[int, int, float]]] = {}
    for r in rows:
        if r["level"] == "5" and any(c.isalnum() for c in r["text"] or ""):
            texts.setdefault(r["page_num"], []).append((int(r["left"]), int(r["left"]) + int(r["width"]), _middle(r)))
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
    sizes = {key: statistics.median(ems[key]) if key in ems
             else usual.get(key[0], statistics.median(line) * _SIZE_OF_LINE) for key, line in heights.items()}
    return _snapped(sizes, {key: len(values) for key, values in ems.items()})


def _snapped(sizes: dict[tuple[str, ...], float], words: dict[tuple[str, ...], int]) -> dict[tuple[str, ...], float]:
    """Each paragraph's size moved to the size of the most words within a tenth of it: a line read
    alone says its size to a point or so, which would part it from the lines of its paragraph."""
    weight: dict[float, int] = {}
    for key, size in sizes.items():
        weight[size] = weight.get(size, 0) + words.get(key, 0)
    def anchor(size: float) -> float:
        near = [other for other in weight if abs(other - size) <= 0.1 * max(size, other)]
        return max(near, key=lambda other: (weight[other], other))
    return {key: anchor(size) for key, size in sizes.items()}


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


def _beside(row: dict, texts: dict[str, list[tuple[int, int, float]]], reach: float) -> bool:
    """Whether a word with a letter or digit stands on the word's line within `reach` of it (on the
    page's line: read as sparse text, "kinh tế - xã hội" is three of Tesseract's lines)."""
    left, right, middle = int(row["left"]), int(row["left"]) + int(row["width"]), _middle(row)
    return any(x0 - reach <= right and left <= x1 + reach and abs(y - middle) <= reach / 4
               for x0, x1, y in texts.get(row["page_num"], []))


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

    pages = tsv_pages(ocr_rows(key, render, DPI), scale)
    return pages[0][0] if pages else []


def _render_pgm(page: pdfium.PdfPage, scale: float) -> bytes:
    """The page as a greyscale PGM image, which Tesseract reads without any imaging library."""
    bitmap = page.render(scale=scale, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    bitmap.close()
    rows = b"".join(pixels[y * stride : y * stride + width] for y in range(height))
    return f"P5\n{width} {height}\n255\n".encode() + rows


@register(".png", ".jpg", ".jpeg", ".tif", ".tiff")
def read_scan(path: Path) -> SourceText:
    data = path.read_bytes()
    if not data.startswith(_IMAGE_SIGNATURES):
        # Checked here: Tesseract reads any other file as a list of image paths to open.
        raise UnreadableLetter("not a PNG, JPEG or TIFF image" if data else "empty file")
    pages = tsv_pages(ocr_rows(hashlib.sha256(data).digest(), lambda _folder: path))
    if sum(len(w.text) for words, _ in pages for w in words) < 20:
        raise UnreadableLetter("OCR found no text on the scan (a blank page, or not a letter)")
    # Pixels stand in for points: the layout measures everything in units of the text's own size.
    text, origins = lay_out([Page(rows_of(words), height, number) for number, (words, height) in enumerate(pages, 1)
                             if words], exact=False)
    text, origins, restored = repaired_ocr(text, origins)
    text, origins, repairs = repaired_text(text, origins)
    return SourceText(str(path), text, "ocr", "ocr", (OCR_NOTE,), origins, restored + repairs)


def repaired_ocr(text: str, origins: LineOrigins) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """OCR's text with the words it ran together split ("SởY Tế"), the accents it lost on a header's
    phrases put back and its slips on a closing's words mended, each change recorded."""
    text, origins, mended = mended_slips(text, origins)
    text, origins, split = mended_words(text, origins, damage=1)  # OCR's lost spaces are slips, not names
    text, restored = restored_accents(text, origins)
    return text, origins, mended + split + restored
