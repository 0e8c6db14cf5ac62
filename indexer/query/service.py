"""The query API: `SearchService`, the one object the UI and the CLI call.

Modes: "keyword" (BM25), "semantic" (nearest passages) and "hybrid" (default), which
fuses the two rankings (`fusion.py`). A query that is a document number ("16/CT-TTg",
"Chỉ thị số 16/CT-TTg", "172-TB/TW") puts that document and the pages citing it first.
Citation chains (`chains.py`) and province comparisons (`compare.py`) are answered here
too, so no front end computes them itself.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Protocol

import numpy as np

from indexer.config import Settings
from indexer.errors import InputError, ModelMismatchError
from indexer.models import Citation, Hit, Page, SearchFilters, SearchResults, page_id_for
from indexer.parsing.citations import normalise_number, number_named_by
from indexer.parsing.identity import parse_identity
from indexer.parsing.textnorm import nfc
from indexer.query import compare
from indexer.query.chains import CitationChain, build_identity_chain
from indexer.query.documents import (
    DocumentRecord,
    NumberDocuments,
    document,
    documents_named,
)
from indexer.query.fusion import FUSION_DEPTH, fuse, plan_fusion
from indexer.query.parse import DEFAULT_MODE, ParsedQuery, parse_keywords, parse_query
from indexer.query.related import RelatedPage, related_pages
from indexer.query.status import (
    STATUSES,
    UNKNOWN,
    CitedBy,
    DocumentStatus,
    cited_by,
    document_status,
    identities_with_status,
    issuing_pages,
)
from indexer.stores.base import Store
from indexer.stores.filters import filter_key, page_passes
from indexer.stores.registry import open_store
from indexer.stores.snippets import LateSnippets

MAX_LIMIT = 200  # the most hits one call returns
CITATION_LIMIT = 200
QUERY_VECTORS_KEPT = 256  # recent query embeddings: paging and re-sorting a search re-embed nothing
PROVINCE_VIEW_PAGES = 1000  # pages read for a province view: every citer of one document


class QueryEmbedder(Protocol):
    """What search needs from an embedding model."""

    model_id: str

    def encode_query(self, text: str) -> np.ndarray: ...


class SearchService:
    """Search, documents, citations, chains and comparisons over one store and one model.

    `embedder` may be a model or a function returning one: the model is then loaded on the
    first query that needs it (keyword search, documents and statistics never wait for it).
    """

    def __init__(
        self,
        store: Store,
        embedder: QueryEmbedder | Callable[[], QueryEmbedder] | None,
        *,
        model_name: str | None = None,
    ) -> None:
        self.store = store
        self._embedder = embedder
        self._model_name = model_name
        self._loading = threading.Lock()
        self._query_vectors: OrderedDict[str, np.ndarray] = OrderedDict()

    @property
    def embedder(self) -> QueryEmbedder | None:
        """The query model, loaded now if it was deferred."""
        with self._loading:  # a warm-up thread and a first search must not both load it
            if callable(self._embedder) and not hasattr(self._embedder, "encode_query"):
                self._embedder = self._embedder()
        return self._embedder

    def warm_up(self) -> None:
        """Load the query model now (a UI calls this in the background at start)."""
        if self.embedder is not None:
            self.embedder.encode_query("khởi động")

    # --- search ---------------------------------------------------------------------
    def search(
        self,
        query: str,
        *,
        mode: str = DEFAULT_MODE,
        filters: SearchFilters | None = None,
        limit: int = 10,
        offset: int = 0,
        facets: bool = True,
    ) -> SearchResults:
        """Ranked pages for `query`; an empty query lists pages newest first (keyword mode).

        `facets=False` skips the counts per province, agency, year and month over every
        match (the search page shows them; a list of hits does not need them).
        """
        if not 1 <= limit <= MAX_LIMIT or offset < 0:
            raise InputError(f"limit must be 1-{MAX_LIMIT} and offset 0 or more")
        parsed = parse_query(query, mode, filters)
        depth = offset + limit
        if parsed.mode == "keyword" and parsed.number is None:
            total, hits = self.store.keyword(parsed.keyword, limit=limit, offset=offset)
        else:
            # Fusion needs deeper lists than it shows; a single ranking does not.
            single = parsed.mode == "semantic" and parsed.number is None
            total, hits = self._ranked(parsed, depth if single else max(depth, FUSION_DEPTH))
            if parsed.number:
                total, hits = self._pin_citations(parsed, total, hits)
            hits = hits[offset:depth]
            self._late_snippets(parsed, hits)
        return SearchResults(
            query=query,
            mode=parsed.mode,
            total=total,
            hits=hits,
            facets=self.store.facets(parsed.keyword) if facets else {},
        )

    def _keyword(self, parsed: ParsedQuery, depth: int) -> tuple[int, list[Hit]]:
        """Keyword candidates for fusion: where the store can cut snippets later, it cuts
        none now (`_late_snippets` cuts them for the hits shown)."""
        if isinstance(self.store, LateSnippets):
            return self.store.keyword(parsed.keyword, limit=depth, snippets=False)
        return self.store.keyword(parsed.keyword, limit=depth)

    def _late_snippets(self, parsed: ParsedQuery, hits: list[Hit]) -> None:
        """The keyword snippets of the hits shown that came from the keyword ranking (not
        pinned citations, which show where the number is cited)."""
        if isinstance(self.store, LateSnippets):
            shown = [h for h in hits if "keyword" in h.ranks and "citation" not in h.ranks]
            self.store.add_snippets(parsed.keyword, shown)

    def _ranked(self, parsed: ParsedQuery, depth: int) -> tuple[int, list[Hit]]:
        if parsed.mode == "keyword":
            return self.store.keyword(parsed.keyword, limit=depth)
        vector = self._query_vector(parsed.text)
        semantic = self.store.semantic(vector, parsed.filters, limit=depth)
        if parsed.mode == "semantic":
            for rank, hit in enumerate(semantic, start=1):
                hit.ranks["semantic"] = rank
            return len(semantic), semantic
        keyword_total, keyword = self._keyword(parsed, depth)
        plan = plan_fusion(parsed, keyword_total, self.store.count(), keyword, semantic)
        fused = fuse(plan, keyword, semantic)
        seen = {h.page_id for h in keyword}
        # Exact while every keyword match was fetched; otherwise a close estimate.
        return keyword_total + sum(h.page_id not in seen for h in semantic), fused

    def _query_vector(self, text: str) -> np.ndarray:
        embedder = self.embedder
        if embedder is None:
            raise InputError("semantic and hybrid search need an embedding model: use keyword")
        stored = self.store.embedding_model()
        if stored and stored != embedder.model_id:
            raise ModelMismatchError(
                f"the store was indexed with model {stored!r} but {embedder.model_id!r} "
                "is configured: re-index needed (`bulletin index --rebuild`)"
            )
        with self._loading:
            if (cached := self._query_vectors.get(text)) is not None:
                self._query_vectors.move_to_end(text)
                return cached
        vector = embedder.encode_query(text)
        with self._loading:
            self._query_vectors[text] = vector
            while len(self._query_vectors) > QUERY_VECTORS_KEPT:
                self._query_vectors.popitem(last=False)
        return vector

    def _pin_citations(
        self, parsed: ParsedQuery, total: int, hits: list[Hit]
    ) -> tuple[int, list[Hit]]:
        """The document itself, then pages citing it, ahead of the ranked hits."""
        pinned = self.store.by_citation(parsed.number, parsed.filters, limit=CITATION_LIMIT)
        for rank, hit in enumerate(pinned, start=1):
            hit.ranks["citation"] = rank
        ranked = {h.page_id: h for h in hits}
        for hit in pinned:  # its snippet shows where the number is cited; keep other ranks
            if hit.page_id in ranked:
                hit.ranks = {**ranked[hit.page_id].ranks, **hit.ranks}
        pinned_ids = {h.page_id for h in pinned}
        rest = [h for h in hits if h.page_id not in pinned_ids]
        return total + len(pinned_ids - ranked.keys()), pinned + rest

    def facets(self, query: str = "", filters: SearchFilters | None = None) -> dict:
        """Counts per province, agency, year and month over every page matching `query`."""
        return self.store.facets(parse_keywords(nfc(query).strip(), filters))

    # --- documents and citations ----------------------------------------------------
    def document(self, page_id: str) -> Page | None:
        """One page, as stored."""
        return self.store.get(page_id)

    def cites(self, page_id: str) -> list[Citation]:
        """The documents a page cites, each number once, in order of first mention."""
        page = self._page(page_id)
        seen: dict[str, Citation] = {}
        for citation in sorted(page.citations, key=lambda c: c.start):
            seen.setdefault(citation.number, citation)
        return list(seen.values())

    def cited_by(
        self, number: str, limit: int = 50, filters: SearchFilters | None = None
    ) -> list[Hit]:
        """Pages citing the document with this number (any spelling of it), oldest first."""
        return self.store.cited_by(self._number(number), filters, limit=limit)

    def cited_by_identity(self, identity: str, limit: int = 50) -> list[Hit]:
        """Pages citing one document ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"),
        oldest first; the other documents sharing its number are left out."""
        return self.store.cited_by_identity(nfc(identity).strip(), None, limit=limit)

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages closest in meaning to this page (see `Store.similar`)."""
        self._page(page_id)
        return self.store.similar(page_id, limit=limit)

    def related(self, page: str, limit: int = 10) -> list[RelatedPage]:
        """Pages related to a page (its id or URL) by citations, reposts and text, each
        with the reasons why (see `related.py`)."""
        found = self.store.get(page) or self.store.get(page_id_for(page.strip()))
        if found is None:
            raise InputError(f"no page with id or URL {page!r}")

        documents = functools.cache(lambda number: documents_named(self.store, number))
        return related_pages(
            found, documents=documents, similar=self.store.similar,
            get=self.store.get, limit=limit,
        )

    def chain(self, number: str, hops: int = 1, max_pages: int = 150, *,
              province: str | None = None, year: int | None = None) -> CitationChain:
        """Pages citing a document, the documents they issue, the pages citing those, and so
        on `hops` out, by document identity; `province` and `year` pick among the documents
        sharing the number (mentions no evidence pinned down are then left out). An identity
        ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020") starts from that document alone."""
        parts = parse_identity(nfc(number).strip())
        if parts is not None:
            record = self.document_record(nfc(number).strip())
            named = NumberDocuments(parts.number, [record] if record else [])
        else:
            named = self.documents(number, province=province, year=year)
        return build_identity_chain(named, self.document_record, self.store.get,
                                    hops=hops, max_pages=max_pages)

    def documents(self, number: str, *, province: str | None = None,
                  year: int | None = None) -> NumberDocuments:
        """Every document this number names (one per identity), and its ambiguous mentions."""
        named = documents_named(self.store, self._number(number))
        if province is None and year is None:
            return named
        wanted = filter_key(province) if province else None
        named.documents = [
            d for d in named.documents
            if (wanted is None or filter_key(d.province or "") == wanted)
            and (year is None or d.year == year)
        ]
        named.ambiguous = []
        return named

    def document_record(self, identity: str) -> DocumentRecord | None:
        """One document by identity ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020")."""
        return document(self.store, nfc(identity).strip())

    # --- legal status (issue #21) ---------------------------------------------------
    def status(self, identity: str, as_of: date | None = None) -> DocumentStatus | None:
        """Whether one document is in force, amended, replaced, repealed, expired or of
        unknown status, with the evidence (see `status.py`); None when no page names it."""
        return document_status(self.store, nfc(identity).strip(), as_of)

    def statuses(self, number: str, as_of: date | None = None) -> list[DocumentStatus]:
        """The status of each document a number (or one identity) names."""
        text = nfc(number).strip()
        if parse_identity(text) is not None:
            found = self.status(text, as_of)
            return [found] if found else []
        named = self.documents(number)
        return [s for d in named.documents if (s := self.status(d.identity, as_of))]

    def cited_by_document(self, identity: str, *, province: str | None = None,
                          issuer: str | None = None, year: int | None = None,
                          relation: str | None = None) -> CitedBy:
        """The pages citing one document, each with its citing sentence, filtered by the
        citing page's province, issuer and year and by the relation, with counts per facet;
        mentions of the number that resolve to no document are listed apart."""
        return cited_by(self.store, nfc(identity).strip(), province=province, issuer=issuer,
                        year=year, relation=relation)

    def search_by_status(self, query: str, status: str, *, mode: str = DEFAULT_MODE,
                         filters: SearchFilters | None = None, limit: int = 10,
                         offset: int = 0, as_of: date | None = None) -> SearchResults:
        """`search`, keeping the pages that publish a document with this status. The
        documents come from the pages stating relations or effective dates (found by their
        phrases, `status.STATUS_PHRASES`); the hits from a search as deep as `MAX_LIMIT`."""
        if status not in STATUSES or status == UNKNOWN:
            raise InputError(f"status must be one of {', '.join(STATUSES[:-1])}")
        found = identities_with_status(self.store, status,
                                       lambda phrase: parse_keywords(phrase, None), as_of)
        issuing = issuing_pages(self.store, found)
        if not query.strip():
            kept = sorted((h for h in issuing.values()
                           if (page := self.store.get(h.page_id)) and page_passes(page, filters)),
                          key=lambda h: (h.published or "", h.page_id), reverse=True)
            return SearchResults(query=query, mode="keyword", total=len(kept),
                                 hits=kept[offset:offset + limit])
        results = self.search(query, mode=mode, filters=filters, limit=MAX_LIMIT)
        kept = [h for h in results.hits if h.page_id in issuing]
        results.total, results.hits = len(kept), kept[offset:offset + limit]
        return results

    # --- analysts -------------------------------------------------------------------
    def first_responses(self, number: str) -> list[compare.ProvinceResponse]:
        """Per province, its first page acting on the document, with the lag in days."""
        return compare.first_responses(self.chain(number, hops=1))

    def monthly_counts(
        self, topic: str, provinces: list[str]
    ) -> dict[str, dict[str, int]]:
        """province -> month ("2020-04") -> pages matching `topic`, over every match."""
        return compare.monthly_counts(self.facets, topic, provinces)

    def province_view(self, number: str) -> compare.ProvinceView:
        """Every province that answered the document (a number, or one document's identity):
        its first real response (copies of the document left out), the lag in days, its
        pages and agencies."""
        text = nfc(number).strip()
        parts = parse_identity(text)
        wanted = parts.number if parts else number_named_by(text)
        if not wanted:
            raise InputError(f"{text!r} is not a document number: give one like 16/CT-TTg")
        chain = self.chain(text if parts else wanted, hops=1, max_pages=PROVINCE_VIEW_PAGES)
        return compare.province_view(chain, self.store.get, number=wanted)

    def topic_view(self, topic: str, *, merged: bool = False) -> compare.TopicView:
        """Pages matching `topic` per province per month, every province and every match
        counted by the store; `merged` sums them into the post-2025 provinces."""
        parsed = parse_keywords(nfc(topic).strip(), None)
        total, _ = self.store.keyword(parsed, limit=1)
        return compare.topic_view(self.facets, topic, total, merged=merged)

    def stats(self) -> dict:
        """What the archive holds: pages, model, and counts per province, year and agency."""
        facets = self.facets()
        return {
            "pages": self.store.count(),
            "store": type(self.store).__name__,
            "embedding_model": self.store.embedding_model(),
            "query_model": self._model_name or getattr(self._embedder, "model_id", None),
            "provinces": facets.get("province", {}),
            "years": facets.get("year", {}),
            "agencies": facets.get("agency", {}),
        }

    def close(self) -> None:
        """Release the store."""
        self.store.close()

    def _number(self, number: str) -> str:
        wanted = number_named_by(number) or normalise_number(nfc(number).strip())
        if not wanted:
            raise InputError("give a document number, e.g. 16/CT-TTg")
        return wanted

    def _page(self, page_id: str) -> Page:
        page = self.store.get(page_id)
        if page is None:
            raise InputError(f"no page with id {page_id!r}")
        return page


def open_service(settings: Settings | None = None, *, eager: bool = False) -> SearchService:
    """A `SearchService` over the configured store; the model loads on first need (or now,
    with `eager`). The store's vector dimension comes from the model's saved config."""
    from indexer.embedding.factory import load_runtimes, model_dimension, open_embedder

    settings = settings or Settings()
    load_runtimes()  # before the store: see load_runtimes
    dim = model_dimension(settings)

    def load():
        return open_embedder(settings)

    service = SearchService(open_store(settings, dim=dim), load, model_name=settings.model)
    if eager:
        service.warm_up()
    return service
