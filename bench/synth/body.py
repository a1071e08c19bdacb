"""The text of a letter: the parts of its structure (documents.yaml) filled from the grammar, with
its citations and footnotes, then cut into pages as copies of real letters are.

A page break in a copied letter falls inside a sentence, and the page's footnotes stand between its
two halves (samples 000 and 003):

    … chưa kịp thời
    ¹ Tốc độ tăng trưởng kinh tế GRDP quý I năm 2024 đạt 4,44%, …
    nắm bắt, giải quyết các vấn đề bức xúc của người dân; …
"""

from __future__ import annotations

import random
import re
from typing import Any

from bench.synth.cite import SUPERSCRIPTS, Cited, Mentions, Notes
from bench.synth.context import set_domain
from bench.synth.grammar import Scope
from bench.synth.plan import Plan
from bench.synth.world import World

_LETTERS = "abcdđeghiklmnopqrstuvxy"  # list items a), b), … skip the letters Vietnamese does not use
_MARKERS = re.compile("[" + "⁰¹²³⁴⁵⁶⁷⁸⁹" + "]+")
_DIGITS = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹", "0123456789")
_ENDS_SENTENCE = re.compile(r"[.:;!?…)\"”*]$")
_RESERVE = 700  # bytes the parts after the growing one will take
_MAX_ITEMS = 80
_PART_KINDS = ("opening", "preamble", "para", "heading", "list", "sections")


class Body:
    """Writes the body of one letter into paragraphs ("blocks"), then into pages."""

    def __init__(self, world: World, plan: Plan, scope: Scope, mentions: Mentions, notes: Notes,
                 rng: random.Random, target: int) -> None:
        self.world, self.plan, self.scope, self.rng = world, plan, scope, rng
        self.mentions, self.notes = mentions, notes
        self.target = target
        self.pending: list[Cited] = [c for c in plan.cites if plan.proposal is None or c.number != plan.proposal.number]
        self.mentioned: list[Cited] = []
        self.blocks: list[str] = []
        self.size = 0
        self._listed_above = False
        self._bold = rng.random() < 0.3  # headings in bold, or not, throughout the letter

    def write(self, parts: list[dict[str, Any]]) -> list[str]:
        for i, part in enumerate(parts):
            if i == len(parts) - 1 and self.pending:
                self._add(self._refs_paragraph("{late_refs}", self.pending))
            kind = next(name for name in _PART_KINDS if name in part)
            getattr(self, f"_{kind}")(part)
        return paginate(self.blocks, self.notes, self.rng)

    # --- parts ------------------------------------------------------------------------------------
    def _opening(self, part: dict[str, Any]) -> None:
        if self.pending:
            count = len(self.pending) if len(self.pending) <= 3 else self.rng.randint(2, 4)
            self._add(self._refs_paragraph("{opening}", self.pending[:count]))

    def _preamble(self, part: dict[str, Any]) -> None:
        """The legal basis (căn cứ ban hành): laws and documents one per line, then the proposal."""
        self._add(self.scope.expand("{base_law}"))
        for cited in sorted(self.pending, key=lambda c: (c.source is not None, c.day)):
            self._add(f"Căn cứ {self.mentions.single(cited, words_share=0.45, subject_share=0.7)};")
            self.mentioned.append(cited)
        self.pending = []
        if part.get("proposal", True):
            if self.plan.proposal:
                self.scope.values["ref"] = self.mentions.single(self.plan.proposal, subject_share=0.8)
                self._add(self.scope.expand("{proposal_cited}"))
            else:
                self._add(self.scope.expand("{proposal}"))

    def _para(self, part: dict[str, Any]) -> None:
        for _ in range(self.rng.randint(*part.get("n", (1, 1)))):
            self._add(self._with_fact(self.scope.expand("{" + part["para"] + "}")))

    def _heading(self, part: dict[str, Any]) -> None:
        text = self.scope.expand(part["heading"])
        self._add(f"**{text}**" if self._bold else text)

    def _list(self, part: dict[str, Any], switch: bool = True) -> None:
        """Numbered paragraphs; outside sections an item may turn to another field."""
        count, fill = self.rng.randint(*part.get("n", (1, 1))), part.get("fill", False)
        i = 0
        while i < count or (fill and self.size < self.target - _RESERVE and i < _MAX_ITEMS):
            if i and switch and self.rng.random() < 0.25:
                self._switch_domain()
            self._add(_numbered(part.get("number"), i) + self._item(part["list"]))
            for _ in range(self.rng.randint(*part.get("sub_n", (0, 0)))):
                self._add(self._item(part["sub"]))
            i += 1

    def _sections(self, part: dict[str, Any]) -> None:
        """One section per field: a heading ("1. Về …", "***a) Về …***") and its own parts."""
        count = self.rng.randint(2, 4)
        i = 0
        while i < count or (part.get("fill") and self.size < self.target - _RESERVE and i < _MAX_ITEMS):
            if i:
                self._switch_domain()
            heading = _numbered(part.get("number"), i) + self.scope.expand("{heading}")
            emphasis = part.get("emphasis") or ("**" if self._bold else "")
            self._add(f"{emphasis}{heading}{emphasis}")
            for sub in part["parts"]:
                if "list" in sub:
                    self._list(sub, switch=False)
                else:
                    self._para(sub)
            i += 1

    # --- items, citations, footnotes ------------------------------------------------------------
    def _item(self, symbol: str) -> str:
        return self._with_fact(self._with_citation(self.scope.expand("{" + symbol + "}")))

    def _with_citation(self, text: str) -> str:
        """Cite a pending document at the end of an item, or an earlier one again."""
        if not text.endswith(".") or text.endswith("./."):
            return text
        roll = self.rng.random()
        if self.pending and roll < 0.45:
            cited = self.pending.pop(0)
            self.mentioned.append(cited)
            if self.rng.random() < 0.12:
                self.scope.values["ref"] = self.mentions.only_in_note(cited)
                return text[:-1] + ", " + self.scope.expand("{cite_note}") + "."
            self.scope.values["ref"] = self.mentions.single(cited)
        elif self.mentioned and roll < 0.55:
            self.scope.values["ref"] = self.mentions.again(self.rng.choice(self.mentioned))
        elif len(self.mentioned) >= 2 and not self._listed_above and roll < 0.6:
            self._listed_above = True
            self.scope.values["ref"] = self.mentions.note_of(self.mentioned[:4])
            return text[:-1] + " " + self.scope.expand("{cite_above}") + "."
        else:
            return text
        return text[:-1] + ", " + self.scope.expand("{cite_clause}") + "."

    def _with_fact(self, text: str) -> str:
        """Now and then a footnote of figures, its marker at the end of a clause ("… đã đề ra¹.")."""
        if self.rng.random() >= 0.09 or not text.endswith(".") or "fact" not in self.scope.overlay:
            return text
        clause = text.find(";")
        at = clause if 0 < clause < len(text) - 1 and self.rng.random() < 0.5 else len(text) - 1
        if _MARKERS.match(text[at - 1]):
            return text  # "¹²" would read as note 12
        return text[:at] + self.notes.add(self.scope.expand("{fact}")) + text[at:]

    def _refs_paragraph(self, template: str, cites: list[Cited]) -> str:
        self.scope.values["refs"] = self.mentions.listed(cites)
        self.mentioned += cites
        self.pending = [c for c in self.pending if c not in cites]
        return self.scope.expand(template)

    def _switch_domain(self) -> None:
        domains = self.world.data.domains
        for _ in range(10):
            domain = domains[int(self.rng.random() * len(domains))]
            years = domain.get("years")
            if not years or years[0] <= self.plan.day.year <= years[1]:
                set_domain(self.scope, self.world, self.plan.issuer, domain, self.plan.day)
                return

    def _add(self, block: str) -> None:
        self.blocks.append(block)
        self.size += len(block.encode()) + 2


def _numbered(style: str | None, i: int) -> str:
    if style == "1.":
        return f"{i + 1}. "
    if style == "a)":
        return f"{_LETTERS[i % len(_LETTERS)]}) "
    return ""


def paginate(blocks: list[str], notes: Notes, rng: random.Random) -> list[str]:
    """Cut the text into pages of 2,600–3,800 characters; each page's footnotes follow it, so a
    paragraph running over a page break is split in two around them."""
    out: list[str] = []
    room = rng.randint(2600, 3800)
    waiting: list[str] = []  # footnotes whose markers are on this page

    def flush() -> None:
        out.extend(f"{_marker(n)} {notes.texts[n - 1]}" for n in _numbers(waiting))
        waiting.clear()

    for block in blocks:
        while len(block) > room and "*" not in block and (cut := _cut(block, room)) is not None:
            head, block = block[:cut], block[cut + 1 :]
            out.append(head)
            waiting.append(head)
            flush()
            room = rng.randint(2600, 3800)
        out.append(block)
        waiting.append(block)
        room -= len(block)
        if room <= 0:
            flush()
            room = rng.randint(2600, 3800)
    flush()
    return out


def _cut(block: str, room: int) -> int | None:
    """A space near `room` where the sentence goes on: not after a full stop, before a lower-case word."""
    best = None
    for match in re.finditer(" ", block):
        at = match.start()
        if at < 40 or at > len(block) - 40:
            continue
        if _ENDS_SENTENCE.search(block[:at]) or not block[at + 1 : at + 2].islower():
            continue
        if best is None or abs(at - room) < abs(best - room):
            best = at
        elif at > room:
            break
    return best


def _numbers(texts: list[str]) -> list[int]:
    return [int(m.group().translate(_DIGITS)) for text in texts for m in _MARKERS.finditer(text)]


def _marker(n: int) -> str:
    return str(n).translate(SUPERSCRIPTS)
