"""Read archived HTTP responses out of WARC files, ours or other tools' (wget, Heritrix).

Our crawler writes a `metadata` record beside each response (WARC-Concurrent-To its
record id) carrying the site profile as JSON; it is joined onto the document here so
a WARC file is self-contained. Foreign WARCs have no such records: `profile` is None.
"""

from __future__ import annotations

import contextlib
import json
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel
from warcio.archiveiterator import ArchiveIterator

from indexer.errors import InputError

DOCUMENT_TYPES = ("response", "resource")


class WarcReadError(InputError):
    """A WARC file that cannot be read (to the end): not a WARC, or damaged."""


class FetchedDocument(BaseModel):
    """One HTTP response as archived: what the portal sent, and when."""

    url: str
    fetched_at: str | None = None
    status: int = 200
    headers: dict[str, str] = {}  # HTTP response headers, names lower-cased
    body: bytes = b""  # payload with chunked/gzip transfer encodings undone
    content_type: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    # Site profile recorded by our crawler: profile, province, agency, date_order, kind
    # ("article" | "listing" | "attachment" | "other"), parent_url. None for foreign WARCs.
    profile: dict | None = None


@dataclass
class WarcStats:
    """What reading one or more WARC files found, so skipped records are counted, not lost."""

    records: int = 0
    documents: int = 0
    revisits: int = 0  # "not modified" revisit records: no payload to index
    not_2xx: int = 0
    not_http: int = 0  # dns:, whois: and other non-HTTP responses (Heritrix)
    metadata_joined: int = 0


def iter_warc_documents(path: Path, stats: WarcStats | None = None) -> Iterator[FetchedDocument]:
    """Every 2xx `response`/`resource` record of a WARC file, with its crawler metadata."""
    stats = stats if stats is not None else WarcStats()
    profiles, damaged_at = _first_pass(path)
    for record, offset in _records(path, DOCUMENT_TYPES):
        if damaged_at is not None and offset >= damaged_at:
            break
        stats.records += 1
        kind = record.rec_type
        if kind == "revisit":
            stats.revisits += 1
            continue
        if kind not in DOCUMENT_TYPES:
            continue
        doc = _document(record, offset, path, stats)
        if doc is None:
            continue
        record_id = record.rec_headers.get_header("WARC-Record-ID")
        doc.profile = profiles.get(record_id) or profiles.get(doc.url)
        if doc.profile is not None:
            stats.metadata_joined += 1
        stats.documents += 1
        yield doc
    if damaged_at is not None:
        raise WarcReadError(f"{path}: truncated WARC file (cut in the record at {damaged_at})")


def _records(path: Path, payload_types: tuple[str, ...]):
    """(record, offset) pairs, payload read for `payload_types`. A foreign or damaged file
    raises WarcReadError in one line, after the records before the damage."""
    count = 0
    try:
        with path.open("rb") as stream:
            _check_magic(path, stream)
            iterator = ArchiveIterator(stream)
            for record in iterator:
                # The offset is known only once the record is consumed, so read it first.
                wanted = record.rec_type in payload_types
                record.payload = record.content_stream().read() if wanted else b""
                yield record, iterator.get_record_offset()
                count += 1
    except WarcReadError:
        raise
    except Exception as exc:  # warcio raises many types on damaged input; name the file
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        raise WarcReadError(
            f"{path}: damaged WARC file after {count} records ({type(exc).__name__}: {reason})"
        ) from exc


def _check_magic(path: Path, stream) -> None:
    """warcio reads any text as an ARC record; refuse a file that starts like neither."""
    head = stream.read(4096)
    stream.seek(0)
    if head.startswith(b"\x1f\x8b"):
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head)
        except zlib.error:
            head = b""
    if not head.lstrip().startswith((b"WARC/", b"filedesc://")):
        raise WarcReadError(f"{path}: not a WARC file (no WARC/ header at the start)")


def _first_pass(path: Path) -> tuple[dict[str, dict], int | None]:
    """Crawler metadata by the record id it is concurrent to (and by URL), and the offset
    where a truncated gzip WARC stops being whole (warcio reads a cut tail silently)."""
    found: dict[str, dict] = {}
    last = [0]
    with contextlib.suppress(WarcReadError):  # damage is reported by the document pass
        _collect_metadata(path, found, last)
    return found, _gzip_damage(path, last[0])


def _gzip_damage(path: Path, offset: int) -> int | None:
    """Offset of the first incomplete gzip member from `offset` on; None when all are whole."""
    with path.open("rb") as stream:
        if stream.read(2) != b"\x1f\x8b":
            return None
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


def _collect_metadata(path: Path, found: dict[str, dict], last: list[int]) -> None:
    for record, offset in _records(path, ("metadata",)):
        last[0] = offset
        if record.rec_type != "metadata":
            continue
        if "json" not in (record.rec_headers.get_header("Content-Type") or ""):
            continue
        try:
            payload = json.loads(record.payload.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            continue  # not ours: foreign tools write their own metadata formats
        if not isinstance(payload, dict):
            continue
        target = record.rec_headers.get_header("WARC-Concurrent-To")
        if target:
            found[target] = payload
        uri = record.rec_headers.get_header("WARC-Target-URI")
        if uri:
            found.setdefault(uri, payload)


def _document(record, offset: int, path: Path, stats: WarcStats) -> FetchedDocument | None:
    url = record.rec_headers.get_header("WARC-Target-URI") or ""
    status, headers = 200, {}
    if record.rec_type == "response":
        if record.http_headers is None:
            stats.not_http += 1
            return None
        try:
            status = int(record.http_headers.get_statuscode() or 0)
        except ValueError:
            status = 0
        for name, value in record.http_headers.headers:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        content_type = headers.get("content-type")
    else:
        content_type = record.rec_headers.get_header("Content-Type")
    if not 200 <= status < 300:
        stats.not_2xx += 1
        return None
    return FetchedDocument(
        url=url.strip("<>"),
        fetched_at=record.rec_headers.get_header("WARC-Date"),
        status=status,
        headers=headers,
        body=record.payload,
        content_type=content_type,
        warc_file=path.name,
        warc_offset=offset,
    )
