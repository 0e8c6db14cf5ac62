"""The original file behind a search result (the UI's download button), from the WARC
files under the data directory."""

from __future__ import annotations

from indexer.archive.originals import Original, OriginalNotFound, read_original
from indexer.config import Settings
from indexer.models import Page

__all__ = ["Original", "OriginalNotFound", "original_of"]


def original_of(page: Page, settings: Settings | None = None) -> Original:
    """The bytes and content type the portal served for `page`, as archived."""
    settings = settings or Settings()
    return read_original(settings.warc_dir, page.warc_file, page.warc_offset, page.url)
