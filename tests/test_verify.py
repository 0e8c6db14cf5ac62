"""`bulletin verify`: the store compared with the WARC files, and repaired from them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from indexer.config import Settings
from indexer.ingest.pipeline import index_archive, page_passages
from indexer.ingest.verify import verify_data_dir
from indexer.query.parse import parse_keywords
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder
from tests.conftest import REPO, run_bulletin
from tests.test_reliability import (
    DIM,
    build,
    demo_documents,
    snapshot,
    update_documents,
    write_warc,
)


class SaltedEmbedder(HashEmbedder):
    """Another "model": same dimension, unrelated vectors."""

    def _vector(self, text: str) -> np.ndarray:
        return super()._vector("salt " + text[::-1])


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """A data directory holding two crawls (WARC files) and a clean store built from them."""
    data = tmp_path_factory.mktemp("verify") / "data"
    (data / "warc").mkdir(parents=True)
    v1 = demo_documents()
    write_warc(data / "warc" / "crawl-1.warc.gz", v1)
    write_warc(data / "warc" / "crawl-2.warc.gz", update_documents(v1))
    build(data / "store", data / "warc", data / "reports")
    return data


@pytest.fixture(scope="module")
def clean(archive) -> dict:
    return snapshot(archive / "store")


@pytest.fixture
def data(archive, tmp_path) -> Path:
    """A copy of the archive to damage."""
    copy = tmp_path / "data"
    shutil.copytree(archive, copy)
    return copy


def verify(data: Path, repair: bool = False, embedder=None):
    settings = Settings(data_dir=data, model_cache=data / "models")
    return verify_data_dir(settings, embedder or HashEmbedder(DIM), repair=repair)


def tie_free(results: dict) -> dict:
    """Search answers with pages of equal score in page-id order: near-duplicate pages tie
    exactly, and a rebuilt vector index may propose them either way round (which, in
    hybrid mode, swaps their fused scores too)."""
    answers = {}
    for query, hits in results.items():
        if query.startswith("hybrid"):
            answers[query] = sorted(page for page, _ in hits)
        else:
            answers[query] = sorted(hits, key=lambda hit: (-hit[1], hit[0]))
    return answers


def pages_found(snap: dict) -> dict[str, set[str]]:
    return {query: {hit[0] for hit in hits} for query, hits in snap["results"].items()}


def found(report) -> set[tuple[str, str]]:
    return {(f.problem, f.part) for f in report.findings}


def flip_bytes(path: Path, at: float = 0.5, count: int = 64) -> None:
    data = bytearray(path.read_bytes())
    start = int(len(data) * at)
    for i in range(start, min(start + count, len(data))):
        data[i] ^= 0x5A
    path.write_bytes(bytes(data))


def committed_vector_file(store_dir: Path, dim: int = DIM) -> Path:
    store = EmbeddedStore(store_dir, dim=dim)
    try:
        token = store._token(store._searcher())  # the file the last commit names
    finally:
        store.close()
    return store_dir / "vectors" / f"ann-{token}.usearch"


def test_a_clean_store_verifies_clean(archive, clean):
    outcome = verify(archive)
    report = outcome.before
    assert outcome.ok and report.findings == []
    assert report.stored_pages == report.archived_pages == len(clean["pages"])
    assert report.passages == clean["passages"] and report.vectors_reembedded == 64
    assert report.citation_numbers > 50 and report.quarantined >= 7


def test_damaged_segment_and_vector_file_are_found_and_rebuilt_from_the_warcs(data, clean):
    store_dir = data / "store"
    flip_bytes(committed_vector_file(store_dir))
    segment = max((store_dir / "text").glob("*.store"), key=lambda p: p.stat().st_size)
    flip_bytes(segment, at=0.3)

    outcome = verify(data)
    assert not outcome.ok and outcome.after is None
    assert ("damaged", "files") in found(outcome.before)
    assert any(segment.name in f.detail and "checksum" in f.detail
               for f in outcome.before.findings)

    repaired = verify(data, repair=True)
    assert repaired.repair == "fresh directory" and repaired.after.ok
    assert repaired.repaired_pages == len(clean["pages"])
    assert snapshot(store_dir) == clean  # the same answers as a clean build
    assert [p.name for p in data.iterdir() if p.name.startswith("store")] == ["store"]


def test_a_damaged_vector_index_alone_is_rebuilt_in_place(data, clean):
    flip_bytes(committed_vector_file(data / "store"), at=0.8)
    outcome = verify(data, repair=True)
    assert found(outcome.before) == {("damaged", "vector index")}
    assert outcome.repair == "pages" and outcome.after.ok
    repaired = snapshot(data / "store")
    assert {**repaired, "results": None} == {**clean, "results": None}
    assert tie_free(repaired["results"]) == tie_free(clean["results"])


def test_a_store_that_cannot_be_opened_is_rebuilt(data, clean):
    meta = data / "store" / "text" / "meta.json"
    meta.write_bytes(meta.read_bytes()[:100])
    outcome = verify(data, repair=True)
    assert [f.part for f in outcome.before.findings] == ["files"]
    assert outcome.repair == "fresh directory" and outcome.after.ok
    assert snapshot(data / "store") == clean


def tamper(store_dir: Path) -> dict[str, str]:
    """Missing, extra, duplicate and stale pages, and a citation index out of step with its
    pages, as a bug or a half-finished tool could leave them."""
    from indexer.stores.embedded import schema

    store = EmbeddedStore(store_dir, dim=DIM)
    pages = sorted(store.iter_pages(), key=lambda p: p.url)
    cited = [p for p in pages if p.citations and not p.duplicate_of]
    gone, fields, unfindable, twice = pages[0], cited[1], cited[2], cited[3]
    extra = twice.model_copy(update={"page_id": "not-archived", "url": "http://x.localhost/"})
    stale = cited[4].model_copy(update={"content_hash": "old-version"})
    embedder = HashEmbedder(DIM)

    def upsert(edited) -> None:
        passages = [p for page in edited for p in page_passages(page)]
        store.upsert(edited, passages, embedder.encode_passages([p.text for p in passages]))

    store.delete([gone.page_id])
    upsert([extra, stale, fields.model_copy(update={"citations": []})])
    with pytest.MonkeyPatch.context() as patch:  # the page is right, its index terms are not
        patch.setattr(schema, "number_key", lambda value: "x" + value)
        upsert([unfindable])
    # A second copy of a page, written past upsert (which replaces), as a buggy writer would.
    twice_passages = page_passages(twice)
    vectors = embedder.encode_passages([p.text for p in twice_passages])
    store._writer.add_document(schema.page_document(twice, 7, twice_passages, vectors))
    store.commit()
    store.close()
    return {"missing": gone.page_id, "extra": "not-archived", "stale": stale.page_id,
            "fields": fields.page_id, "citations": unfindable.page_id, "duplicate": twice.page_id}


def test_missing_extra_duplicate_and_stale_pages_are_reported_and_reindexed(data, clean):
    ids = tamper(data / "store")
    outcome = verify(data, repair=True)
    by_page = {(f.problem, f.part): f.page_id for f in outcome.before.findings}
    assert by_page[("missing", "page")] == ids["missing"]
    assert by_page[("extra", "page")] == ids["extra"]
    assert by_page[("duplicate", "page")] == ids["duplicate"]
    assert by_page[("stale", "page")] == ids["stale"]
    assert by_page[("stale", "fields")] == ids["fields"]
    assert by_page[("stale", "citations")] == ids["citations"]
    assert ("damaged", "vector index") in by_page  # the duplicate's vectors are not in it

    assert outcome.repair == "pages" and outcome.after.ok
    assert (outcome.repaired_pages, outcome.removed_pages) == (5, 1)
    repaired = snapshot(data / "store")
    for key in ("pages", "passages", "vectors", "model"):
        assert repaired[key] == clean[key]
    answers, expected = tie_free(repaired["results"]), tie_free(clean["results"])
    for query in expected:
        if query.startswith("semantic"):  # exact cosines: the same whatever the history
            assert answers[query] == expected[query]
    # BM25 statistics still count replaced pages until segments merge: keyword search finds
    # the same pages, though. Hybrid search weighs BM25 scores, so a page at the cut-off may
    # trade places with its neighbour, but the answer stays the same one.
    now, before = pages_found(repaired), pages_found(clean)
    for query in before:
        if query.startswith("hybrid"):
            assert len(now[query] & before[query]) >= len(before[query]) - 2, query
        else:
            assert now[query] == before[query], query


def test_vectors_of_another_model_under_this_models_name_mean_a_rebuild(data, clean):
    store_dir = data / "store"
    shutil.rmtree(store_dir)
    store = EmbeddedStore(store_dir, dim=DIM)
    # What a crash between a rebuild's commit and its model record could leave behind.
    index_archive(store, SaltedEmbedder(DIM, model_id="cheap-hash-64"), [data / "warc"],
                  data / "reports")
    store.close()

    outcome = verify(data, repair=True)
    assert found(outcome.before) == {("stale", "model")}
    assert outcome.repair == "rebuild" and outcome.after.ok
    assert tie_free(snapshot(store_dir)["results"]) == tie_free(clean["results"])


def test_an_unrecorded_model_is_recorded_when_the_vectors_are_its_own(data, clean):
    store_json = data / "store" / "store.json"
    meta = json.loads(store_json.read_text())
    store_json.write_text(json.dumps({**meta, "embedding_model": None}))
    outcome = verify(data, repair=True)
    assert found(outcome.before) == {("missing", "model record")}
    assert outcome.after.ok and snapshot(data / "store")["model"] == "cheap-hash-64"


def test_verify_is_on_the_command_line(tmp_path):
    result = run_bulletin("verify", "--help", data_dir=tmp_path)
    assert result.returncode == 0
    assert "--repair" in result.stdout and "--json" in result.stdout


@pytest.mark.slow
def test_cli_verify_and_repair_with_the_real_model(demo_archive, models_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(demo_archive, data)
    env = {**os.environ, "BULLETIN_MODEL_CACHE": str(models_dir)}

    def bulletin(*args: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-m", "indexer.cli", "--data-dir", str(data),
                               *args], capture_output=True, text=True, cwd=REPO, env=env,
                              timeout=900)

    first = bulletin("verify", "--json")
    assert first.returncode == 0, first.stderr[-2000:]
    assert json.loads(first.stdout)["before"]["findings"] == []
    flip_bytes(committed_vector_file(data / "store", dim=384))
    found_it = bulletin("verify")
    assert found_it.returncode == 1 and "damaged vector index" in found_it.stdout
    fixed = bulletin("verify", "--repair", "--json")
    assert fixed.returncode == 0, fixed.stderr[-2000:]
    outcome = json.loads(fixed.stdout)
    assert outcome["repair"] == "pages" and outcome["after"]["findings"] == []
    store = EmbeddedStore(data / "store", dim=384)
    try:
        assert store.count() == outcome["after"]["stored_pages"] > 0
        assert store.keyword(parse_keywords("phòng chống dịch"))[0] > 0
    finally:
        store.close()
