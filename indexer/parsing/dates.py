"""Dates as Vietnamese portals write them, and the publication date of a page.

No library reads these conventions (D/M/Y by default, .NET "3/24/2020 2:16:02 PM" on some
portals, "SA"/"CH" or "sáng"/"chiều"/"tối" for AM/PM, "ngày 21 tháng 12 năm 2020", a
two-digit year beside its time "24/12/12 11:05"), so the patterns are here.
Every pattern is bounded, so arbitrary input cannot make them backtrack for long.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime

from indexer.parsing.textnorm import fold, nfc

_TIME = (
    r"(?<![\d:.])(?P<H{n}>[01]?\d|2[0-3])[ \t]?(?::|h|giờ)[ \t]?(?P<M{n}>[0-5]\d)"
    r"(?:[ \t]?:[ \t]?(?P<S{n}>[0-5]\d))?(?!\d)"
    r"(?:[ \t]?(?P<ap{n}>[AaPp][Mm]|SA|CH|sa|ch|sáng|chiều|tối)(?!\w))?"
)
_DATE = re.compile(
    r"(?P<iso>(?<!\d)(?P<iy>(?:19|20)\d\d)(?P<isep>[-/.])(?P<im>[01]?\d)(?P=isep)(?P<id>[0-3]?\d)"
    r"(?:[T ](?P<iH>[01]\d|2[0-3]):(?P<iM>[0-5]\d)(?::(?P<iS>[0-5]\d)(?:\.\d{1,6})?)?"
    r"(?:[ ]?(?P<tz>Z|[+-]\d\d:?\d\d))?)?(?!\d))"
    r"|(?P<num>(?<![\d/.-])(?P<a>[0-3]?\d)(?P<sep>[/.-])(?P<b>[0-3]?\d)(?P=sep)"
    r"(?P<y>(?:19|20)\d\d|\d\d)(?!\d))"
    r"|(?P<long>(?:(?<!\w)ngày\s{1,3})?(?<!\d)(?P<ld>[0-3]?\d)\s{1,3}tháng\s{1,3}(?P<lm>[01]?\d)"
    r"\s{0,3},?\s{0,3}năm\s{1,3}(?P<ly>(?:19|20)\d\d)(?!\d))",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"[ \t]{0,3}(?:[|,\-–]|lúc)?[ \t]{0,3}(?:lúc[ \t]{1,3})?" + _TIME.format(n=""), re.IGNORECASE
)
_TIME_BEFORE = re.compile(_TIME.format(n="") + r"[ \t]{0,3}(?:[|,\-–]|ngày)?[ \t]{0,3}$", re.I)

_LABEL = re.compile(
    r"(?:ngày đăng|đăng ngày|ngày xuất bản|xuất bản|ngày cập nhật|cập nhật lúc|cập nhật"
    r"|đăng lúc|đăng vào|thời gian đăng|ngày viết|posted|published|date)\s{0,3}:?\s{0,3}$",
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?<!\w)(?:thứ\s(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ nhật|T[2-7]|CN)(?!\w)", re.IGNORECASE
)
_HEADER_WORDS = re.compile(r"(?<!\w)(?:hôm nay|today)(?!\w)", re.IGNORECASE)
_NOISE = re.compile(
    r"(?:lượt xem|lượt đọc|số lượt xem|view count|views?|lượt truy cập|bình luận|lượt thích)"
    r"\s{0,3}:?\s{0,3}[\d.,]*"
    r"|\(?GMT\s?[+-]\s?\d{1,2}\)?"
    r"|(?:ngày đăng|đăng ngày|ngày xuất bản|xuất bản|ngày cập nhật|cập nhật lúc|cập nhật|đăng lúc"
    r"|đăng vào|thời gian đăng|ngày viết|posted|published|date|ngày|lúc)(?!\w)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class _Found:
    """One date expression found in a text, with what decides D/M against M/D."""

    start: int
    end: int
    value: date | datetime
    fields: tuple[int, int] | None  # (first, second) of a numeric D/M/Y or M/D/Y date
    ampm: str | None
    has_time: bool


def _pick_order(a: int, b: int, order: str | None, ampm: str | None) -> str | None:
    if a > 12 and b > 12:
        return None
    if a > 12:
        return "dmy"
    if b > 12:
        return "mdy"
    if order in ("dmy", "mdy"):
        return order
    # .NET's en-US format "3/5/2020 2:16:02 PM"; Vietnamese locales write "SA"/"CH".
    return "mdy" if ampm and ampm.upper() in ("AM", "PM") else "dmy"


def _hour24(hour: int, ampm: str | None) -> int:
    marker = (ampm or "").upper()
    if marker in ("PM", "CH", "CHIỀU", "TỐI") and hour < 12:
        return hour + 12
    if marker in ("AM", "SA", "SÁNG") and hour == 12:
        return 0
    return hour


def _full_year(digits: str) -> int:
    """"2012" → 2012; a two-digit year as POSIX reads it: "12" → 2012, "98" → 1998."""
    year = int(digits)
    if len(digits) == 4:
        return year
    return year + (2000 if year < 69 else 1900)


def _build(day_value: date, m: re.Match[str] | None) -> date | datetime:
    if m is None:
        return day_value
    hour = _hour24(int(m.group("H")), m.group("ap"))
    return datetime(day_value.year, day_value.month, day_value.day, hour,
                    int(m.group("M")), int(m.group("S") or 0))


def _time_near(text: str, start: int, end: int) -> re.Match[str] | None:
    after = _TIME_AFTER.match(text, end, min(len(text), end + 40))
    if after:
        return after
    window = text[max(0, start - 24):start]
    return _TIME_BEFORE.search(window)


def _resolve(text: str, m: re.Match[str], order: str | None) -> _Found | None:
    """The date (with its time when one stands beside it) of one date expression."""
    try:
        if m.group("iso"):
            day_value = date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
            if m.group("iH"):
                moment = datetime(day_value.year, day_value.month, day_value.day,
                                  int(m.group("iH")), int(m.group("iM")), int(m.group("iS") or 0))
                tz = m.group("tz")
                if tz:
                    moment = datetime.fromisoformat(moment.isoformat() + _iso_tz(tz))
                return _Found(m.start(), m.end(), moment, None, None, True)
            fields, ampm = None, None
        elif m.group("num"):
            a, b = int(m.group("a")), int(m.group("b"))
            near = _time_near(text, m.start(), m.end())
            ampm = near.group("ap") if near else None
            picked = _pick_order(a, b, order, ampm)
            if picked is None:
                return None
            day, month = (a, b) if picked == "dmy" else (b, a)
            if len(m.group("y")) == 2 and (near is None or near.start() < m.end()):
                return None  # "24/12/12" is a date only with its time after it
            day_value = date(_full_year(m.group("y")), month, day)
            fields = (a, b)
        else:
            day_value = date(int(m.group("ly")), int(m.group("lm")), int(m.group("ld")))
            fields, ampm = None, None
    except ValueError:  # 31/02, month 13: not a date
        return None
    near = _time_near(text, m.start(), m.end())
    value = _build(day_value, near)
    start, end = m.start(), m.end()
    if near is not None:
        if near.start() >= m.end():
            end = near.end()
        else:
            start = max(0, m.start() - 24) + near.start()
    return _Found(start, end, value, fields, ampm or (near.group("ap") if near else None),
                  near is not None)


def _iso_tz(tz: str) -> str:
    if tz == "Z":
        return "+00:00"
    return tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"


_MAX_DATES = 400  # a page's own dates come early; enough for any real page


def _scan(text: str, order: str | None) -> list[_Found]:
    found = []
    for m in _DATE.finditer(text):
        hit = _resolve(text, m, order)
        if hit is not None:
            found.append(hit)
            if len(found) >= _MAX_DATES:
                break
    return found


def vn_date(day: int, month: int, year: int) -> date | None:
    """A calendar date from day, month, year, or None when they make no date (31/02)."""
    try:
        return date(year, month, day)
    except (ValueError, TypeError):
        return None


def parse_date(value: str, *, order: str | None = None) -> datetime | date | None:
    """The first date (with its time, if any) in a portal date string; None when there is none.

    Handles "07/08/2020 | 10:04", "15:52 19/03/2020", "3/24/2020 2:16:02 PM",
    "Thứ Hai, 16/03/2020 - 08:30", "16-03-2020", "2020-03-16T08:30:00+07:00",
    "2026-03-07T08:52:11.000 +07:00" (JSON-LD written with a space before the offset),
    "ngày 21 tháng 12 năm 2020", "10/3/2020 9:15:00 SA". ``order`` ("dmy"/"mdy") settles
    D/M against M/D when both fields are ≤ 12; otherwise AM/PM means M/D/Y, else D/M/Y.
    """
    if not isinstance(value, str):
        return None
    text = nfc(value)
    found = _scan(text, order)
    return found[0].value if found else None


def _site_order(found: list[_Found], text: str) -> str | None:
    """D/M or M/D as the site's own timestamps reveal it (a field > 12 settles it)."""
    votes = {"dmy": 0, "mdy": 0}
    for f in found:
        if f.fields is None or not (f.has_time or _is_standalone(text, f)):
            continue
        a, b = f.fields
        if a > 12 >= b:
            votes["dmy"] += 1
        elif b > 12 >= a:
            votes["mdy"] += 1
    if votes["dmy"] == votes["mdy"]:
        return None
    return max(votes, key=votes.__getitem__)


_LINE_REACH = 200  # a date "line" longer than this either side is prose, not a dateline


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """The line around ``pos``, clipped to _LINE_REACH either side so long lines stay cheap."""
    start = max(text.rfind("\n", max(0, pos - _LINE_REACH), pos) + 1, pos - _LINE_REACH, 0)
    end = text.find("\n", pos, pos + _LINE_REACH)
    return start, min(len(text), pos + _LINE_REACH) if end == -1 else end


def _is_labelled(text: str, f: _Found) -> bool:
    line_start, _ = _line_bounds(text, f.start)
    prefix = text[line_start:f.start].rstrip(" (:\t")
    return bool(_LABEL.search(prefix))


def _is_standalone(text: str, f: _Found) -> bool:
    """A line that is the date, maybe with a label, weekday, byline or view counter."""
    line_start, line_end = _line_bounds(text, f.start)
    rest = text[line_start:f.start] + " " + text[f.end:line_end]
    rest = _WEEKDAY.sub(" ", _NOISE.sub(" ", rest))
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= 4 and not re.search(r"\d", _DATE.sub(" ", rest))


def _is_header_today(text: str, f: _Found) -> bool:
    """The portal's "today" banner: "Chủ nhật, ngày 27 tháng 11 năm 2022"."""
    line_start, line_end = _line_bounds(text, f.start)
    line = text[line_start:line_end]
    if _HEADER_WORDS.search(line):
        return True
    long_form = f.fields is None and not isinstance(f.value, datetime)
    return long_form and bool(_WEEKDAY.search(line)) and "năm" in line.lower()


def _title_line_ends(text: str, title: str | None) -> list[int]:
    """Offsets of the ends of the lines holding the title (the <title> echo, the headline)."""
    if not title or not title.strip():
        return []
    key = " ".join(fold(title).split())[:60]
    ends, pos = [], 0
    for line in text.split("\n"):
        if key and key in " ".join(fold(line).split()):
            ends.append(pos + len(line))
            if len(ends) == 20:  # a headline is echoed a few times at most
                break
        pos += len(line) + 1
    return ends


def find_publication_date(
    text: str, *, order: str | None = None, title: str | None = None
) -> str | None:
    """ISO date or datetime of a page's publication, None when the page states none.

    The publication date stands on its own line just after the title, or is labelled
    ("Ngày đăng", "Cập nhật lúc", "Ngày xuất bản", "Đăng lúc"); without a title, the first
    such date of the page. Never the portal's "today" banner ("Chủ nhật, ngày 27 tháng 11
    năm 2022") nor the date of a document cited in the body.
    """
    if not isinstance(text, str) or not text:
        return None
    text = nfc(text)
    found = _scan(text, order)
    if order is None and (site := _site_order(found, text)) is not None:
        found = _scan(text, site)
    pick = _choose(text, found, _title_line_ends(text, title))
    return pick.value.isoformat() if pick else None


_NEAR_LINES = 8  # how far below the headline its dateline may sit (bylines, counters, share)


def _choose(text: str, found: list[_Found], title_ends: list[int]) -> _Found | None:
    usable = [f for f in found if not _is_header_today(text, f)]
    datelines = [f for f in usable if _is_labelled(text, f) or _is_standalone(text, f)]
    if not title_ends:
        return datelines[0] if datelines else None
    for end in title_ends:
        reach = _lines_after(text, end, _NEAR_LINES)
        if near := [f for f in datelines if end < f.start <= reach]:
            return near[0]
    for end in title_ends:  # some portals print the dateline just above the headline
        if above := [f for f in datelines if f.end <= end <= _lines_after(text, f.end, 2)]:
            return above[-1]
    labelled = [f for f in usable if _is_labelled(text, f)]
    return labelled[0] if labelled else None


def _lines_after(text: str, pos: int, count: int) -> int:
    """Offset of the end of the ``count``-th non-empty line after ``pos``."""
    end = pos
    seen = 0
    while seen < count and end < len(text):
        nxt = text.find("\n", end + 1)
        nxt = len(text) if nxt == -1 else nxt
        if text[end + 1:nxt].strip():
            seen += 1
        end = nxt
    return end
