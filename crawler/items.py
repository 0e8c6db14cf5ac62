"""What the spider hands to the pipeline: one HTTP exchange, as it happened on the wire."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArchivedPage:
    """A fetched page or attachment, ready to be written as WARC records.

    `body` is the payload as received (still gzip/br encoded when the server sent
    Content-Encoding), so the archive keeps the exact bytes; `payload_sha256` is the hash
    of the decoded body, which is what "unchanged" compares.
    """

    url: str
    site: str
    kind: str  # article | listing | attachment | other
    status: int
    fetched_at: str  # ISO 8601 UTC, second precision
    request_method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    protocol: str = "HTTP/1.1"
    response_headers: list[tuple[str, str]] = field(default_factory=list)
    body: bytes = b""
    payload_sha256: str = ""
    parent_url: str | None = None
    redirected_from: list[str] = field(default_factory=list)
    ip_address: str | None = None
    not_modified: bool = False  # a 304 answer to a conditional request: nothing to write

    def header(self, name: str) -> str | None:
        """First response header called `name` (case-insensitive)."""
        lowered = name.lower()
        return next((v for k, v in self.response_headers if k.lower() == lowered), None)


def header_pairs(headers) -> list[tuple[str, str]]:
    """Scrapy `Headers` as (name, value) text pairs, one per value, bytes kept (latin-1)."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]
