"""What a crawl tells its user: counts per site, every failed URL with its reason."""

from __future__ import annotations

from pathlib import Path

from pydantic import BaseModel, Field
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet import error as twisted_error


class SiteCounts(BaseModel):
    """Per-site numbers, as shown while crawling and in the report."""

    fetched: int = 0  # final responses received (304 included)
    written: int = 0  # archived to WARC
    unchanged: int = 0  # 304 or identical payload: not written again
    errors: int = 0  # URLs that failed (see failures)
    queued: int = 0  # scheduled, not yet finished
    depth_limited: int = 0  # in-scope links not followed: deeper than the profile's max_depth


class Failure(BaseModel):
    url: str
    site: str | None = None
    reason: str  # "http 404", "timeout", "robots.txt", "offsite", "too large", ...
    detail: str = ""
    parent_url: str | None = None


class CrawlSummary(BaseModel):
    """The outcome of one crawl run."""

    job: str
    resumed: bool = False
    started: str
    finished: str | None = None
    finish_reason: str | None = None
    sites: dict[str, SiteCounts] = Field(default_factory=dict)
    warc_files: list[Path] = Field(default_factory=list)
    recovered_warc_files: list[Path] = Field(default_factory=list)
    failures: list[Failure] = Field(default_factory=list)
    report_path: Path | None = None

    def total(self, field: str) -> int:
        return sum(getattr(counts, field) for counts in self.sites.values())

    def describe(self) -> str:
        """A few lines for a terminal."""
        lines = [
            f"Crawl {self.job}{' (resumed)' if self.resumed else ''}: {self.finish_reason}",
        ]
        for site, c in sorted(self.sites.items()):
            lines.append(
                f"  {site}: {c.fetched} fetched, {c.written} written, "
                f"{c.unchanged} unchanged, {c.errors} errors"
                + (f", {c.depth_limited} links beyond max_depth" if c.depth_limited else "")
            )
        lines.append(f"  WARC files written: {len(self.warc_files)}")
        if self.report_path:
            lines.append(f"  report: {self.report_path}")
        return "\n".join(lines)


_TIMEOUTS = (
    DownloadTimeoutError,
    twisted_error.TimeoutError,
    twisted_error.TCPTimedOutError,
    TimeoutError,
)
_DNS = (CannotResolveHostError, twisted_error.DNSLookupError)
_REFUSED = (
    DownloadConnectionRefusedError,
    twisted_error.ConnectionRefusedError,
    ConnectionRefusedError,
)


class PrivateAddressBlocked(IgnoreRequest):
    """The URL's host is (or resolved to) a loopback, private or otherwise non-public address."""


def failure_reason(exc: BaseException) -> tuple[str, str]:
    """A short reason a user can filter on, and the detail behind it."""
    message = str(exc).strip()
    if isinstance(exc, HttpError):
        status = exc.response.status
        return f"http {status}", f"HTTP {status}" + (f" ({message})" if message else "")
    if isinstance(exc, PrivateAddressBlocked):
        return "private address", message
    if isinstance(exc, IgnoreRequest):
        if "robots.txt" in message:
            return "robots.txt", message
        if "max redirections" in message:
            return "too many redirects", message
        if "DOWNLOAD_MAXSIZE" in message:
            return "too large", message
        if "offsite" in message.lower():
            return "offsite", message
        return "ignored", message
    if isinstance(exc, DownloadCancelledError):
        # The only cancellation a running crawl makes is the DOWNLOAD_MAXSIZE cut-off.
        return "too large", message or "larger than DOWNLOAD_MAXSIZE"
    if isinstance(exc, _TIMEOUTS):
        return "timeout", message
    if isinstance(exc, _DNS):
        return "dns", message
    if isinstance(exc, _REFUSED):
        return "connection refused", message
    if isinstance(exc, ResponseDataLossError | DownloadFailedError):
        return "connection failed", message
    return type(exc).__name__, message
