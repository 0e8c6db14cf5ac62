"""What the Elasticsearch store raises: each one line a user can act on."""

from __future__ import annotations

from typing import Any

from indexer.errors import BulletinError, ModelMismatchError


class StoreUnavailableError(BulletinError):
    """The cluster cannot be used: unreachable, refusing the credentials, or unsupported."""


class DimensionMismatchError(ModelMismatchError, ValueError):
    """Vectors of another size than the index holds: another model, re-index needed."""


class BulkWriteError(BulletinError):
    """Some pages were not written; `failures` names each one, everything else was written."""

    def __init__(self, failures: list[dict[str, Any]], written: int) -> None:
        self.failures = failures
        self.written = written
        first = failures[0]
        super().__init__(
            f"{len(failures)} of {len(failures) + written} bulk operations failed "
            f"(first: {first['op']} {first['id']}: {first['status']} {first['error']}); "
            f"the other {written} were written"
        )


def one_line(text: object) -> str:
    """`text` with every run of whitespace made one space."""
    return " ".join(str(text).split())
