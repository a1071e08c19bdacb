"""Atom feeds (RFC 4287) of new letters: the whole archive's and one per issuer (nguồn tin).

A feed lists the FEED_ENTRIES newest dated letters; every date in it is a letter's own date, so the
same archive gives the same feed. Pages link their feeds with <link rel="alternate"> (overrides/main.html
reads `feed` from a page's front matter); Atom wants absolute addresses, made from mkdocs.yml's site_url.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import PurePosixPath
from xml.sax import saxutils

from build_tools.addresses import ARCHIVE_FEED, issuer_feed, page_url
from build_tools.cite.graph import Listed
from build_tools.site.pages import letter_title

FEED_ENTRIES = 50
_EMPTY_SITEMAP = '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"/>\n'
_TITLE = "Kho lưu trữ văn bản hành chính"
# Characters XML 1.0 does not allow, which a damaged letter may hold: left out of a feed.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def feeds(newest: list[Listed], site_url: str) -> Iterator[tuple[PurePosixPath, str]]:
    """(path under docs/, Atom XML) of the archive's feed and of each issuer's, and the empty sitemaps beside
    them, from every letter newest first (`Graph.letters.newest`)."""
    letters = [entry for entry in newest if entry.date]
    yield ARCHIVE_FEED, _feed(f"{_TITLE}: văn bản mới", ARCHIVE_FEED, letters, site_url)
    by_issuer: dict[str, list[Listed]] = defaultdict(list)
    for entry in letters:
        if entry.issuer:
            by_issuer[entry.issuer].append(entry)
    for issuer, entries in sorted(by_issuer.items()):
        yield issuer_feed(issuer), _feed(f"{_TITLE}: văn bản mới của {issuer}", issuer_feed(issuer), entries, site_url)
    # Material (and Zensical) fetch sitemap.xml beside every <link rel="alternate">, taking it for a
    # language version (zensical/zensical#908): an empty one there saves every page view a 404.
    for folder in sorted({ARCHIVE_FEED.parent, issuer_feed("").parent}):
        yield folder / "sitemap.xml", _EMPTY_SITEMAP


def _feed(title: str, path: PurePosixPath, letters: list[Listed], site_url: str) -> str:
    base = site_url.rstrip("/") + "/"
    shown = letters[:FEED_ENTRIES]
    updated = _timestamp(shown[0].date) if shown else "1970-01-01T00:00:00Z"
    head = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">',
        f"  <id>{escape(base + str(path))}</id>",
        f"  <title>{escape(title)}</title>",
        f"  <updated>{updated}</updated>",
        f"  <link rel=\"self\" type=\"application/atom+xml\" href={quoteattr(base + str(path))}/>",
        f"  <link rel=\"alternate\" type=\"text/html\" href={quoteattr(base)}/>",
        f"  <author><name>{escape(_TITLE)}</name></author>",
    ]
    return "\n".join(head + [_entry(entry, base) for entry in shown] + ["</feed>", ""])


def _entry(letter: Listed, base: str) -> str:
    address = base + page_url(letter.page)
    lines = [
        "  <entry>",
        f"    <id>{escape(address)}</id>",
        f"    <title>{escape(letter_title(letter.type, letter.number, letter.number_suffix))}</title>",
        f"    <updated>{_timestamp(letter.date)}</updated>",
        f"    <link rel=\"alternate\" type=\"text/html\" href={quoteattr(address)}/>",
        f"    <author><name>{escape(letter.issuer or 'Chưa rõ cơ quan ban hành')}</name></author>",
    ]
    if letter.subject:
        lines.append(f"    <summary>{escape(letter.subject)}</summary>")
    return "\n".join([*lines, "  </entry>"])


def _timestamp(date: str) -> str:
    """A letter's date as Atom's date-time: "2024-04-26" → "2024-04-26T00:00:00Z"; "2023-08" → its first day, "2023"
    (a draft's blank day and month) its year's."""
    return f"{(date + '-01-01')[:10]}T00:00:00Z"


def escape(text: str) -> str:
    return saxutils.escape(_NOT_XML.sub("", text))


def quoteattr(text: str) -> str:
    return saxutils.quoteattr(_NOT_XML.sub("", text))
