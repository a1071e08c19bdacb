"""Resolve who issued a cited document, from the text and from the citing letter's own issuer.

"của UBND tỉnh" in a letter of Ủy ban nhân dân huyện Tuy Phước is the committee of the province
above Tuy Phước (Bình Định); "của Sở Xây dựng" in a letter of Bình Phước is Sở Xây dựng tỉnh Bình
Phước; a number's code names central bodies ("01/CT-TTg": Thủ tướng Chính phủ) and a province's
departments ("…/STC-NS": the citing province's Sở Tài chính); a …-UBND number with no "của" is a
committee of the citing letter's own level. Where nothing tells, the issuer is None: never guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from build_tools import patterns as p
from build_tools.gazetteer import FORMER_PROVINCE_NAMES, REORGANISED, gazetteer
from build_tools.numbers import issuer_code, issuer_codes, number_codes
from build_tools.parse.names import (
    commune_spelled,
    district_ending,
    expand_abbreviations,
    locality_unit,
    organ_name,
    party_place,
    province_at_end,
    province_party_committee,
    province_unit,
)
from build_tools.text import fold, match_form, squash_spaces

# "… tỉnh Sóc Trăng", "… thị xã Ngã Năm", "… Quận 3": the level and name that end an issuer's name,
# The last one: "Sở Lao động - Thương binh và Xã hội tỉnh Tiền Giang" ends with tỉnh Tiền Giang.
_KINDS = "|".join(p.LOCALITY_KINDS)
# "Tỉnh ủy", "Tỉnh đoàn": a committee's, below; "Bộ Lao động - Thương binh và Xã hội": a field's, no commune
_UNIT = re.compile(rf"\b(?P<level>{_KINDS})(?!\s+(?:ủy|đoàn)\b|\s+hội$)"
                   rf"(?:\s+(?P<name>[^\W_](?:(?!\b(?:{_KINDS})\b)[\w\s'’-])*))?$", re.IGNORECASE)  # "Đắk R'Lấp"
_PROVINCE_LEVEL = ("tỉnh", "thành phố")
_DISTRICT_LEVEL = ("huyện", "thị xã", "thành phố", "quận")
_COMMUNE_LEVEL = ("xã", "phường", "thị trấn", "đặc khu")
# The level a party committee sits at: "Tỉnh ủy" ↔ tỉnh, "Huyện ủy" ↔ huyện; a "Thành ủy" is its city's, under a
# province too ("Thành ủy Phan Rang - Tháp Chàm").
_PARTY_LEVEL = {"tỉnh": ("tỉnh",), "thành": ("thành phố",), "huyện": ("huyện",), "thị": ("thị xã",),
                "quận": ("quận",)}
# A position before the organ that issued: "của Giám đốc Sở Tài nguyên và Môi trường", "của Chủ tịch
# Ủy ban nhân dân tỉnh" (the committee issued a …-UBND decision its chairman signed).
_POSITIONS = "|".join(sorted(p.POSITIONS, key=len, reverse=True)).replace(" ", r"\s+")
_POSITION_BEFORE_ORGAN = re.compile(  # also two held together: "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    r"^(?:phó\s+)?(?:" + _POSITIONS + r")(?:,\s+(?:" + _POSITIONS + r"))?\s+"
    r"(?=ủy\s+ban|sở|bộ|ban|phòng|cục|chi\s+cục|tổng\s+cục|văn\s+phòng|trung\s+tâm|viện|trường|thanh\s+tra"
    r"|bảo\s+hiểm|công\s+an|kho\s+bạc|ngân\s+hàng|bệnh\s+viện|quỹ|đài|chi\s+nhánh|trạm|hạt|công\s+ty|tòa\s+án"
    r"|đại\s+học|học\s+viện"  # "Giám đốc Đại học Đà Nẵng", "Giám đốc Học viện Ngân hàng"
    r"|thư\s+viện|bảo\s+tàng"  # "Giám đốc Thư viện tỉnh"
    r"|hội\s+đồng(?!\s+nhân\s+dân))",  # "Chủ tịch Hội đồng thi nâng ngạch …" (a council's standing board stays)
    re.IGNORECASE)
# Central bodies by their folded name: "của Chính phủ", "của Bộ Tài chính".
_CENTRAL = p.CENTRAL_BY_FOLD | {fold(alias): body for alias, body in p.CENTRAL_ALIASES.items()}
# A head named by the office he leads: "Trưởng phòng …" is the Phòng's, "Chánh Văn phòng" the Văn phòng's.
_HEAD_OF = re.compile(r"^(?:phó\s+)?(?:trưởng|chánh)\s+(?P<organ>phòng|văn\s+phòng|ban|thanh\s+tra|đoàn|công\s+an)\b"
                      r"(?:\s+(?P=organ)\b)?"  # "Trưởng ban Ban Thi đua - Khen thưởng tỉnh": the board's
                      r"|^(?:phó\s+)?(?:đội|hạt)\s+trưởng\s+(?P<unit>đội|hạt)\b",  # "Đội trưởng Đội Thanh tra xây dựng"
                      re.IGNORECASE)  # "Trưởng Đoàn ĐBQH tỉnh": the delegation
# A commander named for his command: "của Tư lệnh Quân khu 9" is the Bộ Tư lệnh's.
_COMMANDER = re.compile(r"^tư\s+lệnh\s+(?=quân\s+khu|quân\s+đoàn|vùng|bộ\s+đội|binh\s+chủng)", re.IGNORECASE)
# Organs named by their kind alone, as a letter says "của Sở", "của Phòng": the citing letter's own.
# An association named by its kind alone, "của Trung ương Hội", and the one a letter's issuer names: "… Hội Liên
# hiệp Phụ nữ tỉnh Bến Tre" (its name, its place), "Hội Nông dân Việt Nam".
# (the association, not a field's word: "Ban Văn hóa - Xã hội" is a council's board; nor the council, "Hội đồng")
_BARE_ASSOCIATION = re.compile(r"^(?P<organ>.*\S)(?<!xã)\s+hội$", re.IGNORECASE)
_ASSOCIATION = re.compile(r"\bHội\s+(?!đồng\b)(?P<name>.+?)(?:\s+Việt\s+Nam|\s+(?P<place>(?:" + _KINDS
                          + r")\s+\S.*))?$")
# A people's council's boards (Luật Tổ chức chính quyền địa phương 2015, Điều 18, 39), named short in its letters.
_COUNCIL_BOARD = re.compile(r"Ban (?:Pháp chế|Kinh tế - Ngân sách|Văn hóa - Xã hội|Kinh tế - Xã hội|Đô thị)",
                            re.IGNORECASE)
# A company named by its kind alone, the words after it the sentence's: "của Công ty giải trình, bổ sung hồ sơ" (no name
# opens with a small letter but its kind's: "Công ty cổ phần …", "Công ty trách nhiệm hữu hạn …").
_COMPANY_ALONE = re.compile(r"(?<=^Công ty)\s+(?!cổ\s+phần|trách\s+nhiệm)(?-i:[a-zđà-ỹ]).*$", re.IGNORECASE | re.DOTALL)
# "của Công ty" in the "Công ty Điện lực Thái Bình"'s letter
# The courtesy a letter shows the company it writes to: "Văn bản số 86/2016/CV-HLX … của Quý Công ty".
_HONORIFIC = re.compile(r"^Quý\s+(?=công\s+ty$)", re.IGNORECASE)
_BARE_ORGAN = re.compile(r"^(?:sở|bộ|phòng|văn phòng|ban|ban chỉ đạo|ban quản lý|cục|chi cục|bệnh viện|trường|viện"
                         r"|học viện|đài|đảng ủy|chi bộ|công ty|tổng công ty|tập đoàn|hội đồng)$",
                         re.IGNORECASE)  # "của Đảng ủy" in the letter of the "Đảng ủy Công an huyện Gia Viễn", "của
# Hội đồng" in a provincial council's (for defence and security education), "của Tổng công ty" in a power company's


@dataclass(frozen=True)
class Locality:
    """Where the citing letter comes from: its own unit, the district and the province above it."""

    level: str | None  # "huyện"
    name: str | None  # "Tuy Phước"
    province: str | None  # "Bình Định"
    district: str | None = None  # "huyện Dương Minh Châu", for a commune's letter
    issuer: str | None = None  # the citing letter's issuer: "của Sở" is this one when it is a Sở
    parent: str | None = None  # its parent issuer: "Quân khu 2" above a province's military command
    commune: tuple[str, str] | None = None  # the one commune a district's letter names: ("xã", "Công Thành")
    company: str | None = None  # the one company the letter names in full: "của Công ty" alone is that one
    reorganised: bool = False  # dated from July 2025: a commune has offices of its own ("Phòng Kinh tế xã …")

    def unit(self) -> str | None:
        """"huyện Tuy Phước", "Quận 3", "tỉnh Gia Lai", "Thành phố Hồ Chí Minh"."""
        return locality_unit(self.level, self.name) if self.level and self.name else None


def locality_of(issuer: str | None, parent: str | None = None, date: str | None = None) -> Locality:
    """The unit an issuer belongs to: "Ủy ban nhân dân huyện Tuy Phước" → huyện Tuy Phước, Bình Định.
    A commune's parent ("Ủy ban nhân dân huyện Dương Minh Châu") gives its district; a commune's letter dated
    from July 2025 (`date`, ISO) is of a commune of the new provinces ("phường Tuy Hòa": Đắk Lắk, no longer the
    Phú Yên whose city bore the name)."""
    reorganised = bool(date and date >= REORGANISED)
    locality = _locality(issuer, parent, reorganised)
    since, former = FORMER_PROVINCE_NAMES.get(locality.province or "", ("", None))
    if former and date and date < since:
        locality = replace(locality, province=former)
    return replace(locality, parent=parent, reorganised=reorganised)


# A term after an issuer's place, no part of it: "Ủy ban bầu cử … tỉnh Quảng Bình nhiệm kỳ 2021 - 2026".
_TERM_AFTER_PLACE = re.compile(r"\s+nhiệm\s+kỳ\s+\d{4}\s*-\s*\d{4}$", re.IGNORECASE)


def _locality(issuer: str | None, parent: str | None, reorganised: bool = False) -> Locality:
    if not issuer:
        return Locality(None, None, None)
    issuer = _TERM_AFTER_PLACE.sub("", issuer)
    unit = _UNIT.search(issuer) or p.PARTY_COMMITTEE.search(issuer)
    if (not unit or not unit.group("name")) and (province := province_at_end(issuer)):
        # "Kho bạc Nhà nước Vĩnh Long": a central body's branch named by its province alone
        return Locality(province_unit(province)[: -len(province)].strip(), province, province, issuer=issuer)
    if (not unit or not unit.group("name")) and parent and (district := _branch_district(issuer, parent)):
        return district  # "Kho bạc Nhà nước Lý Nhân" under "Kho bạc Nhà nước Hà Nam": its district's
    if (not unit or not unit.group("name")) and parent:  # a school under "Sở … tỉnh Nghệ An": its parent's place
        return replace(locality_of(parent), issuer=issuer)
    if not unit or not unit.group("name"):
        return Locality(None, None, None, issuer=issuer)
    level, name = unit.group("level").lower(), unit.group("name").strip()
    level = p.PARTY_LEVEL_KIND[level] if unit.re is p.PARTY_COMMITTEE else level
    places = gazetteer()
    if level in _PROVINCE_LEVEL and (level == "tỉnh" or places.is_province(name)):
        return Locality(level, name, name, issuer=issuer)
    district = _UNIT.search(parent) if parent and level in _COMMUNE_LEVEL else None
    if district and district.group("level").lower() not in _DISTRICT_LEVEL:
        district = None  # the commune's own committee or Front above its board ("Ủy ban MTTQ … xã Kiến Xương")
    above = district.group("name") if district and district.group("name") else name
    kind_and_name = district.group().strip() if district and district.group("name") else f"{level} {name}"
    provinces = places.provinces_above(kind_and_name) or places.provinces_above(above)  # "quận Tân Phú" first
    if reorganised and level in _COMMUNE_LEVEL and not district:
        provinces = places.provinces_of_commune(name, since_reorganisation=True) or provinces
    if not provinces and level in _COMMUNE_LEVEL:
        provinces = places.provinces_of_commune(name)  # a commune whose name only one province has
    # The province the parent line names wins: "huyện Tam Đường" (folded, Vĩnh Phúc's Tam Dương too) under "Tỉnh
    # đoàn Lai Châu"; "huyện Ứng Hòa" under "UBND TỈNH HÀ TÂY" in 2006 (Hà Nội's since 2008).
    if parent and level not in _PROVINCE_LEVEL and (named := _locality(parent, None, reorganised).province):
        provinces = (named,)
    return Locality(level, name, provinces[0] if len(provinces) == 1 else None,
                    district.group().strip() if district and district.group("name") else None, issuer)


def _branch_district(issuer: str, parent: str) -> Locality | None:
    """A central body's district branch named by its district alone, under its province's branch."""
    province = _locality(parent, None).province
    found = district_ending(issuer, province)
    return Locality(found[1][: -len(found[0])].strip(), found[0], province, issuer=issuer) if found else None


def placed_by_text(citing: Locality, text: str, header: tuple[str, ...] = (), place: str | None = None) -> Locality:
    """A commune's letter whose header names no district, its commune's name held by several: the district
    and province its text names, where they hold a commune of that name ("Ủy ban nhân dân xã Phú Lâm" and
    "huyện Tiên Du" in its text: Tiên Du, Bắc Ninh), as a reader would take them, or the province its digital
    signature's stamp in the header names ("Cơ quan: Thành phố Hồ Chí Minh"). A district's letter that
    names one province the gazetteer no longer has: that province, as it was then ("huyện Ứng Hòa" in 2006
    and "UBND tỉnh Hà Tây" in its text: Hà Tây, Hà Nội's since 2008). A province's letter that names one district:
    that district, for its bodies named without a place ("Huyện ủy Thanh Sơn", then "của Ban Thường vụ Huyện ủy"), or
    naming none, the district its `place` is ("Móng Cái, ngày …")."""
    if not citing.level and not citing.province:  # a central body's letter on one province: "của UBND tỉnh" is its
        provinces = [m.group("name") for m in p.NAMED_PLACE.finditer(text) if m.group("level") == "tỉnh"]
        provinces += [m.group("name") for m in p.NAMED_PROVINCE_PARTY.finditer(text)]  # "… Tỉnh ủy Hà Giang"
        named = set(filter(None, map(_province_named, provinces)))
        # a city run by the centre, where no province is named: "của Ủy ban nhân dân Thành phố" is Hồ Chí Minh's
        named = named or set(filter(None, (_province_named(m.group("name")) for m in p.NAMED_CITY.finditer(text))))
        return replace(citing, province=named.pop()) if len(named) == 1 else citing
    if citing.level in _DISTRICT_LEVEL and citing.name:
        provinces = [m for m in p.NAMED_PLACE.finditer(text) if m.group("level") == "tỉnh"]
        # Its own committee named ("UBND tỉnh Hà Tây"), not a neighbour's province across the border ("tỉnh Hủa Phăn"),
        # nor an office a table's next cell names ("UBND tỉnh" / "Phòng Nông nghiệp và" / "PTNT").
        named = {m.group("name") for m in provinces
                 if _COMMITTEE_BEFORE.search(text, 0, m.start()) and len(m.group("name").split()) > 1
                 and not p.ORGAN_START.match(m.group("name"))}
        former = {name for name in named if not _province_named(name)}
        # A district's name several provinces hold ("huyện Chợ Mới": An Giang's and Bắc Kạn's): the one it names, of
        # a committee or any other body ("HĐND tỉnh Cao Bằng" in a letter of huyện Bảo Lâm, Lâm Đồng's too).
        holding = {fold(q) for q in gazetteer().provinces_above(f"{citing.level} {citing.name}")}
        current = {province for m in provinces
                   if (province := _province_named(m.group("name"))) and fold(province) in holding}
        province = (former.pop() if len(former) == 1 else citing.province
                    or (current.pop() if len(current) == 1 else None))
        # (a name the copy wrapped: "xã Lạc" / "An"; not the next line's first word: "xã Bình Hải" / "Ngày 19/4/2024")
        communes = _shortest({(m.group("level"), squash_spaces(m.group("name")))
                              for m in p.NAMED_COMMUNE.finditer(text)})
        return replace(citing, province=province, commune=communes.pop() if len(communes) == 1 else None)
    if citing.level in _PROVINCE_LEVEL and citing.name:
        # A province's letter on one district ("… Huyện ủy Thanh Sơn"): "của Ban Thường vụ Huyện ủy" is that one's.
        districts = {(m.group("level"), m.group("name")) for m in p.NAMED_PLACE.finditer(text)
                     if m.group("level") != "tỉnh"}
        districts |= {(_DISTRICT_OF_PARTY[m.group("level")], m.group("name"))
                      for m in p.NAMED_DISTRICT_PARTY.finditer(text)}
        if not districts and (city := _district_placed(text, place, citing.province)):
            return replace(citing, district=city)
        return replace(citing, district=" ".join(districts.pop())) if len(districts) == 1 else citing
    if citing.level not in _COMMUNE_LEVEL or not citing.name or (citing.district and citing.province):
        return citing
    places = gazetteer()
    # Since July 2025, a commune of the current table; a former district or province its text names ("UBND huyện Tiền
    # Hải (cũ)") stands for the province it is part of now (Thái Bình's is Hưng Yên).
    def now(province: str) -> str:
        return (citing.reorganised and places.province_since_reorganisation(province)) or province

    holding = {fold(province): province
               for province in places.provinces_of_commune(citing.name, since_reorganisation=citing.reorganised)}
    if not holding and citing.reorganised:  # a commune the current table lacks: the provinces that held one so named
        holding = {fold(now(province)): now(province) for province in places.provinces_of_commune(citing.name)}
    districts, provinces = set(), set()
    for named in p.NAMED_PLACE.finditer(text):
        level, name = named.group("level"), named.group("name")
        if level == "tỉnh" and fold(now(name)) in holding:
            provinces.add(holding[fold(now(name))])
        elif level != "tỉnh" and (above := [now(q) for q in places.provinces_above(name) if fold(now(q)) in holding]):
            districts.add((f"{level} {name}", above[0] if len(above) == 1 else None))
    stamped = {holding[fold(m.group("name"))] for line in header if (m := p.STAMP_PROVINCE.match(line))
               and fold(m.group("name")) in holding}
    district, above = next(iter(districts)) if len(districts) == 1 else (None, None)
    provinces = provinces or stamped
    province = citing.province or above or (next(iter(provinces)) if len(provinces) == 1 else None)
    return replace(citing, district=citing.district or district, province=province)


def _district_placed(text: str, place: str | None, province: str | None) -> str | None:
    """The district a province's body is placed in ("Móng Cái, ngày …" above a school's letter), where its text names
    that district's committee by its kind alone ("của UBND thành phố"): "thành phố Móng Cái"; None otherwise."""
    unit = gazetteer().district_unit(place) if place else None
    if not unit or fold(province or "") not in map(fold, gazetteer().provinces_above(place)):
        return None
    kinds = {fold(squash_spaces(m.group("level"))) for m in _UNNAMED_COMMITTEE.finditer(text)}
    return unit if fold(unit[: -len(place)].strip()) in kinds else None


_DISTRICT_OF_PARTY = {"Huyện": "huyện", "Thị": "thị xã", "Quận": "quận"}
# A district's committee named by its kind alone: "của UBND thành phố về kết luận …".
_UNNAMED_COMMITTEE = re.compile(r"\b(?:UBND|Ủy\s+ban\s+nhân\s+dân)\s+(?P<level>thành\s+phố|huyện|thị\s+xã)\b"
                                r"(?!\s+[A-ZĐ])")
_COMMITTEE_BEFORE = re.compile(r"\b(?:UBND|[ỦU][yỷ]\s+ban\s+nhân\s+dân)\s+$", re.IGNORECASE)


def company_named(text: str) -> str | None:
    """The one company a letter names in full ("Công ty TNHH Lâm sản Như Thanh"), read up to the first word no name
    holds ("Công ty Cổ phần Logistics Bến Lức nộp ngày …" is "… Bến Lức"); None where it names none or several."""
    names = _shortest({("", squash_spaces(text[m.start() : _name_end(text, m.end("issuer"))]))
                       for m in p.COMPANY_NAMED.finditer(text)})
    return names.pop()[1] if len(names) == 1 else None


def _name_end(text: str, end: int) -> int:
    """A company's name past its "và": "Công ty Cổ phần Đầu tư và Xây dựng Hạ Long Xanh"."""
    return more.end("issuer") if (more := p.COMPANY_NAME_GOES_ON.match(text, end)) else end


def _shortest(named: set[tuple[str, str]]) -> set[tuple[str, str]]:
    """The (kind, name) pairs whose name no other of the kind's names begins: a name read on past its end ("Bình Hải
    Ngày", "… Bến Lức nộp") gives way to the same name read alone."""
    return {(kind, name) for kind, name in named
            if not any(other_kind == kind and name.startswith(other + " ") for other_kind, other in named)}


def _province_named(words: str) -> str | None:
    """"Kiên Giang" of "Kiên Giang", or of "Kiên Giang Báo" (the capitalised word after the name opening a sentence)."""
    parts = words.split()
    return next((" ".join(parts[:size]) for size in range(1, len(parts) + 1)
                 if gazetteer().is_province(" ".join(parts[:size]))), None)


def _province(citing: Locality) -> str | None:
    """The citing letter's province as its bodies' names end: "tỉnh Gia Lai", "thành phố Hồ Chí Minh"."""
    return province_unit(citing.province) if citing.province else None


def resolve_issuer(issuer_text: str | None, number: str, citing: Locality, citing_issuer: str | None,
                   own_number: str | None = None) -> str | None:
    """Who issued a cited document: from "của …" as written, else from its number's code. A code the citing
    letter's own number carries is the citing letter's issuer: "455/TCDL-LH" in a letter numbered
    "612/TCDL-LH" is the Tổng cục Du lịch's own earlier letter."""
    if p.JOINT_NUMBER.search(number):  # a joint document: each of its issuers
        named = re.sub(r"^liên(?:\s+ngành)?\s+", "", issuer_text or "", flags=re.IGNORECASE)
        texts = _place_shared(p.JOINT_SEPARATOR.split(named)) if named else []
        # Each body as the text names it; else as the number's codes do ("liên Bộ Y tế - Tài chính" names its
        # second body by its field alone: "…/TTLT-BYT-BTC" names both; "…/KHLN-SYT-SGDĐT" a province's two; a
        # ministry's code without its "B" among others: "…/TTLT-UBDT-KHĐT-TC-XD-NNPTNT").
        # (a joint circular's issuers are the centre's: its "KHĐT" is the Bộ's, no province's Sở)
        central = number_codes(number)[0].upper() == "TTLT"
        for issuers in ([_from_text(text, number, citing) for text in texts],
                        [(central and p.ISSUER_BY_CODE.get("B" + code)) or _body_of_code(code, citing, None)
                         or p.ISSUER_BY_CODE.get("B" + code) for code in number_codes(number)[1:]]):
            if len(issuers) > 1 and all(issuers):
                return ", ".join(issuers[:-1]) + " và " + issuers[-1]
    code = issuer_code(number)
    if code == "QH":  # a law or resolution of the Quốc hội, whoever a sentence names before it: "vai trò của Mặt trận
        return p.ISSUER_BY_CODE[code]  # theo Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13"
    if issuer_text and not _OFFICER.fullmatch(issuer_text):  # an officer names no body: the number's code does
        return _from_text(issuer_text, number, citing)
    if citing_issuer and own_number and code and code == issuer_code(own_number):
        # A council's board numbers its reports as the council does ("45/BC-HĐND"): a resolution so numbered,
        # "31/NQ-HĐND", is the council's, no board's.
        board = citing.parent and fold(citing_issuer).startswith("ban ") and number_codes(number)[0] == "NQ"
        return citing.parent if board else citing_issuer
    return _from_number(number, citing, citing_issuer)


def _place_shared(texts: list[str]) -> list[str]:
    """Joint issuers whose last names the place of all: "giữa Cục Thi hành án dân sự, Tòa án nhân dân và Viện kiểm sát
    nhân dân tỉnh Bắc Giang" (not a central body: "Bộ Tài chính và Ủy ban nhân dân tỉnh …")."""
    unit = _UNIT.search(texts[-1]) if len(texts) > 1 else None
    if not (unit and unit.group("name")):
        return texts
    return [text if _UNIT.search(text) or province_at_end(text) or fold(text) in _CENTRAL
            or re.match(r"bộ\s", text, re.IGNORECASE)
            else f"{text} {unit.group()}" for text in texts[:-1]] + texts[-1:]


# A team a body sends, which signs its own records and reports: "Đoàn kiểm tra Cục Thuế", "Đoàn giám sát Thường trực
# HĐND huyện" (the body after it completed as any other).
_TEAM_OF = re.compile(r"(?P<team>(?:Đoàn|Tổ)\s+(?:kiểm\s+tra|thanh\s+tra|giám\s+sát|công\s+tác)(?:\s+liên\s+ngành)?)"
                      r"\s+(?P<body>[A-ZĐ].*)")


# An enforcement officer, whose decision is his office's: "Chấp hành viên đã ban hành Quyết định số 14/QĐ-CTHADS" (in
# the letter of the office the code names, "…/CTHADS-NV", its own).
_OFFICER = re.compile(r"Chấp\s+hành\s+viên", re.IGNORECASE)


# A board named by its kind alone, its purpose told where the letter names it in full: "của Văn phòng thường trực
# Ban Chỉ đạo" in a letter addressed to the "Ban Chỉ đạo quốc gia về phòng, chống thiên tai".
_BOARD_KIND = re.compile(r"\b(?:Ban\s+Chỉ\s+(?:đạo|huy)|Ban\s+Quản\s+lý)$", re.IGNORECASE)


def completed_by_addressees(issuer_text: str | None, addressees: tuple[str, ...], own: str | None) -> str | None:
    """An issuer phrase ending with a board's kind, completed by the one addressee of that kind the letter names
    in full; else as written (a board's own letter names itself so: "của Ban Chỉ đạo" is the citing board)."""
    kind = _BOARD_KIND.search(issuer_text or "")
    key = kind and fold(kind.group()) + " "
    if not kind or fold(own or "").startswith(key):
        return issuer_text
    named = {name for name in addressees if fold(name).startswith(key)}
    return issuer_text[: kind.start()] + named.pop() if len(named) == 1 else issuer_text


# A name's short form in brackets after it: "Bảo hiểm xã hội (BHXH) Việt Nam"; a body of before 2025 named "(cũ)", the
# former: "Ban Thường vụ Tỉnh ủy Phú Yên (cũ)".
_SHORT_FORM = re.compile(r"\s*\((?:[A-ZĐ&]{2,12}|cũ)\)")
# A bank's branch named branch first, named as the branch names itself: "Chi nhánh NHCSXH tỉnh Thanh Hóa" is the "Ngân
# hàng Chính sách xã hội chi nhánh tỉnh Thanh Hóa".
_BANK_BRANCH_FIRST = re.compile(r"^Chi nhánh (?P<bank>Ngân hàng .+?) (?P<place>(?:tỉnh|thành phố) .+)$", re.IGNORECASE)
# A committee's or council's initials a copy ran into the level after them: "của UBNDtỉnh".
_ORGAN_GLUED = re.compile(r"\b(?P<organ>UBND|HĐND)(?=(?:tỉnh|huyện|xã|phường|thành|thị|quận)\b)")
# A level's word a scan read without its tone after a committee or council: "UBND tinh" (OCR) is "UBND tỉnh".
_LEVELS_TONED = {"tinh": "tỉnh", "huyen": "huyện"}
_LEVEL_TONE_LOST = re.compile(r"(?<=nhân dân )(tinh|huyen)\b")
# A locality alone for its committee (or council): "Theo Báo cáo số 126/BC-UBND ngày 06/8/2012 của tỉnh Cà Mau".
_LOCALITY_ALONE = re.compile(rf"(?P<kind>{_KINDS})\s+(?P<name>(?-i:[A-ZĐ])[^,;]*)", re.IGNORECASE)


def _from_text(issuer_text: str, number: str, citing: Locality) -> str | None:
    if p.CENTRAL_PLENUM.fullmatch(match_form(issuer_text)):
        return p.CENTRAL_ALIASES["Ban Chấp hành Trung ương"]
    if team := _TEAM_OF.match(issuer_text):  # the team's kind as written, the body it works for resolved
        return f"{team.group('team')} {_from_text(team.group('body'), number, citing) or team.group('body')}"
    issuer_text = _COMPANY_ALONE.sub("", _HONORIFIC.sub("", issuer_text))
    if p.COMPANY.match(issuer_text) and not _BARE_ORGAN.match(issuer_text):  # a company's name is its own, cased as
        # it writes it ("của Công ty" alone is the citing company's, below)
        return squash_spaces(issuer_text)
    text = expand_abbreviations(_ORGAN_GLUED.sub(r"\g<organ> ", _SHORT_FORM.sub("", issuer_text)))
    text = _LEVEL_TONE_LOST.sub(lambda m: _LEVELS_TONED[m.group(1)], text)
    code = issuer_code(number)
    if (locality := _LOCALITY_ALONE.fullmatch(text.strip())) and code in ("UBND", "HĐND", None):
        organ = "Hội đồng nhân dân" if code == "HĐND" else "Ủy ban nhân dân"
        return f"{organ} {locality['kind'].lower()} {locality['name']}"
    # "Trưởng phòng Kinh tế và Hạ tầng", "Chánh Văn phòng Ủy ban nhân dân tỉnh", "Tư lệnh Quân khu 9": the office
    # the head leads; "Giám đốc Sở Tài chính": the organ after the position.
    led = _HEAD_OF.sub(lambda m: (m.group("organ") or m.group("unit")).capitalize(), text, count=1)
    position = None if led != text else _POSITION_BEFORE_ORGAN.match(match_form(text))
    text = text[position.end() :] if position else _COMMANDER.sub("Bộ Tư lệnh ", led, count=1)
    name = _BANK_BRANCH_FIRST.sub(r"\g<bank> chi nhánh \g<place>", organ_name(text))
    if re.search(r"\bQuân khu$", name) and citing.parent and (region := re.fullmatch(r"Quân khu \d+", citing.parent)):
        name = f"{name[: -len('Quân khu')]}{region.group()}"  # "Tư lệnh Quân khu" in a letter under Quân khu 2
    if fold(name) in _CENTRAL:
        return _CENTRAL[fold(name)]
    if within := _within_central(name):
        return within
    own = citing.issuer
    council = (own or "").removeprefix("Thường trực ")
    if _COUNCIL_BOARD.fullmatch(name) and fold(council).startswith("hoi dong nhan dan "):
        return f"{name} {council}"  # "của Ban Pháp chế" in a letter of the council or its standing committee
    if own and fold(own).startswith(_HEAD_OF_ITSELF.get(fold(name), ())):
        return own  # "của Viện trưởng" in the Viện's letter; a school's "của Nhà trường", "của Hiệu trưởng"
    if own and fold(name) in _SCHOOL_ITSELF and (school := _SCHOOL_OF_UNION.search(own)):
        return school.group()  # "của Ban Giám hiệu nhà trường" in the letter of its youth union: the school
    if (association := _own_association(name, own)) is not None:
        return association
    if _cut_short(name, coded := _from_number(number, citing, None)):
        return coded  # "của Sở Nông nghiệp và Phát tri ển …", cut where a copy split a word: "…/SNN-TY" names it whole
    if _BARE_ORGAN.match(name):  # "của Sở": the citing letter's own, or the one the number's code names
        if own and fold(own).startswith(fold(name) + " "):
            return own
        if citing.company and fold(name) == "cong ty":
            return citing.company  # "của Công ty" in a letter on the project of the one company it names
        coded = _from_number(number, citing, None)
        if coded and fold(coded).startswith(fold(name) + " "):
            return coded
        # the body above the citing one: "của Tổng công ty" in the letter of a Công ty Điện lực under the "Tổng công ty
        # Điện lực miền Bắc"
        return citing.parent if citing.parent and fold(citing.parent).startswith(fold(name) + " ") else None
    # "của Trung tâm Khuyến nông" in a letter of the "Trung tâm Khuyến nông tỉnh Ninh Thuận"; "của Cục Thuế" in a
    # letter of a Chi cục under the "Cục Thuế tỉnh Nam Định"; "của Ủy ban Kiểm tra Đảng ủy Khối" in the letter of the
    # "Ủy ban Kiểm tra Đảng ủy Khối các cơ quan tỉnh Đồng Nai" (a bloc named by its kind alone); "của Ban Thường vụ
    # Đảng ủy Khối" in a letter of the "Đảng ủy Khối Doanh nghiệp tỉnh Quảng Ninh": its own standing committee's; "của
    # Đảng ủy Công ty" in a company's party committee's letter; "của Phòng Cảnh sát quản lý hành chính về trật tự xã
    # hội" in that Phòng's letter, its parent ("Công an tỉnh Thanh Hóa") after its name; "Ban Quản lý dự án đã có Văn
    # bản số …" in the letter of the "Ban Quản lý dự án đầu tư xây dựng huyện Lục Ngạn"; "của Ban Chấp hành Đảng bộ
    # Cơ quan" in the letter of the "Đảng ủy Cơ quan Dân chính Đảng huyện Đức Cơ"
    if issuer_text.rstrip().endswith(" Thành phố") and citing.level == "thành phố" and _city_province(citing):
        return f"{name} {citing.province}"  # "của Ủy ban nhân dân Thành phố" in Thủ Đức's letter: Hồ Chí Minh's
    organ = _ORGAN_OF_BODY.match(name)
    # (a party committee's letter names its party organisation's organs: "Ban Chấp hành Đảng bộ Khối" in a letter of
    # the "Đảng ủy Khối các cơ quan tỉnh Thanh Hóa")
    organisation = own and re.sub(r"^Đảng ủy(?= )", "Đảng bộ", own)
    # (a board's letter names its parent's organs: "Ban Thường vụ Đảng ủy Khối" in a letter of the Ban Tổ chức under
    # the "Đảng ủy Khối Doanh nghiệp tỉnh Bình Thuận")
    for named, short in ((own, name), (citing.parent, name), (own, name[organ.end():] if organ else None),
                         (citing.parent, name[organ.end():] if organ and _BLOC.search(name) else None),
                         (organisation, name[organ.end():] if organ and organisation != own else None)):
        rest = named[len(short):].strip() if named and short else ""
        # (not a joint letter's other body: "Sở Y tế tỉnh Thanh Hóa và Sở Giáo dục …" is no place of the first; a
        # ministry's own: "Văn phòng Bộ" in a letter of the "Bộ Tài nguyên và Môi trường")
        central = fold(named or "") in p.CENTRAL_BY_FOLD
        if named and short and fold(named).startswith(fold(short) + " ") and (central or not _joint(rest) and (
                p.LOCALITY.match(rest) or rest == citing.parent or _BARE_ORGAN.match(short)
                or fold(short).endswith(("dang uy khoi", "dang bo khoi", "dang uy co quan", "dang bo co quan",
                                            "cong ty", "ban quan ly du an"))
                or fold(short) == "thanh tra so"  # "của Chánh Thanh tra Sở" in the inspectorate's own letter
                or named == citing.parent and len(short.split()) > 1)):  # "của Chủ tịch Viện Hàn lâm" under it
            return name[: len(name) - len(short)] + named
    if own and fold(name) == fold(own) and own.split()[-1][:1].isupper():
        return own  # the citing body as it names itself: "Ban Quản lý Khu kinh tế Quảng Ninh", its place its name's
    completed = _complete_locality(name, citing)
    if own and completed and _abridged(completed, own):
        return own
    # A commune of the citing district whose tone a scan misread ("UBND xã Soc Hà" of huyện Hà Quảng): as the district
    # spells it.
    district = citing.unit() if citing.level in _DISTRICT_LEVEL else citing.district
    return commune_spelled(completed, district) if completed and district else completed


# A body's head named alone, or the body by its kind, in the body's own letter: the kinds of body it leads, folded
# ("Quyết định số 198/QĐ-VCAQMN … của Viện trưởng" in a letter of the "Viện Cây ăn quả miền Nam").
_HEAD_OF_ITSELF = {
    **dict.fromkeys(("nha truong", "hieu truong", "hieu truong nha truong"), ("truong ",)),
    "vien truong": ("vien ",), "cuc truong": ("cuc ",), "chi cuc truong": ("chi cuc ",), "vu truong": ("vu ",),
    "tong cuc truong": ("tong cuc ",), "truong ban": ("ban ",), "truong phong": ("phong ",),
    "chu tich": ("uy ban nhan dan ",),
    "giam doc": ("so ", "trung tam ", "benh vien ", "kho bac ", "dai ", "cong ty ", "chi nhanh ", "ban quan ly "),
}
# The school itself, named by its board or head in the letter of its youth or trade union ("Ban Chấp hành Đoàn Trường
# Đại học Nông Lâm").
_SCHOOL_ITSELF = frozenset({"nha truong", "ban giam hieu", "ban giam hieu nha truong", "hieu truong",
                            "hieu truong nha truong"})
_SCHOOL_OF_UNION = re.compile(r"(?<=\b[Đđ]oàn )Trường\b.*$")
# A body's own organ before the short name a letter gives the body: "Đoàn Chủ tịch Tổng Liên đoàn", "Thanh tra Sở Xây
# dựng" in the Sở's letter.
_ORGAN_OF_BODY = re.compile(
    r"^(?:Đoàn\s+Chủ\s+tịch|Ban\s+Thường\s+vụ|Ban\s+Chấp\s+hành|Văn\s+phòng|Thanh\s+tra"
    r"|Ban\s+(?:Tổ\s+chức|Tuyên\s+giáo|Dân\s+vận))\s+(?=\S)", re.IGNORECASE)  # "Ban Tổ chức Đảng ủy Khối"
_BLOC = re.compile(r"(?:Đảng ủy|Đảng bộ) Khối$")  # a party bloc named short: "Ban Thường vụ Đảng ủy Khối"
_AND_CAPITAL = re.compile(r"\svà\s+(?=[A-ZĐỦ])")


def _joint(name: str) -> bool:
    """Another body after "và" in a joint letter's issuers: "Sở Y tế tỉnh Thanh Hóa và Liên đoàn Lao động …" ("Sở Tài
    nguyên và Môi trường" is one body)."""
    return any(p.ORGAN_START.match(name[m.end():]) for m in _AND_CAPITAL.finditer(name))


_ALIAS_FOLDS = {fold(alias): body for alias, body in p.CENTRAL_ALIASES.items()}


def _within_central(name: str) -> str | None:
    """An organ of a central body the letter names short: "Đoàn Chủ tịch Tổng Liên đoàn" is the Presidium of the
    "Tổng Liên đoàn Lao động Việt Nam"."""
    organ = _ORGAN_OF_BODY.match(name)
    body = organ and _ALIAS_FOLDS.get(fold(name[organ.end() :]))
    return f"{name[: organ.end()]}{body}" if body else None


def _cut_short(name: str, coded: str | None) -> bool:
    """A name that is the first words of the body the number's code names, no place after them: "Sở Nông nghiệp"
    of the "Sở Nông nghiệp và Phát triển nông thôn tỉnh Sóc Trăng" (not "Phòng Giáo dục và Đào tạo" of "… huyện")."""
    if not coded or _UNIT.search(name) or _BARE_ORGAN.match(name) or not fold(coded).startswith(fold(name) + " "):
        return False
    return not re.match(rf"(?:{_KINDS})\b", coded[len(name) :].strip(), re.IGNORECASE)


def _own_association(name: str, own: str | None) -> str | None:
    """"của Trung ương Hội" in a letter of the "Ban Chấp hành Hội Nông dân tỉnh Nam Định" is the "Trung ương Hội
    Nông dân Việt Nam"; "của Ban Thường vụ Hội" its own province's."""
    bare, association = _BARE_ASSOCIATION.match(name), own and _ASSOCIATION.search(own)
    if not (bare and association):
        return None
    organ, named = bare.group("organ"), association.group("name")
    if fold(organ).endswith("trung uong"):
        return f"{organ} Hội {named} Việt Nam"
    return " ".join(filter(None, (organ, "Hội", named, association.group("place"))))


def _abridged(name: str, own: str) -> bool:
    """The citing body named short, its purpose left out: "Ban Chỉ đạo huyện Tháp Mười" in a letter of the "Ban Chỉ
    đạo phòng, chống dịch COVID-19 huyện Tháp Mười" (its kind's first words and its place, nothing else)."""
    if p.JOINT_SEPARATOR.search(own) or fold(name).startswith("uy ban nhan dan "):
        # a joint letter's bodies: "Sở Y tế tỉnh Thanh Hóa" is one of them, no short name of both; a people's
        # committee is no other body's short name ("Ủy ban bầu cử … Hội đồng nhân dân tỉnh Quảng Bình")
        return False
    words, whole = fold(name).split(), fold(own).split()
    return len(whole) > len(words) and any(
        words == whole[:k] + whole[len(whole) - len(words) + k :]
        and whole[k : len(whole) - len(words) + k] != _COUNCIL  # "Ban Dân tộc tỉnh" is no council's board
        for k in range(2, len(words) - 1))


_COUNCIL = "hoi dong nhan dan".split()


# Organs a province has one of, named without it: "Sở Xây dựng", "Công an tỉnh", a department's branch "Chi cục Bảo
# vệ thực vật" (not a branch a district has: "Chi cục Thuế", "Chi cục Thống kê").
_PROVINCIAL_ORGAN = re.compile(r"(?:sở|ban quản lý|công an tỉnh|bộ chỉ huy"
                               r"|chi cục(?!\s+(?:thuế|thống kê|hải quan|thi hành án|dự trữ)))\b", re.IGNORECASE)

# A centre named without its place in a province's own letter is the province's (a department's): "Xét đề nghị của
# Trung tâm Quản lý giao thông công cộng" in a letter of the city's Sở Giao thông vận tải; not a national one.
_CENTRE = re.compile(r"trung tâm\b(?!.*\b(?:quốc gia|trung ương|việt nam)$)", re.IGNORECASE)


def _complete_locality(name: str, citing: Locality) -> str | None:
    """Add the place a relative name leaves out: "Ủy ban nhân dân tỉnh" → "… tỉnh Sóc Trăng",
    "Sở Xây dựng" → "Sở Xây dựng tỉnh Bình Phước", "Phòng Nội vụ" → "Phòng Nội vụ huyện …"."""
    if _MILITARY_REGION_AT_END.search(name) or (area := p.PROTECTED_AREA.search(name)) and name[area.end()].isupper():
        return name  # a military region's council: "Hội đồng Giáo dục quốc phòng và an ninh Quân khu 2"; a named
        # protected area's board: "Ban Quản lý Khu bảo tồn thiên nhiên Ngọc Linh"
    party = p.PARTY_COMMITTEE.search(name)
    if party:
        if party.group("name"):
            return name
        levels = _PARTY_LEVEL[party.group("level").lower()]
        place = _place_at(levels, citing)
        place = party_place(place) if place and party.group("level").lower() in ("tỉnh", "thành") else place
        return f"{name} {place}" if place else None
    field = p.ISSUER_WITH_FIELD.match(match_form(name))  # "… Thương binh và Xã hội": no commune there
    unit = _UNIT.search(name, field.end() if field else 0)
    if unit and unit.group("name"):
        return name
    if unit:
        place = _place_at((unit.group("level").lower(),), citing)
        return f"{name[: unit.start()]}{locality_unit(unit.group('level').lower(), place)}" if place else None
    if _PROVINCIAL_ORGAN.match(name) and _province(citing):
        # "Ban Quản lý các KCN Bắc Ninh": its province named (not a zone's "… Đồng Đăng - Lạng Sơn")
        at_end = province_at_end(name)
        if at_end and name[: -len(at_end)].rstrip().endswith("-"):
            return name  # a zone named by a compound holding the province: "… cửa khẩu Đồng Đăng - Lạng Sơn"
        if at_end and fold(_province(citing)).endswith(fold(at_end)):
            return f"{name[: -len(at_end)]}{_province(citing)}"
        return f"{name} {_province(citing)}"
    if (_CENTRE.match(name) and citing.level in _PROVINCE_LEVEL and citing.name == citing.province
            and not province_at_end(name)):  # "… thực phẩm Hải Dương" names its own
        return f"{name} {_province(citing)}"
    if _DISTRICT_BOARD.match(name) and citing.level in _DISTRICT_LEVEL and citing.name:
        return f"{name} {citing.unit()}"  # "Ban Bồi thường giải phóng mặt bằng" in Thủ Đức's letter: the city's own
    if _DISTRICT_OFFICE.match(name):  # a district's office or forest rangers; since 2025 a commune's own office
        own = citing.level in _DISTRICT_LEVEL or (citing.reorganised and citing.level in _COMMUNE_LEVEL
                                                  and name[0] in "Pp")
        unit = citing.unit() if own else citing.district
        if not unit and name[0] in "Pp" and fold(citing.issuer or "").startswith("so "):
            return f"{name} {citing.issuer}"  # a department's own office: "Phòng Quản lý kết cấu hạ tầng giao thông"
        return f"{name} {unit}" if unit else None
    return name


_MILITARY_REGION_AT_END = re.compile(r"\sQuân\s+khu\s+\d{1,2}$")
_DISTRICT_OFFICE = re.compile(r"phòng\b|hạt\s+kiểm\s+lâm\b", re.IGNORECASE)  # "của Hạt Kiểm lâm" in a district's
# A district's board for land clearance, named without its place in the district's own letter.
_DISTRICT_BOARD = re.compile(r"ban\s+bồi\s+thường(?:,?\s+hỗ\s+trợ(?:\s+và)?\s+tái\s+định\s+cư)?"
                             r"\s+giải\s+phóng\s+mặt\s+bằng$", re.IGNORECASE)


def _city_province(citing: Locality) -> bool:
    """The citing city lies in a city run by the centre (Thủ Đức in Hồ Chí Minh), which its letters write "Thành
    phố"."""
    return bool(citing.province and citing.name != citing.province
                and fold(province_unit(citing.province)).startswith("thanh pho "))


def _place_at(levels: tuple[str, ...], citing: Locality) -> str | None:
    if citing.level in levels:
        return citing.name
    if citing.commune and citing.commune[0] in levels:  # "của Đảng ủy xã" in a district's letter on one commune
        return citing.commune[1]
    # "thị xã Ninh Hòa": a level of two words; "của UBND thành phố" in a commune's letter is its city's ("thành phố
    # Đồng Xoài"), not its province's
    level = next((level for level in levels if citing.district and citing.district.lower().startswith(level + " ")
                  and level in _DISTRICT_LEVEL), None)
    if level:
        return citing.district[len(level) + 1 :]
    if set(levels) & set(_PROVINCE_LEVEL) and (citing.level in _DISTRICT_LEVEL + _COMMUNE_LEVEL or not citing.level):
        return citing.province
    return None


def _from_number(number: str, citing: Locality, citing_issuer: str | None) -> str | None:
    return next(filter(None, (_body_of_code(code, citing, citing_issuer) for code in issuer_codes(number))), None)


def _body_of_code(code: str, citing: Locality, citing_issuer: str | None) -> str | None:
    """The body a number's code names: central ("BTC"), the citing letter's province's or district's ("STC",
    "PTC"), its party committees ("TU", "HU", "ĐU"), its own committee or council ("UBND", "HĐND")."""
    if code in p.ISSUER_BY_CODE:
        return p.ISSUER_BY_CODE[code]
    if code in p.PROVINCIAL_BY_CODE and _province(citing):
        return _with_place(p.PROVINCIAL_BY_CODE[code], _province(citing))
    if code in p.DISTRICT_BY_CODE and citing.level in _DISTRICT_LEVEL and citing.level != "thành phố":
        return _with_place(p.DISTRICT_BY_CODE[code], citing.unit())
    if code in p.COMMUNE_BY_CODE and citing.reorganised and citing.level in _COMMUNE_LEVEL and citing.name:
        return f"{p.COMMUNE_BY_CODE[code]} {citing.unit()}"
    if code == "TU" and citing.province:
        return province_party_committee(citing.province)
    if code == "HU" and citing.level == "huyện":
        return f"Huyện ủy {citing.name}"
    if code == "ĐU" and citing.level in _COMMUNE_LEVEL and citing.name:  # "05-NQ/ĐU" in a commune's letter
        return f"Đảng ủy {citing.level} {citing.name}"
    if code in ("UBND", "HĐND") and citing_issuer and citing.name:
        # No "của …": the committee (or council) of the citing letter's own level.
        organ = "Ủy ban nhân dân" if code == "UBND" else "Hội đồng nhân dân"
        return f"{organ} {citing.unit()}"  # "… Quận 3", "… Thành phố Hồ Chí Minh"
    return None


def _with_place(body: str, unit: str) -> str:
    """"Sở Tài chính" + "tỉnh Gia Lai"; "Công an tỉnh" + "tỉnh Gia Lai" → "Công an tỉnh Gia Lai"; "Ban Tổ chức
    Huyện ủy" + "huyện Tháp Mười" → "Ban Tổ chức Huyện ủy Tháp Mười"; a district's body named by its level in a town's
    letter takes the town's: "Công an huyện" + "thị xã Phú Mỹ" → "Công an thị xã Phú Mỹ"."""
    level = next((kind for kind in _DISTRICT_LEVEL + _PROVINCE_LEVEL if unit.startswith(kind + " ")), None)
    level = level or unit.partition(" ")[0]
    if p.PARTY_COMMITTEE.search(body):  # "Ban Tổ chức Huyện ủy" + name
        return f"{body} {unit[len(level):].strip()}"
    kind = next((kind for kind in ("huyện", "tỉnh") if body.endswith(" " + kind)), None)
    if kind and level != kind and level in _DISTRICT_LEVEL + _PROVINCE_LEVEL:  # "Công an tỉnh" in Cần Thơ's letter
        return f"{body[: -len(kind)]}{unit}"
    return f"{body} {unit[len(level):].strip()}" if fold(body).endswith(" " + fold(level)) else f"{body} {unit}"
