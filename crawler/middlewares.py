"""Middlewares: safety, politeness, conditional requests, raw capture, and list depth.

Downloader order (DOWNLOADER_MIDDLEWARES in settings.py): offsite 50, private addresses
60, robots 100 (Scrapy's), retry with backoff 550, conditional requests 560, raw capture
595 (just outside HttpCompressionMiddleware, to see the body before it is decoded), proxy
740. One spider middleware, ListDepthMiddleware, replaces Scrapy's DepthMiddleware.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from typing import TYPE_CHECKING

from scrapy.downloadermiddlewares.offsite import OffsiteMiddleware
from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Request, Response
from scrapy.spidermiddlewares.depth import DepthMiddleware
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from crawler import signals
from crawler.items import header_pairs
from crawler.report import PrivateAddressBlocked
from crawler.state import crawl_state

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

__all__ = [
    "ArchiveCaptureMiddleware",
    "BackoffRetryMiddleware",
    "ConditionalRequestMiddleware",
    "ListDepthMiddleware",
    "PrivateAddressBlocked",
    "PrivateAddressMiddleware",
    "ProxyMiddleware",
    "ReportingOffsiteMiddleware",
    "is_public_address",
    "retry_after_seconds",
]


class ReportingOffsiteMiddleware(OffsiteMiddleware):
    """Scrapy's offsite filter, plus an entry in the crawl report for each URL it drops
    (Scrapy drops them at scheduling time, where no errback ever sees them)."""

    def process_request(self, request: Request) -> None:
        try:
            super().process_request(request)
        except IgnoreRequest:
            host = urlparse_cached(request).hostname
            # A redirect off the site leaves its chain in the frontier: settle it too.
            chain = request.meta.get("redirect_urls", [])
            if chain:
                crawl_state(self.crawler).settle(chain, failed="offsite")
            self.crawler.signals.send_catch_log(
                signals.page_failed,
                request=request,
                reason="offsite",
                detail=f"{host} is not among the profile's domains",
            )
            raise


def is_public_address(address: str) -> bool:
    """Whether an IP address is globally routable (not loopback, private, link-local...)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


class PrivateAddressMiddleware:
    """Refuse hosts that are or resolve to non-public addresses, unless
    BULLETIN_ALLOW_PRIVATE. "localhost" and "*.localhost" count as loopback without DNS.

    The check runs before the request (every resolved address must be public) and again
    on the response's peer address when no proxy is used, which also catches a DNS answer
    that changed in between.
    """

    def __init__(self, crawler: Crawler):
        if crawler.settings.getbool("BULLETIN_ALLOW_PRIVATE"):
            raise NotConfigured
        self.crawler = crawler
        self._verdicts: dict[str, str | None] = {}  # host -> why it is refused, or None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> PrivateAddressMiddleware:
        return cls(crawler)

    async def process_request(self, request: Request) -> None:
        host = (urlparse_cached(request).hostname or "").lower()
        if host not in self._verdicts:
            self._verdicts[host] = await self._judge(host)
        if self._verdicts[host]:
            raise PrivateAddressBlocked(self._verdicts[host])

    def process_response(self, request: Request, response: Response) -> Response:
        peer = response.ip_address
        if peer is not None and not request.meta.get("proxy") and not is_public_address(str(peer)):
            raise PrivateAddressBlocked(f"{response.url} was served from non-public address {peer}")
        return response

    async def _judge(self, host: str) -> str | None:
        if host == "localhost" or host.endswith(".localhost"):
            return f"{host} is a loopback name"
        try:
            literal = ipaddress.ip_address(host.strip("[]"))
        except ValueError:
            literal = None
        if literal is not None:
            return None if is_public_address(str(literal)) else f"{host} is not a public address"
        try:
            infos = await asyncio.get_running_loop().getaddrinfo(
                host, None, type=socket.SOCK_STREAM
            )
        except OSError:
            return None  # unresolvable here: the download (or the proxy) reports it
        private = sorted({i[4][0] for i in infos if not is_public_address(i[4][0])})
        return f"{host} resolves to non-public address {', '.join(private)}" if private else None


class ProxyMiddleware:
    """Send every request through BULLETIN_PROXY (e.g. the demo server acting as a
    forward proxy). The archived URLs stay the real ones."""

    def __init__(self, proxy: str):
        self.proxy = proxy

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ProxyMiddleware:
        proxy = crawler.settings.get("BULLETIN_PROXY")
        if not proxy:
            raise NotConfigured
        return cls(proxy)

    def process_request(self, request: Request) -> None:
        request.meta.setdefault("proxy", self.proxy)


def retry_after_seconds(value: str | bytes | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if value is None:
        return None
    text = value.decode("latin-1") if isinstance(value, bytes) else value
    text = text.strip()
    if text.isdigit():
        return float(text)
    try:
        when = parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, but waiting before each retry: the server's Retry-After when it
    sends one (429/503), else BULLETIN_RETRY_BACKOFF_BASE * 2**(attempt-1) seconds, capped
    by BULLETIN_RETRY_BACKOFF_MAX. A Retry-After longer than BULLETIN_RETRY_AFTER_MAX is
    not waited for: the URL is reported failed instead of holding the crawl."""

    def __init__(self, settings):
        super().__init__(settings)
        self.backoff_base = settings.getfloat("BULLETIN_RETRY_BACKOFF_BASE", 2.0)
        self.backoff_max = settings.getfloat("BULLETIN_RETRY_BACKOFF_MAX", 60.0)
        self.retry_after_max = settings.getfloat("BULLETIN_RETRY_AFTER_MAX", 300.0)

    async def process_response(self, request: Request, response: Response) -> Request | Response:
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after_seconds(response.headers.get("Retry-After"))
        if wait is not None and wait > self.retry_after_max:
            return response
        retry = self._retry(request, response_status_message(response.status))
        if retry is None:
            return response
        await self._sleep(wait if wait is not None else self._backoff(retry))
        return retry

    async def process_exception(self, request: Request, exception: Exception) -> Request | None:
        if request.meta.get("dont_retry", False) or not isinstance(
            exception, self.exceptions_to_retry
        ):
            return None
        retry = self._retry(request, exception)
        if retry is not None:
            await self._sleep(self._backoff(retry))
        return retry

    def _backoff(self, retry: Request) -> float:
        return min(self.backoff_max, self.backoff_base * 2 ** (retry.meta["retry_times"] - 1))

    @staticmethod
    async def _sleep(seconds: float) -> None:
        if seconds > 0:
            await asyncio.sleep(seconds)


class ConditionalRequestMiddleware:
    """Ask only for what changed since an earlier crawl: If-None-Match/If-Modified-Since
    from the crawl state, for articles and attachments archived by a previous job.

    Listings are always fetched in full (their links must be read again), and so is a page
    of the current job being resumed (its links may not have been followed yet).
    """

    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ConditionalRequestMiddleware:
        return cls(crawler)

    def process_request(self, request: Request) -> None:
        if request.meta.get("kind") not in ("article", "attachment") or request.method != "GET":
            return
        state = crawl_state(self.crawler)
        known = state.page(request.url)
        if known is None or known.job == state.job:
            return
        if known.etag:
            request.headers.setdefault("If-None-Match", known.etag)
        if known.last_modified:
            request.headers.setdefault("If-Modified-Since", known.last_modified)
        if known.etag or known.last_modified:
            allowed = request.meta.setdefault("handle_httpstatus_list", [])
            if 304 not in allowed:
                allowed.append(304)


class ArchiveCaptureMiddleware:
    """Keep what the archive needs before other middlewares change it: the fetch time and,
    for content-encoded 2xx responses, the body and headers as received (before
    HttpCompressionMiddleware decodes them)."""

    def process_response(self, request: Request, response: Response) -> Response:
        request.meta["bulletin_fetched_at"] = datetime.now(UTC).isoformat(timespec="seconds")
        if 200 <= response.status < 300 and b"Content-Encoding" in response.headers:
            request.meta["bulletin_raw"] = (response.body, header_pairs(response.headers))
        return response


class ListDepthMiddleware(DepthMiddleware):
    """Scrapy's depth tracking, except that the next page of a list (a pager, a rendering
    of the same page: `meta["same_level"]`) stays at its list's depth: a list of 300 pages
    is one level of the site, not 300, and max_depth must not cut it short."""

    def get_processed_request(self, request: Request, response: Response | None) -> Request | None:
        if response is not None and request.meta.get("same_level"):
            request.meta["depth"] = response.meta.get("depth", 0)
            return request
        return super().get_processed_request(request, response)
