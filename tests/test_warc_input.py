"""Reading WARC files: ours (with profile metadata records) and other tools' (without)."""

from __future__ import annotations

import gzip
import json
from io import BytesIO
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.reader import WarcReadError, WarcStats, iter_warc_documents

PAGE = "<html><body><p>Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh.</p></body></html>"
PROFILE = {"profile": "stp-kontum", "province": "Kon Tum", "agency": "Sở Tư pháp tỉnh Kon Tum",
           "date_order": "mdy", "kind": "article", "parent_url": None}


def response(writer: WARCWriter, url: str, body: bytes, status: str = "200 OK",
             headers: list[tuple[str, str]] | None = None):
    http = StatusAndHeaders(status, headers or [("Content-Type", "text/html; charset=utf-8")],
                            protocol="HTTP/1.1")
    record = writer.create_warc_record(url, "response", payload=BytesIO(body), http_headers=http)
    writer.write_record(record)
    return record


def metadata(writer: WARCWriter, url: str, concurrent_to: str, payload: dict) -> None:
    record = writer.create_warc_record(
        url, "metadata", payload=BytesIO(json.dumps(payload).encode()),
        warc_content_type="application/json",
        warc_headers_dict={"WARC-Concurrent-To": concurrent_to},
    )
    writer.write_record(record)


def chunked(data: bytes) -> bytes:
    return b"%x\r\n%s\r\n0\r\n\r\n" % (len(data), data)


@pytest.fixture
def our_warc(tmp_path: Path) -> Path:
    path = tmp_path / "bulletin-1.warc.gz"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        first = response(writer, "http://stp.kontum.localhost/tin/1.html", PAGE.encode())
        metadata(writer, "http://stp.kontum.localhost/tin/1.html",
                 first.rec_headers.get_header("WARC-Record-ID"), PROFILE)
        response(writer, "http://stp.kontum.localhost/missing.html", b"not found", "404 Not Found")
        second = response(writer, "http://stp.kontum.localhost/tin/2.html", PAGE.encode())
        writer.write_record(writer.create_warc_record(
            "http://stp.kontum.localhost/tin/2.html", "request",
            payload=BytesIO(b"GET /tin/2.html HTTP/1.1\r\n\r\n"),
            warc_content_type="application/http; msgtype=request"))
        # The metadata record may come after other records, not only right after its response.
        metadata(writer, "http://stp.kontum.localhost/tin/2.html",
                 second.rec_headers.get_header("WARC-Record-ID"), {**PROFILE, "kind": "listing"})
    return path


def test_our_warc_joins_profile_metadata_and_skips_non_documents(our_warc: Path):
    stats = WarcStats()
    docs = list(iter_warc_documents(our_warc, stats))
    assert [d.url for d in docs] == ["http://stp.kontum.localhost/tin/1.html",
                                     "http://stp.kontum.localhost/tin/2.html"]
    assert docs[0].crawl == CrawlMetadata(**PROFILE)
    assert docs[0].crawl.province == "Kon Tum" and docs[0].crawl.date_order == "mdy"
    assert docs[1].crawl.kind == "listing"
    assert docs[0].body.decode("utf-8") == PAGE
    assert docs[0].content_type == "text/html; charset=utf-8"
    assert docs[0].warc_file == our_warc.name and docs[0].warc_offset == 0
    assert docs[1].warc_offset > 0
    assert docs[0].fetched_at
    assert (stats.not_2xx, stats.metadata_joined, stats.documents) == (1, 2, 2)


def test_record_offset_points_at_the_record(our_warc: Path):
    from warcio.archiveiterator import ArchiveIterator

    second = list(iter_warc_documents(our_warc))[1]
    with our_warc.open("rb") as stream:
        stream.seek(second.warc_offset)
        record = next(iter(ArchiveIterator(stream)))
        assert record.rec_headers.get_header("WARC-Target-URI") == second.url


def test_foreign_warc_chunked_gzip_resource_and_dns(tmp_path: Path):
    """Like wget --warc-file / Heritrix: no metadata records, raw transfer encodings, dns:."""
    path = tmp_path / "wget.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        raw = chunked(gzip.compress(PAGE.encode()))
        response(writer, "http://bdt.daknong.localhost/a.html", raw,
                 headers=[("Content-Type", "text/html"), ("Transfer-Encoding", "chunked"),
                          ("Content-Encoding", "gzip")])
        writer.write_record(writer.create_warc_record(
            "http://bdt.daknong.localhost/b.txt", "resource", payload=BytesIO(b"plain text"),
            warc_content_type="text/plain"))
        writer.write_record(writer.create_warc_record(
            "dns:bdt.daknong.localhost", "response", payload=BytesIO(b"20200101 1.2.3.4"),
            warc_content_type="text/dns"))
        writer.write_record(writer.create_warc_record(
            "http://bdt.daknong.localhost/a.html", "request",
            payload=BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
            warc_content_type="application/http; msgtype=request"))
    stats = WarcStats()
    docs = list(iter_warc_documents(path, stats))
    assert [d.url for d in docs] == ["http://bdt.daknong.localhost/a.html",
                                     "http://bdt.daknong.localhost/b.txt"]
    assert docs[0].body.decode("utf-8") == PAGE  # chunked and gzip undone
    assert docs[0].headers["content-encoding"] == "gzip"
    assert docs[1].body == b"plain text" and docs[1].content_type == "text/plain"
    assert all(d.crawl is None for d in docs)
    assert stats.not_web == 1


def test_a_file_that_is_not_a_warc_raises_one_clear_error(tmp_path: Path):
    path = tmp_path / "broken.warc.gz"
    path.write_bytes(b"this is not a web archive at all\n" * 3)
    with pytest.raises(WarcReadError, match="broken.warc.gz"):
        list(iter_warc_documents(path))


def test_a_truncated_warc_yields_what_is_readable_then_says_where_it_broke(our_warc: Path):
    data = our_warc.read_bytes()
    cut = our_warc.with_name("cut.warc.gz")
    second = list(iter_warc_documents(our_warc))[1].warc_offset
    cut.write_bytes(data[: second + 40])  # the second response record is cut short
    got = []
    with pytest.raises(WarcReadError, match="truncated WARC file"):
        got.extend(d.url for d in iter_warc_documents(cut))
    assert got == ["http://stp.kontum.localhost/tin/1.html"]
