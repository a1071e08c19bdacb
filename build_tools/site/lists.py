"""Pages that lead to the letters: newest, all letters, by year, by issuer, by type; the build report."""

from __future__ import annotations

import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import PurePosixPath

from build_tools.addresses import issuer_feed, name_slug
from build_tools.cite.graph import ArchivedLetter, Graph
from build_tools.markup import escape_markdown
from build_tools.model import ReadFailure
from build_tools.site.markdown import link, paged, pager, vn_date
from build_tools.site.pages import front_matter, letter_title
from build_tools.site.wording import with_place

LISTS_DIR = PurePosixPath("danh-sach")
NEWEST = PurePosixPath("_generated/newest.md")
REPORT = PurePosixPath("bao-cao.md")
NEWEST_COUNT = 10


def newest_first(letters: tuple[ArchivedLetter, ...]) -> list[ArchivedLetter]:
    """Letters by date, newest first; undated letters last; ties by page, so the order is stable."""
    dated = sorted((e for e in letters if e.processed.letter.date), key=lambda e: str(e.page))
    dated.sort(key=lambda e: e.processed.letter.date, reverse=True)
    return dated + sorted((e for e in letters if not e.processed.letter.date), key=lambda e: str(e.page))


def _table(page: PurePosixPath, letters: list[ArchivedLetter]) -> str:
    rows = ["| Ngày | Số ký hiệu | Cơ quan ban hành | Trích yếu |", "|---|---|---|---|"]
    for entry in letters:
        letter = entry.processed.letter
        title = letter.number or letter_title(letter.type, None, letter.number_suffix)
        rows.append(
            f"| {vn_date(letter.date)} | [{escape_markdown(title)}]({link(page, entry.page)}) "
            f"| {escape_markdown(letter.issuer or '—')} | {escape_markdown(letter.subject or '—')} |"
        )
    return "\n".join(rows) + "\n"


def list_pages(graph: Graph) -> Iterator[tuple[PurePosixPath, str]]:
    letters = newest_first(graph.letters)
    yield NEWEST, _table(NEWEST.parent.parent / "index.md", letters[:NEWEST_COUNT])
    yield from _paged("Danh sách văn bản", LISTS_DIR / "index.md", letters, f"{len(letters)} văn bản, mới nhất trước.")
    yield from _grouped("Theo năm", "theo-nam", "nam", letters, lambda e: str(e.processed.letter.year or "Chưa rõ năm"))
    yield from _grouped("Theo cơ quan ban hành", "theo-co-quan", "co-quan", letters,
                        lambda e: e.processed.letter.issuer or "Chưa rõ cơ quan")
    yield from _grouped("Theo loại văn bản", "theo-loai", "loai", letters,
                        lambda e: e.processed.letter.type or "Chưa rõ loại")


def _page(title: str, body: str, meta: dict[str, str] | None = None) -> str:
    return front_matter({"title": title} | (meta or {})) + f"# {escape_markdown(title)}\n\n{body}"


def _paged(title: str, first: PurePosixPath, letters: list[ArchivedLetter], intro: str = "",
           meta: dict[str, str] | None = None) -> Iterator[tuple[PurePosixPath, str]]:
    """A list of letters over pages of PAGE_ROWS rows (markdown.paged)."""
    pages = paged(first, letters)
    for number, (page, rows) in enumerate(pages, start=1):
        links = pager(pages, number)
        heading = title if number == 1 else f"{title} (trang {number})"
        opening = intro if number == 1 else ""
        yield page, _page(heading, "\n\n".join(filter(None, [opening, links, _table(page, rows), links])), meta)


def _grouped(title: str, name: str, folder: str, letters: list[ArchivedLetter],
             key: Callable[[ArchivedLetter], str]) -> Iterator[tuple[PurePosixPath, str]]:
    groups: dict[str, list[ArchivedLetter]] = defaultdict(list)
    for entry in letters:
        groups[key(entry)].append(entry)
    overview = LISTS_DIR / f"{name}.md"
    order = sorted(groups, reverse=(folder == "nam"))
    lines = []
    for group in order:
        page = LISTS_DIR / folder / f"{name_slug(group) or 'khac'}.md"
        lines.append(f"- [{escape_markdown(group)}]({link(overview, page)}) — {len(groups[group])} văn bản")
        feed = {"feed": str(issuer_feed(group)), "feed_title": f"Văn bản mới của {group}"}
        issued = folder == "co-quan" and groups[group][0].processed.letter.issuer  # not "Chưa rõ cơ quan"
        yield from _paged(f"{title}: {group}", page, groups[group], meta=feed if issued else None)
    yield overview, _page(title, "\n".join(lines) + "\n")


def code(text: str) -> str:
    """A file name as inline code, which Markdown shows as written; a control character in the name
    ("\r", "\n") is shown by its code, so it cannot cut the report's lines."""
    shown = "".join(f"\\x{ord(c):02x}" if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in text)
    return "``" + shown.replace("`", "'") + "``"


def report_page(graph: Graph, failures: list[ReadFailure], problems: dict[str, list[str]]) -> str:
    """The build report for staff: what was not published and why, and what to look at."""
    flagged = [e for e in graph.letters if e.processed.letter.warnings]
    conflicts = [d for d in graph.documents.values() if d.dates_conflict]
    duplicates = [e for e in graph.letters if e.duplicate_of]
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
    converted = [f"- [{code(e.processed.letter.source)}]({link(REPORT, e.page)}): {escape_markdown(str(note))}"
                 for e in graph.letters for note in (*e.processed.notes, *e.processed.repairs)]
    parts += converted or ["Không có."]
    parts.append("\n## Hiệu đính có lỗi\n")
    lines = [f"- {escape_markdown(p)}" for source in sorted(problems) for p in problems[source]]
    parts += lines or ["Không có."]
    parts.append("\n## Cảnh báo theo văn bản\n")
    for entry in flagged:
        letter = entry.processed.letter
        parts.append(f"- [{code(letter.source)}]({link(REPORT, entry.page)}): "
                     + "; ".join(escape_markdown(with_place(w)) for w in letter.warnings))
    if not flagged:
        parts.append("Không có.")
    parts.append("\n## Ngày ban hành không thống nhất\n")
    for document in conflicts:
        given = "; ".join(
            f"{vn_date(m.date)} ([{escape_markdown(str(m.letter.stem))}]({link(REPORT, m.letter)}))"
            for m in {(m.letter, m.date): m for m in document.mentions if m.date}.values()
        )
        own = " (ngày trên văn bản trong kho: " + vn_date(document.dates[0]) + ")" if document.archived else ""
        parts.append(f"- [{escape_markdown(letter_title(document.type, document.number))}]"
                     f"({link(REPORT, document.page)}) của {escape_markdown(document.issuer or 'cơ quan chưa rõ')}: "
                     f"{given}{own}")
    if not conflicts:
        parts.append("Không có.")
    parts.append("\n## Văn bản trùng\n")
    for entry in duplicates:
        parts.append(f"- [{code(entry.processed.letter.source)}]({link(REPORT, entry.page)}) "
                     f"trùng số, cơ quan và năm với [{escape_markdown(str(entry.duplicate_of))}]"
                     f"({link(REPORT, entry.duplicate_of)})")
    if not duplicates:
        parts.append("Không có.")
    return "\n".join(parts) + "\n"
