"""`bulletin similar`: what a researcher holding one page reads next, and why."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from indexer.cli.common import _escape, _settings, out


def similar(
    ctx: typer.Context,
    page: Annotated[str, typer.Argument(help="A page id or the page's URL.")],
    limit: Annotated[int, typer.Option(help="Number of related pages.")] = 10,
    lang: Annotated[str, typer.Option(help="Language of the reasons: vi or en.")] = "vi",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Pages related to a page: reposts, documents it implements or that implement it,
    pages answering the same document, similar text; each with its reasons."""
    from indexer.query.service import open_service

    service = open_service(_settings(ctx))
    try:
        related = service.related(page, limit=limit)
    finally:
        service.close()
    if as_json:
        records = [
            {
                "page_id": item.hit.page_id,
                "url": item.hit.url,
                "title": item.hit.title,
                "published": item.hit.published,
                "province": item.hit.province,
                "score": item.score,
                "reasons": [
                    {"kind": r.kind, "number": r.number, "weight": r.weight,
                     "text": r.describe(lang)}
                    for r in item.reasons
                ],
            }
            for item in related
        ]
        print(json.dumps({"page": page, "related": records}, ensure_ascii=False, indent=2))
        return
    if not related:
        out.print(f"nothing related to {page!r} yet")
        return
    table = Table(title=f"related to {page}", show_lines=True)
    for column in ("#", "page", "why", "score"):
        table.add_column(column)
    for rank, item in enumerate(related, 1):
        why = "; ".join(r.describe(lang) for r in item.reasons)
        table.add_row(
            str(rank),
            f"[bold]{_escape(item.hit.title or item.hit.url)}[/]\n[dim]{_escape(item.hit.url)}[/]",
            _escape(why),
            f"{item.score:.2f}",
        )
    out.print(table)
