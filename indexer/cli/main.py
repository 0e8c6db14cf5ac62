"""`bulletin`: the command line over the same application objects the UI uses."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.live import Live
from rich.table import Table

from indexer.cli import analysts, chains, documents, status
from indexer.cli.common import (
    _date,
    _escape,
    _plural,
    _progress,
    _province,
    _settings,
    err,
    out,
)
from indexer.config import Settings
from indexer.errors import BulletinError, InputError
from indexer.query.parse import DEFAULT_MODE, MODES

app = typer.Typer(
    help="Searchable archive of Vietnamese government bulletin pages.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)


@app.callback()
def main_options(
    ctx: typer.Context,
    data_dir: Annotated[
        Path | None,
        typer.Option(
            "--data-dir",
            help="Where WARC files, the store, models and reports live "
            "(default ./data, or BULLETIN_DATA_DIR).",
        ),
    ] = None,
) -> None:
    settings = Settings(data_dir=data_dir) if data_dir else Settings()
    if data_dir:
        # Extraction sits below the settings layer and finds its OCR cache from the
        # environment: point it at the chosen data directory too.
        os.environ["BULLETIN_DATA_DIR"] = str(settings.data_dir)
    ctx.obj = {"settings": settings}


@app.command()
def crawl(
    ctx: typer.Context,
    urls: Annotated[
        list[str] | None, typer.Argument(help="Start URLs (no profile needed).")
    ] = None,
    profiles: Annotated[
        list[Path] | None,
        typer.Option("--profiles", "-p", help="Site profile YAML files or folders."),
    ] = None,
    proxy: Annotated[str | None, typer.Option(help="HTTP proxy for every request.")] = None,
    allow_private: Annotated[
        bool, typer.Option("--allow-private", help="Allow loopback/private addresses.")
    ] = False,
    throttle: Annotated[bool, typer.Option(help="AutoThrottle (polite; on by default).")] = True,
    resume: Annotated[bool, typer.Option(help="Resume the last interrupted crawl.")] = False,
    save_profile: Annotated[
        Path | None,
        typer.Option(
            "--save-profile",
            help="Write the inferred profile here, with the site's technology and pagination.",
        ),
    ] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Scrapy's own log.")] = False,
) -> None:
    """Harvest portals into WARC files under DATA_DIR/warc."""
    from crawler.profiles import load_profiles
    from crawler.report import pager_warnings
    from crawler.run import run_crawl

    settings = _settings(ctx)
    settings.ensure_dirs()
    chosen = load_profiles(list(profiles)) if profiles else []
    if not chosen and not urls:
        raise InputError("give start URLs or --profiles PATH")
    with Live(console=err, refresh_per_second=4, transient=True) as live:

        def report(sites: dict) -> None:
            live.update(_crawl_table(sites))

        summary = run_crawl(
            chosen,
            urls=list(urls or []) or None,
            warc_dir=settings.warc_dir,
            state_dir=settings.data_dir / "crawl-state",
            reports_dir=settings.reports_dir,
            allow_private=allow_private,
            proxy=proxy,
            throttle=throttle,
            resume=resume,
            save_profile=save_profile,
            contact=settings.contact,
            progress=report,
            settings={"LOG_LEVEL": "DEBUG" if verbose else "WARNING"},
        )
    out.print(summary.describe())
    for line in pager_warnings(summary):
        err.print(line, style="yellow", markup=False, highlight=False, soft_wrap=True)


def _crawl_table(sites: dict) -> Table:
    table = Table(title="crawling", title_justify="left")
    for column in ("site", "fetched", "written", "unchanged", "queued", "errors"):
        table.add_column(column, justify="left" if column == "site" else "right")
    for site, counts in sorted(sites.items()):
        table.add_row(
            site,
            *(
                str(getattr(counts, name))
                for name in ("fetched", "written", "unchanged", "queued", "errors")
            ),
        )
    return table


@app.command()
def index(
    ctx: typer.Context,
    sources: Annotated[
        list[Path] | None, typer.Argument(help="WARC files or folders (default DATA_DIR/warc).")
    ] = None,
    rebuild: Annotated[
        bool, typer.Option(help="Re-index everything (e.g. after a model change).")
    ] = False,
    shard: Annotated[
        str | None,
        typer.Option(help="I/N: only the I-th of N disjoint parts of the WARC files, so N "
                          "processes (or machines) index one store together."),
    ] = None,
) -> None:
    """Clean, extract, embed and store every archived page that changed."""
    from indexer.embedding.factory import open_embedder
    from indexer.ingest.pipeline import index_archive, warc_files
    from indexer.stores.registry import open_store

    settings = _settings(ctx)
    settings.ensure_dirs()
    part = _shard(shard) if shard else None
    files = warc_files(list(sources or [settings.warc_dir]))  # bad paths fail before the model
    embedder = open_embedder(settings)
    store = open_store(settings, dim=embedder.dim)
    try:
        with _progress() as bar:
            tasks: dict[str, int] = {}

            def report(stage: str, done: int, total: int) -> None:
                if stage not in tasks:
                    label = {"extract": "extracting pages", "embed": "embedding passages"}[stage]
                    tasks[stage] = bar.add_task(label, total=total or None)
                bar.update(tasks[stage], completed=done, total=total or None)

            summary = index_archive(
                store,
                embedder,
                files,
                settings.reports_dir,
                rebuild=rebuild,
                progress=report,
                shard=part,
            )
    finally:
        store.close()
    out.print(
        f"indexed {summary.indexed} pages ({summary.unchanged} unchanged, "
        f"{summary.duplicates} near-duplicates, {summary.quarantined} quarantined) from "
        f"{summary.warc_files} WARC files; {summary.passages_embedded} passages embedded "
        f"in {summary.seconds:.1f} s"
    )
    if summary.quarantine_file:
        stages = ", ".join(f"{k} {v}" for k, v in summary.quarantined_by_stage.items())
        out.print(f"quarantined pages ({stages}) are listed in {summary.quarantine_file}")


def _shard(text: str) -> tuple[int, int]:
    """"2/4" -> (1, 4): the 0-based part and the number of parts."""
    number, _, count = text.partition("/")
    try:
        index, parts = int(number), int(count)
    except ValueError:
        raise InputError(f"--shard takes I/N, like 2/4; got {text!r}") from None
    if not 1 <= index <= parts:
        raise InputError(f"--shard {text}: give I/N with 1 <= I <= N")
    return index - 1, parts


@app.command()
def search(
    ctx: typer.Context,
    query: Annotated[str, typer.Argument(help='Words, a "quoted phrase" or a document number.')],
    mode: Annotated[str, typer.Option(help=", ".join(MODES) + ".")] = DEFAULT_MODE,
    province: Annotated[str | None, typer.Option(help="Only this province.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", help="From date, YYYY-MM-DD.")] = None,
    date_to: Annotated[str | None, typer.Option("--to", help="To date, YYYY-MM-DD.")] = None,
    limit: Annotated[int, typer.Option(help="Number of hits.")] = 10,
    legal_status: Annotated[str | None, typer.Option(
        "--status", help="Only pages publishing a document with this status: in_force, "
        "amended, replaced, repealed or expired.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Search the archive."""
    from indexer.models import SearchFilters
    from indexer.query.service import open_service

    filters = SearchFilters(
        province=_province(province),
        date_from=_date(date_from, "--from"),
        date_to=_date(date_to, "--to"),
    )
    service = open_service(_settings(ctx))
    if legal_status:
        results = service.search_by_status(query, legal_status.strip().lower().replace(" ", "_"),
                                           mode=mode, filters=filters, limit=limit)
    else:
        # Facets (counts over every match) only where they are printed: in the JSON.
        results = service.search(query, mode=mode, filters=filters, limit=limit,
                                 facets=as_json)
    if as_json:
        body = results.model_dump(mode="json")
        body["documents"] = chains.search_documents(service, query, results.hits)
        print(json.dumps(body, ensure_ascii=False, indent=2))
        return
    if not results.hits:
        out.print(f"no results for {query!r}")
        return
    how = f"; {results.hits[0].why}" if results.hits[0].why else ""  # hybrid's weighing
    table = Table(title=f"{results.total} results for {query!r} ({mode}{how})", show_lines=True)
    for column in ("#", "title / snippet", "date", "province", "agency"):
        table.add_column(column)
    for rank, hit in enumerate(results.hits, 1):
        table.add_row(
            str(rank),
            f"[bold]{_escape(hit.title or hit.url)}[/]\n{_escape(hit.snippet)}"
            f"\n[dim]{_escape(hit.url)}[/]",
            (hit.published or "")[:10],
            hit.province or "",
            hit.agency or "",
        )
    out.print(table)


@app.command()
def extract(
    paths: Annotated[list[Path], typer.Argument(help="HTML files, WARC files or text dumps.")],
    as_json: Annotated[
        bool, typer.Option("--json", help="One JSON object per input and line.")
    ] = False,
) -> None:
    """Extract title, date, province, agency, clean text and citations from pages."""
    from indexer.extract.core import contract_json, extract_paths

    for path in paths:
        if not path.exists():
            raise InputError(f"no such file: {path}")
    for source, result in extract_paths(paths):
        record = contract_json(source, result)
        if as_json:
            print(json.dumps(record, ensure_ascii=False), flush=True)
        elif "error" in record:
            err.print(f"{source}: {record['error']}")
        else:
            numbers = ", ".join(c["number"] for c in record["citations"]) or "none"
            out.print(
                f"[bold]{_escape(record['title'] or '(no title)')}[/]  {source}\n"
                f"  published {record['published']}  province {record['province']}  "
                f"agency {record['agency']}\n  cites {numbers}"
            )


@app.command()
def ui(
    ctx: typer.Context,
    port: Annotated[int, typer.Option(help="Port to serve on.")] = 8501,
    headless: Annotated[bool, typer.Option(help="Do not open a browser.")] = True,
) -> None:
    """Start the Streamlit search UI."""
    import importlib.util

    settings = _settings(ctx)
    # The UI is found, not imported: it sits above the command line in the flow.
    # server.py serves app.py and opens the store and model at start, before any visitor.
    app_path = Path(importlib.util.find_spec("search_ui").origin).parent / "server.py"
    env = {**os.environ, "BULLETIN_DATA_DIR": str(settings.data_dir.resolve())}
    out.print(f"bulletin UI: http://localhost:{port}/")
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        str(app_path),
        "--server.port",
        str(port),
        "--server.headless",
        str(headless).lower(),
        "--browser.gatherUsageStats",
        "false",
        "--client.toolbarMode",
        "viewer",  # no Deploy button, no developer menu
    ]
    raise typer.Exit(subprocess.call(command, env=env))


@app.command()
def stats(
    ctx: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """What the archive holds: WARC files, pages, quarantined inputs per stage, model."""
    from collections import Counter

    from indexer.ingest.pipeline import read_quarantine, warc_files
    from indexer.query.service import open_service

    settings = _settings(ctx)
    quarantined = read_quarantine(settings.reports_dir)
    figures: dict[str, object] = {
        "data_dir": str(settings.data_dir),
        "warc_files": len(warc_files([settings.warc_dir])) if settings.warc_dir.exists() else 0,
        "quarantined": len(quarantined),
        "quarantined_by_stage": dict(Counter(q.stage for q in quarantined).most_common()),
    }
    service = open_service(settings)
    try:
        store_stats = service.stats()
    finally:
        service.close()
    figures["pages"] = store_stats["pages"]
    figures["embedding_model"] = store_stats["embedding_model"]
    if as_json:
        print(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            for stage, count in value.items():
                out.print(f"  {stage:14} {count}")
        else:
            out.print(f"{key:16} {value}")


@app.command()
def verify(
    ctx: typer.Context,
    repair: Annotated[
        bool, typer.Option("--repair", help="Re-index what is wrong, then verify again.")
    ] = False,
    deep: Annotated[
        bool, typer.Option("--deep", help="Re-embed every passage, not a sample.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
) -> None:
    """Compare the store with the WARC files (pages, passages, vectors, citations, files).

    Exit status 0 when they agree (after --repair: when repaired), 1 when not.
    """
    from indexer.embedding.factory import open_embedder
    from indexer.ingest.verify import VECTOR_SAMPLE, verify_data_dir

    settings = _settings(ctx)
    settings.ensure_dirs()
    embedder = open_embedder(settings)
    with _progress() as bar:
        tasks: dict[str, int] = {}

        def report(stage: str, done: int, total: int) -> None:
            if stage not in tasks:
                label = {"extract": "reading the archive", "embed": "embedding passages"}[stage]
                tasks[stage] = bar.add_task(label, total=total or None)
            bar.update(tasks[stage], completed=done, total=total or None)

        outcome = verify_data_dir(
            settings, embedder, repair=repair, sample=None if deep else VECTOR_SAMPLE,
            progress=report,
        )
    if as_json:
        print(outcome.model_dump_json(indent=2))
    else:
        _print_verification(outcome)
    raise typer.Exit(0 if outcome.ok else 1)


def _print_verification(outcome) -> None:
    before = outcome.before
    out.print(
        f"verified {before.stored_pages} stored pages against {before.archived_pages} archived "
        f"({before.quarantined} quarantined) from {_plural(before.warc_files, 'WARC file')}: "
        f"{before.passages} passages, {before.vectors_reembedded} vectors re-embedded, "
        f"{before.citation_numbers} document numbers, in {before.seconds:.1f} s"
    )
    if before.unchecked:
        out.print(f"not checked on this store: {', '.join(before.unchecked)}")
    _print_findings(before.findings)
    if outcome.after is None:
        if not before.ok:
            out.print("run `bulletin verify --repair` to fix them")
        return
    out.print(
        f"repaired ({outcome.repair}): {outcome.repaired_pages} pages re-indexed, "
        f"{outcome.removed_pages} removed"
    )
    if outcome.after.ok:
        out.print("verified again: the store agrees with the archive")
    else:
        out.print("verified again, still wrong:")
        _print_findings(outcome.after.findings)


def _print_findings(findings, shown: int = 40) -> None:
    if not findings:
        out.print("no problems found")
        return
    out.print(f"{_plural(len(findings), 'problem')}:")
    for f in findings[:shown]:
        # Unwrapped: a URL cut in two cannot be copied.
        out.print(f"  {f.problem + ' ' + f.part:22} {_escape(f.url or f.detail)}", soft_wrap=True)
        if f.url:
            out.print(f"  {'':22} {_escape(f.detail)}", soft_wrap=True)
    if len(findings) > shown:
        out.print(f"  … and {len(findings) - shown} more (--json lists them all)")


@app.command("build-model")
def build_model(ctx: typer.Context) -> None:
    """Build the default embedding model folder offline (done by `index` when missing)."""
    from indexer.config import DEFAULT_MODEL
    from indexer.embedding.model_builder import build_default_model

    settings = _settings(ctx)
    path = build_default_model(settings.models_dir / DEFAULT_MODEL)
    out.print(f"model ready in {path}")


# Commands that live in modules of their own.
app.command("similar")(documents.similar)
app.command("chain")(chains.chain)
app.command("status")(status.status)
app.command("cited-by")(status.cited_by)
app.command("compare")(analysts.compare)

def main() -> None:
    """Console entry point: user errors become one line on stderr and exit status 2."""
    try:
        app()
    except (BulletinError, OSError, ValueError) as exc:
        _fail(exc)
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        sys.exit(130)


def _fail(exc: Exception) -> None:
    message = " ".join(str(exc).split()) or type(exc).__name__
    print(f"error: {message}", file=sys.stderr)
    sys.exit(2)


if __name__ == "__main__":
    main()
