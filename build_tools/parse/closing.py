"""The closing of a letter (phần cuối): copies (nơi nhận) and the signature block.

The two sit side by side on paper (nơi nhận left, signature right). A copy gives them one after the
other (sample 004 even gives the signer's title before "Nơi nhận" and the name after it), or side by
side on the same lines, a wide gap or a "|" between them, as text taken from a PDF or a web table
does: each line is cut into its columns first, and the copies are read from the left one.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from build_tools import patterns as p
from build_tools.gazetteer import gazetteer
from build_tools.parse.layout import Line, Source, Warned, source_of, written
from build_tools.parse.names import is_position, organ_name, position_name
from build_tools.text import fold, is_speck, is_syllable, is_upper_text, squash_spaces, title_words

# Indentation that puts a line alone in the right column: the signature's name under a wide gap.
_RIGHT_INDENT = 24


@dataclass
class Closing:
    start: int  # first line of the closing: the letter's text ends before it
    cc: list[str] = field(default_factory=list)
    used: set[int] = field(default_factory=set)  # the lines it read; the others go back to the text
    sources: list[Source] = field(default_factory=list)  # where the signer, title and authority were read
    signing_authority: str | None = None
    signer_title: str | None = None
    signer: str | None = None
    warnings: list[Warned] = field(default_factory=list)


@dataclass(frozen=True)
class _Cell:
    line: Line  # the line it stands on
    text: str  # its clean form
    right: bool  # in the right column (the signature's)


def _is_signature_text(text: str) -> bool:
    if not is_upper_text(text):
        return False
    return (bool(p.AUTHORITY_LINE.match(text) or p.AUTHORITY_KIND_ALONE.match(text))
            or len(text.split()) <= 8 and is_position(text))


# A line this long is a paragraph of running text: the closing starts after the last of them.
_PARAGRAPH = 150


# What a line of the closing holds, looked for before its cells are cut (most lines of a letter are left here):
# "Nơi nhận", two words in capitals ("GIÁM ĐỐC", "KT. CHỦ TỊCH"), a run of capitals a copy glued ("GIÁMĐỐC"), an
# authority alone ("TM.").
_CLOSING_HINT = re.compile(r"[" + p.CAPITALS + r"]{2}(?:[" + p.CAPITALS + r"]*[\s.]+[" + p.CAPITALS + r"]{2}"
                           r"|[" + p.CAPITALS + r"]{3})|\b(?:TM|KT|TL|TUQ|T/M|K/T)\.|(?i:" + p.CC_WORDS + ")")


def find_closing_start(lines: list[Line], body_start: int, end: int | None = None) -> int:
    """The first "Nơi nhận" or signature line after the last long paragraph before the last of them:
    a position in capitals inside the text ("GIÁM ĐỐC SỞ …" under a decision's title) is not the
    closing, and notes after the signature do not hide it."""
    candidates = [line.index for line in lines[body_start:end] if _opens_closing(line.clean)]
    if not candidates:
        return len(lines) if end is None else end
    # A long copy under "Nơi nhận:" is no paragraph: "- Các Bộ: Kế hoạch và Đầu tư, Tài chính, … nông thôn;"
    heads = [index for index in candidates if p.CC_HEAD.match(lines[index].clean)]
    last_paragraph = max((line.index for line in lines[body_start : candidates[-1]]
                          if len(line.clean) >= _PARAGRAPH and not p.CC_HEAD.match(line.clean)
                          and not (heads and line.index > heads[0] and p.LIST_ITEM.match(line.clean))),
                         default=body_start)
    return next(index for index in candidates if index >= last_paragraph)


@functools.lru_cache(maxsize=4096)  # a pure function of the line; the closing is looked for twice, and lines repeat
def _opens_closing(text: str) -> bool:
    """The line holds the copies' head or a signature's line ("Nơi nhận:", "KT. CHỦ TỊCH"); the head opens a line of
    any length (an old portal ran the copies onto it: "Nơi nhận:- CT, các PCT UBND tỉnh;- Các Sở: …;- Lưu: VT.")."""
    if p.CC_HEAD.match(text):
        return True
    return (len(text) < _PARAGRAPH and bool(_CLOSING_HINT.search(text)) and _names_authority_or_title(text)
            and any(p.CC_HEAD.match(cell) or _is_signature_text(cell) or _signature_run_on(cell)
                    for cell in _cell_texts(text)))


# What a signature's cell opens with: an authority ("KT.", "T/M", "TM ỦY BAN"), or a title in capitals, looked for in
# the line's runs of capitals folded and run together ("GIÁMĐỐC" a copy glued, "CHỦ TICH" OCR misread): a line holding
# neither (a heading in capitals, "UBND tỉnh …") is not cut into its cells.
_AUTHORITY_HINT = re.compile(r"(?<![^\W_])(?:TM|KT|Q|TL|TUQ)(?=\s*\.|\s+[" + p.CAPITALS + r"]{2})|[TK]\s*/\s*[MTL]\b")
_CAPITALS_RUN = re.compile(r"[" + p.CAPITALS + r"][" + p.CAPITALS + r"\s,.-]+")
_TITLE_HINT = re.compile("|".join(map(re.escape, sorted({fold(name).replace(" ", "") for name in p.POSITIONS},
                                                         key=len, reverse=True))))


def _names_authority_or_title(text: str) -> bool:
    return bool(_AUTHORITY_HINT.search(text)) or bool(
        _TITLE_HINT.search("".join(fold(run).replace(" ", "") for run in _CAPITALS_RUN.findall(text))))


_COLUMN_GAP = re.compile(r"\||\t|\s{3,}")


# A scan's specks around a cell, the seal's ring read as strokes: "' Lộc Văn Thành", ",/ PHÒNG \".
_SPECKS = "/\\'`·~‘’"  # not "," nor ";": a copy's item ends with them


def _texts(line: Line) -> tuple[str, ...]:
    return _cell_texts(line.clean)


@functools.lru_cache(maxsize=4096)  # a pure function of the line: the closing is looked for twice, then read
def _cell_texts(text: str) -> tuple[str, ...]:
    cells = [cell for cell in (part.strip().strip(_SPECKS + " ") for part in _COLUMN_GAP.split(text)) if cell]
    if len(cells) >= 2 and cells[0] in ("-", "–", "+", "•"):  # "-         UBND Quận Tân Phú;": a list's dash, spaced
        cells = [f"{cells[0]} {cells[1]}", *cells[2:]]
    # Each cell may hold two a copy ran together: "| Nơi nhận: … | HIỆU TRƯỞNG Nguyễn Thị Ngọc Hân |"
    return tuple(piece for cell in cells for part in _cell_parts(cell) for piece in _seal_and_name(part))


_RING = "/\\`~"  # the strokes OCR reads a seal's ring as
_TRAILING_NAME = re.compile(r"(?:[^\W\d_]+\s+){1,4}[^\W\d_]+\s*$")


def _seal_and_name(part: str) -> list[str]:
    """A seal's ring and words OCR read before the signer's name on its line: "\\ `KIẾN A / Huỳnh Thanh Phong",
    "- Lưu: VT. `-..-' Trương Văn Nhớ" → what stands before the ring and the name; a part with no such ring as it is."""
    cut = max(map(part.rfind, _RING))
    name = _TRAILING_NAME.search(part, cut + 1) if cut >= 0 else None
    if not name or not (_opens_with_surname(name.group().strip()) and _is_person_name(name.group().strip())):
        return [part]
    before = part[: name.start()].rstrip(_SPECKS + " .,;-~")
    return [before, name.group().strip()] if before else [name.group().strip()]


def _cell_parts(cell: str) -> list[str]:
    """A cell's parts a web copy glued ("- Lưu: VT, HCTP.GIÁM ĐỐC(Đã ký)Nguyễn Văn Hùng"), each parted from the cell
    a copy ran beside it."""
    return [piece for part in _unglued(cell) for piece in _side_by_side(part)]


# A signature's cells a web copy ran together, with no space or one: "CHUYÊN TRÁCH(Đã ký)Vàng Thị Hoa", "PHÓ CHỦ TỊCH
# THƯỜNG TRỰC (Đã ký) Trần Đình Thục", "PHÓ CHỦ TỊCHNguyễn Thành Phát" (a title in capitals, then a name); a signed
# PDF's stamp run into the name: "Ký bởi: Sở Kế hoạch và Đầu tưTỉnh Lào CaiThời gian ký: 20.06.2022 16:42:17
# +07:00Phạm Đức Thịnh".
_SIGNED_GLUED = re.compile(r"(?<=\S) ?(?=\((?i:đã\s+ký)(?i:\s+và\s+đóng\s+dấu)?\))|(?<=(?i:đã\s)ký\)) ?(?=\S)"
                           r"|(?<=(?i:ng\sdấu)\)) ?(?=\S)"  # "(Đã ký và đóng dấu)" too
                           r"|(?<=\d\d:\d\d) ?(?=[^\W\d_])")  # (its time zone's sign maybe wrapped above)
_CAPITALS_THEN_WORD = re.compile(r"[" + p.CAPITALS + r"](?<=[" + p.CAPITALS + r"]{3})(?=[^\W\d_])")


def _unglued(cell: str) -> list[str]:
    pieces = _SIGNED_GLUED.split(cell)
    return [part for piece in pieces for glued in _authority_and_title(piece) for part in _title_and_name(glued)]


# An authority ending in an abbreviation, the title run into it: "TM. THƯỜNG TRỰC HĐNDCHỦ TỊCH".
_ABBREVIATION_THEN_CAPITALS = re.compile(
    r"(?:" + "|".join(re.escape(a) for a in p.ISSUER_ABBREVIATIONS if a.isupper()) + r")(?=[" + p.CAPITALS + r"]{2})")


def _authority_and_title(cell: str) -> list[str]:
    """"TM. THƯỜNG TRỰC HĐNDCHỦ TỊCH" → the authority and the title; a cell with no such seam as it is."""
    for seam in _ABBREVIATION_THEN_CAPITALS.finditer(cell) if p.AUTHORITY_LINE.match(cell) else ():
        title = cell[seam.end() :]
        if is_upper_text(title) and is_position(title):
            return [cell[: seam.end()], title]
    return [cell]


def _title_and_name(cell: str) -> list[str]:
    """"PHÓ CHỦ TỊCHNguyễn Thành Phát" → the title and the name; a cell with no such seam as it is."""
    for seam in _CAPITALS_THEN_WORD.finditer(cell):
        title, name = cell[: seam.start()], cell[seam.start() :]
        if name[1].islower() and is_upper_text(title) and is_position(title) and _is_person_name(name):
            return [title, name]
    return [cell]


# A signature's lines run onto one: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH" (a district portal's post), "KT. BỘ
# TRƯỞNG THỨ TRƯỞNG Nguyễn Hữu Khánh", "TM. ỦY BAN NHÂN DÂNCHỦ TỊCH" (a commune's post; its words parted by the reader),
# "KT. CHỦ TỊCHPHÓ CHỦ TỊCH" (a provincial portal's: the deputy's title glued to the authority), a legal-document
# site's "KT. BỘ TRƯỞNGTHỨ TRƯỞNG(Đã ký)", a district portal's "TM. ỦY BAN NHÂN DÂNKT. CHỦ TỊCHPHÓ CHỦ TỊCH".
_RUN_ON_SIGNATURE = re.compile(r"(?<=[^\W\d_])\s+(?=(?:KT|TL|TUQ)\.\s|PHÓ\s+[^\W\d_]{2}|THỨ\s+TRƯỞNG\b)"
                               r"|(?<=NHÂN\sDÂN)\s+(?=CHỦ\s+TỊCH\b)"
                               r"|(?:(?<=ĐẢNG\sỦY)|(?<=THƯỜNG\sVỤ))\s*(?=BÍ\s+THƯ\b)"  # a party's "T/M ĐẢNG ỦYBÍ THƯ"
                               r"|(?<=[" + p.CAPITALS + r"]{2})(?=PHÓ\s+[" + p.CAPITALS + r"]{2}|THỨ\s+TRƯỞNG\b"
                               r"|(?:KT|TL|TUQ)\.\s)"
                               # a post's dashes between them: "TM. ỦY BAN NHÂN DÂN - CHỦ TỊCH", "KT. CHỦ TỊCH - PHÓ CHỦ
                               # TỊCH" (not inside a board's name: "TM. BAN VĂN HÓA - XÃ HỘI")
                               r"|\s+[-–]\s+(?=PHÓ\s|THỨ\s+TRƯỞNG\b|CHỦ\s+TỊCH\b|(?:KT|TL|TUQ)\.\s)")
# … and the signer's name after them: "KT. CHỦ TỊCH - PHÓ CHỦ TỊCH - Đỗ Quang Huy", "… - CHỦ TỊCH: Lê Văn Thắng".
_NAME_RUN_ON = re.compile(r"(?:\s+[-–]|(?<=[" + p.CAPITALS + r"]):)\s+(?=[A-ZĐ]" + p.SMALL_LETTER + ")")


def _signature_run_on(text: str) -> list[str]:
    """A signature's lines a copy ran onto one, each apart; nothing where the text is no authority in capitals."""
    if not p.AUTHORITY_LINE.match(text):
        return []
    if is_upper_text(text):
        return _RUN_ON_SIGNATURE.split(text)
    named = _NAME_RUN_ON.search(text)
    head, name = (text[: named.start()], text[named.end() :]) if named else (text, "")
    return [*_RUN_ON_SIGNATURE.split(head), name] if is_upper_text(head) and _is_person_name(name) else []


# The filed copy, "Lưu: VT" or a party's "Lưu VP, BTC", "Lưu Văn phòng Huyện ủy"
_FILED_HEAD = re.compile(r"Lưu(?:\s*:|\s+[A-ZĐ]{2}|\s+Văn\s+phòng\b)")
_AFTER_PUNCTUATION = re.compile(r"(?<=[;:.,])\s*(?=\S)")
# The signer's name after the filed copy's drafter's initials, in brackets or after its stop: "- Lưu: VT, QLCTR. (Ph)
# Lê Quốc Hưng", the Government Office's "- Lưu: VT, NN (2). Tr Hoàng Thị Thu Hà".
_NAME_AFTER_INITIALS = re.compile(r"(?:\([A-ZĐ][a-zđ]{0,3}\)|(?<=\.)\s*[A-ZĐ][a-zđ]?)(?P<gap>\s+)(?=[A-ZĐ])")


def _side_by_side(text: str) -> list[str]:
    """Two cells a copy ran together with one space between: the signer's title and name ("GIÁM ĐỐC Trần
    Thanh Phong"), a copies line and the signature's ("Nơi nhận: KT. TRƯỞNG BAN", "- Như trên; PHÓ TRƯỞNG
    BAN", "- Sở KH&ĐT; (đã ký)", "- Lưu: VT, QLĐT. Nguyễn Hữu Tài", a digital signature's stamp: "- BHXH tỉnh Quảng
    Ninh; Cơ quan: Bộ Y tế")."""
    words = text.split()
    # "GIÁM ĐỐC Trần Thanh Phong": the title in capitals up to the first word that is not, then the name.
    k = next((i for i, word in enumerate(words) if not word.isupper()), 0)
    if k > 1 and fold(words[k - 1]) in _FOLDED_SURNAMES and is_position(" ".join(words[: k - 1])):
        k -= 1  # "PHÓ CHỦ TỊCH ĐỖ Hữu Lâm": a family name a legacy encoding gave in capitals is the name's (not
        # "HIỆU TRƯỞNG Nguyễn …": "TRƯỞNG" folds to the family name Trương)
    if (0 < k < len(words) - 1 and not p.RANK.match(text)  # "BSCKII. Nguyễn Thanh Phong": a degree, no title
            and _is_person_name(" ".join(words[k:])) and is_upper_text(" ".join(words[:k]))):
        return [" ".join(words[:k]), " ".join(words[k:])]
    if ("'" in text or "’" in text) and (marked := _MARKED_NAME_AT_END.search(text)) and _is_person_name(
            marked["name"]):
        return [text[: marked.start("name")].rstrip(), marked["name"]]
    # "Thành viên Đoàn; Nguyễn …"; the filed copy, its dash lost: "Lưu: VT, TCQLĐĐ. Phạm Đức Thịnh"; a party's copy,
    # its dash lost: "Ban Thường vụ Tỉnh ủy (b/c), BÍ THƯ" (not a title's "THỨ TRƯỞNG, PHÓ CHỦ NHIỆM")
    if not (p.LIST_ITEM.match(text) or p.CC_HEAD.match(text) or ";" in text or _FILED_HEAD.match(text)
            or "," in text and not is_upper_text(text.partition(",")[0]) or _UNITS_OF.match(text)):
        return [text]
    if _FILED_HEAD.match(text.lstrip("- ")) and (gap := _NAME_AFTER_INITIALS.search(text)) and _is_person_name(
            text[gap.end():]) and fold(text[gap.start() : gap.start("gap")].strip(" ()")) not in _FOLDED_SURNAMES:
        return [text[: gap.start("gap")], text[gap.end():]]  # (not a name's family name: "Lưu: VT. Mai Văn Hùng")
    # A party's copies end with ",": "- Ban Dân vận Tỉnh ủy, PHÓ …"; a web copy that lost its table's breaks glues the
    # cells: "- Như trên;PHÓ CHỦ TỊCH", "- Lưu VP.Danh Thanh Sơn".
    # (only the gaps a signature's cell may follow: a line a megabyte long is not weighed at each of its gaps)
    for gap in _AFTER_PUNCTUATION.finditer(text, max(0, len(text) - _SIGNATURE_CELL_LONGEST)):
        tail = text[gap.end():]
        if (_is_authority(tail) or p.SIGNATURE_NOISE.match(tail) or p.SIGNATURE_STAMP.match(tail)
                or _SEAL_WORDS.match(tail)
                or _STAMP_WRAPPED.fullmatch(tail) and text[: gap.start()].endswith(";")
                or _specks(tail) and not tail.startswith(")")  # "Lưu: VT, NC (Ph.).": its bracket, no speck
                or (_is_person_name(p.RANK.sub("", tail)) and not _listed_after_comma(text, gap.start(), tail))
                or (is_upper_text(tail) and (is_position(tail) or _after_stop(text, gap, tail)))):
            return _drafter_kept(text[: gap.start()], _after_seal_words(tail))
    if p.LIST_ITEM.match(text) and not text.endswith((";", ".", ",", ":")) and (beside := _name_beside(words)):
        return beside
    if ((seal := _PLACE_IN_CAPITALS_AT_END.search(text)) and gazetteer().is_province(title_words(seal["place"]))
            and not _KIND_AT_END.search(text, 0, seal.start())):  # "- UBND tỉnh HÀ GIANG;" names it
        return [text[: seal.start()], seal["seal"]]  # a seal's province beside a wrapped copy: "… phường: Hàm TUYÊN
        # QUANG" / "Yên, Minh Xuân, …;", "… Bộ đội Biên phòng TỈNH HÀ GIANG" / "tỉnh (để p/h);"
    return [text]


# A Cơ Ho or Ê Đê signer's name, marked, run on after a copy in running case: "UBMTTQ và các đoàn thể chính trị  xã hội
# K' Brơi" (not a place's: "huyện Ea H'leo", "xã H'Bông").
# (after a word in small letters, not a name's first: "Ksor H'Liêng", "Lưu: VT. Siu H'Luyên")
_MARKED_NAME_AT_END = re.compile(r"(?<!\S)(?!(?:xã|huyện|phường|trấn)\s)(?:" + p.SMALL_LETTER + r")+\s+"
                                 r"(?P<name>[HK]['’]\s?[A-ZĐ][^\W\d_]*(?:\s+[A-ZĐ][^\W\d_]*){0,3})$")


def _drafter_kept(copies: str, name: str) -> list[str]:
    """The filed copy's drafter named in full before the signer's name run on after it: "- Lưu: VT, KT. Phúc Phạm Văn
    Nhưởng" is the drafter Phúc's copy and the signer Phạm Văn Nhưởng (his name opens with a family name, hers not)."""
    first, _, rest = name.partition(" ")
    words = rest.split()
    if (_FILED_HEAD.match(copies.lstrip("- ")) and first.istitle() and first.isalpha() and len(words) >= 3
            and all(word.istitle() for word in words) and not _opens_with_surname(name)
            and words[0].lower() in _SURNAMES - _MIDDLE_NAMES and _is_person_name(rest)):
        return [f"{copies} {first}", rest]  # (not a Dao's "Tẩn Văn Chài": its "Văn" is a middle name)
    return [copies, name]


_MIDDLE_NAMES = frozenset({"văn", "thị"})


# A digital signature's stamp wrapped beside the copies, its body's name going on in small letters after a copy's ";":
# "- Sở Giao thông vận tải (để b/c); xây dựng công trình giao thông" (under "…; Ký bởi: Ban Quản lý dự án đầu tư").
_STAMP_WRAPPED = re.compile(r"[a-zđà-ỹ][^\W\d_]*(?: [^\W\d_]+){1,8}")
_SIGNATURE_CELL_LONGEST = 160  # characters: a title, an authority, a name with its rank, a seal's words
_KIND_AT_END = re.compile(r"\b(?:tỉnh|thành phố|TP\.?)$", re.IGNORECASE)
_PLACE_IN_CAPITALS_AT_END = re.compile(r"(?<![\W\d_" + p.CAPITALS + r"]) (?P<seal>(?:TỈNH |THÀNH PHỐ )?(?P<place>["
                                       + p.CAPITALS + r"]{2,}(?: [" + p.CAPITALS + r"]{2,}){1,2}))$")

# A body's units listed after its initials, the signer's name run on at the line's end: "VPCP: BTCN, các PCN, Website
# CP, Trần Quang Huy".
_UNITS_OF = re.compile(r"[A-ZĐ]{2,6}\s*:\s*\S")
_ADDRESSED_AS = frozenset({"ông", "bà", "chí", "đ/c", "anh", "chị"})  # "- Đồng chí Nguyễn Văn An" is a copy's


def _name_beside(words: list[str]) -> list[str] | None:
    """A copy the narrow column wrapped, the signer's name on its line: "- Ban Tiếp công dân các huyện, thành phố, thị
    Nguyễn Hữu Tài" / "xã;" → the copy's words and the name."""
    for size in (3, 4, 2):
        before, name = words[:-size], " ".join(words[-size:])
        if (len(before) > 1 and before[-1].isalpha() and before[-1].islower() and before[-1] not in _ADDRESSED_AS
                and _opens_with_surname(name) and _is_person_name(name)):
            return [" ".join(before), name]
    return None


# The seal's words beside a copy, its ring read as specks: "; ,/ PHÒNG \", "; ,-‘ HỘI ĐỒNG ‘", "; ' ~ ;' CỤC \",
# ". * BẢO VỆ *", ". : NHÂN DÂN : Kh", ". ·. THỌ XUÂN ' ~".
_SEAL_WORDS = re.compile(f"[*,:{re.escape(_SPECKS)}][-,;:.*\\s{re.escape(_SPECKS)}]*[{p.CAPITALS}]")


# The seal's words with their ring's specks on both sides, a title after them: ",·'UỶ BAN`·. PHÓ CHỦ TỊCH".
_SEAL_RING = re.compile(f"{_SEAL_WORDS.pattern}[{p.CAPITALS}\\s]*?[{re.escape(_SPECKS)}.]+\\s+(?=\\S)")


def _after_seal_words(tail: str) -> str:
    """A signature's cell without the seal's words a scan read before it on its line."""
    ring = _SEAL_RING.match(tail)
    rest = tail[ring.end() :] if ring else ""
    return rest if rest and is_upper_text(rest) and is_position(rest) else tail


def _specks(tail: str) -> bool:
    """A scan's specks, a few of them read as letters: "`·.*.·' J~" after "Lưu: VT, LĐTBXH.", "'·.__ ~ ịJ/ __.·' ^ỳ"
    (opening with a speck, more specks than letters, half again; not a unit's "(3b)", nor "ĐT. '-._ _.-'", a code
    and the seal's ring after it)."""
    letters, specks = sum(map(str.isalnum, tail)), sum(not c.isalnum() and not c.isspace() for c in tail)
    return is_speck(tail) or (not tail[:1].isalnum() and letters <= 3 and specks >= 3 and specks > 1.5 * letters)


def _after_stop(text: str, gap: re.Match, tail: str) -> bool:
    """Words in capitals after a copy's stop and a space are no part of it: the seal's ("- Lưu: VT, KSON. * BẢO VỆ *",
    its stars taken for emphasis, a party's "- Các ban đảng Tỉnh ủy, TỈNH ỦY") or the signature's; not a unit's code
    ("Lưu: VT, V.III (3)", "Lưu: VT, VP HĐND")."""
    stop = text[: gap.start()].endswith((";", ".")) or text[: gap.start()].endswith(",") and all(
        is_syllable(word.lower()) for word in tail.split())
    # one word of the seal's ring after an item's ";": "- Bộ Lao động - Thương binh và Xã hội; BỘ" (a code is no
    # syllable: "Lưu: VT; KT")
    # (after a party's "," an organ's kind alone: "- Thường trực Tỉnh ủy (b/c), BAN" / "- Lãnh đạo Ban, TỔ CHỨC")
    seal_word = len(tail.strip()) > 1 and (
        text[: gap.start()].endswith(";") and is_syllable(tail.strip().lower())
        or text[: gap.start()].endswith(",") and fold(tail.strip()) in _SEAL_KINDS)
    return (bool(gap.group()) and stop and (len(tail.split()) > 1 or seal_word)
            and not tail.rstrip().endswith((";", ",")))  # "- TT. Thành ủy, TT. HĐND TP;": the copy goes on


def _listed_after_comma(text: str, at: int, tail: str) -> bool:
    """After a comma, capitalised words go on with a list ("…: Nguyễn Văn A, Trần Văn B", "Sở TN&MT, Sở Tài" / "chính"),
    unless a family name opens them after a copy that is no name: "- Các tổ chức cơ sở đảng, Hoàng Văn Lục" ends a
    party's copy (its items end with ","), then gives the signer."""
    if text[at - 1] != ",":
        return False
    before = re.split(r"[,:;]", text[: at - 1])[-1]
    return _is_person_name(before) or fold(tail.split()[0]) not in _FOLDED_SURNAMES


def _heading(text: str) -> bool:
    """A title or heading in capitals ("QUY ĐỊNH" / "VỀ QUẢN LÝ, KHAI THÁC …", an attached rule's), no copy's name."""
    return is_upper_text(text) and (len(text.split()) > 4 or bool(p.TITLE_LINE.match(text)))


def _is_authority(text: str) -> bool:
    """"KT. CHỦ TỊCH", "TM. UBND"; not a unit and a clerk's initials in a copies line ("Lưu: VT, KT. NT", a
    military one's "Lưu: VT, TM. Th15": the staff's office, the clerk and the copies made, the signer run on after
    them: "Lưu: VT, TM. Th20b. Đại tá Hoàng Văn Sinh"), nor a unit and the signer's name run onto it ("Lưu: VT, KT. Lê
    Đình Quý", his rank before it: "Lưu: VT, TM. Thượng tá Võ Thành Lợi"), nor a seal's strokes a scan read after it
    ("Lưu: VT, KT. '-. * .-'"), nor a unit and a digital signature's stamp run on after it ("Lưu: VT, KT. Ngày ký:
    17/06/2024 09:14")."""
    authority = p.AUTHORITY_LINE.match(text)
    who = authority.group("who") if authority else ""
    return bool(authority) and not (re.fullmatch(r"[A-ZĐ]{1,3}\.?|[^\s]*[a-zđ\d][^\s]*", who) or is_speck(who)
                                    or re.match(r"\S*\d\S*\s", who) or p.SIGNATURE_STAMP.match(who)
                                    or not is_upper_text(who) and _is_person_name(p.RANK.sub("", who)))


def _cells(lines: list[Line]) -> list[_Cell]:
    """The closing's lines cut into columns: a line of two cells gives a left and a right one; a line
    of one cell is right when far indented, or when it is a signature line."""
    cells = []
    for line in lines:
        texts = _texts(line)
        if texts and _signature_run_on(texts[0]):
            # a signature's lines run onto one: "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH", "(Đã ký) …" after
            cells += _right_cells(line, texts)
        elif len(texts) >= 2:  # beside the copies too: "- Lưu BTG.K/T TRƯỞNG BANPHÓ TRƯỞNG BAN(Đã ký)…"
            cells += [_Cell(line, texts[0], False), *_right_cells(line, texts[1:])]
        elif texts:
            indent = len(line.raw) - len(line.raw.lstrip(" "))
            right = indent >= _RIGHT_INDENT or _is_signature_text(texts[0]) or bool(p.SIGNATURE_NOISE.match(texts[0]))
            cells.append(_Cell(line, texts[0], right))
    return cells


def _right_cells(line: Line, texts: tuple[str, ...]) -> list[_Cell]:
    """The signature column's cells of a line, a signature's lines a copy ran onto one each apart."""
    return [_Cell(line, piece, True) for text in texts for piece in _signature_run_on(text) or [text]]


def parse_closing(lines: list[Line], body_start: int, end: int | None = None) -> Closing:
    """The closing between its first line (found from `body_start`) and `end` (footnotes set after the
    signature begin there)."""
    closing = Closing(find_closing_start(lines, body_start, end))
    cells = _cells([line for line in lines[closing.start : end] if not line.blank])
    cc_cells = _cc_block(cells, closing)
    authorities, titles, names = [], [], []
    ranked = set()  # names after a rank ("Thượng tá Sơn Chanh Đa"): a name, whatever its family name
    cut_title = None  # the title read last, which may go on: "PHÓ CHỈ HUY TRƯỞNG - THAM" / "MƯU TRƯỞNG"
    kind_above = None  # an authority's kind on a line of its own, "TM.", or a title's first word, "GIÁM"
    cut_authority = None  # the authority read last, which a narrow cell may have wrapped
    strayed = False  # a line not the closing's read after the signer's name: what follows is not the closing's
    for cell in cells:
        if id(cell) in cc_cells:
            closing.used.add(cell.line.index)
            continue
        text = p.SIGNED_BESIDE_NAME.sub("", f"{kind_above} {cell.text}" if kind_above else cell.text)
        kind_above = None
        if p.AUTHORITY_KIND_ALONE.match(text) or _TITLE_WORD_ALONE.fullmatch(text):
            kind_above = text.strip()  # "TM." / "ỦY BAN NHÂN DÂN TỈNH", "GIÁM" / "ĐỐC |": a copy broke the line
            closing.used.add(cell.line.index)
            continue
        authority = p.AUTHORITY_LINE.match(text)
        # a title goes on on the next line only, not past the copies beside it ("PHÒNG": a seal's word, below)
        title_above = cut_title[1] if cut_title and cell.line.index - cut_title[0] <= 1 else None
        cut_title = None
        authority_above, cut_authority = cut_authority, None
        if title_above and (_ends_short(title_above) and is_upper_text(text) and not authority
                            and not _is_signature_text(text) or _one_word_on(text, title_above)
                            or _POST_QUALIFIER.match(text)
                            or _FIELD_GOES_ON.match(text) and is_upper_text(text)
                            or _SCOPE_AT_END.search(text) and is_upper_text(text) and not authority
                            or _unit_named_below(title_above, text)):
            titles[-1] = position_name(f"{title_above} {text}")  # its source stays the title's first line
        # "KT. TỔNG KIỂM TOÁN NHÀ" / "NƯỚC", "KT. CỤC TRƯỞNG CỤC GIÁM SÁT" / "QUẢN LÝ VỀ HẢI QUAN": a narrow cell;
        # "KT. BỘ TRƯỞNG," / "CHỦ NHIỆM": two positions held together
        elif authority_above and (_authority_goes_on(text) or authority_above.rstrip().endswith(",")
                                  or _BOARD_OF.match(authority_above) and _ORGAN_AT_LEVEL.fullmatch(text)):
            authorities[-1] = _authority(p.AUTHORITY_LINE.match(f"{authority_above} {text}"))
        elif authority and is_upper_text(text) and authority.group("kind") == "Q":
            # "Q. GIÁM ĐỐC": an acting head's title (quyền), no signing authority (Nghị định 30/2020's are TM., KT.,
            # TL. and TUQ.)
            titles.append(f"Q. {position_name(authority.group('who'))}")
            closing.sources.append(source_of("signer_title", cell.line, text))
        elif authority and is_upper_text(text):
            authorities.append(_authority(authority))
            cut_authority = text
            closing.sources.append(source_of("signing_authority", cell.line, text))
        elif _is_signature_text(text):
            titles.append(position_name(text))
            closing.sources.append(source_of("signer_title", cell.line, text))
            cut_title = cell.line.index, text
        elif is_upper_text(text) and (p.ORGAN_START.match(text) or len(text.split()) <= 4) and not (
                _is_person_name(text) and not _ORGAN_OF_WORDS.match(text)):
            # the closing's: the body heading a signature block ("LIÊN ĐOÀN LAO ĐỘNG TỈNH" over "TM. …"), a seal's
            # words ("HUYỆN TRẦN ĐỀ", "VĂN PHÒNG": an organ's, though "Văn" opens names; not "ĐOÀN VĂN AN")
            pass
        elif (_is_person_name(name := p.RANK.sub("", text)) or p.SIGNATURE_NOISE.match(text)
              or p.RULE_LINE.match(text)) and not (names and strayed):  # not a web page's lines after the signer
            if _is_person_name(name):  # "Đại tá Lâm Hoàng Phúc": the name
                names.append((written(cell.line, name), source_of("signer", cell.line, name)))
                if name != text:
                    ranked.add(names[-1][0])
        else:
            strayed = strayed or bool(names) and not is_speck(text)  # a seal's strokes are no line of the text
            continue  # not the closing's: a note after the signature goes back to the text
        closing.used.add(cell.line.index)
    closing.signing_authority = ", ".join(authorities) or None
    surnamed = [n for n in names if n[0] in ranked or _opens_with_surname(n[0])]
    if len(titles) >= 2 and len(surnamed) == len(titles):
        # A joint letter: each body's block side by side, "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Phạm Văn Tuấn" beside
        # "TM. BAN THƯỜNG VỤ / CHỦ TỊCH / Lê Thị Ngọc Hân".
        closing.signer_title = ", ".join(titles)
        closing.signer = ", ".join(_as_name(name) for name, _ in surnamed)
        closing.sources += [source for _, source in surnamed]
        return closing
    # The title the field holds is the last one read, but a post held beside it, named with its organ, under
    # the title ("KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / GIÁM ĐỐC SỞ CÔNG THƯƠNG").
    concurrent = len(titles) >= 2 and _CONCURRENT_POST.search(titles[-1]) and not _CONCURRENT_POST.search(titles[-2])
    closing.signer_title = (titles[-2] if concurrent else titles[-1]) if titles else None
    # The title the field holds is the last one read; the name, the last opening with a family name, if any.
    closing.sources = _last_of_each(closing.sources, ("signer_title",))
    if names:  # a name in capitals is a seal's words where another is written as names are ("\ NINH PHƯỚC /")
        name, source = next(reversed([n for n in surnamed if not n[0].isupper()] or surnamed), names[-1])
        closing.signer = _as_name(name)
        closing.sources.append(source)
    else:
        closing.warnings.append(("signer not found", None))
    return closing


def _opens_with_surname(name: str) -> bool:
    return name.split()[0].lower() in _SURNAMES


def is_signer_name(text: str) -> bool:
    """A person's name opening with a family name, as a signer's stands under the title: "Lê Minh Tuấn"."""
    return _is_person_name(text) and _opens_with_surname(text)


# Two words of a name a copy ran together: "Nguyễn QuangHưng" (no word of a name changes case inside it; a legacy
# font's capital inside a syllable, "ChiẾn", is no seam).
_NAME_WORDS_GLUED = re.compile(r"(?<=" + p.SMALL_LETTER + r")(?=[" + p.CAPITALS + r"])")


def _as_name(written: str) -> str:
    """"NGUYỄN VĂN AN" → "Nguyễn Văn An", and a word of it a legacy encoding gave in capitals ("ĐỖ Hữu Lâm");
    a name written in its case stays so, two of its words a copy glued parted ("Nguyễn QuangHưng")."""
    words = [part for word in written.split()
             for part in ([word] if is_syllable(word.lower()) else _NAME_WORDS_GLUED.sub(" ", word).split())]
    return " ".join(title_words(word) if len(word) > 1 and word.isupper() else word for word in words)


def _one_word_on(text: str, title: str = "") -> bool:
    """One word in capitals that names no position: the end of the line above, wrapped ("NƯỚC", "ĐOÀN"); not an
    organ's kind under a whole title, a seal's first word ("PHÓ CỤC TRƯỞNG" / "CỤC" / "HÀNG HẢI")."""
    return (len(text.split()) == 1 and text.isalpha() and is_upper_text(text) and not _is_signature_text(text)
            and not (fold(text) in _SEAL_KINDS and is_position(title)))


# An organ's kind of two words or more, which no person's name opens with: "VĂN PHÒNG", "ỦY BAN", "CHI CỤC".
_ORGAN_OF_WORDS = re.compile(r"\s*(?:VĂN PHÒNG|[ỦU][YỶ] BAN|HỘI ĐỒNG|CHI CỤC|TỔNG CỤC|TRUNG TÂM|BỆNH VIỆN)\b")
_SEAL_KINDS = frozenset({"cuc", "so", "bo", "ban", "phong", "hoi"})  # one word each, folded


def _authority_goes_on(text: str) -> bool:
    """An authority's end its narrow cell wrapped, in capitals: a word or two, no position, name or mark ("NHÂN DÂN");
    or a few words, one of them no person's name holds ("QUẢN LÝ VỀ HẢI QUAN"), no organ of its own (a seal's), no
    authority, no attached text's title ("VỀ QUẢN LÝ …")."""
    if not is_upper_text(text) or _is_signature_text(text):
        return False
    if _one_word_on(text) or len(text.split()) == 2 and not _is_person_name(text) and not p.SIGNATURE_NOISE.match(text):
        return True
    return (len(text.split()) <= 6 and bool(_NO_NAME_WORD.search(text)) and not text.startswith("VỀ ")
            and not p.AUTHORITY_LINE.match(text) and not p.ORGAN_START.match(text))


_NO_NAME_WORD = re.compile(r"\b(?:VỀ|VÀ|CỦA|CÁC|VỚI)\b")
# A standing board's authority whose organ a joint document's narrow cell set below, named by its level alone (a seal
# names its place): "TM. BAN THƯỜNG VỤ" / "HỘI NÔNG DÂN TỈNH", "TM. BAN THƯỜNG TRỰC" / "ỦY BAN MTTQ VIỆT NAM TỈNH".
_BOARD_OF = re.compile(r"\s*T/?M\.?\s+BAN\s+(?:THƯỜNG\s+(?:VỤ|TRỰC)|CHẤP\s+HÀNH)\s*$")
_ORGAN_AT_LEVEL = re.compile(r"\s*(?:HỘI|ỦY\s+BAN|UBMTTQ|LIÊN\s+ĐOÀN|ĐOÀN)\s[" + p.CAPITALS + r"\s]{2,40}?"
                             r"\s(?:TỈNH|HUYỆN|XÃ|THÀNH\s+PHỐ|QUẬN|PHƯỜNG|THỊ\s+XÃ)\s*")


# How a post is held, on a line of its own where a narrow cell wrapped the title: "PHÓ TRƯỞNG ĐOÀN" / "CHUYÊN TRÁCH",
# "PHÓ CHỦ TỊCH" / "THƯỜNG TRỰC".
_POST_QUALIFIER = re.compile(r"^(?:CHUYÊN\s+TRÁCH|THƯỜNG\s+TRỰC|PHỤ\s+TRÁCH)$")
# An organ's field going on past its "và" on the title's next line: "CỤC TRƯỞNG CỤC ĐIỆN LỰC" / "VÀ NĂNG LƯỢNG TÁI TẠO".
_FIELD_GOES_ON = re.compile(r"VÀ\s")
# A unit's scope ending the title's next line, no name's words: "CHÁNH VĂN PHÒNG ĐIỀU PHỐI" / "NÔNG THÔN MỚI TRUNG
# ƯƠNG".
_SCOPE_AT_END = re.compile(r"\s(?:TRUNG\s+ƯƠNG|QUỐC\s+GIA)$")
# A unit's head whose unit a narrow cell set on the next line: "VỤ TRƯỞNG" / "VỤ KẾ HOẠCH - TÀI CHÍNH", "CỤC TRƯỞNG" /
# "CỤC QUẢN LÝ DƯỢC".
_HEAD_OF_KIND = re.compile(r"(?:PHÓ\s+)?(?P<kind>VỤ|CỤC|VIỆN|CHI\s+CỤC|TỔNG\s+CỤC)\s+TRƯỞNG$")
# A post named with its organ: "GIÁM ĐỐC SỞ CÔNG THƯƠNG", "CHỦ TỊCH UBND HUYỆN" under "TM. HỘI ĐỒNG / CHỦ TỊCH".
_CONCURRENT_POST = re.compile(r"\s(?:Sở|Ủy ban|UBND|Bộ|Cục|Chi cục|Công an|Bộ Chỉ huy)(?:\s|$)")


def _unit_named_below(title: str, text: str) -> bool:
    head = _HEAD_OF_KIND.search(title)
    return bool(head) and text.startswith(head.group("kind") + " ") and is_upper_text(text) and len(text.split()) >= 3


def _ends_short(title: str) -> bool:
    """A title cut at a line's end: its last part names no position ("… - THAM"), or it ends on "VÀ", or on a unit's
    word that wants its object ("TRƯỞNG PHÒNG QUẢN LÝ" / "LAO ĐỘNG NƯỚC NGOÀI")."""
    last = re.split(r"\s[-–]\s", title)[-1]
    return not is_position(last) or bool(re.search(r"(?:\bVÀ|[-,]|\bQUẢN LÝ|\bVỀ)\s*$", title))


def _last_of_each(sources: list[Source], single: tuple[str, ...]) -> list[Source]:
    """Every source of a field with several parts (the authorities), the last of a field with one."""
    last = {source[0]: source for source in sources if source[0] in single}
    return [s for s in sources if s[0] not in single or s is last[s[0]]]


def _authority(match: re.Match) -> str:
    kind = match.group("kind") or match.group("bare") or re.sub(r"[\s/]", "", match.group("slashed")).upper()
    who = match.group("who")
    # (after "KT." a head's title, never a person: OCR's "CHU TỊCH" is "Chủ tịch", not the family name Chu)
    name = position_name(who) if is_position(who) or p.POSITION_FOLDED.match(fold(who)) else organ_name(who)
    return f"{kind}. {name}"


_FOLDED_SURNAMES = frozenset(fold(name) for name in p.SURNAMES)
# A title's first word a narrow web cell broke from the rest: "GIÁM" / "ĐỐC |", "CHỦ" / "TỊCH".
_TITLE_WORD_ALONE = re.compile(r"\s*(?:GIÁM|CHỦ|PHÓ\s+GIÁM|PHÓ\s+CHỦ)\s*")
_SURNAMES = p.SURNAMES | p.TONED_SURNAMES


def _is_person_name(text: str) -> bool:
    if not p.PERSON_NAME.match(text) or p.SIGNATURE_NOISE.match(text) or _UNIT_NAMED.match(text):
        return False
    if text.isupper() and (fold(text.split()[0]) not in _FOLDED_SURNAMES  # folded: OCR's "NGUYÊN" is a name
                           or p.ATTACHMENT_TITLE.match(text)):  # an appendix's "DANH SÁCH" a PDF's table set beside
        return False  # a seal's words OCR read among the signature ("THỊ XÃ" / "ĐỨC PH"), not a name in capitals
    # A name is capitalised, in capitals whole, or its family name alone in capitals (TCVN3's "ĐỖ Hữu Lâm"): "Và PTNT"
    # is a seal's words.
    words = text.split()
    return all(word[:1].isupper() for word in words) and (
        text.isupper() or not any(len(word) > 1 and word.isalpha() and word.isupper() for word in words[1:]))


# A unit a digital signature's stamp names on its second line ("Ký bởi: Sở Dân tộc và Tôn giáo" / "Tỉnh Gia Lai"): no
# person.
_UNIT_NAMED = re.compile(r"(?:Tỉnh|Huyện|Thành phố|Thị xã|Quận|Xã|Phường)\s+[A-ZĐ]")
_FILE_PATH = re.compile(r"\\|\.(?:docx?|pdf|xlsx?)\b", re.IGNORECASE)


def _cc_block(cells: list[_Cell], closing: Closing) -> set[int]:
    """Collect the "Nơi nhận" list into closing.cc from the left column; return the cells it takes."""
    head = next((cell for cell in cells if p.CC_HEAD.match(cell.text)), None)
    if head is None:
        closing.warnings.append(("cc not found (no 'Nơi nhận' list)", None))
        return set()
    used = {id(head)}
    rest = p.CC_HEAD.match(head.text).group("rest").strip()
    first = p.LIST_ITEM.match(rest)  # the first item run onto the head's line: "Nơi nhận:- Như trên;"
    rest = written(head.line, first.group("text") if first else rest)
    items = [rest] if rest else []
    previous = head.line.index
    dashed = bool(first)  # the list's items open with dashes: a line without one goes on with the item above
    rest_cells = cells[cells.index(head) + 1 :]
    for k, cell in enumerate(rest_cells):
        if (cell.right and not head.right or is_speck(cell.text)
                or dashed and items and items[-1].endswith((";", ".")) and not _WORD.search(cell.text)):
            continue  # the signature beside the list; a scan's specks ("~ \ ;", "‘ Ÿ `‹ ⁄ ị" between dashed items)
        between = (k + 1 < len(rest_cells) and p.LIST_ITEM.match(rest_cells[k + 1].text) and items
                   and items[-1].endswith(";"))
        if between and (_is_person_name(cell.text) or dashed and is_upper_text(cell.text)
                        and not p.LIST_ITEM.match(cell.text) and not cell.text.rstrip().endswith((";", "."))):
            continue  # the signer's name a flattened copy set between two items: the signature's, below; the seal's
            # ring a scan read between them ("- Ban ATGT tỉnh (b/c);" / "UỶ BAN NHÂN DÂN" / "- TT. Huyện uỷ, …;")
        item = p.LIST_ITEM.match(cell.text)
        # Without dashes, a party list's items end with "," and each opens with a capital: "Thường trực Huyện
        # ủy (b/c)," / "Ban Thường vụ Đảng ủy xã Tân Trung,".
        party_item = (not dashed and items and items[-1].endswith(",") and ":" not in items[-1]
                      and cell.text[:1].isupper())  # not "UBND các huyện: Bình Sơn," / "Tư Nghĩa, …"
        if item:
            dashed = True
            items.append(written(cell.line, item.group("text")))
        elif _FILE_PATH.search(cell.text):
            break  # a typist's file under "Lưu": "Hung\\KH NTM 2012.doc" (back to the text, after the closing)
        elif items and cell.line.index == previous + 1 and not _is_signature_text(cell.text) and not party_item \
                and not items[-1].endswith((";", ".")) and not _is_person_name(cell.text) \
                and not _INITIALS_AT_END.search(items[-1]):
            items[-1] += " " + written(cell.line, cell.text)  # an item wrapped: "- Chủ tịch UBND các xã," / "phường."
        elif (not items or items[-1].endswith(";") or party_item) and len(cell.text) <= 150 \
                and not _is_person_name(cell.text) and not _is_signature_text(cell.text) \
                and not _heading(cell.text):
            items.append(written(cell.line, cell.text))  # "Như Điều 3;" / "Lưu: VT." from a PDF that lost the dashes
        else:
            break
        used.add(id(cell))
        previous = cell.line.index
    pieces = [piece for item in items for piece in _ITEMS_RUN_ON.split(item) if piece.strip(" ;,.")]
    closing.cc = [_filed_spaced(p.ADDRESS_AFTER_NAME.sub("", _NOTE_GLUED.sub(" ", squash_spaces(
        _without_seal_residue(piece)))).rstrip(" ;,." + _SPECKS)) for piece in pieces]
    return used


# The filed copy closed by its drafter's initials or name: "- Lưu: VT, NN (2). Tr", "- Lưu: VT, QLCTR. (Ph)", "- Lưu:
# VT, KT. Phúc".
_INITIALS_AT_END = re.compile(r"^Lưu\b.*(?:\.\s*[A-ZĐ](?:[a-zđ]?|[^\W\d_]{2,5})|\([A-ZĐ][a-zđ]{0,3}\))$")
# The filed copy's colon or commas glued to its offices: "Lưu:VT, QLDN", "Lưu: VT,NN" (words a copy ran together, read
# apart).
_FILED_GLUED = re.compile(r"(?<=^Lưu:)(?=\S)|(?<=,)(?=[A-ZĐ])")


def _filed_spaced(item: str) -> str:
    return _FILED_GLUED.sub(" ", item) if item.startswith("Lưu") else item
# A copy's purpose run into its name: "TT HĐND xã(b/c)" ("cúm A(H5N1)" is as written: only these notes).
_NOTE_GLUED = re.compile(r"(?<=[^\W\d_])(?=\((?:b/c|t/h|p/h|đ/b|để)\b)", re.IGNORECASE)


# Items a web copy ran onto one line, each still opened by its dash: "- Như trên;- TT Tỉnh ủy (b/c);- UBND tỉnh;".
# A legal-document site's flattened list, its items ending with commas: "- Ban Tuyên giáo Trung ương (để b/c), - Các
# đồng chí Thành ủy viên, - Lưu VPTU.", or a forum's paste of it: "(b/c),- Các đồng chí Thành ủy viên,- Lưu …".
_ITEMS_RUN_ON = re.compile(r"(?<=;)\s*[-–+•]\s*(?=\S)|(?<=,)\s*[-–]\s+(?=[" + p.CAPITALS + "])")
_WORD = re.compile(r"[^\W\d_]{2}")  # a word of two letters or more: a line without one is no copy's item
_LETTERS = re.compile(r"[^\W\d_]+")

_SEAL_AFTER_FILED = re.compile(r"(?P<head>Lưu\b.*?\.)\s+(?P<rest>[/\\~|^`].*)$", re.DOTALL)


def _without_seal_residue(item: str) -> str:
    """An item whose line a scan ran into the seal beside it, cut at its ";": "UBND tỉnh; ,/ ,,ƒ", "TT Huyện uỷ; í
    ĐỒNG" (the seal's ring in capitals, specks, single letters: no word in lower case, no figure after it). Not
    the "Lưu" line's drafter and copies: "Lưu: VT, TM; Th12". The "Lưu" line is cut at its full stop where the seal's
    strokes open what follows: "Lưu: VT, NCC, hồ sơ (02b). /ẵ~ SỞ \\"."""
    if (filed := _SEAL_AFTER_FILED.match(item)) and _seal_residue(filed["rest"]):
        return filed["head"]
    head, end, rest = item.partition(";")
    return head if end and _seal_residue(rest) and not p.FILED_COPY.match(head) else item


def _seal_residue(rest: str) -> bool:
    words = _LETTERS.findall(rest)
    # no word in small letters a reader reads ("/ịf^" is none), no organ's name opening it ("Sở Tài chính; Sở KH&ĐT;"
    # names two copies; "; ( Sở Y Tế )" is a seal's), no figures but a speck's ("( ;4 KHO BẠC )à")
    # (nor an office's initials, no syllable a seal's ring spells: "Các Vụ: KHTC, CSDT; VPĐP")
    return bool(rest.strip() and not any(word.islower() and len(word) > 1 and is_syllable(word) for word in words)
                and not p.ORGAN_START.match(rest) and not re.search(r"\d\d", rest)
                and not (_INITIALS.fullmatch(rest) and not any(is_syllable(word.lower()) for word in words)))


_INITIALS = re.compile(r"\s*[A-ZĐ]{3,8}(?:\s*,\s*[A-ZĐ]{2,8})*[\s;.,]*")
