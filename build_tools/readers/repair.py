"""Number repair (sửa số ký hiệu) for text read from a PDF's text layer or by OCR (the rules: numbers.py).

Only tokens shaped like a document number — digits, "/" or "-", then a code with a capital letter
("1961/QĐ-UBND", "61/2018/NĐ-CP", "24-NQ/TU") — are touched; running text, dates and ranges
("giai đoạn 20112020", "27/12/2023") stay as they are:

- a hyphen the PDF lost between the type code and the issuer code: "1961/QĐUBND" → "1961/QĐ-UBND",
  "61/2018/NĐCP" → "61/2018/NĐ-CP", "539/TTgQHĐP" → "539/TTg-QHĐP";
- look-alike letters: "Ð" (U+00D0, Icelandic eth) for "Đ"; OCR's "Ñ" ("01/NÑQ-CP" → "01/NQ-CP"),
  a letter Vietnamese does not have; a letter OCR doubled ("12689/QĐĐ-UBND" → "12689/QĐ-UBND").
"""

from __future__ import annotations

import re

from build_tools.model import LineOrigins, Repair
from build_tools.numbers import repair_code

# A document-number-shaped token: digits (and a letter: "30c"), maybe "/2018", then "/" or "-" and a
# code holding a letter. Not preceded by a letter, digit or slash: "62/63" and dates have no letter.
_TOKEN = re.compile(r"(?<![\w/])(?P<head>\d{1,6}[a-zđ]?(?:/\d{4})?[/-])(?P<code>(?=[\w/-]*[^\W\d_])[\w/-]*\w)")


def repair_numbers(text: str) -> str:
    """Repair every document-number-shaped token in the text; everything else is left as it is."""
    return _TOKEN.sub(lambda m: m.group("head") + repair_code(m.group("code")), text)


def repaired_text(text: str, origins: LineOrigins) -> tuple[str, LineOrigins, tuple[Repair, ...]]:
    """The text (NFC, as the readers give it) with its numbers repaired, the origins moved along the
    line where a repair changed the length, and each repair with the place it was made. A repair
    adds or removes no line break: the lines stay the same."""
    repairs, parts = [], []
    done = line = line_start = shift = 0  # `shift`: what the repairs so far moved the rest of the line by
    for match in _TOKEN.finditer(text):
        written = match.group(0)
        repaired = match.group("head") + repair_code(match.group("code"))
        if repaired == written:
            continue
        if "\n" in text[line_start : match.start()]:
            line += text.count("\n", line_start, match.start())
            line_start, shift = text.rfind("\n", 0, match.start()) + 1, 0
        column = match.start() - line_start + shift
        repairs.append(Repair(written, repaired, origins.of(line, column)))
        origins = origins.shifted(line, column, len(repaired) - len(written))
        shift += len(repaired) - len(written)
        parts += [text[done : match.start()], repaired]
        done = match.end()
    return "".join([*parts, text[done:]]), origins, tuple(repairs)
