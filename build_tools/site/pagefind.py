"""The search bundle for the browser: Pagefind over the built HTML site.

Pagefind splits its index into small chunks, so a query downloads only the chunks of its words
(Material's lunr index would put the text of every page into one file). Only letter pages and
cited-document pages are indexed: their template marks the content with `data-pagefind-body`.
"""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from pagefind.index import IndexConfig, PagefindIndex

BUNDLE = "pagefind"


async def _index(site: Path) -> int:
    config = IndexConfig(force_language="vi", output_path=str(site / BUNDLE))
    async with PagefindIndex(config=config) as index:
        result = await index.add_directory(str(site))
    return int(result.get("page_count", 0))


def write_bundle(site: Path, docs: Path | None = None) -> int:
    """Index `site`, write the bundle into site/pagefind/ and copy it to docs/pagefind/ for `mkdocs serve`.

    Returns the number of pages indexed.
    """
    shutil.rmtree(site / BUNDLE, ignore_errors=True)
    pages = asyncio.run(_index(site))
    if docs is not None:
        shutil.rmtree(docs / BUNDLE, ignore_errors=True)
        shutil.copytree(site / BUNDLE, docs / BUNDLE)
    return pages
