"""Document numbers: normalising, finding citations, and a document's own number."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.parsing.citations import find_citations, find_own_number, normalise_number
from tests.conftest import SAMPLES

GOLD = Path(__file__).parent / "data" / "citation_gold.json"
needs_samples = pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not present")


def numbers(text: str, **kwargs) -> list[str]:
    return [c.number for c in find_citations(text, **kwargs)]


def only(text: str, **kwargs):
    found = find_citations(text, **kwargs)
    assert len(found) == 1, [c.number for c in found]
    return found[0]


# ---- normalise_number ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("07/CT-UBND", "07/CT-UBND"),
        ("Số: 17/2015/QĐ -UBND", "17/2015/QĐ-UBND"),
        ("số 07 / CT - UBND", "07/CT-UBND"),
        ("02/CD-UBND", "02/CĐ-UBND"),
        ("1539/QD-UBND", "1539/QĐ-UBND"),
        ("15/2020/ND-CP", "15/2020/NĐ-CP"),
        ("1391/TB-BCD", "1391/TB-BCĐ"),
        ("30/2014/NQ-HDND", "30/2014/NQ-HĐND"),
        ("3143/BKHDT-KTDPLT", "3143/BKHĐT-KTDPLT"),
        ("1922/QÐ-UBND", "1922/QĐ-UBND"),  # Latin capital eth, a common look-alike of Đ
        ("13/CT-TTG", "13/CT-TTg"),
        ("16/ct-ttg", "16/CT-TTg"),
        ("51/TTR-UBND", "51/TTr-UBND"),
        ("08-QDi/TW", "08-QĐi/TW"),
        ("172 - TB/TW", "172-TB/TW"),
        ("01/2020/ttlt-btp-btc", "01/2020/TTLT-BTP-BTC"),
        ("337/HDLN-BDT–STC", "337/HDLN-BDT-STC"),
        ("30A/2008/NQ-CP", "30a/2008/NQ-CP"),
        ("qcvn 07a : 2020/bct", "QCVN 07A:2020/BCT"),
        ("QCVN07A:2020/BCT", "QCVN 07A:2020/BCT"),
        ("TCVN 2615:2008", "TCVN 2615:2008"),
        ("tcvn iso 9001:2015", "TCVN ISO 9001:2015"),
        ("  4962/ubnd-kgvx ", "4962/UBND-KGVX"),
    ],
)
def test_normalise_number(raw: str, expected: str) -> None:
    assert normalise_number(raw) == expected


def test_normalise_number_is_idempotent_on_found_numbers() -> None:
    for item in json.loads(GOLD.read_text(encoding="utf-8"))["items"]:
        for number in item["numbers"]:
            assert normalise_number(number) == number


# ---- the forms a bulletin cites --------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "number", "doc_type"),
    [
        ("Căn cứ Nghị định số 15/2020/NĐ-CP của Chính phủ", "15/2020/NĐ-CP", "Nghị định"),
        ("theo Thông tư 53/2015/TT-BGTVT", "53/2015/TT-BGTVT", "Thông tư"),
        ("Quyết định số 17/2015/QĐ-UBND", "17/2015/QĐ-UBND", "Quyết định"),
        ("Chỉ thị số 07/CT-UBND", "07/CT-UBND", "Chỉ thị"),
        ("thực hiện 1539/QĐ-UBND", "1539/QĐ-UBND", "Quyết định"),  # type from the code
        ("Chỉ thị 13/CT-TTg", "13/CT-TTg", "Chỉ thị"),
        ("Công văn 4962/UBND-KGVX", "4962/UBND-KGVX", "Công văn"),
        ("theo 4519/VPCP-KTN", "4519/VPCP-KTN", "Công văn"),  # issuer + drafting unit
        ("Văn bản số 1391/TB-BCĐ", "1391/TB-BCĐ", "Thông báo"),  # the code says more
        ("Thông báo số 1257/TB-BNV", "1257/TB-BNV", "Thông báo"),
        ("Thông báo số 172-TB/TW", "172-TB/TW", "Thông báo"),
        ("văn bản số 1025-CV/TU", "1025-CV/TU", "Công văn"),
        ("Chỉ thị số 35-CT/TW", "35-CT/TW", "Chỉ thị"),
        ("Kế hoạch số 100-KH/TU", "100-KH/TU", "Kế hoạch"),
        ("Nghị quyết số 05-NQ/TW", "05-NQ/TW", "Nghị quyết"),
        ("Hướng dẫn 337/HDLN-BDT-STC-STNMT-SNNPTNT", "337/HDLN-BDT-STC-STNMT-SNNPTNT",
         "Hướng dẫn"),
        ("Thông tư liên tịch 01/2020/TTLT-BTP-BTC", "01/2020/TTLT-BTP-BTC", "Thông tư liên tịch"),
        ("Thông tư số 01/2020/TTLT-BTP-BTC", "01/2020/TTLT-BTP-BTC", "Thông tư liên tịch"),
        ("đạt QCVN 07A:2020/BCT", "QCVN 07A:2020/BCT", "Quy chuẩn kỹ thuật quốc gia"),
        ("theo TCVN 2615:2008", "TCVN 2615:2008", "Tiêu chuẩn"),
        ("tại Điện mật số 579/TK", "579/TK", "Điện mật"),
        ("Tờ trình số 51/TTr-UBND", "51/TTr-UBND", "Tờ trình"),
        ("Báo cáo số 344/BC-SKHĐT", "344/BC-SKHĐT", "Báo cáo"),
        ("Công điện số 02/CĐ-UBND", "02/CĐ-UBND", "Công điện"),
        ("Luật số 25/2008/QH12", "25/2008/QH12", "Luật"),
        ("CHỈ THỊ SỐ 13/CT-TTG NGÀY 10/6/2015", "13/CT-TTg", "Chỉ thị"),
        ("Nghị quyết 30a/2008/NQ-CP", "30a/2008/NQ-CP", "Nghị quyết"),
    ],
)
def test_each_form_is_found_with_its_type(text: str, number: str, doc_type: str) -> None:
    citation = only(text)
    assert (citation.number, citation.type) == (number, doc_type)


@pytest.mark.parametrize(
    "text",
    [
        "ngày 14/7/2020", "ngày 21-3-2020", "từ 19.3.2020", "Điện thoại: 02603.862479",
        "lúc 15:52", "tỷ lệ 1/2 và 1/10.000", "bản đồ 1:50.000", "COVID-19", "SARS-CoV-2",
        "nhiệm kỳ 2020-2025", "giai đoạn 2020 - 2025",
        "https://thuvienphapluat.vn/van-ban/Quyet-dinh-1539-QD-UBND-2015",
        "www.kontum.gov.vn/tin/35-CT/TW.html", "sotuphap-kontum@chinhphu.vn",
        "Km 12/QL14", "Tổ 8/KP3", "lớp 12/A1", "trực 24/7", "700.000đ/người/tháng",
        "5G/LTE", "3/4 số xã", "V/v đầu tư", "Số người online: 2", "Luật An ninh mạng",
    ],
)
def test_look_alikes_are_not_citations(text: str) -> None:
    assert numbers(text) == []


def test_date_issuer_year_and_offsets_of_a_local_citation() -> None:
    text = ("Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao "
            "điểm tấn công trấn áp tội phạm.")
    c = only(text, province="Đắk Nông")
    assert text[c.start:c.end] == "07/CT-UBND"
    assert (c.date, c.year, c.issuer, c.province) == (
        "2020-07-14", 2020, "Ủy ban nhân dân tỉnh", "Đắk Nông")
    assert c.identity == "07/CT-UBND|Ủy ban nhân dân tỉnh|Đắk Nông|2020"
    assert c.confidence == "inferred"  # the province is the citing page's
    assert c.relation == "implements"


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Chỉ thị số 07/CT-UBND ngày 14/7/2020", "2020-07-14"),
        ("Thông báo số 172-TB/TW, ngày 21-3-2020", "2020-03-21"),
        ("Quyết định số 947/QĐ-BHXH ngày 01 tháng 9 năm 2015", "2015-09-01"),
        ("Tờ trình số 51/TTr-UBND ngày 22 tháng 4 năm 2015", "2015-04-22"),
        ("Công văn số 1948/BTP-KSTT ngày 09.6.2015", "2015-06-09"),
        ("Chỉ thị số 07/CT-UBND. Ngày 14/7/2020 đoàn kiểm tra", None),  # another sentence
        ("Quyết định số 12/QĐ-UBND ngày 31/02/2020", None),  # no such day
    ],
)
def test_cited_date_comes_right_after_the_number(text: str, date: str | None) -> None:
    assert only(text).date == date


def test_day_and_month_only_take_the_pages_year() -> None:
    text = "Công văn số 123/UBND-VX ngày 18/3 của UBND tỉnh"
    assert only(text).date is None
    assert only(text, year=2020).date == "2020-03-18"


@pytest.mark.parametrize(
    ("text", "issuer", "central"),
    [
        ("Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ về việc",
         "Thủ tướng Chính phủ", True),
        ("CHỈ THỊ SỐ 13/CT-TTG NGÀY 10/6/2015 CỦA THỦ TƯỚNG CHÍNH PHỦ VỀ VIỆC",
         "Thủ tướng Chính phủ", True),
        ("Thông báo số 1257/TB-BNV ngày 12/3/2020 của Bộ trưởng Bộ Nội vụ về việc", "Bộ Nội vụ",
         True),
        ("Thông tư số 28/2010/TT-BGTVT ngày 13 tháng 9 năm 2010 của Bộ trưởng Bộ Giao thông "
         "vận tải quy định", "Bộ Giao thông vận tải", True),
        ("Thông báo số 172-TB/TW, ngày 21-3-2020 của Bộ Chính trị \"về công tác", "Bộ Chính trị",
         True),
        ("Nghị định số 05/2014/NĐ-CP ngày 17/01/2014 của Chính phủ quy định", "Chính phủ", True),
        ("Kế hoạch số 100-KH/TU, ngày 03-7-2019 của Tỉnh ủy \"về chuẩn bị", "Tỉnh ủy", False),
        ("Quyết định số 1507/QĐ-UBND ngày 15/6/2015 của Chủ tịch Ủy ban nhân dân tỉnh gồm các ông",
         "Ủy ban nhân dân tỉnh", False),
        ("Nghị quyết số 180/2015/NQ-HĐND ngày 10/7/2015 của HĐND tỉnh khóa XVI",
         "Hội đồng nhân dân tỉnh", False),
    ],
)
def test_issuer_is_canonical(text: str, issuer: str, central: bool) -> None:
    c = only(text, province="Kon Tum")
    assert c.issuer == issuer
    assert (c.province is None) == central


def test_issuer_named_in_the_text_gives_the_province() -> None:
    c = only("Tờ trình số 51/TTr-UBND ngày 22/4/2015 của Ủy ban nhân dân tỉnh Thái Bình về đầu tư")
    assert (c.issuer, c.province) == ("Ủy ban nhân dân tỉnh", "Thái Bình")
    assert c.identity == "51/TTr-UBND|Ủy ban nhân dân tỉnh|Thái Bình|2015"


def test_issuer_before_ban_hanh() -> None:
    text = ("ngày 24 tháng 3 năm 2020 Tỉnh ủy Kon Tum ban hành văn bản số 1025-CV/TU để chỉ đạo "
            "thực hiện.")
    c = only(text)
    assert (c.issuer, c.province, c.relation) == ("Tỉnh ủy", "Kon Tum", "cites")


def test_joint_document_names_every_issuer() -> None:
    c = only("Căn cứ Thông tư liên tịch số 19/2012/TTLT-BTC-BKHĐT-BTTTT ngày 15/02/2012;")
    assert c.issuer == "Bộ Tài chính - Bộ Kế hoạch và Đầu tư - Bộ Thông tin và Truyền thông"


def test_identity_needs_issuer_year_and_for_local_documents_a_province() -> None:
    # A local number exists in every province: without the province it identifies nothing.
    assert only("Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh").identity is None
    kon_tum = only("Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh", province="Kon Tum")
    dak_nong = only("Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh", province="Đắk Nông")
    assert kon_tum.identity != dak_nong.identity
    assert only("Chỉ thị số 07/CT-UBND", province="Kon Tum").identity is None  # no issuer/year
    # Central documents need no province, and the page's province is not given to them.
    c = only("Chỉ thị số 13/CT-TTg ngày 10/6/2015", province="Kon Tum")
    assert (c.province, c.identity) == (None, "13/CT-TTg|Thủ tướng Chính phủ||2015")


def test_identity_does_not_depend_on_wording() -> None:
    a = only("Thông báo số 1257/TB-BNV ngày 12/3/2020 của Bộ trưởng Bộ Nội vụ về việc")
    b = only("Thông báo 1257/TB-BNV ngày 12-3-2020 của Bộ Nội vụ")
    c = only("THÔNG BÁO SỐ 1257/TB-BNV NGÀY 12/3/2020 CỦA BỘ NỘI VỤ")
    assert a.identity == b.identity == c.identity == "1257/TB-BNV|Bộ Nội vụ||2020"


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        ("Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc mở đợt cao điểm "
         "tấn công trấn áp tội phạm và Công điện số 02/CĐ-UBND, Ban Dân tộc yêu cầu các phòng "
         "thực hiện.", ["implements", "implements"]),
        ("Thực hiện Thông báo số 172-TB/TW của Bộ Chính trị, Tỉnh ủy ban hành văn bản số "
         "1025-CV/TU để chỉ đạo.", ["implements", "cites"]),
        ("Thực hiện Quyết định số 619/QĐ-TTg ngày 08/5/2019 của Thủ tướng Chính phủ ban hành Quy "
         "định về xây dựng xã, phường, thị trấn đạt chuẩn tiếp cận pháp luật và Kế hoạch số "
         "125/KH-UBND ngày 10/01/2020 của UBND tỉnh, ngày 14/01/2020 Sở Tư pháp ban hành Hướng "
         "dẫn số 01/HD-STP hướng dẫn thực hiện.", ["implements", "implements", "cites"]),
        ("Tiếp tục triển khai thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị.", ["implements"]),
        ("Để bảo vệ sức khỏe người cao tuổi, triển khai Công văn số 865/UBND-KGVX ngày 20/3/2020 "
         "của UBND tỉnh, Sở Y tế đề nghị", ["implements"]),
        ("Hưởng ứng lời kêu gọi của Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và thực hiện Công văn số "
         "7520/UBND-TH ngày 12/10/2020 của UBND tỉnh", ["implements"]),
        ("UBND tỉnh đã ban hành Kế hoạch số 245/KH-UBND ngày 06/8/2021 về cải cách hành chính, "
         "nhằm cụ thể hóa Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.",
         ["cites", "implements"]),
        ("Trưởng Ban Dân tộc tỉnh đã ký Quyết định số 115/QĐ-BDT ban hành Kế hoạch.", ["cites"]),
        ("BAN HÀNH KẾ HOẠCH TRIỂN KHAI THỰC HIỆN CHỈ THỊ SỐ 13/CT-TTG", ["implements"]),
        ("Sáng 06/9, Sở Nội vụ tổ chức hội nghị trực tuyến tập huấn triển khai Quyết định số "
         "18/2021/QĐ-UBND của UBND tỉnh.", ["implements"]),
        ("Hội nghị triển khai Nghị quyết số 76/NQ-CP được tổ chức tại tỉnh.", ["implements"]),
        ("Bí thư các huyện ủy tiếp tục chỉ đạo triển khai thực hiện có hiệu quả Chỉ thị số "
         "35-CT/TW.", ["cites"]),  # instructs others; this document does not implement it
        ("Yêu cầu các đơn vị thực hiện nghiêm Thông báo số 1257/TB-BNV.", ["cites"]),
        ("Chương trình là bước cụ thể hóa Nghị quyết số 88/2019/QH14 của Quốc hội.", ["cites"]),
        ("Công tác này được thực hiện theo Nghị định số 59/2012/NĐ-CP của Chính phủ, đã được sửa "
         "đổi bởi Nghị định số 32/2020/NĐ-CP.", ["cites", "cites"]),
        ("Xét đề nghị của Sở Tư pháp tại Tờ trình số 134/TTr-STP ngày 20/7/2015,", ["cites"]),
        ("Thực hiện kế hoạch năm. Quyết định số 668/QĐ-UBND đã bị bãi bỏ.", ["cites"]),
        ("Nghị định số 30/2020/NĐ-CP quy định về công tác văn thư.", ["cites"]),
    ],
)
def test_relation(text: str, relations: list[str]) -> None:
    assert [c.relation for c in find_citations(text)] == relations


LEGAL_HEAD = ("ỦY BAN NHÂN DÂN TỈNH CÀ MAU | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
              "Số: 1045/QĐ-UBND | Cà Mau, ngày 22 tháng 07 năm 2015\n")
BASES = ("Căn cứ Nghị định số 63/2010/NĐ-CP ngày 08/6/2010 của Chính phủ về kiểm soát thủ tục "
         "hành chính; Nghị định số 48/2013/NĐ-CP ngày 14/5/2013 của Chính phủ;\n"
         "- Căn cứ Quyết định số 08/QĐ-TTg ngày 06/01/2015;")


def test_can_cu_means_implements_in_legal_documents_only() -> None:
    legal = find_citations(LEGAL_HEAD + BASES, own_number="1045/QĐ-UBND")
    assert [c.relation for c in legal] == ["implements"] * 3
    # The national motto marks a legal document even when its own number is not passed in
    # (and then that number is listed too: it is only left out when given).
    unmarked = find_citations(LEGAL_HEAD + BASES)
    assert [(c.number, c.relation) for c in unmarked][:2] == [
        ("1045/QĐ-UBND", "cites"), ("63/2010/NĐ-CP", "implements")]
    assert [c.relation for c in find_citations(BASES)] == ["cites"] * 3  # a news page


def test_every_mention_is_a_citation_of_its_own() -> None:
    text = "Chỉ thị số 13/CT-TTg quy định... Theo Chỉ thị số 13/CT-TTg, các đơn vị..."
    found = find_citations(text)
    assert [c.number for c in found] == ["13/CT-TTg", "13/CT-TTg"]
    assert found[0].start != found[1].start
    assert all(text[c.start:c.end] == "13/CT-TTg" for c in found)


def test_own_number_is_not_a_citation() -> None:
    text = ("Số: 947/QĐ-BHXH | Hà Nội, ngày 01 tháng 09 năm 2015\n"
            "Ban hành kèm theo Quyết định số 947/QĐ-BHXH kế hoạch thực hiện Chỉ thị số 13/CT-TTg.")
    assert numbers(text, own_number="947/QĐ-BHXH") == ["13/CT-TTg"]
    assert numbers(text, own_number="Số: 947/QD-BHXH") == ["13/CT-TTg"]


def test_offsets_index_the_text_as_given_even_when_decomposed() -> None:
    import unicodedata

    text = unicodedata.normalize("NFD", "Thực hiện Chỉ thị số 15/CT-TTg của Thủ tướng Chính phủ")
    c = only(text)
    assert text[c.start:c.end] == "15/CT-TTg"
    assert (c.type, c.issuer) == ("Chỉ thị", "Thủ tướng Chính phủ")


# ---- find_own_number ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ỦY BAN NHÂN DÂN TỈNH HÀ GIANG | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "Số: 17/2015/QĐ -UBND | Hà Giang , ngày 11 tháng 09 năm 2015", "17/2015/QĐ-UBND"),
        ("HỘI ĐỒNG NHÂN DÂN TỈNH KON TUM\nSố: 30/2014/NQ-HĐND Kon Tum, ngày 5 tháng 8 năm 2014",
         "30/2014/NQ-HĐND"),
        ("TỈNH ỦY KON TUM\nSố 1025-CV/TU\nKon Tum, ngày 24 tháng 3 năm 2020", "1025-CV/TU"),
        ("HIẾN PHÁP NƯỚC VIỆT NAM DÂN CHỦ CỘNG HOÀ\nLỜI NÓI ĐẦU", None),
        ("QUYẾT ĐỊNH\nCăn cứ Quyết định số 1539/QĐ-UBND ngày 12/8/2015", None),  # a citation
        ("Số người online: 2\nTổng số người truy cập: 4757357", None),
        ("x" * 700 + "\nSố: 12/QĐ-UBND", None),  # too far down to be the header
    ],
)
def test_find_own_number(text: str, expected: str | None) -> None:
    assert find_own_number(text) == expected


# ---- the shared samples ------------------------------------------------------------------
def _legal_documents() -> list[Path]:
    return sorted((SAMPLES / "legal").glob("*.json")) if SAMPLES.exists() else []


@needs_samples
@pytest.mark.parametrize("path", _legal_documents(), ids=lambda p: p.stem)
def test_own_number_of_every_legal_sample(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    expected = None if doc["document_number"] == "Không số" else normalise_number(
        doc["document_number"])
    assert find_own_number(doc["text"]) == expected


LEGAL_CITES = {
    "ThuVienPhapLuat-290716": {"13/CT-TTg", "05/2014/NĐ-CP", "19/NQ-CP", "08/QĐ-TTg",
                               "896/QĐ-TTg", "09/2015/QĐ-TTg"},
    "ThuVienPhapLuat-278391": {"51/TTr-UBND", "3143/BKHĐT-KTĐPLT", "6479/BTC-ĐT",
                               "6122/BGTVT-KHĐT"},
    "ThuVienPhapLuat-289095": {"2797/QĐ-BGDĐT", "898/TTr-SGDĐT"},
    "ThuVienPhapLuat-289139": {"92/2006/NĐ-CP", "04/2008/NĐ-CP", "86/2014/NĐ-CP",
                               "05/2013/TT-BKHĐT", "63/2014/TT-BGTVT", "344/BC-SKHĐT"},
    "ThuVienPhapLuat-289286": {"1922/QĐ-UBND", "04/2013/TTLT-UBDT-BTC-BTNMT", "755/QĐ-TTg",
                               "30a/2008/NQ-CP", "31/2009/TTLT-BLĐTBXH-BTC",
                               "05/2013/TTLT-UBDT-NNPTNT-KHĐT-TC-XD", "10/2013/TTLT-BNNPTNT-BKHĐT"},
    "ThuVienPhapLuat-289838": {"64/2007/NĐ-CP", "180/2015/NQ-HĐND", "970/TTr-STTTT",
                               "11/2014/TT-BNV", "204/2004/NĐ-CP"},
    "ThuVienPhapLuat-289920": {"63/2010/NĐ-CP", "48/2013/NĐ-CP", "1948/QĐ-UBND", "1507/QĐ-UBND"},
    "ThuVienPhapLuat-289999": {"83/2014/NĐ-CP", "38/2014/TT-BCT", "828/SCT-QLTM"},
    "ThuVienPhapLuat-290368": {"72/2013/NĐ-CP", "18/2014/NĐ-CP", "19/2012/TTLT-BTC-BKHĐT-BTTTT",
                               "2549/2012/QĐ-UBND"},
    "ThuVienPhapLuat-290486": {"102/2008/NĐ-CP", "07/2009/TT-BTNMT", "13/2013/QĐ-UBND",
                               "436/TTr-STNMT", "60/CP", "64/CP"},
    "ThuVienPhapLuat-291318": {"63/2010/NĐ-CP", "08/QĐ-TTg", "1948/BTP-KSTT", "134/TTr-STP",
                               "21/2013/NQ-HĐND", "24/2014/QĐ-UBND"},
    "ThuVienPhapLuat-291537": {"28/2010/TT-BGTVT", "03/2009/NĐ-CP", "107/2012/NĐ-CP"},
}


@needs_samples
@pytest.mark.parametrize("stem", sorted(LEGAL_CITES))
def test_legal_samples_cite_what_they_cite(stem: str) -> None:
    doc = json.loads((SAMPLES / "legal" / f"{stem}.json").read_text(encoding="utf-8"))
    own = find_own_number(doc["text"])
    found = set(numbers(doc["text"], own_number=own))
    assert LEGAL_CITES[stem] <= found
    assert own not in found


@needs_samples
def test_every_plain_number_in_the_legal_samples_is_found() -> None:
    """Recall against a strict pattern independent of the module's: serial[/year]/CODE-..."""
    strict = re.compile(
        r"(?<![\w/.-])\d{1,5}[a-z]?/(?:\d{4}/)?[A-ZĐ]{2,8}(?:-[A-ZĐ]{2,10}[a-z]?)+(?![\w-])"
    )
    missed, total = [], 0
    for path in _legal_documents():
        text = json.loads(path.read_text(encoding="utf-8"))["text"]
        found = {(c.start, c.number) for c in find_citations(text)}
        for m in strict.finditer(text):
            total += 1
            if (m.start(), normalise_number(m.group(0))) not in found:
                missed.append(m.group(0))
    assert total > 100
    assert missed == []


def _gold_pages() -> list[dict]:
    if not SAMPLES.exists():
        return []
    return json.loads((SAMPLES / "pages" / "gold.json").read_text(encoding="utf-8"))["pages"]


@needs_samples
@pytest.mark.parametrize("page", _gold_pages(), ids=lambda p: p["file"])
def test_sample_pages_cite_exactly_the_gold_numbers(page: dict) -> None:
    text = (SAMPLES / "pages" / page["file"]).read_text(encoding="utf-8")
    assert set(numbers(text, province=page["province"])) == set(page["citations"])


@needs_samples
def test_kon_tum_page_citations_in_detail() -> None:
    text = (SAMPLES / "pages" / "stp-kontum-2020-03-24.txt").read_text(encoding="utf-8")
    by_number = {c.number: c for c in find_citations(text, province="Kon Tum", year=2020)}
    tb = by_number["172-TB/TW"]
    assert (tb.type, tb.date, tb.issuer, tb.province, tb.relation) == (
        "Thông báo", "2020-03-21", "Bộ Chính trị", None, "implements")
    kh = by_number["100-KH/TU"]
    assert (kh.issuer, kh.province, kh.year, kh.identity) == (
        "Tỉnh ủy", "Kon Tum", 2019, "100-KH/TU|Tỉnh ủy|Kon Tum|2019")
    assert by_number["579/TK"].type == "Điện mật"
    assert by_number["1025-CV/TU"].relation == "cites"


# ---- precision and recall on the hand-labelled set ---------------------------------------
def test_precision_and_recall_on_hand_labelled_sentences() -> None:
    items = json.loads(GOLD.read_text(encoding="utf-8"))["items"]
    negatives = sum(1 for item in items if not item["numbers"])
    assert len(items) >= 40 and negatives >= 10
    tp = fp = fn = 0
    for item in items:
        got, want = Counter(numbers(item["text"])), Counter(item["numbers"])
        tp += sum((got & want).values())
        fp += sum((got - want).values())
        fn += sum((want - got).values())
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    print(f"\ncitation gold: {len(items)} sentences ({negatives} negative), {tp + fn} numbers: "
          f"precision {precision:.3f}, recall {recall:.3f}")
    assert precision >= 0.95
    assert recall >= 0.95


# ---- robustness -----------------------------------------------------------------------------
_FRAGMENTS = st.sampled_from([
    "07", "/", "-", " ", "CT", "UBND", "TTg", "2020", "QĐ", "số", "Số:", "ngày", "tháng", "năm",
    "của", "UBND tỉnh", "Thực hiện", "ban hành", "Chỉ thị", "TB/TW", "172", "QCVN", ":", "\n",
    "Kon Tum", "14/7/2020", "https://x.vn/", ".", ",", "Đ", "đ", "ð", "Ð", "–", "(", "\"",
    "liên bộ", "Bộ trưởng", "TTLT-BTP-BTC", "Tỉnh ủy", "thành phố", "ỦY BAN", ";", "a)",
])
_TEXTISH = st.one_of(
    st.text(max_size=300),
    st.lists(_FRAGMENTS, max_size=120).map("".join),
    st.tuples(st.lists(_FRAGMENTS, max_size=8).map("".join), st.integers(1, 3000)).map(
        lambda pair: pair[0] * pair[1]),
)


@settings(max_examples=150, deadline=2000)
@given(_TEXTISH)
def test_find_citations_never_raises_and_offsets_hold(text: str) -> None:
    for c in find_citations(text, province="Kon Tum", year=2020, own_number="07/CT-UBND"):
        assert normalise_number(text[c.start:c.end]) == c.number
        assert c.relation in ("cites", "implements")


@settings(max_examples=150, deadline=1000)
@given(_TEXTISH)
def test_normalise_number_and_own_number_never_raise(text: str) -> None:
    assert isinstance(normalise_number(text), str)
    own = find_own_number(text)
    assert own is None or own == normalise_number(own)
