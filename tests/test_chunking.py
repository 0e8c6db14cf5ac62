"""Passages: whole sentences where possible, offsets into the page text, nothing lost."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.ingest.chunking import split_passages
from tests.conftest import SAMPLES

SAMPLES_PAGES = SAMPLES / "pages"


def _sentence(i: int, n: int = 10) -> str:
    words = [f"từ{i}x{j}" for j in range(n - 1)]
    return "Câu " + " ".join(words) + "."


def test_short_page_is_one_passage_with_its_offsets():
    text = "  Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19.\n"
    [passage] = split_passages("abc", text)
    assert passage.passage_id == "abc:0"
    assert passage.text == "Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19."
    assert text[passage.start : passage.end] == passage.text


def test_blank_page_gives_no_passage_unless_titled():
    assert split_passages("p", " \n\t ") == []
    [passage] = split_passages("p", "", title="Thông báo số 172-TB/TW")
    assert passage.text == "Thông báo số 172-TB/TW"


def test_long_page_is_split_with_offsets_into_the_text():
    text = "\n\n".join(" ".join(_sentence(10 * p + s) for s in range(8)) for p in range(6))
    passages = split_passages("p", text, words=180, overlap=30)
    assert len(passages) > 1
    assert [p.ordinal for p in passages] == list(range(len(passages)))
    for p in passages:
        assert p.text == text[p.start : p.end]
        assert p.text.strip() == p.text != ""
    assert all(len(p.text.split()) <= 180 for p in passages[:-1])
    assert len(passages[-1].text.split()) <= 180 + 45  # a short tail joins the last passage


def test_cuts_at_paragraph_breaks_when_one_is_in_reach():
    paragraphs = [" ".join(_sentence(10 * p + s) for s in range(7)) for p in range(5)]
    text = "\n\n".join(paragraphs)  # 70 words per paragraph
    passages = split_passages("p", text, words=180, overlap=30)
    for p in passages[:-1]:
        assert text[p.end :].startswith("\n\n"), "a passage ended inside a paragraph"


def test_cuts_at_sentence_ends_rather_than_mid_sentence():
    text = " ".join(_sentence(i, n=13) for i in range(60))  # one paragraph, 780 words
    passages = split_passages("p", text, words=180, overlap=30)
    assert len(passages) >= 4
    for p in passages[:-1]:
        assert p.text.endswith("."), p.text[-30:]
    for p in passages[1:]:
        assert p.text.startswith("Câu "), "overlap should start at a sentence"


def test_overlap_repeats_the_end_of_the_previous_passage():
    text = " ".join(f"w{i}" for i in range(1000))  # no boundaries at all
    passages = split_passages("p", text, words=100, overlap=20)
    for prev, cur in zip(passages, passages[1:], strict=False):
        shared = set(prev.text.split()) & set(cur.text.split())
        assert len(shared) == 20
        assert cur.start < prev.end


def test_title_goes_in_front_of_the_first_passage_only():
    text = " ".join(_sentence(i) for i in range(60))
    passages = split_passages("p", text, title="Chỉ thị số 07/CT-UBND")
    assert passages[0].text.startswith("Chỉ thị số 07/CT-UBND\nCâu")
    assert passages[0].start == 0
    assert not any(p.text.startswith("Chỉ thị") for p in passages[1:])


def test_title_is_not_repeated_when_the_text_opens_with_it():
    text = "Chỉ thị số 07/CT-UBND\nNội dung chỉ thị."
    [passage] = split_passages("p", text, title="Chỉ thị số 07/CT-UBND")
    assert passage.text == text


@pytest.mark.parametrize(("words", "overlap"), [(0, 0), (10, 10), (10, -1)])
def test_bad_sizes_are_refused(words, overlap):
    with pytest.raises(ValueError, match="words|overlap"):
        split_passages("p", "a b c", words=words, overlap=overlap)


def test_real_page_is_fully_covered():
    text = (SAMPLES_PAGES / "stp-kontum-2020-03-24.txt").read_text(encoding="utf-8")
    passages = split_passages("p", text)
    covered = set()
    for p in passages:
        covered.update(range(p.start, p.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


_word = st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyÀẢẠáàĐ0123456789.,;:", min_size=1,
                max_size=8)
_gap = st.sampled_from([" ", "  ", "\n", "\n\n", " \t"])


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_word, _gap), min_size=1, max_size=400),
       st.integers(5, 60), st.integers(0, 4))
def test_any_text_every_word_lands_in_a_passage(pieces, words, overlap_div):
    text = "".join(w + g for w, g in pieces)
    overlap = words * overlap_div // 5
    passages = split_passages("p", text, words=words, overlap=overlap)
    assert passages, "a non-blank text must give passages"
    covered = set()
    for p in passages:
        assert p.text == text[p.start : p.end] and p.text.strip()
        assert len(p.text.split()) <= words + words // 4
        covered.update(range(p.start, p.end))
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())
    starts = [p.start for p in passages]
    assert starts == sorted(set(starts))
