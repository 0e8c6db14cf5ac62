"""Stores are chosen by name from this registry (`BULLETIN_STORE`); nothing else names them."""

from __future__ import annotations

from collections.abc import Callable

from indexer.config import Settings
from indexer.errors import InputError
from indexer.stores.base import Store


def _embedded(settings: Settings, dim: int) -> Store:
    from indexer.stores.embedded.store import EmbeddedStore

    settings.store_dir.mkdir(parents=True, exist_ok=True)
    return EmbeddedStore(settings.store_dir, dim=dim)


def _elasticsearch(settings: Settings, dim: int) -> Store:
    from indexer.stores.elastic.store import ElasticStore

    if not settings.es_url:
        raise InputError("BULLETIN_STORE=elasticsearch needs ES_URL (e.g. https://localhost:9200)")
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


# name -> opener; each backend's module is imported only when chosen.
STORES: dict[str, Callable[[Settings, int], Store]] = {
    "embedded": _embedded,
    "elasticsearch": _elasticsearch,
}


def open_store(settings: Settings, dim: int = 384) -> Store:
    """The store named by `settings.store`, opened (and created when new)."""
    opener = STORES.get(settings.store)
    if opener is None:
        raise InputError(f"unknown store {settings.store!r}: use one of {', '.join(STORES)}")
    return opener(settings, dim)
