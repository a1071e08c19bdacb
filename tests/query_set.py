"""The query set of tests/queries.yaml, held to the same rules for both search engines."""

from __future__ import annotations

from pathlib import Path

import yaml

QUERIES: list[dict] = yaml.safe_load((Path(__file__).parent / "queries.yaml").read_text(encoding="utf-8"))


def page_names(portal: Path) -> dict[str, str]:
    """Page address ("van-ban/2024/x/") → what the query set calls it: a file name, or "cited: NUMBER"."""
    names = {}
    for folder in ("van-ban", "dan-chieu"):
        for markdown in (portal / "docs" / folder).rglob("*.md"):
            meta = yaml.safe_load(markdown.read_text(encoding="utf-8").split("---\n")[1])
            if "kind" not in meta:
                continue  # a cited document's next page of mentions: the search finds its first page
            url = markdown.relative_to(portal / "docs").with_suffix("").as_posix() + "/"
            names[url] = Path(meta["source"]).name if meta["kind"] == "letter" else f"cited: {meta['number']}"
    return names


def firsts(query: dict) -> list[str]:
    return query["first"] if isinstance(query["first"], list) else [query["first"]]


def check(found: list[str], query: dict) -> None:
    """What must come first comes first; what must be in the first ten is."""
    assert found and found[0] in firsts(query), f"{query['query']!r}: got {found[:5]}"
    for wanted in query.get("top10", []):
        assert wanted in found, f"{query['query']!r}: {wanted} not in the first ten {found}"


def recall_counts(outcomes: dict[str, list[str]]) -> tuple[int, int]:
    """How many queries find what must come first first, and among the first ten."""
    at1 = sum(bool(outcomes[q["id"]]) and outcomes[q["id"]][0] in firsts(q) for q in QUERIES)
    at10 = sum(any(f in outcomes[q["id"]][:10] for f in firsts(q)) for q in QUERIES)
    assert at10 >= at1
    return at1, at10


def recall(engine: str, outcomes: dict[str, list[str]]) -> str:
    """Recall@1 and recall@10 over the set, as the test run prints them."""
    at1, at10 = recall_counts(outcomes)
    return f"\n{engine} recall@1 {at1}/{len(QUERIES)}, recall@10 {at10}/{len(QUERIES)}"
