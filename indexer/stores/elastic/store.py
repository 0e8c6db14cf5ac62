"""The Elasticsearch store: the scale-out path, answering the same `Store` contract as the
embedded store.

Layout. One document per page in a versioned index `{prefix}-pages-v{N}` reached through
the alias `{prefix}-pages`. A page's passages and their vectors live INSIDE the page
document as `nested` objects rather than in a separate passage index, because:
- kNN over a nested `dense_vector` returns one hit per page natively (scored by its best
  passage), which is exactly `Store.semantic`; a passage index would need over-fetching
  and client-side grouping that silently loses pages when k is too small;
- indexing a page document replaces the page and all its passages in one atomic
  operation, so an upsert can never leave stale passages of an older version behind and
  deleting a page deletes its vectors;
- filters (province, dates, ...) sit on the page itself, so kNN pre-filtering needs no
  copies of page metadata on every passage.

Request bodies are built by the small pure `build_*` functions below (pinned by golden
tests); the `ElasticStore` class only sends them and turns answers into `Hit`s.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, suppress
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import elasticsearch
import numpy as np
from elasticsearch import (
    ApiError,
    AuthenticationException,
    AuthorizationException,
    BadRequestError,
    ConnectionTimeout,
    Elasticsearch,
    NotFoundError,
    SSLError,
    TransportError,
    UnsupportedProductError,
)
from elasticsearch.dsl import Index, Mapping, analyzer, char_filter, normalizer
from elasticsearch.dsl import field as es_field
from elasticsearch.helpers import streaming_bulk

from indexer.errors import BulletinError, ModelMismatchError
from indexer.models import Hit, Page, Passage, SearchFilters
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import nfc

SCHEMA_VERSION = 1
# Private-use code points never occur in NFC Vietnamese prose, so they mark highlights
# without HTML: the fragment stays plain text and no escaping can be fooled.
HIGHLIGHT_PRE = "\ue000"
HIGHLIGHT_POST = "\ue001"
SNIPPET_CHARS = 240
MAX_RESULT_WINDOW = 10_000  # index.max_result_window: from+size beyond it needs search_after
DEEP_PAGE_BATCH = 1_000
RRF_RANK_CONSTANT = 60
RETRY_STATUSES = (429, 502, 503, 504)
HIT_FIELDS = ["page_id", "title", "url", "published", "province", "agency"]
# Fields of the document that are not Page fields.
DERIVED_FIELDS = ["passages", "cited_numbers", "own_number_key", "doc_types", "published_day"]
# Title and text as given, kept only when they are not NFC (the searched copies are NFC).
ORIGINAL_FIELD = "original"
# Hits whose snippet is cut from the text by offsets, which refer to the text as given.
TEXT_HIT_FIELDS = [*HIT_FIELDS, "text", f"{ORIGINAL_FIELD}.text"]
# Operators a user may type; FUZZY/NEAR/SLOP ("~") are left out because "~" shows up in
# pasted text and would silently change the meaning of a search.
QUERY_FLAGS = "AND|OR|NOT|PHRASE|PREFIX|PRECEDENCE|WHITESPACE|ESCAPE"
FOLDED_FIELDS = ["title^2", "text"]
EXACT_FIELDS = ["title.exact^2", "text.exact"]
# A word typed with its diacritics counts more where the page has the same diacritics.
EXACT_BOOST = 2.0
# Query words standing near each other in the page ("phòng chống dịch") count extra.
PROXIMITY_BOOST = 1.5
PROXIMITY_SLOP = 2


class StoreUnavailableError(BulletinError):
    """The cluster cannot be used: unreachable, refusing the credentials, or unsupported."""


class DimensionMismatchError(ModelMismatchError, ValueError):
    """Vectors of another size than the index holds: another model, re-index needed."""


class BulkWriteError(BulletinError):
    """Some pages were not written; `failures` names each one, everything else was written."""

    def __init__(self, failures: list[dict[str, Any]], written: int) -> None:
        self.failures = failures
        self.written = written
        first = failures[0]
        super().__init__(
            f"{len(failures)} of {len(failures) + written} bulk operations failed "
            f"(first: {first['op']} {first['id']}: {first['status']} {first['error']}); "
            f"the other {written} were written"
        )


# ---------------------------------------------------------------------------------------
# Names


def pages_alias(prefix: str) -> str:
    """The alias every search reads through."""
    return f"{prefix}-pages"


def versioned_index(prefix: str, version: int) -> str:
    """The concrete index of one build: `{prefix}-pages-v{N}`."""
    return f"{prefix}-pages-v{version}"


def index_version(name: str, prefix: str) -> int | None:
    """N of `{prefix}-pages-v{N}`, None for any other name."""
    match = re.fullmatch(re.escape(f"{prefix}-pages-v") + r"(\d+)", name)
    return int(match.group(1)) if match else None


# ---------------------------------------------------------------------------------------
# Index template


def _tone_style_rules() -> list[str]:
    """Mapping rules that put tones in one style: old "hoà", "thuỷ" read as "hòa", "thủy".

    Applied context-free to pages and queries alike, so a rule that also fires inside a
    closed syllable ("hoàn" → "hòan") changes both sides the same way and matches still
    hold; highlight offsets are kept because every rule maps two characters to two."""
    rules = []
    for first, toned, base in (("o", "àáảãạ", "a"), ("o", "èéẻẽẹ", "e"), ("u", "ỳýỷỹỵ", "y")):
        for letter in toned:
            mark = unicodedata.normalize("NFD", letter)[1:]
            for head in (first, first.upper()):
                moved = unicodedata.normalize("NFC", head + mark)
                rules.append(f"{head}{letter} => {moved}{base}")
                rules.append(f"{head}{letter.upper()} => {moved}{base.upper()}")
    return rules


def build_mapping(dim: int) -> Mapping:
    """Fields of a page document; text is analysed twice: folded, and exact under `.exact`."""
    fold_d = char_filter("vi_fold_d", "mapping", mappings=["đ => d", "Đ => D"])
    tone_style = char_filter("vi_tone_style", "mapping", mappings=_tone_style_rules())
    # asciifolding strips tones but leaves "đ", hence the mapping char filter before it.
    folded = analyzer(
        "vi_folded",
        tokenizer="standard",
        char_filter=[fold_d],
        filter=["lowercase", "asciifolding"],
    )
    exact = analyzer(
        "vi_exact", tokenizer="standard", char_filter=[tone_style], filter=["lowercase"]
    )
    # Filters match "kon tum" or "Kon Tum": the same folding as the embedded store's keys.
    key = normalizer("vi_key", char_filter=[fold_d], filter=["lowercase", "asciifolding"])

    def text() -> es_field.Text:
        # Offsets in the postings make highlighting long pages cheap.
        return es_field.Text(
            analyzer=folded,
            index_options="offsets",
            fields={"exact": es_field.Text(analyzer=exact, index_options="offsets")},
        )

    mapping = Mapping()
    # Unknown fields (a Page field added later) are kept in _source for `get`, not indexed.
    mapping.meta("dynamic", "false")
    mapping.meta("_meta", {"bulletin_schema": SCHEMA_VERSION})
    for name in (
        "page_id",
        "url",
        "site",
        "author",
        "own_number",
        "own_number_key",
        "content_hash",
        "duplicate_of",
        "also_published_at",
        "parent_url",
        "cited_numbers",
    ):
        mapping.field(name, es_field.Keyword())
    for name in ("province", "province_current", "agency"):
        # The value as published for facets, folded under `.key` for filters.
        mapping.field(name, es_field.Keyword(fields={"key": es_field.Keyword(normalizer=key)}))
    mapping.field("doc_types", es_field.Keyword(normalizer=key))
    mapping.field("title", text())
    mapping.field("text", text())
    # Dates filter, sort and count by day, like the embedded store; the Page's own strings
    # stay as given, so an unusual ISO form can never make Elasticsearch reject a page.
    mapping.field("published_day", es_field.Date(format="strict_date"))
    mapping.field("published", es_field.Keyword(index=False))
    mapping.field("fetched_at", es_field.Keyword(index=False))
    mapping.field("warc_file", es_field.Keyword(index=False))
    mapping.field("warc_offset", es_field.Long(index=False))
    # Citations are kept whole for `get`; lookups go through the `cited_numbers` keyword.
    mapping.field("citations", es_field.Object(enabled=False))
    mapping.field(ORIGINAL_FIELD, es_field.Object(enabled=False))
    mapping.field(
        "passages",
        es_field.Nested(
            properties={
                "passage_id": es_field.Keyword(),
                "ordinal": es_field.Integer(),
                "start": es_field.Integer(),
                "end": es_field.Integer(),
                "vector": es_field.DenseVector(
                    dims=dim, similarity="cosine", index_options={"type": "int8_hnsw"}
                ),
            }
        ),
    )
    return mapping


def build_template(dim: int, prefix: str = "bulletin") -> dict[str, Any]:
    """Body of `PUT _index_template/{prefix}-pages` covering every `{prefix}-pages-v{N}`."""
    if dim < 1:
        raise ValueError(f"vector dimension must be positive, got {dim}")
    index = Index(f"{prefix}-pages-v*")
    # One shard suits an archive of this size; replicas appear when a second node does.
    index.settings(number_of_shards=1, auto_expand_replicas="0-1")
    index.mapping(build_mapping(dim))
    # Not Index.as_composable_template(): its clone of the mapping drops `dynamic`/`_meta`.
    return {
        "index_patterns": [f"{prefix}-pages-v*"],
        "priority": 500,
        "template": index.to_dict(),
        "_meta": {"bulletin_schema": SCHEMA_VERSION, "dim": dim},
    }


# ---------------------------------------------------------------------------------------
# Query bodies


def build_filters(filters: SearchFilters | None) -> list[dict[str, Any]]:
    """Filter clauses for province, agency, document type and publication dates."""
    if filters is None:
        return []
    clauses: list[dict[str, Any]] = []
    for name, field in (
        ("province", "province.key"),
        ("province_current", "province_current.key"),
        ("agency", "agency.key"),
        ("doc_type", "doc_types"),
    ):
        value = nfc(getattr(filters, name) or "").strip()
        if value:
            clauses.append({"term": {field: value}})
    if filters.date_from or filters.date_to:
        bounds: dict[str, Any] = {"format": "strict_date"}
        if filters.date_from:
            bounds["gte"] = filters.date_from.isoformat()
        if filters.date_to:
            bounds["lte"] = filters.date_to.isoformat()
        clauses.append({"range": {"published_day": bounds}})
    return clauses


_CHUNK = re.compile(r'(-?)"([^"]*)"|(\S+)')
# A word holding inner punctuation ("07/CT-UBND", "COVID-19") is searched as a phrase.
_JOINED_WORD = re.compile(r"\w[/\-.:]\w")


def user_query(query: str) -> tuple[str, list[str], list[str]]:
    """Read a user's text the way the embedded store does: every word required,
    "quoted phrases", -word or NOT word excluded, OR between two words, AND ignored.

    Returns the `simple_query_string` text, the wanted terms (for the exact-diacritics
    boost) and the plain words (for the proximity boost)."""
    text = nfc(query).replace("“", '"').replace("”", '"')
    groups: list[list[str]] = []
    excluded: list[str] = []
    plain: list[str] = []
    negate_next = join_next = False
    for match in _CHUNK.finditer(text):
        minus, quoted, bare = match.groups()
        if bare in ("AND", "OR", "NOT"):
            join_next |= bare == "OR" and bool(groups)
            negate_next |= bare == "NOT"
            continue
        negated = negate_next
        if quoted is not None:
            negated |= bool(minus)
            term = f'"{quoted}"' if quoted.strip() else ""
        else:
            negated |= bare.startswith("-") and len(bare) > 1
            word = (bare[1:] if negated and bare.startswith("-") else bare).replace('"', '\\"')
            term = f'"{word}"' if _JOINED_WORD.search(word) else word
            if term == word and not negated and not join_next:
                plain.append(word)
        negate_next = False
        if not term:
            continue
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    parts = [g[0] if len(g) == 1 else "(" + " | ".join(g) + ")" for g in groups]
    parts += [f"-{term}" for term in excluded]
    wanted = [term for group in groups for term in group]
    if len(plain) != len(groups) or any(len(group) > 1 for group in groups):
        plain = []  # proximity only makes sense when the query is just words
    return " ".join(parts), wanted, plain


def build_text_query(query: str, filters: SearchFilters | None) -> dict[str, Any]:
    """The matching part of a keyword search; user text only ever reaches
    `simple_query_string` and `match_phrase`, which cannot fail on syntax (never
    `query_string`)."""
    clauses = build_filters(filters)
    if not nfc(query).strip():
        return {"bool": {"filter": clauses}} if clauses else {"match_all": {}}
    text, wanted, plain = user_query(query)
    if not text:
        return {"match_none": {}}  # only operators or punctuation: no searchable word

    def sqs(query_text: str, fields: list[str], operator: str) -> dict[str, Any]:
        return {
            "simple_query_string": {
                "query": query_text,
                "fields": fields,
                "default_operator": operator,
                "flags": QUERY_FLAGS,
                "analyze_wildcard": True,
            }
        }

    exact = sqs(" ".join(wanted), EXACT_FIELDS, "or")
    exact["simple_query_string"]["boost"] = EXACT_BOOST
    bool_query: dict[str, Any] = {
        # Every word must match, folded: "phong chong dich" finds "phòng, chống dịch".
        "must": [sqs(text, FOLDED_FIELDS, "and")],
        # Each word typed with its exact diacritics adds score, so exact spellings rank first.
        "should": [exact] if wanted else [],
    }
    if len(plain) >= 2:
        for field in ("text", "text.exact"):
            bool_query["should"].append(
                {
                    "match_phrase": {
                        field: {
                            "query": " ".join(plain),
                            "slop": PROXIMITY_SLOP,
                            "boost": PROXIMITY_BOOST,
                        }
                    }
                }
            )
    if not bool_query["should"]:
        del bool_query["should"]
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


def keyword_sort(query: str) -> list[Any]:
    """Relevance for a search, newest first when only filters are given."""
    if nfc(query).strip():
        return ["_score", {"page_id": "asc"}]
    return [{"published_day": {"order": "desc", "missing": "_last"}}, {"page_id": "asc"}]


def build_keyword_query(
    query: str, filters: SearchFilters | None, *, limit: int = 10, offset: int = 0
) -> dict[str, Any]:
    """Body of a keyword search page: BM25 over folded + exact fields, highlights, total."""
    return {
        "query": build_text_query(query, filters),
        "from": offset,
        "size": limit,
        "sort": keyword_sort(query),
        "track_total_hits": True,
        "_source": HIT_FIELDS,
        "highlight": build_highlight(),
    }


def float32_list(values: np.ndarray) -> list[float]:
    """Floats written with the fewest digits that give back the same float32: vectors are
    most of a bulk request, and this makes them about 40% smaller than `tolist()`."""
    return [float(text) for text in np.asarray(values, dtype=np.float32).reshape(-1).astype(str)]


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
    inner_hits: bool = True,
) -> dict[str, Any]:
    """A kNN clause over the nested passage vectors: k pages, each scored by its best
    passage, pre-filtered on page fields."""
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
    if inner_hits:
        # The best passage of each page, to cut the snippet from the page text.
        knn["inner_hits"] = {
            "size": 1,
            "_source": False,
            "fields": ["passages.start", "passages.end"],
        }
    return knn


def build_knn_query(
    vector: np.ndarray | list[float], filters: SearchFilters | None, k: int
) -> dict[str, Any]:
    """Body of a semantic search: top-level `knn`, one hit per page."""
    return {"knn": build_knn(vector, filters, k), "size": k, "_source": TEXT_HIT_FIELDS}


def build_similar_query(vector: np.ndarray | list[float], page_id: str, k: int) -> dict[str, Any]:
    """Pages nearest to a page's mean passage vector, the page itself left out."""
    knn = build_knn(vector, None, k, exclude_page_id=page_id)
    return {"knn": knn, "size": k, "_source": TEXT_HIT_FIELDS}


def build_hybrid_retriever(
    query: str,
    vector: np.ndarray | list[float],
    filters: SearchFilters | None,
    *,
    limit: int = 10,
    window: int = 50,
) -> dict[str, Any]:
    """Server-side reciprocal rank fusion (the `rrf` retriever needs a licence that allows
    it; the query API fuses client-side by default)."""
    window = max(window, limit)
    knn = build_knn(vector, filters, window, inner_hits=False)
    return {
        "retriever": {
            "rrf": {
                "retrievers": [
                    {"standard": {"query": build_text_query(query, filters)}},
                    {"knn": knn},
                ],
                "rank_window_size": window,
                "rank_constant": RRF_RANK_CONSTANT,
            }
        },
        "size": limit,
        "_source": HIT_FIELDS,
        "highlight": build_highlight(),
    }


def build_facets_query(query: str, filters: SearchFilters | None) -> dict[str, Any]:
    """Counts per province, agency and year of the pages a keyword search matches."""
    return {
        "query": build_text_query(query, filters),
        "size": 0,
        "track_total_hits": True,
        "aggs": {
            "province": {"terms": {"field": "province", "size": 100}},
            "agency": {"terms": {"field": "agency", "size": 200}},
            "year": {
                "date_histogram": {
                    "field": "published_day",
                    "calendar_interval": "year",
                    "format": "yyyy",
                    "min_doc_count": 1,
                }
            },
        },
    }


def build_citation_query(
    number: str, limit: int = 50, *, citing_only: bool = False
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
        "pit": {"id": pit_id, "keep_alive": "2m"},
        # _shard_doc is the cheapest total order inside a point in time.
        "sort": [*(sort or []), {"_shard_doc": "asc"}],
        "track_total_hits": False,
        "_source": source,
    }
    if search_after is not None:
        body["search_after"] = search_after
    return body


def build_alias_swap(alias: str, old_indices: Iterable[str], new_index: str) -> dict[str, Any]:
    """One `_aliases` request: searches see the old build or the new one, never neither."""
    actions: list[dict[str, Any]] = [
        {"remove": {"index": name, "alias": alias}} for name in sorted(old_indices)
    ]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return {"actions": actions}


# ---------------------------------------------------------------------------------------
# Documents


def page_document(page: Page, passages: list[Passage], vectors: np.ndarray) -> dict[str, Any]:
    """The indexed form of a page: the whole Page, lookup keywords, and nested passages."""
    doc = page.model_dump(mode="json")
    # The standard tokenizer and asciifolding need composed letters (NFD "ê" + tone would
    # never match "ể"); Elasticsearch has no NFC filter without the ICU plugin.
    original = {
        name: doc[name] for name in ("title", "text") if doc[name] and nfc(doc[name]) != doc[name]
    }
    if original:
        doc[ORIGINAL_FIELD] = original
        doc.update({name: nfc(value) for name, value in original.items()})
    day = page.published_date
    doc["published_day"] = day.isoformat() if day else None
    doc["cited_numbers"] = sorted({normalise_number(c.number) for c in page.citations})
    doc["own_number_key"] = normalise_number(page.own_number) if page.own_number else None
    doc["doc_types"] = sorted({nfc(c.type).strip() for c in page.citations if c.type})
    doc["passages"] = [
        {
            "passage_id": p.passage_id,
            "ordinal": p.ordinal,
            "start": p.start,
            "end": p.end,
            "vector": float32_list(row),
        }
        for p, row in zip(passages, vectors, strict=True)
    ]
    return doc


def page_from_source(source: dict[str, Any]) -> Page:
    """The Page exactly as it was upserted, from a stored document."""
    fields = {k: v for k, v in source.items() if k not in DERIVED_FIELDS}
    fields.update(fields.pop(ORIGINAL_FIELD, None) or {})
    return Page.model_validate(fields)


def page_documents(
    pages: list[Page], passages: list[Passage], vectors: np.ndarray, dim: int
) -> list[dict[str, Any]]:
    """Page documents for a batch, refusing input that would be stored wrong."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(passages) and (vectors.ndim != 2 or vectors.shape[0] != len(passages)):
        raise ValueError(
            f"{len(passages)} passages need {len(passages)} vector rows, "
            f"got an array of shape {vectors.shape}"
        )
    if len(passages) and vectors.shape[1] != dim:
        raise DimensionMismatchError(
            f"the index holds {dim}-dim vectors but these have {vectors.shape[1]}: "
            "run `bulletin index --rebuild` to re-index with the new model"
        )
    by_page: dict[str, list[int]] = {}
    for page in pages:
        if page.page_id in by_page:
            raise ValueError(f"page {page.page_id} appears twice in one upsert")
        try:
            page.published_date  # noqa: B018  (a malformed date fails before anything is sent)
        except ValueError:
            raise ValueError(
                f"page {page.page_id}: published {page.published!r} is not an ISO date"
            ) from None
        by_page[page.page_id] = []
    for row, passage in enumerate(passages):
        if passage.page_id not in by_page:
            raise ValueError(
                f"passage {passage.passage_id} belongs to page "
                f"{passage.page_id}, which is not in this batch"
            )
        by_page[passage.page_id].append(row)
    if len(passages):
        norms = np.linalg.norm(vectors, axis=1)
        bad = [passages[i].passage_id for i in np.flatnonzero(~np.isfinite(norms) | (norms == 0))]
        if bad:
            raise ValueError(f"passage vectors must be finite and non-zero: {bad[:5]}")
    return [
        page_document(
            page, [passages[i] for i in by_page[page.page_id]], vectors[by_page[page.page_id]]
        )
        for page in pages
    ]


# ---------------------------------------------------------------------------------------
# Answers


def split_highlight(fragment: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and highlighted word spans from a fragment with marker characters.

    Elasticsearch marks a matched phrase as one span ("phòng, chống dịch"); it is split
    into its words, as the embedded store marks them."""
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    length = 0
    start: int | None = None
    for ch in fragment:
        if ch == HIGHLIGHT_PRE:
            start = length if start is None else start
        elif ch == HIGHLIGHT_POST:
            if start is not None and length > start:
                spans.append((start, length))
            start = None
        else:
            out.append(ch)
            length += 1
    if start is not None and length > start:
        spans.append((start, length))
    text = "".join(out)
    words = [
        (a + m.start(), a + m.end())
        for a, b in _merge_spans(spans)
        for m in re.finditer(r"\w+", text[a:b])
    ]
    return text, words


def _merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def text_window(text: str, start: int, end: int, size: int = SNIPPET_CHARS) -> tuple[str, int]:
    """About `size` characters of `text` holding [start, end), a third of the spare room
    before it, cut at spaces; returns the window and where it begins in `text`."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    begin = max(0, start - max(0, size - (end - start)) // 3)
    if begin > 0:
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    stop = min(len(text), max(end, begin + size))
    if stop < len(text):
        space = text.rfind(" ", end, stop)
        stop = space if space > end else stop
    return text[begin:stop], begin


def tidy_snippet(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """One line of text (each whitespace character becomes one space, so spans still
    hold), stripped, with the spans moved along."""
    flat = re.sub(r"\s", " ", text)
    lead = len(flat) - len(flat.lstrip())
    flat = flat.strip()
    moved = [(max(0, a - lead), min(len(flat), b - lead)) for a, b in spans]
    return flat, [(a, b) for a, b in moved if a < b]


def lead_snippet(text: str) -> str:
    """The opening words of `text`, up to SNIPPET_CHARS, with " …" when cut."""
    words = " ".join(text[: SNIPPET_CHARS * 4].split())
    if len(words) <= SNIPPET_CHARS and len(text) <= SNIPPET_CHARS * 4:
        return words
    cut = words.rfind(" ", 0, SNIPPET_CHARS)
    return words[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def _base_hit(raw: dict[str, Any], score: float) -> Hit:
    source = raw.get("_source") or {}
    return Hit(
        page_id=source.get("page_id") or raw["_id"],
        score=score,
        title=source.get("title"),
        url=source.get("url") or "",
        published=source.get("published"),
        province=source.get("province"),
        agency=source.get("agency"),
    )


def keyword_hit(raw: dict[str, Any]) -> Hit:
    """A keyword search hit with its highlighted fragment as snippet."""
    hit = _base_hit(raw, float(raw.get("_score") or 0.0))
    fragments = (raw.get("highlight") or {}).get("text") or []
    if fragments:
        hit.snippet, hit.highlights = tidy_snippet(*split_highlight(fragments[0]))
    return hit


def _best_passage_span(raw: dict[str, Any]) -> tuple[int, int] | None:
    inner = (raw.get("inner_hits") or {}).get("passages", {}).get("hits", {}).get("hits", [])
    if not inner:
        return None
    fields = inner[0].get("fields") or {}
    nested = fields.get("passages")
    try:
        values = nested[0] if isinstance(nested, list) else fields
        start = values.get("start") or values.get("passages.start")
        end = values.get("end") or values.get("passages.end")
        return int(start[0]), int(end[0])
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None


def _page_text(source: dict[str, Any]) -> str:
    return (source.get(ORIGINAL_FIELD) or {}).get("text") or source.get("text") or ""


def semantic_hit(raw: dict[str, Any]) -> Hit:
    """A kNN hit: score is the cosine of the best passage, snippet its opening words."""
    # Elasticsearch scores cosine as (1 + cos) / 2; report the cosine like the embedded store.
    hit = _base_hit(raw, 2.0 * float(raw.get("_score") or 0.0) - 1.0)
    text = _page_text(raw.get("_source") or {})
    start, end = _best_passage_span(raw) or (0, len(text))
    hit.snippet = lead_snippet(text[start:end])
    return hit


def citation_hit(raw: dict[str, Any], number: str) -> Hit:
    """A page found by document number, the snippet around where the number is cited."""
    hit = _base_hit(raw, float(raw.get("_score") or 0.0))
    source = raw.get("_source") or {}
    text = _page_text(source)
    cited = sorted(
        (
            c
            for c in source.get("citations") or []
            if normalise_number(c.get("number", "")) == number
        ),
        key=lambda c: c.get("start", 0),
    )
    if cited and 0 <= cited[0].get("start", 0) < cited[0].get("end", 0) <= len(text):
        start, end = cited[0]["start"], cited[0]["end"]
        window, begin = text_window(text, start, end)
        hit.snippet, hit.highlights = tidy_snippet(window, [(start - begin, end - begin)])
    else:
        hit.snippet = lead_snippet(text)
    return hit


def facets_from_aggs(aggs: dict[str, Any]) -> dict[str, dict[str, int]]:
    """`{"province": {...}, "agency": {...}, "year": {...}}` from aggregation buckets."""
    facets: dict[str, dict[str, int]] = {}
    for name, agg in aggs.items():
        facets[name] = {
            str(b.get("key_as_string", b["key"])): int(b["doc_count"])
            for b in agg.get("buckets", [])
            if b["doc_count"] > 0
        }
    return facets


def redact_url(url: str) -> str:
    """The URL without any user:password, for messages."""
    parts = urlsplit(url)
    if parts.username or parts.password:
        host = parts.hostname or ""
        netloc = f"{host}:{parts.port}" if parts.port else host
        return urlunsplit(parts._replace(netloc=netloc))
    return url


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


# ---------------------------------------------------------------------------------------
# The store


class ElasticStore:
    """Pages, passages and vectors in Elasticsearch 9, behind a swappable alias."""

    def __init__(
        self,
        url: str,
        *,
        index_prefix: str = "bulletin",
        dim: int,
        api_key: str | None = None,
        basic_auth: tuple[str, str] | None = None,
        ca_file: str | None = None,
        request_timeout: float = 30,
        max_retries: int = 5,
        retry_backoff: float = 1.0,
        bulk_chunk_size: int = 100,
        use_server_rrf: bool = False,
    ) -> None:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", index_prefix):
            raise ValueError(
                f"index prefix {index_prefix!r} must be lower-case letters, digits, '-', '_' or '.'"
            )
        self.url = redact_url(url)
        self.prefix = index_prefix
        self.alias = pages_alias(index_prefix)
        self.dim = dim
        self.request_timeout = request_timeout
        self.max_retries = max_retries
        self.retry_backoff = retry_backoff
        self.bulk_chunk_size = bulk_chunk_size
        self.use_server_rrf = use_server_rrf
        self._url = url
        self._client_options: dict[str, Any] = dict(
            api_key=api_key,
            basic_auth=basic_auth,
            ca_certs=ca_file,
            request_timeout=request_timeout,
            max_retries=max_retries,
            retry_on_status=RETRY_STATUSES,
            # Every request we send is idempotent (index by id, searches), so a timed-out
            # one can safely be sent again.
            retry_on_timeout=True,
            retry_backoff_base=retry_backoff,
            retry_backoff_cap=max(retry_backoff, 30 * retry_backoff),
            http_compress=True,
        )
        self._client: Elasticsearch | None = None
        self._rebuild_index: str | None = None
        with self._errors("connecting"):
            self.server_version = self._check_server()
            self.index_dim = self._ensure_index()

    @property
    def client(self) -> Elasticsearch:
        """The HTTP client, connected again when used after `close()`."""
        if self._client is None:
            self._client = Elasticsearch(self._url, **self._client_options)
        return self._client

    # -- errors -------------------------------------------------------------------------

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        """Turn client exceptions into one-line errors a user can act on."""
        where = f"Elasticsearch at {self.url}"
        try:
            yield
        except BulletinError:
            raise
        except AuthenticationException:
            raise StoreUnavailableError(
                f"{where} refused the credentials (401) while {doing}: check ES_API_KEY or "
                "ES_USERNAME/ES_PASSWORD"
            ) from None
        except AuthorizationException as exc:
            raise StoreUnavailableError(
                f"{where} denied {doing} (403): the user needs 'manage', 'read' and 'write' on "
                f"{self.prefix}-pages* and 'manage_index_templates' "
                f"({_one_line(_reason(exc))})"
            ) from None
        except UnsupportedProductError:
            raise StoreUnavailableError(f"the server at {self.url} is not Elasticsearch") from None
        except BadRequestError as exc:
            if exc.error == "media_type_header_exception":
                raise StoreUnavailableError(
                    f"{where} is older than 9.0; bulletin's elasticsearch 9 client needs an "
                    "Elasticsearch 9 server"
                ) from None
            raise BulletinError(
                f"{where} rejected a request while {doing}: {_one_line(_reason(exc))}"
            ) from None
        except ApiError as exc:
            if exc.status_code in RETRY_STATUSES:
                raise StoreUnavailableError(
                    f"{where} is unavailable ({exc.status_code} {_one_line(_reason(exc))}) "
                    f"while {doing}, after {self.max_retries} retries"
                ) from None
            raise BulletinError(
                f"{where} failed while {doing}: {exc.status_code} {_one_line(_reason(exc))}"
            ) from None
        except ConnectionTimeout:
            raise StoreUnavailableError(
                f"{where} did not answer within {self.request_timeout:g}s while {doing} "
                f"({self.max_retries} retries)"
            ) from None
        except SSLError as exc:
            raise StoreUnavailableError(
                f"TLS with {where} failed: {_one_line(exc.message)}; set ES_CA_FILE to the "
                "cluster's CA certificate (http_ca.crt)"
            ) from None
        except elasticsearch.ConnectionError as exc:  # after SSLError, its subclass
            raise StoreUnavailableError(
                f"cannot reach {where} while {doing}: {_one_line(exc.message)}"
            ) from None
        except TransportError as exc:
            raise StoreUnavailableError(f"{where}: {_one_line(exc)} while {doing}") from None

    # -- setup --------------------------------------------------------------------------

    def _check_server(self) -> tuple[int, ...]:
        number = self.client.info()["version"]["number"]
        version = tuple(int(p) for p in re.findall(r"\d+", number)[:3])
        if version < (9,):
            raise StoreUnavailableError(
                f"Elasticsearch at {self.url} is {number}; bulletin needs Elasticsearch 9"
            )
        return version

    def _versions(self) -> dict[str, bool]:
        """Existing `{prefix}-pages-v{N}` indices, each with whether it holds the alias."""
        try:
            found = self.client.indices.get_alias(index=f"{self.prefix}-pages-v*")
        except NotFoundError:
            return {}
        return {
            name: self.alias in (info.get("aliases") or {})
            for name, info in found.body.items()
            if index_version(name, self.prefix) is not None
        }

    def _create_version(self, dim: int, *, with_alias: bool) -> str:
        """Put the template for `dim` and create the next versioned index from it."""
        existing = self._versions()
        number = 1 + max((index_version(n, self.prefix) or 0 for n in existing), default=0)
        name = versioned_index(self.prefix, number)
        self.client.indices.put_index_template(name=self.alias, **build_template(dim, self.prefix))
        aliases = {self.alias: {}} if with_alias else None
        self.client.indices.create(index=name, aliases=aliases)
        return name

    def _ensure_index(self) -> int:
        """Dimension of the live index, creating the first version when there is none."""
        if not any(self._versions().values()):
            try:
                self._create_version(self.dim, with_alias=True)
            except BadRequestError as exc:
                # Another process created it between our look and our create.
                if exc.error != "resource_already_exists_exception":
                    raise
        return self._live_dim()

    def _live_dim(self) -> int:
        mapping = self._live_mapping()
        vector = mapping.get("properties", {}).get("passages", {}).get("properties", {})
        return int(vector.get("vector", {}).get("dims", self.dim))

    def _live_mapping(self) -> dict[str, Any]:
        found = self.client.indices.get_mapping(index=self._target)
        return next(iter(found.body.values()))["mappings"]

    @property
    def _target(self) -> str:
        """Where writes go: the index being rebuilt, else the alias."""
        return self._rebuild_index or self.alias

    # -- writes -------------------------------------------------------------------------

    def upsert(self, pages: list[Page], passages: list[Passage], vectors: np.ndarray) -> None:
        """Add or replace pages with their passages; re-sending a page never duplicates it."""
        docs = page_documents(pages, passages, vectors, self.index_dim)
        self._bulk(
            {"_op_type": "index", "_index": self._target, "_id": doc["page_id"], "_source": doc}
            for doc in docs
        )

    def delete(self, page_ids: list[str]) -> None:
        """Remove pages; their passages and vectors go with them."""
        self._bulk(
            {"_op_type": "delete", "_index": self._target, "_id": page_id} for page_id in page_ids
        )

    def _bulk(self, actions: Iterable[dict[str, Any]]) -> None:
        """Send actions in chunks, retrying rejected items with backoff; raise a
        `BulkWriteError` naming every item that still failed."""
        options: dict[str, Any] = {}
        if self._rebuild_index is None:
            # Never let a write auto-create an index named like the alias.
            options["require_alias"] = True
        failures: list[dict[str, Any]] = []
        written = 0
        try:
            with self._errors("writing pages"):
                for ok, item in streaming_bulk(
                    self.client,
                    actions,
                    chunk_size=self.bulk_chunk_size,
                    max_chunk_bytes=20 * 1024 * 1024,
                    raise_on_error=False,
                    raise_on_exception=True,
                    max_retries=self.max_retries,
                    initial_backoff=self.retry_backoff,
                    max_backoff=30 * self.retry_backoff,
                    retry_on_status=RETRY_STATUSES,
                    **options,
                ):
                    op, info = next(iter(item.items()))
                    if ok or (op == "delete" and info.get("status") == 404):
                        written += 1
                    else:
                        failures.append(_bulk_failure(op, info))
        except StoreUnavailableError as exc:
            if not written:
                raise
            raise StoreUnavailableError(
                f"{exc}; {written} operations were written before "
                "it, run the same command again to send the rest"
            ) from None
        if failures:
            raise BulkWriteError(failures, written)

    def commit(self) -> None:
        """Make every acknowledged write visible to searches (writes are durable on ack)."""
        with self._errors("refreshing"):
            self.client.indices.refresh(index=self._target)

    def set_embedding_model(self, model_id: str) -> None:
        """Record the model of the vectors in the index's mapping metadata."""
        with self._errors("saving the model id"):
            meta = dict(self._live_mapping().get("_meta") or {})
            meta["embedding_model"] = model_id
            self.client.indices.put_mapping(index=self._target, meta=meta)

    @contextmanager
    def rebuild(self, dim: int | None = None) -> Iterator[ElasticStore]:
        """Fill a fresh index while searches keep using the old one, then swap the alias
        in one request; on error the new index is dropped and nothing changes.

            with store.rebuild():
                store.upsert(...); store.set_embedding_model(...); store.commit()
        """
        if self._rebuild_index is not None:
            raise BulletinError("a rebuild is already running on this store")
        dim = dim or self.dim
        with self._errors("creating the new index"):
            new = self._create_version(dim, with_alias=False)
        self._rebuild_index, old_dim = new, self.index_dim
        self.index_dim = dim
        old: list[str] = []
        try:
            yield self
            with self._errors("switching to the new index"):
                self.client.indices.refresh(index=new)
                old = [n for n, live in self._versions().items() if live and n != new]
                self.client.indices.update_aliases(**build_alias_swap(self.alias, old, new))
        except BaseException:
            self.index_dim = old_dim
            # If the cluster is gone too, the first error is the one to report; a leftover
            # index is harmless (the next build takes a higher number, `drop` removes it).
            with suppress(BulletinError):
                self._drop_unfinished(new)
            raise
        finally:
            self._rebuild_index = None
        with self._errors("deleting the previous index"):
            for name in old:
                self.client.indices.delete(index=name, ignore_unavailable=True)

    def _drop_unfinished(self, name: str) -> None:
        with self._errors("dropping the unfinished index"):
            # A swap whose answer was lost may still have happened: never drop a live index.
            if not self._versions().get(name, False):
                self.client.indices.delete(index=name, ignore_unavailable=True)

    def drop(self) -> None:
        """Delete every index and the template of this prefix (tests, `--rebuild` from 0)."""
        with self._errors("deleting the indices"):
            for name in self._versions():
                self.client.indices.delete(index=name, ignore_unavailable=True)
            with suppress(NotFoundError):
                self.client.indices.delete_index_template(name=self.alias)

    # -- reads --------------------------------------------------------------------------

    def get(self, page_id: str) -> Page | None:
        """One page by id, exactly as it was upserted."""
        with self._errors("reading a page"):
            try:
                found = self.client.get(
                    index=self.alias, id=page_id, source_excludes=DERIVED_FIELDS
                )
            except NotFoundError as exc:
                if isinstance(exc.body, dict) and exc.body.get("found") is False:
                    return None
                raise
        return page_from_source(found["_source"])

    def count(self) -> int:
        """Number of pages (nested passages are not counted)."""
        with self._errors("counting pages"):
            return int(self.client.count(index=self.alias)["count"])

    def page_hashes(self) -> dict[str, str]:
        """page_id -> content_hash of every stored page."""
        return {
            hit["_id"]: (hit.get("_source") or {}).get("content_hash", "")
            for hit in self._walk({"match_all": {}}, source=["content_hash"])
        }

    def embedding_model(self) -> str | None:
        """Id of the model the stored vectors came from, None before any was recorded."""
        with self._errors("reading the model id"):
            return (self._live_mapping().get("_meta") or {}).get("embedding_model")

    def keyword(
        self, query: str, filters: SearchFilters, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and exact text; any offset, past 10 000 through a point in time."""
        body = build_keyword_query(query, filters, limit=limit, offset=offset)
        with self._errors("searching"):
            if offset + limit > MAX_RESULT_WINDOW:
                found = self._deep_page(body, offset, limit)
            else:
                found = self.client.search(index=self.alias, body=body).body
        return _total(found), [keyword_hit(raw) for raw in found["hits"]["hits"]]

    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest passages, one hit per page scored by its best passage (cosine)."""
        self._check_query_dim(vector)
        if limit < 1:
            return []
        with self._errors("searching"):
            found = self.client.search(
                index=self.alias, body=build_knn_query(vector, filters, limit)
            )
        return [semantic_hit(raw) for raw in found["hits"]["hits"]]

    def hybrid(
        self, query: str, vector: np.ndarray, filters: SearchFilters, limit: int = 10
    ) -> list[Hit]:
        """Server-side RRF of keyword and kNN (only with `use_server_rrf=True`)."""
        if not self.use_server_rrf:
            raise BulletinError(
                "server-side hybrid search is off (use_server_rrf=False); "
                "the query API fuses keyword and semantic results itself"
            )
        self._check_query_dim(vector)
        with self._errors("searching"):
            found = self.client.search(
                index=self.alias, body=build_hybrid_retriever(query, vector, filters, limit=limit)
            )
        return [keyword_hit(raw) for raw in found["hits"]["hits"]]

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages closest in meaning to a page (its mean passage vector), itself left out."""
        with self._errors("reading page vectors"):
            options: dict[str, Any] = {}
            if self.server_version >= (9, 2):
                # From 9.2 vectors are left out of _source unless asked for.
                options["source_exclude_vectors"] = False
            try:
                found = self.client.get(
                    index=self.alias, id=page_id, source_includes=["passages.vector"], **options
                )
            except NotFoundError:
                return []
        rows = [p["vector"] for p in (found["_source"].get("passages") or []) if p.get("vector")]
        if not rows:
            return []
        mean = np.asarray(rows, dtype=np.float32).mean(axis=0)
        if not np.any(mean):
            return []
        with self._errors("searching"):
            hits = self.client.search(
                index=self.alias,
                body=build_similar_query(mean / np.linalg.norm(mean), page_id, limit),
            )
        return [semantic_hit(raw) for raw in hits["hits"]["hits"]]

    def by_citation(self, number: str, limit: int = 50) -> list[Hit]:
        """The document with this normalised number first, then pages citing it, oldest first."""
        return self._citation_search(number, limit, citing_only=False)

    def cited_by(self, number: str, limit: int = 50) -> list[Hit]:
        """Pages citing the document with this normalised number (not the document itself)."""
        return self._citation_search(number, limit, citing_only=True)

    def _citation_search(self, number: str, limit: int, *, citing_only: bool) -> list[Hit]:
        number = normalise_number(number)
        if not number:
            return []
        with self._errors("looking up a document number"):
            found = self.client.search(
                index=self.alias, body=build_citation_query(number, limit, citing_only=citing_only)
            )
        return [citation_hit(raw, number) for raw in found["hits"]["hits"]]

    def facets(self, query: str, filters: SearchFilters) -> dict[str, dict[str, int]]:
        """Counts per province, agency and year for the pages matching the query."""
        with self._errors("counting facets"):
            found = self.client.search(index=self.alias, body=build_facets_query(query, filters))
        return facets_from_aggs(found.body.get("aggregations") or {})

    def iter_pages(
        self, query: str = "", filters: SearchFilters | None = None, *, batch: int = 500
    ) -> Iterator[Page]:
        """Every matching page, through a point in time (stable while indexing goes on)."""
        for hit in self._walk(
            build_text_query(query, filters), source={"excludes": DERIVED_FIELDS}, batch=batch
        ):
            yield page_from_source(hit["_source"])

    def close(self) -> None:
        """Release the HTTP connections (a later call connects again)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- helpers ------------------------------------------------------------------------

    def _check_query_dim(self, vector: np.ndarray) -> None:
        size = int(np.asarray(vector).size)
        if size != self.index_dim:
            raise DimensionMismatchError(
                f"the index holds {self.index_dim}-dim vectors but the query vector has "
                f"{size}: run `bulletin index --rebuild` with the configured model"
            )

    @contextmanager
    def _point_in_time(self) -> Iterator[str]:
        pit = self.client.open_point_in_time(index=self.alias, keep_alive="2m")["id"]
        try:
            yield pit
        finally:
            # A point in time left open expires on its own after keep_alive.
            with suppress(ApiError, TransportError):
                self.client.close_point_in_time(id=pit)

    def _walk(
        self, query: dict[str, Any], *, source: Any, batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every hit of `query`, batch by batch with search_after over a point in time."""
        with self._errors("reading pages"), self._point_in_time() as pit:
            after: list[Any] | None = None
            while True:
                body = build_scan_query(
                    query, pit_id=pit, size=batch, search_after=after, source=source
                )
                hits = self.client.search(body=body)["hits"]["hits"]
                yield from hits
                if len(hits) < batch:
                    return
                after = hits[-1]["sort"]

    def _deep_page(self, body: dict[str, Any], offset: int, limit: int) -> dict[str, Any]:
        """The page at `offset` beyond the result window: skip ahead with search_after."""
        with self._point_in_time() as pit:
            after: list[Any] | None = None
            skip = offset
            while skip > 0:
                size = min(DEEP_PAGE_BATCH, skip)
                step = build_scan_query(
                    body["query"],
                    pit_id=pit,
                    size=size,
                    sort=body["sort"],
                    search_after=after,
                    source=False,
                )
                hits = self.client.search(body=step)["hits"]["hits"]
                if len(hits) < size:
                    return {"hits": {"total": {"value": offset - skip + len(hits)}, "hits": []}}
                after, skip = hits[-1]["sort"], skip - size
            last = build_scan_query(
                body["query"],
                pit_id=pit,
                size=limit,
                sort=body["sort"],
                search_after=after,
                source=body["_source"],
            )
            last.update(track_total_hits=True, highlight=body["highlight"])
            return self.client.search(body=last).body


def _total(found: dict[str, Any]) -> int:
    total = found["hits"].get("total") or {}
    return int(total.get("value", 0)) if isinstance(total, dict) else int(total)


def _reason(exc: ApiError) -> str:
    body = exc.body
    if isinstance(body, dict) and isinstance(body.get("error"), dict):
        return str(body["error"].get("reason") or body["error"].get("type") or exc.message)
    return str(exc.message)


def _bulk_failure(op: str, info: dict[str, Any]) -> dict[str, Any]:
    error = info.get("error")
    if isinstance(error, dict):
        error = f"{error.get('type', 'error')}: {error.get('reason', '')}"
    return {
        "op": op,
        "id": info.get("_id"),
        "status": info.get("status"),
        "error": _one_line(error or "unknown error"),
    }
