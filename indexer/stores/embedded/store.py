"""The embedded store: tantivy for pages and BM25, usearch for passage vectors, one directory.

Layout of the store directory:
- `text/`: the tantivy index. Each page is one document holding its searchable fields,
  the whole `Page` as JSON, its passages and their float32 vectors, so one tantivy
  commit publishes a page and its vectors together.
- `vectors/ann-<token>.usearch`: the HNSW index for the commit with that token. It is
  derived data: written before the commit that names it, and rebuilt from the stored
  vectors when missing, torn, or unlike the CRC32 saved beside it (`.usearch.crc32`).
- `store.json`: format version, vector dimension and the embedding model id.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import secrets
import threading
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import numpy as np
import tantivy
from tantivy import Occur, Query

from indexer.errors import BulletinError, InputError, ModelMismatchError
from indexer.faults import fault
from indexer.models import Hit, Page, Passage, SearchFilters
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import fold, new_style_tones, nfc
from indexer.stores.embedded.vectors import (
    PAGE_KEY_BITS,
    VectorIndex,
    ann_path,
    page_key_of,
    passage_key,
    position_of,
    remove_stale,
)

FORMAT = 1
FOLDED, EXACT = "vi_folded", "vi_exact"
# A word typed with its diacritics counts more where the page has the same diacritics.
EXACT_BOOST = 2.0
TITLE_BOOST = 2.0
# Words of the query standing next to each other in the page ("phòng chống dịch").
PROXIMITY_BOOST = 1.5
PROXIMITY_SLOP = 2
SNIPPET_BYTES = 360  # tantivy counts bytes; Vietnamese letters take 1-3
SNIPPET_CHARS = 240
FACET_SIZES = {"province": 100, "agency": 200, "year": 200}
WRITER_HEAP = 64_000_000
# A filter leaving this few pages is answered exactly from stored vectors, not the ANN.
EXACT_FILTERED_PAGES = 300
# Passages the ANN proposes per wanted hit; their pages are then scored exactly.
CANDIDATES_PER_HIT = 8


def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """The two text analyzers; both must be registered on every open of the index."""

    def chain(*filters: tantivy.Filter) -> tantivy.TextAnalyzer:
        builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        for item in filters:
            builder = builder.filter(item)
        return builder.build()

    keep = [tantivy.Filter.remove_long(40), tantivy.Filter.lowercase()]
    # ascii_fold strips tones and folds đ→d, so "phong chong dich" finds "phòng, chống dịch".
    return {EXACT: chain(*keep), FOLDED: chain(*keep, tantivy.Filter.ascii_fold())}


def build_schema() -> tantivy.Schema:
    """Pages (kind "page") and one bookkeeping document (kind "meta") share the schema."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("kind", tokenizer_name="raw")
    sb.add_text_field("page_id", stored=True, tokenizer_name="raw")
    sb.add_unsigned_field("page_key", stored=True, indexed=True, fast=True)
    sb.add_text_field("content_hash", stored=True, tokenizer_name="raw")
    for name in ("title", "text"):
        sb.add_text_field(name, tokenizer_name=EXACT)
        sb.add_text_field(f"{name}_f", tokenizer_name=FOLDED)
    for name in ("province", "province_current", "agency"):
        sb.add_text_field(name, tokenizer_name="raw", fast=True)  # exact, for facets
        sb.add_text_field(f"{name}_key", tokenizer_name="raw")  # folded, for filters
    sb.add_text_field("doc_type", tokenizer_name="raw")
    sb.add_text_field("cites", tokenizer_name="raw")
    sb.add_text_field("own_number", tokenizer_name="raw")
    sb.add_date_field("published", indexed=True, fast=True)
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_unsigned_field("n_passages", stored=True, fast=True)
    sb.add_bytes_field("page", stored=True)
    sb.add_bytes_field("passages", stored=True)
    sb.add_bytes_field("vectors", stored=True)
    sb.add_bytes_field("meta", stored=True)
    return sb.build()


@dataclass
class Clause:
    """One searched unit: a word, or a phrase (quoted, or a chunk like "07/CT-UBND")."""

    exact: list[str]
    folded: list[str]
    negated: bool = False


@dataclass
class ParsedQuery:
    """A user's query as clauses: every group must match (any clause of it), none of `excluded`."""

    groups: list[list[Clause]] = field(default_factory=list)
    excluded: list[Clause] = field(default_factory=list)

    @property
    def words(self) -> list[Clause]:
        return [c for group in self.groups for c in group if len(c.exact) == len(c.folded) == 1]


_CHUNKS = re.compile(r'(-?)"([^"]*)"|(\S+)')


def parse_user_query(text: str, exact: tantivy.TextAnalyzer, folded: tantivy.TextAnalyzer):
    """Parse free text safely: words all required, "quoted phrases", -word / NOT word to
    exclude, OR between two words for either, AND ignored. Nothing a user types raises."""
    text = _indexed(text).replace("“", '"').replace("”", '"')
    parsed = ParsedQuery()
    negate_next = join_next = False
    for match in _CHUNKS.finditer(text):
        minus, quoted, bare = match.groups()
        if bare in ("AND", "OR", "NOT"):
            join_next |= bare == "OR" and bool(parsed.groups)
            negate_next |= bare == "NOT"
            continue
        negated = negate_next
        if quoted is None:
            negated |= bare.startswith("-") and len(bare) > 1
            source = bare[1:] if negated and bare.startswith("-") else bare
        else:
            negated |= bool(minus)
            source = quoted
        clause = Clause(exact.analyze(source), folded.analyze(source), negated)
        if not (clause.exact and clause.folded):
            continue
        negate_next = False
        if negated:
            parsed.excluded.append(clause)
        elif join_next:
            parsed.groups[-1].append(clause)
        else:
            parsed.groups.append([clause])
        join_next = False
    return parsed


def _page_key_candidate(page_id: str, attempt: int) -> int:
    digest = hashlib.blake2b(f"{page_id}#{attempt}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> (64 - PAGE_KEY_BITS)


def _day(value: date) -> datetime:
    # Dates are indexed as midnight of the publication day, so day ranges compare exactly.
    return datetime(value.year, value.month, value.day)


def _indexed(text: str) -> str:
    """Text as indexed: NFC, with tones in one style ("Hoà" and "Hòa" are the same word)."""
    return new_style_tones(nfc(text))


def _key(value: str) -> str:
    return fold(value).strip()


def _number(value: str) -> str:
    return normalise_number(nfc(value).strip())


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
        self._closed = False
        self.path.mkdir(parents=True, exist_ok=True)
        (self.path / "vectors").mkdir(exist_ok=True)
        self._meta = self._open_meta()
        self._index = self._open_index()
        self._analyzers = analyzers()
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
                f"reads {FORMAT}: index into a new data directory"
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
        return Query.term_query(self._schema, name, value)

    def _pages_only(self) -> Query:
        # Scored 0 so it never shifts BM25 scores or the citation order built on them.
        return Query.const_score_query(self._term("kind", "page"), 0.0)

    def _all_of(self, *queries: Query) -> Query:
        return Query.boolean_query([(Occur.Must, q) for q in queries])

    def _find(self, searcher: tantivy.Searcher, page_id: str) -> tantivy.Document | None:
        found = searcher.search(self._all_of(self._pages_only(), self._term("page_id", page_id)), 1)
        return searcher.doc(found.hits[0][1]) if found.hits else None

    def _all_addresses(self, searcher: tantivy.Searcher, query: Query) -> list:
        return [addr for _, addr in searcher.search(query, max(searcher.num_docs, 1)).hits]

    def _token(self, searcher: tantivy.Searcher) -> str:
        found = searcher.search(self._term("kind", "meta"), 1)
        if not found.hits:
            return ""
        return json.loads(searcher.doc(found.hits[0][1])["meta"][0])["token"]

    def _passage_total(self, searcher: tantivy.Searcher) -> int:
        agg = searcher.aggregate(self._pages_only(), {"n": {"sum": {"field": "n_passages"}}})
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
            ann = _load_checked(path, self.dim, expected) if token else None
            if ann is None:
                ann = VectorIndex.build(self.dim, self._stored_vectors(searcher))
                if token:
                    self._save_rebuilt(ann, path)
            self._serving = (token, ann)
            return ann

    def _save_rebuilt(self, ann: VectorIndex, path: Path) -> None:
        # A read-only store still searches with the rebuilt index, in memory.
        with contextlib.suppress(OSError):
            _save_checked(ann, path)

    def _stored_vectors(self, searcher: tantivy.Searcher) -> Iterator[tuple[list[int], np.ndarray]]:
        for addr in self._all_addresses(searcher, self._pages_only()):
            doc = searcher.doc(addr)
            key, vectors = doc["page_key"][0], self._vectors_of(doc)
            yield [passage_key(key, i) for i in range(len(vectors))], vectors

    def _vectors_of(self, doc: tantivy.Document) -> np.ndarray:
        return np.frombuffer(doc["vectors"][0], dtype=np.float32).reshape(-1, self.dim)

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
        vectors = self._checked_vectors(passages, vectors)
        rows = _rows_by_page(pages, passages)
        with self._lock:
            writer = self._writer_for_update()
            searcher = self._searcher()
            for page in pages:
                old = self._previous(searcher, page.page_id)
                if old:
                    self._work.remove([passage_key(old[0], i) for i in range(old[1])])
                key = old[0] if old else self._new_page_key(searcher, page.page_id)
                page_rows = rows[page.page_id]
                page_passages = [passages[i] for i in page_rows]
                page_vectors = vectors[page_rows]
                writer.delete_documents_by_term("page_id", page.page_id)
                writer.add_document(self._page_document(page, key, page_passages, page_vectors))
                self._work.add([passage_key(key, i) for i in range(len(page_rows))], page_vectors)
                self._mark_pending(page.page_id, (key, len(page_rows)))

    def _mark_pending(self, page_id: str, entry: tuple[int, int] | None) -> None:
        """Record an uncommitted change; the key index keeps key choice linear in pages."""
        previous = self._pending.get(page_id)
        if previous:
            self._pending_keys.pop(previous[0], None)
        self._pending[page_id] = entry
        if entry:
            self._pending_keys[entry[0]] = page_id

    def _checked_vectors(self, passages: list[Passage], vectors: np.ndarray) -> np.ndarray:
        array = np.asarray(vectors, dtype=np.float32)
        if not passages and array.size == 0:
            return np.zeros((0, self.dim), dtype=np.float32)
        if array.shape != (len(passages), self.dim):
            raise ValueError(
                f"vectors have shape {array.shape}, expected ({len(passages)}, {self.dim}): "
                "one row per passage, of the store's dimension"
            )
        if not np.isfinite(array).all():
            raise ValueError("vectors contain NaN or infinite values")
        zero = np.flatnonzero(~array.any(axis=1))
        if zero.size:
            raise ValueError(f"passage {passages[zero[0]].passage_id} has an all-zero vector")
        return array

    def _page_document(
        self, page: Page, key: int, passages: list[Passage], vectors: np.ndarray
    ) -> tantivy.Document:
        doc = tantivy.Document()
        doc.add_text("kind", "page")
        doc.add_text("page_id", page.page_id)
        doc.add_unsigned("page_key", key)
        doc.add_text("content_hash", page.content_hash)
        for name, value in (("title", page.title or ""), ("text", page.text)):
            doc.add_text(name, _indexed(value))
            doc.add_text(f"{name}_f", _indexed(value))
        for name in ("province", "province_current", "agency"):
            value = getattr(page, name)
            if value:
                doc.add_text(name, nfc(value))
                doc.add_text(f"{name}_key", _key(value))
        for doc_type in sorted({_key(c.type) for c in page.citations if c.type}):
            doc.add_text("doc_type", doc_type)
        for number in sorted({_number(c.number) for c in page.citations}):
            doc.add_text("cites", number)
        if page.own_number:
            doc.add_text("own_number", _number(page.own_number))
        published = _published_day(page)
        if published:
            doc.add_date("published", _day(published))
            doc.add_integer("year", published.year)
        doc.add_unsigned("n_passages", len(passages))
        doc.add_bytes("page", page.model_dump_json().encode("utf-8"))
        stored = [p.model_dump(exclude={"page_id"}) for p in passages]
        doc.add_bytes("passages", json.dumps(stored, ensure_ascii=False).encode("utf-8"))
        doc.add_bytes("vectors", np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
        return doc

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
            _save_checked(self._work, ann_path(self.path / "vectors", token))
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
            _remove_orphan_checksums(self.path / "vectors")

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
        """Number of pages stored (committed)."""
        return self._searcher().search(self._pages_only(), 1).count

    def page_hashes(self) -> dict[str, str]:
        """page_id -> content_hash for every stored page."""
        searcher = self._searcher()
        hashes = {}
        for addr in self._all_addresses(searcher, self._pages_only()):
            doc = searcher.doc(addr)
            hashes[doc["page_id"][0]] = doc["content_hash"][0]
        return hashes

    def get(self, page_id: str) -> Page | None:
        """One page by id, exactly as it was stored."""
        doc = self._find(self._searcher(), page_id)
        return _page_of(doc) if doc else None

    def iter_pages(self) -> Iterator[Page]:
        """Every stored page (a snapshot taken when iteration starts)."""
        searcher = self._searcher()
        for addr in self._all_addresses(searcher, self._pages_only()):
            yield _page_of(searcher.doc(addr))

    # --- integrity (for `bulletin verify`) -----------------------------------------
    def iter_records(self) -> Iterator[tuple[Page, list[Passage], np.ndarray]]:
        """Every stored page document with its passages and vectors, duplicates included;
        vectors of the wrong size come back flat (shape (n,)) for the caller to report."""
        searcher = self._searcher()
        for addr in self._all_addresses(searcher, self._pages_only()):
            doc = searcher.doc(addr)
            page = _page_of(doc)
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
        if not path.exists():
            return [f"vectors/{path.name}: missing"]
        if not _checksum_matches(path):
            return [f"vectors/{path.name}: checksum mismatch (damaged), or no checksum"]
        ann = VectorIndex.load(path, self.dim, expected)
        if ann is None:
            return [f"vectors/{path.name}: torn, or not holding the {expected} stored vectors"]
        return _vector_index_disagreement(ann, self._stored_vectors(searcher), path.name)

    def repair_vector_index(self) -> None:
        """Rebuild the committed vector index from the stored vectors and save it atomically."""
        searcher = self._searcher()
        token = self._token(searcher)
        with self._lock:
            ann = VectorIndex.build(self.dim, self._stored_vectors(searcher))
            if token:
                _save_checked(ann, ann_path(self.path / "vectors", token))
            self._serving = (token, ann)

    # --- keyword search ------------------------------------------------------------
    def _filter_queries(self, filters: SearchFilters | None) -> list[Query]:
        if filters is None:
            return []
        queries = []
        for name in ("province", "province_current", "agency"):
            value = getattr(filters, name)
            if value:
                queries.append(self._term(f"{name}_key", _key(value)))
        if filters.doc_type:
            queries.append(self._term("doc_type", _key(filters.doc_type)))
        if filters.date_from or filters.date_to:
            queries.append(
                Query.range_query(
                    self._schema,
                    "published",
                    tantivy.FieldType.Date,
                    _day(filters.date_from) if filters.date_from else None,
                    _day(filters.date_to) if filters.date_to else None,
                )
            )
        # Filters narrow the set without changing the BM25 order inside it.
        return [Query.const_score_query(q, 0.0) for q in queries]

    def _clause_query(self, clause: Clause) -> Query:
        def on(name: str, words: list[str]) -> Query:
            if len(words) == 1:
                return self._term(name, words[0])
            return Query.phrase_query(self._schema, name, words)

        parts = [
            Query.boost_query(on("text", clause.exact), EXACT_BOOST),
            on("text_f", clause.folded),
            Query.boost_query(on("title", clause.exact), EXACT_BOOST * TITLE_BOOST),
            Query.boost_query(on("title_f", clause.folded), TITLE_BOOST),
        ]
        return Query.boolean_query([(Occur.Should, p) for p in parts])

    def _match_query(self, query: str, filters: SearchFilters | None) -> Query | None:
        """The tantivy query for a user's text; None when the text holds no searchable word."""
        base = [(Occur.Must, self._pages_only())]
        base += [(Occur.Must, q) for q in self._filter_queries(filters)]
        if not query.strip():
            return Query.boolean_query(base)
        parsed = parse_user_query(query, self._analyzers[EXACT], self._analyzers[FOLDED])
        if not parsed.groups and not parsed.excluded:
            return None
        for group in parsed.groups:
            alternatives = [(Occur.Should, self._clause_query(c)) for c in group]
            base.append((Occur.Must, Query.boolean_query(alternatives)))
        base += [(Occur.MustNot, self._clause_query(c)) for c in parsed.excluded]
        words = parsed.words
        if len(words) >= 2 and len(words) == len(parsed.groups):
            for name, attr in (("text", "exact"), ("text_f", "folded")):
                tokens = [getattr(c, attr)[0] for c in words]
                near = Query.phrase_query(self._schema, name, tokens, slop=PROXIMITY_SLOP)
                base.append((Occur.Should, Query.boost_query(near, PROXIMITY_BOOST)))
        return Query.boolean_query(base)

    def keyword(
        self, query: str, filters: SearchFilters, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and unfolded text; an empty query lists pages newest first."""
        searcher = self._searcher()
        match = self._match_query(query, filters)
        if match is None:
            return 0, []
        limit, offset = max(limit, 1), max(offset, 0)
        if not query.strip():
            found = searcher.search(
                match, limit, offset=offset, order_by_field="published", order=tantivy.Order.Desc
            )
            pages = [(0.0, _page_of(searcher.doc(addr))) for _, addr in found.hits]
            return found.count, [_hit(page, score, _lead(page.text), []) for score, page in pages]
        found = searcher.search(match, limit, offset=offset)
        snippets = _Snippets(searcher, self._schema, match)
        hits = []
        for score, addr in found.hits:
            page = _page_of(searcher.doc(addr))
            hits.append(_hit(page, float(score), *snippets.make(page)))
        return found.count, hits

    def facets(self, query: str, filters: SearchFilters) -> dict[str, dict[str, int]]:
        """Counts per province, agency and year of the pages matching the query."""
        match = self._match_query(query, filters)
        if match is None:
            return {name: {} for name in FACET_SIZES}
        aggs = {
            name: {"terms": {"field": name, "size": size}} for name, size in FACET_SIZES.items()
        }
        result = self._searcher().aggregate(match, aggs)
        return {
            name: {str(b["key"]): int(b["doc_count"]) for b in result[name]["buckets"]}
            for name in FACET_SIZES
        }

    # --- citations -----------------------------------------------------------------
    def by_citation(self, number: str, limit: int = 50) -> list[Hit]:
        """The document with this number first (when stored), then the pages citing it."""
        wanted = _number(number)
        either = Query.boolean_query(
            [
                (Occur.Should, Query.const_score_query(self._term("own_number", wanted), 2.0)),
                (Occur.Should, Query.const_score_query(self._term("cites", wanted), 1.0)),
            ]
        )
        return self._listed(self._all_of(self._pages_only(), either), wanted, limit)

    def cited_by(self, number: str, limit: int = 50) -> list[Hit]:
        """Pages citing the document with this number, oldest first."""
        wanted = _number(number)
        citing = Query.const_score_query(self._term("cites", wanted), 1.0)
        query = self._all_of(self._pages_only(), citing)
        return self._listed(query, wanted, limit)

    def _listed(self, query: Query, number: str, limit: int) -> list[Hit]:
        searcher = self._searcher()
        found = searcher.search(query, max(limit, 1))
        pages = [(float(score), _page_of(searcher.doc(addr))) for score, addr in found.hits]
        pages.sort(key=lambda item: (-item[0], item[1].published or "9999", item[1].page_id))
        return [_hit(page, score, *_cited_window(page, number)) for score, page in pages]

    # --- vector search -------------------------------------------------------------
    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest passages, one hit per page scored by its best passage."""
        query = np.asarray(vector, dtype=np.float32).reshape(-1)
        if query.shape != (self.dim,):
            raise ValueError(f"query vector has {query.size} values, the store holds {self.dim}")
        if not (np.isfinite(query).all() and query.any()):
            raise ValueError("query vector must be finite and not all zeros")
        return self._nearest(query[None, :], filters, limit, exclude=None)

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages closest to this page's passages (the page itself excluded)."""
        searcher = self._searcher()
        doc = self._find(searcher, page_id)
        if doc is None:
            return []
        vectors = self._vectors_of(doc)
        if not len(vectors):
            return []
        return self._nearest(vectors, None, limit, exclude=doc["page_key"][0])

    def _nearest(
        self, vectors: np.ndarray, filters: SearchFilters | None, limit: int, exclude: int | None
    ) -> list[Hit]:
        """Pages by their best passage's exact cosine; the ANN only proposes candidates."""
        searcher = self._searcher()
        limit = max(limit, 1)
        count = max(limit * CANDIDATES_PER_HIT, 32)
        narrow = self._filter_queries(filters)
        if narrow:
            chosen = self._all_of(self._pages_only(), *narrow)
            kept = searcher.search(chosen, 1).count
            if kept <= EXACT_FILTERED_PAGES:
                addresses = self._all_addresses(searcher, chosen)
                ranked = self._rescore(searcher, addresses, vectors, exclude)
                return [self._semantic_hit(searcher, *item) for item in ranked[:limit]]
            # Ask for more neighbours the fewer pages the filter keeps.
            count = count * searcher.search(self._pages_only(), 1).count // kept
        ann = self._ann(searcher)
        allowed: dict[int, object | None] = {}  # page key -> doc address, None when filtered out
        while True:
            proposed = _best_per_page(ann.search(vectors, count))
            self._resolve(searcher, [k for k in proposed if k not in allowed], filters, allowed)
            candidates = [
                allowed[key] for key in proposed if allowed[key] is not None and key != exclude
            ]
            if len(candidates) >= limit or count >= len(ann):
                break
            count *= 4  # filters or long pages used up the candidates: look further
        ranked = self._rescore(searcher, candidates, vectors, exclude)
        return [self._semantic_hit(searcher, *item) for item in ranked[:limit]]

    def _rescore(
        self, searcher: tantivy.Searcher, addresses: list, vectors: np.ndarray, exclude: int | None
    ) -> list[tuple[float, object, int]]:
        """(exact best cosine, address, passage position) per page, best first."""
        ranked = []
        for addr in addresses:
            doc = searcher.doc(addr)
            stored = self._vectors_of(doc)
            if doc["page_key"][0] == exclude or not len(stored):
                continue
            scores = _cosines(stored, vectors)
            position = int(np.argmax(scores))
            ranked.append((float(scores[position]), addr, position))
        return sorted(ranked, key=lambda item: -item[0])

    def _semantic_hit(self, searcher: tantivy.Searcher, score: float, addr, position: int) -> Hit:
        doc = searcher.doc(addr)
        passage = json.loads(doc["passages"][0])[position]
        return _hit(_page_of(doc), score, _trim(passage["text"]), [])

    def _resolve(self, searcher, keys: list[int], filters, allowed: dict) -> None:
        if not keys:
            return
        query = self._all_of(
            self._pages_only(),
            Query.term_set_query(self._schema, "page_key", keys),
            *self._filter_queries(filters),
        )
        addresses = self._all_addresses(searcher, query)
        for key in keys:
            allowed[key] = None
        for addr, key in zip(
            addresses, searcher.fast_field_values("page_key", addresses), strict=True
        ):
            allowed[key] = addr


# Parts every tantivy segment has; each file ends in a footer holding the CRC32 of the rest.
_SEGMENT_PARTS = ("idx", "pos", "term", "store", "fast", "fieldnorm")
_FOOTER_MAGIC = 1337
_CRC_CHUNK = 1 << 20
# Below this cosine a vector in the ANN file is not the stored vector it claims to be
# (int8 quantisation alone keeps it above 0.99).
_ANN_AGREEMENT = 0.95


@contextlib.contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the store's writer lock (tantivy's flock) without opening it, e.g. while a
    replacement is built: `bulletin index` meanwhile gets the usual "being written" error."""
    import fcntl

    lock_path = Path(path) / "text" / ".tantivy-writer.lock"
    if not lock_path.parent.is_dir():
        yield
        return
    with lock_path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BulletinError(
                f"the store at {path} is being written by another process "
                "(another `bulletin index`?): wait for it to finish"
            ) from None
        yield


def damaged_text_files(text_dir: Path) -> list[str]:
    """Text-index files that are missing, torn or fail their footer checksum (tantivy
    checks none of them when it opens an index, and bit flips go unnoticed in search)."""
    meta_path = text_dir / "meta.json"
    if not meta_path.exists():
        return ["text/meta.json: missing"] if text_dir.exists() and any(text_dir.iterdir()) else []
    try:
        segments = json.loads(meta_path.read_text(encoding="utf-8"))["segments"]
        names = []
        for segment in segments:
            stem = segment["segment_id"].replace("-", "")
            names += [f"{stem}.{part}" for part in _SEGMENT_PARTS]
            if segment.get("deletes"):
                names.append(f"{stem}.{segment['deletes']['opstamp']}.del")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return [f"text/meta.json: unreadable ({type(exc).__name__})"]
    problems = [(name, _file_problem(text_dir / name)) for name in names]
    return [f"text/{name}: {problem}" for name, problem in problems if problem]


def _file_problem(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size < 8:
                return "torn (no footer)"
            handle.seek(size - 8)
            footer_len = int.from_bytes(handle.read(4), "little")
            if int.from_bytes(handle.read(4), "little") != _FOOTER_MAGIC or footer_len > size - 8:
                return "torn (no footer)"
            body = size - 8 - footer_len
            handle.seek(body)
            footer = json.loads(handle.read(footer_len))
            handle.seek(0)
            crc, left = 0, body
            while left:
                chunk = handle.read(min(_CRC_CHUNK, left))
                if not chunk:
                    return "torn (shorter than it says)"
                crc, left = zlib.crc32(chunk, crc), left - len(chunk)
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError) as exc:
        return f"unreadable ({type(exc).__name__})"
    if not isinstance(footer, dict) or footer.get("crc") != crc:
        return "checksum mismatch (damaged)"
    return None


def _file_crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CRC_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def _checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".crc32")


def _save_checked(ann: VectorIndex, path: Path) -> None:
    """Save the vector index atomically, then its CRC32 beside it: usearch loads a file
    with flipped bytes without complaint (and searching it can fail), so loads check."""
    ann.save_atomic(path)
    checksum = _checksum_path(path)
    tmp = checksum.with_name(f"{checksum.name}.{os.getpid()}.tmp")  # swept like ann-*.tmp
    with tmp.open("w", encoding="ascii") as out:
        out.write(str(_file_crc(path)))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, checksum)


def _checksum_matches(path: Path) -> bool:
    try:
        return int(_checksum_path(path).read_text(encoding="ascii")) == _file_crc(path)
    except (OSError, ValueError):  # no checksum: an older store, or a save cut short
        return False


def _load_checked(path: Path, dim: int, expected: int) -> VectorIndex | None:
    """The index at `path` when whole (checksum, size, count); None means rebuild it."""
    if not _checksum_matches(path):
        return None
    return VectorIndex.load(path, dim, expected)


def _remove_orphan_checksums(directory: Path) -> None:
    for checksum in directory.glob("ann-*.usearch.crc32"):
        if not checksum.with_name(checksum.name.removesuffix(".crc32")).exists():
            checksum.unlink(missing_ok=True)


def _vector_index_disagreement(ann: VectorIndex, stored, name: str) -> list[str]:
    """Passage keys missing from the ANN file, or vectors there unlike the stored ones."""
    missing = unlike = 0
    for keys, vectors in stored:
        if not keys:
            continue
        # The wrapper has no read-back; usearch gives a tuple, None for an absent key.
        found = ann._index.get(np.asarray(keys, dtype=np.uint64), dtype=np.float32)
        for row, vector in zip(vectors, found, strict=True):
            if vector is None:
                missing += 1
            elif not _cosines(np.asarray(vector)[None, :], row[None, :])[0] >= _ANN_AGREEMENT:
                unlike += 1  # NaN (an all-zero vector) counts as unlike too
    problems = []
    if missing:
        problems.append(f"vectors/{name}: {missing} stored passage vectors are not in it")
    if unlike:
        problems.append(f"vectors/{name}: {unlike} vectors differ from the stored ones")
    return problems


def _rows_by_page(pages: list[Page], passages: list[Passage]) -> dict[str, list[int]]:
    rows: dict[str, list[int]] = {}
    for page in pages:
        if page.page_id in rows:
            raise ValueError(f"page {page.page_id} appears twice in one upsert")
        rows[page.page_id] = []
        _published_day(page)  # a malformed date fails before anything is written
    for i, passage in enumerate(passages):
        if passage.page_id not in rows:
            raise ValueError(f"passage {passage.passage_id} belongs to no page of this upsert")
        rows[passage.page_id].append(i)
    return rows


def _published_day(page: Page) -> date | None:
    try:
        return page.published_date
    except ValueError:
        raise ValueError(
            f"page {page.page_id}: published {page.published!r} is not an ISO date"
        ) from None


def _best_per_page(rows: list[list[tuple[int, float]]]) -> dict[int, tuple[float, int]]:
    """page key -> (best passage score, that passage's position) over all query rows."""
    best: dict[int, tuple[float, int]] = {}
    for row in rows:
        for key, score in row:
            page, position = page_key_of(key), position_of(key)
            if page not in best or score > best[page][0]:
                best[page] = (score, position)
    return best


def _cosines(stored: np.ndarray, queries: np.ndarray) -> np.ndarray:
    """Best cosine per stored passage over the query rows."""
    stored = stored / np.linalg.norm(stored, axis=1, keepdims=True)
    queries = queries / np.linalg.norm(queries, axis=1, keepdims=True)
    return (stored @ queries.T).max(axis=1)


def _page_of(doc: tantivy.Document) -> Page:
    return Page.model_validate_json(doc["page"][0])


def _hit(page: Page, score: float, snippet: str, highlights: list[tuple[int, int]]) -> Hit:
    return Hit(
        page_id=page.page_id,
        score=score,
        title=page.title,
        url=page.url,
        published=page.published,
        province=page.province,
        agency=page.agency,
        snippet=snippet,
        highlights=highlights,
    )


def _flat(text: str) -> str:
    return re.sub(r"\s", " ", text)  # one character for one, so offsets still hold


def _trim(text: str) -> str:
    text = " ".join(text.split())
    if len(text) <= SNIPPET_CHARS:
        return text
    cut = text.rfind(" ", 0, SNIPPET_CHARS)
    return text[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def _lead(text: str) -> str:
    return _trim(nfc(text))


def _cited_window(page: Page, number: str) -> tuple[str, list[tuple[int, int]]]:
    """A snippet around the first mention of `number` in the page, the number highlighted."""
    spans = sorted((c.start, c.end) for c in page.citations if _number(c.number) == number)
    spans = [(a, b) for a, b in spans if 0 <= a < b <= len(page.text)]
    if not spans:
        return _lead(page.text), []
    start, end = spans[0]
    begin = max(0, start - SNIPPET_CHARS // 3)
    if begin:
        space = page.text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    stop = min(len(page.text), max(end, begin + SNIPPET_CHARS))
    window = _flat(page.text[begin:stop])
    lead = len(window) - len(window.lstrip())
    return window.strip(), [(start - begin - lead, end - begin - lead)]


class _Snippets:
    """Snippets from the unfolded field when the typed diacritics match, else the folded one."""

    def __init__(self, searcher: tantivy.Searcher, schema: tantivy.Schema, query: Query) -> None:
        self._generators = []
        for name in ("text", "text_f"):
            generator = tantivy.SnippetGenerator.create(searcher, query, schema, name)
            generator.set_max_num_chars(SNIPPET_BYTES)
            self._generators.append(generator)

    def make(self, page: Page) -> tuple[str, list[tuple[int, int]]]:
        original = nfc(page.text)
        indexed = _indexed(original)
        if len(indexed) != len(original):  # offsets would not carry over: show as indexed
            original = indexed
        doc = tantivy.Document()
        doc.add_text("text", indexed)
        doc.add_text("text_f", indexed)
        for generator in self._generators:
            snippet = generator.snippet_from_doc(doc)
            if snippet.highlighted():
                return _plain(snippet, indexed, original)
        return _lead(original), []


def _chars(raw: bytes, byte_offset: int) -> int:
    return len(raw[:byte_offset].decode("utf-8", "ignore"))


def _plain(
    snippet: tantivy.Snippet, indexed: str, original: str
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet cut from the page's own text, with character spans (tantivy gives bytes)."""
    raw = indexed.encode("utf-8")
    window = snippet.fragment_range()
    first, last = _chars(raw, window.start), _chars(raw, window.end)
    fragment = _flat(original[first:last])
    lead = len(fragment) - len(fragment.lstrip())
    text = fragment.strip()
    spans = []
    for r in snippet.highlighted():
        start = _chars(raw, window.start + r.start) - first - lead
        end = _chars(raw, window.start + r.end) - first - lead
        if 0 <= start < end <= len(text):
            spans.append((start, end))
    return text, spans
