"""What every `bulletin` command shares: the consoles, the settings, and reading options."""

from __future__ import annotations

from datetime import date

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)
from rich.text import Text

from indexer.config import Settings
from indexer.errors import InputError

out = Console()
err = Console(stderr=True)


def _settings(ctx: typer.Context) -> Settings:
    """The settings the top-level options chose (`--data-dir`)."""
    return ctx.obj["settings"]


class RateColumn(ProgressColumn):
    """Items per second, so users see how fast embedding runs."""

    def render(self, task) -> Text:
        speed = task.finished_speed or task.speed
        return Text(f"{speed:.1f}/s" if speed else "", style="dim")


def _progress() -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        RateColumn(),
        TimeRemainingColumn(),
        console=err,
        transient=False,
    )


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _escape(text: str) -> str:
    from rich.markup import escape

    return escape(text or "")


def _date(value: str | None, flag: str) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InputError(f"{flag} {value!r} is not a date: use YYYY-MM-DD") from None


def _province(value: str | None) -> str | None:
    if not value:
        return None
    from indexer.parsing.gazetteer import canonical_province

    found = canonical_province(value)
    if not found:
        raise InputError(f"unknown province {value!r}")
    return found
