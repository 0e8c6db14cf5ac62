"""`make bench`: one command measuring speed and search quality end to end.

    python -m bench.run                       # full run (about 10 minutes on 2 cores)
    python -m bench.run --quick --cheap-vectors   # seconds: tiny corpus, hashed vectors
    python -m bench.run --sizes 10000,100000 --skip-crawl --warc data/warc

Sections: crawl (demo portals over HTTP, throttling off), indexing (WARC reading,
cleaning + extraction, embedding, store inserts, cold and warm passage cache), search
latency on synthetic corpora (embedded store; Elasticsearch too when ES_URL is set),
search quality on `bench/relevance.json` (demo archive) and `bench/real_relevance.json` (real
pages, `bench/real_text.py`), each on its tuning and its held-out half too, and embedding
backends. A failing section is recorded in the result and the run goes on; the exit status
is then 1.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from rich.console import Console

from bench import embedding_speed, extraction_fields, latency, quality, report, synthetic
from bench import ocr as ocr_bench
from bench.machine import load_average, machine_info
from bench.relevance import RELEVANCE_FILE, demo_duplicates, demo_urls, load_relevance
from bench.timing import measure, percentiles_ms, process_peak_rss_mib, rate
from indexer.config import DEFAULT_MODEL, Settings
from indexer.models import Page

REPO = Path(__file__).resolve().parent.parent
RESULTS_DIR = REPO / "bench" / "results"
DEMO_PROFILES = REPO / "demo" / "profiles"
DEMO_ARTICLES = REPO / "demo" / "articles.json"
FULL_SIZES = (10_000, 100_000)
QUICK_SIZES = (300,)
CRAWL_TIMEOUT = 600
CHEAP_DIM = 384
QUICK_LATENCY_QUERIES = 30

log = Console(stderr=True)


class BenchError(RuntimeError):
    """A section cannot run (a missing input, a failed step it depends on)."""


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true",
                        help="tiny corpus and few passages: seconds, for tests")
    parser.add_argument("--sizes", type=_sizes, default=None,
                        help="synthetic corpus sizes, e.g. 10000,100000 (default: 10k and 100k; "
                             "300 with --quick)")
    parser.add_argument("--skip-crawl", action="store_true",
                        help="do not crawl: index the WARC files under --warc")
    parser.add_argument("--warc", type=Path, default=None,
                        help="WARC folder for --skip-crawl (default: DATA_DIR/warc)")
    parser.add_argument("--cheap-vectors", action="store_true",
                        help="hashed bag-of-words vectors instead of the model (no model needed; "
                             "embedding and quality figures then say nothing about the model)")
    parser.add_argument("--embed-passages", type=int, default=None,
                        help="fixed passages for the embedding speed (default 64, quick 8)")
    parser.add_argument("--legal-sample", type=int, default=None,
                        help="legal paragraphs embedded for real in the synthetic corpora "
                             "(default 96, quick 8)")
    parser.add_argument("--quality-only", action="store_true",
                        help="crawl, index and measure search quality only (demo and real-text "
                             "sets): no extraction fields, backends, latency or OCR")
    parser.add_argument("--relevance", type=Path, default=RELEVANCE_FILE)
    parser.add_argument("--results-dir", type=Path, default=RESULTS_DIR)
    parser.add_argument("--work-dir", type=Path, default=None,
                        help="where the temporary stores go (default: the system temp dir)")
    parser.add_argument("--keep-work", action="store_true", help="keep the temporary stores")
    parser.add_argument("--no-chart", action="store_true", help="skip history.png")
    args = parser.parse_args(argv)
    if args.sizes is None:
        args.sizes = list(QUICK_SIZES if args.quick else FULL_SIZES)
    args.embed_passages = args.embed_passages or (8 if args.quick else 64)
    args.legal_sample = args.legal_sample or (8 if args.quick else 96)
    if args.embed_passages < 2:
        parser.error("--embed-passages must be at least 2")
    return args


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(part) for part in text.split(",") if part.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes must be whole numbers, got {text!r}") from None
    if not sizes or min(sizes) < 1:
        raise argparse.ArgumentTypeError(f"sizes must be positive, got {text!r}")
    return sizes


class Run:
    """One benchmark run: its options, scratch directory and the result being filled."""

    def __init__(self, args: argparse.Namespace) -> None:
        self.args = args
        self.settings = Settings()
        now = datetime.now(UTC)
        self.result: dict = {
            "schema": 1,
            "run": {
                "timestamp": now.strftime("%Y%m%dT%H%M%SZ"),
                "started": now.isoformat(timespec="seconds"),
                "quick": args.quick,
                "vectors": "cheap hashed bag-of-words" if args.cheap_vectors
                else f"model {self.settings.model}",
                "options": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
            },
            "errors": [],
        }
        self.work = Path(tempfile.mkdtemp(prefix="bulletin-bench-", dir=args.work_dir))
        self.started = time.perf_counter()

    @contextmanager
    def section(self, name: str) -> Iterator[None]:
        """Run a section; an error is recorded under its name and the run goes on."""
        log.print(f"[bold cyan]bench[/] {name} …")
        try:
            yield
        except Exception as exc:  # noqa: BLE001 - every failure is reported in the result
            message = f"{type(exc).__name__}: {exc}".splitlines()[0]
            log.print(f"[red]bench {name} failed: {message}")
            self.result["errors"].append({"section": name, "error": message})
            self.result.setdefault(name.split("/")[0], {}).setdefault("error", message)

    # --- embedders ---------------------------------------------------------------------

    def embedder(self, cache=None, **extra):
        """The model embedder (with `cache`), or the hashed stand-in with --cheap-vectors."""
        if self.args.cheap_vectors:
            from tests.cheap_vectors import HashEmbedder

            return HashEmbedder(dim=CHEAP_DIM)
        from indexer.embedding.embedder import Embedder

        return Embedder(self.settings.model, models_dir=self.settings.models_dir,
                        device=self.settings.device, cache=cache, **extra)

    def backend_embedder(self, name: str) -> tuple[object, dict]:
        """The app's embedder for backend `name`; where the app refuses it (its copy failed
        the fidelity gate), the copy itself run directly, marked as not used by the app."""
        from indexer.embedding.embedder import EmbeddingModelError

        embedder = self.embedder(None, backend=name)
        try:
            dim = embedder.dim  # resolves the backend: raises where it is unavailable
            return embedder, {"used_by_app": True, "dim": dim}
        except EmbeddingModelError as refused:
            copy, facts = embedding_speed.ungated_copy(name, self.model_folder())
            return copy, {**facts, "used_by_app": False, "refused": str(refused)}

    def model_folder(self) -> Path | None:
        if self.args.cheap_vectors:
            return None
        if self.settings.model == DEFAULT_MODEL:
            return self.settings.models_dir / DEFAULT_MODEL
        folder = Path(self.settings.model).expanduser()
        return folder if folder.is_dir() else None

    def finish(self) -> dict:
        self.result["memory"] = {
            "peak_rss_mib": process_peak_rss_mib(),
            "children_peak_rss_mib": round(
                resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024, 1),
        }
        self.result["run"]["seconds"] = round(time.perf_counter() - self.started, 1)
        self.result["machine"]["load_average_at_end"] = load_average()
        if not self.args.keep_work:
            shutil.rmtree(self.work, ignore_errors=True)
        else:
            self.result["run"]["work_dir"] = str(self.work)
        return self.result


# --- sections ------------------------------------------------------------------------------


def crawl_demo(run: Run) -> Path:
    """Crawl the demo portals (served here) in a subprocess; the WARC folder it wrote."""
    from demo.serve import start_demo_server

    data_dir = run.work / "crawl"
    server, base_url = start_demo_server()
    try:
        with measure() as wall:
            done = subprocess.run(
                [sys.executable, "-m", "bench.crawl_worker", "--profiles", str(DEMO_PROFILES),
                 "--proxy", base_url, "--data-dir", str(data_dir)],
                cwd=REPO, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, check=False,
            )
    finally:
        server.shutdown()
        server.server_close()
    if done.returncode != 0:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        raise BenchError(f"the demo crawl failed (exit {done.returncode}): {tail}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    figures["pages_per_s"] = rate(figures["fetched"], figures["seconds"])
    figures["process_seconds"] = round(wall.seconds, 2)
    run.result["crawl"] = figures
    return data_dir / "warc"


def existing_warc(run: Run) -> Path:
    warc = run.args.warc or run.settings.warc_dir
    from indexer.ingest.pipeline import warc_files

    if not warc.is_dir() or not warc_files([warc]):
        raise BenchError(f"no WARC files under {warc}: run `make demo-data` or drop --skip-crawl")
    run.result["crawl"] = {"skipped": f"--skip-crawl: indexing {warc}"}
    return warc


def extract_speed(warc_dir: Path) -> dict:
    """WARC reading, then cleaning + extraction, timed apart."""
    from indexer.extract.core import extract_documents
    from indexer.ingest.pipeline import IndexSummary, latest_documents, warc_files

    files = warc_files([warc_dir])
    summary = IndexSummary()
    damaged: list = []
    with measure() as read:
        documents = list(latest_documents(files, summary, damaged))
    if damaged:
        raise BenchError(f"damaged WARC file: {damaged[0].source}: {damaged[0].reason}")
    with measure() as extract:
        results = list(extract_documents(documents))
    pages = sum(isinstance(r, Page) for r in results)
    return {
        "warc_files": len(files),
        "records": summary.documents,
        "documents": len(documents),
        "pages": pages,
        "quarantined": len(results) - pages,
        "read_seconds": round(read.seconds, 3),
        "read_docs_per_s": rate(summary.documents, read.seconds),
        "extract": extract.as_dict(),
        "pages_per_s": rate(len(results), extract.seconds),
    }


def index_demo(run: Run, warc_dir: Path) -> tuple[object, object]:
    """Index the demo archive cold, again with the warm cache, and once more unchanged.

    Returns the cold store (open) and its embedder, for the sections that search it.
    """
    from indexer.embedding.passage_cache import PassageCache
    from indexer.ingest.pipeline import index_archive
    from indexer.stores.embedded.store import EmbeddedStore

    figures = run.result.setdefault("indexing", {})
    cache = None if run.args.cheap_vectors else PassageCache(run.work / "passage-cache.sqlite")
    embedder = run.embedder(cache)
    with measure() as load:
        dim = embedder.dim
        figures["model"] = embedder.model_id
    # The app's default backend ("auto") may be int8: the figures below are for that one.
    figures["backend"] = getattr(embedder, "backend", None)
    figures["model_load_seconds"] = round(load.seconds, 2)
    if cache is None:
        figures["cache_note"] = "cheap vectors have no passage cache: warm embeds everything"

    def index(store, embedder, name: str) -> None:
        with measure() as section:
            summary = index_archive(store, embedder, [warc_dir], run.work / "reports")
        figures[name] = {
            "pages": summary.pages, "indexed": summary.indexed, "unchanged": summary.unchanged,
            "passages": summary.passages, "passages_embedded": summary.passages_embedded,
            "quarantined": summary.quarantined, "duplicates": summary.duplicates,
            **section.as_dict(),
        }

    cold = EmbeddedStore(run.work / "store-cold", dim=dim)
    index(cold, embedder, "cold")
    warm = EmbeddedStore(run.work / "store-warm", dim=dim)
    try:
        index(warm, run.embedder(cache), "warm_cache")
    finally:
        warm.close()
    index(cold, embedder, "unchanged")
    return cold, embedder


def embedding_section(run: Run, pages: list[Page], queries: list[str]) -> None:
    """fp32 passages/s on the fixed passages, then every other backend against fp32."""
    from indexer.embedding.model_builder import PROMPTS

    tokenizer = embedding_speed.load_tokenizer(run.model_folder())
    prompt = PROMPTS["document"] if "e5" in run.settings.model.lower() else ""
    passages, tokens = embedding_speed.fixed_passages(
        pages, run.args.embed_passages, tokenizer=tokenizer, prompt=prompt)
    fp32_name, others = (None, []) if run.args.cheap_vectors else embedding_speed.backend_choices()
    extra = {"backend": fp32_name} if fp32_name else {}
    reference = run.embedder(None, **extra)  # no cache: every passage is embedded
    figures, vectors = embedding_speed.throughput(reference, passages)
    figures["tokens_per_passage"] = tokens
    figures["backend"] = "cheap hashed vectors" if run.args.cheap_vectors else \
        f"fp32 sentence-transformers ({fp32_name or 'the only backend'})"
    run.result["indexing"]["embedding"] = figures

    results = {"fp32": {**figures, "cosine_to_fp32_mean": 1.0, "top1_agreement": 1.0}}
    results.update(embedding_speed.compare_backends(
        reference, vectors, passages, queries, run.backend_embedder, others))
    note = None
    if run.args.cheap_vectors:
        note = "cheap vectors: no model backends compared"
    elif not others:
        note = "indexer.embedding.embedder offers no backend besides fp32"
    run.result["backends"] = {"results": results, "note": note, "passages": len(passages),
                              "queries": len(queries),
                              "indexing_backend": run.result["indexing"].get("backend")}


def latency_section(run: Run, pages: list[Page], embedder, vectors: quality.QueryVectors,
                    queries: list[str]) -> None:
    from indexer.stores.embedded.store import EmbeddedStore

    figures = run.result.setdefault("latency", {})
    pool = synthetic.build_pool(pages, embedder, legal_sample=run.args.legal_sample)
    figures["corpus"] = pool.describe(embedder.model_id)
    if run.args.quick:
        queries = queries[:QUICK_LATENCY_QUERIES]
    figures["queries"] = len(queries)
    figures["note"] = ("SearchService.search (facets included) with query vectors embedded "
                       "beforehand; query_embedding is that cost")
    figures["embedded"] = {}
    for size in run.args.sizes:
        with run.section(f"latency/embedded {size}"):
            corpus = synthetic.SyntheticCorpus(pool, size)
            store = EmbeddedStore(run.work / f"store-{size}", dim=embedder.dim)
            try:
                figures["embedded"][str(size)] = latency.measure_store(
                    store, corpus, vectors, queries, quality.MODES)
            finally:
                store.close()
                shutil.rmtree(run.work / f"store-{size}", ignore_errors=True)
    if vectors.seconds:
        figures["query_embedding"] = percentiles_ms(vectors.seconds)
    elastic_section(run, pool, embedder, vectors, queries)
    store_figures = figures["embedded"].get(str(min(run.args.sizes)))
    if store_figures:
        run.result["indexing"]["store"] = {
            "corpus_docs": store_figures["build"]["docs"],
            "docs_per_s": store_figures["build"]["docs_per_s"],
            "passages_per_s": store_figures["build"]["passages_per_s"],
        }


def elastic_section(run: Run, pool, embedder, vectors, queries: list[str]) -> None:
    figures = run.result["latency"]
    if not os.environ.get("ES_URL"):
        figures["elasticsearch"] = {"skipped": "ES_URL not set"}
        return
    from indexer.stores.registry import open_store

    figures["elasticsearch"] = {}
    prefix = f"bulletin-bench-{run.result['run']['timestamp'].lower()}"
    for size in run.args.sizes:
        with run.section(f"latency/elasticsearch {size}"):
            settings = Settings(store="elasticsearch", es_index_prefix=f"{prefix}-{size}")
            store = open_store(settings, dim=embedder.dim)
            try:
                figures["elasticsearch"][str(size)] = latency.measure_store(
                    store, synthetic.SyntheticCorpus(pool, size), vectors, queries, quality.MODES)
            finally:
                store.drop()
                store.close()


def run_bench(args: argparse.Namespace) -> dict:
    """Every section, in dependency order; the result dictionary."""
    from indexer.embedding.factory import load_runtimes

    load_runtimes()  # OpenVINO before any store (see load_runtimes): the int8 backend loads
    run = Run(args)
    run.result["machine"] = machine_info(REPO)
    relevance = load_relevance(args.relevance, demo_urls(DEMO_ARTICLES))
    queries = [q.query for q in relevance.queries]
    warc_dir = store = embedder = None
    pages: list[Page] = []
    try:
        if not args.quality_only:
            with run.section("extraction"):  # per field on real pages, ours / trafilatura
                run.result["extraction"] = extraction_fields.measure()
        with run.section("crawl"):
            warc_dir = existing_warc(run) if args.skip_crawl else crawl_demo(run)
        with run.section("indexing"):
            _require(warc_dir, "the demo WARC files (the crawl failed)")
            run.result.setdefault("indexing", {})["extract"] = extract_speed(warc_dir)
            store, embedder = index_demo(run, warc_dir)
            pages = list(store.iter_pages())
        vectors = quality.QueryVectors(embedder) if embedder is not None else None
        with run.section("quality"):
            _require(store, "the indexed demo archive")
            from indexer.query.service import SearchService

            run.result["quality"] = quality.evaluate(SearchService(store, vectors), relevance,
                                                     same_as=demo_duplicates(DEMO_ARTICLES))
            run.result["quality"]["halves"] = quality.evaluate_halves(
                SearchService(store, vectors), relevance, same_as=demo_duplicates(DEMO_ARTICLES))
        with run.section("quality_real"):  # real legal documents and pages, held out too
            _require(embedder, "the embedding model (indexing failed)")
            run.result["quality_real"] = real_quality(run, embedder, vectors)
        if not args.quality_only:
            speed_sections(run, pages, embedder, vectors, queries)
    finally:
        if store is not None:
            store.close()
    return run.finish()


def speed_sections(run: Run, pages: list[Page], embedder, vectors, queries: list[str]) -> None:
    """Embedding backends, search latency on synthetic corpora, OCR."""
    with run.section("backends"):
        _require(pages, "the indexed demo pages")
        embedding_section(run, pages, queries)
    with run.section("latency"):
        _require(pages, "the indexed demo pages")
        latency_section(run, pages, embedder, vectors, queries)
    with run.section("ocr"):  # scanned attachments: CER and pages/s (bench/ocr.py)
        run.result["ocr"] = ocr_bench.measure(quick=run.args.quick)


def real_quality(run: Run, embedder, vectors: quality.QueryVectors) -> dict:
    """The real-text set (`bench/real_relevance.json`) on a store of the real pages present
    here (`bench/real_text.py`): MRR@10 and Recall@10 per mode and kind, per half."""
    from bench import real_text
    from indexer.query.service import SearchService
    from indexer.stores.embedded.store import EmbeddedStore

    if not real_text.source_dirs():
        return {"skipped": f"no real pages found under {real_text.SAMPLES}"}
    corpus = real_text.load_corpus()
    store = EmbeddedStore(run.work / "store-real", dim=embedder.dim)
    try:
        with measure() as indexed:
            real_text.index_corpus(store, embedder, corpus)
        result = real_text.evaluate_real_halves(SearchService(store, vectors), corpus)
    finally:
        store.close()
    result["index_seconds"] = round(indexed.seconds, 2)
    return result


def _require(value, what: str) -> None:
    if not value:
        raise BenchError(f"needs {what}")


def main(argv: list[str] | None = None, console: Console | None = None) -> int:
    """Run, write the result and the chart, print the tables; 1 if any section failed."""
    args = parse_args(argv)
    result = run_bench(args)
    path = report.write_result(result, args.results_dir)
    report.print_tables(result, console)
    ocr_bench.print_table(result.get("ocr") or {}, console)
    if result.get("extraction"):
        (console or Console()).print(extraction_fields.field_table(result["extraction"]))
    log.print(f"results: {path}")
    if not args.no_chart:
        log.print(f"chart: {report.write_history_chart(args.results_dir, args.quick)}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
