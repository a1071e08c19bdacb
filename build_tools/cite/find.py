"""Find every citation in a letter's text: "Quyết định số 4647/QĐ-UBND ngày 14/12/2023 của UBND tỉnh".

Matching runs on the match form of the Markdown body (same length), so spans are spans of the page.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from build_tools import patterns as p
from build_tools.cite.gazetteer import gazetteer
from build_tools.markup import plain_text
from build_tools.text import fold, match_form, squash_spaces

_FOOTNOTE_DEFINITION = re.compile(r"^\[\^\d+\]: ", re.MULTILINE)
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s|\n")
# Central bodies an issuer phrase may start with; the phrase ends with their name.
_CENTRAL_BODIES = [(body, fold(body)) for body in sorted(set(p.ISSUER_BY_CODE.values()), key=len, reverse=True)]
_TYPE_BY_FOLDED = {fold(name): name for name in reversed(p.DOCUMENT_TYPES)}  # the first name wins
_PLACE_WORDS = re.compile(
    r"\b(?:(?:tỉnh|huyện|thị|thành|quận) ủy|" + "|".join(p.LOCALITY_KINDS) + r")\b", re.IGNORECASE
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


def find_mentions(body: str) -> list[FoundMention]:
    text = match_form(body)
    notes = _FOOTNOTE_DEFINITION.search(text)
    notes_start = notes.start() if notes else len(text)
    found: list[tuple[FoundMention, int]] = []  # with the offset where each citation's words end
    sentence_ends = [m.end() for m in _SENTENCE_END.finditer(body)]
    for head in p.CITATION_HEAD.finditer(text):
        if found and head.start() < found[-1][1]:
            continue  # already read as part of the previous citation
        found += _mentions_at(body, text, head, notes_start, sentence_ends)
    mentions = [m for m, _ in found]
    return _share_issuer_across_lists(text, found) if mentions else []


def _mentions_at(body: str, text: str, head: re.Match, notes_start: int, sentence_ends: list[int]
                 ) -> list[tuple[FoundMention, int]]:
    numbers = [(head.start("number"), head.end("number"))]
    pos = head.end()
    while more := p.CITATION_MORE_NUMBER.match(text, pos):
        numbers.append((more.start("number"), more.end("number")))
        pos = more.end()
    date = None
    if dated := p.CITATION_DATE.match(text, pos):
        date = _iso(dated)
        pos = dated.end()
    issuer = None
    if of := p.CITATION_ISSUER.match(text, pos):
        issuer = _trim_issuer(body[of.start("issuer") : of.end("issuer")])
        pos = of.start("issuer") + len(issuer)
    subject = None
    if about := p.CITATION_SUBJECT.match(text, pos):
        subject = _subject(body[about.start("subject") : about.end("subject")])
    kind = _type_name(head.group("type"))
    return [
        (
            FoundMention(kind, body[start:end], date, issuer, subject, start if i else head.start(), end,
                         head.start() >= notes_start, _sentence(body, sentence_ends, head.start(), end)),
            pos,
        )
        for i, (start, end) in enumerate(numbers)
    ]


def _subject(markdown: str) -> str:
    """A cited document's subject ends where a new clause opens with a capital: "… của Ủy ban châu
    Âu, Ủy ban nhân dân tỉnh yêu cầu …" keeps "… của Ủy ban châu Âu"."""
    text = _plain(markdown)
    for comma in re.finditer(r",\s+(?=\w)", text):
        if text[comma.end()].isupper():
            return text[: comma.start()]
    return text


def _iso(match: re.Match) -> str | None:
    day, month, year = int(match.group("day")), int(match.group("month")), int(match.group("year"))
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _type_name(written: str) -> str:
    return _TYPE_BY_FOLDED[fold(written)]


def _trim_issuer(phrase: str) -> str:
    """Cut an issuer phrase where the name ends: "Ủy ban nhân dân tỉnh Sóc Trăng Kịch bản …"."""
    folded = fold(phrase)
    for body, folded_body in _CENTRAL_BODIES:
        if folded.startswith(folded_body) and not _PLACE_WORDS.search(phrase, len(body)):
            return phrase[: len(body)]
    places = list(_PLACE_WORDS.finditer(phrase))
    if not places:
        return phrase
    place = places[-1]
    words = phrase[place.end() :].split()
    name = gazetteer().name_at(words)
    if name is None:
        name = " ".join(_capitalised_prefix(words))
    return phrase[: place.end()] + (" " + name if name else "")


def _capitalised_prefix(words: list[str]) -> list[str]:
    out = []
    for word in words[:4]:
        if not word[:1].isupper():
            break
        out.append(word)
    return out


def _share_issuer_across_lists(text: str, found: list[tuple[FoundMention, int]]) -> list[FoundMention]:
    """One "của …" after a list applies to every item: "Văn bản số 9495/UBND-TH ngày …, Quyết định
    số 4647/QĐ-UBND ngày … của UBND tỉnh"."""
    mentions = [m for m, _ in found]
    for i in range(len(mentions) - 2, -1, -1):
        current, following = mentions[i], mentions[i + 1]
        between = text[found[i][1] : following.start]
        if current.issuer_text is None and following.issuer_text and p.LIST_SEPARATOR.match(between):
            mentions[i] = _with_issuer(current, following.issuer_text)
    return mentions


def _with_issuer(mention: FoundMention, issuer: str) -> FoundMention:
    return FoundMention(mention.type, mention.number, mention.date, issuer, mention.subject, mention.start,
                        mention.end, mention.in_footnote, mention.sentence)


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
