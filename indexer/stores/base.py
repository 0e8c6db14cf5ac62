"""The store interface every backend implements; nothing outside `stores/` knows which is used."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import AbstractContextManager
from typing import Protocol

import numpy as np

from indexer.models import Hit, Page, Passage, SearchFilters


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
        self, query: str, filters: SearchFilters, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and unfolded text; quoted phrases; returns (total, hits).

        Every word must match (typed diacritics or not); exact diacritics rank first; an
        empty query lists the filtered pages newest first; no user input may raise.
        """

    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest passages, one hit per page scored by its best passage."""

    def by_citation(self, number: str, limit: int = 50) -> list[Hit]:
        """Pages that cite, or are, the document with this normalised number."""

    def cited_by(self, number: str, limit: int = 50) -> list[Hit]:
        """Pages whose citations include this normalised number, oldest first."""

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages nearest to this page's passage vectors, the page itself excluded."""

    def iter_pages(self) -> Iterator[Page]:
        """Every stored page once, in no particular order (exports, re-indexing)."""

    def facets(self, query: str, filters: SearchFilters) -> dict[str, dict[str, int]]:
        """Counts per province, agency and year for the pages matching the query."""

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
