"""Find every citation in a letter's text: "Quyết định số 4647/QĐ-UBND ngày 14/12/2023 của UBND tỉnh".

Matching runs on the match form of the Markdown body (same length), so spans are spans of the page.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import lru_cache

from build_tools import patterns as p
from build_tools.cite.relations import relation_at
from build_tools.gazetteer import gazetteer
from build_tools.markup import plain_text, unescape_markdown
from build_tools.numbers import is_court_number, number_codes, repair_number
from build_tools.text import fold, is_syllable, iso_date, match_form, squash_spaces

_FOOTNOTE_DEFINITION = re.compile(r"^\[\^\d+\]: ", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s|\n")
# Central bodies an issuer phrase may start with; the phrase ends with their name.
_CENTRAL_BODIES = [(body, fold(body)) for body in
                   sorted(set(p.ISSUER_BY_CODE.values()) | set(p.CENTRAL_ALIASES), key=len, reverse=True)]
# Their names as a text writes them, across a wrap: "của Cục Y tế dự phòng" is no "Cục Y tế" running on in lower case.
_CENTRAL_NAME = re.compile("|".join(r"\s+".join(map(re.escape, body.split())) for body, _ in _CENTRAL_BODIES)
                           + r"(?![^\W\d_])", re.IGNORECASE)
# A central body's regional office: "Kiểm toán Nhà nước khu vực IV"; a high court's seat: "Tòa án nhân dân cấp cao tại
# Thành phố Hồ Chí Minh".
_REGION = re.compile(r"\s+khu\s+vực\s+(?:[IVX]{1,4}|\d{1,2})\b"
                     r"|\s+tại\s+(?:Hà\s+Nội|Đà\s+Nẵng|(?:Thành\s+phố|TP\.?)\s*Hồ\s+Chí\s+Minh)\b")
# Where a place is named in an issuer phrase; a party or youth union committee at a level is one too ("Tỉnh ủy
# Cà Mau", "Ban Thường vụ Tỉnh đoàn Lai Châu"), not the committee's verb after it ("của UBND tỉnh ủy quyền cho …").
_PLACE_WORDS = re.compile(
    r"\b(?:(?:tỉnh|huyện|thị|thành|quận) (?:ủy(?!\s+(?:quyền|nhiệm|thác)\b)|đoàn)|" + "|".join(p.LOCALITY_KINDS)
    + r")\b", re.IGNORECASE,
)


@dataclass(frozen=True)
class FoundMention:
    """One citation as the text gives it, before its issuer is resolved."""

    type: str
    number: str
    date: str | None
    issuer_text: str | None
    subject: str | None
    start: int
    end: int
    in_footnote: bool
    sentence: str
    relation: str = "references"  # relations.RELATIONS: what the letter does with the document here


def find_mentions(body: str) -> list[FoundMention]:
    text = _mend_type_names(match_form(body))
    notes = _FOOTNOTE_DEFINITION.search(text)
    notes_start = notes.start() if notes else len(text)
    found: list[tuple[FoundMention, int]] = []  # with the offset where each citation's words end
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    # A list goes on from the last citation not named in another's subject ("Xét Tờ trình số … về dự
    # thảo Nghị quyết sửa đổi Nghị quyết số …; Báo cáo thẩm tra số …": the report follows the Tờ trình).
    listed, subject_end = None, 0
    for head in p.CITATION_HEAD.finditer(text):
        if found and head.start() < found[-1][1] or not _plausible_name(head):
            continue  # already read as part of the previous citation, or words that are not a name
        mentions, reach = _mentions_at(body, text, head, notes_start, sentence_ends, listed)
        found += mentions
        if head.start() >= subject_end:
            listed, subject_end = mentions[-1], reach
    found = sorted(found + _cell_mentions(body, text, found, notes_start, sentence_ends), key=lambda f: f[0].start)
    mentions = [m for m, _ in found]
    return _with_full_numbers(body, text, _share_issuer_across_lists(text, found)) if mentions else []


def _cell_mentions(body: str, text: str, found: list[tuple[FoundMention, int]], notes_start: int,
                   sentence_ends: list[int]) -> list[tuple[FoundMention, int]]:
    """Numbers alone in a table's cells, no type named before them (p.CELL_NUMBER): each a document of the type its
    code names ("12/2013/NQ-HĐND": a Nghị quyết), dated as the cell dates it."""
    taken = [(m.start, m.end) for m, _ in found]
    cells = []
    opening = (p.CELL_NUMBER.match(text, opens.end()) for opens in p.CELL_OPENS_ON_FIGURE.finditer(text))
    for cell in filter(None, opening):
        start, end = cell.span("number")
        codes = number_codes(repair_number(text[start:end]))
        kind = codes and p.TYPE_BY_CODE.get(codes[0])
        if kind and not any(a <= start < b for a, b in taken):
            dated = p.CITATION_DATE.match(text, end)
            mention = FoundMention(kind, unescape_markdown(body[start:end]), _iso(dated) if dated else None, None, None,
                                   start, end, start >= notes_start, _sentence(body, sentence_ends, start, end))
            cells.append((mention, dated.end() if dated else end))
    return cells


def _with_full_numbers(body: str, text: str, mentions: list[FoundMention]) -> list[FoundMention]:
    """A document cited by its figures and year alone whose full number the letter writes elsewhere, in a table's
    cell ("Quyết định 3978/2014 đã được sửa đổi …" / "| 3978/2014/QĐ-UBND | 12/11/2014 |"): that number."""
    full = {}
    for m in mentions:
        if re.fullmatch(p.YEAR_NUMBER, m.number) and m.number not in full:
            written = {body[t.start() : t.end()] for t in p.NUMBER_TOKEN.finditer(text)
                       if text.startswith(m.number + "/", t.start())}
            full[m.number] = written.pop() if len(written) == 1 else m.number
    return [dataclasses.replace(m, number=full[m.number]) if m.number in full else m for m in mentions]


# Up to four words before a number word: "Chỉ thi" of "Chỉ thi sổ 37-CT/TW", "Thông tư liên tich".
_WORDS_BEFORE_NUMBER = re.compile(r"(?<![^\W\d_])[^\W\d_]+(?:\s+[^\W\d_]+){1,3}\s+$")
_TYPE_NAMES = frozenset(name.lower() for name in p.DOCUMENT_TYPES)
_TYPE_LAST_WORDS = frozenset(fold(name).split()[-1] for name in p.DOCUMENT_TYPES)


def _mend_type_names(text: str) -> str:
    """Type names OCR misread before a number, as the names they fold to ("Chi thị số 12/CT-TTg" → "Chỉ thị");
    the written letters' case and the length are kept."""
    for number in p.TYPE_SLIP_NUMBER.finditer(text):
        before = text[max(0, number.start() - 30) : number.start()].split()
        # Most numbers follow a type's name as written ("Quyết định số"), or no type's name ("Điều", "tại").
        if (not before or fold(before[-1]) not in _TYPE_LAST_WORDS
                or any(" ".join(before[-n:]).lower() in _TYPE_NAMES for n in (1, 2, 3, 4))):
            continue
        words = _WORDS_BEFORE_NUMBER.search(text, max(0, number.start() - 30), number.start())
        if not words:
            continue
        written = words.group().rstrip()
        for start in (m.start() for m in re.finditer(r"(?<!\S)\S", written)):
            name = p.type_named(written[start:])
            if name and name.lower().split() != written[start:].lower().split():
                letters = iter(name.replace(" ", ""))
                mended = "".join(c if c.isspace() else _cased(next(letters), c) for c in written[start:])
                at = words.start() + start
                text = text[:at] + mended + text[at + len(mended):]
                break
    return text


def _cased(letter: str, written: str) -> str:
    return letter.upper() if written.isupper() else letter.lower()


# Words a citation may give between its type and "số": a law's name is long ("Luật Quản lý, sử dụng tài
# sản công", "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân": 13), another type's few words say
# which kind ("Báo cáo thẩm tra").
_NAME_WORDS = {"law": 16, "other": 6}


# A file's name in a page's download line, no document's number: "Tải văn bản: 1150-SNV-CCVC.pdf".
_FILE_EXTENSION = re.compile(r"\.(?:pdf|docx?|xlsx?|zip|rar)$", re.IGNORECASE)


# The types whose numbers hold their year, cited by figures and year alone ("Quyết định 09/2017") or figures alone
# ("Nghị định 100"): a plan's "Kế hoạch 5/2021" is no such number.
_YEAR_NUMBERED = frozenset({"Quyết định", "Nghị quyết", "Nghị định", "Thông tư", "Thông tư liên tịch", "Chỉ thị"})


_SHORT_GAP = re.compile(r" (?:s[ốôổ] )?", re.IGNORECASE)  # "Nghị định 100", "Thông tư số 32"


def _plausible_name(head: re.Match) -> bool:
    number = head.group("number")
    short = number.isdigit()
    if short and not _SHORT_GAP.fullmatch(head.string, head.end("type"), head.start("number")):
        return False  # "Nghị quyết Đại hội lần thứ 17", "dự thảo Nghị quyết" / "1. Sự cần thiết", a table's
        # "| Nghị quyết HĐND cấp huyện | 37 |": figures after other words, a line or a cell's gap are no number
    if _FILE_EXTENSION.search(number) or ((short or re.fullmatch(p.YEAR_NUMBER, number))
                                          and _type_name(head.group("type")) not in _YEAR_NUMBERED):
        return False
    # the number's type code the one named ("… số 06/QĐ-CCTHA"; its hyphen lost: "215/QĐGQXP")
    code = p.DOCUMENT_TYPES.get(_type_name(head.group("type")) or "")
    codes = number_codes(number)
    # (a court's judgment or decision, named by its kind and instance: "Bản án hôn nhân và gia đình sơ thẩm số …")
    coded = bool(code and codes and codes[0].startswith(code)) or is_court_number(number)
    if head.group("about"):  # "Quyết định về việc … số 06/QĐ-CCTHA": only of the type named
        return coded
    name = head.group("name")
    if not name:
        return True
    # a law's name is long, and so is one its number's code confirms: "Biên bản xác minh tình tiết của vụ việc vi phạm
    # hành chính số 09/BB-XM"
    limit = _NAME_WORDS["law" if _type_name(head.group("type")) in p.LAW_TYPES or coded else "other"]
    return len(name.split()) <= limit


def _mentions_at(body: str, text: str, head: re.Match, notes_start: int, sentence_ends: list[int],
                 previous: tuple[FoundMention, int] | None) -> tuple[list[tuple[FoundMention, int]], int]:
    """The mentions one citation phrase makes: its numbers, each with the date and issuer after it ("các
    Công văn: số 1832/UBND-TH ngày … của UBND tỉnh Lào Cai, số 1217/UBND-NLN ngày … của UBND tỉnh Yên
    Bái"); a number without its own takes the next one's ("số 12689/QĐ-UBND, số 12699/QĐ-UBND ngày …").
    The subject after the last applies to all. With them, where that subject ends."""
    items: list[list] = []  # [start, end, date, issuer] of each number
    span, pos = (head.start("number"), head.end("number")), head.end()
    while True:
        dated = p.CITATION_DATE.match(text, pos)
        same_day = None if dated or not previous else p.SAME_DAY.match(text, pos)
        pos = dated.end() if dated else same_day.end() if same_day else pos
        year = None if dated or same_day else _year_after(text, span, pos)
        pos = year.end() if year else pos
        issuer = None
        if dated and _AT_JUDGMENT.search(text, max(0, head.start() - 6), head.start()) and (
                court := _COURT_AFTER_DATE.match(text, pos)):  # "Tại Bản án … ngày …, Tòa án … chấp nhận"
            issuer = " ".join(body[court.start("court") : court.end("court")].split())
        elif (drawn := _DRAWN_UP_BY.match(text, pos)) and (drawn["issuer"] or drawn["hour"]):
            # "Biên bản … số 0087/BB-VPHC do Đội … lập hồi … ngày …"
            issuer = drawn["issuer"] and _issuer_phrase(body, text, drawn.start("issuer"), drawn.end("issuer"))
            dated, pos = _dated_after(text, drawn.end(), dated)
        elif of := p.CITATION_ISSUER.match(text, pos):
            issuer = _issuer_phrase(body, text, of.start("issuer"), of.end("issuer"))
            pos = _written_end(body, of.start("issuer"), issuer)
            if p.JOINT_NUMBER.search(text, span[0], span[1]):
                issuer, pos = _joint_issuers(body, text, of.start("issuer"), pos, _issuer_codes(text[span[0]:span[1]]))
            dated, pos = _dated_after(text, pos, dated)  # "… của Chính phủ ngày 24 tháng 6 năm 2023"
        items.append([*span, _iso(dated) if dated else previous[0].date if same_day else year and year.group("year"),
                      issuer])
        more = p.CITATION_MORE_NUMBER.match(text, pos)
        if not more or not (more.group("word") or _same_first_code(text[span[0] : span[1]], more.group("number"))):
            break
        span, pos = (more.start("number"), more.end("number")), more.end()
    if head.group("grouped") or _LISTED.search(text, max(0, head.start() - 5), head.start()) and ":" in text[
            head.end("type") : head.start("number")]:
        pos = _grouped_numbers(body, text, head, pos, items)
    for item, following in zip(items[-2::-1], items[:0:-1], strict=True):
        dated = following[2] and _year_fits(text[item[0] : item[1]], following[2])
        item[2], item[3] = item[2] or (following[2] if dated else None), item[3] or following[3]
    if items[0][3] is None and (before := _ISSUER_BEFORE.search(text, max(0, head.start() - 160), head.start())):
        named = next(name for name in ("issuer", "reporter", "approver", "holder", "second") if before.group(name))
        told = _issuer_phrase(body, text, before.start(named), before.end(named))
        directed = named == "issuer" and _DIRECTION.search(text, max(0, before.start() - 20), before.start())
        for item in items:  # "của UBND tỉnh … tại các văn bản số 612/UBND-KT … và số 745/UBND-KT …": all its
            if not (directed and _coded_issuers(body[item[0]:item[1]])):
                item[3] = item[3] or told
    if items[0][2] is None and (enacted := _ENACTED_BEFORE.search(text, max(0, head.start() - 160), head.start())):
        items[0][2] = _iso(p.CITATION_DATE.match(text, enacted.start()))
        if enacted.group("issuer"):
            items[0][3] = items[0][3] or _issuer_phrase(body, text, enacted.start("issuer"), enacted.end("issuer"))
    subject = None
    if about := p.CITATION_SUBJECT.match(text, pos):
        subject = _subject(body[about.start("subject") : about.end("subject")])
    kind = _type_name(head.group("type"))
    relation = (relation_at(text, head.start(), items[-1][1]) or _noted_relation(text, head.start(), notes_start)
                or _listed_relation(text, head.start(), previous))
    return [
        (
            FoundMention(kind, unescape_markdown(body[start:end]), date, issuer and unescape_markdown(issuer), subject,
                         start if i else head.start(), end,
                         head.start() >= notes_start, _sentence(body, sentence_ends, head.start(), end), relation),
            pos,
        )
        for i, (start, end, date, issuer) in enumerate(items)
    ], about.end() if about else pos


def _year_fits(number: str, date: str) -> bool:
    """A date that may be the number's: of the year the number holds, if it holds one ("43/2014/NĐ-CP" is no
    document of 18/12/2020)."""
    year = _NUMBER_YEAR.search(number)
    return not year or date.startswith(year.group(1))


_NUMBER_YEAR = re.compile(r"/((?:19|20)\d{2})/")


def _same_first_code(number: str, other: str) -> bool:
    """Two numbers opening with one code ("43/2014/NĐ-CP", "148/2020/NĐ-CP"): a list of one type's numbers."""
    codes, others = number_codes(number), number_codes(other)
    return bool(codes and others and codes[0] == others[0])


def _grouped_numbers(body: str, text: str, head: re.Match, pos: int, items: list[list]) -> int:
    """A list under one issuer ("các Nghị định của Chính phủ: số …; số …"), or of one type each with its own
    ("các Quyết định: số 800/QĐ-TTg … của Thủ tướng Chính phủ …; số 1376/QĐ-UBND … của Chủ tịch UBND tỉnh …"): its
    further numbers, each with its date and issuer, added to `items`; returns where the list ends."""
    grouped = head.group("grouped") and _issuer_phrase(body, text, head.start("grouped"), head.end("grouped"))
    while more := p.CITATION_GROUPED_NUMBER.match(text, pos):
        dated = p.CITATION_DATE.match(text, more.end())
        pos = dated.end() if dated else more.end()
        of = None if grouped else p.CITATION_ISSUER.match(text, pos)
        issuer = of and _issuer_phrase(body, text, of.start("issuer"), of.end("issuer"))
        items.append([more.start("number"), more.end("number"), _iso(dated) if dated else None, issuer])
        pos = _written_end(body, of.start("issuer"), issuer) if of else pos
    for item in items:
        item[3] = item[3] or grouped
    return pos


def _listed_relation(text: str, start: int, previous: tuple[FoundMention, int] | None) -> str:
    """A citation whose clause says nothing, next in a list after another ("theo Nghị quyết số …; Nghị
    quyết số … và Nghị quyết số …", the one before described or not), does with its document what the one
    before does."""
    if previous and p.LIST_GAP.fullmatch(text, previous[1], start):
        return previous[0].relation
    return "references"


def _noted_relation(text: str, start: int, notes_start: int) -> str | None:
    """A citation in a footnote does what the text says where the footnote's marker stands ("triển khai
    thực hiện các văn bản nêu trên[^1]")."""
    if start < notes_start:
        return None
    definition = text.rfind("[^", notes_start, start)
    marker = text.find(text[definition : text.find("]", definition) + 1], 0, notes_start) if definition >= 0 else -1
    return relation_at(text, marker, marker) if marker >= 0 else None


def _issuer_phrase(body: str, text: str, start: int, end: int) -> str:
    """The issuer after "của", as written: up to where running text goes on, or past a field's "và"
    ("Bộ Giáo dục và Đào tạo"), with the place after it ("Sở Xây dựng tỉnh Bình Phước")."""
    if plenum := p.CENTRAL_PLENUM.match(text, start):
        return " ".join(body[start : plenum.end()].split())
    joint = _JOINT_LEAD.match(text, start)  # "liên Bộ Tài nguyên và Môi trường - Bộ Tài chính"
    head = _HEAD_BEFORE_FIELD.match(text, start)  # "Chánh Thanh tra Sở Giáo dục và Đào tạo"
    field = p.ISSUER_WITH_FIELD.match(text, joint.end() if joint else head.end() if head else start)
    if field:
        place = _PLACE_AFTER.match(text, field.end())
        named = place.end() if place else _bare_place_end(text, field.end()) or field.end()
        # Past a field's "và" ("Bộ Giáo dục và Đào tạo"); up to it where running text goes on in lower case
        # ("của Sở Tài chính chủ trì …") or a PDF table's next cell opens the next line ("của Sở Nội vụ" / "Tự đánh
        # giá, chấm điểm …").
        if named > end or _RUNNING_ON.match(text, named, end) or not place and _NEXT_CELL.match(text, named, end):
            end = named
    if joint:  # each body's field past its "và": "liên Bộ Tài chính - Bộ Lao động - Thương binh và Xã hội"
        for separator in p.JOINT_SEPARATOR.finditer(text, start, end):
            if (later := p.ISSUER_WITH_FIELD.match(text, separator.end())) and later.end() > end:
                end = later.end()
    if national := _NATIONAL_BOARD.match(text, start):  # its purpose names it wherever the sentence goes after
        end = max(end, national.end())
    # a board whose name says its purpose ("Ban Chỉ đạo quốc gia phòng, chống dịch COVID-19 về …") takes no "về …"
    if _STEERING.match(text, start) and (purpose := _STEERING_QUOTED.match(text, end) or not _PURPOSE_NAMED.search(
            text, start, end) and (_STEERING_PURPOSE.match(text, end) or _STEERING_ABOUT.match(text, end))
            or _STEERING_ABOUT_LEVEL.match(text, end) or _STEERING_LEVEL.match(text, end)
            or _STEERING_ABBREVIATED.match(text, end)):
        end = purpose.end()
    if p.COMPANY.match(text, start) and (more := p.COMPANY_NAME_GOES_ON.match(text, end)):
        end = more.end("issuer")
    if region := _REGION.match(text, end):  # "… cấp cao" / "tại Thành phố Hồ Chí Minh", its seat past a line's end
        end = region.end()
    if central := _CENTRAL_NAME.match(text, start):
        end = max(end, central.end())
    return _trim_issuer(" ".join(body[start:end].split()))


# The party's national board of 2025 (Nghị quyết 57-NQ/TW), named by its purpose: "của Ban Chỉ đạo Trung ương về phát
# triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số." (its "về" ends no name).
_NATIONAL_BOARD = re.compile(r"Ban\s+Chỉ\s+đạo\s+Trung\s+ương\s+về\s+phát\s+triển\s+khoa\s+học,\s+công\s+nghệ,"
                             r"\s+đổi\s+mới\s+sáng\s+tạo\s+và\s+chuyển\s+đổi\s+số", re.IGNORECASE)
# A department's head or inspectorate before its name: "của Chánh Thanh tra Sở Giáo dục và Đào tạo về việc …".
_HEAD_BEFORE_FIELD = re.compile(r"(?:phó\s+)?(?:chánh\s+thanh\s+tra|thanh\s+tra|giám\s+đốc)\s+(?=sở\b)", re.IGNORECASE)
# "liên ngành Sở Giáo dục và Đào tạo - …", "liên Ủy ban Dân tộc - Bộ Kế hoạch và Đầu tư - …"
_JOINT_LEAD = re.compile(r"liên\s+(?:ngành\s+)?(?=bộ\b|sở\b|[ủu][ỷy]\s+ban\b)", re.IGNORECASE)
_NEXT_CELL = re.compile(r"[ \t]*\n[ \t]*(?-i:[" + p.CAPITALS + r"])")  # a PDF table's next cell, its own line
_RUNNING_ON = re.compile(r"\s+(?-i:[a-zđà-ỹ])(?!\S*[" + p.CAPITALS + r"])")  # a word in lower case: "chủ trì"
# A steering committee named with its purpose: "Ban Chỉ đạo Trung ương về phòng, chống thiên tai" (its "về"
# names it; elsewhere "về" opens the cited document's subject).
_STEERING = re.compile(r"(?:(?:phó\s+)?trưởng\s+)?ban\s+chỉ\s+đạo\b", re.IGNORECASE)  # its head for it, too
_PURPOSE_NAMED = re.compile(r"\bphòng,?\s+chống\b", re.IGNORECASE)
_STEERING_PURPOSE = re.compile(r"\s+về\s+phòng,?\s+chống(?:\s+(?!về\b|ngày\b|và\b|tại\b)[^\s,;.()]+){1,3}",
                               re.IGNORECASE)
# … or any purpose where the document's own "về" follows it: "Ban Chỉ đạo Trung ương về phát triển khoa học,
# công nghệ, đổi mới sáng tạo và chuyển đổi số về triển khai phong trào …"; not the document's "về việc …", nor
# past another document ("… về việc chuẩn bị … và Nghị quyết số 22/2006/NQ-HĐND … của HĐND tỉnh về …").
_STEERING_ABOUT = re.compile(r"\s+về\s+(?!việc\b)(?:(?!\bvề\b|\bcủa\b|\bsố\s+\d)[^;.()\n]){3,120}?(?=\s+về\s)",
                             re.IGNORECASE)
# … or a purpose whose words end a name elsewhere ("số", "và"), up to the level it sits at: "Ban Chỉ đạo Tổng điều
# tra dân số và nhà ở Trung ương".
# … or a movement's name in quotes, with its level: "Ban Chỉ đạo phong trào "Toàn dân đoàn kết xây dựng đời sống văn
# hóa" huyện Chợ Mới".
_STEERING_QUOTED = re.compile(r"\s*[\"“][^\"”\n]{3,120}[\"”](?:\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã|xã|phường)"
                              r"(?:\s+[A-ZĐ][^\s,;.()]*)*)?")
# … or a purpose up to its level, nothing after it but the document's "về": "Ban Chỉ đạo liên ngành về vệ sinh an toàn
# thực phẩm tỉnh Nghệ An", a line wrapped in it (not the document's subject "về tổ chức … trên địa bàn tỉnh").
_STEERING_ABOUT_LEVEL = re.compile(r"\s+về\s+(?!việc\b)(?:(?!\b(?:về|của|trên|tại|cho|số|và)\b)"
                                   r"(?:[^;.,()\n]|\n(?!\s*\n))){3,80}?"
                                   r"\s+(?:tỉnh|thành\s+phố|huyện|thị\s+xã)"
                                   r"(?:(?:\s+[A-ZĐ][^\s,;.()]*)+(?=\s*[,;.]|$|\s+về\s)|(?=\s+(?:tổng\s+kết|sơ\s+kết|về|hướng\s+dẫn"
                                   r"|ban\s+hành|trong)\b))")  # named, or its level alone before what it did
# Its purposes' list may go on past a comma, in lower case, up to its level: "Ban Chỉ đạo phòng, chống AIDS và phòng,
# chống tệ nạn ma túy, mại dâm tỉnh" (not "Ban Chỉ đạo tỉnh, UBND tỉnh", "… dịch bệnh huyện, đồng chí Chủ tịch UBND
# huyện", "… COVID-19, báo cáo Ban Chỉ đạo huyện").
_STEERING_LEVEL = re.compile(r"(?:(?<!tỉnh)(?<!huyện)(?<!phố)(?<!xã),"
                             r"(?:\s+(?!về\b|ngày\b|tại\b)(?![" + p.CAPITALS + r"])[^\s,;.()]+){1,6}?"
                             r"|(?:\s+(?!về\b|ngày\b|tại\b)[^\s,;.()]+){1,6}?)\s+(?:Trung\s+ương|tỉnh|thành\s+phố"
                             r"|huyện)(?:\s+[A-ZĐ][^\s,;.()]*)*")

# … or a purpose its own initials close, commas and all: "Ban Chỉ đạo quốc gia về chống khai thác hải sản bất hợp pháp,
# không báo cáo và không theo quy định (IUU)".
_STEERING_ABBREVIATED = re.compile(r"\s+về\s+(?!việc\b)[^;.()\n]{3,160}?\s*\([A-ZĐ]{2,8}\)")


def _joint_issuers(body: str, text: str, start: int, end: int, codes: int | None) -> tuple[str, int]:
    """A joint document's issuers after its first, as written: "Bộ Tài nguyên và Môi trường, Bộ Nội vụ và
    Bộ Tài chính"; with where they end. No more than its number has codes: "…/TTLT-BTNMT-BTC của Bộ A - Bộ B,
    Ủy ban nhân dân tỉnh đề nghị" names two."""
    named = 1
    while (codes is None or named < codes) and (more := p.JOINT_ISSUER.match(text, end)):
        phrase = _issuer_phrase(body, text, more.start("issuer"), more.end("issuer"))
        end = _written_end(body, more.start("issuer"), phrase)
        named += 1
    return " ".join(body[start:end].split()), end


def _written_end(body: str, start: int, phrase: str) -> int:
    """Where a phrase given with its spaces squashed ends in the text as written ("Bộ Quốc  phòng"); a phrase
    whose words were mended (a place's name spelt as the gazetteer spells it) ends its length on."""
    end = start
    for word in phrase.split():
        found = body.find(word, end)
        if found < 0:
            return start + len(phrase)
        end = found + len(word)
    return end


# "Tại Bản án dân sự sơ thẩm số 25/2016/DS-ST ngày 22/11/2016, Tòa án nhân dân huyện Tuy An chấp nhận …": the court
# named after the date, its verb in small letters after it, judged in that judgment ("Tại"; after "Căn cứ Bản án …, Tòa
# án nhân dân tỉnh … thụ lý" the court is another).
_AT_JUDGMENT = re.compile(r"\bTại\s+$", re.IGNORECASE)
_COURT_AFTER_DATE = re.compile(r",\s+(?P<court>Tòa\s+án\s+nhân\s+dân\s+(?:(?:tỉnh|huyện|thành\s+phố|quận|thị\s+xã)"
                               r"(?:\s+[" + p.CAPITALS + r"][^\W\d_]*){1,4}|cấp\s+cao\s+tại(?:\s+[" + p.CAPITALS
                               + r"][^\W\d_]*){1,5}|tối\s+cao))(?=\s+" + p.SMALL_LETTER + ")")


def _issuer_codes(number: str) -> int | None:
    """How many issuers a joint number names after its type: "04/2007/TTLT-BTNMT-BTC" two, "31/CTPHBHXHHND" two
    (the hyphens a copy lost put back); None where the codes cannot be counted."""
    codes = [part for part in re.split(r"[/-]", repair_number(number))[1:] if re.search(r"[^\W\d_]", part)]
    return len(codes) - 1 if len(codes) > 2 else None


# The issuer named before the citation: "Xét đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 123/TTr-SNV", or
# reporting it: "sau khi nghe UBND huyện Lạng Giang báo cáo tại Báo cáo số 215/BC-UBND", or as the subject of
# the clause: "đồng thời UBND huyện Lạc Dương có Công văn số 1042/UBND-NN", "Ban Thường vụ Huyện ủy ban hành Kế
# hoạch số 46-KH/HU", "báo cáo … của UBND xã đã được Hội đồng nhân dân xã phê chuẩn tại Nghị quyết số …" (the council's,
# not the committee's before "đã được"); agreed with at it: "sau khi thống nhất với
# Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh tại Công văn số 2614/MTTQ-BTT"; the document after it in brackets.
_ORGAN_OPENING = (r"(?:UBND|Ủy\s+ban|Sở|Ban|Phòng|Văn\s+phòng|Công\s+an|Bộ|Viện\s+kiểm\s+sát|Tòa\s+án|Cơ\s+quan"
                  r"|Hội\s+đồng|Tổng\s+cục|Cục"
                  # a council's standing committee: "do Thường trực HĐND tỉnh chuyển đến"
                  r"|Thường\s+trực(?=\s+(?:HĐND|Hội\s+đồng)))\b")
_DIRECTOR = r"(?:Giám\s+đốc\s+(?=Sở\b))?"  # a Sở named by its head: "Giám đốc Sở Kế hoạch và Đầu tư tại …"
# A holder's name runs on to its verb, not past another's: "Tham mưu Sở Y tế trình UBND tỉnh ban hành Kế hoạch số
# 1108/KH-UBND" is the committee's; across a line the copy wrapped ("do Ủy ban" / "nhân dân tỉnh đã cung cấp …"), not
# into a list's next item.
_NO_VERB = (r"(?:(?!\s(?:trình|tham\s+mưu|đề\s+nghị|chỉ\s+đạo|giao|phối\s+hợp|cùng|với|đã|được)\s)"
            r"(?:[^;,.()\n]|\n(?![^\S\n]*\n|[-+•*]|\d+[.)])))")
_ISSUER_BEFORE = re.compile(
    # across a wrap; a field's commas ("của Giám đốc Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số …"); a name
    # ("báo cáo của các địa phương theo Công văn số …" names none)
    r"(?:\b(?:của|thống\s+nhất\s+với)\s+(?P<issuer>(?-i:[A-ZĐỦ])"
    # "của Ban tại Báo cáo số …"; not a document's part issued with another: "của Quy định … ban hành kèm theo Thông tư"
    r"(?:(?!\b(?:của|tại|theo|số|đã|kèm|được)\b)(?:[^;,.()]|,(?=\s(?-i:[A-ZĐ])|\s" + p.IN_NAME_AFTER_COMMA
    + r"))){2,120}?)"
    r"(?:\s+(?:tại|theo)(?:\s+các)?\s+"  # "tại các văn bản số 612/UBND-KT … và số 745/UBND-KT …"
    r"|\s*\(\s*)"  # "Xét đề nghị của Ủy ban nhân dân tỉnh Quảng Ngãi (Công văn số 1186/UBND-NNTN …)"
    # "nghe lãnh đạo Ủy ban nhân dân tỉnh Lạng Sơn báo cáo (Báo cáo số …)", "nghe UBND xã Đăk Mar báo cáo kết quả
    # thực hiện tại Báo cáo số …", "nghe Hội đồng bồi thường, hỗ trợ và tái định cư thị xã báo cáo tại Tờ trình số …",
    # a centre: "nghe Trung tâm Phát triển quỹ đất thành phố báo cáo tại Tờ trình số …"
    r"|\bnghe\s+(?:(?:đại\s+diện\s+)?lãnh\s+đạo\s+|đại\s+diện\s+)?(?P<reporter>(?:Trung\s+tâm\b|" + _ORGAN_OPENING + ")"
    + r"(?:[^;,.()]|,(?=\s" + p.IN_NAME_AFTER_COMMA + r")){3,120}?)\s+(?:báo\s+cáo|trình\s+bày)"
    r"(?:\s+[^;,.()]{1,60}?)?(?:\s+tại\s+|\s*\(\s*(?:tại\s+)?)"  # "báo cáo (tại Báo cáo số …)"
    # the second of two bodies proposing: "Xét đề nghị của Sở Nông nghiệp và PTNT tại Tờ trình số … và Sở Tài chính tại
    # Công văn số 118/TC-NS"; one named for example: "(như Ủy ban nhân dân tỉnh Bắc Kạn tại Tờ trình số 58/TTr-UBND …)"
    # … or after a ";", by its head: "…; Giám đốc Sở Kế hoạch và Đầu tư tại Báo cáo thẩm định số 137/BC-SKH"
    r"|(?:\b(?:và|như)|;)\s+(?P<second>" + _DIRECTOR + _ORGAN_OPENING
    + r"(?:(?!\b(?:của|số)\b)[^;,.()]){2,80}?)\s+tại\s+"
    # "Dự án được UBND tỉnh chấp thuận chủ trương đầu tư tại Công văn số …"
    # "Vụ án đã được Tòa án nhân dân huyện Chư Sê xét xử sơ thẩm tại Bản án số …"
    # "kinh phí hỗ trợ được UBND tỉnh phân bổ tại Quyết định số …", "Dự án đã được UBND tỉnh Khánh Hòa chỉ đạo tại Thông
    # báo số 312/TB-UBND"
    # "142 người có uy tín được Ủy ban nhân dân tỉnh công nhận tại Quyết định số …", "bị Viện kiểm sát nhân dân huyện
    # Yên Lạc truy tố theo điểm c khoản 2 Điều 173 Bộ luật Hình sự năm 2015 tại Cáo trạng số …"
    # "phương án đã được UBND thị xã An Nhơn (cũ) thống nhất tại Công văn số …" (a body of before 2025 named "(cũ)")
    # "Kế hoạch … của Thanh tra Sở được Giám đốc Sở phê duyệt tại Quyết định số …" (its head for the Sở)
    r"|\b(?:được|bị)\s+(?P<approver>" + _DIRECTOR + _ORGAN_OPENING
    + r"(?:[^;,.()]|\(cũ\)){3,80}?)\s+(?:chấp\s+thuận|phê\s+duyệt"
    r"|đồng\s+ý|cho\s+phép|xét\s+xử|phân\s+bổ|giao|chỉ\s+đạo|công\s+nhận|truy\s+tố|thống\s+nhất)"
    r"(?:\s+[^;,.()]{1,60}?)?\s+tại\s+"
    # "Viện kiểm sát nhân dân tỉnh Bình Dương phê chuẩn tại Quyết định số …", "Phòng Tài nguyên và Môi trường đã lập
    # Biên bản vi phạm hành chính số …"
    r"|(?<![\w-])(?-i:(?P<holder>(?:Trung\s+tâm\b|" + _ORGAN_OPENING + ")" + _NO_VERB + r"{3,100}?(?<!\sđã)))"
    r"(?:,\s+(?-i:Bộ)\s" + _NO_VERB + r"{3,80}?)?\s+"  # "Cục Quản lý Dược, Bộ Y tế có Công văn số …": the Cục's
    # "do UBND thị trấn … chuyển đến tại", "do Văn phòng UBND tỉnh chuyển đến kèm theo Phiếu chuyển số …"
    # "do Ủy ban nhân dân tỉnh đã cung cấp Quyết định số 2274/QĐ-UBND …" (an auditor's letter)
    r"(?:(?:đã\s+)?(?:có|ban\s+hành|lập|cung\s+cấp)|phê\s+chuẩn\s+tại|chuyển\s+đến\s+(?:tại|kèm\s+theo)"
    # "UBND huyện Nông Cống giải trình tại Báo cáo số …", "Trung tâm Phát triển quỹ đất huyện báo cáo tại Báo cáo số …"
    r"|(?:đã\s+)?(?:giải\s+trình|báo\s+cáo)\s+tại"
    r"|(?:đã\s+)?xét\s+xử(?:\s+(?:sơ|phúc|giám\s+đốc)\s+thẩm)?\s+tại)\s+)$",  # "Tòa án … đã xét xử phúc thẩm tại"
    re.IGNORECASE)
def _dated_after(text: str, pos: int, dated: re.Match | None) -> tuple[re.Match | None, int]:
    """The date after the issuer where none stood before it, and where the citation's words go on."""
    late = None if dated else p.CITATION_DATE.match(text, pos)
    return (late, late.end()) if late else (dated, pos)


# The body that drew up a record, after its number: "Biên bản vi phạm hành chính số 0087/BB-VPHC do Đội Quản lý thị
# trường số 3 lập hồi 09 giờ 30 phút ngày 02/12/2020" (its hour before its date); or no body named, its hour given:
# "Biên bản vi phạm hành chính số 38/BB-VPHC lập hồi 14 giờ 00 phút ngày 02/9/2019".
_DRAWN_UP_BY = re.compile(r"\s+(?:do\s+(?P<issuer>(?:Đội|" + _ORGAN_OPENING + r")[^;,.()]{2,80}?)\s+)?lập"
                          r"(?P<hour>\s+(?:hồi|lúc)\s+\d{1,2}\s*(?:giờ|h)(?:\s*\d{1,2}(?:\s*phút)?)?)?")
# A list of one type's documents: "Căn cứ các Quyết định: số …; số …".
_LISTED = re.compile(r"\bcác\s+$", re.IGNORECASE)
# Whose direction a document conveys, its issuer named by its number: "theo chỉ đạo của Thủ tướng Chính phủ tại
# Công văn số 2987/VPCP-CN" is the Government Office's.
_DIRECTION = re.compile(r"(?:chỉ\s+đạo|kết\s+luận)\s+$", re.IGNORECASE)
# The date and the issuer told before the type: "Ngày 07/9/2018, Chính phủ ban hành Nghị định số 116/2018/NĐ-CP",
# "ngày 18 tháng 9 năm 2009, Bảo hiểm xã hội (BHXH) Việt Nam đã có Công văn số 3370/BHXH-THU", "Ngày 02/4/2021, Cơ
# quan Cảnh sát điều tra … ra Quyết định khởi tố …", its comma left out: "ngày 15/5/2007 Bộ Tài nguyên và Môi trường
# đã có Công văn số …", a former province's board: "ngày 28/6/2025 Ban Thường vụ Tỉnh ủy Phú Yên (cũ) ban hành Quyết
# định số …", its head who signed it: "ngày 28 tháng 5 năm 2020, Bộ trưởng Bộ … đã ký Quyết định số …"; or the date
# alone, the issuer told before: "ngày 09/4/2021 ra …".
_ENACTED_BEFORE = re.compile(r"\b(?i:ngày)\s+(?:\d{1,2}/\d{1,2}/\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})"
                             r"\s*(?:,?\s*(?P<issuer>[A-ZĐỦ](?:[^;,.()]|\((?:[A-ZĐ&]{2,12}|cũ)\)){1,100}?)\s+|\s)"
                             r"(?:đã\s+)?(?:ban\s+hành|có|ra|ký)\s+$")  # "Chính\nphủ"
# A place after an organ's field: " tỉnh Nghệ An", " huyện Đức Trọng", " Thành phố Hồ Chí Minh", " Việt Nam"; after a
# council's committee, its council: "Ban Kinh tế - Ngân sách Hội đồng nhân dân tỉnh".
_PLACE_AFTER = re.compile(r"(?:\s+(?:Hội\s+đồng\s+nhân\s+dân|HĐND|Ủy\s+ban\s+nhân\s+dân|UBND))?\s+(?:"
                          + "|".join(p.LOCALITY_KINDS) + r")(?!\s+(?:ủy|đoàn)\b)"  # "Tỉnh ủy": the party's, below
                          + r"(?:[^\S\t]+(?!V/v)(?-i:[" + p.CAPITALS + r"])[^\s;,.()]*){0,4}"  # a tab: a table's cell
                          # a party board's committee: "Ban Tuyên giáo và Dân vận Thành ủy (Đà Nẵng)", "… Trung ương"
                          r"|\s+(?:(?:tỉnh|thành|huyện|quận|thị|đảng)\s+ủy|trung\s+ương)"
                          r"(?:\s+(?:xã|phường|thị\s+trấn))?(?:\s+(?-i:[A-ZĐ])[^\s;,.()]*){0,3}"
                          r"|\s+Việt\s+Nam\b"  # a national association's: "… Kỹ thuật Việt Nam"
                          r"|\s+Quân\s+khu\s+\d{1,2}\b", re.IGNORECASE)  # "… quốc phòng và an ninh Quân khu 2"


def _subject(markdown: str) -> str:
    """A cited document's subject ends where a new clause opens with a capital: "… của Ủy ban châu
    Âu, Ủy ban nhân dân tỉnh yêu cầu …" keeps "… của Ủy ban châu Âu"."""
    text = _plain(markdown)
    for comma in re.finditer(r",\s+(?=\w)", text):
        if text[comma.end()].isupper():
            return text[: comma.start()]
    return text


def _year_after(text: str, span: tuple[int, int], pos: int) -> re.Match | None:
    """A year alone after a number ("76/NQ-CP năm 2021"), not another than the number's own ("61/2018/NĐ-CP")."""
    year = p.CITATION_YEAR.match(text, pos)
    own = re.search(r"/((?:19|20)\d{2})/", text[span[0] : span[1]])
    return year if year and (not own or own.group(1) == year.group("year")) else None


def _iso(match: re.Match) -> str | None:
    """The date of a CITATION_DATE match, "14/12/2023" or "14 tháng 12 năm 2023", as ISO; None when impossible."""
    numeric = match.group("day") is not None
    day, month, year = (int("".join(match.group(f"{'' if numeric else 'w'}{part}").split()))
                        for part in ("day", "month", "year"))
    return iso_date(day, month, year)


def _type_name(written: str) -> str | None:
    return p.type_named(written) or p.TYPE_ABBREVIATIONS.get(written)


_TERM = re.compile(r"\s+\(?kh(?:óa|oá)\s+[IVXLC]+\)?$", re.IGNORECASE)


@lru_cache(maxsize=1 << 14)  # a pure function of the phrase, and letters cite the same issuers again and again
def _trim_issuer(phrase: str) -> str:
    """Cut an issuer phrase where the name ends: "Ủy ban nhân dân tỉnh Sóc Trăng Kịch bản …", "Bộ Chính trị khóa
    XII" (the term a party body sat in is not its name)."""
    phrase = _cut_glued_end(_TERM.sub("", phrase))
    # a footnote's marker a PDF copy ran into a word as a digit, the name ending there: "của Chủ tịch UBND tỉnh1", "của
    # UBND tỉnh2 phải hoàn thành …", "của Bộ GDĐT1;" ("COVID19" is a name)
    if (marker := _MARKER_AT_WORD_END.search(phrase)) and (
            phrase[marker.start() - 1].islower() or phrase[: marker.start()].split()[-1] in p.ISSUER_ABBREVIATIONS):
        phrase = phrase[: marker.start()]
    phrase = _MARKER_AFTER_KIND.sub(r"\1", phrase)  # set apart after an organ's kind: "của Sở 2 ;" (no "Sở 2" is)
    folded = fold(phrase)
    for body, folded_body in _CENTRAL_BODIES:
        if folded.startswith(folded_body) and not _PLACE_WORDS.search(phrase, len(body)):
            # Its branch named by the province or district alone: "Kho bạc Nhà nước Quảng Trị"
            branch = _province_or_district_at(phrase[len(body) :].split())
            region = _REGION.match(phrase, len(body))
            return f"{phrase[: len(body)]} {branch}" if branch else phrase[: region.end() if region else len(body)]
    matched = match_form(phrase)  # "Tỉnh uỷ" as "Tỉnh ủy", same length
    field = p.ISSUER_WITH_FIELD.match(matched)  # "… Thương binh và Xã hội": no commune there
    social = [m.span() for m in p.SOCIAL.finditer(matched)]  # "Bảo hiểm xã hội …": no commune
    places = [m for m in _PLACE_WORDS.finditer(matched, field.end() if field else 0)
              if not any(a <= m.start() < b for a, b in social)]
    if not places:
        return phrase
    place = places[-1]
    # a footnote's marker a PDF copy ran into the place's name as a digit: "Tòa án nhân dân tỉnh Lâm Đồng1"
    words = [_MARKER_AT_WORD_END.sub("", word) for word in phrase[place.end() :].split()]
    # A place's name is written with a capital: "của UBND tỉnh đồng ý chủ trương" names no commune "Đồng Ý".
    name = gazetteer().name_at(words) if words and not words[0][:1].islower() else None
    if name and fold(place.group()) == "tinh" and not gazetteer().is_province(name):
        name = None  # a unit of another kind: "của UBND tỉnh" / "Đang thực hiện" (a table's next cell) names no "Đang"
    if name is None and words and _NUMBERED_UNIT.fullmatch(place.group()) and words[0].isdigit() and len(words[0]) <= 2:
        name = words[0]  # a city's numbered district or ward: "của UBND Quận 1 về …"
    if name is None:
        prefix = _capitalised_prefix(words)
        # a province's name is of two words or more: "của UBND tỉnh" / "Rà soát, đơn giản hóa …" (a table's next cell)
        name = "" if fold(place.group()) == "tinh" and len(prefix) == 1 else " ".join(prefix)
    return phrase[: place.end()] + (" " + name if name else "")


def _cut_glued_end(phrase: str) -> str:
    """The name up to running text a copy ran into its last word: "Bộ Chính trịđược" → "Bộ Chính trị"."""
    at = 0
    for word in phrase.split(" "):
        if not is_syllable(word.lower()):
            for end in p.ISSUER_ENDS_GLUED:
                if word.endswith(end) and is_syllable(word[: -len(end)].lower()):
                    return phrase[: at + len(word) - len(end)]
        at += len(word) + 1
    return phrase


_NUMBERED_UNIT = re.compile(r"(?i:quận|phường)")
_MARKER_AT_WORD_END = re.compile(r"(?<=[^\W\d_])\d{1,2}(?!\S)")
_MARKER_AFTER_KIND = re.compile(r"^(Sở|Bộ|Cục)\s+\d{1,2}$")


def _province_or_district_at(words: list[str]) -> str | None:
    """The province or district the words open with, written with capitals: "Quảng Trị về …" → "Quảng Trị"."""
    places = gazetteer()
    return next((" ".join(words[:size]) for size in (3, 2, 1) if len(words) >= size and words[0][:1].isupper()
                 and (places.is_province(" ".join(words[:size])) or places.provinces_above(" ".join(words[:size])))),
                None)


_CAPITALISED_WORDS = re.compile(r"(?:[^\S\n]+(?-i:[" + p.CAPITALS + r"])[^\s,;.()]*){1,3}")


def _bare_place_end(text: str, at: int) -> int | None:
    """Where a province or district named without its kind ends after a field's name: "của Sở Lao động - Thương binh
    và Xã hội Hải Phòng về …"."""
    words = _CAPITALISED_WORDS.match(text, at)
    if not words or not (name := _province_or_district_at(words.group().split())):
        return None
    return at + words.group().index(name) + len(name)


def _capitalised_prefix(words: list[str]) -> list[str]:
    out = []
    for word in words[:4]:
        if not word[:1].isupper():
            break
        out.append(word)
    return out


def _share_issuer_across_lists(text: str, found: list[tuple[FoundMention, int]]) -> list[FoundMention]:
    """One "của …" after a list applies to every item: "Văn bản số 9495/UBND-TH ngày …, Quyết định
    số 4647/QĐ-UBND ngày … của UBND tỉnh"; one date too, to two of a type: "Quyết định số 217-QĐ/TW và Quyết định số
    218-QĐ/TW, ngày 12/12/2013 của Bộ Chính trị", or to two joined by "và": "Kết luận số 21-KL/TW và Quy định số
    37-QĐ/TW ngày 25/10/2021 của Ban Chấp hành Trung ương Đảng"."""
    mentions = [m for m, _ in found]
    for i in range(len(mentions) - 2, -1, -1):
        current, following = mentions[i], mentions[i + 1]
        between = text[found[i][1] : following.start]
        # Not to a number whose code names another body: "Luật … số 01/2002/QH11 và Nghị định số … của Chính phủ".
        if current.issuer_text is None and following.issuer_text and p.LIST_SEPARATOR.match(between) \
                and all(_named_among(body, _named_bodies(following.issuer_text))
                        for body in _coded_issuers(current.number)):
            same_day = current.date is None and (current.type == following.type or between.strip() == "và")
            mentions[i] = dataclasses.replace(current, issuer_text=following.issuer_text,
                                              date=following.date if same_day else current.date)
    return mentions


# The Central Committee's own bodies, which a "…/TW" number names too: "Quyết định số 217-QĐ/TW … của Bộ Chính trị".
_CENTRAL_COMMITTEE_BODIES = {fold("Ban Chấp hành Trung ương Đảng"): {fold("Bộ Chính trị"), fold("Ban Bí thư")}}


def _named_among(body: str, named: list[str]) -> bool:
    return fold(body) in named or bool(_CENTRAL_COMMITTEE_BODIES.get(fold(body), set()) & set(named))


def _named_bodies(issuer_text: str) -> list[str]:
    """The bodies an issuer phrase names, folded, each whole: "Bộ Y tế - Tài chính" is two; the "Quốc hội" in "Ủy
    ban Thường vụ Quốc hội" is none of them; a plenum names the Central Committee ("Hội nghị lần thứ sáu Ban Chấp hành
    Trung ương Đảng khóa XII")."""
    if p.CENTRAL_PLENUM.fullmatch(match_form(issuer_text)):
        return [fold(p.CENTRAL_ALIASES["Ban Chấp hành Trung ương"])]
    return re.split(r"\s*(?:,|\bvà\b|\s-\s)\s*", fold(issuer_text))


def _coded_issuers(number: str) -> set[str]:
    """The bodies a number's codes name, as written or with the hyphens a copy lost put back ("27/2005/PLUBTVQH11":
    the Ủy ban Thường vụ Quốc hội)."""
    codes = number_codes(number) + number_codes(repair_number(number))
    return {p.ISSUER_BY_CODE[code] for code in codes if code in p.ISSUER_BY_CODE}


def _sentence(body: str, sentence_ends: list[int], start: int, end: int) -> str:
    """The sentence around a mention, as plain text, for the cited document's page.

    `sentence_ends` are the offsets where the body's sentences end, found once per letter.
    """
    before = bisect_right(sentence_ends, start)
    after = _SENTENCE_END.search(body, end)
    sentence = body[sentence_ends[before - 1] if before else 0 : after.start() + 1 if after else len(body)]
    sentence = _plain(sentence)
    return sentence if len(sentence) <= 400 else sentence[:399] + "…"


def _plain(markdown: str) -> str:
    return squash_spaces(plain_text(markdown)).rstrip(" ,;")
