"""Lines that only point elsewhere: menus, sidebars, lists of other articles or agencies.

On an HTML page the markup says which text is a link. A text dump has lost that, but its
link lists keep their shape: several short lines in a row, no sentence punctuation,
often a bullet ("Thông tin từ các Sở, Ban, ngành", "- Sở Ngoại vụ", "- Ban dân tộc").
One such line alone may be a subheading of the article; a run of them is a list of links,
wherever it sits, and none of its lines is a title.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

MIN_RUN = 3  # a subheading stands alone; a menu has three entries or more

_SENTENCE_END = re.compile(r"""[.!?…;:,"”]\s*$""")
_DATE = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{2,4}|\d{1,2}:\d{2}")
_BULLET = re.compile(r"^[-–+•*▪●○◦·»›>]\s*\S")


def is_bullet(line: str) -> bool:
    """A line opened by a bullet sign ("- Sở Ngoại vụ"): a list entry, never a title."""
    return bool(_BULLET.match(line.strip()))


def looks_like_link(line: str) -> bool:
    """A short line without sentence punctuation or a date: a menu or list entry's shape."""
    text = line.strip()
    words = text.split()
    return (
        0 < len(words) <= 10
        and len(text) <= 80
        and any(ch.isalpha() for ch in text)
        and not _SENTENCE_END.search(text)
        and not _DATE.search(text)
    )


def link_runs(
    lines: Sequence[str],
    is_link: Callable[[int], bool] | None = None,
    min_run: int = MIN_RUN,
) -> set[int]:
    """Indexes of `lines` in runs of at least `min_run` consecutive link lines (blank lines
    do not break a run); `is_link(n)` says whether line n is one, by default its shape.
    A run right after a line ending in ":" is the list that line announces ("Thành phần
    tham dự gồm:"), part of the text, and does not count."""
    if is_link is None:
        def is_link(n: int) -> bool:
            return looks_like_link(lines[n])

    found: set[int] = set()
    run: list[int] = []
    before = ""  # the last non-blank line before the current run
    for n, line in enumerate([*lines, "."]):  # a sentinel closes the last run
        if not line.strip():
            continue
        if n < len(lines) and is_link(n):
            run.append(n)
            continue
        if len(run) >= min_run and not before.rstrip().endswith(":"):
            found.update(run)
        run = []
        before = line
    return found
