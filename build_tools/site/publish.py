"""`python -m build_tools site`: the HTML portal, updated where only some pages changed.

MkDocs renders the pages that changed (in shards: render.py; the browser's search index, docs/tim-kiem/,
is written by `build` and copied like any static file) and the letters' own files are copied next to
their pages (a citizen wants the signed original). A page MkDocs refuses leaves the site as it was.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from build_tools.addresses import ORIGINALS_DIR
from build_tools.build import corpus_files
from build_tools.site.render import render_site

SEARCH_META = Path("tim-kiem") / "meta.json"


def publish(project: Path, site: Path, corpus: Path) -> int:
    """Build the site of `project` (its mkdocs.yml and docs/) into `site`; returns the documents its search finds."""
    try:
        rendered = render_site(project, site, project / ".cache",
                               add_files=lambda folder: _copy_originals(corpus, folder / ORIGINALS_DIR))
    except RuntimeError as error:
        raise RuntimeError(f"{error}\nthe previous site is kept") from error
    how = "updated in place" if rendered.in_place else "built whole"
    print(f"pages: {rendered.pages} in the site, {rendered.rendered} rendered in {rendered.shards} shards ({how})")
    return _documents_searched(site)


def _documents_searched(site: Path) -> int:
    """The document count of the search index the site holds; 0 when `build` has not written one."""
    meta = site / SEARCH_META
    return json.loads(meta.read_text(encoding="utf-8"))["docs"] if meta.exists() else 0


def _copy_originals(corpus: Path, target: Path) -> None:
    """The letters' own files; one already copied (same size and time) stays as it is."""
    wanted = set()
    for path in corpus_files(corpus):
        destination = target / path.relative_to(corpus)
        wanted.add(destination)
        source = path.stat()
        if destination.exists() and (destination.stat().st_size, destination.stat().st_mtime_ns) == (
                source.st_size, source.st_mtime_ns):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        destination.unlink(missing_ok=True)
        shutil.copy2(path, destination)
    for path in sorted(target.rglob("*")) if target.exists() else []:
        if path.is_file() and path not in wanted:
            path.unlink()
