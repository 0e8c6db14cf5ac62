"""Reading stored page documents back as hits: the page's fields, and a snippet cut from the
page's own spelling, with character spans (tantivy highlights in bytes of the indexed text).
"""

from __future__ import annotations

import json

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


def stored_fields(doc: tantivy.Document) -> dict:
    """The stored page as plain JSON values: what a hit shows, without validating the
    whole `Page` (its citations and evidence) for every hit; `page_of` reads it all."""
    return json.loads(doc["page"][0])


def hit_of(
    fields: dict, score: float, snippet: str, highlights: list[tuple[int, int]]
) -> Hit:
    """`make_hit` from `stored_fields`: the same hit."""
    return Hit(
        page_id=fields["page_id"],
        score=score,
        title=fields.get("title"),
        url=fields["url"],
        published=fields.get("published"),
        province=fields.get("province"),
        agency=fields.get("agency"),
        text_source=fields.get("text_source"),
        snippet=snippet,
        highlights=highlights,
    )


class Snippets:
    """Snippets from the unfolded field when the typed diacritics match, else the folded one.

    A generator is made on first need (the folded one only for pages where the typed
    diacritics highlight nothing): creating one looks up the query's terms in the index.
    """

    def __init__(self, searcher: tantivy.Searcher, schema: tantivy.Schema, query: Query) -> None:
        self._searcher, self._schema, self._query = searcher, schema, query
        self._generators: dict[str, tantivy.SnippetGenerator] = {}

    def _generator(self, name: str) -> tantivy.SnippetGenerator:
        generator = self._generators.get(name)
        if generator is None:
            generator = tantivy.SnippetGenerator.create(
                self._searcher, self._query, self._schema, name)
            generator.set_max_num_chars(SNIPPET_BYTES)
            self._generators[name] = generator
        return generator

    def make(self, text: str) -> tuple[str, list[tuple[int, int]]]:
        """The snippet of a page whose text is `text`, and its highlighted spans."""
        original = nfc(text)
        indexed = indexed_text(original)
        if len(indexed) != len(original):  # offsets would not carry over: show as indexed
            original = indexed
        for name in ("text", "text_f"):
            doc = tantivy.Document()
            doc.add_text(name, indexed)
            snippet = self._generator(name).snippet_from_doc(doc)
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
    first = _chars(raw, window.start)
    fragment = raw[window.start : window.end]  # spans count from here: decode only this
    last = first + _chars(fragment, len(fragment))
    spans = [(_chars(fragment, r.start), _chars(fragment, r.end)) for r in snippet.highlighted()]
    return tidy_snippet(original[first:last], spans)
