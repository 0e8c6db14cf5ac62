"""The store contract every backend answers, and the optional abilities some declare.

Nothing outside `indexer/stores/` knows which backend is in use: it is chosen by name in
`registry.py`. A store receives queries already parsed (`KeywordQuery`, built once by
`indexer.query.parse`) and only compiles them into its engine's language; what a filter
means (`filters.py`), how matches are weighed (`ranking.py`) and how snippets are cut
(`snippets.py`) are shared by every store.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol, runtime_checkable

import numpy as np

from indexer.models import Hit, KeywordQuery, Page, Passage, SearchFilters


class Store(Protocol):
    """Holds pages (text + metadata), passages and their vectors; answers queries."""

    def upsert(self, pages: list[Page], passages: list[Passage], vectors: np.ndarray) -> None:
        """Add or replace pages with their passages (rows of `vectors` match `passages`)."""

    def delete(self, page_ids: list[str]) -> None:
        """Remove pages and everything derived from them."""

    def commit(self) -> None:
        """Make all writes since the last commit durable and visible to searchers atomically."""

    def get(self, page_id: str) -> Page | None:
        """One page by id."""

    def page_hashes(self) -> dict[str, str]:
        """page_id -> content_hash for every stored page (drives incremental indexing)."""

    def keyword(
        self, query: KeywordQuery, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and unfolded text; returns (total, hits).

        Every group must match (typed diacritics or not); exact diacritics rank first;
        `browse` lists the filtered pages newest first; no user input may raise.
        """

    def facets(self, query: KeywordQuery) -> dict[str, dict[str, int]]:
        """Counts over every page matching the query, per field of `ranking.FACET_SIZES`:
        province, agency, year ("2020") and month ("2020-04")."""

    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest pages to a query vector, one hit per page scored by the cosine of its
        best passage, the snippet taken from that passage."""

    def by_citation(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """The document with this normalised number first (when stored), then the pages
        citing it, oldest first; the snippet shows where the number is cited."""

    def cited_by(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages whose citations include this normalised number, oldest first."""

    def cited_by_identity(
        self, identity: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages with a mention resolved to this document identity
        ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"), oldest first; a malformed
        identity finds nothing."""

    def issued(self, identity: str, limit: int = 10) -> list[Hit]:
        """Pages that publish the document with this identity (`Page.own_identity`)."""

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages nearest to this page's centroid (the normalised mean of its passage
        vectors), each scored by the cosine of its best passage; the page itself excluded."""

    def iter_pages(self) -> Iterator[Page]:
        """Every stored page once, in no particular order (exports, re-indexing)."""

    def count(self) -> int:
        """Number of pages stored."""

    def embedding_model(self) -> str | None:
        """Id of the model the stored vectors came from (None when empty)."""

    def set_embedding_model(self, model_id: str) -> None:
        """Record the model the vectors come from."""

    def rebuild(self, dim: int | None = None) -> AbstractContextManager[Store]:
        """Context in which writes fill a replacement of the whole store, swapped in at the
        end (atomically: searchers see the old or the new store, never a mix)."""

    def close(self) -> None:
        """Release files and handles."""


@runtime_checkable
class FileChecked(Protocol):
    """A store whose files live on this machine: `bulletin verify` reads them directly."""

    def damage(self) -> list[str]:
        """What is wrong on disk, one line each (empty when sound)."""

    def iter_records(self) -> Iterator[tuple[Page, list[Passage], np.ndarray]]:
        """Every stored page with its passages and vectors, duplicates included."""


@runtime_checkable
class VectorRepairable(Protocol):
    """A store whose vector index is derived data it can rebuild from stored vectors."""

    def repair_vector_index(self) -> None:
        """Rebuild the vector index from the stored vectors and save it atomically."""
