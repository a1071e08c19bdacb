"""Stable, readable addresses: `/van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th/`.

A letter's address comes from its issuer, number and year; a letter without a number takes the
name of its file instead, so it is stable across builds. A cited document that is not in the archive
lives under `/dan-chieu/`. Two letters that would share an address (the same number and issuer in
one year) are told apart by their file names.
"""

from __future__ import annotations

import hashlib
import posixpath
import re
from functools import lru_cache
from pathlib import PurePosixPath
from urllib.parse import quote

from build_tools.model import Letter
from build_tools.text import fold, slugify

LETTERS_DIR = "van-ban"
CITED_DIR = "dan-chieu"
_UNKNOWN_YEAR = "khong-ro-nam"
# A page's name is bounded so that every address stays short (≤ 100 characters) and every file name
# far below the 255 bytes a file system allows, whatever a letter's number or file name holds.
MAX_NAME = 72
# Long organ names shortened in addresses: "Ủy ban nhân dân tỉnh Sóc Trăng" → "ubnd-tinh-soc-trang".
_SHORT_ORGANS = (("uy ban nhan dan", "ubnd"), ("hoi dong nhan dan", "hdnd"))


def bounded(slug: str) -> str:
    """A slug cut to MAX_NAME characters; a cut one ends with a digest of the whole, so it stays unique."""
    if len(slug) <= MAX_NAME:
        return slug
    digest = hashlib.sha1(slug.encode()).hexdigest()[:10]
    return f"{slug[: MAX_NAME - 11].rstrip('-')}-{digest}"


def name_slug(text: str) -> str:
    """The bounded slug of a name: "Ủy ban nhân dân tỉnh Sóc Trăng" → "uy-ban-nhan-dan-tinh-soc-trang"."""
    return bounded(slugify(text))


def issuer_slug(issuer: str | None) -> str:
    if not issuer:
        return "khong-ro-co-quan"
    folded = fold(issuer)
    for long, short in _SHORT_ORGANS:
        folded = folded.replace(long, short)
    return bounded(slugify(folded))


def document_slug(issuer: str | None, number: str) -> str:
    return bounded(f"{issuer_slug(issuer)}-{slugify(number)}")


def letter_page_path(letter: Letter) -> PurePosixPath:
    """Path of the letter's Markdown page under docs/, e.g. van-ban/2024/ubnd-tinh-soc-trang-1198-ubnd-th.md."""
    year = str(letter.year) if letter.year else _UNKNOWN_YEAR
    if letter.number:
        name = document_slug(letter.issuer, letter.number)
    else:
        stem = re.sub(r"\.(meta\.yaml|[a-z0-9]+)$", "", PurePosixPath(letter.source).name, flags=re.I)
        kind = slugify(letter.type or "van-ban")
        name = f"{issuer_slug(letter.issuer)}-{kind}-{slugify(stem)}" if letter.issuer else f"{kind}-{slugify(stem)}"
    return PurePosixPath(LETTERS_DIR, year, f"{bounded(name)}.md")


def cited_page_path(document_id: str, year: int | None) -> PurePosixPath:
    return PurePosixPath(CITED_DIR, str(year) if year else _UNKNOWN_YEAR, f"{document_id}.md")


ORIGINALS_DIR = "goc"
FEEDS_DIR = PurePosixPath("nguon-tin")
ARCHIVE_FEED = FEEDS_DIR / "van-ban-moi.xml"  # the Atom feed of the archive's new letters


def issuer_feed(issuer: str) -> PurePosixPath:
    """The feed of one issuer's letters: nguon-tin/co-quan/<issuer>.xml."""
    return FEEDS_DIR / "co-quan" / f"{name_slug(issuer) or 'khac'}.xml"


def original_path(source: str) -> PurePosixPath:
    """Where a letter's own file is copied in the site: "corpus/a/b.pdf" → goc/a/b.pdf."""
    return PurePosixPath(ORIGINALS_DIR, *PurePosixPath(source).parts[1:])


def link_from_page(page_path: PurePosixPath, target: PurePosixPath | str) -> str:
    """A relative URL from a page's address to a file ("goc/tệp gốc.pdf", quoted) or an address of the site."""
    depth = len([part for part in page_url(page_path).split("/") if part])
    return "../" * depth + quote(str(target))


@lru_cache(maxsize=1 << 16)  # pages link the same neighbours over and over; PurePosixPath is slow
def page_url(page_path: PurePosixPath | str) -> str:
    """The address MkDocs gives a page with use_directory_urls: "van-ban/2024/x.md" → "van-ban/2024/x/",
    "danh-sach/index.md" → "danh-sach/", "index.md" → "". The page as a path, or as written (a path's str):
    worked out on the string, as making a path of each of 10,010 letters' pages took 0.35 s of a rebuild."""
    stem = posixpath.splitext(str(page_path))[0]
    folder, name = posixpath.split(stem)
    if name == "index":
        return f"{folder}/" if folder else ""
    return f"{stem}/"
