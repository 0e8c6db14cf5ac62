"""Province view of a directive (`/provinces?number=16/CT-TTg&merged=1&sort=lag`): every
province that answered it, its first real response, lag, pages and agencies, on a tile map
and in a sortable, exportable table."""

from __future__ import annotations

import json

import streamlit as st

from indexer.query.compare import ProvinceView, by_current_province
from search_ui.export import rows_to_csv
from search_ui.labels import label
from search_ui.render import app_link_html, doc_href, document_href, identity_name, text_html
from search_ui.tilemap import tile_map
from search_ui.widgets import current_lang, run_safely, service_or_stop, show_html

SORTS = {  # URL value -> (row field, descending)
    "lag": ("lag_days", False),
    "first": ("first_response", False),
    "pages": ("pages", True),
    "province": ("province", False),
}
COLOURS = ("lag", "pages")
COLUMNS = ("province", "province_current", "first_response", "lag_days", "pages", "agencies",
           "title", "url", "page_id")
HEADINGS = {"first_response": "first_response_date"}  # column -> label key, where they differ
MERGED_COLUMNS = ("province_current", "provinces", "first_response", "lag_days", "pages",
                  "agencies")


def _read_url() -> dict:
    sort = st.query_params.get("sort") or "lag"
    colour = st.query_params.get("colour") or "lag"
    return {
        "number": (st.query_params.get("number") or "").strip(),
        "merged": st.query_params.get("merged") == "1",
        "sort": sort if sort in SORTS else "lag",
        "colour": colour if colour in COLOURS else "lag",
    }


def _apply() -> None:
    params = {
        "number": (st.session_state.get("pv_number") or "").strip(),
        "merged": "1" if st.session_state.get("pv_merged") else "",
        "sort": st.session_state.get("pv_sort") if st.session_state.get("pv_sort") != "lag"
        else "",
        "colour": st.session_state.get("pv_colour") if st.session_state.get("pv_colour") != "lag"
        else "",
        "lang": st.query_params.get("lang") or "",
    }
    st.query_params.from_dict({key: value for key, value in params.items() if value})
    st.session_state["pv_synced"] = _read_url()


def _controls(wanted: dict, lang: str) -> None:
    if st.session_state.get("pv_synced") != wanted or "pv_number" not in st.session_state:
        st.session_state.update(pv_number=wanted["number"], pv_merged=wanted["merged"],
                                pv_sort=wanted["sort"], pv_colour=wanted["colour"],
                                pv_synced=wanted)
    box, sort, colour = st.columns([3, 2, 2], vertical_alignment="bottom")
    box.text_input(label("chain_number", lang), key="pv_number", on_change=_apply,
                   placeholder=label("number_placeholder", lang))
    sort.selectbox(label("sort_by", lang), list(SORTS), key="pv_sort", on_change=_apply,
                   format_func=lambda key: label(f"sort_{key}", lang))
    colour.radio(label("colour_by", lang), COLOURS, key="pv_colour", on_change=_apply,
                 horizontal=True, format_func=lambda key: label(f"tile_{key}", lang))
    st.toggle(label("merged_toggle", lang), key="pv_merged", on_change=_apply)


def _rows(view: ProvinceView, merged: bool) -> list[dict]:
    if merged:
        return [{**answer.model_dump(), "province": answer.province_current}
                for answer in by_current_province(view.provinces)]
    return [answer.model_dump() for answer in view.provinces]


def _sorted(rows: list[dict], sort: str) -> list[dict]:
    field, descending = SORTS[sort]
    missing = [row for row in rows if row[field] is None]
    by_name = sorted((row for row in rows if row[field] is not None),
                     key=lambda row: row["province"])
    present = sorted(by_name, key=lambda row: row[field], reverse=descending)  # stable
    return present + missing  # unknown lags and dates last either way


def _table(rows: list[dict], merged: bool, lang: str) -> str:
    keys = (("province_current", "provinces_before") if merged
            else ("province", "province_current"))
    keys += ("first_response", "lag_days", "pages", "agencies")
    head = "".join(f"<th>{text_html(label(HEADINGS.get(key, key), lang))}</th>" for key in keys)
    body = []
    for row in rows:
        cells = {
            "province": text_html(row["province"]),
            "province_current": text_html(row.get("province_current") or ""),
            "provinces_before": text_html(", ".join(row.get("provinces") or [])),
            "first_response": _first_link(row, lang),
            "lag_days": "" if row["lag_days"] is None else str(row["lag_days"]),
            "pages": str(row["pages"]),
            "agencies": text_html("; ".join(row["agencies"])),
        }
        body.append("<tr>" + "".join(f"<td>{cells[key]}</td>" for key in keys) + "</tr>")
    return f'<table class="bulletin-provinces"><tr>{head}</tr>{"".join(body)}</table>'


def _first_link(row: dict, lang: str) -> str:
    day = row["first_response"] or "—"
    if not row.get("page_id"):
        return text_html(day)
    return app_link_html(doc_href(row["page_id"], lang), day)


def _map(rows: list[dict], merged: bool, colour: str, lang: str) -> None:
    field = "lag_days" if colour == "lag" else "pages"
    values = {row["province"]: row[field] for row in rows}
    details = {row["province"]: ", ".join(row.get("provinces") or []) for row in rows}
    st.altair_chart(tile_map(values, merged=merged, legend=label(f"tile_{colour}", lang),
                             scheme="orangered" if colour == "lag" else "blues",
                             details=details if merged else None), width="content")


def _exports(view: ProvinceView, rows: list[dict], merged: bool, lang: str) -> None:
    stem = "provinces-" + "".join(c if c.isalnum() else "-" for c in view.number)
    flat = [{**row, "agencies": "; ".join(row["agencies"]),
             "provinces": "; ".join(row.get("provinces") or [])} for row in rows]
    record = {"number": view.number, "identity": view.identity, "issued": view.issued,
              "merged": merged, "provinces": rows,
              "skipped": [page.model_dump() for page in view.skipped]}
    as_json = json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8")
    row = st.container(horizontal=True)
    row.download_button(label("export_csv", lang),
                        rows_to_csv(flat, MERGED_COLUMNS if merged else COLUMNS),
                        file_name=f"{stem}.csv", mime="text/csv", on_click="ignore")
    row.download_button(label("export_json", lang), as_json, file_name=f"{stem}.json",
                        mime="application/json", on_click="ignore")


def _skipped(view: ProvinceView, lang: str) -> None:
    if not view.skipped:
        return
    with st.expander(label("skipped_copies", lang, count=len(view.skipped))):
        items = "".join(
            f"<li>{app_link_html(doc_href(page.page_id, lang), page.title or page.page_id)} "
            f"<small>{text_html(page.province or label('central', lang))} · "
            f"{text_html(label('reason_' + page.reason, lang))}</small></li>"
            for page in view.skipped
        )
        show_html(f"<ul>{items}</ul>")


def show_provinces(service, lang: str) -> None:
    st.title(label("provinces_title", lang))
    st.caption(label("provinces_intro", lang))
    wanted = _read_url()
    _controls(wanted, lang)
    if not wanted["number"]:
        st.info(label("enter_number", lang))
        return
    view = run_safely(lang, service.province_view, wanted["number"])
    if view is None:
        return
    if not view.provinces:
        st.info(label("no_answers", lang, number=view.number))
        _skipped(view, lang)
        return
    rows = _sorted(_rows(view, wanted["merged"]), wanted["sort"])
    issued = label("issued_on", lang, date=view.issued) if view.issued else ""
    # One document: named by identity ("07/CT-UBND · Kon Tum 2020") and linked to its page.
    name = identity_name(view.identity) if view.identity else view.number
    summary = text_html(label("answered_summary", lang, count=len(rows), number=name,
                              issued=issued))
    if view.identity:
        summary += " " + app_link_html(document_href(view.identity, lang),
                                       label("open_document", lang, name=name))
    show_html(summary)
    show_html(_table(rows, wanted["merged"], lang))
    _exports(view, rows, wanted["merged"], lang)
    _skipped(view, lang)
    _map(rows, wanted["merged"], wanted["colour"], lang)


lang = current_lang()
show_provinces(service_or_stop(lang), lang)
