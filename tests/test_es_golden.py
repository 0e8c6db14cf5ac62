"""Golden request bodies of the Elasticsearch store: the index template and every search,
write and alias body it sends are pinned in tests/golden/es/*.json and checked to be
well-formed Query DSL by `elasticsearch.dsl`. `UPDATE_GOLDEN=1 pytest tests/test_es_golden.py`
rewrites the files after an intended change (review the diff)."""

from __future__ import annotations

import json
import os
import re
import unicodedata
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from elasticsearch.dsl import Mapping, Q, Search

from indexer.errors import ModelMismatchError
from indexer.models import Citation, KeywordQuery, Page, Passage, SearchFilters, Term
from indexer.query.parse import parse_keywords
from indexer.stores.elastic.compile import (
    HIGHLIGHT_POST,
    HIGHLIGHT_PRE,
    build_citation_query,
    build_facets_query,
    build_identity_query,
    build_keyword_query,
    build_knn_query,
    build_scan_query,
    build_similar_query,
    build_text_query,
    query_text,
)
from indexer.stores.elastic.documents import (
    DERIVED_FIELDS,
    float32_list,
    page_document,
    page_documents,
    page_from_source,
)
from indexer.stores.elastic.hits import (
    citation_hit,
    facets_from_aggs,
    keyword_hit,
    semantic_hit,
    split_highlight,
)
from indexer.stores.elastic.mapping import build_alias_swap, build_new_index, build_template

GOLDEN = Path(__file__).parent / "golden" / "es"
IDENTITY = "16/CT-TTg|Thủ tướng Chính phủ||2020"
VECTOR = np.array([0.5, -0.25, 0.125, 0.75], dtype=np.float32)  # exact in binary: stable JSON
FILTERS = SearchFilters(
    province="Kon Tum",
    agency="Sở Tư pháp tỉnh Kon Tum",
    doc_type="Chỉ thị",
    date_from=date(2020, 3, 1),
    date_to=date(2020, 3, 31),
)


def sample_page() -> tuple[Page, list[Passage], np.ndarray]:
    text = (
        "Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ, "
        "Ủy ban nhân dân tỉnh yêu cầu các sở, ngành tăng cường phòng, chống dịch COVID-19."
    )
    start = text.index("16/CT-TTg")
    page = Page(
        page_id="0f3a9c1d2e4b5a6c7d8e",
        url="http://stp.kontum.localhost/tin-tuc/1.html",
        site="stp.kontum.localhost",
        title="Tăng cường phòng, chống dịch COVID-19",
        published="2020-03-24T14:16:02",
        province="Kon Tum",
        province_current="Quảng Ngãi",
        agency="Sở Tư pháp tỉnh Kon Tum",
        text=text,
        citations=[
            Citation(
                number="16/CT-TTg",
                type="Chỉ thị",
                date="2020-03-31",
                issuer="Thủ tướng Chính phủ",
                year=2020,
                identity=IDENTITY,
                confidence="stated",
                identity_rule="year=date-after;issuer=code",
                relation="implements",
                start=start,
                end=start + len("16/CT-TTg"),
            )
        ],
        content_hash="abc123",
        fetched_at="2022-11-27T08:00:00",
        warc_file="crawl-1.warc.gz",
        warc_offset=1234,
    )
    half = len(text) // 2
    passages = [
        Passage(
            passage_id=f"{page.page_id}:0",
            page_id=page.page_id,
            ordinal=0,
            text=text[:half],
            start=0,
            end=half,
        ),
        Passage(
            passage_id=f"{page.page_id}:1",
            page_id=page.page_id,
            ordinal=1,
            text=text[half:],
            start=half,
            end=len(text),
        ),
    ]
    return page, passages, np.stack([VECTOR, -VECTOR])


def bodies() -> dict[str, Any]:
    """Every body the store sends, by golden file name."""
    page, passages, vectors = sample_page()
    return {
        "template": build_template(384, "bulletin"),
        "keyword_query": build_keyword_query(
            parse_keywords('phòng chống "Chỉ thị 16" -lụt', FILTERS), limit=10, offset=20
        ),
        "keyword_query_filters_only": build_keyword_query(
            parse_keywords("  ", SearchFilters(province="Kon Tum"))
        ),
        "keyword_query_words": build_keyword_query(parse_keywords("phong chong dich")),
        "knn_query": build_knn_query(VECTOR, FILTERS, 10),
        "knn_query_unfiltered": build_knn_query(VECTOR, SearchFilters(), 10),
        "similar_query": build_similar_query(VECTOR, page.page_id, 5),
        "facets_query": build_facets_query(parse_keywords("phong chong dich")),
        "citation_query": build_citation_query("16/CT-TTg", None, 50),
        "citation_query_filtered": build_citation_query(
            "16/CT-TTg", SearchFilters(province="Kon Tum"), 50
        ),
        "cited_by_query": build_citation_query("16/CT-TTg", None, 50, citing_only=True),
        "identity_query": build_identity_query(IDENTITY, FILTERS, 50),
        "issued_query": build_identity_query(IDENTITY, None, 10, own=True),
        "scan_query": build_scan_query(
            {"match_all": {}},
            pit_id="PIT",
            size=500,
            sort=["_score"],
            search_after=[1.5, 42],
            source=["content_hash"],
        ),
        "new_index": build_new_index("bulletin-pages", "0123456789abcdef"),
        "alias_swap": build_alias_swap(
            "bulletin-pages", ["bulletin-pages-v1"], "bulletin-pages-v2"
        ),
        # The rest of the document is the Page itself (see the round-trip test below).
        "page_document_derived": {
            k: v for k, v in page_document(page, passages, vectors).items() if k in DERIVED_FIELDS
        },
    }


SEARCH_BODIES = [
    "keyword_query",
    "keyword_query_filters_only",
    "keyword_query_words",
    "knn_query",
    "knn_query_unfiltered",
    "similar_query",
    "facets_query",
    "citation_query",
    "citation_query_filtered",
    "cited_by_query",
    "identity_query",
    "issued_query",
    "scan_query",
]


@pytest.mark.parametrize("name", sorted(bodies()))
def test_body_matches_golden(name):
    body = json.loads(json.dumps(bodies()[name], ensure_ascii=False))
    path = GOLDEN / f"{name}.json"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        text = json.dumps(body, ensure_ascii=False, indent=2) + "\n"
        # Vietnamese stays readable; the invisible highlight markers are written escaped.
        for marker in (HIGHLIGHT_PRE, HIGHLIGHT_POST):
            text = text.replace(marker, f"\\u{ord(marker):04x}")
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"missing golden file {path}: run with UPDATE_GOLDEN=1"
    assert body == json.loads(path.read_text(encoding="utf-8")), (
        f"{name} changed: if intended, run with UPDATE_GOLDEN=1 and review the diff"
    )


@pytest.mark.parametrize("name", SEARCH_BODIES)
def test_search_bodies_are_valid_query_dsl(name):
    body = bodies()[name]
    # Q() refuses unknown query types; the Search round trip refuses misplaced sections.
    assert Search.from_dict(body).to_dict() == body
    for knn in Search.from_dict(body)._knn:
        if "filter" in knn:
            Q(knn["filter"])


def test_template_mapping_is_valid_for_the_dsl():
    mappings = bodies()["template"]["template"]["mappings"]
    rebuilt = Mapping()
    for name, spec in mappings["properties"].items():
        rebuilt.field(name, spec)  # raises on an unknown field type
    assert rebuilt.to_dict()["properties"] == mappings["properties"]


def test_every_page_field_has_a_mapping():
    properties = bodies()["template"]["template"]["mappings"]["properties"]
    unmapped = set(Page.model_fields) - set(properties)
    assert not unmapped, f"map {unmapped} in build_mapping (dynamic mapping is off)"


def test_template_folds_vietnamese_and_keeps_exact_diacritics():
    template = bodies()["template"]["template"]
    analysis = template["settings"]["analysis"]
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    assert "đ => d" in analysis["char_filter"]["vi_fold_d"]["mappings"]
    text = template["mappings"]["properties"]["text"]
    assert (text["analyzer"], text["fields"]["exact"]["analyzer"]) == ("vi_folded", "vi_exact")
    tones = analysis["char_filter"]["vi_tone_style"]["mappings"]
    assert {"oà => òa", "uỷ => ủy", "Uỷ => Ủy", "OÀ => ÒA"} <= set(tones)
    assert analysis["normalizer"]["vi_key"]["filter"] == ["lowercase", "asciifolding"]
    vector = template["mappings"]["properties"]["passages"]["properties"]["vector"]
    assert vector == {
        "type": "dense_vector",
        "dims": 384,
        "similarity": "cosine",
        "index_options": {"type": "int8_hnsw"},
    }
    assert build_template(8, "x")["index_patterns"] == ["x-pages-v*"]


@pytest.mark.parametrize(
    "query",
    [
        '"',
        ":",
        "(",
        ")",
        "AND",
        "a OR",
        'title:"x',
        "\\",
        "*",
        "phòng (chống",
        "đ~2",
        "<script>",
        "NOT",
        "-",
    ],
)
def test_user_text_only_reaches_simple_query_string(query):
    body = json.dumps(build_text_query(parse_keywords(query)), ensure_ascii=False)
    assert '"query_string"' not in body


@pytest.mark.parametrize(
    ("typed", "sent"),
    [
        ("phong chong dich", "phong chong dich"),
        ('phòng "chống dịch" -lụt', 'phòng "chống dịch" -lụt'),
        ("lũ OR bão lụt", "(lũ | bão) lụt"),
        ("NOT bão lũ", "lũ -bão"),
        ("a AND b", "a b"),
        ("Chỉ thị 16/CT-TTg", 'Chỉ thị "16/CT-TTg"'),
        ("“cách ly” xã hội", '"cách ly" xã hội'),
        ("Khánh Hoà", "Khánh Hòa"),  # one tone style, as the parser gives it
        ('title:"x', '"title:\\"x"'),  # joined by punctuation: a phrase, the quote escaped
        ('a\\b"c', '"a\\\\b\\"c"'),
    ],
)
def test_terms_become_words_or_quoted_phrases(typed, sent):
    assert query_text(parse_keywords(typed)) == sent


@pytest.mark.parametrize(
    ("terms", "sent"),
    [
        ([Term(text="phòng")], "phòng"),
        ([Term(text="chống dịch", phrase=True)], '"chống dịch"'),
        ([Term(text='say "hi"', phrase=True)], '"say \\"hi\\""'),
        ([Term(text="back\\slash")], '"back\\\\slash"'),
        ([Term(text="a|b")], '"a|b"'),  # never an operator, even when not marked a phrase
    ],
)
def test_term_text_is_escaped_inside_quotes(terms, sent):
    assert query_text(KeywordQuery(groups=[terms])) == sent


def test_proximity_rewards_plain_words_only():
    should = build_text_query(parse_keywords("phong chong dich"))["bool"]["should"]
    phrases = [c["match_phrase"] for c in should if "match_phrase" in c]
    assert [next(iter(p)) for p in phrases] == ["text", "text.exact"]
    assert phrases[0]["text"]["query"] == "phong chong dich"
    for query in ('"phong chong" dich', "phong OR chong dich", "dich"):
        should = build_text_query(parse_keywords(query))["bool"]["should"]
        assert not [c for c in should if "match_phrase" in c]


def test_query_without_words_matches_nothing():
    assert build_text_query(parse_keywords("AND")) == {"match_none": {}}


def test_only_exclusions_match_every_other_page():
    body = build_text_query(parse_keywords("-lụt", SearchFilters(province="Kon Tum")))
    (excluded,) = body["bool"]["must_not"]
    assert excluded["simple_query_string"]["query"] == "lụt"
    assert body["bool"]["filter"] == [{"term": {"province.key": "kon tum"}}]
    assert "must" not in body["bool"]


def test_decomposed_query_is_composed_first():
    nfd = "pho\u0300ng"  # "phòng" typed with a combining grave accent
    query = build_text_query(parse_keywords(nfd))["bool"]["must"][0]["simple_query_string"]
    assert query["query"] == "phòng"


def test_filters_are_compared_folded():
    filters = SearchFilters(province="Khánh Hoà", agency=" Sở Y tế ", doc_type="Chỉ thị")
    assert build_text_query(parse_keywords("", filters))["bool"]["filter"] == [
        {"term": {"province.key": "khanh hoa"}},
        {"term": {"agency.key": "so y te"}},
        {"term": {"doc_types": "chi thi"}},
    ]


def test_date_filter_compares_days_inclusively():
    body = build_text_query(parse_keywords("", SearchFilters(date_to=date(2020, 3, 31))))
    assert body == {
        "bool": {
            "filter": [{"range": {"published_day": {"format": "strict_date", "lte": "2020-03-31"}}}]
        }
    }
    page, passages, vectors = sample_page()  # published "2020-03-24T14:16:02"
    assert page_document(page, passages, vectors)["published_day"] == "2020-03-24"


# -- reading answers ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fragment", "snippet", "marked"),
    [
        (f"{HIGHLIGHT_PRE}phòng{HIGHLIGHT_POST}, chống", "phòng, chống", ["phòng"]),
        (f"a {HIGHLIGHT_PRE}b{HIGHLIGHT_POST}{HIGHLIGHT_PRE}c{HIGHLIGHT_POST} d", "a bc d", ["bc"]),
        ("<em>không</em> &lt;b&gt;", "<em>không</em> &lt;b&gt;", []),  # text stays text
        (f"cut {HIGHLIGHT_PRE}off", "cut off", ["off"]),
        (f"stray{HIGHLIGHT_POST} end", "stray end", []),
        # A phrase comes back as one span; it is marked word by word.
        (
            f"công tác {HIGHLIGHT_PRE}phòng, chống dịch{HIGHLIGHT_POST}.",
            "công tác phòng, chống dịch.",
            ["phòng", "chống", "dịch"],
        ),
        ("", "", []),
    ],
)
def test_highlight_markers_become_spans_in_plain_text(fragment, snippet, marked):
    text, spans = split_highlight(fragment)
    assert text == snippet
    assert [text[a:b] for a, b in spans] == marked


def test_keyword_hit_from_an_elasticsearch_answer():
    raw = {
        "_index": "bulletin-pages-v1",
        "_id": "p1",
        "_score": 7.25,
        "_source": {
            "page_id": "p1",
            "title": "Công điện",
            "url": "http://x/1",
            "published": "2020-03-24",
            "province": "Kon Tum",
            "agency": "UBND",
        },
        "highlight": {"text": [f"khẩn {HIGHLIGHT_PRE}phòng{HIGHLIGHT_POST} dịch"]},
    }
    hit = keyword_hit(raw)
    assert (hit.page_id, hit.score, hit.province, hit.snippet) == (
        "p1",
        7.25,
        "Kon Tum",
        "khẩn phòng dịch",
    )
    assert hit.highlights == [(5, 10)]


def test_semantic_hit_snippet_starts_at_best_passage():
    text = "Đoạn một. " + "Đoạn hai nói về lũ lụt " * 20
    raw = {
        "_id": "p1",
        "_score": 0.8,
        "_source": {"page_id": "p1", "text": text},
        "inner_hits": {
            "passages": {
                "hits": {"hits": [{"fields": {"passages": [{"start": [10], "end": [60]}]}}]}
            }
        },
    }
    hit = semantic_hit(raw)
    assert hit.score == pytest.approx(0.6)  # no inner score: the page's
    assert hit.snippet.startswith("Đoạn hai") and len(hit.snippet) <= 240
    raw["inner_hits"]["passages"]["hits"]["hits"][0]["_score"] = 0.75
    assert semantic_hit(raw).score == pytest.approx(0.5)  # the passage shown decides


def test_citation_hit_falls_back_to_page_opening():
    raw = {
        "_id": "p1",
        "_score": 2.0,
        "_source": {"page_id": "p1", "text": "Số: 07/CT-UBND", "citations": []},
    }
    hit = citation_hit(raw, "07/CT-UBND")
    assert (hit.snippet, hit.highlights) == ("Số: 07/CT-UBND", [])


def test_facets_keep_their_share_of_buckets():
    months = [
        {"key_as_string": f"{2000 + i // 12}-{i % 12 + 1:02d}", "key": i, "doc_count": 1}
        for i in range(700)
    ]
    months[5]["doc_count"] = 9
    facets = facets_from_aggs({"month": {"buckets": months}, "year": {"buckets": []}})
    assert len(facets["month"]) == 600 and facets["month"]["2000-06"] == 9
    assert list(facets["month"])[:2] == ["2000-01", "2000-02"]  # still in calendar order
    assert facets["year"] == {}


# -- documents ----------------------------------------------------------------------------


def test_page_document_holds_the_whole_page_and_its_passages():
    page, passages, vectors = sample_page()
    doc = page_document(page, passages, vectors)
    assert Page.model_validate({k: v for k, v in doc.items() if k not in DERIVED_FIELDS}) == page
    assert [p["passage_id"] for p in doc["passages"]] == [p.passage_id for p in passages]
    assert (doc["cited_numbers"], doc["doc_types"]) == (["16/CT-TTg"], ["Chỉ thị"])


def test_decomposed_page_is_searched_composed_and_returned_as_given():
    page, passages, vectors = sample_page()
    nfd = page.model_copy(update={"text": unicodedata.normalize("NFD", page.text)})
    doc = page_document(nfd, passages, vectors)
    assert doc["text"] == page.text  # what the analyzers see is composed
    assert doc["original"] == {"text": nfd.text}
    assert page_from_source(doc) == nfd
    assert "original" not in page_document(page, passages, vectors)


def apply_char_filter(rules: list[str], text: str) -> str:
    """What a `mapping` char filter does with these rules (none of them overlap)."""
    table = dict(rule.split(" => ") for rule in rules)
    return re.sub("|".join(map(re.escape, table)), lambda m: table[m.group(0)], text)


@pytest.mark.parametrize(
    ("old", "new"),
    [("Khánh Hoà", "Khánh Hòa"), ("Uỷ ban", "Ủy ban"), ("thuỷ lợi", "thủy lợi"), ("KHOẺ", "KHỎE")],
)
def test_old_and_new_tone_styles_read_alike_in_the_exact_field(old, new):
    rules = bodies()["template"]["template"]["settings"]["analysis"]["char_filter"][
        "vi_tone_style"
    ]["mappings"]
    assert apply_char_filter(rules, old) == apply_char_filter(rules, new)
    assert all(len(a) == len(b) for a, b in (r.split(" => ") for r in rules))  # offsets hold


def test_vectors_travel_short_but_exact():
    rng = np.random.default_rng(7)
    row = rng.normal(size=384).astype(np.float32)
    sent = json.loads(json.dumps(float32_list(row)))
    assert np.array_equal(np.asarray(sent, dtype=np.float32), row)
    assert len(json.dumps(sent)) < 0.7 * len(json.dumps(row.tolist()))


def test_page_without_passages_is_still_a_document():
    page, _, _ = sample_page()
    (doc,) = page_documents([page], [], np.zeros((0, 4), dtype=np.float32), dim=4)
    assert doc["passages"] == []


def test_vectors_of_another_model_are_refused():
    page, passages, vectors = sample_page()
    with pytest.raises(ModelMismatchError, match="bulletin index --rebuild"):
        page_documents([page], passages, vectors, dim=384)
