"""Writing pages in bulk: chunks, one retry budget per chunk, and a report naming every
page that could not be written.

Each chunk is sent at most `1 + max_retries` times in all, whatever the mix of timeouts,
busy answers (429/502/503/504) and items rejected as busy: the client's own retries are
off for bulk requests, so they cannot multiply with these. Sending a chunk again is safe:
pages are indexed by id (the same document again), and deleting a page already deleted
answers 404, which counts as done.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import elasticsearch
from elasticsearch import ApiError, ConnectionTimeout, Elasticsearch, SSLError

from indexer.stores.elastic.errors import BulkWriteError, StoreUnavailableError, one_line
from indexer.stores.elastic.privileges import WRITE
from indexer.stores.elastic.transport import RETRY_STATUSES, ErrorTranslator, RetryPolicy

CHUNK_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Operation:
    """One bulk operation as the lines that carry it."""

    lines: tuple[bytes, ...]

    @property
    def size(self) -> int:
        return sum(len(line) + 1 for line in self.lines)


def write_bulk(
    client: Elasticsearch,
    actions: Iterable[dict[str, Any]],
    errors: ErrorTranslator,
    *,
    chunk_size: int,
    require_alias: bool,
) -> int:
    """Send actions (`_op_type`, `_index`, `_id`, `_source`) in chunks; returns how many were
    written, or raises a `BulkWriteError` naming every item that still failed."""
    # This module is the only one that sends a chunk again (see the module docstring).
    sender = client.options(max_retries=0)
    options: dict[str, Any] = {"require_alias": True} if require_alias else {}
    failures: list[dict[str, Any]] = []
    written = 0
    try:
        with errors("writing pages", WRITE):
            for chunk in chunks(client, actions, chunk_size):
                done, failed = send_chunk(sender, chunk, errors.policy, options)
                written += done
                failures += failed
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


def chunks(
    client: Elasticsearch, actions: Iterable[dict[str, Any]], size: int
) -> Iterator[list[Operation]]:
    """Operations serialised once, grouped `size` at most and CHUNK_BYTES at most."""
    serializer = client.transport.serializers.get_serializer("application/json")
    chunk: list[Operation] = []
    volume = 0
    for action in actions:
        op = action["_op_type"]
        header = {op: {"_index": action["_index"], "_id": action["_id"]}}
        lines = [serializer.dumps(header)]
        if op != "delete":
            lines.append(serializer.dumps(action["_source"]))
        operation = Operation(tuple(lines))
        if chunk and (len(chunk) >= size or volume + operation.size > CHUNK_BYTES):
            yield chunk
            chunk, volume = [], 0
        chunk.append(operation)
        volume += operation.size
    if chunk:
        yield chunk


def send_chunk(
    client: Elasticsearch, chunk: list[Operation], policy: RetryPolicy, options: dict[str, Any]
) -> tuple[int, list[dict[str, Any]]]:
    """(written, failures) of one chunk, within its retry budget; what still fails after
    the last send is raised (whole request) or reported (items)."""
    pending = chunk
    written = 0
    failures: list[dict[str, Any]] = []
    for attempt in range(policy.max_retries + 1):
        last = attempt == policy.max_retries
        if attempt:
            time.sleep(min(30 * policy.backoff, policy.backoff * 2 ** (attempt - 1)))
        try:
            answer = client.bulk(
                operations=[line for op in pending for line in op.lines], **options
            )
        except SSLError:
            raise  # sending again cannot help
        except (ConnectionTimeout, elasticsearch.ConnectionError):
            if last:
                raise
            continue
        except ApiError as exc:
            if last or exc.status_code not in RETRY_STATUSES:
                raise
            continue
        busy: list[Operation] = []
        for operation, item in zip(pending, answer["items"], strict=True):
            op, info = next(iter(item.items()))
            status = int(info.get("status") or 0)
            if 200 <= status < 300 or (op == "delete" and status == 404):
                written += 1
            elif status in RETRY_STATUSES and not last:
                busy.append(operation)
            else:
                failures.append(bulk_failure(op, info))
        if not busy:
            break
        pending = busy
    return written, failures


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
