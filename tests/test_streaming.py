"""Indexing streams (issue #16): pages flow through in bounded batches, a run stopped
midway resumes to the store a clean build gives, and `--shard` parts add up to one run."""

from __future__ import annotations

import gc
import random
from pathlib import Path

import pytest

import indexer.extract.core as extract_core
import indexer.ingest.pipeline as pipeline
from indexer.archive.reader import FetchedDocument
from indexer.errors import InputError
from indexer.models import Page
from indexer.query.parse import parse_keywords
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder
from tests.test_pipeline import ARTICLE, write_warc

TEXT = ("phòng chống dịch bệnh mưa lũ cải cách thủ tục hành chính hồ sơ trực tuyến người dân "
        "doanh nghiệp huyện xã cứu hộ sơ tán giãn cách khẩu trang y tế giáo dục đất đai")
WORDS = TEXT.split(" ")


def page(i: int, version: int = 1) -> tuple[str, bytes, str]:
    """An article with its own words (no two near-duplicates), changed in `version` 2."""
    rng = random.Random(i)
    words = [rng.choice(WORDS) for _ in range(150)]
    body = " ".join(words) + f" Bài số {i}, bản {version}, mã {i * 7919 % 10007}."
    title = f"Thông báo số {i} về {WORDS[i % len(WORDS)]}"
    html = ARTICLE.format(title=title, body=body)
    return f"http://stp.kontum.localhost/tin-tuc/bai-{i}.html", html.encode(), "text/html"


@pytest.fixture
def warcs(tmp_path: Path) -> Path:
    """Three crawls of 20 articles each, the third recrawling five of the first's."""
    folder = tmp_path / "warc"
    folder.mkdir()
    write_warc(folder / "crawl-1.warc.gz", [page(i) for i in range(20)])
    write_warc(folder / "crawl-2.warc.gz", [page(i) for i in range(20, 40)])
    write_warc(folder / "crawl-3.warc.gz", [page(i, 2) for i in range(5)]
               + [page(i) for i in range(40, 55)])
    return folder


def contents(store: EmbeddedStore) -> dict[str, tuple]:
    return {p.page_id: (p.content_hash, p.text, p.duplicate_of, tuple(p.also_published_at))
            for p in store.iter_pages()}


def index(path: Path, warcs: Path, reports: Path, **options) -> EmbeddedStore:
    store = EmbeddedStore(path, dim=64)
    pipeline.index_archive(store, HashEmbedder(), [warcs], reports, **options)
    return store


def live(kind: type) -> int:
    return sum(isinstance(o, kind) for o in gc.get_objects())


def test_pages_held_at_once_never_exceed_a_batch(warcs, tmp_path, monkeypatch):
    monkeypatch.setattr(pipeline, "BATCH_PAGES", 4)
    monkeypatch.setattr(extract_core, "LEARN_WINDOW", 3)  # a site's template from 3 pages
    held = {"pages": [], "documents": [], "extracted": []}
    extract = pipeline.extract_documents

    def counted_extract(docs):
        for result in extract(docs):
            held["documents"].append(live(FetchedDocument))
            held["extracted"].append(live(Page))
            yield result

    upsert = EmbeddedStore.upsert

    def counted_upsert(self, pages, passages, vectors):
        assert len(pages) <= 4
        held["pages"].append(live(Page))
        return upsert(self, pages, passages, vectors)

    monkeypatch.setattr(pipeline, "extract_documents", counted_extract)
    monkeypatch.setattr(EmbeddedStore, "upsert", counted_upsert)
    # Other tests of the session may keep pages alive (module fixtures): count from here.
    gc.collect()
    before = {"pages": live(Page), "documents": live(FetchedDocument)}
    store = index(tmp_path / "store", warcs, tmp_path / "reports")
    assert store.count() == 55 and len(held["pages"]) == 14  # 55 pages, 4 a batch
    # While pages are written, only the batch is in memory (not the 55 pages); while
    # they are extracted, only the documents waiting for their site's template.
    assert max(held["pages"]) - before["pages"] <= 4
    assert max(held["documents"]) - before["documents"] <= 3 + 1
    # Extraction keeps no page it has handed on (attachments borrow their article's
    # facts, not the article): the one just extracted, and the spool writer's.
    assert max(held["extracted"]) - before["pages"] <= 2
    store.close()


def test_a_run_stopped_midway_resumes_to_a_clean_build(warcs, tmp_path, monkeypatch):
    clean = index(tmp_path / "clean", warcs, tmp_path / "reports-clean")
    expected = contents(clean)
    clean.close()
    monkeypatch.setattr(pipeline, "BATCH_PAGES", 4)
    writes = {"n": 0}

    def stop_at_third_batch(point: str) -> None:
        if point == "upsert":
            writes["n"] += 1
            if writes["n"] == 3:
                raise KeyboardInterrupt  # as a kill would: nothing after this runs

    monkeypatch.setattr(pipeline, "fault", stop_at_third_batch)
    store = EmbeddedStore(tmp_path / "store", dim=64)
    with pytest.raises(KeyboardInterrupt):
        pipeline.index_archive(store, HashEmbedder(), [warcs], tmp_path / "reports")
    store.close()
    reopened = EmbeddedStore(tmp_path / "store", dim=64)
    assert reopened.count() == 0  # nothing was committed
    pipeline.index_archive(reopened, HashEmbedder(), [warcs], tmp_path / "reports")
    assert contents(reopened) == expected
    total, _ = reopened.keyword(parse_keywords("thông báo", None), limit=1)
    assert total == 55
    reopened.close()


def test_shards_into_one_store_equal_one_run(warcs, tmp_path):
    """(Near-duplicates across shards are not linked: this archive has none.)"""
    whole = index(tmp_path / "whole", warcs, tmp_path / "reports-whole")
    expected = contents(whole)
    whole.close()
    files = pipeline.warc_files([warcs])
    parts = [pipeline.shard_files(files, i, 3) for i in range(3)]
    assert sorted(f for part in parts for f in part) == sorted(files)  # disjoint, complete
    sharded = EmbeddedStore(tmp_path / "sharded", dim=64)
    for i in (2, 1, 0):  # any order: a recrawled URL's older copy is never indexed
        pipeline.index_archive(sharded, HashEmbedder(), [warcs], tmp_path / f"reports-{i}",
                               shard=(i, 3))
    assert contents(sharded) == expected
    sharded.close()


def test_a_shard_out_of_range_is_refused(warcs, tmp_path):
    with pytest.raises(InputError):
        pipeline.shard_files(pipeline.warc_files([warcs]), 3, 3)


def test_the_cli_reads_shard_as_i_of_n():
    from indexer.cli.main import _shard

    assert _shard("1/3") == (0, 3) and _shard("3/3") == (2, 3)
    for wrong in ("0/3", "4/3", "a/b", "3"):
        with pytest.raises(InputError):
            _shard(wrong)


def test_an_attachment_still_follows_its_article_recrawled_alone(tmp_path, monkeypatch):
    from indexer.archive.crawl_metadata import CrawlMetadata

    article, attachment = "http://a.localhost/bai.html", "http://a.localhost/van-ban.pdf"

    def doc(url: str, parent: str | None = None) -> FetchedDocument:
        return FetchedDocument(url=url, crawl=CrawlMetadata(kind="article", parent_url=parent))

    crawls = {"1.warc": [doc(article), doc(attachment, article)], "2.warc": [doc(article)]}
    monkeypatch.setattr(pipeline, "iter_warc_documents",
                        lambda path, *_, **__: iter(crawls[Path(path).name]))
    files = [tmp_path / "1.warc", tmp_path / "2.warc"]
    summary = pipeline.IndexSummary()
    order = [d.url for d in pipeline.streamed_documents(files, summary, [])]
    assert order == [article, attachment]  # the article's latest copy, then its attachment
    assert summary.documents == 3
