"""What the embedded store writes: its analyzers, its tantivy schema, and the document of a
page (searchable fields, the whole `Page` as JSON, its passages and their vectors, so one
tantivy commit publishes a page and its vectors together)."""

from __future__ import annotations

import functools
import json
import re
from datetime import date, datetime

import numpy as np
import tantivy

from indexer.models import Page, Passage
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import new_style_tones, nfc
from indexer.stores.filters import filter_key

# 2: a "month" facet field. 3: document identities ("cites_identity", "own_identity").
# Older stores are re-built from the WARC files (see store.py).
FORMAT = 3
FOLDED, EXACT = "vi_folded", "vi_exact"


def analyzers() -> dict[str, tantivy.TextAnalyzer]:
    """The two text analyzers; both must be registered on every open of the index."""

    def chain(*filters: tantivy.Filter) -> tantivy.TextAnalyzer:
        builder = tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        for item in filters:
            builder = builder.filter(item)
        return builder.build()

    keep = [tantivy.Filter.remove_long(40), tantivy.Filter.lowercase()]
    # ascii_fold strips tones and folds đ→d, so "phong chong dich" finds "phòng, chống dịch".
    return {EXACT: chain(*keep), FOLDED: chain(*keep, tantivy.Filter.ascii_fold())}


def build_schema() -> tantivy.Schema:
    """Pages (kind "page") and one bookkeeping document (kind "meta") share the schema."""
    sb = tantivy.SchemaBuilder()
    sb.add_text_field("kind", tokenizer_name="raw")
    sb.add_text_field("page_id", stored=True, tokenizer_name="raw")
    sb.add_unsigned_field("page_key", stored=True, indexed=True, fast=True)
    sb.add_text_field("content_hash", stored=True, tokenizer_name="raw")
    for name in ("title", "text"):
        sb.add_text_field(name, tokenizer_name=EXACT)
        sb.add_text_field(f"{name}_f", tokenizer_name=FOLDED)
    for name in ("province", "province_current", "agency"):
        sb.add_text_field(name, tokenizer_name="raw", fast=True)  # exact, for facets
        sb.add_text_field(f"{name}_key", tokenizer_name="raw")  # folded, for filters
    sb.add_text_field("doc_type", tokenizer_name="raw")
    sb.add_text_field("cites", tokenizer_name="raw")
    sb.add_text_field("own_number", tokenizer_name="raw")
    sb.add_text_field("cites_identity", tokenizer_name="raw")  # "07/CT-UBND|...|Kon Tum|2020"
    sb.add_text_field("own_identity", tokenizer_name="raw")
    sb.add_date_field("published", indexed=True, fast=True)
    sb.add_integer_field("year", indexed=True, fast=True)
    sb.add_text_field("month", tokenizer_name="raw", fast=True)  # "2020-04", for facets
    sb.add_unsigned_field("n_passages", stored=True, fast=True)
    sb.add_bytes_field("page", stored=True)
    sb.add_bytes_field("passages", stored=True)
    sb.add_bytes_field("vectors", stored=True)
    sb.add_bytes_field("meta", stored=True)
    return sb.build()


# Where `new_style_tones` may move a tone: an "o"/"u" then a toned vowel ending a word. A
# superset of its pattern that the regex engine scans some 20 times faster (one character
# class first, no look-behind tried at every position): whole pages are indexed and
# highlighted through `indexed_text`, and its pattern took about 1 ms per page.
_TONE_CANDIDATE = re.compile(r"[oOuU][àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ](?![^\W\d_])")


def indexed_text(text: str) -> str:
    """Text as indexed: NFC, with tones in one style ("Hoà" and "Hòa" are the same word).

    Equal to `new_style_tones(nfc(text))`, which is given only each candidate with the
    character before and after it (all its pattern looks at), the windows joined by
    newlines (no letter, so no match spans two windows) into one call.
    """
    text = nfc(text)
    spans = [match.span() for match in _TONE_CANDIDATE.finditer(text)]
    if not spans:
        return text
    windows = [text[max(0, a - 1) : b + 1] for a, b in spans]
    joined = "\n".join(windows)
    moved = new_style_tones(joined)
    if len(moved) != len(joined):  # never seen: a tone moves within its two letters
        return new_style_tones(text)
    pieces: list[str] = []
    done = offset = 0
    for (a, b), window in zip(spans, windows, strict=True):
        lead = a - max(0, a - 1)
        pieces += [text[done:a], moved[offset + lead : offset + lead + b - a]]
        done, offset = b, offset + len(window) + 1
    pieces.append(text[done:])
    return "".join(pieces)


@functools.lru_cache(maxsize=65536)
def number_key(value: str) -> str:
    """A document number as indexed and looked up (cached: an archive cites the same
    numbers over and over, and normalising one takes some 80 µs)."""
    return normalise_number(nfc(value).strip())


def day_of(value: date) -> datetime:
    """Dates are indexed as midnight of the publication day, so day ranges compare exactly."""
    return datetime(value.year, value.month, value.day)


def published_day(page: Page) -> date | None:
    """The page's publication day; a malformed date is an error naming the page."""
    try:
        return page.published_date
    except ValueError:
        raise ValueError(
            f"page {page.page_id}: published {page.published!r} is not an ISO date"
        ) from None


def page_document(
    page: Page, key: int, passages: list[Passage], vectors: np.ndarray
) -> tantivy.Document:
    """The one tantivy document holding a page, its passages and their vectors."""
    doc = tantivy.Document()
    doc.add_text("kind", "page")
    doc.add_text("page_id", page.page_id)
    doc.add_unsigned("page_key", key)
    doc.add_text("content_hash", page.content_hash)
    for name, value in (("title", page.title or ""), ("text", page.text)):
        doc.add_text(name, indexed_text(value))
        doc.add_text(f"{name}_f", indexed_text(value))
    for name in ("province", "province_current", "agency"):
        value = getattr(page, name)
        if value:
            doc.add_text(name, nfc(value))
            doc.add_text(f"{name}_key", filter_key(value))
    for doc_type in sorted({filter_key(c.type) for c in page.citations if c.type}):
        doc.add_text("doc_type", doc_type)
    for number in sorted({number_key(c.number) for c in page.citations}):
        doc.add_text("cites", number)
    if page.own_number:
        doc.add_text("own_number", number_key(page.own_number))
    for identity in sorted({nfc(c.identity) for c in page.citations if c.identity}):
        doc.add_text("cites_identity", identity)
    if page.own_identity:
        doc.add_text("own_identity", nfc(page.own_identity))
    published = published_day(page)
    if published:
        doc.add_date("published", day_of(published))
        doc.add_integer("year", published.year)
        doc.add_text("month", f"{published.year:04d}-{published.month:02d}")
    doc.add_unsigned("n_passages", len(passages))
    doc.add_bytes("page", page.model_dump_json().encode("utf-8"))
    stored = [p.model_dump(exclude={"page_id"}) for p in passages]
    doc.add_bytes("passages", json.dumps(stored, ensure_ascii=False).encode("utf-8"))
    doc.add_bytes("vectors", np.ascontiguousarray(vectors, dtype=np.float32).tobytes())
    return doc


def page_of(doc: tantivy.Document) -> Page:
    """The `Page` exactly as it was stored."""
    return Page.model_validate_json(doc["page"][0])


def checked_batch(
    pages: list[Page], passages: list[Passage], vectors: np.ndarray, dim: int
) -> tuple[np.ndarray, dict[str, list[int]]]:
    """An upsert's vectors as float32, and page_id -> its rows; anything malformed fails
    here, before a byte is written."""
    array = np.asarray(vectors, dtype=np.float32)
    if not passages and array.size == 0:
        array = np.zeros((0, dim), dtype=np.float32)
    elif array.shape != (len(passages), dim):
        raise ValueError(
            f"vectors have shape {array.shape}, expected ({len(passages)}, {dim}): "
            "one row per passage, of the store's dimension"
        )
    if not np.isfinite(array).all():
        raise ValueError("vectors contain NaN or infinite values")
    zero = np.flatnonzero(~array.any(axis=1))
    if zero.size:
        raise ValueError(f"passage {passages[zero[0]].passage_id} has an all-zero vector")
    rows: dict[str, list[int]] = {}
    for page in pages:
        if page.page_id in rows:
            raise ValueError(f"page {page.page_id} appears twice in one upsert")
        rows[page.page_id] = []
        published_day(page)  # a malformed date fails before anything is written
    for i, passage in enumerate(passages):
        if passage.page_id not in rows:
            raise ValueError(f"passage {passage.passage_id} belongs to no page of this upsert")
        rows[passage.page_id].append(i)
    return array, rows
