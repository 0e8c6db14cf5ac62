"""The crawl report extension: counts per site, failures, coverage of each site's lists,
progress callbacks, report file.

Writes `BULLETIN_REPORTS_DIR/crawl-<timestamp>.json` when the spider closes; calls the
BULLETIN_PROGRESS callable (if set) with {site: SiteCounts} as the crawl advances.
Coverage comes from the list records the spider keeps in the crawl state, so the report
of a resumed job covers what its interrupted run read too.
"""

from __future__ import annotations

import json
import logging
import os
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from scrapy import signals as scrapy_signals

from crawler import signals
from crawler.report import CrawlSummary, Failure, SiteCounts, build_coverage
from crawler.state import crawl_state

if TYPE_CHECKING:
    from scrapy.crawler import Crawler
    from scrapy.http import Request, Response

    from crawler.items import ArchivedPage

logger = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.5


class CrawlReport:
    def __init__(self, crawler: Crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.reports_dir = Path(settings.get("BULLETIN_REPORTS_DIR"))
        self.progress: Callable[[dict[str, SiteCounts]], None] | None = settings.get(
            "BULLETIN_PROGRESS"
        )
        self.sites: dict[str, SiteCounts] = {}
        self.failures: list[Failure] = []
        self.warc_files: list[Path] = []
        self.summary: CrawlSummary | None = None
        self.started = _now()
        self._last_progress = 0.0
        connect = crawler.signals.connect
        connect(self.spider_opened, signal=scrapy_signals.spider_opened)
        connect(self.spider_closed, signal=scrapy_signals.spider_closed)
        connect(self.response_received, signal=scrapy_signals.response_received)
        connect(self.page_failed, signal=signals.page_failed)
        connect(self.page_archived, signal=signals.page_archived)
        connect(self.warc_closed, signal=signals.warc_closed)
        connect(self.spider_error, signal=scrapy_signals.spider_error)
        connect(self.item_dropped, signal=scrapy_signals.item_dropped)

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> CrawlReport:
        return cls(crawler)

    def spider_opened(self, spider) -> None:
        for name in getattr(spider, "profiles", {}):
            self.sites.setdefault(name, SiteCounts())

    def response_received(self, response: Response, request: Request) -> None:
        site = request.meta.get("site")
        if site and not request.meta.get("aux"):
            self._site(site).fetched += 1
            self._tick()

    def page_failed(self, request: Request, reason: str, detail: str = "") -> None:
        site = request.meta.get("site")
        if site:
            self._site(site).errors += 1
        self.failures.append(
            Failure(
                url=request.url,
                site=site,
                reason=reason,
                detail=detail,
                parent_url=request.meta.get("parent_url"),
            )
        )
        logger.info("Failed %s: %s (%s)", request.url, reason, detail)
        self._tick()

    def spider_error(self, failure, response: Response) -> None:
        """A page the spider could not parse: reported, and left queued for a resume."""
        self.page_failed(
            response.request, "parse error", f"{type(failure.value).__name__}: {failure.value}"
        )

    def item_dropped(self, item, response: Response, exception: Exception) -> None:
        self.page_failed(response.request, "not archived", str(exception))

    def page_archived(self, page: ArchivedPage, written: bool) -> None:
        counts = self._site(page.site)
        if written:
            counts.written += 1
        else:
            counts.unchanged += 1
        self._tick()

    def warc_closed(self, path: Path) -> None:
        self.warc_files.append(path)

    def spider_closed(self, reason: str) -> None:
        state = crawl_state(self.crawler)
        self._update_queued(state.queued_per_site())
        recovered = self.crawler.stats.get_value("bulletin/recovered_warc_files") or []
        self.summary = CrawlSummary(
            job=state.job or "",
            resumed=state.resumed,
            started=self.started,
            finished=_now(),
            finish_reason=reason,
            sites=self.sites,
            warc_files=self.warc_files,
            recovered_warc_files=[Path(p) for p in recovered],
            failures=self.failures,
            coverage=build_coverage(state.lists(), state.new_pages()),
        )
        self.summary.report_path = self._write(self.summary)
        if self.progress:
            self.progress(self._snapshot())

    # helpers ------------------------------------------------------------------------
    def _site(self, name: str) -> SiteCounts:
        return self.sites.setdefault(name, SiteCounts())

    def _tick(self) -> None:
        if not self.progress or time.monotonic() - self._last_progress < PROGRESS_INTERVAL_S:
            return
        self._last_progress = time.monotonic()
        self._update_queued(crawl_state(self.crawler).queued_per_site())
        self.progress(self._snapshot())

    def _update_queued(self, queued: dict[str, int]) -> None:
        stats = self.crawler.stats
        for name, counts in self.sites.items():
            counts.queued = queued.get(name, 0)
            counts.depth_limited = stats.get_value(f"bulletin/depth_limited/{name}", 0)

    def _snapshot(self) -> dict[str, SiteCounts]:
        return {name: counts.model_copy() for name, counts in self.sites.items()}

    def _write(self, summary: CrawlSummary) -> Path:
        self.reports_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        path = self.reports_dir / f"crawl-{stamp}.json"
        serial = 1
        while path.exists():
            serial += 1
            path = self.reports_dir / f"crawl-{stamp}-{serial}.json"
        summary.report_path = path
        temporary = path.with_suffix(".json.tmp")
        temporary.write_text(
            json.dumps(summary.model_dump(mode="json"), ensure_ascii=False, indent=2),
            encoding="utf-8",
        )
        os.replace(temporary, path)
        logger.info("Crawl report: %s", path)
        return path


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
