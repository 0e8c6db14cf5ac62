"""Scanned attachments: a directive rendered as a scan (Pillow, DejaVu Serif, skew, speckle,
150-300 dpi) is read back by OCR with its own number, date and every cited number exact.

Tests that run Tesseract or pdftoppm skip with the reason where they are missing (Debian:
tesseract-ocr tesseract-ocr-vie poppler-utils; `make install` installs them).
"""

from __future__ import annotations

import io
import json
import logging
import os
import subprocess
import sys

import pytest
from PIL import Image
from pypdf import PdfReader, PdfWriter

from bench.ocr import DIRECTIVE, character_error_rate, expected_numbers
from demo.scan import ScanStyle, font_path, render_pages, scan_image, scan_pdf, true_text
from indexer.archive.reader import FetchedDocument
from indexer.extract import ocr, ocr_cache, scan_prep
from indexer.extract.core import Quarantined, extract_document
from indexer.extract.ocr_fixes import correct
from indexer.models import Page
from tests.conftest import REPO

SOURCE = DIRECTIVE.read_text(encoding="utf-8")
TRUTH = true_text(SOURCE)
CITED = expected_numbers(TRUTH)
HEADER = "\n\n".join(SOURCE.split("\n\n")[:7])  # header, title and the first paragraph
needs_fonts = pytest.mark.skipif(font_path() is None, reason="DejaVu Serif fonts not found")
needs_ocr = pytest.mark.skipif(ocr.missing_tools() is not None,
                               reason=ocr.missing_tools() or "OCR available")
needs_pdftoppm = pytest.mark.skipif(ocr.pdf_renderer_missing() is not None,
                                    reason=ocr.pdf_renderer_missing() or "pdftoppm available")
URL = "http://stp.kontum.localhost/Uploads/files/chi-thi-07-ct-ubnd.pdf"
CRAWL = {"profile": "stp-kontum", "province": "Kon Tum", "agency": "Sở Tư pháp tỉnh Kon Tum",
         "date_order": "mdy", "kind": "attachment", "parent_url": None}


@pytest.fixture(autouse=True)
def private_cache(tmp_path):
    """Each test reads with an empty OCR cache of its own."""
    cache = ocr_cache.OcrCache(tmp_path / "ocr-cache.sqlite")
    ocr_cache.use_cache(cache)
    yield cache
    ocr_cache.reset_cache()
    cache.close()


def attachment(body: bytes, url: str = URL, content_type: str = "application/pdf"):
    return FetchedDocument(url=url, body=body, content_type=content_type, profile=CRAWL)


# --- post-correction: pure, table-driven ---------------------------------------------------

@pytest.mark.parametrize(("read", "meant"), [
    ("Số: O7/CT-UBND", "Số: 07/CT-UBND"),  # letter O in the serial
    ("ngày 3l/3/2020", "ngày 31/3/2020"),  # letter l in a date
    ("năm 202l", "năm 2021"),
    ("Quyết định số 2686/QĐÐ-BCĐQG", "Quyết định số 2686/QĐ-BCĐQG"),  # Ð (U+00D0) doubling Đ
    ("số 2686/QĐÐĐ-BCĐQG ngày", "số 2686/QĐ-BCĐQG ngày"),
    ("Ðiều 1", "Điều 1"),  # Ð is never Vietnamese
    ("07/CI1-UBND", "07/CT-UBND"),  # T read as I plus a stray 1
    ("16/CT1-TTg", "16/CT-TTg"),
    ("07/CTI-UBND", "07/CT-UBND"),
    ("15/CT-LTg ngày", "15/CT-TTg ngày"),
    ("07/CT-.UBND,", "07/CT-UBND,"),  # a speck read as a full stop; the comma stays
    ("COVID-l9", "COVID-19"),
])
def test_look_alikes_in_numbers_and_dates_are_corrected(read, meant):
    assert correct(read) == meant


@pytest.mark.parametrize("text", [
    "12/HĐ-BQL",  # BQL is no listed code, and no look-alike reading of one: kept
    "05/TB-VPUB", "4962/UBND-KGVX", "172-TB/TW", "30/2014/NQ-HĐND", "1185/NQ-UBTVQH14",
    "85/KH-STP", "I. MỤC ĐÍCH, YÊU CẦU", "lo lắng", "Ông Lò Văn Lợi", "ngày 31/3/2020",
])
def test_what_is_already_right_is_left_alone(text):
    assert correct(text) == text


def test_text_is_nfc():
    assert correct("Chi\u0309 thi\u0323") == "Chỉ thị"


# --- image preparation ---------------------------------------------------------------------

@needs_fonts
@pytest.mark.parametrize("skew", [-3.0, 0.0, 1.5, 4.0])
def test_skew_is_measured_to_a_fifth_of_a_degree(skew):
    page = render_pages(HEADER, ScanStyle(dpi=150, skew_degrees=skew, noise=0.002))[0]
    assert scan_prep.skew_angle(page) == pytest.approx(skew, abs=0.2)


@needs_fonts
def test_low_resolution_scans_are_brought_to_300_dpi_black_on_white():
    page = render_pages(HEADER, ScanStyle(dpi=150))[0]
    prepared, dpi = scan_prep.prepare(page, 150)
    assert dpi == 300 and prepared.mode == "1"
    assert prepared.width >= page.width * 2 - 2


# --- quality: character error rate and cited numbers ----------------------------------------

SETTINGS = [  # dpi, skew, speckle, blur
    (200, 0.0, 0.0, 0.0),
    (200, 1.5, 0.002, 0.6),
    (200, -3.0, 0.004, 0.6),
    (150, 1.0, 0.002, 0.5),
    (300, 2.5, 0.003, 0.8),
]


@needs_ocr
@needs_fonts
@pytest.mark.parametrize("setting", SETTINGS, ids=[f"{d}dpi-skew{s}-noise{n}"
                                                   for d, s, n, _ in SETTINGS])
def test_scanned_directive_reads_back_with_every_cited_number(setting):
    dpi, skew, noise, blur = setting
    pages = render_pages(SOURCE, ScanStyle(dpi=dpi, skew_degrees=skew, noise=noise, blur=blur))
    read = "\n".join(ocr.read_page(page, dpi) for page in pages)
    cer = character_error_rate(TRUTH, read)
    found = set(expected_numbers(read))
    print(f"\nOCR {dpi} dpi, skew {skew}°, speckle {noise}: CER {cer:.2%}, "
          f"numbers {sum(n in found for n in CITED)}/{len(CITED)}")
    assert len(CITED) == 7  # the own number and six cited documents
    assert [n for n in CITED if n not in found] == []
    assert cer <= (0.03 if dpi >= 200 else 0.05)


# --- scanned attachments through extraction ------------------------------------------------

@needs_ocr
@needs_pdftoppm
@needs_fonts
def test_scanned_pdf_attachment_has_its_number_date_citations_and_says_ocr(caplog):
    """A signed scan followed by a born-digital annex page: both are read, the first by OCR."""
    scan = PdfReader(io.BytesIO(scan_pdf(SOURCE, ScanStyle(dpi=200, skew_degrees=1.2,
                                                           noise=0.002, blur=0.5))))
    writer = PdfWriter()
    writer.append(scan)
    writer.append(PdfReader(io.BytesIO(annex_pdf())))
    body = io.BytesIO()
    writer.write(body)
    with caplog.at_level(logging.INFO, logger="indexer.extract.ocr"):
        page = extract_document(attachment(body.getvalue()))
    assert isinstance(page, Page), page
    assert page.text_source == "ocr"
    assert page.own_number == "07/CT-UBND"
    assert page.published == "2021-05-18"
    assert page.province == "Kon Tum"
    numbers = {c.number: c for c in page.citations}
    assert set(CITED) - {"07/CT-UBND"} <= set(numbers)
    assert numbers["16/CT-TTg"].issuer == "Thủ tướng Chính phủ"
    assert numbers["16/CT-TTg"].date == "2020-03-31"
    assert "Phụ lục: danh sách cơ sở tạm dừng hoạt động" in page.text  # the text page
    assert "pages/s" in caplog.text  # progress is reported with its rate


def annex_pdf() -> bytes:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("DejaVu", "", str(font_path()))
    pdf.add_page()
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(0, 6, "Phụ lục: danh sách cơ sở tạm dừng hoạt động kèm theo Chỉ thị.")
    return bytes(pdf.output())


@needs_ocr
@needs_pdftoppm
@needs_fonts
def test_cli_extract_json_gives_text_citations_and_own_number_of_a_scan(tmp_path):
    scan = tmp_path / "scan.pdf"
    scan.write_bytes(scan_pdf(SOURCE, ScanStyle(dpi=200, skew_degrees=-1.0, noise=0.002)))
    done = subprocess.run(
        [sys.executable, "-m", "indexer.cli", "extract", str(scan), "--json"],
        capture_output=True, text=True, timeout=300, cwd=REPO,
        env={**os.environ, "BULLETIN_MODEL_CACHE": str(tmp_path / "models")},
    )
    assert done.returncode == 0, done.stderr[-2000:]
    record = json.loads(done.stdout)
    assert record["own_number"] == "07/CT-UBND"
    assert record["text_source"] == "ocr"
    assert "Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ" in record["text"]
    assert set(CITED) - {"07/CT-UBND"} <= {c["number"] for c in record["citations"]}


@needs_ocr
@needs_fonts
@pytest.mark.parametrize(("fmt", "mime"), [("PNG", "image/png"), ("JPEG", "image/jpeg"),
                                           ("TIFF", "image/tiff")])
def test_image_attachments_are_read_by_ocr(fmt, mime):
    body = scan_image(HEADER, ScanStyle(dpi=200, skew_degrees=0.8, noise=0.002), fmt)
    page = extract_document(attachment(body, URL.replace(".pdf", f".{fmt.lower()}"), mime))
    assert isinstance(page, Page), page
    assert (page.text_source, page.own_number) == ("ocr", "07/CT-UBND")
    assert "16/CT-TTg" in {c.number for c in page.citations}


# --- once per content, limits, missing tools ---------------------------------------------

@needs_ocr
@needs_fonts
def test_a_scan_is_read_once_per_content(private_cache, monkeypatch):
    body = scan_image(HEADER, ScanStyle(dpi=200), "PNG")
    first = extract_document(attachment(body, content_type="image/png"))
    assert isinstance(first, Page) and private_cache.count() == 1

    def no_second_reading(*args):
        raise AssertionError("OCR ran again for content it had read")

    monkeypatch.setattr(ocr, "_tesseract", no_second_reading)
    again = extract_document(attachment(body, URL + "?copy", "image/png"))
    assert isinstance(again, Page) and again.text == first.text


@needs_fonts
def test_without_tesseract_a_scan_is_kept_and_reported_in_one_line(monkeypatch):
    monkeypatch.setattr(ocr, "missing_tools", lambda: "tesseract is not installed (Debian: "
                        "apt-get install tesseract-ocr tesseract-ocr-vie)")
    result = extract_document(attachment(scan_pdf(HEADER, ScanStyle(dpi=150))))
    assert isinstance(result, Quarantined)
    assert result.stage == "attachment" and "\n" not in result.reason
    assert "without a text layer" in result.reason and "tesseract-ocr" in result.reason


@needs_fonts
def test_scans_over_the_page_or_pixel_limit_are_reported(monkeypatch):
    monkeypatch.setattr(ocr, "missing_tools", lambda: None)
    monkeypatch.setattr(ocr, "pdf_renderer_missing", lambda: None)
    monkeypatch.setattr(ocr, "MAX_OCR_PAGES", 0)
    over_pages = extract_document(attachment(scan_pdf(HEADER, ScanStyle(dpi=100))))
    assert isinstance(over_pages, Quarantined) and "1-page" not in over_pages.reason
    assert "over the 0-page limit" in over_pages.reason
    monkeypatch.setattr(ocr, "MAX_IMAGE_PIXELS", 1000)
    big = io.BytesIO()
    Image.new("L", (100, 100), 255).save(big, "PNG")
    over_pixels = extract_document(attachment(big.getvalue(), content_type="image/png"))
    assert isinstance(over_pixels, Quarantined) and "pixel limit" in over_pixels.reason


# --- the document view: an OCR badge and the original file ---------------------------------

def warc_with(
    tmp_path, url: str, body: bytes, content_type: str, gzip: bool = True
) -> tuple[str, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = tmp_path / "data" / "warc"
    folder.mkdir(parents=True)
    path = folder / ("demo-00000.warc.gz" if gzip else "demo-00000.warc")
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=gzip)
        writer.write_record(writer.create_warc_record(
            "http://stp.kontum.localhost/", "response", payload=io.BytesIO(b"<html></html>"),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                          protocol="HTTP/1.1")))
        offset = stream.tell()
        writer.write_record(writer.create_warc_record(
            url, "response", payload=io.BytesIO(body),
            http_headers=StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                          protocol="HTTP/1.1")))
    return path.name, offset


def test_the_original_file_is_read_back_from_its_warc_record(tmp_path):
    from indexer.archive.originals import OriginalNotFound, read_original

    body = b"%PDF-1.4 scanned pages"
    name, offset = warc_with(tmp_path, URL, body, "application/pdf")
    original = read_original(tmp_path / "data" / "warc", name, offset)
    assert (original.body, original.content_type) == (body, "application/pdf")
    assert original.file_name == "chi-thi-07-ct-ubnd.pdf"
    plain, plain_offset = warc_with(tmp_path / "plain", URL, body, "application/pdf", gzip=False)
    (tmp_path / "data" / "warc" / plain).write_bytes(
        (tmp_path / "plain" / "data" / "warc" / plain).read_bytes())
    # Offsets inside a record: warcio reads the rest of its header lines, or compressed
    # noise, as a record of its own.
    inside = [(file, start + delta) for file, start in [(name, offset), (plain, plain_offset)]
              for delta in range(1, 200)]
    for bad_name, bad_offset in [*inside, ("missing.warc.gz", 0), (None, None),
                                 ("../../etc/passwd", 0)]:
        with pytest.raises(OriginalNotFound) as error:
            read_original(tmp_path / "data" / "warc", bad_name, bad_offset)
        assert "\n" not in str(error.value)


OCR_PAGES: list[Page] = []


def ocr_service():
    from tests.test_ui_app import FakeSearchService

    return FakeSearchService(OCR_PAGES)


def test_document_view_marks_ocr_text_and_offers_the_original(tmp_path, monkeypatch):
    from streamlit.testing.v1 import AppTest

    from search_ui.service import open_service_cached

    body = b"%PDF-1.4 scanned pages"
    name, offset = warc_with(tmp_path, URL, body, "application/pdf")
    OCR_PAGES[:] = [Page(page_id="scan", url=URL, title="Chỉ thị số 07/CT-UBND (bản scan)",
                         text=TRUTH, own_number="07/CT-UBND", text_source="ocr",
                         warc_file=name, warc_offset=offset),
                    Page(page_id="typed", url=URL + "x", title="Chỉ thị", text="Chỉ thị",
                         text_source="pdf")]
    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:ocr_service")
    monkeypatch.setenv("BULLETIN_DATA_DIR", str(tmp_path / "data"))
    open_service_cached.clear()
    try:
        at = AppTest.from_file(str(REPO / "search_ui" / "app.py"), default_timeout=30)
        at.query_params.update(doc="scan")
        at.run()
        assert not at.exception
        page_html = "\n".join(element.value for element in at.markdown)
        assert 'class="bulletin-ocr"' in page_html and "OCR từ bản scan" in page_html
        buttons = at.get("download_button")
        assert len(buttons) == 1 and "chi-thi-07-ct-ubnd.pdf" in buttons[0].proto.label

        at = AppTest.from_file(str(REPO / "search_ui" / "app.py"), default_timeout=30)
        at.query_params.update(doc="typed")
        at.run()
        assert 'class="bulletin-ocr"' not in "\n".join(e.value for e in at.markdown)
    finally:
        open_service_cached.clear()


# --- end to end: a demo portal article whose attachment is a scan -------------------------

@pytest.mark.slow
@needs_ocr
@needs_pdftoppm
def test_demo_scan_is_crawled_indexed_and_found_by_phrase_and_cited_number(
    demo_archive, embedder, models_dir
):
    from indexer.config import Settings
    from indexer.query.service import SearchService
    from indexer.stores.registry import open_store

    truth = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))
    article, scan = next((a, f) for a in truth["articles"] for f in a["attachments"]
                         if f.get("scan"))
    store = open_store(Settings(data_dir=demo_archive, model_cache=models_dir), dim=embedder.dim)
    try:
        service = SearchService(store, embedder)
        # Words and a number that only the scan holds, nowhere in the HTML of any portal.
        for query, mode in [('"thể hình từ 12 giờ ngày 19 tháng 5"', "keyword"),
                            ("phòng tập thể dục thể hình từ 12 giờ ngày 19 tháng 5", "hybrid"),
                            ("2686/QĐ-BCĐQG", "hybrid"), ("878/QĐ-BYT", "keyword")]:
            urls = [hit.url for hit in service.search(query, mode=mode, limit=5).hits]
            assert scan["url"] in urls[:3], (query, urls)
        page = next(p for p in store.iter_pages() if p.url == scan["url"])
        assert (page.text_source, page.own_number) == ("ocr", "07/CT-UBND")
        assert page.parent_url == article["url"]
        assert page.page_id in {h.page_id for h in service.cited_by("2686/QĐ-BCĐQG")}
    finally:
        store.close()
