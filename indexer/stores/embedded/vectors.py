"""The passage vector index (usearch HNSW): a derived, rebuildable file saved atomically.

The float vectors themselves live with their page in the text index; this file only
speeds up nearest-neighbour search, so a torn or stale copy is rebuilt, never trusted.
"""

from __future__ import annotations

import contextlib
import os
import re
import time
from collections.abc import Iterable
from pathlib import Path

import numpy as np
from usearch.index import Index

# A passage key packs its page's 48-bit key and the passage's position in the page.
ORDINAL_BITS = 16
MAX_PASSAGES_PER_PAGE = (1 << ORDINAL_BITS) - 1
PAGE_KEY_BITS = 48
# Below this many vectors a brute-force scan is cheap and exact, so small stores get
# exact answers; above it HNSW is approximate (recall@10 about 0.99 at this expansion).
EXACT_SEARCH_BELOW = 20_000
EXPANSION_SEARCH = 128
BUILD_BATCH = 8192
_FILE = re.compile(r"^ann-([0-9a-f]+)\.usearch$")
# A temporary file this old belongs to a save that died; younger ones may still be written.
STALE_TMP_SECONDS = 600


def passage_key(page_key: int, position: int) -> int:
    """The vector key of the passage at `position` in the page with key `page_key`."""
    if not 0 <= position <= MAX_PASSAGES_PER_PAGE:
        raise ValueError(f"a page may hold at most {MAX_PASSAGES_PER_PAGE} passages")
    return (page_key << ORDINAL_BITS) | position


def page_key_of(key: int) -> int:
    """The page key a passage key belongs to."""
    return int(key) >> ORDINAL_BITS


def position_of(key: int) -> int:
    """The passage's position within its page."""
    return int(key) & MAX_PASSAGES_PER_PAGE


class VectorIndex:
    """Cosine HNSW over passage vectors quantised to int8: it proposes candidates, and
    callers rescore them with the stored float vectors (int8 builds 2.5x faster than f16
    here, at half the memory, with self-recall 0.995 against 1.0)."""

    def __init__(self, dim: int, index: Index | None = None) -> None:
        self.dim = dim
        self._index = index or Index(
            ndim=dim, metric="cos", dtype="i8", expansion_search=EXPANSION_SEARCH
        )

    def __len__(self) -> int:
        return len(self._index)

    def add(self, keys: list[int], vectors: np.ndarray) -> None:
        if keys:
            self._index.add(np.asarray(keys, dtype=np.uint64), vectors.astype(np.float32))

    def remove(self, keys: list[int]) -> None:
        if keys:
            self._index.remove(np.asarray(keys, dtype=np.uint64))

    def copy(self) -> VectorIndex:
        return VectorIndex(self.dim, self._index.copy())

    def search(self, vectors: np.ndarray, count: int) -> list[list[tuple[int, float]]]:
        """For each query row, up to `count` (passage key, cosine similarity), best first."""
        queries = np.atleast_2d(np.asarray(vectors, dtype=np.float32))
        if len(self) == 0 or count <= 0:
            return [[] for _ in queries]
        exact = len(self) < EXACT_SEARCH_BELOW
        found = self._index.search(queries, min(count, len(self)), exact=exact)
        if not hasattr(found, "counts"):  # usearch answers one query row with plain Matches
            return [_pairs(found.keys, found.distances)]
        return [
            _pairs(found.keys[row][:n], found.distances[row][:n])
            for row, n in enumerate(found.counts)
        ]

    def save_atomic(self, path: Path) -> None:
        """Write to a temporary file, fsync it, then rename: a reader never sees half a file."""
        tmp = path.with_name(path.name + f".{os.getpid()}.tmp")
        self._index.save(str(tmp))
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, path)
        _fsync_dir(path.parent)

    @classmethod
    def load(cls, path: Path, dim: int, expected: int) -> VectorIndex | None:
        """The index saved at `path`, or None when missing, torn, or not holding `expected`."""
        if not path.exists():
            return None
        try:
            index = Index.restore(str(path))
        except (RuntimeError, ValueError):
            return None
        if index is None or index.ndim != dim or len(index) != expected:
            return None
        index.expansion_search = EXPANSION_SEARCH
        return cls(dim, index)

    @classmethod
    def build(cls, dim: int, batches: Iterable[tuple[list[int], np.ndarray]]) -> VectorIndex:
        """A fresh index from (keys, vectors) batches, e.g. every stored page's vectors."""
        index = cls(dim)
        keys: list[int] = []
        rows: list[np.ndarray] = []
        for batch_keys, vectors in batches:
            keys.extend(batch_keys)
            rows.append(vectors)
            if len(keys) >= BUILD_BATCH:  # big batches let usearch add on every core
                index.add(keys, np.concatenate(rows))
                keys, rows = [], []
        if keys:
            index.add(keys, np.concatenate(rows))
        return index


def _pairs(keys: np.ndarray, distances: np.ndarray) -> list[tuple[int, float]]:
    # usearch gives cosine distance; callers rank by similarity.
    return [(int(k), 1.0 - float(d)) for k, d in zip(keys, distances, strict=True)]


def ann_path(directory: Path, token: str) -> Path:
    """Where the index for the commit with this token lives."""
    return directory / f"ann-{token}.usearch"


def remove_stale(directory: Path, keep: set[str]) -> None:
    """Delete index files of older commits; a reader that opened one keeps its copy."""
    for path in directory.iterdir():
        match = _FILE.match(path.name)
        if (match and match.group(1) not in keep) or _is_dead_tmp(path):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()


def _is_dead_tmp(path: Path) -> bool:
    if not (path.name.startswith("ann-") and path.name.endswith(".tmp")):
        return False
    try:
        return time.time() - path.stat().st_mtime > STALE_TMP_SECONDS
    except FileNotFoundError:
        return False


def _fsync_dir(directory: Path) -> None:
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def best_per_page(rows: list[list[tuple[int, float]]]) -> dict[int, tuple[float, int]]:
    """page key -> (best passage score, that passage's position) over all query rows."""
    best: dict[int, tuple[float, int]] = {}
    for row in rows:
        for key, score in row:
            page, position = page_key_of(key), position_of(key)
            if page not in best or score > best[page][0]:
                best[page] = (score, position)
    return best


def cosines(stored: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Best cosine per stored passage over the query rows."""
    stored = stored / np.linalg.norm(stored, axis=1, keepdims=True)
    queries = queries / np.linalg.norm(queries, axis=1, keepdims=True)
    return (stored @ queries.T).max(axis=1)
