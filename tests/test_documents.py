"""Documents as records: a number shared by three directives (Kon Tum 2020, Kon Tum 2021,
Đắk Nông 2020) is indexed end to end from a WARC and kept apart, page for page."""

from __future__ import annotations

import io
import json
from collections import Counter
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from indexer.ingest.pipeline import index_archive
from indexer.query.chains import timeline
from indexer.query.service import SearchService
from indexer.stores.embedded.store import EmbeddedStore
from tests.cheap_vectors import HashEmbedder

KT20 = "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
KT21 = "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021"
DN20 = "07/CT-UBND|Ủy ban nhân dân tỉnh|Đắk Nông|2020"
AGENCY = {"Kon Tum": "Ủy ban nhân dân tỉnh Kon Tum", "Đắk Nông": "Ủy ban nhân dân tỉnh Đắk Nông"}

# (name, province, published, paragraph, the identity its mention of 07/CT-UBND names;
# "issues" when the page publishes that directive, None when nothing can tell)
ARCHIVE = [
    ("kt20", "Kon Tum", "14/07/2020", "Ngày 14/7/2020, UBND tỉnh Kon Tum ban hành Chỉ thị số "
     "07/CT-UBND về việc tăng cường phòng, chống dịch COVID-19 trên địa bàn tỉnh.", "issues"),
    ("kt20-syt", "Kon Tum", "20/07/2020", "Thực hiện Chỉ thị số 07/CT-UBND ngày 14/7/2020 của "
     "UBND tỉnh Kon Tum về việc tăng cường phòng, chống dịch COVID-19, Sở Y tế ban hành Kế "
     "hoạch số 120/KH-SYT triển khai các biện pháp cách ly.", KT20),
    ("kt20-ttyt", "Kon Tum", "28/07/2020", "Thực hiện Kế hoạch số 120/KH-SYT ngày 20/7/2020 của "
     "Sở Y tế tỉnh Kon Tum, Trung tâm Y tế huyện bố trí khu cách ly tập trung.", None),
    ("kt21", "Kon Tum", "02/03/2021", "Ngày 02/3/2021, UBND tỉnh Kon Tum ban hành Chỉ thị số "
     "07/CT-UBND về việc bảo đảm an ninh, trật tự cuộc bầu cử đại biểu Quốc hội.", "issues"),
    ("kt21-ca", "Kon Tum", "15/03/2021", "Thực hiện Chỉ thị số 07/CT-UBND ngày 02/3/2021 của "
     "UBND tỉnh Kon Tum về bảo đảm an ninh bầu cử, Công an tỉnh tăng cường tuần tra.", KT21),
    ("dn20", "Đắk Nông", "10/05/2020", "Ngày 10/5/2020, UBND tỉnh Đắk Nông ban hành Chỉ thị số "
     "07/CT-UBND về việc tăng cường phòng cháy, chữa cháy rừng mùa khô.", "issues"),
    ("dn20-kl", "Đắk Nông", "01/06/2020", "Thực hiện Chỉ thị số 07/CT-UBND ngày 10/5/2020 của "
     "UBND tỉnh Đắk Nông về phòng cháy, chữa cháy rừng, Chi cục Kiểm lâm tổ chức tuần tra.", DN20),
    ("dn20-huyen", "Đắk Nông", "01/08/2020", "Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về "
     "phòng cháy, chữa cháy rừng, UBND huyện Đắk Glong huy động lực lượng trực 24/24.", DN20),
    ("vague", "Kon Tum", "05/01/2021", "Các xã tiếp tục thực hiện nghiêm Chỉ thị số 07/CT-UBND "
     "trong dịp cuối năm.", None),
]
PAGE = """<html><head><title>{title}</title></head><body>
<div class="menu">Trang chủ | Giới thiệu | Tin tức | Văn bản</div><h1>{title}</h1>
<p class="date">{published} 08:00</p>
<p>{filler}</p>
<p>{text}</p>
<div class="footer">Cổng thông tin điện tử. Điện thoại: 0260.3862479</div>
</body></html>"""
FILLER = ("Các cơ quan, đơn vị nghiêm túc triển khai, kiểm tra, đôn đốc và báo cáo kết quả "
          "thực hiện định kỳ để tổng hợp, báo cáo cấp trên theo quy định.")


def write_archive(path: Path) -> None:
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for name, province, published, text, _ in ARCHIVE:
            url = f"http://{name}.localhost/tin-tuc/{name}.html"
            html = PAGE.format(title=f"Tin {name}", published=published, text=text,
                               filler=FILLER)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html")],
                                       protocol="HTTP/1.1")
            record = writer.create_warc_record(url, "response", http_headers=headers,
                                               payload=io.BytesIO(html.encode()))
            writer.write_record(record)
            profile = {"profile": name, "province": province, "agency": AGENCY[province],
                       "date_order": "dmy", "kind": "article", "parent_url": None}
            writer.write_record(writer.create_warc_record(
                url, "metadata", payload=io.BytesIO(json.dumps(profile).encode()),
                warc_content_type="application/json",
                warc_headers_dict={"WARC-Concurrent-To": record.rec_headers["WARC-Record-ID"]},
            ))


@pytest.fixture(scope="module")
def service(tmp_path_factory):
    root = tmp_path_factory.mktemp("documents")
    (root / "warc").mkdir()
    write_archive(root / "warc" / "crawl.warc.gz")
    store = EmbeddedStore(root / "store", dim=64)
    index_archive(store, HashEmbedder(), [root / "warc"], root / "reports")
    yield SearchService(store, None)
    store.close()


def url(name: str) -> str:
    return f"http://{name}.localhost/tin-tuc/{name}.html"


def test_a_shared_number_names_three_documents_each_with_exactly_its_pages(service):
    named = service.documents("Chỉ thị số 07/CT-UBND")
    truth: dict[str, set[str]] = {}
    for name, _, _, _, identity in ARCHIVE:
        if identity not in (None, "issues"):
            truth.setdefault(identity, set()).add(url(name))
    found = {d.identity: {h.url for h in d.citing_pages} for d in named.documents}
    assert found == truth
    issuers = {d.identity: [h.url for h in d.issued_by] for d in named.documents}
    assert issuers == {KT20: [url("kt20")], KT21: [url("kt21")], DN20: [url("dn20")]}
    assert [m.page.url for m in named.ambiguous] == [url("vague")]
    merged = [m for d in named.documents for m in d.mentions if m.identity != d.identity]
    assert merged == []
    shares = Counter(m.confidence for d in named.documents for m in d.mentions)
    shares.update(m.confidence for m in named.ambiguous)
    total = sum(shares.values())
    print("\nmentions of 07/CT-UBND: "
          + ", ".join(f"{kind} {shares[kind]}/{total}" for kind in
                      ("stated", "inferred", "ambiguous")))
    print(f"documents separated: {len(found)}/{len(truth)}, merged mentions: {len(merged)}")


def test_a_document_record_says_what_it_is(service):
    record = service.document_record(KT21)
    assert (record.number, record.issuer, record.province, record.year) == (
        "07/CT-UBND", "Ủy ban nhân dân tỉnh", "Kon Tum", 2021)
    assert record.confidence == "stated" and record.type == "Chỉ thị"
    assert record.date == "2021-03-02"
    assert service.document_record("07/CT-UBND|Ủy ban nhân dân tỉnh|Hà Nội|2020") is None


def test_province_and_year_pick_one_document(service):
    assert [d.identity for d in service.documents("07/CT-UBND", province="kon tum").documents
            ] == [KT21, KT20]
    assert [d.identity for d in service.documents("07/CT-UBND", year=2020).documents
            ] == [KT20, DN20]
    assert service.documents("99/CT-UBND").documents == []


def test_the_chain_follows_identities_hop_by_hop(service):
    one = service.chain("07/CT-UBND", province="Kon Tum", year=2020)
    assert {h.url for h in one.pages.values()} == {url("kt20"), url("kt20-syt")}
    assert one.root == KT20
    rows = timeline(one)
    assert [(row["url"], row["lag_days"]) for row in rows] == [(url("kt20-syt"), 6)]
    two = service.chain("07/CT-UBND", province="Kon Tum", year=2020, hops=2)
    # the Sở Y tế plan the first hop reached issues 120/KH-SYT, which the district cites
    assert {h.url for h in two.pages.values()} == {url("kt20"), url("kt20-syt"),
                                                   url("kt20-ttyt")}
    every = service.chain("07/CT-UBND")
    assert set(every.roots) == {KT20, KT21, DN20, "07/CT-UBND"}
    assert (next(p for p, h in every.pages.items() if h.url == url("vague")),
            "07/CT-UBND") in every.edges


def test_cli_chain_json_lists_one_entry_per_document(service):
    from indexer.cli.chains import documents_json, search_documents

    entries = documents_json(service, "07/CT-UBND", None, None, 1)
    assert [(e["province"], e["year"]) for e in entries] == [
        ("Kon Tum", 2021), ("Kon Tum", 2020), ("Đắk Nông", 2020), (None, None)]
    kt20 = entries[1]
    assert {"number", "type", "issuer", "province", "year", "date", "title", "confidence",
            "pages"} <= kt20.keys()
    assert [(p["url"], p["relation"]) for p in kt20["pages"]] == [
        (url("kt20"), "issues"), (url("kt20-syt"), "implements")]
    deeper = documents_json(service, "07/CT-UBND", "Kon Tum", 2020, 2)
    assert [p["url"] for p in deeper[0]["pages"]][-1] == url("kt20-ttyt")
    assert documents_json(service, "99/CT-UBND", None, None, 1) == []
    hits = service.search("07/CT-UBND", mode="keyword", limit=20).hits
    groups = search_documents(service, "07/CT-UBND", hits)
    assert len(groups) == 4 and all(g["page_ids"] for g in groups)
    assert search_documents(service, "phòng cháy", hits) == []


def test_cli_chain_refuses_a_malformed_number(tmp_path):
    from tests.conftest import run_bulletin

    result = run_bulletin("chain", "hello", "--json", data_dir=tmp_path)
    assert result.returncode == 2
    assert result.stderr.strip().splitlines() == [
        "error: 'hello' is not a document number: give one like 07/CT-UBND"]
