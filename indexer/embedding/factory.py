"""The configured embedding model, opened with its passage cache under the data directory."""

from __future__ import annotations

import contextlib
import json
from pathlib import Path

from indexer.config import DEFAULT_MODEL, Settings
from indexer.embedding.embedder import Embedder
from indexer.embedding.passage_cache import PassageCache

DEFAULT_MODEL_DIM = 384  # multilingual-e5-small


def open_embedder(settings: Settings) -> Embedder:
    """The model named by `settings.model`, on `settings.device`, with the passage cache."""
    settings.models_dir.mkdir(parents=True, exist_ok=True)
    cache = PassageCache(settings.models_dir / "passage-cache.sqlite")
    return Embedder(
        settings.model,
        models_dir=settings.models_dir,
        device=settings.device,
        cache=cache,
        backend=settings.embed_backend,
    )


def model_dimension(settings: Settings) -> int:
    """The length of the configured model's vectors, read from its saved pooling config
    when the folder is here (no model load), known for the default model, otherwise asked
    of the model itself."""
    name = settings.model
    folder = settings.models_dir / name if name == DEFAULT_MODEL else Path(name).expanduser()
    try:
        saved = json.loads((folder / "1_Pooling" / "config.json").read_text(encoding="utf-8"))
        return int(saved.get("embedding_dimension") or saved["word_embedding_dimension"])
    except (OSError, ValueError, KeyError, TypeError):
        pass
    if name == DEFAULT_MODEL:
        # Not built yet: its size is known, and reading an archive must not build a model.
        return DEFAULT_MODEL_DIM
    return open_embedder(settings).dim


def load_runtimes() -> None:
    """Load the OpenVINO runtime before any store: once usearch is loaded in a process,
    OpenVINO fails to read a model ("Exception from src/inference/src/cpp/core.cpp",
    measured), so a process that opens the store before the model loads it first."""
    with contextlib.suppress(ImportError):
        import openvino  # noqa: F401

