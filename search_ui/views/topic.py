"""Topic view (`/topic?q=phòng chống dịch&merged=1`): pages on a topic per province per month
as a heatmap across every province, and the provinces' totals on a tile map."""

from __future__ import annotations

import json

import altair as alt
import pandas as pd
import streamlit as st

from indexer.query.compare import TopicView
from search_ui.export import rows_to_csv
from search_ui.labels import label
from search_ui.render import text_html
from search_ui.tilemap import tile_map
from search_ui.widgets import current_lang, run_safely, service_or_stop, show_html

CELL_HEIGHT = 24
CSV_COLUMNS = ("province", "month", "count")


def _read_url() -> dict:
    return {"q": (st.query_params.get("q") or "").strip(),
            "merged": st.query_params.get("merged") == "1"}


def _apply() -> None:
    params = {"q": (st.session_state.get("tv_q") or "").strip(),
              "merged": "1" if st.session_state.get("tv_merged") else "",
              "lang": st.query_params.get("lang") or ""}
    st.query_params.from_dict({key: value for key, value in params.items() if value})
    st.session_state["tv_synced"] = _read_url()


def _controls(wanted: dict, lang: str) -> None:
    if st.session_state.get("tv_synced") != wanted or "tv_q" not in st.session_state:
        st.session_state.update(tv_q=wanted["q"], tv_merged=wanted["merged"], tv_synced=wanted)
    st.text_input(label("topic", lang), key="tv_q", on_change=_apply,
                  placeholder=label("topic_placeholder", lang))
    st.toggle(label("merged_toggle", lang), key="tv_merged", on_change=_apply)


def _cells(view: TopicView) -> list[dict]:
    return [{"province": province, "month": month, "count": count}
            for province, months in view.counts.items() for month, count in months.items()]


def _heatmap(view: TopicView, lang: str) -> None:
    totals = view.totals()
    order = sorted(totals, key=lambda province: (-totals[province], province))
    frame = pd.DataFrame(_cells(view))
    base = alt.Chart(frame).encode(
        x=alt.X("month:O", title=label("month", lang), scale=alt.Scale(domain=view.months),
                axis=alt.Axis(labelAngle=-45, labelOverlap=False)),
        y=alt.Y("province:N", title=None, sort=order,
                axis=alt.Axis(labelOverlap=False, labelLimit=220)),
        tooltip=[alt.Tooltip("province:N", title=label("province", lang)),
                 alt.Tooltip("month:O", title=label("month", lang)),
                 alt.Tooltip("count:Q", title=label("count", lang))],
    ).properties(height=alt.Step(CELL_HEIGHT), width=alt.Step(36))
    cells = base.mark_rect(cornerRadius=2).encode(
        color=alt.Color("count:Q", title=label("count", lang),
                        scale=alt.Scale(scheme="blues", zero=True),
                        legend=alt.Legend(format="d", tickMinStep=1)))
    numbers = base.mark_text(fontSize=10).encode(
        text="count:Q",
        color=alt.condition(f"datum.count >= {0.55 * frame['count'].max()}",
                            alt.value("white"), alt.value("#222")))
    st.altair_chart(cells + numbers, width="content")


def _exports(view: TopicView, lang: str) -> None:
    stem = "topic-" + "".join(c if c.isalnum() else "-" for c in view.topic)[:40]
    record = json.dumps(view.model_dump(), ensure_ascii=False, indent=2).encode("utf-8")
    row = st.container(horizontal=True)
    row.download_button(label("export_csv", lang), rows_to_csv(_cells(view), CSV_COLUMNS),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore")
    row.download_button(label("export_json", lang), record, file_name=f"{stem}.json",
                        mime="application/json", on_click="ignore")


def show_topic(service, lang: str) -> None:
    st.title(label("topic_title", lang))
    st.caption(label("topic_intro", lang))
    wanted = _read_url()
    _controls(wanted, lang)
    if not wanted["q"]:
        st.info(label("enter_topic", lang))
        return
    view = run_safely(lang, service.topic_view, wanted["q"], merged=wanted["merged"])
    if view is None:
        return
    totals = view.totals()
    show_html(text_html(label("topic_summary", lang, total=view.total, topic=view.topic,
                              counted=sum(totals.values()), provinces=len(totals))))
    if not totals:
        return
    st.subheader(label("heatmap_title", lang))
    _heatmap(view, lang)
    st.subheader(label("tiles_title", lang))
    st.altair_chart(tile_map(totals, merged=view.merged, legend=label("tile_pages", lang)),
                    width="content")
    _exports(view, lang)


lang = current_lang()
show_topic(service_or_stop(lang), lang)
