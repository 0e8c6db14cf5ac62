"""Vector search over pages: the vector index proposes passages, pages are scored exactly.

Every hit is a page scored by the exact cosine of its best passage (the float32 vectors
stored with the page), so the int8 HNSW only decides which pages are looked at. A filter
that keeps few pages skips the index and scans them all, which is exact and cheap.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable

import numpy as np
import tantivy
from tantivy import Query

from indexer.models import Hit, SearchFilters
from indexer.stores.embedded.compile import QueryCompiler
from indexer.stores.embedded.hits import all_addresses, hit_of, stored_fields
from indexer.stores.embedded.vectors import VectorIndex, best_per_page, cosines
from indexer.stores.snippets import lead_snippet

# A filter leaving this few pages is answered exactly from stored vectors, not the ANN.
EXACT_FILTERED_PAGES = 300
# Passages the ANN proposes per wanted hit.
CANDIDATES_PER_HIT = 8
# Of the pages proposed, those the int8 scores put first are read back and scored exactly
# from their float32 vectors: this many per wanted hit, plus a few. Reading a page back is
# most of a vector search's time (hybrid read some 350 pages for its 50 candidates); the
# int8 order errs by a few thousandths of cosine, so the exact top pages are among these.
RESCORED_PER_HIT = 1.5
RESCORED_EXTRA = 5


def stored_vectors(doc: tantivy.Document, dim: int) -> np.ndarray:
    """The passage vectors stored with a page, one row per passage."""
    return np.frombuffer(doc["vectors"][0], dtype=np.float32).reshape(-1, dim)


def centroid(vectors: np.ndarray) -> np.ndarray | None:
    """The normalised mean of a page's (normalised) passage vectors: what the whole page is
    about. None when the page has no passage, or its passages cancel out."""
    if not len(vectors):
        return None
    unit = vectors / np.linalg.norm(vectors, axis=1, keepdims=True)
    mean = unit.mean(axis=0)
    norm = np.linalg.norm(mean)
    return mean / norm if norm > 0 else None


class NearestPages:
    """Vector search over one searcher's snapshot of the store."""

    def __init__(
        self,
        searcher: tantivy.Searcher,
        compiler: QueryCompiler,
        dim: int,
        ann: Callable[[], VectorIndex],
    ) -> None:
        self.searcher = searcher
        self.compiler = compiler
        self.dim = dim
        self._ann = ann  # loaded only when the filters leave too many pages to scan

    def search(
        self,
        queries: np.ndarray,
        filters: SearchFilters | None,
        limit: int,
        exclude: int | None = None,
    ) -> list[Hit]:
        """Pages by their best passage's exact cosine to any row of `queries`, best first;
        the page with key `exclude` left out."""
        limit = max(limit, 1)
        count = max(limit * CANDIDATES_PER_HIT, 32)
        narrow = self.compiler.filters(filters)
        if narrow:
            chosen = self.compiler.all_of(self.compiler.pages_only(), *narrow)
            kept = self.searcher.search(chosen, 1).count
            if kept <= EXACT_FILTERED_PAGES:
                addresses = all_addresses(self.searcher, chosen)
                return self._ranked(addresses, queries, exclude, limit)
            # Ask for more neighbours the fewer pages the filter keeps.
            count = count * self.searcher.search(self.compiler.pages_only(), 1).count // kept
        ann = self._ann()
        allowed: dict[int, object | None] = {}  # page key -> doc address, None when filtered out
        while True:
            proposed = best_per_page(ann.search(queries, count))
            self._resolve([k for k in proposed if k not in allowed], filters, allowed)
            candidates = [
                allowed[key] for key in sorted(proposed, key=lambda k: -proposed[k][0])
                if allowed[key] is not None and key != exclude
            ]
            if len(candidates) >= limit or count >= len(ann):
                break
            count *= 4  # filters or long pages used up the candidates: look further
        rescored = math.ceil(limit * RESCORED_PER_HIT) + RESCORED_EXTRA
        return self._ranked(candidates[:rescored], queries, exclude, limit)

    def _ranked(
        self, addresses: list, queries: np.ndarray, exclude: int | None, limit: int
    ) -> list[Hit]:
        """The best `limit` pages by exact cosine, each shown by its best passage."""
        ranked = []
        for addr in addresses:
            doc = self.searcher.doc(addr)  # fetched once: the hit is made from it too
            vectors = stored_vectors(doc, self.dim)
            if doc["page_key"][0] == exclude or not len(vectors):
                continue
            scores = cosines(vectors, queries)
            position = int(np.argmax(scores))
            ranked.append((float(scores[position]), doc, position))
        # Equal scores (a repost, a shared passage) rank by page id, not by the order the
        # HNSW happens to hold them in (its batch inserts run on several threads).
        ranked.sort(key=lambda item: (-item[0], item[1]["page_id"][0]))
        return [self._hit(*item) for item in ranked[:limit]]

    def _hit(self, score: float, doc: tantivy.Document, position: int) -> Hit:
        passage = json.loads(doc["passages"][0])[position]
        return hit_of(stored_fields(doc), score, lead_snippet(passage["text"]), [])

    def _resolve(self, keys: list[int], filters: SearchFilters | None, allowed: dict) -> None:
        """Record for each page key its document address, or None when filtered out."""
        if not keys:
            return
        query = self.compiler.all_of(
            self.compiler.pages_only(),
            Query.term_set_query(self.compiler.schema, "page_key", keys),
            *self.compiler.filters(filters),
        )
        addresses = all_addresses(self.searcher, query)
        for key in keys:
            allowed[key] = None
        values = self.searcher.fast_field_values("page_key", addresses)
        for addr, key in zip(addresses, values, strict=True):
            allowed[key] = addr
