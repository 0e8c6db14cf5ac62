"""Fusing the keyword and the semantic rankings into one (hybrid search)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from indexer.models import Hit
from indexer.query.parse import ParsedQuery

RRF_K = 60
FUSION_DEPTH = 50  # candidates taken from each retriever before fusing
# multilingual-e5 understands Vietnamese typed without diacritics poorly (top-1 0.44
# against 1.00 with them, STACK.md) while keyword search folds them away.
UNACCENTED_SEMANTIC_WEIGHT = 0.01  # 0.05 let e5 reorder keyword ranks: no-diacritics 0.93


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


# Words that make a query a question in natural language, not a list of keywords.
_QUESTION = re.compile(
    r"\?|(?<!\w)(?:như thế nào|thế nào|là gì|ra sao|bao nhiêu|khi nào|ở đâu|tại sao|vì sao"
    r"|có phải|hay không|những gì|nào)(?!\w)",
    re.IGNORECASE,
)
# How far a keyword list is trusted when the evidence says it is weak. Tuned on the "tune"
# half of bench/relevance.json (every other query of each kind), reported on the other
# half (bench/quality.py `halves`): similar MRR@10 0.48 tune / 0.51 held out with 0.5,
# against 0.44-0.47 with 0.2, 0.35, 0.75 or the passage's words leading.
WEAK_KEYWORD_WEIGHT = 0.5
COMMON_MATCH_SHARE = 0.3  # keyword matches on this share of the archive say little
PASSAGE_KEYWORD_WEIGHT = 0.5


@dataclass(frozen=True)
class FusionPlan:
    """How much each retriever's ranking counts for one query, and why."""

    weights: dict[str, float]
    why: str


def plan_fusion(parsed: ParsedQuery, keyword_total: int, archive_pages: int) -> FusionPlan:
    """Weigh the keyword and semantic rankings by the evidence each brings for this query.

    - typed without diacritics: multilingual-e5 reads it poorly (top-1 0.44 against 1.00
      with them, STACK.md) while keyword search folds diacritics away: keywords lead;
    - no keyword match at all: the semantic ranking alone;
    - a question in natural language, or words that most pages contain: the keyword
      ranking is weak evidence and counts less;
    - otherwise (keywords a user chose, a pasted passage): both count alike.
    """
    if parsed.unaccented:
        return FusionPlan({"keyword": 1.0, "semantic": UNACCENTED_SEMANTIC_WEIGHT},
                          "typed without diacritics: keyword search leads")
    if keyword_total == 0:
        return FusionPlan({"keyword": 0.0, "semantic": 1.0}, "no page has every word")
    if parsed.keyword.passage:
        return FusionPlan({"keyword": PASSAGE_KEYWORD_WEIGHT, "semantic": 1.0},
                          "a pasted passage: meaning leads, shared rare words follow")
    if _QUESTION.search(parsed.text):
        return FusionPlan({"keyword": WEAK_KEYWORD_WEIGHT, "semantic": 1.0},
                          "a question in natural language: meaning leads")
    if archive_pages and keyword_total >= COMMON_MATCH_SHARE * archive_pages:
        return FusionPlan({"keyword": WEAK_KEYWORD_WEIGHT, "semantic": 1.0},
                          "common words: most pages match, meaning leads")
    return FusionPlan({"keyword": 1.0, "semantic": 1.0}, "both rankings count alike")
