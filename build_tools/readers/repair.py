"""Number repair (sửa số ký hiệu) for text read from a PDF's text layer or by OCR (the rules: numbers.py).

Only tokens shaped like a document number — digits, "/" or "-", then a code with a capital letter
("1961/QĐ-UBND", "61/2018/NĐ-CP", "24-NQ/TU") — are touched; running text and dates ("27/12/2023") stay as they
are:

- a hyphen the PDF lost between the type code and the issuer code: "1961/QĐUBND" → "1961/QĐ-UBND",
  "61/2018/NĐCP" → "61/2018/NĐ-CP", "539/TTgQHĐP" → "539/TTg-QHĐP";
- look-alike letters: "Ð" (U+00D0, Icelandic eth) for "Đ"; OCR's "Ñ" ("01/NÑQ-CP" → "01/NQ-CP"),
  a letter Vietnamese does not have; a letter OCR doubled ("12689/QĐĐ-UBND" → "12689/QĐ-UBND").
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable

from build_tools import patterns as p
from build_tools.gazetteer import gazetteer
from build_tools.model import LineOrigins, Repair
from build_tools.numbers import repair_code, shows_lost_hyphens
from build_tools.readers.encodings import LEGACY_ONLY, legacy_words
from build_tools.readers.strung_tones import strung_tones
from build_tools.text import fold, is_syllable, title_words


def repaired_text(text: str, origins: LineOrigins) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """The text (NFC, as the readers give it) with its document numbers repaired (all else as it is), the
    origins moved along the line where a repair changed the length, and each repair with the place it was made."""
    lost = shows_lost_hyphens(text)
    changes = [(m.start(), m.end(), m.group("head") + repair_code(m.group("code"), lost))
               for m in p.NUMBER_TOKEN.finditer(text)]
    return mended(text, origins, changes)


# Two years a copy that lost its hyphens ran together: "giai đoạn 20162020" is 2016-2020.
# (Its first figures looked for first, what stands before them after: the engine skips to the text's ones and twos.)
_YEAR_PAIR = re.compile(r"((?:19|20)(?<![\d/.,-]..)\d{2})((?:19|20)\d{2})(?![\d/.,-])")


def _year_ranges(text: str) -> list[tuple[int, int, str]]:
    """In a copy that lost its hyphens only (looked at where two years run together: most letters have none)."""
    ranges = [(m.start(), m.end(), f"{m.group(1)}-{m.group(2)}") for m in _YEAR_PAIR.finditer(text)
              if 0 < int(m.group(2)) - int(m.group(1)) <= 30]
    return ranges if ranges and shows_lost_hyphens(text) else []


# What a copy carries that a reader of the page never sees: zero-width spaces and joiners, a byte-order mark
# inside the text (a web page's "\u200bSố: 12/UBND"); and spaces of other widths, the no-break space above all
# (Word's "Số:\u00a012/UBND"). Neither is wording: the first are dropped, the others made plain spaces.
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff]")
_OTHER_SPACE = re.compile("[\u00a0\u2000-\u200a\u202f\u205f\u3000]")
_EITHER = re.compile(f"{_INVISIBLE.pattern}|{_OTHER_SPACE.pattern}")  # looked for once: most texts hold neither


def plain_spaces(text: str, origins: LineOrigins) -> tuple[str, LineOrigins]:
    """The text with its invisible characters dropped and its spaces of other widths made plain, the origins moved
    along; no repair is reported, since nothing a reader sees changed."""
    if not _EITHER.search(text):
        return text, origins
    changes = sorted([(m.start(), m.end(), "") for m in _INVISIBLE.finditer(text)]
                     + [(m.start(), m.end(), " ") for m in _OTHER_SPACE.finditer(text)])
    return mended(text, origins, changes)[:2]


def mended_words(text: str, origins: LineOrigins, damage: int = 3) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """A copy's damage to words mended where the copy shows it throughout (a few such words in a clean
    letter are names, not damage; not a pair of words letters are made of, "Ủyban"): two years a copy that lost its
    hyphens ran together ("giai đoạn 20162020"), syllables a PDF copy split ("c ủa", "Th ủ tướng", "nhi ệm vụ"), words
    it ran together ("lượngcán", "Ủy ban nhân dântỉnh", "GIÁM ĐỐCTrần Thanh Phong", "ngày27/7/2017"), letters a
    fake bold gave twice ("KKẾẾ HOHOẠẠCHCH").
    `damage`: words of a kind mended, or none (below it, they are a letter's names and foreign words)."""
    text, origins = plain_spaces(text, origins)
    written = text  # words looked at with "Ðịnh" read "Định" (read_letter reads so); translate() walks every character
    text = text.translate(ETH_AS_DD) if "\u00d0" in text or "\u00f0" in text else text
    signs, glued_words = _census(text)
    doubled = _where(signs, "doubled", _doubled_glyphs, text)
    doubled = doubled if len(doubled) >= damage else []  # first: the words it doubled look glued ("dodo")
    split = _outside(doubled, _where(signs, "split", _split_syllables, text))
    # A syllable's opening consonants alone are no word ("c ủa"): two such splits already show the damage, one that no
    # two words make even alone (_NO_WORD_SPLIT); splits whose pieces are both syllables ("nhi ệm") are looked for only
    # where it shows throughout.
    loose = _split_in_two_syllables(text) if len(split) >= damage else []
    split = (_merge(split, loose) if len(split) >= min(damage, 2)
             else [change for change in split if _NO_WORD_SPLIT.match(text, change[0])])
    tildes = _where(signs, "tilde", _lost_tildes, text)  # "XàHỘI" is "XÃ HỘI", not two words glued ("Xà HỘI")
    legacy = _where(signs, "legacy", legacy_words, text)  # VNI's "raày" is "rầy", not two words glued ("ra ày")
    glued = _outside(doubled + tildes + legacy, _glued_words(text, glued_words))
    # Told by different words: a foreign word written thrice ("Dengue") is no damage.
    glued_throughout = len({text[a:b] for a, b, _ in glued}) >= damage
    changes = _merge(doubled, split + (glued if glued_throughout else []))
    for found in (_markup(text), _escaped_breaks(text)):
        changes = _merge(changes, found) if len(found) >= damage else changes
    always = (tildes, _where(signs, "digit slip", _digit_slips, text), _where(signs, "font slip", _font_slips, text),
              _case_slips(text), _lost_capitals(text), _province_letter_lost(text),
              _where(signs, "capitals font", _capitals_font_slips, text),
              strung_tones(text), _abbreviation_glued(text, signs), _word_glued(text, signs),
              _where(signs, "year glued", _year_glued, text), _term_apart(text),
              _year_ranges(text), legacy)
    for found in always:  # each judges its own damage
        changes = _merge(changes, found)
    # A pair of words letters are made of, run together, is mended even alone ("Ủyban"), after the rest ("XàHỘI" is a
    # lost tilde's "XÃ HỘI").
    known = [change for change in glued if fold(change[2]) in _KNOWN_PAIRS
             or _UNIT_KINDS & set(change[2].lower().split())] if not glued_throughout else []
    return mended(written, origins, _merge(changes, known))


# The Icelandic eth a font or a converter wrote for the Vietnamese "Đ": one look, another letter ("Ðồng Nai").
ETH_AS_DD = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def _merge(changes: list[tuple[int, int, str]], more: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Both lists of changes, those of the second that overlap one of the first left out."""
    return sorted(changes + _outside(changes, more))


def _outside(changes: list[tuple[int, int, str]], more: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The changes of `more` that overlap none of `changes`."""
    taken = [(start, end) for start, end, _ in changes]
    return [c for c in more if not any(c[0] < end and start < c[1] for start, end in taken)]


# A syllable's first consonants ("c", "nh", "ngh"), a space, the rest: "c ủa".
# "Qu ản lý", "qu ận", "gi ải" ("qu" and "gi" open a syllable as a consonant does); "Ủ y ban" (the capital set apart).
# Not an abbreviation's letter after its slash ("T/M ỦY BAN", "Đ/c Ủy viên").
# (Its letters and a space looked for first, the look-behinds after: most places are left after a character test.)
_PAIR = re.compile(r"(?=[bcdghklmnpqrstvxđủúùũụui]{1,3} )(?<![^\W\d_])(?<!/)"
                   r"(?=(?P<a>[bcdghklmnpqrstvxđ]{1,3}|qu|gi|[ủúùũụ]) (?P<b>[^\W\d_]+)(?![^\W\d_]))", re.IGNORECASE)
_WORD = re.compile(r"(?<![\w/&-])[^\W\d_]{3,}(?![\w/&-])")  # a word, not a number's code ("…/QĐTTg")
_IN_WORD = re.compile(r"[\w/&-]")  # what stands beside a word inside a longer run (_WORD's look-arounds)
_CONSONANTS, _VOWELS = frozenset("bcdghklmnpqrstvx"), frozenset("aeiouy")
_CLUSTERS = frozenset({"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"})


def _split_syllables(text: str) -> list[tuple[int, int, str]]:
    """A syllable's first consonants split from the rest: "c ủa" → "của", "nh ận" → "nhận", "qu ận", "gi ải", "Ủ y
    ban". (Where both pieces spell syllables, "nhi ệm", no rule tells a split word from two: they stay.)"""
    changes, taken = [], -1
    for m in _PAIR.finditer(text):
        a, b = m.group("a"), m.group("b")
        opens = set(fold(a)) <= _CONSONANTS or fold(a) in ("qu", "gi") or fold(b) == "y"
        cased = a.isupper() or not b[0].isupper()  # a word keeps its case across the split: "TH ỰC", "c ủa"
        if (m.start() > taken and opens and cased and fold(b)[0] in _VOWELS
                and is_syllable((a + b).lower())):
            changes.append((m.start(), m.end("b"), a + b))
            taken = m.end("b")
    return changes


# An assembly's term a copy set apart from its code: "Luật … số 63/2014/QH 13" is "63/2014/QH13".
_TERM_APART = re.compile(r"(?<=\d/QH) (?=\d{2}\b)|(?<=/UBTVQH) (?=\d{2}\b)")


def _term_apart(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "") for m in _TERM_APART.finditer(text)] if "QH " in text else []


# A year run into the word after it: "hộ cận nghèo năm 2021theo chuẩn nghèo …" (no unit of measure is a syllable of
# two letters or more after a year).
_YEAR_GLUED = re.compile(r"(?<![\d/.,])(?:19|20)\d{2}(?P<word>[a-zđà-ỹ]{2,7})(?![^\W\d_])")


def _year_glued(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), f"{m.group()[:4]} {m.group('word')}") for m in _YEAR_GLUED.finditer(text)
            if is_syllable(m.group("word"))]


# Splits no two words make, mended even once: "ĐẢNG Ủ Y KHỐI", "Ủ y ban" (no word "ủ" stands before a "y"), "Căn cứ
# Qu yết định số …" (no word is "qu").
_NO_WORD_SPLIT = re.compile(r"[Ủủ] [Yy]|[Qq][Uu] ")


# Two pieces that may both spell syllables: "nhi ệm", "Chi ến", "ho ạch".
_LOOSE_PAIR = re.compile(r"(?<![^\W\d_])(?=(?P<a>[^\W\d_]{1,4}) (?P<b>[^\W\d_]{1,5})(?![^\W\d_]))")


def _split_in_two_syllables(text: str) -> list[tuple[int, int, str]]:
    """A split whose pieces both spell syllables, told by the letter's own words (in a copy that shows
    splits): its second piece never stands alone in the letter ("ệm", "ạch"), where "cho ăn" is two words
    (and "choăn" no syllable)."""
    words = Counter(word.lower() for word in re.findall(r"[^\W\d_]+", text))
    pairs = [m for m in _LOOSE_PAIR.finditer(text) if fold(m.group("b"))[0] in _VOWELS
             and is_syllable((m.group("a") + m.group("b")).lower())]
    as_piece = Counter(m.group("b").lower() for m in pairs)
    return [(m.start(), m.end("b"), m.group("a") + m.group("b")) for m in pairs
            if as_piece[m.group("b").lower()] == words[m.group("b").lower()]]


# A sharing site's page markup left in its text copy: "<b>KẾ HOẠCH</b>", "<i>Cẩm Lý, ngày …</i>", its page
# counter "<span class='text_page_counter'>(2)</span>" and "<div class='page_container' data-page=2>".
_MARKUP = re.compile(r"<span class=.text_page_counter.>\(\d+\)</span>|</?(?:b|i|u|em|strong|span|div|p|br|sup|sub)"
                     r"(?:\s[^<>\n]*)?/?>", re.IGNORECASE)


def _doubled_glyphs(text: str) -> list[tuple[int, int, str]]:
    """A PDF's fake bold draws each run twice and its text gives each letter or group twice: "TTÂÂMM
    KKIIỂỂMM", "KKẾẾ HOHOẠẠCHCH", "nnăămm 20222022", "II.. MMỤỤCC TITIÊÊUU". Each run of two such words or
    more on a line is given once, where one of them is no syllable and once is one (the run's evidence)."""
    if len(_TONED_TWICE.findall(text, 0, 20000)) < 3:
        return []  # a toned vowel twice ("ẾẾ", "ạạ") no word has: the sign, looked for first as it is cheap
    changes = []
    for line in re.finditer(r"[^\n]+", text):
        run: list[tuple[int, int, str]] = []
        for token in [*re.finditer(r"\S+", line.group()), None]:
            once = _once(token.group()) if token else None
            if once:
                run.append((line.start() + token.start(), line.start() + token.end(), once))
                continue
            if len(run) >= 2 and any(_evidence(text[start:end], single) for start, end, single in run):
                changes += run
            run = []
    return changes


_TONED_TWICE = re.compile(r"([àáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
                          r"ÀÁẢÃẠẰẮẲẴẶẦẤẨẪẬÈÉẺẼẸỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌỒỐỔỖỘỜỚỞỠỢÙÚỦŨỤỪỨỬỮỰỲÝỶỸỴ])\1")


def _evidence(doubled: str, once: str) -> bool:
    word = once.strip(".,:;-").lower()
    return bool(word) and is_syllable(word) and not is_syllable(doubled.strip(".,:;-").lower())


@functools.lru_cache(maxsize=65536)
def _once(token: str) -> str | None:
    """The token with each doubled group given once ("HOHOẠẠCHCH" → "HOẠCH", "20222022" → "2022"); None when
    some part of it is not doubled."""
    out, i = [], 0
    while i < len(token):
        size = next((k for k in range(1, 8) if token[i : i + k] == token[i + k : i + 2 * k]), None)
        if size is None:
            return None
        out.append(token[i : i + size])
        i += 2 * size
    return "".join(out)


def _markup(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "") for m in _MARKUP.finditer(text)]


# A legal-text site's dump that kept its line breaks as written escapes: "Nghị định số\r\n101/2024/NĐ-CP".
_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n")


def _escaped_breaks(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), " ") for m in _ESCAPED_BREAK.finditer(text)]


# A copy whose font turned "ô" into "ơ", "ò" into "ị" and "U" into "Ư" ("Cơng văn", "PHỊNG", "HỊA", "ƯBND"): only where
# the rhyme is none Vietnamese has ("ơng" without its "ư", "ịng"); "Ơn tập" or "mơn" spell words and stay as written.
# (The patterns below open with the letter they mend and look back in Python: a regular expression that opens
# with a look-behind is tried at every place of the text, one that opens with a letter only where it stands.)
# "ƯBND", "ƯBKT": no syllable opens "ưb"; "CỘNG HỊA": no word is "hịa"
# (One set of letters opens it, each slip's context looked at after: four times faster than three branches.)
_FONT_SLIP = re.compile(r"[ơƠịỊƯ](?:(?<=[ơƠịỊ])(?=ng\b|NG\b)|(?<=[hH][ịỊ])(?=[aA]\b)|(?<=Ư)(?=B[A-ZĐ]{1,6}\b))")
_FONT_MENDED = str.maketrans("ơƠịỊƯ", "ôÔòÒU")


def _font_slips(text: str) -> list[tuple[int, int, str]]:
    """The font's slips mended; in a capitalised word only where the copy shows two slipped words or more: a
    highland name spells "ơng" ("Trường Phổ thông Dân tộc nội trú N'Trang Lơng", "Adrơng")."""
    slips = [m for m in _FONT_SLIP.finditer(text)
             if not (m.group() in "ơƠ" and text[m.start() - 1 : m.start()] in ("ư", "Ư"))]  # "ương" is a rhyme
    throughout = len({_word_at(text, m.start()).lower() for m in slips}) >= 2
    return [(m.start(), m.end(), m.group().translate(_FONT_MENDED)) for m in slips
            if m.group() == "Ư" or throughout or not _word_at(text, m.start())[0].isupper()]


def _word_at(text: str, at: int) -> str:
    """The word (its letters) the character at `at` stands in."""
    start = at
    while start > 0 and text[start - 1].isalpha():
        start -= 1
    return _LETTERS.match(text, start).group()


_LETTERS = re.compile(r"[^\W\d_]+")


# A PDF's "XÃ" read as "Xà" and the space after it lost, in a line of capitals: "XàPHỤ DỰC", "XàHỘI" ("XÀHỘI" once
# TCVN3's capitals are put back).
_LOST_TILDE = re.compile(r"[àÀ](?<=[A-ZĐ][àÀ])(?=[^\W\d_]{2})")  # the capital before looked at after: "và" is common


def _lost_tildes(text: str) -> list[tuple[int, int, str]]:
    glued = [(m.start(), m.end(), "Ã ") for m in _LOST_TILDE.finditer(text) if _lost_tilde_at(text, m.start())]
    return sorted(glued + [(m.start(), m.end(), "Ã") for m in _LOST_TILDE_SPACED.finditer(text)])


# The same with its space kept, in capitals: "KINH TẾ - Xà HỘI" (only "XÃ": "Hà NỘI" is no damage of this kind).
_LOST_TILDE_SPACED = re.compile(r"à(?<=(?<![^\W\d_])Xà)(?= [" + p.CAPITALS + r"]{2})")  # "à" first: 30× faster


def _lost_tilde_at(text: str, at: int) -> bool:
    """"Xà" before capitals; "XÀ" too, unless a word's "À" ("HOÀNG", "TOÀN"; "XÀI", "XÀO"); another capital's "à"
    only after a word in capitals (not a name's "Hà" a copy glued to the next line: "xã Nghĩa HàCHỦ TỊCH ỦY BAN").
    (The capital before it _LOST_TILDE's look-behind has seen.)"""
    after = text[at + 1 : at + 3]
    if not after.isupper():
        return False
    if text[at - 1] != "X":
        before = text[max(0, at - 30) : at - 1].rpartition("\n")[2].split()
        return bool(before) and before[-1].isupper() and text[at] == "à"
    return text[at] == "à" or fold(after[0]) not in "io"


# OCR's "l" for "1" and "O" for "0" in a number or a date: "27/5/20l9", "số l386/SNN-CNTY", "10/0l/2020", "ngày 1O
# tháng 9" (no word has them there).
_DIGIT_SLIPS = re.compile(r"l(?=[\d/])|O(?![^\W\d_])")
_DIGIT_OF = {"l": "1", "O": "0"}


def _digit_slips(text: str) -> list[tuple[int, int, str]]:
    return _merge(_date_part_slips(text) + _year_slips(text),
                  [(m.start(), m.end(), _DIGIT_OF[m.group()])
                   for m in _DIGIT_SLIPS.finditer(text) if _among_digits(text, m.start())])


# A year OCR read with two letters or more for its digits: "năm học 2OO9-2010", "năm 2OO8" (no word is "2OO9").
_YEAR_SLIP = re.compile(r"(?<![^\W_])(?:19|20|2O|l9)[\dOl]{2}(?![^\W_])")


def _year_slips(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().translate(_DIGITS_OF)) for m in _YEAR_SLIP.finditer(text)
            if not m.group().isdigit()]


# A date's day or month OCR read as letters alone, between the date's words: "ngày 14 tháng Ol năm 2011" ("01").
_DATE_PART_SLIP = re.compile(r"[NnTt](?<!\w[NnTt])(?:gày|háng) (?P<part>(?=[Ol\d]?[Ol])[Ol\d]{2})(?= (?:tháng|năm) )")


def _date_part_slips(text: str) -> list[tuple[int, int, str]]:
    return [(m.start("part"), m.end("part"), m.group("part").translate(_DIGITS_OF))
            for m in _DATE_PART_SLIP.finditer(text)]


_DIGITS_OF = str.maketrans(_DIGIT_OF)


# A copy converted from a ".VnTimeH" font (its capitals drawn from the small letters' codes) gives the header's and
# the signature's capitals as small letters: "uỷ ban nhân dân" / "huyện bình xuyên", "cộng hoà xã hội chủ nghĩa việt
# nam", "kt. chủ tịch" / "phó chủ tịch". Told by the motto in small letters, which no letter writes so: at a line's
# start, or after the issuer's column a copy set beside it ("uỷ ban nhân dân cộng hoà xã hội chủ nghĩa việt nam").
_SMALL_MOTTO = re.compile(r"^[ \t|]*cộng\s+h(?:òa|oà)\s+xã\s+hội\b|^[^\n]*?(?<![^\W\d_])"
                          r"cộng\s+h(?:òa|oà)\s+xã\s+hội\s+chủ\s+nghĩa\s+việt\s+nam\b", re.MULTILINE)
_SUBJECT_OPENS = re.compile(r"[ \t|]*(?:V/v|Về)\b")  # a subject's lines, its own small letters after them
_NUMBER_LINE = re.compile(r"[ \t|]*Số\b")  # the number's line, above the subject
_SMALL_MOTTO_TAIL = re.compile(r"[ \t|]*độc\s+lập\s*[-–]\s*tự\s+do\s*[-–]\s*hạnh\s+phúc\b")
# The issuer's column beside the motto's second line: "huyện kim sơn Độc lập - Tự do - Hạnh phúc".
_SMALL_BESIDE_MOTTO = re.compile(r"[ \t|]*(?P<small>[^\W\d_A-ZĐ][^\n]*?)[ \t|]+(?=Độc\s+lập\b)")
# The signature's column beside the copies': "Nơi nhận: tm. uỷ ban nhân dân", "- UBND tỉnh (b/c); kt. chủ tịch".
_SMALL_BESIDE_COPIES = re.compile(r"(?:[;:.|\t]|\s\s)[ \t|]*(?P<small>[^\W\d_A-ZĐ][^\n;:|\t]*)$")
_LINE = re.compile(r"[^\n]+")


# A province's level whose "Ỉ" a copy lost, in the header's capitals: "ỦY BAN NHÂN DÂN" / "TNH PHÚ YÊN" (no word "TNH").
_PROVINCE_LETTER_LOST = re.compile(r"TNH(?<![^\W\d_]TNH)(?= (?P<name>[" + p.CAPITALS + r"]+(?: [" + p.CAPITALS
                                   + r"]+){0,2})\b)")


def _province_letter_lost(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), "TỈNH") for m in _PROVINCE_LETTER_LOST.finditer(text, 0, 3000)
            if gazetteer().is_province(title_words(m.group("name")))]


def _lost_capitals(text: str) -> list[tuple[int, int, str]]:
    """The header's short lines down to its motto (not a subject's going on in small letters), and the signature's
    authority and title, in small letters where the motto is: given back in capitals."""
    motto = _SMALL_MOTTO.search(text, 0, 3000) if "cộng h" in text else None  # looked for where its words are: fast
    if not motto:
        return []
    closing, changes, subject, numbered = text.rfind("Nơi nhận"), [], False, False
    motto_end = text.find("\n", motto.end()) % (len(text) + 1)  # the motto's line ends the header's lines looked at
    for line in _LINE.finditer(text, 0, motto_end):
        words = line.group()
        numbered = numbered or bool(_NUMBER_LINE.match(words))
        opens_subject = numbered and _SUBJECT_OPENS.match(words)  # (not a page's title "V/v …" above the header)
        subject = line.end() < motto_end and bool(opens_subject or subject and words.strip(" \t|")[:1].islower())
        if not subject and _small_line(words):
            changes.append((line.start(), line.end(), words.upper()))
    for line in list(_LINE.finditer(text, motto_end, motto_end + 120))[:3]:  # the title under the date: "kế hoạch"
        beside = _SMALL_BESIDE_MOTTO.match(line.group())
        if _small_line(line.group()) and _SMALL_MOTTO_TAIL.match(line.group()):
            changes.append((line.start(), line.end(), line.group().upper()))  # "độc lập - tự do - hạnh phúc"
        elif beside and _small_line(beside["small"]):
            changes.append((line.start() + beside.start("small"), line.start() + beside.end("small"),
                            beside["small"].upper()))
        elif _small_line(line.group()) and line.group().strip() in _TITLES_SMALL:
            changes.append((line.start(), line.end(), line.group().upper()))
            break
    # the signature after the copies, or before them after the text's end ("… báo cáo UBND tỉnh./." / "kt. giám đốc"),
    # or beside them ("- Lưu: VT. kt. giám đốc")
    signed = min((at for at in (closing, text.rfind("./.")) if at > motto.end()), default=-1)
    for line in _LINE.finditer(text, signed) if signed >= 0 else ():
        runs = [(line.start(), line.group())]  # the line, else its run beside the copies
        if beside := _SMALL_BESIDE_COPIES.search(line.group()):
            runs.append((line.start() + beside.start("small"), beside["small"]))
        for start, words in runs:
            if _small_line(words) and len(words.split()) <= 6 and (p.AUTHORITY_LINE.match(words.upper())
                                                                    or p.POSITION_LINE.match(words)):
                changes.append((start, start + len(words), words.upper()))
                break
    return changes


_TITLES_SMALL = frozenset(kind.lower() for kind in p.DOCUMENT_TYPES)

# A word of no small plain letter: "HUYệN", "HOà", "Uỷ", "Hà" (looked at whole: a word, not a run inside one).
_NO_SMALL_PLAIN = re.compile(r"(?<![^\W\d_])[^\W\d_a-z]{2,}(?![^\W\d_])")
# A capitals font's slip: a small marked letter before a plain capital, or after two ("HUYệN", "ứNG", "HOà"); no word
# of a letter's text has one (looked for by its letters, not by words, from the capital: the fastest way).
_SMALL_MARKED = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ"
# (a capital on either side of the small letter: "CộNG", "HUYệN"; not a word run into the next, "khổLễ hội")
_CAPITALS_SLIPPED = re.compile(f"[A-Z](?:(?<=[A-Z][{_SMALL_MARKED}][A-Z])|[A-Z][{_SMALL_MARKED}])")


def _capitals_font_slips(text: str) -> list[tuple[int, int, str]]:
    """A line a converter read from a capitals font (.VnTimeH) as the plain font: its marked capitals came out small
    ("HUYệN ứNG HOà", "CộNG HOà Xã HộI"); told by a word of two plain capitals or more holding a small marked letter,
    which no word is, and given back in capitals with the line's other words of no small plain letter ("Uỷ BAN"), its
    initials as they are ("UBND TỉNH"); not a line a legacy code left ("CéNG HOµ X· HéI": its words no syllables, read
    in their code)."""
    lines = {text.rfind("\n", 0, m.start()) + 1 for m in _CAPITALS_SLIPPED.finditer(text)}
    changes = []
    for start in sorted(lines):
        words = list(_NO_SMALL_PLAIN.finditer(text, start, text.find("\n", start) % (len(text) + 1)))
        if all(is_syllable(m.group().lower()) or m.group().isupper() for m in words):  # "UBND TỉNH", "KT. GIáM ĐốC"
            changes += [(m.start(), m.end(), m.group().upper()) for m in words if not m.group().isupper()]
    return changes


def _small_line(line: str) -> bool:
    return len(line) <= 60 and line == line.lower() and any(c.isalpha() for c in line)


# OCR's small letter for a capital of the same shape in a line or cell of capitals: "KẾT LUẬN CỦA BAN THƯỜNG vụ
# HUYỆN ỦY", "Nơi nhận: T/M BAN THƯỜNG vụ" (c, o, s, u, v, x differ in size alone); opened by the capital before
# it (the engine skips to the text's capitals).
_CASE_SLIP = re.compile(r"[" + p.CAPITALS + r"] (?P<slip>[cosuvxzòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữự]{1,3})(?![^\W\d_])")
_CELL_END = re.compile(r"[:|\t]|\s{2}|\n")  # where a line's cell ends: a side-by-side copy's gap or bar, a label


_CELL = 160  # characters: the longest cell of capitals looked at (a heading, an authority)


def _case_slips(text: str) -> list[tuple[int, int, str]]:
    changes = []
    for m in _CASE_SLIP.finditer(text):
        at, after = m.span("slip")
        start = max(text.rfind(sep, max(0, at - _CELL), at) + 1 for sep in ":|\t\n")
        end = found.start() if (found := _CELL_END.search(text, after, after + _CELL)) else after + _CELL
        if ((start or at < _CELL) and end - after < _CELL and len(text[start:end].split()) >= 3
                and f"{text[start:at]}{text[after:end]}".isupper()):
            changes.append((at, after, m.group("slip").upper()))
    return changes


def _among_digits(text: str, at: int) -> bool:
    """"20l9", "0l/2020" (a digit before it), "5/l2" (a date's slash before a digit), " l386/" (opening a number)."""
    before, after = text[at - 1 : at], text[at + 1 : at + 2]
    if before.isdigit():
        return True
    if before == "/":
        return after.isdigit() and text[at - 2 : at - 1].isdigit()
    return not (before.isalnum() or before in "_/") and bool(re.match(r"\d+/", text[at + 1 : at + 12]))


def _glued_words(text: str, words: frozenset[str]) -> list[tuple[int, int, str]]:
    """A word no syllable spells that is two, one way only ("dântỉnh" → "dân tỉnh") or at its one change
    of case ("BộNông"), or capitals run into a capitalised word ("ĐỐCTrần"). `words`: the census's glued words."""
    glued = {word: _glued_at(word) for word in words}
    return sorted((at, at + len(word), f"{word[:cut]} {word[cut:]}") for word, cut in glued.items()
                  for at in _places_of(word, text))  # most letters have none: the text is not walked again


def _places_of(word: str, text: str) -> list[int]:
    """Where a word _WORD finds stands in the text, as a word of its own (not inside a longer run of letters)."""
    places, at = [], text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (_IN_WORD.match(text, at - 1) if at else False) and not _IN_WORD.match(text, end):
            places.append(at)
        at = text.find(word, end)
    return places


_ACRONYM_TAIL = re.compile(r"[a-z][A-Z]{2,}$")
# A word in capitals and the abbreviation run into it: "TRƯỜNGMN AN MỸ", "PHÒNGGDĐT"; a word of its own, not a
# number's code ("7102/BYT-ATTP" is no "AT TP"). (Opened by a capital, the space before it looked at after.)
_ABBREVIATION_GLUED = re.compile(r"(?P<word>[" + p.CAPITALS + r"](?<!\S[" + p.CAPITALS + r"])[" + p.CAPITALS
                                 + r"]{1,6})(?P<tail>" + "|".join(map(re.escape, p.ISSUER_ABBREVIATIONS))
                                 + r")(?=[\s,;:|]|$)")


def _word_glued(text: str, signs: frozenset[str]) -> list[tuple[int, int, str]]:
    """A date's word run into its number ("ngày27/7"), a number's code into the next word ("TT-NHNNngày"), a word
    into "về việc", "tại", "và" or "ban hành" ("Thành phốvề việc", "Sở Xây dựngtại Tờ trình", "Thành phốvà dự thảo",
    "thành phốban hành Quy chế"), a word into the organ after it ("Bộ trưởngBộ Giáo dục"), a type's name into its
    number ("Quyết định137/QĐ-TTg"), "và" into an abbreviation ("PCTT vàTKCN"), "về" into "việc", "của" into its
    issuer ("củaUBND"), a comma into the next word ("thị xã,thành phố"), a district's word into its number ("quận3"),
    a unit's kind into its name ("xãYên Đĩnh"), the motto into the place ("Hạnh phúcHậu Lộc"): unambiguous, so
    mended even once. Only the patterns whose junction a token holds are run (`signs`: the census's)."""
    return [(m.start("glued"), m.end("glued"), m.group("glued") + " ")
            for kind in sorted(signs & _GLUE_BY_JUNCTION.keys()) for pattern in _GLUE_BY_JUNCTION[kind]
            for m in pattern.finditer(text)]


def _abbreviation_glued(text: str, signs: frozenset[str]) -> list[tuple[int, int, str]]:
    """An abbreviation run into the word before it, where that word is a syllable: unambiguous, so mended
    even once ("TRƯỜNGMN" → "TRƯỜNG MN"); not an acronym of short unmarked letters ("ATTP", an toàn thực phẩm, is
    no "AT TP")."""
    found = _ABBREVIATION_GLUED.finditer(text) if "abbreviation" in signs else ()
    return [(m.start(), m.end(), f"{m.group('word')} {m.group('tail')}") for m in found
            if is_syllable(m.group("word").lower()) and not (m.group().isascii() and len(m.group("word")) <= 3)]


# The signs a copy's damage leaves inside one token (a run between blank spaces), by the detector they call for: a
# text none of whose tokens shows a detector's sign is not walked by it. Where a copy ran two words, or a word and a
# number, together (each glue pattern's match holds its kind's junction): "ngày27/7", "Quyết định137/QĐ-TTg" (a
# letter, a digit); "củaUBND", "xãYên", "trưởngBộ", "vàTKCN" (a small letter, a capital); "NSNNngày", "CNĐPV/v" (a
# code's capital, a word); "xã,thành" (a comma, a letter); "phốvề", "dựngtại", "phốban hành", "vềviệc" (a letter, a
# short word); "TRƯỜNGMN", "SỞNN VÀ PTNT" (capitals, an abbreviation's first word: _abbreviation_run_on). Other
# damage: a fake bold's toned vowel twice ("KKẾẾ"); a syllable's opening consonants split off ("c ủa": the token "c");
# a lost tilde ("XàHỘI", "Xà HỘI"); OCR's "l" or "O" in a number ("20l9", "ngày 14 tháng Ol"); a font's slip ("PHỊNG",
# "ƯBND"); a capitals font's slip ("HUYệN"); a legacy code's letter ("gôûi", "®ª").
_SIGNS = {
    "digit": re.compile(r"(?:(?i:gày|háng|ăm|ố|uận|hường)|" + "|".join(p.TYPE_LAST_WORDS) + r")\d"),  # "NGÀY27"
    "case": re.compile(p.SMALL_LETTER + r"[" + p.CAPITALS + r"]"),
    "code": re.compile(r"[A-ZĐ](?:ngày|của|về|tại|và|V/v)"),
    "comma": re.compile(r",[^\W\d_]"),
    "run": re.compile(r"[^\W\d_](?:về|tại|và|ban|việc)"),
    "doubled": _TONED_TWICE,
    # (a syllable's opening consonants: "PCT", "TT" open none)
    "split": re.compile(r"(?<![^\W\d_])(?<!/)(?:ngh|[cgknpt]h|gi|ng|qu|tr|[bcdghklmnpqrstvxđ]|[ủúùũụ])$",
                        re.IGNORECASE),
    "tilde": re.compile(r"(?:[A-ZĐ]à|XÀ)[" + p.CAPITALS + r"]{2}|(?<![^\W\d_])Xà$"),
    "digit slip": re.compile(r"\d[lO]|[lO]\d|^[Ol]{2}$"),
    "year glued": re.compile(r"(?:19|20)\d\d[a-zđà-ỹ]{2}"),
    "font slip": re.compile(r"(?<![ưƯ])[ơƠ](?=ng\b|NG\b)|[ịỊ](?=ng\b|NG\b)|[hH][ịỊ][aA]\b|ƯB[A-ZĐ]{1,6}\b"),
    "capitals font": _CAPITALS_SLIPPED,
    "legacy": LEGACY_ONLY,  # a letter or sign of Latin-1 no Vietnamese word holds: VNI's "gôûi", TCVN3's "®ª"
}
# … and an abbreviation's first word after the capitals a token opens with (_ABBREVIATION_GLUED's; "NN VÀ PTNT" is
# three tokens).
_ABBREVIATION_TAIL = re.compile(r"(?:" + "|".join(sorted({re.escape(a.split()[0]) for a in p.ISSUER_ABBREVIATIONS}))
                                + r")(?:[,;:|]|$)")
_GLUE_BY_JUNCTION = {
    "digit": (p.DATE_WORD_GLUED, p.TYPE_NUMBER_GLUED, p.NUMBERED_UNIT_GLUED),
    "case": (p.OF_GLUED, p.UNIT_KIND_GLUED, p.ORGAN_GLUED, p.AND_BEFORE_GLUED, p.MOTTO_END_GLUED, p.FILED_GLUED),
    "code": (p.CODE_WORD_GLUED,),
    "comma": (p.COMMA_GLUED,),
    "run": (p.ABOUT_GLUED, p.AT_GLUED, p.AND_GLUED, p.ISSUING_GLUED, p.ABOUT_MATTER_GLUED),
}


def _where(signs: frozenset[str], sign: str, detector: Callable[[str], list[tuple[int, int, str]]],
           text: str) -> list[tuple[int, int, str]]:
    """What a detector finds, where a token shows its sign."""
    return detector(text) if sign in signs else []


def _census(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The signs a text's tokens show and its glued words: each token is looked at once (a letter's tokens are
    mostly every letter's)."""
    found = []
    for token in set(text.split()).difference(_UNREMARKABLE):  # the rest: looked up at once, in C
        if traits := _token_traits(token):
            found.append(traits)
        elif len(_UNREMARKABLE) < _UNREMARKABLE_MOST:
            _UNREMARKABLE.add(token)
    return frozenset().union(*(kinds for kinds, _ in found)), frozenset(w for _, words in found for w in words)


# The tokens seen to show no sign and hold no glued word: most of any letter's ("của", "tỉnh", "Quyết").
_UNREMARKABLE: set[str] = set()
_UNREMARKABLE_MOST = 1 << 17


@functools.lru_cache(maxsize=1 << 14)
def _token_traits(token: str) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """A token's signs and glued words (_WORD's words: no token boundary is inside one); None: neither."""
    kinds = frozenset(kind for kind, sign in _SIGNS.items() if sign.search(token))
    kinds |= {"abbreviation"} if _abbreviation_run_on(token) else set()
    glued = tuple(word for word in _WORD.findall(token) if _glued_at(word))
    return (kinds, glued) if kinds or glued else None


def _abbreviation_run_on(token: str) -> bool:
    """A token opening with capitals that spell a syllable, an abbreviation run into them ("TRƯỜNGMN")."""
    return token[:2].isupper() and any(token[:k].isupper() and is_syllable(token[:k].lower())
                                       and _ABBREVIATION_TAIL.match(token, k) for k in range(2, min(len(token), 8)))


# Pairs of words letters are made of, folded: the headers' and closings' phrases, the types, the fields of
# organs, and the verbs that open a subject ("ban hành", "thực hiện").
_KNOWN_PAIRS = frozenset(
    " ".join(words[i : i + 2])
    for phrase in (*p.OCR_PHRASES, *p.DOCUMENT_TYPES, *p.POSITIONS, *p.ORGAN_FIELDS, "ban hành", "triển khai",
                   "phê duyệt", "kiện toàn", "thành lập", "tổ chức", "công bố", "quy định")
    for words in [fold(phrase).split()] for i in range(len(words) - 1))


# A unit's kind, which no word runs into: "Ủy ban nhân dântỉnh", "Đảng bộ huyệncần", "DÂN SỰHUYỆN"; nor an organ's
# first word: "PHÒNG GD&ĐT THANH CHƯƠNGTRƯỜNG TH THANH HƯNG" (a web cell's two lines run together).
_UNIT_KINDS = frozenset({"tỉnh", "huyện", "quận", "xã", "phường", "đặc", "trường", "phòng", "sở"})  # "đặc khu" (2025)


def _opens_name(word: str) -> bool:
    """An Ê Đê or Jrai family name, "Ê" or "A" and a syllable ("Y Wơn Êban", "Ksor Ayun", "H' Mai Adrơng"): no
    word glued to a one-letter one."""
    return word[0] in "ÊA" and word[1:].islower()


@functools.lru_cache(maxsize=65536)
def _glued_at(word: str) -> int | None:
    """Where a glued word is cut; None for a word (a letter's words repeat: each is looked at once)."""
    if (word.isupper() and fold(word) == word.lower()) or is_syllable(word.lower()) or _ACRONYM_TAIL.search(word):
        return None  # a syllable, or "ODA", "UBND": an acronym; "VietGAP": a name ending in one
    cuts = [k for k in range(1 + _opens_name(word), len(word)) if is_syllable(word[:k].lower())
            and is_syllable(word[k:].lower()) and (word[k:].islower() or word[k].isupper())]
    capitals = [k for k in range(2, len(word) - 1) if word[:k].isupper() and word[k].isupper()
                and word[k + 1:].islower() and is_syllable(word[:k].lower()) and is_syllable(word[k:].lower())]
    camel = [k for k in cuts if word[k - 1].islower() and word[k].isupper()]
    if len(cuts) == 1 or len(camel) == 1:
        return (camel or cuts)[0]
    # "BANHÀNH": "BA NHÀNH" or "BAN HÀNH"; a pair of words letters are made of decides.
    known = [k for k in cuts if fold(f"{word[:k]} {word[k:]}") in _KNOWN_PAIRS]
    if len(known) == 1:
        return known[0]
    # "LÃNHỦY" ("UBND HUYỆN CAO LÃNHỦY BAN NHÂN DÂN XÃ …"): a committee's "ỦY" opens the second word, no "NHỦY".
    committee = [k for k in cuts if fold(word[k:]).lower() == "uy"]
    if len(committee) == 1:
        return committee[0]
    # "MỚINĂM": "mới năm" or "mớin ăm"; a syllable mostly opens with a consonant, so where one cut alone gives the
    # second word one, it is that.
    # … and never inside a syllable's opening cluster: "Bộtrưởng" is "Bộ trưởng", not "Bột rưởng".
    opening = [k for k in cuts if fold(word[k]).lower() in _CONSONANTS | {"đ"}
               and fold(word[k - 1 : k + 1]).lower() not in _CLUSTERS]
    if len(opening) == 1:
        return opening[0]
    return capitals[-1] if capitals else None


def mended(text: str, origins: LineOrigins, changes: list[tuple[int, int, str]]
           ) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """The text with each (start, end, replacement) made, in order and not overlapping, the origins moved
    along the line where one changed the length, and each as a repair with its place. A change adds or
    removes no line break: the lines stay the same."""
    repairs, parts = [], []
    done = line = line_start = shift = 0  # `shift`: what the changes so far moved the rest of the line by
    for start, end, repaired in changes:
        written = text[start:end]
        if repaired == written or start < done:
            continue
        if "\n" in text[line_start:start]:
            line += text.count("\n", line_start, start)
            line_start, shift = text.rfind("\n", 0, start) + 1, 0
        column = start - line_start + shift
        repairs.append(Repair(written, repaired, origins.of(line, column)))
        origins = origins.shifted(line, column, len(repaired) - len(written))
        shift += len(repaired) - len(written)
        parts += [text[done:start], repaired]
        done = end
    return "".join([*parts, text[done:]]), origins, tuple(repairs)
