"""The real-text archive for `bench/real_relevance.json`: real legal documents and real
article pages, read from where they lie at bench time (never copied into the project).

Sources, each named by a key `<source>/<file name>` in the judged queries:
- `legal/`: `../shared/samples/legal/*.json`, public legal documents (text, number, date,
  type, issuer), each served as a legal database shows it: an HTML page with the title
  as headline and the text in paragraphs; the database's date is the page's; everything
  else (own number, province, citations) is extracted;
- `real/`: `../shared/samples/real/*.html`, real article pages as their sites served them;
- `pages/`: `../shared/samples/pages/*.txt`, real provincial portal pages as saved text;
- `extra/`: the folder named by BULLETIN_REAL_PAGES (`*.html`), else `../real-pages`
  beside the checkout, when present; `data/real_pages_sources.json` says where each of its
  pages comes from (a public repository's fixture at a commit) and its sha256, and a run
  reports the pages missing from the folder or differing from it (`extra_check`).

A query naming a page whose source is absent here is left out of the run and counted
(`skipped`), after the tune / held-out split, so the halves never depend on the machine.
"""

from __future__ import annotations

import hashlib
import html
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field, model_validator

from bench.relevance import KINDS, JudgedQuery, RelevanceSet
from indexer.archive.reader import FetchedDocument
from indexer.extract.core import _file_document, extract_documents
from indexer.ingest.dedup import link_near_duplicates
from indexer.models import Page
from indexer.query.parse import PASSAGE_WORDS

REPO = Path(__file__).resolve().parent.parent
REAL_RELEVANCE_FILE = Path(__file__).resolve().parent / "real_relevance.json"
SAMPLES = Path(os.environ.get("BULLETIN_SAMPLES") or REPO.parent / "shared" / "samples")
ENV_VAR = "BULLETIN_REAL_PAGES"
DEFAULT_EXTRA = REPO.parent / "real-pages"  # beside the checkout, when the variable is unset
EXTRA_SOURCES = Path(__file__).resolve().parent / "data" / "real_pages_sources.json"


def source_dirs() -> dict[str, tuple[Path, str]]:
    """Source name -> (folder, file pattern), for the folders present here."""
    dirs = {
        "legal": (SAMPLES / "legal", "*.json"),
        "real": (SAMPLES / "real", "*.html"),
        "pages": (SAMPLES / "pages", "*.txt"),
    }
    extra = os.environ.get(ENV_VAR)
    dirs["extra"] = (Path(extra) if extra else DEFAULT_EXTRA, "*.html")
    return {name: spec for name, spec in dirs.items() if spec[0].is_dir()}


def extra_sources() -> list[dict]:
    """Each extra page's file name, repository, path, commit, sha256 and size."""
    return json.loads(EXTRA_SOURCES.read_text(encoding="utf-8"))["pages"]


def extra_check(folder: Path | None = None) -> dict[str, list[str]]:
    """The extra pages recorded in `real_pages_sources.json` that `folder` (the extra
    folder by default) lacks, and those whose bytes differ from the recorded sha256."""
    folder = folder or source_dirs().get("extra", (DEFAULT_EXTRA, ""))[0]
    missing, differing = [], []
    for source in extra_sources():
        path = folder / source["file"]
        if not path.is_file():
            missing.append(source["file"])
        elif hashlib.sha256(path.read_bytes()).hexdigest() != source["sha256"]:
            differing.append(source["file"])
    return {"missing": missing, "differing": differing}


@dataclass
class RealCorpus:
    """The extracted pages and the key (`legal/ThuVienPhapLuat-289095.json`) of each."""

    pages: list[Page]
    url_of: dict[str, str]  # key -> page URL
    quarantined: list[str] = field(default_factory=list)

    def describe(self) -> dict:
        sources: dict[str, int] = {}
        for key in self.url_of:
            sources[key.split("/")[0]] = sources.get(key.split("/")[0], 0) + 1
        return {"pages": len(self.pages), "by_source": sources,
                "quarantined": self.quarantined, "extra_pages": extra_check()}


def _legal_document(path: Path) -> tuple[FetchedDocument, dict]:
    record = json.loads(path.read_text(encoding="utf-8"))
    title = html.escape(record.get("title") or "")
    paragraphs = "".join(f"<p>{html.escape(line)}</p>\n"
                         for line in record["text"].splitlines() if line.strip())
    body = (f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>"
            f"<article><h1>{title}</h1>\n{paragraphs}</article></body></html>")
    doc = FetchedDocument(url=record["url"], body=body.encode("utf-8"),
                          content_type="text/html")
    return doc, record


def load_corpus() -> RealCorpus:
    """Every real page present here, extracted as the indexer would, near-duplicates linked."""
    docs: list[tuple[str, FetchedDocument, dict | None]] = []
    for name, (folder, pattern) in source_dirs().items():
        for path in sorted(folder.glob(pattern)):
            key = f"{name}/{path.name}"
            if name == "legal":
                doc, record = _legal_document(path)
                docs.append((key, doc, record))
            else:
                docs.append((key, _file_document(path, path.read_bytes()), None))
    by_url = {doc.url: (key, record) for key, doc, record in docs}
    pages: list[Page] = []
    url_of: dict[str, str] = {}
    quarantined: list[str] = []
    for result in extract_documents([doc for _, doc, _ in docs]):
        if not isinstance(result, Page):
            quarantined.append(f"{result.source}: {result.stage}: {result.reason}")
            continue
        key, record = by_url[result.url]
        if record is not None and record.get("date"):  # the database's date
            result = result.model_copy(update={"published": record["date"]})
            result.content_hash = result.compute_hash()
        pages.append(result)
        url_of[key] = result.url
    link_near_duplicates(pages)
    return RealCorpus(pages=pages, url_of=url_of, quarantined=quarantined)


def index_corpus(store, embedder, corpus: RealCorpus) -> None:
    """Chunk, embed and store the corpus's pages (one commit)."""
    from indexer.ingest.pipeline import IndexSummary, write_pages

    write_pages(store, embedder, corpus.pages, IndexSummary())
    store.commit()
    store.set_embedding_model(embedder.model_id)


# --- the judged queries ---------------------------------------------------------------------


class PassageFrom(BaseModel):
    """A query that is a passage of a page: its words [start_word, start_word + words)."""

    page: str
    start_word: int = Field(ge=0)
    words: int = Field(ge=PASSAGE_WORDS)


class RealQuery(BaseModel):
    """One judged query over the real pages: who wrote it and why its answers are right."""

    id: str
    kind: str
    query: str | None = None
    passage_from: PassageFrom | None = None
    relevant: list[str] = Field(min_length=1)  # page keys
    exclude: list[str] = Field(default_factory=list)
    author: str = Field(min_length=1)
    why: str = Field(min_length=1)

    @model_validator(mode="after")
    def _one_text(self) -> RealQuery:
        if (self.query is None) == (self.passage_from is None):
            raise ValueError(f"{self.id}: give either query or passage_from")
        if self.kind not in KINDS:
            raise ValueError(f"{self.id}: unknown kind {self.kind!r}")
        return self

    def pages(self) -> set[str]:
        """Every page key the query needs."""
        own = {self.passage_from.page} if self.passage_from else set()
        return {*self.relevant, *self.exclude, *own}


class RealRelevanceSet(BaseModel):
    k: int = 10
    queries: list[RealQuery]


def load_real_relevance(path: Path = REAL_RELEVANCE_FILE) -> RealRelevanceSet:
    """The judged real-text queries (ids unique, kinds known)."""
    data = RealRelevanceSet.model_validate(json.loads(path.read_text(encoding="utf-8")))
    ids = [q.id for q in data.queries]
    if len(ids) != len(set(ids)):
        raise ValueError(f"bad relevance file {path}: a query id appears twice")
    return data


def resolve(query: RealQuery, corpus: RealCorpus, texts: dict[str, str]) -> JudgedQuery | None:
    """The query over this corpus (page keys -> URLs, a passage read from its page), or None
    when one of its pages is not present here."""
    if not query.pages() <= corpus.url_of.keys():
        return None
    text = query.query
    if query.passage_from is not None:
        source = query.passage_from
        words = texts[corpus.url_of[source.page]].split()
        text = " ".join(words[source.start_word: source.start_word + source.words])
    return JudgedQuery(id=query.id, kind=query.kind, query=text,
                       relevant=[corpus.url_of[k] for k in query.relevant],
                       exclude=[corpus.url_of[k] for k in query.exclude])


def real_halves(relevance: RealRelevanceSet, corpus: RealCorpus
                ) -> tuple[RelevanceSet, RelevanceSet, list[str]]:
    """(tuning half, held-out half, ids of queries skipped here): split on the whole file
    first (`quality.halves`), so a missing folder never moves a query to the other half."""
    from bench.quality import halves

    texts = {page.url: page.text for page in corpus.pages}
    tune, held_out = halves(relevance.queries)
    skipped: list[str] = []

    def subset(queries: list[RealQuery]) -> RelevanceSet:
        resolved = []
        for query in queries:
            judged = resolve(query, corpus, texts)
            if judged is None:
                skipped.append(query.id)
            else:
                resolved.append(judged)
        return RelevanceSet(k=relevance.k, queries=resolved)

    return subset(tune), subset(held_out), skipped


def evaluate_real_halves(service, corpus: RealCorpus,
                         relevance: RealRelevanceSet | None = None) -> dict:
    """MRR@k and Recall@k per mode and kind on the tuning and the held-out half of the real
    set, hybrid against its better part on each, and the corpus and queries they were
    measured on."""
    from bench.metrics import hybrid_against_parts
    from bench.quality import evaluate

    relevance = relevance or load_real_relevance()
    tune, held_out, skipped = real_halves(relevance, corpus)
    same_as = {p.url: by_id[p.duplicate_of].url for by_id in [{q.page_id: q for q in corpus.pages}]
               for p in corpus.pages if p.duplicate_of in by_id}
    result: dict = {"corpus": corpus.describe(), "skipped": skipped}
    for name, subset in (("tune", tune), ("held_out", held_out)):
        if subset.queries:
            evaluation = evaluate(service, subset, same_as=same_as)
            result[name] = evaluation["modes"]
            result[f"{name}_hybrid_against_parts"] = hybrid_against_parts(
                evaluation["per_query"])
    return result
