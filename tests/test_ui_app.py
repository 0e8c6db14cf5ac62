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
                        date_from=date(2020, 1, 1), page=3)
    assert SearchState.from_params(state.to_params()) == (state, [])
    assert SearchState().to_params() == {}
    _, errors = SearchState.from_params({"page": "0", "from": "2021-01-01", "to": "2020-01-01"})
    assert errors == ["from=2021-01-01 is after to=2020-01-01", "page='0' (use a number from 1)"]


def test_csv_export_opens_with_vietnamese_intact():
    from search_ui.export import hits_to_csv

    data = hits_to_csv([FakeSearchService(PAGES)._hit(PAGES[0])])
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Tỉnh ủy Kon Tum" in data.decode("utf-8-sig").splitlines()[1]
