"""Related directives: the pages a researcher holding one page wants next, each with why.

Every signal the archive has counts, strongest first:
- the same article republished elsewhere ("đăng lại"), or the same document published
  on another page ("cùng công bố", such as an announcement and its scanned original);
- the page's own document cited or implemented by another page, or a document the page
  cites or implements published in the archive ("thực hiện văn bản này", "văn bản được
  trích dẫn");
- both pages implementing or citing the same document ("cùng thực hiện Chỉ thị 16/CT-TTg",
  "cùng trích dẫn ..."), weighted down for documents that half the archive cites;
- passage similarity ("nội dung tương tự").
Documents are told apart by identity (number, issuer, province, year), as citation chains
do. Scores add up over signals; each item keeps every reason, so the order can be explained.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from pydantic import BaseModel, Field

from indexer.models import Hit, Page, page_id_for
from indexer.parsing.identity import parse_identity
from indexer.query.documents import DocumentRecord, Mention, NumberDocuments

# Weight of each kind of evidence (a shared document is scaled by its rarity, see _rarity).
WEIGHTS = {
    "repost": 1.0,
    "issues_same": 0.9,
    "implements_this": 0.9,
    "cites_this": 0.7,
    "implemented_here": 0.8,
    "cited_here": 0.6,
    "implements_same": 0.6,
    "cites_same": 0.3,
    "similar_text": 0.5,
}
SIMILAR_ASKED = 20


# How a reason reads, in Vietnamese and English; {doc} is "Chỉ thị 16/CT-TTg" or a number.
PHRASES = {
    "repost": ("đăng lại cùng bài", "the same article republished"),
    "issues_same": ("cùng công bố {doc}", "publishes the same document {doc}"),
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
    documents: Callable[[str], NumberDocuments],
    similar: Callable[[str, int], list[Hit]],
    get: Callable[[str], Page | None],
    limit: int = 10,
) -> list[RelatedPage]:
    """Pages related to `page` by every signal above, best first, `page` itself left out.

    Documents go by identity, not by number (`documents` gives every document a number
    names, as `documents.documents_named` does): "07/CT-UBND" of Kon Tum and of Đắk Nông
    relate nothing, and a mention no evidence pinned to one document relates nothing.
    """
    tally = _Tally(types={c.number: c.type for c in page.citations if c.type})
    _reposts(page, tally, get)
    own = parse_identity(page.own_identity or "")
    if own is not None:
        record = documents(own.number).record(page.own_identity)
        if record is not None:
            for hit in record.issued_by:  # the same document published on another page
                tally.add(hit, "issues_same", own.number)
            for hit, relation in _citers(record):
                kind = "implements_this" if relation == "implements" else "cites_this"
                tally.add(hit, kind, own.number)
    for record, relation in _cited_documents(page, documents):
        number = record.number
        for hit in record.issued_by:  # the cited document's own page, when stored
            tally.add(hit, "implemented_here" if relation == "implements" else "cited_here",
                      number)
        citers = [(hit, other) for hit, other in _citers(record) if hit.page_id != page.page_id]
        scale = _rarity(len(citers) + 1)
        for hit, other in citers:
            both_implement = relation == "implements" and other == "implements"
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


def _relation(mentions: list[Mention]) -> str:
    """"implements" when any of a page's mentions of a document implements it, else "cites"."""
    return "implements" if any(m.relation == "implements" for m in mentions) else "cites"


def _citers(record: DocumentRecord) -> list[tuple[Hit, str]]:
    """Each page mentioning the document once, with its `_relation` to it; pages
    publishing the document are not its citers."""
    publishers = {hit.page_id for hit in record.issued_by}
    by_page: dict[str, list[Mention]] = {}
    for mention in record.mentions:
        if mention.page.page_id not in publishers:
            by_page.setdefault(mention.page.page_id, []).append(mention)
    return [(mentions[0].page, _relation(mentions)) for mentions in by_page.values()]


def _cited_documents(
    page: Page, documents: Callable[[str], NumberDocuments]
) -> list[tuple[DocumentRecord, str]]:
    """Each document the page mentions, as the records of its numbers hold it (so an
    undated mention that yields to a stated document goes there), with "implements" or
    "cites"; its own document and the mentions no evidence pinned down left out."""
    cited = []
    for number in dict.fromkeys(c.number for c in page.citations):
        for record in documents(number).documents:
            if any(hit.page_id == page.page_id for hit in record.issued_by):
                continue
            mine = [m for m in record.mentions if m.page.page_id == page.page_id]
            if mine:
                cited.append((record, _relation(mine)))
    return cited


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
