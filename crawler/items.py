"""What the spider hands to the pipeline: one HTTP exchange, as it happened on the wire.

The capture type belongs to the archive (the crawler writes it, the indexer reads what it
becomes); it is re-exported here so spiders find their item where Scrapy users look.
"""

from __future__ import annotations

from indexer.archive.capture import ArchivedPage

__all__ = ["ArchivedPage", "header_pairs"]


def header_pairs(headers) -> list[tuple[str, str]]:
    """Scrapy `Headers` as (name, value) text pairs, one per value, bytes kept (latin-1)."""
    return [
        (name.decode("latin-1"), value.decode("latin-1"))
        for name, values in headers.items()
        for value in values
    ]
