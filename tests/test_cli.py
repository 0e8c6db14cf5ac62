"""The `bulletin` command line: help on every command, one-line errors on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SAMPLES as SHARED_SAMPLES
from tests.conftest import run_bulletin

SAMPLES = SHARED_SAMPLES / "pages"


@pytest.mark.parametrize("command", ["crawl", "index", "search", "extract", "ui", "stats"])
def test_every_command_has_help(tmp_path: Path, command: str) -> None:
    result = run_bulletin(command, "--help", data_dir=tmp_path)
    assert result.returncode == 0
    assert "Usage" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["search", "dịch", "--mode", "fuzzy"], "unknown search mode 'fuzzy'"),
        (["search", "dịch", "--from", "yesterday"], "--from 'yesterday' is not a date"),
        (["search", "dịch", "--province", "Atlantis"], "unknown province 'Atlantis'"),
        (["extract", "/no/such/page.html"], "no such file"),
        (["index", "/no/such/crawl.warc.gz"], "no such WARC file"),
        (["crawl"], "give start URLs or --profiles"),
    ],
)
def test_bad_input_gives_one_line_and_status_2(tmp_path: Path, args, message) -> None:
    result = run_bulletin(*args, data_dir=tmp_path)
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert message in lines[0]
    assert "Traceback" not in result.stderr


def test_a_bad_profile_is_one_line(tmp_path: Path) -> None:
    profile = tmp_path / "bad.yaml"
    profile.write_text("name: x\nstart_urls: 12\n", encoding="utf-8")
    result = run_bulletin("crawl", "--profiles", str(profile), data_dir=tmp_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert "bad.yaml" in result.stderr and "Traceback" not in result.stderr


@pytest.mark.skipif(not SAMPLES.exists(), reason="../shared/samples not beside the checkout")
def test_extract_json_contract_on_sample_dumps(tmp_path: Path) -> None:
    files = sorted(SAMPLES.glob("*.txt"))
    result = run_bulletin("extract", *map(str, files), "--json", data_dir=tmp_path)
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["source"] for r in records] == [str(f) for f in files]
    gold = {p["file"]: p for p in json.loads((SAMPLES / "gold.json").read_text())["pages"]}
    for record, path in zip(records, files, strict=True):
        expected = gold[path.name]
        assert {"title", "published", "province", "agency", "text", "citations"} <= set(record)
        assert record["title"] == expected["title"]
        assert record["published"][:10] == expected["published"]
        assert record["province"] == expected["province"]
        assert {c["number"] for c in record["citations"]} == set(expected["citations"])
