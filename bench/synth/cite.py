"""Documents a letter cites (văn bản dẫn chiếu) and the ways letters write them.

The forms are those of the sample letters: "Quyết định số 4647/QĐ-UBND ngày 14/12/2023 của UBND
tỉnh"; a comma before the date ("Kế hoạch số 129/KH-UBND, ngày 22/12/2022 của …"); two numbers
sharing type and date ("Quyết định số 12689/QĐ-UBND, số 12699/QĐ-UBND ngày 27/12/2023"); one issuer
for a list ("Văn bản số 9495/UBND-TH ngày …, Quyết định số 4647/QĐ-UBND ngày … của UBND tỉnh"); the
date given only in a footnote ("Nghị quyết số 68/NQ-CP⁸ của Chính phủ", "tại Báo cáo⁴"); laws by
name ("Luật Đầu tư công số 39/2019/QH14"); dates in words in a decision's legal basis.
"""

from __future__ import annotations

import bisect
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from bench.synth.context import numeric_date, words_date
from bench.synth.world import Issuer, World

SUPERSCRIPTS = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
# Qualified names written for some types; the truth keeps the type ("Chương trình").
_QUALIFIED = {"Chương trình": "Chương trình hành động", "Thông báo": "Thông báo kết luận"}


@dataclass(frozen=True)
class Cited:
    """A document as the truth gives it, and what a citing letter needs to write it."""

    type: str
    number: str
    day: date
    issuer: str  # as resolved: "Ủy ban nhân dân tỉnh Bình Định", "Chính phủ"
    subject: str | None = None
    file: str | None = None  # the generated letter it is, for citations inside the corpus
    source: Issuer | None = None  # its generated issuer: how a letter names it depends on both
    law: str | None = None  # a law's name: "Đầu tư công"
    shift: int = 0  # days a citing letter gets the date wrong (a deliberate disagreement)
    until: date | None = None  # no longer cited after (a replaced law)
    domains: tuple[str, ...] = ()


class Catalogue:
    """The central documents of the corpus's years: fixed, yearly, and drawn from the seed."""

    def __init__(self, world: World, seed: int) -> None:
        data, rng = world.data.central, random.Random(f"central:{seed}")
        docs = [_fixed(d) for d in data["documents"]]
        years = range(2014, world.data.issuers["dates"]["end"].year + 1)
        docs += [_yearly(spec, year, rng) for year in years for spec in data["yearly"]]
        docs += [doc for year in years for spec in data["drawn"] for doc in _drawn(spec, year, world, rng)]
        docs.sort(key=lambda d: (d.day, d.number))
        self._by_domain: dict[str, list[Cited]] = {}
        for doc in docs:
            for domain in doc.domains:
                self._by_domain.setdefault(domain, []).append(doc)
        self._all = docs
        self._days = {key: [d.day for d in docs] for key, docs in [("", docs), *self._by_domain.items()]}

    def choose(self, rng: random.Random, day: date, domain: str, count: int) -> list[Cited]:
        """Documents issued before the day, mostly of the letter's field and recent."""
        chosen: list[Cited] = []
        for _ in range(count * 3):
            key = domain if domain in self._by_domain and rng.random() < 0.75 else ""
            docs = self._by_domain[key] if key else self._all
            end = bisect.bisect_left(self._days[key], day)
            if end == 0:
                continue
            doc = docs[end - 1 - int(min(end, 25) * rng.random() ** 2)]
            if doc not in chosen and (doc.until is None or day <= doc.until):
                chosen.append(doc)
            if len(chosen) == count:
                break
        return chosen


def _fixed(spec: dict[str, Any]) -> Cited:
    return Cited(spec["type"], spec["number"], spec["date"], spec["issuer"], spec.get("subject"),
                 law=spec.get("name"), until=spec.get("until"), domains=tuple(spec.get("domains", ())))


def _yearly(spec: dict[str, Any], year: int, rng: random.Random) -> Cited:
    day = date(year, spec["month"], rng.randint(*spec["days"]))
    return Cited(spec["type"], spec["number"], day, spec["issuer"], spec["subject"].format(year=year),
                 domains=tuple(spec["domains"]))


def _drawn(spec: dict[str, Any], year: int, world: World, rng: random.Random) -> list[Cited]:
    """Central documents made up for one year: numbers from a range, subjects from a field's topics."""
    ministries = world.data.central["ministries"]
    numbers = sorted(rng.sample(range(spec["n"][0], spec["n"][1] + 1), spec["per_year"]))
    days = sorted(date(year, 1, 1) + timedelta(days=rng.randrange(365)) for _ in numbers)
    docs = []
    for n, day in zip(numbers, days, strict=True):
        ministry = rng.choice(sorted(ministries))
        by_ministry = spec["issuer"] == "ministry"
        domains = ministries[ministry]["domains"] if by_ministry else [rng.choice(world.data.domains)["key"]]
        dept = rng.choice(spec.get("depts", [""]))
        number = spec["number"].format(n=f"{n:02d}", year=year, ministry=ministry, dept=dept)
        issuer = ministries[ministry]["name"] if spec["issuer"] == "ministry" else spec["issuer"]
        docs.append(Cited(spec["type"], number, day, issuer, _central_subject(world, domains[0], year, rng),
                          domains=tuple(domains)))
    return docs


def _central_subject(world: World, domain_key: str, year: int, rng: random.Random) -> str:
    """A subject from the field's topics that names nothing local (no place, no figure)."""
    domain = next(d for d in world.data.domains if d["key"] == domain_key)
    topics = [t for t in domain["topics"] if "{" not in t.replace("{year}", "").replace("{next_year}", "")]
    return rng.choice(topics).format(year=year, next_year=year + 1) if topics else domain["topics"][0]


@dataclass
class Notes:
    """The footnotes of a letter, numbered in order (¹, ², … ¹⁰)."""

    texts: list[str] = field(default_factory=list)

    def add(self, text: str) -> str:
        self.texts.append(text)
        return str(len(self.texts)).translate(SUPERSCRIPTS)


class Mentions:
    """Writes citations into one letter and records what its truth says of each cited document."""

    def __init__(self, citing: Issuer, world: World, rng: random.Random, notes: Notes) -> None:
        self.citing, self.world, self.rng, self.notes = citing, world, rng, notes
        self._words: dict[str, str] = {}  # number → type as written, the same at every mention
        self._truth: dict[str, dict[str, Any]] = {}

    def truth(self) -> list[dict[str, Any]]:
        return list(self._truth.values())

    # --- one mention ---------------------------------------------------------------------------
    def single(self, cited: Cited, words_share: float = 0.0, subject_share: float = 0.35, note: bool = True) -> str:
        """"Quyết định số 4647/QĐ-UBND ngày 14/12/2023 của UBND tỉnh về …", or one of its variants
        (`note`: whether the date may go to a footnote; not inside a footnote)."""
        roll = self.rng.random()
        issuer = self.issuer_phrase(cited)
        if roll < 0.08 and issuer and note:  # the date only in a footnote
            return self._with_note_date(cited, issuer)
        if roll < 0.1:  # no date at all ("Chương trình hành động số 09-CTr/TU của Tỉnh ủy")
            text = self.head(cited, "undated", issuer, dated=False)
        else:
            comma = roll > 0.88
            words = self.rng.random() < words_share
            form = "comma" if comma else "words" if words else "full"
            text = f"{self.head(cited, form, issuer)}{',' if comma else ''} {self.dated(cited, words)}"
        text += f" của {issuer}" if issuer else ""
        if cited.subject and self.rng.random() < subject_share:
            text += f" về {cited.subject}"
        return text

    def listed(self, cites: list[Cited]) -> str:
        """Several documents for an opening: runs of one issuer share "của …"; two numbers of one
        type and date share both ("Quyết định số a, số b ngày …")."""
        groups: list[list[Cited]] = []
        for cited in cites:
            if groups and groups[-1][-1].source is not None and groups[-1][-1].source is cited.source:
                groups[-1].append(cited)
            else:
                groups.append([cited])
        parts = [self._group(group) if len(group) > 1 and self.rng.random() < 0.7 else
                 "; ".join(self.single(c) for c in group) for group in groups]
        return _join(parts, self.rng)

    def only_in_note(self, cited: Cited) -> str:
        """"Báo cáo⁴": the type alone in the text, the document in the footnote (sample 003)."""
        marker = self.notes.add(self.single(cited, subject_share=0.9, note=False))
        return f"{self.type_word(cited)}{marker}"

    def again(self, cited: Cited) -> str:
        """A later mention of a document already cited: its number alone, or in full again."""
        if self.rng.random() < 0.5:
            return f"{self.type_word(cited)} số {cited.number}"
        return self.single(cited, note=False)

    def note_of(self, cites: list[Cited]) -> str:
        """A footnote listing documents cited above (sample 001): "Quyết định số …, số … ngày …"."""
        return self.notes.add(", ".join(f"{self.type_word(c)} số {c.number} {self.dated(c)}" for c in cites))

    # --- pieces -----------------------------------------------------------------------------------
    def type_word(self, cited: Cited) -> str:
        word = self._words.get(cited.number)
        if word is None:
            word = cited.type
            if word == "Công văn" and self.rng.random() < 0.35:
                word = "Văn bản"
            elif word in _QUALIFIED and self.rng.random() < 0.2:
                word = _QUALIFIED[word]
            self._words[cited.number] = word
        return word

    def head(self, cited: Cited, form: str, issuer: str | None, dated: bool = True) -> str:
        """"Quyết định số 4647/QĐ-UBND" ("Luật Đầu tư công số 39/2019/QH14"), recording the truth."""
        word = self.type_word(cited)
        self._record(cited, word, form, issuer, dated)
        if cited.law:
            return f"Luật {cited.law} số {cited.number}"
        return f"{word} số {cited.number}"

    def dated(self, cited: Cited, words: bool = False) -> str:
        day = cited.day + timedelta(days=cited.shift)
        return f"ngày {words_date(day)}" if words else f"ngày {numeric_date(day, self.rng)}"

    def issuer_phrase(self, cited: Cited) -> str | None:
        """What follows "của": a central body by name (none for a law, named by its number); a local one
        as the citing letter knows it ("UBND tỉnh" in a district's letter); nothing, often, for the
        letter's own issuer ("UBND huyện đã ban hành Quyết định số …")."""
        source = cited.source
        if source is None:
            return None if cited.law else cited.issuer
        if source is self.citing and self.rng.random() < 0.35:
            return None
        spec = self.world.kinds[source.kind]
        forms = spec["cite_as"]
        if spec.get("cite_chair") and cited.type in ("Công văn", "Chỉ thị") and self.rng.random() < 0.2:
            forms = spec["cite_chair"]  # "của Chủ tịch Ủy ban nhân dân tỉnh": the committee's number
        return forms[int(self.rng.random() * len(forms))].format_map(source.values)

    def _group(self, group: list[Cited]) -> str:
        issuer = self.issuer_phrase(group[0])
        parts, i = [], 0
        while i < len(group):
            cited = group[i]
            following = group[i + 1] if i + 1 < len(group) else None
            if following and (following.type, following.day, following.shift) == (cited.type, cited.day, cited.shift):
                self.type_word(following)
                self._record(following, self._words[following.number], "pair", issuer, True)
                parts.append(f"{self.head(cited, 'pair', issuer)}, số {following.number} {self.dated(cited)}")
                i += 2
            else:
                parts.append(f"{self.head(cited, 'list', issuer)} {self.dated(cited)}")
                i += 1
        return ", ".join(parts) + (f" của {issuer}" if issuer else "")

    def _with_note_date(self, cited: Cited, issuer: str) -> str:
        marker = self.notes.add(f"{self.head(cited, 'note_date', issuer)} {self.dated(cited)} của {issuer}"
                                + (f" về {cited.subject}" if cited.subject else ""))
        return f"{self.type_word(cited)} số {cited.number}{marker} của {issuer}"

    def _record(self, cited: Cited, word: str, form: str, issuer: str | None, dated: bool) -> None:
        written = (cited.day + timedelta(days=cited.shift)).isoformat() if dated else None
        entry = self._truth.get(cited.number)
        if entry is not None:  # a later mention may add what the first one left out
            entry["date"] = entry["date"] or written
            entry["issuer_text"] = entry["issuer_text"] or issuer
            return
        entry = {
            "type": "Luật" if cited.law else next((t for t, q in _QUALIFIED.items() if q == word), word),
            "number": cited.number, "date": written, "issuer": cited.issuer, "issuer_text": issuer, "form": form,
        }
        if cited.file:
            entry["file"] = cited.file
        if cited.shift:
            entry["date_true"] = cited.day.isoformat()
        self._truth[cited.number] = entry


def _join(parts: list[str], rng: random.Random) -> str:
    if len(parts) == 1:
        return parts[0]
    last = " và " if rng.random() < 0.4 else "; "
    return "; ".join(parts[:-1]) + last + parts[-1]
