"""How keyword matches are weighed, the same in every store."""

from __future__ import annotations

# A word typed with its diacritics counts more where the page has the same diacritics.
EXACT_BOOST = 2.0
# A match in the title counts more than one in the text.
TITLE_BOOST = 2.0
# Query words standing next to each other in the page ("phòng chống dịch") count extra.
PROXIMITY_BOOST = 1.5
PROXIMITY_SLOP = 2
# A pasted passage with more distinct words than this is searched "more like this": its
# this many most distinctive terms (frequency in the passage x rarity in the archive, over
# the folded and the exact text), each weighted by that score. Lucene's and tantivy's
# default. Chosen on the tune halves of bench/relevance.json and real_relevance.json:
# "similar" keyword MRR@10 0.37 -> 0.48 (demo) and 0.62 -> 1.00 (real) against every word
# of the passage as an alternative; 15, 25 and 40 terms over the folded text alone gave
# hybrid "similar" within 0.03 of each other (demo tune 0.54-0.56).
MORE_LIKE_THIS_TERMS = 25
# Facets every store counts over all matching pages: field -> most buckets returned.
FACET_SIZES = {"province": 100, "agency": 200, "year": 200, "month": 600}
