"""On-disk cache of OCR text, so each scanned page is read once per attachment content.

OCR costs seconds a page; re-indexing, a second crawl of the same file, or a run killed
half-way through a long scan must not pay it again. Keyed by (engine, SHA-256 of the
attachment's bytes, page number): the engine string names the Tesseract version, language
and image preparation, so a change to any of them reads pages afresh. SQLite in WAL mode,
like the passage cache, so several indexers can share it.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import threading
from pathlib import Path

from indexer.sqlite_cache import open_cache

_SCHEMA = """
CREATE TABLE IF NOT EXISTS ocr_pages (
    engine TEXT NOT NULL,
    content_sha256 BLOB NOT NULL,
    page INTEGER NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (engine, content_sha256, page)
) WITHOUT ROWID
"""
FILE_NAME = "ocr-cache.sqlite"


def content_key(body: bytes) -> bytes:
    """The cache key of an attachment's bytes."""
    return hashlib.sha256(body).digest()


class OcrCache:
    """SQLite-backed map (engine, content, page number) → OCR text."""

    def __init__(self, path: Path | str, *, timeout: float = 60.0) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._db = open_cache(self.path, _SCHEMA, timeout=timeout)

    def get_pages(self, engine: str, key: bytes) -> dict[int, str]:
        """The cached pages of one attachment, as {page number: text}."""
        with self._lock:
            rows = self._db.execute(
                "SELECT page, text FROM ocr_pages WHERE engine = ? AND content_sha256 = ?",
                (engine, key),
            ).fetchall()
        return dict(rows)

    def put_page(self, engine: str, key: bytes, page: int, text: str) -> None:
        """Store one page as soon as it is read, so a killed run keeps what it paid for."""
        with self._lock:
            self._db.execute("INSERT OR REPLACE INTO ocr_pages VALUES (?, ?, ?, ?)",
                             (engine, key, page, text))

    def count(self) -> int:
        """Number of cached pages."""
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM ocr_pages").fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


_default: OcrCache | None = None
_default_lock = threading.Lock()
_disabled = False


def models_dir() -> Path:
    """The folder `Settings.models_dir` names, from the same variables (extraction sits
    below the configuration layer): BULLETIN_MODEL_CACHE, else BULLETIN_DATA_DIR/models."""
    cache = os.environ.get("BULLETIN_MODEL_CACHE")
    return Path(cache) if cache else Path(os.environ.get("BULLETIN_DATA_DIR") or "data") / "models"


def default_cache() -> OcrCache | None:
    """The cache in `models_dir()`, opened on first use; None when it cannot be opened
    (OCR then runs every time) or after `use_cache(None)`."""
    global _default, _disabled
    with _default_lock:
        if _default is None and not _disabled:
            try:
                _default = OcrCache(models_dir() / FILE_NAME)
            except (OSError, sqlite3.Error):
                _disabled = True
        return _default


def use_cache(cache: OcrCache | None) -> None:
    """Make `cache` the one OCR uses (None: no cache), e.g. for another data directory."""
    global _default, _disabled
    with _default_lock:
        _default, _disabled = cache, cache is None


def reset_cache() -> None:
    """Back to the cache in `models_dir()`, opened again on next use."""
    global _default, _disabled
    with _default_lock:
        _default, _disabled = None, False
