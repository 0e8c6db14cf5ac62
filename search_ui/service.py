"""The one `SearchService` the UI talks to, opened once per server process."""

from __future__ import annotations

import contextlib
import importlib
import os
import threading

import streamlit as st

# "module:function" returning a SearchService; tests and demos point it at another factory.
FACTORY_ENV = "BULLETIN_UI_SERVICE"
DEFAULT_FACTORY = "indexer.query.service:open_service"


@st.cache_resource(show_spinner=False)
def open_service_cached(factory_path: str):
    """The service built by the factory at `factory_path`, shared by every browser session."""
    module_name, _, function_name = factory_path.partition(":")
    if not module_name or not function_name:
        raise ValueError(f"{FACTORY_ENV}={factory_path!r}: use 'module:function'")
    factory = getattr(importlib.import_module(module_name), function_name, None)
    if not callable(factory):
        raise ValueError(f"{FACTORY_ENV}={factory_path!r}: {module_name} has no {function_name}")
    service = factory()
    # The model loads in the background, so the first semantic search does not wait for it.
    warming = threading.Thread(target=_warm_up, args=(service,), name="model-warm-up",
                               daemon=True)
    _WARMING[id(service)] = warming
    warming.start()
    return service


_WARMING: dict[int, threading.Thread] = {}  # service id -> its warm-up thread


def _warm_up(service) -> None:
    # A model that fails to load says why on the first search that needs it.
    with contextlib.suppress(Exception):
        service.warm_up()


def get_service():
    """The configured SearchService (see `FACTORY_ENV`)."""
    return open_service_cached(os.environ.get(FACTORY_ENV) or DEFAULT_FACTORY)


def open_and_warm(timeout: float | None = None):
    """The service, once its model is loaded (or `timeout` seconds have passed)."""
    service = get_service()
    warming = _WARMING.get(id(service))
    if warming is not None:
        warming.join(timeout)
    return service
