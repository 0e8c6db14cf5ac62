"""Listings built by JavaScript, rendered in Chromium as one more polite download.

`RenderingDownloadHandler` is Scrapy's HTTP handler for http/https (DOWNLOAD_HANDLERS),
plus a headless Chromium (playwright, BULLETIN_BROWSER) for requests whose meta carries
`render`: the listing as already fetched. Being a download handler, a render waits its
turn in the site's download slot like any request (DOWNLOAD_DELAY, AutoThrottle,
CONCURRENT_REQUESTS_PER_DOMAIN). Inside it the browser is bounded too:

- the document is not fetched again: it is answered from the response already archived;
- only the resource types in BULLETIN_RENDER_RESOURCE_TYPES (scripts, XHR, fetch) go out,
  only to the site's own hosts, only what robots.txt allows, at most
  BULLETIN_RENDER_MAX_REQUESTS of them; everything refused is counted, not hidden;
- the whole render ends after DOWNLOAD_TIMEOUT seconds with what has arrived.

The answer is the rendered DOM (for its links); every exchange the browser made is left
in `meta["bulletin_rendered"]` so the spider archives it, and a replay tool finds the
scripts and JSON the page needs to build its list again.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import time
from collections import Counter
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import HtmlResponse

from crawler.report import RenderFailed

if TYPE_CHECKING:
    from scrapy import Request
    from scrapy.crawler import Crawler
    from scrapy.http import Response

logger = logging.getLogger(__name__)

# The body playwright hands over is decoded: these headers would misdescribe it.
_DECODED_BODY_HEADERS = {"content-encoding", "content-length", "transfer-encoding"}


class RenderingDownloadHandler(HTTP11DownloadHandler):
    """HTTP downloads, and Chromium renders for requests with `meta["render"]`."""

    def __init__(self, crawler: Crawler):
        super().__init__(crawler)
        settings = crawler.settings
        self.executable = settings.get("BULLETIN_BROWSER")
        self.browser_args = settings.getlist("BULLETIN_BROWSER_ARGS")
        self.resource_types = set(settings.getlist("BULLETIN_RENDER_RESOURCE_TYPES"))
        self.max_requests = settings.getint("BULLETIN_RENDER_MAX_REQUESTS")
        self.timeout = settings.getfloat("DOWNLOAD_TIMEOUT")
        self.proxy = settings.get("BULLETIN_PROXY")
        self._playwright = None
        self._browser = None
        self._launching = asyncio.Lock()

    async def download_request(self, request: Request) -> Response:
        if not request.meta.get("render"):
            return await super().download_request(request)
        started = time.monotonic()
        try:
            response = await asyncio.wait_for(self._render(request), self.timeout + 10)
        except RenderFailed:
            raise
        except Exception as exc:  # playwright's errors, a browser that died, the timeout
            raise RenderFailed(f"{type(exc).__name__}: {str(exc).splitlines()[0][:300]}") from exc
        request.meta["download_latency"] = time.monotonic() - started
        return response

    async def close(self) -> None:
        await super().close()
        if self._browser is not None:
            await self._browser.close()
        if self._playwright is not None:
            await self._playwright.stop()

    # rendering ----------------------------------------------------------------------
    async def _render(self, request: Request) -> HtmlResponse:
        browser = await self._launch()
        user_agent = (request.headers.get("User-Agent") or b"").decode("latin-1") or None
        options: dict[str, Any] = {"user_agent": user_agent, "service_workers": "block"}
        if self.proxy:
            # On the context, not the browser: only the page's own requests go through the
            # proxy, never Chromium's background traffic (its component updater ignores
            # --disable-background-networking). "<-loopback>": Chromium otherwise never
            # proxies *.localhost names.
            options["proxy"] = {"server": self.proxy, "bypass": "<-loopback>"}
        context = await browser.new_context(**options)
        recorder = _Recorder(self, request)
        try:
            page = await context.new_page()
            page.on("response", recorder.on_response)
            await page.route("**/*", recorder.route)
            timeout_ms = self.timeout * 1000
            await page.goto(request.url, wait_until="load", timeout=timeout_ms)
            try:
                await page.wait_for_load_state("networkidle", timeout=timeout_ms / 2)
            except Exception:  # a page that keeps polling: take what it built so far
                recorder.refused["still loading at the time limit"] += 1
            html = await page.content()
            exchanges = await recorder.collected()
        finally:
            await context.close()
        request.meta["bulletin_rendered"] = {
            "exchanges": exchanges,
            "refused": dict(recorder.refused),
            "browser": browser.version,
        }
        return HtmlResponse(
            request.url,
            status=200,
            headers={"Content-Type": "text/html; charset=utf-8"},
            body=html.encode("utf-8"),
            encoding="utf-8",
            request=request,
        )

    async def _launch(self):
        async with self._launching:
            if self._browser is None:
                try:
                    from playwright.async_api import async_playwright
                except ImportError as exc:
                    raise RenderFailed("playwright is not installed") from exc
                self._playwright = await async_playwright().start()
                options: dict[str, Any] = {"headless": True, "args": self.browser_args}
                if self.executable:
                    options["executable_path"] = self.executable
                try:
                    self._browser = await self._playwright.chromium.launch(**options)
                except Exception as exc:
                    raise RenderFailed(
                        f"cannot start the browser {self.executable or '(playwright default)'}:"
                        f" {str(exc).splitlines()[0][:200]}"
                    ) from exc
                logger.info("Started Chromium %s for JavaScript listings", self._browser.version)
            return self._browser

    def allowed(self, request: Request, url: str) -> str | None:
        """Why the browser may not fetch `url` for the page of `request` (None: it may)."""
        spider = self._crawler.spider
        profile = getattr(spider, "profiles", {}).get(request.meta.get("site"))
        if profile is not None and not profile.owns(url):
            return "offsite"
        parser = _robots_parser(self._crawler, url)
        user_agent = self._crawler.settings.get("USER_AGENT")
        if parser is not None and not parser.allowed(url, user_agent):
            return "robots.txt"
        return None


class _Recorder:
    """Answers the document from the archive, lets permitted requests out, keeps what
    came back."""

    def __init__(self, handler: RenderingDownloadHandler, request: Request):
        self.handler = handler
        self.request = request
        self.document = request.meta["render"]
        self.sent = 0
        self.refused: Counter[str] = Counter()
        self._pending: list[asyncio.Task] = []
        self._answered_document = False

    async def route(self, route) -> None:
        browser_request = route.request
        url = browser_request.url
        if not self._answered_document and browser_request.is_navigation_request():
            self._answered_document = True
            headers = {
                name: value
                for name, value in self.document["headers"]
                if name.lower() not in _DECODED_BODY_HEADERS
            }
            await route.fulfill(
                status=self.document["status"], headers=headers, body=self.document["body"]
            )
            return
        why = None
        if browser_request.resource_type not in self.handler.resource_types:
            why = browser_request.resource_type
        elif urlsplit(url).scheme not in ("http", "https"):
            why = "not http"
        elif self.sent >= self.handler.max_requests:
            why = "over BULLETIN_RENDER_MAX_REQUESTS"
        else:
            why = self.handler.allowed(self.request, url)
        if why:
            self.refused[why] += 1
            await route.abort()
            return
        self.sent += 1
        await route.continue_()

    def on_response(self, response) -> None:
        if response.request.is_navigation_request() and response.url == self.request.url:
            return  # the document: archived already
        self._pending.append(asyncio.ensure_future(self._capture(response)))

    async def _capture(self, response) -> dict | None:
        request = response.request
        try:
            body = await response.body()
            response_headers = await response.headers_array()
            request_headers = await request.headers_array()
        except Exception:  # a redirect or a response the page dropped: no body to keep
            return None
        return {
            "url": response.url,
            "method": request.method,
            "request_headers": [(h["name"], h["value"]) for h in request_headers],
            "request_body": request.post_data_buffer or b"",
            "status": response.status,
            "response_headers": [
                (h["name"], h["value"])
                for h in response_headers
                if h["name"].lower() not in _DECODED_BODY_HEADERS
            ],
            "body": body,
            "payload_sha256": hashlib.sha256(body).hexdigest(),
            "resource_type": request.resource_type,
            "fetched_at": datetime.now(UTC).isoformat(timespec="seconds"),
        }

    async def collected(self) -> list[dict]:
        done = await asyncio.gather(*self._pending, return_exceptions=True)
        return [item for item in done if isinstance(item, dict)]


def _robots_parser(crawler: Crawler, url: str):
    """The robots.txt parser Scrapy already holds for `url`'s host, if it has read it."""
    from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware

    engine = crawler.engine
    middlewares = getattr(getattr(engine, "downloader", None), "middleware", None)
    for middleware in getattr(middlewares, "middlewares", ()):
        if isinstance(middleware, RobotsTxtMiddleware):
            parser = middleware._parsers.get(urlsplit(url).netloc)
            return parser if hasattr(parser, "allowed") else None
    return None
