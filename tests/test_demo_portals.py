"""The bundled demo portals: what a crawler and a tester see over HTTP, and the truth files."""

from __future__ import annotations

import html
import http.client
import io
import json
import re
import subprocess
import sys
import unicodedata
import urllib.parse
import urllib.request
import urllib.robotparser
import warnings
from datetime import datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest

ROOT = Path(__file__).resolve().parents[1]
# demo/ is a top-level folder, not an installed package: import it from the checkout.
sys.path.insert(0, str(ROOT))

from demo import build  # noqa: E402
from demo.serve import start_demo_server  # noqa: E402

TRUTH = json.loads((ROOT / "demo" / "articles.json").read_text("utf-8"))
QUERIES = json.loads((ROOT / "demo" / "queries.json").read_text("utf-8"))["queries"]
ARTICLES = TRUTH["articles"]
BY_URL = {a["url"]: a for a in ARTICLES}
PORTALS = {s["host"]: s for s in build.load_portals()}
BODIES = {a.url: a.text for a in build.load_articles(list(PORTALS.values()))}


@pytest.fixture(scope="module")
def server():
    srv, base = start_demo_server()
    yield srv.server_address[1], base
    srv.shutdown()
    srv.server_close()


def get(port: int, target: str, headers: dict[str, str] | None = None, method: str = "GET"):
    """One raw request: `target` is a path (sent with a Host header) or an absolute URI."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request(method, target, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def fetch(port: int, url: str, headers: dict[str, str] | None = None):
    """GET a demo URL the way a crawler does: the server as HTTP proxy."""
    return get(port, url, headers)


def page_text(body: bytes, content_type: str) -> str:
    charset = re.search(r"charset=([\w-]+)", content_type).group(1)
    codec = {"windows-1258": "cp1258"}.get(charset.lower(), charset)
    return unicodedata.normalize("NFC", html.unescape(body.decode(codec)))


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


# ------------------------------------------------------------------ the server


def test_serves_by_host_header_ignoring_port(server):
    port, _ = server
    status, headers, body = get(port, "/tin-tuc/", {"Host": f"stp.kontum.localhost:{port}"})
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    assert "TIN TỨC HOẠT ĐỘNG" in body.decode("utf-8")


def test_serves_as_forward_proxy_for_absolute_uris(server):
    port, base = server
    status, _, body = get(port, "http://vpcp.localhost/chi-dao-dieu-hanh/")
    assert status == 200 and "Văn bản chỉ đạo, điều hành" in body.decode("utf-8")
    # The same through urllib configured with the demo server as its HTTP proxy.
    opener = urllib.request.build_opener(urllib.request.ProxyHandler({"http": base}))
    with opener.open("http://bdt.daknong.localhost/", timeout=10) as resp:
        assert resp.geturl() == "http://bdt.daknong.localhost/Pages/default.aspx"  # redirected
        assert "Skip Ribbon Commands" in resp.read().decode("utf-8")


def test_missing_pages_unknown_hosts_and_internal_files_are_not_served(server):
    port, _ = server
    assert get(port, "http://stp.kontum.localhost/khong-co.html")[0] == 404
    assert get(port, "http://stp.kontum.localhost/_headers.json")[0] == 404
    assert get(port, "http://stp.kontum.localhost/../vpcp.localhost/index.html")[0] == 404
    assert get(port, "http://example.com/")[0] == 502  # the demo proxy reaches nothing else
    assert get(port, "/", {"Host": "nowhere.localhost"})[0] == 404


def test_directory_without_slash_redirects_and_index_lists_sites(server):
    port, _ = server
    status, headers, _ = get(port, "http://snv.thuathienhue.localhost/vi/tin-tuc")
    assert status == 301 and headers["location"] == "/vi/tin-tuc/"
    status, _, body = get(port, "/", {"Host": "127.0.0.1"})
    assert status == 200 and b"stp.kontum.localhost" in body


def test_validators_give_304_on_revalidation(server):
    port, _ = server
    url = ARTICLES[0]["url"]
    status, headers, _ = fetch(port, url)
    assert status == 200 and headers["etag"] and headers["last-modified"]
    assert fetch(port, url, {"If-None-Match": headers["etag"]})[0] == 304
    assert fetch(port, url, {"If-Modified-Since": headers["last-modified"]})[0] == 304
    assert fetch(port, url, {"If-None-Match": '"other"'})[0] == 200
    assert fetch(port, url, {"If-Modified-Since": "Mon, 01 Jan 2001 00:00:00 GMT"})[0] == 200


def test_head_sends_headers_only(server):
    port, _ = server
    status, headers, body = get(port, "http://vpcp.localhost/sitemap.xml", method="HEAD")
    assert status == 200 and int(headers["content-length"]) > 0 and body == b""


# ------------------------------------------------------------------ the articles


def test_demo_has_sixty_plus_articles_on_four_plus_sites_one_central():
    assert len(ARTICLES) >= 60
    assert len(TRUTH["sites"]) >= 4
    assert [s for s in TRUTH["sites"].values() if s["province"] is None], "no central body"
    assert len({s["province"] for s in TRUTH["sites"].values() if s["province"]}) >= 3
    for a in ARTICLES:
        assert 150 <= a["words"] <= 600, a["id"]
        datetime.fromisoformat(a["published"])


def test_every_article_page_is_served_with_its_title_date_and_citations(server):
    port, _ = server
    for a in ARTICLES:
        status, headers, body = fetch(port, a["url"])
        assert status == 200, a["url"]
        text = page_text(body, headers["content-type"])
        assert a["title"] in text, a["url"]
        style = PORTALS[a["site"]]["date_style"]
        shown = build.format_date(style, datetime.fromisoformat(a["published"]))
        assert shown in text, (a["url"], shown)
        for number in a["citations"]:
            assert number in text, (a["url"], number)


def test_exactly_one_windows_1258_page_decodes_to_the_right_title(server):
    port, _ = server
    legacy = [a for a in ARTICLES if a["encoding"] == "windows-1258"]
    assert len(legacy) == 1
    status, headers, body = fetch(port, legacy[0]["url"])
    assert status == 200
    assert headers["content-type"] == "text/html; charset=windows-1258"
    with pytest.raises(UnicodeDecodeError):
        body.decode("utf-8")
    decoded = unicodedata.normalize("NFC", body.decode("cp1258"))
    assert '<meta http-equiv="Content-Type" content="text/html; charset=windows-1258"' in decoded
    assert legacy[0]["title"] in decoded


def test_exactly_one_page_is_decomposed_unicode(server):
    port, _ = server
    nfd = [a for a in ARTICLES if a["unicode_form"] == "NFD"]
    assert len(nfd) == 1
    body = fetch(port, nfd[0]["url"])[2].decode("utf-8")
    assert nfd[0]["title"] not in body  # the bytes are decomposed ...
    assert nfd[0]["title"] in unicodedata.normalize("NFC", body)  # ... and mean the same


def test_near_duplicates_are_the_same_text_on_another_site():
    articles = {a.id: a for a in build.load_articles(list(PORTALS.values()))}
    copies = [a for a in articles.values() if a.duplicate_of]
    assert len(copies) >= 2

    def shingles(text: str) -> set[tuple[str, ...]]:
        words = re.findall(r"\w+", text.lower())
        return {tuple(words[i : i + 3]) for i in range(len(words) - 2)}

    for copy in copies:
        original = articles[copy.duplicate_of]
        assert copy.site != original.site
        a, b = shingles(copy.text), shingles(original.text)
        assert len(a & b) / len(a | b) >= 0.8, copy.id


@pytest.mark.parametrize("number", ["16/CT-TTg", "1099/CĐ-TTg", "1422/CĐ-TTg"])
def test_provinces_respond_to_the_same_central_document_days_apart(number):
    central = [a for a in ARTICLES if a["province"] is None and number in a["citations"]]
    assert central, f"the central site publishes {number}"
    first = min(datetime.fromisoformat(a["published"]) for a in central)
    responses = [a for a in ARTICLES if a["province"] and number in a["implements"]]
    assert len({a["province"] for a in responses}) >= 3
    for a in responses:
        assert first <= datetime.fromisoformat(a["published"]) <= first + timedelta(days=7), a["id"]
    assert len({a["published"][:10] for a in responses}) >= 2


def test_attachments_are_real_documents_with_the_cited_number(server):
    docx = pytest.importorskip("docx")
    pypdf = pytest.importorskip("pypdf")
    port, _ = server
    attachments = [(a, f) for a in ARTICLES for f in a["attachments"]]
    assert {f["kind"] for _, f in attachments} >= {"pdf", "docx"}
    assert [f for _, f in attachments if f.get("scan")], "one attachment is a scan"
    for article, file in attachments:
        status, headers, body = fetch(port, file["url"])
        assert status == 200
        if file["kind"] == "pdf":
            assert headers["content-type"] == "application/pdf"
            text = "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(body)).pages)
        else:
            text = "\n".join(p.text for p in docx.Document(io.BytesIO(body)).paragraphs)
        number = file["label"].split("số ")[1].split()[0]
        if file.get("scan"):  # page images only: the text is for OCR to find
            assert not text.strip()
            text = _ocr_text(body)
            if text is None:
                continue  # no OCR here (`make install` installs it): the others are checked
        assert f"Số: {number}" in text
        # the directive it implements, or (a directive of its own) what it cites
        cited = article["implements"] or [n for n in article["citations"] if n != number]
        assert any(n in text for n in cited)
        _, headers, body = fetch(port, article["url"])
        assert urlsplit(file["url"]).path in page_text(body, headers["content-type"])


def _ocr_text(body: bytes) -> str | None:
    """The scan's text read by OCR; None (and a warning) where OCR is not installed."""
    from indexer.extract import ocr
    from indexer.extract.attachments import read_attachment

    reason = ocr.missing_tools() or ocr.pdf_renderer_missing()
    if reason:
        warnings.warn(f"the scanned demo attachment is not checked: {reason}", stacklevel=2)
        return None
    return read_attachment(body, "pdf", "scan.pdf").text


# ------------------------------------------------------------------ site structure


def test_listings_paginate_ten_per_page_and_reach_every_article(server):
    port, _ = server
    for host, site in TRUTH["sites"].items():
        if site.get("postback"):
            continue  # pages by form POSTs: the next test
        linked: set[str] = set()
        pages = site["listing_urls"]
        assert len(pages) >= 2, host
        for n, url in enumerate(pages):
            status, headers, body = fetch(port, url)
            assert status == 200
            text = body.decode("utf-8")
            here = {urljoin(url, h) for h in re.findall(r'href="([^"]+)"', text)}
            items = here & set(BY_URL)
            assert len(items) >= (10 if n < len(pages) - 1 else 1), url
            linked |= items
            if n + 1 < len(pages):
                assert pages[n + 1] in here, f"{url} links to the next page"
        assert linked == {a["url"] for a in ARTICLES if a["site"] == host}


def _form_fields(text: str) -> dict[str, str]:
    return dict(re.findall(r'<input type="hidden" name="(__\w+)" id="__\w+" value="([^"]*)"', text))


def _postback(port: int, url: str, fields: dict[str, str]):
    body = urllib.parse.urlencode(fields).encode()
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    try:
        conn.request("POST", url, body=body,
                     headers={"Content-Type": "application/x-www-form-urlencoded"})
        resp = conn.getresponse()
        return resp.status, resp.read().decode("utf-8")
    finally:
        conn.close()


def test_the_webforms_portal_pages_by_postback_and_fills_tin_moi_by_script(server):
    """Only a form POST with the page's own view state brings the next page, and one
    announcement is named by the "Tin mới" JSON alone: what a crawler following hrefs misses."""
    port, _ = server
    (host, site), = [(h, s) for h, s in TRUTH["sites"].items() if s.get("postback")]
    postback = site["postback"]
    url = postback["url"]
    per_page = PORTALS[host]["per_page"]
    status, _, body = fetch(port, url)
    text = body.decode("utf-8")
    assert status == 200 and "__doPostBack(&#39;" + postback["target"] + "&#39;,&#39;Page$2" in text
    listed: set[str] = set()
    for n in range(1, postback["pages"] + 1):
        if n > 1:
            fields = _form_fields(text) | {"__EVENTTARGET": postback["target"],
                                           "__EVENTARGUMENT": f"Page${n}"}
            status, text = _postback(port, url, fields)
            assert status == 200, n
        items = {urljoin(url, h) for h in re.findall(r'href="([^"]+)"', text)} & set(BY_URL)
        assert len(items) >= (per_page if n < postback["pages"] else 1), n
        listed |= items
    assert _postback(port, url, {"__VIEWSTATE": "forged", "__EVENTTARGET": postback["target"],
                                 "__EVENTARGUMENT": "Page$2"})[0] == 500
    assert fetch(port, f"http://{host}/_postback/TinTuc.aspx/2.html")[0] == 404
    status, headers, body = fetch(port, site["tin_moi"])
    assert status == 200 and headers["content-type"].startswith("application/json")
    tin_moi = {urljoin(url, item["Url"]) for item in json.loads(body)}
    site_articles = {a["url"] for a in ARTICLES if a["site"] == host}
    assert tin_moi - listed, "an announcement only the Tin mới JSON names"
    assert listed | tin_moi == site_articles


def test_non_article_pages_exist_and_are_not_articles(server):
    port, _ = server
    for site in TRUTH["sites"].values():
        assert len(site["other_urls"]) >= 2
        for url in site["other_urls"]:
            assert url not in BY_URL
            assert fetch(port, url)[0] == 200, url


def test_one_robots_txt_disallows_real_pages_the_others_allow_all(server):
    port, _ = server
    restricted = 0
    for host, site in TRUTH["sites"].items():
        robots = urllib.robotparser.RobotFileParser()
        robots.parse(fetch(port, f"http://{host}/robots.txt")[2].decode().splitlines())
        for a in ARTICLES:
            if a["site"] == host:
                assert robots.can_fetch("bulletin-archiver", a["url"]), a["url"]
        for url in site["disallowed_urls"]:
            assert fetch(port, url)[0] == 200, f"{url} is a real page"
            assert not robots.can_fetch("bulletin-archiver", url)
        restricted += bool(site["disallowed_urls"])
    assert restricted == 1


def test_sitemap_is_named_in_robots_and_lists_existing_urls(server):
    port, _ = server
    sites = [(h, s) for h, s in TRUTH["sites"].items() if s["sitemap"]]
    assert len(sites) == 1
    host, site = sites[0]
    robots = fetch(port, f"http://{host}/robots.txt")[2].decode()
    assert f"Sitemap: {site['sitemap']}" in robots
    locs = re.findall(r"<loc>([^<]+)</loc>", fetch(port, site["sitemap"])[2].decode())
    assert {a["url"] for a in ARTICLES if a["site"] == host} <= set(locs)
    for loc in locs:
        assert fetch(port, html.unescape(loc))[0] == 200, loc


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name in ("href", "src") and value:
                self.links.append(value)


def test_every_internal_link_resolves(server):
    port, _ = server
    seen: set[str] = set()
    pages = [a["url"] for a in ARTICLES]
    for site in TRUTH["sites"].values():
        pages += [site["home"], *site["listing_urls"], *site["other_urls"]]
    for page in pages:
        status, headers, body = fetch(port, page)
        parser = _Links()
        parser.feed(page_text(body, headers["content-type"]))
        for link in parser.links:
            url = urljoin(page, link).split("#")[0]
            if urlsplit(url).hostname == urlsplit(page).hostname and url not in seen:
                seen.add(url)
                assert fetch(port, url)[0] in (200, 301), f"{page} links to missing {url}"
    assert len(seen) > 100


# ------------------------------------------------------------------ truth files


def test_queries_cover_every_kind_and_name_existing_articles():
    assert len(QUERIES) >= 12
    assert {q["kind"] for q in QUERIES} >= {"keyword", "folded", "number", "semantic"}
    for q in QUERIES:
        assert q["expected"] and all(u in BY_URL for u in q["expected"]), q["id"]
        assert q["match"] in ("first", "all") and q["mode"] in ("keyword", "semantic")
        if q["kind"] == "folded":
            assert q["query"] == fold(q["query"]), q["id"]


def test_number_queries_expect_exactly_the_articles_citing_the_number():
    for q in (q for q in QUERIES if q["kind"] == "number"):
        known = {n for a in ARTICLES for n in a["citations"]}
        number = max((n for n in known if n in q["query"]), key=len)
        citing = {a["url"] for a in ARTICLES if number in a["citations"]}
        assert set(q["expected"]) == citing, q["id"]


def test_semantic_queries_share_no_word_with_their_targets():
    for q in (q for q in QUERIES if q["kind"] == "semantic"):
        words = set(re.findall(r"\w+", fold(q["query"])))
        for url in q["expected"]:
            text = BY_URL[url]["title"] + " " + BODIES[url]
            target = set(re.findall(r"\w+", fold(text)))
            assert not words & target, (q["id"], url, words & target)


def test_checked_in_output_matches_the_generator(capsys):
    assert build.main(["--check"]) == 0, capsys.readouterr().out


def test_serve_script_runs_in_the_foreground_and_prints_its_address():
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "demo" / "serve.py"), "--port", "0"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        first = proc.stdout.readline()
        port = int(re.search(r"http://127\.0\.0\.1:(\d+)", first).group(1))
        assert get(port, "http://vpcp.localhost/robots.txt")[0] == 200
    finally:
        proc.terminate()
        proc.wait(timeout=10)
