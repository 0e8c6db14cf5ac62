"""Search quality on the judged queries: MRR@k and Recall@k per mode, per kind and overall."""

from __future__ import annotations

import time

import numpy as np

from bench.metrics import (
    Judged,
    first_relevant_rank,
    hybrid_against_parts,
    recall,
    reciprocal_rank,
    summarise,
)
from bench.relevance import RelevanceSet
from indexer.query.parse import MODES


class QueryVectors:
    """An embedder's query side with a memo: each query is embedded (and timed) once.

    Searches then time the search system itself; the embedding cost is reported apart.
    """

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.model_id = embedder.model_id
        self.seconds: list[float] = []
        self._memo: dict[str, np.ndarray] = {}

    def encode_query(self, text: str) -> np.ndarray:
        vector = self._memo.get(text)
        if vector is None:
            started = time.perf_counter()
            vector = self.embedder.encode_query(text)
            self.seconds.append(time.perf_counter() - started)
            self._memo[text] = vector
        return vector


def _canonical(urls, same_as: dict[str, str]) -> list[str]:
    """URLs with near-duplicate copies replaced by their canonical page, each kept once."""
    return list(dict.fromkeys(same_as.get(u, u) for u in urls))


def evaluate(
    service, relevance: RelevanceSet, modes: tuple[str, ...] = MODES,
    same_as: dict[str, str] | None = None,
) -> dict:
    """Run every judged query in every mode through `service.search`; score the rankings.

    `same_as` maps a near-duplicate copy's URL to its canonical page's: a copy and its
    original are one document, so finding either counts, and finding both counts once.
    """
    same_as = same_as or {}
    k = relevance.k
    per_mode: dict[str, list[Judged]] = {mode: [] for mode in modes}
    details = []
    for query in relevance.queries:
        ranks: dict[str, int | None] = {}
        relevant = _canonical(query.relevant, same_as)
        excluded = set(query.exclude)
        depth = 2 * k + len(excluded)  # room for copies folded together and excluded pages
        for mode in modes:
            hits = service.search(query.query, mode=mode, limit=depth).hits
            ranking = _canonical([h.url for h in hits if h.url not in excluded], same_as)[:k]
            per_mode[mode].append(Judged(query.kind, reciprocal_rank(ranking, relevant, k),
                                         recall(ranking, relevant, k)))
            ranks[mode] = first_relevant_rank(ranking, relevant, k)
        details.append({"id": query.id, "kind": query.kind, "first_relevant_rank": ranks})
    return {
        "k": k,
        "queries": len(relevance.queries),
        "modes": {mode: summarise(results, k) for mode, results in per_mode.items()},
        "misses": {mode: [d["id"] for d in details if d["first_relevant_rank"][mode] is None]
                   for mode in modes},
        "per_query": details,
    }


def halves(queries: list) -> tuple[list, list]:
    """The judged queries split for tuning and reporting: every other query of each kind
    tunes (the first, third, ...), the rest are held out; never tune on the whole set."""
    by_kind: dict[str, list] = {}
    for query in queries:
        by_kind.setdefault(query.kind, []).append(query)
    tune = [q for kind in sorted(by_kind) for q in by_kind[kind][0::2]]
    held_out = [q for kind in sorted(by_kind) for q in by_kind[kind][1::2]]
    return tune, held_out


def evaluate_halves(service, relevance: RelevanceSet, same_as: dict[str, str] | None = None
                    ) -> dict:
    """MRR@k and Recall@k per mode and kind on the tuning half and on the held-out half,
    and hybrid against its better part on each (`metrics.hybrid_against_parts`)."""
    tune, held_out = halves(relevance.queries)
    result = {}
    for name, queries in (("tune", tune), ("held_out", held_out)):
        subset = RelevanceSet(k=relevance.k, queries=queries)
        evaluation = evaluate(service, subset, same_as=same_as)
        result[name] = evaluation["modes"]
        result[f"{name}_hybrid_against_parts"] = hybrid_against_parts(evaluation["per_query"])
    return result

