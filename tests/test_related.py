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


def _identity(article: dict, number: str) -> str:
    """The demo's truth of which document `number` names on this page (a number the demo
    gives no identity names one document only)."""
    return article["identities"].get(number, number)


def _implementations() -> list[tuple[dict, dict, str]]:
    """(publisher, implementer, number): a page announcing a document and a page of the
    demo implementing that very document (same identity)."""
    pairs = []
    for publisher in ARTICLES:
        for number in publisher.get("announces") or []:
            for other in ARTICLES:
                if other is not publisher and number in (other.get("implements") or []) \
                        and _identity(other, number) == _identity(publisher, number):
                    pairs.append((publisher, other, number))
    return pairs


def test_a_document_and_the_page_implementing_it_are_related(demo_service):
    pairs = _implementations()
    assert {p["id"] for p, _, _ in pairs} >= {"daknong-05", "kontum-17", "kontum-21"}
    for publisher, implementer, number in pairs:
        assert ("implements_this", number) in _reasons(
            demo_service.related(publisher["url"], limit=30), implementer["id"]), \
            (publisher["id"], implementer["id"])
        back = demo_service.related(implementer["url"], limit=30)
        assert ("implemented_here", number) in _reasons(back, publisher["id"])
        shown = next(i for i in back if i.hit.url == publisher["url"])
        assert any(r.describe("vi").endswith("văn bản trang này thực hiện") and number in
                   r.describe("vi") for r in shown.reasons)


def test_a_province_and_the_central_directive_it_implements_are_related(demo_service):
    """The central portal publishes each central document it names first; a province's page
    implementing it and that page are related both ways, the reason naming the document."""
    central = {a["citations"][0]: a for a in ARTICLES if a["province"] is None and a["citations"]}
    pairs = [(central[n], a, n) for a in ARTICLES if a["province"]
             for n in a.get("implements") or [] if n in central]
    assert len({c["id"] for c, _, _ in pairs}) >= 5
    for publisher, province_page, number in pairs:
        up = demo_service.related(province_page["url"], limit=30)
        assert ("implemented_here", number) in _reasons(up, publisher["id"]), \
            (province_page["id"], number)
        down = demo_service.related(publisher["url"], limit=60)
        assert ("implements_this", number) in _reasons(down, province_page["id"]), \
            (publisher["id"], province_page["id"])
        shown = next(i for i in down if i.hit.url == province_page["url"])
        reason = next(r for r in shown.reasons if r.kind == "implements_this")
        assert reason.doc_type and reason.describe("vi") == f"thực hiện {reason.doc_type} {number}"


def test_the_same_number_in_another_province_relates_nothing(demo_service):
    """07/CT-UBND is a Kon Tum directive of 2020, another of 2021 and a Đắk Nông one:
    pages citing different ones share no reason through the number."""
    shared = [(a, b, n) for a in ARTICLES for b in ARTICLES if a is not b
              for n in set(a.get("citations") or []) & set(b.get("citations") or [])
              if _identity(a, n) != _identity(b, n)]
    assert {n for _, _, n in shared} >= {"07/CT-UBND"}
    for a, b, number in shared:
        through = {kind for kind, n in _reasons(demo_service.related(a["url"], limit=50),
                                                 b["id"]) if n == number}
        assert not through, (a["id"], b["id"], number, through)


def test_an_announcement_and_its_attached_original_publish_the_same_document(demo_service):
    """A page announcing a document with the document itself attached (a scan, read by
    OCR): the attachment is related as the same document published."""
    originals = [(a, x["url"], number) for a in ARTICLES for number in a.get("announces") or []
                 for x in a.get("attachments") or [] if number in x.get("label", "")]
    assert any(x.endswith(".pdf") for _, x, _ in originals)
    for article, original, number in originals:
        related = demo_service.related(article["url"], limit=5)
        item = next((i for i in related if i.hit.url == original), None)
        assert item is not None, article["id"]
        assert ("issues_same", number) in {(r.kind, r.number) for r in item.reasons}
        assert any(r.describe("vi").startswith("cùng công bố") and number in r.describe("vi")
                   for r in item.reasons)


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
