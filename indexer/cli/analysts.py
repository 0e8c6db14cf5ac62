"""`bulletin compare`: every province's answer to a central document, and optionally how
much each published on a topic month by month."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.table import Table

from indexer.cli.common import _escape, _plural, _settings, out

ANSWER_FIELDS = ("province", "province_current", "first_response", "lag_days", "pages",
                 "agencies", "title", "url", "page_id")


def compare(
    ctx: typer.Context,
    number: Annotated[str, typer.Argument(help="The central document's number, e.g. 16/CT-TTg.")],
    topic: Annotated[
        str | None, typer.Option(help="Also count pages on this topic per province and month.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Every province that answered a document: first real response (reposts of the
    document left out), lag in days, pages and agencies, pre- and post-merger province."""
    from indexer.query.service import open_service

    service = open_service(_settings(ctx))
    try:
        view = service.province_view(number)
        topics = service.topic_view(topic) if topic and topic.strip() else None
    finally:
        service.close()
    if as_json:
        record = {
            "number": view.number,
            "identity": view.identity,
            "issued": view.issued,
            "provinces": [answer.model_dump(include=set(ANSWER_FIELDS))
                          for answer in view.provinces],
            "skipped": [page.model_dump() for page in view.skipped],
        }
        if topics is not None:
            record["topic"] = {"query": topics.topic, "total": topics.total,
                               "counts": topics.counts}
        print(json.dumps(record, ensure_ascii=False, indent=2))
        return
    _print_answers(view)
    if topics is not None:
        _print_topic(topics)


def _print_answers(view) -> None:
    if not view.provinces:
        out.print(f"no province answered {view.number!r} yet")
        return
    issued = f", issued {view.issued}" if view.issued else ""
    table = Table(title=f"provinces answering {view.number}{issued}")
    for column in ("province", "since 1 Jul 2025", "first response", "lag (days)", "pages",
                   "agencies"):
        table.add_column(column)
    for answer in view.provinces:
        table.add_row(
            _escape(answer.province), _escape(answer.province_current or ""),
            answer.first_response or "",
            "" if answer.lag_days is None else str(answer.lag_days), str(answer.pages),
            _escape("; ".join(answer.agencies)),
        )
    out.print(table)
    if view.skipped:
        out.print(f"left out {_plural(len(view.skipped), 'copy')} of the document: "
                  + _escape(", ".join(f"{p.province} ({p.reason})" for p in view.skipped)))


def _print_topic(topics) -> None:
    table = Table(title=f"{_plural(topics.total, 'page')} on {topics.topic!r}, per province")
    for column in ("province", "pages", "per month"):
        table.add_column(column)
    totals = topics.totals()
    for province in sorted(totals, key=lambda name: (-totals[name], name)):
        months = "  ".join(f"{month}: {count}" for month, count in topics.counts[province].items())
        table.add_row(_escape(province), str(totals[province]), months)
    out.print(table)
