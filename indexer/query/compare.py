"""Comparing provinces: who answered a document first and how fast, and how much each
published on a topic month by month (counted by the store over every match)."""

from __future__ import annotations

from collections.abc import Callable

from pydantic import BaseModel

from indexer.models import SearchFilters
from indexer.query.chains import CitationChain, timeline
from indexer.query.chains import first_responses as chain_first_responses


class ProvinceResponse(BaseModel):
    """A province's first page citing a document (None for central bodies)."""

    province: str | None
    page_id: str
    title: str
    published: str | None
    lag_days: int | None  # days after the document's date, None when either is unknown
    agency: str | None = None
    url: str = ""


def first_responses(chain: CitationChain) -> list[ProvinceResponse]:
    """The earliest dated page of each province citing the chain's root, oldest first."""
    return [ProvinceResponse(**row) for row in chain_first_responses(timeline(chain))]


def monthly_counts(
    facets: Callable[..., dict[str, dict[str, int]]], topic: str, provinces: list[str]
) -> dict[str, dict[str, int]]:
    """province -> month -> pages matching `topic`, from the store's month facet."""
    return {
        province: dict(sorted(facets(topic, SearchFilters(province=province)).get("month", {})
                              .items()))
        for province in provinces
    }
