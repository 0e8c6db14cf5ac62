"""Read archived pages out of WARC files, ours or other tools' (wget, Heritrix, Browsertrix,
pywb).

A page is an HTTP(S) `response` or `resource` record, or a `revisit` resolved to the
original record's payload in the same file. Everything else (warcinfo, request, metadata,
dns: responses, tools' own logs and urn: resources) is counted and skipped. Our crawler's
metadata record is joined onto its response as `crawl`; foreign WARCs have none.
A revisit without its original, or crawl metadata that cannot be read, is reported in one
WarcReadError after every readable page was yielded: never dropped in silence.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import AliasChoices, BaseModel, Field

from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.records import (
    RecordHead,
    WarcReadError,
    iter_records,
    read_record_at,
    scan_groups,
)
from indexer.archive.revisits import Originals

__all__ = ["FetchedDocument", "WarcReadError", "WarcStats", "iter_warc_documents"]

DOCUMENT_TYPES = ("response", "resource")
PAGE_TYPES = (*DOCUMENT_TYPES, "revisit")


class FetchedDocument(BaseModel):
    """One HTTP response as archived: what the portal sent, and when."""

    url: str
    fetched_at: str | None = None
    status: int = 200
    headers: dict[str, str] = {}  # HTTP response headers, names lower-cased
    body: bytes = b""  # payload with chunked/gzip transfer encodings undone
    content_type: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None  # of the record holding the payload
    # What our crawler recorded beside the response; None for foreign WARCs.
    # ("profile" is the field's former name, still accepted when constructing.)
    crawl: CrawlMetadata | None = Field(
        default=None, validation_alias=AliasChoices("crawl", "profile")
    )


@dataclass
class WarcStats:
    """What reading one or more WARC files found, so skipped records are counted, not lost."""

    records: int = 0
    documents: int = 0
    revisits: int = 0  # resolved to their original's payload
    unresolved_revisits: int = 0  # reported in the WarcReadError
    not_2xx: int = 0
    not_web: int = 0  # dns:, urn:, metadata:// and other records that are no HTTP capture
    metadata_joined: int = 0


def iter_warc_documents(
    path: Path, stats: WarcStats | None = None, *, bodies: bool = True
) -> Iterator[FetchedDocument]:
    """Every 2xx page of a WARC file, with its crawl metadata; problems raise at the end.

    `bodies=False` leaves each response's body empty (a revisit's still comes from its
    original): the same documents in the same order, for a pass that needs only URLs."""
    stats = stats if stats is not None else WarcStats()
    scan = scan_groups(path)
    originals = Originals(scan.heads)
    problems: list[str] = []
    unresolved: list[str] = []
    try:
        for head, payload in iter_records(path, DOCUMENT_TYPES if bodies else ()):
            stats.records += 1
            if head.type not in PAGE_TYPES:
                continue
            if not head.is_web_capture:
                stats.not_web += 1
                continue
            if head.type == "revisit":
                doc = _revisit(path, head, originals)
                if doc is None:
                    unresolved.append(head.url)
                    continue
                stats.revisits += 1
            else:
                doc = _document(head, payload, path)
            if not 200 <= doc.status < 300:
                stats.not_2xx += 1
                continue
            try:
                doc.crawl = scan.crawl_for(head.record_id, doc.url)
            except ValueError as exc:
                problems.append(f"{doc.url}: {exc}")
                continue
            stats.metadata_joined += doc.crawl is not None
            stats.documents += 1
            yield doc
    except WarcReadError as exc:
        problems.insert(0, exc.reason)
    if unresolved:
        stats.unresolved_revisits += len(unresolved)
        more = ", …" if len(unresolved) > 3 else ""
        problems.append(
            f"{len(unresolved)} revisit record(s) without their original in this file "
            f"({', '.join(unresolved[:3])}{more})"
        )
    if problems:
        raise WarcReadError(path, "; ".join(problems))


def _revisit(path: Path, head: RecordHead, originals: Originals) -> FetchedDocument | None:
    """The revisit as a page: its own URL and date, the original's payload (and status,
    for a not-modified answer); None when this file does not hold the original."""
    original = originals.find(head)
    if original is None:
        return None
    source, payload = read_record_at(path, original.offset)
    doc = _document(source, payload, path)
    own = head.status
    if own is not None and own != 304:
        doc.status = own
    doc.url = head.url
    doc.fetched_at = head.date or doc.fetched_at
    return doc


def _document(head: RecordHead, payload: bytes, path: Path) -> FetchedDocument:
    status, headers = 200, {}
    content_type = head.content_type
    if head.http is not None and head.type != "resource":
        status = head.status or 0
        for name, value in head.http.headers:
            key = name.lower()
            headers[key] = f"{headers[key]}, {value}" if key in headers else value
        content_type = headers.get("content-type")
    return FetchedDocument(
        url=head.url,
        fetched_at=head.date,
        status=status,
        headers=headers,
        body=payload,
        content_type=content_type,
        warc_file=path.name,
        warc_offset=head.offset,
    )
