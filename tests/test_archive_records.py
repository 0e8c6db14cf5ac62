"""The WARC archive as a contract: what the crawler writes, the indexer reads, typed.

One module builds and reads record groups for both sides, so a page the writer's crash
recovery counts as archived is a page the reader finds, with the same crawl metadata.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import pytest
from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.archive.capture import ArchivedPage
from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.reader import WarcReadError, iter_warc_documents
from indexer.archive.writer import WarcWriter, recover_open_files

REPO = Path(__file__).resolve().parent.parent
SITE = "http://stp.kontum.localhost"
KON_TUM = CrawlMetadata(profile="stp-kontum", province="Kon Tum",
                        agency="Sở Tư pháp tỉnh Kon Tum", date_order="mdy", kind="article")


def page(n: int, **fields) -> ArchivedPage:
    fields.setdefault("request_headers", [("User-Agent", "bulletin-archiver/0.1")])
    return ArchivedPage(
        url=f"{SITE}/tin/{n}.html", site="stp-kontum", kind="article", status=200,
        fetched_at="2026-11-25T01:02:03+00:00",
        response_headers=[("Content-Type", "text/html; charset=utf-8"), ("ETag", f'"e{n}"')],
        body=f"<html><p>Bài {n}</p></html>".encode(), payload_sha256=f"sha{n}", **fields,
    )


def requests_in(path: Path) -> list[tuple[str, dict[str, str], bytes]]:
    """(request line, headers, body) of every request record."""
    found = []
    with path.open("rb") as stream:
        for record in ArchiveIterator(stream):
            if record.rec_type == "request":
                http = record.http_headers  # warcio keeps the method apart as "protocol"
                found.append((f"{http.protocol} {http.statusline}", dict(http.headers),
                              record.content_stream().read()))
    return found


def test_a_postback_request_is_archived_with_its_method_and_form_body(tmp_path):
    form = b"__EVENTTARGET=ctl00%24pager&__EVENTARGUMENT=Page%242&__VIEWSTATE=dDwtMTA4"
    writer = WarcWriter(tmp_path, max_bytes=10**9)
    writer.write(page(1), KON_TUM)
    writer.write(page(2, request_method="POST", request_body=form, request_headers=[
        ("Content-Type", "application/x-www-form-urlencoded"), ("Content-Length", "999")]),
        KON_TUM)
    (path,) = writer.close()
    get, post = requests_in(path)
    assert get[0] == "GET /tin/1.html HTTP/1.1" and get[2] == b""
    assert post[0] == "POST /tin/2.html HTTP/1.1" and post[2] == form
    assert post[1]["Content-Length"] == str(len(form))  # the body's, not a stale header's
    assert post[1]["Content-Type"] == "application/x-www-form-urlencoded"
    check = subprocess.run([sys.executable, "-m", "warcio.cli", "check", "-v", str(path)],
                           capture_output=True, text=True)
    assert check.returncode == 0 and check.stdout.count("digest pass") == 2 * 3 + 1


def test_what_recovery_keeps_is_what_the_reader_finds(tmp_path):
    writer = WarcWriter(tmp_path, max_bytes=10**9)
    postback = {"request_method": "POST", "request_body": b"__EVENTARGUMENT=Page%242"}
    for n in range(4):
        writer.write(page(n, **(postback if n == 1 else {})),
                     KON_TUM.model_copy(update={"payload_sha256": f"sha{n}"}))
    (open_file,) = tmp_path.glob("*.open")
    writer._file.flush()  # killed: never closed
    open_file.write_bytes(open_file.read_bytes()[:-25])  # the last group loses its metadata
    closed, captures = recover_open_files(tmp_path)
    docs = list(iter_warc_documents(closed[0]))
    assert [c.url for c in captures] == [d.url for d in docs] == [
        f"{SITE}/tin/{n}.html" for n in range(3)]
    assert [c.crawl for c in captures] == [d.crawl for d in docs]
    assert [c.crawl.payload_sha256 for c in captures] == ["sha0", "sha1", "sha2"]
    assert [c.location.offset for c in captures] == [d.warc_offset for d in docs]
    # a postback page is named by its form too, so the crawl state can key it again
    assert [(c.request_method, c.request_body) for c in captures] == [
        ("GET", b""), ("POST", b"__EVENTARGUMENT=Page%242"), ("GET", b"")]


def write_metadata(tmp_path: Path, payloads: list[dict]) -> Path:
    path = tmp_path / "old.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        for n, payload in enumerate(payloads):
            http = StatusAndHeaders("200 OK", [("Content-Type", "text/html")], protocol="HTTP/1.1")
            response = writer.create_warc_record(f"{SITE}/tin/{n}.html", "response",
                                                 payload=BytesIO(b"<p>x</p>"), http_headers=http)
            writer.write_record(response)
            writer.write_record(writer.create_warc_record(
                f"{SITE}/tin/{n}.html", "metadata",
                payload=BytesIO(json.dumps(payload).encode()), warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": response.rec_headers.get_header(
                    "WARC-Record-ID")}))
    return path


def test_metadata_from_older_or_newer_crawlers_still_reads(tmp_path):
    older = {"profile": "stp-kontum", "province": "Kon Tum", "kind": "attachment",
             "site_name": "Sở Tư pháp", "crawler": "0.0.1"}  # unknown keys, some missing
    central = {"profile": "moj", "province": None, "agency": "Bộ Tư pháp", "date_order": None}
    docs = list(iter_warc_documents(write_metadata(tmp_path, [older, central])))
    assert docs[0].crawl == CrawlMetadata(profile="stp-kontum", province="Kon Tum",
                                          kind="attachment")
    assert docs[1].crawl.from_site_profile and docs[1].crawl.province is None


def test_invalid_crawl_metadata_is_reported_not_guessed(tmp_path):
    bad = {**KON_TUM.model_dump(), "kind": "brochure"}
    path = write_metadata(tmp_path, [KON_TUM.model_dump(), bad])
    got = []
    with pytest.raises(WarcReadError, match=r"tin/1.html: metadata record at \d+: crawl "
                                            r"metadata field kind: Input should be"):
        got.extend(d.url for d in iter_warc_documents(path))
    assert got == [f"{SITE}/tin/0.html"]


@pytest.mark.parametrize(("payload", "ours"), [
    (b'{"profile": "stp-kontum", "kind": "listing"}', True),
    (b'{"pages": [{"url": "http://a/"}]}', False),  # another tool's JSON
    (b"[1, 2]", False),
    (b"outlink: http://a/ L a/@href", False),  # Heritrix's text metadata
    (b"\xff\xfe", False),
])
def test_only_our_metadata_payloads_are_taken_as_crawl_metadata(payload, ours):
    assert (CrawlMetadata.from_payload(payload) is not None) is ours


FORBIDDEN = ("crawler", "indexer.extract", "indexer.ingest", "indexer.stores", "indexer.query",
             "search_ui")


def test_the_archive_imports_neither_the_crawler_nor_the_indexer_stages():
    for path in sorted((REPO / "indexer" / "archive").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = ([a.name for a in node.names] if isinstance(node, ast.Import)
                     else [node.module or ""] if isinstance(node, ast.ImportFrom) else [])
            for name in names:
                assert not name.startswith(FORBIDDEN), f"{path.name} imports {name}"
