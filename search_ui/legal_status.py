"""A document's legal status and its "cited by" list, for the document page (#21).

`status_html` renders a `DocumentStatus` (from `SearchService.status`) as escaped HTML with
its evidence; `show_cited_by` draws the citing pages with filters, counts per facet, the
citing sentence of each, and the mentions no document could be pinned on, apart.
"""

from __future__ import annotations

import streamlit as st

from indexer.query.status import CitedBy, DocumentStatus, StatusEvidence
from search_ui.labels import label
from search_ui.render import (
    Span,
    app_link_html,
    doc_href,
    document_href,
    identity_name,
    link_html,
    mark_spans,
    text_html,
)
from search_ui.widgets import show_html

STATUS_COLOURS = {
    "in_force": "#1b7f3b", "amended": "#b26a00", "replaced": "#b3261e", "repealed": "#b3261e",
    "expired": "#6d6d6d", "unknown": "#6d6d6d",
}
FACETS = ("province", "issuer", "year", "relation")
ROWS_SHOWN = 200  # rows drawn at once; the counts above them cover every row


def _document_html(identity: str | None, lang: str) -> str:
    if not identity:
        return text_html(label("legal_itself", lang))
    if "|" in identity:
        return app_link_html(document_href(identity, lang), identity_name(identity))
    return text_html(identity)


def _evidence_html(evidence: StatusEvidence, lang: str) -> str:
    kind = label(f"legal_kind_{evidence.kind}", lang)
    by = _document_html(evidence.by, lang)
    since = (f" · {text_html(label('legal_since', lang, date=evidence.since))}"
             if evidence.since else "")
    pending = f" · {text_html(label('legal_pending', lang))}" if evidence.pending else ""
    confidence = text_html(label(f"legal_confidence_{evidence.confidence}", lang))
    sentence = (f"<blockquote>{text_html(evidence.sentence)}</blockquote>"
                if evidence.sentence else "")
    page = link_html(evidence.url, evidence.title or evidence.url)
    return (f"<li><b>{text_html(kind)}</b> · {by}{since}{pending} · <i>{confidence}</i>"
            f"{sentence}<small>{page} {text_html((evidence.published or '')[:10])}</small></li>")


def status_html(status: DocumentStatus | None, lang: str = "vi") -> str:
    """The status as a badge, what and since when, the amendments, and every piece of
    evidence with its sentence and page; "unknown" says that nothing was found, not a guess."""
    if status is None:
        return f"<p>{text_html(label('legal_status_none', lang))}</p>"
    colour = STATUS_COLOURS.get(status.status, "#6d6d6d")
    name = text_html(label(f"legal_status_{status.status}", lang))
    badge = (f'<span style="background:{colour};color:#fff;padding:2px 8px;'
             f'border-radius:4px">{name}</span>')
    parts = [badge]
    if status.by:
        parts.append(text_html(label("legal_by", lang)) + " "
                     + ", ".join(_document_html(b, lang) for b in status.by))
    if status.since:
        parts.append(text_html(label("legal_since", lang, date=status.since)))
    lines = [f"<p>{' · '.join(parts)}</p>"]
    dates = []
    if status.effective_from:
        dates.append(label("legal_effective_from", lang, date=status.effective_from))
    if status.effective_until:
        dates.append(label("legal_effective_until", lang, date=status.effective_until))
    if dates:
        lines.append(f"<p>{text_html(' · '.join(dates))}</p>")
    if status.status == "unknown":
        lines.append(f"<p><i>{text_html(label('legal_unknown_note', lang))}</i></p>")
    if status.amendments:
        items = "".join(_evidence_html(e, lang) for e in status.amendments)
        lines.append(f"<p>{text_html(label('legal_amendments', lang))}</p><ul>{items}</ul>")
    if status.evidence:
        items = "".join(_evidence_html(e, lang) for e in status.evidence)
        summary = text_html(label("legal_evidence", lang, count=len(status.evidence)))
        lines.append(f"<details><summary>{summary}</summary><ul>{items}</ul></details>")
    return "".join(lines)


def _facet_label(name: str, value: str, lang: str) -> str:
    if name == "relation":
        key = f"legal_relation_{value}"
        return label(key, lang) if key in _KNOWN_RELATIONS else value
    return value


_KNOWN_RELATIONS = {f"legal_relation_{r}" for r in
                    ("cites", "implements", "amends", "replaces", "repeals")}


def cited_by_rows_html(found: CitedBy, lang: str = "vi", limit: int = ROWS_SHOWN,
                       css: str = "bulletin-cited-by") -> str:
    """The citing pages as a table: the page (opened in the app), date, province, issuer,
    relation, and the citing sentence with the document's number marked."""
    if not found.rows:
        return f"<p>{text_html(label('legal_no_cited_by', lang))}</p>"
    number = found.identity.split("|", 1)[0]
    keys = ("page", "published", "province", "legal_facet_issuer", "relation", "citing_sentence")
    head = "".join(f"<th>{text_html(label(key, lang))}</th>" for key in keys)
    rows = []
    for row in found.rows[:limit]:
        cells = [
            app_link_html(doc_href(row.page_id, lang), row.title or row.url),
            text_html((row.published or "")[:10]),
            text_html(row.province or label("central", lang)),
            text_html(row.issuer or ""),
            text_html(_facet_label("relation", row.relation, lang)),
            f"<small>{_marked(row.sentence, number)}</small>",
        ]
        rows.append("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells) + "</tr>")
    more = (f"<p>{text_html(label('legal_more_rows', lang, count=len(found.rows) - limit))}</p>"
            if len(found.rows) > limit else "")
    return f'<table class="{css}"><tr>{head}</tr>{"".join(rows)}</table>{more}'


def _marked(sentence: str, number: str) -> str:
    """The sentence escaped, each occurrence of the number marked."""
    at = sentence.find(number)
    spans = []
    while at >= 0:
        spans.append(Span(at, at + len(number)))
        at = sentence.find(number, at + len(number))
    return mark_spans(sentence, spans).html


def show_cited_by(service, identity: str, lang: str = "vi", key: str = "cited_by") -> CitedBy:
    """Filters (province, issuer, year, relation) with the count of each value, the rows
    they leave with their citing sentences, and the unresolved mentions apart. Returns what
    was shown, so a caller (or a test) can read it."""
    every = service.cited_by_document(identity)
    columns = st.columns(len(FACETS))
    chosen: dict[str, str | None] = {}
    for column, name in zip(columns, FACETS, strict=True):
        counts = every.facets.get(name, {})
        options = ["", *counts]
        with column:
            picked = st.selectbox(
                label(f"legal_facet_{name}", lang), options, key=f"{key}_{name}",
                format_func=lambda v, n=name, c=counts: (
                    label("all", lang) if v == "" else f"{_facet_label(n, v, lang)} ({c[v]})"),
            )
        chosen[name] = picked or None
    found = every if not any(chosen.values()) else service.cited_by_document(
        identity, province=chosen["province"], issuer=chosen["issuer"],
        year=int(chosen["year"]) if chosen["year"] else None, relation=chosen["relation"])
    st.caption(label("legal_rows_shown", lang, shown=len(found.rows), total=found.total))
    show_html(cited_by_rows_html(found, lang))
    if found.unresolved:
        with st.expander(label("legal_unresolved", lang, count=len(found.unresolved))):
            show_html(cited_by_rows_html(CitedBy(identity, len(found.unresolved),
                                                 found.unresolved), lang,
                                         css="bulletin-unresolved"))
    return found

