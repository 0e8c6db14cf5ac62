"""The Streamlit UI, driven by `AppTest` over an in-memory SearchService."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from indexer.models import Citation, Hit, Page, SearchFilters, SearchResults

APP = str(Path(__file__).resolve().parent.parent / "search_ui" / "app.py")


def _page(page_id: str, title: str, published: str, province: str | None, text: str,
          cites: tuple[str, ...] = (), own_number: str | None = None,
          agency: str = "UBND tỉnh") -> Page:
    citations = []
    for number in cites:
        start = text.index(number)
        citations.append(Citation(number=number, start=start, end=start + len(number),
                                  date="2020-03-21" if number == "172-TB/TW" else None))
    return Page(page_id=page_id, url=f"https://{page_id}.gov.vn/tin/{page_id}.html",
                title=title, published=published, province=province, agency=agency,
                text=text, citations=citations, own_number=own_number)


PAGES = [
    _page("kontum1", "Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19", "2020-03-24",
          "Kon Tum", "Thực hiện Thông báo số 172-TB/TW của Bộ Chính trị về phòng, chống dịch "
          "Covid-19, Tỉnh ủy ban hành văn bản số 1025-CV/TU.",
          cites=("172-TB/TW", "1025-CV/TU"), agency="Sở Tư pháp"),
    _page("daknong1", "Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19", "2020-08-07",
          "Đắk Nông", "Thực hiện Chỉ thị số 07/CT-UBND và Thông báo 172-TB/TW, Ban Dân tộc "
          "triển khai phòng chống dịch Covid-19.", cites=("07/CT-UBND", "172-TB/TW"),
          agency="Ban Dân tộc"),
    _page("daknong2", "Hội nghị phòng chống dịch Covid-19 tại Gia Nghĩa", "2021-02-01",
          "Đắk Nông", "UBND tỉnh họp về phòng chống dịch Covid-19 sau Tết."),
    _page("evil", "Trang có <script>alert(1)</script> phòng chống dịch", "2020-05-05",
          "Kon Tum", "Nội dung <script>alert(1)</script> và <img src=x onerror=alert(1)> "
          "phòng chống dịch, theo 172-TB/TW.", cites=("172-TB/TW",)),
    _page("tw", "Thông báo 172-TB/TW của Bộ Chính trị", "2020-03-21", None,
          "Bộ Chính trị thông báo về công tác phòng, chống dịch Covid-19.",
          own_number="172-TB/TW", agency="Bộ Chính trị"),
]


class FakeSearchService:
    """Same methods and return types as `SearchService`, over a list of pages."""

    def __init__(self, pages: list[Page]):
        self.pages = {page.page_id: page for page in pages}
        self.calls: list[tuple] = []

    def _matches(self, query: str, filters: SearchFilters) -> list[Page]:
        words = query.lower().replace('"', "").split()
        found = []
        for page in self.pages.values():
            haystack = f"{page.title} {page.text}".lower()
            day = page.published_date
            if (all(word in haystack for word in words)
                    and filters.province in (None, page.province)
                    and filters.agency in (None, page.agency)
                    and (not filters.date_from or (day and day >= filters.date_from))
                    and (not filters.date_to or (day and day <= filters.date_to))):
                found.append(page)
        return sorted(found, key=lambda page: page.published or "", reverse=True)

    def _hit(self, page: Page, query: str = "") -> Hit:
        snippet = page.text[:200]
        spans = []
        for word in query.lower().split():
            spans += [(m.start(), m.end()) for m in re.finditer(re.escape(word), snippet.lower())]
        return Hit(page_id=page.page_id, score=1.0, title=page.title, url=page.url,
                   published=page.published, province=page.province, agency=page.agency,
                   snippet=snippet, highlights=spans)

    def search(self, query: str, *, mode: str = "hybrid", filters: SearchFilters | None = None,
               limit: int = 10, offset: int = 0) -> SearchResults:
        filters = filters or SearchFilters()
        self.calls.append(("search", query, mode, filters, limit, offset))
        matches = self._matches(query, filters)
        facets = self.facets(query, filters)
        hits = [self._hit(page, query) for page in matches[offset : offset + limit]]
        return SearchResults(query=query, mode=mode, total=len(matches), hits=hits,
                             facets=facets)

    def document(self, page_id: str) -> Page | None:
        return self.pages.get(page_id)

    def cites(self, page_id: str) -> list[Citation]:
        page = self.pages.get(page_id)
        return list(page.citations) if page else []

    def cited_by(self, number: str, limit: int = 50) -> list[Hit]:
        return [self._hit(page) for page in self.pages.values()
                if number in {c.number for c in page.citations} or page.own_number == number
                ][:limit]

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        return [self._hit(page) for page in self.pages.values() if page.page_id != page_id][:limit]

    def facets(self, query: str = "", filters: SearchFilters | None = None) -> dict:
        facets: dict[str, dict[str, int]] = {"province": {}, "agency": {}, "year": {},
                                             "month": {}}
        for page in self._matches(query, filters or SearchFilters()):
            for name, value in (("province", page.province), ("agency", page.agency),
                                ("year", (page.published or "")[:4]),
                                ("month", (page.published or "")[:7])):
                if value:
                    facets[name][value] = facets[name].get(value, 0) + 1
        return facets

    def chain(self, number: str, hops: int = 1, max_pages: int = 150):
        from indexer.query.chains import build_chain

        return build_chain(self, number, hops=hops, max_pages=max_pages)

    def first_responses(self, number: str):
        from indexer.query.compare import first_responses

        return first_responses(self.chain(number))

    def monthly_counts(self, topic: str, provinces: list[str]) -> dict:
        from indexer.query.compare import monthly_counts

        return monthly_counts(self.facets, topic, provinces)

    def province_view(self, number: str):
        from indexer.errors import InputError
        from indexer.parsing.citations import number_named_by
        from indexer.query.compare import province_view

        if not number_named_by(number):
            raise InputError(f"{number!r} is not a document number")
        self.calls.append(("province_view", number))
        return province_view(self.chain(number_named_by(number)), self.pages.get,
                             number=number_named_by(number))

    def topic_view(self, topic: str, *, merged: bool = False):
        from indexer.query.compare import topic_view

        self.calls.append(("topic_view", topic, merged))
        return topic_view(self.facets, topic, len(self._matches(topic, SearchFilters())),
                          merged=merged)

    def related(self, page_id: str, limit: int = 10) -> list:
        from indexer.query.related import Reason, RelatedPage

        return [RelatedPage(hit=hit, score=0.5, reasons=[Reason(kind="similar_text", weight=0.5)])
                for hit in self.similar(page_id, limit)]

    def warm_up(self) -> None:
        self.calls.append(("warm_up",))

    def stats(self) -> dict:
        provinces: dict[str, int] = {}
        for page in self.pages.values():
            if page.province:
                provinces[page.province] = provinces.get(page.province, 0) + 1
        return {"pages": len(self.pages), "provinces": provinces}


CURRENT: list[FakeSearchService] = []


def fake_service() -> FakeSearchService:
    """Factory named by BULLETIN_UI_SERVICE in these tests."""
    return CURRENT[-1]


def sample_service() -> FakeSearchService:
    """Factory for a UI served in another process (browser tests, manual checks)."""
    return FakeSearchService(PAGES)


@pytest.fixture
def service(monkeypatch) -> FakeSearchService:
    from search_ui.service import open_service_cached

    fake = FakeSearchService(PAGES)
    CURRENT.append(fake)
    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:fake_service")
    open_service_cached.clear()
    yield fake
    CURRENT.remove(fake)
    open_service_cached.clear()


def _app(**params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=30)
    at.query_params.update(params)
    return at.run()


def _html(at: AppTest) -> str:
    return "\n".join(element.value for element in at.markdown)


def _titles(at: AppTest) -> list[str]:
    return re.findall(r'target="_self">([^<]*)</a></div>', _html(at))


def test_search_shows_results_with_metadata_and_highlights(service):
    at = _app()
    assert not at.exception
    at.text_input(key="w_q").input("Covid-19").run()
    assert not at.exception
    assert at.query_params["q"] == "Covid-19"
    body = _html(at)
    assert "Hội nghị phòng chống dịch Covid-19 tại Gia Nghĩa" in body
    assert "2020-03-24 · Kon Tum · Sở Tư pháp" in body
    assert "https://kontum1.gov.vn/tin/kontum1.html" in body
    assert "<mark>covid-19</mark>" in body.lower()
    # the title opens the document view, carrying the search for the way back
    assert 'href="./?doc=kontum1&amp;q=Covid-19"' in body
    assert service.calls[-1][2] == "hybrid"


def test_query_in_url_runs_the_search_on_load(service):
    at = _app(q="Covid-19", mode="keyword")
    assert not at.exception
    assert service.calls and service.calls[-1][1:3] == ("Covid-19", "keyword")
    assert at.text_input(key="w_q").value == "Covid-19"
    assert at.radio(key="w_mode").value == "keyword"
    assert len(_titles(at)) == 4  # the evil page's title mentions no Covid-19


def test_province_filter_narrows_results_and_lands_in_the_url(service):
    at = _app(q="phòng chống dịch")
    before = _titles(at)
    assert len(before) == 5
    options = at.selectbox(key="w_province").options
    assert "Đắk Nông (2)" in options and "Kon Tum (2)" in options
    at.selectbox(key="w_province").select("Đắk Nông").run()
    assert not at.exception
    assert at.query_params["province"] == "Đắk Nông"
    after = _titles(at)
    assert len(after) == 2 and set(after) < set(before)
    assert service.calls[-1][3].province == "Đắk Nông"


def test_date_range_filter_is_passed_to_the_service(service):
    at = _app(q="Covid-19", province="dak nong")  # any spelling of a province works
    at.date_input(key="w_from").set_value(date(2021, 1, 1)).run()
    assert not at.exception
    filters = service.calls[-1][3]
    assert filters.province == "Đắk Nông" and filters.date_from == date(2021, 1, 1)
    assert _titles(at) == ["Hội nghị phòng chống dịch Covid-19 tại Gia Nghĩa"]
    assert at.query_params["from"] == "2021-01-01"


def test_filters_without_words_browse_newest_first(service):
    at = _app(province="Đắk Nông")
    assert not at.exception
    assert service.calls[-1][1] == "" and service.calls[-1][3].province == "Đắk Nông"
    assert _titles(at) == ["Hội nghị phòng chống dịch Covid-19 tại Gia Nghĩa",
                           "Đảm bảo an ninh, trật tự và phòng chống dịch Covid-19"]
    assert "2 trang, mới nhất trước" in _html(at)


def test_no_query_and_no_filter_shows_what_the_archive_holds(service):
    at = _app()
    assert not at.exception
    assert "5 trang" in at.info[0].value
    assert not [call for call in service.calls if call[0] == "search"]


def test_bad_url_parameters_give_a_clear_warning(service):
    at = _app(q="Covid-19", mode="fuzzy", to="yesterday", province="Atlantis")
    assert not at.exception
    warnings = " ".join(w.value for w in at.warning)
    assert "mode='fuzzy'" in warnings and "to='yesterday'" in warnings
    assert "province='Atlantis'" in warnings and service.calls[-1][3].province is None
    assert service.calls[-1][2] == "hybrid"


def test_pagination_moves_through_results(service):
    many = [_page(f"p{i}", f"Bài số {i} về phòng chống dịch", f"2020-04-{i + 1:02d}",
                  "Kon Tum", "phòng chống dịch") for i in range(12)]
    service.pages = {page.page_id: page for page in many}
    at = _app(q="phòng chống dịch")
    assert "Trang 1/2" in _html(at)
    first = _titles(at)
    at.button(key="page_next").click().run()
    assert not at.exception
    assert at.query_params["page"] == "2"
    assert service.calls[-1][5] == 10
    assert "Trang 2/2" in _html(at)
    assert set(_titles(at)).isdisjoint(first)
    beyond = _app(q="phòng chống dịch", page="7")
    assert "chỉ có 2 trang" in beyond.warning[0].value
    beyond.button(key="page_back").click().run()
    assert beyond.query_params["page"] == "2"


def test_document_view_shows_text_metadata_citations_and_links(service):
    at = _app(doc="kontum1", q="Covid-19", province="Kon Tum")
    assert not at.exception
    body = _html(at)
    assert 'href="./?q=Covid-19&amp;province=Kon+Tum"' in body  # back to the results
    assert "Tỉnh ủy Kon Tum chỉ đạo phòng, chống dịch Covid-19" in body
    assert "Sở Tư pháp" in body and "https://kontum1.gov.vn/tin/kontum1.html" in body
    # cited numbers are marked in the text, with what is known about them as a tooltip
    assert '<mark title="172-TB/TW · 2020-03-21">172-TB/TW</mark>' in body
    assert "<mark title=\"1025-CV/TU\">1025-CV/TU</mark>" in body
    # the cited-documents table links each number to its citation chain
    assert 'href="./chain?number=172-TB%2FTW"' in body
    # cited by: the other pages citing 172-TB/TW, not this page itself
    assert 'href="./?doc=daknong1&amp;q=' in body and 'href="./?doc=kontum1&amp;q=' not in body
    # similar pages
    assert 'href="./?doc=daknong2&amp;q=' in body


def test_document_view_of_an_unknown_page_says_so(service):
    at = _app(doc="nope")
    assert not at.exception
    assert "nope" in at.error[0].value


def test_page_html_is_shown_as_text_never_executed(service):
    for at in (_app(doc="evil"), _app(q="phòng chống dịch")):
        assert not at.exception
        body = _html(at)
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
        assert "<script" not in body.lower()
        assert "<img" not in body.lower()
    assert "&lt;img src=x onerror=alert(1)&gt;" in _html(_app(doc="evil"))


def test_english_switch_changes_labels(service):
    at = _app(q="Covid-19")
    assert at.text_input(key="w_q").label.startswith("Từ khóa")
    at.toggle(key="ui_english").set_value(True).run()
    assert not at.exception
    assert at.text_input(key="w_q").label.startswith("Words")
    assert at.query_params["lang"] == "en"
    assert 'href="./?doc=kontum1&amp;q=Covid-19&amp;lang=en"' in _html(at)


def test_service_that_cannot_open_gives_one_error_line(monkeypatch):
    from search_ui.service import open_service_cached

    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:missing_factory")
    open_service_cached.clear()
    at = _app(q="x")
    assert not at.exception
    assert "missing_factory" in at.error[0].value


def test_citation_chain_page_shows_timeline_with_lags(service):
    at = _app(number="172-TB/TW")
    at.switch_page("views/chain.py").run()
    assert not at.exception
    assert at.text_input(key="c_number").value == "172-TB/TW"
    body = _html(at)
    # first response per province, lag counted from the document's date 2020-03-21
    assert re.search(r"Kon Tum</td><td>2020-03-24</td><td>3</td>", body)
    assert re.search(r"Đắk Nông</td><td>2020-08-07</td><td>139</td>", body)
    assert len(at.get("graphviz_chart")) == 1


def test_citation_chain_page_for_an_uncited_number(service):
    at = _app(number="999/XX")
    at.switch_page("views/chain.py").run()
    assert not at.exception
    assert "999/XX" in at.info[0].value


def test_province_comparison_shows_lags_side_by_side(service):
    at = _app(topic="phòng chống dịch", a="Kon Tum", b="Đắk Nông", number="172-TB/TW")
    at.switch_page("views/compare.py").run()
    assert not at.exception
    assert [m.label for m in at.metric] == ["Kon Tum", "Đắk Nông"]
    assert [m.value for m in at.metric] == ["3 ngày", "139 ngày"]
    searched = {call[3].province for call in service.calls if call[0] == "search"}
    assert {"Kon Tum", "Đắk Nông"} <= searched


def test_chain_follows_citations_for_more_hops():
    from indexer.query.chains import build_chain, first_responses, timeline, to_dot

    fake = FakeSearchService(PAGES)
    one = build_chain(fake, "1025-CV/TU", hops=1)
    assert set(one.pages) == {"kontum1"}
    two = build_chain(fake, "1025-CV/TU", hops=2)
    # kontum1 cites 172-TB/TW, so hop 2 brings its other citers and the document itself
    assert set(two.pages) == {"kontum1", "daknong1", "evil", "tw"}
    assert two.issued_by == {"172-TB/TW": "tw"}
    assert ("tw", "172-TB/TW") not in two.edges
    chain = build_chain(fake, "Thông báo số 172-tb/tw")
    assert chain.root == "172-TB/TW"
    rows = timeline(chain)
    assert [row["page_id"] for row in rows] == ["kontum1", "evil", "daknong1"]
    assert [row["lag_days"] for row in rows] == [3, 45, 139]
    assert [row["page_id"] for row in first_responses(rows)] == ["kontum1", "daknong1"]
    assert 'tooltip="Trang có <script>alert(1)</script> phòng chống dịch"' in to_dot(chain)
    limited = build_chain(fake, "172-TB/TW", max_pages=2)
    assert len(limited.pages) == 2 and limited.truncated


def test_marked_text_is_escaped_merged_and_reports_bad_spans():
    from search_ui.render import Span, mark_spans

    marked = mark_spans("a <b> $x$ :smile:\nend", [Span(0, 1), Span(2, 5), Span(3, 6),
                                                    Span(40, 45)])
    assert marked.html == ("<mark>a</mark> <mark>&lt;b&gt; </mark>&#36;x&#36; "
                           "&#58;smile&#58;<br>end")
    assert marked.rejected == (Span(40, 45),)


def test_only_web_urls_become_links():
    from search_ui.render import link_html

    assert link_html("javascript:alert(1)") == "javascript&#58;alert(1)"
    assert link_html("https://a.gov.vn/x?a=1&b=2").startswith(
        '<a href="https://a.gov.vn/x?a=1&amp;b=2" target="_blank"')


def test_search_state_round_trips_through_the_url():
    from search_ui.state import SearchState

    state = SearchState(q="172-TB/TW", mode="keyword", province="Kon Tum",
                        date_from=date(2020, 1, 1), page=3, status="replaced")
    assert SearchState.from_params(state.to_params()) == (state, [])
    assert SearchState().to_params() == {}
    _, errors = SearchState.from_params({"page": "0", "from": "2021-01-01", "to": "2020-01-01",
                                         "status": "valid"})
    assert errors[:2] == ["from=2021-01-01 is after to=2020-01-01",
                          "page='0' (use a number from 1)"]
    assert errors[2].startswith("status='valid' (use in_force, amended, replaced")


def test_csv_export_opens_with_vietnamese_intact():
    from search_ui.export import hits_to_csv

    data = hits_to_csv([FakeSearchService(PAGES)._hit(PAGES[0])])
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Tỉnh ủy Kon Tum" in data.decode("utf-8-sig").splitlines()[1]


# --- analysts: province view, topic view, comparison of many provinces --------------------

ANSWERS = PAGES + [
    # a Kon Tum page that is mostly the Politburo's own text: a copy, not an answer
    _page("kontum_copy", "Bộ Chính trị thông báo về phòng, chống dịch", "2020-03-22", "Kon Tum",
          "Bộ Chính trị thông báo về công tác phòng, chống dịch Covid-19. Xem 172-TB/TW.",
          cites=("172-TB/TW",)),
    # a Kon Tum portal publishing the document itself
    _page("kontum_doc", "Thông báo số 172-TB/TW", "2020-03-21", "Kon Tum",
          "Số: 172-TB/TW. Bộ Chính trị yêu cầu các cấp ủy tăng cường phòng, chống dịch.",
          cites=("172-TB/TW",), own_number="172-TB/TW"),
    _page("hue1", "Sở Nội vụ triển khai Thông báo 172-TB/TW", "2020-03-30", "Thừa Thiên Huế",
          "Sở Nội vụ tỉnh Thừa Thiên Huế triển khai Thông báo 172-TB/TW, giao các phòng "
          "chuyên môn rà soát kế hoạch phòng chống dịch Covid-19.", cites=("172-TB/TW",),
          agency="Sở Nội vụ"),
]
# a near-duplicate repost of the central page on a Đắk Nông portal
ANSWERS.append(ANSWERS[4].model_copy(update={
    "page_id": "daknong_repost", "url": "https://daknong.gov.vn/tin/repost.html",
    "province": "Đắk Nông", "published": "2020-03-23", "duplicate_of": "tw", "own_number": None,
    "citations": [Citation(number="172-TB/TW", start=0, end=0)]}))


@pytest.fixture
def analysts(service) -> FakeSearchService:
    service.pages = {page.page_id: page for page in ANSWERS}
    return service


def _rows(at: AppTest) -> list[list[str]]:
    table = re.search(r'<table class="bulletin-provinces">(.*?)</table>', _html(at)).group(1)
    return [re.findall(r"<td>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", table)
            if "<td>" in row]


def _chart_rows(chart) -> list[dict]:
    """The data a chart draws, as the browser receives it."""
    from streamlit.dataframe_util import convert_arrow_bytes_to_pandas_df

    return convert_arrow_bytes_to_pandas_df(chart.proto.datasets[0].data.data).to_dict("records")


def _text(cell: str) -> str:
    return re.sub(r"<[^>]+>", "", cell)


def test_province_view_lists_each_province_first_real_response(analysts):
    at = _app(number="172-TB/TW")
    at.switch_page("views/provinces.py").run()
    assert not at.exception
    rows = [[_text(cell) for cell in row] for row in _rows(at)]
    # province, after the merger, first response, lag, pages, agencies; fastest first
    assert rows == [
        ["Kon Tum", "Quảng Ngãi", "2020-03-24", "3", "2", "Sở Tư pháp; UBND tỉnh"],
        ["Thừa Thiên Huế", "Huế", "2020-03-30", "9", "1", "Sở Nội vụ"],
        ["Đắk Nông", "Lâm Đồng", "2020-08-07", "139", "1", "Ban Dân tộc"],
    ]
    # the first response opens the page itself, not the earlier copy or the document
    assert 'href="./?doc=kontum1"' in _rows(at)[0][2]
    body = _html(at)
    assert "3 tỉnh, thành đã phản hồi 172-TB/TW (ban hành 2020-03-21)." in body
    assert at.expander[0].label == "Không tính 3 bản đăng lại văn bản"
    for page_id, reason in (("kontum_copy", "chủ yếu chép nội dung văn bản"),
                            ("kontum_doc", "chính văn bản"), ("daknong_repost", "bài đăng lại")):
        assert re.search(rf'doc={page_id}".*?{reason}', body)
    assert len(at.get("download_button")) == 2
    assert len(at.get("vega_lite_chart")) == 1  # the tile map


def test_province_view_sorts_and_merges_from_the_url(analysts):
    at = _app(number="172-TB/TW", sort="pages", merged="1", lang="en")
    at.switch_page("views/provinces.py").run()
    assert not at.exception
    rows = [[_text(cell) for cell in row] for row in _rows(at)]
    assert [row[:2] for row in rows] == [["Quảng Ngãi", "Kon Tum"], ["Huế", "Thừa Thiên Huế"],
                                         ["Lâm Đồng", "Đắk Nông"]]
    assert at.toggle(key="pv_merged").value is True
    at.selectbox(key="pv_sort").select("province").run()
    assert at.query_params["sort"] == "province" and at.query_params["merged"] == "1"
    assert [_text(row[0]) for row in _rows(at)] == ["Huế", "Lâm Đồng", "Quảng Ngãi"]
    at.toggle(key="pv_merged").set_value(False).run()
    assert "merged" not in at.query_params
    assert [_text(row[0]) for row in _rows(at)] == ["Kon Tum", "Thừa Thiên Huế", "Đắk Nông"]


def test_province_view_of_a_bad_number_says_so_in_one_line(analysts):
    at = _app(number="hello")
    at.switch_page("views/provinces.py").run()
    assert not at.exception
    assert len(at.error) == 1 and "hello" in at.error[0].value
    blank = _app(number="999/XX")
    blank.switch_page("views/provinces.py").run()
    assert "999/XX" in blank.info[0].value


def test_topic_view_counts_every_province_per_month(analysts):
    at = _app(q="phòng chống dịch")
    at.switch_page("views/topic.py").run()
    assert not at.exception
    assert analysts.calls[-1] == ("topic_view", "phòng chống dịch", False)
    assert "9 trang khớp “phòng chống dịch”; 8 trang của 3 tỉnh, thành có ngày đăng." in _html(at)
    heatmap, tiles = at.get("vega_lite_chart")
    cells = _chart_rows(heatmap)
    assert {(c["province"], c["month"], c["count"]) for c in cells} == {
        ("Kon Tum", "2020-03", 3), ("Kon Tum", "2020-05", 1), ("Đắk Nông", "2020-03", 1),
        ("Đắk Nông", "2020-08", 1), ("Đắk Nông", "2021-02", 1), ("Thừa Thiên Huế", "2020-03", 1)}
    totals = {row["name"]: row["value"] for row in _chart_rows(tiles)
              if row["value"] == row["value"]}  # NaN: no page
    assert totals == {"Kon Tum": 4, "Đắk Nông": 3, "Thừa Thiên Huế": 1}
    at.toggle(key="tv_merged").set_value(True).run()
    assert at.query_params["merged"] == "1"
    merged = {c["province"] for c in _chart_rows(at.get("vega_lite_chart")[0])}
    assert merged == {"Quảng Ngãi", "Lâm Đồng", "Huế"}


def test_comparison_takes_any_number_of_provinces(analysts):
    at = _app(topic="phòng chống dịch", number="172-TB/TW",
              provinces="Kon Tum,thua thien hue,Đắk Nông")
    at.switch_page("views/compare.py").run()
    assert not at.exception
    assert at.multiselect(key="k_provinces").value == ["Kon Tum", "Thừa Thiên Huế", "Đắk Nông"]
    assert [m.value for m in at.metric] == ["3 ngày", "9 ngày", "139 ngày"]
    assert 'href="./provinces?number=172-TB%2FTW"' in _html(at)


def test_server_loads_the_model_before_taking_visitors(service):
    import asyncio

    from search_ui.server import open_at_start

    async def start() -> list[tuple]:
        async with open_at_start(None):
            return list(service.calls)

    calls = asyncio.run(start())
    # the model is loaded and one search has read the indexes before the first visitor
    assert calls[0] == ("warm_up",) and calls[-1][:2] == ("search", "phòng chống dịch")


def test_bulletin_ui_serves_the_app_without_developer_menus(monkeypatch, tmp_path):
    from typer.testing import CliRunner

    from indexer.cli import main

    started = []
    monkeypatch.setattr(main.subprocess, "call", lambda command, env: started.append(command))
    result = CliRunner().invoke(main.app, ["--data-dir", str(tmp_path), "ui", "--port", "8600"])
    assert result.exit_code == 0, result.output
    command = started[0]
    assert command[command.index("run") + 1].endswith("search_ui/server.py")
    assert command[command.index("--client.toolbarMode") + 1] == "viewer"
