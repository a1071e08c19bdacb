"""Tone marks a sharing site's PDF text strung at each line's end ("V/v bao cáo nhanh tinh hinh thiêt hại ́ ̀ ̀ ̣"):
an old font drew some toned vowels as a letter and a mark, and the site's text kept the letters in place and the
marks, in order, after the line. Each line's marks go back on its syllables that carry none, in order, where
the letter itself says which: a syllable ending in p, t, c or ch takes a sắc or a nặng, and a toned word the
letter writes intact elsewhere ("hoạt động", "toàn") is the one meant. A line where the marks could go two
ways is left as written.
"""

from __future__ import annotations

import re
import unicodedata

from build_tools.text import TONE_MARKS, fold, is_syllable, new_style_tones

# One or more loose marks, each after a space or so, closing a line of the PDF: " ́ ̀ ̀ ̣". The spaces are counted
# (three at most): a run of them with no mark after is then passed over at once, not tried from each space.
_STRUNG = re.compile(r"(?:[ \t]{1,3}[" + "".join(TONE_MARKS) + r"])+(?=\s|$)")
_WORD = re.compile(r"[^\W\d_]+")
_ACUTE, _DOT = "\u0301", "\u0323"
_HATTED = "ăâêôơư"
_LINE_WIDTH = 100  # characters on a line of an A4 page at 13 points, spaces included
_EVIDENCE = 3  # a toned word the letter writes intact elsewhere outweighs any number of guesses


def strung_tones(text: str) -> list[tuple[int, int, str]]:
    """The changes (start, end, replacement) that put the strung marks back, and remove them from the lines'
    ends; none unless the damage shows at two lines or more (a mark or two may be a copy's stray)."""
    marks = [mark for mark in TONE_MARKS if mark in text]  # most letters hold none: no pattern is run
    if not any(f"{space}{mark}" in text for mark in marks for space in " \t"):
        return []
    lines = list(_STRUNG.finditer(text))
    if len(lines) < 2:
        return []
    starts = [_line_start(text, strung, before) for strung, before in zip(lines, [None, *lines[:-1]], strict=True)]
    # What the letter writes where no marks were lost: its toned words, and outside the damaged lines its bare ones.
    intact = {new_style_tones(word.lower()) for word in _WORD.findall(text) if _toned(word)}
    clean = _outside(text, [(start, strung.start()) for start, strung in zip(starts, lines, strict=True)])
    changes: list[tuple[int, int, str]] = []
    for strung, line_start in zip(lines, starts, strict=True):
        marks = [char for char in strung.group() if char in TONE_MARKS]
        words = [m for m in _WORD.finditer(text, line_start, strung.start()) if _bare_syllable(m.group())]
        placed = _placement([m.group() for m in words], marks, intact, clean)
        if placed is not None:
            changes += [(words[k].start(), words[k].end(), _with_tone(words[k].group(), mark)) for k, mark in placed]
            changes.append((strung.start(), strung.end(), ""))
    return changes


def _outside(text: str, damaged: list[tuple[int, int]]) -> set[str]:
    """The words, lower case, written outside the damaged lines (spans in order, apart): one pass."""
    words: set[str] = set()
    spans = iter(damaged)
    span = next(spans, None)
    for word in _WORD.finditer(text):
        while span and word.start() >= span[1]:
            span = next(spans, None)
        if not (span and span[0] <= word.start()):
            words.add(word.group().lower())
    return words


def _line_start(text: str, strung: re.Match, before: re.Match | None) -> int:
    """Where the PDF's line the marks close began: after the marks before, or the text's line, and no longer
    than a page's line is wide."""
    return max(before.end() if before else 0, text.rfind("\n", 0, strung.start()) + 1, strung.start() - _LINE_WIDTH)


def _placement(words: list[str], marks: list[str], intact: set[str], clean: set[str]) -> list[tuple[int, str]] | None:
    """Which word takes which mark, in order: the one best placement, or None where none fits or two fit equally.
    A toned form the letter writes intact counts for the mark; a bare one it writes outside the damage, against."""
    if len(marks) > len(words):
        return None  # more marks than bare syllables: not this damage
    # best[j] after i words: (score, ways, placement) with j marks placed among them.
    none = (float("-inf"), 0, [])
    best = [(0.0, 1, [])] + [none] * len(marks)
    for k, word in enumerate(words):
        after = [none] * (len(marks) + 1)
        for j, (score, ways, placed) in enumerate(best):
            if ways == 0:
                continue
            if not _needs_tone(word):
                after[j] = _better(after[j], (score + (word.lower() in clean), ways, placed))
            if j < len(marks) and _takes(word, marks[j]):
                gain = _EVIDENCE if new_style_tones(_with_tone(word, marks[j]).lower()) in intact else 0
                after[j + 1] = _better(after[j + 1], (score + gain, ways, [*placed, (k, marks[j])]))
        best = after
    score, ways, placed = best[len(marks)]
    return placed if ways == 1 else None


def _better(kept: tuple, new: tuple) -> tuple:
    if new[0] > kept[0]:
        return new
    return (kept[0], kept[1] + new[1], kept[2]) if new[0] == kept[0] else kept


def _toned(word: str) -> bool:
    return any(char in TONE_MARKS for char in unicodedata.normalize("NFD", word))


def _bare_syllable(word: str) -> bool:
    return not _toned(word) and is_syllable(word.lower())


def _needs_tone(word: str) -> bool:
    """A syllable ending in p, t, c or ch is never level: "hoat", "dip" lost a mark."""
    return fold(word).lower().endswith(("p", "t", "c", "ch"))


def _takes(word: str, mark: str) -> bool:
    return mark in (_ACUTE, _DOT) if _needs_tone(word) else True


def _with_tone(word: str, mark: str) -> str:
    """The mark on the vowel that carries a syllable's tone: a hatted one ("thiệt", "người"), the last before a
    final consonant ("toàn"), else the first of an open pair ("hòa", "của") or the middle of three ("ngoài")."""
    low = word.lower()
    skip = 2 if low.startswith(("qu", "gi")) and len(low) > 2 and fold(low[2]) in "aeiouy" else 0
    vowels = [i for i, char in enumerate(low) if i >= skip and fold(char) in "aeiouy"]
    hatted = [i for i in vowels if low[i] in _HATTED]
    if hatted:
        at = hatted[-1]
    elif len(vowels) == 1 or vowels[-1] < len(low) - 1:
        at = vowels[-1]
    else:
        at = vowels[len(vowels) // 2] if len(vowels) == 3 else vowels[0]
    return unicodedata.normalize("NFC", word[: at + 1] + mark + word[at + 1 :])
