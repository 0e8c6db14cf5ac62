"""Near-duplicate pages: the same article republished on several portals, with small edits.

MinHash over word 3-shingles of folded text (so a copy that lost its diacritics still
matches), LSH to find candidate pairs, then the estimated Jaccard similarity decides.
"""

from __future__ import annotations

import hashlib
import re

from datasketch import MinHash, MinHashLSH

from indexer.models import Page
from indexer.parsing.textnorm import fold

NUM_PERM = 128
SHINGLE_WORDS = 3
_WORD = re.compile(r"\w+")


def shingles(text: str, size: int = SHINGLE_WORDS) -> set[str]:
    """Word n-grams of the folded text; a text shorter than `size` words is one shingle."""
    words = _WORD.findall(fold(text))
    if len(words) < size:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


def signature(text: str) -> MinHash | None:
    """MinHash of a text's shingles, None for a text without words."""
    grams = shingles(text)
    if not grams:
        return None
    minhash = MinHash(num_perm=NUM_PERM, seed=1)
    minhash.update_batch([g.encode("utf-8") for g in grams])
    return minhash


def find_near_duplicates(pages: list[Page], threshold: float = 0.8) -> dict[str, str]:
    """Map each near-duplicate page_id to its group's canonical page_id.

    The canonical copy is the earliest published (undated pages last), then the shortest
    URL; canonical pages themselves are not in the result.
    """
    sigs = {p.page_id: s for p in pages if (s := signature(p.text)) is not None}
    order = {p.page_id: _canonical_order(p) for p in pages if p.page_id in sigs}
    return near_duplicates_of(sigs, order, threshold)


def near_duplicates_of(
    sigs: dict[str, MinHash], order: dict[str, tuple], threshold: float = 0.8
) -> dict[str, str]:
    """`find_near_duplicates` from each page's signature and `canonical_order`, so a
    streaming indexer keeps these and not the pages' texts."""
    if not 0 < threshold <= 1:
        raise ValueError(f"threshold must be in (0, 1], got {threshold}")
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    parent = {page_id: page_id for page_id in sigs}

    def root(page_id: str) -> str:
        while parent[page_id] != page_id:
            parent[page_id] = parent[parent[page_id]]
            page_id = parent[page_id]
        return page_id

    for page_id, sig in sigs.items():
        for other in lsh.query(sig):
            # LSH finds candidates; the estimate confirms (it drops LSH false positives).
            if sig.jaccard(sigs[other]) >= threshold:
                parent[root(page_id)] = root(other)
        if page_id not in lsh:
            lsh.insert(page_id, sig)

    groups: dict[str, list[str]] = {}
    for page_id in sigs:
        groups.setdefault(root(page_id), []).append(page_id)
    result: dict[str, str] = {}
    for members in groups.values():
        if len(members) < 2:
            continue
        canonical = min(members, key=order.__getitem__)
        for page_id in members:
            if page_id != canonical:
                result[page_id] = canonical
    return result


def canonical_order(page: Page) -> tuple:
    """How copies are ranked for canonical: earliest published, then shortest URL."""
    return _canonical_order(page)


def _canonical_order(page: Page) -> tuple:
    day = page.published_date
    return (day is None, day.isoformat() if day else "", len(page.url), page.url, page.page_id)


def link_near_duplicates(pages: list[Page]) -> int:
    """Link each near-duplicate to its canonical copy (both ways) and seal every page's
    content hash with its links; returns how many pages are duplicates."""
    canonical_of = find_near_duplicates(pages)
    by_id = {p.page_id: p for p in pages}
    for dup_id, canon_id in canonical_of.items():
        dup, canon = by_id[dup_id], by_id[canon_id]
        dup.duplicate_of = canon_id
        dup.also_published_at = [canon.url]
        if dup.url not in canon.also_published_at:
            canon.also_published_at.append(dup.url)
    for page in pages:
        page.also_published_at.sort()
        page.content_hash = page.compute_hash() + _dup_suffix(page)
    return len(canonical_of)


def _dup_suffix(page: Page) -> str:
    # Duplicate links change what the store holds, so they take part in the change check.
    if not (page.duplicate_of or page.also_published_at):
        return ""
    links = "\x1f".join([page.duplicate_of or "", *page.also_published_at])
    return ":" + hashlib.sha1(links.encode("utf-8")).hexdigest()[:12]


def seal_links(page: Page, canonical_url: str | None, copies: list[str]) -> None:
    """What `link_near_duplicates` does to one page, given the URL of its canonical copy
    (when it is a duplicate) or the URLs of its copies (when it is canonical)."""
    if canonical_url is not None:
        page.also_published_at = [canonical_url]
    for url in copies:
        if url not in page.also_published_at:
            page.also_published_at.append(url)
    page.also_published_at.sort()
    page.content_hash = page.compute_hash() + _dup_suffix(page)
