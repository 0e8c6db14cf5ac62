"""Fusing the keyword and the semantic rankings into one (hybrid search)."""

from __future__ import annotations

import re
import statistics
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
# A pasted passage whose lists are too short to say which pages stand out: meaning leads.
PASSAGE_KEYWORD_WEIGHT = 0.5
# A pasted passage fuses standardised scores (`standardised_fusion`), both lists alike.
# Chosen on the tune halves (fp32 vectors) against rank fusion with the passage's keywords
# at 0.5 and against rank fusion weighted by each list's top standard score: "similar"
# MRR@10 0.43 / 0.41 / 0.43 on the demo set, 0.81 / 0.79 / 0.81 on the real set; keywords
# at 0.75 tie, 0.5 and 1.5 lose (0.42, 0.39 on the demo set).
# Standardised fusion needs this many scores in each list to tell a page standing out
# from the rest (a mean and a spread of two scores say nothing).
STANDARD_MIN_HITS = 5
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
_SAID = {"keyword": "keyword", "semantic": "meaning"}


@dataclass(frozen=True)
class FusionPlan:
    """How much each retriever's ranking counts for one query, how, and why.

    `method` "rrf": weighted reciprocal rank fusion; "standardised": each ranking's scores
    as standard scores over its own candidates, summed (`standardised_fusion`).
    """

    weights: dict[str, float]
    why: str
    method: str = "rrf"


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
    - a pasted passage: many pages share some of its words and most pages are close to
      it in meaning, so a rank says little; what says something is how far a page stands
      out in each ranking (a page sharing the passage's rare words, a page much closer in
      meaning than the rest): standardised scores, summed (`standardised_fusion`);
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
        if _spread(keyword) and _spread(semantic):
            return FusionPlan({"keyword": 1.0, "semantic": 1.0},
                              "a pasted passage: each ranking counts by how far a page "
                              "stands out from the rest of it", method="standardised")
        return FusionPlan({"keyword": PASSAGE_KEYWORD_WEIGHT, "semantic": 1.0},
                          "a pasted passage: meaning leads, shared rare words follow")
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
    """The two rankings fused as `plan` says; every hit says why it ranked where it did."""
    rankings = {"keyword": keyword, "semantic": semantic}
    if plan.method == "standardised":
        return standardised_fusion(rankings, plan.weights, why=plan.why)
    fused = reciprocal_rank_fusion(rankings, weights=plan.weights)
    for hit in fused:
        hit.why = plan.why
    return fused


def standard_scores(hits: list[Hit]) -> tuple[dict[str, float], float]:
    """Each hit's score as standard deviations from the mean of the list's scores, and
    the lowest of them (what a page missing from the list is counted as)."""
    scores = [h.score for h in hits]
    mean = statistics.fmean(scores)
    spread = statistics.pstdev(scores) or 1.0
    standard = {h.page_id: (h.score - mean) / spread for h in reversed(hits)}
    return standard, (min(scores) - mean) / spread


def standardised_fusion(
    rankings: dict[str, list[Hit]], weights: dict[str, float] | None = None, *, why: str = ""
) -> list[Hit]:
    """Fuse ranked lists by their scores: score = sum of weight * standard score, a page
    missing from a list counted as that list's last. Standard scores do not depend on a
    store's scale (BM25 of any engine, cosine or its rescaling), and a list whose scores
    are flat moves no page much, so the list whose top pages stand out leads.

    Each hit keeps its rank per list and says in `why` how far it stood out in each; the
    first list's hit supplies the snippet (put the keyword list first).
    """
    standard = {name: standard_scores(hits) for name, hits in rankings.items() if hits}
    fused: dict[str, Hit] = {}
    for name, hits in rankings.items():
        for rank, hit in enumerate(hits, start=1):
            if hit.page_id not in fused:
                fused[hit.page_id] = hit.model_copy(update={"score": 0.0, "ranks": {}})
            fused[hit.page_id].ranks[name] = rank
    for hit in fused.values():
        parts = []
        for name, (scores, lowest) in standard.items():
            value = scores.get(hit.page_id)
            hit.score += (weights or {}).get(name, 1.0) * (lowest if value is None else value)
            label = _SAID.get(name, name)
            parts.append(f"{label} {value:+.1f} sd" if value is not None else
                         f"{label}: not in its first {len(rankings[name])}, counted as its last")
        hit.why = f"{why} ({'; '.join(parts)})" if why else "; ".join(parts)
    return sorted(fused.values(), key=lambda h: (-h.score, min(h.ranks.values())))


def _spread(hits: list[Hit] | None) -> bool:
    """Enough scores, not all equal, to tell which pages stand out."""
    return bool(hits) and len(hits) >= STANDARD_MIN_HITS and len({h.score for h in hits}) > 1


def _disagree(keyword: list[Hit], semantic: list[Hit]) -> bool:
    closest = {h.page_id for h in semantic[:AGREEMENT_DEPTH]}
    return not any(h.page_id in closest for h in keyword[:AGREEMENT_TOP])


def _operators(parsed: ParsedQuery) -> bool:
    """Quoted phrases, exclusions or OR: keywords the user chose with care, kept as typed."""
    query = parsed.keyword
    return bool(query.excluded) or any(
        len(group) > 1 or any(term.phrase for term in group) for group in query.groups)
