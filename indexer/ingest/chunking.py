"""Split a page's text into overlapping passages for embedding.

Passages hold about `words` whitespace-separated words (Vietnamese syllables: 180 of them are
roughly 250 model tokens, well under e5's 512) and end, where the text allows, at a paragraph
break, else at a sentence end, else mid-sentence. Consecutive passages share up to `overlap`
words so that a sentence cut at a boundary is still seen whole by one of them.
"""

from __future__ import annotations

import re

from indexer.models import Passage

_WORD = re.compile(r"\S+")
_SENTENCE_END = re.compile(r"[.!?…;:][)\]\"'”’»]*$")
_BULLETS = "-–—•+*"
_OPENERS = "\"'“‘«([" + _BULLETS
_NONE, _SENTENCE, _PARAGRAPH = 0, 1, 2


def _break_levels(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """levels[i]: how good a place the gap before word i is to start a passage."""
    levels = [_PARAGRAPH] + [_NONE] * (len(spans) - 1)
    for i in range(1, len(spans)):
        gap = text[spans[i - 1][1] : spans[i][0]]
        if "\n" in gap:
            levels[i] = _PARAGRAPH
            continue
        prev_word = text[spans[i - 1][0] : spans[i - 1][1]]
        word = text[spans[i][0] : spans[i][1]]
        if _SENTENCE_END.search(prev_word) and _starts_sentence(word):
            levels[i] = _SENTENCE
    return levels


def _starts_sentence(word: str) -> bool:
    """A bullet, or a capital letter or digit after any opening quotes and brackets."""
    if word[0] in _BULLETS:
        return True
    head = word.lstrip(_OPENERS)
    return bool(head) and (head[0].isupper() or head[0].isdigit())


def _choose_end(levels: list[int], start: int, words: int) -> int:
    """The best cut within the window's second half: the last paragraph break, else the
    last sentence end, else exactly `words` words in."""
    lo, hi = start + max(1, words // 2), start + words
    return max(range(lo, hi + 1), key=lambda e: (levels[e], e))


def _choose_next_start(levels: list[int], start: int, end: int, overlap: int) -> int:
    """Start the next passage `overlap` words back, moved forward to a sentence start if one
    lies in the overlap, so the shared words read as whole sentences."""
    first = max(start + 1, end - overlap)
    return next((i for i in range(first, end) if levels[i] >= _SENTENCE), first)


def split_passages(
    page_id: str,
    text: str,
    *,
    words: int = 180,
    overlap: int = 30,
    title: str | None = None,
) -> list[Passage]:
    """Overlapping passages of `text`, with character offsets (`start`, `end`) into `text`.

    A text of at most `words` words (plus a quarter, to avoid a tiny last passage) is one
    passage. When `title` is given it is prepended to the first passage's text (unless the
    text already begins with it), so the page's subject is embedded with its opening; the
    offsets still refer to `text`. A blank text gives no passage, or a title-only one.
    """
    if words < 1:
        raise ValueError(f"words must be at least 1, got {words}")
    if not 0 <= overlap < words:
        raise ValueError(f"overlap must be between 0 and words - 1 ({words - 1}), got {overlap}")
    spans = [m.span() for m in _WORD.finditer(text)]
    title = (title or "").strip()
    if not spans:
        if not title:
            return []
        return [Passage(passage_id=f"{page_id}:0", page_id=page_id, ordinal=0, text=title,
                        start=0, end=0)]

    levels = _break_levels(text, spans) + [_PARAGRAPH]  # the end of the text is a break
    cuts: list[tuple[int, int]] = []
    start, n = 0, len(spans)
    while True:
        if n - start <= words + words // 4:
            cuts.append((start, n))
            break
        end = _choose_end(levels, start, words)
        cuts.append((start, end))
        start = _choose_next_start(levels, start, end, overlap)

    passages = []
    for ordinal, (first, last) in enumerate(cuts):
        begin, finish = spans[first][0], spans[last - 1][1]
        body = text[begin:finish]
        if ordinal == 0 and title and not text.lstrip().startswith(title):
            body = f"{title}\n{body}"
        passages.append(Passage(passage_id=f"{page_id}:{ordinal}", page_id=page_id,
                                ordinal=ordinal, text=body, start=begin, end=finish))
    return passages
