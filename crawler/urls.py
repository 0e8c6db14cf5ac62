"""URL hygiene: drop session ids and tracking parameters, and one canonical form per page.

`clean_url` is what we request (the server still sees its own parameter order);
`canonical_url` is the key of a page in the crawl state, so that
"?b=2&a=1&utm_source=zalo" and "?a=1&b=2" are one page; `page_key` extends that key to
pages fetched by a form POST (WebForms postback paging).
"""

from __future__ import annotations

import hashlib
import re
from urllib.parse import parse_qsl, unquote_plus, urlencode, urlsplit, urlunsplit

from w3lib.url import canonicalize_url

# Query parameters that identify a visitor or a campaign, never the document.
_DROPPED_PARAMS = re.compile(
    r"^(utm_\w*|fbclid|gclid|dclid|yclid|msclkid|zarsrc|_hsenc|_hsmi|mc_cid|mc_eid|"
    r"jsessionid|phpsessid|sessionid|session_id|asp\.net_sessionid|aspsessionid\w*|"
    r"cfid|cftoken)$",
    re.IGNORECASE,
)
# ";jsessionid=ABC" style path parameters (Java servlets, some PHP portals).
_PATH_SESSION = re.compile(r";(?:jsessionid|phpsessid|sessionid|sid)=[^/?#]*", re.IGNORECASE)
# ASP.NET cookieless sessions put the id in the path: "/(S(lit3py55t21z5v55vlm25s55))/".
_ASPNET_COOKIELESS = re.compile(r"/\((?:[A-Z]\([^)]*\))+\)(?=/)")
_DEFAULT_PORTS = {"http": 80, "https": 443}


def clean_url(url: str) -> str:
    """`url` without fragment, session ids and tracking parameters."""
    parts = urlsplit(url.strip())
    path = _ASPNET_COOKIELESS.sub("", _PATH_SESSION.sub("", parts.path))
    query = parts.query
    if query:
        # Filter the raw pieces: re-encoding would change what the server receives.
        kept = [
            p
            for p in query.split("&")
            if p and not _DROPPED_PARAMS.match(unquote_plus(p.split("=", 1)[0]))
        ]
        query = "&".join(kept)
    return urlunsplit((parts.scheme, parts.netloc, path, query, ""))


def canonical_url(url: str) -> str:
    """The one spelling of a page's URL: cleaned, host lower-cased, default port and
    dot segments removed, query parameters sorted, percent-encoding normalised."""
    parts = urlsplit(clean_url(url))
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if parts.port and parts.port != _DEFAULT_PORTS.get(scheme):
        host = f"{host}:{parts.port}"
    rebuilt = urlunsplit((scheme, host, parts.path or "/", parts.query, ""))
    return canonicalize_url(rebuilt)


def host_of(url: str) -> str:
    """The lower-cased host name of `url` ("" when it has none)."""
    return (urlsplit(url).hostname or "").lower()


# Form fields that carry the page's state rather than the question asked: they change from
# one list page to the next (and between crawls), so they must not tell pages apart.
_VOLATILE_FORM_FIELDS = re.compile(
    r"^(__VIEWSTATE\w*|__EVENTVALIDATION|__PREVIOUSPAGE|__REQUESTDIGEST|__LASTFOCUS|"
    r"__SCROLLPOSITION[XY])$",
    re.IGNORECASE,
)
_METHODS_WITHOUT_BODY = {"GET", "HEAD"}


def page_key(url: str, method: str = "GET", body: bytes = b"") -> str:
    """The crawl state's key for what a request fetches.

    A GET is its canonical URL. A POST (a WebForms postback) is the canonical URL plus a
    digest of its form fields, page state left out, so "Page$3" asked from page 1 and
    from page 2 is one page. A relative postback ("Next", an empty argument) only means
    something together with the page it was posted from, so its view state stays in.
    """
    method = method.upper()
    canonical = canonical_url(url)
    if method in _METHODS_WITHOUT_BODY:
        return canonical
    fields = parse_qsl(body.decode("latin-1"), keep_blank_values=True)
    argument = next((v for k, v in fields if k == "__EVENTARGUMENT"), "")
    relative = "__EVENTTARGET" in dict(fields) and not re.search(r"\d", argument)
    kept = sorted(
        (k, v)
        for k, v in fields
        if not _VOLATILE_FORM_FIELDS.match(k) or (relative and k == "__VIEWSTATE")
    )
    digest = hashlib.sha256(urlencode(kept).encode("latin-1")).hexdigest()[:20]
    return f"{method} {canonical} {digest}"


def key_of(url_or_key: str) -> str:
    """A URL's page key, or a key as it is (crawl state methods accept either)."""
    method = url_or_key.split(" ", 1)[0]
    return url_or_key if " " in url_or_key and method.isupper() else canonical_url(url_or_key)
