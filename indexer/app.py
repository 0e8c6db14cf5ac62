"""Builds the application objects (store, embedder, query service) from settings.

The CLI and the UI both start here, so they always search the same way.
"""

from __future__ import annotations

from indexer.config import Settings
from indexer.errors import InputError
from indexer.stores.base import Store


def open_store(settings: Settings, dim: int = 384) -> Store:
    """The store named by `settings.store`, opened (and created when new)."""
    if settings.store == "embedded":
        from indexer.stores.embedded import EmbeddedStore

        settings.store_dir.mkdir(parents=True, exist_ok=True)
        return EmbeddedStore(settings.store_dir, dim=dim)
    if settings.store == "elasticsearch":
        from indexer.stores.elastic import ElasticStore

        if not settings.es_url:
            raise InputError(
                "BULLETIN_STORE=elasticsearch needs ES_URL (e.g. https://localhost:9200)"
            )
        basic_auth = None
        if settings.es_username:
            basic_auth = (settings.es_username, settings.es_password or "")
        return ElasticStore(
            settings.es_url,
            index_prefix=settings.es_index_prefix,
            dim=dim,
            api_key=settings.es_api_key,
            basic_auth=basic_auth,
            ca_file=settings.es_ca_file,
        )
    raise InputError(f"unknown store {settings.store!r}: use 'embedded' or 'elasticsearch'")


def open_embedder(settings: Settings):
    """The configured embedding model, with the passage cache under the data directory."""
    from indexer.embedding import Embedder
    from indexer.passage_cache import PassageCache

    settings.models_dir.mkdir(parents=True, exist_ok=True)
    cache = PassageCache(settings.models_dir / "passage-cache.sqlite")
    return Embedder(
        settings.model, models_dir=settings.models_dir, device=settings.device, cache=cache,
        backend=settings.embed_backend,
    )


def open_service(settings: Settings | None = None):
    """A ready `SearchService` over the configured store and model."""
    from indexer.query import SearchService

    settings = settings or Settings()
    embedder = open_embedder(settings)
    return SearchService(open_store(settings, dim=embedder.dim), embedder)
