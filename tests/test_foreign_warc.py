"""WARC files written by other tools: wget, Heritrix, Browsertrix, pywb.

Only HTTP captures are pages; a tool's own records (warcinfo, its log, request records,
urn: page records) are skipped without a word, and revisit records stand for the page
they point at. A revisit whose original is not in the file is reported, once.
"""

from __future__ import annotations

import contextlib
import functools
import http.server
import shutil
import subprocess
import threading
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.archive.reader import WarcReadError, WarcStats, iter_warc_documents
from indexer.extract.core import Quarantined, extract_paths
from indexer.ingest.pipeline import IndexSummary, archive_pages

ARTICLE = """<html><head><meta charset="utf-8"><title>{title}</title></head><body>
<h1>{title}</h1><p>Ngày 12/3/2024, UBND tỉnh Kon Tum ban hành Kế hoạch số {n}/KH-UBND về
thực hiện công tác cải cách hành chính trên địa bàn tỉnh năm 2024.</p>
<p>Các sở, ban, ngành và UBND các huyện, thành phố có trách nhiệm triển khai thực hiện kế
hoạch, báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2024 để tổng hợp.</p>
{links}</body></html>"""
TITLES = {
    "index.html": "Kế hoạch cải cách hành chính năm 2024",
    "tin/2.html": "Kế hoạch chuyển đổi số năm 2024",
    "tin/3.html": "Kế hoạch phòng chống thiên tai năm 2024",
}


def article(name: str, n: int, links: str = "") -> bytes:
    return ARTICLE.format(title=TITLES[name], n=n, links=links).encode("utf-8")


@pytest.fixture
def wget_warc(tmp_path: Path) -> tuple[Path, str]:
    """A real `wget --warc-file -r` crawl of a local site (127.0.0.1 only)."""
    wget = shutil.which("wget")
    if wget is None:
        pytest.skip("wget is not installed")
    site = tmp_path / "site"
    (site / "tin").mkdir(parents=True)
    links = '<p><a href="tin/2.html">Tin 2</a> <a href="tin/3.html">Tin 3</a></p>'
    (site / "index.html").write_bytes(article("index.html", 1, links))
    (site / "tin" / "2.html").write_bytes(article("tin/2.html", 2))
    (site / "tin" / "3.html").write_bytes(article("tin/3.html", 3))
    handler = functools.partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    try:
        subprocess.run(
            [wget, "--no-proxy", "--tries=1", "--timeout=10", "-r", "-np", "-nv",
             "--warc-file", str(tmp_path / "crawl"), "-P", str(tmp_path / "mirror"), base],
            check=True, capture_output=True, timeout=60,
        )
    finally:
        server.shutdown()
        server.server_close()
    return tmp_path / "crawl.warc.gz", base


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format, *args) -> None:  # noqa: A002 (the base class's name)
        pass


def test_wget_warc_gives_its_pages_and_nothing_to_quarantine(wget_warc):
    path, base = wget_warc
    stats = WarcStats()
    docs = list(iter_warc_documents(path, stats))
    assert sorted(d.url for d in docs) == [base, base + "tin/2.html", base + "tin/3.html"]
    assert all(d.crawl is None and d.body.startswith(b"<html>") for d in docs)
    # wget's arguments and log records are its own, not pages; robots.txt is a 404 (when
    # wget got an answer for it: on a loaded machine its one try can time out, and then
    # the file holds no response for it)
    assert stats.not_web == 2
    assert stats.not_2xx == len(_error_responses(path)) <= 1

    summary = IndexSummary()
    pages, quarantined = archive_pages([path], summary)
    assert quarantined == [] and summary.quarantined == 0
    assert sorted(p.title for p in pages) == sorted(TITLES.values())
    assert {p.url for p in pages} == {d.url for d in docs}


def _error_responses(path: Path) -> list[str]:
    """The URLs of the HTTP responses in the file that are not 2xx, read by warcio."""
    with path.open("rb") as stream:
        return [r.rec_headers.get_header("WARC-Target-URI") for r in ArchiveIterator(stream)
                if r.rec_type == "response" and r.http_headers is not None
                and not r.http_headers.get_statuscode().startswith("2")]


PAGE = ARTICLE.format(title="Thông báo của Sở Tư pháp", n=12, links="").encode("utf-8")
HOST = "http://stp.kontum.localhost"


def http_headers(status: str = "200 OK") -> StatusAndHeaders:
    return StatusAndHeaders(
        status, [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
    )


@pytest.fixture
def revisit_warc(tmp_path: Path) -> Path:
    """Like Heritrix/Browsertrix/pywb: warcinfo, an original, revisits of both profiles,
    a revisit whose original is in an earlier file, and the tools' own non-page records."""
    path = tmp_path / "foreign.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True, warc_version="1.1")
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        original = writer.create_warc_record(
            f"{HOST}/tin/1.html", "response", payload=BytesIO(PAGE), http_headers=http_headers(),
            warc_headers_dict={"WARC-Date": "2024-03-01T08:00:00.123456Z"},
        )
        writer.write_record(original)
        digest = original.rec_headers.get_header("WARC-Payload-Digest")
        # identical-payload-digest, by URI and date (second precision, as WARC/1.0 writes)
        writer.write_record(writer.create_revisit_record(
            f"{HOST}/tin/1.html", digest, f"{HOST}/tin/1.html", "2024-03-01T08:00:00Z",
            http_headers=http_headers(),
            warc_headers_dict={"WARC-Date": "2024-04-01T08:00:00Z"}))
        # the same payload at another URL, named by digest alone (older Heritrix)
        same = writer.create_warc_record(
            f"{HOST}/tin/1-copy.html", "revisit", http_headers=http_headers(),
            warc_headers_dict={"WARC-Date": "2024-04-02T08:00:00Z",
                               "WARC-Payload-Digest": digest})
        writer.write_record(same)
        # server-not-modified: a 304 answer naming the original by URI and date
        writer.write_record(writer.create_warc_record(
            f"{HOST}/tin/1.html", "revisit", http_headers=http_headers("304 Not Modified"),
            warc_headers_dict={
                "WARC-Date": "2024-05-01T08:00:00Z",
                "WARC-Profile": "http://netpreserve.org/warc/1.1/revisit/server-not-modified",
                "WARC-Refers-To-Target-URI": f"{HOST}/tin/1.html",
                "WARC-Refers-To-Date": "2024-03-01T08:00:00.123456Z"}))
        # the original of this one was written to another file
        writer.write_record(writer.create_revisit_record(
            f"{HOST}/tin/9.html", "sha1:NOTINTHISFILE", f"{HOST}/tin/9.html",
            "2023-01-01T00:00:00Z", http_headers=http_headers()))
        # Browsertrix's page record and a crawler log: resources that are not pages
        writer.write_record(writer.create_warc_record(
            f"urn:pageinfo:{HOST}/tin/1.html", "resource",
            payload=BytesIO(b'{"pageinfo": {}}'), warc_content_type="application/json"))
        writer.write_record(writer.create_warc_record(
            "metadata://example.org/crawler/crawl.log", "resource",
            payload=BytesIO(b"GET /tin/1.html 200"), warc_content_type="text/plain"))
    return path


def test_revisits_resolve_to_the_original_payload_and_a_lost_one_is_reported(revisit_warc):
    stats = WarcStats()
    docs = []
    with pytest.raises(WarcReadError) as raised:
        docs.extend(iter_warc_documents(revisit_warc, stats))
    assert [(d.url, d.fetched_at) for d in docs] == [
        (f"{HOST}/tin/1.html", "2024-03-01T08:00:00.123456Z"),
        (f"{HOST}/tin/1.html", "2024-04-01T08:00:00Z"),
        (f"{HOST}/tin/1-copy.html", "2024-04-02T08:00:00Z"),
        (f"{HOST}/tin/1.html", "2024-05-01T08:00:00Z"),
    ]
    assert all(d.body == PAGE and d.status == 200 for d in docs)
    assert {d.warc_offset for d in docs} == {docs[0].warc_offset}  # where the bytes are
    assert (stats.revisits, stats.unresolved_revisits, stats.not_web) == (3, 1, 2)
    message = str(raised.value)
    assert "\n" not in message and message.count(f"{HOST}/tin/9.html") == 1
    assert "1 revisit record(s) without their original" in message


@pytest.mark.parametrize("fixture", ["revisit_warc", "wget_warc"])
def test_the_url_pass_reads_no_body_and_sees_the_same_documents(fixture, request):
    """Streaming indexing's first pass (`bodies=False`) must number the documents exactly
    as the second does, or it would pick the wrong copy of a page."""
    value = request.getfixturevalue(fixture)
    path = value[0] if isinstance(value, tuple) else value

    def documents(bodies: bool) -> list:
        found = []
        with contextlib.suppress(WarcReadError):
            found.extend(iter_warc_documents(path, bodies=bodies))
        return found

    full, heads = documents(True), documents(False)
    assert [(d.url, d.status, d.fetched_at, d.warc_offset) for d in heads] == [
        (d.url, d.status, d.fetched_at, d.warc_offset) for d in full]
    assert any(d.body for d in full)
    fresh = [d for d in heads if d.fetched_at == full[0].fetched_at]  # not a revisit
    assert fresh and all(d.body == b"" for d in fresh)


def test_the_lost_revisit_is_one_quarantine_entry_and_the_pages_are_indexed(revisit_warc):
    summary = IndexSummary()
    pages, quarantined = archive_pages([revisit_warc], summary)
    assert sorted(p.url for p in pages) == [f"{HOST}/tin/1-copy.html", f"{HOST}/tin/1.html"]
    assert [(q.stage, "tin/9.html" in q.reason) for q in quarantined] == [("read", True)]
    assert all(isinstance(q, Quarantined) for q in quarantined)


def test_extract_reports_the_lost_revisit_once(revisit_warc):
    results = list(extract_paths([revisit_warc]))
    lost = [r for _, r in results if isinstance(r, Quarantined)]
    assert len(lost) == 1 and "tin/9.html" in lost[0].reason
    assert [s for s, _ in results].count(str(revisit_warc)) == 1
