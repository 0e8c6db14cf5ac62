"""Snippet rules shared by the stores: how long, how cut, how spans follow the text.

A snippet is plain text (never HTML) with highlighted character spans; each store finds
what to highlight with its own engine and cuts the snippet with these functions.
"""

from __future__ import annotations

import re
from typing import Protocol, runtime_checkable

from indexer.models import Hit, KeywordQuery, Page
from indexer.parsing.citations import normalise_number
from indexer.parsing.textnorm import nfc

SNIPPET_CHARS = 240


def flat(text: str) -> str:
    """One line: each whitespace character becomes one space, so offsets still hold."""
    return re.sub(r"\s", " ", text)


def lead_snippet(text: str) -> str:
    """The opening words of `text`, up to SNIPPET_CHARS, with " …" when cut."""
    head = nfc(text[: SNIPPET_CHARS * 4])
    words = " ".join(head.split())
    if len(words) <= SNIPPET_CHARS and len(text) <= SNIPPET_CHARS * 4:
        return words
    cut = words.rfind(" ", 0, SNIPPET_CHARS)
    return words[: cut if cut > 0 else SNIPPET_CHARS] + " …"


def text_window(text: str, start: int, end: int, size: int = SNIPPET_CHARS) -> tuple[str, int]:
    """About `size` characters of `text` holding [start, end), a third of the spare room
    before it, cut at spaces; returns the window and where it begins in `text`."""
    start = max(0, min(start, len(text)))
    end = max(start, min(end, len(text)))
    begin = max(0, start - max(0, size - (end - start)) // 3)
    if begin > 0:
        space = text.find(" ", begin, start)
        begin = space + 1 if space >= 0 else begin
    stop = min(len(text), max(end, begin + size))
    if stop < len(text):
        space = text.rfind(" ", end, stop)
        stop = space if space > end else stop
    return text[begin:stop], begin


def tidy_snippet(text: str, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
    """`text` on one line and stripped, with the spans moved along (empty ones dropped)."""
    line = flat(text)
    lead = len(line) - len(line.lstrip())
    line = line.strip()
    moved = [(max(0, a - lead), min(len(line), b - lead)) for a, b in spans]
    return line, [(a, b) for a, b in moved if a < b]


def cited_snippet(page: Page, number: str) -> tuple[str, list[tuple[int, int]]]:
    """A window around the first mention of document `number` in the page, the number
    highlighted; the page's opening words when it is not mentioned."""
    wanted = normalise_number(number)
    spans = sorted(
        (c.start, c.end) for c in page.citations if normalise_number(c.number) == wanted
    )
    spans = [(a, b) for a, b in spans if 0 <= a < b <= len(page.text)]
    if not spans:
        return lead_snippet(page.text), []
    start, end = spans[0]
    window, begin = text_window(page.text, start, end)
    return tidy_snippet(window, [(start - begin, end - begin)])


def word_spans(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Spans split into the words they cover: a matched phrase is marked word by word."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return [(a + m.start(), a + m.end()) for a, b in merged for m in re.finditer(r"\w+", text[a:b])]


@runtime_checkable
class LateSnippets(Protocol):
    """A store that ranks keyword candidates without snippets and cuts them afterwards for
    the hits shown (hybrid search fuses 50 candidates per ranking to show 10)."""

    def keyword(
        self, query: KeywordQuery, limit: int = 10, offset: int = 0, *, snippets: bool = True
    ) -> tuple[int, list[Hit]]: ...

    def add_snippets(self, query: KeywordQuery, hits: list[Hit]) -> None:
        """Cut the keyword snippets of `hits` (found with `snippets=False`), in place."""
