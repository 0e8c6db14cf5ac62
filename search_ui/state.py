"""A search as URL query parameters, so every search can be shared as a link."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date

from indexer.models import SearchFilters
from indexer.parsing.gazetteer import canonical_province
from indexer.query.parse import DEFAULT_MODE, MODES
from indexer.query.status import STATUSES, UNKNOWN

SEARCHABLE_STATUSES = tuple(s for s in STATUSES if s != UNKNOWN)  # "unknown" is no filter

PAGE_SIZE = 10
EARLIEST = date(1900, 1, 1)  # bounds of the date pickers; URLs outside them are refused
LATEST = date(2100, 12, 31)


@dataclass(frozen=True)
class SearchState:
    """What the user asked for, as in `?q=...&mode=...&province=...&from=...&to=...&page=...`
    (`status=replaced`: only pages publishing a document with that legal status)."""

    q: str = ""
    mode: str = DEFAULT_MODE
    province: str | None = None
    agency: str | None = None
    date_from: date | None = None
    date_to: date | None = None
    page: int = 1
    status: str | None = None

    @classmethod
    def from_params(cls, params: Mapping[str, str]) -> tuple[SearchState, list[str]]:
        """The state a URL describes, and one message per parameter that had to be ignored."""
        errors: list[str] = []
        mode = params.get("mode") or DEFAULT_MODE
        if mode not in MODES:
            errors.append(f"mode={mode!r} (use {', '.join(MODES)})")
            mode = DEFAULT_MODE
        date_from = _date(params.get("from"), "from", errors)
        date_to = _date(params.get("to"), "to", errors)
        if date_from and date_to and date_from > date_to:
            errors.append(f"from={date_from} is after to={date_to}")
            date_to = None
        page_text = params.get("page") or "1"
        page = int(page_text) if page_text.isdigit() and int(page_text) > 0 else 0
        if not page:
            errors.append(f"page={page_text!r} (use a number from 1)")
            page = 1
        province = params.get("province") or None
        if province and not canonical_province(province):
            errors.append(f"province={province!r} (not a Vietnamese province)")
            province = None
        status = params.get("status") or None
        if status and status not in SEARCHABLE_STATUSES:
            errors.append(f"status={status!r} (use {', '.join(SEARCHABLE_STATUSES)})")
            status = None
        state = cls(
            q=(params.get("q") or "").strip(),
            mode=mode,
            # Links may spell it "kon tum" or "Dak Nong"; filters and facets use the gazetteer's.
            province=canonical_province(province) if province else None,
            agency=params.get("agency") or None,
            date_from=date_from,
            date_to=date_to,
            page=page,
            status=status,
        )
        return state, errors

    def to_params(self) -> dict[str, str]:
        """Query parameters for this state, leaving out defaults to keep links short."""
        params = {
            "q": self.q,
            "mode": self.mode if self.mode != "hybrid" else "",
            "province": self.province or "",
            "agency": self.agency or "",
            "from": self.date_from.isoformat() if self.date_from else "",
            "to": self.date_to.isoformat() if self.date_to else "",
            "page": str(self.page) if self.page > 1 else "",
            "status": self.status or "",
        }
        return {key: value for key, value in params.items() if value}

    @property
    def filters(self) -> SearchFilters:
        return SearchFilters(
            province=self.province,
            agency=self.agency,
            date_from=self.date_from,
            date_to=self.date_to,
        )

    @property
    def offset(self) -> int:
        return (self.page - 1) * PAGE_SIZE

    def with_page(self, page: int) -> SearchState:
        return replace(self, page=max(1, page))


def page_count(total: int, page_size: int = PAGE_SIZE) -> int:
    """Number of result pages for `total` hits (at least 1)."""
    return max(1, -(-total // page_size))


def _date(value: str | None, name: str, errors: list[str]) -> date | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value)
    except ValueError:
        errors.append(f"{name}={value!r} (use YYYY-MM-DD)")
        return None
    if not EARLIEST <= day <= LATEST:
        errors.append(f"{name}={value} is outside {EARLIEST.year}-{LATEST.year}")
        return None
    return day
