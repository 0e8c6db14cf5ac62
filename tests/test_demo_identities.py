"""A reused number on the demo archive: `07/CT-UBND` names three documents (issue #13).

The demo's truth (`identities` in `demo/articles.json`) says which document each article's
mention of a reused number names: a Kon Tum directive of 2020, another of 2021, and a Đắk
Nông directive of 2020. Crawled and indexed like a real archive, the number must come back
as exactly those documents, each with exactly its pages; an undated mention takes its page's
year, unless that year is later than a stated document's of the same number, issuer and
province, which it then yields to ("page-year guess yields to stated").
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict

import pytest

from indexer.models import page_id_for
from indexer.parsing.identity import AMBIGUOUS, INFERRED, STATED, parse_identity
from indexer.query.documents import PREFERRED_RULE
from tests.conftest import REPO

pytestmark = pytest.mark.slow

ARTICLES = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]
NUMBER = "07/CT-UBND"
# An attachment (the signed document) counts as its article's page.
ARTICLE_OF = {
    **{a["url"]: a["url"] for a in ARTICLES},
    **{f["url"]: a["url"] for a in ARTICLES for f in a["attachments"]},
}
YEAR_OF = {a["url"]: int(a["published"][:4]) for a in ARTICLES}


def _truth(number: str) -> dict[str, set[str]]:
    """identity → the URLs of the articles naming that document."""
    found: dict[str, set[str]] = defaultdict(set)
    for article in ARTICLES:
        if number in article["identities"]:
            found[article["identities"][number]].add(article["url"])
    return dict(found)


def test_truth_names_three_documents_for_the_reused_number() -> None:
    truth = _truth(NUMBER)
    places = {(p.province, p.year) for p in map(parse_identity, truth)}
    assert places == {("Kon Tum", 2020), ("Kon Tum", 2021), ("Đắk Nông", 2020)}
    citing = {a["url"] for a in ARTICLES if NUMBER in a["citations"]}
    assert set().union(*truth.values()) == citing  # every citer's document is recorded


def _pages_by_document(named) -> dict[str, set[str]]:
    """identity → the article URLs among its mentions and publishers (attachments as their
    articles)."""
    return {
        record.identity: {ARTICLE_OF.get(url, url) for url in
                          [m.page.url for m in record.mentions] + [h.url for h in record.issued_by]}
        for record in named.documents
    }


def test_reused_number_resolves_to_exactly_its_documents_and_pages(demo_service) -> None:
    """The articles' mentions: exactly the three documents, each with exactly its pages."""
    named = demo_service.documents(NUMBER)
    by_article = {
        record.identity: {m.page.url for m in record.mentions if m.page.url in YEAR_OF}
        | {h.url for h in record.issued_by if h.url in YEAR_OF}
        for record in named.documents
    }
    # A document that only an attachment names is the next test's.
    by_article = {identity: pages for identity, pages in by_article.items() if pages}
    assert by_article == _truth(NUMBER)
    # Only an OCR'd or unsigned attachment may leave its mention ambiguous, never an article.
    assert all(m.page.url not in YEAR_OF for m in named.ambiguous)


def test_attachments_name_the_same_documents(demo_service) -> None:
    """The signed documents attached to the articles name the same three documents."""
    assert _pages_by_document(demo_service.documents(NUMBER)) == _truth(NUMBER)


def test_page_year_guess_yields_to_stated(demo_service) -> None:
    """Undated mentions: the page's year when it is the document's, the stated document's
    year (rule "year=stated-elsewhere") when the page is later."""
    truth = {url: identity for identity, urls in _truth(NUMBER).items() for url in urls}
    undated = []
    for record in demo_service.documents(NUMBER).documents:
        for mention in record.mentions:
            url = ARTICLE_OF.get(mention.page.url)
            if url != mention.page.url or "year=page" not in (mention.rule or ""):
                continue  # attachments, and mentions whose year the text states
            undated.append((url, record.identity, mention.rule))
            assert record.identity == truth[url], url
            later = YEAR_OF[url] > parse_identity(record.identity).year
            assert (PREFERRED_RULE in mention.rule) == later, (url, mention.rule)
    print(f"\nundated {NUMBER} mentions: " + "; ".join(
        f"{next(a['id'] for a in ARTICLES if a['url'] == url)} → {identity} ({rule})"
        for url, identity, rule in undated))
    kinds = {PREFERRED_RULE in rule for _, _, rule in undated}
    assert kinds == {True, False}, "need one undated mention of each kind"
    by_province = {parse_identity(identity).province for _, identity, _ in undated}
    assert by_province == {"Kon Tum", "Đắk Nông"}


def test_mention_confidence_shares(demo_service) -> None:
    """How sure the demo's mentions are (printed), and the reused number's own."""
    shares: Counter[str] = Counter()
    number: Counter[str] = Counter()
    for article in ARTICLES:
        page = demo_service.store.get(page_id_for(article["url"]))
        assert page is not None, article["url"]
        for citation in page.citations:
            confidence = citation.confidence if citation.identity else AMBIGUOUS
            shares[confidence] += 1
            if citation.number == NUMBER:
                number[confidence] += 1
    total = sum(shares.values())
    print("\ndemo mentions: " + ", ".join(
        f"{kind} {shares[kind]} ({shares[kind] / total:.0%})" for kind in (STATED, INFERRED,
                                                                           AMBIGUOUS))
          + f"; {NUMBER}: {dict(number)}")
    assert shares[AMBIGUOUS] <= 0.05 * total
    assert number[AMBIGUOUS] == 0

