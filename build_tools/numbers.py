"""Document numbers (số ký hiệu): their codes, and the repair of numbers a copy damaged.

A number is "số/năm/loại-cơ quan" ("61/2018/NĐ-CP"), "số/cơ quan-đơn vị" for a công văn
("1198/UBND-TH"), or for the party "số-loại/cơ quan" ("24-NQ/TU") (Nghị định 30/2020/NĐ-CP, Phụ lục
III; Quy định 66-QĐ/TW). Copies damage them: a PDF loses the hyphen between two codes ("1961/QĐUBND",
"61/2018/NĐCP", "09NQ/TU"), writes "Ð" (U+00D0) for "Đ", OCR doubles a letter ("QĐĐ") or reads "Ñ".
The codes tell where the hyphen goes; a number whose codes are not known stays as it is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from build_tools import patterns as p
from build_tools.text import fix_lookalikes, ocr_digits

# Type codes (Phụ lục III of Nghị định 30/2020/NĐ-CP): the first half of "QĐ-UBND"; longer first.
TYPE_CODES = sorted({code.upper() for code in p.DOCUMENT_TYPES.values() if code}
                    | {"CV", "PL", "QĐI", "CTRHĐ", "VBHN"},
                    key=len, reverse=True)  # "QĐi": the party's quy định ("08-QĐi/TW"); "CTrHĐ": an action programme's;
# "VBHN": a consolidated text's (văn bản hợp nhất, Luật Ban hành văn bản quy phạm pháp luật: "04/VBHN-BGDĐT")
# Issuers in the second half of a typed number ("QĐ-UBND", "NĐ-CP", "TT-BTC", "CV-STC"), or the first
# half of a công văn's number ("UBND-TH", "STC-NS", "TTg-QHĐP"); longer first.
ISSUER_CODES = sorted(
    set(p.ISSUER_BY_CODE) | set(p.PROVINCIAL_BY_CODE) | set(p.DISTRICT_BY_CODE) | set(p.COMMUNE_BY_CODE)
    | {"UBND", "UB", "HĐND", "TU", "HU", "ĐU", "TW", "BCĐ", "BCĐQG", "BCĐTW", "BTV", "BCH", "MTTQ", "ĐGS", "VPUBND",
       "ĐĐBQH", "VP", "BHXH", "LĐLĐ",
       # a ministry's công văn ("2845/LĐTBXH-BTXH"), the Youth Union's centre, province and district ("45-HD/TWĐTN-BTG",
       # "112-KH/TĐTN-VP", "03-CTr/HĐTN"), a district's health centre ("95/TTYT-KSDB")
       "LĐTBXH", "TWĐTN", "TĐTN", "HĐTN", "TTYT",
       "MTTW",  # the Front's central committee: "29/HD-MTTW-BTT"
       # a code two ministries' Cục Quản lý chất lượng write ("2085/QLCL-KĐCLGD", "…/QLCL-CL1"), the Tây Nguyên
       # institute of hygiene and epidemiology's ("612/VSDTTN-KSBTN"): no one body to name
       "QLCL", "VSDTTN",
       # a project management board, of any level ("1358/BQLDA-KH"), by its sector ("1436/BQLDAGT-QLDA2",
       # "156/BC-BQLDANN": transport, agriculture, civil works, construction)
       "BQLDA", "BQLDAGT", "BQLDANN", "BQLDADD", "BQLDAXD",
       # mass organisations in their joint programmes: "02/CTPH-HND-PNN", "02/CTrPH-HPN-PDT" (not the veterans' "CCB",
       # which opens a Chi cục's code: "214/BC-CCBVMT"); the
       # Farmers' Union's centre ("45-HD/HNDTW"), the Front's central committee and its presidium in joint resolutions
       # ("144/2013/TTLT-BTC-UBTWMTTQVN", "525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN")
       "HND", "HPN", "HNDTW", "UBTWMTTQVN", "ĐCTUBTWMTTQVN",
       "UBBC"},  # an election committee, of any level: "41/UBBC-VP"
    key=len, reverse=True)
_ISSUERS = frozenset(ISSUER_CODES)
_KNOWN_CODES = set(TYPE_CODES) | _ISSUERS
# Letters no code has: OCR's "Ñ"; a broken font's "Ư" for "U" ("07-NQ/TƯ", "214/BC-ƯBND"), where the code with a "U"
# is one we know ("1047/VSDTTƯ-TCQG": the Viện Vệ sinh dịch tễ Trung ương writes its "TƯ" so).
_OCR_SLIPS = str.maketrans({"Ñ": "N", "Ư": "U"})
# A law's term OCR read with an "l" for its "1": "42/2013/QHl3" (the 13th National Assembly's).
_TERM_SLIP = re.compile(r"(?<=QH)l(?=\d$)")
# A party number a copy ran into its type's code: "09NQ/TU" (its type then glued to a known code: _PARTY_GLUED).
# (Opened by a figure, what stands before it looked at after: the engine skips to the text's figures.)
_PARTY_TOKEN = re.compile(r"\d(?<![\w/-]\d)\d{0,5}[A-ZĐ][A-Za-zĐđ]{1,4}/[A-ZĐ][\w-]*")
# "09NQ/TU": a party number whose hyphen between the number and the type was lost.
_PARTY_GLUED = re.compile(r"^(" + p.NUMBER_FIGURES + r")(" + "|".join(map(re.escape, TYPE_CODES)) + r")(/.+)$",
                          re.IGNORECASE)


def canonical_number(number: str) -> str:
    """The number as compared: no spaces, capitals, look-alikes fixed ("01/Ctr-UBND" = "01/CTr-UBND")."""
    return fix_lookalikes("".join(number.split())).upper()


def number_codes(number: str) -> list[str]:
    """The letter codes of a number: "142/2024/QH15" → ["QH"], "977-QĐ/TU" → ["QĐ", "TU"]."""
    parts = _CODE_SEPARATOR.split(number.upper())[1:]
    return [_TRAILING_FIGURES.sub("", part) for part in parts if not part.isdigit()]


_CODE_SEPARATOR, _TRAILING_FIGURES = re.compile(r"[/-]"), re.compile(r"\d+$")


def issuer_codes(number: str) -> list[str]:
    """The codes of a number after its type's: "12/QĐ-UBND-VP" → UBND, VP; "612/TCDL-LH" → TCDL, LH."""
    codes = number_codes(number)
    if codes and (codes[0] in TYPE_CODES or codes[0] in _TYPE_OR_ISSUER and codes[1:2] and codes[1] in _ISSUERS):
        return codes[1:]
    return codes


def issuer_code(number: str) -> str | None:
    """The issuer's code in a number: "612/TCDL-LH" → TCDL, "12/QĐ-UBND" → UBND, "24-NQ/TU" → TU."""
    codes = issuer_codes(number)
    return codes[0] if codes else None


# A code both a type's and an issuer's: the type's where a known issuer follows it, "341/ĐL-SVHTTDL" a Sở's Điều lệ;
# else the issuer's, "612/ĐL-NLTT" the Cục Điện lực's.
_TYPE_OR_ISSUER = frozenset({"ĐL"})


@lru_cache(maxsize=8)  # the reader asks of the text twice, and the parser of what it gives
def shows_lost_hyphens(text: str) -> bool:
    """Whether a copy lost its numbers' hyphens: one of them, with no hyphen left, runs a type code into a
    known issuer code ("1961/QĐUBND", "61/2018/NĐCP", "01/CTNHNN"). Only then are codes run together cut elsewhere
    ("356/SNVTCBC" → "356/SNV-TCBC"): in a clean copy "412/VPĐP" and "05/NQ-TTHĐND" are codes of their own."""
    for start in _token_starts(text):
        if (number := p.NUMBER_TOKEN.match(text, start)) and "-" not in number.group() and any(
                map(_type_glued, number.group("code").split("/"))):
            return True
        if (party := _PARTY_TOKEN.match(text, start)) and _PARTY_GLUED.match(party.group()):  # "53CT/TW"
            return True
    return False


def _token_starts(text: str) -> list[int]:
    """Where a number with no hyphen may open: the start of each run of letters and figures before a slash ("1961"
    of "1961/QĐUBND", "53CT" of "53CT/TW"); the patterns are tried there only, not at each of the text's figures
    (found by a search for the slash, many times a pattern's speed)."""
    starts, at = [], text.find("/")
    while at >= 0:
        start = at
        while start and (text[start - 1].isalnum() or text[start - 1] in "._"):
            start -= 1
        if start < at and (not starts or starts[-1] != start):
            starts.append(start)
        at = text.find("/", at + 1)
    return starts


@lru_cache(maxsize=4096)
def _type_glued(part: str) -> bool:
    """A type code run into an issuer's: "QĐUBND", an assembly's with its term: "PLUBTVQH12", with its unit after it:
    "TBMTTQBTT" (not a judgment's "12/2014/DSST", which older courts wrote so)."""
    upper = fix_lookalikes(part).upper()
    return any(upper.startswith(code) and (_TERM_AT_END.sub("", upper[len(code):]) in _ISSUERS
                                           or "-" in (_issuer_and_unit(upper[len(code):], shortest=4) or ""))
               for code in TYPE_CODES)


def is_court_number(number: str) -> bool:
    """A court's judgment or decision by its number: "12/2016/DS-ST", "07/2016/HNGĐ-ST", "25/2016/QĐST-DS"."""
    joined = "".join(number_codes(number))
    return bool(_JUDGMENT.fullmatch(joined) or _COURT_DECISION.fullmatch(joined))


@lru_cache(maxsize=1 << 14)  # a pure function of the number: a letter cites a document again and again
def repair_number(number: str, lost_hyphens: bool = True, type_code: str = "") -> str:
    """A number with the hyphens its codes need and look-alikes fixed: "1961/QĐUBND" → "1961/QĐ-UBND",
    "3127/QĐTNMTQLĐ" → "3127/QĐ-TNMT-QLĐ", "09NQ/TU" → "09-NQ/TU", "15/2014/QÐ-UBND" → "15/2014/QĐ-UBND".
    `lost_hyphens`: whether the copy shows hyphens lost (`shows_lost_hyphens`); codes are cut only then.
    `type_code`: the code of the type the title or the citation names ("BC" for a Báo cáo, "CV" for a công văn, whose
    number seldom holds it: "18/CVTK" is "CV-TK", "2675/BCTTTTN" "BCT-TTTN"), cut first."""
    # "748/VPCP-" / "KGVX"; "KH – BCĐ"; OCR's "Ol/2002/QH11"
    number = ocr_digits(fix_lookalikes("".join(number.split())).replace("–", "-"))
    if glued := _PARTY_GLUED.match(number):
        number = f"{glued.group(1)}-{glued.group(2)}{glued.group(3)}"
    head = re.match(p.NUMBER_FIGURES + r"(?:/\d{4})?[/-]", number)
    if not head:
        return number
    return head.group() + repair_code(number[head.end():], lost_hyphens, type_code)


def repair_code(code: str, lost_hyphens: bool = True, type_code: str = "") -> str:
    """The code part of a number repaired ("QĐUBND" → "QĐ-UBND"): each part between "/" and "-" alone; a draft's blank
    number keeps its year before it ("2023/QĐUBND")."""
    if year := re.match(r"\d{4}/", code):
        return year.group() + repair_code(code[year.end() :], lost_hyphens, type_code)
    parts = [_slips_mended(part) for part in re.split(r"([/-])", fix_lookalikes(code))]
    repaired, typed = _repaired_parts(parts, lost_hyphens), type_code.upper()
    cut = lost_hyphens or repaired.count("-") > code.count("-")  # a clean copy's codes cut too: "1198/UBNDTH"
    if cut and typed == "CV" and len(parts) == 1 and "-" in (issued := _issuer_and_unit(parts[0], shortest=3) or ""):
        return issued  # a công văn's number opens with its issuer, no type: "2675/BCTTTTN" is the Bộ Công Thương's
    if cut and _typed_glue(parts, typed) and not repaired.upper().startswith(typed + "-"):
        # The type the document names comes first: a Báo cáo's "BCTTYT" is "BC-TTYT", not the Bộ Công Thương's "BCT".
        return _repaired_parts([parts[0][: len(type_code)], "-", parts[0][len(type_code) :], *parts[1:]], lost_hyphens)
    return repaired


def _slips_mended(part: str) -> str:
    mended = _TERM_SLIP.sub("1", part.translate(_OCR_SLIPS))
    if "Ư" not in part:
        return mended
    upper = mended.upper()
    return mended if upper in _KNOWN_CODES or any(upper.startswith(known) for known in _LONG_CODES) else part


_LONG_CODES = tuple(code for code in _KNOWN_CODES if len(code) >= 3)


def _repaired_parts(parts: list[str], lost_hyphens: bool) -> str:
    # OCR's doubled or misread letters are looked for in the type and the issuer, not in a unit after them, whose
    # code is its own ("152-KH/TWĐTN-CTTN": no "CTN").
    parts = [_misread(_undouble(part, k == 0), k > 0) if k <= 2 and part not in "/-" else part
             for k, part in enumerate(parts)]
    # Codes are glued only where the issuer stands: the first code, or the second after a type ("QĐ-TNMTQLĐ").
    issuer_at = 2 if parts and parts[0].upper() in TYPE_CODES else 0
    if lost_hyphens and len(parts) > 2 and parts[1] == "/" and _joint_type(parts[0]):
        parts[2] = _joint_codes(parts[2]) or parts[2]  # "01/2014/NQLT/CPUBTWMTTQVN": the joint issuers after "/"
    joint = _joint_type_opening(parts[0]) if lost_hyphens and len(parts) == 1 else None
    # A copy that kept its hyphens kept the one after a type: what follows it is written as the office wrote it
    # ("05/NQ-TTHĐND"), and only an issuer of three letters or more is cut from a unit ("1198/UBNDTH", not "412/VPĐP").
    if issuer_at < len(parts) and (lost_hyphens or issuer_at == 0):
        def split(code: str) -> str:
            return _split_glued(code, last=issuer_at == len(parts) - 1, first=issuer_at == 0, lost_hyphens=lost_hyphens)

        whole, glued, dot, unit = parts[issuer_at], *parts[issuer_at].partition(".")
        parts[issuer_at] = split(whole)
        if parts[issuer_at] == whole and dot and not re.fullmatch(r"[IVX]*", unit):
            # a unit's code after a dot, as written: "SGDĐTTCCB.TĐ" is "SGDĐT-TCCB.TĐ" (not a Vụ's number: "VPCPV.I")
            parts[issuer_at] = split(glued) + dot + unit
    repaired = "".join(parts)
    if joint and not repaired.upper().startswith(f"{joint.upper()}-"):
        # "38/KHPHHLHPNSLĐTBXHCAT": the joint type, then its issuers ("KHPH-HLHPN-SLĐTBXH-CAT"), no "KH-PH…"
        rest = repaired.replace("-", "")[len(joint) :]
        return f"{joint}-{_joint_codes(rest) or rest}"
    return repaired


_ORGAN_CODES_LAST = ("HĐND", "UBND")
# A court's judgment or decision by its case and its instance (Nghị quyết 04/2018/NQ-HĐTP): "25/2022/HS-ST", "…/DS-PT",
# "…/KDTM-ST", "…/HNGĐ-PT", "…/HC-GĐT".
# Before 2018 courts also wrote it whole ("48/2016/HSST"): a copy that kept its hyphens keeps that.
_JUDGMENT = re.compile(r"(?P<kind>HS|DS|KDTM|HNGĐ|HC|LĐ)(?:ST|PT|GĐT|TT)")
# A court's decision by its instance, then its case: "62/2021/QĐST-DS", "…/QĐPT-HS" (not the Thủ tướng's "QĐTTg").
_COURT_DECISION = re.compile(r"(?P<instance>QĐ(?:ST|PT|GĐT))(?:HS|DS|KDTM|HNGĐ|HC|LĐ)?")
# A party committee's board, one code: "46-TTr/BTCĐUK" (Ban Tổ chức Đảng ủy Khối), "…/UBKTHU", not the Bộ Tài chính's.
_PARTY_BOARD = re.compile(r"(?:BTC|BTG|BDV|BNC|UBKT|VP)(?:TW|TU|HU|QU|ĐU|ĐUK|TXU|TPU)")
_JOINT_MARKS = ("LT", "LN", "PH")  # liên tịch, liên ngành, phối hợp after a type's code: "TTLT", "KHLN", "CTrPH"


def _joint_type_opening(part: str) -> str | None:
    """The joint type a code opens with, its issuers run on after it: "CTrPH" of "CTrPHCCBTĐTN"."""
    upper = part.upper()
    code = next((code for code in TYPE_CODES if upper.startswith(code) and code != "CV"  # "86/CVLNCC": CV-LNCC
                 and _joint_type(upper[: len(code) + 2])), None)
    return part[: len(code) + 2] if code and len(part) > len(code) + 3 else None


def _joint_type(part: str) -> bool:
    """A joint document's type: a type's code and its mark ("NQLT", "TTLT", "CTrPH")."""
    upper = part.upper()
    return upper[-2:] in _JOINT_MARKS and upper[:-2] in TYPE_CODES


def _typed_glue(parts: list[str], type_code: str) -> bool:
    """A type's code glued to a code of two letters or more, the two no known code together and the whole code
    before "/" ("KHLN-BHXH" kept its hyphens: "KHLN" is written so), not a joint type's ("NQLT…": NQLT) nor a court's
    decision's ("QĐSTDS": QĐST)."""
    part, whole = parts[0], len(parts) == 1 or parts[1] == "/"
    rest = part[len(type_code) :]
    return (whole and len(type_code) >= 2 and len(rest) >= 2 and part.upper().startswith(type_code)
            and part.upper() not in _KNOWN_CODES and rest[0].isupper() and rest[:2].upper() not in _JOINT_MARKS
            and not _COURT_DECISION.fullmatch(part.upper()))


def _unit_doubled(upper: str) -> bool:
    return len(upper) > 3 and upper[-1] == upper[-2] and upper[:-2] in _ISSUERS and len(upper[:-2]) >= 3


def _undouble(part: str, first: bool) -> str:
    """OCR doubles a letter now and then: "QĐĐ" → "QĐ", when only the shorter one is a known code (and the
    longer one is no type glued to an issuer: "TTTTCP" is Thông tư of the Thanh tra Chính phủ, "TT-TTCP"; nor an
    issuer glued to a unit of one letter twice: "TCTKK" is the Tổng cục Thuế's "TCT-KK", kê khai, not "TCTK"). After
    the first code, an issuer's: "03/TB-BBC" (a Ban bầu cử's) is no báo cáo's "BC"; an issuer's initials that open
    with a letter twice stay: "15/2025/CV-VVP" (Vịnh Vân Phong), no "VP"."""
    single = _DOUBLED.sub(r"\1", part)
    if (single == part or part.upper() in _KNOWN_CODES or _type_glued(part) or _unit_doubled(part.upper())
            or not first and part[:1] == part[1:2]
            or len(part) - len(single) > 1  # OCR doubles a letter, not two: "CCĐĐ" is a Chi cục Đê điều's
            or part.upper().startswith("CC")):  # a Chi cục's code opens so: "152/TB-CCT", no "CT" doubled
        return part
    return single if single.upper() in (_KNOWN_CODES if first else _ISSUERS) else part


def _misread(part: str, after_first: bool = True) -> str:
    """OCR reads a "T" as an "I" now and then: "TIr" → "TTr", when only the mended one is a known code, and the
    Government's "CP" as "GP" after the type (_MISREAD_CODES; first, "GP" is a licence's type); an "I" in a
    legislature's term is a "1" it misread ("QHI3": the 13th) or one it set there ("UBTVQHI11": the 11th); and it sets
    an "I" or an "O" into a long code ("UBTVOQH15"), where only the code without it is known (not into a short one:
    "TBI" is a code of its own, the State Bank's Thái Bình branch)."""
    part = _TERM_MISREAD.sub(_term, part)
    letters, term = _LETTERS_AND_TERM.fullmatch(part).groups()
    if letters in _MISREAD_CODES and after_first:
        return _MISREAD_CODES[letters] + term
    if not letters or letters.upper() in _KNOWN_CODES:
        return part
    mended = letters.replace("I", "T")
    if mended != letters and mended.upper() in _KNOWN_CODES:
        return mended + term
    return next((letters[:k] + letters[k + 1 :] + term for k, c in enumerate(letters)
                 if c in "IO" and len(letters) > 4 and (letters[:k] + letters[k + 1 :]).upper() in _KNOWN_CODES), part)


_TERM_MISREAD = re.compile(r"(?<=QH)I(\d{1,2})$")
_DOUBLED, _LETTERS_AND_TERM = re.compile(r"(.)\1"), re.compile(r"(.*?)(\d{0,2})")
_CODE_LETTERS, _TERM_AT_END = re.compile(r"[A-ZĐ&]+\d{0,2}"), re.compile(r"\d{1,2}$")
# Codes OCR misreads as no code: "123/2020/NĐ-GP" (not a "G" for a "C" anywhere: "BTG" is the Ban Tuyên giáo's).
_MISREAD_CODES = {"GP": "CP"}
_TERMS = range(1, 16)  # the National Assembly's terms to the 15th (2021-2026)


def _term(match: re.Match) -> str:
    misread = f"1{match.group(1)}"
    return misread if int(misread) in _TERMS else match.group(1)


def _split_glued(part: str, last: bool = True, first: bool = True, lost_hyphens: bool = True) -> str:
    """Two or three codes glued: a type and an issuer ("QĐUBND"), with a unit ("QĐTNMTQLĐ"), an
    issuer and a unit ("SNVTCBC", "TTgQHĐP"); a type and an unknown issuer ("TTrSTMDL") only where
    nothing follows ("1350/TTKQH-GS" is an issuer and its unit)."""
    upper, shortest = part.upper(), 2 if lost_hyphens else 3
    if upper in _KNOWN_CODES or _PARTY_BOARD.fullmatch(upper):
        return part
    if court := _COURT_DECISION.fullmatch(upper):  # "62/2021/QĐSTDS" is "QĐST-DS"
        cut = court.end("instance")
        return f"{part[:cut]}-{part[cut:]}" if cut < len(part) else part
    if judgment := _JUDGMENT.fullmatch(upper):  # a copy that lost its hyphens: "25/2022/DSPT" is "DS-PT"
        return f"{part[: judgment.end('kind')]}-{part[judgment.end('kind') :]}" if lost_hyphens else part
    if numbered := _NUMBERED_ISSUER.fullmatch(upper):  # a known issuer first: "BYTK2ĐT" is BYT-K2ĐT
        known = next((code for code in ISSUER_CODES if len(code) >= 3 and upper.startswith(code)), None)
        cut = len(known) if known and len(known) < len(upper) else numbered.end("issuer")
        return f"{part[:cut]}-{part[cut:]}"
    if first and (joint := _joint_glued(part)):
        return joint
    if not _CODE_LETTERS.fullmatch(upper):
        return part
    for code in TYPE_CODES if first else ():  # after a type ("38/TB-TTPTQĐ") no type again: an issuer
        if (upper.startswith(code) and upper != code and not _longer_issuer(upper, code)
                and (rest := _issuer_and_unit(part[len(code):], shortest=3))):
            return f"{part[:len(code)]}-{rest}"
    if first and not last:
        return part  # "312/VPCQCSĐT-TH": a code before a hyphen is a whole issuer, its unit follows
    issuer = _issuer_and_unit(part, shortest=shortest if first else 3)
    if issuer and "-" in issuer:
        return issuer
    if not (first and last):
        return part
    if _BOARD_BY_KIND.fullmatch(upper):  # a công văn's "512/BQLKHTH": a board named by its kind, its unit after it
        return f"{part[:3]}-{part[3:]}"
    # A council's or committee's unit before the organ's code: "58/BKTNSHĐND" is its Ban Kinh tế - Ngân sách's,
    # "BKTNS-HĐND".
    if organ := next((c for c in _ORGAN_CODES_LAST if upper.endswith(c) and len(upper) - len(c) >= 3), None):
        return f"{part[: -len(organ)]}-{part[-len(organ):]}"
    # Not inside an abbreviation joined by "&": "508/PGD&ĐT" is the Phòng GD&ĐT's, no "PG" (Phiếu gửi).
    # Not inside a type written in both cases, whose small letter shows where it ends: "TTrKT" is "TTr-KT".
    # Not a council's code in a copy that kept its hyphens: "412/HĐTĐGĐ" (Hội đồng thẩm định giá đất), no Hợp đồng's.
    code = next((c for c in TYPE_CODES if len(c) >= 2 and upper.startswith(c) and (lost_hyphens or c != "HĐ")
                 and len(upper) - len(c) >= (2 if part[len(c) - 1].islower() else 3)
                 and not re.match(r"[A-ZĐ]?&", upper[len(c):]) and not part[len(c)].islower()), None)
    return f"{part[:len(code)]}-{part[len(code):]}" if code else part


# (after a type, "15/TB-BQLDT" is one board's code)
_BOARD_BY_KIND = re.compile(r"BQL[A-ZĐ]{2,6}\d?")
# An issuer whose code ends in its number, then its unit: a department of the Ministry of Public Security, "3105/C64P4"
# (C64-P4); the veterinary agency of region II, "95/TYV2DT" (TYV2-DT).
_NUMBERED_ISSUER = re.compile(r"(?P<issuer>[A-ZĐ]{1,4}\d{1,2})[A-ZĐ]{1,4}\d{0,2}")


def _joint_glued(part: str) -> str | None:
    """A joint document's type, liên tịch, liên ngành or phối hợp, and its issuers glued: "KHLNBHXHSGDĐT" →
    "KHLN-BHXH-SGDĐT", "NQLTUBTVQH14CPĐCTUBTWMTTQVN" → "NQLT-UBTVQH14-CP-ĐCTUBTWMTTQVN"; None when it is none."""
    upper = part.upper()
    for code in TYPE_CODES:
        if upper.startswith(code) and upper != code:
            typed = len(code) + (2 if upper[len(code) : len(code) + 2] in _JOINT_MARKS else 0)
            if (typed > len(code) or code.endswith("LT")) and (joint := _joint_codes(part[typed:])):
                return f"{part[:typed]}-{joint}"
    return None


def _joint_codes(part: str, after_known: bool = False) -> str | None:
    """A joint document's issuers run together, each a known code: "BNNPTNTBKHĐTBTC" → "BNNPTNT-BKHĐT-BTC", the last
    one a code no table knows after known ones ("HNDPNN" → "HND-PNN": a district office's); None when they do not
    read so."""
    if not part:
        return ""
    upper = part.upper()
    for issuer in ISSUER_CODES:  # longer first
        if len(issuer) < 2 or not upper.startswith(issuer):
            continue
        # the assembly's term after its code: "UBTVQH14CPĐCTUBTWMTTQVN" → "UBTVQH14-CP-ĐCTUBTWMTTQVN"
        end = term.end() if issuer.endswith("QH") and (term := _TERM_AFTER.match(upper, len(issuer))) else len(issuer)
        if (rest := _joint_codes(part[end:], after_known=True)) is not None:
            return part[:end] + ("-" + rest if rest else "")
    return part if after_known and _UNKNOWN_LAST.fullmatch(upper) else None


_UNKNOWN_LAST, _TERM_AFTER = re.compile(r"[A-ZĐ]{2,5}"), re.compile(r"\d{1,2}")


_UNIT = re.compile(r"[A-ZĐ&]{2,8}\d?|[A-ZĐ]{1,3}\d\d?|[A-ZĐ]{2,10}&[A-ZĐ]{2,10}")
# A procuracy's office by its number ("Phòng 7"), after the procuracy's code, its place's initials or none:
# "112/KN-VKS-P7", "412/VKSQN-P9" (no table holds "VKS": "47/QĐ-VKSBD" is Bình Dương's procuracy, one code); a
# treasury's payments office after the treasury's initials and its place's: "389/KBQN-KSC" (Kho bạc Quảng Ngãi).
_OFFICE_UNIT = re.compile(r"(?P<procuracy>VKS[A-ZĐ]{0,3})P\d{1,2}|(?P<treasury>KB[A-ZĐ]{1,4})(?:KSC|KTNN)")


def _longer_issuer(upper: str, type_code: str) -> bool:
    """A known issuer's code of five letters or more, longer than the type's, opens the code: "BTTTTTHH" is the Bộ
    Thông tin và Truyền thông's (BTTTT-THH), no Bản thỏa thuận's ("BTT"); "TTTTCP" stays a Thông tư's (TT-TTCP)."""
    return any(len(code) >= 5 and len(code) > len(type_code) and upper.startswith(code) for code in ISSUER_CODES)


def _issuer_and_unit(part: str, shortest: int) -> str | None:
    """"UBND" → "UBND", "TNMTQLĐ" → "TNMT-QLĐ", "QH13" → "QH13"; None when no known issuer starts it.
    An issuer of two letters is split from a unit only in a công văn's number ("214/VPKSTTHC"): after a
    type, "VPĐK" is a code of its own."""
    upper = part.upper()
    if _TERM_AT_END.sub("", upper) in ISSUER_CODES:  # "QH13", "UBTVQH10": the assembly's term
        return part
    if office := _OFFICE_UNIT.fullmatch(upper):
        return f"{part[:office.end(office.lastgroup)]}-{part[office.end(office.lastgroup):]}"
    for issuer in ISSUER_CODES:
        # its unit after it: "UBNDKT1", a police office's "CATPC06", "BCAC06", a procuracy's "VKSP2" (not an assembly
        # committee's term: "UBTCNS14"), a ministry's unit of two joined by "&": "BTPQLXLVPHC&TDTHPL"
        if len(issuer) >= shortest and upper.startswith(issuer) and _UNIT.fullmatch(upper[len(issuer):]):
            return f"{part[:len(issuer)]}-{part[len(issuer):]}"
    return None
