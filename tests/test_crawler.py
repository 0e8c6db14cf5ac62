"""The crawler: profiles, URL hygiene, WARC output, and real crawls of a faulty test portal.

Crawls run `python -m crawler.run` in a subprocess (Twisted's reactor runs once per
process) against a local server that answers like the demo server, through its proxy.
"""

from __future__ import annotations

import asyncio
import json
import re
import signal
import subprocess
import sys
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from scrapy.exceptions import DownloadCancelledError, DownloadTimeoutError, IgnoreRequest

from crawler.items import ArchivedPage
from crawler.middlewares import is_public_address, retry_after_seconds
from crawler.profiles import ProfileError, infer_profile, load_profiles
from crawler.report import PrivateAddressBlocked, failure_reason
from crawler.state import CrawlState, StateLockedError
from crawler.urls import canonical_url, clean_url
from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.writer import WarcWriter, recover_open_files
from tests.crawl_fixtures import (
    DOCX_BYTES,
    GZIP_HTML,
    HOST,
    PDF_BYTES,
    PROFILE_YAML,
    REPO,
    SITE,
    WRONG_CHARSET_BYTES,
    crawl_command,
    failures_by_url,
    fault_portal,
    latest_report,
    many_articles_portal,
    read_captures,
    run_crawl_process,
    serve,
    write_profile,
)

WARC_NAME = re.compile(r"^bulletin-\d{17}-\d{5}\.warc\.gz$")


def warcio_check(files: list[Path]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "warcio.cli", "check", "-v", *map(str, files)],
        capture_output=True,
        text=True,
    )


# URLs ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "http://STP.KonTum.gov.vn:80/tin-tuc/?b=2&a=1",
            "http://stp.kontum.gov.vn/tin-tuc/?a=1&b=2",
        ),
        (
            "http://a.gov.vn/x.html?utm_source=zalo&fbclid=XYZ&zarsrc=30&id=5#top",
            "http://a.gov.vn/x.html?id=5",
        ),
        (
            "http://a.gov.vn/Pages/x.aspx;jsessionid=0A1B2C?ItemID=7",
            "http://a.gov.vn/Pages/x.aspx?ItemID=7",
        ),
        (
            "http://a.gov.vn/(S(lit3py55t21z5v55vlm25s55))/Pages/x.aspx",
            "http://a.gov.vn/Pages/x.aspx",
        ),
        ("http://a.gov.vn/x.aspx?ASP.NET_SessionId=abc&ID=1", "http://a.gov.vn/x.aspx?ID=1"),
        ("http://a.gov.vn", "http://a.gov.vn/"),
        ("https://a.gov.vn:8443/a/../b.html", "https://a.gov.vn:8443/b.html"),
    ],
)
def test_canonical_url_is_one_spelling_per_page(url, canonical):
    assert canonical_url(url) == canonical


def test_clean_url_keeps_what_the_server_expects():
    # Parameter order and encoding are left alone; only tracking and session ids go.
    assert clean_url("http://a.vn/t?Page=2&utm_medium=x&q=a%20b") == "http://a.vn/t?Page=2&q=a%20b"


# profiles -----------------------------------------------------------------------------
def test_profile_classifies_urls(tmp_path):
    (profile,) = load_profiles([write_profile(tmp_path)])
    assert profile.kind_of(f"{SITE}/tin-tuc/") == "listing"
    # Matches the article pattern too: a listing must still be followed as a listing.
    assert profile.kind_of(f"{SITE}/tin-tuc/trang-2.html") == "listing"
    assert profile.kind_of(f"{SITE}/tin-tuc/bai-viet-12.html") == "article"
    assert profile.kind_of(f"{SITE}/files/cong-van-123.PDF") == "attachment"
    assert profile.kind_of(f"{SITE}/gioi-thieu.html") is None
    assert profile.record() == CrawlMetadata(
        profile="stp-test", province="Kon Tum", agency="Sở Tư pháp tỉnh Thử Nghiệm",
        date_order="mdy",
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (
            (
                "article_patterns: ['/tin-tuc/[^/]+-\\d+\\.html$']",
                "article_patterns: ['/tin-tuc/(']",
            ),
            "article_patterns: bad regular expression",
        ),
        (("date_order: mdy", "date_order: ymd"), "date_order"),
        (("max_depth: 5", "max_depth: 5\nfollow: true"), "follow: Extra inputs are not permitted"),
        (
            (
                "start_urls: ['http://stp.test.localhost/tin-tuc/']",
                "start_urls: ['http://other.vn/']",
            ),
            "outside domains",
        ),
        (("name: stp-test\n", ""), "name: Field required"),
        (("name: stp-test", "name: [unclosed"), "not valid YAML"),
    ],
)
def test_bad_profile_is_a_one_line_error_naming_file_and_field(tmp_path, change, message):
    path = tmp_path / "bad.yaml"
    path.write_text(PROFILE_YAML.replace(*change), encoding="utf-8")
    with pytest.raises(ProfileError) as error:
        load_profiles([path])
    text = str(error.value)
    assert "\n" not in text and str(path) in text and message in text


def test_profiles_load_from_folders_and_names_are_unique(tmp_path):
    write_profile(tmp_path / "a")
    write_profile(tmp_path / "b")
    assert [p.name for p in load_profiles([tmp_path / "a"])] == ["stp-test"]
    with pytest.raises(ProfileError, match="already used"):
        load_profiles([tmp_path / "a", tmp_path / "b"])
    with pytest.raises(ProfileError, match="no such profile"):
        load_profiles([tmp_path / "missing.yaml"])


def test_inferred_profile_treats_start_folder_as_listing_section():
    (profile,) = infer_profile([f"{SITE}/tin-tuc/"])
    assert profile.domains == [HOST] and profile.province is None
    assert profile.kind_of(f"{SITE}/tin-tuc/") == "listing"
    assert profile.kind_of(f"{SITE}/tin-tuc/trang-3.html") == "listing"
    assert profile.kind_of(f"{SITE}/tin-tuc/chi-thi-so-07-123.html") == "article"
    assert profile.kind_of(f"{SITE}/gioi-thieu.html") is None


# politeness and safety helpers ---------------------------------------------------------
def test_retry_after_reads_seconds_and_http_dates():
    now = datetime(2026, 1, 1, tzinfo=UTC)
    assert retry_after_seconds("120") == 120
    assert retry_after_seconds(format_datetime(now + timedelta(seconds=30), usegmt=True), now) == 30
    assert retry_after_seconds(b"soon") is None
    assert retry_after_seconds(None) is None


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.1.2.3", False),
        ("192.168.1.1", False),
        ("169.254.169.254", False),
        ("100.64.0.1", False),
        ("::1", False),
        ("::ffff:127.0.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_only_public_addresses_count_as_public(address, public):
    assert is_public_address(address) is public


@pytest.mark.parametrize(
    ("url", "refused"),
    [
        ("http://10.0.0.8/tin-tuc/", True),
        ("http://[::1]/", True),
        ("http://LOCALHOST:8080/", True),
        ("http://stp.kontum.localhost/", True),
        ("http://8.8.8.8/tin-tuc/", False),
    ],
)
def test_private_and_loopback_hosts_are_refused_before_any_request(url, refused):
    from scrapy import Request
    from scrapy.utils.test import get_crawler

    from crawler.middlewares import PrivateAddressMiddleware

    middleware = PrivateAddressMiddleware(get_crawler(settings_dict={}))
    check = middleware.process_request(Request(url))
    if refused:
        with pytest.raises(PrivateAddressBlocked):
            asyncio.run(check)
    else:
        assert asyncio.run(check) is None


@pytest.mark.parametrize(
    ("exception", "reason"),
    [
        (DownloadTimeoutError("took longer than 2 seconds"), "timeout"),
        (DownloadCancelledError(""), "too large"),
        (IgnoreRequest("Forbidden by robots.txt"), "robots.txt"),
        (IgnoreRequest("max redirections reached"), "too many redirects"),
        (PrivateAddressBlocked("x.localhost is a loopback name"), "private address"),
    ],
)
def test_failure_reasons_are_short_and_filterable(exception, reason):
    assert failure_reason(exception)[0] == reason


def test_a_state_folder_serves_one_crawl_at_a_time(tmp_path):
    state = CrawlState(tmp_path)
    try:
        with pytest.raises(StateLockedError, match="another crawl"):
            CrawlState(tmp_path)
    finally:
        state.close()
    CrawlState(tmp_path).close()  # released on close


# WARC writing --------------------------------------------------------------------------
def _page(n: int, body: bytes = b"<html>x</html>") -> ArchivedPage:
    return ArchivedPage(
        url=f"{SITE}/tin-tuc/bai-{n}.html",
        site="stp-test",
        kind="article",
        status=200,
        fetched_at="2026-11-25T01:02:03+00:00",
        request_headers=[("User-Agent", "bulletin-archiver/0.1")],
        response_headers=[("Content-Type", "text/html"), ("ETag", f'"e{n}"')],
        body=body,
        payload_sha256=f"sha{n}",
    )


def test_warc_files_rotate_by_size_and_pass_warcio_check(tmp_path):
    closed: list[Path] = []
    writer = WarcWriter(tmp_path, max_bytes=2_000, on_close=closed.append)
    for n in range(6):
        writer.write(
            _page(n, b"<html>" + b"y" * 1500 + b"</html>"),
            CrawlMetadata(profile="stp-test", kind="article"),
        )
    assert list(tmp_path.glob("*.open")), "the current file is open until closed"
    files = writer.close()
    assert len(files) > 1 and files == closed
    assert not list(tmp_path.glob("*.open"))
    assert all(WARC_NAME.match(f.name) for f in files)
    check = warcio_check(files)
    assert check.returncode == 0 and check.stdout.count("digest pass") == 6 * 3 + len(files)


def test_half_written_file_is_cut_back_to_last_complete_page(tmp_path):
    writer = WarcWriter(tmp_path, max_bytes=10**9)
    for n in range(3):
        writer.write(
            _page(n), CrawlMetadata(profile="stp-test", kind="article", payload_sha256=f"sha{n}")
        )
    (open_file,) = tmp_path.glob("*.warc.gz.open")
    writer._file.flush()  # simulate a kill: the file stays open, never renamed
    data = open_file.read_bytes()
    open_file.write_bytes(data[:-40])  # the last metadata record is cut short
    closed, captures = recover_open_files(tmp_path)
    assert [c.url for c in captures] == [f"{SITE}/tin-tuc/bai-{n}.html" for n in (0, 1)]
    assert captures[1].crawl.payload_sha256 == "sha1" and captures[1].etag == '"e1"'
    assert len(closed) == 1 and WARC_NAME.match(closed[0].name)
    assert not list(tmp_path.glob("*.open"))
    assert warcio_check(closed).returncode == 0


def test_a_failed_write_leaves_a_recoverable_open_file(tmp_path):
    writer = WarcWriter(tmp_path, max_bytes=10**9)
    writer.write(_page(1), CrawlMetadata(profile="stp-test", kind="article", payload_sha256="sha1"))

    def disk_full(record):
        raise OSError(28, "No space left on device")

    writer._writer.write_record = disk_full  # the next write fails half-way
    with pytest.raises(OSError, match="No space"):
        writer.write(_page(2), CrawlMetadata(profile="stp-test", kind="article"))
    assert writer.close() == []  # never renamed: it would look complete
    closed, captures = recover_open_files(tmp_path)
    assert [c.url for c in captures] == [f"{SITE}/tin-tuc/bai-1.html"]
    assert warcio_check(closed).returncode == 0


def test_recovery_settles_the_urls_that_redirected_to_a_recovered_page(tmp_path):
    """A kill after the WARC flush but before the state commit: on restart the recovered
    capture is known, and neither it nor the URL that redirected to it is fetched again."""
    from scrapy.utils.test import get_crawler

    from crawler.pipelines import WarcPipeline

    old = f"{SITE}/tin-tuc/bai-cu.html"
    page = _page(1)
    writer = WarcWriter(tmp_path / "warc", max_bytes=10**9)
    writer.write(page, CrawlMetadata(profile="stp-test", kind="article", payload_sha256="sha1",
                                     redirected_from=[old]))
    writer._file.flush()  # killed here: the file stays open and the state never learnt it
    state = CrawlState(tmp_path / "state")
    state.begin_job(resume=False)
    for url in (old, page.url, f"{SITE}/tin-tuc/bai-2.html"):
        state.enqueue(url, site="stp-test", kind="article", parent_url=None, depth=1)
    state.commit()
    state.close()

    crawler = get_crawler(settings_dict={
        "BULLETIN_WARC_DIR": str(tmp_path / "warc"), "BULLETIN_STATE_DIR": str(tmp_path / "state"),
        "BULLETIN_RESUME": True, "BULLETIN_WARC_MAX_BYTES": 10**9,
    })
    pipeline = WarcPipeline(crawler)
    pipeline.open_spider()
    assert [entry.url for entry in pipeline.state.pending()] == [f"{SITE}/tin-tuc/bai-2.html"]
    assert pipeline.state.page(page.url).payload_sha256 == "sha1"
    pipeline.state.close()


def test_shipped_profiles_load():
    names = {p.name for p in load_profiles([REPO / "crawler" / "profiles"])}
    assert {"stp-kontum-gov-vn", "bdt-daknong-gov-vn", "moha-gov-vn"} <= names
    demo = {p.name: p for p in load_profiles([REPO / "demo" / "profiles"])}
    assert demo["vpcp"].province is None and demo["stp-kontum"].date_order == "mdy"


# a real crawl of a faulty portal ---------------------------------------------------------
@pytest.fixture(scope="module")
def fault_crawl(tmp_path_factory):
    """The faulty portal crawled twice into one data folder (the second run incremental)."""
    data = tmp_path_factory.mktemp("fault-crawl")
    profile = write_profile(data / "profiles")
    with serve(fault_portal()) as (server, proxy):
        first = run_crawl_process(profile, data, proxy, "--allow-private")
        assert first.returncode == 0, first.stderr[-3000:]
        report = latest_report(data)
        files = sorted((data / "warc").glob("*.warc.gz"))
        captures = read_captures(data / "warc")
        first_seen = len(server.seen)
        second = run_crawl_process(profile, data, proxy, "--allow-private")
        assert second.returncode == 0, second.stderr[-3000:]
        yield SimpleNamespace(
            data=data,
            server=server,
            report=report,
            files=files,
            captures=captures,
            by_url={c.url: c for c in captures},
            second_report=latest_report(data),
            first_requests=server.seen[:first_seen],
            second_requests=server.seen[first_seen:],
            summary=json.loads(first.stdout),
        )


def test_articles_listings_and_attachments_are_archived(fault_crawl):
    urls = set(fault_crawl.by_url)
    expected_articles = {f"{SITE}/tin-tuc/bai-{n}.html" for n in range(1, 6)} | {
        f"{SITE}/tin-tuc/chi-trong-sitemap-30.html",  # found only through robots.txt's sitemap
        f"{SITE}/tin-tuc/qua-tai-12.html",  # after its 503 + Retry-After
        f"{SITE}/tin-tuc/sai-ma-17.html",
        f"{SITE}/tin-tuc/nen-gzip-19.html",
    }
    assert expected_articles <= urls
    assert {c.metadata["kind"] for c in fault_crawl.captures if c.url in expected_articles} == {
        "article"
    }
    for listing in (f"{SITE}/tin-tuc/", f"{SITE}/tin-tuc/trang-2.html"):
        assert fault_crawl.by_url[listing].metadata["kind"] == "listing"
    pdf = fault_crawl.by_url[f"{SITE}/files/cong-van-123.pdf"]
    docx = fault_crawl.by_url[f"{SITE}/files/ke-hoach-45.docx"]
    assert pdf.raw_body == PDF_BYTES and docx.raw_body == DOCX_BYTES
    assert pdf.metadata["kind"] == docx.metadata["kind"] == "attachment"
    assert pdf.metadata["parent_url"] == f"{SITE}/tin-tuc/bai-1.html"
    # each page once, even when linked from several places (listing, sitemap, trang-2)
    assert len(fault_crawl.captures) == len(urls)


def test_each_response_has_its_request_and_self_describing_metadata(fault_crawl):
    capture = fault_crawl.by_url[f"{SITE}/tin-tuc/bai-2.html"]
    assert capture.request_headers["User-Agent"].startswith("bulletin-archiver/0.1 (+mailto:")
    assert capture.request_headers["Host"] == HOST  # the real URL, not the proxy's
    assert capture.metadata == {
        "profile": "stp-test",
        "province": "Kon Tum",
        "agency": "Sở Tư pháp tỉnh Thử Nghiệm",
        "date_order": "mdy",
        "kind": "article",
        "parent_url": f"{SITE}/tin-tuc/",
        "redirected_from": [],
        "payload_sha256": capture.metadata["payload_sha256"],
    }


def test_every_failed_url_is_reported_with_its_reason_and_not_archived(fault_crawl):
    failures = failures_by_url(fault_crawl.report)
    expected = {
        f"{SITE}/tin-tuc/khong-ton-tai-10.html": "http 404",
        f"{SITE}/tin-tuc/loi-may-chu-11.html": "http 500",
        f"{SITE}/tin-tuc/cham-13.html": "timeout",
        f"{SITE}/tin-tuc/vong-lap-14.html": "redirect loop",
        f"{SITE}/tin-tuc/qua-lon-16.html": "too large",
        f"{SITE}/tin-tuc/noi-bo-18.html": "robots.txt",
        "http://ngoai.test.localhost/tin-tuc/bai-ngoai-40.html": "offsite",
    }
    assert {url: failures[url]["reason"] for url in expected if url in failures} == expected
    assert all(failures[url]["parent_url"] == f"{SITE}/tin-tuc/" for url in expected)
    assert not set(expected) & set(fault_crawl.by_url)
    site = fault_crawl.report["sites"]["stp-test"]
    assert site["errors"] == len(fault_crawl.report["failures"]) == len(expected)
    assert site["written"] == len(fault_crawl.captures)


def test_robots_offsite_and_out_of_scope_urls_are_never_requested(fault_crawl):
    requested = {(s.host, s.path) for s in fault_crawl.server.seen}
    assert (HOST, "/tin-tuc/noi-bo-18.html") not in requested
    assert not any(host == "ngoai.test.localhost" for host, _ in requested)
    assert (HOST, "/gioi-thieu.html") not in requested


def test_server_errors_are_retried_and_retry_after_is_honoured(fault_crawl):
    def hits(path: str) -> list:
        return [s for s in fault_crawl.first_requests if s.path == path]

    busy = hits("/tin-tuc/qua-tai-12.html")
    assert len(busy) == 2 and busy[1].at - busy[0].at >= 0.9  # the 503 said Retry-After: 1
    assert fault_crawl.by_url[f"{SITE}/tin-tuc/qua-tai-12.html"].status == 200
    assert len(hits("/tin-tuc/loi-may-chu-11.html")) == 2  # 500: retried once (RETRY_TIMES=1)
    assert len(hits("/tin-tuc/khong-ton-tai-10.html")) == 1  # 404: not retried


def test_payload_bytes_are_archived_as_received(fault_crawl):
    wrong = fault_crawl.by_url[f"{SITE}/tin-tuc/sai-ma-17.html"]
    assert wrong.raw_body == WRONG_CHARSET_BYTES  # UTF-8 bytes under a latin-1 label: untouched
    assert wrong.headers["Content-Type"] == "text/html; charset=iso-8859-1"
    packed = fault_crawl.by_url[f"{SITE}/tin-tuc/nen-gzip-19.html"]
    assert packed.headers["Content-Encoding"] == "gzip" and packed.raw_body[:2] == b"\x1f\x8b"
    assert packed.body == GZIP_HTML


def test_warc_files_are_closed_named_and_valid(fault_crawl):
    assert fault_crawl.files and not list((fault_crawl.data / "warc").glob("*.open"))
    assert all(WARC_NAME.match(f.name) for f in fault_crawl.files)
    assert [Path(p) for p in fault_crawl.summary["warc_files"]] == fault_crawl.files
    check = warcio_check(fault_crawl.files)
    assert check.returncode == 0, check.stdout


def test_recrawl_writes_nothing_new(fault_crawl):
    assert sorted((fault_crawl.data / "warc").glob("*.warc.gz")) == fault_crawl.files
    site = fault_crawl.second_report["sites"]["stp-test"]
    assert site["written"] == 0 and site["unchanged"] >= 8
    conditional = [s for s in fault_crawl.second_requests if s.path == "/tin-tuc/bai-3.html"]
    assert conditional and conditional[0].headers.get("If-None-Match") == '"a3"'


# safety, inference, resume ------------------------------------------------------------------
def test_loopback_hosts_are_refused_without_allow_private(tmp_path):
    profile = write_profile(tmp_path / "profiles")
    with serve(fault_portal()) as (server, proxy):
        result = run_crawl_process(profile, tmp_path, proxy)
    assert result.returncode == 0, result.stderr[-3000:]
    (failure,) = latest_report(tmp_path)["failures"]
    assert failure["url"] == f"{SITE}/tin-tuc/" and failure["reason"] == "private address"
    assert not server.seen
    assert not list((tmp_path / "warc").glob("*.warc.gz*"))


RUN_CRAWL_SCRIPT = """
import json, sys
from pathlib import Path
from crawler.run import run_crawl
data = Path(sys.argv[1])
snapshots = []
summary = run_crawl(
    [], urls=[sys.argv[2]], warc_dir=data / "warc", state_dir=data / "state",
    reports_dir=data / "reports", allow_private=True, proxy=sys.argv[3], throttle=False,
    save_profile=data / "inferred.yaml",
    progress=lambda sites: snapshots.append({k: v.model_dump() for k, v in sites.items()}),
)
print(json.dumps({"summary": summary.model_dump(mode="json"), "snapshots": snapshots}))
"""


def test_run_crawl_from_bare_start_url_infers_profile_and_reports_progress(tmp_path):
    with serve(many_articles_portal(5, 0.0)) as (_, proxy):
        result = subprocess.run(
            [sys.executable, "-c", RUN_CRAWL_SCRIPT, str(tmp_path), f"{SITE}/tin-tuc/", proxy],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=120,
        )
    assert result.returncode == 0, result.stderr[-3000:]
    out = json.loads(result.stdout.strip().splitlines()[-1])
    (site,) = out["summary"]["sites"]
    assert out["summary"]["sites"][site]["written"] == 6  # the listing and 5 articles
    assert out["snapshots"][-1][site]["written"] == 6 and out["snapshots"][-1][site]["queued"] == 0
    kinds = Counter(c.metadata["kind"] for c in read_captures(tmp_path / "warc"))
    assert kinds == {"article": 5, "listing": 1}
    (saved,) = load_profiles([tmp_path / "inferred.yaml"])
    assert saved.start_urls == [f"{SITE}/tin-tuc/"]


def test_crawl_killed_midway_resumes_with_nothing_lost_or_written_twice(tmp_path):
    profile = write_profile(tmp_path / "profiles")
    settings = {"DOWNLOAD_TIMEOUT": 30}
    with serve(many_articles_portal(60, 0.05)) as (server, proxy):
        crawl = subprocess.Popen(
            crawl_command(
                profile, tmp_path, proxy, "--allow-private", "--resume", settings=settings
            ),
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while sum("/bai-" in s.path for s in server.seen) < 25 and time.monotonic() < deadline:
            assert crawl.poll() is None, "the crawl ended before it could be killed"
            time.sleep(0.01)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait()
        assert list((tmp_path / "warc").glob("*.warc.gz.open")), "killed while writing"
        resumed = run_crawl_process(
            profile, tmp_path, proxy, "--allow-private", "--resume", settings=settings
        )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert json.loads(resumed.stdout)["resumed"] is True
    urls = Counter(c.url for c in read_captures(tmp_path / "warc"))
    articles = {f"{SITE}/tin-tuc/bai-{n}.html" for n in range(1, 61)}
    assert articles <= set(urls), f"lost: {sorted(articles - set(urls))}"
    assert max(urls.values()) == 1, f"written twice: {[u for u, n in urls.items() if n > 1]}"
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert not list((tmp_path / "warc").glob("*.open")) and warcio_check(files).returncode == 0


def test_demo_profiles_archive_every_demo_article(tmp_path):
    """The demo portals, crawled over HTTP with demo/profiles: every article of
    demo/articles.json archived once, as an article of the right site, none missing."""
    from demo.serve import start_demo_server

    articles = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]
    server, base = start_demo_server()
    try:
        result = subprocess.run(
            [
                sys.executable,
                "-m",
                "crawler.run",
                "--profiles",
                str(REPO / "demo" / "profiles"),
                "--data-dir",
                str(tmp_path),
                "--proxy",
                base,
                "--allow-private",
                "--no-throttle",
                "--json",
            ],
            capture_output=True,
            text=True,
            cwd=REPO,
            timeout=300,
        )
    finally:
        server.shutdown()
        server.server_close()
    assert result.returncode == 0, result.stderr[-3000:]
    assert json.loads(result.stdout)["failures"] == []
    captures = read_captures(tmp_path / "warc")
    archived = {c.url: c.metadata for c in captures if c.metadata["kind"] == "article"}
    assert set(archived) == {a["url"] for a in articles}
    for article in articles:
        assert archived[article["url"]]["province"] == article["province"]
        assert archived[article["url"]]["agency"] == article["agency"]
    attachments = {a["url"] for art in articles for a in art.get("attachments", [])}
    assert attachments <= {c.url for c in captures if c.metadata["kind"] == "attachment"}
