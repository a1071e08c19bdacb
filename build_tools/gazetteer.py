"""Administrative units of Việt Nam, read from the dataset of the `vietnamadminunits` package.

The archive holds letters from before the 2025 reorganisation, when districts (huyện, thị xã) still
existed: "của UBND tỉnh" in a letter of huyện Tuy Phước means the committee of Bình Định province.
The legacy table (63 provinces, their districts and communes) answers that; the current table
(34 provinces and their communes) adds the names in use since July 2025.
"""

from __future__ import annotations

import re
import sqlite3
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path

from build_tools.text import fold, is_syllable, match_form

# The provinces merged (Nghị quyết 202/2025/QH15) and two levels of local government (Luật 72/2025/QH15) from 1 July
# 2025: a commune's letter of that day or later is of a commune of the current table, under its province.
REORGANISED = "2025-07-01"
# A province the dataset names as it is now, by its name before a date: Thừa Thiên Huế is the city of Huế, governed
# by the centre, from 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15); "Tỉnh ủy" in a 2018 letter of thành phố Huế is
# the Tỉnh ủy Thừa Thiên Huế.
FORMER_PROVINCE_NAMES = {"Huế": ("2025-01-01", "Thừa Thiên Huế")}


@dataclass(frozen=True)
class Gazetteer:
    provinces: frozenset[str]  # folded short names: "soc trang", "ha noi"
    province_of_district: dict[str, tuple[str, ...]]  # folded district → province names as written
    province_of_written_district: dict[str, tuple[str, ...]]  # the same, the district's tone marks kept
    kinds_of_district: dict[str, tuple[str, ...]]  # folded district → its kinds: ("huyện",), ("huyện", "thị xã")
    province_of_commune: dict[str, tuple[str, ...]]  # commune (xã, phường, thị trấn), folded and written → provinces
    province_of_current_commune: dict[str, tuple[str, ...]]  # the same, of the communes since July 2025
    names: dict[str, str]  # folded unit name → as written, every level
    longest_name: int  # in words
    run_together: dict[str, str | None]  # a name of two words or more without spaces or hyphens: "cujut"
    communes_of_district: dict[str, dict[str, tuple[str, ...]]]  # folded district → folded commune → as written
    successors: dict[str, str]  # folded province of before July 2025 → the province it is part of since
    province_names: dict[str, str]  # folded province → as the dataset writes it: "quang tri" → "Quảng Trị"
    district_run_together: dict[str, str]  # a district's folded name without spaces → with them: "dakrong" → "da krong"

    def name_at(self, words: list[str]) -> str | None:
        """The longest unit name that the given words start with ("Sóc Trăng Kịch bản" → "Sóc Trăng")."""
        for size in range(min(self.longest_name, len(words)), 0, -1):
            found = self.names.get(fold(" ".join(words[:size])))
            if found:
                return " ".join(words[:size])
        return None

    def provinces_above(self, district: str) -> tuple[str, ...]:
        """The provinces holding a district of the name; where folding joins two names, the one written so:
        "huyện Thanh Trì" is Hà Nội's, not Sóc Trăng's "huyện Thạnh Trị"; a name its letters write as one word, as the
        dataset spaces it ("huyện Đakrông" is its "Đa Krông")."""
        folded = self.province_of_district.get(fold(district), ())
        if not folded and (spaced := self.district_run_together.get(_KIND_BEFORE.sub("", fold(district)))):
            return self.province_of_district[spaced]
        return self.province_of_written_district.get(_written(district), folded) if len(folded) > 1 else folded

    def district_unit(self, name: str) -> str | None:
        """"Lục Nam" → "huyện Lục Nam": a district's name with its kind, where only one district has the name."""
        kinds = self.kinds_of_district.get(fold(name), ())
        if len(kinds) != 1:
            return None
        return name if fold(name).startswith(fold(kinds[0]) + " ") else f"{kinds[0]} {name}"  # "Quận 1"

    def provinces_of_commune(self, commune: str, since_reorganisation: bool = False) -> tuple[str, ...]:
        """The provinces holding a commune of the name: ever, or (`since_reorganisation`) since July 2025."""
        table = self.province_of_current_commune if since_reorganisation else self.province_of_commune
        # As written first: phường "Thuận Hóa" is Huế's, the xã "Thuận Hòa" of Cần Thơ and Tuyên Quang fold alike.
        return table.get(_written(commune)) or table.get(fold(commune), ())

    def commune_in(self, district: str, commune: str) -> str | None:
        """A commune's name as its district spells it, where a scan misread a tone ("Thanh Lợi" of huyện Bình Tân is
        its "Thành Lợi"): the one commune of the district whose name folds so; None when the name is as written."""
        spelled = self.communes_of_district.get(fold(district), {}).get(fold(commune), ())
        return spelled[0] if len(spelled) == 1 and _written(spelled[0]) != _written(commune) else None

    def province_since_reorganisation(self, province: str) -> str | None:
        """"Thái Bình" → "Hưng Yên": the province a former one is part of since July 2025."""
        return self.successors.get(fold(province))

    def is_province(self, name: str) -> bool:
        return fold(name) in self.provinces

    def province_spelled(self, name: str) -> str | None:
        """A province's name as the dataset writes it ("Quảng Tri", OCR's, is Quảng Trị); None for no province's."""
        return self.province_names.get(fold(name))

    def spaced(self, word: str) -> str | None:
        """A unit's name that OCR ran into one word, its letters as written and its spaces put back
        ("CƯJÚT" → "CƯ JÚT"); None when it is no such name, or two names'."""
        name = None if is_syllable(word.lower()) else self.run_together.get(fold(word))  # "TUYÊN" is no "Tú Yên"
        if name is None or len(fold(word)) != len(word):
            return None
        letters = iter(word)
        return "".join(char if char in " -" else next(letters) for char in name)


_KIND_BEFORE = re.compile(r"^(?:huyen|quan|thi xa|thanh pho) ")


def _dataset() -> sqlite3.Connection:
    # Found, not imported: the package's import (its parsers, geopy, shapely) costs each worker ≈ 0.5 s of CPU.
    path = Path(find_spec("vietnamadminunits").origin).parent / "data" / "dataset.db"
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    with _dataset() as db:
        legacy = db.execute(
            "SELECT DISTINCT provinceShort, districtShort, wardShort, districtType FROM admin_units_legacy"
        ).fetchall()
        current = db.execute("SELECT DISTINCT provinceShort, wardShort FROM admin_units").fetchall()
        # A commune of July 2025 keeps the code of one it was made of: each former province's codes lie in one.
        successors = db.execute("SELECT DISTINCT l.provinceShort, c.provinceShort FROM admin_units_legacy l"
                                " JOIN admin_units c ON l.wardCode = c.wardCode").fetchall()
    legacy = [(_LEGACY_PROVINCE.get(province, province), *rest) for province, *rest in legacy]
    provinces = {fold(row[0]) for row in legacy} | {fold(row[0]) for row in current}
    above: dict[str, set[str]] = defaultdict(set)
    written_above: dict[str, set[str]] = defaultdict(set)
    kinds: dict[str, set[str]] = defaultdict(set)
    communes: dict[str, set[str]] = defaultdict(set)
    current_communes: dict[str, set[str]] = defaultdict(set)
    names: dict[str, str] = {}
    district_communes: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for province, district, ward, kind in legacy:
        district = _district_name(district) if district else district
        if district:
            above[fold(district)].add(province)
            above[fold(f"{kind} {district}")].add(province)  # "quận Tân Phú" is Hồ Chí Minh's, "Tân Phú" two
            for name in (district, f"{kind} {district}"):
                written_above[_written(name)].add(province)
            kinds[fold(district)].add(kind.lower())
        if ward:
            for key in (fold(ward), _written(ward)):
                communes[key].add(province)
            if district:
                district_communes[fold(district)][fold(ward)].add(ward)
        for name in filter(None, (province, district, ward)):
            names.setdefault(fold(name), name)
    for province, ward in current:
        for key in (fold(ward), _written(ward)) if ward else ():
            communes[key].add(province)
            current_communes[key].add(province)
        for name in filter(None, (province, ward)):
            names.setdefault(fold(name), name)
    longest = max(len(name.split()) for name in names)
    return Gazetteer(
        frozenset(provinces),
        {district: tuple(sorted(p)) for district, p in above.items()},
        {district: tuple(sorted(p)) for district, p in written_above.items()},
        {district: tuple(sorted(k)) for district, k in kinds.items()},
        {commune: tuple(sorted(p)) for commune, p in communes.items()},
        {commune: tuple(sorted(p)) for commune, p in current_communes.items()},
        names,
        longest,
        _run_together(names),
        {district: {commune: tuple(sorted(w)) for commune, w in wards.items()}
         for district, wards in district_communes.items()},
        {fold(_LEGACY_PROVINCE.get(old, old)): new for old, new in successors},
        {fold(row[0]): row[0] for row in [*legacy, *current]},
        _districts_run_together(above),
    )


# A province the dataset's legacy table names as it was renamed in 2025: the districts' letters name it as it was.
# Thừa Thiên Huế became the city of Huế on 1 January 2025 (Nghị quyết 1314/NQ-UBTVQH15).
_LEGACY_PROVINCE = {"Huế": "Thừa Thiên Huế"}
# A district the dataset misspells: huyện Mù Cang Chải (Yên Bái), as its letters and the Government's decrees write it.
_DISTRICT_ERRATA = {"Mù Căng Chải": "Mù Cang Chải"}


def _district_name(district: str) -> str:
    """A legacy district's name, its level's bracket dropped ("Cai Lậy (Thị xã)", "Cai Lậy (Huyện)": two units of one
    name, told apart by their level), the dataset's slips mended."""
    name = re.sub(r"\s*\(.*\)$", "", district)
    return _DISTRICT_ERRATA.get(name, name)


def _districts_run_together(above: dict[str, set[str]]) -> dict[str, str]:
    """Districts' folded names of two words or more, their spaces dropped, where one district has the form."""
    joined: dict[str, list[str]] = defaultdict(list)
    for district in above:
        if " " in district and not _KIND_BEFORE.match(district):
            joined[district.replace(" ", "")].append(district)
    return {short: names[0] for short, names in joined.items() if len(names) == 1}


def _written(name: str) -> str:
    """A name as written, its tone marks kept, in one case and tone placement."""
    return match_form(name).lower()


def _run_together(names: dict[str, str]) -> dict[str, str | None]:
    """Names of two words or more, their spaces and hyphens dropped ("cujut") → as written; None where two
    names, or a name of one word, share the form."""
    joined: dict[str, str | None] = {}
    for key, written in names.items():
        if " " in key:
            short = re.sub(r"[\s-]", "", key)
            joined[short] = written if joined.get(short, written) == written and short not in names else None
    return joined


@lru_cache(maxsize=1)
def unit_names() -> dict[str, frozenset[tuple[str, str]]]:
    """Every unit's kind and name as written ("huyện", "Đăk Hà"), by level ("province", "district", "commune"),
    before and after 2025; a province's kind is "tỉnh" (the dataset gives none)."""
    with _dataset() as db:
        legacy = db.execute(
            "SELECT DISTINCT provinceShort, districtShort, districtType, wardShort, wardType FROM admin_units_legacy"
        ).fetchall()
        current = db.execute("SELECT DISTINCT provinceShort, wardShort, wardType FROM admin_units").fetchall()
    levels: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for province, district, district_kind, ward, ward_kind in legacy:
        levels["province"].add(("tỉnh", province))
        if district:
            levels["district"].add((district_kind.lower(), _district_name(district)))
        if ward:
            levels["commune"].add((ward_kind.lower(), ward))
    for province, ward, ward_kind in current:
        levels["province"].add(("tỉnh", province))
        if ward:
            levels["commune"].add((ward_kind.lower(), ward))
    return {level: frozenset(units) for level, units in levels.items()}
