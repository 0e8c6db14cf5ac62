"""Local portals built the way provincial portals really are, for end-to-end crawls.

Each function returns the routes of one portal for `tests.crawl_fixtures.serve` and the
truth about it (its articles and attachments):

- `webforms_portal`: ASP.NET WebForms. The news GridView pages by
  `javascript:__doPostBack('ctl00$Main$gvNews','Page$N')`; the next page comes back only to
  a form POST carrying a valid `__VIEWSTATE` and `__EVENTVALIDATION` (a 500 otherwise, as
  ASP.NET answers). A "Tin mới" box is filled by `fetch()` from a JSON handler that also
  lists announcements no page links to. The "Văn bản" register pages by a "Sau »"
  LinkButton (a relative postback) and links PDFs.
- `sharepoint_portal`: a SharePoint list view paging by `RefreshPageTo(event, "...?Paged=
  TRUE&p_ID=..&PageFirstRow=..")` in onclick handlers, with a "Previous" arrow too.
- `json_portal`: a list an inline script fetches from a paged JSON endpoint.
- `rendered_portal`: a list an external script builds from XHR (only a browser finds it).
- `feed_portal`: a WordPress site whose RSS feed lists articles no page links to.
- `javascript_pager_portal`: a list whose pager only JavaScript can follow.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
from dataclasses import dataclass, field
from urllib.parse import parse_qs, urlsplit

from tests.crawl_fixtures import Reply, Route, Seen, page

SECRET = b"machineKey-validationKey"


@dataclass
class Portal:
    """A test portal: its routes and what a complete crawl must archive."""

    host: str
    routes: dict[tuple[str, str], Route]
    articles: list[str] = field(default_factory=list)  # absolute URLs
    attachments: list[str] = field(default_factory=list)
    list_pages: int = 0  # pages of its lists a complete crawl reads


def _html(title: str, body: str, head: str = "") -> bytes:
    return (
        f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{html.escape(title)}</title>'
        f"{head}</head><body><h1>{html.escape(title)}</h1>{body}</body></html>"
    ).encode()


def _article(title: str, extra: str = "") -> bytes:
    text = (
        f"<p>{html.escape(title)}. Thực hiện Kế hoạch số 12/KH-UBND của UBND tỉnh, các đơn vị "
        "triển khai nhiệm vụ được giao, báo cáo kết quả trước ngày 30 hằng tháng./.</p>"
    )
    return _html(title, f'<div class="noi-dung">{text}{extra}</div>')


# WebForms ---------------------------------------------------------------------------------
ASPNET_HEADERS = {"X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"}


def _sign(text: str) -> str:
    return hashlib.sha1(SECRET + text.encode()).hexdigest()[:16]


def viewstate(list_name: str, page_no: int) -> str:
    """What the page's __VIEWSTATE says: its list and page, signed like a MAC."""
    state = f"{list_name}:{page_no}"
    return base64.b64encode(f"{state}|{_sign(state)}".encode()).decode()


def event_validation(list_name: str, page_no: int) -> str:
    return base64.b64encode(_sign(f"valid {list_name}:{page_no}").encode()).decode()


def read_viewstate(value: str) -> tuple[str, int] | None:
    try:
        state, mac = base64.b64decode(value).decode().rsplit("|", 1)
    except (ValueError, UnicodeDecodeError):
        return None
    if _sign(state) != mac:
        return None
    name, number = state.rsplit(":", 1)
    return name, int(number)


@dataclass
class GridList:
    """One paged WebForms list: a GridView ("numeric" or "nextprev" pager) or a register
    with "Trước"/"Sau" LinkButtons ("buttons")."""

    name: str  # the page it lives on, also its view-state name: "TinTuc"
    title: str
    rows: list[tuple[str, str]]  # (href, label), newest first
    per_page: int
    pager: str = "numeric"

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.rows) // self.per_page))

    def pager_html(self, page_no: int) -> str:
        def postback(target: str, argument: str, label: str) -> str:
            return (
                f'<a href="javascript:__doPostBack(&#39;{target}&#39;,&#39;{argument}&#39;)">'
                f"{label}</a>"
            )

        grid = "ctl00$Main$gvNews"
        cells: list[str] = []
        if self.pager == "buttons":
            if page_no > 1:
                cells.append(postback("ctl00$Main$lnkTruoc", "", "« Trước"))
            cells.append(f"<span>Trang {page_no}/{self.pages}</span>")
            if page_no < self.pages:
                cells.append(postback("ctl00$Main$lnkSau", "", "Sau »"))
            return '<div class="phan-trang">' + " ".join(cells) + "</div>"
        if self.pager == "nextprev":
            if page_no > 1:
                cells.append(postback(grid, "Page$Prev", "&lt;"))
            if page_no < self.pages:
                cells.append(postback(grid, "Page$Next", "&gt;"))
        else:  # GridView's default: ten numbers, "..." to the blocks around them
            block = (page_no - 1) // 10
            if block:
                cells.append(postback(grid, f"Page${block * 10}", "..."))
            for n in range(block * 10 + 1, min(block * 10 + 10, self.pages) + 1):
                cells.append(
                    f"<span>{n}</span>" if n == page_no else postback(grid, f"Page${n}", str(n))
                )
            if block * 10 + 10 < self.pages:
                cells.append(postback(grid, f"Page${block * 10 + 11}", "..."))
        row = "".join(f"<td>{c}</td>" for c in cells)
        return f'<tr class="pager"><td><table><tr>{row}</tr></table></td></tr>'

    def page_html(self, page_no: int, tin_moi: bool) -> bytes:
        start = (page_no - 1) * self.per_page
        rows = "".join(
            f'<tr><td><a href="{href}">{html.escape(label)}</a></td></tr>'
            for href, label in self.rows[start : start + self.per_page]
        )
        pager = self.pager_html(page_no)
        grid = (
            f'<table id="ctl00_Main_gvNews" class="grid">{rows}{pager}</table>'
            if self.pager != "buttons"
            else f'<table class="van-ban">{rows}</table>{pager}'
        )
        box = (
            '<div class="tin-moi"><h3>Tin mới</h3><ul id="tinMoi"></ul></div><script>'
            'fetch("/Services/TinMoi.ashx?top=5").then(function (r) { return r.json(); })'
            ".then(function (items) { document.getElementById('tinMoi').innerHTML = items"
            ".map(function (i) { return '<li><a href=\"' + i.Url + '\">' + i.Title + "
            "'</a></li>'; }).join(''); });</script>"
            if tin_moi
            else ""
        )
        form = (
            f'<form name="aspnetForm" method="post" action="./{self.name}.aspx" id="aspnetForm">'
            '<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />'
            '<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />'
            f'<input type="hidden" name="__VIEWSTATE" value="{viewstate(self.name, page_no)}" />'
            '<input type="hidden" name="__VIEWSTATEGENERATOR" value="CA0B0334" />'
            '<input type="hidden" name="__EVENTVALIDATION" '
            f'value="{event_validation(self.name, page_no)}" />'
            "<script>var theForm = document.forms['aspnetForm'];"
            "function __doPostBack(eventTarget, eventArgument) {"
            "theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = "
            "eventArgument; theForm.submit(); }</script>"
            '<div class="menu"><a href="/TinTuc.aspx">Tin tức</a> '
            '<a href="/VanBan.aspx">Văn bản</a> '
            '<a href="javascript:__doPostBack(&#39;ctl00$lbtnDangNhap&#39;,&#39;&#39;)">'
            "Đăng nhập</a></div>"
            '<input name="ctl00$txtTuKhoa" type="text" value="" />'
            '<input type="submit" name="ctl00$btnTim" value="Tìm kiếm" />'
            f"<h2>{html.escape(self.title)}</h2>{grid}{box}</form>"
        )
        return _html(self.title, form)

    def turn(self, page_no: int, target: str, argument: str) -> int:
        """The page a postback from `page_no` asks for (ASP.NET's PageIndexChanging)."""
        if target == "ctl00$Main$lnkSau":
            return page_no + 1
        if target == "ctl00$Main$lnkTruoc":
            return page_no - 1
        if target != "ctl00$Main$gvNews" or not argument.startswith("Page$"):
            return page_no  # another control posted back: the same page again
        value = argument.removeprefix("Page$")
        moves = {"Next": page_no + 1, "Prev": page_no - 1, "First": 1, "Last": self.pages}
        return int(value) if value.isdigit() else moves.get(value, page_no)


def _webforms_route(grid: GridList, tin_moi: bool) -> Route:
    headers = {"Content-Type": "text/html; charset=utf-8", **ASPNET_HEADERS}

    def route(seen: Seen) -> Reply:
        if seen.method != "POST":
            return Reply(200, grid.page_html(1, tin_moi), headers)
        form = {k: v[0] for k, v in parse_qs(seen.body.decode(), keep_blank_values=True).items()}
        state = read_viewstate(form.get("__VIEWSTATE", ""))
        if state is None or state[0] != grid.name:
            return Reply(
                500, b"Validation of viewstate MAC failed.", {"Content-Type": "text/plain"}
            )
        if form.get("__EVENTVALIDATION") != event_validation(grid.name, state[1]):
            return Reply(
                500, b"Invalid postback or callback argument.", {"Content-Type": "text/plain"}
            )
        target = form.get("__EVENTTARGET", "")
        turned = grid.turn(state[1], target, form.get("__EVENTARGUMENT", ""))
        return Reply(200, grid.page_html(max(1, min(turned, grid.pages)), tin_moi), headers)

    return route


def webforms_portal(
    host: str = "webforms.test.localhost",
    *,
    news: int = 10,
    announcements: int = 2,
    documents: int = 7,
    per_page: int = 3,
    pager: str = "numeric",
    delay: float = 0.0,
) -> Portal:
    """The portal of the measured failure: 10 news over 4 postback pages, 2 announcements
    only the "Tin mới" JSON names, and a register of 7 documents paged by "Sau »"."""
    site = f"http://{host}"
    news_rows = [
        (f"/TinTuc/ChiTiet.aspx?NewsID={100 + n}", f"Tin hoạt động số {n}")
        for n in range(1, news + 1)
    ]
    notices = [
        (f"/ThongBao/ChiTiet.aspx?ID={200 + n}", f"Thông báo số {n}")
        for n in range(1, announcements + 1)
    ]
    documents_rows = [
        (f"/Uploads/VanBan/{n:02d}-QD-UBND.pdf", f"Quyết định số {n:02d}/QĐ-UBND")
        for n in range(1, documents + 1)
    ]
    tin_tuc = GridList("TinTuc", "Tin tức - Sự kiện", news_rows, per_page, pager)
    van_ban = GridList("VanBan", "Văn bản chỉ đạo", documents_rows, 3, "buttons")
    newest = [*notices, *news_rows][:5]
    tin_moi = json.dumps(
        [{"Title": label, "Url": href, "Ngay": "15/03/2021"} for href, label in newest],
        ensure_ascii=False,
    ).encode()
    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nDisallow: /Admin/\n", "text/plain"),
        (host, "/TinTuc.aspx"): _webforms_route(tin_tuc, tin_moi=True),
        (host, "/VanBan.aspx"): _webforms_route(van_ban, tin_moi=False),
        (host, "/Services/TinMoi.ashx?top=5"): page(tin_moi, "application/json; charset=utf-8"),
    }
    for href, label in [*news_rows, *notices]:
        routes[(host, href)] = page(_article(label), etag=f'"{_sign(href)}"', **ASPNET_HEADERS)
    for href, _ in documents_rows:
        routes[(host, href)] = page(
            b"%PDF-1.4\n% " + href.encode() + b"\n%%EOF\n", "application/pdf"
        )
    if delay:
        routes = {key: _slow(route, delay) for key, route in routes.items()}
    return Portal(
        host,
        routes,
        articles=[site + href for href, _ in [*news_rows, *notices]],
        attachments=[site + href for href, _ in documents_rows],
        list_pages=tin_tuc.pages + van_ban.pages + 1,  # + the JSON handler
    )


def _slow(route: Route, delay: float) -> Route:
    def slowed(seen: Seen) -> Reply:
        reply = route(seen)
        reply.delay = delay
        return reply

    return slowed


# SharePoint -------------------------------------------------------------------------------
def sharepoint_portal(host: str = "sharepoint.test.localhost", items: int = 7) -> Portal:
    """A SharePoint 2013 list view: 3 items a page, paged by RefreshPageTo() onclicks."""
    site = f"http://{host}"
    rows = [
        (f"/Pages/tin-tuc/thong-tin-chi-dao-{n}.aspx", f"Thông tin chỉ đạo số {n}")
        for n in range(1, items + 1)
    ]
    per_page = 3
    headers = {
        "Content-Type": "text/html; charset=utf-8",
        "MicrosoftSharePointTeamServices": "15.0.0.4420",
        **ASPNET_HEADERS,
    }
    view = "%7B9A1B2C3D-0000-4E5F-8A9B-112233445566%7D"

    def refresh(query: str, alt: str) -> str:
        url = f"\\u002fPages\\u002fTinTuc.aspx?{query}\\u0026\\u0026View={view}".replace(
            "&", "\\u0026"
        )
        return (
            f"<a onclick='javascript:RefreshPageTo(event, \"{url}\");javascript:return false;' "
            f'href="javascript:"><img src="/_layouts/15/images/spcommon.png" alt="{alt}" /></a>'
        )

    def route(seen: Seen) -> Reply:
        query = {k: v[0] for k, v in parse_qs(urlsplit(seen.path).query).items()}
        first = int(query.get("PageFirstRow", "1"))
        if query.get("PagedPrev") == "TRUE":
            first = int(query.get("PageLastRow", "1")) - per_page + 1
        first = max(1, first)
        shown = rows[first - 1 : first - 1 + per_page]
        if not shown:
            return Reply(404, b"List does not exist.", {"Content-Type": "text/plain"})
        last = first + len(shown) - 1
        arrows = []
        if first > 1:
            arrows.append(
                refresh(
                    f"Paged=TRUE&PagedPrev=TRUE&p_ID={first}&PageLastRow={first - 1}", "Previous"
                )
            )
        arrows.append(f'<span class="ms-paging">{first} - {last}</span>')
        if last < len(rows):
            arrows.append(refresh(f"Paged=TRUE&p_ID={last}&PageFirstRow={last + 1}", "Next"))
        items_html = "".join(
            f'<tr class="ms-itmhover"><td class="ms-vb2"><a href="{href}">'
            f"{html.escape(label)}</a></td></tr>"
            for href, label in shown
        )
        body = (
            '<form method="post" action="./TinTuc.aspx" id="aspnetForm">'
            '<input type="hidden" name="__REQUESTDIGEST" value="0x01,27 Nov 2022" />'
            f'<input type="hidden" name="__VIEWSTATE" value="{viewstate("sp", first)}" />'
            '<span id="ms-skip">Skip Ribbon Commands</span>'
            '<script>var _spPageContextInfo = {webServerRelativeUrl: "/"};</script>'
            f'<table class="ms-listviewtable">{items_html}</table>'
            '<table class="ms-bottompaging"><tr><td class="ms-paging">'
            f"{''.join(arrows)}</td></tr></table>"
            "</form>"
        )
        return Reply(200, _html("Thông tin chỉ đạo, điều hành", body), headers)

    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nDisallow:\n", "text/plain"),
        (host, "/Pages/TinTuc.aspx"): route,
        (host, "/Pages/TinTuc.aspx?*"): route,
    }
    for href, label in rows:
        routes[(host, href)] = page(
            _article(label), **{k: v for k, v in headers.items() if k != "Content-Type"}
        )
    return Portal(
        host, routes, articles=[site + h for h, _ in rows], list_pages=-(-items // per_page)
    )


# JavaScript lists ---------------------------------------------------------------------------
def json_portal(host: str = "js.test.localhost", items: int = 7, per_page: int = 3) -> Portal:
    """ "Tin mới" filled by an inline fetch() from a JSON endpoint that pages by `page=`."""
    site = f"http://{host}"
    urls = [f"/tin-moi/bai-viet-{n}.html" for n in range(1, items + 1)]
    pages = -(-items // per_page)
    script = (
        '<ul id="tin-moi"></ul><script>'
        'fetch("/api/tin-moi?page=1").then(function (r) { return r.json(); }).then(function (d) {'
        " document.getElementById('tin-moi').innerHTML = d.items.map(function (i) {"
        " return '<li><a href=\"' + i.url + '\">' + i.title + '</a></li>'; }).join(''); });"
        "</script>"
    )
    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nAllow: /\n", "text/plain"),
        (host, "/tin-moi/"): page(_html("Tin mới", script)),
    }
    for number in range(1, pages + 1):
        chunk = urls[(number - 1) * per_page : number * per_page]
        payload = {
            "page": number,
            "items": [
                {"title": f"Bài viết {u}", "url": u, "image": f"/Uploads/anh-{i}.jpg"}
                for i, u in enumerate(chunk)
            ],
            "next": f"/api/tin-moi?page={number + 1}" if number < pages else None,
        }
        routes[(host, f"/api/tin-moi?page={number}")] = page(
            json.dumps(payload).encode(), "application/json"
        )
    for url in urls:
        routes[(host, url)] = page(_article(f"Bài viết {url}"))
    return Portal(host, routes, articles=[site + u for u in urls], list_pages=1 + pages)


RENDER_SCRIPT = b"""
var request = new XMLHttpRequest();
request.open('GET', '/data/thong-bao.json');
request.onload = function () {
  var items = JSON.parse(request.responseText);
  document.getElementById('ds').innerHTML = items.map(function (i) {
    return '<li><a href="' + i[1] + '">' + i[0] + '</a></li>';
  }).join('');
};
request.send();
"""


def rendered_portal(host: str = "render.test.localhost", items: int = 4) -> Portal:
    """A list an external script builds from XHR: no URL of it in the page's HTML."""
    site = f"http://{host}"
    urls = [f"/thong-bao/tb-{n}.html" for n in range(1, items + 1)]
    data = json.dumps([[f"Thông báo {n}", u] for n, u in enumerate(urls, 1)]).encode()
    body = '<img src="/img/logo.gif" /><ul id="ds"></ul><script src="/js/thong-bao.js"></script>'
    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nAllow: /\n", "text/plain"),
        (host, "/thong-bao/"): page(_html("Thông báo", body)),
        (host, "/js/thong-bao.js"): page(RENDER_SCRIPT, "application/javascript"),
        (host, "/data/thong-bao.json"): page(data, "application/json"),
        (host, "/img/logo.gif"): page(b"GIF89a", "image/gif"),
    }
    for url in urls:
        routes[(host, url)] = page(_article(f"Thông báo {url}"))
    return Portal(host, routes, articles=[site + u for u in urls], list_pages=1)


# feeds --------------------------------------------------------------------------------------
def feed_portal(host: str = "rss.test.localhost", items: int = 5, linked: int = 2) -> Portal:
    """WordPress: the home page links the newest two posts, the feed lists five."""
    site = f"http://{host}"
    urls = [f"/2021/03/bai-viet-so-{n}/" for n in range(1, items + 1)]
    head = (
        '<link rel="stylesheet" href="/wp-content/themes/tinh/style.css" />'
        f'<link rel="alternate" type="application/rss+xml" title="Tin tức" href="{site}/feed/" />'
    )
    links = "".join(f'<li><a href="{u}">Bài {u}</a></li>' for u in urls[:linked])
    entries = "".join(
        f'<item><title>Bài {u}</title><link>{site}{u}</link><guid isPermaLink="false">'
        f"{site}/?p={n}</guid></item>"
        for n, u in enumerate(urls, 1)
    )
    feed = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Tin</title>'
        f"<link>{site}/</link>{entries}</channel></rss>"
    ).encode()
    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nAllow: /\n", "text/plain"),
        (host, "/"): page(_html("Trang chủ", f"<ul>{links}</ul>", head)),
        (host, "/feed/"): page(feed, "application/rss+xml; charset=UTF-8"),
    }
    for url in urls:
        routes[(host, url)] = page(_article(f"Bài {url}"))
    return Portal(host, routes, articles=[site + u for u in urls], list_pages=2)


def javascript_pager_portal(host: str = "jspager.test.localhost") -> Portal:
    """A list whose second page only a click handler can reach."""
    site = f"http://{host}"
    urls = ["/tin-tuc/bai-1.html", "/tin-tuc/bai-2.html"]
    body = "".join(f'<li><a href="{u}">{u}</a></li>' for u in urls) + (
        '<div class="pager"><span>1</span> '
        '<a href="javascript:void(0)" onclick="goPage(2)">2</a> '
        '<a href="javascript:void(0)" onclick="goPage(2)">Sau</a></div>'
        "<script>function goPage(n) { /* reloads the list */ }</script>"
    )
    routes: dict[tuple[str, str], Route] = {
        (host, "/robots.txt"): page(b"User-agent: *\nAllow: /\n", "text/plain"),
        (host, "/tin-tuc/"): page(_html("Tin tức", f"<ul>{body}</ul>")),
    }
    for url in urls:
        routes[(host, url)] = page(_article(url))
    return Portal(host, routes, articles=[site + u for u in urls], list_pages=1)


# profiles -----------------------------------------------------------------------------------
PROFILES = {
    "webforms": """\
name: webforms
province: Quảng Trị
domains: [webforms.test.localhost]
start_urls: ['http://webforms.test.localhost/TinTuc.aspx']
listing_patterns: ['^/(TinTuc|VanBan)\\.aspx$']
article_patterns: ['/ChiTiet\\.aspx\\?(NewsID|ID)=\\d+$']
""",
    "sharepoint": """\
name: sharepoint
province: Đắk Nông
domains: [sharepoint.test.localhost]
start_urls: ['http://sharepoint.test.localhost/Pages/TinTuc.aspx']
listing_patterns: ['^/Pages/TinTuc\\.aspx$']
article_patterns: ['^/Pages/tin-tuc/[^/]+-\\d+\\.aspx$']
""",
    "json": """\
name: json
province: Kon Tum
domains: [js.test.localhost]
start_urls: ['http://js.test.localhost/tin-moi/']
listing_patterns: ['^/tin-moi/$']
article_patterns: ['^/tin-moi/bai-viet-\\d+\\.html$']
""",
    "rendered": """\
name: rendered
province: Kon Tum
domains: [render.test.localhost]
start_urls: ['http://render.test.localhost/thong-bao/']
listing_patterns: ['^/thong-bao/$']
article_patterns: ['^/thong-bao/tb-\\d+\\.html$']
""",
    "feed": """\
name: feed
province: Thừa Thiên Huế
domains: [rss.test.localhost]
start_urls: ['http://rss.test.localhost/']
listing_patterns: ['^/$']
article_patterns: ['^/\\d{4}/\\d{2}/[^/]+/$']
""",
}


def all_portals() -> dict[str, Portal]:
    """The portals crawled together by the end-to-end tests, by profile name."""
    return {
        "webforms": webforms_portal(),
        "sharepoint": sharepoint_portal(),
        "json": json_portal(),
        "rendered": rendered_portal(),
        "feed": feed_portal(),
    }


def routes_of(*portals: Portal) -> dict[tuple[str, str], Route]:
    routes: dict[tuple[str, str], Route] = {}
    for portal in portals:
        routes.update(portal.routes)
    return routes
