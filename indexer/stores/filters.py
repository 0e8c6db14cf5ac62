"""What a filter means, the same in every store: names are compared folded (no diacritics,
lower case, "Khánh Hoà" = "Khánh Hòa" = "khanh hoa"), dates by the publication day
inclusive, and a page without a date never passes a date filter."""

from __future__ import annotations

import functools
from datetime import date

from indexer.models import Page, SearchFilters
from indexer.parsing.textnorm import fold, new_style_tones

# Filter names compared as folded keys, in the order stores apply them.
KEYED = ("province", "province_current", "agency", "doc_type")


@functools.lru_cache(maxsize=4096)
def filter_key(value: str) -> str:
    """The folded form both a stored value and a filter value are compared in (cached:
    an archive repeats a few hundred provinces, agencies and document types)."""
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


def page_passes(page: Page, filters: SearchFilters | None) -> bool:
    """Whether a page meets the filters by the rules the stores compile them to: names
    folded, `doc_type` among the types of the documents the page cites, the day inclusive."""
    values = {"province": [page.province], "province_current": [page.province_current],
              "agency": [page.agency], "doc_type": [c.type for c in page.citations]}
    for name, key in keyed_filters(filters).items():
        if key not in {filter_key(v) for v in values[name] if v}:
            return False
    dates = date_range(filters)
    if dates is None:
        return True
    day, (start, end) = page.published_date, dates
    return day is not None and (start is None or day >= start) and (end is None or day <= end)
