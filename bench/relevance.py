"""The judged query set (`bench/relevance.json`): loading, checking, and what it may contain.

Each query names the demo pages (by URL) a searcher should find. Kinds:
- `topical`: the words a user would type about a subject;
- `paraphrase`: the same need in other words: no two-syllable word and at most
  `PARAPHRASE_MAX_SHARED` content syllables in common with the relevant pages (checked by
  `lexical_overlap`; Vietnamese words are mostly two-syllable compounds, and single
  syllables recur everywhere), so only meaning can find them;
- `no_diacritics`: typed without Vietnamese tones and marks;
- `doc_number`: a document number, relevant = the document and the pages citing it;
- `similar`: a passage of one directive-implementing page, relevant = other provinces'
  pages implementing the same central document (the source page itself is excluded).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError, field_validator

from indexer.parsing.textnorm import nfc

RELEVANCE_FILE = Path(__file__).resolve().parent / "relevance.json"
KINDS = ("topical", "paraphrase", "no_diacritics", "doc_number", "similar")
# Function syllables a paraphrase may share with its pages; every other word must differ.
_STOP_TEXT = (
    "của và các những cho với trong để về là có được không một này khi từ tại theo do "
    "đã sẽ thì mà ở ra vào như bị nào gì"
)
STOP_SYLLABLES = frozenset(_STOP_TEXT.split())
PARAPHRASE_MAX_SHARED = 2
_WORD = re.compile(r"\w+")


class JudgedQuery(BaseModel):
    """One query with its judged relevant pages."""

    id: str
    kind: str
    query: str = Field(min_length=1)
    relevant: list[str] = Field(min_length=1)
    exclude: list[str] = Field(default_factory=list)  # pages not ranked (the query's source)
    note: str | None = None

    @field_validator("kind")
    @classmethod
    def _known_kind(cls, value: str) -> str:
        if value not in KINDS:
            raise ValueError(f"unknown kind {value!r}: use one of {', '.join(KINDS)}")
        return value


class RelevanceSet(BaseModel):
    k: int = 10
    queries: list[JudgedQuery]


def load_relevance(path: Path = RELEVANCE_FILE, known_urls: Iterable[str] | None = None):
    """The judged queries of `path`; every relevant URL must be one of `known_urls` if given."""
    try:
        data = RelevanceSet.model_validate(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, ValidationError) as exc:
        first = str(exc).splitlines()
        raise ValueError(f"bad relevance file {path}: {' '.join(first[:3])}") from exc
    seen: set[str] = set()
    known = set(known_urls) if known_urls is not None else None
    for query in data.queries:
        if query.id in seen:
            raise ValueError(f"bad relevance file {path}: query id {query.id!r} appears twice")
        seen.add(query.id)
        if known is not None:
            unknown = [u for u in [*query.relevant, *query.exclude] if u not in known]
            if unknown:
                raise ValueError(
                    f"bad relevance file {path}: query {query.id} names {unknown[0]}, "
                    "which is not a demo page"
                )
    return data


def demo_urls(articles_file: Path) -> set[str]:
    """URLs of every demo article and attachment, from `demo/articles.json`."""
    try:
        articles = json.loads(articles_file.read_text(encoding="utf-8"))["articles"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"cannot read demo articles {articles_file}: {exc}") from exc
    urls = {a["url"] for a in articles}
    urls.update(att["url"] for a in articles for att in a.get("attachments") or [])
    return urls


def demo_duplicates(articles_file: Path) -> dict[str, str]:
    """URL of each near-duplicate demo article -> URL of the page it copies."""
    articles = json.loads(articles_file.read_text(encoding="utf-8"))["articles"]
    return {a["url"]: a["duplicate_of"] for a in articles if a.get("duplicate_of")}


def _words(text: str) -> list[str]:
    # Diacritics kept: "dự" and "dư" are different words, although both fold to "du".
    return _WORD.findall(nfc(text).lower())


def lexical_overlap(query: str, texts: Iterable[str]) -> tuple[set[str], set[str]]:
    """Content syllables and two-syllable words of `query` that also occur in `texts`."""
    query_words = _words(query)
    syllables: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        words = _words(text)
        syllables.update(words)
        pairs.update(zip(words, words[1:], strict=False))
    shared = {w for w in query_words if w in syllables and w not in STOP_SYLLABLES}
    shared_pairs = {
        f"{a} {b}" for a, b in zip(query_words, query_words[1:], strict=False) if (a, b) in pairs
    }
    return shared, shared_pairs


def paraphrase_problem(query: str, texts: Iterable[str]) -> str | None:
    """Why `query` is not a paraphrase of `texts` (too many shared words), or None."""
    syllables, pairs = lexical_overlap(query, texts)
    if pairs:
        return f"shares the words {sorted(pairs)}"
    if len(syllables) > PARAPHRASE_MAX_SHARED:
        return f"shares {len(syllables)} syllables {sorted(syllables)}"
    return None
