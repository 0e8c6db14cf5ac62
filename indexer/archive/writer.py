"""WARC files: write request/response/metadata record groups, rotate by size, recover.

A file is written as `bulletin-<timestamp>-<serial>.warc.gz.open` and renamed without
`.open` when closed, so a half-written file is recognisable. Every record is its own gzip
member; `recover_open_files` cuts a file left `.open` by a killed crawl back to its last
complete record group and closes it.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from warcio.warcwriter import WARCWriter

from indexer.archive.capture import ArchivedPage
from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.records import capture_records, scan_groups

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"


@dataclass(frozen=True)
class WarcLocation:
    """Where a response record landed (file name once closed, byte offset of the record)."""

    file: str
    offset: int


@dataclass(frozen=True)
class RecoveredCapture:
    """A complete record group found in a file a killed crawl left open."""

    url: str
    crawl: CrawlMetadata
    etag: str | None
    last_modified: str | None
    location: WarcLocation
    fetched_at: str | None
    request_method: str = "GET"
    request_body: bytes = b""  # a POST's form: with the method, what names a postback page


class WarcWriter:
    """Appends record groups to size-rotated WARC files in one folder."""

    def __init__(
        self,
        directory: Path,
        *,
        max_bytes: int,
        prefix: str = "bulletin",
        warcinfo: dict[str, str] | None = None,
        fsync: bool = False,
        on_close: Callable[[Path], None] | None = None,
    ):
        self.directory = directory
        self.max_bytes = max_bytes
        self.prefix = prefix
        self.warcinfo = warcinfo or {}
        self.fsync = fsync
        self.on_close = on_close
        self.session = datetime.now(UTC).strftime("%Y%m%d%H%M%S%f")[:17]
        self.serial = 0
        self.closed_files: list[Path] = []
        self._file = None
        self._path: Path | None = None
        self._writer: WARCWriter | None = None

    def write(self, page: ArchivedPage, crawl: CrawlMetadata) -> WarcLocation:
        """Write request, response and metadata records for `page`; flushed on return."""
        if self._file is not None and self._file.tell() >= self.max_bytes:
            self._close_file()
        if self._file is None:
            self._open_file()
        assert self._writer is not None and self._file is not None and self._path is not None
        records = capture_records(self._writer, page, crawl)
        try:
            self._writer.write_record(records.request)
            offset = self._file.tell()
            self._writer.write_record(records.response)
            self._writer.write_record(records.metadata)
            self._file.flush()
            if self.fsync:
                os.fsync(self._file.fileno())
        except OSError:
            self._abandon_file()
            raise
        return WarcLocation(self._final_name(self._path), offset)

    def close(self) -> list[Path]:
        """Close the current file; returns every file this writer closed."""
        if self._file is not None:
            self._close_file()
        return list(self.closed_files)

    # files --------------------------------------------------------------------------
    def _open_file(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        while True:
            self.serial += 1
            name = f"{self.prefix}-{self.session}-{self.serial:05d}.warc.gz"
            final = self.directory / name
            path = self.directory / (name + OPEN_SUFFIX)
            if not final.exists() and not path.exists():
                break
        self._path = path
        self._file = path.open("xb")
        self._writer = WARCWriter(self._file, gzip=True, warc_version="1.0")
        info = self._writer.create_warcinfo_record(
            name, {"format": "WARC File Format 1.0", **self.warcinfo}
        )
        self._writer.write_record(info)

    def _close_file(self) -> None:
        assert self._file is not None and self._path is not None
        self._file.flush()
        os.fsync(self._file.fileno())
        self._file.close()
        final = self.directory / self._final_name(self._path)
        os.replace(self._path, final)
        self._file = self._writer = self._path = None
        self.closed_files.append(final)
        logger.info("Closed WARC file %s", final)
        if self.on_close:
            self.on_close(final)

    def _abandon_file(self) -> None:
        """After a failed write (disk full...): stop using the file but keep its `.open`
        name, so it is never mistaken for a complete file; the next crawl recovers it."""
        assert self._file is not None
        with contextlib.suppress(OSError):
            self._file.close()
        logger.error(
            "Left %s open after a failed write; the next crawl will recover it", self._path
        )
        self._file = self._writer = self._path = None

    @staticmethod
    def _final_name(path: Path) -> str:
        return path.name.removesuffix(OPEN_SUFFIX)


def recover_open_files(directory: Path) -> tuple[list[Path], list[RecoveredCapture]]:
    """Close the `.open` files a killed crawl left in `directory`.

    Each is cut after its last complete request/response/metadata group (a record cut
    short by the kill is dropped) and renamed; a file with no complete group is removed.
    Returns the closed files and the captures they hold, so the crawl state can learn
    about pages written just before the kill and not write them twice.
    """
    closed: list[Path] = []
    captures: list[RecoveredCapture] = []
    if not directory.is_dir():
        return closed, captures
    for path in sorted(directory.glob(f"*.warc.gz{OPEN_SUFFIX}")):
        scan = scan_groups(path, check_digests=True)
        if scan.damage:
            logger.debug("%s: readable up to the damage (%s)", path, scan.damage.reason)
        final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
        if not scan.groups:
            path.unlink()
            logger.warning("Removed %s: no complete record in it", path)
            continue
        with path.open("r+b") as handle:
            handle.truncate(scan.complete_end)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(path, final)
        closed.append(final)
        captures.extend(
            RecoveredCapture(
                group.response.url,
                group.crawl,
                group.response.http_header("ETag"),
                group.response.http_header("Last-Modified"),
                WarcLocation(final.name, group.response.offset),
                group.response.date,
                group.request_method,
                group.request_body,
            )
            for group in scan.groups
        )
        logger.warning("Recovered %s: %d complete captures kept", final, len(scan.groups))
    return closed, captures
