"""The data files of bench/synth_data/ and the administrative units, read once per process.

Units come from the `vietnamadminunits` dataset (table `admin_units_legacy`: the 63 provinces, their
districts and communes as they stood before the reorganisation of 1 July 2025), read directly with
sqlite3 as build_tools/gazetteer.py does.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).resolve().parent.parent / "synth_data"
# Levels in the order letters list them: "các quận, huyện, thị xã, thành phố", "các xã, phường, thị trấn".
DISTRICT_ORDER = ("quận", "huyện", "thị xã", "thành phố")
COMMUNE_ORDER = ("xã", "phường", "thị trấn")
# The dataset tells apart two units of one name by their level: "Cai Lậy (Huyện)", "Cai Lậy (Thị xã)".
_LEVEL_SUFFIX = re.compile(r"\s*\([^)]*\)$")


@dataclass(frozen=True)
class District:
    """A district-level unit (đơn vị hành chính cấp huyện) and its communes (cấp xã)."""

    level: str  # "huyện", "thị xã", "thành phố", "quận"
    name: str  # "Mỹ Tú", "Quận 1"
    communes: tuple[tuple[str, str], ...]  # (level, name): ("xã", "Long Bình"), ("phường", "Phường 1")


@dataclass(frozen=True)
class Province:
    """A province-level unit (tỉnh, thành phố trực thuộc trung ương)."""

    level: str  # "tỉnh" or "thành phố"
    name: str  # "Sóc Trăng"
    south: bool  # hamlets are "ấp, khóm" in the south, "thôn, tổ dân phố" elsewhere
    districts: tuple[District, ...]


@dataclass(frozen=True)
class SynthData:
    names: dict[str, Any]
    issuers: dict[str, Any]
    documents: dict[str, Any]
    domains: tuple[dict[str, Any], ...]
    grammar: dict[str, list[str]]
    central: dict[str, Any]
    provinces: tuple[Province, ...]


def _yaml(name: str) -> Any:
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def load_data() -> SynthData:
    issuers = _yaml("issuers.yaml")
    return SynthData(
        names=_yaml("names.yaml"),
        issuers=issuers,
        documents=_yaml("documents.yaml"),
        domains=tuple(_yaml("domains.yaml")["domains"]),
        grammar=_yaml("grammar.yaml")["symbols"],
        central=_yaml("central.yaml"),
        provinces=read_provinces(frozenset(issuers["central_cities"])),
    )


def read_provinces(central_cities: frozenset[str]) -> tuple[Province, ...]:
    """Every province with its districts and communes, in the dataset's order (by code)."""
    path = resources.files("vietnamadminunits") / "data" / "dataset.db"
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        rows = db.execute(
            "SELECT provinceShort, provinceLat, provinceLon, districtShort, districtType, wardShort, wardType"
            " FROM admin_units_legacy ORDER BY provinceCode, districtCode, wardCode"
        ).fetchall()
    grouped: dict[str, dict[tuple[str, str], list[tuple[str, str]]]] = {}
    south: dict[str, bool] = {}
    for province, lat, lon, district, district_type, ward, ward_type in rows:
        # The Mekong delta and the south-east (below 11.8° N, west of 107.6° E) name hamlets "ấp".
        south[province] = lat < 11.8 and lon < 107.6
        district = _LEVEL_SUFFIX.sub("", district)
        communes = grouped.setdefault(province, {}).setdefault((district_type.lower(), district), [])
        if ward:
            communes.append((ward_type.lower(), _LEVEL_SUFFIX.sub("", ward)))
    return tuple(
        Province(
            level="thành phố" if name in central_cities else "tỉnh",
            name=name,
            south=south[name],
            districts=tuple(District(level, d, tuple(c)) for (level, d), c in districts.items()),
        )
        for name, districts in grouped.items()
    )


def unit_ref(level: str, name: str) -> str:
    """How a text names a unit: "huyện Mỹ Tú"; names made of the level and a number stand alone ("Phường 1")."""
    return name if name.lower().startswith(level) else f"{level} {name}"


def levels_phrase(levels: set[str], order: tuple[str, ...]) -> str:
    """"các huyện, thị xã, thành phố" from the levels present, in the customary order."""
    return "các " + ", ".join(level for level in order if level in levels)
