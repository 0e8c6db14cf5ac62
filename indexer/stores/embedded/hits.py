"""Reading stored page documents back as hits: the page's fields, and a snippet cut from the
page's own spelling, with character spans (tantivy highlights in bytes of the indexed text).
"""

from __future__ import annotations

import tantivy
from tantivy import Query

from indexer.models import Hit, Page
from indexer.parsing.textnorm import nfc
from indexer.stores.embedded.schema import indexed_text
from indexer.stores.snippets import SNIPPET_CHARS, lead_snippet, tidy_snippet

SNIPPET_BYTES = SNIPPET_CHARS * 3 // 2  # tantivy counts bytes; Vietnamese letters take 1-3


def all_addresses(searcher: tantivy.Searcher, query: Query) -> list:
    """The address of every document matching `query`."""
    return [addr for _, addr in searcher.search(query, max(searcher.num_docs, 1)).hits]


def make_hit(page: Page, score: float, snippet: str, highlights: list[tuple[int, int]]) -> Hit:
    return Hit(
        page_id=page.page_id,
        score=score,
        title=page.title,
        url=page.url,
        published=page.published,
        province=page.province,
        agency=page.agency,
        text_source=page.text_source,
        snippet=snippet,
        highlights=highlights,
    )


class Snippets:
    """Snippets from the unfolded field when the typed diacritics match, else the folded one."""

    def __init__(self, searcher: tantivy.Searcher, schema: tantivy.Schema, query: Query) -> None:
        self._generators = []
        for name in ("text", "text_f"):
            generator = tantivy.SnippetGenerator.create(searcher, query, schema, name)
            generator.set_max_num_chars(SNIPPET_BYTES)
            self._generators.append(generator)

    def make(self, page: Page) -> tuple[str, list[tuple[int, int]]]:
        original = nfc(page.text)
        indexed = indexed_text(original)
        if len(indexed) != len(original):  # offsets would not carry over: show as indexed
            original = indexed
        doc = tantivy.Document()
        doc.add_text("text", indexed)
        doc.add_text("text_f", indexed)
        for generator in self._generators:
            snippet = generator.snippet_from_doc(doc)
            if snippet.highlighted():
                return _plain(snippet, indexed, original)
        return lead_snippet(original), []


def _chars(raw: bytes, byte_offset: int) -> int:
    return len(raw[:byte_offset].decode("utf-8", "ignore"))


def _plain(
    snippet: tantivy.Snippet, indexed: str, original: str
) -> tuple[str, list[tuple[int, int]]]:
    """The snippet cut from the page's own text, with character spans (tantivy gives bytes)."""
    raw = indexed.encode("utf-8")
    window = snippet.fragment_range()
    first, last = _chars(raw, window.start), _chars(raw, window.end)
    spans = [
        (_chars(raw, window.start + r.start) - first, _chars(raw, window.start + r.end) - first)
        for r in snippet.highlighted()
    ]
    return tidy_snippet(original[first:last], spans)
