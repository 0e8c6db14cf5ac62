"""Which platform a portal runs on, from one page's headers and HTML.

Provincial portals are mostly ASP.NET WebForms, SharePoint, DNN or Liferay sites, some
WordPress or Joomla; each pages its lists its own way (crawler/pagination.py), so the
saved profile records what was found. Named heuristics as data, one pure function.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# (technology, where, pattern): where is "header:<name>" or "html". The most specific
# platforms come first: SharePoint and DNN pages are WebForms pages too.
SIGNS: list[tuple[str, str, str]] = [
    ("sharepoint", "header:microsoftsharepointteamservices", r"."),
    ("sharepoint", "header:sprequestguid", r"."),
    ("sharepoint", "html", r"_spPageContextInfo|/_layouts/(1[45]/)?|Skip Ribbon Commands"),
    ("sharepoint", "html", r'<meta[^>]+content="Microsoft SharePoint'),
    ("dnn", "header:dnnoutputcache", r"."),
    ("dnn", "html", r"/DesktopModules/|dnn_ctr\d+|DotNetNuke|<!-- DNN Platform"),
    ("liferay", "header:liferay-portal", r"."),
    ("liferay", "html", r"Liferay\.(ThemeDisplay|Portlet|on)|themeDisplay|[?&]p_p_id="),
    ("wordpress", "html", r"/wp-content/|/wp-includes/|<meta[^>]+content=\"WordPress"),
    ("wordpress", "header:link", r"wp-json"),
    ("joomla", "html", r'<meta[^>]+content="Joomla|/media/jui/|/components/com_|option=com_'),
    ("webforms", "html", r'name="__VIEWSTATE"|__doPostBack\(|WebResource\.axd'),
    ("webforms", "header:x-aspnet-version", r"."),
]
TECHNOLOGIES = ("sharepoint", "dnn", "liferay", "wordpress", "joomla", "webforms")


@dataclass(frozen=True)
class Technology:
    """A platform and the signs that gave it away."""

    name: str  # one of TECHNOLOGIES
    evidence: tuple[str, ...]


def detect_technology(headers: dict[str, str], html: str) -> Technology | None:
    """The platform a page was built with, or None when nothing gives it away.

    `headers` are the response headers (any case); `html` the decoded page.
    """
    lowered = {name.lower(): value for name, value in headers.items()}
    found: dict[str, list[str]] = {}
    for name, where, pattern in SIGNS:
        if where == "html":
            match = re.search(pattern, html, re.IGNORECASE)
            sign = match.group(0)[:60] if match else None
        else:
            header = where.removeprefix("header:")
            value = lowered.get(header)
            sign = f"{header}: {value}"[:60] if value and re.search(pattern, value) else None
        if sign:
            found.setdefault(name, []).append(sign)
    for name in TECHNOLOGIES:
        if name in found:
            return Technology(name, tuple(found[name]))
    return None
