"""The bodies that write the corpus's letters (cơ quan ban hành), in the provinces chosen by the seed.

A corpus is one province's archive with some letters of its neighbours: a few provinces, each with its
people's committee, council, party committee, departments (sở), the district-level units under it and
some of its communes. Who holds an office changes every few years; the names follow from the seed.
"""

from __future__ import annotations

import bisect
import itertools
import random
import zlib
from dataclasses import dataclass
from datetime import date
from typing import Any

from bench.synth.data import COMMUNE_ORDER, DISTRICT_ORDER, District, Province, SynthData, levels_phrase, unit_ref
from bench.synth.grammar import Grammar
from bench.synth.people import People

# Months an office holder stays, roughly: a chairman changes within a five-year term, deputies less often.
_TENURE = {"head": 30, "deputy": 40, "office": 36}


@dataclass(frozen=True, eq=False)
class Issuer:
    """One body that writes letters and what its letters say of it."""

    key: str  # "ubnd_huyen:Sóc Trăng:Mỹ Tú"
    kind: str  # a key of issuers.yaml kinds
    group: str  # ubnd, so, vp, hdnd, party: signature blocks and text variants
    tier: int  # 1 province, 2 district, 3 commune
    province: str
    district: str | None
    values: dict[str, str]  # its placeholders: level, unit, unit_ref, plevel, province, committee, …
    header: tuple[str, ...]  # the issuer column as printed, in capitals
    header_alt: tuple[str, ...]
    name: str  # the truth's issuer: "Sở Tài chính", "Ủy ban nhân dân huyện Mỹ Tú"
    parent: str | None  # the truth's parent_issuer: "Ủy ban nhân dân tỉnh Sóc Trăng"
    full_name: str  # as a citation's issuer is resolved: "Văn phòng Ủy ban nhân dân tỉnh Sóc Trăng"
    place: str  # địa danh of its letters
    since: date | None = None
    until: date | None = None

    def active(self, day: date) -> bool:
        return (self.since is None or day >= self.since) and (self.until is None or day <= self.until)


class World:
    """The issuers of one corpus, their weights, and the people who sign for them."""

    def __init__(self, data: SynthData, seed: int) -> None:
        self.data = data
        self.seed = seed
        self.people = People(data.names)
        self.grammar = Grammar({**data.grammar, **data.documents["subject_words"]})
        self.kinds: dict[str, dict[str, Any]] = data.issuers["kinds"]
        self.departments: list[dict[str, Any]] = data.issuers["departments"]
        self._departments = {d["key"]: d for d in self.departments}
        rng = random.Random(f"world:{seed}")
        self.provinces = self._choose_provinces(rng)
        weighted = [pair for province, share in self.provinces for pair in self._province_issuers(province, share, rng)]
        self.issuers = [issuer for issuer, _ in weighted]
        self._cumulative = list(itertools.accumulate(weight for _, weight in weighted))
        self.index = {_index_key(i.kind, i.province, i.district, i.values["unit_ref"]): i
                      for i in self.issuers if i.kind != "so"}
        self.sos: dict[str, list[Issuer]] = {}
        for issuer in self.issuers:
            if issuer.kind == "so":
                self.sos.setdefault(issuer.province, []).append(issuer)
        self._officials: dict[str, str] = {}
        self.province_of = {province.name: province for province, _ in self.provinces}

    # --- choosing ---------------------------------------------------------------------------------
    def pick(self, rng: random.Random, day: date) -> Issuer:
        """An issuer by weight, among those that exist on the day (departments merged in 2025 do not)."""
        while True:
            position = bisect.bisect(self._cumulative, rng.random() * self._cumulative[-1])
            issuer = self.issuers[min(position, len(self.issuers) - 1)]
            if issuer.active(day):
                return issuer

    def find(self, kind: str, like: Issuer) -> Issuer | None:
        """The issuer of a kind at the unit of another one, or above it ("ubnd_tinh" of a commune's letter)."""
        tier = self.kinds[kind]["tier"]
        if tier == 1:
            return self.index.get(_index_key(kind, like.province, None, like.values["province_ref"]))
        if tier == 2 and like.tier >= 2:
            return self.index.get(_index_key(kind, like.province, like.district, like.values["district_ref"]))
        return self.index.get(_index_key(kind, like.province, like.district, like.values["unit_ref"]))

    def department(self, key: str, day: date) -> dict[str, Any]:
        """A department as it was on the day: one merged in 2025 is replaced by its successor."""
        department = self._departments[key]
        while department.get("until") and day > department["until"]:
            department = self._departments[department["successor"]]
        return department

    def active_departments(self, day: date) -> list[dict[str, Any]]:
        return [d for d in self.departments if (d.get("since") or day) <= day <= (d.get("until") or day)]

    def official(self, issuer: Issuer, role: str, day: date, slot: int = 0) -> str:
        """Who held the role on the day: the same name for every letter of the same tenure."""
        tenure = _TENURE[role]
        months = (day.year - 2014) * 12 + day.month + zlib.crc32(issuer.key.encode()) % tenure
        key = f"{self.seed}|{issuer.key}|{role}|{months // tenure}|{slot}"
        name = self._officials.get(key)
        if name is None:
            name = self._officials[key] = self.people.name(random.Random(key))
        return name

    # --- building ---------------------------------------------------------------------------------
    def _choose_provinces(self, rng: random.Random) -> list[tuple[Province, float]]:
        spec = self.data.issuers["provinces"]
        candidates = [p for p in self.data.provinces if p.name not in spec["exclude"]]
        chosen = rng.sample(candidates, spec["count"])
        total = sum(spec["shares"])
        return [(province, share / total) for province, share in zip(chosen, spec["shares"], strict=True)]

    def _province_issuers(self, province: Province, share: float, rng: random.Random) -> list[tuple[Issuer, float]]:
        all_communes = [(d, c) for d in province.districts for c in d.communes]
        writing = rng.sample(all_communes, min(len(all_communes), self.data.issuers["provinces"]["communes_writing"]))
        pairs: list[tuple[Issuer, float]] = []
        for kind, spec in self.kinds.items():
            made = list(self._issuers_of_kind(kind, spec, province, writing))
            pairs += [(issuer, spec["share"] * share / len(made)) for issuer in made]
        return pairs

    def _issuers_of_kind(self, kind: str, spec: dict[str, Any], province: Province,
                         writing: list[tuple[District, tuple[str, str]]]):
        if kind == "so":
            for department in self.departments:
                if department.get("code"):
                    yield self._issuer(kind, spec, province_values(self.data, province), department)
        elif spec["tier"] == 1:
            yield self._issuer(kind, spec, province_values(self.data, province))
        elif spec["tier"] == 2:
            for district in province.districts:
                yield self._issuer(kind, spec, district_values(self.data, province, district))
        else:
            for district, commune in writing:
                yield self._issuer(kind, spec, commune_values(self.data, province, district, commune))

    def _issuer(self, kind: str, spec: dict[str, Any], values: dict[str, str],
                department: dict[str, Any] | None = None) -> Issuer:
        values = dict(values)
        if department:
            values["organ"] = department["name"].format_map(values)
            values["dept_codes"] = " ".join(department["depts"])
            values["code"] = department["code"]

        def fill(template: str) -> str:
            return template.format_map(values)

        values.update(self=fill(spec["self"]), self_short=fill(spec["self_short"]), head=fill(spec["head"]))
        name = fill(spec["name"])
        key_tail = department["key"] if department else values["unit_ref"]
        return Issuer(
            key=f"{kind}:{values['province']}:{values.get('district', '')}:{key_tail}",
            kind=kind,
            group=spec["group"],
            tier=spec["tier"],
            province=values["province"],
            district=values.get("district"),
            values=values,
            header=tuple(fill(line).upper() for line in spec["header"]),
            header_alt=tuple(fill(line).upper() for line in spec.get("header_alt", spec["header"])),
            name=name,
            parent=fill(spec["parent"]) if spec.get("parent") else None,
            full_name=fill(spec["full_name"]) if spec.get("full_name") else _full_name(name, spec["group"], values),
            place=values["place"],
            since=department.get("since") if department else None,
            until=department.get("until") if department else None,
        )


def _full_name(name: str, group: str, values: dict[str, str]) -> str:
    """A department's full name, as lists and the citation graph name it: "Sở Tài chính tỉnh Sóc Trăng";
    "Công an tỉnh" → "Công an tỉnh Sóc Trăng"."""
    if group != "so":
        return name
    plevel, province = values["plevel"], values["province"]
    return f"{name} {province}" if name.endswith(f" {plevel}") else f"{name} {plevel} {province}"


def _index_key(kind: str, province: str, district: str | None, unit: str) -> str:
    return f"{kind}|{province}|{district or ''}|{unit}"


def _committee(data: SynthData, level: str, tier: int) -> dict[str, str]:
    committees = data.issuers["party_committees"]
    return committees.get(f"{level}@{tier}") or committees.get(level) or {"name": "Đảng ủy", "code": "ĐU"}


def province_values(data: SynthData, province: Province) -> dict[str, str]:
    """Placeholders of a province-level issuer (tỉnh, sở, Tỉnh ủy)."""
    levels = {d.level for d in province.districts}
    subunits = levels_phrase(levels, DISTRICT_ORDER)
    committee = _committee(data, province.level, 1)
    return {
        "plevel": province.level, "province": province.name, "level": province.level, "unit": province.name,
        "unit_ref": unit_ref(province.level, province.name), "committee": committee["name"],
        "pcode": committee["code"], "subunits": subunits, "subunits_ubnd": f"Ủy ban nhân dân {subunits}",
        "subunit_heads": f"Chủ tịch Ủy ban nhân dân {subunits}", "district_level": province.level,
        "place": data.issuers["place_names"].get(province.name, province.name),
        "province_ref": unit_ref(province.level, province.name),
        "south": "1" if province.south else "",
    }


def district_values(data: SynthData, province: Province, district: District) -> dict[str, str]:
    """Placeholders of a district-level issuer (huyện, thị xã, thành phố, quận)."""
    values = province_values(data, province)
    subunits = levels_phrase({level for level, _ in district.communes}, COMMUNE_ORDER)
    committee = _committee(data, district.level, 2)
    values.update(
        level=district.level, unit=district.name, district=district.name,
        unit_ref=unit_ref(district.level, district.name), committee=committee["name"], pcode=committee["code"],
        subunits=subunits, subunits_ubnd=f"Ủy ban nhân dân {subunits}",
        subunit_heads=f"Chủ tịch Ủy ban nhân dân {subunits}", district_level=district.level, place=district.name,
        district_ref=unit_ref(district.level, district.name),
    )
    return values


def commune_values(data: SynthData, province: Province, district: District, commune: tuple[str, str]) -> dict[str, str]:
    """Placeholders of a commune-level issuer (xã, phường, thị trấn); hamlets are ấp/khóm or thôn/tổ dân phố."""
    values = district_values(data, province, district)
    level, name = commune
    rural = level == "xã"
    hamlets = ("ấp" if rural else "khóm") if province.south else ("thôn" if rural else "tổ dân phố")
    values.update(
        level=level, unit=name, unit_ref=unit_ref(level, name), committee="Đảng ủy", pcode="ĐU",
        subunits=f"các {hamlets}", subunits_ubnd=f"Ban nhân dân các {hamlets}", subunit_heads=f"Trưởng các {hamlets}",
        place=name,
    )
    return values
