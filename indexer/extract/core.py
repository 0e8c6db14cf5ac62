"""From fetched documents to clean `Page`s: decode, clean, describe, cite.

Every input comes out as either a `Page` or a `Quarantined` record saying at which stage
and why it failed; nothing raises out of here and nothing is dropped in silence.

Attachments (PDF/DOCX, crawler kind "attachment") become Pages of their own, linked to
the article that links them by `Page.parent_url`: a signed directive has its own number
and date, and searching for that number must find the document itself.

Resource bounds: a page over MAX_PAGE_BYTES (an attachment over MAX_ATTACHMENT_BYTES) is
quarantined before it is parsed, and each page gets PAGE_SECONDS of work. The time limit
is a SIGALRM timer, not a worker process: a process per page, or a pool, costs forks and
pickling on a 2-core machine for every page to guard against a rare one. The alarm stops
Python code, where the slow parts are (citation and place-name scans, trafilatura's tree
walks: a 5 MB single-line page takes 25 s); C code (lxml's parser, one regular expression)
finishes its call first, and the size cap is what bounds it. lxml keeps its defaults
(huge_tree off: libxml2 drops what is nested deeper than 255 elements, so deep table
nesting costs nothing). The alarm needs the main thread and a free ITIMER_REAL; elsewhere
(the UI's threads) only the caps apply.
"""

from __future__ import annotations

import signal
import threading
import time
import weakref
from collections import OrderedDict, deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from pydantic import BaseModel

from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.archive.reader import FetchedDocument, WarcReadError, iter_warc_documents
from indexer.extract.attachments import (
    AttachmentError,
    attachment_kind,
    ocr_allowance,
    read_attachment,
)
from indexer.extract.cleaning import (
    CleanText,
    PageLine,
    SiteTemplate,
    clean_text_dump,
    looks_like_html,
    page_line_records,
    parse_html,
)
from indexer.extract.evidence import FieldChoice, choose_text_date
from indexer.extract.html_article import read_html_article
from indexer.extract.metadata import (
    agency_from_text,
    document_date,
    html_meta,
    province_for,
    qualified_agency,
)
from indexer.models import Page, page_id_for
from indexer.parsing.citations import find_citations, find_own_number, own_document
from indexer.parsing.decoding import DecodingError, decode_html
from indexer.parsing.relations import apply_relations, effective_dates

SKIP_KINDS = ("listing", "other")
HTML_TYPES = ("text/html", "application/xhtml+xml", "application/xml", "text/xml")
TEXT_TYPES = ("text/plain",)
LEARN_WINDOW = 200  # pages of a site read before its template is fixed
# Articles remembered for the attachments they link (crawled right after them): what an
# attachment borrows from its article, not the article, so memory stays flat at any scale.
PARENTS_KEPT = 100_000
MAX_PAGE_BYTES = 8 << 20  # an HTML or text page; portal articles weigh 50-500 KB
MAX_ATTACHMENT_BYTES = 64 << 20  # the crawler's DOWNLOAD_MAXSIZE
PAGE_SECONDS = 20.0  # a normal page takes 20-100 ms; 0 turns the time limit off


class Quarantined(BaseModel):
    """A page that failed: kept and reported, never dropped silently."""

    source: str
    # select | limit | decode | parse | clean | attachment | metadata | extract | read
    stage: str
    reason: str


class ExtractError(Exception):
    def __init__(self, stage: str, reason: str):
        super().__init__(f"{stage}: {reason}")
        self.stage, self.reason = stage, reason


class PageTimeout(BaseException):
    """The page's time is up. A BaseException, so parsers' `except Exception` cannot
    swallow it and carry on unbounded."""


@contextmanager
def _deadline(at: float) -> Iterator[None]:
    """Interrupt the work inside with PageTimeout at monotonic time `at` (see the module
    docstring for where this works and why an alarm)."""
    usable = (
        PAGE_SECONDS > 0
        and threading.current_thread() is threading.main_thread()
        and signal.getitimer(signal.ITIMER_REAL)[0] == 0  # someone else's alarm wins
    )
    if not usable:
        yield
        return

    def expire(signum, frame) -> None:
        raise PageTimeout

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, max(at - time.monotonic(), 1e-3))
    try:
        yield
    finally:
        try:
            signal.setitimer(signal.ITIMER_REAL, 0)
        finally:
            signal.signal(signal.SIGALRM, previous)


def _timed_out(url: str) -> Quarantined:
    return Quarantined(
        source=url, stage="limit", reason=f"extraction took over {PAGE_SECONDS:g} s"
    )


def _check_size(body: bytes, limit: int, what: str) -> None:
    if len(body) > limit:
        raise ExtractError(
            "limit", f"{what} of {len(body) / 2**20:.1f} MB is over the {limit >> 20} MB limit"
        )


# --- one document ------------------------------------------------------------------------


def extract_document(
    doc: FetchedDocument, template: SiteTemplate | None = None
) -> Page | Quarantined:
    """Clean and describe one fetched document; failures come back as Quarantined."""
    return _Prepared.of(doc).extract(template)


@dataclass
class _Prepared:
    """A document decoded once, so template learning and extraction share the work."""

    doc: FetchedDocument
    form: str = "html"  # html | text | attachment
    text: str = ""
    lines: list[str] = field(default_factory=list)
    records: list[PageLine] | None = None  # an HTML page's lines with their link shares
    error: Quarantined | None = None
    # Seconds of the page's time budget used so far (pages wait for their site's template
    # between preparing and extracting, and waiting costs them nothing).
    spent: float = 0.0

    @classmethod
    def of(cls, doc: FetchedDocument) -> _Prepared:
        prepared = cls(doc)
        started = time.monotonic()
        try:
            with _deadline(started + PAGE_SECONDS):
                prepared._prepare()
        except PageTimeout:
            prepared.error = _timed_out(doc.url)
        except ExtractError as exc:
            prepared.error = Quarantined(source=doc.url, stage=exc.stage, reason=exc.reason)
        except Exception as exc:  # bad input must never escape: keep the page and say why
            prepared.error = Quarantined(source=doc.url, stage="parse", reason=_describe(exc))
        prepared.spent = time.monotonic() - started
        return prepared

    def _prepare(self) -> None:
        doc = self.doc
        kind = doc.crawl.kind if doc.crawl else None
        if kind in SKIP_KINDS:
            raise ExtractError("select", f"{kind} page, not an article")
        mime = (doc.content_type or "").split(";")[0].strip().lower()
        if kind == "attachment" or attachment_kind(doc.content_type, doc.url, doc.body):
            self.form = "attachment"
            _check_size(doc.body, MAX_ATTACHMENT_BYTES, "attachment")
            return
        if mime and not mime.startswith(HTML_TYPES + TEXT_TYPES):
            raise ExtractError("select", f"unsupported content type {mime}")
        _check_size(doc.body, MAX_PAGE_BYTES, "page")
        try:
            self.text = decode_html(doc.body, doc.content_type)
        except DecodingError as exc:
            raise ExtractError("decode", str(exc)) from exc
        if mime in TEXT_TYPES or not looks_like_html(self.text):
            self.form = "text"
            self.lines = self.text.splitlines()
        else:
            try:
                self.records = page_line_records(parse_html(self.text))
                self.lines = [record.text for record in self.records]
            except ValueError as exc:
                raise ExtractError("parse", str(exc)) from exc

    def extract(
        self, template: SiteTemplate | None, parent: ParentFacts | None = None
    ) -> Page | Quarantined:
        if self.error:
            return self.error
        seconds = PAGE_SECONDS
        if self.form == "attachment":  # a scan's OCR gets its own budget on top
            seconds += ocr_allowance(attachment_kind(self.doc.content_type, self.doc.url,
                                                     self.doc.body))
        try:
            with _deadline(time.monotonic() + seconds - self.spent):
                if self.form == "attachment":
                    return _attachment_page(self.doc, parent)
                return _article_page(self, template)
        except PageTimeout:
            return _timed_out(self.doc.url)
        except ExtractError as exc:
            return Quarantined(source=self.doc.url, stage=exc.stage, reason=exc.reason)
        except Exception as exc:  # a bug must not take the batch down: quarantine, report
            return Quarantined(source=self.doc.url, stage="extract", reason=_describe(exc))


def _describe(exc: Exception) -> str:
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    return f"{type(exc).__name__}: {first}"[:300]


def _article_page(prepared: _Prepared, template: SiteTemplate | None) -> Page:
    crawl = prepared.doc.crawl or CrawlMetadata()
    published: FieldChoice | None = None
    if prepared.form == "text":
        clean = clean_text_dump(prepared.text, template)
        title = FieldChoice(clean.title, "page-lines" if clean.title else None)
    else:
        # Parsed again rather than kept: pages wait for their site's template in memory.
        article = read_html_article(prepared.text, template, url=prepared.doc.url,
                                    order=crawl.date_order, records=prepared.records)
        title, clean, published = article.title, article.clean, article.published
    if not clean.text.strip():
        raise ExtractError("clean", "no article text left after removing boilerplate")
    return _build_page(prepared.doc, crawl, title, clean, published)


def _build_page(
    doc: FetchedDocument,
    crawl: CrawlMetadata,
    chosen_title: FieldChoice,
    clean: CleanText,
    published: FieldChoice | None = None,
) -> Page:
    title = chosen_title.value
    if not (published and published.value):
        top = "\n".join([*clean.header[-3:], title or "", clean.text[:400]])
        published = choose_text_date(title, clean.date_line, top, crawl.date_order)
    agency = crawl.agency or agency_from_text(clean.header, clean.footer, title)
    evidence = "\n".join([*clean.footer, *clean.header, title or "", clean.text])
    try:
        province, province_current = province_for(doc.crawl, agency, evidence)
    except ValueError as exc:
        raise ExtractError("metadata", str(exc)) from exc
    if not crawl.agency:
        agency = qualified_agency(agency, province)
    own_number = find_own_number(clean.text)
    page = Page(
        page_id=page_id_for(doc.url),
        url=doc.url,
        site=urlsplit(doc.url).hostname,
        title=title,
        published=published.value,
        province=province,
        province_current=province_current,
        agency=agency,
        author=clean.author,
        text=clean.text,
        own_number=own_number,
        fetched_at=doc.fetched_at,
        warc_file=doc.warc_file,
        warc_offset=doc.warc_offset,
        parent_url=None,  # only attachments point at the article that links them
    )
    day = page.published_date
    page.citations = find_citations(page.text, province=province, published=day,
                                    own_number=own_number)
    if own := own_document(page.text, own_number, page.citations, province=province, published=day):
        page.own_identity, page.own_confidence = own.identity, own.confidence
    # After the own document is settled: a document the page replaces is not its own.
    apply_relations(page.text, page.citations)
    if page.own_identity:
        effect = effective_dates(page.text, signed=day, own_number=own.number if own else None)
        page.effective_from, page.effective_until = effect.effective_from, effect.effective_until
    page.content_hash = page.compute_hash()
    _SOURCES.remember(page, chosen_title.source, published.source if published.value else None)
    return page


@dataclass(frozen=True)
class ParentFacts:
    """What an attachment borrows from the article linking it: its URL, title, date, agency."""

    url: str
    title: str | None
    published: str | None
    agency: str | None

    @classmethod
    def of(cls, page: Page) -> ParentFacts:
        return cls(page.url, page.title, page.published, page.agency)


class _Parents:
    """The most recent PARENTS_KEPT articles' facts, by URL (oldest forgotten first)."""

    def __init__(self, kept: int = PARENTS_KEPT) -> None:
        self.kept = kept
        self._facts: OrderedDict[str, ParentFacts] = OrderedDict()

    def remember(self, page: Page) -> None:
        self._facts[page.url] = ParentFacts.of(page)
        self._facts.move_to_end(page.url)
        if len(self._facts) > self.kept:
            self._facts.popitem(last=False)

    def get(self, url: str | None) -> ParentFacts | None:
        return self._facts.get(url) if url else None


def _attachment_page(doc: FetchedDocument, parent: ParentFacts | None) -> Page:
    kind = attachment_kind(doc.content_type, doc.url, doc.body)
    if kind is None:
        mime = (doc.content_type or "unknown").split(";")[0]
        raise ExtractError("attachment", f"unsupported attachment type {mime}")
    try:
        found = read_attachment(doc.body, kind, doc.url)
    except AttachmentError as exc:
        raise ExtractError("attachment", str(exc)) from exc
    if found.title:
        title = FieldChoice(found.title, "document")
    elif parent and parent.title:
        title = FieldChoice(f"{parent.title} (tệp đính kèm {found.file_name})", "parent")
    else:
        title = FieldChoice(found.file_name, "file-name")
    clean = CleanText(text=found.text, title=title.value)
    signed = document_date(found.text)
    if signed:
        published = FieldChoice(signed, "document")
    else:
        published = FieldChoice(parent.published if parent else None, "parent")
    page = _build_page(doc, doc.crawl or CrawlMetadata(), title, clean, published)
    page.parent_url = (doc.crawl and doc.crawl.parent_url) or (parent.url if parent else None)
    if parent and not page.agency:
        page.agency = parent.agency
    page.text_source = found.source
    page.content_hash = page.compute_hash()
    return page


# --- many documents ----------------------------------------------------------------------


def extract_documents(docs: Iterable[FetchedDocument]) -> Iterator[Page | Quarantined]:
    """Extract many documents, learning each site's template from its own pages first.

    Results come in input order. A site's pages wait until LEARN_WINDOW of them are read
    (or the input ends), so memory holds at most that many decoded pages per site.
    """
    for _, result in _extract_stream((doc.url, doc) for doc in docs):
        yield result


def _site_key(prepared: _Prepared) -> str | None:
    host = urlsplit(prepared.doc.url).hostname
    if prepared.error or prepared.form == "attachment" or not host:
        return None  # text dumps given as files have no site to learn from
    return host


def _extract_stream(
    items: Iterable[tuple[str, FetchedDocument | Quarantined]],
) -> Iterator[tuple[str, Page | Quarantined]]:
    queue: deque[tuple[str, _Prepared | Quarantined, str | None]] = deque()
    samples: dict[str, list[list[str]]] = {}
    templates: dict[str, SiteTemplate] = {}
    parents = _Parents()

    def ready(site: str | None) -> bool:
        return site is None or site in templates

    def drain(final: bool) -> Iterator[tuple[str, Page | Quarantined]]:
        while queue and (final or ready(queue[0][2])):
            source, item, site = queue.popleft()
            if isinstance(item, Quarantined):
                yield source, item
                continue
            if site is not None and site not in templates:
                templates[site] = SiteTemplate.from_lines(samples.pop(site, []))
            parent_url = item.doc.crawl.parent_url if item.doc.crawl else None
            result = item.extract(templates.get(site) if site else None,
                                  parents.get(parent_url))
            if isinstance(result, Page):
                parents.remember(result)
            yield source, result

    for source, doc in items:
        if isinstance(doc, Quarantined):
            queue.append((source, doc, None))
        else:
            prepared = _Prepared.of(doc)
            site = _site_key(prepared)
            if site is not None and site not in templates:
                samples.setdefault(site, []).append(prepared.lines)
                if len(samples[site]) >= LEARN_WINDOW:
                    templates[site] = SiteTemplate.from_lines(samples.pop(site))
            queue.append((source, prepared, site))
        yield from drain(final=False)
    yield from drain(final=True)


def extract_paths(paths: Iterable[Path]) -> Iterator[tuple[str, Page | Quarantined]]:
    """`bulletin extract PATH...`: HTML files, WARC files (every record), text dumps (.txt),
    in input order as (source, result)."""
    return _extract_stream(_documents_of(paths))


def _documents_of(paths: Iterable[Path]) -> Iterator[tuple[str, FetchedDocument | Quarantined]]:
    for path in paths:
        source = str(path)
        if path.name.endswith((".warc", ".warc.gz", ".arc", ".arc.gz")):
            try:
                for doc in iter_warc_documents(path):
                    yield f"{source}#{doc.url}", doc
            except WarcReadError as exc:
                yield source, Quarantined(source=source, stage="read", reason=str(exc))
            continue
        try:
            body = path.read_bytes()
        except OSError as exc:
            yield source, Quarantined(source=source, stage="read", reason=_describe(exc))
            continue
        yield source, _file_document(path, body)


def _file_document(path: Path, body: bytes) -> FetchedDocument:
    url = path.resolve().as_uri()
    suffix = path.suffix.lower()
    content_type = {".txt": "text/plain", ".pdf": "application/pdf",
                    ".docx": DOCX_TYPE}.get(suffix)
    if suffix in (".html", ".htm", ".xhtml", ".aspx", ".php", ".asp", ".jsp"):
        content_type = "text/html"
        canonical = _canonical_url(body)
        url = canonical or url
    crawl = CrawlMetadata(kind="attachment") if suffix in (".pdf", ".docx") else None
    return FetchedDocument(url=url, body=body, content_type=content_type, crawl=crawl)


DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _canonical_url(body: bytes) -> str | None:
    """A saved page's own address (canonical link or og:url), so its site can be known."""
    try:
        meta = html_meta(parse_html(decode_html(body, None)))
    except (ValueError, DecodingError):
        return None
    url = meta.get("<canonical>") or meta.get("og:url")
    return url if url and urlsplit(url).scheme in ("http", "https") else None


# --- the `bulletin extract --json` contract ----------------------------------------------


class _FieldSources:
    """Where each extracted page's title and date came from ("h1", "json-ld", "dateline"),
    kept beside the Page (whose schema the stores share) for as long as the Page lives."""

    def __init__(self) -> None:
        self._by_page: dict[int, tuple[str | None, str | None]] = {}

    def remember(self, page: Page, title: str | None, date: str | None) -> None:
        key = id(page)
        self._by_page[key] = (title, date)
        weakref.finalize(page, self._by_page.pop, key, None)

    def of(self, page: Page) -> tuple[str | None, str | None]:
        return self._by_page.get(id(page), (None, None))


_SOURCES = _FieldSources()


def contract_json(source: str, result: Page | Quarantined) -> dict:
    """One JSON object per input: the extraction, or {"source", "error": "<stage>: <reason>"}."""
    if isinstance(result, Quarantined):
        return {"source": source, "error": f"{result.stage}: {result.reason}"}
    return {
        "source": source,
        "title": result.title,
        "published": result.published,
        "province": result.province,
        "agency": result.agency,
        "text": result.text,
        "citations": [
            c.model_dump(include={"number", "type", "date", "issuer", "relation", "start", "end"})
            for c in result.citations
        ],
        "province_current": result.province_current,
        "author": result.author,
        "url": result.url,
        "own_number": result.own_number,
        "text_source": result.text_source,  # "ocr" when the text was read off a scan
        "title_source": _SOURCES.of(result)[0],  # which evidence gave the title ("h1", ...)
        "date_source": _SOURCES.of(result)[1],  # and the date ("json-ld", "dateline", ...)
    }


__all__ = [
    "Quarantined",
    "contract_json",
    "extract_document",
    "extract_documents",
    "extract_paths",
]
