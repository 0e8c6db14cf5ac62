"""`bulletin status` and `bulletin cited-by`: is a document in force, and who cites it."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from indexer.cli.common import _escape, _settings, out
from indexer.errors import InputError
from indexer.parsing.citations import number_named_by
from indexer.parsing.identity import parse_identity
from indexer.parsing.textnorm import nfc


def _wanted(text: str) -> str:
    """An identity as given, or the normalised number a text names."""
    text = nfc(text).strip()
    if parse_identity(text) is not None:
        return text
    number = number_named_by(text)
    if not number:
        raise InputError(f"{text!r} is not a document number: give one like 12/2020/QĐ-UBND "
                         "or an identity like '12/2020/QĐ-UBND|Ủy ban nhân dân tỉnh|Kon Tum|2020'")
    return number


def status_json(service, text: str) -> list[dict]:
    """The status of each document the number (or identity) names, with its evidence."""
    return [s.to_json() for s in service.statuses(_wanted(text))]


def status(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(
        help='A document number ("12/2020/QĐ-UBND") or an identity ("NUMBER|ISSUER|PROVINCE|'
             'YEAR").')],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Whether each document a number names is in force, amended, replaced, repealed or
    expired (or unknown), by which documents, since when, and the sentences saying so."""
    from indexer.query.service import open_service

    wanted = _wanted(document)
    service = open_service(_settings(ctx))
    try:
        found = status_json(service, wanted)
    finally:
        service.close()
    if as_json:
        print(json.dumps({"query": wanted, "documents": found}, ensure_ascii=False, indent=2))
        return
    if not found:
        out.print(f"no document {wanted!r} in the archive")
        return
    for entry in found:
        since = f" since {entry['since']}" if entry["since"] else ""
        by = f" by {', '.join(entry['by'])}" if entry["by"] else ""
        table = Table(title=_escape(f"{entry['identity']}: {entry['status']}{by}{since}"),
                      caption=_escape(entry["reason"]))
        for column in ("evidence", "by", "since", "confidence", "sentence / page"):
            table.add_column(column)
        for e in entry["evidence"]:
            table.add_row(e["kind"] + (" (pending)" if e["pending"] else ""),
                          _escape(e["by"] or "itself"), e["since"] or "", e["confidence"],
                          _escape(f"{e['sentence']}\n{e['url']}"))
        out.print(table)


def cited_by(
    ctx: typer.Context,
    document: Annotated[str, typer.Argument(
        help='A document identity, or a number naming one document.')],
    province: Annotated[str | None, typer.Option(help="Citing pages of this province.")] = None,
    issuer: Annotated[str | None, typer.Option(help="Citing pages of this issuer.")] = None,
    year: Annotated[int | None, typer.Option(help="Citing pages of this year.")] = None,
    relation: Annotated[str | None, typer.Option(
        help="cites, implements, amends, replaces or repeals.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """The pages citing one document, each with the sentence citing it; filters by the citing
    page's province, issuer and year and by relation, with counts per facet; mentions of the
    number that name no known document are listed apart."""
    from indexer.query.service import open_service

    wanted = _wanted(document)
    service = open_service(_settings(ctx))
    try:
        identities = [wanted] if parse_identity(wanted) else [
            d.identity for d in service.documents(wanted).documents]
        if len(identities) != 1:
            raise InputError(f"{wanted!r} names {len(identities)} documents: give one identity "
                             f"({'; '.join(identities) or 'none found'})")
        found = service.cited_by_document(identities[0], province=province, issuer=issuer,
                                          year=year, relation=relation).to_json()
    finally:
        service.close()
    if as_json:
        print(json.dumps(found, ensure_ascii=False, indent=2))
        return
    counts = "; ".join(f"{name}: " + ", ".join(f"{k} {v}" for k, v in values.items())
                       for name, values in found["facets"].items() if values)
    table = Table(title=_escape(f"{len(found['rows'])} of {found['total']} citing pages of "
                                f"{found['identity']}"), caption=_escape(counts))
    for column in ("published", "province", "issuer", "relation", "sentence / page"):
        table.add_column(column)
    for row in found["rows"]:
        table.add_row((row["published"] or "")[:10], _escape(row["province"] or ""),
                      _escape(row["issuer"] or ""), row["relation"],
                      _escape(f"{row['sentence']}\n{row['url']}"))
    out.print(table)
    if found["unresolved"]:
        out.print(f"{len(found['unresolved'])} mentions of the number name no known document:")
        for row in found["unresolved"]:
            out.print(_escape(f"  {row['url']}: {row['sentence']}"))
