"""An HTML article page read whole: title and date by evidence, body by trafilatura.

trafilatura picks the main text; the page's own lines (with which of them are links) check
it: they locate the title and dateline, put back what trafilatura dropped only where the
page shows it to be article text (see `cleaning.restore_dropped`), take out related links
left inside the article, and stand in when trafilatura finds no main block.
"""

from __future__ import annotations

from dataclasses import dataclass

from indexer.extract.cleaning import (
    CleanText,
    PageLine,
    SiteTemplate,
    clean_lines,
    clean_main_text,
    link_shares,
    main_text,
    page_line_records,
    parse_html,
    restore_dropped,
    split_page,
)
from indexer.extract.evidence import FieldChoice, choose_date, choose_title, json_ld
from indexer.extract.metadata import html_meta

_CLAIMED = ("h1", "og:title", "json-ld")  # title sources that can point at the title line


@dataclass
class HtmlArticle:
    """What an HTML page says: its title, its clean body and its publication date."""

    title: FieldChoice
    clean: CleanText
    published: FieldChoice


def read_html_article(
    html: str,
    template: SiteTemplate | None = None,
    *,
    url: str = "",
    order: str | None = None,
    records: list[PageLine] | None = None,
) -> HtmlArticle:
    """Title, clean text and date of an HTML page; `order` is the site's "dmy" or "mdy";
    `records` the page's lines when already read."""
    root = parse_html(html)
    meta = html_meta(root)
    ld = json_ld(root)
    records = page_line_records(root) if records is None else records
    lines = [record.text for record in records]
    links = link_shares(records)
    title = choose_title(meta, None, ld)
    if title.source in _CLAIMED:
        parts = split_page(lines, title.value, links)
    else:
        parts = split_page(lines, meta.get("og:title") or meta.get("<title>"), links)
        title = choose_title(meta, parts.title, ld)
    by_lines = clean_lines(parts.body_lines, parts.blank_before, template, links=links)
    clean = clean_main_text(main_text(html), title.value, template, links)
    clean.text = restore_dropped(
        clean.text, by_lines.text, links=links,
        lead=meta.get("og:description") or meta.get("description"),
        first_is_lead=parts.title is not None,
    )
    if len(clean.text) < 80 <= len(by_lines.text):
        clean = by_lines  # trafilatura found no main block
    clean.date_line, clean.header, clean.footer = parts.date_line, parts.header, by_lines.footer
    clean.author = clean.author or by_lines.author
    top = "\n".join([*clean.header[-3:], title.value or "", clean.text[:400]])
    published = choose_date(meta, ld=ld, shown="\n".join(lines), title=title.value,
                            date_line=parts.date_line, top=top, url=url, html=html, order=order)
    return HtmlArticle(title, clean, published)
