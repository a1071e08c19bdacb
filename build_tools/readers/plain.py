"""Reader for plain text and Markdown-ish OCR output (.txt, .md), and web pages (.htm, .html): UTF-8 with or
without BOM, UTF-16, the legacy Vietnamese encodings."""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from build_tools.model import LineOrigins, Origin, SourceText
from build_tools.readers import UnreadableLetter, encodings, register
from build_tools.readers.accents import restored_where_stripped
from build_tools.readers.repair import mended_words
from build_tools.readers.webpage import is_page, lines_of_markup, page_text, shows_markup
from build_tools.text import nfc, vietnamese_share

# Every byte but the control codes (tab and line breaks aside): deleting them leaves the control codes to count.
_NOT_CONTROL = bytes(b for b in range(256) if b >= 0x20 or b in b"\t\n\r")
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes) -> tuple[str, str]:
    """Decode the bytes of a text letter; return (text, encoding) or raise UnreadableLetter.

    UTF-8 and UTF-16 first; then the pre-Unicode Vietnamese encodings, converted to Unicode.
    """
    if not data.strip():
        raise UnreadableLetter("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return _unless_legacy(data.decode(encoding), encoding)
            except UnicodeDecodeError as error:
                reason = f"not valid {encoding} after its byte-order mark: {error.reason} at byte {error.start}"
                raise UnreadableLetter(reason) from error
    if b"\x00" in data:
        raise UnreadableLetter("binary file (it holds NUL bytes), not text")
    if len(data[:65536].translate(None, _NOT_CONTROL)) > 0.05 * min(len(data), 65536):
        # VISCII writes six capitals with control codes, but a letter is mostly letters.
        raise UnreadableLetter("binary file (mostly control bytes), not text")
    try:
        return _unless_legacy(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        utf8_error = error
    if encodings.is_windows_1258(data):
        return data.decode("cp1258"), "cp1258"
    legacy = encodings.legacy_encoding(data.decode("latin-1"))
    if legacy:
        return encodings.from_legacy(data.decode("latin-1"), legacy), legacy
    line = data.count(b"\n", 0, utf8_error.start) + 1
    raise UnreadableLetter(f"not UTF-8 text ({utf8_error.reason} at line {line}, byte {utf8_error.start}), "
                           "nor TCVN3, VNI, VISCII or Windows-1258")


def _unless_legacy(text: str, encoding: str) -> tuple[str, str]:
    """Unicode text may still hold a legacy encoding read byte for byte ("Coäng hoøa" in a web copy)."""
    legacy = encodings.legacy_encoding(text)
    return (encodings.from_legacy(text, legacy), legacy) if legacy else (text, encoding)


# Control codes (tab and line break aside) and private-use code points: what a binary file decoded as text is made
# of (spaces of other widths and zero-width characters are text a copy carries: readers/__init__.py makes them plain).
_NOT_TEXT = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ue000-\uf8ff]")


# Below this share of Vietnamese syllables a text is not a letter: letters score above 0.9 (abbreviations
# and names are the rest); bytes that only a legacy table decodes, never having been Vietnamese, far less.
MIN_VIETNAMESE_SHARE = 0.5


# A letter is a few pages; a text file far larger is a dump of many, to be split before it is published.
MAX_TEXT_BYTES = 10 * 1024 * 1024


@register(".txt", ".md")
def read_plain(path: Path) -> SourceText:
    return _read(path, page=False)


@register(".htm", ".html")
def read_page(path: Path) -> SourceText:
    """A letter saved as a web page: the text of its paragraphs and cells (readers/webpage.py)."""
    return _read(path, page=True)


def _read(path: Path, page: bool) -> SourceText:
    size = path.stat().st_size
    if size > MAX_TEXT_BYTES:
        raise UnreadableLetter(f"{size / 1024 / 1024:.0f} MB of text is not one letter (limit "
                               f"{MAX_TEXT_BYTES // 1024 // 1024} MB): split it into its letters")
    text, encoding = decode(path.read_bytes())
    text = nfc(text.replace("\r\n", "\n").replace("\r", "\n"))
    if len(_NOT_TEXT.findall(text)) > 0.05 * len(text):
        raise UnreadableLetter("binary file: mostly control characters, not text")
    # Line breaks are only unified ("\r\n" → "\n"): the text's lines are the file's lines, but for a page's
    # markup (a site that printed a Word file's HTML as its text), whose blocks are the lines.
    origins = LineOrigins(((0, 0, Origin(line=1)),))
    if page or is_page(text):
        text, origins = page_text(text)
    elif shows_markup(text):
        text, origins = lines_of_markup(text)
    if not any(c.isalpha() for c in text):
        raise UnreadableLetter("no letters in the text")
    share = vietnamese_share(text)
    if share < MIN_VIETNAMESE_SHARE:
        how = f"the bytes decode only as {encodings.NAMES[encoding]}, and then " if encoding in encodings.NAMES else ""
        raise UnreadableLetter(f"not a letter: {how}{share:.0%} of its words are Vietnamese syllables")
    notes = (f"đã chuyển sang Unicode từ bảng mã {encodings.NAMES[encoding]}",) if encoding in encodings.NAMES else ()
    text, origins, repairs = mended_words(text, origins)
    text, restored = restored_where_stripped(text, origins)
    return SourceText(str(path), text, encoding, "html" if page else "text", notes, origins, repairs + restored)
