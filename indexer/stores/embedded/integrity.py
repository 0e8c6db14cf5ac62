"""The embedded store's files checked and kept whole: tantivy segment footers (CRC32),
the vector index's own CRC32 sidecar, and the writer lock.

tantivy checks none of its files when it opens an index, and usearch loads a file with
flipped bytes without complaint, so `bulletin verify` and every load check them here.
"""

from __future__ import annotations

import contextlib
import json
import os
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

from indexer.errors import BulletinError
from indexer.stores.embedded.vectors import VectorIndex, cosines

# Parts every tantivy segment has; each file ends in a footer holding the CRC32 of the rest.
_SEGMENT_PARTS = ("idx", "pos", "term", "store", "fast", "fieldnorm")
_FOOTER_MAGIC = 1337
_CRC_CHUNK = 1 << 20
# Below this cosine a vector in the ANN file is not the stored vector it claims to be
# (int8 quantisation alone keeps it above 0.99).
_ANN_AGREEMENT = 0.95


@contextlib.contextmanager
def writer_lock(path: Path) -> Iterator[None]:
    """Hold the store's writer lock (tantivy's flock) without opening it, e.g. while a
    replacement is built: `bulletin index` meanwhile gets the usual "being written" error."""
    import fcntl

    lock_path = Path(path) / "text" / ".tantivy-writer.lock"
    if not lock_path.parent.is_dir():
        yield
        return
    with lock_path.open("a") as handle:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BulletinError(
                f"the store at {path} is being written by another process "
                "(another `bulletin index`?): wait for it to finish"
            ) from None
        yield


def damaged_text_files(text_dir: Path) -> list[str]:
    """Text-index files that are missing, torn or fail their footer checksum (tantivy
    checks none of them when it opens an index, and bit flips go unnoticed in search)."""
    meta_path = text_dir / "meta.json"
    if not meta_path.exists():
        return ["text/meta.json: missing"] if text_dir.exists() and any(text_dir.iterdir()) else []
    try:
        segments = json.loads(meta_path.read_text(encoding="utf-8"))["segments"]
        names = []
        for segment in segments:
            stem = segment["segment_id"].replace("-", "")
            names += [f"{stem}.{part}" for part in _SEGMENT_PARTS]
            if segment.get("deletes"):
                names.append(f"{stem}.{segment['deletes']['opstamp']}.del")
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        return [f"text/meta.json: unreadable ({type(exc).__name__})"]
    problems = [(name, _file_problem(text_dir / name)) for name in names]
    return [f"text/{name}: {problem}" for name, problem in problems if problem]


def _file_problem(path: Path) -> str | None:
    try:
        with path.open("rb") as handle:
            size = handle.seek(0, os.SEEK_END)
            if size < 8:
                return "torn (no footer)"
            handle.seek(size - 8)
            footer_len = int.from_bytes(handle.read(4), "little")
            if int.from_bytes(handle.read(4), "little") != _FOOTER_MAGIC or footer_len > size - 8:
                return "torn (no footer)"
            body = size - 8 - footer_len
            handle.seek(body)
            footer = json.loads(handle.read(footer_len))
            handle.seek(0)
            crc, left = 0, body
            while left:
                chunk = handle.read(min(_CRC_CHUNK, left))
                if not chunk:
                    return "torn (shorter than it says)"
                crc, left = zlib.crc32(chunk, crc), left - len(chunk)
    except FileNotFoundError:
        return "missing"
    except (OSError, ValueError) as exc:
        return f"unreadable ({type(exc).__name__})"
    if not isinstance(footer, dict) or footer.get("crc") != crc:
        return "checksum mismatch (damaged)"
    return None


def _file_crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(_CRC_CHUNK):
            crc = zlib.crc32(chunk, crc)
    return crc


def _checksum_path(path: Path) -> Path:
    return path.with_name(path.name + ".crc32")


def save_checked(ann: VectorIndex, path: Path) -> None:
    """Save the vector index atomically, then its CRC32 beside it: usearch loads a file
    with flipped bytes without complaint (and searching it can fail), so loads check."""
    ann.save_atomic(path)
    checksum = _checksum_path(path)
    tmp = checksum.with_name(f"{checksum.name}.{os.getpid()}.tmp")  # swept like ann-*.tmp
    with tmp.open("w", encoding="ascii") as out:
        out.write(str(_file_crc(path)))
        out.flush()
        os.fsync(out.fileno())
    os.replace(tmp, checksum)


def checksum_matches(path: Path) -> bool:
    try:
        return int(_checksum_path(path).read_text(encoding="ascii")) == _file_crc(path)
    except (OSError, ValueError):  # no checksum: an older store, or a save cut short
        return False


def load_checked(path: Path, dim: int, expected: int) -> VectorIndex | None:
    """The index at `path` when whole (checksum, size, count); None means rebuild it."""
    if not checksum_matches(path):
        return None
    return VectorIndex.load(path, dim, expected)


def remove_orphan_checksums(directory: Path) -> None:
    for checksum in directory.glob("ann-*.usearch.crc32"):
        if not checksum.with_name(checksum.name.removesuffix(".crc32")).exists():
            checksum.unlink(missing_ok=True)


def vector_file_damage(path: Path, dim: int, expected: int, stored) -> list[str]:
    """What is wrong with the vector index file at `path`, which should hold exactly the
    `expected` stored vectors (`stored` yields them as (passage keys, rows) per page)."""
    name = f"vectors/{path.name}"
    if not path.exists():
        return [f"{name}: missing"]
    if not checksum_matches(path):
        return [f"{name}: checksum mismatch (damaged), or no checksum"]
    ann = VectorIndex.load(path, dim, expected)
    if ann is None:
        return [f"{name}: torn, or not holding the {expected} stored vectors"]
    return _disagreement(ann, stored, path.name)


def _disagreement(ann: VectorIndex, stored, name: str) -> list[str]:
    """Passage keys missing from the ANN file, or vectors there unlike the stored ones."""
    missing = unlike = 0
    for keys, vectors in stored:
        if not keys:
            continue
        # The wrapper has no read-back; usearch gives a tuple, None for an absent key.
        found = ann._index.get(np.asarray(keys, dtype=np.uint64), dtype=np.float32)
        for row, vector in zip(vectors, found, strict=True):
            if vector is None:
                missing += 1
            elif not cosines(np.asarray(vector)[None, :], row[None, :])[0] >= _ANN_AGREEMENT:
                unlike += 1  # NaN (an all-zero vector) counts as unlike too
    problems = []
    if missing:
        problems.append(f"vectors/{name}: {missing} stored passage vectors are not in it")
    if unlike:
        problems.append(f"vectors/{name}: {unlike} vectors differ from the stored ones")
    return problems
