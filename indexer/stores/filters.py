"""What a filter means, the same in every store: names are compared folded (no diacritics,
lower case, "Khánh Hoà" = "Khánh Hòa" = "khanh hoa"), dates by the publication day
inclusive, and a page without a date never passes a date filter."""

from __future__ import annotations

from datetime import date

from indexer.models import SearchFilters
from indexer.parsing.textnorm import fold, new_style_tones

# Filter names compared as folded keys, in the order stores apply them.
KEYED = ("province", "province_current", "agency", "doc_type")


def filter_key(value: str) -> str:
    """The folded form both a stored value and a filter value are compared in."""
    return fold(new_style_tones(value)).strip()


def keyed_filters(filters: SearchFilters | None) -> dict[str, str]:
    """name -> folded key for every keyed filter that is set."""
    if filters is None:
        return {}
    wanted = {name: getattr(filters, name) for name in KEYED}
    return {name: filter_key(value) for name, value in wanted.items() if value and value.strip()}


def date_range(filters: SearchFilters | None) -> tuple[date | None, date | None] | None:
    """(from, to), inclusive, when a date filter is set; None otherwise."""
    if filters is None or not (filters.date_from or filters.date_to):
        return None
    return filters.date_from, filters.date_to
