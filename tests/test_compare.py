"""Comparing provinces: who answered a directive with a page of its own (copies of the
directive do not count), how fast and how much; a topic per province and month; the tile
map's grid; and `bulletin compare` on the demo archive, checked against its truth."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest

from indexer.parsing.gazetteer import PROVINCES, current_province
from indexer.query.chains import build_chain
from indexer.query.compare import (
    ProvinceAnswer,
    by_current_province,
    merge_counts,
    province_view,
    topic_view,
)
from tests.conftest import REPO, run_bulletin
from tests.test_ui_app import ANSWERS, FakeSearchService

ARTICLES = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]


@pytest.fixture
def fake() -> FakeSearchService:
    return FakeSearchService(ANSWERS)


def test_copies_of_the_directive_are_not_answers(fake):
    view = province_view(build_chain(fake, "172-TB/TW"), fake.pages.get)
    first = {answer.province: answer.page_id for answer in view.provinces}
    assert first == {"Kon Tum": "kontum1", "Thừa Thiên Huế": "hue1", "Đắk Nông": "daknong1"}
    assert {page.page_id: page.reason for page in view.skipped} == {
        "kontum_copy": "copied_text",  # mostly the Politburo's own words
        "kontum_doc": "the_document",  # the directive itself, on a provincial portal
        "daknong_repost": "repost",  # a near-duplicate of the central page
    }
    kon_tum = view.provinces[0]
    assert (kon_tum.first_response, kon_tum.lag_days, kon_tum.pages) == ("2020-03-24", 3, 2)
    assert kon_tum.province_current == "Quảng Ngãi"
    assert view.issued == "2020-03-21"


def test_a_repost_within_one_province_still_counts_as_its_own():
    pages = {p.page_id: p for p in ANSWERS if p.page_id in {"tw", "kontum1"}}
    twin = pages["kontum1"].model_copy(update={"page_id": "kontum1b", "url": "https://b.vn/x.html",
                                       "published": "2020-03-25", "duplicate_of": "kontum1"})
    fake = FakeSearchService([*pages.values(), twin])
    view = province_view(build_chain(fake, "172-TB/TW"), fake.pages.get)
    assert [(a.province, a.pages) for a in view.provinces] == [("Kon Tum", 2)]
    assert view.skipped == []


def test_merged_provinces_take_the_earliest_answer_and_add_up_pages():
    def answer(province: str, day: str, lag: int, pages: int) -> ProvinceAnswer:
        return ProvinceAnswer(province=province, province_current=current_province(province),
                              first_response=day, lag_days=lag, pages=pages,
                              agencies=[f"UBND tỉnh {province}"])

    merged = by_current_province([answer("Quảng Ngãi", "2020-04-05", 5, 2),
                                  answer("Kon Tum", "2020-04-02", 2, 1),
                                  answer("Hà Nội", "2020-04-01", 1, 4)])
    assert [(m.province_current, m.first_response, m.lag_days, m.pages) for m in merged] == [
        ("Hà Nội", "2020-04-01", 1, 4), ("Quảng Ngãi", "2020-04-02", 2, 3)]
    assert merged[1].provinces == ["Quảng Ngãi", "Kon Tum"]
    assert merged[1].agencies == ["UBND tỉnh Kon Tum", "UBND tỉnh Quảng Ngãi"]


def test_topic_view_counts_every_province_and_fills_month_gaps(fake):
    view = topic_view(fake.facets, "phòng chống dịch", total=9)
    assert view.totals() == {"Kon Tum": 4, "Thừa Thiên Huế": 1, "Đắk Nông": 3}
    assert view.months[0] == "2020-03" and view.months[-1] == "2021-02"
    assert len(view.months) == 12  # March 2020 to February 2021, empty months included
    assert merge_counts({"Kon Tum": {"2020-03": 1}, "Quảng Ngãi": {"2020-03": 2}}) == {
        "Quảng Ngãi": {"2020-03": 3}}


def test_tile_grid_has_every_province_once_in_its_place():
    from search_ui.tilemap import tiles

    before, after = tiles(merged=False), tiles(merged=True)
    assert sorted(before["name"]) == sorted(PROVINCES)
    assert sorted(after["name"]) == sorted({current_province(p) for p in PROVINCES})
    for grid in (before, after):
        assert not grid.duplicated(["col", "row"]).any()
        row = dict(zip(grid["name"], grid["row"], strict=True))
        assert row["Hà Nội"] < row["Đà Nẵng"] < row["Hồ Chí Minh"] < row["Cà Mau"]
        assert (grid["label"].str.len() <= 12).all()  # fits on a tile
    # north stays north: a merged province is never drawn above one whose former
    # provinces all lie further north
    rows_before = dict(zip(before["name"], before["row"], strict=True))
    rows_after = dict(zip(after["name"], after["row"], strict=True))
    span = {name: [rows_before[p] for p in PROVINCES if current_province(p) == name]
            for name in rows_after}
    for upper in rows_after:
        for lower in rows_after:
            if max(span[upper]) < min(span[lower]):
                assert rows_after[upper] <= rows_after[lower], (upper, lower)


# --- `bulletin compare` on the crawled demo portals ---------------------------------------

def _truth(number: str) -> dict[str, dict]:
    """Per province, from the demo's truth: the articles implementing `number` that are not
    reposts, and the earliest date among them and the documents they attach."""
    truth: dict[str, dict] = {}
    for article in ARTICLES:
        if (not article["province"] or article["duplicate_of"]
                or number not in article["implements"]):
            continue
        days = [date.fromisoformat(article["published"][:10])]
        for attachment in article["attachments"]:  # "Công văn số 759/UBND-KGVX ngày 01/4/2020"
            if found := re.search(r"ngày (\d{1,2})/(\d{1,2})/(\d{4})", attachment["label"]):
                d, m, y = map(int, found.groups())
                days.append(date(y, m, d))
        entry = truth.setdefault(article["province"], {"first": min(days), "articles": set()})
        entry["first"] = min(entry["first"], *days)
        entry["articles"].add(article["url"])
    return truth


@pytest.mark.slow
def test_cli_compare_lists_every_province_that_answered_16_ct_ttg(demo_archive: Path):
    done = run_bulletin("compare", "16/CT-TTg", "--json", data_dir=demo_archive)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    truth = _truth("16/CT-TTg")
    issued = date(2020, 3, 31)  # the central page announcing the directive, vpcp-04
    rows = {row["province"]: row for row in answer["provinces"]}
    assert set(rows) == set(truth) == {"Kon Tum", "Thừa Thiên Huế", "Đắk Nông"}
    reposts = {a["url"] for a in ARTICLES if a["duplicate_of"]}
    for province, row in rows.items():
        assert row["province_current"] == current_province(province)
        assert row["first_response"] == truth[province]["first"].isoformat(), province
        assert row["lag_days"] == (truth[province]["first"] - issued).days
        assert isinstance(row["lag_days"], int)
        assert row["pages"] >= len(truth[province]["articles"])
        assert row["agencies"] and row["url"] not in reposts
    # Kon Tum's portal republished the government's news of the directive first (kontum-06)
    assert [page["reason"] for page in answer["skipped"]] == ["repost"]
    assert answer["skipped"][0]["province"] == "Kon Tum"
    lags = [row["lag_days"] for row in answer["provinces"]]
    assert lags == sorted(lags)


@pytest.mark.slow
def test_cli_compare_with_a_topic_and_bad_input(demo_archive: Path):
    done = run_bulletin("compare", "Chỉ thị 16/CT-TTg", "--topic", "cách ly toàn xã hội",
                        "--json", data_dir=demo_archive)
    assert done.returncode == 0, done.stderr[-2000:]
    topic = json.loads(done.stdout)["topic"]
    assert topic["query"] == "cách ly toàn xã hội" and topic["total"] >= 2
    assert all(re.fullmatch(r"\d{4}-\d{2}", month) for months in topic["counts"].values()
               for month in months)
    table = run_bulletin("compare", "16/CT-TTg", data_dir=demo_archive)
    assert table.returncode == 0 and "Quảng Ngãi" in table.stdout and "Lâm Đồng" in table.stdout
    for bad in ("hello", "   "):
        refused = run_bulletin("compare", bad, data_dir=demo_archive)
        assert refused.returncode == 2
        assert refused.stderr.startswith("error:") and len(refused.stderr.splitlines()) == 1
