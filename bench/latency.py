"""Search latency at scale: fill a store with a synthetic corpus, time each search mode."""

from __future__ import annotations

import time
from collections.abc import Sequence

from bench.synthetic import SyntheticCorpus
from bench.timing import measure, percentiles_ms, rate
from indexer.models import SearchFilters
from indexer.query.parse import parse_keywords
from indexer.query.service import SearchService

WARMUP_QUERIES = 5
BATCH_PAGES = 1000
# EmbeddedStore's upsert costs grow with the pages waiting for a commit (it rebuilds the set
# of pending page keys for every page: quadratic), so a 100k build with a single commit takes
# more than 15 minutes here (stopped unfinished); committing every 10k pages keeps it to a few.
COMMIT_EVERY = 10_000


def fill_store(store, corpus: SyntheticCorpus, model_id: str,
               commit_every: int = COMMIT_EVERY) -> dict:
    """Upsert the corpus in batches, committing every `commit_every` pages and at the end."""
    generate = upsert = commit = 0.0
    passages = commits = pending = 0
    with measure() as whole:
        batches = corpus.batches(BATCH_PAGES)
        while True:
            started = time.perf_counter()
            batch = next(batches, None)
            generate += time.perf_counter() - started
            if batch is None:
                break
            started = time.perf_counter()
            store.upsert(*batch)
            upsert += time.perf_counter() - started
            passages += len(batch[1])
            pending += len(batch[0])
            if pending >= commit_every:
                commit += _commit(store)
                commits, pending = commits + 1, 0
        store.set_embedding_model(model_id)
        commit += _commit(store)
        commits += 1
    into_store = upsert + commit
    return {
        "docs": corpus.size,
        "passages": passages,
        "generate_seconds": round(generate, 2),
        "upsert_seconds": round(upsert, 2),
        "commit_seconds": round(commit, 2),
        "commits": commits,
        "batch_pages": BATCH_PAGES,
        "docs_per_s": rate(corpus.size, into_store),
        "passages_per_s": rate(passages, into_store),
        "build": whole.as_dict(),
    }


def _commit(store) -> float:
    started = time.perf_counter()
    store.commit()
    return time.perf_counter() - started


def time_searches(
    service: SearchService, queries: Sequence[str], modes: Sequence[str], limit: int = 10
) -> dict:
    """p50/p95 per mode of `service.search` over `queries`, after a few warm-up searches."""
    out = {}
    for mode in modes:
        for text in queries[:WARMUP_QUERIES]:
            service.search(text, mode=mode, limit=limit)
        seconds = []
        for text in queries:
            started = time.perf_counter()
            service.search(text, mode=mode, limit=limit)
            seconds.append(time.perf_counter() - started)
        out[mode] = percentiles_ms(seconds)
    return out


def time_store_calls(store, queries: Sequence[str], query_vectors, limit: int = 10) -> dict:
    """p50/p95 of the store's own calls that one search makes: where a search's time goes."""
    filters = SearchFilters()
    calls = {
        "keyword": lambda text: store.keyword(parse_keywords(text, filters), limit=limit),
        "semantic": lambda text: store.semantic(query_vectors.encode_query(text), filters, limit),
        "facets": lambda text: store.facets(parse_keywords(text, filters)),
    }
    out = {}
    for name, call in calls.items():
        seconds = []
        for text in queries:
            started = time.perf_counter()
            call(text)
            seconds.append(time.perf_counter() - started)
        out[name] = percentiles_ms(seconds)
    return out


def measure_store(
    store, corpus: SyntheticCorpus, query_vectors, queries: Sequence[str], modes: Sequence[str]
) -> dict:
    """Build `store` from `corpus`, then time searches on it (query vectors precomputed)."""
    build = fill_store(store, corpus, query_vectors.model_id)
    for text in queries:  # embed outside the timed searches
        query_vectors.encode_query(text)
    service = SearchService(store, query_vectors)
    return {"build": build, "search": time_searches(service, queries, modes),
            "store_calls": time_store_calls(store, queries, query_vectors),
            "pages_stored": store.count()}
