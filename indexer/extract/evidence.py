"""Which title and which publication date a page states, and where each answer came from.

A page states its title and date in several places that do not always agree: the visible
headline and dateline, Open Graph and `article:` meta tags, JSON-LD (not always ISO), the
URL, and what htmldate reads from the markup. Each rule below looks at one place; the first
that answers wins, and its name is kept as the field's source (`bulletin extract --json`
prints it as `title_source` and `date_source`).

Title: the visible <h1> when a title the page claims for itself (og:title, twitter:title,
JSON-LD headline, <title>) agrees with it, since readers see the <h1>'s wording; else the
og:title, the line above the dateline, the JSON-LD headline, the <title>, a lone <h1>.

Date: what the page declares (published-time meta tags, then JSON-LD datePublished), then
what it shows (the dateline under the headline, read by the portal rules of
`parsing.dates`: the site's D/M order, never the header's "today", never a cited
document's date), then the URL, then htmldate reading the markup only (no search of the
text, where cited documents' dates are). A time with an offset is given in Vietnam's
offset (+07:00), so its first ten characters are the local calendar day.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from lxml import html as lxml_html

from indexer.extract.metadata import strip_site_name
from indexer.parsing.dates import find_publication_date
from indexer.parsing.textnorm import fold

VIETNAM = timezone(timedelta(hours=7))


@dataclass(frozen=True)
class FieldChoice:
    """A field's value and the name of the evidence it came from ("h1", "json-ld", ...)."""

    value: str | None = None
    source: str | None = None


# --- JSON-LD -----------------------------------------------------------------------------

_LD_FIELD = re.compile(r'"(headline|datePublished)"\s*:\s*"((?:[^"\\]|\\.){1,400})"')


def json_ld(root: lxml_html.HtmlElement) -> dict[str, str]:
    """headline and datePublished of the page's JSON-LD, first found wins (@graph too).

    A script that is not valid JSON (trailing commas, raw newlines) is read by pattern."""
    found: dict[str, str] = {}
    for script in root.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json":
            continue
        text = (script.text or "").strip()
        try:
            _ld_fields(json.loads(text, strict=False), found)
        except ValueError:
            for key, value in _LD_FIELD.findall(text):
                found.setdefault(key, value.strip())
    return found


def _ld_fields(data: object, found: dict[str, str], depth: int = 0) -> None:
    if depth > 6:
        return
    if isinstance(data, list):
        for item in data:
            _ld_fields(item, found, depth + 1)
    elif isinstance(data, dict):
        for key in ("headline", "datePublished"):
            value = data.get(key)
            if isinstance(value, str) and value.strip():
                found.setdefault(key, " ".join(value.split()))
        if "@graph" in data:
            _ld_fields(data["@graph"], found, depth + 1)


# --- title -------------------------------------------------------------------------------


def choose_title(
    meta: dict[str, str], line_title: str | None = None, ld: dict[str, str] | None = None
) -> FieldChoice:
    """The page's title and its source; `meta` as `metadata.html_meta` gives it."""
    site = meta.get("og:site_name")
    headings = [h for h in meta.get("<h1>", "").split("\n")
                if len(h.split()) >= 3 and not _same(h, site)]
    known = [line_title or "", *headings]
    og_title = strip_site_name(meta.get("og:title", ""), site, known)
    claims = [og_title, strip_site_name(meta.get("twitter:title", ""), site, known),
              (ld or {}).get("headline", ""), strip_site_name(meta.get("<title>", ""), site, known)]
    for heading in headings:
        if any(_agree(heading, claim) for claim in claims if claim):
            return FieldChoice(heading, "h1")
    # Some portals put only their own name in og:title: it is no article title then.
    if len(og_title.split()) >= 3 and not _same(og_title, site):
        return FieldChoice(og_title, "og:title")
    if line_title:
        return FieldChoice(line_title, "page-lines")
    headline = (ld or {}).get("headline", "")
    if len(headline.split()) >= 3 and not _same(headline, site):
        return FieldChoice(headline, "json-ld")
    page_title = meta.get("<title>", "")
    for heading in headings:
        if fold(heading) in fold(page_title):
            return FieldChoice(heading, "h1")
    stripped = strip_site_name(page_title, site, headings)
    if len(stripped.split()) >= 3 or not headings:
        return FieldChoice(stripped or None, "title" if stripped else None)
    return FieldChoice(max(headings, key=len), "h1")  # a bare "Trang chủ" <title>


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text))


def _same(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _words(a) == _words(b)


def _agree(heading: str, claim: str) -> bool:
    """Two wordings of one headline: most words shared ("quy định mới về thuế" against
    "quy định thuế mới"), or one inside the other (a kicker, a site name left over)."""
    a, b = _words(heading), _words(claim)
    if not a or not b:
        return False
    if " ".join(a) in " ".join(b) or " ".join(b) in " ".join(a):
        # Not a site name inside "<headline> - <site name>": most of the words are shared.
        return min(len(a), len(b)) >= 3 and min(len(a), len(b)) >= 0.6 * max(len(a), len(b))
    shared = len(set(a) & set(b))
    return shared / len(set(a) | set(b)) >= 0.7


# --- date --------------------------------------------------------------------------------

# Meta tags that name the publication time, in the order they are trusted.
PUBLISHED_META = (
    "article:published_time", "og:published_time", "datepublished", "pubdate", "publishdate",
    "dc.date.issued", "dcterms.issued", "dc.date", "date", "publish-date", "sailthru.date",
)
_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]\d)[/-]([0-3]\d)(?:/|[-_.]|$)")


def choose_date(
    meta: dict[str, str],
    *,
    ld: dict[str, str] | None = None,
    shown: str = "",
    title: str | None = None,
    date_line: str | None = None,
    top: str = "",
    url: str = "",
    html: str | None = None,
    order: str | None = None,
) -> FieldChoice:
    """The publication date (ISO) and its source. `shown` is the page's visible text, one
    line per block, which holds the dateline under `title` (`date_line` when it was found
    beside a title line); `top` is the start of the article (a labelled date there);
    `html` lets htmldate have the last word."""
    for key in PUBLISHED_META:
        if (value := _parse(meta.get(key), order)) is not None:
            return FieldChoice(value, f"meta:{key}")
    if (value := _parse((ld or {}).get("datePublished"), order)) is not None:
        return FieldChoice(value, "json-ld")
    if _shows(shown, title) and (value := find_publication_date(shown, order=order, title=title)):
        return FieldChoice(_local(value), "dateline")
    if date_line and (value := find_publication_date(
            f"{title or ''}\n{date_line}", order=order, title=title)):
        return FieldChoice(_local(value), "dateline")
    if top and (value := find_publication_date(top, order=order, title=title)):
        return FieldChoice(_local(value), "text")
    if match := _URL_DATE.search(url):
        return FieldChoice("-".join(match.groups()), "url")
    if html and (value := _htmldate(html)):
        return FieldChoice(value, "htmldate")
    return FieldChoice()


def choose_text_date(
    title: str | None, date_line: str | None, top: str, order: str | None
) -> FieldChoice:
    """The publication date of a page known by its text only (a text dump, an attachment):
    the dateline found under the title, else a labelled date near the top."""
    return choose_date({}, title=title, date_line=date_line, top=top, order=order)


def _shows(text: str, title: str | None) -> bool:
    """Whether the page's visible text holds the title: its dateline is then findable."""
    key = " ".join(fold(title or "").split())[:60]
    return bool(key) and key in " ".join(fold(text).split())


def _parse(value: str | None, order: str | None) -> str | None:
    """An ISO date of a machine-written date string, ISO or not ("2026-03-07T08:52:11.000
    +07:00", "07/03/2026 08:52"); dateparser reads what the portal rules cannot."""
    if not value or not value.strip():
        return None
    found = find_publication_date(value, order=order)
    if found is None and _YEAR.search(value):  # never a relative "hôm qua" or a timestamp
        found = _dateparser(value)
    return _local(found) if found else None


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_CLOCK = re.compile(r"\d:\d\d")


def _dateparser(value: str) -> str | None:
    import dateparser  # slow to import, and rarely needed

    moment = dateparser.parse(
        value, languages=["vi", "en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DATES_FROM": "past", "STRICT_PARSING": True},
    )
    if moment is None:
        return None
    return moment.isoformat() if _CLOCK.search(value) else moment.date().isoformat()


def _local(iso: str) -> str:
    """An ISO datetime with an offset in Vietnam's offset (its local calendar day)."""
    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if isinstance(moment, datetime) and moment.tzinfo is not None:
        return moment.astimezone(VIETNAM).isoformat()
    return iso


def _htmldate(html: str) -> str | None:
    import htmldate

    try:
        return htmldate.find_date(html, extensive_search=False, original_date=True)
    except Exception:  # a library's failure on odd markup is no date, not a broken page
        return None
