"""WARC records and record groups: the one place that builds and reads them.

Our crawler writes each capture as a group of three records: request, response and
metadata, the request and metadata records WARC-Concurrent-To the response. The writer
builds groups with `capture_records`; its crash recovery and the reader's first pass read
them back with `scan_groups`, so both agree on what a complete group is. Every file is
read through `iter_records`, which turns warcio's many failure types, a failed digest and
a silently cut gzip tail into one WarcReadError.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http import HTTPStatus
from io import BytesIO
from pathlib import Path
from typing import NamedTuple
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.archive.capture import ArchivedPage
from indexer.archive.crawl_metadata import CONTENT_TYPE, CrawlMetadata
from indexer.errors import InputError

# Hop-by-hop or already undone by the HTTP client: keeping them would make WARC readers
# try to de-chunk a body that is no longer chunked.
_DROPPED_RESPONSE_HEADERS = {"transfer-encoding"}
_DROPPED_REQUEST_HEADERS = {"proxy-authorization", "proxy-connection", "host", "content-length"}


class WarcReadError(InputError):
    """A WARC file that cannot be read (to the end): not a WARC, or damaged."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


# --- writing -------------------------------------------------------------------------------


class CaptureRecords(NamedTuple):
    """One capture's records, in the order they are written."""

    request: ArcWarcRecord
    response: ArcWarcRecord
    metadata: ArcWarcRecord


def capture_records(writer: WARCWriter, page: ArchivedPage, crawl: CrawlMetadata) -> CaptureRecords:
    """The request, response and metadata records of `page`, tied by the response's id."""
    warc_date = page.fetched_at.replace("+00:00", "Z")
    response = _response_record(writer, page, warc_date)
    response_id = response.rec_headers.get_header("WARC-Record-ID")
    tied = {"WARC-Date": warc_date, "WARC-Concurrent-To": response_id}
    payload = crawl.to_payload()
    metadata = writer.create_warc_record(
        page.url,
        "metadata",
        payload=BytesIO(payload),
        length=len(payload),
        warc_content_type=CONTENT_TYPE,
        warc_headers_dict=tied,
    )
    return CaptureRecords(_request_record(writer, page, tied), response, metadata)


def _response_record(writer: WARCWriter, page: ArchivedPage, warc_date: str) -> ArcWarcRecord:
    headers = [
        (k, v) for k, v in page.response_headers if k.lower() not in _DROPPED_RESPONSE_HEADERS
    ]
    status = f"{page.status} {_reason_phrase(page.status)}".strip()
    warc_headers = {"WARC-Date": warc_date}
    if page.ip_address:
        warc_headers["WARC-IP-Address"] = page.ip_address
    return writer.create_warc_record(
        page.url,
        "response",
        payload=BytesIO(page.body),
        length=len(page.body),
        http_headers=StatusAndHeaders(status, headers, protocol=page.protocol),
        warc_headers_dict=warc_headers,
    )


def _request_record(writer: WARCWriter, page: ArchivedPage, tied: dict) -> ArcWarcRecord:
    parts = urlsplit(page.url)
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    headers = [("Host", parts.netloc)] + [
        (k, v) for k, v in page.request_headers if k.lower() not in _DROPPED_REQUEST_HEADERS
    ]
    if page.request_body:  # the client adds it on the wire; the archive must say it too
        headers.append(("Content-Length", str(len(page.request_body))))
    http_headers = StatusAndHeaders(
        f"{page.request_method.upper()} {target} HTTP/1.1", headers, is_http_request=True
    )
    return writer.create_warc_record(
        page.url,
        "request",
        payload=BytesIO(page.request_body),
        length=len(page.request_body),
        http_headers=http_headers,
        warc_headers_dict=tied,
    )


def _reason_phrase(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return ""


# --- reading -------------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class RecordHead:
    """One record's WARC and HTTP headers and its place in the file (payload not kept)."""

    type: str
    record_id: str | None
    url: str
    date: str | None
    offset: int
    length: int
    content_type: str | None = None
    concurrent_to: tuple[str, ...] = ()
    payload_digest: str | None = None
    refers_to: str | None = None
    refers_to_url: str | None = None
    refers_to_date: str | None = None
    http: StatusAndHeaders | None = None  # None when the record holds no HTTP message

    @property
    def end(self) -> int:
        """Byte offset just after this record."""
        return self.offset + self.length

    @property
    def status(self) -> int | None:
        """HTTP status code of a response (or revisit) record; None without one."""
        if self.http is None:
            return None
        try:
            return int(self.http.get_statuscode() or 0)
        except ValueError:
            return 0

    @property
    def is_web_capture(self) -> bool:
        """An HTTP(S) capture: a response with its HTTP message, a resource or a revisit.
        Not a tool's log (metadata://), a dns: lookup or a Browsertrix urn: record."""
        if self.type not in ("response", "resource", "revisit"):
            return False
        if urlsplit(self.url).scheme.lower() not in ("http", "https"):
            return False
        return self.type != "response" or self.http is not None

    def http_header(self, name: str) -> str | None:
        """First HTTP header called `name`; None without one (or without HTTP headers)."""
        return self.http.get_header(name) if self.http is not None else None


def iter_records(
    path: Path, payload_types: tuple[str, ...] = (), *, check_digests: bool = False
) -> Iterator[tuple[RecordHead, bytes]]:
    """Every whole record of a WARC file with its payload (read for `payload_types` only,
    b"" for others), in file order. Damage raises WarcReadError after the records before it.
    """
    count = 0
    held: tuple[RecordHead, bytes] | None = None
    try:
        with path.open("rb") as stream:
            gzipped = _check_magic(path, stream)
            iterator = ArchiveIterator(stream, check_digests=check_digests)
            for record in iterator:
                # The offset is known only once the record is consumed, so read it first.
                wanted = record.rec_type in payload_types
                payload = record.content_stream().read() if wanted or check_digests else b""
                head = _head(record, iterator.get_record_offset(), iterator.get_record_length())
                if check_digests and record.digest_checker.passed is False:
                    raise WarcReadError(path, f"digest mismatch in the record at {head.offset}")
                # Held back one record: warcio reads a cut gzip tail without complaint.
                if held is not None:
                    yield held
                    count += 1
                held = (head, payload if wanted else b"")
    except WarcReadError:
        raise
    except Exception as exc:  # warcio raises many types on damaged input; name the file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise WarcReadError(
            path, f"damaged WARC file after {count} records ({type(exc).__name__}: {reason})"
        ) from exc
    if held is not None:
        last = held[0].offset
        if gzipped and _gzip_damage(path, last) is not None:
            raise WarcReadError(path, f"truncated WARC file (cut in the record at {last})")
        yield held


def read_record_at(
    path: Path, offset: int, limit: int | None = None
) -> tuple[RecordHead, bytes]:
    """The record starting at `offset`, with its payload (transfer encodings undone; at
    most `limit` bytes of it when a limit is given)."""
    with path.open("rb") as stream:
        # warcio reads any bytes as an ARC record: an offset that misses a record's start
        # must fail, not yield a record made of header lines or compressed noise.
        if not _start_at(stream, offset)[0].startswith(b"WARC/"):
            raise WarcReadError(path, f"no WARC record starts at offset {offset}")
        iterator = ArchiveIterator(stream)
        record = next(iter(iterator))
        stream_in = record.content_stream()
        payload = stream_in.read() if limit is None else stream_in.read(limit)
        return _head(record, offset, iterator.get_record_length()), payload


def _head(record, offset: int, length: int) -> RecordHead:
    headers = record.rec_headers
    return RecordHead(
        type=record.rec_type,
        record_id=headers.get_header("WARC-Record-ID"),
        url=(headers.get_header("WARC-Target-URI") or "").strip("<>"),
        date=headers.get_header("WARC-Date"),
        offset=offset,
        length=length,
        content_type=headers.get_header("Content-Type"),
        concurrent_to=tuple(
            v for k, v in headers.headers if k.lower() == "warc-concurrent-to"
        ),
        payload_digest=headers.get_header("WARC-Payload-Digest"),
        refers_to=headers.get_header("WARC-Refers-To"),
        refers_to_url=(headers.get_header("WARC-Refers-To-Target-URI") or "").strip("<>") or None,
        refers_to_date=headers.get_header("WARC-Refers-To-Date"),
        http=record.http_headers,
    )


def _start_at(stream, offset: int) -> tuple[bytes, bool]:
    """The first bytes from `offset` (decompressed when a gzip member starts there; b""
    when the gzip data is no member's start) and whether they are gzip-compressed. The
    stream is left at `offset`."""
    stream.seek(offset)
    head = stream.read(4096)
    stream.seek(offset)
    gzipped = head.startswith(b"\x1f\x8b")
    if gzipped:
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head)
        except zlib.error:
            head = b""
    return head, gzipped


def _check_magic(path: Path, stream) -> bool:
    """warcio reads any text as an ARC record; refuse a file that starts like neither.
    Returns whether the file is gzip-compressed."""
    head, gzipped = _start_at(stream, 0)
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        raise WarcReadError(path, "not a WARC file (no WARC/ header at the start)")
    return gzipped


def _gzip_damage(path: Path, offset: int) -> int | None:
    """Offset of the first incomplete gzip member from `offset` on; None when all are whole."""
    with path.open("rb") as stream:
        stream.seek(offset)
        data = stream.read()
    while data.strip(b"\0"):
        member = zlib.decompressobj(zlib.MAX_WBITS | 16)
        try:
            member.decompress(data)
        except zlib.error:
            return offset
        if not member.eof:
            return offset
        offset += len(data) - len(member.unused_data)
        data = member.unused_data
    return None


# --- record groups -------------------------------------------------------------------------


@dataclass(frozen=True)
class RecordGroup:
    """A complete capture written by our crawler: its response and its crawl metadata."""

    response: RecordHead
    crawl: CrawlMetadata
    end: int  # byte offset just after the group's last record
    request: RecordHead | None = None
    request_body: bytes = b""  # read when digests are checked (recovery), else b""

    @property
    def request_method(self) -> str:
        """The request's method ("POST" for a postback); warcio keeps it as `protocol`."""
        http = self.request.http if self.request is not None else None
        return (http.protocol if http is not None else "") or "GET"


@dataclass
class ArchiveScan:
    """What one pass over a WARC file found, payloads other than metadata left unread."""

    heads: list[RecordHead] = field(default_factory=list)
    groups: list[RecordGroup] = field(default_factory=list)
    complete_end: int = 0  # just after the last complete group (or the leading warcinfo)
    damage: WarcReadError | None = None  # why the pass stopped before the end
    _by_id: dict[str, CrawlMetadata | str] = field(default_factory=dict)
    _by_url: dict[str, CrawlMetadata | str] = field(default_factory=dict)

    def crawl_for(self, record_id: str | None, url: str) -> CrawlMetadata | None:
        """Crawl metadata of a response, by the record id it is concurrent to, else by URL.
        A metadata record that is ours but invalid raises ValueError saying why."""
        found = self._by_id.get(record_id or "")
        if found is None:
            found = self._by_url.get(url)
        if isinstance(found, str):
            raise ValueError(found)
        return found


def scan_groups(path: Path, *, check_digests: bool = False) -> ArchiveScan:
    """Every record's head and every complete request/response/metadata group of a file.

    A metadata record may come after other records, not only right after its response;
    a group counts as complete once its metadata record follows its response.
    """
    scan = ArchiveScan()
    responses: dict[str, RecordHead] = {}
    requests: dict[str, tuple[RecordHead, bytes]] = {}
    # Checking digests reads every payload anyway, so request bodies then cost nothing.
    wanted = ("metadata", "request") if check_digests else ("metadata",)
    try:
        for head, payload in iter_records(path, wanted, check_digests=check_digests):
            scan.heads.append(head)
            if head.type == "warcinfo" and not scan.groups:
                scan.complete_end = head.end
            elif head.type == "response" and head.record_id:
                responses[head.record_id] = head
            elif head.type == "request":
                requests.update((target, (head, payload)) for target in head.concurrent_to)
            elif head.type == "metadata" and "json" in (head.content_type or ""):
                _add_metadata(scan, head, payload, responses, requests)
    except WarcReadError as exc:
        scan.damage = exc
    return scan


def _add_metadata(
    scan: ArchiveScan,
    head: RecordHead,
    payload: bytes,
    responses: dict[str, RecordHead],
    requests: dict[str, tuple[RecordHead, bytes]],
) -> None:
    try:
        crawl: CrawlMetadata | str | None = CrawlMetadata.from_payload(payload)
    except ValueError as exc:
        crawl = f"metadata record at {head.offset}: {exc}"
    if crawl is None:
        return  # not ours: other tools write their own metadata formats
    for target in head.concurrent_to:
        scan._by_id[target] = crawl
        if target in responses and isinstance(crawl, CrawlMetadata):
            request, body = requests.get(target, (None, b""))
            scan.groups.append(RecordGroup(responses[target], crawl, head.end, request, body))
            scan.complete_end = head.end
    if head.url:
        scan._by_url.setdefault(head.url, crawl)
