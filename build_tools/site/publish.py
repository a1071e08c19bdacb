"""`python -m build_tools site`: the HTML portal, built aside and swapped in whole.

MkDocs renders docs/ into a staging folder (in shards, only the pages that changed: render.py),
Pagefind indexes it, the letters' own files are copied next to their pages (a citizen wants the
signed original); then the staging folder replaces the site. A build stopped half-way leaves the
previous site whole and serving.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from build_tools.addresses import ORIGINALS_DIR
from build_tools.build import corpus_files
from build_tools.site.pagefind import write_bundle
from build_tools.site.render import render_site


def publish(project: Path, site: Path, corpus: Path) -> int:
    """Build the site of `project` (its mkdocs.yml and docs/) into `site`; returns pages indexed."""
    staging = site.with_name(site.name + ".staging")
    shutil.rmtree(staging, ignore_errors=True)
    try:
        rendered = render_site(project, staging, site, project / ".cache")
    except RuntimeError as error:
        shutil.rmtree(staging, ignore_errors=True)
        raise RuntimeError(f"{error}\nthe previous site is kept") from error
    print(f"pages: {rendered.pages} in the site, {rendered.rendered} rendered in {rendered.shards} shards")
    pages = write_bundle(staging, project / "docs")
    _copy_originals(corpus, staging / ORIGINALS_DIR)
    _swap(staging, site)
    return pages


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


def _swap(staging: Path, site: Path) -> None:
    previous = site.with_name(site.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if site.exists():
        site.rename(previous)
    staging.rename(site)
    shutil.rmtree(previous, ignore_errors=True)
