"""What a crawl tells its user: counts per site, every failed URL with its reason, and how
much of each site's lists it could read (coverage), with a warning for what it could not."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
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


class PagerSkipped(BaseModel):
    """A pager seen on a list page and not followed."""

    list_url: str
    pager: str  # as the page shows it: "2 (__doPostBack('ctl00$Main$gvNews','Page$2'))"
    reason: str
    warn: bool = True  # False for deliberate stops (nothing new on an incremental crawl)


class ListPage(BaseModel):
    """One list page read: how it was reached and what it listed."""

    url: str
    via: str  # start | link | postback | sharepoint | dnn | liferay | json | feed | rendered
    list_url: str | None = None  # the first page of its list
    page: int | None = None  # its place in that list, when known
    articles: int = 0  # article links on it
    new_articles: int = 0  # of which no earlier crawl had archived
    attachments: int = 0  # documents it links (a "Văn bản" register lists those)
    pagers_found: int = 0
    pagers_followed: int = 0


class SiteCoverage(BaseModel):
    """How much of a site's lists a crawl read, and what it could not follow."""

    technology: str | None = None  # webforms | sharepoint | dnn | liferay | wordpress | joomla
    technology_evidence: list[str] = Field(default_factory=list)
    pagination: list[str] = Field(default_factory=list)  # how its lists paged, most used first
    list_pages_seen: int = 0  # read, or pointed at by a link or pager
    list_pages_followed: int = 0  # read
    pagers_found: int = 0
    pagers_followed: int = 0
    pagers_not_followed: list[PagerSkipped] = Field(default_factory=list)
    feeds: list[str] = Field(default_factory=list)
    json_endpoints: list[str] = Field(default_factory=list)
    rendered: int = 0  # list pages rendered in Chromium
    articles_new: int = 0  # articles archived by this crawl that no earlier crawl had
    list_pages: list[ListPage] = Field(default_factory=list)


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
    coverage: dict[str, SiteCoverage] = Field(default_factory=dict)
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
            cover = self.coverage.get(site)
            if cover and cover.list_pages_followed:
                lines.append(
                    f"    lists: {cover.list_pages_followed} pages read"
                    + (f" (paged by {', '.join(cover.pagination)})" if cover.pagination else "")
                    + f", {cover.articles_new} new articles"
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


class RenderFailed(Exception):
    """A listing could not be rendered in the browser (no browser, a crash, the limit)."""


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
    if isinstance(exc, RenderFailed):
        return "render failed", message
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


# coverage ---------------------------------------------------------------------------------
def build_coverage(
    records: Iterable[tuple[str, dict]], new_pages: dict[tuple[str, str], int]
) -> dict[str, SiteCoverage]:
    """Per-site coverage from the list records the spider kept (crawler/state.py `lists`)
    and the pages this job archived first (`CrawlState.new_pages`)."""
    sites: dict[str, SiteCoverage] = {}
    methods: dict[str, Counter[str]] = {}
    seen: dict[str, set[str]] = {}
    for site, record in records:
        cover = sites.setdefault(site, SiteCoverage())
        if record.get("technology") and not cover.technology:
            cover.technology = record["technology"]["name"]
            cover.technology_evidence = list(record["technology"]["evidence"])
        for name, target in (("feeds", cover.feeds), ("endpoints", cover.json_endpoints)):
            target.extend(u for u in record.get(name, []) if u not in target)
        if not record.get("read", True):
            continue  # a page seen only for its technology or feeds (an article page)
        page = ListPage.model_validate(record)
        cover.list_pages.append(page)
        cover.list_pages_followed += 1
        cover.pagers_found += page.pagers_found
        cover.pagers_followed += page.pagers_followed
        cover.rendered += page.via == "rendered"
        used = methods.setdefault(site, Counter())
        used.update(record.get("paged_by", []))
        if page.via in ("json", "rendered"):
            used[page.via] += 1
        seen_here = seen.setdefault(site, set())
        seen_here.add(record.get("key") or page.url)
        seen_here.update(record.get("leads_to", []))
        for skipped in record.get("skipped", []):
            cover.pagers_not_followed.append(PagerSkipped(list_url=page.url, **skipped))
            seen_here.add(f"{page.url} {skipped['pager']}")
    for site, cover in sites.items():
        cover.list_pages_seen = len(seen.get(site, ()))
        cover.pagination = [m for m, _ in methods.get(site, Counter()).most_common()]
        cover.articles_new = new_pages.get((site, "article"), 0)
    return sites


def pager_warnings(summary: CrawlSummary) -> list[str]:
    """One line per site whose lists go on beyond pagers the crawl could not follow, for
    the terminal (deliberate stops, such as nothing new on an incremental crawl, are
    in the report only)."""
    lines = []
    for site, cover in sorted(summary.coverage.items()):
        problems = [p for p in cover.pagers_not_followed if p.warn]
        if not problems:
            continue
        first = problems[0]
        more = f" and {len(problems) - 1} more" if len(problems) > 1 else ""
        lines.append(
            f"warning: {site}: {len(problems)} pager{'s' if len(problems) > 1 else ''} seen "
            f"but not followed, so some of its lists were not read to the end: "
            f"{first.pager} on {first.list_url}: {first.reason}{more}"
            + (f" (see {summary.report_path})" if summary.report_path else "")
        )
    return lines
