"""Lines of a letter, as written and in the clean form the parser matches on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools import patterns as p
from build_tools.parse.names import is_position
from build_tools.text import fold, is_upper_text, match_form

# A warning, and the line (index, column) it is about; None when it is about no one line ("signer not found").
Warned = tuple[str, tuple[int, int] | None]
# Where a field was read: (field, line index, start column, end column) in a line's plain form.
Source = tuple[str, int, int, int]

# OCR and web copies wrap header lines in Markdown emphasis ("**ỦY BAN NHÂN DÂN", "## QUYẾT ĐỊNH") and
# end lines with Markdown hard breaks ("THỊ XÃ NGÃ NĂM  ", "…\\"). Applied to the whole text at once,
# line by line (re.MULTILINE; never across a line break).
_HARD_BREAK = re.compile(r"\\$", re.MULTILINE)  # after the spaces are gone
# The marks looked at first: the engine then leaves most places after one character test (4× faster). A Word
# footnote's marker may follow the closing mark: "**Tòa án nhân dân huyện Diễn Châu năm 2024**¹".
_EMPHASIS = re.compile(r"(?=[*_#])(?:(?<!\S)[*_]+|[*_]+(?![^\s" + p.SUPERSCRIPT_DIGITS + r"])|^#+[^\S\n])",
                       re.MULTILINE)



@dataclass(frozen=True)
class Line:
    index: int  # 0-based line number in the letter
    raw: str  # as written
    plain: str  # emphasis and hard breaks removed: what is stored, as written
    clean: str  # `plain` with look-alikes fixed and new-style tones: what is matched (same length)

    @property
    def blank(self) -> bool:
        # A web copy of a two-column header separates its cells by lines holding only "|"; a legal site's mirror
        # leaves an empty paragraph's "&nbsp;" as text.
        return not self.clean.strip(" |\t") or self.clean.strip() == "&nbsp;"


_TAB_GAP = "   "  # patterns take three spaces and more for a gap between columns (closing._COLUMN_GAP)
_CC = re.compile(p.CC_WORDS + r"\s*:")
_PARTY_MOTTO = "ĐẢNG CỘNG SẢN VIỆT NAM"  # in a line's middle, where MOTTO_FOLDED's party opens none
_CELLS_LENGTH = 120  # characters: a header's two cells, each run into one line


def unflatten(text: str) -> tuple[str, list[tuple[int, int]]]:
    """A text whose page a site ran into one line, cut into the lines a letter has (patterns.FLATTENED_PART;
    "TM. ỦY BAN …", not "Lưu: VT, KT. Phạm …"), without pages' running heads (the gazette's, a letter's own);
    other text as it is. Returns the text and, for each of its lines, the line and column it starts at in
    the text given (warnings name places in the file)."""
    lines, starts = [], []
    given = text.split("\n")
    dropped = _page_numbers(given)
    notes = _notes_at_page_foot(given, dropped)
    dropped.update(notes)  # (read after the text, below)
    for index, line in enumerate(given):
        if index in dropped or _furniture(line):
            continue  # a page's running head or number in a PDF's copy: not the letter's
        if (index + 1 < len(given) and len(cell := line.strip(" |")) <= 10
                and _broken_in_cell(cell, given[index + 1].strip(" |"))):
            line = f"{line.rstrip()} {given[index + 1].lstrip(' |')}"  # a web cell's break: "Nơi" / "nhận:"
            dropped.add(index + 1)
        # A page that ran each cell of the header's table into one line ("| TỈNH ỦY BẾN TRE BAN DÂN VẬN * Số 86-CV/…
        # | ĐẢNG CỘNG SẢN VIỆT NAM Bến Tre, ngày …|") is cut as a whole page's line is.
        run = ("Số" in line or "SỐ" in line or _PARTY_MOTTO in line) and _header_run(line)
        long = len(line) >= p.FLATTENED_LENGTH or len(line) >= _CELLS_LENGTH and line.count("|") >= 2 or run
        title = not long and p.TITLE_BEFORE_SUBJECT.match(line)  # "THÔNG BÁO Tuyển sinh …"
        if not (long or title or "Nơi" in line or line.startswith("Trang") or p.PART_GLUED.search(line)):
            lines.append(line)  # most lines: nothing to cut
            starts.append((index, 0))
            continue
        cuts = [0, *([title.end()] if title else [])] + [m.end() for m in p.SHARING_PAGE_MARK.finditer(line)]
        matched = match_form(line) if long or ("Nơi" in line and p.CLOSING_RUN_IN.search(line)) else ""
        if matched and (not long or run or p.MOTTO_FOLDED.search(fold(line)) or _PARTY_MOTTO in matched
                        or _CC.search(matched)):
            cuts += [m.start() for m in p.FLATTENED_PART.finditer(matched)
                     if m.start() > 0 and (not m.group("authority") or m.group("authority").isupper())]
            if closing := _CC.search(matched):  # after "Nơi nhận:", the two columns' cells, two spaces apart
                cuts += _cell_gaps(matched, closing.end())
        cuts += [m.start() for m in p.PART_GLUED.finditer(line)]
        # (not after a line's opening emphasis alone: "**CỘNG HÒA …** **Độc lập …**", a forum's bold)
        cuts = sorted({cut for cut in cuts + _after_dates(line, cuts[1:]) if not cut or line[:cut].strip(" *_")})
        for start, end in zip(cuts, cuts[1:] + [len(line)], strict=True):
            lines.append(line[start:end])
            starts.append((index, start))
    for index in (k for k in notes if not _furniture(given[k])):  # after the text, where a letter's footnotes stand
        lines.append(given[index])
        starts.append((index, 0))
    return "\n".join(lines), starts


# A title of two words or more, which a narrow web cell may break: "GIẤY" / "MỜI", "KẾ" / "HOẠCH".
_TITLES_OF_WORDS = frozenset(name.upper() for name in p.DOCUMENT_TYPES if " " in name)


def _broken_in_cell(line: str, following: str) -> bool:
    """A cell's short line a web copy broke inside its words: "Nơi" / "nhận:", a title's "GIẤY" / "MỜI"."""
    if line == "Nơi":
        return following.startswith("nhận")
    return line.isupper() and f"{line} {following}" in _TITLES_OF_WORDS


def _header_run(line: str) -> bool:
    """A header a site ran into one line, the motto after the issuer and the place and date after it: "THÀNH ỦY CẦN
    THƠ*Số 09-QĐi/TU ĐẢNG CỘNG SẢN VIỆT NAMCần Thơ, ngày 22 tháng 3 năm 2013 QUY ĐỊNHVề …"; or a post that typed it
    again on a line, the issuer, its number and its place and date: "UBND HUYỆN THIỆU HÓA - UBND XÃ THIỆU GIAO. Số:
    87/TB-UBND. Thiệu Giao, ngày 14 tháng 5 năm 2024"."""
    if len(line) >= _CELLS_LENGTH and (motto := line.find(_PARTY_MOTTO)) > 0:
        return bool(p.PLACE_DATE.search(line, motto))
    number = p.ORGAN_START.match(line) and _NUMBER_IN_RUN.search(line)
    after = line.find(" ", number.end()) if number else -1  # the place after the number's code, not the code
    return after > 0 and bool(p.PLACE_DATE.search(line, after))


_NUMBER_IN_RUN = re.compile(r"(?<=\s)S[ốỐ]\s*:?\s*\d{1,5}\s*[/-]")


def _furniture(line: str) -> bool:
    return bool(p.PAGE_FURNITURE.match(line) or "Trang" in line and p.RUNNING_HEAD.match(line))


def _cell_gaps(text: str, start: int) -> list[int]:
    """Where the cells of a closing row a site flattened begin after `start`: at each gap of two spaces, but not
    inside an authority whose dash a copy lost ("TM. BAN VĂN HÓA  XÃ HỘI": what follows in capitals is no title)."""
    bounds = [start, *(start + m.start() for m in re.finditer(r"\s{2,}(?=\S)", text[start:])), len(text)]
    return [gap for before, gap, end in zip(bounds, bounds[1:-1], bounds[2:], strict=False)
            if not _dash_lost_in_authority(text[before:gap], text[gap:end].strip())]


def _dash_lost_in_authority(before: str, after: str) -> bool:
    authority = p.AUTHORITY_LINE.match(before.split(":")[-1])
    return bool(authority) and is_upper_text(authority.group("who")) and is_upper_text(after) \
        and not p.AUTHORITY_LINE.match(after) and not is_position(after)


def _after_dates(line: str, cuts: list[int]) -> list[int]:
    """Cuts after a place and date a flattened line runs on from: the subject's second line set beside it ("Bắc
    Kạn, ngày 23 tháng 4 năm 2021 dịch COVID19 …"), or the title and its subject in capitals (p.TITLE_RUN_IN)."""
    more = []
    for cut in cuts:
        if not (date := p.PLACE_DATE.match(line, cut)):
            continue
        if line[date.end() :].lstrip()[:1].islower():
            more.append(date.end())
        elif title := p.TITLE_RUN_IN.match(line, date.end()):
            more += [date.end(), title.end()]
    return more


def _page_numbers(lines: list[str]) -> set[int]:
    """A PDF copy's page number alone on its line inside a sentence the page break cut ("… theo Nghị định
    số" / "2" / "06/2021/NĐCP ngày …"), with the blank lines around it: its indexes."""
    dropped: set[int] = set()
    for index, line in enumerate(lines):
        if not p.PAGE_NUMBER_LINE.match(line) or _note_marked_above(lines, index):
            continue
        before = next((k for k in range(index - 1, -1, -1) if lines[k].strip()), None)
        after = next((k for k in range(index + 1, len(lines)) if lines[k].strip()), None)
        if before is not None and after is not None and p.SENTENCE_GOES_ON.search(lines[before]):
            dropped.update(range(before + 1, after))
    return dropped


def _notes_at_page_foot(lines: list[str], dropped: set[int]) -> list[int]:
    """A PDF copy's footnotes at a page's foot inside a sentence the page break cut, its page's number after them:
    each note opening with its plain digit (p.NOTE_AT_PAGE_FOOT), or with the digit on a line of its own and the
    note's words indented below it ("1" / " Theo Quyết định số …"). The notes' indexes, in order, to be read after the
    text; the number's added to `dropped`."""
    notes: list[int] = []
    for index, line in enumerate(lines):
        if not p.PAGE_NUMBER_LINE.match(line) or _note_opens(lines, index) or index in dropped and not any(
                p.RULE_LINE.match(above) for above in lines[max(0, index - _NOTE_CUT_LONGEST - 1) : index]):
            continue
        openings = [k for k in range(index - 1, max(index - _NOTES_LONGEST, -1), -1) if _note_opens(lines, k)]
        cut = [start for k in openings if (start := _cut_sentence_above(lines, k)) is not None
               # a page number dropped inside a sentence closes a note under its rule line, just above it: "… Thông
               # tin và Truyền" / "Trang 3/5" is the note's line the break cut (a table's numbered rows are no notes)
               and (index not in dropped or p.RULE_LINE.match(lines[start]) and index - k <= _NOTE_CUT_LONGEST)]
        if cut and any(line.strip() for line in lines[index + 1 :]):
            notes += range(cut[-1], index)
            dropped.add(index)
    return notes


_NOTES_LONGEST = 13  # lines: a page's footnotes, the sentence cut above them
_NOTE_CUT_LONGEST = 4  # lines: a note the page break cut, from its digit to the page's number


def _cut_sentence_above(lines: list[str], k: int) -> int | None:
    """Where the notes opening at line k begin, when the line above them is a sentence the page break cut: the
    note's line, or the rule line over the notes ("… số 05/2014/TT-" / "_____" / "1 Quyết định số …"); None when the
    text above ends there."""
    before = next((j for j in range(k - 1, -1, -1) if lines[j].strip()), None)
    start = k
    if before is not None and p.RULE_LINE.match(lines[before]):
        start, before = before, next((j for j in range(before - 1, -1, -1) if lines[j].strip()), None)
    return start if before is not None and p.SENTENCE_GOES_ON.search(lines[before]) else None


def _note_marked_above(lines: list[str], k: int) -> bool:
    """A footnote's plain digit on a line of its own, its words indented below it, that a word above carries as its
    marker ("… văn bản quy phạm pháp luật2." / … / "2" / " Điều 152 Luật …"): no page's number."""
    marker = lines[k].strip()
    return (marker.isdigit() and digit_over_note(lines[k], lines[k + 1] if k + 1 < len(lines) else None)
            and any(word.islower() for line in lines[:k] for word in re.findall(rf"([^\W\d_]+){marker}(?!\w)", line)))


def _note_opens(lines: list[str], k: int) -> bool:
    below = lines[k + 1] if k + 1 < len(lines) else None
    return bool(p.NOTE_AT_PAGE_FOOT.match(lines[k])) or digit_over_note(lines[k], below)


def digit_over_note(line: str, below: str | None) -> bool:
    """A figure alone on its line, a note's words indented on the line below it ("1" / " Theo Quyết định số …")."""
    return bool(p.PAGE_NUMBER_LINE.match(line) and below is not None and p.NOTE_BELOW_MARKER.match(below))


def split_lines(text: str) -> list[Line]:
    """The letter's lines, each as written, plain and clean (one pass of each pattern over the text)."""
    # Spaces at a line's end by rstrip, not a pattern: "[^\S\n]+$" is quadratic in a line of spaces. A tab is a
    # column gap as wide as the spaces a PDF copy leaves between cells (a Word table saved as text: "Số: 287/GM-UBND
    # <tab> Tam Kỳ, ngày …", "Độc lập <tab> Tự do <tab> Hạnh phúc").
    plain = _EMPHASIS.sub("", _HARD_BREAK.sub("", "\n".join(line.rstrip().replace("\t", _TAB_GAP)
                                                             for line in text.split("\n"))))
    # The clean form keeps white space where the plain one has it, so both strip alike.
    return [Line(i, raw, line.strip(), clean.strip()) for i, (raw, line, clean)
            in enumerate(zip(text.split("\n"), plain.split("\n"), match_form(plain).split("\n"), strict=True))]


def written(line: Line, matched: str) -> str:
    """The part of a line as written, for a part of its clean form (both have the same length)."""
    start = line.clean.find(matched)
    return line.plain[start : start + len(matched)] if start >= 0 else matched


def source_of(name: str, line: Line, part: str) -> Source:
    """Where the field `name` was read: `part` of the line (a piece of its clean form)."""
    start = max(line.clean.find(part), 0)
    return name, line.index, start, start + len(part)


def next_content(lines: list[Line], start: int) -> int | None:
    """Index of the first non-blank line at or after `start`."""
    for i in range(start, len(lines)):
        if not lines[i].blank:
            return i
    return None
