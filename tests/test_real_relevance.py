"""The real-text judged set (`bench/real_relevance.json`): well formed, answers on real pages,
paraphrases that only meaning finds, and a split that never depends on the machine."""

from __future__ import annotations

from collections import Counter

import pytest

from bench import real_text
from bench.relevance import KINDS, lexical_overlap

RELEVANCE = real_text.load_real_relevance()
# Real pages are long: a paraphrase may share a few single syllables, never a word.
REAL_PARAPHRASE_MAX_SHARED = 4
needs_pages = pytest.mark.skipif("legal" not in real_text.source_dirs(),
                                 reason="../shared/samples not beside the checkout")


@pytest.fixture(scope="module")
def corpus() -> real_text.RealCorpus:
    return real_text.load_corpus()


def test_every_kind_is_judged_by_someone_who_says_why():
    counts = Counter(q.kind for q in RELEVANCE.queries)
    assert set(counts) == set(KINDS) and len(RELEVANCE.queries) >= 40
    assert all(count >= 8 for count in counts.values()), counts
    for query in RELEVANCE.queries:
        assert query.author.strip() and len(query.why) > 20, query.id
    for query in RELEVANCE.queries:
        if query.kind == "similar":  # a passage of a page, the page itself left out
            assert query.passage_from and query.exclude == [query.passage_from.page]
            assert query.passage_from.page not in query.relevant


def test_halves_are_fixed_by_the_file_not_by_the_pages_present(corpus, monkeypatch):
    tune, held_out, _ = real_text.real_halves(RELEVANCE, corpus)
    assert not {q.id for q in tune.queries} & {q.id for q in held_out.queries}
    # Without the extra pages, their queries are skipped, and none changes half.
    kept = {k: v for k, v in corpus.url_of.items() if not k.startswith("extra/")}
    fewer = real_text.RealCorpus(corpus.pages, kept)
    tune2, held2, skipped = real_text.real_halves(RELEVANCE, fewer)
    assert {q.id for q in tune2.queries} <= {q.id for q in tune.queries}
    assert {q.id for q in held2.queries} <= {q.id for q in held_out.queries}
    assert all(q.id not in skipped for q in tune2.queries + held2.queries)


def test_every_extra_page_says_where_it_comes_from(tmp_path):
    sources = {s["file"]: s for s in real_text.extra_sources()}
    named = {key.split("/", 1)[1] for q in RELEVANCE.queries for key in q.pages()
             if key.startswith("extra/")}
    assert named <= set(sources), named - set(sources)
    assert all(len(s["commit"]) == 40 and len(s["sha256"]) == 64 and "/" in s["repo"]
               for s in sources.values())
    # A folder holding one altered page and nothing else says so.
    absent, altered = list(sources)[:2]
    (tmp_path / altered).write_bytes(b"<html>not the recorded page</html>")
    check = real_text.extra_check(tmp_path)
    assert check["differing"] == [altered] and absent in check["missing"]
    assert len(check["missing"]) == len(sources) - 1


@needs_pages
def test_every_answer_is_a_real_page_here(corpus):
    named = set().union(*(q.pages() for q in RELEVANCE.queries))
    present = set(corpus.url_of)
    missing = {key for key in named - present if not key.startswith("extra/")}
    assert not missing, missing  # the shared samples are always there
    assert not corpus.quarantined


@needs_pages
def test_paraphrases_share_no_word_with_their_pages(corpus):
    texts = {page.url: f"{page.title}\n{page.text}" for page in corpus.pages}
    for query in RELEVANCE.queries:
        if query.kind != "paraphrase" or not query.pages() <= corpus.url_of.keys():
            continue
        pages = [texts[corpus.url_of[key]] for key in query.relevant]
        syllables, pairs = lexical_overlap(query.query, pages)
        assert not pairs, f"{query.id} shares {sorted(pairs)}"
        assert len(syllables) <= REAL_PARAPHRASE_MAX_SHARED, f"{query.id}: {sorted(syllables)}"


@needs_pages
def test_document_number_answers_are_the_pages_citing_it(corpus):
    from indexer.parsing.citations import number_named_by

    by_url = {page.url: page for page in corpus.pages}
    for query in RELEVANCE.queries:
        if query.kind != "doc_number" or not query.pages() <= corpus.url_of.keys():
            continue
        number = number_named_by(query.query)
        citing = {key for key, url in corpus.url_of.items()
                  if number in {c.number for c in by_url[url].citations}
                  or by_url[url].own_number == number}
        assert citing == set(query.relevant), query.id
