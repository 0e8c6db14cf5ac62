"""Citation-chain page (`/chain?number=172-TB/TW&hops=2`): graph, response timeline, export.
A number naming several documents lists them first, each linked to its own page; a chain
from one document (`?number=<identity>`, or a number naming one) is named by its identity."""

from __future__ import annotations

import altair as alt
import pandas as pd
import streamlit as st

from indexer.parsing.identity import parse_identity
from indexer.query.chains import edge_rows, first_responses, timeline, to_dot
from search_ui.export import rows_to_csv, rows_to_json
from search_ui.labels import label
from search_ui.records import first_responses_html, show_documents_named
from search_ui.render import (
    app_link_html,
    doc_href,
    document_href,
    identity_name,
    node_href,
    text_html,
)
from search_ui.widgets import current_lang, run_safely, service_or_stop, show_html

MAX_HOPS = 3
MAX_PAGES = 150
TIMELINE_COLUMNS = ("published", "province", "agency", "lag_days", "title", "url", "page_id")
EDGE_COLUMNS = ("page_id", "hop", "title", "province", "published", "cites", "url")


def _read_url() -> tuple[str, int, list[str]]:
    number = (st.query_params.get("number") or "").strip()
    hops_text = st.query_params.get("hops") or "1"
    if hops_text.isdigit() and 1 <= int(hops_text) <= MAX_HOPS:
        return number, int(hops_text), []
    return number, 1, [f"hops={hops_text!r} (use 1 to {MAX_HOPS})"]


def _apply() -> None:
    number = (st.session_state.get("c_number") or "").strip()
    hops = st.session_state.get("c_hops") or 1
    lang = st.query_params.get("lang")
    params = {"number": number, "hops": str(hops) if hops > 1 else "", "lang": lang or ""}
    st.query_params.from_dict({key: value for key, value in params.items() if value})
    st.session_state["chain_synced"] = (number, hops)


def _controls(number: str, hops: int, lang: str) -> None:
    if st.session_state.get("chain_synced") != (number, hops) or "c_number" not in st.session_state:
        st.session_state.update(c_number=number, c_hops=hops, chain_synced=(number, hops))
    box, hops_column = st.columns([3, 1], vertical_alignment="bottom")
    box.text_input(label("chain_number", lang), key="c_number", on_change=_apply,
                   placeholder=label("chain_placeholder", lang))
    hops_column.number_input(label("hops", lang), min_value=1, max_value=MAX_HOPS, step=1,
                             key="c_hops", on_change=_apply)


def _timeline_section(chain, lang: str) -> list[dict]:
    rows = timeline(chain)
    issued = chain.document_date(chain.root)
    name = identity_name(chain.root)
    st.subheader(label("timeline", lang))
    if issued:
        st.caption(label("timeline_caption", lang, number=name, date=issued.isoformat()))
    else:
        st.caption(label("timeline_no_date", lang, number=name))
    dated = pd.DataFrame([row for row in rows if row["published"]])
    if not dated.empty:
        dated["province"] = dated["province"].fillna(label("central", lang))
        height = max(140, 28 * dated["province"].nunique() + 60)
        chart = alt.Chart(dated, height=height).mark_circle(size=90).encode(
            x=alt.X("published:T", title=label("published", lang),
                    axis=alt.Axis(format="%d/%m/%Y")),
            y=alt.Y("province:N", title=None, sort="x"),
            tooltip=["title", "published", "lag_days", "agency"],
        )
        if issued:
            rule = alt.Chart(pd.DataFrame({"published": [issued.isoformat()]})).mark_rule(
                color="#d9534f", strokeDash=[4, 4]).encode(x="published:T")
            chart = chart + rule
        st.altair_chart(chart, width="stretch")
    st.markdown(f"**{label('first_response', lang)}**")
    shared = len(chain.root_nodes()) > 1  # each row says which document it answers
    show_html(first_responses_html(first_responses(rows), lang, shared))
    return rows


def _documents(service, chain, number: str, lang: str) -> None:
    """Which documents the chain is about: one named by its identity, or, when the number
    names several, every one of them listed apart with the mentions no evidence pinned."""
    roots = chain.root_nodes()
    if not any(parse_identity(root) for root in roots):
        return  # a chain of bare numbers: nothing tells documents apart
    if len(roots) == 1:
        show_html("<b>" + app_link_html(document_href(roots[0], lang), label(
            "open_document", lang, name=identity_name(roots[0]))) + "</b>")
        return
    named = run_safely(lang, service.documents, number)
    if named is not None:
        show_html(text_html(label("chain_documents", lang, number=named.number,
                                  count=len(named.documents))))
        show_documents_named(service, named, lang)


def _exports(timeline_rows: list[dict], edges: list[dict], lang: str, number: str) -> None:
    stem = "chain-" + "".join(c if c.isalnum() else "-" for c in number)
    everything = rows_to_json([{"root": number, "timeline": timeline_rows, "citations": edges}])
    row = st.container(horizontal=True)
    row.download_button(f"{label('export_csv', lang)} · {label('timeline', lang)}",
                        rows_to_csv(timeline_rows, TIMELINE_COLUMNS),
                        file_name=f"{stem}-timeline.csv", mime="text/csv", on_click="ignore")
    row.download_button(f"{label('export_csv', lang)} · {label('cites', lang)}",
                        rows_to_csv(edges, EDGE_COLUMNS),
                        file_name=f"{stem}-citations.csv", mime="text/csv", on_click="ignore")
    row.download_button(label("export_json", lang), everything, file_name=f"{stem}.json",
                        mime="application/json", on_click="ignore")


def show_chain(service, lang: str) -> None:
    st.title(label("chain_title", lang))
    st.caption(label("chain_intro", lang))
    number, hops, errors = _read_url()
    for error in errors:
        st.warning(label("bad_param", lang, error=error))
    _controls(number, hops, lang)
    if not number:
        return
    chain = run_safely(lang, service.chain, number, hops=hops, max_pages=MAX_PAGES)
    if chain is None:
        return
    if not chain.pages:
        st.info(label("chain_empty", lang, number=number))
        return
    _documents(service, chain, number, lang)
    st.markdown(label("chain_summary", lang, pages=len(chain.pages),
                      numbers=len(chain.number_hops), edges=len(chain.edges)))
    if chain.truncated:
        st.warning(label("chain_truncated", lang, limit=MAX_PAGES))
    timeline_tab, graph_tab = st.tabs([label("timeline", lang), label("graph", lang)])
    with timeline_tab:
        rows = _timeline_section(chain, lang)
    with graph_tab:
        st.graphviz_chart(to_dot(chain, lambda page_id: doc_href(page_id, lang),
                                 central_label=label("central", lang),
                                 href_for_document=lambda node: node_href(node, lang)))
    _exports(rows, edge_rows(chain), lang, number)


lang = current_lang()
show_chain(service_or_stop(lang), lang)
