"""Lines of a letter, as written and in the clean form the parser matches on."""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools.text import match_form

# OCR and web copies wrap header lines in Markdown emphasis ("**ỦY BAN NHÂN DÂN") and end lines
# with Markdown hard breaks ("THỊ XÃ NGÃ NĂM  ", "…\\").
_EMPHASIS = re.compile(r"(?<!\S)[*_]+|[*_]+(?!\S)|^#+\s")
_HARD_BREAK = re.compile(r"(?:\s{2,}|\\)$")


@dataclass(frozen=True)
class Line:
    index: int  # 0-based line number in the letter
    raw: str  # as written
    clean: str  # emphasis and hard breaks removed, look-alikes fixed, new-style tones

    @property
    def blank(self) -> bool:
        # A web copy of a two-column header separates its cells by lines holding only "|".
        return not self.clean.strip(" |\t")


def clean_line(raw: str) -> str:
    text = _HARD_BREAK.sub("", raw.rstrip())
    text = _EMPHASIS.sub("", text)
    return match_form(text).strip()


def split_lines(text: str) -> list[Line]:
    return [Line(i, raw, clean_line(raw)) for i, raw in enumerate(text.split("\n"))]


def next_content(lines: list[Line], start: int) -> int | None:
    """Index of the first non-blank line at or after `start`."""
    for i in range(start, len(lines)):
        if not lines[i].blank:
            return i
    return None
