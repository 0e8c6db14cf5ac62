"""Legal status (#21): relations read from sentences, a status derived with its evidence,
and a filterable "cited by", end to end from a WARC of legal texts and news pages."""

from __future__ import annotations

import html
import io
import json
from datetime import date
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.ingest.pipeline import index_archive
from indexer.models import SearchFilters
from indexer.parsing.citations import find_citations
from indexer.parsing.relations import apply_relations, effective_dates, sentence_at
from indexer.query.service import SearchService
from indexer.query.status import StatusEvidence, derive_status
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder


def relations(text: str, own: str | None = "18/2021/QĐ-UBND") -> list[tuple]:
    cited = find_citations(text, province="Kon Tum", published="2021-08-20", own_number=own)
    return [(c.number, c.relation, c.subject, c.since) for c in apply_relations(text, cited)]


# ---- sentence patterns ------------------------------------------------------------------
@pytest.mark.parametrize("text, expected", [
    # amends: the whole phrase, a part, the regulation attached to it
    ("Sửa đổi, bổ sung một số điều của Thông tư số 28/2010/TT-BGTVT ngày 13 tháng 9 năm 2010 "
     "của Bộ trưởng Bộ Giao thông vận tải.", [("28/2010/TT-BGTVT", "amends", None, None)]),
    ("Sửa đổi Điều 3 của Quy định ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày "
     "01/4/2020 của UBND tỉnh Kon Tum.", [("12/2020/QĐ-UBND", "amends", None, None)]),
    ("Bãi bỏ Điều 5 của Quyết định số 12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh.",
     [("12/2020/QĐ-UBND", "amends", None, None)]),  # a part repealed: the rest stays
    # replaces, alone and after the effective-date clause
    ("Quyết định này có hiệu lực kể từ ngày 01 tháng 9 năm 2021 và thay thế Quyết định số "
     "12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh Kon Tum.",
     [("12/2020/QĐ-UBND", "replaces", None, None)]),
    ("Thay thế Quyết định số 12/2020/QĐ-UBND, Quyết định số 25/2020/QĐ-UBND và Quyết định số "
     "03/2021/QĐ-UBND của UBND tỉnh.",
     [(n, "replaces", None, None) for n in ("12/2020/QĐ-UBND", "25/2020/QĐ-UBND",
                                            "03/2021/QĐ-UBND")]),
    # repeals: active, and "hết hiệu lực" after the number, with its date
    ("Bãi bỏ Quyết định số 40/2019/QĐ-UBND ngày 10/10/2019 của UBND tỉnh Kon Tum.",
     [("40/2019/QĐ-UBND", "repeals", None, None)]),
    ("Hủy bỏ Quyết định số 40/2019/QĐ-UBND ngày 10/10/2019 của UBND tỉnh Kon Tum.",
     [("40/2019/QĐ-UBND", "repeals", None, None)]),
    ("Quyết định số 12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh hết hiệu lực kể từ ngày "
     "01/9/2021.", [("12/2020/QĐ-UBND", "repeals", None, "2021-09-01")]),
    # a news page: the acting document is named before the verb
    ("UBND tỉnh vừa ban hành Quyết định 18/2021/QĐ-UBND thay thế Quyết định 12/2020/QĐ-UBND "
     "về quản lý chợ.", [("18/2021/QĐ-UBND", "cites", None, None),
                        ("12/2020/QĐ-UBND", "replaces", "18/2021/QĐ-UBND", None)]),
    ("Quyết định số 12/2020/QĐ-UBND được thay thế bằng Quyết định số 18/2021/QĐ-UBND.",
     [("12/2020/QĐ-UBND", "replaces", "18/2021/QĐ-UBND", None),
      ("18/2021/QĐ-UBND", "cites", None, None)]),
    # implements stays as citations.py decides it
    ("Hướng dẫn thi hành Nghị quyết số 21/2013/NQ-HĐND ngày 05/12/2013 của HĐND tỉnh Cà Mau.",
     [("21/2013/NQ-HĐND", "implements", None, None)]),
], ids=["amends", "amends-attached", "partial-repeal", "replaces", "replaces-list",
        "repeals", "huy-bo", "ends", "news", "passive", "implements"])
def test_each_relation_is_read_from_its_sentence(text, expected):
    own = None if ("vừa ban hành" in text or "được" in text) else "18/2021/QĐ-UBND"
    assert relations(text, own=own) == expected


@pytest.mark.parametrize("text", [
    "Căn cứ Nghị định số 154/2020/NĐ-CP ngày 31/12/2020 của Chính phủ sửa đổi, bổ sung một số "
    "điều của Nghị định số 34/2016/NĐ-CP ngày 14/5/2016 của Chính phủ;",
    "Căn cứ Nghị định số 92/2006/NĐ-CP ngày 07/9/2006 của Chính phủ;\nNghị định số "
    "04/2008/NĐ-CP ngày 11/01/2008 của Chính phủ về sửa đổi, bổ sung một số điều của Nghị định "
    "số 92/2006/NĐ-CP ngày 07/9/2006;",
    "Việc chi trả thực hiện theo quy định tại Quyết định số 12/2020/QĐ-UBND của UBND tỉnh.",
    "Bổ sung kinh phí thực hiện Quyết định số 12/2020/QĐ-UBND của UBND tỉnh.",
    "Các đơn vị thay thế bản đồ cũ theo Quyết định số 12/2020/QĐ-UBND của UBND tỉnh.",
], ids=["can-cu", "can-cu-list", "theo-quy-dinh-tai", "bo-sung-kinh-phi", "thay-the-ban-do"])
def test_bases_and_references_are_no_relations(text):
    assert not [r for r in relations(text) if r[1] in ("amends", "replaces", "repeals")]


def test_effective_and_end_dates_of_the_own_document():
    assert effective_dates("Quyết định này có hiệu lực thi hành sau 10 ngày, kể từ ngày ký.",
                           signed="2015-09-11").effective_from == "2015-09-21"
    assert effective_dates("Quyết định này có hiệu lực thi hành kể từ ngày ký.",
                           signed="2015-09-11").effective_from == "2015-09-11"
    found = effective_dates("Quyết định này có hiệu lực kể từ ngày 15 tháng 4 năm 2020.")
    assert found.effective_from == "2020-04-15" and "hiệu lực" in found.sentence
    assert effective_dates("Chỉ thị này hết hiệu lực kể từ ngày 31/12/2021."
                           ).effective_until == "2021-12-31"
    # another document's date is not the own one's
    assert effective_dates("Quyết định số 5/2021/QĐ-UBND có hiệu lực từ ngày 01/9/2021.",
                           own_number="18/2021/QĐ-UBND").effective_from is None
    assert effective_dates("Quyết định số 18/2021/QĐ-UBND có hiệu lực từ ngày 01/9/2021.",
                           own_number="18/2021/QĐ-UBND").effective_from == "2021-09-01"


def test_a_sentence_is_cut_at_its_ends():
    text = "Mở đầu. Bãi bỏ Quyết định số 40/2019/QĐ-UBND của UBND tỉnh. Câu sau."
    start = text.index("40/")
    assert sentence_at(text, start, start + 15) == (
        "Bãi bỏ Quyết định số 40/2019/QĐ-UBND của UBND tỉnh.")


# ---- status derivation ------------------------------------------------------------------
def _evidence(kind, by, since, confidence="stated"):
    return StatusEvidence(kind, by, f"p-{by}-{kind}", f"http://x/{by}", None, since, "…",
                          confidence, since=since)


def test_amended_twice_then_replaced_is_replaced_with_both_amendments():
    evidence = [
        _evidence("effective", None, "2020-04-15"),
        _evidence("amends", "A25", "2020-08-01"),
        _evidence("amends", "A03", "2021-03-01"),
        _evidence("replaces", "R18", "2021-09-01"),
        _evidence("replaces", "R18", None, "reported"),  # the news page reporting it
    ]
    status = derive_status("Q12", evidence, as_of=date(2022, 1, 1))
    assert (status.status, status.since, status.by) == ("replaced", "2021-09-01", ["R18"])
    assert [e.by for e in status.amendments] == ["A25", "A03"]
    assert status.effective_from == "2020-04-15"
    # the day before the replacement it was amended; before any amendment, in force
    assert derive_status("Q12", evidence, as_of=date(2021, 8, 31)).status == "amended"
    early = derive_status("Q12", evidence[:1], as_of=date(2020, 5, 1))
    assert (early.status, early.since) == ("in_force", "2020-04-15")
    assert derive_status("Q12", [], as_of=date(2020, 5, 1)).status == "unknown"
    assert derive_status("Q12", [_evidence("effective", None, "2030-01-01")],
                         as_of=date(2020, 5, 1)).status == "unknown"
    repealed = derive_status("Q40", [_evidence("repeals", "R18", None)], as_of=date(2022, 1, 1))
    assert (repealed.status, repealed.by) == ("repealed", ["R18"])


# ---- end to end ---------------------------------------------------------------------------
HEADER = ("ỦY BAN NHÂN DÂN TỈNH KON TUM | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - "
          "Hạnh phúc\nSố: {number} | Kon Tum, ngày {signed}\nQUYẾT ĐỊNH\n")
Q12 = "12/2020/QĐ-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
Q18 = "18/2021/QĐ-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021"
Q40 = "40/2019/QĐ-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2019"
ARCHIVE = [  # (name, province, published, text)
    ("q12", "Kon Tum", "01/04/2020", HEADER.format(number="12/2020/QĐ-UBND",
                                                   signed="01 tháng 4 năm 2020")
     + "Ban hành Quy định quản lý chợ trên địa bàn tỉnh.\nQuyết định này có hiệu lực kể từ "
     "ngày 15 tháng 4 năm 2020."),
    ("q25", "Kon Tum", "20/07/2020", HEADER.format(number="25/2020/QĐ-UBND",
                                                   signed="20 tháng 7 năm 2020")
     + "Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số "
     "12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh Kon Tum.\nQuyết định này có hiệu lực kể "
     "từ ngày 01 tháng 8 năm 2020."),
    ("q03", "Kon Tum", "15/02/2021", HEADER.format(number="03/2021/QĐ-UBND",
                                                   signed="15 tháng 02 năm 2021")
     + "Sửa đổi Điều 7 của Quy định ban hành kèm theo Quyết định số 12/2020/QĐ-UBND ngày "
     "01/4/2020 của UBND tỉnh Kon Tum.\nQuyết định này có hiệu lực kể từ ngày 01 tháng 3 năm "
     "2021."),
    ("q18", "Kon Tum", "20/08/2021", HEADER.format(number="18/2021/QĐ-UBND",
                                                   signed="20 tháng 8 năm 2021")
     + "Ban hành Quy định quản lý chợ mới.\nQuyết định này có hiệu lực kể từ ngày 01 tháng 9 "
     "năm 2021 và thay thế Quyết định số 12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh Kon "
     "Tum.\nBãi bỏ Quyết định số 40/2019/QĐ-UBND ngày 10/10/2019 của UBND tỉnh Kon Tum."),
    ("news", "Kon Tum", "25/08/2021", "Ngày 20/8/2021, UBND tỉnh Kon Tum ban hành Quyết định "
     "số 18/2021/QĐ-UBND về quản lý chợ, thay thế Quyết định số 12/2020/QĐ-UBND ngày "
     "01/4/2020 của UBND tỉnh Kon Tum."),
    ("syt", "Kon Tum", "10/05/2020", "Thực hiện Quyết định số 12/2020/QĐ-UBND ngày 01/4/2020 "
     "của UBND tỉnh Kon Tum, Sở Công Thương kiểm tra các chợ."),
    ("gialai", "Gia Lai", "12/06/2020", "Sở Công Thương tỉnh Gia Lai tham khảo Quyết định số "
     "12/2020/QĐ-UBND ngày 01/4/2020 của UBND tỉnh Kon Tum về quản lý chợ."),
    ("huyen", "Kon Tum", "12/06/2020", "Thực hiện Quyết định số 12/2020/QĐ-UBND của UBND "
     "huyện, các xã rà soát chợ tạm."),
]
PAGE = """<html><head><title>{title}</title></head><body>
<div class="menu">Trang chủ | Giới thiệu | Tin tức | Văn bản</div><h1>{title}</h1>
<p class="date">{published} 08:00</p>
{paragraphs}
<div class="footer">Cổng thông tin điện tử. Điện thoại: 0260.3862479</div>
</body></html>"""


def url(name: str) -> str:
    return f"http://{name}.localhost/van-ban/{name}.html"


def write_archive(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for name, province, published, text in ARCHIVE:
            paragraphs = "\n".join(f"<p>{line}</p>" for line in text.split("\n"))
            html = PAGE.format(title=f"Văn bản {name}", published=published,
                               paragraphs=paragraphs)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url(name), "response", http_headers=headers,
                                               payload=io.BytesIO(html.encode()))
            writer.write_record(record)
            profile = {"profile": name, "province": province,
                       "agency": f"Ủy ban nhân dân tỉnh {province}", "date_order": "dmy",
                       "kind": "article", "parent_url": None}
            writer.write_record(writer.create_warc_record(
                url(name), "metadata", payload=io.BytesIO(json.dumps(profile).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": record.rec_headers["WARC-Record-ID"]},
            ))


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    root = tmp_path_factory.mktemp("relations")
    (root / "warc").mkdir()
    write_archive(root / "warc" / "crawl.warc.gz")
    store = EmbeddedStore(root / "store", dim=64)
    index_archive(store, HashEmbedder(), [root / "warc"], root / "reports")
    yield SearchService(store, None)
    store.close()


def test_the_archive_finds_the_replaced_document_and_its_evidence(service):
    status = service.status(Q12, as_of=date(2022, 1, 1))
    assert (status.status, status.since, status.by) == ("replaced", "2021-09-01", [Q18])
    assert [e.by.split("|")[0] for e in status.amendments] == [
        "25/2020/QĐ-UBND", "03/2021/QĐ-UBND"]
    assert status.effective_from == "2020-04-15"
    kinds = {(e.kind, e.confidence, e.url) for e in status.evidence}
    assert ("replaces", "stated", url("q18")) in kinds
    assert ("replaces", "reported", url("news")) in kinds
    replaced = next(e for e in status.evidence if e.url == url("q18"))
    assert "thay thế Quyết định số 12/2020/QĐ-UBND" in replaced.sentence
    repealed = service.status(Q40, as_of=date(2022, 1, 1))
    assert (repealed.status, repealed.by) == ("repealed", [Q18])
    assert service.status(Q18, as_of=date(2022, 1, 1)).status == "in_force"
    assert [s.identity for s in service.statuses("12/2020/QĐ-UBND")] == [Q12]


def test_cited_by_filters_counts_and_keeps_unresolved_mentions_apart(service):
    every = service.cited_by_document(Q12)
    assert {r.url for r in every.rows} == {url(n) for n in ("q25", "q03", "q18", "news", "syt",
                                                            "gialai")}
    assert url("q12") not in {r.url for r in every.rows}  # its own number is no citation
    assert every.facets["province"] == {"Kon Tum": 5, "Gia Lai": 1}
    assert every.facets["relation"]["amends"] == 2
    assert [r.url for r in every.unresolved] == [url("huyen")]
    gia_lai = service.cited_by_document(Q12, province="gia lai")
    assert [r.url for r in gia_lai.rows] == [url("gialai")] and gia_lai.total == 6
    assert "tham khảo Quyết định số 12/2020/QĐ-UBND" in gia_lai.rows[0].sentence
    # a facet counts under the other filters, not its own
    assert gia_lai.facets["province"] == {"Kon Tum": 5, "Gia Lai": 1}
    assert gia_lai.facets["relation"] == {"cites": 1}
    amended = service.cited_by_document(Q12, relation="amends", year=2021)
    assert [r.url for r in amended.rows] == [url("q03")]


def test_search_keeps_the_pages_of_documents_with_a_status(service):
    replaced = service.search_by_status("", "replaced", as_of=date(2022, 1, 1))
    assert [h.url for h in replaced.hits] == [url("q12")]
    # filters by the stores' rules: folded names, agency too, the day inclusive
    for kept, filters in ((True, SearchFilters(province="kon tum",
                                               agency="UY BAN NHAN DAN TINH KON TUM")),
                          (False, SearchFilters(province="Gia Lai")),
                          (False, SearchFilters(agency="Sở Nội vụ")),
                          (False, SearchFilters(date_to=date(2000, 1, 1)))):
        found = service.search_by_status("", "replaced", filters=filters, as_of=date(2022, 1, 1))
        assert [h.url for h in found.hits] == ([url("q12")] if kept else []), filters
    words = service.search_by_status("chợ", "replaced", mode="keyword", as_of=date(2022, 1, 1))
    assert [h.url for h in words.hits] == [url("q12")]
    repealed = service.search_by_status("", "repealed", as_of=date(2022, 1, 1))
    assert repealed.hits == []  # 40/2019 is repealed, but no stored page publishes it
    in_force = service.search_by_status("", "in_force", as_of=date(2022, 1, 1))
    # the amending documents and the new one are in force (the news page publishes 18/2021)
    assert {h.url for h in in_force.hits} == {url(n) for n in ("q18", "news", "q25", "q03")}


def test_cli_status_and_chain_json_carry_the_status(service):
    from indexer.cli.chains import documents_json
    from indexer.cli.status import status_json

    entries = documents_json(service, "12/2020/QĐ-UBND", None, None, 1)
    assert entries[0]["status"]["status"] == "replaced"
    assert entries[0]["status"]["by"] == [Q18]
    body = status_json(service, "12/2020/QĐ-UBND")
    assert [(d["identity"], d["status"]) for d in body] == [(Q12, "replaced")]


# ---- measured on real legal texts ----------------------------------------------------------
LEGAL = Path("/work/shared/samples/legal")
LABELLED = Path(__file__).parent / "data" / "relations_labelled.json"


def _predicted_sentences(path: Path) -> dict[str, set[tuple[str, str]]]:
    from indexer.parsing.citations import find_own_number
    from indexer.parsing.relations import RELATIONS, sentence_at

    doc = json.loads(path.read_text(encoding="utf-8"))
    text = doc["text"]
    cited = find_citations(text, own_number=find_own_number(text), published=doc.get("date"))
    found: dict[str, set[tuple[str, str]]] = {}
    for c in apply_relations(text, cited):
        pairs = found.setdefault(sentence_at(text, c.start, c.end), set())
        if c.relation in RELATIONS:
            pairs.add((c.relation, c.number))
    return found


@pytest.mark.skipif(not LEGAL.is_dir(), reason="the shared legal samples are not here")
def test_relation_precision_and_recall_on_labelled_real_sentences():
    labelled = json.loads(LABELLED.read_text(encoding="utf-8"))
    by_file: dict[str, dict] = {}
    counts = {r: [0, 0, 0] for r in ("implements", "amends", "replaces", "repeals")}  # tp fp fn
    unmatched = 0
    for row in labelled["sentences"]:
        predicted = by_file.setdefault(row["source"], _predicted_sentences(LEGAL / row["source"]))
        key = next((s for s in predicted if s == row["sentence"] or (
            row["match"] == "prefix" and s.startswith(row["sentence"]))), None)
        unmatched += key is None
        got = predicted.get(key, set())
        truth = {tuple(pair) for pair in row["relations"]}
        for relation, tally in counts.items():
            want = {p for p in truth if p[0] == relation}
            have = {p for p in got if p[0] == relation}
            tally[0] += len(want & have)
            tally[1] += len(have - want)
            tally[2] += len(want - have)
    print(f"\n{len(labelled['sentences'])} labelled sentences ({labelled['labelled_by']}); "
          f"{unmatched} not found")
    scores = {}
    for relation, (tp, fp, fn) in counts.items():
        precision = tp / (tp + fp) if tp + fp else None
        recall = tp / (tp + fn) if tp + fn else None
        scores[relation] = (precision, recall)
        print(f"{relation:<11} tp {tp:>2} fp {fp:>2} fn {fn:>2}  precision "
              f"{'n/a' if precision is None else f'{precision:.2f}'}  recall "
              f"{'n/a' if recall is None else f'{recall:.2f}'}")
    assert unmatched == 0
    # Floors at what was measured (the printed table). Not held out: after the first
    # measurement two rules were added for misses and false alarms it showed (a part named at
    # the end of its verb's object, "thay thế danh sách ... được công bố tại X"; "thực hiện
    # theo X" is no implementing cue). The remaining implements false alarms are plans of
    # other bodies and documents described inside a "Căn cứ" item.
    assert scores["replaces"] == (1.0, 1.0)
    assert scores["amends"] == (1.0, 1.0)
    assert scores["implements"][0] >= 0.85 and scores["implements"][1] >= 0.95
    assert counts["repeals"][1] == 0  # no repeal in these texts, and none invented


def test_ui_renders_the_status_with_its_evidence_and_the_cited_by_list(service):
    from search_ui.legal_status import cited_by_rows_html, show_cited_by, status_html

    status = service.status(Q12, as_of=date(2022, 1, 1))
    shown = html.unescape(status_html(status, "en"))
    assert "Replaced" in shown and "since 2021-09-01" in shown and "Amendments:" in shown
    assert "thay thế Quyết định số 12/2020/QĐ-UBND" in shown and "reported by another page" in shown
    assert "Đã bị thay thế" in html.unescape(status_html(status, "vi"))
    unknown = html.unescape(status_html(derive_status(Q40, [], as_of=date(2022, 1, 1)), "en"))
    assert "Unknown" in unknown and "not guessed" in unknown
    assert "No stored page" in html.unescape(status_html(None, "en"))
    rows = html.unescape(cited_by_rows_html(service.cited_by_document(Q12, province="Gia Lai"),
                                            "en"))
    assert "tham khảo Quyết định số <mark>12/2020/QĐ-UBND</mark>" in rows
    found = show_cited_by(service, Q12, "en")  # no Streamlit runtime: every filter at "all"
    assert found.total == 6 and len(found.unresolved) == 1


def test_relations_and_effective_dates_round_trip_in_both_stores():
    """Relations ride in `Page.citations` and the dates on `Page`: both stores keep the page
    whole (the embedded store as JSON, Elasticsearch in `_source`, citations not indexed),
    so neither schema changes."""
    import numpy as np

    from indexer.models import Citation, Page
    from indexer.stores.elastic import documents as es_documents
    from indexer.stores.embedded import schema as embedded_schema

    page = Page(page_id="p1", url="http://x.localhost/q18.html", text="Thay thế Quyết định số "
                "12/2020/QĐ-UBND.", own_number="18/2021/QĐ-UBND", own_identity=Q18,
                own_confidence="stated", effective_from="2021-09-01",
                effective_until="2031-12-31",
                citations=[Citation(number="12/2020/QĐ-UBND", relation="replaces",
                                    subject="18/2021/QĐ-UBND", since="2021-09-01", start=23,
                                    end=38)])
    empty = np.zeros((0, 4), dtype=np.float32)
    assert embedded_schema.page_of(embedded_schema.page_document(page, 1, [], empty)) == page
    source = es_documents.page_document(page, [], empty)
    assert es_documents.page_from_source(source) == page


def test_cli_status_refuses_what_names_no_document(tmp_path):
    from tests.conftest import run_bulletin

    result = run_bulletin("status", "hello", "--json", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().startswith("error: 'hello' is not a document number")
    bad = run_bulletin("search", "chợ", "--status", "maybe", "--mode", "keyword",
                       data_dir=tmp_path)
    assert bad.returncode == 2 and "status must be one of" in bad.stderr
