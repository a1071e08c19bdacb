"""Links and dates in generated pages."""

from __future__ import annotations

from pathlib import PurePosixPath

from build_tools.addresses import link_from_page, page_url


def link(from_page: PurePosixPath, to_page: PurePosixPath) -> str:
    """A relative link between two generated pages, by their addresses: "../../../dan-chieu/2024/x/".

    Not "x.md": the site is rendered in shards (site/render.py), and MkDocs only turns a link to a
    .md file into an address when that file is in the same shard.
    """
    return link_from_page(from_page, page_url(to_page)) or "./"


def vn_date(iso: str | None) -> str:
    """"2024-04-26" → "26/04/2024"; "2023-08" → "08/2023"; unknown → "—"."""
    return "/".join(reversed(iso.split("-"))) if iso else "—"
