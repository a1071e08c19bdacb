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
from collections.abc import Callable, Iterator

from whoosh.analysis import Token, Tokenizer

from build_tools.text import fix_lookalikes, fold, new_style_tones

# A document number, or a word: "1198/UBND-TH", "142/2024/QH15", "977-QĐ/TU"; "tăng", "2024".
_TOKEN = re.compile(r"\d+[^\W_]*(?:[/-][^\W_]+)+|[^\W_]+")
_PARTS = re.compile(r"[^\W_]+")


def accented(text: str) -> str:
    """Lower case, look-alikes fixed, new-style tones: the accented form (same length)."""
    return new_style_tones(fix_lookalikes(text).lower())


class VietnameseTokenizer(Tokenizer):
    """Words and document numbers of one form of the text (`form` maps text to text, same length)."""

    def __init__(self, form: Callable[[str], str]):
        self.form = form

    def __eq__(self, other: object) -> bool:
        return isinstance(other, VietnameseTokenizer) and other.form is self.form

    def __call__(self, value: str, positions: bool = False, chars: bool = False, keeporiginal: bool = False,
                 removestops: bool = True, start_pos: int = 0, start_char: int = 0, tokenize: bool = True,
                 mode: str = "", **kwargs) -> Iterator[Token]:
        # One Token, changed and yielded again for each word, as Whoosh's own tokenizers do: a new
        # object per word cost a third of the indexing time.
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        token.boost, token.stopped = 1.0, False
        text = self.form(value)
        spans = _spans(text) if tokenize else [(text, 0, len(text), 0)]
        for word, start, end, pos in spans:
            token.text = word
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar, token.endchar = start_char + start, start_char + end
            yield token


def _spans(text: str) -> Iterator[tuple[str, int, int, int]]:
    """(token, start, end, position) of each word and number; a number's parts share its position."""
    for pos, match in enumerate(_TOKEN.finditer(text)):
        word = match.group()
        yield word, match.start(), match.end(), pos
        if "/" in word or "-" in word:
            for part in _PARTS.finditer(word):
                yield part.group(), match.start() + part.start(), match.start() + part.end(), pos


def accented_analyzer() -> VietnameseTokenizer:
    return VietnameseTokenizer(accented)


def folded_analyzer() -> VietnameseTokenizer:
    return VietnameseTokenizer(fold)


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
