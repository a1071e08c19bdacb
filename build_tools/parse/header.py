"""The header of a letter (phần đầu): issuer, number, place and date, type, subject, recipients.

Nghị định 30/2020/NĐ-CP lays it out in two columns: issuer above the number on the left, the national
motto above place and date on the right, then the type's title or "V/v …" and "Kính gửi". Copies
arrive with the columns interleaved, cut into table cells, or missing altogether, so each line is
classified on its own and the header ends at the first line of running text.
"""

from __future__ import annotations

import functools
import itertools
import re
from dataclasses import dataclass, field

from build_tools import patterns as p
from build_tools.gazetteer import gazetteer
from build_tools.numbers import issuer_code, number_codes, repair_code, repair_number
from build_tools.parse.layout import Line, Source, Warned, next_content, source_of, written
from build_tools.parse.names import (
    commune_spelled,
    district_at_end,
    expand_abbreviations,
    full_issuer,
    is_branch,
    mended_organ_words,
    organ_name,
    province_at_end,
    province_unit,
    run_together_parted,
)
from build_tools.text import (
    capitalise_first,
    fold,
    is_speck,
    is_syllable,
    is_upper_text,
    iso_date,
    new_style_tones,
    squash_spaces,
    title_words,
)

# A site's own metadata block before the letter: "Loại văn bản : Công văn", "Người ký : …", "Số/Ký hiệu: 352/TB-…".
_SITE_METADATA = re.compile(
    r"^(?:loại văn bản|số hiệu|số\s*/\s*ký hiệu|số ký hiệu|người ký|ngày ban hành|cơ quan ban hành|đơn vị ban hành"
    r"|trích yếu|lĩnh vực|ngày hiệu lực|tình trạng|ngày đăng công báo|nơi ban hành)\s*(?::|\|)"
    # … its table copied cell by cell, a space apart: "Số/Ký hiệu 09 /CĐ-BCH", "Ngày ký 29/09/2013", "Người ký Đinh
    # Xuân Hòa", "Trích yếu nội dung Công điện …", "Cơ quan ban hành Ban chỉ huy …", "Văn bản qPPL/Thường Thường"
    r"|(?:số\s*/\s*ký hiệu|ngày ký|ngày ban hành)\s+\d|người ký\s+(?-i:[A-ZĐ])"
    r"|(?:trích yếu nội dung|cơ quan ban hành|văn bản qppl|phân loại|hiệu lực)\s",
    re.IGNORECASE,  # (a portal's table of them: "Số/Ký hiệu | Ngày ban hành | Trích yếu", "Số/Ký hiệu | 1734/QĐ-UBND")
)
# The number's value: "Số: 1198 /UBND-TH", "Số: 1989/V11 -TTTTBC" (a space before the hyphen), "Số: 112 -
# KH/TĐTN" (a party number's hyphen spaced), "Số 21TB/UBKT" (lost), "Số      -HD/BDVHU" (a party draft's blank).
# A subject under its title opening with "Về" alone, as "Về việc": "CHỈ THỊ" / "VỀ TĂNG CƯỜNG QUẢN LÝ NHÀ NƯỚC …".
_ABOUT_UNDER_TITLE = re.compile(r"^\s*" + p.ABOUT_WORD + r"(?:\s+(?=[^\W\d_])|\s*$)", re.IGNORECASE)  # "VỀ" / "TĂNG …"
# A site's tab bullet before the header it shows: "  • TỔNG CỤC HẢI QUAN" / "CỤC HẢI QUAN TỈNH ĐỒNG NAI" ("?" where
# a legacy code page had none to write).
_SITE_BULLET = re.compile(r"^\s*[•◦▪?]\s+(?=[" + p.CAPITALS + r"]{2})")
# … and a scan's speck before a line in capitals: ". HUYỆN HẢI LĂNG", "` QUYẾT ĐỊNH" (its marks: _SPECK_MARKS).
_SPECK_MARKS = ".,'`´‘’·"
_SPECK_BEFORE = re.compile(r"^\s*[" + _SPECK_MARKS + r"]+\s+(?=[" + p.CAPITALS + r"]{2})")
# A copy set the number's cell apart from its head ("Số:" / "214 /TB-VP"), or its code from its figures ("Số: 412" /
# "/BQLDA-GPMB", the code's line opening with its slash; a party's "Số 1386" / "-CV/BTCTU", a narrow cell wrapped at
# the hyphen).
_NUMBER_HEAD_ALONE = re.compile(r"^\s*\|?\s*" + p.NUMBER_WORD + r"\s*:\s*\|?\s*$")
_NUMBER_FIGURES_ALONE = re.compile(r"^\s*\|?\s*" + p.NUMBER_WORD + r"\s*:?\s*\d+[a-zđ]?\s*$")
# … and the year of a date beside the number, wrapped alone: "Số: 52/GMBDT Trà Vinh, ngày 05 tháng 7 năm" / "2024".
_YEAR_CUT = re.compile(r",\s*" + p.DAY_WORD + r"\s*\d{1,2}\s+" + p.MONTH_WORD + r"\s*\d{1,2}\s+" + p.YEAR_WORD
                       + r"\s*$")
_YEAR_ALONE = re.compile(r"\s*(?:19|20)\d{2}\s*$")
_NUMBER_VALUE = re.compile(
    r"(?:^|\|)\s*" + p.NUMBER_HEAD + r"\s*(?::\s*|(?=\s*[\d/.…_-]))"
    # "Số: 32 KH/ĐTN", "Số: 125  KH/TĐTNTCKT": a party number whose hyphen a copy lost, the spaces about it kept
    # "Số: l 4 5 8 /STC-QLNS": figures a clerk filled in by hand, a scan read each apart, an "l" or "O" among them
    r"(?P<value>(?:(?=[lO\s]*\d)[\dlO](?:\s[\dlO]){1,5}(?=\s*/)|\d+[a-zđ]?(?:\s*[-–]\s?[^\W_]+|(?=[A-ZĐ])[^\W\d_]{1,4}|\s{1,3}(?=[A-ZĐ])[^\W\d_]{1,4}(?=/))?"
    r"|[\s.…_]*(?:-[^\W\d_]+)?)"
    r"\s*(?:/\s*\w(?:[\w\-&]|(?<=-)\s(?=[A-ZĐ]{2})|\.(?=[A-ZĐ])|" + p.ROMAN_SPACED + r")*"  # "245/KV XI-TH", "CV- HKH"
    r"(?:\s?[-–]\s?\w(?:[\w\-&]|\.(?=[A-ZĐ]))*)?)+"  # "58 /BC - UBND", "…-C.I"
    r"(?:" + p.HYPHEN_SPACED + ")?)",  # "14/CT UBND"
    re.IGNORECASE,  # "SỐ: 12/UBND" in some headers; "Số  478  -CV/TU": a party number typed into its blank
)
# What every place and date holds: looked for before patterns.PLACE_DATE, whose search tries forty characters
# of a place at each offset of a line.
_DATE_COMMA = re.compile(r",\s*" + p.DAY_WORD, re.IGNORECASE)
_WRAPPED = 100  # characters: a recipient's wrapped line is short, a paragraph of the text is not
_ENDS_LIST_ITEM = re.compile(r"[;.]\s*\|?\s*$")  # "- Ủy ban nhân dân các xã, phường. |": a web table's cell
# A heading or list item opening the text after the title block: "1. Mục đích", "I. …", "a) …", "- …".
_HEADING = re.compile(r"\s*(?:\(?\d+[.)]|[IVX]+\.|[a-zđ]\)|[-–+•])")
# A site's field naming where the letter was issued: "Nơi ban hành: | Thành phố Hà Nội |".
_SITE_PLACE = re.compile(r"(?:nơi|cơ quan)\s+ban\s+hành\s*:?\s*\|?\s*(?P<value>[^|]+?)\s*(?:\||$)", re.IGNORECASE)
# Organs whose name needs a place: "Ủy ban nhân dân", "Hội đồng nhân dân".
# A committee or council without its place, or with its level alone ("… DÂN TỈNH" under the title).
_BARE_ORGAN = re.compile(r"(?P<organ>Ủy ban nhân dân|Hội đồng nhân dân)(?: tỉnh| thành phố)?")
# A number's code on a line of its own: "QLDN" under "Số: 1486/KKT-".
_CODE_LINE = re.compile(r"[A-ZĐ][A-ZĐ&\d.-]{0,15}")


@dataclass
class Header:
    """What the header says; `body_start` is the first line of the letter's text."""

    type: str | None = None
    number: str | None = None
    number_suffix: str | None = None
    date: str | None = None
    place: str | None = None
    issuer: str | None = None
    parent_issuer: str | None = None
    subject: str | None = None
    recipients: list[str] = field(default_factory=list)
    body_start: int = 0
    warnings: list[Warned] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)  # where each field was read


@dataclass
class _Scan:
    organ_lines: list[str] = field(default_factory=list)
    organ_at: list[tuple[str, Line]] = field(default_factory=list)  # each organ line and the line it stands on
    subject_lines: list[str] = field(default_factory=list)
    title: str | None = None
    untitled_subject: bool = False  # a subject with no title above it: "V/v …", a print page's heading
    quoted_subject: bool = False  # "“V/v …”": a clerk's quotes around the subject's lines
    dated_before_organ: bool = False  # the motto's column read before the issuer's: the date above the organ's lines
    place_fragment: str | None = None
    deciding: list[str] = field(default_factory=list)  # "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …" under the title
    site_place: str | None = None  # a site's "Nơi ban hành: Thành phố Hà Nội" before the letter
    lost_hyphens: bool = True  # the copy lost its numbers' hyphens ("1961/QĐUBND"): glued codes are cut
    taken: set[int] = field(default_factory=set)  # lines read with the one above (a number's code cut off)
    number_written: str = ""  # the number as the header writes it, cut again by the title's type once read
    # A joint document's issuers each head a column under its own parent: the column of each organ line (1: a row's
    # second cell, or a line under the first number, before the second: Word's columns one after the other).
    organ_columns: list[int] = field(default_factory=list)
    second_number: bool = False

    def add_organ(self, text: str, line: Line, column: int = 0) -> None:
        self.organ_lines.append(text)
        self.organ_at.append((text, line))
        self.organ_columns.append(column)

    def drop_last_organ(self) -> None:
        del self.organ_lines[-1], self.organ_at[-1], self.organ_columns[-1]


def parse_header(lines: list[Line], lost_hyphens: bool) -> Header:
    """The header's fields; `lost_hyphens`: the copy lost its numbers' hyphens (`shows_lost_hyphens`)."""
    header, scan = Header(), _Scan(lost_hyphens=lost_hyphens)
    mode = None  # "subject" while a subject runs on; "after_title" right after a title line
    i = _preamble_end(lines)
    scan.site_place = next((m.group("value") for line in lines[:i] if (m := _SITE_PLACE.search(line.clean))), None)
    while i < len(lines):
        line = lines[i]
        text = _SPECK_BEFORE.sub("", _SITE_BULLET.sub("", line.clean))
        if i in scan.taken:
            i += 1
            continue
        if stamp := p.RECEIVED_STAMP.match(text):
            _drop_receiving_office(stamp, scan, lines, i)
            scan.taken |= _handwritten_note(lines, i)
        # (a mark is in capitals: a subject's word "khẩn" on a line a PDF wrapped goes on with it)
        marked = p.DOCUMENT_MARK_FOLDED.match(fold(text)) and (is_upper_text(text) or not scan.subject_lines)
        if (line.blank or stamp or p.RULE_LINE.match(text) or marked or p.SIGNATURE_STAMP.match(text)
                or is_speck(text)):
            # A rule line ends a subject, a blank one too unless the subject goes on after it (a Word
            # title block sets each line apart); "DỰ THẢO", "HỎA TỐC" above the header, a digital
            # signature's stamp and a scan's specks (",*" the party's star read with a speck) say nothing of it.
            if mode == "subject" and scan.subject_lines and not (line.blank and _goes_on_after(lines, i, scan)):
                mode = "subject_done"
            i += 1
            continue
        following = next_content(lines, i + 1)
        joined = f"{text.strip(' |')} {lines[following].clean.strip(' |')}" if following is not None else ""
        # "Kính" / "gửi:", "Căn" / "cứ Luật …", "THỦ" / "TƯỚNG CHÍNH PHỦ": a web copy's hard break after the first word;
        # "TỔNG LĐLĐ VIỆT" / "NAM": a narrow cell's before the last
        if (text.strip() == "Kính" and p.RECIPIENTS_HEAD.match(joined)
                or text.strip() == "Căn" and p.GROUNDS_OPENING.match(joined)
                or text.strip(" |") == "THỦ" and joined.startswith("THỦ TƯỚNG")
                or text.rstrip(" |").endswith(" VIỆT") and lines[following].clean.strip(" |") == "NAM"
                or not scan.title and following is not None and _province_cut(text, lines[following].clean)):
            after = lines[following]
            line = Line(i, f"{line.raw} {after.raw}", f"{line.plain} {after.plain}", f"{line.clean} {after.clean}")
            lines = [*lines[:i], line, *lines[i + 1 : following], Line(following, "", "", ""), *lines[following + 1 :]]
            text = line.clean
        elif (p.PLACE_DATE_CUT.match(text.strip(" |")) and p.PLACE_DATE.match(joined)
                or _NUMBER_HEAD_ALONE.match(text) and _NUMBER_VALUE.match(joined)
                or _NUMBER_FIGURES_ALONE.match(text) and joined.startswith(("/", "-"), len(text.strip(" |")) + 1)
                or _YEAR_CUT.search(text) and _YEAR_ALONE.fullmatch(lines[following].clean)):
            # "Thái Nguyên, ngày 09" / "tháng 8 năm 2021", "Số:" / "214 /TB-VP", "Số: 412" / "/BQLDA-GPMB": read as one
            # line, at the first.
            text = joined
            lines = lines[:following] + [Line(following, "", "", "")] + lines[following + 1 :]
        segments = [text] if p.CONDENSED_HEADER.match(text) else _cells(text)  # (its "Số:" no other column's)
        if p.RECIPIENTS_HEAD.match(text):
            header.recipients, i = recipients_at(lines, i)
            header.body_start = i
            break
        # the other column's motto a tab apart: "mùa mưa lũ năm 2010 <tab> CỘNG HÒA XÃ HỘI …" (Word saved as text)
        motto_beside = (mode == "subject" and len(segments) > 1 and any(map(_is_motto, segments[1:]))
                        and _continues_subject(segments[0], scan))
        if mode == "subject" and not _is_stamp(text, header) and (motto_beside or _continues_subject(text, scan)):
            # a web cell's "… Thái Bình |"; a received stamp's "Ngày: 31/5/2019" OCR set beside it, its office's name
            # at the end of the line above ("… hoạt động UBND HUYỆN LÂM THAO" / "khai thác … CÔNG VĂN ĐẾN")
            if (kept := _STAMP_TAIL.sub("", text)) != text and scan.subject_lines:
                scan.subject_lines[-1] = _RECEIVING_OFFICE_AT_END.sub("", scan.subject_lines[-1])
            # the other column's date in the line's next cell: "năm 2019 tại các khu công nghiệp | Bình Dương, ngày …"
            # (or a Word table's, a tab apart: "yếu, kém năm học 2014-2015 <tab> Bắc Kạn, ngày …")
            dated = [k for k, cell in enumerate(segments) if k and (p.PLACE_DATE.match(cell) or _is_motto(cell))]
            if dated:
                kept = " ".join(segments[: dated[0]])
                for cell in segments[dated[0] :]:
                    _classify(cell, header, scan, lines, i)
            scan.subject_lines.append(_read(header, "subject", line, kept.strip(" |")))
            i += 1
            continue
        kinds = [_classify(segment, header, scan, lines, i, cell) for cell, segment in enumerate(segments)]
        if all(kinds):
            # The other column's date or number set between a subject's lines ("V/v tăng cường …, chống" / "Bắc
            # Kạn, ngày 23 …" / "dịch COVID19 trong dịp …"): the subject goes on where the next line is in lower case.
            cut = (mode == "subject" and following is not None and lines[following].clean.lstrip()[:1].islower()
                   and (p.PLACE_DATE.match(text) or _NUMBER_VALUE.search(text)))
            # "THÔNG BÁO" / "Hải Phú, ngày …" / its subject: a scan's date read between the title and its subject
            kept = "after_title" if mode == "after_title" and p.PLACE_DATE.match(text) else None
            mode = next((k for k in kinds if k in ("subject", "after_title")), "subject" if cut else kept)
            i += 1
            continue
        if mode == "after_title" and _TITLE_GOES_ON.fullmatch(text) and scan.title:
            scan.title = f"{scan.title} {text.strip()}"  # "NGHỊ QUYẾT" / "LIÊN TỊCH": one title a narrow cell broke
            i += 1
            continue
        if mode == "after_title" and p.TITLE_ISSUER_LINE.match(text) and is_upper_text(text):
            i += 1  # "CHỈ THỊ" / "CỦA BỘ CHÍNH TRỊ" / "về …": the title names its issuer, the subject follows
            continue
        opens_text = p.GROUNDS_OPENING.match(text) or p.INVITATION.search(text)
        if mode == "after_title" and scan.untitled_subject and is_upper_text(text) and p.ORGAN_START.match(text):
            # the old form's "V/v …" under the number, then "QUYẾT ĐỊNH" / "UỶ BAN NHÂN DÂN HUYỆN TAM ĐƯỜNG": the
            # decision-maker, the subject read
            scan.deciding.append(text)
            i += 1
            continue
        if mode == "after_title" and not opens_text:
            subject = _ABOUT_UNDER_TITLE.sub("", p.SUBJECT_PREFIX.sub("", text)).strip()
            scan.subject_lines.append(_read(header, "subject", line, subject or text.strip()))
            mode = "subject"
            i += 1
            continue
        if scan.subject_lines and is_upper_text(text) and not text.rstrip().endswith(":") and not _HEADING.match(text):
            # the decision-maker: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …", "KHÓA VII" ("I. CĂN CỨ …" opens the text)
            scan.deciding.append(text)
            i += 1
            continue
        if _post_heading(text, header, scan, lines, following):
            scan.subject_lines.append(_read(header, "subject", line, text.strip()))
            scan.untitled_subject = True
            i += 1
            continue
        if scan.title is None and _is_garble(text) and following is not None and _title(lines[following].clean):
            i += 1  # a scan's date or seal OCR read as a few letters ("x Nữ”") above the title: not the text's start
            continue
        header.body_start = i
        break
    else:
        header.body_start = len(lines)
    if header.date is None:
        _signed_on(header, scan, lines)
    _finish(header, scan)
    return header


_SIGNED_ON_SEARCH = 25  # lines from the end: a notice with no header dates itself above its signature


def _signed_on(header: Header, scan: _Scan, lines: list[Line]) -> None:
    """A notice with no header (a portal's post) dated on a line of its own above the signature: "Mỹ Yên, ngày 11
    tháng 9 năm 2023" / "TM. ỦY BAN NHÂN DÂN"; the last such line of its text's end."""
    for line in reversed(lines[max(header.body_start, len(lines) - _SIGNED_ON_SEARCH):]):
        if (date := p.PLACE_DATE.match(line.clean)) and len(line.clean) <= 60:
            _set_place_date(header, scan, date, line)
            return


_HEADER_SEARCH = 80  # lines: a header starts within the first eighty, a site's preamble (a cell a line) included


# A mark a news page ran into the issuer's first line: "HỎA TỐC ỦY BAN NHÂN DÂN" / "HUYỆN TAM ĐƯỜNG".
_MARK_RUN_IN = re.compile(r"^(?:HỎA\s+TỐC|THƯỢNG\s+KHẨN|KHẨN)\s+(?=[" + p.CAPITALS + r"]{2})")


def _preamble_end(lines: list[Line]) -> int:
    """Where the header starts: after what a web page sets before the letter (its own title, a block
    "Số hiệu: … Loại văn bản: …", "Xem thêm Lược đồ"), when an organ, the motto or the number line
    follows within the first lines. 0 when the letter starts with its header (or has none)."""
    first_organ = None  # a site's own name heading its page ("TRƯỜNG ĐẠI HỌC …" above its menu) may come first
    first_title = None
    for line in lines[:_HEADER_SEARCH]:
        text = _MARK_RUN_IN.sub("", _SITE_BULLET.sub("", line.clean).strip(" |"))
        if _SITE_METADATA.match(text) or p.SITE_TITLE.match(text):
            continue  # the site's "Số/Ký hiệu: 352/TB-CCTHA", its title "CÔNG ĐIỆN 06/CĐ-UBND NĂM 2017 VỀ …": no organ
        if _BREADCRUMB.match(text):
            first_organ = first_title = None  # "SỞ Y TẾ THÀNH PHỐ CẦN THƠ" / "Trang chủ » Văn bản": the site's own name
            continue
        if p.CONDENSED_HEADER.match(text):
            return line.index  # a news item's header on one line: "HUYỆN ỦY KRÔNG PẮC - Số 412-TB/HU, ngày 12/9/2019"
        # "VKSND TỈNH THANH HÓA"; a web cell's first word broken off: "THỦ" / "TƯỚNG CHÍNH PHỦ"
        below = lines[line.index + 1].clean.strip(" |") if line.index + 1 < len(lines) and " " not in text else ""
        organ = is_upper_text(text) and (_opens_organ(text) or bool(below) and _opens_organ(f"{text} {below}"))
        if organ and _header_follows(lines, line.index) or _is_motto(text) or _NUMBER_VALUE.match(text) or (
                p.DOCUMENT_MARK_FOLDED.match(fold(text))):
            if first_organ is not None and not organ:
                return first_organ
            start = line.index
            while ((above := _cell_above(lines, start)) is not None and _issuer_line(lines[above].clean)
                   and not p.SITE_TITLE.match(lines[above].clean)):
                start = above  # the issuer's lines above: "TỈNH BÌNH THUẬN" under a lost first line
            if start == line.index and _NUMBER_VALUE.match(text) and above is not None and _title(lines[above].clean):
                start = above  # a notice's title above its number, no header: "THÔNG BÁO" / "Số: 19/TB-UBND"
            return start
        if organ and first_organ is None:
            first_organ = line.index
        if p.PLACE_DATE.match(text):  # the header's date; or, a notice's title above, the date it is signed on
            return min((start for start in (first_organ, first_title) if start is not None), default=0)
        if p.SUBJECT_NUMBERED.match(text):
            return line.index  # a portal's post under its menu: "Về việc … (2146/VP-KT, ngày 14/8/2019)."
        if first_title is None and _title(text):
            first_title = line.index  # a notice with no header: its title, under a portal's menu
    # whichever comes first: a news page's notice names its organ in capitals under its text, in place of a signature
    return min((start for start in (first_organ, first_title) if start is not None), default=0)


# A site's path to the page: "Trang chủ » Văn bản » Văn bản chỉ đạo", "Trang chủ > Tin tức".
_BREADCRUMB = re.compile(r"\s*Trang\s+chủ\s*(?:[»>/|›]|ằ\s|$)")  # (TCVN3 has no "»": its byte reads "ằ")
# an emoji or a pictograph, or the "?" a legacy code page wrote for one
_SYMBOL_OPENING = re.compile(r"\s*(?:[\U0001F300-\U0001FAFF\u2600-\u27BF]|\?+\s)")


def _province_cut(text: str, following: str) -> bool:
    """"UBND TỈNH QUẢNG" / "NAM", "BCH ĐOÀN TỈNH HÀ" / "NAM": a province's name after its level a narrow cell broke,
    its last words alone on the next line (not "ĐOÀN TNCS HỒ CHÍ" / "MINH", no province's)."""
    words, rest = text.strip(" |").split(), following.strip(" |")
    if not (0 < len(rest.split()) <= 2 and len(words) >= 2 and is_upper_text(rest) and is_upper_text(text)):
        return False
    places = gazetteer()
    return any(words[-k - 1] in _PROVINCE_LEVEL_WORDS and places.is_province(title_words(" ".join([*words[-k:], rest])))
               and not places.is_province(title_words(" ".join(words[-k:]))) for k in (1, 2) if len(words) > k)


_PROVINCE_LEVEL_WORDS = frozenset({"TỈNH", "PHỐ", "TP.", "TP"})


def _issuer_line(text: str) -> bool:
    """A line of the issuer's column: in capitals, or its first cell an organ in capitals ("UBND HUYỆN PHÙ CÁT | UBND
    XÃ CÁT HANH | Số: 47/KH-UBND", a portal's row of the header table)."""
    first = _cells(text)[:1]
    if _SYMBOL_OPENING.match(text) or _title(text) or _HEADLINE.match(text) and not _opens_organ(text):
        return False  # a page's headline above the letter: "📢 GIẤY MỜI HỌP TRIỂN KHAI …", "THÔNG BÁO TUYỂN DỤNG …"
    return is_upper_text(text) or bool(first and is_upper_text(first[0])
                                       and _opens_organ(first[0]))


_HEADLINE = re.compile(r"\s*(?:" + p.TYPE_NAME + r")\s+\S", re.IGNORECASE)  # a type's name and more words


def _opens_organ(text: str) -> bool:
    """The line opens with an organ's name, its abbreviations expanded and the tones OCR misread mended ("UY BAN
    NHÂN DÂN", "BÔ TÀI CHÍNH")."""
    return bool(p.ORGAN_START.match(_organ_words(text)) or _SCHOOL_BY_LEVEL.match(text))


# A school a scan lost its "TRƯỜNG" from, named by its level: "THPT HUỲNH NGỌC HUỆ" under "SỞ GD&ĐT QUẢNG NAM".
_SCHOOL_BY_LEVEL = re.compile(r"\s*(?:THPT|THCS|TRUNG HỌC (?:PHỔ THÔNG|CƠ SỞ))\s")


def _organ_words(text: str) -> str:
    """A header line's organ words as they are meant: abbreviations expanded, OCR's tone slips mended."""
    return mended_organ_words(expand_abbreviations(text))


def _is_garble(text: str) -> bool:
    """A few letters in one or two words, no figure: too short to be an organ, number, date or subject."""
    return len(text.split()) <= 2 and sum(c.isalpha() for c in text) <= 5 and not any(c.isdigit() for c in text)


def _header_follows(lines: list[Line], k: int) -> bool:
    """The organ line at k heads the letter: the motto or the number comes within a few lines of capitals,
    rules and blanks after it, not a site's menu in running case."""
    for line in lines[k + 1 : k + 8]:
        text = line.clean.strip(" |")
        if _is_motto(text) or _NUMBER_VALUE.match(text):
            return True
        if not (line.blank or p.RULE_LINE.match(text) or is_upper_text(text)):
            return False
    return False


_ROMAN_HEADING = re.compile(r"\s*[IVX]+\.\s")


_PERIOD_OPENING = re.compile(r"\s*(?:\d{1,2}\s+tháng\s+(?:đầu|cuối)|quý\s+[IV\d]+\b)", re.IGNORECASE)


def _goes_on_after(lines: list[Line], i: int, scan: _Scan) -> bool:
    """The subject goes on past a blank line: the next line starts in lower case ("nghe báo cáo …") or with a
    quotation mark, or in capitals under a subject in capitals ("CỦA HỘI ĐỒNG NHÂN DÂN TỈNH …")."""
    following = next_content(lines, i)
    if following is None:
        return False
    text = lines[following].clean
    if p.RULE_LINE.match(text) or not _continues_subject(text, scan):
        return False
    if is_upper_text(" ".join(scan.subject_lines)):  # "KẾT LUẬN CỦA BAN THƯỜNG VỤ HUYỆN ỦY" / "về kết quả …": a party's
        # title block, its paragraphs apart in Word; not the text's first heading ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH")
        return (is_upper_text(text) and not _ROMAN_HEADING.match(text)) or bool(_JOINING_WORD.match(text))
    if text[:1].islower() or (_bold(lines[i - 1].raw) and _bold(lines[following].raw)):
        return True
    if text.lstrip().startswith(("“", '"')):  # the name a subject quotes: "… danh hiệu" / "“Nông dân … xuất sắc”"
        return True
    if p.SUBJECT_CUT_SHORT.search(scan.subject_lines[-1]):  # "… chào mừng kỷ niệm" / "35 năm Ngày giải phóng …"
        return True
    if _PERIOD_OPENING.match(text) and len(text) < _PAGE_WIDE and "," not in text[:25]:
        return True  # a report's period set a paragraph apart: "… quốc phòng - an ninh" / "6 tháng đầu năm 2014 và …"
    # A wrapped title's tail set a paragraph apart (OCR, a centred block): much shorter than the line above
    # and no heading ("… của Bộ" / "Chính trị", "… năm" / "2012").
    last = scan.subject_lines[-1]
    return (len(text) < 0.75 * len(last) and not last.rstrip().endswith((".", ";", ":")) and not _HEADING.match(text)
            and not _next_is_place_date(lines, following))  # "Bắc" / "Ninh, ngày …": the date's place, cut


def _post_heading(text: str, header: Header, scan: _Scan, lines: list[Line], following: int | None) -> bool:
    """A portal's print page that lost the header table: the place and date, then the subject set as the post's
    heading, then the text ("Hải Phòng, ngày 12 tháng 7 năm 2018" / "Tăng cường phòng, chống …" / "Thực hiện …")."""
    alone = header.date and not (scan.organ_lines or scan.title or scan.subject_lines or header.number)
    return bool(alone and len(text) <= 200 and not text.rstrip().endswith((".", ":", ";")) and following is not None
                and _opens_body(lines[following].clean))


def _bold(raw: str) -> bool:
    """A line set in bold ("**…**"), as a Word title block's lines are and running text is not; a footnote's marker
    may follow it ("**… năm 2024**¹")."""
    line = p.MARKER_AT_END.sub("", raw.strip())
    return line.startswith("**") and line.endswith("**")


# A line in running case longer than a flattened page's parts is a paragraph, no motto ("Nhà nước pháp quyền xã hội
# chủ nghĩa Việt Nam" in its text).
_MOTTO_LONGEST = p.FLATTENED_LENGTH  # longer lines were cut into their parts (layout.unflatten)


# A narrow cell's "CỘNG" / "HÒA XÃ HỘI …", "… CHỦ" / "NGHĨA VIỆT NAM", "VIỆT" / "NAM": in capitals, as the motto is.
_MOTTO_WORD = re.compile(r"\W*(?:(?:(?:nghia\W*)?viet\W*)?nam|cong)\W*")


@functools.lru_cache(maxsize=4096)  # a pure function of the line, asked of each header line more than once
def _is_motto(text: str) -> bool:
    """A line of the national motto, or of a party's name in capitals ("VIỆT" / "NAM" cut by a web table):
    folded, "năm" is "nam" too, and a wrapped subject's "… kết quả 3" / "năm" is no motto; nor is running text
    that names the old republic ("… khai sinh nước Việt Nam Dân chủ Cộng hòa.")."""
    if len(text) > _MOTTO_LONGEST and not is_upper_text(text):
        return False  # a paragraph naming "Nhà nước pháp quyền xã hội chủ nghĩa Việt Nam"
    found = p.MOTTO_FOLDED.search(fold(text))
    if not found or re.fullmatch(r"\W*(?:năm|c[ốóô]ng)\W*", text, re.IGNORECASE):
        return False  # "… kết quả 3" / "năm", "UBND HUYỆN NÔNG" / "CỐNG", "HƯỚNG DẪN" / "CÔNG" / "TÁC …": no "CỘNG"
    if _MOTTO_WORD.fullmatch(fold(text)) and not is_upper_text(text):
        return False  # a wrapped subject's "… phường Quy Nhơn" / "Nam", "… để gia" / "công": the motto's are capitals
    # a wrapped subject's "… Ngày Pháp luật nước Cộng hòa" / "xã hội chủ nghĩa Việt Nam năm 2019 …" (a copy that set the
    # motto in small letters ends the line with it: "cộng hoà xã hội chủ nghĩa việt nam")
    if text.lstrip()[:1].islower() and _words_after_motto(text):
        return False
    if found.group("bare") and not is_upper_text(text) and len(text.split()) > 3:
        return False
    return found.group("party") is None or is_upper_text(text)


def _words_after_motto(text: str) -> bool:
    return bool(re.search(r"\w", text[max(m.end() for m in p.MOTTO_FOLDED.finditer(fold(text))) :]))


def _opens_body(text: str) -> bool:
    """"Thực hiện Công văn số …" opens the text; "thực hiện các nhiệm vụ" goes on with a subject."""
    return bool(p.BODY_OPENING.match(text)) and text.lstrip(" -–•")[:1].isupper()


@functools.lru_cache(maxsize=4096)  # a pure function of the line; headers repeat their lines across letters
def _cells(text: str) -> tuple[str, ...]:
    """Cells of a two-column header line: "A | B" in web copies, "A      B" or tabs in PDF text, or the
    columns run together by a web page ("UBND TỈNH HẬU GIANG CỘNG HÒA XÃ HỘI …", "… ------- Số:32 /2007/…"):
    cut at rule lines, before the motto and before "Số:". A cell holding the number or the date keeps its
    wide gaps: "Số:        /UBND-VP", "ngày      tháng 5"."""
    cells = []
    for cell in re.split(r"\||\t", text):
        for part in _dated_apart(p.HEADER_CELL_BREAK.split(cell)):
            if at := _date_after_gap(part):  # "V/v …      Nghĩa Lâm, ngày      tháng 5 năm 2016": a draft's blank day
                cells += [part[:at].strip(), part[at:].strip()]
                continue
            # "Số:   47/KH-THCS" is one cell; a run of spaces is one gap
            pieces = re.split(r"(?<!\s)(?<!Số)(?<!Số:)(?<!Số :)\s{3,}", part)
            dated_beside = any(p.PLACE_DATE.match(piece) for piece in pieces[1:])  # "V/v …      Hà Nội, ngày …"
            if not dated_beside and (_NUMBER_VALUE.search(part) or _DATE_COMMA.search(part)
                                     and p.PLACE_DATE.search(part)):
                cells.append(part.strip())
            else:
                cells += [piece.strip() for piece in pieces]
    return tuple(cell for cell in cells if cell and not p.RULE_LINE.match(cell))


def _date_after_gap(part: str) -> int | None:
    """Where the place and date begin after a wide gap in a cell that opens with other words: the date's own gaps
    kept ("ngày      tháng 5"); None where the cell opens with them or holds none."""
    dated = p.PLACE_DATE.search(part) if _DATE_COMMA.search(part) else None
    gaps = list(re.finditer(r"\S\s{3,}(?=\S)", dated.group("place"))) if dated else []
    return dated.start("place") + gaps[-1].end() if gaps else None


_PLACE_KIND_ENDS = frozenset({"pho", "xa", "tran", "huyen", "tinh", "quan", "phuong"})  # "Thành phố" / "Cao Lãnh"


def _dated_apart(parts: list[str]) -> list[str]:
    """Each part, the place and date run onto a subject's line set apart (p.PLACE_DATE_AT_END after a word in small
    letters or a number: "… dạy học trực tuyến" / "Nam Định, ngày 14 tháng 4 năm 2020", "… vào lớp 10" / "Hà Tĩnh,
    ngày …"; not "Bình" / "Định, ngày …", nor a place's kind: "Thành phố" / "Cao Lãnh, ngày …")."""
    apart = []
    for part in parts:
        dated = p.PLACE_DATE_AT_END.search(part)
        words = part[: dated.start()].split() if dated else []
        before = words[-1] if len(words) > 1 else ""  # not a place's first word TCVN3 wrote small: "ứng Hòa, ngày"
        if before.isdigit() or before[:1].islower() and (fold(before) not in _PLACE_KIND_ENDS
                                                         or _kind_misfits(before, dated.group())
                                                         or _named_place_start(part, dated.start())):
            # "… bệnh Dịch tả lợn Châu Phi Hà Nội, ngày …": no unit is "Châu Phi Hà Nội", Hà Nội is; after a unit's
            # kind, "… quận Hải An Hải Phòng, ngày …": no quận is "Hải An Hải Phòng", Hải Phòng is
            at = _named_place_start(part, dated.start()) or dated.start()
            apart += [part[:at], part[at:]]
        else:
            apart.append(part)
    return apart


def _named_place_start(part: str, start: int) -> int | None:
    """Where a unit's name begins in the capitalised words before ", ngày" at `start`, words before it that with it
    name no unit; None when the words are one unit's name or hold none."""
    words = part[start:].partition(",")[0].split()
    names = gazetteer().names
    if len(words) < 2 or fold(" ".join(words)) in names:
        return None
    # (a province, or a name of two words: "Hồ" is a town's, "Nghĩa Hồ" a commune the dataset may not hold)
    size = next((size for size in range(len(words) - 1, 0, -1) if fold(" ".join(words[-size:])) in names
                 and (size > 1 or gazetteer().is_province(words[-1]))), 0)
    if not size or fold(words[-size - 1]) in _PLACE_KIND_ENDS:  # "Thành phố Hồ Chí Minh": the unit's kind before it
        return None
    return part.index(" ".join(words[-size:]), start)


def _kind_misfits(kind: str, dated: str) -> bool:
    """A district's or commune's kind before a province's name, no unit so named: "… Trung tâm Y tế huyện" / "Hà Nội,
    ngày 08 tháng 10 năm 2018" (a ministry's date run onto its subject's line)."""
    place = dated.partition(",")[0].strip()
    if fold(kind) == "tinh":  # "… của Đoàn ĐBQH tỉnh" / "Rạch Giá, ngày …": a city, no province so named
        return not gazetteer().is_province(place)
    return fold(kind) != "pho" and gazetteer().is_province(place) and not gazetteer().district_unit(place)


_JOINING_WORD = re.compile(r"\s*(?:về|vê|tại|của|trong|đối với|trên|cho|năm|giai đoạn|nhiệm kỳ)\s")  # OCR's "vê"


def _continues_subject(text: str, scan: _Scan) -> bool:
    """A line after the subject's first goes on with it, unless it is another part of the letter: the
    number or the place and date (the other column), the motto, a line in capitals under a subject
    that is not (the decision-maker), running text under a subject in capitals, or the text's opening."""
    # "V/v sơ kết 5 năm thực hiện Kết luận" / "số 114-KL/TW của Ban Bí thư": a number the subject names, no header's
    named_number = re.match(r"\s*số\s+\d", text)
    if (_NUMBER_VALUE.search(text) and not named_number or p.PLACE_DATE.match(text.lstrip(" |")) or _is_motto(text)
            or p.CC_HEAD.match(text) or _SENT_AT.match(text)):  # "| TP. Hồ Chí Minh, ngày …": a web table's other cell
        return False
    if scan.subject_lines[-1].rstrip().endswith("./."):  # the text's last words: no subject goes on past them
        return False
    subject_upper = is_upper_text(" ".join(scan.subject_lines))
    lettered = re.search(r"[^\W\d_]", text)  # "2022 - 2025" ends a subject in either case
    # "HỘI NGHỊ BAN CHẤP HÀNH ĐẢNG BỘ XÃ LẦN THỨ 28" / "về phương hướng, …", "KẾT LUẬN CỦA BAN THƯỜNG VỤ ĐẢNG ỦY" /
    # "tại hội nghị ngày …": a title block's line in small letters goes on with a word that joins it
    about = subject_upper and bool(_JOINING_WORD.match(text))
    if lettered and is_upper_text(text) != subject_upper and len(text.split()) > 1 and not about:
        return False
    if _wider_than_subject(text, scan.subject_lines):
        return False
    cut_short = p.SUBJECT_CUT_SHORT.search(scan.subject_lines[-1])
    if (is_upper_text(text) and p.DECIDING_LINE.match(text) and not cut_short) or p.ATTACHED_TO.match(text):
        return False  # "… CỦA" / "HỘI ĐỒNG NHÂN DÂN TỈNH QUY ĐỊNH …" goes on; a line of its own decides
    if _repeats_subjects_end(text, scan.subject_lines):
        return False  # "… QUY CHẾ HOẠT ĐỘNG CỦA HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ TỈNH KIÊN GIANG" / "HỘI ĐỒNG NGHĨA VỤ QUÂN SỰ
        # TỈNH KIÊN GIANG": the body that decides, named as the subject ended
    # "… NGHỊ QUYẾT SỐ 12/2021/NQ-HĐND" / "NGÀY 10 THÁNG 12 NĂM 2021 CỦA …": the date of the document a subject in
    # capitals names, no text's opening
    return not _opens_body(text) or subject_upper and bool(_NAMED_DOCUMENTS_DATE.match(text))


def _repeats_subjects_end(text: str, subject_lines: list[str]) -> bool:
    """A line of three words or more in capitals the subject ends with: no subject names a body twice in a row."""
    words = fold(text).split()
    return len(words) >= 3 and is_upper_text(text) and fold(" ".join(subject_lines)).split()[-len(words):] == words


# A công điện's hour of sending under its subject: "Vào hồi 14 giờ 30 / ngày 29/9/2013".
_SENT_AT = re.compile(r"\s*(?:vào\s+)?hồi\s+\d{1,2}\s*(?:giờ|h\b)", re.IGNORECASE)
_NAMED_DOCUMENTS_DATE = re.compile(r"\s*NGÀY\s+\d")  # in capitals: a body's "Ngày 10/9/2019, …" is not


def _wider_than_subject(text: str, subject_lines: list[str]) -> bool:
    """A line in running case opening with a capital, a third wider than the subject's centred lines and as wide as
    a page's: the text's first, where a scan's copy left no blank line under the subject ("về lãnh đạo cuộc bầu cử …"
    / "và đại biểu … nhiệm kỳ 2011 - 2016" / "Cuộc bầu cử đại biểu Quốc hội khóa XIII và …")."""
    widest = max(len(line) for line in subject_lines)
    if len(text) >= _PARAGRAPH_WIDE and len(text) > 2 * widest and text[:1].isupper():
        return True  # a web copy's paragraph on one line under a one-line subject: "Mùa khô năm 2007 - 2008, …"
    return (len(text) >= _PAGE_WIDE and len(text) > 1.35 * widest and text[:1].isupper()
            and not is_upper_text(text) and len(subject_lines) >= 2)


_PAGE_WIDE = 70  # characters a wrapped line of a page's text holds at the least
_PARAGRAPH_WIDE = 250  # characters: no subject's line goes on so far


def _title(text: str) -> str | None:
    """The type a title line in capitals names, as written: "KẾ HOẠCH"; OCR's "B ÁO CÁO" split inside a word."""
    if not is_upper_text(text):
        return None
    if titled := p.TITLE_LINE.match(text):
        return titled.group(1)
    if (joint := _JOINT_TITLE_FOLDED.match(fold(text))) and (named := p.type_named(joint["type"])):
        return f"{named} {_JOINT_KINDS[joint['kind']]}"  # OCR's "QUY CHÉ PHỐI HỢP": a Quy chế phối hợp
    return text.strip() if len(text) <= 20 and p.type_named(text) else None


# A joint document's title as its letters fold, a scan's tone slips and all.
_JOINT_KINDS = {"phoi hop": "phối hợp", "lien tich": "liên tịch", "lien nganh": "liên ngành"}
_JOINT_TITLE_FOLDED = re.compile(r"\s*(?P<type>\S+(?:\s\S+)?)\s+(?P<kind>" + "|".join(_JOINT_KINDS) + r")\s*$")


def _read(header: Header, name: str, line: Line, part: str) -> str:
    """`part` of a line (its clean form) as written, and where the field `name` was read from it."""
    header.sources.append(source_of(name, line, part))
    return written(line, part)


# A received stamp's own number, after the letter's: "Số: 4168" (a letter's number has its code).
_STAMP_NUMBER = re.compile(r"\s*Số\s*:\s*[.…_]*\d+[.…_]*\s*")  # the clerk's figures on the form's dots: "Số: ..1932.."


def _drop_receiving_office(stamp: re.Match[str], scan: _Scan, lines: list[Line], i: int) -> None:
    """The receiving office's name above its stamp's head ("UBND TP HẠ LONG" / "CÔNG VĂN ĐẾN"): no organ of the
    letter's, nor its decision-maker."""
    above = _previous_content(lines, i)
    if stamp.group("head") and scan.organ_at and scan.organ_at[-1][1].index in (i, above):
        scan.drop_last_organ()
    # under a subject, where it was taken for the decision-maker ("V/v …" / "UBND XÃ XUÂN LAI" / "CÔNG VĂN ĐẾN")
    elif stamp.group("head") and scan.deciding and above is not None and scan.deciding[-1] in lines[above].clean:
        del scan.deciding[-1]
    # at the end of a subject's line, OCR's one space apart: "… bão cuối năm 2009 UBND XÃ HẢI TRẠCH" / "CÔNG VĂN ĐẾN"
    elif (stamp.group("head") and scan.subject_lines and above is not None
          and scan.subject_lines[-1] in lines[above].clean):
        # (or the line itself under a subject in capitals: "… NĂM 2023" / "SỞ NN&PTNT QUẢNG BÌNH" / "CÔNG VĂN ĐẾN")
        if not (kept := _RECEIVING_OFFICE_AT_END.sub("", " " + scan.subject_lines[-1]).strip()):
            del scan.subject_lines[-1]
        else:
            scan.subject_lines[-1] = kept


# A joint document's title broken after its type: "NGHỊ QUYẾT" / "LIÊN TỊCH", "CHƯƠNG TRÌNH" / "PHỐI HỢP".
_TITLE_GOES_ON = re.compile(r"\s*(?:LIÊN\s+TỊCH|PHỐI\s+HỢP)\s*")


def _handwritten_note(lines: list[Line], stamp: int) -> set[int]:
    """The line a leader wrote by hand under a received stamp, read as text ("Đ/c Sơn nghiên cứu, tham mưu. 12/1",
    "Giao P.TNMT chủ trì, báo cáo trước 5/7"): a short line of no header's kind, the letter's title or addressees
    below it."""
    note = next_content(lines, stamp + 1)
    while note is not None and p.RECEIVED_STAMP.match(lines[note].clean):
        note = next_content(lines, note + 1)  # the stamp's own lines: "Số: … Ngày: …", "Chuyển: …"
    after = next_content(lines, note + 1) if note is not None else None
    if after is None:
        return set()
    text, below = lines[note].clean.strip(), lines[after].clean
    header_kind = (p.RECEIVED_STAMP.match(text) or _title(text) or p.RECIPIENTS_HEAD.match(text) or is_upper_text(text)
                   or p.SUBJECT_PREFIX.match(text) or p.PLACE_DATE.match(text) or _NUMBER_VALUE.search(text))
    below_opens = _title(below) or p.RECIPIENTS_HEAD.match(below)
    return {note} if len(text) <= _NOTE_LENGTH and not header_kind and below_opens else set()


_NOTE_LENGTH = 80  # characters: a note written by hand in a stamp's margin


def _is_stamp(text: str, header: Header) -> bool:
    """A received stamp's words: "CÔNG VĂN ĐẾN", "Ngày: 31/5/2019", its "Số: 4168" after the letter's number."""
    return bool(p.RECEIVED_STAMP.match(text) or header.number and _STAMP_NUMBER.fullmatch(text))


# Its words OCR set at the end of a subject's line, its office's name at the end of the line above.
_STAMP_TAIL = re.compile(r"\s+(?:Số\s*:\s*\d+|Ngày\s*:\s*\d{1,2}/\d{1,2}/\d{2,4}|CÔNG\s+VĂN\s+ĐẾN(?:\s+Số\s*:\s*\d+)?)"
                         r"\s*$")
_RECEIVING_OFFICE_AT_END = re.compile(r"\s+(?:UBND|ỦY\s+BAN\s+NHÂN\s+DÂN|VĂN\s+PHÒNG|SỞ)(?:\s+[" + p.CAPITALS
                                      + r".&-]+)+\s*$")


# A company's lines under its name: "MST: 3702158846", "Địa chỉ: Lô E2, KCN Mỹ Phước 3, …", "ĐT: 0274.3567.218  Fax: …",
# "Email: …"; its logo a copy named in brackets: "[Logo Công ty CP Du lịch Thác Đá]".
_CONTACT = re.compile(r"\s*(?:(?:MST|Mã\s+số\s+thuế|Địa\s+chỉ|ĐT|Điện\s+thoại|Tel|Fax|E-?mail|Website)\s*:"
                      r"|\[\s*Logo\b)", re.IGNORECASE)
# A joint document's type code (liên tịch, liên ngành, phối hợp): its issuers each number it, side by side ("Số:
# 2056/KHLT-SGDĐT" | "Số: 1187/KHLT-CAT-PA03"; "27/CTrPH-HND" | "415/CTrPH-NHCS"; a youth union's, numbered as the
# party numbers: "86-HDLT/TĐTN-TTH"); the first is the letter's number.
_JOINT_TYPE_CODE = re.compile(r"[/-]\s*(?:[A-ZĐ]{1,4}L[TN]|CTr?PH|QCPH|KHPH)", re.IGNORECASE)


def _classify(text: str, header: Header, scan: _Scan, lines: list[Line], i: int, cell: int = 0) -> str | None:
    """Record what a header line says (`cell`: which of its row's cells) and return its kind; None when it is not a
    header line."""
    if _NATIONAL_TAIL.fullmatch(text) and scan.organ_at and scan.organ_at[-1][1].index == _previous_content(lines, i):
        # "BẢO HIỂM XÃ HỘI" / "VIỆT NAM": the organ's name goes on, no motto
        scan.add_organ(text, lines[i], scan.organ_columns[-1])
        return "header"
    if (_is_motto(text) or _SITE_METADATA.match(text) or p.DOCUMENT_MARK_FOLDED.match(fold(text))
            or _CONTACT.match(text)):
        return "header"  # (a mark a page ran into the header's line, a cell of its own: "HỎA TỐC")
    if _is_stamp(text, header):  # a received stamp's words read into a column: "Số: 2745/TNMT-MT CÔNG VĂN ĐẾN …"
        if stamp := p.RECEIVED_STAMP.match(text):
            _drop_receiving_office(stamp, scan, lines, i)
            scan.taken |= _handwritten_note(lines, i)
        return "header"
    if (condensed := p.CONDENSED_HEADER.match(text)) and not scan.organ_lines:
        for organ in _ORGAN_AFTER_DASH.split(condensed["organ"]):  # "HUYỆN ỦY KRÔNG PẮC - Số 412-TB/HU, ngày …"
            scan.add_organ(organ, lines[i])
        _set_number(header, scan, _read(header, "number", lines[i], condensed["number"]), lines[i])
        _read(header, "date", lines[i], text[condensed.start("day") :].strip())
        header.date = iso_date(int(condensed["day"]), int(condensed["month"]), int(condensed["year"]))
        return "header"
    number = _NUMBER_VALUE.search(text)
    if number and header.number is None and header.number_suffix is None:
        value = _read(header, "number", lines[i], number.group("value").strip())
        following = next_content(lines, i + 1)
        if value.endswith("-") and following is not None and _CODE_LINE.fullmatch(lines[following].clean):
            value += lines[following].clean  # "Số: 1486/KKT-" / "QLDN": a narrow cell cut it at its hyphen
            scan.taken.add(following)
        _set_number(header, scan, value, lines[i])
        # "Số: 12/UBND-VP Bình Long, ngày …": the other column on the same line, a space apart.
        date = p.PLACE_DATE.search(text, number.end())
        if date and header.date is None:
            _set_place_date(header, scan, date, lines[i])
        return "header"
    if number and _JOINT_TYPE_CODE.search(number.group("value")):
        scan.second_number = True
        return "header"  # a joint document's second number, its other issuer's: "Số: 1187/KHLT-CAT-PA03"
    if _NUMBER_WORD_ALONE.fullmatch(text) and i + 1 < len(lines):
        return "header"  # "Số:" with the number on the next line ("Số:" / "21/2022/NQ-HĐND")
    date = p.PLACE_DATE.match(text)
    if date and header.date is None:
        _set_place_date(header, scan, date, lines[i])
        return "header"
    no_number = header.number is None and header.number_suffix is None
    if no_number and i > 0 and _NUMBER_WORD_ALONE.fullmatch(lines[i - 1].clean):
        if re.fullmatch(r"[\w./…\-\s]+/[\w\-/]+", text):
            _set_number(header, scan, _read(header, "number", lines[i], lines[i].clean.strip()), lines[i])
            return "header"
    if no_number and header.date is None and (listed := p.SUBJECT_NUMBERED.match(text)):
        _set_number(header, scan, _read(header, "number", lines[i], listed.group("number")), lines[i])
        day, month, year = map(int, re.findall(r"\d+", _read(header, "date", lines[i], listed.group("date"))))
        header.date = iso_date(day, month, year)
        scan.untitled_subject = True
        scan.subject_lines.append(_read(header, "subject", lines[i], listed.group("subject")))
        return "subject"
    about = p.SUBJECT_ABOUT.match(text)  # looked at first: the line above is looked for only under a "Về …"
    prefix = p.SUBJECT_PREFIX.match(text) or (about if about and _under_number(lines, i) else None)
    if prefix and not scan.subject_lines:
        scan.untitled_subject = True
        scan.quoted_subject = bool(prefix.groupdict().get("quote"))
        scan.subject_lines.append(_read(header, "subject", lines[i], text[prefix.end():]))
        return "subject"
    if (not scan.subject_lines and scan.title is None and _PARTY_LETTER.match(header.number or "")
            and _under_number(lines, i) and text[:1].isupper() and not is_upper_text(text)):
        # a party's công văn, its subject under its number with no "V/v": "Số 512 - CV/BTGTU" / "Tuyên truyền cuộc …"
        scan.untitled_subject = True
        scan.subject_lines.append(_read(header, "subject", lines[i], text.strip()))
        return "subject"
    if scan.title is None and (title := _title(text)):
        scan.title = title
        header.sources.append(source_of("type", lines[i], scan.title))
        return "after_title"
    if is_upper_text(text) and scan.title is None and not scan.subject_lines:
        # a PDF's motto column read first ("Lục Ngạn, ngày …" / "ỦY BAN MTTQ VIỆT NAM" / "HUYỆN LỤC NGẠN"): its date
        # does not end the organ's lines
        numbered = header.number or header.number_suffix or header.date and not scan.dated_before_organ
        if numbered and _COUNCIL_TERM.match(text):
            scan.deciding.append(text)  # "KHÓA X, KỲ HỌP THỨ MƯỜI CHÍN" under a council a copy's title block lost
            return "header"
        in_second_column = 1 in scan.organ_columns and not scan.second_number  # "ĐOÀN TNCS HỒ CHÍ" / "MINH"
        if scan.organ_lines and numbered and not p.ORGAN_START.match(text) and not in_second_column:
            # in capitals, its title lost ("VỀ DANH MỤC DỰ ÁN …" under the number: its "Về" no subject's word)
            scan.subject_lines.append(_read(header, "subject", lines[i], _ABOUT_UNDER_TITLE.sub("", text).strip()))
            return "subject"
        # "- BÀ RỊA - VŨNG TÀU", "` THPT HUỲNH NGỌC HUỆ": a rule's dash or a speck OCR set on the line
        text = re.sub(r"^\s*[-–_`´‘’·]+\s+", "", text)
        under_number = bool(header.number and _JOINT_TYPE_CODE.search(header.number))
        scan.add_organ(text, lines[i], 1 if cell or under_number else 0)
        return "header"
    if p.NUMBER_OPENS.match(text):
        return "header"  # a number no pattern reads ("Số: 87/-KSBT", its type's code lost): the header's, left unread
    if header.date is None and _place_fragment(text) and _next_is_place_date(lines, i):
        scan.place_fragment = text  # "Bình" / "Định, ngày 07 tháng 9 năm 2022"
        return "header"
    return False


_NATIONAL_TAIL = re.compile(r"\s*VIỆT\s+NAM\s*")
# A dash before another organ's name on a condensed header's line: "SỞ GD&ĐT LÀO CAI - TRƯỜNG THPT …" (not inside a
# name: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI").
_ORGAN_AFTER_DASH = re.compile(r"\s+[-–]\s+(?=" + p.ORGAN_START.pattern.removeprefix("^\\s*") + ")", re.IGNORECASE)
_NUMBER_WORD_ALONE = re.compile(r"Số\s*:?", re.IGNORECASE)
_COUNCIL_TERM = re.compile(r"\s*KHÓA\s+[IVXLC\d]+\b")


def _cell_above(lines: list[Line], i: int) -> int | None:
    """The line above, past a web table's "|" lines between the header's cells and the rule under a cell ("ỦY BAN
    MTTQ VIỆT NAM" / "TỈNH PHÚ YÊN" / "-------" / "|" / "UBND TỈNH PHÚ YÊN": a joint document's columns)."""
    k = i - 1
    while k > 0 and (lines[k].clean.strip() == "|" or p.RULE_LINE.match(lines[k].clean.strip(" |"))):
        k -= 1
    return k if k >= 0 else None


def _previous_content(lines: list[Line], i: int) -> int | None:
    return next((k for k in range(i - 1, -1, -1) if not lines[k].blank), None)


_PARTY_LETTER = re.compile(r"\d+[a-z]?\s*-\s*CV/")  # a party body's công văn: "512-CV/BTGTU"


def _under_number(lines: list[Line], i: int) -> bool:
    """The line right under the number line (blank lines aside)."""
    above = next((line for line in reversed(lines[:i]) if not line.blank), None)
    return bool(above and _NUMBER_VALUE.search(above.clean))


def _place_fragment(text: str) -> bool:
    """A place's first words a narrow column broke from its date: up to three ("Bình"), or five, the name's after the
    level capitalised ("Thành phố Hồ Chí" / "Minh, ngày 26 tháng 8 năm 2025")."""
    words = text.split()
    if is_upper_text(text) and p.ORGAN_START.match(text):
        return False  # a mass organisation's name where the motto stands: "HỘI NÔNG DÂN VIỆT NAM" / "Việt Trì, ngày …"
    return len(words) <= 3 or len(words) <= 5 and all(word[:1].isupper() for word in words[2:])


def _next_is_place_date(lines: list[Line], i: int) -> bool:
    """The next line is the place and date, whole or cut again ("Bình" / "Thuận, ngày 18 tháng 7" / "năm 2014")."""
    following = next_content(lines, i + 1)
    if following is None:
        return False
    text = lines[following].clean.strip(" |")
    after = next_content(lines, following + 1)
    return bool(p.PLACE_DATE.match(text) or after is not None and p.PLACE_DATE_CUT.match(text)
                and not is_upper_text(lines[i].clean)  # "HỘI NÔNG DÂN VIỆT NAM" over "Sơn Tịnh, ngày 17": the motto's
                and p.PLACE_DATE.match(f"{text} {lines[after].clean.strip(' |')}"))


def _set_number(header: Header, scan: _Scan, value: str, line: Line) -> None:
    value = re.sub(r"\s+", "", value)
    figures, slash, rest = value.partition("/")
    if slash and figures and set(figures) <= _FIGURES_READ and re.search(r"\d", figures):
        value = figures.translate(_HAND_DIGITS) + slash + rest  # a scan's "l458" for 1458
    blank = p.BLANK_NUMBER.match(value)
    if blank:
        header.number_suffix = repair_code(blank.group("suffix"), scan.lost_hyphens)  # "…/TTrSNN" in a PDF copy
        header.warnings.append(("number is blank (draft?)", (line.index, 0)))
    else:
        header.number = repair_number(value, scan.lost_hyphens)  # "58/2006/QÐUBND" in a PDF copy is 58/2006/QĐ-UBND
        scan.number_written = value


_FIGURES_READ = frozenset("0123456789lO")
_SPREAD = re.compile(r"(?<=\w)\s{2,}(?=\w)")
# Two spaces inside a name where a copy lost a dash ("Phan Rang  Tháp Chàm", "BA BỂ  NGÂN SƠN"), not beside a "và" (a
# line's spread: "SỞ TÀI NGUYÊN VÀ  MÔI TRƯỜNG").
_DASH_LOST_IN_NAME = re.compile(r"(?<=\w)(?<!\bVÀ)(?<!\bvà)\s{2,}(?=\w)(?!(?i:và)\b)")
_GLUED_NAMES = re.compile(r"(?<=[a-zà-ỹđ])(?=[" + p.CAPITALS + "])")  # "Phan RangTháp Chàm"


def _dash_lost(place: str) -> str:
    """Two spaces inside a place's name are a dash a copy lost, unless the name with one space is a unit's; two
    names run together are a hyphen lost where a unit's name has a dash there."""
    one_space = _SPREAD.sub(" ", place)
    if fold(squash_spaces(one_space)) in gazetteer().names:
        return one_space
    if _GLUED_NAMES.search(place) and fold(_GLUED_NAMES.sub(" - ", squash_spaces(place))) in gazetteer().names:
        return _GLUED_NAMES.sub("-", place)
    return _DASH_LOST_IN_NAME.sub(" - ", place)


def _set_place_date(header: Header, scan: _Scan, date: re.Match, line: Line) -> None:
    scan.dated_before_organ = not scan.organ_lines
    header.sources.append(source_of("place", line, date.group("place").strip()))
    header.sources.append(source_of("date", line, date.group(0)[_DATE_COMMA.search(date.group(0)).end() - 4:]))
    # "Thanh Hoá" is Thanh Hóa; "Phan Rang  Tháp Chàm" in a PDF copy lost its dash, "Quảng  Bình" a line's spread.
    # (not a scan's speck before it: "Số: 3l8/PGDĐT-CM . Sơn Hòa, ngày …")
    place = new_style_tones(squash_spaces(_dash_lost(written(line, date.group("place"))))).lstrip(_SPECK_MARKS + " ")
    if scan.place_fragment:
        place = f"{scan.place_fragment} {place}"
    header.place = title_words(place) if is_upper_text(place) else place
    numeric = date.group("nyear") is not None
    year = int(date.group("nyear") if numeric else date.group("year"))
    if not numeric and date.group("month") is None:
        header.date = f"{year:04d}"
        header.warnings.append(("date has a blank day and month (draft?)", (line.index, 0)))
        return
    month = int(date.group("nmonth") if numeric else _hand_figures(date.group("month")))
    day = date.group("nday") if numeric else date.group("day") and _hand_figures(date.group("day"))
    if not 1 <= month <= 12:
        header.warnings.append((f"date has month {month}, which is not a month", (line.index, 0)))
        return
    if day is None:
        header.date = f"{year:04d}-{month:02d}"
        header.warnings.append(("date has a blank day (draft?)", (line.index, 0)))
    else:
        header.date = f"{year:04d}-{month:02d}-{int(day):02d}"


def _hand_figures(figures: str) -> str:
    """A day or month a clerk filled in by hand as a scan read it: "O 9" is 09, "S" is 5."""
    return figures.replace(" ", "").translate(_HAND_DIGITS)


_HAND_DIGITS = str.maketrans("lOS", "105")  # a scan's letters for a clerk's figures


def recipients_at(lines: list[Line], i: int) -> tuple[list[str], int]:
    """The "Kính gửi" list (or a công điện's after "… điện:") at line i: one line, or list items until running text;
    returns (items, next line)."""
    rest = p.RECIPIENTS_HEAD.match(lines[i].clean).group("rest").strip(" |")
    rest = written(lines[i], item.group("text") if (item := p.LIST_ITEM.match(rest)) else rest)  # "Kính gửi: - …;"
    if (text_at := _text_in_line(rest)) is not None:  # a flattened copy: "Kính gửi: …; UBND các huyện. Thực hiện …"
        items = _line_items(rest[:text_at])
        return [_list_text(item) for item in items if _list_text(item)], i  # the body keeps this line whole
    items: list[str] = _line_items(rest) if rest else []
    i += 1
    while i < len(lines):
        line = lines[i]
        if line.blank:
            i += 1
            continue
        item = p.LIST_ITEM.match(line.clean.lstrip("| "))  # a web copy's cell bar before it: "| - Bộ Tài chính;"
        if item and _opens_body(item.group("text")):
            break  # "- Căn cứ Luật Lâm nghiệp …": the text's grounds, dashed as a list, open it
        if item and (opening := p.BODY_IN_ITEM.search(item.group("text"))):
            items.append(written(line, item.group("text")[: opening.start()]))  # "- Phòng … Căn cứ Luật …"
            break  # the text starts on this line: the body keeps it whole
        if item:  # two a scan ran onto one line: "- Bộ Chỉ huy Quân sự tỉnh, Công an tỉnh; - UBND các huyện, …;"
            items += [written(line, part) for part in _ITEMS_RUN_ON.split(item.group("text"))]
        elif items and items[-1].count("(") > items[-1].count(")") and len(line.clean) < _WRAPPED:
            items[-1] += " " + line.plain  # a bracket the line wrapped: "(Địa chỉ: Lô B4, …;" / "MST: 4300561287)"
        elif items and not _ENDS_LIST_ITEM.search(items[-1]) and (
                line.clean[:1].islower() or items[-1].rstrip().endswith(",")
                # a list whose items end with ";" wraps one: "… Hạ Long, Cẩm" / "Phả và thị xã Quảng Yên;", the
                # first too: "- Chủ tịch Ủy ban nhân dân các tỉnh: Thanh Hóa, Hà" / "Tĩnh, Quảng Trị;"
                or (any(item.rstrip().endswith(";") for item in items[:-1]) or line.clean.endswith(";"))
                and len(line.clean) < _WRAPPED
                and not _opens_body(line.clean) or _company_name_wraps(items[-1], line.clean)
                or _names_wrap(items[-1], line.clean) or _person_name_wraps(items[-1], line.clean)
                or _place_name_wraps(items[-1], line.clean)
                or _ends_before_text(line, lines[i + 1 :])):
            items[-1] += " " + line.plain  # "- Chủ tịch … các xã, phường," / "thị xã Ngã Năm."
        elif not items and _cell_alone(lines, i):
            items.append(line.plain)  # "Kính gửi:" / "|" / "Ủy ban nhân dân tỉnh Bến Tre" / "|": a web table's cell
        elif not items and (block := _names_block(lines, i)):
            items += [name.plain for name in block]  # "ĐIỆN:" / "Chủ tịch UBND các xã, thị trấn" / "Thủ trưởng …" / ""
            i = block[-1].index
        elif _undashed_item(line, items, [k for k in lines[i + 1 : i + 6] if not k.blank][:3]):
            items.append(line.plain)  # "Sở Tài chính;" / "Sở Kế hoạch và Đầu tư." without dashes
        else:
            break
        i += 1
    return [_list_text(item) for item in items if _list_text(item)], i


_NAMES_BLOCK = 8  # lines: a công điện's or a letter's addressees, one a line
_ADDRESSEE = re.compile(r"(?:(?:phó\s+)?(?:chủ\s+tịch|thủ\s+trưởng|giám\s+đốc|trưởng)|các)\s", re.IGNORECASE)


def _names_block(lines: list[Line], i: int) -> list[Line]:
    """Addressees a line each with neither dash nor stop, a blank line under the last (a portal's copy of a công điện:
    "ĐIỆN:" / "Chủ tịch UBND các xã, thị trấn" / "Thủ trưởng các cơ quan, ban, ngành" / "Ban Quản lý rừng phòng hộ
    Minh Hóa" / ""); none where a line is no organ's or head's name."""
    block = list(itertools.takewhile(lambda line: not line.blank, lines[i : i + _NAMES_BLOCK + 1]))
    fits = 0 < len(block) <= _NAMES_BLOCK and i + len(block) < len(lines)
    return block if fits and all(len(line.clean) <= 100 and not line.clean.rstrip().endswith((".", ":"))
                                 and (p.ORGAN_START.match(line.clean) or _ADDRESSEE.match(line.clean))
                                 for line in block) else []


def _text_in_line(rest: str) -> int | None:
    """Where the letter's text begins on the "Kính gửi" line a copy ran it onto; None where it does not."""
    if opening := p.BODY_IN_LINE.search(rest):
        return opening.start()
    return listed.start("gap") if (listed := p.TEXT_AFTER_LIST.match(rest)) else None


_ITEMS_RUN_ON = re.compile(r"(?<=;)\s*[-–]\s*(?=[^\W\d_])")  # "…;- Văn phòng Đăng ký đất đai tỉnh.": no space


def _ends_before_text(line: Line, after: list[Line]) -> bool:
    """The item's last words, short and closed by its full stop, the text opening below: "Kính gửi: Thủ trưởng các cơ
    quan, đơn vị, doanh nghiệp nợ đóng" / "BHXH, BHYT, BHTN." / "Căn cứ Luật …"."""
    below = next((k for k in after if not k.blank), None)
    return len(line.clean) < 40 and line.clean.endswith(".") and below is not None and _opens_body(below.clean)


def _names_wrap(item: str, text: str) -> bool:
    """"- Chủ tịch UBND các tỉnh, thành phố: Hà Giang, Cao Bằng, Lào" / "Cai, Lai Châu, …, Lạng Sơn,": a list of names
    after a colon that a line wrapped."""
    names = text.rstrip()[:-1].split(",")
    return (":" in item and ", " in item.rpartition(":")[2] and len(names) > 1 and text.rstrip()[-1:] in ",;."
            and all(0 < len(name.split()) <= 4 for name in names))


def _company_name_wraps(item: str, text: str) -> bool:
    """"Kính gửi: Công ty TNHH Điện tử" / "Kim Quang": a company's proper name the line wrapped, a few capitalised
    words no organ's."""
    words = text.split()
    return (bool(p.COMPANY.match(item.strip())) and 0 < len(words) <= 4 and all(w[:1].isupper() for w in words)
            and not p.ORGAN_START.match(text))


def _person_name_wraps(item: str, text: str) -> bool:
    """"Kính gửi: Bà Lê Thị" / "Ngọc Hạnh (địa chỉ: …)": a citizen's name the line wrapped, its address after it."""
    return bool(_PERSON_CUT.fullmatch(item.strip()) and _NAME_ENDS.match(text))


def _place_name_wraps(item: str, text: str) -> bool:
    """"Kính gửi: Ủy ban nhân dân tỉnh" / "Quảng Nam.": the place's name the line wrapped after its kind."""
    return bool(_KIND_CUT.search(item) and _NAME_ENDS.fullmatch(text.strip()))


_KIND_CUT = re.compile(r"\b(?:tỉnh|huyện|quận|thị\s+xã|thành\s+phố|xã|phường|thị\s+trấn)\s*$")
_PERSON_CUT = re.compile(r"(?:Ông|Bà)(?:\s+[" + p.CAPITALS + r"][^\W\d_]*){1,3}")
_NAME_ENDS = re.compile(r"(?:[" + p.CAPITALS + r"][^\W\d_]*\s+){0,2}[" + p.CAPITALS + r"][^\W\d_]*\s*(?:[(,;.]|$)")


def _line_items(rest: str) -> list[str]:
    """Recipients on the "Kính gửi" line itself: split at ";", or, in a list the line closes, at a comma before
    an organ's capitalised name ("Phòng Kinh tế, Trạm Thú y, UBND các xã, thị trấn."; "Các sở, ban, ngành" is
    one)."""
    # Each keeps its ";" (a list goes on), not its dash: "- Ủy ban …; - Văn phòng …." a copy ran onto one line.
    items = [item.group("text") if (item := p.LIST_ITEM.match(text)) else text
             for text in re.split(r"(?<=;)\s+|(?<=;)(?=-\s)", rest) if text.strip()]  # "…;- UBND …": no space
    return p.RECIPIENT_COMMA.split(rest) if len(items) == 1 and rest.rstrip().endswith(".") else items


def _cell_alone(lines: list[Line], i: int) -> bool:
    """An organ's name alone in a web table's cell, a bar's line above and below it."""
    return (0 < i < len(lines) - 1 and lines[i - 1].clean.strip() == "|" == lines[i + 1].clean.strip()
            and bool(p.ORGAN_START.match(lines[i].clean)))


def _undashed_item(line: Line, items: list[str], after: list[Line]) -> bool:
    """A recipient on a line of its own, right after "Kính gửi:" or after an item that ended with ";":
    short, ending with ";" (or "." for the last), the one addressee with the text below it, or wrapped ("Các Sở: …,
    Giáo dục" / "và Đào tạo, Công Thương;"), or opening with the space a PDF copy left for its lost dash (" Giám đốc
    các Sở: …, Giao thông vận tải," / "Xây dựng, Công Thương;")."""
    text = line.clean
    opens = not items or items[-1].rstrip().endswith(";")
    # its next lines in small letters, the last ending the item: "… Tài chính  Kế" / "hoạch, Y tế, …" / "nông nghiệp
    # huyện;"
    going_on = list(itertools.takewhile(lambda k: k.clean[:1].islower(), after))
    wraps = bool(going_on) and going_on[-1].clean.endswith((";", ".")) and (len(going_on) > 1
                                                                             or len(going_on[0].clean) < 40)
    # the dash's space, the item wrapped to a line that ends it: " Chủ tịch … các tỉnh, thành phố: Long An, …, Bến" /
    # "Tre, Trà Vinh, …;"
    lost_dash = bool(re.match(r" \S", line.raw))
    ended_below = any(k.clean.endswith((";", ".")) for k in after[:2])
    # a bracket the line wrapped, closed with the item below: "… (từ TDP số 1 đến TDP số" / "18);"
    bracket = text.count("(") > text.count(")") and bool(after) and after[0].clean.endswith((");", ")."))
    # a list the line wrapped after a comma or an "và", the item ended below: "Sở … các tỉnh: Thanh Hóa, Nghệ An," /
    # "Quảng Trị;", "Giám đốc các sở: Nông nghiệp …, Tài nguyên và" / "Môi trường, Thông tin và Truyền thông;"
    listed = (text.endswith((",", " và")) and bool(after) and after[0].clean.endswith((";", "."))
              and len(after[0].clean) < 60)
    # the one addressee, a body's name, the text or the addressee's address in brackets below: "Kính gửi:" / "Công ty
    # TNHH May mặc …" / "(Đ/c: Lô D3, …)" or "Trả lời Công văn số …"
    alone = (not items and bool(after) and (_opens_body(after[0].clean) or after[0].clean.startswith("("))
             and bool(p.ORGAN_START.match(text) or _ADDRESSEE.match(text)))
    ends = (text.endswith((";", ".")) or wraps or bracket or listed or alone
            or lost_dash and (text.endswith(",") or ended_below))
    return opens and len(text) <= 150 and ends and not p.CC_HEAD.match(text)


def _years_dash(subject: str) -> str:
    """A range of years whose dash a copy that lost its hyphens dropped, given back as the letter wrote it: "giai
    đoạn 2019  2020" is "giai đoạn 2019 - 2020" (a later year after an earlier one, nothing between); so is one of
    dates, "(06/12/1989  06/12/2022)", and of days in one month ("ngày 05  06/8/2023")."""
    subject = p.DAYS_DASH_LOST.sub(lambda m: f"{m['first']} - {m['last']}" if int(m["first"]) < int(m["day"])
                                   else m.group(), subject)
    return p.YEARS_DASH_LOST.sub(lambda m: f"{m['first']} - {m['last']}" if m["last"][-4:] > m["first"][-4:]
                                 else m.group(), subject)


def _list_text(item: str) -> str:
    # "- Ủy ban nhân dân tỉnh Thái Bình. |": a web table's cell; "- Sở Y tế các tỉnh khu vực miền Trung¹;": a footnote's
    # marker (the footnote stays in the text), a PDF copy's as a digit run into a word in small letters ("… trên địa bàn
    # tỉnh1.": no name ends so); a scan's speck after it ("- Trung tâm Khuyến nông tỉnh. '")
    text = p.ADDRESS_AFTER_NAME.sub("", squash_spaces(item)).rstrip(" ;|" + _SPECK_MARKS).rstrip(p.SUPERSCRIPT_DIGITS)
    word = text.rsplit(" ", 1)[-1][:-1]
    return text[:-1] if text[-1:].isdigit() and len(word) > 1 and word.islower() and is_syllable(word) else text


def _finish(header: Header, scan: _Scan) -> None:
    if header.number and scan.title and (named := p.type_named(scan.title)):
        header.number = repair_number(scan.number_written, scan.lost_hyphens, p.DOCUMENT_TYPES.get(named) or "")
    joint = bool(header.number and p.JOINT_NUMBER.search(header.number))
    organs, unit_of = _organ_units(scan.organ_lines, joint)
    organs, unit_of = _without_column_heading(organs, unit_of)
    if scan.lost_hyphens:  # "BA BỂ  NGÂN SƠN  PÁC NẶM": the dashes between a region's districts, lost with the hyphens
        organs = [_DASH_LOST_IN_NAME.sub(" - ", organ) for organ in organs]
    joint = joint and len(organs) > 1
    for (text, line), unit in zip(scan.organ_at, unit_of, strict=True):  # the last organ's lines name the issuer
        header.sources.append(source_of("issuer" if joint or unit == len(organs) - 1 else "parent_issuer", line, text))
    bodies = len(number_codes(header.number)) - 1 if joint else 0  # the codes after the type's
    if joint and 0 in scan.organ_columns and 1 in scan.organ_columns:
        header.issuer, header.parent_issuer = _in_columns(
            [[line for line, at in zip(scan.organ_lines, scan.organ_columns, strict=True) if at == column]
             for column in (0, 1)])
    elif joint and (bodies >= 2 and len(organs) == 2 * bodies or len(organs) == 4 and _by_rows(organs, 2)):
        # each body under its parent, a copy's cells read one after another: "TỔNG LĐLĐ VIỆT NAM" / "LIÊN ĐOÀN LAO
        # ĐỘNG TỈNH ĐỒNG NAI" / "UBND TỈNH ĐỒNG NAI" / "SỞ LAO ĐỘNG - …" / … over "…/HDLN-LĐLĐ-SLĐTBXH-BQLKCN"; or
        # the parents' row first, a scan's columns run together: "CÔNG AN TỈNH NINH THUẬN VIỆN KSND TỈNH NINH THUẬN" /
        # "CÔNG AN HUYỆN NINH PHƯỚC VIỆN KSND HUYỆN NINH PHƯỚC"
        width = len(organs) // 2
        columns = ([organs[k::width] for k in range(width)] if _by_rows(organs, width)
                   else [organs[k : k + 2] for k in range(0, len(organs), 2)])
        header.issuer, header.parent_issuer = _in_columns(columns)
    elif joint:
        if _COMMITTEE_OVER_JOINT.match(organ_name(organs[0])) and len(organs) > 2:
            # "UBND TỈNH THANH HÓA" over "SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO" ("…/KHLT-SYT-SGDĐT"): the departments'
            # committee heads the column, no party to the letter
            header.parent_issuer, organs = organ_name(organs[0]), organs[1:]
        header.issuer = _named_jointly(_without_department_parents(organs, header.number), header.parent_issuer)
    elif organs:
        # A parent that is the issuer again is the gazette's heading above the letter's own header.
        parent = _province_by_place(organ_name(organs[-2]), header.place) if len(organs) > 1 else None
        if len(organs) > 2 and is_branch(parent):  # "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH …" / "PHÒNG …"
            parent = full_issuer(parent, organ_name(organs[-3]))
        parent = p.CENTRAL_ALIASES.get(parent, parent)  # "BAN CHẤP HÀNH TRUNG ƯƠNG" over "BAN DÂN VẬN": the party's
        last = organ_name(organs[-1])
        header.parent_issuer = None if parent and fold(parent) == fold(last) else parent
        issuer = _placed(last, scan.deciding)
        if issuer != last and last.endswith(" Việt Nam"):
            header.parent_issuer = header.parent_issuer or last  # the branch's national body
        issuer = _province_by_place(_located(issuer, scan.site_place, header.place), header.place,
                                    header.parent_issuer is None)
        issuer = commune_spelled(full_issuer(issuer, header.parent_issuer), header.parent_issuer)
        if (department := _department_by_number(issuer, header.number)) and not header.parent_issuer:
            issuer, header.parent_issuer = full_issuer(department, issuer), issuer
        issuer = _completed_by_number(issuer, header.number)
        header.issuer = p.CENTRAL_ALIASES.get(issuer, issuer)  # as its citations name it: one body in the graph
    if scan.subject_lines:
        # "VỀ" / "VIỆC KIỆN TOÀN …": a copy broke the prefix over two lines.
        subject = run_together_parted(p.SUBJECT_PREFIX.sub("", _joined(scan.subject_lines)))
        subject = _ABOUT_UNDER_TITLE.sub("", subject)  # a title's "VỀ" alone on its line: "VỀ" / "TĂNG CƯỜNG …"
        if scan.quoted_subject:  # “V/v …”: the closing quote of a clerk's quotes around the line
            subject = subject.rstrip().removesuffix("”").removesuffix('"')
        subject = _years_dash(subject) if scan.lost_hyphens else subject
        if subject.rstrip()[-1:] in p.SUPERSCRIPT_DIGITS + ")":
            subject = p.MARKER_AT_END.sub("", subject)
        header.subject = capitalise_first(squash_spaces(subject))
    if scan.lost_hyphens:  # "Ban Chỉ đạo … giai đoạn 2016  2020" among the recipients too
        header.recipients = [_years_dash(recipient) for recipient in header.recipients]
    header.type = _letter_type(scan, header.number or header.number_suffix)
    for name, value in (("issuer", header.issuer), ("number", header.number or header.number_suffix),
                        ("date", header.date), ("type", header.type), ("subject", header.subject)):
        if value is None:
            header.warnings.append((f"{name} not found in the header", None))


def _completed_by_number(issuer: str, number: str | None) -> str:
    """A central body's name a copy cut with its cell ("BỘ TÀI NGUYÊN VÀ" over "Số: 3318/BTNMT-TCQLĐĐ"): the body its
    number's code names, where the name begins it."""
    body = p.ISSUER_BY_CODE.get(issuer_code(number) or "") if number else None
    return body if body and fold(body).startswith(fold(issuer) + " ") else issuer


def _department_by_number(issuer: str, number: str | None) -> str | None:
    """A copy that kept the header's first line only ("UBND THÀNH PHỐ CẦN THƠ" over "Số: 2917/KH-SKHCN"): the
    department the number's code names, where the line is a province's committee (which numbers "…/UBND")."""
    code = issuer_code(number) if number else None
    if code in p.PROVINCIAL_BY_CODE and _PROVINCE_COMMITTEE.fullmatch(issuer):
        return p.PROVINCIAL_BY_CODE[code]
    return None


_PROVINCE_COMMITTEE = re.compile(r"Ủy ban nhân dân (?:tỉnh|thành phố) .+")


_COMMITTEE_OVER_JOINT = re.compile(r"Ủy ban nhân dân (?:tỉnh|thành phố|huyện|quận|thị xã) \S")


def _by_rows(organs: list[str], bodies: int) -> bool:
    """Joint issuers read row by row: the parents' row all of one level, the bodies' row of another or named without
    their place ("UBND TỈNH BẮC NINH LĐLĐ TỈNH BẮC NINH" / "SỞ GIÁO DỤC VÀ ĐÀO TẠO CÔNG ĐOÀN NGÀNH GIÁO DỤC")."""
    levels = [found.group().split()[0].lower() if (found := p.LOCALITY.search(organ_name(organ))) else None
              for organ in organs]
    parents, issuers = set(levels[:bodies]), set(levels[bodies:])
    return len(parents) == len(issuers) == 1 and None not in parents and parents != issuers


def _without_department_parents(organs: list[str], number: str | None) -> list[str]:
    """A joint document's cells read one after another, a department's under its committee ("ỦY BAN MTTQ VIỆT NAM" /
    "TỈNH QUẢNG TRỊ" / "UBND TỈNH QUẢNG TRỊ" / "SỞ TƯ PHÁP" over "17/CTrPH-MTTQ-STP"): the committee is the
    department's parent, no party to the letter, unless the number names it ("…-UBND-…")."""
    if "UBND" in number_codes(number or ""):
        return organs
    return [organ for k, organ in enumerate(organs)
            if not (k + 1 < len(organs) and _COMMITTEE_OVER_JOINT.match(organ_name(organ))
                    and _DEPARTMENT.match(organ_name(organs[k + 1])))]


_DEPARTMENT = re.compile(r"(?:Sở|Phòng)\s")


def _named_jointly(organs: list[str], parent: str | None = None) -> str:
    """A joint letter's bodies stacked in the issuer column ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" / "HỘI LIÊN
    HIỆP PHỤ NỮ TỈNH HẬU GIANG" over "…/KHLT-…"): each named in full, the place of the `parent` above them or of the
    last completing the others', the first's the last's ("LIÊN ĐOÀN LAO ĐỘNG TỈNH ĐỒNG THÁP" / "SỞ GIÁO DỤC VÀ ĐÀO
    TẠO"), as "A và B"."""
    last = full_issuer(organ_name(organs[-1]), parent)
    names = [name if fold(name) in p.CENTRAL_BY_FOLD else full_issuer(name, parent or last)  # "Văn phòng Chính phủ"
             for name in map(organ_name, organs[:-1])]
    last = last if fold(last) in p.CENTRAL_BY_FOLD else full_issuer(last, names[0])
    return ", ".join(names) + " và " + last


def _in_columns(columns: list[list[str]]) -> tuple[str, str | None]:
    """A joint document's issuers, each heading its column under its own parent ("UBND TỈNH THÁI BÌNH" / "SỞ LAO ĐỘNG
    - THƯƠNG BINH VÀ XÃ HỘI" beside "BỘ TƯ LỆNH QUÂN KHU 3" / "BỘ CHỈ HUY QUÂN SỰ TỈNH THÁI BÌNH"): the issuers as "A
    và B" ("A, B và C"), each named in full by its parent, and the parents so (once where columns share it: "UBND TỈNH
    THÁI NGUYÊN" over "SỞ Y TẾ" and over "SỞ GIÁO DỤC VÀ ĐÀO TẠO")."""
    issuers, parents = [], []
    for column in columns:
        organs = [organ_name(organ) for organ in _organ_units(column)[0]]
        parent = organs[-2] if len(organs) > 1 else None
        issuers.append(full_issuer(organs[-1], parent))
        parents += [parent] if parent and parent not in parents else []
    return _listed(issuers), _listed(parents) or None


def _listed(names: list[str]) -> str:
    return " và ".join([", ".join(names[:-1]), names[-1]] if len(names) > 2 else names)


def _joined(lines: list[str]) -> str:
    """Lines joined by a space, but a number cut at a line's end joined whole ("1381/VPCP-" / "KGVX"), and a word
    cut at its hyphen ("dịch COVID-" / "19", "(MERS-" / "CoV)")."""
    text = lines[0]
    for line in lines[1:]:
        glue = "" if re.search(r"\d[/-](?:\w+[/-])*$|[^\W\d_]-$", text.rstrip()) else " "
        text = text.rstrip() + glue + line.lstrip() if not glue else f"{text} {line}"
    return text


def _placed(issuer: str, deciding: list[str]) -> str:
    """An organ a copy gave without its place ("HỘI ĐỒNG NHÂN DÂN", the province line lost), named in
    full by the decision-maker line under the title ("HỘI ĐỒNG NHÂN DÂN TỈNH ĐẮK LẮK"); a national body whose
    branch's line a copy lost, the branch the decision-maker heads ("BẢO HIỂM XÃ HỘI VIỆT NAM" over "GIÁM ĐỐC BẢO
    HIỂM XÃ HỘI TỈNH BẮC NINH")."""
    named = issuer.removesuffix(" Việt Nam")
    for line in deciding:
        organ = organ_name(p.POSITION_LINE.sub("", line).strip())
        # "BỘ THÔNG TIN VÀ" a web cell cut: "BỘ TRƯỞNG BỘ THÔNG TIN VÀ TRUYỀN THÔNG" under the title names it
        if fold(organ).startswith(fold(named) + " ") and (p.LOCALITY.search(organ[len(named):])
                                                          or re.search(r"\s(?:và|-)$", named)):
            return organ
    return issuer


def _located(issuer: str, site_place: str | None, place: str | None) -> str:
    """A people's committee or council a copy gave without its place ("ỦY BAN NHÂN DÂN", the province line
    lost; "… TỈNH" from the line under the title): placed by the site's "Nơi ban hành", or by the place of the
    date when that is a province."""
    bare = _BARE_ORGAN.fullmatch(issuer)
    if not bare:
        return issuer
    if site_place and p.LOCALITY.match(site_place.strip()):
        return organ_name(f"{bare.group('organ')} {site_place.strip()}")
    if place and gazetteer().is_province(place):
        return f"{bare.group('organ')} {province_unit(place)}"
    return issuer


# A name that ends with its level, its province left to the place of the date: "ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH" over
# "Đồng Nai, ngày 18 tháng 6 năm 2010".
_LEVEL_LAST = re.compile(r"\s(?:tỉnh|thành phố)$")


def _province_by_place(name: str, place: str | None, first: bool = True) -> str:
    """A name ending with its level, or a department named by its field alone at the column's head (`first`: "SỞ
    TÀI NGUYÊN VÀ MÔI TRƯỜNG" over "Bình Định, ngày …"), completed with the province the place of the date names."""
    if not (place and gazetteer().is_province(place)):
        return name
    if _LEVEL_LAST.search(name):
        return f"{name} {place}"
    department = first and (fold(name).startswith("so ") and _whole_department(name)
                            or fold(name) == _LAND_REGISTRY)  # a province's land registry office over its branch
    return f"{name} {province_unit(place)}" if department else name


_LAND_REGISTRY = "van phong dang ky dat dai"
_BRANCH_LINE = re.compile(r"\s*CHI NHÁNH\s+\S")


def _organ_units(organ_lines: list[str], joint: bool = False) -> tuple[list[str], list[int]]:
    """Split the issuer column into organs: "UBND TỈNH X" / "SỞ Y" → parent and issuer; and the organ
    each line belongs to.

    A line starting with an organ word opens a new organ once the one before is complete (it names
    a locality, or is a central body), or in a `joint` letter's column ("SỞ NỘI VỤ" / "LIÊN ĐOÀN LAO ĐỘNG
    TỈNH …"); other lines continue it ("ỦY BAN NHÂN DÂN" / "TỈNH SÓC TRĂNG", "UỶ BAN NHÂN" / "DÂN").
    """
    units: list[str] = []
    unit_of: list[int] = []
    for written_line in organ_lines:
        for line in _run_together(written_line):
            if units and _complete(units[-1]) and fold(line) in _FIELDS:
                line = f"{_department_of(units[-1])} {line}"  # "GIÁO DỤC VÀ ĐÀO TẠO": OCR lost its "SỞ"
            if units and _province_of_district(units[-1], line):
                continue  # "TÒA ÁN NHÂN DÂN" / "HUYỆN CHỢ GẠO" / "TỈNH TIỀN GIANG": the district's place, no organ
            # One word alone names no organ: "BỘ TÀI NGUYÊN VÀ MÔI" / "TRƯỜNG" is a name cut by its cell.
            # A branch opens its own under any body: "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI" / "CHI NHÁNH THÀNH PHỐ QUẢNG NGÃI".
            opens = units and (_opens_organ(line) and len(line.split()) > 1
                               and (joint or _complete(units[-1]) or _national_heading(line, units))
                               or _BRANCH_LINE.match(line))
            if opens or not units:
                units.append(line)
            elif fold(line).startswith(fold(units[-1]) + " "):  # "ỦY BAN NHÂN DÂN" cut by a web cell, then in full
                units[-1] = line
            else:
                units[-1] += " " + line
        unit_of.append(len(units) - 1)
    return [u.strip() for u in units], unit_of  # spaces kept: two where a PDF lost a hyphen (names.organ_name)


_DISTRICT_AT_END = re.compile(r"\b(?:huyen|quan|thi xa|thanh pho)\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,3})$")
_PROVINCE_LINE = re.compile(r"(?:tinh|thanh pho)\s+(?P<name>[a-z]+(?:\s+[a-z]+){0,3})")


def _province_of_district(unit: str, line: str) -> bool:
    """A line naming the province of the district the unit above ends with: a court's or a district's "TỈNH TIỀN
    GIANG" under "HUYỆN CHỢ GẠO" places the district and names no organ of its own."""
    district, province = _DISTRICT_AT_END.search(fold(unit)), _PROVINCE_LINE.fullmatch(fold(line).strip())
    return bool(district and province and fold(province["name"]) in
                map(fold, gazetteer().provinces_above(unit[district.start("name"):])))


# Two organs a flattened copy ran onto one line, the first named with its place or a central body: "UBND HUYỆN GIA
# VIỄN UBND XÃ GIA SINH", "UBND TỈNH CÀ MAU SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" (not "… VÀ XÃ HỘI": a locality word names a
# place after it), "SỞ Y TẾ NGHỆ AN TRUNG TÂM KIỂM SOÁT BỆNH TẬT", "BỘ TÀI CHÍNH TỔNG CỤC THUẾ", "TỔNG CỤC HẢI QUAN
# CỤC HẢI QUAN TP. ĐÀ NẴNG", a joint letter's "VĂN PHÒNG CHÍNH PHỦ - BỘ NỘI VỤ", a joint plan's "SỞ LAO ĐỘNG - THƯƠNG
# BINH VÀ XÃ HỘI HỘI LIÊN HIỆP PHỤ NỮ TỈNH …" (the first a department named whole by its field), "… NINH BÌNH BAN AN
# TOÀN …"; and the cells a forum's paste glued: "LĐLĐ TỈNH BÌNH ĐỊNHLĐLĐ HUYỆN PHÙ CÁT", "TỈNH ỦY PHÚ YÊNỦY BAN KIỂM
# TRA"; "BẢO HIỂM XÃ HỘI VIỆT NAM BẢO HIỂM XÃ HỘI TỈNH …", a hospital's "SỞ Y TẾ NGHỆ AN BỆNH VIỆN HỮU NGHỊ …", an
# institute's "BỘ Y TẾ VIỆN SỐT RÉT - …".
_INNER_ORGAN = re.compile(r"(?:\s+(?:[-–]\s+)?|(?<=[" + p.CAPITALS + r"]))"
                          r"(?=(?:UBND|[ỦU][YỶ] BAN (?:NHÂN DÂN|KIỂM TRA)|SỞ|PHÒNG|TRƯỜNG|VĂN PHÒNG|HĐND|TỔNG CỤC"
                          r"|(?<!TỔNG )(?<!CHI )CỤC|CHI CỤC|BAN|BỘ|HỘI|LĐLĐ|LIÊN MINH|LIÊN HIỆP CÁC HỘI"
                          r"|BẢO HIỂM XÃ HỘI|CHI NHÁNH|TRUNG TÂM|BỆNH VIỆN|(?<!BỆNH )VIỆN|KHO BẠC|CÔNG AN|ĐẢNG ỦY"
                          r"|ĐỘI QUẢN LÝ THỊ TRƯỜNG|CÔNG ĐOÀN NGÀNH)\b)")
# An organ's name ends with its place, or the country's: "HỘI KHUYẾN HỌC VIỆT NAM HỘI KHUYẾN HỌC TỈNH HÀ TĨNH" (not
# "BẢO HIỂM XÃ HỘI CƠ" / "SỞ …": "xã hội" names no commune).
_PLACED_END = re.compile(r"\b(?:(?:TỈNH|HUYỆN|XÃ(?!\s+HỘI\b)|PHƯỜNG|TRẤN|QUẬN|PHỐ|TP\.)\s+[^\W\d_]+"
                         r"(?:\s+[^\W\d_]+){0,2}|VIỆT\s+NAM)$")


_ORGAN_NAME_LONGEST = 120  # characters: "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI TỈNH BÀ RỊA - VŨNG TÀU" is 58


def _run_together(line: str) -> list[str]:
    """The organs a line holds, cut where one named whole ends (with its place, or its province after its field and no
    kind: "SỞ Y TẾ NGHỆ AN" a centre was run onto); a first organ is looked for in an organ name's length only (a line
    of a million characters is no header's: it is not weighed at each of its words)."""
    organs, start = [], 0
    while cut := next((m for m in _INNER_ORGAN.finditer(line, start, start + _ORGAN_NAME_LONGEST)
                       if ((_PLACED_END.search(line, start, m.start()) or province_at_end(line[start : m.start()]))
                           and not _inside_province(line, m.end()))
                       or _whole_department(line[start : m.start()]) or _office_of_district(line[start : m.start()])
                       or fold(line[start : m.start()]) in p.CENTRAL_BY_FOLD), None):
        organs.append(line[start : cut.start()])
        start = cut.end()
    return [*organs, line[start:]]


def _inside_province(line: str, at: int) -> bool:
    """The organ's word at `at` ends a province's name: "THÀNH PHỐ HẢI PHÒNG ỦY BAN NHÂN DÂN PHƯỜNG …" (no "PHÒNG
    …"), or is inside a unit's name of three words or more: "THỊ TRẤN LỊCH HỘI THƯỢNG" (no "HỘI …")."""
    # the words beside `at` only: splitting the whole line at each of its organs was quadratic in a megabyte's line
    before, after = line[max(0, at - _WORD_REACH) : at].split(), line[at : at + _WORD_REACH].split()
    names = gazetteer().names
    return gazetteer().is_province(" ".join(before[-1:] + after[:1])) or any(
        fold(" ".join(before[-b:] + after[:a])) in names for b, a in ((1, 2), (2, 1), (2, 2)) if len(before) >= b)


_WORD_REACH = 60  # characters: longer than any word of a province's name


def _office_of_district(text: str) -> bool:
    """"PHÒNG GD&ĐT THANH CHƯƠNG": a district's office named with its district's name, no kind before it (a school's
    name run onto it: "… THANH CHƯƠNGTRƯỜNG TH THANH HƯNG")."""
    return fold(text).startswith("phong ") and district_at_end(text.strip()) is not None


def _whole_department(text: str) -> bool:
    """"SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI": a department's kind and its whole field, nothing after."""
    kind, _, field = fold(squash_spaces(text)).partition(" ")
    return kind in ("so", "phong") and field in _FIELDS


def _national_heading(organ: str, before: list[str]) -> bool:
    """A mass organisation's national name heading the right column, as the party's does ("HỘI NÔNG DÂN VIỆT
    NAM" beside "HỘI NÔNG DÂN HUYỆN HÀM YÊN", or under "BAN THƯỜNG VỤ" where Word gives the cells one after the
    other): after an organ named with its locality it is no issuer."""
    return (fold(organ).endswith(" viet nam") and not p.LOCALITY.search(expand_abbreviations(organ))
            and any(p.LOCALITY.search(expand_abbreviations(unit)) for unit in before))


def _without_column_heading(organs: list[str], unit_of: list[int]) -> tuple[list[str], list[int]]:
    """The organs without a national heading (`_national_heading`)."""
    heading = {k for k, organ in enumerate(organs) if _national_heading(organ, organs[:k])}
    if not heading:
        return organs, unit_of
    kept = [k for k in range(len(organs)) if k not in heading]
    return [organs[k] for k in kept], [kept.index(u) if u in kept else len(kept) - 1 for u in unit_of]


_FIELDS = {fold(field) for field in p.ORGAN_FIELDS}


def _department_of(parent: str) -> str:
    """The department a field names under its committee: a province's Sở, a district's Phòng."""
    unit = re.search(r"\b(tỉnh|thành phố)\s+(\S.*)$", organ_name(parent))
    return "SỞ" if unit and (unit.group(1) == "tỉnh" or gazetteer().is_province(unit.group(2))) else "PHÒNG"




_CENTRAL_ALIAS_FOLDS = frozenset(fold(alias) for alias in p.CENTRAL_ALIASES)


def _complete(unit: str) -> bool:
    """An organ named in full: with its locality, as a central or national body ("… VIỆT NAM"), ending
    with its province's or district's name ("SỞ GD&ĐT NGHỆ AN", "PHÒNG GD&ĐT LỤC NAM"), or a military
    region ("QUÂN KHU 2")."""
    folded = fold(unit)
    return (bool(p.LOCALITY.search(_organ_words(unit))) or province_at_end(unit) is not None
            or folded in p.CENTRAL_BY_FOLD or folded in _CENTRAL_ALIAS_FOLDS  # "BAN CHẤP HÀNH TRUNG ƯƠNG"
            or folded.endswith((" viet nam", " toi cao"))  # the supreme court's and procuracy's: "VIỆN KSND TỐI CAO"
            or folded.startswith(("bo ", "tong cuc ", "chinh phu", "quoc hoi", "van phong chinh phu"))
            or folded.startswith("dai hoc ")  # a university of member schools: "ĐẠI HỌC HUẾ" / "TRƯỜNG ĐẠI HỌC …"
            # a company over the hospital or school it owns: "CÔNG TY TNHH Y TẾ TÂM PHÚC" / "BỆNH VIỆN ĐA KHOA …"
            or bool(re.match(r"(?:tong )?cong ty (?:tnhh|co phan|cp)\b.* \S+ \S+$", folded))
            or folded.startswith(("doan dai hoc ", "cong doan dai hoc "))  # its unions: "ĐOÀN ĐẠI HỌC HUẾ" / "BCH …"
            # since 2025 over "THUẾ TỈNH BẮC NINH", "THỐNG KÊ TỈNH HƯNG YÊN", "CHI CỤC HẢI QUAN KHU VỰC VIII" (a
            # place's line after it opens no organ)
            or folded in ("cuc thue", "cuc hai quan", "cuc thong ke")
            or bool(re.fullmatch(r"quan khu \d+", folded))
            or bool(_PARTY_COMMITTEE_NAMED.match(folded))
            or _whole_department(unit)  # "SỞ TÀI NGUYÊN VÀ MÔI TRƯỜNG" / "VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", its place below
            or bool(p.LOCALITY.search(organ_name(unit)[len(unit.split()[0]):])))


# A party committee named after its city or town, no locality word before the name: "THÀNH ỦY TÂN AN", "THỊ ỦY BỈM SƠN";
# so is a youth union's: "THÀNH ĐOÀN BUÔN MA THUỘT" (over "BCH ĐOÀN TRƯỜNG …").
_PARTY_COMMITTEE_NAMED = re.compile(r"(?:thanh|thi|tinh|huyen|quan) (?:uy|doan) \w")


def _letter_type(scan: _Scan, number: str | None) -> str | None:
    """The title names the type; else "Công văn" for a letter whose subject stands untitled ("V/v …"); else the
    number's type code."""
    if scan.title:
        return p.type_named(scan.title) or capitalise_first(scan.title.lower())
    # "V/v" (or a print page's heading) and no title: a công văn, whatever its code ("3120/CT-TTHT": CT is Cục Thuế);
    # not a number with its year, which only legal documents have ("27/2013/NQ-HĐND" whose copy lost its title), nor
    # a decision whose copy lost its title but kept its decision-maker ("CHỦ TỊCH ỦY BAN NHÂN DÂN THỊ XÃ …").
    if scan.untitled_subject and not scan.deciding and not (number and re.match(r"\d+[a-zđ]?/(?:19|20)\d{2}/", number)):
        return "Công văn"
    return type_from_number(number)


def type_from_number(number: str | None) -> str | None:
    """The type a number's code names: "3019/QĐ-UBND" → Quyết định, "24-NQ/TU" → Nghị quyết."""
    if not number:
        return None
    codes = re.split(r"[/-]", number)
    for code in codes[1:] if codes[0][:1].isdigit() else codes:
        if code.isdigit():
            continue
        return p.TYPE_BY_CODE.get(code.upper())
    return None
