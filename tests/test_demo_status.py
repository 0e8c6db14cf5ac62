"""Legal status on the demo archive (issue #21): Huế's regulation 12/2020/QĐ-UBND (in force
15/4/2020) is amended by 25/2020/QĐ-UBND and 03/2021/QĐ-UBND, then replaced by
18/2021/QĐ-UBND (in force 01/9/2021, which also repeals 40/2019/QĐ-UBND); a later news
page reports the replacement. The demo's truth (`amends`, `replaces`, `repeals`,
`effective` in `demo/articles.json`) says so; crawled and indexed like a real archive, the
query API and `bulletin status --json` / `bulletin chain --json` must find the same.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from indexer.parsing.identity import parse_identity
from indexer.query.service import SearchService
from tests.conftest import REPO, run_bulletin

pytestmark = pytest.mark.slow

ARTICLES = json.loads((REPO / "demo" / "articles.json").read_text(encoding="utf-8"))["articles"]
TRUTH = {a["announces"][0]: a for a in ARTICLES
         if a.get("announces") and (a.get("amends") or a.get("replaces") or a.get("repeals")
                                    or a.get("effective"))}
OLD, NEW = "12/2020/QĐ-UBND", "18/2021/QĐ-UBND"
ARTICLE_OF = {**{a["url"]: a["url"] for a in ARTICLES},
              **{f["url"]: a["url"] for a in ARTICLES for f in a.get("attachments", [])}}


def _number(identity: str | None) -> str | None:
    parts = parse_identity(identity or "")
    return parts.number if parts else identity


def test_truth_holds_the_chain() -> None:
    assert TRUTH[NEW]["replaces"] == [OLD] and TRUTH[NEW]["effective"] == "2021-09-01"
    assert sorted(n for n, a in TRUTH.items() if OLD in a.get("amends", [])) == [
        "03/2021/QĐ-UBND", "25/2020/QĐ-UBND"]


def test_the_replaced_regulation_and_its_replacement_via_the_query_api(demo_service) -> None:
    [status] = demo_service.statuses(OLD)
    assert parse_identity(status.identity).province == "Thừa Thiên Huế"
    assert status.status == "replaced"
    assert [_number(b) for b in status.by] == [NEW]
    assert status.since == TRUTH[NEW]["effective"]
    assert status.effective_from == TRUTH[OLD]["effective"]
    amended_by = sorted({_number(e.by) for e in status.amendments})
    assert amended_by == sorted(n for n, a in TRUTH.items() if OLD in a.get("amends", []))
    pages = {ARTICLE_OF.get(e.url, e.url) for e in status.evidence if e.kind == "replaces"}
    assert TRUTH[NEW]["url"] in pages
    reporting = [a["url"] for a in ARTICLES
                 if any(r["relation"] == "replaces" and r["target"] == OLD
                        for r in a.get("reports", []))]
    assert set(reporting) <= pages  # the news page reporting it is evidence too
    chain = {OLD, NEW, *(n for n, a in TRUTH.items() if OLD in a.get("amends", []))}
    for number in sorted(chain):  # every document of the chain, from the same truth
        article = TRUTH[number]
        [found] = demo_service.statuses(number)
        expected = ("replaced" if any(number in a.get("replaces", []) for a in TRUTH.values())
                    else "repealed" if any(number in a.get("repeals", [])
                                           for a in TRUTH.values())
                    else "amended" if any(number in a.get("amends", []) for a in TRUTH.values())
                    else "in_force" if article.get("effective") else "unknown")
        assert found.status == expected, (number, found.reason)
    print(f"\n{OLD}: {status.status} by {status.by} since {status.since}; "
          f"{len(status.amendments)} amendments, {len(status.evidence)} pieces of evidence")


def test_the_replaced_regulation_via_the_cli(demo_archive: Path) -> None:
    done = run_bulletin("status", OLD, "--json", data_dir=demo_archive)
    assert done.returncode == 0, done.stderr[-2000:]
    [document] = json.loads(done.stdout)["documents"]
    assert document["status"] == "replaced" and [_number(b) for b in document["by"]] == [NEW]
    chain = run_bulletin("chain", OLD, "--json", data_dir=demo_archive)
    assert chain.returncode == 0, chain.stderr[-2000:]
    [entry] = [d for d in json.loads(chain.stdout)["documents"] if d["identity"]]
    assert entry["status"]["status"] == "replaced"
    assert [_number(b) for b in entry["status"]["by"]] == [NEW]
    cited = run_bulletin("cited-by", OLD, "--relation", "amends", "--json", data_dir=demo_archive)
    assert cited.returncode == 0, cited.stderr[-2000:]
    rows = json.loads(cited.stdout)["rows"]
    assert rows and {r["relation"] for r in rows} == {"amends"}
    assert all(OLD in r["sentence"] for r in rows)


CURRENT: list[SearchService] = []


def ui_service() -> SearchService:
    """Factory named by BULLETIN_UI_SERVICE in the UI test below."""
    return CURRENT[-1]


def test_the_replaced_regulation_on_its_document_page(demo_service, monkeypatch) -> None:
    """The UI's document page says the regulation was replaced, by which and since when,
    links the replacing decision's page, and lists both amendments."""
    import html

    from streamlit.testing.v1 import AppTest

    from search_ui.render import document_href
    from search_ui.service import open_service_cached

    [status] = demo_service.statuses(OLD)
    CURRENT.append(demo_service)
    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:ui_service")
    open_service_cached.clear()
    try:
        at = AppTest.from_file(str(REPO / "search_ui" / "app.py"), default_timeout=120)
        at.query_params.update({"id": status.identity, "lang": "en"})
        at.run()
        at.switch_page("views/document_record.py").run()
        assert not at.exception, at.exception
        body = html.unescape("\n".join(element.value for element in at.markdown))
    finally:
        CURRENT.remove(demo_service)
        open_service_cached.clear()
    assert "Replaced" in body and f"since {TRUTH[NEW]['effective']}" in body
    assert html.unescape(document_href(status.by[0], "en")) in body
    for amendment in ("25/2020/QĐ-UBND", "03/2021/QĐ-UBND"):
        assert amendment in body


def test_search_filtered_by_status_finds_the_replaced_regulation(demo_service, monkeypatch) -> None:
    """The search page's status filter (`?status=replaced`) lists the pages publishing a
    replaced document, and nothing else."""
    from streamlit.testing.v1 import AppTest

    from search_ui.service import open_service_cached

    CURRENT.append(demo_service)
    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:ui_service")
    open_service_cached.clear()
    try:
        at = AppTest.from_file(str(REPO / "search_ui" / "app.py"), default_timeout=120)
        at.query_params.update({"status": "replaced", "q": "thủ tục hành chính"})
        at.run()
        assert not at.exception, at.exception
        body = "\n".join(element.value for element in at.markdown)
    finally:
        CURRENT.remove(demo_service)
        open_service_cached.clear()
    expected = demo_service.search_by_status("thủ tục hành chính", "replaced", limit=10)
    assert expected.hits, "the replaced regulation's page matches the query"
    for hit in expected.hits:
        assert hit.url in body or hit.page_id in body
    issuing = {ARTICLE_OF.get(h.url, h.url) for h in expected.hits}
    assert issuing == {TRUTH[OLD]["url"]}
