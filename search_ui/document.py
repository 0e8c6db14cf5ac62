"""The document view (`?doc=<page_id>`): clean text with cited numbers marked, metadata,
cited documents, pages citing the same documents, similar pages."""

from __future__ import annotations

import streamlit as st

from indexer.models import Citation, Hit, Page
from indexer.parsing.identity import parse_identity
from indexer.query.originals import OriginalNotFound, original_of
from search_ui.labels import label
from search_ui.render import (
    app_href,
    app_link_html,
    chain_href,
    citation_href,
    citation_spans,
    doc_href,
    document_href,
    identity_name,
    link_html,
    mark_spans,
    number_href,
    ocr_badge_html,
    text_html,
)
from search_ui.widgets import heading, hit_links, run_safely, show_html

CITED_BY_SHOWN = 8  # per number; the citation-chain page lists them all
SIMILAR_SHOWN = 5


def show_document(service, page_id: str, lang: str, search: dict[str, str] | None = None) -> None:
    """Render one archived page, or a clear message when the id is unknown.

    `search` holds the parameters of the search the page was opened from, for the back link.
    """
    search = {k: v for k, v in (search or {}).items() if k not in ("doc", "lang")}
    back = app_href(**search, lang=lang if lang != "vi" else None)
    show_html(app_link_html(back, label("back", lang)))
    page = run_safely(lang, service.document, page_id)
    if page is None:
        st.error(label("not_found", lang, page_id=page_id))
        return
    heading(page.title or page.url)
    if page.text_source == "ocr":
        show_html(ocr_badge_html(label("ocr_title", lang)))
    show_html(metadata_html(page, lang))
    _download_original(page, lang)
    text_column, side_column = st.columns([3, 2], gap="large")
    with text_column:
        st.subheader(label("text", lang))
        # Each cited number leads to its document, or to the documents its number names.
        marked = mark_spans(page.text, citation_spans(
            page.citations, lambda citation: citation_href(citation, lang)))
        show_html(f'<div class="bulletin-text">{marked.html}</div>')
        if marked.rejected:
            st.caption(label("bad_spans", lang, count=len(marked.rejected)))
    with side_column:
        st.subheader(label("cited_documents", lang))
        if page.citations:
            show_html(citations_html(page.citations, lang))
        else:
            st.caption(label("no_citations", lang))
        _cited_by(service, page, lang, search)
        _similar(service, page, lang, search)


def metadata_html(page: Page, lang: str) -> str:
    """Title-less facts about the page as an escaped two-column table."""
    rows = [
        (label("published", lang), text_html((page.published or "").replace("T", " "))),
        (label("province", lang), text_html(page.province or label("central", lang))),
        (label("province_current", lang), text_html(page.province_current or "")),
        (label("agency", lang), text_html(page.agency or "")),
        (label("author", lang), text_html(page.author or "")),
        (label("own_number", lang), _own_document_html(page, lang)),
        (label("site", lang), text_html(page.site or "")),
        (label("url", lang), link_html(page.url)),
        (label("parent_url", lang), link_html(page.parent_url) if page.parent_url else ""),
        (label("text_source", lang), text_html(_source_name(page.text_source, lang))),
        (label("also_published_at", lang),
         "<br>".join(link_html(url) for url in page.also_published_at)),
    ]
    if page.duplicate_of:
        href = app_href(doc=page.duplicate_of, lang=lang if lang != "vi" else None)
        rows.append((label("duplicate_of", lang), app_link_html(href, page.duplicate_of)))
    cells = "".join(
        f"<tr><th style='text-align:left'>{text_html(name)}</th><td>{value}</td></tr>"
        for name, value in rows
        if value
    )
    return f"<table>{cells}</table>"


def _own_document_html(page: Page, lang: str) -> str:
    """The page's own number, linked to its document (or to the documents it names)."""
    if page.own_identity:
        return app_link_html(document_href(page.own_identity, lang),
                             page.own_number or page.own_identity.split("|")[0])
    if page.own_number:
        return app_link_html(number_href(page.own_number, lang), page.own_number)
    return ""


def _source_name(source: str | None, lang: str) -> str:
    if source == "ocr":
        return label("source_ocr", lang)
    return source.upper() if source else ""


def _download_original(page: Page, lang: str) -> None:
    """The file the portal served (a scan, a .doc), read back from the archive."""
    if not page.warc_file:
        return
    try:
        original = original_of(page)
    except OriginalNotFound as exc:
        st.caption(label("no_original", lang, reason=str(exc)))
        return
    st.download_button(label("download_original", lang, name=original.file_name),
                       data=original.body, file_name=original.file_name,
                       mime=original.content_type or "application/octet-stream",
                       key=f"original-{page.page_id}")


def citations_html(citations: list[Citation], lang: str) -> str:
    """Each cited document once (by identity; by number when the mention names none), its
    number linked to the document's page (or to the documents the number names), then what
    is known of it: type, date, issuer, whether this page implements it, its chain."""
    first: dict[str, Citation] = {}
    for citation in citations:
        first.setdefault(citation.identity or citation.number, citation)
    items = []
    for citation in first.values():
        facts = [citation.type, citation.date, citation.issuer, citation.province]
        if citation.relation != "cites":
            facts.append(label(f"relation_{citation.relation}", lang)
                         if citation.relation == "implements" else citation.relation)
        if not citation.identity:
            facts.append(label("not_pinned", lang))
        link = app_link_html(citation_href(citation, lang), citation.number)
        chain = app_link_html(chain_href(citation.identity or citation.number, lang),
                              label("chain_link", lang))
        details = text_html(" · ".join(str(fact) for fact in facts if fact))
        items.append(f"<li><b>{link}</b> <small>{details} · {chain}</small></li>")
    return f"<ul>{''.join(items)}</ul>"


def _cited_by(service, page: Page, lang: str, search: dict[str, str]) -> None:
    """Pages citing this page's own document, then pages citing the same documents; by
    identity where the mention names one, so documents sharing a number stay apart."""
    own = page.own_identity or page.own_number
    if own:
        st.subheader(label("cited_by_own", lang, number=identity_name(own)))
        _document_hits(own, _others(_citing(service, own, lang), page), lang, search)
    st.subheader(label("cited_by", lang))
    documents = dict.fromkeys(c.identity or c.number for c in page.citations)
    documents.pop(page.own_identity, None)  # listed above
    found = False
    for document in documents:
        hits = _others(_citing(service, document, lang), page)
        if hits:
            found = True
            show_html(f"<b>{text_html(identity_name(document))}</b>")
            _document_hits(document, hits, lang, search)
    if not found:
        st.caption(label("no_cited_by", lang))


def _citing(service, document: str, lang: str) -> list[Hit] | None:
    """Pages citing a document: one identity's alone, or every page naming a bare number."""
    if parse_identity(document):
        return run_safely(lang, service.cited_by_identity, document)
    return run_safely(lang, service.cited_by, document)


def _document_hits(document: str, hits: list[Hit], lang: str,
                   search: dict[str, str]) -> None:
    if not hits:
        st.caption(label("no_cited_by", lang))
        return
    hit_links(hits[:CITED_BY_SHOWN], lang, search)
    links = [app_link_html(chain_href(document, lang), f"{label('open_chain', lang)} →")]
    if parse_identity(document):
        links.insert(0, app_link_html(document_href(document, lang), label(
            "open_document", lang, name=identity_name(document))))
    show_html(" · ".join(links))


def _others(hits: list[Hit] | None, page: Page) -> list[Hit]:
    return [hit for hit in hits or [] if hit.page_id != page.page_id]


def _similar(service, page: Page, lang: str, search: dict[str, str]) -> None:
    """Related pages, each with why it is related ("cùng thực hiện Chỉ thị 16/CT-TTg")."""
    st.subheader(label("similar", lang))
    related = run_safely(lang, service.related, page.page_id, limit=SIMILAR_SHOWN)
    if not related:
        st.caption(label("no_similar", lang))
        return
    items = []
    for item in related:
        hit = item.hit
        link = app_link_html(doc_href(hit.page_id, lang, search), hit.title or hit.url)
        facts = " · ".join(f for f in [(hit.published or "")[:10], hit.province or ""] if f)
        why = "; ".join(reason.describe(lang) for reason in item.reasons)
        items.append(f"<li>{link} <small>{text_html(facts)}</small><br>"
                     f"<small><i>{text_html(why)}</i></small></li>")
    show_html(f"<ul>{''.join(items)}</ul>")
