"""WARC files: write request/response/metadata record groups, rotate by size, recover.

A file is written as `bulletin-<timestamp>-<serial>.warc.gz.open` and renamed without
`.open` when closed, so a half-written file is recognisable. Every record is its own gzip
member; `recover_open_files` cuts a file left `.open` by a killed crawl back to its last
complete record group and closes it.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from crawler.items import ArchivedPage

logger = logging.getLogger(__name__)

OPEN_SUFFIX = ".open"
# Hop-by-hop or already undone by the HTTP client: keeping them would make WARC readers
# try to de-chunk a body that is no longer chunked.
_DROPPED_RESPONSE_HEADERS = {"transfer-encoding"}
_DROPPED_REQUEST_HEADERS = {"proxy-authorization", "proxy-connection"}


@dataclass(frozen=True)
class WarcLocation:
    """Where a response record landed (file name once closed, byte offset of the record)."""

    file: str
    offset: int


@dataclass(frozen=True)
class RecoveredCapture:
    """A complete record group found in a file a killed crawl left open."""

    url: str
    metadata: dict
    etag: str | None
    last_modified: str | None
    location: WarcLocation
    fetched_at: str | None


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

    def write(self, page: ArchivedPage, metadata: dict) -> WarcLocation:
        """Write request, response and metadata records for `page`; flushed on return."""
        if self._file is not None and self._file.tell() >= self.max_bytes:
            self._close_file()
        if self._file is None:
            self._open_file()
        assert self._writer is not None and self._file is not None and self._path is not None
        warc_date = page.fetched_at.replace("+00:00", "Z")
        response = self._response_record(page, warc_date)
        response_id = response.rec_headers.get_header("WARC-Record-ID")
        request = self._request_record(page, warc_date, response_id)
        payload = json.dumps(metadata, ensure_ascii=False).encode("utf-8")
        meta = self._writer.create_warc_record(
            page.url,
            "metadata",
            payload=BytesIO(payload),
            length=len(payload),
            warc_content_type="application/json",
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
        )
        try:
            self._writer.write_record(request)
            offset = self._file.tell()
            self._writer.write_record(response)
            self._writer.write_record(meta)
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

    # records ------------------------------------------------------------------------
    def _response_record(self, page: ArchivedPage, warc_date: str):
        assert self._writer is not None
        reason = _reason_phrase(page.status)
        headers = [
            (k, v) for k, v in page.response_headers if k.lower() not in _DROPPED_RESPONSE_HEADERS
        ]
        http_headers = StatusAndHeaders(
            f"{page.status} {reason}".strip(), headers, protocol=page.protocol
        )
        warc_headers = {"WARC-Date": warc_date}
        if page.ip_address:
            warc_headers["WARC-IP-Address"] = page.ip_address
        return self._writer.create_warc_record(
            page.url,
            "response",
            payload=BytesIO(page.body),
            length=len(page.body),
            http_headers=http_headers,
            warc_headers_dict=warc_headers,
        )

    def _request_record(self, page: ArchivedPage, warc_date: str, response_id: str):
        assert self._writer is not None
        parts = urlsplit(page.url)
        target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
        headers = [("Host", parts.netloc)] + [
            (k, v)
            for k, v in page.request_headers
            if k.lower() not in _DROPPED_REQUEST_HEADERS and k.lower() != "host"
        ]
        http_headers = StatusAndHeaders(
            f"{page.request_method} {target} HTTP/1.1", headers, is_http_request=True
        )
        return self._writer.create_warc_record(
            page.url,
            "request",
            payload=BytesIO(b""),
            length=0,
            http_headers=http_headers,
            warc_headers_dict={"WARC-Date": warc_date, "WARC-Concurrent-To": response_id},
        )

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
        end, found = _complete_groups(path)
        final = path.with_name(path.name.removesuffix(OPEN_SUFFIX))
        if not found:
            path.unlink()
            logger.warning("Removed %s: no complete record in it", path)
            continue
        with path.open("r+b") as handle:
            handle.truncate(end)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(path, final)
        closed.append(final)
        captures.extend(
            RecoveredCapture(
                c.url,
                c.metadata,
                c.etag,
                c.last_modified,
                WarcLocation(final.name, c.location.offset),
                c.fetched_at,
            )
            for c in found
        )
        logger.warning("Recovered %s: %d complete captures kept", final, len(found))
    return closed, captures


def _complete_groups(path: Path) -> tuple[int, list[RecoveredCapture]]:
    """Byte offset after the last complete group, and the captures before it."""
    end = 0
    found: list[RecoveredCapture] = []
    responses: dict[str, tuple[str, str | None, str | None, int, str | None]] = {}
    try:
        with path.open("rb") as stream:
            records = ArchiveIterator(stream, check_digests=True)
            for record in records:
                record_type = record.rec_type
                body = record.content_stream().read()
                offset, length = records.get_record_offset(), records.get_record_length()
                if record.digest_checker.passed is False:
                    break
                headers = record.rec_headers
                if record_type == "response" and record.http_headers is not None:
                    responses[headers.get_header("WARC-Record-ID")] = (
                        headers.get_header("WARC-Target-URI"),
                        record.http_headers.get_header("ETag"),
                        record.http_headers.get_header("Last-Modified"),
                        offset,
                        headers.get_header("WARC-Date"),
                    )
                elif record_type == "metadata":
                    target = responses.get(headers.get_header("WARC-Concurrent-To") or "")
                    if target:
                        url, etag, last_modified, response_offset, date = target
                        found.append(
                            RecoveredCapture(
                                url,
                                json.loads(body),
                                etag,
                                last_modified,
                                WarcLocation(path.name, response_offset),
                                date,
                            )
                        )
                    end = offset + length
                elif record_type == "warcinfo" and not found:
                    end = offset + length
    except Exception as exc:  # any damage ends the readable part
        logger.debug("%s: unreadable after byte %d (%s)", path, end, exc)
    return end, found


def _reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""
