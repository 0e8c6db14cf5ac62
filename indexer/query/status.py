"""Is a document still in force? Its status, derived from what the archived pages say, with
the evidence for it; and the pages citing it, as rows that filter and count by facet.

Evidence (``StatusEvidence``) is a sentence of a stored page: another document amends,
replaces or repeals this one (``Citation.relation``, read by ``parsing/relations.py``), or the
document's own text states when it takes effect or ends (``Page.effective_from/_until``).
"stated" evidence comes from a legal text speaking for itself (its "Số:" header makes it the
acting document); "reported" evidence from a news page or a description of two other
documents ("Quyết định X thay thế Quyết định Y").

The status, on the day ``as_of`` (today unless given), never guessed:

- "replaced" / "repealed": some document replaces / repeals it, effective on or before
  ``as_of`` (or on a day nobody stated); the earliest such ending wins, and amendments
  made before it are listed with it;
- "expired": its own text says it ends ("hết hiệu lực từ ngày D") on or before ``as_of``;
- "amended": some document amends it (a part of it, or adds to it) and nothing ends it;
- "in_force": its own text (or a report of it) states an effective date on or before
  ``as_of``, and nothing above applies;
- "unknown": none of the above is stated (also when it only takes effect after ``as_of``).

An ending dated after ``as_of`` is kept as evidence ("pending") but does not change the status.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from datetime import date

from indexer.models import Citation, Hit, Page
from indexer.parsing.identity import parse_identity
from indexer.parsing.relations import (
    ACTING,
    AMENDS,
    REPEALS,
    REPLACES,
    effective_dates,
    sentence_at,
)
from indexer.query.documents import (
    DocumentRecord,
    DocumentStore,
    Mention,
    document,
    documents_named,
)
from indexer.stores.filters import filter_key

IN_FORCE, AMENDED, REPLACED, REPEALED, EXPIRED, UNKNOWN = (
    "in_force", "amended", "replaced", "repealed", "expired", "unknown")
STATUSES = (IN_FORCE, AMENDED, REPLACED, REPEALED, EXPIRED, UNKNOWN)
STATED, REPORTED = "stated", "reported"
EFFECTIVE, ENDS = "effective", "ends"  # evidence kinds besides the relations


@dataclass
class StatusEvidence:
    """One sentence of one page that bears on a document's status."""

    kind: str  # "amends", "replaces", "repeals" (by another document), "effective", "ends"
    by: str | None  # the acting document's identity (or number when unresolved); None: itself
    page_id: str
    url: str
    title: str | None
    published: str | None
    sentence: str
    confidence: str  # "stated" (a legal text about itself) or "reported"
    since: str | None = None  # when it takes effect, as stated or as the acting one's start
    pending: bool = False  # dated after the day the status was derived for


@dataclass
class DocumentStatus:
    """A document's status on a day, and why."""

    identity: str
    status: str
    as_of: str
    since: str | None = None  # when the status began, when known
    by: list[str] = field(default_factory=list)  # replacing / repealing / amending documents
    effective_from: str | None = None
    effective_until: str | None = None
    amendments: list[StatusEvidence] = field(default_factory=list)
    evidence: list[StatusEvidence] = field(default_factory=list)
    reason: str = ""  # one English sentence saying how the status was decided

    def to_json(self) -> dict:
        return asdict(self)


def derive_status(identity: str, evidence: list[StatusEvidence],
                  as_of: date | None = None) -> DocumentStatus:
    """The status the evidence supports on ``as_of`` (see the module docstring)."""
    as_of = as_of or date.today()
    day = as_of.isoformat()
    dated = {(e.kind, e.by): e.since for e in evidence if e.since and e.by}
    for e in evidence:  # a report without a date: the date another page gives the same act
        e.since = e.since or dated.get((e.kind, e.by))
    evidence = sorted(evidence, key=lambda e: (e.since or "9999", e.published or "", e.page_id))
    for e in evidence:  # an undated report speaks from its own day on
        e.pending = bool(e.since > day if e.since else (e.published or "")[:10] > day)
    started = _first(e.since for e in evidence if e.kind == EFFECTIVE)
    until = _first(e.since for e in evidence if e.kind == ENDS)
    endings = [e for e in evidence if e.kind in (REPLACES, REPEALS) and not e.pending]
    amendments = [e for e in evidence if e.kind == AMENDS and not e.pending]
    result = DocumentStatus(identity, UNKNOWN, day, effective_from=started,
                            effective_until=until, evidence=evidence)
    if endings:
        first = min(endings, key=lambda e: (e.since or "9999", e.kind != REPLACES))
        same = [e for e in endings if e.kind == first.kind and e.since == first.since]
        result.status = REPLACED if first.kind == REPLACES else REPEALED
        result.since, result.by = first.since, _unique(e.by for e in same)
        result.amendments = [e for e in amendments
                             if not first.since or not e.since or e.since <= first.since]
        verb = "replaced" if first.kind == REPLACES else "repealed"
        result.reason = (f"{verb} by {', '.join(result.by) or 'a document'}"
                         f"{' from ' + first.since if first.since else ''} "
                         f"({first.confidence}, {len(same)} page(s))")
    elif until and until <= day:
        result.status, result.since = EXPIRED, until
        result.reason = f"its text says it ends on {until}"
    elif amendments:
        result.status, result.amendments = AMENDED, amendments
        result.by = _unique(e.by for e in amendments)
        result.since = _first(e.since for e in amendments)
        result.reason = f"amended by {', '.join(result.by)}; nothing replaces or repeals it"
    elif started and started <= day:
        result.status, result.since = IN_FORCE, started
        result.reason = f"in force from {started}; nothing amends, replaces or repeals it"
    else:
        result.reason = (f"takes effect on {started}" if started else
                         "no page states when it takes effect or that anything ends it")
    return result


def _first(values) -> str | None:
    found = sorted(v for v in values if v)
    return found[0] if found else None


def _unique(values) -> list[str]:
    return [v for v in dict.fromkeys(values) if v]


# ---- gathering the evidence from the store ---------------------------------------------
class _Pages:
    """Pages read once per question."""

    def __init__(self, store: DocumentStore) -> None:
        self.store, self.cache = store, {}

    def get(self, page_id: str) -> Page | None:
        if page_id not in self.cache:
            self.cache[page_id] = self.store.get(page_id)
        return self.cache[page_id]


def _citation_at(page: Page, mention: Mention) -> Citation | None:
    return next((c for c in page.citations if c.start == mention.start
                 and c.number == mention.number), None)


def _acting(page: Page, citation: Citation) -> tuple[str | None, str]:
    """(identity or number of the acting document, confidence) for a relation on a page."""
    own = parse_identity(page.own_identity or "")
    if citation.subject is None or (own is not None and own.number == citation.subject):
        confidence = STATED if page.own_number and page.own_confidence else REPORTED
        return page.own_identity or page.own_number, confidence
    named = next((c for c in page.citations if c.number == citation.subject and c.identity),
                 None)
    return (named.identity if named else citation.subject), REPORTED


def _effective_of(pages: _Pages, store: DocumentStore, identity: str | None) -> str | None:
    if not identity or parse_identity(identity) is None:
        return None
    for hit in store.issued(identity, limit=5):
        page = pages.get(hit.page_id)
        if page is not None and page.effective_from:
            return page.effective_from
    return None


def status_evidence(store: DocumentStore, record: DocumentRecord,
                    pages: _Pages | None = None) -> list[StatusEvidence]:
    """Every sentence of the stored pages bearing on the document's status."""
    pages = pages or _Pages(store)
    identity = record.identity
    found: list[StatusEvidence] = []
    # Every page publishing it (a record keeps one per identity): its text and reports of it.
    issuing = {h.page_id: h for h in [*record.issued_by, *store.issued(identity, limit=50)]}
    for hit in issuing.values():
        page = pages.get(hit.page_id)
        if page is None:
            continue
        confidence = STATED if page.own_number else REPORTED
        for kind, value in ((EFFECTIVE, page.effective_from), (ENDS, page.effective_until)):
            if value:
                found.append(StatusEvidence(kind, None, page.page_id, page.url, page.title,
                                            page.published, _effect_sentence(page, kind),
                                            confidence, since=value))
    for mention in record.mentions:
        if mention.relation not in ACTING:
            continue
        page = pages.get(mention.page.page_id)
        citation = _citation_at(page, mention) if page else None
        if page is None or citation is None:
            continue
        by, confidence = _acting(page, citation)
        if by == identity:
            continue  # a page cannot end the document it issues
        since = citation.since or _effective_of(pages, store, by)
        found.append(StatusEvidence(
            citation.relation, by, page.page_id, page.url, page.title, page.published,
            sentence_at(page.text, citation.start, citation.end), confidence, since=since))
    return found


def _effect_sentence(page: Page, kind: str) -> str:
    if kind == EFFECTIVE:
        effect = effective_dates(page.text, signed=page.published, own_number=page.own_number)
        if effect.sentence:
            return effect.sentence
    return ""


def document_status(store: DocumentStore, identity: str,
                    as_of: date | None = None) -> DocumentStatus | None:
    """The status of one document, None when no stored page names it."""
    record = document(store, identity)
    if record is None:
        return None
    return derive_status(identity, status_evidence(store, record), as_of)


# ---- cited by ----------------------------------------------------------------------------
FACETS = ("province", "issuer", "year", "relation")


@dataclass
class CitedByRow:
    """One page citing the document, with the sentence that cites it."""

    page_id: str
    url: str
    title: str | None
    published: str | None
    province: str | None
    issuer: str | None  # who issued the citing page (its own document's issuer, or agency)
    year: int | None
    relation: str
    sentence: str
    confidence: str  # of the mention's identity: "stated" or "inferred"


@dataclass
class CitedBy:
    """The pages citing one document, filtered, with counts per facet value."""

    identity: str
    total: int  # rows before the filters
    rows: list[CitedByRow] = field(default_factory=list)
    facets: dict[str, dict[str, int]] = field(default_factory=dict)
    unresolved: list[CitedByRow] = field(default_factory=list)  # same number, no identity

    def to_json(self) -> dict:
        return asdict(self)


def _row(page: Page, start: int, end: int, relation: str, confidence: str) -> CitedByRow:
    own = parse_identity(page.own_identity or "")
    year = page.published_date.year if page.published else None
    return CitedByRow(page.page_id, page.url, page.title, page.published, page.province,
                      _issuer(own) if own else page.agency, year, relation,
                      sentence_at(page.text, start, end), confidence)


def _issuer(own) -> str:
    """The citing document's issuer as people name it: "Ủy ban nhân dân tỉnh Kon Tum"."""
    if own.province and (own.issuer.endswith((" tỉnh", " thành phố", "Tỉnh ủy", "Thành ủy"))
                         or own.issuer.startswith(("Sở ", "Ban "))):
        return f"{own.issuer} {own.province}"
    return own.issuer


def _self_citation(page: Page, number: str, identity: str | None) -> bool:
    own = parse_identity(page.own_identity or "")
    return bool((page.own_number and page.own_number == number)
                or (identity and identity == page.own_identity)
                or (own and own.number == number and identity is None))


def cited_by(store: DocumentStore, identity: str, *, province: str | None = None,
             issuer: str | None = None, year: int | None = None,
             relation: str | None = None) -> CitedBy:
    """Pages citing the document, one row per mention with its sentence, oldest first;
    filtered by the citing page's province, issuer, year and the relation; ``facets`` count
    each facet's values under the other filters. A page's mention of its own number is not a
    citation. Mentions of the number that no evidence resolved are listed in ``unresolved``."""
    parts = parse_identity(identity)
    result = CitedBy(identity, 0)
    if parts is None:
        return result
    pages = _Pages(store)
    named = documents_named(store, parts.number)
    record = named.record(identity)
    rows: list[CitedByRow] = []
    for mention in record.mentions if record else []:
        page = pages.get(mention.page.page_id)
        if page is None or _self_citation(page, mention.number, mention.identity):
            continue
        rows.append(_row(page, mention.start, mention.end, mention.relation, mention.confidence))
    for mention in named.ambiguous:
        page = pages.get(mention.page.page_id)
        if page is not None and not _self_citation(page, mention.number, None):
            result.unresolved.append(_row(page, mention.start, mention.end, mention.relation,
                                          mention.confidence))
    wanted = {"province": province, "issuer": issuer, "year": year, "relation": relation}
    result.total = len(rows)
    result.rows = [r for r in rows if _passes(r, wanted)]
    for name in FACETS:
        others = {k: v for k, v in wanted.items() if k != name}
        counts = Counter(str(getattr(r, name)) for r in rows
                         if getattr(r, name) is not None and _passes(r, others))
        result.facets[name] = dict(counts.most_common())
    return result


def _passes(row: CitedByRow, wanted: dict) -> bool:
    for name, value in wanted.items():
        if value is None or value == "":
            continue
        have = getattr(row, name)
        if name == "year":
            if have != int(value):
                return False
        elif have is None or filter_key(str(have)) != filter_key(str(value)):
            return False
    return True


# ---- search by status --------------------------------------------------------------------
# Phrases whose pages may state a relation or an effective date: the candidates a status
# filter reads, through the keyword search every store has.
STATUS_PHRASES = {
    REPLACED: ("thay thế",), REPEALED: ("bãi bỏ", "hủy bỏ", "hết hiệu lực"),
    AMENDED: ("sửa đổi", "bổ sung"), EXPIRED: ("hết hiệu lực",),
    IN_FORCE: ("có hiệu lực",), UNKNOWN: (),
}
STATUS_SCAN = 500  # pages read per phrase


def candidates(store, status: str, keyword) -> set[str]:
    """Identities that may have ``status``: the documents acted on, and the pages' own
    documents, in the pages matching the status's phrases (``keyword(phrase)`` gives a
    store's keyword query for it)."""
    found: set[str] = set()
    for phrase in STATUS_PHRASES.get(status, ()):
        _, hits = store.keyword(keyword(f'"{phrase}"'), limit=STATUS_SCAN)
        for hit in hits:
            page = store.get(hit.page_id)
            if page is None:
                continue
            found |= {c.identity for c in page.citations if c.relation in ACTING and c.identity}
            if page.own_identity and (page.effective_from or page.effective_until):
                found.add(page.own_identity)
    return found


def identities_with_status(store, status: str, keyword,
                           as_of: date | None = None) -> dict[str, DocumentStatus]:
    """identity -> status for the documents whose status is ``status``, among the candidates
    (see ``candidates``); "unknown" is never searched for (it is the absence of evidence)."""
    out = {}
    for identity in sorted(candidates(store, status, keyword)):
        found = document_status(store, identity, as_of)
        if found is not None and found.status == status:
            out[identity] = found
    return out


def issuing_pages(store, identities) -> dict[str, Hit]:
    """The pages publishing these documents, by page id."""
    return {hit.page_id: hit for identity in identities
            for hit in store.issued(identity, limit=20)}

