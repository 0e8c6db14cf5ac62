"""Provinces: canonical names, the 2025 merger, evidence in text; and text normalisation."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from indexer.parsing.gazetteer import (
    PROVINCES,
    canonical_province,
    current_province,
    is_central_body,
    province_in_text,
    province_info,
    province_of_place,
)
from indexer.parsing.textnorm import fold, new_style_tones, nfc, nfc_with_offsets
from tests.conftest import SAMPLES

needs_samples = pytest.mark.skipif(not SAMPLES.exists(), reason="shared samples not present")

# Resolution 202/2025/QH15 (in force 1 July 2025): the 23 merged units and what they absorbed.
# The 11 provinces not listed kept their territory (Thừa Thiên Huế as the city of Huế).
MERGED = {
    "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
    "Lào Cai": ["Lào Cai", "Yên Bái"],
    "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
    "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
    "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
    "Hưng Yên": ["Hưng Yên", "Thái Bình"],
    "Hải Phòng": ["Hải Phòng", "Hải Dương"],
    "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
    "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
    "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
    "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
    "Gia Lai": ["Gia Lai", "Bình Định"],
    "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
    "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
    "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
    "Hồ Chí Minh": ["Hồ Chí Minh", "Bình Dương", "Bà Rịa - Vũng Tàu"],
    "Đồng Nai": ["Đồng Nai", "Bình Phước"],
    "Tây Ninh": ["Tây Ninh", "Long An"],
    "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
    "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
    "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
    "Cà Mau": ["Cà Mau", "Bạc Liêu"],
    "An Giang": ["An Giang", "Kiên Giang"],
}
UNCHANGED = {
    "Hà Nội": "Hà Nội", "Thừa Thiên Huế": "Huế", "Lai Châu": "Lai Châu",
    "Điện Biên": "Điện Biên", "Sơn La": "Sơn La", "Lạng Sơn": "Lạng Sơn",
    "Quảng Ninh": "Quảng Ninh", "Thanh Hóa": "Thanh Hóa", "Nghệ An": "Nghệ An",
    "Hà Tĩnh": "Hà Tĩnh", "Cao Bằng": "Cao Bằng",
}
EXPECTED_CURRENT = {old: new for new, olds in MERGED.items() for old in olds} | UNCHANGED


def test_the_63_provinces_and_the_34_units_after_the_merger() -> None:
    assert len(PROVINCES) == len(set(PROVINCES)) == 63
    assert set(PROVINCES) == set(EXPECTED_CURRENT)
    assert len(set(EXPECTED_CURRENT.values())) == 34
    assert {p: current_province(p) for p in PROVINCES} == EXPECTED_CURRENT


@pytest.mark.parametrize(
    ("province", "current"),
    [("Kon Tum", "Quảng Ngãi"), ("Đắk Nông", "Lâm Đồng"), ("Thừa Thiên Huế", "Huế"),
     ("Hà Nội", "Hà Nội"), ("tỉnh Bình Dương", "Hồ Chí Minh"), ("Daknong", "Lâm Đồng"),
     ("Huế", "Huế"), ("Atlantis", None)],
)
def test_current_province(province: str, current: str | None) -> None:
    assert current_province(province) == current


def test_every_province_has_a_capital_or_districts_to_recognise_it_by() -> None:
    for name in PROVINCES:
        info = province_info(name)
        assert info is not None and info.name == name
        assert len(info.places) >= 3, name
        assert info.capital or info.kind == "thành phố", name


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("tỉnh Kon Tum", "Kon Tum"), ("Kontum", "Kon Tum"), ("KON TUM", "Kon Tum"),
        ("kon tum", "Kon Tum"), ("Tỉnh Kon Tum", "Kon Tum"),
        ("TP. Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
        ("TPHCM", "Hồ Chí Minh"), ("Sài Gòn", "Hồ Chí Minh"),
        ("Thừa Thiên Huế", "Thừa Thiên Huế"), ("Thừa Thiên - Huế", "Thừa Thiên Huế"),
        ("Huế", "Thừa Thiên Huế"), ("Khánh Hoà", "Khánh Hòa"), ("THANH HOÁ", "Thanh Hóa"),
        ("Đắk Lắk", "Đắk Lắk"), ("Đăk Lăk", "Đắk Lắk"), ("Daklak", "Đắk Lắk"),
        ("Đắk Nông", "Đắk Nông"), ("Dak Nong", "Đắk Nông"), ("Bắc Cạn", "Bắc Kạn"),
        ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"), ("BR-VT", "Bà Rịa - Vũng Tàu"),
        ("thành phố Hà Nội", "Hà Nội"), ("Quảng Nam", "Quảng Nam"),
        ("Quang Nam", "Quảng Nam"),  # typed without diacritics
        ("Gia Nghĩa", None), ("Nam Lào", None), ("Bộ Nội vụ", None), ("", None),
    ],
)
def test_canonical_province(name: str, expected: str | None) -> None:
    assert canonical_province(name) == expected


@pytest.mark.parametrize(
    ("place", "province"),
    [("Gia Nghĩa", "Đắk Nông"), ("thành phố Gia Nghĩa", "Đắk Nông"), ("Ngọc Hồi", "Kon Tum"),
     ("Bờ Y", "Kon Tum"), ("huyện A Lưới", "Thừa Thiên Huế"), ("Pleiku", "Gia Lai"),
     ("Buôn Ma Thuột", "Đắk Lắk"), ("Đà Lạt", "Lâm Đồng"), ("Atlantis", None)],
)
def test_province_of_place(place: str, province: str | None) -> None:
    assert province_of_place(place) == province


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Tư pháp tỉnh Kon Tum tổ chức hội nghị", "Kon Tum"),
        ("Tỉnh ủy Kon Tum chỉ đạo tăng cường phòng, chống dịch", "Kon Tum"),
        ("tỉnh Đắk Nông", "Đắk Nông"),
        ("Phòng Dân tộc các huyện, thành phố Gia Nghĩa tập trung chỉ đạo", "Đắk Nông"),
        ("kiểm soát người về nước qua Cửa khẩu Quốc tế Bờ Y", "Kon Tum"),
        ("ỦY BAN NHÂN DÂN TỈNH THANH HÓA", "Thanh Hóa"),
        ("UBND TP. Hồ Chí Minh chỉ đạo các quận, huyện", "Hồ Chí Minh"),
        ("Tinh uy Kon Tum chi dao", "Kon Tum"),  # typed without diacritics
        ("Bộ Nội vụ ban hành văn bản hướng dẫn các Sở Nội vụ tỉnh, thành phố", None),
        ("Văn phòng Chính phủ thông báo ý kiến của Thủ tướng Chính phủ", None),
        ("Thủ tướng Chính phủ chỉ đạo các bộ, ngành", None),
        ("hoạt động ngoại giao với các tỉnh Nam Lào và Đông Bắc Campuchia", None),
        ("xây dựng nền hòa bình và phát triển", None),  # "hòa bình" is peace, not Hòa Bình
        ("", None),
    ],
)
def test_province_in_text(text: str, expected: str | None) -> None:
    assert province_in_text(text) == expected


def test_agency_mentions_beat_passing_mentions() -> None:
    text = ("Sở Tư pháp tỉnh Kon Tum phối hợp với đoàn công tác đến từ tỉnh Gia Lai và "
            "tỉnh Bình Định để trao đổi kinh nghiệm.")
    assert province_in_text(text) == "Kon Tum"


@needs_samples
@pytest.mark.parametrize(
    "page",
    json.loads((SAMPLES / "pages" / "gold.json").read_text(encoding="utf-8"))["pages"]
    if SAMPLES.exists() else [],
    ids=lambda p: p["file"],
)
def test_sample_pages_province(page: dict) -> None:
    text = (SAMPLES / "pages" / page["file"]).read_text(encoding="utf-8")
    assert province_in_text(text) == page["province"]


@needs_samples
@pytest.mark.parametrize(
    "path", sorted((SAMPLES / "legal").glob("*.json")) if SAMPLES.exists() else [],
    ids=lambda p: p.stem,
)
def test_legal_samples_issuing_province(path: Path) -> None:
    doc = json.loads(path.read_text(encoding="utf-8"))
    authority = doc["issuing_authority"]
    expected = canonical_province(authority) if authority.startswith("Tỉnh ") else None
    assert province_in_text(doc["text"]) == expected


@pytest.mark.parametrize(
    ("agency", "central"),
    [
        ("Bộ Nội vụ", True), ("Văn phòng Chính phủ", True), ("Thủ tướng Chính phủ", True),
        ("Bộ Chính trị", True), ("Ban Bí thư", True), ("Bộ Y tế", True),
        ("Bảo hiểm xã hội Việt Nam", True), ("Ban Tuyên giáo Trung ương", True),
        ("Ban Chỉ đạo phòng, chống dịch COVID-19 của Bộ Nội vụ", True),
        ("BỘ GIAO THÔNG VẬN TẢI", True), ("Quốc hội", True),
        ("Sở Tư pháp tỉnh Kon Tum", False), ("Tỉnh ủy Kon Tum", False), ("UBND tỉnh", False),
        ("Ban Dân tộc tỉnh Đắk Nông", False), ("Bộ Chỉ huy Quân sự tỉnh", False),
        ("Cục Thuế tỉnh Kon Tum", False), ("Sở Y tế", False), ("", False),
    ],
)
def test_is_central_body(agency: str, central: bool) -> None:
    assert is_central_body(agency) is central


@settings(max_examples=100, deadline=2000)
@given(st.one_of(st.text(max_size=400),
                 st.lists(st.sampled_from(["tỉnh ", "Kon Tum ", "Sở ", "thành phố ", "Bộ ",
                                           "Tỉnh ủy ", "các ", ", ", "\n", "Huế "]),
                          max_size=200).map("".join)))
def test_gazetteer_never_raises(text: str) -> None:
    found = province_in_text(text)
    assert found is None or found in PROVINCES
    assert canonical_province(text) in (None, *PROVINCES)
    assert isinstance(is_central_body(text), bool)


# ---- textnorm ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "folded"),
    [("Phòng, chống dịch", "phong, chong dich"), ("ĐẮK NÔNG", "dak nong"),
     ("Thừa Thiên Huế", "thua thien hue"), ("Ủy ban nhân dân", "uy ban nhan dan"),
     ("QĐ-UBND", "qd-ubnd"), ("", "")],
)
def test_fold(text: str, folded: str) -> None:
    assert fold(text) == folded
    assert fold(unicodedata.normalize("NFD", text)) == folded


def test_nfc_composes_decomposed_vietnamese() -> None:
    decomposed = unicodedata.normalize("NFD", "Tỉnh ủy Kon Tum")
    assert decomposed != "Tỉnh ủy Kon Tum"
    assert nfc(decomposed) == "Tỉnh ủy Kon Tum"


@pytest.mark.parametrize(
    ("old", "new"),
    [("Khánh Hoà", "Khánh Hòa"), ("Uỷ ban", "Ủy ban"), ("Thanh Hoá", "Thanh Hóa"),
     ("Thuỵ", "Thụy"), ("khoẻ", "khỏe"), ("quý", "quý"), ("hoàng", "hoàng")],
)
def test_new_style_tones(old: str, new: str) -> None:
    assert new_style_tones(old) == new


_VIETNAMESE = st.lists(
    st.sampled_from(["Thừa", "Thiên", "Huế", "Đắk", "Nông", "Ủy", "ban", "Chỉ", "thị", "số",
                     "07/CT-UBND", " ", ", ", "\n"]),
    max_size=40,
).map("".join)


@settings(max_examples=200, deadline=1000)
@given(_VIETNAMESE, st.sampled_from(["NFC", "NFD"]), st.data())
def test_nfc_with_offsets_maps_back(text: str, form: str, data: st.DataObject) -> None:
    given_text = unicodedata.normalize(form, text)
    composed, offsets = nfc_with_offsets(given_text)
    assert composed == nfc(given_text)
    assert len(offsets) == len(composed) + 1 and offsets[-1] == len(given_text)
    i = data.draw(st.integers(0, len(composed)))
    j = data.draw(st.integers(i, len(composed)))
    assert nfc(given_text[offsets[i]:offsets[j]]) == composed[i:j]
