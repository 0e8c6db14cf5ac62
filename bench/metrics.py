"""Ranking quality: reciprocal rank and recall at a cutoff, averaged per query kind."""

from __future__ import annotations

import random
import statistics
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


BOOTSTRAP_RESAMPLES = 10_000


def hybrid_against_parts(
    per_query: Sequence[dict], parts: tuple[str, ...] = ("keyword", "semantic"),
    *, resamples: int = BOOTSTRAP_RESAMPLES, seed: int = 19,
) -> dict:
    """Per kind, hybrid's MRR minus its better part's (the part with the higher MRR on these
    queries), paired query by query: the difference, its 95% bootstrap interval (queries
    resampled with replacement, a fixed seed so a run repeats), and on how many queries
    hybrid ranked the first relevant page higher, lower or alike.

    `per_query` is `quality.evaluate`'s: each query's kind and first relevant rank per mode.
    An interval that holds 0 says the set is too small to tell hybrid from its better part.
    """
    def rr(query: dict, mode: str) -> float:
        rank = query["first_relevant_rank"][mode]
        return 1.0 / rank if rank else 0.0

    rng = random.Random(seed)
    result = {}
    for kind in sorted({q["kind"] for q in per_query}):
        queries = [q for q in per_query if q["kind"] == kind]
        better = max(parts, key=lambda mode: (statistics.fmean(rr(q, mode) for q in queries),
                                              -parts.index(mode)))
        gaps = [rr(q, "hybrid") - rr(q, better) for q in queries]
        means = sorted(statistics.fmean(rng.choices(gaps, k=len(gaps)))
                       for _ in range(resamples))
        result[kind] = {
            "better_part": better,
            "mrr_gap": round(statistics.fmean(gaps), 4),
            "interval_95": [round(means[int(0.025 * resamples)], 4),
                            round(means[int(0.975 * resamples) - 1], 4)],
            "higher": sum(g > 0 for g in gaps),
            "lower": sum(g < 0 for g in gaps),
            "alike": sum(g == 0 for g in gaps),
            "queries": len(gaps),
        }
    return result
