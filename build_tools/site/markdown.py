"""Links, dates and pagers in generated pages."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TypeVar

from build_tools.addresses import link_from_page, page_url


def link(from_page: PurePosixPath, to_page: PurePosixPath) -> str:
    """A relative link between two generated pages, by their addresses: "../../../dan-chieu/2024/x/".

    Not "x.md": the site is rendered in shards (site/render.py), and MkDocs only turns a link to a
    .md file into an address when that file is in the same shard.
    """
    return link_from_page(from_page, page_url(to_page)) or "./"


# Rows per page of a long list (letters, mentions): a province's ten years are 100,000 letters, and a
# central document is cited by thousands of them; one page must stay light.
PAGE_ROWS = 500
Row = TypeVar("Row")


def paged(first: PurePosixPath, rows: Sequence[Row]) -> list[tuple[PurePosixPath, Sequence[Row]]]:
    """`rows` by PAGE_ROWS, each with its page (`page_paths`)."""
    return [(page, rows[n * PAGE_ROWS:(n + 1) * PAGE_ROWS]) for n, page in enumerate(page_paths(first, len(rows)))]


def page_paths(first: PurePosixPath, count: int) -> list[PurePosixPath]:
    """The pages of a list of `count` rows: `first`, then "<name>-trang-2.md" and on ("trang-2.md" after
    an index); one page for no rows. Known from the count alone: a page kept as it was reads no row."""
    stem = "trang" if first.stem == "index" else f"{first.stem}-trang"
    return [first if n == 1 else first.with_name(f"{stem}-{n}.md") for n in range(1, page_count(count) + 1)]


def page_count(count: int) -> int:
    """How many pages a list of `count` rows takes (`page_paths`)."""
    return max(1, -(-count // PAGE_ROWS))


def pager(pages: list[tuple[PurePosixPath, Sequence]], current: int) -> str:
    """"Trang: [1](…) · **2** · [3](…)" on page `current` of `pages`; nothing for a list on one page."""
    if len(pages) < 2:
        return ""
    here = pages[current - 1][0]
    links = [f"**{n}**" if n == current else f"[{n}]({link(here, page)})" for n, (page, _) in enumerate(pages, start=1)]
    return "Trang: " + " · ".join(links)
