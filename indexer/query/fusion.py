"""Fusing the keyword and the semantic rankings into one (hybrid search)."""

from __future__ import annotations

from indexer.models import Hit

RRF_K = 60
FUSION_DEPTH = 50  # candidates taken from each retriever before fusing
# multilingual-e5 understands Vietnamese typed without diacritics poorly (top-1 0.44
# against 1.00 with them, STACK.md) while keyword search folds them away.
UNACCENTED_SEMANTIC_WEIGHT = 0.05


def reciprocal_rank_fusion(
    rankings: dict[str, list[Hit]], k: int = RRF_K, weights: dict[str, float] | None = None
) -> list[Hit]:
    """Fuse ranked lists: score = sum of weight / (k + rank); each hit keeps its rank per list.

    Where a page is in several lists, the first list's hit supplies the snippet, so put
    the keyword list first to keep its highlights.
    """
    fused: dict[str, Hit] = {}
    for name, hits in rankings.items():
        for rank, hit in enumerate(hits, start=1):
            if hit.page_id not in fused:
                fused[hit.page_id] = hit.model_copy(update={"score": 0.0, "ranks": {}})
            merged = fused[hit.page_id]
            merged.score += (weights or {}).get(name, 1.0) / (k + rank)
            merged.ranks[name] = rank
    return sorted(fused.values(), key=lambda h: (-h.score, min(h.ranks.values())))


def fusion_weights(unaccented: bool) -> dict[str, float]:
    """Weights of the two retrievers: for a query typed without diacritics the semantic
    ranking only breaks ties and fills in pages keyword search missed."""
    if unaccented:
        return {"keyword": 1.0, "semantic": UNACCENTED_SEMANTIC_WEIGHT}
    return {"keyword": 1.0, "semantic": 1.0}
