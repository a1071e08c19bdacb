"""Pages that lead to the letters: newest, all letters, by year, by issuer, by type; the build report."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import PurePosixPath

from build_tools.addresses import issuer_feed, name_slug
from build_tools.cite.graph import Graph, Listed
from build_tools.dates import vn_date
from build_tools.markup import escape_markdown
from build_tools.model import ReadFailure
from build_tools.site.markdown import link, paged, pager
from build_tools.site.pages import front_matter, letter_title
from build_tools.site.wording import with_place

LISTS_DIR = PurePosixPath("danh-sach")
NEWEST = PurePosixPath("_generated/newest.md")
REPORT = PurePosixPath("bao-cao.md")
NEWEST_COUNT = 10


def _table(page: PurePosixPath, letters: list[Listed]) -> str:
    rows = ["| Ngày | Số ký hiệu | Cơ quan ban hành | Trích yếu |", "|---|---|---|---|"]
    for entry in letters:
        title = entry.number or letter_title(entry.type, None, entry.number_suffix)
        rows.append(
            f"| {vn_date(entry.date)} | [{escape_markdown(title)}]({link(page, entry.page)}) "
            f"| {escape_markdown(entry.issuer or '—')} | {escape_markdown(entry.subject or '—')} |"
        )
    return "\n".join(rows) + "\n"


# The lists by group: title, overview page, folder, and the group a letter is listed in.
_GROUPINGS: tuple[tuple[str, str, str, Callable[[Listed], str]], ...] = (
    ("Theo năm", "theo-nam", "nam", lambda e: str(e.year or "Chưa rõ năm")),
    ("Theo cơ quan ban hành", "theo-co-quan", "co-quan", lambda e: e.issuer or "Chưa rõ cơ quan"),
    ("Theo loại văn bản", "theo-loai", "loai", lambda e: e.type or "Chưa rõ loại"),
)


@dataclass(frozen=True)
class ListPage:
    """A list page: its path and what renders it."""

    path: PurePosixPath
    render: Callable[[], str]
    # What the page shows, as text (`_shown`), when that is cheaper to know than the page itself: it is
    # rendered only when that changed (rendering the 10,010 rows of the list of all letters took ≈ 1 s).
    made_from: str | None = None
    kept: bool = False  # its group shows no letter added, removed or changed: it stands as the last build wrote it


def groups_of(letters: Iterable[Listed]) -> set[tuple[str, str]]:
    """The (folder, group) lists that show any of `letters`."""
    return {(folder, key(entry)) for entry in letters for _, _, folder, key in _GROUPINGS}


def list_pages(letters: list[Listed], changed: set[tuple[str, str]] | None = None) -> Iterator[ListPage]:
    """Every list page of `letters` (newest first: `Graph.letters.newest`). The pages of a group not in
    `changed` (`groups_of` the letters added, removed or changed since the last build) list the same letters
    as then, and stand; None: every page is made."""
    yield ListPage(NEWEST, partial(_table, NEWEST.parent.parent / "index.md", letters[:NEWEST_COUNT]))
    intro = f"{len(letters)} văn bản, mới nhất trước."
    yield from _paged("Danh sách văn bản", LISTS_DIR / "index.md", letters, intro)
    for title, name, folder, key in _GROUPINGS:
        yield from _grouped(title, name, folder, letters, key, changed)


def _page(title: str, body: str, meta: dict[str, str] | None = None) -> str:
    return front_matter({"title": title} | (meta or {})) + f"# {escape_markdown(title)}\n\n{body}"


def _paged(title: str, first: PurePosixPath, letters: list[Listed], intro: str = "",
           meta: dict[str, str] | None = None, kept: bool = False) -> Iterator[ListPage]:
    """A list of letters over pages of PAGE_ROWS rows (markdown.paged), each rendered when asked."""
    pages = paged(first, letters)
    for number, (page, rows) in enumerate(pages, start=1):
        shown = intro if number == 1 else ""  # the first page's alone: a count changed leaves the others standing
        made_from = None if kept else repr((title, number, len(pages), shown, meta, [_shown(e) for e in rows]))
        yield ListPage(page, partial(_list_page, title, pages, number, intro, meta), made_from, kept)


def _shown(entry: Listed) -> tuple:
    """What a list's row shows of a letter (`_table`)."""
    return str(entry.page), entry.type, entry.number, entry.number_suffix, entry.date, entry.issuer, entry.subject


def _list_page(title: str, pages: list[tuple[PurePosixPath, Sequence[Listed]]], number: int, intro: str,
               meta: dict[str, str] | None) -> str:
    page, rows = pages[number - 1]
    links = pager(pages, number)
    heading = title if number == 1 else f"{title} (trang {number})"
    opening = intro if number == 1 else ""
    return _page(heading, "\n\n".join(filter(None, [opening, links, _table(page, rows), links])), meta)


def _grouped(title: str, name: str, folder: str, letters: list[Listed], key: Callable[[Listed], str],
             changed: set[tuple[str, str]] | None) -> Iterator[ListPage]:
    groups: dict[str, list[Listed]] = defaultdict(list)
    for entry in letters:
        groups[key(entry)].append(entry)
    overview = LISTS_DIR / f"{name}.md"
    order = sorted(groups, reverse=(folder == "nam"))
    lines = []
    for group in order:
        page = LISTS_DIR / folder / f"{name_slug(group) or 'khac'}.md"
        lines.append(f"- [{escape_markdown(group)}]({link(overview, page)}) — {len(groups[group])} văn bản")
        feed = {"feed": str(issuer_feed(group)), "feed_title": f"Văn bản mới của {group}"}
        issued = folder == "co-quan" and groups[group][0].issuer  # not "Chưa rõ cơ quan"
        kept = changed is not None and (folder, group) not in changed
        yield from _paged(f"{title}: {group}", page, groups[group], meta=feed if issued else None, kept=kept)
    yield ListPage(overview, partial(_page, title, "\n".join(lines) + "\n"))


def code(text: str) -> str:
    """A file name as inline code, which Markdown shows as written; a control character in the name
    ("\r", "\n") is shown by its code, so it cannot cut the report's lines."""
    shown = "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return "``" + shown.replace("`", "'") + "``"


def report_page(graph: Graph, failures: list[ReadFailure], problems: dict[str, list[str]]) -> str:
    """The build report for staff: what was not published and why, and what to look at."""
    flagged = list(graph.letters.with_warnings())
    conflicts = list(graph.documents.with_conflicting_dates())
    duplicates = list(graph.letters.duplicates())
    parts = [
        front_matter({"title": "Báo cáo xây dựng"}),
        "# Báo cáo xây dựng\n",
        f"- Văn bản đã đăng: **{len(graph.letters)}**",
        f"- Văn bản có cảnh báo: **{len(flagged)}**",
        f"- Tệp không đọc được: **{len(failures)}**",
        f"- Văn bản được dẫn chiếu: **{len(graph.documents)}**, trong đó ngày không thống nhất: **{len(conflicts)}**\n",
        "## Tệp không đăng được\n",
    ]
    parts += [f"- {code(f.path)}: {escape_markdown(f.reason)}" for f in failures] or ["Không có."]
    parts.append("\n## Tệp đọc qua chuyển đổi\n")
    converted = [f"- [{code(e.source)}]({link(REPORT, e.page)}): {escape_markdown(note)}"
                 for e in graph.letters.with_notes() for note in (*e.notes, *e.repairs)]
    parts += converted or ["Không có."]
    parts.append("\n## Hiệu đính có lỗi\n")
    lines = [f"- {escape_markdown(p)}" for source in sorted(problems) for p in problems[source]]
    parts += lines or ["Không có."]
    parts.append("\n## Cảnh báo theo văn bản\n")
    for entry in flagged:
        parts.append(f"- [{code(entry.source)}]({link(REPORT, entry.page)}): "
                     + "; ".join(escape_markdown(with_place(*w)) for w in entry.warnings))
    if not flagged:
        parts.append("Không có.")
    parts.append("\n## Ngày ban hành không thống nhất\n")
    for document in conflicts:
        given = "; ".join(f"{vn_date(date)} ([{escape_markdown(str(letter.stem))}]({link(REPORT, letter)}))"
                          for letter, date in graph.dates_given(document))
        own = " (ngày trên văn bản trong kho: " + vn_date(document.dates[0]) + ")" if document.archived else ""
        parts.append(f"- [{escape_markdown(letter_title(document.type, document.number))}]"
                     f"({link(REPORT, document.page)}) của {escape_markdown(document.issuer or 'cơ quan chưa rõ')}: "
                     f"{given}{own}")
    if not conflicts:
        parts.append("Không có.")
    parts.append("\n## Văn bản trùng\n")
    for entry in duplicates:
        parts.append(f"- [{code(entry.source)}]({link(REPORT, entry.page)}) "
                     f"trùng số, cơ quan và năm với [{escape_markdown(str(entry.duplicate_of))}]"
                     f"({link(REPORT, entry.duplicate_of)})")
    if not duplicates:
        parts.append("Không có.")
    return "\n".join(parts) + "\n"
