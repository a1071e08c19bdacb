"""The text of a web page (a letter saved by Word as a web page, .htm, .html; a portal's page), wherever it
turns up: a site that printed a Word file's markup as its text gives a .txt holding "<p class=MsoNormal …>
S&#7889: 86-HD/T&#272TN-BTG</p>". The plain reader reads both.

Each paragraph, table cell, list item and line break becomes a line, the white space inside collapsed as a
browser does; entities are decoded ("&#272" → "Đ", "&Agrave;" → "À"); styles and scripts are dropped. Each
line keeps the line of the file its text starts on.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from build_tools.model import LineOrigins, Origin

# Elements that end a line where they open or close.
_BLOCKS = frozenset({"p", "div", "br", "tr", "td", "th", "li", "ul", "ol", "table", "h1", "h2", "h3", "h4", "h5",
                     "h6", "title", "blockquote", "pre", "hr", "section", "article", "header", "footer"})
_HIDDEN = frozenset({"style", "script", "xml", "noscript", "template"})
# A text that is a page's markup: an html, body or table element, or paragraphs and breaks throughout.
_PAGE_OPENING = re.compile(r"<(?:html|body|table)\b", re.IGNORECASE)
_BLOCK_TAG = re.compile(r"</?(?:p|div|br|td|tr)\b[^<>]*>", re.IGNORECASE)
_PARAGRAPH_OPENS, _PARAGRAPH_CLOSES = re.compile(r"<p\b", re.IGNORECASE), re.compile(r"</p>", re.IGNORECASE)


def is_page(text: str) -> bool:
    """Whether a text is a web page's markup rather than a letter that mentions a tag or two, or a copy whose lines
    keep some of its page's tags (most of its lines none: `lines_of_markup`)."""
    head = text[:20000]
    if _PAGE_OPENING.search(head):
        return True
    # (a page's paragraphs run over its lines, as Word wraps its markup; a copy's close where they open)
    return len(_BLOCK_TAG.findall(head)) >= 20 and any(
        _PARAGRAPH_OPENS.search(line) and not _PARAGRAPH_CLOSES.search(line) for line in head.split("\n"))


def page_text(markup: str) -> tuple[str, LineOrigins]:
    """The page's text, a line for each block, and where each line starts in the markup."""
    parser = _PageText()
    parser.feed(markup)
    parser.close()
    parser.end_line()
    lines, origins = [], []
    for text, line in parser.lines:
        if text or (lines and lines[-1]):  # one blank line between blocks at most, none at the top
            lines.append(text)
            origins.append([(0, Origin(line=line))] if text else [(0, None)])
    return "\n".join(lines).strip("\n"), LineOrigins.of_lines(origins)


# A copy of an old portal's page that kept some of its markup as text, each line of the copy still a line of it:
# "UBND TỈNH BẮC GIANG<br>SỞ Y TẾ<br>Số: 1045/KH-SYT", "Số:&nbsp;45/BC-PNV", "Sở NN&amp;PTNT", "… TỊCH<o:p></o:p>".
_MARKUP_LEFT = re.compile(r"&(?:nbsp|amp|quot|lt|gt|#\d{2,5});|<(?:br|/?p|o:p|a)\b", re.IGNORECASE)
# Word's styles such a copy pasted as text: "Normal 0 false false false MicrosoftInternetExplorer4", "/* Style
# Definitions */ table.MsoNormalTable {…}".
_WORD_STYLES = re.compile(r"^\s*(?:Normal\s+0(?:\s+false){2,}|/\*\s*Style\s+Definitions\s*\*/)")


def shows_markup(text: str) -> bool:
    """Whether a text copy kept a page's markup here and there (three such tags or entities or more)."""
    return len(_MARKUP_LEFT.findall(text, 0, 20000)) >= 3


def lines_of_markup(text: str) -> tuple[str, LineOrigins]:
    """Each line of such a copy read as the page it came from (a break a line of its own, entities decoded, tags
    and comments dropped), a line of Word's styles left blank; each line keeps the line it comes from."""
    lines, origins = [], []
    for number, line in enumerate(text.split("\n"), 1):
        parts = ([""] if _WORD_STYLES.match(line) else page_text(line)[0].split("\n") if "<" in line or "&" in line
                 else [line])
        for part in parts:
            lines.append(part)
            origins.append([(0, Origin(line=number))])
    return "\n".join(lines), LineOrigins.of_lines(origins)


class _PageText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int]] = []
        self._parts: list[str] = []
        self._starts_at = 0
        self._hidden = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self._hidden += tag in _HIDDEN
        if tag in _BLOCKS:
            self.end_line()

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in _BLOCKS:
            self.end_line()

    def handle_endtag(self, tag: str) -> None:
        self._hidden -= tag in _HIDDEN and self._hidden > 0
        if tag in _BLOCKS:
            self.end_line()

    def handle_data(self, data: str) -> None:
        if self._hidden or not (self._parts or data.strip(" \t\n\r\f")):
            return  # the markup's own line breaks and indents between blocks ("&nbsp;" is text: a blank line)
        if not self._parts:
            self._starts_at = self.getpos()[0]
        self._parts.append(data)

    def end_line(self) -> None:
        """Close the line the text since the last block boundary makes; an empty paragraph ("<p>&nbsp;</p>",
        as Word spaces its blocks) is a blank line, a boundary with no text between is none."""
        if self._parts:
            self.lines.append((" ".join("".join(self._parts).split()), self._starts_at))
        self._parts = []

