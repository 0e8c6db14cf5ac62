"""The embedded store: tantivy for pages and BM25, usearch for passage vectors, one directory.

Layout of the store directory:
- `text/`: the tantivy index. Each page is one document holding its searchable fields,
  the whole `Page` as JSON, its passages and their float32 vectors, so one tantivy
  commit publishes a page and its vectors together.
- `vectors/ann-<token>.usearch`: the HNSW index for the commit with that token. It is
  derived data: written before the commit that names it, and rebuilt from the stored
  vectors when missing, torn, or unlike the CRC32 saved beside it (`.usearch.crc32`).
- `store.json`: format version, vector dimension and the embedding model id.

This module opens, writes and reads; what is written is `schema.py`'s, queries are built
by `compile.py`, hits by `hits.py`, vector search is `nearest.py`'s, and file checks live
in `integrity.py`.
It is just over 500 lines because writes and their uncommitted bookkeeping (page keys,
the vector index the next commit publishes) stay under one lock in one class.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import threading
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import tantivy
from tantivy import Query

from indexer.errors import BulletinError, InputError, ModelMismatchError
from indexer.faults import fault
from indexer.models import Hit, KeywordQuery, Page, Passage, SearchFilters
from indexer.parsing.identity import format_identity, parse_identity
from indexer.parsing.textnorm import nfc
from indexer.stores.embedded.compile import QueryCompiler
from indexer.stores.embedded.hits import (
    Snippets,
    all_addresses,
    hit_of,
    make_hit,
    stored_fields,
)
from indexer.stores.embedded.integrity import (
    damaged_text_files,
    load_checked,
    remove_orphan_checksums,
    save_checked,
    vector_file_damage,
)
from indexer.stores.embedded.nearest import NearestPages, centroid, stored_vectors
from indexer.stores.embedded.schema import (
    FORMAT,
    analyzers,
    build_schema,
    checked_batch,
    number_key,
    page_document,
    page_of,
)
from indexer.stores.embedded.vectors import (
    PAGE_KEY_BITS,
    VectorIndex,
    ann_path,
    passage_key,
    remove_stale,
)
from indexer.stores.ranking import FACET_SIZES
from indexer.stores.snippets import cited_snippet, lead_snippet
from indexer.stores.stages import OFF, StageClock

WRITER_HEAP = 64_000_000
FACET_CACHE = 32  # queries whose facet counts (and compiled form) are kept


def _page_key_candidate(page_id: str, attempt: int) -> int:
    digest = hashlib.blake2b(f"{page_id}#{attempt}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> (64 - PAGE_KEY_BITS)


class EmbeddedStore:
    """The default store: everything in one directory, no server; see the module docstring."""

    def __init__(self, path: Path, dim: int) -> None:
        self.path = Path(path)
        self.dim = dim
        self._lock = threading.RLock()
        self._writer: tantivy.IndexWriter | None = None
        self._pending: dict[str, tuple[int, int] | None] = {}  # page_id -> (key, passages)
        self._pending_keys: dict[int, str] = {}  # page key -> page_id, for uncommitted pages
        self._work: VectorIndex | None = None  # the vector index the next commit publishes
        self._serving: tuple[str, VectorIndex] | None = None
        self._facets: dict[tuple[str, str], dict[str, dict[str, int]]] = {}  # oldest first
        self._compiled: dict[str, Query | None] = {}  # KeywordQuery JSON -> query
        self._closed = False
        self.clock: StageClock = OFF  # a benchmark's StageClock times each search stage
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / "vectors").mkdir(exist_ok=True)
        self._meta = self._open_meta()
        self._index = self._open_index()
        self._compiler = QueryCompiler(self._schema, analyzers())
        self._check_dimension()

    # --- opening -------------------------------------------------------------------
    def _open_meta(self) -> dict:
        meta_path = self.path / "store.json"
        if not meta_path.exists():
            meta = {"format": FORMAT, "dim": self.dim, "embedding_model": None}
            self._write_meta(meta)
            return meta
        meta = json.loads(meta_path.read_text(encoding="utf-8"))
        if meta.get("format") != FORMAT:
            raise InputError(
                f"the store at {self.path} has format {meta.get('format')!r}, this version "
                f"reads {FORMAT}: delete that directory and run `bulletin index` (the WARC "
                "files are the source of truth; the passage cache spares re-embedding)"
            )
        return meta

    def _write_meta(self, meta: dict) -> None:
        target = self.path / "store.json"
        tmp = target.with_name(f"store.json.{os.getpid()}.tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False, indent=1), encoding="utf-8")
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)

    def _open_index(self) -> tantivy.Index:
        text_dir = self.path / "text"
        text_dir.mkdir(exist_ok=True)
        if tantivy.Index.exists(str(text_dir)):
            index = tantivy.Index.open(str(text_dir))
        else:
            index = tantivy.Index(build_schema(), path=str(text_dir))
        for name, analyzer in analyzers().items():
            index.register_tokenizer(name, analyzer)
        index.config_reader(reload_policy="manual")
        self._schema = index.schema
        return index

    def _check_dimension(self) -> None:
        stored_dim = self._meta.get("dim")
        if stored_dim == self.dim:
            return
        if self._passage_total(self._searcher()) > 0:
            raise ModelMismatchError(
                f"the store at {self.path} holds {stored_dim}-dimensional vectors but the "
                f"model gives {self.dim}: re-index into a new data directory"
            )
        self._meta["dim"] = self.dim
        self._write_meta(self._meta)

    # --- plumbing ------------------------------------------------------------------
    def _searcher(self) -> tantivy.Searcher:
        if self._closed:
            raise BulletinError(f"the store at {self.path} is closed")
        # Reloading costs microseconds and shows other processes' commits at once.
        self._index.reload()
        return self._index.searcher()

    def _term(self, name: str, value) -> Query:
        return self._compiler.term(name, value)

    def _pages(self, searcher: tantivy.Searcher) -> list:
        """The address of every page document."""
        return all_addresses(searcher, self._compiler.pages_only())

    def _find(self, searcher: tantivy.Searcher, page_id: str) -> tantivy.Document | None:
        query = self._compiler.all_of(self._compiler.pages_only(), self._term("page_id", page_id))
        found = searcher.search(query, 1)
        return searcher.doc(found.hits[0][1]) if found.hits else None

    def _token(self, searcher: tantivy.Searcher) -> str:
        found = searcher.search(self._term("kind", "meta"), 1)
        if not found.hits:
            return ""
        return json.loads(searcher.doc(found.hits[0][1])["meta"][0])["token"]

    def _passage_total(self, searcher: tantivy.Searcher) -> int:
        sums = {"n": {"sum": {"field": "n_passages"}}}
        agg = searcher.aggregate(self._compiler.pages_only(), sums)
        return int(agg["n"]["value"] or 0)

    # --- the vector index ----------------------------------------------------------
    def _ann(self, searcher: tantivy.Searcher) -> VectorIndex:
        """The vector index matching this searcher's commit: cached, loaded or rebuilt."""
        token = self._token(searcher)
        with self._lock:
            if self._serving and self._serving[0] == token:
                return self._serving[1]
            expected = self._passage_total(searcher)
            path = ann_path(self.path / "vectors", token)
            ann = load_checked(path, self.dim, expected) if token else None
            if ann is None:
                ann = VectorIndex.build(self.dim, self._stored_vectors(searcher))
                if token:
                    self._save_rebuilt(ann, path)
            self._serving = (token, ann)
            return ann

    def _save_rebuilt(self, ann: VectorIndex, path: Path) -> None:
        # A read-only store still searches with the rebuilt index, in memory.
        with contextlib.suppress(OSError):
            save_checked(ann, path)

    def _stored_vectors(self, searcher: tantivy.Searcher) -> Iterator[tuple[list[int], np.ndarray]]:
        for addr in self._pages(searcher):
            doc = searcher.doc(addr)
            key, vectors = doc["page_key"][0], stored_vectors(doc, self.dim)
            yield [passage_key(key, i) for i in range(len(vectors))], vectors

    # --- writing -------------------------------------------------------------------
    def _writer_for_update(self) -> tantivy.IndexWriter:
        if self._writer is None:
            try:
                self._writer = self._index.writer(heap_size=WRITER_HEAP, num_threads=1)
            except ValueError as exc:
                if "LockBusy" not in str(exc):
                    raise
                raise BulletinError(
                    f"the store at {self.path} is being written by another process "
                    "(another `bulletin index`?): wait for it to finish"
                ) from None
        if self._work is None:
            self._work = self._ann(self._searcher()).copy()
        return self._writer

    def _previous(self, searcher: tantivy.Searcher, page_id: str) -> tuple[int, int] | None:
        """(page key, passage count) the page holds now, counting uncommitted changes."""
        if page_id in self._pending:
            return self._pending[page_id]
        doc = self._find(searcher, page_id)
        return (doc["page_key"][0], doc["n_passages"][0]) if doc else None

    def _new_page_key(self, searcher: tantivy.Searcher, page_id: str) -> int:
        for attempt in range(64):
            key = _page_key_candidate(page_id, attempt)
            if self._pending_keys.get(key, page_id) != page_id:
                continue
            found = searcher.search(self._term("page_key", key), 1)
            holder = searcher.doc(found.hits[0][1])["page_id"][0] if found.hits else page_id
            if holder == page_id:
                return key
        raise BulletinError(f"no free page key for {page_id}")  # 64 collisions: impossible

    def upsert(self, pages: list[Page], passages: list[Passage], vectors: np.ndarray) -> None:
        """Add or replace pages with their passages (rows of `vectors` match `passages`)."""
        vectors, rows = checked_batch(pages, passages, vectors, self.dim)
        with self._lock:
            writer = self._writer_for_update()
            searcher = self._searcher()
            # The batch's vectors go into the HNSW index in one call (its threads share the
            # work; one call per page ran on one core, half the build time at scale).
            added: dict[str, tuple[list[int], np.ndarray]] = {}
            for page in pages:
                old = self._previous(searcher, page.page_id)
                if old:
                    self._work.remove([passage_key(old[0], i) for i in range(old[1])])
                key = old[0] if old else self._new_page_key(searcher, page.page_id)
                page_rows = rows[page.page_id]
                page_passages = [passages[i] for i in page_rows]
                page_vectors = vectors[page_rows]
                writer.delete_documents_by_term("page_id", page.page_id)
                writer.add_document(page_document(page, key, page_passages, page_vectors))
                added[page.page_id] = ([passage_key(key, i) for i in range(len(page_rows))],
                                       page_vectors)
                self._mark_pending(page.page_id, (key, len(page_rows)))
            if added:
                self._work.add([k for keys, _ in added.values() for k in keys],
                               np.concatenate([vecs for _, vecs in added.values()]))

    def _mark_pending(self, page_id: str, entry: tuple[int, int] | None) -> None:
        """Record an uncommitted change; the key index keeps key choice linear in pages."""
        previous = self._pending.get(page_id)
        if previous:
            self._pending_keys.pop(previous[0], None)
        self._pending[page_id] = entry
        if entry:
            self._pending_keys[entry[0]] = page_id

    def delete(self, page_ids: list[str]) -> None:
        """Remove pages and their passages and vectors (unknown ids are no-ops)."""
        with self._lock:
            writer = self._writer_for_update()
            searcher = self._searcher()
            for page_id in page_ids:
                old = self._previous(searcher, page_id)
                if old:
                    self._work.remove([passage_key(old[0], i) for i in range(old[1])])
                writer.delete_documents_by_term("page_id", page_id)
                self._mark_pending(page_id, None)

    def commit(self) -> None:
        """Publish all writes at once: the vector file first, then the tantivy commit naming it."""
        with self._lock:
            if self._writer is None or self._work is None:
                return
            token = secrets.token_hex(8)
            save_checked(self._work, ann_path(self.path / "vectors", token))
            fault("vector-saved")
            meta = tantivy.Document()
            meta.add_text("kind", "meta")
            meta.add_bytes("meta", json.dumps({"token": token}).encode("utf-8"))
            self._writer.delete_documents_by_term("kind", "meta")
            self._writer.add_document(meta)
            self._writer.commit()
            self._index.reload()
            previous = self._serving[0] if self._serving else ""
            self._serving = (token, self._work)
            self._work, self._pending, self._pending_keys = None, {}, {}
            remove_stale(self.path / "vectors", keep={token, previous})
            remove_orphan_checksums(self.path / "vectors")

    @contextlib.contextmanager
    def rebuild(self, dim: int | None = None) -> Iterator[EmbeddedStore]:
        """Replace the whole store in one commit; readers see the old pages until it ends.

        The vector dimension stays the store's: a model of another dimension needs a new
        data directory (opening refuses it with that advice).
        """
        if dim is not None and dim != self.dim:
            raise ModelMismatchError(
                f"the store at {self.path} holds {self.dim}-dimensional vectors, the model "
                f"gives {dim}: index into a new data directory"
            )
        with self._lock:
            writer = self._writer_for_update()
            stored = list(self.page_hashes())
            writer.delete_all_documents()
            self._work = VectorIndex.build(self.dim, [])
            # Committed pages are gone from the next commit: nothing of theirs to replace.
            self._pending, self._pending_keys = dict.fromkeys(stored), {}
        try:
            yield self
        except BaseException:
            with self._lock:
                if self._writer is not None:
                    self._writer.rollback()
                self._work, self._pending, self._pending_keys = None, {}, {}
            raise

    def close(self) -> None:
        """Release the writer lock and files; uncommitted writes are discarded."""
        with self._lock:
            if self._writer is not None:
                if self._work is not None:
                    self._writer.rollback()
                self._writer.wait_merging_threads()
            self._writer, self._work, self._serving = None, None, None
            self._pending, self._pending_keys = {}, {}
            self._closed = True

    # --- metadata ------------------------------------------------------------------
    def embedding_model(self) -> str | None:
        """Id of the model the stored vectors came from (None when never set)."""
        # Read afresh: an indexer in another process may have re-indexed with another model.
        with contextlib.suppress(OSError, ValueError):
            self._meta = json.loads((self.path / "store.json").read_text(encoding="utf-8"))
        return self._meta.get("embedding_model")

    def set_embedding_model(self, model_id: str) -> None:
        """Record the model the vectors come from (written at once, atomically)."""
        with self._lock:
            self._meta["embedding_model"] = model_id
            self._write_meta(self._meta)

    def count(self) -> int:
        """Number of pages stored (committed): every live document but the bookkeeping one
        (counting the pages' postings walked them all, on every hybrid query)."""
        searcher = self._searcher()
        return searcher.num_docs - searcher.search(self._term("kind", "meta"), 1).count

    def page_hashes(self) -> dict[str, str]:
        """page_id -> content_hash for every stored page."""
        searcher = self._searcher()
        hashes = {}
        for addr in self._pages(searcher):
            doc = searcher.doc(addr)
            hashes[doc["page_id"][0]] = doc["content_hash"][0]
        return hashes

    def get(self, page_id: str) -> Page | None:
        """One page by id, exactly as it was stored."""
        doc = self._find(self._searcher(), page_id)
        return page_of(doc) if doc else None

    def iter_pages(self) -> Iterator[Page]:
        """Every stored page (a snapshot taken when iteration starts)."""
        searcher = self._searcher()
        for addr in self._pages(searcher):
            yield page_of(searcher.doc(addr))

    # --- integrity (for `bulletin verify`) -----------------------------------------
    def iter_records(self) -> Iterator[tuple[Page, list[Passage], np.ndarray]]:
        """Every stored page document with its passages and vectors, duplicates included;
        vectors of the wrong size come back flat (shape (n,)) for the caller to report."""
        searcher = self._searcher()
        for addr in self._pages(searcher):
            doc = searcher.doc(addr)
            page = page_of(doc)
            stored = json.loads(doc["passages"][0])
            passages = [Passage(page_id=page.page_id, **p) for p in stored]
            flat = np.frombuffer(doc["vectors"][0], dtype=np.float32)
            fits = flat.size % self.dim == 0
            yield page, passages, flat.reshape(-1, self.dim) if fits else flat

    def damage(self) -> list[str]:
        """What is wrong on disk, one line each: text-index files failing their checksums,
        or a vector index that is missing, torn, or not exactly the stored vectors."""
        problems = damaged_text_files(self.path / "text")
        if problems:
            return problems
        searcher = self._searcher()
        token = self._token(searcher)
        if not token:
            return []
        path = ann_path(self.path / "vectors", token)
        expected = self._passage_total(searcher)
        return vector_file_damage(path, self.dim, expected, self._stored_vectors(searcher))

    def repair_vector_index(self) -> None:
        """Rebuild the committed vector index from the stored vectors and save it atomically."""
        searcher = self._searcher()
        token = self._token(searcher)
        with self._lock:
            ann = VectorIndex.build(self.dim, self._stored_vectors(searcher))
            if token:
                save_checked(ann, ann_path(self.path / "vectors", token))
            self._serving = (token, ann)

    # --- keyword search ------------------------------------------------------------
    def _keyword_query(self, query: KeywordQuery) -> Query | None:
        """The compiled query, kept for the last few: one search compiles it for the
        hits, their snippets and the facets (a pasted passage takes milliseconds)."""
        key = query.model_dump_json()
        with self._lock:
            if key in self._compiled:
                return self._compiled[key]
        match = self._compiler.keyword(query)
        with self._lock:
            self._compiled[key] = match
            while len(self._compiled) > FACET_CACHE:
                self._compiled.pop(next(iter(self._compiled)))
        return match

    def keyword(
        self, query: KeywordQuery, limit: int = 10, offset: int = 0, *, snippets: bool = True
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and unfolded text; `browse` lists pages newest first.

        Without `snippets`, hits carry none (`add_snippets` cuts them later for the hits
        shown): hybrid search ranks 50 candidates to show 10.
        """
        clock = self.clock
        started = clock.start()
        searcher = self._searcher()
        match = self._keyword_query(query)
        started = clock.lap("compile", started)
        if match is None:
            return 0, []
        limit, offset = max(limit, 1), max(offset, 0)
        if query.browse:
            found = searcher.search(
                match, limit, offset=offset, order_by_field="published", order=tantivy.Order.Desc
            )
            started = clock.lap("search", started)
            stored = [(0.0, stored_fields(searcher.doc(addr))) for _, addr in found.hits]
            started = clock.lap("fetch", started)
            cuts = [(lead_snippet(fields.get("text", "")), []) for _, fields in stored]
        else:
            found = searcher.search(match, limit, offset=offset)
            started = clock.lap("search", started)
            stored = [
                (float(score), stored_fields(searcher.doc(addr))) for score, addr in found.hits
            ]
            started = clock.lap("fetch", started)
            cutter = Snippets(searcher, self._schema, match) if snippets else None
            cuts = [cutter.make(fields.get("text", "")) if cutter else ("", [])
                    for _, fields in stored]
        started = clock.lap("snippets", started)
        hits = [
            hit_of(fields, score, *cut) for (score, fields), cut in zip(stored, cuts, strict=True)
        ]
        clock.lap("hits", started)
        return found.count, hits

    def add_snippets(self, query: KeywordQuery, hits: list[Hit]) -> None:
        """Cut the keyword snippets of `hits` (found with `snippets=False`), in place."""
        clock = self.clock
        started = clock.start()
        searcher = self._searcher()
        match = self._keyword_query(query)
        if match is None or query.browse or not hits:
            return
        cutter = Snippets(searcher, self._schema, match)
        for hit in hits:
            doc = self._find(searcher, hit.page_id)
            if doc is not None:
                hit.snippet, hit.highlights = cutter.make(stored_fields(doc).get("text", ""))
        clock.lap("snippets", started)

    def facets(self, query: KeywordQuery) -> dict[str, dict[str, int]]:
        """Counts per province, agency, year and month of every page matching the query.

        One aggregation pass over the matches, kept per commit for the last few queries
        (a UI asks again for every page of results and every widget change).
        """
        started = self.clock.start()
        searcher = self._searcher()
        key = (self._token(searcher), query.model_dump_json())
        with self._lock:
            known = self._facets.get(key)
        if known is None:
            known = self._aggregate(searcher, query)
            with self._lock:
                self._facets[key] = known
                while len(self._facets) > FACET_CACHE:
                    self._facets.pop(next(iter(self._facets)))
        self.clock.lap("facets", started)
        return {name: dict(counts) for name, counts in known.items()}

    def _aggregate(
        self, searcher: tantivy.Searcher, query: KeywordQuery
    ) -> dict[str, dict[str, int]]:
        match = self._keyword_query(query)
        if match is None:
            return {name: {} for name in FACET_SIZES}
        aggs = {
            name: {"terms": {"field": name, "size": size}} for name, size in FACET_SIZES.items()
        }
        result = searcher.aggregate(match, aggs)
        return {
            name: {str(b["key"]): int(b["doc_count"]) for b in result[name]["buckets"]}
            for name in FACET_SIZES
        }

    # --- citations -----------------------------------------------------------------
    def by_citation(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """The document with this number first (when stored), then the pages citing it."""
        wanted = number_key(number)
        return self._listed(self._compiler.citing(wanted, filters, own=True), wanted, limit)

    def cited_by(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages citing the document with this number, oldest first."""
        wanted = number_key(number)
        return self._listed(self._compiler.citing(wanted, filters, own=False), wanted, limit)

    def _listed(self, query: Query, number: str, limit: int) -> list[Hit]:
        searcher = self._searcher()
        found = searcher.search(query, max(limit, 1))
        pages = [(float(score), page_of(searcher.doc(addr))) for score, addr in found.hits]
        pages.sort(key=lambda item: (-item[0], item[1].published or "9999", item[1].page_id))
        return [make_hit(page, score, *cited_snippet(page, number)) for score, page in pages]

    def cited_by_identity(
        self, identity: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages with a mention resolved to this document identity, oldest first."""
        return self._by_identity(identity, filters, limit, own=False)

    def issued(self, identity: str, limit: int = 10) -> list[Hit]:
        """Pages that publish the document with this identity, oldest first."""
        return self._by_identity(identity, None, limit, own=True)

    def _by_identity(
        self, identity: str, filters: SearchFilters | None, limit: int, *, own: bool
    ) -> list[Hit]:
        parts = parse_identity(nfc(identity).strip())
        if parts is None:
            return []
        wanted = format_identity(*parts)
        query = self._compiler.by_identity(wanted, filters, own=own)
        return self._listed(query, parts.number, limit)

    # --- vector search -------------------------------------------------------------
    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest passages, one hit per page scored by its best passage."""
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        if query.shape != (self.dim,):
            raise ValueError(f"query vector has {query.size} values, the store holds {self.dim}")
        if not (np.isfinite(query).all() and query.any()):
            raise ValueError("query vector must be finite and not all zeros")
        return self._nearest(self._searcher()).search(query[None, :], filters, limit)

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages nearest to this page's centroid (the normalised mean of its passage
        vectors), each scored by its best passage; the page itself excluded."""
        searcher = self._searcher()
        doc = self._find(searcher, page_id)
        middle = centroid(stored_vectors(doc, self.dim)) if doc else None
        if middle is None:
            return []
        nearest = self._nearest(searcher)
        return nearest.search(middle[None, :], None, limit, exclude=doc["page_key"][0])

    def _nearest(self, searcher: tantivy.Searcher) -> NearestPages:
        return NearestPages(searcher, self._compiler, self.dim, lambda: self._ann(searcher))
