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


def plain_text(markdown: str) -> str:
    """A letter's Markdown body as the text a reader sees: no footnote references, no emphasis marks."""
    text = re.sub(r"\[\^\d+\](?::)?", "", markdown)
    return unescape_markdown(re.sub(r"(?<!\\)[*_]{1,3}", "", text))


def unescape_markdown(text: str) -> str:
    """Back from escaped Markdown to the text as written (for excerpts and search)."""
    return html.unescape(_ESCAPED.sub(r"\1", text))
