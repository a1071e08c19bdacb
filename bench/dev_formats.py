"""The development letters (tests/dev_letters/) in every format a letter arrives in.

Each letter's text form is its `copy` (a web or PDF copy as published) or, for a letter given as the
blocks an office lays out, the text Word saves of it. From the blocks come a .docx built as Word builds
one (`LetterDocx`: the header and the closing as borderless two-column tables, automatic numbering,
real footnotes), its PDF converted by LibreOffice (`soffice --headless --convert-to pdf`, as offices
make them), that PDF as a scanner's image-only PDF, and the letter as a portal's web page printed to
PDF by a browser (Chromium: narrow centred cells, lines broken by <br>); from the text, the
pre-Unicode encodings and two kinds of damage a copy does ("hyphens-lost": every number's hyphens, as
a PDF copy loses them; "wrapped": the text's paragraphs broken into a PDF's lines).
"""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import textwrap
import unicodedata
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx
import yaml
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import XmlPart
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from viparse.normalize.encodings import CHARMAPS

from bench.browser import CHROMIUM, CHROMIUM_ARGS
from build_tools import patterns as p
from build_tools.readers.webpage import is_page

FORMATS = ("text", "docx", "pdf", "pdf-breaks", "scan", "browser", "tcvn3", "vni", "cp1258", "hyphens-lost", "wrapped")
_SUPERSCRIPTS = dict(zip(p.SUPERSCRIPT_DIGITS, "0123456789", strict=True))


# --- a development letter -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class DevLetter:
    """One letter of tests/dev_letters/: the blocks an office lays out and/or the text a copy gives, and its truth."""

    name: str  # the file's stem
    blocks: dict[str, Any]  # above, header_left, header_right, title, recipients, body, footnotes, closing_*, after
    copy: str | None
    truth: dict[str, Any]
    # Fields the copy writes otherwise than the blocks, its damage read as written: a PDF copy's subject
    # "giai đoạn 2019  2020" where the Word file has "2019 - 2020". They hold for the forms made from the copy.
    copy_truth: dict[str, Any] = field(default_factory=dict)

    @property
    def has_blocks(self) -> bool:
        return bool(self.blocks.get("body"))


_BLOCKS = ("above", "header_left", "header_right", "title", "recipients", "body", "footnotes", "closing_left",
           "closing_right", "after")


_CITATION_KEYS = {"type", "number", "date", "issuer", "issuer_text"}


def load_letters(folder: Path) -> list[DevLetter]:
    letters = []
    for path in sorted(folder.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        truth = _iso_dates(data["truth"])
        for citation in truth.get("citations") or []:
            # "{issuer: Ban Chỉ huy phòng, chống …}": YAML cut an unquoted value at its comma into a new key.
            if unknown := set(citation) - _CITATION_KEYS:
                raise ValueError(f"{path}: citation {citation.get('number')} has unknown keys {sorted(unknown)}"
                                 " (a value with a comma must be quoted)")
        for block in _BLOCKS:
            # "- Về việc … Dự án: Xây dựng": YAML read an unquoted line with ": " as a mapping.
            if isinstance(data.get(block), list) and (odd := next(
                    (line for line in data[block] if not isinstance(line, str | None)), None)) is not None:
                raise ValueError(f"{path}: a line of {block} is not text: {odd!r} (a line with ': ' must be quoted)")
        # "[1] Theo Báo cáo …": Word's footnote opens with its number mark; a note without one would be left out of
        # the .docx and its PDF, its text lost from those forms.
        if unmarked := next((note for note in data.get("footnotes") or [] if note and note[0] not in _SUPERSCRIPTS),
                            None):
            raise ValueError(f"{path}: a footnote has no marker ¹ ² ³: {unmarked[:40]!r}")
        letters.append(DevLetter(path.stem, {k: data[k] for k in _BLOCKS if data.get(k)}, data.get("copy"), truth,
                                 data.get("copy_truth") or {}))
    return letters


def _iso_dates(value: Any) -> Any:
    """YAML reads 2019-11-18 as a date: the truth compares with the parser's ISO text."""
    if isinstance(value, dict):
        return {k: _iso_dates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_iso_dates(v) for v in value]
    return value.isoformat() if hasattr(value, "isoformat") else value


# --- the text form ------------------------------------------------------------------------------------------

def text_form(letter: DevLetter) -> str:
    """The copy as published, or the text Word saves of the blocks: a table's cells one after the other,
    each cell's lines on lines of their own, footnotes at the end of the document."""
    if letter.copy:
        return letter.copy
    b = letter.blocks
    parts = [b.get("above", []), b.get("header_left", []), b.get("header_right", []), b.get("title", []),
             b.get("recipients", []), _paragraphs(b["body"]), b.get("closing_left", []),
             b.get("closing_right", []), b.get("after", []), b.get("footnotes", [])]
    return "\n\n".join("\n".join(part) for part in parts if part) + "\n"


def _paragraphs(body: str) -> list[str]:
    return [" ".join(para.split("\n")) for para in re.split(r"\n\s*\n", body.strip()) if para.strip()]


# --- the .docx -------------------------------------------------------------------------------------------------

def write_docx(letter: DevLetter, path: Path, encode: Callable[[str], str] = str, line_breaks: bool = False) -> Path:
    """The letter as its office's Word file: header and closing in borderless two-column tables (each
    cell's lines as paragraphs, or as one paragraph broken by Shift+Enter, as many clerks type them)."""
    b = letter.blocks
    notes = {}
    for note in b.get("footnotes", []):
        marker = re.match(f"[{p.SUPERSCRIPT_DIGITS}]+", note)
        if marker:
            notes["".join(_SUPERSCRIPTS[c] for c in marker.group())] = note[marker.end():].strip()
    writer = LetterDocx(notes, encode)
    for line in b.get("above", []):
        writer.paragraph(line, bold=True)
    # As Nghị định 30/2020/NĐ-CP sets them: the header's cells and the title centred, the text justified,
    # the signature centred in its cell, the copies to the left.
    left = [(line, {**(BOLD if _organ_line(line) else PLAIN), **CENTRED}) for line in b.get("header_left", [])]
    right = [(line, {**(ITALIC if "ngày" in line else BOLD), **CENTRED}) for line in b.get("header_right", [])]
    if left or right:
        writer.table([[left, right]], line_breaks)
    for line in b.get("title", []):
        writer.paragraph(line, bold=True, align="centre")
    for line in b.get("recipients", []):
        writer.paragraph(line)
    for text in _paragraphs(b["body"]):
        if NUMBERED.match(text):
            writer.numbered(text)
        else:
            writer.paragraph(text, align="justify")
    closing_left = [(line, PLAIN) for line in b.get("closing_left", [])]
    closing_right = [(line, {**BOLD, **CENTRED}) for line in b.get("closing_right", [])]
    if closing_left or closing_right:
        writer.table([[closing_left, closing_right]], line_breaks)
    for line in b.get("after", []):
        writer.paragraph(line)
    return writer.save(path)


def _organ_line(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_EMPHASIS = re.compile(r"(\*\*\*|\*\*|\*)")
_MARKER = re.compile(f"([{p.SUPERSCRIPT_DIGITS}]+)")
NUMBERED = re.compile(r"^(?P<marks>\**)(?P<value>\d{1,2}|[a-z])(?P<punct>[.)])\s+(?P<text>\S.*)$")
_LETTERS = "abcdefghijklmnopqrstuvwxyz"  # Word's lowerLetter has no "đ": "đ)" stays typed, as clerks do


class LetterDocx:
    """A Word document written as Word writes one: runs, automatic numbering, real footnotes."""

    def __init__(self, notes: dict[str, str] | None = None, encode: Callable[[str], str] = str):
        self.doc = docx.Document()
        self.notes = notes or {}
        self.encode = encode  # the text as a legacy font stores it (TCVN3 for .VnTime), or as it is
        self.footnotes: list[str] = []
        self.numbering = self.doc.part.numbering_part.element
        self.abstract: dict[tuple[str, str], int] = {}
        self.lists: dict[tuple[str, str], tuple[int, int]] = {}  # (format, punctuation) → (numId, next number)

    def paragraph(self, text: str = "", style: str | None = None, bold: bool = False, italic: bool = False,
                  cell=None, align: str | None = None):
        """A paragraph of the document, or of a table cell (whose first, empty paragraph is used first)."""
        if cell is not None and len(cell.paragraphs) == 1 and not cell.paragraphs[0].runs:
            paragraph = cell.paragraphs[0]
        else:
            paragraph = (cell or self.doc).add_paragraph(style=style)
        if align:
            paragraph.alignment = _ALIGNMENTS[align]
        self.runs(paragraph, text, bold, italic)
        return paragraph

    def runs(self, paragraph, text: str, bold: bool = False, italic: bool = False) -> None:
        """Runs from text with ** and *; a superscript marker becomes a footnote reference (typed as it is
        when the letter has no such footnote)."""
        for token in _EMPHASIS.split(text):
            if token in ("***", "**", "*"):
                bold ^= token != "*"
                italic ^= token != "**"
                continue
            for piece in _MARKER.split(token):
                marker = "".join(_SUPERSCRIPTS.get(c, "") for c in piece)
                if piece and piece[0] in _SUPERSCRIPTS and marker in self.notes:
                    self.footnote(paragraph, marker)
                elif piece:
                    run = paragraph.add_run(self.encode(piece))
                    run.bold, run.italic = bold or None, italic or None

    def footnote(self, paragraph, marker: str) -> None:
        self.footnotes.append(self.notes[marker])
        run = paragraph.add_run()
        run._r.get_or_add_rPr().append(parse_xml(f'<w:vertAlign xmlns:w="{W_NS}" w:val="superscript"/>'))
        reference = OxmlElement("w:footnoteReference")
        reference.set(qn("w:id"), str(len(self.footnotes)))
        run._r.append(reference)

    def numbered(self, text: str) -> None:
        """ "1. …" and "a) …" as Word's automatic numbering; a list restarts where the text's number jumps."""
        match = NUMBERED.match(text)
        value = match.group("value")
        number_format = "decimal" if value.isdigit() else "lowerLetter"
        number = int(value) if value.isdigit() else _LETTERS.index(value) + 1
        kind = (number_format, match.group("punct"))
        num_id, expected = self.lists.get(kind, (None, 1))
        if num_id is None or number != expected:
            num_id = self.new_list(kind, number)
        self.lists[kind] = (num_id, number + 1)
        paragraph = self.doc.add_paragraph(style="List Paragraph")
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = num_id
        self.runs(paragraph, match.group("marks") + match.group("text"))

    def new_list(self, kind: tuple[str, str], start: int) -> int:
        if kind not in self.abstract:
            self.abstract[kind] = 90 + len(self.abstract)
            self.define_list(self.abstract[kind], [(kind[0], "%1" + kind[1])])
        num = self.numbering.add_num(self.abstract[kind])
        # Word counts on through the lists of one definition: a later list restarts by its own override.
        if kind in self.lists or start != 1:
            num.append(parse_xml(f'<w:lvlOverride xmlns:w="{W_NS}" w:ilvl="0">'
                                 f'<w:startOverride w:val="{start}"/></w:lvlOverride>'))
        return num.numId

    def define_list(self, abstract_id: int, levels: list[tuple[str, str]]) -> None:
        """A list definition (w:abstractNum) with a (format, text) for each level."""
        lvls = "".join(f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{number_format}"/>'
                       f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/></w:lvl>'
                       for i, (number_format, text) in enumerate(levels))
        abstract = parse_xml(f'<w:abstractNum xmlns:w="{W_NS}" w:abstractNumId="{abstract_id}">'
                             f'<w:multiLevelType w:val="multilevel"/>{lvls}</w:abstractNum>')
        self.numbering.find(qn("w:num")).addprevious(abstract)  # definitions come before the lists

    def table(self, rows: list[list[list[tuple[str, dict]]]], line_breaks: bool = False) -> None:
        """A borderless table (python-docx's default has no borders), each cell a list of (text, format):
        a paragraph a line, or (`line_breaks`) one paragraph whose lines are broken by Shift+Enter."""
        table = self.doc.add_table(rows=len(rows), cols=len(rows[0]))
        for row, cells in zip(table.rows, rows, strict=True):
            for cell, lines in zip(row.cells, cells, strict=True):
                if line_breaks and lines:
                    paragraph = self.paragraph(cell=cell, align=lines[0][1].get("align"))
                    for k, (text, style) in enumerate(lines):
                        if k:
                            paragraph.add_run().add_break()
                        self.runs(paragraph, text, style.get("bold", False), style.get("italic", False))
                    continue
                for text, style in lines:
                    self.paragraph(text, cell=cell, **style)

    def save(self, path: Path) -> Path:
        if self.footnotes:
            self.add_footnotes_part()
        self.doc.save(str(path))
        return path

    def add_footnotes_part(self) -> None:
        """word/footnotes.xml as Word writes it: the two separators, then the notes, each opening with
        its number mark (w:footnoteRef)."""
        notes = "".join(
            f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
            f'</w:r><w:r><w:t xml:space="preserve"> {escape(self.encode(text))}</w:t></w:r></w:p></w:footnote>'
            for i, text in enumerate(self.footnotes, 1))
        xml = (f'<w:footnotes xmlns:w="{W_NS}" xmlns:r="{R_NS}">'
               '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
               f'</w:p></w:footnote>{notes}</w:footnotes>')
        part = XmlPart(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, parse_xml(xml.encode()),
                       self.doc.part.package)
        self.doc.part.relate_to(part, RT.FOOTNOTES)


BOLD, ITALIC, PLAIN, CENTRED = {"bold": True}, {"italic": True}, {}, {"align": "centre"}
_ALIGNMENTS = {"centre": WD_ALIGN_PARAGRAPH.CENTER, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}


# --- PDF (LibreOffice) and scan ----------------------------------------------------------------------------------

_LIBREOFFICE_BATCH = 100  # files a run converts: one run given 269 stopped after 247 and said nothing


def libreoffice_pdfs(docx_files: list[Path], folder: Path) -> None:
    """Convert the .docx files to PDF the way offices do, a hundred to a LibreOffice run; every file converted."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        raise RuntimeError("LibreOffice is needed: apt-get install --no-install-recommends libreoffice-writer-nogui")
    folder.mkdir(parents=True, exist_ok=True)
    profile = folder / ".lo-profile"
    for first in range(0, len(docx_files), _LIBREOFFICE_BATCH):
        batch = docx_files[first : first + _LIBREOFFICE_BATCH]
        subprocess.run([soffice, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", str(folder), *map(str, batch)], check=True, capture_output=True, timeout=1800)
    shutil.rmtree(profile, ignore_errors=True)
    missing = [path.name for path in docx_files if not (folder / f"{path.stem}.pdf").exists()]
    if missing:
        raise RuntimeError(f"LibreOffice made no PDF of {len(missing)} files: {', '.join(missing[:5])}")


def scanned_pdf(pdf: Path, out: Path, dpi: int = 200) -> Path:
    """The PDF printed and scanned: each page an image (grey, slightly skewed, with a little noise), no text."""
    import random

    import pypdfium2 as pdfium
    from PIL import Image, ImageFilter

    chance = random.Random(pdf.name)
    document = pdfium.PdfDocument(pdf)
    pages = []
    for page in document:
        image = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        image = image.rotate(chance.uniform(-0.6, 0.6), resample=Image.BICUBIC, fillcolor=255, expand=False)
        image = image.filter(ImageFilter.GaussianBlur(0.4))
        noise = Image.effect_noise(image.size, 12).convert("L")
        pages.append(Image.blend(image, noise, 0.06))
    document.close()
    pages[0].save(out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])
    return out


# --- a web page printed by a browser ------------------------------------------------------------------------

_PAGE_STYLE = ("body{font-family:'DejaVu Serif',serif;font-size:13pt;margin:2cm}table{width:100%}"
               "td{vertical-align:top;text-align:center;width:50%}p{text-align:justify;text-indent:1cm}"
               ".left{text-align:left;font-size:11pt}.centre{text-align:center;text-indent:0}")


def web_page(letter: DevLetter) -> str:
    """The letter as a portal's page lays it out: the header and the closing as two-cell tables whose
    lines are broken by <br> (the cells narrower than Word's), the title centred, the text justified."""
    b = letter.blocks

    def lines(key: str) -> str:
        return "<br>".join(html.escape(line) for line in b.get(key, []))

    def cells(left: str, right: str, style: str = "") -> str:
        return f"<table><tr><td{style}>{left}</td><td><b>{right}</b></td></tr></table>"

    notes = "".join(f"<p class='left'>{html.escape(note)}</p>" for note in b.get("footnotes", []))
    parts = [f"<p class='centre'>{lines('above')}</p>" if b.get("above") else "",
             cells(f"<b>{lines('header_left')}</b>", lines("header_right")),
             f"<h3 style='text-align:center'>{lines('title')}</h3>" if b.get("title") else "",
             f"<p class='centre'>{lines('recipients')}</p>" if b.get("recipients") else "",
             *(f"<p>{html.escape(para)}</p>" for para in _paragraphs(b["body"])),
             cells(lines("closing_left"), lines("closing_right"), " class='left'"),
             f"<p>{lines('after')}</p>" if b.get("after") else "",
             f"<hr>{notes}" if notes else ""]
    return (f"<!doctype html><html lang='vi'><head><meta charset='utf-8'><style>{_PAGE_STYLE}</style></head>"
            f"<body>{''.join(parts)}</body></html>")


def browser_pdfs(pages: list[Path], folder: Path) -> None:
    """Web pages printed to PDF by Chromium, as a clerk saves a portal's page (Debian's Chromium, driven by
    Playwright: one browser prints them all, where a `chromium --print-to-pdf` process a page took ten times
    as long and gave the same text), on Letter paper with Chromium's own print margins. Printed from a thread
    of its own: Playwright's synchronous API runs an event loop per thread, and the caller's may hold one (the
    test suite's browser)."""
    if not CHROMIUM.exists():
        raise RuntimeError("Chromium is needed: apt-get install chromium")
    with ThreadPoolExecutor(max_workers=1) as printer:
        printer.submit(_print_pages, pages, folder).result()


def _print_pages(pages: list[Path], folder: Path) -> None:
    from playwright.sync_api import sync_playwright

    margin = {side: "0.4in" for side in ("top", "bottom", "left", "right")}
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        tab = browser.new_page()
        for page in pages:
            tab.goto(page.resolve().as_uri())
            tab.pdf(path=str(folder / f"{page.stem}.pdf"), format="Letter", margin=margin)
        browser.close()


# --- the pre-Unicode encodings ---------------------------------------------------------------------------------

# Characters a legacy editor could not type: typographic quotes and dashes, superscript digits (their
# codes are letters in the tables: the clerk typed a footnote's number in brackets, "(1)").
# A copy's look-alike "Ð" (U+00D0) came from a later PDF: the legacy editor typed "Đ".
_TYPEWRITER = str.maketrans({"“": '"', "”": '"', "–": "-", "Ð": "Đ", "\u00ad": "-", "…": "...",  # no such codes
                             **{s: f"({d})" for s, d in zip("¹²³⁴⁵⁶⁷⁸⁹", "123456789", strict=True)}})


def encode_legacy(text: str, encoding: str) -> bytes:
    """A letter as a legacy editor saved it: Unicode letters replaced by the table's codes ("tcvn3", "vni").

    TCVN3 has no capital toned letters: like .VnTimeH, it writes the lower-case code.
    """
    reverse = {unicode: code for code, unicode in CHARMAPS[encoding].pairs}
    if encoding == "vni":  # the breve's hook above, which viparse's table lacks (readers/encodings.py)
        reverse |= {"ẳ": "aú", "Ẳ": "AÚ"}
    out = []
    for char in text.translate(_TYPEWRITER):
        if char in reverse:
            out.append(reverse[char])
        elif encoding == "tcvn3" and char.lower() in reverse:
            out.append(reverse[char.lower()])
        else:
            out.append(char)
    return "".join(out).encode("latin-1", "replace")


_SHAPE_MARKS = "\u0302\u0306\u031b"  # circumflex, breve, horn: part of the letter in cp1258


def encode_cp1258(text: str) -> bytes:
    """Windows-1258: letters with circumflex, breve, horn are one byte; tone marks combine."""
    clusters = re.findall(r".[\u0300-\u036f]*", unicodedata.normalize("NFD", text.translate(_TYPEWRITER)), flags=re.S)
    out = []
    for cluster in clusters:
        shape = "".join(c for c in cluster[1:] if c in _SHAPE_MARKS)
        tones = "".join(c for c in cluster[1:] if c not in _SHAPE_MARKS)
        out.append(unicodedata.normalize("NFC", cluster[0] + shape) + tones)
    return "".join(out).encode("cp1258", "replace")


# --- every format --------------------------------------------------------------------------------------------

# A number as a copy gives it: digits, maybe a year, then its codes ("1961/QĐ-UBND", "09-NQ/TU", "61/2018/NĐ-CP").
_NUMBER = re.compile(r"\b\d{1,5}[a-zđ]?(?:/\d{4})?[/-][A-ZĐa-zđ][\w/&.-]*\w")


def hyphens_lost(text: str) -> str:
    """The text as a PDF copy that lost every number's hyphens gives it: "1961/QĐUBND", "09NQ/TU"."""
    return _NUMBER.sub(lambda m: m.group().replace("-", ""), text)


# The forms made from the letter's text form (its copy, when it has one).
_FROM_TEXT_FORM = ("text", "tcvn3", "vni", "cp1258", "hyphens-lost", "wrapped")


def truth_of_form(letter: DevLetter, form: str) -> dict[str, Any]:
    """A letter's truth for one of its forms: the copy's own reading in the forms made from it (`copy_truth`); where
    a copy lost its numbers' hyphens, its subject, recipients and copies are shown as it writes them ("… Nghị quyết
    số 15/2021/NQHĐND"); numbers and issuers a reader restores."""
    truth = {**letter.truth, **letter.copy_truth} if letter.copy and form in _FROM_TEXT_FORM else letter.truth
    if form != "hyphens-lost":
        return truth
    as_written = {key: [hyphens_lost(item) for item in value] if isinstance(value, list) else hyphens_lost(value)
                  for key, value in truth.items() if key in ("subject", "recipients", "cc") and value}
    return {**truth, **as_written}


_WRAP_AT = 75  # characters: a PDF line of the text's width
_ONE_LINE_PAGE = 1500  # characters: a paragraph longer than this is a whole page a site ran into one line


def wrapped(text: str) -> str:
    """The text with its paragraphs broken into a PDF's lines; the first lines (the header), lines whose columns
    stand side by side (two spaces, a bar, a tab) or open the copies, and a page a site ran into one line are kept."""
    lines = []
    for k, line in enumerate(text.split("\n")):
        prose = (k > 12 and _WRAP_AT + 15 < len(line) < _ONE_LINE_PAGE
                 and not re.search(r" {2}|\||\t|Nơi nhận|<", line))
        lines += textwrap.wrap(line, _WRAP_AT, break_on_hyphens=False) if prose else [line]
    return "\n".join(lines)


def write_formats(letters: list[DevLetter], folder: Path, formats: tuple[str, ...] = FORMATS) -> dict[str, Path]:
    """Each letter in each format, one folder per format ("text/x.txt", "docx/x.docx", "pdf/x.pdf",
    "pdf-breaks/x.pdf" (cells broken by Shift+Enter), "scan/x.pdf", "tcvn3/x.txt" …); a letter known only
    from a copy has its text forms only, and one whose copy is a web page's markup its UTF-8 text."""
    folders = {f: folder / f for f in formats}
    for path in folders.values():
        path.mkdir(parents=True, exist_ok=True)
    office = [letter for letter in letters if letter.has_blocks]
    encoders = {"text": lambda text: text.encode("utf-8"), "tcvn3": lambda text: encode_legacy(text, "tcvn3"),
                "vni": lambda text: encode_legacy(text, "vni"), "cp1258": encode_cp1258,
                "hyphens-lost": lambda text: hyphens_lost(text).encode("utf-8"),
                "wrapped": lambda text: wrapped(text).encode("utf-8")}
    for letter in letters:
        text = text_form(letter)
        for name, encode in encoders.items():
            # A page's markup printed as text came from a site, never from a legacy editor: no legacy forms.
            if name in folders and (name == "text" or not is_page(text)):
                (folders[name] / f"{letter.name}.txt").write_bytes(encode(text))
    if {"docx", "pdf", "scan"} & set(formats):
        docx_folder = folders.get("docx", folder / "docx")
        docx_folder.mkdir(parents=True, exist_ok=True)
        made = [write_docx(letter, docx_folder / f"{letter.name}.docx") for letter in office]
        if {"pdf", "scan"} & set(formats):
            pdf_folder = folders.get("pdf", folder / "pdf")
            libreoffice_pdfs(made, pdf_folder)
            if "scan" in folders:
                for letter in office:
                    scanned_pdf(pdf_folder / f"{letter.name}.pdf", folders["scan"] / f"{letter.name}.pdf")
    if "pdf-breaks" in folders:  # the header's and closing's cells typed with Shift+Enter
        breaks = folder / "docx-breaks"
        breaks.mkdir(parents=True, exist_ok=True)
        libreoffice_pdfs([write_docx(letter, breaks / f"{letter.name}.docx", line_breaks=True) for letter in office],
                         folders["pdf-breaks"])
    if "browser" in folders:
        pages = folder / "html"
        pages.mkdir(parents=True, exist_ok=True)
        for letter in office:
            (pages / f"{letter.name}.html").write_text(web_page(letter), encoding="utf-8")
        browser_pdfs([pages / f"{letter.name}.html" for letter in office], folders["browser"])
    return folders
