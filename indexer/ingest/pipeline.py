"""Indexing: WARC files → clean pages → passages → vectors → store, doing only what changed."""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from indexer.archive.reader import FetchedDocument, WarcReadError, iter_warc_documents
from indexer.errors import InputError, ModelMismatchError
from indexer.extract.core import Quarantined, extract_documents
from indexer.faults import fault
from indexer.ingest.chunking import split_passages
from indexer.ingest.dedup import link_near_duplicates
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
) -> IndexSummary:
    """Index the WARC files under `sources` into `store`; unchanged pages cost nothing.

    All of a run's writes land in one commit, so a run killed at any moment leaves the
    store as the previous run left it; running again finishes the job, and the passage
    cache spares re-embedding what the killed run already embedded.
    """
    started = time.perf_counter()
    summary = IndexSummary()
    _check_model(store, embedder, rebuild)
    files = warc_files(sources)
    pages, quarantined = archive_pages(files, summary, progress)
    summary.quarantine_file = write_quarantine(reports_dir, quarantined)

    known = {} if rebuild else store.page_hashes()
    changed = [p for p in pages if known.get(p.page_id) != p.content_hash]
    summary.unchanged = len(pages) - len(changed)
    embedded_before = embedder.passages_embedded
    # A rebuild fills a fresh index and swaps it in at the end, so search never goes down.
    rebuilding = store.rebuild(dim=embedder.dim) if rebuild else contextlib.nullcontext()
    with rebuilding:
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
    pages: list[Page],
    summary: IndexSummary,
    progress: Callable[[str, int, int], None] | None = None,
) -> None:
    """Chunk, embed and upsert `pages` in batches; the caller commits."""
    chunked = [(page, page_passages(page)) for page in pages]
    total = sum(len(passages) for _, passages in chunked)
    for start in range(0, len(chunked), BATCH_PAGES):
        batch = chunked[start : start + BATCH_PAGES]
        pages_in_batch = [page for page, _ in batch]
        passages = [p for _, page_passages_ in batch for p in page_passages_]
        vectors = _embed(embedder, passages, progress, summary.passages, total)
        fault("embed")
        store.upsert(pages_in_batch, passages, vectors)
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
