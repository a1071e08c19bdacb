"""Finding and resolving citations: each phrasing of the samples has a case of its own."""

from __future__ import annotations

import pytest

from build_tools.cite import find_citations
from build_tools.model import SourceText
from build_tools.parse import parse_letter
from build_tools.text import fold

PROVINCE_LETTER = """ỦY BAN NHÂN DÂN
TỈNH SÓC TRĂNG

Số: 10/UBND-TH

Sóc Trăng, ngày 02 tháng 5 năm 2024

V/v thử nghiệm

Kính gửi: Các sở, ngành tỉnh.

{body}

Nơi nhận:
- Lưu: VT.

CHỦ TỊCH

Trần Văn A
"""
DISTRICT_LETTER = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "HUYỆN TUY PHƯỚC").replace(
    "Sóc Trăng, ngày", "Tuy Phước, ngày"
)


def cite(body: str, template: str = PROVINCE_LETTER) -> list[dict]:
    letter = parse_letter(SourceText("test.txt", template.format(body=body), "utf-8", "text"))
    return [c.to_json() for c in find_citations(letter)]


def cite_read(tmp_path, body: str) -> list:
    """The citations of a letter written to a file and read as the build reads it: the reader mends a copy's damage
    ("Quyết định137/QĐ-TTg") before the parser sees it, which `cite` skips."""
    from build_tools.pipeline import process_letter

    path = tmp_path / "letter.txt"
    path.write_text(PROVINCE_LETTER.format(body=body), encoding="utf-8")
    return list(process_letter(path).citations)


def only(body: str, template: str = PROVINCE_LETTER) -> dict:
    found = cite(body, template)
    assert len(found) == 1, found
    return found[0]


def test_type_number_date_issuer():
    c = only("Thực hiện Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ về nhiệm vụ năm 2024.")
    assert (c["type"], c["number"], c["date"], c["issuer"]) == ("Nghị quyết", "01/NQ-CP", "2024-01-05", "Chính phủ")
    assert c["subject"] == "nhiệm vụ năm 2024"


def test_numbers_sharing_type_and_date():
    found = cite("Quyết định số 12689/QĐ-UBND, số 12699/QĐ-UBND ngày 27/12/2023 của UBND tỉnh.")
    assert [(c["type"], c["number"], c["date"]) for c in found] == [
        ("Quyết định", "12689/QĐ-UBND", "2023-12-27"),
        ("Quyết định", "12699/QĐ-UBND", "2023-12-27"),
    ]


def test_one_issuer_for_a_list_resolved_to_the_province_above_a_district():
    found = cite("Thực hiện Văn bản số 9495/UBND-TH ngày 14/12/2023, Quyết định số 4647/QĐ-UBND ngày "
                 "14/12/2023 của UBND tỉnh và Nghị quyết của Huyện uỷ.", DISTRICT_LETTER)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Bình Định"] * 2
    assert [c["issuer_text"] for c in found] == ["UBND tỉnh"] * 2


def test_a_council_whose_name_holds_a_comma_and_and():
    """"Hội đồng bồi thường, hỗ trợ và tái định cư huyện": one body, its "và" no end of the name."""
    c = only("Xét Biên bản thẩm định số 09/BB-HĐBT ngày 24/02/2006 của Hội đồng bồi thường, hỗ trợ và tái định cư "
             "huyện, đề nghị phê duyệt.", DISTRICT_LETTER)
    assert c["issuer"] == "Hội đồng bồi thường, hỗ trợ và tái định cư huyện Tuy Phước"


def test_an_issuer_the_clause_names_before_its_document_and_names_that_hold_an_end_word():
    """Forms of a Sở's tờ trình and giấy mời: "UBND huyện X có Công văn số …" names the issuer before the
    type; "gửi" ends an issuer ("của Sở Y tế gửi Sở Tài chính"); "giao thông" does not ("Ban An toàn giao
    thông tỉnh")."""
    c = only("Đồng thời UBND huyện Lạc Dương có Công văn số 1042/UBND-NN ngày 15/6/2022 đề nghị bổ sung.")
    assert c["issuer"] == "Ủy ban nhân dân huyện Lạc Dương"
    c = only("Kèm theo Công văn số 2391/SYT-KHTC ngày 31/8/2021 của Sở Y tế gửi Sở Tài chính về giá gói thầu.")
    assert c["issuer"] == "Sở Y tế tỉnh Sóc Trăng"
    c = only("Thực hiện Kế hoạch số 42/KH-BATGT ngày 01/12/2017 của Ban An toàn giao thông tỉnh, Sở tổ chức họp.")
    assert c["issuer"] == "Ban An toàn giao thông tỉnh Sóc Trăng"
    c = only("Theo Báo cáo số 28/BC-BCH ngày 3/8/2021 của Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và "
             "phòng thủ dân sự tỉnh về tình hình mưa lũ.")
    assert c["issuer"] == "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự tỉnh Sóc Trăng"


def test_a_district_whose_name_holds_an_apostrophe_completes_its_bodies():
    letter = DISTRICT_LETTER.replace("HUYỆN TUY PHƯỚC", "HUYỆN ĐẮK R'LẤP").replace("Tuy Phước, ngày", "Đắk R'Lấp, ngày")
    c = only("Tiếp tục thực hiện Nghị quyết số 12-NQ/HU ngày 28/12/2017 của Huyện ủy về phát triển kinh tế.", letter)
    assert c["issuer"] == "Huyện ủy Đắk R'Lấp"


def test_a_special_zones_letter_completes_its_own_bodies_and_its_province():
    """Since July 2025 a special zone (đặc khu) stands at a commune's level: "ĐẶC KHU LÝ SƠN" is in Quảng Ngãi."""
    zone = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "ĐẶC KHU LÝ SƠN").replace("Sóc Trăng, ngày", "Lý Sơn, ngày")
    found = cite("Thực hiện Công văn số 5120/UBND-KTN ngày 08/9/2025 của UBND tỉnh; theo Kế hoạch số 27/KH-UBND "
                 "ngày 22/7/2025, Ủy ban nhân dân đặc khu yêu cầu.", zone)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Quảng Ngãi", "Ủy ban nhân dân đặc khu Lý Sơn"]


def test_copies_that_dropped_a_letter_or_a_space_or_broke_a_line():
    """A font that dropped "ố" ("Quyết định s 451/QĐ-TTg"), a date's words glued ("22tháng 7"), an issuer told
    before its type across a line ("Chính\nphủ đã ban hành …")."""
    c = only("Căn cứ Quyết định s 451/QĐ-TTg ngày 22tháng 4 năm2019 của Thủ tướng Chính phủ phê duyệt Đề án;")
    assert (c["number"], c["date"], c["issuer"]) == ("451/QĐ-TTg", "2019-04-22", "Thủ tướng Chính phủ")
    c = only("Ngày 21/10/2009, Chính\nphủ đã ban hành Nghị định số 91/2009/NĐ-CP về kinh doanh vận tải.")
    assert (c["date"], c["issuer"]) == ("2009-10-21", "Chính phủ")
    c = only("Triển khai Côngđiện số 27/CĐ-UBND ngày 03/9/2022 của UBND tỉnh về ứng phó bão;")  # a lost space
    assert (c["type"], c["number"], c["date"]) == ("Công điện", "27/CĐ-UBND", "2022-09-03")


def test_a_companys_name_with_and_a_branch_named_by_its_province_and_a_joint_plan_of_two_sectors():
    """Forms of general departments' letters: "Công ty Cổ phần Thương mại và Dịch vụ …" is one name up to
    what it asks ("đề nghị"); a treasury's branch "Kho bạc Nhà nước Vĩnh Long" places "của UBND tỉnh"; a
    "Kế hoạch liên ngành …/KHLN-BHXH-SGDĐT" names both bodies."""
    c = only("Công ty nhận được công văn số 0916/2022/CV-MPH ngày 16/3/2022 của Công ty Cổ phần Thương mại và Dịch vụ "
             "Minh Phát Hưng đề nghị hướng dẫn.")
    assert c["issuer"] == "Công ty Cổ phần Thương mại và Dịch vụ Minh Phát Hưng"
    treasury = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG",
                                       "KHO BẠC NHÀ NƯỚC\nKHO BẠC NHÀ NƯỚC VĨNH LONG")
    c = only("Các công trình theo Quyết định số 1044/QĐ-UBND ngày 20/6/2013 của UBND tỉnh phải được phân bổ.", treasury)
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Vĩnh Long"
    c = only("Thực hiện Kế hoạch liên ngành số 1206/KHLN-BHXH-SGDĐT ngày 02/8/2018 của Bảo hiểm xã hội tỉnh\n"
             "và Sở Giáo dục và Đào tạo về bảo hiểm y tế học sinh.")
    assert c["issuer"] == "Bảo hiểm xã hội tỉnh Sóc Trăng và Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"


def test_a_list_of_numbers_under_one_issuer():
    found = cite("Căn cứ các Nghị định của Chính phủ: số 158/2016/NĐ-CP ngày 29 tháng 11 năm 2016 quy định chi tiết "
                 "thi hành Luật Khoáng sản; số 33/2017/NĐ-CP ngày 03 tháng 4 năm 2017 quy định về xử phạt;")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("158/2016/NĐ-CP", "2016-11-29", "Chính phủ"), ("33/2017/NĐ-CP", "2017-04-03", "Chính phủ")]
    assert {c["type"] for c in found} == {"Nghị định"}


def test_a_steering_committee_named_by_its_head_and_a_purpose_holding_so_and_and():
    c = only("Ban hành kèm theo Quyết định số 1676/QĐ-BCĐTW ngày 06/11/2018 của Trưởng Ban Chỉ đạo Tổng điều tra dân "
             "số và nhà ở Trung ương.")
    assert c["issuer"].casefold() == "ban chỉ đạo tổng điều tra dân số và nhà ở trung ương"


@pytest.mark.parametrize("clause", ["chỉ đạo thực hiện", "đồng ý chủ trương", "thống nhất chủ trương", "ủy quyền cho",
                                    "bố trí vốn", "thành lập Ban"])
def test_what_the_committee_did_after_its_name_names_no_commune(clause):
    """"của UBND tỉnh đồng ý chủ trương": "đồng ý" is no commune "Đồng Ý" (a place's name has its capital), and
    "tỉnh ủy quyền" no Tỉnh ủy."""
    c = only(f"Thực hiện Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh {clause} năm 2024.")
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


@pytest.mark.parametrize(("organ", "issuer"), [
    ("Sở Tài chính", "Sở Tài chính tỉnh Bình Định"),
    ("Phòng Tài chính - Kế hoạch huyện", "Phòng Tài chính - Kế hoạch huyện Tuy Phước"),
    ("Ban Tuyên giáo Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy Bình Định")])
@pytest.mark.parametrize("clause", ["chủ trì", "kiểm tra", "gửi các xã", "liên quan", "V/v triển khai"])
def test_a_body_named_by_its_field_ends_where_running_text_goes_on(organ, issuer, clause):
    c = only(f"Thực hiện Kế hoạch số 12/KH-XX ngày 05/01/2024 của {organ} {clause} năm 2024.", DISTRICT_LETTER)
    assert c["issuer"] == issuer


def test_the_fronts_thong_tri():
    c = only("Thực hiện Thông tri số 12/TTr-MTTW ngày 3/4/2024 của Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.")
    assert (c["type"], c["number"], c["date"]) == ("Thông tri", "12/TTr-MTTW", "2024-04-03")


def test_a_lost_hyphen_copy_keeps_a_code_that_is_its_issuers_initials():
    found = cite("Thực hiện Công văn số 112/VPĐP ngày 03/6/2014 của Văn phòng Điều phối Chương trình nông thôn mới "
                 "tỉnh và Quyết định số 800/QĐTTg ngày 04/6/2010 của Thủ tướng Chính phủ.")
    assert [c["number"] for c in found] == ["112/VPĐP", "800/QĐ-TTg"]


def test_a_district_letter_placed_by_the_former_province_its_text_names():
    """"huyện Ứng Hòa" is Hà Nội's since 2008; a 2006 letter naming "UBND tỉnh Hà Tây" was Hà Tây's, and so is
    its "của UBND tỉnh". The head of a fund is cited for the fund."""
    letter = DISTRICT_LETTER.replace("HUYỆN TUY PHƯỚC", "HUYỆN ỨNG HÒA").replace("Tuy Phước, ngày", "Ứng Hòa, ngày")
    found = cite("Căn cứ Quyết định số 289/2005/QĐ-UB ngày 7/3/2005 của UBND tỉnh Hà Tây; Quyết định số 1736/QĐ-UBND "
                 "ngày 12/10/2005 của Chủ tịch UBND tỉnh; Quyết định số 112/QĐ-QĐTPT ngày 3/3/2006 của Giám đốc "
                 "Quỹ Đầu tư phát triển tỉnh Hà Tây.", letter)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Hà Tây"] * 2 + ["Quỹ Đầu tư phát triển tỉnh Hà Tây"]
    # Not a neighbour's province across the border, nor the capital of "V/v" after "tỉnh".
    c = only("Hợp tác với tỉnh Hủa Phăn (Lào) theo Kế hoạch số 12/KH-UBND ngày 5/1/2024 của UBND tỉnh V/v biên giới.",
             DISTRICT_LETTER)
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Bình Định"


@pytest.mark.parametrize(("number", "issuer"), [
    ("01/NQ-CP", "Chính phủ"),
    ("142/2024/QH15", "Quốc hội"),
    ("977-QĐ/TU", "Tỉnh ủy Sóc Trăng"),
    ("24-NQ/TU", "Tỉnh ủy Sóc Trăng"),
    ("09-CTr/TU", "Tỉnh ủy Sóc Trăng"),
    ("01/Ctr-UBND", "Ủy ban nhân dân tỉnh Sóc Trăng"),
    ("98/BC-ĐGS", None),
    ("539/TTg-QHĐP", "Thủ tướng Chính phủ"),
    ("2367/VPCP-TKBT", "Văn phòng Chính phủ"),
])
def test_number_forms_and_the_issuer_their_code_names(number, issuer):
    c = only(f"Căn cứ Văn bản số {number} ngày 19/7/2024 về triển khai.")
    assert c["number"] == number
    assert c["issuer"] == issuer


def test_comma_before_the_date():
    c = only("Thực hiện Kế hoạch số 129/KH-UBND, ngày 22/12/2022 của Ủy ban nhân dân tỉnh thực hiện nhiệm vụ.")
    assert c["date"] == "2022-12-22"
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


def test_date_after_the_issuer_and_a_year_a_pdf_copy_split():
    """Forms of provincial plans' web copies: the date after "của …", a space inside the year."""
    c = only("Căn cứ Nghị định số 38/2023/NĐ-CP của Chính phủ ngày 24 tháng 6 năm 2023 sửa đổi một số điều;")
    assert (c["date"], c["issuer"]) == ("2023-06-24", "Chính phủ")
    c = only("Căn cứ Quyết định số 24/2021/QĐ-TTg ngày 16/7/20 21 của Thủ tướng Chính phủ quy định quy trình;")
    assert (c["date"], c["issuer"]) == ("2021-07-16", "Thủ tướng Chính phủ")
    # A copy ran "ngày" into the date: the date still read, and the issuer named after it.
    c = only("Thực hiện Chỉ thị số 45-CT/TW ngày20/6/2020 của Bộ Chính trị về lãnh đạo cuộc bầu cử;")
    assert (c["date"], c["issuer"]) == ("2020-06-20", "Bộ Chính trị")


def test_an_issuer_abbreviated_with_an_ampersand():
    """"của Sở GD&ĐT": the body is escaped Markdown, and "&amp;" is no end of the issuer's words."""
    c = only("Thực hiện Công văn số 845/SGDĐT-GDTH ngày 02/4/2019 của Sở GD&ĐT về việc hướng dẫn, Ủy ban báo cáo.")
    assert (c["issuer_text"], c["issuer"]) == ("Sở GD&ĐT", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng")


def test_date_only_in_the_footnote():
    body = ("Theo Nghị quyết số 63/NQ-CP của Chính phủ⁷ về tăng trưởng.\n\n"
            "⁷ Nghị quyết số 63/NQ-CP ngày 29/6/2021 của Chính phủ về các nhiệm vụ")
    c = only(body)
    assert c["date"] == "2021-06-29"
    assert c["count"] == 2
    assert c["in_footnote"] == [False, True]


def test_same_document_many_times_is_one_document():
    body = " ".join(["theo Kế hoạch số 32/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân tỉnh;"] * 4)
    c = only(body)
    assert c["count"] == 4 and len(c["spans"]) == 4


def test_chairman_of_the_committee_means_the_committee():
    c = only("Theo Chỉ thị số 05/CT-UBND ngày 25/4/2023 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng.")
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


@pytest.mark.parametrize("body, issuer", [
    ("theo Kế hoạch số 32/KH-UBND ngày 22/02/2024 của Ủy ban nhân dân tỉnh Sóc Trăng Kịch bản tăng trưởng",
     "Ủy ban nhân dân tỉnh Sóc Trăng"),
    # a guide's subject with no "về": "của Ban Bí thư một số vấn đề cụ thể …"
    ("theo Hướng dẫn số 01-HD/TW, ngày 20/9/2016 của Ban Bí thư một số vấn đề cụ thể thi hành Điều lệ Đảng",
     "Ban Bí thư"),
])
def test_issuer_name_ends_where_the_sentence_goes_on(body, issuer):
    assert only(body)["issuer_text"] == issuer


def test_unknown_province_stays_unknown():
    notice = ("THÔNG BÁO\n\nKết luận hội nghị\n\n{body}\n\nNơi nhận:\n- Lưu: VT.\n\n"
              "KT. CHÁNH VĂN PHÒNG\nPHÓ CHÁNH VĂN PHÒNG\n\nĐặng Vũ Bằng\n")
    c = only("Báo cáo số 236/BC-UBND ngày 07/7/2021 của UBND tỉnh về kiểm điểm.", notice)
    assert c["issuer"] is None and c["issuer_text"] == "UBND tỉnh"


@pytest.mark.parametrize("text", [
    "Rà soát số liệu, đẩy mạnh chuyển đổi số trong năm.",
    "Tăng trưởng 6,01%; xếp hạng 62/63 tỉnh thành; 45 Trạm y tế; ngày 27/7/1947.",
    "Quy chế làm việc của Tỉnh ủy và Nghị quyết Tỉnh ủy.",
    "quý I/2024 đạt 4,44%",
])
def test_running_text_is_not_a_citation(text):
    assert cite(text) == []


def test_spans_point_at_the_wording_as_written():
    body = "Thực hiện Quyết định số 3019/QÐ-UBND ngày 30/11/2023 về chương trình."  # Ð (U+00D0) look-alike
    letter = parse_letter(SourceText("t.txt", PROVINCE_LETTER.format(body=body), "utf-8", "text"))
    (citation,) = find_citations(letter)
    mention = citation.mentions[0]
    assert letter.body[mention.start : mention.end] == "Quyết định số 3019/QÐ-UBND"
    assert mention.text == "Quyết định số 3019/QÐ-UBND"


def test_a_joint_document_names_all_its_issuers():
    """A joint circular or resolution (liên tịch) is issued by several bodies: each is read, past the "và"
    inside a field's name ("Tài nguyên và Môi trường"); with no "của", its number's codes name them."""
    three = only("Căn cứ Thông tư liên tịch số 07/2015/TTLT-BTNMT-BNV-BTC ngày 26/02/2015 của Bộ Tài nguyên và"
                 " Môi trường, Bộ Nội vụ và Bộ Tài chính hướng dẫn thực hiện.")
    assert three["issuer"] == "Bộ Tài nguyên và Môi trường, Bộ Nội vụ và Bộ Tài chính"
    assert three["issuer_text"] == three["issuer"]  # as written
    by_codes = only("Căn cứ Thông tư liên tịch số 50/2015/TTLT-BYT-BNV ngày 11/12/2015 hướng dẫn chức năng.")
    assert by_codes["issuer"] == "Bộ Y tế và Bộ Nội vụ"
    one = only("Căn cứ Thông tư số 59/2003/TT-BTC ngày 23/6/2003 của Bộ Tài chính và Nghị quyết của Hội đồng.")
    assert one["issuer"] == "Bộ Tài chính"  # not a joint document: its "và" ends the issuer


def test_a_department_named_by_its_kind_alone_in_a_committees_letter_is_the_one_its_code_names():
    """"của Sở" in a committee's letter is not the letter's own organ: the number's code "SNN" says which."""
    c = only("Thực hiện Công văn số 1107/SNN-TS ngày 12/8/2010 của Sở về xử lý ao nuôi.")
    assert (c["issuer_text"], c["issuer"]) == ("Sở", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng")


COMMUNE_LETTER = """ỦY BAN NHÂN DÂN
XÃ PHÚ LÂM

Số: 70/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phú Lâm, ngày 05 tháng 4 năm 2022

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

{body}

Điều 1. Thành lập Tổ công tác.
"""


def test_a_communes_letter_takes_its_district_and_province_from_the_places_its_text_names():
    """"xã Phú Lâm" is a commune's name in several provinces; the letter's text names "huyện Tiên Du", which
    holds one: "của UBND huyện" is Tiên Du's committee, "của UBND tỉnh" Bắc Ninh's."""
    found = cite("Căn cứ Kế hoạch số 146/KH-UBND ngày 18/3/2022 của UBND tỉnh triển khai Đề án 06; Quyết định số"
                 " 512/QĐ-UBND ngày 28/3/2022 của UBND huyện về Tổ công tác Đề án 06 huyện Tiên Du;", COMMUNE_LETTER)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân huyện Tiên Du"]


def test_a_steering_board_names_itself_short():
    board = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TỈNH SÓC TRĂNG\n"
                                    "BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19")
    c = only("Triển khai xét nghiệm theo Kế hoạch số 231/KH-BCĐ ngày 3/8/2021 của Ban Chỉ đạo tỉnh.", board)
    assert c["issuer"] == "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng"


def test_a_wards_city_known_by_its_district_kind_and_a_spaced_list_dash():
    """"quận Tân Phú" is Hồ Chí Minh's ("huyện Tân Phú" is Đồng Nai's): "của Ủy ban nhân dân Thành phố" in a ward's
    letter under it is the city's."""
    ward = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN QUẬN TÂN PHÚ\nỦY BAN NHÂN DÂN\n"
                                   "PHƯỜNG PHÚ THỌ HÒA").replace("Sóc Trăng, ngày", "Tân Phú, ngày")
    c = only("Căn cứ Chỉ thị số 06/CT-UBND ngày 07/02/2020 của Ủy ban nhân dân Thành phố về phòng, chống dịch.", ward)
    assert c["issuer"] == "Ủy ban nhân dân Thành phố Hồ Chí Minh"


def test_an_issuer_that_announces_and_one_named_before_its_document_across_a_wrap():
    c = only("² Quyết định số 1038/QĐ-UBND ngày 04/5/2012 của Chủ tịch UBND tỉnh công bố bộ thủ tục hành chính "
             "thuộc thẩm quyền giải quyết của UBND cấp huyện.")
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"
    c = only("Theo đề nghị của Trưởng phòng\nKinh tế và Hạ tầng huyện tại Tờ trình số 156/TTr-KTHT ngày 02/10/2019.",
             DISTRICT_LETTER)
    assert c["issuer"] == "Phòng Kinh tế và Hạ tầng huyện Tuy Phước"


def test_a_steering_boards_purpose_up_to_the_documents_own_about():
    c = only("Căn cứ Kế hoạch số 01-KH/BCĐTW ngày 20/3/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công "
             "nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào Bình dân học vụ số;")
    assert c["issuer"] == ("Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
                           "đổi số")
    assert c["subject"].startswith("triển khai phong trào")


def test_a_city_under_the_centre_has_a_thanh_uy_and_ho_chi_minh_city_is_named_with_its_kind():
    """A "…-KH/TU" in a city's letter is its Thành ủy's, never a "Tỉnh ủy Hà Nội"; "Thành phố Hồ Chí Minh" is
    the city's name, as its committee and its party committee write it ("Thành ủy Thành phố Hồ Chí Minh")."""
    body = ("Căn cứ Kế hoạch số 40-KH/TU ngày 3/8/2023; Kế hoạch số 41-KH/TU ngày 4/8/2023 của Ban Thường vụ Thành ủy;"
            " Công văn số 55/UBND-VX ngày 1/7/2023 của Ủy ban nhân dân Thành phố.")
    for city, committee, council in (
            ("HÀ NỘI", "Thành ủy Hà Nội", "Ủy ban nhân dân thành phố Hà Nội"),
            ("HỒ CHÍ MINH", "Thành ủy Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh")):
        letter = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", f"THÀNH PHỐ {city}").replace("Sóc Trăng, ngày", "Ngày")
        assert [c["issuer"] for c in cite(body, letter)] == [committee, f"Ban Thường vụ {committee}", council]


def test_a_laws_long_name_may_hold_words_that_end_other_names():
    """"thực hiện", "của", "tại" and commas inside a law's or an ordinance's name, whose number says what it is."""
    found = cite("Căn cứ Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11 ngày 20/4/2007;"
                 " Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13;"
                 " Kế hoạch thực hiện Luật Đất đai số 45/2013/QH13 của UBND tỉnh.")
    assert [(c["type"], c["number"]) for c in found] == [
        ("Pháp lệnh", "34/2007/PL-UBTVQH11"), ("Luật", "47/2014/QH13"), ("Luật", "45/2013/QH13")]


def test_a_decisions_kind_named_before_its_number_in_six_words_or_a_bracketed_round():
    """"Quyết định giải quyết khiếu nại (lần hai) số …" and "Quyết định xử phạt vi phạm hành chính số …": the
    issuer told before the first is the document's, as it is cited again later without it."""
    found = cite("Ngày 28 tháng 12 năm 2012, Chủ tịch UBND tỉnh đã ban hành Quyết định giải quyết khiếu nại (lần hai)"
                 " số 2215/QĐ-UBND; Công an huyện có Quyết định xử phạt vi phạm hành chính số 41/QĐ-XPVPHC ngày"
                 " 3/4/2024. Đề nghị xem xét lại Quyết định số 2215/QĐ-UBND ngày 28/12/2012.")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("2215/QĐ-UBND", "2012-12-28", "Ủy ban nhân dân tỉnh Sóc Trăng"), ("41/QĐ-XPVPHC", "2024-04-03", None)]


def test_an_association_named_by_its_kind_alone_is_the_citing_letters_own():
    """"của Trung ương Hội" in a provincial farmers' association's letter is the national association's centre;
    "của Ban Thường vụ Hội" its own standing board."""
    letter = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG",
                                     "HỘI NÔNG DÂN VIỆT NAM\nBCH HỘI NÔNG DÂN TỈNH SÓC TRĂNG")
    found = cite("Thực hiện Hướng dẫn số 41-HD/HNDTW ngày 9/9/2023 của Trung ương Hội; Kế hoạch số 12-KH/HNDT ngày"
                 " 1/10/2023 của Ban Thường vụ Hội.", letter)
    assert [c["issuer"] for c in found] == ["Trung ương Hội Nông dân Việt Nam",
                                            "Ban Thường vụ Hội Nông dân tỉnh Sóc Trăng"]


def test_a_plenum_of_the_central_committee_and_a_party_bodys_term_are_no_part_of_its_name():
    """"của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng khóa XIII" is the Central Committee's; "của Bộ Chính
    trị khóa XII" the Politburo's; "Ban Bí thư Trung ương Đoàn" stays the youth union's secretariat."""
    found = cite("Thực hiện Kết luận số 21-KL/TW ngày 25/10/2021 của Hội nghị lần thứ tư Ban Chấp hành Trung ương Đảng"
                 " khoá XIII; Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII; Nghị quyết số 10-NQ/TW ngày"
                 " 3/6/2017 của Hội nghị Trung ương 5 khóa XII; Kế hoạch số 70-KH/TWĐTN ngày 1/3/2023 của Ban Bí thư"
                 " Trung ương Đoàn.")
    assert [c["issuer"] for c in found] == ["Ban Chấp hành Trung ương Đảng", "Bộ Chính trị",
                                            "Ban Chấp hành Trung ương Đảng", "Ban Bí thư Trung ương Đoàn"]


def test_a_joint_circulars_second_body_named_by_its_field_and_an_issuer_told_with_its_short_form():
    """"của liên Bộ Y tế - Tài chính": the number's codes name both bodies; "ngày 18 tháng 9 năm 2009, Bảo hiểm xã
    hội (BHXH) Việt Nam đã có Công văn số …": the date and the issuer told before, the short form no part of it."""
    found = cite("Thông tư liên tịch số 09/2009/TTLT-BYT-BTC ngày 14/8/2009 của liên Bộ Y tế - Tài chính; ngày 18"
                 " tháng 9 năm 2009, Bảo hiểm xã hội (BHXH) Việt Nam đã có Công văn số 3370/BHXH-THU hướng dẫn thu.")
    assert [(c["issuer"], c["date"]) for c in found] == [
        ("Bộ Y tế và Bộ Tài chính", "2009-08-14"), ("Bảo hiểm xã hội Việt Nam", "2009-09-18")]


def test_a_ministrys_general_department_named_by_its_code_alone_and_as_the_ministrys_unit():
    """"455/TCDL-LH" with no issuer named is the Tổng cục Du lịch's; after a ministry's code the general department
    is the ministry's unit ("1740/CĐ-BNN-TCLN"), no second body of a joint document."""
    found = cite("Thực hiện Văn bản số 455/TCDL-LH ngày 02/4/2014 và Công điện số 1740/CĐ-BNN-TCLN ngày 09/10/2015.")
    assert [c["issuer"] for c in found] == ["Tổng cục Du lịch", "Bộ Nông nghiệp và Phát triển nông thôn"]


def test_a_web_tables_cells_a_law_and_its_amendment_and_a_proposers_field_with_commas():
    """A legal site's table: "của Chính phủ | | 2 | Thủ tục …" ends at the cell; "Luật … số 52/2005/QH11 ngày …; số
    55/2014/QH13 ngày …" is two laws; "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số …"
    names the proposer whole."""
    found = cite("Căn cứ Luật Bảo vệ môi trường số 52/2005/QH11 ngày 29/11/2005; số 55/2014/QH13 ngày 23/6/2014;\n"
                 "Theo đề nghị của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 87/TTr-SVHTTDL ngày"
                 " 8/5/2023.\n| 1 | Thủ tục đăng ký | Nghị định số 110/2018/NĐ-CP ngày 29/8/2018 của Chính phủ |"
                 " | 2 | Thủ tục thông báo |")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("52/2005/QH11", "2005-11-29", "Quốc hội"), ("55/2014/QH13", "2014-06-23", "Quốc hội"),
        ("87/TTr-SVHTTDL", "2023-05-08", "Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng"),
        ("110/2018/NĐ-CP", "2018-08-29", "Chính phủ")]


def test_a_districts_letter_on_one_commune_completes_the_communes_bodies():
    """"của Đảng ủy xã" in a district's letter that names one commune is that commune's; naming two, it is
    not known."""
    one = cite("Kiểm tra Đảng ủy xã Tuy Phước Đông: Chương trình số 02-CTr/ĐU ngày 10/01/2023 của Đảng ủy xã.",
               DISTRICT_LETTER)
    two = cite("Kiểm tra xã Phước Hòa và xã Phước Sơn: Chương trình số 02-CTr/ĐU ngày 10/01/2023 của Đảng ủy xã.",
               DISTRICT_LETTER)
    assert (one[0]["issuer"], two[0]["issuer"]) == ("Đảng ủy xã Tuy Phước Đông", None)


def test_a_joint_documents_issuers_with_a_pdfs_double_space_inside_a_name():
    """"của Bộ Y tế và Bộ Quốc  phòng": where the second name ends is found in the text as written (it was cut at
    "phòn", the double space counted once)."""
    found = cite("Thông tư liên tịch số 16/2016/TTLT-BYT-BQP ngày 30/6/2016 của Bộ Y tế và Bộ Quốc  phòng; tuyệt đối"
                 " không tập trung đông người.")
    assert found[0]["issuer"] == "Bộ Y tế và Bộ Quốc phòng"


def test_an_armys_telegram_is_cited_by_its_own_name_and_power_companies_are_no_citation():
    """"Điện số 3015/BTM-TM … của Bộ Tham mưu Bộ đội Biên phòng" (the military's telegram); "Công ty Điện lực số 1",
    "Điện thoại số 0912 345 678" hold no document number."""
    found = cite("Thực hiện Điện số 3015/BTM-TM ngày 04/9/2024 của Bộ Tham mưu Bộ đội Biên phòng; phối hợp Công ty"
                 " Điện lực số 1, Điện thoại số 0912 345 678.")
    assert [(c["type"], c["number"], c["issuer"]) for c in found] == [
        ("Điện", "3015/BTM-TM", "Bộ Tham mưu Bộ đội Biên phòng")]


def test_a_joint_guidance_of_a_department_and_a_provincial_office():
    """"của liên ngành Sở Giáo dục và Đào tạo - Bảo hiểm xã hội tỉnh": both bodies, each of the province."""
    found = cite("Theo Hướng dẫn số 02/HDLN-SGDĐT-BHXH ngày 25/8/2023 của liên ngành Sở Giáo dục và Đào tạo - Bảo hiểm"
                 " xã hội tỉnh; phấn đấu 100% học sinh tham gia.")
    assert found[0]["issuer"] == "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng và Bảo hiểm xã hội tỉnh Sóc Trăng"


def test_a_proposer_of_two_documents_and_a_general_department_whose_field_holds_so():
    """"Xét đề nghị của UBND tỉnh … tại các văn bản số 612/UBND-KT … và số 745/UBND-KT …": both its; "của Tổng cục
    Dân số - Kế hoạch hóa gia đình": its field's "số" is no end."""
    found = cite("Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Bình tại các văn bản số\n612/UBND-KT ngày 12 tháng 4 năm"
                 " 2016 và số 745/UBND-KT ngày 03 tháng 5 năm 2016 về việc bổ sung dự án; Công văn số 58/TCDS-KHTC ngày"
                 " 2/3/2014 của Tổng cục Dân số - Kế hoạch hóa gia đình.")
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Quảng Bình", "Ủy ban nhân dân tỉnh Quảng Bình",
                                            "Tổng cục Dân số - Kế hoạch hóa gia đình"]


def test_courts_and_procuracies_by_their_heads_and_a_parent_named_by_its_kind():
    """"của Viện trưởng VKSND tối cao", "của Chánh án Tòa án nhân dân tối cao": the bodies; "của Cục Thuế" in a
    letter of a Chi cục under the "CỤC THUẾ TỈNH NAM ĐỊNH": that Cục."""
    found = cite("Thực hiện Chỉ thị số 01/CT-VKSTC ngày 02/01/2018 của Viện Trưởng VKSND tối cao và Chỉ thị số"
                 " 01/2019/CT-CA ngày 10/01/2019 của Chánh án Tòa án nhân dân tối cao.")
    assert [c["issuer"] for c in found] == ["Viện kiểm sát nhân dân tối cao", "Tòa án nhân dân tối cao"]
    tax_office = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "CỤC THUẾ TỈNH NAM ĐỊNH\nCHI CỤC THUẾ KHU"
                                         " VỰC VỤ BẢN - Ý YÊN").replace("Sóc Trăng, ngày", "Vụ Bản, ngày")
    found = cite("Thực hiện Công văn số 1316/CT-KK ngày 12/5/2022 của Cục Thuế về hóa đơn điện tử.", tax_office)
    assert found[0]["issuer"] == "Cục Thuế tỉnh Nam Định"


def test_the_commune_a_district_party_letter_names_and_a_national_programmes_board():
    """A Huyện ủy's notice on "Đảng ủy xã Chiềng Ban": "của Đảng ủy xã" is that commune's ("đề nghị của xã" ending
    a line before "Thống nhất …" names no other); "Ban Chỉ đạo chương trình MTQG …" expanded."""
    party = ("ĐẢNG BỘ TỈNH SƠN LA\nHUYỆN ỦY MAI SƠN\n*\nSố 384-TB/HU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
             "Mai Sơn, ngày 18 tháng 10 năm 2019\nTHÔNG BÁO\nkết luận làm việc với Đảng ủy xã Chiềng Ban\n{body}\n")
    found = cite("Ngày 15/10/2019, Huyện ủy đã làm việc với Ban Thường vụ Đảng ủy xã Chiềng Ban.\n\nThực hiện Nghị"
                 " quyết số 12-NQ/ĐU ngày 15/01/2019 của Đảng ủy xã về nhiệm vụ năm 2019.\n\n3. Về đề nghị của xã"
                 "\n\nThống nhất chủ trương nâng cấp đường.", party)
    assert found[0]["issuer"] == "Đảng ủy xã Chiềng Ban"
    found = cite("Theo Công văn số 142/BCĐ-NTM ngày 02/10/2013 của Ban Chỉ đạo chương trình MTQG xây dựng nông thôn mới"
                 " tỉnh.")
    assert found[0]["issuer"] == "Ban Chỉ đạo chương trình mục tiêu quốc gia xây dựng nông thôn mới tỉnh Sóc Trăng"


def test_a_steering_board_names_its_own_earlier_letter_by_its_kind():
    """"thay thế Công văn số 1190/BCĐ-SYT … của Ban Chỉ đạo" in a letter of the board itself: its own."""
    board = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TỈNH SÓC TRĂNG\nBAN CHỈ ĐẠO PHÒNG, CHỐNG"
                                    " DỊCH COVID-19")
    found = cite("Công văn này thay thế Công văn số 1190/BCĐ-SYT ngày 28/7/2021 của Ban Chỉ đạo.", board)
    assert found[0]["issuer"] == "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng"


def test_a_ward_of_2025_is_of_its_new_province_and_localities_reporting_are_no_issuer():
    """"Ủy ban nhân dân phường Tuy Hòa" in August 2025 is of Đắk Lắk (Phú Yên's city bore the name before the
    merger): "của Sở Khoa học và Công nghệ" is Đắk Lắk's; "báo cáo của các địa phương theo Công văn số 1638/BDTTG-VP"
    names no issuer, the number's code does; "Tờ trình số 54/TTrKT" lost its hyphen after the type."""
    ward = ("ỦY BAN NHÂN DÂN\nPHƯỜNG TUY HÒA\nSố: 214/KH-UBND\nTuy Hòa, ngày 20 tháng 8 năm 2025\nKẾ HOẠCH\n"
            "Phổ cập kỹ năng số\n{body}\n")
    found = cite("Thực hiện Công văn số 412/SKHCNCĐS ngày 05/8/2025 của Sở Khoa học và Công nghệ; qua tổng hợp báo cáo"
                 " của các địa phương theo Công văn số 1638/BDTTG-VP ngày 02/7/2025; theo Tờ trình số 54/TTrKT ngày"
                 " 02/9/2025 của Phòng Kinh tế.", ward)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("412/SKHCN-CĐS", "Sở Khoa học và Công nghệ tỉnh Đắk Lắk"), ("1638/BDTTG-VP", "Bộ Dân tộc và Tôn giáo"),
        ("54/TTr-KT", "Phòng Kinh tế phường Tuy Hòa")]  # a commune's own office since the reorganisation
    assert cite("Thực hiện Công văn số 412/SKHCN-CĐS ngày 05/8/2020 của Sở Khoa học và Công nghệ.",
                ward.replace("năm 2025", "năm 2020"))[0]["issuer"] == "Sở Khoa học và Công nghệ tỉnh Phú Yên"


def test_a_commune_of_2025_the_current_table_lacks_is_placed_by_the_province_its_text_names():
    """"ỦY BAN NHÂN DÂN XÃ TÂN THƯỢNG" in August 2025, no commune of the table since July 2025 so named: of the
    provinces that held one so named (Lào Cai, Lâm Đồng), the one its text names; "của UBND tỉnh", "của Công an
    tỉnh" are its."""
    commune = ("ỦY BAN NHÂN DÂN\nXÃ TÂN THƯỢNG\nSố: 186/UBND-VP\nV/v rà soát địa chỉ\nTân Thượng, ngày 21 tháng 8 năm"
               " 2025\nKính gửi: Công an xã.\n{body}\n")
    found = cite("Căn cứ Nghị quyết số 1673/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp các đơn vị hành chính cấp xã của tỉnh"
                 " Lào Cai; thực hiện Công văn số 2415/UBND-NC ngày 08/8/2025 của UBND tỉnh và Kế hoạch số"
                 " 73/KH-CAT-PC06 ngày 11/8/2025 của Công an tỉnh.", commune)
    assert [c["issuer"] for c in found[1:]] == ["Ủy ban nhân dân tỉnh Lào Cai", "Công an tỉnh Lào Cai"]


def test_a_blocs_inspection_commission_placed_by_its_date_and_named_short_in_its_own_citations():
    """"ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" / "ỦY BAN KIỂM TRA" over "Lâm Đồng, ngày …": the commission is its bloc's, the
    bloc the province's the place names; "của Ủy ban Kiểm tra Đảng ủy Khối" is the letter's own commission, a bare
    "của Ban Thường vụ Tỉnh ủy" the province's."""
    bloc = ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nỦY BAN KIỂM TRA\n*\nSố 12-TB/UBKTĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\n"
            "Lâm Đồng, ngày 03 tháng 9 năm 2012\nTHÔNG BÁO\nkết luận kiểm tra chuyên đề\n{body}\n")
    letter = parse_letter(SourceText("test.txt", bloc.format(body="Kết luận như sau."), "utf-8", "text"))
    assert (letter.issuer, letter.parent_issuer) == (
        "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Lâm Đồng", "Đảng ủy Khối các cơ quan tỉnh Lâm Đồng")
    found = cite("Thực hiện Kế hoạch số 07-KH/UBKTĐUK, ngày 10/02/2012 của Ủy ban Kiểm tra Đảng ủy Khối và Chỉ thị số"
                 " 15-CT/TU, ngày 02/4/2011 của Ban Thường vụ Tỉnh ủy.", bloc)
    assert [c["issuer"] for c in found] == ["Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Lâm Đồng",
                                            "Ban Thường vụ Tỉnh ủy Lâm Đồng"]


def test_a_city_party_committees_commission_and_a_blocs_own_standing_committee():
    """"THÀNH ỦY TÂN AN" / "ỦY BAN KIỂM" / "TRA" (a web cell's cut): the city committee names its place with no
    locality word, so the commission under it is its own; "UỶ BAN KIỂM TRA TỈNH UỶ" under "ĐẢNG BỘ TỈNH THANH HOÁ"
    is the province's; "của Ban Thường vụ Đảng ủy Khối" in a bloc's letter is the bloc's own committee."""
    city = ("THÀNH ỦY TÂN AN\nỦY BAN KIỂM\nTRA\n*\nSố 124-QĐ/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\nTân An, ngày 28 tháng 9"
            " năm 2023\nQUYẾT ĐỊNH\nvề việc thi hành kỷ luật đảng viên\n{body}\n")
    letter = parse_letter(SourceText("test.txt", city.format(body="Điều 1. Thi hành."), "utf-8", "text"))
    assert (letter.issuer, letter.parent_issuer) == ("Ủy ban Kiểm tra Thành ủy Tân An", "Thành ủy Tân An")
    province = ("ĐẢNG BỘ TỈNH THANH HOÁ\nUỶ BAN KIỂM TRA TỈNH UỶ\n*\nSố 37-TB/UBKTTU\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh"
                " Hoá, ngày 14 tháng 9 năm 2012\nTHÔNG BÁO\nKết quả kỳ họp\nNgày 11/9/2012, Ủy ban họp.\n")
    assert parse_letter(SourceText("test.txt", province, "utf-8", "text")).issuer == "Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa"
    bloc = ("ĐẢNG BỘ TỈNH QUẢNG NINH\nĐẢNG ỦY KHỐI DOANH NGHIỆP\n*\nSố 21-HD/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nHạ Long, ngày"
            " 04 tháng 12 năm 2017\nHƯỚNG DẪN\nkiểm điểm năm 2017\n{body}\n")
    found = cite("Áp dụng Quy định số 1220-QĐ/ĐUK, ngày 15/9/2017 của Ban Thường vụ Đảng ủy Khối về tiêu chí.", bloc)
    assert found[0]["issuer"] == "Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ninh"


def test_a_party_committees_executive_committee_named_short_by_its_organisation():
    """"của Ban Chấp hành Đảng bộ Khối" in the letter of the "Đảng ủy Khối các cơ quan tỉnh Thanh Hóa" is its own
    organisation's committee (Đảng bộ for Đảng ủy); so is "Ban Chấp hành Đảng bộ Công ty" in a company's."""
    bloc = ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\n*\nSố 318-TB/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh"
            " Hóa, ngày 15 tháng 6 năm 2021\nTHÔNG BÁO\nKết luận của Ban Thường vụ\n{body}\n")
    found = cite("Thực hiện Nghị quyết số 21-NQ/ĐUK ngày 12/01/2021 của Ban Chấp hành Đảng bộ Khối về nhiệm vụ.", bloc)
    assert found[0]["issuer"] == "Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh Thanh Hóa"
    company = ("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH\nĐẢNG ỦY CÔNG TY CỔ PHẦN\nCƠ KHÍ SÔNG TRÀ\n*\nSố 27-CV/ĐU\nV/v sinh hoạt"
               " chuyên đề\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 04 tháng 7 năm 2023\n{body}\n")
    found = cite("Thực hiện Kế hoạch số 31-KH/ĐU ngày 20/01/2023 của Ban Chấp hành Đảng bộ Công ty về sinh hoạt.",
                 company)
    assert fold(found[0]["issuer"]) == fold("Ban Chấp hành Đảng bộ Công ty Cổ phần Cơ khí Sông Trà")


def test_a_centre_reporting_in_its_own_report_is_its_issuer():
    """"Trung tâm Phát triển quỹ đất huyện báo cáo tại Báo cáo số 71/BC-TTPTQĐ": the centre's report, of the citing
    district."""
    found = cite("Sau khi nghe ý kiến, Trung tâm Phát triển quỹ đất huyện báo cáo tại Báo cáo số 71/BC-TTPTQĐ ngày"
                 " 06/5/2013, Chủ tịch UBND huyện kết luận.", DISTRICT_LETTER)
    assert found[0]["issuer"] == "Trung tâm Phát triển quỹ đất huyện Tuy Phước"


def test_huế_before_2025_is_a_city_of_thừa_thiên_huế_and_a_boards_unit_after_its_kind():
    """A 2018 letter of the "ỦY BAN NHÂN DÂN THÀNH PHỐ HUẾ": "của Tỉnh ủy", "của Sở Du lịch" are Thừa Thiên Huế's (the
    province the city of Huế became in 2025); "Công văn số 512/BQLKHTH" in a copy that lost its hyphens is a board's,
    "512/BQL-KHTH"."""
    city = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "THÀNH PHỐ HUẾ").replace("Sóc Trăng, ngày 02 tháng 5 năm 2024",
                                                                             "Huế, ngày 02 tháng 4 năm 2018")
    found = cite("Thực hiện Nghị quyết số 03-NQ/TU ngày 22/6/2016 của Tỉnh ủy, Kế hoạch số 36/KHSDL ngày 19/01/2018 của"
                 " Sở Du lịch và Công văn số 512/BQLKHTH ngày 11/6/2019 của Ban Quản lý dự án.", city)
    assert [(c["number"], c["issuer"]) for c in found][:2] == [("03-NQ/TU", "Tỉnh ủy Thừa Thiên Huế"),
                                                               ("36/KH-SDL", "Sở Du lịch tỉnh Thừa Thiên Huế")]
    assert found[2]["number"] == "512/BQL-KHTH"


def test_the_school_named_by_its_board_in_its_youth_unions_letter():
    """"của Ban Giám hiệu nhà trường" in the letter of the "Ban Chấp hành Đoàn Trường Đại học Nông Lâm": the school."""
    union = ("ĐOÀN ĐẠI HỌC HUẾ\nBCH ĐOÀN TRƯỜNG ĐẠI HỌC NÔNG LÂM\n***\nSố: 42-KH/ĐTN\nĐOÀN TNCS HỒ CHÍ MINH\nThừa"
             " Thiên Huế, ngày 25 tháng 4 năm 2022\nKẾ HOẠCH\nTổ chức Chiến dịch\n{body}\n")
    found = cite("Thực hiện Thông báo số 112/TB-ĐHNL ngày 20/4/2022 của Ban Giám hiệu nhà trường về chiến dịch.", union)
    assert found[0]["issuer"] == "Trường Đại học Nông Lâm"


def test_a_footnotes_digit_run_into_a_cited_dates_year_its_stop_on_the_next_line():
    """A PDF copy: "Thông tư số 09/2021/TT-BTNMT ngày" / "30/6/20212" / ". Văn phòng …": dated 30 June 2021 (², the
    footnote's marker)."""
    found = cite("Thực hiện Thông tư số 09/2021/TT-BTNMT ngày\n30/6/20212\n. Văn phòng đăng ký đất đai thông báo.")
    assert found[0]["date"] == "2021-06-30"


def test_a_council_approving_a_committees_report_is_the_resolutions_issuer():
    """"báo cáo … của UBND xã Pa Ham đã được Hội đồng nhân dân xã phê chuẩn tại Nghị quyết số 05/NQ-HĐND": the
    council's resolution, not the committee's."""
    found = cite("Trên cơ sở báo cáo quyết toán năm 2011 của UBND xã Pa Ham đã được Hội đồng nhân dân xã phê chuẩn tại"
                 " Nghị quyết số 05/NQ-HĐND ngày 20/4/2012, Phòng thông báo như sau.", DISTRICT_LETTER)
    assert found[0]["issuer"] == "Hội đồng nhân dân xã Pa Ham"


def test_a_party_committees_own_resolution_and_a_police_plans_unit_in_brackets():
    """"của Đảng ủy" in the letter of the "Đảng ủy Công an huyện Gia Viễn" is its own; "35/KH-CAT(PV11)": the
    provincial police's plan, its unit in brackets."""
    committee = ("ĐẢNG BỘ HUYỆN GIA VIỄN\nĐẢNG ỦY CÔNG AN HUYỆN\n*\nSố 47-TB/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nGia Viễn, ngày"
                 " 16 tháng 7 năm 2012\nTHÔNG BÁO\nKết luận hội nghị\n{body}\n")
    found = cite("Thực hiện Nghị quyết số 09-NQ/ĐU ngày 06/01/2012 của Đảng ủy và Kế hoạch số 35/KH-CAT(PV11) ngày"
                 " 20/02/2012 của Công an tỉnh.", committee)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("09-NQ/ĐU", "Đảng ủy Công an huyện Gia Viễn"), ("35/KH-CAT(PV11)", "Công an tỉnh Ninh Bình")]


def test_a_district_office_of_its_time_named_by_its_heads_title():
    """"của Trưởng phòng Nội vụ - Lao động, Thương binh và Xã hội" (a district's office in 2005–2008): its "Xã hội"
    names no commune."""
    district = ("UBND HUYỆN KIM BẢNG\nSố: 215/QĐ-UBND\nKim Bảng, ngày 20 tháng 9 năm 2005\nQUYẾT ĐỊNH\nVề việc thành"
                " lập bộ phận một cửa\n{body}\n")
    found = cite("Xét đề nghị của Trưởng phòng Nội vụ - Lao động, Thương binh và Xã hội tại Tờ trình số 34/TTr-NV ngày"
                 " 12/9/2005,", district)
    assert found[0]["issuer"] == "Phòng Nội vụ - Lao động, Thương binh và Xã hội huyện Kim Bảng"


def test_a_companys_party_committee_names_itself_short():
    """"của Đảng ủy Công ty" in the letter of a company's party committee is its own."""
    company = ("ĐẢNG BỘ KHỐI DOANH NGHIỆP TỈNH BÌNH ĐỊNH\nĐẢNG ỦY CÔNG TY CỔ PHẦN THỦY SẢN HOÀI NHƠN\n*\nSố 22-KH/ĐU\n"
               "ĐẢNG CỘNG SẢN VIỆT NAM\nHoài Nhơn, ngày 20 tháng 5 năm 2011\nKẾ HOẠCH\nHọc tập Nghị quyết\n{body}\n")
    found = cite("Thực hiện Nghị quyết số 05-NQ/ĐU ngày 18/01/2011 của Đảng ủy Công ty về nhiệm vụ năm 2011.", company)
    assert fold(found[0]["issuer"]) == fold("Đảng ủy Công ty Cổ phần Thủy sản Hoài Nhơn")


def test_a_record_drawn_up_by_an_office_and_a_team_named_by_its_leader():
    """"Phòng Tài nguyên và Môi trường đã lập Biên bản … số 14/BB-VPHC ngày …": the office's record; "Biên bản … số
    57/BB-VPHC lập ngày 19/7/2016": dated where it was drawn up; "của Đội trưởng Đội Thanh tra xây dựng": the team's."""
    found = cite("Phòng Tài nguyên và Môi trường đã lập Biên bản vi phạm hành chính số 14/BB-VPHC ngày 07/6/2017; xét"
                 " Biên bản vi phạm hành chính số 57/BB-VPHC lập ngày 19/7/2016 và đề nghị của Đội trưởng Đội Thanh tra"
                 " xây dựng tại Tờ trình số 112/TTr-TTXD ngày 25/7/2016.", DISTRICT_LETTER)
    assert [(c["number"], c["date"]) for c in found] == [
        ("14/BB-VPHC", "2017-06-07"), ("57/BB-VPHC", "2016-07-19"), ("112/TTr-TTXD", "2016-07-25")]
    assert found[0]["issuer"].startswith("Phòng Tài nguyên và Môi trường")
    assert fold(found[2]["issuer"]).startswith(fold("Đội Thanh tra xây dựng"))
    police = cite("Xét đề nghị của Trưởng Công an huyện tại Tờ trình số 35/TTr-CAH ngày 02/3/2016.", DISTRICT_LETTER)
    assert police[0]["issuer"] == "Công an huyện Tuy Phước"


def test_a_movements_steering_board_named_with_its_quoted_name():
    """"của Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện Tuy Phước": the movement's name
    in quotes is the board's, and its level ends it."""
    found = cite('Thực hiện Kế hoạch số 18/KH-BCĐ ngày 10/3/2016 của Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng'
                 ' đời sống văn hóa" huyện Tuy Phước về tổng kết.', DISTRICT_LETTER)
    assert found[0]["issuer"] == ('Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn hóa" huyện Tuy'
                                  ' Phước')


def test_laws_before_a_standing_committees_resolution_keep_the_assembly():
    """"Luật … số 42/2013/QH13, Luật … số 02/2011/QH13 và Nghị quyết số 759/2014/UBTVQH13 … của Ủy ban Thường vụ Quốc
    hội": the laws are the Assembly's (the "Quốc hội" inside the committee's name is no body of its own); "của Ban Dân
    nguyện và Giám sát" names the committee's board whole; "của Ban Quản lý các KCN Bắc Ninh" names its province."""
    found = cite("Căn cứ Luật Tiếp công dân số 42/2013/QH13, Luật Khiếu nại số 02/2011/QH13 và Nghị quyết số"
                 " 759/2014/UBTVQH13 ngày 30/9/2014 của Ủy ban Thường vụ Quốc hội; Công văn số 245/BDNGS ngày 02/6/2025"
                 " của Ban Dân nguyện và Giám sát; Quyết định số 245/QĐ-KCN ngày 16/10/2017 của Ban Quản lý các KCN Sóc"
                 " Trăng.")
    assert [c["issuer"] for c in found][:4] == ["Quốc hội", "Quốc hội", "Ủy ban Thường vụ Quốc hội",
                                                "Ban Dân nguyện và Giám sát"]
    assert fold(found[4]["issuer"]) == fold("Ban Quản lý các khu công nghiệp tỉnh Sóc Trăng")


def test_a_ministry_of_its_time_named_with_its_hyphen():
    """"Bộ Văn hóa - Thông tin" (until 2007) is no "Văn hóa và Thông tin" office: named as it was, by name or code."""
    found = cite("Căn cứ Thông tư số 69/2006/TT-BVHTT ngày 28/9/2006 của Bộ Văn hóa - Thông tin và Thông tư liên tịch"
                 " số 14/2006/TTLT-BVHTT-BCA ngày 10/10/2006.")
    assert [c["issuer"] for c in found] == ["Bộ Văn hóa - Thông tin", "Bộ Văn hóa - Thông tin và Bộ Công an"]


def test_a_councils_committee_names_its_own_report_by_its_kind_alone():
    """"các kiến nghị của Ban tại Báo cáo thẩm tra số 47/BC-KTNS" in the committee's letter: its own report."""
    committee = ("HĐND TỈNH THÁI BÌNH\nBAN KINH TẾ - NGÂN SÁCH\nSố: 58/BKTNS-HĐND\nV/v cung cấp tài liệu\nThái Bình,"
                 " ngày 12 tháng 11 năm 2018\nKính gửi: Ủy ban nhân dân tỉnh.\n{body}\n")
    found = cite("Kết quả thực hiện các kiến nghị của Ban tại Báo cáo thẩm tra số 47/BC-KTNS ngày 04/12/2017.",
                 committee)
    assert found[0]["issuer"] == "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh Thái Bình"


def test_a_joint_programmes_parties_named_after_between():
    """"Chương trình phối hợp số … giữa A và B": the parties are its issuers, a mass organisation's centre among
    them."""
    found = cite("Căn cứ Chương trình phối hợp số 05/CTPH-MTTQ-UBND ngày 12/3/2019 giữa Ban Thường trực Ủy ban MTTQ"
                 " Việt Nam tỉnh và UBND tỉnh; Chương trình phối hợp số 311/CTPH-BYT-HLHPNVN ngày 04/5/2016 giữa Bộ Y"
                 " tế và Trung ương Hội Liên hiệp Phụ nữ Việt Nam.")
    assert [c["issuer"] for c in found] == [
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng và Ủy ban nhân dân tỉnh Sóc Trăng",
        "Bộ Y tế và Trung ương Hội Liên hiệp Phụ nữ Việt Nam"]


def test_a_district_courts_number_that_lost_its_hyphen():
    """A PDF's footnote that lost the hyphens ("312/BCUBND", "41/BCTA"): "TA" is a district court's code."""
    found = cite("Báo cáo số 312/BCUBND ngày 28/11/2019 của UBND huyện; Báo cáo số 41/BCTA ngày 25/11/2019 của Tòa án"
                 " nhân dân huyện.", DISTRICT_LETTER)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("312/BC-UBND", "Ủy ban nhân dân huyện Tuy Phước"), ("41/BC-TA", "Tòa án nhân dân huyện Tuy Phước")]


def test_a_document_dated_the_same_day_as_the_one_cited_before_it():
    """"Công điện số … ngày 18/7/2018 của Ban Chỉ đạo … và Văn bản số 104/TWPCTT cùng ngày": its date is the
    telegram's, its issuer the national disaster board its code names."""
    found = cite("Thực hiện Công điện số 21/CĐ-TW ngày 18/7/2018 của Ban Chỉ đạo Trung ương về phòng, chống thiên tai"
                 " và Văn bản số 104/TWPCTT cùng ngày về việc vận hành hồ chứa.")
    assert [(c["number"], c["date"], c["issuer"]) for c in found][1] == (
        "104/TWPCTT", "2018-07-18", "Ban Chỉ đạo Trung ương về phòng, chống thiên tai")


def test_a_ward_whose_name_two_provinces_hold_is_placed_by_its_digital_signatures_stamp():
    """"phường Phú Lợi" since July 2025 is Cần Thơ's and Thành phố Hồ Chí Minh's: the stamp's "Cơ quan:" tells."""
    ward = ("ỦY BAN NHÂN DÂN\nPHƯỜNG PHÚ LỢI\nSố: 415/KH-UBND\nPhú Lợi, ngày 26 tháng 11 năm 2025\n"
            "Ký bởi: Ủy ban nhân dân phường Phú Lợi\nCơ quan: Thành phố Hồ Chí Minh\nKẾ HOẠCH\nTổ chức bầu cử\n"
            "{body}\n")
    found = cite("Thực hiện Kế hoạch số 3120/KH-UBND ngày 04/11/2025 của Ủy ban nhân dân Thành phố.", ward)
    assert found[0]["issuer"] == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    unstamped = ward.replace("Cơ quan: Thành phố Hồ Chí Minh\n", "")
    assert cite("Thực hiện Kế hoạch số 3120/KH-UBND ngày 04/11/2025 của Ủy ban nhân dân Thành phố.",
                unstamped)[0]["issuer"] is None


def test_mass_organisations_bodies_named_short_and_a_joint_programme_coded_ctrph():
    """"của Ban Bí thư Trung ương Đảng" is the party's Secretariat (not the youth union's "Ban Bí thư Trung ương
    Đoàn"); "của Tổng Liên đoàn" and a "…/HD-TLĐ" the confederation; "03/CTrPH-HPN-CAT" a joint programme."""
    found = cite("Thực hiện Chỉ thị số 02-CT/TW ngày 31/3/2016 của Ban Bí thư Trung ương Đảng, Kế hoạch số"
                 " 214-KH/TWĐTN-PTTN ngày 02/3/2021 của Ban Bí thư Trung ương Đoàn, Hướng dẫn số 04/HD-TLĐ ngày"
                 " 24/02/2023 của Tổng Liên đoàn, Quyết định số 61/QĐ-TLĐ ngày 02/01/2023 và Chương trình phối hợp số"
                 " 03/CTrPH-HPN-CAT ngày 12/3/2019 của Ban Thường vụ Hội LHPN tỉnh và Công an tỉnh về phòng, chống"
                 " mua bán người.")
    assert [c["issuer"] for c in found] == [
        "Ban Bí thư", "Ban Bí thư Trung ương Đoàn", "Tổng Liên đoàn Lao động Việt Nam",
        "Tổng Liên đoàn Lao động Việt Nam",
        "Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh Sóc Trăng và Công an tỉnh Sóc Trăng"]


def test_an_issuer_phrase_ends_at_a_quotation_mark():
    """"… của Bộ Chính trị khóa XII "về đẩy mạnh học tập …"": the body, its term and the quoted subject left out."""
    found = cite('Thực hiện Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII "về đẩy mạnh học tập và làm'
                 ' theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".')
    assert found[0]["issuer"] == "Bộ Chính trị"


def test_a_body_that_issued_as_the_clauses_subject_and_a_direction_conveyed_by_an_office():
    """"Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số …" names its issuer before it, the nearest body before the verb
    ("Sở Y tế trình UBND tỉnh ban hành …" is the committee's, "Sở đã ban hành …" names no body); "theo chỉ đạo của Thủ
    tướng Chính phủ tại Công văn số …/VPCP-…" is the Government Office's, as its number says."""
    found = cite("Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 46-KH/TU ngày 06/9/2021. Sở Nội vụ tham mưu Sở Y tế trình"
                 " UBND tỉnh ban hành Kế hoạch số 1108/KH-UBND ngày 18/3/2022 về phòng dịch. Sở đã ban hành Kế hoạch số"
                 " 25/KH-SNN ngày 14/01/2016. Tiếp tục thực hiện theo chỉ đạo của Thủ tướng Chính phủ tại Công văn số"
                 " 2987/VPCP-CN ngày 28 tháng 3 năm 2017 và chỉ đạo của Chủ tịch UBND tỉnh tại Công văn số"
                 " 3962/UBND-TH ngày 29/6/2020.")
    assert [c["issuer"] for c in found] == [
        "Ban Thường vụ Tỉnh ủy Sóc Trăng", "Ủy ban nhân dân tỉnh Sóc Trăng",
        "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng", "Văn phòng Chính phủ",
        "Ủy ban nhân dân tỉnh Sóc Trăng"]


def test_a_board_named_by_its_kind_is_the_one_the_letter_addresses_in_full():
    """"của Văn phòng thường trực Ban Chỉ đạo" in a letter sent to the "Ban Chỉ đạo quốc gia về phòng, chống thiên
    tai" is that board's office; the letter's own board, named so, stays its own."""
    addressed = PROVINCE_LETTER.replace(
        "Kính gửi: Các sở, ngành tỉnh.",
        "Kính gửi:\n- Các sở, ngành tỉnh;\n- Ban Chỉ đạo quốc gia về phòng, chống thiên tai.")
    c = only("Tổng hợp theo Công văn số 412/VPTT ngày 13/10/2022 của Văn phòng thường trực Ban Chỉ đạo.", addressed)
    assert fold(c["issuer"]) == fold("Văn phòng thường trực Ban Chỉ đạo quốc gia về phòng, chống thiên tai")
    own = addressed.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TỈNH SÓC TRĂNG\nBAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH")
    c = only("Thay thế Công văn số 15/BCĐ ngày 13/10/2022 của Ban Chỉ đạo.", own)
    assert fold(c["issuer"]) == fold("Ban Chỉ đạo phòng, chống dịch tỉnh Sóc Trăng")


def test_a_dates_year_broken_across_a_pdf_copys_lines():
    """"ngày 16/01/20" / "16 của Thủ tướng": a PDF copy broke the line inside the year."""
    c = only("Thực hiện Quyết định số 59/QĐ-TTg ngày 16/01/20\n16 của Thủ tướng Chính phủ phê duyệt Đề án.")
    assert (c["date"], c["issuer"]) == ("2016-01-16", "Thủ tướng Chính phủ")


def test_a_list_of_one_types_documents_each_with_its_own_issuer():
    """"Căn cứ các Quyết định: số … của Thủ tướng Chính phủ phê duyệt …; số … của Chủ tịch UBND tỉnh …": each number
    with its date and issuer, past the subject of the one before."""
    found = cite("Căn cứ các Quyết định: số 800/QĐ-TTg ngày 04/6/2010 của Thủ tướng Chính phủ phê duyệt Chương trình"
                 " mục tiêu quốc gia giai đoạn 2010 - 2020; số 1376/QĐ-UBND ngày 12/7/2010 của Chủ tịch UBND tỉnh về"
                 " việc thành lập Ban Chỉ đạo;")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("800/QĐ-TTg", "2010-06-04", "Thủ tướng Chính phủ"),
        ("1376/QĐ-UBND", "2010-07-12", "Ủy ban nhân dân tỉnh Sóc Trăng")]


def test_the_fronts_committee_of_a_place_is_named_with_the_country():
    """"của Ban Thường trực Ủy ban MTTQ tỉnh": the "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh …", as its charter names
    it."""
    c = only("Thực hiện Công văn số 412/MTTQ-BTT ngày 30/8/2019 của Ban Thường trực Ủy ban MTTQ tỉnh về Ngày hội.")
    assert c["issuer"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Sóc Trăng"


def test_a_city_party_committee_whose_citys_name_holds_a_hyphen_completes_the_citys_bodies():
    """"THÀNH ỦY PHAN RANG - THÁP CHÀM" under "ĐẢNG BỘ TỈNH NINH THUẬN": "của UBND thành phố" is the city's, "của
    Ban Thường vụ Tỉnh ủy" the province's."""
    letter = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ĐẢNG BỘ TỈNH NINH THUẬN\nTHÀNH ỦY PHAN RANG"
                                     " - THÁP CHÀM").replace("Sóc Trăng, ngày", "Phan Rang - Tháp Chàm, ngày")
    found = cite("Thực hiện Kế hoạch số 86/KH-UBND ngày 21/5/2018 của UBND thành phố về chỉnh trang đô thị và Chỉ thị"
                 " số 19-CT/TU ngày 12/3/2018 của Ban Thường vụ Tỉnh ủy.", letter)
    assert [c["issuer"] for c in found] == [
        "Ủy ban nhân dân thành phố Phan Rang - Tháp Chàm", "Ban Thường vụ Tỉnh ủy Ninh Thuận"]


def test_a_conclusion_the_politburo_and_the_secretariat_issue_together():
    """"Kết luận số 127-KL/TW … của Bộ Chính trị, Ban Bí thư": both, one document; "của Bộ Chính trị" alone stays."""
    found = cite("Thực hiện Kết luận số 127-KL/TW, ngày 28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai và Chỉ"
                 " thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")
    assert [c["issuer"] for c in found] == ["Bộ Chính trị và Ban Bí thư", "Bộ Chính trị"]


def test_a_district_is_placed_by_its_name_as_written_where_folding_joins_two():
    """"UBND HUYỆN THANH TRÌ" is Hà Nội's ("huyện Thạnh Trị", folded the same, is Sóc Trăng's): "của UBND Thành phố"
    is Hà Nội's committee; a flood board's name holds "lụt, bão" with its comma."""
    letter = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN\nHUYỆN THANH TRÌ").replace(
        "Sóc Trăng, ngày", "Thanh Trì, ngày")
    found = cite("Thực hiện Chỉ thị số 11/CT-UBND ngày 03/4/2017 của UBND Thành phố về đất đai và Công văn số"
                 " 96/BCH-PCLB ngày 02/5/2017 của Ban Chỉ huy Phòng, chống lụt, bão và Tìm kiếm cứu nạn Thành phố về"
                 " mùa mưa, bão.", letter)
    assert [fold(c["issuer"]) for c in found] == [
        fold("Ủy ban nhân dân thành phố Hà Nội"),
        fold("Ban Chỉ huy phòng, chống lụt, bão và Tìm kiếm cứu nạn thành phố Hà Nội")]


def test_codes_a_pdf_copy_ran_together_name_their_issuers():
    """Hyphens lost everywhere: a police office's unit with two digits ("CATPV01"), a joint plan's "KHLN" type before
    its bodies' codes, an ordinance's "PLUBTVQH11" (the Ủy ban Thường vụ Quốc hội's, not the Chính phủ's named after
    it), and the Government Office's letter conveying the Prime Minister's direction ("VPCPCN")."""
    found = cite("Căn cứ Công văn số 1874/CATPV01 ngày 02/12/2015 của Công an tỉnh; Kế hoạch liên ngành số"
                 " 1206/KHLNSYTSGDĐT ngày 02/8/2018; Pháp lệnh Cựu chiến binh số 27/2005/PLUBTVQH11 và Nghị định số"
                 " 150/2006/NĐCP ngày 12/12/2006 của Chính phủ; theo chỉ đạo của Thủ tướng Chính phủ tại Công văn số"
                 " 2987/VPCPCN ngày 28/3/2017.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("1874/CAT-PV01", "Công an tỉnh Sóc Trăng"),
        ("1206/KHLN-SYT-SGDĐT", "Sở Y tế tỉnh Sóc Trăng và Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"),
        ("27/2005/PL-UBTVQH11", "Ủy ban Thường vụ Quốc hội"), ("150/2006/NĐ-CP", "Chính phủ"),
        ("2987/VPCP-CN", "Văn phòng Chính phủ")]


def test_a_joint_resolutions_codes_a_pdf_copy_ran_together():
    """The assembly's standing committee with its term, the Government and the Front's presidium, hyphens lost:
    "403/2017/NQLTUBTVQH14CPĐCTUBTWMTTQVN"; and after a "/" a copy wrote for the first hyphen ("NQLT/CPUBTWMTTQVN")."""
    found = cite("Thực hiện Nghị quyết liên tịch số 403/2017/NQLTUBTVQH14CPĐCTUBTWMTTQVN ngày 15/6/2017 và Nghị quyết"
                 " liên tịch số 01/2014/NQLT/CPUBTWMTTQVN ngày 18/10/2014 về giám sát; Nghị định số 150/2006/NĐCP.")
    assert [c["number"] for c in found] == [
        "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN", "01/2014/NQLT/CP-UBTWMTTQVN", "150/2006/NĐ-CP"]
    assert found[0]["issuer"].startswith("Ủy ban Thường vụ Quốc hội, Chính phủ")


def test_a_cong_vans_number_a_pdf_copy_ran_together_opens_with_its_issuer():
    """A công văn's number holds no type: "2675/BCTTTTN" is the Bộ Công Thương's "BCT-TTTN" (not a Báo cáo of the
    provincial inspectorate, "BC-TTT-TN"); a company's own "CV" is cut from its code ("18/2019/CVHH")."""
    found = cite("Thực hiện Công văn số 2675/BCTTTTN ngày 25/3/2010 của Bộ Công Thương, Công văn số 386/BTTTTTTra"
                 " ngày 17/02/2012, Báo cáo số 56/BCTTT ngày 02/3/2012 và Nghị định số 84/2009/NĐCP; xét Công văn số"
                 " 18/2019/CVHH ngày 05/3/2019 của Công ty Hải Hà.")
    assert [c["number"] for c in found] == [
        "2675/BCT-TTTN", "386/BTTTT-TTra", "56/BC-TTT", "84/2009/NĐ-CP", "18/2019/CV-HH"]


def test_a_party_boards_code_is_one_code_in_a_copy_that_lost_its_hyphens():
    """"46TTr/BTCĐUK" is the Ban Tổ chức Đảng ủy Khối's Tờ trình (no Bộ Tài chính's "BTC" and a unit "ĐUK"); a Youth
    Union's plan keeps its board cut from its code ("45KH/TĐTNBTG")."""
    found = cite("Xét Tờ trình số 46TTr/BTCĐUK ngày 02/3/2021 của Ban Tổ chức Đảng ủy Khối và Kế hoạch số 45KH/TĐTNBTG"
                 " ngày 05/3/2021; Nghị định số 84/2009/NĐCP.")
    assert [c["number"] for c in found] == ["46-TTr/BTCĐUK", "45-KH/TĐTN-BTG", "84/2009/NĐ-CP"]


def test_city_and_commune_bodies_named_short_or_by_code():
    """In a city's letters: a Sở's inspectorate named short ("của Thanh tra Sở Xây dựng" in the Sở's letter), the fire
    police's "PCCC và CNCH" one name, a numbered district ("của UBND Quận 1"); in a town's letter a district body's
    code takes the town's level ("…/CATX-QLHC", "…/PTCKH"); in a commune's since July 2025 its own office's code
    ("96/BC-PKT")."""
    city = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND THÀNH PHỐ HỒ CHÍ MINH\nSỞ XÂY DỰNG")
    city = city.replace("Sóc Trăng, ngày", "Thành phố Hồ Chí Minh, ngày")
    found = cite("Theo Báo cáo số 245/BC-TTr ngày 10/10/2024 của Thanh tra Sở Xây dựng, Thông báo số 214/TB-PC07 ngày"
                 " 26/8/2024 của Phòng Cảnh sát PCCC và CNCH Công an Thành phố và Quyết định số 2456/QĐ-UBND ngày"
                 " 27/6/2024 của UBND Quận 1 về bàn giao.", city)
    assert [c["issuer"] for c in found] == [
        "Thanh tra Sở Xây dựng Thành phố Hồ Chí Minh",
        "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an Thành phố Hồ Chí Minh",
        "Ủy ban nhân dân Quận 1"]
    town = DISTRICT_LETTER.replace("HUYỆN TUY PHƯỚC", "THỊ XÃ PHÚ MỸ").replace("Tuy Phước, ngày", "Phú Mỹ, ngày")
    found = cite("Theo Công văn số 1208/CATXQLHC ngày 07/6/2023 và Tờ trình số 12/TTr-PTCKH ngày 02/6/2023.", town)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("1208/CATX-QLHC", "Công an thị xã Phú Mỹ"), ("12/TTr-PTCKH", "Phòng Tài chính - Kế hoạch thị xã Phú Mỹ")]
    commune = COMMUNE_LETTER.replace("năm 2022", "năm 2025").replace("tháng 4", "tháng 11")
    found = cite("Sau khi nghe Phòng Kinh tế báo cáo (Báo cáo số 96/BC-PKT ngày 05/11/2025).", commune)
    assert [c["issuer"] for c in found] == ["Phòng Kinh tế xã Phú Lâm"]


def test_a_blocs_board_named_short_and_central_codes_in_a_copy_that_lost_its_hyphens():
    """"của Ban Tổ chức Đảng ủy Khối" in the bloc's letter is its board; "1412/BVTVTV" the Cục Bảo vệ thực vật's,
    "118/TBBCĐTW" a central steering board's notice (no "BCĐ-TW")."""
    header = "ĐẢNG BỘ TỈNH SÓC TRĂNG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN"
    bloc = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", header)
    found = cite("Xét Tờ trình số 46TTr/BTCĐUK ngày 02/3/2021 của Ban Tổ chức Đảng ủy Khối; Công văn số 1412/BVTVTV"
                 " ngày 28/5/2009 và Thông báo số 118/TBBCĐTW ngày 23/9/2019; Nghị định số 84/2009/NĐCP.", bloc)
    assert [(c["number"], c["issuer"]) for c in found][:3] == [
        ("46-TTr/BTCĐUK", "Ban Tổ chức Đảng ủy Khối các cơ quan tỉnh Sóc Trăng"),
        ("1412/BVTV-TV", "Cục Bảo vệ thực vật"), ("118/TB-BCĐTW", None)]


def test_courts_and_enforcement_offices_codes_in_a_copy_that_lost_its_hyphens():
    """A judgment's case and instance ("25/2022/DSPT" is "DS-PT"), a joint rule of a district's police and enforcement
    office ("02/QCPHCAHCCTHADS"), the office's own code ("…/KH-CCTHADS"); a footnote's marker run into the court's
    place ("Lâm Đồng1")."""
    district = DISTRICT_LETTER.replace("TUY PHƯỚC", "ĐỨC TRỌNG").replace("Tuy Phước, ngày", "Đức Trọng, ngày")
    found = cite("Để thi hành Bản án số 25/2022/DSPT ngày 17/8/2022 của Tòa án nhân dân tỉnh Lâm Đồng1, Kế hoạch số"
                 " 09/KHCCTHADS ngày 01/4/2024; Quy chế phối hợp số 02/QCPHCAHCCTHADS ngày 15/01/2021 và Nghị định số"
                 " 62/2015/NĐCP.", district)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("25/2022/DS-PT", "Tòa án nhân dân tỉnh Lâm Đồng"),
        ("09/KH-CCTHADS", "Chi cục Thi hành án dân sự huyện Đức Trọng"),
        ("02/QCPH-CAH-CCTHADS", "Công an huyện Đức Trọng và Chi cục Thi hành án dân sự huyện Đức Trọng"),
        ("62/2015/NĐ-CP", "Chính phủ")]


def test_courts_numbers_as_a_clean_copy_writes_them():
    """Judgments numbered whole before 2018 ("09/2014/DSST") stay as written where the copy kept its hyphens; a court's
    decision by its instance, then its case ("62/2021/QĐST-DS"), is one code, not a type and an issuer."""
    found = cite("Theo Bản án số 09/2014/DSST ngày 20/02/2014 của Tòa án nhân dân huyện Bình Xuyên và Quyết định số"
                 " 62/2021/QĐST-DS ngày 16/7/2021 của Tòa án nhân dân huyện Hàm Thuận Bắc; Nghị định số 62/2015/NĐ-CP.")
    assert [c["number"] for c in found] == ["09/2014/DSST", "62/2021/QĐST-DS", "62/2015/NĐ-CP"]


def test_a_courts_decision_in_a_copy_that_lost_its_hyphens():
    """"62/2021/QĐSTDS" beside "…/NĐCP": the decision's instance, then its case."""
    found = cite("Theo Quyết định số 62/2021/QĐSTDS ngày 16/7/2021 của Tòa án nhân dân huyện Hàm Thuận Bắc; Nghị định"
                 " số 62/2015/NĐCP.")
    assert [c["number"] for c in found] == ["62/2021/QĐST-DS", "62/2015/NĐ-CP"]


def test_a_procuracys_offices_and_bodies_codes_in_a_copy_that_lost_its_hyphens():
    """A procuracy's office by its number after the procuracy's code ("09/KNVKSP9" is "KN-VKS-P9", "412/VKSQNP9"
    "VKSQN-P9"; "47/QĐVKSBD" is Bình Dương's procuracy, one code), a treasury's payments office after its initials
    ("389/KBQNKSC" is "KBQN-KSC"), the codes of a province's weather station, the Cục Đường bộ Việt Nam, a province's
    forest fund, a joint programme's Women's Union."""
    found = cite("Theo Kiến nghị số 09/KNVKSP9 ngày 31/7/2019; Công văn số 412/VKSQNP9 ngày 02/3/2025; Quyết định số"
                 " 47/QĐVKSBD ngày 12/5/2014; Công văn số 389/KBQNKSC ngày 21/5/2018; Công văn số 1160/ĐKTTVDB ngày"
                 " 10/12/2019; Công văn số 1245/CĐBVNVT ngày 05/3/2024; Công văn số 214/QBVPTRKH ngày"
                 " 07/9/2012; Chương trình phối hợp số 01/CTrPHBVHTTDLHLHPNVN ngày 10/3/2021 và Nghị định số"
                 " 62/2015/NĐCP.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("09/KN-VKS-P9", None), ("412/VKSQN-P9", None), ("47/QĐ-VKSBD", None), ("389/KBQN-KSC", None),
        ("1160/ĐKTTV-DB", "Đài Khí tượng Thủy văn tỉnh Sóc Trăng"),
        ("1245/CĐBVN-VT", "Cục Đường bộ Việt Nam"), ("214/QBVPTR-KH", "Quỹ Bảo vệ và Phát triển rừng tỉnh Sóc Trăng"),
        ("01/CTrPH-BVHTTDL-HLHPNVN", "Bộ Văn hóa, Thể thao và Du lịch và Hội Liên hiệp Phụ nữ Việt Nam"),
        ("62/2015/NĐ-CP", "Chính phủ")]


def test_a_ministrys_own_office_named_short():
    """"của Văn phòng Bộ" in a letter of the Bộ Tài nguyên và Môi trường is that ministry's office (its name holds
    "và", no second body's)."""
    ministry = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG").replace(
        "Số: 10/UBND-TH", "Số: 10/BTNMT-TH").replace("Sóc Trăng, ngày", "Hà Nội, ngày")
    found = cite("Theo Thông báo số 245/TB-BTNMT ngày 10/9/2024 của Văn phòng Bộ về kết luận của Bộ trưởng.", ministry)
    assert [c["issuer"] for c in found] == ["Văn phòng Bộ Tài nguyên và Môi trường"]


def test_a_ministry_whose_name_ends_with_xa_hoi_writing_to_one_province():
    """The Bộ Lao động - Thương binh và Xã hội's letter to one province: its "Xã hội" names no commune; "được Ủy ban
    nhân dân tỉnh phê duyệt tại Quyết định số …" is that province's committee."""
    ministry = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "BỘ LAO ĐỘNG - THƯƠNG BINH\nVÀ XÃ HỘI")
    ministry = ministry.replace("Số: 10/UBND-TH", "Số: 2318/LĐTBXH-TCDN").replace("Sóc Trăng, ngày", "Hà Nội, ngày")
    ministry = ministry.replace("Các sở, ngành tỉnh", "Ủy ban nhân dân tỉnh Đồng Tháp")
    found = cite("Bộ nhận được Báo cáo số 97/BC-UBND ngày 14/6/2013 của Ủy ban nhân dân tỉnh Đồng Tháp. Đề nghị đặt"
                 " hàng theo định mức đã được Ủy ban nhân dân tỉnh phê duyệt tại Quyết định số 412/QĐ-UBND-HC ngày"
                 " 22/4/2013.", ministry)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Đồng Tháp"] * 2


def test_a_number_whose_lost_hyphen_broke_the_line_at_the_sentences_end():
    """"… sửa đổi Thông tư liên tịch số 112/2010/TTLTBTC" / "BLĐTBXH.": the code the next line holds is the number's."""
    found = cite("Căn cứ Nghị định số 61/2018/NĐCP; Thông tư liên tịch số 128/2012/TTLTBTCBLĐTBXH sửa đổi Thông tư liên"
                 " tịch số 112/2010/TTLTBTC\nBLĐTBXH.\nĐề nghị các đơn vị thực hiện theo Kế hoạch số 2874/KHSYT\nIII."
                 " NHIỆM VỤ")
    assert [c["number"] for c in found] == [
        "61/2018/NĐ-CP", "128/2012/TTLT-BTC-BLĐTBXH", "112/2010/TTLT-BTC-BLĐTBXH", "2874/KH-SYT"]


def test_a_councils_board_named_short_and_a_fields_word_that_is_no_association():
    """"của Ban Văn hóa - Xã hội" in a people's council's letter is the council's board; its "Xã hội" (and the
    bank's "Chính sách xã hội") no association ("Hội …") of the citing body's, whose "Hội đồng" is none either."""
    council = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "HỘI ĐỒNG NHÂN DÂN\nTỈNH SÓC TRĂNG").replace(
        "Số: 10/UBND-TH", "Số: 10/NQ-HĐND")
    found = cite("Xét Báo cáo thẩm tra số 58/BC-VHXH ngày 10/7/2020 của Ban Văn hóa - Xã hội; Công văn số"
                 " 1235/NHCS-TDNN ngày 02/3/2011 của Ngân hàng Chính sách xã hội.", council)
    assert [c["issuer"] for c in found] == ["Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh Sóc Trăng",
                                            "Ngân hàng Chính sách xã hội"]


def test_a_list_of_documents_in_a_table_its_type_and_number_in_two_cells():
    """A decision's list of documents ("| 1 | Quyết định | 12/2005/QĐ-UBND | 14/3/2005 | …"): the type in a cell, the
    number in the next, the date in the one after; a count in a cell after a type ("| Nghị quyết | 37 |") is none."""
    found = cite("Danh mục văn bản:\n\n| STT | Loại | Số, ký hiệu | Ngày ban hành |\n|---|---|---|---|\n"
                 "| 1 | Quyết định | 12/2005/QĐ-UBND | 14/3/2005 |\n| 2 | Chỉ thị | 05/2007/CT-UBND | 09/4/2007 |\n"
                 "| 3 | Nghị quyết | 37 | 02 |\n")
    assert [(c["type"], c["number"], c["date"]) for c in found] == [
        ("Quyết định", "12/2005/QĐ-UBND", "2005-03-14"), ("Chỉ thị", "05/2007/CT-UBND", "2007-04-09")]


def test_a_companys_letter_named_a_van_ban_and_two_kinds_of_certificate():
    """A company's "Văn bản số 45/2015/CVAP" in a copy that lost its hyphens is its công văn, "CV-AP" (a "Văn bản" is
    numbered as a công văn is); an environmental plan's "Giấy xác nhận" and a valuer's "Chứng thư thẩm định giá" are
    types of their own."""
    found = cite("Sở nhận được Văn bản số 45/2015/CVAP ngày 30/11/2015 của Công ty TNHH Chế biến Nông sản An Phước;"
                 " theo Giấy xác nhận số 86/GXNKCNĐN ngày 09/3/2017 và Chứng thư thẩm định giá số 2204/2022/CTTĐG ngày"
                 " 30/8/2022 của Công ty Cổ phần Thẩm định giá Đông Nam Bộ; Nghị định số 62/2015/NĐCP.",
                 PROVINCE_LETTER.replace("10/UBND-TH", "10/UBNDTH"))
    assert [(c["type"], c["number"]) for c in found] == [
        ("Văn bản", "45/2015/CV-AP"), ("Giấy xác nhận", "86/GXN-KCNĐN"),
        ("Chứng thư thẩm định giá", "2204/2022/CT-TĐG"), ("Nghị định", "62/2015/NĐ-CP")]


def test_a_list_under_number_and_colon_whose_items_drop_the_number_word():
    """"các Công văn số: 1102/SGDĐT-KHTC ngày 05/6/2022; 1530/SGDĐT-KHTC ngày 28/7/2022 của Sở …": each item a
    citation with its date, the issuer after the last shared."""
    found = cite("Thực hiện như đã hướng dẫn tại các Công văn số: 1102/SGDĐT-KHTC ngày 05/6/2022; 1530/SGDĐT-KHTC ngày"
                 " 28/7/2022 của Sở Giáo dục và Đào tạo.")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("1102/SGDĐT-KHTC", "2022-06-05", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"),
        ("1530/SGDĐT-KHTC", "2022-07-28", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng")]


def test_disaster_commands_named_by_their_tasks_abbreviations_and_a_verb_after_the_issuer():
    """"của Ban Chỉ huy PCTT-TKCN và PTDS huyện Giao Thủy" is the command for the three tasks (its "và PTDS" no second
    body); "PCTT-TKCN" alone the two; "của UBND huyện xuống ngay các xã" ends at the verb."""
    district = DISTRICT_LETTER.replace("TUY PHƯỚC", "GIAO THỦY").replace("Tuy Phước, ngày", "Giao Thủy, ngày")
    found = cite("Thực hiện Công điện số 02/CĐ-BCH ngày 05/9/2024 của Ban Chỉ huy PCTT-TKCN và PTDS huyện Giao Thủy về"
                 " ứng phó bão; Công văn số 12/BCH-PCTT ngày 02/9/2020 của Ban Chỉ huy PCTT-TKCN huyện về ứng phó;"
                 " các thành viên theo Quyết định số 456/QĐ-UBND ngày 15/5/2009 của UBND huyện xuống ngay các xã.",
                 district)
    assert [fold(c["issuer"]) for c in found] == [fold(name) for name in (
        "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự huyện Giao Thủy",
        "Ban Chỉ huy phòng, chống thiên tai và tìm kiếm cứu nạn huyện Giao Thủy",
        "Ủy ban nhân dân huyện Giao Thủy")]


def test_a_decision_named_by_its_subject_before_its_number():
    """"Quyết định về việc cưỡng chế kê biên, xử lý tài sản số 06/QĐ-CCTHA": the decision's subject before its number,
    taken where the number's type code is the type's; not across another type's name ("Quyết định về việc giao chỉ
    tiêu theo Kế hoạch số 12/KH-UBND" cites the plan, as a plan)."""
    found = cite("Căn cứ Quyết định về việc cưỡng chế kê biên, xử lý tài sản số 06/QĐ-CCTHA ngày 23/5/2016 của Chi cục"
                 " Thi hành án dân sự huyện; Quyết định về việc giao chỉ tiêu theo Kế hoạch số 12/KH-UBND ngày"
                 " 02/3/2016; Quyết định về việc thành lập số 15/KH-UBND ngày 02/3/2016.")
    assert [(c["number"], c["type"]) for c in found] == [("06/QĐ-CCTHA", "Quyết định"), ("12/KH-UBND", "Kế hoạch")]


def test_a_footnotes_marker_run_into_an_assemblys_term_and_a_five_party_circular():
    """"101/2015/QH131": no assembly sat a 131st term, the "1" a footnote's marker; a joint circular's ministries, the
    Bộ Nông nghiệp's "BNN&PTNT" among them, in a copy that lost its hyphens."""
    found = cite("Căn cứ Bộ luật Tố tụng hình sự số 101/2015/QH131; Thông tư liên tịch số"
                 " 01/2017/TTLTBCABQPBTCBNN&PTNTVKSNDTC ngày 29/12/2017; Luật số 45/2013/QH13.")
    assert [c["number"] for c in found] == [
        "101/2015/QH13", "01/2017/TTLT-BCA-BQP-BTC-BNN&PTNT-VKSNDTC", "45/2013/QH13"]


def test_a_central_bodys_branch_named_by_its_province_or_district_alone():
    """"của Kho bạc Nhà nước Quảng Trị" (a province's branch), "… Hải Lăng" (a district's), not the central body."""
    found = cite("Thực hiện Công văn số 1052/KBQT-KSC ngày 05/6/2012 của Kho bạc Nhà nước Quảng Trị và Công văn số"
                 " 12/KBHL ngày 02/3/2012 của Kho bạc Nhà nước Hải Lăng về kiểm soát chi; Thông tư số 161/2012/TT-BTC"
                 " ngày 02/10/2012 của Bộ Tài chính Quy định chế độ kiểm soát.")
    assert [c["issuer"] for c in found] == [
        "Kho bạc Nhà nước Quảng Trị", "Kho bạc Nhà nước Hải Lăng", "Bộ Tài chính"]


def test_a_scans_misread_number_and_date_words():
    """A scan's text reads "số" as "sổ" and "ngày" as "ngảy": "Hướng dẫn sổ 17-HD/BTCTW ngảy 27/7/2009"."""
    found = only("Thực hiện Hướng dẫn sổ 17-HD/BTCTW ngảy 27/7/2009 của Ban Tổ chức Trung ương.")
    assert (found["number"], found["date"], found["issuer"]) == ("17-HD/BTCTW", "2009-07-27", "Ban Tổ chức Trung ương")


def test_a_district_whose_name_two_provinces_hold_takes_the_province_its_text_names():
    """"UBND HUYỆN CHỢ MỚI" (An Giang's and Bắc Kạn's) whose text names "UBND tỉnh An Giang": its "UBND tỉnh" and
    "Sở Nông nghiệp …" are An Giang's."""
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN HUYỆN CHỢ MỚI").replace(
        "Sóc Trăng, ngày", "Chợ Mới, ngày")
    found = cite("Thực hiện Công văn số 3512/UBND-KT ngày 09/11/2009 của UBND tỉnh An Giang; Công văn số 845/SNN-TY"
                 " ngày 11/11/2009 của Sở Nông nghiệp và Phát triển nông thôn; Quyết định số 1362/QĐ-UBND ngày"
                 " 28/7/2009 của UBND tỉnh.", template)
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh An Giang",
                                           "Sở Nông nghiệp và Phát triển nông thôn tỉnh An Giang",
                                           "Ủy ban nhân dân tỉnh An Giang"]


def test_a_district_whose_name_two_provinces_hold_named_by_its_provinces_council():
    """"PHÒNG LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" of huyện Bảo Lâm (Cao Bằng's and Lâm Đồng's), whose text names "HĐND
    tỉnh Cao Bằng" only: its "Sở Lao động - Thương binh và Xã hội" is Cao Bằng's."""
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND HUYỆN BẢO LÂM\nPHÒNG LAO ĐỘNG - THƯƠNG"
                                       " BINH VÀ XÃ HỘI").replace("Sóc Trăng, ngày", "Bảo Lâm, ngày")
    found = cite("Thực hiện Nghị quyết số 17/2022/NQ-HĐND ngày 14/7/2022 của HĐND tỉnh Cao Bằng; theo Công văn số"
                 " 1105/SLĐTBXH-GNBT ngày 10/5/2023 của Sở Lao động - Thương binh và Xã hội, Phòng báo cáo.", template)
    assert found[1]["issuer"] == "Sở Lao động - Thương binh và Xã hội tỉnh Cao Bằng"


def test_a_scans_spaced_year_comma_and_letter_set_into_a_code():
    """Tesseract's slips in citations: the year spaced ("45/201 3/QH13"), a comma before "số" ("Nghị quyết, số
    175/2024/QH15"), an "O" set into a long code ("35/2023/UBTVOQH15"), the Government's "CP" read "GP"; a short
    code's last "I" is its own ("TBI"), and a "G" elsewhere is no "C" ("BTG", the Ban Tuyên giáo's)."""
    found = cite("Theo Luật Đất đai số 45/201 3/QH13, Nghị quyết, số 175/2024/QH15 của Quốc hội, Nghị quyết số"
                 " 35/2023/UBTVOQH15 của Ủy ban Thường vụ Quốc hội và Công văn số 412/TBI-TH của Ngân hàng Nhà nước;"
                 " Nghị định số 123/2020/NĐ-GP ngày 19/10/2020; Hướng dẫn số 05-HD/BTG ngày 02/3/2020.")
    assert [c["number"] for c in found] == ["45/2013/QH13", "175/2024/QH15", "35/2023/UBTVQH15", "412/TBI-TH",
                                            "123/2020/NĐ-CP", "05-HD/BTG"]


def test_a_procuracys_letter_cites_an_indictment_judgments_and_a_joint_circular_of_four_bodies():
    """A procuracy's lessons notice: "Cáo trạng số 21/CT-VKS-ĐH" (its "CT" no Chỉ thị's), "Bản án hình sự sơ thẩm số
    25/2022/HS-ST … của Tòa án nhân dân huyện Đăk Hà", and a joint circular whose four codes name four bodies."""
    found = cite("Tại Cáo trạng số 21/CT-VKS-ĐH ngày 15/7/2022, Viện kiểm sát truy tố bị cáo. Bản án hình sự sơ thẩm số"
                 " 25/2022/HS-ST ngày 29/9/2022 của Tòa án nhân dân huyện Đăk Hà xử phạt bị cáo, theo Thông tư liên"
                 " tịch số 02/2017/TTLT-VKSNDTC-TANDTC-BCA-BQP ngày 22/12/2017.")
    assert [(c["type"], c["number"]) for c in found] == [
        ("Cáo trạng", "21/CT-VKS-ĐH"), ("Bản án", "25/2022/HS-ST"),
        ("Thông tư liên tịch", "02/2017/TTLT-VKSNDTC-TANDTC-BCA-BQP")]
    assert found[1]["issuer"] == "Tòa án nhân dân huyện Đăk Hà"
    assert found[2]["issuer"] == "Viện kiểm sát nhân dân tối cao, Tòa án nhân dân tối cao, Bộ Công an và Bộ Quốc phòng"


def test_a_pdf_copys_number_broken_where_it_lost_its_hyphen_and_a_glued_action_programme():
    """A PDF copy that lost its hyphens broke lines there: "Thông tư số 59/2015/TT" / "BLĐTBXH ngày …"; a party's
    action programme glued to its number: "12CTrHĐ/TU"."""
    found = cite("Căn cứ Nghị định số 115/2015/NĐCP ngày 11/11/2015 của Chính phủ; Thông tư số 59/2015/TT\nBLĐTBXH"
                 " ngày 29/12/2015 quy định; Công văn số 1642/UBND\nXDĐT ngày 18/4/2017 về việc rà soát; Chương trình"
                 " hành động số 12CTrHĐ/TU, ngày 05/10/2016 của Thành ủy.")
    assert [(c["number"], c["date"]) for c in found] == [
        ("115/2015/NĐ-CP", "2015-11-11"), ("59/2015/TT-BLĐTBXH", "2015-12-29"), ("1642/UBND-XDĐT", "2017-04-18"),
        ("12-CTrHĐ/TU", "2016-10-05")]


def test_a_type_name_ocr_misread_before_a_number_is_the_type_it_folds_to():
    """A scan's text misreads a type's tone ("Chỉ thi", "Chi thị", "QUYÊT ĐỊNH", "Thông tư liên tich"): read as the
    type, the text as written; two words that fold to no type are no citation's ("Đất đai số", a law's name)."""
    body = ("Thực hiện Chỉ thi sổ 37-CT/TW ngày 02/3/2014 của Ban Bí thư, Chi thị số 12/CT-TTg ngày 5/5/2014, "
            "QUYÊT ĐỊNH số 45/QĐ-UBND ngày 01/4/2015 và Thông tư liên tich số 3/2011/TTLT-BYT-BTC; căn cứ Luật "
            "Đất đai số 45/2013/QH13; sổ liệu năm trước.")
    found = cite(body)
    assert [(c["type"], c["number"], c["issuer"]) for c in found] == [
        ("Chỉ thị", "37-CT/TW", "Ban Bí thư"), ("Chỉ thị", "12/CT-TTg", "Thủ tướng Chính phủ"),
        ("Quyết định", "45/QĐ-UBND", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Thông tư liên tịch", "3/2011/TTLT-BYT-BTC", "Bộ Y tế và Bộ Tài chính"),
        ("Luật", "45/2013/QH13", "Quốc hội")]
    start, end = found[0]["spans"][0]
    assert body[start:end] == "Chỉ thi sổ 37-CT/TW"  # the link lands on the words as written


def test_a_code_written_with_its_own_u_horn_and_a_departments_branch_named_bare():
    """"1047/VSDTTƯ-TCQG" (the institute writes its "TƯ" so: no broken font's "Ư" for "U", as "07-NQ/TƯ" is); "của Chi
    cục Bảo vệ thực vật" in a provincial letter is the province's (a district's "Chi cục Thuế" is not)."""
    found = cite("Thực hiện Công văn số 1047/VSDTTƯ-TCQG ngày 21/7/2021 của Viện Vệ sinh dịch tễ Trung ương và Nghị"
                 " quyết số 07-NQ/TƯ ngày 02/3/2021; theo báo cáo của Chi cục Bảo vệ thực vật (Thông báo số 87/TB-BVTV"
                 " ngày 19/7/2013).")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("1047/VSDTTƯ-TCQG", "Viện Vệ sinh dịch tễ Trung ương"), ("07-NQ/TU", "Tỉnh ủy Sóc Trăng"),
        ("87/TB-BVTV", "Chi cục Bảo vệ thực vật tỉnh Sóc Trăng")]


def test_a_communes_letter_completes_a_body_of_its_town_named_by_its_two_word_level():
    """"Trung tâm Y tế thị xã" in a commune's letter under "UBND THỊ XÃ NINH HÒA" is the town's centre (not "… thị xã
    xã Ninh Hòa": the level is two words)."""
    commune = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND THỊ XÃ NINH HÒA\nỦY BAN NHÂN DÂN XÃ "
                                      "NINH XUÂN").replace("Sóc Trăng, ngày", "Ninh Xuân, ngày")
    c = only("Thực hiện Công văn số 95/TTYT-KSDB ngày 05/3/2014 của Trung tâm Y tế thị xã về diệt lăng quăng;", commune)
    assert c["issuer"] == "Trung tâm Y tế thị xã Ninh Hòa"


def test_an_organ_of_a_central_body_named_short():
    """"của Đoàn Chủ tịch Tổng Liên đoàn" is the Presidium of the "Tổng Liên đoàn Lao động Việt Nam", cased as such."""
    c = only("Mức hỗ trợ theo Quyết định số 3525/QĐ-TLĐ ngày 12/9/2025 của Đoàn Chủ tịch Tổng Liên đoàn;")
    assert c["issuer"] == "Đoàn Chủ tịch Tổng Liên đoàn Lao động Việt Nam"


def test_a_central_letter_on_one_province_cites_that_provinces_committee():
    """A conclusion of the Government's Office on "tỉnh Quảng Bình" cites "văn bản số … của Ủy ban nhân dân tỉnh": the
    one province its text names."""
    central = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "VĂN PHÒNG CHÍNH PHỦ").replace(
        "Sóc Trăng, ngày", "Hà Nội, ngày")
    c = only("Làm việc với lãnh đạo tỉnh Quảng Bình. Về đề nghị của tỉnh tại văn bản số 2190/UBND-NN ngày 15/11/2016"
             " của Ủy ban nhân dân tỉnh: đồng ý.", central)
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Quảng Bình"
    two = only("Làm việc với tỉnh Quảng Bình và tỉnh Quảng Trị về văn bản số 2190/UBND-NN ngày 15/11/2016 của Ủy ban "
               "nhân dân tỉnh.", central)
    assert two["issuer"] is None


def test_a_communes_front_of_2025_is_of_its_new_province_whatever_its_name_was_before():
    """"xã Kiến Xương" (October 2025) is Hưng Yên's new commune, not Thái Bình's former district of the name: the
    Front's board and the Front above it (no district) say so alike."""
    front = ("ỦY BAN MTTQ VIỆT NAM\nXÃ KIẾN XƯƠNG\nBAN THƯỜNG TRỰC\nSố: 19/KH-MTTQ-BTT\nKiến Xương, ngày 15 tháng 10"
             " năm 2025\nKẾ HOẠCH\nTổ chức Ngày hội\n\n{body}\n\nNơi nhận:\n- Lưu: VT.\n\nTM. BAN THƯỜNG TRỰC\n"
             "CHỦ TỊCH\n\nTrần Văn A\n")
    c = only("Căn cứ Hướng dẫn số 12/HD-MTTQ-BTT ngày 26/9/2025 của Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh;", front)
    assert c["issuer"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hưng Yên"


def test_the_date_and_issuer_told_before_the_type_without_a_comma():
    """"ngày 15/5/2007 Bộ Tài nguyên và Môi trường đã có Công văn số 1845/BTNMT-BVMT": the date and issuer before."""
    c = only("Đến nay, ngày 15/5/2007 Bộ Tài nguyên và Môi trường đã có Công văn số 1845/BTNMT-BVMT đề nghị báo cáo.")
    assert (c["date"], c["issuer"]) == ("2007-05-15", "Bộ Tài nguyên và Môi trường")


@pytest.mark.parametrize("heard, issuer", [
    ("nghe lãnh đạo Ủy ban nhân dân tỉnh Lạng Sơn báo cáo (Báo cáo số 152/BC-UBND ngày 13/4/2022)",
     "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ("nghe UBND tỉnh Lạng Sơn báo cáo kết quả thực hiện tại Báo cáo số 152/BC-UBND ngày 13/4/2022",
     "Ủy ban nhân dân tỉnh Lạng Sơn"),
    ("nghe Hội đồng bồi thường, hỗ trợ và tái định cư tỉnh báo cáo tại Tờ trình số 64/TTr-HĐBT ngày 05/6/2014",
     "Hội đồng bồi thường, hỗ trợ và tái định cư tỉnh Sóc Trăng"),
])
def test_the_body_heard_reporting_issued_the_report(heard, issuer):
    """"Sau khi nghe <body> báo cáo (…)": the body reporting issued the report cited, its leaders named before it or
    what it reported between."""
    assert only(f"Sau khi {heard} và ý kiến của các đại biểu, Chủ tịch kết luận.")["issuer"] == issuer


@pytest.mark.parametrize("glued, number", [
    ("2845/LĐTBXHBTXH", "2845/LĐTBXH-BTXH"),  # a ministry's công văn, its unit after it
    ("45-HD/TWĐTNBTG", "45-HD/TWĐTN-BTG"),  # the Youth Union's centre
    ("112-KH/TĐTNVP", "112-KH/TĐTN-VP"),  # a province's Youth Union
    ("95/TTYTKSDB", "95/TTYT-KSDB"),  # a health centre's, not a Thông tư ("TT")
    ("29/HD-MTTWBTT", "29/HD-MTTW-BTT"),  # the Front's central committee
    ("157/KH-BCAC06", "157/KH-BCA-C06"),  # a ministry's department by its letter and figures
])
def test_a_number_whose_copy_lost_the_hyphen_between_an_issuer_and_its_unit(glued, number):
    """In a copy that shows its hyphens lost ("1961/QĐUBND"), a known issuer's code is cut from its unit's."""
    found = only(f"Thực hiện văn bản số {glued} ngày 12/8/2010 của cơ quan cấp trên; số 1961/QĐUBND.")
    assert found["number"] == number


def test_a_provincial_inspectorates_code_and_a_law_named_with_its_amendment_in_brackets():
    """"18/KLTTT" (its hyphen lost) is the "Thanh tra tỉnh"'s conclusion, not a Thông tư's ("TT"); "Pháp lệnh … (sửa
    đổi, bổ sung) số 04/2012/UBTVQH13": the brackets are part of the law's name."""
    found = cite("Căn cứ Pháp lệnh Ưu đãi người có công với cách mạng (sửa đổi, bổ sung) số 04/2012/UBTVQH13 ngày"
                 " 16/7/2012; Kết luận thanh tra số 18/KLTTT ngày 11/3/2024; Báo cáo số 56/BC-TTT ngày 12/3/2024.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("04/2012/UBTVQH13", "Ủy ban Thường vụ Quốc hội"), ("18/KL-TTT", "Thanh tra tỉnh Sóc Trăng"),
        ("56/BC-TTT", "Thanh tra tỉnh Sóc Trăng")]


def test_the_police_divisions_name_runs_on_past_its_ve():
    """"Cục Cảnh sát QLHC về TTXH" (the police's "quản lý hành chính về trật tự xã hội"): its "về" is the name's,
    and its "xã hội" no commune."""
    [found] = cite("Theo hướng dẫn tại Công văn số 3105/C64-P4 ngày 15/11/2017 của Cục Cảnh sát QLHC về TTXH, Phòng"
                   " tổ chức tập huấn.")
    assert found["issuer"] == "Cục Cảnh sát quản lý hành chính về trật tự xã hội"


def test_a_unit_of_letter_and_figure_after_a_number_that_lost_its_hyphens():
    """A PDF copy that lost its hyphens: "960/QĐVKSTC" / "V4 ngày …" broken where the hyphen was (a procuracy's
    department V4), a police department's "3105/C64P4" (C64's room P4), a regional agency's "95/TYV2DT" (TYV2-DT);
    a known issuer before a unit with a figure: "3874/BYTK2ĐT" (BYT-K2ĐT)."""
    found = cite("Căn cứ Nghị định số 96/2016/NĐCP ngày 01/7/2016; Quy chế kèm theo Quyết định số 960/QĐVKSTC\n"
                 "V4 ngày 17/9/2007 của Viện trưởng Viện kiểm sát nhân dân tối cao; Công văn số 3105/C64P4 ngày"
                 " 15/11/2017 của Cục Cảnh sát QLHC về TTXH; Văn bản số 95/TYV2DT ngày 20/02/2019; Công văn số"
                 " 3874/BYTK2ĐT ngày 10/7/2020 của Bộ Y tế.")
    assert [(c["number"], c["date"]) for c in found] == [
        ("96/2016/NĐ-CP", "2016-07-01"), ("960/QĐ-VKSTC-V4", "2007-09-17"), ("3105/C64-P4", "2017-11-15"),
        ("95/TYV2-DT", "2019-02-20"), ("3874/BYT-K2ĐT", "2020-07-10")]


def test_a_cited_issuer_whose_words_a_copy_ran_together_at_a_capital():
    """"của Ban Thường vụHuyện ủy": two words run together, told by the capital inside; the name reads them apart."""
    [found] = cite("Thực hiện Kế hoạch số 21-KH/HU ngày 02/6/2016 của Ban Thường vụHuyện ủy; biểu dương.",
                   DISTRICT_LETTER)
    assert found["issuer"] == "Ban Thường vụ Huyện ủy Tuy Phước"


def test_a_party_number_with_an_en_dash_and_an_issuer_with_a_look_alike_letter():
    """A scan's text: "Kế hoạch số 27–KH/HU" (an en dash for the hyphen), "của HÐND tỉnh" (a look-alike "Ð")."""
    found = cite("Căn cứ Nghị quyết số 22/2010/NQ-HÐND ngày 14/12/2010 của HÐND tỉnh Phú Thọ và Kế hoạch số 27–KH/HU"
                 " ngày 25 tháng 8 năm 2009 của Ban Thường vụ Huyện ủy.", DISTRICT_LETTER)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("22/2010/NQ-HĐND", "Hội đồng nhân dân tỉnh Phú Thọ"), ("27-KH/HU", "Ban Thường vụ Huyện ủy Tuy Phước")]


def test_a_central_boards_letter_to_one_provinces_party_committee():
    """Ban Tổ chức Trung ương writing to "Ban Thường vụ Tỉnh ủy Hà Giang": its "của Ban Thường vụ Tỉnh ủy" is Hà
    Giang's."""
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TỔ CHỨC")
    found = cite("Ban Tổ chức Trung ương nhận được Tờ trình số 86-TTr/TU, ngày 15/02/2018 của Ban Thường vụ Tỉnh ủy Hà"
                 " Giang. Thực hiện theo Quyết định số 1216-QĐ/TU, ngày 20/9/2016 của Ban Thường vụ Tỉnh ủy.", template)
    assert [c["issuer"] for c in found] == ["Ban Thường vụ Tỉnh ủy Hà Giang"] * 2


def test_a_centre_named_without_its_place_in_a_provinces_letter_is_the_provinces():
    """"Xét đề nghị của Trung tâm Quản lý giao thông công cộng tại Tờ trình số …" in a province's letter: its own
    department's centre; in a district's letter the name is left as written (a district has centres too)."""
    body = "Xét đề nghị của Trung tâm Quản lý giao thông công cộng tại Tờ trình số 1935/TTr-TTQLGTCC ngày 22/4/2024."
    assert cite(body)[0]["issuer"] == "Trung tâm Quản lý giao thông công cộng tỉnh Sóc Trăng"
    assert cite(body, DISTRICT_LETTER)[0]["issuer"] == "Trung tâm Quản lý giao thông công cộng"


def test_a_number_broken_at_a_lines_end_before_an_indented_line():
    """A copy that indents its wrapped lines: "Thông tư số 59/2015/TT" / "        BLĐTBXH ngày …" (its hyphen lost) and
    "Thông tư liên tịch số 24/2010/TTLT-" / "        BLĐTBXH-BTC ngày …" are whole numbers."""
    found = cite("Căn cứ Thông tư số 59/2015/TT\n        BLĐTBXH ngày 29/12/2015 quy định; Thông tư liên tịch số"
                 " 24/2010/TTLT-\n        BLĐTBXH-BTC ngày 18/8/2010 của Bộ Lao động - Thương binh và Xã hội.")
    assert [(c["number"], c["date"]) for c in found] == [("59/2015/TT-BLĐTBXH", "2015-12-29"),
                                                       ("24/2010/TTLT-BLĐTBXH-BTC", "2010-08-18")]


def test_a_cited_issuer_ends_before_trước_and_its_words_run_together_are_parted():
    """"… của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam trước ngày …" ends at "trước"; "của Ban Chấp hành
    Hội Nông dânhuyện" (one place the word parts in two syllables: "dân huyện", no "dâ nhuyện"); "của Bộ Chính trị vá
    Kế hoạch …" (a scan's tone on "và")."""
    found = cite("Theo Hướng dẫn số 18/HD-ĐCT ngày 05/01/2023 của Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt"
                 " Nam trước ngày 30/6; Nghị quyết số 09-NQ/HND ngày 10/01/2012 của Ban Chấp hành Hội Nông dânhuyện;"
                 " Chỉ thị số 36-CT/TW ngày 30/5/2014 của Bộ Chính trị vá Kế hoạch của huyện.", DISTRICT_LETTER)
    assert [c["issuer"] for c in found] == ["Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam",
                                           "Ban Chấp hành Hội Nông dân huyện Tuy Phước", "Bộ Chính trị"]


def test_a_former_provinces_board_named_before_its_decision_and_a_wards_party_committee_misread():
    """A commune's letter of 2025: "ngày 28/6/2025 Ban Thường vụ Tỉnh ủy Phú Yên (cũ) ban hành Quyết định số
    1145-QĐ/TU" (the former province's board, its date before); a scan's "của Ban Thường vụ Đảng ủy phưởng" is its
    own ward's."""
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN\nPHƯỜNG QUY NHƠN NAM")
    found = cite("Ngày 28/6/2025 Ban Thường vụ Tỉnh ủy Phú Yên (cũ) ban hành Quyết định số 1145-QĐ/TU về nhân sự;"
                 " Thông báo số 96-TB/ĐU ngày 02/9/2025 của Ban Thường vụ Đảng ủy phưởng.", template)
    assert [(c["date"], c["issuer"]) for c in found] == [
        ("2025-06-28", "Ban Thường vụ Tỉnh ủy Phú Yên"), ("2025-09-02", "Ban Thường vụ Đảng ủy phường Quy Nhơn Nam")]


def test_a_departments_pdf_copy_its_field_broken_and_its_branches_codes():
    """A PDF copy: "của Bộ Lao" / "động  Thương binh và Xã hội" (broken, its dash lost), "3127/BTPQLXLVPHC&TDTHPL" (a
    unit of two joined by "&"), "Báo cáo số 112/BC-CCKL … của Chi cục Kiểm lâm tổng kết …" and "Tờ trình số
    96/TTr-CCTY" with no issuer named (a branch's code: the province's Chi cục Thú y)."""
    found = cite("Thực hiện Công văn số 4120/LĐTBXHTCGDNN ngày 04/10/2019 của Bộ Lao\nđộng  Thương binh và Xã hội về"
                 " việc báo cáo; Công văn số 3127/BTPQLXLVPHC&TDTHPL ngày 15/9/2023 của Bộ Tư pháp; Báo cáo số"
                 " 112/BC-CCKL ngày 15/7/2016 của Chi cục Kiểm lâm tổng kết công tác; Tờ trình số 96/TTr-CCTY ngày"
                 " 12/11/2013.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("4120/LĐTBXH-TCGDNN", "Bộ Lao động - Thương binh và Xã hội"), ("3127/BTP-QLXLVPHC&TDTHPL", "Bộ Tư pháp"),
        ("112/BC-CCKL", "Chi cục Kiểm lâm tỉnh Sóc Trăng"), ("96/TTr-CCTY", "Chi cục Thú y tỉnh Sóc Trăng")]


def test_an_old_national_boards_code_a_councils_abbreviation_and_a_scans_space_in_the_month():
    """"118/PCLBTW" (the national flood board's code until 2014, no hyphen lost); "của Hội đồng NVQS huyện" read out;
    a scan's "ngày 16/1 1/2015" (a space inside the month)."""
    found = cite("Thực hiện Công văn số 118/PCLBTW ngày 03/4/2007; Kế hoạch số 45/KH-HĐNVQS ngày 24/10/2008 của Hội"
                 " đồng NVQS huyện; Quyết định số 2718/QĐ-UBND ngày 16/1 1/2015 của Chủ tịch UBND tỉnh về việc giao.",
                 DISTRICT_LETTER)
    assert [(c["number"], c["date"], fold(c["issuer"])) for c in found] == [
        ("118/PCLBTW", "2007-04-03", fold("Ban Chỉ đạo Phòng chống lụt bão Trung ương")),
        ("45/KH-HĐNVQS", "2008-10-24", fold("Hội đồng Nghĩa vụ quân sự huyện Tuy Phước")),
        ("2718/QĐ-UBND", "2015-11-16", fold("Ủy ban nhân dân tỉnh Bình Định"))]


def test_a_steering_boards_name_ends_before_the_documents_own_about_and_another_document():
    """"của Ban Chỉ đạo Phòng chống lụt bão Trung ương về việc chuẩn bị … và Nghị quyết số 22/2006/NQ-HĐND … của HĐND
    tỉnh về …": the board's "về việc" is the document's subject, and its name never runs past another document."""
    found = cite("Thực hiện Công văn số 120/BCĐ ngày 03/4/2007 của Ban Chỉ đạo Phòng chống lụt bão Trung ương về việc"
                 " chuẩn bị cho mùa mưa lũ năm 2007 và Nghị quyết số 22/2006/NQ-HĐND ngày 14/12/2006 của HĐND tỉnh về"
                 " nhiệm vụ năm 2007.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("120/BCĐ", "Ban Chỉ đạo Phòng chống lụt bão Trung ương"),
        ("22/2006/NQ-HĐND", "Hội đồng nhân dân tỉnh Sóc Trăng")]


def test_a_national_association_named_with_its_field_and_a_district_branchs_own_committee():
    """"của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam" (its field's "và", the country after it); "của UBND huyện"
    in the letter of "Kho bạc Nhà nước Lý Nhân" under "Kho bạc Nhà nước Hà Nam" (a branch named by its district)."""
    found = cite("Theo Công văn số 541/LHHVN-VIFOTEC ngày 02/6/2021 của Liên hiệp các Hội Khoa học và Kỹ thuật Việt"
                 " Nam.")
    assert found[0]["issuer"] == "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "KHO BẠC NHÀ NƯỚC HÀ NAM\nKHO BẠC NHÀ NƯỚC LÝ"
                                       " NHÂN").replace("Sóc Trăng, ngày", "Lý Nhân, ngày")
    found = cite("Thực hiện Chỉ thị số 09/CT-UBND ngày 12/5/2016 của UBND huyện về giải ngân.", template)
    assert found[0]["issuer"] == "Ủy ban nhân dân huyện Lý Nhân"


def test_a_document_its_approver_named_before_and_the_province_huế_was_until_2025():
    """"Dự án được UBND tỉnh chấp thuận chủ trương đầu tư tại Công văn số 2217/UBND-XD" (the approver named before);
    in a letter of thị xã Hương Trà of 2017, "UBND tỉnh" is Thừa Thiên Huế's (the city of Huế from 2025)."""
    template = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "THỊ XÃ HƯƠNG TRÀ").replace("Sóc Trăng, ngày 02 tháng 5 năm"
                                                                                   " 2024", "Hương Trà, ngày 02"
                                                                                   " tháng 5 năm 2017")
    found = cite("Dự án được UBND tỉnh chấp thuận chủ trương đầu tư tại Công văn số 2217/UBND-XD ngày 18/4/2016.",
                 template)
    assert found[0]["issuer"] == "Ủy ban nhân dân tỉnh Thừa Thiên Huế"


def test_a_land_registrys_code_a_copy_ran_into_its_units_and_a_joint_resolutions_front():
    """"1518/VPĐKĐK" in a copy that lost its hyphens (the provincial land registry's code, then its unit); the Front's
    presidium in a joint resolution's number."""
    found = cite("Thực hiện Công văn số 1518/VPĐKĐK ngày 02/6/2019 và Nghị định số 126/2020/NĐCP ngày 19/10/2020 của"
                 " Chính phủ; Nghị quyết liên tịch số 403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN ngày 15/6/2017.")
    assert [c["number"] for c in found] == ["1518/VPĐK-ĐK", "126/2020/NĐ-CP",
                                            "403/2017/NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"]
    assert fold(found[2]["issuer"]).endswith(fold("Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"))


def test_a_board_named_after_its_heads_title_and_a_word_run_into_tai():
    """"của Trưởng ban Ban Thi đua - Khen thưởng tỉnh" is the board's (its word once); a copy's "Sở Xây dựngtại Tờ
    trình số …" (a word run into "tại") still names the document's issuer before it."""
    found = cite("Xét đề nghị của Trưởng ban Ban Thi đua - Khen thưởng tỉnh tại Tờ trình số 87/TTr-BTĐKT ngày"
                 " 02/3/2012.")
    assert found[0]["issuer"] == "Ban Thi đua - Khen thưởng tỉnh Sóc Trăng"


def test_a_footnotes_marker_run_into_the_issuers_last_word_and_a_party_joint_rule_between_two_boards():
    """"của Chủ tịch UBND tỉnh1": a PDF copy's marker, not part of the name; "Quy chế phối hợp số 03-QCPH/ĐUK-LĐLĐ …
    giữa Ban Thường vụ Đảng ủy Khối và Ban Thường vụ Liên đoàn Lao động tỉnh": both boards (a party-numbered joint
    document)."""
    found = cite("Theo Quyết định số 1620/QĐ-UBND ngày 28/11/2023 của Chủ tịch UBND tỉnh1, đang sinh sống.")
    assert found[0]["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"
    found = cite("Thực hiện Quy chế phối hợp số 03-QCPH/ĐUK-LĐLĐ, ngày 15/4/2017 giữa Ban Thường vụ Đảng ủy Khối và"
                 " Ban Thường vụ Liên đoàn Lao động tỉnh trong việc xây dựng tổ chức công đoàn.")
    assert found[0]["issuer"].endswith(" và Ban Thường vụ Liên đoàn Lao động tỉnh Sóc Trăng")


def test_wave_two_cited_issuers_offices_of_two_bodies_a_units_own_report_and_laws():
    """"của Văn phòng HĐND và UBND thị xã" (an office serving two bodies, whole); "của Phòng Cảnh sát quản lý hành
    chính về trật tự xã hội" in that Phòng's letter (its parent after its name); a law is the Quốc hội's whoever the
    sentence names before it; "Chỉ lệnh số 15/CL-BTL"; "08.a/2010/TT-BTP"; "Cảnh sát PC&CC", "VSATTP" read out."""
    town = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "THỊ XÃ VĨNH CHÂU").replace("Sóc Trăng, ngày", "Vĩnh Châu, ngày")
    found = cite("Căn cứ Thông báo số 87/TB-VP ngày 17/3/2017 của Văn phòng HĐND và UBND thị xã, tổ chức.", town)
    assert found[0]["issuer"] == "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân thị xã Vĩnh Châu"
    police = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "CÔNG AN TỈNH SÓC TRĂNG\nPHÒNG CẢNH SÁT QLHC"
                                     " VỀ TTXH").replace("10/UBND-TH", "10/PC06-ĐKQL")
    found = cite("Số liệu theo Báo cáo số 1185/BC-PC06 ngày 10/3/2025 của Phòng Cảnh sát quản lý hành chính về trật"
                 " tự xã hội về kết quả.", police)
    assert found[0]["issuer"] == "Phòng Cảnh sát quản lý hành chính về trật tự xã hội Công an tỉnh Sóc Trăng"
    found = cite("Phát huy vai trò của Mặt trận theo Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13; Chỉ lệnh số"
                 " 15/CL-BTL ngày 20/12/2010 của Bộ Tư lệnh Quân khu 9; Thông tư số 08.a/2010/TT-BTP ngày 25/3/2010;"
                 " Công văn số 1864/CSPCCC-P2 ngày 28/11/2013 của Cảnh sát PC&CC thành phố Hà Nội; Kế hoạch số"
                 " 47/KH-BCĐ ngày 05/12/2011 của Ban Chỉ đạo liên ngành về VSATTP tỉnh Sóc Trăng về"
                 " bảo đảm an toàn thực phẩm Tết.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("75/2015/QH13", "Quốc hội"), ("15/CL-BTL", "Bộ Tư lệnh Quân khu 9"), ("08.a/2010/TT-BTP", "Bộ Tư pháp"),
        ("1864/CSPCCC-P2", "Cảnh sát Phòng cháy và chữa cháy thành phố Hà Nội"),
        ("47/KH-BCĐ", "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Sóc Trăng")]


def test_wave_three_a_companys_own_letter_a_council_of_judges_and_an_enforcement_decisions_kind():
    """"của Công ty" in a company's letter is the company; "01/2022/NQ-HĐTP" the Hội đồng Thẩm phán's; "Quyết định thi
    hành án theo yêu cầu số 96/QĐCCTHADS" (a decision's kind with its "theo", the hyphen a PDF lost)."""
    company = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN NAM\nCÔNG TY"
                                      " ĐIỆN LỰC SÓC TRĂNG").replace("10/UBND-TH", "10/PCST-KT")
    found = cite("Ngày 28/5/2014, Công ty đã có Công văn số 1896/PCST-KT của Công ty gửi các xã.", company)
    assert fold(found[0]["issuer"]) == fold("Công ty Điện lực Sóc Trăng")
    found = cite("Căn cứ Nghị quyết số 01/2022/NQ-HĐTP ngày 15/3/2022; theo Quyết định thi hành án theo yêu cầu số"
                 " 96/QĐCCTHADS ngày 07/11/2022 của Chi cục trưởng Chi cục Thi hành án dân sự thành phố Sóc Trăng.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("01/2022/NQ-HĐTP", "Hội đồng Thẩm phán Tòa án nhân dân tối cao"),
        ("96/QĐ-CCTHADS", "Chi cục Thi hành án dân sự thành phố Sóc Trăng")]


def test_wave_four_an_issuer_ends_at_a_tables_tab_and_a_longer_issuers_code_before_a_types():
    """A task table's cell "… của Văn phòng Điều phối nông thôn mới tỉnh<tab>UBND các huyện": the issuer ends at the
    tab; "1146/BTTTTTHH" (hyphen lost) is the Bộ Thông tin và Truyền thông's BTTTT-THH, no Bản thỏa thuận's "BTT"."""
    found = cite("7\tBáo cáo theo mẫu tại Văn bản số 245/VPĐP-KHNV ngày 20/7/2017 của Văn phòng Điều phối nông thôn mới"
                 " tỉnh\tUBND các huyện\tCác sở\tHằng quý\n\nThực hiện Công văn số 1146/BTTTTTHH ngày 05/4/2022 của Bộ"
                 " Thông tin và Truyền thông và Kế hoạch số 35/KHUBND ngày 10/3/2022.")
    assert [(c["number"], c["issuer"]) for c in found][:2] == [
        ("245/VPĐP-KHNV", "Văn phòng Điều phối nông thôn mới tỉnh Sóc Trăng"),
        ("1146/BTTTT-THH", "Bộ Thông tin và Truyền thông")]


def test_a_quantifier_after_de_is_no_issuer():
    """"… ban hành kèm theo Quyết định số 12/2013/QĐ-UBND của một số cơ quan, đơn vị chưa nghiêm": "một số" (some) names
    no issuer; the number's code does."""
    found = cite("Việc thực hiện Quy chế ban hành kèm theo Quyết định số 12/2013/QĐ-UBND của một số cơ quan, đơn vị"
                 " chưa nghiêm.")
    assert found[0]["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


def test_wave_six_a_city_above_a_commune_a_provinces_letter_on_one_district_and_two_of_a_type_sharing_date():
    """"của UBND thành phố" in a commune of Đồng Xoài is the city's, not "thành phố Bình Phước"; "của Ban Thường vụ
    Huyện ủy" in a province's letter on Huyện ủy Thanh Sơn is that one's; "Quyết định số 217-QĐ/TW và Quyết định số
    218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị": one date and one issuer for both (the Central Committee's "…/TW" code
    names its Bộ Chính trị too); "của Hạt Kiểm lâm" in a district's letter is the district's."""
    commune = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND THÀNH PHỐ ĐỒNG XOÀI\nỦY BAN NHÂN DÂN XÃ"
                                      " TÂN THÀNH").replace("Sóc Trăng, ngày", "Tân Thành, ngày")
    assert only("Thực hiện Công văn số 815/UBND-KT ngày 05/3/2024 của UBND thành phố.", commune)["issuer"] == (
        "Ủy ban nhân dân thành phố Đồng Xoài")
    party = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "TỈNH ỦY PHÚ THỌ\nỦY BAN KIỂM TRA").replace(
        "Sóc Trăng, ngày", "Việt Trì, ngày").replace("10/UBND-TH", "112-TB/UBKTTU")
    found = cite("Ban Thường vụ Huyện ủy Thanh Sơn đã ban hành Kế hoạch số 86-KH/HU, ngày 10/01/2020 của Ban Thường vụ"
                 " Huyện ủy.", party)
    assert found[0]["issuer"] == "Ban Thường vụ Huyện ủy Thanh Sơn"
    found = cite("Căn cứ Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị;")
    assert [(c["date"], c["issuer"]) for c in found] == [("2013-12-12", "Bộ Chính trị")] * 2
    found = cite("Thực hiện Kế hoạch số 38/KH-HKL ngày 19/10/2009 của Hạt Kiểm lâm về phòng cháy.", DISTRICT_LETTER)
    assert found[0]["issuer"] == "Hạt Kiểm lâm huyện Tuy Phước"


def test_wave_seven_a_tables_abbreviated_types_a_city_in_a_central_city_and_heads_of_councils_and_schools():
    """A table's cells: "QĐ số 2178/QĐ-UBND ngày 14/6/2019 của UBND tỉnh", "NQ số 51/NQ-HĐND … của HĐND TP. Cẩm Phả"
    (its "TP." a word of the name, the next row no part of it); "của Ủy ban nhân dân Thành phố" in Thủ Đức's letter is
    Hồ Chí Minh's; "của UBND huyện kết luận của Phó Chủ tịch …" ends at "kết luận"; "Chủ tịch Hội đồng thi …" is the
    council's (a "Thường trực HĐND" stays the standing board); "của Hiệu trưởng nhà trường" is the school's."""
    found = cite("1 | Đường nối | TP. Hạ Long | QĐ số 2178/QĐ-UBND ngày 14/6/2019 của UBND tỉnh\n2 | Trường THCS | TP."
                 " Cẩm Phả | NQ số 51/NQ-HĐND ngày 28/3/2019 của HĐND TP. Cẩm Phả\n3 | Kè | TP. Móng Cái | 6,32")
    assert [(c["type"], c["number"], c["issuer"]) for c in found] == [
        ("Quyết định", "2178/QĐ-UBND", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Nghị quyết", "51/NQ-HĐND", "Hội đồng nhân dân thành phố Cẩm Phả")]
    city = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "THÀNH PHỐ THỦ ĐỨC").replace("Sóc Trăng, ngày", "Thủ Đức, ngày")
    assert only("Thực hiện Kế hoạch số 1487/KH-UBND ngày 06/5/2022 của Ủy ban nhân dân Thành phố về trật tự.",
                city)["issuer"] == "Ủy ban nhân dân thành phố Hồ Chí Minh"
    assert only("Căn cứ Thông báo số 1187/TB-UBND ngày 01/11/2021 của UBND huyện kết luận của Phó Chủ tịch UBND huyện"
                " tại cuộc họp.", DISTRICT_LETTER)["issuer"] == "Ủy ban nhân dân huyện Tuy Phước"
    found = cite("Xét đề nghị của Chủ tịch Hội đồng thi nâng ngạch công chức năm 2015 tại Tờ trình số 45/TTr-HĐT ngày"
                 " 09/10/2015; Kế hoạch số 41/KH-HĐND ngày 02/3/2015 của Thường trực HĐND tỉnh.")
    assert [c["issuer"] for c in found] == ["Hội đồng thi nâng ngạch công chức năm 2015",
                                            "Thường trực Hội đồng nhân dân tỉnh Sóc Trăng"]
    school = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "SỞ GD&ĐT THÁI BÌNH\nTRƯỜNG THPT BẮC DUYÊN HÀ")
    assert only("Căn cứ Kế hoạch số 52/KH-THPTBDH ngày 12/9/2016 của Hiệu trưởng nhà trường về nhiệm vụ năm học.",
                school)["issuer"] == "Trường Trung học phổ thông Bắc Duyên Hà"


def test_a_joint_letters_earlier_plan_names_each_of_its_bodies_once():
    """"Kế hoạch số 01/KHLT-SYT-SGDĐT … của liên ngành Sở Y tế - Sở Giáo dục và Đào tạo" in the two departments' joint
    plan: each named once with its province (the first is no short name of the joint issuer)."""
    joint = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TỈNH SÓC TRĂNG\nSỞ Y TẾ - SỞ GIÁO DỤC VÀ"
                                    " ĐÀO TẠO").replace("10/UBND-TH", "02/KHLT-SYT-SGDĐT")
    found = only("Trên cơ sở Kế hoạch số 01/KHLT-SYT-SGDĐT ngày 20/8/2015 của liên ngành Sở Y tế - Sở Giáo dục và Đào"
                 " tạo, liên ngành xây dựng Kế hoạch.", joint)
    assert found["issuer"] == "Sở Y tế tỉnh Sóc Trăng và Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"


def test_wave_eight_a_date_in_brackets_or_a_tables_next_cell_a_steering_boards_purpose_and_courts_judgments():
    """"Công văn số 215/SNV-TCCB (ngày 11/3/2005 của Sở Nội vụ)"; "| Luật … số 83/2015/QH13 | 25/6/2015 | Quốc hội |";
    "của Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Sóc Trăng" (its purpose and place its name's; not
    "… tỉnh về kết luận cuộc họp … với các huyện"); "Cảnh sát Phòng cháy và chữa cháy …" past its "và"; "được Tòa án
    nhân dân huyện … xét xử sơ thẩm tại Bản án số …", "Tòa án nhân dân tỉnh đã xét xử phúc thẩm tại Bản án số …"."""
    found = cite("Thực hiện Công văn số 215/SNV-TCCB (ngày 11/3/2005 của Sở Nội vụ) về việc rà soát.\n\n| 1 | Luật Ngân"
                 " sách nhà nước số 83/2015/QH13 | 25/6/2015 | Quốc hội |")
    assert [(c["date"], c["issuer"]) for c in found] == [("2005-03-11", "Sở Nội vụ tỉnh Sóc Trăng"),
                                                          ("2015-06-25", "Quốc hội")]
    found = cite("Thực hiện Hướng dẫn số 318/HD-BCĐ ngày 15/3/2019 của Ban Chỉ đạo liên ngành về vệ sinh an toàn thực"
                 " phẩm tỉnh Sóc Trăng, UBND tỉnh xây dựng Kế hoạch; Thông báo số 142/TB-BCĐ ngày 26/7/2021 của Ban Chỉ"
                 " đạo phòng, chống dịch COVID-19 tỉnh về kết luận cuộc họp trực tuyến với các huyện, thị xã; Báo cáo"
                 " số 215/BC-PC66 ngày 25/8/2016 của Cảnh sát Phòng cháy và chữa cháy tỉnh Sóc Trăng.")
    assert [c["issuer"] for c in found] == [
        "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Sóc Trăng",
        "Ban Chỉ đạo phòng, chống dịch COVID-19 tỉnh Sóc Trăng", "Cảnh sát Phòng cháy và chữa cháy tỉnh Sóc Trăng"]
    found = cite("Vụ án đã được Tòa án nhân dân huyện Chư Sê xét xử sơ thẩm tại Bản án số 12/2012/DS-ST ngày"
                 " 20/02/2012. Tòa án nhân dân tỉnh đã xét xử phúc thẩm tại Bản án số 45/2012/DS-PT ngày 17/5/2012.")
    assert [c["issuer"] for c in found] == ["Tòa án nhân dân huyện Chư Sê", "Tòa án nhân dân tỉnh Sóc Trăng"]


def test_a_communes_letter_since_the_reorganisation_places_a_former_district_in_its_province_of_now():
    """A commune of July 2025 whose name two provinces hold ("xã Tiền Hải": An Giang's, Hưng Yên's): its text's "UBND
    huyện Tiền Hải (cũ)" is Thái Bình's, part of Hưng Yên since: "của Sở Văn hóa, Thể thao và Du lịch" is Hưng Yên's;
    the commune's "Phòng Văn hóa - Xã hội" keeps its hyphen."""
    commune = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN NHÂN DÂN\nXÃ TIỀN HẢI").replace(
        "Sóc Trăng, ngày 02 tháng 5 năm 2024", "Tiền Hải, ngày 02 tháng 12 năm 2025")
    found = cite("Căn cứ Hướng dẫn số 09/HD-SVHTTDL ngày 24/10/2025 của Sở Văn hóa, Thể thao và Du lịch; theo đề nghị"
                 " của Trưởng phòng Văn hóa - Xã hội tại Tờ trình số 27/TTr-VHXH ngày 28/11/2025; bãi bỏ Quyết định số"
                 " 2350/QĐ-UBND ngày 18/10/2021 của UBND huyện Tiền Hải (cũ).", commune)
    assert [c["issuer"] for c in found] == ["Sở Văn hóa, Thể thao và Du lịch tỉnh Hưng Yên",
                                            "Phòng Văn hóa - Xã hội xã Tiền Hải", "Ủy ban nhân dân huyện Tiền Hải"]


def test_a_steering_boards_level_before_what_it_did():
    """"của Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh trong Tháng hành động …" ends at its level,
    completed with the province."""
    found = only("Triển khai Kế hoạch số 58/KH-BCĐ ngày 02/4/2018 của Ban Chỉ đạo liên ngành về vệ sinh an toàn thực"
                 " phẩm tỉnh trong Tháng hành động vì an toàn thực phẩm.")
    assert found["issuer"] == "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Sóc Trăng"


def test_the_ministrys_veterinary_department_by_its_code_in_a_copy_that_lost_its_hyphens():
    """"Công văn số 311/TYDT" (a PDF copy, "…/NĐCP" beside it): the Cục Thú y's "TY-DT"."""
    found = cite("Thực hiện Nghị định số 35/2016/NĐCP ngày 15/5/2016 của Chính phủ và Công văn số 311/TYDT ngày"
                 " 27/02/2019 về phòng, chống bệnh Dịch tả lợn châu Phi.")
    assert [(c["number"], c["issuer"]) for c in found][1] == ("311/TY-DT", "Cục Thú y")


def test_a_pages_download_line_names_a_file_no_document():
    """"Tải văn bản: 1150-SNV-CCVC.pdf" under a portal's copy is the file's name, no citation."""
    assert cite("Đề nghị các đơn vị thực hiện./.\n\nTải văn bản: 1150-SNV-CCVC.pdf") == []


def test_a_footnotes_digit_glued_inside_an_issuer_phrase_ends_it():
    """"của UBND tỉnh2 phải hoàn thành …": the footnote's marker a PDF copy ran into the word ends the name."""
    found = only("Các cơ sở theo Quyết định số 1530/QĐ-UBND ngày 20/8/2018 của UBND tỉnh2 phải hoàn thành lắp đặt"
                 " thiết bị.")
    assert found["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


def test_a_document_the_province_allotted_funds_by_is_its_own():
    """"kinh phí được UBND tỉnh phân bổ tại Quyết định số …" in a district's letter: the province's."""
    found = only("Phòng Tài chính tham mưu phân bổ kinh phí được UBND tỉnh phân bổ tại Quyết định số 2210/QĐ-UBND"
                 " ngày 23/10/2020.", DISTRICT_LETTER)
    assert found["issuer"].startswith("Ủy ban nhân dân tỉnh ")


def test_a_tourism_departments_code_in_a_copy_that_lost_its_hyphens():
    """"Công văn số 96/SDLQLDL" (a Sở Du lịch's, "…/NĐCP" beside it): "96/SDL-QLDL", the province's Sở Du lịch."""
    found = cite("Căn cứ Nghị định số 168/2017/NĐCP ngày 31/12/2017 của Chính phủ; Công văn số 96/SDLQLDL ngày"
                 " 02/02/2018 về mùa du lịch.")
    assert [(c["number"], c["issuer"]) for c in found][1] == ("96/SDL-QLDL", "Sở Du lịch tỉnh Sóc Trăng")


def test_the_head_of_the_citing_academy_named_by_its_kind():
    """"của Giám đốc Học viện" in the academy's own letter: the academy's."""
    academy = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TP. HỒ CHÍ MINH\nHỌC VIỆN CÁN BỘ")
    academy = academy.replace("Số: 10/UBND-TH", "Số: 12/KH-HVCB").replace("Sóc Trăng, ngày", "TP. Hồ Chí Minh, ngày")
    found = cite("Thực hiện Quyết định số 1219/QĐ-HVCB ngày 15/9/2020 của Giám đốc Học viện về đào tạo.", academy)
    assert [c["issuer"] for c in found] == ["Học viện Cán bộ Thành phố Hồ Chí Minh"]


@pytest.mark.parametrize("body", ["Đại học Đà Nẵng", "Học viện Ngân hàng"])
def test_the_head_of_a_regional_university_or_an_academy_names_it(body):
    """"của Giám đốc Đại học Đà Nẵng", "của Giám đốc Học viện Ngân hàng": the university's, the academy's."""
    assert only(f"Thực hiện Quyết định số 1187/QĐ-ĐHĐN ngày 02/3/2016 của Giám đốc {body} về tuyển sinh."
                )["issuer"] == body


def test_the_second_of_two_proposing_bodies_before_its_document():
    """"Xét đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số … và Sở Tài chính tại Công văn số 118/TC-NS": the Sở
    Tài chính's (an old code, "TC", no table knows); not "… và Hội đồng nhân dân số 87/2015/QH13 và Sự phân công của
    Thường trực … tại Công văn số …", which names a law first."""
    found = cite("Xét đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số 36/TTr-NN ngày 02/02/2005 và Sở Tài chính"
                 " tại Công văn số 118/TC-NS ngày 05/02/2005.")
    assert [c["issuer"] for c in found] == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng",
                                            "Sở Tài chính tỉnh Sóc Trăng"]
    found = cite("Căn cứ Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân số 87/2015/QH13 và sự phân công"
                 " của Thường trực HĐND tỉnh tại Công văn số 312/HĐND-VP ngày 20/11/2020.")
    assert found[1]["issuer"] == "Thường trực Hội đồng nhân dân tỉnh Sóc Trăng"


def test_a_document_a_township_forwarded():
    """"hồ sơ … do UBND thị trấn Chư Sê chuyển đến tại Tờ trình số 37/TTr-UBND": the township's."""
    found = only("Xét hồ sơ của 14 hộ gia đình do UBND thị trấn Chư Sê chuyển đến tại Tờ trình số 37/TTr-UBND ngày"
                 " 06/6/2016, Phòng đã kiểm tra thực địa.", DISTRICT_LETTER)
    assert found["issuer"] == "Ủy ban nhân dân thị trấn Chư Sê"


def test_the_youth_unions_initials_read_out_in_a_joint_plans_bodies():
    """"Trung ương Đoàn TNCS Hồ Chí Minh" is the "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"."""
    found = only("Thực hiện Kế hoạch liên ngành số 307/KHLN-BGDĐT-TWĐTN ngày 22/7/2008 của Bộ Giáo dục và Đào tạo và"
                 " Trung ương Đoàn TNCS Hồ Chí Minh về phong trào thi đua.")
    assert found["issuer"] == "Bộ Giáo dục và Đào tạo và Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"


def test_a_districts_livestock_and_veterinary_station():
    """"của Trạm Chăn nuôi và Thú y huyện Long Hồ": the station's field holds "và" (since 2018)."""
    found = only("Thực hiện Công văn số 15/TY-LH ngày 01/3/2019 của Trạm Chăn nuôi và Thú y huyện Long Hồ về việc"
                 " triển khai các biện pháp phòng, chống bệnh.")
    assert found["issuer"] == "Trạm Chăn nuôi và Thú y huyện Long Hồ"


def test_codes_of_a_high_court_the_judgment_enforcement_directorate_and_the_red_cross():
    """A copy's "318/TANDCCGĐKT", "25/QĐTCTHADS" (no Tổng cục Thuế's "TCT"), "1583/TWHCTĐCTXH" ("…/NĐCP" beside
    them); the high court's seat past the line's end: "của Tòa án nhân dân cấp cao" / "tại Thành phố Hồ Chí Minh"."""
    found = cite("Căn cứ Nghị định số 62/2015/NĐCP ngày 18/7/2015 của Chính phủ; Văn bản số 318/TANDCCGĐKT ngày"
                 " 09/3/2021 của Tòa án nhân dân cấp cao\ntại Thành phố Hồ Chí Minh về việc hoãn thi hành án; Quyết"
                 " định số 25/QĐTCTHADS ngày 12/01/2019 của Tổng cục Thi hành án dân sự; Công văn số 1583/TWHCTĐCTXH"
                 " ngày 12/10/2020 của Trung ương Hội Chữ thập đỏ Việt Nam.")
    assert [c["number"] for c in found][1:] == ["318/TANDCC-GĐKT", "25/QĐ-TCTHADS", "1583/TWHCTĐ-CTXH"]
    assert found[1]["issuer"] == "Tòa án nhân dân cấp cao tại Thành phố Hồ Chí Minh"


def test_the_court_named_after_the_judgments_date():
    """"Tại Bản án dân sự sơ thẩm số 25/2016/DS-ST ngày 22/11/2016, Tòa án nhân dân huyện Tuy An chấp nhận …": the
    court that judged; not after "Căn cứ Bản án …, Tòa án nhân dân tỉnh … thụ lý" (another court)."""
    found = cite("Tại Bản án dân sự sơ thẩm số 25/2016/DS-ST ngày 22/11/2016, Tòa án nhân dân huyện Tuy An chấp nhận"
                 " yêu cầu khởi kiện. Căn cứ Bản án số 31/2016/DS-ST ngày 02/12/2016, Tòa án nhân dân tỉnh Phú Yên"
                 " thụ lý vụ án.")
    assert [c["issuer"] for c in found][0] == "Tòa án nhân dân huyện Tuy An"
    assert found[1]["issuer"] != "Tòa án nhân dân tỉnh Phú Yên"


def test_a_party_cells_own_resolution_and_the_national_board_for_science():
    """"của Chi bộ" in a cell's letter: its own; "của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới
    sáng tạo và chuyển đổi số." (2025): the board, named by its purpose to the sentence's end."""
    cell = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ĐẢNG BỘ XÃ HƯƠNG SƠN\nCHI BỘ THÔN TAM LỘNG")
    found = cite("Thực hiện Nghị quyết số 03-NQ/CB ngày 12/01/2016 của Chi bộ về nhiệm vụ năm 2016; Kế hoạch số"
                 " 02-KH/BCĐTW ngày 19/6/2025 của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới"
                 " sáng tạo và chuyển đổi số.", cell)
    assert [c["issuer"] for c in found] == [
        "Chi bộ thôn Tam Lộng",
        "Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"]


def test_words_a_copy_ran_into_ban_hanh_and_into_an_organ_and_a_marker_into_a_year(tmp_path):
    """"của Ủy ban nhân dân tỉnhban hành Quy chế …", "của Bộ trưởngBộ Giáo dục và Đào tạo" (a web copy's words run
    together, parted even once); "Tờ trình số 96/TTr-SXD ngày 03/8/20232." (a footnote's marker run into the year:
    2023)."""
    cited = cite_read(tmp_path, (
        "Thực hiện Quyết định số 1245/QĐ-UBND ngày 02/8/2011 của Ủy ban nhân dân tỉnhban hành Quy chế phối hợp;"
        " Thông tư số 05/2018/TT-BGDĐT ngày 28/02/2018 của Bộ trưởngBộ Giáo dục và Đào tạo sửa đổi Quy chế; theo"
        " đề nghị của Sở Xây dựng tại Tờ trình số 96/TTr-SXD ngày 03/8/20232."))
    found = {c.number: c for c in cited}
    assert found["1245/QĐ-UBND"].issuer == "Ủy ban nhân dân tỉnh Sóc Trăng"
    assert found["05/2018/TT-BGDĐT"].issuer == "Bộ Giáo dục và Đào tạo"
    assert found["96/TTr-SXD"].date == "2023-08-03"


def test_a_types_name_run_into_its_number(tmp_path):
    """"Quyết định137/QĐ-TTg", "Công văn1120/UBND-NC" (a web copy's, the reader parts them); not OCR's "ll27" for
    1127."""
    cited = cite_read(tmp_path, (
        "Triển khai Quyết định137/QĐ-TTg ngày 17/01/2012 của Thủ tướng Chính phủ và Công văn1120/UBND-NC ngày"
        " 02/4/2013 của UBND tỉnh; Công văn số ll27/SNN-TL ngày 17/7/2009 của Sở Nông nghiệp và PTNT."))
    assert [c.number for c in cited] == ["137/QĐ-TTg", "1120/UBND-NC", "1127/SNN-TL"]


def test_and_run_into_the_abbreviation_after_it(tmp_path):
    """"của Ban Chỉ huy PCTT vàTKCN tỉnh" (a web copy's): "và TKCN", the board's name whole."""
    cited = cite_read(tmp_path, (
        "Thực hiện Công văn số 15/BCH-PCTT ngày 02/01/2026 của Ban Chỉ huy PCTT vàTKCN tỉnh về phòng, chống hạn."))
    [found] = cited
    assert found.issuer == "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Sóc Trăng"


def test_a_documents_year_alone_after_its_number_is_its_date():
    """Legal-document sites title a document "Nghị quyết 76/NQ-CP năm 2021", and letters cite it so: the year is the
    date the citation gives, and the issuer after it is still read; not a range of years, not after a comma, not
    another year than the number's own; a fuller date given elsewhere in the letter agrees with it."""
    found = {c["number"]: c for c in cite(
        "Thực hiện Nghị quyết 76/NQ-CP năm 2021 của Chính phủ; Chỉ thị 23-CT/TW năm 2018 của Ban Bí thư; Kế hoạch số"
        " 15/KH-UBND năm 2021 - 2025; Kế hoạch số 16/KH-UBND, năm 2021 tỉnh đã thực hiện; Nghị định 61/2018/NĐ-CP năm"
        " 2019 đã sửa đổi. Theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.")}
    assert (found["76/NQ-CP"]["date"], found["76/NQ-CP"]["dates_disagree"]) == ("2021-07-15", [])  # the fuller
    assert (found["23-CT/TW"]["date"], found["23-CT/TW"]["issuer"]) == ("2018", "Ban Bí thư")
    assert [found[n]["date"] for n in ("15/KH-UBND", "16/KH-UBND", "61/2018/NĐ-CP")] == [None, None, None]
    # a year after a number may be the matter's: a full date given elsewhere is the document's
    rule = only("Đề nghị báo cáo kết quả thực hiện Quy định số 76-QĐ/TW năm 2014. Thực hiện Quy định số 76-QĐ/TW ngày"
                " 15/6/2007 của Bộ Chính trị.")
    assert (rule["date"], rule["dates_disagree"]) == ("2007-06-15", [])


def test_a_table_cells_bar_ends_the_issuer_of_a_citation_in_the_cell_before():
    """A plan's table cites a document in a cell ("| Công văn số 1508/SNV-CCHC ngày 19/5/2021 của Sở Nội vụ | Đạt
    98,6% |"): the issuer ends at the bar, which the page's text escapes ("\\|")."""
    cited = only("| 2 | Một cửa liên thông | Công văn số 1508/SNV-CCHC ngày 19/5/2021 của Sở Nội vụ | Đạt 98,6% |")
    assert (cited["issuer_text"], cited["issuer"]) == ("Sở Nội vụ", "Sở Nội vụ tỉnh Sóc Trăng")


def test_the_codes_of_two_ministries_departments_restore_a_lost_hyphen_and_name_their_issuer():
    """"612/ĐLNLTT" (Cục Điện lực và Năng lượng tái tạo, Bộ Công Thương) and "1458/CĐSQGDLS" (Cục Chuyển đổi số quốc
    gia, Bộ Thông tin và Truyền thông), in a PDF copy that lost its numbers' hyphens."""
    found = {c["number"]: c["issuer"] for c in cite(
        "Thực hiện Nghị định số 134/2013/NĐCP ngày 17/10/2013 của Chính phủ, Công văn số 612/ĐLNLTT ngày 11/5/2022 và"
        " Công văn số 1458/CĐSQGDLS ngày 15/8/2024.")}
    assert found == {"134/2013/NĐ-CP": "Chính phủ", "612/ĐL-NLTT": "Cục Điện lực và Năng lượng tái tạo",
                     "1458/CĐSQG-DLS": "Cục Chuyển đổi số quốc gia"}


def test_a_consolidated_texts_number_its_hyphen_lost():
    """A consolidated text (văn bản hợp nhất) numbers "04/VBHN-BGDĐT": "VBHN" is a type's code, "04/VBHNBGDĐT" a PDF
    copy's number with its hyphen lost."""
    cited = only("Căn cứ Điều lệ ban hành kèm theo Văn bản hợp nhất số 04/VBHNBGDĐT ngày 24/12/2015 của Bộ Giáo dục và"
                 " Đào tạo.")
    assert cited["number"] == "04/VBHN-BGDĐT"


def test_a_decision_cited_by_its_figures_and_year_alone():
    """"Quyết định 09/2017 của UBND tỉnh" (its code left out) is a citation of the types whose numbers hold their year;
    "Kế hoạch 5/2021" is none, and "Nghị định 61/2018 và số …" is no name of a document numbered after it."""
    found = {c["number"]: c["issuer"] for c in cite(
        "Thực hiện Quyết định 09/2017 của UBND tỉnh; Kế hoạch 5/2021 của tỉnh; thay thế Quyết định 09/2015 của Thủ"
        " tướng Chính phủ; Nghị định 61/2018 và số 12/2019; Kế hoạch phát triển 5 năm số 15/KH-UBND.")}
    assert found == {"09/2017": "Ủy ban nhân dân tỉnh Sóc Trăng", "09/2015": "Thủ tướng Chính phủ",
                     "61/2018": "Chính phủ", "15/KH-UBND": "Ủy ban nhân dân tỉnh Sóc Trăng"}
    # its full number written in a table's cell is the one it cites
    table = cite("| 1 | Quy định hạn mức giao đất | 3978/2014/QĐ-UBND | 12/11/2014 |\nQuyết định 3978/2014 đã được sửa"
                 " đổi bởi Quyết định số 26/2017/QĐ-UBND ngày 14/8/2017.")
    assert [c["number"] for c in table] == ["3978/2014/QĐ-UBND", "26/2017/QĐ-UBND"]


def test_a_decree_or_circular_cited_by_its_figures_alone():
    """"Nghị định 100 và Nghị định 123 của Chính phủ", "Thông tư 46 của Bộ GTVT": citations numbered by their figures;
    "theo Nghị định 10" where the letter cites "Nghị định số 10/2020/NĐ-CP" is that decree's mention; counts, a list's
    numbering and a table's cells are none; a decree cited without "của" is the Government's."""
    found = cite("Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ; xử phạt theo Nghị định 100 và Nghị"
                 " định 123 của Chính phủ, Thông tư 46 của Bộ GTVT và Nghị định 10; Kế hoạch 5 năm; Nghị quyết 3 tháng"
                 " đầu năm; dự thảo Nghị quyết\n1. Sự cần thiết.\n| Nghị quyết HĐND cấp huyện | 37 |\n"
                 "Theo Nghị định 102.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("10/2020/NĐ-CP", "Chính phủ"), ("100", "Chính phủ"), ("123", "Chính phủ"), ("46", "Bộ Giao thông vận tải"),
        ("102", "Chính phủ")]
    decree = find_citations(parse_letter(SourceText("t.txt", PROVINCE_LETTER.format(
        body="Theo Nghị định 10; Căn cứ Nghị định số 10/2020/NĐ-CP ngày 17/01/2020 của Chính phủ."), "utf-8", "text")))
    assert [[m.text for m in c.mentions] for c in decree] == [["Nghị định 10", "Nghị định số 10/2020/NĐ-CP"]]
    # the short form first, in the subject, the full number after, in the body: one citation, under the full number
    letter = PROVINCE_LETTER.replace("V/v thử nghiệm", "V/v sơ kết Nghị quyết 18")
    assert [c["number"] for c in cite("Thực hiện Nghị quyết số 18-NQ/TW ngày 25/10/2017.", letter)] == ["18-NQ/TW"]


def test_two_documents_joined_by_and_share_the_date_and_issuer_after_the_second():
    """"Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng": one date and
    one issuer for both; a list's comma before a document of another type shares the issuer only."""
    joined = cite("Thực hiện Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương"
                  " Đảng khóa XIII.")
    assert [(c["date"], c["issuer"]) for c in joined] == [("2021-10-25", "Ban Chấp hành Trung ương Đảng")] * 2
    listed = cite("Thực hiện Công văn số 12/UBND-VP, Quyết định số 34/QĐ-UBND ngày 05/6/2020 của UBND tỉnh.")
    assert [c["date"] for c in listed] == [None, "2020-06-05"]


def test_a_long_name_its_numbers_code_confirms():
    """"Biên bản xác minh tình tiết của vụ việc vi phạm hành chính số 09/BB-XM" (a record's form name, Nghị định
    118/2021/NĐ-CP), "Quyết định về việc giao quyền xử phạt vi phạm hành chính số 215/QĐGQXP" (its hyphen lost): the
    number's code is the type's."""
    found = [c["number"] for c in cite(
        "Căn cứ Biên bản xác minh tình tiết của vụ việc vi phạm hành chính số 09/BB-XM ngày 05/9/2022 của Phòng Tài"
        " nguyên và Môi trường huyện; Căn cứ Quyết định về việc giao quyền xử phạt vi phạm hành chính số 215/QĐGQXP"
        " ngày 21/01/2022 của Chủ tịch UBND tỉnh; Nghị định số 61/2018/NĐCP ngày 23/4/2018.")]
    assert found == ["09/BB-XM", "215/QĐ-GQXP", "61/2018/NĐ-CP"]


def test_a_companys_name_ends_before_what_it_reports():
    """"Văn bản số 95/KVKT ngày 03/7/2020 của Công ty cổ phần Kho vận Kim Thành báo cáo danh sách hàng hóa …": the
    company's name ends before "báo cáo"."""
    cited = only("Trên cơ sở Văn bản số 95/KVKT ngày 03/7/2020 của Công ty cổ phần Kho vận Kim Thành báo cáo danh sách"
                 " hàng hóa lưu giữ quá 90 ngày, Chi cục thông báo:")
    assert cited["issuer_text"] == "Công ty cổ phần Kho vận Kim Thành"


def test_a_laws_term_ocr_read_with_an_l():
    """"Luật Tiếp công dân số 42/2013/QHl3" (a scan's text): the 13th National Assembly's law, 42/2013/QH13."""
    assert only("Căn cứ Luật Tiếp công dân số 42/2013/QHl3 ngày 25/11/2013;")["number"] == "42/2013/QH13"


def test_a_project_boards_name_goes_on_past_and_industry():
    """"của Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Bình Định đề nghị …": the
    board's name holds its "và công nghiệp"."""
    cited = only("Sở Xây dựng nhận được Tờ trình số 85/TTr-BQLDA ngày 02/10/2019 của Ban Quản lý dự án đầu tư xây dựng"
                 " các công trình dân dụng và công nghiệp tỉnh Bình Định đề nghị thẩm định thiết kế.")
    assert cited["issuer_text"] == ("Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh Bình"
                                    " Định")


def test_a_ministrys_department_named_before_its_letter_or_with_a_name_its_table_knows():
    """"Cục Quản lý Dược, Bộ Y tế có Công văn số …" is the Cục's; "của Cục Y tế dự phòng", "của Tổng cục Địa chất và
    Khoáng sản Việt Nam": the names the code table holds run on past "Y tế" and "và"; "112/TCPCTTKHTC", its hyphen
    lost, is mended at its department's code."""
    found = cite("Cục Quản lý Dược, Bộ Y tế có Công văn số 12418/QLD-CL ngày 31/7/2023 về việc thu hồi thuốc. Thực"
                 " hiện Công văn số 218/DP-SR ngày 05/4/2011 của Cục Y tế dự phòng về việc giám sát; Văn bản số"
                 " 2210/ĐCKS-KSMB ngày 30/6/2016 của Tổng cục Địa chất và Khoáng sản Việt Nam về kết quả kiểm tra;"
                 " Văn bản số 112/TCPCTTKHTC ngày 22/02/2021 của Tổng cục Phòng, chống thiên tai về phòng chống.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("12418/QLD-CL", "Cục Quản lý Dược"), ("218/DP-SR", "Cục Y tế dự phòng"),
        ("2210/ĐCKS-KSMB", "Tổng cục Địa chất và Khoáng sản Việt Nam"),
        ("112/TCPCTT-KHTC", "Tổng cục Phòng, chống thiên tai")]


def test_a_province_named_alone_for_its_committee_or_council():
    """"Báo cáo số 126/BC-UBND … của tỉnh Cà Mau" is the province's committee's; a resolution's, its council's."""
    found = cite("Theo Báo cáo số 126/BC-UBND ngày 06/8/2012 của tỉnh Cà Mau và Nghị quyết số 12/NQ-HĐND ngày"
                 " 10/7/2012 của tỉnh Cà Mau, kết quả như sau.")
    assert [c["issuer"] for c in found] == ["Ủy ban nhân dân tỉnh Cà Mau", "Hội đồng nhân dân tỉnh Cà Mau"]


def test_a_number_word_a_web_copy_glued_to_the_word_before():
    """"Luật Người cao tuổisố 39/2009/QH12", "Quyết địnhsố 12/QĐ-UBND": a web copy lost the space before "số"."""
    found = cite("Thời điểm hưởng trợ cấp được xác định theo Luật Người cao tuổisố 39/2009/QH12, có hiệu lực; theo"
                 " Quyết địnhsố 12/QĐ-UBND ngày 01/01/2010 của UBND tỉnh.")
    assert [(c["type"], c["number"]) for c in found] == [("Luật", "39/2009/QH12"), ("Quyết định", "12/QĐ-UBND")]


def test_a_city_written_short_a_council_named_by_its_field_and_a_scans_uy_ban():
    """"của UBND Tp.HCM", "của UBND TP.HCM": the city's committee; "của Hội đồng Giáo dục quốc phòng và an ninh tỉnh":
    the council's field holds "và"; a scan's "Ưy ban nhân dân huyện" (the mark read as a hook) is the "Ủy ban"."""
    found = cite("Thực hiện Công văn số 12/UBND-VX ngày 02/7/2021 của UBND Tp.HCM về phòng dịch; Công văn số 13/UBND-VX"
                 " ngày 03/7/2021 của UBND TP.HCM về phòng dịch; Kế hoạch số 57/KH-HĐGDQPAN ngày 01/3/2019 của Hội đồng"
                 " Giáo dục quốc phòng và an ninh tỉnh về bồi dưỡng; Kế hoạch số 38/KH-UBND ngày 11/3/2019 của Ưy ban"
                 " nhân dân huyện Trùng Khánh về sáp nhập.", DISTRICT_LETTER)
    assert [c["issuer"] for c in found] == [
        "Ủy ban nhân dân Thành phố Hồ Chí Minh", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
        "Hội đồng Giáo dục quốc phòng và an ninh tỉnh Bình Định", "Ủy ban nhân dân huyện Trùng Khánh"]


def test_an_item_of_a_grouped_list_holding_two_numbers_and_a_number_broken_after_its_type():
    """"các Nghị định của Chính phủ: số …; số 01/2017/NĐ-CP ngày … và số 148/2020/NĐ-CP ngày …": both; a PDF copy's
    "Kế hoạch số 2548/KH" / "STNMT, …" (the hyphen lost where the line broke) is one number."""
    found = cite("Căn cứ các Nghị định của Chính phủ: số 43/2014/NĐ-CP ngày 15/5/2014 quy định chi tiết; số"
                 " 01/2017/NĐ-CP ngày 06/01/2017 và số 148/2020/NĐ-CP ngày 18/12/2020 sửa đổi, bổ sung một số nghị"
                 " định;\nQua kiểm tra theo Kế hoạch số 2548/KH\nSTNMT, đã phát hiện 23 cơ sở vi phạm.")
    assert [(c["number"], c["date"]) for c in found] == [
        ("43/2014/NĐ-CP", "2014-05-15"), ("01/2017/NĐ-CP", "2017-01-06"), ("148/2020/NĐ-CP", "2020-12-18"),
        ("2548/KH-STNMT", None)]


def test_a_centre_reporting_a_committee_directing_and_a_lists_last_item_after_and():
    """"nghe Trung tâm Phát triển quỹ đất huyện báo cáo tại Tờ trình số …" is the centre's; "được UBND tỉnh Khánh
    Hòa chỉ đạo tại Thông báo số …" the province's; "các Quyết định số: …; … và 764/QĐ-UBND …" lists the last after
    "và" with no "số"; "của Sở 2 ;" (a footnote's marker set apart) is the Sở's."""
    found = cite("Sau khi nghe Trung tâm Phát triển quỹ đất huyện báo cáo tại Tờ trình số 86/TTr-TTPTQĐ ngày"
                 " 05/9/2016, Chủ tịch kết luận. Dự án đã được UBND tỉnh Bình Định chỉ đạo tại Thông báo số 312/TB-UBND"
                 " ngày 15/7/2016 phải hoàn thành. Thay thế các Quyết định số: 1187/QĐ-UBND ngày 12/5/2016;"
                 " 3024/QĐ-UBND ngày 27/12/2018 và 764/QĐ-UBND ngày 18/3/2020 của Chủ tịch Ủy ban nhân dân huyện."
                 " Theo Công văn số 1124/SGDĐT-GDTrH của Sở 2 ; thực hiện nghiêm.", DISTRICT_LETTER)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("86/TTr-TTPTQĐ", "Trung tâm Phát triển quỹ đất huyện Tuy Phước"),
        ("312/TB-UBND", "Ủy ban nhân dân tỉnh Bình Định"), ("1187/QĐ-UBND", "Ủy ban nhân dân huyện Tuy Phước"),
        ("3024/QĐ-UBND", "Ủy ban nhân dân huyện Tuy Phước"), ("764/QĐ-UBND", "Ủy ban nhân dân huyện Tuy Phước"),
        ("1124/SGDĐT-GDTrH", "Sở Giáo dục và Đào tạo tỉnh Bình Định")]


def test_two_resolutions_of_one_day_a_board_whose_name_holds_a_comma_and_bodies_named_before():
    """"Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW, cùng ngày 25/10/2017 của Hội nghị lần thứ sáu …": both of that
    day and plenum; "Xét đề nghị của Ban Chỉ huy Phòng, chống thiên tai … huyện tại Tờ trình số …"; "(như Ủy ban nhân
    dân tỉnh Bắc Kạn tại Tờ trình số …)"; "do Văn phòng UBND tỉnh chuyển đến kèm theo Phiếu chuyển số …"; a copy's
    "1280/BTĐKTVP1" (the Ban Thi đua - Khen thưởng's code)."""
    found = cite("Căn cứ Nghị quyết số 18-NQ/TW và Nghị quyết số 19-NQ/TW, cùng ngày 25/10/2017 của Hội nghị lần"
                 " thứ sáu Ban Chấp hành Trung ương Đảng khóa XII;\nXét đề nghị của Ban Chỉ huy Phòng, chống thiên"
                 " tai và Tìm kiếm cứu nạn huyện tại Tờ trình số 37/TTr-BCH ngày 25/9/2017. Các địa phương đã gửi"
                 " hồ sơ (như Ủy ban nhân dân tỉnh Bắc Kạn tại Tờ trình số 58/TTr-UBND ngày 17/4/2025) rà soát."
                 " Đơn do Văn phòng UBND tỉnh chuyển đến kèm theo Phiếu chuyển số 1653/PC-VP ngày 08/5/2019. Theo"
                 " Công văn số 1280/BTĐKTVP1 ngày 14/6/2021 về thẩm định.", DISTRICT_LETTER)
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("18-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng"),
        ("19-NQ/TW", "2017-10-25", "Ban Chấp hành Trung ương Đảng"),
        ("37/TTr-BCH", "2017-09-25", "Ban Chỉ huy phòng, chống thiên tai và Tìm kiếm cứu nạn huyện Tuy Phước"),
        ("58/TTr-UBND", "2025-04-17", "Ủy ban nhân dân tỉnh Bắc Kạn"),
        ("1653/PC-VP", "2019-05-08", "Văn phòng Ủy ban nhân dân tỉnh Bình Định"),
        ("1280/BTĐKT-VP1", "2021-06-14", "Ban Thi đua - Khen thưởng tỉnh Bình Định")]


def test_a_circular_cited_by_its_figures_and_year():
    """"theo Thông tư 21 năm 2018 của Bộ Nông nghiệp và Phát triển nông thôn": the figures and the year; "Kế hoạch 5
    năm" is still a count."""
    found = cite("Thực hiện Thông tư 21 năm 2018 của Bộ Nông nghiệp và Phát triển nông thôn về ghi nhật ký khai thác"
                 " thủy sản; xây dựng Kế hoạch 5 năm 2021 - 2025.")
    assert [(c["type"], c["number"], c["date"]) for c in found] == [("Thông tư", "21", "2018")]


def test_a_date_after_a_page_break_with_the_pages_numbers():
    """A PDF copy's page broke after "ngày", its numbers on lines of their own: "… số 1034/QĐUBND ngày" / "1" / "2" /
    "17/5/2019 của UBND huyện"; a figure on the word's own line is no page's ("ngày 12" / "13/5/2019": no date read)."""
    found = cite("Thực hiện Quyết định số 1034/QĐ-UBND ngày\n1\n2\n17/5/2019 của UBND tỉnh về việc hỗ trợ; Quyết định"
                 " số 1035/QĐ-UBND ngày 12\n13/5/2019 của UBND tỉnh về việc khác.")
    assert [(c["number"], c["date"]) for c in found] == [("1034/QĐ-UBND", "2019-05-17"), ("1035/QĐ-UBND", None)]


def test_a_commune_of_the_citing_district_whose_tones_a_scan_lost():
    """"của UBND xã Phuoc Loc" in a letter of huyện Tuy Phước: the district's xã Phước Lộc, as the gazetteer spells it;
    the words as written stay the issuer's text."""
    c = only("Theo Báo cáo số 31/BC-UBND ngày 27/4/2014 của UBND xã Phuoc Loc về thiệt hại do mưa đá.", DISTRICT_LETTER)
    assert (c["issuer"], c["issuer_text"]) == ("Ủy ban nhân dân xã Phước Lộc", "UBND xã Phuoc Loc")


def test_a_list_of_one_types_numbers_without_so_and_a_date_of_another_year():
    """"các Nghị định số 43/2014/NĐ-CP, 148/2020/NĐ-CP của Chính phủ": both decrees (their codes open alike, no "số"
    needed); "… và 148/2020/NĐ-CP ngày 18/12/2020": that date is not the 2014 decree's. A number of another type after
    a comma ("12/SNV-TCCB, 34/TB-UBND") is no item of the list."""
    found = cite("Căn cứ các Nghị định số 43/2014/NĐ-CP, 148/2020/NĐ-CP của Chính phủ; các Nghị định số 91/2019/NĐ-CP"
                 " và 04/2022/NĐ-CP ngày 06/01/2022 của Chính phủ; Công văn số 12/SNV-TCCB, 34/TB-UBND.")
    assert [(c["number"], c["date"], c["issuer"]) for c in found] == [
        ("43/2014/NĐ-CP", None, "Chính phủ"), ("148/2020/NĐ-CP", None, "Chính phủ"),
        ("91/2019/NĐ-CP", None, "Chính phủ"), ("04/2022/NĐ-CP", "2022-01-06", "Chính phủ"),
        ("12/SNV-TCCB", None, "Sở Nội vụ tỉnh Sóc Trăng")]


def test_a_plant_protection_station_and_branch_by_name_and_by_code():
    """"của Trạm Bảo vệ thực vật huyện …": "thực" ends no issuer before "vật"; "21/TB-TTBVTV" is the province's Chi cục
    Trồng trọt và Bảo vệ thực vật (its code without "CC")."""
    found = cite("Theo Thông báo số 27/TB-BVTV ngày 12/5/2023 của Trạm Bảo vệ thực vật huyện Long Phú về rầy nâu và"
                 " Thông báo số 21/TB-TTBVTV ngày 28/4/2023 về dịch hại lúa.")
    assert [c["issuer"] for c in found] == ["Trạm Bảo vệ thực vật huyện Long Phú",
                                            "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh Sóc Trăng"]


def test_a_ministrys_department_whose_name_holds_commas_and_a_council_approving():
    """"của Cục Hộ tịch, quốc tịch, chứng thực" is one department's name; "của HĐND xã Tân Dĩnh phê chuẩn quyết toán …"
    ends at the verb."""
    found = cite("Căn cứ Công văn số 27/HTQTCT-HT ngày 12/01/2016 của Cục Hộ tịch, quốc tịch, chứng thực về hộ tịch;"
                 " Nghị quyết số 07/NQ-HĐND ngày 20/7/2015 của HĐND xã Tân Dĩnh phê chuẩn quyết toán ngân sách.")
    assert [(c["issuer_text"], c["issuer"]) for c in found] == [
        ("Cục Hộ tịch, quốc tịch, chứng thực", "Cục Hộ tịch, quốc tịch, chứng thực"),
        ("HĐND xã Tân Dĩnh", "Hội đồng nhân dân xã Tân Dĩnh")]


def test_a_board_named_with_its_purpose_and_a_department_whose_field_follows_va():
    """"của Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 về phòng, chống dịch tại …": the board names its purpose,
    the "về" after it is the document's subject (a board named "… Trung ương về phòng, chống thiên tai" keeps its
    "về"); "của Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao": one department."""
    found = cite("Theo Hướng dẫn số 2194/BCĐ-BYT ngày 27/5/2021 của Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 về"
                 " phòng, chống dịch tại cơ sở sản xuất; Văn bản số 1812/A05-P4 ngày 20/5/2024 của Cục An ninh mạng và"
                 " phòng, chống tội phạm sử dụng công nghệ cao về hướng dẫn; Công văn số 12/BCĐ ngày 02/3/2020 của Ban"
                 " Chỉ đạo Trung ương về phòng, chống thiên tai về mùa mưa.")
    assert [c["issuer_text"] for c in found] == [
        "Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19",
        "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao",
        "Ban Chỉ đạo Trung ương về phòng, chống thiên tai"]


def test_a_border_zones_board_named_by_a_compound_holding_its_province():
    """"của Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn" names its place: no province after it."""
    province = PROVINCE_LETTER.replace("SÓC TRĂNG", "LẠNG SƠN").replace("Sóc Trăng, ngày", "Lạng Sơn, ngày")
    c = only("Theo Báo cáo số 86/BC-BQLKKT ngày 02/7/2019 của Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn về"
             " hàng hóa.", province)
    assert fold(c["issuer"]) == fold("Ban Quản lý Khu kinh tế cửa khẩu Đồng Đăng - Lạng Sơn")


INSTITUTE_LETTER = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "BỘ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN\n"
                                           "VIỆN CÂY ĂN QUẢ MIỀN NAM").replace("Sóc Trăng, ngày", "Tiền Giang, ngày")


def test_a_bodys_head_named_alone_and_its_office_in_the_bodys_own_letter():
    """"của Viện trưởng" in the Viện's letter is the Viện's; "của Chánh Văn phòng Sở" / "của Thanh tra Sở" in a Sở's
    letter are its office and inspectorate (a field's "và" in the Sở's name names no second body)."""
    assert only("Căn cứ Quyết định số 198/QĐ-VCAQMN ngày 15/7/2013 của Viện trưởng về việc thành lập Hội đồng.",
                INSTITUTE_LETTER)["issuer"] == "Viện Cây ăn quả miền nam"
    department = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "TỈNH SÓC TRĂNG\nSỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG")
    found = cite("Xét đề nghị của Chánh Văn phòng Sở tại Tờ trình số 06/TTr-VP ngày 05/02/2009; Báo cáo số 07/BC-TTr"
                 " ngày 05/02/2009 của Thanh tra Sở.", department)
    assert [c["issuer"] for c in found] == ["Văn phòng Sở Tài nguyên và Môi trường tỉnh Sóc Trăng",
                                            "Thanh tra Sở Tài nguyên và Môi trường tỉnh Sóc Trăng"]


def test_numbers_alone_in_a_tables_cells_and_dates_in_the_next_cell_line_so_before_them_or_not():
    """A table's column of numbers, no type before them: the type their code names, the date in the cell; a PDF copy's
    table, a cell a line: the date on the line after the number's; the issuer's cell ends before the next one's "Về"."""
    found = cite("| STT | Số, ký hiệu, ngày ban hành | Cơ quan ban hành |\n"
                 "| 1 | 12/2013/NQ-HĐND ngày 11/12/2013 | HĐND tỉnh |\n"
                 "| 2 | 58/2014/QĐ-UBND ngày 29/8/2014 | UBND tỉnh |\n\n"
                 "STT\nTên loại\nSố, ký hiệu\nNgày ban\nhành\n1\nNghị định\n49/2017/NĐ-CP\n24/4/2017\nChính phủ\n"
                 "2\nChỉ thị số 04/CT-UBND\nngày\n29/02/2016 của Chủ tịch\nUBND tỉnh\nVề tăng cường công tác văn thư"
                 "\n\n| TT | Cơ sở | Quyết định xử phạt | Số tiền |\n| 1 | Cơ sở Hải Thịnh | Số 3105/QĐ-XPVPHC ngày"
                 " 21/8/2020 | 85.000.000 |")
    assert [(c["type"], c["number"], c["date"], c["issuer"]) for c in found] == [
        ("Nghị quyết", "12/2013/NQ-HĐND", "2013-12-11", "Hội đồng nhân dân tỉnh Sóc Trăng"),
        ("Quyết định", "58/2014/QĐ-UBND", "2014-08-29", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Nghị định", "49/2017/NĐ-CP", "2017-04-24", "Chính phủ"),
        ("Chỉ thị", "04/CT-UBND", "2016-02-29", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Quyết định", "3105/QĐ-XPVPHC", "2020-08-21", None)]


def test_a_digital_transformation_board_and_a_code_opening_with_its_issuers_initials(tmp_path):
    """"Ban Chỉ đạo chuyển đổi số xã": "số" ends no name after "chuyển đổi"; a copy that lost its hyphens, "1820/ĐHHĐTĐH
    … của Đại học Huế": the code opens with the issuer's initials, "ĐHH-ĐTĐH"."""
    commune = COMMUNE_LETTER.replace("ngày 05 tháng 4 năm 2022", "ngày 10 tháng 01 năm 2026")
    c = only("Theo Kế hoạch số 12/KH-BCĐ ngày 05/01/2026 của Ban Chỉ đạo chuyển đổi số xã.", commune)
    assert c["issuer_text"] == "Ban Chỉ đạo chuyển đổi số xã"
    found = cite_read(tmp_path, "Theo Công văn số 1820/ĐHHĐTĐH ngày 05/9/2012 của Đại học Huế và Quyết định số"
                                " 45/QĐUBND ngày 12/3/2012 của UBND tỉnh.")
    assert [c.number for c in found] == ["1820/ĐHH-ĐTĐH", "45/QĐ-UBND"]


def test_a_ward_of_2025_whose_name_folds_as_other_provinces_communes():
    """phường Thuận Hóa is Huế's (the xã Thuận Hòa of Cần Thơ and Tuyên Quang folds alike): its letter's "UBND thành
    phố" is Huế's."""
    ward = COMMUNE_LETTER.replace("ngày 05 tháng 4 năm 2022", "ngày 10 tháng 01 năm 2026").replace(
        "XÃ PHÚ LÂM", "PHƯỜNG THUẬN HÓA").replace("Phú Lâm, ngày", "Thuận Hóa, ngày")
    c = only("Theo Quyết định số 05/2026/QĐ-UBND ngày 06/01/2026 của UBND thành phố về mức quà.", ward)
    assert c["issuer"] == "Ủy ban nhân dân thành phố Huế"


def test_a_boards_purpose_wrapped_a_licence_a_joint_circulars_ministries_and_a_district_written_as_one_word():
    """"của Ban Chỉ đạo liên ngành về vệ" / "sinh an toàn thực phẩm tỉnh Quảng Bình về tổ chức …": the purpose names
    the board across the line; "Giấy phép … số 12/GP-UBND" is a licence; "…/TTLT-UBDT-KHĐT-TC-XD-NNPTNT" names its
    ministries by their codes without "B"; huyện "Đakrông" is the dataset's "Đa Krông": "Ban Dân tộc tỉnh" is Quảng
    Trị's."""
    found = cite("Thực hiện Kế hoạch số 560/KH-BCĐ ngày 03/4/2018 của Ban Chỉ đạo liên ngành về vệ\nsinh an toàn thực"
                 " phẩm tỉnh Quảng Bình về tổ chức Tháng hành động; Giấy phép khai thác khoáng sản số 12/GP-UBND ngày"
                 " 05/3/2020 của UBND tỉnh; Thông tư liên tịch số 676/2006/TTLT-UBDT-KHĐT-TC-XD-NNPTNT ngày 08/8/2006"
                 " hướng dẫn thực hiện.")
    assert [(c["type"], c["issuer"]) for c in found] == [
        ("Kế hoạch", "Ban Chỉ đạo liên ngành về vệ sinh an toàn thực phẩm tỉnh Quảng Bình"),
        ("Giấy phép", "Ủy ban nhân dân tỉnh Sóc Trăng"),
        ("Thông tư liên tịch", "Ủy ban Dân tộc, Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Xây dựng và Bộ Nông nghiệp và"
                               " Phát triển nông thôn")]
    district = DISTRICT_LETTER.replace("HUYỆN TUY PHƯỚC", "HUYỆN ĐAKRÔNG").replace("Tuy Phước, ngày", "Đakrông, ngày")
    assert only("Thực hiện Công văn số 325/BDT-CSDT ngày 20/11/2007 của Ban Dân tộc tỉnh về việc báo cáo.",
                district)["issuer"] == "Ban Dân tộc tỉnh Quảng Trị"


def test_a_joint_circular_led_by_a_committee_a_departments_own_office_and_a_level_ocr_read_without_its_tone():
    """"của liên Uỷ ban Dân tộc - Bộ Kế hoạch và Đầu tư - …": each body past its field's "và"; "đề nghị của Trưởng
    phòng Quản lý kết cấu hạ tầng giao thông tại Báo cáo …" in a Sở's letter: the Sở's own office; "UBND tinh" (OCR):
    the province's committee."""
    department = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "TỈNH SÓC TRĂNG\nSỞ GIAO THÔNG VẬN TẢI")
    found = cite("Căn cứ Thông tư liên tịch số 819/2004/TTLT-UBDT-KHĐT-TC-XD-NNPTNT ngày 10/11/2004 của liên Uỷ ban Dân"
                 " tộc - Bộ Kế hoạch và Đầu tư - Bộ Tài chính - Bộ Xây dựng - Bộ Nông nghiệp và Phát triển nông thôn"
                 " hướng dẫn thực hiện; xét đề nghị của Trưởng phòng Quản lý kết cấu hạ tầng giao thông tại Báo cáo"
                 " thẩm định số 37/BC-QLKCHT ngày 02/4/2014; Quyết định số 1135/QĐ-UBND ngày 21/8/2018 của UBND tinh về"
                 " danh sách.", department)
    assert [c["issuer"] for c in found] == [
        "Ủy ban Dân tộc, Bộ Kế hoạch và Đầu tư, Bộ Tài chính, Bộ Xây dựng và Bộ Nông nghiệp và Phát triển nông thôn",
        "Phòng Quản lý kết cấu hạ tầng giao thông Sở Giao thông vận tải tỉnh Sóc Trăng",
        "Ủy ban nhân dân tỉnh Sóc Trăng"]


def test_a_social_policy_banks_codes_a_cultural_centre_and_a_banks_branch_named_branch_first(tmp_path):
    """"1026/NHCSTDNN" (hyphen lost) is the Ngân hàng Chính sách xã hội's "NHCS-TDNN"; "của Trung tâm Văn hóa, Thông tin
    và Thể thao huyện …" is one name; "của Chi nhánh NHCSXH tỉnh …" is named as the branch names itself."""
    found = cite_read(tmp_path, "Thực hiện Văn bản số 1026/NHCSTDNN ngày 25/02/2016 của Tổng Giám đốc NHCSXH; Quyết"
                                " định số 45/QĐUBND ngày 12/3/2016 của UBND tỉnh.")
    assert [c.number for c in found] == ["1026/NHCS-TDNN", "45/QĐ-UBND"]
    found = cite("Theo Quyết định số 38/QĐ-TTVHTTTT ngày 02/3/2016 của Trung tâm Văn hóa, Thông tin và Thể thao huyện"
                 " Mỹ Xuyên về việc tổ chức; Công văn số 1342/NHCS-KHNV ngày 24/8/2021 của Chi nhánh NHCSXH tỉnh Sóc"
                 " Trăng về việc giải ngân.")
    assert [c["issuer"] for c in found] == ["Trung tâm Văn hóa, Thông tin và Thể thao huyện Mỹ Xuyên",
                                            "Ngân hàng Chính sách xã hội chi nhánh tỉnh Sóc Trăng"]


def test_a_departments_field_past_its_va_and_a_committees_initials_run_into_its_level():
    """"của Cục Lâm nghiệp và Kiểm lâm" is one name; "của UBNDtỉnh" (a copy's glue) the province's committee."""
    found = cite("Căn cứ Công văn số 1962/LNKL-BTR ngày 02/01/2026 của Cục Lâm nghiệp và Kiểm lâm về bảo vệ rừng và"
                 " Công văn số 3960/UBND-THKH ngày 07/6/2012 của UBNDtỉnh về việc giao biên chế.")
    assert [c["issuer"] for c in found] == ["Cục Lâm nghiệp và Kiểm lâm", "Ủy ban nhân dân tỉnh Sóc Trăng"]


def test_a_citations_issuer_across_a_page_break_under_the_letters_running_head():
    """"… của" / "1" / "Công văn số 1148/KCBQLHN ngày 18/6/2024      Trang 2" / "Bộ trưởng Bộ Y tế …": the page's number
    and the next page's running head are no words of the text."""
    c = only("Phù hợp với phạm vi theo Thông tư số 32/2023/TTBYT ngày 31/12/2023 của\n\n                 1\n\n"
             "Công văn số 1148/KCBQLHN ngày 18/6/2024                          Trang 2\n"
             "Bộ trưởng Bộ Y tế quy định chi tiết một số điều của Luật.")
    assert (c["number"], c["issuer"], c["issuer_text"]) == ("32/2023/TT-BYT", "Bộ Y tế", "Bộ trưởng Bộ Y tế")


def test_a_resolution_numbered_with_the_council_code_a_councils_board_numbers_its_reports_with():
    """A board of the provincial council numbers its reports "…/BC-HĐND": a report so numbered is the board's own, a
    resolution "…/NQ-HĐND" the council's."""
    board = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "HĐND TỈNH SÓC TRĂNG\nBAN PHÁP CHẾ").replace(
        "10/UBND-TH", "45/BC-HĐND")
    found = cite("Phù hợp với kế hoạch đã được HĐND tỉnh thông qua tại Nghị quyết số 31/NQ-HĐND ngày 18/8/2021 và Báo"
                 " cáo số 12/BC-HĐND ngày 10/7/2021.", board)
    assert [c["issuer"] for c in found] == ["Hội đồng nhân dân tỉnh Sóc Trăng",
                                            "Ban Pháp chế Hội đồng nhân dân tỉnh Sóc Trăng"]


def test_a_steering_boards_purposes_listed_past_a_comma_up_to_its_level():
    """"của Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh về việc …": one board, named up to
    its level and cased as it names itself; "của Ban Chỉ đạo tỉnh, UBND tỉnh" is two bodies."""
    found = cite("Thực hiện Công văn số 318/CV-BCĐ ngày 02/12/2008 của Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ"
                 " nạn ma túy, mại dâm tỉnh về việc báo cáo; Kế hoạch số 12/KH-BCĐ ngày 05/01/2009 của Ban Chỉ đạo"
                 " tỉnh, UBND tỉnh về kiểm tra; Kế hoạch số 21/KH-BCĐ ngày 20/8/2009 của Ban Chỉ đạo phòng, chống dịch"
                 " bệnh tỉnh, đồng chí Chủ tịch UBND tỉnh chỉ đạo; Quyết định số 2686/QĐ-BCĐQG ngày 31/5/2021 của Ban"
                 " Chỉ đạo Quốc gia phòng, chống dịch COVID-19, báo cáo Ban Chỉ đạo tỉnh hằng ngày.")
    assert [c["issuer_text"] for c in found] == [
        "Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh", "Ban Chỉ đạo tỉnh",
        "Ban Chỉ đạo phòng, chống dịch bệnh tỉnh", "Ban Chỉ đạo Quốc gia phòng, chống dịch COVID-19"]
    assert found[0]["issuer"] == "Ban Chỉ đạo phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm tỉnh Sóc Trăng"


def test_a_footnote_marker_after_an_issuer_a_web_copys_bracket_or_a_pdfs_digit_glued_to_an_abbreviation():
    """"của Sở[2];" (a web copy's marker, escaped in the page's Markdown) and "của Bộ GDĐT1;" (a PDF copy's marker as a
    digit run into the abbreviation): the marker is no part of the issuer."""
    department = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "TỈNH SÓC TRĂNG\nSỞ GIÁO DỤC VÀ ĐÀO TẠO")
    found = cite("Theo Kế hoạch số 2306/KH-SGDĐT ngày 18/10/2022 của Sở[2]; Công văn số 4612/BGDĐT-GDTrH ngày"
                 " 03/10/2017 của Bộ GDĐT1; kế hoạch gửi về Sở.", department)
    assert [(c["issuer_text"], c["issuer"]) for c in found] == [
        ("Sở", "Sở Giáo dục và Đào tạo tỉnh Sóc Trăng"), ("Bộ GDĐT", "Bộ Giáo dục và Đào tạo")]


def test_an_enforcement_officers_decision_is_the_office_its_code_names():
    """"Chấp hành viên đã ban hành Quyết định số 14/QĐ-CTHADS" in a letter of the Cục Thi hành án dân sự
    ("…/CTHADS-NV"): the Cục's; a Chi cục's officer's "05/QĐ-CCTHADS" is no Cục's, and the officer names no body."""
    office = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "TỔNG CỤC THI HÀNH ÁN DÂN SỰ\nCỤC THI HÀNH ÁN"
                                     " DÂN SỰ\nTỈNH SÓC TRĂNG").replace("10/UBND-TH", "1087/CTHADS-NV")
    found = cite("Ngày 05/6/2023, Chấp hành viên đã ban hành Quyết định số 14/QĐ-CTHADS về việc cưỡng chế. Ngày"
                 " 20/5/2019, Chấp hành viên ban hành Quyết định cưỡng chế số 05/QĐ-CCTHADS về việc giao đất.", office)
    assert [c["issuer"] for c in found] == ["Cục Thi hành án dân sự tỉnh Sóc Trăng", None]


def test_a_pdf_tables_cells_a_line_each_end_an_issuer_and_name_no_province():
    """A PDF copy's table, a cell a line: "của UBND tỉnh" / "Rà soát, đơn giản hóa …" (no province is "Rà"), "của Sở Nội
    vụ" / "Tự đánh giá …" (the next cell, not the name's), "UBND tỉnh" / "Phòng Nông nghiệp và" / "PTNT" (no former
    province "Phòng Nông" places a district's letter); "Chi cục Thủy sản và Kiểm ngư" is one name."""
    found = cite("Căn cứ\nQuyết định số 1270/QĐ-UBND ngày 14/11/2022\ncủa UBND tỉnh\nRà soát, đơn giản hóa thủ tục\n"
                 "Công văn số 95/SNV-CCHC ngày 16/01/2023 của Sở Nội vụ\nTự đánh giá, chấm điểm\nKế hoạch số"
                 " 318/KH-UBND ngày\n21/10/2019\nUBND tỉnh\nPhòng Nông nghiệp và\nPTNT\nThực hiện Nghị quyết số"
                 " 05-NQ/TU ngày 15/10/2019 của Ban Chấp hành Đảng bộ tỉnh về du lịch; Báo cáo số 188/BC-CCTS ngày"
                 " 17/12/2019 của Chi cục Thủy sản và Kiểm ngư về khai thác.", DISTRICT_LETTER)
    assert [c["issuer"] for c in found] == [
        "Ủy ban nhân dân tỉnh Bình Định", "Sở Nội vụ tỉnh Bình Định", "Ủy ban nhân dân huyện Tuy Phước",
        "Ban Chấp hành Đảng bộ tỉnh Bình Định", "Chi cục Thủy sản và Kiểm ngư tỉnh Bình Định"]


def test_a_violation_records_number_of_seven_figures():
    """"Căn cứ Biên bản vi phạm hành chính số 0042615/BB-VPHC lập ngày 02/3/2024" (Nghị định 118/2021's forms)."""
    c = only("Căn cứ Biên bản vi phạm hành chính số 0042615/BB-VPHC lập ngày 02/3/2024;")
    assert (c["type"], c["number"], c["date"]) == ("Biên bản", "0042615/BB-VPHC", "2024-03-02")


def test_a_fields_department_named_with_its_city_alone_and_a_board_its_initials_close():
    """"của Sở Lao động - Thương binh và Xã hội Hải Phòng" names the city after the field's "và" without its kind; a
    steering board's purpose closed by its initials names it, commas and all: "… về chống khai thác hải sản bất hợp
    pháp, không báo cáo và không theo quy định (IUU)"; numbers of codes two bodies write, their hyphens lost."""
    found = cite("Căn cứ Công văn số 1250/LĐTBXH-BTXH ngày 15/9/2009 của Sở Lao động - Thương binh và Xã hội Hải"
                 " Phòng về việc hướng dẫn; Quyết định số 42/QĐ-BCĐIUU ngày 05/8/2025 của Ban Chỉ đạo quốc gia về"
                 " chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) ban hành Kế hoạch;"
                 " Công văn số 2085/QLCLKĐCLGD ngày 12/9/2022 của Cục Quản lý chất lượng.")
    assert [c["issuer"] for c in found] == [
        "Sở Lao động - Thương binh và Xã hội thành phố Hải Phòng",
        "Ban Chỉ đạo Quốc gia về chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định",
        "Cục Quản lý chất lượng"]
    assert found[2]["number"] == "2085/QLCL-KĐCLGD"


def test_a_document_its_issuers_head_signed_on_a_date_told_before_it():
    """"ngày 28 tháng 5 năm 2020, Bộ trưởng Bộ Lao động - Thương binh và Xã hội đã ký Quyết định số 712/QĐ-LĐTBXH": the
    date and the issuer (the ministry, its head as written) told before the type."""
    c = only("Ngày 28 tháng 5 năm 2020, Bộ trưởng Bộ Lao động - Thương binh và Xã hội đã ký Quyết định số"
             " 712/QĐ-LĐTBXH ban hành Quy chế.")
    assert (c["date"], c["issuer"]) == ("2020-05-28", "Bộ Lao động - Thương binh và Xã hội")


def test_a_body_explaining_at_its_report_and_codes_of_boards_and_inspectorates_whose_hyphens_were_lost():
    """"UBND huyện Tuy Phước giải trình tại Báo cáo số …" names its issuer; "1358/BQLDAKH" (a project board),
    "58/KLTTTPP2" (a city's inspectorate and its office) are cut at their codes."""
    found = cite("UBND huyện Tuy Phước giải trình tại Báo cáo số 168/BC-UBND ngày 16/9/2013; Công văn số 1358/BQLDAKH"
                 " ngày 05/5/2016 về việc X; Kết luận số 58/KLTTTPP2 ngày 19/4/2024 về việc Y.")
    assert [c["number"] for c in found] == ["168/BC-UBND", "1358/BQLDA-KH", "58/KL-TTTP-P2"]
    assert found[0]["issuer"] == "Ủy ban nhân dân huyện Tuy Phước"


def test_judgments_named_at_length_a_precedent_and_a_table_cell_under_a_committee():
    """A procuracy's recommendation in a copy that lost its hyphens ("10/2009/PLUBTVQH12", an assembly's code and its
    term run into the type's): "Bản án hôn nhân và gia đình sơ thẩm số 07/2016/HNGĐST" (a court's number names its
    kind, however long), "Quyết định công nhận sự thỏa thuận của các đương sự số 25/2016/QĐSTDS", "Án lệ số
    04/2016/AL"; an appendix's cell "của UBND tỉnh" / "Đang thực hiện" names no unit "Đang"."""
    found = cite("Theo Pháp lệnh Án phí số 10/2009/PLUBTVQH12, Bản án hôn nhân và gia đình sơ thẩm số"
                 " 07/2016/HNGĐST ngày 09/9/2016 của Tòa án nhân dân thành phố Đồng Hới tuyên án phí sai; Quyết định"
                 " công nhận sự thỏa thuận của các đương sự số 25/2016/QĐSTDS ngày 12/10/2016 của Tòa án nhân dân"
                 " huyện Quảng Trạch; không áp dụng Án lệ số 04/2016/AL của Hội đồng Thẩm phán Tòa án nhân dân tối"
                 " cao.\nQuyết định số 1187/QĐ-UBND\nngày 09/6/2015 của UBND tỉnh\nĐang thực hiện")
    assert [(c["type"], c["number"]) for c in found] == [
        ("Pháp lệnh", "10/2009/PL-UBTVQH12"), ("Bản án", "07/2016/HNGĐ-ST"), ("Quyết định", "25/2016/QĐST-DS"),
        ("Án lệ", "04/2016/AL"), ("Quyết định", "1187/QĐ-UBND")]
    assert found[4]["issuer"] == "Ủy ban nhân dân tỉnh Sóc Trăng"


def test_a_central_highlands_districts_letter_its_name_with_a_curly_apostrophe_and_a_commune_in_a_minoritys_language():
    """A web copy writes the district "M’Đrắk" (a curly apostrophe): its province completes "của Sở Nông nghiệp và
    Phát triển nông thôn"; "UBND xã Ea Yiêng" keeps the commune's name whole (no "Y iêng" of two syllables)."""
    district = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "HUYỆN M’ĐRẮK").replace("Sóc Trăng, ngày", "M’Đrắk, ngày")
    found = cite("Thực hiện Công văn số 512/SNN-KL ngày 29/02/2024 của Sở Nông nghiệp và Phát triển nông thôn về giao"
                 " rừng và Tờ trình số 31/TTr-UBND ngày 16/5/2023 của UBND xã Ea Yiêng về đất đai.", district)
    assert [c["issuer"] for c in found] == ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Đắk Lắk",
                                            "Ủy ban nhân dân xã Ea Yiêng"]


def test_of_the_company_alone_is_the_one_the_letter_names():
    """"Tờ trình số 08/TTrHLX … của Công ty" in a department's letter on the project of the one company it names in
    full; "của Công ty" / "giải trình, …" is the company too, the words after it the sentence's (its name read up to
    the first word no other mention of it holds: "… Bến Lức nộp ngày …", "… Bến Lức (mã số …)")."""
    c = only("Hồ sơ dự án do Công ty Cổ phần Đầu tư Phát triển Đô thị Hạ Long Xanh đề xuất (kèm theo Tờ trình số "
             "08/TTr-HLX ngày 15/7/2020 của Công ty).")
    assert c["issuer"] == "Công ty Cổ phần Đầu tư Phát triển Đô thị Hạ Long Xanh"
    c = only("Xét hồ sơ do Công ty Cổ phần Logistics\nBến Lức nộp ngày 18/4/2022 và Văn bản số 96/CV-LBL ngày 25/5/2022"
             " của Công ty\ngiải trình, bổ sung hồ sơ; dự án của Công ty Cổ phần Logistics Bến Lức (mã số 1101).")
    assert c["issuer"] == "Công ty Cổ phần Logistics Bến Lức"


def test_a_commune_named_across_a_wrapped_line():
    """"Đảng ủy xã Lạc" / "An" named in a district's letter: "của Ban Chấp hành Đảng bộ xã" is that commune's."""
    c = [c for c in cite("Ban Thường vụ Đảng ủy xã Lạc\nAn đã triển khai Nghị quyết số 09-NQ/ĐU ngày 28/12/2019 của "
                         "Ban Chấp hành Đảng bộ xã về nhiệm vụ năm 2020.", DISTRICT_LETTER)]
    assert c[0]["issuer"] == "Ban Chấp hành Đảng bộ xã Lạc An"


def test_the_city_a_central_bodys_letter_names():
    """"(Tờ trình số 4120/TTr-UBND … của Ủy ban nhân dân Thành" / "phố)" in the Government Office's conclusions on Hồ
    Chí Minh City: that city's committee."""
    letter = ("VĂN PHÒNG CHÍNH PHỦ\nSố: 312/TB-VPCP\nHà Nội, ngày 22 tháng 8 năm 2019\nTHÔNG BÁO\nKết luận của Thủ "
              "tướng\nKính gửi: các Bộ.\n{body}\nNơi nhận:\n- Lưu: VT.\nKT. BỘ TRƯỞNG, CHỦ NHIỆM\nPHÓ CHỦ NHIỆM\n"
              "Trần Văn Sơn\n")
    c = only("Về các kiến nghị của Thành phố Hồ Chí Minh: điều chỉnh quy hoạch (Tờ trình số 4120/TTr-UBND ngày 12 "
             "tháng 8 năm 2019 của Ủy ban nhân dân Thành\nphố).", letter)
    assert c["issuer"] == "Ủy ban nhân dân Thành phố Hồ Chí Minh"


def test_codes_of_a_clean_copy_and_of_one_that_lost_its_hyphens():
    """A clean copy's council code stays whole ("412/HĐTĐGĐ": Hội đồng thẩm định giá đất, no Hợp đồng's); a copy
    that lost its hyphens cuts a department's code from its unit ("3318/KHĐTĐT": the Sở Kế hoạch và Đầu tư's "KHĐT"),
    and a joint circular's "KHĐT" stays the ministry's."""
    assert only("Căn cứ Văn bản số 412/HĐTĐGĐ ngày 20/9/2024 của Hội đồng thẩm định giá đất tỉnh;")["number"] == (
        "412/HĐTĐGĐ")
    lost = only("Theo Văn bản số 3318/KHĐTĐT ngày 28/7/2020 của Sở Kế hoạch và Đầu tư về việc thẩm định, Quyết định "
                "số 1961/QĐUBND.".replace(", Quyết định số 1961/QĐUBND", ""), PROVINCE_LETTER.replace(
                    "10/UBND-TH", "10/UBNDTH"))
    assert lost["number"] == "3318/KHĐT-ĐT"
    joint = only("Theo Thông tư liên tịch số 676/2006/TTLT-UBDT-KHĐT-TC ngày 8/8/2006.")
    assert joint["issuer"] == "Ủy ban Dân tộc, Bộ Kế hoạch và Đầu tư và Bộ Tài chính"


def test_a_footnotes_digit_run_into_a_cited_dates_year_before_its_issuer():
    """A PDF copy's "Chỉ thị số 05/CTUBND ngày 28/7/20172 của UBND tỉnh" (2017, footnote 2): the date 28/7/2017; a
    legal site's "Chỉ thị số 06/CT BYT" (its hyphen a space): the ministry's."""
    c = only("Căn cứ Chỉ thị số 05/CT-UBND ngày 28/7/20172 của UBND tỉnh về nhiệm vụ năm học.")
    assert (c["number"], c["date"]) == ("05/CT-UBND", "2017-07-28")
    c = only("Thực hiện Chỉ thị số 06/CT BYT ngày 09/11/2015 về tăng cường nhân lực.")
    assert (c["number"], c["issuer"]) == ("06/CT-BYT", "Bộ Y tế")


def test_the_labour_ministrys_own_code():
    """"Công văn số 2790/LĐTBXH-VL" with no "của": the Bộ Lao động - Thương binh và Xã hội's (its Sở's is "SLĐTBXH")."""
    assert only("Thực hiện Công văn số 2790/LĐTBXH-VL ngày 12/8/2021 về hỗ trợ người lao động.")["issuer"] == (
        "Bộ Lao động - Thương binh và Xã hội")


def test_issuers_named_with_food_safety_and_a_units_number():
    """"của Ban Chỉ đạo" / "liên ngành vệ sinh an toàn thực phẩm Thành phố" ("thực" ends a name only as "thực hiện"),
    "của Khu Quản lý giao thông đô thị số 2" (a unit by its number, not a document's "số"), in Hồ Chí Minh City's
    letters."""
    city = PROVINCE_LETTER.replace("TỈNH SÓC TRĂNG", "THÀNH PHỐ HỒ CHÍ MINH").replace("Sóc Trăng, ngày",
                                                                                       "Thành phố Hồ Chí Minh, ngày")
    c = only("Thực hiện Công văn số 512/BCĐ-ATTP ngày 06/3/2017 của Ban Chỉ đạo\nliên ngành vệ sinh an toàn thực phẩm "
             "Thành phố về hướng dẫn triển khai.", city)
    assert c["issuer"] == "Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm Thành phố Hồ Chí Minh"
    c = only("Xét Tờ trình số 2136/TTr-KQL2 ngày 07/10/2019 của Khu Quản lý giao thông đô thị số 2 và ý kiến các đơn "
             "vị.", city)
    assert c["issuer"] == "Khu Quản lý giao thông đô thị số 2"


def test_a_districts_land_clearance_board_and_a_provinces_disease_control_centre():
    """"Ban Bồi thường giải phóng mặt bằng" in a district's letter is its own; "168/KSBT-TCMR" (a copy lost its
    hyphen: "168/KSBTTCMR") is the province's Trung tâm Kiểm soát bệnh tật."""
    c = only("Sau khi nghe Ban Bồi\nthường giải phóng mặt bằng báo cáo tại Tờ trình số 168/TTr-BBT ngày 05/8/2022.",
             DISTRICT_LETTER)
    assert c["issuer"] == "Ban Bồi thường giải phóng mặt bằng huyện Tuy Phước"
    c = only("Thực hiện Công văn số 168/KSBTTCMR ngày 11/3/2019 về tiêm chủng, Quyết định số 12/QĐUBND.".replace(
        ", Quyết định số 12/QĐUBND", ""), PROVINCE_LETTER.replace("10/UBND-TH", "10/UBNDTH"))
    assert (c["number"], c["issuer"]) == ("168/KSBT-TCMR", "Trung tâm Kiểm soát bệnh tật tỉnh Sóc Trăng")


def test_a_commune_named_before_the_next_lines_first_word():
    """"… Đảng ủy xã Bình Hải" / "Ngày 19/4/2024, …" and "Đảng ủy xã Bình Hải thực hiện": the commune is "Bình Hải"
    (the next line's word is no part of it), so "của Ban Thường vụ Đảng ủy xã" is that commune's."""
    c = only("Thường trực làm việc với Ban Thường vụ Đảng ủy xã Bình Hải\nNgày 19/4/2024, sau khi nghe Báo cáo số "
             "62-BC/ĐU ngày 15/4/2024 của Ban Thường vụ Đảng ủy xã về kết quả, Đảng ủy xã Bình Hải thực hiện.",
             DISTRICT_LETTER)
    assert c["issuer"] == "Ban Thường vụ Đảng ủy xã Bình Hải"


def test_the_city_a_provincial_bodys_letter_is_placed_in():
    """A school under the province's department, placed in Móng Cái ("Móng Cái, ngày …"), names "của UBND thành phố"
    alone: that city's committee (not a company's "Phòng Kinh doanh" placed in the provincial capital)."""
    school = ("SỞ GD&ĐT QUẢNG NINH\nTRƯỜNG THPT HẢI ĐÔNG\nSố: 45/TB-THPTHĐ\nMóng Cái, ngày 07 tháng 5 năm 2021\n"
              "THÔNG BÁO\nVề việc dạy học trực tuyến\n{body}\nNơi nhận:\n- Lưu: VT.\nHIỆU TRƯỞNG\nTrần Văn A\n")
    c = only("Thực hiện Thông báo số 214/TB-UBND ngày 06/5/2021 của UBND thành phố về kết luận.", school)
    assert c["issuer"] == "Ủy ban nhân dân thành phố Móng Cái"


def test_a_heads_department_named_with_its_field_and_a_library():
    """"của Chánh Thanh tra Sở Giáo dục và Đào tạo về việc …" (the department's "và" inside its name, a head before
    it), "của Giám đốc Thư viện tỉnh" (the library, not its director), "của Bộ Lao động - Thương binh và Xã hội hợp nhất
    Thông tư …" (a consolidation's verb ends the name)."""
    c = only("Thực hiện Quyết định số 187/QĐ-TTr ngày 14/10/2019 của Chánh Thanh tra Sở Giáo dục và Đào tạo về việc "
             "thanh tra các khoản thu.")
    assert c["issuer_text"] == "Chánh Thanh tra Sở Giáo dục và Đào tạo"
    c = only("Theo Quyết định số 27/QĐ-TV ngày 20/02/2018 của Giám đốc Thư viện tỉnh (mỗi điểm 300 bản).")
    assert c["issuer"] == "Thư viện tỉnh Sóc Trăng"
    c = only("Căn cứ Văn bản hợp nhất số 06/VBHN-BLĐTBXH ngày 28/12/2018 của Bộ Lao động - Thương binh và Xã hội hợp "
             "nhất Thông tư hướng dẫn rà soát hộ nghèo;")
    assert c["issuer"] == "Bộ Lao động - Thương binh và Xã hội"


def test_the_company_a_reply_is_addressed_to():
    """A tax office's answer "Kính gửi: Công ty TNHH Nội thất Gỗ Tân Uyên" cites "văn bản số 15/2016/CV-TU … của Công
    ty": that company's letter; "của Quý Công ty" (the courtesy) likewise, its name read past its "và"."""
    answer = PROVINCE_LETTER.replace("Sóc Trăng, ngày", "Sóc Trăng, ngày").replace(
        "V/v thử nghiệm", "V/v thuế GTGT\n\nKính gửi: Công ty TNHH Nội thất Gỗ Tân Uyên")
    c = only("Cục Thuế nhận được văn bản số 15/2016/CV-TU ngày 25/10/2016 của\nCông ty hỏi về chính sách thuế.", answer)
    assert c["issuer"] == "Công ty TNHH Nội thất Gỗ Tân Uyên"
    courtesy = answer.replace("Công ty TNHH Nội thất Gỗ Tân Uyên", "Công ty Cổ phần Đầu tư và Xây dựng Hạ Long Xanh.")
    c = only("Xét Văn bản số 86/2016/CV-HLX ngày 02/6/2016 của Quý Công ty về việc đề nghị chấp thuận.", courtesy)
    assert c["issuer"] == "Công ty Cổ phần Đầu tư và Xây dựng Hạ Long Xanh"


def test_joint_issuers_whose_last_names_the_place_of_all():
    """"Quy chế phối hợp số 03/QCPH-CTHADS-TAND-VKSND … giữa Cục Thi hành án dân sự, Tòa án nhân dân và Viện kiểm sát
    nhân dân tỉnh Bắc Giang": the office, the court and the procuracy are all the province's; not a ministry ("của Bộ
    Tài chính và Ủy ban nhân dân tỉnh Bắc Giang")."""
    c = only("Thực hiện Quy chế phối hợp số 03/QCPH-CTHADS-TAND-VKSND ngày 15/4/2021 giữa Cục Thi hành án dân sự, "
             "Tòa án nhân dân và Viện kiểm sát nhân dân tỉnh Bắc Giang.")
    assert c["issuer"] == ("Cục Thi hành án dân sự tỉnh Bắc Giang, Tòa án nhân dân tỉnh Bắc Giang và Viện kiểm sát "
                           "nhân dân tỉnh Bắc Giang")
    c = only("Căn cứ Thông tư liên tịch số 12/2016/TTLT-BTC-UBND ngày 15/4/2016 của Bộ Tài chính và Ủy ban nhân dân "
             "tỉnh Bắc Giang.")
    assert c["issuer"] == "Bộ Tài chính và Ủy ban nhân dân tỉnh Bắc Giang"


def test_issuers_a_sentence_names_around_the_number():
    """"được Ủy ban nhân dân tỉnh công nhận tại Quyết định số 226/QĐ-UBND" (the province's, in a district's letter);
    "bị Viện kiểm sát nhân dân huyện Yên Lạc truy tố theo điểm c … tại Cáo trạng số …"; "Biên bản … số 0087/BB-VPHC do
    Đội Quản lý thị trường số 3 lập hồi 09 giờ 30 phút ngày 02/12/2020" (the team's, that day's); "của Cục Quản lý và
    Phát triển thị trường trong nước" (its "và" and "trong" the name's); "của Tổng Giám đốc Agribank",
    "2215/NHNoHSX"."""
    c = only("Năm 2012 có 142 người được Ủy ban nhân dân tỉnh công nhận tại Quyết định số 226/QĐ-UBND ngày 14/02/2012.",
             DISTRICT_LETTER)
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Bình Định"
    c = only("Bị cáo bị Viện kiểm sát nhân dân huyện Yên Lạc truy tố theo điểm c khoản 2 Điều 173 Bộ luật Hình sự năm "
             "2015 tại Cáo trạng số 29/CT-VKSYL ngày 12/9/2019.")
    assert c["issuer"] == "Viện kiểm sát nhân dân huyện Yên Lạc"
    c = only("Căn cứ Biên bản vi phạm hành chính số 0087/BB-VPHC do Đội Quản lý thị trường\nsố 3 lập hồi 09 giờ 30 "
             "phút ngày 02/12/2020 tại hộ kinh doanh;")
    assert (c["issuer_text"], c["date"]) == ("Đội Quản lý thị trường số 3", "2020-12-02")
    c = only("Thực hiện Công văn số 2017/TTTN-NV ngày 10/11/2025\ncủa Cục Quản lý và Phát triển thị trường trong nước "
             "về việc tăng cường kiểm tra;")
    assert c["issuer"] == "Cục Quản lý và Phát triển thị trường trong nước"
    c = only("Văn bản số 2215/NHNoHSX ngày 16/3/2023 của Tổng Giám đốc Agribank về việc cho vay.")
    assert (c["number"], c["issuer"]) == ("2215/NHNo-HSX", "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam")


def test_an_election_committees_letter_names_the_peoples_committee():
    """The "Ủy ban bầu cử … Hội đồng nhân dân tỉnh Quảng Bình nhiệm kỳ 2021 - 2026" cites "của Ủy ban nhân dân tỉnh":
    the province's committee (not the election committee short, nor a place "Quảng Bình nhiệm kỳ …")."""
    template = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ỦY BAN BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ "
                                       "ĐẠI BIỂU HĐND TỈNH QUẢNG BÌNH NHIỆM KỲ 2021 - 2026").replace(
        "Sóc Trăng, ngày", "Quảng Bình, ngày")
    c = only("Xét đề nghị của Ủy ban nhân dân tỉnh tại Tờ trình số 214/TTr-UBND ngày 19 tháng 02 năm 2021,", template)
    assert c["issuer"] == "Ủy ban nhân dân tỉnh Quảng Bình"


def test_joint_numbers_whose_hyphens_a_copy_lost_and_an_offices_submission():
    """"38/KHPHHLHPNSLĐTBXHCAT": the joint type, then its issuers ("KHPH-HLHPN-SLĐTBXH-CAT", no "KH-PH…"); "86/CVLNCC"
    no joint type ("CV" opens no joint type); "tại Phiếu trình số 512/PTr-VP" an office's submission; "Hội đồng Thi
    đua  Khen thưởng" (its dash lost) names its field."""
    found = cite("Thực hiện Kế hoạch số 38/KHPHHLHPNSLĐTBXHCAT ngày 05/3/2024, Quy chế số 03/QCPHCTHADSTANDVKSND ngày "
                 "15/4/2021 và Công văn số 86/CVLNCC ngày 02/5/2021; ý kiến tại Phiếu trình số 512/PTr-VP ngày "
                 "10/10/2022 của Văn phòng UBND tỉnh; Tờ trình số 96/TTrHĐTĐKT ngày 26/12/2016 của Hội đồng Thi đua  "
                 "Khen thưởng huyện;", DISTRICT_LETTER)
    assert [(c["type"], c["number"]) for c in found] == [
        ("Kế hoạch", "38/KHPH-HLHPN-SLĐTBXH-CAT"), ("Quy chế", "03/QCPH-CTHADS-TAND-VKSND"), ("Công văn", "86/CV-LNCC"),
        ("Phiếu trình", "512/PTr-VP"), ("Tờ trình", "96/TTr-HĐTĐKT")]
    assert found[-1]["issuer"] == "Hội đồng Thi đua - Khen thưởng huyện Tuy Phước"


def test_running_text_a_copy_ran_into_the_issuers_last_word_ends_it():
    """"của Bộ Chính trịđược triển khai", "của HĐND tỉnh Gia Laiquy định": the glued word's tail opens the running
    text, the name ends before it."""
    found = cite("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trịđược triển khai nền nếp. Nghị quyết số"
                 " 121/2019/NQ-HĐND ngày 11/7/2019 của Hội đồng nhân dân tỉnh Gia Laiquy định mức chi.")
    assert [(c["issuer"], c["issuer_text"]) for c in found] == [
        ("Bộ Chính trị", "Bộ Chính trị"), ("Hội đồng nhân dân tỉnh Gia Lai", "Hội đồng nhân dân tỉnh Gia Lai")]


def test_a_committee_that_provided_a_decision_across_a_wrapped_line_in_an_auditors_letter():
    """"do Ủy ban" / "nhân dân tỉnh đã cung cấp Quyết định số …" in the State Audit's letter on one province: the
    province's committee, its name across the copy's wrap."""
    letter = ("KIỂM TOÁN NHÀ NƯỚC\nSố: 812/KTNN-TH\nHà Nội, ngày 05 tháng 11 năm 2020\nV/v kiến nghị kiểm toán\n\n"
              "Kính gửi: Ủy ban nhân dân tỉnh Bình Thuận\n\n{body}\n\nKT. TỔNG KIỂM TOÁN NHÀ NƯỚC\n"
              "PHÓ TỔNG KIỂM TOÁN\n\nTrần Văn A\n")
    found = only("Kiểm toán nhà nước chấp nhận đưa ra khỏi kiến nghị, do Ủy ban\nnhân dân tỉnh đã cung cấp Quyết định"
                 " số 2274/QĐ-UBND ngày 17/9/2019 phê duyệt phương án bồi thường của tỉnh Bình Thuận.", letter)
    assert (found["issuer"], found["issuer_text"]) == ("Ủy ban nhân dân tỉnh Bình Thuận", "Ủy ban nhân dân tỉnh")


def test_a_military_regions_council_its_own_council_a_former_towns_agreement_and_a_record_drawn_up_at_an_hour():
    """A provincial council for defence and security education cites its military region's council ("… Quân khu 2",
    no province to add) and itself ("của Hội đồng"); "đã được UBND thị xã An Nhơn (cũ) thống nhất tại Công văn số …"
    is that town's; "Biên bản … số 38/BB-VPHC lập hồi 14 giờ 00 phút ngày 02/9/2019" is dated after its hour."""
    letter = ("UBND TỈNH HÀ GIANG\nHỘI ĐỒNG GIÁO DỤC\nQUỐC PHÒNG VÀ AN NINH\nSố: 14/KH-HĐGDQPAN\n"
              "Hà Giang, ngày 02 tháng 12 năm 2022\n\nKẾ HOẠCH\nBồi dưỡng kiến thức quốc phòng\n\n{body}\n\n"
              "TM. HỘI ĐỒNG\nCHỦ TỊCH\n\nHoàng Gia Lương\n")
    found = cite("Thực hiện Kế hoạch số 305/KH-HĐGDQPAN ngày 12/11/2022 của Hội đồng Giáo dục quốc phòng và an ninh"
                 " Quân khu 2 về giáo dục quốc phòng; Kế hoạch số 09/KH-HĐGDQPAN ngày 15/3/2022 của Hội đồng. Phương án"
                 " đã được UBND thị xã An Nhơn (cũ) thống nhất tại Công văn số 945/UBND-KT ngày 11/4/2025. Căn cứ Biên"
                 " bản vi phạm hành chính số 38/BB-VPHC lập hồi 14 giờ 00 phút ngày\n02/9/2019 tại thôn 3.", letter)
    assert [(c["number"], c["issuer"], c["date"]) for c in found] == [
        ("305/KH-HĐGDQPAN", "Hội đồng Giáo dục quốc phòng và an ninh Quân khu 2", "2022-11-12"),
        ("09/KH-HĐGDQPAN", "Hội đồng Giáo dục quốc phòng và an ninh tỉnh Hà Giang", "2022-03-15"),
        ("945/UBND-KT", "Ủy ban nhân dân thị xã An Nhơn", "2025-04-11"),
        ("38/BB-VPHC", None, "2019-09-02")]


def test_a_valuers_certificate_a_report_in_brackets_after_its_reporter_and_a_heads_appraisal_after_a_semicolon():
    """"tại Chứng thư số 0457/CT-TĐG … của Công ty …"; "nghe UBND huyện Bình Sơn báo cáo (tại Báo cáo số …)";
    "…; Giám đốc Sở Kế hoạch và Đầu tư tại Báo cáo thẩm định số 137/BC-SKH" (the Sở's)."""
    found = cite("Giá gói thầu theo kết quả tại Chứng thư số 0457/CT-TĐG ngày 20/10/2022 của Công ty Cổ phần Thẩm định"
                 " giá Miền Trung. Sau khi nghe UBND huyện Bình Sơn báo cáo (tại Báo cáo số 156/BC-UBND ngày"
                 " 05/8/2019). Theo đề nghị của Ban Quản lý dự án tại Tờ trình số 95/TTr-BQLDA ngày 26/4/2024;"
                 " Giám đốc Sở Kế hoạch và Đầu tư tại Báo cáo thẩm\nđịnh số 137/BC-SKH ngày 10/5/2024.")
    assert [(c["type"], c["number"], c["issuer"]) for c in found] == [
        ("Chứng thư", "0457/CT-TĐG", "Công ty Cổ phần Thẩm định giá Miền Trung"),
        ("Báo cáo", "156/BC-UBND", "Ủy ban nhân dân huyện Bình Sơn"),
        ("Tờ trình", "95/TTr-BQLDA", "Ban Quản lý dự án tỉnh Sóc Trăng"),
        ("Báo cáo", "137/BC-SKH", "Sở Kế hoạch và Đầu tư tỉnh Sóc Trăng")]


def test_a_councils_standing_committee_that_passed_a_petition_on():
    """"… do Thường trực HĐND tỉnh chuyển đến tại Văn bản số 176/HĐND-VP": the standing committee's letter."""
    found = only("Giải quyết kiến nghị của cử tri do Thường trực HĐND tỉnh chuyển đến tại Văn bản số 176/HĐND-VP ngày"
                 " 02/11/2016, Sở đã rà soát.")
    assert (found["issuer"], found["issuer_text"]) == ("Thường trực Hội đồng nhân dân tỉnh Sóc Trăng",
                                                       "Thường trực HĐND tỉnh")


def test_a_protected_areas_board_an_inspectorates_own_head_and_a_plan_its_director_approved():
    """"của Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh" (no province added to a named area); "của Chánh Thanh tra
    Sở" in the inspectorate's own letter; "… của Thanh tra Sở được Giám đốc Sở phê duyệt tại Quyết định số …/QĐ-SNN"
    (the Sở's decision, not the inspectorate's)."""
    letter = ("SỞ NÔNG NGHIỆP VÀ PTNT BÌNH ĐỊNH\nTHANH TRA SỞ\nSố: 12/QĐ-TTr\nBình Định, ngày 05 tháng 3 năm 2015\n\n"
              "QUYẾT ĐỊNH\nThanh tra chuyên ngành phân bón\n\n{body}\n\nCHÁNH THANH TRA\n\nTrần Văn A\n")
    found = cite("Theo Phương án số 03/PA-BQL ngày 10/01/2019 của Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh;"
                 " Kết luận thanh tra số 24/KL-TTr ngày 20/11/2014 của Chánh Thanh tra Sở; Kế hoạch thanh tra năm 2015"
                 " của Thanh tra Sở được Giám đốc Sở phê duyệt tại Quyết định số 1620/QĐ-SNN ngày 10/12/2014.", letter)
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("03/PA-BQL", "Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh"),
        ("24/KL-TTr", "Thanh tra Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"),
        ("1620/QĐ-SNN", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định")]


def test_a_boards_letter_names_its_parents_standing_committee_and_a_departments_field_with_and():
    """"của Ban Thường vụ Đảng ủy Khối" in a letter of the Ban Tổ chức under the "Đảng ủy Khối Doanh nghiệp tỉnh Bình
    Thuận" is that committee's; "Cục Khảo thí và Kiểm định chất lượng giáo dục" is one name past its "và"."""
    letter = ("ĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH BÌNH THUẬN\nBAN TỔ CHỨC\n*\nSố 08-HD/BTC\nPhan Thiết, ngày 02 tháng 4 năm"
              " 2018\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHƯỚNG DẪN\nPhát triển đảng viên\n\n{body}\n\nK/T TRƯỞNG BAN\n"
              "PHÓ TRƯỞNG BAN\n\nTrần Văn A\n")
    found = cite("Thực hiện Công văn số 245-CV/ĐUK, ngày 06/3/2018 của Ban Thường vụ Đảng ủy Khối về phát triển đảng"
                 " viên; Công văn số 1207/KTKĐCLGD-KT ngày 19/3/2015 của Cục Khảo thí và Kiểm định chất lượng giáo dục"
                 " về thi.", letter)
    assert [c["issuer"] for c in found] == ["Ban Thường vụ Đảng ủy Khối Doanh nghiệp tỉnh Bình Thuận",
                                            "Cục Khảo thí và Kiểm định chất lượng giáo dục"]


def test_a_companys_name_ends_before_the_next_document_a_record_named_by_its_kind_and_subject_and_a_team():
    """"của Công ty cổ phần … Mỹ Xuyên và Biên bản kiểm tra số 58/BB-KTT … của Đoàn kiểm tra Cục Thuế": the company's
    name ends before the record, whose issuer is the team of the body it names; "Biên bản kiểm tra về phòng cháy và
    chữa cháy số 37/BB-PC66": a record named by its kind and subject before its number."""
    found = cite("Xét hồ sơ tại Công văn số 09/CV-NS ngày 05/3/2008 của Công ty cổ phần Chế biến Nông sản Mỹ Xuyên và "
                 "Biên bản kiểm tra số 58/BB-KTT ngày 20/3/2008 của Đoàn kiểm tra Sở Tài chính; theo Biên bản kiểm tra"
                 " về phòng cháy và chữa cháy số 37/BB-PC66 ngày 12/11/2013.")
    assert [(c["number"], c["issuer"]) for c in found] == [
        ("09/CV-NS", "Công ty cổ phần Chế biến Nông sản Mỹ Xuyên"),
        ("58/BB-KTT", "Đoàn kiểm tra Sở Tài chính tỉnh Sóc Trăng"), ("37/BB-PC66", None)]


def test_a_corporations_unit_names_its_parent_and_a_lottery_council_and_a_zones_board_name_themselves():
    """"của Tổng công ty" in the letter of a Công ty Điện lực under the "Tổng công ty Điện lực miền Bắc": the parent;
    "Hội đồng xổ số kiến thiết khu vực miền Nam" goes on past its "số"; "của Ban Quản lý Khu kinh tế Quảng Ninh" in
    that board's letter is the board as it names itself, its place its name's (no "tỉnh" put in); "341/ĐL-SVHTTDL" is a
    Sở's Điều lệ, no Cục Điện lực's letter."""
    power = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC\n"
                                    "CÔNG TY ĐIỆN LỰC NAM ĐỊNH").replace("10/UBND-TH", "10/PCNĐ-KD")
    found = cite("Thực hiện Văn bản số 7780/EVNNPC-KD ngày 30/11/2017 của Tổng công ty; Thông báo số 27/TB-HĐXSMN ngày"
                 " 20/7/2021 của Hội đồng xổ số kiến thiết khu vực miền Nam về việc tạm ngưng;", power)
    assert [c["issuer"] for c in found] == ["Tổng công ty Điện lực miền Bắc",
                                            "Hội đồng xổ số kiến thiết khu vực Miền Nam"]
    zone = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "UBND TỈNH QUẢNG NINH\n"
                                   "BAN QUẢN LÝ KHU KINH TẾ QUẢNG NINH").replace("10/UBND-TH", "10/BQLKKT-TNMT")
    found = cite("Theo Văn bản số 861/BQLKKT-TNMT ngày 11/5/2022 của Ban Quản lý Khu kinh tế Quảng Ninh; Điều lệ số "
                 "341/ĐL-SVHTTDL ngày 06/6/2022.", zone)
    assert [c["issuer"] for c in found] == ["Ban Quản lý Khu kinh tế Quảng Ninh",
                                            "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Ninh"]


def test_numbers_a_legal_site_spaced_a_companys_initials_twice_a_party_agencys_committee_and_a_scans_politburo():
    """"Luật Đầu tư công số  49 / 2014 / QH13", "Nghị định số  136 / 2015 / NĐ - CP" (a legal site's spacing);
    "15/2025/CV-VVP" (Vịnh Vân Phong's initials, no "VP" OCR doubled); "của Ban Chấp hành Đảng bộ Cơ quan" in the
    letter of the "Đảng ủy Cơ quan Dân chính Đảng huyện Đức Cơ"; "của Bộ Chính tri" (a scan's tone slip)."""
    found = cite("Căn cứ Luật Đầu tư công số  49 / 2014 / QH13  ngày 18/6/2014; Căn cứ Nghị định số  136 / 2015 / NĐ"
                 " - CP  ngày 31/12/2015 của Chính phủ; Văn bản số 15/2025/CV-VVP ngày 02/5/2025 của Công ty Cổ phần Du"
                 " lịch Vịnh Vân Phong;")
    assert [c["number"] for c in found] == ["49/2014/QH13", "136/2015/NĐ-CP", "15/2025/CV-VVP"]
    party = PROVINCE_LETTER.replace("ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", "ĐẢNG BỘ HUYỆN ĐỨC CƠ\nĐẢNG ỦY CƠ QUAN DÂN "
                                    "CHÍNH ĐẢNG\n*").replace("Số: 10/UBND-TH", "Số 38-BC/ĐU")
    found = cite("Thực hiện Nghị quyết số 04-NQ/ĐU ngày 12/01/2017 của Ban Chấp hành Đảng bộ Cơ quan về nhiệm vụ năm"
                 " 2017 và Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính tri về đẩy mạnh học tập,", party)
    assert [fold(c["issuer"]) for c in found] == [fold("Ban Chấp hành Đảng bộ Cơ quan Dân chính Đảng huyện Đức Cơ"),
                                                  fold("Bộ Chính trị")]
