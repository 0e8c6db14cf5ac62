"""Render the demo portals (demo/sites/<host>/) and their truth record (demo/articles.json).

The output is deterministic (same input, same bytes) and checked in, so tests and `make demo`
never need to run this. Article text lives in `demo/content/<host>/<id>.md` (front matter +
body); each site's look lives in `demo/templates/<host>/`; site structure in `demo/portals.json`.

    python demo/build.py            # rebuild demo/sites and demo/articles.json
    python demo/build.py --check    # exit 1 when the checked-in output is stale

Attachments are generated with python-docx (DOCX) and fpdf2 (PDF, with the DejaVu font);
when fpdf2 or the font is missing the checked-in PDF is kept and a warning says so. An
article with `attachment_scan: <dpi>` gets its PDF as a scan instead: page images only
(demo/scan.py), so the archive holds a document only OCR can read.
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import html
import io
import json
import re
import shutil
import sys
import tempfile
import unicodedata
import zipfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from string import Template

DEMO = Path(__file__).resolve().parent
CONTENT = DEMO / "content"
TEMPLATES = DEMO / "templates"
SITES = DEMO / "sites"
PORTALS = DEMO / "portals.json"
TRUTH = DEMO / "articles.json"

# The portals' page headers show the day the pages were crawled, not the publication day
# (like the real Kon Tum sample): a fixed day keeps the output deterministic.
CRAWL_DAY = datetime(2022, 11, 27, 9, 30)
ATTACHMENT_EPOCH = (2021, 12, 31, 0, 0, 0)
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"]
TONE_MARKS = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}

# A document number as portals write them: "07/CT-UBND", "15/2020/NĐ-CP", "172-TB/TW",
# "QCVN 41:2019/BGTVT". Used only to check that each article's recorded citations are complete.
NUMBER_RE = re.compile(
    r"\b(?:(?:QCVN|TCVN)\s+[0-9A-Z.\-]+:\d{4}/[A-ZĐ]+"
    r"|\d{1,5}(?:/\d{4})?[/-][A-ZĐ][A-Za-zĐđ0-9]*(?:[/-][A-ZĐ][A-Za-zĐđ0-9]*)*)"
)

# 1x1 transparent GIF, for the bullet and counter images the templates reference.
GIF_1X1 = base64.b64decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7")


class BuildError(Exception):
    """The content or a template is inconsistent; the message names the file."""


@dataclass
class Attachment:
    file: str
    label: str
    text: str
    scan_dpi: int = 0  # a scanned PDF (images only) at this resolution; 0: a typed one

    @property
    def kind(self) -> str:
        return self.file.rsplit(".", 1)[-1].lower()


@dataclass
class Article:
    id: str
    site: str
    title: str
    published: datetime
    published_iso: str
    author: str
    views: int
    num: int
    slug: str
    topic: str
    category: str
    citations: list[str]
    implements: list[str]
    announces: list[str]
    blocks: list[tuple[str, object]]
    # Which document each reused number names here: {"07/CT-UBND": "07/CT-UBND|Ủy ban nhân
    # dân tỉnh|Kon Tum|2020"} (the identity strings of indexer/parsing/identity.py).
    identities: dict[str, str] = field(default_factory=dict)
    # Legal relations of the article's own document (its one `announces`) to cited ones.
    amends: list[str] = field(default_factory=list)
    replaces: list[str] = field(default_factory=list)
    repeals: list[str] = field(default_factory=list)
    effective: str | None = None  # ISO day its own document takes effect
    # Relations between other documents the article only reports: (document, relation, target).
    reports: list[tuple[str, str, str]] = field(default_factory=list)
    duplicate_of: str | None = None
    encoding: str = "utf-8"
    unicode_form: str = "NFC"
    summary: str | None = None
    attachment: Attachment | None = None
    path: str = ""
    source: Path = field(default_factory=Path)

    @property
    def url(self) -> str:
        return f"http://{self.site}{self.path}"

    @property
    def text(self) -> str:
        """The body as plain text: paragraphs separated by a blank line."""
        parts: list[str] = []
        for kind, value in self.blocks:
            if kind == "ul":
                parts.append("\n".join(value))  # type: ignore[arg-type]
            elif kind != "fig":
                parts.append(str(value))
        return "\n\n".join(parts)


# ---------------------------------------------------------------- content


def slugify(text: str, limit: int = 80) -> str:
    """ASCII slug of a Vietnamese title, as the portals' CMSs make them."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    folded = "".join(c for c in folded if not unicodedata.combining(c)).lower()
    words = re.findall(r"[a-z0-9]+", folded)
    slug = ""
    for word in words:
        if len(slug) + len(word) + 1 > limit:
            break
        slug = f"{slug}-{word}" if slug else word
    return slug


def split_front_matter(raw: str, source: Path) -> tuple[dict[str, str], str]:
    if not raw.startswith("---\n"):
        raise BuildError(f"{source}: must start with a '---' front matter block")
    end = raw.find("\n---\n", 4)
    if end < 0:
        raise BuildError(f"{source}: front matter is not closed by '---'")
    meta: dict[str, str] = {}
    for line in raw[4:end].splitlines():
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise BuildError(f"{source}: front matter line without 'key:': {line!r}")
        meta[key.strip()] = value.strip()
    return meta, raw[end + 5 :]


def parse_blocks(body: str, source: Path) -> list[tuple[str, object]]:
    """Paragraphs, '## ' sub-headings, '- ' lists and '[[Ảnh: caption]]' figures."""
    blocks: list[tuple[str, object]] = []
    for chunk in re.split(r"\n\s*\n", body.strip()):
        lines = [line.strip() for line in chunk.strip().splitlines()]
        if not lines or not lines[0]:
            continue
        if lines[0].startswith("## "):
            blocks.append(("h", lines[0][3:].strip()))
        elif all(line.startswith("- ") for line in lines):
            blocks.append(("ul", [line for line in lines]))
        elif lines[0].startswith("[[Ảnh:") and lines[0].endswith("]]"):
            blocks.append(("fig", lines[0][6:-2].strip()))
        elif any(line.startswith(("- ", "## ")) for line in lines):
            raise BuildError(f"{source}: mixed list/heading and text in one block: {lines[0]!r}")
        else:
            blocks.append(("p", " ".join(lines)))
    return blocks


def split_list(value: str | None) -> list[str]:
    return [item.strip() for item in (value or "").split(";") if item.strip()]


RELATIONS = ("amends", "replaces", "repeals")


def parse_identities(value: str | None, source: Path) -> dict[str, str]:
    """'07/CT-UBND=Ủy ban nhân dân tỉnh|Kon Tum|2020; ...' → {number: identity string}."""
    found: dict[str, str] = {}
    for item in split_list(value):
        number, sep, rest = (part.strip() for part in item.partition("="))
        fields = rest.split("|")
        if not sep or len(fields) != 3 or not fields[0] or not re.fullmatch(r"\d{4}", fields[2]):
            raise BuildError(f"{source}: identities item {item!r} is not "
                             "'NUMBER=issuer|province|year'")
        found[number] = "|".join([number, *(f.strip() for f in fields)])
    return found


def parse_reports(value: str | None, source: Path) -> list[tuple[str, str, str]]:
    """'18/2021/QĐ-UBND replaces 12/2020/QĐ-UBND; ...' → [(document, relation, target)]."""
    found = []
    for item in split_list(value):
        parts = item.split()
        if len(parts) != 3 or parts[1] not in RELATIONS:
            raise BuildError(f"{source}: reports item {item!r} is not "
                             f"'DOC {'|'.join(RELATIONS)} DOC'")
        found.append((parts[0], parts[1], parts[2]))
    return found


def load_article(source: Path, site: dict) -> Article:
    meta, body = split_front_matter(unicodedata.normalize("NFC", source.read_text("utf-8")), source)
    required = ("title", "published", "num", "topic", "citations")
    missing = [key for key in required if key not in meta]
    if missing:
        raise BuildError(f"{source}: missing front matter keys {missing}")
    try:
        published = datetime.fromisoformat(meta["published"])
    except ValueError as exc:
        raise BuildError(f"{source}: bad published {meta['published']!r}: {exc}") from None
    attachment = None
    if meta.get("attachment"):
        file, _, label = (part.strip() for part in meta["attachment"].partition("|"))
        doc = source.with_suffix(".doc.md")
        if not doc.exists():
            raise BuildError(f"{source}: attachment text {doc.name} is missing")
        attachment = Attachment(file, label, unicodedata.normalize("NFC", doc.read_text("utf-8")),
                                scan_dpi=int(meta.get("attachment_scan") or 0))
    article = Article(
        id=source.stem,
        site=site["host"],
        title=meta["title"],
        published=published,
        published_iso=meta["published"],
        author=meta.get("author", ""),
        views=int(meta.get("views", "0")),
        num=int(meta["num"]),
        slug=meta.get("slug") or slugify(meta["title"]),
        topic=meta["topic"],
        category=meta.get("category") or site["category"],
        citations=split_list(meta["citations"]),
        implements=split_list(meta.get("implements")),
        announces=split_list(meta.get("announces")),
        blocks=parse_blocks(body, source),
        identities=parse_identities(meta.get("identities"), source),
        amends=split_list(meta.get("amends")),
        replaces=split_list(meta.get("replaces")),
        repeals=split_list(meta.get("repeals")),
        effective=meta.get("effective") or None,
        reports=parse_reports(meta.get("reports"), source),
        duplicate_of=meta.get("duplicate_of") or None,
        encoding=meta.get("encoding", "utf-8"),
        unicode_form=meta.get("unicode", "NFC"),
        summary=meta.get("summary"),
        attachment=attachment,
        source=source,
    )
    article.path = site["article_path"].format(slug=article.slug, num=article.num)
    return article


def load_portals() -> list[dict]:
    return json.loads(PORTALS.read_text("utf-8"))["sites"]


def load_articles(sites: list[dict]) -> list[Article]:
    articles: list[Article] = []
    for site in sites:
        folder = CONTENT / site["host"]
        for source in sorted(folder.glob("*.md")):
            if source.name.endswith(".doc.md"):
                continue
            articles.append(load_article(source, site))
    validate(articles)
    return articles


def validate(articles: list[Article]) -> None:
    """Refuse content whose recorded truth disagrees with its text."""
    ids = {a.id for a in articles}
    paths: dict[str, str] = {}
    for a in articles:
        where = a.source
        if a.url in paths:
            raise BuildError(f"{where}: URL {a.url} already used by {paths[a.url]}")
        paths[a.url] = a.id
        text = a.text
        words = len(text.split())
        if not 150 <= words <= 600:
            raise BuildError(f"{where}: body has {words} words; keep 150-600")
        for number in a.citations:
            if number not in text:
                raise BuildError(f"{where}: cited {number!r} does not occur in the body")
        found = set(NUMBER_RE.findall(text))
        unlisted = sorted(found - set(a.citations))
        if unlisted:
            raise BuildError(f"{where}: body cites {unlisted} but front matter does not list them")
        for key in ("implements", "announces", *RELATIONS):
            if not set(getattr(a, key)) <= set(a.citations):
                raise BuildError(f"{where}: {key} {getattr(a, key)} not all in citations")
        if not set(a.identities) <= set(a.citations):
            raise BuildError(f"{where}: identities {sorted(a.identities)} not all in citations")
        if (any(getattr(a, key) for key in RELATIONS) or a.effective) and len(a.announces) != 1:
            raise BuildError(f"{where}: amends/replaces/repeals/effective need exactly one "
                             "announced document (the one they are about)")
        if a.effective:
            try:
                datetime.strptime(a.effective, "%Y-%m-%d")
            except ValueError:
                raise BuildError(f"{where}: effective {a.effective!r} is not YYYY-MM-DD") from None
        for document, _, target in a.reports:
            if not {document, target} <= set(a.citations):
                raise BuildError(f"{where}: reports {document} / {target} not both in citations")
        if a.duplicate_of and a.duplicate_of not in ids:
            raise BuildError(f"{where}: duplicate_of {a.duplicate_of!r} is not an article id")
        if a.encoding not in ("utf-8", "windows-1258"):
            raise BuildError(f"{where}: encoding must be utf-8 or windows-1258")
        if a.unicode_form not in ("NFC", "NFD"):
            raise BuildError(f"{where}: unicode must be NFC or NFD")
    for label, count in (
        ("windows-1258 page", sum(a.encoding == "windows-1258" for a in articles)),
        ("NFD page", sum(a.unicode_form == "NFD" for a in articles)),
    ):
        if count != 1:
            raise BuildError(f"the demo needs exactly one {label}, found {count}")


# ---------------------------------------------------------------- formatting


def format_date(style: str, moment: datetime) -> str:
    """The publication date the way each portal prints it."""
    if style == "mdy":  # old ASP.NET: US culture, "3/24/2020 2:16:02 PM"
        hour = moment.hour % 12 or 12
        ampm = "AM" if moment.hour < 12 else "PM"
        return f"{moment.month}/{moment.day}/{moment.year} {hour}:{moment:%M:%S} {ampm}"
    if style == "sharepoint":  # "07/08/2020 | 10:04"
        return f"{moment:%d/%m/%Y} | {moment:%H:%M}"
    if style == "hue":  # "15:52 19/03/2020"
        return f"{moment:%H:%M %d/%m/%Y}"
    if style == "central":  # "Thứ Ba, 31/03/2020 - 21:15"
        return f"{WEEKDAYS[moment.weekday()]}, {moment:%d/%m/%Y - %H:%M}"
    raise BuildError(f"unknown date_style {style!r}")


def today_line(moment: datetime) -> str:
    """'Chủ nhật, ngày 27 tháng 11 năm 2022': the page-header date of Vietnamese portals."""
    return f"{WEEKDAYS[moment.weekday()]}, ngày {moment.day} tháng {moment.month} năm {moment.year}"


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    return html.escape(text, quote=True)


def stable_int(*parts: object, modulo: int) -> int:
    digest = hashlib.sha256("|".join(map(str, parts)).encode()).hexdigest()
    return int(digest[:12], 16) % modulo


def summary_of(article: Article, words: int = 38) -> str:
    if article.summary:
        return article.summary
    first = next(str(v) for k, v in article.blocks if k == "p")
    tokens = first.split()
    return first if len(tokens) <= words else " ".join(tokens[:words]) + " ..."


# ---------------------------------------------------------------- rendering


class SiteRenderer:
    """Renders one portal's pages from its templates."""

    def __init__(self, site: dict, articles: list[Article]):
        self.site = site
        self.host = site["host"]
        self.folder = TEMPLATES / self.host
        self.articles = sorted(articles, key=lambda a: (a.published, a.id), reverse=True)
        # A category no list shows (an ASP.NET portal's "Thông báo"): only its "Tin mới"
        # JSON names those articles.
        unlisted = site.get("unlisted_category")
        self.listed = [a for a in self.articles if a.category != unlisted]
        # WebForms postback paging: {listing path: {"target", "pages": {n: page state}}},
        # what demo/serve.py needs to answer the form POSTs (into _headers.json).
        self.postbacks: dict[str, dict] = {}
        self.files: dict[str, bytes] = {}
        self.headers: dict[str, dict[str, str]] = {}
        self._templates: dict[str, Template] = {}

    def template(self, name: str) -> Template:
        if name not in self._templates:
            path = self.folder / name
            if not path.exists():
                raise BuildError(f"{path}: template missing")
            self._templates[name] = Template(path.read_text("utf-8"))
        return self._templates[name]

    def fill(self, name: str, **values: object) -> str:
        try:
            return self.template(name).substitute({k: str(v) for k, v in values.items()})
        except (KeyError, ValueError) as exc:
            raise BuildError(f"{self.folder / name}: {exc!r}") from None

    def page(self, path: str, title: str, main: str, *, charset: str = "utf-8",
             section: str = "", head_extra: str = "", state: str | None = None) -> str:
        """One page in the site's layout. `state` tells apart the pages a WebForms list
        posts back to one path: their view state and event validation differ."""
        n = stable_int(self.host, path, modulo=997)
        state_of = f"{path}|{state}" if state else path
        return self.fill(
            "layout.html",
            page_title=esc(title),
            main=main,
            charset=charset,
            today=today_line(CRAWL_DAY),
            visitors=self.site.get("visitors_base", 1000000) + n * 37,
            online=2 + n % 23,
            viewstate=base64.b64encode(hashlib.sha256(state_of.encode()).digest() * 3).decode(),
            eventvalidation=base64.b64encode(
                hashlib.sha256(f"valid {state_of}".encode()).digest()
            ).decode(),
            path=attr(path),
            section=section,
            head_extra=head_extra,
        )

    def paragraph(self, text: str) -> str:
        open_tag, close_tag = self.site["paragraph"]
        return f"{open_tag}{esc(text)}{close_tag}"

    def split_lead(self, article: Article) -> tuple[str, list[tuple[str, object]]]:
        """Portals with a 'sapo' print the first paragraph apart, in bold, above the body."""
        blocks = list(article.blocks)
        if self.site.get("lead") and blocks and blocks[0][0] == "p":
            return str(blocks[0][1]), blocks[1:]
        return "", blocks

    def body_html(self, blocks: list[tuple[str, object]]) -> str:
        out: list[str] = []
        for kind, value in blocks:
            if kind == "p":
                out.append(self.paragraph(str(value)))
            elif kind == "h":
                out.append(f"<h3 class=\"subtitle\"><strong>{esc(str(value))}</strong></h3>")
            elif kind == "ul":
                items = "".join(f"<li>{esc(item[2:])}</li>" for item in value)  # type: ignore[attr-defined]
                out.append(f"<ul>{items}</ul>")
            elif kind == "fig":
                caption = esc(str(value))
                out.append(self.fill("figure.html", src=self.site["image"], caption=caption))
        return "\n".join(out)

    def related(self, article: Article) -> str:
        spec = self.site["related"]
        pool = [a for a in self.listed if a.id != article.id]
        if spec["kind"] == "older":
            pool = [a for a in pool if (a.published, a.id) < (article.published, article.id)]
        else:  # "nearest": the articles published closest in time
            pool.sort(key=lambda a: (abs((a.published - article.published).total_seconds()), a.id))
        items = [
            self.fill("related_item.html", url=attr(a.path), title=esc(a.title),
                      date=esc(format_date(self.site["date_style"], a.published)))
            for a in pool[: spec["count"]]
        ]
        return "\n".join(items)

    def attachment_html(self, article: Article) -> str:
        if not article.attachment:
            return ""
        url = self.site["attachment_dir"] + article.attachment.file
        return self.fill("attachment.html", url=attr(url), label=esc(article.attachment.label),
                         kind=article.attachment.kind.upper())

    def render_article(self, article: Article) -> None:
        style = self.site["date_style"]
        lead, blocks = self.split_lead(article)
        main = self.fill(
            "article.html",
            title=esc(article.title),
            date=esc(format_date(style, article.published)),
            iso=article.published.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00",
            updated=article.published.strftime("%d/%m/%Y"),
            views=article.views,
            category=esc(article.category),
            lead=esc(lead),
            body=self.body_html(blocks),
            author=esc(article.author),
            attachments=self.attachment_html(article),
            related=self.related(article),
            url=attr(article.url),
            summary=attr(summary_of(article)),
        )
        charset = "windows-1258" if article.encoding == "windows-1258" else "utf-8"
        head = self.fill("article_head.html", title=attr(article.title), url=attr(article.url),
                         iso=article.published.strftime("%Y-%m-%dT%H:%M:%S") + "+07:00",
                         summary=attr(summary_of(article)))
        page = self.page(article.path, article.title, main, charset=charset,
                         section="article", head_extra=head)
        if article.unicode_form == "NFD":
            page = unicodedata.normalize("NFD", page)
        if article.encoding == "windows-1258":
            self.files[article.path] = encode_cp1258(page)
            self.headers[article.path] = {"Content-Type": "text/html; charset=windows-1258"}
        else:
            self.files[article.path] = page.encode("utf-8")

    def listing_url(self, page_no: int) -> str:
        """Where list page `page_no` is stored (a postback page: a file GET never serves)."""
        first, other = self.site["listing_paths"]
        return first if page_no == 1 else other.format(n=page_no)

    def postback_pagination(self, page_no: int, pages: int) -> str:
        """A GridView pager row: every other page is a __doPostBack to the list itself."""
        target = self.site["postback"]["target"]
        cells = []
        for n in range(1, pages + 1):
            if n == page_no:
                cells.append(f"<td><span>{n}</span></td>")
            else:
                cells.append(
                    f'<td><a href="javascript:__doPostBack(&#39;{target}&#39;,&#39;Page${n}'
                    f'&#39;)">{n}</a></td>'
                )
        return (f'<tr class="phan-trang"><td><table border="0"><tr>{"".join(cells)}'
                "</tr></table></td></tr>")

    def pagination(self, page_no: int, pages: int) -> str:
        if self.site.get("postback"):
            return self.postback_pagination(page_no, pages)
        labels = self.site["pager"]
        parts: list[str] = []
        if page_no > 1:
            parts.append(f'<a href="{self.listing_url(page_no - 1)}">{esc(labels["prev"])}</a>')
        for n in range(1, pages + 1):
            if n == page_no:
                parts.append(f'<span class="current">{n}</span>')
            else:
                parts.append(f'<a href="{self.listing_url(n)}">{n}</a>')
        if page_no < pages:
            parts.append(f'<a href="{self.listing_url(page_no + 1)}">{esc(labels["next"])}</a>')
        return "\n".join(parts)

    def render_listings(self) -> list[str]:
        per_page = self.site["per_page"]
        chunks = [self.listed[i : i + per_page] for i in range(0, len(self.listed), per_page)]
        urls = []
        postback = self.site.get("postback")
        for page_no, chunk in enumerate(chunks, start=1):
            items = "\n".join(self.list_item("listing_item.html", a) for a in chunk)
            main = self.fill("listing.html", items=items, page_no=page_no, pages=len(chunks),
                             pagination=self.pagination(page_no, len(chunks)),
                             title=esc(self.site["listing_title"]))
            url = self.listing_url(page_no)
            if postback:  # every page is the list's own path, told apart by its state
                first = self.listing_url(1)
                html_page = self.page(first, self.site["listing_title"], main,
                                      section="listing", state=f"page {page_no}")
                self.add_postback_page(first, page_no, url, html_page)
                if page_no == 1:
                    urls.append(url)
                continue
            self.add_html(url, self.page(url, self.site["listing_title"], main, section="listing"))
            urls.append(url)
        return urls

    def add_postback_page(self, path: str, page_no: int, stored: str, html_page: str) -> None:
        self.add_html(stored, html_page)
        form = self.postbacks.setdefault(
            path, {"target": self.site["postback"]["target"], "pages": {}})
        form["pages"][str(page_no)] = {
            "file": stored,
            "viewstate": re.search(r'name="__VIEWSTATE"[^>]*value="([^"]*)"', html_page)[1],
            "validation": re.search(r'name="__EVENTVALIDATION"[^>]*value="([^"]*)"',
                                    html_page)[1],
        }

    def render_tin_moi(self) -> None:
        """The "Tin mới" box's JSON handler: the newest articles of every category."""
        spec = self.site.get("tin_moi")
        if not spec:
            return
        newest = [
            {"TieuDe": a.title, "Url": a.path, "Ngay": a.published.strftime("%d/%m/%Y")}
            for a in self.articles[: spec["count"]]
        ]
        payload = json.dumps(newest, ensure_ascii=False, indent=1) + "\n"
        self.files[spec["path"]] = payload.encode("utf-8")
        self.headers[spec["path"]] = {"Content-Type": "application/json; charset=utf-8"}

    def list_item(self, template: str, article: Article) -> str:
        return self.fill(
            template,
            url=attr(article.path),
            title=esc(article.title),
            date=esc(format_date(self.site["date_style"], article.published)),
            updated=article.published.strftime("%d/%m/%Y"),
            summary=esc(summary_of(article)),
        )

    def render_home(self) -> None:
        latest = "\n".join(self.list_item("home_item.html", a) for a in self.listed[:5])
        main = self.fill("home.html", latest=latest, listing=self.listing_url(1))
        self.add_html(self.site["home"], self.page(self.site["home"], self.site["name"], main,
                                                   section="home"))

    def render_pages(self) -> list[str]:
        urls = []
        for source in sorted((CONTENT / self.host / "_pages").glob("*.md")):
            meta, body = split_front_matter(source.read_text("utf-8"), source)
            blocks = parse_blocks(body, source)
            text = "\n".join(
                self.paragraph(str(v)) if k == "p"
                else f"<h3>{esc(str(v))}</h3>" if k == "h"
                else "<ul>" + "".join(f"<li>{esc(i[2:])}</li>" for i in v) + "</ul>"  # type: ignore[attr-defined]
                for k, v in blocks
            )
            main = self.fill("page.html", title=esc(meta["title"]), body=text)
            page = self.page(meta["path"], meta["title"], main, section="page")
            self.add_html(meta["path"], page)
            urls.append(meta["path"])
        return urls

    def add_html(self, url_path: str, page: str) -> None:
        self.files[url_path] = page.encode("utf-8")

    def render_static(self) -> None:
        static = self.folder / "static"
        for source in sorted(static.rglob("*")) if static.exists() else []:
            if source.is_file():
                self.files["/" + source.relative_to(static).as_posix()] = source.read_bytes()
        for image in self.site.get("gifs", []):
            self.files[image] = GIF_1X1

    def render_robots_and_sitemap(self, urls: list[str]) -> None:
        lines = list(self.site["robots"])
        if self.site.get("sitemap"):
            lines.append(f"Sitemap: http://{self.host}/sitemap.xml")
            entries = []
            for url in urls:
                entries.append(f"  <url><loc>http://{self.host}{attr(url)}</loc></url>")
            for a in sorted(self.articles, key=lambda a: a.path):
                entries.append(
                    f"  <url><loc>{attr(a.url)}</loc>"
                    f"<lastmod>{a.published:%Y-%m-%d}</lastmod></url>"
                )
            self.files["/sitemap.xml"] = (
                '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "\n".join(entries) + "\n</urlset>\n"
            ).encode("utf-8")
        self.files["/robots.txt"] = ("\n".join(lines) + "\n").encode("ascii")

    def render(self) -> dict[str, object]:
        for article in self.articles:
            self.render_article(article)
        listing_urls = self.render_listings()
        self.render_tin_moi()
        self.render_home()
        other_urls = self.render_pages()
        self.render_static()
        self.render_robots_and_sitemap([self.site["home"], *listing_urls])
        return {"listing_urls": listing_urls, "other_urls": other_urls}


def encode_cp1258(text: str) -> bytes:
    """Windows-1258 bytes: vowels with their own letters precomposed, tones as combining marks."""
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in TONE_MARKS)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
        try:
            out += (base + tones).encode("cp1258")
        except UnicodeEncodeError:
            out += f"&#{ord(char)};".encode("ascii")
    data = bytes(out)
    if unicodedata.normalize("NFC", data.decode("cp1258")) != unicodedata.normalize("NFC", text):
        raise BuildError("windows-1258 encoding does not round-trip")
    return data


# ---------------------------------------------------------------- attachments


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip (DOCX) with fixed timestamps so rebuilds are byte-identical."""
    source = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            clone = zipfile.ZipInfo(info.filename, date_time=ATTACHMENT_EPOCH)
            clone.compress_type = zipfile.ZIP_DEFLATED
            clone.external_attr = 0o644 << 16
            target.writestr(clone, source.read(info.filename))
    return out.getvalue()


def doc_paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text.strip()) if p.strip()]


def make_docx(attachment: Attachment, published: datetime) -> bytes:
    from docx import Document  # a project dependency; imported here to keep the HTML build light
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    document = Document()
    props = document.core_properties
    props.author = props.last_modified_by = "Văn thư"
    props.created = props.modified = props.last_printed = published.replace(microsecond=0)
    props.revision = 1
    props.title = attachment.label
    for text in doc_paragraphs(attachment.text):
        para = document.add_paragraph()
        run = para.add_run(text.lstrip("^ "))
        if text.startswith("^"):
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = True
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def make_pdf(attachment: Attachment, published: datetime) -> bytes | None:
    try:
        from fpdf import FPDF
    except ImportError:
        return None
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if not (regular.exists() and bold.exists()):
        return None
    pdf = FPDF(format="A4")
    pdf.set_creation_date(published)
    pdf.set_title(attachment.label)
    pdf.set_author("Văn thư")
    pdf.set_producer("bulletin demo")
    pdf.add_font("DejaVu", "", str(regular))
    pdf.add_font("DejaVu", "B", str(bold))
    pdf.set_margins(22, 18, 18)
    pdf.add_page()
    for text in doc_paragraphs(attachment.text):
        centered = text.startswith("^")
        pdf.set_font("DejaVu", "B" if centered else "", 11 if centered else 10.5)
        pdf.multi_cell(0, 5.6, text.lstrip("^ "), align="C" if centered else "J",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.8)
    return bytes(pdf.output())


def make_scan(attachment: Attachment) -> bytes | None:
    try:
        from demo.scan import ScanStyle, font_path, scan_pdf
    except ImportError:  # run as `python demo/build.py`
        from scan import ScanStyle, font_path, scan_pdf

    if font_path() is None:
        return None
    style = ScanStyle(dpi=attachment.scan_dpi, skew_degrees=0.8, noise=0.002, blur=0.5)
    return scan_pdf(attachment.text, style, quality=60)


def render_attachment(site: dict, article: Article, existing: Path) -> tuple[str, bytes]:
    attachment = article.attachment
    assert attachment is not None
    url = site["attachment_dir"] + attachment.file
    if attachment.kind == "docx":
        return url, make_docx(attachment, article.published)
    if attachment.kind == "pdf":
        data = make_scan(attachment) if attachment.scan_dpi else make_pdf(attachment,
                                                                           article.published)
        if data is None:
            old = existing / site["host"] / url.lstrip("/")
            if not old.exists():
                raise BuildError(f"{url}: needs fpdf2 and {FONT_DIR}/DejaVuSans*.ttf to build")
            print(f"warning: fpdf2 or DejaVu fonts missing; kept the existing {url}",
                  file=sys.stderr)
            return url, old.read_bytes()
        return url, data
    raise BuildError(f"{article.source}: attachment must be .pdf or .docx")


# ---------------------------------------------------------------- output


def file_for(root: Path, url_path: str) -> Path:
    relative = url_path.lstrip("/")
    if not relative or url_path.endswith("/"):
        relative += "index.html"
    return root / relative


def build(out: Path, *, existing: Path = SITES) -> dict:
    """Render every site into `out` (replaced) and return the truth record."""
    sites = load_portals()
    articles = load_articles(sites)
    by_id = {a.id: a for a in articles}
    truth_sites: dict[str, dict] = {}
    rendered: dict[str, tuple[dict[str, bytes], dict]] = {}
    for site in sites:
        mine = [a for a in articles if a.site == site["host"]]
        renderer = SiteRenderer(site, mine)
        urls = renderer.render()
        for article in mine:
            if article.attachment:
                url, data = render_attachment(site, article, existing)
                renderer.files[url] = data
        headers = {"*": site.get("headers", {}), **renderer.headers}
        meta = {"headers": headers, "redirects": site.get("redirects", {})}
        if renderer.postbacks:
            meta["postbacks"] = renderer.postbacks
        rendered[site["host"]] = (renderer.files, meta)
        truth_sites[site["host"]] = {
            "name": site["name"],
            "agency": site["agency"],
            "province": site["province"],
            "date_order": site["date_order"],
            "home": f"http://{site['host']}{site['home']}",
            "listing_urls": [f"http://{site['host']}{u}" for u in urls["listing_urls"]],
            "other_urls": [f"http://{site['host']}{u}" for u in urls["other_urls"]],
            "disallowed_urls": [f"http://{site['host']}{u}" for u in site.get("disallowed", [])],
            "sitemap": f"http://{site['host']}/sitemap.xml" if site.get("sitemap") else None,
        }
        for path, form in renderer.postbacks.items():
            truth_sites[site["host"]]["postback"] = {
                "url": f"http://{site['host']}{path}",
                "target": form["target"],
                "pages": len(form["pages"]),
            }
        if site.get("tin_moi"):
            truth_sites[site["host"]]["tin_moi"] = f"http://{site['host']}{site['tin_moi']['path']}"
    staging = Path(tempfile.mkdtemp(prefix="demo-sites-", dir=out.parent))
    try:
        for host, (files, meta) in rendered.items():
            for url_path, data in files.items():
                target = file_for(staging / host, url_path)
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(data)
            (staging / host / "_headers.json").write_text(
                json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n", "utf-8")
        if out.exists():
            shutil.rmtree(out)
        staging.rename(out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return truth_record(sites, articles, by_id, truth_sites)


def truth_record(sites: list[dict], articles: list[Article], by_id: dict[str, Article],
                 truth_sites: dict[str, dict]) -> dict:
    province = {s["host"]: s["province"] for s in sites}
    agency = {s["host"]: s["agency"] for s in sites}
    entries = []
    for a in sorted(articles, key=lambda a: (a.site, a.published, a.id)):
        entries.append({
            "id": a.id,
            "site": a.site,
            "url": a.url,
            "path": a.path,
            "title": a.title,
            "published": a.published_iso,
            "province": province[a.site],
            "agency": agency[a.site],
            "author": a.author or None,
            "topic": a.topic,
            "citations": a.citations,
            "implements": a.implements,
            "announces": a.announces,
            "identities": a.identities,
            "amends": a.amends,
            "replaces": a.replaces,
            "repeals": a.repeals,
            "effective": a.effective,
            "reports": [{"document": d, "relation": r, "target": t} for d, r, t in a.reports],
            "duplicate_of": by_id[a.duplicate_of].url if a.duplicate_of else None,
            "encoding": a.encoding,
            "unicode_form": a.unicode_form,
            "attachments": [
                {"url": f"http://{a.site}{site_of(sites, a.site)['attachment_dir']}"
                        f"{a.attachment.file}",
                 "label": a.attachment.label, "kind": a.attachment.kind,
                 **({"scan": True} if a.attachment.scan_dpi else {})}
            ] if a.attachment else [],
            "words": len(a.text.split()),
        })
    return {
        "_about": "Generated by demo/build.py from demo/content and demo/portals.json; the "
                  "truth about every demo article (edit the content, not this file).",
        "sites": truth_sites,
        "articles": entries,
    }


def site_of(sites: list[dict], host: str) -> dict:
    return next(s for s in sites if s["host"] == host)


def truth_json(record: dict) -> str:
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


def attachment_text(path: Path) -> str:
    """The words of a PDF or DOCX: other library versions write other bytes for the same text."""
    if path.suffix == ".pdf":
        from pypdf import PdfReader

        return "\n".join(page.extract_text() for page in PdfReader(path).pages)
    from docx import Document

    return "\n".join(p.text for p in Document(str(path)).paragraphs)


def tree_digest(root: Path) -> dict[str, str]:
    digests = {}
    for path in sorted(root.rglob("*")):
        if path.is_file():
            data = (attachment_text(path).encode() if path.suffix in (".pdf", ".docx")
                    else path.read_bytes())
            digests[path.relative_to(root).as_posix()] = hashlib.sha256(data).hexdigest()
    return digests


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="build into a temporary folder and compare with demo/sites "
                             "(attachments by their text)")
    args = parser.parse_args(argv)
    try:
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                out = Path(tmp) / "sites"
                record = build(out)
                stale = tree_digest(out) != tree_digest(SITES)
                stale |= not TRUTH.exists() or TRUTH.read_text("utf-8") != truth_json(record)
            print("demo output is stale: run python demo/build.py" if stale else "demo up to date")
            return 1 if stale else 0
        record = build(SITES)
        TRUTH.write_text(truth_json(record), "utf-8")
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    counts = {host: sum(a["site"] == host for a in record["articles"]) for host in record["sites"]}
    print(f"built {len(record['articles'])} articles into {SITES}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
