"""A tiny portal with injected faults, served like the demo server (by Host header and as
a forward proxy, GET and POST), plus helpers to run crawls in a subprocess and read their
WARC files."""

from __future__ import annotations

import contextlib
import gzip
import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

from warcio.archiveiterator import ArchiveIterator

REPO = Path(__file__).resolve().parent.parent
HOST = "stp.test.localhost"
SITE = f"http://{HOST}"


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    chunked_without_length: bool = False  # stream the body, end it by closing


@dataclass
class Seen:
    host: str
    path: str
    headers: dict[str, str]
    at: float
    method: str = "GET"
    body: bytes = b""  # a POST's form


Route = Callable[[Seen], Reply]


class PortalServer(ThreadingHTTPServer):
    """Answers `routes[(host, path)]` (or `(host, "<path>?*")` for any query string); 404
    for anything else; 304 on a matching ETag."""

    daemon_threads = True

    def __init__(self, routes: dict[tuple[str, str], Route]):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.routes = routes
        self.seen: list[Seen] = []
        self.lock = threading.Lock()

    def hits(self, path: str, host: str = HOST) -> list[Seen]:
        with self.lock:
            return [s for s in self.seen if s.path == path and s.host == host]


class _Handler(BaseHTTPRequestHandler):
    server: PortalServer

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def _dispatch(self, method: str) -> None:
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        if self.path.startswith(("http://", "https://")):  # forward-proxy request line
            parts = urlsplit(self.path)
            host, path = (
                parts.hostname or "",
                parts.path + (f"?{parts.query}" if parts.query else ""),
            )
        else:
            host, path = self.headers.get("Host", "").split(":")[0], self.path
        seen = Seen(host, path, dict(self.headers.items()), time.monotonic(), method, body)
        with self.server.lock:
            self.server.seen.append(seen)
        # "<path>?*" answers every query string of that path (the route reads seen.path).
        routes = self.server.routes
        route = routes.get((host, path)) or routes.get((host, path.split("?")[0] + "?*"))
        reply = (
            route(seen)
            if route
            else Reply(404, b"<html><body>Not found</body></html>", {"Content-Type": "text/html"})
        )
        time.sleep(reply.delay)
        etag = reply.headers.get("ETag")
        if reply.status == 200 and etag and self.headers.get("If-None-Match") == etag:
            reply = Reply(304, b"", {"ETag": etag})
        # The crawler may hang up first (timeout, size limit): expected in fault tests.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self._send(reply)

    def _send(self, reply: Reply) -> None:
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        # An HTTP/1.0 server closes after each reply; say so, or Twisted pools the connection
        # and a POST (which it never retries itself) can go out on the closed socket.
        if "Connection" not in reply.headers:
            self.send_header("Connection", "close")
        if not reply.chunked_without_length:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.chunked_without_length:
            for start in range(0, len(reply.body), 16384):
                self.wfile.write(reply.body[start : start + 16384])
                self.wfile.flush()
        else:
            self.wfile.write(reply.body)

    def log_message(self, format, *args) -> None:  # keep test output quiet
        pass


@contextmanager
def serve(routes: dict[tuple[str, str], Route]) -> Iterator[tuple[PortalServer, str]]:
    """Run a PortalServer in a thread; yields it and its proxy URL."""
    server = PortalServer(routes)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


# content ---------------------------------------------------------------------------
def html_page(title: str, body: str, links: list[str] = (), charset: str = "utf-8") -> bytes:
    anchors = "\n".join(f'<li><a href="{href}">{href}</a></li>' for href in links)
    return (
        f'<!DOCTYPE html><html><head><meta charset="{charset}"><title>{title}</title></head>'
        f'<body><h1>{title}</h1><div class="noi-dung">{body}</div><ul>{anchors}</ul></body></html>'
    ).encode()


def page(
    content: bytes,
    content_type: str = "text/html; charset=utf-8",
    etag: str | None = None,
    **headers: str,
) -> Route:
    reply_headers = {"Content-Type": content_type, **headers}
    if etag:
        reply_headers["ETag"] = etag
    return lambda seen: Reply(200, content, reply_headers)


def status(code: int, **headers: str) -> Route:
    return lambda seen: Reply(
        code, f"<html><body>{code}</body></html>".encode(), {"Content-Type": "text/html", **headers}
    )


def redirect(location: str) -> Route:
    return lambda seen: Reply(302, b"", {"Location": location})


def first_then(first: Reply, then: Route) -> Route:
    """`first` on the first request, `then` afterwards."""
    calls = {"n": 0}

    def route(seen: Seen) -> Reply:
        calls["n"] += 1
        return first if calls["n"] == 1 else then(seen)

    return route


def slow(seconds: float, then: Route) -> Route:
    def route(seen: Seen) -> Reply:
        reply = then(seen)
        reply.delay = seconds
        return reply

    return route


ARTICLE_TEXT = (
    "Thực hiện Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh, Sở Tư pháp đề nghị các "
    "phòng, đơn vị trực thuộc nghiêm túc triển khai thực hiện./."
)
PDF_BYTES = (
    b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)
DOCX_BYTES = b"PK\x03\x04\x14\x00\x06\x00" + bytes(range(256)) + b"word/document.xml"
WRONG_CHARSET_BYTES = html_page(
    "Sai mã", "Tiếng Việt có dấu: Đắk Nông, Thừa Thiên Huế", charset="iso-8859-1"
)
GZIP_HTML = html_page("Bài nén gzip 19", ARTICLE_TEXT)


def fault_portal() -> dict[tuple[str, str], Route]:
    """The test portal: a listing in two pages, five articles, attachments and faults."""
    article_links = [f"/tin-tuc/bai-{n}.html" for n in (1, 2, 3)]
    fault_links = [
        "/tin-tuc/khong-ton-tai-10.html",  # 404
        "/tin-tuc/loi-may-chu-11.html",  # 500 every time
        "/tin-tuc/qua-tai-12.html",  # 503 + Retry-After once, then fine
        "/tin-tuc/cham-13.html",  # slower than DOWNLOAD_TIMEOUT
        "/tin-tuc/vong-lap-14.html",  # redirect loop
        "/tin-tuc/qua-lon-16.html",  # larger than DOWNLOAD_MAXSIZE
        "/tin-tuc/sai-ma-17.html",  # declares the wrong charset
        "/tin-tuc/noi-bo-18.html",  # robots.txt Disallow
        "/tin-tuc/nen-gzip-19.html",  # Content-Encoding: gzip
        "http://ngoai.test.localhost/tin-tuc/bai-ngoai-40.html",  # off-domain
        "/gioi-thieu.html",  # out of scope: matches no pattern
    ]
    routes: dict[tuple[str, str], Route] = {
        (HOST, "/robots.txt"): page(
            f"User-agent: *\nDisallow: /tin-tuc/noi-bo-\nSitemap: {SITE}/sitemap.xml\n".encode(),
            "text/plain",
        ),
        (HOST, "/sitemap.xml"): page(
            (
                '<?xml version="1.0" encoding="UTF-8"?>'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f"<url><loc>{SITE}/tin-tuc/chi-trong-sitemap-30.html</loc></url>"
                f"<url><loc>{SITE}/tin-tuc/bai-1.html</loc></url>"
                "</urlset>"
            ).encode(),
            "application/xml",
        ),
        (HOST, "/tin-tuc/"): page(
            html_page(
                "Tin tức", "Danh sách", [*article_links, *fault_links, "/tin-tuc/trang-2.html"]
            ),
            etag='"listing-1"',
        ),
        (HOST, "/tin-tuc/trang-2.html"): page(
            html_page(
                "Tin tức - trang 2",
                "Danh sách",
                ["/tin-tuc/bai-4.html", "/tin-tuc/bai-5.html", "/tin-tuc/"],
            ),
            etag='"listing-2"',
        ),
        (HOST, "/tin-tuc/chi-trong-sitemap-30.html"): page(
            html_page("Chỉ có trong sitemap", ARTICLE_TEXT), etag='"a30"'
        ),
        (HOST, "/files/cong-van-123.pdf"): page(PDF_BYTES, "application/pdf", etag='"pdf"'),
        (HOST, "/files/ke-hoach-45.docx"): page(
            DOCX_BYTES,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            etag='"docx"',
        ),
        (HOST, "/tin-tuc/loi-may-chu-11.html"): status(500),
        (HOST, "/tin-tuc/qua-tai-12.html"): first_then(
            Reply(503, b"busy", {"Retry-After": "1", "Content-Type": "text/plain"}),
            page(html_page("Quá tải 12", ARTICLE_TEXT), etag='"a12"'),
        ),
        (HOST, "/tin-tuc/cham-13.html"): slow(10.0, page(html_page("Chậm 13", ARTICLE_TEXT))),
        (HOST, "/tin-tuc/vong-lap-14.html"): redirect("/tin-tuc/vong-lap-15.html"),
        (HOST, "/tin-tuc/vong-lap-15.html"): redirect("/tin-tuc/vong-lap-14.html"),
        (HOST, "/tin-tuc/qua-lon-16.html"): lambda seen: Reply(
            200,
            b"<html><body>" + b"x" * 300_000 + b"</body></html>",
            {"Content-Type": "text/html"},
            chunked_without_length=True,
        ),
        (HOST, "/tin-tuc/sai-ma-17.html"): page(
            WRONG_CHARSET_BYTES, "text/html; charset=iso-8859-1", etag='"a17"'
        ),
        (HOST, "/tin-tuc/noi-bo-18.html"): page(html_page("Nội bộ", ARTICLE_TEXT)),
        (HOST, "/tin-tuc/nen-gzip-19.html"): page(
            gzip.compress(GZIP_HTML, mtime=0),
            "text/html; charset=utf-8",
            etag='"a19"',
            **{"Content-Encoding": "gzip"},
        ),
        ("ngoai.test.localhost", "/tin-tuc/bai-ngoai-40.html"): page(
            html_page("Ngoài", ARTICLE_TEXT)
        ),
        (HOST, "/gioi-thieu.html"): page(html_page("Giới thiệu", "Giới thiệu")),
    }
    for n in range(1, 6):
        links = ["/files/cong-van-123.pdf", "/files/ke-hoach-45.docx"] if n == 1 else []
        routes[(HOST, f"/tin-tuc/bai-{n}.html")] = page(
            html_page(f"Bài viết số {n}", ARTICLE_TEXT, links), etag=f'"a{n}"'
        )
    return routes


def many_articles_portal(
    count: int, delay: float, per_page: int = 20
) -> dict[tuple[str, str], Route]:
    """A portal of `count` articles over listing pages, each answer taking `delay` s."""
    routes: dict[tuple[str, str], Route] = {
        (HOST, "/robots.txt"): page(b"User-agent: *\nAllow: /\n", "text/plain"),
    }
    pages = (count + per_page - 1) // per_page
    for p in range(1, pages + 1):
        path = "/tin-tuc/" if p == 1 else f"/tin-tuc/trang-{p}.html"
        first, last = (p - 1) * per_page + 1, min(count, p * per_page)
        links = [f"/tin-tuc/bai-{n}.html" for n in range(first, last + 1)]
        if p < pages:
            links.append(f"/tin-tuc/trang-{p + 1}.html")
        routes[(HOST, path)] = slow(delay, page(html_page(f"Trang {p}", "Danh sách", links)))
    for n in range(1, count + 1):
        routes[(HOST, f"/tin-tuc/bai-{n}.html")] = slow(
            delay, page(html_page(f"Bài viết số {n}", ARTICLE_TEXT), etag=f'"a{n}"')
        )
    return routes


PROFILE_YAML = """\
name: stp-test
agency: Sở Tư pháp tỉnh Thử Nghiệm
province: Kon Tum
domains: [stp.test.localhost]
start_urls: ['http://stp.test.localhost/tin-tuc/']
listing_patterns: ['/tin-tuc/(trang-\\d+\\.html)?$']
article_patterns: ['/tin-tuc/[^/]+-\\d+\\.html$']
attachment_patterns: ['\\.(pdf|docx?)$']
date_order: mdy
max_depth: 5
"""

FAST_SETTINGS = {
    "DOWNLOAD_TIMEOUT": 3,  # the slow page takes 10 s; the others answer at once
    "RETRY_TIMES": 1,
    "BULLETIN_RETRY_BACKOFF_BASE": 0.1,
    "DOWNLOAD_MAXSIZE": 200_000,
    "DOWNLOAD_WARNSIZE": 100_000,
}


def write_profile(directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "stp-test.yaml"
    path.write_text(PROFILE_YAML, encoding="utf-8")
    return path


def crawl_command(
    profile: Path, data_dir: Path, proxy: str, *extra: str, settings: dict | None = None
) -> list[str]:
    command = [
        sys.executable,
        "-m",
        "crawler.run",
        "--profiles",
        str(profile),
        "--data-dir",
        str(data_dir),
        "--proxy",
        proxy,
        "--no-throttle",
        "--json",
        *extra,
    ]
    for name, value in {**FAST_SETTINGS, **(settings or {})}.items():
        command += ["--set", f"{name}={json.dumps(value)}"]
    return command


def run_crawl_process(
    profile: Path,
    data_dir: Path,
    proxy: str,
    *extra: str,
    settings: dict | None = None,
    timeout: int = 120,
) -> subprocess.CompletedProcess:
    """`python -m crawler.run` in a subprocess (Twisted's reactor runs once per process)."""
    return subprocess.run(
        crawl_command(profile, data_dir, proxy, *extra, settings=settings),
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )


# reading results ---------------------------------------------------------------------
@dataclass
class Capture:
    url: str
    status: int
    headers: dict[str, str]
    raw_body: bytes  # payload as stored (content-encoding intact)
    body: bytes  # decoded
    metadata: dict
    request_headers: dict[str, str]
    file: Path
    request_method: str = "GET"
    request_body: bytes = b""


def read_captures(warc_dir: Path) -> list[Capture]:
    """Every response in the closed WARC files of `warc_dir`, joined with its request and
    metadata records."""
    captures: list[Capture] = []
    for path in sorted(warc_dir.glob("*.warc.gz")):
        responses: dict[str, Capture] = {}
        requests: dict[str, tuple[dict[str, str], str, bytes]] = {}
        metadata: dict[str, dict] = {}
        with path.open("rb") as stream:
            for record in ArchiveIterator(stream):
                headers = record.rec_headers
                record_type = record.rec_type
                if record_type == "response":
                    raw = record.raw_stream.read()
                    responses[headers.get_header("WARC-Record-ID")] = Capture(
                        url=headers.get_header("WARC-Target-URI"),
                        status=int(record.http_headers.get_statuscode()),
                        headers=dict(record.http_headers.headers),
                        raw_body=raw,
                        body=_decode(raw, record.http_headers.get_header("Content-Encoding")),
                        metadata={},
                        request_headers={},
                        file=path,
                    )
                elif record_type == "request":
                    requests[headers.get_header("WARC-Concurrent-To")] = (
                        dict(record.http_headers.headers),
                        record.http_headers.protocol,  # the method, on a request line
                        record.content_stream().read(),
                    )
                elif record_type == "metadata":
                    metadata[headers.get_header("WARC-Concurrent-To")] = json.loads(
                        record.content_stream().read()
                    )
        for record_id, capture in responses.items():
            capture.metadata = metadata.get(record_id, {})
            request_headers, method, body = requests.get(record_id, ({}, "GET", b""))
            capture.request_headers, capture.request_method = request_headers, method
            capture.request_body = body
            captures.append(capture)
    return captures


def _decode(raw: bytes, encoding: str | None) -> bytes:
    return gzip.decompress(raw) if encoding == "gzip" else raw


def latest_report(data_dir: Path) -> dict:
    reports = sorted((data_dir / "reports").glob("crawl-*.json"), key=lambda p: p.stat().st_mtime)
    assert reports, f"no crawl report in {data_dir / 'reports'}"
    return json.loads(reports[-1].read_text(encoding="utf-8"))


def failures_by_url(report: dict) -> dict[str, dict]:
    return {f["url"]: f for f in report["failures"]}
