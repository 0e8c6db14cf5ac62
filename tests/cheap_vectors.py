"""A deterministic stand-in for the embedding model: hashed bag of folded words and word pairs.

Texts sharing words get close vectors, so store and query tests exercise real vector
search in milliseconds, with no model to build. Same interface as
`indexer.embedding.embedder.Embedder`
where tests need it: `model_id`, `dim`, `encode_passages`, `encode_query`, `passages_embedded`.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from indexer.parsing.textnorm import fold

_WORD = re.compile(r"\w+")


class HashEmbedder:
    """Hashed bag-of-words vectors (L2-normalised float32); never all-zero."""

    def __init__(self, dim: int = 64, model_id: str | None = None) -> None:
        self.dim = dim
        self.model_id = model_id or f"cheap-hash-{dim}"
        self.passages_embedded = 0

    def _vector(self, text: str) -> np.ndarray:
        words = _WORD.findall(fold(text))
        features = words + [f"{a} {b}" for a, b in zip(words, words[1:], strict=False)]
        vector = np.zeros(self.dim, dtype=np.float32)
        vector[0] = 1e-3  # keeps an empty text's vector defined
        for feature in features:
            digest = hashlib.blake2b(feature.encode("utf-8"), digest_size=8).digest()
            slot = int.from_bytes(digest[:4], "big") % self.dim
            vector[slot] += 1.0 if digest[4] & 1 else -1.0
        return vector / np.linalg.norm(vector)

    def encode_passages(self, texts: list[str], **_: object) -> np.ndarray:
        self.passages_embedded += len(texts)
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self._vector(t) for t in texts])

    def encode_query(self, text: str) -> np.ndarray:
        return self._vector(text)
