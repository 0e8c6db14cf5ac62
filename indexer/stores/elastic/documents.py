"""A page as an Elasticsearch document and back: the whole Page, the keywords lookups use,
and its passages with their vectors as nested objects."""

from __future__ import annotations

from typing import Any

import numpy as np

from indexer.models import Page, Passage
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import nfc
from indexer.stores.elastic.errors import DimensionMismatchError
from indexer.stores.elastic.mapping import ORIGINAL_FIELD

# Fields of the document that are not Page fields.
DERIVED_FIELDS = [
    "passages", "cited_numbers", "cited_identities", "own_number_key", "doc_types",
    "published_day",
]


def float32_list(values: np.ndarray) -> list[float]:
    """Floats written with the fewest digits that give back the same float32: vectors are
    most of a bulk request, and this makes them about 40% smaller than `tolist()`."""
    return [float(text) for text in np.asarray(values, dtype=np.float32).reshape(-1).astype(str)]


def page_document(page: Page, passages: list[Passage], vectors: np.ndarray) -> dict[str, Any]:
    """The indexed form of a page: the whole Page, lookup keywords, and nested passages."""
    doc = page.model_dump(mode="json")
    # The standard tokenizer and asciifolding need composed letters (NFD "ê" + tone would
    # never match "ể"); Elasticsearch has no NFC filter without the ICU plugin.
    original = {
        name: doc[name] for name in ("title", "text") if doc[name] and nfc(doc[name]) != doc[name]
    }
    if original:
        doc[ORIGINAL_FIELD] = original
        doc.update({name: nfc(value) for name, value in original.items()})
    day = page.published_date
    doc["published_day"] = day.isoformat() if day else None
    doc["cited_numbers"] = sorted({normalise_number(c.number) for c in page.citations})
    doc["cited_identities"] = sorted({nfc(c.identity) for c in page.citations if c.identity})
    doc["own_number_key"] = normalise_number(page.own_number) if page.own_number else None
    doc["doc_types"] = sorted({nfc(c.type).strip() for c in page.citations if c.type})
    doc["passages"] = [
        {
            "passage_id": p.passage_id,
            "ordinal": p.ordinal,
            "start": p.start,
            "end": p.end,
            "vector": float32_list(row),
        }
        for p, row in zip(passages, vectors, strict=True)
    ]
    return doc


def page_from_source(source: dict[str, Any]) -> Page:
    """The Page exactly as it was upserted, from a stored document."""
    fields = {k: v for k, v in source.items() if k not in DERIVED_FIELDS}
    fields.update(fields.pop(ORIGINAL_FIELD, None) or {})
    return Page.model_validate(fields)


def page_text(source: dict[str, Any]) -> str:
    """The page text as given (citation and passage offsets refer to it)."""
    return (source.get(ORIGINAL_FIELD) or {}).get("text") or source.get("text") or ""


def page_documents(
    pages: list[Page], passages: list[Passage], vectors: np.ndarray, dim: int
) -> list[dict[str, Any]]:
    """Page documents for a batch, refusing input that would be stored wrong."""
    vectors = np.asarray(vectors, dtype=np.float32)
    if len(passages) and (vectors.ndim != 2 or vectors.shape[0] != len(passages)):
        raise ValueError(
            f"{len(passages)} passages need {len(passages)} vector rows, "
            f"got an array of shape {vectors.shape}"
        )
    if len(passages) and vectors.shape[1] != dim:
        raise DimensionMismatchError(
            f"the index holds {dim}-dim vectors but these have {vectors.shape[1]}: "
            "run `bulletin index --rebuild` to re-index with the new model"
        )
    by_page: dict[str, list[int]] = {}
    for page in pages:
        if page.page_id in by_page:
            raise ValueError(f"page {page.page_id} appears twice in one upsert")
        try:
            page.published_date  # noqa: B018  (a malformed date fails before anything is sent)
        except ValueError:
            raise ValueError(
                f"page {page.page_id}: published {page.published!r} is not an ISO date"
            ) from None
        by_page[page.page_id] = []
    for row, passage in enumerate(passages):
        if passage.page_id not in by_page:
            raise ValueError(
                f"passage {passage.passage_id} belongs to page "
                f"{passage.page_id}, which is not in this batch"
            )
        by_page[passage.page_id].append(row)
    if len(passages):
        norms = np.linalg.norm(vectors, axis=1)
        bad = [passages[i].passage_id for i in np.flatnonzero(~np.isfinite(norms) | (norms == 0))]
        if bad:
            raise ValueError(f"passage vectors must be finite and non-zero: {bad[:5]}")
    return [
        page_document(
            page, [passages[i] for i in by_page[page.page_id]], vectors[by_page[page.page_id]]
        )
        for page in pages
    ]
