"""Portals as they really are: postback paging, SharePoint list views, lists built by
JavaScript, feeds, and the coverage report that says what could not be read.

The pure parts (pagers, page keys, platforms, feeds, endpoints, warnings) are tested on
strings; the local portals of tests/portal_fixtures.py are crawled end to end in a
subprocess, once fresh and once incrementally, and once killed with SIGKILL and resumed.
"""

from __future__ import annotations

import json
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import parse_qs

import pytest
from parsel import Selector

from crawler.endpoints import json_links, json_next_page, script_endpoints
from crawler.feeds import feed_entries, feed_links, is_feed
from crawler.pagination import find_pagers, to_follow
from crawler.profiles import load_profiles
from crawler.report import CrawlSummary, build_coverage, pager_warnings
from crawler.state import CrawlState
from crawler.technology import detect_technology
from crawler.urls import page_key
from tests.crawl_fixtures import (
    REPO,
    crawl_command,
    latest_report,
    read_captures,
    run_crawl_process,
    serve,
)
from tests.portal_fixtures import (
    PROFILES,
    all_portals,
    javascript_pager_portal,
    read_viewstate,
    routes_of,
    webforms_portal,
)
from tests.test_crawler import warcio_check


# pagers --------------------------------------------------------------------------------------
def _pagers(body: str, url: str = "http://a.gov.vn/TinTuc.aspx"):
    return find_pagers(Selector(text=f"<html><body>{body}</body></html>"), url)


def _postback(target: str, argument: str, label: str) -> str:
    return f'<a href="javascript:__doPostBack(&#39;{target}&#39;,&#39;{argument}&#39;)">{label}</a>'


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # GridView numbers: absolute pages, posted back
        (
            "<span>1</span>" + _postback("ctl00$Main$gvNews", "Page$2", "2"),
            [("postback", "postback", "number", 2)],
        ),
        # GridView NextPrevious mode
        (
            _postback("gv", "Page$Prev", "&lt;") + _postback("gv", "Page$Next", "&gt;"),
            [("postback", "postback", "previous", None), ("postback", "postback", "next", None)],
        ),
        # GridView's "..." to the next block of ten
        (_postback("gv", "Page$11", "..."), [("postback", "postback", "more", 11)]),
        # a LinkButton pager: no argument, the label says where it goes
        (
            '<div class="phan-trang">' + _postback("ctl00$Main$lnkSau", "", "Sau »") + "</div>",
            [("postback", "postback", "next", None)],
        ),
        # a submit button pager
        (
            '<input type="submit" name="ctl00$Main$btnTrangSau" value="Trang sau" />',
            [("postback", "postback", "next", None)],
        ),
        # SharePoint list view arrows in onclick, the previous one marked PagedPrev
        (
            "<a onclick='javascript:RefreshPageTo(event, \"\\u002fPages\\u002fTin.aspx?Paged=TRUE"
            '\\u0026PagedPrev=TRUE\\u0026p_ID=4\\u0026PageLastRow=3");\' href="javascript:">'
            '<img alt="Previous"></a>'
            "<a onclick='javascript:RefreshPageTo(event, \"\\u002fPages\\u002fTin.aspx?Paged=TRUE"
            '\\u0026p_ID=6\\u0026PageFirstRow=7");\' href="javascript:"><img alt="Next"></a>',
            [("link", "sharepoint", "previous", None), ("link", "sharepoint", "next", None)],
        ),
        # DNN and Liferay paging parameters, WordPress and Vietnamese page paths
        (
            '<a href="/tin-tuc/tabid/61/currentpage/2/Default.aspx">2</a>',
            [("link", "dnn", "number", 2)],
        ),
        (
            '<a href="/web/guest/tin?p_p_id=101_INSTANCE_ab&_101_INSTANCE_ab_cur=3">3</a>',
            [("link", "liferay", "number", 3)],
        ),
        ('<a href="/category/tin/page/2/">Trang sau</a>', [("link", "links", "next", None)]),
        ('<a href="/tin-tuc/trang-4.html">4</a>', [("link", "links", "number", 4)]),
        # only JavaScript can follow it: found, reported, never requested
        (
            '<div class="pager"><a href="javascript:void(0)" onclick="goPage(2)">2</a></div>',
            [("script", "javascript", "number", 2)],
        ),
        # not pagers: a login postback, a sort header, an article, a carousel arrow
        (
            _postback("ctl00$lbtnLogin", "", "Đăng nhập")
            + _postback("gv", "Sort$Title", "Tiêu đề")
            + '<a href="/tin-tuc/bai-viet-2.html">Bài viết 2</a>'
            + '<a href="javascript:void(0)" onclick="slide(1)">»</a>',
            [],
        ),
    ],
)
def test_pagers_are_recognised_however_the_platform_writes_them(body, expected):
    found = [(p.mode, p.method, p.relation, p.page) for p in _pagers(body)]
    assert found == expected


def test_sharepoint_pager_urls_are_decoded():
    (pager,) = _pagers(
        "<a onclick='javascript:RefreshPageTo(event, \"\\u002fPages\\u002fTin.aspx?Paged=TRUE"
        '\\u0026p_ID=6\\u0026PageFirstRow=7");\' href="javascript:"><img alt="Next"></a>'
    )
    assert pager.url == "http://a.gov.vn/Pages/Tin.aspx?Paged=TRUE&p_ID=6&PageFirstRow=7"


def test_lists_are_walked_forwards_by_numbers_then_by_next():
    numbers = "".join(_postback("gv", f"Page${n}", str(n)) for n in range(1, 11))
    pagers = _pagers(
        numbers + _postback("gv", "Page$11", "...") + _postback("gv", "Page$Next", ">")
    )
    assert [p.page for p in to_follow(pagers, 1)] == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11]
    assert [p.page for p in to_follow(pagers, 10)] == [11]
    # nothing numbered ahead: the relative "next" is the way on, "previous" never is
    relative = _pagers(_postback("gv", "Page$Prev", "<") + _postback("gv", "Page$Next", ">"))
    assert [p.argument for p in to_follow(relative, 4)] == ["Page$Next"]


def test_a_postback_page_is_one_page_whichever_page_asked_for_it():
    url = "http://a.gov.vn/TinTuc.aspx"

    def form(viewstate: str, target: str, argument: str) -> bytes:
        return (
            f"__VIEWSTATE={viewstate}&__EVENTVALIDATION=ev{viewstate}&__EVENTTARGET={target}"
            f"&__EVENTARGUMENT={argument}&ctl00%24txtTuKhoa="
        ).encode()

    from_page_1 = page_key(url, "POST", form("AAA", "gv", "Page%243"))
    from_page_2 = page_key(url, "POST", form("BBB", "gv", "Page%243"))
    assert from_page_1 == from_page_2 != page_key(url, "POST", form("AAA", "gv", "Page%244"))
    assert from_page_1 != page_key(url)  # not the page a GET fetches
    # "Sau" means another page from every page: the view state tells them apart
    assert page_key(url, "POST", form("AAA", "lnkSau", "")) != page_key(
        url, "POST", form("BBB", "lnkSau", "")
    )
    assert page_key("http://A.gov.vn/x?b=1&a=2") == "http://a.gov.vn/x?a=2&b=1"


# platforms, feeds, endpoints ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("headers", "html", "technology"),
    [
        (
            {"X-AspNet-Version": "4.0.30319"},
            '<input type="hidden" name="__VIEWSTATE" />',
            "webforms",
        ),
        ({"MicrosoftSharePointTeamServices": "15.0"}, 'name="__VIEWSTATE"', "sharepoint"),
        ({}, "<script>var _spPageContextInfo = {};</script>", "sharepoint"),
        ({}, '<link href="/Portals/0/x.css"><script src="/DesktopModules/News/a.js">', "dnn"),
        ({"Liferay-Portal": "Liferay Community Edition Portal 7.4"}, "", "liferay"),
        ({}, '<a href="/web/guest/tin?p_p_id=101&p_p_lifecycle=0">x</a>', "liferay"),
        ({}, '<link rel="stylesheet" href="/wp-content/themes/t/style.css">', "wordpress"),
        ({}, '<meta name="generator" content="Joomla! - Open Source">', "joomla"),
        ({"Server": "nginx"}, "<p>Trang chủ</p>", None),
    ],
)
def test_the_platform_is_told_by_its_signs(headers, html, technology):
    found = detect_technology(headers, html)
    assert (found.name if found else None) == technology
    if found:
        assert found.evidence


def test_feeds_are_found_in_the_head_and_read_for_their_items():
    page = Selector(
        text='<head><link rel="alternate" type="application/rss+xml" href="/rss/tin-tuc.rss">'
        '<link rel="alternate" hreflang="en" href="/en/"></head>'
    )
    assert feed_links(page, "http://a.gov.vn/") == ["http://a.gov.vn/rss/tin-tuc.rss"]
    rss = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><link>http://a.gov.vn/</link>'
        b"<item><link>http://a.gov.vn/tin/bai-1.html</link></item>"
        b'<item><guid isPermaLink="true">/tin/bai-2.html</guid></item></channel></rss>'
    )
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><entry><link rel="edit" href="/e/1"/>'
        b'<link rel="alternate" href="/tin/bai-3.html"/></entry></feed>'
    )
    assert is_feed(rss) and is_feed(atom) and not is_feed(b"<html><body></body></html>")
    assert feed_entries(rss, "http://a.gov.vn/rss") == [
        "http://a.gov.vn/tin/bai-1.html",
        "http://a.gov.vn/tin/bai-2.html",
    ]
    assert feed_entries(atom, "http://a.gov.vn/") == ["http://a.gov.vn/tin/bai-3.html"]


def test_json_endpoints_are_read_out_of_inline_scripts():
    page = Selector(
        text="<script>fetch('/Services/TinMoi.ashx?top=5').then(r => r.json());"
        "$.ajax({url: '/api/tin?page=1', type: 'GET'}); fetch(`/api/${id}`);"
        "$.getJSON('http://other.gov.vn/x.json'); $.get('/js/app.js');</script>"
        '<script src="/js/list.js"></script>'
    )
    assert script_endpoints(page, "http://a.gov.vn/TinTuc.aspx") == [
        "http://a.gov.vn/Services/TinMoi.ashx?top=5",
        "http://a.gov.vn/api/tin?page=1",
    ]


def test_json_answers_give_their_links_and_their_next_page():
    payload = json.dumps(
        {
            "items": [{"url": "/tin/bai-1.html", "image": "/Uploads/a.jpg"}],
            "more": {"link": "http://a.gov.vn/tin/bai-2.html"},
        }
    ).encode()
    assert json_links(payload, "http://a.gov.vn/api/tin") == [
        "http://a.gov.vn/tin/bai-1.html",
        "http://a.gov.vn/tin/bai-2.html",
    ]
    assert json_next_page(payload, "http://a.gov.vn/api/tin?page=1") == (
        "http://a.gov.vn/api/tin?page=2"
    )
    assert json_next_page(b'{"next": "/api/tin?p=x"}', "http://a.gov.vn/api/tin") == (
        "http://a.gov.vn/api/tin?p=x"
    )
    assert json_next_page(b'{"next": null}', "http://a.gov.vn/api/tin?page=3") is None
    assert json_links(b"<html>not json</html>", "http://a.gov.vn/") == []


# the report ------------------------------------------------------------------------------------
def test_a_pager_seen_but_not_followed_is_a_warning_and_a_deliberate_stop_is_not():
    records = [
        (
            "tinh",
            {
                "url": "http://a.gov.vn/TinTuc.aspx",
                "key": "http://a.gov.vn/TinTuc.aspx",
                "via": "start",
                "articles": 3,
                "new_articles": 3,
                "pagers_found": 2,
                "skipped": [
                    {"pager": "2 (goPage(2))", "reason": "a JavaScript pager", "warn": True},
                    {"pager": "3 (goPage(3))", "reason": "a JavaScript pager", "warn": True},
                ],
                "technology": {"name": "webforms", "evidence": ["__VIEWSTATE"]},
            },
        ),
        (
            "cu",
            {
                "url": "http://b.gov.vn/",
                "via": "start",
                "articles": 2,
                "skipped": [{"pager": "2", "reason": "nothing new", "warn": False}],
            },
        ),
    ]
    coverage = build_coverage(records, {("tinh", "article"): 3})
    assert coverage["tinh"].technology == "webforms" and coverage["tinh"].articles_new == 3
    assert coverage["tinh"].list_pages_seen == 3 and coverage["tinh"].list_pages_followed == 1
    summary = CrawlSummary(job="j", started="now", coverage=coverage, report_path=Path("r.json"))
    (warning,) = pager_warnings(summary)
    assert warning.startswith("warning: tinh: 2 pagers seen but not followed")
    assert "2 (goPage(2)) on http://a.gov.vn/TinTuc.aspx: a JavaScript pager and 1 more" in warning
    assert "r.json" in warning


def test_an_older_crawl_state_gains_the_new_columns(tmp_path):
    old = sqlite3.connect(tmp_path / "crawl.sqlite3")
    old.executescript(
        "CREATE TABLE pages (url TEXT PRIMARY KEY, payload_sha256 TEXT NOT NULL, etag TEXT,"
        " last_modified TEXT, warc_file TEXT, warc_offset INTEGER, fetched_at TEXT, job TEXT);"
        "CREATE TABLE frontier (key TEXT PRIMARY KEY, url TEXT NOT NULL, site TEXT, kind TEXT,"
        " parent_url TEXT, depth INTEGER NOT NULL DEFAULT 0,"
        " status TEXT NOT NULL DEFAULT 'queued', reason TEXT);"
        "INSERT INTO pages VALUES ('http://a.vn/x', 'abc', NULL, NULL, 'f.warc.gz', 0, NULL, 'j1');"
    )
    old.commit()
    old.close()
    state = CrawlState(tmp_path)
    try:
        state.begin_job(resume=False)
        assert state.page("http://a.vn/x").payload_sha256 == "abc"
        assert state.known_before("http://a.vn/x") and not state.known_before("http://a.vn/y")
    finally:
        state.close()


# end to end -----------------------------------------------------------------------------------
def _write_profiles(directory: Path, names=tuple(PROFILES)) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name in names:
        (directory / f"{name}.yaml").write_text(PROFILES[name], encoding="utf-8")
    return directory


@pytest.fixture(scope="module")
def portals_crawl(tmp_path_factory):
    """The five local portals crawled with their profiles, then crawled again."""
    data = tmp_path_factory.mktemp("portals")
    profiles = _write_profiles(data / "profiles")
    portals = all_portals()
    with serve(routes_of(*portals.values())) as (server, proxy):
        first = run_crawl_process(profiles, data, proxy, "--allow-private", timeout=300)
        assert first.returncode == 0, first.stderr[-3000:]
        report = latest_report(data)
        captures = read_captures(data / "warc")
        files = sorted((data / "warc").glob("*.warc.gz"))
        first_seen = len(server.seen)
        second = run_crawl_process(profiles, data, proxy, "--allow-private", timeout=300)
        assert second.returncode == 0, second.stderr[-3000:]
        yield SimpleNamespace(
            portals=portals,
            report=report,
            second_report=latest_report(data),
            captures=captures,
            files=files,
            first_requests=server.seen[:first_seen],
            second_requests=server.seen[first_seen:],
            first=first,
            second=second,
        )


@pytest.mark.parametrize("site", ["webforms", "sharepoint", "json", "rendered", "feed"])
def test_every_article_of_every_portal_is_archived_once(portals_crawl, site):
    portal = portals_crawl.portals[site]
    articles = Counter(
        c.url
        for c in portals_crawl.captures
        if c.metadata.get("profile") == site and c.metadata.get("kind") == "article"
    )
    assert set(articles) == set(portal.articles)
    assert max(articles.values()) == 1
    attachments = {c.url for c in portals_crawl.captures if c.metadata.get("kind") == "attachment"}
    assert set(portal.attachments) <= attachments


def test_postback_pages_are_archived_with_the_form_that_asked_for_them(portals_crawl):
    posts = [c for c in portals_crawl.captures if c.request_method == "POST"]
    asked = Counter()
    for capture in posts:
        form = parse_qs(capture.request_body.decode(), keep_blank_values=True)
        assert read_viewstate(form["__VIEWSTATE"][0]) is not None  # the page's own state
        asked[(capture.url, form["__EVENTTARGET"][0], form["__EVENTARGUMENT"][0])] += 1
    assert asked == {
        ("http://webforms.test.localhost/TinTuc.aspx", "ctl00$Main$gvNews", "Page$2"): 1,
        ("http://webforms.test.localhost/TinTuc.aspx", "ctl00$Main$gvNews", "Page$3"): 1,
        ("http://webforms.test.localhost/TinTuc.aspx", "ctl00$Main$gvNews", "Page$4"): 1,
        ("http://webforms.test.localhost/VanBan.aspx", "ctl00$Main$lnkSau", ""): 2,
    }
    assert all(c.metadata["kind"] == "listing" and c.status == 200 for c in posts)
    # the server never had to refuse a form: every post carried a valid view state
    refused = [s for s in portals_crawl.first_requests if s.method == "POST"]
    assert len(refused) == len(posts)


def test_a_rendered_list_keeps_what_the_browser_fetched(portals_crawl):
    by_url = {c.url: c for c in portals_crawl.captures}
    listing = "http://render.test.localhost/thong-bao/"
    assert by_url[listing].metadata["kind"] == "listing"
    for resource in ("/js/thong-bao.js", "/data/thong-bao.json"):
        capture = by_url[f"http://render.test.localhost{resource}"]
        assert capture.metadata["kind"] == "other" and capture.metadata["parent_url"] == listing
        assert capture.body and "Content-Encoding" not in capture.headers
    # images stay out of a render: only scripts and XHR leave the browser
    assert not [s for s in portals_crawl.first_requests if s.path == "/img/logo.gif"]
    assert [c.url for c in portals_crawl.captures].count(listing) == 1


def test_the_archive_passes_warcio_check(portals_crawl):
    check = warcio_check(portals_crawl.files)
    assert check.returncode == 0, check.stdout[-2000:]


def test_the_coverage_report_says_how_each_site_pages(portals_crawl):
    coverage = portals_crawl.report["coverage"]
    expected = {
        "webforms": ("webforms", ["postback", "json"], 8),
        "sharepoint": ("sharepoint", ["sharepoint"], 3),
        "json": (None, ["json"], 4),
        "rendered": (None, ["rendered"], 1),
        "feed": ("wordpress", [], 2),
    }
    for site, (technology, pagination, pages) in expected.items():
        cover = coverage[site]
        assert cover["technology"] == technology, site
        assert cover["pagination"] == pagination, site
        assert cover["list_pages_followed"] == cover["list_pages_seen"] == pages, site
        assert cover["articles_new"] == len(portals_crawl.portals[site].articles), site
        assert cover["pagers_not_followed"] == [], site
    pages = {(p["url"], p["page"]): p for p in coverage["webforms"]["list_pages"]}
    assert pages[("http://webforms.test.localhost/TinTuc.aspx", 4)]["articles"] == 1
    assert pages[("http://webforms.test.localhost/TinTuc.aspx", None)]["new_articles"] == 3
    assert pages[("http://webforms.test.localhost/VanBan.aspx", 3)]["attachments"] == 1
    assert coverage["webforms"]["json_endpoints"] == [
        "http://webforms.test.localhost/Services/TinMoi.ashx?top=5"
    ]
    assert coverage["feed"]["feeds"] == ["http://rss.test.localhost/feed/"]
    assert "warning" not in portals_crawl.first.stderr


def test_an_incremental_crawl_stops_paging_where_nothing_is_new(portals_crawl):
    report = portals_crawl.second_report
    assert all(site["written"] == 0 for site in report["sites"].values())
    assert not [s for s in portals_crawl.second_requests if s.method == "POST"]
    cover = report["coverage"]["webforms"]
    assert cover["articles_new"] == 0 and cover["pagination"] == ["postback", "json"]
    stops = {p["pager"]: p for p in cover["pagers_not_followed"]}
    assert {p["reason"] for p in stops.values()} == {
        "nothing new on this page since the last crawl"
    }
    assert not any(p["warn"] for p in stops.values())
    assert "warning" not in portals_crawl.second.stderr


# one bare URL, as a user types it ----------------------------------------------------------------
def _bulletin(data: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "indexer.cli", "--data-dir", str(data), "crawl", *args],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=REPO,
    )


def test_bulletin_crawl_of_a_webforms_portal_reads_every_page_and_saves_how(tmp_path):
    portal = webforms_portal()
    with serve(portal.routes) as (_, proxy):
        result = _bulletin(
            tmp_path,
            "http://webforms.test.localhost/TinTuc.aspx",
            "--proxy",
            proxy,
            "--allow-private",
            "--no-throttle",
            "--save-profile",
            str(tmp_path / "saved.yaml"),
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert "warning" not in result.stderr
    archived = {c.url for c in read_captures(tmp_path / "warc")}
    assert set(portal.articles) <= archived, sorted(set(portal.articles) - archived)
    assert set(portal.attachments) <= archived
    (saved,) = load_profiles([tmp_path / "saved.yaml"])
    assert saved.technology == "webforms" and saved.pagination == ["postback", "json"]
    assert saved.start_urls == ["http://webforms.test.localhost/TinTuc.aspx"]


def test_a_pager_the_crawler_cannot_follow_is_reported_and_warned_about(tmp_path):
    portal = javascript_pager_portal()
    with serve(portal.routes) as (server, proxy):
        result = _bulletin(
            tmp_path,
            "http://jspager.test.localhost/tin-tuc/",
            "--proxy",
            proxy,
            "--allow-private",
            "--no-throttle",
        )
    assert result.returncode == 0, result.stderr[-3000:]
    warning = " ".join(result.stderr.split())
    assert "warning: jspager-test-localhost: 1 pager seen but not followed" in warning
    assert "a JavaScript pager the crawler cannot run" in warning
    (skipped,) = latest_report(tmp_path)["coverage"]["jspager-test-localhost"][
        "pagers_not_followed"
    ]
    assert skipped["list_url"] == "http://jspager.test.localhost/tin-tuc/" and skipped["warn"]


def test_postbacks_turned_off_are_named_in_the_warning(tmp_path):
    profiles = _write_profiles(tmp_path / "profiles", ["webforms"])
    with serve(webforms_portal().routes) as (server, proxy):
        result = run_crawl_process(
            profiles,
            tmp_path,
            proxy,
            "--allow-private",
            settings={"BULLETIN_FOLLOW_POSTBACKS": False},
        )
    assert result.returncode == 0, result.stderr[-3000:]
    assert not [s for s in server.seen if s.method == "POST"]
    warning = next(line for line in result.stderr.splitlines() if line.startswith("warning"))
    assert "webforms: 4 pagers seen but not followed" in warning
    assert "postback paging is off (BULLETIN_FOLLOW_POSTBACKS)" in warning


# kill -9 in the middle of a postback chain ------------------------------------------------
def test_a_postback_crawl_killed_midway_resumes_exactly(tmp_path):
    profile = PROFILES["webforms"].replace("webforms.test.localhost", "resume.test.localhost")
    (tmp_path / "profiles").mkdir()
    (tmp_path / "profiles" / "resume.yaml").write_text(profile, encoding="utf-8")
    portal = webforms_portal(
        "resume.test.localhost", news=60, announcements=0, pager="nextprev", delay=0.05
    )
    settings = {"DOWNLOAD_TIMEOUT": 30}
    command = crawl_command(
        tmp_path / "profiles", tmp_path, "", "--allow-private", "--resume", settings=settings
    )
    with serve(portal.routes) as (server, proxy):
        command[command.index("--proxy") + 1] = proxy
        log = tmp_path / "killed-crawl.log"
        with log.open("wb") as stderr:
            crawl = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=stderr)
        deadline = time.monotonic() + 90
        while sum("NewsID" in s.path for s in server.seen) < 25 and time.monotonic() < deadline:
            assert crawl.poll() is None, "the crawl ended before it could be killed:\n" + (
                log.read_text(errors="replace")[-3000:]
            )
            time.sleep(0.01)
        crawl.send_signal(signal.SIGKILL)
        crawl.wait()
        resumed = run_crawl_process(
            tmp_path / "profiles", tmp_path, proxy, "--allow-private", "--resume", settings=settings
        )
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert json.loads(resumed.stdout)["resumed"] is True
    captures = read_captures(tmp_path / "warc")
    urls = Counter(c.url for c in captures if c.request_method == "GET")
    assert set(portal.articles) | set(portal.attachments) <= set(urls)
    assert max(urls.values()) == 1, [u for u, n in urls.items() if n > 1]
    # each page of the list once: page N+1 posted from page N's own view state
    posted_from = Counter(
        read_viewstate(parse_qs(c.request_body.decode(), keep_blank_values=True)["__VIEWSTATE"][0])
        for c in captures
        if c.request_method == "POST"
    )
    assert posted_from == {("TinTuc", n): 1 for n in range(1, 20)} | {
        ("VanBan", 1): 1,
        ("VanBan", 2): 1,
    }
    cover = latest_report(tmp_path)["coverage"]["webforms"]
    assert cover["articles_new"] == 60 and cover["list_pages_followed"] == 20 + 3 + 1
    files = sorted((tmp_path / "warc").glob("*.warc.gz"))
    assert warcio_check(files).returncode == 0
