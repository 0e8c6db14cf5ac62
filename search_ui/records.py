"""Documents by identity in the UI: how one is named and linked, the list of every document
a bare number names (with the mentions no evidence pinned down listed apart), and the
sentence a page cites a document in. Used by the document page and the chain page."""

from __future__ import annotations

import streamlit as st

from indexer.parsing.relations import sentence_bounds
from indexer.query.documents import DocumentRecord, Mention, NumberDocuments
from search_ui.labels import label
from search_ui.render import (
    Span,
    app_link_html,
    doc_href,
    document_href,
    identity_name,
    mark_spans,
    node_href,
    text_html,
)
from search_ui.widgets import show_html

SENTENCE_REACH = 240  # characters either side of a cited number, at most


def citing_sentence(text: str, start: int, end: int) -> str:
    """The sentence of `text` holding [start, end) as escaped HTML, the span marked; cut at
    `SENTENCE_REACH` characters either side ("…") when the sentence runs longer."""
    if not 0 <= start < end <= len(text):
        return ""
    first, last = sentence_bounds(text, start, end)
    begin, stop = max(first, start - SENTENCE_REACH), min(last, end + SENTENCE_REACH)
    while begin < start and text[begin].isspace():
        begin += 1
    piece = text[begin:stop].rstrip().rstrip("|").rstrip()
    marked = mark_spans(piece, [Span(start - begin, end - begin)]).html
    before = "… " if begin > first else ""
    after = " …" if stop < last else ""
    return f"{before}{marked}{after}"


def confidence_text(confidence: str | None, lang: str) -> str:
    """ "stated in the text", "partly inferred from the citing page", ... (plain text)."""
    if confidence in ("stated", "inferred", "ambiguous"):
        return label(f"confidence_{confidence}", lang)
    return confidence or ""


def record_pages(record: DocumentRecord) -> int:
    """How many stored pages issue, publish or cite the document, each once."""
    return len({hit.page_id for hit in record.issued_by}
               | {hit.page_id for hit in record.citing_pages})


def documents_table_html(records: list[DocumentRecord], lang: str) -> str:
    """One row per document: its name linked to its page, then issuer, province, year, date,
    title, confidence and how many pages name it."""
    keys = ("number", "issuer", "province", "year", "date", "subject", "confidence", "pages")
    head = "".join(f"<th>{text_html(label(key, lang))}</th>" for key in keys)
    rows = []
    for record in records:
        cells = [
            app_link_html(document_href(record.identity, lang), identity_name(record.identity)),
            text_html(record.issuer),
            text_html(record.province or label("central", lang)),
            str(record.year),
            text_html(record.date or ""),
            text_html(record.title or ""),
            text_html(confidence_text(record.confidence, lang)),
            str(record_pages(record)),
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f'<table class="bulletin-documents"><tr>{head}</tr>{"".join(rows)}</table>'


def mentions_html(mentions: list[Mention], lang: str, texts: dict[str, str],
                  css: str = "bulletin-mentions") -> str:
    """One row per mention: the page linked to its view, relation, date, province, and the
    citing sentence when the page's text is in `texts` (page_id → text)."""
    keys = ("page", "relation", "published", "province", "citing_sentence")
    head = "".join(f"<th>{text_html(label(key, lang))}</th>" for key in keys)
    rows = []
    for mention in mentions:
        hit = mention.page
        relation = mention.relation
        if relation in ("cites", "implements"):
            relation = label(f"relation_{relation}", lang)
        text = texts.get(hit.page_id)
        sentence = citing_sentence(text, mention.start, mention.end) if text else ""
        cells = [
            app_link_html(doc_href(hit.page_id, lang), hit.title or hit.url or hit.page_id),
            text_html(relation),
            text_html((hit.published or "")[:10]),
            text_html(hit.province or label("central", lang)),
            f"<small>{sentence}</small>",
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    return f'<table class="{css}"><tr>{head}</tr>{"".join(rows)}</table>'


def page_texts(service, mentions: list[Mention]) -> dict[str, str]:
    """The text of each page the mentions are on, read from the store once per page."""
    texts = {}
    for page_id in dict.fromkeys(m.page.page_id for m in mentions):
        page = service.document(page_id)
        if page is not None:
            texts[page_id] = page.text
    return texts


def show_documents_named(service, named: NumberDocuments, lang: str) -> None:
    """Every document the number names, each linked to its page, then the mentions that
    could not be pinned to one document, apart."""
    if not named.documents and not named.ambiguous:
        st.info(label("unknown_number", lang, number=named.number))
        return
    st.subheader(label("documents_named", lang, count=len(named.documents),
                       number=named.number))
    if len(named.documents) > 1:
        st.caption(label("shared_number", lang))
    if named.documents:
        show_html(documents_table_html(named.documents, lang))
    show_ambiguous(service, named, lang)


def show_ambiguous(service, named: NumberDocuments, lang: str) -> None:
    """The mentions of the number no evidence pinned to one document, never merged."""
    if not named.ambiguous:
        return
    st.subheader(label("ambiguous_mentions", lang, count=len(named.ambiguous)))
    st.caption(label("ambiguous_note", lang, number=named.number))
    show_html(mentions_html(named.ambiguous, lang, page_texts(service, named.ambiguous),
                            css="bulletin-ambiguous"))


def document_link(node: str, lang: str) -> str:
    """A document node linked to its page (named by identity); a bare number to the list of
    the documents it names."""
    return app_link_html(node_href(node, lang), identity_name(node))


def first_responses_html(rows: list[dict], lang: str, shared: bool = False) -> str:
    """Each province's first response (`chains.first_responses` rows) as a table: province,
    date, lag in days, the page; with `shared`, which document the row answers."""
    keys = ("province", "published", "lag_days", "title") + (("number",) if shared else ())
    head = "".join(f"<th>{text_html(label(key, lang))}</th>" for key in keys)
    body = "".join(
        "<tr>"
        f"<td>{text_html(row['province'] or label('central', lang))}</td>"
        f"<td>{text_html(row['published'])}</td>"
        f"<td>{'' if row['lag_days'] is None else row['lag_days']}</td>"
        f"<td>{app_link_html(doc_href(row['page_id'], lang), row['title'] or '')}</td>"
        + (f"<td>{document_link(row['document'], lang)}</td>" if shared else "")
        + "</tr>"
        for row in rows
    )
    return f'<table class="bulletin-responses"><tr>{head}</tr>{body}</table>'
