"""Reading letter files in their encodings, and a clerk's corrections in sidecar files."""

from __future__ import annotations

import codecs
import unicodedata

from build_tools.corrections import sidecar_of
from build_tools.model import ReadFailure
from build_tools.pipeline import parse_file, process_letter
from build_tools.readers import read_letter
from conftest import CORPUS

SAMPLE = CORPUS / "000_61fe12f9455a1679.txt"


def test_utf8_with_bom_utf16_crlf_and_nfd_read_to_the_same_nfc_text(tmp_path):
    text = SAMPLE.read_text(encoding="utf-8")
    variants = {
        "bom.txt": codecs.BOM_UTF8 + text.encode("utf-8"),
        "utf16.txt": text.encode("utf-16"),
        "crlf.txt": text.replace("\n", "\r\n").encode("utf-8"),
        "nfd.md": unicodedata.normalize("NFD", text).encode("utf-8"),
    }
    for name, data in variants.items():
        (tmp_path / name).write_bytes(data)
        source = read_letter(tmp_path / name)
        assert not isinstance(source, ReadFailure), name
        assert source.text == unicodedata.normalize("NFC", text), name
    assert read_letter(tmp_path / "utf16.txt").encoding == "utf-16"


def test_no_break_spaces_and_zero_width_characters_of_a_web_copy_read_as_plain_spaces(tmp_path):
    """A web copy laced with no-break spaces between its words and zero-width spaces before its lines reads as the
    letter does: a text, not a binary file, with the same fields; its lines stay the file's lines."""
    text = SAMPLE.read_text(encoding="utf-8")
    laced = "\n".join("\u200b" + line.replace(" ", "\u00a0") if k % 2 else line
                       for k, line in enumerate(text.split("\n")))
    (tmp_path / "laced.txt").write_text(laced, encoding="utf-8")
    source = read_letter(tmp_path / "laced.txt")
    assert not isinstance(source, ReadFailure)
    assert source.text.split("\n") == text.split("\n")
    assert parse_file(tmp_path / "laced.txt") == parse_file(SAMPLE) | {"source": str(tmp_path / "laced.txt")}
    (tmp_path / "controls.txt").write_bytes(("\u0090\u0091\u0092 " * 200 + text).encode("utf-8"))
    assert "control characters" in read_letter(tmp_path / "controls.txt").reason


def test_a_letter_saved_as_a_web_page_or_a_text_holding_its_markup_reads_as_its_blocks(tmp_path):
    """Word's "Save as Web Page" (.htm) and a site that printed that markup as its text: a line per paragraph
    and cell, entities decoded with or without their ";"
    ("&#272O&Agrave;N" is "ĐOÀN"), styles dropped, an empty paragraph a blank line; each line keeps the file's."""
    cells = ("<p class=MsoNormal>BCH &#272O&Agrave;N T&#7880NH NAM &#272&#7882NH</p>\n<p class=MsoNormal>"
             "S&#7889: 86-HD/T&#272TN-BTG</p></td>\n<td><p>Nam &#272&#7883nh, ng&agrave;y 19 th&aacute;ng 02 "
             "n&#259m 2016</p></td></tr></table>\n<p>&nbsp;</p>\n<p align=center><b>H&#431&#7898NG D&#7850N</b></p>")
    markup = ("<html><head><style>p.MsoNormal {margin:0cm}</style></head><body><table><tr><td>" + cells
              + "</body></html>")
    (tmp_path / "page.htm").write_bytes(markup.encode("utf-8"))
    (tmp_path / "page.txt").write_text("Hướng dẫn kỷ niệm ngày thành lập Đoàn<br>\n\n" + markup, encoding="utf-8")
    expected = ["BCH ĐOÀN TỈNH NAM ĐỊNH", "Số: 86-HD/TĐTN-BTG", "Nam Định, ngày 19 tháng 02 năm 2016", "",
                "HƯỚNG DẪN"]
    page = read_letter(tmp_path / "page.htm")
    assert (page.text.split("\n"), page.format) == (expected, "html")
    assert [page.origins.of(i).line for i in (0, 2, 4)] == [1, 3, 5]
    printed = read_letter(tmp_path / "page.txt")
    assert printed.text.split("\n")[-5:] == expected
    # A letter that mentions a tag stays a text.
    (tmp_path / "plain.txt").write_text(SAMPLE.read_text(encoding="utf-8") + "\nGhi chú: thẻ <p> trong tệp.\n",
                                        encoding="utf-8")
    assert read_letter(tmp_path / "plain.txt").text.endswith("Ghi chú: thẻ <p> trong tệp.\n")


def test_unreadable_files_name_the_reason(tmp_path):
    cases = {
        "empty.txt": (b"  \n", "empty file"),
        "nul.txt": (b"abc\x00def", "binary"),
        "latin1.txt": (b"line one\nd\xe9cision\n", "not UTF-8 text"),
        "photo.jpg": (b"\xff\xd8\xff", "not a readable image"),
        "letter.odt": (b"PK\x03\x04", "no reader for '.odt' files"),
    }
    for name, (data, reason) in cases.items():
        (tmp_path / name).write_bytes(data)
        failure = read_letter(tmp_path / name)
        assert isinstance(failure, ReadFailure) and reason in failure.reason, (name, failure)
    assert "line 2" in read_letter(tmp_path / "latin1.txt").reason


def copy_sample(tmp_path, name="letter.txt"):
    letter = tmp_path / name
    letter.write_bytes(SAMPLE.read_bytes())
    return letter


def test_sidecar_overrides_fields_and_marks_them(tmp_path):
    letter = copy_sample(tmp_path)
    sidecar_of(letter).write_text("signer_title: Phó Chủ tịch\ndate: 2024-04-27\ncc:\n  - Như trên\n",
                                  encoding="utf-8")
    processed = process_letter(letter)
    assert processed.letter.signer_title == "Phó Chủ tịch"
    assert processed.letter.date == "2024-04-27"
    assert processed.letter.cc == ("Như trên",)
    assert processed.letter.corrected == ("cc", "date", "signer_title")
    assert processed.problems == ()
    # Each corrected field was read from its sidecar line, no longer from the letter's words.
    read = {(s.field, s.part, s.line) for s in processed.letter.sources if s.field in processed.letter.corrected}
    assert read == {("signer_title", "sidecar", 1), ("date", "sidecar", 2), ("cc", "sidecar", 3)}


def test_a_corrected_fields_panel_value_links_the_published_sidecar(tmp_path):
    from build_tools.build import build
    from build_tools.site.publish import publish
    from conftest import new_project

    project = new_project(tmp_path / "p", [])
    letter = copy_sample(project / "corpus")
    sidecar_of(letter).write_text("date: 2024-04-27\n", encoding="utf-8")
    assert build(project / "corpus", project / "docs", quiet=True, index_dir=project / ".cache" / "i") == 0
    publish(project, project / "site", project / "corpus")
    page = next((project / "site" / "van-ban").rglob("index.html")).read_text(encoding="utf-8")
    assert f'href="../../../goc/{letter.name}.meta.yaml"' in page and "tệp hiệu đính, dòng 1" in page
    assert (project / "site" / "goc" / f"{letter.name}.meta.yaml").read_text(encoding="utf-8") == "date: 2024-04-27\n"


def test_sidecar_fills_what_a_headerless_notice_lacks_and_citations_follow(tmp_path):
    notice = tmp_path / "notice.txt"
    notice.write_bytes((CORPUS / "003_6f0508abd3d91ba8.txt").read_bytes())
    sidecar_of(notice).write_text("issuer: Ủy ban nhân dân tỉnh Kiên Giang\n", encoding="utf-8")
    fields = parse_file(notice)
    assert fields["issuer"] == "Ủy ban nhân dân tỉnh Kiên Giang"
    assert "issuer not found in the header" not in fields["warnings"]
    by_number = {c["number"]: c for c in fields["citations"]}
    assert by_number["236/BC-UBND"]["issuer"] == "Ủy ban nhân dân tỉnh Kiên Giang"


def test_bad_sidecar_values_are_reported_with_file_and_key(tmp_path):
    letter = copy_sample(tmp_path)
    sidecar_of(letter).write_text("numbr: 12/UBND\ndate: 26/4/2024\nrecipients: one\nsigner: Trần Văn Lâu\n",
                                  encoding="utf-8")
    processed = process_letter(letter)
    problems = "\n".join(processed.problems)
    assert "numbr" in problems and "date" in problems and "recipients" in problems
    assert str(sidecar_of(letter)) in problems
    assert processed.letter.date == "2024-04-26"  # the extracted value is kept
    assert processed.letter.corrected == ("signer",)


def test_impossible_date_in_a_sidecar_is_reported(tmp_path):
    letter = copy_sample(tmp_path)
    sidecar_of(letter).write_text("date: 2024-13-45\n", encoding="utf-8")
    processed = process_letter(letter)
    assert processed.letter.date == "2024-04-26"
    assert any("not a valid date" in p for p in processed.problems)


def test_malformed_sidecar_yaml_is_reported_with_its_line(tmp_path):
    letter = copy_sample(tmp_path)
    sidecar_of(letter).write_text("issuer: ok\nnumber: [unclosed\n", encoding="utf-8")
    processed = process_letter(letter)
    assert processed.letter.number == "1198/UBND-TH"
    assert any("not valid YAML" in p and "line" in p for p in processed.problems)


def test_sidecar_is_read_safely(tmp_path):
    letter = copy_sample(tmp_path)
    sidecar_of(letter).write_text("signer: !!python/object/apply:os.system ['echo pwned']\n", encoding="utf-8")
    processed = process_letter(letter)
    assert processed.letter.signer == "Trần Văn Lâu"
    assert processed.problems


def test_a_copy_of_an_old_portals_page_that_kept_some_of_its_markup_line_by_line(tmp_path):
    """An old portal's page copied as text: its property table ("Số/Ký hiệu | Ngày ban hành | Trích yếu"), Word's
    styles pasted as words ("Normal 0 false false false …"), breaks, entities and Word's tags left in lines that are
    still the letter's lines ("UBND TỈNH HÀ TĨNH<br />VĂN PHÒNG<br />Số: 287/TB-VP", "Sở NN&amp;PTNT", "<o:p></o:p>",
    each "<p …>…</p>" closed on its line): each line read as its page, a break a line of its own."""
    paragraph = '<p style="text-align: justify;">{}</p>'
    text = "\n".join([
        "Số/Ký hiệu | Ngày ban hành | Trích yếu", "287/TB-VP | 09/09/2009 | Thông báo kết luận",
        "Normal 0 false false false MicrosoftInternetExplorer4",
        "UBND TỈNH HÀ TĨNH<br />VĂN PHÒNG<br />Số: 287/TB-VP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br />Độc lập - Tự do - Hạnh phúc<br />Hà Tĩnh, ngày 09 tháng 9 năm 2009",
        "&nbsp;", "THÔNG BÁO<br />Kết luận của Chủ tịch UBND tỉnh<o:p></o:p>",
        paragraph.format("Ngày 04/9/2009, Chủ tịch UBND tỉnh làm việc với UBND huyện Hương Khê."),
        *[paragraph.format(f"{k}. Giao Sở NN&amp;PTNT thực hiện nội dung thứ {k} theo &quot;Kế hoạch&quot;.")
          for k in range(1, 17)],
        "Nơi nhận:<br />- Sở NN&amp;PTNT;<br />- Lưu: VT.", "TL. CHỦ TỊCH<br />CHÁNH VĂN PHÒNG<br />&nbsp;<br />"
        "Nguyễn Văn Hòa"])
    (tmp_path / "hatinh.txt").write_text(text, encoding="utf-8")
    source = read_letter(tmp_path / "hatinh.txt")
    assert "Normal 0" not in source.text and "&" not in source.text.replace("NN&PTNT", "")
    assert source.text.split("\n")[3:6] == ["UBND TỈNH HÀ TĨNH", "VĂN PHÒNG", "Số: 287/TB-VP"]
    assert source.origins.of(4).line == 4  # "VĂN PHÒNG": the copy's fourth line
    letter = process_letter(tmp_path / "hatinh.txt").letter
    assert (letter.issuer, letter.number, letter.subject) == (
        "Văn phòng Ủy ban nhân dân tỉnh Hà Tĩnh", "287/TB-VP", "Kết luận của Chủ tịch UBND tỉnh")
    assert (letter.cc, letter.signer) == (("Sở NN&PTNT", "Lưu: VT"), "Nguyễn Văn Hòa")
