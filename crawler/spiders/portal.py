"""The `portal` spider: crawl the portals described by site profiles.

Start from each profile's start URLs (and the sitemaps its robots.txt names, and its
feeds), follow listing links and article links within the profile's depth, fetch the
PDF/DOC/DOCX attachments that articles and listings link to, and hand every fetched page
to the pipeline as an ArchivedPage. Run it with `python -m crawler.run`, or
`scrapy crawl portal -a profiles=crawler/profiles` with SCRAPY_SETTINGS_MODULE=crawler.settings.

Lists are read as portals really build them (see crawler/pagination.py,
crawler/endpoints.py, crawler/feeds.py, crawler/rendering.py):

- pagers are followed whatever the profile's patterns say, as pages of the same list
  (same depth): plain and platform links (SharePoint, DNN, Liferay), and WebForms
  postbacks, submitted with `FormRequest.from_response` and the page's hidden fields;
- the JSON endpoints a list's inline scripts call are asked directly, and a list with
  scripts but no article links is rendered in Chromium when no endpoint can be read;
- RSS/Atom feeds a page announces are read for their items;
- on an incremental crawl a list is not paged further once a page brings nothing new.

What each list page gave, and every pager not followed with the reason, is kept in the
crawl state for the coverage report (crawler/report.py).
"""

from __future__ import annotations

import hashlib
import warnings
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy import FormRequest, Request, Spider
from scrapy.exceptions import ScrapyDeprecationWarning
from scrapy.http import HtmlResponse, Response
from scrapy.linkextractors import LinkExtractor
from scrapy.utils.gz import gunzip, gzip_magic_number
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots
from twisted.python.failure import Failure

from crawler import signals
from crawler.dupefilter import request_key
from crawler.endpoints import json_links, json_next_page, script_endpoints
from crawler.feeds import feed_entries, feed_links, is_feed
from crawler.items import ArchivedPage, header_pairs
from crawler.pagination import Pager, find_pagers, page_number, to_follow
from crawler.profiles import SiteProfile, infer_profile, load_profiles
from crawler.report import failure_reason
from crawler.state import crawl_state
from crawler.technology import detect_technology
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
# A page of another kind that pages like a list (a "Văn bản" register the profile calls an
# article) is read as one when it links at least this many articles or attachments.
LIST_LIKE_MIN_ITEMS = 3


@dataclass
class ListReading:
    """What one list page gave: the record kept for the coverage report."""

    url: str
    key: str
    via: str
    list_url: str
    page: int | None = None
    read: bool = True
    articles: list[str] = field(default_factory=list)
    new_articles: int = 0
    items: list[str] = field(default_factory=list)  # articles and attachments
    new_items: int = 0
    pagers_found: int = 0
    pagers_followed: int = 0
    paged_by: list[str] = field(default_factory=list)
    skipped: list[dict] = field(default_factory=list)
    leads_to: list[str] = field(default_factory=list)
    feeds: list[str] = field(default_factory=list)
    endpoints: list[str] = field(default_factory=list)
    technology: dict | None = None

    def skip(self, pager: str, reason: str, *, warn: bool = True) -> None:
        self.skipped.append({"pager": pager, "reason": reason, "warn": warn})

    def record(self) -> dict:
        return {
            "url": self.url,
            "key": self.key,
            "via": self.via,
            "list_url": self.list_url,
            "page": self.page,
            "read": self.read,
            "articles": len(self.articles),
            "new_articles": self.new_articles,
            "attachments": len(self.items) - len(self.articles),
            "pagers_found": self.pagers_found,
            "pagers_followed": self.pagers_followed,
            "paged_by": sorted(set(self.paged_by)),
            "skipped": self.skipped,
            "leads_to": self.leads_to,
            "feeds": self.feeds,
            "endpoints": self.endpoints,
            "technology": self.technology,
        }


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
        self._detected: set[str] = set()  # sites whose technology is known
        self._feeds_seen: set[str] = set()
        self._list_items: dict[str, set[str]] = {}  # list -> articles its pages showed

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
                elif entry.key not in starts:
                    yield self._resumed(entry)
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
        for profile in self.profiles.values():
            for url in profile.feeds:
                yield self._feed_request(url, profile.name, parent_url=None)

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
        resume: dict | None = None,
    ) -> Request:
        meta: dict[str, Any] = {"site": site, "kind": kind, "parent_url": parent_url}
        if depth is not None:
            meta["depth"] = depth
        if start:
            meta["start"] = True
        if resume:
            meta["resume"] = resume
            meta["same_level"] = resume.get("via") != "feed"
        callback = getattr(self, (resume or {}).get("callback") or "parse")
        return Request(
            url, callback=callback, errback=self.on_error, meta=meta, dont_filter=dont_filter
        )

    def _resumed(self, entry) -> Request:
        request = self._request(
            entry.url,
            site=entry.site,
            kind=entry.kind,
            parent_url=entry.parent_url,
            depth=entry.depth,
            dont_filter=True,
            resume=entry.extra,
        )
        if entry.method != "GET":
            request = request.replace(
                method=entry.method, body=entry.body, headers=dict(entry.headers)
            )
        return request

    def _feed_request(self, url: str, site: str, parent_url: str | None) -> Request:
        resume = {"via": "feed", "list_url": url, "callback": "parse_feed"}
        return self._request(url, site=site, kind="listing", parent_url=parent_url, resume=resume)

    # pages --------------------------------------------------------------------------
    def parse(self, response: Response) -> Iterator[Request | ArchivedPage]:
        profile = self.profiles[response.meta["site"]]
        kind = self._kind(response, profile)
        if response.status == 304:
            yield self._page(response, kind, not_modified=True)
            return
        if not isinstance(response, HtmlResponse) or kind == "attachment":
            yield self._page(response, kind)
            return
        page = self._page(response, kind)
        meta = response.meta
        resume = meta.get("resume") or {}
        reading = ListReading(
            url=response.url,
            key=request_key(response.request),
            via=resume.get("via") or ("start" if meta.get("start") else "link"),
            list_url=resume.get("list_url") or response.url,
            page=resume.get("page"),
            read=kind == "listing" or meta.get("start", False),
        )
        # Links first: the frontier must hold them before the page counts as done.
        pagers = find_pagers(response.selector, response.url) if kind != "other" else []
        pager_urls = {p.url for p in pagers if p.url}
        yield from self._follow(response, profile, kind, reading, exclude=pager_urls)
        yield from self._discover(response, profile, kind, reading)
        if not reading.read and pagers and len(reading.items) >= LIST_LIKE_MIN_ITEMS:
            reading.read = True  # a register of documents the profile calls an article
        if reading.read:
            if self._render_wanted(response, profile, reading):
                # Its pagers are read from the rendered page; the page is archived then.
                yield self._render_request(response, page, reading)
                return
            yield from self._page_on(response, profile, reading, pagers)
        self._keep(response, reading)
        yield page

    def _kind(self, response: Response, profile: SiteProfile) -> str:
        content_type = _media_type(response)
        if content_type in ATTACHMENT_TYPES:
            return "attachment"
        if (response.meta.get("resume") or {}).get("via"):
            return "listing"  # a page of a list (pager, feed, JSON), whatever its URL says
        kind = profile.kind_of(response.url) or response.meta.get("kind") or "other"
        if kind == "attachment" and content_type in HTML_TYPES:
            return "other"
        return kind

    def _follow(
        self,
        response: HtmlResponse,
        profile: SiteProfile,
        kind: str,
        reading: ListReading,
        exclude: set[str] = frozenset(),
    ) -> Iterator[Request]:
        meta = response.meta
        from_page = kind in ("listing", "article") or meta.get("start", False)
        pages_allowed = from_page and meta.get("depth", 0) < profile.max_depth
        seen: set[str] = set()
        for link in self.links.extract_links(response):
            url = clean_url(link.url)
            if url in seen or url in exclude or urlsplit(url).scheme not in ("http", "https"):
                continue
            seen.add(url)
            yield from self._link(url, profile, response, reading, from_page, pages_allowed)

    def _link(
        self,
        url: str,
        profile: SiteProfile,
        response: Response,
        reading: ListReading,
        from_page: bool,
        pages_allowed: bool,
        default_kind: str | None = None,
    ) -> Iterator[Request]:
        # A link to another profile's portal is crawled as that portal's page; a link off
        # every profile's domains that looks in scope is left for the offsite middleware
        # to refuse and report.
        target = self.profile_for(url) or profile
        link_kind = target.kind_of(url) or (default_kind if target.owns(url) else None)
        if link_kind is None:
            return
        if link_kind in ("article", "attachment") and target is profile:
            self._count_item(url, link_kind, reading)
        if link_kind == "attachment" and not from_page:
            return
        if link_kind != "attachment" and not pages_allowed:
            self.crawler.stats.inc_value(f"bulletin/depth_limited/{target.name}")
            return
        if link_kind == "listing":
            reading.leads_to.append(canonical_url(url))
        yield self._request(url, site=target.name, kind=link_kind, parent_url=response.url)

    def _count_item(self, url: str, kind: str, reading: ListReading) -> None:
        if url in reading.items:
            return
        new = not crawl_state(self.crawler).known_before(url)
        reading.items.append(url)
        reading.new_items += new
        if kind == "article":
            reading.articles.append(url)
            reading.new_articles += new

    def _discover(
        self, response: HtmlResponse, profile: SiteProfile, kind: str, reading: ListReading
    ) -> Iterator[Request]:
        """Feeds the page announces, and the site's technology while it is unknown."""
        if profile.name not in self._detected:
            found = detect_technology(
                {k.decode("latin-1"): v[0].decode("latin-1") for k, v in response.headers.items()},
                response.text,
            )
            if found:
                self._detected.add(profile.name)
                reading.technology = {"name": found.name, "evidence": list(found.evidence)}
        if kind == "other" or not self.settings.getbool("BULLETIN_READ_FEEDS", True):
            return
        for url in feed_links(response.selector, response.url):
            if profile.owns(url) and url not in self._feeds_seen:
                self._feeds_seen.add(url)
                reading.feeds.append(url)
                yield self._feed_request(url, profile.name, parent_url=response.url)

    # lists ------------------------------------------------------------------------------
    def _page_on(
        self,
        response: HtmlResponse,
        profile: SiteProfile,
        reading: ListReading,
        pagers: list[Pager],
    ) -> Iterator[Request]:
        """Follow the list's pagers and the JSON endpoints its scripts call."""
        current = reading.page or 1
        chosen = to_follow(pagers, current)
        reading.pagers_found = len(pagers)
        if not chosen:
            for pager in pagers:
                if pager.mode == "script":
                    reading.skip(pager.describe(), "a JavaScript pager the crawler cannot run")
        stop = self._stop_reason(reading)
        for pager in chosen:
            number = page_number(pager, current)
            reading.paged_by.append(pager.method)  # how the list pages, followed or not
            if stop:
                reading.skip(pager.describe(), stop, warn=False)
                continue
            limit = self.settings.getint("BULLETIN_LIST_PAGES_MAX", 1000)
            if number is not None and number > limit:
                reading.skip(pager.describe(), f"beyond page {limit} (BULLETIN_LIST_PAGES_MAX)")
                continue
            request = self._pager_request(response, profile, reading, pager, number)
            if request is not None:
                reading.pagers_followed += 1
                reading.leads_to.append(request_key(request))
                yield request
        yield from self._endpoints(response, profile, reading)

    def _stop_reason(self, reading: ListReading) -> str | None:
        """Why not to page further from this list page (None: go on)."""
        if not reading.items:
            return None
        shown = self._list_items.setdefault(reading.list_url, set())
        repeats = set(reading.items) <= shown
        shown.update(reading.items)
        if repeats and reading.page and reading.page > 1:
            return "this page lists only what its list showed already"
        if reading.new_items == 0 and self.settings.getbool("BULLETIN_STOP_WHEN_NOTHING_NEW"):
            return "nothing new on this page since the last crawl"
        return None

    def _pager_request(
        self,
        response: HtmlResponse,
        profile: SiteProfile,
        reading: ListReading,
        pager: Pager,
        number: int | None,
    ) -> Request | None:
        resume = {"via": pager.method, "list_url": reading.list_url, "page": number}
        if pager.mode == "link":
            assert pager.url is not None
            if not profile.owns(pager.url):
                reading.skip(pager.describe(), "leads off the site's domains")
                return None
            return self._request(
                clean_url(pager.url),
                site=profile.name,
                kind="listing",
                parent_url=response.url,
                resume=resume,
            )
        if not self.settings.getbool("BULLETIN_FOLLOW_POSTBACKS", True):
            reading.skip(pager.describe(), "postback paging is off (BULLETIN_FOLLOW_POSTBACKS)")
            return None
        form = _postback_form(response)
        if form is None:
            reading.skip(pager.describe(), "no form on the page to post back")
            return None
        formdata = {}
        if pager.target:
            formdata = {"__EVENTTARGET": pager.target, "__EVENTARGUMENT": pager.argument}
        try:
            with warnings.catch_warnings():
                # Deprecated in Scrapy 2.19 for the form2request library, which this project
                # does not depend on; from_response still fills the form as a browser would.
                warnings.simplefilter("ignore", ScrapyDeprecationWarning)
                return FormRequest.from_response(
                    response,
                    formxpath=form,
                    formdata=formdata,
                    clickdata={"name": pager.button} if pager.button else None,
                    dont_click=pager.button is None,
                    callback=self.parse,
                    errback=self.on_error,
                    meta={
                        "site": profile.name,
                        "kind": "listing",
                        "parent_url": response.url,
                        "resume": resume,
                        "same_level": True,
                    },
                )
        except ValueError as exc:  # a form Scrapy cannot submit (no such button...)
            reading.skip(pager.describe(), f"cannot post the form back: {exc}")
            return None

    def _endpoints(
        self, response: HtmlResponse, profile: SiteProfile, reading: ListReading
    ) -> Iterator[Request]:
        if not self.settings.getbool("BULLETIN_JSON_ENDPOINTS", True):
            return
        for url in script_endpoints(response.selector, response.url):
            if not profile.owns(url):
                continue
            reading.endpoints.append(url)
            reading.leads_to.append(canonical_url(url))
            resume = {"via": "json", "list_url": url, "page": 1, "callback": "parse_json"}
            yield self._request(
                url, site=profile.name, kind="listing", parent_url=response.url, resume=resume
            )

    def parse_json(self, response: Response) -> Iterator[Request | ArchivedPage]:
        """A list's JSON endpoint: the articles it names, and its next page."""
        profile = self.profiles[response.meta["site"]]
        resume = response.meta.get("resume") or {}
        reading = ListReading(
            url=response.url,
            key=request_key(response.request),
            via="json",
            list_url=resume.get("list_url") or response.url,
            page=resume.get("page"),
        )
        depth_ok = response.meta.get("depth", 0) < profile.max_depth
        if response.status == 200:
            for url in json_links(response.body, response.url):
                yield from self._link(clean_url(url), profile, response, reading, True, depth_ok)
        next_url = json_next_page(response.body, response.url)
        stop = self._stop_reason(reading)
        if next_url and reading.items and profile.owns(next_url):
            if stop:
                reading.skip(f"next page ({next_url})", stop, warn=False)
            else:
                number = (reading.page or 1) + 1
                reading.pagers_found = reading.pagers_followed = 1
                reading.leads_to.append(canonical_url(next_url))
                yield self._request(
                    next_url,
                    site=profile.name,
                    kind="listing",
                    parent_url=response.url,
                    resume={**resume, "page": number},
                )
        self._keep(response, reading)
        yield self._page(response, "listing")

    def parse_feed(self, response: Response) -> Iterator[Request | ArchivedPage]:
        """An RSS/Atom feed: its items are articles of the site."""
        profile = self.profiles[response.meta["site"]]
        reading = ListReading(
            url=response.url, key=request_key(response.request), via="feed", list_url=response.url
        )
        if response.status == 200 and is_feed(response.body):
            depth_ok = response.meta.get("depth", 0) < profile.max_depth
            for url in feed_entries(response.body, response.url):
                yield from self._link(
                    clean_url(url), profile, response, reading, True, depth_ok, "article"
                )
        self._keep(response, reading)
        yield self._page(response, "listing")

    # rendering --------------------------------------------------------------------------
    def _render_wanted(
        self, response: HtmlResponse, profile: SiteProfile, reading: ListReading
    ) -> bool:
        """Render when the profile says always, or (auto) when the list has scripts, no
        links to articles or attachments, and no JSON endpoint that could be asked instead."""
        if profile.render == "always":
            wanted = True
        else:
            built_by_script = (
                not reading.items
                and bool(response.xpath("//script"))
                and not script_endpoints(response.selector, response.url)
            )
            wanted = built_by_script and profile.render == "auto"
            if built_by_script and not wanted:
                reading.skip("a list built by JavaScript", "the profile says render: never")
        if wanted and not self.settings.getbool("BULLETIN_RENDER", True):
            reading.skip("a list built by JavaScript", "rendering is off (BULLETIN_RENDER)")
            return False
        return wanted

    def _render_request(
        self, response: HtmlResponse, page: ArchivedPage, reading: ListReading
    ) -> Request:
        meta = response.meta
        return Request(
            response.url,
            callback=self.parse_rendered,
            errback=self.render_failed,
            dont_filter=True,  # the page is in the frontier already, settled by its item
            meta={
                "site": meta["site"],
                "kind": "listing",
                "parent_url": meta.get("parent_url"),
                "start": meta.get("start", False),
                "resume": meta.get("resume"),
                "same_level": True,
                "aux": True,
                "render": {
                    "status": response.status,
                    "headers": header_pairs(response.headers),
                    "body": response.body,
                },
                "bulletin_page": page,
                "bulletin_reading": reading,
            },
        )

    def parse_rendered(self, response: Response) -> Iterator[Request | ArchivedPage]:
        """The listing as Chromium built it: its links, and what the browser fetched."""
        profile = self.profiles[response.meta["site"]]
        meta = response.meta
        reading: ListReading = meta["bulletin_reading"]
        page: ArchivedPage = meta["bulletin_page"]
        rendered = meta.get("bulletin_rendered") or {}
        if isinstance(response, HtmlResponse):
            reading.via = "rendered"
            yield from self._read_pagers(response, profile, reading, follow_links=True)
        for exchange in rendered.get("exchanges", []):
            yield self._exchange(exchange, page)
        if (rendered.get("refused") or {}).get("over BULLETIN_RENDER_MAX_REQUESTS"):
            reading.skip("requests of the rendered list", "over BULLETIN_RENDER_MAX_REQUESTS")
        self._keep(response, reading)
        yield page

    def render_failed(self, failure: Failure) -> Iterator[Request | ArchivedPage]:
        """The listing could not be rendered: read it as fetched, archive it, and say so."""
        request = failure.request
        meta = request.meta
        reading: ListReading = meta["bulletin_reading"]
        reason, detail = failure_reason(failure.value)
        self.logger.warning("Could not render %s: %s", request.url, detail)
        reading.skip("a list built by JavaScript", f"{reason}: {detail}")
        document = meta["render"]
        fetched = HtmlResponse(
            request.url,
            status=document["status"],
            headers=document["headers"],
            body=document["body"],
            request=request,
        )
        yield from self._read_pagers(fetched, self.profiles[meta["site"]], reading)
        self._keep(request, reading)
        yield meta["bulletin_page"]

    def _read_pagers(
        self,
        response: HtmlResponse,
        profile: SiteProfile,
        reading: ListReading,
        follow_links: bool = False,
    ) -> Iterator[Request]:
        pagers = find_pagers(response.selector, response.url)
        if follow_links:
            exclude = {p.url for p in pagers if p.url}
            yield from self._follow(response, profile, "listing", reading, exclude=exclude)
        yield from self._page_on(response, profile, reading, pagers)

    def _exchange(self, exchange: dict, page: ArchivedPage) -> ArchivedPage:
        """A request the browser made while rendering, as an archived page of its own."""
        return ArchivedPage(
            url=exchange["url"],
            site=page.site,
            kind="other",
            status=exchange["status"],
            fetched_at=exchange["fetched_at"],
            request_method=exchange["method"],
            request_headers=[tuple(h) for h in exchange["request_headers"]],
            request_body=exchange["request_body"],
            response_headers=[tuple(h) for h in exchange["response_headers"]],
            body=exchange["body"],
            payload_sha256=exchange["payload_sha256"],
            parent_url=page.url,
        )

    def _keep(self, source: Response | Request, reading: ListReading) -> None:
        """Keep the list record with the frontier (committed with the page's item)."""
        if reading.read or reading.technology or reading.feeds:
            crawl_state(self.crawler).record_list(
                reading.key, source.meta["site"], reading.record()
            )

    # archive ------------------------------------------------------------------------------
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
            request_body=request.body if request.method not in ("GET", "HEAD") else b"",
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
        """A request that will not be archived: settle it in the frontier and report why."""
        request = failure.request
        reason, detail = failure_reason(failure.value)
        resume = request.meta.get("resume") or {}
        if request.method != "GET" and resume.get("page"):
            detail = f"{detail} (page {resume['page']} of the list, by {request.method})"
        state = crawl_state(self.crawler)
        state.settle([*request.meta.get("redirect_urls", []), request_key(request)], failed=reason)
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


def _postback_form(response: HtmlResponse) -> str | None:
    """The XPath of the form a WebForms page posts back (the one holding __VIEWSTATE)."""
    for xpath in ("//form[.//input[@name='__VIEWSTATE']]", "//form[.//input[@name]]"):
        if response.xpath(xpath):
            return f"({xpath})[1]"
    return None


def _media_type(response: Response) -> str:
    value = response.headers.get("Content-Type") or b""
    return value.decode("latin-1").split(";", 1)[0].strip().lower()


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")
