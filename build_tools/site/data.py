"""Machine-readable data beside the pages: every letter, every document, every citation edge."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import PurePosixPath

from build_tools.addresses import page_url
from build_tools.cite.graph import Graph

DATA_DIR = PurePosixPath("du-lieu")


def _dump(value) -> str:
    return json.dumps(value, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


def _letter(entry, graph: Graph) -> dict:
    fields = entry.processed.letter.fields_json()
    fields["url"] = page_url(entry.page)
    fields["references"] = list(graph.references.get(entry.page, ()))
    return fields


def _dump_list(items: Iterator) -> str:
    """A JSON list written item by item, as `_dump` would write it: no list of every letter's fields."""
    parts = [_dump(item).rstrip("\n").replace("\n", "\n ") for item in items]
    return "[\n " + ",\n ".join(parts) + "\n]\n" if parts else "[]\n"


def data_files(graph: Graph) -> Iterator[tuple[PurePosixPath, str]]:
    yield DATA_DIR / "van-ban.json", _dump_list(_letter(entry, graph) for entry in graph.letters)
    documents = [
        {
            "id": d.id,
            "type": d.type,
            "number": d.number,
            "issuer": d.issuer,
            "issuer_as_written": list(d.issuer_texts),
            "year": d.year,
            "dates": list(d.dates),
            "dates_conflict": d.dates_conflict,
            "subject": d.subject,
            "archived": d.archived,
            "url": page_url(d.page),
        }
        for d in sorted(graph.documents.values(), key=lambda d: d.id)
    ]
    edges = [
        {
            "from": page_url(m.letter),
            "to": d.id,
            "date_as_cited": m.date,
            "in_footnote": m.in_footnote,
        }
        for d in sorted(graph.documents.values(), key=lambda d: d.id)
        for m in d.mentions
    ]
    yield DATA_DIR / "dan-chieu.json", _dump({"documents": documents, "citations": edges})
