"""The UI in a real browser (Debian's Chromium, headless), served by `streamlit run`."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

import pytest

REPO = Path(__file__).resolve().parent.parent
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
# Screenshots of each page of the demo walk-through, kept as test artifacts (git-ignored).
ARTIFACTS = Path(os.environ.get("BULLETIN_ARTIFACTS") or REPO / "test-artifacts") / "screenshots"

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium at /usr/bin/chromium"),
]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _serve(env: dict[str, str]):
    """Start `streamlit run search_ui/app.py`; yields its base URL, stops it afterwards."""
    port = _free_port()
    command = [sys.executable, "-m", "streamlit", "run", str(REPO / "search_ui" / "app.py"),
               "--server.port", str(port), "--server.headless", "true",
               "--browser.gatherUsageStats", "false"]
    server = subprocess.Popen(command, cwd=REPO, env={**os.environ, **env},
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"{base}/_stcore/health", timeout=2):
                    break
            except OSError:
                if server.poll() is not None or time.monotonic() > deadline:
                    output = server.stdout.read().decode() if server.poll() is not None else ""
                    pytest.fail(f"streamlit did not start: {output[-2000:]}")
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


@pytest.fixture(scope="module")
def sample_ui():
    """The UI over the in-memory sample service of test_ui_app."""
    yield from _serve({"BULLETIN_UI_SERVICE": "tests.test_ui_app:sample_service",
                       "PYTHONPATH": str(REPO)})


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    tab = context.new_page()
    tab.dialogs = []  # any alert() means page text ran as code
    tab.on("dialog", lambda dialog: (tab.dialogs.append(dialog.message), dialog.dismiss()))
    yield tab
    context.close()


def _results(page) -> list[str]:
    page.locator(".bulletin-hit").first.wait_for(timeout=20000)
    return page.locator(".bulletin-hit a[target=_self]").all_inner_texts()


def test_type_a_query_open_a_result_and_see_its_citations(sample_ui, page):
    page.goto(sample_ui)
    box = page.get_by_label("Từ khóa, “cụm từ” hoặc số hiệu văn bản")
    box.fill("Covid-19")
    box.press("Enter")
    titles = _results(page)
    assert "Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19" in titles
    page.wait_for_url("**/?q=Covid-19*")
    page.get_by_role("link", name="Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19").click()
    page.wait_for_url("**/?doc=kontum1*")
    marks = page.locator(".bulletin-text mark")
    marks.first.wait_for(timeout=20000)
    assert marks.all_inner_texts() == ["172-TB/TW", "1025-CV/TU"]
    assert marks.first.get_attribute("title") == "172-TB/TW · 2020-03-21"


def test_results_download_as_csv(sample_ui, page):
    page.goto(f"{sample_ui}/?q=Covid-19&province={quote('Kon Tum')}")
    _results(page)
    with page.expect_download(timeout=20000) as download:
        page.get_by_role("button", name="Tải CSV").click()
    data = Path(download.value.path()).read_bytes()
    lines = data.decode("utf-8-sig").splitlines()
    assert data.startswith(b"\xef\xbb\xbf") and lines[0].startswith("page_id,title,published")
    assert len(lines) == 2 and "Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19" in lines[1]


def test_shared_link_runs_the_filtered_search(sample_ui, page):
    page.goto(f"{sample_ui}/?q={quote('phòng chống dịch')}&province={quote('Đắk Nông')}")
    titles = _results(page)
    assert sorted(titles) == ["Hội nghị phòng chống dịch Covid-19 tại Gia Nghĩa",
                              "Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19"]


def test_page_text_with_html_never_runs(sample_ui, page):
    page.goto(f"{sample_ui}/?doc=evil")
    text = page.locator(".bulletin-text")
    text.wait_for(timeout=20000)
    assert "<script>alert(1)</script>" in text.inner_text()
    assert "<img src=x onerror=alert(1)>" in text.inner_text()
    assert text.locator("script, img").count() == 0
    page.wait_for_timeout(500)
    assert page.dialogs == []


@pytest.fixture(scope="module")
def demo_ui(demo_archive, models_dir):
    """The UI over the crawled and indexed demo portals, with the real SearchService."""
    yield from _serve({"BULLETIN_DATA_DIR": str(demo_archive),
                       "BULLETIN_MODEL_CACHE": str(models_dir)})


@pytest.mark.slow
def test_demo_archive_search_document_and_citation_chain(demo_ui, page):
    page.goto(f"{demo_ui}/?q={quote('cách ly toàn xã hội')}")
    title = "UBND tỉnh Kon Tum triển khai thực hiện cách ly toàn xã hội theo Chỉ thị 16/CT-TTg"
    assert title in _results(page)
    assert page.locator(".bulletin-hit mark").count() > 0
    _shoot(page, "1-search")
    page.get_by_role("link", name=title).first.click()
    page.wait_for_url("**/?doc=*")
    marks = page.locator(".bulletin-text mark")
    marks.first.wait_for(timeout=30000)
    assert "16/CT-TTg" in marks.all_inner_texts()
    _shoot(page, "2-document")
    page.get_by_role("link", name="16/CT-TTg").first.click()
    page.wait_for_url("**/chain?number=16%2FCT-TTg*")
    page.get_by_text("Phản hồi đầu tiên theo tỉnh").wait_for(timeout=30000)
    assert page.locator("td", has_text="Kon Tum").count() >= 1
    _shoot(page, "3-citation-chain")
    compare = f"{demo_ui}/compare?topic={quote('phòng chống dịch')}&number={quote('16/CT-TTg')}"
    page.goto(f"{compare}&a={quote('Kon Tum')}&b={quote('Đắk Nông')}")
    page.get_by_text("So sánh tỉnh, thành").first.wait_for(timeout=30000)
    page.get_by_text("Đắk Nông").first.wait_for(timeout=30000)
    _shoot(page, "4-province-comparison")
    assert page.dialogs == []


def _shoot(page, name: str) -> None:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.wait_for_timeout(500)  # let charts and the graph finish drawing
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)
