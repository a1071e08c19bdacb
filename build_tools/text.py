"""Vietnamese text normalisation: one place for every way two spellings are made equal.

Letters are displayed as written; these functions produce the forms used for matching and search.
Every function here keeps the string's length unless its docstring says otherwise, so that a span
found in the matching form is the same span in the text as written (eyecite's SpanUpdater idea,
without the need for an updater).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter

# Combining tone marks (dấu thanh): huyền, sắc, hỏi, ngã, nặng.
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
LETTER_MARKS = frozenset("\u0302\u0306\u031b")  # â ê ô, ă, ơ ư: letters of their own, not tones
_VOWELS = set("aeiouyăâêôơư")
# Look-alikes seen in published letters: "QÐ-UBND" with U+00D0 (Icelandic eth) for U+0110 (Đ).
# Eth for "Đ"/"đ"; a soft hyphen a sharing site left for a list's dash ("\u00ad Như trên;").
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111", "\u00ad": "-"})


def nfc(text: str) -> str:
    """Unicode NFC, the form every stage after reading works on."""
    return unicodedata.normalize("NFC", text)


def fix_lookalikes(text: str) -> str:
    """Replace look-alike letters by the Vietnamese ones ("QÐ" → "QĐ"); length is kept."""
    # Looked for before translating: translate() walks every character through a dict, find() does not.
    return text.translate(_LOOKALIKES) if "\u00d0" in text or "\u00f0" in text or "\u00ad" in text else text


def _move_old_style_tone(syllable: str) -> str:
    """Move a tone from the second vowel of an open "oa", "oe", "uy" to the first: "hoá" → "hóa".

    "quý" is not old-style: after "q" the "u" is part of the consonant, so the tone stays on "y".
    """
    decomposed = unicodedata.normalize("NFD", syllable)
    tones = [c for c in decomposed if c in TONE_MARKS]
    if len(tones) != 1:
        return syllable
    bare = "".join(c for c in decomposed if c not in TONE_MARKS)
    bare_nfc = unicodedata.normalize("NFC", bare)
    match = re.fullmatch(r"([^aeiouyăâêôơư]*)(o[ae]|uy)", bare_nfc, flags=re.IGNORECASE)
    if not match or match.group(1).lower().endswith("q"):
        return syllable
    head, pair = match.group(1), match.group(2)
    tone = tones[0]
    # Where is the tone now? Only rewrite when it sits on the second vowel (old style).
    last = unicodedata.normalize("NFD", syllable[-1])
    if tone not in last:
        return syllable
    return unicodedata.normalize("NFC", head + pair[0] + tone + pair[1])


# Only a syllable ending in "o" + toned a/e or "u" + toned y can carry an old-style tone ("hoá", "thuỷ"):
# the others are skipped without decomposing them (this runs over every line of every letter). The
# pattern starts at the pair, which the engine finds fast; the word's beginning is looked up after. Both
# cases are spelled out rather than re.IGNORECASE: each branch then opens with one letter, which the engine
# skips to without trying the branches at every place (3× faster).
_TONED = {base: "".join(unicodedata.normalize("NFC", base + tone) for tone in TONE_MARKS) for base in "aey"}
_PAIRS = {"o": _TONED["a"] + _TONED["e"], "u": _TONED["y"]}
_OLD_STYLE_ENDING = re.compile("(?:" + "|".join(f"{first}[{toned}{toned.upper()}]" for vowel, toned in _PAIRS.items()
                                                for first in (vowel, vowel.upper())) + r")(?!\w)")


def new_style_tones(text: str) -> str:
    """Make old and new tone placement equal: "hoá" → "hóa", "uỷ" → "ủy", "khoẻ" → "khỏe".

    NFC in, NFC out, length kept (each syllable keeps its number of code points).
    """
    def moved(ending: re.Match) -> str:
        start = ending.start()
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] == "_"):  # what \w matches
            start -= 1
        head = text[start : ending.start()]
        return _move_old_style_tone(head + ending.group())[len(head):]

    return _OLD_STYLE_ENDING.sub(moved, text)


def _fold_table() -> dict[int, str]:
    """Each lower-case letter with diacritics → its base letter: "ế" → "e", "đ" → "d"."""
    table = {ord("đ"): "d"}
    for code in range(0xC0, 0x2000):
        char = chr(code)
        base = unicodedata.normalize("NFD", char)[0]
        if base != char and char == char.lower():
            table[code] = base
    return table


# As a string indexed by code point, with the look-alikes' lower case ("ð" for "đ", a soft hyphen for a dash, a
# curly apostrophe for the straight one: "M’Đrắk" is "M'Đrắk"): translate() reads a string twice as fast as a dict,
# and one pass does both.
_FOLD_BY_CODE = {**_fold_table(), ord("ð"): "d", 0xAD: "-", ord("’"): "'"}
_FOLD = "".join(_FOLD_BY_CODE.get(code, chr(code)) for code in range(0x2020))


def fold(text: str) -> str:
    """Lower case without diacritics, "đ" as "d": "Quyết định" → "quyet dinh". Length is kept."""
    return text.lower().translate(_FOLD)


# OCR's letters for digits in a figure: "ngày O2", "l5/11/2013", "2OO8", "Ol/2002" ("O" for 0, "l" and "I" for 1), where
# the figure holds a digit and no letter stands against it ("Điều l.", "QH1l" and "I2C" are left).
_OCR_DIGIT_HINT = re.compile(r"[OlI](?:(?<=[0-9].)|/?[0-9])")  # opens with its letters: four times faster than "\d…"
_OCR_FIGURE = re.compile(r"(?<![^\W\d_])(?=[\dOlI/]*\d)[\dOlI]{1,4}(?:/[\dOlI]{1,4}){0,2}(?!\w)")
_OCR_DIGITS = str.maketrans("OlI", "011")


def ocr_digits(text: str) -> str:
    """A figure OCR read with letters for digits, as digits ("ngày O2" → "ngày 02"); length is kept."""
    if not _OCR_DIGIT_HINT.search(text):
        return text
    return _OCR_FIGURE.sub(lambda m: m.group().translate(_OCR_DIGITS), text)


# OCR's slips in a letter's words the parser looks for, none of them a word or phrase of its own: "ngàv" and "ngảy"
# for "ngày", "Nơi nhân" for "Nơi nhận" (the copies' head), "Căn cử" for "Căn cứ" (the grounds); and an "l" for an
# "I" between capitals ("CÔNG AN TlNH THÁI BÌNH"; no Vietnamese word holds an "l" but at its start). The pattern opens
# with its letter, which the engine looks for fast. A copy that lost the first letter of "ỦY BAN" and left its "y"
# small ("y BAN KIỂM TRA") is matched in capitals; a VNI page's number word left in its codes ("Soá:", a word Unicode's
# letters spell: encodings.legacy_words leaves it; "Sóa:" in new-style tones) is the number's. A scan's "Ưy ban" (the
# hook read for the mark above) is the "Ủy ban". A font's "PHỊNG" (its "Ò" mapped to "Ị") is the "PHÒNG".
_OCR_PHRASES = (("ngàv", "ngày"), ("ngảy", "ngày"), ("Nơi nhân", "Nơi nhận"), ("Căn cử", "Căn cứ"),
                ("y BAN ", "Y BAN "), ("Sóa:", "Số :"), ("Nôi nhận", "Nơi nhận"), ("Ưy ban", "Ủy ban"),
                ("ƯY BAN", "ỦY BAN"), ("PHỊNG", "PHÒNG"), ("Phịng", "Phòng"))
_CAPITAL_L = re.compile(r"l(?=[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ])"
                        r"(?<=[A-ZĐÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]l)")


def ocr_words(text: str) -> str:
    """The words OCR misread that the parser looks for, mended; length is kept."""
    for slip, word in _OCR_PHRASES:
        if slip in text:
            text = text.replace(slip, word)
    return _CAPITAL_L.sub("I", text)


def match_form(text: str) -> str:
    """The form the parser matches on: look-alikes fixed, new-style tones, OCR's letters in figures as digits and
    its slips in the words looked for mended; length is kept."""
    return ocr_words(ocr_digits(new_style_tones(fix_lookalikes(text))))


def squash_spaces(text: str) -> str:
    """Collapse runs of white space into one space and strip (changes length)."""
    return " ".join(text.split())


def slugify(text: str) -> str:
    """A URL part from Vietnamese text: "UBND tỉnh Sóc Trăng" → "ubnd-tinh-soc-trang"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def is_speck(text: str) -> bool:
    """No letter or digit in it: a scan's specks (",*", "~ \\ ;"), a rule's strokes."""
    return not any(c.isalnum() for c in text)


def is_upper_text(text: str) -> bool:
    """True when every letter is a capital ("ỦY BAN NHÂN DÂN"); at least two letters."""
    return text.isupper() and sum(map(str.isalpha, text)) >= 2


def capitalise_first(text: str) -> str:
    """Upper-case the first character when it is a letter: "tập trung …" → "Tập trung …"."""
    stripped = text.lstrip()
    if not stripped[:1].isalpha():
        return text
    start = len(text) - len(stripped)
    return text[:start] + stripped[0].upper() + stripped[1:]


def title_words(text: str) -> str:
    """Each word capitalised, for proper names: "SÓC TRĂNG" → "Sóc Trăng"."""
    return " ".join(capitalise_first(word.lower()) for word in text.split())


# A Vietnamese syllable, folded: initial consonant, one to three vowels, final consonant
# ("nghieng", "truong", "uy", "khuyen"). Loan words and abbreviations are not syllables.
_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")
_VIETNAMESE_LETTERS = frozenset(
    "bcdđghklmnpqrstvx"
    + "".join(unicodedata.normalize("NFC", vowel + tone) for vowel in "aăâeêioôơuưy" for tone in ("", *TONE_MARKS))
)
_WORD = re.compile(r"[^\W\d_]+")


def vietnamese_share(text: str, sample: int = 1000) -> float:
    """The share of the words of a text (its first `sample` characters after any blank space it opens
    with) that are Vietnamese syllables.

    Words in capitals of up to six ASCII letters ("UBND", "TH") are abbreviations and not counted. A
    letter scores above 0.8; bytes decoded through a legacy table that were never Vietnamese, far below.
    Each distinct word is checked once: a letter repeats its words.
    """
    start = len(text) - len(text.lstrip())
    total = syllables = 0
    for word, n in Counter(_WORD.findall(text, start, start + sample)).items():
        if (syllable := _counted_syllable(word)) is not None:
            total += n
            syllables += n * syllable
    return syllables / total if total else 0.0


@functools.lru_cache(maxsize=1 << 15)  # a letter's words are the language's: each is looked at once
def _counted_syllable(word: str) -> bool | None:
    """Whether a word is a syllable; None for an abbreviation, which is not counted ("UBND", "TH")."""
    return None if word.isascii() and word.isupper() and len(word) <= 6 else is_syllable(word.lower())


# Endings no syllable has, toneless: "yê", "uô", "ươ", "â", "ă" open ("yên", "muôn", "dân": "YÊNỦY" is no "YÊ NỦY",
# "dânhuyện" no "dâ nhuyện"; an open "iê" is
# left to the Ê Đê names, "Niê"); "ch" and "nh" after a vowel other than a, ê, i, y ("cuộc họp" is no "cuộch ọp");
# "ue" but after "q" ("que", "quen"; "Dengue" is no "De ngue").
_NO_SYLLABLE_ENDS = re.compile(r"(?:yê|uô|ươ|[âă])$|[^aêiy](?:ch|nh)$|(?<!q)uen?$")
# Vowels no rhyme sets side by side, folded ("sởy" is no syllable: "SởY tế" is "Sở Y tế"); not "ươu" ("rượu"), "gio"
# ("giỏi"), "iốt", nor the "Ea" of the Central Highlands' names ("Ea Kar").
_NO_SYLLABLE_VOWELS = re.compile(r"aa|ae|ee|ei|ey|ii|(?<=[bcdhklmnpqrstvx])io|iy|oy|(?<!u)ou|yi|yo|yy")
# A syllable closed by p, t, c or ch takes the sắc or the nặng tone only ("hợp", "tốt"; no "hờp").
_STOP_FINAL = re.compile(r"(?:[ptc]|ch)$")
_LEVEL_TONES_OF_STOPS = frozenset("\u0300\u0309\u0303")  # huyền, hỏi, ngã


def without_tones(text: str) -> str:
    """The text with its tone marks taken off, its letters' own marks kept: "huyện" → "huyên" (fold takes both)."""
    return unicodedata.normalize("NFC", "".join(c for c in unicodedata.normalize("NFD", text) if c not in TONE_MARKS))


@functools.lru_cache(maxsize=1 << 16)  # a language has a few thousand syllables: each is checked once
def is_syllable(word: str) -> bool:
    """A Vietnamese syllable, lower case ("huyện" is one, "huyfn" is not)."""
    decomposed = unicodedata.normalize("NFD", word)
    tones = sum(1 for c in decomposed if c in TONE_MARKS)
    toneless = without_tones(word)
    stopped_wrongly = _STOP_FINAL.search(toneless) and any(c in _LEVEL_TONES_OF_STOPS for c in decomposed)
    folded = fold(word)
    return (tones <= 1 and set(word) <= _VIETNAMESE_LETTERS and bool(_SYLLABLE.fullmatch(folded))
            and not _NO_SYLLABLE_ENDS.search(toneless) and not _NO_SYLLABLE_VOWELS.search(folded)
            and not stopped_wrongly)



def iso_date(day: int, month: int, year: int) -> str | None:
    """A day written in a letter as ISO ("2024-04-26"); None for one no calendar has (a month 13, a day 32)."""
    return f"{year:04d}-{month:02d}-{day:02d}" if 1 <= day <= 31 and 1 <= month <= 12 else None
