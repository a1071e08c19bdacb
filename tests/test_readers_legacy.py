"""Letters in the pre-Unicode Vietnamese encodings read as the same letters."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from bench.dev_formats import encode_cp1258, encode_legacy
from build_tools.pipeline import process_letter
from build_tools.readers import read_letter
from build_tools.readers.plain import decode
from conftest import CORPUS

SAMPLES = sorted(CORPUS.glob("*.txt"))
FIELDS = ("number", "date", "issuer", "type", "subject", "signer")


def test_known_strings_of_each_encoding():
    assert decode("Céng hoµ x· héi chñ nghÜa ViÖt Nam".encode("latin-1")) == (
        "Cộng hoà xã hội chủ nghĩa Việt Nam", "tcvn3")
    assert decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode("latin-1")) == (
        "Cộng hòa xã hội chủ nghĩa Việt Nam", "vni")
    text, encoding = decode(encode_cp1258("Cộng hòa xã hội chủ nghĩa Việt Nam"))
    assert (unicodedata.normalize("NFC", text), encoding) == ("Cộng hòa xã hội chủ nghĩa Việt Nam", "cp1258")


def test_tcvn3_capitals_come_back_as_capitals():
    written = "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nSỞ TÀI CHÍNH\nSố: 12/STC\nTỉnh Sóc Trăng"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written
    # Two words no letter of which says more ("SỞ Y TẾ"), and a header's columns one space apart.
    written = "UBND TỈNH BÌNH ĐỊNH\nSỞ Y TẾ\nBAN QUẢN LÝ KHU KINH TẾ Độc lập - Tự do - Hạnh phúc\nSở Y tế đề nghị"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written
    # The signer's title run onto a copy after its ";" (a scan's closing read as text).
    written = "Nơi nhận: T/M ĐẢNG ỦY\n- Thường trực Huyện ủy (b/c); BÍ THƯ\n- Lưu VP Đảng ủy."
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_tcvn3_capitals_beside_a_glued_name_and_a_sites_escaped_line_breaks():
    """A plain small letter, which TCVN3 writes only as it is, opens a word a copy ran on ("GIÁM ĐỐCTrần"); a line
    break a site wrote as "\\r\\n" parts a header's cells as a real one does."""
    written = "GIÁM ĐỐCTrần Thanh Phong\nUBND TỈNH CÀ MAU\\r\\nSỞ TÀI NGUYÊN VÀ\\r\\nMÔI TRƯỜNG"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written
    # A title opening a cell before a word in capitals; not a department before its acronym.
    written = "2016   KẾ HOẠCH Chuyển đổi cơ cấu cây trồng\nSở KH&ĐT đề nghị"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written
    # A sharing site's page mark run into the header's first line is no word of its cell.
    written = "Trang 1HỘI LHPN HUYỆN MỸ TÚ\nHỘI LHPN XÃ MỸ HƯƠNG"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written
    # A sharing site's markup parts cells as a gap does; OCR's "Độc lâp" still opens the motto's cell.
    written = "<b>KẾ HOẠCH</b>\nLĐLĐ HUYỆN ĐĂK HÀ Độc lâp - Tự do - Hạnh phúc"
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_tcvn3_capitals_opening_a_sentence_the_committee_and_a_capitalised_motto():
    """A toned capital opening a sentence or a list item, and "Ủy ban nhân dân" anywhere; a motto whose words are
    capitalised ("Độc Lập - Tự Do") parts the header's cells; a wrapped line's first word keeps its small letter."""
    written = ("HUYỆN LONG HỒ Độc Lập - Tự Do - Hạnh Phúc\nNgày 05/8/2013, Ủy ban nhân dân tỉnh có Công văn. Ấp Tân Hòa"
               " báo cáo.\n- Ủy ban Mặt trận Tổ quốc huyện;\nTổ chức Ngày hội Đại đoàn kết toàn dân tộc\nở khu dân cư"
               "\nNơi nhận: T/M BAN THƯỜNG VỤ")  # a toned word closing a cell after two in capitals
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_tcvn3_signers_name_ending_with_a_toned_vowel():
    """"Phạm Văn Út": the last word's capital "Ú" is one TCVN3 cannot write; a line of running text keeps its "ở"."""
    written = ("Ủy ban nhân dân xã đề nghị Ủy ban nhân dân thị xã xem xét, hỗ trợ kinh phí./.\nTM. ỦY BAN NHÂN DÂN\n"
               "CHỦ TỊCH\n\nPhạm Văn Út\nNguyễn Thị Ánh\nHội nghị tổ chức ở")
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_vni_breve_with_its_hook_above():
    """VNI writes "ẳ" as "a" and "ú" ("Trường Cao đẳng", "chẳng"): the pair viparse's table lacks."""
    written = "TRƯỜNG CAO ĐẲNG Y TẾ BÌNH DƯƠNG\nbình đẳng, chẳng hạn"
    assert "aú".encode("latin-1") in encode_legacy(written, "vni")
    assert decode(encode_legacy(written, "vni")) == (written, "vni")


def test_vni_read_byte_for_byte_into_a_utf8_page_is_converted():
    assert decode("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam".encode())[1] == "vni"


@pytest.fixture(scope="module")
def as_text() -> dict[str, dict]:
    return {p.name: process_letter(p) for p in SAMPLES}


@pytest.mark.parametrize("encoding", ["tcvn3", "vni", "viscii", "cp1258"])
@pytest.mark.parametrize("sample", SAMPLES, ids=lambda p: p.name[:3])
def test_sample_letter_in_a_legacy_encoding_parses_the_same(tmp_path, as_text, sample: Path, encoding):
    text = sample.read_text(encoding="utf-8")
    data = encode_cp1258(text) if encoding == "cp1258" else encode_legacy(text, encoding)
    legacy = tmp_path / sample.name
    legacy.write_bytes(data)
    source = read_letter(legacy)
    assert source.encoding == encoding
    assert source.notes and "chuyển sang Unicode từ bảng mã" in source.notes[0]
    got, want = process_letter(legacy), as_text[sample.name]
    for field in FIELDS:
        if encoding == "tcvn3" and field == "subject":
            # TCVN3 cannot write a capital toned letter inside running text ("của Chủ tịch Ủy ban").
            assert got.letter.subject.lower() == want.letter.subject.lower()
            continue
        assert getattr(got.letter, field) == getattr(want.letter, field), field
    # Footnote markers past ³ are lost: those footnotes are then text where they stood.
    assert {(c.number, c.date) for c in got.citations} == {(c.number, c.date) for c in want.citations}


def test_page_and_report_say_which_encoding_was_converted(tmp_path):
    from build_tools.build import build

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "vni.txt").write_bytes(encode_legacy(SAMPLES[0].read_text(encoding="utf-8"), "vni"))
    docs = tmp_path / "docs"
    assert build(corpus, docs, quiet=True, index_dir=tmp_path / "index") == 0
    page = next((docs / "van-ban").rglob("*.md")).read_text(encoding="utf-8")
    assert "đã chuyển sang Unicode từ bảng mã VNI" in page
    report = (docs / "bao-cao.md").read_text(encoding="utf-8")
    assert "vni.txt" in report.split("## Tệp đọc qua chuyển đổi")[1].split("##")[0]


def test_windows_1258_whose_copy_left_tone_marks_apart(tmp_path):
    """A sharing site's copy left some lines' tone marks at the line's end ("cac phong … ̀ ́"); saved as
    Windows-1258 it is still read as such (the marks follow no consonant), not refused."""
    text = ("ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC\nSố: 12/UBND-VX\nV/v kiểm tra cơ sở vật chất\n"
            "Đồng Xoài, ngày 8 tháng 10 năm 2010\nĐê nghi bô tri kinh phi cho cac trương ̀ ̣ ́ ́ ́ ̀\n"
            "Kính gửi: Sở Tài chính.\nỦy ban nhân dân tỉnh đề nghị như sau./.\n")
    path = tmp_path / "x.txt"
    path.write_bytes(encode_cp1258(text))
    read = read_letter(path)
    assert read.encoding == "cp1258" and "Đồng Xoài" in read.text


def test_the_eth_a_font_wrote_for_dd_is_read_as_dd_and_said(tmp_path):
    """A copy whose converter wrote the Icelandic "Ð" for every "Đ" ("ÐỒNG NAI", "Bình Ðịnh"): read as "Đ", the
    letter's notes say so, and a word with it is no damage to cut ("Ðịnh" is no "Ð ịnh")."""
    path = tmp_path / "cv.txt"
    path.write_text("UBND TỈNH ÐỒNG NAI\nSỞ TÀI CHÍNH\nSố: 45/STC-NS\nÐồng Nai, ngày 05 tháng 3 năm 2018\n"
                    "V/v dự toán\n\n"
                    "Thực hiện Quyết định số 25/QÐ-UBND ngày 02/01/2018 của UBND tỉnh Bình Ðịnh, Ðà Nẵng, Ðắk Lắk.\n"
                    "\nNơi nhận:\n- Lưu: VT.\n\nGIÁM ÐỐC\n\nÐinh Văn Ðức\n", encoding="utf-8")
    processed = process_letter(path)
    assert "Ð" not in read_letter(path).text and "đã đọc chữ Ð (eth) là Đ" in processed.notes
    assert (processed.letter.issuer, processed.letter.signer) == ("Sở Tài chính tỉnh Đồng Nai", "Đinh Văn Đức")
    assert processed.citations[0].issuer == "Ủy ban nhân dân tỉnh Bình Định"


def test_a_unicode_page_with_a_line_left_in_tcvn3_codes(tmp_path):
    """An old portal converted a .VnTime file but for its motto's line and a note: the line is read whole in the code
    most of its words show (TCVN3: "viÖt" is "việt", no VNI "viƯt"), its words Unicode's letters spell too with it
    ("céng", "héi"), so the subject ends above it."""
    path = tmp_path / "hatay.txt"
    path.write_text("UBND TỈNH HÀ TÂY\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 412/SGD&ĐT-GDTrH\nV/v tổ chức thi nghề phổ thông\n"
                    "céng hoµ x· héi chñ nghÜa viÖt nam\nĐộc lập - Tự do - Hạnh phúc\nHà Đông, ngày 14 tháng 3 năm 2006"
                    "\nKính gửi: Các trường THPT.\nSở hướng dẫn như sau./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                    "GIÁM ĐỐC\nĐỗ Văn Khiêm\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert letter.subject == "Tổ chức thi nghề phổ thông"
    assert (letter.number, letter.date) == ("412/SGD&ĐT-GDTrH", "2006-03-14")


def test_a_vntimeh_copys_title_and_signature_before_its_copies_given_back_in_capitals(tmp_path):
    """A ".VnTimeH" file's capitals came out small: the title under the date ("kế hoạch") and a signature set before
    "Nơi nhận" ("kt. giám đốc" / "phó giám đốc") after the text's "./.", the motto in small letters showing it."""
    path = tmp_path / "phutho.txt"
    path.write_text("UBND TỈNH PHÚ THỌ\nSỞ NÔNG NGHIỆP VÀ PTNT\nSố: 46/KH-SNN\ncộng hoà xã hội chủ nghĩa việt nam\n"
                    "Độc lập - Tự do - Hạnh phúc\nViệt Trì, ngày 20 tháng 11 năm 2009\nkế hoạch\nPhòng, chống đói, rét"
                    " cho trâu, bò\nCăn cứ Công văn số 3427/BNN-CN ngày 10/11/2009.\nCác huyện báo cáo về Sở./.\n"
                    "kt. giám đốc\nphó giám đốc\n(Đã ký)\nNguyễn Đình Thọ\nNơi nhận:\n- UBND tỉnh (b/c);\n"
                    "- Lưu: VT, CN.\n",
                    encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.type, letter.subject) == ("Kế hoạch", "Phòng, chống đói, rét cho trâu, bò")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("KT. Giám đốc", "Phó Giám đốc",
                                                                              "Nguyễn Đình Thọ")


def test_a_vntimeh_copy_whose_columns_stand_side_by_side(tmp_path):
    """A ".VnTimeH" file's capitals came out small in a copy that set its columns on one line: the issuer's beside the
    motto ("uỷ ban nhân dân cộng hoà xã hội chủ nghĩa việt nam", "huyện gia viễn Độc lập - …") and the signature's
    beside the copies ("Nơi nhận: tm. uỷ ban nhân dân", "- Lưu: VT. kt. chủ tịch"): given back in capitals."""
    path = tmp_path / "ninhbinh.txt"
    path.write_text("uỷ ban nhân dân cộng hoà xã hội chủ nghĩa việt nam\nhuyện gia viễn Độc lập - Tự do - Hạnh phúc\n"
                    "Số: 27/KH-UBND Gia Viễn, ngày 12 tháng 4 năm 2006\n\nkế hoạch\ntrồng rừng phòng hộ năm 2006\n\n"
                    "Căn cứ Quyết định số 88/QĐ-UBND ngày 20/01/2006 của UBND tỉnh Ninh Bình, các xã thực hiện./.\n"
                    "Nơi nhận: tm. uỷ ban nhân dân\n- UBND tỉnh (b/c); kt. chủ tịch\n- Lưu: VT. phó chủ tịch\n"
                    "Phạm Văn Lộc\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.type, letter.subject) == ("Ủy ban nhân dân huyện Gia Viễn", "Kế hoạch",
                                                            "Trồng rừng phòng hộ năm 2006")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("TM. Ủy ban nhân dân, KT. Chủ tịch",
                                                                              "Phó Chủ tịch", "Phạm Văn Lộc")


def test_a_vntimeh_header_under_a_pages_own_subject_line_and_its_motto_s_second_line(tmp_path):
    """A portal's page repeats the letter's "V/v …" above its header; the header's lines in small letters after it
    ("uỷ ban nhân dân" / "huyện tam dương") are no subject going on, and the motto's "độc lập - tự do - hạnh phúc" is
    given back in capitals too."""
    path = tmp_path / "vinhphuc.txt"
    path.write_text("Trang chủ > Văn bản chỉ đạo\nV/v phòng, chống dịch cúm gia cầm\nuỷ ban nhân dân\nhuyện tam dương\n"
                    "Số: 318/UBND-NN\nV/v phòng, chống dịch cúm gia cầm\ncộng hoà xã hội chủ nghĩa việt nam\n"
                    "độc lập - tự do - hạnh phúc\nTam Dương, ngày 21 tháng 5 năm 2007\n"
                    "Kính gửi: UBND các xã, thị trấn.\nỦy ban nhân dân huyện đề nghị các xã triển khai./.\n"
                    "Nơi nhận:\n- Lưu: VT.\nkt. chủ tịch\nphó chủ tịch\nNguyễn Văn Hòa\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.date, letter.subject) == ("Ủy ban nhân dân huyện Tam Dương", "2007-05-21",
                                                            "Phòng, chống dịch cúm gia cầm")


def test_a_portal_page_whose_capitals_font_and_legacy_lines_a_converter_left(tmp_path):
    """An old portal's page: the header set in a capitals font (.VnTimeH) converted as the plain one ("HUYệN ứNG HOà":
    its marked capitals small), the "Kính gửi" lines left in TCVN3 with "ß" and a capital "Ê" Unicode has too
    ("phßng", "trÊn."); another's lines left in VNI whose words Unicode's letters spell too ("luøn xoaén laù treân luùa
    vuï"), an acronym's "Đ" in VNI ("HÑND"): all read as the letter wrote them."""
    tcvn3 = tmp_path / "tcvn3.txt"
    tcvn3.write_text("Uỷ BAN NHÂN DÂN\nHUYệN ứNG HOà\n|\nCéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM\n|\nSố: 286/UB-VP\n"
                     "V/v phòng, chống dịch cúm gia cầm\n|\nỨng Hoà, ngày 24 tháng 10 năm 2005\n\n"
                     "KÝnh göi:  - C¸c phßng, ban, ngµnh, ®oµn thÓ huyÖn;\n- Uû ban nh©n d©n c¸c x·, thÞ trÊn.\n\n"
                     "Thực hiện chỉ đạo./.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nNguyễn Văn An\n", encoding="utf-8")
    letter = process_letter(tcvn3).letter
    assert (letter.issuer, letter.number) == ("Ủy ban nhân dân huyện Ứng Hòa", "286/UB-VP")
    assert letter.recipients == ("Các phòng, ban, ngành, đoàn thể huyện", "Uỷ ban nhân dân các xã, thị trấn")
    vni = tmp_path / "vni.txt"
    vni.write_text("ỦY BAN NHÂN DÂN\nHUYỆN LONG MỸ\nSố: 527/CV-UBND\nV/v taäp trung phoøng tröø raày naâu, beänh vaøng"
                   " luøn -\nluøn xoaén laù treân luùa vuï Heø Thu 2007\n\nLong Mỹ, ngày 08 tháng 6 năm 2007\n\n"
                   "Kính gôûi:\n- Phoøng Noâng nghieäp vaø Phaùt trieån noâng thoân huyeän.\n\nThực hiện chỉ đạo./.\n\n"
                   "Nôi nhaän:\n- Nhö treân;\n- TT. HÑND huyeän;\n- Löu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                   "Lê Văn Chiến\n", encoding="utf-8")
    letter = process_letter(vni).letter
    assert letter.subject == "Tập trung phòng trừ rầy nâu, bệnh vàng lùn - lùn xoắn lá trên lúa vụ Hè Thu 2007"
    assert letter.cc == ("Như trên", "TT. HĐND huyện", "Lưu: VT")


def test_a_copy_whose_converter_stripped_the_tones_off_its_capitals(tmp_path):
    """A PDF converter's text that lost the tones of every capital ("ĐANG CÔNG SAN VIÊT NAM", "HUYÊN UY PHU VANG"):
    told by its motto without one, the header's phrases are given their marks back as a scan's are; a copy whose motto
    keeps its tones, its header whole but a name's word, is left as written ("Phu Vang" stays where it is written so).
    """
    text = ("ĐANG BÔ TINH THƯA THIÊN HUÊ                 ĐANG CÔNG SAN VIÊT NAM\n     HUYÊN UY PHU VANG\n"
            "            *                               Phú Vang, ngày 18 tháng 9 năm 2009\n      Số 215-TB/HU\n\n"
            "                                 THÔNG BAO\n        Kết luận của Ban Thường vụ Huyện uỷ\n\n"
            "Ngày 15 tháng 9 năm 2009, Ban Thường vụ Huyện uỷ họp./.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nLê Văn An\n")
    stripped = tmp_path / "stripped.txt"
    stripped.write_text(text, encoding="utf-8")
    letter = process_letter(stripped).letter
    assert (letter.issuer, letter.parent_issuer, letter.type) == ("Huyện ủy Phú Vang", "Đảng bộ tỉnh Thừa Thiên Huế",
                                                                  "Thông báo")
    kept = tmp_path / "kept.txt"
    kept.write_text(text.replace("ĐANG CÔNG SAN VIÊT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM").replace(
        "ĐANG BÔ TINH THƯA THIÊN HUÊ", "ĐẢNG BỘ TỈNH THỪA THIÊN HUẾ").replace("HUYÊN UY", "HUYỆN ỦY"), encoding="utf-8")
    assert "PHU VANG" in read_letter(kept).text


def test_a_toned_word_alone_under_a_line_in_capitals_ends_its_name():
    """A web cell broke "BỘ NỘI VỤ" and "TM. BAN THƯỜNG VỤ" before their last word: TCVN3 writes "VỤ" with the small
    letter's code (it has no capital "Ụ"), read "Vụ" where no capital beside it tells; the line above does."""
    written = ("BỘ NỘI\nVỤ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 2519/BNV-TCBC\n"
               "Căn cứ Luật Tổ chức chính quyền địa phương.\nTM. BAN THƯỜNG\nVỤ\nVụ Tổ chức - Biên chế")
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_tcvn3_keeps_ocrs_letters_for_figures_and_a_number_labels_case():
    """A TCVN3 page of an OCR'd letter: "lO46", "2Ol2" stay letters the reader then reads as figures (no "LO46"), and
    "Số:" before a code in capitals stays "Số:" (no "SỐ:"); a word glued to figures is still given its capitals
    ("năm 2022QUYẾT ĐỊNH")."""
    written = ("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN KIẾN XƯƠNG Độc lập - Tự do - Hạnh phúc\n"
               "Số: lO46 /UBND-NN Kiến Xương, ngày 14 tháng 8 năm 2Ol2\n| Số: 2318/SYT-NVY V/v tăng cường dịch |\n"
               "La Gi, ngày 16 tháng 8 năm 2022QUYẾT ĐỊNH\n")
    assert decode(encode_legacy(written, "tcvn3"))[0] == written


def test_a_capitals_fonts_lines_holding_initials(tmp_path):
    """A .VnTimeH line converted as the plain font, initials beside its slipped words: "UBND TỉNH BắC KạN", "KT. GIáM
    ĐốC" are given back in capitals as "Sở TàI CHíNH" and "PHó GIáM ĐốC" are (the initials as they are)."""
    path = tmp_path / "backan.txt"
    path.write_text("UBND TỉNH BắC KạN\nSở TàI CHíNH\nSố: 118/STC-QLNS\nV/v quyết toán ngân sách năm 2007\n"
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    "Bắc Kạn, ngày 22 tháng 02 năm 2008\n"
                    "Kính gửi: UBND các huyện, thị xã.\nSở hướng dẫn như sau./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                    "KT. GIáM ĐốC\nPHó GIáM ĐốC\n\nNông Thị Hường\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.parent_issuer) == ("Sở Tài chính tỉnh Bắc Kạn", "Ủy ban nhân dân tỉnh Bắc Kạn")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Giám đốc", "Phó Giám đốc")
