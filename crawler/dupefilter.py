"""A duplicate filter backed by the job's frontier in the crawl state (DUPEFILTER_CLASS).

A request is new when its page key (canonical URL, plus form fields for a POST: see
`crawler.urls.page_key`) is not yet in the frontier; recording it there, with a POST's
body and headers and the meta the spider asks to keep (`meta["resume"]`), is what lets a
killed crawl resume with nothing lost (see crawler/state.py). Redirects that come back to
a URL of their own chain are reported as redirect loops.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.dupefilters import BaseDupeFilter

from crawler import signals
from crawler.state import crawl_state
from crawler.urls import canonical_url, page_key

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request

logger = logging.getLogger(__name__)


class FrontierDupeFilter(BaseDupeFilter):
    def __init__(self, crawler: Crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> FrontierDupeFilter:
        return cls(crawler)

    def request_seen(self, request: Request) -> bool:
        state = crawl_state(self.crawler)
        chain = request.meta.get("redirect_urls") or []
        if canonical_url(request.url) in {canonical_url(u) for u in chain}:
            self.crawler.signals.send_catch_log(
                signals.page_failed,
                request=request,
                reason="redirect loop",
                detail=" -> ".join([*chain, request.url]),
            )
            state.settle(chain, failed="redirect loop")
            return True
        meta = request.meta
        key = request_key(request)
        has_body = key != canonical_url(request.url)
        new = state.enqueue(
            request.url,
            site=meta.get("site"),
            kind=meta.get("kind"),
            parent_url=meta.get("parent_url"),
            depth=meta.get("depth", 0),
            key=key,
            method=request.method,
            body=request.body if has_body else b"",
            headers=_body_headers(request) if has_body else None,
            extra=meta.get("resume"),
        )
        if not new and chain:
            state.settle(chain)  # redirected to a page this job already has
        return not new

    def log(self, request: Request, spider=None) -> None:
        logger.debug("Already in the frontier: %s %s", request.method, request.url)


def request_key(request: Request) -> str:
    """The page key of what `request` fetches (see `crawler.urls.page_key`)."""
    return page_key(request.url, request.method, request.body)


def _body_headers(request: Request) -> list[tuple[str, str]]:
    """The headers that say how to read a request body (sent again on resume)."""
    value = request.headers.get("Content-Type")
    return [("Content-Type", value.decode("latin-1"))] if value else []
