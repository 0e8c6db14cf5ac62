"""Writing pages in bulk: chunks, retries of rejected items, and a report naming every
page that could not be written."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from elasticsearch import Elasticsearch
from elasticsearch.helpers import streaming_bulk

from indexer.stores.elastic.errors import BulkWriteError, StoreUnavailableError, one_line
from indexer.stores.elastic.privileges import WRITE
from indexer.stores.elastic.transport import RETRY_STATUSES, ErrorTranslator

CHUNK_BYTES = 20 * 1024 * 1024


def write_bulk(
    client: Elasticsearch,
    actions: Iterable[dict[str, Any]],
    errors: ErrorTranslator,
    *,
    chunk_size: int,
    require_alias: bool,
) -> int:
    """Send actions in chunks, retrying rejected items with backoff; returns how many were
    written, or raises a `BulkWriteError` naming every item that still failed."""
    policy = errors.policy
    options: dict[str, Any] = {"require_alias": True} if require_alias else {}
    failures: list[dict[str, Any]] = []
    written = 0
    try:
        with errors("writing pages", WRITE):
            for ok, item in streaming_bulk(
                client,
                actions,
                chunk_size=chunk_size,
                max_chunk_bytes=CHUNK_BYTES,
                raise_on_error=False,
                raise_on_exception=True,
                max_retries=policy.max_retries,
                initial_backoff=policy.backoff,
                max_backoff=30 * policy.backoff,
                retry_on_status=RETRY_STATUSES,
                **options,
            ):
                op, info = next(iter(item.items()))
                if ok or (op == "delete" and info.get("status") == 404):
                    written += 1
                else:
                    failures.append(bulk_failure(op, info))
    except StoreUnavailableError as exc:
        if not written:
            raise
        raise StoreUnavailableError(
            f"{exc}; {written} operations were written before "
            "it, run the same command again to send the rest"
        ) from None
    refused = [f for f in failures if f["status"] == 403]
    if refused:
        raise errors.denied("writing pages", [WRITE], refused[0]["reason"])
    if failures:
        raise BulkWriteError(failures, written)
    return written


def bulk_failure(op: str, info: dict[str, Any]) -> dict[str, Any]:
    """One failed item: operation, page id, status, error in one line, and the reason alone
    (a refusal's reason names the privilege that would have allowed it)."""
    error = info.get("error")
    reason = ""
    if isinstance(error, dict):
        reason = str(error.get("reason", ""))
        error = f"{error.get('type', 'error')}: {reason}"
    return {
        "op": op,
        "id": info.get("_id"),
        "status": info.get("status"),
        "error": one_line(error or "unknown error"),
        "reason": one_line(reason),
    }
