"""Names of organs and positions as Vietnamese writes them in running text.

Headers print them in capitals ("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG"); the metadata gives them in
sentence case with proper names capitalised ("Ủy ban nhân dân tỉnh Sóc Trăng"), the way the letters
themselves write them in their text.
"""

from __future__ import annotations

import re

from build_tools.patterns import ISSUER_ABBREVIATIONS, LOCALITY_KINDS, POSITIONS
from build_tools.text import capitalise_first, match_form, squash_spaces

# Organs whose name is a proper noun wherever it stands: "Văn phòng Ủy ban nhân dân tỉnh".
_PROPER_ORGANS = ("ủy ban nhân dân", "hội đồng nhân dân", "quốc hội", "chính phủ", "mặt trận tổ quốc")
# Party committees named after their locality: "Tỉnh ủy Sóc Trăng", "Huyện ủy Tuy Phước".
_PARTY_COMMITTEE = re.compile(r"\b(?:tỉnh|huyện|thị|thành|quận|đảng) ủy\b")
_LOCALITY = re.compile(r"\b(?:" + "|".join(LOCALITY_KINDS) + r")\b")
# Organ words after which the organ's own name starts with a capital: "Sở Tài chính",
# "Ban Thường vụ", "Phòng Tài chính - Kế hoạch", "Sở Văn hóa, Thể thao và Du lịch".
_ORGAN_WORDS = ("sở", "bộ", "(?<!ủy )ban", "cục", "phòng", "trung tâm", "đoàn", "thanh tra", "viện")
_CAPITALISE_AFTER = re.compile(
    r"(?:\b(?:" + "|".join(_ORGAN_WORDS) + r")\s|\s(?:và|-|–)\s|,\s)(?=\w)(?!" + _LOCALITY.pattern + ")"
)
# Positions whose second word names an organ: "Chánh Văn phòng", "Chánh Thanh tra".
_POSITION_CASE = {"chánh văn phòng": "Chánh Văn phòng", "chánh thanh tra": "Chánh Thanh tra"}


def expand_abbreviations(text: str) -> str:
    """"UBND tỉnh" → "Ủy ban nhân dân tỉnh", "HĐND" → "Hội đồng nhân dân"."""
    for short, full in ISSUER_ABBREVIATIONS.items():
        text = re.sub(rf"(?<!\w){short}(?!\w)", full, text)
    return text


def organ_name(written: str) -> str:
    """"ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" → "Ủy ban nhân dân tỉnh Sóc Trăng"; "UBND tỉnh" expanded."""
    text = squash_spaces(match_form(expand_abbreviations(written))).lower()
    parties = list(_PARTY_COMMITTEE.finditer(text))
    in_party = {i for p in parties for i in range(p.start(), p.end())}
    localities = [m for m in _LOCALITY.finditer(text) if m.start() not in in_party]
    # The proper name after the last locality word (or party committee) is capitalised word by word.
    name_start = max([m.end() for m in localities[-1:] + parties[-1:]], default=len(text))
    caps = {0}
    caps.update(m.end() for m in _CAPITALISE_AFTER.finditer(text, 0, name_start))
    caps.update(m.start() for organ in _PROPER_ORGANS for m in re.finditer(re.escape(organ), text))
    caps.update(p.start() for p in parties)
    caps.update(m.start() for m in re.finditer(r"\b\w", text) if m.start() >= name_start)
    return "".join(c.upper() if i in caps else c for i, c in enumerate(text))


def position_name(written: str) -> str:
    """"PHÓ CHÁNH VĂN PHÒNG" → "Phó Chánh Văn phòng"; "CHỦ TỊCH" → "Chủ tịch"."""
    text = squash_spaces(match_form(written)).lower()
    deputy = text.startswith("phó ")
    rest = text[4:] if deputy else text
    for position in sorted(POSITIONS, key=len, reverse=True):
        if rest.startswith(position):
            tail = rest[len(position) :].strip()
            rest = _POSITION_CASE.get(position, capitalise_first(position))
            rest += " " + organ_name(tail) if tail else ""
            break
    else:
        rest = capitalise_first(rest)
    return ("Phó " if deputy else "") + rest
