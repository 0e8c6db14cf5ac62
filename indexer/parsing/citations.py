"""Official document numbers: normalising them, finding the ones a text cites, and its own.

Vietnamese document numbers ("số và ký hiệu") follow Decree 30/2020/NĐ-CP and the Party's
Guideline 36-HD/VPTW: "07/CT-UBND", "15/2020/NĐ-CP", "4962/UBND-KGVX", "172-TB/TW",
"01/2020/TTLT-BTP-BTC", plus standards "QCVN 07A:2020/BCT". The code after the serial
names the document type and the issuer, which this module reads back as data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from indexer.models import Citation
from indexer.parsing.dates import vn_date
from indexer.parsing.gazetteer import canonical_province, is_central_body, province_of_place
from indexer.parsing.textnorm import fold, new_style_tones, nfc, nfc_with_offsets

# Type codes → document type (Decree 30/2020/NĐ-CP, appendix III; Party Guideline 36-HD/VPTW).
CODE_TYPES: dict[str, str] = {
    "NQ": "Nghị quyết", "NĐ": "Nghị định", "QĐ": "Quyết định", "QĐi": "Quy định",
    "CT": "Chỉ thị", "TT": "Thông tư", "TTLT": "Thông tư liên tịch",
    "NQLT": "Nghị quyết liên tịch", "CĐ": "Công điện", "TB": "Thông báo", "KH": "Kế hoạch",
    "HD": "Hướng dẫn", "HDLN": "Hướng dẫn", "CV": "Công văn", "BC": "Báo cáo", "TTr": "Tờ trình",
    "KL": "Kết luận", "CTr": "Chương trình", "ĐA": "Đề án", "QC": "Quy chế", "QCPH": "Quy chế",
    "QyĐ": "Quy định", "GM": "Giấy mời", "PA": "Phương án", "DA": "Dự án",
    "HĐ": "Hợp đồng", "BB": "Biên bản", "L": "Lệnh", "PL": "Pháp lệnh",
    "TC": "Thông cáo", "TTri": "Thông tri", "CTHĐ": "Chương trình",
}

# Issuer codes of central bodies → canonical issuer. A number with one of these is central.
CENTRAL_ISSUERS: dict[str, str] = {
    "TTg": "Thủ tướng Chính phủ", "CP": "Chính phủ", "VPCP": "Văn phòng Chính phủ",
    "QH": "Quốc hội", "UBTVQH": "Ủy ban Thường vụ Quốc hội", "CTN": "Chủ tịch nước",
    "TW": "Trung ương Đảng", "VPTW": "Văn phòng Trung ương Đảng",
    "BTGTW": "Ban Tuyên giáo Trung ương", "BTCTW": "Ban Tổ chức Trung ương",
    "BDVTW": "Ban Dân vận Trung ương", "UBKTTW": "Ủy ban Kiểm tra Trung ương",
    "BYT": "Bộ Y tế", "BNV": "Bộ Nội vụ", "BCT": "Bộ Công Thương", "BTC": "Bộ Tài chính",
    "BTP": "Bộ Tư pháp", "BGTVT": "Bộ Giao thông vận tải", "BKHĐT": "Bộ Kế hoạch và Đầu tư",
    "BGDĐT": "Bộ Giáo dục và Đào tạo", "BNNPTNT": "Bộ Nông nghiệp và Phát triển nông thôn",
    "BTNMT": "Bộ Tài nguyên và Môi trường", "BLĐTBXH": "Bộ Lao động - Thương binh và Xã hội",
    "BTTTT": "Bộ Thông tin và Truyền thông", "BVHTTDL": "Bộ Văn hóa, Thể thao và Du lịch",
    "BXD": "Bộ Xây dựng", "BQP": "Bộ Quốc phòng", "BCA": "Bộ Công an", "BNG": "Bộ Ngoại giao",
    "BKHCN": "Bộ Khoa học và Công nghệ", "BNNMT": "Bộ Nông nghiệp và Môi trường",
    "BDTTG": "Bộ Dân tộc và Tôn giáo", "NHNN": "Ngân hàng Nhà nước Việt Nam",
    "BHXH": "Bảo hiểm xã hội Việt Nam", "UBDT": "Ủy ban Dân tộc",
    "TTCP": "Thanh tra Chính phủ", "KTNN": "Kiểm toán Nhà nước",
    "TANDTC": "Tòa án nhân dân tối cao", "VKSNDTC": "Viện kiểm sát nhân dân tối cao",
    "BCĐQG": "Ban Chỉ đạo Quốc gia",
}
# Issuer codes of provincial bodies; "S..." (Sở) codes are local too.
LOCAL_ISSUERS: dict[str, str | None] = {
    "UBND": None,  # province, district or commune: the text must say which
    "HĐND": None, "TTHĐND": None, "TU": "Tỉnh ủy", "HU": "Huyện ủy", "ĐU": None,
    "BDT": None, "CAT": "Công an tỉnh", "BCH": None, "VPUBND": None,
}

DOC_TYPES: tuple[str, ...] = (
    "Thông tư liên tịch", "Nghị quyết liên tịch", "Hướng dẫn liên ngành", "Hướng dẫn liên tịch",
    "Chỉ thị", "Công điện", "Điện mật", "Điện khẩn", "Thông báo kết luận", "Thông báo",
    "Kế hoạch", "Quyết định", "Nghị định", "Nghị quyết", "Thông tư", "Công văn", "Văn bản",
    "Hướng dẫn", "Bộ luật", "Luật", "Pháp lệnh", "Lệnh", "Tờ trình", "Báo cáo", "Kết luận",
    "Quy định", "Quy chế", "Chương trình", "Đề án", "Thông tri", "Công thư", "Giấy mời",
    "Thông cáo", "Hiến pháp", "Điện",
)
_GENERIC_TYPES = {"Văn bản", "Điện"}  # the code says more than these words
_TYPE_CANON = {fold(t): t for t in DOC_TYPES} | {
    "thong bao ket luan": "Thông báo", "huong dan lien nganh": "Hướng dẫn",
    "huong dan lien tich": "Hướng dẫn", "dien khan": "Công điện",
}

# ---- patterns -------------------------------------------------------------------------
_UP = "A-ZĐÐ"
_UNIT = rf"[{_UP}][{_UP}]{{0,11}}(?:[a-z]|\d{{1,2}})?"  # "UBND", "TTg", "QĐi", "QH12"
_SEP = r"(?:\x20?[-–/](?!\x20)|[-–/]\x20?)"  # one space at most, on one side: "QĐ -UBND"
_HY = r"(?:\x20?[-–](?!\x20)|[-–]\x20?)"
_SL = r"(?:\x20?/(?!\x20)|/\x20?)"
_END = r"(?!\w|[-–/][\w])"
_NUMBER = re.compile(
    # standards: "QCVN 07A:2020/BCT", "TCVN 2615:2008", "TCVN ISO 9001:2015"
    rf"(?P<std>(?<!\w)(?P<sprefix>QCVN|TCVN|TCXDVN|TCN|TCCS)\s?(?P<iso>ISO(?:/IEC)?\s?)?"
    rf"(?P<snum>\d{{1,5}}[A-Z]?(?:[-.]\d{{1,4}}[A-Z]?){{0,3}})\s?:\s?(?P<syear>(?:19|20)\d\d)"
    rf"(?:\s?/\s?(?P<sissuer>{_UNIT}(?:-{_UNIT})?))?{_END})"
    # Party: "172-TB/TW", "15-QĐi/TW", "01-HD/BTCTW"
    rf"|(?P<party>(?<![\w./–-])(?P<pserial>\d{{1,5}}[a-z]?){_HY}(?P<ptype>{_UNIT}){_SL}"
    rf"(?P<pissuer>{_UNIT}(?:[-/]{_UNIT}){{0,3}}){_END})"
    # State: "07/CT-UBND", "15/2020/NĐ-CP", "4962/UBND-KGVX", "337/HDLN-BDT-STC"
    rf"|(?P<state>(?<![\w./–-])(?P<serial>\d{{1,5}}[a-z]?){_SL}"
    rf"(?:(?P<year>(?:19|20)\d\d){_SL})?(?P<code>{_UNIT}(?:{_SEP}{_UNIT}){{0,7}}){_END})"
)
_URL = re.compile(r"(?:https?://|www\.)\S{1,2000}|\S{1,200}@\S{1,200}", re.IGNORECASE)
_TYPE_BEFORE = re.compile(
    rf"(?<!\w)(?P<type>{'|'.join(sorted(DOC_TYPES, key=len, reverse=True))})"
    r"\s{0,3}(?:(?:số|Số|SỐ|No\.?)\s{0,3})?[:.]?\s{0,3}$",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(
    r"\s{0,3}[,;]?\s{0,3}\(?\s{0,3}(?:(?:được\s)?ban hành\s{1,3})?(?:ngày|NGÀY|Ngày)\s{1,3}"
    r"(?:(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})(?:\s?[/.-]\s?(?P<y>(?:19|20)\d\d))?"
    r"|(?P<ld>\d{1,2})\s{1,3}tháng\s{1,3}(?P<lm>\d{1,2})"
    r"(?:\s{0,3},?\s{0,3}năm\s{1,3}(?P<ly>(?:19|20)\d\d))?)(?![\d/.-]\d)",
    re.IGNORECASE,
)
_ISSUER_AFTER = re.compile(r"\s{0,3}[,)]?\s{0,3}(?:của|do|CỦA|DO)\s{1,3}(?=\S)")
# Where an issuer phrase ends. Verbs that open the subject matter end it in any case ("VỀ
# VIỆC" in upper-case titles too); function words only in lower case, because issuer names
# are capitalised ("Bộ Giao thông vận tải" holds "Giao", "Bộ Tài nguyên và Môi trường" "và").
_ISSUER_STOP = re.compile(
    r"[,;.()\"“”\n|]|\s(?:về|v/v|quy định|hướng dẫn|ban hành|phê duyệt|sửa đổi|thông qua"
    r"|khóa|khoá|kỳ họp|có hiệu lực)(?!\w)",
    re.IGNORECASE,
)
_ISSUER_WEAK_STOP = re.compile(
    r"\s(?:thì|đã|tại|nhằm|để|trong|với|cho|đến|từ|thực hiện|triển khai|giao|yêu cầu|chỉ đạo"
    r"|là|được|có|gửi|nay|này|đề nghị|hiện hành|nêu|trên|như sau|gồm|bao gồm)(?!\w)"
)
_AND_WORD = re.compile(r"\svà\s+(\w)")
_SUBJECT_BEFORE_ISSUE = re.compile(
    r"([^.;:\n,]{2,90}?)\s{1,3}(?:đã\s{1,3})?ban hành\s{1,3}(?:\w+\s{1,3}){0,3}?"
    r"(?:số\s{1,3})?[:.]?\s{0,3}$",
    re.IGNORECASE,
)
# A verb that puts the page's own document to work on the cited one, opening a clause:
# "Thực hiện X ...", "..., triển khai X", "... và thực hiện X"; "Căn cứ X" in legal documents.
# "Kế hoạch triển khai thực hiện X" names the document itself as implementing X.
_CUE = re.compile(
    r"(?:^|[,;:(]|(?<!\w)(?:và|đồng thời|nhằm|để))\s{0,3}"
    r"(?:[-–•+*·]\s{0,3}|\d{1,2}[.)]\s{0,3})?(?:tiếp tục\s{1,3})?"
    r"(?P<cue>thực hiện|triển khai(?:\s{1,3}thực hiện)?|thi hành|quán triệt|cụ thể hóa|cụ thể hoá"
    r"|(?P<basis>căn cứ))(?!\w)"
    r"|(?<!\w)(?:kế hoạch\s{1,3}(?:triển khai\s{1,3})?thực hiện|kế hoạch\s{1,3}triển khai"
    r"|hướng dẫn\s{1,3}thực hiện)(?!\w)",
    re.IGNORECASE,
)
# A verb issuing a document: what follows it is the page's own document, not one it implements.
# Not "về việc ban hành" (a subject) nor "của Thủ tướng Chính phủ ban hành ..." (a description).
_ISSUING = re.compile(r"(?<!\w)(?<!việc )(?<!về )(?:ban hành|ký|phát hành)(?!\w)(?! kèm)",
                      re.IGNORECASE)
_DESCRIBED = re.compile(r"(?<!\w)của\s{1,3}(?:[^\s,;.:]+\s{1,3}){1,6}$", re.IGNORECASE)
_ISSUED = re.compile(
    r"(?<!\w)(?:ban hành|ký|phát hành)\s{1,3}(?:[^\W\d_]+\s{1,3}){0,4}?(?:số\s{0,3})?[:.]?\s{0,3}$",
    re.IGNORECASE,
)
_COORDINATED = re.compile(
    r"(?:[,;]|(?<!\w)(?:và|cùng|cùng với))\s{0,3}(?:[^\W\d_]+\s{1,3}){0,3}?(?:số\s{0,3})?"
    r"[:.]?\s{0,3}$",
    re.IGNORECASE,
)
_CUE_REACH = 80  # a cue governs a number this close; farther ones only through coordination
_NATIONAL_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA|CỘNG HOÀ XÃ HỘI CHỦ NGHĨA", re.IGNORECASE)
_SENTENCE_END = re.compile(r"\n|[.!?](?=\s+[^\W\d_])")

_ASCII_FIXES = {
    "CD": "CĐ", "QD": "QĐ", "ND": "NĐ", "BCD": "BCĐ", "HDND": "HĐND", "TTHDND": "TTHĐND",
    "QDI": "QĐi", "KHDT": "KHĐT", "BKHDT": "BKHĐT", "SKHDT": "SKHĐT", "BGDDT": "BGDĐT",
    "SGDDT": "SGDĐT", "BLDTBXH": "BLĐTBXH", "SLDTBXH": "SLĐTBXH", "LDTBXH": "LĐTBXH",
    "DU": "ĐU", "BCDQG": "BCĐQG", "QYD": "QyĐ",
}
_MIXED_CASE = {"TTG": "TTg", "TTR": "TTr", "QĐI": "QĐi", "CTR": "CTr", "QYĐ": "QyĐ",
               "TTRI": "TTri"}


def _fix_unit(unit: str) -> str:
    upper = unit.upper().replace("Ð", "Đ")
    upper = _ASCII_FIXES.get(upper, upper)
    return _MIXED_CASE.get(upper.upper(), upper)


def normalise_number(raw: str) -> str:
    """Canonical form of a document number: "Số: 17/2015/QĐ -UBND" → "17/2015/QĐ-UBND",
    "02/CD-UBND" → "02/CĐ-UBND", "13/CT-TTG" → "13/CT-TTg", "qcvn 07a : 2020/bct" →
    "QCVN 07A:2020/BCT". Never raises on a string; text that is no number comes back tidied.
    """
    text = " ".join(nfc(raw).split())
    text = re.sub(r"^(?:số|no\.?)\s*[:.]?\s*", "", text, flags=re.IGNORECASE)
    text = re.sub(r"\s*([-–—/:])\s*", r"\1", text).replace("–", "-").replace("—", "-")
    std = re.match(r"(?i)(QCVN|TCVN|TCXDVN|TCN|TCCS)\s*(.*)$", text)
    if std:
        rest = re.sub(r"(?i)^ISO(/IEC)?\s*", lambda m: m.group(0).upper().strip() + " ", std[2])
        tail = re.sub(r"/([^/]*)$", lambda m: "/" + _fix_unit(m.group(1)), rest.upper())
        return f"{std[1].upper()} {tail}".strip()
    parts = re.split(r"([-/])", text)
    out = []
    for i, part in enumerate(parts):
        if part in ("-", "/"):
            out.append(part)
        elif i == 0 and re.fullmatch(r"\d+[A-Za-z]?", part):
            out.append(part.lower())  # "30a/2008/NQ-CP": the serial's letter is lower-case
        elif part.isdigit():
            out.append(part)
        else:
            out.append(_fix_unit(part))
    return "".join(out)


@dataclass(frozen=True)
class _Code:
    """What a document number's code says about the document."""

    type: str | None
    issuers: tuple[str, ...]  # issuer codes, several for joint documents ("TTLT-BTP-BTC")
    year: int | None


_JOINT = {"TTLT", "NQLT", "HDLN", "KHLT", "CTLT"}


def _read_code(m: re.Match[str], number: str) -> _Code:
    if m.group("std"):
        issuer = m.group("sissuer")
        kind = "Quy chuẩn kỹ thuật quốc gia" if m.group("sprefix") == "QCVN" else "Tiêu chuẩn"
        code = _fix_unit(issuer.split("-")[0]) if issuer else None
        if code is None and m.group("sprefix") == "TCVN":
            code = "BKHCN"  # national standards are announced by the Ministry of Science
        return _Code(kind, (code,) if code else (), int(m.group("syear")))
    if m.group("party"):
        issuer = _fix_unit(re.split(r"[-/]", m.group("pissuer"))[0])
        return _Code(CODE_TYPES.get(_fix_unit(m.group("ptype"))), (issuer,), None)
    units = [u for u in re.split(r"[-/]", number.split("/", 2 if m.group("year") else 1)[-1]) if u]
    year = int(m.group("year")) if m.group("year") else None
    if units and units[0] in CODE_TYPES:
        issuers = units[1:] if units[0] in _JOINT else units[1:2]
        return _Code(CODE_TYPES[units[0]], tuple(issuers), year)
    # "4962/UBND-KGVX": issuer, then its drafting unit; such numbers are letters (công văn)
    kind = "Công văn" if len(units) > 1 else None
    return _Code(kind, tuple(units[:1]), year)


def _central_name(code: str) -> str | None:
    bare = re.sub(r"\d+$", "", code)  # "QH13" → "QH"
    return CENTRAL_ISSUERS.get(bare) or CENTRAL_ISSUERS.get("B" + bare)  # joint "TC" = "BTC"


def _code_issuer(code: _Code) -> tuple[str | None, str | None]:
    """(locality, canonical issuer) the issuer code gives: ("central", "Bộ Nội vụ")."""
    if not code.issuers:
        return None, None
    first = re.sub(r"\d+$", "", code.issuers[0])
    if _central_name(first) or (first.endswith("TW") and len(first) > 2):
        names = [_central_name(c) for c in code.issuers]
        if len(names) > 1 and all(names):
            return "central", " - ".join(dict.fromkeys(n for n in names if n))
        return "central", _central_name(first)
    if first in LOCAL_ISSUERS or (first.startswith("S") and 2 <= len(first) <= 9):
        return "local", LOCAL_ISSUERS.get(first)
    return None, None


# Codes whose body the text names better: "TW" is the Politburo, the Secretariat or the
# Central Committee; the text says which.
_VAGUE_CENTRAL = {"TW"}


# ---- issuer phrases -------------------------------------------------------------------
_ABBREVIATIONS = (
    (r"\bUBND\b", "Ủy ban nhân dân"), (r"\bHĐND\b", "Hội đồng nhân dân"),
    (r"\bMTTQ\b", "Mặt trận Tổ quốc"), (r"\bBCĐ\b", "Ban Chỉ đạo"), (r"\bTƯ\b", "Trung ương"),
    (r"\bTW\b", "Trung ương"), (r"\bTTg\b", "Thủ tướng Chính phủ"), (r"\bVN\b", "Việt Nam"),
    (r"(?i)\bTp\.?(?=\s)|\bTP\.?(?=\s)", "thành phố"),
)
_ROLE = re.compile(
    r"^(?:(?:Phó\s)?Chủ tịch(?!\snước)|(?:Phó\s)?Bộ trưởng|Thường trực|Ban Thường vụ"
    r"|(?:Phó\s)?Tổng Giám đốc|(?:Phó\s)?Giám đốc|Thống đốc|Chánh Văn phòng|Tổng Thanh tra"
    r"|Tổng Kiểm toán|Trưởng ban)\s+",
    re.IGNORECASE,
)
_LEVEL_PLACE = re.compile(r"\s(tỉnh|thành phố|huyện|quận|thị xã)(?:\s(.{2,40}))?$")
_LOCAL_BODY = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|Tỉnh ủy|Thành ủy|Huyện ủy"
    r"|Ủy ban nhân dân|Hội đồng nhân dân|Sở|Đảng ủy)(?!\w)"
)


@dataclass(frozen=True)
class Issuer:
    """An issuing body read from a citation's "của ..." phrase."""

    text: str  # as written, trimmed
    canonical: str  # "Ủy ban nhân dân tỉnh", "Tỉnh ủy", "Bộ Nội vụ"
    province: str | None  # named in the phrase ("UBND tỉnh Kon Tum") or by a place
    locality: str | None  # "central", "local" or None


@lru_cache(maxsize=4096)
def canonical_issuer(raw: str) -> Issuer | None:
    """Canonical issuer of a phrase: "UBND tỉnh Kon Tum" → Ủy ban nhân dân tỉnh / Kon Tum,
    "Bộ trưởng Bộ Nội vụ" → Bộ Nội vụ, "Thường trực Tỉnh ủy" → Tỉnh ủy. None if empty."""
    text = " ".join(new_style_tones(raw).split()).strip(" -–")
    if not text:
        return None
    name = text[0] + text[1:].lower() if text.isupper() else text
    for pattern, full in _ABBREVIATIONS:
        name = re.sub(pattern, full, name)
    name = re.sub(r"^(?:liên bộ|liên ngành)\s*:?\s*", "", name, flags=re.IGNORECASE) or text
    while (role := _ROLE.match(name)) and len(name) > role.end():
        name = name[role.end():]
    name = name[0].upper() + name[1:]
    province = None
    if (level := _LEVEL_PLACE.search(name)) and level.group(2):
        place = level.group(2).strip()
        province = canonical_province(place)
        if province is not None and (level.group(1) in ("tỉnh", "thành phố")):
            name = name[:level.start(1)] + level.group(1)
        elif province is None:
            province = province_of_place(place)
    elif (tail := re.search(r"(?:Tỉnh ủy|Thành ủy)\s(.{2,40})$", name)) and (
        province := canonical_province(tail.group(1))
    ):
        name = name[:tail.start(1)].strip()
    if is_central_body(name):
        locality = "central"
    elif _LOCAL_BODY.search(name) or province:
        locality = "local"
    else:
        locality = None
    return Issuer(text=text, canonical=name, province=province, locality=locality)


def _issuer_phrase(text: str, end: int) -> str | None:
    """The "của X" phrase right after a number (and its date)."""
    m = _ISSUER_AFTER.match(text, end, min(len(text), end + 12))
    if not m:
        return None
    window = text[m.end():m.end() + 120]
    for stop_pattern in (_ISSUER_STOP, _ISSUER_WEAK_STOP):
        if stop := stop_pattern.search(window):
            window = window[:stop.start()]
    for conj in _AND_WORD.finditer(window):
        if conj.group(1).islower():  # "... Chính phủ và các văn bản", not "Tài nguyên và Môi"
            window = window[:conj.start()]
            break
    phrase = window.strip()
    if not phrase or len(phrase) > 90:
        return None
    if not (phrase[0].isupper() or phrase.startswith(("liên", "các"))):
        return None
    return phrase


def _subject_issuer(text: str, start: int) -> str | None:
    """"... Tỉnh ủy Kon Tum ban hành văn bản số N": the subject of "ban hành" before N."""
    window = text[max(0, start - 160):start]
    if "ban hành" not in window.lower():
        return None
    m = _SUBJECT_BEFORE_ISSUE.search(window)
    if not m:
        return None
    subject = m.group(1).strip()
    subject = re.sub(
        r"^(?:ngày\s+\d{1,2}(?:\s+tháng\s+\d{1,2}\s+năm\s+\d{4}|[/.-]\d{1,2}(?:[/.-]\d{4})?)\s*,?\s*)",
        "", subject, flags=re.IGNORECASE,
    )
    if " của " in subject:
        subject = subject.rsplit(" của ", 1)[1]
    return subject if subject[:1].isupper() and len(subject.split()) <= 10 else None


# ---- relation -------------------------------------------------------------------------
@dataclass
class _RelationState:
    """What the citations before this one in the same sentence established."""

    sentence: int = -1  # start of the sentence the state belongs to
    implements: bool = False
    anchor: int = 0  # end of the citation that set it


def _sentence_start(text: str, start: int) -> int:
    window_start = max(0, start - 600)
    ends = list(_SENTENCE_END.finditer(text, window_start, start))
    return ends[-1].end() if ends else window_start


def _main_issue_between(text: str, lo: int, hi: int) -> bool:
    return any(not _DESCRIBED.search(text, lo, m.start())
               for m in _ISSUING.finditer(text, lo, hi))


def _relation(text: str, start: int, end: int, legal: bool, state: _RelationState) -> str:
    """"implements" when the sentence says this document implements the cited one: a cue
    ("Thực hiện", "triển khai", "Căn cứ" in legal texts) governs the number, directly or
    through a list ("Thực hiện X ... và Y"); a number right after "ban hành" is the page's own.
    """
    sentence = _sentence_start(text, start)
    if state.sentence != sentence:
        state.sentence, state.implements, state.anchor = sentence, False, sentence
    before = text[sentence:start]
    if _ISSUED.search(before):
        state.implements, state.anchor = False, end
        return "cites"
    cue_end = max((sentence + m.end() for m in _CUE.finditer(before)
                   if not (m.group("basis") and not legal)), default=None)
    if (cue_end is not None and start - cue_end <= _CUE_REACH
            and not _main_issue_between(text, cue_end, start)):
        state.implements, state.anchor = True, end
        return "implements"
    if (state.implements and _COORDINATED.search(before)
            and not _main_issue_between(text, state.anchor, start)):
        state.anchor = end
        return "implements"
    return "cites"


# ---- assembling citations -------------------------------------------------------------
def _doc_type(text: str, m: re.Match[str], code: _Code) -> str | None:
    before = text[max(0, m.start() - 40):m.start()]
    word = _TYPE_BEFORE.search(before)
    if word:
        named = _TYPE_CANON.get(fold(" ".join(word.group("type").split())))
        refined = code.type and fold(code.type).startswith(fold(named or "-"))
        if named and not refined and not (named in _GENERIC_TYPES and code.type):
            return named
    return code.type


def _date_after(text: str, end: int, page_year: int | None) -> str | None:
    """The cited document's date right after its number; "ngày 18/3" takes the page's year."""
    m = _DATE_AFTER.match(text, end, min(len(text), end + 60))
    if not m:
        return None
    if m.group("d"):
        day, month, year = m.group("d"), m.group("m"), m.group("y")
    else:
        day, month, year = m.group("ld"), m.group("lm"), m.group("ly")
    year_value = int(year) if year else page_year
    if year_value is None:
        return None
    parsed = vn_date(int(day), int(month), year_value)
    return parsed.isoformat() if parsed else None


def _date_span_end(text: str, end: int) -> int:
    m = _DATE_AFTER.match(text, end, min(len(text), end + 60))
    return m.end() if m else end


_SO_BEFORE = re.compile(r"(?<!\w)(?:số|Số|SỐ)\s{0,3}[:.]?\s{0,3}$")


def _valid(text: str, m: re.Match[str]) -> bool:
    """Reject look-alikes the pattern lets through: a code needs two capitals ("5/A" is not),
    and a lone unknown code ("Km 12/QL14", "Tổ 8/KP3") needs "số" or a type word before it."""
    code = m.group("code") or m.group("ptype") or m.group("sprefix") or ""
    if m.group("party"):
        code += m.group("pissuer")
    if sum(ch.isupper() for ch in code) < 2:
        return False
    if not m.group("state"):
        return True
    units = re.split(r"\s?[-–/]\s?", code)
    first = _fix_unit(units[0])
    if len(units) > 1 or first in CODE_TYPES or _code_issuer(_Code(None, (first,), None))[0]:
        return True
    before = text[max(0, m.start() - 40):m.start()]
    return bool(_SO_BEFORE.search(before) or _TYPE_BEFORE.search(before))


def _citation(
    text: str, m: re.Match[str], province: str | None, year: int | None, relation: str
) -> Citation:
    number = normalise_number(m.group(0))
    code = _read_code(m, number)
    cited_date = _date_after(text, m.end(), year)
    phrase = _issuer_phrase(text, _date_span_end(text, m.end())) or _subject_issuer(text, m.start())
    issuer = canonical_issuer(phrase) if phrase else None
    locality, code_issuer = _code_issuer(code)
    if locality is None and issuer is not None:
        locality = issuer.locality
    vague = bool(code.issuers) and code.issuers[0] in _VAGUE_CENTRAL
    if code_issuer and locality == "central" and not (vague and issuer):
        shown_issuer = code_issuer  # the code names the body exactly, in its official form
    else:
        shown_issuer = issuer.canonical if issuer else code_issuer
    # The identity's issuer must not depend on how a page words it, so the code decides.
    key_issuer = code_issuer if locality == "central" and code_issuer else shown_issuer
    doc_year = code.year or (int(cited_date[:4]) if cited_date else None)
    where = None
    if locality == "local":
        where = (issuer.province if issuer else None) or canonical_province(province or "")
    identity = None
    if key_issuer and doc_year and (locality == "central" or where):
        identity = f"{number}|{key_issuer}|{where or ''}|{doc_year}"
    return Citation(
        number=number, type=_doc_type(text, m, code), date=cited_date, issuer=shown_issuer,
        province=where, year=doc_year, identity=identity,
        relation=relation, start=m.start(), end=m.end(),
    )


def find_citations(
    text: str, *, province: str | None = None, year: int | None = None,
    own_number: str | None = None,
) -> list[Citation]:
    """Every official document number ``text`` cites, in order, one Citation per mention.

    ``province`` is the page's province, given to citations of local issuers ("của UBND
    tỉnh"); ``year`` is the page's year, used only to complete a cited date written without
    one ("ngày 18/3"); ``own_number`` (the document's own "Số: ...") is left out, and marks
    the text as a legal document, whose "Căn cứ X" means it implements X.
    Offsets index ``text`` as given, even when it is not NFC.
    """
    if not isinstance(text, str) or not text:
        return []
    text, offsets = nfc_with_offsets(text)
    skip = normalise_number(own_number) if own_number else None
    legal = skip is not None or bool(_NATIONAL_MOTTO.search(text[:600]))
    urls = [u.span() for u in _URL.finditer(text)]
    found = []
    state = _RelationState()
    for m in _NUMBER.finditer(text):
        if not _valid(text, m) or any(s <= m.start() < e for s, e in urls):
            continue
        relation = _relation(text, m.start(), m.end(), legal, state)
        citation = _citation(text, m, province, year, relation)
        if citation.number != skip:
            citation.start, citation.end = offsets[m.start()], offsets[m.end()]
            found.append(citation)
    return found


# "Số: N" anywhere in the header, or "Số N" opening a line or table cell.
_OWN = re.compile(
    r"(?:(?:^|[\n|])[ \t]{0,3}(?:Số|SỐ)[ \t]{0,3}[:.]?|(?<!\w)(?:Số|SỐ)[ \t]{0,3}:)[ \t]{0,3}(?=\d)"
)


def find_own_number(text: str) -> str | None:
    """A legal document's own number from its header ("Số: 30/2014/NQ-HĐND"), None if none
    ("Không số", or no "Số:" line in the first 600 characters)."""
    if not isinstance(text, str):
        return None
    head = nfc(text[:700])[:600]
    for label in _OWN.finditer(head):
        m = _NUMBER.match(head, label.end())
        if m and _valid(head, m):
            return normalise_number(m.group(0))
    return None


# A whole query naming one document, matched folded and lower-case, as users type it:
# "16/CT-TTg", "chi thi so 16/ct-ttg", "Thông báo 172-TB/TW", "QCVN 07A:2020/BCT".
_NAMED_NUMBER = re.compile(
    rf"(?:(?:{'|'.join(sorted({fold(t) for t in DOC_TYPES}, key=len, reverse=True))})\s+)?"
    r"(?:so\s*:?\s*)?"
    r"(?P<number>"
    r"(?:qcvn|tcvn|tcxdvn|tcn|tccs)\s+\d{1,6}[a-z]?(?::\d{4})?(?:/[a-z][a-z0-9.-]*)?"
    r"|\d{1,6}[a-z]?(?:/\d{4})?(?:[/-][a-z][a-z0-9.]*)+"
    r")\s*"
)


def number_named_by(text: str) -> str | None:
    """The normalised number when the whole of `text` names one document, else None."""
    text = nfc(text).strip()
    # fold keeps one character for one, so a span of the folded text is a span of `text`.
    match = _NAMED_NUMBER.fullmatch(fold(text))
    if not match:
        return None
    return normalise_number(text[match.start("number") : match.end("number")])
