"""The Vietnamese analyser, one for indexing and querying.

Two forms of every text: *accented* (lower case, old and new tone placement made equal: "hoá" =
"hóa", "uỷ" = "ủy") and *folded* (no diacritics, "đ" as "d"). An accented query is searched in both,
the accented form weighted higher, so exact accents rank first; a query typed without diacritics
finds the folded form. A document number ("1198/UBND-TH", "977-QĐ/TU") is one token, and its parts
("1198", "ubnd", "th") are tokens too, at the same position.

Both forms keep the length of the text (`text.fold`, `text.new_style_tones`), so token offsets point
into the text as written and highlights land on the original wording.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from build_tools.text import fix_lookalikes, fold, new_style_tones

# A document number, or a word: "1198/UBND-TH", "142/2024/QH15", "977-QĐ/TU"; "tăng", "2024".
_TOKEN = re.compile(r"\d+[^\W_]*(?:[/-][^\W_]+)+|[^\W_]+")
_PARTS = re.compile(r"[^\W_]+")


def accented(text: str) -> str:
    """Lower case, look-alikes fixed, new-style tones: the accented form (same length)."""
    return new_style_tones(fix_lookalikes(text).lower())


def accented_tokens(text: str) -> list[str]:
    """The accented words and numbers of a text, each number followed by its parts: "Số 1198/UBND" →
    ["số", "1198/ubnd", "1198", "ubnd"]."""
    return [token for token, *_ in _spans(accented(text))]


# The marks Vietnamese letters decompose into: tones (grave, acute, tilde, hook, dot below), breve,
# circumflex and horn.
_VIETNAMESE_MARKS = ("\u0300", "\u0301", "\u0303", "\u0309", "\u0323", "\u0306", "\u0302", "\u031b")
# What may stay in a folded text besides ASCII: punctuation `fold` leaves as it is, and no word
# character (so the ASCII patterns below find every word).
_NOT_PLAIN = re.compile("[^\x00-\x7f\xa0\xab\xb0\xbb\u2013\u2014\u2018\u2019\u201c\u201d\u2022\u2026]")


def search_fold(text: str) -> str:
    """`text.fold`, five times faster on a Vietnamese text: Unicode's decomposition with the marks
    taken off, in C. The same string as `fold` whenever every letter is Latin (anything else, and
    any change of length, falls back to `fold`), so it keeps the text's length too."""
    folded = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("ð", "d"))
    for mark in _VIETNAMESE_MARKS:
        folded = folded.replace(mark, "")
    return folded if len(folded) == len(text) and not _NOT_PLAIN.search(folded) else fold(text)


_WORD_ASCII = re.compile(r"[a-z0-9]+")
_NUMBER_ASCII = re.compile(r"\b[0-9][a-z0-9]*(?:[/-][a-z0-9]+)+", re.ASCII)


def index_tokens(folded: str) -> list[str]:
    """The tokens of a folded text as the command line's index counts them: every word, every
    document number whole, and the number's parts as words ("so 12/qd-ub" → so, 12, qd, ub,
    12/qd-ub; the order is not kept). On plain text two ASCII patterns in C; else the analyser."""
    if _NOT_PLAIN.search(folded) is None:
        plain = folded.replace("_", " ")
        return _WORD_ASCII.findall(plain) + _NUMBER_ASCII.findall(plain)
    return [token for token, *_ in _spans(folded)]


def _spans(text: str) -> Iterator[tuple[str, int, int, int]]:
    """(token, start, end, position) of each word and number; a number's parts share its position."""
    for pos, match in enumerate(_TOKEN.finditer(text)):
        word = match.group()
        yield word, match.start(), match.end(), pos
        if "/" in word or "-" in word:
            for part in _PARTS.finditer(word):
                yield part.group(), match.start() + part.start(), match.start() + part.end(), pos


def number_key(number: str) -> str:
    """A number as compared in the index: "Số: 1198 / UBND-TH" → "1198/ubnd-th", "QĐ" = "QD"."""
    text = re.sub(r"^\s*s[ốo]\s*:?\s*", "", fold(number))
    return re.sub(r"\s*([/-])\s*", r"\1", text).strip()


def folded_tokens(text: str) -> list[str]:
    """The folded words and whole document numbers of a text, in order: "Số 12/QĐ" → ["so", "12/qd"]."""
    return _TOKEN.findall(fold(text))


def number_prefixes(key: str) -> list[str]:
    """A number key's leading parts, as a citizen types a number from its start: "1198/ubnd-th" →
    ["1198", "1198/ubnd", "1198/ubnd-th"]."""
    return [key[:separator.start()] for separator in re.finditer(r"[/-]", key)] + [key]


def number_parts(token: str) -> list[str]:
    """The parts of a document number ("1198/ubnd-th" → ["1198", "ubnd", "th"]); none for a plain word."""
    return _PARTS.findall(token) if "/" in token or "-" in token else []


def looks_like_number(query: str) -> bool:
    """"1198", "1198/UBND-TH", "Số 1198 / UBND-TH": a query for a document number."""
    return bool(re.fullmatch(r"\d+[^\W_]*(?:[/-][^\W_]+)*", number_key(query)))
