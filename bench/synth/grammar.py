"""Templates with slots, the sentences letters are made of (the symbols of grammar.yaml).

"{name}" in a template is replaced by one alternative of the symbol `name`, itself expanded. A scope
holds what one letter knows (its place, its people, its figures) and looks a name up in the most
specific variant first: "item@party" for a party committee's letter, "item@3" for a commune's.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping, Sequence

Value = str | Sequence[str] | Callable[[], str]
_SLOT = re.compile(r"\{(\w+)\}")
_MAX_DEPTH = 12


class Grammar:
    """The symbols of grammar.yaml, with templates split once into literal text and slot names."""

    def __init__(self, symbols: Mapping[str, Sequence[str]]) -> None:
        self.symbols = {name: tuple(alternatives) for name, alternatives in symbols.items()}
        self._parts: dict[str, list[str]] = {}

    def parts(self, template: str) -> list[str]:
        """Literal text at even positions, slot names at odd positions."""
        parts = self._parts.get(template)
        if parts is None:
            parts = self._parts[template] = _SLOT.split(template)
        return parts


class Scope:
    """What one letter fills slots with: its own values, an overlay (the field of the section being
    written), then the grammar's symbols in their most specific variant."""

    def __init__(self, grammar: Grammar, rng: random.Random, values: dict[str, Value],
                 variants: Sequence[str] = ()) -> None:
        self.grammar = grammar
        self.rng = rng
        self.values = values
        self.overlay: dict[str, Value] = {}
        self._variants = tuple(variants)
        self._resolved: dict[str, tuple[str, ...] | None] = {}
        # The alternative last drawn from each list, keyed by the list's content: not by its id, which
        # differs between a plan's lists and the world's once a plan is sent to a worker process.
        self._last: dict[tuple[str, ...], int] = {}

    def expand(self, template: str, depth: int = 0) -> str:
        parts = self.grammar.parts(template)
        if len(parts) == 1:
            return template
        if depth > _MAX_DEPTH:
            raise RecursionError(f"template nests too deep: {template!r}")
        return "".join(self._slot(part, depth) if i % 2 else part for i, part in enumerate(parts))

    def choose(self, alternatives: Sequence[str]) -> str:
        return self.expand(self._draw(alternatives))

    def _draw(self, alternatives: Sequence[str]) -> str:
        """One alternative, not the one drawn last time from the same list: a field with few results
        would otherwise repeat one sentence twice in a row."""
        index = int(self.rng.random() * len(alternatives))
        key = tuple(alternatives)
        if self._last.get(key) == index and len(alternatives) > 1:
            index = (index + 1) % len(alternatives)
        self._last[key] = index
        return alternatives[index]

    def _slot(self, name: str, depth: int) -> str:
        value = self._lookup(name)
        if value is None:
            if name.endswith("_cap"):
                text = self._slot(name[:-4], depth)
                return text[:1].upper() + text[1:]
            raise KeyError(f"no value or symbol for slot {{{name}}}")
        if callable(value):
            return value()
        text = value if isinstance(value, str) else self._draw(value)
        return self.expand(text, depth + 1) if "{" in text else text

    def _lookup(self, name: str) -> Value | None:
        if name in self.overlay:
            return self.overlay[name]
        if name in self.values:
            return self.values[name]
        if name not in self._resolved:
            symbols = self.grammar.symbols
            found = next((f"{name}@{v}" for v in self._variants if f"{name}@{v}" in symbols), name)
            self._resolved[name] = symbols.get(found)
        return self._resolved[name]
