"""Accents put back (khôi phục dấu) on words OCR read without them, from the words letters use.

Tesseract's Vietnamese model loses or shifts the marks of bold capitals: "ỦY BAN NHÂN DÂN" comes out
"UY BAN NHAN DÂN", "TỈNH THỪA THIÊN HUẾ" as "TÍNH THUA THIEN HUE", "HUYỆN" as "HUYFN". Where a run of
two words or more, folded (no marks, "đ" as "d"), is one of the phrases a letter's header and closing
are made of (patterns.OCR_PHRASES, the types, bodies and positions, the gazetteer's units after their
kind: "huyện Quỳnh Lưu", and alone before the date or under a line ending with their kind: "…UBND TỈNH /
BA RỊA - VUNG TÀU"), the phrase's marks are put back, and those of a phrase's first three words or more
where a narrow column cut it at the line's end ("SƠ NÔNG NGHIỆP VÀ MÔI" / "TRƯỜNG"), and of its last three
words or more at the next line's start ("SỞ NÔNG NGHIỆP" / "VÀ PHÁT TRIEN NONG THON"); a run of three
words or more may differ from it by one letter where that letter makes no syllable ("HUYFN"): "thị xã Phú
Mỹ" is not "thị xã Phủ Lý". Only text read by OCR is touched, each change is kept as a Repair (shown
with the letter), and each letter keeps the case OCR gave it. A phrase naming a place is only put back
where OCR wrote the place's name with capitals: in running text "tình hình" is not "tỉnh Vĩnh …".
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from build_tools import patterns as p
from build_tools.gazetteer import gazetteer, unit_names
from build_tools.model import LineOrigins, Repair
from build_tools.readers.repair import mended
from build_tools.text import LETTER_MARKS, fold, is_syllable, without_tones

_WORD = re.compile(r"[^\W\d_]+")
# Between the words of a phrase: "Bà Rịa - Vũng Tàu", "Văn hóa, Thể thao", "Đắk R'Lấp".
_GAP = re.compile(r",?\s+(?:[-–]\s+)?|['’]")
_DATE_AFTER = re.compile(r"\s*,\s*ng[àa]y\b", re.IGNORECASE)  # "Quỳnh Lưu, ngày 08 …": a place's name
# What stands before a unit's name, by its kind: "tỉnh Bạc Liêu", "Tỉnh ủy Tây Ninh", "Huyện ủy Giồng Trôm".
_BEFORE = {"tỉnh": ("tỉnh", "thành phố", "Tỉnh ủy", "Thành ủy", "Đảng bộ tỉnh"), "huyện": ("huyện", "Huyện ủy"),
           "quận": ("quận", "Quận ủy"), "thị xã": ("thị xã", "Thị ủy"), "thành phố": ("thành phố", "Thành ủy"),
           "xã": ("xã", "Đảng ủy xã"), "phường": ("phường", "Đảng ủy phường"), "thị trấn": ("thị trấn",),
           "đặc khu": ("đặc khu",)}
# The kinds of a level: a unit named under another kind of its level (a huyện that became a thị xã) is put back
# where no unit has that kind and name ("thị xã Phu Mỹ" is thị xã Phú Mỹ, not huyện Phù Mỹ).
_LEVEL_KINDS = {"province": ("tỉnh",), "district": ("huyện", "quận", "thị xã", "thành phố"),
                "commune": ("xã", "phường", "thị trấn", "đặc khu")}
_KIND_ENDS = frozenset({"tinh", "huyen", "quan", "xa", "phuong", "pho", "tran"})  # "…UBND TỈNH", "THỊ TRẤN"
_LONGEST = 8  # words in the longest phrase tried: the motto, "Cộng hòa xã hội chủ nghĩa Việt Nam"
_FUZZY_WORDS, _FUZZY_LENGTH = 3, 12  # a run this long may differ from its phrase by one letter


@dataclass(frozen=True)
class _Phrase:
    words: tuple[str, ...]  # as letters write them: ("huyện", "Quỳnh", "Lưu")
    place: int  # how many of the last words name a place (0: none)


def _key(words: list[str] | tuple[str, ...]) -> str:
    return fold(" ".join(words))  # fold keeps a text's length and its spaces: one call for the run


@functools.cache
def _phrases() -> tuple[dict[str, _Phrase | None], ...]:
    """Folded words → phrase: the phrases of headers and closings, places after their kind; and places'
    names alone, put back only before ", ngày" (a person is often named as a place is: "Trần Phú",
    "Văn Lợi"); and the first words (three or more) of the longer phrases of headers, put back only at a
    line's end, and their last words at a line's start ("SỞ NÔNG NGHIỆP" / "VÀ PHÁT TRIEN NONG THON": a narrow
    cell's two lines). A folded form that two phrases share maps to None: neither is put back."""
    units = unit_names()
    words = functools.cache(lambda text: tuple(_WORD.findall(text)))  # a unit's name is split once, not per kind

    def named(before: str, name: str) -> tuple[tuple[str, ...], int]:
        return words(before) + words(name), len(words(name))

    places = [named(before, name) for level in units.values() for kind, name in level for before in _BEFORE[kind]]
    other_kinds = [named(before, name) for level, units_of in units.items() for _, name in units_of
                   for kind in _LEVEL_KINDS[level] for before in _BEFORE[kind]]
    fixed = [words(phrase) for phrase in (
        *p.OCR_PHRASES, *p.DOCUMENT_TYPES, *p.ISSUER_BY_CODE.values(), *p.PROVINCIAL_BY_CODE.values(),
        *p.DISTRICT_BY_CODE.values(), *p.ORGAN_FIELDS, *p.POSITIONS, *(f"Phó {name}" for name in p.POSITIONS))]
    alone = [(words(name), len(words(name))) for level in units.values() for _, name in level]
    starts = [(split[:size], 0) for split in fixed for size in range(_FUZZY_WORDS, len(split))]
    ends = [(split[-size:], 0) for split in fixed for size in range(_FUZZY_WORDS, len(split))]
    exact = _table([(split, 0) for split in fixed] + places)
    exact |= {key: phrase for key, phrase in _table(other_kinds).items() if key not in exact}
    return exact, _table(alone), _table(starts), _table(ends)


def _table(phrases: list[tuple[tuple[str, ...], int]]) -> dict[str, _Phrase | None]:
    """Folded words → the phrase's words and how many of its last words name a place; None for two phrases."""
    exact: dict[str, _Phrase | None] = {}
    for words, place in phrases:
        if 2 <= len(words) <= _LONGEST:
            key = _key(words)
            known = exact.get(key)
            same = key not in exact or known and [w.lower() for w in known.words] == [w.lower() for w in words]
            exact[key] = _Phrase(words, place) if same else None  # the last of its spellings
    return exact


@functools.cache
def _fuzzy() -> dict[tuple[str, int], list[str]]:
    """The long phrases' folded words, by their folded run with one word left out (its place kept): where a run
    differs from a phrase by one letter, it is in that word."""
    fuzzy: dict[tuple[str, int], list[str]] = {}
    for key, phrase in _phrases()[0].items():
        if phrase and len(phrase.words) >= _FUZZY_WORDS and len(key) >= _FUZZY_LENGTH:
            start = 0
            for word in phrase.words:  # the key's words: folding keeps their lengths
                fuzzy.setdefault((key[:start] + key[start + len(word):], start), []).append(key)
                start += len(word) + 1
    return fuzzy


_FOLDED_WORD = re.compile(r"[^ ]+")


def _near(key: str) -> str | None:
    """The one long phrase (folded) the folded run differs from by one letter of a word that is no syllable
    ("huyfn"), a letter no other phrase shares the rest with; None when none or two."""
    near = set()
    for start, end in (m.span() for m in _FOLDED_WORD.finditer(key)):
        if is_syllable(key[start:end]):
            continue
        phrases = [other for other in _fuzzy().get((key[:start] + key[end:], start), ())
                   if len(other) == len(key)]
        for i in range(start, end):
            same = [other for other in phrases if other[:i] == key[:i] and other[i + 1:] == key[i + 1:]]
            if len(same) == 1:
                near.add(same[0])
    return near.pop() if len(near) == 1 else None


# The motto, folded: a copy whose converter stripped the tones off its capitals shows it without one ("ĐANG CÔNG SAN
# VIÊT NAM", "CÔNG HOA XA HÔI CHU NGHIA VIÊT NAM").
_MOTTO = re.compile(r"\b(?:cong hoa xa hoi chu nghia viet nam|dang cong san viet nam)\b")
_STRIPPED_MOTTO_WORDS = re.compile(r"XA\s+H|[ĐDÐ]ANG\s+C")  # "XA HÔI", "ĐANG CÔNG": a tone stripped off "XÃ", "ĐẢNG"


def restored_where_stripped(text: str, origins: LineOrigins) -> tuple[str, tuple[Repair, ...]]:
    """A copy (not read by OCR) whose capitals a converter stripped of their tones, its motto in capitals without one:
    its header's phrases given their marks back as OCR's are; a copy of a scan whose header's capitals alone OCR read
    without tones, those; any other text as it is."""
    head = text[:3000]  # (its letters looked for first: a search for a few letters is many times a pattern's speed)
    if "XA" not in head and "ANG" not in head or not _STRIPPED_MOTTO_WORDS.search(head):
        return _restored_header(text, origins)  # (most letters: no fold of the text's head)
    motto = _MOTTO.search(fold(head))
    written = text[motto.start() : motto.end()] if motto else ""
    if not written.isupper() or without_tones(written) != written:
        return _restored_header(text, origins)  # the motto's tones read, some of them: OCR's, not a converter's
    return restored_accents(text, origins)


# The issuer's column comes first: its lines, a copy of a scan's header whose capitals OCR read without tones, the
# motto's column read whole ("UY BAN NHAN DAN" / "TINH QUANG NGAI", "UBND HUYEN BO TRACH" / "UBND XA HOAN TRACH").
_HEADER_LINES = 6
_TONELESS_CAPITALS = re.compile(r"(?<![^\W\d_])[A-ZĐÂÊÔĂƠƯ]{2,}(?![^\W\d_])")  # "TINH", "HUYÊN", "ĐAO"


def _restored_header(text: str, origins: LineOrigins) -> tuple[str, tuple[Repair, ...]]:
    """The header's lines whose known phrases in capitals lost the tones of two words or more: those words' marks put
    back (a tone written stays as written, "UỶ BAN"; a name's one toneless word is as the letter spells it, "ĐĂK
    GLEI", "VÂN PHONG"); the text as it is where no line shows such damage."""
    lines = text.split("\n", _HEADER_LINES)
    head = "\n".join(lines[:_HEADER_LINES])
    if not _shows_lost_tones(head):
        return text, ()  # (most letters: no such word; the phrases are not looked for)
    restored, repairs = restored_accents(head, origins, header=True)
    return "\n".join([restored, *lines[_HEADER_LINES:]]), repairs


@functools.cache
def _always_toned() -> frozenset[str]:
    """The words of the known phrases, places' names aside, that no phrase writes without a tone, as a toneless word in
    capitals would be written: "tinh" (only "tỉnh"), "huyên", "uy"; not "ban", "an", which phrases write so, nor a
    province's or district's word written so ("KIÊN GIANG", "HƯƠNG SƠN": "ý kiến", "quê hương" are no sign there)."""
    spellings: dict[str, set[str]] = {}
    for phrase in filter(None, _phrases()[0].values()):
        for word in phrase.words[: len(phrase.words) - phrase.place]:
            spellings.setdefault(without_tones(word.lower()), set()).add(word.lower())
    places = gazetteer()
    placed = {word.lower() for name in (*places.province_names.values(), *places.province_of_written_district)
              for word in name.split()}
    return frozenset(bare for bare, written in spellings.items() if bare not in written and bare not in placed)


def _shows_lost_tones(text: str) -> bool:
    """A word in capitals without a tone that no known phrase writes so: "TINH", "HUYÊN"."""
    return not _always_toned().isdisjoint(map(str.lower, _TONELESS_CAPITALS.findall(text)))


def restored_accents(text: str, origins: LineOrigins, header: bool = False) -> tuple[str, tuple[Repair, ...]]:
    """The OCR text with the marks of known phrases put back (same length, same lines), and each change; in a
    `header` (a copy's, not read by OCR here), only on a line where two words or more written in capitals without a
    tone get their marks back."""
    lines, repairs, kind_above = text.split("\n"), [], False
    for index, line in enumerate(lines):
        changes = [] if header and not _shows_lost_tones(line) else _restored_words(line, kind_above)
        if header:
            changes = [change for change in changes if _TONELESS_CAPITALS.fullmatch(change[1])
                       and without_tones(change[2]) == change[1]]  # tones added, no letter changed: "VÂN" is no "VĂN"
            changes = changes if len(changes) >= 2 else []
        for start, written, restored in changes:
            repairs.append(Repair(written, restored, origins.of(index, start)))
            line = line[:start] + restored + line[start + len(restored):]
        lines[index] = line
        words = _WORD.findall(line)
        kind_above = fold(words[-1]) in _KIND_ENDS if words else kind_above  # a rule line between keeps it
    return "\n".join(lines), tuple(repairs)


def _restored_words(line: str, kind_above: bool) -> list[tuple[int, str, str]]:
    """(start, as written, restored) of each word of the line that a phrase restores. Places first,
    then the longer phrases: "BỘ CHỈ HUY QUÂN SỰ TỈNH" / "TỈNH BẠC LIÊU" share a word. A place's name
    alone is one before the date, or at the line's start under a line that ends with its kind."""
    words = list(_WORD.finditer(line))
    found = []
    for i in range(len(words)):
        for size in range(2, min(_LONGEST, len(words) - i) + 1):
            run = words[i : i + size]
            if not all(_GAP.fullmatch(line[a.end() : b.start()]) for a, b in zip(run, run[1:], strict=False)):
                break
            named = (kind_above and i == 0) or _DATE_AFTER.match(line, run[-1].end()) is not None
            phrase = _phrase_for([w.group() for w in run], named, not line[run[-1].end():].strip(),
                                 not line[: run[0].start()].strip())
            if phrase:
                found.append((phrase[1] == 0, -size, i, phrase[0]))
    restored: dict[int, tuple[str, int]] = {}
    for _, negative_size, i, phrase in sorted(found):
        for k, word in enumerate(phrase, start=i):
            restored.setdefault(k, (word, -negative_size))
    # A long phrase is evidence enough to take a mark OCR added away: "tỉnh Bà Rịa - Vững Tàu" is Vũng Tàu's.
    return [(words[k].start(), words[k].group(), word) for k, (word, size) in sorted(restored.items())
            if word != words[k].group() and (_marks(word) >= _marks(words[k].group()) or size >= _LONG_PHRASE)]


_LONG_PHRASE = 4  # words


def _marks(word: str) -> int:
    """How many of its letters carry a mark that makes them another letter (â, ê, ô, ă, ơ, ư, đ): a
    restoration adds such marks or changes a tone ("Thường trục" → "trực", "Tuyển giáo" → "Tuyên"),
    never takes a letter's mark away ("trật tự đô thị" is no "Tự do")."""
    return sum(1 for c in unicodedata.normalize("NFD", word) if c in LETTER_MARKS) + sum(c in "đĐ" for c in word)


def _phrase_for(written: list[str], named: bool, line_end: bool, line_start: bool) -> tuple[list[str], int] | None:
    """The words of the phrase the written words are, with its marks and OCR's case, and how many of
    them name a place; None when they are no phrase."""
    exact, alone, starts, ends = _phrases()
    key = _key(written)
    phrase = (exact.get(key) or (alone.get(key) if named else None) or (starts.get(key) if line_end else None)
              or (ends.get(key) if line_start else None))
    if phrase is None and len(written) >= _FUZZY_WORDS and len(key) >= _FUZZY_LENGTH:
        near = _near(key)
        phrase = exact.get(near) if near else None
    if phrase is None or not all(w[:1].isupper() for w in written[len(written) - phrase.place:] if phrase.place):
        return None
    return ["".join(a.upper() if b.isupper() else a.lower() for a, b in zip(word, w, strict=True))
            for word, w in zip(phrase.words, written, strict=True)], phrase.place


def mended_slips(text: str, origins: LineOrigins) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """The OCR text with the known slips mended (patterns.OCR_SLIPS; the same lines), the origins moved
    along, and each change."""
    repairs: tuple[Repair, ...] = ()
    for pattern, right in p.OCR_SLIPS:
        text, origins, found = mended(text, origins, [(m.end("keep"), m.end(), right) for m in pattern.finditer(text)])
        repairs += found
    return text, origins, repairs
