"""A parsed `KeywordQuery` and `SearchFilters` compiled into tantivy queries.

Each term is searched in the exact field (typed diacritics) and the folded one, in title
and text; a term giving several tokens is a phrase. The weights are `stores/ranking.py`'s
and the filters mean what `stores/filters.py` says, as in every store.
"""

from __future__ import annotations

import tantivy
from tantivy import Occur, Query

from indexer.models import KeywordQuery, SearchFilters, Term
from indexer.stores.embedded.schema import EXACT, FOLDED, day_of, indexed_text
from indexer.stores.filters import date_range, keyed_filters
from indexer.stores.ranking import EXACT_BOOST, PROXIMITY_BOOST, PROXIMITY_SLOP, TITLE_BOOST

_FILTER_FIELDS = {
    "province": "province_key",
    "province_current": "province_current_key",
    "agency": "agency_key",
    "doc_type": "doc_type",
}


class QueryCompiler:
    """Builds tantivy queries over one index's schema with its two analyzers."""

    def __init__(self, schema: tantivy.Schema, analyzers: dict[str, tantivy.TextAnalyzer]):
        self.schema = schema
        self.exact = analyzers[EXACT]
        self.folded = analyzers[FOLDED]

    def term(self, name: str, value) -> Query:
        """Documents whose field `name` holds exactly `value`."""
        return Query.term_query(self.schema, name, value)

    def pages_only(self) -> Query:
        """Every page (not the bookkeeping document), scored 0 so it never shifts BM25."""
        return Query.const_score_query(self.term("kind", "page"), 0.0)

    @staticmethod
    def all_of(*queries: Query) -> Query:
        """Documents matching every one of `queries`."""
        return Query.boolean_query([(Occur.Must, q) for q in queries])

    def filters(self, filters: SearchFilters | None) -> list[Query]:
        """The filter clauses, scored 0: they narrow the set without changing BM25 order."""
        queries = [
            self.term(_FILTER_FIELDS[name], key) for name, key in keyed_filters(filters).items()
        ]
        dates = date_range(filters)
        if dates:
            start, end = dates
            queries.append(
                Query.range_query(
                    self.schema,
                    "published",
                    tantivy.FieldType.Date,
                    day_of(start) if start else None,
                    day_of(end) if end else None,
                )
            )
        return [Query.const_score_query(q, 0.0) for q in queries]

    def keyword(self, query: KeywordQuery) -> Query | None:
        """The tantivy query for a parsed user query; None when it can match nothing."""
        base = [(Occur.Must, self.pages_only())]
        base += [(Occur.Must, q) for q in self.filters(query.filters)]
        if query.browse:
            return Query.boolean_query(base)
        groups = [[c for c in (self._clause(t) for t in g) if c is not None] for g in query.groups]
        groups = [g for g in groups if g]
        excluded = [c for c in (self._clause(t) for t in query.excluded) if c is not None]
        if not groups and not excluded:
            return None
        for group in groups:
            base.append((Occur.Must, Query.boolean_query([(Occur.Should, c) for c in group])))
        base += [(Occur.MustNot, c) for c in excluded]
        base += [(Occur.Should, near) for near in self._proximity(query.proximity_words)]
        return Query.boolean_query(base)

    def _proximity(self, words: list[str]) -> list[Query]:
        """A bonus for pages where the query's words stand close together, in order."""
        source = " ".join(indexed_text(word) for word in words)
        queries = []
        for name, analyzer in (("text", self.exact), ("text_f", self.folded)):
            tokens = analyzer.analyze(source)
            if len(tokens) >= 2:  # a word may give no token (over 40 letters)
                near = Query.phrase_query(self.schema, name, tokens, slop=PROXIMITY_SLOP)
                queries.append(Query.boost_query(near, PROXIMITY_BOOST))
        return queries

    def citing(self, number: str, filters: SearchFilters | None, *, own: bool) -> Query:
        """Pages citing the document `number` (already a `schema.number_key`), scored 1;
        with `own`, also the document itself, scored 2 so it comes first."""
        either = [(Occur.Should, Query.const_score_query(self.term("cites", number), 1.0))]
        if own:
            mine = Query.const_score_query(self.term("own_number", number), 2.0)
            either.append((Occur.Should, mine))
        return self.all_of(self.pages_only(), Query.boolean_query(either), *self.filters(filters))

    def by_identity(self, identity: str, filters: SearchFilters | None, *, own: bool) -> Query:
        """Pages citing the document `identity` or, with `own`, the pages issuing it."""
        field = "own_identity" if own else "cites_identity"
        return self.all_of(self.pages_only(), Query.const_score_query(
            self.term(field, identity), 1.0), *self.filters(filters))

    def _clause(self, term: Term) -> Query | None:
        """One term in the exact and folded title and text fields; None if it has no token."""
        source = indexed_text(term.text)
        exact, folded = self.exact.analyze(source), self.folded.analyze(source)
        if not exact or not folded:
            return None

        def on(name: str, tokens: list[str]) -> Query:
            if len(tokens) == 1:
                return self.term(name, tokens[0])
            return Query.phrase_query(self.schema, name, tokens)

        parts = [
            Query.boost_query(on("text", exact), EXACT_BOOST),
            on("text_f", folded),
            Query.boost_query(on("title", exact), EXACT_BOOST * TITLE_BOOST),
            Query.boost_query(on("title_f", folded), TITLE_BOOST),
        ]
        return Query.boolean_query([(Occur.Should, p) for p in parts])
