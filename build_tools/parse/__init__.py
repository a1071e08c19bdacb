"""Stage 2, parse: extract a letter's metadata and its text as Markdown (header → body → closing)."""

from __future__ import annotations

import re

from build_tools import patterns as p
from build_tools.gazetteer import gazetteer
from build_tools.model import FieldSource, Letter, ParseWarning, SourceText
from build_tools.numbers import ISSUER_CODES, canonical_number, repair_number, shows_lost_hyphens
from build_tools.parse.body import build_body
from build_tools.parse.closing import find_closing_start, is_signer_name, parse_closing
from build_tools.parse.header import Header, parse_header, recipients_at
from build_tools.parse.layout import Line, Source, digit_over_note, split_lines, unflatten, written
from build_tools.parse.names import named_with_kind, organ_name, province_unit
from build_tools.text import capitalise_first, fold, is_upper_text, iso_date, squash_spaces


def parse_letter(source: SourceText) -> Letter:
    text, starts = unflatten(source.text)
    lines = split_lines(text)
    lost_hyphens = shows_lost_hyphens(text)
    header = parse_header(lines, lost_hyphens)
    lines, left_out = _without_site_trailer(lines, header.body_start)
    lead = None if header.number or header.type else _lead(lines[: header.body_start + 12])
    below = _header_below_lead(lines, lead, lost_hyphens) if lead and not header.date else None
    noted = None if header.number else next((m for line in lines if (m := p.LETTER_SOURCE.match(line.clean))), None)
    notes = _notes_after_signature(lines, find_closing_start(lines, header.body_start, _draft_sent_with(lines, header)))
    lines, notes = _signer_after_notes(lines, notes)
    closing = parse_closing(lines, header.body_start, notes)
    # What follows the signature and is not the closing's (notes, footnotes set there) belongs to the
    # text, after a paragraph break: nothing of a letter is dropped.
    rest = [line for line in lines[closing.start : notes] if line.index not in closing.used and not line.blank]
    after = [Line(notes, "", "", ""), *lines[notes:]] if notes < len(lines) else []
    unread = [Line(closing.start, "", "", ""), *rest] if rest else []
    body = build_body(lines[header.body_start : closing.start] + unread + after)
    closing_lines = [line for line in lines[closing.start : notes] if line.index in closing.used or line.blank]
    site = _site_properties(lines[: header.body_start], header.number)
    return Letter(
        source=source.path,
        type=header.type or (lead and p.type_named(lead.group("type"))) or (noted and p.type_named(noted["type"]))
        or p.type_named(site.get("loai van ban", "")),
        number=_own_number(header, closing.cc, lost_hyphens)
        or (lead and repair_number(lead.group("number"), lost_hyphens))
        or (noted and repair_number(noted["number"], lost_hyphens))
        or _number_in_site_title(lines[: header.body_start], header.type, lost_hyphens),
        number_suffix=header.number_suffix,
        date=header.date or (lead and _lead_date(lead)) or (below and below.date) or (noted and _lead_date(noted)),
        place=header.place or (below and below.place),
        # A news page's own name may head it: the letter's issuer is the one its text names, where it has a lead.
        issuer=(lead and _issuer_named_in_text(lines[: closing.start], header.place))
        or (noted and noted["issuer"] and organ_name(noted["issuer"]))  # a news page's note under the letter
        or _as_its_text_names_it(_placed_by_text(header.issuer, lines[header.body_start : closing.start],
                                                 header.place), lines[header.body_start : closing.start], header.place)
        or _issuer_named_in_text(lines[header.body_start : closing.start],
                                 header.place or _province_named_above(lines[: header.body_start])),
        parent_issuer=header.parent_issuer,
        subject=header.subject or (lead and capitalise_first(" ".join(lead.group("subject").split())))
        or _subject_in_site_title(lines[: header.body_start], header.number),
        recipients=tuple(header.recipients) or _recipients_below(lines[header.body_start : closing.start]),
        cc=tuple(closing.cc),
        signing_authority=closing.signing_authority,
        signer_title=closing.signer_title,
        signer=_signer(closing.signer, site.get("nguoi ky", "")),
        footnotes=body.footnotes,
        warnings=tuple(ParseWarning(message, None if place is None else _origin(source, starts, place))
                       for message, place in header.warnings + left_out + closing.warnings + list(body.warnings)),
        body=body.markdown,
        header=tuple(line.plain for line in lines[: header.body_start]),
        closing=tuple(line.plain for line in closing_lines),
        sources=_sources(header.sources, closing.sources, closing_lines, lambda place: _origin(source, starts, place)),
        lost_hyphens=lost_hyphens,
    )


def _without_site_trailer(lines: list[Line], body_start: int) -> tuple[list[Line], list[tuple[str, tuple[int, int]]]]:
    """The lines before what a portal sets under the letter after its copies (patterns.SITE_TRAILER after "Nơi
    nhận"), and a warning naming what was left out; all the lines where there is none."""
    copies = _copies_line(lines, body_start)
    trailer = copies and next((line for line in lines[copies:] if p.SITE_TRAILER.match(line.clean)), None)
    if not trailer:
        return lines, []
    count = sum(not line.blank for line in lines[trailer.index :])
    return lines[: trailer.index], [(f"left out after the letter: the site's lines from \"{trailer.clean.strip()}\""
                                     f" on ({count} line{'s' * (count != 1)})", (trailer.index, 0))]


def _own_number(header: Header, cc: list[str], lost_hyphens: bool) -> str | None:
    """The header's number; in a copy that lost its hyphens, cut before the unit its "Lưu" line names."""
    if not (header.number and lost_hyphens) or p.JOINT_NUMBER.search(header.number):
        return header.number  # a joint number names its bodies, no unit: "05/CTPH-MTTQ-UBND" with "Lưu: VT UBND"
    return _cut_by_filing_unit(header.number, cc, p.DOCUMENT_TYPES.get(header.type or "") or "")


def _cut_by_filing_unit(number: str, cc: list[str], type_code: str) -> str:
    """A number whose copy lost its hyphens, cut before the drafting unit's code the "Lưu" line names (the
    unit keeps a copy: "Lưu: VT, KSC"): "412/KBBĐKSC" is KBBĐ-KSC, "2264/CTNANHKDCN" CTNAN-HKDCN; after the
    letter's type code, kept ("64/BC-BKTNS" with "Lưu: VT, KTNS" stays)."""
    head, slash, last = number.rpartition("/")
    typed = f"{type_code}-" if type_code and last.upper().startswith(f"{type_code.upper()}-") else ""
    glued = last[len(typed) :].replace("-", "")
    if glued.upper() in ISSUER_CODES:
        return number  # a code of its own ("SNNMT", the Sở Nông nghiệp và Môi trường), whatever unit files a copy
    units = (code for item in cc if (filed := p.FILED_COPY.match(item)) for code in p.UNIT_CODE.findall(filed["units"]))
    unit = next((code for code in units if code != "VT" and glued.endswith(code) and len(glued) - len(code) >= 2), None)
    return f"{head}{slash}{typed}{glued[: -len(unit)]}-{unit}" if unit else number


def _draft_sent_with(lines: list[Line], header: Header) -> int | None:
    """Where a document sent with the letter begins under its own header, after the letter's copies (a tờ trình's
    draft resolution); None when there is none: the closing is looked for above it."""
    copies = _copies_line(lines, header.body_start)
    return None if copies is None else next(
        (line.index for line in lines[copies:] if _second_header(lines, line)), None)


def _copying_office(lines: list[Line], mark: Line) -> int:
    """The copy block's first line: its office's name in capitals on the line above its mark, or the mark's line."""
    above = next((line for line in reversed(lines[: mark.index]) if not line.blank), None)
    office = above and is_upper_text(above.clean) and p.ORGAN_START.match(above.clean)
    return above.index if office else mark.index


def _copies_line(lines: list[Line], body_start: int) -> int | None:
    """The "Nơi nhận" line after the text's start: what a letter sets after its copies is looked for below it."""
    return next((line.index for line in lines[body_start:] if p.CC_HEAD.match(line.clean)), None)


def _second_header(lines: list[Line], line: Line) -> bool:
    """An organ in capitals with a number line and the motto below it (a web copy's cell bars and rule lines aside):
    another document's header."""
    if not (is_upper_text(line.clean) and p.ORGAN_START.match(line.clean)):
        return False
    below = [other.clean for other in lines[line.index + 1 : line.index + 12]
             if not other.blank and not p.RULE_LINE.match(other.clean)][:6]
    return (any(p.NUMBER_OPENS.match(text) for text in below)
            and any(p.MOTTO_FOLDED.search(fold(text)) for text in below))



def _lead(lines: list[Line]) -> re.Match | None:
    """A news page's lead naming the letter it gives in full: "Ngày 19/7/2018, Ban Chỉ huy … đã ban hành Công
    điện số 06/CĐ-BCH … về việc …" (patterns.LETTER_LEAD); its type, number, date and subject are the letter's."""
    return next((lead for line in lines if (lead := p.LETTER_LEAD.search(line.clean))), None)


def _header_below_lead(lines: list[Line], lead: re.Match, lost_hyphens: bool) -> Header:
    """The letter's own header under a news page's lead, cut to its place and date ("Lai Châu, ngày 27 tháng 3 năm
    2019" / "CÔNG ĐIỆN" / "Về việc …"), as the lines after the lead give it."""
    at = next(k for k, line in enumerate(lines) if line.clean is lead.string)
    return parse_header(lines[at + 1 :], lost_hyphens)


def _lead_date(lead: re.Match) -> str | None:
    """The date the lead gives ("Ngày 19/7/2018, …"), as ISO; None when it gives none or an impossible one."""
    if not lead.group("day"):
        return None
    return iso_date(*(int("".join(lead.group(part).split())) for part in ("day", "month", "year")))


def _site_properties(lines: list[Line], number: str | None) -> dict[str, str]:
    """A legal-document site's property table above its copy (patterns.SITE_PROPERTY) by folded label, when
    its "Số hiệu" is the letter's own number: the type and signer a copy cut to its cells' first lines lost."""
    found = {fold(m.group("label")): m.group("value") for line in lines for m in p.SITE_PROPERTY.finditer(line.plain)}
    given = found.get("so hieu")
    return found if number and given and fold(given).replace(" ", "") == fold(number).replace(" ", "") else {}


def _signer(closing: str | None, site: str) -> str | None:
    """The signer the closing gives, or the one a site's property table gives where the closing has none or a name
    the copy wrapped ("Lương Minh" / "Khoa" under "Người ký: Lương Minh Khoa")."""
    named = site if p.PERSON_NAME.match(site) else None
    if named and (not closing or fold(named).startswith(fold(closing) + " ")):
        return named
    return closing


def _number_in_site_title(lines: list[Line], type_: str | None, lost_hyphens: bool) -> str | None:
    """The number a legal-document site's title gives its copy (patterns.SITE_TITLE) on the page's first line,
    when the letter is of the type it names: a copy that lost its number line keeps it there."""
    first = next((line for line in lines if not line.blank), None)
    titled = first and p.SITE_TITLE.match(first.clean)
    if not titled or (type_ and p.type_named(titled.group("type")) != type_):
        return None
    return repair_number(written(first, titled.group("number")), lost_hyphens)


def _subject_in_site_title(lines: list[Line], number: str | None) -> str | None:
    """The subject a legal-document site's title gives its copy ("Nghị quyết 27/2023/NQ-HĐND quy định mức hỗ trợ
    …"), where the letter's number is the title's: a copy that dropped the title block keeps it there. Not a công
    văn's: a site sums its "V/v" up in words of its own."""
    for line in lines:
        titled = p.SITE_TITLE.match(line.clean)
        if (titled and number and p.type_named(titled.group("type")) != "Công văn"
                and canonical_number(titled.group("number")) == canonical_number(number)):
            rest = p.SUBJECT_PREFIX.sub("", _YEAR_AFTER_NUMBER.sub("", line.clean[titled.end() :]).strip())
            return capitalise_first(squash_spaces(rest)) or None
    return None


_YEAR_AFTER_NUMBER = re.compile(r"^\s*năm\s+\d{4}\b")  # "Quyết định 1446/QĐ-UBND năm 2022 phê duyệt …"


def _issuer_named_in_text(lines: list[Line], place: str | None) -> str | None:
    """A notice with no header names its issuer in its text: "Ủy ban nhân dân xã Na Sầm thông báo lịch …", a
    công điện its sender: "Ban Chỉ huy … tỉnh Hòa Bình điện:"; a department named by its field alone ("Sở Y tế
    trân trọng đề nghị …") is of the province the date's place names."""
    named = p.ISSUER_SPEAKS.search("\n".join(line.plain for line in lines[:40]))
    organ = named and (named.group("organ") or named.group("sender"))
    if organ and place and _PROVINCE_LEFT_OUT.search(organ) and gazetteer().is_province(place):
        return f"{organ_name(_PROVINCE_LEFT_OUT.sub('', organ))} {province_unit(place)}"  # "Văn phòng UBND tỉnh"
    if organ and (p.LOCALITY.search(organ) or fold(organ).startswith("truong ")):
        return organ_name(organ)  # (a school's name is its own: "Trường THCS Nguyễn Du thông báo …")
    if organ and place and organ.lower().startswith("sở ") and gazetteer().is_province(place):
        return f"{organ_name(organ)} {province_unit(place)}"
    return None


_PROVINCE_LEFT_OUT = re.compile(r"\s+tỉnh$")  # "Văn phòng UBND tỉnh thông báo …": the province named elsewhere
# A portal's menu naming the province whose letters it lists: "Văn bản chỉ đạo của UBND tỉnh Yên Bái".
_PROVINCE_IN_MENU = re.compile(r"\b(?:tỉnh|thành\s+phố)\s+(?P<name>(?:[A-ZĐ]\w*\s?){1,3})")


def _province_named_above(lines: list[Line]) -> str | None:
    """The one province the lines above a letter without a header name (a portal's menu), else None."""
    named = {province for line in lines for found in _PROVINCE_IN_MENU.finditer(line.plain)
             if (province := _province_opening(found.group("name").split()))}
    return named.pop() if len(named) == 1 else None


def _province_opening(words: list[str]) -> str | None:
    """The province a few capitalised words open with: "Yên Bái Trang" → "Yên Bái"."""
    return next((" ".join(words[:size]) for size in (3, 2, 1)
                 if len(words) >= size and gazetteer().is_province(" ".join(words[:size]))), None)


def _placed_by_text(issuer: str | None, lines: list[Line], place: str | None) -> str | None:
    """A committee or council the header names without its place ("ỦY BAN NHÂN DÂN" over "Kbang, ngày …", the line
    below lost): placed as the text names it acting ("Ủy ban nhân dân huyện Kbang ban hành Kế hoạch …")."""
    if issuer not in ("Ủy ban nhân dân", "Hội đồng nhân dân"):
        return issuer
    named = _issuer_named_in_text(lines, place)
    return named if named and named.startswith(issuer + " ") else issuer


def _as_its_text_names_it(issuer: str | None, lines: list[Line], place: str | None) -> str | None:
    """A station named after its province, with the province's kind where its own text so names it ("Đài Phát thanh
    và Truyền hình tỉnh Phú Yên"): the name displayed as the letter writes it."""
    other = issuer and place and named_with_kind(issuer, place)
    return other if other and other in squash_spaces(" ".join(line.clean for line in lines)) else issuer  # wrapped


def _recipients_below(lines: list[Line]) -> tuple[str, ...]:
    """Recipients the header did not hold: a công điện a news page gives under its lead, its addressees after its
    sender's "… điện:" line; a "Kính gửi" block a scan read after the text's first paragraph."""
    head = next((k for k, line in enumerate(lines) if (found := p.RECIPIENTS_HEAD.match(line.clean))
                 and (found.group("sender") or k < _RECIPIENTS_BELOW)), None)
    return () if head is None else tuple(recipients_at(lines, head)[0])


_RECIPIENTS_BELOW = 15  # lines: a block read out of its place stays near the top; further down it is quoted text


def _sources(header: list[Source], closing: list[Source], closing_lines: list[Line], origin) -> tuple[FieldSource, ...]:
    """Where each field was read, by its line in the header or in the closing as the page shows them, and
    the page and line of the original a PDF or a scan gives."""
    in_closing = {line.index: n for n, line in enumerate(closing_lines)}

    def where(line: int, start: int) -> str:
        found = origin((line, start))
        return str(found) if found and found.page else ""

    read = [("header", name, line, line, start, end) for name, line, start, end in header]
    read += [("closing", name, in_closing[line], line, start, end) for name, line, start, end in closing
             if line in in_closing]
    return tuple(FieldSource(name, part, shown, start, end, where(line, start))
                 for part, name, shown, line, start, end in read)


def _origin(source: SourceText, starts: list[tuple[int, int]], place: tuple[int, int]):
    """Where a place of the parsed text (a line, a column) stands in the file."""
    line, column = starts[place[0]]
    return source.origins.of(line, column + place[1])


def _signer_after_notes(lines: list[Line], notes: int) -> tuple[list[Line], int]:
    """A PDF's page whose foot holds the footnotes under the signer's title, the name on the next page ("KT. BỘ
    TRƯỞNG" / "THỨ TRƯỞNG" / "¹ Công văn số …" / "Lê Minh Tuấn"): the name, the last line, read before the notes (the
    lines and where the notes begin)."""
    rest = [line for line in lines[notes:] if not line.blank]
    if len(rest) < 2 or not p.FOOTNOTE_TEXT.match(rest[0].clean):
        return lines, notes
    name = rest[-1]
    if not is_signer_name(name.clean):
        return lines, notes
    return [*lines[:notes], name, *(line for line in lines[notes:] if line is not name)], notes + 1


def _notes_after_signature(lines: list[Line], closing_start: int) -> int:
    """Where the text after the signature that is not the closing's begins: footnotes set there (under a
    rule line, "¹ Nghị định số …"), a text issued with the letter ("QUY ĐỊNH" / "…" / "(Ban hành kèm
    theo Quyết định số …)"), a draft sent with it under its own header ("HỘI ĐỒNG NHÂN DÂN" / "THỊ XÃ …" /
    "Số: /NQ-HĐND" under a tờ trình), another office's copy block ("SAO Y BẢN CHÍNH"); the end of the letter when
    there is none."""
    for line in lines[closing_start:]:
        if p.COPY_BLOCK.search(line.clean):
            return _copying_office(lines, line)
        # (a PDF copy's note under its digit alone: "2" / " Điều 152 Luật … bởi Luật số" / "63/2020/QH14.")
        below = lines[line.index + 1].raw if line.index + 1 < len(lines) else None
        if p.FOOTNOTE_TEXT.match(line.clean) or digit_over_note(line.clean, below) or _second_header(lines, line):
            return line.index
        if p.ATTACHMENT_NOTE.match(line.clean):
            above = [a for a in lines[max(closing_start, line.index - 4) : line.index] if not a.blank]
            return next((a.index for a in above if p.ATTACHMENT_TITLE.match(a.clean) and is_upper_text(a.clean)),
                        line.index)
    return len(lines)
