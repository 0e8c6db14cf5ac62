"""The passage cache returns exactly what was stored, per model, across processes."""

from __future__ import annotations

import multiprocessing as mp
import sqlite3

import numpy as np
import pytest

from indexer.embedding.passage_cache import PassageCache


def _vectors(n: int, dim: int = 8, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal((n, dim)).astype(np.float32)


def test_stored_vectors_come_back_by_position(tmp_path):
    cache = PassageCache(tmp_path / "cache.sqlite")
    texts = ["Chỉ thị số 07/CT-UBND", "Công văn 4962/UBND-KGVX"]
    vectors = _vectors(2)
    cache.put_many("m@1", texts, vectors)
    found = cache.get_many("m@1", ["khác", texts[1], texts[0], texts[1]])
    assert sorted(found) == [1, 2, 3]
    np.testing.assert_array_equal(found[2], vectors[0])
    np.testing.assert_array_equal(found[1], vectors[1])
    np.testing.assert_array_equal(found[3], vectors[1])
    assert found[1].dtype == np.float32


def test_another_model_id_misses(tmp_path):
    cache = PassageCache(tmp_path / "cache.sqlite")
    cache.put_many("e5@aaa", ["văn bản"], _vectors(1))
    assert cache.get_many("e5@bbb", ["văn bản"]) == {}
    assert cache.count("e5@aaa") == 1 and cache.count("e5@bbb") == 0


def test_vectors_survive_reopening(tmp_path):
    path = tmp_path / "cache.sqlite"
    with PassageCache(path) as cache:
        cache.put_many("m", ["a", "b"], _vectors(2, seed=3))
    with PassageCache(path) as cache:
        found = cache.get_many("m", ["b"])
    np.testing.assert_array_equal(found[0], _vectors(2, seed=3)[1])


def test_putting_again_replaces(tmp_path):
    cache = PassageCache(tmp_path / "cache.sqlite")
    cache.put_many("m", ["a"], _vectors(1, seed=1))
    cache.put_many("m", ["a"], _vectors(1, seed=2))
    np.testing.assert_array_equal(cache.get_many("m", ["a"])[0], _vectors(1, seed=2)[0])
    assert cache.count() == 1


def test_many_texts_in_one_lookup(tmp_path):
    cache = PassageCache(tmp_path / "cache.sqlite")
    texts = [f"đoạn {i}" for i in range(1800)]
    cache.put_many("m", texts, _vectors(1800))
    found = cache.get_many("m", texts)
    assert len(found) == 1800
    np.testing.assert_array_equal(found[1234], _vectors(1800)[1234])


@pytest.mark.parametrize("shape", [(3, 8), (2,), (2, 8, 1)])
def test_a_vector_per_text_is_required(tmp_path, shape):
    cache = PassageCache(tmp_path / "cache.sqlite")
    with pytest.raises(ValueError, match="one vector per text"):
        cache.put_many("m", ["a", "b"], np.zeros(shape, dtype=np.float32))


def test_uses_write_ahead_logging(tmp_path):
    PassageCache(tmp_path / "cache.sqlite")
    mode = sqlite3.connect(tmp_path / "cache.sqlite").execute("PRAGMA journal_mode").fetchone()
    assert mode[0] == "wal"


def _writer(path: str, worker: int) -> None:
    cache = PassageCache(path)
    for batch in range(20):
        texts = [f"w{worker}-b{batch}-{i}" for i in range(25)]
        cache.put_many("m", texts, np.full((25, 4), worker, dtype=np.float32))
        cache.get_many("m", texts)
    cache.close()


def test_two_processes_write_at_once(tmp_path):
    path = str(tmp_path / "cache.sqlite")
    PassageCache(path).close()
    ctx = mp.get_context("spawn")
    procs = [ctx.Process(target=_writer, args=(path, w)) for w in (1, 2)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(120)
    assert [p.exitcode for p in procs] == [0, 0]
    cache = PassageCache(path)
    assert cache.count("m") == 2 * 20 * 25
    assert cache.get_many("m", ["w2-b19-24"])[0][0] == 2.0
