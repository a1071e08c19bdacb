"""Names of organs and positions as Vietnamese writes them in running text.

Headers print them in capitals ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"); the metadata gives them in
sentence case with proper names capitalised ("Ủy ban nhân dân tỉnh Sóc Trăng"), the way the letters
themselves write them in their text.
"""

from __future__ import annotations

import functools
import re
import unicodedata

from build_tools.gazetteer import gazetteer
from build_tools.patterns import (
    CENTRAL_ALIASES,
    CENTRAL_BY_FOLD,
    CENTRAL_CITIES,
    ISSUER_ABBREVIATIONS,
    LOCALITY,
    LOCALITY_KINDS,
    OCR_PHRASES,
    ORGAN_FIELDS,
    ORGAN_START,
    PARTY_COMMITTEE,
    PARTY_LEVEL_KIND,
    POSITION_FOLDED,
    POSITION_LINE,
    POSITIONS,
    PROTECTED_AREA,
    SOCIAL,
    SURNAMES,
    UNION_OF,
)
from build_tools.text import (
    LETTER_MARKS,
    capitalise_first,
    fix_lookalikes,
    fold,
    is_syllable,
    match_form,
    squash_spaces,
    title_words,
)

# Organs whose name is a proper noun wherever it stands: "Văn phòng Ủy ban nhân dân tỉnh".
_PROPER_ORGANS = ("ủy ban nhân dân", "hội đồng nhân dân", "quốc hội", "chính phủ", "mặt trận tổ quốc")
_PROPER_ORGAN_AT = re.compile("(?=" + "|".join(map(re.escape, _PROPER_ORGANS)) + ")")  # every start, one inside another
_WORD_START = re.compile(r"\b\w")
# Party committees named after their locality: "Tỉnh ủy Sóc Trăng", "Huyện ủy Tuy Phước".
# (and a youth union's, named after its place as a party committee is: "Thành đoàn Buôn Ma Thuột")
_PARTY_COMMITTEE = re.compile(r"\b(?:(?:tỉnh|huyện|thị|thành|quận|đảng) ủy|(?:tỉnh|huyện|thị|thành|quận) đoàn)\b")
_LOCALITY = re.compile(r"\b(?:" + "|".join(LOCALITY_KINDS) + r")\b")
# The places inside a commune, named after their kind as a commune is: "Chi bộ thôn Đồng Khê", "ấp Phước Trung".
_VILLAGE = re.compile(r"\b(?:(?<!nông )thôn|ấp|khóm|xóm|khu phố|tổ dân phố|tiểu khu)\b")  # not "nông thôn"
# "TP.HỒ CHÍ MINH": an abbreviation's dot with no space after it.
_GLUED_DOT = re.compile(r"\b(TP|TX|Tp)\.(?=\w)")
# Organ words after which the organ's own name starts with a capital: "Sở Tài chính",
# "Ban Thường vụ", "Phòng Tài chính - Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch" (not "phòng, chống dịch", nor
# "Kiểm nghiệm thuốc, mỹ phẩm, thực phẩm", nor "phòng, chống lụt, bão", nor "Cục Hộ tịch, quốc tịch, chứng thực", nor
# a purpose's "phòng chống thiên tai" written without its comma).
# A ministry's "Vụ Chính sách": "vụ" only first ("Trung tâm Dịch vụ việc làm").
_ORGAN_WORDS = ("sở", "bộ", "(?<!ủy )ban", "cục", r"phòng(?!\schống\b)", "trung tâm", "đoàn", "thanh tra", "viện",
               "đài", "quỹ", "trạm", "hạt", "^vụ", "^đội")
_CAPITALISE_AFTER = re.compile(
    r"(?:\b(?:" + "|".join(_ORGAN_WORDS) + r")\s|\s(?:và|-|–)\s"
    r"|,\s(?!(?:chống|mỹ phẩm|thực phẩm|giáo dục pháp luật|(?<=lụt, )bão|quốc tịch|chứng thực)\b))(?=\w)(?!"
    + _LOCALITY.pattern + "|" + _VILLAGE.pattern + r"|khu (?:kinh tế|công nghiệp)\b)"  # "các khu kinh tế và khu công …"
)
# A school and its level: "Trường Trung học phổ thông Diễn Châu 2", "Trường Tiểu học Kim Đồng"; a border post, named
# after its place as a school is: "Đồn Biên phòng Hòn Nghệ"; a regional university: "Đại học Huế".
_SCHOOL = re.compile(r"trường\s+(?P<level>(?:trung học phổ thông|trung học cơ sở|tiểu học|mầm non|phổ thông dân tộc"
                     r" nội trú|cao đẳng|đại học)\s+)?|đồn biên phòng\s+|đại học\s+(?!quốc gia\b)")  # "Đại học Huế"
# A company's legal form, then its name: "CÔNG TY TNHH MTV THOÁT NƯỚC HẢI PHÒNG" is the "Công ty TNHH MTV Thoát nước
# Hải Phòng", "CÔNG TY CỔ PHẦN CẤP NƯỚC …" the "Công ty cổ phần Cấp nước …".
_COMPANY_FORM = re.compile(r"công ty(?: (?:tnhh|trách nhiệm hữu hạn|cổ phần|cp|mtv|một thành viên|hai thành viên trở"
                           r" lên))+ (?=\w)")
# A school's trade union or youth union, named before the school: "Công đoàn Trường Đại học Tây Bắc"; written short
# over the school's name: "CĐ TRƯỜNG ĐẠI HỌC TÂY BẮC".
_UNION_OF_SCHOOL = re.compile(r"(?:công đoàn|ban chấp hành đoàn|đoàn) (?=trường |đại học )")
_UNION_SHORT = re.compile(r"^CĐ(?=\s+" + UNION_OF + ")")  # "CĐ GIÁO DỤC YÊN BÁI"


def _school_in(text: str) -> re.Match[str] | None:
    """A school opening a name (small letters), or after its union's: "công đoàn trường đại học tây bắc"."""
    return _SCHOOL.match(text, under.end() if (under := _UNION_OF_SCHOOL.match(text)) else 0)


_COLLEGE_OF_A_FIELD = re.compile(r"Trường (?:Cao đẳng|Đại học) (?:Sư phạm|Y tế|Cộng đồng|[Nn]ghề|Kinh tế - Kỹ thuật)")
_SCHOOL_LEVEL_ALONE = re.compile(r"^(?=(?:trung học phổ thông|trung học cơ sở) \S)")
# Phrases whose casing is fixed wherever they stand in an organ's name.
_FIXED_CASE = ("Thủ tướng Chính phủ", "Ban Thường trực Ủy ban", "Đoàn Chủ tịch Ủy ban Trung ương",
               "Mặt trận Tổ quốc Việt Nam", "Mặt trận Tổ quốc", "Đoàn đại biểu Quốc hội", "Ban Chấp hành Trung ương",
               "Ban Thường vụ", "Ngân hàng Chính sách xã hội", "Việt Nam", "Ban Chấp hành Đoàn", "Tỉnh Đoàn",
               "Thành Đoàn", "Huyện Đoàn",  # the youth union's committees: "Ban Chấp hành Đoàn thành phố …"
               "Tổng Liên đoàn Lao động", "Liên đoàn Lao động", "Hội Nông dân", "Hội Liên hiệp Phụ nữ",
               "Hội Cựu chiến binh", "Trung ương Đoàn", "Thanh niên Cộng sản Hồ Chí Minh", "Đại học Quốc gia",
               "Trung ương",  # mass organisations, as their charters write them
               "Kho bạc Nhà nước", "Ngân hàng Nhà nước",
               "Cơ quan Cảnh sát điều tra", "Cảnh sát điều tra", "Công an",  # the police's, as the Law names them
               "Bộ Chỉ huy Quân sự", "Ban Chỉ huy Quân sự", "Ủy ban Kiểm tra", "Quân khu", "Bộ Tư lệnh",
               "Đồn Biên phòng", "Sư phạm",  # a college's field: "Trường Cao đẳng Sư phạm"
               "Kinh tế - Kỹ thuật",  # … "Trường Cao đẳng Kinh tế - Kỹ thuật"
               "Khu Quản lý đường bộ",  # a road region's office: "Khu Quản lý đường bộ II"
               "Khu Quản lý giao thông đô thị",  # Hồ Chí Minh City's: "Khu Quản lý giao thông đô thị số 2"
               "Quản lý Khám, chữa bệnh",  # the Bộ Y tế's Cục
               "Hội đồng bồi thường, hỗ trợ và tái định cư",  # a district's council for land clearance
               "phòng, chống thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự",  # a province's Ban Chỉ huy
               "phòng, chống AIDS và phòng, chống tệ nạn ma túy, mại dâm",  # the steering boards' of each level
               "phòng cháy, chữa cháy và cứu nạn, cứu hộ", "phòng cháy, chữa cháy",  # the fire police's Phòng
               "Cảnh sát Phòng cháy và chữa cháy",  # a city's fire police: "… thành phố Hà Nội"
               "Phòng giao dịch",  # a bank's district office: "Phòng giao dịch Ngân hàng Chính sách xã hội huyện …"
               "Khối Doanh nghiệp", "Khối các cơ quan", "Cơ quan Chính quyền",  # the party's blocs
               "Bộ đội Biên phòng", "Thành phố Hồ Chí Minh",
               "Viện kiểm sát nhân dân", "Tòa án nhân dân", "Hội đồng Thẩm phán",  # as the laws on courts write them
               "Đảng bộ",  # "Ban Chấp hành Đảng bộ tỉnh …", as party documents write it
               "Ban Chỉ đạo Quốc gia", "Ủy ban An toàn giao thông Quốc gia", "Hội Chữ thập đỏ",
               "Ban Quản lý Khu kinh tế", "Phát triển quỹ đất", "Y tế", "rừng phòng hộ",
               # associations, as their charters write them
               "Hội Khuyến học", "Hội Luật gia", "Hội Người cao tuổi", "Liên minh Hợp tác xã",
               "Liên hiệp các Hội Khoa học và Kỹ thuật", "Hội Văn học Nghệ thuật",
               # the academies, as their charters write them, and a region their institutes study
               "Viện Hàn lâm Khoa học xã hội Việt Nam", "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", "Đông Nam Á")
# The Front's committee of a place is named with the country: "Ủy ban MTTQ tỉnh Hà Tĩnh" is the "Ủy ban Mặt trận Tổ
# quốc Việt Nam tỉnh Hà Tĩnh" (its charter's name).
_FRONT_IN_A_PLACE = re.compile(r"Mặt trận Tổ quốc(?= (?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn"
                               r"|đặc khu)\b)")
# Found in the name folded, so a scan's lost mark is mended too: "ỦY BAN MTTQ VIÊT NAM" → "… Việt Nam".
# (not a customs office's area: "Chi cục Hải quan khu vực VIII" folds to "hai quan khu vuc")
_FIXED = re.compile(r"\b(?:" + "|".join(re.escape(fold(phrase)) for phrase in _FIXED_CASE) + r")\b(?<!\bhai quan khu)")
_FIXED_BY_FOLD = {fold(phrase): phrase for phrase in _FIXED_CASE}
# An organ's field after its kind: "sở giáo dục và đào tạo" → "Giáo dục và Đào tạo".
_FIELD = re.compile(r"(?:(?<=\bsở )|(?<=\bbộ )|(?<=\bphòng )|(?<=\bcục )|(?<=\bban )|(?<=\btrạm )|(?<=\bhội đồng ))(?:"
                    + "|".join(re.escape(f.lower()) for f in ORGAN_FIELDS) + r")\b")
_FIELD_BY_LOWER = {field.lower(): field for field in ORGAN_FIELDS}
# A department's field with its "và" written as a hyphen: "PHÒNG GIÁO DỤC-ĐÀO TẠO" is the Phòng Giáo dục và Đào
# tạo (a council's "Ban Văn hóa - Xã hội" is named so).
def _field_written(field: str, joint: str, written: str, kinds: str = r"sở|phòng|bộ|cục") -> tuple[re.Pattern, str]:
    """A field after an organ's kind with its `joint` (" và ", " - ") written as the pattern `written` says."""
    parts = map(re.escape, field.lower().split(joint))
    after = "|".join(rf"(?<=\b{kind} )" for kind in kinds.split("|"))
    return re.compile(f"(?:{after})" + written.join(parts)), field.lower()


# (not a commune's "Phòng Văn hóa - Xã hội", so named, nor a province's "Chi cục Văn thư - Lưu trữ")
_FIELD_HYPHENS = [_field_written(field, " và ", r"\s*-\s*") for field in ORGAN_FIELDS
                  if " và " in field and "," not in field and field not in ("Văn hóa và Xã hội", "Văn thư và Lưu trữ")]
# A field's own hyphen a PDF lost, two spaces or one left where it stood: "PHÒNG TÀI CHÍNH  KẾ HOẠCH", "Bộ Lao động
# Thương binh và Xã hội" (a name found in running text, its spaces squashed), a council's "BAN VĂN HÓA XÃ HỘI", "Hội
# đồng Thi đua  Khen thưởng".
_FIELD_HYPHEN_LOST = [_field_written(field, " - ", r"\s*-?\s*", r"sở|phòng|bộ|cục|ban|hội đồng")
                      for field in ORGAN_FIELDS if " - " in field and "," not in field]
# Positions whose second word names an organ or is a title of its own: "Chánh Văn phòng", "Tổng Bí thư".
_POSITION_CASE = {"chánh văn phòng": "Chánh Văn phòng", "chánh thanh tra": "Chánh Thanh tra",
                  "tổng bí thư": "Tổng Bí thư", "tổng kiểm toán": "Tổng Kiểm toán",
                  "tổng thanh tra": "Tổng Thanh tra", "trưởng thuế tỉnh": "Trưởng Thuế tỉnh",
                  "trưởng thuế cơ sở": "Trưởng Thuế cơ sở", "trưởng thuế thành phố": "Trưởng Thuế thành phố"}


_ABBREVIATION = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, ISSUER_ABBREVIATIONS)) + r")(?!\w)")


@functools.lru_cache(maxsize=4096)  # a pure function of a header's or a closing's line, asked of it again and again
def expand_abbreviations(text: str) -> str:
    """"UBND tỉnh" → "Ủy ban nhân dân tỉnh", "HĐND" → "Hội đồng nhân dân", "ĐOÀN ĐBQH" → "ĐOÀN đại biểu Quốc hội"."""
    return _ABBREVIATION.sub(lambda m: ISSUER_ABBREVIATIONS[m.group()], _GLUED_DOT.sub(r"\1. ", text))


def _organ_phrases() -> dict[str, str]:
    """Folded → as written, of the phrases organs' names are made of; none that two phrases fold to."""
    phrases: dict[str, str | None] = {}
    for phrase in (*OCR_PHRASES, *CENTRAL_BY_FOLD.values(),
                   *(f"{kind} {field}" for field in ORGAN_FIELDS for kind in ("Sở", "Phòng"))):
        known = phrases.setdefault(fold(phrase), phrase.lower())
        phrases[fold(phrase)] = known if known == phrase.lower() else None
    return {key: phrase for key, phrase in phrases.items() if phrase}


_ORGAN_PHRASES = _organ_phrases()
_ORGAN_PHRASE = re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(_ORGAN_PHRASES, key=len, reverse=True)))
                           + r")(?!\w)")


@functools.lru_cache(maxsize=4096)
def mended_organ_words(text: str) -> str:
    """An organ's words whose tones OCR misread, as the phrase they fold to, in the case written: "UY BAN NHÂN DÂN"
    → "ỦY BAN NHÂN DÂN", "TINH ỦY" → "TỈNH ỦY", "BÔ TÀI CHÍNH" → "BỘ TÀI CHÍNH"."""
    folded = fold(text)
    if len(folded) != len(text):
        return text
    pieces, end = [], 0
    for found in _ORGAN_PHRASE.finditer(folded):
        phrase, written = _ORGAN_PHRASES[found.group()], text[found.start() : found.end()]
        if written.lower() != phrase and _may_be_misread(written.lower(), phrase):
            pieces += [text[end : found.start()], "".join(
                right.upper() if letter.isupper() else right for right, letter in zip(phrase, written, strict=True))]
            end = found.end()
    return "".join(pieces) + text[end:]


def _glued_parted(name: str) -> str:
    """Two words a copy ran together, each a syllable, the word none: told by the capital inside ("Ban Thường
    vụHuyện ủy" → "… vụ Huyện ủy", "ĐắkLắk"), or by the one place they part ("Hội Nông dânhuyện" → "… dân huyện")."""
    return _WORD.sub(lambda m: _parted(m.group()), name)


def run_together_parted(text: str) -> str:
    """Words a copy ran together in running text, parted where they part one way only into two syllables ("cá nhân
    kinh doanhtừ ngày" → "… kinh doanh từ ngày", "nông thônmới"); a word with a capital is left (a name: "bão Yagi",
    "VietGAP"); a word run into an opening quote ("Hội thi“Nhà nông đua tài”")."""
    text = _QUOTE_GLUED.sub(" ", text)
    return _WORD.sub(lambda m: _parted(word) if (word := m.group()).islower() else word, text)


_QUOTE_GLUED = re.compile(r"(?<=[^\W\d_])(?=“)")


@functools.lru_cache(maxsize=4096)
def _parted(word: str) -> str:
    if word.isupper() or is_syllable(word.lower()) or word.istitle() and fold(word) in _unit_name_words():
        return word  # (a unit's name in a minority's language: "Ea Yiêng" is no "Y iêng")
    cuts = [k for k in range(1, len(word)) if is_syllable(word[:k].lower()) and is_syllable(word[k:].lower())]
    at = [k for k in cuts if word[k - 1].islower() and word[k].isupper()] or cuts
    return f"{word[: at[0]]} {word[at[0]:]}" if len(at) == 1 else word


@functools.cache
def _unit_name_words() -> frozenset[str]:
    return frozenset(word for name in gazetteer().names for word in name.split())


_WORD = re.compile(r"[^\W\d_]{3,}")


def commune_spelled(issuer: str, parent: str | None) -> str:
    """A commune's name whose tone a scan misread, as its district spells it: "Ủy ban nhân dân xã Thanh Lợi" under
    "Ủy ban nhân dân huyện Bình Tân" is the committee of "xã Thành Lợi" (gazetteer.commune_in)."""
    commune = _COMMUNE_AT_END.search(issuer)
    district = parent and _DISTRICT_AT_END.search(parent)
    spelled = commune and district and gazetteer().commune_in(district.group("name"), commune.group("name"))
    return f"{issuer[: commune.start('name')]}{spelled}" if spelled else issuer


_COMMUNE_AT_END = re.compile(r"\b(?:xã|phường|thị trấn) (?P<name>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*)$")
_DISTRICT_AT_END = re.compile(r"\b(?:huyện|quận|thị xã|thành phố) (?P<name>[^\W\d_][^\W\d_ ]*(?: [^\W\d_]+)*)$")


def province_at_end(name: str) -> str | None:
    """The province's name (two or three words) a name ends with: "Kho bạc Nhà nước hà nam" → "hà nam"."""
    words = name.split()
    return next((" ".join(words[-size:]) for size in (3, 2) if len(words) > size
                 and gazetteer().is_province(" ".join(words[-size:]))), None)


def district_at_end(name: str) -> str | None:
    """The district's name (two or three words) a name ends with: "Kho bạc Nhà nước hải lăng" → "hải lăng"."""
    words = name.split()
    return next((" ".join(words[-size:]) for size in (3, 2) if len(words) > size
                 and gazetteer().provinces_above(" ".join(words[-size:]))), None)


_AND_MISREAD = re.compile(r"(?<!\w)(?:v[ảáạã]|V[ẢÁẠÃ])(?!\w)")  # no organ's name says "vả", "vá", "vạ" or "vã"
_QUOTED = re.compile(r"[\"“][^\"”\n]{3,120}[\"”]")
_DISEASE_HYPHEN_LOST = re.compile(r"\b(COVID|Covid)\s?19\b")
_FIRST_LETTER_LOST = re.compile(r"^(?:y ban (?=nhân|mttq|mặt trận|kiểm tra)|ội |iện (?=kiểm sát))")
_FIRST_LETTER_GIVEN = {"y": "ủy ban ", "ộ": "hội ", "i": "viện "}


@functools.lru_cache(maxsize=4096)  # a pure function of the name: a letter names its organs again and again
def organ_name(written: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" → "Ủy ban nhân dân tỉnh Sóc Trăng"; "UBND tỉnh" expanded; a place's
    name that OCR ran into one word spaced again ("HUYỆN ỦY CƯJÚT" → "Huyện ủy Cư Jút")."""
    # "Bộ Kế hoạch & đầu tư" is the Bộ Kế hoạch và Đầu tư; "HÐND" (a look-alike "Ð") the HĐND; a copy's lost hyphen
    # in a steering board's disease: "COVID19" is COVID-19.
    written = _DISEASE_HYPHEN_LOST.sub(r"\1-19", written)
    written = _AND_MISREAD.sub(lambda m: "VÀ" if m.group().isupper() else "và", written)  # OCR's "HĐND VẢ UBND"
    written = _UNION_SHORT.sub("CÔNG ĐOÀN", written)  # "CĐ TRƯỜNG ĐẠI HỌC TÂY BẮC": the school's trade union; a
    # sector's: "CĐ GIÁO DỤC YÊN BÁI"
    text = expand_abbreviations(_glued_parted(fix_lookalikes(written)))
    text = squash_spaces(match_form(mended_organ_words(text))).lower().replace(" & ", " và ")
    text = _DISASTER_TASKS.sub(_disaster_tasks, text)
    # "Bộ Văn hóa - Thông tin" (until 2007) is named with its hyphen
    hyphens = _FIELD_HYPHENS if "-" in text and fold(text) not in CENTRAL_BY_FOLD else []
    for hyphened, field in hyphens + _FIELD_HYPHEN_LOST:
        text = hyphened.sub(field, text)
    text = re.sub(r"^\d{1,3}\.\s+", "", text)  # "1. ỦY BAN …": a document-sharing site's page number
    text = text.removesuffix(".")  # a post that typed the header again as sentences: "UBND XÃ THIỆU GIAO. Số: …"
    text = _SCHOOL_LEVEL_ALONE.sub("trường ", text)  # "THPT HUỲNH NGỌC HUỆ": a school a scan lost its "TRƯỜNG" from
    # "Y BAN NHÂN DÂN", "Y BAN MTTQ VIỆT NAM", "ỘI CHỮ THẬP ĐỎ VIỆT NAM", "IỆN KIỂM SÁT": a copy lost the first letter
    text = _FIRST_LETTER_LOST.sub(lambda m: _FIRST_LETTER_GIVEN[m.group()[0]], text)
    text = _UNIT_WORD_SLIP.sub(_unit_word_mended, text)
    text = _COMMUNE_WORD_SLIP.sub(lambda m: _COMMUNE_KINDS.get(fold(m.group()), m.group()), text)
    parties = list(_PARTY_COMMITTEE.finditer(text))
    fields = list(_FIELD.finditer(text))  # "Lao động - Thương binh và Xã hội": its "xã" is no commune
    taken = {i for m in parties + fields + list(SOCIAL.finditer(text)) for i in range(m.start(), m.end())}
    localities = [m for m in (*_LOCALITY.finditer(text), *_VILLAGE.finditer(text)) if m.start() not in taken]
    # The proper name after the last locality word (or party committee) is capitalised word by word.
    # "trường trung học phổ thông diễn châu 2": its name after its level; a school's trade union or youth union
    # before it ("công đoàn trường đại học tây bắc")
    school = _school_in(text) or PROTECTED_AREA.search(text)
    name_start = max([m.end() for m in localities + parties], default=school.end() if school else len(text))
    spaced = re.sub(r"\w{4,}", lambda m: gazetteer().spaced(m.group()) or m.group(), text[name_start:])
    text = text[:name_start] + spaced
    caps = {0}
    # A steering board's purpose after "về" is running text: "Ban Chỉ đạo Trung ương về phát triển khoa học, …"
    purpose = text.find(" về ")
    caps.update(m.end() for m in _CAPITALISE_AFTER.finditer(text, 0, purpose if purpose > 0 else name_start))
    caps.update(m.start() for m in _PROPER_ORGAN_AT.finditer(text))
    caps.update(p.start() for p in parties)
    caps.update([school.start("level")] if school and school.groupdict().get("level") else [])
    caps.update([school.start()] if school else [])
    caps.update([company.end()] if (company := _COMPANY_FORM.match(text)) else [])
    caps.update(m.start() for m in _WORD_START.finditer(text, name_start))
    named = "".join(c.upper() if i in caps else c for i, c in enumerate(text))
    for field in fields:  # the field as the name writes it: "Văn hóa, Thể thao và Du lịch"
        named = named[: field.start()] + _FIELD_BY_LOWER[field.group()] + named[field.end() :]
    rest = named[fields[-1].end() :].strip() if fields else ""
    if rest and gazetteer().is_province(rest):  # "SỞ GD&ĐT NGHỆ AN": its province, named as a unit
        named = named[: fields[-1].end()] + " " + province_unit(title_words(rest))
    elif rest and (district := gazetteer().district_unit(title_words(rest))):  # "PHÒNG GD&ĐT LỤC NAM"
        named = named[: fields[-1].end()] + " " + district
    elif not localities and not parties and (place := province_at_end(named) or district_at_end(named)):
        named = named[: -len(place)] + title_words(place)  # "KBNN HÀ NAM", "KHO BẠC NHÀ NƯỚC HẢI LĂNG"
    named = _PROVINCE_AFTER_KIND.sub(_province_spelled, _with_fixed_case(named))
    named = _FRONT_IN_A_PLACE.sub("Mặt trận Tổ quốc Việt Nam", named)
    named = re.sub(r"\bquận (?=\d)", "Quận ", named)  # a numbered district: "Ủy ban nhân dân Quận 3"
    if zone := _ZONE.search(named):  # "Ban Quản lý Khu kinh tế Vân Phong": the zone's name is a proper name
        kind = zone.group("kind").lower()
        named = (f"{named[: zone.start()]}{'khu' if kind == 'vực' else 'Khu'} {kind} "
                 + re.sub(r"[^\W\d_]+", _zone_word if kind == "vực" else lambda m: m.group().capitalize(),
                          zone.group("name")))
    acronyms = _acronyms(written)
    named = _ACRONYM.sub(lambda m: m.group().upper() if m.group().upper() in acronyms else m.group(), named)
    for quoted in _QUOTED.finditer(written):  # a movement's name in quotes, as written: "… phong trào "Toàn dân …""
        at = fold(named).find(fold(quoted.group()))
        named = named[:at] + quoted.group() + named[at + len(quoted.group()):] if at >= 0 else named
    # A central body named whole as bodies.yaml writes it: "CỤC QUẢN LÝ DƯỢC" is the "Cục Quản lý Dược" (word by
    # word the rules would give "Ủy ban dân tộc" for the "Ủy ban Dân tộc").
    return CENTRAL_BY_FOLD.get(fold(named), named)



# A disaster command's tasks its abbreviations join with a dash: "BCH PCTT-TKCN" is the "Ban Chỉ huy phòng, chống
# thiên tai và tìm kiếm cứu nạn", "… PCTT-TKCN và PTDS" the "… thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự".
_DISASTER_TASKS = re.compile(r"thiên tai\s*-\s*tìm kiếm cứu nạn(?P<defence> và phòng thủ dân sự)?")


def _disaster_tasks(match: re.Match) -> str:
    return "thiên tai, tìm kiếm cứu nạn và phòng thủ dân sự" if match["defence"] else "thiên tai và tìm kiếm cứu nạn"


# A unit's word whose tone OCR misread, before a place's name: "CÔNG AN TINH QUẢNG BÌNH", "HUYÊN ĐỨC TRỌNG".
_UNIT_WORD_SLIP = re.compile(r"\b(?!tỉnh |huyện )(?P<word>t[iìíỉĩị]nh|huy[eêèéẻẽẹềếểễệ]n) (?P<place>\S+(?: \S+){1,4})")

# A commune's kind whose tone OCR misread, after its committee or party committee: "Đảng ủy phưởng" (its place left
# for the reader to know).
_COMMUNE_WORD_SLIP = re.compile(r"(?:(?<=đảng ủy )|(?<=nhân dân ))[^\W\d_]+\b")
_COMMUNE_KINDS = {"phuong": "phường", "xa": "xã"}


def _unit_word_mended(slip: re.Match) -> str:
    place, words = slip.group("place"), slip.group("place").split()
    for size in (5, 3, 2):  # "bà rịa - vũng tàu", "thừa thiên huế", "hà nam"
        name = " ".join(words[:size])
        if slip.group("word")[0] == "t" and gazetteer().is_province(name):
            return f"tỉnh {place}"
        if slip.group("word")[0] == "h" and gazetteer().provinces_above(name):
            return f"huyện {place}"
    return slip.group()


# A province's name after its kind, its marks as the dataset's where OCR lost some: "tỉnh Quảng Tri" is tỉnh Quảng Trị,
# "tỉnh Tiên Giang" tỉnh Tiền Giang (the name's first words: "tỉnh Quảng Tri Ban …" keeps the rest).
# … and a district named as its province, its tone a scan misread: "huyện Điên Biên" is "huyện Điện Biên" (a district's
# name alone may fold as a commune's: "Tiên Yên", "Tiền Yên").
_PROVINCE_AFTER_KIND = re.compile(r"(?:(?<=\btỉnh )|(?<=\bhuyện ))[^\W\d_]+(?: [^\W\d_]+){0,3}")


def _province_spelled(words: re.Match) -> str:
    written = words.group().split(" ")
    for size in range(len(written), 0, -1):
        name = " ".join(written[:size])
        spelled = gazetteer().province_spelled(name)
        if spelled and len(spelled) == len(name) and _may_be_misread(name, spelled):
            return " ".join([spelled, *written[size:]])
    return words.group()


def _may_be_misread(written: str, phrase: str) -> bool:
    """OCR lost or changed tones, or lost a letter's mark, never gave a letter another's: "VÂN PHONG" is a place, not a
    "VĂN PHÒNG"."""
    return all(set(unicodedata.normalize("NFD", w)) & LETTER_MARKS <= set(unicodedata.normalize("NFD", r))
               for w, r in zip(written, phrase, strict=True))


def _with_fixed_case(named: str) -> str:
    """Each phrase of _FIXED_CASE in the name as the phrase writes it (fold keeps the length, so spans carry over)."""
    pieces, end = [], 0
    for m in _FIXED.finditer(fold(named)):
        pieces += [named[end : m.start()], _FIXED_BY_FOLD[m.group()]]
        end = m.end()
    return "".join(pieces) + named[end:]


# A word in capitals that no syllable spells and no abbreviation of bodies.yaml reads out, kept in capitals: "ODA",
# "CNTT" ("Ban Quản lý các dự án ODA"); "HÀ" or "SỞ" are syllables, "JÚT" and "LẮK" carry marks (names of places:
# "Cư Jút"), and take the name's casing.
_ACRONYM = re.compile(r"[^\W\d_](?:[^\W_]|&)+")


def _acronyms(written: str) -> set[str]:
    return {word for word in _ACRONYM.findall(expand_abbreviations(written))
            if word.isupper() and fold(word) == word.lower().replace("đ", "d") and not is_syllable(word.lower())}


# Organs that are a part of their parent and take its whole name: "Văn phòng Ủy ban nhân dân tỉnh X",
# "Thường trực Hội đồng nhân dân tỉnh X", "Ban Thường vụ Tỉnh ủy X".
_PART_OF_PARENT = re.compile(r"^(?:văn phòng(?!\s+(?:đăng\s+ký|công\s+chứng|luật\s+sư))|thường trực|ban thường vụ"
                             r"|ban chấp hành|cơ quan (?:cảnh sát|an ninh) điều tra)\b",
                             re.IGNORECASE)  # a "Văn phòng Đăng ký đất đai" is a unit of its own
# A unit naming its parent by its kind alone: "Thanh tra Sở", "Văn phòng Bộ", "Văn phòng Cục".
_UNIT_NAMED_BY_KIND = re.compile(r"^(?P<unit>.+?)\s+(?P<kind>sở|bộ|cục)$", re.IGNORECASE)
# Parents whose every unit takes their whole name: "Phòng Cảnh sát giao thông Công an tỉnh Quảng Bình", "Đội Quản lý
# thị trường số 5 Cục Quản lý thị trường tỉnh Đồng Nai".
_PARENT_NAMES_ITS_UNITS = re.compile(r"^(?:công an|cục quản lý thị trường)\b", re.IGNORECASE)
# Parents each "Ban …" (and a party committee's "Ủy ban Kiểm tra") under which is their own: "Ban Tuyên giáo Tỉnh
# ủy X", "Ban Pháp chế Hội đồng nhân dân tỉnh X", "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh X".
_COUNCIL_OR_PARTY = re.compile(
    r"^(?:hội đồng nhân dân|(?:tỉnh|huyện|thị|thành|quận) ủy|đảng ủy|đoàn đại biểu|ủy ban mặt trận)", re.IGNORECASE)
# The unit a name ends with: "… tỉnh Gia Lai", "… Thành phố Hồ Chí Minh", "… huyện Đức Trọng".
# A party committee named by its level alone, or a body named after it so, and the party organisation above it that
# names the place: "THÀNH ỦY" under "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ" is "Thành ủy Cần Thơ"; "HUYỆN ỦY" under "ĐẢNG BỘ
# HUYỆN …"; "UỶ BAN KIỂM TRA TỈNH UỶ" under "ĐẢNG BỘ TỈNH THANH HOÁ" is "Ủy ban Kiểm tra Tỉnh ủy Thanh Hóa".
_BARE_COMMITTEE = re.compile(r"(?:^|\s)(tỉnh|huyện|thị|thành|quận) ủy$", re.IGNORECASE)
# A province's party committee of a bloc, under "ĐẢNG BỘ TỈNH …": "ĐẢNG ỦY KHỐI DOANH NGHIỆP".
_BLOC_COMMITTEE = re.compile(r"đảng ủy (?:khối|cơ quan)\b", re.IGNORECASE)  # "… Cơ quan Chính quyền huyện …" too
_PARTY_BODY = re.compile(r"đảng bộ (?P<level>tỉnh|huyện|thị xã|thành phố|quận) (?P<name>\S.*)$", re.IGNORECASE)
def _zone_word(word: re.Match) -> str:
    """A word of an area's name: "Bến Cát", and a region's Roman numeral, "khu vực XI"."""
    roman = re.fullmatch(r"[ivx]{1,4}", word.group(), re.IGNORECASE)
    return word.group().upper() if roman else word.group().capitalize()


# An economic or industrial zone named after its place: "khu kinh tế vân phong", "khu công nghiệp Quế Võ" (not
# "các khu công nghiệp tỉnh …", nor "các khu kinh tế và khu công nghiệp").
_ZONE = re.compile(r"\bkhu\s+(?P<kind>kinh\s+tế|công\s+nghiệp|chế\s+xuất|công\s+nghệ\s+cao|vực)\s+"
                   r"(?!(?:các|tỉnh|thành|huyện|trên|và)\b)(?P<name>[^\W\d_]+(?:\s+(?:-\s+)?[^\W\d_]+){0,5}|\d{1,2})$",
                   re.IGNORECASE)  # a tax office's area: "Chi cục Thuế khu vực Bến Cát - Bàu Bàng", "… khu vực 2"
# A central body's base office since 2025, named by its former district or a number: "Bảo hiểm xã hội cơ sở Krông
# Pắc", "Thuế cơ sở 3", "Thống kê cơ sở Diễn Châu".
_BASE_OFFICE = re.compile(r"\b(?:thuế|thống kê|bảo hiểm xã hội)\s+cơ\s+sở\s+\S", re.IGNORECASE)
# A border gate's customs office names its place: "Chi cục Hải quan cửa khẩu Móng Cái".
_BORDER_GATE = re.compile(r"\bcửa\s+khẩu\s+[^\W\d_]", re.IGNORECASE)
# A body's branch in a province, named after the body without its country: "Ngân hàng Nhà nước chi nhánh tỉnh
# Quảng Bình" under "NGÂN HÀNG NHÀ NƯỚC VIỆT NAM" / "CHI NHÁNH TỈNH QUẢNG BÌNH".
_BRANCH = re.compile(r"^chi nhánh\b", re.IGNORECASE)
_BANK_OFFICE = re.compile(r"^phòng giao dịch\b", re.IGNORECASE)
_BRANCH_OF = re.compile(r"^(?P<bank>.+?) chi nhánh\b", re.IGNORECASE)  # "Ngân hàng Chính sách xã hội chi nhánh tỉnh …"
_NATIONAL = re.compile(r"\s+Việt Nam$")
_PLACE = re.compile(r"\b(?:" + "|".join(LOCALITY_KINDS) + r")\s+\S.*$", re.IGNORECASE)
# (not a cooperative's "Hợp tác xã": "Liên minh Hợp tác xã" under "UBND TỈNH ĐỒNG THÁP" is "… tỉnh Đồng Tháp")
_BARE_PLACE = re.compile(r"\b(?<!tác )(?:" + "|".join(LOCALITY_KINDS) + r")$", re.IGNORECASE)


_CITIES = {match_form(name).lower() for name in CENTRAL_CITIES}
_NAMED_WITH_ITS_KIND = fold("Hồ Chí Minh")  # the city's name is "Thành phố Hồ Chí Minh"


def province_unit(province: str) -> str:
    """"Gia Lai" → "tỉnh Gia Lai"; "Hà Nội" → "thành phố Hà Nội" (a city under the centre); "Thành phố Hồ Chí
    Minh", whose kind is part of its name."""
    if fold(province) == _NAMED_WITH_ITS_KIND:
        return f"Thành phố {province}"
    return f"{'thành phố' if match_form(province).lower() in _CITIES else 'tỉnh'} {province}"


def locality_unit(level: str, name: str) -> str:
    """"huyện Tuy Phước", "thành phố Cà Mau", "Thành phố Hồ Chí Minh", "Quận 3" (a numbered district)."""
    if level == "thành phố" and fold(name) == _NAMED_WITH_ITS_KIND:
        return province_unit(name)
    return f"{level.capitalize() if name.isdigit() else level} {name}"


def party_place(province: str) -> str:
    """The province as its party committee's name gives it: "Gia Lai", "Thành phố Hồ Chí Minh"."""
    return province_unit(province) if fold(province) == _NAMED_WITH_ITS_KIND else province


def province_party_committee(province: str) -> str:
    """"Tỉnh ủy Gia Lai"; a city's is a Thành ủy: "Thành ủy Hà Nội", "Thành ủy Thành phố Hồ Chí Minh"."""
    level = "Thành ủy" if match_form(province).lower() in _CITIES else "Tỉnh ủy"
    return f"{level} {party_place(province)}"


_PARTY_CENTRE = CENTRAL_ALIASES["Ban Chấp hành Trung ương"]  # the party's central committee; its boards "… Trung ương"


# An election board's constituency after its place: "Ban bầu cử đại biểu Hội đồng nhân dân huyện Tam Dương đơn vị bầu cử
# số 2".
_CONSTITUENCY = re.compile(r"\s+đơn\s+vị\s+bầu\s+cử\s+số\s+\d+$", re.IGNORECASE)


def full_issuer(issuer: str, parent: str | None) -> str:
    """The issuer's full name, which lists, filters and the citation graph use: the header's last line
    completed from the line above ("Sở Tài chính" under "Ủy ban nhân dân tỉnh Gia Lai" → "Sở Tài chính
    tỉnh Gia Lai"; "Văn phòng" under it → "Văn phòng Ủy ban nhân dân tỉnh Gia Lai"; "Công an tỉnh" →
    "Công an tỉnh Gia Lai"). A name that already names its place stays as it is."""
    if issuer.startswith("Báo ") or (area := PROTECTED_AREA.search(issuer)) and not _PLACE.search(
            issuer, area.end()):
        return issuer  # a newspaper's name is its own ("Báo Kon Tum" under the "Tỉnh ủy Kon Tum"), a protected area's
        # too ("Ban Quản lý Khu bảo tồn thiên nhiên Hòn Bà" under the province's Sở)
    if constituency := _CONSTITUENCY.search(issuer):  # "BAN BẦU CỬ ĐẠI BIỂU HĐND HUYỆN" / "ĐƠN VỊ BẦU CỬ SỐ 2"
        return f"{full_issuer(issuer[: constituency.start()], parent)} {constituency.group().strip().lower()}"
    if parent and (executive := _EXECUTIVE_AT_PLACE.match(issuer)) and (union := _NATIONAL_UNION.match(parent)):
        return f"{executive.group()}{union.group('union')} {issuer[executive.end():]}"
    committee = _BARE_COMMITTEE.search(issuer)
    if committee and parent and (place := _PARTY_BODY.match(parent)):  # "THÀNH ỦY" under "ĐẢNG BỘ THÀNH PHỐ CẦN THƠ"
        return f"{issuer} {place.group('name')}" if place.group("level").lower().startswith(
            committee.group(1).lower()) else issuer
    if parent and _BLOC_COMMITTEE.match(issuer) and (place := _PARTY_BODY.match(parent)):
        # "… Khối Doanh nghiệp tỉnh Quảng Trị"; "… Khối các cơ quan tỉnh" ends with its level, or its place already
        level, name = place.group("level").lower(), place.group("name")
        if fold(issuer).endswith(" " + fold(name)):
            return issuer
        return f"{issuer} {name}" if fold(issuer).endswith(" " + fold(level)) else f"{issuer} {level} {name}"
    if parent and (unit := _UNIT_NAMED_BY_KIND.match(issuer)) and parent.lower().startswith(unit["kind"].lower() + " "):
        return f"{unit['unit']} {parent}"  # "THANH TRA SỞ" under "SỞ Y TẾ THÁI BÌNH": Thanh tra Sở Y tế tỉnh Thái Bình
    if parent and fold(issuer) == "thanh tra" and fold(parent).startswith(("so ", "bo ")):
        return f"{issuer} {parent}"  # "THANH TRA" alone under "SỞ GD&ĐT ĐẮK LẮK": the department's inspectorate
    if parent == _PARTY_CENTRE and issuer.lower().startswith("ban "):  # "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN DÂN VẬN"
        return f"{issuer} Trung ương"
    if parent and (office := _BANK_OFFICE.match(issuer)) and (branch := _BRANCH_OF.match(parent)):
        # "PHÒNG GIAO DỊCH HUYỆN HỒNG DÂN" under the bank's branch: "Phòng giao dịch Ngân hàng Chính sách xã hội huyện
        # Hồng Dân"
        return f"{office.group()} {branch['bank']}{issuer[office.end():]}"
    if parent and _BRANCH.match(issuer):  # "Chi nhánh tỉnh Quảng Bình" of "Ngân hàng Nhà nước Việt Nam"
        named = issuer[_BRANCH.match(issuer).end() :].strip()
        if ORGAN_START.match(named) and _PLACE.search(named):  # "CHI NHÁNH VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI HUYỆN TRẢNG BOM"
            return f"Chi nhánh {capitalise_first(named)}"  # names itself whole
        placed = _PLACE.search(parent, _field_end(parent))
        if placed and (district := gazetteer().district_unit(issuer[_BRANCH.match(issuer).end():].strip())):
            # a provincial office's branch in a district: "CHI NHÁNH CHÂU THÀNH" under "VP ĐĂNG KÝ ĐẤT ĐAI TỈNH BẾN
            # TRE" is the "Chi nhánh Văn phòng Đăng ký đất đai huyện Châu Thành"
            return f"Chi nhánh {parent[: placed.start()].strip()} {district}"
        if _PLACE.match(named) and not _NATIONAL.search(parent) and not parent.startswith("Ngân hàng"):
            # a provincial office's branch named by its district's kind and name: "CHI NHÁNH THÀNH PHỐ QUẢNG NGÃI"
            # under the "Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi" is the "Chi nhánh Văn phòng Đăng ký đất đai thành
            # phố Quảng Ngãi" (a bank's is named after the bank: "Ngân hàng Chính sách xã hội chi nhánh tỉnh …")
            return f"Chi nhánh {parent[: placed.start()].strip() if placed else parent} {named}"
        return f"{_NATIONAL.sub('', parent)} {issuer[0].lower()}{issuer[1:]}"
    if parent and _COLLEGE_OF_A_FIELD.fullmatch(issuer) and (found := _PLACE.search(parent, _field_end(parent))):
        # a province's college named by its field alone takes the province's name: "TRƯỜNG CAO ĐẲNG SƯ PHẠM" under
        # "UBND TỈNH NINH THUẬN" is the Trường Cao đẳng Sư phạm Ninh Thuận
        return f"{issuer} {LOCALITY.sub('', found.group(), count=1).strip()}"
    # a party committee names its place, unless named by its level alone: "ĐẢNG ỦY CÔNG AN" / "HUYỆN"
    committee = _PARTY_COMMITTEE.search(issuer.lower()) and not _BARE_PLACE.search(issuer)
    if committee and parent and _PARTY_OF_DEPARTMENT.match(issuer) and not _PLACE.search(issuer) and (
            found := _PLACE.search(parent)):
        return f"{issuer} {found.group()}"  # "ĐẢNG ỦY SỞ TÀI CHÍNH" under "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH YÊN BÁI"
    if (not parent or committee or _PLACE.search(issuer, _field_end(issuer)) or _VILLAGE.search(issuer.lower())
            or _ZONE.search(issuer) or _BORDER_GATE.search(issuer) or _BASE_OFFICE.search(issuer)
            # "Ban Quản lý Khu kinh tế Vân Phong", "Bảo hiểm xã hội cơ sở Krông Pắc" (2025) name their
            # place
            or _school_in(issuer.lower())  # a school's name is its own, as a company's is
            or issuer.lower().startswith("công ty")):
        return issuer
    found = _PLACE.search(parent, _field_end(parent))  # "Bộ Lao động - Thương binh và Xã hội": no commune there
    if _PART_OF_PARENT.match(issuer) or _PARENT_NAMES_ITS_UNITS.match(parent) or (_COUNCIL_OR_PARTY.match(parent)
                                         and issuer.lower().startswith(("ban ", "ủy ban kiểm tra"))):
        organ = parent[: found.start()].strip() if found else parent
        if found and issuer.lower().endswith(" " + organ.lower()):  # "Văn phòng HĐND và UBND" / "UBND HUYỆN X"
            return f"{issuer} {found.group()}"
        return f"{issuer} {parent}"
    place = found.group() if found else _party_place(parent)
    name = LOCALITY.sub("", place, count=1).strip() if place else None  # "thành phố Đà Nẵng" → "Đà Nẵng"
    if not place or fold(issuer).endswith(" " + fold(name)):
        return issuer  # "Bệnh viện Phổi Hà Tĩnh" under "SỞ Y TẾ HÀ TĨNH", "Bảo tàng Đà Nẵng" under its city's Sở
    if _BARE_PLACE.search(issuer) or _NAMED_BY_PLACE_ALONE.match(issuer):
        return f"{issuer} {name}"  # "Công an thành phố": the place's name only; a province's station
    if (district := _district_named(issuer, name)) is not None:
        return district  # "TRUNG TÂM Y TẾ CẦN GIUỘC" under "SỞ Y TẾ LONG AN": the district's, named with its kind
    return f"{issuer} {place}"


# A department's party committee, named as the department is, its province's name left to the line above.
_PARTY_OF_DEPARTMENT = re.compile(r"Đảng ủy (?:Sở|Cục|Chi cục|Ban|Văn phòng|Thanh tra|Kho bạc|Bảo hiểm xã hội)\b")


# A mass organisation's executive committee at a level, under the organisation's national name: "BCH TỈNH KON TUM"
# under "HỘI NÔNG DÂN VIỆT NAM" is the Ban Chấp hành Hội Nông dân tỉnh Kon Tum.
_EXECUTIVE_AT_PLACE = re.compile(r"Ban Chấp hành (?=(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn) )")
_NATIONAL_UNION = re.compile(r"(?P<union>(?:Hội|Công đoàn)\b.*?) Việt Nam$")


def _district_named(issuer: str, province: str) -> str | None:
    """A district's unit under its province's department, named by the district alone: "Trung tâm Y tế Cần Giuộc" →
    "Trung tâm Y tế huyện Cần Giuộc" (not a region's: "Bệnh viện Đa khoa khu vực Cai Lậy", nor a border gate's: "Chi
    cục Hải quan cửa khẩu Móng Cái")."""
    found = district_ending(issuer, province)
    if not found or _REGION_BEFORE.search(issuer[: -len(found[0])]):
        return None
    return f"{issuer[: -len(found[0])]}{found[1]}"


def district_ending(name: str, province: str | None) -> tuple[str, str] | None:
    """The province's district a name ends with, and its unit: "Kho bạc Nhà nước Lý Nhân", "Hà Nam" → ("Lý Nhân",
    "huyện Lý Nhân"); None where the name ends with none of its districts."""
    district = district_at_end(name)
    if not district or province not in gazetteer().provinces_above(district):
        return None
    unit = gazetteer().district_unit(district)
    return (district, unit) if unit else None


# (… nor a 2025 base office named after its former district: "Bảo hiểm xã hội cơ sở Krông Pắc")
_REGION_BEFORE = re.compile(r"\b(?:khu vực|cửa khẩu|cơ sở)\s*$", re.IGNORECASE)


# A province's station is named after the province without its kind: "Đài Phát thanh và Truyền hình Khánh Hòa".
_NAMED_BY_PLACE_ALONE = re.compile(r"đài phát thanh(?:\s+và|\s*-)?\s+truyền hình$", re.IGNORECASE)


def is_branch(name: str | None) -> bool:
    """"Chi nhánh tỉnh Bạc Liêu": a national body's branch, named by its place alone."""
    return bool(name and _BRANCH.match(name))


def named_with_kind(issuer: str, province: str) -> str | None:
    """A body named after its province alone, with the province's kind as some letters write it: "Đài Phát thanh và
    Truyền hình tỉnh Phú Yên"; None for other names."""
    body = issuer.removesuffix(" " + province)
    return f"{body} {province_unit(province)}" if body != issuer and _NAMED_BY_PLACE_ALONE.match(body) else None


def _field_end(name: str) -> int:
    """Where an organ's field ends in its name ("Sở Lao động - Thương binh và Xã hội", "… quản lý hành chính về trật
    tự xã hội": its "xã" is no commune): a place is looked for after it."""
    field = _FIELD.search(match_form(name).lower())
    return max([field.end() if field else 0, *(social.end() for social in SOCIAL.finditer(name))])


def _party_place(parent: str) -> str | None:
    """"Tỉnh ủy Cà Mau" → "tỉnh Cà Mau", "Huyện ủy Núi Thành" → "huyện Núi Thành"."""
    party = PARTY_COMMITTEE.match(parent)
    if not party or not party.group("name"):
        return None
    return f"{PARTY_LEVEL_KIND[party.group('level').lower()]} {party.group('name')}"


def is_position(text: str) -> bool:
    """A signer's title ("PHÓ CHỦ TỊCH"), or one whose tones OCR misread ("PHÓ CHỦ TICH"); not a name that folds
    as a title does ("VŨ TRƯỜNG GIANG" as "vụ trưởng")."""
    if POSITION_LINE.match(text):
        return True
    words = text.split()
    return bool(words) and words[0].lower() not in SURNAMES and bool(POSITION_FOLDED.match(fold(text)))


_POSITIONS_LONGEST_FIRST = sorted(POSITIONS, key=len, reverse=True)


def position_name(written: str) -> str:
    """"PHÓ CHÁNH VĂN PHÒNG" → "Phó Chánh Văn phòng"; "CHỦ TỊCH" → "Chủ tịch"; OCR's "PHO CHỦ TICH" → "Phó Chủ tịch"."""
    text = squash_spaces(match_form(written)).lower()
    deputy = fold(text).startswith("pho ")
    rest = text[4:] if deputy else text
    position = (next((name for name in _POSITIONS_LONGEST_FIRST if rest.startswith(name)), None)
                or next((name for name in _POSITIONS_LONGEST_FIRST if fold(rest).startswith(fold(name))), None))
    if position is None:
        return ("Phó " if deputy else "") + capitalise_first(rest)
    tail = rest[len(position) :].strip()
    rest = _POSITION_CASE.get(position, capitalise_first(position))
    if re.match(r"[-–]\s", tail):  # a second position: "Phó Chỉ huy trưởng - Tham mưu trưởng"
        rest += f" {tail[0]} {position_name(tail[2:])}"
    elif tail.startswith(","):  # held together: "BỘ TRƯỞNG, CHỦ NHIỆM" (Văn phòng Chính phủ)
        rest += ", " + position_name(tail[1:].strip())
    elif tail in ("chuyên trách", "phụ trách"):  # how it is held: "Phó Trưởng đoàn chuyên trách" (but "Phó Bí
        # thư Thường trực", as the party writes it)
        rest += " " + tail
    elif tail:
        rest += " " + _abbreviations_kept(organ_name(tail), written)
    return ("Phó " if deputy else "") + rest


def _abbreviations_kept(name: str, written: str) -> str:
    """The abbreviations a title's organ is written with, kept as written: "THƯỜNG TRỰC HĐND" is "Thường trực HĐND"."""
    kept = {word for word in written.split() if word in ISSUER_ABBREVIATIONS}
    return _WORD.sub(lambda m: m.group().upper() if m.group().upper() in kept else m.group(), name) if kept else name
