"""RSS and Atom feeds: where a page announces them, and the article links they hold.

Portals publish feeds (`<link rel="alternate" type="application/rss+xml" href=...>`) that
list their newest items, often from sections no menu links to. Pure functions.
"""

from __future__ import annotations

from urllib.parse import urljoin, urlsplit

from lxml import etree
from parsel import Selector

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
_ATOM = "{http://www.w3.org/2005/Atom}"
_RSS1 = "{http://purl.org/rss/1.0/}"


def feed_links(page: Selector, base_url: str) -> list[str]:
    """The feeds a page announces in its head, absolute, in order."""
    found: list[str] = []
    for link in page.xpath("//link[@href]"):
        rel = (link.attrib.get("rel") or "").lower().split()
        kind = (link.attrib.get("type") or "").lower().split(";")[0].strip()
        if "alternate" in rel and kind in FEED_TYPES:
            url = urljoin(base_url, link.attrib["href"].strip())
            if urlsplit(url).scheme in ("http", "https") and url not in found:
                found.append(url)
    return found


def is_feed(body: bytes) -> bool:
    """Whether a payload is an RSS or Atom document."""
    root = _root(body)
    return root is not None and _local(root.tag) in ("rss", "feed", "RDF")


def feed_entries(body: bytes, base_url: str) -> list[str]:
    """The item links of an RSS 0.9x/1.0/2.0 or Atom feed, absolute, in feed order."""
    root = _root(body)
    if root is None:
        return []
    links: list[str] = []
    for item in root.iter("item", f"{_RSS1}item", f"{_ATOM}entry"):
        for href in _item_links(item):
            url = urljoin(base_url, href.strip())
            if href.strip() and urlsplit(url).scheme in ("http", "https") and url not in links:
                links.append(url)
                break
    return links


def _item_links(item) -> list[str]:
    if item.tag == f"{_ATOM}entry":
        alternates = [
            link.get("href", "")
            for link in item.iter(f"{_ATOM}link")
            if link.get("rel", "alternate") == "alternate"
        ]
        return alternates
    candidates = [el.text or "" for el in item.iter("link", f"{_RSS1}link")]
    candidates += [
        el.text or "" for el in item.iter("guid") if el.get("isPermaLink", "true") != "false"
    ]
    return candidates


def _root(body: bytes):
    parser = etree.XMLParser(resolve_entities=False, no_network=True, recover=True)
    try:
        return etree.fromstring(body.lstrip(), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""
