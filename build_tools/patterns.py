"""Every pattern for Vietnamese letter text, in one place, each with a real example it matches.

The layout they follow is the official one for administrative documents (Nghị định 30/2020/NĐ-CP,
Phụ lục I). Patterns run on the *match form* of a line (`text.match_form`: look-alike letters
fixed, new-style tones), which has the same length as the line as written.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml

from build_tools.text import fold

# Vietnamese capitals, toned ones included ("Ụ" in "CỤC"): the range "à-ỹ" alternates capitals and small letters.
CAPITALS = "A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ"

# --- document types (loại văn bản) -------------------------------------------------------------
# Name as written in a title or a citation → the type code used in numbers (Phụ lục III, NĐ 30).
DOCUMENT_TYPES: dict[str, str] = {
    "Nghị quyết": "NQ",
    "Quyết định": "QĐ",
    "Chỉ thị": "CT",
    "Quy chế": "QC",
    "Quy định": "QYĐ",
    "Thông báo": "TB",
    "Hướng dẫn": "HD",
    "Chương trình": "CTr",
    "Kế hoạch": "KH",
    "Phương án": "PA",
    "Đề án": "ĐA",
    "Dự án": "DA",
    "Báo cáo": "BC",
    "Biên bản": "BB",
    "Tờ trình": "TTr",
    "Hợp đồng": "HĐ",
    "Công điện": "CĐ",
    "Bản ghi nhớ": "BGN",
    "Bản thỏa thuận": "BTT",
    "Giấy ủy quyền": "GUQ",
    "Giấy mời": "GM",
    "Giấy triệu tập": "GTT",  # a council's summons to its session: "Số: 05/GTT-HĐND"
    "Giấy giới thiệu": "GGT",
    "Giấy phép": "GP",  # a licence: "Giấy phép khai thác khoáng sản số 12/GP-UBND"
    "Giấy nghỉ phép": "GNP",
    "Giấy xác nhận": "GXN",  # an environmental plan's confirmation: "Giấy xác nhận số 86/GXN-KCNĐN"
    "Chứng thư thẩm định giá": "",  # a valuer's certificate: "Chứng thư thẩm định giá số 2204/2022/CT-TĐG"
    "Chứng thư": "",  # … named short: "theo kết quả thẩm định giá tại Chứng thư số 0457/CT-TĐG"
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Phiếu trình": "PTr",  # an office's submission to its chairman: "tại Phiếu trình số 512/PTr-VP"
    "Điều lệ": "",  # a tournament's or an association's rules: "ĐIỀU LỆ" / "GIẢI BÓNG CHUYỀN …" ("ĐL" is a Cục's code)
    "Phiếu kiểm nghiệm": "",  # a testing centre's: "Phiếu kiểm nghiệm số 312/KN-TTKN" (its "KN" no type code)
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Nghị định": "NĐ",
    "Luật": "",
    "Bộ luật": "",
    "Pháp lệnh": "",
    "Hiến pháp": "",
    "Kết luận": "KL",
    "Mệnh lệnh": "ML",  # a military command's order: "Mệnh lệnh số 08/ML-BCH"
    "Chỉ lệnh": "CL",  # a military region's directive: "Chỉ lệnh số 15/CL-BTL"
    "Điện": "",  # an army's telegram: "Điện số 3015/BTM-TM ngày 04/9/2024 của Bộ Tham mưu Bộ đội Biên phòng"
    "Thông tri": "",  # the Front's and the party's: "Thông tri số 12/TTr-MTTW" (its code is a Tờ trình's)
    "Bản án": "",  # a court's judgment: "Bản án hình sự sơ thẩm số 25/2022/HS-ST" (its code the case's kind)
    "Án lệ": "AL",  # a precedent the Supreme Court's council of judges adopted: "Án lệ số 04/2016/AL"
    "Cáo trạng": "",  # a procuracy's indictment: "Cáo trạng số 21/CT-VKS-ĐH" (its "CT" no Chỉ thị's)
    "Kiến nghị": "KN",  # a procuracy's (Luật Tổ chức Viện kiểm sát nhân dân 2014): "Kiến nghị số 07/KN-VKS"
    "Công văn": "",
    "Văn bản": "",
}
TYPE_BY_CODE: dict[str, str] = {code.upper(): name for name, code in DOCUMENT_TYPES.items() if code}
TYPE_BY_CODE["QĐ"] = "Quyết định"  # party rules "977-QĐ/TU" are named by their citation, not code
TYPE_BY_CODE["CV"] = "Công văn"  # the party's and mass organisations' (and old offices'): "146-CV/HNDT", "512-CV/TU"



def _prefix_tree(names: list[str]) -> str:
    """One pattern for many names, their common beginnings shared ("Thông (?:tư(?:\\s+liên\\s+tịch)?|báo)"):
    the regular expression engine tries one branch per letter, not one per name, at each place of a text
    (a third of the citation finder's time). The longest name wins, as in a list sorted by length; for
    patterns compiled with re.IGNORECASE (names are lowered), a space matches any run of white space, or
    none: a web copy glues the words ("Thực hiện Côngđiện số 1099/CĐ-TTg")."""
    tree: dict = {}
    for name in names:
        node = tree
        for char in name.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def longest(node: dict) -> int:
        return max((1 + longest(child) for char, child in node.items() if char), default=0)

    def pattern(node: dict) -> str:
        branches = [(r"\s*" if char == " " else re.escape(char)) + pattern(child)
                    for char, child in sorted(node.items(), key=lambda item: -longest(item[1])) if char]
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")" if branches else ""
        return f"(?:{body})?" if "" in node and body else body

    return "(?:" + pattern(tree) + ")"


# Qualified names that are still the same type: "Chương trình hành động số 01/CTr-UBND".
TYPE_QUALIFIERS = r"(?:\s+(?:hành\s+động|liên\s+tịch|liên\s+ngành|kết\s+luận))?"
# Any type's name; compiled with re.IGNORECASE. A line break may fall inside a name in copies of PDFs:
# "tiếp theo Kế" / "hoạch số 45/KH-UBND". "Thông tư liên tịch" wins over "Thông tư".
TYPE_NAME = _prefix_tree(list(DOCUMENT_TYPES))
_TYPE_BY_LETTERS = {"".join(fold(name).split()): name for name in reversed(DOCUMENT_TYPES)}  # the first name wins


# A type written as its numbers' code, before "số" in a table's cell: "QĐ số 2178/QĐ-UBND ngày 14/6/2019 của UBND
# tỉnh", "NQ số 51/NQ-HĐND". ("TT" is also a centre's or a standing board's: left out.)
TYPE_ABBREVIATIONS = {"QĐ": "Quyết định", "NQ": "Nghị quyết", "NĐ": "Nghị định", "KH": "Kế hoạch", "TB": "Thông báo",
                      "BC": "Báo cáo", "TTr": "Tờ trình", "CT": "Chỉ thị", "HD": "Hướng dẫn", "CV": "Công văn"}
_TYPE_ABBREVIATION = r"(?-i:(?<![^\W\d_])(?:" + "|".join(TYPE_ABBREVIATIONS) + r")(?=\s+số\s))"


def type_named(written: str) -> str | None:
    """The type a match of TYPE_NAME names, however spaced, cased or toned: "Côngđiện", "KẾ  HOẠCH" → "Kế hoạch"."""
    return _TYPE_BY_LETTERS.get("".join(fold(written).split()))


# Types whose citations name the document before its number: "Luật Đất đai số 45/2013/QH13".
LAW_TYPES = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp")

# A protected area, named after its kind as a school is: "Ban Quản lý Khu bảo tồn thiên nhiên Hòn Bà", "Vườn quốc gia
# Yok Đôn", "Ban Quản lý rừng phòng hộ Đa Nhim": its name is its own, no province's.
PROTECTED_AREA = re.compile(r"(?:vườn\s+quốc\s+gia|khu\s+bảo\s+tồn\s+thiên\s+nhiên|rừng\s+phòng\s+hộ|rừng\s+đặc\s+dụng)"
                            r"\s+(?=\S)", re.IGNORECASE)

# A title line naming the type, in capitals: "THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH".
# (a joint programme's "CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN NGÀNH"; an inspectorate's "KẾT LUẬN THANH TRA" and a
# council board's "BÁO CÁO THẨM TRA", a disaster board's "BÁO CÁO NHANH", a project board's "THÔNG BÁO MỜI THẦU", of
# the type the first words name; an old decision's "QUYẾT ĐỊNH CỦA UỶ BAN NHÂN DÂN TỈNH THANH HOÁ", its issuer on the
# title's line)
TITLE_LINE = re.compile(r"^\s*(" + TYPE_NAME + r"(?:\s+(?:phối\s+hợp|liên\s+tịch|liên\s+ngành|hành\s+động))?)"
                        r"(?:\s+(?:thanh\s+tra|kiểm\s+tra|giám\s+sát|thẩm\s+tra|thẩm\s+định|nhanh|tóm\s+tắt"
                        r"|mời\s+(?:thầu|quan\s+tâm|chào\s+hàng)))?"
                        r"(?:\s+(?-i:CỦA)\s+(?-i:[" + CAPITALS + r"][" + CAPITALS + r"\s]+))?\s*:?\s*$", re.IGNORECASE)

# --- header -----------------------------------------------------------------------------------
# National motto, matched on folded text ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh
# phúc", "XàHỘI" from a PDF, "CỘNG HOÀ XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM" cut by a web table); party
# letters: "ĐẢNG CỘNG SẢN VIỆT NAM", cut by a web table into "ĐẢNG CỘNG SẢN VIỆT" / "NAM"; the youth union's:
# "ĐOÀN TNCS HỒ CHÍ MINH"; a legal-document site's copy breaks a cell's first word off: "CỘNG" / "HÒA XÃ HỘI …".
# The party's name opens its cell, in capitals (header.py): "… kỷ niệm 80 năm Ngày thành lập" / "Đảng Cộng sản
# Việt Nam (03/02/1930 - 03/02/2010)" is a subject going on.
MOTTO_FOLDED = re.compile(
    r"cong\W*hoa\W*xa|(?P<bare>cong\W*hoa\b)|chu\W*nghia\W*viet\W*nam|doc\W*lap\W*tu\W*do|tu\W*do\W*hanh\W*phuc|^\W*hanh\W*phuc\W*$"
    r"|^\W*cong\W*$|^\W*hoa\W*xa\W*hoi\b|doc\W*lap\W*(?:tu\W*)?hanh\W*phuc"  # OCR's "Độc lập - Tự - Hạnh phúc"
    r"|^\W*nghia\W*viet\W*nam\W*$"  # a narrow cell's "CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM"
    r"|^\W*doc\W*lap\W*$|^\W*tu\W*do\W*$"  # a narrow cell's "Độc lập -" / "Tự do - Hạnh phúc"; the cells of
    # "Độc lập <tab> Tự do <tab> Hạnh phúc", a Word table saved as text
    r"|(?P<party>^\W*dang\W*cong\W*san\b)|^\W*(?:viet\W*)?nam\W*$|^\W*doan\W*(?:tncs|thanh\W*nien\W*cong\W*san)\W*ho\W*chi\W*minh\W*$"
)
# A rule line drawn under the issuer, the motto or the subject: "-------", "_____", "*", "---o0o---" (both columns'
# on one line: "-----o0o----- -----o0o-----"); "????????"
# where a conversion to an old code page had no dash to write; a scan's specks read beside it: ",*", "~ \ ;"; the
# party's star OCR read as "+".
RULE_LINE = re.compile(r"^(?=.*[-_–—=*~•?+])[\s\-_–—=*~.•|?,;'`\\+]*(?:(?:o0o|oOo|ooo)[\s\-_–—=*~.•|?,;'`\\+]*)*$")
# Where a web page ran a header's columns into one line: at a rule ("… ĐỒNG THÁP ------- Số:32 /2007/…", "BAN
# THƯỜNG TRỰC ——————", its dashes "??????" in a code page that has none; a web copy's "… XÃ HỘI-------- |"),
# before the motto ("UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI …", "VĂN PHÒNG Độc lập - Tự do - Hạnh phúc", "TỈNH
# HẬU GIANG Độc Lập - Tự Do - Hạnh Phúc", a scan's "HUYỆN ĐỒNG VĂN Đôc lập - Tư do - Hanh phúc" (or "— Tự do"), "CHI
# NHÁNH TỈNH QUẢNG BÌNH Độc lập Tự do Hạnh phúc" its dashes lost), before the youth union's name ending the line
# ("BCH ĐOÀN TP HÀ NỘI ĐOÀN TNCS HỒ CHÍ MINH"), before the number line ("… TỈNH X Số: 12/UBND", a party's "BÁO KON TUM
# * Số 318-CV/BKT") and the subject under it ("Số: 2156/STNMT-QLĐĐ V/v triển khai …"), before
# a received stamp's words OCR read into the columns ("Số: 2745/TNMT-MT CÔNG VĂN ĐẾN Quảng Ninh, ngày …", "… trên địa
# bàn Ngày: 31/5/2019"). A
# rule's spaces are looked for from the start of their run only (from each space of a line of a million spaces it was
# quadratic).
SMALL_LETTER = r"(?![" + CAPITALS + r"])[^\W\d_]"  # a small letter ("[à-ỹ]" holds capitals too: "Đ", "Ư")
# (the motto in the old tones or as OCR reads it: "UỶ BAN NHÂN DÂN CÔNG HOÀ XÃ HỘI …", "HUYỆN QUẢNG TRẠCH ĐỘc lập -
# …"; in small letters, "Cộng hòa xã hội …", not a ward's name: "… (đoạn qua phường Cộng Hòa)")
HEADER_CELL_BREAK = re.compile(
    r"(?<!\s)(?:\s+[-_=–—?]{3,}|[-_=–—]{3,})\s*|(?<=\S)\s+(?=(?:C[ỘÔ]NG\s+H(?:ÒA|OÀ)|Cộng\s+[Hh](?:òa|oà)(?:\s+[Xx][ãÃ]|\s*$)|Đ[ộôỘÔ]c\s+[Ll][ậâ]p\s*(?:[-–—?]|T[ựư]\s+[Dd]o)|ĐỘC\s+LẬP"
    r"|ĐẢNG\s+C[ỘÔ]NG\s+S[ẢÁA]N|S[ốỐ]\s*:|(?-i:Số)\s+\d{1,5}\s*-[A-ZĐ]|V/v\s|ĐOÀN\s+(?:TNCS|THANH\s+NIÊN\s+CỘNG\s+SẢN)\s+HỒ\s+CHÍ\s+MINH\s*$"
    r"|CÔNG\s+VĂN\s+ĐẾN\b|Ngày\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*$))|(?<=CÔNG\sVĂN\sĐẾN)\s+"
    r"|(?<=ĐẢNG\sCỘNG\sSẢN\sVIỆT\sNAM)\s+(?=\S)"  # the party's motto, its place and date after it on one line
    # the motto's end, a post's stop or dash before the place: "… - Hạnh phúc - Hà Nội, ngày …", "Hạnh phúc. Quỳnh Lưu,"
    r"|(?<=[cC])(?<=(?i:phúc))\s*[-–.]\s+(?=\S)"
    r"|(?<=[" + CAPITALS + r"])(?=Số\s*:\s*\d)"  # a web copy's cells glued: "ỦY BAN NHÂN DÂN XÃ ĐẠI TÂMSố: 19/GM-UBND"
    # … the number's code into the place: "Số: 38/KH-TTVHĐắk Lắk, ngày 14 tháng 01 năm 2019"
    # (not a code's "TTr" in "38/BCTTr Diễn Châu, ngày …", nor an inspectorate's "TTra" in "23/KLTTra Bắc Ninh, ngày …";
    # a place's first word of one small letter that is no code's, "Tg", "Na": "87/GM-UBNDBù Đăng, ngày …")
    r"|(?<=[A-ZĐ]{3})(?!Tra\b)(?=[A-ZĐ](?:(?:" + SMALL_LETTER + r"){2,}|(?=[^\x00-\x7f])" + SMALL_LETTER + r")"
    r"(?:\s+[A-ZĐ](?:" + SMALL_LETTER + r")+){0,3}"
    r"\s*,\s*ngày\b)"
    # … or a space before it after the issuer's last line: "CHI CỤC THÚ Y VÙNG III Nghệ An, ngày 14 tháng 4 năm 2020"
    # (not after the number's code: "Số: 112/TB-UBND Văn Lâm, ngày …" is the number's cell)
    r"|(?=\s)(?<=[" + CAPITALS + r"]{2})" + "".join(rf"(?<![/-]\S{{{n}}})" for n in range(2, 9))
    + r"\s+(?=(?:[A-ZĐ](?:" + SMALL_LETTER + r")+\s+){0,3}[A-ZĐ](?:" + SMALL_LETTER
    + r")+\s*,\s*ngày\b)"
    # a mark above the header a news page ran into it: "HỎA TỐC ỦY BAN NHÂN DÂN TỈNH QUẢNG NINH Số: …"
    r"|(?<=^HỎA\sTỐC)\s+|(?<=^THƯỢNG\sKHẨN)\s+|(?<=^KHẨN)\s+(?=[" + CAPITALS + r"]{2})"
    # … or set between the issuer and the motto: "ỦY BAN NHÂN DÂN KHẨN CỘNG HÒA XÃ HỘI …"
    r"|(?=\s)(?<=\S)\s+(?=(?:HỎA\s+TỐC|THƯỢNG\s+KHẨN|KHẨN)\s+C[ỘÔ]NG\s+H)")
# A page a document-sharing site gives as one line of text ("Nội dung Text: 1. Y BAN NHÂN DÂN CỘNG HÒA XàHỘI
# … Số: 95 /2006/QĐUBND Phan Rang  Tháp Chàm, ngày 17 … QUYẾT ĐỊNH Về việc … Căn cứ …"): a line this
# long holding the motto or "Nơi nhận" is cut where each part a letter sets on a line of its own begins; so
# is a shorter one running the text into its closing ("… Sở Nông nghiệp và PTNT./. Nơi nhận: KT. CHI CỤC
# TRƯỞNG - Như trên; PHÓ CHI CỤC TRƯỞNG …").
FLATTENED_LENGTH = 300
# The date's words with a tone OCR misread or a copy left off, before or after figures: "ngảy 27/7/2009", "Gia Lai,
# ngay 03 thang 4 nam 2015", "ngày 3 thảng 4 nãm 2015".
DAY_WORD = r"ng[àảáạãa][yỵ]"  # OCR's "ngàỵ" too
MONTH_WORD = r"th[áàảãạa]ng"
YEAR_WORD = r"n[ăắằẳẵặâấầẩẫậaáàảãạ](?:m|rn)"  # OCR's "rn" for an "m": "ngày 26 tháng 3 nărn 2024"
# A place and date closing a subject's line, the other column's run onto it: "V/v hướng dẫn tổ chức dạy học trực
# tuyến Nam Định, ngày 14 tháng 4 năm 2020" (header.py cuts where a word in small letters comes before it).
# (a city's own "Thành phố Hồ Chí Minh, ngày …" too)
_PLACE_WORD = r"[" + CAPITALS + r"](?:['’][" + CAPITALS + r"]?)?[a-zà-ỹđ]+"  # "Lấp", "R'Lấp", "M’Đrắk", "H'leo"
PLACE_DATE_AT_END = re.compile(r"(?<=\s)(?:Thành\s+phố\s+)?(?:" + _PLACE_WORD + r"\s+){0,3}" + _PLACE_WORD + r"\s*,"
                               r"\s*" + DAY_WORD + r"\s+\d{1,2}\s+" + MONTH_WORD + r"\s+\d{1,2}\s+" + YEAR_WORD
                               + r"\s+\d{4}\s*$")
# "TM. ỦY BAN", "TM. UỶ BAN", "KT. CỤC TRƯỞNG"
# Or the head signing in person, the copies' dashes lost: "Nơi nhận: GIÁM ĐỐC  Sở Y tế (b/c);  UBND huyện (b/c); …".
CLOSING_RUN_IN = re.compile(r"Nơi\s+(?:nhận|gửi)\s*:(?:.*?\b(?:TM|KT|TL|TUQ)\.\s+[" + CAPITALS + "]{2}"
                            r"|\s*[" + CAPITALS + r"][" + CAPITALS + r" ]{2,40}?\s{2,}(?=\S))")
# "Kính gửi", and as OCR misreads its tones: "Kính gửỉ", "Kinh gứi".
TO_WORDS = r"K[íi]nh\s*g[ửởưứừữựuủ][iíìỉĩị]"
_TITLES = (r"QUYẾT\s+ĐỊNH|KẾ\s+HOẠCH|CHỈ\s+THỊ|THÔNG\s+BÁO|NGHỊ\s+QUYẾT|BÁO\s+CÁO|TỜ\s+TRÌNH|GIẤY\s+MỜI|HƯỚNG\s+DẪN"
           r"|QUY\s+ĐỊNH")
# A part of a letter glued to the line before it by a web copy that lost its breaks: "… nhiệm kỳ 2026 - 2031Kính gửi: -
# Hội …", "… năm 2015Thực hiện Chỉ thị …", "… địa bàn tỉnhCăn cứ Luật …", "… thực hiện./.Nơi nhận:", "./.TM. ỦY BAN",
# "Hạnh phúc********Số: 1187/UBND-KT", "---------------Số 2715-CV/TU", "Số: 168/BC-STCCỘNG HÒA XÃ HỘI …", "Số
# 08-CTr/ĐUĐẢNG CỘNG SẢN VIỆT NAM", "118-KH/TĐTN-PTĐOÀN TNCS HỒ CHÍ MINH", "… năm 2022QUYẾT ĐỊNH". (Opened by the parts'
# capitals, the character before looked at after: twice as fast as the look-behind first.)
# "Kính gửi:" after a space too, where a scan ran the addressees onto the subject's last line: "… bệnh Dịch tả lợn Châu
# Phi Kính gửi:".
PART_GLUED = re.compile(r"(?=[KTCNXSQBGHĐ])(?:(?<=[^\W\d_]\s)" + TO_WORDS + r"\s*:"
                        r"|(?<=\.\s)[TK]/[MT]\s(?=[" + CAPITALS + r"]{2})"  # a party's: "Lưu VP. T/M BAN THƯỜNG VỤ"
                        r"|(?<=[^\W_]|[.;)*-])(?:" + TO_WORDS + r"\s*:|Thực\s+hiện\s|Căn\s+cứ\s"
                        r"|S[ốỐ]\s*:?\s*\d|Nơi\s+(?:nhận|gửi)\s*:|Xét\s+đề\s+nghị\s|CỘNG\s+H(?:ÒA|OÀ)\s+X"
                        r"|ĐẢNG\s+CỘNG\s+SẢN\s|ĐOÀN\s+TNCS\s"  # the party's and the Youth Union's mottos
                        # the motto's second line: "TRUNG TÂM VĂN HÓAĐộc lập - Tự do …", its dashes lost: "… XÃ THỤY
                        # HẢIĐộc lập  Tự do  Hạnh phúc"
                        r"|Độc\s+lập\s*[-–]?\s*Tự"
                        r"|(?<![A-ZĐ])(?<![A-ZĐ]\.)(?:TM|KT|TL|TUQ)\.\s"  # not a unit's "PKT. …", "P.KT. …"
                        # the decision-maker after the subject's last word: "… đoạn qua xã Nghĩa HàCHỦ TỊCH ỦY BAN …"
                        r"|(?<=[^\W\d_])(?<![" + CAPITALS + r"])CHỦ\s+TỊCH\s+(?:ỦY|UỶ)\s+BAN\s"
                        r"|(?<=\d)(?:" + _TITLES + r"|CÔNG\s+ĐIỆN)(?!\S)))")
# The title a web copy ran into its subject in running case, on a line of its own: "THÔNG BÁOTuyển sinh vào lớp 10 …",
# a party's "THÔNG BÁOkết luận của đồng chí Bí thư …" (the glued words parted by the reader: "THÔNG BÁO Tuyển sinh …").
TITLE_BEFORE_SUBJECT = re.compile(r"(?:" + _TITLES + r")(?=\s*[^\W\d_][a-zà-ỹ]+\s)")
# The title after the date, its subject in capitals after it: "Chợ Mới, ngày 15 tháng 4 năm 2016   KẾ HOẠCH TRIỂN KHAI
# THÁNG HÀNH ĐỘNG …", or its "Về": "Cần Thơ, ngày 22 tháng 3 năm 2013 QUY ĐỊNH Về trách nhiệm …" (where a subject in
# running case follows it, FLATTENED_PART cuts).
TITLE_RUN_IN = re.compile(r"\s+(?:" + _TITLES + r")(?=\s+(?:[" + CAPITALS + r"]{2}|V[ềỀ]\s))")
FLATTENED_PART = re.compile(
    r"CỘNG\s+HÒA\s+X|Độc\s+lập\b|(?<=VIỆT\sNAM)\s+(?=[A-ZĐ])|(?<=phúc)\s+(?=\S)|S[ốỐ]\s*:|QUYẾT\s+ĐỊNH\s*:"
    # a notice's text after its subject: "… đoạn qua xã Phước An Ngày 22 tháng 5 năm 2009, tại trụ sở …"
    r"|(?-i:Ngày)\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\s*,|(?-i:Ngày)\s+\d{1,2}/\d{1,2}/\d{4}\s*,"
    # a party's number after its date: "Bình Sơn, ngày 25 tháng 4 năm 2024 Số 1184-TB/HU THÔNG BÁO …"
    r"|(?<=năm\s\d{4})\s+(?=S[ốỐ]\s+\d{1,5}\s*-)"
    # the text's opening after a subject that closes with no stop: "… trên địa bàn xã Gia Sinh Thực hiện Kế hoạch …"
    r"|(?<=[^\W\d_])\s+(?=Thực\s+hiện\s)"
    r"|Căn\s+cứ\b|Xét\s+đề\s+nghị\b|Điều\s+\d+\.|Nơi\s+(?:nhận|gửi)\s*:|(?:TM|KT|TL|TUQ)\.(?=\s+(?P<authority>\w+))|\(Đã\s+ký\)"
    # the title, glued to its subject in a forum's paste: "QUYẾT ĐỊNHVề việc thành lập …"
    r"|(?=(?:" + _TITLES + r")\s*(?:Về\b|V/v|[A-ZĐ][a-zà-ỹ]))|Về\s+việc\b|V/v\b|(?i:" + TO_WORDS + r")\s*:"
    r"|-{3,}|(?<=---)\s*(?=[^\s-])"  # a rule line run in: "… Cát Tường--------- BAN THƯỜNG VỤ …"
    # a party's header glued: "TỈNH ỦY PHÚ YÊNỦY BAN KIỂM TRA*Số 58-TB/UBKTTUĐẢNG CỘNG SẢN VIỆT NAM Phú Yên, ngày …"
    r"|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|(?<=\*)(?=\s*S[ốỐ]\b)"
    # the subject after its title: "NGHỊ QUYẾT Thông qua Đề án …", a forum's "THÔNG BÁOKết quả kỳ họp …"
    r"|(?:(?<=ĐỊNH)|(?<=HOẠCH)|(?<=THỊ)|(?<=BÁO)|(?<=QUYẾT)|(?<=CÁO)|(?<=TRÌNH)|(?<=MỜI)|(?<=DẪN))"
    r"\s*(?=[A-ZĐ][a-zà-ỹ]+\s)"
    r"|(?<=[;:])\s+(?=-\s)"  # each item of a list: "Kính gửi: - Ủy ban nhân dân tỉnh …; - Bộ …"
    r"|(?<=\(Đã\ský\))\s+(?=-\s)"  # … after the signature's mark: "- Giám đốc, các PGĐ Sở; (Đã ký) - Lưu: VT, …"
    r"|(?<=,)\s+(?=-\s+[A-ZĐ])"  # … and of a party's, ending with commas: "- UBKT Trung ương (b/c), - Thường trực …"
    # a copy after a position in capitals: "KT. CHI CỤC TRƯỞNG - Như trên;", "PHÓ GIÁM ĐỐC - UBND tỉnh (để b/c);"
    # (not "Cục Kiểm tra VBQPPL - Bộ Tư pháp", nor "PHÓ CHỈ HUY TRƯỞNG - THAM MƯU TRƯỞNG")
    # and "TL. CHỦ TỊCH - CT, các PCT UBND huyện;", "CHÁNH VĂN PHÒNG - Phòng TN&MT, …;", "TM. ỦY BAN NHÂN DÂN - Như
    # trên;"
    r"|(?:(?<=TRƯỞNG)|(?<=TỊCH)|(?<=ĐỐC)|(?<=THƯ)|(?<=NHIỆM)|(?<=PHÒNG)|(?<=DÂN)|(?<=VỤ))\s+"
    r"(?=-\s+(?:[A-ZĐ][a-zà-ỹ]|(?:UBND|HĐND|TT\.?|VP)\s|[A-ZĐ]{2,5},))"
    # the signer's name read across the copies: "- Website Sở; Trần Đình Huấn - Lưu: VT, CTTT."
    r"|(?<=;)\s+(?=(?:[A-ZĐ][a-zà-ỹ]+\s){2,4}-\s)|(?<=[a-zà-ỹ])\s+(?=-\s+Lưu\s*:)"
    # "Phan Rang  Tháp Chàm, ngày 17" (not the code before it: "Số : 187 /CCTY-DT Hải Dương, ngày 09")
    # a blank day: "ngày tháng 4"
    r"|(?:[A-ZĐ][a-zà-ỹđ]+(?:\s+|-)){0,3}[A-ZĐ][a-zà-ỹđ]+\s*,\s*" + DAY_WORD + r"\s+(?:\d|" + MONTH_WORD + r"\b)"
    # a digital signature's stamp a signed PDF's text ran into the header: "… ĐÀO TẠO Người ký: … Cơ quan: …"
    r"|(?:Người\s+ký|Ký\s+bởi|Email|Cơ\s+quan|Thời\s+gian\s+ký)\s*:"
    # the decision-maker after the subject: "… đến năm 2030 HỘI ĐỒNG NHÂN DÂN HUYỆN …"
    r"|(?<=[a-zà-ỹ\d;])\s+(?=ỦY\s+BAN|HỘI\s+ĐỒNG|CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BỘ\s+TRƯỞNG|PHÓ\s+[A-ZĐ]{2}"
    r"|CHÁNH\s+VĂN\s+PHÒNG)"
    # the signer's title after the authority: "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC", "KT. CỤC TRƯỞNG PHÓ CỤC TRƯỞNG", "TL. TỔNG
    # CỤC TRƯỞNG VỤ TRƯỞNG VỤ CHÍNH SÁCH" (not inside "VỤ TRƯỞNG VỤ CHÍNH SÁCH")
    r"|(?<=[A-Z])\s+(?=PHÓ\s+[" + CAPITALS + r"]{2})"
    r"|(?:(?<=TRƯỞNG)|(?<=TỊCH)|(?<=ĐỐC))\s+(?=(?:VỤ\s+TRƯỞNG|CỤC\s+TRƯỞNG|CHÁNH\s+VĂN\s+PHÒNG|TRƯỞNG\s+(?:PHÒNG|BAN))\b)"
    # the signer's name, last: "… PHÓ GIÁM ĐỐC Nguyễn Văn Bình", "… Trần Văn Khang |", "(Đã ký) Trần Văn Lộc", and
    # the sharing site's page number after it, "(Đã ký) Phạm Văn Tuyến Trang 3"
    r"|(?<=[.A-Z)])\s+(?=(?:[A-ZĐ][a-zà-ỹ]+\s?){2,5}(?:\|?|Trang\s+\d+)\s*$)|\s+(?=Trang\s+\d+\s*$)"
    # the signer's title after the organ's authority: "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH Trần Văn Khang |", "TM. BAN THƯỜNG
    # TRỰC CHỦ TỊCH (Đã ký) Lâm Văn Bé" (not inside "PHÓ TỔNG GIÁM ĐỐC Lê Thị Minh Hạnh")
    r"|(?<=[^\s.])(?<!PHÓ)(?<!TỔNG)\s+(?=(?:CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|TRƯỞNG\s+BAN)\s+(?:\(Đã\s+ký\)\s+)?"
    r"[A-ZĐ][a-zà-ỹ])"
)

# A page's furniture in a copy of a PDF: the official gazette's running head with its page number
# ("22 CÔNG BÁO/Số 07/Ngày 20-11-2009", "CÔNG BÁO/Số 07/Ngày 20-11-2009 23", "CÔNG BÁO/Số 23 + 24/Ngày …") and its
# section's title
# ("PHẦN VĂN BẢN QUY PHẠM PHÁP LUẬT", "PHẦN I. VĂN BẢN QUY PHẠM PHÁP LUẬT").
PAGE_FURNITURE = re.compile(r"^\s*(?:\d+\s+)?CÔNG\s+BÁO\s*/\s*Số\s+\d+(?:\s*\+\s*\d+)*\s*/\s*Ngày\s+[\d/-]+"
                            r"(?:\s+\d+)?\s*$"
                            r"|^\s*PHẦN\s+(?:[IVX]+\.?\s+)?VĂN\s+BẢN\s+(?:QUY\s+PHẠM\s+PHÁP\s+LUẬT|KHÁC)\s*$"
                            # a fax machine's line atop each page: "26/05/2020 15:42 FAX 0221 3985 214 UBND …"
                            r"|^\s*\d{1,2}/\d{1,2}/\d{2,4}\s+\d{1,2}:\d{2}\s+FAX\b")
# A letter's running head, its number and date, its page's far right: "Công văn số 1148/KCBQLHN ngày 18/6/2024
# Trang 2" (not the number's own line, "Số: …"); layout.py tries it on lines holding "Trang" only.
RUNNING_HEAD = re.compile(r"^\s*(?!Số\b)[^\W\d_][^\n]*?\d.*(?:\s{3,}|\t)Trang\s+\d{1,3}\s*$")

# A page number alone on its line in a PDF's copy ("2", "- 3 -"), and a line whose sentence goes on past it
# ("… theo Nghị định số" / "2" / "06/2021/NĐCP"): it ends on a word or a comma, not a sentence's end; or on a number's
# code cut at its hyphen ("… Thông tư số 05/2014/TT-" / "2" / "BTP ngày …").
PAGE_NUMBER_LINE = re.compile(r"^\s*(?:-\s*)?\d{1,3}(?:\s*-)?\s*$"
                              r"|^\s*Trang\s+\d{1,3}\s*/\s*\d{1,3}\s*$")  # "Trang 3/5"
SENTENCE_GOES_ON = re.compile(r"(?:[^\W\d_],?|/[A-ZĐ]+-)\s*$")
# A footnote at a page's foot in a PDF's copy, its plain digit first, between the sentence the page break cut and the
# page's number: "… theo Quyết định số" / "1 Đã được sửa đổi, bổ sung tại …" / "1" / "595/QĐBHXH ngày …".
NOTE_AT_PAGE_FOOT = re.compile(r"^\s*\d{1,2}\s(?=[" + CAPITALS + r"][^\W\d_]*\s)")
# … its digit on a line of its own, the note's words indented below it: "1" / " Theo Quyết định số 1873/QĐUBND …".
NOTE_BELOW_MARKER = re.compile(r"^[ \t]+[" + CAPITALS + r"][^\W\d_]*\s")
# A document-sharing site's page mark run into the page's first line: "Trang 1UỶ BAN NHÂN DÂN".
SHARING_PAGE_MARK = re.compile(r"^Trang\s*\d+(?=[A-ZĐỦ])")

# Marks set above the header: "DỰ THẢO" (a draft), "HỎA TỐC", "THƯỢNG KHẨN", "KHẨN", "MẬT", "BẢN SAO".
# Matched folded: OCR misreads their tones ("HOA TỐC", "DƯ THẢO").
DOCUMENT_MARK_FOLDED = re.compile(
    r"^\W*(?:du\s*thao(?:\s*(?:lan\s*)?\d+)?|hoa\s*toc|thuong\s*khan|khan|toi\s*mat|tuyet\s*mat|mat|ban\s*sao)\W*$")
# A digital signature's stamp, which a signed PDF's text sets anywhere in the header: "Ký bởi: Ủy ban nhân dân
# phường …" / "Cơ quan: Thành phố Hồ Chí Minh" / "Thời gian ký: 24.11.2025 17:03:55 +07:00".
SIGNATURE_STAMP = re.compile(r"^\s*(?:Ký\s+bởi|Người\s+ký|Cơ\s+quan|Thời\s+gian\s+ký|Ngày\s+ký|Email)\s*:",
                             re.IGNORECASE)
# A portal's news item giving a letter with its header cut to one line: "HUYỆN ỦY KRÔNG PẮC - Số 412-TB/HU, ngày
# 12/9/2019", "SỞ GD&ĐT LÀO CAI - TRƯỜNG THPT SỐ 2 BẢO THẮNG - Số: 36/TB-THPT, ngày 18/8/2017" (its parent first), "UBND
# XÃ EA TÂN - Số: 85/GM-UBND - ngày 03/10/2023".
CONDENSED_HEADER = re.compile(r"^\s*(?P<organ>[" + CAPITALS + r"][" + CAPITALS + r"&\d.\s-]{4,80}?)"
                              r"\s+[-–]\s+(?i:số)\s*:?\s*(?P<number>\d[^\s,]*/[^\s,]+)\s*[,–-]\s*(?i:ngày)"
                              r"\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})\s*$")
# The stamp of the office that received the copy, read into the header under the receiving office's name: "VĂN
# PHÒNG UBND TỈNH BR-VT" / "ĐẾN Số: 8815 Ngày: 23/7/2020" / "Chuyển: ........", or "CÔNG VĂN ĐẾN" / "Số: 2316 Ngày: …".
# "ĐẾN Số: ...l25O....", its blanks left unfilled ("ĐẾN Số:.....Ngày:..../...."); its number line alone, OCR's dots
# and letters for figures: "Số: ....5l9.... Ngày: 24/9/O7".
RECEIVED_STAMP = re.compile(r"^\s*(?P<head>(?:CÔNG\s+VĂN\s+)?ĐẾN)\s*(?:$|Số\s*:?[\s.…]*(?:[\dlO]|Ngày\b))"
                            r"|^\s*(?:Chuyển|Lưu\s+hồ\s+sơ\s+số)\s*:|^\s*Số\s*:?[\s.…]*[\dlO]+[\s.…]*Ngày\s*:"
                            r"|^\s*Ngày\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}\s*$"
                            # the day it came written by hand, and to whom: "Đến 12/7 -> A. Bình"
                            r"|^\s*(?i:đến)\s*:?\s*\d{1,2}/\d{1,2}(?:/\d{2,4})?(?:\s*(?:->|→).*)?\s*$")
# Its agency's province, which tells a commune whose name several provinces hold: "Cơ quan: Thành phố Hồ Chí Minh".
STAMP_PROVINCE = re.compile(r"^\s*Cơ\s+quan\s*:\s*(?:tỉnh|thành\s+phố)\s+(?P<name>[^\W\d_][^\n,;]*?)\s*$",
                            re.IGNORECASE)
# The number line (số ký hiệu): "Số: 1198 /UBND-TH", "Số:15 /2014/QĐ-UBND", "Số: /UBND-VP",
# "Số: 215-CV/HU". "Số liệu" and "số lượng" are not: a colon, digit, slash or dot must follow.
# A line that opens with the number: "Số: 12/…", "Số 27-TB/ĐU", a draft's "Số /NQ-HĐND"; a scan's text reads the
# word "Sô 127 -CV/ĐU", "Sổ 14-KH/ĐU" (NUMBER_WORD, in citations too: "Chỉ thị sổ 37-CT/TW").
_NUMBER_VOWEL = "[ốôổóỐ]"  # OCR's "Sô:", "Sổ:", "Só:"; a line in capitals' "SỐ:"
NUMBER_WORD = r"[Ss]" + _NUMBER_VOWEL
NUMBER_HEAD = r"(?:" + NUMBER_WORD + r"|S(?=:))"  # … or a web copy's font lost its "ố": "S: 356/TNHP-KHKT"
NUMBER_OPENS = re.compile(r"\s*S" + _NUMBER_VOWEL + r"\s*(?::|(?=\s*[\d/.…]))")
NUMBER_LINE = re.compile(r"(?:^|\|)\s*S" + _NUMBER_VOWEL
                         + r"\s*(?::|(?=\s*[\d/.…]))\s*(?P<value>[\w./…\-\s]*?)\s*(?:\||$)")
# Inside a number value: the blank left for the office, "…/", ". . ./", "     /".
BLANK_NUMBER = re.compile(r"^[\s.…_]*[/-]\s*(?P<suffix>\S.*)$")  # "…/UBND-VP", a party's "-HD/BDVHU"

# Place and date (địa danh, ngày tháng năm): "Sóc Trăng, ngày 26 tháng 4 năm 2024";
# a draft leaves the day blank: "Ngã Năm, ngày   tháng 8 năm 2023", or the month too: "Quảng Trị, ngày   tháng   năm
# 2023"; web copies write
# "Hà Nội, ngày 05/01/2024"; a city's district: "Quận 3, ngày 06 tháng 10 năm 2023"; a scan's star under the
# issuer read into the line: "+ Mỹ Tho, ngày 19 tháng 9 năm 2011", "★ Vĩnh Long, ngày 15 tháng 11 năm 2010".
PLACE_DATE = re.compile(
    r"(?:[+*★☆]\s+)?(?P<place>[^\d,|:]{2,40}?(?:\s\d{1,2})?)\s*,\s*" + DAY_WORD
    # a day filled in by hand, a scan's dots about it or its figures apart: "ngày .O4. tháng", "ngày O 9 tháng"; OCR's
    # "S" for a 5: "tháng S năm 2017"
    + r"\s*(?:\.(?=[\dO]))?(?:(?P<day>\d{1,2}|[\dO]\s\d(?=[\s.]))?[\s.…_]*"
    + MONTH_WORD + r"\s*(?P<month>\d{1,2}|S(?=\s))?[\s.…_]*" + YEAR_WORD + r"\s*(?P<year>\d{4})"
    r"|(?P<nday>\d{1,2})\s*[/.-]\s*(?P<nmonth>\d{1,2})\s*[/.-]\s*(?P<nyear>\d{4}))",
    re.IGNORECASE,
)

# Place and date cut by a web table after "ngày": "Thái Nguyên, ngày 09" / "tháng 8 năm 2021", or
# wrapped in a narrow column: "Quỳnh Lưu, ngày 08 tháng 7 năm" / "2011", "…, ngày 10 tháng 7" / "năm 2023",
# "Thành phố Hồ Chí Minh," / "ngày 18 tháng 7 năm 2019"; a city's numbered district: "Quận 6, ngày 27 tháng 12" /
# "năm 2006".
PLACE_DATE_CUT = re.compile(r"^(?:[^\d,|:]{2,40}?|Quận\s+\d{1,2}),\s*(?:" + DAY_WORD + r"(?:\s*\d{1,2})?[\s.…_]*"
                            r"(?:" + MONTH_WORD + r"(?:\s*\d{1,2})?[\s.…_]*(?:" + YEAR_WORD + r"\s*)?)?)?$",
                            re.IGNORECASE)

# Subject (trích yếu) of a letter: "V/v tập trung chỉ đạo, …"; of a decision: "Về việc …".
# "V/v", a clerk's "Về viêc"; the colon of a "V/v" a copy left on the line above ("V/v" / ": chính sách …"); a clerk's
# quotes around the whole line: "“V/v tổ chức các hoạt động … Liệt sĩ”".
# "Về" as OCR misreads its tone: "Vê việc", "VẾ NHIỆM VỤ" (not "Vệ", a word: "Vệ sinh môi trường").
ABOUT_WORD = r"V[ềêếểễe]"
SUBJECT_PREFIX = re.compile(r"^\s*(?P<quote>[“\"](?=V))?(?:(?:V/v|V\.v|" + ABOUT_WORD
                            + r"\s+vi[ệêẹéèẻẽe]c)\s*[:.]?|:)\s*", re.IGNORECASE)
# A portal's list of a committee's letters gives each its subject, then its number and date in brackets: "Về việc
# tổ chức đánh giá tình hình sản xuất … (2146/VP-KT, ngày 14/8/2019)."
SUBJECT_NUMBERED = re.compile(r"^\s*(?:V/v|Về\s+việc)\s+(?P<subject>\S.{10,}?)\s*\(\s*(?:số\s+)?"
                              r"(?P<number>\d[^\s,()]*/[^\s,()]+)\s*,\s*"
                              r"(?P<date>(?:ngày\s+)?\d{1,2}/\d{1,2}/(?:19|20)\d{2})\s*\)\.?$", re.IGNORECASE)
# A range of years whose dash a PDF copy lost, in a subject: "giai đoạn 2022  2025", "nhiệm kỳ 2010 2015"; of dates:
# "Ngày truyền thống Cựu chiến binh Việt Nam (06/12/1989  06/12/2022)".
YEARS_DASH_LOST = re.compile(r"(?<![\d/])(?P<first>(?:\d{1,2}/){0,2}(?:19|20)\d{2})[ \t]{1,3}"
                             r"(?P<last>(?:\d{1,2}/){0,2}(?:19|20)\d{2})\b")
# … of days in one month: "sạt lở đất ngày 05  06/8/2023" (the two spaces the dash left).
DAYS_DASH_LOST = re.compile(r"(?<![\d/])(?P<first>\d{1,2})[ \t]{2,3}"
                            r"(?P<last>(?P<day>\d{1,2})/\d{1,2}/(?:19|20)\d{2})\b")
# A công văn's subject under its number opening with "Về" alone, as Hồ Chí Minh City's committee writes it:
# "Số: 3562/UBND-VX" / "Về tổ chức Ngày hội hiến máu tình nguyện …" (the word dropped like "V/v").
SUBJECT_ABOUT = re.compile(r"^\s*" + ABOUT_WORD + r"\s+(?=[^\W\d_])")

# The first words of a letter's text after its header: "Căn cứ Luật …", "Thực hiện Công văn số …",
# "Xét đề nghị của …", "Theo đề nghị …", "Ngày 07 tháng 7 năm 2021, …", "Nhằm …"; a scan's "Căn cú Luật …"; dashed as
# a list: "- Căn cứ Quy định số 23-QĐ/TW …", or bulleted by a news page that quotes it: "• Căn cứ Luật …".
BODY_OPENING = re.compile(
    r"^\s*(?:[-–•]\s*)?(?:c[ăằắẳẵặảạǎ]n\s+c[ứúừửữựưuủ]\b|thực\s+hiện|xét|theo|ngày\s+\d|nhằm|để\s|qua\s|trên\s+cơ\s+sở|sau\s+khi|vừa\s+qua|hiện\s+nay|thời\s+gian\s+qua|tiếp\s+theo"
    r"|điều\s+1\b|quyết\s+định\s*:|quyết\s+nghị\s*:"
    r"|trả\s+lời\s+(?:công\s+văn|văn\s+bản)\s+số\b"  # a ministry's reply: "Trả lời Công văn số 27/2016/CV-PG …"
    r"|năm\s+\d{4}\s*,|trong\s+(?:thời\s+gian|những\s+năm|năm)\b"  # "Năm 2009, công tác …"
    r"|từ\s+đầu\s+năm|những\s+năm\s+(?:qua|gần\s+đây)"  # a chỉ thị's account: "Từ đầu năm 2016 đến nay, …"
    r"|(?:sáng|chiều|tối)\s+(?:ngày\s+)?\d"  # a meeting's conclusions: "Chiều ngày 16 tháng 10 năm 2021, tại …"
    r"|phần\s+(?:thứ\s+(?:nhất|hai|ba)|[IV]{1,3})\b)",  # a đề án's first part: "Phần thứ nhất", "PHẦN I"
    re.IGNORECASE,
)

# An invitation's first sentence, no subject under its title: "Ủy ban nhân dân huyện trân trọng kính mời:".
INVITATION = re.compile(r"\bkính\s+mời\b", re.IGNORECASE)

# A title that names its issuer on a line of its own, the subject under it: "CHỈ THỊ" / "CỦA BỘ CHÍNH TRỊ" /
# "về tăng cường …".
TITLE_ISSUER_LINE = re.compile(r"^\s*CỦA\s")
# The grounds that open a decision's text: "Căn cứ Luật Tổ chức chính quyền địa phương …"; as OCR misreads its tones:
# "Cản cứ Luật Tổ chức Tòa án nhân dân …", "Căn củ Điều lệ …", a font's "Cǎn cứ"; dashed as a list: "- Căn cứ Quy
# định số 23-QĐ/TW …".
GROUNDS_OPENING = re.compile(r"^\s*(?:[-–]\s*)?c[ăằắẳẵặảạǎ]n\s+c[ứừửữựúủ]\b", re.IGNORECASE)
# A subject's line ending on a word that cannot end it, so the next line goes on with it:
# "V/v báo cáo kết quả thực hiện Nghị quyết của" / "HỘI ĐỒNG NHÂN DÂN TỈNH …", "… chào mừng kỷ niệm" / "35 năm …".
SUBJECT_CUT_SHORT = re.compile(r"\b(?:của|và|về|cho|tại|theo|với|các|ngày|số|kỷ\s+niệm)\s*$", re.IGNORECASE)
# A header cell's line that opens a line of its own wherever it stands: the number ("Số: 12/UBND"), the
# subject ("V/v …", "Về tổ chức …"), the motto ("CỘNG HÒA …", "Độc lập - …"), the place and date ("Bình Định,
# ngày 24").
HEADER_LINE_OPENING = re.compile(r"Số\b|V/v\b|Về\s|(?:Độc\s+lập|CỘNG\s+HÒA)\b|[^\W\d_][\w\s.-]{0,30},\s*"
                                 + DAY_WORD + r"\b")
# The motto's last words, the end of the motto's line: "Độc lập - Tự do - Hạnh phúc".
MOTTO_END = re.compile(r"hạnh\s+phúc\W*$", re.IGNORECASE)
# The mark a copy sets for the signature: "(Đã ký)", "Đã ký".
SIGNED_MARK = re.compile(r"^\s*\(?\s*đã\s+ký", re.IGNORECASE)
# The mark set after the signer's name, "Lã Văn Dũng (Đã ký)", or before it: "Đã ký: Lã Văn Dũng", "(Đã ký) Lã Văn
# Dũng".
SIGNED_BESIDE_NAME = re.compile(r"(?<=\S)\s*\(\s*đã\s+ký\s*\)\s*$|^\s*(?:đã\s+ký\s*:|\(\s*đã\s+ký\s*\))\s*(?=\S)",
                                re.IGNORECASE)

# A công điện's sender, its head or itself, before its addressees: "TRƯỞNG BAN CHỈ ĐẠO … TỈNH điện:", "BAN CHỈ HUY …
# HUYỆN điện:", and as a news page gives it, in running case: "Chủ tịch UBND tỉnh Hưng Yên điện:".
TELEGRAM_SENDER = (r"(?i:thủ\s+tướng|chủ\s+tịch|bộ\s+trưởng|giám\s+đốc|trưởng\s+ban|ban|ủy\s+ban|ubnd|bộ|sở)\b"
                   r"[^:\n]{0,160}\s(?i:điện)\s*:")
# Recipients (kính gửi): "Kính gửi:" alone, or "Kính gửi: Sở Tài chính."
# A công điện names them after its sender: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH điện:", "THỦ TƯỚNG CHÍNH PHỦ điện:",
# a steering committee's head: "TRƯỞNG BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH COVID-19 TỈNH điện:".
# "Kính gởi", as the south writes it; OCR's "Kinh gửi:" lost its tone.
# A công điện whose sender stands on the line above: "CHỦ TỊCH UBND HUYỆN TUY AN" / "Điện : - Trưởng Ban …", "ĐIỆN:".
# (a web table's cell bar before it: "| Kính gửi:")
RECIPIENTS_HEAD = re.compile(r"^\s*(?:\|\s*)?(?:(?i:" + TO_WORDS + r")\s*:?|(?i:điện)\s*:"
                             r"|(?P<sender>" + TELEGRAM_SENDER + r"))\s*(?P<rest>.*)$")
# The text's first words run onto the last recipient's line by a copy: "- Phòng GD&ĐT huyện Căn cứ Luật …", or its
# first sentence after the item's full stop: "- Ban Quản lý rừng … trực thuộc Sở.  Hiện nay trên địa bàn tỉnh …".
BODY_IN_ITEM = re.compile(r"\s(?=(?:Căn\s+cứ|Thực\s+hiện)\s)|(?<=[^\W\d_]\.)\s+(?=[" + CAPITALS + r"][^\n;]{80})")
# A flattened copy's text run onto the "Kính gửi" line after the list's full stop: "…; UBND các huyện, thành
# phố. Thực hiện Công điện số …".
BODY_IN_LINE = re.compile(r"(?<=\.)\s+(?=(?:Căn\s+cứ|Thực\s+hiện|Theo|Tiếp\s+theo|Ngày\s+\d)\s)")
# … or after a dashed list's last item, a sentence of its own after it: "- Sở Tài nguyên và Môi trường; - Ủy ban nhân
# dân huyện Văn Chấn. Ủy ban nhân dân tỉnh nhận được Tờ trình số …" (a news page that quoted the letter); a Word
# file's soft hyphens for its dashes ("; \xad Ban Quản lý rừng … trực thuộc Sở.  Hiện nay …").
TEXT_AFTER_LIST = re.compile(r"[^\n]*?;\s*[-–\xad]\s[^;\n]*?[^\W\d_]\.(?P<gap>\s+)(?=[" + CAPITALS + r"][^\n;]{80})")
# Copies (nơi nhận): "Nơi nhận:" (often bold or italic in OCR output); older letters' "Nơi gửi:" (a district's công
# văn of 2006), its colon written (a wrapped line's "nơi gửi trẻ; …" is none).
CC_WORDS = r"N[ơo]i\s*(?:nhận|gửi(?=\s*:))"  # OCR's "Noi nhận" too
# (a web table's cell may open it: "| Nơi nhận:")
CC_HEAD = re.compile(r"^\s*(?:\|\s*)?" + CC_WORDS + r"\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# A list item: "- Thủ trưởng các sở ngành;", "+ …", "• …".
# An address after a name on the "Kính gửi" line or in the copies: a company's "Công ty TNHH … (Đ/c: Lô B7, KCN …)", a
# citizen's "Bà Nguyễn Thị L. (thôn Nam Sơn, xã Đại Trạch, huyện Bố Trạch)", "(ngụ ấp 3, xã Vĩnh Viễn, …)", her
# husband's "(cùng địa chỉ)", a village of the Central Highlands': "Bà H' Ngơn Niê (buôn Jun, thị trấn Liên Sơn, …)".
ADDRESS_AFTER_NAME = re.compile(r"[\s.]*\((?:(?:Đ/c|Địa chỉ)\s*:|cùng địa chỉ(?=\))|(?:trú|ngụ|thường trú)(?: tại)?\s"
                                # a plot in an industrial park: "Công ty TNHH … (Lô CN5, Khu công nghiệp Đông Mai, …)"
                                r"|(?:thôn|xóm|ấp|bản|buôn|bon|plei|làng|tổ|khu phố|số nhà|số \d+|lô)\s[^),]*,)"
                                r"[^)]*\)\W*$",
                                re.IGNORECASE)
LIST_ITEM = re.compile(r"^\s*[-–+•\u00ad]\s*(?P<text>.*)$")  # a PDF copy's soft hyphen stands for a dash

# OCR's slips on a header's and a closing's words, each mended after the part kept: "(b/©)" for "(b/c)" (báo
# cáo, in a copies list: "- UBND tỉnh (b/©);"), "Lưu: VF, KT." / "Lưu: VI." for "Lưu: VT" (văn thư, the first
# code every "Lưu" line gives), "SỞY TE" for "SỞ Y TẾ" (its one-letter word run in), "UBND TĨNH" for "UBND TỈNH"
# (a committee's province; "Hà Tĩnh" is a name), and the commonest family names with a tone OCR changed on a name's
# line: "Đỉnh Văn Toàn" for "Đinh", "Nguyên Thị Bích Hạnh" for "Nguyễn".
_NAME_AFTER = r"(?=(?:\s+[" + CAPITALS + r"][^\W\d_]*){1,3}\s*$)"
OCR_SLIPS = (
    (re.compile(r"(?P<keep>\(\s*)(?:bí|hb|h)(?=/(?:©C?|[cC€])\))"), "b"),  # "(bí/c)", "(hb/C)", "(h/C)"
    (re.compile(r"(?P<keep>\bb/)(?:©C?|C|€)(?=\))"), "c"),  # "(b/©)", "(b/C)", "(b/©C)", "(b/€)"
    (re.compile(r"(?P<keep>\bLưu\s*:?\s*)V[FIl1|](?=[\s,.;]|$)", re.MULTILINE), "VT"),
    (re.compile(r"(?P<keep>\bSỞ)(?=Y\s)"), " "),
    (re.compile(r"(?P<keep>\b(?:UBND|NHÂN\s+DÂN)\s+)TĨNH\b"), "TỈNH"),
    (re.compile(r"(?P<keep>^\s*)Đỉnh" + _NAME_AFTER, re.MULTILINE), "Đinh"),
    (re.compile(r"(?P<keep>^\s*)Nguyên" + _NAME_AFTER, re.MULTILINE), "Nguyễn"),
)

# --- signature block ----------------------------------------------------------------------------
# Signing authority (thẩm quyền ký): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC"; party letters
# write "T/M BAN THƯỜNG VỤ", "K/T BÍ THƯ"; letters of before 2010 "TM/UBND HUYỆN HẢI HẬU" (not a filed copy's unit,
# "Lưu: VT, KT/ĐTXD (nva)").
AUTHORITY_LINE = re.compile(  # "TM UBND THỊ TRẤN …": a clerk left out the dot
    # (not a district's number or code in a copy: "UBND Q.7, Q.8, Q.BT")
    r"^\s*(?:(?P<kind>TM|KT|Q(?!\.\s*(?:\d|[A-ZĐ]{1,2}\b))|TL|TUQ)\s*\.|(?P<bare>TM|KT|TL|TUQ)(?=\s+[A-ZĐỦ]{2})"
    r"|(?P<slashed>[TK]\s*/\s*[MTL]\b|(?:TM|KT|TL)\s*/(?=\s*[" + CAPITALS + r"]+\s+[" + CAPITALS + r"]))\.?)"
    r"\s*(?P<who>\S.*)$")
# An authority's kind alone on its line, its organ or position on the next: "TM." / "ỦY BAN NHÂN DÂN TỈNH".
AUTHORITY_KIND_ALONE = re.compile(r"^\s*(?:TM|KT|Q|TL|TUQ|[TK]\s*/\s*[MTL])\s*\.?\s*$")
# The decision-maker under a decision's title: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BÌNH THUẬN", "HỘI ĐỒNG NHÂN DÂN
# TỈNH ĐẮK LẮK", "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH HÒA BÌNH", "KHÓA VII - KỲ HỌP THỨ 16", "GIÁM ĐỐC SỞ TÀI
# NGUYÊN VÀ MÔI TRƯỜNG".
DECIDING_LINE = re.compile(
    r"^\s*(?:(?:phó\s+)?(?:chủ\s+tịch|giám\s+đốc|bộ\s+trưởng|thủ\s+tướng|chánh\s+văn\s+phòng|trưởng\s+ban|cục\s+trưởng"
    r"|viện\s+trưởng|chánh\s+án"  # a procuracy's or a court's head: "VIỆN TRƯỞNG VIỆN KIỂM SÁT NHÂN DÂN HUYỆN …"
    r"|chi\s+cục\s+trưởng|tổng\s+cục\s+trưởng|hiệu\s+trưởng|tổng\s+giám\s+đốc)\b"  # "CHI CỤC TRƯỞNG CHI CỤC THI HÀNH …"
    r"|(?:(?:thường\s+trực\s+)?hội\s+đồng\s+nhân\s+dân|ủy\s+ban\s+nhân\s+dân|ban\s+thường\s+vụ|ban\s+chấp\s+hành)\s+"
    r"(?:tỉnh|thành|huyện|quận|thị|xã|phường)|khóa\s+[ivxlc\d]+\b"
    r"|ủy\s+ban\s+bầu\s+cử\b)",  # an election committee deciding: "ỦY BAN BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XV VÀ …"
    re.IGNORECASE,
)
# Phrases of a letter's header and closing whose accents OCR loses on bold capitals ("UY BAN NHAN DÂN",
# "BAO CAO", "Phó Bí thư Thường trục"): readers/accents.py puts them back, beside the types, bodies,
# positions and the gazetteer's units. Only phrases of two words or more: one folded word is many
# words ("tinh": tỉnh, tính, tình).
OCR_PHRASES = (
    "Ủy ban nhân dân", "Hội đồng nhân dân", "Cộng hòa xã hội chủ nghĩa Việt Nam", "Độc lập", "Tự do",
    "Hạnh phúc", "Đảng Cộng sản Việt Nam", "Nơi nhận", "Kính gửi", "Ban Thường vụ", "Ban Chấp hành",
    "Thường trực", "Văn phòng", "Đảng bộ", "Đảng ủy", "Tỉnh ủy", "Huyện ủy", "Thành ủy", "Thị ủy",
    "Bộ Chỉ huy Quân sự", "Bộ Tư lệnh", "Quân khu", "Đoàn đại biểu Quốc hội", "Ủy ban Mặt trận Tổ quốc",
    "Đã ký", "Phó Chủ tịch", "Phó Giám đốc", "Phó Bí thư", "Phó Trưởng ban", "Phó Chánh Văn phòng",
    "Bộ trưởng", "Thứ trưởng", "Chánh Văn phòng", "Thành phố", "Thị xã", "Thị trấn", "Ban Tuyên giáo",
    "Ban Dân vận", "Ban Tổ chức", "Ban Nội chính", "Ủy ban Kiểm tra", "Chi cục", "Cục Thuế", "Chi cục Thuế",
    "Ban Chỉ đạo", "Ban Quản lý", "Khu kinh tế", "Khu công nghiệp", "Kho bạc Nhà nước",
    "tỉnh Thừa Thiên Huế", "Thừa Thiên Huế",  # the province's name until 2025 (the gazetteer has "Huế")
    # Bodies and units a scan's header names: "BỆNH VIỆN ĐA KHOA KHU VỤC" (OCR's "VỤC", "VIÊN"), "PHONG GIÁO DỤC".
    "Khu vực", "Đa khoa", "Bệnh viện", "Thi hành án dân sự", "Bảo hiểm xã hội", "Ngân hàng Nhà nước", "Cục Hải quan",
    "Chi cục Hải quan",
    "Phòng Giáo dục và Đào tạo", "Trung học cơ sở", "Trung học phổ thông", "Quy chế dân chủ", "thực hiện",
    "Trường Cao đẳng", "Trường Đại học", "Bảo vệ",
    "Ủy ban bầu cử",  # OCR's "UY BAN BẦU CỬ" under its committee
    "Ban Chỉ huy", "phòng, chống thiên tai",  # OCR's "PHÒNG, CHONG THIÊN TAI" in a command's name
    "chi bộ", "an ninh",  # OCR's "chỉ bộ", "an nỉnh" in a subject
    "Ban An toàn giao thông", "an toàn giao thông",  # not the "Bản án" their first words fold to
    # OCR's "TRUNG TAM Y TẾ", "ĐAI TRUYEN THANH - TRUYÊN HINH", "phòng, Chong dịch" in a scan's header
    "Trung tâm Y tế", "Đài Truyền thanh - Truyền hình", "Đài Phát thanh và Truyền hình", "phòng, chống dịch",
)
# Positions (chức vụ) that stand alone as the signer's title: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC".
POSITIONS = (
    "chủ tịch", "giám đốc", "chánh văn phòng", "chánh thanh tra", "trưởng ban", "trưởng phòng",
    "bí thư", "tổng bí thư", "bộ trưởng", "thứ trưởng", "thủ tướng", "cục trưởng", "chi cục trưởng", "tổng cục trưởng",
    "viện trưởng", "hiệu trưởng", "trưởng đoàn", "thủ trưởng", "tổng giám đốc", "chủ nhiệm",
    "tổng biên tập",  # a newspaper's editor: "KT. TỔNG BIÊN TẬP / PHÓ TỔNG BIÊN TẬP"
    "tổng thư ký", "trưởng khoa", "chỉ huy trưởng", "chánh án", "thường trực", "tỉnh trưởng",
    "tham mưu trưởng", "chính ủy", "thống đốc", "tổng kiểm toán", "tổng thanh tra", "vụ trưởng", "trưởng công an",
    "kiểm toán trưởng",  # the head of a regional audit office: "KT. KIỂM TOÁN TRƯỞNG / PHÓ KIỂM TOÁN TRƯỞNG"
    "hạt trưởng",  # a forest protection unit's (Hạt Kiểm lâm): "KT. HẠT TRƯỞNG / PHÓ HẠT TRƯỞNG"
    "đồn trưởng",  # a border post's: "ĐỒN TRƯỞNG"
    "đội trưởng",  # a market control team's: "ĐỘI TRƯỞNG"
    "khu trưởng", "trưởng khu",  # a road region's office: "KT. KHU TRƯỞNG / PHÓ KHU TRƯỞNG", "PHÓ TRƯỞNG KHU"
    "trưởng đài", "trưởng trạm", "trạm trưởng",  # a district's radio station's, an agricultural station's
    "chấp hành viên",  # an enforcement officer signs a civil judgment enforcement office's notices
    "thẩm phán",  # a judge signs a court's notices and decisions in his own right: "THẨM PHÁN" / "(Đã ký)" / name
    "trưởng thuế tỉnh", "trưởng thuế thành phố", "trưởng thuế cơ sở",  # the tax offices' since 2025: "PHÓ TRƯỞNG
    # THUẾ TỈNH", a city's "PHÓ TRƯỞNG THUẾ THÀNH PHỐ"
    "trưởng thống kê tỉnh", "trưởng thống kê thành phố", "trưởng thống kê cơ sở",  # … and the statistics offices':
    # "PHÓ TRƯỞNG THỐNG KÊ TỈNH"
    "công chức",  # a commune's civil servant signing for its chairman: "TL. CHỦ TỊCH / CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ"
)
POSITION_LINE = re.compile(r"^\s*(?:phó\s+)?(?:" + "|".join(POSITIONS) + r")\b", re.IGNORECASE)
# The same on folded text, for a title whose tones OCR misread: "PHÓ CHỦ TICH", "PHO GIÁM ĐÔC", "THƯ TRƯỞNG".
POSITION_FOLDED = re.compile(r"^\s*(?:pho\s+)?(?:" + "|".join(fold(name) for name in POSITIONS) + r")\b")
# A legal-document site's property table above its copy, a cell a "|": "Loại văn bản: | Công văn | Người ký: |
# Trần Đình Khôi |", "Số hiệu: | 2874/BHXH-CSYT |". A copy that cut the letter's cells to their first lines keeps
# its type and signer only there.
# Its cells a space apart on a line: "Số hiệu: 87/KH-UBND Loại văn bản: Kế hoạch", "Nơi ban hành: Quận 8 Người ký: …".
_SITE_LABEL = r"Số hiệu|Loại văn bản|Người ký|Nơi ban hành|Ngày ban hành|Ngày hiệu lực|Tình trạng|Lĩnh vực"
SITE_PROPERTY = re.compile(r"(?P<label>Số hiệu|Loại văn bản|Người ký)\s*:\s*\|?\s*(?P<value>[^|:]+?)\s*"
                           r"(?=\||$|\s(?:" + _SITE_LABEL + r")\s*:)", re.IGNORECASE)
# A person's name: 2–6 capitalised syllables, "Lâm Hoàng Nghiệp", "ĐẶNG VŨ BẰNG"; an Ê Đê woman's "H' Yim Kđoh", a Cơ
# Ho man's "K' Brửu" (the mark and one syllable are a whole name), a Jrai woman's "Ksor H'Liêng".
_PERSON_WORD = r"(?:[HK]['’]\s)?[^\W\d_]+(?:['’][^\W\d_]+)?"  # the mark spaced inside a name: "Nay H' Ruân"
PERSON_NAME = re.compile(r"^\s*(?:[HK]['’]\s?(?:" + _PERSON_WORD + r"\s+){0,4}|(?:" + _PERSON_WORD + r"\s+){1,5})"
                         + _PERSON_WORD + r"\s*$")
# Family names (họ) that open most signers' names: where a closing offers several name-like lines (a web page's
# "ĐÁNH GIÁ BÀI VIẾT" after "Lê Văn Hải"), the signer's is the last that opens with one.
SURNAMES = frozenset(
    "nguyễn trần lê phạm hoàng huỳnh phan vũ võ đặng bùi đỗ hồ ngô dương lý đào đoàn đinh lâm mai trương lương tạ hà"
    " cao lưu tô châu trịnh quách thái kiều triệu vương tăng phùng la lò hứa khổng nông lục mạc quan từ diệp thạch"
    " sơn kim danh y ksor điểu bế nghiêm chu doãn giáp âu lã tống khúc cù mẫn ông đàm đồng ninh tôn tiêu lại phí vi"
    " sầm hầu giang viên thân bạch cấn cung đới hạ hàn kha lạc liêu lữ mã mạnh nhữ ôn quản tào thiều trang ứng"
    " văn lường lô hoàng"
    " đàng lăng ma"  # a Cham family name: "Đàng Văn Hiếu"; Tày ones: "Lăng Văn Khải", "Ma Văn Thu"
    " a".split())  # a Ba Na or Xơ Đăng man's name opens with "A", as an Ê Đê man's with "Y": "A Thanh Hùng"
# The northwest's Thái, Hmông and Dao family names ("Cầm Văn Chung", "Quàng Văn Binh", "Giàng A Chu", "Bàn Văn Sinh")
# and the Central Highlands' Jrai ones ("Rơ Châm Long", "Siu Hương", "Nay Phi La"): known with their tones only
# (folded, "ban", "cam", "quang" are a seal's words: "* BAN DÂN VẬN *", "CẨM XUYÊN").
TONED_SURNAMES = frozenset("cầm quàng tòng vì lèo giàng sùng thào mùa lầu hờ vàng sình lù bàn chảo phàn rơ siu nay rah"
                           " kpă".split())
# A rank or degree before a signer's name (the name is the rest): "Đại tá Lâm Hoàng Phúc", "Thiếu tướng …", a
# hospital's "BSCKII. Nguyễn Thanh Phong", "BS.CKI …", a school's "ThS. …", "PGS.TS. …".
RANK = re.compile(r"^\s*(?:(?:Đại|Thượng|Trung|Thiếu)\s+(?:tướng|tá|úy)\s+"
                  r"|(?:(?:PGS|GS|TS|ThS|BS|BSCKI{1,2}|DS|DSCKI{1,2}|KS|NGƯT|NGND|TTƯT|TTND)\.\s*)+"
                  r"(?:CKI{1,2}\.?\s+)?)(?=\S)",  # "BS.CKI Huỳnh Văn Lợi"
                  re.IGNORECASE)
# Lines in a signature block that are not the name: "(Đã ký)", "(Ký, đóng dấu)", a digital signature's "Ký bởi: …",
# "Ngày ký: 21-08-2025 14:58:20 +07:00", and the seal's words a scan's text reads in it: "( ĐẢNG ỦY )"; a penalty
# decision's "NGƯỜI RA QUYẾT ĐỊNH" over the title (Nghị định 118/2021/NĐ-CP's forms).
SIGNATURE_NOISE = re.compile(r"^\s*\(?\s*(?:đã\s+ký|ký\b|đóng\s+dấu|ký\s+bởi|ngày\s+ký\s*:|thời\s+gian\s+ký\s*:"
                             r"|người\s+ra\s+quyết\s+định\s*$)"
                             # and the signature's mark beside it: "( KẾ HOẠCH ) Đã ký"
                             r"|^\s*\(\s*(?-i:[" + CAPITALS + r"][" + CAPITALS + r"\s]{2,40})\)\s*"
                             r"(?:\(?\s*đã\s+ký\s*\)?\s*)?$", re.IGNORECASE)

# Another office's copy of the letter, its block after the letter's closing (Nghị định 30/2020/NĐ-CP, Phụ lục III):
# the mark ending its line, beside the office's name or under it: "UBND HUYỆN VŨ THƯ   SAO Y BẢN CHÍNH", "TRÍCH SAO",
# "SAO LỤC".
COPY_BLOCK = re.compile(r"(?:^|\s)(?:SAO\s+Y(?:\s+BẢN\s+CHÍNH)?|TRÍCH\s+SAO|SAO\s+LỤC)\s*$")

# --- footnotes ------------------------------------------------------------------------------------
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote's text at the foot of a page: "¹ Tốc độ tăng trưởng kinh tế GRDP quý I …".
FOOTNOTE_TEXT = re.compile(r"^\s*(?P<marker>[" + SUPERSCRIPT_DIGITS + r"]+)\s*(?P<text>\S.*)$")
# Its marker in the body: "… đã đề ra¹.", "Nghị quyết số 63/NQ-CP của Chính phủ⁷". A superscript first, what
# stands before it looked at after: the engine then skips to the superscripts (5× faster than the look-behind first).
# Not a unit's power: "200 m²", "1,5 km²", "30 m³".
FOOTNOTE_MARKER = re.compile(r"[" + SUPERSCRIPT_DIGITS + r"](?<=\S.)"
                             r"(?<!(?<![^\W\d_])m[²³])(?<!(?<![^\W\d_])[kcdh]m[²³])[" + SUPERSCRIPT_DIGITS + r"]*")
# A marker ending a title's subject, its footnote's link and no word of it: "… huyện Diễn Châu năm 2024¹", typed in
# brackets by an editor that had no superscripts (TCVN3, VNI): "… năm 2024(1)".
MARKER_AT_END = re.compile(r"(?:\s*[" + SUPERSCRIPT_DIGITS + r"]+|(?<=\w)\(\d{1,2}\))$")

# A date's word a copy ran into its number: "ngày27/7/2017", "năm2019".
# (Opened by its first letter, not "\b", so that the engine skips the text's other letters.)
DATE_WORD_GLUED = re.compile(r"(?P<glued>[nNtTsS](?<![^\W\d_][nNtTsS])(?i:gày|háng|ăm|ố))(?=\d)")
# A number's code a copy ran into the word after it: "3927/BTC-NSNNngày 10 tháng 4" (cut after the capitals; the
# pattern opens with the slash or hyphen, not a look-behind tried at every place of the text); into the subject a
# web copy's cell put on the next line: "Số: 9871/BCT-CNĐPV/v điều chỉnh …".
CODE_WORD_GLUED = re.compile(r"[/-][A-ZĐ]{2}(?P<glued>[A-ZĐ]*)(?=(?:ngày|của|về|tại|và)(?![^\W\d_])|V/v\s)")
# A word a copy ran into the "về" after it: "của UBND Thành phốvề việc giao chỉ tiêu", "của Ban Thường vụ Huyện
# ủyvề chủ động ứng phó" (no syllable ends so: "v" opens one).
# A district's or ward's number run into its word: "Ủy ban nhân dân quận3" (Quận 3).
NUMBERED_UNIT_GLUED = re.compile(r"(?P<glued>[qQpP](?:uận|UẬN|hường|HƯỜNG))(?=\d{1,2}\b)")  # its letter first: fast
ABOUT_GLUED = re.compile(r"về(?<=(?P<glued>[^\W\d_])về)(?=\s)")
# … and into the "ban hành" after it: "của Ủy ban nhân dân thành phốban hành Quy chế …" (no word ends so: "ban" is one).
ISSUING_GLUED = re.compile(r"b(?<=(?P<glued>[^\W\d_])b)(?=an\s+hành\b)")
# A word in small letters run into the organ after it: "của Bộ trưởngBộ Giáo dục và Đào tạo", "Chủ tịchỦy ban nhân
# dân tỉnh" (no Vietnamese word changes case inside it). (Opened by the organ's capital, the letter before looked at
# after.)
ORGAN_GLUED = re.compile(r"[BSỦCPVT](?<=(?P<glued>" + SMALL_LETTER + r")[BSỦCPVT])"
                         r"(?=(?:ộ|ở|y\s+ban|an|ục|hòng|ăn\s+phòng|ổng\s+cục|hi\s+cục)\s)")
# A type's name run into its number: "Quyết định137/QĐ-TTg", "Công văn1120/UBND-NC" (a letter, then a number's figures,
# its slash and its code; opened by the digit, the letter before looked at after).
# (the type's last word before the figures: no OCR's "l" for "1", "Số: ll27/SNN-TL")
TYPE_LAST_WORDS = ("định", "văn", "tư", "hoạch", "cáo", "báo", "trình", "thị", "dẫn", "quyết", "luật", "điện", "mời")
TYPE_NUMBER_GLUED = re.compile(r"(?P<glued>)\d(?:" + "|".join(f"(?<={word}\\d)" for word in TYPE_LAST_WORDS) + r")"
                               r"(?=\d{0,4}/[A-ZĐ])")
# The motto's last word run into the place and date after it: "Độc lập - Tự do - Hạnh phúcHậu Lộc, ngày 08 …".
MOTTO_END_GLUED = re.compile(r"(?P<glued>phúc)(?<=Hạnh\sphúc)(?=[" + CAPITALS + r"])")
# "và" run into the abbreviation after it: "Ban Chỉ huy PCTT vàTKCN tỉnh" (no word goes on from "và" in capitals).
AND_BEFORE_GLUED = re.compile(r"(?P<glued>v(?<![^\W\d_]v)à)(?=[A-ZĐ]{2})")
AT_GLUED = re.compile(r"t(?<=(?P<glued>[^\W\d_])t)(?=ại\s)")  # "của Giám đốc Sở Xây dựngtại Tờ trình số …"
AND_GLUED = re.compile(r"v(?<=(?P<glued>[^\W\d_])v)(?=à\s)")  # "… số 176/TTr-UBND … của UBND Thành phốvà dự thảo …"
# "về" run into the "việc" after it: "của Sở Giao thông vận tải Thanh Hóa vềviệc tăng cường …".
ABOUT_MATTER_GLUED = re.compile(r"(?P<glued>v(?<![^\W\d_]v)ề)(?=việc\b)")
# "của" run into the issuer after it: "ngày 19/4/2025 củaUBND huyện Cao Lãnh" (no word goes on from "của" in capitals).
OF_GLUED = re.compile(r"(?P<glued>c(?<![^\W\d_]c)ủa)(?=[" + CAPITALS + r"])")
# The filed copy's "Lưu" run into the office's initials: "- LưuVP." (no word goes on from "Lưu" in capitals).
FILED_GLUED = re.compile(r"(?P<glued>L(?<![^\W\d_]L)ưu)(?=[" + CAPITALS + r"]{2})")
# A unit's kind run into its name: "Ủy ban nhân dân xãYên Đĩnh" (a small letter then a capital: no word is so written).
# (Opened by its first letter, the word's start looked at after: the engine skips the text's other letters.)
UNIT_KIND_GLUED = re.compile(r"(?P<glued>[xphtq](?<!\w[xphtq])(?:ã|hường|hố|uyện|ỉnh|rấn|uận))(?=[" + CAPITALS
                             + r"][^\W\d_])")
# A comma a copy ran into the word after it, after a small letter: "các huyện, thị xã,thành phố" (a clerk's "Lưu: VT,KT"
# is as written). Opened by the comma, the letter before looked at after.
COMMA_GLUED = re.compile(r"(?P<glued>,)(?<=[" + CAPITALS.lower() + r"],)(?=[^\W\d_])")
# The copy a letter's office files, with the drafting unit's own: "Lưu: VT, KSC (2b)", "Lưu VT, P.TCKH"; a unit's
# code in it: "KSC", "TCKH", "HKDCN", "XDCQ&CTTN" (two units' codes joined by "&" are one code).
FILED_COPY = re.compile(r"Lưu\s*:?\s*(?P<units>.*)", re.IGNORECASE)
UNIT_CODE = re.compile(r"(?<![\w.&])(?:P\.)?([A-ZĐ][A-ZĐa-z&]{1,9})(?![\w&])")


def _opening_words(words: str) -> str:
    """Words ("huyện|quận") where a word opens, told after their first letter: a pattern opening with letters is looked
    for fast, one opening with "\\b" is tried at every place of a text (three times as long)."""
    return "(?:" + "|".join(f"{re.escape(w[0])}(?<!\\w.){w[1:]}" for w in words.split("|")) + ")"


_NAME = r"[" + CAPITALS + r"][^\W\d_]*(?:\s+[" + CAPITALS + r"][^\W\d_]*){0,2}"  # "Tiên Du", "Ân Tường Tây"
# A district or province a letter names in its text: "huyện Tiên Du", "thị xã Phú Mỹ", "quận Tân Phú", "tỉnh Bắc Ninh".
NAMED_PLACE = re.compile(r"(?P<level>" + _opening_words("huyện|thị xã|quận|tỉnh") + r")\s+(?P<name>" + _NAME + ")")
# A city run by the centre named in a central body's letter: "các kiến nghị của Thành phố Hồ Chí Minh".
NAMED_CITY = re.compile(r"[Tt](?<!\w.)hành\s+phố\s+(?P<name>" + _NAME + ")")
# A province's party committee named in a central board's letter: "Kính gửi: Ban Thường vụ Tỉnh ủy Hà Giang".
NAMED_PROVINCE_PARTY = re.compile(_opening_words("Tỉnh") + r"\s+ủy\s+(?P<name>" + _NAME + ")")
# A district's party committee named in a province's letter: "Ban Thường vụ Huyện ủy Thanh Sơn", "Thị ủy Phú Thọ".
NAMED_DISTRICT_PARTY = re.compile(r"(?P<level>" + _opening_words("Huyện|Thị|Quận") + r")\s+ủy"
                                  r"\s+(?P<name>" + _NAME + ")")
# A commune named in a district's letter: "Ủy ban Kiểm tra Đảng ủy xã Công Thành"; on one line with its kind ("đề
# nghị của xã" / "Thống nhất chủ trương …" names none); a name opens with any capital: "xã Ân Tường Tây".
NAMED_COMMUNE = re.compile(r"(?P<level>" + _opening_words("xã|phường|thị trấn") + r")[ \t]+(?P<name>" + _NAME + ")")

# --- dates in running text --------------------------------------------------------------------------
# "ngày 14/12/2023", "ngày 20/2/2024", "27/12/2023", "ngày 07 tháng 7 năm 2021"; a PDF copy's space inside
# the year: "ngày 16/7/20 21", or its line broken there: "ngày 16/01/20" / "16 của Thủ tướng"; a scan's inside the
# month: "ngày 16/1 1/2015".
NUMERIC_DATE = re.compile(r"(?P<day>\d \d|\d{1,2})\s*[/.-]\s*(?P<month>1 [012]|\d{1,2})\s*[/.-]\s*"
                          # a footnote's marker a PDF copy ran into the year as a digit: "ngày 03/8/20232." (2023, ²),
                          # the sentence's stop on the next line: "ngày" / "30/6/20212" / ". Văn phòng …", or the
                          # issuer's "của" after it: "ngày 28/7/20172 của UBND tỉnh", "07/12/20182 và …"
                          r"(?P<year>(?:19|20)[ \n]?\d{2})(?:(?!\d)|(?=\d{1,2}(?:[ \t]*\n[ \t]*)?[.,;:)])"
                          r"|(?=\d[ \t]+(?:của|và|về|tại)\s))")
WORDS_DATE = re.compile(
    DAY_WORD + r"\s+(?P<day>\d{1,2})\s+" + MONTH_WORD + r"\s+(?P<month>\d{1,2})\s+" + YEAR_WORD
    + r"\s+(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)

# --- citations (văn bản dẫn chiếu) ------------------------------------------------------------------
# A document number: digits, then a code with at least one letter: "01/NQ-CP", "142/2024/QH15",
# "977-QĐ/TU", "24-NQ/TU", "09-CTr/TU", "01/Ctr-UBND", "98/BC-ĐGS", "539/TTg-QHĐP", "30c/NQCP",
# "285/CCTTHC", "412/SGD&ĐT-GDTrH", "748/VPCP-V.I" (Vụ I), "81/2007/NQ.HĐND.K7"; cut at a line's end,
# "748/VPCP-" / "KGVX", "215-" / "KH/TU"; a space by the slash, "1400/ QĐ-TTg", "4623 /BGDĐT-GDTrH"; a party
# number that lost its hyphen, "09NQ/TU", or had a space for it, "172 KH/TWĐTN". Not "62/63", "6,01%",
# "27/7/1947": their parts after the first have no letter.
# In a letter's body (escaped Markdown) its "&" is "&amp;": "1520/SGD&amp;ĐT-GDTrH".
_CODE_CHAR = r"(?:\w|&(?:amp;)?)"
# A legal site's export that wrote the hyphen after a type as a space: "14/CT UBND", "07/2012/QĐ TTg", a ministry's
# "06/CT BYT".
HYPHEN_SPACED = (r"(?:(?<=/QĐ)|(?<=/CT)|(?<=/KH)|(?<=/TB)|(?<=/BC)|(?<=/NQ)|(?<=/NĐ)|(?<=/TTr))\s"
                 r"(?:UBND|HĐND|TTg|CP|B[A-ZĐ]{1,7})\b")
# A region's Roman numeral set apart in a code: "245/KV XI-TH" (Kiểm toán Nhà nước khu vực XI).
ROMAN_SPACED = r"(?-i:\s(?=[IVX]{1,4}[-–])|(?<=KV)\s(?=[IVX]{1,4}(?![^\W\d_])))"  # … or ending it: "318/TB-KV XII"
# A number's figures (seven in a record's: "Biên bản vi phạm hành chính số 0042615/BB-VPHC"), a letter after them:
# "30c/NQ-CP", "08.a/2010/TT-BTP", "45A/TB-SGDĐT".
NUMBER_FIGURES = r"\d{1,7}(?:\.?[a-zđ]|[A-ZĐ](?=/))?"
# A scan's text may space the year: "45/201 3/QH13"; a legal site its slashes: "Luật Đầu tư công số 49 / 2014 / QH13".
# A party number's hyphen set as an en dash: "Kế hoạch số 27–KH/HU"; spaced: "1125 - CV/HU".
DOC_NUMBER = (r"(?:" + NUMBER_FIGURES + r"(?:\s?/\s?\d(?: ?\d){3})?(?:\s?/\s?|[-–]\n?|\s?-\s?(?=[A-ZĐ][A-Za-zĐ]{0,3}/))"
              r"(?=[\w/-]*[^\W\d_])\w" + _CODE_CHAR + "*"
              # "112/KH – BCĐ"; "04/2021/TT- TTCP": a space a copy put after the hyphen; a PDF copy's line broken
              # where it lost the hyphen: "1642/UBND" / "XDĐT ngày 18/4/2017", "960/QĐVKSTC" / "V4 ngày 17/9/2007";
              # the next line indented: "24/2010/TTLT-" / "        BLĐTBXH-BTC ngày …"; the sentence's end: "sửa đổi
              # Thông tư liên tịch số 112/2010/TTLTBTC" / "BLĐTBXH." (not a section's number: "III. NHIỆM VỤ")
              # or after a type's code alone: "Kế hoạch số 2548/KH" / "STNMT, đã phát hiện …"
              r"(?:(?:[/-](?:\n[ \t]*)?|-\s(?=[A-ZĐ]{2})|\n[ \t]*(?=[A-ZĐ][A-ZĐ&\d]{1,9}[ \t]+ngày\b)"
              r"|\n[ \t]*(?=(?-i:(?![IVX]+[.;])[A-ZĐ][A-ZĐ&]{2,9})[.;](?:\s|$))|\.(?=[A-ZĐ])"
              r"|(?:" + "|".join(f"(?<=/{code})" for code in ("QĐ", "KH", "TB", "BC", "CV", "TTr", "CT", "NQ", "HD"))
              + r")\n[ \t]*(?=(?-i:[A-ZĐ][A-ZĐ&\d]{1,9})\b)"
              r"|\s[-–]\s(?=[A-ZĐ][A-ZĐ&]+\b)|" + ROMAN_SPACED + r")\w"
              + _CODE_CHAR + "*)*"
              r"(?:" + HYPHEN_SPACED + ")?"
              r"(?:\((?-i:[A-ZĐ]{2,4}\d{1,3})\))?"  # the police's unit in brackets: "35/KH-CAT(PV11)"
              # a party number whose hyphen a copy lost, its committee's code maybe OCR's: "08QĐi/TW", "19CT/TƯ",
              # "312 KH/TWĐTN-TNNT", an action programme's "12CTrHĐ/TU"
              r"|\d{1,6}\s?(?:" + "|".join(sorted({code for code in DOCUMENT_TYPES.values() if code}
                                                  | {"CV", "QĐi", "CTrHĐ"}, key=len, reverse=True))
              + r")/[A-ZĐƯ]{2,12}(?:-[A-ZĐ]{2,8})?\b)")
# A document-number-shaped token in a copy's text: digits (and a letter: "30c"), maybe "/2018", then "/" or
# "-" and a code holding a letter: "1961/QĐUBND", "61/2018/NĐCP". Not preceded by a letter, digit or slash:
# "62/63" and dates have no letter. (A figure looked for first, what stands before it after: the faster way.)
NUMBER_TOKEN = re.compile(r"(?P<head>\d(?<![\w/]\d)\d{0,5}(?:\.?[a-zđ])?"  # NUMBER_FIGURES, its first figure alone
                          r"(?:/\d{4})?[/-])"
                          r"(?P<code>(?=[\w/-]*[^\W\d_])[\w/-]*\w)")
# A footnote marker right after a number, as written ("63/NQ-CP⁷") or as Markdown ("63/NQ-CP[^7]").
# Bold or italics may close right after it: "**… số 09-CTr/TU** của Tỉnh ủy".
NOTE_REF = r"(?:\[\^\d+\]|[" + SUPERSCRIPT_DIGITS + "]+)?[*_]*"
# A word of the name between a type and "số": a law's name ("Luật Quản lý, sử dụng tài sản công số
# 15/2017/QH14", "Pháp lệnh Phí và lệ phí số 41/2001/PL-UBTVQH10"), a report's kind ("Báo cáo thẩm tra số
# 52/BC-HĐND"), a decision's round in brackets ("Quyết định giải quyết khiếu nại (lần hai) số 2215/QĐ-UBND").
# Never another type's name, nor a word that opens a clause ("Kế hoạch thực hiện Quyết định số …" cites the
# decision); "của" only in "Luật Hoạt động giám sát của Quốc hội số 05/2003/QH11", a record's "Biên bản xác minh tình
# tiết của vụ việc vi phạm hành chính số 09/BB-XM" and a court's "Quyết định công nhận sự thỏa thuận của các đương sự
# số …".
_NAME_WORD = (r"(?:\((?:lần|bước)\s+\w+\)|(?!(?:" + TYPE_NAME
              + r"|của(?!\s+(?:Quốc\s+hội|vụ\s+việc|các\s+đương\s+sự)\b)|về|tại|ngày|số"
              r"|theo(?!\s+(?:yêu\s+cầu|đơn)\b)"  # an enforcement decision's kind: "… thi hành án theo yêu cầu số …"
              r"|thực\s+hiện|triển\s+khai|ban\s+hành)\b)"
              r"(?!\d{1,4}/)[^\s;.()\[\]:]+)")  # nor a number's figures: "Nghị định 61/2018 và số …" names none
# Before "số": a space, or none where a web copy glued the name's last word to it ("Luật Người cao tuổisố
# 39/2009/QH12").
_GLUED = r"(?:\s+|(?<=[^\W\d_]))"
# A law's name may hold any of them ("Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn số 34/2007/PL-UBTVQH11",
# "Luật Nhập cảnh, xuất cảnh, quá cảnh, cư trú của người nước ngoài tại Việt Nam số 47/2014/QH13"): where the
# number is a law's, only another type's name, "số" and "ngày" end it; brackets too ("Pháp lệnh Ưu đãi người có công
# với cách mạng (sửa đổi, bổ sung) số 04/2012/UBTVQH13").
_LAW_NAME = (r"(?:\s+(?!(?:" + TYPE_NAME + r"|số|ngày)\b)[^\s;.\[\]:]+){1,16}?"
             r"(?=" + _GLUED + r"số\s*:?\s*\d{1,4}/\d{4}/(?:QH|PL-UBTVQH|UBTVQH)\d)")
# Looked at before a name's words are tried one by one (a type the text names in passing has neither ahead): the
# number word before the sentence's stop; a law's number.
_NUMBER_WORD_AHEAD = r"(?=[^;.\[\]:]{0,200}?" + NUMBER_WORD + ")"
_LAW_NUMBER_AHEAD = r"(?=[^;.\[\]]{0,300}?/(?:QH|PL-UBTVQH|UBTVQH)\d)"
# A document cited by its figures and year alone, its code left out: "Quyết định 09/2017 của UBND tỉnh" (find.py takes
# it after the types whose numbers hold their year).
YEAR_NUMBER = r"\d{1,4}/(?:19|20)\d{2}(?![\w/-])"
# A decree or circular cited by its figures alone, as letters name one they cite often: "theo Nghị định 100 và Nghị
# định 123 của Chính phủ", "Thông tư 46 của Bộ GTVT" (find.py takes it after the types whose numbers hold their year,
# and drops it where the letter cites the document in full), its year after it ("Thông tư 21 năm 2018"); no count:
# "Kế hoạch 5 năm", "Nghị quyết 3 tháng".
SHORT_NUMBER = r"\d{1,4}(?![\w/-]|\s?[/-]|[.,]\d|\s*(?:năm(?!\s+(?:19|20)\d{2}\b)|tháng|ngày|giờ|người|lần|%)(?!\w))"
# "Quyết định số 12689/QĐ-UBND", "Công văn 285/CCTTHC", "Chương trình hành động số 01/Ctr-UBND", "Luật
# Đất đai số 45/2013/QH13", "các Công văn: số 1832/UBND-TH"; `name` holds the words before "số" (find.py
# bounds them: laws 16, others 4).
CITATION_HEAD = re.compile(
    # The first two letters of the types' names, looked at first: the engine then leaves most places of a
    # text after a character test or two instead of entering the names' tree (a fifth of the scan's time,
    # the second letter a quarter of the rest).
    r"(?=[" + "".join(sorted({name[0].lower() for name in [*DOCUMENT_TYPES, *TYPE_ABBREVIATIONS]})) + r"]"
    + r"[" + "".join(sorted({name[1].lower() for name in [*DOCUMENT_TYPES, *TYPE_ABBREVIATIONS]})) + r"])"
    + r"(?P<type>" + TYPE_NAME + "|" + _TYPE_ABBREVIATION + r")" + TYPE_QUALIFIERS
    # "số", or "s" where a font dropped the "ố" ("Quyết định s 451/QĐ-TTg"), a comma OCR set before it ("Nghị
    # quyết, số 175/2024/QH15"); a list under one issuer, "các Nghị định của Chính phủ: số 158/2016/NĐ-CP ngày …;
    # số 33/2017/NĐ-CP ngày …"
    + r"(?:(?P<name>" + _NUMBER_WORD_AHEAD + r"(?:\s+" + _NAME_WORD + r"){1,16}?|" + _LAW_NUMBER_AHEAD + _LAW_NAME
    + r")" + _GLUED + NUMBER_WORD
    # its subject before its number: "Quyết định về việc cưỡng chế kê biên, xử lý tài sản số 06/QĐ-CCTHA", after a
    # word or two of its kind: "Biên bản kiểm tra về phòng cháy và chữa cháy số 37/BB-PC66" (find.py takes it where
    # the number's type code is the type's; no other type is named in it)
    + r"|(?P<about>(?:(?=(?:\s+[^\s;.:]+){1,3}?\s+về\s)(?:\s+" + _NAME_WORD + r"){1,3}?)?"
    + r"\s+về\s+(?:(?!(?:" + TYPE_NAME + r")\b)[^;.:\n]){3,80}?)\s+"
    + NUMBER_WORD
    + r"|\s+của\s+(?P<grouped>[^:;\n]{3,60}?)\s*:\s*số"
    # a list's table, the type in a cell, the number in the next (its bar escaped in the page's Markdown): "| 1 |
    # Quyết định | 12/2005/QĐ-UBND | 14/3/2005 |"
    # or glued to its type: "Quyết địnhsố 12/QĐ-UBND"
    + r"|\s*[:,]?\s+(?:s[ốôổ]?)?|\s*\\?\|\s*|(?<=[^\W\d_])" + NUMBER_WORD + r")"
    + r"\s*:?\s*(?P<number>" + DOC_NUMBER + "|" + YEAR_NUMBER + "|" + SHORT_NUMBER
    + ")"
    + NOTE_REF,
    re.IGNORECASE,
)
# A number word after a digitless word, where OCR may have misread the type's name before it: "Chỉ thi sổ 37-CT/TW",
# "Chi thị số 12/CT-TTg", "QUYÊT ĐỊNH số 45/QĐ-UBND" (find.py reads up to four words before it as the type they fold
# to). The pattern opens with its letter, which the engine looks for fast.
TYPE_SLIP_NUMBER = re.compile(r"[sS][ốôổỐÔỔ]\s*:?\s*\d")
# A further number sharing the type, after the first's date or not: "Quyết định số 12689/QĐ-UBND, số
# 12699/QĐ-UBND ngày …", "các Nghị định số 57/2002/NĐ-CP ngày 03/6/2002 và số 24/2006/NĐ-CP ngày …", a law and
# its amendment, "Luật Bảo vệ môi trường số 52/2005/QH11 ngày …; số 55/2014/QH13 ngày …"; without "số" where its code
# opens as the first's (find.py): "các Nghị định số 43/2014/NĐ-CP, 148/2020/NĐ-CP của Chính phủ".
CITATION_MORE_NUMBER = re.compile(r"\s*(?:,|;|và)\s*(?P<word>số\s+)?(?P<number>" + DOC_NUMBER + ")" + NOTE_REF)
# The next number of a list under one issuer, after the words that describe the one before: "…; số
# 33/2017/NĐ-CP", or the number alone after "các Công văn số: 1102/SGDĐT-KHTC ngày …; 1530/SGDĐT-KHTC ngày …"; those
# words may wrap onto the next line (a PDF's), not past the paragraph; an item of two: "…; số 01/2017/NĐ-CP ngày
# 06/01/2017 và số 148/2020/NĐ-CP ngày 18/12/2020 sửa đổi, bổ sung …", "các Quyết định số: …; 3024/QĐ-UBND ngày
# 27/12/2018 và 764/QĐ-UBND ngày 18/3/2020".
CITATION_GROUPED_NUMBER = re.compile(r"(?:[^;\n]|\n(?![ \t]*\n))*?(?:;\s*(?:số\s+)?|\s+và\s+(?:số\s+)?)(?P<number>"
                                     + DOC_NUMBER + ")" + NOTE_REF)
# Its date: " ngày 14/12/2023", ", ngày 22/12/2022" (comma before the date), " ngày 23 tháng 4 năm 2018", a
# company's " đề ngày 19/9/2019", a record's " lập ngày 19/7/2016"; a copy that ran the words into the figures,
# " ngày20/6/2020", " ngày 22tháng 7"; a scan's text with the word's tone misread, " ngảy 27/7/2009".
# "Văn bản số 104/TWPCTT cùng ngày": dated the day of the document cited before it.
SAME_DAY = re.compile(r"\s*,?\s*cùng\s+ngày\b")
# In brackets with its issuer: "Công văn số 215/SNV-TCCB (ngày 11/3/2005 của Sở Nội vụ)"; in a table's next cell:
# "| Luật Ngân sách nhà nước số 83/2015/QH13 | 25/6/2015 | Quốc hội |". A page's numbers between the word and the date,
# each on its line, where a PDF copy's page broke there: "Quyết định số 1034/QĐUBND ngày" / "1" / "2" / "17/5/2019".
# On its own line after the number's, a table a PDF copy gave a cell a line: "49/2017/NĐCP" / "24/4/2017" / "Chính phủ".
CITATION_DATE = re.compile(
    r"\s*(?:,?\s*\(?\s*(?:(?:đề|lập|cùng)\s+)?" + DAY_WORD + r"(?:\s*\n[ \t]*\d{1,3}[ \t]*(?=\n))*\s*"
    r"|\\?\|\s*(?=\d{1,2}/\d{1,2}/\d{4}\s*\\?\|)"
    r"|[ \t]*\n[ \t]*(?=\d{1,2}/\d{1,2}/\d{4}[ \t]*(?:\n|$)))"
    + r"(?:" + NUMERIC_DATE.pattern
    + r"|(?P<wday>\d{1,2})\s*" + MONTH_WORD + r"\s*(?P<wmonth>\d{1,2})\s*" + YEAR_WORD
    + r"\s*(?P<wyear>(?:19|20)\d{2}))" + NOTE_REF,
    re.IGNORECASE,
)
# A number alone in a table's cell, its date after it or not, the column naming what it is: "| 1 | 12/2013/NQ-HĐND
# ngày 11/12/2013 | HĐND tỉnh |", a PDF copy's cell on a line of its own: "Quyết định đầu tư" / … / "2415/QĐ-UBND ngày
# 29/10/2019" (find.py reads the type its code names), looked for where a cell opens on a figure (a bar or a line's
# start before it: the engine looks for those two characters fast), "Số" maybe before it in a cell: "| Số 3105/QĐ-XPVPHC
# ngày 21/8/2020 | 85.000.000 |" (not a line's "Số: 27/TTr-UBND", a letter's own number).
CELL_OPENS_ON_FIGURE = re.compile(r"[|\n][ \t]*(?=\d)|\|[ \t]*[Ss]ố[ \t]+(?=\d)")
CELL_NUMBER = re.compile(r"(?P<number>" + DOC_NUMBER + r")(?=(?:\s+ngày\s+\d{1,2}/\d{1,2}/\d{4})?[ \t]*(?:\\?\||\n|$))")
# A cited document's year alone after its number, as legal-document sites title documents: "Nghị quyết 76/NQ-CP năm
# 2021 của Chính phủ", "Chỉ thị 23-CT/TW năm 2018 của Ban Bí thư" (not a range of years, "năm 2021 - 2025"; not after
# a comma, where a clause goes on: "…/KH-UBND, năm 2021 tỉnh đã …").
CITATION_YEAR = re.compile(r"\s+năm\s+(?P<year>(?:19|20)\d{2})(?!\d)(?!\s*[-–/]\s*\d)", re.IGNORECASE)
# Its issuer: " của UBND tỉnh", " của Ban Thường vụ Tỉnh ủy", " của Chủ tịch Ủy ban nhân dân thị xã"; in a
# subject in capitals, " CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH VỀ …". It ends where running text goes on ("về …",
# "và Nghị quyết …", "thực hiện …") or at punctuation; the words that say so are in lower case or in
# capitals ("Ngã Năm" is a name, "năm 2023" is not).
_ISSUER_ENDS = ("về", "tại", "ngày", "và", "theo", "đã", "nhằm", "để", "thực", "trong", "với", "giao", "phân",
                "phấn", "đến", "cho", "trên", "được", "là", "có", "khi", "gồm", "năm", "số", "thì", "nhưng", "mà",
                "do", "nay", "đối", "kèm", "hướng", "quy", "sửa", "bãi", "ban hành", "phê duyệt", "triển khai", "v/v",
                # "… của Công ty TNHH … hỏi về chính sách thuế", "… của Bộ Chính trị vào sinh hoạt …", "… của Sở
                # Y tế gửi Sở Tài chính", "… của Công ty … đề nghị hướng dẫn"
                "hỏi", "vào", "gửi", "đề nghị", "đề xuất", "V/v", "công bố",
                "trước", "sau",  # "… của Đoàn Chủ tịch Trung ương Hội trước ngày …"
                "tổng kết", "sơ kết",  # "Báo cáo số … của Chi cục Kiểm lâm tổng kết công tác …"
                "báo cáo",  # "Văn bản số 95/KVKT … của Công ty cổ phần Kho vận Kim Thành báo cáo danh sách …"
                "kết luận",  # "Thông báo số … của UBND huyện kết luận của Phó Chủ tịch …"
                "xuống",  # "… theo Quyết định số … của UBND huyện xuống ngay các xã …"
                "một số",  # "Hướng dẫn số 01-HD/TW … của Ban Bí thư một số vấn đề cụ thể thi hành Điều lệ Đảng"
                "phê chuẩn",  # "Nghị quyết số 07/NQ-HĐND … của HĐND xã Tân Dĩnh phê chuẩn quyết toán …"
                "hợp nhất",  # "Văn bản hợp nhất số 06/VBHN-BLĐTBXH … của Bộ Lao động - … hợp nhất Thông tư …"
                "Về",  # a table's next cell, the subject: "… số 04/CT-UBND ngày … của Chủ tịch UBND tỉnh" / "Về …"
                # OCR's tone slips on "và", "về" ("của Bộ Chính trị vá Kế hoạch …"; not "vệ": "Bảo vệ")
                "vá", "vả", "vã", "vạ", "va", "vê", "vế", "vể", "vễ")
# … one a copy ran into the name's last word: "của Bộ Chính trịđược triển khai", "của HĐND tỉnh Gia Laiquy định"
# (the running text's words of one syllable; the name's word before is a syllable too).
ISSUER_ENDS_GLUED = tuple(w for w in _ISSUER_ENDS if w.islower() and " " not in w and len(w) > 2)
# The body is escaped Markdown: "Sở GD&amp;ĐT" is one word, its ";" no end.
# A web table's "|" ends a cell, a quotation mark the name: "của Bộ Chính trị khóa XII "về đẩy mạnh …"".
# (a city's or town's "TP." and "TX." are words of a name: "của HĐND TP. Cẩm Phả")
# (No backslash: the page's Markdown escapes the bracket of a web copy's footnote marker, "của Sở\[2\];".)
_ISSUER_WORD = r"(?:&(?:amp|lt|gt);|T[PpXx]\.(?=\s*[" + CAPITALS + r"])|[^\s;,.()\[\]⁰¹²³⁴⁵⁶⁷⁸⁹:|\"“”\\])+"
# Words a comma may stand before inside an issuer's name: "phòng, chống dịch", "Cục Quản lý Khám, chữa bệnh",
# "Hội đồng bồi thường, hỗ trợ và tái định cư".
# "Ban Chỉ huy phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự"; "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc";
# "Ban Chỉ huy Phòng, chống lụt, bão và Tìm kiếm cứu nạn Thành phố".
IN_NAME_AFTER_COMMA = (r"(?:chống|(?<=lụt,\s)bão|chữa\s+bệnh|hỗ\s+trợ\s+và|tìm\s+kiếm\s+cứu\s+nạn|Chủ\s+nhiệm"
                        r"|chữa\s+cháy|cứu\s+hộ"  # "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ"
                        r"|mỹ\s+phẩm|thực\s+phẩm"  # "Trung tâm Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm Hải Dương"
                        r"|giáo\s+dục\s+pháp\s+luật"  # "Hội đồng Phối hợp công tác phổ biến, giáo dục pháp luật"
                        r"|quốc\s+tịch|chứng\s+thực"  # the Bộ Tư pháp's "Cục Hộ tịch, quốc tịch, chứng thực"
                        r"|Thông\s+tin\s+và\s+Thể\s+thao"  # "Trung tâm Văn hóa, Thông tin và Thể thao huyện …"
                        r"|Ban\s+Bí\s+thư)\b")  # "của Bộ Chính trị, Ban Bí thư": a conclusion both issue
_ISSUER_NAME = (
    # a tab ends it: a table's next cell ("… nông thôn mới tỉnh<tab>UBND các huyện"); a line opened by a figure, a
    # table's next row ("… của HĐND TP. Cẩm Phả" / "4 | Kè chống sạt lở …"); a cell's bar, escaped in the page's
    # text ("… của Sở Nội vụ \| Đạt 98,6% …")
    r"(?P<issuer>" + _ISSUER_WORD + r"(?:(?:[^\S\t]+|,\s*(?=" + IN_NAME_AFTER_COMMA + "))" + _ISSUER_WORD + r")*?)"
    r"(?=\t|\n[ \t]*\d+[ \t]*\\?\||\s*(?:,(?!\s*" + IN_NAME_AFTER_COMMA + r")|\\?[;.()\[\]:⁰¹²³⁴⁵⁶⁷⁸⁹|\"“”]|$|\s(?:"
    + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _ISSUER_ENDS + tuple(w.upper() for w in _ISSUER_ENDS))
    # "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn", "Hội đồng bồi thường, hỗ trợ và tái định cư": one name
    # "Ban An toàn giao thông tỉnh": "giao" ends a name only where it gives a task ("… của Sở giao nhiệm vụ");
    # "Cục Cảnh sát QLHC về TTXH": the police's "về trật tự xã hội" is the name's; "Phòng Cảnh sát PCCC và CNCH"
    + r")\b(?!\s+(?i:tìm\s+kiếm\s+cứu\s+nạn|TKCN|tái\s+định\s+cư|phòng\s+thủ\s+dân\s+sự|PTDS|CNCH|cứu\s+nạn"
    + r"|chữa\s+cháy"  # "Cảnh sát Phòng cháy và chữa cháy thành phố Cần Thơ"
    + r"|phát\s+triển\s+thị\s+trường"  # the Bộ Công Thương's "Cục Quản lý và Phát triển thị trường trong nước"
    + r"|TTXH|trật\s+tự\s+xã\s+hội)|(?<=giao)\s+(?i:thông)\b|(?<=thực)\s+(?i:vật|phẩm)\b"  # "Trạm Bảo vệ thực vật",
    # "Ban Chỉ đạo liên ngành vệ sinh an toàn thực phẩm"; a unit by its number: "Khu Quản lý giao thông đô thị số 2"
    + r"|(?<=(?i:số))\s+\d{1,2}\b(?![/\d.,-])"
    + r"|(?<=(?i:chứng)\s(?i:thực))"  # "Cục Hộ tịch, quốc tịch, chứng thực"
    + r"|(?<=(?i:xổ)\s(?i:số))"  # "Hội đồng xổ số kiến thiết khu vực miền Nam"
    + r"|(?<=thị trường trong)\s+(?i:nước)\b"  # "… Phát triển thị trường trong nước"
    + r"|(?<=(?i:đổi)\s(?i:số))"  # "Ban Chỉ đạo chuyển đổi số xã"

    # a field after "và": "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao"
    + r"|(?<=\s(?i:và))\s+(?i:phòng,?\s+chống)\b"
    + r"|(?<=tin\svà)\s+Thể\s+thao\b"  # "Trung tâm Văn hóa, Thông tin và Thể thao"
    + r"|(?<=dụng\svà)\s+(?i:công\s+nghiệp)\b)))"  # "Ban QLDA … các công trình dân dụng và công nghiệp tỉnh …"
)
# "… ngày 20/5/2020 của UBND tỉnh", a PDF's one split "c ủa", and a joint programme's parties: "Chương trình phối hợp số
# 02/CTPH-MTTQ-UBND ngày 10/01/2018 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và UBND tỉnh"
CITATION_ISSUER = re.compile(r"\s*,?\s*(?:của|CỦA|c\s(?=ủa\s)ủa|giữa)\s+"
                             r"(?!(?:một\s+số|những|các)\s)"  # "… ban hành kèm theo Quyết định số … của một số cơ quan"
                             + _ISSUER_NAME)
# A plenum of the party's Central Committee, which issues its conclusions and resolutions: "của Hội nghị lần thứ tư
# Ban Chấp hành Trung ương Đảng khóa XIII", "Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng (khóa XII)", "Hội
# nghị Trung ương 4 khóa XII": the Central Committee's.
CENTRAL_PLENUM = re.compile(r"Hội\s+nghị\s+(?:lần\s+thứ\s+\w+\s+(?:của\s+)?Ban\s+Chấp\s+hành\s+Trung\s+ương(?:\s+Đảng)?"
                            r"|(?:Ban\s+Chấp\s+hành\s+)?Trung\s+ương\s+\d+)(?:\s+\(?khóa\s+[IVXLC]+\)?)?",
                            re.IGNORECASE)
# A company or enterprise, whose name is its own (cased as it writes it), and goes on past "và" where a capital
# follows: "Công ty Cổ phần Thương mại và Dịch vụ Minh Phát Hưng"; not where a document's type follows, the next
# citation's: "của Công ty cổ phần Chế biến Nông sản Mỹ Xuyên và Biên bản kiểm tra số …".
COMPANY = re.compile(r"(?:(?:tổng\s+)?công\s+ty|doanh\s+nghiệp|hợp\s+tác\s+xã|tập\s+đoàn)\b", re.IGNORECASE)
COMPANY_NAME_GOES_ON = re.compile(r"\s+và\s+(?=[A-ZĐ])(?!(?i:" + TYPE_NAME + r")\s)" + _ISSUER_NAME)
# A company named in full, its kind and a name after "Công ty": "Công ty TNHH Lâm sản Như Thanh", "Tổng công ty Điện
# lực miền Bắc" (its name the issuer group; opened by its letter, which the engine looks for fast).
COMPANY_NAMED = re.compile(r"(?:Tổng\s+c|C)ông\s+ty(?=\s+(?:TNHH|[Cc]ổ\s+phần|[A-ZĐ]))\s+" + _ISSUER_NAME)
# Its subject: " về ban hành Chương trình công tác năm 2024", up to ";" or a new sentence; across a
# line the copy wrapped ("về việc sửa đổi khoản 2 Điều 1\nNghị quyết số 145/2018/NQ-HĐND"), not into
# the next item of a list ("\n- Công văn số …", "\n2. …").
CITATION_SUBJECT = re.compile(
    r"\s*,?\s*(?:về\s+việc|về)\s+(?P<subject>(?:&(?:amp|lt|gt);|[^;\n(]|\n(?![\s\-+•*]|\d+[.)]|[a-zđ][.)]))+?)"
    r"(?=\s*(?:;|\.\s|\.$|$|\(|,\s*" + TYPE_NAME + r"))",
    re.IGNORECASE,
)
# --- relations (quan hệ giữa văn bản) --------------------------------------------------------------------
# What a letter does with a document, by the words before the citation in its clause; the nearest cue
# wins. Ordered so that at one place the longer phrase is read ("kèm theo" is no "theo"):
# "Xét đề nghị của Sở Nội vụ tại Tờ trình số 123/TTr-SNV", "Xét Tờ trình số …" proposal  (theo/xét đề nghị, xét)
# "Phụ lục ban hành kèm theo Quyết định số 12/QĐ-UBND"                 attached   (kèm theo)
# "Căn cứ Nghị định số 30/2020/NĐ-CP …", "Trên cơ sở Báo cáo số …"     basis      (căn cứ, trên cơ sở)
# "Quyết định này bãi bỏ Quyết định số 1649/QĐ-UBND"                   repeals    (bãi bỏ, hủy bỏ)
# "Quyết định này thay thế Quyết định số 1649/QĐ-UBND"                 replaces   (thay thế)
# "sửa đổi, bổ sung một số điều của Quyết định số 12/2017/QĐ-UBND"     amends     (sửa đổi, bổ sung)
# "theo quy định tại Nghị định số …", "theo mẫu tại Công văn số …"     references (theo quy định, theo mẫu)
# "sơ kết 3 năm thực hiện Chỉ thị số 05-CT/TW", "tiến độ thực hiện Nghị quyết số 06-NQ/TU" references
#   (a review of how a document was carried out: kết quả, tiến độ, đánh giá, tình hình … thực hiện)
# "Thực hiện Công văn số 100/UBND-VP", "Triển khai …", "quán triệt …", "theo hướng dẫn tại …" implements
# Anything else ("tại Công văn số …", "như Báo cáo số …") is a reference (dẫn chiếu).
# Each cue starts a word, whose first letter is looked at first (a new cue's first letter goes in that set): the
# engine then leaves most places after one character test instead of trying every cue (a third of the scan's time).
RELATION_CUE = re.compile(
    r"(?=[bcđhkqstx])(?<!\w)(?:(?P<proposal>(?:theo|xét)\s+đề\s+(?:nghị|xuất)|\bxét\b)|(?P<attached>kèm\s+theo)"
    r"|(?P<basis>căn\s+cứ|trên\s+cơ\s+sở)|(?P<repeals>bãi\s+bỏ|hủy\s+bỏ)|(?P<replaces>thay\s+thế)"
    r"|(?P<amends>sửa\s+đổi|bổ\s+sung)|(?P<references>theo\s+(?:quy\s+định|mẫu|đề\s+cương|mức)|quy\s+định\s+tại"
    r"|(?:sơ\s+kết|tổng\s+kết|kết\s+quả|tiến\s+độ|đánh\s+giá|tình\s+hình)(?:\s+[^\s;.]+){0,4}?\s+thực\s+hiện)"
    r"|(?P<implements>thực\s+hiện|triển\s+khai|tiếp\s+theo|quán\s+triệt|\btheo\b))",
    re.IGNORECASE,
)
# Under the title of a text issued with a decision: "(Ban hành kèm theo Quyết định số 25/2024/QĐ-UBND …)";
# not its subject, but the first line of its text (which cites the decision).
ATTACHED_TO = re.compile(r"^\s*\(\s*ban\s+hành\s+kèm\s+theo\b", re.IGNORECASE)
# What a portal sets under the letter it gives, the site's and not the letter's: its list of other posts, a line of
# its own ("Các tin khác", "Tin liên quan", "Văn bản cùng lĩnh vực"), the post's counter and date ("Lượt xem: 312",
# "Ngày đăng: 25/11/2014", "Cập nhật ngày 17/05/2012"), its share links ("Chia sẻ bài viết: Facebook …").
SITE_TRAILER = re.compile(r"^\W*(?:(?:các\s+)?(?:tin|bài\s+viết|văn\s+bản|thông\s+báo)\s+(?:khác|liên\s+quan|cùng\s+"
                          r"(?:chuyên\s+mục|lĩnh\s+vực|loại)|đã\s+đưa)\W*$"
                          r"|(?:số\s+)?lượt\s+(?:xem|truy\s+cập)\s*:?\s*\d|(?:ngày\s+đăng|(?:đăng|cập\s+nhật)\s+ngày)\s*:?\s*\d"
                          r"|chia\s+sẻ(?:\s+bài\s+viết)?\s*:\s*(?:facebook|zalo|twitter))", re.IGNORECASE)
# A text set after the signature with the decision that issues it (a web copy gives them on one page):
# "QUY ĐỊNH" / "VỀ QUẢN LÝ …" / "(Ban hành kèm theo Quyết định số …)", "PHỤ LỤC" / "(Kèm theo Kế hoạch số …)".
ATTACHMENT_NOTE = re.compile(r"^\W*\(\s*(?:ban\s+hành\s+)?kèm\s+theo\b", re.IGNORECASE)
ATTACHMENT_TITLE = re.compile(r"^\W*(?:" + TYPE_NAME + r"|phụ\s+lục|danh\s+sách|biểu\s+mẫu|mẫu)\b", re.IGNORECASE)
# The letter itself is what is attached when its clause opens so: "(Ban hành kèm theo Quyết định số …)".
ATTACHED_OPENING = re.compile(r"[\s(*_\[]*(?:ban\s+hành\s+)?", re.IGNORECASE)
# After the citation: "Quyết định số 1649/QĐ-UBND … hết hiệu lực" (repeals).
REPEALED_AFTER = re.compile(r"[^;.\n]{0,160}?\bhết\s+hiệu\s+lực", re.IGNORECASE)
# Where a clause starts: the relation of a citation is read in its own clause.
CLAUSE_BREAK = re.compile(r";|\.(?:\s|$)|\n\n")

# Between two citations of one list, the first one's description and date included: "; ", ", ", " và ",
# " về tăng cường tiết kiệm chi ngân sách nhà nước; " — not across a sentence's end or a paragraph.
LIST_GAP = re.compile(r"(?:(?!\.\s|\n\n)[^\[])*?(?:[;,]|\bvà)\s*(?:và\s+)?(?:các\s+)?|\s*", re.IGNORECASE)

# What may stand between items of a list that share one "của …": ", " or " và ".
LIST_SEPARATOR = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")

# --- issuers (cơ quan ban hành) ------------------------------------------------------------------
# Words that start a unit of administration in a header: "TỈNH SÓC TRĂNG", "HUYỆN TUY PHƯỚC", since July 2025
# a special zone at a commune's level, "ĐẶC KHU LÝ SƠN".
LOCALITY_KINDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường", "đặc khu")
LOCALITY = re.compile(r"\b(?P<kind>" + "|".join(LOCALITY_KINDS) + r")\b", re.IGNORECASE)
# "xã hội" in a body's name, no commune: "Bảo hiểm xã hội Việt Nam", "Ngân hàng Chính sách xã hội", "các tổ
# chức chính trị - xã hội", "Cục Bảo trợ xã hội", "Trung tâm Công tác xã hội", "Chi cục Phòng, chống tệ nạn xã hội",
# "Phòng Cảnh sát quản lý hành chính về trật tự xã hội", "Trưởng phòng Nội vụ - Lao động, Thương binh và Xã hội" (a
# commune may be "xã Hội Sơn": only these words before it tell); a cooperative's "Liên minh Hợp tác xã tỉnh …"; a
# commune's "Phòng Văn hóa - Xã hội"; the academy's "Viện Hàn lâm Khoa học xã hội Việt Nam".
SOCIAL = re.compile(r"\b(?:(?:bảo\s+hiểm|chính\s+sách|chính\s+trị\s*-|bảo\s+trợ|công\s+tác|tệ\s+nạn|trật\s+tự"
                    r"|khoa\s+học|thương\s+binh\s+và|văn\s+hóa\s*(?:-|và)?)\s+xã\s+hội|hợp\s+tác\s+xã)\b",
                    re.IGNORECASE)
# A party or youth union committee named by its level, then its place: "Tỉnh ủy Cà Mau", "Huyện đoàn Tam
# Đường", "Tỉnh đoàn" (its place left for the reader to know). The level word stands for a kind of locality.
# A name with an apostrophe or a hyphen: "Huyện ủy Ia H'Drai", "Thành ủy Phan Rang - Tháp Chàm".
PARTY_COMMITTEE = re.compile(r"\b(?P<level>tỉnh|huyện|thị|thành|quận) (?:ủy|đoàn)"
                             r"(?:\s+(?P<name>[^\W\d_](?:[\w\s'’]|\s-\s(?=\w))*))?$", re.IGNORECASE)
PARTY_LEVEL_KIND = {"tỉnh": "tỉnh", "huyện": "huyện", "thị": "thị xã", "thành": "thành phố", "quận": "quận"}
# Words that start an organ's name in a header line: "SỞ TÀI CHÍNH", "UBND TỈNH X", "TỈNH ỦY"; "Y BAN NHÂN
# DÂN" is a copy that lost the first letter, "Uỷ ban" the old placing of the tone.
# What a trade union written "CĐ" stands over: "CĐ TRƯỜNG ĐẠI HỌC TÂY BẮC", "CĐ GIÁO DỤC YÊN BÁI".
UNION_OF = r"(?:TRƯỜNG|GIÁO\s+DỤC|VIÊN\s+CHỨC|NGÀNH|Y\s+TẾ)\b"  # (in capitals; ORGAN_START ignores case)
_ORGAN_WORD = (
    r"(?:(?:ủy|uỷ)\s+ban|y\s+ban\s+(?:nhân|kiểm\s+tra|mttq|mặt\s+trận)|ubnd|hội\s+đồng|hđnd|sở|ban(?!\s+hành)|văn\s+phòng|bộ|cục|chi\s+cục|tổng\s+cục|phòng|"
    r"cơ\s+quan\s+(?:cảnh\s+sát|an\s+ninh)(?:\s+điều\s+tra)?|"  # the police's: "CƠ QUAN CẢNH SÁT ĐIỀU TRA" (its
    # "ĐIỀU TRA" a narrow cell's next line) under its Công an
    r"cảnh\s+sát\s+(?:pc&?cc|phòng\s+cháy)|"  # a province's fire police under the Bộ Công an: "CẢNH SÁT PCCC TỈNH …"
    r"thường\s+trực|"  # a council's standing committee under its council: "HĐND TỈNH THÁI BÌNH" / "THƯỜNG TRỰC"
    # a school's or a sector's trade union: "CÔNG ĐOÀN GIÁO DỤC VIỆT NAM" / "CĐ TRƯỜNG ĐẠI HỌC …", "CĐ GIÁO DỤC YÊN BÁI"
    r"công\s+đoàn|cđ(?=\s+" + UNION_OF + r")|"
    r"đài|quỹ|công\s+ty|tổng\s+công\s+ty|tập\s+đoàn|"  # public service units, state companies and groups: "ĐÀI PHÁT
    # THANH VÀ TRUYỀN HÌNH", "TẬP ĐOÀN CÔNG NGHIỆP THAN - KHOÁNG SẢN VIỆT NAM"
    r"thuế\s+(?:tỉnh|thành\s+phố|cơ\s+sở)|"  # the tax offices since 2025, under "CỤC THUẾ": "THUẾ TỈNH BẮC NINH"
    r"thống\s+kê\s+(?:tỉnh|thành\s+phố|cơ\s+sở)|"  # … and the statistics offices: "THỐNG KÊ TỈNH HƯNG YÊN"
    r"thanh\s+tra|công\s+an|đoàn|trung\s+tâm|viện|trường|tỉnh\s+ủy|huyện\s+ủy|thị\s+ủy|thành\s+ủy|quận\s+ủy|"
    r"đảng\s+ủy|đảng\s+bộ|chi\s+bộ|ngân\s+hàng|kho\s+bạc|bảo\s+hiểm|mặt\s+trận|chính\s+phủ|quốc\s+hội|kiểm\s+toán\s+nhà\s+nước|"
    r"hạt\s+kiểm\s+lâm|"  # a district's forest protection unit under the province's Chi cục Kiểm lâm
    r"khu\s+quản\s+lý\s+đường|"  # a road region's office: "TỔNG CỤC ĐƯỜNG BỘ VIỆT NAM" / "KHU QUẢN LÝ ĐƯỜNG BỘ II"
    r"đội\s+quản\s+lý\s+thị\s+trường|"  # a market control team under its Cục: "ĐỘI QUẢN LÝ THỊ TRƯỜNG SỐ 5"
    r"trạm\s+(?:khuyến\s+nông|thú\s+y|chăn\s+nuôi|trồng\s+trọt|bảo\s+vệ\s+thực\s+vật|y\s+tế)|"  # a district's station
    r"đồn\s+(?:biên\s+phòng|công\s+an)|"  # a border post under its province's command: "ĐỒN BIÊN PHÒNG HÒN NGHỆ"
    r"bảo\s+tàng|thư\s+viện|"  # a museum or a library under its Sở: "BẢO TÀNG ĐÀ NẴNG"
    r"vườn\s+quốc\s+gia|"  # a national park under its ministry or Sở: "VƯỜN QUỐC GIA BẠCH MÃ"
    r"cảng\s+vụ|"  # a port authority under the maritime administration: "CẢNG VỤ HÀNG HẢI QUẢNG NINH"
    r"bưu\s+điện|"  # a province's post office under its corporation: "BƯU ĐIỆN TỈNH YÊN BÁI"
    # a party's newspaper under it: "TỈNH ỦY KON TUM" / "BÁO KON TUM"
    r"(?-i:BÁO|Báo)(?=\s+(?-i:[A-ZĐ]))(?!\s+(?i:cáo)\b)|"
    r"đại\s+học|học\s+viện|"  # a university or an academy under its ministry: "ĐẠI HỌC HUẾ", "HỌC VIỆN NGÂN HÀNG"
    r"liên\s+minh|liên\s+hiệp\s+các\s+hội|"  # "LIÊN MINH HTX TỈNH …", "LIÊN HIỆP CÁC HỘI KH&KT TỈNH …"
    r"thủ\s+tướng|bộ\s+chỉ\s+huy|ban\s+chỉ\s+huy|liên\s+đoàn|hội|tỉnh\s+đoàn|thành\s+đoàn|huyện\s+đoàn|bch"
    r"|tổng\s+(?:liên\s+đoàn|lđlđ)|lđlđ|tòa\s+án|bệnh\s+viện|bhxh|kbnn|chi\s+nhánh|quân\s+khu"
    r"|trung\s+ương\s+(?:hội|đoàn))\b")  # a mass organisation's centre: "Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
# (and a ministry's department under its ministry's line: "BỘ NÔNG NGHIỆP VÀ PTNT" / "VỤ PHÁP CHẾ", not "Vụ việc …")
ORGAN_START = re.compile(r"^\s*(?:" + _ORGAN_WORD + r"|vụ\s+(?-i:[A-ZĐ]{2}))", re.IGNORECASE)
# A body naming itself as it acts, in a notice with no header: "Ủy ban nhân dân xã Na Sầm thông báo lịch …", "Thực
# hiện …, Sở Y tế trân trọng đề nghị …"; a
# công điện's sender on its own line, its name whole: "Ban Chỉ huy Phòng, chống thiên tai và Tìm kiếm cứu nạn tỉnh Hòa
# Bình điện:".
ISSUER_SPEAKS = re.compile(r"(?:^|(?<=[.:;,]\s))(?P<organ>(?=" + _ORGAN_WORD + r"\s)[^,.;:\n]{6,90}?)"
                           r"(?:\s+(?:đã|sẽ|đang))?\s+(?:thông\s+báo|"
                           r"báo\s+cáo|xây\s+dựng|ban\s+hành|đề\s+nghị|trân\s+trọng|kính\s+mời|yêu\s+cầu)\b"
                           r"|^(?:(?:phó\s+)?(?:chủ\s+tịch|trưởng\s+ban|giám\s+đốc|bộ\s+trưởng)\s+)?"  # its head for it
                           r"(?P<sender>(?=" + _ORGAN_WORD + r"\s)[^.;:\n]{6,160}?)\s+điện\s*:",
                           re.IGNORECASE | re.MULTILINE)
# A news page's lead naming the letter it then gives in full, with no header of its own: "(HBĐT) - Ngày 19/7/2018,
# Ban Chỉ huy … tỉnh đã ban hành Công điện số 06/CĐ-BCH gửi … về việc chủ động ứng phó …", "Ban Tuyên giáo Tỉnh ủy
# Thái Nguyên ban hành Hướng dẫn số 47-HD/BTGTU về tuyên truyền kỷ niệm …", "(BHY) - Ngày 22.2.2019, Chủ tịch UBND
# tỉnh có Công điện số 02/CĐ-UBND gửi … về việc khẩn cấp …".
LETTER_LEAD = re.compile(
    r"(?:\bNgày\s+" + NUMERIC_DATE.pattern + r"\s*,\s*)?(?-i:[A-ZĐỦ])(?:(?!\bNgày\s+\d)[^.;:\n]){3,160}?\s+"
    r"(?:đã\s+)?(?:ban\s+hành|có)\s+"
    r"(?P<type>" + TYPE_NAME + r")\s+số\s+(?P<number>" + DOC_NUMBER + r")[^.\n]*?\s(?:về\s+việc|về)\s+"
    r"(?P<subject>[^\n]+?)\.(?=\s|$)", re.IGNORECASE)
# A news page's note of the letter it gave in full, under it: "(Nguồn: Thông báo số 96/TB-UBND ngày 10/8/2021 của UBND
# huyện Quảng Trạch)".
LETTER_SOURCE = re.compile(r"^\s*\(?\s*Nguồn\s*:\s*(?P<type>" + TYPE_NAME + r")\s+số\s+(?P<number>" + DOC_NUMBER
                           + r")\s+ngày\s+(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})"
                           r"(?:\s+của\s+(?P<issuer>[^()\n]+?))?\s*\)?\s*$", re.IGNORECASE)
# A legal-document site's title for its copy, on the page's first line: "Công văn 1187/UBDT-CSDT năm 2023 hướng dẫn
# xác định …", "Quyết định số 95/2006/QĐ-UBND về …"; a copy that lost the number line keeps the number there.
SITE_TITLE = re.compile(r"^\s*(?P<type>" + TYPE_NAME + r")\s+(?:số\s+)?(?P<number>" + DOC_NUMBER + r")(?=\s|$)",
                        re.IGNORECASE)
# A comma between recipients on one line, before the next organ's capitalised name: "Phòng Kinh tế, Trạm Thú y,
# Trung tâm Y tế huyện, UBND các xã, thị trấn" (not "các sở, ban, ngành").
RECIPIENT_COMMA = re.compile(r",\s+(?=(?=(?-i:[A-ZĐỦ]))(?:" + _ORGAN_WORD + r"|trạm|hạt|đội)\s)",
                             re.IGNORECASE)
# A joint document (liên tịch) by its type code: "07/2015/TTLT-BTNMT-BNV-BTC", "525/2012/NQLT/UBTVQH13-…".
# Between the issuers of a joint document, before the next organ: "của Bộ Tài nguyên và Môi trường, Bộ Nội
# vụ và Bộ Tài chính" ("và Môi trường" is a field's, no organ follows).
JOINT_SEPARATOR = re.compile(r"\s*,\s*(?:và\s+)?(?=" + _ORGAN_WORD + r")|\s+(?:và|-)\s+(?=" + _ORGAN_WORD + ")",
                             re.IGNORECASE)  # an old letter's "của liên Bộ Tài nguyên và Môi trường - Bộ Tài chính"
# The next issuer of a joint document: ", Bộ Nội vụ" / " và Bộ Tài chính" after "của Bộ Tài nguyên và Môi trường".
JOINT_ISSUER = re.compile("(?:" + JOINT_SEPARATOR.pattern + ")" + _ISSUER_NAME, re.IGNORECASE)
# Bodies by the code in a number, abbreviations and the fields of organ names: data in bodies.yaml,
# with their sources. Codes compare in capitals ("…/CT-TTg" → "TTG").
_BODIES = yaml.safe_load(Path(__file__).with_name("bodies.yaml").read_text(encoding="utf-8"))
_MINISTRY_BY_CODE = {code.upper(): name for code, name in _BODIES["central"].items()}  # "…/CT-TTg"
ISSUER_BY_CODE: dict[str, str] = _MINISTRY_BY_CODE | {  # "…/TCT-CS"
    code.upper(): name for code, name in _BODIES["central_departments"].items()}
# A joint document by its type code, liên tịch, liên ngành or phối hợp ("07/2015/TTLT-BTNMT-BNV-BTC";
# "43/2015/TTLTBNNPTNTBKHĐT": a PDF copy's, hyphens lost; "1206/KHLN-BHXH-SGDĐT", "03/CTrPH-HPN-CAT", a công văn's
# "112/LT-LĐLĐ-SGDĐT"; numbered as the party numbers: "03-QCPH/ĐUK-LĐLĐ"), or by two central bodies' codes after its
# type ("482/KH-BCA-BNNMT").
_CENTRAL_CODE = "(?:" + "|".join(sorted(map(re.escape, _MINISTRY_BY_CODE), key=len, reverse=True)) + ")"
# not "…/VTLTNN-…": Văn thư lưu trữ, nor "…-TB/VPHU": Văn phòng Huyện ủy
# (a type's code before the mark, not a body's: "186/KBLN-KSC" is the Kho bạc Lục Ngạn's)
_TYPE_CODE = "(?:" + "|".join(sorted({code for code in DOCUMENT_TYPES.values() if code}, key=len, reverse=True)) + ")"
JOINT_NUMBER = re.compile(r"/(?!VT|VPH)(?:" + _TYPE_CODE + r"|CTr)?(?:LT|LN|PH)(?=[-/A-ZĐ])|(?<=\d)-[A-ZĐ]{1,3}PH(?=/)"
                          r"|/[A-ZĐ]{1,4}-" + _CENTRAL_CODE + "-" + _CENTRAL_CODE + r"(?!\w)")
# The types one body alone issues (Luật Ban hành văn bản quy phạm pháp luật 2015, Điều 4): a decree the letter cites
# by its figures, no code nor "của" ("theo Nghị định 102"), is the Government's.
ISSUER_BY_TYPE = {"Nghị định": "Chính phủ", "Luật": "Quốc hội", "Bộ luật": "Quốc hội",
                  "Pháp lệnh": "Ủy ban Thường vụ Quốc hội"}
CENTRAL_ALIASES: dict[str, str] = _BODIES["central_aliases"]  # "Ban Chấp hành Trung ương" → "… Trung ương Đảng"
# A central body by its folded name, written as bodies.yaml writes it: "ỦY BAN DÂN TỘC" is the "Ủy ban Dân tộc".
CENTRAL_BY_FOLD: dict[str, str] = {fold(name): name for name in ISSUER_BY_CODE.values()}
PROVINCIAL_BY_CODE: dict[str, str] = {code.upper(): name for code, name in _BODIES["provincial"].items()}  # "STC"
DISTRICT_BY_CODE: dict[str, str] = {code.upper(): name for code, name in _BODIES["district"].items()}  # "CAH"
COMMUNE_BY_CODE: dict[str, str] = {code.upper(): name for code, name in _BODIES["commune"].items()}  # "PKT"
# "UBND tỉnh" → "Ủy ban nhân dân tỉnh", "ĐOÀN ĐBQH" → "Đoàn đại biểu Quốc hội"; longer ones first.
ISSUER_ABBREVIATIONS: dict[str, str] = dict(sorted(_BODIES["abbreviations"].items(), key=lambda kv: -len(kv[0])))
# "Giáo dục và Đào tạo": an organ's field, which its name ends with ("Sở Giáo dục và Đào tạo").
ORGAN_FIELDS: tuple[str, ...] = tuple(sorted(_BODIES["fields"], key=len, reverse=True))
CENTRAL_CITIES: tuple[str, ...] = tuple(_BODIES["cities"])  # "Hà Nội": "thành phố Hà Nội", not "tỉnh …"
# An issuer named with its field, which may hold "và" and ",": "của Bộ Giáo dục và Đào tạo", "của Sở Văn
# hóa, Thể thao và Du lịch tỉnh …" (the field list is in bodies.yaml).
ISSUER_WITH_FIELD = re.compile(
    r"(?:(?:Phó\s+)?(?:Giám\s+đốc|Bộ\s+trưởng|Trưởng\s+phòng|Cục\s+trưởng)\s+)?(?:Sở|Bộ|Văn\s+phòng|Phòng|Cục|Chi\s+cục"
    r"|Tổng\s+cục|Ban|Trạm|Hội\s+đồng"  # a district's station: "Trạm Chăn nuôi và Thú y huyện Long Hồ"
    r"|(?:Liên\s+hiệp\s+các\s+)?Hội)\s+(?:"  # "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"
    # its end no letter's, a footnote's marker after it ("… Thương binh và Xã hội¹"; "\b" takes "¹" for a letter)
    # a dash a PDF copy lost between its words: "Bộ Lao động  Thương binh và Xã hội"
    + "|".join(re.escape(f).replace(r"\ \-\ ", r"\s+(?:[-–]\s+)?").replace(r"\ ", r"\s+") for f in ORGAN_FIELDS)
    + r")(?![^\W\d_])",
    re.IGNORECASE,
)
