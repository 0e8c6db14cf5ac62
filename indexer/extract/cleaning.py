"""A page's main text without the portal's boilerplate, and the lines around it.

Three layers, each catching what the one before misses:
1. trafilatura picks the main content block of an HTML page; the page's own lines put
   back only what the page shows to be article text (`restore_dropped`);
2. line cues, generic to Vietnamese portals, drop what one page alone shows to be noise
   (visitor counters, login/search widgets, footers, photo captions and their credits,
   trust badges, "Bài viết trước" and related lists to the end of the page), and links:
   on an HTML page a line that is a link (a related article inside the body), in a text
   dump a run of link-shaped lines (see `linklines`);
3. a `SiteTemplate` learned from many pages of one site drops the lines that repeat
   across them (menus, sidebars, footers with the site's address).

Longer than most modules (~800 lines) because the three layers share one `Line` model and
its cue tables; split them and each would import the others' internals.
Plain-text dumps (the HTML already gone) get the same cues line by line, plus the
structure portals share: category breadcrumb, title, date line, body, author.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import lru_cache

import trafilatura
from lxml import etree
from lxml import html as lxml_html

from indexer.extract.linklines import is_bullet, link_runs, looks_like_link
from indexer.parsing.textnorm import fold as _fold_uncached
from indexer.parsing.textnorm import nfc

# The same lines are folded by several cues and by template keys: fold each once.
fold = lru_cache(maxsize=1 << 16)(_fold_uncached)

# --- line cues ---------------------------------------------------------------------------
# Each is matched on the folded line (lower case, no diacritics), so typing variants match.

_COUNTER = re.compile(
    r"(luot xem|luot doc|luot truy cap|so luot|view count|views?|hits|da xem|so nguoi"
    r"|nguoi truy cap|dang truy cap|dang online|truc tuyen|online|hom nay|hom qua"
    r"|tuan nay|thang nay|tong cong|tong so)\s*[:：]?\s*[\d.,]+\s*$"
    r"|^(thong ke truy cap|thong ke|luot truy cap|so nguoi online|dang truy cap)\s*:?\s*$"
)
_WIDGET = re.compile(
    r"^(dang nhap|dang ky|dang xuat|sign in|sign out|log ?in|log ?out|tim kiem|search"
    r"|skip ribbon commands|skip to main content|turn (on|off) more accessible mode"
    r"|quen mat khau|mat khau|ten dang nhap|trang chu|home|chia se|share|tweet|like"
    r"|in bai( viet)?|ban in|print|gui email|gui bai viet|luu bai( viet)?|quay lai|tro ve"
    r"|ve dau trang|dau trang|len dau trang|xem tiep|xem them|doc tiep|co chu|font size"
    r"|facebook|twitter|zalo|email|rss|sitemap|so do (trang|site)|lien he|hoi dap"
    r"|tai ve|download|dinh kem|tap tin dinh kem|icon|menu|close|dong|[a]\s*[a]\s*[a]"
    r"|english|tieng viet|vietnamese)\s*[:.|]?\s*$"
)
_FOOTER = re.compile(
    r"^(nguoi )?chiu trach nhiem( chinh| noi dung| xuat ban)?\s*:"
    r"|^(co quan chu quan|don vi quan ly|quan ly va nhap tin|bien tap|truong ban bien tap"
    r"|ban bien tap|giay phep( so)?|ghi ro nguon|phat trien( boi)?|thiet ke( va phat trien)?"
    r"( boi)?|design(ed)? by|developed by|powered by|ban quyen|copyright)\s*[:©]"
    r"|^(©|\(c\)|copyright\b|ban quyen\b)"
    r"|\b(dien thoai|dt|tel|phone)\s*:?\s*[\d(+][\d .()+-]{6,}.*(fax|email|e-mail)"
    r"|^(fax|e-?mail|hotline)\s*:\s*\S+"
    r"|ghi ro nguon .{0,40}khi phat hanh"
    r"|^(trang|cong) thong tin (dien tu|dt)\b[^.!?]{0,120}$"
    r"|^(tai ve|tai xuong|download|file dinh kem|tep dinh kem|tai lieu dinh kem|van ban dinh kem)"
    r"\s*:"
    # A news site's masthead: its licence, newsroom address, reuse notice.
    r"|^giay phep\b[^.]{0,120}\d+\s*/\s*gp\b"
    r"|^(toa soan|dia chi toa soan|tru so chinh)\s*:"
    r"|^moi hanh dong su dung noi dung"
)
# Page furniture without a word: counters, arrows, vote tallies ("7", "›", "|").
_NO_WORDS = re.compile(r"^[\W\d_]{1,12}$")
_CAPTION = re.compile(
    r"\((anh|nguon anh|anh minh hoa|photo|anh tu lieu)\s*:?[^()]{0,80}\)\s*\.?\s*$"
    r"|^(anh|anh minh hoa|nguon anh|photo)\s*:\s*\S"
    r"|^anh minh hoa\.?$"
    # A caption's credit after its sentence: "Tàu dầu gần cảng Nakhodka. Ảnh: Reuters".
    r"|[.!?]\s+(anh|nguon anh|anh minh hoa|photo|anh tu lieu|do hoa)\s*:\s*[^.!?:]{1,40}\.?$"
)
# Trust and registration badges in footers ("Chứng nhận Tín Nhiệm Mạng").
_BADGE = re.compile(
    r"^(giay )?(chung nhan\s+)?(website\s+)?tin nhiem mang\b.{0,40}$"
    r"|^da (thong bao|dang ky) (voi )?bo cong thuong\.?$"
)
_BREADCRUMB = re.compile(
    r"^[^.!?]{0,150}(\s[>»›]\s[^.!?]{0,150}|\s/\s[^.!?]{0,80}\s/\s[^.!?]{0,80})$"
)
_NUMBER_ONLY = re.compile(r"^[\d.,\s]{3,}$")
# A navigation bar flattened to one line: "Trang chủ | Giới thiệu | Tin tức | Liên hệ".
_MENU_BAR = re.compile(r"^[^.!?|]{1,40}(\s[|•·]\s[^.!?|]{1,40}){2,}$")
_END_OF_ARTICLE = re.compile(
    r"^(bai viet truoc|bai viet tiep|bai truoc|bai tiep|bai viet khac|bai viet lien quan"
    r"|bai viet cung chuyen muc|bai lien quan|cac bai viet khac|cac bai khac|tin lien quan"
    r"|tin cung chuyen muc|cac tin cung chuyen muc|tin khac|cac tin khac|cac tin da dua"
    r"|tin da dua|tin moi hon|tin cu hon|tin moi|tin bai lien quan|tin bai khac|tin tuc khac"
    r"|van ban lien quan|xem them|cac tin moi|tin moi nhat|doc nhieu nhat|tin doc nhieu"
    r"|other news|related (news|articles|posts)|y kien ban doc|gui y kien|binh luan"
    r"|gui binh luan|y kien cua ban|cac tin tuc khac|nhung tin khac|cac bai moi|cac bai da dang"
    r"|tin tuc gan day|tin gan day|co the ban quan tam|ban co the quan tam|tham khao them"
    r"|lien quan|doc them|tin cung muc|tin noi bat)\s*[:.]?\s*(\(.{0,30}\))?$"
)
_TERMINAL = re.compile(r"""([.!?…;:"”)]|\./\.)\s*$""")
_SENTENCE_END = re.compile(r"[.!?…;:]\s*$")
_LIST_ITEM = re.compile(r"^([-–+•*▪●○◦·]|\d{1,2}[.)]|[a-zđ][.)])\s")
_AUTHOR_PREFIX = re.compile(
    r"^(?:(?:tin|bai|anh|tin va anh|bai va anh|tin, anh|bai, anh|tin/anh|bai/anh|tac gia"
    r"|nguoi viet|phong vien|nguon)\s*:|theo\s)\s*"
)


def is_boilerplate_line(line: str) -> bool:
    """A line that is portal furniture on any page: counters, widgets, footers, captions."""
    stripped = line.strip()
    if not stripped:
        return True
    key = fold(stripped)
    return bool(
        (len(key) < 80 and _COUNTER.search(key))
        or _WIDGET.match(key)
        or _FOOTER.search(key)
        or (len(key) < 300 and _CAPTION.search(key))
        or _BADGE.match(key)
        or _NUMBER_ONLY.match(key)
        or _NO_WORDS.match(key)
        or _MENU_BAR.match(key)
        or (_BREADCRUMB.match(key) and len(key) < 200 and not _TERMINAL.search(key))
    )


def is_end_of_article(line: str) -> bool:
    """A heading after which a portal lists other articles, comments or links: stop there."""
    return len(line) < 80 and bool(_END_OF_ARTICLE.match(fold(line.strip())))


# --- site templates ----------------------------------------------------------------------

_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")


def template_key(line: str) -> str:
    """A line's identity across pages: folded, numbers and spacing ignored."""
    return _SPACES.sub(" ", _DIGITS.sub("0", fold(line))).strip(" .:|-")


@dataclass(frozen=True)
class SiteTemplate:
    """Lines one site repeats on many of its pages: its menus, sidebars and footer."""

    keys: frozenset[str] = frozenset()
    pages: int = 0

    @classmethod
    def learn(
        cls, pages: Iterable[str], *, min_share: float = 0.4, min_pages: int = 3
    ) -> SiteTemplate:
        """Learn from HTML or plain-text pages of ONE site; fewer than `min_pages` learns nothing.

        A line counts once per page; it is boilerplate when it appears on at least
        `min_share` of the pages (and on `min_pages` of them).
        """
        return cls.from_lines(
            (page_lines(page) if looks_like_html(page) else page.splitlines() for page in pages),
            min_share=min_share,
            min_pages=min_pages,
        )

    @classmethod
    def from_lines(
        cls, pages: Iterable[list[str]], *, min_share: float = 0.4, min_pages: int = 3
    ) -> SiteTemplate:
        """Learn from pages already split into lines (see `learn`)."""
        seen: Counter[str] = Counter()
        count = 0
        for lines in pages:
            seen.update({k for line in lines if len(k := template_key(line)) > 1})
            count += 1
        if count < min_pages:
            return cls(frozenset(), count)
        needed = max(min_pages, min_share * count)
        return cls(frozenset(k for k, n in seen.items() if n >= needed), count)

    def is_boilerplate(self, line: str) -> bool:
        return template_key(line) in self.keys

    def clean(self, text: str) -> str:
        """`text` without the template's lines, paragraphs kept."""
        kept = [x for x in text.split("\n") if not x.strip() or not self.is_boilerplate(x)]
        return _squeeze_blank_lines("\n".join(kept))


# --- HTML to lines and main text ---------------------------------------------------------

_BLOCK_TAGS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "dd", "details", "div", "dl",
    "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5",
    "h6", "header", "hr", "li", "main", "nav", "ol", "option", "p", "pre", "section", "summary",
    "table", "tbody", "td", "tfoot", "th", "thead", "title", "tr", "ul",
})
_INVISIBLE = ("script", "style", "noscript", "template", "svg", "iframe", "object", "head")
_HTML_HINT = re.compile(r"<(!doctype|html|head|body|div|p|table|meta|span|br)\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return bool(_HTML_HINT.search(text[:4096]))


def parse_html(html: str) -> lxml_html.HtmlElement:
    """An lxml tree of possibly broken HTML; raises ValueError when nothing can be parsed."""
    try:
        root = lxml_html.document_fromstring(
            html.encode("utf-8", errors="replace"),
            parser=lxml_html.HTMLParser(encoding="utf-8", remove_comments=True),
        )
    except (etree.ParserError, ValueError) as exc:
        raise ValueError(f"unparseable HTML ({exc})") from exc
    if root is None:
        raise ValueError("unparseable HTML (no document)")
    return root


def page_lines(html: str | lxml_html.HtmlElement) -> list[str]:
    """Every visible text line of a page, in reading order, the way a text dump shows it."""
    return [line.text for line in page_line_records(html)]


@dataclass(frozen=True)
class PageLine:
    """A visible line of a page and the share of its characters that are link text."""

    text: str
    link_share: float = 0.0


def page_line_records(html: str | lxml_html.HtmlElement) -> list[PageLine]:
    """`page_lines`, each line with how much of it is inside <a> elements."""
    root = parse_html(html) if isinstance(html, str) else html
    parts: list[tuple[str, bool]] = []
    _collect_text(root, parts, False)
    records: list[PageLine] = []
    pieces: list[str] = []
    counts = [0, 0]  # characters other than spaces: in links, in all

    def close_line() -> None:
        line = _SPACES.sub(" ", "".join(pieces)).strip()
        if line:
            records.append(PageLine(nfc(line), counts[0] / counts[1] if counts[1] else 0.0))
        pieces.clear()
        counts[:] = [0, 0]

    for text, linked in parts:
        for n, piece in enumerate(text.split("\n")):
            if n:
                close_line()
            pieces.append(piece)
            weight = sum(map(len, piece.split()))  # spacing between tags weighs nothing
            counts[1] += weight
            counts[0] += weight if linked else 0
    close_line()
    return records


def _collect_text(element, parts: list[tuple[str, bool]], linked: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _INVISIBLE:
        return
    block = tag in _BLOCK_TAGS
    inside = linked or tag == "a"
    if block:
        parts.append(("\n", linked))
    if tag in ("td", "th"):
        parts.append((" ", linked))
    if element.text and tag:
        parts.append((element.text, inside))
    for child in element:
        _collect_text(child, parts, inside)
        if child.tail:
            parts.append((child.tail, inside))
    if block:
        parts.append(("\n", linked))


def main_text(html: str) -> str:
    """The main content of an HTML page by trafilatura: paragraphs, list items, table rows."""
    document = trafilatura.bare_extraction(
        html,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        deduplicate=False,
        with_metadata=False,
    )
    body = getattr(document, "body", None)
    if body is None:
        return ""
    return _squeeze_blank_lines("\n\n".join(_blocks(body)))


def _blocks(body) -> list[str]:
    """Text blocks of trafilatura's output tree: a paragraph per block, lists line by line."""
    for lb in body.iter("lb"):
        lb.tail = "\n" + (lb.tail or "")
    return [b for b in _container_blocks(body) if b.strip()]


_BLOCK_CHILDREN = ("p", "head", "list", "table", "quote", "code")


def _container_blocks(container) -> list[str]:
    blocks: list[str] = []
    if container.text and container.text.strip():
        blocks.extend(_paragraphs(container.text))
    for child in container:
        if child.tag == "list":
            items = [_inline(item) for item in child.iter("item")]
            blocks.append("\n".join(i for i in items if i))
        elif child.tag == "table" and _is_layout(child):
            # Old portals lay the whole page out in a table: read its cells as pages.
            for cell in child.iter("cell"):
                blocks.extend(_container_blocks(cell))
        elif child.tag == "table":
            rows = [" | ".join(_inline(c) for c in row.iter("cell")) for row in child.iter("row")]
            blocks.append("\n".join(r for r in rows if r.strip(" |")))
        else:
            blocks.extend(_paragraphs("".join(child.itertext())))
        if child.tail and child.tail.strip():
            blocks.extend(_paragraphs(child.tail))
    return blocks


def _is_layout(table) -> bool:
    return any(cell.find(tag) is not None for cell in table.iter("cell") for tag in _BLOCK_CHILDREN)


def _inline(element) -> str:
    return _SPACES.sub(" ", "".join(element.itertext())).strip()


def _paragraphs(text: str) -> list[str]:
    # A <br> inside a block separates paragraphs on most portals: keep each as its own.
    return [p for p in (_SPACES.sub(" ", line).strip() for line in text.split("\n")) if p]


def _squeeze_blank_lines(text: str) -> str:
    return re.sub(r"\n{3,}", "\n\n", text).strip()


# --- page structure ----------------------------------------------------------------------

_DATE_TOKEN = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{2}-\d{2}(t[\d:.+z-]*)?"
    r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
)
_DATE_LINE_NOISE = re.compile(
    r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{4}-\d{2}-\d{2}(t[\d:.+z-]*)?"
    r"|\d{1,2}\s*(:|h)\s*\d{2}(\s*:\s*\d{2})?(\s*(am|pm|sa|ch|gmt[+\d]*))?"
    r"|ngay\s+\d{1,2}\s+thang\s+\d{1,2}\s+nam\s+\d{4}"
    r"|ngay dang|dang ngay|ngay cap nhat|cap nhat( luc)?|ngay xuat ban|xuat ban|dang luc|thoi gian"
    r"|ngay|luc|posted( on)?|published|updated|date|chu nhat|thu (hai|ba|tu|nam|sau|bay)"
    r"|(luot xem|luot doc|view count|views?|da xem)\s*:?\s*[\d.,]*|gmt|[|(),:/-]"
)
_WEEKDAY = re.compile(r"\b(chu nhat|thu (hai|ba|tu|nam|sau|bay)|monday|tuesday|wednesday"
                      r"|thursday|friday|saturday|sunday)\b")


def is_date_line(line: str) -> bool:
    """A short line that is mostly a date/time ("Ngày đăng 07/08/2020 | 10:04 | View count")."""
    key = fold(line)
    if len(key) > 120 or not _DATE_TOKEN.search(key):
        return False
    residue = _DATE_LINE_NOISE.sub(" ", key).split()
    return len(residue) <= 3


def is_title_like(line: str) -> bool:
    """A line that can be an article title: a few words, not furniture, not a category label."""
    words = line.split()
    if not 3 <= len(words) <= 60 or len(line) > 400:
        return False
    if is_boilerplate_line(line) or is_date_line(line) or is_end_of_article(line):
        return False
    letters = [ch for ch in line if ch.isalpha()]
    # Upper-case short lines are category labels ("TIN TỨC HOẠT ĐỘNG").
    return not (letters and all(ch.isupper() for ch in letters) and len(words) < 7)


@dataclass
class PageParts:
    """A page split into what surrounds the article and the article itself."""

    title: str | None = None
    date_line: str | None = None
    header: list[str] = field(default_factory=list)  # lines above the title (breadcrumbs...)
    body_lines: list[str] = field(default_factory=list)  # raw lines after the date line
    blank_before: list[bool] = field(default_factory=list)  # a blank line preceded each


def split_page(
    lines: list[str], title_hint: str | None = None, links: LinkShares | None = None
) -> PageParts:
    """Find title, date line and where the body starts in a page's lines (blank lines kept).

    `title_hint` (an HTML page's <title> or og:title) picks the title line when one matches.
    `links` (an HTML page's link share per line) says which lines are links; without it,
    runs of link-shaped lines are (see `linklines`), and no link is a title.
    """
    content = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    texts = [t for _, t in content]
    if links is not None:
        linked = {n for n, text in enumerate(texts) if _link_share(text, links) >= LINKED}
    else:
        # A headline has its dateline under it: that shape is no menu entry.
        linked = link_runs(texts, lambda n: looks_like_link(texts[n]) and not (
            n + 1 < len(texts) and is_date_line(texts[n + 1])))
    title_at, date_at = _locate_title(texts, title_hint, linked)
    parts = PageParts()
    if title_at is not None:
        parts.title = texts[title_at]
        parts.header = texts[:title_at]
    if date_at is not None:
        parts.date_line = texts[date_at]
    start = max(x for x in (title_at, date_at, -1) if x is not None) + 1
    for n in range(start, len(content)):
        index, text = content[n]
        previous = content[n - 1][0] if n else -1
        parts.body_lines.append(text)
        parts.blank_before.append(index - previous > 1)
    return parts


def _locate_title(
    texts: list[str], hint: str | None, linked: set[int] = frozenset()
) -> tuple[int | None, int | None]:
    """(title index, date line index): the title line next to its date line. Lines in
    `linked` (links, menu runs) and bullet lines are never the title."""
    limit = min(len(texts), 120)

    def can_be_title(n: int) -> bool:
        return n not in linked and not is_bullet(texts[n]) and is_title_like(texts[n])

    hinted = _hinted_title(texts[:limit], hint)
    if hinted is not None:
        near = [d for d in (hinted + 1, hinted - 1)
                if 0 <= d < len(texts) and is_date_line(texts[d])]
        return hinted, (near[0] if near else None)
    candidates: list[tuple[int, int]] = []
    for d in range(limit):
        if not is_date_line(texts[d]):
            continue
        if d > 0 and can_be_title(d - 1):
            candidates.append((d - 1, d))
        # Some portals print the date above the title: require body text after the title.
        elif d + 2 < len(texts) and can_be_title(d + 1) and len(texts[d + 2]) > 120:
            candidates.append((d + 1, d))
    if candidates:
        # The header's "today" line ("Chủ nhật, ngày 27 tháng 11 năm 2022") has a weekday
        # and menus after it; a publication line mostly has no weekday and the body after.
        def rank(candidate: tuple[int, int]) -> tuple[bool, bool, int]:
            after = max(candidate) + 1
            body_follows = after < len(texts) and len(texts[after]) > 120
            return bool(_WEEKDAY.search(fold(texts[candidate[1]]))), not body_follows, after

        return min(candidates, key=rank)
    # No dateline: only a headline's shape (short, no sentence end) above a paragraph.
    for t in range(limit):
        if (can_be_title(t) and len(texts[t]) <= 200 and not _SENTENCE_END.search(texts[t])
                and t + 1 < len(texts) and len(texts[t + 1]) > 120):
            return t, None
    return None, None


def _hinted_title(texts: list[str], hint: str | None) -> int | None:
    """The line that is the page's <title>, or its part beside a site name ("... - Sở X")."""
    key = _SPACES.sub(" ", fold(hint or "")).strip()
    if len(key) < 10:
        return None
    for n, line in enumerate(texts):
        line_key = _SPACES.sub(" ", fold(line)).strip()
        if len(line_key) < max(10, len(key) // 3) or not is_title_like(line):
            continue
        if key == line_key:
            return n
        after = key[len(line_key):] if key.startswith(line_key) else None
        before = key[: -len(line_key)] if key.endswith(line_key) else None
        if (after and _TITLE_GLUE.match(after)) or (before and _TITLE_GLUE_END.search(before)):
            return n
    return None


_TITLE_GLUE = re.compile(r"^\s*[-|–—:»/]\s")
_TITLE_GLUE_END = re.compile(r"\s[-|–—:»/]\s*$")


# --- the article body --------------------------------------------------------------------


@dataclass
class CleanText:
    """An article's clean body and what was found around it."""

    text: str
    title: str | None = None
    date_line: str | None = None
    author: str | None = None
    header: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)  # dropped lines after the body: evidence


def clean_lines(
    lines: list[str],
    blank_before: list[bool] | None = None,
    template: SiteTemplate | None = None,
    *,
    keep_line_breaks: bool = False,
    links: LinkShares | None = None,
) -> CleanText:
    """Body lines to clean text: stop at related lists, drop furniture and link lists, take
    the author off.

    `blank_before[i]` says a blank line preceded line i (a new paragraph). Without
    `keep_line_breaks`, lines not separated by a blank line still become paragraphs of
    their own unless both are list items (text dumps lose their blank lines). `links`
    (an HTML page's link share per line) drops each line that is a link (a related
    article inside the body) and runs of mostly linked lines; without it, runs of
    link-shaped lines go (see `linklines`).
    """
    blank_before = blank_before or [True] * len(lines)
    if links is None:
        listed = link_runs(lines)
    else:
        listed = link_runs(lines, lambda n: _link_share(lines[n], links) >= LINKED)
        listed |= {n for n, line in enumerate(lines) if _link_share(line, links) >= ALL_LINK}
    entries: list[tuple[str, bool, bool]] = []  # (line, blank before, site template line)
    footer: list[str] = []
    resume = 0  # after a related box inside the article: where its text goes on
    for n, line in enumerate(lines):
        if n < resume:
            footer.append(line)
            continue
        if is_end_of_article(line):
            if links is not None and (resume := _inline_box_end(lines, n, links)):
                footer.append(line)  # "Tin liên quan" and its links, then the article again
                continue
            if any(len(entry[0]) > 60 for entry in entries):
                footer.extend(lines[n:])
                break
            # A "Tin mới" sidebar above the article is no end: drop just the heading.
            footer.append(line)
            continue
        if n in listed or is_boilerplate_line(line):
            footer.append(line)
            continue
        templated = bool(template and template.is_boilerplate(line))
        entries.append((line, blank_before[n], templated))
    kept = _drop_template_lines(entries, footer)
    author = _take_author(kept, footer)
    return CleanText(text=_join_paragraphs(kept, keep_line_breaks), author=author, footer=footer)


def _inline_box_end(lines: list[str], heading: int, links: LinkShares) -> int:
    """Where the article goes on after a related box inside it: a heading, links only,
    then two lines of plain text, the first a paragraph; 0 when the heading ends the
    article (what follows alternates links and their summaries, or nothing)."""
    n = heading + 1
    while n < len(lines) and _link_share(lines[n], links) >= LINKED:
        n += 1
    after = lines[n:n + 2]
    if n == heading + 1 or len(after) < 2 or len(after[0]) < 80:
        return 0
    return n if all(_link_share(x, links) < LINKED for x in after) else 0


def _drop_template_lines(
    entries: list[tuple[str, bool, bool]], footer: list[str]
) -> list[tuple[str, bool]]:
    """Drop the site's repeated lines, except a name after the last paragraph: a site's
    reporters sign many of its articles, so their names repeat like a template."""
    last_body = max((n for n, (line, _, t) in enumerate(entries) if not t and len(line) > 60),
                    default=-1)
    kept: list[tuple[str, bool]] = []
    for n, (line, blank, templated) in enumerate(entries):
        if templated and not (n > last_body and _author_name(line)):
            footer.append(line)
        else:
            kept.append((line, blank))
    return kept


def _take_author(kept: list[tuple[str, bool]], footer: list[str]) -> str | None:
    """Remove the short lines after the last paragraph; the first name among them is the author."""
    tail: list[str] = []
    while kept and _is_short_label(kept[-1][0]) and len(kept) > 1:
        tail.insert(0, kept.pop()[0])
    if not tail:
        return None
    if not _TERMINAL.search(kept[-1][0]) and _author_name(tail[0]) is None:
        # The body does not end in a sentence and no signature follows: the short lines
        # may be the body's own last words, so they stay.
        kept.extend((line, True) for line in tail)
        return None
    footer.extend(tail)
    return next((name for line in tail if (name := _author_name(line))), None)


def _is_short_label(line: str) -> bool:
    # Three words at most: longer unpunctuated lines are list items or headings of the body.
    return (
        len(line) <= 40
        and len(line.split()) <= 3
        and not _TERMINAL.search(line)
        and not _LIST_ITEM.match(line)
    ) or _author_name(line) is not None


_NAME_WORD = re.compile(r"^[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*$")


def _author_name(line: str) -> str | None:
    """'Trung Hiếu', 'Tin, ảnh: Thanh Tuấn', '(Theo Báo Kon Tum)' → the name, else None."""
    text = line.strip().strip("()").strip()
    if not text or len(text) > 80 or re.search(r"[.!?;:]$", text):
        return None
    prefixed = _AUTHOR_PREFIX.match(fold(text))  # fold keeps offsets
    if prefixed:
        # "Theo chinhphu.vn" names a source, and the word says so: keep it whole.
        name = text if fold(text).startswith("theo ") else text[prefixed.end():]
        return name.strip(" -–.") or None
    words = text.replace("-", " ").split()
    if 2 <= len(words) <= 5 and len(text) <= 40 and all(_NAME_WORD.match(w) for w in words):
        return text
    return None


def _join_paragraphs(kept: list[tuple[str, bool]], keep_line_breaks: bool = False) -> str:
    """Blank line between paragraphs; list items and table rows on consecutive lines."""
    out: list[str] = []
    for n, (line, blank) in enumerate(kept):
        if n:
            previous = kept[n - 1][0]
            listed = _LIST_ITEM.match(line) and _LIST_ITEM.match(previous)
            tight = not blank and (keep_line_breaks or listed)
            out.append("\n" if tight else "\n\n")
        out.append(line)
    return nfc("".join(out))


def clean_text_dump(text: str, template: SiteTemplate | None = None) -> CleanText:
    """Clean a plain-text page dump: header, title, date line, body, author, footer."""
    lines = nfc(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts = split_page(lines)
    result = clean_lines(parts.body_lines, parts.blank_before, template)
    result.title, result.date_line, result.header = parts.title, parts.date_line, parts.header
    return result


def clean_main_text(
    text: str,
    title: str | None,
    template: SiteTemplate | None = None,
    links: LinkShares | None = None,
) -> CleanText:
    """Clean trafilatura's main text: drop what precedes the title and the title itself
    (wherever it repeats)."""
    lines: list[str] = []
    blank: list[bool] = []
    for block in text.split("\n\n"):
        for n, line in enumerate(block.split("\n")):
            lines.append(line.strip())
            blank.append(n == 0)
    folded_title = _match_key(title or "")
    head = 0
    # Whatever precedes the title is page header (a layout table puts sidebars there too),
    # when the title heads the text: a headline repeated below the body (a share box)
    # heads nothing.
    sizes = [len(line) for line in lines]
    for n, line in enumerate(lines[:60]):
        if folded_title and _match_key(line) == folded_title:
            after = sum(sizes[n + 1:])
            if after >= 200 or after >= sum(sizes[:n]):
                head = n + 1
                break
    while head < len(lines) and is_date_line(lines[head]):
        head += 1
    # The headline again below the body (share boxes, "read more" lists) is no body text.
    body = [(line, blank[n]) for n, line in enumerate(lines) if n >= head
            and not (folded_title and _match_key(line) == folded_title)]
    result = clean_lines([line for line, _ in body], [b for _, b in body], template,
                         keep_line_breaks=True, links=links)
    result.header = lines[:head]
    return result


def restore_dropped(
    main: str,
    by_lines: str,
    *,
    links: LinkShares | None = None,
    lead: str | None = None,
    first_is_lead: bool = False,
    min_chars: int = 60,
) -> str:
    """Put back the sentences trafilatura dropped from the article, taken from the page's
    own lines, where the page shows them to be article text:

    - between two lines both texts share: a paragraph of its own that is not link text and
      does not follow a link (that is a related headline's summary), as when trafilatura
      judged a paragraph full of document links too link-heavy;
    - before the first shared line, only the lead: the page's description (`lead`) or,
      with `first_is_lead` (the page's title was found just above), the first sentence.

    What follows the last shared line (related lists, sidebars) never comes back.
    """
    blocks = [b for b in main.split("\n\n") if b.strip()]
    block_keys = [_match_key(b) for b in blocks]
    line_home = {_match_key(x): k for k, b in enumerate(blocks) for x in b.split("\n")}
    lines = [x for x in by_lines.split("\n") if x.strip()]
    home = [_home_block(_match_key(x), line_home, block_keys) for x in lines]
    shared = [n for n, b in enumerate(home) if b is not None]
    if not shared:
        return main

    def linked(n: int) -> bool:
        return links is not None and _link_share(lines[n], links) >= LINKED

    inserts: dict[int, list[str]] = {}
    for n in range(shared[-1]):
        if home[n] is not None or len(lines[n]) < min_chars or linked(n):
            continue
        if n < shared[0]:
            lead_line = _is_lead(lines[n], lead) or (
                first_is_lead and n == 0 and bool(_TERMINAL.search(lines[n])))
            if not lead_line:
                continue
        elif home[n - 1] is None and linked(n - 1):
            continue
        following = next(home[m] for m in range(n + 1, len(lines)) if home[m] is not None)
        inserts.setdefault(following, []).append(lines[n])
    if not inserts:
        return main
    out: list[str] = []
    for k, block in enumerate(blocks):
        out.extend(inserts.get(k, []))
        out.append(block)
    return "\n\n".join(out)


def _home_block(key: str, line_home: dict[str, int], block_keys: list[str]) -> int | None:
    """The main-text block holding a page line: the same line, or (a line long enough not
    to match by chance) inside a block trafilatura merged it into."""
    if not key:
        return None
    if key in line_home:
        return line_home[key]
    if len(key) < 40:
        return None
    return next((k for k, block in enumerate(block_keys) if key in block), None)


def _is_lead(line: str, description: str | None) -> bool:
    """The page's own summary (meta description), give or take a prefix or a cut end."""
    a, b = _match_key(line), _match_key(description or "")
    if len(a) < 40 or len(b) < 40:
        return False
    return a[-60:] in b or b[-60:] in a or a[:60] in b or b[:60] in a


# --- link lines --------------------------------------------------------------------------

LinkShares = Mapping[str, float]  # a line's match key → the share of its letters in links
LINKED = 0.5  # mostly link text: a menu entry or a related headline when in a run
ALL_LINK = 0.8  # a line that is a link: a related article, wherever it sits


def link_shares(records: Iterable[PageLine]) -> dict[str, float]:
    """Each page line's link share by match key, so trafilatura's lines find theirs. A line
    shown both as a link and as plain text (a headline repeated in a sidebar) is plain."""
    shares: dict[str, float] = {}
    for record in records:
        key = _match_key(record.text)
        shares[key] = min(shares.get(key, 1.0), record.link_share)
    return shares


def _link_share(line: str, links: LinkShares) -> float:
    return links.get(_match_key(line), 0.0)


def _match_key(text: str) -> str:
    return _SPACES.sub(" ", fold(text)).strip()
