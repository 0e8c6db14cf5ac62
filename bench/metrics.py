"""Ranking quality: reciprocal rank and recall at a cutoff, averaged per query kind."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass


def first_relevant_rank(ranking: Sequence[str], relevant: Iterable[str], k: int) -> int | None:
    """1-based rank of the first relevant item within the top `k`, else None."""
    wanted = set(relevant)
    for rank, item in enumerate(ranking[:k], start=1):
        if item in wanted:
            return rank
    return None


def reciprocal_rank(ranking: Sequence[str], relevant: Iterable[str], k: int = 10) -> float:
    """1/rank of the first relevant item in the top `k` (0 when none): one query's RR@k."""
    rank = first_relevant_rank(ranking, relevant, k)
    return 1.0 / rank if rank else 0.0


def recall(ranking: Sequence[str], relevant: Iterable[str], k: int = 10) -> float:
    """Share of the relevant items found in the top `k`."""
    wanted = set(relevant)
    if not wanted:
        raise ValueError("a judged query needs at least one relevant item")
    return len(wanted.intersection(ranking[:k])) / len(wanted)


@dataclass(frozen=True)
class Judged:
    """One query's outcome: its kind and the two per-query scores."""

    kind: str
    rr: float
    recall: float


def summarise(results: Sequence[Judged], k: int = 10) -> dict:
    """Mean RR@k (= MRR@k) and Recall@k overall and per kind (macro-average over queries)."""
    if not results:
        raise ValueError("no judged queries to summarise")

    def block(items: Sequence[Judged]) -> dict:
        n = len(items)
        return {
            f"mrr@{k}": round(sum(r.rr for r in items) / n, 4),
            f"recall@{k}": round(sum(r.recall for r in items) / n, 4),
            "queries": n,
        }

    kinds = sorted({r.kind for r in results})
    return {
        "overall": block(results),
        "by_kind": {kind: block([r for r in results if r.kind == kind]) for kind in kinds},
    }
