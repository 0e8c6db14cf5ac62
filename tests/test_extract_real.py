"""`bulletin extract` on real article pages, field by field, against trafilatura alone.

Pages come from ../shared/samples/real (always) and from the folder named by
BULLETIN_REAL_PAGES (when set): real pages stay outside the project. On every page and
every field (title, date, body, clean, cited numbers) ours is at least as good as
trafilatura 2.3's own output, which is the floor.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.console import Console

from bench import extraction_fields as fields
from tests.conftest import REPO

SHARED = fields.SHARED_REAL
EXTRA = Path(os.environ[fields.ENV_VAR]) if os.environ.get(fields.ENV_VAR) else None

NO_EXTRA = f"{fields.ENV_VAR} is not set to a folder of real pages with a gold.json"
SETS = [
    pytest.param(SHARED, id="shared",
                 marks=pytest.mark.skipif(not (SHARED / "gold.json").is_file(),
                                          reason="../shared/samples/real not found")),
    pytest.param(EXTRA, id="extra",
                 marks=pytest.mark.skipif(EXTRA is None or not (EXTRA / "gold.json").is_file(),
                                          reason=NO_EXTRA)),
]


def run_cli(paths: list[Path]) -> dict[str, dict]:
    """`bulletin extract --json` over `paths`: one record per page, by the path given."""
    run = subprocess.run([sys.executable, "-m", "indexer.cli", "extract", "--json",
                          *map(str, paths)], capture_output=True, text=True, cwd=REPO, timeout=600)
    assert run.returncode == 0, run.stderr[-2000:]
    records = [json.loads(line) for line in run.stdout.splitlines()]
    return {record["source"]: record for record in records}


@pytest.fixture(scope="module", params=SETS)
def measured(request) -> tuple[list[fields.RealPage], dict, dict, dict]:
    """(pages, CLI records, our scores, trafilatura's scores) for one folder of real pages."""
    pages = fields.load_pages(request.param)
    records = run_cli([page.path for page in pages])
    return pages, records, fields.score_records(pages, records), fields.trafilatura_alone(pages)


def test_every_field_at_least_as_good_as_trafilatura(measured, capsys):
    pages, _, mine, theirs = measured
    report = {
        "pages": {name: {"ours": fields._as_dict(mine[name]),
                         "trafilatura": fields._as_dict(theirs[name])} for name in mine},
        "totals": {"ours": fields._totals(mine.values()),
                   "trafilatura": fields._totals(theirs.values())},
    }
    with capsys.disabled():
        Console(width=150).print(fields.field_table(report))
    worse = [
        f"{name}: {field} (ours {getattr(mine[name], field)}, "
        f"trafilatura {getattr(theirs[name], field)}; leaks {mine[name].leaks})"
        for name in mine
        for field in (*fields.FIELDS, "precision", "recall")
        if getattr(mine[name], field) < getattr(theirs[name], field)
    ]
    assert not worse, "\n".join(worse)


def test_each_answer_names_its_evidence(measured):
    """`bulletin extract --json` says where the title and the date came from."""
    pages, records, _, _ = measured
    for page in pages:
        record = records[str(page.path)]
        assert record["title_source"] and record["date_source"], page.path.name
