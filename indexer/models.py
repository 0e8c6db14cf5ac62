"""The archive's vocabulary: pages, the documents they cite, passages, search hits."""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from pydantic import BaseModel, ConfigDict, Field


class Citation(BaseModel):
    """An official document cited in a page ("Chỉ thị số 07/CT-UBND ngày 14/7/2020")."""

    number: str  # normalised: "07/CT-UBND", "172-TB/TW", "15/2020/NĐ-CP", "QCVN 07A:2020/BCT"
    type: str | None = None  # "Chỉ thị", "Công điện", "Thông báo", "Quyết định", ...
    date: str | None = None  # ISO date of the cited document when the text gives it
    issuer: str | None = None  # "UBND tỉnh", "Thủ tướng Chính phủ", "Bộ Chính trị", ...
    province: str | None = None  # province of the issuer when the evidence allows
    year: int | None = None
    identity: str | None = None  # resolved "number|issuer|province|year", None when ambiguous
    confidence: str = "ambiguous"  # "stated", "inferred" (from the citing page) or "ambiguous"
    identity_rule: str | None = None  # evidence per field: "year=date-after;issuer=phrase;..."
    # What the acting document does to this one (see indexer/parsing/relations.py): "cites",
    # "implements", "amends", "replaces" or "repeals". The acting document is the page's own
    # unless `subject` names another ("Quyết định X thay thế Quyết định Y" in a news page).
    relation: str = "cites"
    subject: str | None = None  # normalised number of the acting document, when not the page's
    since: str | None = None  # ISO date the relation takes effect, when the sentence says it
    start: int = 0  # character offsets of the number in Page.text
    end: int = 0


class Page(BaseModel):
    """One archived article, cleaned and described."""

    page_id: str
    url: str
    site: str | None = None  # host name of the portal
    title: str | None = None
    published: str | None = None  # ISO date or datetime, None when the page gives none
    province: str | None = None  # as published ("Kon Tum"); None for central bodies
    province_current: str | None = None  # the post-1 July 2025 province ("Quảng Ngãi")
    agency: str | None = None
    author: str | None = None
    text: str = ""
    citations: list[Citation] = Field(default_factory=list)
    own_number: str | None = None  # a legal document's own "Số: ..." number
    # Identity of the document the page issues (its "Số:", or the one its lead says was
    # issued); own_confidence is None when the page names no document of its own.
    own_identity: str | None = None
    own_confidence: str | None = None
    # When the page's own document takes effect and ends, as its text states (ISO dates).
    effective_from: str | None = None
    effective_until: str | None = None
    content_hash: str = ""
    fetched_at: str | None = None
    warc_file: str | None = None
    warc_offset: int | None = None
    duplicate_of: str | None = None  # page_id of the canonical copy when near-duplicate
    also_published_at: list[str] = Field(default_factory=list)  # URLs of near-duplicates
    parent_url: str | None = None  # for an attachment (PDF/DOCX): the article that links it
    # Where an attachment's text came from: "pdf" (text layer), "ocr" (a scan read by OCR),
    # "docx", "doc", "rtf", "xls", "xlsx"; None for web pages.
    text_source: str | None = None

    @property
    def published_date(self) -> date | None:
        """The publication day, for date filters and timelines."""
        if not self.published:
            return None
        return datetime.fromisoformat(self.published).date()

    def compute_hash(self) -> str:
        """Hash of everything the index derives from, so unchanged pages are skipped."""
        payload = "\x1f".join(
            [
                self.url,
                self.title or "",
                self.published or "",
                self.province or "",
                self.agency or "",
                self.text,
            ]
        )
        return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def page_id_for(url: str) -> str:
    """Stable id of a page from its canonical URL."""
    return hashlib.sha1(url.encode("utf-8")).hexdigest()[:20]


class Passage(BaseModel):
    """A chunk of a page's text that gets its own embedding."""

    passage_id: str  # f"{page_id}:{ordinal}"
    page_id: str
    ordinal: int
    text: str
    start: int
    end: int


class SearchFilters(BaseModel):
    """What narrows a search; every store applies them with the rules of `stores/filters.py`."""

    province: str | None = None
    province_current: str | None = None
    agency: str | None = None
    doc_type: str | None = None
    date_from: date | None = None
    date_to: date | None = None


class Term(BaseModel):
    """One searched unit of a user's query: a word, or words that must stand in order."""

    model_config = ConfigDict(frozen=True)

    text: str  # as typed, NFC, tones in government style: "phòng", "07/CT-UBND"
    phrase: bool = False  # quoted, or several words joined by punctuation ("COVID-19")


class KeywordQuery(BaseModel):
    """A user's text parsed once (`indexer.query.parse`), for a store to compile.

    Every group must match, by any one of its terms (OR); no excluded term may match.
    Matching folds diacritics ("phong chong dich" finds "phòng, chống dịch"); a term typed
    with its diacritics ranks pages spelling it the same way higher. `browse` (empty text)
    lists the filtered pages newest first; no groups and no browse matches nothing.
    """

    groups: list[list[Term]] = Field(default_factory=list)
    excluded: list[Term] = Field(default_factory=list)
    filters: SearchFilters = Field(default_factory=SearchFilters)
    browse: bool = False
    passage: bool = False  # a pasted passage: its words are alternatives (see query.parse)

    @property
    def terms(self) -> list[Term]:
        """Every wanted term, in the order typed."""
        return [term for group in self.groups for term in group]

    @property
    def proximity_words(self) -> list[str]:
        """The words to reward standing close together: only when the query is two or more
        plain words, every one required (no OR, no phrase)."""
        if len(self.groups) < 2 or any(len(g) > 1 or g[0].phrase for g in self.groups):
            return []
        return [group[0].text for group in self.groups]


class Hit(BaseModel):
    """One search result: a page, its score, and a snippet with highlighted spans."""

    page_id: str
    score: float
    title: str | None = None
    url: str = ""
    published: str | None = None
    province: str | None = None
    agency: str | None = None
    snippet: str = ""  # plain text, never HTML
    highlights: list[tuple[int, int]] = Field(default_factory=list)  # spans in snippet
    ranks: dict[str, int] = Field(default_factory=dict)  # rank per retriever, for hybrid
    why: str | None = None  # how hybrid search weighed the rankings for this query
    text_source: str | None = None  # "ocr" when the page's text was read off a scan


class SearchResults(BaseModel):
    query: str
    mode: str
    total: int
    hits: list[Hit]
    facets: dict[str, dict[str, int]] = Field(default_factory=dict)
