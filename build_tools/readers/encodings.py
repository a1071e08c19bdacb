"""Pre-Unicode Vietnamese encodings: TCVN3 (ABC, ".VnTime" fonts), VNI ("VNI-Times"), VISCII,
and Windows-1258 (which writes tone marks as combining characters).

Detection and the character tables are viparse's (0.1.31, MIT): its `detect_text_encoding` named
TCVN3, VNI and VISCII text correctly and its tables convert them back exactly; we call its table
conversion directly because its `fix()` also collapses blank lines, and the layout of a letter is
what the parser reads. Windows-1258 is Python's own `cp1258` codec.
"""

from __future__ import annotations

import re
import unicodedata

import viparse
from viparse.normalize.encodings import CHARMAPS
from viparse.normalize.tables import convert

from build_tools import patterns as p
from build_tools.text import is_syllable

NAMES = {"tcvn3": "TCVN3", "vni": "VNI", "viscii": "VISCII", "vps": "VPS", "cp1258": "Windows-1258"}
_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_VOWELS = "aeiouyăâêôơưAEIOUYĂÂÊÔƠƯ"
# Letters only Vietnamese Unicode has (ạ … ỹ, ă, đ, ơ, ư): text holding them is already Unicode.
_VIETNAMESE_UNICODE = re.compile(r"[\u1ea0-\u1ef9ăđơưĂĐƠƯ]")
_LATIN1_LETTERS = re.compile(r"[\u00c0-\u00ff]")


def legacy_encoding(text: str) -> str | None:
    """The legacy encoding that text read byte for byte (as Latin-1, or as UTF-8 from a page that
    had done so) is in: "tcvn3", "vni", "viscii"; None for Unicode or not Vietnamese."""
    if _VIETNAMESE_UNICODE.search(text) or not _LATIN1_LETTERS.search(text):
        return None
    return viparse.detect_text_encoding(text)


def from_legacy(text: str, encoding: str) -> str:
    """Convert text in a legacy encoding to NFC Unicode, keeping its lines and blank lines."""
    converted = "\n".join(convert(line, CHARMAPS[encoding], "NFC") for line in text.split("\n"))
    if encoding == "vni":
        converted = _VNI_HOOKED_BREVE.sub(lambda m: "ẳ" if m.group() == "aú" else "Ẳ", converted)
    return _restore_capitals(converted) if encoding == "tcvn3" else converted


def legacy_words(text: str) -> list[tuple[int, int, str]]:
    """Words a Unicode copy kept in a legacy font's codes, as (start, end, word in Unicode): an old portal's page
    converted but for its "Kính gôûi:", "COÄNG HOAØ …" (VNI) or "®ª", "n­íc" (TCVN3). A word is converted only where it
    holds a letter or sign no Vietnamese word does and its conversion is a syllable; two such words show the damage,
    and the code most of them read in is theirs. A line left in codes ("céng hoµ x· héi chñ nghÜa viÖt nam") is
    converted whole: its words Unicode's letters spell too ("céng", "héi") are the code's ("cộng", "hội")."""
    if not LEGACY_ONLY.search(text):
        return []
    flagged = [word for word in _LEGACY_TOKEN.finditer(text) if len(word.group()) >= 2
               and not _VIETNAMESE_UNICODE.search(word.group()) and LEGACY_ONLY.search(word.group())]
    read = {encoding: [_in_unicode(word.group(), encoding) for word in flagged] for encoding in ("vni", "tcvn3")}
    encoding = max(read, key=lambda e: sum(map(bool, read[e])))  # VNI on a tie, as before
    found = [(word.start(), word.end(), unicode_word)
             for word, unicode_word in zip(flagged, read[encoding], strict=True) if unicode_word]
    if len(found) < 2:
        return []
    # a page showing the code throughout (five words or more) shows it in a line with one flagged word too
    least = 1 if len(found) >= 5 else 2
    return sorted(found + _rest_of_coded_lines(text, flagged, encoding, {start for start, _, _ in found}, least))


def _in_unicode(written: str, encoding: str) -> str | None:
    """The word converted from the code, where that is a syllable, or an acronym whose "Đ" the code wrote ("HÑND")."""
    unicode_word = convert(written, CHARMAPS[encoding], "NFC")
    acronym = unicode_word.isupper() and unicode_word.isalpha() and set(unicode_word) - set(written) == {"Đ"}
    return unicode_word if unicode_word != written and (acronym or is_syllable(unicode_word.lower())) else None


def _rest_of_coded_lines(text: str, flagged: list[re.Match], encoding: str, taken: set[int], least: int
                         ) -> list[tuple]:
    """The other words of a line most of whose words are in the code (`least` flagged, the rest converting to
    syllables: "luøn xoaén laù treân luùa vuï" is VNI's "lùn xoắn lá trên lúa vụ"): each its conversion where that is
    a syllable."""
    more = []
    flagged_at = {word.start() for word in flagged}
    for line in re.finditer(r"[^\n]+", text):
        tokens = list(_LEGACY_TOKEN.finditer(text, line.start(), line.end()))
        if sum(word.start() in flagged_at for word in tokens) < least:
            continue
        coded = sum(1 for word in tokens if word.start() in flagged_at or _in_unicode(word.group(), encoding))
        if coded * 2 < len(line.group().split()):
            continue
        # its words, a comma or stop after them aside: "thÞ trÊn." ("Ê" TCVN3's "ấ", a letter Unicode has too)
        more += [(word.start(), word.end(), unicode_word) for word in tokens
                 if word.start() not in taken and (unicode_word := _in_unicode(word.group(), encoding))]
    return more


# Latin-1's letters and signs no Vietnamese word holds: VNI's "ä", "ø", "ö", "ï", "Ñ", TCVN3's "®", "ª", "ß", a soft
# hyphen (not the superscripts of footnotes' markers; a sign alone, "Ø" a Word bullet, is no word).
LEGACY_ONLY = re.compile("[\u00a1-\u00b1\u00b4-\u00b8\u00ba-\u00bf\u00c4-\u00c7\u00cb\u00ce-\u00d1\u00d6-\u00d8"
                         "\u00db\u00dc\u00df\u00e4-\u00e7\u00eb\u00ee-\u00f1\u00f6-\u00f8\u00fb\u00fc\u00ff]")
# A word holding a Latin-1 letter or sign ("®", "ª", a soft hyphen: TCVN3's "đ", "ê", "ư").
_LEGACY_TOKEN = re.compile(r"[^\s\d.,;:()/|\"“”\[\]*-]*[\u00a0-\u00ff][^\s\d.,;:()/|\"“”\[\]*-]*")


# viparse's VNI table lacks the breve's hook above: VNI writes "ẳ" as "a" and "ú" ("đẳng", "chẳng", "CAO ĐẲNG"), a pair
# no Vietnamese word has.
_VNI_HOOKED_BREVE = re.compile("aú|AÚ")


def _restore_capitals(text: str) -> str:
    """TCVN3 has no codes for capital toned letters: ".VnTimeH" fonts draw the lower-case codes as
    capitals, so "ỦY BAN" comes back "ủY BAN" and "TỈNH" comes back "TỉNH". Such words, and lines
    of such words ("Sở TÀI CHÍNH"), were written in capitals; so was a toned small letter opening a sentence or
    a list item ("… 2013. ủy ban …", "- ấp Tân Hòa"), and the committee's name ("Ngày 05/8/2013, ủy ban nhân dân
    tỉnh …": the style writes "Ủy ban nhân dân")."""
    lines = [_restore_line(line) for line in text.split("\n")]
    lines = [_ending_capitals(line, lines[k - 1], lines[k + 1] if k + 1 < len(lines) else "") if k else line
             for k, line in enumerate(lines)]
    return _TONED_CAPITAL.sub(lambda m: m.group().upper(), "\n".join(lines))


def _ending_capitals(line: str, above: str, below: str) -> str:
    """A toned word alone on its line under a line in capitals ends that line's name, a web cell's break between
    them: "BỘ NỘI" / "Vụ" is "VỤ", "TM. BAN THƯỜNG" / "Vụ"; not a place that opens the date's line a cell broke
    ("ĐẢNG CỘNG SẢN VIỆT NAM" / "Gò" / "Dầu, ngày …")."""
    word = line.strip()
    alone = word.isalpha() and _toned_title(word) and not word.isupper()
    if not alone or not above.strip() or not above.isupper() or len(above.strip()) <= 2:
        return line
    return line if p.PLACE_DATE.match(f"{word} {below.strip()}") else line.upper()


_TONED_SMALL = "áàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ"
_TONED_CAPITAL = re.compile(r"(?:(?<=[.!?]\s)|(?<=^-\s)|(?<=^\s-\s))"  # not a line's start: a wrap's "… dân cư" / "ở"
                            r"[" + _TONED_SMALL + "]"
                            r"|(?<![^\W\d_])ủ(?=y\s+ban\s+nhân\s+dân\b)", re.MULTILINE)


def _restore_line(line: str) -> str:
    """Each cell of a line on its own: a header's two columns ("THỊ XÃ BÌNH LONG      Độc lập - …"), also
    where a copy ran them together with one space ("BAN QUẢN LÝ KHU KINH TẾ Độc lập - …")."""
    mark = p.SHARING_PAGE_MARK.match(line)  # "Trang 1HỘI LHPN HUYỆN Mỹ Tú": the site's page mark is no cell's word
    head = mark.group() if mark else ""
    return head + "".join(_restore_cell(cell) for cell in _CELL_GAP.split(line[len(head):]))


# Between a header's cells: a tab, "|", wide spaces, a line break a site wrote as an escape ("\\r\\n"), a sharing
# site's markup ("<b>KẾ HOẠCH</b>"), or one space before the motto's second line (its words capitalised too: "Độc Lập
# - Tự Do - Hạnh Phúc", OCR's "Độc lâp") or the number, or before the party's name (decoded TCVN3 writes "CỘNG HÒA"
# as "CộNG HòA").
_CELL_GAP = re.compile(r"(\t|\||\s{3,}|\\r\\n|<[^<>\n]*>"
                       r"|\s(?=Độc\s+[lL][ậâa]p\b|C[ỘộO]NG\s+H[ÒòO]A\b|Đ[ẢảA]NG\s+C[ỘộO]NG\s+S[ẢảA]N\b|Số\s*:))")


_FIGURE_SLIP = re.compile(r"[lO]+")


def _word_restored(match: re.Match) -> str:
    """A word of a cell in its capitals (`_capital_word`); not OCR's letters for figures beside a figure ("lO46",
    "2Ol2"), which the reader then reads as figures."""
    cell, start, end = match.string, match.start(), match.end()
    beside_figure = cell[start - 1 : start].isdigit() or cell[end : end + 1].isdigit()
    return match.group() if beside_figure and _FIGURE_SLIP.fullmatch(match.group()) else _capital_word(match)


def _restore_cell(cell: str) -> str:
    cell = re.sub(r"(?<!\\)[^\W\d_]+", _word_restored, cell)  # not an escape's letter: "\\r\\nKính gửi"
    cell = _between_capitals(_name_ending_toned(cell))
    words = re.findall(r"[^\W\d_]+", cell)
    # A capital word of two letters or more, or two words: "Sở Y Tế" is "SỞ Y TẾ" ("Sở Y tế" is not).
    if not words or not (any(len(w) > 1 and w.isupper() for w in words) or len(words) >= 2):
        return cell
    capitals = [w.isupper() or _toned_title(w) or (len(w) == 1 and not w.isascii()) for w in words]  # "Ở"
    # Digits mean a number or a date ("Số: 1198/UBND-TH", where "Số" is written so), unless the words
    # around them are capitals: "NGHỊ QUYẾT SỐ 15/2021/NQ-HĐND NGÀY 09/12/2021".
    if not re.search(r"\d", cell) and all(capitals):
        return cell.upper()
    if re.search(r"\d", cell) and not re.match(r"\s*Số\s*:", cell) and len(words) >= 4 and all(capitals):
        return cell.upper()
    return cell


# A person's name whose last word opens with a toned vowel, its capital one TCVN3 cannot write: "Phạm Văn út".
_NAME_ENDING_TONED = re.compile(r"^\s*(?:[A-ZĐ][^\W\d_]*\s+){1,3}(?P<last>[" + _TONED_SMALL + r"])[^\W\d_]*\s*$")


def _name_ending_toned(cell: str) -> str:
    name = _NAME_ENDING_TONED.match(cell)
    return cell[: name.start("last")] + name.group("last").upper() + cell[name.end("last") :] if name else cell


def _between_capitals(cell: str) -> str:
    """A toned word between two words in capitals was written in capitals: "BAN THƯỜNG Vụ THÀNH ĐOÀN", "PHÓ Bí
    THƯ" (a capital, then toned small letters TCVN3 cannot write as capitals); so was one opening a cell before
    a word in capitals ("Kế HOẠCH"; not before an acronym: "Sở KH&ĐT đề nghị") or after a copy's ";" ("- Thường
    trực Huyện ủy; Bí THƯ", the signature run onto the copies), or closing it after two ("T/M BAN THƯỜNG Vụ")."""
    words = list(re.finditer(r"[^\W\d_]+", cell))
    upper = [len(m.group()) > 1 and m.group().isupper() for m in words]
    opens = [not k or ";" in cell[words[k - 1].end() : m.start()] for k, m in enumerate(words)]
    spans = [m.span() for k, m in enumerate(words) if _toned_title(m.group()) and not m.group().isupper()
             and not cell[m.end() : m.end() + 2].lstrip().startswith(":") and (  # a label's "Số:" stays
        k < len(words) - 1 and upper[k + 1]
        and (is_syllable(words[k + 1].group().lower()) if opens[k] else upper[k - 1])
        or k == len(words) - 1 and k >= 2 and upper[k - 1] and upper[k - 2])]  # the last: "T/M BAN THƯỜNG Vụ"
    for start, end in reversed(spans):
        cell = cell[:start] + cell[start:end].upper() + cell[end:]
    return cell


def _toned_title(word: str) -> bool:
    """"Sở": a capital, then only toned small letters (which TCVN3 cannot write as capitals)."""
    return word[0].isupper() and all(not c.isascii() for c in word[1:] if c.islower())


def _capital_word(match: re.Match) -> str:
    """"ủY", "TỉNH", "HOà": a capital after a small letter, or two capitals with toned small ones. A capital
    followed by a small plain letter, which TCVN3 writes only as it is, opens a word of its own that a copy ran
    on ("ĐốCTrần": "ĐỐC" and "Trần")."""
    word = match.group()
    tail = next((k for k in range(1, len(word) - 1) if word[k].isupper() and word[k + 1].isascii()
                 and word[k + 1].islower()), None)
    if tail is not None:
        return _capital_word(re.match(r".+", word[:tail])) + word[tail:]
    small = [c for c in word if c.islower()]
    capitals = sum(1 for c in word if c.isupper())
    after_small = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
    if small and (after_small or (capitals >= 2 and not any(c.isascii() for c in small))):
        return word.upper()
    return word


def is_windows_1258(data: bytes) -> bool:
    """Windows-1258 text: decoded as cp1258, its combining tone marks stand after vowels (or apart, where a
    copy left them at a line's end: "cac phong … ̀ ́").

    Other one-byte encodings decoded as cp1258 put "marks" after any letter.
    """
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        return False
    marks = [i for i, c in enumerate(text) if c in _TONE_MARKS]
    if len(marks) < 3:
        return False
    after_consonant = sum(1 for i in marks if i and text[i - 1].isalpha()
                          and unicodedata.normalize("NFD", text[i - 1])[0] not in _VOWELS)
    return after_consonant <= 0.05 * len(marks)
