"""What one letter fills the grammar's slots with: its calendar, figures, places, people and agencies.

Every value is drawn from the letter's own random generator, so a letter is a pure function of the
seed, its plan and the data. Figures are written the Vietnamese way: "1.250 triệu đồng", "4,44%".
"""

from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from bench.synth.data import unit_ref
from bench.synth.grammar import Scope, Value
from bench.synth.world import Issuer, World

ROMAN = ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV",
         "XVI", "XVII", "XVIII", "XIX", "XX")


def thousands(n: int) -> str:
    """12450 → "12.450"."""
    return f"{n:,}".replace(",", ".")


def decimal(x: float, places: int = 1) -> str:
    """4.44 → "4,44"; a whole number loses its decimals."""
    text = f"{x:.{places}f}".rstrip("0").rstrip(".")
    whole, _, frac = text.partition(".")
    return thousands(int(whole)) + ("," + frac if frac else "")


def numeric_date(day: date, rng: random.Random) -> str:
    """"14/12/2023", "05/01/2024", "20/2/2024": days mostly padded, months sometimes."""
    d = f"{day.day:02d}" if rng.random() < 0.75 else str(day.day)
    m = f"{day.month:02d}" if day.month < 10 and rng.random() < 0.35 else str(day.month)
    return f"{d}/{m}/{day.year}"


def words_date(day: date) -> str:
    """"07 tháng 7 năm 2021" (the form of the place-and-date line and of legal bases)."""
    return f"{day.day:02d} tháng {day.month} năm {day.year}"


def plan_term(year: int) -> str:
    """The five-year plan a year belongs to (kế hoạch 5 năm): 2021-2025."""
    first = 2016 + (year - 2016) // 5 * 5 if year >= 2016 else 2011
    return f"{first}-{first + 4}"


def letter_scope(world: World, issuer: Issuer, day: date, variants: tuple[str, ...], key: str,
                 rng: random.Random) -> Scope:
    """The scope a letter is written in; `key` (its file name) fixes who chairs its meetings."""
    values: dict[str, Value] = dict(issuer.values)
    values.update(_calendar(day, issuer.tier, rng))
    values.update(_figures(rng))
    values.update(_places(world, issuer, rng))
    values.update(_people(world, issuer, day, key, rng))
    values.update(_agencies(world, issuer, day, rng))
    return Scope(world.grammar, rng, values, variants)


def set_domain(scope: Scope, world: World, issuer: Issuer, domain: dict[str, Any], day: date) -> None:
    """Make the field's words the section's: {topic}, {task}, {problem}, {result}, {lead}, …"""
    rng = scope.rng
    lead = agency_name(world.department(domain["lead"][int(rng.random() * len(domain["lead"]))], day), issuer)
    anyone = scope.values["agency"]
    scope.overlay = {
        "topic": domain["topics"], "goal": domain["goals"], "task": domain["tasks"],
        "problem": domain["problems"], "result": domain["results"], "fact": domain["facts"],
        "heading": domain["heading"], "lead": lead,
        # Most tasks of a field fall to the department in charge of it.
        "agency": lambda: lead if rng.random() < 0.6 else anyone(),
    }


def agency_name(department: dict[str, Any], issuer: Issuer) -> str:
    """A department as a letter of this tier names it: Sở at the province, phòng in a district, a
    commune's officer (công chức) in a commune."""
    field = ("name", "room", "officer")[issuer.tier - 1]
    return department[field].format_map(issuer.values)


def _calendar(day: date, tier: int, rng: random.Random) -> dict[str, Value]:
    year = day.year
    # Councils and party committees count their terms (khóa): later ones at lower tiers, a new one every 5 years.
    term = (year - 2016) // 5 + 1 if year >= 2016 else 0
    return {
        "year": str(year), "prev_year": str(year - 1), "prev_prev_year": str(year - 2), "next_year": str(year + 1),
        "term": plan_term(year), "date_words": words_date(day),
        "month": lambda: str(rng.randint(1, 12)),
        "quarter": lambda: ROMAN[rng.randint(1, 4)],
        "dom": lambda: str(rng.choice((5, 10, 15, 20, 25))),
        "deadline": lambda: numeric_date(day + timedelta(days=rng.randint(5, 60)), rng),
        "date_past": lambda: words_date(day - timedelta(days=rng.randint(1, 20))),
        "roman": ROMAN[min(len(ROMAN) - 1, 8 + term + tier)],
        "session": lambda: str(rng.randint(1, 22)),
    }


def _figures(rng: random.Random) -> dict[str, Callable[[], str]]:
    def count_small() -> str:
        n = rng.randint(1, 19)
        return f"{n:02d}" if n < 10 and rng.random() < 0.5 else str(n)

    return {
        "pct_small": lambda: decimal(rng.uniform(0.5, 12), 2) + "%",
        "pct_int": lambda: (str(rng.randint(35, 99)) if rng.random() < 0.7 else decimal(rng.uniform(35, 99.9))) + "%",
        "count_small": count_small,
        "count_total": lambda: str(rng.randint(20, 40)),
        "count": lambda: str(rng.randint(10, 999)),
        "bigcount": lambda: thousands(rng.randint(1000, 250_000)),
        "small_int": lambda: str(rng.randint(1, 9)),
        "rank": lambda: str(rng.randint(1, 63)),
        "money": lambda: thousands(rng.randint(50, 9_999)) + " triệu đồng",
        "money_small": lambda: thousands(rng.randint(2, 60) * 50_000) + " đồng",
        "money_pp": lambda: decimal(rng.uniform(35, 95)) + " triệu đồng/người/năm",
        "bigmoney": lambda: (
            decimal(rng.uniform(10, 999)) if rng.random() < 0.6 else thousands(rng.randint(1_000, 25_000))
        ) + " tỷ đồng",
        "usd": lambda: thousands(rng.randint(50, 1_500)) + " triệu USD",
        "households": lambda: thousands(rng.randint(5, 2_500)) + " hộ",
        "people": lambda: thousands(rng.randint(50, 12_000)) + rng.choice((" lao động", " người")),
        "area": lambda: (decimal(rng.uniform(1, 999)) if rng.random() < 0.5 else thousands(rng.randint(1_000, 90_000)))
        + " ha",
        "tons": lambda: thousands(rng.randint(100, 900_000)) + " tấn",
        "yield_n": lambda: decimal(rng.uniform(4.5, 7.8)),
        "length": lambda: (
            decimal(rng.uniform(0.2, 45)) + " km" if rng.random() < 0.7 else str(rng.randint(20, 950)) + " m"
        ),
        "ql": lambda: str(rng.randint(1, 80)) + rng.choice(("", "", "", "A", "B", "C")),
        "tl": lambda: str(rng.randint(1, 990)),
        "dh": lambda: str(rng.randint(1, 60)),
    }


def _places(world: World, issuer: Issuer, rng: random.Random) -> dict[str, Callable[[], str]]:
    province = world.province_of[issuer.province]
    own = [d for d in province.districts if d.name == issuer.district] if issuer.tier > 1 else []
    districts = own * 3 + list(province.districts) if own else list(province.districts)
    south = bool(issuer.values["south"])

    def commune() -> tuple[str, str]:
        district = districts[int(rng.random() * len(districts))]
        if not district.communes:
            return ("xã", district.name)
        return district.communes[int(rng.random() * len(district.communes))]

    def hamlet_name() -> str:
        roll = rng.random()
        level, name = commune()
        if roll < 0.5 and not name.lower().startswith(level):  # hamlets share names with communes nearby
            return name
        if roll < 0.75:
            return str(rng.randint(1, 15))
        return rng.choice(world.data.grammar["brand_a"]) + " " + rng.choice(world.data.grammar["brand_b"])

    def hamlet() -> str:
        word = rng.choice(("ấp", "ấp", "khóm")) if south else rng.choice(("thôn", "thôn", "tổ dân phố", "bản"))
        return f"{word} {hamlet_name()}"

    return {
        "commune": lambda: unit_ref(*commune()),
        "commune_name": lambda: commune()[1],
        "district_name": lambda: districts[int(rng.random() * len(districts))].name,
        "hamlet": hamlet,
        "hamlet_name": hamlet_name,
    }


def _people(world: World, issuer: Issuer, day: date, key: str, rng: random.Random) -> dict[str, Value]:
    chair_title, chair = meeting_chair(world, issuer, day, key)
    return {"person": lambda: world.people.name(rng), "chair_title": chair_title, "chair": chair}


def meeting_chair(world: World, issuer: Issuer, day: date, key: str) -> tuple[str, str]:
    """Who chairs the meetings a notice reports, fixed by the letter's key so that its subject and its
    text name the same person ("Chủ tịch Ủy ban nhân dân tỉnh Lâm Minh Thành")."""
    deputy = zlib.crc32(key.encode()) % 3 == 0
    chief = world.find("ubnd_tinh" if issuer.tier == 1 else "ubnd_huyen" if issuer.tier == 2 else "ubnd_xa", issuer)
    if issuer.group == "party":
        title, chief = ("Phó Bí thư Thường trực" if deputy else "Bí thư") + " " + issuer.values["committee"], issuer
    elif issuer.group == "so":
        title, chief = ("Phó Giám đốc " if deputy else "Giám đốc ") + issuer.values["organ"], issuer
    elif issuer.group == "hdnd":
        title = ("Phó Chủ tịch" if deputy else "Chủ tịch") + " Hội đồng nhân dân " + issuer.values["level"]
        chief = issuer
    else:
        title = ("Phó Chủ tịch" if deputy else "Chủ tịch") + " Ủy ban nhân dân " + issuer.values["level"]
    return title, world.official(chief or issuer, "deputy" if deputy else "head", day, zlib.crc32(key.encode()) % 3)


def _agencies(world: World, issuer: Issuer, day: date, rng: random.Random) -> dict[str, Callable[[], str]]:
    names = [agency_name(d, issuer) for d in world.active_departments(day)]
    return {"agency": lambda: names[int(rng.random() * len(names))]}
