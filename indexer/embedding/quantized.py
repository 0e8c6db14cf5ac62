"""Int8 copies of the default model for CPU: built offline, gated against fp32, and run.

Two runtimes, each a copy inside the model folder with its own fidelity report:

- "openvino": OpenVINO with static int8 quantisation by nncf, calibrated on passages, titles
  and topic lines of half of the demo articles (our own text: nothing is downloaded), shipped
  as package data (`GATE_SET_FILE`, written by `python -m demo.gate_set`).
- "int8": ONNX Runtime with fused BERT ops, int8 weights and per-batch activation scales.

Both run the same graph: the BERT encoder, then mean pooling and L2 normalisation. A copy is
used only if its report says it passed the gate (`fidelity_gate`) against fp32 on text it was
not calibrated on: every held-out passage and query vector at cosine >= MIN_COSINE, and every
query's top-1 page kept (up to fp32's own near-ties).

Just over 500 lines: the gate set, the gate and both runtimes' builders share the
`Vectors`/`GateSet` types and are changed together.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
import threading
import time
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

import numpy as np

from indexer.embedding.e5_tokenizer import MAX_TOKENS, PROMPTS, fast_normaliser

if TYPE_CHECKING:
    from transformers import PreTrainedTokenizerBase

log = logging.getLogger(__name__)

MIN_COSINE = 0.99
# Cosines bunch in 0.83-0.92 and int8 moves a score by a few thousandths: two pages fp32
# scores closer than this are a tie, and an int8 copy may rank either first.
TIE_MARGIN = 0.005
# The demo articles' part of the gate set (package data), written by `demo/gate_set.py`.
GATE_SET_FILE = Path(__file__).resolve().parent / "data" / "gate_set.json"


@dataclass(frozen=True)
class QuantizedCopy:
    """One int8 copy of the model: where it lives in the folder and what runs it."""

    backend: str  # the `Embedder` backend name
    model_file: str  # relative to the model folder
    gate_file: str
    runtime: str  # the package that runs it
    id_suffix: str  # appended to the model id: its vectors are not fp32's

    def gate_passed(self, folder: Path | None) -> bool:
        """Whether `folder` holds this copy and its gate report says it passed."""
        if folder is None or not (folder / self.model_file).is_file():
            return False
        try:
            return bool(json.loads((folder / self.gate_file).read_text()).get("passed"))
        except (OSError, ValueError):
            return False


OPENVINO_INT8 = QuantizedCopy("openvino", "openvino/model_int8.xml", "openvino/int8_gate.json",
                              "openvino", "+ov-int8")
ONNX_INT8 = QuantizedCopy("int8", "onnx/model_int8.onnx", "onnx/int8_gate.json",
                          "onnxruntime", "+int8")
# Fastest first (2 cores, 256-token passages; figures in STACK.md): "auto" takes the first
# copy that passed its gate and whose runtime is installed.
COPIES = (OPENVINO_INT8, ONNX_INT8)
COPY_DIRS = frozenset(Path(c.model_file).parts[0] for c in COPIES)


def copy_for(backend: str) -> QuantizedCopy:
    """The copy behind an `Embedder` backend name."""
    for copy in COPIES:
        if copy.backend == backend:
            return copy
    raise ValueError(f"no int8 copy is called {backend!r}")


# --- running a copy ---------------------------------------------------------------------------


class _Int8Encoder:
    """Tokenises like the fp32 folder (prompt, fast normaliser), runs a pooled int8 graph.

    Tokenising and running share a lock: a fast tokenizer set to pad and truncate must not be
    entered by two threads at once (the UI serves several sessions from one encoder).
    """

    def __init__(self, folder: Path) -> None:
        from transformers import AutoTokenizer

        self.folder = folder
        self.tokenizer: PreTrainedTokenizerBase = AutoTokenizer.from_pretrained(str(folder))
        self.translate = fast_normaliser(self.tokenizer, folder)
        self.prompts = PROMPTS
        self._lock = threading.Lock()
        self.dim = 0

    def _run(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        raise NotImplementedError

    def encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray:
        """L2-normalised vectors of `texts` ("document" or "query"), `batch_size` at a time."""
        prompt = self.prompts[kind]
        if self.translate is not None:
            texts = [t.translate(self.translate) for t in texts]
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for start in range(0, len(texts), batch_size):
            batch = [prompt + t for t in texts[start : start + batch_size]]
            with self._lock:
                tokens = self.tokenizer(batch, padding=True, truncation=True,
                                        max_length=MAX_TOKENS, return_tensors="np")
                out[start : start + len(batch)] = self._run(
                    tokens["input_ids"].astype(np.int64),
                    tokens["attention_mask"].astype(np.int64))
        # The graph normalises too; again here because int8 rounding leaves norms near 1.
        out /= np.linalg.norm(out, axis=1, keepdims=True)
        return out


class OnnxInt8Encoder(_Int8Encoder):
    """The ONNX Runtime copy, CPU.

    Activations are quantised per batch, so a passage's vector shifts slightly (cosine about
    0.997) with the other passages of its batch; the passage cache keeps re-runs stable.
    """

    def __init__(self, folder: Path, model_path: Path | None = None) -> None:
        import onnxruntime

        super().__init__(folder)
        self.session = onnxruntime.InferenceSession(
            str(model_path or folder / ONNX_INT8.model_file), providers=["CPUExecutionProvider"])
        self.dim = int(self.session.get_outputs()[0].shape[1])

    def _run(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        feeds = {"input_ids": input_ids, "attention_mask": attention_mask}
        return self.session.run(None, feeds)[0]


def cpu_has_amx() -> bool:
    """Whether this CPU has AMX tiles (Linux flags), where bf16 beats f32 on the non-int8 ops."""
    try:
        with open("/proc/cpuinfo", encoding="ascii", errors="replace") as handle:
            return any(line.startswith("flags") and " amx_bf16" in line for line in handle)
    except OSError:
        return False


def openvino_precision(folder: Path) -> str:
    """The precision OpenVINO runs the copy's float (non-int8) ops in here: "bf16" on a CPU
    with AMX if the copy was gated in bf16 too, else "f32".

    Without AMX, OpenVINO's own default on bf16-capable CPUs (bf16) is slower than f32.
    """
    try:
        checks = json.loads((folder / OPENVINO_INT8.gate_file).read_text()).get("checks", {})
    except (OSError, ValueError):
        checks = {}
    gated = checks.get("bf16", {}).get("passed", False)
    return "bf16" if gated and cpu_has_amx() else "f32"


class OpenVinoInt8Encoder(_Int8Encoder):
    """The OpenVINO copy (static int8 from nncf), CPU.

    Activation scales are fixed at build time, so a passage's vector barely depends on its
    batch (cosine >= 0.9999 alone or batched). Runs in bf16 and in f32 differ as little
    (0.9998) and both are gated against fp32, so they share one model id.
    """

    def __init__(self, folder: Path, model_path: Path | None = None,
                 precision: str | None = None) -> None:
        import openvino

        super().__init__(folder)
        self.precision = precision or openvino_precision(folder)
        compiled = openvino.Core().compile_model(
            str(model_path or folder / OPENVINO_INT8.model_file), "CPU",
            {"INFERENCE_PRECISION_HINT": self.precision, "PERFORMANCE_HINT": "LATENCY"})
        self.request = compiled.create_infer_request()
        self.dim = int(compiled.outputs[0].get_partial_shape()[1].get_length())

    def _run(self, input_ids: np.ndarray, attention_mask: np.ndarray) -> np.ndarray:
        result = self.request.infer({"input_ids": input_ids, "attention_mask": attention_mask})
        return np.array(result[0], dtype=np.float32)


# --- the gate set -----------------------------------------------------------------------------

# Built-in topics, one clear best passage per query: held out everywhere, and the whole gate
# where the gate set file is absent.
GATE_PASSAGES = [
    "Ban Chỉ đạo phòng, chống dịch Covid-19 tỉnh yêu cầu các địa phương tăng cường cách ly, "
    "xét nghiệm và tiêm vắc-xin cho người dân.",
    "Các huyện miền núi khẩn trương sơ tán hộ dân ở vùng có nguy cơ sạt lở đất, lũ quét trong "
    "mùa mưa bão.",
    "UBND tỉnh ban hành bảng giá đất áp dụng từ năm 2020 đến năm 2024 trên địa bàn tỉnh.",
    "Sở Giáo dục và Đào tạo hướng dẫn tổ chức kỳ thi tốt nghiệp trung học phổ thông bảo đảm an "
    "toàn, nghiêm túc.",
    "Công an tỉnh ra quân xử lý vi phạm nồng độ cồn đối với người điều khiển phương tiện giao "
    "thông.",
    "Cục Thuế triển khai hóa đơn điện tử khởi tạo từ máy tính tiền cho các cửa hàng bán lẻ.",
    "Hạt Kiểm lâm tăng cường tuần tra, phòng cháy chữa cháy rừng trong cao điểm nắng nóng.",
    "Tỉnh đẩy mạnh cải cách thủ tục hành chính, cung cấp dịch vụ công trực tuyến toàn trình.",
    "Nông dân thu hoạch lúa đông xuân đạt năng suất cao, giá lúa ổn định.",
    "Ban Dân tộc tỉnh thăm, tặng quà người có uy tín trong đồng bào dân tộc thiểu số dịp Tết.",
    "Sở Tư pháp tổ chức hội nghị phổ biến, giáo dục pháp luật cho cán bộ, công chức cấp xã.",
    "Lễ hội văn hóa du lịch thu hút hàng chục nghìn lượt khách tham quan, trải nghiệm.",
    "Tỉnh cấp giấy chứng nhận đầu tư cho dự án khu công nghiệp có tổng vốn 3.000 tỷ đồng.",
    "Bảo hiểm xã hội tỉnh vận động người dân tham gia bảo hiểm y tế hộ gia đình.",
    "Tỉnh ủy tổ chức hội nghị học tập, quán triệt nghị quyết Đại hội Đảng bộ tỉnh.",
    "Chi cục Chăn nuôi và Thú y chỉ đạo tiêu hủy lợn mắc bệnh dịch tả lợn châu Phi.",
    "Chủ tịch UBND tỉnh ký quyết định bổ nhiệm Phó Giám đốc Sở Nội vụ.",
    "Thành phố triển khai phân loại rác thải sinh hoạt tại nguồn ở các khu dân cư.",
    "Tỉnh triển khai Đề án 06 về phát triển ứng dụng dữ liệu dân cư, định danh và xác thực "
    "điện tử.",
    "Các địa phương ven biển chủ động phòng chống hạn hán, xâm nhập mặn, bảo đảm nước sinh hoạt.",
]
GATE_QUERIES = [
    "tiêm phòng và xét nghiệm dịch bệnh", "di dời dân tránh lũ quét", "giá đất giai đoạn 2020-2024",
    "thi tốt nghiệp THPT", "kiểm tra nồng độ cồn lái xe", "hóa đơn điện tử máy tính tiền",
    "phòng cháy rừng mùa khô", "dịch vụ công trực tuyến", "vụ lúa đông xuân",
    "tặng quà người có uy tín đồng bào dân tộc", "tuyên truyền pháp luật cho cán bộ xã",
    "lượng khách du lịch đến lễ hội", "dự án khu công nghiệp được cấp phép đầu tư",
    "tham gia bảo hiểm y tế", "quán triệt nghị quyết đại hội đảng", "dịch tả lợn châu Phi",
    "bổ nhiệm lãnh đạo sở", "phân loại rác tại nguồn", "định danh điện tử dữ liệu dân cư",
    "hạn mặn thiếu nước sinh hoạt",
]


@dataclass(frozen=True)
class Search:
    """Queries over passages; `pages[i]` is the page passage i belongs to (hits are pages)."""

    queries: list[str]
    passages: list[str]
    pages: list[str]


@dataclass(frozen=True)
class GateSet:
    """Texts to calibrate and to gate an int8 copy; calibration and held-out never overlap."""

    calibration: list[str]  # passages
    calibration_queries: list[str]  # query-like: the same articles' titles and topics
    held_out: list[str]  # must keep their fp32 direction
    searches: list[Search]  # must keep their fp32 top-1 page
    source: str


def load_gate_set(path: Path = GATE_SET_FILE) -> GateSet:
    """The built-in set plus the demo articles' part read from `path` (package data).

    The file holds what `python -m demo.gate_set` cut from the demo articles and their
    attachments, as the indexer cuts pages into passages: the calibration passages and
    query-like texts (titles, topic lines) of half of the articles, the held-out passages of
    the other half, and a search of `demo/queries.json` over every article passage. Held out:
    the built-in passages, then the file's. Searches: the built-in queries over the built-in
    passages, then the file's. Without the file: the built-in set only, and nothing to
    calibrate on.
    """
    held_out = list(GATE_PASSAGES)
    searches = [Search(list(GATE_QUERIES), list(GATE_PASSAGES),
                       [str(i) for i in range(len(GATE_PASSAGES))])]
    if not path.is_file():
        return GateSet([], [], held_out, searches, "built-in only")
    demo = json.loads(path.read_text(encoding="utf-8"))
    held_out += demo["held_out"]
    if demo["search"]:
        searches.append(Search(**demo["search"]))
    source = f"{demo['demo_files']} demo files + built-in" if demo["demo_files"] else \
        "built-in only"
    return GateSet(demo["calibration"], demo["calibration_queries"], held_out, searches, source)


# --- the gate ---------------------------------------------------------------------------------


class _Encoder(Protocol):
    def encode(self, texts: list[str], kind: str, batch_size: int) -> np.ndarray: ...


@dataclass
class Vectors:
    """One model's vectors of a gate set's texts: passages and queries, each text once."""

    passages: dict[str, np.ndarray]
    queries: dict[str, np.ndarray]

    @classmethod
    def of(cls, gate: GateSet, encode: Callable[[list[str], str], np.ndarray]) -> Vectors:
        passages = list(dict.fromkeys(gate.held_out + [p for s in gate.searches
                                                       for p in s.passages]))
        queries = list(dict.fromkeys(q for s in gate.searches for q in s.queries))
        return cls(dict(zip(passages, encode(passages, "document"), strict=True)),
                   dict(zip(queries, encode(queries, "query"), strict=True)))

    def scores(self, search: Search) -> np.ndarray:
        """Best passage score of each page for each query: (queries, distinct pages)."""
        sims = (np.stack([self.queries[q] for q in search.queries])
                @ np.stack([self.passages[p] for p in search.passages]).T)
        names = sorted(set(search.pages))
        column = np.array([names.index(p) for p in search.pages])
        out = np.full((len(search.queries), len(names)), -np.inf, dtype=np.float32)
        for j in range(len(names)):
            out[:, j] = sims[:, column == j].max(axis=1)
        return out


def fp32_vectors(model_dir: Path, gate: GateSet) -> Vectors:
    """The reference: the fp32 folder through sentence-transformers, as `Embedder` runs it."""
    from sentence_transformers import SentenceTransformer

    fp32 = SentenceTransformer(str(model_dir), device="cpu")

    def encode(texts: list[str], kind: str) -> np.ndarray:
        run = fp32.encode_query if kind == "query" else fp32.encode_document
        return np.asarray(run(texts, normalize_embeddings=True, batch_size=8))

    return Vectors.of(gate, encode)


def fidelity_gate(gate: GateSet, reference: Vectors, encoder: _Encoder) -> dict:
    """Compare `encoder` with fp32 (`reference`) on the gate set.

    Passes when every held-out passage and every query keeps cosine >= MIN_COSINE to its
    fp32 vector, and every query's top-1 page is fp32's top-1 page or one that fp32 scores
    within TIE_MARGIN of it: a closer fp32 call than that is below int8 rounding, so either
    page is as right (the exact agreement is reported too).
    """
    got = Vectors.of(gate, lambda texts, kind: encoder.encode(texts, kind, 8))
    cos = [float(reference.passages[t] @ got.passages[t]) for t in gate.held_out]
    cos += [float(reference.queries[q] @ got.queries[q]) for q in reference.queries]
    exact = within = total = 0
    for search in gate.searches:
        want, have = reference.scores(search), got.scores(search)
        best, pick = want.argmax(axis=1), have.argmax(axis=1)
        rows = np.arange(len(best))
        exact += int((best == pick).sum())
        within += int((want[rows, pick] >= want[rows, best] - TIE_MARGIN).sum())
        total += len(best)
    return {
        "passed": bool(min(cos) >= MIN_COSINE and within == total),
        "cosine_min": round(min(cos), 5),
        "cosine_mean": round(float(np.mean(cos)), 5),
        "top1_agreement": f"{exact}/{total}",
        "top1_agreement_within_ties": f"{within}/{total}",
        "min_cosine_required": MIN_COSINE,
        "tie_margin": TIE_MARGIN,
        "held_out_passages": len(gate.held_out),
        "gate_set": gate.source,
    }


# --- building the copies ----------------------------------------------------------------------


def export_onnx(model_dir: Path, out: Path) -> None:
    """BertModel + mean pooling + L2 normalisation as one fp32 ONNX graph."""
    import torch
    from transformers import AutoModel

    class _Pooled(torch.nn.Module):
        def __init__(self, bert: torch.nn.Module) -> None:
            super().__init__()
            self.bert = bert

        def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
            hidden = self.bert(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
            mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
            pooled = (hidden * mask).sum(1) / mask.sum(1).clamp(min=1e-9)
            return torch.nn.functional.normalize(pooled, p=2, dim=1)

    # Eager attention exports as plain ops that ONNX Runtime's BERT fusions recognise.
    bert = AutoModel.from_pretrained(str(model_dir), attn_implementation="eager").eval()
    example = torch.ones((2, 16), dtype=torch.long)
    axes = {"input_ids": {0: "batch", 1: "tokens"}, "attention_mask": {0: "batch", 1: "tokens"},
            "sentence_embedding": {0: "batch"}}
    with warnings.catch_warnings(), torch.inference_mode():
        warnings.simplefilter("ignore")  # tracer chatter about mask shapes it handles fine
        torch.onnx.export(_Pooled(bert), (example, example), str(out),
                          input_names=["input_ids", "attention_mask"],
                          output_names=["sentence_embedding"], dynamic_axes=axes,
                          opset_version=17, dynamo=False)


def quantize_onnx_runtime(model_dir: Path, fp32_onnx: Path) -> Path:
    """ONNX Runtime copy: fused BERT ops, per-channel int8 weights, dynamic activations."""
    import onnx
    from onnxruntime.quantization import QuantType, quantize_dynamic
    from onnxruntime.transformers.optimizer import optimize_model

    config = json.loads((model_dir / "config.json").read_text())
    out = model_dir / ONNX_INT8.model_file
    out.parent.mkdir(exist_ok=True)
    fused_path = fp32_onnx.with_name("fused.onnx")
    fused = optimize_model(str(fp32_onnx), model_type="bert",
                           num_heads=config["num_attention_heads"],
                           hidden_size=config["hidden_size"])
    fused.save_model_to_file(str(fused_path))
    # Fused ops hide their output types from shape inference; they are all float32.
    quantize_dynamic(str(fused_path), str(out), per_channel=True, weight_type=QuantType.QInt8,
                     extra_options={"DefaultTensorType": onnx.TensorProto.FLOAT})
    fused_path.unlink()
    return out


def quantize_openvino(model_dir: Path, fp32_onnx: Path, passages: list[str],
                      queries: list[str]) -> Path:
    """OpenVINO copy: nncf static int8 (transformer preset), activation ranges measured on
    `passages` and `queries` (with their prompts), one at a time and unpadded.

    Query-like texts matter: calibrated on passages alone, short queries drift most (cosine
    0.992 to fp32, against 0.997 with them).
    """
    import nncf
    import openvino
    from transformers import AutoTokenizer

    if not passages:
        raise ValueError(f"no calibration passages ({GATE_SET_FILE.name} is missing: "
                         "python -m demo.gate_set writes it)")
    tokenizer = AutoTokenizer.from_pretrained(str(model_dir))
    table = fast_normaliser(tokenizer, model_dir)
    samples = []
    prompted = [PROMPTS["document"] + t for t in passages] + [PROMPTS["query"] + t for t in queries]
    for text in prompted:
        tokens = tokenizer(text.translate(table) if table else text,
                           truncation=True, max_length=MAX_TOKENS, return_tensors="np")
        samples.append({"input_ids": tokens["input_ids"].astype(np.int64),
                        "attention_mask": tokens["attention_mask"].astype(np.int64)})
    model = openvino.convert_model(str(fp32_onnx))
    quantized = nncf.quantize(model, nncf.Dataset(samples), subset_size=len(samples),
                              model_type=nncf.ModelType.TRANSFORMER)
    out = model_dir / OPENVINO_INT8.model_file
    out.parent.mkdir(exist_ok=True)
    openvino.save_model(quantized, str(out))
    return out


def _runtime_version(package: str) -> str:
    try:
        return f"{package} {version(package)}"
    except PackageNotFoundError:
        return f"{package} (not installed)"


def _openvino_precisions() -> list[str]:
    """Every precision `openvino_precision` may pick on this CPU: f32, and bf16 where native."""
    import openvino

    capable = "BF16" in openvino.Core().get_property("CPU", "OPTIMIZATION_CAPABILITIES")
    return ["f32", "bf16"] if capable else ["f32"]


def _build_and_gate(copy: QuantizedCopy, model_dir: Path, build: Callable[[], dict[str, _Encoder]],
                    gate: GateSet, reference: Callable[[], Vectors], **facts: object) -> dict:
    """Build one copy, gate every encoder `build` returns for it, write its report.

    Several encoders (OpenVINO in f32 and in bf16) all have to pass; their reports go under
    "checks". A failure removes the copy and says why in the report, which is returned.
    """
    started = time.monotonic()
    folder = model_dir / Path(copy.model_file).parent
    try:
        checks = {name: fidelity_gate(gate, reference(), enc) for name, enc in build().items()}
        report: dict = {"passed": all(c["passed"] for c in checks.values()),
                        "runtime": _runtime_version(copy.runtime), **facts, "checks": checks}
    except Exception as exc:  # noqa: BLE001 - an optional speed-up never fails the build
        log.warning("%s int8 copy not built: %s", copy.backend, exc)
        shutil.rmtree(folder, ignore_errors=True)
        return {"passed": False, "error": f"{type(exc).__name__}: {exc}"[:500]}
    report["build_seconds"] = round(time.monotonic() - started, 1)
    (model_dir / copy.gate_file).write_text(json.dumps(report, indent=2))
    return report


def build_quantized_copies(
    model_dir: Path, gate: GateSet | None = None, *, every_copy: bool = False
) -> dict[str, dict]:
    """Add int8 copies to a built fp32 folder, each gated; {backend: gate report}.

    Copies are tried fastest first, and once one passes its gate the slower ones are skipped
    unless `every_copy` (to compare them): the ONNX Runtime copy is a fallback, and building
    it alone peaks above 5 GB of memory (its BERT optimiser), against 3.6 GB for the rest.
    The fp32 ONNX export is shared and deleted afterwards. A copy whose runtime is missing or
    whose build fails is left out; the folder stays usable with fp32.
    """
    model_dir = Path(model_dir)
    gate = gate or load_gate_set()
    cached: list[Vectors] = []

    def reference() -> Vectors:  # computed once, and only if a copy gets built
        if not cached:
            cached.append(fp32_vectors(model_dir, gate))
        return cached[0]

    def openvino_copy() -> dict[str, _Encoder]:
        path = quantize_openvino(model_dir, fp32_onnx, gate.calibration,
                                 gate.calibration_queries)
        return {p: OpenVinoInt8Encoder(model_dir, path, p) for p in _openvino_precisions()}

    def onnx_runtime_copy() -> dict[str, _Encoder]:
        return {"f32": OnnxInt8Encoder(model_dir, quantize_onnx_runtime(model_dir, fp32_onnx))}

    plans = [(OPENVINO_INT8, openvino_copy, {"calibration_passages": len(gate.calibration),
                                             "calibration_queries": len(gate.calibration_queries)}),
             (ONNX_INT8, onnx_runtime_copy, {})]
    reports: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(dir=model_dir) as tmp:
        fp32_onnx = Path(tmp) / "model.onnx"
        try:
            export_onnx(model_dir, fp32_onnx)
        except Exception as exc:  # noqa: BLE001 - same reason as in `_build_and_gate`
            log.warning("ONNX export failed, no int8 copies: %s", exc)
            return {c.backend: {"passed": False, "error": f"ONNX export: {exc}"[:500]}
                    for c in COPIES}
        for copy, build, facts in plans:
            winner = next((b for b, r in reports.items() if r["passed"]), None)
            if winner and not every_copy:
                reports[copy.backend] = {"passed": False, "skipped": f"{winner} passed its gate"}
                continue
            reports[copy.backend] = _build_and_gate(copy, model_dir, build, gate, reference,
                                                    **facts)
    return reports
