"""One letter from its plan: the text as a UTF-8 file would hold it, and its truth (what a reader
finds in it, in the field conventions of ../shared/truth/seeds.yaml)."""

from __future__ import annotations

import random
from typing import Any

from bench.synth.body import Body
from bench.synth.cite import Mentions, Notes
from bench.synth.closing import closing
from bench.synth.context import letter_scope, set_domain
from bench.synth.header import Style, header_lines, recipients
from bench.synth.plan import Plan, length_target
from bench.synth.world import World


def render(world: World, plan: Plan) -> tuple[str, dict[str, Any]]:
    rng = random.Random(f"{plan.seed}:{plan.index}")
    documents = world.data.documents
    spec = documents["types"][plan.type]
    scope = letter_scope(world, plan.issuer, plan.day, variants(plan, spec), plan.file, rng)
    set_domain(scope, world, plan.issuer, plan.domain, plan.day)
    scope.values["addressee"] = scope.expand("{addressee}") if plan.type == "Tờ trình" else ""
    style = Style.draw(rng, plan)
    notes = Notes()
    mentions = Mentions(plan.issuer, world, rng, notes)
    head = header_lines(plan, scope, style, rng, spec, documents["makers"])
    pool = world.data.issuers["recipients"][world.kinds[plan.issuer.kind]["recipients"]]
    to_lines, to = recipients(plan, scope, rng, spec, pool)
    target = length_target(rng, documents["length"]) - 900  # the header and closing take about 900 bytes
    body = Body(world, plan, scope, mentions, notes, rng, target).write(_structure(plan, spec, rng))
    end_lines, end, layout = closing(world, plan, scope, rng)
    text = _assemble(head + to_lines, body, end_lines, rng)
    return text, _truth(plan, to, end, mentions, {"header": style.layout, "closing": layout})


def variants(plan: Plan, spec: dict[str, Any]) -> tuple[str, ...]:
    """Grammar variants, most specific first: "QĐ@so", "QĐ@1", "QĐ", "so", "1"."""
    code = spec.get("code") or "CV"
    group, tier = plan.issuer.group, str(plan.issuer.tier)
    return (f"{code}@{group}", f"{code}@{tier}", code, group, tier)


def _structure(plan: Plan, spec: dict[str, Any], rng: random.Random) -> list[dict[str, Any]]:
    structures = spec["structures"]
    if plan.issuer.group == "party":
        structures = spec.get("structures@party", structures)
    return rng.choices(structures, weights=[s.get("weight", 1) for s in structures])[0]["parts"]


def _assemble(head: list[str], body: list[str], end: list[str], rng: random.Random) -> str:
    """Paragraphs apart by a blank line, as the samples; some copies start with blank lines, end
    with a line break, or come with Windows line ends or a byte-order mark."""
    lines = ([""] * 2 if rng.random() < 0.5 else []) + head + "\n\n".join(body).split("\n") + [""] + end
    text = "\n".join(lines) + ("\n" if rng.random() < 0.5 else "")
    if rng.random() < 0.02:
        text = text.replace("\n", "\r\n")
    if rng.random() < 0.02:
        text = "\ufeff" + text
    return text


def _truth(plan: Plan, to: list[str], end: dict[str, Any], mentions: Mentions,
           layout: dict[str, str]) -> dict[str, Any]:
    issuer, header = plan.issuer, not plan.headerless
    date = None
    if header:
        date = plan.day.strftime("%Y-%m") if plan.blank_day else plan.day.isoformat()
    subject = plan.subject[:1].upper() + plan.subject[1:]
    return {
        "file": plan.file, "type": plan.type, "number": plan.number, "number_suffix": plan.suffix,
        "date": date, "place": issuer.place if header else None, "issuer": issuer.full_name if header else None,
        "parent_issuer": issuer.parent if header else None, "subject": subject, "recipients": to, **end,
        "citations": mentions.truth(),
        "variant": {"kind": issuer.kind, "draft": plan.number is None and header, "headerless": plan.headerless,
                    **layout},
    }
