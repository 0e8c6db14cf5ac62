"""Older office attachments: RTF (also when named .doc), Excel .xls and .xlsx, Word 97-2003
.doc through antiword or catdoc; each kept and reported in one line when it cannot be read."""

from __future__ import annotations

import io

import pytest

from indexer.archive.reader import FetchedDocument
from indexer.extract import legacy
from indexer.extract.attachments import attachment_kind
from indexer.extract.core import Quarantined, extract_document
from indexer.models import Page

BASE = "http://stp.kontum.localhost/Uploads/files/"
CRAWL = {"profile": "stp-kontum", "province": "Kon Tum", "agency": "Sở Tư pháp tỉnh Kon Tum",
         "date_order": "mdy", "kind": "attachment", "parent_url": None}
DIRECTIVE = [
    "ỦY BAN NHÂN DÂN TỈNH KON TUM",
    "Số: 07/CT-UBND",
    "Kon Tum, ngày 18 tháng 5 năm 2021",
    "CHỈ THỊ",
    "Về tăng cường các biện pháp phòng, chống dịch COVID-19 trong tình hình mới",
    "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Chủ tịch Ủy ban "
    "nhân dân tỉnh yêu cầu tạm dừng hoạt động quán bar, karaoke, vũ trường.",
]
XLS_TYPE = "application/vnd.ms-excel"
XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def attachment(body: bytes, name: str, content_type: str | None) -> FetchedDocument:
    return FetchedDocument(url=BASE + name, body=body, content_type=content_type, profile=CRAWL)


def rtf(lines: list[str]) -> bytes:
    """An RTF file as Word writes Vietnamese: code page 1258, letters beyond it as \\uN?."""
    def escape(text: str) -> str:
        return "".join(ch if ord(ch) < 128 else f"\\u{ord(ch)}?" for ch in text)

    body = "".join(f"{escape(line)}\\par\n" for line in lines)
    return ("{\\rtf1\\ansi\\ansicpg1258\\deff0{\\fonttbl{\\f0 Times New Roman;}}\\f0\\fs28\n"
            + body + "}").encode("ascii")


def xlsx(rows: list[list[object]]) -> bytes:
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Danh sách"
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def xls(rows: list[list[object]]) -> bytes:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook(encoding="utf-8")
    sheet = book.add_sheet("Danh sách")
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


ROWS = [["Số: 07/CT-UBND"], ["STT", "Cơ sở", "Địa chỉ"],
        [1, "Karaoke Hoa Sen", "Phường Quyết Thắng"],
        [2, "Vũ trường Ngọc Linh", "Phường Thắng Lợi"]]


@pytest.mark.parametrize(("name", "content_type"), [
    ("chi-thi-07.rtf", "application/rtf"),
    ("chi-thi-07.doc", "application/msword"),  # Word's "Save as RTF" kept the .doc name
    ("chi-thi-07.doc", "application/octet-stream"),
])
def test_rtf_directive_has_its_number_date_and_citations(name, content_type):
    page = extract_document(attachment(rtf(DIRECTIVE), name, content_type))
    assert isinstance(page, Page), page
    assert page.text_source == "rtf"
    assert page.own_number == "07/CT-UBND"
    assert page.published == "2021-05-18"
    assert "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ" in page.text
    assert {c.number for c in page.citations} == {"16/CT-TTg"}


@pytest.mark.parametrize(("make", "name", "content_type", "source"), [
    (xlsx, "danh-sach.xlsx", XLSX_TYPE, "xlsx"),
    (xlsx, "danh-sach.xlsx", "application/octet-stream", "xlsx"),
    (xls, "danh-sach.xls", XLS_TYPE, "xls"),
    (xls, "danh-sach.xls", None, "xls"),
])
def test_spreadsheets_read_as_one_line_per_row(make, name, content_type, source):
    page = extract_document(attachment(make(ROWS), name, content_type))
    assert isinstance(page, Page), page
    assert page.text_source == source
    assert "1 | Karaoke Hoa Sen | Phường Quyết Thắng" in page.text  # 1, not "1.0"
    assert "STT | Cơ sở | Địa chỉ" in page.text
    assert page.own_number == "07/CT-UBND"


def test_formats_are_known_by_their_bytes_not_their_names():
    assert attachment_kind("application/msword", BASE + "a.doc", rtf(["x"])) == "rtf"
    assert attachment_kind(None, BASE + "a.xlsx", xlsx(ROWS)) == "xlsx"
    assert attachment_kind("application/octet-stream", BASE + "a.bin", b"%PDF-1.4") == "pdf"
    assert attachment_kind(None, BASE + "a.jpg", b"\xff\xd8\xff\xe0rest") == "image"
    assert attachment_kind(None, BASE + "a.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1") == "doc"
    assert attachment_kind("image/png", BASE + "a.png", b"not an image") is None


def test_a_damaged_doc_is_kept_and_reported_in_one_line():
    if not (legacy.shutil.which("antiword") or legacy.shutil.which("catdoc")):
        pytest.skip("antiword and catdoc are not installed")
    damaged = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(range(256)) * 20
    result = extract_document(attachment(damaged, "cong-van.doc", "application/msword"))
    assert isinstance(result, Quarantined) and result.stage == "attachment"
    assert result.reason.startswith("DOC: ") and "\n" not in result.reason


def test_without_antiword_and_catdoc_a_doc_says_what_to_install(monkeypatch):
    monkeypatch.setattr(legacy.shutil, "which", lambda tool: None)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    result = extract_document(attachment(ole, "cong-van.doc", "application/msword"))
    assert isinstance(result, Quarantined)
    assert "apt-get install antiword catdoc" in result.reason


def test_each_format_has_a_size_limit(monkeypatch):
    monkeypatch.setitem(legacy.MAX_BYTES, "rtf", 100)
    result = extract_document(attachment(rtf(DIRECTIVE), "chi-thi-07.rtf", "application/rtf"))
    assert isinstance(result, Quarantined)
    assert result.reason == "RTF: 0.0 MB is over the 0 MB limit"


def test_outside_tools_have_a_time_limit(monkeypatch):
    if not legacy.shutil.which("antiword"):
        pytest.skip("antiword is not installed")
    monkeypatch.setattr(legacy, "TOOL_SECONDS", 1e-6)
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000
    result = extract_document(attachment(ole, "cong-van.doc", "application/msword"))
    assert isinstance(result, Quarantined) and "took over" in result.reason


def test_a_spreadsheet_too_large_to_be_a_document_is_reported(monkeypatch):
    monkeypatch.setattr(legacy, "MAX_CELLS", 4)
    result = extract_document(attachment(xlsx(ROWS), "danh-sach.xlsx", XLSX_TYPE))
    assert isinstance(result, Quarantined) and "cells, over the 4 limit" in result.reason
