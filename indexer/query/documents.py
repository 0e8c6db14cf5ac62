"""Documents as records: one per identity ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"),
built from what the store returns for the stored pages' citations.

A bare number may name several documents; each gets its own `DocumentRecord`, and mentions
that stay ambiguous are listed beside them, never merged into one. Records are derived at
query time from store lookups, so re-indexing a page changes them and nothing counts twice.

An undated number takes its citing page's year ("inferred"); when a stated identity exists
for the same number, issuer and province in an earlier or the same year, the mention is
taken to name that document instead (`PREFERRED_RULE` is added to its rule).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Protocol

from indexer.models import Citation, Hit, Page, SearchFilters
from indexer.parsing.identity import (
    AMBIGUOUS,
    INFERRED,
    STATED,
    format_identity,
    parse_identity,
)

PER_LOOKUP = 200  # pages asked for per number or identity: every province of the country
PREFERRED_RULE = "year=stated-elsewhere"
# "... số 07/CT-UBND ngày 10/6/2020 của UBND tỉnh về việc tăng cường ..." up to the clause end.
_SUBJECT = re.compile(r"^[^.;\n]{0,120}?\b(về việc [^.;\n()]{4,160}|V/v [^.;\n()]{4,160})")


class DocumentStore(Protocol):
    """The store lookups records are built from (see `indexer.stores.base.Store`)."""

    def get(self, page_id: str) -> Page | None: ...

    def by_citation(self, number: str, filters: SearchFilters | None = None,
                    limit: int = 50) -> list[Hit]: ...

    def cited_by_identity(self, identity: str, filters: SearchFilters | None = None,
                          limit: int = 50) -> list[Hit]: ...

    def issued(self, identity: str, limit: int = 10) -> list[Hit]: ...


@dataclass
class Mention:
    """One place a page names a document."""

    page: Hit
    number: str
    identity: str | None  # None: ambiguous
    confidence: str
    rule: str | None
    relation: str
    start: int
    end: int
    type: str | None = None
    date: str | None = None
    subject: str | None = None


@dataclass
class DocumentRecord:
    """One document: what its identity and its mentions say about it."""

    identity: str
    number: str
    issuer: str
    province: str | None
    year: int
    type: str | None = None
    date: str | None = None
    title: str | None = None
    confidence: str = INFERRED  # "stated" when any mention or its own page states it all
    issued_by: list[Hit] = field(default_factory=list)  # pages publishing the document
    mentions: list[Mention] = field(default_factory=list)

    @property
    def citing_pages(self) -> list[Hit]:
        """Each page mentioning the document once, oldest first."""
        pages = {m.page.page_id: m.page for m in self.mentions}
        return sorted(pages.values(), key=lambda h: (h.published or "9999", h.page_id))


@dataclass
class NumberDocuments:
    """Every document a bare number names, and the mentions no evidence could pin down."""

    number: str
    documents: list[DocumentRecord] = field(default_factory=list)
    ambiguous: list[Mention] = field(default_factory=list)

    def record(self, identity: str | None) -> DocumentRecord | None:
        """The document with this identity, None when the number names no such one."""
        return next((d for d in self.documents if d.identity == identity), None)


def documents_named(store: DocumentStore, number: str,
                    filters: SearchFilters | None = None) -> NumberDocuments:
    """The documents numbered `number` (normalised), newest year first, province by name."""
    pages: dict[str, Page] = {}
    hits: dict[str, Hit] = {}
    _read(store, store.by_citation(number, filters, limit=PER_LOOKUP), pages, hits)
    identities = _identities(number, pages.values())
    for identity in sorted(identities):  # pages beyond the number's limit, per document
        _read(store, store.cited_by_identity(identity, filters, limit=PER_LOOKUP), pages, hits)
        _read(store, store.issued(identity, limit=PER_LOOKUP), pages, hits)
    return _group(number, pages, hits)


def document(store: DocumentStore, identity: str) -> DocumentRecord | None:
    """The record of one identity, None when no stored page names it."""
    parts = parse_identity(identity)
    if parts is None:
        return None
    named = documents_named(store, parts.number)
    return named.record(identity)


def _read(store: DocumentStore, found: list[Hit], pages: dict[str, Page],
          hits: dict[str, Hit]) -> None:
    for hit in found:
        if hit.page_id not in pages:
            page = store.get(hit.page_id)
            if page is not None:
                pages[hit.page_id], hits[hit.page_id] = page, hit


def _identities(number: str, pages) -> set[str]:
    found = set()
    for page in pages:
        found |= {c.identity for c in page.citations if c.number == number and c.identity}
        if _issues(page, number):
            found.add(page.own_identity)
    return found


def _issues(page: Page, number: str) -> bool:
    """The page publishes a document numbered `number` (its "Số:" or its lead says so)."""
    own = parse_identity(page.own_identity or "")
    return own is not None and own.number == number


def _group(number: str, pages: dict[str, Page], hits: dict[str, Hit]) -> NumberDocuments:
    # A page naming the document it issues ("UBND tỉnh ban hành Chỉ thị số ...") is its
    # publisher, not one of its citers.
    mentions = [_mention(hits[page.page_id], page, c) for page in pages.values()
                for c in page.citations
                if c.number == number and not (c.identity and c.identity == page.own_identity)]
    issuing: dict[str, list[Page]] = {}  # an announcement and its attached original, say
    for page in pages.values():
        if _issues(page, number):
            issuing.setdefault(page.own_identity, []).append(page)
    stated = {m.identity for m in mentions if m.confidence == STATED}
    stated |= {i for i, ps in issuing.items() if any(p.own_confidence == STATED for p in ps)}
    mentions = [_prefer_stated(m, stated) for m in mentions]
    records: dict[str, DocumentRecord] = {}
    for identity in {m.identity for m in mentions if m.identity} | set(issuing):
        parts = parse_identity(identity)
        if parts is not None:
            records[identity] = DocumentRecord(identity, *parts)
    for mention in mentions:
        if mention.identity in records:
            records[mention.identity].mentions.append(mention)
    for identity, publishers in issuing.items():
        if identity in records:
            records[identity].issued_by.extend(hits[page.page_id] for page in publishers)
    for record in records.values():
        _describe(record, stated, (issuing.get(record.identity) or [None])[-1])
    ambiguous = sorted((m for m in mentions if m.identity is None), key=_order)
    documents = sorted(records.values(), key=lambda d: (-d.year, d.province or "", d.issuer))
    return NumberDocuments(number, documents, ambiguous)


def _mention(hit: Hit, page: Page, citation: Citation) -> Mention:
    match = _SUBJECT.match(page.text[citation.end:citation.end + 300])
    return Mention(
        page=hit, number=citation.number, identity=citation.identity,
        confidence=citation.confidence if citation.identity else AMBIGUOUS,
        rule=citation.identity_rule, relation=citation.relation, start=citation.start,
        end=citation.end, type=citation.type, date=citation.date,
        subject=match.group(1).strip() if match else None,
    )


def _prefer_stated(mention: Mention, stated: set[str]) -> Mention:
    """An inferred year taken from the citing page yields to a stated document of the same
    number, issuer and province from that year or before (the latest such)."""
    if mention.confidence != INFERRED or "year=page" not in (mention.rule or ""):
        return mention
    mine = parse_identity(mention.identity or "")
    candidates = [parts for parts in map(parse_identity, stated) if parts and mine
                  and parts[:3] == mine[:3] and parts.year <= mine.year]
    if not candidates or mine in candidates:
        return mention
    best = max(candidates, key=lambda parts: parts.year)
    mention.identity = format_identity(*best)
    mention.rule = f"{mention.rule};{PREFERRED_RULE}"
    return mention


def _describe(record: DocumentRecord, stated: set[str], own: Page | None) -> None:
    """Type, date, title and confidence from the mentions and the document's own page."""
    record.mentions.sort(key=_order)
    record.type = _most_common(m.type for m in record.mentions)
    record.date = _most_common(m.date for m in record.mentions) or (
        own.published[:10] if own and own.published else None)
    subject = _most_common(m.subject for m in record.mentions)
    record.title = (own.title if own else None) or subject
    record.confidence = STATED if record.identity in stated else INFERRED


def _most_common(values) -> str | None:
    counts = Counter(v for v in values if v)
    return counts.most_common(1)[0][0] if counts else None


def _order(mention: Mention) -> tuple:
    return (mention.page.published or "9999", mention.page.page_id, mention.start)
