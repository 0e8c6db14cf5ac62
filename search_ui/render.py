"""Safe HTML for page text, snippets and result cards.

Page text comes from crawled portals, so it is escaped first and only the `<mark>` and
`<a>` tags built here ever reach `st.markdown(..., unsafe_allow_html=True)`.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from indexer.models import Citation, Hit
from indexer.parsing.identity import parse_identity
from indexer.query.chains import node_label

log = logging.getLogger(__name__)

# Markdown must not reinterpret page text: emoji short codes (":x:"), Streamlit icons
# (":material/x:") and KaTeX ("$x$") are spelt as character references.
_MARKDOWN_SAFE = str.maketrans({"$": "&#36;", ":": "&#58;", "\r": "", "\n": "<br>"})


@dataclass(frozen=True)
class Span:
    """A stretch of text to highlight, with an optional tooltip and link (built by
    `app_href`, opened in the same tab)."""

    start: int
    end: int
    title: str | None = None
    href: str | None = None


@dataclass(frozen=True)
class Marked:
    """Text rendered as HTML, and the spans that could not be placed in it."""

    html: str
    rejected: tuple[Span, ...] = ()


def text_html(text: str) -> str:
    """Plain text as inert HTML on one line, so Markdown keeps it as one raw HTML block."""
    return html.escape(text).translate(_MARKDOWN_SAFE)


def mark_spans(text: str, spans: Sequence[Span]) -> Marked:
    """`text` escaped, with each span wrapped in `<mark>`; overlapping spans are merged.

    Spans outside the text are returned in `rejected` (and logged) instead of being
    highlighted at a wrong place.
    """
    valid, rejected = [], []
    for span in spans:
        if 0 <= span.start < span.end <= len(text):
            valid.append(span)
        else:
            rejected.append(span)
    if rejected:
        log.warning("%d highlight spans outside a text of %d chars", len(rejected), len(text))
    merged: list[Span] = []
    for span in sorted(valid, key=lambda s: (s.start, s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            merged[-1] = Span(last.start, max(last.end, span.end), last.title, last.href)
        else:
            merged.append(span)
    parts, position = [], 0
    for span in merged:
        parts.append(text_html(text[position : span.start]))
        title = f' title="{html.escape(span.title)}"' if span.title else ""
        mark = f"<mark{title}>{text_html(text[span.start : span.end])}</mark>"
        if span.href:
            mark = f'<a href="{html.escape(span.href)}" target="_self">{mark}</a>'
        parts.append(mark)
        position = span.end
    parts.append(text_html(text[position:]))
    return Marked("".join(parts), tuple(rejected))


def citation_spans(citations: Sequence[Citation],
                   href: Callable[[Citation], str | None] | None = None) -> list[Span]:
    """Highlight spans for the cited numbers in a page's text, titled with what is known,
    each linked to `href(citation)` when given."""
    spans = []
    for citation in citations:
        facts = [citation.type, citation.number, citation.date, citation.issuer]
        spans.append(Span(citation.start, citation.end, " · ".join(f for f in facts if f),
                          href(citation) if href else None))
    return spans


def safe_url(url: str | None) -> str | None:
    """The URL when it is a web address worth linking to; None for javascript:, data:, etc."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def link_html(url: str | None, text: str | None = None) -> str:
    """An escaped link opening a web URL in a new tab; the escaped text alone when unsafe."""
    shown = text_html(text if text is not None else (url or ""))
    target = safe_url(url)
    if not target:
        return shown
    return f'<a href="{html.escape(target)}" target="_blank" rel="noopener noreferrer">{shown}</a>'


def app_link_html(href: str, text: str) -> str:
    """A link to a view of this app (built by `app_href`), opened in the same tab."""
    return f'<a href="{html.escape(href)}" target="_self">{text_html(text)}</a>'


def app_href(page: str = "", **params: str | None) -> str:
    """A link inside the app, relative to its root so it works behind a path prefix."""
    query = urlencode({k: v for k, v in params.items() if v})
    return f"./{page}" + (f"?{query}" if query else "")


def doc_href(page_id: str, lang: str = "vi", search: dict[str, str] | None = None) -> str:
    """Link to the document view of a page, carrying the search it was found by (so the
    view's back link returns to those results)."""
    context = {k: v for k, v in (search or {}).items() if k not in ("doc", "lang")}
    return app_href(doc=page_id, **context, lang=lang if lang != "vi" else None)


def chain_href(number: str, lang: str = "vi") -> str:
    """Link to the citation-chain page starting from a document number."""
    return app_href("chain", number=number, lang=lang if lang != "vi" else None)


def document_href(identity: str, lang: str = "vi") -> str:
    """Link to the page of one document ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020")."""
    return app_href("document", id=identity, lang=lang if lang != "vi" else None)


def number_href(number: str, lang: str = "vi") -> str:
    """Link to the list of every document a bare number names."""
    return app_href("document", number=number, lang=lang if lang != "vi" else None)


def node_href(node: str, lang: str = "vi") -> str:
    """Where a document node leads: an identity to its document's page, a bare number to the
    list of the documents it names."""
    return document_href(node, lang) if parse_identity(node) else number_href(node, lang)


def citation_href(citation: Citation, lang: str = "vi") -> str:
    """Where a cited number leads: its document when the mention names one, else the list of
    documents its number names."""
    return node_href(citation.identity or citation.number, lang)


def identity_name(node: str) -> str:
    """A document as people name it: "07/CT-UBND · Kon Tum 2020"; a bare number as itself."""
    return " · ".join(part for part in node_label(node) if part)


def ocr_badge_html(title: str) -> str:
    """A small "OCR" badge: the text was read off a scan and may hold misreadings."""
    return (f'<span class="bulletin-ocr" title="{html.escape(title)}" style="background:#fde68a;'
            'color:#713f12;border-radius:4px;padding:0 .4em;font-size:.75em;font-weight:600;'
            'vertical-align:middle">OCR</span>')


def hit_html(hit: Hit, lang: str = "vi", search: dict[str, str] | None = None
             ) -> tuple[str, Marked]:
    """A search result as HTML: linked title, date · province · agency, URL, snippet.

    Returns the card and the marked snippet (whose `rejected` spans the caller reports).
    """
    title = app_link_html(doc_href(hit.page_id, lang, search),
                          hit.title or hit.url or hit.page_id)
    facts = [(hit.published or "")[:10], hit.province or "", hit.agency or ""]
    meta = " · ".join(text_html(f) for f in facts if f)
    if hit.text_source == "ocr":
        meta += " " + ocr_badge_html("văn bản nhận dạng từ bản quét (OCR)")
    snippet = mark_spans(hit.snippet, [Span(s, e) for s, e in hit.highlights])
    card = (
        f'<div class="bulletin-hit"><div style="font-size:1.1em;font-weight:600">{title}</div>'
        f'<div style="opacity:.75;font-size:.9em">{meta}</div>'
        f'<div style="font-size:.85em">{link_html(hit.url)}</div>'
        f"<div>{snippet.html}</div></div>"
    )
    return card, snippet
