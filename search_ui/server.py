"""The UI's server: `streamlit run search_ui/server.py` serves `app.py` once the SearchService
is open and its model loaded, so the first search of the first visitor waits for neither."""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import logging
from pathlib import Path

import streamlit as st

from search_ui.service import open_and_warm

log = logging.getLogger(__name__)
WARM_UP_LIMIT = 120  # seconds the server waits for the model before taking visitors anyway
WARM_UP_QUERY = "phòng chống dịch"


@contextlib.asynccontextmanager
async def open_at_start(_app):
    """Open the service and load its model before the server takes visitors; a failure is
    left for the first page to report in the visitor's language."""
    try:
        await asyncio.to_thread(_prepare)
    except Exception as exc:  # noqa: BLE001 - any failure is shown by the first page
        log.warning("search service not opened at start: %s", exc)
    yield


def _prepare() -> None:
    service = open_and_warm(WARM_UP_LIMIT)
    # One search reads the store's indexes into memory, as the first visitor's would.
    with contextlib.suppress(Exception):
        service.search(WARM_UP_QUERY, limit=1)
    # The pages' charting libraries, imported once now rather than on the first page.
    importlib.import_module("search_ui.tilemap")


app = st.App(str(Path(__file__).with_name("app.py")), lifespan=open_at_start)
