"""The query API: the one place search behaviour lives; the UI and the CLI only call it.

Modes: "keyword" (BM25), "semantic" (nearest passages) and "hybrid" (default), which
fuses the two rankings by reciprocal rank fusion. A query that is a document number
("16/CT-TTg", "Chỉ thị số 16/CT-TTg", "172-TB/TW") puts that document and the pages citing
it first.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Protocol

import numpy as np

from indexer.config import Settings
from indexer.errors import InputError, ModelMismatchError
from indexer.models import Citation, Hit, Page, SearchFilters, SearchResults
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import fold, nfc
from indexer.stores.base import Store
from indexer.stores.registry import open_store

MODES = ("hybrid", "keyword", "semantic")
UNACCENTED_SEMANTIC_WEIGHT = 0.05
RRF_K = 60
FUSION_DEPTH = 50  # candidates taken from each retriever before fusing
MAX_LIMIT = 200
CITATION_LIMIT = 200

_TYPE_WORDS = (
    "chi thi",
    "cong dien",
    "dien mat",
    "thong bao",
    "ke hoach",
    "quyet dinh",
    "nghi dinh",
    "nghi quyet lien tich",
    "nghi quyet",
    "thong tu lien tich",
    "thong tu",
    "cong van",
    "van ban",
    "huong dan",
    "luat",
    "to trinh",
    "bao cao",
    "ket luan",
    "quy dinh",
    "chuong trinh",
    "dieu le",
    "quy che",
)  # folded: the query is matched folded, so "chi thi so 16/ct-ttg" is recognised too
_NUMBER_QUERY = re.compile(
    rf"(?:(?:{'|'.join(_TYPE_WORDS)})\s+)?(?:so\s*:?\s*)?"
    r"(?P<number>"
    # standards: "QCVN 07A:2020/BCT", "TCVN 2615:2008"
    r"(?:qcvn|tcvn|tcxdvn|tcn|tccs)\s+\d{1,6}[a-z]?(?::\d{4})?(?:/[a-z][a-z0-9.-]*)?"
    r"|\d{1,6}[a-z]?(?:/\d{4})?(?:[/-][a-z][a-z0-9.]*)+"  # 16/CT-TTg, 15/2020/NĐ-CP, 172-TB/TW
    r")\s*"
)


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


class QueryEmbedder(Protocol):
    """What search needs from an embedding model."""

    model_id: str

    def encode_query(self, text: str) -> np.ndarray: ...


def document_number(query: str) -> str | None:
    """The normalised number when the whole query names one document, else None."""
    text = nfc(query).strip()
    # fold keeps one character for one, so a span of the folded text is a span of `text`.
    match = _NUMBER_QUERY.fullmatch(fold(text))
    if not match:
        return None
    return normalise_number(text[match.start("number") : match.end("number")])


def reciprocal_rank_fusion(
    rankings: dict[str, list[Hit]], k: int = RRF_K, weights: dict[str, float] | None = None
) -> list[Hit]:
    """Fuse ranked lists: score = sum of weight / (k + rank); each hit keeps its rank per list.

    Where a page is in several lists, the first list's hit supplies the snippet, so put
    the keyword list first to keep its highlights.
    """
    fused: dict[str, Hit] = {}
    for name, hits in rankings.items():
        for rank, hit in enumerate(hits, start=1):
            if hit.page_id not in fused:
                fused[hit.page_id] = hit.model_copy(update={"score": 0.0, "ranks": {}})
            merged = fused[hit.page_id]
            merged.score += (weights or {}).get(name, 1.0) / (k + rank)
            merged.ranks[name] = rank
    return sorted(fused.values(), key=lambda h: (-h.score, min(h.ranks.values())))


def fusion_weights(text: str) -> dict[str, float]:
    """Weights of the two retrievers in hybrid search for this query.

    multilingual-e5 understands Vietnamese typed without diacritics poorly (top-1 0.44
    against 1.00 with them, STACK.md) while keyword search folds them away, so for such a
    query the semantic ranking only breaks ties and fills in pages keyword search missed.
    Any query with Vietnamese letters weighs both alike.
    """
    if text.isascii() and any(ch.isalpha() for ch in text):
        return {"keyword": 1.0, "semantic": UNACCENTED_SEMANTIC_WEIGHT}
    return {"keyword": 1.0, "semantic": 1.0}


class SearchService:
    """Search, documents, citations and similar pages over one store and one model."""

    def __init__(self, store: Store, embedder: QueryEmbedder | None) -> None:
        self.store = store
        self.embedder = embedder

    def search(
        self,
        query: str,
        *,
        mode: str = "hybrid",
        filters: SearchFilters | None = None,
        limit: int = 10,
        offset: int = 0,
    ) -> SearchResults:
        """Ranked pages for `query`; an empty query lists pages newest first (keyword mode)."""
        if mode not in MODES:
            raise InputError(f"unknown search mode {mode!r}: use one of {', '.join(MODES)}")
        if not 1 <= limit <= MAX_LIMIT or offset < 0:
            raise InputError(f"limit must be 1-{MAX_LIMIT} and offset 0 or more")
        filters = filters or SearchFilters()
        text = nfc(query).strip()
        if not text:
            mode = "keyword"  # nothing to embed: browse
        depth = offset + limit
        number = document_number(text) if text else None
        if mode == "keyword" and number is None:
            total, hits = self.store.keyword(text, filters, limit=limit, offset=offset)
        else:
            # Fusion needs deeper lists than it shows; a single ranking does not.
            wanted = depth if mode == "semantic" and number is None else max(depth, FUSION_DEPTH)
            total, hits = self._ranked(text, mode, filters, wanted)
            if number:
                total, hits = self._pin_citations(number, filters, total, hits)
            hits = hits[offset:depth]
        facets = self.store.facets(text, filters)
        return SearchResults(query=query, mode=mode, total=total, hits=hits, facets=facets)

    def _ranked(
        self, text: str, mode: str, filters: SearchFilters, depth: int
    ) -> tuple[int, list[Hit]]:
        if mode == "keyword":
            return self.store.keyword(text, filters, limit=depth)
        vector = self._query_vector(text)
        semantic = self.store.semantic(vector, filters, limit=depth)
        if mode == "semantic":
            for rank, hit in enumerate(semantic, start=1):
                hit.ranks["semantic"] = rank
            return len(semantic), semantic
        keyword_total, keyword = self.store.keyword(text, filters, limit=depth)
        fused = reciprocal_rank_fusion(
            {"keyword": keyword, "semantic": semantic}, weights=fusion_weights(text)
        )
        seen = {h.page_id for h in keyword}
        # Exact while every keyword match was fetched; otherwise a close estimate.
        return keyword_total + sum(h.page_id not in seen for h in semantic), fused

    def _query_vector(self, text: str) -> np.ndarray:
        if self.embedder is None:
            raise InputError("semantic and hybrid search need an embedding model: use keyword")
        stored = self.store.embedding_model()
        if stored and stored != self.embedder.model_id:
            raise ModelMismatchError(
                f"the store was indexed with model {stored!r} but {self.embedder.model_id!r} "
                "is configured: re-index needed (`bulletin index --rebuild`)"
            )
        return self.embedder.encode_query(text)

    def _pin_citations(
        self, number: str, filters: SearchFilters, total: int, hits: list[Hit]
    ) -> tuple[int, list[Hit]]:
        """The document itself, then pages citing it, ahead of the ranked hits."""
        pinned = [
            h
            for h in self.store.by_citation(number, limit=CITATION_LIMIT)
            if self._passes(h, filters)
        ]
        for rank, hit in enumerate(pinned, start=1):
            hit.ranks["citation"] = rank
        ranked = {h.page_id: h for h in hits}
        for hit in pinned:  # its snippet shows where the number is cited; keep other ranks
            if hit.page_id in ranked:
                hit.ranks = {**ranked[hit.page_id].ranks, **hit.ranks}
        pinned_ids = {h.page_id for h in pinned}
        rest = [h for h in hits if h.page_id not in pinned_ids]
        return total + len(pinned_ids - ranked.keys()), pinned + rest

    def _passes(self, hit: Hit, filters: SearchFilters) -> bool:
        """Whether a hit found outside the filtered search satisfies the filters."""
        day = _day(hit.published)
        if (filters.date_from or filters.date_to) and day is None:
            return False
        if filters.date_from and day < filters.date_from:
            return False
        if filters.date_to and day > filters.date_to:
            return False
        checks = {"province": filters.province, "agency": filters.agency}
        if filters.province_current or filters.doc_type:
            page = self.store.get(hit.page_id)
            if page is None:
                return False
            checks["province_current"] = filters.province_current
            if filters.doc_type:
                types = {fold(c.type) for c in page.citations if c.type}
                if fold(filters.doc_type).strip() not in types:
                    return False
            values = {name: getattr(page, name) for name in checks}
        else:
            values = {name: getattr(hit, name) for name in checks}
        return all(
            not wanted or fold(values[name] or "").strip() == fold(wanted).strip()
            for name, wanted in checks.items()
        )

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

    def cited_by(self, number: str, limit: int = 50) -> list[Hit]:
        """Pages citing the document with this number (any spelling of it), oldest first."""
        wanted = normalise_number(nfc(number).strip())
        if not wanted:
            raise InputError("give a document number, e.g. 16/CT-TTg")
        return self.store.cited_by(wanted, limit=limit)

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages whose passages are closest to this page's passages."""
        self._page(page_id)
        return self.store.similar(page_id, limit=limit)

    def stats(self) -> dict:
        """What the archive holds: pages, model, and counts per province, year and agency."""
        facets = self.store.facets("", SearchFilters())
        return {
            "pages": self.store.count(),
            "store": type(self.store).__name__,
            "embedding_model": self.store.embedding_model(),
            "query_model": self.embedder.model_id if self.embedder else None,
            "provinces": facets.get("province", {}),
            "years": facets.get("year", {}),
            "agencies": facets.get("agency", {}),
        }

    def _page(self, page_id: str) -> Page:
        page = self.store.get(page_id)
        if page is None:
            raise InputError(f"no page with id {page_id!r}")
        return page


def open_service(settings: Settings | None = None) -> SearchService:
    """A ready `SearchService` over the configured store and model."""
    from indexer.embedding.factory import open_embedder

    settings = settings or Settings()
    embedder = open_embedder(settings)
    return SearchService(open_store(settings, dim=embedder.dim), embedder)
