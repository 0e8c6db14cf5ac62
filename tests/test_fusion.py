"""Hybrid fusion on cases a researcher would notice: the list that carries evidence leads."""

from __future__ import annotations

from indexer.models import Hit
from indexer.query.fusion import fuse, plan_fusion
from indexer.query.parse import parse_query

# A passage pasted from a province's plan (PASSAGE_WORDS words or more: "pages like this").
PASSAGE = ("Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành và Ủy ban nhân dân các huyện tiếp "
           "tục triển khai nghiêm các biện pháp phòng, chống dịch theo chỉ đạo của Trung ương")


def ranking(scores: dict[str, float]) -> list[Hit]:
    """Hits in the order given, with the given scores."""
    return [Hit(page_id=page, url=f"http://x/{page}", score=score)
            for page, score in scores.items()]


def order(hits: list[Hit]) -> list[str]:
    return [h.page_id for h in hits]


def test_a_passages_shared_words_and_meaning_count_alike():
    # A passage's words are not keywords a user chose: every page matching one of them
    # ("common words") or its first keyword pages being far in meaning demote nothing.
    keyword = ranking({f"p{i:02d}": 100.0 - i for i in range(20)})
    semantic = ranking({f"q{i}": 0.9 - i / 1000 for i in range(20)})
    parsed = parse_query(PASSAGE)
    plan = plan_fusion(parsed, 100, 100, keyword, semantic)
    assert plan.weights == {"keyword": 1.0, "semantic": 1.0}
    assert "passage" in plan.why and "most distinctive words" in plan.why
    # A page second in both rankings beats a page first in one and absent from the other.
    keyword = ranking({"kw-only": 9.0, "both": 8.0, "p": 7.0})
    semantic = ranking({"sem-only": 0.9, "both": 0.8, "q": 0.7})
    fused = fuse(plan, keyword, semantic)
    assert order(fused)[0] == "both" and fused[0].ranks == {"keyword": 2, "semantic": 2}
    assert all(hit.why == plan.why for hit in fused)


def test_a_short_passage_says_every_word_counted():
    parsed = parse_query("Ban Chỉ đạo phòng, chống dịch tỉnh yêu cầu các địa phương tăng cường "
                         "cách ly, xét nghiệm cho người dân")
    assert parsed.keyword.passage and not parsed.keyword.like
    plan = plan_fusion(parsed, 10, 100, ranking({"a": 1.0}), ranking({"a": 0.9}))
    assert plan.weights == {"keyword": 1.0, "semantic": 1.0}
    assert "pages sharing its words" in plan.why


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
