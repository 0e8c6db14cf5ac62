"""A user's query, parsed once: search mode, the document number it names, the keyword
structure every store compiles (`KeywordQuery`), and the filters.

The grammar, the same for every store: words are all required; "quoted phrases" keep their
words in order; `-word` or `NOT word` excludes; `OR` between two terms accepts either;
`AND` is ignored. A word joined by punctuation ("07/CT-UBND", "COVID-19") is a phrase.
A pasted passage (PASSAGE_WORDS words or more) asks for pages like it: any word may match.
Nothing a user types raises.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from indexer.errors import InputError
from indexer.models import KeywordQuery, SearchFilters, Term
from indexer.parsing.citations import number_named_by
from indexer.parsing.textnorm import new_style_tones, nfc

MODES = ("hybrid", "keyword", "semantic")  # the first is the default
DEFAULT_MODE = MODES[0]

# A text this many words long is a pasted passage ("find pages like this"), not keywords a
# user chose: requiring every word would find only the passage's own page, so its words
# are alternatives and BM25 ranks pages by the rare words they share with it.
PASSAGE_WORDS = 12

_CHUNK = re.compile(r'(-?)"([^"]*)"|(\S+)')
_WORD = re.compile(r"\w+")
_OPERATORS = ("AND", "OR", "NOT")


@dataclass(frozen=True)
class ParsedQuery:
    """Everything search needs to know about what the user asked."""

    text: str  # NFC, stripped: what is embedded for semantic search
    mode: str
    keyword: KeywordQuery
    number: str | None = None  # the document the whole query names ("16/CT-TTg")
    filters: SearchFilters = field(default_factory=SearchFilters)

    @property
    def unaccented(self) -> bool:
        """Typed without any Vietnamese letter (ASCII only): see `fusion.fusion_weights`."""
        return self.text.isascii() and any(ch.isalpha() for ch in self.text)


def parse_query(
    text: str, mode: str = DEFAULT_MODE, filters: SearchFilters | None = None
) -> ParsedQuery:
    """Parse what the user typed; an empty text browses (keyword mode, newest first)."""
    if mode not in MODES:
        raise InputError(f"unknown search mode {mode!r}: use one of {', '.join(MODES)}")
    filters = filters or SearchFilters()
    clean = nfc(text).strip()
    keyword = parse_keywords(clean, filters)
    return ParsedQuery(
        text=clean,
        mode=mode if clean else "keyword",  # nothing to embed: browse
        keyword=keyword,
        number=number_named_by(clean) if clean else None,
        filters=filters,
    )


def parse_keywords(text: str, filters: SearchFilters | None = None) -> KeywordQuery:
    """The keyword structure of `text` (see the module docstring for the grammar)."""
    filters = filters or SearchFilters()
    text = new_style_tones(nfc(text)).replace("“", '"').replace("”", '"')
    if not text.strip():
        return KeywordQuery(filters=filters, browse=True)
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    negate_next = join_next = False
    for match in _CHUNK.finditer(text):
        minus, quoted, bare = match.groups()
        if bare in _OPERATORS:
            join_next |= bare == "OR" and bool(groups)
            negate_next |= bare == "NOT"
            continue
        negated = negate_next
        if quoted is None:
            negated |= bare.startswith("-") and len(bare) > 1
            term = _term(bare[1:] if negated and bare.startswith("-") else bare, quoted=False)
        else:
            negated |= bool(minus)
            term = _term(quoted, quoted=True)
        if term is None:
            continue  # punctuation only: nothing to search for
        negate_next = False
        if negated:
            excluded.append(term)
        elif join_next:
            groups[-1].append(term)
        else:
            groups.append([term])
        join_next = False
    if len(groups) >= PASSAGE_WORDS and all(len(group) == 1 for group in groups):
        alternatives = list(dict.fromkeys(group[0] for group in groups))
        return KeywordQuery(groups=[alternatives], excluded=excluded, filters=filters,
                            passage=True)
    return KeywordQuery(groups=groups, excluded=excluded, filters=filters)


def _term(chunk: str, *, quoted: bool) -> Term | None:
    words = _WORD.findall(chunk)
    if not words:
        return None
    if len(words) == 1 and not quoted:
        return Term(text=words[0])
    first, last = _WORD.search(chunk), list(_WORD.finditer(chunk))[-1]
    return Term(text=" ".join(chunk[first.start() : last.end()].split()), phrase=len(words) > 1)
