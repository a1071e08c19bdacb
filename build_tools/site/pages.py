"""Markdown pages with YAML front matter: one per letter, one per cited document not in the archive."""

from __future__ import annotations

import json
import re
from pathlib import PurePosixPath
from typing import Any

from build_tools import patterns as p
from build_tools.addresses import issuer_feed, link_from_page, original_path
from build_tools.cite.graph import ArchivedLetter, CitingMention, Document, Graph
from build_tools.cite.relations import LABELS, LABELS_CITED_BY
from build_tools.corrections import SIDECAR_SUFFIX
from build_tools.dates import vn_date
from build_tools.markup import escape_html, escape_markdown
from build_tools.model import RELATIONS, FieldSource, Letter, ParseWarning
from build_tools.numbers import canonical_number, repair_number
from build_tools.site.graph_svg import neighbourhood_svg
from build_tools.site.linked_data import letter_json_ld
from build_tools.site.markdown import link, paged, pager
from build_tools.site.wording import in_vietnamese
from build_tools.store import Sentences
from build_tools.text import match_form

# The metadata panel ("Thuộc tính"), in the order legal-document sites show it: field and label.
_PANEL = (
    ("number", "Số ký hiệu"),
    ("type", "Loại văn bản"),
    ("date", "Ngày ban hành"),
    ("place", "Địa danh"),
    ("issuer", "Cơ quan ban hành"),
    ("parent_issuer", "Cơ quan chủ quản"),
    ("subject", "Trích yếu"),
    ("recipients", "Kính gửi"),
    ("cc", "Nơi nhận"),
    ("signing_authority", "Thẩm quyền ký"),
    ("signer_title", "Chức vụ"),
    ("signer", "Người ký"),
)


def panel_html(rows: list[tuple[str, str]]) -> str:
    """The panel as an HTML table from (label, cell HTML) rows."""
    lines = [f"<tr><th>{label}</th><td>{cell}</td></tr>" for label, cell in rows]
    return '<div class="letter-meta" markdown="0">\n<table>\n' + "\n".join(lines) + "\n</table>\n</div>\n"


# Characters YAML does not accept raw in a document (C1 controls and NEL, line/paragraph separators, BOM):
# escaped as \uXXXX inside the JSON strings, which YAML reads back as the same characters.
_NOT_YAML_PRINTABLE = re.compile("[\x7f-\x9f\u2028\u2029\ufeff\ufffe\uffff\ud800-\udfff]")


def front_matter(values: dict[str, Any]) -> str:
    """YAML front matter with JSON values, one key a line: JSON is YAML, and much faster to write."""
    lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in values.items()]
    text = _NOT_YAML_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}", "\n".join(lines))
    return "---\n" + text + "\n---\n\n"


def letter_title(type_: str | None, number: str | None, suffix: str | None = None) -> str:
    kind = type_ or "Văn bản"
    if number:
        return f"{kind} số {number}"
    return f"{kind} (chưa có số{', …/' + suffix if suffix else ''})"


def letter_page(entry: ArchivedLetter, graph: Graph, *, own_parts: bool = True) -> str:
    """The letter's page. Without its `own_parts` (its fields, its panel: made from the letter alone),
    what the page shows of other documents: with the letter's key, that says when to write it again."""
    letter = entry.processed.letter
    references = graph.references_of(entry.page)
    cited_by = graph.cited_by_of(entry.page)
    meta = {"title": letter_title(letter.type, letter.number, letter.number_suffix), "kind": "letter"}
    if own_parts:
        meta |= {k: v for k, v in letter.fields_json().items() if k != "source"}
    if letter.issuer:  # its issuer's Atom feed, which the page links in its <head>
        meta |= {"feed": str(issuer_feed(letter.issuer)), "feed_title": f"Văn bản mới của {letter.issuer}"}
    meta |= {
        "source": letter.source,
        "year": letter.year,
        "references": list(references),
        "cited_by": [str(page) for page in cited_by],
    }
    own = graph.document_of(entry.page)
    parts = [
        front_matter(meta),
        f"# {escape_markdown(meta['title'])}\n",
        letter_json_ld(entry, graph) if own_parts else "",
        _panel(entry) if own_parts else "",
        validity_note(own, graph, entry.page) if own else "",
        dates_conflict_note(own, graph, entry.page) if own and own.dates_conflict else "",
        _lines_html("letter-head", letter.header, "header", letter.sources) if own_parts else "",
        _linked_body(entry, graph),
        _lines_html("letter-closing", letter.closing, "closing", letter.sources) if own_parts else "",
        _reference_list(entry, graph),
        _cited_by_list(entry.page, cited_by, graph),
        neighbourhood_svg(graph, entry.page),
    ]
    return "\n".join(part for part in parts if part)


def _panel(entry: ArchivedLetter) -> str:
    letter = entry.processed.letter
    values = letter.fields_json()
    values["date"] = vn_date(letter.date) if letter.date else None
    values["number"] = letter.number or (f"…/{letter.number_suffix} (chưa có số)" if letter.number_suffix else None)
    read = {}
    for source in letter.sources:
        read.setdefault(source.field, source)
    rows = []
    for field, label in _PANEL:
        value = values.get(field)
        if not value:
            continue
        cell = "<br>".join(escape_html(v) for v in value) if isinstance(value, list) else escape_html(value)
        rows.append((label, _proven(entry, field, cell, read.get(field))))
    if letter.year:
        rows.append(("Năm", str(letter.year)))
    original = link_from_page(entry.page, original_path(letter.source))
    rows.append(("Tệp gốc", f'<a href="{escape_html(original)}"><code>{escape_html(letter.source)}</code></a>'))
    for note in (*entry.processed.notes, *entry.processed.repairs):
        rows.append(("Cách đọc tệp", escape_html(str(note))))
    if letter.warnings:
        notes = "".join(f"<li>{_warning_html(w, letter, original)}</li>" for w in letter.warnings)
        rows.append(("Cần xem lại", f'<ul class="warning-list">{notes}</ul>'))
    return panel_html(rows)


def _proven(entry: ArchivedLetter, field: str, cell: str, source: FieldSource | None) -> str:
    """A panel value linked to the words it was read from in the letter's text (and, for a PDF or a scan,
    their page and line), or, corrected by a clerk, to the sidecar's line that says so."""
    letter = entry.processed.letter
    if field in letter.corrected:
        sidecar = link_from_page(entry.page, original_path(letter.source + SIDECAR_SUFFIX))
        line = f", dòng {source.line}" if source else ""
        return (f'{cell} <a class="corrected" href="{escape_html(sidecar)}" title="Giá trị do cán bộ hiệu đính">'
                f"đã hiệu đính (tệp hiệu đính{line})</a>")
    if source is None:
        return cell
    where = f" — {escape_html(source.where)}" if source.where else ""
    return (f'<a class="field-link" href="#{_FIELD_ANCHOR}{field}" title="Xem chỗ văn bản ghi{where}">{cell}</a>'
            + (f' <span class="field-where">({escape_html(source.where)})</span>' if source.where else ""))


_FIELD_ANCHOR = "nguon-"  # id of the words a field was read from: "#nguon-number"


def _lines_html(kind: str, lines: tuple[str, ...], part: str, sources: tuple[FieldSource, ...]) -> str:
    """The header's or the closing's lines as written, each field's words marked with the anchor its
    panel value links to; blank lines between groups kept as paragraphs."""
    on_line: dict[int, list[FieldSource]] = {}
    for source in sources:
        if source.part == part and source.end > source.start:
            on_line.setdefault(source.line, []).append(source)
    anchored: set[str] = set()
    paragraphs, current = [], []
    for n, text in enumerate(lines):
        if not text.strip(" |"):
            if current:
                paragraphs.append(current)
            current = []
            continue
        current.append(_marked(text, sorted(on_line.get(n, []), key=lambda s: s.start), anchored))
    if current:
        paragraphs.append(current)
    if not paragraphs:
        return ""
    body = "\n".join("<p>" + "<br>\n".join(lines) + "</p>" for lines in paragraphs)
    return f'<div class="{kind}" markdown="0">\n{body}\n</div>\n'


def _marked(text: str, sources: list[FieldSource], anchored: set[str]) -> str:
    out, at = [], 0
    for source in sources:
        if source.start < at:
            continue  # two fields read from the same words: the first marks them
        anchor = "" if source.field in anchored else f' id="{_FIELD_ANCHOR}{source.field}"'
        anchored.add(source.field)
        out += [escape_html(text[at : source.start]),
                f'<mark class="field-source"{anchor}>{escape_html(text[source.start : source.end])}</mark>']
        at = source.end
    return "".join(out) + escape_html(text[at:])


def _warning_html(warning: ParseWarning, letter: Letter, original: str) -> str:
    """The warning, and a link to the place in the original file a citizen can check it against (a PDF
    opens at the page: "#page=" is the PDF open parameter browsers' viewers follow)."""
    said = escape_html(in_vietnamese(warning.message))
    if warning.origin is None:
        return said
    page = f"#page={warning.origin.page}" if warning.origin.page and letter.source.lower().endswith(".pdf") else ""
    return f'{said} (<a href="{escape_html(original + page)}">tệp gốc, {escape_html(str(warning.origin))}</a>)'


def _linked_body(entry: ArchivedLetter, graph: Graph) -> str:
    """The body with every mention a link to its document; the wording stays as written."""
    body = entry.processed.letter.body
    spans = []
    for target, citation in zip(graph.targets_of(entry), entry.processed.citations, strict=True):
        href = link(entry.page, graph.documents[target].page)
        spans += [(m.start, m.end, href) for m in citation.mentions if not m.in_subject]
    for start, end, href in sorted(spans, reverse=True):
        body = f"{body[:start]}[{body[start:end]}]({href}){body[end:]}"
    return body


def _document_line(from_page: PurePosixPath, document: Document) -> str:
    parts = [f"[{escape_markdown(letter_title(document.type, document.number))}]({link(from_page, document.page)})"]
    if document.date:
        parts.append(vn_date(document.date))
    parts.append(escape_markdown(document.issuer or "cơ quan ban hành chưa rõ"))
    if document.subject:
        parts.append(escape_markdown(document.subject))
    return "- " + " — ".join(parts)


def _reference_list(entry: ArchivedLetter, graph: Graph) -> str:
    """What the letter cites, grouped by what it does with each (căn cứ, thực hiện, thay thế …), as legal
    sites draw a document's "lược đồ"."""
    relation: dict[str, str] = {}  # document id → the strongest relation the letter has to it
    for doc_id, citation in zip(graph.targets_of(entry), entry.processed.citations, strict=True):
        relation[doc_id] = min(relation.get(doc_id, "references"), citation.relation, key=RELATIONS.index)
    if not relation:
        return ""
    groups = _grouped(relation, lambda doc_id: _document_line(entry.page, graph.documents[doc_id]), LABELS)
    return _references_section("Văn bản dẫn chiếu", groups)


def _cited_by_list(page: PurePosixPath, cited_by: tuple[PurePosixPath, ...], graph: Graph) -> str:
    if not cited_by:
        return _references_section("Văn bản được dẫn chiếu bởi", "Chưa có văn bản nào trong kho dẫn chiếu văn bản này.")
    own = graph.document_of(page)
    relation = {citing: "references" for citing in cited_by}
    for mention in own.mentions if own else ():
        relation[mention.letter] = min(relation[mention.letter], mention.relation, key=RELATIONS.index)
    groups = _grouped(relation, lambda citing: letter_line(page, graph.letter_at(citing)), LABELS_CITED_BY)
    return _references_section("Văn bản được dẫn chiếu bởi", groups)


def _grouped(relation: dict, line, labels: dict[str, str]) -> str:
    """Lines under a heading for each relation, strongest first, each item once in its own order."""
    parts = []
    for kind in RELATIONS:
        items = [item for item, r in relation.items() if r == kind]
        if items:
            parts.append(f"### {labels[kind]}\n\n" + "\n".join(line(item) for item in items))
    return "\n\n".join(parts)


def _references_section(heading: str, markdown: str) -> str:
    """A section about other documents (the search indexes a letter's own text only, not these)."""
    return f'<div class="letter-refs" markdown="1">\n\n## {heading}\n\n{markdown}\n\n</div>\n'


def letter_line(from_page: PurePosixPath, entry: ArchivedLetter) -> str:
    letter = entry.processed.letter
    title = letter_title(letter.type, letter.number, letter.number_suffix)
    parts = [f"[{escape_markdown(title)}]({link(from_page, entry.page)})", vn_date(letter.date)]
    parts.append(escape_markdown(letter.issuer or "cơ quan ban hành chưa rõ"))
    if letter.subject:
        parts.append(escape_markdown(letter.subject))
    return "- " + " — ".join(parts)


def cited_document_page(document: Document, graph: Graph, sentences: Sentences, number: int = 1) -> str:
    """Page `number` of a document the archive does not hold: what is known of it, and who cites it."""
    title = letter_title(document.type, document.number)
    pages = paged(document.page, document.mentions)
    page, shown = pages[number - 1]
    links = pager(pages, number)
    cited_by = _references_section("Được dẫn chiếu bởi", "\n\n".join(
        filter(None, [links, _mention_lines(graph, sentences, page, shown, document.number), links])))
    if number > 1:
        heading = f"{title} (trang {number})"
        return "\n".join([front_matter({"title": heading}), f"# {escape_markdown(heading)}\n", cited_by])
    meta = {
        "title": title,
        "kind": "cited",
        "type": document.type,
        "number": document.number,
        "date": document.date,
        "dates": list(document.dates),
        "issuer": document.issuer,
        "issuer_as_written": list(document.issuer_texts),
        "year": document.year,
        "subject": document.subject,
        "cited_by": sorted({str(m.letter) for m in document.mentions}),
    }
    dates = " hoặc ".join(vn_date(d) for d in document.dates) or "chưa rõ"
    rows = [
        ("Số ký hiệu", escape_html(document.number)),
        ("Loại văn bản", escape_html(document.type or "—")),
        ("Ngày ban hành", escape_html(dates)),
        ("Cơ quan ban hành", escape_html(document.issuer or "chưa rõ")),
    ]
    if document.issuer_texts:
        rows.append(("Văn bản dẫn chiếu ghi", escape_html("; ".join(document.issuer_texts))))
    if document.subject:
        rows.append(("Trích yếu", escape_html(document.subject)))
    parts = [
        front_matter(meta),
        f"# {escape_markdown(title)}\n",
        "<p>Văn bản này không có trong kho; trang này tổng hợp những gì các văn bản "
        "trong kho cho biết về nó.</p>\n",
        panel_html(rows),
    ]
    parts.append(validity_note(document, graph, document.page))
    if document.dates_conflict:
        parts.append(dates_conflict_note(document, graph, document.page))
    parts += [cited_by, neighbourhood_svg(graph, document.page)]
    return "\n".join(parts)


# What a later letter can do to a document's validity (hiệu lực), and how its page says so.
_VALIDITY = {"replaces": ("danger", "Đã bị thay thế"), "repeals": ("danger", "Đã bị bãi bỏ"),
             "amends": ("note", "Đã được sửa đổi, bổ sung")}


def validity_note(document: Document, graph: Graph, from_page: PurePosixPath) -> str:
    """At the top of a document's page: the letters of the archive that replace, repeal or amend it
    ("Đã bị thay thế bởi Quyết định số … — ngày …"), as they say it; empty when none does."""
    notes = []
    for relation, (kind, heading) in _VALIDITY.items():
        letters = list(dict.fromkeys(m.letter for m in document.mentions if m.relation == relation))
        if letters:
            items = [f"{LABELS_CITED_BY[relation].lower()} {_dated_link(graph.letter_at(page), from_page)}"
                     for page in letters]
            notes.append(f'!!! {kind} "{heading}"\n\n    Theo các văn bản trong kho, văn bản này '
                         + "; ".join(items) + ".\n")
    return "\n".join(notes)


def _dated_link(entry: ArchivedLetter, from_page: PurePosixPath) -> str:
    letter = entry.processed.letter
    title = letter_title(letter.type, letter.number, letter.number_suffix)
    dated = f", ngày {vn_date(letter.date)}" if letter.date else ""
    issuer = escape_markdown(letter.issuer or "chưa rõ cơ quan")
    return f"[{escape_markdown(title)}]({link(from_page, entry.page)}) ({issuer}{dated})"


NAMED_PER_DATE = 5  # letters named beside a date that many letters give


def dates_conflict_note(document: Document, graph: Graph, from_page: PurePosixPath) -> str:
    """Which date each citing letter gives; a date given by many names the first NAMED_PER_DATE."""
    by_date: dict[str, list[str]] = {}
    for mention in _unique_by_letter(document):
        if mention.date:
            citing = graph.letter_at(mention.letter)
            by_date.setdefault(mention.date, []).append(
                f"[{escape_markdown(_short(citing))}]({link(from_page, mention.letter)})")
    given = []
    for date, letters in by_date.items():
        more = f" và {len(letters) - NAMED_PER_DATE} văn bản khác" if len(letters) > NAMED_PER_DATE else ""
        given.append(f"{vn_date(date)} theo {', '.join(letters[:NAMED_PER_DATE])}{more}")
    return ('!!! warning "Ngày ban hành không thống nhất"\n\n    Các văn bản trong kho ghi ngày khác nhau: '
            + "; ".join(given) + ".\n")


def _mention_lines(graph: Graph, sentences: Sentences, page: PurePosixPath,
                   mentions: tuple[CitingMention, ...], document_number: str) -> str:
    lines = []
    citing: dict[PurePosixPath, str] = {}  # a letter's link, once for its mentions
    for mention in mentions:
        if mention.letter not in citing:
            short = escape_markdown(_short(graph.letter_at(mention.letter)))
            citing[mention.letter] = f"- [{short}]({link(page, mention.letter)})"
        where = " (chú thích)" if mention.in_footnote else ""
        where += f" — {LABELS[mention.relation].lower()}" if mention.relation != "references" else ""
        date = f", ghi ngày {vn_date(mention.date)}" if mention.date else ", không ghi ngày"
        sentence = _highlighted(sentences.get(*mention.sentence_at), document_number)
        lines.append(f"{citing[mention.letter]}{date}{where}: «{sentence}»")
    return "\n".join(lines)


def _highlighted(sentence: str, number: str) -> str:
    """The sentence as Markdown, the words citing the document marked: "Quyết định số 3019/QĐ-UBND"
    (its number found as written, spaces, look-alikes or a lost hyphen aside)."""
    wanted = canonical_number(number)
    for found in _CITED_WORDS.finditer(match_form(sentence)):
        if wanted in {canonical_number(repair_number(found.group("number"), lost)) for lost in (True, False)}:
            return (escape_markdown(sentence[: found.start()]) + '<mark class="cited-words">'
                    + escape_html(sentence[found.start() : found.end()]) + "</mark>"
                    + escape_markdown(sentence[found.end() :]))
    return escape_markdown(sentence)


# A citation's words in a sentence: "Quyết định số 3019/QĐ-UBND", or its number alone.
_CITED_WORDS = re.compile(r"(?:(?:" + p.TYPE_NAME + r")\s+(?:số\s*)?)?(?P<number>" + p.DOC_NUMBER + ")", re.IGNORECASE)


def _unique_by_letter(document: Document):
    seen = {}
    for mention in document.mentions:
        seen.setdefault((mention.letter, mention.date), mention)
    return list(seen.values())


def _short(entry: ArchivedLetter) -> str:
    letter = entry.processed.letter
    return f"{letter_title(letter.type, letter.number, letter.number_suffix)} ({letter.issuer or 'chưa rõ cơ quan'})"
