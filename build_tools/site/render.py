"""Markdown pages → HTML: MkDocs run on shards of the pages, side by side, only where a page changed.

One MkDocs build holds every page in memory (≈46 KB a page: 4.8 GB for 100,000 letters) on one core.
Here each MkDocs run gets a shard of at most SHARD_PAGES pages: a folder of its own holding those
pages (hard links), plus a stub of each navigation page it does not render, so the navigation is the
same on every page; as many shards run at once as there are cores. A page's HTML depends only on its
Markdown, the configuration, the theme and the navigation (generated pages are not in the navigation,
and they link to each other by address), so a page whose Markdown did not change keeps the HTML of
the last run: the manifest in the build cache says what every page and file was made from.
"""

from __future__ import annotations

import ctypes
import functools
import gzip
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from xml.sax.saxutils import escape

import yaml

from build_tools.addresses import CITED_DIR, LETTERS_DIR, page_url
from build_tools.store import load_json

SHARD_PAGES = 2000  # MkDocs holds ≈100 MB for 2,000 letter pages; two shards at once stay far below 2 GB
_SNIPPETS = "_generated"  # fragments pymdownx.snippets puts into hand-written pages (docs/index.md)
_MANIFEST = "site-manifest.json"
_STATS = "site-sources.json"  # size, time, inode and digest of every file under docs/ at the last run


@dataclass(frozen=True)
class RenderResult:
    pages: int  # pages in the site
    rendered: int  # pages MkDocs rendered this time
    shards: int
    in_place: bool  # the site was updated where it stands, not built whole and swapped in


def render_site(project: Path, site: Path, cache: Path, add_files: Callable[[Path], None],
                prune_files: Callable[[Path], None]) -> RenderResult:
    """Render `project`'s docs/ into `site`, with `add_files(folder)` beside the pages before any page that may link
    to them, and `prune_files(folder)` after the pages that did are gone.

    Every changed page is rendered first, the site untouched: a page MkDocs refuses leaves it whole.
    Then, when the last run's manifest describes `site`, the site is updated where it stands, file by
    file (each replaced at once, so a reader never gets half a page): at 100,000 letters, copying the
    site as hard links and deleting the old one cost 110 s of a one-letter update. Otherwise the site
    is built whole in a staging folder and swapped in. The manifest is written last; before an update
    it is written with the pages and files about to change marked unsure, so an update cut short is
    made again.
    """
    _restore(site)
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    docs = project / config.get("docs_dir", "docs")
    pages, files = _sources(docs, cache)
    manifest = _load_manifest(cache, site, _theme_digest(project))
    # A page whose Markdown changed, or whose HTML is missing from the site (removed by hand).
    changed = sorted(p for p, digest in pages.items() if manifest.pages.get(p) != digest
                     or manifest.reused and not (site / page_url(PurePosixPath(p)) / "index.html").exists())
    shards = [changed[i:i + SHARD_PAGES] for i in range(0, len(changed), SHARD_PAGES)]
    nav_pages = sorted(_nav_pages(config.get("nav", [])))
    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        outputs = list(pool.map(lambda job: _render_shard(project, config, docs, cache, *job, nav_pages),
                                enumerate(shards)))
    if manifest.reused:
        target = site
        _save_manifest(cache, _unsure(manifest.pages, pages), _unsure(manifest.files, files), manifest.theme)
    else:
        (cache / _MANIFEST).unlink(missing_ok=True)
        target = site.with_name(site.name + ".staging")
        shutil.rmtree(target, ignore_errors=True)
        target.mkdir(parents=True)
    # Files first, new pages next, changed pages after them, gone ones last: a page already served never links to a
    # page or a file not yet there (a site step killed at any moment leaves a whole site; two new pages that link to
    # each other come in one rename apart).
    add_files(target)
    _merge([(output, set(nav_pages) - set(shard)) for output, shard in zip(outputs, shards, strict=True)], target)
    _copy_files(docs, target, files, manifest.files)
    for gone in sorted(set(manifest.pages) - set(pages)):
        _remove_page(target, gone)
    prune_files(target)
    _write_sitemap(target, config.get("site_url") or "", sorted(pages))
    if target != site:
        _swap(target, site)
    _save_manifest(cache, pages, files, manifest.theme)
    return RenderResult(len(pages), len(changed), len(shards), manifest.reused)


# In the manifest saved before an update: a page or file the update may replace, add or remove. It
# matches no digest, so an update cut short renders it again, or removes it if it is gone by then.
_UNSURE = "?"


def _unsure(before: dict[str, str], now: dict[str, str]) -> dict[str, str]:
    """The manifest's entries as the site may stand while it is updated from `before` to `now`."""
    return {name: before[name] if before.get(name) == now.get(name) else _UNSURE for name in before.keys() | now.keys()}


def _swap(staging: Path, site: Path) -> None:
    """Put the new site in place of the old in one step, so that there is always a whole site to serve."""
    if site.exists() and _exchange(staging, site):
        shutil.rmtree(staging)  # which now holds the old site
        return
    previous = site.with_name(site.name + ".previous")
    shutil.rmtree(previous, ignore_errors=True)
    if site.exists():
        site.rename(previous)
    staging.rename(site)
    shutil.rmtree(previous, ignore_errors=True)


def _exchange(first: Path, second: Path) -> bool:
    """Exchange two folders atomically (Linux renameat2 with RENAME_EXCHANGE); False where the system cannot."""
    try:
        renameat2 = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return False
    at_cwd, exchange = -100, 2
    return renameat2(at_cwd, os.fsencode(first), at_cwd, os.fsencode(second), exchange) == 0


def _restore(site: Path) -> None:
    """A site step killed between the two renames of `_swap` (no exchange) left the old site aside."""
    previous = site.with_name(site.name + ".previous")
    if not site.exists() and previous.is_dir():
        previous.rename(site)


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _sources(docs: Path, cache: Path) -> tuple[dict[str, str], dict[str, str]]:
    """Digests of every page and every other file under docs/. A page with snippets also depends on them.

    A file whose size, time and inode are those of the last run keeps its digest unread: the build
    writes a changed page as a new file and hard-links an unchanged one."""
    stats, pages, files = {}, {}, {}
    snippets = _digest(b"".join(p.read_bytes() for p in sorted((docs / _SNIPPETS).rglob("*")) if p.is_file()))
    saved = load_json(cache / _STATS)
    known = saved.get("files", {}) if saved.get("snippets") == snippets else {}
    for path in sorted(docs.rglob("*")):
        relative = path.relative_to(docs).as_posix()
        if not path.is_file() or relative.startswith(_SNIPPETS + "/") or any(
            part.startswith(".") for part in PurePosixPath(relative).parts
        ):
            continue  # fragments and hidden files are not published (MkDocs excludes them too)
        stat = path.stat()
        seen = [stat.st_size, stat.st_mtime_ns, stat.st_ino]
        before = known.get(relative)
        if before and before[:3] == seen:
            digest = before[3]
        else:
            data = path.read_bytes()
            digest = _digest(data + (snippets.encode() if path.suffix == ".md" and b"--8<--" in data else b""))
        stats[relative] = [*seen, digest]
        (pages if path.suffix == ".md" else files)[relative] = digest
    cache.mkdir(parents=True, exist_ok=True)
    (cache / _STATS).write_text(json.dumps({"snippets": snippets, "files": stats}, sort_keys=True), encoding="utf-8")
    return pages, files


def _theme_digest(project: Path) -> str:
    """What every page's HTML depends on: the configuration, the template overrides, the MkDocs and theme code."""
    from importlib.metadata import version

    parts = [(project / "mkdocs.yml").read_bytes()]
    parts += [p.relative_to(project).as_posix().encode() + p.read_bytes()
              for p in sorted((project / "overrides").rglob("*")) if p.is_file()]
    parts += [f"{name} {version(name)}".encode() for name in ("mkdocs", "mkdocs-material", "markdown",
                                                               "pymdown-extensions")]
    return _digest(b"\0".join(parts))


@dataclass(frozen=True)
class _Manifest:
    theme: str
    pages: dict[str, str]  # page → digest of what its HTML was rendered from
    files: dict[str, str]  # other file → digest
    reused: bool  # the site as it stands is the starting point


def _load_manifest(cache: Path, site: Path, theme: str) -> _Manifest:
    saved = load_json(cache / _MANIFEST)
    if not site.is_dir() or saved.get("theme") != theme:
        return _Manifest(theme, {}, {}, False)
    return _Manifest(theme, saved.get("pages", {}), saved.get("files", {}), True)


def _save_manifest(cache: Path, pages: dict[str, str], files: dict[str, str], theme: str) -> None:
    cache.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"theme": theme, "pages": pages, "files": files}, sort_keys=True)
    (cache / _MANIFEST).write_text(text, encoding="utf-8")


def _nav_pages(nav) -> Iterator[str]:
    """The Markdown files the navigation names (nav entries are lists of {title: file or list})."""
    for item in nav if isinstance(nav, list) else [nav]:
        value = next(iter(item.values())) if isinstance(item, dict) else item
        if isinstance(value, list):
            yield from _nav_pages(value)
        elif isinstance(value, str) and value.endswith(".md"):
            yield value


def _render_shard(project: Path, config: dict, docs: Path, cache: Path, number: int, shard: list[str],
                  nav_pages: list[str]) -> Path:
    """Run MkDocs on one shard's pages; returns the folder of its HTML."""
    folder = cache / "site-shards" / str(number)
    shutil.rmtree(folder, ignore_errors=True)
    for page in shard:
        (folder / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        os.link(docs / page, folder / "docs" / page)
    for page in set(nav_pages) - set(shard):
        (folder / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (folder / "docs" / page).write_text("# …\n", encoding="utf-8")  # the navigation only needs it to exist
    shard_config = _shard_config(config, project, folder)
    (folder / "mkdocs.yml").write_text(yaml.safe_dump(shard_config, allow_unicode=True), encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-f",
                          str(folder / "mkdocs.yml")], cwd=project, capture_output=True, text=True,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if run.returncode != 0:
        raise RuntimeError(f"mkdocs build --strict failed on {len(shard)} pages from {shard[0]}:\n{run.stderr}")
    return folder / "site"


def _shard_config(config: dict, project: Path, folder: Path) -> dict:
    theme = dict(config.get("theme", {}))
    if "custom_dir" in theme:
        theme["custom_dir"] = str((project / theme["custom_dir"]).resolve())
    return {**config, "docs_dir": str((folder / "docs").resolve()), "site_dir": str((folder / "site").resolve()),
            "theme": theme}


def _merge(outputs: list[tuple[Path, set[str]]], target: Path) -> None:
    """Move the shards' HTML into the site, but not the stubs' pages (`outputs`: each shard's folder and the
    navigation pages it only stubbed) nor the partial sitemaps. What the site lacks comes first, files before
    pages, then what replaces a file already there: a page that changed (a list, a cited document's page) may
    link to a new page, never the reverse of an old page to a missing one."""
    moves = []
    for output, stubbed in outputs:
        skipped = {page_url(PurePosixPath(page)) + "index.html" for page in stubbed}
        for path in output.rglob("*"):
            relative = path.relative_to(output).as_posix()
            if path.is_file() and relative not in skipped and not relative.startswith("sitemap.xml"):
                moves.append((path, target / relative))
    moves.sort(key=lambda move: (move[1].exists(), move[1].suffix == ".html", not _linked_both_ways(move[1], target),
                                 move[1]))
    for _, destination in moves:  # the folders first: the renames then follow each other with nothing between
        destination.parent.mkdir(parents=True, exist_ok=True)
    for path, destination in moves:
        path.replace(destination)  # a rename: the page served is the old one or the new one, never half


def _linked_both_ways(destination: Path, target: Path) -> bool:
    """A letter's page or a cited document's: a new letter and a document only it cites link to each other, so no
    order of their renames is safe; they come first among the pages and side by side, the window between them a few
    renames wide (lists, which link to them one way, after them)."""
    return destination.relative_to(target).parts[0] in (LETTERS_DIR, CITED_DIR)


def _remove_page(site: Path, page: str) -> None:
    """Remove a page's HTML, and its folder once empty (another page's folder may lie inside it)."""
    folder = site / page_url(PurePosixPath(page))
    (folder / "index.html").unlink(missing_ok=True)
    while folder != site and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _copy_files(docs: Path, target: Path, files: dict[str, str], before: dict[str, str]) -> None:
    """Every file under docs/ that is not a page (stylesheets, scripts, data, search index), as MkDocs copies them."""
    for relative, digest in files.items():
        destination = target / relative
        if before.get(relative) == digest and destination.exists():
            continue
        destination.parent.mkdir(parents=True, exist_ok=True)
        _replace(destination, functools.partial(shutil.copyfile, docs / relative))
    for gone in sorted(set(before) - set(files)):
        (target / gone).unlink(missing_ok=True)


def _write_sitemap(target: Path, site_url: str, pages: list[str]) -> None:
    """One sitemap for the whole site (each shard only knows its own pages); no dates, so it is reproducible."""
    base = site_url.rstrip("/") + "/"
    urls = "".join(f"    <url>\n         <loc>{escape(base + page_url(PurePosixPath(p)))}</loc>\n    </url>\n"
                   for p in pages)
    xml = ('<?xml version="1.0" encoding="UTF-8"?>\n'
           '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "</urlset>\n")
    _replace(target / "sitemap.xml", lambda partial: partial.write_text(xml, encoding="utf-8"))
    _replace(target / "sitemap.xml.gz", lambda partial: partial.write_bytes(gzip.compress(xml.encode(), mtime=0)))


def _replace(destination: Path, write: Callable[[Path], object]) -> None:
    """`write` a file aside, then rename it over `destination`: a site being served never shows half a file."""
    partial = destination.with_name(destination.name + ".partial")
    write(partial)
    partial.replace(destination)
