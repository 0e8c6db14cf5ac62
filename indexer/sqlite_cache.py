"""The SQLite file behind each cache (passage vectors, OCR text): one way to open it."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def open_cache(path: Path, schema: str, *, timeout: float = 60.0) -> sqlite3.Connection:
    """A connection safe across threads (callers hold their own lock) and processes.

    WAL lets readers go on while one process writes; a waiting writer retries for `timeout`
    seconds instead of failing with "database is locked".
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=timeout, check_same_thread=False, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=NORMAL")
    db.execute(schema)
    return db
