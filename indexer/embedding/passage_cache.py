"""On-disk cache of passage vectors, so re-indexing unchanged text embeds nothing.

Keyed by (model id, SHA-256 of the passage text); values are float32 vector bytes. SQLite in
WAL mode lets an indexer write while another process (a second indexer, the UI) reads.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType

import numpy as np

from indexer.sqlite_cache import open_cache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS passage_vectors (
    model_id TEXT NOT NULL,
    text_sha256 BLOB NOT NULL,
    dim INTEGER NOT NULL,
    vector BLOB NOT NULL,
    PRIMARY KEY (model_id, text_sha256)
) WITHOUT ROWID
"""
_LOOKUP_CHUNK = 500  # stays well under SQLite's bound-parameter limit


def text_key(text: str) -> bytes:
    """The cache key of a passage's text."""
    return hashlib.sha256(text.encode("utf-8")).digest()


class PassageCache:
    """SQLite-backed map (model_id, text) → float32 vector. Safe across threads and processes."""

    def __init__(self, path: Path | str, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = open_cache(self.path, _SCHEMA, timeout=timeout)

    def get_many(self, model_id: str, texts: Sequence[str]) -> dict[int, np.ndarray]:
        """Cached vectors of `texts`, as {index in texts: vector}; misses are absent."""
        positions: dict[bytes, list[int]] = {}
        for i, text in enumerate(texts):
            positions.setdefault(text_key(text), []).append(i)
        keys = list(positions)
        found: dict[int, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(keys), _LOOKUP_CHUNK):
                chunk = keys[start : start + _LOOKUP_CHUNK]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    "SELECT text_sha256, dim, vector FROM passage_vectors "
                    f"WHERE model_id = ? AND text_sha256 IN ({marks})",
                    [model_id, *chunk],
                ).fetchall()
                for key, dim, blob in rows:
                    vector = np.frombuffer(blob, dtype=np.float32)
                    if vector.shape[0] != dim:
                        raise ValueError(f"passage cache {self.path}: corrupt vector ({dim=})")
                    for i in positions[key]:
                        found[i] = vector.copy()
        return found

    def put_many(self, model_id: str, texts: Sequence[str], vectors: np.ndarray) -> None:
        """Store one vector per text (rows of `vectors`), replacing older entries."""
        vectors = np.asarray(vectors, dtype=np.float32)
        if vectors.ndim != 2 or vectors.shape[0] != len(texts):
            raise ValueError(
                f"put_many needs one vector per text: {len(texts)} texts, vectors {vectors.shape}"
            )
        if not model_id:
            raise ValueError("put_many needs a model_id")
        dim = vectors.shape[1]
        rows = [(model_id, text_key(t), dim, np.ascontiguousarray(v).tobytes())
                for t, v in zip(texts, vectors, strict=True)]
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO passage_vectors VALUES (?, ?, ?, ?)", rows
                )
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    def count(self, model_id: str | None = None) -> int:
        """Number of cached vectors, for one model or all."""
        with self._lock:
            if model_id is None:
                return self._db.execute("SELECT COUNT(*) FROM passage_vectors").fetchone()[0]
            return self._db.execute(
                "SELECT COUNT(*) FROM passage_vectors WHERE model_id = ?", (model_id,)
            ).fetchone()[0]

    def close(self) -> None:
        """Close the database connection."""
        with self._lock:
            self._db.close()

    def __enter__(self) -> PassageCache:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
