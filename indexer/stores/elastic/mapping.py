"""What bulletin creates in the cluster: index and alias names, analyzers, the mapping of
a page document, the index template, and the bodies that create a build and swap to it.

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
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from elasticsearch.dsl import Index, Mapping, analyzer, char_filter, normalizer
from elasticsearch.dsl import field as es_field

# 2: `cited_identities`, the identities of the documents a page cites.
# 3: `effective_from` / `effective_until`, a legal text's own dates, kept as given.
SCHEMA_VERSION = 3
# Title and text as given, kept only when they are not NFC (the searched copies are NFC).
ORIGINAL_FIELD = "original"


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
    # Lucene's asciifolding folds "đ"/"Đ" to "d"/"D" as well as the tones, so `vi_fold_d`
    # is redundant; it stays because removing it would change the template (and the
    # analysis of indices already built) for no change in what matches.
    folded = analyzer(
        "vi_folded",
        tokenizer="standard",
        char_filter=[fold_d],
        filter=["lowercase", "asciifolding"],
    )
    exact = analyzer(
        "vi_exact", tokenizer="standard", char_filter=[tone_style], filter=["lowercase"]
    )
    # Filters match "kon tum" or "Kon Tum": the same folding as `stores/filters.py`.
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
        "own_identity",
        "own_confidence",
        "text_source",
        "content_hash",
        "duplicate_of",
        "also_published_at",
        "parent_url",
        "cited_numbers",
        "cited_identities",
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
    mapping.field("effective_from", es_field.Keyword(index=False))
    mapping.field("effective_until", es_field.Keyword(index=False))
    mapping.field("warc_file", es_field.Keyword(index=False))
    mapping.field("warc_offset", es_field.Long(index=False))
    # Citations are kept whole for `get`; lookups go through the `cited_numbers`
    # and `cited_identities` keywords.
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


def build_new_index(alias: str | None, build: str) -> dict[str, Any]:
    """Body of `PUT {index}` (the template gives the rest): the build's id in `_meta`, so a
    create sent twice can tell its own index from another process's; the alias when the
    index is the first one."""
    body: dict[str, Any] = {
        "mappings": {"_meta": {"bulletin_schema": SCHEMA_VERSION, "build": build}}
    }
    if alias:
        body["aliases"] = {alias: {}}
    return body


def build_alias_swap(alias: str, old_indices: Iterable[str], new_index: str) -> dict[str, Any]:
    """One `_aliases` request: searches see the old build or the new one, never neither."""
    actions: list[dict[str, Any]] = [
        {"remove": {"index": name, "alias": alias}} for name in sorted(old_indices)
    ]
    actions.append({"add": {"index": new_index, "alias": alias}})
    return {"actions": actions}
