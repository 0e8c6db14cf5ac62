"""The configured embedding model, opened with its passage cache under the data directory."""

from __future__ import annotations

from indexer.config import Settings
from indexer.embedding.embedder import Embedder
from indexer.embedding.passage_cache import PassageCache


def open_embedder(settings: Settings) -> Embedder:
    """The model named by `settings.model`, on `settings.device`, with the passage cache."""
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    cache = PassageCache(settings.models_dir / "passage-cache.sqlite")
    return Embedder(
        settings.model,
        models_dir=settings.models_dir,
        device=settings.device,
        cache=cache,
        backend=settings.embed_backend,
    )
