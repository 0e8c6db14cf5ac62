"""Embedding throughput on a fixed set of 256-token Vietnamese passages, per backend.

The passages are consecutive, non-overlapping windows of the demo pages' text (sorted by
URL), each cut to `tokens` model tokens with its "passage: " prompt and special tokens, so
every run and every backend embeds exactly the same work.
"""

from __future__ import annotations

import inspect
import re
import time
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from bench.timing import measure, rate
from indexer.models import Page

WINDOW_WORDS = 180  # without a tokenizer (cheap vectors): about 256 tokens of Vietnamese
_WORDS = re.compile(r"\S+")


def load_tokenizer(folder: Path | None):
    """The model folder's fast tokenizer (`tokenizers`), or None where it has none."""
    if folder is None or not (folder / "tokenizer.json").is_file():
        return None
    from tokenizers import Tokenizer

    return Tokenizer.from_file(str(folder / "tokenizer.json"))


def _stream(pages: Sequence[Page]) -> str:
    texts = [p.text.strip() for p in sorted(pages, key=lambda p: p.url) if p.text.strip()]
    if not texts:
        raise ValueError("no page text to cut benchmark passages from")
    return "\n".join(texts)


def fixed_passages(
    pages: Sequence[Page], count: int, *, tokenizer=None, tokens: int = 256, prompt: str = ""
) -> tuple[list[str], float | None]:
    """`count` consecutive windows of the pages' text and their mean token count.

    With a tokenizer each window holds `tokens` tokens once the prompt and the special
    tokens are added (the mean is reported); without one, WINDOW_WORDS words (mean None).
    """
    if count < 1:
        raise ValueError(f"need at least one passage, got {count}")
    text = _stream(pages)
    if tokenizer is None:
        words = _WORDS.findall(text)
        windows = [" ".join(words[i : i + WINDOW_WORDS])
                   for i in range(0, len(words) - WINDOW_WORDS + 1, WINDOW_WORDS)]
        if len(windows) < count:
            raise ValueError(f"the demo text holds {len(windows)} passages, {count} wanted")
        return windows[:count], None
    offsets = tokenizer.encode(text, add_special_tokens=False).offsets
    windows: list[str] = []
    lengths: list[int] = []
    start = 0
    span = tokens - 4  # a first guess; corrected below by the true count
    while len(windows) < count:
        for _ in range(3):
            end = min(start + span, len(offsets))
            window = text[offsets[start][0] : offsets[end - 1][1]]
            length = len(tokenizer.encode(prompt + window).ids)
            if length == tokens or end == len(offsets):
                break
            span += tokens - length
        if end == len(offsets) and length < tokens:
            raise ValueError(f"the demo text holds {len(windows)} passages, {count} wanted")
        windows.append(window)
        lengths.append(length)
        start = end
    return windows, round(float(np.mean(lengths)), 1)


def throughput(embedder, passages: Sequence[str], *, batch_size: int = 32) -> tuple[dict,
                                                                                   np.ndarray]:
    """passages/s of `embedder` (no cache) on `passages`, after a two-passage warm-up."""
    embedder.encode_passages(list(passages[:2]), batch_size=batch_size)
    with measure() as section:
        vectors = embedder.encode_passages(list(passages), batch_size=batch_size)
    figures = {
        "passages": len(passages),
        "batch_size": batch_size,
        "passages_per_s": rate(len(passages), section.seconds),
        **section.as_dict(),
    }
    return figures, vectors


FP32_NAMES = ("torch", "fp32")  # what `indexer.embedding.embedder` may call its fp32 backend
ALIASES = ("auto", "default")  # choices that pick one of the others


def backend_choices() -> tuple[str | None, list[str]]:
    """(the fp32 backend's name, the other backends) that `indexer.embedding.embedder` offers.

    Read from its `BACKENDS` and the `backend=` parameter of `Embedder`; an embedder without
    them is fp32 only: (None, []).
    """
    import indexer.embedding.embedder as embedding

    names = [str(n) for n in getattr(embedding, "BACKENDS", ())]
    if not names or "backend" not in inspect.signature(embedding.Embedder).parameters:
        return None, []
    fp32 = next((n for n in names if n in FP32_NAMES), None)
    return fp32, [n for n in names if n not in FP32_NAMES and n not in ALIASES]


class EncoderEmbedder:
    """A bare quantized encoder (`encode(texts, kind, batch)`) with the embedder's methods.

    Lets the benchmark measure an int8 copy that the app refuses because it failed its
    fidelity gate: how far it is from passing, and what it would gain.
    """

    MODEL_BATCH = 8  # what `indexer.embedding.embedder` runs on CPU

    def __init__(self, encoder) -> None:
        self.encoder = encoder

    def encode_passages(self, texts: Sequence[str], batch_size: int = 32) -> np.ndarray:
        return self.encoder.encode(list(texts), "document", min(batch_size, self.MODEL_BATCH))

    def encode_query(self, text: str) -> np.ndarray:
        return self.encoder.encode([text], "query", 1)[0]


def ungated_copy(backend: str, folder: Path | None) -> tuple[EncoderEmbedder, dict]:
    """The int8 copy behind `backend` in `folder`, run directly, and its gate report."""
    import json

    from indexer.embedding import quantized

    copy = quantized.copy_for(backend)
    if folder is None or not (folder / copy.model_file).is_file():
        raise FileNotFoundError(f"no {backend} copy in the model folder {folder}")
    try:
        gate = json.loads((folder / copy.gate_file).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        gate = None
    make = quantized.OpenVinoInt8Encoder if copy.runtime == "openvino" else \
        quantized.OnnxInt8Encoder
    return EncoderEmbedder(make(folder)), {"gate": gate}


def compare_backends(
    reference, reference_vectors: np.ndarray, passages: Sequence[str], queries: Sequence[str],
    make: Callable[[str], tuple[object, dict]], names: Sequence[str],
) -> dict:
    """passages/s, cosine to fp32 and top-1 agreement for each backend in `names`.

    `make(name)` gives the backend's embedder and facts to report with it. Top-1
    agreement: for each query, whether the backend's nearest passage (its query vector
    against its passage vectors) is fp32's nearest passage.
    """
    fp32_queries = np.stack([reference.encode_query(q) for q in queries])
    fp32_top = np.argmax(fp32_queries @ reference_vectors.T, axis=1)
    out: dict[str, dict] = {}
    for name in names:
        started = time.perf_counter()
        try:
            embedder, facts = make(name)
            figures, vectors = throughput(embedder, passages)
            backend_queries = np.stack([embedder.encode_query(q) for q in queries])
        except Exception as exc:  # noqa: BLE001 - a failing backend is reported, not fatal
            out[name] = {"error": f"{type(exc).__name__}: {exc}"}
            continue
        cosines = np.sum(vectors * reference_vectors, axis=1)
        top = np.argmax(backend_queries @ vectors.T, axis=1)
        out[name] = {
            **facts,
            **figures,
            "cosine_to_fp32_mean": round(float(cosines.mean()), 5),
            "cosine_to_fp32_min": round(float(cosines.min()), 5),
            "top1_agreement": round(float(np.mean(top == fp32_top)), 4),
            "queries": len(queries),
            "wall_seconds": round(time.perf_counter() - started, 2),
        }
    return out
