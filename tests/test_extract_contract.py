"""The `bulletin extract --json` contract, attachments, and bad input that must not crash."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from io import BytesIO
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.archive.reader import FetchedDocument
from indexer.extract.core import (
    Quarantined,
    contract_json,
    extract_document,
    extract_documents,
    extract_paths,
)
from indexer.models import Page
from tests.test_cleaning import ARTICLES, portal_page
from tests.test_extract_gold import SAMPLES

REPO = Path(__file__).resolve().parent.parent
SAMPLE = SAMPLES / "stp-kontum-2020-03-24.txt"
needs_samples = pytest.mark.skipif(not SAMPLE.exists(), reason="shared samples not found")
KEYS = ["source", "title", "published", "province", "agency", "text", "citations",
        "province_current", "author", "url", "own_number", "text_source", "title_source",
        "date_source"]
PROFILE = {"profile": "bdt-daknong", "province": "Đắk Nông", "agency": "Ban Dân tộc tỉnh Đắk Nông",
           "date_order": "dmy", "kind": "article", "parent_url": None}
ARTICLE_URL = "http://bdt.daknong.localhost/tin/0.aspx"
DOCX_URL = "http://bdt.daknong.localhost/files/chi-thi-07.docx"


def directive_docx() -> bytes:
    document = docx.Document()
    for line in ["ỦY BAN NHÂN DÂN TỈNH ĐẮK NÔNG", "Số: 07/CT-UBND",
                 "Đắk Nông, ngày 14 tháng 7 năm 2020", "CHỈ THỊ",
                 "Về việc mở đợt cao điểm tấn công trấn áp tội phạm",
                 "Thực hiện Chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ, Chủ tịch UBND tỉnh yêu "
                 "cầu các sở, ngành thực hiện nghiêm các nội dung sau."]:
        document.add_paragraph(line)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write_warc(path: Path) -> None:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        records = [
            (ARTICLE_URL, portal_page(0).encode(), "text/html; charset=utf-8", PROFILE),
            (DOCX_URL, directive_docx(),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             {**PROFILE, "kind": "attachment", "parent_url": ARTICLE_URL}),
            ("http://bdt.daknong.localhost/files/hong.pdf", b"%PDF-1.4 broken",
             "application/pdf", {**PROFILE, "kind": "attachment", "parent_url": ARTICLE_URL}),
        ]
        for url, body, content_type, profile in records:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=BytesIO(body),
                                               http_headers=http)
            writer.write_record(record)
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=BytesIO(json.dumps(profile).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To":
                                   record.rec_headers.get_header("WARC-Record-ID")}))


@needs_samples
def test_contract_on_mixed_inputs_in_input_order(tmp_path: Path):
    text_dump = tmp_path / "page.txt"
    shutil.copy(SAMPLE, text_dump)
    html = tmp_path / "page.html"
    html.write_text(portal_page(1), encoding="utf-8")
    binary = tmp_path / "logo.html"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)

    records = [contract_json(s, r) for s, r in extract_paths([text_dump, archive, binary, html])]
    sources = [r["source"] for r in records]
    assert sources == [str(text_dump), f"{archive}#{ARTICLE_URL}", f"{archive}#{DOCX_URL}",
                       f"{archive}#http://bdt.daknong.localhost/files/hong.pdf", str(binary),
                       str(html)]
    dump, article, attachment, broken_pdf, image, page = records
    for record in (dump, article, attachment, page):
        assert list(record) == KEYS
    assert dump["province"] == "Kon Tum" and dump["published"].startswith("2020-03-24")
    assert {c["number"] for c in dump["citations"]} >= {"172-TB/TW", "1025-CV/TU"}
    assert all({"number", "type", "date", "issuer"} <= set(c) for c in dump["citations"])
    assert dump["url"] == text_dump.resolve().as_uri()
    assert article["title"] == ARTICLES[0][0]
    assert (article["province"], article["province_current"]) == ("Đắk Nông", "Lâm Đồng")
    assert article["agency"] == "Ban Dân tộc tỉnh Đắk Nông"
    assert page["title"] == ARTICLES[1][0] and page["published"].startswith("2020-02-07")
    # Each answer names its evidence: the page's structure, its <h1>, the signed document.
    assert (dump["title_source"], dump["date_source"]) == ("page-lines", "dateline")
    assert (page["title_source"], page["date_source"]) == ("h1", "dateline")
    assert (attachment["title_source"], attachment["date_source"]) == ("parent", "document")
    assert broken_pdf["error"].startswith("attachment: ")
    assert image["error"].startswith("decode: ")
    assert set(image) == set(broken_pdf) == {"source", "error"}


def test_attachment_is_its_own_page_linked_to_its_article(tmp_path: Path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive)
    results = [r for _, r in extract_paths([archive])]
    article, attachment = results[0], results[1]
    assert isinstance(attachment, Page)
    assert attachment.parent_url == article.url
    assert attachment.title == f"{article.title} (tệp đính kèm chi-thi-07.docx)"
    assert attachment.own_number == "07/CT-UBND"
    assert attachment.published == "2020-07-14"  # signed on, from the document's header
    assert attachment.province == "Đắk Nông"
    assert "13/CT-TTg" in {c.number for c in attachment.citations}
    assert "07/CT-UBND" not in {c.number for c in attachment.citations}


@needs_samples
def test_cli_prints_one_json_line_per_input(tmp_path: Path):
    text_dump = tmp_path / "page.txt"
    shutil.copy(SAMPLE, text_dump)
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    run = subprocess.run([sys.executable, "-m", "indexer.cli", "extract", "--json",
                          str(text_dump), str(empty)],
                         capture_output=True, text=True, cwd=REPO, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    lines = [json.loads(line) for line in run.stdout.splitlines()]
    assert [x["source"] for x in lines] == [str(text_dump), str(empty)]
    assert lines[0]["title"].startswith("Tỉnh ủy Kon Tum chỉ đạo")
    assert lines[1]["error"] == "decode: empty body"


def test_listing_pages_and_unsupported_types_are_reported_not_dropped():
    listing = FetchedDocument(url="http://a.localhost/tin/", body=b"<html><p>x</p></html>",
                              content_type="text/html", profile={**PROFILE, "kind": "listing"})
    style = FetchedDocument(url="http://a.localhost/site.css", body=b"body{}",
                            content_type="text/css")
    results = list(extract_documents([listing, style]))
    assert [(r.stage, r.source) for r in results] == [
        ("select", listing.url), ("select", style.url)]


HTML_BITS = st.sampled_from([
    "<html>", "</html>", "<body>", "<p>", "</p>", "<div class='x'>", "</div>", "<ul><li>",
    "<table><tr><td>", "<h1>", "</h1>", "<script>alert(1)</script>", "<!--", "-->", "<br>",
    "<meta charset='windows-1258'>", "<title>", "Ngày đăng 07/08/2020 | 10:04", "View count: 12",
    "Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh.", "Bài viết trước:",
    "Trung Hiếu", "\x00", "\ufeff", "&#0;", "&nbsp;", "<![CDATA[", "<?xml version='1.0'?>",
])


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(body=st.binary(max_size=3000),
       content_type=st.sampled_from([None, "text/html", "text/html; charset=utf-8",
                                     "text/plain", "application/pdf", "text/html; charset=bogus"]))
def test_random_bytes_never_raise(body, content_type):
    doc = FetchedDocument(url="http://fuzz.localhost/a.html", body=body, content_type=content_type)
    assert isinstance(extract_document(doc), Page | Quarantined)


@settings(max_examples=60, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(parts=st.lists(st.one_of(HTML_BITS, st.text(max_size=40)), max_size=60),
       encoding=st.sampled_from(["utf-8", "utf-16", "cp1258", "latin-1"]))
def test_adversarial_html_never_raises(parts, encoding):
    body = "".join(parts).encode(encoding, errors="replace")
    doc = FetchedDocument(url="http://fuzz.localhost/b.html", body=body, content_type="text/html")
    result = extract_document(doc)
    assert isinstance(result, Page | Quarantined)
    if isinstance(result, Page):
        assert result.text.strip()
