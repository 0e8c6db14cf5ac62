"""The `portal` spider: crawl the portals described by site profiles.

Start from each profile's start URLs (and the sitemaps its robots.txt names), follow
listing links (pagination) and article links within the profile's depth, fetch the
PDF/DOC/DOCX attachments that articles and listings link to, and hand every fetched page
to the pipeline as an ArchivedPage. Run it with `python -m crawler.run`, or
`scrapy crawl portal -a profiles=crawler/profiles` with SCRAPY_SETTINGS_MODULE=crawler.settings.
"""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import Request, Spider
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler import signals
from crawler.items import ArchivedPage, header_pairs
from crawler.profiles import SiteProfile, infer_profile, load_profiles
from crawler.report import failure_reason
from crawler.state import crawl_state
from crawler.urls import canonical_url, clean_url

ATTACHMENT_TYPES = {
    "application/pdf",
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/rtf",
    "text/rtf",
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "image/tiff",  # scans; JPEG/PNG are mostly photos, kept out unless a profile's pattern says
}
HTML_TYPES = {"text/html", "application/xhtml+xml"}


class PortalSpider(Spider):
    name = "portal"

    def __init__(
        self,
        profiles: list[SiteProfile] | str | None = None,
        urls: list[str] | str | None = None,
        **kwargs: Any,
    ):
        super().__init__(**kwargs)
        # `scrapy crawl portal -a profiles=a.yaml,dir/ -a urls=...` passes strings.
        if isinstance(profiles, str):
            profiles = load_profiles([Path(p) for p in profiles.split(",") if p])
        if isinstance(urls, str):
            urls = [u for u in urls.split(",") if u]
        urls = [clean_url(u) for u in urls or []]
        profiles = list(profiles or []) or (infer_profile(urls) if urls else [])
        if not profiles:
            raise ValueError(
                "the portal spider needs site profiles (-a profiles=PATH) or start URLs"
            )
        self.profiles: dict[str, SiteProfile] = {p.name: p for p in profiles}
        for url in urls:
            if self.profile_for(url) is None:
                raise ValueError(f"start URL {url} is on none of the profiles' domains")
        self.start_from = urls or [u for p in profiles for u in p.start_urls]
        self.allowed_domains = sorted({d for p in profiles for d in p.domains})
        # deny_extensions=[]: Scrapy skips .pdf/.doc links by default; they are wanted here.
        self.links = LinkExtractor(deny_extensions=[], unique=True)
        self._sitemaps_seen: set[str] = set()

    def profile_for(self, url: str) -> SiteProfile | None:
        """The profile whose domain matches `url` most specifically."""
        host = (urlsplit(url).hostname or "").lower()
        best, best_len = None, -1
        for profile in self.profiles.values():
            for domain in profile.domains:
                if (host == domain or host.endswith("." + domain)) and len(domain) > best_len:
                    best, best_len = profile, len(domain)
        return best

    # requests -----------------------------------------------------------------------
    async def start(self) -> AsyncIterator[Request]:
        state = crawl_state(self.crawler)
        if state.resumed:
            # Scheduled by the interrupted run and never finished: ask again.
            starts = {canonical_url(u) for u in self.start_from}
            other_sites = 0
            for entry in state.pending():
                if entry.site not in self.profiles:
                    other_sites += 1
                elif canonical_url(entry.url) not in starts:
                    yield self._request(
                        entry.url,
                        site=entry.site,
                        kind=entry.kind,
                        parent_url=entry.parent_url,
                        depth=entry.depth,
                        dont_filter=True,
                    )
            if other_sites:
                self.logger.warning(
                    "%d pending URLs belong to profiles not given to this run; "
                    "resume with those profiles to fetch them",
                    other_sites,
                )
        origins: set[str] = set()
        for url in self.start_from:
            profile = self.profile_for(url)
            assert profile is not None
            parts = urlsplit(url)
            origin = f"{parts.scheme}://{parts.netloc}"
            if origin not in origins:
                origins.add(origin)
                yield Request(
                    f"{origin}/robots.txt",
                    callback=self.parse_robots,
                    errback=self.robots_missing,
                    meta={"site": profile.name, "aux": True, "dont_obey_robotstxt": True},
                    dont_filter=True,
                )
            kind = profile.kind_of(url) or "listing"
            # In the frontier too, so that links back to a start URL are not fetched again.
            state.enqueue(url, site=profile.name, kind=kind, parent_url=None, depth=0)
            yield self._request(url, site=profile.name, kind=kind, start=True, dont_filter=True)

    def _request(
        self,
        url: str,
        *,
        site: str,
        kind: str | None,
        parent_url: str | None = None,
        depth: int | None = None,
        start: bool = False,
        dont_filter: bool = False,
    ) -> Request:
        meta: dict[str, Any] = {"site": site, "kind": kind, "parent_url": parent_url}
        if depth is not None:
            meta["depth"] = depth
        if start:
            meta["start"] = True
        return Request(
            url, callback=self.parse, errback=self.on_error, meta=meta, dont_filter=dont_filter
        )

    # pages --------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Request | ArchivedPage]:
        profile = self.profiles[response.meta["site"]]
        kind = self._kind(response, profile)
        if response.status == 304:
            yield self._page(response, kind, not_modified=True)
            return
        if isinstance(response, HtmlResponse) and kind != "attachment":
            # Links first: the frontier must hold them before the page counts as done.
            yield from self._follow(response, profile, kind)
        yield self._page(response, kind)

    def _kind(self, response: Response, profile: SiteProfile) -> str:
        content_type = _media_type(response)
        if content_type in ATTACHMENT_TYPES:
            return "attachment"
        kind = profile.kind_of(response.url) or response.meta.get("kind") or "other"
        if kind == "attachment" and content_type in HTML_TYPES:
            return "other"
        return kind

    def _follow(self, response: HtmlResponse, profile: SiteProfile, kind: str) -> Iterator[Request]:
        meta = response.meta
        from_page = kind in ("listing", "article") or meta.get("start", False)
        pages_allowed = from_page and meta.get("depth", 0) < profile.max_depth
        seen: set[str] = set()
        for link in self.links.extract_links(response):
            url = clean_url(link.url)
            if url in seen or urlsplit(url).scheme not in ("http", "https"):
                continue
            seen.add(url)
            # A link to another profile's portal is crawled as that portal's page; a
            # link off every profile's domains that looks in scope is left for the
            # offsite middleware to refuse and report.
            target = self.profile_for(url) or profile
            link_kind = target.kind_of(url)
            if link_kind is None:
                continue
            if link_kind == "attachment" and not from_page:
                continue
            if link_kind != "attachment" and not pages_allowed:
                self.crawler.stats.inc_value(f"bulletin/depth_limited/{target.name}")
                continue
            yield self._request(url, site=target.name, kind=link_kind, parent_url=response.url)

    def _page(self, response: Response, kind: str, *, not_modified: bool = False) -> ArchivedPage:
        meta = response.meta
        raw = meta.pop("bulletin_raw", None)
        body, headers = raw if raw else (response.body, header_pairs(response.headers))
        request = response.request
        assert request is not None
        fetched_at = meta.get("bulletin_fetched_at") or _now()
        peer = None if meta.get("proxy") else response.ip_address  # a proxy's address says nothing
        return ArchivedPage(
            url=response.url,
            site=meta["site"],
            kind=kind,
            status=response.status,
            fetched_at=fetched_at,
            request_method=request.method,
            request_headers=header_pairs(request.headers),
            protocol=response.protocol or "HTTP/1.1",
            response_headers=headers,
            body=b"" if not_modified else body,
            payload_sha256="" if not_modified else hashlib.sha256(response.body).hexdigest(),
            parent_url=meta.get("parent_url"),
            redirected_from=list(meta.get("redirect_urls", [])),
            ip_address=str(peer) if peer else None,
            not_modified=not_modified,
        )

    def on_error(self, failure: Failure) -> None:
        """A URL that will not be archived: settle it in the frontier and report why."""
        request = failure.request
        reason, detail = failure_reason(failure.value)
        state = crawl_state(self.crawler)
        state.settle([*request.meta.get("redirect_urls", []), request.url], failed=reason)
        state.commit()
        self.crawler.signals.send_catch_log(
            signals.page_failed, request=request, reason=reason, detail=detail
        )

    # robots.txt and sitemaps ----------------------------------------------------------
    def parse_robots(self, response: Response) -> Iterator[Request]:
        for url in sitemap_urls_from_robots(response.body, base_url=response.url):
            yield from self._sitemap_request(url, response.meta["site"])

    def robots_missing(self, failure: Failure) -> None:
        """No robots.txt means no sitemap to read; permissions are Scrapy's concern."""
        self.logger.debug("No robots.txt at %s: %s", failure.request.url, failure.value)

    def parse_sitemap(self, response: Response) -> Iterator[Request]:
        body = response.body
        if gzip_magic_number(response):
            body = gunzip(body, max_size=self.settings.getint("DOWNLOAD_MAXSIZE"))
        sitemap = Sitemap(body)
        for entry in sitemap:
            url = clean_url(entry.get("loc", ""))
            if not url:
                continue
            if sitemap.type == "sitemapindex":
                yield from self._sitemap_request(url, response.meta["site"])
                continue
            profile = self.profile_for(url)
            kind = profile.kind_of(url) if profile else None
            if profile is not None and kind is not None:
                yield self._request(url, site=profile.name, kind=kind)

    def _sitemap_request(self, url: str, site: str) -> Iterator[Request]:
        if url not in self._sitemaps_seen and self.profile_for(url) is not None:
            self._sitemaps_seen.add(url)
            # Not in the frontier (dont_filter): a resumed job re-reads sitemaps via robots.txt.
            yield Request(
                url,
                callback=self.parse_sitemap,
                errback=self.on_error,
                meta={"site": site, "aux": True},
                dont_filter=True,
            )


def _media_type(response: Response) -> str:
    value = response.headers.get("Content-Type") or b""
    return value.decode("latin-1").split(";", 1)[0].strip().lower()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
