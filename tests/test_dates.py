"""Portal date formats and the publication date of a page."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.extract.cleaning import parse_html
from indexer.extract.evidence import choose_date, json_ld
from indexer.parsing.dates import find_publication_date, parse_date
from tests.conftest import SAMPLES

needs_samples = pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not present")
VN = timezone(timedelta(hours=7))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("07/08/2020 | 10:04", datetime(2020, 8, 7, 10, 4)),
        ("Ngày đăng 07/08/2020 | 10:04", datetime(2020, 8, 7, 10, 4)),
        ("( Cập nhật lúc: 25/03/2020 )", date(2020, 3, 25)),
        ("15:52 19/03/2020", datetime(2020, 3, 19, 15, 52)),
        ("3/24/2020 2:16:02 PM", datetime(2020, 3, 24, 14, 16, 2)),
        ("3/5/2020 2:16:02 PM", datetime(2020, 3, 5, 14, 16, 2)),  # AM/PM: .NET en-US, M/D/Y
        ("12/5/2020 12:05:00 AM", datetime(2020, 12, 5, 0, 5)),
        ("Thứ Hai, 16/03/2020 - 08:30", datetime(2020, 3, 16, 8, 30)),
        ("16-03-2020", date(2020, 3, 16)),
        ("16.03.2020", date(2020, 3, 16)),
        ("5/3/2020", date(2020, 3, 5)),  # Vietnamese default: D/M/Y
        ("2020-03-16", date(2020, 3, 16)),
        ("2020-03-16T08:30:00+07:00",
         datetime(2020, 3, 16, 8, 30, tzinfo=timezone(timedelta(hours=7)))),
        ("2020-03-16T01:30:00Z", datetime(2020, 3, 16, 1, 30, tzinfo=UTC)),
        ("ngày 21 tháng 12 năm 2020", date(2020, 12, 21)),
        ("Kon Tum, ngày 05 tháng 8 năm 2014", date(2014, 8, 5)),
        ("Cập nhật: 10/3/2020 9:15:00 SA", datetime(2020, 3, 10, 9, 15)),
        ("Cập nhật: 10/3/2020 9:15:00 CH", datetime(2020, 3, 10, 21, 15)),
        ("10h30 ngày 16/3/2020", datetime(2020, 3, 16, 10, 30)),
        ("Đăng lúc 08:05, 02/04/2021", datetime(2021, 4, 2, 8, 5)),
        # JSON-LD as some portals write it: a space before the offset, no colon in it.
        ("2026-03-07T08:52:11.000 +07:00", datetime(2026, 3, 7, 8, 52, 11, tzinfo=VN)),
        ("2025-10-09T17:55:47+0700", datetime(2025, 10, 9, 17, 55, 47, tzinfo=VN)),
        # 2012-era datelines: a two-digit year with its time, the day part in words.
        ("Xã hội | Cập nhật thứ hai, ngày 24/12/12 11:05 tối", datetime(2012, 12, 24, 23, 5)),
        ("Cập nhật thứ sáu, ngày 30/11/12 04:00 chiều", datetime(2012, 11, 30, 16, 0)),
        ("10:00 sáng 16/03/2020", datetime(2020, 3, 16, 10, 0)),
    ],
)
def test_parse_date_formats(value: str, expected: date | datetime) -> None:
    assert parse_date(value) == expected


@pytest.mark.parametrize(
    ("value", "order", "expected"),
    [
        ("5/3/2020", "mdy", date(2020, 5, 3)),
        ("5/3/2020", "dmy", date(2020, 3, 5)),
        ("3/24/2020", "dmy", date(2020, 3, 24)),  # 24 cannot be a month: the hint yields
        ("24/3/2020", "mdy", date(2020, 3, 24)),
        ("3/5/2020 2:16:02 PM", "dmy", datetime(2020, 5, 3, 14, 16, 2)),  # the site knows best
    ],
)
def test_order_hint(value: str, order: str, expected: date) -> None:
    assert parse_date(value, order=order) == expected


@pytest.mark.parametrize(
    "value",
    ["", "không có ngày", "31/02/2020", "13/13/2020", "2020-2025", "COVID-19", "15:52",
     "1/2", "Số 07/CT-UBND", "02603.862479", "ngày 18/3", "phiên bản 1.2.20",
     "văn bản số 24/12/12 của UBND"],
)
def test_no_date(value: str) -> None:
    assert parse_date(value) is None


# ---- publication date of a page ------------------------------------------------------------
def _gold_pages() -> list[dict]:
    if not SAMPLES.exists():
        return []
    return json.loads((SAMPLES / "pages" / "gold.json").read_text(encoding="utf-8"))["pages"]


PUBLISHED_AT = {
    "bantoc-daknong-2020-08-07.txt": "2020-08-07T10:04:00",
    "bonoivu-2020-03-19.txt": "2020-03-19T15:52:00",
    "stp-kontum-2020-03-24.txt": "2020-03-24T14:16:02",
}


@needs_samples
@pytest.mark.parametrize("page", _gold_pages(), ids=lambda p: p["file"])
@pytest.mark.parametrize("with_title", [True, False], ids=["title", "no-title"])
def test_sample_pages_publication_date(page: dict, with_title: bool) -> None:
    text = (SAMPLES / "pages" / page["file"]).read_text(encoding="utf-8")
    published = find_publication_date(text, title=page["title"] if with_title else None)
    assert published == PUBLISHED_AT[page["file"]]
    assert datetime.fromisoformat(published).date().isoformat() == page["published"]


@needs_samples
def test_header_and_cited_dates_are_never_the_publication_date() -> None:
    text = (SAMPLES / "pages" / "stp-kontum-2020-03-24.txt").read_text(encoding="utf-8")
    without_dateline = text.replace("3/24/2020 2:16:02 PM", "")
    # What is left: the 2022 "today" banner and the dates of cited documents.
    assert find_publication_date(without_dateline) is None
    title = "Tỉnh ủy Kon Tum chỉ đạo tiếp tục tăng cường phòng, chống dịch bệnh Covid-19"
    assert find_publication_date(without_dateline, title=title) is None


PAGE_HEAD = "Trang chủ | Tin tức\nSở Tư pháp tỉnh Kon Tum tổ chức hội nghị tập huấn\n"
BODY = ("Ngày 14/7/2020, Sở Tư pháp tổ chức hội nghị triển khai Chỉ thị số 07/CT-UBND, ngày "
        "10/7/2020 của UBND tỉnh về công tác phổ biến pháp luật trên địa bàn tỉnh.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (PAGE_HEAD + "Ngày đăng 07/08/2020 | 10:04 | View count: 1802\n" + BODY,
         "2020-08-07T10:04:00"),
        (PAGE_HEAD + "( Cập nhật lúc: 25/03/2020 )\n" + BODY, "2020-03-25"),
        (PAGE_HEAD + "Ngày xuất bản: 16-03-2020\n" + BODY, "2020-03-16"),
        (PAGE_HEAD + "Đăng lúc: 08:30 16/03/2020\n" + BODY, "2020-03-16T08:30:00"),
        (PAGE_HEAD + "Thứ Hai, 16/03/2020 - 08:30\n" + BODY, "2020-03-16T08:30:00"),
        (PAGE_HEAD + "2020-03-16T08:30:00+07:00\n" + BODY, "2020-03-16T08:30:00+07:00"),
        (PAGE_HEAD + "Cập nhật: 10/3/2020 9:15:00 CH\n" + BODY, "2020-03-10T21:15:00"),
        (PAGE_HEAD + "Trung Hiếu - 16/03/2020\n" + BODY, "2020-03-16"),
        ("Thứ Bảy, ngày 27 tháng 11 năm 2022\n" + PAGE_HEAD + "16/03/2020 08:30\n" + BODY,
         "2020-03-16T08:30:00"),
        ("Hôm nay: 27/11/2022\n" + PAGE_HEAD + BODY, None),
        (PAGE_HEAD + BODY, None),
        ("", None),
    ],
)
def test_publication_date_forms(text: str, expected: str | None) -> None:
    assert find_publication_date(text) == expected


def test_a_sites_other_dates_reveal_month_first() -> None:
    text = ("Tin mới\nUBND tỉnh họp bàn phòng chống dịch\n3/5/2020 10:00:00\n" + BODY +
            "Tin liên quan\nHội nghị trực tuyến\n3/20/2020 09:00:00\n")
    assert find_publication_date(text) == "2020-03-05T10:00:00"
    assert find_publication_date(text, order="dmy") == "2020-05-03T10:00:00"


def test_day_first_is_kept_when_the_site_shows_it() -> None:
    text = ("Tin mới\nUBND tỉnh họp bàn phòng chống dịch\n3/5/2020 10:00\n" + BODY +
            "Tin liên quan\nHội nghị trực tuyến\n20/3/2020 09:00\n")
    assert find_publication_date(text) == "2020-05-03T10:00:00"


def test_title_picks_the_dateline_after_it() -> None:
    text = ("Tin mới nhất\nHội nghị sơ kết công tác\n01/04/2020\n"
            "Sở Tư pháp tổ chức hội nghị tập huấn\n16/03/2020\n" + BODY)
    assert find_publication_date(text) == "2020-04-01"
    assert find_publication_date(text, title="Sở Tư pháp tổ chức hội nghị tập huấn") == (
        "2020-03-16")


def test_dates_of_cited_documents_are_not_publication_dates() -> None:
    text = ("Thực hiện Thông báo số 172-TB/TW, ngày 21-3-2020 của Bộ Chính trị, ngày 24 tháng 3 "
            "năm 2020 Tỉnh ủy Kon Tum ban hành văn bản số 1025-CV/TU để chỉ đạo thực hiện.")
    assert find_publication_date(text) is None


# ---- the publication date of an HTML page, from every place it states one ------------------
SHOWN = ("Chủ nhật, ngày 27 tháng 11 năm 2022\nTrang chủ\nSở Tư pháp tổ chức hội nghị tập huấn\n"
         "Minh Anh\n- 16/03/2020 08:30\n" + BODY)
TITLE = "Sở Tư pháp tổ chức hội nghị tập huấn"


@pytest.mark.parametrize(
    ("meta", "ld", "url", "expected", "source"),
    [
        # Declared in markup: a meta tag first; a UTC time is given as Vietnam's local day.
        ({"article:published_time": "2020-03-15T17:30:00Z"}, {}, "",
         "2020-03-16T00:30:00+07:00", "meta:article:published_time"),
        # JSON-LD that is not ISO is read all the same (the portal rules, then dateparser).
        ({}, {"datePublished": "2020-03-16T08:30:00.000 +07:00"}, "",
         "2020-03-16T08:30:00+07:00", "json-ld"),
        ({}, {"datePublished": "Mon, 16 Mar 2020 08:30:00 +0700"}, "",
         "2020-03-16T08:30:00+07:00", "json-ld"),
        # Shown only: the dateline under the headline, not the header's "today" banner nor
        # the date of the document the body cites.
        ({}, {}, "", "2020-03-16T08:30:00", "dateline"),
    ],
)
def test_html_date_from_each_place_a_page_states_it(meta, ld, url, expected, source) -> None:
    chosen = choose_date(meta, ld=ld, shown=SHOWN, title=TITLE, url=url)
    assert (chosen.value, chosen.source) == (expected, source)


def test_html_date_follows_the_site_profile_order() -> None:
    shown = f"{TITLE}\n03/04/2020 08:30\n{BODY}"
    assert choose_date({}, shown=shown, title=TITLE, order="mdy").value == "2020-03-04T08:30:00"
    assert choose_date({}, shown=shown, title=TITLE, order="dmy").value == "2020-04-03T08:30:00"


def test_html_date_from_the_url_and_never_from_cited_documents() -> None:
    no_dateline = f"{TITLE}\n{BODY}"
    assert choose_date({}, shown=no_dateline, title=TITLE).value is None
    chosen = choose_date({}, shown=no_dateline, title=TITLE, url="http://a.vn/2020/03/16/tin.html")
    assert (chosen.value, chosen.source) == ("2020-03-16", "url")
    relative = choose_date({}, ld={"datePublished": "hôm qua"}, shown=no_dateline, title=TITLE)
    assert relative.value is None  # never the crawl day


def test_json_ld_is_read_even_when_it_is_not_valid_json() -> None:
    page = parse_html(
        '<html><head><script type="application/ld+json">{"@graph": [{"@type": "NewsArticle",'
        ' "headline": "Tin A", "datePublished": "2020-03-16T08:30:00+07:00"}]}</script>'
        '<script type="application/ld+json">{"headline": "Tin B", "datePublished": "x",}'
        "</script></head><body><p>x</p></body></html>")
    assert json_ld(page) == {"headline": "Tin A", "datePublished": "2020-03-16T08:30:00+07:00"}
    broken = parse_html('<html><head><script type="application/ld+json">{"datePublished": '
                        '"2026-03-07T08:52:11.000 +07:00",}</script></head><body></body></html>')
    assert json_ld(broken) == {"datePublished": "2026-03-07T08:52:11.000 +07:00"}


# ---- robustness -----------------------------------------------------------------------------
_FRAGMENTS = st.sampled_from([
    "1", "12", "2020", "/", "-", ".", ":", " ", "\n", "|", "ngày", "tháng", "năm", "Thứ Hai,",
    "Cập nhật lúc:", "Ngày đăng", "AM", "PM", "SA", "CH", "h", "T", "+07:00", "Z", "Chủ nhật",
    "3/24/2020", "2:16:02", "(", ")", "lúc",
])
_TEXTISH = st.one_of(
    st.text(max_size=300),
    st.lists(_FRAGMENTS, max_size=150).map("".join),
    st.tuples(st.lists(_FRAGMENTS, max_size=8).map("".join), st.integers(1, 3000)).map(
        lambda pair: pair[0] * pair[1]),
)


@settings(max_examples=150, deadline=2000)
@given(_TEXTISH, st.sampled_from([None, "dmy", "mdy"]))
def test_dates_never_raise(text: str, order: str | None) -> None:
    value = parse_date(text, order=order)
    assert value is None or isinstance(value, date)
    published = find_publication_date(text, order=order, title=text[:40] or None)
    assert published is None or datetime.fromisoformat(published)
