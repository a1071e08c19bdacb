"""The citation graph of the whole archive: which document each citation points to.

A document's identity is its issuer + number + year. A cited document that is a letter of the
archive points to that letter's page; any other gets a page of its own. Where the issuer cannot be
known, mentions that agree on number and date within one locality are one document. Two letters
that give one document different dates keep both dates: the conflict is shown, never settled.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cached_property
from pathlib import PurePosixPath

from build_tools.addresses import bounded, cited_page_path, document_slug, letter_page_path
from build_tools.cite.resolve import locality_of
from build_tools.model import Citation, ProcessedLetter
from build_tools.numbers import canonical_number
from build_tools.text import fold

Key = tuple[str, str, str]


@dataclass(frozen=True, slots=True)
class ArchivedLetter:
    processed: ProcessedLetter  # without its text (store.summary): the whole letter is in the store
    page: PurePosixPath
    key: str  # the letter's key in the letter store
    duplicate_of: PurePosixPath | None = None  # an earlier letter with the same issuer, number, year


@dataclass(frozen=True, slots=True)
class CitingMention:
    """One letter's mention of a document, as the cited document's page lists it."""

    letter: PurePosixPath
    date: str | None  # the date as that letter gives it
    in_footnote: bool
    # Where its sentence is kept (store.Sentences): the letter's key, the citation's and the mention's
    # index in it. Fields rather than one tuple, which took 64 bytes more a mention.
    letter_key: str
    citation: int
    mention: int
    relation: str = "references"  # what that letter does with the document there (model.RELATIONS)

    @property
    def sentence_at(self) -> tuple[str, int, int]:
        return self.letter_key, self.citation, self.mention


@dataclass(frozen=True, slots=True)
class Document:
    id: str
    type: str | None
    number: str
    issuer: str | None
    issuer_texts: tuple[str, ...]
    year: int | None
    dates: tuple[str, ...]  # every date the archive gives it, first the archived letter's own
    subject: str | None
    page: PurePosixPath  # the archived letter's page, or its own page under dan-chieu/
    archived: bool
    mentions: tuple[CitingMention, ...]

    @property
    def date(self) -> str | None:
        return self.dates[0] if self.dates else None

    @property
    def dates_conflict(self) -> bool:
        return len(self.dates) > 1


@dataclass(frozen=True)
class Graph:
    letters: tuple[ArchivedLetter, ...]  # in order of their pages
    documents: dict[str, Document]
    targets: dict[tuple[PurePosixPath, int], str]  # (citing page, citation index) → document id
    references: dict[PurePosixPath, tuple[str, ...]]  # letter page → cited document ids
    cited_by: dict[PurePosixPath, tuple[PurePosixPath, ...]]  # letter page → citing letter pages

    def document_of(self, page: PurePosixPath) -> Document | None:
        """The document an archived letter is, when some letter cites it."""
        return self._archived.get(page)

    def letter_at(self, page: PurePosixPath) -> ArchivedLetter:
        return self._by_page[page]

    def is_letter(self, page: PurePosixPath) -> bool:
        return page in self._by_page

    def document_at(self, page: PurePosixPath) -> Document | None:
        """The document whose page this is (a cited one's, or a cited letter's), if any letter cites it."""
        return self._documents_by_page.get(page)

    def targets_of(self, entry: ArchivedLetter) -> list[str]:
        """The document each of the letter's citations points to, in the letter's order."""
        return [self.targets[(entry.page, index)] for index in range(len(entry.processed.citations))]

    @cached_property  # a frozen dataclass still takes a cached property: it writes __dict__ directly
    def _archived(self) -> dict[PurePosixPath, Document]:
        return {d.page: d for d in self.documents.values() if d.archived}

    @cached_property
    def _by_page(self) -> dict[PurePosixPath, ArchivedLetter]:
        return {entry.page: entry for entry in self.letters}

    @cached_property
    def _documents_by_page(self) -> dict[PurePosixPath, Document]:
        return {d.page: d for d in self.documents.values()}


def _identity(issuer: str | None, number: str, year: int | None, scope: str) -> Key:
    """issuer + number + year; an unknown issuer is scoped to the citing letter's locality."""
    who = fold(issuer) if issuer else f"?{scope}"
    return (who, canonical_number(number), str(year or ""))


def build_graph(processed: list[ProcessedLetter], keys: dict[str, str]) -> Graph:
    """The graph of `processed` letters; `keys` gives each letter's key in the store by its source."""
    letters = _place_letters(processed, keys)
    by_key: dict[Key, ArchivedLetter] = {}
    for entry in letters:
        letter = entry.processed.letter
        if letter.number and entry.duplicate_of is None:
            by_key[_identity(letter.issuer, letter.number, letter.year, "")] = entry
    grouped: dict[Key, list[tuple[ArchivedLetter, int, Citation]]] = defaultdict(list)
    for entry in letters:
        scope = _scope(entry)
        for index, citation in enumerate(entry.processed.citations):
            key = _identity(citation.issuer, citation.number, citation.year, "" if citation.issuer else scope)
            grouped[key].append((entry, index, citation))
    documents, targets = {}, {}
    used_ids: set[str] = set()
    for key in sorted(grouped):
        archived = by_key.get(key)
        document = _document(key, grouped[key], archived, used_ids)
        documents[document.id] = document
        for entry, index, _ in grouped[key]:
            targets[(entry.page, index)] = document.id
    return Graph(tuple(letters), documents, targets, *_edges(letters, documents, targets))


def _place_letters(processed: list[ProcessedLetter], keys: dict[str, str]) -> list[ArchivedLetter]:
    """Give every letter its page; a second letter on the same page is told apart by its file name."""
    placed: list[ArchivedLetter] = []
    pages: dict[PurePosixPath, PurePosixPath] = {}
    for item in sorted(processed, key=lambda p: p.letter.source):
        page = letter_page_path(item.letter)
        first = pages.get(page)
        if first is not None:
            stem = PurePosixPath(item.letter.source).name
            name = f"{page.stem}--{document_slug(None, stem).removeprefix('khong-ro-co-quan-')}"
            page = page.with_name(f"{bounded(name)}.md")
        pages.setdefault(page, page)
        placed.append(ArchivedLetter(item, page, keys[item.letter.source], first))
    return sorted(placed, key=lambda entry: str(entry.page))


def _scope(entry: ArchivedLetter) -> str:
    letter = entry.processed.letter
    locality = locality_of(letter.issuer)
    return fold(locality.province or letter.issuer or letter.source)


def _document(key: Key, uses: list, archived: ArchivedLetter | None, used_ids: set[str]) -> Document:
    citations = [citation for _, _, citation in uses]
    first = citations[0]
    dates = [d for c in citations for d in (c.date, *c.dates_disagree) if d]
    if archived and archived.processed.letter.date:
        dates.insert(0, archived.processed.letter.date)
    doc_id = _unique_id(document_slug(first.issuer, first.number) + (f"-{key[2]}" if key[2] else ""), used_ids)
    mentions = tuple(
        CitingMention(entry.page, m.date, m.in_footnote, entry.key, index, position, m.relation)
        for entry, index, citation in uses
        for position, m in enumerate(citation.mentions)
    )
    return Document(
        id=doc_id,
        type=archived.processed.letter.type if archived else _most_specific_type(citations),
        number=archived.processed.letter.number if archived else first.number,
        issuer=first.issuer,
        issuer_texts=tuple(dict.fromkeys(c.issuer_text for c in citations if c.issuer_text)),
        year=first.year,
        dates=tuple(dict.fromkeys(dates)),
        subject=(archived.processed.letter.subject if archived else None)
        or next((c.subject for c in citations if c.subject), None),
        page=archived.page if archived else cited_page_path(doc_id, first.year),
        archived=archived is not None,
        mentions=mentions,
    )


def _most_specific_type(citations: list[Citation]) -> str | None:
    return next((c.type for c in citations if c.type not in ("Văn bản", "Công văn")), citations[0].type)


def _unique_id(base: str, used: set[str]) -> str:
    candidate, n = base, 2
    while candidate in used:
        candidate, n = f"{base}-{n}", n + 1
    used.add(candidate)
    return candidate


def _edges(letters, documents, targets):
    references: dict[PurePosixPath, tuple[str, ...]] = {}
    cited_by: dict[PurePosixPath, list[PurePosixPath]] = defaultdict(list)
    for entry in letters:
        ids = tuple(dict.fromkeys(targets[(entry.page, i)] for i in range(len(entry.processed.citations))))
        references[entry.page] = ids
        for doc_id in ids:
            document = documents[doc_id]
            if document.archived and entry.page not in cited_by[document.page]:
                cited_by[document.page].append(entry.page)
    return references, {page: tuple(pages) for page, pages in cited_by.items()}
