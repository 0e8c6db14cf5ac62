"""Related directives: the pages a researcher holding one page wants next, each with why.

Every signal the archive has counts, strongest first:
- the same article republished elsewhere ("đăng lại");
- the page's own document cited or implemented by another page, or a document the page
  cites or implements published in the archive ("thực hiện văn bản này", "văn bản được
  trích dẫn");
- both pages implementing or citing the same document ("cùng thực hiện Chỉ thị 16/CT-TTg",
  "cùng trích dẫn ..."), weighted down for documents that half the archive cites;
- passage similarity ("nội dung tương tự").
Scores add up over signals; each item keeps every reason, so the order can be explained.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from indexer.models import Hit, Page, page_id_for

# Weight of each kind of evidence (a shared document is scaled by its rarity, see _rarity).
WEIGHTS = {
    "repost": 1.0,
    "implements_this": 0.9,
    "cites_this": 0.7,
    "implemented_here": 0.8,
    "cited_here": 0.6,
    "implements_same": 0.6,
    "cites_same": 0.3,
    "similar_text": 0.5,
}
CITERS_ASKED = 200  # pages asked for per shared document
SIMILAR_ASKED = 20


# How a reason reads, in Vietnamese and English; {doc} is "Chỉ thị 16/CT-TTg" or a number.
PHRASES = {
    "repost": ("đăng lại cùng bài", "the same article republished"),
    "implements_this": ("thực hiện {doc}", "implements {doc}"),
    "cites_this": ("trích dẫn {doc}", "cites {doc}"),
    "implemented_here": ("{doc}, văn bản trang này thực hiện", "{doc}, which this page implements"),
    "cited_here": ("{doc}, văn bản trang này trích dẫn", "{doc}, which this page cites"),
    "implements_same": ("cùng thực hiện {doc}", "both implement {doc}"),
    "cites_same": ("cùng trích dẫn {doc}", "both cite {doc}"),
    "similar_text": ("nội dung tương tự", "similar text"),
}


class Reason(BaseModel):
    """One piece of evidence that two pages are related."""

    kind: str  # a key of WEIGHTS
    number: str | None = None  # the document it goes through, when there is one
    doc_type: str | None = None  # "Chỉ thị", when the citing text names the type
    weight: float = 0.0

    def describe(self, lang: str = "vi") -> str:
        """The reason in words: "cùng thực hiện Chỉ thị 16/CT-TTg"."""
        vietnamese, english = PHRASES[self.kind]
        doc = " ".join(part for part in (self.doc_type, self.number) if part)
        return (english if lang == "en" else vietnamese).format(doc=doc)


class RelatedPage(BaseModel):
    """A related page, its summed score, and every reason behind it (strongest first)."""

    hit: Hit
    score: float
    reasons: list[Reason] = Field(default_factory=list)


@dataclass
class _Tally:
    hits: dict[str, Hit] = field(default_factory=dict)
    reasons: dict[str, list[Reason]] = field(default_factory=dict)

    types: dict[str, str] = field(default_factory=dict)  # number -> document type

    def add(self, hit: Hit, kind: str, number: str | None = None, scale: float = 1.0) -> None:
        self.hits.setdefault(hit.page_id, hit)
        found = self.reasons.setdefault(hit.page_id, [])
        if any(r.kind == kind and r.number == number for r in found):
            return
        weight = round(WEIGHTS[kind] * scale, 4)
        doc_type = self.types.get(number) if number else None
        found.append(Reason(kind=kind, number=number, doc_type=doc_type, weight=weight))


def related_pages(
    page: Page,
    *,
    cited_by: Callable[[str, int], list[Hit]],
    by_citation: Callable[[str, int], list[Hit]],
    similar: Callable[[str, int], list[Hit]],
    get: Callable[[str], Page | None],
    limit: int = 10,
) -> list[RelatedPage]:
    """Pages related to `page` by every signal above, best first, `page` itself left out."""
    tally = _Tally(types={c.number: c.type for c in page.citations if c.type})
    _reposts(page, tally, get)
    if page.own_number:
        for hit in cited_by(page.own_number, CITERS_ASKED):
            citing = get(hit.page_id)
            implements = citing is not None and any(
                c.number == page.own_number and c.relation == "implements"
                for c in citing.citations
            )
            tally.add(hit, "implements_this" if implements else "cites_this", page.own_number)
    relations = _relations(page)
    for number, relation in relations.items():
        citers = cited_by(number, CITERS_ASKED)
        issued = [h for h in by_citation(number, 1) if h.page_id not in {c.page_id for c in citers}]
        for hit in issued:  # the cited document's own page, when the archive has it
            tally.add(hit, "implemented_here" if relation == "implements" else "cited_here", number)
        scale = _rarity(len(citers))
        for hit in citers:
            other = get(hit.page_id)
            both_implement = relation == "implements" and other is not None and any(
                c.number == number and c.relation == "implements" for c in other.citations
            )
            tally.add(hit, "implements_same" if both_implement else "cites_same", number, scale)
    for rank, hit in enumerate(similar(page.page_id, SIMILAR_ASKED), start=1):
        tally.add(hit, "similar_text", scale=1.0 / math.sqrt(rank))
    tally.hits.pop(page.page_id, None)
    ranked = []
    for page_id, hit in tally.hits.items():
        reasons = sorted(tally.reasons[page_id], key=lambda r: -r.weight)
        score = round(sum(r.weight for r in reasons), 4)
        ranked.append(RelatedPage(hit=hit.model_copy(update={"score": score}), score=score,
                                  reasons=reasons))
    ranked.sort(key=lambda item: (-item.score, item.hit.published or "", item.hit.page_id))
    return ranked[:limit]


def _relations(page: Page) -> dict[str, str]:
    """number -> "implements" or "cites" for each document the page mentions."""
    relations: dict[str, str] = {}
    for citation in page.citations:
        if citation.number == page.own_number:
            continue
        if relations.get(citation.number) != "implements":
            relations[citation.number] = citation.relation
    return relations


def _reposts(page: Page, tally: _Tally, get: Callable[[str], Page | None]) -> None:
    """The canonical copy of a repost, and the reposts of a canonical page."""
    if page.duplicate_of and (canonical := get(page.duplicate_of)) is not None:
        tally.add(_hit_of(canonical), "repost")
        family = canonical.also_published_at
    else:
        family = page.also_published_at
    for url in family:
        if url == page.url:
            continue
        if (copy := get(page_id_for(url))) is not None:
            tally.add(_hit_of(copy), "repost")


def _rarity(citers: int) -> float:
    """1 for a document two pages share, falling slowly for one most pages cite."""
    return 1.0 / math.log2(1 + max(citers, 1))


def _hit_of(page: Page) -> Hit:
    return Hit(page_id=page.page_id, score=0.0, title=page.title, url=page.url,
               published=page.published, province=page.province, agency=page.agency,
               snippet=" ".join(page.text[:240].split()))
