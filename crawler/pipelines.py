"""Item pipeline: archive each fetched page to WARC unless it is unchanged.

For each ArchivedPage: compare its payload hash with the crawl state; when it is new or
changed, write request + response + metadata records (indexer/archive/writer.py), flush, and only
then commit the state, so that a page is neither lost nor written twice.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy.exceptions import DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler import signals
from crawler.items import ArchivedPage
from crawler.state import crawl_state
from crawler.urls import page_key
from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.writer import WarcWriter, recover_open_files

if TYPE_CHECKING:
    from scrapy.crawler import Crawler

logger = logging.getLogger(__name__)


class WarcPipeline:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.directory = Path(settings.get("BULLETIN_WARC_DIR"))
        self.writer = WarcWriter(
            self.directory,
            max_bytes=settings.getint("BULLETIN_WARC_MAX_BYTES"),
            prefix=settings.get("BULLETIN_WARC_PREFIX", "bulletin"),
            fsync=settings.getbool("BULLETIN_WARC_FSYNC"),
            warcinfo={
                "software": f"bulletin-archiver/0.1 (Scrapy {_scrapy_version()})",
                "http-header-user-agent": settings.get("USER_AGENT"),
                "robots": "obey" if settings.getbool("ROBOTSTXT_OBEY") else "ignore",
                "operator": settings.get("BULLETIN_CONTACT") or "",
            },
            on_close=self._closed,
        )
        self._stopping = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> WarcPipeline:
        return cls(crawler)

    def open_spider(self) -> None:
        """Close files a killed crawl left open, and teach the state what they hold."""
        self.state = crawl_state(self.crawler)
        closed, captures = recover_open_files(self.directory)
        for capture in captures:
            if self.state.holds(capture.location.file, capture.location.offset):
                # Committed already: the state knows it, under its own key (a postback
                # page's key is not its URL), and must not learn it again by URL.
                continue
            key = page_key(capture.url, capture.request_method, capture.request_body)
            self.state.remember(
                key,
                payload_sha256=capture.crawl.payload_sha256,
                etag=capture.etag,
                last_modified=capture.last_modified,
                warc_file=capture.location.file,
                warc_offset=capture.location.offset,
                fetched_at=capture.fetched_at,
                site=capture.crawl.profile,
                kind=capture.crawl.kind,
            )
            # The URLs that redirected here were answered by this capture: not fetched again.
            self.state.settle([*capture.crawl.redirected_from, key])
        self.state.commit()
        self.crawler.stats.set_value("bulletin/recovered_warc_files", [str(p) for p in closed])

    def close_spider(self) -> None:
        self.writer.close()

    def process_item(self, item: ArchivedPage) -> ArchivedPage:
        if not isinstance(item, ArchivedPage):
            return item
        # A POST (postback paging) is its URL plus its form: see crawler.urls.page_key.
        key = page_key(item.url, item.request_method, item.request_body)
        done = [*item.redirected_from, key]
        known = None if item.not_modified else self.state.page(key)
        unchanged = item.not_modified or (
            known is not None and known.payload_sha256 == item.payload_sha256
        )
        if unchanged:
            self.state.confirm(
                key, etag=item.header("ETag"), last_modified=item.header("Last-Modified")
            )
        else:
            try:
                location = self.writer.write(item, self._metadata(item))
            except OSError as exc:
                self._stop(f"cannot write WARC records in {self.directory}: {exc}")
                raise DropItem(f"not archived: {exc}") from exc
            self.state.remember(
                key,
                payload_sha256=item.payload_sha256,
                etag=item.header("ETag"),
                last_modified=item.header("Last-Modified"),
                warc_file=location.file,
                warc_offset=location.offset,
                fetched_at=item.fetched_at,
                site=item.site,
                kind=item.kind,
            )
        self.state.settle(done)
        self.state.commit()  # after the WARC flush: see the module docstring
        self.crawler.signals.send_catch_log(signals.page_archived, page=item, written=not unchanged)
        return item

    def _metadata(self, item: ArchivedPage) -> CrawlMetadata:
        return self.crawler.spider.profiles[item.site].record(item)

    def _stop(self, why: str) -> None:
        """Stop the crawl: every further page would fail the same way (disk full...).
        Unwritten pages stay queued in the frontier, so a resumed crawl fetches them."""
        logger.error("%s; stopping the crawl", why)
        if not self._stopping:
            self._stopping = True
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="warc write failed"))

    def _closed(self, path: Path) -> None:
        self.crawler.signals.send_catch_log(signals.warc_closed, path=path)


def _scrapy_version() -> str:
    import scrapy

    return scrapy.__version__
