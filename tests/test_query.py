"""The query API over the embedded store: modes, fusion, document numbers, model checks."""

from __future__ import annotations

from datetime import date

import pytest

from indexer.errors import InputError, ModelMismatchError
from indexer.models import Hit, SearchFilters
from indexer.parsing.citations import number_named_by as document_number
from indexer.query.fusion import reciprocal_rank_fusion
from indexer.query.parse import parse_keywords
from indexer.query.service import SearchService
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder
from tests.test_store_contract import DIM, EMBEDDER, ID, NAME, PAGES, load


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("query") / "store", dim=DIM)
    store.set_embedding_model(EMBEDDER.model_id)
    load(store)
    yield store
    store.close()


@pytest.fixture
def service(store):
    return SearchService(store, EMBEDDER)


def names(hits) -> list[str]:
    return [NAME[h.page_id] for h in hits]


def hit(page_id: str) -> Hit:
    return Hit(page_id=page_id, score=0.0)


def test_rrf_sums_reciprocal_ranks_with_k_60():
    fused = reciprocal_rank_fusion(
        {"keyword": [hit("a"), hit("b"), hit("c")], "semantic": [hit("b"), hit("d"), hit("a")]}
    )
    assert [h.page_id for h in fused] == ["b", "a", "d", "c"]
    assert fused[0].ranks == {"keyword": 2, "semantic": 1}
    assert fused[0].score == pytest.approx(1 / 62 + 1 / 61)
    assert fused[2].ranks == {"semantic": 2}


def test_hybrid_fuses_keyword_and_semantic_rankings(service, store):
    query = "cơn bão số 9 sơ tán người dân"
    results = service.search(query, mode="hybrid", limit=12)
    assert results.mode == "hybrid"
    top = results.hits[0]
    assert NAME[top.page_id] == "bao-so-9"
    assert top.ranks == {"keyword": 1, "semantic": 1}
    assert top.highlights  # the keyword snippet, with its highlights, is kept
    scores = [h.score for h in results.hits]
    assert scores == sorted(scores, reverse=True)
    _, keyword = store.keyword(parse_keywords(query), limit=50)
    semantic = store.semantic(EMBEDDER.encode_query(query), SearchFilters(), limit=50)
    # Pages that only the vectors find still come back, ranked by semantic rank alone.
    only_semantic = [h for h in results.hits if "keyword" not in h.ranks]
    assert only_semantic and {h.page_id for h in semantic} >= {h.page_id for h in only_semantic}
    for fused in results.hits:
        expected = sum(1 / (60 + rank) for rank in fused.ranks.values())
        assert fused.score == pytest.approx(expected)
        if "keyword" in fused.ranks:
            assert keyword[fused.ranks["keyword"] - 1].page_id == fused.page_id


def test_hybrid_pages_are_disjoint_slices(service):
    everything = service.search("phòng chống dịch", limit=12).hits
    first = service.search("phòng chống dịch", limit=4).hits
    second = service.search("phòng chống dịch", limit=4, offset=4).hits
    assert [h.page_id for h in first + second] == [h.page_id for h in everything[:8]]


def test_keyword_and_semantic_modes(service):
    keyword = service.search("phong chong dich", mode="keyword")
    assert keyword.total == 5
    assert all(not h.ranks or "semantic" not in h.ranks for h in keyword.hits)
    semantic = service.search("phòng chống dịch", mode="semantic", limit=5)
    assert [h.ranks["semantic"] for h in semantic.hits] == [1, 2, 3, 4, 5]


@pytest.mark.parametrize(
    ("query", "number"),
    [
        ("16/CT-TTg", "16/CT-TTg"),
        ("Chỉ thị 16/CT-TTg", "16/CT-TTg"),
        ("chỉ thị số 16/ct-ttg", "16/CT-TTg"),
        ("chi thi so 16/CT-TTG", "16/CT-TTg"),
        ("172-TB/TW", "172-TB/TW"),
        ("Thông báo số 172-TB/TW", "172-TB/TW"),
        ("Công văn 4962/UBND-KGVX", "4962/UBND-KGVX"),
        ("15/2020/NĐ-CP", "15/2020/NĐ-CP"),
        ("Công điện 02/CD-UBND", "02/CĐ-UBND"),
        ("QCVN 07A:2020/BCT", "QCVN 07A:2020/BCT"),
        ("phòng chống dịch", None),
        ("COVID-19", None),
        ("14/7/2020", None),
        ("2020-2025", None),
        ("Chỉ thị về phòng dịch", None),
        ("16/CT-TTg phòng chống dịch", None),
    ],
)
def test_document_number_recognition(query, number):
    assert document_number(query) == number


@pytest.mark.parametrize("mode", ["hybrid", "keyword", "semantic"])
@pytest.mark.parametrize("query", ["16/CT-TTg", "Chỉ thị số 16/CT-TTg", "chi thi 16/ct-ttg"])
def test_document_number_query_puts_citing_pages_first(service, query, mode):
    results = service.search(query, mode=mode)
    assert names(results.hits[:2]) == ["covid-kontum", "chi-thi-07"]  # oldest first
    assert [h.ranks["citation"] for h in results.hits[:2]] == [1, 2]
    assert all("citation" not in h.ranks for h in results.hits[2:])


def test_the_numbered_document_itself_comes_before_pages_citing_it(service):
    results = service.search("Chỉ thị 07/CT-UBND")
    assert names(results.hits[:2]) == ["chi-thi-07", "an-ninh-daknong"]
    highlighted = results.hits[1]
    start, end = highlighted.highlights[0]
    assert highlighted.snippet[start:end] == "07/CT-UBND"


def test_citation_pins_respect_filters(service):
    results = service.search("07/CT-UBND", filters=SearchFilters(province="Kon Tum"))
    assert all("citation" not in h.ranks for h in results.hits)
    results = service.search("16/CT-TTg", filters=SearchFilters(date_from=date(2020, 6, 1)))
    assert names(results.hits[:1]) == ["chi-thi-07"]
    assert all(h.province == "Đắk Nông" or "citation" not in h.ranks for h in results.hits)


def test_model_mismatch_is_refused_until_reindexed(tmp_path):
    store = EmbeddedStore(tmp_path / "store", dim=DIM)
    load(store)
    store.set_embedding_model("intfloat/multilingual-e5-small@abc")
    service = SearchService(store, HashEmbedder(DIM))
    for mode in ("hybrid", "semantic"):
        with pytest.raises(ModelMismatchError, match="re-index"):
            service.search("bão", mode=mode)
    assert service.search("bão", mode="keyword").total > 0
    store.close()


def test_without_a_model_only_keyword_search_works(store):
    service = SearchService(store, None)
    assert service.search("bão", mode="keyword").hits
    with pytest.raises(InputError, match="keyword"):
        service.search("bão")


@pytest.mark.parametrize(
    "arguments", [{"mode": "fuzzy"}, {"limit": 0}, {"limit": 1000}, {"offset": -1}]
)
def test_bad_arguments_are_clear_errors(service, arguments):
    with pytest.raises(InputError):
        service.search("bão", **arguments)


def test_empty_query_lists_newest_pages(service):
    results = service.search("   ", mode="hybrid", limit=3)
    assert results.mode == "keyword"
    assert results.total == 12
    assert names(results.hits) == ["sap-xep-tinh", "phong-chong-lut-bao", "tiem-vac-xin-daknong"]


def test_results_carry_facets_of_the_keyword_match(service):
    for mode in ("hybrid", "semantic", "keyword"):
        facets = service.search("dịch", mode=mode).facets
        assert facets["province"] == {"Kon Tum": 1, "Đắk Nông": 2, "Hà Nội": 1}


def test_document_cites_and_cited_by(service):
    page = service.document(ID["covid-kontum"])
    assert page == PAGES[0]
    assert service.document("nope") is None
    assert [c.number for c in service.cites(ID["covid-kontum"])] == ["16/CT-TTg", "172-TB/TW"]
    assert names(service.cited_by("16/ct-ttg")) == ["covid-kontum", "chi-thi-07"]
    with pytest.raises(InputError, match="no page"):
        service.cites("nope")


def test_similar_and_stats(service):
    similar = service.similar(ID["tiem-vac-xin-daknong"], limit=3)
    assert len(similar) == 3
    assert ID["tiem-vac-xin-daknong"] not in {h.page_id for h in similar}
    with pytest.raises(InputError):
        service.similar("nope")
    stats = service.stats()
    assert stats["pages"] == 12
    assert stats["embedding_model"] == EMBEDDER.model_id
    assert stats["provinces"]["Kon Tum"] == 3


def test_model_is_loaded_only_when_a_query_needs_it(store):
    loads = []

    def load():
        loads.append(1)
        return EMBEDDER

    service = SearchService(store, load, model_name="hash")
    assert service.stats()["pages"] == 12
    assert service.search("bão", mode="keyword").hits
    assert service.chain("16/CT-TTg").pages
    assert loads == []  # statistics, keyword search and chains never wait for the model
    assert service.search("bão").hits
    service.search("lũ", mode="semantic")
    assert loads == [1]  # loaded once, then kept


def test_month_counts_come_from_every_match_not_a_page_of_hits(service):
    counts = service.monthly_counts("dịch", ["Kon Tum", "Đắk Nông"])
    everything = service.search("dịch", mode="keyword", limit=50)
    for province, months in counts.items():
        matched = [h for h in everything.hits if h.province == province and h.published]
        assert sum(months.values()) == len(matched)
        assert all(len(month) == 7 and month[4] == "-" for month in months)
    assert sum(counts["Đắk Nông"].values()) == 2


def test_first_responses_per_province_with_lag(service):
    responses = service.first_responses("Chỉ thị 16/CT-TTg")
    by_province = {r.province: r for r in responses}
    assert names([Hit(page_id=r.page_id, score=0) for r in responses]) == [
        "covid-kontum", "chi-thi-07"
    ]
    assert by_province["Kon Tum"].published < by_province["Đắk Nông"].published
    with pytest.raises(InputError, match="document number"):
        service.first_responses("   ")


def test_fusion_weighs_the_evidence_of_each_ranking():
    from indexer.query.fusion import plan_fusion
    from indexer.query.parse import parse_query

    assert plan_fusion(parse_query("phong chong dich"), 5, 100).weights["semantic"] < 0.1
    assert plan_fusion(parse_query("phòng chống dịch"), 0, 100).weights["keyword"] == 0
    question = plan_fusion(parse_query("tỉnh phòng chống dịch như thế nào?"), 5, 100)
    assert question.weights["keyword"] < question.weights["semantic"]
    common = plan_fusion(parse_query("tỉnh"), 60, 100)
    assert common.weights["keyword"] < common.weights["semantic"] and common.why
    chosen = plan_fusion(parse_query("sạt lở đất"), 3, 100)
    assert chosen.weights == {"keyword": 1.0, "semantic": 1.0}


def test_hybrid_hits_say_how_the_rankings_were_weighed(service):
    results = service.search("phong chong dich")
    assert results.hits and all("diacritics" in (h.why or "") for h in results.hits)


def test_a_repeated_query_is_embedded_once(store):
    """Paging through a semantic or hybrid search re-embeds nothing; the cache is bounded."""
    from indexer.query import service as service_module

    calls: list[str] = []

    class Counting(HashEmbedder):
        def encode_query(self, text: str):
            calls.append(text)
            return super().encode_query(text)

    service = SearchService(store, Counting(DIM, model_id=EMBEDDER.model_id))
    first = service.search("phòng chống dịch", mode="hybrid", limit=2)
    again = service.search("phòng chống dịch", mode="hybrid", limit=2, offset=2)
    assert calls == ["phòng chống dịch"]
    assert [h.page_id for h in first.hits] != [h.page_id for h in again.hits] or first.total <= 2
    for n in range(service_module.QUERY_VECTORS_KEPT):
        service.search(f"truy vấn {n}", mode="semantic", limit=1)
    service.search("phòng chống dịch", mode="semantic", limit=1)  # pushed out: embedded again
    assert calls.count("phòng chống dịch") == 2
