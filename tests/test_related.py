"""Related directives on the demo archive: every reason a researcher is shown is true there.

The demo's truth (`demo/articles.json`) says which pages implement which documents and
which pages are reposts; related pages must carry those reasons, in the API and the CLI.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.errors import InputError
from indexer.models import page_id_for
from tests.conftest import REPO, run_bulletin

pytestmark = pytest.mark.slow

ARTICLES = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]
BY_ID = {a["id"]: a for a in ARTICLES}


def _reasons(related, article_id: str) -> set[tuple[str, str | None]]:
    url = BY_ID[article_id]["url"]
    for item in related:
        if item.hit.url == url:
            return {(r.kind, r.number) for r in item.reasons}
    return set()


def test_provinces_answering_the_same_directive_are_related(demo_service):
    implementers = [a["id"] for a in ARTICLES if "16/CT-TTg" in (a.get("implements") or [])]
    assert len(implementers) >= 2
    for source in implementers:
        related = demo_service.related(BY_ID[source]["url"], limit=30)
        for other in implementers:
            if other == source:
                continue
            assert ("implements_same", "16/CT-TTg") in _reasons(related, other), (source, other)
        shown = next(i for i in related if ("implements_same", "16/CT-TTg") in
                     {(r.kind, r.number) for r in i.reasons})
        text = [r.describe("vi") for r in shown.reasons]
        assert any(t.startswith("cùng thực hiện") and "16/CT-TTg" in t for t in text)


def test_a_repost_is_related_to_its_original_first(demo_service):
    copies = [a for a in ARTICLES if a.get("duplicate_of")]
    assert copies
    for copy in copies:
        related = demo_service.related(page_id_for(copy["url"]), limit=10)
        assert related and related[0].hit.url == copy["duplicate_of"]
        assert ("repost", None) in {(r.kind, r.number) for r in related[0].reasons}


def test_related_pages_are_ranked_by_their_evidence(demo_service):
    source = next(a for a in ARTICLES if "16/CT-TTg" in (a.get("implements") or []))
    related = demo_service.related(source["url"], limit=20)
    scores = [item.score for item in related]
    assert scores == sorted(scores, reverse=True)
    assert all(item.score == pytest.approx(sum(r.weight for r in item.reasons))
               for item in related)
    assert source["url"] not in {item.hit.url for item in related}
    with pytest.raises(InputError, match="no page"):
        demo_service.related("http://nowhere.localhost/x.html")


def test_cli_similar_prints_reasons_as_json(demo_archive: Path):
    source = next(a for a in ARTICLES if "16/CT-TTg" in (a.get("implements") or []))
    done = run_bulletin("similar", source["url"], "--json", "--limit", "15",
                        data_dir=demo_archive)
    assert done.returncode == 0, done.stderr[-2000:]
    answer = json.loads(done.stdout)
    assert answer["related"] and all(item["reasons"] for item in answer["related"])
    texts = [r["text"] for item in answer["related"] for r in item["reasons"]]
    assert any("16/CT-TTg" in text for text in texts)
    missing = run_bulletin("similar", "no-such-page", data_dir=demo_archive)
    assert missing.returncode == 2 and missing.stderr.startswith("error:")
