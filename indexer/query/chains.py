"""Citation chains: the pages citing a document, what those pages cite, and so on N hops out;
and the timeline of who responded to a document, how many days after it was issued.

Two ways to walk: `build_identity_chain` follows document identities (a central directive →
the province plans citing it → the department plans citing those plans), so documents
sharing a number stay apart; `build_chain` follows bare numbers, for sources without
identities. The query API (`SearchService.chain`) answers it, the UI and the CLI only show it.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Protocol

from indexer.models import Citation, Hit, Page
from indexer.parsing.citations import normalise_number, number_named_by
from indexer.parsing.identity import parse_identity
from indexer.query.documents import DocumentRecord, Mention, NumberDocuments

PER_NUMBER = 200  # pages asked for per document number: enough for all 63 provinces


class CitationSource(Protocol):
    def cited_by(self, number: str, limit: int = 50) -> list[Hit]: ...

    def cites(self, page_id: str) -> list[Citation]: ...


@dataclass
class CitationChain:
    """Pages and document numbers reached from `root`, and who cites what."""

    root: str
    pages: dict[str, Hit] = field(default_factory=dict)
    page_hops: dict[str, int] = field(default_factory=dict)  # hop at which a page was reached
    number_hops: dict[str, int] = field(default_factory=dict)  # root is hop 0
    edges: set[tuple[str, str]] = field(default_factory=set)  # (page_id, number) page cites
    issued_by: dict[str, str] = field(default_factory=dict)  # number -> page that is it
    cited_dates: dict[str, Counter] = field(default_factory=dict)  # number -> dates given
    truncated: bool = False
    roots: list[str] = field(default_factory=list)  # hop-0 nodes; [root] when empty

    def root_nodes(self) -> list[str]:
        """The documents the chain starts from (several when a number names several)."""
        return self.roots or [self.root]

    def document_date(self, number: str) -> date | None:
        """The document's date: the one its citers give most often, else its own page's."""
        if self.cited_dates.get(number):
            return _day(self.cited_dates[number].most_common(1)[0][0])
        page = self.pages.get(self.issued_by.get(number, ""))
        return _day(page.published) if page else None


def build_chain(source: CitationSource, number: str, hops: int = 1,
                max_pages: int = 150) -> CitationChain:
    """Breadth-first from `number`: each hop adds the pages citing the numbers found so far,
    then the numbers those pages cite. Stops adding pages at `max_pages` (`truncated`)."""
    if hops < 1:
        raise ValueError(f"hops={hops}: use 1 or more")
    # Citations carry normalised numbers; "Thông báo số 172-tb/tw" must meet "172-TB/TW".
    number = number_named_by(number) or normalise_number(number) or number.strip()
    chain = CitationChain(root=number, number_hops={number: 0})
    cited: dict[str, set[str]] = {}  # page_id -> numbers the page cites
    frontier = [number]
    for hop in range(1, hops + 1):
        found = _citing_pages(source, chain, frontier, hop, max_pages)
        frontier = []
        for page_id in dict.fromkeys(page_id for page_id, _ in found):
            if page_id not in cited:
                cited[page_id] = _add_citations(source, chain, page_id, hop, frontier)
        # cited_by also returns the page that publishes the document itself.
        for page_id, found_for in found:
            if found_for not in cited[page_id]:
                chain.issued_by.setdefault(found_for, page_id)
    return chain


def _citing_pages(source: CitationSource, chain: CitationChain, numbers: list[str],
                  hop: int, max_pages: int) -> list[tuple[str, str]]:
    """(page_id, number) for each page returned for each of `numbers`; new pages are added."""
    found = []
    for number in numbers:
        for hit in source.cited_by(number, limit=PER_NUMBER):
            if hit.page_id not in chain.pages:
                if len(chain.pages) >= max_pages:
                    chain.truncated = True
                    continue
                chain.pages[hit.page_id] = hit
                chain.page_hops[hit.page_id] = hop
            found.append((hit.page_id, number))
    return found


def _add_citations(source: CitationSource, chain: CitationChain, page_id: str, hop: int,
                   frontier: list[str]) -> set[str]:
    """Record what a page cites; numbers new to the chain join the next hop's frontier."""
    numbers = set()
    for citation in source.cites(page_id):
        numbers.add(citation.number)
        chain.edges.add((page_id, citation.number))
        if citation.date:
            chain.cited_dates.setdefault(citation.number, Counter())[citation.date] += 1
        if citation.number not in chain.number_hops:
            chain.number_hops[citation.number] = hop
            frontier.append(citation.number)
    return numbers


def build_identity_chain(named: NumberDocuments, follow: Callable[[str], DocumentRecord | None],
                         get: Callable[[str], Page | None], hops: int = 1,
                         max_pages: int = 150) -> CitationChain:
    """Breadth-first from the documents `named`: each hop adds the pages citing the
    documents found so far, then the documents those pages issue (their own identity).
    Mentions no evidence pinned down hang off the bare number, never off a document."""
    if hops < 1:
        raise ValueError(f"hops={hops}: use 1 or more")
    roots = [d.identity for d in named.documents]
    if named.ambiguous or not roots:
        roots.append(named.number)
    only = roots[0] if len(roots) == 1 else named.number
    chain = CitationChain(root=only, roots=roots, number_hops=dict.fromkeys(roots, 0))
    records: list[DocumentRecord] = list(named.documents)
    loose = [(named.number, m) for m in named.ambiguous]
    for hop in range(1, hops + 1):
        reached = []
        for record in records:
            for hit in record.issued_by:
                if _add_page(chain, hit, hop, max_pages):
                    chain.issued_by.setdefault(record.identity, hit.page_id)
            reached += _add_mentions(chain, [(record.identity, m) for m in record.mentions],
                                     hop, max_pages)
        reached += _add_mentions(chain, loose, hop, max_pages)
        loose, records = [], []
        for page_id in dict.fromkeys(reached):
            page = get(page_id)
            own = page.own_identity if page else None
            if own and own not in chain.number_hops:
                chain.number_hops[own] = hop
                record = follow(own)
                if record is not None:
                    records.append(record)
    return chain


def _add_page(chain: CitationChain, hit: Hit, hop: int, max_pages: int) -> bool:
    """Add a page unless the chain is full; True when the page is in the chain."""
    if hit.page_id not in chain.pages:
        if len(chain.pages) >= max_pages:
            chain.truncated = True
            return False
        chain.pages[hit.page_id] = hit
        chain.page_hops[hit.page_id] = hop
    return True


def _add_mentions(chain: CitationChain, mentions: list[tuple[str, Mention]], hop: int,
                  max_pages: int) -> list[str]:
    """Edges page → document for each mention; the pages reached."""
    reached = []
    for node, mention in mentions:
        if _add_page(chain, mention.page, hop, max_pages):
            chain.edges.add((mention.page.page_id, node))
            if mention.date:
                chain.cited_dates.setdefault(node, Counter())[mention.date] += 1
            reached.append(mention.page.page_id)
    return reached


def node_label(node: str) -> tuple[str, ...]:
    """How a document node reads: its number, then its issuer's place and year."""
    parts = parse_identity(node)
    if parts is None:
        return (node,)
    return parts.number, " ".join(filter(None, [parts.province or parts.issuer, str(parts.year)]))


def timeline(chain: CitationChain) -> list[dict]:
    """One row per page citing the root directly, oldest first, with its lag in days."""
    roots = set(chain.root_nodes())
    rows = []
    for page_id, number in chain.edges:
        if number not in roots:
            continue
        issued = chain.document_date(number)
        hit = chain.pages[page_id]
        day = _day(hit.published)
        rows.append({
            "document": number,
            "page_id": page_id,
            "title": hit.title or hit.url,
            "province": hit.province,
            "agency": hit.agency,
            "published": day.isoformat() if day else None,
            "lag_days": (day - issued).days if day and issued else None,
            "url": hit.url,
        })
    return sorted(rows, key=lambda row: (row["published"] or "9999", row["page_id"]))


def first_responses(rows: list[dict]) -> list[dict]:
    """The earliest dated row of each province (central bodies have province None)."""
    first: dict[str | None, dict] = {}
    for row in rows:
        if row["published"] and row["province"] not in first:
            first[row["province"]] = row
    return sorted(first.values(), key=lambda row: row["published"])


def edge_rows(chain: CitationChain) -> list[dict]:
    """Every citation in the chain as (page, number) rows, for export."""
    rows = []
    for page_id, number in sorted(chain.edges):
        hit = chain.pages[page_id]
        rows.append({
            "page_id": page_id,
            "hop": chain.page_hops[page_id],
            "title": hit.title or hit.url,
            "province": hit.province,
            "published": (hit.published or "")[:10] or None,
            "cites": number,
            "url": hit.url,
        })
    return rows


def to_dot(chain: CitationChain, href_for_page=None, central_label: str = "central",
           href_for_document=None) -> str:
    """The chain as a Graphviz graph: documents as boxes, pages as ellipses, page → number.
    `href_for_page(page_id)` and `href_for_document(node)` (None: no link) make nodes links."""
    lines = ["digraph chain {", "rankdir=LR;", 'node [fontname="sans-serif", fontsize=10];']
    number_ids = {number: f"n{i}" for i, number in enumerate(sorted(chain.number_hops))}
    page_ids = {page_id: f"p{i}" for i, page_id in enumerate(sorted(chain.pages))}
    roots = set(chain.root_nodes())
    for number, node in number_ids.items():
        style = ', style=filled, fillcolor="#ffe08a"' if number in roots else ""
        href = href_for_document(number) if href_for_document else None
        if href:
            style += f', URL={_quote(href)}, target="_self"'
        lines.append(f"{node} [shape=box, label={_quote(*node_label(number))}{style}];")
    for page_id, node in page_ids.items():
        hit = chain.pages[page_id]
        text = _quote(hit.province or central_label, (hit.published or "")[:10])
        extra = f", URL={_quote(href_for_page(page_id))}, target=\"_self\"" if href_for_page else ""
        lines.append(f"{node} [label={text}, "
                     f"tooltip={_quote(hit.title or hit.url)}{extra}];")
    for page_id, number in sorted(chain.edges):
        lines.append(f"{page_ids[page_id]} -> {number_ids[number]};")
    for number, page_id in sorted(chain.issued_by.items()):
        lines.append(f"{page_ids[page_id]} -> {number_ids[number]} [style=dashed, dir=none];")
    lines.append("}")
    return "\n".join(lines)


def _quote(*lines: str) -> str:
    """A Graphviz quoted string of one or more lines."""
    escaped = (line.replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
               for line in lines)
    return '"' + "\\n".join(escaped) + '"'


def _day(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return datetime.fromisoformat(value).date()
    except ValueError:
        return None
