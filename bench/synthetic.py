"""Synthetic corpora for latency at scale, recombined from real Vietnamese text.

Texts: paragraphs of the indexed demo pages and of real legal documents
(`bench/data/legal_texts.json`), recombined into new pages of one to three passages.
Vectors: embedding every synthetic passage with the model would take hours here, so only a
sample is embedded for real (the demo passages and a spread of legal paragraphs); each
synthetic passage gets the normalised mean of its paragraphs' real vectors plus Gaussian
noise. The vectors thus cluster the way real ones do, which is what HNSW cost depends on.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

import numpy as np

from indexer.ingest.pipeline import page_passages
from indexer.models import Citation, Page, Passage, page_id_for
from indexer.parsing.textnorm import nfc

LEGAL_TEXTS = Path(__file__).resolve().parent / "data" / "legal_texts.json"
NOISE_NORM = 0.3  # cosine of a noisy vector to its clean mean is about 0.96
MIN_PARAGRAPH_WORDS = 12
PASSAGE_WORDS = 110  # paragraphs are joined until a passage holds at least this many words
MAX_PARAGRAPHS = 4
PASSAGES_PER_PAGE = (1, 2, 2, 3)  # about 320 words per page, like the demo articles
PROVINCES = (
    "Kon Tum", "Đắk Nông", "Thừa Thiên Huế", "Hà Giang", "Lạng Sơn", "Nghệ An",
    "Quảng Trị", "Quảng Nam", "Tiền Giang", "Cà Mau", "Thanh Hóa", "Nam Định",
)
AGENCIES = ("Sở Nội vụ", "Sở Tư pháp", "Ban Dân tộc", "Văn phòng UBND", "Sở Y tế")
FIRST_DAY, DAYS = date(2015, 1, 1), 3800
_WORDS = re.compile(r"\S+")


@dataclass(frozen=True)
class Paragraph:
    text: str
    words: int
    source: int  # index into the sources' titles and numbers
    vector: int  # row of the real base vector standing for this paragraph


@dataclass
class TextPool:
    """Real paragraphs, their sources, and the real vectors they are given."""

    paragraphs: list[Paragraph]
    titles: list[str]
    numbers: list[list[str]]
    vectors: np.ndarray
    demo_passages: int
    legal_paragraphs_embedded: int

    def describe(self, model_id: str) -> str:
        return (
            f"texts: {len(self.paragraphs)} real paragraphs ({len(self.titles)} sources: demo "
            "pages and legal documents) recombined into new pages; vectors: real "
            f"{model_id} embeddings of {self.demo_passages} demo passages and "
            f"{self.legal_paragraphs_embedded} sampled legal paragraphs, and for every synthetic "
            "passage the normalised mean of its paragraphs' real vectors plus Gaussian noise "
            f"(norm {NOISE_NORM}): cheap vectors, not model output"
        )


def split_paragraphs(text: str) -> list[tuple[int, str]]:
    """(offset, paragraph) for every line block of at least MIN_PARAGRAPH_WORDS words."""
    found = []
    for match in re.finditer(r"[^\n]+", text):
        chunk = match.group().strip()
        if len(_WORDS.findall(chunk)) >= MIN_PARAGRAPH_WORDS:
            found.append((match.start(), chunk))
    return found


def load_legal_texts(path: Path = LEGAL_TEXTS) -> list[dict]:
    """The vendored legal documents: title, document_number, text."""
    try:
        documents = json.loads(path.read_text(encoding="utf-8"))["documents"]
    except (OSError, ValueError, KeyError) as exc:
        raise ValueError(f"cannot read the legal sample texts {path}: {exc}") from exc
    if not documents:
        raise ValueError(f"{path} holds no documents")
    return documents


def build_pool(
    pages: Sequence[Page], embedder, *, legal_sample: int, legal_path: Path = LEGAL_TEXTS
) -> TextPool:
    """Paragraphs of the demo pages and legal texts, each tied to a real vector.

    A demo paragraph takes the vector of the demo passage it starts in (cached from
    indexing). Legal documents get `legal_sample` evenly spread paragraphs embedded; every
    other legal paragraph takes the vector of the last sampled paragraph before it.
    """
    paragraphs: list[Paragraph] = []
    titles: list[str] = []
    numbers: list[list[str]] = []
    blocks: list[np.ndarray] = []
    rows = 0
    for page in pages:
        passages = page_passages(page)
        if not passages:
            continue
        vectors = embedder.encode_passages([p.text for p in passages])
        source = len(titles)
        titles.append(page.title or "")
        numbers.append(sorted({c.number for c in page.citations}))
        for offset, chunk in split_paragraphs(page.text):
            inside = [i for i, p in enumerate(passages) if p.start <= offset] or [0]
            paragraphs.append(Paragraph(chunk, len(_WORDS.findall(chunk)), source,
                                        rows + inside[-1]))
        blocks.append(vectors)
        rows += len(passages)
    demo_passages = rows

    legal = [(doc, split_paragraphs(nfc(doc["text"]))) for doc in load_legal_texts(legal_path)]
    total = sum(len(chunks) for _, chunks in legal)
    step = max(1, math.ceil(total / max(1, legal_sample)))
    sampled_texts: list[str] = []
    for doc, chunks in legal:
        if not chunks:
            continue
        source = len(titles)
        titles.append(doc["title"])
        number = doc.get("document_number") or ""
        numbers.append([number] if "/" in number else [])
        for i, (_, chunk) in enumerate(chunks):
            if i % step == 0:
                sampled_texts.append(chunk)
            row = rows + len(sampled_texts) - 1
            paragraphs.append(Paragraph(chunk, len(_WORDS.findall(chunk)), source, row))
    if sampled_texts:
        blocks.append(embedder.encode_passages(sampled_texts))
    if not paragraphs:
        raise ValueError("no paragraphs to build a synthetic corpus from")
    return TextPool(paragraphs, titles, numbers, np.vstack(blocks).astype(np.float32),
                    demo_passages, len(sampled_texts))


class SyntheticCorpus:
    """Deterministic batches of synthetic pages with passages and vectors."""

    def __init__(self, pool: TextPool, size: int, *, seed: int = 8, label: str = "synthetic"):
        if size < 1:
            raise ValueError(f"corpus size must be at least 1, got {size}")
        self.pool = pool
        self.size = size
        self.seed = seed
        self.label = label

    def batches(self, batch_size: int = 1000) -> Iterator[tuple[list[Page], list[Passage],
                                                                np.ndarray]]:
        rng = np.random.default_rng(self.seed)
        for start in range(0, self.size, batch_size):
            count = min(batch_size, self.size - start)
            yield self._batch(rng, start, count)

    def _batch(self, rng: np.random.Generator, start: int, count: int):
        pages: list[Page] = []
        passages: list[Passage] = []
        mixes: list[list[int]] = []
        for number in range(start, start + count):
            url = f"http://{self.label}.localhost/{self.size}/{number}.html"
            page_id = page_id_for(url)
            chunks: list[list[Paragraph]] = []
            for _ in range(int(rng.choice(PASSAGES_PER_PAGE))):
                chunks.append(self._passage_paragraphs(rng))
            texts = ["\n".join(p.text for p in chunk) for chunk in chunks]
            text = "\n\n".join(texts)
            offset = 0
            for ordinal, (chunk, body) in enumerate(zip(chunks, texts, strict=True)):
                passages.append(Passage(passage_id=f"{page_id}:{ordinal}", page_id=page_id,
                                        ordinal=ordinal, text=body, start=offset,
                                        end=offset + len(body)))
                mixes.append([p.vector for p in chunk])
                offset += len(body) + 2
            pages.append(self._page(rng, url, page_id, text, chunks))
        return pages, passages, self._vectors(rng, mixes)

    def _passage_paragraphs(self, rng: np.random.Generator) -> list[Paragraph]:
        chosen: list[Paragraph] = []
        words = 0
        while words < PASSAGE_WORDS and len(chosen) < MAX_PARAGRAPHS:
            paragraph = self.pool.paragraphs[int(rng.integers(len(self.pool.paragraphs)))]
            chosen.append(paragraph)
            words += paragraph.words
        return chosen

    def _page(self, rng, url: str, page_id: str, text: str, chunks) -> Page:
        pool = self.pool
        sources = [p.source for chunk in chunks for p in chunk]
        province = PROVINCES[int(rng.integers(len(PROVINCES)))]
        agency = f"{AGENCIES[int(rng.integers(len(AGENCIES)))]} tỉnh {province}"
        day = FIRST_DAY + timedelta(days=int(rng.integers(DAYS)))
        cited = sorted({n for s in sources for n in pool.numbers[s]})
        page = Page(
            page_id=page_id, url=url, site=f"{self.label}.localhost",
            title=pool.titles[sources[0]][:200], published=day.isoformat(),
            province=province, agency=agency, text=text,
            citations=[Citation(number=n) for n in cited],
        )
        page.content_hash = page.compute_hash()
        return page

    def _vectors(self, rng: np.random.Generator, mixes: list[list[int]]) -> np.ndarray:
        base = self.pool.vectors
        mean = np.stack([base[rows].mean(axis=0) for rows in mixes])
        mean /= np.linalg.norm(mean, axis=1, keepdims=True)
        noise = rng.standard_normal(mean.shape).astype(np.float32)
        noise *= NOISE_NORM / math.sqrt(mean.shape[1])
        vectors = mean + noise
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        return vectors.astype(np.float32)
