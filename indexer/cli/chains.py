"""`bulletin chain`: the documents a number names, and the pages citing each, N hops out."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from indexer.cli.common import _escape, _settings, out
from indexer.errors import InputError
from indexer.parsing.citations import number_named_by


def chain(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help='A document number: "07/CT-UBND".')],
    province: Annotated[str | None, typer.Option(help="Only the documents of this province.")]
    = None,
    year: Annotated[int | None, typer.Option(help="Only the documents of this year.")] = None,
    hops: Annotated[int, typer.Option(help="Hops to follow: 2 adds the pages citing the "
                                           "documents the first hop's pages issue.")] = 1,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every document a number names (one per issuer, province and year) and the pages
    citing or implementing each; ambiguous mentions are listed apart."""
    from indexer.query.service import open_service

    wanted = number_named_by(number)
    if not wanted or hops < 1:
        raise InputError(f"{number.strip()!r} is not a document number: give one like "
                         "07/CT-UBND" if not wanted else f"--hops {hops}: use 1 or more")
    service = open_service(_settings(ctx))
    try:
        documents = documents_json(service, wanted, province, year, hops)
    finally:
        service.close()
    if as_json:
        print(json.dumps({"number": wanted, "documents": documents}, ensure_ascii=False,
                         indent=2))
        return
    if not documents:
        out.print(f"no document numbered {wanted!r} in the archive")
        return
    for document in documents:
        out.print(_table(document))


def documents_json(service, number: str, province: str | None, year: int | None,
                   hops: int) -> list[dict]:
    """One entry per identity (and one for the ambiguous mentions, identity None)."""
    named = service.documents(number, province=province, year=year)
    entries = []
    for record in named.documents:
        chain = service.chain(record.identity, hops=hops) if hops > 1 else None
        pages = [_page(m.page, m.relation) for m in record.mentions]
        pages = [*(_page(hit, "issues") for hit in record.issued_by), *pages]
        if chain is not None:
            direct = {page["url"] for page in pages}
            pages += [_page(hit, f"hop {chain.page_hops[page_id]}")
                      for page_id, hit in chain.pages.items() if hit.url not in direct]
        entries.append({
            "identity": record.identity, "number": record.number, "type": record.type,
            "issuer": record.issuer, "province": record.province, "year": record.year,
            "date": record.date, "title": record.title, "confidence": record.confidence,
            "status": _status(service, record.identity),
            "pages": pages,
        })
    if named.ambiguous:
        entries.append({
            "identity": None, "number": number, "type": None, "issuer": None,
            "province": None, "year": None, "date": None, "title": None,
            "confidence": "ambiguous", "status": None,
            "pages": [_page(m.page, m.relation) for m in named.ambiguous],
        })
    return entries


def _status(service, identity: str) -> dict | None:
    """Whether the document is in force, amended, replaced or repealed, with the evidence."""
    found = service.status(identity)
    return found.to_json() if found else None


def _page(hit, relation: str) -> dict:
    return {"url": hit.url, "title": hit.title, "published": hit.published,
            "province": hit.province, "relation": relation}


def _table(document: dict) -> Table:
    place = " ".join(str(v) for v in (document["issuer"], document["province"],
                                      document["year"]) if v)
    title = f"{document['number']} · {place or 'ambiguous'} · {document['confidence']}"
    if document.get("status"):
        status = document["status"]
        by = f" by {', '.join(status['by'])}" if status["by"] else ""
        title += f" · {status['status']}{by}"
    table = Table(title=_escape(title), caption=_escape(document["title"] or ""))
    for column in ("published", "province", "relation", "page"):
        table.add_column(column)
    for page in document["pages"]:
        table.add_row((page["published"] or "")[:10], _escape(page["province"] or ""),
                      page["relation"], _escape(f"{page['title'] or ''}\n{page['url']}"))
    return table


def search_documents(service, query: str, hits) -> list[dict]:
    """For `bulletin search NUMBER --json`: the hits grouped by the document each page
    publishes or mentions (ambiguous mentions in a group of their own); empty when the
    query names no document number."""
    wanted = number_named_by(query)
    if not wanted:
        return []
    shown = {hit.page_id for hit in hits}
    groups = []
    for entry, pages in _grouped(service.documents(wanted)):
        page_ids = [page_id for page_id in dict.fromkeys(pages) if page_id in shown]
        if page_ids:
            groups.append({**entry, "page_ids": page_ids})
    return groups


def _grouped(named) -> list[tuple[dict, list[str]]]:
    groups = [({"identity": d.identity, "number": d.number, "issuer": d.issuer,
                "province": d.province, "year": d.year, "title": d.title,
                "confidence": d.confidence},
               [h.page_id for h in d.issued_by] + [m.page.page_id for m in d.mentions])
              for d in named.documents]
    if named.ambiguous:
        groups.append(({"identity": None, "number": named.number, "confidence": "ambiguous"},
                       [m.page.page_id for m in named.ambiguous]))
    return groups
