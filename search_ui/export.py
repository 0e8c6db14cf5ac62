"""Search results and tables as CSV or JSON files for download."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Sequence

from indexer.models import Hit, SearchResults

HIT_COLUMNS = ("page_id", "title", "published", "province", "agency", "url", "score", "snippet")


def rows_to_csv(rows: Iterable[dict], columns: Sequence[str]) -> bytes:
    """CSV with a UTF-8 byte-order mark, so spreadsheet programs read Vietnamese correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(columns), extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8-sig")


def hits_to_csv(hits: Sequence[Hit]) -> bytes:
    """One line per hit with its metadata and snippet."""
    return rows_to_csv((hit.model_dump() for hit in hits), HIT_COLUMNS)


def results_to_json(results: SearchResults) -> bytes:
    """The results exactly as the query API returns them (hits, facets, total)."""
    return results.model_dump_json(indent=2).encode("utf-8")


def rows_to_json(rows: Sequence[dict]) -> bytes:
    return json.dumps(list(rows), ensure_ascii=False, indent=2, default=str).encode("utf-8")
