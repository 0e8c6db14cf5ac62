"""Streamlit pieces every page shares: language, the service, result lists."""

from __future__ import annotations

from collections.abc import Sequence

import streamlit as st

from indexer.errors import BulletinError
from indexer.models import Hit
from search_ui.labels import LANGUAGES, label
from search_ui.render import app_link_html, doc_href, hit_html, text_html
from search_ui.service import get_service


def current_lang() -> str:
    """The UI language: `?lang=` when the link carries one, else this session's choice."""
    lang = st.query_params.get("lang") or st.session_state.get("lang") or "vi"
    if lang not in LANGUAGES:
        lang = "vi"
    st.session_state["lang"] = lang
    if lang != "vi" and st.query_params.get("lang") != lang:
        # Page switches drop query parameters; keep the choice in shared links.
        st.query_params["lang"] = lang
    return lang


def language_switch(lang: str) -> None:
    """The sidebar toggle between Vietnamese and English."""
    st.session_state["ui_english"] = lang == "en"
    st.sidebar.toggle(label("english", lang), key="ui_english", on_change=_switch_language)


def _switch_language() -> None:
    lang = "en" if st.session_state["ui_english"] else "vi"
    st.session_state["lang"] = lang
    if lang == "vi":
        st.query_params.pop("lang", None)
    else:
        st.query_params["lang"] = lang


def service_or_stop(lang: str):
    """The SearchService, or a one-line error and the end of this run when it cannot open."""
    try:
        with st.spinner(label("opening", lang)):
            return get_service()
    except (BulletinError, OSError, ValueError, ImportError) as exc:
        st.error(label("service_error", lang, error=exc))
        st.stop()


def show_html(body: str) -> None:
    """Show HTML built by `search_ui.render` (escaped page text plus our own tags only)."""
    st.markdown(body, unsafe_allow_html=True)


def heading(text: str, level: int = 2) -> None:
    """A heading made of page text, escaped (Markdown headings would interpret it)."""
    show_html(f"<h{level}>{text_html(text)}</h{level}>")


def hit_list(hits: Sequence[Hit], lang: str, search: dict[str, str] | None = None) -> None:
    """Result cards with highlighted snippets; reports spans the backend got wrong."""
    rejected = 0
    for hit in hits:
        card, snippet = hit_html(hit, lang, search)
        rejected += len(snippet.rejected)
        with st.container(border=True):
            show_html(card)
    if rejected:
        st.caption(label("bad_spans", lang, count=rejected))


def hit_links(hits: Sequence[Hit], lang: str, search: dict[str, str] | None = None) -> None:
    """A compact list of linked titles with date and province."""
    items = []
    for hit in hits:
        facts = " · ".join(f for f in [(hit.published or "")[:10], hit.province or ""] if f)
        link = app_link_html(doc_href(hit.page_id, lang, search),
                             hit.title or hit.url or hit.page_id)
        items.append(f"<li>{link} <small>{text_html(facts)}</small></li>")
    show_html(f"<ul>{''.join(items)}</ul>")


def run_safely(lang: str, work, *args, **kwargs):
    """Call the service with a spinner; bad input becomes one error line instead of a trace."""
    try:
        with st.spinner(label("searching", lang)):
            return work(*args, **kwargs)
    except BulletinError as exc:
        st.error(str(exc))
        return None
