"""Forms real letters take (../shared/notes/real-letters.md), each as a small letter of its own."""

from __future__ import annotations

import pytest

from build_tools.cite import find_citations
from build_tools.model import Footnote, SourceText
from build_tools.parse import parse_letter
from build_tools.parse.names import full_issuer, is_position, organ_name


def parse(text: str):
    return parse_letter(SourceText("t.txt", text, "utf-8", "text"))


def read_and_parse(tmp_path, text: str):
    """The letter as the build reads it: the reader mends a copy's damage ("CHƯƠNGTRƯỜNG", "TNH") before the parser."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "letter.txt"
    path.write_text(text, encoding="utf-8")
    return process_letter(path).letter


BODY = "\n\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\n\nĐiều 1. Ban hành.\n"
CLOSING = "\n\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n"


def test_decision_with_title_subject_and_decision_maker_line():
    letter = parse(
        "ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
        "Số: 1961/QĐ-UBND\n\nBình Định, ngày 07 tháng 9 năm 2022\n\nQUYẾT ĐỊNH\nVề việc ban hành Kế hoạch "
        "thực hiện\nChương trình chuyển đổi số\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH ĐỊNH" + BODY + CLOSING
    )
    assert (letter.type, letter.number, letter.date) == ("Quyết định", "1961/QĐ-UBND", "2022-09-07")
    assert letter.issuer == "Ủy ban nhân dân tỉnh Bình Định"
    assert letter.subject == "Ban hành Kế hoạch thực hiện Chương trình chuyển đổi số"
    assert letter.body.startswith("Căn cứ Luật")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ủy ban nhân dân", "Chủ tịch", "Nguyễn Văn An")


def test_web_copy_with_table_cells_and_broken_word_groups():
    letter = parse(
        "UỶ BAN NHÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nDÂN | Độc lập - Tự do - Hạnh phúc\n"
        "TỈNH BÌNH ĐỊNH |\n|\nSố:\n21/2022/NQ-HĐND\n|\nBình\nĐịnh, ngày 07 tháng 9 năm 2022\n\nNGHỊ QUYẾT\n\n"
        "Về việc thông qua đề án" + BODY + CLOSING
    )
    assert letter.issuer == "Ủy ban nhân dân tỉnh Bình Định"
    assert letter.number == "21/2022/NQ-HĐND"
    assert letter.place == "Bình Định" and letter.date == "2022-09-07"
    assert letter.type == "Nghị quyết"


def test_spaces_inside_numbers_and_look_alike_letters():
    letter = parse("UBND TỈNH KIÊN GIANG\n\nSố:15 /2014/QÐ-UBND\n\nKiên Giang, ngày 3 tháng 4 năm 2014\n\n"
                   "QUYẾT ĐỊNH\n\nVề việc phê duyệt" + BODY + CLOSING)
    assert letter.number == "15/2014/QĐ-UBND"  # the number's look-alike fixed; the text keeps "QÐ" as written
    assert "QÐ" not in letter.number
    assert letter.type == "Quyết định"


def test_title_gives_the_type_even_when_the_code_says_otherwise():
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n\nSố: 55/2007/CT-UBND\n\nLong An, ngày 5 tháng 1 năm 2007\n\n"
                   "QUYẾT ĐỊNH\n\nVề việc ban hành quy chế" + BODY + CLOSING)
    assert letter.type == "Quyết định" and letter.number == "55/2007/CT-UBND"


def test_department_under_a_province_has_a_parent_issuer():
    letter = parse("UBND TỈNH SÓC TRĂNG\nSỞ TÀI CHÍNH\n\nSố: 120/STC-NS\nV/v hướng dẫn lập dự toán\n\n"
                   "Sóc Trăng, ngày 10 tháng 7 năm 2024\n\nKính gửi: Các sở, ban, ngành tỉnh.\n\n"
                   "Sở Tài chính hướng dẫn như sau." + CLOSING.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH",
                                                                      "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"))
    assert (letter.parent_issuer, letter.issuer) == ("Ủy ban nhân dân tỉnh Sóc Trăng", "Sở Tài chính tỉnh Sóc Trăng")
    assert letter.type == "Công văn" and letter.subject == "Hướng dẫn lập dự toán"
    assert (letter.signing_authority, letter.signer_title) == ("KT. Giám đốc", "Phó Giám đốc")
    assert letter.recipients == ("Các sở, ban, ngành tỉnh",)


def test_party_letter_numbered_the_other_way_round():
    letter = parse("ĐẢNG BỘ TỈNH SÓC TRĂNG\nHUYỆN ỦY MỸ TÚ\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nSố 215-CV/HU\n\n"
                   "Mỹ Tú, ngày 2 tháng 3 năm 2023\n\nV/v lãnh đạo công tác bầu cử\n\nKính gửi: Các chi bộ.\n\n"
                   "Ban Thường vụ Huyện ủy đề nghị." + CLOSING)
    assert letter.number == "215-CV/HU"
    assert letter.issuer == "Huyện ủy Mỹ Tú" and letter.parent_issuer == "Đảng bộ tỉnh Sóc Trăng"
    assert letter.type == "Công văn"


def test_pdf_damage_in_the_motto_and_site_metadata_block():
    letter = parse("Loại văn bản : Công văn\nSố hiệu : 9/UBND-KT\nNgười ký : Lê Văn B\n\n"
                   "ỦY BAN NHÂN DÂN\nHUYỆN CHÂU THÀNH\n\nCỘNG HOÀ XàHỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập  Tự do  Hạnh phúc\n\nSố: 9/UBND-KT\n\nChâu Thành, ngày 9 tháng 9 năm 2019\n\n"
                   "V/v báo cáo\n\nKính gửi: Sở Tài chính.\n\nNội dung." + CLOSING)
    assert letter.issuer == "Ủy ban nhân dân huyện Châu Thành"
    assert (letter.number, letter.date, letter.subject) == ("9/UBND-KT", "2019-09-09", "Báo cáo")


def test_signature_block_with_upper_case_name_and_noise():
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\n\nSố: 1/UBND\n\nAn Giang, ngày 1 tháng 1 năm 2020\n\n"
                   "V/v thử\n\nKính gửi: Sở Y tế.\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                   "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n(Đã ký)\n\nNGUYỄN THANH BÌNH\n")
    assert letter.signer == "Nguyễn Thanh Bình"
    assert letter.signing_authority == "KT. Chủ tịch"


def test_crlf_hard_breaks_and_bold_markers_do_not_leak_into_values():
    letter = parse("**ỦY BAN NHÂN DÂN  \nTỈNH CÀ MAU**\n\n**Số: 77/UBND-VX**\n\n*Cà Mau, ngày 05 tháng 02 năm 2021*\n\n"
                   "**V/v phòng, chống dịch**\n\nKính gửi: Sở Y tế.\n\nNội dung." + CLOSING)
    assert (letter.issuer, letter.number, letter.place) == ("Ủy ban nhân dân tỉnh Cà Mau", "77/UBND-VX", "Cà Mau")
    assert letter.subject == "Phòng, chống dịch"


def test_numeric_date_and_recipients_without_dashes():
    letter = parse("BỘ TÀI CHÍNH\n\nSố: 1234/BTC-NSNN\nV/v dự toán năm 2025\n\nHà Nội, ngày 05/01/2025\n\n"
                   "Kính gửi:\nỦy ban nhân dân các tỉnh, thành phố;\nSở Tài chính các tỉnh, thành phố.\n\n"
                   "Bộ Tài chính đề nghị như sau." + CLOSING)
    assert (letter.date, letter.place, letter.issuer) == ("2025-01-05", "Hà Nội", "Bộ Tài chính")
    assert letter.recipients == ("Ủy ban nhân dân các tỉnh, thành phố", "Sở Tài chính các tỉnh, thành phố")
    assert letter.body.startswith("Bộ Tài chính đề nghị")


def test_an_undashed_recipient_whose_bracket_the_line_wrapped():
    """"Bí thư Chi bộ, Tổ trưởng tổ dân phố (từ TDP số 1 đến TDP số" / "18);": one item, the list goes on."""
    letter = parse("UBND QUẬN HÀ ĐÔNG\nUBND PHƯỜNG PHÚC LA\n\nSố: 112/UBND\nV/v phòng cháy\n\nHà Đông, ngày 12/3/2024"
                   "\n\nKính gửi:\nCông an phường Phúc La;\nBí thư Chi bộ, Tổ trưởng tổ dân phố (từ TDP số 1 đến TDP"
                   " số\n18);\nBan Quản trị các tòa nhà chung cư trên địa bàn phường.\n\nỦy ban nhân dân phường đề nghị"
                   " như sau." + CLOSING)
    assert letter.recipients == ("Công an phường Phúc La", "Bí thư Chi bộ, Tổ trưởng tổ dân phố (từ TDP số 1 đến TDP số"
                                 " 18)", "Ban Quản trị các tòa nhà chung cư trên địa bàn phường")


def test_two_columns_side_by_side_as_pdf_text_gives_them():
    letter = parse("ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "XÃ AN HIỆP                       Độc lập - Tự do - Hạnh phúc\n\n"
                   "Số: 45/TB-UBND            An Hiệp, ngày 12 tháng 3 năm 2024\n\n"
                   "THÔNG BÁO\n\nLịch tiếp công dân tháng 3\n\nỦy ban nhân dân xã thông báo như sau." + CLOSING)
    assert (letter.issuer, letter.number, letter.date) == ("Ủy ban nhân dân xã An Hiệp", "45/TB-UBND", "2024-03-12")
    assert (letter.type, letter.subject, letter.place) == ("Thông báo", "Lịch tiếp công dân tháng 3", "An Hiệp")


def test_a_word_table_saved_as_text_parts_its_cells_by_tabs():
    """Word's "Save as plain text" of a header table: the cells a tab apart, the motto's dashes lost to tabs too."""
    letter = parse("UBND TỈNH QUẢNG NGÃI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\tVĂN PHÒNG\tĐộc lập\tTự do\t"
                   "Hạnh phúc\n\nSố: 592/TB-VP\tQuảng Ngãi, ngày 20 tháng 11 năm 2017\n\n\tTHÔNG BÁO\n\tKết luận "
                   "của Phó Chủ tịch UBND tỉnh\n\nNgày 16/11/2017, tại trụ sở UBND tỉnh, đồng chí Phó Chủ tịch chủ trì."
                   + CLOSING)
    assert (letter.type, letter.number, letter.date, letter.place) == (
        "Thông báo", "592/TB-VP", "2017-11-20", "Quảng Ngãi")
    assert letter.issuer == "Văn phòng Ủy ban nhân dân tỉnh Quảng Ngãi"
    assert letter.subject == "Kết luận của Phó Chủ tịch UBND tỉnh"
    # A draft's blanks typed as tabs: "Số: <tab> /QĐ-UBND <tab> Lệ Thủy, ngày <tab> tháng 10 năm 2014".
    draft = parse("DỰ THẢO\nỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN LỆ THỦY\tĐộc lập\tTự do\t"
                  "Hạnh phúc\n\nSố:\t/QĐ-UBND\tLệ Thủy, ngày\ttháng 10 năm 2014\n\nQUYẾT ĐỊNH\nBan hành Quy chế "
                  "phối hợp" + BODY + CLOSING)
    assert (draft.type, draft.number, draft.number_suffix, draft.date, draft.place) == (
        "Quyết định", None, "QĐ-UBND", "2014-10", "Lệ Thủy")
    assert draft.issuer == "Ủy ban nhân dân huyện Lệ Thủy"


def test_council_resolution_with_session_lines_under_the_title():
    letter = parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH SÓC TRĂNG\n\nSố: 12/2023/NQ-HĐND\n\nSóc Trăng, ngày 7 tháng 12 năm 2023\n\n"
                   "NGHỊ QUYẾT\nQuy định mức chi hỗ trợ\n\nHỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG\nKHÓA X, KỲ HỌP THỨ 15"
                   + BODY + CLOSING.replace("TM. ỦY BAN NHÂN DÂN", "TM. HỘI ĐỒNG NHÂN DÂN"))
    assert (letter.type, letter.issuer, letter.subject) == (
        "Nghị quyết", "Hội đồng nhân dân tỉnh Sóc Trăng", "Quy định mức chi hỗ trợ")
    assert letter.signing_authority == "TM. Hội đồng nhân dân"
    assert letter.body.startswith("Căn cứ")


def test_date_line_wrapped_in_a_narrow_column():
    """A Word header column too narrow for the date: "…, ngày 08 tháng 7 năm" / "2011" (a district's
    báo cáo), or cut before the year's word: "…, ngày 10 tháng 7" / "năm 2023", or after the place's comma
    (a browser's narrow cell)."""
    for first, second in (("Quỳnh Lưu, ngày 08 tháng 7 năm", "2011"), ("Quỳnh Lưu, ngày 08 tháng 7", "năm 2011"),
                          ("Quỳnh Lưu,", "ngày 08 tháng 7 năm 2011")):
        letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN QUỲNH LƯU\nSố: 126/BC-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                       f"Độc lập - Tự do - Hạnh phúc\n\n{first}\n{second}\n\nBÁO CÁO\nTình hình thực hiện"
                       " chính sách\n\nThực hiện chỉ đạo của tỉnh, huyện báo cáo như sau." + CLOSING)
        assert (letter.place, letter.date, letter.number) == ("Quỳnh Lưu", "2011-07-08", "126/BC-UBND"), first
        assert letter.subject == "Tình hình thực hiện chính sách"


def test_columns_a_web_page_ran_together_with_the_motto_in_title_case():
    """A provincial portal's copy: each header line holds both columns, the motto in title case ("Độc
    Lập - Tự Do - Hạnh Phúc"), the number and the place-and-date on one line."""
    letter = parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KIÊN GIANG Độc Lập - Tự Do - Hạnh Phúc\n\n"
                   "Số: 318/UBND-KT Rạch Giá, ngày 4 tháng 5 năm 2012\n\nV/v rà soát các dự án chậm triển khai\n\n"
                   "Kính gửi: Sở Kế hoạch và Đầu tư.\n\nỦy ban nhân dân tỉnh có ý kiến như sau." + CLOSING)
    assert (letter.issuer, letter.place) == ("Ủy ban nhân dân tỉnh Kiên Giang", "Rạch Giá")
    assert (letter.number, letter.date) == ("318/UBND-KT", "2012-05-04")
    assert letter.subject == "Rà soát các dự án chậm triển khai"


def test_a_place_name_run_into_one_word_by_ocr_is_spaced_again():
    """Bold capitals read by OCR: "HUYỆN ỦY CƯJÚT"; the issuer names the district as the gazetteer does."""
    letter = parse("ĐẢNG BỘ TỈNH ĐẮK NÔNG\nHUYỆN ỦY CƯJÚT\n*\nSố 215-CV/HU\nV/v học tập nghị quyết\n\n"
                   "ĐẢNG CỘNG SẢN VIỆT NAM\n\nCư Jút, ngày 22 tháng 7 năm 2013\n\nKính gửi: Các chi bộ trực thuộc.\n\n"
                   "Ban Thường vụ Huyện ủy đề nghị như sau.\n\nNơi nhận:\n- Như trên,\n- Lưu VP.\n\n"
                   "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n")
    assert (letter.issuer, letter.number, letter.place) == ("Huyện ủy Cư Jút", "215-CV/HU", "Cư Jút")
    assert organ_name("ỦY BAN NHÂN DÂN TỈNH TUYÊN QUANG") == "Ủy ban nhân dân tỉnh Tuyên Quang"  # a syllable stays


def test_a_social_insurance_agency_under_its_national_body():
    """A city's Bảo hiểm xã hội under "BẢO HIỂM XÃ HỘI VIỆT NAM" (a legal-document site's copy): its "xã" is
    no commune, "TP.HỒ CHÍ MINH" has no space after the dot, the cited issuers are named by their head."""

    letter = parse("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI\nTP.HỒ CHÍ MINH\n-------\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 1450/TB-BHXH\n\n"
                   "TP.Hồ Chí Minh, ngày 12 tháng 4 năm 2022\n\n"
                   "THÔNG BÁO\n\nVỀ VIỆC ĐIỀU CHỈNH LỊCH TIẾP NHẬN HỒ SƠ\n\nCăn cứ Quyết định số 312/QĐ-BHXH ngày"
                   " 02/3/2022 của Bảo hiểm xã hội Việt Nam về quy trình một cửa;\n\nCăn cứ Công văn số 1302/BHXH-VP"
                   " ngày 01/4/2022 của Giám đốc Bảo hiểm xã hội Thành phố về lịch làm việc;\n\nBảo hiểm xã hội"
                   " Thành phố thông báo như sau." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Bảo hiểm xã hội Thành phố Hồ Chí Minh", "Bảo hiểm xã hội Việt Nam")
    assert [c.issuer for c in find_citations(letter)] == [
        "Bảo hiểm xã hội Việt Nam", "Bảo hiểm xã hội Thành phố Hồ Chí Minh"]


def test_a_number_with_a_space_before_its_hyphen():
    """A ministry office's number as its web copy gives it: "Số: 1989/V11 -TTTTBC"."""
    letter = parse("BỘ CÔNG AN\nVĂN PHÒNG\n-------\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n\nSố: 705/V11 -TTTTBC\nV/v xác minh thông tin báo nêu\n\n"
                   "Hà Nội, ngày 03 tháng 6 năm 2014\n\n"
                   "Kính gửi: Công an tỉnh Hà Nam\n\nVăn phòng Bộ đề nghị xác minh và báo cáo." + CLOSING)
    assert (letter.number, letter.issuer) == ("705/V11-TTTTBC", "Văn phòng Bộ Công an")


def test_a_page_a_sharing_site_ran_into_one_line():
    """A document-sharing site's text of a Sở's công văn: header, recipients and closing on one line,
    the place's two names joined by a hyphen, the signer's title and name after the authority."""
    letter_text = ("  1. UBND TỈNH BÌNH THUẬN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"
                   " Số : 812 /SYT-NV Phan Rang-Tháp Chàm, ngày 03 tháng 9 năm 2012 V/v tăng cường phòng chống dịch"
                   " sốt xuất huyết Kính gửi: - Bệnh viện đa khoa tỉnh; - Trung tâm Y tế các huyện. Thời gian qua,"
                   " số ca mắc sốt xuất huyết tăng nhanh tại nhiều địa phương trong tỉnh, Sở Y tế đề nghị các đơn vị"
                   " chủ động giám sát, xử lý ổ dịch. Nơi nhận: - Như trên; - Lưu: VT, NV. KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC"
                   " Trần Văn Hòa")
    letter = parse(letter_text)
    assert (letter.number, letter.date, letter.place) == ("812/SYT-NV", "2012-09-03", "Phan Rang-Tháp Chàm")
    assert (letter.issuer, letter.subject) == ("Sở Y tế tỉnh Bình Thuận", "Tăng cường phòng chống dịch sốt xuất huyết")
    assert letter.recipients[0] == "Bệnh viện đa khoa tỉnh"
    assert (letter.cc, letter.signing_authority, letter.signer_title, letter.signer) == (
        ("Như trên", "Lưu: VT, NV"), "KT. Giám đốc", "Phó Giám đốc", "Trần Văn Hòa")
    # The copy's "(Đã ký)" before the name, and the site's page number after it.
    for end in ("(Đã ký) Trần Văn Hòa", "(Đã ký) Trần Văn Hòa Trang 2"):
        closing = letter_text.replace(" Trần Văn Hòa", f" {end}")
        assert parse(closing).signer == "Trần Văn Hòa", end


def test_an_invitation_with_no_subject_under_its_title():
    """A district's giấy mời whose title stands alone: "… trân trọng kính mời:" opens its text."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN GIA LÂM\n\nSố: 45/GM-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n\nGia Lâm, ngày 05 tháng 01 năm 2016\n\nGIẤY MỜI\n\n"
                   "Ủy ban nhân dân huyện trân trọng kính mời:\n- Lãnh đạo các phòng, ban, ngành huyện;\n\n"
                   "Tới dự Hội nghị triển khai công tác năm 2016." + CLOSING)
    assert (letter.type, letter.number, letter.subject) == ("Giấy mời", "45/GM-UBND", None)
    assert letter.body.startswith("Ủy ban nhân dân huyện trân trọng kính mời")


def test_a_cong_dien_names_its_recipients_after_its_sender():
    """A province's công điện: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:" then the list, where a letter has
    "Kính gửi:"; its first item wrapped before a capital ("… Hải" / "Hà, Bình Liêu;")."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 12/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\n\nQuảng Ninh, ngày 06 tháng 9 năm 2024\n\nCÔNG ĐIỆN\n"
                   "Về việc ứng phó khẩn cấp với bão số 3\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
                   "- Giám đốc các sở, ban, ngành;\n- Chủ tịch UBND các địa phương.\n\n"
                   "Chủ tịch UBND tỉnh yêu cầu các đơn vị triển khai ngay các biện pháp ứng phó." + CLOSING)
    assert (letter.type, letter.subject) == ("Công điện", "Ứng phó khẩn cấp với bão số 3")
    assert letter.recipients == ("Giám đốc các sở, ban, ngành", "Chủ tịch UBND các địa phương")
    assert letter.body.startswith("Chủ tịch UBND tỉnh yêu cầu")
    wrapped = parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NINH\n\nSố: 12/CĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA"
                    " VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nQuảng Ninh, ngày 06 tháng 9 năm 2024\n\nCÔNG ĐIỆN\n"
                    "Về việc ứng phó khẩn cấp với bão số 3\n\nCHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:\n"
                    "- Chủ tịch Ủy ban nhân dân các huyện: Tiên Yên, Đầm Hà, Hải\nHà, Bình Liêu;\n"
                    "- Giám đốc các Sở: Công Thương, Y tế, Nông nghiệp và Phát triển nông\nthôn.\n\n"
                    "Chủ tịch UBND tỉnh yêu cầu các đơn vị triển khai ngay các biện pháp ứng phó." + CLOSING)
    assert wrapped.recipients == ("Chủ tịch Ủy ban nhân dân các huyện: Tiên Yên, Đầm Hà, Hải Hà, Bình Liêu",
                                  "Giám đốc các Sở: Công Thương, Y tế, Nông nghiệp và Phát triển nông thôn")


def test_a_districts_joint_office_named_after_both_its_organs():
    """"VĂN PHÒNG HĐND VÀ UBND" under "UBND HUYỆN THANH OAI": the office of the council and the committee
    of the district, the committee named once."""
    letter = parse("UBND HUYỆN THANH OAI\nVĂN PHÒNG HĐND VÀ UBND\n\nSố: 88/TB-VP\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Thanh Oai, ngày 14 tháng 3 năm 2017\n\nTHÔNG BÁO\nKết luận của"
                   " Chủ tịch UBND huyện\n\nNgày 10/3/2017, Chủ tịch UBND huyện làm việc với xã." + CLOSING)
    assert letter.issuer == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Thanh Oai"
    assert letter.parent_issuer == "Ủy ban nhân dân huyện Thanh Oai"


def test_a_central_party_directive_names_its_issuer_in_its_title():
    """"CHỈ THỊ" / "CỦA BỘ CHÍNH TRỊ" / "về …": the second line names who issues it, the third is the
    subject ("về" dropped); the header's "BAN CHẤP HÀNH TRUNG ƯƠNG" is the body its citations call "… Trung ương
    Đảng"."""
    letter = parse("BAN CHẤP HÀNH TRUNG ƯƠNG\nĐẢNG CỘNG SẢN VIỆT NAM\n*\nSố 41-CT/TW\n\nHà Nội, ngày 03 tháng 4 năm"
                   " 2020\n\nCHỈ THỊ\nCỦA BỘ CHÍNH TRỊ\nvề tăng cường công tác bảo vệ môi trường\n\nThời gian qua,"
                   " công tác bảo vệ môi trường có chuyển biến.\n\nNơi nhận:\n- Các tỉnh ủy,\n- Lưu Văn phòng.\n\n"
                   "T/M BỘ CHÍNH TRỊ\nTỔNG BÍ THƯ\n\nNguyễn Văn An\n")
    assert (letter.type, letter.issuer) == ("Chỉ thị", "Ban Chấp hành Trung ương Đảng")
    assert (letter.subject, letter.signer_title) == ("Tăng cường công tác bảo vệ môi trường", "Tổng Bí thư")


def test_a_youth_union_plan_under_its_province_committee():
    """The youth union's header: its committee under the province's, "ĐOÀN TNCS HỒ CHÍ MINH" where
    the national motto stands."""
    letter = parse("TỈNH ĐOÀN AN GIANG\nBCH ĐOÀN TP. LONG XUYÊN\n***\nSố: 45-KH/TĐTN-VP\n\nĐOÀN TNCS HỒ CHÍ MINH\n\n"
                   "Long Xuyên, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\nTổ chức Tháng Thanh niên năm 2021\n\n"
                   "Thực hiện chủ trương của Tỉnh Đoàn, Ban Thường vụ Thành Đoàn xây dựng kế hoạch như sau."
                   + CLOSING.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN\nBÍ THƯ"))
    assert (letter.issuer, letter.parent_issuer) == ("Ban Chấp hành Đoàn thành phố Long Xuyên", "Tỉnh Đoàn An Giang")
    assert (letter.number, letter.type, letter.signer_title) == ("45-KH/TĐTN-VP", "Kế hoạch", "Bí thư")


def test_a_school_under_its_department_cited_numbers_with_an_ampersand():
    """A school's plan: "SỞ GD&ĐT NGHỆ AN" (its province by name alone) over "TRƯỜNG THPT DIỄN CHÂU 2";
    the department's number "1520/SGD&ĐT-GDTrH" cited whole from the escaped body."""

    letter = parse("SỞ GD&ĐT NGHỆ AN\nTRƯỜNG THPT DIỄN CHÂU 2\n\nSố: 56/KH-THPTDC2\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Diễn Châu, ngày 15 tháng 9 năm 2022\n\nKẾ HOẠCH\nTổ chức hoạt động"
                   " trải nghiệm\n\nCăn cứ Công văn số 1520/SGD&ĐT-GDTrH ngày 25/8/2022 của Sở GD&ĐT về hướng dẫn"
                   " nhiệm vụ năm học, nhà trường xây dựng kế hoạch như sau." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Trường Trung học phổ thông Diễn Châu 2", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")
    assert [(c.number, c.date, c.issuer) for c in find_citations(letter)] == [
        ("1520/SGD&ĐT-GDTrH", "2022-08-25", "Sở Giáo dục và Đào tạo tỉnh Nghệ An")]


def test_a_tax_department_under_its_general_department():
    """"TỔNG CỤC THUẾ" over "CỤC THUẾ TỈNH BÌNH ĐỊNH": a central body is whole on its own line; a "V/v"
    letter is a công văn though its code "CT" is also a chỉ thị's."""
    letter = parse("TỔNG CỤC THUẾ\nCỤC THUẾ TỈNH BÌNH ĐỊNH\n\nSố: 3120/CT-TTHT\nV/v chính sách thuế giá trị\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Bình Định, ngày 09 tháng 10 năm 2019\n\nKính gửi: Công ty TNHH Hải Nam.\n\n"
                   "Cục Thuế trả lời như sau." + CLOSING)
    assert (letter.type, letter.number) == ("Công văn", "3120/CT-TTHT")
    assert (letter.issuer, letter.parent_issuer) == ("Cục Thuế tỉnh Bình Định", "Tổng cục Thuế")


def test_mass_organisations_under_their_national_bodies():
    """A province's labour federation and farmers' union, each under its national body ("… VIỆT NAM" is
    whole on its line), abbreviations expanded and cased as their charters write them."""
    labour = parse("TỔNG LĐLĐ VIỆT NAM\nLĐLĐ TỈNH THÁI BÌNH\n\nSố: 145/LĐLĐ-TC\nV/v tổ chức Tháng Công nhân\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Thái Bình, ngày 20 tháng 4 năm 2023\n\nKính gửi: Các công đoàn cơ sở.\n\nNội dung." + CLOSING)
    assert (labour.issuer, labour.parent_issuer) == (
        "Liên đoàn Lao động tỉnh Thái Bình", "Tổng Liên đoàn Lao động Việt Nam")
    farmers = parse("HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH SÓC TRĂNG\n\nSố: 88-CV/HNDT\nV/v hướng dẫn tổng"
                    " kết\n\nSóc Trăng, ngày 10 tháng 11 năm 2020\n\nKính gửi: Hội Nông dân các huyện.\n\nNội dung."
                    + CLOSING)
    assert (farmers.issuer, farmers.parent_issuer) == (
        "Ban Chấp hành Hội Nông dân tỉnh Sóc Trăng", "Hội Nông dân Việt Nam")


def test_organs_named_by_their_abbreviations_or_without_a_locality_word():
    """Treasury, social insurance, a court, a hospital: "KBNN HÀ NAM" under "KHO BẠC NHÀ NƯỚC", "BHXH
    HUYỆN LÝ NHÂN" under "BHXH TỈNH HÀ NAM", "TÒA ÁN NHÂN DÂN" / "TỈNH HÀ NAM", "BỆNH VIỆN ĐA KHOA TỈNH"
    under "SỞ Y TẾ HÀ NAM"."""
    tail = ("\n\nSố: 12/KBHN-KT\nV/v thử\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
            "Hà Nam, ngày 02 tháng 3 năm 2021\n\nKính gửi: Các đơn vị.\n\nNội dung." + CLOSING)
    for head, issuer, parent in (
            ("KHO BẠC NHÀ NƯỚC\nKBNN HÀ NAM", "Kho bạc Nhà nước Hà Nam", "Kho bạc Nhà nước"),
            ("BHXH TỈNH HÀ NAM\nBHXH HUYỆN LÝ NHÂN", "Bảo hiểm xã hội huyện Lý Nhân", "Bảo hiểm xã hội tỉnh Hà Nam"),
            ("TÒA ÁN NHÂN DÂN\nTỈNH HÀ NAM", "Tòa án nhân dân tỉnh Hà Nam", None),
            ("SỞ Y TẾ HÀ NAM\nBỆNH VIỆN ĐA KHOA TỈNH", "Bệnh viện Đa khoa tỉnh Hà Nam", "Sở Y tế tỉnh Hà Nam"),
            # a department's field abbreviated word by word
            ("SỞ VH, TT VÀ DL HÀ NAM\nBAN QUẢN LÝ DI TÍCH TỈNH", "Ban Quản lý di tích tỉnh Hà Nam",
             "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam")):
        letter = parse(head + tail)
        assert (letter.issuer, letter.parent_issuer) == (issuer, parent), head


def test_police_and_military_offices_with_their_own_abbreviations():
    """A police investigation office's letter: its code before its unit's is kept whole ("VPCQCSĐT-TH" had
    been given a hyphen after "VP"), "CSĐT" expanded, the signer a deputy chief of office with a rank; a
    military command's "BAN CHQS"; an acronym no syllable spells stays in capitals."""
    letter = parse("CÔNG AN TỈNH HÀ TĨNH\nVĂN PHÒNG CƠ QUAN CSĐT\n\nSố: 312/VPCQCSĐT-TH\nV/v đề nghị cung cấp thông"
                   " tin\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nHà Tĩnh, ngày 03 tháng 8"
                   " năm 2022\n\nKính gửi: Ủy ban nhân dân xã Thạch Long.\n\nThực hiện Quyết định số 45/QĐ-CSHS ngày"
                   " 20/7/2022 của Cơ quan Cảnh sát điều tra Công an tỉnh, Văn phòng đề nghị cung cấp thông tin.\n\n"
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n"
                   "Thượng tá Lê Văn Bình\n")
    assert letter.number == "312/VPCQCSĐT-TH"
    assert (letter.issuer, letter.parent_issuer) == (
        "Văn phòng Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh", "Công an tỉnh Hà Tĩnh")
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "Lê Văn Bình")
    assert [c.issuer for c in find_citations(letter)] == ["Cơ quan Cảnh sát điều tra Công an tỉnh Hà Tĩnh"]

    assert organ_name("BAN CHQS HUYỆN ĐỨC TRỌNG") == "Ban Chỉ huy Quân sự huyện Đức Trọng"
    assert organ_name("PHÒNG CẢNH SÁT PCCC VÀ CNCH") == "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
    assert organ_name("BAN QUẢN LÝ CÁC DỰ ÁN ODA") == "Ban Quản lý các dự án ODA"


def test_a_rules_dash_read_onto_the_issuers_line():
    """OCR read the short rule under "VĂN PHÒNG UBND TỈNH" into the next line: "- BÀ RỊA - VŨNG TÀU"."""
    letter = parse("VĂN PHÒNG UBND TỈNH\n- BÀ RỊA - VŨNG TÀU\n\nSố: 186/TB-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nBà Rịa, ngày 14 tháng 5 năm 2021\n\nTHÔNG BÁO\n\nKết luận của Phó"
                   " Chủ tịch tại cuộc họp\n\nNgày 10/5/2021, Phó Chủ tịch chủ trì cuộc họp." + CLOSING)
    assert letter.issuer == "Văn phòng Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"


def test_a_legal_sites_copy_with_cells_broken_and_the_issued_regulation_after_the_signature():
    """A legal-document site's copy of a decision: each cell's first word broken off ("ỦY" / "BAN NHÂN DÂN",
    "CỘNG" / "HÒA XÃ HỘI …", "Vĩnh" / "Yên, ngày …"), "TM." alone on its line, and the regulation the
    decision issues set after the signature, its own headings in capitals: the signer is the letter's,
    and the regulation's text stays in the body."""
    letter = parse("ỦY\nBAN NHÂN DÂN\nTỈNH VĨNH PHÚC\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập – Tự do – Hạnh phúc\n|\nSố:\n41/2010/QĐ-UBND\n|\nVĩnh\nYên, ngày 15 tháng 10 năm 2010\n|\n"
                   "QUYẾT ĐỊNH\nBAN HÀNH QUY ĐỊNH VỀ QUẢN LÝ KHAI THÁC CÁT SỎI\nỦY BAN NHÂN DÂN TỈNH VĨNH PHÚC\n"
                   "Căn cứ Luật Khoáng sản ngày 20/3/1996;\nQUYẾT ĐỊNH:\nĐiều 1.\nBan hành kèm theo Quyết định này"
                   " Quy định về quản lý khai thác cát sỏi.\nĐiều 2.\nQuyết định này có hiệu lực sau 10 ngày./.\n|\n"
                   "TM.\nỦY BAN NHÂN DÂN TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTrần Ngọc Sơn\n|\nQUY ĐỊNH\n"
                   "VỀ QUẢN LÝ KHAI THÁC CÁT SỎI\n(Ban hành kèm theo Quyết định số 41/2010/QĐ-UBND ngày 15/10/2010)\n"
                   "Chương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\n")
    assert (letter.issuer, letter.number, letter.place) == (
        "Ủy ban nhân dân tỉnh Vĩnh Phúc", "41/2010/QĐ-UBND", "Vĩnh Yên")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ủy ban nhân dân tỉnh, KT. Chủ tịch", "Phó Chủ tịch", "Trần Ngọc Sơn")
    assert "QUY ĐỊNH CHUNG" in letter.body and "Phạm vi điều chỉnh" in letter.body


def test_a_pdf_copys_closing_run_into_one_column_and_its_dashes():
    """A document-sharing site's text of a PDF: the closing's two columns one space apart on each line,
    "Kính gửi: - …;" on one line, and a soft hyphen for each list dash."""
    letter = parse("UBND TỈNH PHÚ YÊN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN QUẢN LÝ KHU KINH TẾ Độc lập - Tự do -"
                   " Hạnh phúc\nSố : 95 /BQLKKT-ĐT Tuy Hòa, ngày 04 tháng 6 năm 2013\nV/v đôn đốc tiến độ dự án\n"
                   "Kính gửi: - Công ty TNHH Minh Phát;\n- Công ty cổ phần Đá Hòa An.\nBan đề nghị như sau./.\n"
                   "Nơi nhận: KT. TRƯỞNG BAN\n\u00ad Như trên; PHÓ TRƯỞNG BAN\n\u00ad UBND tỉnh (b/c); (đã ký)\n"
                   "\u00ad Lưu: VT, ĐT. Lê Văn Hòa\n")
    assert letter.recipients == ("Công ty TNHH Minh Phát", "Công ty cổ phần Đá Hòa An")
    assert letter.cc == ("Như trên", "UBND tỉnh (b/c)", "Lưu: VT, ĐT")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Trưởng ban", "Phó Trưởng ban", "Lê Văn Hòa")
    # A party's filed copy without its colon: "Lưu VP, BTC. Phạm Thị Thanh Nhàn".
    party = parse("ĐẢNG BỘ TỈNH QUẢNG NINH ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n*\nSố 21-HD/ĐUK Hạ Long,"
                  " ngày 04 tháng 12 năm 2017\nHƯỚNG DẪN\nkiểm điểm năm 2017\nBan Thường vụ hướng dẫn như sau./.\n"
                  "Nơi nhận: T/M BAN THƯỜNG VỤ\n Ban Tổ chức Tỉnh ủy (b/c); PHÓ BÍ THƯ\n Thường trực Đảng ủy Khối; (đã"
                  " ký)\n Lưu VP, BTC. Phạm Thị Thanh Nhàn\n")
    assert party.cc == ("Ban Tổ chức Tỉnh ủy (b/c)", "Thường trực Đảng ủy Khối", "Lưu VP, BTC")
    assert (party.signer_title, party.signer) == ("Phó Bí thư", "Phạm Thị Thanh Nhàn")


def test_a_border_post_a_police_party_committee_and_a_steering_boards_disease():
    """"ĐỒN BIÊN PHÒNG HÒN NGHỆ" under its province's command: a unit named after its place as a school is, its head
    the "ĐỒN TRƯỞNG"; "ĐẢNG ỦY CÔNG AN" / "HUYỆN" under "ĐẢNG BỘ HUYỆN GIA VIỄN" takes the district's name; OCR's
    "ngàỵ"; a copy's "COVID19" in a board's name; a subject cut at a word's hyphen ("COVID-" / "19")."""
    post = parse("BỘ CHỈ HUY BĐBP TỈNH KIÊN GIANG CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐỒN BIÊN PHÒNG HÒN NGHỆ Độc lập"
                 " - Tự do - Hạnh phúc\nSố: 112/TB-ĐBP Kiên Lương, ngàỵ 08 tháng 10 năm 2021\nTHÔNG BÁO\nVề việc kiểm"
                 " soát tàu cá\nĐồn thông báo./.\nNơi nhận:\n- Lưu: VT.\nĐỒN TRƯỞNG\nDanh Hoàng Sang\n")
    assert (post.issuer, post.parent_issuer, post.date) == (
        "Đồn Biên phòng Hòn Nghệ", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Kiên Giang", "2021-10-08")
    assert (post.signer_title, post.signer) == ("Đồn trưởng", "Danh Hoàng Sang")
    police = parse("ĐẢNG BỘ HUYỆN GIA VIỄN\nĐẢNG ỦY CÔNG AN\nHUYỆN\n*\nSố 47-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Viễn,"
                   " ngày 16 tháng 7 năm 2012\nTHÔNG BÁO\nKết luận hội nghị\nBan Thường vụ kết luận./." + CLOSING)
    assert police.issuer == "Đảng ủy Công an huyện Gia Viễn"
    board = parse("UBND TỈNH HÀ TĨNH\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID19\nSố: 07/CĐ-BCĐ\nHà Tĩnh, ngày 28 tháng 7"
                  " năm 2020\nCÔNG ĐIỆN\nTriển khai biện pháp phòng, chống dịch COVID-\n19 cấp bách\n\nBan Chỉ đạo yêu"
                  " cầu./." + CLOSING)
    assert board.issuer == "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Hà Tĩnh"
    assert board.subject == "Triển khai biện pháp phòng, chống dịch COVID-19 cấp bách"


def test_party_cells_a_district_party_office_and_a_title_block_going_on_in_small_letters():
    """"CHI BỘ THÔN ĐỒNG KHÊ" under "ĐẢNG BỘ XÃ VŨ HỘI": a cell named after its village, which names its place; a
    district party office's "…/VPHU" is no joint number ("PH" of phối hợp); "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY" /
    "tại hội nghị …" goes on, a Word title block's paragraphs apart."""
    cell = parse("ĐẢNG BỘ XÃ VŨ HỘI\tĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ THÔN ĐỒNG KHÊ\n\t*\nSố 05-NQ/CB\tVũ Hội, ngày 06"
                 " tháng 4 năm 2012\n\nNGHỊ QUYẾT\nVề lãnh đạo thực hiện nhiệm vụ tháng 4\n\nChi bộ họp./." + CLOSING)
    assert (cell.issuer, cell.parent_issuer) == ("Chi bộ thôn Đồng Khê", "Đảng bộ xã Vũ Hội")
    office = parse("HUYỆN ỦY YÊN THÀNH\nVĂN PHÒNG\n*\nSố 418-TB/VPHU\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Thành, ngày 08"
                   " tháng 10 năm 2024\nTHÔNG BÁO\nKết luận của đồng chí Bí thư Huyện ủy\n\nNgày 04/10/2024, đồng chí"
                   " Bí thư làm việc./." + CLOSING)
    assert (office.issuer, office.parent_issuer) == ("Văn phòng Huyện ủy Yên Thành", "Huyện ủy Yên Thành")
    notice = parse("ĐẢNG BỘ HUYỆN DUY XUYÊN\nĐẢNG ỦY XÃ DUY PHƯỚC\n*\nSố 47-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nDuy"
                   " Phước, ngày 14 tháng 9 năm 2016\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\n\ntại hội"
                   " nghị ngày 12/9/2016 về phòng, chống thiên tai\n\nNgày 12/9/2016, Ban Thường vụ họp./." + CLOSING)
    assert notice.subject.lower() == ("kết luận của ban thường vụ đảng ủy tại hội nghị ngày 12/9/2016 về phòng, chống"
                                      " thiên tai")
    ocr = parse("ĐẢNG BỘ HUYỆN DUY XUYÊN\nĐẢNG ỦY XÃ DUY PHƯỚC\n*\nSố 47-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nDuy Phước,"
                " ngày 14 tháng 9 năm 2016\n\nTHÔNG BÁO\n\nKẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY\n\nvê công tác phòng,"
                " chống thiên tai\n\nNgày 12/9/2016, Ban Thường vụ họp./." + CLOSING)
    assert ocr.subject.endswith("vê công tác phòng, chống thiên tai")  # OCR's "vê" for "về" joins it too


def test_a_scans_motto_with_em_dashes_beside_the_office_and_a_tax_branchs_number():
    """"PHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập — Tự do — Hạnh phủc": the motto's cell, its dashes em dashes; a Chi cục
    Thuế's "152/TB-CCT" has no "CT" OCR doubled."""
    letter = parse("UBND QUẬN SƠN TRÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập — Tự"
                   " do — Hạnh phủc\n\nSố: 96/TTr-TNMT Sơn Trà, ngày 21 tháng 6 năm 2017\n\nTỜ TRÌNH\nVề việc xử phạt"
                   "\n\nKính gửi: Ủy ban nhân dân quận Sơn Trà.\n\nPhòng kính trình./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Phòng Tài nguyên và Môi trường quận Sơn Trà", "Ủy ban nhân dân quận Sơn Trà")
    # The same as a legacy code page gives it: "?" for the em dash, and for a page's pictograph before its headline.
    legacy = parse("?? GIẤY MỜI HỌP\nUBND QUẬN SƠN TRÀ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nPHÒNG TÀI NGUYÊN VÀ MÔI"
                   " TRƯỜNG Độc lập ? Tự do ? Hạnh phúc\n\nSố: 96/TTr-TNMT Sơn Trà, ngày 21 tháng 6 năm 2017\n\nTỜ"
                   " TRÌNH\nVề việc xử phạt\n\nKính gửi: Ủy ban nhân dân quận Sơn Trà.\n\nPhòng kính trình./."
                   + CLOSING)
    assert (legacy.issuer, legacy.parent_issuer) == (letter.issuer, letter.parent_issuer)
    tax = parse("CỤC THUẾ TỈNH THÁI BÌNH\nCHI CỤC THUẾ HUYỆN KIẾN XƯƠNG\nSố: 152/TB-CCT\nKiến Xương, ngày 20 tháng 12"
                " năm 2009\nTHÔNG BÁO\nCông khai mức thuế khoán\n\nChi cục Thuế thông báo./." + CLOSING)
    assert tax.number == "152/TB-CCT"


def test_a_portals_notice_with_no_header_and_a_social_pages_headline():
    """A commune portal's notice with no header under its menu: its title and subject, dated on the line above its
    signature; a social page's headline in capitals above a letter's header ("📢 GIẤY MỜI HỌP …") is no organ's."""
    notice = parse("\n".join([
        "Trang chủ > Xã Mỹ Yên > Thông báo", "Thông báo lịch thu nhận hồ sơ tại các ấp",
        "Ngày đăng: 11/09/2023 | Lượt xem: 236", "THÔNG BÁO", "Về việc thu nhận hồ sơ cấp Căn cước công dân",
        "Thực hiện Đề án 06, Ủy ban nhân dân xã Mỹ Yên thông báo lịch thu nhận hồ sơ như sau./.",
        "Mỹ Yên, ngày 11 tháng 9 năm 2023", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Võ Thanh Phong"]))
    assert (notice.type, notice.subject, notice.date, notice.place) == (
        "Thông báo", "Thu nhận hồ sơ cấp Căn cước công dân", "2023-09-11", "Mỹ Yên")
    post = parse("\n".join([
        "UBND Thị Trấn Kế Sách", "18 tháng 3, 2019 · 🌏", "📢 GIẤY MỜI HỌP TRIỂN KHAI PHÒNG, CHỐNG DỊCH",
        "UBND HUYỆN KẾ SÁCH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN                Độc lập - Tự do - Hạnh phúc", "THỊ TRẤN KẾ SÁCH",
        "Số: 46/GM-UBND            Kế Sách, ngày 18 tháng 3 năm 2019", "GIẤY MỜI", "Họp triển khai phòng, chống dịch",
        "", "Ủy ban nhân dân thị trấn trân trọng kính mời./."]) + CLOSING)
    assert (post.issuer, post.parent_issuer) == ("Ủy ban nhân dân thị trấn Kế Sách", "Ủy ban nhân dân huyện Kế Sách")


def test_a_school_sites_header_run_together(tmp_path):
    """A school's site ran its header's lines together: "SỞ GD&ĐT TP. CẦN THƠTRƯỜNG THPT THỚI LAI" (the city placed
    by "TP."), "THÔNG BÁOTuyển sinh …" (the title, then the subject in running case); "Quy định … ban hành kèm theo
    Thông tư số …" names no issuer of the circular."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "tb.txt"
    path.write_text("SỞ GD&ĐT TP. CẦN THƠTRƯỜNG THPT THỚI LAI\nSố: 87/TB-THPTTL\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc"
                    " lập - Tự do - Hạnh phúc\nThới Lai, ngày 22 tháng 5 năm 2019\nTHÔNG BÁOTuyển sinh vào lớp 10 năm"
                    " học 2019 - 2020\nThực hiện Quy định đánh giá học sinh ban hành kèm theo Thông tư số"
                    " 30/2014/TT-BGDĐT ngày 28/8/2014, Trường thông báo./.\n", encoding="utf-8")
    processed = process_letter(path)
    letter = processed.letter
    assert (letter.issuer, letter.parent_issuer) == (
        "Trường Trung học phổ thông Thới Lai", "Sở Giáo dục và Đào tạo thành phố Cần Thơ")
    assert (letter.type, letter.subject) == ("Thông báo", "Tuyển sinh vào lớp 10 năm học 2019 - 2020")
    assert [c.issuer for c in processed.citations] == ["Bộ Giáo dục và Đào tạo"]


def test_a_web_pages_copies_and_signature_crammed_onto_one_line():
    """A council portal's page: the copies run onto one line, each still opened by its dash ("- Như trên;- TT Tỉnh
    ủy (b/c);- …"), then the signature's cells glued ("TM. THƯỜNG TRỰC HĐNDCHỦ TỊCH(Đã ký)Hà Văn Quyết"); the
    authority keeps its abbreviation as written ("Thường trực HĐND")."""
    letter = parse("HĐND TỈNH PHÚ THỌ\nTHƯỜNG TRỰC\nSố: 12/TTr-HĐND\nPhú Thọ, ngày 5 tháng 8 năm 2024\nTỜ TRÌNH\nVề"
                   " chương trình giám sát\nKính gửi: Hội đồng nhân dân tỉnh.\nThường trực kính trình./.\nNơi nhận:-"
                   " Như trên;- TT Tỉnh ủy (b/c);- Lưu: VT, CTHĐND. | TM. THƯỜNG TRỰC HĐNDCHỦ TỊCH(Đã ký)"
                   "Hà Văn Quyết\n")
    assert letter.cc == ("Như trên", "TT Tỉnh ủy (b/c)", "Lưu: VT, CTHĐND")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Thường trực HĐND", "Chủ tịch", "Hà Văn Quyết")
    # A school site's table row: the copies in one cell, the title and the name run together in the other ("HIỆU
    # TRƯỞNG Nguyễn …": "TRƯỞNG" folds to the family name Trương, but "HIỆU" alone is no title).
    school = parse("UBND HUYỆN CHÂU ĐỨC\nTRƯỜNG MẦM NON HOA MAI\nSố: 12/TTr-MNHM\nChâu Đức, ngày 5 tháng 3 năm 2025\n"
                   "TỜ TRÌNH\nVề việc sửa chữa phòng học\nKính gửi: Ủy ban nhân dân huyện Châu Đức.\nKính trình./.\n"
                   "| Nơi nhận:- Như trên;- Lưu: VT, KT. | HIỆU TRƯỞNGNguyễn Thị Ngọc Hân |\n")
    assert (school.cc, school.signer_title, school.signer) == (
        ("Như trên", "Lưu: VT, KT"), "Hiệu trưởng", "Nguyễn Thị Ngọc Hân")
    # A digital signature's stamp run onto the copies' lines: "…; Ngày ký: 21-08-2025 14:58:20 +07:00".
    signed = parse("ỦY BAN NHÂN DÂN\nPHƯỜNG AN HỘI\nSố: 386/UBND-KT\nAn Hội, ngày 21 tháng 8 năm 2025\nV/v giải"
                   " quyết hồ sơ\nKính gửi: Sở Nông nghiệp và Môi trường.\nĐề nghị hướng dẫn./.\nNơi nhận: KT. CHỦ TỊCH"
                   "\n- Như trên; PHÓ CHỦ TỊCH\n- CT, các PCT UBND phường; Ký bởi: Lê Minh Trí\n- Phòng KT, HT&ĐT"
                   " phường; Ngày ký: 21-08-2025 14:58:20 +07:00\n- Lưu: VT. Lê Minh Trí\n")
    assert signed.cc == ("Như trên", "CT, các PCT UBND phường", "Phòng KT, HT&ĐT phường", "Lưu: VT")


def test_a_digital_signatures_stamp_beside_the_copies_is_no_copy():
    """A signed PDF's text sets its stamp beside the copies: "- BHXH tỉnh Quảng Ninh; Cơ quan: Bộ Y tế"."""
    signed = parse("BỘ Y TẾ\nCỤC QUẢN LÝ KHÁM, CHỮA BỆNH\nSố: 512/KCB-NV\nHà Nội, ngày 3 tháng 5 năm 2019\nV/v giá"
                   " dịch vụ\nKính gửi: Sở Y tế tỉnh Quảng Ninh.\nĐề nghị thực hiện./.\nNơi nhận: KT. CỤC TRƯỞNG\n- Như"
                   " trên; PHÓ CỤC TRƯỞNG\n- Vụ KHTC; Ký bởi: Cục Quản lý Khám, chữa bệnh\n- BHXH tỉnh Quảng Ninh;"
                   " Cơ quan: Bộ Y tế\n- Lưu: VT, NV. Thời gian ký: 03.05.2019 10:14:52 +07:00\nNguyễn Trọng Khoa\n")
    assert signed.cc == ("Như trên", "Vụ KHTC", "BHXH tỉnh Quảng Ninh", "Lưu: VT, NV")
    assert (signed.signer_title, signed.signer) == ("Phó Cục trưởng", "Nguyễn Trọng Khoa")


def test_a_subjects_last_line_and_the_motto_a_tab_apart():
    """A Word file saved as text sets the header table's rows a tab apart: the subject's last line beside the motto
    ("mùa mưa lũ năm 2010 <tab> CỘNG HÒA XÃ HỘI …"); the subject goes on, the date and the addressees below are read."""
    letter = parse("UBND TỈNH SƠN LA\nSỞ GIAO THÔNG VẬN TẢI\nSố: 845/SGTVT-QLGT\nV/v chủ động đảm bảo giao"
                   " thông\nmùa mưa lũ năm 2010\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\n"
                   "Sơn La, ngày 27 tháng 5 năm 2010\n\n\tKính gửi:\t-\tUBND các huyện, thành phố;\n-\tCác Hạt Quản lý"
                   " đường bộ.\n\n\tCăn cứ Nghị định số 11/2010/NĐ-CP ngày 24/02/2010 của Chính phủ./.\n" + CLOSING)
    assert (letter.subject, letter.date, letter.place) == (
        "Chủ động đảm bảo giao thông mùa mưa lũ năm 2010", "2010-05-27", "Sơn La")
    assert letter.recipients == ("UBND các huyện, thành phố", "Các Hạt Quản lý đường bộ")


def test_a_received_stamps_handwritten_note_and_its_office_under_the_subject():
    """A scanned copy's text: the receiving office's stamp under the subject ("UBND XÃ XUÂN LAI" / "CÔNG VĂN ĐẾN" / "Số:
    ..2l4...... Ngày: l7/8/O9"), and the note its leader wrote by hand under it ("chuyen dlc Huong (VH) + TYT thuc
    hien gap"): no decision-maker (the letter stays a công văn), no subject's line, no text's opening."""
    letter = parse("UBND HUYỆN THỌ XUÂN\nSố: 1362/UBND-YT\nThọ Xuân, ngày 14 tháng 8 năm 2009\nV/v triển khai các biện"
                   " pháp phòng, chống dịch\ncúm A (H1N1) trong trường học\nUBND XÃ XUÂN LAI\nCÔNG VĂN ĐẾN\nSố:"
                   " ..2l4...... Ngày: l7/8/O9\nChuyển: .......\nchuyen dlc Huong (VH) + TYT thuc hien gap\nKính gửi:\n"
                   "- Phòng Y tế huyện;\n- Trung tâm Y tế huyện.\nThực hiện chỉ đạo của UBND tỉnh./.\n" + CLOSING)
    assert (letter.type, letter.subject, letter.recipients) == (
        "Công văn", "Triển khai các biện pháp phòng, chống dịch cúm A (H1N1) trong trường học",
        ("Phòng Y tế huyện", "Trung tâm Y tế huyện"))
    decision = parse("UBND HUYỆN LỤC NAM\nSố: 1125/QĐ-UBND\nLục Nam, ngày 20 tháng 9 năm 2007\nPHÒNG GD&ĐT LỤC NAM\n"
                     "CÔNG VĂN ĐẾN\nSố: ....5l9.... Ngày: 24/9/O7\nđ/c Sáu lưu HS PCTHCS\nQUYẾT ĐỊNH\nVề việc kiện toàn"
                     " Ban Chỉ đạo phổ cập giáo dục\nCHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN LỤC NAM\nCăn cứ Luật Tổ chức HĐND"
                     " và UBND ngày 26/11/2003;\nQUYẾT ĐỊNH:\nĐiều 1. Kiện toàn Ban Chỉ đạo./.\n" + CLOSING)
    assert (decision.type, decision.subject) == ("Quyết định", "Kiện toàn Ban Chỉ đạo phổ cập giáo dục")


def test_a_provinces_name_ocr_lost_marks_from_is_the_datasets():
    """A scan's text: "UBND TINH QUẢNG TRI" / "SỞ GIAO THÔNG VÂN TẢI" is the Sở of tỉnh Quảng Trị (the dataset's name,
    its marks OCR lost)."""
    letter = parse("UBND TINH QUẢNG TRI\nSỞ GIAO THÔNG VÂN TẢI\nSố: 86/KH-SGTVT\nQuảng Trị, ngày 11 tháng 01 năm 2012\n"
                   "KẾ HOẠCH\nBảo đảm trật tự an toàn giao thông\nThực hiện chỉ đạo của UBND tỉnh./.\n" + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Sở Giao thông vận tải tỉnh Quảng Trị",
                                                     "Ủy ban nhân dân tỉnh Quảng Trị")


def test_a_seals_words_beside_the_filed_copy_after_a_colon_or_specks_and_a_stop():
    """A scan's text sets the seal's ring beside the copies: "- Lưu: VT, GD. : NHÂN DÂN : Kh", "- Lưu: VT, YT. ·. THỌ
    XUÂN ' ~ Thọ": the filed copy is "Lưu: VT, GD"."""
    for seal in (": NHÂN DÂN : Kh", "·. THỌ XUÂN ' ~ Thọ"):
        letter = parse("UBND HUYỆN THỌ XUÂN\nSố: 1362/UBND-YT\nThọ Xuân, ngày 14 tháng 8 năm 2009\nV/v phòng, chống"
                       " dịch\nKính gửi: các xã.\nĐề nghị thực hiện./.\nNơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ"
                       f" TỊCH\n- Lưu: VT, GD. {seal}\nLê Đình Thọ\n")
        assert (letter.cc, letter.signer) == (("Như trên", "Lưu: VT, GD"), "Lê Đình Thọ"), seal


def test_a_mass_organisations_executive_committee_under_its_national_name():
    """"HỘI NÔNG DÂN VIỆT NAM" / "BCH TỈNH KON TUM": the Ban Chấp hành Hội Nông dân tỉnh Kon Tum."""
    letter = parse("HỘI NÔNG DÂN VIỆT NAM\nBCH TỈNH KON TUM\nSố: 245-CV/HNDT\nKon Tum, ngày 10 tháng 4 năm 2012\nV/v"
                   " thi đua\nKính gửi: các huyện.\nĐề nghị thực hiện./.\n" + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Ban Chấp hành Hội Nông dân tỉnh Kon Tum", "Hội Nông dân Việt Nam")


def test_a_department_named_with_its_province_and_its_centre_run_onto_one_line():
    """A legal site's cell: "SỞ Y TẾ NGHỆ AN TRUNG TÂM KIỂM SOÁT BỆNH TẬT" is the centre under its department."""
    letter = parse("|  SỞ Y TẾ NGHỆ AN TRUNG TÂM KIỂM SOÁT BỆNH TẬT-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                   " |\n| Số: 412/KH-KSBT | Nghệ An, ngày 16 tháng 9 năm 2024 |\nKẾ HOẠCH\nTiêm vắc xin sởi\nCăn cứ"
                   " Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ./.\n" + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "Sở Y tế tỉnh Nghệ An")


def test_a_joint_documents_two_numbers_side_by_side():
    """A joint plan numbered by each issuer ("Số: 2056/KHLT-SGDĐT" beside "Số: 1187/KHLT-CAT-PA03", its hyphens lost in
    a PDF copy): the first is the letter's number, and the header goes on to its motto, date, title and subject."""
    for second in ("Số: 1187/KHLT-CAT-PA03", "Số: 1187/KHLTCATPA03"):
        gap = " " * 20
        letter = parse(f"UBND TỈNH BÌNH DƯƠNG{gap}BỘ CÔNG AN\nSỞ GIÁO DỤC VÀ ĐÀO TẠO{gap}CÔNG AN TỈNH BÌNH DƯƠNG\nSố:"
                       f" 2056/KHLT-SGDĐT{gap}{second}\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                       " phúc\nBình Dương, ngày 10 tháng 9 năm 2019\n\nKẾ HOẠCH LIÊN TỊCH\nBảo đảm an ninh, trật tự"
                       " trường học\n\nCăn cứ Luật Giáo dục số 43/2019/QH14 ngày 14/6/2019./.\n" + CLOSING)
        assert (letter.type, letter.number, letter.date, letter.subject) == (
            "Kế hoạch liên tịch", "2056/KHLT-SGDĐT", "2019-09-10", "Bảo đảm an ninh, trật tự trường học"), second
        # each issuer under its own parent, its column's: neither parent an issuer
        assert (letter.issuer, letter.parent_issuer) == (
            "Sở Giáo dục và Đào tạo tỉnh Bình Dương và Công an tỉnh Bình Dương",
            "Ủy ban nhân dân tỉnh Bình Dương và Bộ Công an"), second


def test_a_joint_documents_columns_one_after_the_other():
    """Word's two header columns saved one after the other, each with its parent, its issuer (a name a narrow cell
    broke: "ĐOÀN TNCS HỒ CHÍ" / "MINH") and its number: the issuers and the parents each as "A và B"."""
    letter = parse("UBND TỈNH THÁI BÌNH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 18/KHLT-LĐTBXH\n\nĐOÀN TNCS HỒ CHÍ\n"
                   "MINH\nBCH TỈNH ĐOÀN THÁI BÌNH\nSố: 412-KHLT/TĐTN\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập"
                   " - Tự do - Hạnh phúc\nThái Bình, ngày 16 tháng 3 năm 2010\n\nKẾ HOẠCH LIÊN TỊCH\nHỗ trợ học nghề"
                   " cho thanh niên\n\nCăn cứ Luật Thanh niên số 57/2020/QH14 ngày 16/6/2020./.\n" + CLOSING)
    assert (letter.number, letter.subject) == ("18/KHLT-LĐTBXH", "Hỗ trợ học nghề cho thanh niên")
    assert (letter.issuer, letter.parent_issuer) == (
        "Sở Lao động - Thương binh và Xã hội tỉnh Thái Bình và Ban Chấp hành Tỉnh Đoàn Thái Bình",
        "Ủy ban nhân dân tỉnh Thái Bình và Đoàn Thanh niên Cộng sản Hồ Chí Minh")


def test_a_joint_title_broken_after_its_type_and_an_acting_heads_title():
    """"NGHỊ QUYẾT" / "LIÊN TỊCH" is one title, a Nghị quyết liên tịch; "Q. GIÁM ĐỐC" is an acting director's title
    (quyền), no signing authority (Nghị định 30/2020/NĐ-CP's are TM., KT., TL. and TUQ.)."""
    letter = parse("UBND HUYỆN KIẾN XƯƠNG\nSố: 08/NQLT-UBND\nKiến Xương, ngày 06 tháng 8 năm 2012\nNGHỊ QUYẾT\nLIÊN"
                   " TỊCH\nVề việc tổ chức Ngày hội Đại đoàn kết\nCăn cứ Luật Mặt trận Tổ quốc Việt Nam ngày"
                   " 12/6/1999./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nQ. GIÁM ĐỐC\n(Đã ký)\nHoàng Văn Lộc\n")
    assert (letter.type, letter.subject) == ("Nghị quyết liên tịch", "Tổ chức Ngày hội Đại đoàn kết")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (None, "Q. Giám đốc", "Hoàng Văn Lộc")


def test_a_procuracys_recommendation_is_a_type_with_its_code():
    """"KIẾN NGHỊ" titles a procuracy's recommendation (Luật Tổ chức Viện kiểm sát nhân dân 2014), its code "KN": the
    type, its subject under it, its number's hyphen a PDF copy lost ("07/KNVKS")."""
    letter = parse("VIỆN KSND TỈNH NGHỆ AN\nVIỆN KSND HUYỆN QUỲNH LƯU\nSố: 07/KNVKS\nQuỳnh Lưu, ngày 12 tháng 11 năm"
                   " 2019\nKIẾN NGHỊ\nKhắc phục vi phạm trong việc xác minh điều kiện thi hành án\nQua trực tiếp kiểm"
                   " sát Quyết định số 12/QĐ-CCTHADS ngày 05/3/2019./.\n" + CLOSING)
    assert (letter.type, letter.number, letter.subject) == (
        "Kiến nghị", "07/KN-VKS", "Khắc phục vi phạm trong việc xác minh điều kiện thi hành án")


def test_the_official_gazettes_copy_with_its_running_heads():
    """A letter as the provincial gazette prints it: a running head with the page number, the section's
    title and the issuer's heading above the letter's own header; a text opening "Năm 2009, …"."""
    letter = parse("14 CÔNG BÁO/Số 05/Ngày 10-12-2009\nPHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT\nỦY BAN NHÂN DÂN TỈNH BẮC KẠN\n"
                   "ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\nSố: 16/2009/CT-UBND\nBắc Kạn, ngày 30 tháng 11 năm 2009\nCHỈ THỊ\n"
                   "Về việc tăng cường phòng cháy,\nchữa cháy rừng mùa khô năm 2009 - 2010\nNăm 2009, công tác bảo vệ"
                   " rừng có chuyển biến; tuy nhiên\nCÔNG BÁO/Số 05/Ngày 10-12-2009 15\nvẫn còn cháy rừng./.\n"
                   + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban nhân dân tỉnh Bắc Kạn", None)
    assert letter.subject == "Tăng cường phòng cháy, chữa cháy rừng mùa khô năm 2009 - 2010"
    assert "CÔNG BÁO" not in letter.body and "vẫn còn cháy rừng" in letter.body


def test_a_copys_split_syllables_and_glued_words_are_mended_and_recorded(tmp_path):
    """An old PDF's text split syllables after their first consonants ("c ủa", "s ố"); another's ran words
    together ("dântỉnh", "GIÁM ĐỐCTrần", "ngày27/7"). Where a copy shows such damage throughout, each is
    mended and recorded; the signature set before "Nơi nhận" leaves the copies list read."""
    from build_tools.pipeline import process_letter

    split = tmp_path / "split.txt"
    split.write_text("UBND TỈNH HẬU GIANG\nSỞ Y TẾ\nSố: 61 /TTr-SYT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Độc lập – Tự do – Hạnh phúc\nVị Thanh, ngày 02 tháng 10 năm 2006\nTỜ TRÌNH\nVề việc đề nghị"
                     " phê duyệt Đề án y tế cơ sở\nKính gửi: Uỷ ban nhân dân tỉnh Hậu Giang.\nCăn c ứ Quyết định s ố"
                     " 155/2006/QĐ-TTg ngày 30/6/2006 c ủa Th ủ tướng Chính ph ủ;\nSở Y tế kính trình./.\n"
                     "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\nTrần Văn Minh\nNơi nh ận:\n- Nh ư trên;\n- Lưu: VT.\n",
                     encoding="utf-8")
    letter = process_letter(split)
    assert [(c.number, c.issuer) for c in letter.citations] == [("155/2006/QĐ-TTg", "Thủ tướng Chính phủ")]
    assert (letter.letter.cc, letter.letter.signer) == (("Như trên", "Lưu: VT"), "Trần Văn Minh")
    assert "đã sửa “c ủa” thành “của” (dòng 10)" in [str(r) for r in letter.repairs]
    glued = tmp_path / "glued.txt"
    glued.write_text("UBND TỈNH KIÊN GIANG\nSỞ NỘI VỤ\nSố: 1880/SNV-CCVC\nV/v hướng dẫn đánh giá chất lượngcán bộ\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nKiên Giang, ngày 29 tháng 11 năm"
                     " 2019\nKính gửi: Các sở, ban, ngành.\nThực hiện Công văn số 2190/UBND-NCPC ngày27/11/2019 của"
                     " Ủy ban nhân dântỉnh, Sở hướng dẫn như sau./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                     "GIÁM ĐỐCTrần Văn Phong\n", encoding="utf-8")
    letter = process_letter(glued)
    assert letter.letter.subject == "Hướng dẫn đánh giá chất lượng cán bộ"
    assert [(c.number, c.date, c.issuer) for c in letter.citations] == [
        ("2190/UBND-NCPC", "2019-11-27", "Ủy ban nhân dân tỉnh Kiên Giang")]
    assert (letter.letter.signer_title, letter.letter.signer) == ("Giám đốc", "Trần Văn Phong")
    # An Ê Đê family name is no word glued to a one-letter one: "Y Wơn Êban", not "Ê ban".
    signed = glued.read_text(encoding="utf-8").replace("ĐỐCTrần Văn Phong", "ĐỐC\nY Wơn Êban")
    glued.write_text(signed, encoding="utf-8")
    assert process_letter(glued).letter.signer == "Y Wơn Êban"


def test_a_sharing_sites_copy_of_a_town_report_with_a_clerks_slips():
    """A document-sharing site's page: its page mark run into the header ("Trang 1UỶ BAN"), a number
    spaced round its dash ("58 /BC - UBND", "112/KH – BCĐ"), the text run onto the last recipient's line,
    "TM" without its dot, "Về viêc" and "sô" typed without their marks."""
    letter = parse("Trang 1UỶ BAN NHÂN DÂN\nTHỊ TRẤN MƯỜNG KHẾN\nSố: 58 /BC - UBND\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Mường Khến, ngày 03 tháng 10 năm 2014\nBÁO CÁO\nVề viêc phổ cập giáo"
                   " dục mầm non\nKính gửi: - Uỷ ban nhân dân huyện Tân Lạc\n- Phòng Giáo dục và Đào tạo huyện Tân Lạc"
                   " Căn cứ Kế hoạch số 112/KH – BCĐ ngày 14/01/2014 của Ban Chỉ đạo huyện và Thông báo sô 786/TB-UBND"
                   " ngày 15/11/2014 của UBND huyện;\nỦy ban nhân dân thị trấn báo cáo như sau./.\nNơi nhận:\n"
                   "- Lưu: VT.\nTM UBND THỊ TRẤN MƯỜNG KHẾN\nCHỦ TỊCH\nBùi Văn Thắng\n")
    assert (letter.number, letter.issuer, letter.subject) == (
        "58/BC-UBND", "Ủy ban nhân dân thị trấn Mường Khến", "Phổ cập giáo dục mầm non")
    assert letter.recipients == ("Uỷ ban nhân dân huyện Tân Lạc", "Phòng Giáo dục và Đào tạo huyện Tân Lạc")
    assert [c.number for c in find_citations(letter)] == ["112/KH-BCĐ", "786/TB-UBND"]
    assert letter.signing_authority == "TM. Ủy ban nhân dân thị trấn Mường Khến"


def test_a_youth_union_blog_copy_with_its_header_columns_on_one_line():
    """A blog's copy of a city youth union's plan: the post's title above, the union's committee and its
    name ("ĐOÀN TNCS HỒ CHÍ MINH", the party's motto) on one line, the number's hyphen spaced and the
    place and date after it; citations whose numbers had a space for their hyphen ("172 KH/TWĐTN")."""
    letter = parse("Kế hoạch ra quân mùa hè xanh năm 2015\nBCH ĐOÀN TP HẢI PHÒNG ĐOÀN TNCS HỒ CHÍ MINH\n***\n"
                   "Số: 45 - KH/TĐTN Hải Phòng, ngày 02 tháng 6 năm 2015\nKẾ HOẠCH\nRa quân chiến dịch mùa hè xanh"
                   "\nCăn cứ Kế hoạch số 88 KH/TWĐTN ngày 20/4/2015 của Ban Bí thư Trung ương Đoàn;\n"
                   "Ban Thường vụ Thành đoàn xây dựng Kế hoạch như sau./.\nNơi nhận:\n- Lưu VP.\n"
                   "TM. BAN THƯỜNG VỤ THÀNH ĐOÀN\nBÍ THƯ\nLê Văn Hòa\n")
    assert (letter.type, letter.number, letter.date, letter.place) == (
        "Kế hoạch", "45-KH/TĐTN", "2015-06-02", "Hải Phòng")
    assert letter.issuer == "Ban Chấp hành Đoàn thành phố Hải Phòng"
    assert letter.subject == "Ra quân chiến dịch mùa hè xanh"
    assert [c.number for c in find_citations(letter)] == ["88-KH/TWĐTN"]


def test_a_city_committees_subject_opening_with_ve_and_its_copys_glued_words(tmp_path):
    """Hồ Chí Minh City's committee writes its công văn's subject "Về …" under the number (no "V/v"); an
    old web copy ran words together at a change of case ("BộTài chính") and a number's code into the next
    word ("3927/BTC-NSNNngày")."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "hcm.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HỒ CHÍ MINH\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập - Tự do - Hạnh phúc\n\nSố: 1201/UBND-ĐT\nVề sửa chữa cầu Kênh Tẻ năm 2009.\n\n"
                    "TP. Hồ Chí Minh, ngày 05 tháng 3 năm 2009\n\nKính gửi:\n- Sở Giao thông vận tải;\n- BộTài chính."
                    "\n\nXét đề nghị của Sở Giao thông vận tải tạivăn bản số 845/SGTVT-CTngày 20 tháng 2 năm 2009 và "
                    "hướng dẫn tại Thông tư số 86/2008/TT-BTC của BộTài chính, Ủy ban nhân dân thành phố có ý kiếnnhư"
                    " sau./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Nam\n",
                    encoding="utf-8")
    letter = process_letter(path)
    assert (letter.letter.type, letter.letter.subject, letter.letter.date) == (
        "Công văn", "Sửa chữa cầu Kênh Tẻ năm 2009.", "2009-03-05")
    assert letter.letter.recipients == ("Sở Giao thông vận tải", "Bộ Tài chính")
    assert [(c.number, c.date, c.issuer) for c in letter.citations] == [
        ("845/SGTVT-CT", "2009-02-20", "Sở Giao thông vận tải Thành phố Hồ Chí Minh"),
        ("86/2008/TT-BTC", None, "Bộ Tài chính")]


def test_a_state_bank_branch_and_a_city_party_committee_named_in_full():
    """A branch is named after its body without the country ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH
    TỈNH …", the motto's dashes lost beside it); a party committee named by its level alone takes the place
    of the party organisation above it; "BỘ TRƯỞNG, CHỦ NHIỆM" is one authority of two positions."""
    bank = parse("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCHI NHÁNH TỈNH PHÚ YÊN Độc lập"
                 " Tự do Hạnh phúc\nSố: 21/BC-PHY Tuy Hòa, ngày 04 tháng 1 năm 2016\nBÁO CÁO\nKết quả hoạt động "
                 "ngân hàng năm 2015\nThực hiện Chỉ thị số 01/CT-NHNN ngày 10/01/2015 của Thống đốc NHNN, Ngân hàng "
                 "Nhà nước chi nhánh báo cáo như sau./.\nNơi nhận:\n- Lưu: VT.\nGIÁM ĐỐC\nĐào Văn Hưng\n")
    assert (bank.issuer, bank.parent_issuer) == ("Ngân hàng Nhà nước chi nhánh tỉnh Phú Yên",
                                                 "Ngân hàng Nhà nước Việt Nam")
    assert [c.issuer for c in find_citations(bank)] == ["Ngân hàng Nhà nước Việt Nam"]
    party = parse("ĐẢNG BỘ THÀNH PHỐ ĐÀ NẴNG\nTHÀNH ỦY\n*\nSố 310-CV/TU\nV/v tổ chức hội nghị\n"
                  "ĐẢNG CỘNG SẢN VIỆT NAM\nĐà Nẵng, ngày 12 tháng 5 năm 2019\nKính gửi: Các quận ủy, huyện ủy.\n"
                  "Ban Thường vụ Thành ủy đề nghị như sau./.\nNơi nhận:\n- Lưu VP.\nT/M BAN THƯỜNG VỤ\n"
                  "PHÓ BÍ THƯ\nLê Văn Nam\n")
    assert (party.issuer, party.parent_issuer) == ("Thành ủy Đà Nẵng", "Đảng bộ thành phố Đà Nẵng")
    office = parse("VĂN PHÒNG CHÍNH PHỦ\n\nSố: 2290/VPCP-KTN\nV/v hỗ trợ giống cây trồng\n\nHà Nội, ngày 08 tháng 4"
                   " năm 2010\n\nKính gửi: Bộ Tài chính.\n\nVăn phòng Chính phủ xin thông báo./.\n\nNơi nhận:\n"
                   "- Lưu: VT.\n\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n\nNguyễn Văn Tùng\n")
    assert (office.signing_authority, office.signer_title) == ("KT. Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm")


def test_codes_run_together_are_cut_only_where_the_copy_lost_its_hyphens():
    """"412/VPĐP" (Văn phòng Điều phối) and "05/NQ-TTHĐND" (Thường trực HĐND) are codes of their own in a clean
    copy; where a copy shows hyphens lost ("1961/QĐUBND"), "356/SNVTCBC" is SNV-TCBC. A law's name of
    thirteen words is still a law's name."""
    clean = parse("ỦY BAN NHÂN DÂN\nXÃ CẨM BÌNH\n\nSố: 31/BC-UBND\n\nCẩm Bình, ngày 02 tháng 3 năm 2021\n\nBÁO CÁO\n"
                  "Kết quả xây dựng nông thôn mới\n\nThực hiện Công văn số 412/VPĐP ngày 10/02/2021 của Văn phòng Điều"
                  " phối nông thôn mới tỉnh; Nghị quyết số 05/NQ-TTHĐND ngày 22/01/2021 của Thường trực HĐND xã; Luật"
                  " Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân số 85/2015/QH13 ngày 25/6/2015./." + CLOSING)
    assert [c.number for c in find_citations(clean)] == ["412/VPĐP", "05/NQ-TTHĐND", "85/2015/QH13"]
    damaged = parse("UBND TỈNH BÌNH THUẬN\n\nSố: 88/BC-UBND\n\nBình Thuận, ngày 02 tháng 3 năm 2007\n\nBÁO CÁO\n"
                    "Kết quả tuyển dụng\n\nCăn cứ Quyết định số 1961/QĐUBND ngày 07/9/2006 của UBND tỉnh và Công văn "
                    "số 356/SNVTCBC ngày 07/8/2006 của Sở Nội vụ./." + CLOSING)
    assert [c.number for c in find_citations(damaged)] == ["1961/QĐ-UBND", "356/SNV-TCBC"]


def test_a_party_boards_web_post_and_a_cong_diens_pdf_copy_without_dashes(tmp_path):
    """A party board's letter posted on its site under a title naming the party (no motto); a công điện's
    PDF copy whose list dashes were lost (each addressee opens with the space the dash left, one wraps at a
    ","), syllables split even where both pieces spell syllables ("ho ạch", "nhi ệm"), the joint circular's
    number run together and a body named with "và Tìm kiếm cứu nạn"."""
    from build_tools.pipeline import process_letter

    post = parse("TUYÊN GIÁO CẦN THƠ\nTrang chủ\nKỷ niệm 90 năm Ngày thành lập Đảng Cộng sản Việt Nam\nLượt xem: 210"
                 "\nTHÀNH ỦY CẦN THƠ\nBAN TUYÊN GIÁO\n*\nSố 88-CV/BTGTU\nV/v tuyên truyền kỷ niệm 90 năm thành lập Đảng"
                 "\nĐẢNG CỘNG SẢN VIỆT NAM\nCần Thơ, ngày 06 tháng 01 năm 2020\nKính gửi: Các quận ủy, huyện ủy.\n"
                 "Ban Tuyên giáo đề nghị như sau./.\nNơi nhận:\n- Lưu VP.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\nLê Văn Ba\n")
    assert (post.number, post.issuer, post.signing_authority) == (
        "88-CV/BTGTU", "Ban Tuyên giáo Thành ủy Cần Thơ", "KT. Trưởng ban")
    path = tmp_path / "cd.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nTỈNH CÀ MAU\nSố: 05/CĐUBND\nCỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập  Tự do  Hạnh phúc\nCà Mau, ngày 09 tháng 8 năm 2019\nCÔNG ĐIỆN\nVề việc ứng phó mưa lớn\n"
                    "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH CÀ MAU điện:\n Giám đốc các Sở: Nông nghiệp, Giao thông vận tải,\n"
                    "Xây dựng, Công Thương;\n Giám đốc Công an tỉnh;\n Chủ tịch Ủy ban nhân dân các huyện.\n"
                    "Th ực hi ện K ế ho ạch số 12/KH-UBND c ủa Ủ y ban nhân dân tỉnh, các đơn vị th ực hi ện nhi ệm"
                    " vụ; đánh giá thiệt hại theo Thông tư liên tịch số 43/2015/TTLTBNNPTNTBKHĐT của Bộ Nông nghiệp và"
                    " Phát triển nông thôn và Bộ Kế hoạch và Đầu tư, báo cáo Ban Chỉ huy theo Kế hoạch số 31/KH-BCH c"
                    "ủa Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh./.\nNơi nhận:\n Như trên;\n Lưu:"
                    " VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nLê Văn Sử\n", encoding="utf-8")
    letter = process_letter(path)
    assert letter.letter.recipients == ("Giám đốc các Sở: Nông nghiệp, Giao thông vận tải, Xây dựng, Công Thương",
                                        "Giám đốc Công an tỉnh", "Chủ tịch Ủy ban nhân dân các huyện")
    assert [(c.number, c.issuer) for c in letter.citations] == [
        ("12/KH-UBND", "Ủy ban nhân dân tỉnh Cà Mau"),
        ("43/2015/TTLT-BNNPTNT-BKHĐT", "Bộ Nông nghiệp và Phát triển nông thôn và Bộ Kế hoạch và Đầu tư"),
        ("31/KH-BCH", "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Cà Mau")]
    assert "nhiệm vụ" in letter.letter.body


def test_a_sharing_sites_page_runs_header_and_closing_into_paragraphs():
    """A sharing site's preview gives each page as one paragraph: the header's columns interleaved, the
    number's code before the place ("Số : 187 /CCTY-DT Hải Dương, ngày …"), and on the last page the text
    run into the closing, the copies and the signature's lines interleaved; a legal site's closing on one
    line, its cells cut by "|"."""
    letter = parse("  1. SỞ NN&PTNT HẢI DƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM CHI CỤC THÚ Y Độc lập - Tự do - Hạnh "
                   "phúc Số : 92 /CCTY-DT Hải Dương, ngày 09 tháng10 năm 2013 V/v tiêm phòng vắc xin vụ Xuân Kính gửi:"
                   " - Trạm Thú y các huyện; - Phòng Kinh tế thành phố. Chi cục Thú y đề nghị các đơn vị triển khai "
                   "tiêm phòng từ ngày 15/3/2013 đến ngày 15/4/2013 theo kế hoạch của Sở Nông nghiệp và Phát triển "
                   "nông thôn, bảo đảm tỷ lệ tiêm phòng đạt trên 80% tổng đàn trong diện tiêm.\n\n  2. Kết quả báo cáo "
                   "về Chi cục trước ngày 25/4/2013./. Nơi nhận: KT. CHI CỤC TRƯỞNG - Như trên; PHÓ CHI CỤC TRƯỞNG "
                   "- Lưu: VT, DT. Vũ Đình An\n")
    assert (letter.number, letter.place, letter.date) == ("92/CCTY-DT", "Hải Dương", "2013-10-09")
    assert (letter.cc, letter.signing_authority, letter.signer_title, letter.signer) == (
        ("Như trên", "Lưu: VT, DT"), "KT. Chi cục trưởng", "Phó Chi cục trưởng", "Vũ Đình An")
    legal = parse("VIỆN KIỂM SÁT NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: 18/KH-VKS\n\nQuảng Ngãi, ngày 10 tháng 01 năm 2011\n"
                  "\nKẾ HOẠCH\nCông tác kiểm sát năm 2011\n\nYêu cầu các đơn vị nghiêm túc triển khai thực hiện./.\n"
                  "Nơi nhận: - VKSND tối cao; - Lưu: VT, P4. | KT. VIỆN TRƯỞNG PHÓ VIỆN TRƯỞNG Phạm Văn Lực |\n"
                  "Lưu trữ | Ghi chú | In\n")
    assert (legal.cc, legal.signing_authority, legal.signer) == (
        ("VKSND tối cao", "Lưu: VT, P4"), "KT. Viện trưởng", "Phạm Văn Lực")


def test_cited_issuers_a_reader_resolves_from_the_letters_own_place():
    """A district youth union's plan cites its province's union ("Tỉnh đoàn", "Ban Thường vụ Tỉnh đoàn Lai
    Châu") and its own ("Huyện đoàn"); its district's name, folded, is another province's too (Tam Đường,
    Tam Dương): the parent line tells which. A commune's "05-NQ/ĐU" is its party committee's; a hospital's
    "của Giám đốc Bệnh viện" its own; a company's name stays as it writes it."""
    union = parse("\n".join([
        "TỈNH ĐOÀN LAI CHÂU", "BCH ĐOÀN HUYỆN TAM ĐƯỜNG", "***", "Số: 20-KH/HĐTN", "ĐOÀN TNCS HỒ CHÍ MINH",
        "Tam Đường, ngày 02 tháng 02 năm 2024", "KẾ HOẠCH", "Tháng Thanh niên năm 2024",
        "Thực hiện Kế hoạch số 74-KH/TĐTN-TNNT ngày 29/01/2024 của Ban Thường vụ Tỉnh đoàn Lai Châu; Chương trình"
        " số 03-CTr/HĐTN ngày 10/01/2024 của Ban Thường vụ Huyện đoàn và Hướng dẫn số 12-HD/TĐTN-VP ngày"
        " 05/02/2024 của Tỉnh đoàn./.",
        "Nơi nhận:", "- Lưu VP.", "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "Lò Văn Pâng"]))
    assert [c.issuer for c in find_citations(union)] == [
        "Ban Thường vụ Tỉnh Đoàn Lai Châu", "Ban Thường vụ Huyện Đoàn Tam Đường", "Tỉnh Đoàn Lai Châu"]
    commune = parse("UBND HUYỆN CẨM XUYÊN\nUBND XÃ CẨM THỊNH\n\nSố: 41/BC-UBND\n\nCẩm Thịnh, ngày 10 tháng 12 năm 2020"
                    "\n\nBÁO CÁO\nKết quả năm 2020\n\nThực hiện Nghị quyết số 05-NQ/ĐU ngày 12/01/2020 về nhiệm vụ năm "
                    "2020, Ủy ban nhân dân xã báo cáo như sau./." + CLOSING)
    assert [c.issuer for c in find_citations(commune)] == ["Đảng ủy xã Cẩm Thịnh"]
    hospital = parse("\n".join([
        "SỞ Y TẾ TỈNH GIA LAI", "BỆNH VIỆN ĐA KHOA TỈNH", "Số: 1265/BC-BVĐK", "Gia Lai, ngày 09 tháng 12 năm 2016",
        "BÁO CÁO", "Kết quả kiểm tra",
        "Theo Quyết định số 1098/QĐ-BVĐK ngày 18/11/2016 của Giám đốc Bệnh viện và Công văn số 26/2016/CV-KQ ngày"
        " 04/8/2016 của Công ty TNHH Điện tử Kim Quang hỏi về thuế, Bệnh viện báo cáo như sau./.",
        "Nơi nhận:", "- Lưu: VT.", "GIÁM ĐỐC", "Lê Văn Hải"]))
    assert [c.issuer for c in find_citations(hospital)] == [
        "Bệnh viện Đa khoa tỉnh Gia Lai", "Công ty TNHH Điện tử Kim Quang"]


def test_names_a_reader_reads_one_way():
    """A department's field with a hyphen for its "và" ("PHÒNG GIÁO DỤC-ĐÀO TẠO"; a council's "Ban Văn hóa
    - Xã hội" keeps its own), a commander cited for his command ("của Tư lệnh Quân khu 9"), a steering
    committee named with its purpose ("Ban Chỉ đạo Trung ương về phòng, chống thiên tai")."""
    assert organ_name("PHÒNG GIÁO DỤC-ĐÀO TẠO") == "Phòng Giáo dục và Đào tạo"
    assert organ_name("BAN VĂN HÓA - XÃ HỘI") == "Ban Văn hóa - Xã hội"
    letter = parse("BỘ CHỈ HUY QUÂN SỰ\nTỈNH BẠC LIÊU\n\nSố: 12/KH-BCH\n\nBạc Liêu, ngày 05 tháng 01 năm 2016\n\n"
                   "KẾ HOẠCH\nHuấn luyện năm 2016\n\nThực hiện Chỉ thị số 3876/CT-BTL ngày 20/11/2015 của Tư lệnh Quân "
                   "khu 9 và Công điện số 12/CĐ-TW ngày 08/8/2019 của Ban Chỉ đạo Trung ương về phòng, chống thiên tai "
                   "về việc ứng phó mưa lớn, Bộ Chỉ huy xây dựng Kế hoạch như sau./." + CLOSING)
    assert [c.issuer for c in find_citations(letter)] == [
        "Bộ Tư lệnh Quân khu 9", "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"]


def test_a_sharing_sites_page_titled_with_the_letters_own_number_and_a_pdf_copys_page_number():
    """A sharing site names the letter above its text ("Nghị quyết 68/NQ-HĐND năm 2021 …"): a letter never
    cites itself. The flattened page sets the subject right after its title and the council under it. A
    PDF copy's page number falls inside a sentence ("Nghị định số" / "2" / "06/2021/NĐCP"); a web copy
    breaks "VỀ" / "VIỆC …"."""
    letter = parse("Nghị quyết 68/NQ-HĐND năm 2021 thông qua Đề án du lịch\n\nHỘI ĐỒNG NHÂN DÂN HUYỆN MỘC CHÂU Số: "
                   "68/NQHĐND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Mộc Châu, ngày 17 tháng 12"
                   " năm 2021 NGHỊ QUYẾT Thông qua Đề án phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm "
                   "2030 HỘI ĐỒNG NHÂN DÂN HUYỆN MỘC CHÂU KHÓA XXI, KỲ HỌP THỨ BA Căn cứ Luật Du lịch số 09/2017/QH14 "
                   "ngày 19 tháng 6 năm 2017; Nơi nhận: - Lưu: VT. CHỦ TỊCH Lò Văn Minh\n")
    assert (letter.number, letter.subject) == (
        "68/NQ-HĐND", "Thông qua Đề án phát triển du lịch giai đoạn 2021 - 2025, định hướng đến năm 2030")
    assert [c.number for c in find_citations(letter)] == ["09/2017/QH14"]
    copy = parse("ỦY BAN NHÂN DÂN\nTỈNH THÁI NGUYÊN\n\nSố: 21/QĐ-UBND\n\nThái Nguyên, ngày 5 tháng 1 năm 2009\n\nQUYẾT "
                 "ĐỊNH\nVỀ\nVIỆC KIỆN TOÀN BAN CHỈ ĐẠO\n\nCăn cứ Nghị định số \n \n2 \n \n06/2021/NĐCP ngày 26/01/2021 "
                 "của Chính phủ;" + BODY + CLOSING)
    assert copy.subject == "KIỆN TOÀN BAN CHỈ ĐẠO"
    assert [(c.number, c.issuer) for c in find_citations(copy)] == [("06/2021/NĐ-CP", "Chính phủ")]


def test_a_legal_sites_narrow_cells_and_a_ward_portals_page():
    """A legal site's narrow cell cuts the number at its hyphen ("Số: 1486/KKT-" / "QLDN") and ends cells with
    "|"; an economic zone's board names its own place; a steering committee's head sends a công điện; a
    ward's portal sets its rating widget after the signer; a law's name says "của Quốc hội"; a joint
    circular's three issuers run together; a body's earlier letter shares its number's code."""
    zone = parse("\n".join([
        "UBND TỈNH KHÁNH HÒA", "BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG", "-------", "|",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "|", "Số: 1486/KKT-", "QLDN", "V/v tăng cường công tác an toàn lao động |",
        "|", "Khánh Hòa, ngày", "19 tháng 6 năm 2024", "|", "Kính gửi: |", "- Các doanh nghiệp trong Khu kinh tế. |",
        "Thực hiện Luật Hoạt động giám sát của Quốc hội số 05/2003/QH11, Văn bản số 455/KKT-QLDN ngày 02/5/2024 và "
        "Thông tư liên tịch số 26/2011/TTLTBNNPTNTBKHĐTBTC, Ban Quản lý đề nghị như sau./.",
        "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG BAN", "Lê Văn Hải", "ĐÁNH GIÁ BÀI VIẾT", "Các tin khác"]))
    assert (zone.number, zone.date) == ("1486/KKT-QLDN", "2024-06-19")
    assert zone.issuer == "Ban Quản lý Khu kinh tế Vân Phong"
    assert zone.subject == "Tăng cường công tác an toàn lao động"
    assert zone.recipients == ("Các doanh nghiệp trong Khu kinh tế",)
    assert zone.signer == "Lê Văn Hải"
    assert [(c.number, c.issuer) for c in find_citations(zone)] == [
        ("05/2003/QH11", "Quốc hội"), ("455/KKT-QLDN", "Ban Quản lý Khu kinh tế Vân Phong"),
        ("26/2011/TTLT-BNNPTNT-BKHĐT-BTC",
         "Bộ Nông nghiệp và Phát triển nông thôn, Bộ Kế hoạch và Đầu tư và Bộ Tài chính")]
    dispatch = parse("\n".join([
        "UBND TỈNH QUẢNG TRỊ", "BAN CHỈ ĐẠO PHÒNG, CHỐNG", "DỊCH COVID-19", "Số: 05/CĐ-BCĐ",
        "Quảng Trị, ngày 31 tháng 7 năm 2020", "CÔNG ĐIỆN", "Về việc phòng, chống dịch",
        "TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH điện:", "- Thủ trưởng các sở, ban, ngành;",
        "- Chủ tịch UBND các huyện.", "Dịch đang diễn biến phức tạp./."]) + CLOSING)
    assert dispatch.recipients == ("Thủ trưởng các sở, ban, ngành", "Chủ tịch UBND các huyện")


def test_mass_organisations_and_party_boards_as_their_copies_give_them():
    """A farmers' union under its province's, its national name heading the right column ("HỘI NÔNG" / "DÂN
    VIỆT NAM"); a party inspection board's PDF copy ("Số 21TB/UBKT", its copies list without dashes, items
    ending with ","); a party draft's blank number ("Số -HD/BDVHU") and a number cut at its hyphen; a
    footnote's marker run into a number ("114-KL/TW1"); a tax office named for its area."""
    union = parse("\n".join([
        "HỘI", "NÔNG DÂN TỈNH TUYÊN QUANG", "HỘI NÔNG DÂN HUYỆN HÀM YÊN", "*", "|", "HỘI NÔNG", "DÂN VIỆT NAM", "|",
        "Số:", "27-KH/HND", "|", "Hàm", "Yên, ngày 15 tháng 02 năm 2012", "|", "KẾ HOẠCH",
        "Phong trào thi đua năm 2012",
        "Căn cứ Kết luận số 61-KL/TW ngày 03/12/2009 của Ban Bí thư;"]) + CLOSING)
    assert (union.issuer, union.parent_issuer) == ("Hội Nông dân huyện Hàm Yên", "Hội Nông dân tỉnh Tuyên Quang")
    board = parse("\n".join([
        "HUYỆN ỦY MỎ CÀY NAM", "ỦY BAN KIỂM TRA", "*", "Số 21TB/UBKT", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Mỏ Cày Nam, ngày 14 tháng 9 năm 2017", "THÔNG BÁO", "kết luận giám sát chuyên đề",
        "Thực hiện Quyết định số 58QĐ/UBKT ngày 12/7/2017 về giám sát chuyên đề; Kết luận số 114-KL/TW1 của Ban",
        "Bí thư; Kế hoạch số 215-",
        "KH/TU ngày 10/01/2017 của Ban Thường vụ Tỉnh ủy./.", "Nơi nhận:", "Thường trực Huyện ủy (b/c),",
        "Ban Thường vụ Đảng ủy xã Tân Trung,", "Lưu UBKT.", "T/M ỦY BAN KIỂM TRA", "PHÓ CHỦ NHIỆM", "Lê Thị Nhung",
        "1 Kết luận số 114-KL/TW ngày 11/7/2015 của Ban Bí thư."]))
    assert (board.number, board.type) == ("21-TB/UBKT", "Thông báo")
    assert board.issuer == "Ủy ban Kiểm tra Huyện ủy Mỏ Cày Nam"
    assert board.cc == ("Thường trực Huyện ủy (b/c)", "Ban Thường vụ Đảng ủy xã Tân Trung", "Lưu UBKT")
    assert [(c.number, c.issuer) for c in find_citations(board)] == [
        ("58-QĐ/UBKT", "Ủy ban Kiểm tra Huyện ủy Mỏ Cày Nam"), ("114-KL/TW", "Ban Bí thư"),
        ("215-KH/TU", "Ban Thường vụ Tỉnh ủy Bến Tre")]
    draft = parse("HUYỆN ỦY TRẦN VĂN THỜI\nBAN DÂN VẬN\n* Trần Văn Thời, ngày tháng 3 năm 2024\nSố -HD/BDVHU\n"
                  "HƯỚNG DẪN\nxây dựng mô hình “Dân vận khéo” năm 2024" + BODY + CLOSING)
    assert (draft.number, draft.number_suffix, draft.date) == (None, "HD/BDVHU", "2024-03")
    tax = parse("CỤC THUẾ TỈNH BÌNH DƯƠNG\nCHI CỤC THUẾ KHU VỰC\nBẾN CÁT - BÀU BÀNG\nSố: 1186/CCTKV-NVDTPC\n"
                "V/v hóa đơn điện tử\nBến Cát, ngày 22 tháng 5 năm 2023\nKính gửi: Các hộ kinh doanh." + BODY + CLOSING)
    assert tax.issuer == "Chi cục Thuế khu vực Bến Cát - Bàu Bàng"


def test_a_scans_header_slips_and_a_title_wrapped_a_paragraph_apart():
    """OCR runs "SỞ Y TẾ"'s one-letter word in ("SỞY TE"), reads "UBND TỈNH" "UBND TĨNH", loses a
    department's "SỞ" ("GIÁO DỤC VÀ ĐÀO TẠO" under the province), and sets a centred title's last words a
    paragraph apart ("… của Bộ" / "Chính trị")."""
    from build_tools.model import LineOrigins
    from build_tools.readers.scan import repaired_ocr

    text, _, repairs = repaired_ocr("UBND TỈNH BÌNH ĐỊNH\nSỞY TE\nVĂN PHÒNG UBND TĨNH\nHà Tĩnh\n", LineOrigins())
    assert text.split("\n")[1:4] == ["SỞ Y TẾ", "VĂN PHÒNG UBND TỈNH", "Hà Tĩnh"]
    assert len(repairs) >= 2
    lost = parse("UBND TỈNH NGHỆ AN\nGIÁO DỤC VÀ ĐÀO TẠO\nSố: 412/SGD&ĐT-GDTrH\nV/v kiểm tra học kỳ I\n\n"
                 "Nghệ An, ngày 18 tháng 11 năm 2019\n\nKính gửi: Các trường." + BODY + CLOSING)
    assert (lost.issuer, lost.parent_issuer) == ("Sở Giáo dục và Đào tạo tỉnh Nghệ An", "Ủy ban nhân dân tỉnh Nghệ An")
    wrapped = parse("\n\n".join([
        "ĐẢNG BỘ TỈNH LẠNG SƠN\nHUYỆN ỦY CHI LĂNG", "Số 215-GM/HU", "ĐẢNG CỘNG SẢN VIỆT NAM",
        "Chi Lăng, ngày 14 tháng 10 năm 2019", "GIẤY MỜI", "dự Hội nghị sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ",
        "Chính trị", "Thực hiện Kế hoạch số 112-KH/TU, Ban Thường vụ Huyện ủy tổ chức Hội nghị./."]) + CLOSING)
    assert wrapped.subject == "Dự Hội nghị sơ kết thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"


def test_an_old_district_plans_copy_glued_words_and_a_typists_file_under_lua(tmp_path):
    """An old web copy glued words where the Word file's lines broke, in capitals too ("MỚINĂM": "mới năm",
    not "mớin ăm"); the typist's file under "Lưu" ("Hung\\KH NTM 2012.doc") is no copy's item."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "kh.txt"
    path.write_text("\n".join([
        "UỶ BAN NHÂN DÂN", "HUYỆN LỆ THUỶ", "Số: 12/KH-UBND", "Lệ Thuỷ, ngày 10 tháng 02 năm 2012", "KẾ HOẠCH",
        "XÂY DỰNG NÔNG THÔN MỚINĂM 2012", "Căn cứ Quyết địnhsố 800/QĐ-TTg ngày 04/6/2010 củaThủ tướng Chính phủ,"
        " Ủy ban nhân dân huyện xây dựng kế hoạch như sau./.", "Nơi nhận:", "- UBND tỉnh (b/c);", "- Lưu: VT, NN.",
        "Hung\\KH NTM 2012.doc", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"]), encoding="utf-8")
    letter = process_letter(path)
    assert letter.letter.subject == "XÂY DỰNG NÔNG THÔN MỚI NĂM 2012"
    assert letter.letter.cc == ("UBND tỉnh (b/c)", "Lưu: VT, NN")
    assert [(c.number, c.issuer) for c in letter.citations] == [("800/QĐ-TTg", "Thủ tướng Chính phủ")]


def test_a_report_cited_after_the_body_that_gave_it():
    """A conclusion notice names who reported before the report's number: "Sau khi nghe UBND huyện Lạng Giang
    báo cáo tại Báo cáo số 215/BC-UBND …" is the district's report, not the province's."""
    letter = parse("\n\n".join([
        "VĂN PHÒNG UBND TỈNH BẮC GIANG", "Số: 412/TB-VP", "Bắc Giang, ngày 23 tháng 7 năm 2024",
        "THÔNG BÁO\nKết luận của Phó Chủ tịch UBND tỉnh", "Sau khi nghe UBND\nhuyện Lạng Giang báo cáo tại Báo cáo"
        " số 215/BC-UBND ngày 17/7/2024, Phó Chủ tịch kết luận như sau./."]) + CLOSING)
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [
        ("215/BC-UBND", "Ủy ban nhân dân huyện Lạng Giang")]


def test_a_flattened_closing_whose_copies_lost_their_dashes():
    """A sharing site's text of a PDF ran the closing into one line, the copies' dashes lost (two spaces
    left), the signer's name after the last but one copy: "… Thành viên Đoàn kiểm tra; Nguyễn Thành Lộc"."""
    letter = parse("UBND TỈNH TIỀN GIANG\nSỞ NỘI VỤ\nSố: 95/KH-SNV\nTiền Giang, ngày 12 tháng 3 năm 2024\nKẾ HOẠCH\n"
                   "Kiểm tra cải cách hành chính năm 2024\n\nSở Nội vụ xây dựng Kế hoạch như sau./.\n"
                   "Nơi nhận: KT. GIÁM ĐỐC  UBND tỉnh (b/c); PHÓ GIÁM ĐỐC  Các cơ quan được kiểm tra;  Thành viên Đoàn"
                   " kiểm tra; Nguyễn Thành Lộc  Lưu: VT, CCHC.\n")
    assert letter.cc == ("UBND tỉnh (b/c)", "Các cơ quan được kiểm tra", "Thành viên Đoàn kiểm tra", "Lưu: VT, CCHC")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Giám đốc", "Phó Giám đốc", "Nguyễn Thành Lộc")


def test_a_school_under_its_district_office_in_a_sharing_sites_marked_up_copy(tmp_path):
    """A sharing site's text of a school's Word file: its page markup left in ("<b>…</b>", a page counter), a
    font that wrote "ô" as "ơ" and "ò" as "ị" where no rhyme has them ("PHỊNG", "Cơng văn"), the school's
    parent a district's Phòng named by the district alone ("PHÒNG GD&ĐT YÊN THẾ")."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "kh.txt"
    path.write_text("\n".join([
        "<div class='page_container' data-page=1>", "PHỊNG GD&ĐT YÊN THẾ", "TRƯỜNG THCS BỐ HẠ", "",
        "<b>CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "<b>Độc lập - Tự do - Hạnh phúc</b>",
        "Số: 12/KH-THCS <i>Bố Hạ, ngày 09 tháng 3 năm 2010</i>", "", "<b>KẾ HOẠCH</b>",
        "<b>Tổ chức ngày hội đọc sách theo hướng VietGAP</b>", "",
        "Căn cứ Cơng văn số 210/PGD&ĐT-TV ngày 01/3/2010 của Phịng GD&ĐT Yên Thế về thơng tin thư viện;",
        "Trường xây dựng kế hoạch như sau./.", "</div><span class='text_page_counter'>(2)</span>",
        "<b>HIỆU TRƯỞNG</b>", "<i><b>Nơi nhận:</b></i>", "- Phịng GD&ĐT (b/c);", "- Lưu: VT.", "",
        "ThS. Trần Văn Bình"]), encoding="utf-8")
    letter = process_letter(path)
    assert (letter.letter.issuer, letter.letter.parent_issuer) == (
        "Trường Trung học cơ sở Bố Hạ", "Phòng Giáo dục và Đào tạo huyện Yên Thế")
    assert (letter.letter.place, letter.letter.subject) == ("Bố Hạ", "Tổ chức ngày hội đọc sách theo hướng VietGAP")
    assert (letter.letter.signer_title, letter.letter.signer) == ("Hiệu trưởng", "Trần Văn Bình")
    assert [(c.number, c.issuer) for c in letter.citations] == [
        ("210/PGD&ĐT-TV", "Phòng Giáo dục và Đào tạo huyện Yên Thế")]
    # A highland name spelled "ơng" in a copy with no other such word is as written, however often it is named.
    path.write_text("SỞ GIÁO DỤC VÀ ĐÀO TẠO ĐẮK NÔNG\nSố: 1532/SGDĐT-GDTrH\nV/v tuyển sinh\nĐắk Nông, ngày 3 tháng 5"
                    " năm 2019\nKính gửi: Trường Phổ thông Dân tộc nội trú N'Trang Lơng.\nTrường N'Trang Lơng; Sở đề"
                    " nghị như sau./.\n",
                    encoding="utf-8")
    assert process_letter(path).letter.recipients == ("Trường Phổ thông Dân tộc nội trú N'Trang Lơng",)


def test_a_provincial_military_command_under_its_region():
    """Three organ lines: the ministry, the military region, the province's command; the region's commander
    cited without the region's number is the citing command's own region."""
    letter = parse("BỘ QUỐC PHÒNG\nQUÂN KHU 3\nBỘ CHỈ HUY QUÂN SỰ TỈNH HẢI DƯƠNG\nSố: 402/BCH-TM\nV/v huấn luyện"
                   " dân quân\nHải Dương, ngày 02 tháng 3 năm 2015\n\nKính gửi: Ban Chỉ huy Quân sự các huyện.\n\n"
                   "Thực hiện Chỉ thị số 12/CT-BTL ngày 10/01/2015 của Tư lệnh Quân khu về huấn luyện năm 2015,"
                   " Bộ Chỉ huy đề nghị như sau./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Bộ Chỉ huy Quân sự tỉnh Hải Dương", "Quân khu 3")
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [("12/CT-BTL", "Bộ Tư lệnh Quân khu 3")]


def test_recipients_on_the_line_of_kinh_gui():
    """Recipients listed on the "Kính gửi" line: by commas before each organ's name ("các xã, thị trấn" stays
    one), and in a flattened copy by ";" with the text run on after the list's full stop."""
    head = "ỦY BAN NHÂN DÂN\nHUYỆN VŨ THƯ\nSố: 88/UBND-NN\nV/v phòng dịch\nVũ Thư, ngày 02 tháng 3 năm 2007\n\n"
    listed = parse(head + "Kính gửi: Phòng Nông nghiệp, Trạm Khuyến nông, UBND các xã, thị trấn.\n\n"
                   "Ủy ban nhân dân huyện đề nghị như sau./." + CLOSING)
    assert listed.recipients == ("Phòng Nông nghiệp", "Trạm Khuyến nông", "UBND các xã, thị trấn")
    flattened = parse(head + "Kính gửi: Các phòng, ban, ngành huyện; UBND các xã, thị trấn. Thực hiện Công văn số"
                      " 45/SNN-TY ngày 20/02/2007 của Sở Nông nghiệp và PTNT, Ủy ban nhân dân huyện đề nghị./."
                      + CLOSING)
    assert flattened.recipients == ("Các phòng, ban, ngành huyện", "UBND các xã, thị trấn")
    assert [c.number for c in find_citations(flattened)] == ["45/SNN-TY"]


def test_a_centre_cites_its_own_earlier_plan_by_its_short_name():
    letter = parse("SỞ NÔNG NGHIỆP VÀ PTNT BÌNH THUẬN\nTRUNG TÂM KHUYẾN NÔNG\nSố: 31/GM-TTKN\nBình Thuận, ngày 04"
                   " tháng 5 năm 2016\n\nGIẤY MỜI\nDự hội thảo\n\nTheo Kế hoạch số 12/KH-TTKN ngày 01/3/2016 của"
                   " Trung tâm Khuyến nông về mô hình thanh long, Trung tâm trân trọng kính mời./." + CLOSING)
    assert letter.issuer == "Trung tâm Khuyến nông tỉnh Bình Thuận"
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [
        ("12/KH-TTKN", "Trung tâm Khuyến nông tỉnh Bình Thuận")]


def test_a_joint_letter_with_its_bodies_stacked_and_two_signature_blocks():
    """A liên tịch plan: both bodies in the issuer column, a joint number, each body's signature block."""
    letter = parse("SỞ NỘI VỤ\nLIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG\nSố: 03/KHLT-SNV-LĐLĐ\nAn Giang, ngày 05 tháng 4"
                   " năm 2016\n\nKẾ HOẠCH\nPhối hợp tổ chức hội thi\n\nHai bên thống nhất như sau./.\n\n"
                   "SỞ NỘI VỤ\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTrần Văn Nam\n\nLIÊN ĐOÀN LAO ĐỘNG TỈNH\n"
                   "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH\n\nLê Thị Hoa\n\nNơi nhận:\n- UBND tỉnh (b/c);\n- Lưu: VT.\n")
    assert (letter.issuer, letter.parent_issuer) == (
        "Sở Nội vụ tỉnh An Giang và Liên đoàn Lao động tỉnh An Giang", None)
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Giám đốc, TM. Ban Thường vụ", "Phó Giám đốc, Chủ tịch", "Trần Văn Nam, Lê Thị Hoa")


def test_a_university_page_whose_site_name_and_menu_come_before_the_letter():
    letter = parse("TRƯỜNG ĐẠI HỌC Y DƯỢC HẢI PHÒNG\nTrang chủ\nTuyển sinh\nThông báo tuyển sinh 2021\nBỘ Y TẾ\n"
                   "TRƯỜNG ĐẠI HỌC Y DƯỢC HẢI PHÒNG\n-------\nSố: 77/TB-ĐHYDHP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Hải Phòng, ngày 02 tháng 3 năm 2021\nTHÔNG BÁO\nTuyển sinh sau đại học\nTrường thông báo./."
                   + CLOSING)
    assert (letter.number, letter.date, letter.type) == ("77/TB-ĐHYDHP", "2021-03-02", "Thông báo")
    assert (letter.issuer, letter.parent_issuer) == ("Trường Đại học Y Dược Hải Phòng", "Bộ Y tế")


def test_codes_and_names_of_2025_bodies_and_joint_plans_by_two_ministries_codes():
    letter = parse("ĐẢNG BỘ THÀNH PHỐ HẢI PHÒNG\nĐẢNG ỦY PHƯỜNG LÊ CHÂN\nSố 12-KH/ĐU\nLê Chân, ngày 02 tháng 10 năm"
                   " 2025\n\nKẾ HOẠCH\nHọc tập nghị quyết\n\nThực hiện Hướng dẫn số 05-HD/BTGDVTU ngày 25/9/2025 của"
                   " Ban Tuyên giáo và Dân vận Thành ủy về học tập nghị quyết, Kế hoạch số 311/KH-BCA-BNNMT ngày"
                   " 01/8/2025 của Bộ Công an và Bộ Nông nghiệp và Môi trường về phòng cháy rừng và Công văn số"
                   " 1981/BHXHCSYT ngày 28/6/2025 của BHXH Việt Nam, Ban Thường vụ xây dựng Kế hoạch./." + CLOSING)
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [
        ("05-HD/BTGDVTU", "Ban Tuyên giáo và Dân vận Thành ủy Hải Phòng"),
        ("311/KH-BCA-BNNMT", "Bộ Công an và Bộ Nông nghiệp và Môi trường"),
        ("1981/BHXH-CSYT", "Bảo hiểm xã hội Việt Nam")]


@pytest.mark.parametrize("xa", ["Xà", "XÀ"])  # a PDF's text; TCVN3 gives the capital back
def test_a_pdf_copy_that_read_xa_with_its_tilde_as_a_grave_and_lost_the_space(tmp_path, xa):
    """"XàHỘI", "XÀAN BÌNH": "XÃ" with its space lost; a word's own "À" ("HOÀNG VĂN TOÀN") stays."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "bc.txt"
    path.write_text(f"ỦY BAN NHÂN DÂN CỘNG HÒA {xa}HỘI CHỦ NGHĨA VIỆT NAM\n{xa}AN BÌNH Độc lập  Tự do  Hạnh phúc\n"
                    "Số: 21/BCUBND An Bình, ngày 26 tháng 9 năm 2025\nBÁO CÁO\nKết quả quý III\n\nỦy ban nhân dân xã"
                    " báo cáo./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nHOÀNG VĂN TOÀN\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.number, letter.signer) == (
        "Ủy ban nhân dân xã An Bình", "21/BC-UBND", "Hoàng Văn Toàn")


def test_a_pdf_texts_subject_with_the_place_and_date_beside_it():
    letter = parse("BẢO HIỂM XÃ HỘI VIỆT NAM          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "                                  Độc lập - Tự do - Hạnh phúc\nSố: 310/BHXH-CSYT\n"
                   "V/v thanh toán chi phí khám             Hà Nội, ngày 15 tháng 3 năm 2022\n"
                   "bệnh, chữa bệnh tại trạm y tế xã\n\nKính gửi: Bảo hiểm xã hội các tỉnh.\n\nBHXH Việt Nam đề nghị./."
                   + CLOSING)
    assert (letter.date, letter.place) == ("2022-03-15", "Hà Nội")
    assert letter.subject == "Thanh toán chi phí khám bệnh, chữa bệnh tại trạm y tế xã"


def test_a_number_with_a_space_after_its_hyphen():
    letter = parse("ỦY BAN NHÂN DÂN\nXÃ NA SẦM\nSố: 09/TB-UBND\nNa Sầm, ngày 05 tháng 01 năm 2026\n\nTHÔNG BÁO\n"
                   "Lịch tiếp công dân\n\nCăn cứ Thông tư số 04/2021/TT- TTCP ngày 01/10/2021 của Thanh tra Chính phủ,"
                   " Ủy ban nhân dân xã thông báo./." + CLOSING)
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [("04/2021/TT-TTCP", "Thanh tra Chính phủ")]


def test_dates_and_issuers_told_before_the_number_or_after_de_ngay():
    """"Ngày 07/9/2018, Chính phủ ban hành Nghị định số …" gives the decree's date and issuer before it; a
    company's letter is dated "đề ngày …"; a Cục's name holds a comma ("Khám, chữa bệnh")."""
    letter = parse("CỤC THUẾ TỈNH QUẢNG NINH\nSố: 88/CT-TTHT\nV/v chính sách thuế\nQuảng Ninh, ngày 02 tháng 10 năm"
                   " 2019\n\nKính gửi: Công ty TNHH Hải Hà.\n\nTrả lời công văn số 11/2019/CV-HH đề ngày 19/9/2019 của"
                   " Công ty TNHH Hải Hà. Ngày 07/9/2018, Chính phủ ban hành Nghị định số 116/2018/NĐ-CP về tín dụng."
                   " Theo Công văn số 1093/KCB-QLCL ngày 25/11/2016 của Cục Quản lý Khám, chữa bệnh, Cục Thuế trả"
                   " lời./." + CLOSING)
    assert [(c.number, c.date, c.issuer) for c in find_citations(letter)] == [
        ("11/2019/CV-HH", "2019-09-19", "Công ty TNHH Hải Hà"), ("116/2018/NĐ-CP", "2018-09-07", "Chính phủ"),
        ("1093/KCB-QLCL", "2016-11-25", "Cục Quản lý Khám, chữa bệnh")]


def test_a_notice_with_no_header_under_a_portals_menu():
    """A commune portal's article: its menu, the post's title and date, then the notice's title with no
    header above it; the body names who gives notice."""
    letter = parse("Trang thông tin điện tử xã Tân Thanh\nTrang chủ\nTin tức - Sự kiện\nThông báo lịch tiếp dân\n"
                   "Ngày đăng: 07/01/2026 | Lượt xem: 12\nTHÔNG BÁO\nLịch tiếp công dân năm 2026\n"
                   "Căn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013;\nỦy ban nhân dân xã Tân Thanh thông báo"
                   " lịch tiếp công dân như sau:\n1. Chủ tịch tiếp công dân vào thứ Năm.\n")
    assert (letter.type, letter.subject) == ("Thông báo", "Lịch tiếp công dân năm 2026")
    assert letter.issuer == "Ủy ban nhân dân xã Tân Thanh"


def test_an_ocr_text_layers_slips_in_the_recipients_head_and_in_numbers(tmp_path):
    """A scan's text layer: "Kinh gửi" without its tone, "l" for "1" in a date and a number."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "cv.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nHUYỆN BẢO LẠC\nSố: 412/UBND-NN\nV/v phòng dịch\nBảo Lạc, ngày 18 tháng 6 năm"
                    " 2019\n\nKinh gửi:\n- Các phòng, ban huyện;\n- UBND các xã.\n\nThực hiện Công văn số l386/SNN-CNTY"
                    " ngày 10/6/20l9 của Sở Nông nghiệp và PTNT, UBND huyện đề nghị./.\n", encoding="utf-8")
    letter = process_letter(path)
    assert letter.letter.recipients == ("Các phòng, ban huyện", "UBND các xã")
    assert [(c.number, c.date) for c in letter.citations] == [("1386/SNN-CNTY", "2019-06-10")]


def test_an_ocr_copys_small_letter_for_a_capital_of_its_shape(tmp_path):
    """A party notice's OCR copy: "THƯỜNG vụ" in the title and in the authority set beside "Nơi nhận:"; the small
    "v" and "ụ" differ from the capitals in size alone. Lines in running case keep theirs ("ban hành số liệu")."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "tb.txt"
    path.write_text("ĐẢNG BỘ TỈNH BÀ RỊA - VŨNG TÀU\nHUYỆN ỦY CHÂU ĐỨC\n*\nNgãi Giao, ngày 09 tháng 5 năm 2013\n"
                    "Số 318-TB/HU\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG vụ HUYỆN ỦY\nvề công tác quản lý đất đai\n\n"
                    "Ban Thường vụ Huyện ủy kết luận như sau: UBND số liệu./.\n\nNơi nhận: T/M BAN THƯỜNG vụ\n"
                    "- Ban Thường vụ Tỉnh ủy (b/c), PHÓ BÍ THƯ\n- Lưu Văn phòng Huyện ủy. Phạm Hữu Tài\n",
                    encoding="utf-8")
    letter = process_letter(path).letter
    assert letter.subject == "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về công tác quản lý đất đai"
    assert (letter.signing_authority, letter.signer) == ("TM. Ban Thường vụ", "Phạm Hữu Tài")
    assert "UBND số liệu" in letter.body


def test_party_and_military_numbers_as_copies_write_them():
    """"1125 - CV/HU" with spaced hyphens, a font's "Ư" for "U" ("07-NQ/TƯ"), a unit's code that is no
    doubled letter ("152-KH/TWĐTN-CTTN"), a military order ("Mệnh lệnh số 08/ML-BCH"), a PDF's lost hyphen
    before a unit with a digit ("915/UBNDKT1"), a split "c ủa", a district party board named by its code."""
    letter = parse("ĐẢNG BỘ TỈNH ĐỒNG THÁP\nHUYỆN ỦY THÁP MƯỜI\n*\nSố 214-TB/HU\nTháp Mười, ngày 05 tháng 5 năm 2020"
                   "\n\nTHÔNG BÁO\nKết luận của Ban Thường vụ\n\nThực hiện Công văn số 1125 - CV/HU ngày 02/3/2020 của"
                   " Huyện ủy;"
                   " Nghị quyết số 07-NQ/TƯ ngày 01/6/2019 c ủa Tỉnh ủy; Kế hoạch số 152-KH/TWĐTN-CTTN ngày 12/5/2020"
                   " của Ban Bí thư Trung ương Đoàn, Mệnh lệnh số 08/ML-BCH ngày 06/01/2020 của Bộ Chỉ huy Quân sự"
                   " tỉnh,"
                   " Tờ trình số 58-TTr/BTCHU ngày 02/4/2020 và Văn bản 915/UBNDKT1 ngày 10/4/2020, Ban Thường vụ kết"
                   " luận./." + CLOSING)
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [
        ("1125-CV/HU", "Huyện ủy Tháp Mười"), ("07-NQ/TU", "Tỉnh ủy Đồng Tháp"),
        ("152-KH/TWĐTN-CTTN", "Ban Bí thư Trung ương Đoàn"), ("08/ML-BCH", "Bộ Chỉ huy Quân sự tỉnh Đồng Tháp"),
        ("58-TTr/BTCHU", "Ban Tổ chức Huyện ủy Tháp Mười"), ("915/UBND-KT1", "Ủy ban nhân dân huyện Tháp Mười")]


def test_rule_lines_a_code_page_turned_into_question_marks():
    letter = parse("UỶ BAN NHÂN DÂN          CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "HUYỆN BẢO LÂM          Độc lập - Tự do - Hạnh phúc\n    ?_?                      ????????\n"
                   "Số: 127 /UBND-NN     Bảo Lâm, ngày 18 tháng 6 năm 2019\nV/v phòng dịch\n\nKính gửi: UBND các xã.\n"
                   "\nỦy ban nhân dân huyện đề nghị./." + CLOSING)
    assert (letter.number, letter.date, letter.subject) == ("127/UBND-NN", "2019-06-18", "Phòng dịch")


def test_a_party_closing_whose_copies_end_with_commas_beside_the_signature():
    """A PDF's text of a party board's guidance: its copies end with "," and each line has the signature's
    line beside it after one space ("- Ban Dân vận Tỉnh ủy (b/c), PHÓ TRƯỞNG BAN")."""
    letter = parse("HUYỆN ỦY TRẦN VĂN THỜI\nBAN DÂN VẬN\n*\nSố 31-HD/BDVHU\nTrần Văn Thời, ngày 04 tháng 3 năm 2024\n\n"
                   "HƯỚNG DẪN\nXây dựng mô hình dân vận khéo\n\nBan Dân vận hướng dẫn như sau./.\n"
                   "Nơi nhận: K/T TRƯỞNG BAN\n- Ban Dân vận Tỉnh ủy (b/c), PHÓ TRƯỞNG BAN\n"
                   "- Thường trực Huyện ủy (b/c),\n"
                   "- Lưu Ban Dân vận. Lê Thị Thu\n")
    assert letter.cc == ("Ban Dân vận Tỉnh ủy (b/c)", "Thường trực Huyện ủy (b/c)", "Lưu Ban Dân vận")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Trưởng ban", "Phó Trưởng ban", "Lê Thị Thu")


def test_central_bodies_numbers_titles_and_heads_cited_for_their_bodies():
    """"1642/TTCP-C.I" (a department's code with a dot), "V/v" with its colon left on the next line, "PHÓ TỔNG
    THANH TRA"; the body, not its head: "của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc", "của Tổng Kiểm toán nhà
    nước", "của Chánh Văn phòng Ủy ban nhân dân tỉnh"; "Bộ Kế hoạch & đầu tư"."""
    letter = parse("THANH TRA CHÍNH PHỦ\n-------\nSố: 1642/TTCP-C.I\nV/v\n: giải quyết khiếu nại.\nHà Nội, ngày 05"
                   " tháng 7 năm 2013\n\nKính gửi: Chủ tịch Ủy ban nhân dân tỉnh Thái Bình.\n\nCăn cứ Thông tư số"
                   " 02/2022/TT-UBDT ngày 30/6/2022 của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc; Quyết định số"
                   " 09/2016/QĐ-KTNN ngày 14/12/2016 của Tổng Kiểm toán nhà nước; Thông tư liên tịch số"
                   " 16/2016/TTLT-BTC-BKH&ĐT ngày 22/02/2016 của Bộ Tài chính, Bộ Kế hoạch & đầu tư. Thanh tra Chính"
                   " phủ đề nghị./.\n\n"
                   "KT. TỔNG THANH TRA\nPHÓ TỔNG THANH TRA\n\nTrần Văn Minh\n")
    assert (letter.number, letter.subject) == ("1642/TTCP-C.I", "Giải quyết khiếu nại.")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Tổng Thanh tra", "Phó Tổng Thanh tra")
    assert [c.issuer for c in find_citations(letter)] == [
        "Ủy ban Dân tộc", "Kiểm toán nhà nước", "Bộ Tài chính và Bộ Kế hoạch và Đầu tư"]
    provincial = parse("ỦY BAN NHÂN DÂN\nTỈNH KON TUM\nSố: 06/2024/QĐ-UBND\nKon Tum, ngày 02 tháng 2 năm 2024\n\n"
                       "QUYẾT ĐỊNH\nBan hành quy chế\n\nXét đề nghị của Chánh Văn phòng Ủy ban nhân dân tỉnh tại"
                       " Tờ trình số 27/TTr-VP ngày 02/01/2024." + CLOSING)
    assert [c.issuer for c in find_citations(provincial)] == ["Văn phòng Ủy ban nhân dân tỉnh Kon Tum"]


def test_an_organ_a_web_cell_cut_then_named_in_full_under_the_number():
    letter = parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 2264/QĐ-UBND | Nghệ An, ngày 14 tháng 7"
                   " năm 2020 |\nỦY BAN NHÂN DÂN TỈNH NGHỆ AN\nCăn cứ Luật Lưu trữ ngày 11/11/2011;\nQUYẾT ĐỊNH:\n"
                   "Điều 1. Phê duyệt." + CLOSING)
    assert letter.issuer == "Ủy ban nhân dân tỉnh Nghệ An"


def test_an_old_web_copys_glued_words_and_a_joint_circular_of_two_ministries_joined_by_a_dash(tmp_path):
    """"Bộtrưởng" is cut before its "tr" ("Bộ trưởng", not "Bột rưởng"); "của liên Bộ Tài nguyên và Môi trường -
    Bộ Tài chính" names both ministries."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "cv.txt"
    path.write_text("UBND TỈNH LONG AN\nSố: 1120/UBND-KT\nLong An, ngày 05 tháng 6 năm 2006\n\nKính gửi: Sở Nông"
                    " nghiệp và PTNT.\n\nThực hiện Quyết định số 38/2006/QĐ-BNN ngày 16/5/2006 của Bộtrưởng Bộ Nông"
                    " nghiệp và Phát triển nông thôn và Thông tư liên tịch số 04/2007/TTLT-BTNMT-BTC ngày 27/2/2007 của"
                    " liên Bộ Tài nguyên và Môi trường - Bộ Tài chính, Ủy bannhân dântỉnh đề nghị Sở thựchiện./.\n",
                    encoding="utf-8")
    letter = process_letter(path)
    assert [(c.number, c.issuer) for c in letter.citations] == [
        ("38/2006/QĐ-BNN", "Bộ Nông nghiệp và Phát triển nông thôn"),
        ("04/2007/TTLT-BTNMT-BTC", "Bộ Tài nguyên và Môi trường và Bộ Tài chính")]


def test_a_seals_words_read_among_the_signature_are_no_signer():
    letter = parse("ỦY BAN NHÂN DÂN\nTHỊ XÃ ĐỨC PHỔ\nSố: 12/TTr-UBND\nĐức Phổ, ngày 10 tháng 01 năm 2020\n\nTỜ TRÌNH\n"
                   "Về hỗ trợ kinh phí\n\nỦy ban nhân dân thị xã kính trình./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n"
                   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\nTHỊ XÃ\nĐỨC PH\n,* NHÂN *\nHuỳnh Văn Sỹ\n")
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", "Huỳnh Văn Sỹ")


def test_a_councils_standing_committee_and_the_heads_of_delegations_cited_for_them():
    letter = parse("HĐND TỈNH THÁI BÌNH\nTHƯỜNG TRỰC\nSố: 37/TB-HĐND\nThái Bình, ngày 10 tháng 8 năm 2020\n\n"
                   "THÔNG BÁO\nKết luận phiên họp\n\nThực hiện Quyết định số 23/QĐ-ĐĐBQH ngày 02/3/2020 của Trưởng Đoàn"
                   " ĐBQH tỉnh,"
                   " Báo cáo số 19/BC-HĐND ngày 05/8/2020 của Ban Kinh tế - Xã hội HĐND tỉnh, Thường trực kết luận./."
                   + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Thường trực Hội đồng nhân dân tỉnh Thái Bình", "Hội đồng nhân dân tỉnh Thái Bình")
    assert [c.issuer for c in find_citations(letter)] == [
        "Đoàn đại biểu Quốc hội tỉnh Thái Bình", "Ban Kinh tế - Xã hội Hội đồng nhân dân tỉnh Thái Bình"]


def test_public_service_units_and_state_companies_under_their_province():
    def issuer_of(header: str) -> tuple[str | None, str | None]:
        letter = parse(header + "\nSố: 12/KH-ĐPTTH\nPhú Yên, ngày 02 tháng 3 năm 2021\n\nKẾ HOẠCH\nTuyên truyền\n\n"
                       "Đơn vị xây dựng kế hoạch./." + CLOSING)
        return letter.issuer, letter.parent_issuer

    # A museum under its city's Sở, named after the city; an enforcement office under its Cục named short ("THADS").
    museum = parse("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH\nTHÀNH PHỐ ĐÀ NẴNG\nBẢO TÀNG ĐÀ NẴNG\nSố: 74/BTĐN-NV\nĐà Nẵng, ngày"
                   " 10 tháng 5 năm 2011\nV/v sưu tầm tư liệu\nKính gửi: UBND các quận.\nBảo tàng đề nghị./." + CLOSING)
    assert (museum.issuer, museum.parent_issuer) == (
        "Bảo tàng Đà Nẵng", "Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng")
    assert issuer_of("CỤC THADS TỈNH PHÚ YÊN\nCHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN TUY AN")[1] == (
        "Cục Thi hành án dân sự tỉnh Phú Yên")
    # A district's name a narrow cell cut before "CỐNG" (no motto's "CỘNG"); a farmers' union named short ("HND").
    assert parse("UBND HUYỆN NÔNG\nCỐNG\nỦY BAN NHÂN DÂN\nTHỊ TRẤN NÔNG CỐNG\nSố: 27/GM-UBND\nNông Cống, ngày 14"
                 " tháng 3 năm 2014\nGIẤY MỜI\nHọp triển khai\n\nỦy ban kính mời./." + CLOSING).parent_issuer == (
        "Ủy ban nhân dân huyện Nông Cống")
    assert issuer_of("HND HUYỆN TUY AN\nBCH HND XÃ AN DÂN")[0] == "Ban Chấp hành Hội Nông dân xã An Dân"
    # A body named by its level alone takes the city's name, not its kind again: "Công an thành phố Đà Nẵng".
    assert full_issuer("Công an thành phố", "Ủy ban nhân dân thành phố Đà Nẵng") == "Công an thành phố Đà Nẵng"
    # A province's station is named after the province alone, or with its kind where its own text so names it
    # (across a wrap).
    assert issuer_of("UBND TỈNH PHÚ YÊN\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH") == (
        "Đài Phát thanh và Truyền hình Phú Yên", "Ủy ban nhân dân tỉnh Phú Yên")
    assert parse("UBND TỈNH PHÚ YÊN\nĐÀI PHÁT THANH VÀ TRUYỀN HÌNH\nSố: 12/KH-ĐPTTH\nPhú Yên, ngày 02 tháng 3 năm"
                 " 2021\n\nKẾ HOẠCH\nTuyên truyền\n\nĐài Phát thanh và Truyền hình tỉnh\nPhú Yên xây dựng kế hoạch./."
                 + CLOSING).issuer == "Đài Phát thanh và Truyền hình tỉnh Phú Yên"
    # A department named by its field alone, its province the place of the date's; OCR's "BỆNH VIÊN"; "TB&XH".
    assert issuer_of("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI") == (
        "Văn phòng Đăng ký đất đai tỉnh Phú Yên", "Sở Tài nguyên và Môi trường tỉnh Phú Yên")
    assert issuer_of("SỞ Y TẾ PHÚ YÊN\nBỆNH VIÊN ĐA KHOA TỈNH")[0] == "Bệnh viện Đa khoa tỉnh Phú Yên"
    assert issuer_of("SỞ LAO ĐỘNG - TB&XH PHÚ YÊN\nTRUNG TÂM DỊCH VỤ VIỆC LÀM") == (
        "Trung tâm Dịch vụ việc làm tỉnh Phú Yên", "Sở Lao động - Thương binh và Xã hội tỉnh Phú Yên")
    assert issuer_of("UBND TỈNH PHÚ YÊN\nQUỸ ĐẦU TƯ PHÁT TRIỂN") == (
        "Quỹ Đầu tư phát triển tỉnh Phú Yên", "Ủy ban nhân dân tỉnh Phú Yên")
    assert issuer_of("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG PHÚ YÊN\nVĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI")[0] == (
        "Văn phòng Đăng ký đất đai tỉnh Phú Yên")
    company, parent = issuer_of("UBND TỈNH PHÚ YÊN\nCÔNG TY TNHH MTV THỦY LỢI ĐỒNG CAM")
    assert company.startswith("Công ty TNHH MTV") and not company.endswith("Phú Yên")  # its name is its own
    assert parent == "Ủy ban nhân dân tỉnh Phú Yên"


def test_sharing_sites_flattenings_a_number_apart_from_its_head_and_two_organs_on_one_line():
    apart = parse("UBND TỈNH KHÁNH HOÀ\nVĂN PHÒNG\nSố:\n\n214 /TB-VP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Khánh Hoà, ngày 09 tháng 8 năm 2010\n\nTHÔNG BÁO\nKết luận của Phó Chủ tịch\n\n"
                  "Ngày 04/8/2010, Phó Chủ tịch họp./." + CLOSING)
    assert (apart.number, apart.issuer) == ("214/TB-VP", "Văn phòng Ủy ban nhân dân tỉnh Khánh Hòa")
    # A city district's place and date cut after the month: "Quận 6, ngày 27 tháng 12" / "năm 2006".
    district = parse("ỦY BAN NHÂN DÂN\nQUẬN 6\n|\nSố: 19/2006/QĐ-UBND\n|\nQuận 6, ngày 27 tháng 12\nnăm 2006\n|\n"
                     "QUYẾT ĐỊNH\nVề ban hành quy chế\n\nĐiều 1. Ban hành./." + CLOSING)
    assert (district.place, district.date) == ("Quận 6", "2006-12-27")
    # The code broken from its figures by a narrow cell: "Số: 412" / "/BQLDA-GPMB"; figures alone go with no line.
    code_apart = parse("UBND TỈNH QUẢNG NAM\nBAN QLDA ĐẦU TƯ XÂY DỰNG\n|\nSố: 412\n/BQLDA-GPMB\nV/v đẩy nhanh tiến độ"
                       "\n|\nTam Kỳ, ngày 11 tháng 6 năm 2013\n\nKính gửi: UBND huyện Thăng Bình.\n\nBan đề nghị./."
                       + CLOSING)
    assert (code_apart.number, code_apart.date, code_apart.subject) == (
        "412/BQLDA-GPMB", "2013-06-11", "Đẩy nhanh tiến độ")
    together = parse("UBND HUYỆN GIA VIỄN UBND XÃ GIA SINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                     "Số: 45/BC-UBND Gia Sinh, ngày 20 tháng 6 năm 2019\nBÁO CÁO\nKết quả phòng dịch\n\n"
                     "Ủy ban nhân dân xã báo cáo./." + CLOSING)
    assert (together.issuer, together.parent_issuer) == (
        "Ủy ban nhân dân xã Gia Sinh", "Ủy ban nhân dân huyện Gia Viễn")


def test_a_legal_sites_dump_with_its_line_breaks_as_written_escapes(tmp_path):
    from build_tools.pipeline import process_letter

    path = tmp_path / "cv.txt"
    path.write_text("UBND TỈNH CÀ MAU\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 2156/STNMT-QLĐĐ\n"
                    "Cà Mau, ngày 21 tháng 8 năm 2024\n\nKính gửi: UBND các huyện.\n\n"
                    "Để triển khai Nghị định số\\r\\n101/2024/NĐ-CP ngày 29/7/2024 của Chính phủ, Sở đề nghị./.\n"
                    "Nơi nhận:\n\\r\\n - Như trên;\\r\\n - Lưu: VT. \\r\\n\n", encoding="utf-8")
    letter = process_letter(path)
    assert [c.number for c in letter.citations] == ["101/2024/NĐ-CP"]
    assert letter.letter.cc[0].startswith("Như trên") and "\\r" not in " ".join(letter.letter.cc)


def test_a_clerks_unit_and_initials_in_the_copies_are_no_signing_authority():
    """A province's letters keep their file "Lưu: VT, KT. NT" (the economics desk, the clerk's initials):
    not a "KT." authority run onto the copies line, which "- Lưu: VT. KT. CHỦ TỊCH" is."""
    closing = ("\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, KT. NT\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n")
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 12/UBND-KT\n\nHậu Giang, ngày 5 tháng 1 năm 2023\n\n"
                   "V/v phòng, chống sạt lở\n\nKính gửi: Sở Xây dựng." + BODY + closing)
    assert letter.signing_authority == "KT. Chủ tịch"
    assert list(letter.cc) == ["Như trên", "Lưu: VT, KT. NT"]
    run_on = parse("ỦY BAN NHÂN DÂN\nTỈNH HẬU GIANG\n\nSố: 12/UBND-KT\n\nHậu Giang, ngày 5 tháng 1 năm 2023\n\n"
                   "V/v phòng, chống sạt lở\n\nKính gửi: Sở Xây dựng." + BODY
                   + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT. KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn Bình\n")
    assert (run_on.signing_authority, list(run_on.cc)) == ("KT. Chủ tịch", ["Như trên", "Lưu: VT"])


def test_a_subject_after_the_number_and_dashed_recipients_after_kinh_gui_on_one_line():
    """A legal site's dump whose line breaks the reader turned into spaces ("\\r\\n" as written): the subject
    runs on after the number, the dashed recipients after "Kính gửi:"."""
    letter = parse("UBND TỈNH CÀ MAU SỞ TÀI CHÍNH ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
                   "Hạnh phúc\n Số: 215/STC-QLG V/v giá dịch vụ thu gom rác | Cà Mau, ngày 3 tháng 6 năm 2024\n\n"
                   "Kính gửi: - Ủy ban nhân dân các huyện; - Sở Xây dựng.\n\n"
                   "Thực hiện Công văn số 12/UBND-KT ngày 2/5/2024 của UBND tỉnh, Sở trả lời như sau./." + CLOSING)
    assert (letter.number, letter.type, letter.date) == ("215/STC-QLG", "Công văn", "2024-06-03")
    assert letter.subject == "Giá dịch vụ thu gom rác"
    assert list(letter.recipients) == ["Ủy ban nhân dân các huyện", "Sở Xây dựng"]


def test_grounds_dashed_as_a_list_after_a_one_line_kinh_gui_open_the_text():
    letter = parse("UBND TỈNH LÂM ĐỒNG\nSỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\nSố: 318/TTr-SNN\n\n"
                   "Lâm Đồng, ngày 27 tháng 7 năm 2022\n\nTỜ TRÌNH\nVề việc điều chỉnh kế hoạch trồng rừng\n\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh Lâm Đồng.\n\n- Căn cứ Luật Lâm nghiệp số 16/2017/QH14 ngày 15 tháng"
                   " 11 năm 2017;\n- Căn cứ Nghị định số 156/2018/NĐ-CP ngày 16 tháng 11 năm 2018 của Chính phủ.\n"
                   "Sở kính trình./." + CLOSING)
    assert list(letter.recipients) == ["Ủy ban nhân dân tỉnh Lâm Đồng"]
    assert letter.body.startswith("- Căn cứ Luật Lâm nghiệp")


def test_a_digital_signatures_stamp_between_the_date_and_the_title():
    letter = parse("ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "PHƯỜNG PHÚ LỢI                  Độc lập - Tự do - Hạnh phúc\n\n"
                   "Số: 412/GM-UBND                 Phú Lợi, ngày 24 tháng 11 năm 2025\n"
                   "                                Ký bởi: Ủy ban nhân dân phường Phú Lợi\n"
                   "                                Cơ quan: Thành phố Hồ Chí Minh\n"
                   "                                Thời gian ký: 24.11.2025 17:03:55 +07:00\n"
                   "                      GIẤY MỜI\n     Dự Hội nghị triển khai công tác bầu cử\n\n"
                   "Ủy ban nhân dân phường trân trọng kính mời các đồng chí tới dự./." + CLOSING)
    assert (letter.type, letter.subject) == ("Giấy mời", "Dự Hội nghị triển khai công tác bầu cử")
    assert letter.issuer == "Ủy ban nhân dân phường Phú Lợi"


@pytest.mark.parametrize(("organs", "closing", "issuer", "parent", "signature"), [
    ("BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "TL. TỔNG CỤC TRƯỞNG VỤ TRƯỞNG VỤ CHÍNH SÁCH Lưu Đức Thắng",
     "Tổng cục Thuế", "Bộ Tài chính", ("TL. Tổng cục trưởng", "Vụ trưởng Vụ Chính sách", "Lưu Đức Thắng")),
    ("TỔNG CỤC HẢI QUAN CỤC HẢI QUAN TP. ĐÀ NẴNG", "KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG Phan Văn Thịnh",
     "Cục Hải quan thành phố Đà Nẵng", "Tổng cục Hải quan", ("KT. Cục trưởng", "Phó Cục trưởng", "Phan Văn Thịnh")),
])
def test_a_legal_sites_rows_each_cell_run_onto_one_line(organs, closing, issuer, parent, signature):
    """A legal site's table rows, each cell's lines run together: two organs in one cell, a company's address
    after its name, the copies' items and the whole signature block on the closing's one row."""
    letter = parse(f"{organs} | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\n"
                   "Số: 1486/TCT-CS V/v lập hóa đơn điện tử | Hà Nội, ngày 25 tháng 04 năm 2022 |\n"
                   "Kính gửi: | Công ty TNHH Thủy sản Biển Xanh. (Đ/c: Lô B7, KCN Thọ Quang, TP. Đà Nẵng) |\n"
                   "Trả lời công văn số 27/CV-BX ngày 14/3/2022 của Công ty, Cục có ý kiến như sau./.\n"
                   f"Nơi nhận: - Như trên; - Vụ PC - BTC; - Lưu: VT, CS (3b). | {closing} |\n")
    assert (letter.issuer, letter.parent_issuer) == (issuer, parent)
    assert list(letter.recipients) == ["Công ty TNHH Thủy sản Biển Xanh"]
    assert list(letter.cc) == ["Như trên", "Vụ PC - BTC", "Lưu: VT, CS (3b)"]
    assert (letter.signing_authority, letter.signer_title, letter.signer) == signature


def test_a_legal_documents_number_gives_its_type_where_the_copy_lost_the_title():
    """A mirror site kept each cell's first line: the title "NGHỊ QUYẾT" is gone, "VỀ VIỆC …" stays. A number with
    its year is a legal document's, never a công văn's; "V/v" under "3120/CT-TTHT" is still a công văn."""
    letter = parse("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 27/2013/NQ-HĐND | Quảng Bình, ngày"
                   " 12 tháng 7 năm 2013 |\nVỀ VIỆC SỬA ĐỔI MỨC THU PHÍ TRÔNG GIỮ XE\n"
                   "HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG BÌNH\n"
                   "Căn cứ Luật Tổ chức Hội đồng nhân dân ngày 26 tháng 11 năm 2003;\nQUYẾT NGHỊ:\nĐiều 1. Sửa đổi.\n")
    assert letter.type == "Nghị quyết"
    office = parse("CỤC THUẾ TỈNH BẮC NINH\nSố: 3120/CT-TTHT\nV/v chính sách thuế\n\n"
                   "Bắc Ninh, ngày 2 tháng 3 năm 2021\n\n"
                   "Kính gửi: Công ty TNHH An Phát.\n\nCục Thuế trả lời như sau./." + CLOSING)
    assert office.type == "Công văn"


@pytest.mark.parametrize(("signature", "signer"), [
    ("Đã ký: Nguyễn Văn An", "Nguyễn Văn An"),  # a portal's copy marks the signature before the name
    ("H' Yim Kđoh", "H' Yim Kđoh"),  # an Ê Đê woman's name opens with "H'"
])
def test_signers_names_as_portals_and_the_highlands_write_them(signature, signer):
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH ĐẮK LẮK\n\nSố: 12/UBND-TH\n\nĐắk Lắk, ngày 05 tháng 01 năm 2024\n\n"
                   "V/v thử nghiệm\n\nKính gửi: Các sở.\n\nThực hiện nhiệm vụ./.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                   f"KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n{signature}\n")
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", signer)


def test_a_tax_office_since_2025_under_the_ministrys_cuc_thue():
    letter = parse("BỘ TÀI CHÍNH\nCỤC THUẾ\nTHUẾ TỈNH BẮC NINH\n\nSố: 12/TBN-NV\n\n"
                   "Bắc Ninh, ngày 05 tháng 01 năm 2026\n\n"
                   "V/v hoàn thuế\n\nKính gửi: Công ty TNHH An Phát.\n\nThuế tỉnh trả lời như sau./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Thuế tỉnh Bắc Ninh", "Cục Thuế")


def test_a_schools_header_with_wide_gaps_and_its_own_plan_cited_as_the_schools():
    letter = parse(" PHÒNG GD&ĐT THÀNH PHỐ HẠ LONG           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                   "TRƯỜNG THCS HÀ PHONG                        Độc lập - Tự do - Hạnh phúc\n\n"
                   "  Số:   47/KH-THCS                              Hạ Long, ngày 20 tháng 9 năm 2016\n\n"
                   "KẾ HOẠCH\n\nThực hiện công tác y tế trường học\n\nCăn cứ Công văn số 508/PGD&ĐT ngày 08/9/2016 "
                   "của Phòng GD&ĐT thành phố Hạ Long; Kế hoạch số 39/KH-THCS ngày 5/9/2016 của Nhà trường về năm học"
                   " mới./."
                   + CLOSING)
    assert (letter.number, letter.issuer) == ("47/KH-THCS", "Trường Trung học cơ sở Hà Phong")
    cited = {c.number: c.issuer for c in find_citations(letter)}
    assert cited == {"508/PGD&ĐT": "Phòng Giáo dục và Đào tạo thành phố Hạ Long",
                     "39/KH-THCS": "Trường Trung học cơ sở Hà Phong"}


def test_a_pages_closing_run_into_one_line_the_signers_name_among_the_copies():
    letter = parse("UBND TỈNH HÀ TĨNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 1486/SGDĐT-CTTT\n\n"
                   "Hà Tĩnh, ngày 28 tháng 5 năm 2019\n\nV/v tổ chức hoạt động hè\n\nKính gửi: Các trường THPT.\n\n"
                   "Các đơn vị báo cáo về Sở trước ngày 20/8/2019 để tổng hợp, báo cáo UBND tỉnh./. Nơi nhận: KT. GIÁM "
                   "ĐỐC - Như trên; PHÓ GIÁM ĐỐC - UBND tỉnh (để b/c); - Giám đốc, các PGĐ Sở; - Website Sở; Trần Đình "
                   "Huấn - Lưu: VT, CTTT.\n")
    assert list(letter.cc) == ["Như trên", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở", "Website Sở", "Lưu: VT, CTTT"]
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Giám đốc", "Phó Giám đốc", "Trần Đình Huấn")


def test_a_family_name_a_legacy_encoding_gave_in_capitals_after_the_title():
    """TCVN3 has no toned capitals: a copy's "PHÓ CHỦ TỊCHĐỗ Hữu Lâm" comes back "PHÓ CHỦ TỊCH ĐỖ Hữu Lâm"."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH LONG AN\n\nSố: 12/UBND-NN\n\nLong An, ngày 05 tháng 01 năm 2006\n\n"
                   "V/v phòng chống dịch\n\nKính gửi: Các sở.\n\nThực hiện nhiệm vụ./.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                   "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH ĐỖ Hữu Lâm\n")
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", "Đỗ Hữu Lâm")


def test_a_legal_sites_hard_breaks_and_an_attached_rules_heading_after_a_bare_closing():
    """thuvienphapluat's hard breaks inside words ("Kính" / "gửi:"); a mirror site's closing cut to "Nơi nhận: |
    TM. ỦY BAN NHÂN DÂN TỈNH |" with the attached rule's heading in capitals under it (no copy)."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH YÊN BÁI\n\nSố: 15/BC-UBND\n\nYên Bái, ngày 12 tháng 2 năm 2008\n\nBÁO CÁO\n"
                   "Tình hình thiệt hại do rét đậm\nKính\ngửi:\n- Thủ tướng Chính phủ;\n- Bộ Tài chính.\n"
                   "Thực hiện Công điện số 210/CĐ-TTg ngày 05/02/2008 của Thủ tướng Chính phủ./.\n"
                   "Nơi nhận: | TM. ỦY BAN NHÂN DÂN TỈNH |\nQUY ĐỊNH\n"
                   "VỀ QUẢN LÝ, KHAI THÁC VÀ BẢO VỆ CÔNG TRÌNH THỦY LỢI\n")
    assert list(letter.recipients) == ["Thủ tướng Chính phủ", "Bộ Tài chính"]
    assert list(letter.cc) == []


def test_a_copy_after_the_title_in_a_page_run_into_one_line_and_the_flood_command_abbreviated():
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN TỦA CHÙA\n\nSố: 326/UBND-NN\n\nTủa Chùa, ngày 21 tháng 7 năm 2010\n\n"
                   "V/v báo cáo thiệt hại\n\nKính gửi: UBND tỉnh.\n\nThực hiện Công văn số 112/PCLB-VP ngày 20/7/2010 "
                   "của Ban Chỉ huy PCLB và TKCN tỉnh về báo cáo thiệt hại, UBND huyện báo cáo./. Nơi nhận: KT. CHỦ "
                   "TỊCH - Như trên; PHÓ CHỦ TỊCH - TT. Huyện ủy, TT. HĐND huyện; - Lưu: VT, NN. Lò Văn Mừng\n")
    assert list(letter.cc) == ["Như trên", "TT. Huyện ủy, TT. HĐND huyện", "Lưu: VT, NN"]
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", "Lò Văn Mừng")
    issuer = find_citations(letter)[0].issuer
    assert issuer.casefold() == "ban chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn tỉnh điện biên"


def test_mass_organisations_and_party_blocs_under_their_province():
    women = parse("HỘI LHPN TỈNH BẾN TRE\nHỘI LHPN HUYỆN GIỒNG TRÔM\n\nSố: 27/KH-HPN\n\n"
                  "Giồng Trôm, ngày 10 tháng 3 năm 2022\n\nKẾ HOẠCH\nTuyên truyền pháp luật\n\nThực hiện./." + CLOSING)
    assert (women.issuer, women.parent_issuer) == ("Hội Liên hiệp Phụ nữ huyện Giồng Trôm",
                                                   "Hội Liên hiệp Phụ nữ tỉnh Bến Tre")
    bloc = parse("ĐẢNG BỘ TỈNH QUẢNG TRỊ\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n*\nSố 215-CV/ĐUK\n\n"
                 "Quảng Trị, ngày 10 tháng 3 năm 2017\n\nV/v học tập nghị quyết\n\nKính gửi: Các chi bộ.\n\n"
                 "Thực hiện./." + CLOSING)
    assert bloc.issuer == "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Trị"


def test_security_bodies_abbreviated_and_run_together_and_a_wrapped_recipient():
    """A border guard command abbreviated ("BĐBP"), a traffic safety board run onto its committee's cell on a legal
    site, a recipient wrapped before its ";" (the list's items end with one)."""
    guard = parse("BỘ TƯ LỆNH BỘ ĐỘI BIÊN PHÒNG\nBỘ CHỈ HUY BĐBP TỈNH QUẢNG NINH\n\nSố: 1520/BCH-TM\n\n"
                  "Quảng Ninh, ngày 05 tháng 9 năm 2024\n\nV/v ứng phó bão số 3\n\nKính gửi:\n"
                  "- Ủy ban nhân dân các huyện: Hải Hà, Đầm Hà;\n"
                  "- Ủy ban nhân dân các thành phố: Móng Cái, Hạ Long, Cẩm\n"
                  "Phả và thị xã Quảng Yên;\n- Sở Nông nghiệp và Phát triển nông thôn tỉnh.\n\nThực hiện nhiệm vụ./."
                  + CLOSING)
    assert guard.issuer == "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ninh"
    assert list(guard.recipients) == ["Ủy ban nhân dân các huyện: Hải Hà, Đầm Hà",
                                      "Ủy ban nhân dân các thành phố: Móng Cái, Hạ Long, Cẩm Phả và thị xã Quảng Yên",
                                      "Sở Nông nghiệp và Phát triển nông thôn tỉnh"]
    board = parse("ỦY BAN NHÂN DÂN TỈNH NINH BÌNH BAN AN TOÀN GIAO THÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                  "Số: 96/BATGT-VP | Ninh Bình, ngày 3 tháng 2 năm 2023 |\nV/v bảo đảm trật tự an toàn giao thông\n"
                  "Kính gửi: Các sở, ngành.\nThực hiện nhiệm vụ./." + CLOSING)
    assert (board.issuer, board.parent_issuer) == ("Ban An toàn giao thông tỉnh Ninh Bình",
                                                   "Ủy ban nhân dân tỉnh Ninh Bình")


def test_copies_whose_dashes_a_portal_spaced_far_from_their_items():
    letter = parse("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ THỌ HÒA\n\nSố: 46/KH-UBND\n\nTân Phú, ngày 10 tháng 3 năm 2020\n\n"
                   "KẾ HOẠCH\nTổng vệ sinh môi trường\n\nThực hiện nhiệm vụ./.\n\nNơi nhận:\n"
                   "-         UBND Quận Tân Phú;\n-         Phòng Y tế Quận;\n-         Lưu: VT.\n"
                   "TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nTrần Thị Kim Loan\n")
    assert list(letter.cc) == ["UBND Quận Tân Phú", "Phòng Y tế Quận", "Lưu: VT"]
    assert letter.signer == "Trần Thị Kim Loan"


def test_a_joint_circulars_bodies_on_one_line_and_a_ministry_cut_by_its_cell():
    joint = parse("VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ\nSố: 04/2011/TTLT-VPCP-BNV\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Hà Nội, ngày 15 tháng 6 năm 2011\n\nTHÔNG TƯ LIÊN TỊCH\nHƯỚNG DẪN CHỨC NĂNG CỦA VĂN PHÒNG\n\n"
                  "Căn cứ Nghị định số 178/2007/NĐ-CP ngày 03 tháng 12 năm 2007 của Chính phủ;\n" + CLOSING)
    assert joint.issuer == "Văn phòng Chính phủ và Bộ Nội vụ"
    cut = parse("BỘ THÔNG TIN VÀ |\nCỘNG HÒA XÃ HỘI\nCHỦ NGHĨA VIỆT NAM |\nSố: 512/QĐ-BTTTT |\n"
                "Hà Nội, ngày 05 tháng 04 năm 2023 |\nBAN HÀNH KẾ HOẠCH HỖ TRỢ DOANH NGHIỆP\n"
                "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG\nCăn cứ Nghị định số 48/2022/NĐ-CP ngày 26 tháng 7 năm 2022;\n"
                + CLOSING)
    assert cut.issuer == "Bộ Thông tin và Truyền thông"


def test_a_subjects_second_line_after_the_date_of_the_other_column():
    """The subject's first line, then the other column's place and date, then the subject's second line in lower
    case: as a PDF's text gives the two columns, and as a sharing site runs them into one line."""
    lines = ("UBND TỈNH BẮC KẠN\nSỞ Y TẾ\nSố: 215/SYT-NVY\nV/v tăng cường công tác phòng, chống\n"
             "Bắc Kạn, ngày 23 tháng 4 năm 2021\ndịch bệnh trong dịp nghỉ lễ 30/4 và 01/5/2021\n"
             "Kính gửi: Các đơn vị y tế trong tỉnh.\nSở Y tế đề nghị các đơn vị thực hiện./.\n")
    flat = ("  1. UBND TỈNH BẮC KẠN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM SỞ Y TẾ Độc lập - Tự do - Hạnh phúc"
            " Số: 215/SYT-NVY V/v tăng cường công tác phòng, chống Bắc Kạn, ngày 23 tháng 4 năm 2021 dịch bệnh"
            " trong dịp nghỉ lễ 30/4 và 01/5/2021 Kính gửi: - Các đơn vị y tế trong tỉnh. Sở Y tế đề nghị các"
            " đơn vị thực hiện nghiêm các biện pháp phòng dịch. Nơi nhận: - Như trên; - Lưu: VT. KT. GIÁM ĐỐC"
            " PHÓ GIÁM ĐỐC Hoàng Văn Nam")
    for text in (lines, flat):
        letter = parse(text)
        assert (letter.date, letter.subject) == (
            "2021-04-23", "Tăng cường công tác phòng, chống dịch bệnh trong dịp nghỉ lễ 30/4 và 01/5/2021")


def test_a_copy_that_kept_the_headers_first_line_only_names_the_department_by_its_number():
    """A paywalled mirror keeps each header cell's first line: "UBND TỈNH …" over a department's number; the
    number's code names the department, the committee is its parent. A committee's own number stays its."""
    text = ("UBND TỈNH HẬU GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: {number} | Vị Thanh, ngày 2 tháng 3 năm"
            " 2024 |\nKẾ HOẠCH\nTổ chức Ngày Sách năm 2024\nThực hiện chỉ đạo của cấp trên, ban hành Kế hoạch./.\n")
    letter = parse(text.format(number="118/KH-SVHTTDL"))
    assert (letter.issuer, letter.parent_issuer) == (
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Hậu Giang", "Ủy ban nhân dân tỉnh Hậu Giang")
    letter = parse(text.format(number="118/KH-UBND"))
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban nhân dân tỉnh Hậu Giang", None)


def test_a_party_number_typed_into_its_blank():
    """The number and the day typed into the template's blanks, their spaces kept: "Số  478  -CV/TU", no colon."""
    letter = parse("THÀNH ỦY HẢI PHÒNG\n*\nSố  478  -CV/TU\nV/v tổ chức học tập các Nghị quyết\n"
                   "ĐẢNG CỘNG SẢN VIỆT NAM\nHải Phòng, ngày   08    tháng 8 năm 2017\nKính gửi: Các quận ủy.\n"
                   "Thực hiện hướng dẫn./.\n")
    assert (letter.number, letter.date, letter.type) == ("478-CV/TU", "2017-08-08", "Công văn")


def test_a_news_page_whose_lead_names_the_letter_it_gives_in_full():
    """A portal's news item with no header: its lead names the letter ("Ngày …, X đã ban hành Công điện số … về
    việc …"), a công điện's sender line names its issuer; a line of running text naming "nước Việt Nam Dân chủ
    Cộng hòa" is no motto (it had opened a header there, and the citations above it were lost)."""
    letter = parse("Tin tức - Sự kiện\nCập nhật: 12/09/2019 10:05\n(BĐT) - Ngày 11/9/2019, Ban Chỉ huy Phòng, chống"
                   " thiên tai và Tìm kiếm cứu nạn (PCTT&TKCN) tỉnh đã ban hành Công điện số 09/CĐ-BCH gửi các huyện"
                   " về việc ứng phó với bão số 5.\nSau đây là nội dung công điện:\nBan Chỉ huy Phòng, chống thiên tai"
                   " và Tìm kiếm cứu nạn tỉnh Bình Định điện:\nThực hiện Công điện số 12/CĐ-TW ngày 10/9/2019 của Ban"
                   " Chỉ đạo Trung ương về phòng, chống thiên tai, yêu cầu các địa phương:\n- Tuyên truyền truyền thống"
                   " của nước Việt Nam Dân chủ Cộng hòa trong phòng chống bão lũ.\n- Sơ tán dân khỏi vùng nguy hiểm.\n")
    assert (letter.type, letter.number, letter.date, letter.subject) == (
        "Công điện", "09/CĐ-BCH", "2019-09-11", "Ứng phó với bão số 5")
    assert letter.issuer == "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Bình Định"
    assert [c.number for c in find_citations(letter)] == ["12/CĐ-TW"]


def test_an_organs_name_ending_in_viet_nam_on_a_line_of_its_own():
    """"BẢO HIỂM XÃ HỘI" / "VIỆT NAM" in the issuer's cell: the name goes on; a motto's cut "VIỆT" / "NAM" does not."""
    letter = parse("BẢO HIỂM XÃ HỘI\nVIỆT NAM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập – Tự do – Hạnh phúc\nSố: 3125/BHXH-THU\nV/v hướng dẫn thu BHYT\n"
                   "Hà Nội, ngày 04 tháng 08 năm 2010\nKính gửi: Bảo hiểm xã hội các tỉnh.\nThực hiện Luật./.\n")
    assert letter.issuer == "Bảo hiểm xã hội Việt Nam"
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT\nNAM\nSố: 1/UBND\n"
                   "An Giang, ngày 1 tháng 1 năm 2020\nV/v thử\nKính gửi: Sở Y tế.\nNội dung./.\n")
    assert letter.issuer == "Ủy ban nhân dân tỉnh An Giang"


def test_a_committee_whose_province_line_a_site_lost_named_by_the_line_under_the_title_and_the_place():
    """"ỦY BAN NHÂN DÂN | CỘNG HÒA …" (the province's line lost), "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" under the title:
    the place of the date names the province."""
    letter = parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1148/QĐ-UBND | Hưng Yên, ngày 17"
                   " tháng 5 năm 2023 |\nQUYẾT ĐỊNH\nCÔNG BỐ DANH MỤC THỦ TỤC HÀNH CHÍNH\n"
                   "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\n"
                   "QUYẾT ĐỊNH:\nĐiều 1. Công bố./.\n")
    assert letter.issuer == "Ủy ban nhân dân tỉnh Hưng Yên"


def test_a_schools_level_run_into_its_kind_under_its_district_office(tmp_path):
    """"PHÒNG GD-ĐT TUY AN" / "TRƯỜNGMN AN MỸ": the kindergarten under the district's education office; a
    number's code ending in an abbreviation is left as it is."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "kh.txt"
    path.write_text("PHÒNG GD-ĐT TUY AN             CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n  TRƯỜNGMN AN MỸ"
                    "                        Độc lập- Tự do - Hạnh phúc\n    Số: 27 /KH-MNAM      An Mỹ,  ngày  20"
                    " tháng 9 năm 2021\n                  KẾ HOẠCH\nPhòng, chống tai nạn thương tích\n"
                    "Thực hiện Công văn số 7102/BYT-ATTP ngày 22/9/2021 của Bộ Y tế./.\n",
                    encoding="utf-8")
    processed = process_letter(path)
    assert (processed.letter.issuer, processed.letter.parent_issuer) == (
        "Trường Mầm non An Mỹ", "Phòng Giáo dục và Đào tạo huyện Tuy An")
    assert [c.number for c in processed.citations] == ["7102/BYT-ATTP"]  # a code's "ATTP" is no "AT TP"


def test_a_police_investigation_agency_under_its_provincial_police_and_its_proceedings_cited():
    """"CÔNG AN TỈNH …" / "CƠ QUAN CẢNH SÁT ĐIỀU TRA": the agency is part of its police, named with it. Its
    decisions told as acts ("Ngày 02/4/2021, … ra Quyết định khởi tố vụ án hình sự số …; ngày 09/4/2021 ra …"),
    and the procuracy's approval ("… được Viện kiểm sát nhân dân tỉnh … phê chuẩn tại Quyết định số …")."""
    letter = parse("CÔNG AN TỈNH BÌNH DƯƠNG\nCƠ QUAN CẢNH SÁT ĐIỀU TRA\nSố: 412/TB-CSĐT-PC02\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA"
                   " VIỆT NAM\nBình Dương, ngày 15 tháng 4 năm 2021\nTHÔNG BÁO\nVề việc tìm người bị hại\n"
                   "Ngày 02/4/2021, Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương ra Quyết định khởi tố vụ án"
                   " hình sự số 118/QĐ-CSĐT-PC02 về tội lừa đảo; ngày 09/4/2021 ra Quyết định khởi tố bị can số"
                   " 126/QĐ-CSĐT-PC02 đối với Trần Văn A. Quyết định đã được Viện kiểm sát nhân dân tỉnh Bình Dương"
                   " phê chuẩn tại Quyết định số 98/QĐ-VKS-P2 ngày 10/4/2021.\n")
    assert (letter.issuer, letter.parent_issuer) == (
        "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương", "Công an tỉnh Bình Dương")
    assert [(c.number, c.date, c.issuer) for c in find_citations(letter)] == [
        ("118/QĐ-CSĐT-PC02", "2021-04-02", "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương"),
        ("126/QĐ-CSĐT-PC02", "2021-04-09", "Cơ quan Cảnh sát điều tra Công an tỉnh Bình Dương"),
        ("98/QĐ-VKS-P2", "2021-04-10", "Viện kiểm sát nhân dân tỉnh Bình Dương")]


def test_a_newspaper_reprint_of_a_chairmans_telegram_named_by_its_lead():
    """The paper's name heads the page; the lead "Ngày 22.2.2019, Chủ tịch UBND tỉnh có Công điện số …" and the
    sender line "Chủ tịch UBND tỉnh Hưng Yên điện:" name the letter and its issuer."""
    letter = parse("BÁO HƯNG YÊN ĐIỆN TỬ\nTrang chủ | Thời sự\nThứ Sáu, 22/02/2019 - 17:12\n(BHY) - Ngày 22.2.2019,"
                   " Chủ tịch UBND tỉnh có Công điện số 02/CĐ-UBND gửi các huyện về việc khẩn cấp ngăn chặn bệnh"
                   " dịch tả lợn châu Phi.\nSau đây là nội dung công điện:\nChủ tịch UBND tỉnh Hưng Yên điện:\n"
                   "- Chủ tịch UBND các huyện, thành phố.\nYêu cầu triển khai ngay các biện pháp.\n")
    assert (letter.type, letter.number, letter.date, letter.issuer) == (
        "Công điện", "02/CĐ-UBND", "2019-02-22", "Ủy ban nhân dân tỉnh Hưng Yên")


def test_a_signers_post_held_beside_the_title_under_it_is_not_the_title():
    """"KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / GIÁM ĐỐC SỞ CÔNG THƯƠNG": the board's deputy signs; the
    department he heads is a post held beside it."""
    letter = parse("UBND TỈNH LONG AN\nBAN CHỈ ĐẠO 389\nSố: 46/BCĐ389\nLong An, ngày 5 tháng 1 năm 2018\n"
                   "V/v tăng cường chống buôn lậu\nKính gửi: Các sở, ngành tỉnh.\nBan Chỉ đạo đề nghị./.\n"
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. TRƯỞNG BAN\nPHÓ TRƯỞNG BAN THƯỜNG TRỰC\n"
                   "GIÁM ĐỐC SỞ CÔNG THƯƠNG\nTrần Quốc Thái\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Trưởng ban", "Phó Trưởng ban Thường trực", "Trần Quốc Thái")


def test_a_department_whose_code_holds_lt_is_no_joint_letter():
    """"BỘ NỘI VỤ" / "CỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC", "Số: 318/VTLTNN-NVĐP": the Cục under its ministry (its
    code's "LT" is no liên tịch)."""
    letter = parse("BỘ NỘI VỤ\nCỤC VĂN THƯ VÀ LƯU TRỮ NHÀ NƯỚC\nSố: 318/VTLTNN-NVĐP\nV/v quản lý hồ sơ\n"
                   "Hà Nội, ngày 20 tháng 6 năm 2025\nKính gửi: Sở Nội vụ các tỉnh.\nCục đề nghị./.\n")
    assert (letter.issuer, letter.parent_issuer) == ("Cục Văn thư và Lưu trữ nhà nước", "Bộ Nội vụ")


def test_a_site_copy_cut_to_its_cells_first_lines_keeps_type_and_signer_in_its_property_table():
    """A legal-document site's copy whose header and closing cells kept their first line only: the type and the
    signer stand in the site's property table above it, read where its "Số hiệu" is the letter's number."""
    table = ("Cơ quan ban hành: | Bảo hiểm xã hội Việt Nam | Số công báo: | Đang cập nhật |\n"
             "Số hiệu: | 1520/BHXH-TCKT | Ngày đăng công báo: | Đang cập nhật |\n"
             "Loại văn bản: | Công văn | Người ký: | Lê Minh Quang |\n")
    letter_text = ("BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                   "Số: 1520/BHXH-TCKT | Hà Nội, ngày 3 tháng 5 năm 2021 |\n"
                   "Kính gửi: | - Bảo hiểm xã hội các tỉnh; |\nĐề nghị thực hiện./.\nNơi nhận: | KT. TỔNG GIÁM ĐỐC |\n")
    letter = parse(table + letter_text)
    assert (letter.type, letter.signer) == ("Công văn", "Lê Minh Quang")
    other = parse(table.replace("1520/BHXH-TCKT", "1519/BHXH-TCKT") + letter_text)  # the table of another letter
    assert (other.type, other.signer) == (None, None)


def test_the_first_copy_run_onto_the_copies_head_loses_its_dash():
    """"Nơi nhận:- Như trên;" (a PDF set the first item on the head's line)."""
    letter = parse("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM\nSố: 88/NHNN-TD\nHà Nội, ngày 2 tháng 3 năm 2017\n"
                   "Kính gửi: Các tổ chức tín dụng.\nĐề nghị thực hiện./.\nNơi nhận:- Như trên;\n- Lưu: VT, TD.\n"
                   "KT. THỐNG ĐỐC\nPHÓ THỐNG ĐỐC\nNguyễn Văn An\n")
    assert letter.cc == ("Như trên", "Lưu: VT, TD")


def test_a_military_closing_keeps_its_clerks_copies_and_reads_the_name_after_its_rank():
    """"- Lưu: VT, TM. Th15." is the staff office, the clerk and the copies, no "thay mặt"; a flattened copy
    sets "Thiếu tá Lê Văn Tấn" after a copy's semicolon: the name with its rank is the signature's."""
    head = ("BỘ CHQS TỈNH ĐẮK LẮK\nBAN CHQS HUYỆN KRÔNG PẮC\nSố: 91/BCH-TM\nKrông Pắc, ngày 6 tháng 4 năm 2020\n"
            "V/v huấn luyện dân quân\nKính gửi: Các xã.\nĐề nghị thực hiện./.\n")
    upright = parse(head + "Nơi nhận:\n- Như trên;\n- Lưu: VT, TM. Th15.\nKT. CHỈ HUY TRƯỞNG\n"
                    "PHÓ CHỈ HUY TRƯỞNG\nThiếu tá Lê Văn Tấn\n")
    flattened = parse(head + "Nơi nhận: KT. CHỈ HUY TRƯỞNG\n- Như trên; PHÓ CHỈ HUY TRƯỞNG\n"
                      "- Chỉ huy Ban; Thiếu tá Lê Văn Tấn\n- Lưu: VT, TM. Th15.\n")
    assert (upright.cc, upright.signer) == (("Như trên", "Lưu: VT, TM. Th15"), "Lê Văn Tấn")
    assert (flattened.cc, flattened.signer) == (("Như trên", "Chỉ huy Ban", "Lưu: VT, TM. Th15"), "Lê Văn Tấn")
    # the name with its rank run onto the clerk's copies, after their dot
    run_on = parse(head + "Nơi nhận: KT. CHỈ HUY TRƯỞNG\n- Như trên; PHÓ CHỈ HUY TRƯỞNG\n"
                   "- Lưu: VT, TM. Th20b. Thiếu tá Lê Văn Tấn\n")
    assert (run_on.cc, run_on.signer) == (("Như trên", "Lưu: VT, TM. Th20b"), "Lê Văn Tấn")


def test_a_party_resolutions_title_block_goes_on_with_its_about_line_in_running_case():
    """"NGHỊ QUYẾT" / "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 28 (KHÓA XXV)" / "về phương hướng, …": the
    subject is the two lines under the type, not the one in capitals alone."""
    letter = parse("ĐẢNG BỘ HUYỆN NGHI LỘC\nĐẢNG ỦY XÃ NGHI XÁ\n*\nSố 12-NQ/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Nghi Xá, ngày 10 tháng 01 năm 2020\nNGHỊ QUYẾT\nHỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 28"
                   " (KHÓA XXV)\nvề phương hướng, nhiệm vụ năm 2020\nNgày 08/01/2020, Ban Chấp hành họp.\n")
    assert letter.subject == ("HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 28 (KHÓA XXV) về phương hướng, nhiệm vụ"
                              " năm 2020")


def test_a_site_copy_that_lost_its_number_line_keeps_the_number_in_the_sites_title():
    """"Công văn 1187/UBDT-CSDT năm 2023 hướng dẫn …" heads a legal site's copy whose header lost "Số: …"; the
    central body named in capitals is written as its name is ("Ủy ban Dân tộc")."""
    text = ("Công văn 1187/UBDT-CSDT năm 2023 hướng dẫn hỗ trợ nhà ở\n\nỦY BAN DÂN TỘC\n-----\n"
            "V/v: hướng dẫn hỗ trợ nhà ở\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
            "Hà Nội, ngày 17 tháng 07 năm 2023\nKính gửi: Ủy ban nhân dân tỉnh Kon Tum\nỦy ban Dân tộc trả lời./.\n")
    letter = parse(text)
    assert (letter.number, letter.issuer) == ("1187/UBDT-CSDT", "Ủy ban Dân tộc")
    assert parse(text.replace("Công văn 1187", "Quyết định 1187")).number is None  # the title of another type


def test_a_pdf_that_lost_a_fields_hyphen_and_a_numbers_keeps_the_office_and_its_code():
    """"PHÒNG TÀI CHÍNH  KẾ HOẠCH" (two spaces where the hyphen stood) is the Phòng Tài chính - Kế hoạch, and
    its number "312/TCKHNS" the office's code and its unit's, in a copy that lost its hyphens."""
    letter = parse("UBND HUYỆN DI LINH               CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "PHÒNG TÀI CHÍNH  KẾ HOẠCH                Độc lập  Tự do  Hạnh phúc\n"
                   "Số: 312/TCKHNS                    Di Linh, ngày 14 tháng 7 năm 2016\n"
                   "V/v hướng dẫn dự toán ngân sách xã\nKính gửi: Ủy ban nhân dân các xã.\n"
                   "Căn cứ Thông tư số 91/2016/TTBTC ngày 24/6/2016 của Bộ Tài chính;\nĐề nghị thực hiện./.\n")
    assert (letter.issuer, letter.number) == ("Phòng Tài chính - Kế hoạch huyện Di Linh", "312/TCKH-NS")
    # A council's committee whose field lost its hyphen: "BAN VĂN HÓA XÃ HỘI" names no commune "Hội".
    council = parse("HĐND TỈNH CÀ MAU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN VĂN HÓA XÃ HỘI Độc lập Tự do Hạnh phúc\n"
                    "Số: 38/BCBVHXH Cà Mau, ngày 17 tháng 4 năm 2025\nBÁO CÁO\nThẩm tra tờ trình\nKính gửi: Hội đồng"
                    " nhân dân tỉnh.\nBan báo cáo./.\n")
    assert council.issuer == "Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Cà Mau"


def test_a_flattened_notice_cuts_its_subject_at_the_texts_date_and_its_copies_at_the_office_head():
    """A sharing site's one-line page: "THÔNG BÁO Kết luận … xã Phước An Ngày 22 tháng 5 năm 2009, tại …" opens
    the text; "Nơi nhận: TL. CHỦ TỊCH - CT, các PCT UBND huyện; CHÁNH VĂN PHÒNG - Phòng TN&MT; - Lưu: VT."."""
    body = " Đề nghị thực hiện nghiêm túc các nội dung kết luận trên theo đúng quy định hiện hành." * 3
    letter = parse("1. ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM HUYỆN NHƠN TRẠCH Độc lập - Tự do - Hạnh"
                   " phúc Số: 187/TB-UBND Nhơn Trạch, ngày 27 tháng 5 năm 2009 THÔNG BÁO Kết luận của Phó Chủ tịch"
                   " UBND huyện tại cuộc họp về dự án đường 25B Ngày 22 tháng 5 năm 2009, tại trụ sở Ủy ban nhân"
                   " dân huyện, Phó Chủ tịch chủ trì cuộc họp." + body + " Nơi nhận: TL. CHỦ TỊCH - CT, các PCT UBND"
                   " huyện; CHÁNH VĂN PHÒNG - Phòng TN&MT, Phòng TC-KH; - Lưu: VT, TH. Lê Minh Tâm\n")
    assert letter.subject == "Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp về dự án đường 25B"
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TL. Chủ tịch", "Chánh Văn phòng", "Lê Minh Tâm")
    assert letter.cc == ("CT, các PCT UBND huyện", "Phòng TN&MT, Phòng TC-KH", "Lưu: VT, TH")


def test_a_hospital_naming_its_province_a_procuracy_under_an_abbreviated_parent_and_a_standing_committee():
    """"SỞ Y TẾ HÀ TĨNH" / "BỆNH VIỆN PHỔI HÀ TĨNH": the hospital names its place already; "VKSND TỈNH THANH HÓA"
    above "VIỆN KIỂM SÁT NHÂN DÂN" / "HUYỆN HOẰNG HÓA" is the parent, not a portal's line; "THƯỜNG TRỰC HỘI ĐỒNG NHÂN
    DÂN TỈNH HÒA BÌNH" under a subject in capitals decides, it is no part of the subject."""
    hospital = parse("SỞ Y TẾ HÀ TĨNH\nBỆNH VIỆN PHỔI HÀ TĨNH\nSố: 45/KH-BVP\nHà Tĩnh, ngày 2 tháng 3 năm 2023\n"
                     "KẾ HOẠCH\nTổ chức Ngày Thế giới phòng, chống lao\nThực hiện kế hoạch của Sở./.\n")
    assert (hospital.issuer, hospital.parent_issuer) == ("Bệnh viện Phổi Hà Tĩnh", "Sở Y tế tỉnh Hà Tĩnh")
    procuracy = parse("Cổng thông tin điện tử\n\nVKSND TỈNH THANH HÓA\n\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                      "VIỆN KIỂM SÁT NHÂN DÂN\n\nĐộc lập - Tự do - Hạnh phúc\n\nHUYỆN HOẰNG HÓA\n\nSố: 07 /KH-VKS\n"
                      "Hoằng Hóa, ngày 10 tháng 01 năm 2018\nKẾ HOẠCH\nKiểm sát việc tạm giữ\nCăn cứ quy chế./.\n")
    assert (procuracy.issuer, procuracy.parent_issuer) == (
        "Viện kiểm sát nhân dân huyện Hoằng Hóa", "Viện kiểm sát nhân dân tỉnh Thanh Hóa")
    council = parse("HĐND TỈNH HÒA BÌNH\nTHƯỜNG TRỰC\nSố: 12/QĐ-TTHĐND\nHòa Bình, ngày 5 tháng 6 năm 2017\n"
                    "QUYẾT ĐỊNH\nTHÀNH LẬP ĐOÀN GIÁM SÁT QUỸ ĐẤT CÔNG ÍCH\n"
                    "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH\n"
                    "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT ĐỊNH:\n")
    assert council.subject == "THÀNH LẬP ĐOÀN GIÁM SÁT QUỸ ĐẤT CÔNG ÍCH"


def test_a_web_copys_hard_break_after_can_opens_the_grounds():
    """A legal site's copy breaks "Căn" / "cứ Luật …" as it breaks "Kính" / "gửi:": the grounds open the text, the
    subject in capitals ends above the decision-maker's line."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NAM\n|\nSố: 1502/QĐ-UBND\n|\nQuảng Nam, ngày 8 tháng 8 năm 2023\n|\n"
                   "QUYẾT ĐỊNH\nVỀ VIỆC TRIỂN KHAI CHƯƠNG TRÌNH OCOP\nỦY BAN NHÂN DÂN TỈNH QUẢNG NAM\nCăn\n"
                   "cứ Luật Tổ chức chính quyền địa phương ngày 19/6/2015;\nQUYẾT ĐỊNH:\n")
    assert letter.subject == "TRIỂN KHAI CHƯƠNG TRÌNH OCOP"


@pytest.mark.parametrize(("written", "named"), [
    ("BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM TỈNH NGHỆ AN",
     "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nghệ An"),
    ("Ban Chấp hành đảng bộ tỉnh Bắc Giang", "Ban Chấp hành Đảng bộ tỉnh Bắc Giang"),
    ("ỦY BAN NHÂN DÂN QUẬN 3", "Ủy ban nhân dân Quận 3"),
    ("TRƯỜNG CAO ĐẲNG Y TẾ ĐỒNG NAI", "Trường Cao đẳng Y tế Đồng Nai"),
    ("HỘI CHỮ THẬP ĐỎ THÀNH PHỐ HỒ CHÍ MINH", "Hội Chữ thập đỏ Thành phố Hồ Chí Minh"),
    ("BAN CHỈ ĐẠO QUỐC GIA PHÒNG, CHỐNG DỊCH COVID-19", "Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"),
    ("VIỆN KIỂM SÁT NHÂN DÂN HUYỆN HOẰNG HÓA", "Viện kiểm sát nhân dân huyện Hoằng Hóa"),
])
def test_an_organ_in_capitals_is_cased_as_its_name_is_written(written, named):
    """The measure compares names without case; the pages, lists and filters show them as named here."""
    assert organ_name(written) == named


def test_an_ocr_title_split_inside_its_word_and_a_party_signer_after_a_copys_comma():
    """OCR's "B ÁO CÁO" is the title "BÁO CÁO", the subject the lines under it; a party's copies end with ",", and
    the flattened signature's name follows one: "- Các tổ chức cơ sở đảng, Hoàng Văn Lục"."""
    letter = parse("ĐẢNG BỘ TỈNH NGHỆ AN\nĐẢNG CỘNG SẢN VIỆT NAM\nHUYỆN ỦY DIỄN CHÂU\n*\nSố 214-BC/HU\n"
                   "Diễn Châu, ngày 15 tháng 10 năm 2014\nB ÁO CÁO\nsơ kết 5 năm phát triển kinh tế biển\n"
                   "Thực hiện Kế hoạch số 46-KH/TU ngày 20/3/2014 của Ban Thường vụ Tỉnh ủy, Huyện ủy báo cáo./.\n"
                   "Nơi nhận: T/M BAN THƯỜNG VỤ\n- Ban Thường vụ Tỉnh ủy (b/c), PHÓ BÍ THƯ\n"
                   "- Các tổ chức cơ sở đảng, Hoàng Văn Lục\n- Lưu Văn phòng Huyện ủy.\n")
    assert (letter.type, letter.subject, letter.signer) == (
        "Báo cáo", "Sơ kết 5 năm phát triển kinh tế biển", "Hoàng Văn Lục")
    assert letter.cc == ("Ban Thường vụ Tỉnh ủy (b/c)", "Các tổ chức cơ sở đảng", "Lưu Văn phòng Huyện ủy")


def test_a_flattened_committees_authority_before_its_first_copy():
    """"Nơi nhận: TM. ỦY BAN NHÂN DÂN - Như trên; KT. CHỦ TỊCH - Bộ Tài chính; …" on a sharing site's one line."""
    body = " Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện chương trình xây dựng nông thôn mới năm 2013." * 3
    letter = parse("ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Số: 318"
                   " /BC-UBND Hà Tĩnh, ngày 20 tháng 11 năm 2013 BÁO CÁO Kết quả xây dựng nông thôn mới" + body +
                   " Nơi nhận: TM. ỦY BAN NHÂN DÂN - Như trên; KT. CHỦ TỊCH - Bộ Tài chính; PHÓ CHỦ TỊCH - Lưu: VT, NL."
                   " Lê Đình Sơn\n")
    assert letter.signing_authority == "TM. Ủy ban nhân dân, KT. Chủ tịch"
    assert letter.cc == ("Như trên", "Bộ Tài chính", "Lưu: VT, NL")


def test_a_joint_plans_two_bodies_run_into_one_cell():
    """A legal site's cell "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG" over a joint
    number: the department named whole by its field, then the association, each placed in the province."""
    letter = parse("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI HỘI LIÊN HIỆP PHỤ NỮ TỈNH HẬU GIANG ------- Số: 02/KHLT-SLĐTBXH"
                   "-HLHPN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |\nKẾ HOẠCH\n"
                   "Phối hợp hỗ trợ phụ nữ học nghề năm 2011\nCăn cứ Quyết định số 295/QĐ-TTg ngày 26/02/2010 của Thủ"
                   " tướng Chính phủ;\n")
    assert letter.issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Hậu Giang và Hội Liên hiệp Phụ nữ tỉnh Hậu Giang"


def test_a_signatures_lines_run_onto_one():
    """A portal's post runs the signature cell onto one line: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH"; another
    glues the deputy's title to the authority: "KT. CHỦ TỊCHPHÓ CHỦ TỊCH"."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN CẦN GIUỘC\nSố: 45/KH-UBND\nCần Giuộc, ngày 4 tháng 3 năm 2013\nKẾ HOẠCH\n"
                   "Xây dựng nông thôn mới năm 2013\nCăn cứ Nghị quyết của Huyện ủy./.\nNơi nhận:\n- UBND các xã;\n"
                   "- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH\n(Đã ký)\nNguyễn Văn Tâm\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ủy ban nhân dân, KT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Văn Tâm")
    glued = parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH\nSố: 4512/UBND-KT\nBình Định, ngày 15 tháng 8 năm 2023\nV/v tài sản"
                  " công\nKính gửi: Sở Tài chính.\nĐề nghị thực hiện./.\nNơi nhận:- Như trên;- Lưu: VT, K1.\nKT. CHỦ"
                  " TỊCHPHÓ CHỦ TỊCH\nNguyễn Hữu Tâm\n")
    assert (glued.signing_authority, glued.signer_title, glued.signer) == (
        "KT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Hữu Tâm")


def test_a_forums_paste_on_one_line_with_its_cells_and_title_glued():
    """A forum post runs the letter onto one line and glues its cells: "LĐLĐ TỈNH … ĐỊNHLĐLĐ HUYỆN …", "QUYẾT
    ĐỊNHVề việc …", the rule line and the decision-maker after the subject."""
    rest = " - Căn cứ Điều lệ Công đoàn Việt Nam; - Xét đề nghị của Ban Tổ chức, QUYẾT ĐỊNH Điều 1. Thành lập." * 3
    letter = parse("LĐLĐ TỈNH QUẢNG NGÃILĐLĐ HUYỆN SƠN TỊNH***Số: 21/QĐ-LĐLĐCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc"
                   " lập - Tự do - Hạnh phúc Sơn Tịnh, ngày 05 tháng 3 năm 2015 QUYẾT ĐỊNHVề việc thành lập Công đoàn"
                   " cơ sở Trường Mầm non Tịnh Hà--------- BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG HUYỆN SƠN TỊNH" + rest +
                   "\n")
    assert (letter.issuer, letter.parent_issuer, letter.subject) == (
        "Liên đoàn Lao động huyện Sơn Tịnh", "Liên đoàn Lao động tỉnh Quảng Ngãi",
        "Thành lập Công đoàn cơ sở Trường Mầm non Tịnh Hà")


def test_a_subject_goes_on_past_a_blank_line_to_the_name_it_quotes():
    letter = parse("HỘI NÔNG DÂN TỈNH YÊN BÁI\nSố 210-CV/HNDT\nYên Bái, ngày 02 tháng 8 năm 2021\nV/v hướng dẫn"
                   " bình chọn danh hiệu\n\n“Nông dân Việt Nam xuất sắc”\n\nKính gửi: Ban Thường vụ Hội Nông dân các"
                   " huyện\n\nThực hiện Hướng dẫn của Trung ương Hội./.\n")
    assert letter.subject == "Hướng dẫn bình chọn danh hiệu “Nông dân Việt Nam xuất sắc”"
    assert letter.recipients == ("Ban Thường vụ Hội Nông dân các huyện",)


def test_a_number_headed_in_capitals_in_a_one_line_paste():
    rest = " Căn cứ Điều lệ Công đoàn Việt Nam; Xét đề nghị của Ban Tổ chức, QUYẾT ĐỊNH: Điều 1. Khen thưởng." * 3
    letter = parse("LIÊN ĐOÀN LAO ĐỘNG TỈNH AN GIANG***SỐ: 47/QĐ-LĐLĐCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự"
                   " do - Hạnh phúc Long Xuyên, ngày 02 tháng 6 năm 2015 QUYẾT ĐỊNH Về việc khen thưởng" + rest + "\n")
    assert (letter.number, letter.issuer) == ("47/QĐ-LĐLĐ", "Liên đoàn Lao động tỉnh An Giang")


def test_a_forums_paste_of_a_party_notice_with_its_header_glued_and_copies_ending_with_commas():
    """"TỈNH ỦY … YÊNỦY BAN KIỂM TRA*Số 58-TB/UBKTTUĐẢNG CỘNG SẢN VIỆT NAM …", "THÔNG BÁOKết quả …", and the
    party's copies on the same line, each ending with a comma."""
    body = " Ngày 10/5/2019, Ủy ban Kiểm tra Tỉnh ủy họp xem xét, kết luận một số nội dung theo thẩm quyền." * 3
    letter = parse("TỈNH ỦY QUẢNG BÌNHỦY BAN KIỂM TRA*Số 31-TB/UBKTTUĐẢNG CỘNG SẢN VIỆT NAM Quảng Bình, ngày 14 tháng"
                   " 5 năm 2019 THÔNG BÁOKết quả kỳ họp thứ 20 của Ủy ban Kiểm tra Tỉnh ủy---------" + body +
                   " Nơi nhận: - UBKT Trung ương (b/c), - Thường trực Tỉnh ủy (b/c), - Lưu VT. T/M ỦY BAN KIỂM TRA"
                   " PHÓ CHỦ NHIỆM (Đã ký) Lê Văn Hòa\n")
    assert (letter.number, letter.date, letter.type) == ("31-TB/UBKTTU", "2019-05-14", "Thông báo")
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban Kiểm tra Tỉnh ủy Quảng Bình", "Tỉnh ủy Quảng Bình")
    assert letter.subject == "Kết quả kỳ họp thứ 20 của Ủy ban Kiểm tra Tỉnh ủy"
    assert letter.cc == ("UBKT Trung ương (b/c)", "Thường trực Tỉnh ủy (b/c)", "Lưu VT")


def test_a_legal_sites_export_that_wrote_a_numbers_hyphen_after_its_type_as_a_space():
    letter = parse("ỦY BAN NHÂN DÂN TỈNH ĐỒNG THÁP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập Tự do Hạnh phúc\n"
                   "Số: 08/CT UBND\nĐồng Tháp, ngày 11 tháng 4 năm 2016\nCHỈ THỊ\nVỀ VIỆC PHÒNG, CHỐNG HẠN MẶN\n"
                   "Thực hiện Quyết định số 07/2012/QĐ TTg ngày 08/02/2012 của Thủ tướng Chính phủ và Quyết định số"
                   " 415/QĐ UBND ngày 02/3/2016 của UBND tỉnh, Chủ tịch UBND tỉnh yêu cầu:\n")
    assert letter.number == "08/CT-UBND"
    assert [c.number for c in find_citations(letter)] == ["07/2012/QĐ-TTg", "415/QĐ-UBND"]


def test_a_portals_print_page_that_lost_the_header_table():
    """The place and date, the subject set as the post's heading, then the text: an untitled letter (công văn)
    whose department, named by its field as it speaks, is of the province the place names."""
    letter = parse("Đà Nẵng, ngày 03 tháng 9 năm 2019\n\nTăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu\n\n"
                   "Thực hiện Công văn số 1204/ATTP-KN ngày 20/8/2019 của Cục An toàn thực phẩm, Sở Y tế trân trọng đề"
                   " nghị các đơn vị thực hiện các nội dung sau:\n\n- Các trung tâm y tế quận, huyện kiểm tra.\n")
    assert (letter.type, letter.issuer, letter.subject) == (
        "Công văn", "Sở Y tế thành phố Đà Nẵng", "Tăng cường kiểm tra an toàn thực phẩm dịp Tết Trung thu")


def test_two_syllables_split_after_their_opening_consonants_show_the_damage(tmp_path):
    """A sharing site's preview split "c ủa" and "gi ải" once each: an opening consonant alone is no word, so two
    show the damage and are mended; one alone is left as written (a list's label may stand before a word)."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "preview.txt"
    path.write_text("ỦY BAN NHÂN DÂN HUYỆN LONG THÀNH\nSố: 214/TB-UBND\nLong Thành, ngày 02 tháng 6 năm 2010\n"
                    "THÔNG BÁO\nKết luận c ủa Phó Chủ tịch UBND huyện tại cuộc họp gi ải quyết kiến nghị\n"
                    "Ngày 28/5/2010, Phó Chủ tịch chủ trì cuộc họp./.\n", encoding="utf-8")
    letter = process_letter(path)
    assert letter.letter.subject == "Kết luận của Phó Chủ tịch UBND huyện tại cuộc họp giải quyết kiến nghị"
    path.write_text(path.read_text(encoding="utf-8").replace("gi ải", "giải"), encoding="utf-8")
    assert "c ủa" in process_letter(path).letter.subject
    # An abbreviation's letter after its slash is no syllable's opening: "T/M ỦY BAN", "Đ/c Ủy viên".
    path.write_text(path.read_text(encoding="utf-8").replace("c ủa", "c ủa Đ/c Ủy viên") + "Nơi nhận:\n- Lưu VT.\n"
                    "T/M ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nLê Văn An\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert "Đ/c Ủy viên" in letter.subject and letter.signing_authority == "TM. Ủy ban nhân dân"


def test_a_telegrams_addressees_after_its_sender_on_a_news_page():
    """A newspaper gives a công điện under its lead: the addressees listed after "… tỉnh Lai Châu điện:"."""
    letter = parse("BÁO LAI CHÂU ĐIỆN TỬ\nCập nhật: 02/08/2019\n(BLC) - Ngày 02/8/2019, Ban Chỉ huy Phòng, chống thiên"
                   " tai và Tìm kiếm cứu nạn tỉnh đã ban hành Công điện số 04/CĐ-BCH về việc ứng phó mưa lũ.\n"
                   "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Lai Châu điện:\n"
                   "- Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các huyện, thành phố;\n"
                   "- Công ty Thủy điện Lai Châu.\nTheo bản tin dự báo, mưa lớn còn kéo dài.\n")
    assert letter.recipients == ("Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn các huyện, thành phố",
                                 "Công ty Thủy điện Lai Châu")
    # Its head for it, in running case; the organ in capitals.
    for sender in ("Chủ tịch UBND tỉnh Lai Châu điện:", "BAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI TỈNH điện:"):
        text = ("Công điện về việc ứng phó mưa lũ\n(BLC) - Ngày 02/8/2019, Chủ tịch UBND tỉnh có Công điện số"
                f" 04/CĐ-UBND gửi các huyện.\n{sender}\n- Chủ tịch UBND các huyện, thành phố;\n"
                "- Giám đốc Công an tỉnh.\n"
                "Thực hiện Chỉ thị số 04/CT-TTg ngày 20/2/2019 của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu cầu:\n")
        assert parse(text).recipients == ("Chủ tịch UBND các huyện, thành phố", "Giám đốc Công an tỉnh")


def test_a_one_line_previews_subject_closing_with_no_stop_before_the_text():
    body = " Thực hiện Kế hoạch số 38/KH-UBND ngày 11/3/2019 của UBND huyện, UBND xã báo cáo kết quả như sau." * 3
    letter = parse("UBND HUYỆN YÊN MÔ ỦY BAN NHÂN DÂN XÃ YÊN THÀNH Số: 52/BC-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                   " Độc lập - Tự do - Hạnh phúc Yên Thành, ngày 20 tháng 6 năm 2019 BÁO CÁO Kết quả phòng, chống bệnh"
                   " Dịch tả lợn Châu Phi trên địa bàn xã Yên Thành" + body + "\n")
    assert letter.subject == "Kết quả phòng, chống bệnh Dịch tả lợn Châu Phi trên địa bàn xã Yên Thành"


def test_a_footnotes_line_a_blank_line_parted_from_it_goes_on_with_it():
    """A browser's print sets a blank line inside a footnote after the signature: "… của Ban Thường vụ Trung" /
    "" / "ương Hội Cựu chiến binh Việt Nam …" is one note, whose citation keeps its whole issuer."""
    letter = parse("HỘI CỰU CHIẾN BINH TỈNH BÌNH THUẬN\nSố: 41/HD-CCB\nPhan Thiết, ngày 02 tháng 6 năm 2016\n"
                   "HƯỚNG DẪN\nĐại hội Hội Cựu chiến binh cơ sở\nThực hiện Hướng dẫn của Trung ương Hội¹./.\n"
                   "Nơi nhận:\n- Lưu VP.\nTM. BAN THƯỜNG VỤ\nCHỦ TỊCH\nLê Văn Hùng\n\n¹ Hướng dẫn số 86/HD-CCB ngày"
                   " 12/4/2016 của Ban Thường vụ Trung\n\nương Hội Cựu chiến binh Việt Nam về đại hội các cấp.\n")
    assert letter.footnotes == (Footnote("1", "Hướng dẫn số 86/HD-CCB ngày 12/4/2016 của Ban Thường vụ Trung ương Hội"
                                              " Cựu chiến binh Việt Nam về đại hội các cấp."),)


def test_a_general_department_under_a_ministry_whose_field_holds_xa():
    """"BỘ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI" / "TỔNG CỤC DẠY NGHỀ": the ministry's "Xã hội" is no commune."""
    letter = parse("BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI\nTỔNG CỤC DẠY NGHỀ\nSố: 1532/TCDN-KHTC\nV/v đào tạo nghề\n"
                   "Hà Nội, ngày 09 tháng 7 năm 2012\nKính gửi: Các Sở Lao động - Thương binh và Xã hội\n")
    assert (letter.issuer, letter.parent_issuer) == ("Tổng cục Dạy nghề", "Bộ Lao động - Thương binh và Xã hội")


def test_an_ocr_one_line_scans_motto_short_of_a_word_a_date_with_an_oh_and_a_small_kinh_gui(tmp_path):
    """A sharing site's OCR of a scan on one line: "Độc lập - Tự - Hạnh phúc" (its "do" lost), "ngày 1O tháng 9"
    (an "O" for the zero), "kính gửi:" in small letters."""
    from build_tools.pipeline import process_letter

    body = " Căn cứ Quy chế đào tạo, Trường thông báo kế hoạch xét công nhận tốt nghiệp như sau: 1. Đối tượng." * 3
    path = tmp_path / "scan.txt"
    path.write_text("UBND TỈNH KIÊN GIANG TRƯỜNG ĐẠI HỌC KIÊN GIANG Số: 412/ĐHKG-ĐT CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                    " Độc lập - Tự - Hạnh phúc Kiên Giang, ngày 1O tháng 9 năm 2016 V/v xét tốt nghiệp đợt 2 năm 2016"
                    " kính gửi: Trưởng các khoa, phòng" + body + "\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.date, letter.type, letter.subject, letter.recipients) == (
        "2016-09-10", "Công văn", "Xét tốt nghiệp đợt 2 năm 2016", ("Trưởng các khoa, phòng",))


def test_a_resolutions_subject_from_the_sites_title_where_the_copy_dropped_the_title_block():
    """A legal site's copy kept the header's first cells and the council's term line ("KHÓA X, KỲ HỌP THỨ MƯỜI
    CHÍN": no subject) but not "NGHỊ QUYẾT" and its subject; the site's title above gives it, for the same number.
    A công văn's site title is the site's own summary: not its subject."""
    text = ("Hệ thống pháp luật\nNghị quyết 31/2022/NQ-HĐND quy định mức chi hỗ trợ công tác phổ cập giáo dục trên địa"
            " bàn tỉnh Hậu Giang\nHỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 31/2022/NQ-HĐND | Hậu"
            " Giang, ngày 09 tháng 12 năm 2022 |\nHỘI ĐỒNG NHÂN DÂN TỈNH HẬU GIANG\nKHÓA X, KỲ HỌP THỨ TÁM\n"
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;\nQUYẾT NGHỊ:\n")
    assert parse(text).subject == "Quy định mức chi hỗ trợ công tác phổ cập giáo dục trên địa bàn tỉnh Hậu Giang"
    letter = parse(text.replace("Nghị quyết 31/2022/NQ-HĐND", "Công văn 31/UBND-VX").replace(
        "Số: 31/2022/NQ-HĐND", "Số: 31/UBND-VX").replace("KHÓA X, KỲ HỌP THỨ TÁM\n", "").replace(
        "HỘI ĐỒNG NHÂN DÂN", "ỦY BAN NHÂN DÂN"))
    assert (letter.number, letter.subject) == ("31/UBND-VX", None)


def test_a_companys_name_the_kinh_gui_line_wrapped_and_a_testing_centres_report_cited():
    """"Kính gửi: Công ty TNHH Điện tử" / "Kim Quang" is one company; "Phiếu kiểm nghiệm số 312/KN-TTKN … của Trung
    tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Hải Dương": a report cited, its issuer's name holding commas."""
    letter = parse("CỤC THUẾ TỈNH BẮC NINH\nSố: 2140/CT-TTHT\nV/v chính sách thuế\nBắc Ninh, ngày 19 tháng 8 năm 2014\n"
                   "Kính gửi: Công ty TNHH Điện tử\nKim Quang\n(Đ/c: Khu công nghiệp Quế Võ)\nCăn cứ Phiếu kiểm nghiệm"
                   " số 312/KN-TTKN ngày 19/9/2017 của Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Hải Dương đối"
                   " với mẫu thuốc, Cục Thuế trả lời như sau./.\n")
    assert letter.recipients == ("Công ty TNHH Điện tử Kim Quang",)
    assert [(c.type, c.issuer) for c in find_citations(letter)] == [
        ("Phiếu kiểm nghiệm", "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Hải Dương")]


def test_a_signed_pdfs_text_on_one_line_with_its_stamp_run_into_the_header_and_a_blank_day():
    """A sharing site's text of a digitally signed PDF: the stamp ("Người ký: … Cơ quan: Tỉnh Quảng Bình …") between
    the issuer and the motto, the number's and the day's blanks left ("Số: /SGDĐT-GDTrH", "ngày tháng 4")."""
    body = " Thực hiện Công văn số 1207/BGDĐT-GDTrH ngày 18/3/2016 của Bộ GDĐT, Sở hướng dẫn như sau./." * 3
    letter = parse("UBND TỈNH QUẢNG BÌNH SỞ GIÁO DỤC VÀ ĐÀO TẠO Người ký: Sở Giáo dục và Đào tạo Email: so@qb.gov.vn"
                   " Cơ quan: Tỉnh Quảng Bình Thời gian ký: 08.04.2016 15:42:10 +07:00 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                   " NAM Độc lập - Tự do - Hạnh phúc Số: /SGDĐT-GDTrH V/v kiểm tra trường đạt chuẩn quốc gia Quảng"
                   " Bình, ngày tháng 4 năm 2016 Kính gửi: - Các trường trung học phổ thông." + body + "\n")
    assert (letter.issuer, letter.number_suffix, letter.date, letter.subject) == (
        "Sở Giáo dục và Đào tạo tỉnh Quảng Bình", "SGDĐT-GDTrH", "2016-04", "Kiểm tra trường đạt chuẩn quốc gia")


def test_a_portals_list_of_other_posts_after_the_letter_is_left_out_with_a_warning():
    """A post's counter and "Các tin khác" under a ministry's notice on its portal: the site's, not the letter's
    text nor its citations; what was left out is named in a warning."""
    letter = parse("BỘ GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 512/TB-BGDĐT\n\nHà Nội, ngày 04 tháng 8 năm 2017\n\nTHÔNG BÁO\n"
                   "Kết luận của Thứ trưởng tại hội nghị\n\nCác sở thực hiện Chỉ thị số 2178/CT-BGDĐT ngày 10/8/2016./."
                   + CLOSING + "\nTệp đính kèm: 512-TB-BGDDT.pdf\nLượt xem: 1.206\n\nCác tin khác\n\n"
                   "Quyết định 2760/QĐ-BGDĐT ban hành khung kế hoạch thời gian năm học (20/07/2017)\n"
                   "Thông tư 16/2017/TT-BGDĐT hướng dẫn việc làm\n")
    assert [c.number for c in find_citations(letter)] == ["2178/CT-BGDĐT"]
    assert "Tệp đính kèm" in letter.body and "2760" not in letter.body
    assert [w.message for w in letter.warnings] == [
        'left out after the letter: the site\'s lines from "Lượt xem: 1.206" on (4 lines)']


def test_a_portals_post_gives_the_subject_then_the_number_and_date_in_brackets():
    """A province's portal lists its committee office's letters under its menu: "Về việc … (2146/VP-KT, ngày
    14/8/2019)." is the subject, number and date of a công văn; "Văn phòng UBND tỉnh thông báo …" its issuer, of the
    province the menu names."""
    letter = parse("Bỏ qua menu\n\nTrang chủ » Chỉ đạo điều hành » Văn bản chỉ đạo của UBND tỉnh Lào Cai\n\n"
                   "Về việc rà soát diện tích trồng chè và đề xuất giải pháp tiêu thụ (318/VP-NLN, ngày 05/3/2020).\n\n"
                   "Thực hiện Công văn số 1422/BNN-TT ngày 28/02/2020 của Bộ Nông nghiệp và Phát triển nông thôn, đồng"
                   " chí Phó Chủ tịch UBND tỉnh có ý kiến như sau: giao Sở Nông nghiệp và Phát triển nông thôn chủ trì"
                   " rà soát.\n\nVăn phòng UBND tỉnh thông báo để các cơ quan liên quan biết, thực hiện./.\n")
    assert (letter.type, letter.number, letter.date) == ("Công văn", "318/VP-NLN", "2020-03-05")
    assert letter.subject == "Rà soát diện tích trồng chè và đề xuất giải pháp tiêu thụ"
    assert letter.issuer == "Văn phòng Ủy ban nhân dân tỉnh Lào Cai"
    assert letter.body.startswith("Thực hiện Công văn số 1422/BNN-TT")


def test_a_decision_whose_copy_lost_its_title_keeps_its_type_by_its_decision_maker():
    """"VỀ VIỆC THÀNH LẬP …" with no "QUYẾT ĐỊNH" above it but "CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ …" under it: a
    decision, as its number says, not a công văn (which has no decision-maker)."""
    letter = parse("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 1547/QĐ-UBND | Sông Cầu, ngày 05 tháng"
                   " 7 năm 2019 |\nVỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC KIỂM TRA NUÔI TRỒNG THỦY SẢN\nCHỦ TỊCH ỦY BAN NHÂN DÂN"
                   " THỊ XÃ SÔNG CẦU\nCăn cứ Luật Thủy sản số 18/2017/QH14 ngày 21 tháng 11 năm 2017;\nQUYẾT ĐỊNH:\n"
                   "Điều 1. Thành lập Tổ công tác." + CLOSING)
    assert (letter.type, letter.number) == ("Quyết định", "1547/QĐ-UBND")
    assert letter.subject == "THÀNH LẬP TỔ CÔNG TÁC KIỂM TRA NUÔI TRỒNG THỦY SẢN"  # as written


def test_a_motto_a_narrow_cell_broke_after_its_first_words():
    """"Độc lập -" / "Tự do - Hạnh phúc", then "Long Điền Đông, ngày" / "24 tháng 11 năm 2014": a commune's header
    table pasted cell by cell from its district's portal."""
    letter = parse("UBND HUYỆN ĐÔNG HẢI\nUBND XÃ LONG ĐIỀN ĐÔNG\n--------\nSố: 87/TB-UBND\n|\nCỘNG HÒA XÃ HỘI\n"
                   "CHỦ NGHĨA VIỆT NAM\nĐộc lập -\nTự do - Hạnh phúc\n----------------\nLong Điền Đông, ngày\n"
                   "24 tháng 11 năm 2014\n|\nTHÔNG BÁO\nKết quả rà\nsoát hộ nghèo năm 2014\nCăn cứ Quyết định số"
                   " 09/2011/QĐ-TTg ngày 30/01/2011 của Thủ tướng Chính phủ." + CLOSING)
    assert (letter.date, letter.place) == ("2014-11-24", "Long Điền Đông")
    assert letter.subject == "Kết quả rà soát hộ nghèo năm 2014"


def test_a_sharing_sites_page_run_onto_one_line_with_its_title_after_the_date_and_a_head_signing_in_person():
    """"… năm 2016   KẾ HOẠCH TRIỂN KHAI …" (the title and its subject in capitals after the date) and "Nơi nhận:
    GIÁM ĐỐC  Sở Y tế (b/c);  UBND huyện (b/c); …" (the director signs, the copies' dashes lost) on one line."""
    letter = parse("  1. SỞ Y TẾ AN GIANG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM TRUNG TÂM Y TẾ HUYỆN CHỢ MỚI Độc lập  "
                   "Tự do  Hạnh phúc   Số: 38/KHTTYT Chợ Mới, ngày 15 tháng 4 năm 2016   KẾ HOẠCH TRIỂN KHAI THÁNG "
                   "HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2016 Căn cứ Nghị định số 38/2012/NĐCP ngày 25/4/2012 của Chính "
                   "phủ quy định chi tiết thi hành một số điều của Luật An toàn thực phẩm; Trung tâm xây dựng Kế hoạch "
                   "như sau: 1. Thời gian từ ngày 15/4/2016.\n  2. Trên đây là Kế hoạch của Trung tâm./. Nơi nhận: "
                   "GIÁM ĐỐC  Sở Y tế (b/c);  UBND huyện (b/c);  Lưu: VT, KHNV. (Đã ký) Huỳnh Văn Tài\n")
    assert (letter.type, letter.subject) == ("Kế hoạch", "TRIỂN KHAI THÁNG HÀNH ĐỘNG VÌ AN TOÀN THỰC PHẨM NĂM 2016")
    assert letter.cc == ("Sở Y tế (b/c)", "UBND huyện (b/c)", "Lưu: VT, KHNV")
    assert (letter.signer_title, letter.signer) == ("Giám đốc", "Huỳnh Văn Tài")


def test_a_regional_audit_office_its_number_with_a_roman_numeral_and_its_head():
    """"KIỂM TOÁN NHÀ NƯỚC" / "KIỂM TOÁN NHÀ NƯỚC KHU VỰC XI", "Số: 245/KV XI-TH" (the region's numeral set apart),
    "KT. KIỂM TOÁN TRƯỞNG" / "PHÓ KIỂM TOÁN TRƯỞNG"; another region's letter cited by its number."""
    letter = parse("\n".join((
        "KIỂM TOÁN NHÀ NƯỚC", "KIỂM TOÁN NHÀ NƯỚC KHU VỰC XI", "-------", "", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập – Tự do – Hạnh phúc", "", "Số: 245/KV XI-TH", "V/v đề nghị báo cáo kết quả kiểm toán", "",
        "Thanh Hóa, ngày 16 tháng 10 năm 2013", "", "Kính gửi: Ủy ban nhân dân tỉnh Ninh Bình", "",
        "Theo Công văn số 312/KV IV-TH ngày 02/3/2013 của Kiểm toán Nhà nước khu vực IV, đề nghị báo cáo./.", "",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, TH.", "", "KT. KIỂM TOÁN TRƯỞNG", "PHÓ KIỂM TOÁN TRƯỞNG", "",
        "Lê Văn Quỳnh")))
    assert (letter.number, letter.issuer, letter.parent_issuer) == (
        "245/KVXI-TH", "Kiểm toán nhà nước khu vực XI", "Kiểm toán nhà nước")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Kiểm toán trưởng", "Phó Kiểm toán trưởng")
    assert [(c.number, c.issuer) for c in find_citations(letter)] == [("312/KVIV-TH", "Kiểm toán nhà nước khu vực IV")]


@pytest.mark.parametrize("bullet", ["•", "?"])  # "?": a legacy code page's for a bullet it cannot write
def test_a_legal_sites_tab_bullet_before_the_header(bullet):
    """A legal site's tabs: "• Thuộc tính văn bản" with its properties glued, then "• TỔNG CỤC HẢI QUAN" heading the
    letter's header table."""
    letter = parse("\n".join((
        f"  {bullet} Thuộc tính văn bản", "    Số hiệu:2154/HQĐNa-GSQLNgày đăng công báo:Đang cập nhật",
        f"  {bullet} TỔNG CỤC HẢI QUAN", "    CỤC HẢI QUAN TỈNH ĐỒNG NAI", "    -------", "", "    Số: 2154/HQĐNa-GSQL",
        "    V/v: thủ tục hải quan đối với nguyên liệu gia công", "", "    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "    Độc lập - Tự do - Hạnh phúc", "", "    Đồng Nai, ngày 23 tháng 7 năm 2018", "",
        "    Kính gửi: Công ty TNHH Dệt may Phú Hưng Long", "", "    Cục Hải quan tỉnh Đồng Nai có ý kiến như sau./.")))
    assert (letter.issuer, letter.parent_issuer) == ("Cục Hải quan tỉnh Đồng Nai", "Tổng cục Hải quan")
    assert letter.subject == "Thủ tục hải quan đối với nguyên liệu gia công"


def test_a_deputy_director_generals_signature_run_onto_the_copies_line():
    """"Nơi nhận: - Như trên; - Lưu: VT. | KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Lê Thị Minh Hạnh |": a legal site's
    row of two cells; "TỔNG GIÁM ĐỐC" is one title."""
    letter = parse("BẢO HIỂM XÃ HỘI VIỆT NAM\n\nSố: 1234/BHXH-CSXH\nV/v chi trả\n\nHà Nội, ngày 05 tháng 10 năm 2021"
                   "\n\nKính gửi: Bảo hiểm xã hội các tỉnh.\n\nĐề nghị thực hiện./.\n\nNơi nhận: - Như trên; - Lưu: VT,"
                   " CSXH (2b). | KT. TỔNG GIÁM ĐỐC PHÓ TỔNG GIÁM ĐỐC Lê Thị Minh Hạnh |\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Tổng giám đốc", "Phó Tổng giám đốc", "Lê Thị Minh Hạnh")


def test_a_subject_under_its_title_opening_with_ve_alone():
    """"CHỈ THỊ" / "VỀ TĂNG CƯỜNG QUẢN LÝ …": the "Về" dropped as "Về việc" is."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH BẮC KẠN\n\nSố: 14/2009/CT-UBND\n\nBắc Kạn, ngày 18 tháng 8 năm 2009\n\n"
                   "CHỈ THỊ\nVỀ TĂNG CƯỜNG QUẢN LÝ HOẠT ĐỘNG KHOÁNG SẢN\n\nThời gian qua, khai thác trái phép còn."
                   + CLOSING)
    assert (letter.type, letter.subject) == ("Chỉ thị", "TĂNG CƯỜNG QUẢN LÝ HOẠT ĐỘNG KHOÁNG SẢN")


def test_an_empty_paragraphs_nbsp_a_legal_sites_mirror_left_between_the_date_and_the_title():
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN LONG MỸ\n-------\n\nSố: 1520/QĐ-UBND\n\nLong Mỹ, ngày 12 tháng 9 năm 2016"
                   "\n\n&nbsp;\n\nQUYẾT ĐỊNH\n\nVỀ VIỆC BAN HÀNH QUY CHẾ PHỐI HỢP\n\nỦY BAN NHÂN DÂN HUYỆN LONG MỸ\n\n"
                   "Căn cứ Luật Xây dựng số 50/2014/QH13 ngày 18 tháng 6 năm 2014;" + CLOSING)
    assert (letter.type, letter.subject) == ("Quyết định", "BAN HÀNH QUY CHẾ PHỐI HỢP")


def test_a_pdfs_place_and_date_run_onto_the_subjects_first_line():
    """"V/v hướng dẫn tổ chức dạy học trực tuyến Nam Định, ngày 14 tháng 4 năm 2020" / "trong thời gian …": the other
    column's place and date set apart; a place named with its kind ("Thành phố Cao Lãnh, ngày …") stays whole."""
    letter = parse("\n".join((
        "UBND TỈNH NAM ĐỊNH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO Độc lập - Tự do - Hạnh phúc", "Số: 1386/SGDĐT-GDTrH",
        "V/v hướng dẫn dạy học trực tuyến Nam Định, ngày 14 tháng 4 năm 2020",
        "trong thời gian học sinh tạm dừng đến trường", "Kính gửi: Các trường THPT.",
        "Thực hiện hướng dẫn của Bộ Giáo dục và Đào tạo./.")) + CLOSING)
    assert (letter.place, letter.date) == ("Nam Định", "2020-04-14")
    assert letter.subject == "Hướng dẫn dạy học trực tuyến trong thời gian học sinh tạm dừng đến trường"
    city = parse("\n".join((
        "ỦY BAN NHÂN DÂN", "TỈNH ĐỒNG THÁP", "Số: 32/2007/QĐ-UBND Thành phố Cao Lãnh, ngày 20 tháng 8 năm 2007",
        "QUYẾT ĐỊNH", "Ban hành Quy định thu gom chất thải", "Căn cứ Luật Bảo vệ môi trường;")) + CLOSING)
    assert city.place == "Thành phố Cao Lãnh"
    # A place whose first word TCVN3 wrote in small letters ("Ứng Hòa" as "ứng Hòa") is no subject's last word.
    district = parse("\n".join((
        "UBND TỈNH HÀ TÂY", "UBND HUYỆN ỨNG HÒA", "Số: 45/TTr-UBND", "ứng Hòa, ngày 05 tháng 3 năm 2006", "TỜ TRÌNH",
        "Đề nghị phê duyệt phương án bồi thường", "Kính gửi: Ủy ban nhân dân tỉnh Hà Tây.", "Ủy ban nhân dân huyện"
        " kính trình./.")) + CLOSING)
    assert (district.place, district.subject) == ("ứng Hòa", "Đề nghị phê duyệt phương án bồi thường")


def test_a_unit_in_the_copies_line_then_the_signers_name_run_onto_it():
    """"- Lưu: VT, KT. Lê Đình Quý": the economic unit's "KT" and the signer's name a signed PDF's text ran onto the
    last copy, not an authority "KT." (which names a position in capitals)."""
    letter = parse("\n".join((
        "UBND TỈNH QUẢNG TRỊ", "VĂN PHÒNG", "Số: 95/TB-VP", "Quảng Trị, ngày 21 tháng 02 năm 2025", "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh thông báo để các cơ quan biết./.",
        "Nơi nhận: TL. CHỦ TỊCH", "- Các Sở: GTVT, TC; KT. CHÁNH VĂN PHÒNG", "- CVP, PCVP; PHÓ CHÁNH VĂN PHÒNG",
        "- Lưu: VT, KT. Lê Đình Quý")))
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "Lê Đình Quý")
    assert letter.cc == ("Các Sở: GTVT, TC", "CVP, PCVP", "Lưu: VT, KT")


def test_a_forest_protection_unit_under_its_province_department_and_its_head():
    letter = parse("\n".join((
        "CHI CỤC KIỂM LÂM TỈNH LAI CHÂU", "HẠT KIỂM LÂM HUYỆN MƯỜNG TÈ", "Số: 86/HKL-QLBVR",
        "V/v tăng cường bảo vệ rừng dịp Tết", "Mường Tè, ngày 10 tháng 01 năm 2023",
        "Kính gửi: Ủy ban nhân dân các xã.", "Hạt Kiểm lâm đề nghị các xã thực hiện./.", "", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT.", "", "KT. HẠT TRƯỞNG", "PHÓ HẠT TRƯỞNG", "", "Lò Văn Sơn")))
    assert (letter.issuer, letter.parent_issuer) == ("Hạt Kiểm lâm huyện Mường Tè", "Chi cục Kiểm lâm tỉnh Lai Châu")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Hạt trưởng", "Phó Hạt trưởng")


def test_a_committee_whose_place_line_a_copy_lost_is_placed_as_its_text_names_it():
    """"ỦY BAN NHÂN DÂN |" over "Kbang, ngày …" (the district's line dropped by a legal site), and "Ủy ban nhân dân
    huyện Kbang ban hành Kế hoạch …" in its text."""
    letter = parse("\n".join((
        "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 187/KH-UBND | Kbang, ngày 14 tháng 9 năm 2012 |",
        "KẾ HOẠCH", "TUYÊN TRUYỀN, PHỔ BIẾN, GIÁO DỤC PHÁP LUẬT NĂM 2012 - 2013",
        "Thực hiện Hướng dẫn số 09/HD-HĐPH ngày 24/8/2012 của Hội đồng Phối hợp công tác phổ biến, giáo dục pháp"
        " luật tỉnh Gia Lai,", "Ủy ban nhân dân huyện Kbang ban hành Kế hoạch như sau:", "1. Phòng Tư pháp chủ trì.")))
    assert letter.issuer == "Ủy ban nhân dân huyện Kbang"
    assert [c.issuer for c in find_citations(letter)] == [
        "Hội đồng phối hợp công tác phổ biến, giáo dục pháp luật tỉnh Gia Lai"]


def test_a_sharing_sites_soft_hyphens_for_the_copies_dashes_and_a_tax_offices_head():
    """"Nơi nhận: KT. GIÁM ĐỐC \u00ad Như trên;" (a soft hyphen for each dash); "PHÓ TRƯỞNG THUẾ TỈNH", a 2025 title."""
    letter = parse("SỞ Y TẾ AN GIANG\nSố: 1046/SYT-NVY\nV/v phòng dịch\nAn Giang, ngày 02 tháng 4 năm 2020\nKính gửi:"
                   " Các bệnh viện.\nĐề nghị thực hiện./.\nNơi nhận: KT. GIÁM ĐỐC \u00ad Như trên; PHÓ GIÁM ĐỐC \u00ad"
                   " UBND tỉnh (b/c); \u00ad Lưu: VT, NVY. Trần Văn An\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Giám đốc", "Phó Giám đốc", "Trần Văn An")
    assert letter.cc == ("Như trên", "UBND tỉnh (b/c)", "Lưu: VT, NVY")
    tax = parse("\n".join((
        "CỤC THUẾ", "THUẾ TỈNH CÀ MAU", "Số: 12/TB-TCM", "Cà Mau, ngày 05 tháng 8 năm 2025", "THÔNG BÁO", "Về địa bàn",
        "Thuế tỉnh thông báo./.", "", "Nơi nhận:", "- Lưu: VT.", "", "KT. TRƯỞNG THUẾ TỈNH", "PHÓ TRƯỞNG THUẾ TỈNH", "",
        "Lê Văn Tư")))
    assert tax.signer_title == "Phó Trưởng Thuế tỉnh"


def test_a_central_party_board_under_the_central_committee_and_a_number_its_subject_names():
    """"BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN DÂN VẬN": the "Ban Dân vận Trung ương" under the party's central committee;
    "V/v sơ kết … Kết luận" / "số 114-KL/TW của Ban Bí thư": the subject goes on past the number it names."""
    letter = parse("\n".join((
        "BAN CHẤP HÀNH TRUNG ƯƠNG", "BAN DÂN VẬN", "*", "Số 356-CV/BDVTW", "V/v sơ kết 5 năm thực hiện Kết luận",
        "số 114-KL/TW của Ban Bí thư (khóa XI)", "", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 20 tháng 3 năm 2020", "",
        "Kính gửi:", "- Ban dân vận các tỉnh ủy, thành ủy.", "", "Ban Dân vận Trung ương đề nghị thực hiện.", "",
        "Nơi nhận:", "- Như trên,", "- Lưu Văn phòng Ban.", "", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "",
        "Nguyễn Văn An")))
    assert (letter.issuer, letter.parent_issuer) == ("Ban Dân vận Trung ương", "Ban Chấp hành Trung ương Đảng")
    assert (letter.date, letter.subject) == (
        "2020-03-20", "Sơ kết 5 năm thực hiện Kết luận số 114-KL/TW của Ban Bí thư (khóa XI)")


def test_a_ministrys_name_its_cell_cut_and_a_committee_glued_once(tmp_path):
    """"BỘ TÀI NGUYÊN VÀ |" over "Số: 3318/BTNMT-TCQLĐĐ |" (a legal site kept each cell's first line): the ministry
    its number names; "Ủyban nhân dân tỉnh" glued once in a copy: "Ủy ban", a pair letters are made of."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "cv.txt"
    path.write_text("\n".join((
        "BỘ TÀI NGUYÊN VÀ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |", "Số: 3318/BTNMT-TCQLĐĐ | Hà Nội, ngày 02 tháng 7"
        " năm 2019 |", "Kính gửi: Ủy ban nhân dân tỉnh Hà Giang.", "Phúc đáp Văn bản số 1874/UBND-KTTH ngày 10/6/2019"
        " của", "Ủyban nhân dân tỉnh Hà Giang, Bộ có ý kiến như sau./.")), encoding="utf-8")
    processed = process_letter(path)
    assert processed.letter.issuer == "Bộ Tài nguyên và Môi trường"
    assert [(c.number, c.issuer) for c in processed.citations] == [("1874/UBND-KTTH", "Ủy ban nhân dân tỉnh Hà Giang")]


def test_the_government_offices_two_positions_held_together_and_a_proposal_cited_in_brackets():
    """"KT. BỘ TRƯỞNG," / "CHỦ NHIỆM" / "PHÓ CHỦ NHIỆM": the authority goes on after its comma; "Xét đề nghị của Ủy
    ban nhân dân tỉnh Quảng Ngãi (Công văn số 1186/UBND-NNTN …)": the proposer issued the document in brackets."""
    letter = parse("\n".join((
        "VĂN PHÒNG CHÍNH PHỦ", "Số: 3456/VPCP-KTN", "V/v hỗ trợ kinh phí xây dựng kè",
        "Hà Nội, ngày 02 tháng 6 năm 2010",
        "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ngãi.", "Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Ngãi (Công văn số"
        " 1186/UBND-NNTN ngày 24 tháng 5 năm 2010) về việc hỗ trợ kinh phí, Phó Thủ tướng có ý kiến./.", "",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT, KTN.", "", "KT. BỘ TRƯỞNG,", "CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "",
        "Trần Quốc Vinh")))
    assert (letter.signing_authority, letter.signer_title) == ("KT. Bộ trưởng, Chủ nhiệm", "Phó Chủ nhiệm")
    assert [c.issuer for c in find_citations(letter)] == ["Ủy ban nhân dân tỉnh Quảng Ngãi"]


def test_a_portals_header_rows_under_its_post_title():
    """A district portal's post: its title and date, then the header table's rows run into cells ("UBND HUYỆN PHÙ
    CÁT | UBND XÃ CÁT HANH | Số: 47/KH-UBND" above the motto's row): the letter starts at the issuer's row."""
    letter = parse("\n".join((
        "Trang chủ » Tin tức - Sự kiện » Xã Cát Hanh", "Kế hoạch phòng, chống dịch bệnh năm 2023",
        "Ngày đăng: 08/03/2023 | Lượt xem: 214", "UBND HUYỆN PHÙ CÁT | UBND XÃ CÁT HANH | Số: 47/KH-UBND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM | Độc lập - Tự do - Hạnh phúc | Cát Hanh, ngày 06 tháng 3 năm 2023",
        "KẾ HOẠCH", "Phòng, chống dịch bệnh năm 2023", "Căn cứ Luật Thú y số 79/2015/QH13 ngày 19/6/2015;")) + CLOSING)
    assert (letter.number, letter.issuer, letter.parent_issuer) == (
        "47/KH-UBND", "Ủy ban nhân dân xã Cát Hanh", "Ủy ban nhân dân huyện Phù Cát")


def test_a_draft_sent_with_a_to_trinh_under_its_own_header_is_no_part_of_the_closing():
    """A town's tờ trình, then the draft resolution it submits with its own header ("HỘI ĐỒNG NHÂN DÂN" / "Số:
    /NQ-HĐND" / the motto / "DỰ THẢO") and its unsigned "TM. HỘI ĐỒNG NHÂN DÂN": the letter's closing is its own."""
    letter = parse("\n".join((
        "ỦY BAN NHÂN DÂN", "THỊ XÃ ĐÔNG HÒA", "Số: 215/TTr-UBND", "Đông Hòa, ngày 02 tháng 12 năm 2022", "TỜ TRÌNH",
        "Đề nghị thông qua kế hoạch đầu tư công năm 2023", "Kính gửi: Hội đồng nhân dân thị xã.",
        "Ủy ban nhân dân thị xã kính trình./.", "Nơi nhận:", "- Như trên;", "- Lưu: VT, TCKH.", "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH", "(Đã ký)", "Phan Văn Danh", "HỘI ĐỒNG NHÂN DÂN", "THỊ XÃ ĐÔNG HÒA", "Số:      /NQ-HĐND",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "DỰ THẢO", "NGHỊ QUYẾT",
        "Phê duyệt kế hoạch đầu tư công năm 2023", "Căn cứ Luật Đầu tư công số 39/2019/QH14;", "QUYẾT NGHỊ:",
        "Điều 1. Phê duyệt kế hoạch./.", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH")))
    assert (letter.signing_authority, letter.signer) == ("TM. Ủy ban nhân dân", "Phan Văn Danh")
    assert letter.cc == ("Như trên", "Lưu: VT, TCKH")
    assert "DỰ THẢO" in letter.body and [c.number for c in find_citations(letter)] == ["39/2019/QH14"]


def test_a_drafts_number_line_without_its_colon_still_opens_its_header():
    """The draft's "Số /NQ-HĐND" written without a colon (as party letters write theirs) opens its header too."""
    letter = parse("\n".join((
        "ỦY BAN NHÂN DÂN", "HUYỆN CHÂU THÀNH", "Số 88/TTr-UBND", "Châu Thành, ngày 02 tháng 12 năm 2022", "TỜ TRÌNH",
        "Đề nghị thông qua dự toán", "Kính gửi: Hội đồng nhân dân huyện.", "Ủy ban nhân dân huyện kính trình./.",
        "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "(Đã ký)", "Lê Văn Bình",
        "HỘI ĐỒNG NHÂN DÂN", "HUYỆN CHÂU THÀNH", "Số /NQ-HĐND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc", "DỰ THẢO", "NGHỊ QUYẾT", "Dự toán năm 2023", "QUYẾT NGHỊ:",
        "Điều 1. Thông qua./.", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH")))
    assert (letter.signing_authority, letter.signer, letter.cc) == ("TM. Ủy ban nhân dân", "Lê Văn Bình",
                                                                   ("Như trên", "Lưu: VT"))


def test_a_pdf_lines_wrapping_a_list_of_provinces_a_spread_place_and_a_list_of_decisions():
    """A PDF's lines: "Kính gửi" naming provinces over three lines, "Quảng  Bình" spread by the line (a unit's name,
    no dash lost), and "các Quyết định: số …; số …" whose first subject wraps."""
    letter = parse("BỘ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\n\nSố: 412/BNN-TT\n\nQuảng  Bình, ngày 12 tháng 1 năm"
                   " 2016\n\nV/v phòng chống rét\n\nKính gửi:\n"
                   "- Chủ tịch Ủy ban nhân dân các tỉnh: Hà Giang, Cao Bằng, Lào\n"
                   "Cai, Lai Châu, Điện Biên, Sơn La, Yên Bái, Tuyên Quang, Bắc Kạn, Lạng Sơn,\nThái Nguyên, Phú Thọ;\n"
                   "- Giám đốc Sở Nông nghiệp và Phát triển nông thôn các tỉnh nêu trên.\n\nCăn cứ các Quyết định: số"
                   " 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ phê duyệt Chương trình giai\nđoạn 2010 - 2020;"
                   " số 1376/QĐ-BNN-TT ngày 12/7/2010 của Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn;" + CLOSING)
    assert letter.place == "Quảng Bình"
    assert [r.split(":")[-1].split(",")[-1].strip() for r in letter.recipients] == [
        "Phú Thọ", "Giám đốc Sở Nông nghiệp và Phát triển nông thôn các tỉnh nêu trên"]
    assert [c.number for c in find_citations(letter)] == ["800/QĐ-TTg", "1376/QĐ-BNN-TT"]


def test_a_branch_its_copy_lost_named_by_its_director_and_a_body_cut_by_a_split_word(tmp_path):
    """"BẢO HIỂM XÃ HỘI VIỆT NAM |" over a decision whose branch line a legal site dropped, "GIÁM ĐỐC BẢO HIỂM XÃ
    HỘI TỈNH BẮC NINH" under its subject: the province's branch, under the national body; "của Sở Nông nghiệp và
    Phát tri ển nông thôn" (a split word cut the phrase): the department its number's code names; a font's "Cơng
    văn" (no rhyme "ơng" without its "ư") mended even once."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "qd.txt"
    path.write_text("\n".join((
        "BẢO HIỂM XÃ HỘI VIỆT NAM | CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
        "Số: 215/QĐ-BHXH | Bắc Ninh, ngày 18 tháng 9 năm 2006 |", "VỀ VIỆC BAN HÀNH QUY CHẾ CHI TIÊU NỘI BỘ",
        "GIÁM ĐỐC BẢO HIỂM XÃ HỘI TỈNH BẮC NINH", "Căn cứ Cơng văn số 412/SNN-TY ngày 02/3/2006 của Sở Nông nghiệp và"
        " Phát tri ển nông thôn;", "QUYẾT ĐỊNH:", "Điều 1. Ban hành Quy chế./.")), encoding="utf-8")
    processed = process_letter(path)
    assert (processed.letter.issuer, processed.letter.parent_issuer) == (
        "Bảo hiểm xã hội tỉnh Bắc Ninh", "Bảo hiểm xã hội Việt Nam")
    assert [(c.number, c.issuer) for c in processed.citations] == [
        ("412/SNN-TY", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bắc Ninh")]


def test_a_city_districts_party_committee_under_the_citys_party_organisation():
    """"ĐẢNG BỘ TP. HỒ CHÍ MINH" / "QUẬN ỦY PHÚ NHUẬN": the district's Quận ủy, the city's organisation its parent."""
    letter = parse("ĐẢNG BỘ TP. HỒ CHÍ MINH\nQUẬN ỦY PHÚ NHUẬN\n*\nSố 57-TB/QU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Phú Nhuận, ngày 09 tháng 6 năm 2021\nTHÔNG BÁO\nKẾT LUẬN CỦA BAN THƯỜNG VỤ QUẬN ỦY\n"
                   "về công tác dân vận\n-----\nNgày 07/6/2021, Ban Thường vụ Quận ủy họp và kết luận như sau."
                   + CLOSING.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "T/M BAN THƯỜNG VỤ\nBÍ THƯ"))
    assert (letter.issuer, letter.parent_issuer) == ("Quận ủy Phú Nhuận", "Đảng bộ Thành phố Hồ Chí Minh")
    assert (letter.number, letter.type) == ("57-TB/QU", "Thông báo")


def test_a_pdf_copys_own_number_cut_by_the_type_its_title_names():
    """A Báo cáo whose copy lost its hyphens: "87/BCTTYT" is BC-TTYT (the Trung tâm Y tế's), not the Bộ Công
    Thương's "BCT" before a unit "TYT"; a party notice's "19CT/TƯ" (OCR's "TƯ") is the committee's Chỉ thị."""
    letter = parse("SỞ Y TẾ TỈNH HẢI DƯƠNG\nTRUNG TÂM Y TẾ HUYỆN THANH HÀ\n\nSố: 87/BCTTYT\n\nThanh Hà, ngày 05 tháng"
                   " 6 năm 2017\n\nBÁO CÁO\nKết quả tiêm chủng\n\nThực hiện Chỉ thị số 19CT/TƯ ngày 12/3/2017 của Ban"
                   " Thường vụ Tỉnh ủy và Công văn số 612/SYTNVY ngày 02/5/2017 của Sở Y tế./." + CLOSING)
    assert (letter.number, letter.type) == ("87/BC-TTYT", "Báo cáo")
    assert [c.number for c in find_citations(letter)] == ["19-CT/TU", "612/SYT-NVY"]


def test_a_party_inspection_notice_on_a_commune_whose_name_opens_with_a_marked_capital(tmp_path):
    """A district's inspection commission writing on "xã Ấp Bắc Tây" (a name opening with "Ấ"): "của Đảng ủy xã" is
    that commune's; a broken font's "ƯBKT" is UBKT; "312 KH/TWĐTN-TNNT" a party number whose hyphen became a space;
    "TW HỘI LHPN VIỆT NAM" the women's union's centre."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "tb.txt"
    path.write_text("HUYỆN ỦY PHÙ MỸ\nỦY BAN KIỂM TRA\n*\nSố 31-TB/UBKTHU\nĐẢNG CỘNG SẢN VIỆT NAM\nPhù Mỹ, ngày 04"
                    " tháng 10 năm 2019\nTHÔNG BÁO\nkết luận giám sát đối với Đảng ủy xã Ấp Bắc Tây\nThực hiện Nghị"
                    " quyết số 13-NQ/ĐU ngày 05/01/2019 của Đảng ủy xã và Kế hoạch số 312 KH/TWĐTN-TNNT ngày 02/3/2019"
                    " của Ban Bí thư Trung ương Đoàn, các đồng chí Ủy viên ƯBKT Huyện ủy giám sát tại xã Ấp Bắc Tây."
                    + CLOSING.replace("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "T/M ỦY BAN KIỂM TRA\nCHỦ NHIỆM"),
                    encoding="utf-8")
    processed = process_letter(path)
    assert [(c.number, c.issuer) for c in processed.citations] == [
        ("13-NQ/ĐU", "Đảng ủy xã Ấp Bắc Tây"), ("312-KH/TWĐTN-TNNT", "Ban Bí thư Trung ương Đoàn")]
    assert "Ủy viên UBKT Huyện ủy" in processed.letter.body
    women = parse("TW HỘI LHPN VIỆT NAM\nHỘI LHPN TỈNH THÁI BÌNH\n***\nSố: 43/KH-HPN\n\nThái Bình, ngày 02 tháng 3"
                  " năm 2022\n\nKẾ HOẠCH\nTuyên truyền năm 2022" + BODY + CLOSING)
    assert (women.issuer, women.parent_issuer) == (
        "Hội Liên hiệp Phụ nữ tỉnh Thái Bình", "Trung ương Hội Liên hiệp Phụ nữ Việt Nam")


def test_a_number_that_lost_its_hyphens_cut_before_the_unit_its_filed_copy_names():
    """"412/KBBĐKSC" in a copy that lost its hyphens: "Lưu: VT, KSC" names the drafting unit, so it is KBBĐ-KSC (no
    known code tells where the state treasury's code ends); a Báo cáo's "64/BC-BKTNS" stays cut after its type."""
    treasury = parse("KHO BẠC NHÀ NƯỚC BÌNH ĐỊNH\n\nSố: 412/KBBĐKSC\n\nQuy Nhơn, ngày 02 tháng 3 năm 2008\n\n"
                     "V/v kiểm soát chi\n\nCăn cứ Quyết định số 25/QĐUBND ngày 08/01/2008 của UBND tỉnh./.\n\n"
                     "Nơi nhận:\n- Như trên;\n- Lưu: VT, KSC.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n")
    assert treasury.number == "412/KBBĐ-KSC"
    report = parse("BAN KINH TẾ - NGÂN SÁCH\n\nSố: 64/BCBKTNS\n\nThủ Dầu Một, ngày 02 tháng 3 năm 2021\n\nBÁO CÁO\n"
                   "Thẩm tra dự toán\n\nCăn cứ Quyết định số 25/QĐUBND ngày 08/01/2021 của UBND tỉnh./.\n\nNơi nhận:\n"
                   "- Lưu: VT, KTNS.\n\nTM. BAN\nTRƯỞNG BAN\n\nNguyễn Văn An\n")
    assert report.number == "64/BC-BKTNS"


def test_recipients_under_the_souths_spelling_kinh_goi():
    """"Kính gởi:" (as southern offices write it), alone on its line or broken after "Kính" by a web copy."""
    for head in ("Kính gởi: Sở Tài chính; Sở Nội vụ.", "Kính\ngởi: Sở Tài chính; Sở Nội vụ."):
        letter = parse("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU\n\nSố: 10/UBND-TH\n\nBạc Liêu, ngày 02 tháng 5 năm 2008\n\n"
                       f"V/v kiểm tra\n\n{head}\n\nỦy ban nhân dân tỉnh đề nghị." + CLOSING)
        assert (letter.subject, letter.recipients) == ("Kiểm tra", ("Sở Tài chính", "Sở Nội vụ"))


def test_an_authority_whose_narrow_cell_wrapped_two_words():
    """"TM. THƯỜNG TRỰC HỘI ĐỒNG" / "NHÂN DÂN" / "PHÓ CHỦ TỊCH": the council's standing committee, its name whole."""
    letter = parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH TRÀ VINH\nTHƯỜNG TRỰC\n\nSố: 12/KH-HĐND\n\nTrà Vinh, ngày 02 tháng 3 năm"
                   " 2024\n\nKẾ HOẠCH\nGiám sát chuyên đề" + BODY + CLOSING.replace(
                       "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", "TM. THƯỜNG TRỰC HỘI ĐỒNG\nNHÂN DÂN\n\nPHÓ CHỦ TỊCH"))
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Thường trực Hội đồng nhân dân", "Phó Chủ tịch", "Nguyễn Văn An")


def test_a_scanned_party_letter_its_specks_and_its_misread_number_word():
    """A party committee's letter read from a scan: the star under the header read with a speck (",*"), "Số" read
    "Sô" and its number typed "127 -CV/ĐU", specks between "Nơi nhận" and the copies ("~ \\ ;"), the seal's words read
    beside a copy ("( ĐẢNG ỦY )")."""
    letter = parse("ĐẢNG BỘ HUYỆN MỎ CÀY NAM ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY XÃ ĐỊNH THỦY\n,*\n"
                   "Sô 127 -CV/ĐU Định Thủy, ngày 08 tháng 3 năm 2010\n\nV/v tổ chức đại hội chi bộ\n\n"
                   "Thực hiện kế hoạch của Huyện ủy, Đảng ủy xã đề nghị các chi bộ thực hiện.\n\n"
                   "Nơi nhận: T/M ĐẢNG ỦY\n~ \\ ;\n- Thường trực Huyện ủy (b/c); BÍ THƯ\n"
                   "- Các chi bộ trực thuộc; ( ĐẢNG ỦY )\n- Lưu VP Đảng ủy.\n\nNguyễn Văn Hai\n")
    assert (letter.number, letter.date, letter.type) == ("127-CV/ĐU", "2010-03-08", "Công văn")
    assert letter.subject == "Tổ chức đại hội chi bộ"
    assert letter.cc == ("Thường trực Huyện ủy (b/c)", "Các chi bộ trực thuộc", "Lưu VP Đảng ủy")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("TM. Đảng ủy", "Bí thư", "Nguyễn Văn Hai")


def test_a_fronts_standing_board_its_rule_of_long_dashes_and_its_countrys_name_misread():
    """"BAN THƯỜNG TRỰC ——————" (a rule of long dashes run onto the organ's line) under "ỦY BAN MTTQ VIÊT NAM" (a
    scan lost the mark of "VIỆT"): the Front's board, its name as its charter writes it."""
    letter = parse("ỦY BAN MTTQ VIÊT NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH NAM ĐỊNH Độc lập - Tự do - Hạnh phúc"
                   "\nBAN THƯỜNG TRỰC ——————————\nSố: 318/MTTQ-BTT Nam Định, ngày 28 tháng 9 năm 2015\nV/v hướng dẫn"
                   " tổ chức Ngày hội\n\nKính gửi: Ban Thường trực Ủy ban MTTQ Việt Nam các huyện.\n\nThực hiện hướng"
                   " dẫn." + CLOSING)
    assert letter.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"
    assert letter.parent_issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Nam Định"


def test_a_mass_organisations_national_name_in_the_right_cell_after_its_board():
    """A farmers' association's Word header: "HỘI NÔNG DÂN TỈNH NGHỆ AN" / "BAN THƯỜNG VỤ" on the left, its national
    name "HỘI NÔNG DÂN VIỆT NAM" heading the right cell where a party letter has the party's: no part of the issuer."""
    letter = parse("HỘI NÔNG DÂN TỈNH NGHỆ AN\nBAN THƯỜNG VỤ\n\nSố: 86-TTr/HNDT\n\nHỘI NÔNG DÂN VIỆT NAM\n"
                   "Nghệ An, ngày 12 tháng 10 năm 2018\n\nTỜ TRÌNH\n\nVề việc đề nghị bổ sung vốn\n\nKính gửi: Ủy ban"
                   " nhân dân tỉnh Nghệ An\n\nThực hiện chủ trương của tỉnh." + CLOSING)
    assert letter.issuer == "Ban Thường vụ Hội Nông dân tỉnh Nghệ An"
    assert letter.parent_issuer == "Hội Nông dân tỉnh Nghệ An"


def test_copies_whose_dashes_a_pdf_lost_the_signature_run_onto_the_filed_copy():
    """A PDF copy that lost the copies' dashes: the signer's name or the "(Đã ký)" mark run onto the last, "Lưu: …"."""
    for last, signer in (("Lưu: VT, TCQLĐĐ (CQHĐĐ). Phạm Đức Thịnh", "Phạm Đức Thịnh"),
                         ("Lưu: VT, P.TCĐT. (Đã ký)\nTrần Văn Thắng", "Trần Văn Thắng")):
        letter = parse("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\n\nSố: 12/BTNMT-TCQLĐĐ\n\nHà Nội, ngày 02 tháng 3 năm 2019\n\n"
                       "V/v thẩm định\n\nBộ Tài nguyên và Môi trường có ý kiến như sau.\n\nNơi nhận: KT. BỘ TRƯỞNG\n"
                       f" Như trên; THỨ TRƯỞNG\n Sở TN&MT tỉnh Quảng Ngãi;\n {last}\n")
        assert letter.cc == ("Như trên", "Sở TN&MT tỉnh Quảng Ngãi", last.split(". ")[0].split(".\n")[0])
        assert (letter.signer_title, letter.signer) == ("Thứ trưởng", signer)


def test_a_lost_hyphen_is_not_restored_inside_two_units_codes_joined_by_and():
    """"3184/SNVXDCQ&CTTN" with "Lưu: VT, XDCQ&CTTN": the filed copy's code is "XDCQ&CTTN", one code, no "CTTN"."""
    letter = parse("UBND TỈNH THỪA THIÊN HUẾ\nSỞ NỘI VỤ\n\nSố: 3184/SNVXDCQ&CTTN\n\nHuế, ngày 02 tháng 3 năm 2024\n\n"
                   "V/v sắp xếp\n\nThực hiện Quyết định số 25/QĐUBND ngày 08/01/2024 của UBND tỉnh./.\n\nNơi nhận:\n"
                   "- Như trên;\n- Lưu: VT, XDCQ&CTTN.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nNguyễn Văn An\n")
    assert letter.number == "3184/SNV-XDCQ&CTTN"


def test_a_subjects_range_of_years_whose_dash_a_pdf_copy_lost():
    """A PDF copy that lost its hyphens ("25/QĐUBND") and the dash of its subject's years: "giai đoạn 2019  2020" is
    given back as the letter wrote it; in a clean copy two years stand as written."""
    text = ("HỘI NÔNG DÂN TỈNH NGHỆ AN\nBAN THƯỜNG VỤ\n\nSố: {number}\n\nNghệ An, ngày 12 tháng 10 năm 2018\n\n"
            "TỜ TRÌNH\nVề việc bổ sung vốn cho Quỹ giai đoạn 2019  2020\n\nKính gửi: Ủy ban nhân dân tỉnh\n\n"
            "Thực hiện Quyết định số 25/QĐ{dash}UBND ngày 03/12/2009 của UBND tỉnh." + CLOSING)
    assert parse(text.format(number="86TTr/HNDT", dash="")).subject == "Bổ sung vốn cho Quỹ giai đoạn 2019 - 2020"
    assert parse(text.format(number="86-TTr/HNDT", dash="-")).subject == "Bổ sung vốn cho Quỹ giai đoạn 2019 2020"


def test_a_posts_qualifier_wrapped_onto_a_line_of_its_own():
    """A portal page printed to PDF wraps the title's cell: "PHÓ TRƯỞNG ĐOÀN" / "CHUYÊN TRÁCH" is one title, the
    way the post is held in small letters."""
    letter = parse("ĐOÀN ĐBQH TỈNH LÀO CAI\n\nSố: 12/GM-ĐĐBQH\n\nLào Cai, ngày 02 tháng 3 năm 2021\n\nGIẤY MỜI\nDự tiếp"
                   " xúc cử tri\n\nĐoàn đại biểu Quốc hội tỉnh trân trọng kính mời.\n\nNơi nhận:\n- Lưu: VT.\n\n"
                   "TM. ĐOÀN ĐẠI BIỂU QUỐC\nHỘI\nPHÓ TRƯỞNG ĐOÀN\nCHUYÊN TRÁCH\n\n(Đã ký)\n\nVàng Thị Hoa\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Đoàn đại biểu Quốc hội", "Phó Trưởng đoàn chuyên trách", "Vàng Thị Hoa")


def test_a_seals_ring_read_as_strokes_and_words_beside_the_copies():
    """A scan's closing: the seal's ring read as strokes around its words beside the copies (",/ PHÒNG \\", "\\ VĂN
    LÃNG - T.LẠNG SƠN /") and before the signer's name ("' Lộc Văn Thành")."""
    letter = parse("UBND HUYỆN VĂN LÃNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 12/BC-PGDĐT\n\nVăn Lãng, ngày 02 tháng 6 năm"
                   " 2016\n\nBÁO CÁO\nTình hình thực hiện chính sách\n\nPhòng Giáo dục và Đào tạo báo cáo như sau.\n\n"
                   "Nơi nhận: TRƯỞNG PHÒNG\n- Như trên;\n- UBND huyện (b/c); ,/ PHÒNG \\\n- Lưu: VT, KHTC. \\ VĂN"
                   " LÃNG - T.LẠNG SƠN /\n' Lộc Văn Thành\n")
    assert letter.cc == ("Như trên", "UBND huyện (b/c)", "Lưu: VT, KHTC")
    assert (letter.signer_title, letter.signer) == ("Trưởng phòng", "Lộc Văn Thành")


def test_recipients_whose_dashes_a_pdf_lost_the_last_one_wrapped():
    """" Bảo hiểm xã hội các huyện, thị xã, thành phố;" / " Các cơ quan, … trên địa bàn" / "tỉnh.": the space a PDF
    left for each lost dash opens an item, and the last item's wrapped line goes on with it."""
    letter = parse("BẢO HIỂM XÃ HỘI TỈNH HÀ TĨNH\n\nSố: 527/BHXH-THU\n\nHà Tĩnh, ngày 14 tháng 01 năm 2016\n\nV/v thu"
                   " BHXH\n\nKính gửi:\n Bảo hiểm xã hội các huyện, thị xã, thành phố;\n Các cơ quan, đơn vị, doanh"
                   " nghiệp sử dụng lao động trên địa bàn\ntỉnh.\n\nCăn cứ Luật Bảo hiểm xã hội số 58/2014/QH13 ngày"
                   " 20/11/2014." + CLOSING)
    assert letter.recipients == ("Bảo hiểm xã hội các huyện, thị xã, thành phố",
                                 "Các cơ quan, đơn vị, doanh nghiệp sử dụng lao động trên địa bàn tỉnh")


def test_ocrs_letters_for_digits_in_a_date_and_a_number():
    """A scan's text: "ngày O2 tháng 6" (an "O" for 0), a law "số Ol/2002/QH11" and a date "l5/11/2013" (an "l" for 1);
    a word's letter stays a letter ("Điều l.")."""
    letter = parse("UBND HUYỆN VĂN LÃNG\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\n\nSố: 168/BC-PGDĐT\n\nVăn Lãng, ngày O2 tháng 6 năm"
                   " 2016\n\nBÁO CÁO\nTình hình thực hiện chính sách\n\nCăn cứ Luật Ngân sách nhà nước số Ol/2002/QH11;"
                   " Công văn số 2874/UBND-NNTNMT ngày l5/11/2013 của UBND tỉnh.\n\nĐiều l. Phạm vi." + CLOSING)
    assert letter.date == "2016-06-02"
    assert [(c.number, c.date) for c in find_citations(letter)] == [
        ("01/2002/QH11", None), ("2874/UBND-NNTNMT", "2013-11-15")]
    assert "Điều l. Phạm vi" in letter.body


def test_ocrs_slips_in_the_words_of_a_police_units_header():
    """A scan's header: "CÔNG AN TlNH THÁI BÌNH" (an "l" for an "I" between capitals) over "CÔNG AN HUYỆN VŨ THƯ",
    "Sổ: 218/KH-CAH Vũ Thư, ngàv 15 …" ("ngàv" for "ngày"): number, place and date read."""
    letter = parse("CÔNG AN TlNH THÁI BÌNH CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCÔNG AN HUYỆN VŨ THƯ Độc lập - Tự do -"
                   " Hạnh phúc\nSổ: 218/KH-CAH Vũ Thư, ngàv 15 tháng 12 năm 2022\nKẾ HOẠCH\nMở đợt cao điểm\n\nThực"
                   " hiện kế hoạch của Công an tỉnh." + CLOSING)
    assert (letter.number, letter.date, letter.place, letter.type) == ("218/KH-CAH", "2022-12-15", "Vũ Thư", "Kế hoạch")
    assert letter.issuer == "Công an huyện Vũ Thư"


def test_a_scans_motto_with_its_marks_lost_beside_the_district():
    """"HUYỆN ĐỒNG VĂN Đôc lập - Tư do - Hanh phúc": a scan lost the motto's marks; the district is the organ's line."""
    letter = parse("ỦY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỒNG VĂN Đôc lập - Tư do - Hanh phúc\n"
                   "Số: 1187 /UBND-NN Đồng Văn, ngày 28 tháng 11 năm 2013\nV/v chủ động phòng, chống đói, rét\n\nThực"
                   " hiện chỉ đạo của tỉnh." + CLOSING)
    assert (letter.issuer, letter.number) == ("Ủy ban nhân dân huyện Đồng Văn", "1187/UBND-NN")


def test_a_scanned_decisions_misread_grounds_copies_head_and_seal():
    """A scanned decision: "Căn cử Luật …" for "Căn cứ" (the subject ends there), "Nơi nhân:" for "Nơi nhận:", and the
    seal read beside the copies as "/-V/ĂN\\" and ",-‘ HỘI ĐỒNG ‘"."""
    letter = parse("UBND THÀNH PHỐ HÀ NỘI\nVĂN PHÒNG\n\nSố: 12/QĐ-VP\n\nHà Nội, ngày 02 tháng 3 năm 2018\n\nQUYẾT"
                   " ĐỊNH\nPhê duyệt kế hoạch mua sắm\nCăn cử Luật Đấu thầu số 43/2013/QH13 ngày 26/11/2013;\n\n"
                   "Điều 1. Phê duyệt.\n\nNơi nhân: KT. CHÁNH VĂN PHÒNG\n- Như Điều 3; PHÓ CHÁNH VĂN PHÒNG\n"
                   "- Kho bạc Nhà nước Hà Nội; /-V/ĂN\\\n- TT Huyện ủy; ,-‘ HỘI ĐỒNG ‘\n- Lưu: VT, QTTV.\n\n"
                   "Đoàn Thị Mai Phương\n")
    assert letter.subject == "Phê duyệt kế hoạch mua sắm"
    assert letter.cc == ("Như Điều 3", "Kho bạc Nhà nước Hà Nội", "TT Huyện ủy", "Lưu: VT, QTTV")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Chánh Văn phòng", "Phó Chánh Văn phòng")


@pytest.mark.parametrize(("written", "named"), [
    ("CÔNG AN TINH QUẢNG BÌNH", "Công an tỉnh Quảng Bình"),  # a scan lost the "ỉ"'s mark
    ("ỦY BAN NHÂN DÂN HUYÊN ĐỨC TRỌNG", "Ủy ban nhân dân huyện Đức Trọng"),
])
def test_a_units_word_whose_tone_ocr_misread_before_a_places_name(written, named):
    assert organ_name(written) == named


def test_a_police_forces_unit_takes_the_forces_whole_name():
    """"CÔNG AN TỈNH QUẢNG BÌNH" / "PHÒNG CẢNH SÁT GIAO THÔNG": the unit is the police force's, named with it."""
    letter = parse("CÔNG AN TỈNH QUẢNG BÌNH\nPHÒNG CẢNH SÁT GIAO THÔNG\nSố: 125/PC08\nV/v tuần tra dịp Tết\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Bình, ngày 3 tháng 1"
                   " năm 2019\n\nKính gửi: Công an các huyện\n\nThực hiện kế hoạch của Công an tỉnh." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Phòng Cảnh sát giao thông Công an tỉnh Quảng Bình", "Công an tỉnh Quảng Bình")


@pytest.mark.parametrize("date_line", [
    "Gia Lai, ngày 03 tháng 4 nãm 2015",  # OCR's "nãm"
    "Gia Lai, ngảy 03 thảng 4 năm 2015",  # OCR's "ngảy", "thảng"
    "Gia Lai, ngay 03 thang 4 nam 2015",  # a copy that left the marks off
])
def test_a_date_lines_words_with_a_tone_misread_or_left_off(date_line):
    letter = parse("UỶ BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/UBND-VX\nV/v triển khai tiêm chủng\n\nCỘNG HÒA XÃ HỘI "
                   f"CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n{date_line}\n\nKính gửi: Sở Y tế\n\n"
                   "Thực hiện Công văn số 45/SYT-NV ngay 02 thảng 3 nãm 2014 của Sở Y tế, đề nghị báo cáo." + CLOSING)
    assert (letter.date, letter.place, letter.subject) == ("2015-04-03", "Gia Lai", "Triển khai tiêm chủng")
    assert [(c.number, c.date) for c in find_citations(letter)] == [("45/SYT-NV", "2014-03-02")]


@pytest.mark.parametrize(("title", "read"), [
    ("PHO CHỦ TICH", "Phó Chủ tịch"), ("PHÓ GIÁM ĐÔC", "Phó Giám đốc"), ("THƯ TRƯỞNG", "Thứ trưởng")])
def test_a_signers_title_whose_tones_ocr_misread(title, read):
    """The title is read as the post it names, and the copies keep to their own lines."""
    letter = parse("UỶ BAN NHÂN DÂN\nTỈNH GIA LAI\nSố: 12/UBND-VX\nV/v triển khai\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                   "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nGia Lai, ngày 3 tháng 4 năm 2015\n\nKính gửi: Sở Y tế\n\n"
                   f"Đề nghị báo cáo.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\n{title}\n\nNguyễn Văn An")
    assert (letter.signer_title, letter.signer, letter.cc) == (read, "Nguyễn Văn An", ("Như trên", "Lưu: VT"))


def test_a_name_that_folds_as_a_title_does_is_no_title():
    assert is_position("PHÓ CHỦ TICH") and not is_position("VŨ TRƯỜNG GIANG")


@pytest.mark.parametrize(("first_line", "issuer"), [
    ("UY BAN NHÂN DÂN\nTỈNH BÌNH ĐỊNH", "Ủy ban nhân dân tỉnh Bình Định"),  # OCR lost the "Ủ"'s marks
    ("BÔ TÀI CHÍNH", "Bộ Tài chính"),
    ("UBND TỈNH TUYÊN QUANG\nSƠ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN",
     "Sở Nông nghiệp và Phát triển nông thôn tỉnh Tuyên Quang"),
    ("UBND HUYỆN MƯỜNG CHÀ\nPHÒNG TÀI CHÍNH - KÊ HOẠCH", "Phòng Tài chính - Kế hoạch huyện Mường Chà"),
    ("CỤC THADS TỈNH PHÚ THỌ\nCHI CỤC THỊ HÀNH ÁN DÂN SỰ HUYỆN LÂM THAO", "Chi cục Thi hành án dân sự huyện Lâm Thao"),
])
def test_an_organs_words_whose_tones_ocr_misread(first_line, issuer):
    letter = parse(f"{first_line}\n-------\nSố: 315/QĐ-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do"
                   " - Hạnh phúc\n\nBình Định, ngày 07 tháng 9 năm 2021\n\nQUYẾT ĐỊNH\nBan hành kế hoạch"
                   + BODY + CLOSING)
    assert letter.issuer == issuer


def test_a_place_that_folds_as_an_organs_words_do_keeps_its_letters():
    """"VÂN PHONG" (a bay, a zone's name) folds as "VĂN PHÒNG" does; OCR never gives "Ă" an "Â"."""
    assert organ_name("BAN QUẢN LÝ KHU KINH TẾ VÂN PHONG") == "Ban Quản lý Khu kinh tế Vân Phong"


def test_a_scans_garbled_date_above_the_title_does_not_end_the_header():
    """The date line OCR read as "x Nữ”": the title and subject under it are still the header's."""
    letter = parse("UBND TỈNH TUYÊN QUANG\nSỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\nSố: 215/QĐ-SNN\nCỘNG HÒA XÃ HỘI "
                   "CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nx Nữ”\nQUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm "
                   "tra\nđợt 1 năm 2022\nGIÁM ĐỐC SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN" + BODY + CLOSING)
    assert (letter.type, letter.subject) == ("Quyết định", "Thành lập Đoàn kiểm tra đợt 1 năm 2022")
    assert letter.body.startswith("Căn cứ Luật")


def test_a_scans_misread_recipients_head():
    """"Kính gửỉ:" (OCR's tone on the "i") heads the recipients."""
    letter = parse("SỞ NÔNG NGHIỆP VÀ PTNT\nSố: 512/SNN-TT\nV/v phòng trừ rầy nâu\n\nQuảng Trị, ngày 22 tháng 7 năm "
                   "2013\n\nKính gửỉ:\n- UBND các huyện;\n- Chi cục Bảo vệ thực vật.\n\nThực hiện chỉ đạo của tỉnh."
                   "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nGIÁM ĐỐC\n\nNguyễn Văn An")
    assert letter.subject == "Phòng trừ rầy nâu"
    assert letter.recipients == ("UBND các huyện", "Chi cục Bảo vệ thực vật")


def test_a_scans_marks_and_subject_prefix_whose_tones_ocr_misread():
    """"HOA TỐC" above the header is a mark, not the issuer; "Vê việc" opens the subject; "HUYÊN ỦY HOÀI ÂN" over "ỦY
    BAN KIỂM TRA" is a committee named in full, its commission under it."""
    letter = parse("HOA TỐC\nHUYÊN ỦY HOÀI ÂN\nĐẢNG CỘNG SẢN VIỆT NAM\nỦY BAN KIỂM TRA\n*\nSố 68-TB/UBKTHU\n"
                   "Hoài Ân, ngày 24 tháng 9 năm 2019\nTHÔNG BÁO\nVê việc kết luận giám sát chuyên đề\n\n"
                   "Thực hiện Quy định số 86-QĐ/TW." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban Kiểm tra Huyện ủy Hoài Ân", "Huyện ủy Hoài Ân")
    assert letter.subject == "Kết luận giám sát chuyên đề"


def test_a_web_copy_that_lost_its_breaks_glues_recipients_and_the_closings_cells():
    """A mass organisation's page ran the V/v into "Kính gửi:" and each copy into the signature's cell beside it:
    "- Như trên;PHÓ CHỦ TỊCH", "- Lưu VP.Danh Thanh Sơn"."""
    letter = parse("HỘI NÔNG DÂN TỈNH SÓC TRĂNG HỘI NÔNG DÂN VIỆT NAM\nBAN THƯỜNG VỤ\n* Sóc Trăng, ngày 09 tháng 3 năm"
                   " 2021\nSố 88-CV/HNDT\nV/v vận động hội viên tham gia bầu cửKính gửi: - Hội Nông dân các huyện;\n"
                   "- Chi hội trực thuộc.\nThực hiện Chỉ thị số 45-CT/TW của Bộ Chính trị.\nNơi nhận:TM. BAN THƯỜNG VỤ"
                   "\n- Như trên;PHÓ CHỦ TỊCH\n- Thường trực Tỉnh ủy (b/c);(Đã ký)\n- Lưu VP.Danh Văn Thạch")
    assert letter.subject == "Vận động hội viên tham gia bầu cử"
    assert letter.recipients == ("Hội Nông dân các huyện", "Chi hội trực thuộc")
    assert letter.cc == ("Như trên", "Thường trực Tỉnh ủy (b/c)", "Lưu VP")
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", "Danh Văn Thạch")


def test_a_signer_whose_name_is_a_mark_and_one_syllable():
    """A Cơ Ho signer's "K' Brửu" is a whole name (as an Ê Đê woman's "H' Yim Kđoh" is)."""
    letter = parse("UBND HUYỆN DI LINH\nVĂN PHÒNG HĐND VÀ UBND\nSố: 96/GM-VP\nDi Linh, ngày 03 tháng 8 năm 2021\n"
                   "GIẤY MỜI\nHọp trực tuyến\n\nVăn phòng trân trọng kính mời.\n\nNơi nhận:\n- Như thành phần mời;\n"
                   "- Lưu: VT.\n\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\n\nK' Brửu")
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "K' Brửu")


def test_a_scans_seal_words_beside_the_copies_and_an_ocr_slip_in_a_central_bodys_name():
    """The seal's ring read as specks ("; ' ~ ;' CỤC \\"), its words after the filed copy's stop ("KSON. * BẢO VỆ *")
    and on a line of their own ("\\ MÔI TRƯỜNG /"): none is a copy. "CỤC BẢO VẸ MÔI TRƯỜNG" is OCR's "Bảo vệ"."""
    letter = parse("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nCỤC BẢO VẸ MÔI TRƯỜNG\nSố: 2316/BVMT-KSON\nV/v báo cáo xử lý\n\n"
                   "Hà Nội, ngày 26 tháng 10 năm 2007\n\nKính gửi: Sở Tài nguyên và Môi trường tỉnh Cà Mau\n\nĐề nghị"
                   " báo cáo.\n\nNơi nhận: KT. CỤC TRƯỞNG\n- Như trên; PHÓ CỤC TRƯỞNG\n- UBND tỉnh Cà Mau (để b/c);"
                   " ' ~ ;' CỤC \\\n- Lưu: VT, KSON. * BẢO VỆ *\n\\ MÔI TRƯỜNG /\n\nTrần Văn Lộc")
    assert letter.issuer == "Cục Bảo vệ môi trường"
    assert letter.cc == ("Như trên", "UBND tỉnh Cà Mau (để b/c)", "Lưu: VT, KSON")
    assert (letter.signer_title, letter.signer) == ("Phó Cục trưởng", "Trần Văn Lộc")


def test_a_pdf_copy_whose_every_xa_lost_its_tilde_and_space_and_a_footnotes_digit_after_a_field(tmp_path):
    """"XàHỘI" three times over (a copy that glues words would read "Xà HỘI"): "XÃ HỘI", and the Cục's "xã hội" is no
    commune; "của Bộ Lao động - Thương binh và Xã hội1." (the footnote's marker a plain digit) names the ministry."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "cv.txt"
    path.write_text("\n".join([
        " BỘ LAO ĐỘNG - THƯƠNG BINH              CỘNG HOÀ XàHỘI CHỦ NGHĨA VIỆT NAM",
        "         VÀ XàHỘI                            Độc lập - Tự do - Hạnh phúc",
        "   CỤC BẢO TRỢ XàHỘI", "",
        "   Số: 1127/BTXH-CS                      Hà Nội, ngày 14 tháng 10 năm 2010",
        " V/v hướng dẫn thực hiện Nghị định", "",
        " Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Bắc Kạn", "",
        "Thực hiện Công văn số 2845/LĐTBXH-BTXH ngày 12/8/2010 của Bộ Lao động - Thương binh và Xã hội1.", "",
        "KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "", "Đặng Văn Thạch"]), encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.parent_issuer, letter.number) == (
        "Cục Bảo trợ xã hội", "Bộ Lao động - Thương binh và Xã hội", "1127/BTXH-CS")
    assert [c.issuer for c in find_citations(letter)] == ["Bộ Lao động - Thương binh và Xã hội"]


def test_a_mass_organisations_cong_van_is_named_by_its_numbers_code():
    """"146-CV/HNDT": the party's and mass organisations' "CV" is a công văn's code, where no "V/v" tells it."""
    letter = parse("HỘI NÔNG DÂN TỈNH AN GIANG\nBAN THƯỜNG VỤ\n*\nSố 146-CV/HNDT\n\nAn Giang, ngày 12 tháng 01 năm 2026"
                   "\n\nKính gửi: Hội Nông dân các xã.\n\nBan Thường vụ đề nghị thực hiện./.\n\nTM. BAN THƯỜNG VỤ\n"
                   "PHÓ CHỦ TỊCH\n\nDanh Thanh Sơn")
    assert (letter.type, letter.number) == ("Công văn", "146-CV/HNDT")


def test_a_web_copy_that_lost_every_break_between_its_blocks():
    """Each block's last line runs into the next one's first with no space: the rule into the number, the subject
    into the text, the text into the copies, the last copy into the authority, the title into "(Đã ký)" and the
    name ("… Hạnh phúc********Số: 1187/UBND-KT", "… năm 2009Thực hiện …", "Lưu: VT, NN.KT. CHỦ TỊCH", "PHÓ CHỦ
    TỊCH(Đã ký)Nguyễn Thành Phát")."""
    letter = parse("\n".join([
        "UỶ BAN NHÂN DÂN HUYỆN CHỢ MỚI*******CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc********Số: 1187/UBND-KT",
        "V/v phòng, chống dịch cúm gia cầm năm 2009",
        "Chợ Mới, ngày 16 tháng 11 năm 2009Kính gửi: Trạm Thú y huyện.Thực hiện Công văn số 3512/UBND-KT ngày"
        " 09/11/2009 của UBND tỉnh An Giang./.Nơi nhận:",
        "- Như trên;", "- Lưu: VT, NN.KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH(Đã ký)Nguyễn Thành Phát"]))
    assert (letter.number, letter.date) == ("1187/UBND-KT", "2009-11-16")
    assert letter.recipients == ("Trạm Thú y huyện",)
    assert letter.cc == ("Như trên", "Lưu: VT, NN")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Chủ tịch", "Phó Chủ tịch", "Nguyễn Thành Phát")


def test_a_web_copy_that_glued_the_number_to_the_motto_and_the_date_to_the_title():
    """"Số: 215/QĐ-SNNCỘNG HÒA XÃ HỘI …", "… ngày 16 tháng 5 năm 2022QUYẾT ĐỊNH": each part read as its own."""
    letter = parse("UBND TỈNH TUYÊN QUANG\nSỞ NÔNG NGHIỆP\nVÀ PHÁT TRIỂN NÔNG THÔN\nSố: 215/QĐ-SNNCỘNG HÒA XÃ HỘI CHỦ "
                   "NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTuyên Quang, ngày 16 tháng 5 năm 2022QUYẾT ĐỊNH\n"
                   "Về việc thành lập Đoàn kiểm tra" + BODY + CLOSING)
    assert (letter.number, letter.date, letter.type) == ("215/QĐ-SNN", "2022-05-16", "Quyết định")
    assert letter.subject == "Thành lập Đoàn kiểm tra"


def test_a_fronts_header_that_lost_its_first_letter_and_a_bloc_committee_named_with_its_level():
    """"Y BAN MTTQ VIỆT NAM" / "TỈNH SƠN LA" (a copy lost the "Ủ"); "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" under "ĐẢNG BỘ TỈNH
    QUẢNG TRỊ" names its province once."""
    assert organ_name("Y BAN MTTQ VIỆT NAM TỈNH SƠN LA") == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sơn La"
    assert organ_name("ỘI CHỮ THẬP ĐỎ VIỆT NAM") == "Hội Chữ thập đỏ Việt Nam"
    assert organ_name("VĂN PHÒNG HĐND VẢ UBND HUYỆN DẦU TIẾNG") == (  # OCR's "VẢ": no organ's name says "vả"
        "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Dầu Tiếng")
    # A narrow cell's motto "CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM" between the front's lines and its number.
    front = parse("ỦY BAN MTTQ VIỆT\nNAM\nHUYỆN CHIÊM HÓA\nBAN THƯỜNG TRỰC\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT"
                  " NAM\nĐộc lập - Tự do - Hạnh phúc\n|\nSố: 58/MTTQ-BTT\nV/v tổ chức giám sát\n|\nChiêm Hóa, ngày 22"
                  " tháng 7 năm 2014\nKính gửi: Ban Thường trực MTTQ các xã.\nĐề nghị thực hiện./." + CLOSING)
    assert (front.issuer, front.parent_issuer) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chiêm Hóa")
    paragraph = ("Thực hiện Nghị quyết số 27-NQ/TW về xây dựng Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam trong giai"
                 " đoạn mới, Ban Thường vụ Đảng ủy Khối xây dựng Kế hoạch thực hiện như sau, bảo đảm nghiêm túc, thiết"
                 " thực, gắn với nhiệm vụ chính trị của từng cơ quan, đơn vị trong toàn Đảng bộ Khối các cơ quan tỉnh:")
    letter = parse("\n".join(["ĐẢNG BỘ TỈNH QUẢNG TRỊ", "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "*", "Số 215-KH/ĐUK",
                              "ĐẢNG CỘNG SẢN VIỆT NAM", "Quảng Trị, ngày 06 tháng 3 năm 2023", "KẾ HOẠCH",
                              "học tập Nghị quyết số 27-NQ/TW", "", paragraph, "", "I. MỤC ĐÍCH"]) + CLOSING)
    assert letter.issuer == "Đảng ủy Khối các cơ quan tỉnh Quảng Trị"
    assert letter.parent_issuer == "Đảng bộ tỉnh Quảng Trị"
    assert letter.body.startswith("Thực hiện Nghị quyết")  # a paragraph naming "xã hội chủ nghĩa Việt Nam": no motto


def test_a_scans_month_read_as_letters(tmp_path):
    """"ngày 14 tháng Ol năm 2011": OCR's "O" and "l" for the month's figures, mended by the reader."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "ct.txt"
    path.write_text("HUYỆN ỦY HƯƠNG KHÊ\nSố 09-CT/HU\nHương Khê, ngày 14 tháng Ol năm 2011\nCHỈ THỊ\nvề bầu cử" + BODY
                    + CLOSING, encoding="utf-8")
    assert process_letter(path).letter.date == "2011-01-14"


def test_a_scans_subject_with_no_blank_line_before_the_text():
    """"CHỈ THỊ" / "về lãnh đạo cuộc bầu cử …" / "và đại biểu …" then the text at a page's width, no blank line: the
    text's first line opens with a capital and is wider than the subject's centred lines."""
    letter = parse("\n".join([
        "HUYỆN ỦY HƯƠNG KHÊ", "Số 09-CT/HU", "Hương Khê, ngày 14 tháng 01 năm 2011", "CHỈ THỊ",
        "về lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIII",
        "và đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2011 - 2016",
        "Cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp nhiệm",
        "kỳ 2011 - 2016 được tiến hành vào ngày 22 tháng 5 năm 2011."]) + CLOSING)
    assert letter.subject == ("Lãnh đạo cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu Hội đồng nhân dân các cấp"
                              " nhiệm kỳ 2011 - 2016")
    assert letter.body.startswith("Cuộc bầu cử")


def test_a_party_conclusions_title_block_set_as_word_paragraphs():
    """"THÔNG BÁO" / "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY" / "về kết quả …", each a paragraph of a Word file (a blank
    line apart): the "về" line under the capitals goes on with the subject, not into the text."""
    letter = parse("\n\n".join([
        "HUYỆN ỦY HẢI HẬU", "Số 145-TB/HU", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hải Hậu, ngày 18 tháng 7 năm 2016", "THÔNG BÁO",
        "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY", "về kết quả thực hiện Đề án phát triển kinh tế biển",
        "và vùng ven biển giai đoạn 2016 - 2020", "Ngày 14/7/2016, Ban Thường vụ Huyện ủy họp."]) + CLOSING)
    assert letter.subject == ("KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY về kết quả thực hiện Đề án phát triển kinh tế biển"
                              " và vùng ven biển giai đoạn 2016 - 2020")
    assert letter.body.startswith("Ngày 14/7/2016")


def test_a_police_division_named_short_under_its_provinces_police():
    """"CÔNG AN TỈNH LONG AN" / "PHÒNG CẢNH SÁT QLHC VỀ TTXH": the abbreviations read out, its "xã hội" no commune,
    and the division completed by the province's police."""
    letter = parse("\n".join(["CÔNG AN TỈNH LONG AN", "PHÒNG CẢNH SÁT QLHC VỀ TTXH", "Số: 38/GM-PC64",
                              "Long An, ngày 05 tháng 12 năm 2017", "GIẤY MỜI"]) + BODY + CLOSING)
    assert letter.issuer == "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Long An"


def test_a_citys_name_a_narrow_column_broke_before_the_date():
    """"Thành phố Hồ Chí" / "Minh, ngày 26 tháng 8 năm 2025": the place's four first words on a line of their own."""
    letter = parse("\n".join(["ỦY BAN NHÂN DÂN PHƯỜNG BẾN THÀNH", "PHÒNG KINH TẾ, HẠ TẦNG VÀ ĐÔ THỊ", "-------",
                              "Số: 215/KTHTĐT-QLĐT", "V/v chấm dứt tình trạng lấn chiếm vỉa hè", "|",
                              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "-------",
                              "Thành phố Hồ Chí", "Minh, ngày 26 tháng 8 năm 2025", "|", "Kính gửi: Công an phường."])
                   + BODY + CLOSING)
    assert (letter.place, letter.date) == ("Thành phố Hồ Chí Minh", "2025-08-26")
    assert letter.recipients == ("Công an phường",)


def test_a_plans_first_section_heading_right_under_its_subject():
    """A PDF copy with no blank lines: "KẾ HOẠCH" / its subject / "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "- Luật …": the
    numbered heading in capitals opens the text (no decision-maker), and its grounds are no subject's."""
    letter = parse("\n".join(["SỞ Y TẾ KHÁNH HÒA", "TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "Số: 412/KH-KSBT",
                              "Khánh Hòa, ngày 18 tháng 3 năm 2020", "KẾ HOẠCH",
                              "Giám sát, phòng chống bệnh sốt xuất huyết Dengue",
                              "trên địa bàn tỉnh Khánh Hòa năm 2020",
                              "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "- Luật Phòng, chống bệnh truyền nhiễm ngày 21/11/2007;",
                              "II. MỤC TIÊU", "Giảm số mắc."]) + CLOSING)
    assert letter.subject == "Giám sát, phòng chống bệnh sốt xuất huyết Dengue trên địa bàn tỉnh Khánh Hòa năm 2020"
    assert letter.body.startswith("I. CĂN CỨ")


def test_a_communes_name_whose_tone_a_scan_misread_is_its_districts_spelling():
    """OCR's "XÃ THANH LỢI" under "UBND HUYỆN BÌNH TÂN": the one commune of Bình Tân whose name folds so is "Thành
    Lợi"; the header shows what the scan gave."""
    letter = parse("\n".join(["UBND HUYỆN BÌNH TÂN", "ỦY BAN NHÂN DÂN XÃ THANH LỢI", "Số: 45/KH-UBND",
                              "Thành Lợi, ngày 10 tháng 3 năm 2016", "KẾ HOẠCH", "Phòng, chống dịch"]) + BODY + CLOSING)
    assert letter.issuer == "Ủy ban nhân dân xã Thành Lợi"
    assert "ỦY BAN NHÂN DÂN XÃ THANH LỢI" in letter.header


def test_a_school_whose_trường_a_scan_lost_under_its_department():
    """OCR's "` THPT HUỲNH NGỌC HUỆ" under "SỞ GD&ĐT QUẢNG NAM" ("TRƯỜNG" read as a speck): a school by its level,
    the issuer under its department."""
    letter = parse("\n".join(["SỞ GD&ĐT QUẢNG NAM", "` THPT HUỲNH NGỌC HUỆ", "Số: 47/TB-THPTHNH",
                              "Đại Lộc, ngày 12 tháng 5 năm 2016", "THÔNG BÁO", "Tuyển sinh vào lớp 10"])
                   + BODY + CLOSING)
    assert letter.issuer == "Trường Trung học phổ thông Huỳnh Ngọc Huệ"
    assert letter.parent_issuer == "Sở Giáo dục và Đào tạo tỉnh Quảng Nam"


def test_copies_whose_lines_a_scan_ran_into_the_seal_beside_them():
    """A scan's "Nơi nhận" lines run into the seal's ring: "- UBND tỉnh; ,/ ,,ƒ", "- TT Huyện uỷ; í ĐỒNG" are the
    items before their ";"; two items on one line keep both ("Sở Tài chính; Sở Xây dựng"), and the "Lưu" line its
    drafter and copies ("Th12")."""
    letter = parse("UBND HUYỆN PHÚ VANG\nSố: 08/NQ-HĐND\nPhú Vang, ngày 20 tháng 7 năm 2017\nNGHỊ QUYẾT\nVề quyết toán"
                   + BODY + "\n\nNơi nhận:\n- UBND tỉnh; ,/ ,,ƒ\n- TT Huyện uỷ; í ĐỒNG\n- Sở Tài chính; Sở Xây dựng;\n"
                   "- Ban Giám đốc; ( ;4 KHO BẠC )à\n- Ban Tuyên giáo; /ịf^\n- Lưu: VT, TM; Th12.\n\nCHỦ TỊCH\n\n"
                   "Nguyễn Văn An\n")
    assert letter.cc == ("UBND tỉnh", "TT Huyện uỷ", "Sở Tài chính; Sở Xây dựng", "Ban Giám đốc", "Ban Tuyên giáo",
                         "Lưu: VT, TM; Th12")  # the seal's specks: a figure alone, letters no word has


def test_a_notice_with_no_header_naming_itself_with_the_old_tone_placing():
    """"Uỷ ban nhân dân xã Na Sầm thông báo …" (the tone on the "y", as older fonts place it): the issuer it names."""
    letter = parse("THÔNG BÁO\nLịch tiếp công dân tháng 3\n\nUỷ ban nhân dân xã Na Sầm thông báo lịch tiếp công dân"
                   " tháng 3 năm 2026 như sau:\n\n1. Thứ Hai hằng tuần.\n")
    assert letter.issuer == "Ủy ban nhân dân xã Na Sầm"


@pytest.mark.parametrize("glued", [
    "TỈNH ỦY TRÀ VINH\n---------------Số 2715-CV/TU\nĐẢNG CỘNG SẢN VIỆT NAM",  # a rule line run into the number
    "TỈNH ỦY TRÀ VINH\nSố 2715-CV/TUĐẢNG CỘNG SẢN VIỆT NAM",  # the number run into the party's motto
])
def test_a_party_letters_number_a_web_copy_glued_to_the_line_around_it(glued):
    letter = parse(glued + "\nTrà Vinh, ngày 16 tháng 12 năm 2019\nV/v lãnh đạo tổ chức đón Tết\n\nThực hiện chỉ đạo."
                   + CLOSING)
    assert (letter.number, letter.issuer) == ("2715-CV/TU", "Tỉnh ủy Trà Vinh")


def test_a_youth_unions_pdf_copy_that_lost_its_hyphens():
    """"Số: 32 KH/ĐTN Nga Sơn, ngày …" (the hyphen lost, its space kept), the party's numbers run into their types
    in the text ("53CT/TW", "45KH/TĐTNBTG"): the copy lost its hyphens, and its subject's range of years its dash."""
    from build_tools.cite import find_citations

    letter = parse("TỈNH ĐOÀN THANH HÓA ĐOÀN TNCS HỒ CHÍ MINH\nBCH ĐOÀN HUYỆN NGA SƠN\n***\nSố: 32 KH/ĐTN Nga Sơn,"
                   " ngày 09 tháng 3 năm 2016\nKẾ HOẠCH\nTuyên truyền bầu cử nhiệm kỳ 2016  2021\n\nThực hiện Chỉ thị"
                   " số 53CT/TW ngày 06/01/2016 của Bộ Chính trị; Kế hoạch số 45KH/TĐTNBTG ngày 26/02/2016 của Ban"
                   " Thường vụ Tỉnh đoàn.\n" + CLOSING)
    assert (letter.number, letter.date, letter.subject) == (
        "32-KH/ĐTN", "2016-03-09", "Tuyên truyền bầu cử nhiệm kỳ 2016 - 2021")
    assert [c.number for c in find_citations(letter)] == ["53-CT/TW", "45-KH/TĐTN-BTG"]


def test_a_national_bodys_name_a_narrow_cell_broke_before_nam():
    """"TỔNG LĐLĐ VIỆT" / "NAM" / "LĐLĐ TỈNH THÁI NGUYÊN": the confederation is the parent, whole."""
    letter = parse("TỔNG LĐLĐ VIỆT\nNAM\nLĐLĐ TỈNH THÁI NGUYÊN\n--------\nSố: 186 /LĐLĐ-TG\nV/v Tháng Công nhân\n|\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nThái Nguyên, ngày 08 tháng 4 năm 2025" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Liên đoàn Lao động tỉnh Thái Nguyên",
                                                     "Tổng Liên đoàn Lao động Việt Nam")


def test_a_subjects_words_run_together_and_a_scans_grounds():
    """A subject's words a copy ran together ("cá nhân kinh doanhtừ ngày"), parted where they part one way only; a
    name ("bão Yagi") and a foreign word ("Dengue") are left; a scan's "Căn cú Luật …" opens the text."""
    letter = parse("\n".join(["UBND TỈNH ĐỒNG THÁP", "Số: 47/2005/QĐ-UBND", "Cao Lãnh, ngày 15 tháng 8 năm 2005",
                              "QUYẾT ĐỊNH", "Về phí chợ và kinh doanhtừ ngày 01/01/2006, bão Yagi, sốt Dengue",
                              "Căn cú Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;",
                              "Điều 1. Ban hành."]) + CLOSING)
    assert letter.subject == "Phí chợ và kinh doanh từ ngày 01/01/2006, bão Yagi, sốt Dengue"
    assert letter.body.startswith("Căn cú Luật")


def test_a_branch_under_its_department_named_short():
    """"SỞ NN VÀ PTNT QUẢNG NINH" / "CHI CỤC KIỂM LÂM": the department read out, the branch the province's."""
    letter = parse("SỞ NN VÀ PTNT QUẢNG NINH\nCHI CỤC KIỂM LÂM\nSố: 186/KH-CCKL\nQuảng Ninh, ngày 02 tháng 8 năm 2016\n"
                   "KẾ HOẠCH\nPhòng cháy, chữa cháy rừng" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Chi cục Kiểm lâm tỉnh Quảng Ninh",
                                                     "Sở Nông nghiệp và Phát triển nông thôn tỉnh Quảng Ninh")


def test_a_scans_number_word_a_citizens_name_wrapped_and_a_speck_line_among_the_copies():
    """OCR's "Só: 1046/UBND-KT"; "Kính gửi: Bà Lê Thị" / "Ngọc Hạnh (địa chỉ: …)" (her name wrapped, its address no
    part of it); "‘ Ÿ `‹ ⁄ ị" (the seal's specks) between two dashed copies."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN CHƠN THÀNH\nSó: 1046/UBND-KT\nChơn Thành, ngày 24 tháng 9 nãm 2015\n"
                   "V/v trả lời đơn phản ánh\n\nKính gửi: Bà Lê Thị\nNgọc Hạnh (địa chỉ: số 12/4 khu phố Bình Đức,"
                   " phường Bình Hòa,\nthị xã Thuận An).\n\nNgày 07/8/2015, Ủy ban nhân dân huyện nhận được đơn.\n\n"
                   "Nơi nhận:\n- Như trên;\n- Sở TN&MT tỉnh;\n‘ Ÿ `‹ ⁄ ị\n- Lưu: VT.\n\nCHỦ TỊCH\n\nNguyễn Văn An\n")
    assert (letter.number, letter.date) == ("1046/UBND-KT", "2015-09-24")
    assert letter.recipients == ("Bà Lê Thị Ngọc Hạnh",)
    assert letter.cc == ("Như trên", "Sở TN&MT tỉnh", "Lưu: VT")


def test_a_seals_words_in_mixed_case_are_no_signers_name_and_a_subjects_nam_or_cong():
    """A scan converted to TCVN3, the seal's words beside the copies ("Và PTNT": capitalised and in capitals
    together, no name), the signer's name below; a PDF's subject wrapped before "Nam" (the motto's is in capitals)."""
    letter = parse("SỞ NN VÀ PTNT NAM ĐỊNH\nCHI CỤC THỦY LỢI\nSố: 12/TB-CCTL\nNam Định, ngày 05 tháng 01 năm 2021\n"
                   "THÔNG BÁO\nLịch lấy nước vụ Xuân tại phường Quy Nhơn\nNam\n\nThực hiện chỉ đạo.\n\nNơi nhận:"
                   "      CHI CỤC TRƯỞNG\n- Như trên;\n- Sở NN&PTNT (để b/c);     SỞ NÔNG NGHIỆP\n- Lãnh đạo Chi cục;"
                   "     Và PTNT\n- Lưu: VT.     CHI CỤC\n\nTrần Quang Vinh\n")
    assert letter.signer == "Trần Quang Vinh"
    assert letter.subject == "Lịch lấy nước vụ Xuân tại phường Quy Nhơn Nam"
    # A web cell's "… để gia" / "công": the motto's "CỘNG" a narrow cell cuts off is in capitals.
    assert parse("CỤC HẢI QUAN TP HẢI PHÒNG\nSố: 4521/HQHP-GSQL\nV/v báo cáo nhập khẩu để gia\ncông\n|\nHải Phòng,"
                 " ngày 02 tháng 7 năm 2019\nKính gửi: Công ty TNHH Hoàng Phát\nCục trả lời như sau./.\n"
                 ).subject == "Báo cáo nhập khẩu để gia công"


def test_an_old_portals_columns_spaced_wide_inside_the_number_and_a_place_its_hyphen_lost():
    """An early portal's text of a .doc: "Số:    196  /BC-UBND" then the place and date after a wide gap (one cell,
    not three); a PDF copy's "Phan RangTháp Chàm" (the name's hyphen lost, the gazetteer's name has a dash there)."""
    letter = parse("UỶ BAN NHÂN DÂN         CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   HUYỆN CÁI BÈ"
                   "          Độc lập - Tự do - Hạnh phúc\nSố:    196  /BC-UBND          Cái Bè,"
                   " ngày 12 tháng 12 năm 2005\n\nBÁO CÁO\nTổng kết công tác năm 2005" + BODY + CLOSING)
    assert (letter.number, letter.issuer, letter.place) == ("196/BC-UBND", "Ủy ban nhân dân huyện Cái Bè", "Cái Bè")
    letter = parse("UBND TỈNH NINH THUẬN\nSỞ TÀI CHÍNH\nSố: 862/TTrSTC Phan RangTháp Chàm, ngày 17 tháng 10 năm 2008\n"
                   "TỜ TRÌNH\nVề việc cấp kinh phí" + BODY + CLOSING)
    assert letter.place == "Phan Rang-Tháp Chàm"


def test_a_unit_naming_its_parent_by_kind_and_a_citizens_address_in_brackets():
    """"SỞ Y TẾ THÁI BÌNH" / "THANH TRA SỞ": the department's inspectorate, named in full; "Kính gửi: Bà … (thôn …, xã
    …, huyện …)": her address is no part of the recipient."""
    letter = parse("SỞ Y TẾ THÁI BÌNH\nTHANH TRA SỞ\nSố: 112/QĐ-TTr\nThái Bình, ngày 14 tháng 11 năm 2011\nQUYẾT ĐỊNH\n"
                   "Về việc thanh tra hành nghề y tư nhân" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Thanh tra Sở Y tế tỉnh Thái Bình", "Sở Y tế tỉnh Thái Bình")
    letter = parse("UBND HUYỆN BỐ TRẠCH\nTHANH TRA HUYỆN\nSố: 12/TB-TTr\nBố Trạch, ngày 10 tháng 6 năm 2014\n"
                   "THÔNG BÁO\nKết quả giải quyết khiếu nại\n\nKính gửi: Bà Nguyễn Thị Lài (thôn Nam Sơn, xã Đại Trạch,"
                   " huyện Bố Trạch).\n\nThanh tra huyện thông báo." + CLOSING)
    assert letter.recipients == ("Bà Nguyễn Thị Lài",)


def test_a_signers_name_on_a_wrapped_copys_line_and_a_rank_before_a_name_with_no_family_name():
    """A PDF's closing side by side: the name on the line of a copy the narrow column wrapped ("… thành phố, thị Nguyễn
    Hữu Tài" / "xã;"); a scan's seal read beside the copies ("QUÂN SỰ", "HUYỆN TRẦN ĐỀ"), the name after a rank
    ("Thượng tá Sơn Chanh Đa": a Khmer name, no Vietnamese family name)."""
    head = "BAN TIẾP CÔNG DÂN\nSố: 05/KH-BTCD\nMỹ Tho, ngày 20 tháng 02 năm 2025\nKẾ HOẠCH\nTiếp dân\n\nNội dung./.\n\n"
    letter = parse(head + "Nơi nhận: KT. TRƯỞNG BAN\n- Thường trực Tỉnh ủy (b/c); PHÓ TRƯỞNG BAN\n- Ban Tiếp công dân"
                   " các huyện, thành phố, thị Nguyễn Hữu Tài\nxã;\n- Lưu: VT, BTCD.\n")
    assert letter.signer == "Nguyễn Hữu Tài"
    assert letter.cc == ("Thường trực Tỉnh ủy (b/c)", "Ban Tiếp công dân các huyện, thành phố, thị xã",
                         "Lưu: VT, BTCD")
    letter = parse(head + "Nơi nhận:                       CHỈ HUY TRƯỞNG\n- Như trên;\n- Bộ CHQS tỉnh (b/c);"
                   "          ( BAN CHỈ HUY )\n- TT Huyện ủy (b/c);              QUÂN SỰ\n- Lưu: VT."
                   "             \\ HUYỆN TRẦN ĐỀ /\n\n                              Thượng tá Sơn Chanh Đa\n")
    assert (letter.signer_title, letter.signer) == ("Chỉ huy trưởng", "Sơn Chanh Đa")


def test_an_associations_page_its_header_run_onto_one_line_and_its_signature_too():
    """A provincial association's news page: its national body and its own name run onto one line with the number
    ("HỘI KHUYẾN HỌC VIỆT NAM HỘI KHUYẾN HỌC TỈNH HÀ TĨNH ---- Số: 38 / CV- HKH V/v …"), a "|" line before the motto's
    cell, the signature on one line ("KT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC (Đã ký) Trần Đình Thục |")."""
    letter = parse("Hướng dẫn đánh giá danh hiệu năm 2015\nNgày đăng: 08/04/2015 | Lượt xem: 1362\n\nHỘI KHUYẾN"
                   " HỌC VIỆT NAM HỘI KHUYẾN HỌC TỈNH HÀ TĨNH ------- Số: 38 / CV- HKH V/v hướng dẫn đánh giá danh"
                   " hiệu năm 2015\n|\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc ------- Hà Tĩnh, ngày 06 tháng 4 năm"
                   " 2015 |\nKính gửi: Hội Khuyến học các huyện.\nThực hiện kế hoạch, Hội hướng dẫn./.\nNơi nhận: - Như"
                   " trên; - Lưu: VT.\n|\nKT. CHỦ TỊCH PHÓ CHỦ TỊCH THƯỜNG TRỰC (Đã ký) Trần Đình Thục |\n")
    assert (letter.number, letter.issuer, letter.parent_issuer) == (
        "38/CV-HKH", "Hội Khuyến học tỉnh Hà Tĩnh", "Hội Khuyến học Việt Nam")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "KT. Chủ tịch", "Phó Chủ tịch Thường trực", "Trần Đình Thục")
    letter = parse("LIÊN MINH HTX VIỆT NAM\nLIÊN MINH HTX TỈNH BÌNH PHƯỚC\nSố: 09/KH-LMHTX\nĐồng Xoài, ngày 02 tháng 3"
                   " năm 2010\nKẾ HOẠCH\nĐào tạo cán bộ hợp tác xã" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Liên minh Hợp tác xã tỉnh Bình Phước",
                                                     "Liên minh Hợp tác xã Việt Nam")


def test_a_banks_district_office_under_its_branch_and_a_tax_regions_dashes_lost():
    """"NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH BẠC LIÊU" / "PHÒNG GIAO DỊCH HUYỆN HỒNG DÂN": the office named
    with its bank; a PDF copy that lost its hyphens, a regional tax office's "BA BỂ  NGÂN SƠN  PÁC NẶM"."""
    letter = parse("NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nCHI NHÁNH TỈNH BẠC LIÊU\nPHÒNG GIAO DỊCH\nHUYỆN HỒNG DÂN\n"
                   "Số: 21/GM-PGD\nHồng Dân, ngày 03 tháng 10 năm 2022\nGIẤY MỜI\nHọp Ban đại diện" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Phòng giao dịch Ngân hàng Chính sách xã hội huyện Hồng Dân",
                                                     "Ngân hàng Chính sách xã hội chi nhánh tỉnh Bạc Liêu")
    letter = parse("CỤC THUẾ TỈNH BẮC KẠN\nCHI CỤC THUẾ KHU VỰC\nBA BỂ  NGÂN SƠN  PÁC NẶM\nSố: 27/QĐCCTKV\nBa Bể,"
                   " ngày 14 tháng 01 năm 2025\nQUYẾT ĐỊNH\nVề việc cưỡng chế\n\nCăn cứ Nghị định số 126/2020/NĐCP"
                   " ngày 19 tháng 10 năm 2020 của Chính phủ;\n\nĐiều 1. Cưỡng chế." + CLOSING)
    assert letter.issuer == "Chi cục Thuế khu vực Ba Bể - Ngân Sơn - Pác Nặm"


def test_abbreviated_fields_a_penalty_decisions_decider_heading_and_a_prosecutors_lost_first_letter():
    """"TRUNG TÂM GDNN-GDTX", "PHÒNG CẢNH SÁT PCCC VÀ CNCH" read out; "Nơi nhận: NGƯỜI RA QUYẾT ĐỊNH" (the form's
    heading over the title, no copy); "IỆN KIỂM SÁT NHÂN DÂN" (a copy lost its "V")."""
    letter = parse("UBND HUYỆN QUỲNH LƯU\nTRUNG TÂM GDNN-GDTX\nSố: 38/KH-TTGDNN-GDTX\nQuỳnh Lưu, ngày 05 tháng 3 năm"
                   " 2021\nKẾ HOẠCH\nMở lớp nghề" + BODY + CLOSING)
    assert letter.issuer == "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện Quỳnh Lưu"
    letter = parse("CÔNG AN TỈNH QUẢNG NINH\nPHÒNG CẢNH SÁT PCCC VÀ CNCH\nSố: 27/QĐ-XPHC\nQuảng Ninh, ngày 12 tháng 4"
                   " năm 2023\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính" + BODY + "\nNơi nhận: NGƯỜI RA QUYẾT ĐỊNH\n"
                   "- Như Điều 3;                 TRƯỞNG PHÒNG\n- Lưu: Hồ sơ, VT.\n\nThượng tá Phạm Đức Hùng\n")
    assert letter.issuer == ("Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Quảng Ninh")
    assert (letter.cc, letter.signer_title, letter.signer) == (
        ("Như Điều 3", "Lưu: Hồ sơ, VT"), "Trưởng phòng", "Phạm Đức Hùng")
    assert parse("IỆN KIỂM SÁT NHÂN DÂN\nTỈNH KON TUM\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh"
                 " phúc\n|\nSố: 09/TB-VKS-P7\n|\nKon Tum, ngày 17 tháng 4 năm 2023\nTHÔNG BÁO\nRút kinh nghiệm" + BODY
                 + CLOSING).issuer == "Viện kiểm sát nhân dân tỉnh Kon Tum"


def test_a_scans_command_name_its_tone_lost():
    """OCR's "PHÒNG, CHONG THIÊN TAI" in a disaster command's name is read as the phrase it folds to."""
    assert organ_name("BAN CHỈ HUY PHÒNG, CHONG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN TỈNH NAM ĐỊNH") == (
        "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Nam Định")


def test_a_seals_word_below_the_copies_no_part_of_the_title_and_a_jrai_signers_name():
    """A scan: "PHÓ TRƯỞNG PHÒNG" beside the copies, the seal's "PHÒNG" three lines below (a title goes on on its next
    line only); a copy's "TT HĐND xã(b/c)"; a Jrai woman's name with its mark inside ("Ksor H'Liêng")."""
    head = "UBND HUYỆN ĐÔNG ANH\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 618/PGDĐT-THCS\nĐông Anh, ngày 05 tháng 3 năm 2022\n" \
           "V/v kiểm tra\n\nKính gửi: Các trường THCS.\n\nPhòng yêu cầu thực hiện./.\n\n"
    letter = parse(head + "Nơi nhận: KT. TRƯỞNG PHÒNG\n- Như trên; PHÓ TRƯỞNG PHÒNG\n- TT HĐND xã(b/c);\n- Lưu: VT.\n"
                   "                                 PHÒNG\nGIÁO DỤC\n\nNguyễn Thị Thu Hà\n")
    assert (letter.signer_title, letter.signer) == ("Phó Trưởng phòng", "Nguyễn Thị Thu Hà")
    assert letter.cc == ("Như trên", "TT HĐND xã (b/c)", "Lưu: VT")
    letter = parse(head + "Nơi nhận: TM. THƯỜNG TRỰC HĐND\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT.\n(Đã ký)\n"
                   "Ksor H'Liêng\n")
    assert letter.signer == "Ksor H'Liêng"


def test_a_communes_civil_servant_signing_and_district_units_named_by_their_district():
    """"TL. CHỦ TỊCH / CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ"; "TRUNG TÂM Y TẾ CẦN GIUỘC" under "SỞ Y TẾ LONG AN" (the
    district's centre); "CHI NHÁNH CHÂU THÀNH" under "VP ĐĂNG KÝ ĐẤT ĐAI TỈNH BẾN TRE" (the registry's branch)."""
    letter = parse("UBND XÃ LŨNG PÙ\nSố: 12/TB-UBND\nLũng Pù, ngày 05 tháng 3 năm 2013\nTHÔNG BÁO\nKết luận giao ban"
                   "\n\nNội dung./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\nTL. CHỦ TỊCH\nCÔNG CHỨC VĂN PHÒNG -"
                   " THỐNG KÊ\n\nGiàng A Páo\n")
    assert (letter.signing_authority, letter.signer_title) == ("TL. Chủ tịch", "Công chức Văn phòng - Thống kê")
    assert parse("SỞ Y TẾ LONG AN\nTRUNG TÂM Y TẾ CẦN GIUỘC\nSố: 86/TTYT-YTDP\nCần Giuộc, ngày 05 tháng 2 năm 2009\n"
                 "V/v phòng chống cúm\n\nKính gửi: Các trạm y tế.\n\nNội dung." + CLOSING
                 ).issuer == "Trung tâm Y tế huyện Cần Giuộc"
    assert parse("VP ĐĂNG KÝ ĐẤT ĐAI TỈNH BẾN TRE\nCHI NHÁNH CHÂU THÀNH\nSố: 412/CNVPĐK-ĐK\nChâu Thành, ngày 05 tháng"
                 " 3 năm 2019\nV/v xác nhận nguồn gốc đất\n\nKính gửi: UBND các xã.\n\nNội dung." + CLOSING
                 ).issuer == "Chi nhánh Văn phòng Đăng ký đất đai huyện Châu Thành"


def test_a_units_kind_a_copy_ran_into_its_name_is_parted_even_once(tmp_path):
    """"Kính gửi: - Ủy ban nhân dân xãYên Đĩnh;" (a small letter then a capital, no word so written: mended alone);
    "cúm A(H5N1)" stays as written."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "glued.txt"
    path.write_text("TRUNG TÂM PHÁT TRIỂN QUỸ ĐẤT\nSố: 12/TB-TTPTQĐ\nBắc Kạn, ngày 05 tháng 3 năm 2025\nTHÔNG BÁO\n"
                    "Công khai phương án bồi thường\n\nKính gửi:\n- Ủy ban nhân dân xãYên Đĩnh;\n- Ủy ban nhân dân xã"
                    " Thanh Thịnh.\n\nPhòng chống cúm A(H5N1) và công khai phương án./." + CLOSING, encoding="utf-8")
    letter = process_letter(path).letter
    assert letter.recipients == ("Ủy ban nhân dân xã Yên Đĩnh", "Ủy ban nhân dân xã Thanh Thịnh")
    assert "cúm A(H5N1)" in letter.body


def test_a_party_commissions_name_its_copy_lost_the_first_letter_of():
    """An early district page: "HUYỆN UỶ GÒ DẦU" / "y BAN KIỂM TRA" (the "Ủ" lost, the "y" left small), "Số 27
    -TB/UBKTHU", the place broken in its cell ("Gò" / "Dầu, ngày …")."""
    letter = parse("HUYỆN UỶ GÒ DẦU\ny BAN KIỂM TRA\n*\nSố 27 -TB/UBKTHU\n|\nĐẢNG CỘNG SẢN VIỆT NAM\nGò\nDầu, ngày 10"
                   " tháng 8 năm 2009\n|\nTHÔNG BÁO\nkết luận kiểm tra việc thực hiện nhiệm vụ\nđối với Ủy ban Kiểm tra"
                   " Đảng ủy xã Phước Đông" + BODY + CLOSING)
    assert (letter.number, letter.date, letter.place) == ("27-TB/UBKTHU", "2009-08-10", "Gò Dầu")
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban Kiểm tra Huyện ủy Gò Dầu", "Huyện ủy Gò Dầu")


def test_an_old_portals_page_left_partly_in_vni_codes(tmp_path):
    """A VNI page converted but for some words: the motto ("COÄNG HOAØ …", "Ñoäc laäp"), "Soá:", "Kính gôûi:", "Nôi
    nhaän:" (read in Unicode where a letter no Vietnamese word holds shows the codes; "Soá" and "Nôi" a Unicode letter
    spells, matched as the words they stand for); a copy "TT. Thành uỷ, TT. HĐND TP;" going on after its stop."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "vni.txt"
    path.write_text("UỶ BAN NHÂN DÂN\nTHÀNH PHỐ LONG XUYÊN\n******\n\nCOÄNG HOAØ XAÕ HOÄI CHUÛ NGHÓA VIEÄT NAM\nÑoäc"
                    " laäp - Töï do - Haïnh phuùc\n\nSoá: 158/CV-UB\nV/v tổng vệ sinh môi trường năm 2006\n\nTP. Long"
                    " Xuyên, ngày 08 tháng 5 năm 2006\n\nKính gôûi:\n- Thủ trưởng các phòng, ban, ngành thành phố;\n-"
                    " UBND các phường, xã.\n\nThực hiện Luật số 11/2012/QH13 về phòng, chống dịch, phoøng choáng"
                    " dịch./.\n\nNôi nhaän:\n- Như trên;\n- TT. Thành uỷ, TT. HĐND TP;\n- Lưu VT.\n\nKT. CHỦ TỊCH\n"
                    "PHÓ CHỦ TỊCH\n\nNguyễn Văn Thạnh\n", encoding="utf-8")
    letter = process_letter(path)
    assert (letter.letter.number, letter.letter.date, letter.letter.type) == ("158/CV-UB", "2006-05-08", "Công văn")
    assert letter.letter.recipients == ("Thủ trưởng các phòng, ban, ngành thành phố", "UBND các phường, xã")
    assert letter.letter.cc == ("Như trên", "TT. Thành uỷ, TT. HĐND TP", "Lưu VT")
    assert "dịch, phòng choáng dịch" in letter.letter.body  # "choáng" a word Unicode spells: left as written
    assert [c.number for c in letter.citations] == ["11/2012/QH13"]


def test_a_word_a_copy_ran_into_tai_is_parted_even_once(tmp_path):
    """"Theo đề nghị của Giám đốc Sở Xây dựngtại Tờ trình số 1863/TTr-SXD …, Báo cáo … của Sở Tư pháp": parted, the
    proposal is the Sở Xây dựng's, not the next clause's issuer."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "tai.txt"
    path.write_text("ỦY BAN NHÂN DÂN\nTỈNH TRÀ VINH\nSố: 21/2021/QĐ-UBND\nTrà Vinh, ngày 05 tháng 8 năm 2021\n"
                    "QUYẾT ĐỊNH\nBan hành Quy định về nhà ở công vụ\n\nTheo đề nghị của Giám đốc Sở Xây"
                    " dựngtại Tờ trình số 1863/TTr-SXD ngày 28 tháng 7 năm 2021 và Báo cáo thẩm định số 142/BC-STP"
                    " ngày 15 tháng 7 năm 2021 của Sở Tư pháp.\n\nĐiều 1. Ban hành." + CLOSING, encoding="utf-8")
    found = process_letter(path).citations
    assert [(c.number, c.issuer) for c in found] == [("1863/TTr-SXD", "Sở Xây dựng tỉnh Trà Vinh"),
                                                     ("142/BC-STP", "Sở Tư pháp tỉnh Trà Vinh")]


@pytest.mark.parametrize(("row", "authority", "title"), [
    ("Nơi nhận: TM. BAN VĂN HÓA  XÃ HỘI  TRƯỞNG BAN", "TM. Ban Văn hóa - Xã hội", "Trưởng ban"),  # dash lost
    ("Nơi nhận: TM. ỦY BAN NHÂN DÂN  CHỦ TỊCH", "TM. Ủy ban nhân dân", "Chủ tịch"),  # a title in the next cell
])
def test_a_flattened_closing_row_keeps_an_authority_whose_dash_a_copy_lost(row, authority, title):
    """A site ran the closing's two columns onto one line, two spaces between cells: a capitals' run after an
    authority that is no title nor authority goes on with its name, not into the copies."""
    letter = parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH KHÁNH HÒA\nSố: 45/BC-HĐND\nKhánh Hòa, ngày 3 tháng 7 năm 2017\nBÁO CÁO\n"
                   f"Thẩm tra dự thảo nghị quyết\n\nBan đã thẩm tra./.\n{row}\n- Như trên;\n- Lưu: VT.\n\n"
                   "Trần Thị Diễm Hương\n")
    assert (letter.signing_authority, letter.signer_title) == (authority, title)
    assert letter.cc == ("Như trên", "Lưu: VT")


def test_a_party_closing_set_beside_its_copies_that_lost_their_dashes():
    """A PDF copy of a party letter: the copies end with "," and lost their dashes, the signature's lines run onto
    them ("Ban Thường vụ Tỉnh ủy (b/c), BÍ THƯ", "…, Phan Thị Mỹ Hạnh"), the seal's words after one ("…, TỈNH ỦY");
    a scan read the star under the issuer into the place's line ("+ Mỹ Tho")."""
    letter = parse("TỈNH ỦY TIỀN GIANG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n+ Mỹ Tho, ngày 19 tháng 9 năm 2011\n"
                   "Số 46-HD/BTCTU\nHƯỚNG DẪN\nđánh giá chất lượng sinh hoạt chi bộ\n\nCác chi bộ thực hiện.\n"
                   "Nơi nhận: T/M BAN THƯỜNG VỤ\nBan Thường vụ Tỉnh ủy (b/c), BÍ THƯ\nCác ban đảng Tỉnh ủy, TỈNH ỦY\n"
                   "Các chi, đảng bộ cơ sở trực thuộc, Phan Thị Mỹ Hạnh\nLưu Văn phòng.\n")
    assert (letter.place, letter.signer_title, letter.signer) == ("Mỹ Tho", "Bí thư", "Phan Thị Mỹ Hạnh")
    assert letter.cc == ("Ban Thường vụ Tỉnh ủy (b/c)", "Các ban đảng Tỉnh ủy", "Các chi, đảng bộ cơ sở trực thuộc",
                         "Lưu Văn phòng")


def test_a_provinces_college_named_by_its_field_alone_and_its_heads_plan():
    """"TRƯỜNG CAO ĐẲNG SƯ PHẠM" under "UBND TỈNH NINH THUẬN" is the Trường Cao đẳng Sư phạm Ninh Thuận (its field
    cased as a name's); "Kế hoạch … của Hiệu trưởng" is the college's own."""
    letter = parse("UBND TỈNH NINH THUẬN\nTRƯỜNG CAO ĐẲNG SƯ PHẠM\nSố: 318/CĐSP-ĐT\nNinh Thuận, ngày 07 tháng 5 năm"
                   " 2013\nV/v khảo sát nhu cầu đào tạo\n\nKính gửi: Các trường THCS.\n\nCăn cứ Kế hoạch số 96/KH-CĐSP"
                   " ngày 15/9/2012 của Hiệu trưởng về nhiệm vụ năm học./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Trường Cao đẳng Sư phạm Ninh Thuận",
                                                     "Ủy ban nhân dân tỉnh Ninh Thuận")
    assert [c.issuer for c in find_citations(letter)] == ["Trường Cao đẳng Sư phạm Ninh Thuận"]


def test_a_state_groups_letter_and_a_title_ending_with_its_units_scope():
    """"TẬP ĐOÀN CÔNG NGHIỆP THAN -" / "KHOÁNG SẢN VIỆT NAM" heads a state group's letter (its decision "…/QĐ-TKV" its
    own); a title's next line ending "TRUNG ƯƠNG" goes on with it, no signer's name ("NÔNG THÔN MỚI TRUNG ƯƠNG",
    the family name "Nông" notwithstanding), the seal's specks between it and the name."""
    letter = parse("TẬP ĐOÀN CÔNG NGHIỆP THAN -\nKHOÁNG SẢN VIỆT NAM\n-------\nSố: 3124/TKV-MT\n"
                   "V/v báo cáo môi trường\nHà Nội, ngày 24 tháng 6 năm 2016\n\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh Quảng Ninh.\n\nTheo Quyết định số 1498/QĐ-TKV ngày 15/7/2015./.\n\n"
                   "TL. TỔNG GIÁM ĐỐC\nCHÁNH VĂN PHÒNG ĐIỀU PHỐI\nNÔNG THÔN MỚI TRUNG ƯƠNG\n„ø` .\\\\ /\n"
                   "Phạm Hữu Lộc\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n")
    assert letter.issuer == "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
    assert [c.issuer for c in find_citations(letter)] == ["Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"]
    assert (letter.signer_title, letter.signer) == ("Chánh Văn phòng Điều phối nông thôn mới Trung ương",
                                                    "Phạm Hữu Lộc")


def test_a_companys_address_in_brackets_the_line_wrapped_is_no_part_of_the_recipient():
    """"Kính gửi: Công ty TNHH …" / "(Địa chỉ: Lô B4, KCN …, tỉnh Quảng Ngãi;" / "MST: 4300561287)": the address and
    tax code a PDF's lines wrapped, its ";" inside the bracket, are the company's, not a recipient."""
    letter = parse("CỤC THUẾ TỈNH QUẢNG NGÃI\nSố: 2317/CT-TTHT\nQuảng Ngãi, ngày 15 tháng 9 năm 2015\n"
                   "V/v thuế suất thuế GTGT\n\nKính gửi: Công ty TNHH Cơ khí và Xây dựng Trà Khúc\n"
                   "(Địa chỉ: Lô B4, KCN Tịnh Phong, huyện Sơn Tịnh, tỉnh Quảng Ngãi;\nMST: 4300561287)\n"
                   "Cục Thuế nhận được công văn của Công ty./." + CLOSING)
    assert letter.recipients == ("Công ty TNHH Cơ khí và Xây dựng Trà Khúc",)


def test_a_seals_ring_ocr_read_before_the_signers_name_on_a_copys_line():
    """A scan read the seal's ring and words across the copies' lines and into the signer's: "- Thành viên BCĐ xã;
    \\ `KIẾN A / Huỳnh Thanh Phong", "- Lưu: VT. `-..-' Trương Văn Nhớ": the name is the signer's, the ring no
    copy's."""
    letter = parse("ỦY BAN NHÂN DÂN\nXÃ KIẾN AN\nSố: 45/KH-UBND\nKiến An, ngày 12 tháng 6 năm 2019\nKẾ HOẠCH\n"
                   "Phòng, chống bệnh Dịch tả lợn châu Phi\n\nCác ấp thực hiện./.\nNơi nhận: TM. ỦY BAN NHÂN DÂN\n"
                   "- UBND huyện Chợ Mới (b/c); CHỦ TỊCH\n- TT. Đảng ủy xã; /`UỶ BAN N`\\\n"
                   "- Thành viên BCĐ xã; \\ `KIẾN A / Huỳnh Thanh Phong\n- Lưu: VT. `-..-'\n")
    assert (letter.signer_title, letter.signer) == ("Chủ tịch", "Huỳnh Thanh Phong")
    assert letter.cc == ("UBND huyện Chợ Mới (b/c)", "TT. Đảng ủy xã", "Thành viên BCĐ xã", "Lưu: VT")


def test_a_sites_facts_above_its_copy_are_no_number_line():
    """"Số/Ký hiệu: 352/TB-CCTHA" in a portal's facts under its banner and menu: the letter's header follows; a second
    debtor "(cùng địa chỉ)" is named without it."""
    letter = parse("CỤC THI HÀNH ÁN DÂN SỰ TỈNH BÌNH PHƯỚC\nTrang chủ > Thông báo\nSố/Ký hiệu: 352/TB-CCTHA\n"
                   "Ngày ban hành: 08/06/2016\nĐơn vị ban hành: Chi cục THADS huyện Bù Đăng\n"
                   "CỤC THADS TỈNH BÌNH PHƯỚC\nCHI CỤC THI HÀNH ÁN DÂN SỰ\nHUYỆN BÙ ĐĂNG\n|\nSố: 352 /TB-CCTHA\n|\n"
                   "Bù Đăng, ngày 08 tháng 6 năm 2016\n|\nTHÔNG BÁO\nVề việc cưỡng chế kê biên\nKính gửi:\n"
                   "- Ông Điểu Khoa (địa chỉ: thôn 4, xã Đăk Nhau);\n- Bà Thị Hơn (cùng địa chỉ).\nCăn cứ Luật Thi hành"
                   " án dân sự./." + CLOSING)
    assert (letter.number, letter.date, letter.issuer) == ("352/TB-CCTHA", "2016-06-08",
                                                           "Chi cục Thi hành án dân sự huyện Bù Đăng")
    assert letter.recipients == ("Ông Điểu Khoa", "Bà Thị Hơn")


def test_a_telegrams_recipients_after_dien_on_a_line_of_their_own_and_a_sites_title_above():
    """"CHỦ TỊCH UBND HUYỆN TUY AN" / "Điện : - Trưởng Ban …": the recipients after "Điện :" end the subject; a legal
    site's title in capitals above the copy ("CÔNG ĐIỆN 06/CĐ-UBND NĂM 2017 VỀ …") is no organ above the issuer."""
    letter = parse("CÔNG ĐIỆN 06/CĐ-UBND NĂM 2009 VỀ PHÒNG, CHỐNG BÃO SỐ 11 DO HUYỆN TUY AN BAN HÀNH\nHỎA TỐC\n"
                   "ỦY BAN NHÂN DÂN\nHUYỆN TUY AN\nSố: 04 /CĐ-UBND\nTuy An, ngày 01 tháng 11 năm 2009\nCÔNG ĐIỆN\n"
                   "Về việc phòng, chống bão số 11\nCHỦ TỊCH UBND HUYỆN TUY AN\nĐiện : - Chủ tịch UBND các xã;\n"
                   "- Công an huyện.\nTheo tin của Trung tâm Dự báo, bão số 11 đang đến gần./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban nhân dân huyện Tuy An", None)
    assert letter.subject == "Phòng, chống bão số 11"
    assert letter.recipients == ("Chủ tịch UBND các xã", "Công an huyện")


def test_an_old_portals_copies_run_onto_their_head_line_whatever_its_length():
    """"Nơi nhận:- CT, các PCT UBND tỉnh;- Các Sở: …;- Lưu: VT, NN1." on one line longer than a paragraph: the copies'
    head opens the closing, its items the copies."""
    items = "- CT, các PCT UBND tỉnh;- Các Sở: NN&PTNT, Tài chính, KH&ĐT;- Chi cục QLĐĐ và PCLB;- UBND các huyện: Vĩnh"
    letter = parse("UBND TỈNH VĨNH PHÚC\nVĂN PHÒNG\nSố: 163/TB-VPUB\nVĩnh Yên, ngày 06 tháng 8 năm 2007\nTHÔNG BÁO\n"
                   f"Kết luận\n\nVăn phòng thông báo./.\nNơi nhận:{items} Tường, Yên Lạc;- Công ty TNHH MTV Thuỷ lợi"
                   " Liễn Sơn;- CPVP;- Lưu: VT, NN1.\nTL. CHỦ TỊCH\nKT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n"
                   "Nguyễn Văn Chức\n")
    assert len(letter.cc) == 7 and letter.cc[-1] == "Lưu: VT, NN1"
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "Nguyễn Văn Chức")


@pytest.mark.parametrize(("header", "issuer", "parent"), [
    ("CÔNG AN HUYỆN\nQUẢNG XƯƠNG\nCƠ QUAN CẢNH SÁT\nĐIỀU TRA", "Cơ quan Cảnh sát điều tra Công an huyện Quảng Xương",
     "Công an huyện Quảng Xương"),  # the investigating agency's name a narrow cell wrapped
    ("VIỆN KSND TỈNH HÀ TĨNH\nVIỆN KIỂM SÁT NHÂN DÂN\nHUYỆN CẨM XUYÊN", "Viện kiểm sát nhân dân huyện Cẩm Xuyên",
     "Viện kiểm sát nhân dân tỉnh Hà Tĩnh"),  # the procuracy's "KSND" read out
])
def test_justice_bodies_headers(header, issuer, parent):
    letter = parse(f"{header}\nSố: 118/TB-CSĐT\nQuảng Xương, ngày 17 tháng 6 năm 2019\nTHÔNG BÁO\nVề việc tìm bị hại\n"
                   "CHÁNH ÁN TÒA ÁN NHÂN DÂN TỈNH VĨNH LONG\nCản cứ Luật Tổ chức Tòa án nhân dân số 62/2014/QH13;\n"
                   "Cơ quan thông báo./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (issuer, parent)
    assert letter.subject == "Tìm bị hại"  # "Cản cứ", OCR's "Căn cứ", opens the text


def test_a_councils_board_cites_the_provinces_board_of_the_same_name_and_keeps_a_copy_of_two():
    """In a letter of the council's Ban Dân tộc, "của Ban Dân tộc tỉnh" is the province's agency, not the council's
    board named short; the Cục Văn thư và Lưu trữ nhà nước named whole past its "và"; a copy naming two bodies
    ("Sở Tài chính; Sở KH&ĐT;") is one item, no seal's residue."""
    letter = parse("HĐND TỈNH YÊN BÁI\nBAN DÂN TỘC\nSố: 45/BC-BDT\nYên Bái, ngày 02 tháng 7 năm 2021\nBÁO CÁO\n"
                   "Thẩm tra dự thảo nghị quyết\n\nTheo Công văn số 1126/BDT-CSDT ngày 20/6/2021 của Ban Dân tộc tỉnh"
                   " và Hướng dẫn số 283/VTLTNN-NVTW ngày 04/4/2013 của Cục Văn thư và Lưu trữ nhà nước./.\nNơi nhận:\n"
                   " Thường trực HĐND tỉnh;\n Sở Tài chính; Sở KH&ĐT;\n Lưu: VT.\nTM. BAN DÂN TỘC\nTRƯỞNG BAN\n"
                   "Lường Văn Khiêm\n")
    assert letter.issuer == "Ban Dân tộc Hội đồng nhân dân tỉnh Yên Bái"
    assert [c.issuer for c in find_citations(letter)] == ["Ban Dân tộc tỉnh Yên Bái",
                                                          "Cục Văn thư và Lưu trữ nhà nước"]
    assert letter.cc == ("Thường trực HĐND tỉnh", "Sở Tài chính; Sở KH&ĐT", "Lưu: VT")


def test_a_ministrys_date_run_onto_its_subjects_line_after_a_districts_kind():
    """"V/v thành lập Trung tâm Y tế huyện Hà Nội, ngày 08 tháng 10 năm 2018": no district is named Hà Nội, so the
    date is the other column's; the joint issuers' fields past their "và" ("liên Bộ Tài chính - Bộ Lao động -
    Thương binh và Xã hội")."""
    letter = parse("BỘ Y TẾ CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\n——— Độc lập - Tự do - Hạnh phúc\nSố: 5823/BYT-TCCB\n"
                   "V/v thành lập Trung tâm Y tế huyện Hà Nội, ngày 08 tháng 10 năm 2018\nđa chức năng\n\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh Kon Tum\n\nTheo Thông tư liên tịch số 112/2010/TTLT-BTC-BLĐTBXH ngày"
                   " 30/7/2010 của liên Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội hướng dẫn./." + CLOSING)
    assert (letter.place, letter.date) == ("Hà Nội", "2018-10-08")
    assert letter.subject == "Thành lập Trung tâm Y tế huyện đa chức năng"
    assert [c.issuer for c in find_citations(letter)] == ["Bộ Tài chính và Bộ Lao động - Thương binh và Xã hội"]


def test_a_seals_words_in_capitals_are_no_signers_name_beside_one_written_as_names_are():
    """A scan read the seal's ring "\\ NINH PHƯỚC /" above the signer "Đàng Văn Hiếu" (a Cham family name): the name
    written as names are is the signer's, "Ninh" a family name notwithstanding."""
    letter = parse("UBND HUYỆN NINH PHƯỚC\nPHÒNG NỘI VỤ\nSố: 215/TTr-PNV\nNinh Phước, ngày 12 tháng 11 năm 2012\n"
                   "TỜ TRÌNH\nTuyển dụng công chức xã\n\nPhòng Nội vụ kính trình./.\nNơi nhận: TRƯỞNG PHÒNG\n"
                   "- Như trên;\n- Lưu: VT, NV. ( NỘI VỤ )\n\\ NINH PHƯỚC /\n'-._.-'\nĐàng Văn Hiếu\n")
    assert (letter.signer_title, letter.signer) == ("Trưởng phòng", "Đàng Văn Hiếu")


def test_a_draft_with_its_day_and_month_blank_and_its_numbers_hyphens_lost():
    """A draft decision "Số:        /2023/QĐUBND", "Quảng Trị, ngày      tháng      năm 2023": its year alone, said; the
    blank number's code repaired after its year."""
    letter = parse("DỰ THẢO\nỦY BAN NHÂN DÂN\nTỈNH QUẢNG TRỊ\nSố:        /2023/QĐUBND\n"
                   "CỘNG HÒA XàHỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\n"
                   "Quảng Trị, ngày      tháng      năm 2023\nQUYẾT ĐỊNH\n"
                   "Ban hành Quy định phân cấp quản lý công trình thủy lợi\nỦY BAN NHÂN DÂN TỈNH QUẢNG TRỊ\n"
                   "Căn cứ Luật Thủy lợi số 08/2017/QH14;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành Quy định./." + CLOSING)
    assert (letter.type, letter.date, letter.place) == ("Quyết định", "2023", "Quảng Trị")
    assert (letter.number, letter.number_suffix) == (None, "2023/QĐ-UBND")
    assert letter.subject == "Ban hành Quy định phân cấp quản lý công trình thủy lợi"
    assert "date has a blank day and month (draft?)" in [warning.message for warning in letter.warnings]


def test_a_joint_programme_of_two_bodies_signed_side_by_side():
    """"CHƯƠNG TRÌNH PHỐI HỢP" names its type with its qualifier; a joint number keeps its bodies whatever the "Lưu"
    line files ("05/CTPHMTTQUBND" with "Lưu: VT MTTQ, VT UBND"); two signatures side by side, one with an authority
    and one without, are both the letter's."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSố: 05/CTPHMTTQUBND\nQuảng Ngãi, ngày 12 tháng 4 năm 2013\n"
                   "CHƯƠNG TRÌNH PHỐI HỢP\nThực hiện Cuộc vận động xây dựng đời sống văn hóa\n\nTheo Quyết định số"
                   " 12/QĐUBND, hai bên thống nhất thực hiện./.\nTM. BAN THƯỜNG VỤ                    NGÂN HÀNG CSXH\n"
                   "PHÓ CHỦ TỊCH                    GIÁM ĐỐC\n\nBùi Văn Thịnh                    Nguyễn Đức Hạnh\n"
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT MTTQ, VT UBND.\n")
    assert (letter.type, letter.number) == ("Chương trình phối hợp", "05/CTPH-MTTQ-UBND")
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch, Giám đốc", "Bùi Văn Thịnh, Nguyễn Đức Hạnh")


def test_a_scans_copies_head_read_without_its_tone():
    """OCR read "Nơi nhận:" as "Noi nhận:", the seal's ring beside the copies: the copies and the signature read."""
    letter = parse("HỘI LHPN TỈNH BẾN TRE\nSố: 138/BC-HPN\nBến Tre, ngày 15 tháng 11 năm 2022\nBÁO CÁO\n"
                   "Kết quả năm 2022\n\nTrên đây là báo cáo./.\nNoi nhận: TM. BAN THƯỜNG VỤ\n- Như trên; CHỦ TỊCH\n"
                   "- Ban Dân vận Tỉnh ủy (b/c); ( ( PHỤ NỮ ) )\n- Lưu: VT, GĐXH. `\nLê Thị Ngọc Hân\n")
    assert letter.cc == ("Như trên", "Ban Dân vận Tỉnh ủy (b/c)", "Lưu: VT, GĐXH")
    assert (letter.signer_title, letter.signer) == ("Chủ tịch", "Lê Thị Ngọc Hân")


def test_a_prime_ministers_decision_from_a_legal_sites_cells(tmp_path):
    """"THỦ" / "TƯỚNG CHÍNH PHỦ": a web cell broke the issuer after its first word; "KINH TẾ - Xà HỘI" a PDF's lost
    tilde with its space kept, so the subject in capitals goes on ("… TỈNH QUẢNG" / "NINH ĐẾN NĂM 2020"); "| TP. Hồ Chí
    Minh, ngày …" a web table's other cell after a subject."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "ttg.txt"
    path.write_text("Quyết định 1642/QĐ-TTg năm 2011 phê duyệt Đề án do Thủ tướng Chính phủ ban hành\nSố hiệu: |"
                    " 1642/QĐ-TTg |\nTHỦ\nTƯỚNG CHÍNH PHỦ\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\nSố:\n"
                    "1642/QĐ-TTg\n|\nHà\nNội, ngày 14 tháng 09 năm 2011\n|\nQUYẾT ĐỊNH\nVỀ VIỆC PHÊ DUYỆT ĐỀ ÁN PHÁT"
                    " TRIỂN KINH TẾ - Xà HỘI HUYỆN ĐẢO CÔ TÔ, TỈNH QUẢNG\nNINH ĐẾN NĂM 2020\nTHỦ TƯỚNG CHÍNH PHỦ\n"
                    "Căn cứ Luật Tổ chức Chính phủ;\nQUYẾT ĐỊNH:\nĐiều 1. Phê duyệt./." + CLOSING, encoding="utf-8")
    letter = process_letter(path).letter
    assert letter.issuer == "Thủ tướng Chính phủ"
    assert letter.subject == "PHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN KINH TẾ - XÃ HỘI HUYỆN ĐẢO CÔ TÔ, TỈNH QUẢNG NINH ĐẾN NĂM 2020"
    letter = parse("THÀNH PHỐ HỒ CHÍ MINH\nỦY BAN NHÂN DÂN XÃ BÌNH CHÁNH\nSố: 152 /UBND-KT\n"
                   "V/v đề nghị hỗ trợ kinh phí\n| TP. Hồ Chí Minh, ngày 20 tháng 01 năm 2026\n"
                   "Kính gửi: Sở Tài chính.\nXã đề nghị./." + CLOSING)
    assert (letter.subject, letter.date) == ("Đề nghị hỗ trợ kinh phí", "2026-01-20")


def test_a_tay_signers_name_below_a_seals_ring_of_strokes():
    """"Lăng Văn Khải" (a Tày family name) under a seal whose ring OCR read as strokes between the copies: the
    strokes are no line of the text that would end the closing, the seal's "Y TẾ" no name."""
    letter = parse("SỞ Y TẾ LẠNG SƠN\nSố: 412/SYT-NVY\nLạng Sơn, ngày 05 tháng 4 năm 2013\nV/v phòng bệnh\n\n"
                   "Kính gửi: Các đơn vị.\n\nCác đơn vị thực hiện./.\nNơi nhận: KT. GIÁM ĐỐC\n"
                   "- Như trên; PHÓ GIÁM ĐỐC\n- UBND tỉnh (b/c); / SỞ \\ ;\n"
                   "- Sở Giáo dục và Đào tạo; | Y TẾ | ~/\\/\n- Lưu: VT, NVY. `'-.,-' .\nLăng Văn Khải\n")
    assert (letter.signer_title, letter.signer) == ("Phó Giám đốc", "Lăng Văn Khải")


def test_a_scanned_party_letters_star_read_as_a_plus_and_its_grounds_dashed_as_a_list():
    """OCR read the party's star as "+" before the date ("+ Đồng Nai, ngày …"): the number and subject under it are
    read; an old portal's "- Căn cứ Quy định …" under a subject with no blank line opens the text."""
    letter = parse("TỈNH ỦY ĐỒNG NAI          ĐẢNG CỘNG SẢN VIỆT NAM\nBAN DÂN VẬN\n"
                   "     +                 Đồng Nai, ngày 26 tháng 9 năm 2017\nSố 318-CV/BDVTU\n"
                   "V/v sơ kết phong trào thi đua\n\nKính gửi: Các đảng bộ.\n\nĐề nghị thực hiện./." + CLOSING)
    assert (letter.number, letter.type, letter.subject) == ("318-CV/BDVTU", "Công văn", "Sơ kết phong trào thi đua")
    letter = parse("TỈNH UỶ VĨNH PHÚC\nBAN TỔ CHỨC\n*\nSố 24-HD/BTCTU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Vĩnh Phúc, ngày 12 tháng 11 năm 2007\nHƯỚNG DẪN\nkiểm điểm, đánh giá chất lượng đảng viên\n"
                   "- Căn cứ Quy định số 23-QĐ/TW, ngày 31-10-2006 của Bộ Chính trị;\n- Thực hiện Công văn số"
                   " 286-CV/TU,\nBan Tổ chức hướng dẫn như sau:\nI. MỤC ĐÍCH" + CLOSING)
    assert letter.subject == "Kiểm điểm, đánh giá chất lượng đảng viên"


def test_an_authoritys_organ_a_narrow_cell_wrapped_and_a_seals_strokes_after_a_clerks_code():
    """"KT. CỤC TRƯỞNG CỤC GIÁM SÁT" / "QUẢN LÝ VỀ HẢI QUAN" is one authority (not the signer's name); an attached
    rule's title under "TM. ỦY BAN NHÂN DÂN" is not; "Lưu: VT, KT. '-. * .-'" is the copies' line and a seal's strokes,
    no authority."""
    letter = parse("TỔNG CỤC HẢI QUAN\nSố: 12/TCHQ-GSQL\nV/v thủ tục\n\nHà Nội, ngày 11 tháng 6 năm 2024\n\n"
                   "Kính gửi: Cục Hải quan tỉnh Đồng Nai.\n\nNội dung./.\n\nTL. TỔNG CỤC TRƯỞNG\n"
                   "KT. CỤC TRƯỞNG CỤC GIÁM SÁT\nQUẢN LÝ VỀ HẢI QUAN\nPHÓ CỤC TRƯỞNG\n\nÂu Văn Khải\n\nNơi nhận:\n"
                   "- Như trên;\n- Lưu: VT.\n")
    assert letter.signing_authority == "TL. Tổng cục trưởng, KT. Cục trưởng Cục Giám sát quản lý về hải quan"
    assert (letter.signer_title, letter.signer) == ("Phó Cục trưởng", "Âu Văn Khải")
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH THANH HÓA\nSố: 12/2013/QĐ-UBND\nThanh Hóa, ngày 05 tháng 3 năm 2013\n"
                   "QUYẾT ĐỊNH\nBan hành Quy định về khai thác cát" + BODY + CLOSING
                   + "\nQUY ĐỊNH\nVỀ QUẢN LÝ HOẠT ĐỘNG KHAI THÁC CÁT\n")
    assert letter.signing_authority == "TM. Ủy ban nhân dân"
    letter = parse("BAN QLDA ĐTXD HUYỆN CHỢ ĐỒN\nSố: 112/BQLDA-KT\nV/v phối hợp\nChợ Đồn, ngày 02 tháng 4 năm 2024\n"
                   "Kính gửi: UBND xã Bản Thi.\n\nRất mong phối hợp./.\n\nNơi nhận: KT. GIÁM ĐỐC\n"
                   "- Như trên; PHÓ GIÁM ĐỐC\n- UBND huyện (b/c); .-' BAN QUẢN LÝ '-.\n- Lưu: VT, KT. '-. * .-'\n"
                   "Ma Văn Tiến\n")
    assert (letter.signing_authority, letter.cc[-1]) == ("KT. Giám đốc", "Lưu: VT, KT")


def test_a_units_kind_run_into_a_word_is_parted_even_alone(tmp_path):
    """A web copy's "Ủy ban nhân dântỉnh Điện Biên", the only glued words of its page: no word runs into "tỉnh",
    "huyện", "xã", so the words are parted where a name would be left."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "dbqh.txt"
    path.write_text("ĐOÀN ĐBQH TỈNH ĐIỆN BIÊN\nSố: 94/ĐĐBQH-VP\nV/v kiến nghị cử tri\n\n"
                    "Điện Biên, ngày 20 tháng 10 năm 2016\n\nKính gửi: Uỷ ban nhân dântỉnh Điện Biên.\n\n"
                    "Cử tri kiến nghị./." + CLOSING, encoding="utf-8")
    assert process_letter(path).letter.recipients == ("Uỷ ban nhân dân tỉnh Điện Biên",)


def test_wave_two_headers_a_date_after_a_number_a_quoted_subject_and_the_mottos_column_first():
    """"V/v … vào lớp 10 Hà Tĩnh, ngày …": the date run onto a subject's line after a number; "“V/v …”": a clerk's
    quotes around the subject; a PDF that read the motto's column first ("Lục Ngạn, ngày …" above "ỦY BAN MTTQ VIỆT
    NAM" / "HUYỆN LỤC NGẠN" / "BAN THƯỜNG TRỰC"); a word run into an opening quote ("Hội thi“Nhà nông …”")."""
    letter = parse("UBND TỈNH HÀ TĨNH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 612/SGDĐT-KTKĐ\nV/v hướng dẫn tuyển sinh vào lớp 10"
                   " Hà Tĩnh, ngày 14 tháng 4 năm 2017\nTHPT năm học 2017-2018\nKính gửi: Các trường.\n\nNội dung./."
                   + CLOSING)
    assert (letter.subject, letter.date) == ("Hướng dẫn tuyển sinh vào lớp 10 THPT năm học 2017-2018", "2017-04-14")
    letter = parse("BCH ĐOÀN HUYỆN BÙ ĐĂNG\nBù Đăng, ngày 04 tháng 7 năm 2014\nSố: 87-CV/HĐBĐ\n“V/v tổ chức các hoạt"
                   " động đền ơn đáp nghĩa\nkỷ niệm Ngày Thương binh - Liệt sĩ”\nKính gửi: Các cơ sở Đoàn.\n\n"
                   "Nội dung./." + CLOSING)
    assert letter.subject == "Tổ chức các hoạt động đền ơn đáp nghĩa kỷ niệm Ngày Thương binh - Liệt sĩ"
    letter = parse("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nLục Ngạn, ngày 14 tháng 10 năm"
                   " 2024\nỦY BAN MTTQ VIỆT NAM\nHUYỆN LỤC NGẠN\nBAN THƯỜNG TRỰC\nSố: 52/HD-MTTQ-BTT\nHƯỚNG DẪN\n"
                   "Tổ chức Hội thi“Nhà nông đua tài” năm 2024\n\nCăn cứ Hướng dẫn số 112/HD-MTTW-BTT.\nNội dung./."
                   + CLOSING)
    assert letter.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Lục Ngạn"
    assert letter.subject == "Tổ chức Hội thi “Nhà nông đua tài” năm 2024"


def test_wave_two_closings_a_signature_on_one_line_a_title_past_its_va_and_a_bracketed_clerk():
    """"KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu Khánh" on one line; "CỤC TRƯỞNG CỤC ĐIỆN LỰC" / "VÀ NĂNG LƯỢNG TÁI TẠO"
    (the field past its "và" on the title's next line); "Lưu: VT, NC (Ph.)." keeps its bracket."""
    head = ("BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 12/BTNMT-ĐCKS\nV/v khoanh định\nHà Nội, ngày 05 tháng 3 năm 2021\n\n"
            "Nội dung./.")
    letter = parse(head + "\n\nNơi nhận:\n- Như trên;\n- Lưu: VT, NC (Ph.).\nKT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu"
                   " Khánh\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("KT. Bộ trưởng", "Thứ trưởng",
                                                                              "Nguyễn Hữu Khánh")
    assert letter.cc[-1] == "Lưu: VT, NC (Ph.)"
    letter = parse(head + "\n\nTL. BỘ TRƯỞNG\nNơi nhận:                     CỤC TRƯỞNG CỤC ĐIỆN LỰC\n"
                   "- Như trên;                     VÀ NĂNG LƯỢNG TÁI TẠO\n- Lưu: VT.\n\nPhạm Quang Huy\n")
    assert letter.signer_title == "Cục trưởng Cục Điện lực và Năng lượng tái tạo"


def test_wave_three_headers_a_received_stamp_a_news_items_line_and_a_place_cut_twice():
    """A receiving office's stamp read into the header ("VĂN PHÒNG UBND TỈNH BR-VT" / "ĐẾN Số: 8815 Ngày: …" /
    "Chuyển: …") and "UBND TINH BÀ RỊA - VŨNG TÀU" (a unit's word that lost its tone before a name with a dash); a
    portal's news item whose header is one line ("HUYỆN ỦY KRÔNG PẮC - Số 412-TB/HU, ngày 12/9/2019"); a place a web
    table cut twice ("Bình" / "Thuận, ngày 18 tháng 7" / "năm 2014"); a council's "GIẤY TRIỆU TẬP"."""
    letter = parse("UBND TINH BÀ RỊA - VŨNG TÀU CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập"
                   " - Tự do - Hạnh phúc\nVĂN PHÒNG UBND TỈNH BR-VT\nĐẾN Số: 8815 Ngày: 23/7/2020\nChuyển: ........\n"
                   "Số: 1042 /TTr-STNMT Bà Rịa - Vũng Tàu, ngày 22 tháng 7 năm 2020\nTỜ TRÌNH\nVề việc cho thuê đất\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh.\nCăn cứ Luật Đất đai;" + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Sở Tài nguyên và Môi trường tỉnh Bà Rịa - Vũng Tàu",
                                                     "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu")
    assert (letter.type, letter.subject) == ("Tờ trình", "Cho thuê đất")
    letter = parse("Cổng thông tin điện tử huyện Krông Pắc\nTrang chủ > Tin tức\nKết luận của Ban Thường vụ Huyện ủy\n"
                   "13/09/2019 | 08:42 | Lượt xem: 356\nHUYỆN ỦY KRÔNG PẮC - Số 412-TB/HU, ngày 12/9/2019\nTHÔNG BÁO\n"
                   "kết luận của Ban Thường vụ Huyện ủy về nông thôn mới\nNgày 10/9/2019, Ban Thường vụ Huyện ủy họp."
                   "\n1. Tiếp tục thực hiện.")
    assert (letter.issuer, letter.number, letter.date) == ("Huyện ủy Krông Pắc", "412-TB/HU", "2019-09-12")
    assert parse("HUYỆN ỦY KRÔNG PẮC - SỐ 412-TB/HU, ngày 12/9/2019\nTHÔNG BÁO\nkết luận về nông thôn mới\n"
                 "Ngày 10/9/2019, Ban Thường vụ Huyện ủy họp.").number == "412-TB/HU"  # a legacy page's capitals
    letter = parse("UBND\nTỈNH BÌNH THUẬN\nVĂN PHÒNG\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n"
                   "Số: 2718 /VPUBND-KT\nV/v bồi thường đoạn qua thành phố Phan Thiết\n|\nBình\nThuận, ngày 18 tháng"
                   " 7\nnăm 2014\n|\n\nKính gửi: - Sở Tài chính.\n\nXét đề nghị của Sở Tài nguyên./." + CLOSING)
    assert (letter.place, letter.subject) == ("Bình Thuận", "Bồi thường đoạn qua thành phố Phan Thiết")
    letter = parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH HÀ GIANG\nSố: 18/GTT-HĐND\nHà Giang, ngày 25 tháng 6 năm 2008\n"
                   "GIẤY TRIỆU TẬP\nKỳ họp thứ mười một, Hội đồng nhân dân tỉnh khóa XV\nKính gửi: Các vị đại biểu.\n"
                   "Căn cứ Luật Tổ chức Hội đồng nhân dân;" + CLOSING)
    assert (letter.type, letter.subject) == ("Giấy triệu tập", "Kỳ họp thứ mười một, Hội đồng nhân dân tỉnh khóa XV")


def test_wave_three_lists_undashed_items_wrapped_addresses_and_a_procuracys_head():
    """Recipients whose dashes a PDF lost, one wrapped ("Các Sở: …, Giáo dục" / "và Đào tạo, Công Thương;"); a
    citizen's address "(ngụ ấp 3, …)" left off in the recipients and the copies; "VIỆN TRƯỞNG VIỆN KIỂM SÁT …" under
    the title is the decision-maker, no subject's."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 2687/UBND-VP\nV/v ứng phó với lũ\nHà Nam, ngày 12 tháng 10 năm"
                   " 2017\nKính gửi:\nBan Chỉ huy Phòng, chống thiên tai tỉnh;\nCác Sở: Nông nghiệp và Phát triển nông"
                   " thôn, Giáo dục\nvà Đào tạo, Công Thương;\nBà Nguyễn Thị Lệ (ngụ ấp 3, xã Vĩnh Viễn, huyện Long"
                   " Mỹ).\nThực hiện chỉ đạo của Chủ tịch./.\n\nNơi nhận:\n- Như trên;\n- Ông Nguyễn Văn Hiếu (địa"
                   " chỉ: ấp Mỹ Hưng, xã Mỹ Thành Nam);\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                   "Nguyễn Văn An\n")
    assert letter.recipients == ("Ban Chỉ huy Phòng, chống thiên tai tỉnh",
                                 "Các Sở: Nông nghiệp và Phát triển nông thôn, Giáo dục và Đào tạo, Công Thương",
                                 "Bà Nguyễn Thị Lệ")
    assert letter.cc == ("Như trên", "Ông Nguyễn Văn Hiếu", "Lưu: VT")
    letter = parse("VIỆN KIỂM SÁT NHÂN DÂN\nHUYỆN HOẰNG HÓA\nSố: 05/QĐ-VKS\nHoằng Hóa, ngày 10 tháng 3 năm 2025\n"
                   "QUYẾT ĐỊNH\nKHÁNG NGHỊ PHÚC THẨM\nVIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN HUYỆN HOẰNG HÓA\n"
                   "Căn cứ Bộ luật Tố tụng hình sự;" + CLOSING)
    assert letter.subject == "KHÁNG NGHỊ PHÚC THẨM"


def test_wave_three_issuers_a_border_gate_a_forest_board_and_a_unit_kind_run_into_a_word(tmp_path):
    """"CHI CỤC HẢI QUAN CỬA KHẨU MÓNG CÁI" names its place (no "thành phố", no province added); "rừng phòng hộ" no
    Phòng's field; "CHI CỤC THI HÀNH ÁN DÂN SỰHUYỆN CAI LẬY" (a unit's kind run into a word, in capitals)."""
    from build_tools.pipeline import process_letter

    letter = parse("CỤC HẢI QUAN TỈNH QUẢNG NINH\nCHI CỤC HẢI QUAN CỬA KHẨU MÓNG CÁI\nSố: 12/KH-CCHQMC\nMóng Cái, ngày"
                   " 05 tháng 3 năm 2017\nKẾ HOẠCH\nChống buôn lậu\n\nCăn cứ Luật Hải quan;" + CLOSING)
    assert letter.issuer == "Chi cục Hải quan cửa khẩu Móng Cái"
    assert organ_name("BAN QUẢN LÝ RỪNG PHÒNG HỘ LỆ THỦY").startswith("Ban Quản lý rừng phòng hộ ")
    path = tmp_path / "thads.txt"
    path.write_text("CỤC THADS TỈNH TIỀN GIANG\nCHI CỤC THI HÀNH ÁN DÂN SỰHUYỆN CAI LẬY\nSố: 214/TB-CCTHADS\n"
                    "Cai Lậy, ngày 07 tháng 5 năm 2018\nTHÔNG BÁO\nVề việc lựa chọn tổ chức đấu giá\n\nCăn cứ Luật Thi"
                    " hành án dân sự;" + CLOSING, encoding="utf-8")
    assert process_letter(path).letter.issuer == "Chi cục Thi hành án dân sự huyện Cai Lậy"


def test_an_attached_texts_notes_under_a_rule_line_with_no_blank_line_between():
    """A rule set after an attached regulation, its notes right under it ("_______________" / "¹ Kế hoạch số …"): the
    notes are footnotes, the rule stays in the text."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 1875/QĐ-UBND\nBình Phước, ngày 08 tháng 10 năm 2024\n"
                   "QUYẾT ĐỊNH\nBan hành Quy chế\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\nĐiều 1. Ban hành Quy"
                   " chế./." + CLOSING + "\nQUY CHẾ\nHoạt động của Tổ công tác\n(Kèm theo Quyết định số 1875/QĐ-UBND)"
                   "\n\nĐiều 1. Tổ công tác bám sát các chỉ tiêu¹ và báo cáo².\n\n_______________\n¹ Kế hoạch số"
                   " 95/KH-UBND.\n² Công văn số 2480/UBND-NC.\n")
    assert [note.marker for note in letter.footnotes] == ["1", "2"] and "_______________" in letter.body
    assert not letter.warnings


def test_wave_four_a_councils_subject_its_title_lost_a_named_documents_date_and_a_drafts_blank_day_beside_it():
    """"VỀ DANH MỤC DỰ ÁN …" under the number, the title a web copy lost: its "Về" no subject's word; "… NGHỊ QUYẾT SỐ
    12/2021/NQ-HĐND" / "NGÀY 10 THÁNG 12 NĂM 2021 CỦA …" (the date of the document a capitals subject names goes on with
    it); a draft's "V/v …<tab><tab>Nghĩa Lâm, ngày      tháng 5 năm 2016" (the date apart, its blank day kept); a
    recipient on three undashed lines ("… Tài chính  Kế" / "hoạch, …" / "nông nghiệp huyện;")."""
    letter = parse("HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 56/NQ-HĐND | Phú Yên, ngày 11"
                   " tháng 12 năm 2020 |\nVỀ DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2021\nHỘI ĐỒNG NHÂN DÂN TỈNH PHÚ YÊN\n"
                   "KHÓA VII, KỲ HỌP THỨ 20\nCăn cứ Luật Đầu tư công;" + CLOSING)
    assert letter.subject == "DANH MỤC DỰ ÁN KHỞI CÔNG MỚI NĂM 2021"
    letter = parse("HỘI ĐỒNG NHÂN DÂN\nTỈNH ĐẮK NÔNG\nSố: 07/2024/NQ-HĐND\nĐắk Nông, ngày 19 tháng 7 năm 2024\n"
                   "NGHỊ QUYẾT\nSỬA ĐỔI MỘT SỐ ĐIỀU CỦA NGHỊ QUYẾT SỐ 12/2021/NQ-HĐND\nNGÀY 10 THÁNG 12 NĂM 2021"
                   " CỦA HỘI ĐỒNG NHÂN DÂN TỈNH\nHỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK NÔNG\nKHÓA IV, KỲ HỌP THỨ 10\nCăn cứ"
                   " Luật Ngân sách;" + CLOSING)
    assert letter.subject.endswith("12/2021/NQ-HĐND NGÀY 10 THÁNG 12 NĂM 2021 CỦA HỘI ĐỒNG NHÂN DÂN TỈNH")
    gap = " " * 20
    letter = parse("UBND HUYỆN NGHĨA HƯNG\t\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n   UBND XÃ NGHĨA LÂM\t\t\tĐộc lập"
                   " - Tự do - Hạnh phúc\n\tSố:      /UBND\nV/v phòng, chống thiên tai\t\tNghĩa Lâm, ngày      tháng"
                   f" 5 năm 2016\n  và thu Quỹ phòng, chống thiên tai\n\n\t\tKính gửi:\n{gap}Các phòng, ban: Nông"
                   f" nghiệp, Tài chính  Kế\n{gap}hoạch, Y tế, Công an huyện, Trung tâm Dịch vụ\n{gap}nông nghiệp"
                   f" huyện;\n{gap}UBND các xã, thị trấn.\n\n\tThực hiện chỉ đạo./." + CLOSING)
    assert (letter.place, letter.date) == ("Nghĩa Lâm", "2016-05")
    assert letter.subject == "Phòng, chống thiên tai và thu Quỹ phòng, chống thiên tai"
    assert letter.recipients == ("Các phòng, ban: Nông nghiệp, Tài chính Kế hoạch, Y tế, Công an huyện, Trung tâm Dịch"
                                 " vụ nông nghiệp huyện", "UBND các xã, thị trấn")


def test_wave_six_a_web_copys_glued_cells_a_received_stamp_in_the_columns_and_a_news_pages_notice(tmp_path):
    """A legal site's cells run together: the rule into the ministry's name ("… XÃ HỘI-------- |"), the number into
    the subject under it ("Số: 3046/LĐTBXH-VLV/v …"); a received stamp OCR read into the columns ("UBND TP HẠ LONG" /
    "Số: 2745/TNMT-MT CÔNG VĂN ĐẾN Quảng Ninh, ngày …" / "V/v …, Số: 4168" / "… trên địa bàn Ngày: 31/5/2019"); a
    newspaper's copy of a notice with no header, the ward's name in capitals under its text in place of a signature."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "web.txt"
    path.write_text("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI-------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAMĐộc lập - Tự do"
                    " - Hạnh phúc--------------- |\nSố: 3046/LĐTBXH-VLV/v thực hiện chính sách hỗ trợ người lao động |"
                    " Hà Nội, ngày 30 tháng 8 năm 2021 |\n\nKính gửi: Ủy ban nhân dân tỉnh Kiên Giang\n\nBộ có ý kiến"
                    " như sau./." + CLOSING, encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.number, letter.issuer) == ("3046/LĐTBXH-VL", "Bộ Lao động - Thương binh và Xã hội")
    assert letter.subject == "Thực hiện chính sách hỗ trợ người lao động"
    letter = parse("KHẨN\nUBND TỈNH QUẢNG NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG Độc lập"
                   " - Tự do - Hạnh phúc\nUBND TP HẠ LONG\nSố: 2745/TNMT-MT CÔNG VĂN ĐẾN Quảng Ninh, ngày 28 tháng 5"
                   " năm 2019\nV/v báo cáo tình hình thu gom, Số: 4168\nxử lý chất thải rắn trên địa bàn Ngày:"
                   " 31/5/2019\nChuyển: P.TNMT\nKính gửi: Ủy ban nhân dân các huyện.\nThực hiện Luật Bảo vệ môi"
                   " trường./."
                   + CLOSING)
    assert (letter.issuer, letter.parent_issuer, letter.place) == (
        "Sở Tài nguyên và Môi trường tỉnh Quảng Ninh", "Ủy ban nhân dân tỉnh Quảng Ninh", "Quảng Ninh")
    assert letter.subject == "Báo cáo tình hình thu gom, xử lý chất thải rắn trên địa bàn"
    letter = parse("Trang chủ › Chính trị\nPhường Hội An thông báo thời gian tiếp nhận hồ sơ\nThứ Tư, 02/07/2025 -"
                   " 16:05 | Minh Thư\n(ĐN) - UBND phường Hội An vừa có thông báo. Báo đăng toàn văn thông báo:\n"
                   "THÔNG BÁO\nVề việc tiếp nhận hồ sơ thủ tục hành chính\nThực hiện Nghị định số 118/2025/NĐ-CP ngày"
                   " 09/6/2025 của Chính phủ, Ủy ban nhân dân phường thông báo như sau:\n1. Tiếp nhận tại Trung tâm.\n"
                   "Ủy ban nhân dân phường Hội An trân trọng thông báo./.\nỦY BAN NHÂN DÂN PHƯỜNG HỘI AN\n")
    assert (letter.type, letter.subject) == ("Thông báo", "Tiếp nhận hồ sơ thủ tục hành chính")
    assert "118/2025/NĐ-CP" in letter.body


def test_wave_six_a_city_named_by_an_organs_word_and_a_communes_header_and_signature_run_together(tmp_path):
    """"THÀNH PHỐ HẢI PHÒNG ỦY BAN NHÂN DÂN PHƯỜNG …" (no "Phòng Ủy ban …" cut after "HẢI"); a commune's post with its
    column's cells glued ("UBND HUYỆN CAO LÃNHỦY BAN NHÂN DÂN XÃ MỸ HIỆP": "LÃNH ỦY", no "LÃ NHỦY") and its signature's
    ("TM. ỦY BAN NHÂN DÂNCHỦ TỊCH")."""
    from build_tools.pipeline import process_letter

    letter = parse("THÀNH PHỐ HẢI PHÒNG ỦY BAN NHÂN DÂN PHƯỜNG THÀNH ĐÔNG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập"
                   " - Tự do - Hạnh phúc\nSố: 264/TB-UBND | Thành Đông, ngày 19 tháng 12 năm 2025\nTHÔNG BÁO\nLịch tiếp"
                   " công dân\nThực hiện Luật Tiếp công dân./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban nhân dân phường Thành Đông", "Thành phố Hải Phòng")
    path = tmp_path / "post.txt"
    path.write_text("UBND HUYỆN CAO LÃNHỦY BAN NHÂN DÂN XÃ MỸ HIỆP\nSố: 68/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT"
                    " NAM\nĐộc lập - Tự do - Hạnh phúc\nMỹ Hiệp, ngày 21 tháng 4 năm 2025\nKẾ HOẠCH\nLấy ý kiến"
                    " cử tri\n"
                    "Thực hiện Công văn số 604/UBND-NC ngày 19/4/2025 củaUBND huyện Cao Lãnh./.\nNơi nhận:\n- Lưu:"
                    " VT.\nTM. ỦY BAN NHÂN DÂNCHỦ TỊCH\n(Đã ký)\nTrương Minh Thuận\n", encoding="utf-8")
    letter = process_letter(path).letter
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban nhân dân xã Mỹ Hiệp", "Ủy ban nhân dân huyện Cao Lãnh")
    assert (letter.signing_authority, letter.signer_title) == ("TM. Ủy ban nhân dân", "Chủ tịch")
    assert "của UBND huyện Cao Lãnh" in letter.body


def test_wave_six_a_partys_filed_copy_named_in_words_and_a_number_glued_to_the_issuers_cell():
    """"- Lưu Văn phòng Huyện ủy. Sùng Mí Pó" (a party's filed copy, no colon, the signer's name run onto it); "… XÃ ĐẠI
    TÂMSố: 19/GM-UBND" and "… XÃ ĐẠI TÂM SỐ: 19/GM-UBND" (a web copy's cells glued; a legacy font's capitals)."""
    letter = parse("HUYỆN ỦY MÈO VẠC\nSố 52-KH/HU\nMèo Vạc, ngày 12 tháng 5 năm 2011\nKẾ HOẠCH\nThực hiện Chỉ thị\n\n"
                   "Thực hiện Chỉ thị số 03-CT/TW./.\n\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (b/c);\n- Lưu Văn phòng"
                   " Huyện ủy. Sùng Mí Pó\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n")
    assert (letter.cc[-1], letter.signer) == ("Lưu Văn phòng Huyện ủy", "Sùng Mí Pó")
    for number_line in ("TÂMSố: 19/GM-UBND", "TÂM SỐ: 19/GM-UBND"):
        letter = parse(f"UBND HUYỆN MỸ XUYÊN ỦY BAN NHÂN DÂN XÃ ĐẠI {number_line}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
                       " Độc lập - Tự do - Hạnh phúc\nĐại Tâm, ngày 13 tháng 02 năm 2023\nGIẤY MỜI\nDự hội nghị\n"
                       "Kính gửi: Các ấp.\nỦy ban nhân dân xã trân trọng kính mời./." + CLOSING)
        assert (letter.number, letter.issuer) == ("19/GM-UBND", "Ủy ban nhân dân xã Đại Tâm")


def test_wave_seven_joint_letters_under_a_committee_or_side_by_side_and_a_scans_date_under_the_title():
    """"UBND TỈNH THANH HÓA" over "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO" ("…/KHLT-SYT-SGDĐT"): the committee heads the
    column, the two departments issue, each named with its province; "LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG THÁP" over "SỞ GIÁO
    DỤC VÀ ĐÀO TẠO" ("…/LT-LĐLĐ-SGDĐT"): both issue, the second placed by the first; "THÔNG BÁO" / "Hải Phú, ngày …" /
    its subject (a scan's date read between the title and its subject)."""
    letter = parse("UBND TỈNH THANH HÓA\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 02/KHLT-SYT-SGDĐT\nThanh Hóa, ngày 26"
                   " tháng 8 năm 2016\nKẾ HOẠCH\nY tế trường học\n\nCăn cứ Luật Giáo dục./." + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Sở Y tế tỉnh Thanh Hóa và Sở Giáo dục và Đào tạo tỉnh Thanh Hóa", "Ủy ban nhân dân tỉnh Thanh Hóa")
    letter = parse("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG THÁP\nSỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 112/LT-LĐLĐ-SGDĐT\nV/v hội nghị"
                   " cán bộ\nĐồng Tháp, ngày 10 tháng 9 năm 2013\n\nKính gửi: Các trường.\n\nThực hiện Luật./."
                   + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Liên đoàn Lao động tỉnh Đồng Tháp và Sở Giáo dục và Đào tạo tỉnh Đồng Tháp", None)
    letter = parse("UBND HUYỆN HẢI HẬU\nỦY BAN NHÂN DÂN XÃ HẢI PHÚ\nSố: 37 /TB-UBND\nTHÔNG BÁO\nHải Phú, ngày 28 tháng"
                   " 11 năm 2011\nCông khai kết quả bình xét hộ nghèo\nnăm 2012 trên địa bàn xã\n\nCăn cứ Quyết định"
                   " số 09/2011/QĐ-TTg./." + CLOSING)
    assert (letter.date, letter.subject) == (
        "2011-11-28", "Công khai kết quả bình xét hộ nghèo năm 2012 trên địa bàn xã")


def test_wave_eight_a_telegrams_undashed_addressees_a_chi_thi_opening_on_its_account_and_a_subjects_dated_cell():
    """"THỦ TƯỚNG CHÍNH PHỦ điện:" / " Chủ tịch … các tỉnh: Long An, Bến" / "Tre, Cà Mau;" (a PDF copy's lost dashes,
    an item wrapped); a chỉ thị's text opening on its account under the subject ("Từ đầu năm 2016 đến nay, …"); a
    subject's line whose next cell is the date ("năm 2019 tại các khu công nghiệp | Bình Dương, ngày …"); a government
    office's copies "VPCP: BTCN, các PCN, Website CP, Trần Quang Huy" (the signer run on); a digital signature's stamp
    naming its unit ("Ký bởi: Sở …" / "Tỉnh Gia Lai") under the signer is no person."""
    letter = parse("THỦ TƯỚNG CHÍNH PHỦ CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\nSố: 335/CĐ-TTg"
                   " Hà Nội, ngày 12 tháng 3 năm 2020\nCÔNG ĐIỆN\nVề việc ứng phó với hạn hán\nTHỦ TƯỚNG CHÍNH PHỦ"
                   " điện:\n Chủ tịch Ủy ban nhân dân các tỉnh: Long An, Bến\nTre, Cà Mau;\n Các Bộ: Nông nghiệp,"
                   " Tài chính.\nTheo Báo cáo số 41/BC-TWPCTT ngày 10/3/2020 của Ban Chỉ đạo.\n")
    assert letter.recipients == ("Chủ tịch Ủy ban nhân dân các tỉnh: Long An, Bến Tre, Cà Mau", "Các Bộ: Nông nghiệp,"
                                 " Tài chính")
    letter = parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 15/CT-UBND\nCần Thơ, ngày 07 tháng 9 năm 2016\nCHỈ THỊ\nVề"
                   " tăng cường công tác phòng cháy, chữa cháy\ntại các chợ và khu dân cư trên địa bàn\nTừ đầu năm 2016"
                   " đến nay, trên địa bàn thành phố đã xảy ra 21 vụ cháy, làm\n02 người chết./." + CLOSING)
    assert letter.subject == "Tăng cường công tác phòng cháy, chữa cháy tại các chợ và khu dân cư trên địa bàn"
    letter = parse("| UBND TỈNH BÌNH DƯƠNG\nBAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc |\n| Số: 2317/BQL-MT\nV/v báo cáo công tác bảo vệ môi trường\nnăm 2019"
                   " tại các khu công nghiệp | Bình Dương, ngày 11 tháng 11 năm 2019 |\nKính gửi: Các doanh nghiệp.\n"
                   "Căn cứ Nghị định số 82/2018/NĐ-CP./." + CLOSING)
    assert (letter.subject, letter.date) == (
        "Báo cáo công tác bảo vệ môi trường năm 2019 tại các khu công nghiệp", "2019-11-11")
    letter = parse("VĂN PHÒNG CHÍNH PHỦ\nSố: 5412/VPCP-KTTH\nV/v thuế nhập khẩu\nHà Nội, ngày 20 tháng 9 năm 2007\n\n"
                   "Kính gửi: Bộ Tài chính.\n\nVăn phòng Chính phủ xin thông báo./.\n\nNơi nhận: KT. BỘ TRƯỞNG, CHỦ"
                   " NHIỆM\nNhư trên; PHÓ CHỦ NHIỆM\nTổng cục Hải quan;\nVPCP: BTCN, các PCN, Website CP, Trần Quang"
                   " Huy\nVụ TH, KTN;\nLưu: VT, KTTH (3).\n")
    assert (letter.signer, letter.cc[-2]) == ("Trần Quang Huy", "VPCP: BTCN, các PCN, Website CP, Vụ TH, KTN")
    letter = parse("UBND TỈNH GIA LAI\nSỞ DÂN TỘC VÀ TÔN GIÁO\nSố: 412/KH-SDTTG\nGia Lai, ngày 22 tháng 8 năm 2025\n"
                   "KẾ HOẠCH\nBồi dưỡng công chức\n\nThực hiện Nghị định số 124/2025/NĐ-CP./.\n\nNơi nhận: KT. GIÁM"
                   " ĐỐC\n- UBND tỉnh (b/c); PHÓ GIÁM ĐỐC\n- Lưu: VT, CSDT. Rơ Châm Ngọc Phin\nKý bởi: Sở Dân tộc và"
                   " Tôn giáo\nTỉnh Gia Lai\nThời gian ký: 22.08.2025 16:05:12 +07:00\n")
    assert letter.signer == "Rơ Châm Ngọc Phin"



def test_wave_nine_old_titles_and_authorities_a_sites_name_above_its_path_and_a_stamps_dotted_number():
    """An old decision's "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH THANH HOÁ" / "V/v …" and "TM/ UỶ BAN NHÂN DÂN …" / "K/T
    CHỦ TỊCH" (a filed copy's "KT/ĐTXD (nva)" no authority); a site's own name above its path ("SỞ Y TẾ THÀNH PHỐ CẦN
    THƠ" / "Trang chủ » Văn bản"); a received stamp's number in dots ("ĐẾN Số: ...l25O...."); "Về … dự án Thành phố Hồ
    Chí Minh, ngày …" (the city's own place-and-date beside its subject); "Kính gửi:- A;- B." run together."""
    letter = parse("\n".join([
        "UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TỈNH THANH HOÁ Độc lập  Tự do  Hạnh phúc",
        "Số: 2187/2005/QĐ-UB Thanh Hoá, ngày 12 tháng 8 năm 2005", "", "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH THANH HOÁ",
        "V/v ban hành Quy định hỗ trợ kiên cố hoá kênh mương", "", "UỶ BAN NHÂN DÂN TỈNH THANH HOÁ", "",
        "Căn cứ Luật Tổ chức HĐND và UBND./.", "", "Nơi nhận:", "- Như Điều 3;", "- Lưu: VT, KT/ĐTXD (nva).", "",
        "TM/ UỶ BAN NHÂN DÂN TỈNH THANH HOÁ", "K/T CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "Nguyễn Văn An", ""]))
    assert (letter.type, letter.subject) == ("Quyết định", "Ban hành Quy định hỗ trợ kiên cố hoá kênh mương")
    assert letter.signing_authority == "TM. Ủy ban nhân dân tỉnh Thanh Hóa, KT. Chủ tịch"
    assert letter.cc[-1] == "Lưu: VT, KT/ĐTXD (nva)"
    letter = parse("\n".join([
        "SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "Trang chủ » Văn bản » Văn bản chỉ đạo",
        "| UBND THÀNH PHỐ CẦN THƠ SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
        "| Số: 2318/SYT-NVY V/v tăng cường phòng, chống dịch | Cần Thơ, ngày 03 tháng 8 năm 2020 |",
        "Kính gửi:- Các bệnh viện;- Trung tâm Y tế các quận, huyện.", "Thực hiện Công văn số 4026/BYT-KCB./."])
        + CLOSING)
    assert (letter.number, letter.issuer, letter.subject) == (
        "2318/SYT-NVY", "Sở Y tế thành phố Cần Thơ", "Tăng cường phòng, chống dịch")
    assert letter.recipients == ("Các bệnh viện", "Trung tâm Y tế các quận, huyện")
    letter = parse("\n".join([
        "UBND HUYỆN MỸ XUYÊN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ỦY BAN NHÂN DÂN XÃ ĐẠI TÂM Độc lập - Tự do - Hạnh phúc",
        "VĂN PHÒNG HĐND VÀ UBND HUYỆN MỸ XUYÊN", "ĐẾN Số: ...l25O....", "Ngày: 02/7/2020", "Chuyển: ......",
        "Số: 96 /BC-UBND Đại Tâm, ngày 30 tháng 6 năm 2020", "BÁO CÁO", "Kết quả cải cách hành chính",
        "Kính gửi: Ủy ban nhân dân huyện Mỹ Xuyên.", "Thực hiện Kế hoạch số 12/KH-UBND./."]) + CLOSING)
    assert (letter.number, letter.issuer, letter.subject) == (
        "96/BC-UBND", "Ủy ban nhân dân xã Đại Tâm", "Kết quả cải cách hành chính")
    letter = parse("\n".join([
        "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "THÀNH PHỐ HỒ CHÍ MINH Độc lập  Tự do  Hạnh phúc",
        "Số: 4512/UBND-ĐTMT", "Về tăng cường công tác quản lý dự án Thành phố Hồ Chí Minh, ngày 08 tháng 9 năm 2015",
        "đầu tư xây dựng", "", "Kính gửi: Sở Xây dựng.", "", "Thực hiện Luật Đầu tư công./."]) + CLOSING)
    assert (letter.place, letter.subject) == (
        "Thành phố Hồ Chí Minh", "Tăng cường công tác quản lý dự án đầu tư xây dựng")


def test_a_signature_signed_and_sealed_run_onto_one_cell():
    """"TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký và đóng dấu) Vũ Đình Chiến": a portal's table cell."""
    letter = parse("\n".join([
        "ỦY BAN NHÂN DÂN HUYỆN BẢO THẮNG", "Số: 1187/UBND-NN", "V/v chống rét cho gia súc",
        "Bảo Thắng, ngày 02 tháng 12 năm 2013", "", "Kính gửi: Các xã.", "", "Yêu cầu thực hiện./.",
        "Nơi nhận: - Như trên; - Lưu: VT, NN. | TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký và đóng dấu) Vũ"
        " Đình Chiến |", ""]))
    assert (letter.signer_title, letter.signer) == ("Phó Chủ tịch", "Vũ Đình Chiến")


def test_a_number_line_in_capitals_and_a_breadcrumb_whose_separator_a_legacy_code_page_changed():
    """"SỐ: 2318/SYT-NVY" (a line a font set in capitals) is the number line; "Trang chủ ằ Văn bản" (TCVN3 has no "»")
    is a site's path: the site's name above it heads no letter."""
    letter = parse("\n".join([
        "SỞ Y TẾ THÀNH PHỐ CẦN THƠ", "Trang chủ ằ Văn bản ằ Văn bản chỉ đạo",
        "| UBND THÀNH PHỐ CẦN THƠ SỞ Y TẾ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc |",
        "| SỐ: 2318/SYT-NVY V/v tăng cường phòng, chống dịch | Cần Thơ, ngày 03 tháng 8 năm 2020 |",
        "Kính gửi: Các bệnh viện.", "Thực hiện Công văn số 4026/BYT-KCB./."]) + CLOSING)
    assert (letter.number, letter.issuer, letter.date) == ("2318/SYT-NVY", "Sở Y tế thành phố Cần Thơ", "2020-08-03")


def test_a_districts_station_under_its_provinces_centre_and_the_head_of_a_station():
    """"TRUNG TÂM KHUYẾN NÔNG BÌNH ĐỊNH" / "TRẠM KHUYẾN NÔNG HUYỆN PHÙ CÁT": the station issues, the centre is its
    parent; its head signs "TRƯỞNG TRẠM" (a radio station's "TRƯỞNG ĐÀI" too)."""
    letter = parse("\n".join([
        "TRUNG TÂM KHUYẾN NÔNG BÌNH ĐỊNH", "TRẠM KHUYẾN NÔNG HUYỆN PHÙ CÁT", "Số: 31/TB-TKN",
        "Phù Cát, ngày 21 tháng 11 năm 2016", "THÔNG BÁO", "Lịch thời vụ gieo sạ lúa", "",
        "Căn cứ Thông báo số 205/TB-SNN ngày 08/11/2016./.", "", "Nơi nhận:", "- Lưu: Trạm.", "", "TRƯỞNG TRẠM", "",
        "Trần Đình Lộc", ""]))
    assert (letter.issuer, letter.parent_issuer) == (
        "Trạm Khuyến nông huyện Phù Cát", "Trung tâm Khuyến nông Bình Định")
    assert (letter.signer_title, letter.signer) == ("Trưởng trạm", "Trần Đình Lộc")


def test_words_run_into_va_and_viec_and_a_web_copys_paragraph_on_one_line_under_its_subject(tmp_path):
    """"của UBND Thành phốvà dự thảo …" and "Thanh Hóa vềviệc tăng cường …" (a web copy's words run together, parted
    even once); a chỉ thị's first paragraph on one line under its one-line subject is the text's, no subject's."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "glued.txt"
    path.write_text("\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN TĨNH GIA", "Số: 85/KH-UBND", "Tĩnh Gia, ngày 15 tháng 11 năm 2013", "KẾ HOẠCH",
        "Lập lại trật tự hành lang giao thông", "", "Thực hiện Tờ trình số 176/TTr-UBND ngày 21/6/2023 của UBND Thành"
        " phốvà dự thảo Nghị quyết; Công văn số 4107/SGTVT-QLGT ngày 30/10/2013 của Sở Giao thông vận tải Thanh Hóa"
        " vềviệc tăng cường quản lý./."]) + CLOSING, encoding="utf-8")
    body = process_letter(path).letter.body
    assert "Thành phố và dự thảo" in body and "Thanh Hóa về việc tăng cường" in body
    paragraph = "Mùa khô năm 2007 - 2008, trên địa bàn tỉnh đã xảy ra 46 vụ cháy rừng, " * 5
    letter = parse("\n".join([
        "ỦY BAN NHÂN DÂN TỈNH GIA LAI", "Số: 21/2008/CT-UBND", "Pleiku, ngày 14 tháng 11 năm 2008", "CHỈ THỊ",
        "Về việc tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô năm 2008 - 2009", paragraph.strip(),
        "Ủy ban nhân dân tỉnh chỉ thị./."]) + CLOSING)
    assert letter.subject == "Tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô năm 2008 - 2009"


def test_a_party_header_whose_cells_a_page_ran_each_into_one_line():
    """"| TỈNH ỦY LONG AN BAN TUYÊN GIÁO * Số 52-CV/BTGTU V/v … | ĐẢNG CỘNG SẢN VIỆT NAM Long An, ngày … |": each cell
    of an early page's header table run into one line, the closing's too."""
    letter = parse("\n".join([
        "| TỈNH ỦY LONG AN BAN TUYÊN GIÁO * Số 52-CV/BTGTU V/v tuyên truyền kỷ niệm ngày thành lập Đảng | ĐẢNG CỘNG SẢN"
        " VIỆT NAM Long An, ngày 05 tháng 01 năm 2008 |",
        "Kính gửi: - Ban Tuyên giáo các huyện ủy; - Các đảng ủy trực thuộc.",
        "Thực hiện Hướng dẫn số 33-HD/BTGTW ngày 10/12/2007 của Ban Tuyên giáo Trung ương./.",
        "| Nơi nhận: - Như trên; - Ban Tuyên giáo Trung ương (b/c); - Thường trực Tỉnh ủy (b/c); - Lưu. | K/T TRƯỞNG"
        " BAN PHÓ TRƯỞNG BAN (đã ký) Lê Văn Hòa |"]))
    assert (letter.number, letter.date, letter.place, letter.issuer) == (
        "52-CV/BTGTU", "2008-01-05", "Long An", "Ban Tuyên giáo Tỉnh ủy Long An")
    assert letter.subject == "Tuyên truyền kỷ niệm ngày thành lập Đảng"
    assert (letter.signer_title, letter.signer) == ("Phó Trưởng ban", "Lê Văn Hòa")


def test_a_party_number_a_narrow_cell_wrapped_at_its_hyphen():
    """"| Số 214" / "-CV/BTCTU": the number is one."""
    letter = parse("\n".join([
        "| THÀNH ỦY HẢI PHÒNG", "BAN TỔ CHỨC", "* | ĐẢNG CỘNG SẢN VIỆT NAM |", "| Số 214", "-CV/BTCTU",
        "V/v rà soát quy hoạch cán bộ | Hải Phòng, ngày 09 tháng 4 năm 2024 |", "Kính gửi: Các quận ủy.",
        "Thực hiện chỉ đạo của Thường trực Thành ủy./."]) + CLOSING)
    assert (letter.number, letter.type, letter.date) == ("214-CV/BTCTU", "Công văn", "2024-04-09")


def test_a_meetings_account_opens_the_text_under_a_wrapped_subject():
    """A notice of conclusions, its lines wrapped as a PDF's: "… trên địa bàn tỉnh" / "Sáng ngày 12 tháng 5 năm 2022,
    tại …" opens the text."""
    letter = parse("\n".join([
        "UBND TỈNH TRÀ VINH", "VĂN PHÒNG", "Số: 118/TB-VP", "Trà Vinh, ngày 13 tháng 5 năm 2022", "THÔNG BÁO",
        "Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ",
        "giải phóng mặt bằng các công trình giao thông trên địa bàn tỉnh",
        "Sáng ngày 12 tháng 5 năm 2022, tại Trụ sở UBND tỉnh, Phó Chủ tịch UBND tỉnh", "chủ trì cuộc họp."]) + CLOSING)
    assert letter.subject == ("Kết luận của Phó Chủ tịch UBND tỉnh tại cuộc họp về tiến độ giải phóng mặt bằng các"
                              " công trình giao thông trên địa bàn tỉnh")


def test_a_seals_word_after_a_copys_semicolon_is_no_part_of_it():
    """"- Bộ Tài chính; BỘ": the ring of the ministry's seal, OCR'd beside the copies."""
    letter = parse("\n".join([
        "BỘ XÂY DỰNG", "Số: 812/BXD-QLN", "Hà Nội, ngày 02 tháng 3 năm 2018", "V/v hỗ trợ nhà ở", "",
        "Kính gửi: Ủy ban nhân dân tỉnh Phú Yên.", "", "Bộ Xây dựng có ý kiến như sau./.", "",
        "Nơi nhận: KT. BỘ TRƯỞNG", "- Như trên; THỨ TRƯỞNG", "- Bộ Tài chính; BỘ", "- Lưu: VT, Cục QLN. *",
        "Phan Văn Tùng"]))
    assert list(letter.cc) == ["Như trên", "Bộ Tài chính", "Lưu: VT, Cục QLN"]


def test_a_received_stamp_left_blank_and_a_date_written_by_hand_are_no_header_lines():
    """"ĐẾN Số:.....Ngày:..../..../....." (a stamp not filled in) and "Đến 12/7 -> A. Bình" (a clerk's hand) between
    the date and the title of a scanned letter."""
    for stamp in ("ĐẾN Số:.....Ngày:..../..../.....", "Đến 12/7 -> A. Bình"):
        letter = parse("\n".join([
            "UBND HUYỆN EA KAR", "PHÒNG TÀI CHÍNH - KẾ HOẠCH", "Số: 51/BC-TCKH", "Ea Kar, ngày 08 tháng 7 năm 2019",
            stamp, "BÁO CÁO", "Tình hình thu, chi ngân sách 6 tháng đầu năm 2019", "",
            "Kính gửi: Ủy ban nhân dân huyện Ea Kar.", "", "Căn cứ Nghị quyết số 27/NQ-HĐND ngày 20/12/2018./."
        ]) + CLOSING)
        assert letter.subject == "Tình hình thu, chi ngân sách 6 tháng đầu năm 2019", stamp
        assert list(letter.recipients) == ["Ủy ban nhân dân huyện Ea Kar"], stamp


def test_a_units_power_is_no_footnote_marker():
    """"diện tích 2.870 m²" in a letter with no footnotes: no warning of a marker without its note."""
    letter = parse("\n".join([
        "ỦY BAN NHÂN DÂN", "HUYỆN CHƯ PRÔNG", "Số: 12/TTr-UBND", "Chư Prông, ngày 02 tháng 3 năm 2016", "TỜ TRÌNH",
        "Về việc giao đất", "", "Tổng diện tích 2.870 m², mỗi hộ không quá 200 m² (hồ chứa 30.000 m³)./."]) + CLOSING)
    assert not [w for w in letter.warnings if "marker" in w]


def test_a_range_of_years_among_the_recipients_of_a_copy_that_lost_its_hyphens():
    """"Kính gửi: Ban Chỉ đạo … giai" / "đoạn 2016  2020." in a PDF copy ("…/QĐTTg" beside it)."""
    letter = parse("\n".join([
        "UBND TỈNH NINH THUẬN", "BAN CHỈ ĐẠO", "Số: 98/BCBCĐ", "Ninh Thuận, ngày 05 tháng 12 năm 2016", "BÁO CÁO",
        "Kết quả xây dựng nông thôn mới năm 2016",
        "Kính gửi: Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai", "đoạn 2016  2020.",
        "Thực hiện Quyết định số 1600/QĐTTg ngày 16/8/2016 của Thủ tướng Chính phủ./."]) + CLOSING)
    assert list(letter.recipients) == [
        "Ban Chỉ đạo Trung ương các Chương trình mục tiêu quốc gia giai đoạn 2016 - 2020"]


@pytest.mark.parametrize("parent, issuer, expected", [
    ("BỘ GIÁO DỤC VÀ ĐÀO TẠO", "ĐẠI HỌC HUẾ", ("Đại học Huế", "Bộ Giáo dục và Đào tạo")),
    # an academy under its ministry or the State Bank, not a department of it
    ("NGÂN HÀNG NHÀ NƯỚC VIỆT NAM", "HỌC VIỆN NGÂN HÀNG", ("Học viện Ngân hàng", "Ngân hàng Nhà nước Việt Nam")),
])
def test_a_regional_university_or_an_academy_under_its_ministry(parent, issuer, expected):
    """"BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "ĐẠI HỌC HUẾ": the university issues, the ministry is its parent."""
    letter = parse("\n".join([
        parent, issuer, "Số: 812/ĐHH-ĐTĐH", "V/v tuyển sinh năm 2017",
        "Thừa Thiên Huế, ngày 12 tháng 5 năm 2017", "Kính gửi: Các trường đại học thành viên.",
        "Thực hiện kế hoạch tuyển sinh./."]) + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == expected


def test_a_degree_written_with_its_dot_inside_before_the_signers_name():
    """"BS.CKI Huỳnh Văn Lợi" (bác sĩ chuyên khoa I): the name is the rest."""
    letter = parse("\n".join([
        "SỞ Y TẾ QUẢNG NAM", "TRUNG TÂM Y TẾ HUYỆN THĂNG BÌNH", "Số: 845/TTYT-KSBT", "V/v phòng chống sốt xuất huyết",
        "Thăng Bình, ngày 12 tháng 7 năm 2022", "Kính gửi: Trạm Y tế các xã.", "Đề nghị các đơn vị thực hiện./.", "",
        "Nơi nhận:", "- Lưu: VT.", "", "GIÁM ĐỐC", "", "BS.CKI Nguyễn Văn Tâm"]))
    assert (letter.signer_title, letter.signer) == ("Giám đốc", "Nguyễn Văn Tâm")


def test_a_scans_specks_with_one_letter_after_the_filed_copy():
    """"- Lưu: VT, LĐTBXH. `·.*.·' J~": the seal's ring OCR read as specks and a "J"."""
    letter = parse("\n".join([
        "UBND HUYỆN KON RẪY", "PHÒNG LAO ĐỘNG - TB&XH", "Số: 41/GM-LĐTBXH", "Kon Rẫy, ngày 08 tháng 4 năm 2024",
        "GIẤY MỜI", "Họp triển khai giảm nghèo", "", "Phòng trân trọng kính mời đại biểu đến dự./.", "", "Nơi nhận:",
        "- Như trên;", "- Lưu: VT, LĐTBXH. `·.*.·' J~", "", "TRƯỞNG PHÒNG", "", "Y Thị Hoa"]))
    assert list(letter.cc) == ["Như trên", "Lưu: VT, LĐTBXH"]


def test_a_copy_longer_than_a_paragraph_under_the_copies_head():
    """"- Các Bộ: Kế hoạch và Đầu tư, Tài chính, …, Nông nghiệp và Phát triển nông thôn;" under "Nơi nhận:" (a
    Government Office's notice, as Word gives it): a copy, however long, and the closing opens at "Nơi nhận:"."""
    letter = parse("\n".join([
        "VĂN PHÒNG CHÍNH PHỦ", "Số: 318/TB-VPCP", "Hà Nội, ngày 20 tháng 7 năm 2023", "THÔNG BÁO",
        "Kết luận của Thủ tướng Chính phủ tại buổi làm việc với tỉnh Quảng Trị", "",
        "Văn phòng Chính phủ thông báo để các cơ quan biết, thực hiện./.", "", "Nơi nhận:",
        "- Thủ tướng, các Phó Thủ tướng Chính phủ;",
        "- Các Bộ: Kế hoạch và Đầu tư, Tài chính, Giao thông vận tải, Xây dựng, Tài nguyên và Môi trường, Công Thương,"
        " Văn hóa, Thể thao và Du lịch, Nông nghiệp và Phát triển nông thôn;", "- Lưu: VT, QHĐP (2b).", "",
        "KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM", "", "Nguyễn Văn Bình"]))
    assert len(letter.cc) == 3 and letter.cc[0] == "Thủ tướng, các Phó Thủ tướng Chính phủ"
    assert letter.signer == "Nguyễn Văn Bình"


def test_addressees_a_scan_ran_onto_the_subjects_last_line():
    """"V/v … phòng," / "chống bệnh Dịch tả lợn Châu Phi Kính gửi:" / "- UBND các huyện, thành phố;": the subject ends
    where "Kính gửi:" begins; two items run onto one line ("…; - …") are two."""
    letter = parse("\n".join([
        "UBND TỈNH HÀ GIANG", "SỞ NÔNG NGHIỆP VÀ PTNT", "Số: 1214/SNN-CNTY", "Hà Giang, ngày 27 tháng 5 năm 2019",
        "V/v triển khai các biện pháp cấp bách phòng,", "chống bệnh Dịch tả lợn Châu Phi Kính gửi:",
        "- UBND các huyện, thành phố;", "- Chi cục Chăn nuôi và Thú y tỉnh; - Trung tâm Khuyến nông tỉnh.",
        "Thực hiện Chỉ thị số 04/CT-TTg ngày 20/02/2019 của Thủ tướng Chính phủ./."]) + CLOSING)
    assert letter.subject == "Triển khai các biện pháp cấp bách phòng, chống bệnh Dịch tả lợn Châu Phi"
    assert list(letter.recipients) == ["UBND các huyện, thành phố", "Chi cục Chăn nuôi và Thú y tỉnh",
                                       "Trung tâm Khuyến nông tỉnh"]


def test_a_projects_first_part_opens_its_text():
    """"ĐỀ ÁN" / its subject / "Phần thứ nhất" (a đề án's part heading, no blank line between): the text's."""
    letter = parse("\n".join([
        "UBND TỈNH ĐẮK LẮK", "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Số: 45/ĐA-SGDĐT", "Đắk Lắk, ngày 10 tháng 6 năm 2021",
        "ĐỀ ÁN", "Sắp xếp mạng lưới trường mầm non, phổ thông công lập giai đoạn 2021 - 2025", "Phần thứ nhất",
        "SỰ CẦN THIẾT XÂY DỰNG ĐỀ ÁN", "Căn cứ Nghị quyết số 19-NQ/TW ngày 25/10/2017./."]) + CLOSING)
    assert letter.subject == "Sắp xếp mạng lưới trường mầm non, phổ thông công lập giai đoạn 2021 - 2025"


def test_a_district_treasury_under_its_provinces_whose_code_ends_as_a_joint_marks():
    """"KHO BẠC NHÀ NƯỚC BẮC GIANG" / "KHO BẠC NHÀ NƯỚC LỤC NGẠN", "Số: 186/KBLN-KSC": "KBLN" is the Kho bạc Lục
    Ngạn's code, no joint letter's "…LN" (liên ngành)."""
    letter = parse("\n".join([
        "KHO BẠC NHÀ NƯỚC BẮC GIANG", "KHO BẠC NHÀ NƯỚC LỤC NGẠN", "Số: 186/KBLN-KSC", "V/v dịch vụ công trực tuyến",
        "Lục Ngạn, ngày 17 tháng 8 năm 2020", "Kính gửi: Ủy ban nhân dân các xã.", "Đề nghị các đơn vị thực hiện./.",
        "", "KBNN Lục Ngạn  Công văn số 186/KBLNKSC"]) + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Kho bạc Nhà nước Lục Ngạn", "Kho bạc Nhà nước Bắc Giang")


def test_the_place_and_date_beside_a_subjects_line_a_tab_or_a_space_apart():
    """A Word file saved as text: "yếu, kém năm học 2014-2015 <tab> Bắc Kạn, ngày …"; a web copy's "… của Đoàn ĐBQH
    tỉnh Rạch Giá, ngày …" (no province is so named: "tỉnh" ends the subject, the city opens the date)."""
    letter = parse("\n".join([
        "SỞ GIÁO DỤC VÀ ĐÀO TẠO\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 1187/SGDĐT-GDTrH",
        "V/v dạy học tự chọn và phụ đạo học sinh", "yếu, kém năm học 2014-2015\tBắc Kạn, ngày 22 tháng 9 năm 2014", "",
        "Kính gửi: Các trường THPT.", "Thực hiện hướng dẫn của Bộ./."]) + CLOSING)
    assert (letter.subject, letter.place, letter.date) == (
        "Dạy học tự chọn và phụ đạo học sinh yếu, kém năm học 2014-2015", "Bắc Kạn", "2014-09-22")
    letter = parse("\n".join([
        "ĐOÀN ĐBQH TỈNH KIÊN GIANG", "VĂN PHÒNG",
        "Số: 87/VP-CTĐB", "V/v báo cáo giám sát chuyên đề của Đoàn ĐBQH tỉnh Rạch Giá, ngày 22 tháng 4 năm 2014",
        "Kính gửi: Sở Tài chính.", "Thực hiện Kế hoạch của Đoàn./."]) + CLOSING)
    assert (letter.subject, letter.place) == ("Báo cáo giám sát chuyên đề của Đoàn ĐBQH tỉnh", "Rạch Giá")


def test_a_district_party_committee_of_the_government_offices():
    """"ĐẢNG BỘ HUYỆN ĐỨC HÒA" / "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN": completed with its district, as a bloc's is."""
    letter = parse("\n".join([
        "ĐẢNG BỘ HUYỆN ĐỨC HÒA", "ĐẢNG ỦY CƠ QUAN CHÍNH QUYỀN", "*", "Số 156-QĐ/ĐU",
        "Đức Hòa, ngày 10 tháng 3 năm 2023", "QUYẾT ĐỊNH", "Về việc kết nạp đảng viên", "",
        "Căn cứ Điều lệ Đảng./."]) + CLOSING)
    assert letter.issuer == "Đảng ủy Cơ quan Chính quyền huyện Đức Hòa"


def test_a_letter_a_news_page_quotes_whole():
    """A newspaper's or a forum's copy: "HỎA TỐC" run into the header's one line, the motto's cells in bold
    ("**CỘNG HÒA …** **Độc lập …**"), the grounds bulleted ("• Căn cứ Luật …")."""
    letter = parse("\n".join([
        "Toàn văn công văn:",
        "HỎA TỐC ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Số: 5127/UBND-YT V/v tăng cường phòng, chống dịch COVID-19 CỘNG HÒA"
        " XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Quảng Ninh, ngày 29 tháng 7 năm 2021",
        "Kính gửi: Các sở, ban, ngành.", "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ./."
        ]) + CLOSING)
    assert (letter.issuer, letter.number) == ("Ủy ban nhân dân tỉnh Quảng Ninh", "5127/UBND-YT")
    letter = parse("\n".join([
        "**UBND TỈNH THANH HÓA** **SỞ GIÁO DỤC VÀ ĐÀO TẠO** Số: 2318/SGDĐT-GDTH V/v hướng dẫn đánh giá học sinh",
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM** **Độc lập - Tự do - Hạnh phúc** Thanh Hóa, ngày 14 tháng 10 năm 2016",
        "**Kính gửi:**", "• Phòng Giáo dục và Đào tạo các huyện;", "• Trường Tiểu học Hồng Đức.",
        "• Căn cứ Thông tư số 22/2016/TT-BGDĐT ngày 22/9/2016./."]) + CLOSING)
    assert (letter.issuer, letter.number, letter.subject) == (
        "Sở Giáo dục và Đào tạo tỉnh Thanh Hóa", "2318/SGDĐT-GDTH", "Hướng dẫn đánh giá học sinh")
    letter = parse("\n".join([
        "ỦY BAN NHÂN DÂN HUYỆN ĐƠN DƯƠNG", "Số: 1126/QĐ-UBND", "Đơn Dương, ngày 10 tháng 5 năm 2013", "QUYẾT ĐỊNH",
        "Tạm dừng khai thác cát trên sông Đa Nhim", "• Căn cứ Luật Khoáng sản số 60/2010/QH12 ngày 17/11/2010;",
        "QUYẾT ĐỊNH:"]) + CLOSING)
    assert letter.subject == "Tạm dừng khai thác cát trên sông Đa Nhim"


def test_a_national_body_run_into_its_branch_and_a_branch_that_names_itself():
    """"BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG" (one line); "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI"
    / "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TRẢNG BOM" (the branch's whole name, not the parent's again)."""
    letter = parse("\n".join([
        "BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH BÌNH DƯƠNG", "Số: 412/BHXH-QLT", "V/v rà soát sổ BHXH",
        "Bình Dương, ngày 12 tháng 3 năm 2019", "Kính gửi: Các đơn vị.", "Đề nghị thực hiện./."]) + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Bảo hiểm xã hội tỉnh Bình Dương", "Bảo hiểm xã hội Việt Nam")
    letter = parse("\n".join([
        "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI TỈNH ĐỒNG NAI", "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TRẢNG BOM",
        "Số: 1462/TB-CNTB", "Trảng Bom, ngày 25 tháng 7 năm 2022", "THÔNG BÁO", "Mời nhận kết quả hồ sơ", "",
        "Chi nhánh thông báo./."]) + CLOSING)
    assert letter.issuer == "Chi nhánh Văn phòng Đăng ký đất đai huyện Trảng Bom"


def test_a_web_posts_header_cells_glued_and_a_word_run_into_the_next_is_no_font_slip():
    """"SỞ VHTTDL TỈNH ĐẮK LẮKCỘNG HÒA …" / "TRUNG TÂM VĂN HÓAĐộc lập - Tự do …" / "Số: 38/KH-TTVHĐắk Lắk, ngày …" (a
    news post's cells glued); "khuôn khổLễ hội Cà phê" glued, which is no font's capitals slipped: "Tổ chức" stays."""
    letter = parse("\n".join([
        "SỞ VHTTDL TỈNH ĐẮK LẮKCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRUNG TÂM VĂN HÓAĐộc lập - Tự do - Hạnh phúc",
        "Số: 38/KH-TTVHĐắk Lắk, ngày 14 tháng 01 năm 2019", "", "KẾ HOẠCH",
        "Tổ chức chương trình Đường phố lễ hội trong khuôn khổLễ hội Cà phê năm 2019", "",
        "Căn cứ Quyết định số 2979/QĐ-UBND ngày 16/10/2018 của UBND tỉnh Đắk Lắk./."]) + CLOSING)
    assert (letter.number, letter.place, letter.issuer) == ("38/KH-TTVH", "Đắk Lắk", "Trung tâm Văn hóa tỉnh Đắk Lắk")
    assert letter.subject.startswith("Tổ chức chương trình")


def test_a_departments_fields_written_with_va_a_stations_head_and_districts_in_a_copy():
    """"THANH TRA SỞ TN VÀ MT" under "SỞ TN VÀ MT HÀ NAM"; "TRẠM TRƯỞNG"; "UBND Q.7, Q.8, Q.BT" (districts, no "Q."
    acting authority)."""
    letter = parse("\n".join([
        "SỞ TN VÀ MT HÀ NAM", "THANH TRA SỞ", "Số: 18/BC-TTr", "Hà Nam, ngày 10 tháng 5 năm 2016", "BÁO CÁO",
        "Kết quả xác minh khiếu nại", "", "Thanh tra Sở báo cáo./.", "", "Nơi nhận:", "- UBND Q.7, Q.8, Q.BT;",
        "- Lưu: TTr.", "", "TRẠM TRƯỞNG", "", "Dương Thị Hằng"]))
    assert letter.issuer == "Thanh tra Sở Tài nguyên và Môi trường tỉnh Hà Nam"
    assert list(letter.cc) == ["UBND Q.7, Q.8, Q.BT", "Lưu: TTr"]
    assert (letter.signer_title, letter.signer) == ("Trạm trưởng", "Dương Thị Hằng")


def test_a_faxs_line_a_titles_about_alone_and_a_seals_specks_with_letters():
    """A faxed scan's "26/05/2020 15:42 FAX 0221 3985 214 UBND VAN LAM P.001/002" atop its page is no header line; a
    chỉ thị's "VỀ" alone under its title opens no subject ("VỀ" / "TĂNG CƯỜNG …"); "- Lưu: VT, NN. '·.__ ~ ịJ/ __.·'"
    (the seal's ring, three letters among its specks) is no part of the filed copy, but "- Lưu: VT, ĐT. '-._ _.-'"
    keeps its code."""
    letter = parse("\n".join([
        "26/05/2020 15:42 FAX 0221 3985 214 UBND VAN LAM P.001/002", "ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK",
        "Số: 17/CT-UBND", "Đắk Lắk, ngày 20 tháng 8 năm 2021", "CHỈ THỊ", "VỀ",
        "TĂNG CƯỜNG QUẢN LÝ HOẠT ĐỘNG KHOÁNG SẢN", "", "Thời gian qua, hoạt động khoáng sản còn nhiều tồn tại./.",
        "", "Nơi nhận:", "- Như trên;", "- Lưu: VT, NN. '·.__ ~ ịJ/ __.·' ^ỳ", "", "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH", "", "Phạm Ngọc Nghị"]))
    assert (letter.issuer, letter.date) == ("Ủy ban nhân dân tỉnh Đắk Lắk", "2021-08-20")
    assert letter.subject.lower() == "tăng cường quản lý hoạt động khoáng sản"
    assert list(letter.cc) == ["Như trên", "Lưu: VT, NN"]
    letter = parse("\n".join(["SỞ Y TẾ", "Số: 12/QĐ-SYT", "QUYẾT ĐỊNH", "Về việc khen thưởng", "", "Nội dung./.", "",
                              "Nơi nhận:", "- Lưu: VT, ĐT. '-._ _.-'", "", "GIÁM ĐỐC", "", "Lê Văn Bình"]))
    assert list(letter.cc) == ["Lưu: VT, ĐT"]


def test_an_emulation_council_named_with_its_field():
    """"HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG TỈNH THÁI BÌNH", "Số: 02/HD-HĐTĐKT": its field as the name writes it, its code
    one ("HĐTĐKT", no "HĐ" and a unit)."""
    letter = parse("\n".join([
        "UBND TỈNH THÁI BÌNH", "HỘI ĐỒNG THI ĐUA - KHEN THƯỞNG", "Số: 02/HD-HĐTĐKT",
        "Thái Bình, ngày 17 tháng 02 năm 2011", "HƯỚNG DẪN", "Công tác thi đua, khen thưởng năm 2011", "",
        "Căn cứ Nghị định số 42/2010/NĐ-CP./."]) + CLOSING)
    assert (letter.issuer, letter.number) == ("Hội đồng Thi đua - Khen thưởng tỉnh Thái Bình", "02/HD-HĐTĐKT")


def test_an_old_forms_decision_maker_under_the_title_after_a_subject_under_the_number():
    """The 2009 form: "V/v …" under the number, then "QUYẾT ĐỊNH" / "UỶ BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG" (old tone
    marks): the decision-maker, no more of the subject."""
    letter = parse("UỶ BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG\nSố: 486/QĐ-UBND\nV/v phê duyệt danh sách hộ nghèo năm 2009\n\n"
                   "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nTam Đường, ngày 21 tháng 8 năm"
                   " 2009\n\nQUYẾT ĐỊNH\nUỶ BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG\nCăn cứ Luật Tổ chức HĐND và UBND ngày"
                   " 26/11/2003;" + CLOSING)
    assert (letter.type, letter.subject) == ("Quyết định", "Phê duyệt danh sách hộ nghèo năm 2009")


def test_a_pdf_copys_first_paragraph_line_under_a_subject_of_two_lines():
    """A PDF copy with no blank line under the subject ("… chữa cháy rừng" / "mùa khô 2006  2007"): its text's first
    line, in running case and as wide as a page's (seventy characters and more), is no more of the subject."""
    letter = parse("UỶ BAN NHÂN DÂN\nTỈNH ĐIỆN BIÊN\nSố: 04/2007/CT-UBND\nĐiện Biên Phủ, ngày 12 tháng 02 năm 2007\n"
                   "CHỈ THỊ\nVề việc tăng cường các biện pháp phòng cháy, chữa cháy rừng\nmùa khô 2006 - 2007\n"
                   "Mùa khô năm 2005 - 2006, trên địa bàn tỉnh đã xảy ra 47 vụ cháy rừng, ở\nthiêu hủy 812,4 ha rừng."
                   + CLOSING)
    assert letter.subject == "Tăng cường các biện pháp phòng cháy, chữa cháy rừng mùa khô 2006 - 2007"
    assert letter.body.startswith("Mùa khô năm 2005")


def test_a_place_and_date_run_onto_a_subject_ending_with_a_name():
    """A news site's line "Số: 1298/BNN-TY V/v … bệnh Dịch tả lợn Châu Phi Hà Nội, ngày 21 …": no unit is named "Châu
    Phi Hà Nội", Hà Nội is: the place, the words before it the subject's; "Thừa Thiên Huế" is one province's name;
    "… quận Hải An Hải Phòng, ngày …" names Hải Phòng after the subject's district."""
    letter = parse("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh"
                   " phúc\nSố: 1298/BNN-TY V/v triển khai biện pháp ngăn chặn bệnh Dịch tả lợn Châu Phi Hà Nội, ngày"
                   " 21 tháng 02 năm 2019\nKính gửi: Chủ tịch UBND các tỉnh.\nNgày 19/02/2019, cơ quan thú y.\n"
                   + CLOSING)
    assert (letter.place, letter.subject) == ("Hà Nội", "Triển khai biện pháp ngăn chặn bệnh Dịch tả lợn Châu Phi")
    hue = parse("UBND TỈNH THỪA THIÊN HUẾ\nSố: 12/UBND-NN V/v ứng phó mưa lũ năm 2020 Thừa Thiên Huế, ngày 10 tháng 10"
                " năm 2020\nKính gửi: Các sở.\nThực hiện chỉ đạo.\n" + CLOSING)
    assert (hue.place, hue.subject) == ("Thừa Thiên Huế", "Ứng phó mưa lũ năm 2020")
    # after a unit's kind: no quận is "Hải An Hải Phòng", Hải Phòng is
    city = parse("UBND THÀNH PHỐ HẢI PHÒNG\nSố: 6218/UBND-GT V/v tổ chức giao thông tại nút giao, quận Hải An Hải"
                 " Phòng, ngày 03 tháng 10 năm 2014\nKính gửi: Sở Giao thông vận tải.\nXét đề nghị của Sở.\n" + CLOSING)
    assert (city.place, city.date, city.subject) == ("Hải Phòng", "2014-10-03",
                                                     "Tổ chức giao thông tại nút giao, quận Hải An")


def test_a_received_scans_motto_in_old_tones_and_its_stamp_beside_the_subject():
    """OCR's text of a received scan: the motto one space after the issuer, in the old tones or with its marks lost
    ("UỶ BAN NHÂN DÂN CÔNG HOÀ XÃ HỘI …", "ĐẢNG CÔNG SẢN VIỆT NAM"); the receiving office at the end of the subject's
    line above "CÔNG VĂN ĐẾN", or on a line of its own under a subject in capitals; the clerk's figures on the
    stamp's dots ("Số: ..1932..")."""
    letter = parse("UỶ BAN NHÂN DÂN CÔNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN BỐ TRẠCH Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 1126 /UBND-NN Bố Trạch, ngày 24 tháng 9 năm 2009\nV/v chủ động phòng, chống lụt, bão\ncuối năm"
                   " 2009 UBND XÃ HẢI TRẠCH\nCÔNG VĂN ĐẾN\nSố: ..156..\nNgày: 26/9/09\nKính gửi: Các phòng, ban"
                   " ngành.\nThực hiện Công điện số 08/CĐ-UBND ngày 22/9/2009 của UBND tỉnh./." + CLOSING)
    assert (letter.issuer, letter.subject) == (
        "Ủy ban nhân dân huyện Bố Trạch", "Chủ động phòng, chống lụt, bão cuối năm 2009")
    report = parse("UỶ BAN NHÂN DÂN CÔNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH QUẢNG TRỊ Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 2874 /BC-UBND Quảng Trị, ngày 14 tháng 7 năm 2017\nBÁO CÁO\nKẾT QUẢ PHÒNG, CHỐNG DỊCH\n"
                   "NĂM 2017\nSỞ Y TẾ QUẢNG TRỊ\nCÔNG VĂN ĐẾN\nSố: ..1932..\nNgày: 17/7/2017\nChuyển: NVY\n"
                   "Kính gửi: Bộ Y tế.\nThực hiện Công văn số 3218/BYT-DP ngày 19/6/2017 của Bộ Y tế./." + CLOSING)
    assert (report.issuer, report.subject) == ("Ủy ban nhân dân tỉnh Quảng Trị", "KẾT QUẢ PHÒNG, CHỐNG DỊCH NĂM 2017")
    party = parse("ĐẢNG BỘ TỈNH HÀ TĨNH ĐẢNG CÔNG SẢN VIỆT NAM\nHUYỆN UỶ CẨM XUYÊN\n*\nSố 412-TB/HU Cẩm Xuyên, ngày 22"
                  " tháng 3 năm 2021\nTHÔNG BÁO\nKết luận của Ban Thường vụ Huyện ủy\nNgày 19/3/2021, Ban Thường vụ"
                  " họp./." + CLOSING)
    assert (party.issuer, party.parent_issuer) == ("Huyện ủy Cẩm Xuyên", "Đảng bộ tỉnh Hà Tĩnh")


def test_an_authority_whose_title_ocr_read_as_a_family_name():
    """After "KT." stands a head's title, never a person: OCR's "KT. CHU TỊCH" (the mark of "Ủ" lost; Chu is a family
    name too) is "KT. Chủ tịch"."""
    letter = parse("ỦY BAN NHÂN DÂN\nTHỊ XÃ HƯƠNG THỦY\nSố: 2350/QĐ-UBND\nHương Thủy, ngày 09 tháng 8 năm 2019\n"
                   "QUYẾT ĐỊNH\nVề việc phê duyệt danh sách hộ nghèo\nCăn cứ Luật Tổ chức chính quyền địa phương ngày"
                   " 19/6/2015./.\nNơi nhận:\n- Như Điều 3;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nKT. CHU TỊCH\n"
                   "PHÓ CHỦ TICH\nTrần Quang Vĩnh\n")
    assert (letter.signing_authority, letter.signer_title) == ("TM. Ủy ban nhân dân, KT. Chủ tịch", "Phó Chủ tịch")


def test_a_mass_organisations_name_where_the_motto_stands_is_no_place():
    """A farmers' union's letter sets "HỘI NÔNG DÂN VIỆT NAM" where the motto stands, above "Việt Trì, ngày …": the
    union's name, no place's first words a narrow column broke off."""
    letter = parse("HỘI NÔNG DÂN TỈNH PHÚ THỌ\nBAN THƯỜNG VỤ\n*\nSố 318-CV/HNDT\nV/v triển khai sản xuất vụ Đông\n\n"
                   "HỘI NÔNG DÂN VIỆT NAM\nViệt Trì, ngày 25 tháng 9 năm 2008\n\nKính gửi: Ban Thường vụ Hội Nông dân"
                   " các huyện\n\nThực hiện Nghị quyết số 26-NQ/TW ngày 05/8/2008./." + CLOSING)
    assert (letter.place, letter.date) == ("Việt Trì", "2008-09-25")


def test_a_hospital_under_its_department_on_one_line_and_a_recipients_footnote_marker():
    """A hospital's web copy runs its header onto one line, "SỞ Y TẾ NGHỆ AN BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN ————
    CỘNG HÒA …": the hospital under its department; a recipient's footnote marker ("… Tây Nguyên¹;") is no part of
    it."""
    letter = parse("SỞ Y TẾ NGHỆ AN BỆNH VIỆN HỮU NGHỊ ĐA KHOA NGHỆ AN ———— CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc"
                   " lập – Tự do – Hạnh phúc ——————\nSố: 215/CV-BV Nghệ An, ngày 21 tháng 3 năm 2016\nV/v giám sát\n"
                   "Kính gửi:\n- Sở Y tế các tỉnh khu vực miền Trung - Tây Nguyên¹;\n- Trung tâm Y tế các huyện.\n"
                   "Bệnh viện đề nghị phối hợp./." + CLOSING + "\n¹ Gồm các tỉnh từ Quảng Bình đến Khánh Hòa.\n")
    assert (letter.issuer.casefold(), letter.parent_issuer) == ("bệnh viện hữu nghị đa khoa nghệ an",
                                                                "Sở Y tế tỉnh Nghệ An")
    assert letter.recipients[0] == "Sở Y tế các tỉnh khu vực miền Trung - Tây Nguyên"


def test_a_deputy_ministers_title_a_web_copy_glued_to_the_authority():
    """"KT. BỘ TRƯỞNGTHỨ TRƯỞNG(Đã ký) Trần Quang Hải" (a legal-document site's closing on one line)."""
    letter = parse("BỘ TÀI CHÍNH\nSố: 10737/BTC-HCSN\nV/v giao kinh phí\nHà Nội, ngày 16 tháng 8 năm 2010\n"
                   "Kính gửi: Các Bộ, cơ quan ngang Bộ.\nĐề nghị các Bộ thực hiện./.\nNơi nhận:- Như trên;- Lưu: VT."
                   " KT. BỘ TRƯỞNGTHỨ TRƯỞNG(Đã ký) Trần Quang Hải\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("KT. Bộ trưởng", "Thứ trưởng",
                                                                              "Trần Quang Hải")


@pytest.mark.parametrize("gap", [" ", "\n"])  # the time zone on the stamp's line, or a line's wrap before it
def test_a_signed_pdfs_stamp_run_into_the_signers_name(gap):
    """"Ký bởi: Sở Kế hoạch và Đầu tưTỉnh Lào CaiThời gian ký: 20.06.2022 16:42:17 +07:00Phạm Đức Thịnh": the stamp's
    time, then the name."""
    letter = parse("UBND TỈNH LÀO CAI\nSỞ KẾ HOẠCH VÀ ĐẦU TƯ\nSố: 245/TTr-SKHĐT\nLào Cai, ngày 20 tháng 6 năm 2022\n"
                   "TỜ TRÌNH\nVề điều chỉnh kế hoạch vốn\nSở kính trình UBND tỉnh xem xét./.\nNơi nhận:   GIÁM ĐỐC\n"
                   "- Như trên;\n- Lưu: VT.\nKý bởi: Sở Kế hoạch và Đầu tưTỉnh Lào CaiThời gian ký: 20.06.2022 16:42:17"
                   f"{gap}+07:00Phạm Đức Thịnh\n")
    assert (letter.signer_title, letter.signer) == ("Giám đốc", "Phạm Đức Thịnh")


def test_a_scanned_closing_with_the_seals_words_beside_the_copies_and_the_signature():
    """OCR of a scanned closing, the seal's ring read into the right column: its words before a title (",·'UỶ BAN`·.
    PHÓ CHỦ TỊCH"), in brackets before the mark of signing ("( KẾ HOẠCH ) Đã ký") and its province after a star ("*
    SƠN LA") are no title, copy or signer; "Cầm" opens a Thái name."""
    letter = parse("ỦY BAN NHÂN DÂN\nXÃ NAM CƯỜNG\nSố: 12/BC-UBND\nNam Cường, ngày 5 tháng 7 năm 2024\nBÁO CÁO\nKết quả"
                   " giảm nghèo\nTrên đây là báo cáo./.\nNơi nhận: TM. UỶ BAN NHÂN DÂN\n- Như trên; KT. CHỦ TỊCH\n- TT"
                   " Đảng uỷ, HĐND xã; ,·'UỶ BAN`·. PHÓ CHỦ TỊCH\n- Ban Chỉ đạo giảm nghèo xã; ( KẾ HOẠCH ) Đã ký\n"
                   "- Lưu: VT. * SƠN LA\nCầm Văn Chung\n")
    assert letter.cc == ("Như trên", "TT Đảng uỷ, HĐND xã", "Ban Chỉ đạo giảm nghèo xã", "Lưu: VT")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ủy ban nhân dân, KT. Chủ tịch", "Phó Chủ tịch", "Cầm Văn Chung")


def test_a_committees_authority_a_web_copy_glued_to_the_next():
    """"TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH" (a district portal's closing, its breaks lost)."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN TIÊN LÃNG\nSố: 1126/QĐ-UBND\nTiên Lãng, ngày 12 tháng 8 năm 2025\nQUYẾT ĐỊNH"
                   "\nPhê duyệt phương án bồi thường\nĐiều 1. Phê duyệt./.\nNơi nhận:- Như Điều 3;- Lưu: VT.\n"
                   "TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH\n(Đã ký)\nVũ Đình Toản\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ủy ban nhân dân, KT. Chủ tịch", "Phó Chủ tịch", "Vũ Đình Toản")


def test_a_ministrys_department_under_its_line_and_a_filed_copys_unit_before_the_name():
    """"BỘ NÔNG NGHIỆP VÀ PTNT" / "VỤ PHÁP CHẾ": the department under its ministry; "- Lưu: VT, P.KT. Huỳnh Tấn Lộc":
    the unit's "P.KT." is no "KT." authority, the name after it the signer's."""
    letter = parse("BỘ NÔNG NGHIỆP VÀ PTNT\nVỤ PHÁP CHẾ\nSố: 318/PC-KTVB\nV/v kết quả kiểm tra văn bản\n\nCỘNG HÒA XÃ"
                   " HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 26 tháng 4 năm 2024\n\nKính gửi:"
                   " Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Nông.\n\nVụ Pháp chế đề nghị Sở rà soát./.\n"
                   "Nơi nhận: VỤ TRƯỞNG\n- Như trên;\n- Lưu: VT, P.KT. Huỳnh Tấn Lộc\n")
    assert (letter.issuer, letter.parent_issuer) == ("Vụ Pháp chế", "Bộ Nông nghiệp và Phát triển nông thôn")
    assert (letter.cc, letter.signer) == (("Như trên", "Lưu: VT, P.KT"), "Huỳnh Tấn Lộc")


def test_a_subjects_word_khan_on_a_line_a_pdf_wrapped():
    """"… tại cuộc họp" / "khẩn" / "triển khai ứng phó …" (a title block's lines as a PDF wrapped them): the word in
    small letters goes on with the subject; only "KHẨN" in capitals is the urgency mark above a header."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH THỪA THIÊN HUẾ\nSố: 386/TB-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nThừa Thiên Huế, ngày 26 tháng 9 năm 2022\n\n**THÔNG BÁO**\n\n"
                   "**Kết luận của Chủ tịch UBND tỉnh tại cuộc họp**\n**khẩn**\n**triển khai ứng phó với bão số 4**\n\n"
                   "Chiều ngày 25/9/2022, Chủ tịch UBND tỉnh chủ trì cuộc họp./." + CLOSING)
    assert letter.subject == "Kết luận của Chủ tịch UBND tỉnh tại cuộc họp khẩn triển khai ứng phó với bão số 4"


def test_an_old_fonts_rules_side_by_side_and_an_inspectorates_titled_conclusion():
    """"-----o0o----- -----o0o-----" (both columns' rules on one line) is a rule line; "KẾT LUẬN THANH TRA" is the title
    of a Kết luận, its subject on the lines under it."""
    directive = parse("UỶ BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH VĨNH LONG Độc lập - Tự do - Hạnh phúc\n"
                      "-----o0o----- -----o0o-----\nSố: 09/CT-UB Vĩnh Long, ngày 18 tháng 5 năm 2006\n\nCHỈ THỊ\nVề"
                      " tăng cường quản lý bến khách ngang sông\n\nThời gian qua, các ngành đã triển khai./." + CLOSING)
    assert (directive.type, directive.number, directive.date, directive.subject) == (
        "Chỉ thị", "09/CT-UB", "2006-05-18", "Tăng cường quản lý bến khách ngang sông")
    conclusion = parse("UBND TỈNH THANH HÓA CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHANH TRA TỈNH Độc lập - Tự do - Hạnh"
                       " phúc\nSố: 27/KL-TTr Thanh Hóa, ngày 19 tháng 9 năm 2014\nKẾT LUẬN THANH TRA\nTrách nhiệm thực"
                       " hiện pháp luật về tiếp công dân\nCăn cứ Luật Thanh tra số 56/2010/QH12 ngày 15/11/2010./."
                       + CLOSING)
    assert (conclusion.type, conclusion.subject) == ("Kết luận", "Trách nhiệm thực hiện pháp luật về tiếp công dân")


def test_the_signers_name_a_pdf_set_after_the_footnotes_at_its_pages_foot_and_an_appendix_title_beside_it():
    """A Word letter as LibreOffice's PDF gives it: the page's foot holds the footnotes under the signer's title, the
    name on the next page; and an appendix's "DANH SÁCH" its table set beside the copies is no name."""
    letter = parse("BỘ TÀI CHÍNH\nSố: 7302/BTC-ĐT\nV/v quyết toán vốn đầu tư\nHà Nội, ngày 20 tháng 6 năm 2018\n\nKính"
                   " gửi: Ủy ban nhân dân các tỉnh.\n\nThực hiện Công văn số 5102/BTC-ĐT¹, Bộ Tài chính đề nghị./.\n\n"
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT, Vụ ĐT.\n\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n¹ Công văn số"
                   " 5102/BTC-ĐT ngày 08/5/2018 về việc báo cáo quyết toán.\n\n**Lê Minh Tuấn**\n")
    assert (letter.signer_title, letter.signer) == ("Thứ trưởng", "Lê Minh Tuấn")
    assert [note.text for note in letter.footnotes] == ["Công văn số 5102/BTC-ĐT ngày 08/5/2018 về việc báo cáo quyết"
                                                        " toán."]
    award = parse("ỦY BAN NHÂN DÂN\nTHÀNH PHỐ HẢI DƯƠNG\nSố: 1865/QĐ-UBND\nHải Dương, ngày 14 tháng 12 năm 2012\n"
                  "QUYẾT ĐỊNH\nVề việc tặng Giấy khen\nĐiều 1. Tặng Giấy khen./.\n\nNơi nhận:\n- Như Điều 2;\n"
                  "- Lưu: VT.\nDANH SÁCH\nTẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN\n\nCHỦ TỊCH\n\nĐỗ Quang Hưng\n")
    assert (award.signer_title, award.signer) == ("Chủ tịch", "Đỗ Quang Hưng")


def test_closings_a_web_copy_ran_onto_the_copies_and_a_name_with_its_mark_set_apart():
    """"- Lưu: VT, HCTP.GIÁM ĐỐC(Đã ký)Nguyễn Văn Hùng" and "- Lưu BTG.K/T TRƯỞNG BANPHÓ TRƯỞNG BAN(Đã ký)…" (a legal
    site's closing on one line); a Jrai woman's "Nay H' Ruân", the mark spaced."""
    glued = parse("SỞ TƯ PHÁP\nSố: 215/STP-HCTP\nV/v công chứng\nQuy Nhơn, ngày 12 tháng 3 năm 2007\nKính gửi: UBND các"
                  " huyện.\nĐề nghị thực hiện./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, HCTP.GIÁM ĐỐC(Đã ký)Nguyễn Văn"
                  " Hùng\n")
    assert (glued.cc[-1], glued.signer_title, glued.signer) == ("Lưu: VT, HCTP", "Giám đốc", "Nguyễn Văn Hùng")
    party = parse("TỈNH ỦY BẮC NINH\nBAN TUYÊN GIÁO\nSố 45-HD/BTGTU\nBắc Ninh, ngày 5 tháng 5 năm 2017\nHƯỚNG DẪN\n"
                  "Tuyên truyền kỷ niệm\nĐề nghị thực hiện./.\nNơi nhận:- Thường trực Tỉnh ủy (b/c);- Lưu BTG.K/T"
                  " TRƯỞNG BANPHÓ TRƯỞNG BAN(Đã ký)Nguyễn Thị Thu Hằng\n")
    assert (party.signing_authority, party.signer_title, party.signer) == (
        "KT. Trưởng ban", "Phó Trưởng ban", "Nguyễn Thị Thu Hằng")
    jrai = parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1234/BC-SGDĐT\nGia Lai, ngày 5 tháng 7 năm 2024\nBÁO CÁO\nTổng kết năm"
                 " học\nTrên đây là báo cáo./.\nNơi nhận:\n- Như trên;\n- Lưu: VT, VP.\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\n"
                 "Nay H' Ruân\n")
    assert jrai.signer == "Nay H' Ruân"


@pytest.mark.parametrize("header, expected", [
    (["TÒA ÁN NHÂN DÂN", "HUYỆN HÀM THUẬN BẮC", "TỈNH BÌNH THUẬN"], "Tòa án nhân dân huyện Hàm Thuận Bắc"),
    (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ THỦ ĐỨC", "THÀNH PHỐ HỒ CHÍ MINH"], "Ủy ban nhân dân thành phố Thủ Đức"),
])
def test_a_districts_province_on_a_line_of_its_own_under_it(header, expected):
    """A court's header, "TÒA ÁN NHÂN DÂN" / "HUYỆN CHỢ GẠO" / "TỈNH TIỀN GIANG": the province places the district;
    the court is the district's, signed by its judge ("THẨM PHÁN", no authority)."""
    letter = parse("\n".join([
        *header, "Số: 62/2021/QĐST-DS", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Hàm Thuận Bắc, ngày 16 tháng 7 năm 2021", "QUYẾT ĐỊNH", "CÔNG NHẬN SỰ THỎA THUẬN CỦA CÁC ĐƯƠNG SỰ",
        "Căn cứ Bộ luật Tố tụng dân sự năm 2015.", "Quyết định này có hiệu lực pháp luật ngay./.", "",
        "Nơi nhận:                                   THẨM PHÁN", "- Các đương sự;",
        "- Lưu: hồ sơ vụ án.                         (Đã ký)", "", "                    Trần Minh Khoa"]))
    assert (letter.issuer, letter.parent_issuer) == (expected, None)
    assert (letter.signer_title, letter.signer, letter.cc) == (
        "Thẩm phán", "Trần Minh Khoa", ("Các đương sự", "Lưu: hồ sơ vụ án"))


def test_a_land_registrys_branch_under_its_office_named_without_a_province():
    """"VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "CHI NHÁNH THÀNH PHỐ QUẢNG NGÃI", dated at Quảng Ngãi: the branch opens an organ of
    its own, named after its office and its city; the office is the province's (as a Sở named by its field is)."""
    letter = parse("\n".join([
        "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", "CHI NHÁNH THÀNH PHỐ QUẢNG NGÃI", "Số: 1246/CNTP-ĐKTK",
        "V/v trả lời đơn đề nghị chỉnh lý diện tích", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "Quảng Ngãi, ngày 09 tháng 10 năm 2018", "Kính gửi: Ông Phạm Văn Lợi.", "Chi nhánh trả lời như sau./."])
        + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Chi nhánh Văn phòng Đăng ký đất đai thành phố Quảng Ngãi", "Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi")


@pytest.mark.parametrize("right, title", [
    # a title a narrow cell wrapped after a unit's word that wants its object
    (["TL. CỤC TRƯỞNG", "TRƯỞNG PHÒNG QUẢN LÝ", "LAO ĐỘNG NƯỚC NGOÀI"], "Trưởng phòng Quản lý lao động nước ngoài"),
    # a seal's first word under a whole title: "CỤC" / "HÀNG HẢI" / "VIỆT NAM"
    (["KT. CỤC TRƯỞNG", "PHÓ CỤC TRƯỞNG", "CỤC", "HÀNG HẢI"], "Phó Cục trưởng"),
    (["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "SỞ"], "Phó Giám đốc"),
    # a unit's head, the unit on the next line: "VỤ TRƯỞNG" / "VỤ KẾ HOẠCH - TÀI CHÍNH"
    (["TL. BỘ TRƯỞNG", "VỤ TRƯỞNG", "VỤ KẾ HOẠCH - TÀI CHÍNH"], "Vụ trưởng Vụ Kế hoạch - Tài chính"),
])
def test_a_title_wrapped_in_its_cell_and_a_seals_word_under_it(right, title):
    """The signature's column beside the copies, its lines each a cell."""
    left = ["Nơi nhận:", "- Như trên;", "- Cục trưởng (để b/c);", "- Lưu: VT, QLLĐNN."]
    rows = [f"{a:<45}{b}" for a, b in zip(left, [*right, "", "", ""][: len(left)], strict=True)]
    letter = parse("CỤC VIỆC LÀM\nSố: 1184/VL-QLLĐNN\nV/v giấy phép lao động\nHà Nội, ngày 5 tháng 7 năm 2022\n"
                   "Kính gửi: Sở Lao động - Thương binh và Xã hội tỉnh Bình Dương.\nĐề nghị thực hiện./.\n"
                   + "\n".join(rows) + "\n\n" + " " * 45 + "Hoàng Thị Thanh Vân\n")
    assert (letter.signer_title, letter.signer) == (title, "Hoàng Thị Thanh Vân")
    assert letter.cc == ("Như trên", "Cục trưởng (để b/c)", "Lưu: VT, QLLĐNN")


def test_a_seals_province_beside_a_wrapped_copy():
    """"- Đảng ủy, UBND các xã, phường: Hàm" and the seal's "TUYÊN QUANG" on one line, the item going on below ("Yên,
    Minh Xuân;"): the province is the seal's, the item whole; a copy naming its province in capitals keeps it."""
    rows = [("Nơi nhận:", "KT. CHÁNH VĂN PHÒNG"), ("- Các vị ĐBQH tỉnh;", "PHÓ CHÁNH VĂN PHÒNG"),
            ("- UBND tỉnh HÀ GIANG;", ""), ("- Đảng ủy, UBND các xã, phường: Hàm TUYÊN QUANG", ""),
            ("Yên, Minh Xuân;", ""), ("- Lưu: VT.", "")]
    letter = parse("VĂN PHÒNG ĐOÀN ĐBQH VÀ HĐND\nTỈNH TUYÊN QUANG\nSố: 45/TB-VP\nTuyên Quang, ngày 5 tháng 8 năm 2025\n"
                   "THÔNG BÁO\nLịch tiếp xúc cử tri\nVăn phòng trân trọng thông báo./.\n"
                   + "\n".join(f"{a}{' ' * (45 - len(a))}{b}".rstrip() for a, b in rows)
                   + "\n\n" + " " * 45 + "Ma Thị Thu Hằng\n")
    assert letter.cc == ("Các vị ĐBQH tỉnh", "UBND tỉnh HÀ GIANG", "Đảng ủy, UBND các xã, phường: Hàm Yên, Minh Xuân",
                         "Lưu: VT")
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "Ma Thị Thu Hằng")


def test_a_subject_wrapped_at_the_countrys_name_and_a_seals_office_word_over_the_signer():
    """"… hưởng ứng Ngày Pháp luật nước Cộng hòa" / "xã hội chủ nghĩa Việt Nam năm 2019 …": a wrapped subject's line
    in small letters is no motto; the seal's "VĂN PHÒNG" between the title and the name is no person ("Văn" opens
    names), nor the signer."""
    rows = [("Nơi nhận:", "CHÁNH VĂN PHÒNG"), ("- Như trên;", "/ VĂN PHÒNG \\"), ("- Lưu: VT, TH.", "\\ HƯƠNG SƠN /")]
    letter = parse("UBND HUYỆN HƯƠNG SƠN\nVĂN PHÒNG HĐND VÀ UBND\nSố: 07/KH-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nHương Sơn, ngày 08 tháng 10 năm 2019\nKẾ HOẠCH\nTổ chức các hoạt động"
                   " hưởng ứng Ngày Pháp luật nước Cộng hòa\nxã hội chủ nghĩa Việt Nam năm 2019 trên địa bàn huyện\n\n"
                   "Căn cứ Kế hoạch số 12/KH-UBND ngày 02/10/2019 của UBND huyện./.\n"
                   + "\n".join(f"{a:<40}{b}" for a, b in rows) + "\n\nTrần Đình Lâm\n")
    assert letter.subject == ("Tổ chức các hoạt động hưởng ứng Ngày Pháp luật nước Cộng hòa xã hội chủ nghĩa Việt Nam"
                              " năm 2019 trên địa bàn huyện")
    assert (letter.signer_title, letter.signer) == ("Chánh Văn phòng", "Trần Đình Lâm")


def test_a_member_school_under_its_university_a_pages_headline_above_and_a_seals_province_in_a_copy():
    """"ĐẠI HỌC HUẾ" / "TRƯỜNG ĐẠI HỌC SƯ PHẠM": the university is named whole, its school the issuer; a page's
    headline in capitals above the header ("THÔNG BÁO TUYỂN DỤNG …") is no issuer's line; the seal's "TỈNH HÀ GIANG"
    beside a wrapped copy is not the copy's."""
    rows = [("Nơi nhận:", "HIỆU TRƯỞNG"), ("- Như trên;", ""),
            ("- Sở Công Thương; BCH Bộ đội Biên phòng", "TỈNH HÀ GIANG"), ("tỉnh (để p/h);", ""),
            ("- Lưu: VT.", "Lê Văn Thành")]
    letter = parse("Trang chủ » Tin tức\nTHÔNG BÁO TUYỂN DỤNG VIÊN CHỨC NĂM 2012\nĐẠI HỌC HUẾ\nTRƯỜNG ĐẠI HỌC SƯ PHẠM\n"
                   "Số: 538/TB-ĐHSP\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Huế, ngày 28 tháng 9 năm 2012\nTHÔNG BÁO\nTuyển dụng viên chức năm 2012\n\n"
                   "Nhà trường thông báo tuyển dụng./.\n"
                   + "\n".join(f"{a:<45}{b}".rstrip() for a, b in rows) + "\n")
    assert (letter.issuer, letter.parent_issuer) == ("Trường Đại học Sư phạm", "Đại học Huế")
    assert letter.cc == ("Như trên", "Sở Công Thương; BCH Bộ đội Biên phòng tỉnh (để p/h)", "Lưu: VT")


def test_a_provinces_name_a_cell_broke_and_headers_a_news_page_cut_to_one_line_or_left_out():
    """"UBND TỈNH QUẢNG" / "NAM": one name; a school's header on one line under its Sở ("SỞ GD&ĐT LÀO CAI - TRƯỜNG THPT
    SỐ 2 BẢO THẮNG - Số: 36/TB-THPT, ngày 18/8/2017"); a school's notice with no header names itself in its text; a
    notice's title above its number, no header: its type is the title's."""
    letter = parse("UBND TỈNH QUẢNG\nNAM\nSỞ GIAO THÔNG VẬN TẢI\nSố: 412/QĐ-SGTVT\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nQuảng Nam, ngày 08 tháng 4 năm 2014\n\nQUYẾT ĐỊNH\nVề việc phê duyệt"
                   + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Sở Giao thông vận tải tỉnh Quảng Nam",
                                                     "Ủy ban nhân dân tỉnh Quảng Nam")
    letter = parse("Trang chủ > Thông báo\nSỞ GD&ĐT LÀO CAI - TRƯỜNG THPT SỐ 2 BẢO THẮNG - Số: 36/TB-THPT, ngày"
                   " 18/8/2017\n"
                   "THÔNG BÁO\nLịch tựu trường năm học 2017 - 2018\n\nNhà trường thông báo lịch tựu trường./.\n"
                   "\nHIỆU TRƯỞNG\n\nNguyễn Văn An\n")
    assert (letter.number, letter.date, letter.issuer.lower(), letter.parent_issuer) == (
        "36/TB-THPT", "2017-08-18", "trường trung học phổ thông số 2 bảo thắng", "Sở Giáo dục và Đào tạo tỉnh Lào Cai")
    school = parse("Trang chủ / Tin tức\nTHÔNG BÁO\nTuyển sinh vào lớp 6 năm học 2019 - 2020\n\nTrường THCS Nguyễn Du"
                   " thông báo kế hoạch tuyển sinh như sau:\n1. Đối tượng tuyển sinh.\n\n"
                   "Điện Bàn, ngày 10 tháng 6 năm 2019\nHIỆU TRƯỞNG\n\nPhan Thị Minh Nguyệt\n")
    assert school.issuer == "Trường Trung học cơ sở Nguyễn Du"
    notice = parse("Trang chủ » Xã Quảng Trạch » Thông báo\nUBND xã Quảng Trạch thông báo về việc đăng ký đất đai\n"
                   "THÔNG BÁO\nSố: 19/TB-UBND\nVề việc đăng ký, kê khai đất đai năm 2016\n\nỦy ban nhân dân xã thông"
                   " báo như sau./.\n\nQuảng Trạch, ngày 21 tháng 3 năm 2016\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\n"
                   "Lê Văn Bình\n")
    assert (notice.type, notice.number) == ("Thông báo", "19/TB-UBND")


def test_a_provinces_post_office_under_its_corporation():
    """"TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM" / "BƯU ĐIỆN TỈNH YÊN BÁI": the post office is an organ of its own."""
    letter = parse("TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM\nBƯU ĐIỆN TỈNH YÊN BÁI\nSố: 215/KH-BĐYB\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Yên Bái, ngày 12 tháng 5 năm 2017\n\nKẾ HOẠCH\nTiếp nhận hồ sơ qua bưu chính" + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer.lower()) == ("Bưu điện tỉnh Yên Bái", "tổng công ty bưu điện việt nam")


def test_forest_rangers_under_their_chi_cuc_police_cells_a_copy_glued_and_a_subject_before_the_first_heading():
    """"CHI CỤC KIỂM LÂM NGHỆ AN" / "HẠT KIỂM LÂM QUỲ CHÂU": Kiểm lâm is a field, its place a unit ("tỉnh Nghệ An",
    "huyện Quỳ Châu"); "CÔNG AN HUYỆN THIỆU HÓACÔNG AN XÃ THIỆU NGUYÊN": two organs a copy glued; a subject in capitals
    ends before the text's first heading ("I. CĂN CỨ …") a blank line apart."""
    rangers = parse("CHI CỤC KIỂM LÂM NGHỆ AN\nHẠT KIỂM LÂM QUỲ CHÂU\nSố: 12/KH-HKL\n"
                    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                    "Quỳ Châu, ngày 05 tháng 3 năm 2020\n\nKẾ HOẠCH\nPhòng cháy rừng"
                    + BODY + CLOSING)
    assert (rangers.issuer, rangers.parent_issuer) == ("Hạt Kiểm lâm huyện Quỳ Châu", "Chi cục Kiểm lâm tỉnh Nghệ An")
    police = parse("CÔNG AN HUYỆN THIỆU HÓACÔNG AN XÃ THIỆU NGUYÊN\nSố: 27/KH-CAX\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                   "Độc lập - Tự do - Hạnh phúc\nThiệu Nguyên, ngày 04 tháng 9 năm 2024\nKẾ HOẠCH\nThực tập phương án"
                   + BODY + CLOSING)
    assert (police.issuer, police.parent_issuer) == ("Công an xã Thiệu Nguyên", "Công an huyện Thiệu Hóa")
    plan = parse("SỞ TÀI CHÍNH\nSố: 12/KH-STC\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                 "Bình Dương, ngày 16 tháng 6 năm 2025\n\nKẾ HOẠCH\n\nTRIỂN KHAI CÁC CHÍNH SÁCH HỖ TRỢ NĂM 2025\n\n"
                 "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n\n- Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị." + CLOSING)
    assert plan.subject == "TRIỂN KHAI CÁC CHÍNH SÁCH HỖ TRỢ NĂM 2025"


def test_a_web_copys_cell_bar_before_the_first_recipient():
    """"Kính gửi:" / "| - Bộ Tài nguyên và Môi trường;" / "- UBND tỉnh Bình Định.": the bar is the table's, not the
    recipient's."""
    letter = parse("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 245/BC-STNMT\n| Bình Định, ngày 18 tháng 6 năm 2015\nBÁO CÁO\n"
                   "Kết quả rà soát\nKính gửi:\n| - Bộ Tài nguyên và Môi trường;\n- UBND tỉnh Bình Định.\n"
                   "Thực hiện Chỉ thị số 134/CT-TTg ngày 20/01/2015 của Thủ tướng Chính phủ, Sở báo cáo./." + CLOSING)
    assert letter.recipients == ("Bộ Tài nguyên và Môi trường", "UBND tỉnh Bình Định")


def test_a_procuracy_under_the_supreme_one_and_an_institute_under_its_academy():
    """"VIỆN KSND TỐI CAO" is whole, its province's procuracy below it; "VIỆN HÀN LÂM / KHOA HỌC XÃ HỘI VIỆT NAM" names
    no commune ("xã hội"), and the academy is named as its charter writes it; "của Chủ tịch Viện Hàn lâm" in its
    institute's letter is the academy, the letter's parent."""
    procuracy = parse("VIỆN KSND TỐI CAO\nVIỆN KIỂM SÁT NHÂN DÂN\nTỈNH HÀ TĨNH\nSố: 1245/VKS-VP\nV/v báo cáo\n"
                      "Hà Tĩnh, ngày 21 tháng 10 năm 2024\nKính gửi: Viện KSND các huyện.\nĐề nghị thực hiện./."
                      + CLOSING)
    assert (procuracy.issuer, procuracy.parent_issuer) == ("Viện kiểm sát nhân dân tỉnh Hà Tĩnh",
                                                           "Viện kiểm sát nhân dân tối cao")
    institute = parse("VIỆN HÀN LÂM\nKHOA HỌC XÃ HỘI VIỆT NAM\nVIỆN NGHIÊN CỨU ĐÔNG NAM Á\nSố: 86/QĐ-NCĐNA\n"
                      "Hà Nội, ngày 24 tháng 11 năm 2014\nQUYẾT ĐỊNH\nVề việc thành lập Hội đồng\nCăn cứ Quyết định số"
                      " 1731/QĐ-KHXH ngày 05/11/2013 của Chủ tịch Viện Hàn lâm quy định chức năng;\nĐiều 1. Thành lập."
                      + CLOSING)
    assert (institute.issuer, institute.parent_issuer) == ("Viện Nghiên cứu Đông Nam Á",
                                                           "Viện Hàn lâm Khoa học xã hội Việt Nam")
    assert [c.issuer for c in find_citations(institute)] == ["Viện Hàn lâm Khoa học xã hội Việt Nam"]


def test_two_words_of_the_signers_name_a_copy_ran_together():
    """"Nguyễn QuangHưng" under the seal's words: the name's words parted."""
    letter = parse("UBND TỈNH YÊN BÁI\nVĂN PHÒNG\nSố: 47/GM-VP\nYên Bái, ngày 5 tháng 6 năm 2009\nGIẤY MỜI\nHọp bàn\n"
                   "Rất mong các đồng chí đến dự./.\nNơi nhận:\n- Lưu: VT, TH.\nTL. CHỦ TỊCH\nK/T CHÁNH VĂN PHÒNG\n"
                   "PHÓ CHÁNH VĂN PHÒNG\nNguyễn QuangHưng\n")
    assert (letter.signer_title, letter.signer) == ("Phó Chánh Văn phòng", "Nguyễn Quang Hưng")


def test_a_disaster_commands_purpose_written_without_its_comma_is_no_office():
    """"BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI …": its "phòng" opens the purpose, no office whose name follows in
    capitals."""
    assert organ_name("BAN CHỈ HUY PHÒNG CHỐNG THIÊN TAI VÀ TÌM KIẾM CỨU NẠN HUYỆN") == (
        "Ban Chỉ huy phòng chống thiên tai và Tìm kiếm cứu nạn huyện")
    assert organ_name("PHÒNG TÀI CHÍNH - KẾ HOẠCH") == "Phòng Tài chính - Kế hoạch"


def test_a_party_header_run_onto_one_line_and_a_market_control_team_under_its_cuc():
    """"ĐẢNG BỘ HUYỆN GIỒNG TRÔM ĐẢNG ỦY XÃ PHONG NẪM * ĐẢNG CỘNG SẢN VIỆT NAM": the commune's committee under the
    district's party; "CỤC QUẢN LÝ THỊ TRƯỜNG TỈNH ĐỒNG NAI" / "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5": the team, named with its
    Cục as the police's units are, signed by its "ĐỘI TRƯỞNG"."""
    party = parse("ĐẢNG BỘ HUYỆN GIỒNG TRÔM ĐẢNG ỦY XÃ PHONG NẪM * ĐẢNG CỘNG SẢN VIỆT NAM\nSố 112-BC/ĐU Phong Nẫm, ngày"
                  " 05 tháng 7 năm 2022\nBÁO CÁO\nKết quả 6 tháng\nThực hiện kế hoạch./.\nNơi nhận:\n- Lưu: VP.\n"
                  "T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nTrần Thị Mỹ Duyên\n")
    assert (party.issuer, party.parent_issuer) == ("Đảng ủy xã Phong Nẫm", "Đảng bộ huyện Giồng Trôm")
    team = parse("CỤC QUẢN LÝ THỊ TRƯỜNG\nTỈNH ĐỒNG NAI\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5\nSố: 41/QĐ-XPVPHC\n"
                 "Biên Hòa, ngày 15 tháng 7 năm 2019\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính\nĐiều 1. Xử phạt./.\n"
                 "Nơi nhận:\n- Lưu: VT.\nĐỘI TRƯỞNG\n\nVõ Minh Triết\n")
    assert (team.issuer, team.parent_issuer, team.signer_title) == (
        "Đội Quản lý thị trường số 5 Cục Quản lý thị trường tỉnh Đồng Nai", "Cục Quản lý thị trường tỉnh Đồng Nai",
        "Đội trưởng")


def test_a_joint_plans_two_columns_under_one_parent_name_it_once():
    """Two departments each under "UBND TỈNH THÁI NGUYÊN", each with its number, one after the other: the issuers
    "A và B", their shared parent named once."""
    letter = parse("UBND TỈNH THÁI NGUYÊN\nSỞ Y TẾ\nSố: 3215/KHLT-SYT\n\nUBND TỈNH THÁI NGUYÊN\nSỞ GIÁO DỤC VÀ ĐÀO"
                   " TẠO\nSố: 2087/KHLT-SGDĐT\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nThái"
                   " Nguyên, ngày 03 tháng 11 năm 2021\n\nKẾ HOẠCH LIÊN TỊCH\nTiêm vắc xin\n\nThực hiện kế hoạch./."
                   + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == (
        "Sở Y tế tỉnh Thái Nguyên và Sở Giáo dục và Đào tạo tỉnh Thái Nguyên", "Ủy ban nhân dân tỉnh Thái Nguyên")


def test_a_companys_copy_whose_number_lost_its_vowel_and_recipients_wrapped_in_a_list_of_places():
    """A legal-document site's copy: "S: 356/TNHP-KHKT" (its font lost the "ố"), the company's name cased after its
    legal form ("CÔNG TY TNHH MTV THOÁT NƯỚC …"); recipients without dashes, wrapped after a comma ("… các tỉnh:
    Thanh Hóa, Nghệ An," / "Quảng Trị;") or an "và" ("… Kế hoạch và" / "Đầu tư, Xây dựng;")."""
    letter = parse("UBND THÀNH PHỐ HẢI PHÒNG\nCÔNG TY TNHH MTV\nTHOÁT NƯỚC HẢI PHÒNG\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nS: 356/TNHP-KHKT\n"
                   "V/v bổ sung kinh phí nạo vét\n"
                   "Hải Phòng, ngày 23 tháng 4 năm 2012\nKính gửi:\nỦy ban nhân dân các quận: Ngô Quyền, Lê Chân;\n"
                   "Phòng Quản lý đô thị các quận: Ngô Quyền, Lê Chân, Hồng Bàng,\nHải An;\n"
                   "Giám đốc các sở: Tài chính, Kế hoạch và\nĐầu tư, Xây dựng;\nSở Xây dựng.\n"
                   "Công ty đề nghị như sau./.\nNơi nhận:\n- Như trên;\n- Lưu: VT.\nGIÁM ĐỐC\n\nPhạm Văn Hùng\n")
    assert (letter.number, letter.issuer) == ("356/TNHP-KHKT", "Công ty TNHH MTV Thoát nước Hải Phòng")
    assert letter.recipients == ("Ủy ban nhân dân các quận: Ngô Quyền, Lê Chân",
                                 "Phòng Quản lý đô thị các quận: Ngô Quyền, Lê Chân, Hồng Bàng, Hải An",
                                 "Giám đốc các sở: Tài chính, Kế hoạch và Đầu tư, Xây dựng", "Sở Xây dựng")


def test_a_zones_board_a_fire_police_and_a_signature_stamp_wrapped_beside_the_copies():
    """"BAN QUẢN LÝ CÁC KHU KINH TẾ / VÀ KHU CÔNG NGHIỆP" names no zone (its province's, cased as a common noun); a
    signed PDF's stamp wrapped beside the copies ("…; Người ký: Ban Quản lý các" / "- Lưu: VT; khu kinh tế và khu công
    nghiệp") is no copy's; "CẢNH SÁT PCCC TỈNH …" under the Bộ Công an is a body of its own."""
    letter = parse("UBND TỈNH QUẢNG NAM\nBAN QUẢN LÝ CÁC KHU KINH TẾ\nVÀ KHU CÔNG NGHIỆP\nSố: 214/BC-BQL\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Quảng Nam, ngày 05 tháng 7 năm 2024\n"
                   "BÁO CÁO\nTình hình thu hút đầu tư\nBan Quản lý báo cáo như sau./.\nNơi nhận: KT. TRƯỞNG BAN\n"
                   "- Như trên; PHÓ TRƯỞNG BAN\n- Sở Tài chính; Người ký: Ban Quản lý các\n"
                   "- Lưu: VT; khu kinh tế và khu công nghiệp\nHuỳnh Văn Minh\n")
    assert letter.issuer == "Ban Quản lý các khu kinh tế và khu công nghiệp tỉnh Quảng Nam"
    assert letter.cc == ("Như trên", "Sở Tài chính", "Lưu: VT")
    police = parse("BỘ CÔNG AN\nCẢNH SÁT PCCC TỈNH ĐỒNG NAI\nSố: 1127/CSPCCC-P2\nV/v triển khai Nghị định\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Đồng Nai, ngày 22 tháng 9 năm 2014\nKính gửi: UBND các huyện.\nĐề nghị thực hiện./." + CLOSING)
    assert (police.issuer, police.parent_issuer) == ("Cảnh sát Phòng cháy và chữa cháy tỉnh Đồng Nai", "Bộ Công an")


def test_a_legal_sites_copies_in_a_cell_run_onto_one_line_with_commas():
    """A legal-document site's closing table: "| Nơi nhận:" opens a cell, the party's copies run onto one line, each
    ending with its comma ("- Ban Tuyên giáo Trung ương (để b/c), - Các đồng chí Thành ủy viên, - Lưu VPTU.")."""
    letter = parse("| THÀNH ỦY HẢI PHÒNG\n*******\nSố: 45-KL/TU | ĐẢNG CỘNG SẢN VIỆT NAM\n"
                   "Hải Phòng, ngày 26 tháng 04 năm 2010 |\nKẾT LUẬN\nVỀ VIỆC TỔNG KẾT CUỘC VẬN ĐỘNG\n"
                   "Ban Thường vụ Thành ủy kết luận như sau: báo cáo trong quý IV năm 2010.\n| Nơi nhận:\n"
                   "- Ban Tuyên giáo Trung ương (để b/c), - Các quận ủy, huyện ủy, - Lưu VPTU. | T/M BAN THƯỜNG VỤ\n"
                   "PHÓ BÍ THƯ\nNguyễn Văn Thuận |\n")
    assert letter.cc == ("Ban Tuyên giáo Trung ương (để b/c)", "Các quận ủy, huyện ủy", "Lưu VPTU")
    assert (letter.signing_authority, letter.signer) == ("TM. Ban Thường vụ", "Nguyễn Văn Thuận")


def test_joint_documents_liên_ngành_numbered_side_by_side_or_their_cells_read_one_after_another():
    """"THÔNG BÁO LIÊN NGÀNH" is a type; each body numbers it side by side, hyphens lost ("Số: 412/TBLNSYT      Số:
    208/TBLNSGDĐT"); three bodies each under its parent, a portal's cells read one after another over one number of
    three codes ("TỔNG LĐLĐ VIỆT NAM" / "LIÊN ĐOÀN LAO ĐỘNG TỈNH …" / "UBND TỈNH …" / "SỞ …" / "UBND TỈNH …" /
    "BAN …")."""
    notice = parse("  UBND TỈNH QUẢNG NINH                 UBND TỈNH QUẢNG NINH\n"
                   "      SỞ Y TẾ                    SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
                   "  Số: 412/TBLNSYT                      Số: 208/TBLNSGDĐT\n\n"
                   "              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n                 Độc lập  Tự do  Hạnh phúc\n"
                   "          Quảng Ninh, ngày 26 tháng 01 năm 2024\n\n              THÔNG BÁO LIÊN NGÀNH\n"
                   "    Kết quả kiểm tra y tế trường học\n\nĐoàn đã kiểm tra như sau./." + CLOSING)
    assert (notice.type, notice.number, notice.date) == ("Thông báo liên ngành", "412/TBLN-SYT", "2024-01-26")
    assert notice.issuer == "Sở Y tế tỉnh Quảng Ninh và Sở Giáo dục và Đào tạo tỉnh Quảng Ninh"
    guide = parse("TỔNG LĐLĐ VIỆT NAM\nLIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG NAI\nUBND TỈNH ĐỒNG NAI\nSỞ TÀI CHÍNH\n"
                  "UBND TỈNH ĐỒNG NAI\nSỞ NỘI VỤ\nSố: 52/HDLN-LĐLĐ-STC-SNV\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                  "Độc lập - Tự do - Hạnh phúc\nBiên Hòa, ngày 15 tháng 4 năm 2022\nHƯỚNG DẪN LIÊN NGÀNH\n"
                  "Tổ chức đối thoại tại nơi làm việc\nCác đơn vị thực hiện./." + CLOSING)
    assert guide.type == "Hướng dẫn liên ngành"
    assert guide.issuer == "Liên đoàn Lao động tỉnh Đồng Nai, Sở Tài chính tỉnh Đồng Nai và Sở Nội vụ tỉnh Đồng Nai"
    assert guide.parent_issuer == "Tổng Liên đoàn Lao động Việt Nam và Ủy ban nhân dân tỉnh Đồng Nai"


def test_an_audit_regions_numeral_and_an_inspectorates_code_before_the_place_on_the_numbers_line():
    """A PDF copy's number and place on one line, hyphens lost: "Số: 318/TBKV XII Đắk Lắk, ngày …" (the State Audit's
    region XII, its numeral no place's), "Số: 23/KLTTra Bắc Ninh, ngày …" (a Sở's inspectorate, "TTra"); a "Kính gửi"
    item's last words closed by its stop before the text ("… nợ đóng" / "BHXH, BHYT, BHTN." / "Căn cứ …")."""
    audit = parse("KIỂM TOÁN NHÀ NƯỚC CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nKIỂM TOÁN NHÀ NƯỚC KHU VỰC XII Độc lập  Tự do"
                  "  Hạnh phúc\nSố: 318/TBKV XII Đắk Lắk, ngày 28 tháng 7 năm 2021\nTHÔNG BÁO\nKết quả kiểm toán ngân"
                  " sách\nKính gửi: Thủ trưởng các cơ quan, đơn vị, doanh nghiệp nợ đóng\nBHXH, BHYT, BHTN.\n"
                  "Căn cứ Luật Kiểm toán nhà nước số 81/2015/QH13 ngày 24/6/2015;\nKiểm toán thông báo như sau./."
                  + CLOSING)
    assert (audit.number, audit.place) == ("318/TB-KVXII", "Đắk Lắk")
    assert audit.recipients == ("Thủ trưởng các cơ quan, đơn vị, doanh nghiệp nợ đóng BHXH, BHYT, BHTN",)
    inspection = parse("SỞ Y TẾ BẮC NINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTHANH TRA SỞ Độc lập  Tự do  Hạnh phúc\n"
                       "Số: 23/KLTTra Bắc Ninh, ngày 07 tháng 11 năm 2017\nKẾT LUẬN THANH TRA\nVề việc thực hiện"
                       " chính sách\nThanh tra Sở kết luận như sau./." + CLOSING)
    assert (inspection.number, inspection.place) == ("23/KL-TTra", "Bắc Ninh")


def test_a_place_whose_name_holds_an_apostrophe_run_onto_the_subjects_line():
    """"V/v tăng cường … ngăn chặn Đắk R'Lấp, ngày 24 tháng 7 năm 2020": the other column's place and date, its name's
    apostrophe and all, set apart from the subject."""
    letter = parse("UBND HUYỆN ĐẮK R'LẤP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập  Tự do  Hạnh phúc\n"
                   "Số: 1392/UBNDNN\nV/v tăng cường các biện pháp ngăn chặn Đắk R'Lấp, ngày 24 tháng 7 năm 2020\n"
                   "tình trạng phá rừng trên địa bàn huyện\nKính gửi: UBND các xã.\nĐề nghị thực hiện./." + CLOSING)
    assert (letter.place, letter.date) == ("Đắk R'Lấp", "2020-07-24")
    assert letter.subject == "Tăng cường các biện pháp ngăn chặn tình trạng phá rừng trên địa bàn huyện"


def test_news_portals_letters_a_header_cut_to_one_line_with_a_dash_or_none_and_a_source_note_under_it():
    """A commune's page: "UBND XÃ EA TÂN - Số: 85/GM-UBND - ngày 03/10/2023" (the date after a dash); a district's
    notice given without its header, its number, date and issuer in the page's note under it ("(Nguồn: Thông báo số
    96/TB-UBND ngày 10/8/2021 của UBND huyện Quảng Trạch)"), no citation of itself."""
    invitation = parse("Ngày đăng: 04/10/2023 - Lượt xem: 96\nUBND XÃ EA TÂN - Số: 85/GM-UBND - ngày 03/10/2023\n"
                       "GIẤY MỜI\nDự Hội nghị đối thoại năm 2023\nUBND xã trân trọng kính mời./." + CLOSING)
    assert (invitation.number, invitation.date, invitation.issuer) == ("85/GM-UBND", "2023-10-03",
                                                                       "Ủy ban nhân dân xã Ea Tân")
    notice = parse("Tin tức - Sự kiện > Thông báo\nNgày đăng: 11/08/2021 | Lượt xem: 214\n\nTHÔNG BÁO\nVề việc tạm"
                   " dừng tiếp công dân\n\nCăn cứ Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2013;\n\nỦy ban nhân"
                   " dân huyện thông báo để công dân biết./.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n(Đã ký)\n"
                   "Đặng Minh Khuê\n\n"
                   "(Nguồn: Thông báo số 96/TB-UBND ngày 10/8/2021 của UBND huyện Quảng Trạch)\nTin liên quan\n")
    assert (notice.type, notice.number, notice.date) == ("Thông báo", "96/TB-UBND", "2021-08-10")
    assert notice.issuer == "Ủy ban nhân dân huyện Quảng Trạch"
    assert [c.number for c in find_citations(notice)] == ["42/2013/QH13"]


def test_a_city_youth_unions_committee_under_its_provinces_names_its_own_place():
    """"BCH THÀNH ĐOÀN HẠ LONG" under "TỈNH ĐOÀN QUẢNG NINH": the city's youth union names its place (no province's
    after it), as "BCH HUYỆN ĐOÀN TIÊN YÊN" does; and heads its own column, a ward's below it."""
    letter = parse("TỈNH ĐOÀN QUẢNG NINH\tĐOÀN TNCS HỒ CHÍ MINH\nBCH THÀNH ĐOÀN HẠ LONG\n***\nSố: 146-BC/TĐTN\tHạ Long,"
                   " ngày 25 tháng 8 năm 2016\nBÁO CÁO\nKết quả chiến dịch\nThành đoàn báo cáo như sau./.\nNơi nhận:\n"
                   "- Lưu.\nTM. BAN THƯỜNG VỤ\nBÍ THƯ\nNguyễn Văn An\n")
    assert (letter.issuer, letter.parent_issuer) == ("Ban Chấp hành Thành Đoàn Hạ Long", "Tỉnh Đoàn Quảng Ninh")
    # "THÀNH ĐOÀN BUÔN MA THUỘT" is named whole by its place: "BCH ĐOÀN PHƯỜNG TÂN LỢI" below it is an organ of its own
    ward = parse("THÀNH ĐOÀN BUÔN MA THUỘT\nBCH ĐOÀN PHƯỜNG TÂN LỢI\n***\nSố: 15-KH/ĐTN\n\nĐOÀN TNCS HỒ CHÍ MINH\n"
                 "Buôn Ma Thuột, ngày 02 tháng 3 năm 2023\nKẾ HOẠCH\nTháng Thanh niên năm 2023\nĐoàn phường thực"
                 " hiện./.\nNơi nhận:\n- Lưu.\nTM. BAN CHẤP HÀNH\nBÍ THƯ\nNguyễn Văn An\n")
    assert (ward.issuer, ward.parent_issuer) == ("Ban Chấp hành Đoàn phường Tân Lợi", "Thành Đoàn Buôn Ma Thuột")


def test_a_customs_office_since_2025_under_the_national_cục_named_by_its_area():
    """"CỤC HẢI QUAN" over "CHI CỤC HẢI QUAN KHU VỰC VIII" (since 2025, no province in either line): two organs, the
    second's area no "Quân khu" (its words fold alike)."""
    letter = parse("CỤC HẢI QUAN\nCHI CỤC HẢI QUAN KHU VỰC VIII\n-------\nSố: 2264/HQKV8-NV\nV/v thủ tục hải quan\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nQuảng Ninh, ngày 10 tháng 9 năm"
                   " 2025\n\nKính gửi: Công ty TNHH Vận tải Lân.\n\nTrả lời công văn của Công ty.\n\nNơi nhận:\n"
                   "- Lưu: VT.\n\nKT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\nNguyễn Hữu Toàn\n")
    assert (letter.issuer, letter.parent_issuer) == ("Chi cục Hải quan khu vực VIII", "Cục Hải quan")


def test_a_party_committees_authority_run_into_its_secretarys_title():
    """"T/M ĐẢNG ỦYBÍ THƯ" (a legal-document site's cell, its lines' break lost): the authority, then the title."""
    letter = parse("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH YÊN BÁI\nĐẢNG ỦY SỞ TÀI CHÍNH\n*\nSố: 19-CV/ĐU\nV/v thực hiện chế độ"
                   " đảng phí\n\nĐẢNG CỘNG SẢN VIỆT NAM\nYên Bái, ngày 03 tháng 4 năm 2014\n\nKính gửi: Các chi bộ.\n\n"
                   "Đề nghị các chi bộ thực hiện./.\n\n| Nơi nhận:\n- Lưu ĐU. | T/M ĐẢNG ỦYBÍ THƯ\n\nHà Văn Thịnh |\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("TM. Đảng ủy", "Bí thư", "Hà Văn Thịnh")


def test_a_commune_partys_header_run_onto_one_line_and_its_title_into_its_subject():
    """A commune portal's notice: "… ĐẢNG ỦY XÃ GIAO HƯƠNG***Số 58-TB/ĐU ĐẢNG CỘNG SẢN VIỆT NAMGiao Hương, ngày …"
    (the place after the party's motto is no part of it), "THÔNG BÁOkết luận của …" (the subject in small letters
    after the title; the glued words parted by the reader)."""
    letter = parse("ĐẢNG BỘ HUYỆN GIAO THỦY ĐẢNG ỦY XÃ GIAO HƯƠNG***Số 58-TB/ĐU ĐẢNG CỘNG SẢN VIỆT NAM Giao Hương,"
                   " ngày 12 tháng 11 năm 2019\nTHÔNG BÁO kết luận của đồng chí Bí thư Đảng ủy tại buổi làm việc với"
                   " Chi bộ xóm Hưng Thịnh\nNgày 07/11/2019, đồng chí Bí thư chủ trì buổi làm việc.\nNơi nhận:\n"
                   "- Lưu VPĐU.\nT/M ĐẢNG ỦY\nPHÓ BÍ THƯ\nTrần Văn Quý\n")
    assert (letter.place, letter.date, letter.type) == ("Giao Hương", "2019-11-12", "Thông báo")
    assert letter.subject == "Kết luận của đồng chí Bí thư Đảng ủy tại buổi làm việc với Chi bộ xóm Hưng Thịnh"


def test_a_kinh_gui_block_a_scan_read_after_the_first_paragraph_and_a_citys_tax_office_title():
    """OCR set the "Kính gửi" block under the text's first paragraph: its recipients still; "PHÓ TRƯỞNG THUẾ THÀNH PHỐ"
    (a city's tax office since 2025) is the signer's title."""
    letter = parse("UBND HUYỆN TÂN HIỆP\nVĂN PHÒNG HĐND VÀ UBND\nSố: 38/TB-VP\n\nTân Hiệp, ngày 20 tháng 3 năm 2008\n"
                   "THÔNG BÁO\nVề việc tổ chức họp Ban Chỉ đạo\nThực hiện Quyết định số 125/QĐ-UBND ngày 18/02/2008 của"
                   " Ủy ban nhân dân huyện về việc kiện toàn Ban Chỉ đạo;\nKính gửi:\n- Các thành viên Ban Chỉ đạo;\n"
                   "- Chủ tịch UBND các xã, thị trấn.\nVăn phòng thông báo tổ chức họp như sau.\nNơi nhận:\n"
                   "- Lưu: VT.\nKT. TRƯỞNG THUẾ THÀNH PHỐ\nPHÓ TRƯỞNG THUẾ THÀNH PHỐ\nVũ Đình Khánh\n")
    assert letter.recipients == ("Các thành viên Ban Chỉ đạo", "Chủ tịch UBND các xã, thị trấn")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Trưởng Thuế thành phố", "Phó Trưởng Thuế thành phố")


def test_a_departments_party_committee_takes_its_blocs_province():
    """"ĐẢNG ỦY SỞ TÀI CHÍNH" under "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH YÊN BÁI": the Sở's party committee, named with the
    province as the Sở is."""
    assert full_issuer("Đảng ủy Sở Tài chính", "Đảng bộ Khối các cơ quan tỉnh Yên Bái") == (
        "Đảng ủy Sở Tài chính tỉnh Yên Bái")
    assert full_issuer("Đảng ủy Công an huyện Gia Viễn", "Đảng bộ huyện Gia Viễn") == "Đảng ủy Công an huyện Gia Viễn"


def test_a_footnote_at_a_page_foot_inside_a_cut_sentence_is_read_after_the_text():
    """A PDF copy: "… theo Quyết định số" / "1 Đã được sửa đổi tại …" (the page's footnote) / "1" (its number) /
    "595/QĐBHXH ngày …": the sentence read whole, its citation found, the note's words kept after the text."""
    letter = parse("BẢO HIỂM XÃ HỘI VIỆT NAM\nBẢO HIỂM XÃ HỘI TỈNH ĐỒNG NAI\nSố: 1257/BHXH-QLT\nV/v đóng BHXH bắt buộc"
                   "\n\nĐồng Nai, ngày 21 tháng 5 năm 2019\n\nKính gửi: Công ty TNHH Điện tử Amata.\n\nHồ sơ thực hiện"
                   " theo Quyết định số\n1 Đã được sửa đổi, bổ sung tại Quyết định số 888/QĐBHXH ngày 16/7/2018 của"
                   " Tổng Giám đốc BHXH\nViệt Nam.\n1\n595/QĐBHXH ngày 14/4/2017 của BHXH Việt Nam1.\nĐề nghị Công"
                   " ty thực hiện./.\n\nNơi nhận:\n- Lưu: VT.\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nHuỳnh Thị Ngọc Bích\n")
    assert [c.number for c in find_citations(letter)] == ["595/QĐ-BHXH", "888/QĐ-BHXH"]
    assert "Quyết định số 595/QĐBHXH" in " ".join(letter.body.split())
    assert "1 Đã được sửa đổi, bổ sung" in "\n".join((letter.body, *letter.closing))
    assert letter.signer == "Huỳnh Thị Ngọc Bích"


def test_a_news_pages_lead_above_the_letters_header_cut_to_its_place_and_date():
    """"LTV - Chủ tịch UBND tỉnh Lai Châu vừa ký ban hành Công điện số 04/CĐ-UBND …" then the letter, its header cut
    to "Lai Châu, ngày 27 tháng 3 năm 2019" (a text of numbered tasks under it, a news page's links after it): the lead
    gives the number, the header under it the place and date."""
    letter = parse("LTV - Chủ tịch UBND tỉnh Lai Châu vừa ký ban hành Công điện số 04/CĐ-UBND ngày 27/3/2019 về việc"
                   " triển khai các biện pháp cấp bách ngăn chặn bệnh Dịch tả lợn châu Phi xâm nhiễm vào địa bàn tỉnh."
                   " Nội dung Công điện như sau:\nLai Châu, ngày 27 tháng 3 năm 2019\n"
                   "1. Chủ tịch UBND các huyện.\n- Tập trung chỉ đạo.\n- Chỉ đạo UBND các xã.\n- Hướng dẫn người"
                   " chăn nuôi thực hiện các biện pháp chăn nuôi an toàn sinh học.\n2. Sở Nông nghiệp và Phát triển"
                   " nông thôn chỉ đạo Chi cục Chăn nuôi và Thú y tăng cường giám sát.\n3. Bộ Chỉ huy Bộ đội Biên"
                   " phòng tỉnh.\n4. Sở Tài chính tham mưu bố trí kinh phí dự phòng để mua hóa chất.\n5. Sở Thông"
                   " tin và Truyền thông.\nYêu cầu Giám đốc các sở.\nNơi nhận:\n- Như trên;\n- Bộ Nông nghiệp và"
                   " PTNT (b/c);\n- TT Tỉnh ủy.\n- Chủ tịch.\n- Lưu: VT.\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nVàng"
                   " Văn Chứ\nHương Giang (TH)\nTin cùng chuyên mục\n- Tam Đường triển khai tiêm phòng vắc xin cho"
                   " gia súc.\n- Sìn Hồ: Ra quân tổng vệ sinh.\n")
    assert (letter.type, letter.number, letter.date, letter.place) == ("Công điện", "04/CĐ-UBND", "2019-03-27",
                                                                       "Lai Châu")


def test_copies_run_on_past_the_signatures_mark_and_a_name_after_the_drafters_initials():
    """A page run into one paragraph: "- Giám đốc, các PGĐ Sở; (Đã ký) - Lưu: VT, GDMN. Lê Thị Kim Phượng" (the filed
    copy after the mark); a PDF copy's "Lưu: VT, QLCTR. (Ph) Lê Quốc Hưng" (the name after the drafter's initials)."""
    flat = parse("SỞ GIÁO DỤC VÀ ĐÀO TẠO PHÚ YÊN\nSố: 1468/SGDĐT-GDMN\nV/v tổ chức tập huấn\n\nPhú Yên, ngày 08"
                 " tháng 10 năm 2010\n\nKính gửi: Các trường mầm non.\n\nSở đề nghị các đơn vị thực hiện./. Nơi nhận:"
                 " KT. GIÁM ĐỐC - Như trên; PHÓ GIÁM ĐỐC - UBND tỉnh (b/c); - Giám đốc, các PGĐ Sở; (Đã ký) - Lưu:"
                 " VT, GDMN. Lê Thị Kim Phượng\n")
    assert flat.cc == ("Như trên", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, GDMN")
    assert flat.signer == "Lê Thị Kim Phượng"
    beside = parse("SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 12/STNMT-QLCTR\nV/v thu gom\n\nThành phố Hồ Chí Minh, ngày 05"
                   " tháng 3 năm 2019\n\nKính gửi: UBND các quận.\n\nSở đề nghị thực hiện./.\nNơi nhận: KT. GIÁM"
                   " ĐỐC\n Như trên; PHÓ GIÁM ĐỐC\n Sở Tài chính;\n Lưu: VT, QLCTR. (Ph) Lê Quốc Hưng\n")
    assert (beside.cc[-1], beside.signer) == ("Lưu: VT, QLCTR. (Ph)", "Lê Quốc Hưng")


def test_a_range_of_dates_whose_dash_a_pdf_copy_lost_in_the_subject():
    """"(06/12/1989  06/12/2022)" in a copy that lost its hyphens: the range as the letter wrote it."""
    letter = parse("HỘI CỰU CHIẾN BINH VIỆT NAM\nBAN CHẤP HÀNH TỈNH QUẢNG NGÃI\nSố: 45/HDCCB\nQuảng Ngãi, ngày 03 tháng"
                   " 11 năm 2022\nHƯỚNG DẪN\nTổ chức các hoạt động kỷ niệm 33 năm Ngày truyền thống\n(06/12/1989"
                   "  06/12/2022)\nThực hiện Kế hoạch số 112KH/CCB ngày 12/10/2022, hướng dẫn như sau." + CLOSING)
    assert letter.subject == "Tổ chức các hoạt động kỷ niệm 33 năm Ngày truyền thống (06/12/1989 - 06/12/2022)"


def test_page_foot_notes_whose_digits_stand_on_lines_of_their_own_past_a_sites_running_foot():
    """"… của Sở Lao động - Thương binh và" / "1" / " Theo Quyết định số …" / "2" / " Danh sách …" / "2" (the page's
    number) / "Xã hội tỉnh.": the notes read after the text, the sentence whole; and a site's running foot and blank
    lines among the notes ("Thông tư số" / " 1" / "   Đã được sửa đổi …" / "LuatVietnam.vn … 1/3" / "   2" /
    " 07/2016/TT-BXD …")."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN BÌNH SƠN\nSố: 94/KHUBND\nBình Sơn, ngày 20 tháng 3 năm 2023\nKẾ HOẠCH\nGiảm"
                   " nghèo năm 2023\nCăn cứ Hướng dẫn số 07/HDSLĐTBXH ngày 15/02/2023 của Sở Lao động  Thương binh"
                   " và\n1\n Theo Quyết định số 1873/QĐUBND ngày 30/12/2022 của UBND huyện, toàn huyện có 2.214 hộ"
                   " nghèo.\n2\n Danh sách hộ được hỗ trợ do UBND các xã lập.\n2\nXã hội tỉnh, UBND huyện ban hành Kế"
                   " hoạch.\nCác xã thực hiện./." + CLOSING)
    assert "Sở Lao động Thương binh và Xã hội tỉnh" in " ".join(letter.body.split())
    assert [c.number for c in find_citations(letter)] == ["07/HD-SLĐTBXH", "1873/QĐ-UBND"]
    ministry = parse("BỘ XÂY DỰNG\nSố: 1315/BXD-KTXD\nV/v điều chỉnh giá hợp đồng\nHà Nội, ngày 16 tháng 4 năm 2021\n"
                     "Kính gửi: Ủy ban nhân dân tỉnh Bình Định.\nViệc điều chỉnh thực hiện theo Thông tư số\n\n 1\n"
                     "   Đã được sửa đổi, bổ sung tại Luật số 62/2020/QH14.\n22 CÔNG BÁO/Số 07/Ngày 20-11-2021\n"
                     "\n LuatVietnam.vn - Tiện ích văn bản luật"
                     "          1/3\n\n                      2\n 07/2016/TT-BXD ngày 10/3/2016 của Bộ Xây dựng.\n"
                     "Bộ Xây dựng trả lời để Ủy ban biết./." + CLOSING)
    assert [c.number for c in find_citations(ministry)] == ["07/2016/TT-BXD", "62/2020/QH14"]
    assert "CÔNG BÁO" not in ministry.body  # the gazette's running head among the notes is the page's, as elsewhere


def test_a_road_regions_office_under_its_general_department_and_recipients_run_on_without_a_space():
    """"BỘ GIAO THÔNG VẬN TẢI" / "TỔNG CỤC ĐƯỜNG BỘ VIỆT NAM" / "KHU QUẢN LÝ ĐƯỜNG BỘ II", "KT. KHU TRƯỞNG / PHÓ KHU
    TRƯỞNG"; a copy's "…;- Văn phòng …" (two recipients, no space between)."""
    letter = parse("BỘ GIAO THÔNG VẬN TẢI\nTỔNG CỤC ĐƯỜNG BỘ VIỆT NAM\nKHU QUẢN LÝ ĐƯỜNG BỘ II\n"
                   "Số: 3416/KQLĐBII-QLBTĐB\nV/v xử lý các điểm đấu nối\nNghệ An, ngày 14 tháng 12 năm 2022\n"
                   "Kính gửi:\n- Sở Giao thông vận tải"
                   " Nghệ An;- Công ty CP Quản lý công trình giao thông 471.\nKhu đề nghị thực hiện./.\nNơi nhận:\n"
                   "- Lưu: VT.\nKT. KHU TRƯỞNG\nPHÓ KHU TRƯỞNG\nHoàng Văn Tiến\n")
    assert (letter.issuer, letter.parent_issuer) == ("Khu Quản lý đường bộ II", "Tổng cục Đường bộ Việt Nam")
    assert (letter.signing_authority, letter.signer_title) == ("KT. Khu trưởng", "Phó Khu trưởng")
    assert letter.recipients == ("Sở Giao thông vận tải Nghệ An", "Công ty CP Quản lý công trình giao thông 471")


def test_a_subject_cut_short_goes_on_past_a_blank_line():
    """A web copy's paragraphs: "Về việc tổ chức Hội diễn … chào mừng kỷ niệm" / "" / "35 năm Ngày giải phóng miền Nam"
    (no subject ends on "kỷ niệm")."""
    letter = parse("SỞ Y TẾ\nSố: 12/TB-SYT\nTHÔNG BÁO\nVề việc tổ chức Hội diễn chào mừng kỷ niệm\n\n35 năm Ngày"
                   " giải phóng miền Nam\n\nKính gửi: Các phòng.\nThực hiện Kế hoạch của Sở." + CLOSING)
    assert letter.subject == "Tổ chức Hội diễn chào mừng kỷ niệm 35 năm Ngày giải phóng miền Nam"


def test_the_seals_ring_a_scan_read_between_the_copies_is_no_copy():
    """OCR of a 2007 decision: "- Ban ATGT tỉnh (b/c);" / "UỶ BAN NHÂN DÂN" / "- TT. Huyện uỷ, TT. HĐND huyện;" /
    "* HUYỆN CẦU NGANG *" / "- Lưu: VT, NC.": the seal's words between the items are none of them (and stay on the
    page)."""
    letter = parse("ỦY BAN NHÂN DÂN\nHUYỆN CẦU NGANG\nSố: 1065/QĐ-UBND\nCầu Ngang, ngày 12 tháng 9 năm 2007\n"
                   "QUYẾT ĐỊNH\nVề việc thành lập Đoàn kiểm tra\nĐiều 1. Thành lập.\nĐiều 2. Quyết định có hiệu lực."
                   "\nNơi nhận:\nCHỦ TỊCH\n- Như Điều 3;\n- Ban ATGT tỉnh (b/c);\nUỶ BAN NHÂN DÂN\n- TT. Huyện uỷ, TT."
                   " HĐND huyện;\n* HUYỆN CẦU NGANG *\n- Lưu: VT, NC.\nT. TRÀ VINH\nThạch Sa Rinh\n")
    assert letter.cc == ("Như Điều 3", "Ban ATGT tỉnh (b/c)", "TT. Huyện uỷ, TT. HĐND huyện", "Lưu: VT, NC")
    assert "HUYỆN CẦU NGANG" in "\n".join((letter.body, *letter.closing)) and letter.signer == "Thạch Sa Rinh"


def test_a_schools_trade_union_and_youth_union_named_with_the_school():
    """"CÔNG ĐOÀN GIÁO DỤC VIỆT NAM" / "CĐ TRƯỜNG ĐẠI HỌC TÂY BẮC": the school's trade union, under the sector's; a
    school's youth union under its city's names the school as its own (no city after it)."""
    union = parse("CÔNG ĐOÀN GIÁO DỤC VIỆT NAM\nCĐ TRƯỜNG ĐẠI HỌC TÂY BẮC\nSố: 18/TB-CĐ\nSơn La, ngày 12 tháng 6"
                  " năm 2017\nTHÔNG BÁO\nVề việc tổ chức tham quan\nCông đoàn thông báo.\nNơi nhận:\n- Lưu.\n"
                  "TM. BAN CHẤP HÀNH\nCHỦ TỊCH\nLò Văn Thành\n")
    assert (union.issuer, union.parent_issuer) == ("Công đoàn Trường Đại học Tây Bắc", "Công đoàn Giáo dục Việt Nam")
    assert full_issuer("Ban Chấp hành Đoàn Trường Trung học phổ thông Chu Văn An", "Thành Đoàn Buôn Ma Thuột") == (
        "Ban Chấp hành Đoàn Trường Trung học phổ thông Chu Văn An")


def test_a_member_schools_youth_union_under_its_universitys():
    """"ĐOÀN ĐẠI HỌC HUẾ" / "BCH ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM": the university's youth union heads its column as the
    university does ("ĐẠI HỌC HUẾ" / "TRƯỜNG ĐẠI HỌC …"), the school's under it."""
    letter = parse("ĐOÀN ĐẠI HỌC HUẾ\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM\n***\nSố: 42-KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\n"
                   "Thừa Thiên Huế, ngày 25 tháng 4 năm 2022\nKẾ HOẠCH\nTổ chức Chiến dịch\nĐoàn trường thực hiện.\n"
                   "Nơi nhận:\n- Lưu.\nTM. BCH ĐOÀN TRƯỜNG\nBÍ THƯ\nLê Văn An\n")
    assert (letter.issuer, letter.parent_issuer) == ("Ban Chấp hành Đoàn Trường Đại học Nông Lâm", "Đoàn Đại học Huế")


def test_a_footnotes_digit_run_into_a_recipients_last_word():
    """A PDF copy's "… trên địa bàn tỉnh1." (the marker of the page's footnote 1): the recipient without it; "kỳ họp
    thứ 10" keeps its figures."""
    letter = parse("UBND TỈNH HƯNG YÊN\nSỞ CÔNG THƯƠNG\nSố: 812/GM-SCT\nHưng Yên, ngày 02 tháng 10 năm 2025\nGIẤY MỜI\n"
                   "Dự hội nghị\nKính gửi:\n- Sở Nông nghiệp và Môi trường;\n- Các doanh nghiệp trên địa bàn tỉnh1.\n"
                   "Sở Công Thương trân trọng kính mời./." + CLOSING)
    assert letter.recipients == ("Sở Nông nghiệp và Môi trường", "Các doanh nghiệp trên địa bàn tỉnh")
    council = parse("UBND HUYỆN GIO LINH\nSố: 45/TTr-UBND\nGio Linh, ngày 02 tháng 12 năm 2014\nTỜ TRÌNH\nVề dự toán\n"
                    "Kính gửi: Hội đồng nhân dân huyện khoá X, kỳ họp thứ 10.\nỦy ban trình./." + CLOSING)
    assert council.recipients == ("Hội đồng nhân dân huyện khoá X, kỳ họp thứ 10",)


def test_a_footnote_after_the_signature_its_digit_alone_above_it():
    """A PDF copy's footnote set after the signature, its plain digit on a line of its own, the text's word carrying
    it ("… pháp luật2."): the note's lines go back to the text whole (its number's line too), no page's number."""
    letter = parse("BỘ TƯ PHÁP\nSố: 1592/BTP-KTrVB\nHà Nội, ngày 09 tháng 4 năm 2024\nV/v kết quả kiểm tra\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh Bình Dương.\nĐiều 8 chưa phù hợp với quy định của pháp luật2.\n"
                   "Nơi nhận:\n- Như trên;\n- Lưu: VT, KTrVB.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\nĐặng Thanh Sơn\n2\n"
                   " Điều 152 Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13, được sửa đổi bởi Luật số\n"
                   "63/2020/QH14.\n")
    assert "Luật số\n63/2020/QH14." in letter.body and letter.signer == "Đặng Thanh Sơn"
    assert [c.number for c in find_citations(letter)] == ["80/2015/QH13", "63/2020/QH14"]


def test_the_government_offices_drafter_initials_before_the_signers_name():
    """"- Lưu: VT, NN (2). Tr Hoàng Thị Thu Hà": the filed copy keeps its drafter's initials, the name is the signer's
    and ends the list (not "Lưu: VT. Siu H'Luyên", a Jrai name whose family name is no initials)."""
    letter = parse("VĂN PHÒNG CHÍNH PHỦ\nSố: 5123/VPCP-NN\nHà Nội, ngày 20 tháng 7 năm 2021\nV/v đề nghị của tỉnh\n"
                   "Kính gửi: Bộ Tài chính.\nVăn phòng Chính phủ thông báo./.\nNơi nhận: KT. BỘ TRƯỞNG, CHỦ NHIỆM\n"
                   "- Như trên; PHÓ CHỦ NHIỆM\n- Lưu: VT, NN (2). Tr Hoàng Thị Thu Hà\n1\n")
    assert (letter.cc[-1], letter.signer) == ("Lưu: VT, NN (2). Tr", "Hoàng Thị Thu Hà")


def test_the_authority_and_the_title_run_together_before_the_signed_mark():
    """"TM. BAN THƯỜNG TRỰC CHỦ TỊCH (Đã ký) Lâm Văn Bé" on the copies' line: the authority, the title, the name."""
    letter = parse("ỦY BAN MTTQ VIỆT NAM\nHUYỆN TRẦN VĂN THỜI\nSố: 12/CV-MTTQ\nTrần Văn Thời, ngày 3 tháng 4 năm 2012\n"
                   "V/v tổ chức Ngày hội\nKính gửi: Ban công tác Mặt trận các ấp\nĐề nghị thực hiện./.\nNơi nhận: - "
                   "Như trên; - Lưu: VT. TM. BAN THƯỜNG TRỰC CHỦ TỊCH (Đã ký) Lâm Văn Bé\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (
        "TM. Ban Thường trực", "Chủ tịch", "Lâm Văn Bé")


def test_an_urgency_mark_run_into_the_issuers_first_line():
    """"HỎA TỐC ỦY BAN NHÂN DÂN" / "HUYỆN TAM ĐƯỜNG" under a news page's title: the issuer's lines, the mark none."""
    letter = parse("UBND huyện triển khai các biện pháp phòng cháy rừng\nHỎA TỐC ỦY BAN NHÂN DÂN\nHUYỆN TAM ĐƯỜNG\n"
                   "-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 845/UBND-NNPTNT\n"
                   "V/v phòng cháy\n"
                   "Tam Đường, ngày 03 tháng 5 năm 2023\nKính gửi: Hạt Kiểm lâm huyện\nThực hiện chỉ đạo./." + CLOSING)
    assert letter.issuer == "Ủy ban nhân dân huyện Tam Đường"


def test_a_subject_naming_a_ward_called_cong_hoa():
    """"… (đoạn qua phường Cộng Hòa)": a ward's name, no motto's column beside the subject (that one is "Cộng hòa xã
    hội …")."""
    letter = parse("UBND THÀNH PHỐ CHÍ LINH\nPHÒNG TÀI NGUYÊN VÀ MÔI TRƯỜNG\nSố: 45/TTr-TNMT\nChí Linh, ngày 17 tháng 5"
                   " năm 2023\nTỜ TRÌNH\nVề việc giao đất tái định cư dự án Cải tạo đường tỉnh 398B (đoạn qua phường "
                   "Cộng Hòa)\nKính gửi: Ủy ban nhân dân thành phố Chí Linh.\nCăn cứ Luật Đất đai;" + CLOSING)
    assert letter.subject.endswith("(đoạn qua phường Cộng Hòa)")


def test_grounds_whose_tone_ocr_misread_end_the_subject():
    """"Căn củ Điều lệ …" (OCR's "củ" for "cứ") opens the text: no subject's words."""
    letter = parse("BỘ NÔNG NGHIỆP VÀ PTNT\nTRƯỜNG ĐẠI HỌC LÂM NGHIỆP\nSố: 412/QĐ-ĐHLN-ĐT\nHà Nội, ngày 12 tháng 3 năm "
                   "2012\nQUYẾT ĐỊNH\nV/v thành lập Hội đồng tuyển sinh năm 2012\n"
                   "HIỆU TRƯỞNG TRƯỜNG ĐẠI HỌC LÂM NGHIỆP\n"
                   "Căn củ Điều lệ trường đại học;" + CLOSING)
    assert letter.subject == "Thành lập Hội đồng tuyển sinh năm 2012"


def test_a_years_range_in_a_copy_whose_codes_lost_their_hyphens_with_a_unit():
    """"07/TBMTTQBTT" (a type, an issuer and its unit run together) shows the copy lost its hyphens: its subject's
    "nhiệm kỳ 2021  2026" is a range."""
    letter = parse("ỦY BAN MTTQ VIỆT NAM\nHUYỆN KIM THÀNH\nSố: 07/TBMTTQBTT\nKim Thành, ngày 03 tháng 02 năm 2021\n"
                   "THÔNG BÁO\nKết quả Hội nghị hiệp thương lần thứ nhất nhiệm kỳ 2021  2026\nKính gửi: Các xã.\n"
                   "Ban Thường trực thông báo./." + CLOSING)
    assert (letter.number, letter.subject) == ("07/TB-MTTQ-BTT",
                                               "Kết quả Hội nghị hiệp thương lần thứ nhất nhiệm kỳ 2021 - 2026")


def test_a_recipients_place_name_wrapped_below_its_kind():
    """"Kính gửi: Ủy ban nhân dân tỉnh" / "Quảng Nam." / "Trả lời Công văn số …": the name the line wrapped."""
    letter = parse("BỘ NỘI VỤ\nSố: 3126/BNV-CCVC\nHà Nội, ngày 27 tháng 6 năm 2018\nV/v tuyển dụng viên chức\n"
                   "Kính gửi: Ủy ban nhân dân tỉnh\nQuảng Nam.\nTrả lời Công văn số 2208/UBND-NC của tỉnh./." + CLOSING)
    assert letter.recipients == ("Ủy ban nhân dân tỉnh Quảng Nam",)


def test_a_party_letters_subject_under_its_number_without_vv():
    """"Số 512 - CV/BTGTU" / "Tuyên truyền cuộc bầu cử …" / " và đại biểu HĐND …": a party body's công văn writes its
    subject under its number with no "V/v"."""
    letter = parse("TỈNH UỶ THANH HÓA\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nBAN TUYÊN GIÁO\n\n*\n\nThanh Hóa, ngày 15 tháng 3"
                   " năm 2011\n\nSố 512 - CV/BTGTU\n\nTuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIII\n\n và đại "
                   "biểu HĐND các cấp\n\nKính gửi:\n\n- Các sở, ban, ngành.\n\nThực hiện Hướng dẫn./." + CLOSING)
    assert letter.subject == "Tuyên truyền cuộc bầu cử đại biểu Quốc hội khóa XIII và đại biểu HĐND các cấp"


def test_a_draft_sent_with_the_letter_under_a_web_copys_cell_bars():
    """A tờ trình's draft decision after its signature, its header's lines between a web table's bars and rule lines
    ("ỦY BAN NHÂN DÂN" / "TỈNH TÂY NINH" / "-------" / "|" / "CỘNG HÒA …" / … / "Số: /QĐ-UBND"): the tờ trình's
    closing is the one above it."""
    letter = parse("UBND TỈNH TÂY NINH\nSỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI\nSố: 2174/TTr-SLĐTBXH\nTây Ninh, ngày 5 "
                   "tháng 8 năm 2019\nTỜ TRÌNH\nVề danh mục nghề đào tạo\nKính gửi: Ủy ban nhân dân tỉnh.\n"
                   "Sở kính trình./.\n|\nNơi nhận:\n- Như trên;\n- Lưu: VT, GDNN.\n|\nGIÁM ĐỐC\n(Đã ký)\n"
                   "Nguyễn Thị Bích Tuyền\n|\n"
                   "ỦY BAN NHÂN DÂN\nTỈNH TÂY NINH\n-------\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - "
                   "Hạnh phúc\n---------------\n|\nSố: /QĐ-UBND\n|\nDỰ THẢO\nQUYẾT ĐỊNH\nPhê duyệt danh mục\nĐiều 1. "
                   "Phê duyệt.\nNơi nhận:\n- Như Điều 3;\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == (None, "Giám đốc", "Nguyễn Thị Bích Tuyền")
    assert letter.cc == ("Như trên", "Lưu: VT, GDNN")


def test_the_one_recipient_in_a_web_tables_cell():
    """"Kính gửi:" / "|" / "Ủy ban nhân dân tỉnh Bến Tre" / "|" / the text: the recipient in the cell between the
    bars; a citizen's village of the Central Highlands in brackets after her name is her address, not the
    recipient's."""
    letter = parse("BỘ TÀI CHÍNH\nSố: 2143/BTC-QLCS\nV/v phương án xử lý nhà, đất\n|\nHà Nội, ngày 18 tháng 03 năm "
                   "2014\n|\nKính gửi:\n|\nỦy ban nhân dân tỉnh Bến Tre\n|\nBộ Tài chính nhận được văn bản số\n"
                   "612/UBND-TCĐT "
                   "của tỉnh./." + CLOSING)
    assert letter.recipients == ("Ủy ban nhân dân tỉnh Bến Tre",)
    citizen = parse("ỦY BAN NHÂN DÂN\nHUYỆN LẮK\nSố: 412/UBND-TD\nLắk, ngày 12 tháng 5 năm 2010\nV/v trả lời đơn\n"
                    "Kính gửi: Bà H' Ngơn Niê (buôn Jun, thị trấn Liên Sơn, huyện Lắk).\nỦy ban nhân dân huyện nhận "
                    "được đơn./." + CLOSING)
    assert citizen.recipients == ("Bà H' Ngơn Niê",)


def test_a_provinces_level_whose_letter_a_copy_lost(tmp_path):
    """"ỦY BAN NHÂN DÂN" / "TNH PHÚ YÊN" (a legal site's copy lost the "Ỉ"): read as "TỈNH", before a province's
    name only."""
    letter = read_and_parse(tmp_path, "ỦY BAN NHÂN DÂN\nTNH PHÚ YÊN\nSố: 1250/QĐ-UBND\nPhú Yên, ngày 10 tháng 7 năm "
                                      "2012\nQUYẾT ĐỊNH\nVề việc phê duyệt\nĐiều 1. Phê duyệt." + CLOSING)
    assert letter.issuer == "Ủy ban nhân dân tỉnh Phú Yên"


def test_a_scans_specks_before_the_headers_lines_and_the_place():
    """". HUYỆN HẢI LĂNG", "` QUYẾT ĐỊNH", "Số: 3l8/PGDĐT-CM . Sơn Hòa, ngày …", "- Trung tâm Khuyến nông tỉnh. '": a
    scan's specks are none of the issuer, the title, the place or the recipient."""
    letter = parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n. HUYỆN HẢI LĂNG Độc lập - Tự do - Hạnh phúc\n"
                   "Số: 2945/QĐ-UBND . Hải Lăng, ngày 20 tháng 9 năm 2017\n` QUYẾT ĐỊNH\n"
                   "Về việc kiện toàn Ban Chỉ đạo\nKính gửi: - Chi cục Bảo vệ thực vật;\n"
                   "- Trung tâm Khuyến nông tỉnh. '\nCăn cứ Luật Tổ chức;" + CLOSING)
    assert (letter.issuer, letter.place, letter.type) == ("Ủy ban nhân dân huyện Hải Lăng", "Hải Lăng", "Quyết định")
    assert letter.subject == "Kiện toàn Ban Chỉ đạo"
    assert letter.recipients == ("Chi cục Bảo vệ thực vật", "Trung tâm Khuyến nông tỉnh")


def test_a_number_no_pattern_reads_above_the_place():
    """"Số: 87/-KSBT" (a web copy dropped the type's code) / "Nam Định, ngày …": the header goes on past it, and it
    is no piece of the place's name."""
    letter = parse("SỞ Y TẾ NAM ĐỊNH\nTRUNG TÂM KIỂM SOÁT BỆNH TẬT\n-------\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 87/-KSBT\n\n"
                   "Nam Định, ngày 02 tháng 8 năm 2021\n\nTHÔNG BÁO\n\nVỀ VIỆC TUYỂN DỤNG VIÊN CHỨC NĂM 2021\n\n"
                   "Căn cứ Nghị định số 115/2020/NĐ-CP;" + CLOSING)
    assert (letter.place, letter.date, letter.type) == ("Nam Định", "2021-08-02", "Thông báo")
    assert letter.subject == "TUYỂN DỤNG VIÊN CHỨC NĂM 2021"  # (as written; the search folds case)


def test_a_title_broken_after_its_first_word_in_a_web_cell():
    """"GIÁM" / "ĐỐC |": a narrow cell broke the title after its first word."""
    letter = parse("SỞ Y TẾ LÂM ĐỒNG\nBỆNH VIỆN ĐA KHOA TỈNH\nSố: 412/KH-BVĐK\nĐà Lạt, ngày 10 tháng 3 năm 2023\n"
                   "KẾ HOẠCH\nCải tiến chất lượng bệnh viện\nBệnh viện xây dựng kế hoạch./.\n|\nNơi nhận:\n"
                   "- Sở Y tế (b/c);\n- Lưu: VT, QLCL.\n|\nGIÁM\nĐỐC |\n")
    assert letter.signer_title == "Giám đốc"


def test_a_schools_header_cell_its_office_and_its_name_run_together(tmp_path):
    """"| PHÒNG GD&ĐT THANH CHƯƠNGTRƯỜNG TH THANH HƯNG |" (a web cell's two lines glued; an office named with its
    district, no kind before it), "PHÒNG GD & ĐT VŨ THƯ" / "TRƯỜNG MẦM NON TÂN LẬP": the office is the school's parent,
    a school's "TH" its level, tiểu học."""
    cell = "| PHÒNG GD&ĐT THANH CHƯƠNGTRƯỜNG TH THANH HƯNG |\n| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
    spaced = "PHÒNG GD & ĐT VŨ THƯ\n\nTRƯỜNG MẦM NON TÂN LẬP\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    rest = "Số: 87/BC-THTH\nThanh Hưng, ngày 28 tháng 12 năm 2023\nBÁO CÁO\nKết quả học kỳ I\nNhà trường báo cáo."
    for header, expected in ((cell, ("Trường Tiểu học Thanh Hưng", "Phòng Giáo dục và Đào tạo huyện Thanh Chương")),
                             (spaced, ("Trường Mầm non Tân Lập", "Phòng Giáo dục và Đào tạo huyện Vũ Thư"))):
        letter = read_and_parse(tmp_path, header + rest + CLOSING)
        assert (letter.issuer, letter.parent_issuer) == expected


def test_a_number_run_into_a_place_of_one_small_letter():
    """"87/GM-UBNDBù Đăng, ngày …": the place's first word holds one small letter, not a plain one a code ends with
    ("19/CT-TTgHà Nội" stays no "Tg Hà Nội"'s … nor "1452/KH-HQĐNa Đồng Nai")."""
    for number, place, code in (("87/GM-UBND", "Bù Đăng", "87/GM-UBNDBù Đăng"),
                                ("1452/KH-HQĐNa", "Đồng Nai", "1452/KH-HQĐNa Đồng Nai")):
        letter = parse(f"ỦY BAN NHÂN DÂN\nXÃ BÙ ĐĂNG\nSố: {code}, ngày 05 tháng 9 năm 2025\nGIẤY MỜI\nHọp dân\n"
                       "Ủy ban trân trọng kính mời./." + CLOSING)
        assert (letter.number, letter.place) == (number, place)


def test_the_text_run_onto_the_recipients_dashed_line():
    """"Kính gửi: - Sở Tài nguyên và Môi trường; - Ủy ban nhân dân huyện Văn Chấn. Ủy ban nhân dân tỉnh nhận được Tờ
    trình số …" (a news page quoting the letter): the recipients end at the list's stop, the text follows."""
    letter = parse("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI Số: 1842/UBND-TNMT V/v giải quyết kiến nghị\n"
                   "Kính gửi: - Sở Tài nguyên và Môi trường; - Ủy ban nhân dân huyện Văn Chấn. Ủy ban nhân dân tỉnh "
                   "nhận được Tờ trình số 215/TTr-STNMT ngày 08/6/2018 của Sở Tài nguyên và Môi trường báo cáo kết quả "
                   "kiểm tra đơn của công dân." + CLOSING)
    assert letter.recipients == ("Sở Tài nguyên và Môi trường", "Ủy ban nhân dân huyện Văn Chấn")
    assert [c.number for c in find_citations(letter)] == ["215/TTr-STNMT"]


def test_a_party_letter_run_into_one_line():
    """A party page that ran the whole letter into one line: its number after its date ("… năm 2024 Số 1184-TB/HU"),
    its text opening on a numeric date ("Ngày 19/4/2024, …"), its authority after the filed copy ("Lưu Văn phòng
    Huyện ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Đình Khoa")."""
    letter = parse("ĐẢNG BỘ TỈNH QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM HUYỆN ỦY BÌNH SƠN * Bình Sơn, ngày 25 tháng 4 "
                   "năm 2024 Số 1184-TB/HU THÔNG BÁO KẾT LUẬN CỦA THƯỜNG TRỰC HUYỆN ỦY tại buổi làm việc với Đảng ủy "
                   "xã Bình Hải Ngày 19/4/2024, Thường trực Huyện ủy làm việc với Ban Thường vụ Đảng ủy xã Bình Hải về "
                   "kết quả thực hiện nhiệm vụ quý I năm 2024 và nhiệm vụ trọng tâm quý II năm 2024 của Đảng bộ xã. "
                   "Nơi nhận: - Đảng ủy xã Bình Hải; - Lưu Văn phòng Huyện ủy. T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ Trần Đình "
                   "Khoa\n")
    assert (letter.number, letter.date, letter.type) == ("1184-TB/HU", "2024-04-25", "Thông báo")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("TM. Ban Thường vụ", "Phó Bí thư",
                                                                              "Trần Đình Khoa")


def test_an_inspectorate_and_a_cooperative_alliance_under_their_parents():
    """"SỞ GD&ĐT ĐẮK LẮK" / "THANH TRA": the department's inspectorate; "UBND TỈNH ĐỒNG THÁP" / "LIÊN MINH HỢP TÁC XÃ":
    the province's alliance, its "xã" no commune's; a font's "Cǎn cứ" opens the text."""
    inspectorate = parse("SỞ GD&ĐT ĐẮK LẮK\nTHANH TRA\nSố: 14/KL-TTr\nĐắk Lắk, ngày 06 tháng 12 năm 2019\nKẾT LUẬN "
                         "THANH TRA\nVề các khoản thu đầu năm học\nCǎn cứ Luật Thanh tra số 56/2010/QH12;" + CLOSING)
    assert inspectorate.issuer == "Thanh tra Sở Giáo dục và Đào tạo tỉnh Đắk Lắk"
    assert inspectorate.subject == "Các khoản thu đầu năm học"
    alliance = parse("UBND TỈNH ĐỒNG THÁP\nLIÊN MINH HỢP TÁC XÃ\nSố: 286/LMHTX-TCKT\nĐồng Tháp, ngày 05 tháng 9 năm "
                     "2023\nV/v tuyên truyền Luật Hợp tác xã\nKính gửi: Các hợp tác xã.\nĐề nghị thực hiện./."
                     + CLOSING)
    assert alliance.issuer == "Liên minh Hợp tác xã tỉnh Đồng Tháp"


def test_a_portals_table_of_properties_a_space_apart_and_a_telegrams_undashed_addressees():
    """A district portal's table before the letter copied cell by cell, a space apart ("Số/Ký hiệu 09 /CĐ-BCH", "Ngày
    ký …", "Người ký …"): no number line of the letter's; the công điện's hour under its subject ("Vào hồi 14 giờ 30 /
    ngày …") ends it; "BAN CHỈ HUY PCLB&TKCN" is the flood board; "ĐIỆN:" opens its addressees, a line each, no dash."""
    letter = parse("Nội dung văn bản\nSố/Ký hiệu 09 /CĐ-BCH\nNgày ký 29/09/2013\nNgười ký Đinh Xuân Hòa\n"
                   "Trích yếu nội dung Công điện (Số 09 /CĐ-BCH) V/v ứng phó với cơn bão số 10\nCơ quan ban hành Ban "
                   "chỉ huy Phòng chống lụt bão\nPhân loại Công điện\nToàn văn:\n \nUBND HUYỆN MINH HÓA\nBAN CHỈ HUY "
                   "PCLB&TKCN\n \nSố: 09 /CĐ-BCH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n \n"
                   "Minh Hóa, ngày 29 tháng 9 năm 2013\n \nCÔNG ĐIỆN\nVề việc chủ động ứng phó với cơn bão số 10\n"
                   "Vào hồi 14 giờ 30 / ngày 29/9/2013\nBAN CHỈ HUY PCLB&TKCN HUYỆN MINH HÓA\nĐIỆN:\nChủ tịch UBND các "
                   "xã, thị trấn\nThủ trưởng các cơ quan, ban, ngành cấp huyện\nBan Quản lý rừng phòng hộ Minh Hóa\n \n"
                   "Theo tin của Trung tâm Khí tượng Thủy văn tỉnh, bão số 10 đang di chuyển về phía Tây." + CLOSING)
    assert (letter.number, letter.date, letter.type) == ("09/CĐ-BCH", "2013-09-29", "Công điện")
    assert letter.issuer.lower() == "ban chỉ huy phòng chống lụt bão và tìm kiếm cứu nạn huyện minh hóa"
    assert letter.subject == "Chủ động ứng phó với cơn bão số 10"
    assert letter.recipients == ("Chủ tịch UBND các xã, thị trấn", "Thủ trưởng các cơ quan, ban, ngành cấp huyện",
                                 "Ban Quản lý rừng phòng hộ Minh Hóa")


def test_recipients_in_a_web_cell_and_after_soft_hyphens():
    """"| Kính gửi:" (a web table's bar before it) opens the list; a Word file flattened with soft hyphens for dashes
    ends the last item at its full stop, the text after it ("… trực thuộc Sở.  Hiện nay trên địa bàn tỉnh …")."""
    cell = parse("SỞ GIAO THÔNG VẬN TẢI\n| Số: 3418/SGTVT-QLKCHT\nV/v bảo đảm an toàn giao thông\n| Thanh Hóa, ngày 17 "
                 "tháng 5 năm 2022\n|\n\n| Kính gửi:\n| - Ban Quản lý dự án giao thông tỉnh;\n- Ủy ban nhân dân các "
                 "huyện.\n|\n\nThực hiện chỉ đạo của tỉnh." + CLOSING)
    assert cell.recipients == ("Ban Quản lý dự án giao thông tỉnh", "Ủy ban nhân dân các huyện")
    soft = parse("SỞ NN&PTNT THANH HÓA\nCHI CỤC KIỂM LÂM\nSố: 512/CCKL-QLBVR\nThanh Hóa, ngày 20 tháng 5 năm 2019\n"
                 "V/v phòng cháy rừng\nKính gửi: \xad Hạt Kiểm lâm các huyện; \xad Ban Quản lý rừng phòng hộ trực "
                 "thuộc Sở.  Hiện nay trên địa bàn tỉnh đang vào cao điểm nắng nóng, gió Tây khô nóng hoạt động "
                 "mạnh, nhiệt độ nhiều ngày trên 38 độ; cấp dự báo cháy rừng đã ở cấp IV." + CLOSING)
    assert soft.recipients == ("Hạt Kiểm lâm các huyện", "Ban Quản lý rừng phòng hộ trực thuộc Sở")


def test_a_quick_report_a_chief_of_a_branch_deciding_and_the_copies_head_broken():
    """"BÁO CÁO NHANH" is a report's title, its subject below (a day range whose dash a PDF lost, "ngày 05  06/8/2023",
    given back); "CHI CỤC TRƯỞNG CHI CỤC …" under a decision's subject decides, no part of it; a web cell's "Nơi" /
    "nhận:" opens the copies; OCR's "nărn" is the date's "năm"."""
    report = parse("UBND HUYỆN TRẠM TẤU\nBAN CHỈ HUY PHÒNG, CHỐNG THIÊN TAI\nSố: 38/BCBCH Trạm Tấu, ngày 07 tháng 8 "
                   "nărn 2023\nBÁO CÁO NHANH\nTình hình thiệt hại do mưa lũ ngày 05  06/8/2023\ntrên địa bàn huyện\n"
                   "Kính gửi: Ban Chỉ huy tỉnh Yên Bái.\nThực hiện chỉ đạo, Ban báo cáo." + CLOSING)
    assert (report.type, report.date) == ("Báo cáo", "2023-08-07")
    assert report.subject == "Tình hình thiệt hại do mưa lũ ngày 05 - 06/8/2023 trên địa bàn huyện"
    decision = parse("CỤC THADS TỈNH KIÊN GIANG\nCHI CỤC THI HÀNH ÁN DÂN SỰ\nHUYỆN CHÂU THÀNH\nSố: 74/QĐ-CCTHADS\n"
                     "Châu Thành, ngày 19 tháng 5 năm 2014\nQUYẾT ĐỊNH\nVỀ VIỆC ỦY THÁC THI HÀNH ÁN\nCHI CỤC TRƯỞNG "
                     "CHI CỤC THI HÀNH ÁN DÂN SỰ HUYỆN CHÂU THÀNH\nCăn cứ Luật Thi hành án dân sự;\nĐiều 1. Ủy thác.\n"
                     "Nơi\nnhận:\n- Như Điều 3;\n- Lưu: VT.\n|\nCHI CỤC TRƯỞNG\nDanh Hoàng Phúc\n")
    assert decision.subject == "ỦY THÁC THI HÀNH ÁN"
    assert decision.cc == ("Như Điều 3", "Lưu: VT")


def test_a_port_authority_a_road_regions_deputy_head_and_a_seal_after_the_filed_copy():
    """"CỤC HÀNG HẢI VIỆT NAM" / "CẢNG VỤ HÀNG HẢI QUẢNG NINH": the port authority under its parent; "PHÓ TRƯỞNG KHU"
    signs for a road region's office; a scan's seal read after the filed copy's stop ("Lưu: VT, NCC. /ẵ~ SỞ \\") is
    no part of it."""
    port = parse("CỤC HÀNG HẢI VIỆT NAM\nCẢNG VỤ HÀNG HẢI QUẢNG NINH\nSố: 1125/CVHHQN-PC\nQuảng Ninh, ngày 14 tháng 6 "
                 "năm 2016\nV/v chấp thuận phương án\nKính gửi: Công ty Hạ Long Xanh.\nCảng vụ chấp thuận./.\n\nNơi "
                 "nhận:\n- Như trên;\n- Lưu: VT, NCC. /ẵ~ SỞ \\\n\nKT. TRƯỞNG KHU\nPHÓ TRƯỞNG KHU\n\nHồ Sỹ Nguyên\n")
    assert (port.issuer.lower(), port.parent_issuer) == ("cảng vụ hàng hải quảng ninh", "Cục Hàng hải Việt Nam")
    assert (port.signer_title, port.cc) == ("Phó Trưởng khu", ("Như trên", "Lưu: VT, NCC"))



def test_election_boards_under_their_committees():
    """"ỦY BAN BẦU CỬ HUYỆN TAM DƯƠNG" / "BAN BẦU CỬ ĐẠI BIỂU HĐND HUYỆN" / "ĐƠN VỊ BẦU CỬ SỐ 2": the board of the
    district's constituency, its place before the constituency; OCR's "UY BAN BẦU CỬ" under its district's committee
    is the district's election committee; "03/TB-BBC" is the board's, no báo cáo's ("BC")."""
    board = parse("ỦY BAN BẦU CỬ HUYỆN TAM DƯƠNG\nBAN BẦU CỬ ĐẠI BIỂU HĐND HUYỆN\nĐƠN VỊ BẦU CỬ SỐ 2\nSố: 03/TB-BBC\n"
                  "Tam Dương, ngày 29 tháng 4 năm 2021\nTHÔNG BÁO\nDanh sách người ứng cử\n\nBan bầu cử thông báo."
                  + CLOSING)
    assert board.number == "03/TB-BBC"
    assert board.issuer.lower() == "ban bầu cử đại biểu hội đồng nhân dân huyện tam dương đơn vị bầu cử số 2"
    committee = parse("UBND QUẬN NINH KIỀU CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nUY BAN BẦU CỬ Độc lập - Tự do - Hạnh "
                      "phúc\nSố: 06/KH-UBBC Ninh Kiều, ngày 19 tháng 02 năm 2016\nKẾ HOẠCH\nTriển khai công tác bầu cử "
                      "nhiệm kỳ 2016 2021 trên địa bàn quận\nCăn cứ Luật Bầu cử số 85/2015/QH13;" + CLOSING)
    assert (committee.issuer, committee.parent_issuer) == ("Ủy ban bầu cử quận Ninh Kiều",
                                                           "Ủy ban nhân dân quận Ninh Kiều")


def test_a_year_wrapped_beside_the_number_and_a_party_number_spaced():
    """"Số: 52/GMBDT Trà Vinh, ngày 05 tháng 7 năm" / "2024" (the date's year wrapped alone under the number's line);
    "Số: 125  KH/TĐTNTCKT" (a party number whose hyphen a PDF lost, two spaces left)."""
    invitation = parse("UBND TỈNH TRÀ VINH CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN DÂN TỘC Độc lập - Tự do - Hạnh "
                       "phúc\nSố: 52/GMBDT Trà Vinh, ngày 05 tháng 7 năm\n2024\nGIẤY MỜI\nDự Hội nghị biểu dương người "
                       "có uy tín\nKính gửi: Các đại biểu.\nBan Dân tộc trân trọng kính mời." + CLOSING)
    assert (invitation.date, invitation.place, invitation.subject) == ("2024-07-05", "Trà Vinh",
                                                                       "Dự Hội nghị biểu dương người có uy tín")
    plan = parse("BCH ĐOÀN TỈNH THANH HÓA ĐOÀN TNCS HỒ CHÍ MINH\n***\nSố: 125  KH/TĐTNTCKT Thanh Hóa, ngày 14 tháng 4 "
                 "năm 2014\nKẾ HOẠCH\nKiểm tra, giám sát năm 2014\nThực hiện Nghị quyết số 25NQ/TW ngày 25/7/2008."
                 + CLOSING)
    assert (plan.number, plan.date) == ("125-KH/TĐTN-TCKT", "2014-04-14")


def test_a_ba_na_signer_after_the_filed_copy_and_its_colon_glued():
    """"Lưu: VT, DC-PL. A Thanh Hùng": a Ba Na man's name opens with "A" (no drafter's initial); "Lưu:VT, QLDN" is read
    "Lưu: VT, QLDN"."""
    letter = parse("ỦY BAN MTTQ VIỆT NAM\nTỈNH KON TUM\nSố: 85/MTTQ-BTT\nKon Tum, ngày 04 tháng 3 năm 2011\nV/v hiệp "
                   "thương\nKính gửi: Các huyện.\nĐề nghị thực hiện./.\n\nNơi nhận: TM. BAN THƯỜNG TRỰC\nNhư trên; KT. "
                   "CHỦ TỊCH\nThường trực HĐND tỉnh; PHÓ CHỦ TỊCH\nLưu: VT, DC-PL. A Thanh Hùng\n")
    assert (letter.signer, letter.cc[-1]) == ("A Thanh Hùng", "Lưu: VT, DC-PL")
    glued = parse("BAN QUẢN LÝ CÁC KCN BẮC GIANG\nSố: 12/KCN-QLDN\nBắc Giang, ngày 04 tháng 3 năm 2010\nV/v báo cáo\n"
                  "Kính gửi: Các doanh nghiệp.\nĐề nghị thực hiện./.\n\nNơi nhận:\n- Như trên;\n- Lưu:VT, QLDN.\n\n"
                  "TRƯỞNG BAN\n\nNguyễn Văn An\n")
    assert glued.cc == ("Như trên", "Lưu: VT, QLDN")


def test_a_market_control_team_under_its_department_abbreviated():
    """"CỤC QLTT TỈNH THANH HÓA" / "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3": the team of the Cục Quản lý thị trường."""
    letter = parse("CỤC QLTT TỈNH THANH HÓA\nĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 3\nSố: 45/QĐ-XPHC\nBỉm Sơn, ngày 07 tháng 12 "
                   "năm 2020\nQUYẾT ĐỊNH\nXử phạt vi phạm hành chính\nCăn cứ Luật Xử lý vi phạm hành chính;" + CLOSING)
    assert letter.issuer == "Đội Quản lý thị trường số 3 Cục Quản lý thị trường tỉnh Thanh Hóa"
    assert letter.parent_issuer == "Cục Quản lý thị trường tỉnh Thanh Hóa"


def test_joint_documents_cells_read_one_after_another():
    """A web copy reading a joint programme's cells one after another: "ỦY BAN MTTQ VIỆT NAM" / "TỈNH PHÚ YÊN" /
    "-------" / "|" / "UBND TỈNH PHÚ YÊN" / "SỞ TƯ PHÁP" (the committee the department's parent, no party to it);
    a scan's columns run together row by row, each body under its parent; OCR's "QUY CHÉ PHỐI HỢP"."""
    cells = parse("ỦY BAN MTTQ VIỆT NAM\nTỈNH PHÚ YÊN\n-------\n|\nUBND TỈNH PHÚ YÊN\nSỞ TƯ PHÁP\n-------\n|\n"
                  "Số: 09/CTrPH-MTTQ-STP\n|\nSố: 211/CTrPH-STP-MTTQ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - "
                  "Tự do - Hạnh phúc\nTuy Hòa, ngày 12 tháng 4 năm 2019\n\nCHƯƠNG TRÌNH PHỐI HỢP\nThực hiện công tác "
                  "pháp luật\nCăn cứ Luật Hòa giải." + CLOSING)
    assert cells.issuer == "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Phú Yên và Sở Tư pháp tỉnh Phú Yên"
    assert cells.parent_issuer is None
    scan = parse("CÔNG AN TỈNH NINH THUẬN VIỆN KSND TỈNH NINH THUẬN\nCÔNG AN HUYỆN NINH PHƯỚC VIỆN KSND HUYỆN NINH "
                 "PHƯỚC\nSổ: 1096/QCPH-CAH-VKS Số: 27/QCPH-VKS-CAH\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nNinh Phước, "
                 "ngày 10 tháng 3 năm 2023\nQUY CHÉ PHỐI HỢP\nTrong tiếp nhận nguồn tin về tội phạm\nCăn cứ Bộ luật Tố "
                 "tụng hình sự số 101/2015/QH13;" + CLOSING)
    assert (scan.type, scan.subject) == ("Quy chế phối hợp", "Trong tiếp nhận nguồn tin về tội phạm")
    assert scan.issuer == "Công an huyện Ninh Phước và Viện kiểm sát nhân dân huyện Ninh Phước"
    assert scan.parent_issuer == "Công an tỉnh Ninh Thuận và Viện kiểm sát nhân dân tỉnh Ninh Thuận"


def test_offices_of_2025_a_record_office_a_motto_slip_and_a_concurrent_post():
    """"CỤC THỐNG KÊ" / "THỐNG KÊ TỈNH HƯNG YÊN" (since 2025, as the tax offices); "CHI CỤC VĂN THƯ  LƯU TRỮ" (its
    dash lost) is the province's "Văn thư - Lưu trữ", no "và"; OCR's "ĐỘc lập" beside the district's line; "TM. HỘI
    ĐỒNG / CHỦ TỊCH / … / CHỦ TỊCH UBND HUYỆN": the council's chairman, his other post under it; "Lưu: VT,NN"."""
    stats = parse("CỤC THỐNG KÊ\nTHỐNG KÊ TỈNH HƯNG YÊN\nSố: 412/TKHY-TH\nHưng Yên, ngày 15 tháng 9 năm 2025\nV/v cung "
                  "cấp thông tin\nKính gửi: Các xã.\nThống kê tỉnh đề nghị./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT,NN."
                  "\n\nKT. TRƯỞNG THỐNG KÊ TỈNH\nPHÓ TRƯỞNG THỐNG KÊ TỈNH\n\nVũ Thị Thảo\n")
    assert (stats.issuer, stats.parent_issuer) == ("Thống kê tỉnh Hưng Yên", "Cục Thống kê")
    assert (stats.signer_title.lower(), stats.cc[-1]) == ("phó trưởng thống kê tỉnh", "Lưu: VT, NN")
    records = parse("SỞ NỘI VỤ THANH HÓA\nCHI CỤC VĂN THƯ  LƯU TRỮ\nSố: 186/CCVTLT-NVLT\nThanh Hóa, ngày 1 tháng 8 năm "
                    "2015\nV/v giao nộp hồ sơ\nKính gửi: Các sở.\nChi cục đề nghị." + CLOSING)
    assert records.issuer == "Chi cục Văn thư - Lưu trữ tỉnh Thanh Hóa"
    district = parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN QUẢNG TRẠCH ĐỘc lập - Tự do - Hạnh "
                     "phúc\nSố: 1386/UBND-NN\nV/v chống khai thác IUU Quảng Trạch, ngày 29 tháng 10 năm 2018\nKính "
                     "gửi: Các xã.\nThực hiện chỉ đạo của tỉnh./.\n\nNơi nhận:\n- Lưu: VT.\n\nTM. HỘI ĐỒNG\nCHỦ "
                     "TỊCH\n\nCHỦ TỊCH UBND HUYỆN\nPhạm Văn Lực\n")
    assert (district.issuer, district.signer_title) == ("Ủy ban nhân dân huyện Quảng Trạch", "Chủ tịch")


def test_a_companys_header_its_contact_lines_and_the_school_it_owns():
    """A company's letter: its tax code, address and phone lines under its name ("MST: …", "Địa chỉ: …", "ĐT: … Fax:
    …", a copy's "[Logo …]") are no part of it, nor end its header; a company over the school it owns is the school's
    parent; a tournament's "ĐIỀU LỆ" is a type."""
    company = parse("[Logo Công ty CP Du lịch Thác Đá]\nCÔNG TY CỔ PHẦN\nDU LỊCH THÁC ĐÁ\nMST: 5800712364\nĐịa chỉ: 26 "
                    "Hùng Vương, Phường 10, TP. Đà Lạt\nĐT: 063.3829.415  Fax: 063.3829.416\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA "
                    "VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 1203/CV-TĐ\nĐà Lạt, ngày 03 tháng 9 năm 2012\nV/v đề "
                    "nghị gia hạn tiến độ dự án\nKính gửi: Ủy ban nhân dân tỉnh Lâm Đồng.\nCông ty đề nghị." + CLOSING)
    assert (company.number, company.date, company.type) == ("1203/CV-TĐ", "2012-09-03", "Công văn")
    assert company.issuer.lower() == "công ty cổ phần du lịch thác đá"
    school = parse("CÔNG TY CỔ PHẦN GIÁO DỤC ÁNH DƯƠNG\nTRƯỜNG TIỂU HỌC ÁNH DƯƠNG\nSố: 0912/CV-ADS\nHà Nội, ngày 09 "
                   "tháng 12 năm 2023\nV/v khắc phục\nKính gửi: Sở Giáo dục và Đào tạo Hà Nội.\nNhà trường báo cáo."
                   + CLOSING)
    assert school.parent_issuer.lower() == "công ty cổ phần giáo dục ánh dương"
    rules = parse("SỞ VĂN HÓA VÀ THỂ THAO QUẢNG NINH\nBAN TỔ CHỨC GIẢI\nSố: 02/ĐL-BTC\nQuảng Ninh, ngày 11 tháng 3 năm "
                  "2019\nĐIỀU LỆ\nGiải Bóng chuyền các đội mạnh năm 2019\nCăn cứ Luật Thể dục, thể thao;" + CLOSING)
    assert rules.type == "Điều lệ"


def test_base_and_regional_offices_a_town_named_with_an_organs_word_and_scans_slips():
    """2025's base and regional offices name their place ("BẢO HIỂM XÃ HỘI CƠ SỞ KRÔNG PẮC", no "huyện"; "THỐNG KÊ CƠ SỞ
    DIỄN CHÂU"; "CHI CỤC THADS KHU VỰC 2"); "THỊ TRẤN LỊCH HỘI THƯỢNG" (its "HỘI" no organ's); OCR's "ĐẢNG CỘNG SÁN
    VIỆT NAM" beside the party committee; "UBND HUYỆN ĐIÊN BIÊN" (a district named as its province, a tone lost)."""
    def issuer_of(header: str) -> tuple[str, str | None]:
        letter = parse(header + "\nSố: 12/CV-X\nĐắk Lắk, ngày 05 tháng 9 năm 2025\nV/v phối hợp\nKính gửi: Các xã.\n"
                       "Đề nghị phối hợp." + CLOSING)
        return letter.issuer, letter.parent_issuer
    assert issuer_of("BẢO HIỂM XÃ HỘI TỈNH ĐẮK LẮK\nBẢO HIỂM XÃ HỘI CƠ SỞ KRÔNG PẮC") == (
        "Bảo hiểm xã hội cơ sở Krông Pắc", "Bảo hiểm xã hội tỉnh Đắk Lắk")
    assert issuer_of("THỐNG KÊ TỈNH NGHỆ AN\nTHỐNG KÊ CƠ SỞ DIỄN CHÂU") == ("Thống kê cơ sở Diễn Châu",
                                                                           "Thống kê tỉnh Nghệ An")
    assert issuer_of("CỤC THADS TỈNH BẮC GIANG\nCHI CỤC THADS KHU VỰC 2")[0] == "Chi cục Thi hành án dân sự khu vực 2"
    assert issuer_of("UBND HUYỆN TRẦN ĐỀ\nỦY BAN NHÂN DÂN\nTHỊ TRẤN LỊCH HỘI THƯỢNG") == (
        "Ủy ban nhân dân thị trấn Lịch Hội Thượng", "Ủy ban nhân dân huyện Trần Đề")
    assert issuer_of("TỈNH ỦY ĐẮK LẮK ĐẢNG CỘNG SÁN VIỆT NAM")[0] == "Tỉnh ủy Đắk Lắk"
    assert issuer_of("UBND HUYỆN ĐIÊN BIÊN\nỦY BAN NHÂN DÂN XÃ NÀ TẤU")[1] == "Ủy ban nhân dân huyện Điện Biên"


def test_a_reports_period_a_cells_broken_word_and_an_office_of_both_bodies():
    """A report's period set a paragraph apart goes on with its subject ("… quốc phòng - an ninh" / "" / "6 tháng đầu
    năm 2014 và …"); a web cell's "CÔNG" broken off "CÔNG TÁC …" under the title is no motto's "CỘNG"; "VĂN PHÒNG
    HĐND&UBND" under its district's committee."""
    report = parse("ỦY BAN NHÂN DÂN\nHUYỆN QUẢNG XƯƠNG\n\nSố: 176/BC-UBND\n\nQuảng Xương, ngày 27 tháng 6 năm 2014\n\n"
                   "BÁO CÁO\n\nKết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội\n\n6 tháng đầu năm 2014 và "
                   "phương hướng 6 tháng cuối năm\n\nThực hiện Quyết định số 4518/QĐ-UBND ngày 23/12/2013 của UBND "
                   "tỉnh." + CLOSING)
    assert report.subject == ("Kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội 6 tháng đầu năm 2014 và phương "
                              "hướng 6 tháng cuối năm")
    guidance = parse("UBND TỈNH QUẢNG NAM\nSỞ NỘI VỤ\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh "
                     "phúc\n|\nSố: 412/HD-SNV\n|\nQuảng Nam, ngày 18 tháng 3 năm 2021\n|\nHƯỚNG DẪN\nCÔNG\nTÁC THI "
                     "ĐUA, KHEN THƯỞNG NĂM 2021\nKính gửi: Các sở.\nCăn cứ Luật Thi đua, khen thưởng;" + CLOSING)
    assert guidance.subject == "CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2021"
    office = parse("UBND HUYỆN HÀM YÊN\nVĂN PHÒNG HĐND&UBND\nSố: 58/VP-NN\nV/v chăm sóc vùng cam\nHàm Yên, ngày 22 "
                   "tháng 3 năm 2010\nKính gửi: Các xã.\nĐề nghị thực hiện." + CLOSING)
    assert office.issuer == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện Hàm Yên"


def test_a_drafters_name_before_the_signers_and_joint_bodies_read_by_rows():
    """"- Lưu: VT, KT. Phúc Phạm Văn Nhưởng" (the signature's column run on): the drafter Phúc's copy and the signer
    Phạm Văn Nhưởng, no page number after it; a joint guidance's two rows run together one space apart ("UBND TỈNH
    BẮC NINH LĐLĐ TỈNH BẮC NINH" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO CÔNG ĐOÀN NGÀNH GIÁO DỤC")."""
    letter = parse("ỦY BAN NHÂN DÂN\nTỈNH BÌNH THUẬN\nSố: 26/CT-UBND\nBình Thuận, ngày 08 tháng 9 năm 2016\nCHỈ THỊ\n"
                   "Về tăng cường quản lý khoáng sản\nTình hình khai thác phức tạp./.\nNơi nhận: KT. CHỦ TỊCH\n- Bộ "
                   "Tài nguyên và Môi trường; PHÓ CHỦ TỊCH\n- Lưu: VT, KT. Phúc Phạm Văn Nhưởng\n2\n")
    assert (letter.cc, letter.signer) == (("Bộ Tài nguyên và Môi trường", "Lưu: VT, KT. Phúc"), "Phạm Văn Nhưởng")
    joint = parse("UBND TỈNH BẮC NINH LĐLĐ TỈNH BẮC NINH\nSỞ GIÁO DỤC VÀ ĐÀO TẠO CÔNG ĐOÀN NGÀNH GIÁO DỤC\nSố: "
                  "1496/HDLT-SGDĐT Số: 52/HDLT-CĐN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBắc Ninh, ngày 19 tháng 9 năm "
                  "2016\nHƯỚNG DẪN LIÊN TỊCH\nTổ chức hội nghị cán bộ\nCăn cứ Luật Công đoàn;" + CLOSING)
    assert joint.issuer.lower() == ("sở giáo dục và đào tạo tỉnh bắc ninh và công đoàn ngành giáo dục tỉnh bắc ninh")
    assert joint.parent_issuer == "Ủy ban nhân dân tỉnh Bắc Ninh và Liên đoàn Lao động tỉnh Bắc Ninh"


def test_a_party_header_a_forum_ran_into_one_line_and_its_copies_list(tmp_path):
    """A forum's paste: the header's cells on one line, the party's motto and its date inside it, the title "QUY
    ĐỊNH" glued to its "Về"; the copies' list on one line, each item after ",-"."""
    letter = read_and_parse(
        tmp_path,
        "THÀNH ỦY CẦN THƠ*Số 09-QĐi/TU ĐẢNG CỘNG SẢN VIỆT NAMCần Thơ, ngày 22 tháng 3 năm 2013 QUY ĐỊNHVề trách"
        " nhiệm nêu gương của cán bộ, đảng viên trên địa bàn thành phố--------- \n- Căn cứ Điều lệ Đảng;\n"
        "Ban Thường vụ Thành ủy quy định như sau:\nĐiều 1. Phạm vi áp dụngQuy định này áp dụng đối với cán bộ.\n"
        "Quy định này có hiệu lực từ ngày ký./.\nNơi nhận:- Ban Bí thư Trung ương Đảng (b/c),- Các đồng chí Thành ủy"
        " viên,- Lưu Văn phòng Thành ủy. T/M BAN THƯỜNG VỤBÍ THƯ(đã ký)Lê Hoàng Phúc\n")
    assert (letter.type, letter.number, letter.date, letter.issuer) == (
        "Quy định", "09-QĐi/TU", "2013-03-22", "Thành ủy Cần Thơ")
    assert letter.subject == "Trách nhiệm nêu gương của cán bộ, đảng viên trên địa bàn thành phố"
    assert letter.cc == ("Ban Bí thư Trung ương Đảng (b/c)", "Các đồng chí Thành ủy viên", "Lưu Văn phòng Thành ủy")


def test_a_party_scans_star_seal_words_after_commas_and_a_marked_name_beside_a_copy():
    """OCR of an old party letter: the star under the issuer read as "★" before the place; the seal's "BAN" / "TỔ
    CHỨC" beside copies that end with ","; a Cơ Ho signer's name run on after a copy whose dash the copy lost."""
    letter = parse(
        "TỈNH UỶ VĨNH LONG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n★ Vĩnh Long, ngày 15 tháng 11 năm 2010\n"
        "Số 312-CV/BTCTU\nV/v rà soát quy hoạch cán bộ\nKính gửi: - Các huyện uỷ, thành uỷ.\n"
        "Thực hiện Nghị quyết số 42-NQ/TW, ngày 30/11/2004 của Bộ Chính trị, đề nghị các đơn vị rà soát./.\n"
        "Nơi nhận: K/T TRƯỞNG BAN\n- Như trên, PHÓ TRƯỞNG BAN THƯỜNG TRỰC\n- Thường trực Tỉnh uỷ (b/c), BAN\n"
        "- Lãnh đạo Ban, TỔ CHỨC\n- Các chi, đảng bộ trực thuộc,\n- UBMTTQ và các đoàn thể xã hội K' Brơi\n"
        "- Lưu VT, P.TCCB. (Đã ký)\n")
    assert letter.place == "Vĩnh Long"
    assert letter.cc == ("Như trên", "Thường trực Tỉnh uỷ (b/c)", "Lãnh đạo Ban", "Các chi, đảng bộ trực thuộc",
                         "UBMTTQ và các đoàn thể xã hội", "Lưu VT, P.TCCB")
    assert (letter.signer_title, letter.signer) == ("Phó Trưởng ban Thường trực", "K' Brơi")


def test_a_college_under_its_department_named_by_the_labour_fields_initials_with_ampersand():
    """"SỞ LĐTB&XH TỈNH VĨNH LONG" over its college: the Sở Lao động - Thương binh và Xã hội, named in full."""
    letter = parse("SỞ LĐTB&XH TỈNH VĨNH LONG\nTRƯỜNG CAO ĐẲNG NGHỀ VĨNH LONG\nSố: 187/CĐN-TS\n"
                   "V/v phối hợp tuyển sinh\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Vĩnh Long, ngày 03 tháng 5 năm 2013\n\nKính gửi: Phòng Lao động - Thương binh và Xã hội các huyện."
                   "\n\nNhà trường đề nghị các đơn vị phối hợp./.\n\nNơi nhận:\n- Như trên;\n- Lưu: VT.\n\n"
                   "KT. HIỆU TRƯỞNG\nPHÓ HIỆU TRƯỞNG\n\nLê Văn Bình\n")
    assert letter.parent_issuer == "Sở Lao động - Thương binh và Xã hội tỉnh Vĩnh Long"


def test_front_boards_by_initials_a_glued_motto_without_dashes_a_fonts_phong_and_a_sites_signer():
    """"BTT ỦY BAN MTTQ VN HUYỆN …" is the Front's standing board; a commune's board glued to a motto whose dashes
    the copy lost ("… XÃ THỤY HẢIĐộc lập  Tự do  Hạnh phúc"); a font's "PHỊNG" is "PHÒNG"; a site's "Người ký" gives
    the name a copy wrapped ("Lương Minh" / "Khoa"), its cells a space apart."""
    board = parse("ỦY BAN MTTQ VIỆT NAM TỈNH KHÁNH HÒA\nBTT ỦY BAN MTTQ VN HUYỆN DIÊN KHÁNH\nSố: 04/HD-MTTQ-BTT\n\n"
                  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                  "Diên Khánh, ngày 02 tháng 4 năm 2020\n\nHƯỚNG DẪN\nVận động ủng hộ\n" + BODY + CLOSING)
    assert board.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Diên Khánh"
    commune = parse("UBMTTQ VIỆT NAM HUYỆN THÁI THỤY CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBAN THƯỜNG TRỰC UBMTTQ XÃ THỤY"
                    " HẢIĐộc lập  Tự do  Hạnh phúc\nSố: 09/BC-MTTQ Thụy Hải, ngày 27 tháng 11 năm 2024\nBÁO CÁO\n"
                    "Kết quả giám sát\n" + BODY + CLOSING)
    assert (commune.issuer, commune.parent_issuer) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Thụy Hải",
        "Ủy ban Mặt trận Tổ quốc Việt Nam huyện Thái Thụy")
    office = parse("UBND HUYỆN CAO LỘC\nPHỊNG GIÁO DỤC VÀ ĐÀO TẠO\nSố: 394/PGDĐT-THCS\nV/v hướng dẫn nhiệm vụ\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Cao Lộc, ngày 20 tháng 9 năm 2013\n" + BODY + CLOSING)
    assert office.issuer == "Phòng Giáo dục và Đào tạo huyện Cao Lộc"
    wrapped = parse("Số hiệu: 87/KH-UBND Loại văn bản: Kế hoạch\nNơi ban hành: Quận 8 Người ký: Lương Minh Khoa\n\n"
                    "ỦY BAN NHÂN DÂN\nPHƯỜNG 4\nSố: 87/KH-UBND\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                    "Độc lập - Tự do - Hạnh phúc\nPhường 4, ngày 06 tháng 3 năm 2023\n\nKẾ HOẠCH\nChỉnh trang đô thị"
                    + BODY + "\n\nNơi nhận:\n- Lưu: VT.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                    "Lương Minh\nKhoa\n")
    assert wrapped.signer == "Lương Minh Khoa"


def test_a_council_deciding_named_as_its_subject_ends_and_a_rank_before_the_name_after_the_filed_copy():
    """"… CỦA HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG" / "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG": the second
    line is the council deciding; "- Lưu: VT, TM. Thượng tá Võ Thành Lợi" is the staff's copy and the signer."""
    decision = parse("ỦY BAN NHÂN DÂN TỈNH KIÊN GIANG\nHỘI ĐỒNG NGHĨA VỤ QUÂN SỰ\n\n"
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 07/QĐ-HĐNVQS\n"
                     "Kiên Giang, ngày 18 tháng 6 năm 2012\n\n"
                     "QUYẾT ĐỊNH\nVỀ VIỆC BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG\n"
                     "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG" + BODY + CLOSING)
    assert decision.subject == "BAN HÀNH QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG"
    plan = parse("BỘ CHQS TỈNH LONG AN\nBAN CHQS HUYỆN ĐỨC HÒA\nSố: 412/KH-BCH\nĐức Hòa, ngày 07 tháng 4 năm 2016\n\n"
                 "KẾ HOẠCH\nDiễn tập chiến đấu phòng thủ xã\n\nNội dung diễn tập gồm ba bước./.\n\n"
                 "Nơi nhận: CHỈ HUY TRƯỞNG\n- Bộ CHQS tỉnh (b/c);\n- Công an huyện;\n"
                 "- Lưu: VT, TM. Thượng tá Võ Thành Lợi\n")
    assert plan.cc == ("Bộ CHQS tỉnh (b/c)", "Công an huyện", "Lưu: VT, TM")
    assert (plan.signer_title, plan.signer) == ("Chỉ huy trưởng", "Võ Thành Lợi")


def test_another_offices_copy_block_a_scans_hand_filled_number_and_day_and_a_mark_before_the_motto():
    """A district's "SAO Y BẢN CHÍNH" block under the province's letter is no part of its closing; a clerk's figures
    filled in by hand, read apart by the scan ("Số: l 2 /UBND-NNTNMT", "ngày .O4. tháng"); "KHẨN" between the issuer
    and the motto; a unit's last line run onto the place ("CHI CỤC THÚ Y VÙNG III Nghệ An, ngày …")."""
    letter = parse("UY BAN NHÂN DÂN CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH THÁI BÌNH Độc lập - Tự do - Hạnh phúc\n"
                   "Số: l 2 /UBND-NNTNMT Thái Bình, ngày .O4. tháng 01 năm 20l2\nV/v phòng, chống rét\n"
                   "Kính gửi: Các sở, ngành.\nỦy ban nhân dân tỉnh yêu cầu các đơn vị thực hiện nghiêm./.\n"
                   "Nơi nhận: KT. CHỦ TỊCH\n- Như trên; PHÓ CHỦ TỊCH\n- Lưu: VT, NNTNMT.\nTrần Quang Lợi\n"
                   "UBND HUYỆN VŨ THƯ SAO Y BẢN CHÍNH\nSố: l5 /SY-UBND Vũ Thư, ngày O6 tháng 0l năm 2012\n"
                   "Nơi nhận: TL. CHỦ TỊCH\n- UBND các xã; CHÁNH VĂN PHÒNG\n- Lưu: VT.\nVũ Thị Hảo\n")
    assert (letter.number, letter.date, letter.place) == ("12/UBND-NNTNMT", "2012-01-04", "Thái Bình")
    assert (letter.signing_authority, letter.signer_title, letter.signer) == ("KT. Chủ tịch", "Phó Chủ tịch",
                                                                              "Trần Quang Lợi")
    assert "SAO Y BẢN CHÍNH" in letter.body  # kept in the text, nothing dropped
    fax = parse("ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN VĂN LÂM Độc lập - Tự do - Hạnh phúc\n"
                "Số: ll2 /TB-UBND Văn Lâm, ngày 26 tháng S năm 2O2O\nTHÔNG BÁO\nKết luận của Chủ tịch UBND huyện"
                + BODY + CLOSING)
    assert (fax.number, fax.date, fax.place) == ("112/TB-UBND", "2020-05-26", "Văn Lâm")
    urgent = parse("ỦY BAN NHÂN DÂN KHẨN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN TIỀN HẢI Độc lập  Tự do  Hạnh phúc\n"
                   "Số: 74/GM-UBND Tiền Hải, ngày 20 tháng 4 năm 2016\nGIẤY MỜI\nDự Hội nghị tổng kết"
                   + BODY + CLOSING)
    assert urgent.issuer == "Ủy ban nhân dân huyện Tiền Hải"
    unit = parse("BỘ NÔNG NGHIỆP CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "VÀ PHÁT TRIỂN NÔNG THÔN Độc lập  Tự do  Hạnh phúc\nCỤC THÚ Y\n"
                 "CHI CỤC THÚ Y VÙNG III Nghệ An, ngày 14 tháng 4 năm 2020\nSố: 318/TYV3-DT\n"
                 "V/v kiểm soát vận chuyển lợn" + BODY + CLOSING)
    assert (unit.place, unit.issuer, unit.parent_issuer) == ("Nghệ An", "Chi cục Thú y vùng III", "Cục Thú y")


def test_a_partys_newspaper_as_issuer_and_a_tender_notices_title():
    """"TỈNH ỦY KON TUM" / "BÁO KON TUM": the newspaper, its editor signing; "THÔNG BÁO MỜI THẦU" is a notice's
    title, its subject below."""
    paper = parse("TỈNH ỦY KON TUM\nBÁO KON TUM\n*\nSố 318-CV/BKT\nV/v phối hợp thực hiện chuyên trang\n\n"
                  "ĐẢNG CỘNG SẢN VIỆT NAM\n\nKon Tum, ngày 09 tháng 9 năm 2013\n\nKính gửi: Ủy ban nhân dân các huyện."
                  "\n\nBáo Kon Tum đề nghị phối hợp./.\n\nKT. TỔNG BIÊN TẬP\nPHÓ TỔNG BIÊN TẬP\n\nNguyễn Văn An\n")
    assert (paper.issuer, paper.parent_issuer, paper.signer_title) == (
        "Báo Kon Tum", "Tỉnh ủy Kon Tum", "Phó Tổng biên tập")
    tender = parse("UBND HUYỆN HÀM THUẬN BẮC\nBAN QUẢN LÝ DỰ ÁN\nĐẦU TƯ XÂY DỰNG\nSố: 86/TB-BQLDA\n\n"
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                   "Hàm Thuận Bắc, ngày 12 tháng 7 năm 2016\n\nTHÔNG BÁO MỜI THẦU\nGói thầu số 04: Thi công xây dựng"
                   " công trình Trường Tiểu học Hàm Trí 2" + BODY + CLOSING)
    assert (tender.type, tender.subject) == (
        "Thông báo", "Gói thầu số 04: Thi công xây dựng công trình Trường Tiểu học Hàm Trí 2")


def test_page_foot_notes_under_a_rule_line_inside_a_number_cut_at_its_hyphen_and_a_trang_page_mark():
    """"… Thông tư số 05/2014/TT-" / "_____" / "1 Quyết định …" / "2" / "BTP ngày …": the notes under their rule go
    after the text and the number is read whole; so with "Trang 3/5" after a note the page break cut."""
    cut = parse("ỦY BAN NHÂN DÂN\nTỈNH THÁI BÌNH\nSố: 112/BC-UBND\n\nThái Bình, ngày 10 tháng 12 năm 2017\n\nBÁO CÁO\n"
                "Kết quả cải cách hành chính\n\nViệc công bố thủ tục thực hiện theo Thông tư số 05/2014/TT-\n"
                "________________________\n1 Quyết định số 225/QĐ-TTg ngày 04/02/2016 của Thủ tướng Chính phủ.\n"
                "2 Theo Quyết định số 09/2015/QĐ-TTg ngày 25/3/2015 của Thủ tướng Chính phủ;\n2\n"
                "BTP ngày 07/02/2014 của Bộ Tư pháp. Các cơ quan đã thực hiện./." + CLOSING)
    lost = parse("ỦY BAN NHÂN DÂN\nHUYỆN LẠC SƠN\nSố: 15/QĐ-UBND\n\nLạc Sơn, ngày 10 tháng 5 năm 2019\n\nQUYẾT ĐỊNH\n"
                 "Ban hành Quy chế\n\nViệc lập hồ sơ điện tử thực hiện theo Thông tư số 01/2019/TT\n__________\n"
                 "1 Gồm 12 cơ quan chuyên môn; việc kết nối thực hiện theo hướng dẫn của Sở Thông tin và Truyền\n"
                 "Trang 3/5\nBNV ngày 24/01/2019 của Bộ Nội vụ quy định quy trình./." + CLOSING)
    for letter, number in ((cut, "05/2014/TT-BTP"), (lost, "01/2019/TT-BNV")):
        assert number in [c.number for c in find_citations(letter)]


def test_numbers_with_a_capital_after_their_figures_a_units_dotted_code_and_a_cdcs_own_code():
    """A copy that lost its hyphens: "45A/TBSGDĐT", "1587/SGDĐTTCCB.TĐ", "1187/TTKSBTDD" (the CDC's "TTKSBT", no
    Thông tư's "TT"); "HỘI CTĐ" over its district's Hội Chữ thập đỏ."""
    from build_tools.numbers import repair_number

    assert [repair_number(n) for n in ("45A/TBSGDĐT", "1587/SGDĐTTCCB.TĐ", "1187/TTKSBTDD")] == [
        "45A/TB-SGDĐT", "1587/SGDĐT-TCCB.TĐ", "1187/TTKSBT-DD"]
    red_cross = parse("HỘI CTĐ TỈNH THANH HÓA\nHỘI CHỮ THẬP ĐỎ HUYỆN QUẢNG XƯƠNG\nSố: 12/TB-HCTĐ\n\n"
                      "Quảng Xương, ngày 05 tháng 3 năm 2018\n\nTHÔNG BÁO\nKết luận giao ban" + BODY + CLOSING)
    assert red_cross.parent_issuer == "Hội Chữ thập đỏ tỉnh Thanh Hóa"


def test_protected_areas_named_after_their_kind_and_the_initials_of_plant_protection():
    """"BAN QUẢN LÝ KHU BTTN NGỌC LINH" under the province's Sở, "VƯỜN QUỐC GIA BẠCH MÃ" under its ministry: the area's
    name is its own, no province added; "CHI CỤC TRỒNG TRỌT VÀ BVTV" is the Bảo vệ thực vật's."""
    header = ("{0}\n{1}\nSố: 27/TB-BQL\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
              "Kon Tum, ngày 02 tháng 3 năm 2019\n\nTHÔNG BÁO\nĐóng cửa rừng mùa khô" + BODY + CLOSING)
    for parent, issuer, named in (
            ("SỞ NN&PTNT KON TUM", "BAN QUẢN LÝ KHU BTTN NGỌC LINH", "Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh"),
            ("BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "VƯỜN QUỐC GIA BẠCH MÃ", "Vườn quốc gia Bạch Mã"),
            ("SỞ NÔNG NGHIỆP VÀ PTNT HẢI DƯƠNG", "CHI CỤC TRỒNG TRỌT VÀ BVTV",
             "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Hải Dương")):
        assert parse(header.format(parent, issuer)).issuer == named


def test_a_sectors_trade_union_under_its_federation_by_initials():
    """"LĐLĐ TỈNH YÊN BÁI" / "CĐ GIÁO DỤC YÊN BÁI": the Công đoàn Giáo dục under the Liên đoàn Lao động."""
    letter = parse("LĐLĐ TỈNH YÊN BÁI | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nCĐ GIÁO DỤC YÊN BÁI | Độc lập - Tự do"
                   " - Hạnh phúc\nSố: 112/CĐGD | Yên Bái, ngày 14 tháng 10 năm 2016\nV/v vận động ủng hộ quỹ"
                   + BODY + CLOSING)
    assert (letter.issuer, letter.parent_issuer) == ("Công đoàn Giáo dục Yên Bái", "Liên đoàn Lao động tỉnh Yên Bái")


def test_a_titles_footnote_marker_is_no_word_of_its_subject_in_text_or_word():
    """"Tòa án nhân dân huyện Diễn Châu năm 2024¹" under "THÔNG BÁO": the subject ends before the marker; in Word its
    bold paragraph, the marker after the bold ("**… năm 2024**¹") and the footnote set under it, still goes on with
    the line above; an editor without superscripts typed it "(1)"."""
    head = ("TÒA ÁN NHÂN DÂN TỈNH NGHỆ AN\nTÒA ÁN NHÂN DÂN\nHUYỆN DIỄN CHÂU\nSố: 05/TB-TA\n\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA"
            " VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nDiễn Châu, ngày 15 tháng 01 năm 2024\n\n")
    note = "\n\n¹ Thông báo này thay thế Thông báo số 03/TB-TA ngày 06/01/2023."
    text = parse(head + "THÔNG BÁO\nLịch tiếp công dân của Chánh án\nTòa án nhân dân huyện năm 2024¹" + BODY + CLOSING)
    word = parse(head + "**THÔNG BÁO**\n\n**Lịch tiếp công dân của Chánh án**\n\n**Tòa án nhân dân huyện năm 2024**¹"
                 + note + BODY + CLOSING)
    legacy = parse(head + "THÔNG BÁO\nLịch tiếp công dân của Chánh án\nTòa án nhân dân huyện năm 2024(1)"
                   + BODY + CLOSING)
    for letter in (text, word, legacy):
        assert letter.subject == "Lịch tiếp công dân của Chánh án Tòa án nhân dân huyện năm 2024"


def test_a_district_statistics_offices_code_in_a_copy_that_lost_its_hyphens():
    """"Số: 42/CCTKTTTT" (a PDF copy of the Chi cục Thống kê huyện Vũ Thư's letter): "CCTK-TTTT"."""
    from build_tools.numbers import repair_number

    assert repair_number("42/CCTKTTTT") == "42/CCTK-TTTT"


def test_older_letters_copies_under_nơi_gửi_and_a_stamp_run_onto_the_filed_copy():
    """"Nơi gửi:" heads the copies of letters of 2005–2010 ("T/M UBND" / "K/T CHỦ TỊCH" beside them); a signed PDF's
    stamp run on after the filed copy's units: "Lưu: VT, KT. Ngày ký: 17/06/2024 09:14" keeps "KT" (no "KT."
    signing)."""
    older = parse("UBND HUYỆN NGA SƠN\nSố: 215/UBND-VP\nV/v: chuẩn bị Tết\n\nNga Sơn, ngày 10 tháng 1 năm 2006\n\n"
                  "Kính gửi: UBND các xã, thị trấn.\n\nUBND huyện đề nghị thực hiện./.\n\nNơi gửi:\n- Như trên;\n"
                  "- TT Huyện ủy (để b/c);\n- Lưu VP.\n\nT/M UBND\nK/T CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n"
                  "(Đã ký và đóng dấu)\n\nMai Văn Thịnh\n")
    assert older.cc == ("Như trên", "TT Huyện ủy (để b/c)", "Lưu VP")
    assert (older.signing_authority, older.signer) == ("TM. Ủy ban nhân dân, KT. Chủ tịch", "Mai Văn Thịnh")
    signed = parse("CÔNG TY ĐIỆN LỰC GIA LAI\nSố: 12/TB-PCGL\n\nGia Lai, ngày 17 tháng 6 năm 2024\n\nTHÔNG BÁO\n"
                   "Ngừng cung cấp điện\n\nCông ty thông báo./.\nNơi nhận: KT. GIÁM ĐỐC\n Như trên; PHÓ GIÁM ĐỐC\n"
                   " Phòng ĐĐ, KT, KD; Cơ quan: Công ty Điện lực Gia Lai\n Lưu: VT, KT. Ngày ký: 17/06/2024 09:14\n"
                   "Nguyễn Hữu Thanh\n")
    assert signed.cc[-1] == "Lưu: VT, KT" and signed.signing_authority == "KT. Giám đốc"


def test_a_title_a_narrow_web_cell_broke_a_college_of_a_field_and_a_decision_maker_glued_to_the_subject(tmp_path):
    """"GIẤY" / "MỜI" is one title; "TRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT" under its province's committee is named with
    the province, its field cased as written; "… đoạn qua xã Nghĩa HàCHỦ TỊCH ỦY BAN NHÂN DÂN XÃ …": the subject ends
    at the place's "Hà" (no "XÃ" whose tilde a PDF lost: the word before is no capitals')."""
    invitation = parse("UBND HUYỆN XUÂN LỘC\nỦY BAN NHÂN DÂN XÃ XUÂN BẮC\n|\nSố: 27/GM-UBND\n|\nXuân Bắc, ngày 14"
                       " tháng 9 năm 2016\n|\nGIẤY\nMỜI\nDự Hội nghị triển khai công tác rà soát hộ nghèo\n\n"
                       "Ủy ban nhân dân xã trân trọng kính mời:\n- Đại diện Thường trực Đảng ủy xã./." + CLOSING)
    assert (invitation.type, invitation.subject) == ("Giấy mời", "Dự Hội nghị triển khai công tác rà soát hộ nghèo")
    college = parse("UBND TỈNH ĐỒNG THÁP\nTRƯỜNG CAO ĐẲNG KINH TẾ - KỸ THUẬT\nSố: 142/TB-CĐKTKT\n\nCao Lãnh, ngày 12"
                    " tháng 5 năm 2021\n\nTHÔNG BÁO\nTuyển sinh năm 2021" + BODY + CLOSING)
    assert college.issuer == "Trường Cao đẳng Kinh tế - Kỹ thuật Đồng Tháp"
    glued = read_and_parse(tmp_path, "UBND XÃ NGHĨA HÀ\nSố: 85/QĐ-UBND\n\nNghĩa Hà, ngày 05 tháng 3 năm 2024\n\n"
                           "QUYẾT ĐỊNH\nThành lập Tổ Công tác bờ sông Trà Khúc đoạn qua xã Nghĩa HàCHỦ TỊCH ỦY BAN NHÂN"
                           " DÂN XÃ NGHĨA HÀ" + BODY + CLOSING)
    assert glued.subject == "Thành lập Tổ Công tác bờ sông Trà Khúc đoạn qua xã Nghĩa Hà"


def test_the_one_addressee_on_a_line_of_its_own_its_address_or_the_text_below():
    """"Kính gửi:" / "Công ty TNHH May mặc Phú Giáo Việt Nam" / "(Đ/c: Lô D3, …)", and "Kính gửi:" / "Sở Tài chính tỉnh
    Bình Dương" / "Trả lời Công văn số …" (a ministry's reply opens so): the one addressee."""
    head = "BỘ TÀI CHÍNH\nSố: 3318/BTC-LĐTL\nV/v thời giờ làm thêm\n\nHà Nội, ngày 29 tháng 8 năm 2016\n\nKính gửi:\n"
    text = "Trả lời Công văn số 27/2016/CV-PG ngày 04/8/2016 của Công ty, Bộ có ý kiến như sau:\n\nBộ trả lời./.\n"
    company = parse(head + "Công ty TNHH May mặc Phú Giáo Việt Nam\n(Đ/c: Lô D3, Khu công nghiệp Tân Đông Hiệp B, thị"
                    " xã Dĩ\nAn, tỉnh Bình Dương)\n" + text)
    department = parse(head + "Sở Tài chính tỉnh Bình Dương\n" + text)
    assert company.recipients == ("Công ty TNHH May mặc Phú Giáo Việt Nam",)
    assert department.recipients == ("Sở Tài chính tỉnh Bình Dương",)


def test_forest_fire_and_social_policy_banks_initials_an_offices_initials_after_a_semicolon_and_a_plots_address():
    """"… VÀ PCCCR TỈNH QUẢNG BÌNH" is "phòng cháy, chữa cháy rừng", "NGÂN HÀNG CSXH" the Ngân hàng Chính sách xã hội;
    "- Các Vụ: KHTC, CSDT; VPĐP;" keeps the office after its ";" (initials, no seal's ring); "Kính gửi: Công ty TNHH …
    (Lô CN5, Khu công nghiệp Đông Mai, …)": the address is no part of the name."""
    forest = parse("UBND TỈNH QUẢNG BÌNH\nBAN CHỈ HUY CÁC VẤN ĐỀ CẤP BÁCH TRONG BẢO VỆ RỪNG VÀ PCCCR\nSố: 12/BCH\n"
                   "V/v bảo vệ rừng\n\nQuảng Bình, ngày 02 tháng 4 năm 2007" + BODY + CLOSING)
    assert forest.issuer == ("Ban Chỉ huy các vấn đề cấp bách trong bảo vệ rừng và phòng cháy, chữa cháy rừng tỉnh"
                             " Quảng Bình")
    bank = parse("NGÂN HÀNG CSXH\nCHI NHÁNH TỈNH QUẢNG NGÃI\nSố: 412/TB-NHCS\n\nQuảng Ngãi, ngày 02 tháng 4 năm 2016"
                 "\n\nTHÔNG BÁO\nChỉ tiêu cho vay bổ sung" + BODY + CLOSING)
    assert (bank.issuer, bank.parent_issuer) == ("Ngân hàng Chính sách xã hội chi nhánh tỉnh Quảng Ngãi",
                                                 "Ngân hàng Chính sách xã hội")
    ministry = parse("SỞ KẾ HOẠCH VÀ ĐẦU TƯ QUẢNG NINH\nSố: 3361/SKHĐT-XTĐT\nV/v điều chỉnh tiến độ\n\nQuảng Ninh,"
                     " ngày 5 tháng 9 năm 2019\n\nKính gửi: Công ty TNHH Công nghệ Vật liệu Đông Mai (Lô CN5, Khu công"
                     " nghiệp Đông Mai, thị xã Quảng Yên).\n\nSở có ý kiến như sau./.\n\nNơi nhận:\n- Như trên;\n- Các"
                     " Vụ: KHTC, CSDT; VPĐP;\n- Lưu: VT, TH.\n\nGIÁM ĐỐC\n\nNguyễn Văn A\n")
    assert ministry.recipients == ("Công ty TNHH Công nghệ Vật liệu Đông Mai",)
    assert ministry.cc == ("Như trên", "Các Vụ: KHTC, CSDT; VPĐP", "Lưu: VT, TH")


def test_a_former_ministrys_code_and_a_district_offices_code_with_its_ampersand_in_copies_that_lost_hyphens():
    """"60/2006/TTLTBVHTTBBCVTBCA": the Bộ Bưu chính, Viễn thông's "BBCVT" among the joint circular's issuers;
    "318/PGD&ĐTTH": the Phòng GD&ĐT's "PGD&ĐT" and its unit."""
    from build_tools.numbers import repair_number

    assert [repair_number(n) for n in ("60/2006/TTLTBVHTTBBCVTBCA", "318/PGD&ĐTTH")] == [
        "60/2006/TTLT-BVHTT-BBCVT-BCA", "318/PGD&ĐT-TH"]
    # central offices' codes: the Cục Đường thủy nội địa's, the Cục Hàng không's, the Hội đồng bầu cử quốc gia's, the
    # Cục Sở hữu trí tuệ's, each before its unit
    assert [repair_number(n) for n in ("2156/CĐTNĐVT", "2317/CHKQLC", "356/HĐBCQGVP", "4518/SHTTTTKN")] == [
        "2156/CĐTNĐ-VT", "2317/CHK-QLC", "356/HĐBCQG-VP", "4518/SHTT-TTKN"]
    assert repair_number("41/UBBCVP") == "41/UBBC-VP"  # an election committee's (Ủy ban bầu cử), no "UB-BCVP"


def test_a_posts_header_typed_again_on_a_line_or_two_and_its_signature_on_one():
    """A commune's page that typed the letter again: "UBND HUYỆN THIỆU HÓA - UBND XÃ THIỆU GIAO. Số: 87/TB-UBND. Thiệu
    Giao, ngày 14 tháng 5 năm 2024" on one line, the motto with its place after a dash or a stop ("… - Hạnh phúc - Duy
    Xuyên, ngày …"), the signature's parts apart by dashes and a colon ("TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH: Lê Văn Thắng
    (đã ký)", "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH - Đỗ Quang Huy (Đã ký)")."""
    text = ("THÔNG BÁO\nVề việc rà soát nhà tạm\nThực hiện Kế hoạch số 112/KH-UBND ngày 06/5/2024 của UBND huyện Thiệu"
            " Hóa,\nỦy ban nhân dân xã thông báo./.\n")
    one_line = parse("UBND HUYỆN THIỆU HÓA - UBND XÃ THIỆU GIAO. Số: 87/TB-UBND. Thiệu Giao, ngày 14 tháng 5 năm 2024\n"
                     + text + "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH: Lê Văn Thắng (đã ký)\n")
    assert (one_line.number, one_line.date, one_line.place) == ("87/TB-UBND", "2024-05-14", "Thiệu Giao")
    assert (one_line.issuer, one_line.parent_issuer) == ("Ủy ban nhân dân xã Thiệu Giao",
                                                         "Ủy ban nhân dân huyện Thiệu Hóa")
    assert (one_line.signing_authority, one_line.signer_title, one_line.signer) == (
        "TM. Ủy ban nhân dân", "Chủ tịch", "Lê Văn Thắng")
    for motto in ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM - Độc lập - Tự do - Hạnh phúc - Duy Xuyên, ngày 22 tháng 6 năm"
                  " 2017", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. Độc lập - Tự do - Hạnh phúc. Duy Xuyên, ngày 22 tháng 6"
                  " năm 2017."):
        letter = parse("ỦY BAN NHÂN DÂN HUYỆN DUY XUYÊN\nSố: 612/UBND-VX\n" + motto + "\nKính gửi: UBND các xã.\n"
                       + text + "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH - Đỗ Quang Huy (Đã ký)\n")
        assert (letter.date, letter.place) == ("2017-06-22", "Duy Xuyên")
        assert (letter.signing_authority, letter.signer_title, letter.signer) == (
            "KT. Chủ tịch", "Phó Chủ tịch", "Đỗ Quang Huy")
