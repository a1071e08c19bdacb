"""Every pattern for Vietnamese letter text, in one place, each with a real example it matches.

The layout they follow is the official one for administrative documents (Nghị định 30/2020/NĐ-CP,
Phụ lục I). Patterns run on the *match form* of a line (`text.match_form`: look-alike letters
fixed, new-style tones), which has the same length as the line as written.
"""

from __future__ import annotations

import re

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
    "Giấy giới thiệu": "GGT",
    "Giấy nghỉ phép": "GNP",
    "Phiếu gửi": "PG",
    "Phiếu chuyển": "PC",
    "Phiếu báo": "PB",
    "Thông tư": "TT",
    "Thông tư liên tịch": "TTLT",
    "Nghị định": "NĐ",
    "Luật": "",
    "Pháp lệnh": "",
    "Kết luận": "KL",
    "Công văn": "",
    "Văn bản": "",
}
TYPE_BY_CODE: dict[str, str] = {code.upper(): name for name, code in DOCUMENT_TYPES.items() if code}
TYPE_BY_CODE["QĐ"] = "Quyết định"  # party rules "977-QĐ/TU" are named by their citation, not code

# Longer names first so "Thông tư liên tịch" wins over "Thông tư".
_TYPE_NAMES = sorted(DOCUMENT_TYPES, key=len, reverse=True)
# Qualified names that are still the same type: "Chương trình hành động số 01/CTr-UBND".
TYPE_QUALIFIERS = r"(?:\s+(?:hành\s+động|liên\s+tịch|kết\s+luận))?"
TYPE_NAME = "(?:" + "|".join(re.escape(n) for n in _TYPE_NAMES) + ")"

# A title line naming the type, in capitals: "THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH".
TITLE_LINE = re.compile(r"^\s*(" + TYPE_NAME + r")\s*:?\s*$", re.IGNORECASE)

# --- header -----------------------------------------------------------------------------------
# National motto, matched on folded text without spaces ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
# "Độc lập - Tự do - Hạnh phúc", "XàHỘI" from a PDF); party letters: "ĐẢNG CỘNG SẢN VIỆT NAM".
MOTTO_FOLDED = re.compile(
    r"cong\W*hoa\W*xa\W*hoi|chu\W*nghia\W*viet\W*nam|doc\W*lap\W*tu\W*do|tu\W*do\W*hanh\W*phuc"
    r"|dang\W*cong\W*san\W*viet\W*nam|^\W*[-_]{3,}\W*$"
)

# The number line (số ký hiệu): "Số: 1198 /UBND-TH", "Số:15 /2014/QĐ-UBND", "Số: /UBND-VP",
# "Số: 215-CV/HU". "Số liệu" and "số lượng" are not: a colon, digit, slash or dot must follow.
NUMBER_LINE = re.compile(r"(?:^|\|)\s*Số\s*(?::|(?=\s*[\d/.…]))\s*(?P<value>[\w./…\-\s]*?)\s*(?:\||$)")
# Inside a number value: the blank left for the office, "…/", ". . ./", "     /".
BLANK_NUMBER = re.compile(r"^[\s.…_]*/\s*(?P<suffix>\S.*)$")

# Place and date (địa danh, ngày tháng năm): "Sóc Trăng, ngày 26 tháng 4 năm 2024";
# a draft leaves the day blank: "Ngã Năm, ngày   tháng 8 năm 2023"; web copies write
# "Hà Nội, ngày 05/01/2024".
PLACE_DATE = re.compile(
    r"(?P<place>[^\d,|:]{2,40}?)\s*,\s*ngày\s*(?:(?P<day>\d{1,2})?[\s.…_]*"
    r"tháng\s*(?P<month>\d{1,2})[\s.…_]*năm\s*(?P<year>\d{4})"
    r"|(?P<nday>\d{1,2})\s*[/.-]\s*(?P<nmonth>\d{1,2})\s*[/.-]\s*(?P<nyear>\d{4}))",
    re.IGNORECASE,
)

# Subject (trích yếu) of a letter: "V/v tập trung chỉ đạo, …"; of a decision: "Về việc …".
SUBJECT_PREFIX = re.compile(r"^\s*(?:V/v|V\.v|Về\s+việc)\s*[:.]?\s*", re.IGNORECASE)

# Recipients (kính gửi): "Kính gửi:" alone, or "Kính gửi: Sở Tài chính."
RECIPIENTS_HEAD = re.compile(r"^\s*Kính\s*gửi\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# Copies (nơi nhận): "Nơi nhận:" (often bold or italic in OCR output).
CC_HEAD = re.compile(r"^\s*Nơi\s*nhận\s*:?\s*(?P<rest>.*)$", re.IGNORECASE)
# A list item: "- Thủ trưởng các sở ngành;", "+ …", "• …".
LIST_ITEM = re.compile(r"^\s*[-–+•]\s*(?P<text>.*)$")

# --- signature block ----------------------------------------------------------------------------
# Signing authority (thẩm quyền ký): "TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "TL. GIÁM ĐỐC".
AUTHORITY_LINE = re.compile(r"^\s*(?P<kind>TM|KT|Q|TL|TUQ)\s*\.\s*(?P<who>\S.*)$")
# Positions (chức vụ) that stand alone as the signer's title: "PHÓ CHỦ TỊCH", "GIÁM ĐỐC".
POSITIONS = (
    "chủ tịch", "giám đốc", "chánh văn phòng", "chánh thanh tra", "trưởng ban", "trưởng phòng",
    "bí thư", "bộ trưởng", "thứ trưởng", "thủ tướng", "cục trưởng", "chi cục trưởng", "tổng cục trưởng",
    "viện trưởng", "hiệu trưởng", "trưởng đoàn", "thủ trưởng", "tổng giám đốc", "chủ nhiệm",
    "tổng thư ký", "trưởng khoa", "chỉ huy trưởng", "chánh án", "thường trực", "tỉnh trưởng",
)
POSITION_LINE = re.compile(r"^\s*(?:phó\s+)?(?:" + "|".join(POSITIONS) + r")\b", re.IGNORECASE)
# A person's name: 2–6 capitalised syllables, "Lâm Hoàng Nghiệp", "ĐẶNG VŨ BẰNG".
PERSON_NAME = re.compile(r"^\s*(?:[^\W\d_][^\W\d_]*\s+){1,5}[^\W\d_]+\s*$")
# Lines in a signature block that are not the name: "(Đã ký)", "(Ký, đóng dấu)", "Ký bởi: …".
SIGNATURE_NOISE = re.compile(r"^\s*\(?\s*(?:đã\s+ký|ký\b|đóng\s+dấu|ký\s+bởi)", re.IGNORECASE)

# --- footnotes ------------------------------------------------------------------------------------
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
# A footnote's text at the foot of a page: "¹ Tốc độ tăng trưởng kinh tế GRDP quý I …".
FOOTNOTE_TEXT = re.compile(r"^\s*(?P<marker>[" + SUPERSCRIPT_DIGITS + r"]+)\s*(?P<text>\S.*)$")
# Its marker in the body: "… đã đề ra¹.", "Nghị quyết số 63/NQ-CP của Chính phủ⁷".
FOOTNOTE_MARKER = re.compile(r"(?<=\S)[" + SUPERSCRIPT_DIGITS + r"]+")

# --- dates in running text --------------------------------------------------------------------------
# "ngày 14/12/2023", "ngày 20/2/2024", "27/12/2023", "ngày 07 tháng 7 năm 2021".
NUMERIC_DATE = re.compile(r"(?P<day>\d{1,2})\s*[/.-]\s*(?P<month>\d{1,2})\s*[/.-]\s*(?P<year>(?:19|20)\d{2})")
WORDS_DATE = re.compile(
    r"ngày\s+(?P<day>\d{1,2})\s+tháng\s+(?P<month>\d{1,2})\s+năm\s+(?P<year>(?:19|20)\d{2})",
    re.IGNORECASE,
)

# --- citations (văn bản dẫn chiếu) ------------------------------------------------------------------
# A document number: digits, then a code with at least one letter: "01/NQ-CP", "142/2024/QH15",
# "977-QĐ/TU", "24-NQ/TU", "09-CTr/TU", "01/Ctr-UBND", "98/BC-ĐGS", "539/TTg-QHĐP", "30c/NQCP",
# "285/CCTTHC". Not "62/63", "6,01%", "27/7/1947": their parts after the first have no letter.
DOC_NUMBER = r"\d{1,6}[a-zđ]?(?:/\d{4})?[/-](?=[\w/-]*[^\W\d_])[\w]+(?:[/-][\w]+)*"
# A footnote marker right after a number, as written ("63/NQ-CP⁷") or as Markdown ("63/NQ-CP[^7]").
# Bold or italics may close right after it: "**… số 09-CTr/TU** của Tỉnh ủy".
NOTE_REF = r"(?:\[\^\d+\]|[" + SUPERSCRIPT_DIGITS + "]+)?[*_]*"
# "Quyết định số 12689/QĐ-UBND", "Công văn 285/CCTTHC", "Chương trình hành động số 01/Ctr-UBND".
CITATION_HEAD = re.compile(
    r"(?P<type>" + TYPE_NAME + r")" + TYPE_QUALIFIERS + r"\s+(?:số\s*:?\s*)?(?P<number>" + DOC_NUMBER + ")"
    + NOTE_REF,
    re.IGNORECASE,
)
# A further number sharing the type: "Quyết định số 12689/QĐ-UBND, số 12699/QĐ-UBND ngày …".
CITATION_MORE_NUMBER = re.compile(r"\s*(?:,|và)\s*số\s+(?P<number>" + DOC_NUMBER + ")" + NOTE_REF)
# Its date: " ngày 14/12/2023", ", ngày 22/12/2022" (comma before the date).
CITATION_DATE = re.compile(r"\s*,?\s*ngày\s+" + NUMERIC_DATE.pattern + NOTE_REF, re.IGNORECASE)
# Its issuer: " của UBND tỉnh", " của Ban Thường vụ Tỉnh ủy", " của Chủ tịch Ủy ban nhân dân thị xã".
# It ends where running text goes on ("về …", "và Nghị quyết …", "thực hiện …") or at punctuation.
CITATION_ISSUER = re.compile(
    r"\s*,?\s*của\s+(?P<issuer>[^\s;,.()\[\]⁰¹²³⁴⁵⁶⁷⁸⁹:]+(?:\s+[^\s;,.()\[\]⁰¹²³⁴⁵⁶⁷⁸⁹:]+)*?)"
    r"(?=\s*(?:[;,.()\[\]:⁰¹²³⁴⁵⁶⁷⁸⁹]|$|\s(?:về|tại|ngày|và|theo|đã|nhằm|để|thực|trong|với|giao|"
    r"phân|phấn|đến|cho|trên|được|là|có|khi|gồm|năm|số|thì|nhưng|mà|do|nay|đối|kèm|hướng|quy|sửa|bãi)\b))",
)
# Its subject: " về ban hành Chương trình công tác năm 2024", up to ";" or a new sentence.
CITATION_SUBJECT = re.compile(
    r"\s*,?\s*(?:về\s+việc|về)\s+(?P<subject>[^;\n(]+?)(?=\s*(?:;|\.\s|\.$|$|\(|,\s*" + TYPE_NAME + r"))"
)
# What may stand between items of a list that share one "của …": ", " or " và ".
LIST_SEPARATOR = re.compile(r"^\s*(?:,|và|,\s*và)\s*$")

# --- issuers (cơ quan ban hành) ------------------------------------------------------------------
# Abbreviations expanded in issuer names: "UBND tỉnh" → "Ủy ban nhân dân tỉnh".
ISSUER_ABBREVIATIONS = {
    "UBND": "Ủy ban nhân dân",
    "HĐND": "Hội đồng nhân dân",
    "MTTQ": "Mặt trận Tổ quốc",
    "VP": "Văn phòng",
}
# Words that start a unit of administration in a header: "TỈNH SÓC TRĂNG", "HUYỆN TUY PHƯỚC".
LOCALITY_KINDS = ("thành phố", "thị xã", "thị trấn", "tỉnh", "huyện", "quận", "xã", "phường")
LOCALITY = re.compile(r"\b(?P<kind>" + "|".join(LOCALITY_KINDS) + r")\b", re.IGNORECASE)
# Words that start an organ's name in a header line: "SỞ TÀI CHÍNH", "UBND TỈNH X", "TỈNH ỦY".
ORGAN_START = re.compile(
    r"^\s*(?:ủy\s+ban|ubnd|hội\s+đồng|hđnd|sở|ban|văn\s+phòng|bộ|cục|chi\s+cục|tổng\s+cục|phòng|"
    r"thanh\s+tra|công\s+an|đoàn|trung\s+tâm|viện|trường|tỉnh\s+ủy|huyện\s+ủy|thị\s+ủy|thành\s+ủy|"
    r"đảng\s+ủy|đảng\s+bộ|ngân\s+hàng|kho\s+bạc|bảo\s+hiểm|mặt\s+trận|chính\s+phủ|quốc\s+hội|"
    r"thủ\s+tướng|bộ\s+chỉ\s+huy|ban\s+chỉ\s+huy|liên\s+đoàn|hội)\b",
    re.IGNORECASE,
)
# Canonical bodies known by the code in a number ("…/CT-TTg", "…/NQ-CP", "…/2024/QH15").
ISSUER_BY_CODE = {
    "TTG": "Thủ tướng Chính phủ",
    "CP": "Chính phủ",
    "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội",
    "UBTVQH": "Ủy ban Thường vụ Quốc hội",
    "TW": "Ban Chấp hành Trung ương",
    "BCT": "Bộ Công Thương",
    "BTC": "Bộ Tài chính",
    "BNV": "Bộ Nội vụ",
    "BYT": "Bộ Y tế",
    "BGDĐT": "Bộ Giáo dục và Đào tạo",
    "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BTNMT": "Bộ Tài nguyên và Môi trường",
    "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BXD": "Bộ Xây dựng",
    "BGTVT": "Bộ Giao thông vận tải",
    "BTTTT": "Bộ Thông tin và Truyền thông",
    "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BTP": "Bộ Tư pháp",
    "BKHCN": "Bộ Khoa học và Công nghệ",
    "BCA": "Bộ Công an",
    "BQP": "Bộ Quốc phòng",
    "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "TTCP": "Thanh tra Chính phủ",
}
