"""What the archive writes: one HTTP exchange, as it happened on the wire."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class ArchivedPage:
    """A fetched page or attachment, ready to be written as WARC records.

    `body` is the response payload as received (still gzip/br encoded when the server sent
    Content-Encoding), so the archive keeps the exact bytes; `payload_sha256` is the hash
    of the decoded body, which is what "unchanged" compares. `request_method` and
    `request_body` are what was sent (a POST's form body, for postback paging).
    """

    url: str
    site: str
    kind: str  # article | listing | attachment | other
    status: int
    fetched_at: str  # ISO 8601 UTC, second precision
    request_method: str = "GET"
    request_headers: list[tuple[str, str]] = field(default_factory=list)
    request_body: bytes = b""
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
