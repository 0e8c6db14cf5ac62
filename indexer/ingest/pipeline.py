"""Indexing: WARC files → clean pages → passages → vectors → store, doing only what changed."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from datasketch import MinHash

from indexer.archive.reader import FetchedDocument, WarcReadError, iter_warc_documents
from indexer.errors import InputError, ModelMismatchError
from indexer.extract.core import Quarantined, extract_documents
from indexer.faults import fault
from indexer.ingest.chunking import split_passages
from indexer.ingest.dedup import (
    canonical_order,
    link_near_duplicates,
    near_duplicates_of,
    seal_links,
    signature,
)
from indexer.models import Page, Passage
from indexer.stores.base import Store

SKIPPED_KINDS = {"listing", "other"}
BATCH_PAGES = 32


@dataclass
class IndexSummary:
    """What one `bulletin index` run did, for the progress line and `stats`."""

    warc_files: int = 0
    documents: int = 0
    pages: int = 0
    unchanged: int = 0
    indexed: int = 0
    passages: int = 0
    passages_embedded: int = 0
    duplicates: int = 0
    quarantined: int = 0
    quarantined_by_stage: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    quarantine_file: str | None = None


def warc_files(paths: Iterable[Path]) -> list[Path]:
    """WARC files named directly or found under the given directories, oldest name first."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if _is_warc(p)))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(f"no such WARC file or directory: {path}")
    return found


def _is_warc(path: Path) -> bool:
    return path.is_file() and path.name.endswith((".warc", ".warc.gz"))


def latest_documents(
    files: list[Path], summary: IndexSummary, damaged: list[Quarantined]
) -> Iterator[FetchedDocument]:
    """Every archived article once: a URL fetched in several crawls keeps its latest copy.

    A damaged WARC file gives up the records before the damage and is reported in `damaged`.
    """
    latest: dict[str, FetchedDocument] = {}
    for path in files:
        summary.warc_files += 1
        try:
            for doc in iter_warc_documents(path):
                summary.documents += 1
                if doc.crawl and doc.crawl.kind in SKIPPED_KINDS:
                    continue
                latest[doc.url] = doc
        except WarcReadError as exc:
            damaged.append(Quarantined(source=str(path), stage="read", reason=str(exc)))
    yield from latest.values()


def index_archive(
    store: Store,
    embedder,
    sources: list[Path],
    reports_dir: Path,
    *,
    rebuild: bool = False,
    progress: Callable[[str, int, int], None] | None = None,
    shard: tuple[int, int] | None = None,
) -> IndexSummary:
    """Index the WARC files under `sources` into `store`; unchanged pages cost nothing.

    Pages stream through in bounded batches: the WARC files are read twice (first the
    URL of each record, to keep each URL's latest copy, then the records themselves),
    extracted pages wait in a spool file on disk while near-duplicates are found from
    their signatures, then they are chunked, embedded and upserted `BATCH_PAGES` at a
    time. Memory holds per page only its URL, signature and hash, never its text.

    All of a run's writes land in one commit, so a run killed at any moment leaves the
    store as the previous run left it; running again finishes the job, and the passage
    cache spares re-embedding what the killed run already embedded.

    `shard` (i, n) indexes the i-th of n disjoint parts of the archive (whole WARC
    files, see `shard_files`), so n processes can fill one store (Elasticsearch) together.
    """
    started = time.perf_counter()
    summary = IndexSummary()
    _check_model(store, embedder, rebuild)
    files = warc_files(sources)
    mine = shard_files(files, *shard) if shard is not None else None
    known = {} if rebuild else store.page_hashes()
    embedded_before = embedder.passages_embedded
    with tempfile.TemporaryDirectory(prefix="bulletin-index-") as spool_dir:
        spool = Path(spool_dir) / "pages.jsonl"  # removed even when the run fails
        quarantined, links = spool_pages(files, spool, summary, progress, only=mine)
        summary.quarantine_file = write_quarantine(reports_dir, quarantined)
        # A rebuild fills a fresh index and swaps it in at the end, so search never goes down.
        rebuilding = store.rebuild(dim=embedder.dim) if rebuild else contextlib.nullcontext()
        with rebuilding:
            changed = changed_pages(read_spool(spool, links), known, summary)
            write_pages(store, embedder, changed, summary, progress)
            fault("commit")
            store.commit()
            fault("committed")
            # Recorded after the commit: a crash in between leaves new vectors under the old
            # model's name, which the next run refuses (asking for --rebuild) instead of
            # passing old vectors off as the new model's.
            store.set_embedding_model(embedder.model_id)
    summary.passages_embedded = embedder.passages_embedded - embedded_before
    summary.seconds = round(time.perf_counter() - started, 2)
    return summary


def shard_files(files: list[Path], index: int, count: int) -> list[Path]:
    """The WARC files of shard `index` (0-based) of `count`: each file goes to one shard
    by a hash of its name, so the shards are disjoint and together the whole archive.

    Each shard still reads every file's URLs (not their pages) to know where each URL's
    latest copy is, and indexes it only when that copy is in one of its files, so shards
    may run in any order. Near-duplicates in different shards are not linked, and each
    shard learns a site's template from its own pages.
    """
    if not 0 <= index < count:
        raise InputError(f"shard {index + 1}/{count}: give I/N with 1 <= I <= N")
    return [f for f in files if _shard_of(f.name, count) == index]


def _shard_of(name: str, count: int) -> int:
    return int.from_bytes(hashlib.blake2b(name.encode("utf-8"), digest_size=8).digest(),
                          "big") % count


@dataclass
class _Links:
    """Near-duplicate links found from signatures: what `dedup.seal_links` needs."""

    canonical_of: dict[str, str] = field(default_factory=dict)  # duplicate -> canonical id
    copies: dict[str, list[str]] = field(default_factory=dict)  # canonical id -> copy URLs
    url_of: dict[str, str] = field(default_factory=dict)


def latest_positions(files: list[Path]) -> dict[str, tuple[int, int]]:
    """URL -> (file number, document number in that file) of its latest copy: the first
    of the two reads, which reads no response body."""
    latest: dict[str, tuple[int, int]] = {}
    for number, path in enumerate(files):
        with contextlib.suppress(WarcReadError):  # reported by the second read
            for position, doc in enumerate(iter_warc_documents(path, bodies=False)):
                if not (doc.crawl and doc.crawl.kind in SKIPPED_KINDS):
                    latest[doc.url] = (number, position)
    return latest


def streamed_documents(
    files: list[Path], summary: IndexSummary, damaged: list[Quarantined],
    only: list[Path] | None = None,
) -> Iterator[FetchedDocument]:
    """`latest_documents`, streamed: each URL's latest copy as the files are read again
    (with `only`, the copies that are in those of the files).

    An attachment still comes after the article linking it (extraction reads the article
    for it) when only the article was crawled again: it waits for the article's copy,
    the one document held back.
    """
    wanted = latest_positions(files)
    waiting: dict[str, list[FetchedDocument]] = {}  # parent URL -> its attachments
    for number, path in enumerate(files):
        if only is not None and path not in only:
            continue
        summary.warc_files += 1
        try:
            for position, doc in enumerate(iter_warc_documents(path)):
                summary.documents += 1
                here = (number, position)
                if wanted.get(doc.url) != here:
                    continue
                parent = doc.crawl.parent_url if doc.crawl else None
                if parent and wanted.get(parent, here) > here:
                    waiting.setdefault(parent, []).append(doc)
                    continue
                ready = [doc]
                while ready:
                    done = ready.pop(0)
                    yield done
                    ready += waiting.pop(done.url, [])
        except WarcReadError as exc:
            damaged.append(Quarantined(source=str(path), stage="read", reason=str(exc)))
    for held in waiting.values():  # their article is in another shard's files, or damaged
        yield from held


def spool_pages(
    files: list[Path],
    spool: Path,
    summary: IndexSummary,
    progress: Callable[[str, int, int], None] | None = None,
    only: list[Path] | None = None,
) -> tuple[list[Quarantined], _Links]:
    """Extract every latest copy into `spool` (one page per JSON line), keeping in memory
    only what finding near-duplicates needs; the failures, and the links found."""
    damaged: list[Quarantined] = []
    quarantined: list[Quarantined] = []
    signatures: dict[str, MinHash] = {}
    order: dict[str, tuple] = {}
    links = _Links()
    pages = 0
    with spool.open("w", encoding="utf-8") as out:
        for result in extract_documents(streamed_documents(files, summary, damaged, only)):
            if isinstance(result, Quarantined):
                quarantined.append(result)
            else:
                pages += 1
                links.url_of[result.page_id] = result.url
                sig = signature(result.text)
                if sig is not None:
                    signatures[result.page_id] = sig
                    order[result.page_id] = canonical_order(result)
                out.write(result.model_dump_json() + "\n")
            if progress:
                progress("extract", pages + len(quarantined), 0)
            fault("extract")
    links.canonical_of = near_duplicates_of(signatures, order)
    for dup, canonical in links.canonical_of.items():
        links.copies.setdefault(canonical, []).append(links.url_of[dup])
    quarantined = damaged + quarantined
    summary.pages = pages
    summary.duplicates = len(links.canonical_of)
    summary.quarantined = len(quarantined)
    summary.quarantined_by_stage = dict(Counter(q.stage for q in quarantined).most_common())
    return quarantined, links


def read_spool(spool: Path, links: _Links) -> Iterator[Page]:
    """The spooled pages one at a time, each linked to its near-duplicates and sealed."""
    with spool.open(encoding="utf-8") as lines:
        for line in lines:
            page = Page.model_validate_json(line)
            canonical = links.canonical_of.get(page.page_id)
            if canonical is not None:
                page.duplicate_of = canonical
            seal_links(page, links.url_of[canonical] if canonical else None,
                       links.copies.get(page.page_id, []))
            yield page


def changed_pages(pages: Iterable[Page], known: dict[str, str], summary: IndexSummary
                  ) -> Iterator[Page]:
    """The pages whose content hash the store does not hold; the others are counted."""
    for page in pages:
        if known.get(page.page_id) == page.content_hash:
            summary.unchanged += 1
        else:
            yield page


def archive_pages(
    files: list[Path],
    summary: IndexSummary,
    progress: Callable[[str, int, int], None] | None = None,
) -> tuple[list[Page], list[Quarantined]]:
    """Every page the store should hold (the latest copy of each URL, extracted, near-
    duplicates linked) and every input that failed, with its stage and reason."""
    damaged: list[Quarantined] = []
    pages, quarantined = _extract(latest_documents(files, summary, damaged), progress)
    quarantined = damaged + quarantined
    summary.pages = len(pages)
    summary.duplicates = link_near_duplicates(pages)
    summary.quarantined = len(quarantined)
    summary.quarantined_by_stage = dict(Counter(q.stage for q in quarantined).most_common())
    return pages, quarantined


def write_pages(
    store: Store,
    embedder,
    pages: Iterable[Page],
    summary: IndexSummary,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Chunk, embed and upsert `pages` `BATCH_PAGES` at a time (a list or a stream: no
    more than one batch is held); the caller commits."""
    batch: list[Page] = []
    for page in pages:
        batch.append(page)
        if len(batch) >= BATCH_PAGES:
            _write_batch(store, embedder, batch, summary, progress)
            batch = []
    if batch:
        _write_batch(store, embedder, batch, summary, progress)


def _write_batch(store: Store, embedder, batch: list[Page], summary: IndexSummary,
                 progress: Callable[[str, int, int], None] | None) -> None:
    passages = [p for page in batch for p in page_passages(page)]
    vectors = _embed(embedder, passages, progress, summary.passages, 0)
    fault("embed")
    store.upsert(batch, passages, vectors)
    fault("upsert")
    summary.indexed += len(batch)
    summary.passages += len(passages)


def page_passages(page: Page) -> list[Passage]:
    """A page's passages; the title leads the first one so it carries the topic."""
    return split_passages(page.page_id, page.text, title=page.title)


def _check_model(store: Store, embedder, rebuild: bool) -> None:
    stored = store.embedding_model()
    if stored and stored != embedder.model_id and not rebuild:
        raise ModelMismatchError(
            f"the store was indexed with model {stored!r} but {embedder.model_id!r} is "
            "configured: run `bulletin index --rebuild` to re-index with the new model"
        )


def _extract(docs, progress) -> tuple[list[Page], list[Quarantined]]:
    pages: list[Page] = []
    quarantined: list[Quarantined] = []
    for result in extract_documents(docs):
        if isinstance(result, Quarantined):
            quarantined.append(result)
        else:
            pages.append(result)
        if progress:
            progress("extract", len(pages) + len(quarantined), 0)
        fault("extract")
    return pages, quarantined


def _embed(embedder, passages: list[Passage], progress, done: int, total: int):
    if not passages:
        return np.zeros((0, embedder.dim), dtype=np.float32)

    def report(n: int) -> None:
        if progress:
            progress("embed", done + n, total)

    return embedder.encode_passages([p.text for p in passages], progress=report)


QUARANTINE_FILE = "quarantine.jsonl"


def write_quarantine(reports_dir: Path, quarantined: list[Quarantined]) -> str | None:
    """Failed pages are kept and reported: one JSON line each, never dropped in silence.

    The list is the whole archive's, replaced atomically each run (a run with none
    removes the last run's, so `stats` never counts failures that were fixed).
    """
    path = reports_dir / QUARANTINE_FILE
    if not quarantined:
        path.unlink(missing_ok=True)
        return None
    reports_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{QUARANTINE_FILE}.{os.getpid()}.tmp")
    with tmp.open("w", encoding="utf-8") as out:
        for item in quarantined:
            out.write(json.dumps(item.model_dump(), ensure_ascii=False) + "\n")
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, path)
    return str(path)


def read_quarantine(reports_dir: Path) -> list[Quarantined]:
    """The quarantine list the last run wrote (empty when none)."""
    path = reports_dir / QUARANTINE_FILE
    if not path.exists():
        return []
    with path.open(encoding="utf-8") as lines:
        return [Quarantined.model_validate_json(line) for line in lines if line.strip()]
