"""`python -m build_tools site`: the HTML portal, updated where only some pages changed.

MkDocs renders the pages that changed (in shards: render.py; the browser's search index, docs/tim-kiem/,
is written by `build` and copied like any static file) and the letters' own files are copied next to
their pages (a citizen wants the signed original). A page MkDocs refuses leaves the site as it was.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from build_tools import unchanged
from build_tools.addresses import ORIGINALS_DIR
from build_tools.site.data import ORIGINALS
from build_tools.site.render import render_site
from build_tools.site.swap import finish_swap

SEARCH_META = Path("tim-kiem") / "meta.json"


def publish(project: Path, site: Path, corpus: Path) -> int:
    """Build the site of `project` (its mkdocs.yml and docs/) into `site`; returns the documents its search finds."""
    finish_swap(project / "docs")  # a build killed while it swapped its pages in
    cache = project / ".cache"
    inputs = unchanged.inputs_digest([project / "docs", project / "overrides", corpus], [project / "mkdocs.yml"])
    last = unchanged.last_run(cache, "site", inputs, [site])
    if last:
        print(f"pages: {last['pages']} in the site, 0 rendered (nothing changed since the last site step)")
        return last["searched"]
    unchanged.forget(cache, "site")
    published = _published_originals(project / "docs" / ORIGINALS, corpus)
    try:
        rendered = render_site(project, site, cache,
                               add_files=lambda folder: _copy_originals(published, folder / ORIGINALS_DIR),
                               prune_files=lambda folder: _drop_originals(published, folder / ORIGINALS_DIR))
    except RuntimeError as error:
        raise RuntimeError(f"{error}\nthe previous site is kept") from error
    how = "updated in place" if rendered.in_place else "built whole"
    print(f"pages: {rendered.pages} in the site, {rendered.rendered} rendered in {rendered.shards} shards ({how})")
    searched = _documents_searched(site)
    unchanged.remember(cache, "site", inputs, [site], {"pages": rendered.pages, "searched": searched})
    return searched


def _documents_searched(site: Path) -> int:
    """The document count of the search index the site holds; 0 when `build` has not written one."""
    meta = site / SEARCH_META
    return json.loads(meta.read_text(encoding="utf-8"))["docs"] if meta.exists() else 0


def _published_originals(listing: Path, corpus: Path) -> dict[Path, Path]:
    """The letters' own files that `build` published (du-lieu/tep-goc.json), each a regular file inside
    the corpus: where each lies, by where it goes under goc/. A rejected file is not published."""
    sources = json.loads(listing.read_text(encoding="utf-8")) if listing.exists() else []
    root = corpus.resolve()
    published = {}
    for source in sources:
        relative = Path(*Path(source).parts[1:])
        path = corpus / relative
        if path.is_file() and path.resolve().is_relative_to(root):
            published[relative] = path
    return published


def _copy_originals(published: dict[Path, Path], target: Path) -> None:
    """The published letters' own files; one already copied (same size and time) stays as it is."""
    for relative, path in published.items():
        destination = target / relative
        source = path.stat()
        if destination.exists() and (destination.stat().st_size, destination.stat().st_mtime_ns) == (
                source.st_size, source.st_mtime_ns):
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        partial = destination.with_name(destination.name + ".partial")  # replaced at once: never missing
        shutil.copy2(path, partial)
        os.replace(partial, destination)


def _drop_originals(published: dict[Path, Path], target: Path) -> None:
    """Anything under goc/ that is not a published letter's own file is removed."""
    wanted = {target / relative for relative in published}
    for path in sorted(target.rglob("*")) if target.exists() else []:
        if path.is_file() and path not in wanted:
            path.unlink()
