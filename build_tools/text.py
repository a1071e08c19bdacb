"""Vietnamese text normalisation: one place for every way two spellings are made equal.

Letters are displayed as written; these functions produce the forms used for matching and search.
Every function here keeps the string's length unless its docstring says otherwise, so that a span
found in the matching form is the same span in the text as written (eyecite's SpanUpdater idea,
without the need for an updater).
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (dấu thanh): huyền, sắc, hỏi, ngã, nặng.
TONE_MARKS = "\u0300\u0301\u0309\u0303\u0323"
_VOWELS = set("aeiouyăâêôơư")
# Look-alikes seen in published letters: "QÐ-UBND" with U+00D0 (Icelandic eth) for U+0110 (Đ).
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def nfc(text: str) -> str:
    """Unicode NFC, the form every stage after reading works on."""
    return unicodedata.normalize("NFC", text)


def fix_lookalikes(text: str) -> str:
    """Replace look-alike letters by the Vietnamese ones ("QÐ" → "QĐ"); length is kept."""
    return text.translate(_LOOKALIKES)


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


_SYLLABLE = re.compile(r"\w+")


def new_style_tones(text: str) -> str:
    """Make old and new tone placement equal: "hoá" → "hóa", "uỷ" → "ủy", "khoẻ" → "khỏe".

    NFC in, NFC out, length kept (each syllable keeps its number of code points).
    """
    return _SYLLABLE.sub(lambda m: _move_old_style_tone(m.group(0)), text)


class _FoldTable(dict):
    """Character → its base letter ("ế" → "e", "đ" → "d"), worked out once per character met.

    str.translate with this table folds a letter's text several times faster than decomposing every
    character: the browser index folds every letter of the archive.
    """

    def __missing__(self, code: int) -> str:
        char = chr(code)
        self[code] = "d" if char == "đ" else unicodedata.normalize("NFD", char)[0]
        return self[code]


_FOLD = _FoldTable()


def fold(text: str) -> str:
    """Lower case without diacritics, "đ" as "d": "Quyết định" → "quyet dinh". Length is kept."""
    return fix_lookalikes(text).lower().translate(_FOLD)


def match_form(text: str) -> str:
    """The form the parser matches on: look-alikes fixed, new-style tones; length is kept."""
    return new_style_tones(fix_lookalikes(text))


def squash_spaces(text: str) -> str:
    """Collapse runs of white space into one space and strip (changes length)."""
    return " ".join(text.split())


def slugify(text: str) -> str:
    """A URL part from Vietnamese text: "UBND tỉnh Sóc Trăng" → "ubnd-tinh-soc-trang"."""
    return re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")


def is_upper_text(text: str) -> bool:
    """True when every letter is a capital ("ỦY BAN NHÂN DÂN"); at least two letters."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


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
