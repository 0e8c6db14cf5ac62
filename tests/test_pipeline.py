"""Indexing from WARC files with a stand-in embedder: incremental, quarantine, rebuild."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.errors import InputError, ModelMismatchError
from indexer.ingest.pipeline import index_archive
from indexer.models import SearchFilters
from indexer.query.parse import parse_keywords
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

ARTICLE = """<html><head><title>{title} - Sở Tư pháp tỉnh Kon Tum</title></head><body>
<div class="menu">Trang chủ | Giới thiệu | Tin tức | Văn bản</div>
<h1>{title}</h1><p class="date">16/03/2020 08:30</p>
<p>{body}</p>
<p>Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, Sở Tư pháp yêu cầu
các phòng chuyên môn nghiêm túc triển khai thực hiện các biện pháp phòng, chống dịch.</p>
<div class="footer">Sở Tư pháp tỉnh Kon Tum. Điện thoại: 0260.3862479</div>
</body></html>"""

TOPICS = [
    ("Tăng cường phòng, chống dịch Covid-19", "Các cơ quan thực hiện giãn cách xã hội, đeo khẩu "
     "trang nơi công cộng và khai báo y tế đầy đủ theo hướng dẫn của ngành y tế."),
    ("Chủ động ứng phó mưa lũ", "Các huyện rà soát khu dân cư ven sông suối, chuẩn bị lực lượng "
     "và phương tiện cứu hộ, sơ tán người dân khỏi vùng nguy hiểm trước mùa mưa bão."),
    ("Cải cách thủ tục hành chính", "Sở đẩy mạnh tiếp nhận hồ sơ trực tuyến mức độ 3 và 4, "
     "rút ngắn thời gian giải quyết thủ tục cho người dân và doanh nghiệp."),
]


def write_warc(path: Path, pages: list[tuple[str, bytes, str]]) -> Path:
    """A WARC like our crawler writes: response + metadata record naming the site profile."""
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, content_type in pages:
            headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=headers)
            writer.write_record(record)
            profile = {"profile": "stp-kontum", "province": "Kon Tum",
                       "agency": "Sở Tư pháp tỉnh Kon Tum", "date_order": "dmy",
                       "kind": "article", "parent_url": None}
            meta = writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(json.dumps(profile).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": record.rec_headers["WARC-Record-ID"]},
            )
            writer.write_record(meta)
    return path


def article(i: int, title: str, body: str) -> tuple[str, bytes, str]:
    html = ARTICLE.format(title=title, body=body)
    return f"http://stp.kontum.localhost/tin-tuc/bai-{i}.html", html.encode(), "text/html"


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    warc_dir = tmp_path / "warc"
    warc_dir.mkdir()
    pages = [article(i, title, body) for i, (title, body) in enumerate(TOPICS)]
    pages.append(("http://stp.kontum.localhost/tin-tuc/hong.html", bytes(range(256)) * 40,
                  "text/html"))
    write_warc(warc_dir / "crawl-1.warc.gz", pages)
    return warc_dir


@pytest.fixture
def store(tmp_path: Path):
    opened = EmbeddedStore(tmp_path / "store", dim=64)
    yield opened
    opened.close()


def test_index_makes_pages_searchable_with_profile_metadata(archive, store, tmp_path):
    summary = index_archive(store, HashEmbedder(), [archive], tmp_path / "reports")
    assert summary.indexed == 3
    hits = store.keyword(parse_keywords("phong chong dich", SearchFilters(province="Kon Tum")))[1]
    assert hits and hits[0].title == "Tăng cường phòng, chống dịch Covid-19"
    page = store.get(hits[0].page_id)
    assert page.province == "Kon Tum" and page.published.startswith("2020-03-16")
    assert "16/CT-TTg" in {c.number for c in page.citations}
    assert "Điện thoại" not in page.text and "Giới thiệu" not in page.text


def test_a_page_that_fails_is_kept_in_quarantine_not_dropped(archive, store, tmp_path):
    summary = index_archive(store, HashEmbedder(), [archive], tmp_path / "reports")
    assert summary.quarantined == 1
    lines = Path(summary.quarantine_file).read_text(encoding="utf-8").splitlines()
    entry = json.loads(lines[0])
    assert entry["source"].endswith("hong.html") and entry["stage"] and entry["reason"]


def test_second_run_embeds_nothing_and_a_changed_page_is_reindexed(archive, store, tmp_path):
    embedder = HashEmbedder()
    index_archive(store, embedder, [archive], tmp_path / "reports")
    again = index_archive(store, embedder, [archive], tmp_path / "reports")
    assert (again.indexed, again.passages_embedded, again.unchanged) == (0, 0, 3)

    title, body = TOPICS[1]
    write_warc(archive / "crawl-2.warc.gz", [article(1, title, body + " Cập nhật mới.")])
    third = index_archive(store, embedder, [archive], tmp_path / "reports")
    assert third.indexed == 1
    assert store.count() == 3


def test_a_damaged_warc_is_reported_and_the_rest_indexed(archive, store, tmp_path):
    good = (archive / "crawl-1.warc.gz").read_bytes()
    (archive / "crawl-0-cut.warc.gz").write_bytes(good[: len(good) // 2])
    summary = index_archive(store, HashEmbedder(), [archive], tmp_path / "reports")
    assert summary.indexed == 3
    report = Path(summary.quarantine_file).read_text(encoding="utf-8")
    assert "crawl-0-cut.warc.gz" in report


def test_another_model_is_refused_until_rebuild(archive, store, tmp_path):
    index_archive(store, HashEmbedder(), [archive], tmp_path / "reports")
    other = HashEmbedder(model_id="another-model")
    with pytest.raises(ModelMismatchError, match="--rebuild"):
        index_archive(store, other, [archive], tmp_path / "reports")
    summary = index_archive(store, other, [archive], tmp_path / "reports", rebuild=True)
    assert summary.indexed == 3 and store.count() == 3
    assert store.embedding_model() == "another-model"


def test_rebuild_drops_pages_no_longer_archived(archive, store, tmp_path):
    index_archive(store, HashEmbedder(), [archive], tmp_path / "reports")
    (archive / "crawl-1.warc.gz").unlink()
    title, body = TOPICS[0]
    write_warc(archive / "crawl-2.warc.gz", [article(0, title, body)])
    index_archive(store, HashEmbedder(), [archive], tmp_path / "reports", rebuild=True)
    assert store.count() == 1


def test_missing_source_is_a_clear_error(store, tmp_path):
    with pytest.raises(InputError, match="no such WARC"):
        index_archive(store, HashEmbedder(), [tmp_path / "nope"], tmp_path / "reports")
