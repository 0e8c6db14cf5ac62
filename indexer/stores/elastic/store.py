"""The Elasticsearch store: the scale-out path, answering the same `Store` contract as the
embedded store. This module holds the operations only; what is created in the cluster is
in `mapping.py`, the request bodies in `compile.py`, answers are read in `hits.py`, and
talking to the cluster (retries, error lines) is `transport.py`'s and `bulk.py`'s.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

import numpy as np
from elasticsearch import (
    ApiError,
    AuthenticationException,
    Elasticsearch,
    NotFoundError,
    TransportError,
)

from indexer.errors import BulletinError
from indexer.models import Hit, KeywordQuery, Page, Passage, SearchFilters
from indexer.parsing.citations import normalise_number
from indexer.parsing.identity import format_identity, parse_identity
from indexer.parsing.textnorm import nfc
from indexer.stores.elastic import builds
from indexer.stores.elastic.bulk import write_bulk
from indexer.stores.elastic.compile import (
    MAX_RESULT_WINDOW,
    PIT_KEEP_ALIVE,
    build_citation_query,
    build_facets_query,
    build_identity_query,
    build_keyword_query,
    build_knn_query,
    build_scan_query,
    build_similar_query,
    matches_nothing,
)
from indexer.stores.elastic.documents import DERIVED_FIELDS, page_documents, page_from_source
from indexer.stores.elastic.errors import DimensionMismatchError, StoreUnavailableError
from indexer.stores.elastic.hits import (
    citation_hit,
    facets_from_aggs,
    keyword_hit,
    semantic_hits,
    total,
)
from indexer.stores.elastic.mapping import pages_alias
from indexer.stores.elastic.privileges import (
    MANAGE,
    MONITOR,
    READ,
    TEMPLATES,
    has_privileges_request,
    missing,
    needed,
    role_summary,
)
from indexer.stores.elastic.transport import (
    SERVER_MAJOR,
    ErrorTranslator,
    RetryPolicy,
    check_client,
    connect,
    redact_url,
)
from indexer.stores.ranking import FACET_SIZES

__all__ = ["ElasticStore"]

DEEP_PAGE_BATCH = 1_000
log = logging.getLogger(__name__)


class ElasticStore:
    """Pages, passages and vectors in Elasticsearch 9, behind a swappable alias."""

    def __init__(
        self,
        url: str,
        *,
        index_prefix: str = "bulletin",
        dim: int,
        api_key: str | None = None,
        basic_auth: tuple[str, str] | None = None,
        ca_file: str | None = None,
        request_timeout: float = 30,
        max_retries: int = 5,
        retry_backoff: float = 1.0,
        bulk_chunk_size: int = 100,
    ) -> None:
        check_client()
        if not re.fullmatch(r"[a-z0-9][a-z0-9_.-]*", index_prefix):
            raise ValueError(
                f"index prefix {index_prefix!r} must be lower-case letters, digits, '-', '_' or '.'"
            )
        self.url = redact_url(url)
        self.prefix = index_prefix
        self.alias = pages_alias(index_prefix)
        self.dim = dim
        self.bulk_chunk_size = bulk_chunk_size
        self.policy = RetryPolicy(request_timeout, max_retries, retry_backoff)
        self._errors = ErrorTranslator(self.url, index_prefix, self.policy)
        self._connection = dict(url=url, api_key=api_key, basic_auth=basic_auth, ca_file=ca_file)
        self._client: Elasticsearch | None = None
        self._rebuild_index: str | None = None
        with self._errors("connecting", MONITOR, TEMPLATES, MANAGE):
            self._check_privileges()
            self.server_version = self._check_server()
            self.index_dim = self._ensure_index()

    @property
    def client(self) -> Elasticsearch:
        """The HTTP client, connected again when used after `close()`."""
        if self._client is None:
            options = dict(self._connection)
            self._client = connect(options.pop("url"), self.policy, **options)
        return self._client

    # -- setup --------------------------------------------------------------------------

    def _check_privileges(self) -> None:
        """Name every privilege of bulletin's role the user lacks, before anything fails
        half-way. The check itself needs no privilege; a cluster without security (or
        without this API) answers with an error, and then there is nothing to check."""
        try:
            answer = self.client.security.has_privileges(**has_privileges_request(self.prefix))
        except ApiError as exc:
            if (
                isinstance(exc, AuthenticationException)
                or exc.error == "media_type_header_exception"
            ):
                raise
            return
        lacking = missing(answer.body, self.prefix)
        if lacking:
            raise StoreUnavailableError(
                f"Elasticsearch at {self.url}: the user lacks {needed(lacking, self.prefix)}; "
                f"give it bulletin's role ({role_summary(self.prefix)}, see "
                "docs/elasticsearch.md)"
            )

    def _check_server(self) -> tuple[int, ...]:
        number = self.client.info()["version"]["number"]
        version = tuple(int(p) for p in re.findall(r"\d+", number)[:3])
        if version < (SERVER_MAJOR,):
            raise StoreUnavailableError(
                f"Elasticsearch at {self.url} is {number}; bulletin needs Elasticsearch "
                f"{SERVER_MAJOR}"
            )
        return version

    def _ensure_index(self) -> int:
        """Dimension of the live index, creating the first version when there is none."""
        if not any(builds.versions(self.client, self.prefix).values()):
            # Another process may create it between our look and our create: then use it.
            with suppress(BulletinError):
                builds.create_version(self.client, self.prefix, self.dim, with_alias=True)
        return self._live_dim()

    def _live_dim(self) -> int:
        mapping = self._live_mapping()
        vector = mapping.get("properties", {}).get("passages", {}).get("properties", {})
        return int(vector.get("vector", {}).get("dims", self.dim))

    def _live_mapping(self) -> dict[str, Any]:
        found = self.client.indices.get_mapping(index=self._target)
        return next(iter(found.body.values()))["mappings"]

    @property
    def _target(self) -> str:
        """Where writes go: the index being rebuilt, else the alias."""
        return self._rebuild_index or self.alias

    # -- writes -------------------------------------------------------------------------

    def upsert(self, pages: list[Page], passages: list[Passage], vectors: np.ndarray) -> None:
        """Add or replace pages with their passages; re-sending a page never duplicates it."""
        docs = page_documents(pages, passages, vectors, self.index_dim)
        self._bulk(
            {"_op_type": "index", "_index": self._target, "_id": doc["page_id"], "_source": doc}
            for doc in docs
        )

    def delete(self, page_ids: list[str]) -> None:
        """Remove pages; their passages and vectors go with them."""
        self._bulk(
            {"_op_type": "delete", "_index": self._target, "_id": page_id} for page_id in page_ids
        )

    def _bulk(self, actions: Any) -> None:
        write_bulk(
            self.client,
            actions,
            self._errors,
            chunk_size=self.bulk_chunk_size,
            # Never let a write auto-create an index named like the alias.
            require_alias=self._rebuild_index is None,
        )

    def commit(self) -> None:
        """Make every acknowledged write visible to searches (writes are durable on ack)."""
        with self._errors("refreshing", MANAGE):
            self.client.indices.refresh(index=self._target)

    def set_embedding_model(self, model_id: str) -> None:
        """Record the model of the vectors in the index's mapping metadata."""
        with self._errors("saving the model id", MANAGE):
            meta = dict(self._live_mapping().get("_meta") or {})
            meta["embedding_model"] = model_id
            self.client.indices.put_mapping(index=self._target, meta=meta)

    @contextmanager
    def rebuild(self, dim: int | None = None) -> Iterator[ElasticStore]:
        """Fill a fresh index while searches keep using the old one, then swap the alias
        in one request and delete the previous index (and any build that failed earlier);
        on error the new index is dropped and nothing changes.

            with store.rebuild():
                store.upsert(...); store.set_embedding_model(...); store.commit()
        """
        if self._rebuild_index is not None:
            raise BulletinError("a rebuild is already running on this store")
        dim = dim or self.dim
        with self._errors("creating the new index", TEMPLATES, MANAGE):
            new = builds.create_version(self.client, self.prefix, dim, with_alias=False)
        self._rebuild_index, old_dim = new, self.index_dim
        self.index_dim = dim
        try:
            yield self
            with self._errors("switching to the new index", MANAGE):
                self.client.indices.refresh(index=new)
                unneeded = builds.switch_alias(self.client, self.prefix, new)
        except BaseException as exc:
            self.index_dim = old_dim
            self._drop_unfinished(new, exc)
            raise
        finally:
            self._rebuild_index = None
        with self._errors("deleting the previous index", MANAGE):
            builds.remove(self.client, unneeded)

    def _drop_unfinished(self, name: str, failure: BaseException) -> None:
        """Drop the index of a failed build; when that fails too, the first error is the
        one to report, and the leftover is named (the next rebuild deletes it)."""
        try:
            with self._errors("dropping the unfinished index", MANAGE):
                builds.drop_unfinished(self.client, self.prefix, name)
        except BulletinError as cleanup:
            note = f"the unfinished index {name} was left in the cluster ({cleanup}); the "
            note += "next `bulletin index --rebuild` deletes it"
            failure.add_note(note)
            log.warning(note)

    def drop(self) -> None:
        """Delete every index and the template of this prefix (tests, `--rebuild` from 0)."""
        with self._errors("deleting the indices", MANAGE, TEMPLATES):
            builds.remove(self.client, list(builds.versions(self.client, self.prefix)))
            with suppress(NotFoundError):
                self.client.indices.delete_index_template(name=self.alias)

    # -- reads --------------------------------------------------------------------------

    def get(self, page_id: str) -> Page | None:
        """One page by id, exactly as it was upserted."""
        with self._errors("reading a page", READ):
            try:
                found = self.client.get(
                    index=self.alias, id=page_id, source_excludes=DERIVED_FIELDS
                )
            except NotFoundError as exc:
                if isinstance(exc.body, dict) and exc.body.get("found") is False:
                    return None
                raise
        return page_from_source(found["_source"])

    def count(self) -> int:
        """Number of pages (nested passages are not counted)."""
        with self._errors("counting pages", READ):
            return int(self.client.count(index=self.alias)["count"])

    def page_hashes(self) -> dict[str, str]:
        """page_id -> content_hash of every stored page."""
        return {
            hit["_id"]: (hit.get("_source") or {}).get("content_hash", "")
            for hit in self._walk({"match_all": {}}, source=["content_hash"])
        }

    def embedding_model(self) -> str | None:
        """Id of the model the stored vectors came from, None before any was recorded."""
        with self._errors("reading the model id", MANAGE):
            return (self._live_mapping().get("_meta") or {}).get("embedding_model")

    def keyword(
        self, query: KeywordQuery, limit: int = 10, offset: int = 0
    ) -> tuple[int, list[Hit]]:
        """BM25 over folded and exact text; any offset, past 10 000 through a point in time."""
        if matches_nothing(query):
            return 0, []
        body = build_keyword_query(query, limit=limit, offset=offset)
        with self._errors("searching", READ):
            if offset + limit > MAX_RESULT_WINDOW:
                found = self._deep_page(body, offset, limit)
            else:
                found = self.client.search(index=self.alias, body=body).body
        return total(found), [keyword_hit(raw) for raw in found["hits"]["hits"]]

    def facets(self, query: KeywordQuery) -> dict[str, dict[str, int]]:
        """Counts per province, agency, year and month of every page matching the query."""
        if matches_nothing(query):
            return {name: {} for name in FACET_SIZES}
        with self._errors("counting facets", READ):
            found = self.client.search(index=self.alias, body=build_facets_query(query))
        counts = facets_from_aggs(found.body.get("aggregations") or {})
        return {name: counts.get(name, {}) for name in FACET_SIZES}

    def semantic(self, vector: np.ndarray, filters: SearchFilters, limit: int = 10) -> list[Hit]:
        """Nearest passages, one hit per page scored by its best passage (cosine)."""
        self._check_query_dim(vector)
        if limit < 1:
            return []
        with self._errors("searching", READ):
            found = self.client.search(
                index=self.alias, body=build_knn_query(vector, filters, limit)
            )
        return semantic_hits(found["hits"]["hits"])

    def similar(self, page_id: str, limit: int = 10) -> list[Hit]:
        """Pages nearest to this page's centroid (the normalised mean of its unit passage
        vectors), each scored by its best passage; the page itself left out."""
        with self._errors("reading page vectors", READ):
            options: dict[str, Any] = {}
            if self.server_version >= (9, 2):
                # From 9.2 vectors are left out of _source unless asked for.
                options["source_exclude_vectors"] = False
            try:
                found = self.client.get(
                    index=self.alias, id=page_id, source_includes=["passages.vector"], **options
                )
            except NotFoundError:
                return []
        rows = [p["vector"] for p in (found["_source"].get("passages") or []) if p.get("vector")]
        if not rows:
            return []
        vectors = np.asarray(rows, dtype=np.float32)
        centroid = (vectors / np.linalg.norm(vectors, axis=1, keepdims=True)).mean(axis=0)
        if not np.any(centroid):
            return []
        with self._errors("searching", READ):
            hits = self.client.search(
                index=self.alias,
                body=build_similar_query(centroid / np.linalg.norm(centroid), page_id, limit),
            )
        return semantic_hits(hits["hits"]["hits"])

    def by_citation(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """The document with this normalised number first, then pages citing it, oldest first."""
        return self._citation_search(number, filters, limit, citing_only=False)

    def cited_by(
        self, number: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages citing the document with this normalised number (not the document itself)."""
        return self._citation_search(number, filters, limit, citing_only=True)

    def _citation_search(
        self, number: str, filters: SearchFilters | None, limit: int, *, citing_only: bool
    ) -> list[Hit]:
        number = normalise_number(number)
        if not number:
            return []
        body = build_citation_query(number, filters, limit, citing_only=citing_only)
        with self._errors("looking up a document number", READ):
            found = self.client.search(index=self.alias, body=body)
        return [citation_hit(raw, number) for raw in found["hits"]["hits"]]

    def cited_by_identity(
        self, identity: str, filters: SearchFilters | None = None, limit: int = 50
    ) -> list[Hit]:
        """Pages with a mention resolved to this document identity, oldest first."""
        return self._identity_search(identity, filters, limit, own=False)

    def issued(self, identity: str, limit: int = 10) -> list[Hit]:
        """Pages that publish the document with this identity, oldest first."""
        return self._identity_search(identity, None, limit, own=True)

    def _identity_search(
        self, identity: str, filters: SearchFilters | None, limit: int, *, own: bool
    ) -> list[Hit]:
        parts = parse_identity(nfc(identity).strip())
        if parts is None:
            return []
        body = build_identity_query(format_identity(*parts), filters, limit, own=own)
        with self._errors("looking up a document", READ):
            found = self.client.search(index=self.alias, body=body)
        return [citation_hit(raw, parts.number) for raw in found["hits"]["hits"]]

    def iter_pages(self, *, batch: int = 500) -> Iterator[Page]:
        """Every page once, through a point in time (stable while indexing goes on)."""
        for hit in self._walk({"match_all": {}}, source={"excludes": DERIVED_FIELDS}, batch=batch):
            yield page_from_source(hit["_source"])

    def close(self) -> None:
        """Release the HTTP connections (a later call connects again)."""
        if self._client is not None:
            self._client.close()
            self._client = None

    # -- helpers ------------------------------------------------------------------------

    def _check_query_dim(self, vector: np.ndarray) -> None:
        size = int(np.asarray(vector).size)
        if size != self.index_dim:
            raise DimensionMismatchError(
                f"the index holds {self.index_dim}-dim vectors but the query vector has "
                f"{size}: run `bulletin index --rebuild` with the configured model"
            )

    @contextmanager
    def _point_in_time(self) -> Iterator[PointInTime]:
        opened = self.client.open_point_in_time(index=self.alias, keep_alive=PIT_KEEP_ALIVE)
        pit = PointInTime(opened["id"])
        try:
            yield pit
        finally:
            # A point in time left open expires on its own after keep_alive.
            with suppress(ApiError, TransportError):
                self.client.close_point_in_time(id=pit.id)

    def _walk(
        self, query: dict[str, Any], *, source: Any, batch: int = 1000
    ) -> Iterator[dict[str, Any]]:
        """Every hit of `query`, batch by batch with search_after over a point in time."""
        with self._errors("reading pages", READ), self._point_in_time() as pit:
            after: list[Any] | None = None
            while True:
                body = build_scan_query(
                    query, pit_id=pit.id, size=batch, search_after=after, source=source
                )
                hits = pit.follow(self.client.search(body=body))["hits"]["hits"]
                yield from hits
                if len(hits) < batch:
                    return
                after = hits[-1]["sort"]

    def _deep_page(self, body: dict[str, Any], offset: int, limit: int) -> dict[str, Any]:
        """The page at `offset` beyond the result window: skip ahead with search_after."""
        with self._point_in_time() as pit:
            after: list[Any] | None = None
            skip = offset
            while skip > 0:
                size = min(DEEP_PAGE_BATCH, skip)
                step = build_scan_query(
                    body["query"],
                    pit_id=pit.id,
                    size=size,
                    sort=body["sort"],
                    search_after=after,
                    source=False,
                )
                hits = pit.follow(self.client.search(body=step))["hits"]["hits"]
                if len(hits) < size:
                    return {"hits": {"total": {"value": offset - skip + len(hits)}, "hits": []}}
                after, skip = hits[-1]["sort"], skip - size
            last = build_scan_query(
                body["query"],
                pit_id=pit.id,
                size=limit,
                sort=body["sort"],
                search_after=after,
                source=body["_source"],
            )
            last.update(track_total_hits=True, highlight=body["highlight"])
            return pit.follow(self.client.search(body=last)).body


class PointInTime:
    """The id of an open point in time. Every search answer may carry a new id, and the
    reference says the latest must be used for the next search and for closing it."""

    def __init__(self, pit_id: str) -> None:
        self.id = pit_id

    def follow(self, answer: Any) -> Any:
        """Take the id `answer` carries, if any; returns `answer`."""
        self.id = answer.get("pit_id") or self.id
        return answer
