"""Hybrid fusion on cases a researcher would notice: the list that carries evidence leads."""

from __future__ import annotations

import pytest

from indexer.models import Hit
from indexer.query.fusion import fuse, plan_fusion, standardised_fusion
from indexer.query.parse import parse_query

# A passage pasted from a province's plan (PASSAGE_WORDS words or more: "pages like this").
PASSAGE = ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện tiếp "
           "tục triển khai nghiêm các biện pháp phòng, chống dịch theo chỉ đạo của Trung ương")


def ranking(scores: dict[str, float]) -> list[Hit]:
    """Hits in the order given, with the given scores."""
    return [Hit(page_id=page, url=f"http://x/{page}", score=score)
            for page, score in scores.items()]


def flat_keyword_list() -> dict[str, float]:
    """Twenty pages sharing the passage's common words: BM25 scores close together."""
    return {f"p{i:02d}": 100.0 - i for i in range(20)}


def order(hits: list[Hit]) -> list[str]:
    return [h.page_id for h in hits]


def test_a_weak_keyword_list_does_not_push_the_right_page_down_for_a_passage():
    # The page like the passage is 10th by shared words (every page shares them) but by
    # far the closest in meaning; p00 leads the flat keyword list and is 2nd in meaning.
    keyword = ranking(flat_keyword_list())
    semantic = ranking({"p09": 0.95, "p00": 0.86, **{f"q{i}": 0.855 - i / 1000 for i in range(30)}})
    parsed = parse_query(PASSAGE)
    plan = plan_fusion(parsed, 20, 100, keyword, semantic)
    assert plan.method == "standardised" and "passage" in plan.why
    fused = fuse(plan, keyword, semantic)
    assert order(fused)[0] == "p09"
    assert fused[0].ranks == {"keyword": 10, "semantic": 1}
    # Rank fusion, as before, put the flat list's first page ahead of it.
    rank_plan = plan_fusion(parsed, 20, 100)  # no lists: the query alone is weighed
    assert order(fuse(rank_plan, keyword, semantic))[0] == "p00"


def test_a_page_sharing_the_passages_rare_words_leads_when_meaning_is_flat():
    # Every page is about the same epidemic (cosines alike); one page shares the passage's
    # document number and place names, so its keyword score stands far out.
    keyword = ranking({"twin": 300.0, **{f"p{i:02d}": 100.0 - i for i in range(1, 20)}})
    semantic = ranking({"p03": 0.905, "p01": 0.904, "twin": 0.903,
                        **{f"q{i}": 0.902 - i / 1000 for i in range(30)}})
    plan = plan_fusion(parse_query(PASSAGE), 20, 100, keyword, semantic)
    assert order(fuse(plan, keyword, semantic))[0] == "twin"


def test_each_hit_says_how_far_it_stood_out_in_each_ranking():
    keyword = ranking(flat_keyword_list())
    semantic = ranking({"p09": 0.95, "new": 0.9, **{f"q{i}": 0.85 - i / 1000 for i in range(10)}})
    fused = standardised_fusion({"keyword": keyword, "semantic": semantic}, why="a passage")
    by_id = {h.page_id: h for h in fused}
    assert by_id["p09"].why.startswith("a passage (keyword +")
    assert "meaning +" in by_id["p09"].why
    assert "keyword: not in its first 20, counted as its last" in by_id["new"].why
    assert "meaning: not in its first 12" in by_id["p00"].why
    # The scale of a store's scores changes nothing: BM25 x 10, cosine as (1 + cos) / 2.
    rescaled = standardised_fusion({
        "keyword": [h.model_copy(update={"score": h.score * 10}) for h in keyword],
        "semantic": [h.model_copy(update={"score": (1 + h.score) / 2}) for h in semantic],
    })
    assert order(rescaled) == order(fused)
    assert [h.score for h in rescaled] == pytest.approx([h.score for h in fused])


def test_words_met_by_chance_do_not_outrank_the_meaning():
    # A paraphrase ("thuế má của tiểu thương": small traders' taxes) whose syllables all
    # occur, scattered, in two unrelated pages; the page about household-business tax has
    # none of them but is the closest in meaning.
    keyword = ranking({"unrelated-1": 8.8, "unrelated-2": 5.8})
    semantic = ranking({"tax-page": 0.86, **{f"q{i}": 0.85 - i / 1000 for i in range(11)},
                        "unrelated-2": 0.83, "unrelated-1": 0.82})
    plan = plan_fusion(parse_query("thuế má của tiểu thương"), 2, 100, keyword, semantic)
    assert plan.weights["keyword"] < 0.1 and "meaning leads" in plan.why
    fused = fuse(plan, keyword, semantic)
    assert order(fused)[0] == "tax-page" and fused[0].why == plan.why


def test_agreeing_rankings_and_chosen_operators_keep_both_alike():
    keyword = ranking({"storm": 12.0, "other": 4.0})
    semantic = ranking({"x": 0.9, "y": 0.89, "z": 0.88, "storm": 0.87, "w": 0.86})
    assert plan_fusion(parse_query("bão số 9"), 2, 100, keyword, semantic).weights == {
        "keyword": 1.0, "semantic": 1.0}
    far = ranking({f"s{i}": 0.9 - i / 100 for i in range(10)})
    # Quoted words are the user's choice: no second-guessing them by meaning.
    assert plan_fusion(parse_query('"bão số 9"'), 2, 100, keyword, far).weights == {
        "keyword": 1.0, "semantic": 1.0}
