"""The query grammar, parsed once for every store: a table of what users type and mean."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from indexer.errors import InputError
from indexer.models import SearchFilters, Term
from indexer.query.parse import parse_keywords, parse_query


def shape(text: str) -> tuple[list[list[str]], list[str]]:
    """Groups and exclusions as plain strings; phrases in quotes."""
    parsed = parse_keywords(text)

    def show(term: Term) -> str:
        return f'"{term.text}"' if term.phrase else term.text

    return [[show(t) for t in group] for group in parsed.groups], [
        show(t) for t in parsed.excluded
    ]


@pytest.mark.parametrize(
    ("typed", "groups", "excluded"),
    [
        ("phòng chống dịch", [["phòng"], ["chống"], ["dịch"]], []),
        ('"phòng, chống dịch" Kon Tum', [['"phòng, chống dịch"'], ["Kon"], ["Tum"]], []),
        ("“phòng chống” dịch", [['"phòng chống"'], ["dịch"]], []),  # typographic quotes
        ("bão OR lũ sơ tán", [["bão", "lũ"], ["sơ"], ["tán"]], []),
        ("dịch -covid", [["dịch"]], ["covid"]),
        ("dịch NOT covid", [["dịch"]], ["covid"]),
        ('dịch -"cách ly"', [["dịch"]], ['"cách ly"']),
        ("dịch AND bệnh", [["dịch"], ["bệnh"]], []),
        ("07/CT-UBND", [['"07/CT-UBND"']], []),  # joined by punctuation: words in order
        ("COVID-19 phòng,", [['"COVID-19"'], ["phòng"]], []),
        ("Khánh Hoà", [["Khánh"], ["Hòa"]], []),  # one tone style
        ("OR dịch", [["dịch"]], []),  # an operator with nothing before it is ignored
        ("- …", [], []),  # punctuation only: nothing to search
        ('"" dịch', [["dịch"]], []),
    ],
)
def test_grammar(typed, groups, excluded):
    assert shape(typed) == (groups, excluded)


def test_empty_text_browses_and_punctuation_matches_nothing():
    assert parse_keywords("   ").browse
    nothing = parse_keywords("– …")
    assert not nothing.browse and not nothing.groups and not nothing.excluded


def test_proximity_only_for_plain_words():
    assert parse_keywords("phòng chống dịch").proximity_words == ["phòng", "chống", "dịch"]
    assert parse_keywords("dịch").proximity_words == []
    assert parse_keywords("bão OR lũ sơ tán").proximity_words == []
    assert parse_keywords('"cách ly" dịch').proximity_words == []


def test_parsed_query_carries_mode_number_and_filters():
    filters = SearchFilters(province="Kon Tum")
    parsed = parse_query("  Chỉ thị số 16/CT-TTg ", "semantic", filters)
    assert parsed.number == "16/CT-TTg" and parsed.mode == "semantic"
    assert parsed.keyword.filters == filters and parsed.text == "Chỉ thị số 16/CT-TTg"
    assert parse_query("", "hybrid").mode == "keyword"  # nothing to embed: browse
    assert parse_query("phong chong dich").unaccented
    assert not parse_query("phòng chống dịch").unaccented
    with pytest.raises(InputError, match="hybrid, keyword, semantic"):
        parse_query("dịch", "fuzzy")


@given(st.text(max_size=80))
def test_nothing_a_user_types_raises(text):
    parsed = parse_keywords(text)
    for term in parsed.terms + parsed.excluded:
        assert term.text.strip()


def test_a_pasted_passage_asks_for_pages_like_it():
    passage = ("Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh yêu cầu các địa phương tăng cường "
               "cách ly, xét nghiệm và tiêm vắc-xin cho người dân")
    parsed = parse_keywords(passage)
    assert parsed.passage and len(parsed.groups) == 1  # any of its words may match
    assert {t.text for t in parsed.groups[0]} >= {"Covid-19", "xét", "nghiệm", "vắc-xin"}
    assert parsed.proximity_words == []
    assert not parse_keywords("phòng chống dịch Covid-19 tại Kon Tum").passage
