"""Province comparison (`/compare?topic=...&a=Kon Tum&b=Đắk Nông&number=172-TB/TW`):
articles per province over time, first-response lag to a central document, side by side."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from indexer.models import SearchFilters, SearchResults
from indexer.parsing.gazetteer import canonical_province
from search_ui.labels import label
from search_ui.render import text_html
from search_ui.widgets import current_lang, hit_links, run_safely, service_or_stop, show_html

TOP_HITS = 5  # best matches shown per province
TOP_PROVINCES = 15
WHOLE_NUMBERS = alt.Axis(format="d", tickMinStep=1)  # counts: no 0.5 article ticks
FIELDS = {"topic": "k_topic", "number": "k_number", "a": "k_a", "b": "k_b"}


def _read_url() -> dict[str, str | None]:
    wanted = {name: (st.query_params.get(name) or "").strip() or None for name in FIELDS}
    for side in ("a", "b"):
        if wanted[side]:
            # Any spelling in a link ("dak nong") becomes the name facets use.
            wanted[side] = canonical_province(wanted[side]) or wanted[side]
    return wanted


def _apply() -> None:
    values = {name: (st.session_state.get(key) or "").strip() for name, key in FIELDS.items()}
    values["lang"] = st.query_params.get("lang") or ""
    st.query_params.from_dict({name: value for name, value in values.items() if value})
    st.session_state["compare_synced"] = {n: v or None for n, v in values.items() if n in FIELDS}


def _fill_widgets(wanted: dict[str, str | None]) -> None:
    if st.session_state.get("compare_synced") != wanted or "k_topic" not in st.session_state:
        st.session_state.update({FIELDS[name]: value or "" for name, value in wanted.items()})
        st.session_state["compare_synced"] = wanted


def _province_options(counts: dict[str, int], wanted: dict[str, str | None]) -> list:
    options = ["", *sorted(counts, key=lambda name: (-counts[name], name))]
    return options + [p for p in (wanted["a"], wanted["b"]) if p and p not in options]


def _overview(results: SearchResults, lang: str) -> None:
    counts = results.facets.get("province", {})
    if not counts:
        return
    top = sorted(counts.items(), key=lambda item: -item[1])[:TOP_PROVINCES]
    frame = pd.DataFrame(top, columns=["province", "count"])
    st.altair_chart(alt.Chart(frame, height=max(120, 26 * len(top) + 50)).mark_bar().encode(
        x=alt.X("count:Q", title=label("count", lang), axis=WHOLE_NUMBERS),
        y=alt.Y("province:N", sort="-x", title=None),
        tooltip=["province", "count"],
    ), width="stretch")


def _monthly(service, topic: str, provinces: list[str], lang: str) -> None:
    counts = run_safely(lang, service.monthly_counts, topic, provinces) or {}
    rows = [
        {"province": province, "month": month, "count": count}
        for province, months in counts.items()
        for month, count in months.items()
    ]
    st.subheader(label("counts_over_time", lang))
    if rows:
        st.altair_chart(alt.Chart(pd.DataFrame(rows)).mark_line(point=True).encode(
            x=alt.X("month:T", title=label("month", lang), timeUnit="yearmonth",
                    axis=alt.Axis(format="%m/%Y")),
            y=alt.Y("count:Q", title=label("count", lang), axis=WHOLE_NUMBERS),
            color=alt.Color("province:N", title=label("province", lang)),
            tooltip=["province", "month", "count"],
        ), width="stretch")


def _lags(service, number: str, provinces: list[str], lang: str) -> None:
    responses = run_safely(lang, service.first_responses, number)
    if responses is None:
        return
    firsts = {row.province: row for row in responses}
    st.subheader(label("first_response", lang) + f" · {number}")
    for column, province in zip(st.columns(len(provinces)), provinces, strict=True):
        row = firsts.get(province)
        if row is None:
            column.info(label("no_response", lang, province=province, number=number))
        elif row.lag_days is None:
            column.metric(province, row.published)
            column.caption(label("first_response_no_lag", lang, province=province,
                                 date=row.published))
        else:
            column.metric(province, label("days", lang, days=row.lag_days))
            column.caption(label("first_response_of", lang, province=province,
                                 date=row.published, lag=row.lag_days))


def _top_results(service, topic: str, provinces: list[str], lang: str) -> None:
    st.subheader(label("top_results", lang))
    for column, province in zip(st.columns(2), provinces, strict=True):
        with column:
            show_html(f"<b>{text_html(province)}</b>")
            found = run_safely(lang, service.search, topic, mode="keyword",
                               filters=SearchFilters(province=province), limit=TOP_HITS)
            if found is not None:
                hit_links(found.hits, lang)


def show_compare(service, lang: str) -> None:
    st.title(label("compare_title", lang))
    st.caption(label("compare_intro", lang))
    wanted = _read_url()
    _fill_widgets(wanted)
    left, right = st.columns(2)
    left.text_input(label("topic", lang), key="k_topic", on_change=_apply,
                    placeholder=label("topic_placeholder", lang))
    right.text_input(label("central_number", lang), key="k_number", on_change=_apply,
                     placeholder=label("chain_placeholder", lang))
    counts: dict[str, int] = {}
    overview = None
    if wanted["topic"]:
        overview = run_safely(lang, service.search, wanted["topic"], mode="keyword", limit=1)
        counts = overview.facets.get("province", {}) if overview else {}
    else:
        counts = (run_safely(lang, service.stats) or {}).get("provinces", {})
    options = _province_options(counts, wanted)

    def shown(value: str) -> str:
        if not value:
            return "—"
        return f"{value} ({counts[value]})" if value in counts else value

    left.selectbox(label("province_a", lang), options, key="k_a", format_func=shown,
                   on_change=_apply)
    right.selectbox(label("province_b", lang), options, key="k_b", format_func=shown,
                    on_change=_apply)
    if overview is not None:
        st.subheader(label("province_counts", lang))
        _overview(overview, lang)
    provinces = [p for p in (wanted["a"], wanted["b"]) if p]
    if len(set(provinces)) != 2:
        st.info(label("choose_provinces", lang))
        return
    if wanted["number"]:
        _lags(service, wanted["number"], provinces, lang)
    if wanted["topic"]:
        _monthly(service, wanted["topic"], provinces, lang)
        _top_results(service, wanted["topic"], provinces, lang)


lang = current_lang()
show_compare(service_or_stop(lang), lang)
