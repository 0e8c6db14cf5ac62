"""The crawl's memory between runs, in one SQLite file under the state folder.

- `pages`: what was archived per page key (payload hash, ETag, Last-Modified), so a
  re-crawl sends conditional requests and writes nothing for unchanged pages.
- `frontier`: every request the current job has scheduled and whether it is done, with
  the method, body and headers of a POST so that it can be sent again. Scrapy's JOBDIR
  queue is only saved on a clean shutdown; this table is committed together with each
  archived page, so a job killed with SIGKILL resumes with nothing lost.

Pages are keyed by `crawler.urls.page_key`: the canonical URL of a GET, and URL plus form
fields for a POST (postback paging), so every method taking a URL also takes a key.
- `jobs`: one row per crawl; a job left unfinished can be resumed.

One crawl at a time may use a state folder: an exclusive lock is held while it is open.
"""

from __future__ import annotations

import fcntl
import json
import sqlite3
import uuid
import weakref
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals

from crawler.urls import key_of

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

SCHEMA = """
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,          -- page key: canonical URL (+ form digest for a POST)
    payload_sha256 TEXT NOT NULL,  -- of the decoded body
    etag TEXT,
    last_modified TEXT,
    warc_file TEXT,
    warc_offset INTEGER,
    fetched_at TEXT,
    job TEXT                       -- the job that last fetched or confirmed it
);
CREATE TABLE IF NOT EXISTS frontier (
    key TEXT PRIMARY KEY,          -- page key
    url TEXT NOT NULL,             -- the URL as requested
    site TEXT,
    kind TEXT,
    parent_url TEXT,
    depth INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'queued',  -- queued | done | failed
    reason TEXT
);
CREATE INDEX IF NOT EXISTS frontier_status ON frontier (status, site);
CREATE TABLE IF NOT EXISTS lists (
    key TEXT PRIMARY KEY,          -- page key of a list page read by the current job
    site TEXT,
    record TEXT NOT NULL           -- JSON: what the coverage report says about it
);
CREATE TABLE IF NOT EXISTS jobs (
    job TEXT PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT
);
"""
# Columns added after the first release: (table, column, declaration), added when missing.
MIGRATIONS = [
    ("pages", "site", "TEXT"),
    ("pages", "kind", "TEXT"),
    ("pages", "first_job", "TEXT"),  # the job that first archived it
    ("frontier", "method", "TEXT NOT NULL DEFAULT 'GET'"),
    ("frontier", "body", "BLOB"),
    ("frontier", "headers", "TEXT"),  # JSON [[name, value], ...] of a request with a body
    ("frontier", "extra", "TEXT"),  # JSON: request meta a resumed request needs again
]


class StateLockedError(RuntimeError):
    """Another crawl is using the same state folder."""


@dataclass(frozen=True)
class PageState:
    url: str
    payload_sha256: str
    etag: str | None
    last_modified: str | None
    warc_file: str | None
    job: str | None


@dataclass(frozen=True)
class FrontierEntry:
    url: str
    site: str | None
    kind: str | None
    parent_url: str | None
    depth: int
    key: str = ""
    method: str = "GET"
    body: bytes = b""
    headers: tuple[tuple[str, str], ...] = ()
    extra: dict | None = None


class CrawlState:
    """Pages archived so far and the current job's frontier (see module docstring)."""

    def __init__(self, state_dir: Path):
        state_dir.mkdir(parents=True, exist_ok=True)
        self.path = state_dir / "crawl.sqlite3"
        self._lock = (state_dir / "crawl.lock").open("w")
        try:
            fcntl.flock(self._lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            self._lock.close()
            raise StateLockedError(
                f"{state_dir}: another crawl is using this state folder"
            ) from None
        self.db = sqlite3.connect(self.path, isolation_level="DEFERRED")
        # WAL + NORMAL: a commit survives the process being killed (not a power cut).
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(SCHEMA)
        self._migrate()
        self.db.commit()
        self.job: str | None = None
        self.resumed = False

    def _migrate(self) -> None:
        for table, column, declaration in MIGRATIONS:
            columns = {row[1] for row in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {declaration}")

    # jobs ---------------------------------------------------------------------------
    def begin_job(self, *, resume: bool) -> str:
        """Start a job, or continue the last unfinished one when `resume` (and one exists)."""
        row = self.db.execute(
            "SELECT job FROM jobs WHERE finished IS NULL ORDER BY started DESC LIMIT 1"
        ).fetchone()
        if resume and row:
            self.job, self.resumed = row[0], True
        else:
            self.job, self.resumed = uuid.uuid4().hex[:12], False
            self.db.execute("DELETE FROM frontier")
            self.db.execute("DELETE FROM lists")
            self.db.execute("UPDATE jobs SET finished = ? WHERE finished IS NULL", ("abandoned",))
            self.db.execute("INSERT INTO jobs (job, started) VALUES (?, ?)", (self.job, _now()))
        self.db.commit()
        return self.job

    def finish_job(self) -> None:
        """Mark the job complete: a later resume starts a new one."""
        self.db.execute("UPDATE jobs SET finished = ? WHERE job = ?", (_now(), self.job))
        self.db.commit()

    # pages --------------------------------------------------------------------------
    def page(self, url: str) -> PageState | None:
        """What was archived for a URL or page key, if anything."""
        row = self.db.execute(
            "SELECT url, payload_sha256, etag, last_modified, warc_file, job FROM pages "
            "WHERE url = ?",
            (key_of(url),),
        ).fetchone()
        return PageState(*row) if row else None

    def known_before(self, url: str) -> bool:
        """Whether an earlier job archived this page (what "new since the last crawl" means)."""
        row = self.db.execute(
            "SELECT first_job FROM pages WHERE url = ?", (key_of(url),)
        ).fetchone()
        return row is not None and row[0] != self.job

    def holds(self, warc_file: str, warc_offset: int) -> bool:
        """Whether a page's record is the response at this place in the archive (a capture
        whose state was committed, under whichever key)."""
        row = self.db.execute(
            "SELECT 1 FROM pages WHERE warc_file = ? AND warc_offset = ? LIMIT 1",
            (warc_file, warc_offset),
        ).fetchone()
        return row is not None

    def new_pages(self) -> dict[tuple[str, str], int]:
        """Pages this job archived that no earlier job had, per (site, kind)."""
        rows = self.db.execute(
            "SELECT site, kind, COUNT(*) FROM pages WHERE first_job = ? GROUP BY site, kind",
            (self.job,),
        ).fetchall()
        return {(site, kind): count for site, kind, count in rows if site and kind}

    def remember(
        self,
        url: str,
        *,
        payload_sha256: str,
        etag: str | None,
        last_modified: str | None,
        warc_file: str | None,
        warc_offset: int | None,
        fetched_at: str | None,
        site: str | None = None,
        kind: str | None = None,
    ) -> None:
        """Record an archived payload (call `commit` once its WARC record is flushed)."""
        self.db.execute(
            "INSERT INTO pages (url, payload_sha256, etag, last_modified, warc_file, "
            "warc_offset, fetched_at, job, site, kind, first_job) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
            "payload_sha256 = excluded.payload_sha256, etag = excluded.etag, "
            "last_modified = excluded.last_modified, warc_file = excluded.warc_file, "
            "warc_offset = excluded.warc_offset, fetched_at = excluded.fetched_at, "
            "job = excluded.job, site = COALESCE(excluded.site, site), "
            "kind = COALESCE(excluded.kind, kind)",
            (
                key_of(url),
                payload_sha256,
                etag,
                last_modified,
                warc_file,
                warc_offset,
                fetched_at,
                self.job,
                site,
                kind,
                self.job,
            ),
        )

    def confirm(
        self, url: str, *, etag: str | None = None, last_modified: str | None = None
    ) -> None:
        """The page was fetched again in this job and had not changed."""
        self.db.execute(
            "UPDATE pages SET job = ?, etag = COALESCE(?, etag), "
            "last_modified = COALESCE(?, last_modified) WHERE url = ?",
            (self.job, etag, last_modified, key_of(url)),
        )

    # frontier -----------------------------------------------------------------------
    def enqueue(
        self,
        url: str,
        *,
        site: str | None,
        kind: str | None,
        parent_url: str | None,
        depth: int,
        key: str | None = None,
        method: str = "GET",
        body: bytes = b"",
        headers: list[tuple[str, str]] | None = None,
        extra: dict | None = None,
    ) -> bool:
        """Add a request to the job's frontier; False when its key was already there.

        `key` defaults to the URL's; a POST passes its own with its body and headers.
        """
        cursor = self.db.execute(
            "INSERT OR IGNORE INTO frontier "
            "(key, url, site, kind, parent_url, depth, method, body, headers, extra) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                key or key_of(url),
                url,
                site,
                kind,
                parent_url,
                depth,
                method,
                body or None,
                json.dumps(headers) if headers else None,
                json.dumps(extra, ensure_ascii=False) if extra else None,
            ),
        )
        return cursor.rowcount == 1

    def settle(self, urls: Iterable[str], *, failed: str | None = None) -> None:
        """Mark frontier URLs or keys done (or failed, with the reason)."""
        status = "failed" if failed else "done"
        self.db.executemany(
            "UPDATE frontier SET status = ?, reason = ? WHERE key = ?",
            [(status, failed, key_of(u)) for u in urls],
        )

    def pending(self) -> Iterator[FrontierEntry]:
        """Requests to send again when the job resumes: never finished, or failed (an
        interrupted run may never have reported its failures; they get another try)."""
        rows = self.db.execute(
            "SELECT url, site, kind, parent_url, depth, key, method, body, headers, extra "
            "FROM frontier WHERE status IN ('queued', 'failed') ORDER BY rowid"
        ).fetchall()
        for url, site, kind, parent, depth, key, method, body, headers, extra in rows:
            yield FrontierEntry(
                url,
                site,
                kind,
                parent,
                depth,
                key=key,
                method=method or "GET",
                body=body or b"",
                headers=tuple(tuple(h) for h in json.loads(headers)) if headers else (),
                extra=json.loads(extra) if extra else None,
            )

    # list pages ---------------------------------------------------------------------
    def record_list(self, key: str, site: str, record: dict) -> None:
        """What the coverage report says about a list page this job read (kept with the
        frontier, so a resumed job reports the lists its interrupted run read too)."""
        self.db.execute(
            "INSERT OR REPLACE INTO lists VALUES (?, ?, ?)",
            (key, site, json.dumps(record, ensure_ascii=False)),
        )

    def lists(self) -> Iterator[tuple[str, dict]]:
        """(site, record) of every list page this job read, in reading order."""
        for site, record in self.db.execute("SELECT site, record FROM lists ORDER BY rowid"):
            yield site, json.loads(record)

    def queued_per_site(self) -> dict[str, int]:
        rows = self.db.execute(
            "SELECT site, COUNT(*) FROM frontier WHERE status = 'queued' GROUP BY site"
        ).fetchall()
        return {site: count for site, count in rows if site}

    def commit(self) -> None:
        self.db.commit()

    def close(self) -> None:
        self.db.commit()
        self.db.close()
        self._lock.close()  # releases the flock


_BY_CRAWLER: weakref.WeakKeyDictionary[Crawler, CrawlState] = weakref.WeakKeyDictionary()


def crawl_state(crawler: Crawler) -> CrawlState:
    """The crawl's state, shared by the spider, dupefilter, middlewares and pipeline.

    Opened on first use from BULLETIN_STATE_DIR; the job begins (or resumes, with
    BULLETIN_RESUME) at the same time. Finished when the spider closes with reason
    "finished"; closed when the engine stops.
    """
    state = _BY_CRAWLER.get(crawler)
    if state is None:
        state = CrawlState(Path(crawler.settings.get("BULLETIN_STATE_DIR")))
        state.begin_job(resume=crawler.settings.getbool("BULLETIN_RESUME"))
        _BY_CRAWLER[crawler] = state

        def spider_closed(reason: str) -> None:
            if reason == "finished":
                state.finish_job()

        crawler.signals.connect(spider_closed, signal=signals.spider_closed, weak=False)
        crawler.signals.connect(state.close, signal=signals.engine_stopped, weak=False)
    return state


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
