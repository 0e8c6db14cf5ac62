"""Indexing survives kill -9 at any point and bad input; a second process reads whole states.

The archive is the bundled demo portals written to a WARC the way the crawler writes it,
plus an update (changed and new articles, and bad input of every kind). The indexer runs
in a subprocess with the cheap stand-in embedder and BULLETIN_FAULT set, so it SIGKILLs
itself at a named point; the test then runs it again and compares with a clean build.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfWriter
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

import indexer.extract.core as extract_module
from indexer.archive.reader import FetchedDocument
from indexer.extract.core import Quarantined, extract_documents
from indexer.ingest.pipeline import index_archive, read_quarantine
from indexer.ingest.verify import verify_archive
from indexer.models import Page, SearchFilters
from indexer.query.service import SearchService
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

REPO = Path(__file__).resolve().parent.parent
DIM = 64
TYPES = {".html": "text/html; charset=utf-8", ".htm": "text/html; charset=utf-8",
         ".aspx": "text/html; charset=utf-8", ".pdf": "application/pdf",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}
STAGES = {"select", "limit", "decode", "parse", "clean", "attachment", "metadata", "extract",
          "read"}
QUERIES = ["phòng chống dịch Covid-19", "bao so 9", "cải cách hành chính", "đồng bào dân tộc",
           "16/CT-TTg", '"chuyển đổi số"']
KON_TUM = {"profile": "stp-kontum", "province": "Kon Tum", "agency": "Sở Tư pháp tỉnh Kon Tum",
           "date_order": "mdy", "kind": "article", "parent_url": None}
BAD = "http://stp.kontum.localhost/bad/"

Document = tuple[str, bytes, str, dict]


# --- the archive ---------------------------------------------------------------------------


def demo_documents() -> list[Document]:
    """Every article and attachment of the demo portals, as the crawler would archive them."""
    docs = []
    for profile_file in sorted((REPO / "demo" / "profiles").glob("*.yaml")):
        profile = yaml.safe_load(profile_file.read_text(encoding="utf-8"))
        host = profile["domains"][0]
        site = REPO / "demo" / "sites" / host
        headers = json.loads((site / "_headers.json").read_text(encoding="utf-8"))["headers"]
        for file in sorted(p for p in site.rglob("*") if p.is_file()):
            path = "/" + file.relative_to(site).as_posix()
            if any(re.search(p, path) for p in profile["article_patterns"]):
                kind = "article"
            elif re.search(r"\.(pdf|docx?)$", path):
                kind = "attachment"
            else:
                continue
            content_type = headers.get(path, {}).get("Content-Type") or TYPES[file.suffix]
            meta = {"profile": profile["name"], "province": profile.get("province"),
                    "agency": profile.get("agency"), "date_order": profile.get("date_order"),
                    "kind": kind, "parent_url": None}
            docs.append((f"http://{host}{path}", file.read_bytes(), content_type, meta))
    return docs


def write_warc(path: Path, docs: list[Document]) -> Path:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, content_type, meta in docs:
            http = StatusAndHeaders("200 OK", [("Content-Type", content_type)],
                                    protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                               http_headers=http)
            writer.write_record(record)
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(json.dumps(meta).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": record.rec_headers["WARC-Record-ID"]}))
    return path


def encrypted_pdf() -> bytes:
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.encrypt("mat-khau")
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bomb() -> bytes:
    """A 100 KB DOCX whose document.xml unpacks to 100 MB."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"<w:t>" + b"a" * (100 << 20))
    return out.getvalue()


def bad_documents() -> dict[str, tuple[Document, str]]:
    """Bad input of every kind, each with the stage it must be quarantined at."""
    html, pdf = "text/html; charset=utf-8", "application/pdf"
    attachment = {**KON_TUM, "kind": "attachment"}
    cases = {
        "binary-as-html": (bytes(range(256)) * 64, html, KON_TUM, "decode"),
        "empty": (b"", html, KON_TUM, "decode"),
        "oversize": (b"<html><body><p>" + b"a" * (9 << 20), html, KON_TUM, "limit"),
        "corrupt.pdf": (b"%PDF-1.4\n" + bytes(range(256)) * 8, pdf, attachment, "attachment"),
        "encrypted.pdf": (encrypted_pdf(), pdf, attachment, "attachment"),
        "bomb.docx": (docx_bomb(), TYPES[".docx"], attachment, "attachment"),
        "tags-only": (b"<html><body><div><table><tr><td></td></tr></table></div>" * 50, html,
                      KON_TUM, "clean"),
    }
    return {name: ((BAD + name, body, ctype, meta), stage)
            for name, (body, ctype, meta, stage) in cases.items()}


def update_documents(v1: list[Document]) -> list[Document]:
    """A later crawl: four articles changed, two new near-copies, and the bad input."""
    articles = [d for d in v1 if d[3]["kind"] == "article" and d[0].endswith((".html", ".aspx"))]
    note = ("</p><p>Cập nhật: tiếp tục thực hiện nghiêm Chỉ thị số 19/CT-TTg ngày 24/4/2021 "
            "của Thủ tướng Chính phủ về các biện pháp phòng, chống dịch.</p>").encode()
    changed = [(url, body.replace(b"</p>", note, 3), ctype, meta)
               for url, body, ctype, meta in articles[::11][:4]]
    copies = [(url.replace(".html", "-ban-sao.html").replace(".aspx", "-ban-sao.aspx"), body,
               ctype, meta) for url, body, ctype, meta in articles[5:7]]
    return changed + copies + [doc for doc, _ in bad_documents().values()]


@pytest.fixture(scope="module")
def warcs(tmp_path_factory) -> dict[str, Path]:
    """Two WARC directories: the first crawl alone, and the first crawl plus an update."""
    root = tmp_path_factory.mktemp("warcs")
    v1 = demo_documents()
    first, both = root / "v1", root / "v2"
    first.mkdir()
    both.mkdir()
    write_warc(first / "crawl-1.warc.gz", v1)
    shutil.copy(first / "crawl-1.warc.gz", both / "crawl-1.warc.gz")
    write_warc(both / "crawl-2.warc.gz", update_documents(v1))
    return {"v1": first, "v2": both}


def build(store_dir: Path, warc_dir: Path, reports: Path):
    store = EmbeddedStore(store_dir, dim=DIM)
    try:
        return index_archive(store, HashEmbedder(DIM), [warc_dir], reports)
    finally:
        store.close()


def snapshot(store_dir: Path) -> dict:
    """What a user can observe: pages, passages, and the answers to a set of searches."""
    store = EmbeddedStore(store_dir, dim=DIM)
    try:
        records = list(store.iter_records())
        service = SearchService(store, HashEmbedder(DIM))
        results = {}
        for query in QUERIES:
            for mode in ("keyword", "semantic", "hybrid"):
                found = service.search(query, mode=mode, filters=SearchFilters(), limit=15)
                results[f"{mode}: {query}"] = [(h.page_id, round(h.score, 4)) for h in found.hits]
        return {
            "pages": sorted((p.page_id, p.content_hash) for p, _, _ in records),
            "passages": sum(len(passages) for _, passages, _ in records),
            "vectors": sum(len(vectors) for _, _, vectors in records),
            "model": store.embedding_model(),
            "results": results,
        }
    finally:
        store.close()


@pytest.fixture(scope="module")
def clean(warcs, tmp_path_factory) -> dict:
    """Clean builds: the first crawl (kept as a store to start from), then the update; and
    both crawls at once into an empty store (BM25 scores remember replaced pages until
    segments merge, so each path has its own reference)."""
    root = tmp_path_factory.mktemp("clean")
    first = build(root / "store", warcs["v1"], root / "reports")
    shutil.copytree(root / "store", root / "store-v1")
    second = build(root / "store", warcs["v2"], root / "reports")
    assert first.indexed > 60 and 8 <= second.indexed < first.indexed
    build(root / "at-once", warcs["v2"], root / "reports-at-once")
    return {"v1_store": root / "store-v1", "v1": snapshot(root / "store-v1"),
            "v2": snapshot(root / "store"), "v2_at_once": snapshot(root / "at-once"),
            "summary": second, "reports": root / "reports"}


# --- kill -9 -------------------------------------------------------------------------------

DRIVER = """
import os, signal, sys
from pathlib import Path
import indexer.ingest.pipeline as pipeline
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

store_dir, warc_dir, reports = map(Path, sys.argv[1:4])
pipeline.BATCH_PAGES = 2  # several batches, so kills land between them
if sys.argv[4:] == ["torn-save"]:
    from usearch.index import Index

    save = Index.save

    def torn_save(self, path, *args, **kwargs):  # the kill lands halfway through the write
        save(self, path, *args, **kwargs)
        os.truncate(path, os.path.getsize(path) // 2)
        os.kill(os.getpid(), signal.SIGKILL)

    Index.save = torn_save
store = EmbeddedStore(store_dir, dim=int(sys.argv[5]) if sys.argv[5:] else 64)
pipeline.index_archive(store, HashEmbedder(), [warc_dir], reports)
store.close()
"""


def run_indexer(store_dir: Path, warc_dir: Path, reports: Path, fault: str) -> int:
    env = {**os.environ, "BULLETIN_FAULT": fault}
    mode = ["torn-save"] if fault == "torn-save" else []
    done = subprocess.run(
        [sys.executable, "-c", DRIVER, str(store_dir), str(warc_dir), str(reports), *mode],
        cwd=REPO, env=env, capture_output=True, text=True, timeout=300,
    )
    assert done.returncode in (0, -9), done.stderr[-2000:]
    return done.returncode


# (fault, start from the first crawl's store?) Points in indexer/faults.py.
FAULTS = [
    ("extract:40", True),  # during extraction
    ("embed:3", True),  # during embedding, two batches already written
    ("embed:2", False),  # the same on a first run, into an empty store
    ("upsert:1", True),  # a batch written to the store, not committed
    ("commit", True),  # everything written, before the commit
    ("vector-saved", True),  # during the store commit: vector file saved, text not committed
    ("vector-saved", False),
    ("torn-save", True),  # during the vector save: the temp file half written
    ("committed", False),  # after the commit, before the model is recorded
]


@pytest.mark.parametrize(("fault", "from_v1"), FAULTS)
def test_killed_indexer_then_rerun_equals_a_clean_build(fault, from_v1, warcs, clean, tmp_path):
    store_dir = tmp_path / "store"
    if from_v1:
        shutil.copytree(clean["v1_store"], store_dir)
    assert run_indexer(store_dir, warcs["v2"], tmp_path / "reports", fault) == -9

    # All or nothing: the killed run left the last commit (or, after it, the new one).
    after_kill = snapshot(store_dir)
    before = clean["v1"] if from_v1 else {"pages": []}
    want = clean["v2"] if from_v1 else clean["v2_at_once"]
    if fault == "committed":
        assert after_kill["pages"] == want["pages"] and after_kill["model"] is None
    else:
        assert after_kill["pages"] == before["pages"]

    summary = build(store_dir, warcs["v2"], tmp_path / "reports")
    assert summary.indexed > 0 or fault == "committed"
    assert snapshot(store_dir) == want
    store = EmbeddedStore(store_dir, dim=DIM)
    try:
        report = verify_archive(store, HashEmbedder(DIM), [warcs["v2"]], sample=None).report
    finally:
        store.close()
    assert report.findings == [] and report.stored_pages == len(want["pages"])
    assert report.passages == want["passages"]
    # The interrupted commit's vector files are gone: the current one, and the one before.
    assert len(list((store_dir / "vectors").glob("ann-*.usearch"))) <= 2


@pytest.fixture(scope="module")
def run_seconds(warcs, clean, tmp_path_factory) -> float:
    """How long an unharmed indexer process takes here (imports included)."""
    root = tmp_path_factory.mktemp("timed")
    shutil.copytree(clean["v1_store"], root / "store")
    started = time.perf_counter()
    run_indexer(root / "store", warcs["v2"], root / "reports", "none")
    return time.perf_counter() - started


@pytest.mark.slow
@pytest.mark.parametrize("fraction", [0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95])
def test_killed_at_any_moment_then_rerun_equals_a_clean_build(fraction, run_seconds, warcs,
                                                              clean, tmp_path):
    store_dir = tmp_path / "store"
    shutil.copytree(clean["v1_store"], store_dir)
    # Where the kill lands varies from run to run; whatever it hits, the outcome must hold.
    run_indexer(store_dir, warcs["v2"], tmp_path / "reports", f"after:{fraction * run_seconds}")
    assert snapshot(store_dir)["pages"] in (clean["v1"]["pages"], clean["v2"]["pages"])
    build(store_dir, warcs["v2"], tmp_path / "reports")
    assert snapshot(store_dir) == clean["v2"]


# --- bad input -----------------------------------------------------------------------------


def test_bad_input_is_quarantined_with_its_stage_and_the_run_goes_on(clean):
    summary = clean["summary"]
    entries = {q.source: q for q in read_quarantine(clean["reports"])}
    for (url, *_), stage in bad_documents().values():
        assert url in entries, f"{url} was dropped in silence"
        assert entries[url].stage == stage and entries[url].reason, entries[url]
    assert summary.quarantined == len(entries)
    assert sum(summary.quarantined_by_stage.values()) == summary.quarantined
    assert summary.quarantined_by_stage["attachment"] >= 3
    assert {p for p, _ in clean["v2"]["pages"]} > {p for p, _ in clean["v1"]["pages"]}


def test_a_page_over_its_time_budget_is_quarantined_not_waited_for(monkeypatch):
    monkeypatch.setattr(extract_module, "PAGE_SECONDS", 0.5)
    words = "Thực hiện Chỉ thị số 16/CT-TTg của Thủ tướng Chính phủ về phòng, chống dịch. "
    slow = FetchedDocument(url=BAD + "one-long-line", content_type="text/html",
                           body=f"<html><body><p>{words * 40_000}</p></body></html>".encode(),
                           profile=KON_TUM)
    page_html = f"<html><body><h1>Tin</h1><p>{words * 5}</p></body></html>"
    fine = FetchedDocument(url=BAD + "fine", content_type="text/html", profile=KON_TUM,
                           body=page_html.encode())
    timed_out, page = extract_documents([slow, fine])
    assert (timed_out.stage, timed_out.reason) == ("limit", "extraction took over 0.5 s")
    assert isinstance(page, Page)


def test_stats_counts_quarantined_pages_per_stage(tmp_path):
    data = tmp_path / "data"
    (data / "warc").mkdir(parents=True)
    docs = {name: case for name, case in bad_documents().items() if name != "oversize"}
    write_warc(data / "warc" / "bad.warc.gz", [doc for doc, _ in docs.values()])
    build(data / "store-cheap", data / "warc", data / "reports")
    done = subprocess.run([sys.executable, "-m", "indexer.cli", "--data-dir", str(data), "stats",
                           "--json"], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    figures = json.loads(done.stdout)
    expected: dict[str, int] = {}
    for _, stage in docs.values():
        expected[stage] = expected.get(stage, 0) + 1
    assert figures["quarantined"] == len(docs)
    assert figures["quarantined_by_stage"] == expected


def test_a_run_without_failures_clears_the_last_quarantine_list(warcs, tmp_path):
    reports = tmp_path / "reports"
    (reports).mkdir()
    (reports / "quarantine.jsonl").write_text(
        json.dumps({"source": "http://old.localhost/", "stage": "decode", "reason": "x"}) + "\n")
    build(tmp_path / "store", warcs["v1"], reports)
    assert read_quarantine(reports) == []


DOC_BITS = st.sampled_from([
    "<html>", "<body>", "<p>", "</p>", "<div>", "</div>", "<table><tr><td>", "</td></tr>",
    "<h1>", "</h1>", "<script>", "</script>", "<!--", "<meta charset='windows-1258'>",
    "<title>", "Chỉ thị số 16/CT-TTg ngày 31/3/2020", "Ngày 07/08/2020 10:04", "\x00", "\ufeff",
    "&#0;", "<![CDATA[", "<?xml version='1.0'?>", "<a href='javascript:x'>",
])


@st.composite
def adversarial_documents(draw) -> FetchedDocument:
    """Random and hostile pages: tag soup, deep nesting, long single lines, raw bytes."""
    shape = draw(st.sampled_from(["soup", "nested", "line", "bytes"]))
    if shape == "soup":
        body = "".join(draw(st.lists(st.one_of(DOC_BITS, st.text(max_size=30)), max_size=80)))
        raw = body.encode(draw(st.sampled_from(["utf-8", "utf-16", "cp1258"])), "replace")
    elif shape == "nested":
        depth = draw(st.integers(1, 3000))
        tag = draw(st.sampled_from(["div", "table><tr><td", "ul><li", "b"]))
        raw = ("<html><body>" + f"<{tag}>" * depth + "Chỉ thị 16/CT-TTg").encode()
    elif shape == "line":
        raw = ("<p>" + draw(st.sampled_from(["a", "phòng chống dịch ", "16/CT-TTg "]))
               * draw(st.integers(1, 3000))).encode()
    else:
        raw = draw(st.binary(max_size=4000))
    content_type = draw(st.sampled_from([None, "text/html", "text/html; charset=bogus",
                                         "text/plain", "application/pdf", "image/png"]))
    kind = draw(st.sampled_from(["article", "attachment", None]))
    profile = {**KON_TUM, "kind": kind} if kind else None
    n = draw(st.integers(0, 10**6))
    return FetchedDocument(url=f"http://fuzz{n % 3}.localhost/p{n}.html", body=raw,
                           content_type=content_type, profile=profile)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(docs=st.lists(adversarial_documents(), min_size=1, max_size=6))
def test_hostile_input_never_stops_extraction_and_every_failure_says_why(docs):
    extract_module.PAGE_SECONDS, saved = 5.0, extract_module.PAGE_SECONDS
    try:
        results = list(extract_documents(docs))
    finally:
        extract_module.PAGE_SECONDS = saved
    assert len(results) == len(docs)  # one answer per input, none dropped
    for doc, result in zip(docs, results, strict=True):
        assert isinstance(result, Page | Quarantined)
        if isinstance(result, Quarantined):
            assert result.source == doc.url
            assert result.stage in STAGES and result.reason.strip()
        else:
            assert result.text.strip()


# --- a reader beside the indexer -----------------------------------------------------------

READER = """
import json, sys, time
from pathlib import Path
from indexer.models import SearchFilters
from indexer.query.parse import parse_keywords
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

store = EmbeddedStore(Path(sys.argv[1]), dim=64)
stop = Path(sys.argv[2])
query = HashEmbedder().encode_query("phòng chống dịch Covid-19")
states, broken = set(), []
print("reading", flush=True)
while True:
    last = stop.exists()  # one more round after the stop sign: it sees the final state
    hashes = store.page_hashes()
    total, _ = store.keyword(parse_keywords(""), limit=1)
    semantic = store.semantic(query, SearchFilters(), limit=30)
    citing = store.by_citation("16/CT-TTg", limit=200)
    if total != len(hashes) or not {h.page_id for h in semantic + citing} <= hashes.keys():
        if store.page_hashes() == hashes:  # the same commit throughout: a half state
            broken.append(total)
    states.add(json.dumps(sorted(hashes.items())))
    if last:
        break
print(json.dumps({"states": sorted(states), "broken": broken}))
"""


def test_a_reader_beside_the_indexer_sees_the_old_or_the_new_archive(warcs, clean, tmp_path):
    store_dir, stop = tmp_path / "store", tmp_path / "stop"
    shutil.copytree(clean["v1_store"], store_dir)
    reader = subprocess.Popen([sys.executable, "-c", READER, str(store_dir), str(stop)],
                              cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert reader.stdout.readline() == "reading\n"
        build(store_dir, warcs["v2"], tmp_path / "reports")
        stop.touch()
        out, _ = reader.communicate(timeout=120)
    finally:
        reader.kill()
    seen = json.loads(out)
    assert seen["broken"] == []
    old, new = (json.dumps([list(p) for p in clean[v]["pages"]]) for v in ("v1", "v2"))
    assert set(seen["states"]) <= {old, new} and new in seen["states"]
