"""Resolve who issued a cited document, from the text and from the citing letter's own issuer.

"của UBND tỉnh" in a letter of Ủy ban nhân dân huyện Tuy Phước is the committee of the province
above Tuy Phước (Bình Định); a number's code names central bodies ("01/CT-TTg": Thủ tướng Chính phủ);
a …-UBND number with no "của" is a committee of the citing letter's own level. Where nothing tells,
the issuer is None: never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from build_tools import patterns as p
from build_tools.cite.gazetteer import gazetteer
from build_tools.parse.names import expand_abbreviations, organ_name
from build_tools.text import fold, match_form

# "… tỉnh Sóc Trăng", "… thị xã Ngã Năm": the level and name that end an issuer's name.
_UNIT = re.compile(r"\b(?P<level>" + "|".join(p.LOCALITY_KINDS) + r")(?:\s+(?P<name>[^\W\d_][\w\s]*))?$")
_PARTY = re.compile(r"\b(?P<level>tỉnh|huyện|thị|thành|quận) ủy(?:\s+(?P<name>[^\W\d_][\w\s]*))?$", re.I)
_PROVINCE_LEVEL = ("tỉnh", "thành phố")
_DISTRICT_LEVEL = ("huyện", "thị xã", "thành phố", "quận")
# The level a party committee sits at: "Tỉnh ủy" ↔ tỉnh, "Huyện ủy" ↔ huyện.
_PARTY_LEVEL = {"tỉnh": _PROVINCE_LEVEL, "thành": _PROVINCE_LEVEL, "huyện": ("huyện",), "thị": ("thị xã",),
                "quận": ("quận",)}


@dataclass(frozen=True)
class Locality:
    """Where the citing letter comes from: its own unit and the province above it."""

    level: str | None  # "huyện"
    name: str | None  # "Tuy Phước"
    province: str | None  # "Bình Định"


def locality_of(issuer: str | None, year: int | None = None) -> Locality:
    """The unit an issuer belongs to: "Ủy ban nhân dân huyện Tuy Phước" → huyện Tuy Phước, Bình Định."""
    if not issuer:
        return Locality(None, None, None)
    unit = _UNIT.search(issuer) or _PARTY.search(issuer)
    if not unit or not unit.group("name"):
        return Locality(None, None, None)
    level, name = unit.group("level").lower(), unit.group("name").strip()
    places = gazetteer()
    if level in _PROVINCE_LEVEL and (level == "tỉnh" or places.is_province(name)):
        return Locality("tỉnh" if level == "tỉnh" else level, name, name)
    provinces = places.provinces_above(name)
    return Locality(level, name, provinces[0] if len(provinces) == 1 else None)


def resolve_issuer(issuer_text: str | None, number: str, citing: Locality, citing_issuer: str | None) -> str | None:
    if issuer_text:
        return _from_text(issuer_text, number, citing)
    return _from_number(number, citing, citing_issuer)


def _from_text(issuer_text: str, number: str, citing: Locality) -> str | None:
    text = expand_abbreviations(issuer_text)
    # "của Chủ tịch Ủy ban nhân dân tỉnh X" with a …-UBND number: the committee issued it.
    chair = re.match(r"(?:phó\s+)?chủ\s+tịch\s+(?=ủy\s+ban)", match_form(text), re.IGNORECASE)
    if chair and "UBND" in number.upper():
        text = text[chair.end() :]
    name = organ_name(text)
    for body in p.ISSUER_BY_CODE.values():
        if fold(body) == fold(name):
            return body
    return _complete_locality(name, citing)


def _complete_locality(name: str, citing: Locality) -> str | None:
    """Add the place a relative name leaves out: "Ủy ban nhân dân tỉnh" → "… tỉnh Sóc Trăng"."""
    party = _PARTY.search(name)
    if party:
        if party.group("name"):
            return name
        levels = _PARTY_LEVEL[party.group("level").lower()]
        place = _place_at(levels, citing)
        return f"{name} {place}" if place else None
    unit = _UNIT.search(name)
    if not unit or unit.group("name"):
        return name
    place = _place_at((unit.group("level").lower(),), citing)
    return f"{name} {place}" if place else None


def _place_at(levels: tuple[str, ...], citing: Locality) -> str | None:
    if citing.level in levels:
        return citing.name
    if set(levels) & set(_PROVINCE_LEVEL) and citing.level in _DISTRICT_LEVEL:
        return citing.province
    return None


def _from_number(number: str, citing: Locality, citing_issuer: str | None) -> str | None:
    for code in _codes(number):
        if code in p.ISSUER_BY_CODE:
            return p.ISSUER_BY_CODE[code]
        if code == "TU" and citing.province:
            return f"Tỉnh ủy {citing.province}"
        if code == "HU" and citing.level == "huyện":
            return f"Huyện ủy {citing.name}"
        if code in ("UBND", "HĐND") and citing_issuer and citing.name:
            # No "của …": the committee (or council) of the citing letter's own level.
            organ = "Ủy ban nhân dân" if code == "UBND" else "Hội đồng nhân dân"
            return f"{organ} {citing.level} {citing.name}"
    return None


def _codes(number: str) -> list[str]:
    """The letter codes of a number: "142/2024/QH15" → ["QH"], "977-QĐ/TU" → ["QĐ", "TU"]."""
    parts = re.split(r"[/-]", number.upper())[1:]
    return [re.sub(r"\d+$", "", part) for part in parts if not part.isdigit()]
