"""Official document numbers: normalising them, finding the ones a text cites, and its own.

Vietnamese document numbers ("số và ký hiệu") follow Decree 30/2020/NĐ-CP and the Party's
Guideline 36-HD/VPTW: "07/CT-UBND", "15/2020/NĐ-CP", "4962/UBND-KGVX", "172-TB/TW",
"01/2020/TTLT-BTP-BTC", plus standards "QCVN 07A:2020/BCT". The code after the serial
names the document type and the issuer, which this module reads back as data.

Each mention's evidence of which document it names (dates before and after it, the issuer
phrase, the header of a legal text) is read here; ``identity.py`` weighs it into an identity.
Long (~870 lines) because the number grammar, the code tables and the evidence readers are
one grammar: every reader works on the same regular-expression match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache

from indexer.models import Citation
from indexer.parsing.dates import vn_date
from indexer.parsing.gazetteer import (
    canonical_province,
    is_central_body,
    province_info,
    province_of_place,
)
from indexer.parsing.identity import (
    Context,
    Evidence,
    Resolution,
    parse_identity,
    resolve,
    resolve_mentions,
)
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
    "BDT": "Ban Dân tộc", "CAT": "Công an tỉnh", "BCH": None, "VPUBND": None,
    # Provincial departments by their usual codes (the province comes from text or page).
    "SYT": "Sở Y tế", "STP": "Sở Tư pháp", "SNV": "Sở Nội vụ", "STC": "Sở Tài chính",
    "SKHĐT": "Sở Kế hoạch và Đầu tư", "SGDĐT": "Sở Giáo dục và Đào tạo",
    "STNMT": "Sở Tài nguyên và Môi trường", "SNNPTNT": "Sở Nông nghiệp và Phát triển nông thôn",
    "SCT": "Sở Công Thương", "SXD": "Sở Xây dựng", "SGTVT": "Sở Giao thông vận tải",
    "SLĐTBXH": "Sở Lao động - Thương binh và Xã hội", "STTTT": "Sở Thông tin và Truyền thông",
    "SVHTTDL": "Sở Văn hóa, Thể thao và Du lịch", "SKHCN": "Sở Khoa học và Công nghệ",
    "SNGV": "Sở Ngoại vụ", "SDL": "Sở Du lịch", "SNNMT": "Sở Nông nghiệp và Môi trường",
}
# The body a local code requires of the text's issuer phrase: "07/CT-UBND của Sở Y tế" is a
# misreading, so that phrase says nothing of the document's identity.
_CODE_BODIES: dict[str, tuple[str, ...]] = {
    "UBND": ("Ủy ban nhân dân",), "HĐND": ("Hội đồng nhân dân",),
    "TTHĐND": ("Hội đồng nhân dân",), "TU": ("Tỉnh ủy", "Thành ủy"),
    "HU": ("Huyện ủy", "Thị ủy", "Thành ủy", "Quận ủy"), "ĐU": ("Đảng ủy",),
    "BDT": ("Ban Dân tộc",), "CAT": ("Công an",),
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
    r"\s(?:thì|đã|tại|nhằm|để|trong|với|cho|đến|từ|thực hiện|triển khai|giao(?!\sthông)"
    r"|yêu cầu|chỉ đạo"
    r"|là|được|có|gửi|nay|này|đề nghị|hiện hành|nêu|trên|như sau|gồm|bao gồm)(?!\w)"
)
_AND_WORD = re.compile(r"\svà\s+(\w)")
# The subject of the verb issuing the number: "UBND tỉnh Kon Tum (đã|vừa) (ký) ban hành".
_SUBJECT_BEFORE_ISSUE = re.compile(
    r"([^.;:\n,]{2,90}?)\s{1,3}(?:(?:đã|vừa|mới|cũng)\s{1,3}){0,2}"
    r"(?:ban hành|ký(?:\s{1,3}ban hành)?|phát hành)\s{1,3}(?:\w+\s{1,3}){0,3}?"
    r"(?:số\s{1,3})?[:.]?\s{0,3}$",
    re.IGNORECASE,
)
# A verb that puts the page's own document to work on the cited one, opening a clause:
# "Thực hiện X ...", "..., triển khai X", "... và thực hiện X"; "Căn cứ X" in legal documents.
# "Kế hoạch triển khai thực hiện X" names the document itself as implementing X, and so does
# "(Quy định chi tiết và) hướng dẫn thi hành X"; "hội nghị (trực tuyến) triển khai X" and
# "tập huấn triển khai X" report an event putting X to work. "Thực hiện theo / như / đúng X"
# follows a rule of X, like "theo quy định tại X": no cue.
_CUE = re.compile(
    r"(?:^|[,;:(]|(?<!\w)(?:và|đồng thời|nhằm|để))\s{0,3}"
    r"(?:[-–•+*·]\s{0,3}|\d{1,2}[.)]\s{0,3})?(?:tiếp tục\s{1,3})?"
    r"(?P<cue>thực hiện(?!\s{1,3}(?:theo|như|đúng)(?!\w))|triển khai(?:\s{1,3}thực hiện)?"
    r"|thi hành|quán triệt|cụ thể hóa|cụ thể hoá"
    r"|(?P<basis>căn cứ))(?!\w)"
    r"|(?<!\w)(?:kế hoạch\s{1,3}(?:triển khai\s{1,3})?thực hiện|kế hoạch\s{1,3}triển khai"
    r"|(?:hội nghị|tập huấn)\s{1,3}(?:[^\W\d_]+\s{1,3}){0,3}?triển khai(?:\s{1,3}thực hiện)?"
    r"|hướng dẫn\s{1,3}(?:thực hiện|thi hành))(?!\w)",
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
        rest = units[1:]
        # "12/KH-STP-SGDĐT": several known bodies after the type sign jointly
        joint = units[0] in _JOINT or (len(rest) > 1 and all(map(_named_code, rest)))
        return _Code(CODE_TYPES[units[0]], tuple(rest if joint else rest[:1]), year)
    # "4962/UBND-KGVX": issuer, then its drafting unit; such numbers are letters (công văn)
    kind = "Công văn" if len(units) > 1 else None
    return _Code(kind, tuple(units[:1]), year)


def _named_code(code: str) -> bool:
    return bool(LOCAL_ISSUERS.get(code) or _central_name(code))


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
        names = [LOCAL_ISSUERS.get(c) for c in code.issuers]
        if len(names) > 1 and all(names):
            return "local", " - ".join(dict.fromkeys(n for n in names if n))
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
    r"|Tổng Kiểm toán|Trưởng(?=\s+ban\s))\s+",
    re.IGNORECASE,
)
_LEVEL_PLACE = re.compile(r"\s(tỉnh|thành phố|huyện|quận|thị xã)(?:\s(.{2,40}))?$")
_COMMITTEE_PLACE = re.compile(r"(Tỉnh ủy|Thành ủy|Huyện ủy|Thị ủy|Quận ủy)\s(.{2,40})$")
# "Ủy ban nhân dân Thành phố Hồ Chí Minh": level words inside a name are written lower-case.
_LEVEL_WORD = re.compile(r"(?<=\s)(?:Tỉnh|Thành phố|Huyện|Quận|Thị xã)(?=\s|$)(?!\s[ủỦ]y)")
_LOCAL_BODY = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|Tỉnh ủy|Thành ủy|Huyện ủy"
    r"|Ủy ban nhân dân|Hội đồng nhân dân|Sở|Đảng ủy)(?!\w)"
)


def _province_level(level: str, province: str) -> bool:
    """ "tỉnh Kon Tum", "Tỉnh ủy Kon Tum", "thành phố Hà Nội" name a province's own body;
    "thành phố Kon Tum" and "Thành ủy Kon Tum" its capital city's."""
    if level.lower() in ("tỉnh", "tỉnh ủy"):
        return True
    info = province_info(province)
    return level.lower() in ("thành phố", "thành ủy") and info is not None and (
        info.kind == "thành phố")


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
    upper = text.isupper()  # a legal document's header: "ỦY BAN NHÂN DÂN HUYỆN ĐẮK GLONG"
    name = text[0] + text[1:].lower() if upper else text
    for pattern, full in _ABBREVIATIONS:
        name = re.sub(pattern, full, name, flags=re.IGNORECASE if upper else 0)
    name = re.sub(r"^(?:liên bộ|liên ngành)\s*:?\s*", "", name, flags=re.IGNORECASE) or text
    while (role := _ROLE.match(name)) and len(name) > role.end():
        name = name[role.end():]
    name = _LEVEL_WORD.sub(lambda m: m.group(0).lower(), name[0].upper() + name[1:])
    province = None
    if (level := _LEVEL_PLACE.search(name)) and level.group(2):
        place = level.group(2).strip().title() if upper else level.group(2).strip()
        name = name[:level.start(2)] + place
        province = canonical_province(place)
        if province is not None and _province_level(level.group(1), province):
            name = name[:level.start(1)] + level.group(1)
        elif province is None:
            province = province_of_place(place)
    elif tail := _COMMITTEE_PLACE.search(name):
        place = tail.group(2).title() if upper else tail.group(2)
        name = name[:tail.start(2)] + place
        province = canonical_province(place)
        if province is not None and _province_level(tail.group(1), province):
            name = name[:tail.start(2)].strip()
        elif province is None:
            province = province_of_place(place)
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
    if not re.search(r"ban hành|ký|phát hành", window, re.IGNORECASE):
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
    subject = re.split(r"\s(?:đã|vừa|mới|cũng|chính thức)(?!\w)", subject, maxsplit=1)[0]
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


@dataclass(frozen=True)
class _Written:
    """A date written next to a number; the year may be left out ("ngày 18/3")."""

    day: int
    month: int
    year: int | None
    where: str  # "date-after", "date-before", "header"

    def iso(self, year: int | None) -> str | None:
        parsed = vn_date(self.day, self.month, self.year or year) if self.year or year else None
        return parsed.isoformat() if parsed else None


def _written(m: re.Match[str], where: str) -> _Written | None:
    if m.group("d"):
        day, month, year = m.group("d"), m.group("m"), m.group("y")
    else:
        day, month, year = m.group("ld"), m.group("lm"), m.group("ly")
    # A date without its year is checked against a leap year: "29/2" may still be right.
    if vn_date(int(day), int(month), int(year) if year else 2000) is None:
        return None
    return _Written(int(day), int(month), int(year) if year else None, where)


def _date_after(text: str, end: int) -> _Written | None:
    """The cited document's date right after its number: "số 07/CT-UBND, ngày 14/7/2020"."""
    m = _DATE_AFTER.match(text, end, min(len(text), end + 60))
    return _written(m, "date-after") if m else None


_DATE_WORDS = re.compile(
    r"(?<!\w)ngày\s{1,3}(?:(?P<d>\d{1,2})\s?[/.-]\s?(?P<m>\d{1,2})(?:\s?[/.-]\s?(?P<y>(?:19|20)\d\d))?"
    r"|(?P<ld>\d{1,2})\s{1,3}tháng\s{1,3}(?P<lm>\d{1,2})"
    r"(?:\s{0,3},?\s{0,3}năm\s{1,3}(?P<ly>(?:19|20)\d\d))?)(?![\d/.-]\d)",
    re.IGNORECASE,
)
_DATE_BEFORE_REACH = 160


def _date_before(text: str, start: int, floor: int) -> _Written | None:
    """The date opening the clause that issues the number: "Ngày 02/3/2021, UBND tỉnh ban
    hành Chỉ thị số N", "ngày 18/5/2021 UBND tỉnh Kon Tum ban hành Chỉ thị số N". Dates at or
    before ``floor`` (the previous number and its date) belong to other documents."""
    lo = max(floor, _sentence_start(text, start), start - _DATE_BEFORE_REACH)
    issued = _ISSUED.search(text, lo, start)
    if issued is None:
        return None
    dates = list(_DATE_WORDS.finditer(text, lo, issued.start()))
    if not dates or re.search(r"[;\n]", text[dates[-1].end():issued.start()]):
        return None
    return _written(dates[-1], "date-before")


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


def _compatible(code: _Code, issuer: Issuer) -> bool:
    """Whether the text's issuer can be the body the number's code names."""
    first = code.issuers[0] if code.issuers else ""
    bodies = _CODE_BODIES.get(first) or (("Sở",) if first in LOCAL_ISSUERS and first[:1] == "S"
                                          else ())
    return not bodies or any(body.lower() in issuer.canonical.lower() for body in bodies)


_LOWER_CODES = {"HU", "ĐU"}  # a district's or a branch's committee: the text must name it


def _evidence(
    number: str, code: _Code, locality: str | None, code_issuer: str | None,
    issuer: Issuer | None, issuer_from: str, written: _Written | None, yearly: bool,
) -> Evidence:
    """What the number and the text around it say of the document's identity."""
    if issuer is not None and not _compatible(code, issuer):
        issuer = None
    if code_issuer and (locality == "central" or code.issuers[0] not in _LOWER_CODES):
        body, body_from = code_issuer, "code"  # the code names the body in one spelling
    elif issuer is not None:
        body, body_from = issuer.canonical, issuer_from
    else:
        body, body_from = code_issuer, "code" if code_issuer else None
    province = issuer.province if issuer is not None and locality == "local" else None
    year, year_from = (code.year, "number") if code.year else (
        (written.year, written.where) if written and written.year else (None, None))
    return Evidence(
        number=number, locality=locality, issuer=body, issuer_from=body_from,
        province=province, province_from=issuer_from if province else None,
        year=year, year_from=year_from,
        day_month=(written.day, written.month) if written and not year else None,
        yearly=yearly,
    )


# "Xét đề nghị của Sở Tư pháp tại Tờ trình số N", "theo chỉ đạo của UBND tỉnh tại Công văn
# số N", "đề nghị của UBND tỉnh Thái Bình (Tờ trình số N": who asked wrote N.
_PROPOSER = re.compile(
    r"(?<!\w)(?:đề nghị|đề xuất|chỉ đạo|ý kiến)\s{1,3}của\s{1,3}([^,;()\n]{2,90}?)\s{0,3}"
    r"(?:\(\s{0,3}|,?\s{1,3}tại\s{1,3})(?:[^\W\d_]+\s{1,3}){0,3}?(?:số\s{0,3})?[:.]?\s{0,3}$",
    re.IGNORECASE,
)


def _proposer(text: str, start: int) -> str | None:
    """The body whose request or instruction is in N: "đề nghị của X tại Tờ trình số N"."""
    m = _PROPOSER.search(text, max(0, start - 160), start)
    return m.group(1).strip() if m and m.group(1)[:1].isupper() else None


def _issuer_read(text: str, m: re.Match[str]) -> tuple[Issuer | None, str]:
    """The issuer the text names for the number at ``m``, and how it was named."""
    readers = (
        (lambda: _issuer_phrase(text, _date_span_end(text, m.end())), "phrase"),
        (lambda: _subject_issuer(text, m.start()), "subject"),
        (lambda: _proposer(text, m.start()), "proposer"),
    )
    for reader, how in readers:
        if phrase := reader():
            return canonical_issuer(phrase), how
    return None, "phrase"


@dataclass
class _Mention:
    """One number as read, before the mentions around it and the page complete it."""

    citation: Citation
    code: _Code
    yearly: bool  # Party numbers ("172-TB/TW") run through a congress term, not a year
    written: _Written | None
    issuer: Issuer | None
    issuer_from: str
    start: int  # the number, then the end of its date, in the NFC text
    end: int

    def settle_issuer(self) -> None:
        """The issuer shown: the code's official name for central bodies ("TW" excepted,
        which the text names better), else the text's."""
        locality, code_issuer = _code_issuer(self.code)
        vague = bool(self.code.issuers) and self.code.issuers[0] in _VAGUE_CENTRAL
        if code_issuer and locality == "central" and not (vague and self.issuer):
            self.citation.issuer = code_issuer
        else:
            self.citation.issuer = self.issuer.canonical if self.issuer else code_issuer

    def evidence(self) -> Evidence:
        locality, code_issuer = _code_issuer(self.code)
        if locality is None and self.issuer is not None:
            locality = self.issuer.locality
        return _evidence(self.citation.number, self.code, locality, code_issuer, self.issuer,
                         self.issuer_from, self.written, yearly=self.yearly)


def _mention(text: str, m: re.Match[str], relation: str, floor: int) -> _Mention:
    number = normalise_number(m.group(0))
    code = _read_code(m, number)
    issuer, issuer_from = _issuer_read(text, m)
    citation = Citation(number=number, type=_doc_type(text, m, code), relation=relation,
                        start=m.start(), end=m.end())
    return _Mention(
        citation, code, yearly=not m.group("party"),
        written=_date_after(text, m.end()) or _date_before(text, m.start(), floor),
        issuer=issuer, issuer_from=issuer_from, start=m.start(), end=_date_span_end(text, m.end()),
    )


_LIST_GAP = re.compile(r"\s{0,3}(?:[,;]\s{0,3})?(?:và\s{1,3})?")


def _share_list_issuers(text: str, mentions: list[_Mention]) -> None:
    """ "Quyết định số 12/2009/QĐ-UBND, 13/2013/QĐ-UBND và 21/2012/QĐ-UBND của UBND tỉnh":
    the issuer after a bare list of numbers is every listed number's."""
    for first, then in zip(reversed(mentions[:-1]), reversed(mentions[1:]), strict=True):
        if (first.issuer is None and then.issuer is not None
                and then.issuer_from in ("phrase", "list")
                and _LIST_GAP.fullmatch(text, first.end, then.start)):
            first.issuer, first.issuer_from = then.issuer, "list"


def _settle(citation: Citation, resolution: Resolution, written: _Written | None) -> None:
    citation.year, citation.province = resolution.year, resolution.province
    citation.date = written.iso(resolution.year) if written else None
    citation.identity = resolution.identity
    citation.confidence, citation.identity_rule = resolution.confidence, resolution.rule


def _page_context(province: str | None, year: int | None, published: date | str | None) -> Context:
    if isinstance(published, str):
        try:
            published = date.fromisoformat(published[:10])
        except ValueError:
            published = None
    return Context(province=canonical_province(province or ""), published=published,
                   year=published.year if published else year)


def find_citations(
    text: str, *, province: str | None = None, year: int | None = None,
    own_number: str | None = None, published: date | str | None = None,
) -> list[Citation]:
    """Every official document number ``text`` cites, in order, one Citation per mention,
    each with its identity resolved (see ``identity.py``).

    ``province`` is the page's province, given to citations of provincial bodies the text
    leaves unnamed ("của UBND tỉnh"); ``published`` is the page's date (or only its ``year``),
    which dates undated citations and completes dates written without a year ("ngày 18/3");
    ``own_number`` (the document's own "Số: ...") is left out, and marks the text as a legal
    document, whose "Căn cứ X" means it implements X.
    Offsets index ``text`` as given, even when it is not NFC.
    """
    if not isinstance(text, str) or not text:
        return []
    text, offsets = nfc_with_offsets(text)
    skip = normalise_number(own_number) if own_number else None
    legal = skip is not None or bool(_NATIONAL_MOTTO.search(text[:600]))
    urls = [u.span() for u in _URL.finditer(text)]
    mentions: list[_Mention] = []
    state = _RelationState()
    floor = 0
    for m in _NUMBER.finditer(text):
        if not _valid(text, m) or any(s <= m.start() < e for s, e in urls):
            continue
        relation = _relation(text, m.start(), m.end(), legal, state)
        mention = _mention(text, m, relation, floor)
        floor = mention.end
        if mention.citation.number != skip:
            mentions.append(mention)
    _share_list_issuers(text, mentions)
    context = _page_context(province, year, published)
    resolutions = resolve_mentions([mention.evidence() for mention in mentions], context)
    for mention, resolution in zip(mentions, resolutions, strict=True):
        mention.settle_issuer()
        _settle(mention.citation, resolution, mention.written)
        mention.citation.start = offsets[mention.start]
        mention.citation.end = offsets[mention.citation.end]
    return [mention.citation for mention in mentions]


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


# ---- the page's own document ------------------------------------------------------------
_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_]+(?:[ '’-]{1,2}[^\W\d_]+){0,4})[ \t]{0,3},[ \t]{0,3}ngày[ \t]{1,3}"
    r"(?:(?P<d>\d{1,2})[ \t]{0,2}[/.-][ \t]{0,2}(?P<m>\d{1,2})[ \t]{0,2}[/.-][ \t]{0,2}"
    r"(?P<y>(?:19|20)\d\d)|(?P<ld>\d{1,2})[ \t]{1,3}tháng[ \t]{1,3}(?P<lm>\d{1,2})[ \t]{1,3}"
    r"năm[ \t]{1,3}(?P<ly>(?:19|20)\d\d))",
    re.IGNORECASE,
)
_HEADER_REACH = 700
_LEAD_REACH = 700  # a news page says in its first lines which document it reports issued
_DECORATION = re.compile(r"[-_=*–—.]{3,}|\s[|]\s|[|]")
# The national motto's two lines, as printed beside or under the issuer.
_MOTTO_PHRASE = re.compile(
    r"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA(?:\s+VIỆT\s+NAM)?"
    r"|Độc\s+lập\s*[-–—]?\s*Tự\s+do\s*[-–—]?\s*Hạnh\s+phúc",
    re.IGNORECASE,
)


def _place_province(place: str) -> str | None:
    """ "Hà Giang", "Số: 12/QĐ-UBND Kon Tum" (a header run together): the province named
    last, or the province of the district named last."""
    words = place.split()
    for i in range(len(words)):
        tail = " ".join(words[i:])
        if found := canonical_province(tail) or province_of_place(tail):
            return found
    return None


def _issuer_blocks(above: str) -> list[str]:
    """What may name the issuer above "Số:", best first. The header's two columns come
    interleaved ("ỦY BAN NHÂN DÂN | CỘNG HÒA ... / TỈNH KON TUM | Độc lập ..."), so the
    motto is taken out wherever it stands (and a place and date after it left off); then,
    as before, everything above the motto."""
    kept = _MOTTO_PHRASE.sub(" ", above)
    dated = _PLACE_DATE.search(kept)
    kept = kept[:dated.start()] if dated else kept
    blocks = [kept, _NATIONAL_MOTTO.split(above, maxsplit=1)[0]]
    return list(dict.fromkeys(" ".join(_DECORATION.sub(" ", b).split()) for b in blocks))


def _header_evidence(head: str, number: str) -> Evidence:
    """A legal document's own number read with its header: the issuer above "Số:" (the
    national motto cut off) and "Kon Tum, ngày 10 tháng 6 năm 2020" beside it."""
    m = _NUMBER.match(number)
    code = _read_code(m, number) if m else _Code(None, (), None)
    locality, code_issuer = _code_issuer(code)
    label = _OWN.search(head)
    above = head[:label.start()] if label else ""
    issuer = None
    for block in _issuer_blocks(above):
        issuer = canonical_issuer(block) if 2 < len(block) <= 160 else None
        if issuer is not None:
            break
    if locality is None and issuer is not None:
        locality = issuer.locality
    dated = _PLACE_DATE.search(head, label.end() if label else 0)
    written = _written(dated, "header") if dated else None
    evidence = _evidence(number, code, locality, code_issuer, issuer, "header", written,
                         yearly=bool(m) and not m.group("party"))
    place = _place_province(dated.group("place")) if dated else None
    if evidence.locality == "local" and evidence.province is None and place:
        evidence = replace(evidence, province=place, province_from="header")
    return evidence


def _announced(text: str, citations: list[Citation], province: str | None) -> Citation | None:
    """The document a news page's lead reports issued: "UBND tỉnh ban hành Chỉ thị số N".
    Only one of the page's own jurisdiction: a provincial page's report of a Prime Minister's
    directive is news about it, not its own document (nor is a central page's of a province's).
    """
    for citation in citations:
        if citation.start > _LEAD_REACH:
            break
        if citation.relation != "cites" or citation.province != province:
            continue
        before = text[_sentence_start(text, citation.start):citation.start]
        issued = _ISSUED.search(before)
        if issued and not _DESCRIBED.search(before, 0, issued.start()):
            return citation
    return None


def own_document(
    text: str, own_number: str | None, citations: list[Citation], *,
    province: str | None = None, published: date | str | None = None,
) -> Resolution | None:
    """The document a page issues, resolved: a legal text's own number (``own_number``, its
    "Số: ...") read with its header, or the document a news page's lead reports issued
    ("UBND tỉnh Kon Tum ban hành Chỉ thị số 07/CT-UBND"), taken from ``citations`` (those
    ``find_citations`` gave for ``text``). None when the page names no document of its own.
    """
    if not isinstance(text, str):
        return None
    context = _page_context(province, None, published)
    if own_number:
        number = normalise_number(own_number)
        return resolve(_header_evidence(nfc(text[:_HEADER_REACH]), number), context)
    citation = _announced(text, citations, context.province)
    if citation is None:
        return None
    parts = parse_identity(citation.identity) if citation.identity else None
    return Resolution(
        number=citation.number, issuer=parts.issuer if parts else citation.issuer,
        province=citation.province, year=citation.year, confidence=citation.confidence,
        rule=citation.identity_rule or "",
    )


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
