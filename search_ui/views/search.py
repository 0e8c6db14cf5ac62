"""Search page (the app's home): query, mode, filters, results, pagination, export.

`?doc=<page_id>` on this page opens the document view instead.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from indexer.models import SearchFilters, SearchResults
from indexer.query.service import MAX_LIMIT
from search_ui.document import show_document
from search_ui.export import hits_to_csv, results_to_json
from search_ui.labels import label
from search_ui.render import text_html
from search_ui.state import (
    EARLIEST,
    LATEST,
    MODES,
    PAGE_SIZE,
    SEARCHABLE_STATUSES,
    SearchState,
    page_count,
)
from search_ui.widgets import current_lang, hit_list, run_safely, service_or_stop, show_html

EXPORT_LIMIT = MAX_LIMIT  # the most hits SearchService.search returns at once
SYNCED = "search_synced_params"  # the URL state the widgets were last filled from


def _widget_state() -> SearchState:
    ss = st.session_state
    return SearchState(
        q=(ss.get("w_q") or "").strip(),
        mode=ss.get("w_mode") or "hybrid",
        province=ss.get("w_province") or None,
        agency=ss.get("w_agency") or None,
        date_from=ss.get("w_from"),
        date_to=ss.get("w_to"),
        status=ss.get("w_status") or None,
    )


def _write_url(state: SearchState) -> None:
    lang = st.query_params.get("lang")
    st.query_params.from_dict({**state.to_params(), **({"lang": lang} if lang else {})})
    st.session_state[SYNCED] = state.to_params()


def _apply_widgets() -> None:
    _write_url(_widget_state())


def _clear_filters() -> None:
    st.session_state.update(w_province="", w_agency="", w_from=None, w_to=None, w_status="")
    _apply_widgets()


def _fill_widgets(state: SearchState) -> None:
    """Widgets follow the URL when it changed outside them (a shared link, back button),
    or when Streamlit dropped their state while another page was shown."""
    if st.session_state.get(SYNCED) == state.to_params() and "w_q" in st.session_state:
        return
    st.session_state.update(
        w_q=state.q, w_mode=state.mode, w_province=state.province or "",
        w_agency=state.agency or "",
        w_from=state.date_from, w_to=state.date_to, w_status=state.status or "",
    )
    st.session_state[SYNCED] = state.to_params()


def _query_box(lang: str) -> None:
    box, button = st.columns([6, 1], vertical_alignment="bottom")
    box.text_input(label("query", lang), key="w_q", on_change=_apply_widgets,
                   placeholder=label("query_placeholder", lang))
    button.button(label("search", lang), on_click=_apply_widgets, type="primary",
                  width="stretch")
    st.radio(label("mode", lang), MODES, key="w_mode", horizontal=True,
             format_func=lambda mode: label(f"mode_{mode}", lang), on_change=_apply_widgets)


def _facet_select(name: str, key: str, counts: dict[str, int], current: str | None,
                  lang: str) -> None:
    # "" is "all": a None value would show Streamlit's own "Choose an option" placeholder.
    options = ["", *sorted(counts, key=lambda value: (-counts[value], value))]
    if current and current not in counts:
        options.append(current)

    def shown(value: str) -> str:
        if not value:
            return label("all", lang)
        return f"{value} ({counts[value]})" if value in counts else value

    st.sidebar.selectbox(label(name, lang), options, key=key, format_func=shown,
                         on_change=_apply_widgets)


def _filters(results: SearchResults | None, state: SearchState, lang: str) -> None:
    facets = results.facets if results else {}
    st.sidebar.header(label("filters", lang))
    _facet_select("province", "w_province", facets.get("province", {}), state.province, lang)
    _facet_select("agency", "w_agency", facets.get("agency", {}), state.agency, lang)
    bounds = {"min_value": EARLIEST, "max_value": LATEST, "format": "DD/MM/YYYY",
              "on_change": _apply_widgets}
    st.sidebar.date_input(label("date_from", lang), value=None, key="w_from", **bounds)
    st.sidebar.date_input(label("date_to", lang), value=None, key="w_to", **bounds)
    st.sidebar.selectbox(label("legal_status", lang), ["", *SEARCHABLE_STATUSES], key="w_status",
                         format_func=lambda s: label(f"legal_status_{s}", lang) if s
                         else label("all", lang), on_change=_apply_widgets)
    st.sidebar.button(label("clear_filters", lang), on_click=_clear_filters)
    years = facets.get("year", {})
    if years:
        st.sidebar.caption(label("by_year", lang))
        per_year = pd.DataFrame(
            {"year": [str(year) for year in years], "count": list(years.values())}
        )
        st.sidebar.bar_chart(per_year, x="year", y="count", x_label="", y_label="", height=160)


def _pager(state: SearchState, results: SearchResults, lang: str) -> None:
    pages = page_count(results.total)
    if pages <= 1:
        return
    back, where, forward = st.columns([1, 2, 1], vertical_alignment="center")
    back.button(label("previous", lang), disabled=state.page <= 1, key="page_back",
                on_click=_write_url, args=(state.with_page(min(state.page - 1, pages)),))
    where.markdown(label("page_of", lang, page=state.page, pages=pages))
    forward.button(label("next", lang), disabled=state.page >= pages, key="page_next",
                   on_click=_write_url, args=(state.with_page(state.page + 1),))


def _run(service, state: SearchState, limit: int, offset: int = 0) -> SearchResults:
    """The search the state describes; with a legal status, only the pages publishing a
    document that has it."""
    if state.status:
        return service.search_by_status(state.q, state.status, mode=state.mode,
                                        filters=state.filters, limit=limit, offset=offset)
    return service.search(state.q, mode=state.mode, filters=state.filters, limit=limit,
                          offset=offset)


def _exports(service, state: SearchState, lang: str) -> None:
    def fetch() -> SearchResults:
        return _run(service, state, EXPORT_LIMIT)

    helptext = label("export_help", lang, limit=EXPORT_LIMIT)
    row = st.container(horizontal=True)
    row.download_button(label("export_csv", lang), lambda: hits_to_csv(fetch().hits),
                        file_name="bulletin-results.csv", mime="text/csv", help=helptext,
                        on_click="ignore")
    row.download_button(label("export_json", lang), lambda: results_to_json(fetch()),
                        file_name="bulletin-results.json", mime="application/json",
                        help=helptext, on_click="ignore")


def _empty_state(service, lang: str) -> None:
    stats = run_safely(lang, service.stats) or {}
    pages = stats.get("pages")
    if pages is None:
        st.info(label("enter_query_empty", lang))
    else:
        shown = f"{pages:,}".replace(",", "." if lang == "vi" else ",")
        st.info(label("enter_query", lang, pages=shown))


def show_search(service, lang: str) -> None:
    state, errors = SearchState.from_params(st.query_params.to_dict())
    _fill_widgets(state)
    st.title(label("app_title", lang))
    for error in errors:
        st.warning(label("bad_param", lang, error=error))
    _query_box(lang)
    # Filters without words browse the archive, newest first (SearchService's empty query).
    wanted = bool(state.q) or state.filters != SearchFilters() or bool(state.status)
    results = None
    if wanted:
        results = run_safely(lang, _run, service, state, PAGE_SIZE, state.offset)
    _filters(results, state, lang)
    if not wanted:
        _empty_state(service, lang)
        return
    if results is None:
        return
    if not results.hits and results.total:
        st.warning(label("page_out_of_range", lang, page=state.page,
                         pages=page_count(results.total)))
        _pager(state, results, lang)
        return
    if not results.hits:
        st.info(label("no_results", lang, query=state.q))
        return
    summary = (label("results", lang, total=results.total, query=state.q) if state.q
               else label("browse_results", lang, total=results.total))
    show_html(f"<b>{text_html(summary)}</b>")
    _exports(service, state, lang)
    hit_list(results.hits, lang, search=state.to_params())
    _pager(state, results, lang)


lang = current_lang()
service = service_or_stop(lang)
if st.query_params.get("doc"):
    show_document(service, st.query_params["doc"], lang, search=st.query_params.to_dict())
else:
    show_search(service, lang)
