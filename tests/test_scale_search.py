"""Search work done only where it shows (issue #16): snippets cut late for the hits shown
are the snippets cut at once, the faster tone spelling is the parser's, and a page count
or facet counts kept per commit never go stale."""

from __future__ import annotations

import json
import random
import unicodedata
from pathlib import Path

from indexer.parsing.textnorm import new_style_tones, nfc
from indexer.query.parse import parse_keywords
from indexer.query.service import SearchService
from indexer.stores.embedded.schema import indexed_text
from indexer.stores.embedded.store import EmbeddedStore
from indexer.stores.stages import StageClock
from tests.test_store_contract import DIM, EMBEDDER, NONE, PAGES, load

LEGAL = Path(__file__).resolve().parent.parent / "bench" / "data" / "legal_texts.json"
QUERIES = ["phòng chống dịch", "phong chong dich", "bão số 9", "Hòa", "ủy ban", "cách ly"]


def test_indexed_text_equals_the_parsers_tone_spelling():
    texts = [d["text"] for d in json.loads(LEGAL.read_text("utf-8"))["documents"]]
    letters = "oOuUqQaàáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ yn1_.-\n\u0300\u0301\u0309\u0323"
    rng = random.Random(16)
    texts += ["".join(rng.choice(letters) for _ in range(rng.randint(0, 9)))
              for _ in range(20_000)]
    texts += ["Khánh Hoà, Uỷ ban, quý, QUÝ, thuỷ, hoá", "oà", "uý", "quỳ"]
    for text in texts + [unicodedata.normalize("NFD", t) for t in texts]:
        assert indexed_text(text) == new_style_tones(nfc(text)), repr(text)


def test_late_snippets_equal_snippets_cut_at_once(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    load(store)
    for text in QUERIES:
        query = parse_keywords(text, NONE)
        total, eager = store.keyword(query, limit=20)
        late_total, late = store.keyword(query, limit=20, snippets=False)
        assert late_total == total
        assert all(h.snippet == "" and h.highlights == [] for h in late)
        store.add_snippets(query, late)
        assert [h.model_dump() for h in late] == [h.model_dump() for h in eager]
    store.close()


def test_hybrid_hits_shown_carry_keyword_snippets(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    load(store)
    service = SearchService(store, EMBEDDER)
    for text in QUERIES:
        _, eager = store.keyword(parse_keywords(text, NONE), limit=50)
        snippets = {h.page_id: (h.snippet, h.highlights) for h in eager}
        for hit in service.search(text, mode="hybrid", limit=5).hits:
            if "keyword" in hit.ranks:
                assert (hit.snippet, hit.highlights) == snippets[hit.page_id]
    store.close()


def test_count_and_facets_follow_each_commit(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    assert store.count() == 0
    load(store, PAGES[:5])
    query = parse_keywords("", NONE)
    before = store.facets(query)
    assert store.count() == 5
    load(store, PAGES[5:])
    assert store.count() == len(PAGES)
    after = store.facets(query)
    assert sum(after["year"].values()) > sum(before["year"].values())
    store.delete([PAGES[0].page_id])
    store.commit()
    assert store.count() == len(PAGES) - 1
    dated = 1 if PAGES[0].published else 0
    assert sum(store.facets(query)["year"].values()) == sum(after["year"].values()) - dated
    store.close()


def test_the_stage_clock_names_where_a_keyword_search_goes(tmp_path: Path):
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    load(store)
    store.clock = StageClock()
    store.keyword(parse_keywords("phòng chống dịch", NONE))
    assert {"compile", "search", "fetch", "snippets", "hits"} <= set(store.clock.take())
    store.close()


def test_vector_search_reads_back_few_pages_and_finds_the_exact_nearest(tmp_path: Path,
                                                                        monkeypatch):
    """The int8 index chooses which pages are read back and scored exactly: the top 10
    are the exact float32 top 10 (recall against a full scan), from some 20 pages read."""
    import numpy as np

    import indexer.stores.embedded.vectors as vectors
    from indexer.models import Page, Passage, SearchFilters
    from indexer.stores.embedded.nearest import NearestPages

    monkeypatch.setattr(vectors, "EXACT_SEARCH_BELOW", 0)  # the HNSW path, as at scale
    rng = np.random.default_rng(16)
    centres = rng.normal(size=(40, DIM))  # topics: many pages close to one another
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    pages, passages, rows = [], [], []
    for i in range(3000):
        page_id = f"p{i:05d}"
        pages.append(Page(page_id=page_id, url=f"http://x.localhost/{i}", site="x",
                          text=f"trang {i}"))
        for ordinal in range(2):
            passages.append(Passage(passage_id=f"{page_id}:{ordinal}", page_id=page_id,
                                    ordinal=ordinal, text=f"trang {i}", start=0, end=7))
            rows.append(centres[(i + ordinal) % 40] + 0.35 * rng.normal(size=DIM))
    matrix = np.asarray(rows, dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    store.upsert(pages, passages, matrix)
    store.commit()
    read_back = []
    ranked = NearestPages._ranked

    def counted(self, addresses, *args):
        read_back.append(len(addresses))
        return ranked(self, addresses, *args)

    monkeypatch.setattr(NearestPages, "_ranked", counted)
    found, wanted = 0, 0
    for q in range(40):
        query = (centres[q] + 0.5 * rng.normal(size=DIM)).astype(np.float32)
        query /= np.linalg.norm(query)
        exact = (matrix @ query).reshape(-1, 2).max(axis=1)
        truth = {f"p{i:05d}" for i in np.argsort(-exact)[:10]}
        hits = store.semantic(query, SearchFilters(), limit=10)
        found += len(truth & {h.page_id for h in hits})
        wanted += 10
        for hit in hits:  # scores are exact cosines, not int8 ones
            assert abs(hit.score - exact[int(hit.page_id[1:])]) < 1e-5
    print(f"recall@10 against a full scan: {found / wanted:.3f}")
    assert found / wanted >= 0.98
    assert max(read_back) <= 20  # 80 passages proposed, some 60 pages: 20 read back
    store.close()
