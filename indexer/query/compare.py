"""Comparing provinces: who answered a document, how fast and how much, and how much each
published on a topic month by month (counted by the store over every match).

A province's answer to a directive is a page of its own that acts on it: the directive's
own page, a near-duplicate repost and a page whose text is mostly the directive's text
are copies, not answers, and are left out (`SkippedPage` says which and why).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from pydantic import BaseModel, Field

from indexer.models import Page, SearchFilters, page_id_for
from indexer.parsing.gazetteer import current_province
from indexer.parsing.identity import parse_identity
from indexer.parsing.textnorm import fold
from indexer.query.chains import CitationChain, timeline
from indexer.query.chains import first_responses as chain_first_responses

MOSTLY = 0.6  # share of a page's word triples found in the directive's text: a copy
_WORD = re.compile(r"\w+")


class ProvinceResponse(BaseModel):
    """A province's first page citing a document (None for central bodies)."""

    province: str | None
    page_id: str
    title: str
    published: str | None
    lag_days: int | None  # days after the document's date, None when either is unknown
    agency: str | None = None
    url: str = ""


class ProvinceAnswer(BaseModel):
    """How one province answered a document: its first real response, and how much."""

    province: str  # as published (pre-merger name)
    province_current: str | None  # after the 1 July 2025 merger
    first_response: str | None  # ISO date of its first dated real response
    lag_days: int | None  # days after the document's date
    pages: int  # pages of the province acting on the document
    agencies: list[str] = Field(default_factory=list)
    page_id: str = ""  # the first response
    title: str = ""
    url: str = ""


class SkippedPage(BaseModel):
    """A page citing the document that is not an answer, and why."""

    page_id: str
    province: str | None
    title: str
    reason: str  # "the_document", "repost" or "copied_text"


class ProvinceView(BaseModel):
    """Every province that answered a document, first responders first."""

    number: str
    identity: str | None = None  # "16/CT-TTg|Thủ tướng Chính phủ||2020" when one document
    issued: str | None = None  # the document's date, ISO
    provinces: list[ProvinceAnswer] = Field(default_factory=list)
    skipped: list[SkippedPage] = Field(default_factory=list)


def first_responses(chain: CitationChain) -> list[ProvinceResponse]:
    """The earliest dated page of each province citing the chain's root, oldest first."""
    return [ProvinceResponse(**row) for row in chain_first_responses(timeline(chain))]


def province_view(chain: CitationChain, get: Callable[[str], Page | None],
                  number: str | None = None) -> ProvinceView:
    """Per province, its first real response to the chain's document (`number`, by default
    the chain's root), the lag, its pages and agencies; copies are listed in `skipped`."""
    roots = chain.root_nodes()
    number = number or chain.root
    documents = set(roots) | {number}
    pages = {page_id: get(page_id) for page_id in chain.pages}
    issuing = {chain.issued_by.get(root) for root in roots}
    originals = [_shingles(p.text) for page_id, p in pages.items() if p is not None
                 and (_is_the_document(p, documents) or p.province is None
                      or page_id in issuing)]
    answers: dict[str, list[dict]] = {}
    skipped = []
    for row in timeline(chain):
        page = pages.get(row["page_id"])
        if not row["province"] or page is None:
            continue
        reason = _not_an_answer(page, documents, pages, get, originals)
        if reason:
            skipped.append(SkippedPage(page_id=page.page_id, province=page.province,
                                       title=row["title"] or "", reason=reason))
        else:
            answers.setdefault(row["province"], []).append(row)
    issued = next(filter(None, map(chain.document_date, roots)), None)
    provinces = [_answer(province, rows) for province, rows in answers.items()]
    provinces.sort(key=lambda a: (a.first_response or "9999", a.province))
    identity = chain.root if parse_identity(chain.root) else None
    return ProvinceView(number=number, identity=identity,
                        issued=issued.isoformat() if issued else None,
                        provinces=provinces, skipped=skipped)


def _is_the_document(page: Page, documents: set[str]) -> bool:
    """The page publishes the document itself: its own number or identity is the one."""
    return page.own_number in documents or page.own_identity in documents


def _not_an_answer(page: Page, documents: set[str], pages: dict[str, Page | None],
                   get: Callable[[str], Page | None], originals: list[set[str]]) -> str | None:
    if _is_the_document(page, documents):
        return "the_document"
    if _reposted_from_elsewhere(page, pages, get):
        return "repost"
    words = _shingles(page.text)
    if words and any(len(words & text) >= MOSTLY * len(words) for text in originals):
        return "copied_text"
    return None


def _reposted_from_elsewhere(page: Page, pages: dict[str, Page | None],
                             get: Callable[[str], Page | None]) -> bool:
    """Near-duplicate of a page published by another province or a central body."""
    family = [page.duplicate_of] if page.duplicate_of else []
    family += [page_id_for(url) for url in page.also_published_at]
    for page_id in family:
        other = pages.get(page_id) or get(page_id)
        if other is None or other.province != page.province:
            return True
    return False


def _answer(province: str, rows: list[dict]) -> ProvinceAnswer:
    dated = [row for row in rows if row["published"]]
    first = dated[0] if dated else rows[0]  # timeline rows are oldest first
    return ProvinceAnswer(
        province=province, province_current=current_province(province),
        first_response=first["published"], lag_days=first["lag_days"], pages=len(rows),
        agencies=sorted({row["agency"] for row in rows if row["agency"]}),
        page_id=first["page_id"], title=first["title"] or "", url=first["url"] or "",
    )


def _shingles(text: str) -> set[str]:
    """Word triples of the folded text (a copy that lost its diacritics still matches)."""
    words = _WORD.findall(fold(text or ""))
    return {" ".join(words[i:i + 3]) for i in range(len(words) - 2)}


class CurrentProvinceAnswer(BaseModel):
    """A post-merger province's answer: the earliest of its former provinces, pages summed."""

    province_current: str
    provinces: list[str]  # the former provinces that answered
    first_response: str | None
    lag_days: int | None
    pages: int
    agencies: list[str] = Field(default_factory=list)


def by_current_province(answers: list[ProvinceAnswer]) -> list[CurrentProvinceAnswer]:
    """The answers regrouped by the provinces in force since 1 July 2025."""
    groups: dict[str, list[ProvinceAnswer]] = {}
    for answer in answers:
        groups.setdefault(answer.province_current or answer.province, []).append(answer)
    merged = []
    for current, members in groups.items():
        first = min(members, key=lambda a: a.first_response or "9999")
        merged.append(CurrentProvinceAnswer(
            province_current=current, provinces=[a.province for a in members],
            first_response=first.first_response, lag_days=first.lag_days,
            pages=sum(a.pages for a in members),
            agencies=sorted({agency for a in members for agency in a.agencies}),
        ))
    return sorted(merged, key=lambda a: (a.first_response or "9999", a.province_current))


def monthly_counts(
    facets: Callable[..., dict[str, dict[str, int]]], topic: str, provinces: list[str]
) -> dict[str, dict[str, int]]:
    """province -> month -> pages matching `topic`, from the store's month facet."""
    return {
        province: dict(sorted(facets(topic, SearchFilters(province=province)).get("month", {})
                              .items()))
        for province in provinces
    }


class TopicView(BaseModel):
    """Pages matching a topic per province per month, over every match in the archive."""

    topic: str
    total: int  # every matching page, central bodies and undated pages included
    counts: dict[str, dict[str, int]]  # province -> month ("2020-04") -> pages
    merged: bool = False  # provinces are the post-merger ones

    @property
    def months(self) -> list[str]:
        """Every month from the first to the last with a match, gaps included."""
        seen = sorted({month for months in self.counts.values() for month in months})
        return _month_range(seen[0], seen[-1]) if seen else []

    def totals(self) -> dict[str, int]:
        """province -> pages matching the topic."""
        return {province: sum(months.values()) for province, months in self.counts.items()}


def topic_view(facets: Callable[..., dict[str, dict[str, int]]], topic: str, total: int,
               merged: bool = False) -> TopicView:
    """Pages per province per month for `topic`, every province with a match included."""
    provinces = sorted(facets(topic, None).get("province", {}))
    counts = {p: months for p, months in monthly_counts(facets, topic, provinces).items()
              if months}
    return TopicView(topic=topic, total=total, merged=merged,
                     counts=merge_counts(counts) if merged else counts)


def merge_counts(counts: dict[str, dict[str, int]]) -> dict[str, dict[str, int]]:
    """province -> month counts summed into the post-merger provinces."""
    merged: dict[str, dict[str, int]] = {}
    for province, months in counts.items():
        target = merged.setdefault(current_province(province) or province, {})
        for month, count in months.items():
            target[month] = target.get(month, 0) + count
    return {province: dict(sorted(months.items())) for province, months in merged.items()}


def _month_range(first: str, last: str) -> list[str]:
    day = date.fromisoformat(f"{first}-01")
    end = date.fromisoformat(f"{last}-01")
    months = []
    while day <= end:
        months.append(day.strftime("%Y-%m"))
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return months
