"""Extraction per field on real article pages: `bulletin extract` next to trafilatura alone.

Real pages stay outside the project: `../shared/samples/real/`, plus the folder named by
BULLETIN_REAL_PAGES. Each folder's `gold.json` gives per page the title (the visible
<h1>), the publication day (local), the first and last body sentences, boilerplate strings
a clean body must not hold, and the document numbers the body cites. Fields scored:
title (exact), date (the day), body (first and last sentence present), clean (no
boilerplate string), citations (precision and recall of the numbers). trafilatura 2.3's own
output on the same page is the floor on every field.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from rich.table import Table

REPO = Path(__file__).resolve().parent.parent
SAMPLES = Path(os.environ.get("BULLETIN_SAMPLES") or REPO.parent / "shared" / "samples")
SHARED_REAL = SAMPLES / "real"
ENV_VAR = "BULLETIN_REAL_PAGES"
FIELDS = ("title", "date", "body", "clean")


@dataclass(frozen=True)
class RealPage:
    """A saved page and what a correct extraction of it gives."""

    path: Path
    gold: dict


@dataclass
class FieldScores:
    """One extractor on one page: each field right or wrong, cited numbers counted."""

    title: bool
    date: bool
    body: bool
    clean: bool
    cited: int  # numbers found
    cited_right: int  # of them in the gold list
    cited_gold: int
    leaks: list[str]  # boilerplate strings left in the body

    @property
    def precision(self) -> float:
        return self.cited_right / self.cited if self.cited else 1.0

    @property
    def recall(self) -> float:
        return self.cited_right / self.cited_gold if self.cited_gold else 1.0


def real_page_dirs() -> list[Path]:
    """The folders of real pages present here: the shared samples, then BULLETIN_REAL_PAGES."""
    extra = os.environ.get(ENV_VAR)
    dirs = [SHARED_REAL, *([Path(extra)] if extra else [])]
    return [d for d in dirs if (d / "gold.json").is_file()]


def load_pages(folder: Path) -> list[RealPage]:
    """The pages a folder's gold.json describes, in its order."""
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))
    return [RealPage(folder / name, entry) for name, entry in gold.items()]


def _squash(text: str | None) -> str:
    return re.sub(r"\s+", " ", (text or "").replace("\ufeff", "")).strip()


def score(title: str | None, published: str | None, text: str, numbers: set[str],
          gold: dict) -> FieldScores:
    """Score one extraction (title, ISO date, body text, cited numbers) against gold."""
    body = _squash(text)
    expected = set(gold.get("citations", []))
    leaks = [b for b in gold.get("boilerplate", []) if _squash(b) in body]
    return FieldScores(
        title=_squash(title) == _squash(gold["title"]),
        date=(published or "")[:10] == gold["published"],
        body=_squash(gold["body_first"]) in body and _squash(gold["body_last"]) in body,
        clean=not leaks,
        cited=len(numbers), cited_right=len(numbers & expected), cited_gold=len(expected),
        leaks=leaks,
    )


def score_records(pages: list[RealPage], records: dict[str, dict]) -> dict[str, FieldScores]:
    """Score `bulletin extract --json` records, keyed by the page's path as given."""
    scores = {}
    for page in pages:
        record = records[str(page.path)]
        numbers = {c["number"] for c in record.get("citations", [])}
        scores[page.path.name] = score(record.get("title"), record.get("published"),
                                       record.get("text", ""), numbers, page.gold)
    return scores


def ours(pages: list[RealPage]) -> dict[str, FieldScores]:
    """`bulletin extract` on each page (the same code path, in this process)."""
    from indexer.extract.core import contract_json, extract_paths

    records = {source: contract_json(source, result)
               for source, result in extract_paths([p.path for p in pages])}
    return score_records(pages, records)


def trafilatura_alone(pages: list[RealPage]) -> dict[str, FieldScores]:
    """trafilatura's own title, date and text (its defaults), our citation finder on it."""
    import trafilatura

    from indexer.parsing.citations import find_citations

    scores = {}
    for page in pages:
        document = trafilatura.bare_extraction(page.path.read_text(encoding="utf-8"),
                                               with_metadata=True)
        title, date, text = (document.title, document.date, document.text or "") \
            if document is not None else (None, None, "")
        numbers = {c.number for c in find_citations(text)}
        scores[page.path.name] = score(title, date, text, numbers, page.gold)
    return scores


def measure(dirs: list[Path] | None = None) -> dict:
    """Per page and in total, ours and trafilatura's: the bench's `extraction` result."""
    pages = [page for folder in (real_page_dirs() if dirs is None else dirs)
             for page in load_pages(folder)]
    mine, theirs = ours(pages), trafilatura_alone(pages)
    return {
        "folders": [str(d) for d in (real_page_dirs() if dirs is None else dirs)],
        "pages": {name: {"ours": _as_dict(mine[name]), "trafilatura": _as_dict(theirs[name])}
                  for name in mine},
        "totals": {"ours": _totals(mine.values()), "trafilatura": _totals(theirs.values())},
    }


def _as_dict(scores: FieldScores) -> dict:
    return {**asdict(scores), "precision": round(scores.precision, 3),
            "recall": round(scores.recall, 3)}


def _totals(scores) -> dict:
    scores = list(scores)
    totals = {field: sum(getattr(s, field) for s in scores) for field in FIELDS}
    cited = sum(s.cited for s in scores)
    right = sum(s.cited_right for s in scores)
    gold = sum(s.cited_gold for s in scores)
    return {**totals, "pages": len(scores), "precision": round(right / cited, 3) if cited else 1.0,
            "recall": round(right / gold, 3) if gold else 1.0}


def field_table(measured: dict) -> Table:
    """The measured figures as one table: a row per page and a total, ours / trafilatura."""
    table = Table(title="Extraction per field on real pages: ours / trafilatura 2.3 alone")
    table.add_column("page")
    for field in (*FIELDS, "cites P", "cites R"):
        table.add_column(field, justify="center")
    for name, pair in measured["pages"].items():
        table.add_row(name, *(_pair(pair["ours"][f], pair["trafilatura"][f])
                              for f in (*FIELDS, "precision", "recall")))
    totals = measured["totals"]
    count = totals["ours"]["pages"]
    table.add_row(f"total ({count} pages)",
                  *(f"{totals['ours'][f]} / {totals['trafilatura'][f]}" for f in FIELDS),
                  *(f"{totals['ours'][f]:.2f} / {totals['trafilatura'][f]:.2f}"
                    for f in ("precision", "recall")))
    return table


def _pair(mine, theirs) -> str:
    if isinstance(mine, bool):
        return f"{'✓' if mine else '✗'} / {'✓' if theirs else '✗'}"
    return f"{mine:.2f} / {theirs:.2f}"
