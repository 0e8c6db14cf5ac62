"""What a page says about itself: its meta tags, an attachment's signing date, the
publishing agency and the province.

The parsing of dates, numbers and place names lives in `dates` and `gazetteer`; which title
and publication date a page states is weighed in `evidence`; this module reads the page's
markup and weighs the crawler's site profile against the page's own evidence.
"""

from __future__ import annotations

import re

from lxml import html as lxml_html

from indexer.archive.crawl_metadata import CrawlMetadata
from indexer.parsing.dates import parse_date
from indexer.parsing.gazetteer import (
    canonical_province,
    current_province,
    is_central_body,
    province_in_text,
    province_info,
)
from indexer.parsing.textnorm import fold, nfc

_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|::|»|«|/)\s+")
_SITE_WORDS = re.compile(
    r"\b(cong thong tin|cong ttdt|trang thong tin|trang ttdt|trang tin|website|portal|dien tu)\b"
    r"|\.vn\b|\.gov\b"
)
_ORG_START = re.compile(r"^(so|ban|bo|ubnd|uy ban|tinh uy|thanh uy|chinh phu|van phong)\b")
_SITE_NAME = re.compile(
    r"^(?:trang thong tin dien tu|cong thong tin dien tu|trang thong tin|cong thong tin"
    r"|website)(?: cua)?\s+(.{3,120}?)(?:\s+thuoc\s+.*)?$"
)
_LABELLED = re.compile(
    r"^(?:ban quyen|(?:co quan|don vi) (?:chu quan|chu tri|quan ly|xuat ban)|quan ly va nhap tin"
    r"|(?:©\s*)?copyright|©|\(c\))(?:\s*©)?(?:\s*\d{4}(?:\s*-\s*\d{4})?)?\s*:?\s*(?:thuoc\s+)?(?:ve\s+)?"
    r"(.{3,120}?)\s*(?:[,;(]|\s-\s|\.\s|\.?$)"
)
_AGENCY_START = re.compile(
    r"(?:so|ban|bo|ubnd|uy ban|van phong|tinh uy|thanh uy|hdnd|hoi dong|chi cuc|cuc|tong cuc"
    r"|trung tam|chinh phu|cong thong tin|trang thong tin)\b"
)
_OWNER_IN_TITLE = re.compile(
    r"\b(?:cua|thuoc)\s+((?:bo|so|ban|ubnd|uy ban nhan dan|tinh uy|thanh uy|van phong"
    r"|chinh phu|thu tuong|cuc|tong cuc)\b[^,.;:!?]{0,60})$"
)


def html_meta(root: lxml_html.HtmlElement) -> dict[str, str]:
    """<meta> name/property → content (lower-case keys), plus `<title>`, h1s and canonical URL."""
    found: dict[str, str] = {}
    for meta in root.iter("meta"):
        key = (meta.get("property") or meta.get("name") or meta.get("itemprop") or "").lower()
        content = (meta.get("content") or "").strip()
        if key and content and key not in found:
            found[key] = nfc(content)
    for element in root.iter("time"):
        if element.get("itemprop", "").lower() == "datepublished" and element.get("datetime"):
            found.setdefault("datepublished", element.get("datetime"))
    title = root.find(".//title")
    if title is not None and title.text_content().strip():
        found["<title>"] = nfc(" ".join(title.text_content().split()))
    h1 = [nfc(" ".join(h.text_content().split())) for h in root.iter("h1")]
    found["<h1>"] = "\n".join(h for h in h1 if h)
    for link in root.iter("link"):
        if (link.get("rel") or "").lower() == "canonical" and link.get("href"):
            found["<canonical>"] = link.get("href").strip()
    return found


def strip_site_name(title: str, site: str | None, known: list[str] | None = None) -> str:
    """Remove a site-name prefix or suffix from a <title>-like string."""
    title = " ".join(title.split())
    for candidate in known or []:
        if candidate and fold(title).startswith(fold(candidate)):
            return candidate
    parts = _TITLE_SEPARATORS.split(title)
    if len(parts) < 2:
        return title
    if site:
        kept = [p for p in parts if fold(p) != fold(site)]
        if len(kept) < len(parts):
            return " - ".join(kept) if kept else title
    if _looks_like_site(parts[-1]):
        return title[: title.rfind(parts[-1])].rstrip(" |-–—:»/")
    if _looks_like_site(parts[0]):
        return title[len(parts[0]):].lstrip(" |-–—:»/")
    return title


def _looks_like_site(part: str) -> bool:
    """'Cổng TTĐT Bộ Nội vụ', 'Sở Tư pháp tỉnh Kon Tum': a portal or agency name."""
    key = fold(part).strip()
    return len(key.split()) <= 10 and bool(_SITE_WORDS.search(key) or _ORG_START.match(key))


# The place-and-date line of an official document's header: "Kon Tum, ngày 01 tháng 4 năm 2020".
_SIGNED_ON = re.compile(
    r"(?<![\w,])[A-ZĐ][^\W\d_]*(?:[ .-]+[A-ZĐ][^\W\d_]*){0,4},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}"
    r"\s+năm\s+\d{4}"
)


def document_date(text: str) -> str | None:
    """ISO date an official document (a PDF/DOCX attachment) was signed, from its header."""
    match = _SIGNED_ON.search(nfc(text[:1500]))
    if not match:
        return None
    value = parse_date(match.group(0).split(",", 1)[1])
    return value.isoformat() if value else None


def agency_from_text(header: list[str], footer: list[str], title: str | None) -> str | None:
    """The publishing agency as the site names itself: labelled footer lines ("Cơ quan chủ
    quản: ...", "Bản quyền thuộc ..."), then "Trang thông tin điện tử <agency>", bottom of
    the page first (sidebars above the footer link to other agencies' portals), then the
    banner's first lines, then the title ("... của Bộ Nội vụ"). None when nothing says."""
    bottom_up = [line.strip() for line in reversed(footer)]
    for pattern, lines in ((_LABELLED, bottom_up), (_SITE_NAME, bottom_up),
                           (_SITE_NAME, [h.strip() for h in header[:3]])):
        for line in lines:
            if (name := _agency_in(pattern, line)) is not None:
                return name
    if title:
        match = _OWNER_IN_TITLE.search(fold(title.rstrip(" .")))
        if match:
            return title.rstrip(" .")[match.start(1):match.end(1)].strip()
    return None


def _agency_in(pattern: re.Pattern[str], line: str) -> str | None:
    match = pattern.match(fold(line))  # fold keeps offsets, so spans map back to `line`
    if not match:
        return None
    name = line[match.start(1):match.end(1)].strip(" .,:;-")
    inner = _SITE_NAME.match(fold(name))
    if inner:
        name = name[inner.start(1):inner.end(1)].strip(" .,:;-")
    return name if _AGENCY_START.match(fold(name)) else None


def qualified_agency(agency: str | None, province: str | None) -> str | None:
    """"Sở Tư pháp" on a Kon Tum portal is "Sở Tư pháp tỉnh Kon Tum": a bare local agency
    name is ambiguous across provinces, so name the province when the text did not."""
    if not agency or not province or fold(province) in fold(agency):
        return agency
    if not _LOCAL_AGENCY.match(fold(agency)):
        return agency
    info = province_info(province)
    kind = "thành phố" if info and "thanh pho" in fold(info.kind) else "tỉnh"
    return f"{agency} {kind} {province}"


_LOCAL_AGENCY = re.compile(r"^(so|ban|ubnd|uy ban nhan dan|hdnd|van phong|chi cuc|trung tam)\b")


def province_for(
    crawl: CrawlMetadata | None, agency: str | None, evidence: str
) -> tuple[str | None, str | None]:
    """(province as published, post-2025 province). The site profile decides when it names
    a province or marks the site central; otherwise the agency and the text's evidence."""
    if crawl and crawl.from_site_profile:
        named = crawl.province
        province = canonical_province(named) if named else None
        if named and province is None:
            raise ValueError(f"site profile names an unknown province {named!r}")
    elif agency and is_central_body(agency):
        province = None
    else:
        province = province_in_text(evidence)
    return province, (current_province(province) if province else None)
