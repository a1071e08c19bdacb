"""The closing of a letter (phần cuối): the "Nơi nhận" list and the signature block.

On paper they stand side by side (Nơi nhận left, signature right), so copies give either the whole
list first, then the signing authority (thẩm quyền ký), title and name (samples 000–003), or the
title first, then the list, then the name (sample 004).
"""

from __future__ import annotations

import random
import zlib
from typing import Any

from bench.synth.grammar import Scope
from bench.synth.plan import Plan
from bench.synth.world import World


def closing(world: World, plan: Plan, scope: Scope, rng: random.Random) -> tuple[list[str], dict[str, Any], str]:
    """The closing lines, what the truth says of them, and the layout's name."""
    kind = world.kinds[plan.issuer.kind]
    block = _signature(world, plan, kind, rng)
    cc = _cc(world, plan, kind, scope, rng)
    name = block["name"].upper() if rng.random() < 0.08 else block["name"]
    noise = ["(Đã ký)", ""] if rng.random() < 0.08 else []
    head = "Nơi nhận:" if rng.random() < 0.6 else rng.choice(("**Nơi nhận:**", "***Nơi nhận:***"))
    cc_lines = [head] + ([""] if rng.random() < 0.4 else []) + [f"- {item};" for item in cc[:-1]]
    cc_lines.append(f"- {cc[-1]}" + ("." if rng.random() < 0.5 else ""))
    if block["lines"] and rng.random() < 0.25:  # title before the list, name after (sample 004)
        layout = "title_first"
        lines = [f"**{line}**" for line in block["lines"]] + [""] + cc_lines + [""] + noise + [f"**{name}**"]
    else:
        layout = "cc_first"
        lines = cc_lines + ["", ""] + block["lines"] + ["", "", ""] + noise + [name]
    truth = {"cc": cc, "signer": block["name"], "signer_title": block.get("title"),
             "signing_authority": block.get("authority")}
    return lines, truth, layout


def _signature(world: World, plan: Plan, kind: dict[str, Any], rng: random.Random) -> dict[str, Any]:
    variants = world.data.issuers["signatures"][plan.issuer.group]
    chosen = dict(rng.choices(variants, weights=[v["weight"] for v in variants])[0])
    slot = zlib.crc32(plan.file.encode()) % 3 if chosen["role"] == "deputy" else 0
    chosen["name"] = world.official(plan.issuer, chosen["role"], plan.day, slot)
    return chosen


def _cc(world: World, plan: Plan, kind: dict[str, Any], scope: Scope, rng: random.Random) -> list[str]:
    spec = world.data.issuers["cc"][kind["cc"]]
    first = "Như Điều 3" if plan.type == "Quyết định" and rng.random() < 0.7 else rng.choice(spec["first"])
    depts = kind.get("depts") or plan.issuer.values.get("dept_codes", "VP").split()
    scope.values["dept"] = rng.choice(depts)
    middle = rng.sample(spec["pool"], min(len(spec["pool"]), rng.randint(1, 6)))
    return [first] + [scope.expand(item) for item in middle] + [scope.expand(rng.choice(spec["last"]))]
