"""Pagers: the links from one page of a list to its other pages, as portals write them.

A list pages by plain links ("?page=2", "/trang-2.html"), by the query parameters of its
platform (SharePoint `Paged=TRUE&PageFirstRow=`, Liferay `_cur=`, DNN `/currentpage/2`), or
by a WebForms postback (`javascript:__doPostBack('ctl00$Main$gvNews','Page$2')`) that only
a form POST carrying the page's `__VIEWSTATE` answers. `find_pagers` reads them all out of
a page; `to_follow` picks the ones that lead further down the list. Pure functions over a
parsel Selector: the spider turns pagers into requests.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Literal
from urllib.parse import parse_qsl, urljoin, urlsplit

from parsel import Selector

Relation = Literal["number", "next", "previous", "first", "last", "more"]
# How a pager is followed: a GET of its URL, a form POST, or not at all (script).
Mode = Literal["link", "postback", "script"]

_POSTBACK = re.compile(
    r"""__doPostBack\(\s*['"]([^'"]+)['"]\s*,\s*['"]([^'"]*)['"]\s*\)"""
    r"""|WebForm_PostBackOptions\(\s*["']([^"']+)["']\s*,\s*["']([^"']*)["']"""
)
_GRIDVIEW_ARGUMENT = re.compile(r"^Page\$(\d+|Next|Prev|First|Last)$", re.IGNORECASE)
# SharePoint list views page with RefreshPageTo(event, "...?Paged=TRUE&p_ID=..") or hrefs.
_JS_URL = re.compile(r"""["']((?:[^"'\s]*?)(?:\?|&|\\u0026)Paged=TRUE[^"'\s]*)["']""", re.I)
_PAGE_PARAMS = re.compile(
    r"^(page|p|pg|trang|paged|pageindex|page_index|pagenumber|pagenum|currentpage|"
    r"start|limitstart|pagefirstrow|\w*_cur|cur)$",
    re.IGNORECASE,
)
_PAGE_PATH = re.compile(
    r"(?:/|-|_)(?:trang|page|p|pageindex|currentpage|pagenumber|pg)[-_/]?(\d+)(?=[./]|$)", re.I
)

_NEXT = re.compile(r"^(next|sau|tiếp|trang sau|trang tiếp|tiếp theo|xem tiếp|»|›|>|>>|→)", re.I)
_PREVIOUS = re.compile(r"^(prev|previous|trước|trang trước|«|‹|<|<<|←)", re.I)
_FIRST = re.compile(r"^(first|đầu|trang đầu|đầu tiên|\|<)", re.I)
_LAST = re.compile(r"^(last|cuối|trang cuối|cuối cùng|>\|)", re.I)
_PAGER_CONTAINER = re.compile(
    r"pager|paging|pagination|phan-?trang|page-?nav|nav-links|pagelist|GridPager", re.I
)


@dataclass(frozen=True)
class Pager:
    """One link to another page of a list."""

    mode: Mode
    method: str  # links | postback | sharepoint | dnn | liferay | javascript
    relation: Relation
    label: str
    seen: str  # what the page says, for the report: the href, onclick or button
    url: str | None = None  # the page to GET (mode "link")
    target: str | None = None  # __EVENTTARGET (mode "postback")
    argument: str = ""  # __EVENTARGUMENT
    button: str | None = None  # a submit button's name: click it instead of a target
    page: int | None = None  # the page number (or first row) it leads to, when it says

    def describe(self) -> str:
        """One line naming the pager the way its page shows it."""
        return f"{self.label or self.relation} ({self.seen})"


def find_pagers(page: Selector, base_url: str) -> list[Pager]:
    """Every pager link on `page`, in document order, one per distinct destination."""
    found: list[Pager] = []
    seen: set[tuple] = set()
    for pager in _anchors(page, base_url):
        identity = (pager.mode, pager.url, pager.target, pager.argument, pager.button)
        if identity not in seen:
            seen.add(identity)
            found.append(pager)
    return found


def to_follow(pagers: list[Pager], current: int | None) -> list[Pager]:
    """The pagers that lead further down each list on the page from page `current`.

    Per list (one postback target, or one path paged by links): the numbered pages after
    the current one (1 when unknown), else its "next". A relative "next" is a different
    request from every page, so it is only taken where no number leads on. Earlier, first
    and last pages are never taken: lists are walked forwards.
    """
    current = current or 1
    chosen: list[Pager] = []
    lists: dict[tuple, list[Pager]] = {}
    for pager in pagers:
        if pager.mode != "script":
            lists.setdefault(_list_of(pager), []).append(pager)
    for group in lists.values():
        ahead = [
            p
            for p in group
            if p.relation in ("number", "more") and p.page is not None and p.page > current
        ]
        chosen += ahead or [p for p in group if p.relation == "next"][:1]
    return chosen


def _list_of(pager: Pager) -> tuple:
    if pager.mode == "postback":
        return ("postback", pager.target or "form")
    return (pager.method, _PAGE_PATH.sub("", urlsplit(pager.url or "").path))


def page_number(pager: Pager, current: int | None) -> int | None:
    """The page a pager leads to, counting "next" from `current`."""
    if pager.page is not None and pager.relation in ("number", "more"):
        return pager.page
    if pager.relation == "next":
        return (current or 1) + 1
    return None


def is_pager_url(url: str) -> bool:
    """Whether a URL names a page of a list by a paging parameter or path segment."""
    parts = urlsplit(url)
    if any(_PAGE_PARAMS.match(name) for name, _ in parse_qsl(parts.query)):
        return True
    return bool(_PAGE_PATH.search(parts.path))


# reading anchors ------------------------------------------------------------------------
def _anchors(page: Selector, base_url: str) -> Iterator[Pager]:
    for node in page.xpath("//a | //input[@type='submit' or @type='image'] | //button"):
        tag = node.root.tag if hasattr(node.root, "tag") else ""
        label = _label(node)
        if tag in ("input", "button"):
            pager = _button(node, label)
        else:
            pager = _anchor(node, label, base_url)
        if pager is not None:
            yield pager


def _label(node: Selector) -> str:
    text = " ".join(t.strip() for t in node.xpath(".//text()").getall() if t.strip())
    if not text:
        text = node.xpath("@value | @title | @aria-label | .//img/@alt | .//img/@title").get("")
    return " ".join(text.split())


def _relation(label: str) -> tuple[Relation | None, int | None]:
    text = label.strip().strip("[]()").strip()
    if text.isdigit():
        return "number", int(text)
    if text in ("...", "…"):
        return "more", None
    for relation, pattern in (
        ("next", _NEXT),
        ("previous", _PREVIOUS),
        ("first", _FIRST),
        ("last", _LAST),
    ):
        if pattern.match(text):
            return relation, None  # type: ignore[return-value]
    return None, None


def _in_pager(node: Selector) -> bool:
    near = "ancestor-or-self::*[position() <= 4]"
    names = " ".join(node.xpath(f"{near}/@class | {near}/@id").getall())
    return bool(_PAGER_CONTAINER.search(names))


def _anchor(node: Selector, label: str, base_url: str) -> Pager | None:
    href = (node.attrib.get("href") or "").strip()
    onclick = node.attrib.get("onclick") or ""
    script = href if href.lower().startswith("javascript:") else ""
    script = " ".join(part for part in (script, onclick) if len(part) > len("javascript:;"))
    relation, number = _relation(label)
    if script:
        postback = _POSTBACK.search(html.unescape(script))
        if postback:
            return _postback(postback, label, relation, number, node)
        shared = _JS_URL.search(script)
        if shared:
            url = urljoin(base_url, _unescape_js(shared.group(1)))
            return _link(url, label, relation or "next", number, script)
        if relation is not None and _in_pager(node):
            return Pager("script", "javascript", relation, label, script[:200], page=number)
        return None
    if not href or href.startswith("#"):
        return None
    url = urljoin(base_url, href)
    if urlsplit(url).scheme not in ("http", "https") or not is_pager_url(url):
        return None
    if relation is None:
        return None  # a paged URL that does not say "page N" or "next": not this list's pager
    return _link(url, label, relation, number, href)


def _postback(match: re.Match, label: str, relation, number, node: Selector) -> Pager | None:
    target = match.group(1) or match.group(3)
    argument = match.group(2) if match.group(1) else (match.group(4) or "")
    grid = _GRIDVIEW_ARGUMENT.match(argument)
    if grid:
        value = grid.group(1).lower()
        if value.isdigit():
            relation, number = ("number" if relation != "more" else "more"), int(value)
        else:
            relation = {"next": "next", "prev": "previous", "first": "first", "last": "last"}[value]
    elif relation is None or (relation == "number" and not _in_pager(node) and not argument):
        return None  # a postback that is not a pager (a sort header, a login button...)
    seen = f"__doPostBack('{target}','{argument}')"
    return Pager(
        "postback", "postback", relation, label, seen, target=target, argument=argument, page=number
    )


def _button(node: Selector, label: str) -> Pager | None:
    name = node.attrib.get("name")
    relation, number = _relation(label)
    if not name or relation is None or (relation == "number" and not _in_pager(node)):
        return None
    seen = f"<{node.root.tag} name={name!r} value={label!r}>"
    return Pager("postback", "postback", relation, label, seen, button=name, page=number)


def _link(url: str, label: str, relation, number, seen: str) -> Pager:
    parts = urlsplit(url)
    query = dict((k.lower(), v) for k, v in parse_qsl(parts.query))
    method = "links"
    if "paged" in query or "pagefirstrow" in query:
        method = "sharepoint"
        if query.get("pagedprev", "").upper() == "TRUE":
            relation = "previous"  # SharePoint's "previous" arrow, whatever its image says
    elif any(k.endswith("_cur") for k in query) or "p_p_id" in query:
        method = "liferay"
    elif re.search(r"/(currentpage|pageindex|tabid)/", parts.path, re.I) or (
        "currentpage" in query or "pageindex" in query
    ):
        method = "dnn"
    if number is None and relation in ("number", "more"):
        number = _number_in(url)
    return Pager("link", method, relation, label, seen[:200], url=url, page=number)


def _number_in(url: str) -> int | None:
    parts = urlsplit(url)
    for name, value in parse_qsl(parts.query):
        if _PAGE_PARAMS.match(name) and value.isdigit():
            return int(value)
    match = _PAGE_PATH.search(parts.path)
    return int(match.group(1)) if match else None


def _unescape_js(text: str) -> str:
    return re.sub(r"\\u([0-9a-fA-F]{4})", lambda m: chr(int(m.group(1), 16)), text).replace(
        "&amp;", "&"
    )
