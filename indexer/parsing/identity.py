"""Which document a mention names: number, issuing body and year, and how sure that is.

A number alone names no document. State numbers without a year ("07/CT-UBND", "16/CT-TTg")
restart every year, and every province, district and commune has its own UBND, HĐND, Party
committee and departments numbering alike. An identity pins one document down, as a string:

    "<number>|<issuer>|<province>|<year>"
    "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"
    "07/CT-UBND|Ủy ban nhân dân huyện Đắk Glong|Đắk Nông|2020"  (a lower body is named)
    "16/CT-TTg|Thủ tướng Chính phủ||2020"                        (central: no province)

The issuer is the body's canonical name ("Sở Y tế", never "Sở Y tế tỉnh"); below province
level it carries its unit's name. Each field takes the first evidence that gives it:

1. the mention itself, read by ``citations.py``: the year inside the number ("15/2020/NĐ-CP"),
   the date written after the number ("... số 07/CT-UBND ngày 10/6/2020") or before it in the
   clause issuing it ("Ngày 02/3/2021, UBND tỉnh ban hành Chỉ thị số 07/CT-UBND"); the issuer
   the code names (central bodies, "TU", "SYT") or the text ("của UBND tỉnh Kon Tum", "UBND
   huyện Đắk Glong ban hành"); the province in that phrase, or of the district it names;
2. another mention of the same number in the same text, when all its mentions agree;
3. the citing page: its province for a provincial body the text leaves unnamed ("UBND tỉnh",
   "Tỉnh ủy", "Sở Y tế"); its year for an undated number (see ``page_year``).

``confidence``: "stated" when number, issuer, province and year were all read from the text
or the number; "inferred" when some came from the citing page; "ambiguous" when something
is still missing, and then there is no identity, so no mention is merged into a wrong document.
``rule`` names the evidence per field: "year=date-after;issuer=phrase;province=page".
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from datetime import date
from typing import NamedTuple

from indexer.parsing.gazetteer import province_info

STATED, INFERRED, AMBIGUOUS = "stated", "inferred", "ambiguous"
PAGE = "page"  # evidence taken from the citing page rather than its text
MENTION = "mention"  # evidence taken from another mention of the number in the same text

# A page's year stands for an undated number's only from this day of its year on: pages of
# January mostly cite the year-end plans and directives of the year before.
PAGE_YEAR_GRACE_DAYS = 31

_SEP = "|"
_LOWER_UNIT = r"huyện|quận|thị xã|thành phố|xã|phường|thị trấn"
# A body below province level whose text does not say which one: "UBND huyện", "Huyện ủy".
_UNNAMED_LOWER = re.compile(
    rf"(?:\s(?:{_LOWER_UNIT})|^(?:Huyện ủy|Quận ủy|Thị ủy|Đảng ủy|Thành ủy))$", re.IGNORECASE
)
_PROVINCE_LEVEL_TAIL = re.compile(r"\s(?:tỉnh|thành phố)$", re.IGNORECASE)


@dataclass(frozen=True)
class Evidence:
    """What a text says about one mentioned document; ``*_from`` says where it was read."""

    number: str  # normalised
    locality: str | None = None  # "central", "local", or None when nothing tells
    issuer: str | None = None  # canonical body: "Ủy ban nhân dân tỉnh", "Sở Y tế"
    issuer_from: str | None = None  # "code", "phrase", "subject", "header"
    province: str | None = None
    province_from: str | None = None
    year: int | None = None
    year_from: str | None = None  # "number", "date-after", "date-before", "header"
    day_month: tuple[int, int] | None = None  # a date written without its year
    yearly: bool = True  # False for Party numbers, which run per congress term, not per year


@dataclass(frozen=True)
class Context:
    """What the citing page says about itself."""

    province: str | None = None
    published: date | None = None
    year: int | None = None  # when only the page's year is known


@dataclass(frozen=True)
class Resolution:
    """A mention resolved: its fields, how sure, and the evidence used."""

    number: str
    issuer: str | None
    province: str | None
    year: int | None
    confidence: str
    rule: str

    @property
    def identity(self) -> str | None:
        """The identity string, None while ambiguous."""
        if self.confidence == AMBIGUOUS or self.issuer is None or self.year is None:
            return None
        return format_identity(self.number, self.issuer, self.province, self.year)


class IdentityParts(NamedTuple):
    number: str
    issuer: str
    province: str | None
    year: int


def format_identity(number: str, issuer: str, province: str | None, year: int) -> str:
    """ "07/CT-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020"; central documents leave province empty."""
    return _SEP.join([number, issuer, province or "", str(year)])


def parse_identity(identity: str) -> IdentityParts | None:
    """The fields of an identity string, None if it is not one."""
    parts = identity.split(_SEP) if isinstance(identity, str) else []
    if len(parts) != 4 or not parts[0] or not parts[1] or not parts[3].isdigit():
        return None
    return IdentityParts(parts[0], parts[1], parts[2] or None, int(parts[3]))


def issuer_key(issuer: str) -> str:
    """An issuer as identities spell it: a provincial department without its level word
    ("Sở Y tế tỉnh" → "Sở Y tế"); councils and committees keep theirs ("... nhân dân tỉnh")."""
    if issuer.startswith(("Sở ", "Ban ")):
        return _PROVINCE_LEVEL_TAIL.sub("", issuer)
    return issuer


def page_year(context: Context) -> int | None:
    """The year an undated number takes from its page, None outside the plausible window."""
    if context.published is not None:
        day = context.published.timetuple().tm_yday
        return context.published.year if day > PAGE_YEAR_GRACE_DAYS else None
    return context.year


def _day_month_year(day_month: tuple[int, int], context: Context) -> int | None:
    """ "ngày 28/12" on a page of 10 January 2021 is of 2020: a cited date is not later than
    the page citing it."""
    if context.published is None:
        return context.year
    day, month = day_month
    published = context.published
    return published.year if (month, day) <= (published.month, published.day) else (
        published.year - 1)


def _needs_name(issuer: str, province: str | None) -> bool:
    """True for a body below province level the text leaves unnamed ("UBND huyện"). "UBND
    thành phố" is a province's own only in a centrally-run city."""
    if not _UNNAMED_LOWER.search(issuer):
        return False
    if issuer.lower().endswith(("thành phố", "thành ủy")) and province:
        info = province_info(province)
        return info is None or info.kind != "thành phố"
    return True


def _shared(evidences: list[Evidence]) -> dict[str, Evidence]:
    """Per number, the facts its mentions read from the text, when they all agree."""
    by_number: dict[str, list[Evidence]] = defaultdict(list)
    for e in evidences:
        by_number[e.number].append(e)
    shared = {}
    for number, group in by_number.items():
        if len(group) < 2:
            continue
        facts = {}
        for field in ("issuer", "province", "year"):
            values = {getattr(e, field) for e in group if getattr(e, field) is not None}
            if len(values) > 1:
                break  # two documents share the number here: lend nothing
            facts[field] = values.pop() if values else None
        else:
            shared[number] = Evidence(number=number, **facts)
    return shared


def _borrow(e: Evidence, lender: Evidence | None) -> Evidence:
    if lender is None:
        return e
    changes: dict = {}
    for field in ("issuer", "province", "year"):
        if getattr(e, field) is None and getattr(lender, field) is not None:
            changes[field], changes[f"{field}_from"] = getattr(lender, field), MENTION
    return replace(e, **changes) if changes else e


def _with_page(e: Evidence, context: Context) -> Evidence:
    changes: dict = {}
    if e.year is None:
        year = _day_month_year(e.day_month, context) if e.day_month else (
            page_year(context) if e.yearly else None)
        if year is not None:
            changes["year"], changes["year_from"] = year, PAGE
    if e.locality == "local" and e.province is None and context.province:
        changes["province"], changes["province_from"] = context.province, PAGE
    return replace(e, **changes) if changes else e


def _conclude(e: Evidence) -> Resolution:
    central = e.locality == "central"
    province = None if central else e.province
    issuer = issuer_key(e.issuer) if e.issuer else None
    if issuer and not central and _needs_name(issuer, province):
        issuer = None  # "UBND huyện": some district's, the text does not say which
    fields = [("year", e.year, e.year_from), ("issuer", issuer, e.issuer_from)]
    if not central:
        fields.append(("province", province, e.province_from))
    complete = e.locality is not None and all(value is not None for _, value, _ in fields)
    sources = {source for _, value, source in fields if value is not None}
    confidence = AMBIGUOUS if not complete else INFERRED if PAGE in sources else STATED
    rule = ";".join(f"{name}={source if value is not None else '?'}"
                    for name, value, source in fields)
    return Resolution(e.number, issuer, province, e.year, confidence, rule)


def resolve_mentions(evidences: list[Evidence], context: Context | None = None) -> list[Resolution]:
    """Resolve every mention of a text, in order, each by the strongest evidence it has."""
    context = context or Context()
    shared = _shared(evidences)
    return [_conclude(_with_page(_borrow(e, shared.get(e.number)), context)) for e in evidences]


def resolve(evidence: Evidence, context: Context | None = None) -> Resolution:
    """Resolve one mention on its own evidence and its page's."""
    return resolve_mentions([evidence], context)[0]
