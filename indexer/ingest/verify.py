"""`bulletin verify`: prove the store holds exactly what the WARC files say, and repair it.

The WARC files are the source of truth and the store is derived from them. Verifying
extracts every archived page again (as indexing does, without embedding) and compares:

- pages: each archived page stored once, with the archive's content hash and fields
  (citation records included); no page the archive no longer has;
- passages: the page's chunks as indexing makes them; vectors: one finite, non-zero
  vector per passage, and a sample re-embedded to match (another model's vectors do not);
- the citation index: each document number finds exactly the pages citing it (or
  issuing it);
- the store's own files where it has them (embedded: text-index checksums, a vector
  index holding exactly the stored vectors).

Repair re-indexes only what is wrong (the passage cache makes re-embedding cheap). A store
whose files are damaged or that cannot be opened is rebuilt from the WARC files into a
fresh directory and swapped in whole; vectors from another model mean a full rebuild.
"""

from __future__ import annotations

import contextlib
import ctypes
import hashlib
import os
import secrets
import shutil
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from pydantic import BaseModel, Field

from indexer.config import Settings
from indexer.errors import BulletinError
from indexer.ingest.pipeline import (
    IndexSummary,
    archive_pages,
    index_archive,
    page_passages,
    warc_files,
    write_pages,
)
from indexer.models import Page
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import nfc
from indexer.stores.base import FileChecked, Store, VectorRepairable

VECTOR_SAMPLE = 64  # passages re-embedded per verify; None re-embeds every one
# Re-embedding the same text agrees above 0.99 (int8 batches vary a little); another
# model's vector, or a damaged one, lands far below.
VECTOR_AGREEMENT = 0.95
# Fields that follow the WARC record a page was last read from, not what it says.
VOLATILE_FIELDS = {"fetched_at", "warc_file", "warc_offset"}
CITATION_SLACK = 20  # extra hits asked of the citation index, to see pages it should not find


class Finding(BaseModel):
    """One thing wrong with the store, in the users' words."""

    problem: str  # missing | stale | extra | duplicate | damaged
    # page | fields | passages | vectors | citations | model | model record | files |
    # vector index
    part: str
    detail: str
    page_id: str | None = None
    url: str | None = None


class VerifyReport(BaseModel):
    """What one verification compared and found."""

    warc_files: int = 0
    archived_pages: int = 0
    quarantined: int = 0
    stored_pages: int = 0
    passages: int = 0
    vectors_reembedded: int = 0
    citation_numbers: int = 0
    unchecked: list[str] = Field(default_factory=list)  # parts this store cannot show
    findings: list[Finding] = Field(default_factory=list)
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.findings

    @property
    def needs_rebuild(self) -> bool:
        """Damaged text files or another model's vectors: only a full rebuild is sound."""
        return any(f.part in ("files", "model") for f in self.findings)

    def counts(self) -> dict[str, int]:
        """Number of findings per "problem part" ("missing page": 3)."""
        return dict(Counter(f"{f.problem} {f.part}" for f in self.findings).most_common())

    def add(self, problem: str, part: str, detail: str, page: Page | None = None) -> None:
        self.findings.append(
            Finding(
                problem=problem,
                part=part,
                detail=detail,
                page_id=page.page_id if page else None,
                url=page.url if page else None,
            )
        )


@dataclass
class Verification:
    """A report plus what repairing needs: the pages as the archive says they should be."""

    report: VerifyReport
    expected: dict[str, Page] = field(default_factory=dict)


class VerifyOutcome(BaseModel):
    """`bulletin verify [--repair]`: the findings, what repair did, and the check after."""

    before: VerifyReport
    repair: str | None = None  # "none" | "pages" | "rebuild" | "fresh directory"
    repaired_pages: int = 0
    removed_pages: int = 0
    after: VerifyReport | None = None

    @property
    def ok(self) -> bool:
        return (self.after or self.before).ok


# --- comparing -----------------------------------------------------------------------------


def verify_archive(
    store: Store,
    embedder,
    sources: list[Path],
    *,
    sample: int | None = VECTOR_SAMPLE,
    progress=None,
) -> Verification:
    """Compare `store` with the WARC files under `sources`; nothing is written."""
    started = time.perf_counter()
    files = warc_files(sources)
    summary = IndexSummary()
    pages, quarantined = archive_pages(files, summary, progress)
    report = VerifyReport(
        warc_files=len(files), archived_pages=len(pages), quarantined=len(quarantined)
    )
    expected = {page.page_id: page for page in pages}
    try:
        _check_files(store, report)
        if not report.needs_rebuild:
            _check_model(store, embedder, report)
            good = _check_pages(store, embedder, expected, report, sample)
            _check_citation_index(store, expected, good, report)
    except BaseException as exc:
        if not (_is_store_failure(exc) and isinstance(store, FileChecked)):
            raise  # a server store's errors say what is wrong (unreachable, refused) already
        report.add("damaged", "files", f"reading the store failed: {_describe(exc)}")
    report.seconds = round(time.perf_counter() - started, 2)
    return Verification(report, expected)


def _is_store_failure(exc: BaseException) -> bool:
    # tantivy raises ValueError on unreadable files, and panics (a BaseException) on some.
    return isinstance(exc, Exception) or type(exc).__name__ == "PanicException"


def _describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text}"[:300]


def _check_files(store: Store, report: VerifyReport) -> None:
    if not isinstance(store, FileChecked):
        report.unchecked.append("store files")
        return
    for line in store.damage():
        part = "vector index" if line.startswith("vectors/") else "files"
        report.add("damaged", part, line)


def _check_model(store: Store, embedder, report: VerifyReport) -> None:
    stored = store.embedding_model()
    if stored and stored != embedder.model_id:
        report.add("stale", "model", f"vectors are from {stored!r}, {embedder.model_id!r} is set")
    elif stored is None and store.count():
        # A run killed between its commit and recording the model; the re-embedded
        # sample tells whether the vectors are the configured model's.
        report.add("missing", "model record", "the store does not say which model its "
                   "vectors come from")


def _records(store: Store, report: VerifyReport):
    if isinstance(store, FileChecked):
        return store.iter_records()
    report.unchecked += ["passages", "vectors"]
    return ((page, None, None) for page in store.iter_pages())


def _check_pages(
    store: Store, embedder, expected: dict[str, Page], report: VerifyReport, sample: int | None
) -> set[str]:
    """Page by page; returns the ids of pages stored exactly right (so far)."""
    copies: Counter[str] = Counter()
    good: set[str] = set()
    to_embed: list[tuple[Page, str, np.ndarray]] = []
    for page, passages, vectors in _records(store, report):
        copies[page.page_id] += 1
        if copies[page.page_id] > 1:
            good.discard(page.page_id)
            continue
        want = expected.get(page.page_id)
        if want is None:
            report.add("extra", "page", "stored, but not in the archive (or now quarantined)", page)
            continue
        if page.content_hash != want.content_hash:
            report.add("stale", "page", "the archive holds another version", page)
            continue
        fields = _differing_fields(page, want)
        if fields:
            report.add("stale", "fields", "differ from a fresh extraction: " + ", ".join(fields),
                       page)
        if passages is None:
            if not fields:
                good.add(page.page_id)
            continue
        report.passages += len(passages)
        problem = _passage_problem(passages, want) or _vector_problem(passages, vectors, embedder)
        if problem:
            report.add(*problem, page)
        elif not fields:
            good.add(page.page_id)
            to_embed += [(page, p.text, v) for p, v in zip(passages, vectors, strict=True)]
    report.stored_pages = len(copies)
    for page_id, n in copies.items():
        if n > 1:
            report.add("duplicate", "page", f"stored {n} times", expected.get(page_id))
    for page_id in expected.keys() - copies.keys():
        report.add("missing", "page", "archived, but not in the store", expected[page_id])
    _check_vector_sample(embedder, to_embed, sample, report)
    return good


def _differing_fields(stored: Page, want: Page) -> list[str]:
    a = stored.model_dump(exclude=VOLATILE_FIELDS)
    b = want.model_dump(exclude=VOLATILE_FIELDS)
    return sorted(name for name in a if a[name] != b.get(name))


def _passage_problem(passages, want: Page) -> tuple[str, str, str] | None:
    wanted = page_passages(want)
    if len(passages) != len(wanted):
        return "stale", "passages", f"{len(passages)} stored, {len(wanted)} expected"
    for stored, fresh in zip(passages, wanted, strict=True):
        if stored.model_dump() != fresh.model_dump():
            return "stale", "passages", f"passage {stored.ordinal} differs from the page's text"
    return None


def _vector_problem(passages, vectors: np.ndarray, embedder) -> tuple[str, str, str] | None:
    if vectors.shape != (len(passages), embedder.dim):
        return "damaged", "vectors", (
            f"{vectors.size} values stored, {len(passages)} x {embedder.dim} expected"
        )
    if not np.isfinite(vectors).all():
        return "damaged", "vectors", "NaN or infinite values"
    if len(vectors) and not vectors.any(axis=1).all():
        return "damaged", "vectors", "an all-zero vector"
    return None


def _check_vector_sample(
    embedder, candidates: list[tuple[Page, str, np.ndarray]], sample: int | None,
    report: VerifyReport,
) -> None:
    """Re-embed a spread of passages (chosen by hash, so the same ones each run); a vector
    unlike its text's embedding means another model's (or damaged) vectors."""
    if any(f.part == "model" for f in report.findings):
        return  # already known to be another model's: a full rebuild follows either way
    if sample is not None:
        candidates = sorted(candidates, key=lambda c: hashlib.sha1(c[1].encode()).digest())
        candidates = candidates[:sample]
    if not candidates:
        return
    fresh = embedder.encode_passages([text for _, text, _ in candidates])
    stored = np.stack([vector for _, _, vector in candidates])
    cosines = np.sum(_unit(fresh) * _unit(stored), axis=1)
    report.vectors_reembedded = len(candidates)
    unlike = [
        (c, cos) for c, cos in zip(candidates, cosines, strict=True)
        if not cos >= VECTOR_AGREEMENT  # NaN counts as unlike
    ]
    if unlike:
        (page, _, _), cosine = unlike[0]
        report.add(
            "stale", "model",
            f"{len(unlike)} of {len(candidates)} re-embedded passages do not match their stored "
            f"vectors (e.g. {page.url}: cosine {cosine:.2f}): the vectors are not "
            f"{embedder.model_id!r}'s",
        )


def _unit(vectors: np.ndarray) -> np.ndarray:
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return vectors / np.where(norms == 0, 1, norms)


def _citation_key(number: str) -> str:
    return normalise_number(nfc(number).strip())


def _check_citation_index(
    store: Store, expected: dict[str, Page], good: set[str], report: VerifyReport
) -> None:
    """Each number must find exactly the (rightly stored) pages citing or issuing it."""
    finders: dict[str, set[str]] = defaultdict(set)
    for page in expected.values():
        for number in [c.number for c in page.citations] + [page.own_number or ""]:
            if number.strip():
                finders[_citation_key(number)].add(page.page_id)
    report.citation_numbers = len(finders)
    flagged: set[str] = set()
    for number, page_ids in sorted(finders.items()):
        wanted = page_ids & good
        hits = store.by_citation(number, limit=len(page_ids) + CITATION_SLACK)
        found = {hit.page_id for hit in hits} & good
        for page_id in sorted((wanted ^ found) - flagged):
            flagged.add(page_id)
            verb = "does not find" if page_id in wanted else "finds"
            report.add("stale", "citations", f"the citation index {verb} it under {number}",
                       expected[page_id])


# --- repairing -----------------------------------------------------------------------------


def repair_store(
    store: Store, embedder, verification: Verification, progress=None
) -> VerifyOutcome:
    """Fix what `verification` found, in place: re-index the wrong pages, drop the extra
    ones, rebuild a damaged vector index; another model's vectors mean a full rebuild
    (swapped in at the end). Damaged text files need `rebuild_store_dir` instead."""
    report = verification.report
    outcome = VerifyOutcome(before=report, repair="none")
    if report.ok:
        return outcome
    if any(f.part == "files" for f in report.findings):
        raise BulletinError("the store's files are damaged: it must be rebuilt from the WARC files")
    summary = IndexSummary()
    if report.needs_rebuild:
        pages = list(verification.expected.values())
        with store.rebuild(dim=embedder.dim):
            write_pages(store, embedder, pages, summary, progress)
            store.commit()
            store.set_embedding_model(embedder.model_id)
        outcome.repair, outcome.repaired_pages = "rebuild", len(pages)
        return outcome
    fix = {f.page_id for f in report.findings if f.page_id in verification.expected}
    extra = sorted({f.page_id for f in report.findings if f.problem == "extra" and f.page_id})
    rebuild_vectors = store.repair_vector_index if isinstance(store, VectorRepairable) else None
    vector_trouble = any(f.part in ("vector index", "vectors") or f.problem == "duplicate"
                         for f in report.findings)
    if vector_trouble and rebuild_vectors:
        rebuild_vectors()  # first, so the commit below starts from sound vectors
    if fix or extra:
        store.delete(extra)
        write_pages(store, embedder, [verification.expected[i] for i in sorted(fix)], summary,
                    progress)
        store.commit()
    if vector_trouble and rebuild_vectors:
        rebuild_vectors()  # a duplicate's second copy may have left keys behind
    if any(f.part == "model record" for f in report.findings):
        store.set_embedding_model(embedder.model_id)  # the sample showed they are its vectors
    outcome.repair, outcome.repaired_pages, outcome.removed_pages = "pages", len(fix), len(extra)
    return outcome


def rebuild_store_dir(
    store_dir: Path, embedder, sources: list[Path], reports_dir: Path, progress=None
) -> IndexSummary:
    """Build the embedded store anew from the WARC files beside `store_dir`, then swap it in
    whole (atomically where Linux allows): for a store too damaged to repair in place.

    The live store's writer lock is held throughout, so no `bulletin index` writes into
    the store being replaced; readers see the old store until the swap, then the new one.
    """
    from indexer.stores.embedded.integrity import writer_lock
    from indexer.stores.embedded.store import EmbeddedStore

    fresh = store_dir.with_name(f"{store_dir.name}.rebuild-{secrets.token_hex(4)}")
    try:
        with writer_lock(store_dir):
            # Left by a repair that was killed: with the lock held, nobody is using them.
            for leftover in store_dir.parent.glob(f"{store_dir.name}.rebuild-*"):
                shutil.rmtree(leftover, ignore_errors=True)
            store = EmbeddedStore(fresh, dim=embedder.dim)
            try:
                summary = index_archive(store, embedder, sources, reports_dir, progress=progress)
            finally:
                store.close()
            _fsync_tree(fresh)
            _swap_directories(fresh, store_dir)
    finally:
        shutil.rmtree(fresh, ignore_errors=True)  # after the swap: the damaged store
    return summary


def _fsync_tree(root: Path) -> None:
    for path in [*root.rglob("*"), root]:
        fd = os.open(path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


_RENAME_EXCHANGE = 2
_AT_FDCWD = -100


def _swap_directories(new: Path, live: Path) -> None:
    """Exchange `new` and `live` in one step (renameat2 RENAME_EXCHANGE, Linux 3.15+);
    elsewhere two renames, with a moment in which `live` does not exist."""
    if not live.exists():
        os.replace(new, live)
        return
    with contextlib.suppress(AttributeError, OSError):
        libc = ctypes.CDLL(None, use_errno=True)
        result = libc.renameat2(
            _AT_FDCWD, os.fsencode(new), _AT_FDCWD, os.fsencode(live), _RENAME_EXCHANGE
        )
        if result == 0:
            return
    aside = live.with_name(f"{live.name}.old-{secrets.token_hex(4)}")
    os.replace(live, aside)
    os.replace(new, live)
    os.replace(aside, new)


# --- the whole data directory (`bulletin verify`) -------------------------------------------


def verify_data_dir(
    settings: Settings, embedder, *, repair: bool = False, sample: int | None = VECTOR_SAMPLE,
    progress=None,
) -> VerifyOutcome:
    """Verify the configured store against DATA_DIR/warc; with `repair`, fix it and verify
    again. A store that cannot be opened counts as damaged files."""
    from indexer.stores.registry import open_store

    sources = [settings.warc_dir]
    try:
        store = open_store(settings, dim=embedder.dim)
    except (BulletinError, OSError, ValueError) as exc:
        if settings.store != "embedded":
            raise  # an Elasticsearch cluster that does not answer is not ours to rebuild
        store = _Unopenable(exc)
    try:
        verification = verify_archive(store, embedder, sources, sample=sample,
                                      progress=progress)
        outcome = VerifyOutcome(before=verification.report)
        if not repair or verification.report.ok:
            return outcome
        if any(f.part == "files" for f in verification.report.findings):
            store.close()
            store = None
            summary = rebuild_store_dir(settings.store_dir, embedder, sources,
                                        settings.reports_dir, progress)
            outcome.repair, outcome.repaired_pages = "fresh directory", summary.indexed
            store = open_store(settings, dim=embedder.dim)
        else:
            done = repair_store(store, embedder, verification, progress)
            outcome.repair = done.repair
            outcome.repaired_pages, outcome.removed_pages = done.repaired_pages, done.removed_pages
        outcome.after = verify_archive(store, embedder, sources, sample=sample).report
        return outcome
    finally:
        if store is not None:
            store.close()


class _Unopenable:
    """Stands in for a store that cannot be opened: verifying reports its files damaged."""

    def __init__(self, exc: Exception) -> None:
        self.reason = _describe(exc)

    def damage(self) -> list[str]:
        return [f"the store cannot be opened ({self.reason})"]

    def iter_records(self):
        return iter(())

    def close(self) -> None:
        pass
