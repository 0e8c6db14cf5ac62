"""Search answers read back: `Hit`s with plain-text snippets cut by the shared rules of
`stores/snippets.py`, facet counts, totals."""

from __future__ import annotations

from typing import Any

from indexer.models import Citation, Hit, Page
from indexer.stores.elastic.compile import HIGHLIGHT_POST, HIGHLIGHT_PRE
from indexer.stores.elastic.documents import page_text
from indexer.stores.ranking import FACET_SIZES
from indexer.stores.snippets import cited_snippet, lead_snippet, tidy_snippet, word_spans


def split_highlight(fragment: str) -> tuple[str, list[tuple[int, int]]]:
    """Plain text and highlighted word spans from a fragment with marker characters.

    Elasticsearch marks a matched phrase as one span ("phòng, chống dịch"); it is split
    into its words, as every store marks them."""
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
    return text, word_spans(text, spans)


def total(found: dict[str, Any]) -> int:
    """The number of matching pages an answer reports."""
    value = found["hits"].get("total") or {}
    return int(value.get("value", 0)) if isinstance(value, dict) else int(value)


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
        text_source=source.get("text_source"),
    )


def keyword_hit(raw: dict[str, Any]) -> Hit:
    """A keyword search hit with its highlighted fragment as snippet."""
    hit = _base_hit(raw, float(raw.get("_score") or 0.0))
    fragments = (raw.get("highlight") or {}).get("text") or []
    if fragments:
        hit.snippet, hit.highlights = tidy_snippet(*split_highlight(fragments[0]))
    return hit


def _best_passage(raw: dict[str, Any]) -> dict[str, Any] | None:
    inner = (raw.get("inner_hits") or {}).get("passages", {}).get("hits", {}).get("hits", [])
    return inner[0] if inner else None


def _span(passage: dict[str, Any]) -> tuple[int, int] | None:
    fields = passage.get("fields") or {}
    nested = fields.get("passages")
    try:
        values = nested[0] if isinstance(nested, list) else fields
        start = values.get("start") or values.get("passages.start")
        end = values.get("end") or values.get("passages.end")
        return int(start[0]), int(end[0])
    except (AttributeError, IndexError, KeyError, TypeError, ValueError):
        return None


def semantic_hit(raw: dict[str, Any]) -> Hit:
    """A kNN hit, scored by the passage its snippet shows (the snippet is that passage's
    opening words).

    The page's own `_score` comes from the int8-quantised HNSW graph, while its inner hit
    (the best passage) is scored on its own; on near ties the two can name different
    passages, so the score is taken from the inner hit: score and snippet always come from
    the same passage."""
    passage = _best_passage(raw)
    score = (passage or {}).get("_score")
    if score is None:
        score = raw.get("_score")
    # Elasticsearch scores cosine as (1 + cos) / 2; report the cosine like the embedded store.
    hit = _base_hit(raw, 2.0 * float(score or 0.0) - 1.0)
    text = page_text(raw.get("_source") or {})
    start, end = (_span(passage) if passage else None) or (0, len(text))
    hit.snippet = lead_snippet(text[start:end])
    return hit


def semantic_hits(raws: list[dict[str, Any]]) -> list[Hit]:
    """kNN hits best first by the score each shows (see `semantic_hit`)."""
    return sorted((semantic_hit(raw) for raw in raws), key=lambda hit: -hit.score)


def citation_hit(raw: dict[str, Any], number: str) -> Hit:
    """A page found by document number, the snippet around where the number is cited."""
    hit = _base_hit(raw, float(raw.get("_score") or 0.0))
    source = raw.get("_source") or {}
    page = Page.model_construct(
        text=page_text(source),
        citations=[Citation.model_construct(**c) for c in source.get("citations") or []],
    )
    hit.snippet, hit.highlights = cited_snippet(page, number)
    return hit


def facets_from_aggs(aggs: dict[str, Any]) -> dict[str, dict[str, int]]:
    """`{"province": {...}, "agency": {...}, "year": {...}, "month": {...}}` from buckets;
    each facet keeps at most its `ranking.FACET_SIZES` buckets, the largest counts."""
    facets: dict[str, dict[str, int]] = {}
    for name, agg in aggs.items():
        counts = {
            str(b.get("key_as_string", b["key"])): int(b["doc_count"])
            for b in agg.get("buckets", [])
            if b["doc_count"] > 0
        }
        size = FACET_SIZES.get(name, len(counts))
        if len(counts) > size:
            kept = set(sorted(counts, key=lambda key: counts[key], reverse=True)[:size])
            counts = {key: count for key, count in counts.items() if key in kept}
        facets[name] = counts
    return facets
