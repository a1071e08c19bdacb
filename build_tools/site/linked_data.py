"""schema.org Legislation in JSON-LD on every letter page: what machines read of a letter.

The context is schema.org's vocabulary itself ({"@vocab": "https://schema.org/"}), so a reader
needs no network to expand it; addresses are relative to the page, as JSON-LD resolves them. Each
cited document is a `citation` with what the letter does with it (its relation's label); a letter that
amends, replaces or repeals a document says so with legislationAmends, legislationRepeals and the
property that covers them all, legislationChanges.
"""

from __future__ import annotations

import json
from typing import Any

from build_tools.cite.graph import ArchivedLetter, Graph
from build_tools.cite.relations import LABELS
from build_tools.model import RELATIONS
from build_tools.site.markdown import link

_CONTEXT = {"@vocab": "https://schema.org/"}
# Relations that change the cited document, and the properties that say so besides legislationChanges.
_CHANGES = {"amends": "legislationAmends", "repeals": "legislationRepeals", "replaces": None}


def letter_json_ld(entry: ArchivedLetter, graph: Graph) -> str:
    """The <script> block of a letter's page."""
    letter = entry.processed.letter
    node: dict[str, Any] = {
        "@context": _CONTEXT,
        "@type": "Legislation",
        "@id": "./",
        "url": "./",
        "name": " ".join(filter(None, [letter.type, f"số {letter.number}" if letter.number else None])) or None,
        "legislationIdentifier": letter.number,
        "legislationDate": letter.date,
        "legislationType": letter.type,
        "legislationPassedBy": {"@type": "GovernmentOrganization", "name": letter.issuer} if letter.issuer else None,
        "abstract": letter.subject,
        "about": letter.subject,
        "inLanguage": "vi",
    }
    if letter.signer:
        node["author"] = {"@type": "Person", "name": letter.signer} | (
            {"jobTitle": letter.signer_title} if letter.signer_title else {})
    node |= _cited(entry, graph)
    return script({key: value for key, value in node.items() if value not in (None, [], "")})


def _cited(entry: ArchivedLetter, graph: Graph) -> dict[str, list[dict[str, Any]]]:
    relation: dict[str, str] = {}
    for doc_id, citation in zip(graph.targets_of(entry), entry.processed.citations, strict=True):
        relation[doc_id] = min(relation.get(doc_id, "references"), citation.relation, key=RELATIONS.index)
    out: dict[str, list[dict[str, Any]]] = {"citation": []}
    for doc_id, kind in relation.items():
        document = graph.documents[doc_id]
        cited = {"@type": "Legislation", "@id": link(entry.page, document.page),
                 "legislationIdentifier": document.number, "legislationType": document.type,
                 "name": f"{document.type or 'Văn bản'} số {document.number}", "description": LABELS[kind]}
        if document.issuer:
            cited["legislationPassedBy"] = {"@type": "GovernmentOrganization", "name": document.issuer}
        out["citation"].append(cited)
        if kind in _CHANGES:
            out.setdefault("legislationChanges", []).append({"@id": cited["@id"]})
            if _CHANGES[kind]:
                out.setdefault(_CHANGES[kind], []).append({"@id": cited["@id"]})
    return out


def script(node: dict[str, Any]) -> str:
    """JSON-LD in a <script> block; "<", ">" and "&" as JSON escapes, so a letter's text cannot end it."""
    text = json.dumps(node, ensure_ascii=False, sort_keys=True)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return f'<script type="application/ld+json">{text}</script>\n'

