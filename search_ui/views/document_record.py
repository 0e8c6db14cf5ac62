"""The page of one document (`/document?id=07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020`):
what it is, its legal status, the pages publishing it, what it cites, what cites or
implements it, the responses by province and its chain; and, for a bare number
(`/document?number=07/CT-UBND`), every document that number names, with the mentions no
evidence pinned down listed apart.

Each section is its own function taking the record, so sections can be added or reordered.
"""

from __future__ import annotations

from collections import Counter

import streamlit as st

from indexer.models import Citation
from indexer.parsing.identity import parse_identity
from indexer.query.chains import first_responses, timeline, to_dot
from indexer.query.documents import DocumentRecord
from search_ui.labels import label
from search_ui.legal_status import show_cited_by, status_html
from search_ui.records import (
    confidence_text,
    first_responses_html,
    show_documents_named,
)
from search_ui.render import (
    app_link_html,
    chain_href,
    citation_href,
    doc_href,
    identity_name,
    node_href,
    number_href,
    text_html,
)
from search_ui.widgets import current_lang, heading, run_safely, service_or_stop, show_html

CHAIN_PAGES = 150


def _read_url() -> tuple[str, str]:
    return ((st.query_params.get("id") or "").strip(),
            (st.query_params.get("number") or "").strip())


def _apply() -> None:
    typed = (st.session_state.get("d_query") or "").strip()
    key = "id" if parse_identity(typed) else "number"
    params = {key: typed, "lang": st.query_params.get("lang") or ""}
    st.query_params.from_dict({name: value for name, value in params.items() if value})
    st.session_state["document_synced"] = typed


def _controls(shown: str, lang: str) -> None:
    if st.session_state.get("document_synced") != shown or "d_query" not in st.session_state:
        st.session_state.update(d_query=shown, document_synced=shown)
    st.text_input(label("document_query", lang), key="d_query", on_change=_apply,
                  placeholder=label("document_placeholder", lang))


def show_document_record(service, identity: str, lang: str) -> None:
    """The page of one document, or a clear message when the identity is malformed or no
    stored page names it."""
    parts = parse_identity(identity)
    if parts is None:
        st.error(label("bad_identity", lang, identity=identity))
        return
    record = run_safely(lang, service.document_record, identity)
    if record is None:
        st.info(label("unknown_identity", lang, name=identity_name(identity)))
        show_html(app_link_html(number_href(parts.number, lang),
                                label("see_documents_named", lang, number=parts.number)))
        return
    heading(" ".join(filter(None, [record.type, identity_name(record.identity)])))
    show_html(metadata_html(record, lang))
    show_html(app_link_html(number_href(record.number, lang),
                            label("see_documents_named", lang, number=record.number)))
    status_section(service, record, lang)
    issued_section(record, lang)
    cites_section(service, record, lang)
    cited_by_section(service, record, lang)
    chain = run_safely(lang, service.chain, record.identity, max_pages=CHAIN_PAGES)
    if chain is not None:
        timeline_section(chain, record, lang)
        graph_section(chain, lang)


def metadata_html(record: DocumentRecord, lang: str) -> str:
    """What the document is, as an escaped two-column table; the rule says what evidence
    gave each field of its identity."""
    rows = [
        ("number", text_html(record.number)),
        ("type", text_html(record.type or "")),
        ("issuer", text_html(record.issuer)),
        ("province", text_html(record.province or label("central", lang))),
        ("year", str(record.year)),
        ("date", text_html(record.date or "")),
        ("subject", text_html(record.title or "")),
        ("confidence", text_html(confidence_text(record.confidence, lang))),
        ("rule", rules_html(record, lang)),
        ("identity", f"<code>{text_html(record.identity)}</code>"),
    ]
    cells = "".join(
        f"<tr><th style='text-align:left'>{text_html(label(key, lang))}</th><td>{value}</td></tr>"
        for key, value in rows if value
    )
    return f'<table class="bulletin-record">{cells}</table>'


def rules_html(record: DocumentRecord, lang: str) -> str:
    """The evidence rule of each mention naming the document, with how sure it made the
    mention; most used first, counted."""
    counts = Counter((m.rule, m.confidence) for m in record.mentions if m.rule)
    return "<br>".join(
        f"<code>{text_html(rule)}</code> <small>({text_html(confidence_text(sure, lang))})"
        + (f" ×{n}" if n > 1 else "") + "</small>"
        for (rule, sure), n in counts.most_common())


def issued_section(record: DocumentRecord, lang: str) -> None:
    """The pages that issue or publish the document itself."""
    st.subheader(label("issued_by", lang))
    if not record.issued_by:
        st.caption(label("no_issued_by", lang))
        return
    items = []
    for hit in record.issued_by:
        facts = " · ".join(f for f in [(hit.published or "")[:10], hit.province or ""] if f)
        items.append(f"<li>{app_link_html(doc_href(hit.page_id, lang), hit.title or hit.url)}"
                     f" <small>{text_html(facts)}</small></li>")
    show_html(f'<ul class="bulletin-issued">{"".join(items)}</ul>')


def cited_documents(service, record: DocumentRecord) -> list[Citation] | None:
    """What the pages publishing the document cite, each document (or number) once; None when
    no page publishing it is stored."""
    if not record.issued_by:
        return None
    found: dict[str, Citation] = {}
    for hit in record.issued_by:
        page = service.document(hit.page_id)
        for citation in page.citations if page else []:
            itself = citation.identity == record.identity or (
                citation.identity is None and citation.number == record.number)
            if not itself:
                found.setdefault(citation.identity or citation.number, citation)
    return list(found.values())


def cites_section(service, record: DocumentRecord, lang: str) -> None:
    """The documents it cites, each linked to its own page (or to its number's list)."""
    st.subheader(label("record_cites", lang))
    cited = cited_documents(service, record)
    if cited is None:
        st.caption(label("record_cites_unknown", lang))
        return
    if not cited:
        st.caption(label("no_record_cites", lang))
        return
    items = []
    for citation in cited:
        name = identity_name(citation.identity) if citation.identity else citation.number
        facts = [citation.type, citation.date]
        if citation.relation == "implements":
            facts.append(label("relation_implements", lang))
        if not citation.identity:
            facts.append(label("not_pinned", lang))
        details = text_html(" · ".join(f for f in facts if f))
        items.append(f"<li><b>{app_link_html(citation_href(citation, lang), name)}</b> "
                     f"<small>{details}</small></li>")
    show_html(f'<ul class="bulletin-cites">{"".join(items)}</ul>')


def status_section(service, record: DocumentRecord, lang: str) -> None:
    """In force, amended, replaced or repealed (by which, since when), with its evidence."""
    st.subheader(label("legal_status", lang))
    show_html(status_html(run_safely(lang, service.status, record.identity), lang))


def cited_by_section(service, record: DocumentRecord, lang: str) -> None:
    """The pages citing or implementing it, filterable by province, issuer, year and
    relation with counts, each with its citing sentence; unresolved mentions apart."""
    st.subheader(label("record_cited_by", lang, count=len(record.citing_pages)))
    if not record.mentions:
        st.caption(label("no_record_cited_by", lang))
        return
    show_cited_by(service, record.identity, lang)


def timeline_section(chain, record: DocumentRecord, lang: str) -> None:
    """Its first response per province, with the lag from its date."""
    st.subheader(label("first_response", lang))
    name = identity_name(record.identity)
    issued = chain.document_date(record.identity)
    if issued:
        st.caption(label("timeline_caption", lang, number=name, date=issued.isoformat()))
    else:
        st.caption(label("timeline_no_date", lang, number=name))
    rows = first_responses(timeline(chain))
    if not rows:
        st.caption(label("no_record_cited_by", lang))
        return
    show_html(first_responses_html(rows, lang))


def graph_section(chain, lang: str) -> None:
    """Its chain by identity: documents link to their pages, pages to their view."""
    st.subheader(label("graph", lang))
    st.graphviz_chart(to_dot(
        chain, lambda page_id: doc_href(page_id, lang), central_label=label("central", lang),
        href_for_document=lambda node: node_href(node, lang)))
    show_html(app_link_html(chain_href(chain.root, lang), f"{label('open_chain', lang)} →"))


def show_documents_page(service, lang: str) -> None:
    st.title(label("document_title", lang))
    st.caption(label("document_intro", lang))
    identity, number = _read_url()
    _controls(identity or number, lang)
    if identity:
        show_document_record(service, identity, lang)
    elif number:
        named = run_safely(lang, service.documents, number)
        if named is not None:
            show_documents_named(service, named, lang)
    else:
        st.info(label("enter_document", lang))


lang = current_lang()
show_documents_page(service_or_stop(lang), lang)
