"""The versioned indices behind the alias: listing them, creating the next one, switching
the alias to it, and what a finished or failed build leaves behind.

Creating an index and moving an alias are not idempotent, yet the client sends a request
again when its answer is lost (a timeout after the cluster did the work). Each is made safe
to send twice: when the second attempt is refused, the cluster is asked whether it already
holds what was asked (the index carrying this build's id in its `_meta`; the alias on the
new index and nowhere else), and if so that counts as success.
"""

from __future__ import annotations

import uuid

from elasticsearch import ApiError, BadRequestError, Elasticsearch, NotFoundError, TransportError

from indexer.errors import BulletinError
from indexer.stores.elastic.mapping import (
    build_alias_swap,
    build_new_index,
    build_template,
    index_version,
    pages_alias,
    versioned_index,
)


def versions(client: Elasticsearch, prefix: str) -> dict[str, bool]:
    """Existing `{prefix}-pages-v{N}` indices, each with whether it holds the alias."""
    try:
        found = client.indices.get_alias(index=f"{prefix}-pages-v*")
    except NotFoundError:
        return {}
    alias = pages_alias(prefix)
    return {
        name: alias in (info.get("aliases") or {})
        for name, info in found.body.items()
        if index_version(name, prefix) is not None
    }


def create_version(client: Elasticsearch, prefix: str, dim: int, *, with_alias: bool) -> str:
    """Put the template for `dim` and create the next versioned index from it; a create
    refused because our own first attempt already went through counts as done."""
    existing = versions(client, prefix)
    number = 1 + max((index_version(n, prefix) or 0 for n in existing), default=0)
    name = versioned_index(prefix, number)
    alias = pages_alias(prefix)
    client.indices.put_index_template(name=alias, **build_template(dim, prefix))
    build = uuid.uuid4().hex
    try:
        client.indices.create(index=name, **build_new_index(alias if with_alias else None, build))
    except BadRequestError as exc:
        if exc.error != "resource_already_exists_exception":
            raise
        if build_of(client, name) != build:
            raise BulletinError(
                f"index {name} was created by someone else while this build created it: "
                "is another `bulletin index --rebuild` running against this cluster?"
            ) from None
    return name


def build_of(client: Elasticsearch, name: str) -> str | None:
    """The build id an index was created with (None when it has none)."""
    found = client.indices.get_mapping(index=name)
    mappings = next(iter(found.body.values()))["mappings"]
    return (mappings.get("_meta") or {}).get("build")


def switch_alias(client: Elasticsearch, prefix: str, new: str) -> list[str]:
    """Move the alias to `new` in one request; returns the indices that are then no longer
    needed: the previous live ones, and unfinished builds older than `new`."""
    known = versions(client, prefix)
    old = [name for name, live in known.items() if live and name != new]
    number = index_version(new, prefix) or 0
    unfinished = [
        name
        for name, live in known.items()
        if not live and name != new and (index_version(name, prefix) or 0) < number
    ]
    try:
        client.indices.update_aliases(**build_alias_swap(pages_alias(prefix), old, new))
    except (ApiError, TransportError):
        # A swap sent again after its answer was lost is refused (the alias has moved):
        # the alias on the new index and nowhere else is exactly what was asked.
        if live_indices(client, prefix) != [new]:
            raise
    return old + unfinished


def live_indices(client: Elasticsearch, prefix: str) -> list[str]:
    """The versioned indices holding the alias, by name."""
    return sorted(name for name, live in versions(client, prefix).items() if live)


def remove(client: Elasticsearch, names: list[str]) -> None:
    """Delete indices (sending the same delete again is harmless)."""
    for name in names:
        client.indices.delete(index=name, ignore_unavailable=True)


def drop_unfinished(client: Elasticsearch, prefix: str, name: str) -> None:
    """Delete a build that did not finish, unless it went live after all (a swap whose
    answer was lost may still have happened: a live index is never dropped)."""
    if not versions(client, prefix).get(name, False):
        remove(client, [name])
