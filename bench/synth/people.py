"""Vietnamese personal names (họ, tên đệm, tên) drawn with the weights of names.yaml."""

from __future__ import annotations

import bisect
import itertools
import random
from typing import Any


class People:
    def __init__(self, names: dict[str, Any]) -> None:
        self._families = list(names["family"])
        self._cumulative = list(itertools.accumulate(names["family"].values()))
        self._middle = {False: names["middle_male"], True: names["middle_female"]}
        self._given = {False: names["given_male"], True: names["given_female"]}
        self._female_share = names["female_share"]
        self._double_share = names["double_middle_share"]

    def person(self, rng: random.Random) -> tuple[str, bool]:
        """A full name and whether it is a woman's: "Trần Thị Thu Hà", True."""
        female = rng.random() < self._female_share
        family = self._families[bisect.bisect(self._cumulative, rng.random() * self._cumulative[-1])]
        middles = self._middle[female]
        middle = rng.choice(middles)
        if rng.random() < self._double_share:  # "Thị Thu", "Văn Minh": two middle names
            middle = f"{middle} {rng.choice([m for m in middles if m != middle])}"
        return f"{family} {middle} {rng.choice(self._given[female])}", female

    def name(self, rng: random.Random) -> str:
        return self.person(rng)[0]
