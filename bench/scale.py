"""`make bench-scale`: the embedded store at archive scale, on demand (not in CI).

    python -m bench.scale --docs 1000000            # what `make bench-scale` runs
    python -m bench.scale --docs 100000 --cheap-vectors --store /tmp/s100k --keep

Builds `--docs` synthetic pages recombined from real paragraphs (`bench/synthetic.py`),
then times every search mode through `SearchService.search` with the query embedding
included, a bare tantivy search of the same compiled keyword queries on the same index
in the same run, and where each search's time goes (the store's `StageClock`). Writes a
results file holding a `scale` object (see bench/README.md for each figure).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import sys
import time
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from bench import latency, report, synthetic
from bench.machine import load_average, machine_info
from bench.timing import measure
from indexer.config import Settings
from indexer.models import Citation, Page, page_id_for
from indexer.parsing.textnorm import nfc
from indexer.query import service as service_module
from indexer.query.parse import parse_query
from indexer.query.service import SearchService
from indexer.stores.stages import OFF, StageClock

REPO = Path(__file__).resolve().parent.parent
RELEVANCE = REPO / "bench" / "relevance.json"
MODES = ("keyword", "semantic", "hybrid")
WARMUP = 5
CHEAP_DIM = 384


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.scale",
                                     description=__doc__.split("\n")[0])
    parser.add_argument("--docs", type=int, default=1_000_000, help="synthetic pages to build")
    parser.add_argument("--cheap-vectors", action="store_true",
                        help="hashed bag-of-words vectors and queries instead of the model")
    parser.add_argument("--store", type=Path, default=None,
                        help="store folder (default: a temporary one); an existing store of "
                             "--docs pages is searched without rebuilding it")
    parser.add_argument("--keep", action="store_true", help="keep the store afterwards")
    parser.add_argument("--passes", type=int, default=3,
                        help="times each query is searched per mode (percentiles over all)")
    parser.add_argument("--results-dir", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--no-write", action="store_true", help="print the figures only")
    args = parser.parse_args(argv)
    if args.docs < 1:
        parser.error("--docs must be positive")
    return args


def pair(seconds: Sequence[float]) -> list[float]:
    """[p50, p95] in milliseconds."""
    ms = sorted(s * 1000.0 for s in seconds)
    if not ms:
        return [0.0, 0.0]
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return [round(statistics.median(ms), 3), round(p95, 3)]


def load_queries() -> list[str]:
    return [q["query"] for q in json.loads(RELEVANCE.read_text(encoding="utf-8"))["queries"]]


def demo_pages() -> list[Page]:
    """The demo articles' texts (`demo/content`), so the synthetic pages mix their
    paragraphs with the legal texts' as `make bench` does (the judged queries are about
    them), without crawling and indexing the demo first."""
    pages = []
    for path in sorted((REPO / "demo" / "content").glob("*/*.md")):
        head, _, body = path.read_text(encoding="utf-8").removeprefix("---\n").partition("\n---\n")
        meta = dict(line.split(": ", 1) for line in head.splitlines() if ": " in line)
        url = f"http://{path.parent.name}/{path.stem}"
        numbers = [n.strip() for n in meta.get("citations", "").split(";") if n.strip()]
        pages.append(Page(page_id=page_id_for(url), url=url, site=path.parent.name,
                          title=meta.get("title"), text=nfc(body.strip()),
                          citations=[Citation(number=n) for n in numbers]))
    return [p for p in pages if p.text]


def make_embedder(cheap: bool):
    if cheap:
        from tests.cheap_vectors import HashEmbedder

        return HashEmbedder(dim=CHEAP_DIM)
    from indexer.embedding.embedder import Embedder

    settings = Settings()
    return Embedder(settings.model, models_dir=settings.models_dir, device=settings.device)


def disk_mib(path: Path) -> float:
    return round(sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 2**20, 1)


def build(store, embedder, docs: int) -> dict:
    """Fill the store with `docs` synthetic pages; pages/s, peak RSS and size on disk."""
    pool = synthetic.build_pool(demo_pages(), embedder, legal_sample=96)
    corpus = synthetic.SyntheticCorpus(pool, docs)
    with measure() as section:
        figures = latency.fill_store(store, corpus, embedder.model_id)
    return {
        "pages_per_s": figures["docs_per_s"],
        "generate_seconds": figures["generate_seconds"],
        "seconds": round(section.seconds, 1),
        "peak_rss_mib": section.peak_rss_mib,
        "peak_rss_scope": section.peak_scope,
        "passages": figures["passages"],
        "corpus": pool.describe(embedder.model_id),
    }


class Timed:
    """Wraps a callable, charging its time to `stage` on `clock`."""

    def __init__(self, clock: StageClock, stage: str, call: Callable) -> None:
        self.clock, self.stage, self.call = clock, stage, call

    def __call__(self, *args, **kwargs):
        started = self.clock.start()
        try:
            return self.call(*args, **kwargs)
        finally:
            self.clock.lap(self.stage, started)


class TimedEmbedder:
    """The query side of an embedder, every query embedded afresh and timed."""

    def __init__(self, embedder, clock: StageClock) -> None:
        self.model_id = embedder.model_id
        self.encode_query = Timed(clock, "query embedding", embedder.encode_query)


def time_modes(store, embedder, queries: list[str], *, facets: bool, passes: int
               ) -> tuple[dict, dict, list[float]]:
    """[p50, p95] per mode of `SearchService.search` (query embedding included); per mode
    the [p50, p95] of each stage (the rest: parsing, fusion, building the result); and the
    seconds of a bare tantivy search of each keyword query (the same compiled query, top
    10 and the count as the store asks, no document fetched), timed just before the
    keyword search of it, so a busy machine weighs on both alike."""
    kept = service_module.QUERY_VECTORS_KEPT
    clock = StageClock()
    store.clock = clock
    store.semantic = Timed(clock, "vector search", store.semantic)
    store.count = Timed(clock, "count", store.count)
    service = SearchService(store, TimedEmbedder(embedder, clock))
    # Every search embeds its query afresh: the service keeps recent query embeddings,
    # and the judged queries searched twice per mode would otherwise be embedded once each.
    service_module.QUERY_VECTORS_KEPT = 0
    searcher = store._searcher()
    compiled = [store._compiler.keyword(parse_query(text, "keyword", None).keyword)
                for text in queries]
    totals: dict[str, list[float]] = {}
    stages: dict[str, dict[str, list[float]]] = {}
    bare: list[float] = []
    try:
        for mode in MODES:
            for text in queries[:WARMUP]:
                service.search(text, mode=mode, facets=facets)
            clock.take()
            seconds, per_stage = [], {}
            for _ in range(passes):
                for text, match in zip(queries, compiled, strict=True):
                    if mode == "keyword" and match is not None:
                        started = time.perf_counter()
                        searcher.search(match, 10)
                        bare.append(time.perf_counter() - started)
                    started = time.perf_counter()
                    service.search(text, mode=mode, facets=facets)
                    took = time.perf_counter() - started
                    seconds.append(took)
                    parts = clock.take()
                    parts["rest (parse, fusion, result)"] = max(0.0, took - sum(parts.values()))
                    for name, value in parts.items():
                        per_stage.setdefault(name, []).append(value)
            totals[mode] = pair(seconds)
            # A stage a query skipped took 0 ms for it.
            stages[mode] = {name: pair(values + [0.0] * (len(seconds) - len(values)))
                            for name, values in sorted(per_stage.items())}
    finally:
        del store.semantic, store.count
        store.clock = OFF
        service_module.QUERY_VECTORS_KEPT = kept
    return totals, stages, bare


def parse_and_compile(store, queries: list[str]) -> dict:
    """[p50, p95] of parsing and of compiling the keyword queries alone (the stages count
    them inside "rest" and "compile")."""
    parse_s, compile_s = [], []
    for text in queries:
        started = time.perf_counter()
        parsed = parse_query(text, "keyword", None).keyword
        parse_s.append(time.perf_counter() - started)
        started = time.perf_counter()
        store._compiler.keyword(parsed)
        compile_s.append(time.perf_counter() - started)
    return {"parse": pair(parse_s), "compile only": pair(compile_s)}


def measure_scale(args: argparse.Namespace) -> dict:
    from indexer.stores.embedded.store import EmbeddedStore

    embedder = make_embedder(args.cheap_vectors)
    folder = args.store or Path(f"/tmp/bulletin-scale-{args.docs}")
    store = EmbeddedStore(folder, dim=embedder.dim)
    try:
        existing = store.count()
        if existing and existing != args.docs:
            raise SystemExit(f"{folder} holds {existing} pages, not {args.docs}: "
                             "give another --store")
        index = build(store, embedder, args.docs) if not existing else {"reused": str(folder)}
        index["disk_mib"] = disk_mib(folder)
        queries = load_queries()
        plain, stages, bare = time_modes(store, embedder, queries, facets=False,
                                         passes=args.passes)
        store._facets.clear()  # facets computed afresh, as for a new query
        with_facets, facet_stages, _ = time_modes(store, embedder, queries, facets=True,
                                                  passes=1)
        result = {
            "docs": store.count(),
            "queries": len(queries),
            "passes": args.passes,
            "vectors": "cheap hashed bag-of-words" if args.cheap_vectors
            else f"model {embedder.model_id}",
            "index": index,
            "latency_ms": plain,
            "latency_with_facets_ms": {m: with_facets[m] for m in ("keyword", "hybrid")},
            "bare_tantivy_ms": pair(bare),
            "keyword_over_bare": [round(a / b, 2) if b else None
                                  for a, b in zip(plain["keyword"], pair(bare), strict=True)],
            "stages_ms": {**parse_and_compile(store, queries), **stages},
            "facet_stages_ms": {m: facet_stages[m] for m in ("keyword", "hybrid")},
        }
    finally:
        store.close()
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return result


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    started = time.perf_counter()
    now = datetime.now(UTC)
    result = {
        "schema": 1,
        "run": {"timestamp": now.strftime("%Y%m%dT%H%M%SZ"), "started": now.isoformat(),
                "kind": "scale", "quick": False,
                "options": {k: str(v) if isinstance(v, Path) else v
                            for k, v in vars(args).items()}},
        "machine": machine_info(REPO),
        "errors": [],
    }
    result["scale"] = measure_scale(args)
    result["run"]["seconds"] = round(time.perf_counter() - started, 1)
    result["machine"]["load_average_at_end"] = load_average()
    print(json.dumps(result["scale"], indent=1, ensure_ascii=False))
    if not args.no_write:
        print(f"results: {report.write_result(result, args.results_dir)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
