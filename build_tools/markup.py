"""Escaping letter text for Markdown and HTML: a letter is data, never markup.

Used by the parser for the letter's body (which keeps the OCR's bold and italics) and by the site
for every value it puts into generated pages.
"""

from __future__ import annotations

import html
import re

# Characters Markdown (with attr_list and footnotes) would read as markup inside a line.
_INLINE = re.compile(r"([\\`\[\]{}|!#*_])")
_INLINE_KEEP_EMPHASIS = re.compile(r"([\\`\[\]{}|])")


def escape_html(text: str) -> str:
    """For HTML text and attribute values."""
    return html.escape(text, quote=True)


def escape_markdown(text: str, keep_emphasis: bool = False) -> str:
    """HTML escaped, then Markdown's inline markup; `keep_emphasis` leaves * and _ (bold, italics)."""
    pattern = _INLINE_KEEP_EMPHASIS if keep_emphasis else _INLINE
    # str.replace, not translate(): it runs in C without a dictionary lookup per character.
    return pattern.sub(r"\\\1", text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


_ESCAPED = re.compile(r"\\([\\`\[\]{}|!#*_.>)-])")


_NOTE_REFERENCE = re.compile(r"\[\^\d+\](?::)?")
# One to three marks not escaped: the mark looked for first, the character before it after (a look-behind
# first is tried at every place of a text; 3× slower).
_EMPHASIS_MARKS = re.compile(r"[*_](?<!\\.)[*_]{0,2}")


def plain_text(markdown: str) -> str:
    """A letter's Markdown body as the text a reader sees: no footnote references, no emphasis marks."""
    return unescape_markdown(_EMPHASIS_MARKS.sub("", _NOTE_REFERENCE.sub("", markdown)))


def unescape_markdown(text: str) -> str:
    """Back from escaped Markdown to the text as written (for excerpts and search)."""
    return html.unescape(_ESCAPED.sub(r"\1", text))
