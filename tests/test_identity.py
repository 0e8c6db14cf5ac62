"""Which document each citation names: identity rules, their evidence and how sure they are."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from indexer.parsing.citations import (
    find_citations,
    find_own_number,
    normalise_number,
    own_document,
)
from indexer.parsing.gazetteer import canonical_province
from indexer.parsing.identity import (
    AMBIGUOUS,
    INFERRED,
    STATED,
    Context,
    Evidence,
    format_identity,
    parse_identity,
    resolve,
)
from tests.conftest import REPO, SAMPLES

KON_TUM = {"province": "Kon Tum", "published": date(2020, 8, 7)}
DAK_NONG = {"province": "Đắk Nông", "published": date(2020, 8, 7)}


def only(text: str, **page):
    found = find_citations(text, **page)
    assert len(found) == 1, [c.number for c in found]
    return found[0]


# ---- one rule per row: the sentence, the citing page, what the mention resolves to ---------
@pytest.mark.parametrize(
    ("text", "page", "identity", "confidence", "rule"),
    [
        # date after the number, issuer and province in the sentence
        ("Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND tỉnh Kon Tum về phòng dịch", {},
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", STATED,
         "year=date-after;issuer=phrase;province=phrase"),
        # date before the number, in the clause issuing it
        ("Ngày 02/3/2021, UBND tỉnh Kon Tum ban hành Chỉ thị số 07/CT-UBND về phòng dịch.", {},
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021", STATED,
         "year=date-before;issuer=subject;province=subject"),
        ("ngày 24 tháng 3 năm 2020 Tỉnh ủy Kon Tum ban hành văn bản số 1025-CV/TU để chỉ đạo", {},
         "1025-CV/TU|Tỉnh ủy|Kon Tum|2020", STATED,
         "year=date-before;issuer=code;province=subject"),
        # "của UBND tỉnh" on a page of the province
        ("Thực hiện Chỉ thị số 07/CT-UBND, ngày 14/7/2020 của UBND tỉnh về việc", DAK_NONG,
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Đắk Nông|2020", INFERRED,
         "year=date-after;issuer=phrase;province=page"),
        ("Ngày 02/3/2021, UBND tỉnh ban hành Chỉ thị số 07/CT-UBND về phòng dịch.",
         {"province": "Kon Tum", "published": date(2021, 3, 5)},
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021", INFERRED,
         "year=date-before;issuer=subject;province=page"),
        # the year inside the number
        ("Căn cứ Nghị định số 15/2020/NĐ-CP của Chính phủ", {},
         "15/2020/NĐ-CP|Chính phủ||2020", STATED, "year=number;issuer=code"),
        ("Bãi bỏ Quyết định số 17/2015/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Giang.", {},
         "17/2015/QĐ-UBND|Ủy ban nhân dân tỉnh|Hà Giang|2015", STATED,
         "year=number;issuer=phrase;province=phrase"),
        # an undated local number takes the dated page's year
        ("Thực hiện Chỉ thị số 07/CT-UBND của UBND tỉnh về việc", KON_TUM,
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED,
         "year=page;issuer=phrase;province=page"),
        # "ngày 28/12" cited on 10 January: the date is last year's
        ("Công văn số 123/UBND-VX ngày 28/12 của UBND tỉnh", {"province": "Kon Tum",
                                                            "published": date(2021, 1, 10)},
         "123/UBND-VX|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED,
         "year=page;issuer=phrase;province=page"),
        # central numbers without a year: a date, or the page's year
        ("Chỉ thị số 16/CT-TTg ngày 31/3/2020 của Thủ tướng Chính phủ", KON_TUM,
         "16/CT-TTg|Thủ tướng Chính phủ||2020", STATED, "year=date-after;issuer=code"),
        ("Theo Chỉ thị 16/CT-TTg, các đơn vị", {"province": "Kon Tum",
                                               "published": date(2020, 4, 7)},
         "16/CT-TTg|Thủ tướng Chính phủ||2020", INFERRED, "year=page;issuer=code"),
        # a district's body carries its name, and the province its district belongs to
        ("Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND huyện Đắk Glong về", KON_TUM,
         "07/CT-UBND|Ủy ban nhân dân huyện Đắk Glong|Đắk Nông|2020", STATED,
         "year=date-after;issuer=phrase;province=phrase"),
        ("Ngày 5/6/2020, UBND thành phố Gia Nghĩa ban hành Kế hoạch số 12/KH-UBND về", {},
         "12/KH-UBND|Ủy ban nhân dân thành phố Gia Nghĩa|Đắk Nông|2020", STATED,
         "year=date-before;issuer=subject;province=subject"),
        # Party committee and departments: the code names the body, the page its province
        ("Kế hoạch số 100-KH/TU, ngày 03-7-2019 của Tỉnh ủy về chuẩn bị đại hội", KON_TUM,
         "100-KH/TU|Tỉnh ủy|Kon Tum|2019", INFERRED, "year=date-after;issuer=code;province=page"),
        ("Công văn số 123/SYT-NVY ngày 5/3/2020 của Sở Y tế về phòng dịch", KON_TUM,
         "123/SYT-NVY|Sở Y tế|Kon Tum|2020", INFERRED,
         "year=date-after;issuer=code;province=page"),
        ("Công văn số 123/SYT-NVY ngày 5/3/2020 của Sở Y tế tỉnh Kon Tum về", DAK_NONG,
         "123/SYT-NVY|Sở Y tế|Kon Tum|2020", STATED,
         "year=date-after;issuer=code;province=phrase"),
        # the issuer phrase stops before the verb
        ("Quyết định số 12/QĐ-UBND ngày 5/3/2020 của Ủy ban nhân dân tỉnh Kon Tum đã ký", {},
         "12/QĐ-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", STATED,
         "year=date-after;issuer=phrase;province=phrase"),
        ("Ủy ban nhân dân tỉnh Kon Tum đã ký ban hành Chỉ thị số 07/CT-UBND ngày 10/6/2020", {},
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", STATED,
         "year=date-after;issuer=subject;province=subject"),
        ("UBND tỉnh Thừa Thiên Huế vừa ban hành Quyết định số 650/QĐ-UBND ngày 19/3/2021", {},
         "650/QĐ-UBND|Ủy ban nhân dân tỉnh|Thừa Thiên Huế|2021", STATED,
         "year=date-after;issuer=subject;province=subject"),
        # who asked for it wrote it
        ("Xét đề nghị của Sở Tư pháp tại Tờ trình số 134/TTr-STP ngày 20/7/2015,", KON_TUM,
         "134/TTr-STP|Sở Tư pháp|Kon Tum|2015", INFERRED,
         "year=date-after;issuer=code;province=page"),
        ("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 1120/UBND-NC ngày 15/4/2020 về", KON_TUM,
         "1120/UBND-NC|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED,
         "year=date-after;issuer=proposer;province=page"),
        # centrally-run cities: "UBND thành phố" is the province's own
        ("Công văn số 35/UBND-KT ngày 5/1/2021 của UBND Thành phố về", {"province": "Hà Nội"},
         "35/UBND-KT|Ủy ban nhân dân thành phố|Hà Nội|2021", INFERRED,
         "year=date-after;issuer=phrase;province=page"),
    ],
)
def test_identity_rules(text, page, identity, confidence, rule) -> None:
    c = only(text, **page)
    assert (c.identity, c.confidence, c.identity_rule) == (identity, confidence, rule)


# ---- left unresolved: not enough to tell which document ---------------------------------
@pytest.mark.parametrize(
    ("text", "page", "missing"),
    [
        ("Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh", {}, "province=?"),  # no page
        ("Thực hiện Chỉ thị số 07/CT-UBND về phòng dịch", KON_TUM, "issuer=?"),  # which UBND?
        ("Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND huyện về", KON_TUM, "issuer=?"),  # which?
        ("Công văn số 35/UBND-KT ngày 5/1/2021 của UBND thành phố về", KON_TUM, "issuer=?"),
        ("Theo Chỉ thị 16/CT-TTg, các đơn vị", {"published": date(2021, 1, 20)}, "year=?"),
        ("Theo Chỉ thị 16/CT-TTg, các đơn vị", {}, "year=?"),
        ("Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị", KON_TUM, "year=?"),  # per term
        ("Kế hoạch số 100-KH/TU của Tỉnh ủy về đại hội", KON_TUM, "year=?"),
        ("tại Điện mật số 579/TK, ngày 19-3-2020.", KON_TUM, "issuer=?"),
        ("Công văn số 123/SYT-NVY ngày 5/3/2020 của UBND tỉnh Kon Tum", {}, "province=?"),
    ],
)
def test_ambiguous_mentions_have_no_identity(text, page, missing) -> None:
    c = only(text, **page)
    assert (c.identity, c.confidence) == (None, AMBIGUOUS)
    assert missing in c.identity_rule


def test_one_number_names_different_documents_by_province_and_year() -> None:
    kon_tum_2020 = only("Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND tỉnh Kon Tum")
    kon_tum_2021 = only("Ngày 18/5/2021 UBND tỉnh Kon Tum ban hành Chỉ thị số 07/CT-UBND")
    dak_nong_2020 = only("Chỉ thị số 07/CT-UBND ngày 14/7/2020 của UBND tỉnh", **DAK_NONG)
    identities = {kon_tum_2020.identity, kon_tum_2021.identity, dak_nong_2020.identity}
    assert len(identities) == 3 and None not in identities


def test_a_mention_borrows_what_another_mention_of_its_number_states() -> None:
    first, later = find_citations(
        "Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND tỉnh Kon Tum về phòng dịch. "
        "Theo Chỉ thị 07/CT-UBND, các sở phải báo cáo hằng tuần.")
    assert later.identity == first.identity == "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
    assert (later.confidence, later.identity_rule) == (
        STATED, "year=mention;issuer=mention;province=mention")


def test_two_documents_sharing_a_number_lend_each_other_nothing() -> None:
    found = find_citations(
        "Chỉ thị số 07/CT-UBND ngày 10/6/2020 của UBND tỉnh và Chỉ thị số 07/CT-UBND ngày "
        "2/3/2021 của UBND tỉnh. Chỉ thị 07/CT-UBND yêu cầu", province="Kon Tum",
        published=date(2021, 5, 1))
    assert [c.year for c in found[:2]] == [2020, 2021]
    assert found[2].identity is None  # which of the two is meant cannot be told


def test_a_bare_list_shares_the_issuer_after_it() -> None:
    found = find_citations("Bãi bỏ các Quyết định số 12/2009/QĐ-UBND, 13/2013/QĐ-UBND và "
                           "21/2012/QĐ-UBND của Ủy ban nhân dân tỉnh Hà Giang.")
    assert [c.identity for c in found] == [
        "12/2009/QĐ-UBND|Ủy ban nhân dân tỉnh|Hà Giang|2009",
        "13/2013/QĐ-UBND|Ủy ban nhân dân tỉnh|Hà Giang|2013",
        "21/2012/QĐ-UBND|Ủy ban nhân dân tỉnh|Hà Giang|2012",
    ]


def test_a_date_before_belongs_to_the_clause_issuing_the_number() -> None:
    found = find_citations(
        "Thực hiện Công điện số 1099/CĐ-TTg ngày 26/7/2020 của Thủ tướng Chính phủ, ngày "
        "27/7/2020 Chủ tịch UBND tỉnh Đắk Nông ban hành Công điện số 02/CĐ-UBND về việc")
    assert [c.date for c in found] == ["2020-07-26", "2020-07-27"]
    # a date followed by something else than issuing the number is not the number's
    assert only("Ngày 5/6/2020, đoàn kiểm tra làm việc theo Chỉ thị số 07/CT-UBND").date is None


# ---- the rules on evidence directly ------------------------------------------------------
@pytest.mark.parametrize(
    ("evidence", "context", "expected"),
    [
        (Evidence("07/CT-UBND", "local", "Ủy ban nhân dân tỉnh", "phrase"),
         Context("Kon Tum", date(2020, 2, 1)),
         ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED)),
        (Evidence("07/CT-UBND", "local", "Ủy ban nhân dân tỉnh", "phrase"),
         Context("Kon Tum", date(2020, 1, 31)), (None, AMBIGUOUS)),  # January: last year's?
        (Evidence("07/CT-UBND", "local", "Ủy ban nhân dân tỉnh", "phrase"),
         Context("Kon Tum", year=2020), ("07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED)),
        (Evidence("07/CT-UBND", "local", "Sở Y tế tỉnh", "phrase", "Kon Tum", "phrase", 2020,
                  "date-after"), Context(), ("07/CT-UBND|Sở Y tế|Kon Tum|2020", STATED)),
        (Evidence("16/CT-TTg", "central", "Thủ tướng Chính phủ", "code", "Kon Tum", "phrase",
                  2020, "date-after"), Context(), ("16/CT-TTg|Thủ tướng Chính phủ||2020", STATED)),
        (Evidence("5/TB", None, "Ban Chỉ đạo", "phrase", year=2020, year_from="date-after"),
         Context("Kon Tum"), (None, AMBIGUOUS)),  # whose Ban Chỉ đạo?
        (Evidence("3-KH/HU", "local", "Huyện ủy", "code", year=2020, year_from="date-after"),
         Context("Kon Tum"), (None, AMBIGUOUS)),
        (Evidence("172-TB/TW", "central", "Trung ương Đảng", "code", yearly=False),
         Context(published=date(2020, 6, 1)), (None, AMBIGUOUS)),
    ],
)
def test_resolve(evidence: Evidence, context: Context, expected) -> None:
    resolution = resolve(evidence, context)
    assert (resolution.identity, resolution.confidence) == expected


def test_identity_string_round_trips() -> None:
    identity = format_identity("07/CT-UBND", "Ủy ban nhân dân tỉnh", "Kon Tum", 2020)
    assert identity == "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
    assert parse_identity(identity) == ("07/CT-UBND", "Ủy ban nhân dân tỉnh", "Kon Tum", 2020)
    assert parse_identity("16/CT-TTg|Thủ tướng Chính phủ||2020").province is None
    assert parse_identity("07/CT-UBND") is None
    assert parse_identity("07/CT-UBND|x|y|năm") is None


# ---- the page's own document -----------------------------------------------------------------
def own(text: str, **page):
    number = find_own_number(text)
    return own_document(text, number, find_citations(text, own_number=number, **page), **page)


def test_a_legal_documents_own_identity_comes_from_its_header() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN ĐẮK GLONG\n-------\nSố: 07/CT-UBND\n"
            "Đắk Glong, ngày 10 tháng 6 năm 2020\nCHỈ THỊ\nVề tăng cường phòng, chống dịch")
    resolution = own(text)
    assert resolution.identity == "07/CT-UBND|Ủy ban nhân dân huyện Đắk Glong|Đắk Nông|2020"
    assert resolution.confidence == STATED


@pytest.mark.parametrize("header", [
    # two columns read line by line, as a scan's OCR or a table gives them
    "ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KON TUM | Độc lập - Tự do - "
    "Hạnh phúc\n-------- | ---------------\nSố: 07/CT-UBND | Kon Tum, ngày 18 tháng 5 năm 2021",
    "ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTỈNH KON TUM Độc lập - Tự do - Hạnh "
    "phúc\nSố: 07/CT-UBND Kon Tum, ngày 18 tháng 5 năm 2021",
    # one column: the issuer, then the motto
    "ỦY BAN NHÂN DÂN TỈNH KON TUM\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự "
    "do - Hạnh phúc\n---------------\nSố: 07/CT-UBND\nKon Tum, ngày 18 tháng 5 năm 2021",
])
def test_the_issuer_beside_the_national_motto_keeps_its_province(header: str) -> None:
    resolution = own(header + "\nCHỈ THỊ\nVề tăng cường các biện pháp phòng, chống dịch")
    assert resolution.identity == "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021"
    assert resolution.confidence == STATED


def test_an_undated_header_takes_the_page_date_and_province() -> None:
    text = "TỈNH ỦY\nSố 1025-CV/TU\nV/v tăng cường phòng, chống dịch bệnh Covid-19"
    resolution = own(text, province="Kon Tum", published=date(2020, 3, 24))
    assert (resolution.identity, resolution.confidence) == (None, AMBIGUOUS)  # Party: per term
    text = "ỦY BAN NHÂN DÂN TỈNH\nSố: 07/CT-UBND\nV/v tăng cường phòng, chống dịch"
    resolution = own(text, province="Kon Tum", published=date(2020, 6, 12))
    assert (resolution.identity, resolution.confidence) == (
        "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020", INFERRED)


@pytest.mark.parametrize(
    ("text", "page", "identity"),
    [
        ("Trước diễn biến phức tạp của dịch, ngày 18/5/2021 UBND tỉnh Kon Tum ban hành Chỉ thị "
         "số 07/CT-UBND về tăng cường các biện pháp phòng, chống dịch.",
         {"province": "Kon Tum", "published": date(2021, 5, 20)},
         "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2021"),
        ("Thực hiện Thông báo số 172-TB/TW, ngày 21-3-2020 của Bộ Chính trị, ngày 24 tháng 3 năm "
         "2020 Tỉnh ủy Kon Tum ban hành văn bản số 1025-CV/TU để chỉ đạo thực hiện.",
         {"province": "Kon Tum", "published": date(2020, 3, 24)},
         "1025-CV/TU|Tỉnh ủy|Kon Tum|2020"),
        # a provincial page reporting the Prime Minister's directive does not issue it
        ("Thủ tướng Chính phủ ban hành Chỉ thị số 16/CT-TTg ngày 31/3/2020 về cách ly xã hội.",
         {"province": "Kon Tum", "published": date(2020, 4, 1)}, None),
        ("Thực hiện Chỉ thị số 16/CT-TTg ngày 31/3/2020, các sở thực hiện nghiêm.",
         {"province": "Kon Tum", "published": date(2020, 4, 1)}, None),
    ],
)
def test_a_news_pages_own_document_is_the_one_its_lead_reports_issued(text, page, identity):
    resolution = own(text, **page)
    assert (resolution.identity if resolution else None) == identity


# ---- the shared samples ------------------------------------------------------------------
def _legal() -> list[Path]:
    return sorted((SAMPLES / "legal").glob("*.json")) if SAMPLES.exists() else []


@pytest.mark.skipif(not _legal(), reason="shared samples not present")
def test_own_identity_of_every_legal_sample() -> None:
    shares: Counter[str] = Counter()
    cited: Counter[str] = Counter()
    for path in _legal():
        doc = json.loads(path.read_text(encoding="utf-8"))
        number = find_own_number(doc["text"])
        citations = find_citations(doc["text"], own_number=number)
        resolution = own_document(doc["text"], number, citations)
        cited.update(c.confidence for c in citations)
        if doc["document_number"] == "Không số":
            assert resolution is None
            continue
        shares[resolution.confidence] += 1
        assert resolution.number == normalise_number(doc["document_number"]), path.stem
        assert resolution.year == int(doc["date"][:4]), path.stem
        province = canonical_province(doc["issuing_authority"])
        if province:  # "Tỉnh Nam Định": a provincial document
            assert resolution.province == province, path.stem
        else:  # a central body, named as the code names it
            assert (resolution.issuer, resolution.province) == (doc["issuing_authority"], None)
        assert resolution.confidence == STATED, path.stem
    print(f"\nlegal samples, own documents: {dict(shares)}; their citations without page "
          f"context: {dict(cited)}")
    assert shares[STATED] >= 12


# ---- the demo portals ----------------------------------------------------------------------
def _demo_articles() -> list:
    sys.path.insert(0, str(REPO))  # demo/ is a top-level folder, not an installed package
    from demo import build

    return build.load_articles(build.load_portals())


def test_demo_citations_and_announced_documents() -> None:
    truth = json.loads((REPO / "demo" / "articles.json").read_text("utf-8"))["articles"]
    province_of = {a["url"]: a["province"] for a in truth}
    shares: Counter[str] = Counter()
    found = missed = extra = 0
    for article in _demo_articles():
        page = {"province": province_of[article.url], "published": article.published.date()}
        citations = find_citations(article.text, **page)
        shares.update(c.confidence for c in citations)
        resolution = own_document(article.text, None, citations, **page)
        got = resolution.number if resolution else None
        want = article.announces[0] if article.announces else None
        if page["province"] is None:
            continue  # the central portal's labels leave its own documents out
        found += want is not None and got == want
        missed += want is not None and got != want
        extra += want is None and got is not None
    print(f"\ndemo citations: {dict(shares)}; provincial pages' own documents: {found} found, "
          f"{missed} missed, {extra} extra")
    assert shares[AMBIGUOUS] <= 0.05 * sum(shares.values())
    assert found >= 20 and extra == 0
