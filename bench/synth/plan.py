"""The plan of every letter, made in order: what later letters need to cite earlier ones.

Letters are planned in date order, so "earlier" is "planned before". The planner keeps one small
record per numbered letter (its number, type, date, subject and issuer: a `Cited`), never the text,
and draws each letter's citations from the records of its own issuer and of the bodies above it.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from bench.synth.cite import Catalogue, Cited
from bench.synth.context import letter_scope, set_domain
from bench.synth.world import Issuer, World

# How many earlier letters of the corpus a letter cites (0–8), and how many central documents (0–3).
_INTERNAL_COUNTS = (14, 18, 19, 16, 12, 9, 6, 4, 2)
_CENTRAL_COUNTS = (30, 36, 22, 12)
# Share of citations that give a date one day off (the disagreements the parser must report).
_SHIFTED = 0.02
_HEADERLESS = 0.3  # of the notices of committees and their offices
_DRAFT = 0.03


@dataclass(frozen=True)
class Plan:
    """Everything about a letter that is decided before its text is written."""

    index: int
    file: str
    day: date
    issuer: Issuer
    type: str
    number: str | None  # None for drafts and headerless notices
    suffix: str | None  # a draft's number without its blank part: "UBND-VP"
    blank_day: bool
    headerless: bool
    domain: dict[str, Any]
    subject: str
    cites: tuple[Cited, ...]
    proposal: Cited | None  # the submission a decision or resolution answers ("Theo đề nghị … tại Tờ trình …")
    seed: int


class Planner:
    def __init__(self, world: World, count: int, seed: int) -> None:
        self.world, self.count, self.seed = world, count, seed
        self.types = world.data.documents["types"]
        self.rng = random.Random(f"plan:{seed}")
        self.catalogue = Catalogue(world, seed)
        dates = world.data.issuers["dates"]
        self.start, self.end = dates["start"], dates["end"]
        self.registry: dict[str, list[Cited]] = {}  # issuer key → its numbered letters, in date order
        self.by_type: dict[tuple[str, str], list[Cited]] = {}
        self.counters: dict[tuple[str, int, str], int] = {}
        self._sources: dict[str, list[tuple[list[Cited], float]]] = {}
        self._domains = world.data.domains
        self._domain_weights = list(itertools.accumulate(d["weight"] for d in self._domains))

    def plans(self) -> Iterator[Plan]:
        for index in range(self.count):
            yield self._plan(index)

    def _plan(self, index: int) -> Plan:
        rng = self.rng
        day = self._day(index)
        issuer = self.world.pick(rng, day)
        kind = self.world.kinds[issuer.kind]
        doc_type = _weighted(rng, kind["types"])
        headerless = doc_type == "Thông báo" and issuer.group in ("ubnd", "vp") and rng.random() < _HEADERLESS
        draft = not headerless and issuer.group != "party" and rng.random() < _DRAFT
        number = None if headerless else self._number(issuer, doc_type, day)
        domain = self._domain(issuer, day)
        internal = self._internal(issuer, day)  # drawn before the central ones: the order of draws is the corpus
        cites = internal + self.catalogue.choose(rng, day, domain["key"], _count(rng, _CENTRAL_COUNTS))
        proposal = self._proposal(issuer, doc_type, day)
        file = f"{index:06d}_{rng.getrandbits(64):016x}.txt"
        subject = self._subject(issuer, doc_type, day, domain, cites, file)
        plan = Plan(index, file, day, issuer, doc_type, None if draft else number,
                    number.split("/", 1)[1] if draft and number else None, draft and rng.random() < 0.8,
                    headerless, domain, subject, tuple(cites), proposal, self.seed)
        if plan.number:
            self._register(plan)
        return plan

    # --- when, who, what ------------------------------------------------------------------------
    def _day(self, index: int) -> date:
        """Spread over the years in order; Sundays and most Saturdays move to Monday."""
        span = (self.end - self.start).days
        day = self.start + timedelta(days=int((index + self.rng.random()) * span / self.count))
        if day.weekday() == 6 or (day.weekday() == 5 and self.rng.random() < 0.85):
            day += timedelta(days=7 - day.weekday())
        return min(day, self.end)

    def _domain(self, issuer: Issuer, day: date) -> dict[str, Any]:
        """A field by weight, within its years; a department writes mostly about its own fields."""
        for _ in range(50):
            domain = self._domains[bisect.bisect(self._domain_weights, self.rng.random() * self._domain_weights[-1])]
            years = domain.get("years")
            if years and not years[0] <= day.year <= years[1]:
                continue
            if issuer.group == "so" and self.rng.random() < 0.75 and issuer.key.split(":")[-1] not in domain["lead"]:
                continue
            return domain
        return self._domains[0]

    def _number(self, issuer: Issuer, doc_type: str, day: date) -> str:
        """The next number of the issuer's series for the type and year (số ký hiệu), growing with the
        day of the year at the rate the issuer numbers such documents."""
        kind, spec = self.world.kinds[issuer.kind], self.types[doc_type]
        templates = kind["numbers"].get(doc_type, kind["numbers"]["default"])
        template = templates if isinstance(templates, str) else self.rng.choice(templates)
        series = (issuer.key, day.year, doc_type)
        rate = spec["per_year"] * kind["scale"] / 365
        expected = int(day.timetuple().tm_yday * rate) + 1 + self.rng.randrange(int(rate) + 1)
        n = self.counters[series] = max(self.counters.get(series, 0) + 1, expected)
        depts = kind.get("depts") or issuer.values.get("dept_codes", "").split() or [""]
        return template.format(
            n=f"{n:02d}" if n < 10 and self.rng.random() < 0.6 else n, year=day.year, dept=self.rng.choice(depts),
            tcode=spec.get("code", ""), ptcode=spec.get("party_code") or spec.get("code", ""),
            code=issuer.values.get("code", ""), pcode=issuer.values["pcode"],
        )

    def _subject(self, issuer: Issuer, doc_type: str, day: date, domain: dict[str, Any], cites: list[Cited],
                 file: str) -> str:
        spec = self.types[doc_type]
        frames = spec.get("subjects@party", spec["subjects"]) if issuer.group == "party" else spec["subjects"]
        if not cites:
            frames = [f for f in frames if "{cited}" not in f]
        scope = letter_scope(self.world, issuer, day, (), file, self.rng)
        set_domain(scope, self.world, issuer, domain, day)
        if cites:
            first = cites[0]
            word = "Văn bản" if first.type == "Công văn" else first.type
            of = f" của {first.issuer}" if first.source is None or first.source is not issuer else ""
            scope.overlay["cited"] = f"Luật {first.law}" if first.law else f"{word} số {first.number}{of}"
        return scope.choose(frames)

    # --- citations --------------------------------------------------------------------------------
    def _internal(self, issuer: Issuer, day: date) -> list[Cited]:
        """Earlier letters of the issuer and of the bodies above it, mostly recent ones."""
        sources = self._sources_of(issuer)
        total = sum(weight for docs, weight in sources if docs)
        chosen: dict[tuple[str, str], Cited] = {}
        for _ in range(_count(self.rng, _INTERNAL_COUNTS)):
            if not total:
                break
            docs = _pick_source(self.rng, sources, total)
            position = len(docs) - 1 - int(min(len(docs), 60) * self.rng.random() ** 2)
            for cited in _with_twin(docs, position):
                chosen.setdefault((cited.file, cited.number), self._shifted(cited, day))
        return list(chosen.values())

    def _shifted(self, cited: Cited, day: date) -> Cited:
        if self.rng.random() >= _SHIFTED:
            return cited
        shift = -1 if cited.day + timedelta(days=1) > day or self.rng.random() < 0.5 else 1
        return dataclasses.replace(cited, shift=shift)

    def _sources_of(self, issuer: Issuer) -> list[tuple[list[Cited], float]]:
        """Whose letters this issuer cites, by weight: the lists stay live as the registry grows."""
        if issuer.key not in self._sources:
            find, registry = self.world.find, self.registry
            party = issuer.group == "party"
            above = [("ubnd_tinh", 1.5 if party else 4.0), ("hdnd_tinh", 1.0), ("tinh_uy", 3.0 if party else 1.0),
                     ("vp_tinh", 0.7)]
            if issuer.tier == 3:
                above += [("ubnd_huyen", 3.0)]
            if issuer.tier == 2 and party:
                above += [("huyen_uy", 2.0)]
            sources = [(registry.setdefault(issuer.key, []), 4.0)]
            for kind, weight in above:
                other = find(kind, issuer)
                if other is not None and other is not issuer:
                    sources.append((registry.setdefault(other.key, []), weight))
            if issuer.tier == 2:
                sources += [(registry.setdefault(s.key, []), 0.1) for s in self.world.sos[issuer.province]]
            self._sources[issuer.key] = sources
        return self._sources[issuer.key]

    def _proposal(self, issuer: Issuer, doc_type: str, day: date) -> Cited | None:
        """The latest submission (tờ trình) a decision of the province or a council's resolution answers."""
        if doc_type == "Quyết định" and issuer.kind == "ubnd_tinh":
            candidates = [self.by_type.get((s.key, "Tờ trình"), [None])[-1] for s in self.world.sos[issuer.province]]
        elif doc_type == "Nghị quyết" and issuer.group == "hdnd":
            committee = self.world.find("ubnd_tinh" if issuer.tier == 1 else "ubnd_huyen", issuer)
            candidates = [self.by_type.get((committee.key, "Tờ trình"), [None])[-1]] if committee else []
        else:
            return None
        recent = [c for c in candidates if c is not None and (day - c.day).days <= 90]
        return max(recent, key=lambda c: c.day) if recent else None

    def _register(self, plan: Plan) -> None:
        subject = plan.subject[3:] if plan.subject.startswith("Về ") else plan.subject
        cited = Cited(plan.type, plan.number, plan.day, plan.issuer.full_name, subject, plan.file, plan.issuer)
        self.registry.setdefault(plan.issuer.key, []).append(cited)
        self.by_type.setdefault((plan.issuer.key, plan.type), []).append(cited)


def _weighted(rng: random.Random, weights: dict[str, float]) -> str:
    total = sum(weights.values())
    roll = rng.random() * total
    for name, weight in weights.items():
        roll -= weight
        if roll < 0:
            return name
    return name


def _count(rng: random.Random, weights: tuple[int, ...]) -> int:
    return bisect.bisect(list(itertools.accumulate(weights)), rng.random() * sum(weights))


def _pick_source(rng: random.Random, sources: list[tuple[list[Cited], float]], total: float) -> list[Cited]:
    roll = rng.random() * total
    for docs, weight in sources:
        if docs:
            roll -= weight
            if roll < 0:
                return docs
    return next(docs for docs, _ in reversed(sources) if docs)


def _with_twin(docs: list[Cited], position: int) -> list[Cited]:
    """The document, and its neighbour of the same type and day when there is one: two decisions
    signed the same day are cited together ("Quyết định số 12689/QĐ-UBND, số 12699/QĐ-UBND ngày …")."""
    for first in (position - 1, position):
        pair = docs[max(first, 0) : first + 2]
        if first >= 0 and len(pair) == 2 and (pair[0].type, pair[0].day) == (pair[1].type, pair[1].day):
            return pair
    return [docs[position]]


def length_target(rng: random.Random, spec: dict[str, Any]) -> int:
    """The letter's length in bytes: log-normal around the median, within the bounds."""
    size = spec["median"] * math.exp(spec["sigma"] * rng.gauss(0, 1))
    return int(min(spec["max"], max(spec["min"], size)))
