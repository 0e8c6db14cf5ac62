"""Lists a page builds with JavaScript: the JSON endpoints its inline scripts call, and
the article links in what those endpoints answer.

A "Tin mới" box filled by `fetch('/Services/TinMoi.ashx?top=5')` has no links in the HTML;
asking the endpoint ourselves is cheaper and politer than running a browser, so it is
tried first (crawler/rendering.py renders the page when no endpoint can be read). Pure
functions.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from parsel import Selector

_QUOTED = r"""(['"`])([^'"`\s]+?)\1"""
# fetch("u"), xhr.open("GET", "u"), $.getJSON("u"), $.get("u"), $.ajax({url: "u"}),
# axios.get("u"): the calls portals' scripts use to fill a list.
_CALLS = [
    re.compile(r"\bfetch\s*\(\s*" + _QUOTED),
    re.compile(r"\.open\s*\(\s*['\"]GET['\"]\s*,\s*" + _QUOTED, re.IGNORECASE),
    re.compile(r"\$\.(?:getJSON|get)\s*\(\s*" + _QUOTED),
    re.compile(r"\baxios\.get\s*\(\s*" + _QUOTED),
    re.compile(r"\burl\s*:\s*" + _QUOTED),
]
# A call that cannot be repeated with a GET: named in the report, not followed.
_POSTS = re.compile(r"(?:method|type)\s*:\s*['\"]POST['\"]|\.open\s*\(\s*['\"]POST", re.I)
_STATIC = re.compile(r"\.(css|js|png|jpe?g|gif|svg|ico|webp|woff2?|ttf|html?)$", re.I)
_MEDIA = re.compile(r"\.(css|js|png|jpe?g|gif|svg|ico|webp|bmp|woff2?|ttf|mp[34]|avi)$", re.I)
_NEXT_KEYS = ("next", "nextpage", "next_page", "nexturl", "next_url", "nextlink")
_PAGE_PARAMS = ("page", "pageindex", "pagenumber", "pageno", "p", "trang")


def script_endpoints(page: Selector, base_url: str) -> list[str]:
    """URLs that the page's inline scripts GET (same site only), absolute, in order.

    Template strings with `${...}`, POST calls and URLs of scripts, styles, images or
    pages are left out: they are not a list's data.
    """
    host = urlsplit(base_url).hostname
    found: list[str] = []
    for script in page.xpath("//script[not(@src)]/text()").getall():
        if _POSTS.search(script) and not any(c.search(script) for c in _CALLS[:4]):
            continue
        for raw in _calls(script):
            if "${" in raw or "+" in raw or raw.startswith(("data:", "javascript:")):
                continue
            url = urljoin(base_url, raw)
            parts = urlsplit(url)
            if parts.scheme not in ("http", "https") or parts.hostname != host:
                continue
            if _STATIC.search(parts.path) or url in found:
                continue
            found.append(url)
    return found


def _calls(script: str) -> Iterator[str]:
    for call in _CALLS:
        for match in call.finditer(script):
            yield match.group(2)


def json_links(payload: bytes, base_url: str) -> list[str]:
    """Every URL-like string in a JSON document (absolute, or a path starting with "/"),
    resolved against `base_url`, in document order, images and styles left out.
    [] when it is not JSON."""
    data = _load(payload)
    if data is None:
        return []
    links: list[str] = []
    for value in _strings(data):
        text = value.strip()
        if " " in text or not text.startswith(("http://", "https://", "/")):
            continue
        if text.startswith("//") and not text.startswith("///"):
            text = urlsplit(base_url).scheme + ":" + text
        url = urljoin(base_url, text)
        if url not in links and not _MEDIA.search(urlsplit(url).path):
            links.append(url)
    return links


def json_next_page(payload: bytes, url: str) -> str | None:
    """The endpoint's next page: the answer's "next" link (None when it says null), else
    the same URL with its page parameter one higher (None when it has neither)."""
    data = _load(payload)
    if isinstance(data, dict):
        for key, value in data.items():
            if key.lower() in _NEXT_KEYS:  # the answer says: trust it, even when null
                return urljoin(url, value.strip()) if isinstance(value, str) and value else None
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    for index, (name, value) in enumerate(query):
        if name.lower() in _PAGE_PARAMS and value.isdigit():
            query[index] = (name, str(int(value) + 1))
            return urlunsplit(parts._replace(query=urlencode(query)))
    return None


def _load(payload: bytes):
    try:
        return json.loads(payload.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError):
        return None


def _strings(data) -> Iterator[str]:
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for value in data:
            yield from _strings(value)
