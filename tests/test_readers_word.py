"""Letters as Word files read as the same letters (issue #8, "Letters as they really arrive").

Every Word file here is made at test time from the sample letters in corpus/ (no committed binaries):
a .docx written with python-docx as Word letters are laid out (the header in a borderless two-column
table, issuer left and national motto right; automatic numbering for "1." and "a)"; real Word
footnotes, whose part python-docx cannot write and which is added as Word writes it; nơi nhận and the
signature side by side in a second table); the same file saved again by LibreOffice (another writer's
numbering and footnote ids); and a .doc (Word 97–2003) converted from it by LibreOffice, the one
Debian tool here that writes .doc (libreoffice-writer-nogui: about 250 MB installed, 80 MB to download).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import parse_xml
from msoffcrypto.format.ooxml import OOXMLFile
from viparse.normalize.encodings import CHARMAPS

from bench.dev_formats import BOLD, ITALIC, NUMBERED, PLAIN, W_NS, LetterDocx
from build_tools import patterns as p
from build_tools.model import ReadFailure, SourceText
from build_tools.pipeline import process_letter
from build_tools.readers import read_letter
from build_tools.readers.word import ANTIWORD_INSTALL, LOST_NUMBERS_NOTE, format_number
from sample_layout import FIELDS, SAMPLES, letter_layout

LIBREOFFICE_INSTALL = "apt-get install --no-install-recommends libreoffice-writer-nogui"




def write_letter_docx(sample: Path, path: Path, two_rows: bool = False, encode: Callable[[str], str] = str,
                      without_notes: tuple[str, ...] = ()) -> Path:
    """The sample as a Word letter. The header table has one row (issuer, number and "V/v" left; motto,
    place and date right) or two (issuer | motto, then number and "V/v" | place and date)."""
    layout = letter_layout(sample, without_notes)
    writer = LetterDocx(layout.notes, encode)
    issuer = [(line, BOLD) for line in layout.issuer]
    motto = [(line, BOLD) for line in layout.motto]
    number = [(line, PLAIN) for line in layout.number + layout.subject]
    place_date = [(line, ITALIC) for line in layout.place_date]
    if two_rows:
        writer.table([[issuer, motto], [number, place_date]])
    elif issuer or motto:
        writer.table([[issuer + number, motto + place_date]])
    for line in layout.title:
        writer.paragraph(line, bold=True)
    for line in layout.recipients:
        if p.LIST_ITEM.match(line) or p.RECIPIENTS_HEAD.match(line):
            item = writer.paragraph(line)
        else:  # an item's second line: Word wraps it, or the clerk broke the line (Shift+Enter)
            item.add_run().add_break()
            writer.runs(item, line)
    for text in layout.paragraphs:
        if text.startswith("- "):
            writer.paragraph(text[2:], style="List Bullet")  # a bulleted list, numbered through its style
        elif NUMBERED.match(text):
            writer.numbered(text)
        else:
            writer.paragraph(text)
    writer.table([[[(line, PLAIN) for line in layout.cc], [(line, BOLD) for line in layout.signature]]])
    return writer.save(path)


# --- fixtures ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def as_text() -> dict[str, object]:
    return {sample.name: process_letter(sample) for sample in SAMPLES}


@pytest.fixture(scope="module")
def word_files(tmp_path_factory) -> Path:
    """The five samples as .docx (header tables of one row and of two, in turn)."""
    folder = tmp_path_factory.mktemp("docx")
    for i, sample in enumerate(SAMPLES):
        write_letter_docx(sample, folder / f"{sample.stem}.docx", two_rows=i % 2 == 1)
    return folder


def libreoffice_convert(files: list[Path], target: str, folder: Path) -> None:
    """Convert with LibreOffice, in a profile of its own (a running LibreOffice would take the job)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        pytest.fail(f"LibreOffice makes the .doc files of these tests: {LIBREOFFICE_INSTALL}")
    profile = folder / "libreoffice-profile"
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--convert-to", target,
                    "--outdir", str(folder), *map(str, files)], check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="module")
def saved_by_libreoffice(word_files, tmp_path_factory) -> Path:
    """The same .docx saved again by another word processor: its own numbering and footnote ids."""
    folder = tmp_path_factory.mktemp("libreoffice-docx")
    libreoffice_convert(sorted(word_files.glob("*.docx")), "docx:MS Word 2007 XML", folder)
    return folder


@pytest.fixture(scope="module")
def doc_files(word_files, tmp_path_factory) -> Path:
    """The same letters saved by LibreOffice as Word 97–2003 (.doc)."""
    folder = tmp_path_factory.mktemp("doc")
    libreoffice_convert(sorted(word_files.glob("*.docx")), "doc", folder)
    return folder


def _same_letter(processed, expected) -> None:
    assert not isinstance(processed, ReadFailure), processed
    for name in FIELDS:
        assert getattr(processed.letter, name) == getattr(expected.letter, name), name
    assert {(c.number, c.date) for c in processed.citations} == {(c.number, c.date) for c in expected.citations}
    assert processed.letter.footnotes == expected.letter.footnotes


# --- .docx ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_docx_of_each_sample_parses_as_its_text(word_files, as_text, sample: Path):
    processed = process_letter(word_files / f"{sample.stem}.docx")
    _same_letter(processed, as_text[sample.name])
    assert (processed.format, processed.notes) == ("docx", ())


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_automatic_numbers_are_kept_as_text(word_files, sample: Path):
    """Every "1." and "a)" the letter shows, Word numbered itself: the text still has them."""
    text = read_letter(word_files / f"{sample.stem}.docx").text
    written = re.findall(r"^\**((?:\d{1,2}|[a-z])[.)]) \**(\w+)", sample.read_text(encoding="utf-8"), re.MULTILINE)
    assert written
    for number, word in written:
        assert re.search(rf"^\**{re.escape(number)} \**{word}", text, re.MULTILINE), (number, word)


@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_docx_saved_by_libreoffice_parses_as_its_text(saved_by_libreoffice, as_text, sample: Path):
    path = saved_by_libreoffice / f"{sample.stem}.docx"
    _same_letter(process_letter(path), as_text[sample.name])
    test_automatic_numbers_are_kept_as_text(saved_by_libreoffice, sample)


def test_header_cells_left_then_right_and_footnotes_after_their_paragraph(word_files):
    text = read_letter(word_files / "000_61fe12f9455a1679.docx").text
    assert text.startswith("**ỦY BAN NHÂN DÂN**\n**TỈNH SÓC TRĂNG**\nSố: 1198 /UBND-TH\nV/v tập trung chỉ đạo")
    assert "\n\n**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n" \
           "*Sóc Trăng, ngày 26 tháng 4 năm 2024*\n\nKính gửi:\n\n- Thành viên Ủy ban nhân dân tỉnh;\n" in text
    assert "nơi chưa nghiêm.\n\n¹ Tốc độ tăng trưởng kinh tế GRDP quý I năm 2024 đạt 4,44%" in text
    assert "mục tiêu phát triển kinh tế - xã hội năm 2024 đã đề ra¹. Trong khi đó" in text


def test_lists_levels_restarts_and_bullets(tmp_path):
    writer = LetterDocx()
    writer.define_list(80, [("upperRoman", "%1."), ("decimal", "%1.%2."), ("lowerLetter", "%3)")])
    first, restarted = writer.numbering.add_num(80), writer.numbering.add_num(80)
    restarted.append(parse_xml(f'<w:lvlOverride xmlns:w="{W_NS}" w:ilvl="0"><w:startOverride w:val="1"/>'
                               '</w:lvlOverride>'))
    items = [(first, 0, "Mục tiêu"), (first, 1, "Chỉ tiêu"), (first, 2, "thu ngân sách"), (first, 2, "chi"),
             (first, 1, "Giải pháp"), (first, 0, "Tổ chức thực hiện"), (first, 1, "Phân công"),
             (restarted, 0, "Phụ lục")]
    for num, level, text in items:
        paragraph = writer.paragraph(text)
        num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = level
        num_pr.get_or_add_numId().val = num.numId
    writer.paragraph("Sở Tài chính;", style="List Bullet")
    writer.paragraph("Sở Xây dựng.", style="List Bullet")
    text = read_letter(writer.save(tmp_path / "lists.docx")).text
    assert text == ("I. Mục tiêu\n\nI.1. Chỉ tiêu\n\na) thu ngân sách\n\nb) chi\n\nI.2. Giải pháp\n\n"
                    "II. Tổ chức thực hiện\n\nII.1. Phân công\n\nI. Phụ lục\n\n- Sở Tài chính;\n- Sở Xây dựng.\n")


def test_word_number_formats():
    assert [format_number(n, "lowerLetter") for n in (1, 26, 27)] == ["a", "z", "aa"]
    assert [format_number(n, "upperRoman") for n in (4, 9, 14, 1990)] == ["IV", "IX", "XIV", "MCMXC"]
    assert (format_number(7, "lowerRoman"), format_number(3, "decimalZero"), format_number(3, "decimal")) == (
        "vii", "03", "3")


def test_what_word_shows_is_read_and_what_it_hides_is_not(tmp_path):
    """Hidden text and tracked changes (the deletion left out), a link, a field's result (not its
    code), a text box read once though its drawing repeats it for old readers."""
    writer = LetterDocx()
    writer.doc.element.body.insert(0, parse_xml(
        f'<w:p xmlns:w="{W_NS}" xmlns:v="urn:schemas-microsoft-com:vml" '
        'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
        '<w:r><w:t xml:space="preserve">Kính gửi: </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ẩn</w:t></w:r>'
        '<w:del w:id="1" w:author="VT"><w:r><w:delText>Sở Xây dựng</w:delText></w:r></w:del>'
        '<w:ins w:id="2" w:author="VT"><w:r><w:t>Sở Tài chính</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve"> (</w:t></w:r><w:hyperlink w:anchor="a"><w:r><w:t>xem tại đây</w:t></w:r>'
        '</w:hyperlink><w:r><w:t xml:space="preserve">, trang </w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t>)</w:t></w:r>'
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><w:txbxContent><w:p><w:r>'
        '<w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent></w:drawing></mc:Choice><mc:Fallback><w:pict>'
        '<v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>'))
    text = read_letter(writer.save(tmp_path / "changes.docx")).text
    assert text == "Kính gửi: Sở Tài chính (xem tại đây, trang 2)\n\nDỰ THẢO\n"


def _tcvn3(text: str) -> str:
    """Text as a .VnTime font stores it (TCVN3): capitals toned with the lower-case codes, as .VnTimeH."""
    codes = {unicode: code for code, unicode in CHARMAPS["tcvn3"].pairs}
    return "".join(codes.get(c, codes.get(c.lower(), c)) for c in text.translate({ord("–"): "-", ord("“"): '"',
                                                                                 ord("”"): '"'}))


def test_docx_typed_in_a_tcvn3_font_is_converted(tmp_path, as_text):
    sample = SAMPLES[0]
    processed = process_letter(write_letter_docx(sample, tmp_path / "vntime.docx", encode=_tcvn3))
    _same_letter(processed, as_text[sample.name])
    assert (processed.encoding, processed.notes) == ("tcvn3", ("đã chuyển sang Unicode từ bảng mã TCVN3",))


# --- .doc -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sample", SAMPLES, ids=lambda path: path.name[:3])
def test_doc_of_each_sample_parses_as_its_text(doc_files, as_text, sample: Path):
    processed = process_letter(doc_files / f"{sample.stem}.doc")
    _same_letter(processed, as_text[sample.name])
    assert processed.format == "doc"
    # antiword knows a paragraph was in a numbered list, not its number: the page says so.
    has_numbers = re.search(r"^\**(?:\d{1,2}|[a-z])[.)] ", sample.read_text(encoding="utf-8"), re.MULTILINE)
    assert processed.notes == ((LOST_NUMBERS_NOTE,) if has_numbers else ())


def test_doc_keeps_vietnamese_cells_and_footnotes(doc_files):
    text = read_letter(doc_files / "000_61fe12f9455a1679.doc").text
    assert text.startswith("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSố: 1198 /UBND-TH\n")
    assert "\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" in text
    assert "đã đề ra¹. Trong khi đó" in text and "\n\n¹ Tốc độ tăng trưởng kinh tế GRDP quý I" in text


def test_files_named_as_the_other_word_format_are_read(word_files, doc_files, tmp_path):
    doc_named_docx = tmp_path / "cong-van.docx"
    shutil.copy(doc_files / "001_3e13e6be34528b82.doc", doc_named_docx)
    source = read_letter(doc_named_docx)
    assert isinstance(source, SourceText) and source.format == "doc"
    assert source.notes[0] == "tệp Word 97–2003 (.doc) mang đuôi .docx"
    docx_named_doc = tmp_path / "cong-van.doc"
    shutil.copy(word_files / "001_3e13e6be34528b82.docx", docx_named_doc)
    source = read_letter(docx_named_doc)
    assert isinstance(source, SourceText) and (source.format, source.notes) == (
        "docx", ("tệp Word 2007+ (.docx) mang đuôi .doc",))


def test_doc_without_antiword_names_the_package(doc_files, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    failure = read_letter(doc_files / "000_61fe12f9455a1679.doc")
    assert isinstance(failure, ReadFailure) and ANTIWORD_INSTALL in failure.reason


# --- files that are not what their name says ---------------------------------------------------------------

def _zip(path: Path, files: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as package:
        for name, content in files.items():
            package.writestr(name, content)
    return path


_XLSX = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
                           'content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-'
                           'package.relationships+xml"/><Override PartName="/xl/workbook.xml" ContentType="'
                           'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                   f'relationships"><Relationship Id="rId1" Type="{RT.OFFICE_DOCUMENT}" Target="xl/workbook.xml"/>'
                   '</Relationships>',
    "xl/workbook.xml": '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/'
                       '2006/main"/>',
}


def _rezipped(source: Path, path: Path, edit: Callable[[str, bytes], bytes | None]) -> Path:
    """A copy of a package with its parts edited (None leaves a part out)."""
    with zipfile.ZipFile(source) as package, zipfile.ZipFile(path, "w") as out:
        for name in package.namelist():
            data = edit(name, package.read(name))
            if data is not None:
                out.writestr(name, data)
    return path


def _without_numbering(name: str, data: bytes) -> bytes | None:
    if name == "word/numbering.xml":
        return None
    return re.sub(rb"<(?:Relationship|Override) [^>]*numbering[^>]*/>", b"", data)


def test_docx_without_a_numbering_part(word_files, as_text, tmp_path):
    """Simple generators write no numbering.xml (python-docx's template has one)."""
    sample = SAMPLES[0]
    path = _rezipped(word_files / f"{sample.stem}.docx", tmp_path / "plain.docx", _without_numbering)
    _same_letter(process_letter(path), as_text[sample.name])


def _encrypted(source: Path, path: Path) -> Path:
    with source.open("rb") as plain, path.open("wb") as out:
        OOXMLFile(plain).encrypt("mật khẩu", out)
    return path


def _truncated(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path


@pytest.mark.parametrize(("make", "reason"), [
    (lambda d, w: _zip(d / "a.docx", {"bao-cao.txt": "không phải văn bản Word"}), "a ZIP file that is not a Word"),
    (lambda d, w: _zip(d / "a.docx", _XLSX), "not a Word document: file"),
    (lambda d, w: _zip(d / "a.docx", {"mimetype": "application/vnd.oasis.opendocument.text"}),
     "an OpenDocument file (application/vnd.oasis.opendocument.text)"),
    (lambda d, w: (d / "a.docx").write_bytes(bytes(range(256)) * 20) and d / "a.docx", "not a Word file"),
    (lambda d, w: (d / "a.docx").write_bytes(b"") or d / "a.docx", "empty file"),
    (lambda d, w: LetterDocx().save(d / "a.docx"), "no text in the document"),
    (lambda d, w: _truncated(w / "000_61fe12f9455a1679.docx", d / "a.docx"), "damaged .docx"),
    (lambda d, w: _encrypted(w / "000_61fe12f9455a1679.docx", d / "a.docx"), "encrypted Word file"),
    (lambda d, w: _rezipped(w / "000_61fe12f9455a1679.docx", d / "a.docx",
                            lambda name, data: data.replace(b'w:ilvl w:val="0"', 'w:ilvl w:val="một"'.encode())),
     "damaged Word document: ValueError"),
    (lambda d, w: (d / "a.docx").write_bytes(b"{\\rtf1\\ansi C\\'f4ng v\\'e3n}") and d / "a.docx", "an RTF file"),
    (lambda d, w: (d / "a.doc").write_bytes(bytes(range(256)) * 20) and d / "a.doc", "not a Word 97–2003 file"),
    (lambda d, w: (d / "a.doc").write_bytes(b"") or d / "a.doc", "empty file"),
], ids=["other-zip", "excel-package", "opendocument", "random-bytes", "empty", "no-text", "truncated",
        "encrypted", "bad-value", "rtf", "doc-random-bytes", "doc-empty"])
def test_unreadable_word_files_are_reported_with_the_reason(tmp_path, word_files, make, reason):
    failure = read_letter(make(tmp_path, word_files))
    assert isinstance(failure, ReadFailure), failure
    assert reason in failure.reason


def test_damaged_doc_files_are_reported_in_antiwords_words(doc_files, word_files, tmp_path):
    """An OLE2 file without the WordDocument stream (as an Excel 97 sheet or an Outlook message is), a
    .doc cut in half, and a .docx with a password named .doc."""
    data = (doc_files / "000_61fe12f9455a1679.doc").read_bytes()
    stream = "WordDocument".encode("utf-16-le")
    (tmp_path / "other.doc").write_bytes(data.replace(stream, "WordDocumenX".encode("utf-16-le")))
    (tmp_path / "half.doc").write_bytes(data[: len(data) // 2])
    _encrypted(word_files / "000_61fe12f9455a1679.docx", tmp_path / "locked.doc")
    reasons = {name: read_letter(tmp_path / name).reason for name in ("other.doc", "half.doc", "locked.doc")}
    assert reasons == {"other.doc": "antiword cannot read it: This OLE file does not contain a Word document",
                       "half.doc": "antiword cannot read it: half.doc is not a Word Document.",
                       "locked.doc": "encrypted Word file: it opens only with a password"}


# --- where the text came from -------------------------------------------------------------------------------

def test_warnings_name_the_paragraph_or_the_header_cell(tmp_path):
    """A marker whose footnote is missing names its paragraph; the draft's blank number and day name the
    cells of the header table (two rows: issuer | motto, then number | place and date)."""
    notice = write_letter_docx(SAMPLES[0], tmp_path / "notice.docx", without_notes=("1",))
    (warning,) = [w for w in process_letter(notice).letter.warnings if w.message.startswith("footnotes")]
    assert warning.message == "footnotes: marker ¹ has no footnote text"
    paragraphs = [paragraph.text for paragraph in docx.Document(str(notice)).paragraphs if paragraph.text.strip()]
    assert "¹" in paragraphs[warning.origin.paragraph - 1]
    assert str(warning.origin) == f"đoạn {warning.origin.paragraph}" and warning.origin.paragraph > 3

    draft = write_letter_docx(SAMPLES[4], tmp_path / "draft.docx", two_rows=True)
    places = {w.message: w.origin for w in process_letter(draft).letter.warnings}
    cells = [cell.text for row in docx.Document(str(draft)).tables[0].rows for cell in row.cells]
    number, day = places["number is blank (draft?)"], places["date has a blank day (draft?)"]
    assert (str(number), str(day)) == ("bảng 1, ô 3", "bảng 1, ô 4")
    assert cells[number.cell - 1].startswith("Số:") and ", ngày" in cells[day.cell - 1]


def test_doc_warnings_name_the_paragraph(doc_files):
    draft = process_letter(doc_files / "004_3a47b4691aacc022.doc")
    places = {w.message: str(w.origin) for w in draft.letter.warnings if w.origin}
    assert places == {"number is blank (draft?)": "bảng 1, ô 1", "date has a blank day (draft?)": "bảng 1, ô 2"}
