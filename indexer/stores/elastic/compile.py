"""Request bodies, built by small pure functions (pinned by golden tests): a parsed
`KeywordQuery` compiled into Query DSL, kNN, facets, citation lookups and point-in-time
walks. What a filter means comes from `stores/filters.py`, how matches are weighed from
`stores/ranking.py`, as in every store.

User text only ever reaches `simple_query_string` and `match_phrase`, which cannot fail on
syntax (never `query_string`): each `Term` becomes a bare word or a quoted phrase with `"`
and `\\` escaped, so nothing a user types is read as an operator.
"""

from __future__ import annotations

import re
from typing import Any

import numpy as np

from indexer.models import KeywordQuery, SearchFilters, Term
from indexer.parsing.citations import normalise_number
from indexer.stores.elastic.documents import float32_list
from indexer.stores.filters import date_range, keyed_filters
from indexer.stores.ranking import (
    EXACT_BOOST,
    FACET_SIZES,
    PROXIMITY_BOOST,
    PROXIMITY_SLOP,
    TITLE_BOOST,
)
from indexer.stores.snippets import SNIPPET_CHARS

# Private-use code points never occur in NFC Vietnamese prose, so they mark highlights
# without HTML: the fragment stays plain text and no escaping can be fooled.
HIGHLIGHT_PRE = "\ue000"
HIGHLIGHT_POST = "\ue001"
MAX_RESULT_WINDOW = 10_000  # index.max_result_window: from+size beyond it needs search_after
PIT_KEEP_ALIVE = "2m"
HIT_FIELDS = ["page_id", "title", "url", "published", "province", "agency", "text_source"]
# Hits whose snippet is cut from the text by offsets, which refer to the text as given.
TEXT_HIT_FIELDS = [*HIT_FIELDS, "text", "original.text"]
# Operators the compiled text uses; FUZZY/NEAR/SLOP ("~") stay off so that no term can
# ever be read as one.
QUERY_FLAGS = "AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE"
FOLDED_FIELDS = [f"title^{TITLE_BOOST:g}", "text"]
EXACT_FIELDS = [f"title.exact^{TITLE_BOOST:g}", "text.exact"]
# Filter name (`stores/filters.KEYED`) -> the field holding its folded key.
FILTER_FIELDS = {
    "province": "province.key",
    "province_current": "province_current.key",
    "agency": "agency.key",
    "doc_type": "doc_types",
}
_PLAIN_WORD = re.compile(r"\w+")


def build_filters(filters: SearchFilters | None) -> list[dict[str, Any]]:
    """Filter clauses for province, agency, document type and publication dates."""
    clauses: list[dict[str, Any]] = [
        {"term": {FILTER_FIELDS[name]: key}} for name, key in keyed_filters(filters).items()
    ]
    dates = date_range(filters)
    if dates:
        start, end = dates
        bounds: dict[str, Any] = {"format": "strict_date"}
        if start:
            bounds["gte"] = start.isoformat()
        if end:
            bounds["lte"] = end.isoformat()
        clauses.append({"range": {"published_day": bounds}})
    return clauses


def sqs_term(term: Term) -> str:
    """A term in `simple_query_string` syntax: a plain word as is, anything else quoted
    (a phrase keeps its words in order) with `"` and `\\` escaped."""
    if not term.phrase and _PLAIN_WORD.fullmatch(term.text):
        return term.text
    return '"' + term.text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _searchable(terms: list[Term]) -> list[Term]:
    return [term for term in terms if _PLAIN_WORD.search(term.text)]


def query_text(query: KeywordQuery) -> str:
    """Every group required (OR inside one), excluded terms negated."""
    groups = [_searchable(group) for group in query.groups]
    parts = [
        sqs_term(g[0]) if len(g) == 1 else "(" + " | ".join(map(sqs_term, g)) + ")"
        for g in groups
        if g
    ]
    parts += [f"-{sqs_term(term)}" for term in _searchable(query.excluded)]
    return " ".join(parts)


def matches_nothing(query: KeywordQuery) -> bool:
    """Neither browsing nor any searchable term (only operators or punctuation were typed)."""
    if query.browse:
        return False
    return not _searchable(query.terms) and not _searchable(query.excluded)


def _sqs(text: str, fields: list[str], operator: str) -> dict[str, Any]:
    return {
        "simple_query_string": {
            "query": text,
            "fields": fields,
            "default_operator": operator,
            "flags": QUERY_FLAGS,
            "analyze_wildcard": True,
        }
    }


def build_text_query(query: KeywordQuery) -> dict[str, Any]:
    """The matching part of a keyword search."""
    clauses = build_filters(query.filters)
    if query.browse:
        return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}
    if matches_nothing(query):
        return {"match_none": {}}
    wanted = _searchable(query.terms)
    bool_query: dict[str, Any] = {}
    if wanted:
        # Every group must match, folded: "phong chong dich" finds "phòng, chống dịch".
        bool_query["must"] = [_sqs(query_text(query), FOLDED_FIELDS, "and")]
        # Each term typed with its exact diacritics adds score: exact spellings rank first.
        exact = _sqs(" ".join(map(sqs_term, wanted)), EXACT_FIELDS, "or")
        exact["simple_query_string"]["boost"] = EXACT_BOOST
        bool_query["should"] = [exact]
    else:
        # Only exclusions: every page but those, as the embedded store reads it.
        excluded = " ".join(map(sqs_term, _searchable(query.excluded)))
        bool_query["must_not"] = [_sqs(excluded, FOLDED_FIELDS, "or")]
    words = query.proximity_words
    if len(words) >= 2:
        for field in ("text", "text.exact"):
            bool_query["should"].append(
                {
                    "match_phrase": {
                        field: {
                            "query": " ".join(words),
                            "slop": PROXIMITY_SLOP,
                            "boost": PROXIMITY_BOOST,
                        }
                    }
                }
            )
    if clauses:
        bool_query["filter"] = clauses
    return {"bool": bool_query}


def build_highlight() -> dict[str, Any]:
    """One plain-text fragment of the page text with marker characters around matches."""
    return {
        "pre_tags": [HIGHLIGHT_PRE],
        "post_tags": [HIGHLIGHT_POST],
        "encoder": "default",
        "fields": {
            "text": {
                "fragment_size": SNIPPET_CHARS,
                "number_of_fragments": 1,
                "no_match_size": SNIPPET_CHARS,
            }
        },
    }


def keyword_sort(query: KeywordQuery) -> list[Any]:
    """Relevance for a search, newest first when browsing."""
    if query.browse:
        return [{"published_day": {"order": "desc", "missing": "_last"}}, {"page_id": "asc"}]
    return ["_score", {"page_id": "asc"}]


def build_keyword_query(query: KeywordQuery, *, limit: int = 10, offset: int = 0) -> dict[str, Any]:
    """Body of a keyword search page: BM25 over folded + exact fields, highlights, total."""
    return {
        "query": build_text_query(query),
        "from": offset,
        "size": limit,
        "sort": keyword_sort(query),
        "track_total_hits": True,
        "_source": HIT_FIELDS,
        "highlight": build_highlight(),
    }


def _vector_list(vector: np.ndarray | list[float]) -> list[float]:
    values = np.asarray(vector, dtype=np.float32).reshape(-1)
    if not np.all(np.isfinite(values)) or not np.any(values):
        raise ValueError("query vector must be finite and non-zero (cosine similarity)")
    return float32_list(values)


def build_knn(
    vector: np.ndarray | list[float],
    filters: SearchFilters | None,
    k: int,
    *,
    exclude_page_id: str | None = None,
) -> dict[str, Any]:
    """A kNN clause over the nested passage vectors: k pages, each scored by its best
    passage, pre-filtered on page fields; the best passage comes back as an inner hit."""
    k = max(1, min(k, MAX_RESULT_WINDOW))
    knn: dict[str, Any] = {
        "field": "passages.vector",
        "query_vector": _vector_list(vector),
        "k": k,
        # Candidates per shard: generous, as recall at small k matters more than latency.
        "num_candidates": min(MAX_RESULT_WINDOW, max(100, 10 * k)),
    }
    clauses = build_filters(filters)
    if clauses or exclude_page_id:
        bool_filter: dict[str, Any] = {}
        if clauses:
            bool_filter["filter"] = clauses
        if exclude_page_id:
            bool_filter["must_not"] = [{"ids": {"values": [exclude_page_id]}}]
        knn["filter"] = {"bool": bool_filter}
    # The best passage of each page, to cut the snippet from the page text.
    knn["inner_hits"] = {"size": 1, "_source": False, "fields": ["passages.start", "passages.end"]}
    return knn


def build_knn_query(
    vector: np.ndarray | list[float], filters: SearchFilters | None, k: int
) -> dict[str, Any]:
    """Body of a semantic search: top-level `knn`, one hit per page."""
    return {"knn": build_knn(vector, filters, k), "size": k, "_source": TEXT_HIT_FIELDS}


def build_similar_query(vector: np.ndarray | list[float], page_id: str, k: int) -> dict[str, Any]:
    """Pages nearest to a page's centroid, the page itself left out."""
    knn = build_knn(vector, None, k, exclude_page_id=page_id)
    return {"knn": knn, "size": k, "_source": TEXT_HIT_FIELDS}


def build_facets_query(query: KeywordQuery) -> dict[str, Any]:
    """Counts per province, agency, year and month of every page a keyword search matches."""

    def per(interval: str, form: str) -> dict[str, Any]:
        return {
            "date_histogram": {
                "field": "published_day",
                "calendar_interval": interval,
                "format": form,
                "min_doc_count": 1,
            }
        }

    return {
        "query": build_text_query(query),
        "size": 0,
        "track_total_hits": True,
        "aggs": {
            "province": {"terms": {"field": "province", "size": FACET_SIZES["province"]}},
            "agency": {"terms": {"field": "agency", "size": FACET_SIZES["agency"]}},
            "year": per("year", "yyyy"),
            "month": per("month", "yyyy-MM"),
        },
    }


def build_citation_query(
    number: str, filters: SearchFilters | None = None, limit: int = 50, *, citing_only: bool = False
) -> dict[str, Any]:
    """Pages that are the document numbered `number` (first) or cite it, oldest first."""
    number = normalise_number(number)
    should: list[dict[str, Any]] = [
        {"constant_score": {"filter": {"term": {"cited_numbers": number}}, "boost": 1.0}}
    ]
    query: dict[str, Any] = {"bool": {"should": should, "minimum_should_match": 1}}
    if citing_only:
        query["bool"]["must_not"] = [{"term": {"own_number_key": number}}]
    else:
        should.insert(
            0, {"constant_score": {"filter": {"term": {"own_number_key": number}}, "boost": 2.0}}
        )
    clauses = build_filters(filters)
    if clauses:
        query["bool"]["filter"] = clauses
    return {
        "query": query,
        "size": limit,
        "sort": [
            "_score",
            {"published_day": {"order": "asc", "missing": "_last"}},
            {"page_id": "asc"},
        ],
        "_source": [*TEXT_HIT_FIELDS, "citations"],
    }


def build_identity_query(
    identity: str, filters: SearchFilters | None = None, limit: int = 50, *, own: bool = False
) -> dict[str, Any]:
    """Pages citing the document `identity` (or, with `own`, issuing it), oldest first."""
    field = "own_identity" if own else "cited_identities"
    query: dict[str, Any] = {"bool": {"filter": [{"term": {field: identity}}]}}
    query["bool"]["filter"] += build_filters(filters)
    return {
        "query": query,
        "size": limit,
        "sort": [
            {"published_day": {"order": "asc", "missing": "_last"}},
            {"page_id": "asc"},
        ],
        "_source": [*TEXT_HIT_FIELDS, "citations"],
    }


def build_scan_query(
    query: dict[str, Any],
    *,
    pit_id: str,
    size: int,
    sort: list[Any] | None = None,
    search_after: list[Any] | None = None,
    source: Any = True,
) -> dict[str, Any]:
    """One batch of a point-in-time walk (deep pagination, export, page hashes)."""
    body: dict[str, Any] = {
        "query": query,
        "size": size,
        "pit": {"id": pit_id, "keep_alive": PIT_KEEP_ALIVE},
        # _shard_doc is the cheapest total order inside a point in time.
        "sort": [*(sort or []), {"_shard_doc": "asc"}],
        "track_total_hits": False,
        "_source": source,
    }
    if search_after is not None:
        body["search_after"] = search_after
    return body
