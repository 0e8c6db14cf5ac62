"""A duplicate filter backed by the job's frontier in the crawl state (DUPEFILTER_CLASS).

A URL is new when its canonical form is not yet in the frontier; recording it there is
what lets a killed crawl resume with nothing lost (see crawler/state.py). Redirects that
come back to a URL of their own chain are reported as redirect loops.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from scrapy.dupefilters import BaseDupeFilter

from crawler import signals
from crawler.state import crawl_state
from crawler.urls import canonical_url

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
        new = state.enqueue(
            request.url,
            site=meta.get("site"),
            kind=meta.get("kind"),
            parent_url=meta.get("parent_url"),
            depth=meta.get("depth", 0),
        )
        if not new and chain:
            state.settle(chain)  # redirected to a page this job already has
        return not new

    def log(self, request: Request, spider=None) -> None:
        logger.debug("Already in the frontier: %s", request.url)
