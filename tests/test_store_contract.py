"""The store contract: every store answers the same queries the same way.

Runs against the embedded store always and against Elasticsearch when ES_URL is set
(`ES_URL=https://elastic:pw@localhost:9200 pytest tests/test_store_contract.py`).
The corpus is twelve hand-written bulletin pages (tests/data/contract_pages.json); vectors
come from a hashed bag of words, so no model is needed.
"""

from __future__ import annotations

import json
import os
import unicodedata
import uuid
from datetime import date
from pathlib import Path

import numpy as np
import pytest

from indexer.models import Page, Passage, SearchFilters
from indexer.parsing.textnorm import fold
from indexer.query.parse import parse_keywords as q
from tests.cheap_vectors import HashEmbedder

DIM = 64
CORPUS = Path(__file__).parent / "data" / "contract_pages.json"
PAGES = [Page.model_validate(p) for p in json.loads(CORPUS.read_text("utf-8"))["pages"]]
# Pages are named by the last part of their URL: ID["bao-so-9"] is the storm page's id.
ID = {p.url.rsplit("/", 1)[1].removesuffix(".html"): p.page_id for p in PAGES}
NAME = {page_id: name for name, page_id in ID.items()}
EMBEDDER = HashEmbedder(DIM)
NONE = SearchFilters()
WEIRD_QUERIES = [
    '"',
    '""',
    '"""',
    ":",
    "(",
    ")",
    "AND",
    "OR",
    "NOT",
    "-",
    "*",
    "\\",
    "title:",
    "a OR",
    "OR b",
    'phòng"chống',
    "phòng (chống",
    "text:dịch",
    "[1 TO 5]",
    "a && b || !c",
    "~2",
    "^3",
    "/regex/",
    "   ",
    "",
    "x" * 3000,
    "dịch " * 200,
    "\x00",
    "💥",
]


def passages_of(page: Page) -> list[Passage]:
    """One passage per paragraph (blank-line separated), with offsets into the text."""
    passages, position = [], 0
    for ordinal, paragraph in enumerate(page.text.split("\n\n")):
        start = page.text.index(paragraph, position)
        position = start + len(paragraph)
        passages.append(
            Passage(
                passage_id=f"{page.page_id}:{ordinal}",
                page_id=page.page_id,
                ordinal=ordinal,
                text=paragraph,
                start=start,
                end=position,
            )
        )
    return passages


def upsert(store, pages: list[Page]) -> None:
    passages = [p for page in pages for p in passages_of(page)]
    store.upsert(pages, passages, EMBEDDER.encode_passages([p.text for p in passages]))


def load(store, pages: list[Page] = PAGES) -> None:
    upsert(store, pages)
    store.commit()


def names(hits) -> list[str]:
    return [NAME.get(h.page_id, h.page_id) for h in hits]


class Backend:
    """Opens (and reopens) one store of a kind; closes and drops what it opened."""

    def __init__(self, kind: str, tmp_path: Path) -> None:
        self.kind = kind
        self.path = tmp_path / "store"
        self.prefix = f"bulletin-test-{uuid.uuid4().hex[:10]}"
        self.opened = []

    def open(self):
        if self.kind == "embedded":
            from indexer.stores.embedded.store import EmbeddedStore

            store = EmbeddedStore(self.path, dim=DIM)
        else:
            from indexer.stores.elastic.store import ElasticStore

            store = ElasticStore(url=os.environ["ES_URL"], index_prefix=self.prefix, dim=DIM)
        self.opened.append(store)
        return store

    def cleanup(self) -> None:
        for store in self.opened:
            if self.kind == "elasticsearch":
                store.drop()
            store.close()


ELASTIC = pytest.param(
    "elasticsearch",
    marks=pytest.mark.skipif(
        not os.environ.get("ES_URL"), reason="ES_URL not set: Elasticsearch leg skipped"
    ),
)


@pytest.fixture(params=["embedded", ELASTIC])
def backend(request, tmp_path: Path):
    kind = Backend(request.param, tmp_path)
    yield kind
    kind.cleanup()


@pytest.fixture
def store(backend):
    """A fresh, empty store."""
    return backend.open()


@pytest.fixture(scope="module", params=["embedded", ELASTIC])
def loaded(request, tmp_path_factory):
    """A store holding the whole corpus, shared by the tests that only read."""
    kind = Backend(request.param, tmp_path_factory.mktemp("loaded"))
    store = kind.open()
    load(store)
    yield store
    kind.cleanup()


# --- writing ------------------------------------------------------------------------


def test_upsert_then_count(loaded):
    assert loaded.count() == len(PAGES) == 12


def test_new_store_is_empty(store):
    assert store.count() == 0
    assert store.page_hashes() == {}
    assert store.keyword(q("dịch", NONE)) == (0, [])
    assert store.semantic(EMBEDDER.encode_query("dịch"), NONE) == []


def test_reupsert_replaces_without_duplicates(store):
    load(store)
    load(store)
    changed = PAGES[4].model_copy(update={"title": "Cơn bão số 9 đã suy yếu thành áp thấp"})
    load(store, [changed])
    assert store.count() == 12
    total, hits = store.keyword(q("bão", NONE), limit=50)
    assert len(hits) == len({h.page_id for h in hits}) == total
    assert store.get(changed.page_id).title == "Cơn bão số 9 đã suy yếu thành áp thấp"
    assert names(store.keyword(q("áp thấp", NONE))[1]) == ["bao-so-9"]
    semantic = store.semantic(EMBEDDER.encode_query(PAGES[4].text), NONE, limit=12)
    assert len(semantic) == len({h.page_id for h in semantic}) == 12


def test_delete_removes_page_everywhere(store):
    load(store)
    gone = ID["bao-so-9"]
    store.delete([gone])
    store.commit()
    assert store.count() == 11
    assert store.get(gone) is None
    assert gone not in store.page_hashes()
    assert "bao-so-9" not in names(store.keyword(q("bão", NONE))[1])
    storm = EMBEDDER.encode_query(PAGES[4].text)
    assert gone not in {h.page_id for h in store.semantic(storm, NONE, limit=12)}
    assert gone not in {h.page_id for h in store.by_citation("1423/CĐ-TTg")}


def test_get_round_trips_every_field(loaded):
    for page in PAGES:
        assert loaded.get(page.page_id) == page
    assert loaded.get("no-such-page") is None


def test_page_hashes(loaded):
    assert loaded.page_hashes() == {p.page_id: p.content_hash for p in PAGES}


def test_embedding_model_round_trip_and_persistence(backend):
    store = backend.open()
    assert store.embedding_model() is None
    store.set_embedding_model(EMBEDDER.model_id)
    load(store)
    assert store.embedding_model() == EMBEDDER.model_id
    store.close()
    assert backend.open().embedding_model() == EMBEDDER.model_id


def test_everything_survives_close_and_reopen(backend):
    store = backend.open()
    load(store)
    store.close()
    reopened = backend.open()
    assert reopened.count() == 12
    assert reopened.get(ID["covid-kontum"]) == PAGES[0]
    assert "bao-so-9" in names(reopened.keyword(q("bão", NONE))[1])
    hits = reopened.semantic(EMBEDDER.encode_query(PAGES[4].text), NONE, limit=3)
    assert names(hits)[0] == "bao-so-9"


def test_bad_batches_are_refused_and_nothing_is_written(store):
    page = PAGES[0]
    passages = passages_of(page)
    with pytest.raises(ValueError, match="shape|rows"):
        store.upsert([page], passages, np.ones((len(passages) + 1, DIM), dtype=np.float32))
    with pytest.raises(ValueError, match="belongs to"):
        store.upsert([PAGES[1]], passages, np.ones((len(passages), DIM), dtype=np.float32))
    store.commit()
    assert store.count() == 0


# --- keyword search -----------------------------------------------------------------

COVID_PHRASE = {"covid-kontum", "an-ninh-daknong", "ket-luan-bnv", "chi-thi-07"}


@pytest.mark.parametrize("query", ["phòng chống dịch", "phong chong dich", "PHÒNG CHỐNG DỊCH"])
def test_keyword_with_and_without_diacritics(loaded, query):
    total, hits = loaded.keyword(q(query, NONE), limit=20)
    # The Hà Nội page has all three words, far apart: found, but after the others.
    assert set(names(hits)) == COVID_PHRASE | {"dich-vu-cong-hanoi"}
    assert total == 5
    assert names(hits)[-1] == "dich-vu-cong-hanoi"


def test_exact_diacritics_rank_first(loaded):
    _, hits = loaded.keyword(q("bão", NONE), limit=20)
    found = names(hits)
    # "bão" (storm) pages first; "báo cáo" (report) only matches the folded "bao".
    assert set(found[:2]) == {"bao-so-9", "phong-chong-lut-bao"}
    assert found.index("bao-chi-kontum") > 1
    _, hits = loaded.keyword(q("báo chí", NONE), limit=20)
    assert names(hits)[0] == "bao-chi-kontum"


def test_folded_query_matches_every_spelling(loaded):
    found = set(names(loaded.keyword(q("bao", NONE), limit=20)[1]))
    assert {"bao-so-9", "phong-chong-lut-bao", "bao-chi-kontum"} <= found


def test_quoted_phrase_needs_adjacent_words(loaded):
    _, hits = loaded.keyword(q('"phòng, chống dịch"', NONE), limit=20)
    assert set(names(hits)) == COVID_PHRASE
    _, hits = loaded.keyword(q('"phong chong dich"', NONE), limit=20)
    assert set(names(hits)) == COVID_PHRASE


def test_document_number_as_keywords(loaded):
    _, hits = loaded.keyword(q("4962/UBND-KGVX", NONE))
    assert names(hits)[0] == "tuyen-sinh-kontum"


def test_snippet_highlights_lie_inside_the_snippet_and_match_the_query(loaded):
    wanted = {"phong", "chong", "dich"}
    for query in ("phòng chống dịch", "phong chong dich"):
        _, hits = loaded.keyword(q(query, NONE), limit=20)
        assert all(h.snippet for h in hits)
        highlighted = [h for h in hits if h.highlights]
        assert len(highlighted) >= 4
        for hit in highlighted:
            assert "<b>" not in hit.snippet  # plain text, the UI escapes and marks it
            for start, end in hit.highlights:
                assert 0 <= start < end <= len(hit.snippet)
                assert fold(hit.snippet[start:end]) in wanted


def test_pagination_is_stable_and_disjoint(loaded):
    total, first = loaded.keyword(q("", NONE), limit=5, offset=0)
    _, second = loaded.keyword(q("", NONE), limit=5, offset=5)
    _, third = loaded.keyword(q("", NONE), limit=5, offset=10)
    assert total == 12
    ids = [h.page_id for h in first + second + third]
    assert len(ids) == len(set(ids)) == 12
    assert [h.published for h in first][:2] == ["2025-07-01", "2021-09-20"]  # newest first


@pytest.mark.parametrize("query", WEIRD_QUERIES)
def test_odd_queries_never_raise(loaded, query):
    total, hits = loaded.keyword(q(query, NONE))
    assert total >= len(hits) >= 0
    assert isinstance(loaded.facets(q(query, NONE)), dict)


def test_decomposed_text_is_found_with_composed_query(store):
    page = PAGES[8].model_copy(
        update={
            "text": unicodedata.normalize("NFD", PAGES[8].text),
            "title": unicodedata.normalize("NFD", PAGES[8].title),
        }
    )
    load(store, [page])
    assert names(store.keyword(q("tuyển sinh", NONE))[1]) == ["tuyen-sinh-kontum"]
    assert store.get(page.page_id) == page  # stored exactly as given


# --- filters and facets -------------------------------------------------------------


def test_filter_by_province(loaded):
    total, hits = loaded.keyword(q("", SearchFilters(province="Kon Tum")), limit=20)
    assert total == 3
    assert set(names(hits)) == {"covid-kontum", "bao-chi-kontum", "tuyen-sinh-kontum"}
    _, hits = loaded.keyword(q("dịch", SearchFilters(province="Đắk Nông")), limit=20)
    assert set(names(hits)) == {"an-ninh-daknong", "chi-thi-07"}


def test_filter_by_current_province_and_agency(loaded):
    _, hits = loaded.keyword(q("", SearchFilters(province_current="Lâm Đồng")), limit=20)
    assert set(names(hits)) == {
        "an-ninh-daknong",
        "chi-thi-07",
        "tiem-vac-xin-daknong",
        "ca-phe-daknong",
    }
    _, hits = loaded.keyword(q("", SearchFilters(agency="Bộ Nội vụ")), limit=20)
    assert names(hits) == ["ket-luan-bnv"]


def test_filter_by_date_range_includes_both_ends(loaded):
    window = SearchFilters(date_from=date(2021, 1, 15), date_to=date(2021, 6, 1))
    _, hits = loaded.keyword(q("", window), limit=20)
    assert set(names(hits)) == {"bao-chi-kontum", "dich-vu-cong-hanoi", "tuyen-sinh-kontum"}
    _, hits = loaded.keyword(q("", SearchFilters(date_from=date(2025, 1, 1))), limit=20)
    assert names(hits) == ["sap-xep-tinh"]
    both = SearchFilters(province="Kon Tum", date_from=date(2021, 1, 1))
    assert set(names(loaded.keyword(q("", both), limit=20)[1])) == {
        "bao-chi-kontum",
        "tuyen-sinh-kontum",
    }


def test_facets_count_the_matching_pages(loaded):
    facets = loaded.facets(q("dịch", NONE))
    assert facets["province"] == {"Kon Tum": 1, "Đắk Nông": 2, "Hà Nội": 1}
    assert facets["year"] == {"2020": 4, "2021": 1}
    assert sum(facets["agency"].values()) == 5
    everything = loaded.facets(q("", NONE))
    assert everything["province"]["Đắk Nông"] == 4
    assert sum(everything["year"].values()) == 11  # one page has no date
    narrowed = loaded.facets(q("", SearchFilters(province="Kon Tum")))
    assert narrowed["province"] == {"Kon Tum": 3}
    assert narrowed["year"] == {"2020": 1, "2021": 2}


def test_month_facet_counts_pages_per_publication_month(loaded):
    facets = loaded.facets(q("dịch", NONE))
    assert facets["month"] == {"2020-03": 2, "2020-07": 1, "2020-08": 1, "2021-05": 1}
    everything = loaded.facets(q("", NONE))["month"]
    assert sum(everything.values()) == 11  # the page without a date has no month
    assert everything["2021-01"] == 1 and everything["2025-07"] == 1
    narrowed = loaded.facets(q("", SearchFilters(province="Kon Tum")))
    assert narrowed["month"] == {"2020-03": 1, "2021-01": 1, "2021-06": 1}


# --- vectors ------------------------------------------------------------------------


def test_semantic_finds_the_page_of_a_passage(loaded):
    for page in PAGES:
        for passage in passages_of(page):
            top = loaded.semantic(EMBEDDER.encode_query(passage.text), NONE, limit=1)
            assert names(top) == [NAME[page.page_id]]
            assert top[0].snippet


def test_semantic_gives_one_hit_per_page(loaded):
    hits = loaded.semantic(EMBEDDER.encode_query("phòng chống dịch Covid-19"), NONE, limit=12)
    assert len(hits) == 12
    assert len({h.page_id for h in hits}) == 12
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)


def test_semantic_applies_filters(loaded):
    query = EMBEDDER.encode_query(PAGES[4].text)  # the storm page, in Thừa Thiên Huế
    hits = loaded.semantic(query, SearchFilters(province="Kon Tum"), limit=10)
    assert set(names(hits)) == {"covid-kontum", "bao-chi-kontum", "tuyen-sinh-kontum"}
    window = SearchFilters(date_from=date(2021, 1, 1), date_to=date(2021, 12, 31))
    hits = loaded.semantic(query, window, limit=10)
    assert len(hits) == 5
    assert all(h.published.startswith("2021") for h in hits)


def test_similar_pages_exclude_the_page_itself(loaded):
    hits = loaded.similar(ID["covid-kontum"], limit=5)
    assert 0 < len(hits) <= 5
    assert ID["covid-kontum"] not in {h.page_id for h in hits}
    assert loaded.similar("no-such-page") == []


def test_similar_is_nearest_to_the_whole_page(store):
    """A page straddling two topics (a storm, school enrolment) finds pages of both; a page
    about both at once is nearest its centroid, ahead of pages matching one passage exactly."""
    storm, school = PAGES[4].text.split("\n\n")[0], PAGES[8].text.split("\n\n")[0]
    plain = {"province": None, "province_current": None, "agency": None, "citations": []}

    def page(page_id: str, text: str) -> Page:
        url = f"https://example.vn/{page_id}.html"
        return PAGES[4].model_copy(update={"page_id": page_id, "url": url, "text": text, **plain})

    load(
        store,
        [*PAGES, page("straddling", f"{storm}\n\n{school}"), page("both", f"{storm} {school}")],
    )
    hits = store.similar("straddling", limit=3)
    assert names(hits) in (
        ["both", "bao-so-9", "tuyen-sinh-kontum"],
        ["both", "tuyen-sinh-kontum", "bao-so-9"],
    )
    assert hits[0].score > hits[1].score  # scored by the best passage's cosine to the centroid


# --- citations ----------------------------------------------------------------------


def test_by_citation_puts_the_document_first(loaded):
    hits = loaded.by_citation("07/CT-UBND")
    assert names(hits) == ["chi-thi-07", "an-ninh-daknong"]
    assert set(names(loaded.by_citation("16/CT-TTg"))) == {"covid-kontum", "chi-thi-07"}
    assert loaded.by_citation("99/XX-YY") == []


def test_cited_by_lists_only_citing_pages(loaded):
    assert names(loaded.cited_by("07/CT-UBND")) == ["an-ninh-daknong"]
    assert names(loaded.cited_by("16/CT-TTg")) == ["covid-kontum", "chi-thi-07"]  # oldest first


def test_citation_lookups_honour_filters(loaded):
    assert names(loaded.by_citation("16/CT-TTg", SearchFilters(province="kon tum"))) == [
        "covid-kontum"
    ]
    daknong = SearchFilters(province="Đắk Nông")
    assert names(loaded.cited_by("16/CT-TTg", daknong)) == ["chi-thi-07"]
    assert loaded.cited_by("16/CT-TTg", SearchFilters(province="Hà Nội")) == []
    # The document itself is filtered like any page.
    july = SearchFilters(date_from=date(2020, 7, 1), date_to=date(2020, 7, 31))
    assert names(loaded.by_citation("07/CT-UBND", july)) == ["chi-thi-07"]
    august = SearchFilters(date_from=date(2020, 8, 1))
    assert names(loaded.by_citation("07/CT-UBND", august)) == ["an-ninh-daknong"]
    assert names(
        loaded.by_citation("07/CT-UBND", SearchFilters(agency="Ban Dân tộc tỉnh Đắk Nông"))
    ) == ["an-ninh-daknong"]


KONTUM_07 = "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
DAKNONG_07 = "07/CT-UBND|Ủy ban nhân dân tỉnh|Đắk Nông|2020"


def identity_page(name: str, published: str, province: str, *, cites: list[str | None],
                  issues: str | None = None) -> Page:
    """A page mentioning "07/CT-UBND" once per entry of `cites` (None: an ambiguous mention)."""
    text = " ".join(f"Thực hiện Chỉ thị số 07/CT-UBND lần {i}." for i in range(len(cites)))
    citations = []
    for i, identity in enumerate(cites):
        start = text.index(f"07/CT-UBND lần {i}")
        citations.append({"number": "07/CT-UBND", "identity": identity, "start": start,
                          "end": start + 10, "confidence": "stated" if identity else "ambiguous"})
    return Page.model_validate({
        "page_id": f"id-{name}", "url": f"http://x.localhost/{name}.html", "title": name,
        "published": published, "province": province, "text": text or "Chỉ thị.",
        "citations": citations, "own_number": "07/CT-UBND" if issues else None,
        "own_identity": issues, "own_confidence": "stated" if issues else None,
        "content_hash": name,
    })


IDENTITY_PAGES = [
    identity_page("ct07-kontum", "2020-07-14", "Kon Tum", cites=[], issues=KONTUM_07),
    identity_page("kh-kontum", "2020-08-01", "Kon Tum", cites=[KONTUM_07]),
    identity_page("kh-daknong", "2020-07-20", "Đắk Nông", cites=[DAKNONG_07, None]),
    identity_page("vague", "2020-06-01", "Kon Tum", cites=[None]),
]


def test_identity_lookups_keep_documents_of_one_number_apart(store):
    load(store, IDENTITY_PAGES)
    assert names(store.cited_by_identity(KONTUM_07)) == ["id-kh-kontum"]
    assert names(store.cited_by_identity(DAKNONG_07)) == ["id-kh-daknong"]
    assert names(store.issued(KONTUM_07)) == ["id-ct07-kontum"]
    assert store.issued(DAKNONG_07) == []
    # The bare number still finds every mention, ambiguous ones included.
    assert len(store.cited_by("07/CT-UBND")) == 3
    assert store.cited_by_identity("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021") == []
    assert store.cited_by_identity("07/CT-UBND") == []  # not an identity: nothing, no error
    assert store.cited_by_identity("") == []


def test_identity_lookups_honour_filters_and_reindexing(store):
    load(store, IDENTITY_PAGES)
    daknong = SearchFilters(province="Đắk Nông")
    assert store.cited_by_identity(KONTUM_07, daknong) == []
    assert names(store.cited_by_identity(DAKNONG_07, daknong)) == ["id-kh-daknong"]
    # Re-indexing a page replaces what it cites: counted once, under its new identity.
    moved = IDENTITY_PAGES[2].model_copy(update={"citations": [
        IDENTITY_PAGES[2].citations[0].model_copy(update={"identity": KONTUM_07})]})
    load(store, [moved])
    assert names(store.cited_by_identity(KONTUM_07)) == ["id-kh-daknong", "id-kh-kontum"]
    assert store.cited_by_identity(DAKNONG_07) == []


def test_iter_pages_yields_every_page_once(loaded):
    pages = list(loaded.iter_pages())
    assert sorted(p.page_id for p in pages) == sorted(p.page_id for p in PAGES)


# --- the embedded store's own guarantees (no Elasticsearch counterpart) --------------


@pytest.fixture
def embedded(tmp_path: Path):
    from indexer.stores.embedded.store import EmbeddedStore

    opened = []

    def open_store(dim: int = DIM):
        opened.append(EmbeddedStore(tmp_path / "store", dim=dim))
        return opened[-1]

    yield open_store
    for store in opened:
        store.close()


def test_writes_are_invisible_until_commit(embedded):
    store = embedded()
    load(store)
    store.delete([ID["bao-so-9"]])
    upsert(store, [PAGES[0].model_copy(update={"title": "Tiêu đề mới"})])
    assert store.get(ID["bao-so-9"]) is not None
    assert store.get(ID["covid-kontum"]).title == PAGES[0].title
    store.commit()
    assert store.get(ID["bao-so-9"]) is None
    assert store.get(ID["covid-kontum"]).title == "Tiêu đề mới"


def test_close_discards_uncommitted_writes(embedded):
    store = embedded()
    load(store)
    store.delete([ID["bao-so-9"]])
    store.close()
    assert embedded().get(ID["bao-so-9"]) is not None


@pytest.mark.parametrize("damage", ["truncate", "garbage", "delete"])
def test_torn_vector_file_is_rebuilt_from_stored_vectors(embedded, tmp_path, damage):
    store = embedded()
    load(store)
    query = EMBEDDER.encode_query(PAGES[4].text)
    before = [(h.page_id, round(h.score, 3)) for h in store.semantic(query, NONE, limit=12)]
    store.close()
    (ann,) = (tmp_path / "store" / "vectors").glob("ann-*.usearch")
    if damage == "truncate":
        ann.write_bytes(ann.read_bytes()[: ann.stat().st_size // 2])
    elif damage == "garbage":
        ann.write_bytes(b"\0garbage" * 100)
    else:
        ann.unlink()
    reopened = embedded()
    after = [(h.page_id, round(h.score, 3)) for h in reopened.semantic(query, NONE, limit=12)]
    assert after == before
    from indexer.stores.embedded.vectors import VectorIndex

    assert VectorIndex.load(ann, DIM, expected=sum(len(passages_of(p)) for p in PAGES))


def test_filtered_vector_search_agrees_between_scan_and_index(embedded, monkeypatch):
    from indexer.stores.embedded import nearest as module

    store = embedded()
    load(store)
    query = EMBEDDER.encode_query("phòng chống dịch bệnh")
    narrow = SearchFilters(province_current="Lâm Đồng")
    scanned = store.semantic(query, narrow, limit=3)
    monkeypatch.setattr(module, "EXACT_FILTERED_PAGES", 0)
    searched = store.semantic(query, narrow, limit=3)
    assert [h.page_id for h in searched] == [h.page_id for h in scanned]
    assert [h.score for h in searched] == pytest.approx([h.score for h in scanned], abs=1e-3)
    assert len(scanned) == 3


def test_a_second_writer_gets_a_clear_error(embedded):
    from indexer.errors import BulletinError

    first, second = embedded(), embedded()
    load(first)
    with pytest.raises(BulletinError, match="another process"):
        second.delete([ID["bao-so-9"]])
    assert second.count() == 12  # reading is never blocked


def test_reopening_with_another_dimension_is_refused(embedded):
    from indexer.errors import ModelMismatchError

    store = embedded()
    load(store)
    store.close()
    with pytest.raises(ModelMismatchError, match="64-dimensional"):
        embedded(dim=DIM * 2)


def test_a_store_of_an_older_format_asks_to_be_rebuilt(embedded, tmp_path):
    from indexer.errors import InputError

    embedded().close()
    meta_path = tmp_path / "store" / "store.json"
    meta = json.loads(meta_path.read_text("utf-8"))
    meta_path.write_text(json.dumps({**meta, "format": meta["format"] - 1}), "utf-8")
    with pytest.raises(InputError) as refused:
        embedded()
    message = str(refused.value)
    assert "\n" not in message
    assert "delete" in message and "bulletin index" in message and "WARC" in message


def test_old_and_new_tone_spellings_are_the_same_word(embedded):
    store = embedded()
    old_style = PAGES[10].model_copy(
        update={"page_id": "old-style", "text": "Uỷ ban nhân dân tỉnh Hoà Bình họp bàn."}
    )
    other = PAGES[11].model_copy(update={"page_id": "other", "text": "Hóa chất khử khuẩn."})
    load(store, [old_style, other])
    _, hits = store.keyword(q("Ủy ban Hòa Bình", NONE))
    assert [h.page_id for h in hits] == ["old-style"]
    assert hits[0].snippet.startswith("Uỷ ban")  # shown as the page spells it
    _, hits = store.keyword(q("hòa", NONE))
    assert [h.page_id for h in hits] == ["old-style", "other"]


READER = """
import sys, json
from pathlib import Path
from indexer.models import SearchFilters
from indexer.query.parse import parse_keywords as q
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

store = EmbeddedStore(Path(sys.argv[1]), dim=int(sys.argv[2]))
query = HashEmbedder(int(sys.argv[2])).encode_query("phòng chống dịch bão")
seen, rounds = set(), 0
# Until both states were seen (the writer flips them), and at least a few rounds.
while rounds < 50 or (len(seen) < 2 and rounds < 20000):
    total, hits = store.keyword(q("", SearchFilters()), limit=20)
    semantic = store.semantic(query, SearchFilters(), limit=20)
    seen.add(json.dumps([total, sorted(h.page_id for h in hits)]))
    seen.add(json.dumps([len(semantic), sorted(h.page_id for h in semantic)]))
    rounds += 1
print(json.dumps(sorted(seen)))
"""


def test_a_reader_in_another_process_sees_old_or_new_never_half(embedded, tmp_path):
    import subprocess
    import sys

    first, second = PAGES[:6], PAGES[6:]
    store = embedded()
    load(store, first)
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(tmp_path / "store"), str(DIM)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    shown, hidden = first, second
    while reader.poll() is None:  # flip between the two halves, one commit each
        store.delete([p.page_id for p in shown])
        load(store, hidden)
        shown, hidden = hidden, shown
    out, _ = reader.communicate(timeout=60)
    assert reader.returncode == 0
    states = {json.dumps([6, sorted(p.page_id for p in half)]) for half in (first, second)}
    assert set(json.loads(out)) == states


WRITER = """
import sys
from pathlib import Path
from indexer.stores.embedded.store import EmbeddedStore
from tests.test_store_contract import DIM, PAGES, load

store = EmbeddedStore(Path(sys.argv[1]), dim=DIM)
shown, hidden = PAGES[:6], PAGES[6:]
while True:
    store.delete([p.page_id for p in shown])
    load(store, hidden)
    shown, hidden = hidden, shown
    print("committed", flush=True)
"""


def test_a_writer_killed_mid_commit_leaves_the_last_commit(embedded, tmp_path):
    import signal
    import subprocess
    import sys

    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, str(tmp_path / "store")],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).parent.parent,
    )
    for _ in range(5):  # let it commit a few times, then kill it while it works
        assert writer.stdout.readline() == "committed\n"
    writer.send_signal(signal.SIGKILL)
    writer.wait(timeout=30)
    store = embedded()
    halves = [{p.page_id for p in PAGES[:6]}, {p.page_id for p in PAGES[6:]}]
    assert set(store.page_hashes()) in halves
    hits = store.semantic(EMBEDDER.encode_query("phòng chống dịch"), NONE, limit=12)
    assert {h.page_id for h in hits} == set(store.page_hashes())
    load(store, PAGES)  # the killed writer's lock is gone
    assert store.count() == 12
