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
# A pasted passage: pages sharing its most distinctive words ("more like this",
# `stores.ranking.MORE_LIKE_THIS_TERMS`) and pages close to it in meaning count alike, by
# rank. Chosen on the tune halves (int8 vectors) once the keyword side searched a passage
# by its most distinctive words: "similar" MRR@10 0.53 demo / 1.00 real, against 0.47 /
# 1.00 fusing standard scores (the rule before, when every word of the passage was an
# alternative and rank fusion lost to it); keywords weighted 0.5 or 1.5 by rank gave
# 0.53 / 0.92 and 0.53 / 1.00.
PASSAGE_WEIGHTS = {"keyword": 1.0, "semantic": 1.0}
# The lists disagree when none of the first AGREEMENT_TOP keyword hits is among the
# AGREEMENT_DEPTH pages closest in meaning: the query's words then met by chance (a
# paraphrase whose syllables all occur, scattered, in an unrelated page). Tuned on the
# tune halves of bench/relevance.json and bench/real_relevance.json: depth 3 or 5 and a
# weight of 0.01-0.05 fix the two tuning paraphrases the keyword list pushed down (real
# set 0.58 -> 0.88) and change no other query; depth 10 or a weight of 0.2 fix neither.
AGREEMENT_TOP = 3
AGREEMENT_DEPTH = 5
DISAGREEING_KEYWORD_WEIGHT = 0.05

RANKINGS = ("keyword", "semantic")


@dataclass(frozen=True)
class FusionPlan:
    """How much each retriever's ranking counts for one query (weighted reciprocal rank
    fusion), and why."""

    weights: dict[str, float]
    why: str


def plan_fusion(
    parsed: ParsedQuery,
    keyword_total: int,
    archive_pages: int,
    keyword: list[Hit] | None = None,
    semantic: list[Hit] | None = None,
) -> FusionPlan:
    """Weigh the keyword and semantic rankings by the evidence each brings for this query.

    - typed without diacritics: multilingual-e5 reads it poorly (top-1 0.44 against 1.00
      with them, STACK.md) while keyword search folds diacritics away: keywords lead;
    - no keyword match at all: the semantic ranking alone;
    - a pasted passage: the pages sharing its most distinctive words and the pages
      closest in meaning count alike (its words are not keywords a user chose, so the
      rules below, which judge chosen words, do not apply);
    - the rankings disagree (none of the first keyword hits is near the top in meaning):
      the words met by chance, meaning leads and keywords only break ties;
    - a question in natural language, or words that most pages contain: the keyword
      ranking is weak evidence and counts less;
    - otherwise (keywords a user chose): both count alike.

    `keyword` and `semantic` are the two rankings (the evidence of the last rules); without
    them only the query and the counts are weighed.
    """
    if parsed.unaccented:
        return FusionPlan({"keyword": 1.0, "semantic": UNACCENTED_SEMANTIC_WEIGHT},
                          "typed without diacritics: keyword search leads")
    if keyword_total == 0:
        return FusionPlan({"keyword": 0.0, "semantic": 1.0}, "no page has every word")
    if parsed.keyword.passage:
        shared = ("its most distinctive words" if parsed.keyword.like else "its words")
        return FusionPlan(dict(PASSAGE_WEIGHTS),
                          f"a pasted passage: pages sharing {shared} and pages close in "
                          "meaning count alike")
    if keyword and semantic and not _operators(parsed) and _disagree(keyword, semantic):
        return FusionPlan({"keyword": DISAGREEING_KEYWORD_WEIGHT, "semantic": 1.0},
                          "the pages with every word are far from the query's meaning "
                          f"(none of the first {AGREEMENT_TOP} is among the "
                          f"{AGREEMENT_DEPTH} closest): meaning leads")
    if _QUESTION.search(parsed.text):
        return FusionPlan({"keyword": WEAK_KEYWORD_WEIGHT, "semantic": 1.0},
                          "a question in natural language: meaning leads")
    if archive_pages and keyword_total >= COMMON_MATCH_SHARE * archive_pages:
        return FusionPlan({"keyword": WEAK_KEYWORD_WEIGHT, "semantic": 1.0},
                          "common words: most pages match, meaning leads")
    return FusionPlan({"keyword": 1.0, "semantic": 1.0}, "both rankings count alike")


def fuse(plan: FusionPlan, keyword: list[Hit], semantic: list[Hit]) -> list[Hit]:
    """The two rankings fused as `plan` says; every hit says why it ranked where it did
    (`why`, and its rank in each ranking in `ranks`)."""
    fused = reciprocal_rank_fusion({"keyword": keyword, "semantic": semantic},
                                   weights=plan.weights)
    for hit in fused:
        hit.why = plan.why
    return fused


def _disagree(keyword: list[Hit], semantic: list[Hit]) -> bool:
    closest = {h.page_id for h in semantic[:AGREEMENT_DEPTH]}
    return not any(h.page_id in closest for h in keyword[:AGREEMENT_TOP])


def _operators(parsed: ParsedQuery) -> bool:
    """Quoted phrases, exclusions or OR: keywords the user chose with care, kept as typed."""
    query = parsed.keyword
    return bool(query.excluded) or any(
        len(group) > 1 or any(term.phrase for term in group) for group in query.groups)
