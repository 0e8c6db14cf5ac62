"""Documents by identity in the UI, driven by `AppTest` over the archive of
tests/test_documents.py: one number (07/CT-UBND) shared by three directives (Kon Tum 2020,
Kon Tum 2021, Đắk Nông 2020) plus a mention nothing pins down, indexed end to end."""

from __future__ import annotations

import html
import re
import tempfile
from pathlib import Path
from urllib.parse import urlencode

import pytest
from streamlit.testing.v1 import AppTest

from indexer.ingest.pipeline import index_archive
from indexer.models import page_id_for
from indexer.query.service import SearchService
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder
from tests.test_documents import DN20, KT20, KT21, url, write_archive

APP = str(Path(__file__).resolve().parent.parent / "search_ui" / "app.py")
DOCUMENT_VIEW = "views/document_record.py"
CURRENT: list[SearchService] = []


def documents_service() -> SearchService:
    """Factory named by BULLETIN_UI_SERVICE in these tests."""
    return CURRENT[-1]


def build_service(root: Path) -> SearchService:
    """The archive of tests/test_documents.py, indexed under `root`."""
    (root / "warc").mkdir(parents=True)
    write_archive(root / "warc" / "crawl.warc.gz")
    store = EmbeddedStore(root / "store", dim=64)
    index_archive(store, HashEmbedder(), [root / "warc"], root / "reports")
    return SearchService(store, None)


def served_service() -> SearchService:
    """Factory for a UI served in another process (tests/test_ui_browser.py): the archive
    indexed into a fresh temporary folder."""
    return build_service(Path(tempfile.mkdtemp(prefix="bulletin-ui-documents-")))


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    service = build_service(tmp_path_factory.mktemp("ui-documents"))
    yield service
    service.close()


@pytest.fixture
def service(archive, monkeypatch):
    from search_ui.service import open_service_cached

    CURRENT.append(archive)
    monkeypatch.setenv("BULLETIN_UI_SERVICE", f"{__name__}:documents_service")
    open_service_cached.clear()
    yield archive
    CURRENT.remove(archive)
    open_service_cached.clear()


def _open(view: str | None = None, **params: str) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params.update(params)
    at.run()
    if view:
        at.switch_page(view).run()
    assert not at.exception, at.exception
    return at


def _html(at: AppTest) -> str:
    return "\n".join(element.value for element in at.markdown)


def _doc(name: str) -> str:
    """The href of a page's view, as the UI writes it (escaped)."""
    return f'href="./?doc={page_id_for(url(name))}"'


def _document(identity: str) -> str:
    return f'href="{html.escape("./document?" + urlencode({"id": identity}))}"'


def _number(number: str) -> str:
    return f'href="{html.escape("./document?" + urlencode({"number": number}))}"'


def _table(body: str, css: str) -> str:
    found = re.search(rf'<table class="{css}">.*?</table>', body, re.S)
    return found.group(0) if found else ""


def test_a_document_page_shows_what_it_is_and_exactly_its_pages(service):
    at = _open(DOCUMENT_VIEW, id=KT20)
    body = _html(at)
    record = _table(body, "bulletin-record")
    for fact in ("07/CT-UBND", "Chỉ thị", "Ủy ban nhân dân tỉnh", "Kon Tum", "2020",
                 "2020-07-14", "nêu rõ trong văn bản",
                 "year=date-after;issuer=phrase;province=phrase"):
        assert fact in record, fact
    assert "07/CT-UBND · Kon Tum 2020" in body
    # issued by its own page; cited by the Sở Y tế plan, with the sentence citing it
    assert _doc("kt20") in body
    cited_by = _table(body, "bulletin-cited-by")
    assert _doc("kt20-syt") in cited_by and "thực hiện" in cited_by
    assert "<mark>07/CT-UBND</mark> ngày 14/7/2020 của UBND tỉnh Kon Tum" in cited_by
    # never the pages of the other documents numbered 07/CT-UBND; the vague mention only
    # in the list of mentions no document could be pinned on
    for other in ("kt21", "kt21-ca", "dn20", "dn20-kl", "dn20-huyen"):
        assert _doc(other) not in body, other
    assert _doc("vague") not in cited_by
    assert _doc("vague") in _table(body, "bulletin-unresolved")
    # responses by province, lag counted from 14/7/2020
    assert re.search(r"Kon Tum</td><td>2020-07-20</td><td>6</td>", body)
    # the chain graph links documents to their pages and pages to their views
    dot = at.get("graphviz_chart")[0].proto.spec
    assert html.unescape(_document(KT20)[6:-1]) in dot
    assert f"./?doc={page_id_for(url('kt20-syt'))}" in dot


def test_a_document_page_of_another_year_keeps_to_its_own_pages(service):
    body = _html(_open(DOCUMENT_VIEW, id=KT21))
    assert "07/CT-UBND · Kon Tum 2021" in body and "2021-03-02" in body
    assert _doc("kt21") in body and _doc("kt21-ca") in body
    for other in ("kt20", "kt20-syt", "dn20-kl"):
        assert _doc(other) not in body, other
    assert _doc("vague") not in _table(body, "bulletin-cited-by")


def test_a_shared_number_lists_each_document_and_the_unpinned_mentions_apart(service):
    for view in (DOCUMENT_VIEW, "views/chain.py"):
        at = _open(view, number="07/CT-UBND")
        body = _html(at)
        documents = _table(body, "bulletin-documents")
        rows = re.findall(r"<tr><td>.*?</tr>", documents)
        assert len(rows) == 3, view
        for identity, row in zip((KT21, KT20, DN20), rows, strict=True):
            assert _document(identity) in row
        assert "Đắk Nông</td><td>2020</td><td>2020-05-10" in rows[2]
        assert "<td>3</td></tr>" in rows[2]  # its own page and two citing pages
        ambiguous = _table(body, "bulletin-ambiguous")
        assert _doc("vague") in ambiguous and _doc("vague") not in documents
        assert [_doc(name) in ambiguous for name in ("kt20-syt", "kt21-ca", "dn20-kl")] == [
            False, False, False]
        assert any("không được tính vào văn bản nào" in c.value for c in at.caption)


def test_highlighted_numbers_link_to_the_document_they_name(service):
    body = _html(_open(doc=page_id_for(url("kt20-syt"))))
    text = re.search(r'<div class="bulletin-text">.*?</div>', body, re.S).group(0)
    linked = re.escape(_document(KT20)) + r' target="_self"><mark[^>]*>07/CT-UBND</mark></a>'
    assert re.search(linked, text)
    assert _document(KT21) not in body and _document(DN20) not in body
    # its own document, the Sở Y tế plan, is linked from the page's metadata
    assert _document("120/KH-SYT|Sở Y tế|Kon Tum|2020") in body
    # a mention nothing pins down leads to the documents its number names
    vague = _html(_open(doc=page_id_for(url("vague"))))
    assert re.search(re.escape(_number("07/CT-UBND")) + r' target="_self"><mark', vague)
    assert "chưa xác định được văn bản" in vague
    # the same mention read in Đắk Nông leads to Đắk Nông's directive
    assert _document(DN20) in _html(_open(doc=page_id_for(url("dn20-huyen"))))


def test_unknown_documents_and_numbers_are_told_plainly(service):
    at = _open(DOCUMENT_VIEW, id="07/CT-UBND|Ủy ban nhân dân tỉnh|Hà Nội|2020")
    assert "07/CT-UBND · Hà Nội 2020" in at.info[0].value
    assert _number("07/CT-UBND") in _html(at)
    assert "không phải định danh" in _open(DOCUMENT_VIEW, id="07/CT-UBND|x").error[0].value
    assert "99/CT-UBND" in _open(DOCUMENT_VIEW, number="99/CT-UBND").info[0].value
    assert _open(DOCUMENT_VIEW).info  # nothing asked yet: what to type


def test_the_chain_and_the_comparison_name_one_document_by_identity(service):
    at = _open("views/chain.py", number=KT20)
    body = _html(at)
    assert any("“07/CT-UBND · Kon Tum 2020”; độ trễ tính từ ngày của văn bản (2020-07-14)"
               in caption.value for caption in at.caption)
    assert _document(KT20) in body and "bulletin-documents" not in body
    compare = _open("views/compare.py", provinces="Kon Tum,Đắk Nông", number=KT20)
    assert any("07/CT-UBND · Kon Tum 2020" in s.value for s in compare.subheader)
    assert [m.value for m in compare.metric] == ["6 ngày"]
    assert "07/CT-UBND · Kon Tum 2020" in compare.info[-1].value
    provinces = _html(_open("views/provinces.py", number=KT20))
    assert "đã phản hồi 07/CT-UBND · Kon Tum 2020" in provinces
    assert _document(KT20) in provinces


def test_the_document_page_speaks_english(service):
    at = _open(DOCUMENT_VIEW, number="07/CT-UBND", lang="en")
    assert "Mentions that could not be pinned to one document (1)" in [
        s.value for s in at.subheader]
    body = _html(at)
    assert html.escape("./document?" + urlencode({"id": DN20, "lang": "en"})) in body


def _section(at: AppTest, title: str) -> str:
    """The markdown shown under the subheader starting with `title`, up to the next one."""
    def walk(node):
        yield node
        for child in getattr(node, "children", {}).values():
            yield from walk(child)

    shown, inside = [], False
    for node in walk(at.main):
        if node.type == "subheader":
            inside = node.value.startswith(title)
        elif inside and node.type == "markdown":
            shown.append(node.value)
    return "\n".join(shown)


def test_a_page_lists_the_pages_citing_its_own_document_and_no_namesake(service):
    at = _open(doc=page_id_for(url("kt20")))
    own = _section(at, "Các trang trích dẫn văn bản này (07/CT-UBND · Kon Tum 2020)")
    assert _doc("kt20-syt") in own and _document(KT20) in own
    for other in ("kt21-ca", "dn20-kl", "dn20-huyen", "vague"):
        assert _doc(other) not in own, other
    same = _section(_open(doc=page_id_for(url("kt20-syt"))), "Trang khác trích dẫn cùng")
    assert _doc("kt20") in same
    for other in ("kt21", "kt21-ca", "dn20", "dn20-kl", "vague"):
        assert _doc(other) not in same, other
