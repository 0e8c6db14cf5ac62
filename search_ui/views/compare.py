"""Province comparison (`/compare?topic=...&provinces=Kon Tum,Đắk Nông&number=172-TB/TW`):
articles per province over time and each province's first real response to a central
document, for any number of provinces side by side."""

from __future__ import annotations

from urllib.parse import urlencode

import altair as alt
import pandas as pd
import streamlit as st

from indexer.models import SearchFilters, SearchResults
from indexer.parsing.gazetteer import canonical_province
from search_ui.labels import label
from search_ui.render import app_link_html, document_href, identity_name, text_html
from search_ui.widgets import current_lang, hit_links, run_safely, service_or_stop, show_html

TOP_HITS = 5  # best matches shown per province
TOP_PROVINCES = 15
PER_ROW = 4  # provinces side by side
BAR_HEIGHT = 30
WHOLE_NUMBERS = alt.Axis(format="d", tickMinStep=1)  # counts: no 0.5 article ticks
# Band labels are never thinned out: with few bars Vega-Lite's overlap rule dropped one.
EVERY_LABEL = alt.Axis(labelOverlap=False, labelLimit=240)
FIELDS = {"topic": "k_topic", "number": "k_number"}


def _read_url() -> dict:
    wanted: dict = {name: (st.query_params.get(name) or "").strip() or None for name in FIELDS}
    named = (st.query_params.get("provinces") or "").split(",")
    named += [st.query_params.get(side) or "" for side in ("a", "b")]  # older links
    provinces = []
    for name in (n.strip() for n in named):
        # Any spelling in a link ("dak nong") becomes the name facets use.
        province = (canonical_province(name) or name) if name else None
        if province and province not in provinces:
            provinces.append(province)
    wanted["provinces"] = provinces
    return wanted


def _apply() -> None:
    values = {name: (st.session_state.get(key) or "").strip() for name, key in FIELDS.items()}
    values["provinces"] = ",".join(st.session_state.get("k_provinces") or [])
    values["lang"] = st.query_params.get("lang") or ""
    st.query_params.from_dict({name: value for name, value in values.items() if value})
    st.session_state["compare_synced"] = _read_url()


def _fill_widgets(wanted: dict) -> None:
    if st.session_state.get("compare_synced") != wanted or "k_topic" not in st.session_state:
        st.session_state.update({key: wanted[name] or "" for name, key in FIELDS.items()})
        st.session_state["k_provinces"] = list(wanted["provinces"])
        st.session_state["compare_synced"] = wanted


def _overview(results: SearchResults, lang: str) -> None:
    counts = results.facets.get("province", {})
    if not counts:
        return
    top = sorted(counts.items(), key=lambda item: (-item[1], item[0]))[:TOP_PROVINCES]
    frame = pd.DataFrame(top, columns=["province", "count"])
    st.altair_chart(alt.Chart(frame).mark_bar().encode(
        x=alt.X("count:Q", title=label("count", lang), axis=WHOLE_NUMBERS),
        y=alt.Y("province:N", sort="-x", title=None, axis=EVERY_LABEL),
        tooltip=["province", "count"],
    ).properties(height=alt.Step(BAR_HEIGHT)), width="stretch")


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


def _side_by_side(provinces: list[str]):
    """Columns for the provinces, `PER_ROW` to a row, each paired with its province."""
    for start in range(0, len(provinces), PER_ROW):
        chunk = provinces[start:start + PER_ROW]
        yield from zip(st.columns(PER_ROW)[:len(chunk)], chunk, strict=True)


def _lags(service, number: str, provinces: list[str], lang: str) -> None:
    view = run_safely(lang, service.province_view, number)
    if view is None:
        return
    answers = {answer.province: answer for answer in view.provinces}
    # One document: named by its identity ("07/CT-UBND · Kon Tum 2020"), not the bare number.
    name = identity_name(view.identity) if view.identity else view.number
    st.subheader(label("first_response", lang) + f" · {name}")
    if view.identity:
        show_html(app_link_html(document_href(view.identity, lang),
                                label("open_document", lang, name=name)))
    for column, province in _side_by_side(provinces):
        answer = answers.get(province)
        if answer is None:
            column.info(label("no_response", lang, province=province, number=name))
        elif answer.lag_days is None:
            column.metric(province, answer.first_response or "—")
            column.caption(label("first_response_no_lag", lang, province=province,
                                 date=answer.first_response))
        else:
            column.metric(province, label("days", lang, days=answer.lag_days))
            column.caption(label("first_response_of", lang, province=province,
                                 date=answer.first_response, lag=answer.lag_days))
    href = "./provinces?" + _query({"number": view.number, "lang": lang if lang != "vi" else ""})
    show_html(app_link_html(href, label("open_province_view", lang, number=view.number)))


def _query(params: dict[str, str]) -> str:
    return urlencode({key: value for key, value in params.items() if value})


def _top_results(service, topic: str, provinces: list[str], lang: str) -> None:
    st.subheader(label("top_results", lang))
    for column, province in _side_by_side(provinces):
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
    overview = None
    if wanted["topic"]:
        overview = run_safely(lang, service.search, wanted["topic"], mode="keyword", limit=1)
        counts = overview.facets.get("province", {}) if overview else {}
    else:
        counts = (run_safely(lang, service.stats) or {}).get("provinces", {})
    options = sorted(counts, key=lambda name: (-counts[name], name))
    options += [p for p in wanted["provinces"] if p not in options]

    def shown(value: str) -> str:
        return f"{value} ({counts[value]})" if value in counts else value

    st.multiselect(label("provinces_pick", lang), options, key="k_provinces",
                   format_func=shown, on_change=_apply)
    if overview is not None:
        st.subheader(label("province_counts", lang))
        _overview(overview, lang)
    provinces = wanted["provinces"]
    if len(provinces) < 2:
        st.info(label("choose_provinces", lang))
        return
    if wanted["number"]:
        _lags(service, wanted["number"], provinces, lang)
    if wanted["topic"]:
        _monthly(service, wanted["topic"], provinces, lang)
        _top_results(service, wanted["topic"], provinces, lang)


lang = current_lang()
show_compare(service_or_stop(lang), lang)
