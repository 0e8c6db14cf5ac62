"""How keyword matches are weighed, the same in every store."""

from __future__ import annotations

# A word typed with its diacritics counts more where the page has the same diacritics.
EXACT_BOOST = 2.0
# A match in the title counts more than one in the text.
TITLE_BOOST = 2.0
# Query words standing next to each other in the page ("phòng chống dịch") count extra.
PROXIMITY_BOOST = 1.5
PROXIMITY_SLOP = 2
# Facets every store counts over all matching pages: field -> most buckets returned.
FACET_SIZES = {"province": 100, "agency": 200, "year": 200, "month": 600}
