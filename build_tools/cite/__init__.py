"""Stage 3, cite: find the documents a letter cites and resolve who issued them."""

from __future__ import annotations

import dataclasses
import functools
import re

from build_tools import patterns as p
from build_tools.cite.find import FoundMention, find_mentions
from build_tools.cite.resolve import (
    Locality,
    company_named,
    completed_by_addressees,
    locality_of,
    placed_by_text,
    resolve_issuer,
)
from build_tools.dates import fullest_dates
from build_tools.model import Citation, Letter, Mention
from build_tools.numbers import canonical_number, repair_number

# Generic names a letter uses for any document; a specific one elsewhere in the letter wins.
_GENERIC_TYPES = ("Văn bản", "Công văn")


def find_citations(letter: Letter) -> tuple[Citation, ...]:
    """Every document the letter cites, once each, with all its mentions, in order of first mention."""
    citing = placed_by_text(locality_of(letter.issuer, letter.parent_issuer, letter.date), letter.body, letter.header,
                            letter.place)
    # the company a reply is addressed to ("Kính gửi: Công ty TNHH …": "của Công ty" is its letter), else the one its
    # text names
    company = company_named("\n".join(letter.recipients)) or company_named(letter.body)
    citing = dataclasses.replace(citing, company=company)
    groups: dict[str, list[tuple[FoundMention, bool]]] = {}
    # The subject first, where a letter often names what it carries out ("V/v triển khai Công văn số …").
    subject = [(m, True) for m in find_mentions(letter.subject)] if letter.subject else []
    for mention, in_subject in subject + [(m, False) for m in find_mentions(letter.body)]:
        groups.setdefault(canonical_number(_number_of(mention, letter.lost_hyphens)), []).append((mention, in_subject))
    # a site's title above names the letter, a PDF's running head too ("KBNN Lục Ngạn  Công văn số 186/KBLNKSC", its
    # hyphen lost where the header's was read back)
    own = canonical_number(letter.number).replace("-", "") if letter.number else None
    return tuple(_citation(letter, number, mentions, citing, letter.lost_hyphens)
                 for number, mentions in _with_short_numbers(_without_markers(_with_years(groups))).items()
                 if number.replace("-", "") != own)


def _number_of(mention: FoundMention, lost: bool) -> str:
    number = _repaired(mention.number, mention.issuer_text, mention.type, lost)
    term = _TERM_AND_MARKER.search(number)  # "101/2015/QH131": a footnote's marker, no assembly sat a 131st term
    return number[: term.end("term")] if term else number


@functools.lru_cache(maxsize=4096)  # a pure function of strings: each mention's number is asked for several times
def _repaired(number: str, issuer_text: str | None, kind: str, lost: bool) -> str:
    """The number with the hyphens a copy lost put back, but for a code that is the initials of the issuer the
    text names: "112/VPĐP của Văn phòng Điều phối Chương trình" is the office's own code, no VP-ĐP."""
    code = _CODE_SEPARATOR.split(number)[-1].upper()
    initials = "".join(word[0] for word in (issuer_text or "").split() if word[0].isalpha()).upper()
    repaired = repair_number(number, lost and not (len(code) >= 3 and initials.startswith(code)),
                             p.DOCUMENT_TYPES.get(kind) or ("CV" if kind in _GENERIC_TYPES else ""))
    # … and a code no table knows that opens with them, a unit's after it: "1820/ĐHHĐTĐH … của Đại học Huế" is
    # "ĐHH-ĐTĐH".
    if lost and len(initials) >= 3 and repaired.upper().endswith(code) and len(code) >= len(initials) + 2 \
            and code.startswith(initials):
        cut = len(repaired) - len(code) + len(initials)
        return f"{repaired[:cut]}-{repaired[cut:]}"
    return repaired


_CODE_SEPARATOR, _YEAR_IN_NUMBER = re.compile(r"[/-]"), re.compile(r"/\d{4}/")
_MARKER_AT_END = re.compile(r"(?<=[^\W\d_])\d{1,2}$")  # "114-KL/TW1": a footnote's marker run into the number


def _with_years(groups: dict[str, list]) -> dict[str, list]:
    """One document cited with and without the year in its number ("145/2018/NQ-HĐND", "145/NQ-HĐND") is
    one citation, under the number with the year."""
    yearless = {_YEAR_IN_NUMBER.sub("/", number): number for number in groups if _YEAR_IN_NUMBER.search(number)}
    merged: dict[str, list] = {}
    for number, mentions in groups.items():
        merged.setdefault(yearless.get(number, number), []).extend(mentions)
    return _in_mention_order(merged)


def _in_mention_order(groups: dict[str, list]) -> dict[str, list]:
    """Each document's mentions, the subject's first, then in the order the text gives them."""
    return {number: sorted(mentions, key=lambda m: (not m[1], m[0].start)) for number, mentions in groups.items()}


def _without_markers(groups: dict[str, list]) -> dict[str, list]:
    """A footnote's marker a PDF copy ran into a number as a digit ("Kết luận số 114-KL/TW1", the footnote
    citing "114-KL/TW"): one citation, under the number without it."""
    merged: dict[str, list] = {}
    for number, mentions in groups.items():
        bare = _MARKER_AT_END.sub("", number)
        merged.setdefault(bare if bare != number and bare in groups else number, []).extend(mentions)
    return merged


def _with_short_numbers(groups: dict[str, list]) -> dict[str, list]:
    """A document cited by its figures alone where the letter cites it in full, before or after ("Nghị định số
    100/2019/NĐ-CP …" / "theo Nghị định 100"; "Nghị quyết 18, 19-NQ/TW" in the subject, "18-NQ/TW" in the body): one
    citation, under the full number (the first the letter cites, where two of its type share the figures)."""
    merged: dict[str, list] = {}
    for number, mentions in groups.items():
        full = number if not number.isdigit() else next(
            (other for other, cited in groups.items() if re.match(number + r"[/-]", other)
             and cited[0][0].type == mentions[0][0].type), number)
        merged.setdefault(full, []).extend(mentions)
    return _in_mention_order(merged)


_TERM_AND_MARKER = re.compile(r"QH(?P<term>1[0-5])\d$")


def _citation(letter: Letter, key: str, placed: list[tuple[FoundMention, bool]], citing: Locality,
              lost: bool) -> Citation:
    mentions = [mention for mention, _ in placed]
    # The number as written in full, with its year: a mention of its own number (not one a marker ran into).
    own = [m for m in mentions if canonical_number(_number_of(m, lost)) == key]
    first = max(own or mentions, key=lambda m: len(m.number))
    number = _number_of(first, lost)  # "61/2018/NĐCP" as written is 61/2018/NĐ-CP
    dates = fullest_dates(m.date for m in mentions)
    issuer_text = next((m.issuer_text for m in mentions if m.issuer_text), None)
    kind = next((m.type for m in mentions if m.type not in _GENERIC_TYPES), first.type)
    return Citation(
        type=kind,
        number=number,
        date=dates[0] if dates else None,
        issuer_text=issuer_text,
        issuer=resolve_issuer(completed_by_addressees(issuer_text, letter.recipients + letter.cc, letter.issuer),
                              number, citing, letter.issuer, letter.number) or p.ISSUER_BY_TYPE.get(kind),
        subject=next((m.subject for m in mentions if m.subject), None),
        mentions=tuple(
            Mention(m.start, m.end, (letter.subject if in_subject else letter.body)[m.start : m.end], m.in_footnote,
                    m.date, m.sentence, in_subject, m.relation)
            for m, in_subject in placed
        ),
        dates_disagree=tuple(dates[1:]),
    )
